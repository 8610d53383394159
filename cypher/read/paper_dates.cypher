// name: paper_dates
// description: Every paper's publication and listing dates: all that trends needs of a paper.
MATCH (p:Paper)
RETURN p.id AS id, p.published AS published, p.listed_on AS listed_on
ORDER BY id

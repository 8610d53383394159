// name: papers
// description: Every paper, for bulk reads into networkx.
MATCH (p:Paper)
RETURN p.id AS id, p.title AS title, p.published AS published, p.listed_on AS listed_on,
       p.url AS url, p.arxiv_id AS arxiv_id
ORDER BY id

// name: papers_by_id
// description: The given papers (no abstract): for the papers a view, card or path shows.
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.title AS title, p.published AS published, p.listed_on AS listed_on,
       p.url AS url, p.arxiv_id AS arxiv_id
ORDER BY id

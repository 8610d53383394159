// name: paper_titles
// description: Every paper's title and arXiv id: what resolving a paper by title needs.
MATCH (p:Paper)
RETURN p.id AS id, p.title AS title, p.arxiv_id AS arxiv_id
ORDER BY id

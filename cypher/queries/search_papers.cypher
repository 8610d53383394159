// name: search_papers
// description: Papers whose title contains a fragment (case-insensitive), newest first.
// params: q (the fragment), limit=10
// returns: paper_id, title, published
// example: paperkg query search_papers -p q=reinforcement -p limit=20
MATCH (p:Paper)
WHERE toLower(p.title) CONTAINS toLower($q)
RETURN p.id AS paper_id, p.title AS title, p.published AS published
ORDER BY published DESC, paper_id
LIMIT $limit

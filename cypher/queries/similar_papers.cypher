// name: similar_papers
// description: Papers like a given paper: those sharing the most mentioned concepts with it.
// params: paper (id or exact title), limit=10
// returns: paper_id, title, shared
// example: paperkg query similar_papers -p paper=2401.00001 -p limit=5
MATCH (p:Paper)-[:MENTIONS]->(c:Concept)<-[:MENTIONS]-(q:Paper)
WHERE (p.id = $paper OR toLower(p.title) = toLower($paper)) AND q <> p
RETURN q.id AS paper_id, q.title AS title, count(DISTINCT c) AS shared
ORDER BY shared DESC, paper_id
LIMIT $limit

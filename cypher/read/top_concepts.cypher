// name: top_concepts
// description: The concepts mentioned by the most papers.
// params: limit
MATCH (c:Concept)
RETURN c.name AS name, c.kind AS kind, c.paper_count AS papers
ORDER BY papers DESC, name
LIMIT $limit

// name: top_concepts
// description: The concepts mentioned by the most papers (field topics, kind Topic, left out).
// params: limit
MATCH (c:Concept)
WHERE c.kind <> 'Topic'
RETURN c.name AS name, c.kind AS kind, c.paper_count AS papers
ORDER BY papers DESC, name
LIMIT $limit

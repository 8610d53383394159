// name: top_concepts
// description: The concepts of one kind (Method, Model, Dataset, Metric, Task) mentioned by the most papers.
// params: kind, limit=10
// returns: name, key, papers
// example: paperkg query top_concepts -p kind=Dataset -p limit=10
MATCH (c:Concept {kind: $kind})
RETURN c.name AS name, c.key AS key, c.paper_count AS papers
ORDER BY papers DESC, name
LIMIT $limit

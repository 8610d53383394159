// name: concepts
// description: Every concept with its kind, aliases and paper count.
MATCH (c:Concept)
RETURN c.key AS key, c.name AS name, c.kind AS kind, c.aliases AS aliases, c.paper_count AS paper_count
ORDER BY key

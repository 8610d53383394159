// name: concepts
// description: Every concept with every stored property, including its community id if one was written.
// An empty list comes back as [] even where neo4j-admin import stored it as absent (CSV has no empty array).
MATCH (c:Concept)
RETURN c.key AS key, c.name AS name, c.kind AS kind, coalesce(c.aliases, []) AS aliases, c.paper_count AS paper_count,
       c.community AS community
ORDER BY key

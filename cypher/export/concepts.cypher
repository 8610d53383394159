// name: concepts
// description: Every concept with every stored property, including its community id if one was written.
MATCH (c:Concept)
RETURN c.key AS key, c.name AS name, c.kind AS kind, c.aliases AS aliases, c.paper_count AS paper_count,
       c.community AS community
ORDER BY key

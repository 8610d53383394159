// name: search
// description: Concepts whose name or an alias contains a fragment (case-insensitive), most mentioned first.
// params: q (the fragment), limit=10
// returns: name, kind, key, papers
// example: paperkg query search -p q=llama -p limit=20
MATCH (c:Concept)
UNWIND [c.name] + coalesce(c.aliases, []) AS label
WITH c, label
WHERE toLower(label) CONTAINS toLower($q)
WITH DISTINCT c
RETURN c.name AS name, c.kind AS kind, c.key AS key, c.paper_count AS papers
ORDER BY papers DESC, name
LIMIT $limit

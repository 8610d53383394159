// name: co_occurring
// description: Concepts mentioned in the same papers as a given concept, by the number of papers they share.
// params: name (name or alias or key of the concept), limit=10
// returns: name, kind, papers
// example: paperkg query co_occurring -p name=DPO -p limit=10
MATCH (c:Concept)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(o:Concept)
WHERE (c.key = $name OR toLower(c.name) = toLower($name) OR $name IN c.aliases) AND o <> c
RETURN o.name AS name, o.kind AS kind, count(DISTINCT p) AS papers
ORDER BY papers DESC, name
LIMIT $limit

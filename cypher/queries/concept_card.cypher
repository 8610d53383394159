// name: concept_card
// description: Everything about one concept: its kind and aliases, and one row per paper that mentions it (papers that propose it first, then by date).
// params: name (name or alias or key of the concept)
// returns: key, name, kind, aliases, papers, paper_id, title, published, mentions, proposes
// example: paperkg query concept_card -p name=DPO
MATCH (c:Concept)<-[m:MENTIONS]-(p:Paper)
WHERE c.key = $name OR toLower(c.name) = toLower($name) OR $name IN c.aliases
OPTIONAL MATCH (p)-[pr:PROPOSES]->(c)
RETURN c.key AS key, c.name AS name, c.kind AS kind, coalesce(c.aliases, []) AS aliases, c.paper_count AS papers,
       p.id AS paper_id, p.title AS title, p.published AS published, m.count AS mentions,
       pr IS NOT NULL AS proposes
ORDER BY proposes DESC, published, paper_id

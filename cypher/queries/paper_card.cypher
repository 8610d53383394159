// name: paper_card
// description: The concepts one paper mentions, by kind, with how often and whether the paper proposes them.
// params: paper (id or exact title)
// returns: paper_id, kind, name, mentions, proposes
// example: paperkg query paper_card -p paper=2401.00001
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
WHERE p.id = $paper OR toLower(p.title) = toLower($paper)
OPTIONAL MATCH (p)-[pr:PROPOSES]->(c)
RETURN p.id AS paper_id, c.kind AS kind, c.name AS name, m.count AS mentions, pr IS NOT NULL AS proposes
ORDER BY paper_id, kind, name

// name: mentions
// description: Every MENTIONS edge with its count, evidence and the kind its paper typed the name (null in older stores).
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
RETURN p.id AS paper_id, c.key AS concept_key, m.count AS count, m.evidence AS evidence, m.kind AS kind
ORDER BY paper_id, concept_key

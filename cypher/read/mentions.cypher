// name: mentions
// description: Every MENTIONS edge with its count and evidence.
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
RETURN p.id AS paper_id, c.key AS concept_key, m.count AS count, m.evidence AS evidence
ORDER BY paper_id, concept_key

// name: proposes
// description: Every PROPOSES edge.
MATCH (p:Paper)-[:PROPOSES]->(c:Concept)
RETURN p.id AS paper_id, c.key AS concept_key
ORDER BY paper_id, concept_key

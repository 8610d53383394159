// name: concept_proposers
// description: The papers that propose the given concepts.
// params: keys
UNWIND $keys AS key
MATCH (p:Paper)-[:PROPOSES]->(c:Concept {key: key})
RETURN p.id AS paper_id, c.key AS concept_key
ORDER BY concept_key, paper_id

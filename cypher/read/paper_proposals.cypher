// name: paper_proposals
// description: The concepts the given papers propose (PROPOSES): whose a result is when its sentence says "we" and names no subject.
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[:PROPOSES]->(c:Concept)
RETURN p.id AS paper_id, c.key AS concept_key
ORDER BY paper_id, concept_key

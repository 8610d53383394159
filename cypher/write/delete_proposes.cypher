// name: delete_proposes
// description: Delete the PROPOSES edge of each (paper, concept) row: a mention moved to another sense takes it along.
// params: rows
UNWIND $rows AS r
MATCH (p:Paper {id: r.paper_id})-[e:PROPOSES]->(c:Concept {key: r.concept_key})
DELETE e

// name: unlink_result_of
// description: Delete the OF edge of each (result, concept) row: a mention moved to another sense takes it along.
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})-[e:OF]->(c:Concept {key: r.concept_key})
DELETE e

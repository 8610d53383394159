// name: unlink_result_on
// description: Delete the ON edge of each (result, concept) row: a mention moved to another sense takes it along.
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})-[e:`ON`]->(c:Concept {key: r.concept_key})
DELETE e

// name: unlink_result_measured_by
// description: Delete the MEASURED_BY edge of each (result, concept) row: a mention moved to another sense takes it along.
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})-[e:MEASURED_BY]->(c:Concept {key: r.concept_key})
DELETE e

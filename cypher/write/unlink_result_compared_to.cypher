// name: unlink_result_compared_to
// description: Delete the COMPARED_TO edge of each (result, concept) row: a mention moved to another sense takes it along.
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})-[e:COMPARED_TO]->(c:Concept {key: r.concept_key})
DELETE e

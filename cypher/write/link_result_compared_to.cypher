// name: link_result_compared_to
// description: Link results to the concept they are compared_to (the COMPARED_TO edge).
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})
MATCH (c:Concept {key: r.concept_key})
CREATE (x)-[:COMPARED_TO]->(c)

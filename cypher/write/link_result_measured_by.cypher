// name: link_result_measured_by
// description: Link results to the concept they are measured_by (the MEASURED_BY edge).
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})
MATCH (c:Concept {key: r.concept_key})
CREATE (x)-[:MEASURED_BY]->(c)

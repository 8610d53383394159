// name: link_result_on
// description: Link results to the concept they are on (the ON edge).
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})
MATCH (c:Concept {key: r.concept_key})
CREATE (x)-[:`ON`]->(c)

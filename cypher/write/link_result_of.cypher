// name: link_result_of
// description: Link results to the concept they are of (the OF edge).
// params: rows
UNWIND $rows AS r
MATCH (x:Result {id: r.result_id})
MATCH (c:Concept {key: r.concept_key})
CREATE (x)-[:OF]->(c)

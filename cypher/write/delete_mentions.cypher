// name: delete_mentions
// description: Delete the MENTIONS edge of each (paper, concept) row: a merge rewrites it with the evidence of both concepts.
// params: rows
UNWIND $rows AS r
MATCH (p:Paper {id: r.paper_id})-[m:MENTIONS]->(c:Concept {key: r.concept_key})
DELETE m

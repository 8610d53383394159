// name: create_proposes
// description: Link papers to the concepts they introduce.
// params: rows
UNWIND $rows AS r
MATCH (p:Paper {id: r.paper_id})
MATCH (c:Concept {key: r.concept_key})
CREATE (p)-[:PROPOSES]->(c)

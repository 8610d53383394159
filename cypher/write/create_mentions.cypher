// name: create_mentions
// description: Link papers to the concepts they mention, with count and evidence sentences.
// params: rows
UNWIND $rows AS r
MATCH (p:Paper {id: r.paper_id}), (c:Concept {key: r.concept_key})
CREATE (p)-[:MENTIONS {count: r.count, evidence: r.evidence}]->(c)

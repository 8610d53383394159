// name: mention_pairs
// description: The MENTIONS edges of the given papers without their evidence: what projections need.
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[m:MENTIONS]->(c:Concept)
RETURN p.id AS paper_id, c.key AS concept_key, m.count AS count

// name: mention_evidence
// description: The evidence of the given (paper, concept) MENTIONS edges: only for what is shown.
// params: pairs ([{paper_id, concept_key}])
UNWIND $pairs AS pair
MATCH (p:Paper {id: pair.paper_id})-[m:MENTIONS]->(c:Concept {key: pair.concept_key})
RETURN p.id AS paper_id, c.key AS concept_key, m.count AS count, m.evidence AS evidence
ORDER BY paper_id, concept_key

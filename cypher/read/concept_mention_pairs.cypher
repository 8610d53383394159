// name: concept_mention_pairs
// description: The MENTIONS edges of the given concepts without their evidence: a neighbourhood's papers.
// params: keys
UNWIND $keys AS key
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept {key: key})
RETURN p.id AS paper_id, c.key AS concept_key, m.count AS count

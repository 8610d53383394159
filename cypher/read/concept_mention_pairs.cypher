// name: concept_mention_pairs
// description: The MENTIONS edges of the given concepts without their evidence: a neighbourhood's papers.
// params: keys
// `IN`, not UNWIND: a quarter of the time and a fortieth of the memory on LadybugDB 0.22.
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
WHERE c.key IN $keys
RETURN p.id AS paper_id, c.key AS concept_key, m.count AS count

// name: mention_evidence
// description: The evidence of the MENTIONS edges between the given papers and concepts: only for what is shown.
// params: ids, keys
// `IN` lists, not UNWIND: LadybugDB 0.22 plans UNWIND ... MATCH as a scan of every
// edge's evidence (1.3 GB of memory at 100k papers, for any number of rows).
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
WHERE p.id IN $ids AND c.key IN $keys
RETURN p.id AS paper_id, c.key AS concept_key, m.count AS count, m.evidence AS evidence, m.kind AS kind
ORDER BY paper_id, concept_key

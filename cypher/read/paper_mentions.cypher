// name: paper_mentions
// description: Every MENTIONS edge of the given papers with its evidence: what names are chosen from.
// params: ids
// `IN` list, not UNWIND: see mention_evidence.
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
WHERE p.id IN $ids
RETURN p.id AS paper_id, c.key AS concept_key, m.evidence AS evidence
ORDER BY paper_id, concept_key

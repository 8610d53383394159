// name: create_mentions
// description: Link papers to the concepts they mention, with count, evidence sentences and the kind the paper typed the name.
// params: rows
// Two MATCH clauses, not one comma pattern: LadybugDB 0.22 scans Paper per row for the
// comma form (53 rows/s at 100k papers) and looks both ends up by key for this one (18k rows/s).
UNWIND $rows AS r
MATCH (p:Paper {id: r.paper_id})
MATCH (c:Concept {key: r.concept_key})
CREATE (p)-[:MENTIONS {count: r.count, evidence: r.evidence, kind: r.kind}]->(c)

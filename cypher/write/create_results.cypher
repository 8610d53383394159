// name: create_results
// description: Create result nodes and the REPORTS edge from their paper.
// params: rows
UNWIND $rows AS r
MATCH (p:Paper {id: r.paper_id})
CREATE (p)-[:REPORTS]->(:Result {id: r.id, value: r.value, number: r.number, unit: r.unit, kind: r.kind,
                                 confidence: r.confidence, pair: r.pair, sentence: r.sentence})

// name: paper_results
// description: The results the given papers report, with the concepts each is of, on, measured by and compared to.
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[:REPORTS]->(r:Result)
OPTIONAL MATCH (r)-[:OF]->(s:Concept)
OPTIONAL MATCH (r)-[:`ON`]->(d:Concept)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(m:Concept)
OPTIONAL MATCH (r)-[:COMPARED_TO]->(b:Concept)
RETURN r.id AS id, p.id AS paper_id, r.value AS value, r.number AS number, r.unit AS unit,
       r.kind AS kind, r.confidence AS confidence, r.pair AS pair, r.sentence AS sentence, s.key AS of_key, d.key AS on_key, m.key AS metric_key, b.key AS compared_key
ORDER BY id

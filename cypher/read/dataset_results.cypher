// name: dataset_results
// description: The results reported on the given datasets, with the concepts each is of, measured by and compared to.
// params: keys
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:`ON`]->(d:Concept)
WHERE d.key IN $keys
OPTIONAL MATCH (r)-[:OF]->(s:Concept)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(m:Concept)
OPTIONAL MATCH (r)-[:COMPARED_TO]->(b:Concept)
RETURN r.id AS id, p.id AS paper_id, r.value AS value, r.number AS number, r.unit AS unit,
       r.kind AS kind, r.confidence AS confidence, r.pair AS pair, r.sentence AS sentence, s.key AS of_key, d.key AS on_key, m.key AS metric_key, b.key AS compared_key
ORDER BY id

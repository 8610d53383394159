// name: evaluated_on
// description: What a method or model is evaluated on: every dataset it has a reported result on, with metric, number and paper.
// params: name (name or alias or key of the method or model)
// returns: dataset, metric, value, number, paper_id
// example: paperkg query evaluated_on -p name=GRPO
MATCH (s:Concept)<-[:OF]-(r:Result)-[:`ON`]->(d:Concept)
WHERE s.key = $name OR toLower(s.name) = toLower($name) OR $name IN s.aliases
MATCH (p:Paper)-[:REPORTS]->(r)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(m:Concept)
RETURN d.name AS dataset, coalesce(m.name, '') AS metric, r.value AS value, r.number AS number, p.id AS paper_id
ORDER BY dataset, metric, number DESC, paper_id

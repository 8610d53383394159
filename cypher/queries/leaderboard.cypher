// name: leaderboard
// description: Results reported on a dataset, grouped by metric, best (highest) number first, with the paper and the sentence that reports each number.
// params: dataset (name or alias or key of the dataset)
// returns: metric, subject, value, number, paper_id, title, sentence
// example: paperkg query leaderboard -p dataset=MATH500
MATCH (d:Concept {kind: 'Dataset'})<-[:`ON`]-(r:Result)<-[:REPORTS]-(p:Paper)
WHERE (d.key = $dataset OR toLower(d.name) = toLower($dataset) OR $dataset IN d.aliases)
  AND r.number IS NOT NULL
OPTIONAL MATCH (r)-[:OF]->(s:Concept)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(m:Concept)
RETURN coalesce(m.name, '') AS metric, coalesce(s.name, '') AS subject, r.value AS value, r.number AS number,
       p.id AS paper_id, p.title AS title, r.sentence AS sentence
ORDER BY metric, number DESC, subject, paper_id

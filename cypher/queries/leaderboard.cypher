// name: leaderboard
// description: Absolute scores the extractor is sure of (kind 'score', confidence at least 0.5) reported on a dataset, grouped by metric and translation direction (`pair`, "en-de"; empty when none is given: BLEU on En-De and on En-Fr do not compare), highest number first, with the paper and the sentence that reports each number. `paperkg leaderboard` also ranks lower-is-better metrics the right way and lists gains apart.
// params: dataset (name or alias or key of the dataset)
// returns: metric, pair, subject, value, number, paper_id, title, sentence
// example: paperkg query leaderboard -p dataset=MATH500
MATCH (d:Concept {kind: 'Dataset'})<-[:`ON`]-(r:Result)<-[:REPORTS]-(p:Paper)
WHERE (d.key = $dataset OR toLower(d.name) = toLower($dataset) OR $dataset IN d.aliases)
  AND r.number IS NOT NULL AND coalesce(r.kind, 'score') = 'score' AND coalesce(r.confidence, 1.0) >= 0.5
OPTIONAL MATCH (r)-[:OF]->(s:Concept)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(m:Concept)
RETURN coalesce(m.name, '') AS metric, coalesce(r.pair, '') AS pair, coalesce(s.name, '') AS subject, r.value AS value, r.number AS number,
       p.id AS paper_id, p.title AS title, r.sentence AS sentence
ORDER BY metric, pair, number DESC, subject, paper_id

// name: datasets_without_results
// description: Datasets that papers mention but no paper reports a number on: gaps in the leaderboards.
// returns: name, key, papers
// example: paperkg query datasets_without_results
MATCH (d:Concept {kind: 'Dataset'})
WHERE NOT (d)<-[:`ON`]-(:Result)
RETURN d.name AS name, d.key AS key, d.paper_count AS papers
ORDER BY papers DESC, name

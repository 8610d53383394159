// name: comparisons
// description: Methods and models compared against each other (COMPARED_TO): each pair with the number of results and datasets behind it.
// returns: method, baseline, results, datasets
// example: paperkg query comparisons
MATCH (s:Concept)<-[:OF]-(r:Result)-[:COMPARED_TO]->(b:Concept)
OPTIONAL MATCH (r)-[:`ON`]->(d:Concept)
RETURN s.name AS method, b.name AS baseline, count(r) AS results, count(DISTINCT d) AS datasets
ORDER BY results DESC, method, baseline

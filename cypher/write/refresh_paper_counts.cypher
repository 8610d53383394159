// name: refresh_paper_counts
// description: Recompute paper_count of the given concepts from their MENTIONS edges.
// params: keys
UNWIND $keys AS k
MATCH (c:Concept {key: k})
OPTIONAL MATCH (p:Paper)-[:MENTIONS]->(c)
WITH c, count(p) AS n
SET c.paper_count = n

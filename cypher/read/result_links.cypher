// name: result_links
// description: Which method or model each result reports on which dataset, without values or sentences: what link prediction (gaps) needs.
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:`ON`]->(d:Concept)
OPTIONAL MATCH (r)-[:OF]->(s:Concept)
RETURN r.id AS id, p.id AS paper_id, s.key AS of_key, d.key AS on_key
ORDER BY id

// name: paper_ids
// description: Every paper id, for paging the projection reads (mention_pairs) through the graph.
MATCH (p:Paper)
RETURN p.id AS id
ORDER BY id

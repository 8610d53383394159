// name: delete_results
// description: Remove the results (and all their edges) of papers about to be replaced or deleted.
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[:REPORTS]->(r:Result)
DETACH DELETE r

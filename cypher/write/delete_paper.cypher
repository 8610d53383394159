// name: delete_paper
// description: Delete one paper and its remaining edges (its results are deleted first).
// params: id
MATCH (p:Paper {id: $id})
DETACH DELETE p

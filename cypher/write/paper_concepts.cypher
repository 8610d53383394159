// name: paper_concepts
// description: Keys of the concepts a paper mentions or proposes.
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[:MENTIONS|PROPOSES]->(c:Concept)
RETURN DISTINCT c.key AS key

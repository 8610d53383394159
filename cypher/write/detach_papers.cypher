// name: detach_papers
// description: Remove the mention and proposal edges of papers about to be replaced.
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[m:MENTIONS|PROPOSES]->(c:Concept)
DELETE m

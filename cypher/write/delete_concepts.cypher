// name: delete_concepts
// description: Delete the given concepts with all their edges (merged into another concept first).
// params: keys
MATCH (c:Concept)
WHERE c.key IN $keys
DETACH DELETE c

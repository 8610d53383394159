// name: delete_orphan_concepts
// description: Delete the given concepts when no paper mentions them any more.
// params: keys
MATCH (c:Concept)
WHERE c.key IN $keys AND NOT (c)<-[:MENTIONS]-(:Paper)
DETACH DELETE c

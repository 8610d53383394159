// name: concept_aliases
// description: Stored aliases of the given concepts, so new spellings are unioned in.
// params: keys
UNWIND $keys AS k
MATCH (c:Concept {key: k})
RETURN c.key AS key, c.name AS name, c.aliases AS aliases

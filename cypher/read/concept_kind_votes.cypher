// name: concept_kind_votes
// description: Per concept, its papers by the kind each typed the name: the corpus's kind vote (resolve.kinds).
// params: keys
// A MENTIONS edge of a store written before edges kept their paper's typing has no kind: it votes for the
// concept's own kind. `IN`, not UNWIND, as concept_mention_pairs.
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
WHERE c.key IN $keys
RETURN c.key AS concept_key, coalesce(m.kind, c.kind) AS kind, count(p) AS papers
ORDER BY concept_key, kind

// name: set_concept_aliases
// description: Write the other spellings of renamed concepts (paperkg.concept_names).
// params: rows
UNWIND $rows AS r
MATCH (c:Concept {key: r.key})
SET c.aliases = r.value

// name: set_concept_community
// description: Write community ids (from `paperkg communities --write`) onto concepts.
// params: rows
UNWIND $rows AS r
MATCH (c:Concept {key: r.key})
SET c.community = r.value

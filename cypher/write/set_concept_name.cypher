// name: set_concept_name
// description: Write display names chosen by the corpus (paperkg.concept_names) onto concepts.
// params: rows
UNWIND $rows AS r
MATCH (c:Concept {key: r.key})
SET c.name = r.value

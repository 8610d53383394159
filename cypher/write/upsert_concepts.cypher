// name: upsert_concepts
// description: Create or update concepts by key; aliases arrive already unioned with the stored ones.
// params: rows
UNWIND $rows AS r
MERGE (c:Concept {key: r.key})
SET c.name = r.name, c.kind = r.kind, c.aliases = r.aliases

// name: upsert_concepts
// description: Create or update concepts by key; aliases arrive already unioned with the stored ones.
// Neo4j also labels each concept with its kind (:Concept:Dataset), so Browser users can write
// MATCH (d:Dataset); paperkg's own queries keep filtering on `kind` and run the same on LadybugDB.
// params: rows
UNWIND $rows AS r
MERGE (c:Concept {key: r.key})
SET c.name = r.name, c.kind = r.kind, c.aliases = r.aliases
SET c:$(r.kind)

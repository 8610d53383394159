// The graph model of DESIGN.md on Neo4j 5: uniqueness constraints on the keys
// every MERGE and MATCH uses (they also create the backing range indexes),
// range indexes for the properties queries filter on, and full-text indexes
// for search. Applied on every connect; IF NOT EXISTS makes that a no-op.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (c:Concept) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (r:Result) REQUIRE r.id IS UNIQUE;
CREATE INDEX concept_kind IF NOT EXISTS FOR (c:Concept) ON (c.kind);
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
CREATE INDEX paper_published IF NOT EXISTS FOR (p:Paper) ON (p.published);
CREATE FULLTEXT INDEX concept_name_text IF NOT EXISTS FOR (c:Concept) ON EACH [c.name];
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
// Indexes populate in the background: wait, so the first queries use them.
CALL db.awaitIndexes(300);

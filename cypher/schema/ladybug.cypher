// The graph model of DESIGN.md as LadybugDB tables. One label per node, so a
// concept's type is its `kind` property. `ON` is a keyword there: backticks.
CREATE NODE TABLE IF NOT EXISTS Paper(id STRING, title STRING, abstract STRING, raw_title STRING, published STRING, listed_on STRING[], source STRING, url STRING, arxiv_id STRING, content_hash STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Concept(key STRING, name STRING, kind STRING, aliases STRING[], paper_count INT64, community INT64, PRIMARY KEY(key));
CREATE NODE TABLE IF NOT EXISTS Result(id STRING, value STRING, number DOUBLE, unit STRING, sentence STRING, kind STRING, confidence DOUBLE, pair STRING, PRIMARY KEY(id));
// Stores written before results had a kind gain the columns (old results are confident scores).
ALTER TABLE Result ADD IF NOT EXISTS kind STRING DEFAULT 'score';
ALTER TABLE Result ADD IF NOT EXISTS confidence DOUBLE DEFAULT 1.0;
// and those written before results had a language pair gain it unread (null: read off the sentence).
ALTER TABLE Result ADD IF NOT EXISTS pair STRING;
CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Paper TO Concept, count INT64, evidence STRING, kind STRING);
// Stores written before a mention kept its paper's typing gain the column unread (null: the paper
// votes for the kind of the concept it mentions, resolve.kinds).
ALTER TABLE MENTIONS ADD IF NOT EXISTS kind STRING;
CREATE REL TABLE IF NOT EXISTS PROPOSES(FROM Paper TO Concept);
CREATE REL TABLE IF NOT EXISTS REPORTS(FROM Paper TO Result);
CREATE REL TABLE IF NOT EXISTS OF(FROM Result TO Concept);
CREATE REL TABLE IF NOT EXISTS `ON`(FROM Result TO Concept);
CREATE REL TABLE IF NOT EXISTS MEASURED_BY(FROM Result TO Concept);
CREATE REL TABLE IF NOT EXISTS COMPARED_TO(FROM Result TO Concept);

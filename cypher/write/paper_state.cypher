// name: paper_state
// description: Stored content hash, listing dates and sources of the given papers (incremental builds).
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.content_hash AS content_hash, p.listed_on AS listed_on, p.source AS source

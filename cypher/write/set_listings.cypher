// name: set_listings
// description: Set the listing dates and sources of existing papers (already unioned by the caller).
// params: rows
UNWIND $rows AS r
MATCH (p:Paper {id: r.id})
SET p.listed_on = r.listed_on, p.source = r.source

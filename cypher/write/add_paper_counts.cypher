// name: add_paper_counts
// description: Add the number of new papers mentioning each concept to its paper_count.
// params: rows
// New papers only: recounting a hub concept's mentions in every batch made builds
// quadratic (a batch took 1.4 s early and 12 s late in a 10k-paper build).
UNWIND $rows AS r
MATCH (c:Concept {key: r.key})
SET c.paper_count = coalesce(c.paper_count, 0) + r.n

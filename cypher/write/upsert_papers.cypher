// name: upsert_papers
// description: Create or update papers by id.
// params: rows
UNWIND $rows AS r
MERGE (p:Paper {id: r.id})
SET p.title = r.title, p.abstract = r.abstract, p.raw_title = r.raw_title,
    p.published = r.published, p.listed_on = r.listed_on, p.source = r.source,
    p.url = r.url, p.arxiv_id = r.arxiv_id, p.content_hash = r.content_hash

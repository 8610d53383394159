// name: papers
// description: Every paper with every stored property (sync and export; read/papers has the analytics subset).
MATCH (p:Paper)
RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.raw_title AS raw_title,
       p.published AS published, coalesce(p.listed_on, []) AS listed_on, p.source AS source, p.url AS url,
       p.arxiv_id AS arxiv_id, p.content_hash AS content_hash
ORDER BY id

// name: paper_texts
// description: Title and abstract of the given papers: the text evidence offsets point into (title, blank line, abstract).
// params: ids
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.title AS title, p.abstract AS abstract
ORDER BY id

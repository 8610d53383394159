// name: papers_proposing
// description: The papers that propose (introduce) a concept, oldest first.
// params: name (name or alias or key of the concept)
// returns: paper_id, title, published, concept, kind
// example: paperkg query papers_proposing -p name=GRPO
MATCH (p:Paper)-[:PROPOSES]->(c:Concept)
WHERE c.key = $name OR toLower(c.name) = toLower($name) OR $name IN c.aliases
RETURN p.id AS paper_id, p.title AS title, p.published AS published, c.name AS concept, c.kind AS kind
ORDER BY published, paper_id

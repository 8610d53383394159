// name: evidence
// description: The sentences each paper names a concept in (JSON list of {sentence, start, end}): where every edge comes from.
// params: name (name or alias or key of the concept)
// returns: paper_id, title, mentions, evidence
// example: paperkg query evidence -p name=DPO --format json
MATCH (p:Paper)-[m:MENTIONS]->(c:Concept)
WHERE c.key = $name OR toLower(c.name) = toLower($name) OR $name IN c.aliases
RETURN p.id AS paper_id, p.title AS title, m.count AS mentions, m.evidence AS evidence
ORDER BY mentions DESC, paper_id

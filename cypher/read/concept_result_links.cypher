// name: concept_result_links
// description: Every result edge (OF, ON, MEASURED_BY, COMPARED_TO) into the given concepts: what a concept merge moves.
// params: keys
MATCH (x:Result)-[:OF]->(c:Concept) WHERE c.key IN $keys
RETURN x.id AS result_id, 'of' AS rel, c.key AS concept_key
UNION ALL
MATCH (x:Result)-[:`ON`]->(c:Concept) WHERE c.key IN $keys
RETURN x.id AS result_id, 'on' AS rel, c.key AS concept_key
UNION ALL
MATCH (x:Result)-[:MEASURED_BY]->(c:Concept) WHERE c.key IN $keys
RETURN x.id AS result_id, 'measured_by' AS rel, c.key AS concept_key
UNION ALL
MATCH (x:Result)-[:COMPARED_TO]->(c:Concept) WHERE c.key IN $keys
RETURN x.id AS result_id, 'compared_to' AS rel, c.key AS concept_key

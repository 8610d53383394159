// name: count_relationships
// description: Relationships per type.
MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:PROPOSES]->() RETURN 'PROPOSES' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:REPORTS]->() RETURN 'REPORTS' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:OF]->() RETURN 'OF' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:`ON`]->() RETURN 'ON' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:MEASURED_BY]->() RETURN 'MEASURED_BY' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:COMPARED_TO]->() RETURN 'COMPARED_TO' AS type, count(r) AS n

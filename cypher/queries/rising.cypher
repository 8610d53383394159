// name: rising
// description: Concepts rising over time: papers first seen on or after `since` (an ISO date, the earliest of a paper's listing and publication dates) that mention a concept, against papers first seen before it.
// params: since (an ISO date such as 2025-07-01 or --MM-DD for Daily Papers listings), limit=10
// returns: name, kind, recent, earlier, rise
// example: paperkg query rising -p since=2025-07-01 -p limit=20
MATCH (p:Paper)
UNWIND p.listed_on + [p.published] AS day
WITH p, day
WHERE day IS NOT NULL AND day <> ''
WITH p, min(day) AS first_seen
MATCH (p)-[:MENTIONS]->(c:Concept)
WITH c, count(CASE WHEN first_seen >= $since THEN 1 END) AS recent,
        count(CASE WHEN first_seen < $since THEN 1 END) AS earlier
WHERE recent > 0
RETURN c.name AS name, c.kind AS kind, recent, earlier, recent - earlier AS rise
ORDER BY rise DESC, recent DESC, name
LIMIT $limit

// name: count_nodes
// description: Papers, results and concepts per kind.
MATCH (c:Concept)
RETURN 'Concept:' + c.kind AS label, count(c) AS n
UNION ALL
MATCH (p:Paper)
RETURN 'Paper' AS label, count(p) AS n
UNION ALL
MATCH (r:Result)
RETURN 'Result' AS label, count(r) AS n

// name: path
// description: A shortest chain of papers and concepts linking two concepts, at most 6 hops along MENTIONS (LadybugDB: SHORTEST and list_transform).
// params: from, to
MATCH p = (a:Concept)-[:MENTIONS* SHORTEST 1..6]-(b:Concept)
WHERE (a.key = $from OR toLower(a.name) = toLower($from) OR $from IN a.aliases)
  AND (b.key = $to OR toLower(b.name) = toLower($to) OR $to IN b.aliases)
  AND a <> b
RETURN list_transform(nodes(p), n -> coalesce(n.name, n.title)) AS path, length(p) AS hops

// name: path
// description: A shortest chain of papers and concepts linking two concepts (concept, paper, concept, ...), at most 6 hops along MENTIONS.
// params: from (name or alias or key), to (name or alias or key)
// returns: path (names of concepts, titles of papers), hops
// example: paperkg query path -p from=DPO -p to=ImageNet
// Neo4j text (shortestPath and a list comprehension); LadybugDB has its own in path.ladybug.cypher.
MATCH (a:Concept), (b:Concept)
WHERE (a.key = $from OR toLower(a.name) = toLower($from) OR $from IN a.aliases)
  AND (b.key = $to OR toLower(b.name) = toLower($to) OR $to IN b.aliases)
  AND a <> b
MATCH p = shortestPath((a)-[:MENTIONS*..6]-(b))
RETURN [n IN nodes(p) | coalesce(n.name, n.title)] AS path, length(p) AS hops

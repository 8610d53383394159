// name: clear
// description: Delete every node and edge (sync --replace, tests).
MATCH (n)
DETACH DELETE n

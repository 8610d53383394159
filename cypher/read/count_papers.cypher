// name: count_papers
// description: How many papers the graph holds (co-occurrence strengths and thresholds need it).
MATCH (p:Paper)
RETURN count(p) AS n

// name: count_listings
// description: Total listing dates over all papers (a paper listed on two days counts twice).
MATCH (p:Paper)
RETURN sum(size(p.listed_on)) AS n

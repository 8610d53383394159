"""The Cypher statements paperkg runs and the query library users run."""

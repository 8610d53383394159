"""paperkg: a knowledge graph of a research field, built from paper abstracts."""

__version__ = "0.1.0"

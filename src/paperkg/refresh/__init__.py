"""Corpus-level concept tidying after every build or remove: merges, names, aliases.

`refresh_concepts` first puts each undefined acronym mention on the sense
its paper means, when that is clear (resolve.senses: co-occurring concepts
and era), gives a concept those moves filled the kind most of its papers
typed it with (resolve.kinds), then merges the stored concepts that are one concept
(resolve.merging: spelling twins, one name typed two ways), then re-chooses
names (below), then keeps each spelling as an alias of one concept only (the
one most papers mention).

The resolver names a concept after the first spelling it meets; once papers
are stored, `refresh_names` re-reads how each paper wrote the concept (its
MENTIONS evidence offsets into the paper's text) and writes the spelling most
papers use (resolve.naming), keeping every other spelling as an alias. Keys
never change, so incremental builds and `remove` keep every edge; both
engines run the same statements.
"""

from paperkg.refresh.rounds import refresh_concepts

__all__ = ["refresh_concepts"]

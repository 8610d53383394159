"""Interactive HTML views of the graph (pyvis), self-contained and offline.

Only this package imports pyvis. Views take a networkx graph and scores; they
never read a store or compute analytics.

What the views read from a graph
--------------------------------
Node attributes (all optional):
  label, name or title  the text shown (default: the node id)
  kind           Paper, Method, Model, Dataset, Metric, Task or Community: colour and filter
  aliases        other names, shown in the tooltip and matched by the search box
  paper_count    papers mentioning the concept
  evidence       sentences naming it; the first two go in the tooltip
  paper_links    [{title, url}] listed in the details panel, linked when url is http(s)
  url            the node's own link (papers)
  detail         extra one-line facts
Render functions also take `details(node) -> dict` to add these for just the
nodes drawn (evidence is costly to prepare for a whole graph).
Edge attribute `weight`: co-occurrence count, drawn as edge width.

Example
-------
>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_node("m:moe", label="mixture of experts", kind="Method", paper_count=3)
>>> g.add_node("d:gsm8k", label="GSM8K", kind="Dataset", paper_count=5)
>>> g.add_edge("m:moe", "d:gsm8k", weight=2)
>>> view = render_concept_view(g, "m:moe", scores={"m:moe": 0.6, "d:gsm8k": 0.4})
>>> view.filename, view.node_count, view.edge_count  # doctest: +ELLIPSIS
('concept-m-moe-....html', 2, 1)
"""

from paperkg.views.index import write_index, write_view
from paperkg.views.details import NodeDetails
from paperkg.views.leaderboard_page import (
    render_leaderboard_page,
    render_task_page,
    write_leaderboard_page,
    write_task_page,
)
from paperkg.views.offline import external_references
from paperkg.views.page import View
from paperkg.views.render import (
    render_community_view,
    render_concept_view,
    render_overview,
    render_paper_view,
)

__all__ = [
    "NodeDetails",
    "View",
    "external_references",
    "render_community_view",
    "render_concept_view",
    "render_overview",
    "render_paper_view",
    "render_leaderboard_page",
    "render_task_page",
    "write_index",
    "write_leaderboard_page",
    "write_task_page",
    "write_view",
]

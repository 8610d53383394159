"""Reading a drawn page back from headless Chromium: where nodes and labels landed.

Positions and label boxes come from vis-network's own laid-out state after the
page's initial fit (node positions through `canvasToDOM`, label boxes from each
node's label module as last drawn, moved by its font's `vadjust` as the text
is), not from what paperkg meant to draw.
"""

from __future__ import annotations

from dataclasses import dataclass

# Every visible node's centre and radius, and the box of every label actually
# drawn (non-empty text at a size vis-network draws), in CSS pixels of the canvas.
READ_LAYOUT = """() => {
  const net = paperkg.network, scale = net.getScale();
  const box = document.getElementById('mynetwork').getBoundingClientRect();
  const out = {width: box.width, height: box.height, nodes: [], labels: []};
  for (const n of paperkg.nodes.get({filter: n => !n.hidden})) {
    const body = net.body.nodes[n.id];
    const c = net.canvasToDOM({x: body.x, y: body.y});
    out.nodes.push({id: n.id, x: c.x, y: c.y, r: body.options.size * scale});
    const lm = body.labelModule, text = lm.elementOptions.label;
    const px = lm.fontOptions.size * scale;
    if (!text || px < lm.elementOptions.scaling.label.drawThreshold) continue;
    // vis-network draws the text `vadjust` lower than its label box says (a label moved above its node)
    const tl = net.canvasToDOM({x: lm.size.left, y: lm.size.top + (lm.fontOptions.vadjust || 0)});
    out.labels.push({id: n.id, text: text, l: tl.x, t: tl.y,
                     r: tl.x + lm.size.width * scale, b: tl.y + lm.size.height * scale});
  }
  return out;
}"""


@dataclass
class Readability:
    nodes: int
    labels: int
    overlapping_labels: int
    nodes_outside: int

    @property
    def overlap_share(self) -> float:
        return self.overlapping_labels / self.labels if self.labels else 0.0


def measure(page) -> Readability:
    """Count labels overlapping another label and nodes not wholly inside the canvas."""
    got = page.evaluate(READ_LAYOUT)
    labels = got["labels"]
    hit = set()
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]:
                hit.update((a["id"], b["id"]))
    w, h = got["width"], got["height"]
    outside = [
        n
        for n in got["nodes"]
        if n["x"] - n["r"] < 0 or n["y"] - n["r"] < 0 or n["x"] + n["r"] > w or n["y"] + n["r"] > h
    ]
    return Readability(
        nodes=len(got["nodes"]), labels=len(labels), overlapping_labels=len(hit), nodes_outside=len(outside)
    )

"""Checks that a page is self-contained: it loads nothing from the network."""

from __future__ import annotations

import re

# Any attribute or CSS construct through which a page fetches a resource, pointing
# at http(s) or a protocol-relative address.
_REFERENCE = re.compile(
    r"""(?ix)
    (?:\b(?:src|href|srcset|action|poster|data|formaction)\s*=\s*["']?\s*(?:https?:)?//[^\s"'>]*)
    | (?:url\(\s*["']?\s*(?:https?:)?//[^)]*\))
    | (?:@import\s+["']?\s*(?:https?:)?//[^;]*)
    """
)


def external_references(html: str) -> list[str]:
    """Every external resource reference in `html` (empty for a self-contained page).

    A bare URL in text or in a script's data (a licence banner, a paper's link
    the reader may click) is not a reference: the browser fetches nothing for it.

    >>> external_references('<script src="https://cdn.example/x.js"></script>')
    ['src="https://cdn.example/x.js']
    >>> external_references('<style>a{background:url(data:image/png;base64,AAAA)}</style>')
    []
    """
    return [m.group(0) for m in _REFERENCE.finditer(html)]

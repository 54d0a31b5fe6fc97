"""HTML payload -> page text, for WARC ``response`` records only.

``extract()`` takes page text, not HTML (the HTML path is not built yet), so the
batch reader flattens HTML the way a browser's innerText roughly would: one line per
block element, scripts/styles dropped. It needs lxml (extra ``[warc]``); without it an
HTML record becomes an error row that says what to install.
"""
from __future__ import annotations

import re

_DROP = ("script", "style", "noscript", "template", "head", "svg", "iframe")
_BLOCK = frozenset(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul "
    "title caption option".split()
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(payload: bytes | str, charset: str | None = None) -> str:
    """One line per block element (and per <br>), whitespace inside a line collapsed, empty lines dropped."""
    try:
        import lxml.html
    except ImportError:
        raise RuntimeError("HTML payloads need lxml: pip install 'boilerstrip[warc]'") from None
    if isinstance(payload, bytes) and charset:
        try:
            payload = payload.decode(charset, errors="replace")
        except LookupError:
            pass  # unknown charset name: let lxml sniff the <meta> instead
    if isinstance(payload, str):
        # lxml refuses str with an XML encoding declaration; strip it.
        payload = re.sub(r"^\s*<\?xml[^>]*\?>", "", payload)
    if not (payload.strip() if isinstance(payload, str) else payload.strip()):
        return ""
    root = lxml.html.fromstring(payload)
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        tag = el.tag.lower()
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _BLOCK:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)

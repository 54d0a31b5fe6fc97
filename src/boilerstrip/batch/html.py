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
_SPACES = re.compile(r"\s+")  # source line breaks included: HTML collapses them to a space
#: Marks the line breaks this converter inserts (block edges, <br>, newlines of <pre>), so
#: that every other whitespace run can be collapsed: sites wrap paragraph text in their
#: HTML source, and a browser shows such a paragraph as one line.
_BREAK = "\ue000"
#: End tags of the document and its body. A template may print them too early ("<html …>
#: </html> <head> …", a held-out baotayninh page); a browser parses on after them (HTML5
#: keeps the rest in the body), but libxml2 2.14 drops everything after, and the page's text
#: with it. The parser closes both at the end of the input anyway.
_EARLY_END = re.compile(r"</(?:html|body)\s*>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode(payload: bytes, charset: str | None) -> str | bytes:
    """HTTP charset, else <meta> charset, else UTF-8 (the web's default; lxml would assume Latin-1)."""
    candidates = [charset] if charset else []
    if m := _META_CHARSET.search(payload[:4096]):
        candidates.append(m.group(1).decode("ascii"))
    for name in candidates:
        try:
            return payload.decode(name, errors="replace")
        except LookupError:
            continue
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def html_to_text(payload: bytes | str, charset: str | None = None) -> str:
    """One line per block element (and per <br>), whitespace inside a line collapsed (the
    source's own line breaks too, as a browser shows them; <pre> keeps its), empty lines dropped."""
    try:
        import lxml.html
    except ImportError:
        raise RuntimeError("HTML payloads need lxml: pip install 'boilerstrip[warc]'") from None
    if isinstance(payload, bytes):
        payload = _decode(payload, charset)
    if isinstance(payload, str):
        # lxml refuses str with an XML encoding declaration; strip it.
        payload = re.sub(r"^\s*<\?xml[^>]*\?>", "", payload).replace(_BREAK, "")
        payload = _EARLY_END.sub("", payload)
    if not (payload.strip() if isinstance(payload, str) else payload.strip()):
        return ""
    root = lxml.html.fromstring(payload)
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for pre in root.iter("pre"):  # preformatted text keeps its own line breaks
        for el in pre.iter():
            el.text = _keep_breaks(el.text)
            if el is not pre:
                el.tail = _keep_breaks(el.tail)
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        tag = el.tag.lower()
        if tag == "br":
            el.tail = _BREAK + (el.tail or "")
        elif tag in _BLOCK:
            el.text = _BREAK + (el.text or "")
            el.tail = _BREAK + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split(_BREAK))
    return "\n".join(line for line in lines if line)


def _keep_breaks(text: str | None) -> str | None:
    return text.replace("\n", _BREAK) if text else text

"""Moving between raw text and HTML for tools that only speak one of them."""
from __future__ import annotations

import html

#: Elements after which readability's HTML summary breaks a line when read as text.
BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote pre tr td th dd dt figcaption section article br ul ol table".split()
)


def text_to_html(text: str) -> str:
    """How a user with only raw text would call an HTML tool: each non-empty line an
    escaped ``<p>`` in a minimal Vietnamese document (no title, no markup hints)."""
    paragraphs = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"></head><body>\n{paragraphs}\n</body></html>\n'


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment with one line per block element (for readability-lxml,
    which returns HTML). Inline whitespace is collapsed, empty lines are dropped."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)

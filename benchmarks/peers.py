"""Adapters: each extractor behind one signature, ``extract(markup) -> Output``.

Every adapter was written against the installed source of its peer (the function names,
arguments and return types below were read there, not guessed). Imports happen in
``load()`` so that a peer that is not installed is reported, not fatal.
"""
from __future__ import annotations

import importlib.metadata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from markup import html_to_text


@dataclass(frozen=True)
class Output:
    """Body text (one paragraph per line) and the metadata the tool gives, if any."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)


Extract = Callable[[str], Output]


@dataclass(frozen=True)
class Tool:
    """A peer (or boilerstrip). ``text_native`` tools read raw text, never HTML."""

    name: str
    dist: str  # distribution name, for the version
    setting: str  # how it is called, shown in the docs
    load: Callable[[], Extract]
    text_native: bool = False
    meta_fields: tuple[str, ...] = ()  # which of title/published it outputs
    # forgets what earlier calls cached (boilerstrip's memos), so the timed pass is not
    # flattered by the warm-up or by the other mode's pass over the same pages
    reset: Callable[[], None] | None = None

    def version(self) -> str | None:
        try:
            return importlib.metadata.version(self.dist)
        except importlib.metadata.PackageNotFoundError:
            return None


def _iso(value: Any) -> str | None:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value) if value else None


def _boilerstrip_reset() -> None:
    from boilerstrip import memo

    memo.clear_all()


def _boilerstrip() -> Extract:
    from boilerstrip import extract
    from boilerstrip.evaluation import Prediction

    def run(text: str) -> Output:
        prediction = Prediction.from_article(extract(text))  # the same reading as `boilerstrip eval`
        return Output(prediction.text, prediction.meta)

    return run


def _justext() -> Extract:
    import justext

    stoplist = justext.get_stoplist("Vietnamese")

    def run(html: str) -> Output:
        paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


def _trafilatura() -> Extract:
    import trafilatura

    def run(html: str) -> Output:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
        if doc is None:  # trafilatura's "nothing found"
            return Output("")
        return Output(doc.text or "", {"title": doc.title, "published": doc.date})

    return run


def _boilerpy3() -> Extract:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=True)

    def run(html: str) -> Output:
        doc = extractor.get_doc(html)
        return Output(doc.content, {"title": doc.title})

    return run


def _goose3() -> Extract:
    from goose3 import Goose

    goose = Goose({"target_language": "vi", "use_meta_language": False, "enable_image_fetching": False})

    def run(html: str) -> Output:
        article = goose.extract(raw_html=html)
        return Output(article.cleaned_text or "", {"title": article.title, "published": _iso(article.publish_date)})

    return run


def _resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str) -> Output:
        return Output(extract_plain_text(html, main_content=True))

    return run


def _readability() -> Extract:
    from readability import Document

    def run(html: str) -> Output:
        doc = Document(html)
        title = doc.title()  # before summary(), which mutates the DOM
        return Output(html_to_text(doc.summary(html_partial=True)), {"title": None if title == "[no-title]" else title})

    return run


def _newspaper4k() -> Extract:
    import newspaper

    def run(html: str) -> Output:
        article = newspaper.Article("", language="vi", fetch_images=False, follow_meta_refresh=False)
        article.download(input_html=html)
        article.parse()
        return Output(article.text or "", {"title": article.title or None, "published": _iso(article.publish_date)})

    return run


def _c4() -> Extract:
    """datatrove's C4QualityFilter with its line rules only: the document-level rules
    (>= 5 sentences, which needs a sentence splitter; 'lorem ipsum' and '{' page drops) are
    switched off, so it acts as a line filter on the raw text like boilerstrip."""
    from datatrove.data import Document
    from datatrove.pipeline.filters.c4_filters import C4QualityFilter

    c4 = C4QualityFilter(min_num_sentences=-1, filter_lorem_ipsum=False, filter_curly_bracket=False)

    def run(text: str) -> Output:
        doc = Document(text=text, id="page")
        kept = c4.filter(doc)
        return Output(doc.text if kept is True else "")

    return run


TOOLS: tuple[Tool, ...] = (
    Tool("boilerstrip", "boilerstrip", "extract(text)", _boilerstrip, text_native=True,
         meta_fields=("title", "published"), reset=_boilerstrip_reset),
    Tool("jusText", "justext", 'justext(html, get_stoplist("Vietnamese")), default thresholds', _justext),
    Tool("trafilatura", "trafilatura", "bare_extraction(html, with_metadata=True)", _trafilatura,
         meta_fields=("title", "published")),
    Tool("boilerpy3", "boilerpy3", "ArticleExtractor().get_doc(html)", _boilerpy3, meta_fields=("title",)),
    Tool("goose3", "goose3", 'Goose({"target_language": "vi", "use_meta_language": False})', _goose3,
         meta_fields=("title", "published")),
    Tool("Resiliparse", "resiliparse", "extract_plain_text(html, main_content=True)", _resiliparse),
    Tool("readability-lxml", "readability-lxml", "Document(html).summary(html_partial=True)", _readability,
         meta_fields=("title",)),
    Tool("newspaper4k", "newspaper4k", 'Article("", language="vi").download(input_html=html).parse()',
         _newspaper4k, meta_fields=("title", "published")),
    Tool("C4 line rules", "datatrove", "datatrove C4QualityFilter line rules (doc-level rules off)", _c4,
         text_native=True),
)

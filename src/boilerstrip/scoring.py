"""The scoring convention of the gold corpus (CONVENTION.md), as pure functions.

This is a re-implementation of ``shared/tools/score.py`` inside the package, because the
package must not depend on ``shared/`` at runtime. Figures must stay *equal* to score.py's:
``tests/test_evaluation_agreement.py`` checks that on every fixture page. Hence the
deliberate choices below, each copied from score.py rather than "improved":

* tokens are stdlib ``re`` ``\\w+`` runs (the third-party ``regex`` module treats combining
  marks differently, which would shift token counts on un-normalised Vietnamese);
* normalisation is NFC -> casefold -> NFC;
* P/R/F1 are multiset overlaps with fixed rules for empty sides;
* corpus figures are macro means over article pages; listing pages only feed
  ``listing_acc``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

WORD = re.compile(r"\w+")
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
VIETNAM_TZ = timezone(timedelta(hours=7))

#: Per-page keys of an article page, in score.py's order.
ARTICLE_KEYS = ("tok_p", "tok_r", "tok_f1", "line_p", "line_r", "line_f1")
#: (gold field, corpus rate name) for the metadata matches.
META_FIELDS = (("title", "title_acc"), ("published", "date_acc"), ("author", "author_acc"))

Scores = dict[str, Any]


def norm(text: str | None) -> str:
    """NFC, casefold, NFC again: casefold can decompose, so compose once more."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text or "").casefold())


def tokens(text: str | None) -> list[str]:
    """Unicode word runs of the normalised text."""
    return WORD.findall(norm(text))


def scored_lines(text: str | None) -> list[str]:
    """Non-empty, trimmed, normalised lines: the units of line-level scoring."""
    return [line for line in (raw.strip() for raw in norm(text).splitlines()) if line]


def prf(pred: Counter[str], gold: Counter[str]) -> tuple[float, float, float]:
    """Multiset P/R/F1. Both empty -> 1/1/1; exactly one empty -> 0/0/0 (no credit for
    abstaining, none for text on an empty gold)."""
    n_pred, n_gold = sum(pred.values()), sum(gold.values())
    if n_pred == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    if n_pred == 0 or n_gold == 0:
        return 0.0, 0.0, 0.0
    overlap = sum((pred & gold).values())
    p, r = overlap / n_pred, overlap / n_gold
    return p, r, (2 * p * r / (p + r) if overlap else 0.0)


def title_match(pred: str | None, gold: str) -> bool:
    """Exact match after normalisation and whitespace collapse."""
    return pred is not None and " ".join(norm(pred).split()) == " ".join(norm(gold).split())


def day_of(value: Any) -> tuple[int, int, int] | None:
    """(Y, M, D) of an ISO-ish value. An offset-aware datetime is first moved to Vietnam
    time (UTC+7): '2024-03-03T20:00Z' is the local 2024-03-04 the gold records."""
    text = str(value or "").strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = ISO_DAY.search(text)
        return (int(found[1]), int(found[2]), int(found[3])) if found else None
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM_TZ)
    return (moment.year, moment.month, moment.day)


def date_match(pred: Any, gold: Any) -> bool:
    """Same calendar day (see :func:`day_of`); an unparseable prediction never matches."""
    day = day_of(pred)
    return day is not None and day == day_of(gold)


def author_match(pred: str | list[Any] | None, gold: str) -> bool:
    """Equal token sequences, so punctuation and spacing do not matter. A list of names is
    joined with ', ' first, as score.py does."""
    if isinstance(pred, list):
        pred = ", ".join(map(str, pred))
    gold_tokens = tokens(gold)
    return pred is not None and bool(gold_tokens) and tokens(pred) == gold_tokens


_MATCHERS = {"title": title_match, "published": date_match, "author": author_match}


def score_page(gold: Mapping[str, Any], pred_text: str, pred_meta: Mapping[str, Any] | None = None) -> Scores:
    """Score one page: the same keys and values as score.py's ``score_page``."""
    meta = pred_meta or {}
    out: Scores = {"id": gold.get("id"), "page_type": gold.get("page_type", "article")}
    if out["page_type"] == "listing":
        out["listing_ok"] = 0 if scored_lines(pred_text) else 1
        return out
    body = "\n".join(gold.get("body") or [])
    out["tok_p"], out["tok_r"], out["tok_f1"] = prf(Counter(tokens(pred_text)), Counter(tokens(body)))
    out["line_p"], out["line_r"], out["line_f1"] = prf(
        Counter(scored_lines(pred_text)), Counter(scored_lines(body))
    )
    out["empty"] = 0 if scored_lines(pred_text) else 1
    for key, _ in META_FIELDS:
        if gold.get(key) is not None:  # a null gold field is not scored on this page
            out[key] = int(_MATCHERS[key](meta.get(key), gold[key]))
    return out


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def aggregate(pages: Iterable[Mapping[str, Any]]) -> Scores:
    """Corpus figures: macro means over article pages (F1 = mean of per-page F1s)."""
    pages = list(pages)
    articles = [p for p in pages if p["page_type"] != "listing"]
    listings = [p for p in pages if p["page_type"] == "listing"]
    corpus: Scores = {"n_pages": len(pages), "n_article": len(articles), "n_listing": len(listings)}
    for key in ARTICLE_KEYS:
        corpus[key] = _mean([p[key] for p in articles])
    corpus["listing_acc"] = _mean([p["listing_ok"] for p in listings])
    for key, name in META_FIELDS:
        values = [p[key] for p in articles if key in p]
        corpus[name], corpus["n_" + key] = _mean(values), len(values)
    corpus["art_empty"] = _mean([p["empty"] for p in articles])
    corpus["missing"] = sum(p.get("missing", 0) for p in pages)
    return corpus

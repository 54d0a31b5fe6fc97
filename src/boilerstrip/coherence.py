"""Coherence detector: does the selected text read as one article or as many teasers?

Teasers of other articles read like body prose, so no line feature tells them apart;
what does is that they do not share vocabulary with each other. A listing page (tag,
category, home page) is a stream of headline + teaser pairs on different subjects; an
article's paragraphs, even with a subheading above each, keep returning to the same
names and terms. Vocabulary is compared as syllable bigrams (most Vietnamese words are
two syllables) without stopwords.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Collection, Sequence

import regex

from . import features
from .features import ENUMERATED, WORD, stopwords
from .memo import BoundedMemo
from .metadata import Title
from .rules.headlines import teaser_card
from .types import Block

MIN_PAIRS = 3
PAIR_SHARE = 0.4  # share of paragraphs introduced by a headline they restate
ECHO_SHARE = 0.3  # share of a headline's bigrams its teaser repeats
REPEATED_LABEL_TIMES = 3  # a section label printed above every teaser
LABEL_WORDS = 6  # ... of this many words at most: a menu a converter glued into one line has 5
LOW_COHESION = 0.12  # mean share of a line's bigrams that recur in the others
HEADLINE_WORDS = (8, 30)  # a teaser's headline: a full clause, not a 3-word subheading
HEADLINE_SHARE = 0.5  # unpunctuated headlines among the selected lines
STREAM_HEADLINE_SHARE = 0.4  # ... where the region is not one story's sections (dated once, or announced)
# Full datelines inside a region: the article regions chosen on the corpus and held-out
# pages hold at most 1 (a live report's clock times do not count); a stream, one per teaser
MIN_DATELINES = 5
DATELINE_SHARE = 0.3  # per paragraph of 15+ syllables
COMPARABLE = 0.5  # a region at least half as strong as the best one
SCATTERED_REGIONS = 4
DOMINANT_SHARE = 0.3  # an article holds more than this share of the page's prose


def bigrams(text: str) -> set[tuple[str, str]]:
    stop = stopwords()
    if "Σ" in text:  # the only letter whose lowercase depends on its neighbours
        words = [w.lower() for w in WORD.findall(text)]
    else:
        # = [w.lower() for w in WORD.findall(text)], from the per-token memo of features
        words = list(chain.from_iterable(map(features.token_words, text.split(" "))))
    return {(a, b) for a, b in zip(words, words[1:]) if not (a in stop and b in stop) and not (a.isdigit() or b.isdigit())}


# Candidate regions overlap, so the same lines are compared again for every region and
# for the tail-teaser trim; a small module-wide memo of this pure function (frozen, so no
# caller can alter a shared set) serves them. Paragraphs are long, hence the long keys.
_BIGRAMS = BoundedMemo(lambda text: frozenset(bigrams(text)), 2_000, 10_000)


def cohesion(paragraphs: Sequence[str]) -> float:
    """Mean share of each paragraph's bigrams that occur in some other paragraph. Repeats
    are counted once: a home page prints the same headline in several boxes, maybe as a
    list item once ("• Vỏ bọc 'đại gia' …", Resiliparse's bullet): the same words, the same
    bigrams."""
    sets = list(dict.fromkeys(_BIGRAMS[p] for p in dict.fromkeys(paragraphs)))
    counts: Counter[tuple[str, str]] = Counter()
    for s in sets:
        counts.update(s)
    shares = [sum(1 for g in s if counts[g] > 1) / len(s) for s in sets if s]
    return sum(shares) / len(shares) if shares else 0.0


def echo(headline: str, teaser: str) -> float:
    """Share of a headline's bigrams that its teaser repeats (a teaser restates its headline)."""
    h = _BIGRAMS[headline]
    return len(h & _BIGRAMS[teaser]) / len(h) if h else 0.0


def _stream_reason(seq: Sequence[Block], body: Sequence[int], title: Title | None, start: int, end: int,
                   dated_once: bool = False, datelines: int = 0, captions: Collection[int] = (),
                   aside: Collection[int] = ()) -> str | None:
    region = [pos for pos in range(start, end + 1) if pos not in aside] if aside else range(start, end + 1)
    prose = [pos for pos in body if seq[pos].features.words >= 15]
    if datelines >= MIN_DATELINES and datelines >= DATELINE_SHARE * len(prose):
        return f"{datelines} lines give a full date: a stream dates each of its teasers, a story once"
    # (a label has words: a separator rule, "---" or "* * *", is printed between any sections;
    # a bare address is a photo credit some sites print under each photo of one story, as
    # a photo's label is: "Ảnh minh họa" under each photo of one story; a label that runs on,
    # "Cách làm:", introduces what follows it in each section of one story: a recipe's steps)
    labels = Counter(seq[pos].norm for pos in region
                     if 1 <= seq[pos].features.words <= LABEL_WORDS and not _address(seq[pos].norm) and pos not in captions
                     and seq[pos].norm[-1] != ":")
    label, times = labels.most_common(1)[0] if labels else ("", 0)
    if times >= REPEATED_LABEL_TIMES:
        return f"the label '{label}' repeats {times} times, once per teaser"
    lines = [pos for pos in region if seq[pos].features.words >= 6]
    headlines = [pos for pos in lines if seq[pos].features.words <= HEADLINE_WORDS[1] and not seq[pos].features.ends_sentence]
    below_headline = [pos for pos in prose if pos > start and HEADLINE_WORDS[0] <= seq[pos - 1].features.words <= HEADLINE_WORDS[1]
                      and not ENUMERATED.match(seq[pos - 1].norm)]
    # the sections of one story: dated once, or as many as its headline announces
    one_story = dated_once or (title is not None and announced_count(title.text) == len(below_headline))
    share = HEADLINE_SHARE if one_story else STREAM_HEADLINE_SHARE
    if len(headlines) >= MIN_PAIRS and len(headlines) >= share * len(lines):
        score = cohesion([seq[pos].norm for pos in headlines])
        if score < LOW_COHESION:
            return f"{len(headlines)} of {len(lines)} lines are unpunctuated headlines on unrelated subjects (cohesion {score:.2f})"
    marks = Counter(lead_mark(seq[pos].norm) for pos in prose)
    marks.pop(None, None)
    if marks:
        mark, times = marks.most_common(1)[0]
        if times >= MIN_PAIRS:
            return f"{times} paragraphs open with the outlet's mark '{mark}': the leads of as many stories"
    cards = [pos for pos in prose if teaser_card(seq[pos].norm)]
    if _enough_pairs(cards, prose):
        return f"{len(cards)} of {len(prose)} paragraphs are teaser cards: a headline, its date and time, a teaser"
    if not one_story and _enough_pairs(below_headline, prose):  # else no subset is: skip comparing vocabularies
        pairs = [pos for pos in below_headline if echo(seq[pos - 1].norm, seq[pos].norm) >= ECHO_SHARE]
        if _enough_pairs(pairs, prose):
            score = cohesion([seq[pos].norm for pos in pairs])
            if score < LOW_COHESION:
                return f"{len(pairs)} of {len(prose)} paragraphs restate the headline above them and not each other (cohesion {score:.2f})"
    if title is None:
        norms = Counter(seq[pos].norm for pos in region if seq[pos].features.words >= 15)
        if any(n > 1 for n in norms.values()):
            return "no headline, and a paragraph is printed twice"
    return None


#: "5 điểm đến …", "10 món ăn …": a listicle's headline announces how many sections follow
ANNOUNCED_COUNT = regex.compile(r"^(?:Top\s+)?(\d{1,2})\s+\p{L}")


def _address(text: str) -> bool:
    """A web address, not words: "https://suckhoeviet.org.vn/", "www.baotayninh.vn"."""
    return "://" in text or text.lower().startswith("www.")


def announced_count(headline: str) -> int | None:
    """The number of sections a headline announces ("5 thói quen …" → 5), if any (at least
    MIN_PAIRS: fewer would not make a stream anyway)."""
    m = ANNOUNCED_COUNT.match(headline)
    return int(m[1]) if m and int(m[1]) >= MIN_PAIRS else None


def _enough_pairs(pairs: Sequence[int], prose: Sequence[int]) -> bool:
    return len(pairs) >= MIN_PAIRS and len(pairs) >= PAIR_SHARE * len(prose)


def listing_verdict(seq: Sequence[Block], body: Sequence[int], title: Title | None, start: int, end: int,
                    dated_once: bool = False, datelines: int = 0, captions: Collection[int] = (),
                    aside: Collection[int] = ()) -> str | None:
    """A reason when the region [start, end] reads as a stream of teasers, else None.

    Headline + paragraph pairs are the sections of one story, not teasers ("5 điểm đến …":
    "Sa Pa, Lào Cai …" over its paragraph), when ``dated_once`` (the headline above the
    region has a dateline under it and no line of the region is dated: a stream dates all
    its teasers or none) or when the headline announces exactly as many ("5 điểm đến …"
    over five pairs). ``datelines``: how many lines of the region are timestamps with a full
    date; a stream prints one per teaser. ``captions``: positions the rules read as photo
    captions or credits, which no stream's section label is. ``aside``: positions of the
    lines of boxes printed inside the article (``boxes``), whose headlines are no teasers of
    the region's own."""
    why = _stream_reason(seq, body, title, start, end, dated_once, datelines, captions, aside)
    return f"coherence.listing: {why} (a teaser stream)" if why else None


def scattered(best: float, others: Sequence[float]) -> str | None:
    """A reason when no region dominates the page: many teaser-sized regions of similar
    weight, as on home and category pages, instead of one article and some crumbs."""
    comparable = [s for s in others if s >= COMPARABLE * best]
    total = best + sum(others)
    if len(comparable) >= SCATTERED_REGIONS and best < DOMINANT_SHARE * total:
        return (f"coherence.listing: {len(comparable)} other text regions as large as the best one "
                f"(it holds {best / total:.0%} of the page's prose)")
    return None


TAIL_PAIRS = 2  # headline + teaser pairs closing a region: a related box, not sections
TAIL_ECHO = 0.15
TAIL_LAST_ECHO = 0.1  # the last item of a box found by TAIL_ECHO above it


def teaser_pair(head: Block, teaser: Block, min_echo: float = TAIL_ECHO) -> bool:
    """A headline (8-30 syllables, no final mark, not enumerated; it may end with a quoted
    phrase) over a paragraph of 15 or more syllables that restates it: one item of a box of
    other stories."""
    return (teaser.features.words >= 15 and HEADLINE_WORDS[0] <= head.features.words <= HEADLINE_WORDS[1]
            and not features.ends_with_mark(head.norm) and not ENUMERATED.match(head.norm)
            and echo(head.norm, teaser.norm) >= min_echo)


def _closing_pairs(seq: Sequence[Block], body: dict[int, str], start: int, end: int) -> list[int]:
    """Positions of the headline + teaser pairs that run up from ``end``, last pair first."""
    pairs: list[int] = []
    pos = end
    while pos - 1 >= start:
        if not (pos in body and teaser_pair(seq[pos - 1], seq[pos])):
            break
        pairs += [pos - 1, pos]
        pos -= 2
    return pairs


#: Links that close a teaser ("Đọc tiếp", "Xem tiếp »", "Xem chi tiết"): they follow the
#: summary of another page. Not "Xem thêm" / "Đọc thêm", which open a list of links.
READ_ON = ("đọc tiếp", "xem tiếp", "xem chi tiết", "đọc toàn bài", "xem toàn bài")
READ_ON_MAX_CHARS = 40  # the link, and maybe a button or two printed on its line


def read_on(text: str) -> bool:
    """Whether the line is a read-on link ("Đọc tiếp Về trang Chủ đề": the link, then the
    box's other buttons)."""
    return len(text) <= READ_ON_MAX_CHARS and text.lower().startswith(READ_ON)


def tail_teasers(seq: Sequence[Block], body: dict[int, str], start: int, end: int, spaced: bool = False,
                 announced: int | None = None) -> list[int]:
    """Positions of the headline + one-paragraph teaser pairs that close the region.

    Papers append "related" boxes without a marker: each item a headline and the first
    sentence of another article restating it. An article's own sections have a short
    subheading and usually several paragraphs, so a run of one-paragraph sections whose
    text repeats its headline is read as a related box. On a page that spaces its
    paragraphs (``spaced``), one such pair printed without a gap between headline and
    teaser is enough: a section's heading is a paragraph of its own, a teaser box is not.
    So is one pair with a read-on link right below it ("Đọc tiếp"): an article's last
    section is not followed by a link to read on. When the headline announces its sections
    (``announced``, see ``announced_count``), the first that many pairs are those sections:
    only pairs beyond them can be a box."""
    pairs = _closing_pairs(seq, body, start, end)
    if not pairs and end in body and end - 1 >= start and teaser_pair(seq[end - 1], seq[end], TAIL_LAST_ECHO):
        # the box's last item may restate its headline in other words ("7 món nên ăn …" / "Dưới
        # đây là 7 món ăn được …"), when the items above it are a box by the usual measure
        above = _closing_pairs(seq, body, start, end - 2)
        if len(above) >= 2 * TAIL_PAIRS:
            pairs = [end - 1, end] + above
    if announced is not None and len(pairs) >= 2 * announced:
        pairs = pairs[:len(pairs) - 2 * announced]  # (pairs run from the end of the region up)
    if len(pairs) >= 2 * TAIL_PAIRS or (spaced and len(pairs) == 2 and seq[pairs[1]].tight):
        return pairs
    if pairs and end + 1 < len(seq) and read_on(seq[end + 1].norm):
        return pairs
    return []


INLINE_MAX_PAIRS = 3  # an inline box holds a few teasers; more pairs are the article's own sections
SPACED_SHARE = 0.75  # of the article's other paragraphs with a blank line above them


def inline_teasers(seq: Sequence[Block], body: dict[int, str], start: int, end: int) -> list[int]:
    """Positions of headline + teaser pairs boxed inside the article: the headline printed
    against its teaser with no gap, the teaser restating it, in an article whose other
    paragraphs are spaced by blank lines. There a section's heading stands apart from its
    text; and an article's own sections outnumber a box's few items: when the pairs are as
    many as the other paragraphs, or more than INLINE_MAX_PAIRS, they are sections."""
    pairs: list[int] = []
    for pos in range(start + 1, end + 1):
        head, teaser = seq[pos - 1], seq[pos]
        if pos in body and pos - 1 in body and teaser.tight and teaser_pair(head, teaser):
            pairs += [pos - 1, pos]
    if not pairs or len(pairs) // 2 > INLINE_MAX_PAIRS:
        return []
    taken = set(pairs)
    others = [pos for pos in body if pos not in taken and seq[pos].features.words >= 15]
    if len(others) <= len(pairs) // 2 or sum(not seq[pos].tight for pos in others) < SPACED_SHARE * len(others):
        return []
    return pairs


# "(Dân trí) - ", "VOV.VN - ", "TTO - ", "(NLĐO) - ": the outlet's mark that opens a story's
# lead, and only its lead
_BRACKETED_MARK, _WORD_MARK, _MARK_DASH = r"\([^()]{2,24}\)", r"\p{Lu}[\p{L}\d.+]{1,20}", r"\s*[-–—]\s"
LEAD_OPENER = regex.compile(rf"^(?:{_BRACKETED_MARK}|{_WORD_MARK}){_MARK_DASH}")
BRACKETED_LEAD_OPENER = regex.compile(rf"^{_BRACKETED_MARK}{_MARK_DASH}")  # "(Soha.vn) - ", not "VOV.VN - "
OTHER_LEAD_FROM = 2  # body lines (0-based) from which a bracketed mark is another story's


def lead_mark(text: str) -> str | None:
    """The outlet mark opening a lead, spacing and dash left out ("(NLĐO)- …", "(NLĐO) – …"
    → "(NLĐO)"), else None."""
    head = text[:_MARK_REACH]  # the mark and its dash lie within it
    if "-" not in head and "–" not in head and "—" not in head:
        return None
    m = LEAD_OPENER.match(text)
    return regex.sub(r"[\s\-–—]+$", "", m.group(0)) if m else None


#: Where LEAD_OPENER's dash can lie on a single-spaced line (``Block.norm``): at most after
#: "(" + 24 characters + ")" + one space, index 27.
_MARK_REACH = 30


def other_leads(seq: Sequence[Block], body: dict[int, str]) -> list[int]:
    """Positions of the body paragraphs that open with the lead's own outlet mark ("VOV.VN -
    …" again, further down), or with a bracketed one under a lead without a mark, with the
    short headline line right above each: papers mark only a story's lead so, and another
    story's lead is a teaser of it."""
    order = sorted(body)
    if len(order) < 2:
        return []
    m = LEAD_OPENER.match(seq[order[0]].norm)
    if m is not None:
        mark = m.group(0).rstrip()
        marked = [pos for pos in order[1:] if seq[pos].norm.startswith(mark)]
    else:
        # A lead printed without a mark: a bracketed outlet mark ("(Soha.vn) - …") further
        # down opens a teaser of another story of the paper, past the second body line
        # (the region may open on a stray line above a marked lead).
        marked = [pos for pos in order[OTHER_LEAD_FROM:] if BRACKETED_LEAD_OPENER.match(seq[pos].norm)]
    out: list[int] = []
    for pos in marked:
        out.append(pos)
        if pos - 1 in body and pos - 1 != order[0] and not seq[pos - 1].features.ends_sentence:
            out.append(pos - 1)  # its headline
    return sorted(set(out))

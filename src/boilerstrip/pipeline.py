"""The pipeline: blocks → rule detectors → density classes → article region → metadata.

Each stage is a separate module; this one only composes them and records, for every
input line, the label and the reason that decided it. Blocks may come from text lines
(here) or, later, from DOM nodes: nothing below ``extract`` looks at where they came from.
"""
from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterable, Sequence

import regex

from . import boxes, coherence, density, features, input_checks, metadata, normalize, reflow
from .density import Density, Thresholds
from .markdown import link_share
from .memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from .region import Region, Weights, block_score, candidate_regions, closing_credit
from .rules import captions, chrome, comments, credits, dates, headlines, markers, packed, polls, timestamps
from .rules.base import BLOCK, END, LINE, LINK_LIST_LABELS, Decision
from .rules.layout import is_paragraph, spaces_paragraphs
from .types import Article, Block, Label, Line

# Order is priority: the first detector to claim a block decides its label, unless a later
# decision ``overrides`` (packed lists know the extent of the marker heading them).
RULE_DETECTORS = (markers, chrome, timestamps, captions, credits, headlines, comments, polls, packed)
FAVOR = ("balanced", "precision", "recall")
TITLE_BONUS = 40.0  # a region introduced by a headline is an article, not a teaser list
REPEATED_TITLE_BONUS = 300.0  # ... and certainly so when the page repeats that headline
REPEAT_MIN_SHARE = 0.5  # ... if its region is at least half the page's largest candidate
DATED_TITLE_BONUS = 40.0  # a headline with its dateline next to it: a story (boxes are undated)


@dataclass(frozen=True)
class Options:
    """Keyword options of ``extract``; all have defaults and none is global state.

    favor: "balanced"; "precision" drops prose-like lines that are not clearly body
        (NEAR lines, lone subheadings); "recall" keeps lone short lines and ignores the
        listing test.
    detect_listing: report teaser streams as ``page_type="listing"`` with an empty body.
    join_fragments: read a paragraph that the converter printed over several lines, cut
        at its links and bold words (one line per text node) or wrapped at a width, as one
        paragraph (reflow.py).
    """

    favor: str = "balanced"
    detect_listing: bool = True
    join_fragments: bool = True
    thresholds: Thresholds = field(default_factory=Thresholds)
    weights: Weights = field(default_factory=Weights)

    def __post_init__(self) -> None:
        if self.favor not in FAVOR:
            raise ValueError(f"favor must be one of {FAVOR}, not {self.favor!r}")
        for name, kind in (("detect_listing", bool), ("join_fragments", bool), ("thresholds", Thresholds), ("weights", Weights)):
            value = getattr(self, name)
            if not isinstance(value, kind):
                raise TypeError(f"{name} must be a {kind.__name__}, not {type(value).__name__} ({value!r})")

    @property
    def reports_listings(self) -> bool:
        """Whether a page may be reported as a listing (off in "recall"); streams of teasers
        are kept from being the article either way."""
        return self.detect_listing and self.favor != "recall"


def make_options(options: dict[str, Any]) -> Options:
    known = {f.name for f in fields(Options)}
    unknown = set(options) - known
    if unknown:
        raise TypeError(f"unknown option(s) {sorted(unknown)}; known: {sorted(known)}")
    return Options(**options)


def extract(text: str | bytes, **options: Any) -> Article:
    """The article in the raw text of a news page.

    ``bytes`` are decoded as UTF-8 (``DecodeError`` with the byte offset otherwise); any
    ``str`` is accepted. Options: see ``Options``. Input it can only read badly (an HTML
    document, mis-decoded text) gets a warning: see ``input_checks``.
    """
    article, problems = extract_with_warnings(text, **options)
    for problem in problems:
        warnings.warn(problem, stacklevel=2)
    return article


def extract_with_warnings(text: str | bytes, **options: Any) -> tuple[Article, list[Warning]]:
    """``extract()`` that returns its warnings about the input instead of issuing them.
    Why: a batch row records them per record, and catching issued warnings would change
    process-wide state (the warnings filters), unsafe where workers are threads."""
    opts = make_options(options)
    decoded = normalize.decode(text)
    problems = input_checks.input_warnings(decoded)
    raw = normalize.split_lines(decoded)
    blocks, starts, lowercase = _blocks_and_starts(raw)
    groups = _reflowed(raw, blocks, starts, lowercase) if opts.join_fragments else []
    if not groups:
        article = _extract(blocks, opts)
    else:
        article = _extract(_joined(blocks, groups), opts)
        article = replace(article, lines=_expanded(article.lines, blocks, groups))
    return article, problems + input_checks.body_warnings(article.text)


def _prepared_line(line: str) -> tuple[str, str, features.Features, float | None, int]:
    """Display form, match form, features and link density of a line, and what reflow needs
    to know of it (``reflow.line_hints``). Why together: the features are
    per-token sums over the match form's tokens, which its normalisation just built; the
    rest is then remembered with them. Only Markdown lines have links."""
    text, norm, tokens = normalize.line_forms(line)
    links = link_share(line) if "](" in line else None
    return text, norm, features.from_tokens(norm, tokens), links, reflow.line_hints(text)


# Pages repeat lines: blank lines and menus within a page, the site's frame (menus,
# section names, footers, "Tin liên quan") across the pages of a site. A line's forms and
# features are pure functions of it, so they are remembered module-wide (see memo.py);
# extract_blocks, given blocks from elsewhere, looks features up by match form.
_LINE_FORMS = BoundedMemo(_prepared_line, LINE_ENTRIES, LINE_KEY)
_LINE_FEATURES = BoundedMemo(features.compute, LINE_ENTRIES, LINE_KEY)


def text_blocks(raw: Sequence[str]) -> list[Block]:
    """One block per line, features filled; each distinct line is prepared once
    (``_LINE_FORMS``). A line with no blank line above it is ``tight``."""
    return _blocks_and_starts(raw)[0]


def _blocks_and_starts(raw: Sequence[str]) -> tuple[list[Block], list[int], int]:
    """``text_blocks(raw)``, the positions of the lines that reflow may join with their
    neighbours (``reflow.join_hint``) and how many lines start with a lowercase letter, read
    from the same per-line memo."""
    forms = _LINE_FORMS
    blocks: list[Block] = []
    starts: list[int] = []
    lowercase = 0
    tight = False
    for i, line in enumerate(raw):
        text, norm, feats, links, hints = forms[line]
        blocks.append(Block(i, text, norm, links, None, tight, feats))
        if hints:
            if hints & reflow.JOINS:
                starts.append(i)
            lowercase += hints >> 1  # reflow.LOWERCASE
        tight = norm != ""
    return blocks, starts, lowercase


def _reflowed(raw: Sequence[str], blocks: list[Block], starts: list[int], lowercase: int) -> list[reflow.Group]:
    """The paragraphs reflow joins, in input lines: the runs a converter hard-wrapped, then
    the paragraphs split at inline markup among the lines so unwrapped."""
    wraps = reflow.wrapped_lines(raw, lowercase)
    if not wraps:
        return reflow.split_paragraphs(blocks, starts) if starts else []
    unwrapped = _joined(blocks, wraps)
    stops = {g.start: g.stop for g in wraps}
    groups: list[reflow.Group] = []
    covered: set[int] = set()  # input lines already in a paragraph split at inline markup
    for g in reflow.split_paragraphs(unwrapped):  # in positions of ``unwrapped``
        first, last = unwrapped[g.start].index, unwrapped[g.stop - 1].index
        groups.append(reflow.Group(first, stops.get(last, last + 1), g.text, g.how))
        covered.update(b.index for b in unwrapped[g.start:g.stop])
    groups += [w for w in wraps if w.start not in covered]
    return sorted(groups, key=lambda g: g.start)


def _joined(blocks: list[Block], groups: list[reflow.Group]) -> list[Block]:
    """The blocks with each split paragraph as one block, at its first line's index."""
    out: list[Block] = []
    done = 0
    for g in groups:
        out.extend(blocks[done:g.start])
        text, norm, feats, links, _ = _LINE_FORMS[g.text]
        out.append(Block(g.start, text, norm, links, None, blocks[g.start].tight, feats))
        done = g.stop
    out.extend(blocks[done:])
    return out


def _expanded(lines: Sequence[Line], blocks: list[Block], groups: list[reflow.Group]) -> tuple[Line, ...]:
    """One ``Line`` per input line again: each line of a joined paragraph takes its label (a
    blank line between a row's items stays blank)."""
    first = {g.start: g for g in groups}
    out: list[Line] = []
    for line in lines:
        g = first.get(line.number - 1)
        if g is None:
            out.append(line)
            continue
        reason = f"{line.reason}; {g.note}"
        out.extend(Line(pos + 1, blocks[pos].text, line.label, reason) if blocks[pos].norm
                   else Line(pos + 1, blocks[pos].text, Label.BLANK, _blank_reason(blocks[pos]))
                   for pos in range(g.start, g.stop))
    return tuple(out)


def run_rules(blocks: Sequence[Block]) -> dict[int, Decision]:
    decisions: dict[int, Decision] = {}
    # Every detector skips blank blocks (and its state, like "the previous line", only
    # counts non-blank ones), so they are left out once here instead of in each loop.
    lines = [b for b in blocks if b.norm]
    for detector in RULE_DETECTORS:
        for index, decision in detector.detect(lines).items():
            if decision.overrides:
                decisions[index] = decision
            else:
                decisions.setdefault(index, decision)
    return decisions


@dataclass
class _Page:
    """Working state of one page (never shared between calls)."""

    seq: list[Block]  # non-blank blocks in order
    decisions: dict[int, Decision]
    classes: list[Density]
    why: list[str]
    pos_of: dict[int, int] = field(default_factory=dict)  # block index -> position in seq
    boxed: set[int] = field(default_factory=set)  # positions of boxes inside the article (boxes.py)


def _classify(seq: list[Block], decisions: dict[int, Decision], t: Thresholds) -> _Page:
    classes, why = [], []
    known: dict[int, tuple[Density, str]] = {}  # id(features) -> class: repeated lines share features
    for b in seq:
        if b.index in decisions:
            classes.append(Density.BAD)
            why.append(decisions[b.index].reason)
        else:
            found: tuple[Density, str] | None
            if b.link_density is not None:  # a markup hint: not a function of the features alone
                found = density.classify(b.features, t, b.link_density)
            elif (found := known.get(id(b.features))) is None:
                found = known[id(b.features)] = density.classify(b.features, t)
            classes.append(found[0])
            why.append(found[1])
    for i, (c, reason) in enumerate(density.smooth(classes)):
        if reason:
            classes[i], why[i] = c, reason
    return _Page(seq, decisions, classes, why, {b.index: pos for pos, b in enumerate(seq)})


@dataclass(frozen=True)
class _Choice:
    region: Region | None
    title: metadata.Title | None
    body: dict[int, str]
    listing: str | None  # why the page is a stream of teasers, when it is


LISTING_DOMINANCE = 1.0  # a teaser stream stronger than every article candidate makes a listing


def _choose(page: _Page, opts: Options) -> _Choice:
    """Score every candidate region; the best one that reads as one article wins, unless
    teaser streams dominate the page (a listing)."""
    w = opts.weights
    scores = [block_score(c, b.features.words, page.decisions.get(b.index), w, b.features.ends_sentence) for b, c in zip(page.seq, page.classes)]
    for pos in _printed_before(page.seq, page.classes):
        scores[pos] = -w.inline_clutter_cost  # a box printed twice: its second copy adds no text
    article: tuple[float, Region, _Choice] | None = None  # (total, region, choice)
    streams: list[tuple[float, str, Region]] = []
    stream_article: tuple[float, Region, _Choice] | None = None  # the best stream, read as an article
    regions = candidate_regions(scores)
    largest = max((r.score for r in regions), default=0.0)
    counts = metadata.display_counts(page.seq)
    shapes: dict[int, Any] = {}  # headline shapes by position: title windows of regions overlap
    pairs: Counter[tuple[str, str]] = Counter()  # (line, next line) counts, filled on first need
    captions: set[int] | None = None  # positions of photo captions and credits, found on first need
    template_end = _template_end(page)
    for found in regions:
        region = found
        title = metadata.find_title(page.seq, page.decisions, region.start, counts, shapes)
        if title is not None and title.position >= region.start:
            region = replace(region, start=title.position + 1)
            if region.start > region.end:
                continue
        body = _body_positions(page, region, opts, title)
        if not any(page.classes[pos] is Density.GOOD for pos in body):
            continue  # an article has at least one paragraph of running prose
        dated = _dated_story(page, title, region)
        if template_end is not None and found.start > template_end and not dated:
            continue  # what follows the page's footer is its overlays: dialogs, promotions (a dated
            # story there is the article of a page cut short above a footer block it prints first)
        # A stream of teasers is never the article, whether or not the page may be called a
        # listing (``reports_listings``): without the test, a page's long box of other stories'
        # teasers outscored its own text (favor="recall" and detect_listing=False lost 8 of the
        # held-out articles so).
        if captions is None:
            captions = {page.pos_of[index] for index, d in page.decisions.items() if d.label is Label.CAPTION}
        verdict = coherence.listing_verdict(page.seq, sorted(body), title, found.start, found.end,
                                            dated and _undated_region(page, found), _datelines(page, found), captions,
                                            page.boxed)
        # The repeat bonus ranks comparable candidates; it does not lift a region a fraction the
        # size of the page's largest over it (a menu item or a featured teaser printed twice).
        repeated = (title is not None and title.repeated and found.score >= REPEAT_MIN_SHARE * largest
                    and not _cloned_pair(page, title.position, pairs))
        total = region.score + (TITLE_BONUS if title else 0.0) + (REPEATED_TITLE_BONUS if repeated else 0.0)
        if dated:
            total += DATED_TITLE_BONUS
        if verdict:
            streams.append((region.score, verdict, region))
            if stream_article is None or total > stream_article[0]:
                stream_article = (total, region, _Choice(region, title, body, None))
            continue
        if article is None or total > article[0]:
            article = (total, region, _Choice(region, title, body, None))
    if not opts.reports_listings:
        # no page is a listing: the best article, else the best stream read as one
        article = article or stream_article
        streams = []
    if article is not None:
        streams = [s for s in streams if not _closed_off(page, article[2], s[2])]
    stream = max(streams, key=lambda s: s[0], default=None)
    # The repeated-headline bonus only ranks article candidates: home pages repeat headlines too.
    if stream is not None and (article is None or _mass(page, stream[2], w) > LISTING_DOMINANCE * (
            _mass(page, article[1], w) + TITLE_BONUS)):
        return _Choice(None, None, {}, stream[1])
    if article is None:
        return _Choice(None, None, {}, None)
    chosen = _end_at_credit(page, article[2])
    chosen = _attach_first_section(page, chosen, opts)
    chosen = _attach_run_on_head(page, chosen, opts)
    chosen = _attach_lead(page, chosen, opts.thresholds)
    if opts.reports_listings and chosen.region is not None:
        verdict = _page_of_teasers(page, chosen, regions, w)
        if verdict:
            return _Choice(None, None, {}, verdict)
    return chosen


NOTICE_BLOCK = 10  # positions either side of a rights notice searched for the rest of its footer


def _template_end(page: _Page) -> int | None:
    """The position of the page's last rights notice printed in its footer block (another
    masthead or licence line within ``NOTICE_BLOCK`` positions), if any, in the page's second
    half. The notice closes a site's template; what a scraper prints after it is the page's
    overlays (a sign-up dialog, a membership promotion in a modal), never the article: on the
    corpus and held-out pages (83 of 150 print one, in every converter's view) no article
    paragraph follows it. A menu drawer may print the footer's block at the top of the page
    (vnexpress), which is the last one where a page was cut short (a crawl's size limit): in
    the first half, a notice ends nothing."""
    footers = sorted(page.pos_of[index] for index, d in page.decisions.items() if d.label is Label.FOOTER)
    half = len(page.seq) // 2
    for i in range(len(footers) - 1, -1, -1):
        pos = footers[i]
        if pos < half:
            return None
        if not chrome.rights_notice(page.decisions[page.seq[pos].index], page.seq[pos].norm):
            continue
        before = i > 0 and pos - footers[i - 1] <= NOTICE_BLOCK
        if before or (i + 1 < len(footers) and footers[i + 1] - pos <= NOTICE_BLOCK):
            return pos
    return None


def _mass(page: _Page, region: Region, w: Weights) -> float:
    """The region's score with its paragraphs' syllables beyond ``Weights.good_cap`` counted.
    The cap ranks article candidates (a line of links a converter glued together reads as one
    long paragraph and must not outweigh a story's paragraphs); but whether teasers outweigh
    the article is a question of how much text each holds, and a converter that glued a
    story's paragraphs into one line (``get_text()`` on minified HTML) leaves all of it there."""
    cap, seq, classes = w.good_cap, page.seq, page.classes
    return region.score + sum(seq[pos].features.words - cap for pos in range(region.start, region.end + 1)
                              if seq[pos].features.words > cap and classes[pos] is Density.GOOD)


def _page_of_teasers(page: _Page, chosen: _Choice, regions: Sequence[Region], w: Weights) -> str | None:
    """Why the chosen story is one teaser of a home or category page, if it is: the tests
    that weigh the page around the story, once it is chosen (a stream inside a region is
    ``coherence.listing_verdict``'s)."""
    region = chosen.region
    assert region is not None
    if len(chosen.body) == 1:
        below = _dated_headlines_below(page, region.end)
        if below >= coherence.MIN_DATELINES:
            return (f"coherence.listing: one teaser over {below} dated headlines "
                    "(a category page's featured story, then its stream)")
    others = [_mass(page, r, w) for r in regions if r.end < region.start or r.start > region.end]
    verdict = coherence.scattered(_mass(page, region, w), others)
    if verdict:
        return verdict
    listed = _undated_teaser(page, chosen) if len(chosen.body) <= FEATURED_PARAGRAPHS else 0
    if listed:
        return (f"coherence.listing: {len(chosen.body)} undated paragraph(s) under a headline, "
                f"among {listed} links to other stories (a home page's featured teaser)")
    paragraphs = sum(1 for pos in chosen.body if is_paragraph(page.seq[pos]))
    teasers = _dated_teasers_beside(page, chosen) if paragraphs <= FEATURED_PARAGRAPHS else 0
    if teasers >= DATED_TEASERS:
        return (f"coherence.listing: {paragraphs} paragraph(s) among {teasers} dated teasers "
                "of other stories, each a headline, its dateline and a paragraph (a home page's sections)")
    return None


def _printed_before(seq: Sequence[Block], classes: Sequence[Density]) -> list[int]:
    """Positions of prose paragraphs the page printed before: the second copy of a box that
    a page prints twice (carousel clones) must not make that box outweigh the article.
    (``_repeated_paragraphs`` drops such copies from the body.)"""
    return [pos for pos, _ in _second_copies(seq, (pos for pos, c in enumerate(classes) if c is Density.GOOD))]


def _cloned_pair(page: _Page, title: int, pairs: Counter[tuple[str, str]]) -> bool:
    """Whether the headline at ``title`` is printed again together with the line under it:
    a box of headline + teaser items that the page prints twice (a carousel's clones), not
    a page repeating its own headline (as an image's alt text, which stands alone).
    ``pairs`` counts each (line, next line) of the page; it is filled here on first use and
    shared by the page's regions, so a page of many regions stays linear."""
    seq = page.seq
    if title + 1 >= len(seq):
        return False
    if not pairs:
        pairs.update(zip((b.norm for b in seq), (b.norm for b in seq[1:])))
    return pairs[(seq[title].norm, seq[title + 1].norm)] > 1


def _closed_off(page: _Page, article: _Choice, stream: Region) -> bool:
    """Whether a teaser stream is the "more news" list under a dated story: it lies after
    the story, past a marker that ends the article ("Tin mới", "Tin cùng chuyên mục"), and
    the story is dated once (its headline's dateline next to it, no dated line in its region).
    However strong, such a list does not make the page a listing (a short news item over a
    long "Tin mới" list is still an article)."""
    if article.region is None or article.title is None or stream.start <= article.region.end:
        return False
    if not _dated_once(page, article.title, article.region):
        return False  # (a "story" whose region dates more lines is itself a box of teasers)
    return _story_closed_at(page, article.region.end + 1, stream.start) is not None


def _story_closed_at(page: _Page, start: int, stop: int) -> int | None:
    """The first position in [start, stop) of a marker that ends the article, or opens a list
    of other stories after it ("Đọc tiếp", "Xem thêm")."""
    for pos in range(start, stop):
        d = page.decisions.get(page.seq[pos].index)
        if d is not None and (d.scope == END or (d.scope == BLOCK and d.label is Label.RELATED)):
            return pos
    return None


def _dated_once(page: _Page, title: metadata.Title | None, region: Region) -> bool:
    """The story is dated (``_dated_story``) and no line of its region is a timestamp: one
    dated story (see ``coherence.listing_verdict``)."""
    return _dated_story(page, title, region) and _undated_region(page, region)


def _dated_story(page: _Page, title: metadata.Title | None, region: Region) -> bool:
    """Whether the region is a headline's story with its dateline: next to the headline; or
    right under the last paragraph, maybe past the writer's name and the credit (papers that
    print the date with the signature); or right over the first line (a converter that lost
    the headline leaves the title search a menu item, far from the dateline). Probes that
    moved or removed the dateline's neighbours made 7 of 68 and 6 of 124 held-out and corpus
    articles listings."""
    if title is None:
        return False
    return (metadata.dated_headline(page.seq, page.decisions, title.position)
            or _dated_under(page, region) or _dated_over(page, region))


def _dated_under(page: _Page, region: Region) -> bool:
    for pos in range(region.end + 1, min(len(page.seq), region.end + 1 + STORY_DATELINE_REACH)):
        if _full_dateline(page, pos):
            return True
        d = page.decisions.get(page.seq[pos].index)
        signature = metadata.name_line(page.seq[pos]) if d is None else d.label in SIGNATURE_LABELS
        if not signature:
            return False
    return False


def _dated_over(page: _Page, region: Region) -> bool:
    for pos in range(region.start - 1, max(-1, region.start - 1 - STORY_DATELINE_REACH), -1):
        if _full_dateline(page, pos):
            return True
        d = page.decisions.get(page.seq[pos].index)
        if d is None or d.label not in HEADER_LABELS:
            return False
    return False


STORY_DATELINE_REACH = 3  # lines between a story's edge and its dateline, the dateline included
SIGNATURE_LABELS = frozenset({Label.BYLINE, Label.CREDIT})


def _undated_region(page: _Page, region: Region) -> bool:
    """No line of the region is a timestamp that dates a story (``_full_dateline``): a clock
    time alone ("10:32", a live report's entry) dates none, nor does an update's stamp ("Cập
    nhật lúc 10:32 21/11/2026", which dates the text around it, not another story)."""
    for pos in range(region.start, region.end + 1):
        if _full_dateline(page, pos) and not dates.update_stamp(page.seq[pos].norm):
            return False
    return True


def _datelines(page: _Page, region: Region) -> int:
    """Timestamp lines in the region that give a full date ("Thanh Phong | 27/12/2012 10:46"),
    not a clock time alone (a live report's "10:32")."""
    return sum(1 for pos in range(region.start, region.end + 1) if _full_dateline(page, pos))


def _dated_headlines_below(page: _Page, end: int) -> int:
    """How many headline + full-date pairs follow position ``end``: the stream of a
    category page under its featured story, maybe after a few undated headlines (the
    featured story's own links). An article's own lists of other stories open with a
    marker ("Tin khác"), which ends the count, as does any line of another shape."""
    seq, n, pos = page.seq, 0, end + 1
    for _ in range(UNDATED_LEAD_IN):
        if pos < len(seq) and _headline_shaped(page, seq[pos]) and not _full_dateline(page, pos + 1):
            pos += 1
    while pos + 1 < len(seq):
        if not (_headline_shaped(page, seq[pos]) and _full_dateline(page, pos + 1)):
            break
        n, pos = n + 1, pos + 2
    return n


UNDATED_TEASER_LINKS = 20
FEATURED_PARAGRAPHS = 3  # a home page's featured block may hold two teasers: headline, lead, headline, lead
SECTION_LINKS = (3, 8)  # the featured teaser's section: at least 3 links right under it, the first 8 compared


def _undated_teaser(page: _Page, chosen: _Choice) -> int:
    """How many links to other stories (lines of lists, headline-shaped lines outside the
    region) stand beside a short story (at most ``FEATURED_PARAGRAPHS``) that no dateline
    dates, when there are at least ``UNDATED_TEASER_LINKS`` and the lines right under the
    text are headlines on unrelated subjects; else 0.

    Every story of at most 3 paragraphs in the corpus and the held-out pages is dated (its
    headline's dateline, or one in its text; 769 readings through every converter, session 11,
    but for two pages read wrongly already): undated, a paragraph or two under a headline,
    followed by headlines of other stories, is the featured block of a home page's section
    ("Thể thao" / headline / lead / the section's headlines; or headline / lead / a second
    headline / its lead, baoquangninh through Resiliparse). A story whose own list follows its
    lead (dantri's "Top 10 …": "Bukayo Saka (Anh): +10 triệu euro" / …) is told by its list's
    shared words."""
    region = chosen.region
    assert region is not None
    if metadata.find_published(page.seq, page.decisions, chosen.title, region.start, region.end) is not None:
        return 0
    below = []
    for pos in range(region.end + 1, min(len(page.seq), region.end + 1 + SECTION_LINKS[1])):
        if not _link_line(page, page.seq[pos]):
            break
        below.append(page.seq[pos].norm)
    if len(below) < SECTION_LINKS[0] or coherence.cohesion(below) >= coherence.LOW_COHESION:
        return 0
    links = sum(1 for pos, b in enumerate(page.seq) if not region.start <= pos <= region.end and _link_line(page, b))
    return links if links >= UNDATED_TEASER_LINKS else 0


DATED_TEASERS = 3


def _dated_teasers_beside(page: _Page, chosen: _Choice) -> int:
    """How many other stories the page prints as the chosen one is printed: a headline, its
    full dateline and a paragraph, outside the chosen region and not past a marker that ends
    the article or opens a list after it (an article's own "Đọc tiếp" / "Tin khác" lists may
    print their items so). A home page gives each section's featured story that shape."""
    region = chosen.region
    assert region is not None
    seq, n = page.seq, 0
    closed = _story_closed_at(page, region.end + 1, len(seq))
    stop = len(seq) if closed is None else closed
    first = chosen.title.position if chosen.title is not None else region.start
    for pos in range(stop - 2):
        if first - 1 <= pos <= region.end:
            continue
        if (_headline_shaped(page, seq[pos]) and _full_dateline(page, pos + 1)
                and page.classes[pos + 2] in (Density.GOOD, Density.NEAR)):
            n += 1
    return n


def _link_line(page: _Page, block: Block) -> bool:
    """A line of a list of links, or an unclaimed headline-shaped line (a question is one)."""
    d = page.decisions.get(block.index)
    return (d is not None and d.label in LINK_LIST_LABELS) or (d is None and packed.headline_shaped(block))


DATED_HEADLINE_WORDS = (4, 40)
UNDATED_LEAD_IN = 3


def _headline_shaped(page: _Page, block: Block) -> bool:
    """An unclaimed line of 4-40 syllables that ends with no final mark."""
    f = block.features
    return (block.index not in page.decisions and DATED_HEADLINE_WORDS[0] <= f.words <= DATED_HEADLINE_WORDS[1]
            and not features.ends_with_mark(block.norm))


def _full_dateline(page: _Page, pos: int) -> bool:
    """Whether the line at ``pos`` is a timestamp that dates a story: a full date, or a
    relative time ("Star- 6 giờ trước", the age a stream prints under each teaser). Not a
    clock time alone: a live report's entries are stamped "10:32"."""
    if pos >= len(page.seq):
        return False
    d = page.decisions.get(page.seq[pos].index)
    if d is None or d.label is not Label.TIMESTAMP:
        return False
    norm = page.seq[pos].norm
    return dates.DATE_ANY.search(norm) is not None or dates.timestamp_line(norm) == "relative_time"


# Lines a paper prints between the headline and the lead
HEADER_LABELS = frozenset({Label.TIMESTAMP, Label.BYLINE, Label.CREDIT, Label.BREADCRUMB, Label.CAPTION, Label.WIDGET})


def _attach_lead(page: _Page, choice: _Choice, t: Thresholds) -> _Choice:
    """The lead (sapo) is the paragraph right under the headline and its dateline, even
    when a related box between it and the next paragraph cut it off the region."""
    region, title = choice.region, choice.title
    if region is None or title is None or title.position + 1 >= region.start:
        return choice
    for pos in range(title.position + 1, region.start):
        d = page.decisions.get(page.seq[pos].index)
        # (a share button, "Chia sẻ", ends the article after the body; under the headline it
        # is one more header line)
        if d is not None and d.label in HEADER_LABELS and (d.scope == LINE or d.label is Label.WIDGET):
            continue
        if d is None and (LEAD_TAG.fullmatch(page.seq[pos].text) or metadata.name_line(page.seq[pos])):
            continue  # the outlet's tag that opens the lead, printed apart ("BNEWS", "(SKV) -"),
            # or the writer's name on a line of its own ("Nguyên Minh" / "- 07/03/2026 08:47")
        if d is None and (page.classes[pos] is Density.GOOD or _unstopped_lead(page.seq[pos], t)):
            return _with_line(choice, pos, "region.lead: the paragraph right under the headline")
        if d is not None and d.label is Label.DUPLICATE and _lead_twice(page, pos, region.start):
            # pages print the lead twice (see _repeated_paragraphs), one copy right under the
            # other too, which the captions rule reads as an image's alt text over its caption;
            # under the headline it is the lead: the second copy is body
            return _with_line(choice, pos + 1, "region.lead: the paragraph right under the headline, printed twice")
        break
    return choice


def _lead_twice(page: _Page, pos: int, stop: int) -> bool:
    """Whether the lines at ``pos`` and ``pos + 1`` (before ``stop``) are one lead printed
    twice: a sentence of ``LEAD_UNSTOPPED_WORDS`` syllables or more."""
    seq = page.seq
    f = seq[pos].features
    return pos + 1 < stop and seq[pos].norm == seq[pos + 1].norm and f.ends_sentence and f.words >= LEAD_UNSTOPPED_WORDS


#: An outlet's tag alone on a line, as leads open with it: "BNEWS", "TTO -", "VOV.VN -",
#: "(SKV) -", "(Dân trí) -" (one word in capitals, or a bracketed name, then maybe a dash)
LEAD_TAG = regex.compile(r"(?:\p{Lu}[\p{Lu}\d.]{2,14}|\([^()\s][^()]{1,20}\))(?:\s*[-–])?")
LEAD_UNSTOPPED_WORDS = 25  # a clause longer than any short line, though its full stop is lost


def _unstopped_lead(block: Block, t: Thresholds) -> bool:
    """A lead the density classes missed, right under the headline: 25+ syllables that end
    a sentence (a court's or a ministry's jargon has few function words: "(PLO)- VKSND khu
    vực 7 - TP.HCM đã kháng nghị …"), or prose with function words that lost its full stop
    ("BNEWS Thị trường chứng khoán Mỹ tăng điểm trở lại … TikTok")."""
    f = block.features
    return f.words >= LEAD_UNSTOPPED_WORDS and (f.ends_sentence or f.stopword_density >= t.good_min_stopword_density)


# "1. …" / "1) …" and "2. …": the first two heads of a numbered sequence of sections
FIRST_SECTION = regex.compile(r"^1[.)]\s")
SECOND_SECTION = regex.compile(r"^2[.)]\s")


def _line_above_region(page: _Page, choice: _Choice, opts: Options) -> int | None:
    """Position of the line right above the chosen region when it may still be the
    article's first line: claimed by no rule, below the headline, no longer than a
    subheading (never in precision mode, which keeps to what the region scan found)."""
    region = choice.region
    if region is None or region.start == 0 or opts.favor == "precision":
        return None
    pos = region.start - 1
    head = page.seq[pos]
    if (head.index in page.decisions or (choice.title is not None and pos <= choice.title.position)
            or len(head.norm) > opts.thresholds.subheading_max_chars):
        return None
    return pos


def _with_head(choice: _Choice, pos: int, reason: str) -> _Choice:
    """``choice`` with its region starting one line earlier, at ``pos``, which is body."""
    assert choice.region is not None
    return replace(_with_line(choice, pos, reason), region=replace(choice.region, start=pos))


def _with_line(choice: _Choice, pos: int, reason: str) -> _Choice:
    """``choice`` with the line at ``pos`` in its body, for ``reason``."""
    return replace(choice, body={**choice.body, pos: reason})


def _attach_first_section(page: _Page, choice: _Choice, opts: Options) -> _Choice:
    """A "1. …" head right above the region opens the article's numbered sections when the
    region goes on with "2. …": a related box above it cut the first head off the text."""
    pos = _line_above_region(page, choice, opts)
    if pos is None or not FIRST_SECTION.match(page.seq[pos].norm):
        return choice
    if not any(SECOND_SECTION.match(page.seq[p].norm) for p in choice.body):
        return choice
    return _with_head(choice, pos, "region.first_section: '1.' heads the numbered sections the article goes on with")


def _attach_run_on_head(page: _Page, choice: _Choice, opts: Options) -> _Choice:
    """A line ending in ':' right above the region ("Những điểm chính:" over the key points)
    introduces what the region starts with: it is the article's, though the region scan,
    which starts at text that scores, left it out."""
    pos = _line_above_region(page, choice, opts)
    if pos is None or page.seq[pos].norm[-1] not in RUN_ON or page.seq[pos].features.words < 2:
        return choice
    return _with_head(choice, pos, RUN_ON_REASON)


def _end_at_credit(page: _Page, choice: _Choice) -> _Choice:
    """Cut the chosen region at the byline or credit that signs the article."""
    region = choice.region
    if region is None:
        return choice
    labels = [page.decisions[b.index].label if b.index in page.decisions else None for b in page.seq]
    good = [c is Density.GOOD for c in page.classes]
    cut = closing_credit(labels, good, region.start, region.end)
    if cut is None:
        return choice
    body = {pos: why for pos, why in choice.body.items() if pos < cut}
    return replace(choice, region=replace(region, end=cut - 1), body=body)


# A line that ends mid-sentence ("Kính thưa các đồng chí,", "Hướng dẫn đường đi:") is never
# a headline, caption or menu item: inside the article it runs on into the text below.
RUN_ON = frozenset(",;:")
RUN_ON_REASON = "region.run_on: a line ending in ',' ';' or ':' continues into the next"


def _body_positions(page: _Page, region: Region, opts: Options, title: metadata.Title | None) -> dict[int, str]:
    """Positions in the region that are body, with the reason. Short lines are body only
    as a lone subheading between paragraphs; two or more in a row are captions of a gallery."""
    body: dict[int, str] = {}
    classes = page.classes
    for pos in range(region.start, region.end + 1):
        c = classes[pos]
        if _repeats_headline(page, pos, title):
            continue
        if c is Density.GOOD:
            body[pos] = page.why[pos]
        elif c is Density.NEAR and opts.favor != "precision":
            body[pos] = page.why[pos]
        elif c is Density.SHORT and opts.favor != "precision":
            reason = _short_line_reason(page, pos, region, body, opts)
            if reason is not None:
                body[pos] = reason
                continue
        if (opts.favor != "precision" and pos not in body and pos - 1 in body and pos > region.start
                and _continues_run_on(page, pos, region.end, body[pos - 1])):
            body[pos] = LIST_RUN_REASON
        elif pos not in body and pos - 1 in body and _between_list_items(page, pos, region.end):
            body[pos] = BETWEEN_ITEMS_REASON
    return body


CAPTION_CLAUSE_WORDS, SECTION_HEAD_WORDS = 15, 10  # a photo's caption over a section's head


def _short_line_reason(page: _Page, pos: int, region: Region, body: dict[int, str], opts: Options) -> str | None:
    """Why a SHORT line of the region is body (``body`` holds the lines above it), else None:
    a short sentence closing a paragraph, a line that runs on into the text, a lone subheading
    (or a numbered one, or one under a number or under the last photo caption of a section),
    a short question over a paragraph. Two or more short lines in a row are a gallery's captions."""
    classes, seq = page.classes, page.seq
    max_sub = opts.thresholds.subheading_max_chars
    # a line that runs on into this one ("… dự đoán được đưa ra:") introduces it
    prev_short = pos > region.start and classes[pos - 1] is Density.SHORT and body.get(pos - 1) != RUN_ON_REASON
    next_short = pos < region.end and classes[pos + 1] is Density.SHORT and not _runs_on_as_paragraph(seq[pos + 1])
    after = _past_captions(page, pos + 1, region.end)
    next_good = after <= region.end and (classes[after] in (Density.GOOD, Density.NEAR) or _runs_on_as_paragraph(seq[after]))
    lone = not prev_short and not next_short
    prev_good = pos > region.start and (classes[pos - 1] is Density.GOOD or (classes[pos - 1] is Density.NEAR and pos - 1 in body))
    if prev_good and seq[pos].features.ends_sentence and seq[pos].features.words >= 3:
        return "region.closing_sentence: a short sentence right after a body paragraph"
    if seq[pos].norm[-1] in RUN_ON and after <= region.end and (
            seq[pos].features.words >= 3 or features.ENUMERATED.match(seq[pos].norm)):
        # a numbered label ("Bước 2:") introduces its step however short it is
        return RUN_ON_REASON
    # a numbered section head ("2. Áo khoác") is one under the last section's captions too,
    # and over the first subheading of its section ("1. Dương vật bị đau … do một số bệnh
    # lý" / "Bệnh lây truyền qua đường tình dục" / its paragraph), which is one too
    head = features.ENUMERATED.match(seq[pos].norm) is not None
    over_sub = head and next_short and pos + 2 <= region.end and classes[pos + 2] in (Density.GOOD, Density.NEAR)
    under_head = (prev_short and not next_short and after == pos + 1
                  and features.ENUMERATED.match(seq[pos - 1].norm) is not None)
    # under the last photo of a section, its caption (a clause of 15+ syllables), the
    # next section's head: a few words ("Dấu hiệu nhận biết lão hóa da sớm")
    under_caption = (prev_short and not next_short and after == pos + 1
                     and seq[pos - 1].features.words >= CAPTION_CLAUSE_WORDS
                     and seq[pos].features.words <= SECTION_HEAD_WORDS and not features.ends_with_mark(seq[pos].norm))
    heads = (lone or (head and not next_short) or under_head or under_caption or opts.favor == "recall") and next_good
    if (heads or over_sub) and len(seq[pos].norm) <= max_sub and seq[pos].features.words >= 2:
        return "region.subheading: a lone short line followed by a body paragraph"
    if next_good and after == pos + 1 and _asks(seq[pos].norm) and len(seq[pos].norm) <= max_sub:
        # a caption above does not make it one: captions do not ask ("Louis Phạm là ai?")
        return "region.question_subheading: a short question right above a body paragraph"
    return None


REPEATED_PARAGRAPH_WORDS = 15  # a salutation ("Kính thưa các đồng chí,") may recur in a speech


def _repeated_paragraphs(seq: Sequence[Block], body: dict[int, str]) -> list[tuple[int, int]]:
    """(position, position of the first copy) of each body paragraph printed again: an
    article never repeats a paragraph, but pages print the lead twice (under the headline
    and again as the first paragraph)."""
    return _second_copies(seq, sorted(body))


def _second_copies(seq: Sequence[Block], positions: Iterable[int]) -> list[tuple[int, int]]:
    """(position, position of its first copy) of each paragraph of 15+ syllables among
    ``positions`` (in order) whose text an earlier one of them has."""
    first: dict[str, int] = {}
    repeats = []
    for pos in positions:
        b = seq[pos]
        if b.features.words < REPEATED_PARAGRAPH_WORDS:
            continue
        if b.norm in first:
            repeats.append((pos, first[b.norm]))
        else:
            first[b.norm] = pos
    return repeats


HEADLINE_RUN = 2  # related headlines printed without a marker above a last one that asks


def _headline_run_at_end(page: _Page, body: dict[int, str], region: Region) -> list[int]:
    """Positions of a related list printed without a marker at the article's end whose last
    headline asks a question: the density pass reads a short question as a sentence, but
    under two or more unpunctuated headlines that are not body, as the last body line, it
    is one more headline ("Hé lộ số lượng kim cương …" / "Vụ buôn lậu kim cương …" /
    "Sóng gió ngành kim cương, …: Chứng khoán tuần tới ra sao?")."""
    if not body:
        return []
    last, seq = max(body), page.seq
    run = range(last - HEADLINE_RUN, last)
    if run.start < region.start or not metadata.question_headline(seq[last].norm):
        return []
    lo, hi = metadata.RELATED_HEADLINE_WORDS
    for pos in run:
        f = seq[pos].features
        if pos in body or page.classes[pos] is not Density.SHORT or not lo <= f.words <= hi or f.ends_sentence:
            return []
    return [*run, last]


def _teaser_after_signature(page: _Page, body: dict[int, str]) -> list[int]:
    """The last body paragraph when the lines above it are the writer's name and a headline,
    under the story's paragraphs: papers sign a story with the name alone, and what follows
    a signature is another story's headline and teaser ("Bác sĩ Nguyễn Trung Cấp" / "Nhiều
    bệnh nhân Covid-19 ở Hà Nội cần tiếp máu" / its teaser)."""
    if len(body) < SIGNED_PARAGRAPHS + 1:
        return []
    last, seq = max(body), page.seq
    name, headline = last - 2, last - 1
    if name - 1 not in body or name in body or headline in body:
        return []
    if not _headline_shaped(page, seq[headline]) or page.decisions.get(seq[name].index) is not None:
        return []
    signed = metadata.name_line(seq[name])
    return [last] if signed else []


SIGNED_PARAGRAPHS = 2  # paragraphs of the story above its signature


def _asks(norm: str) -> bool:
    """A question of 2+ words: "Louis Phạm là ai?", "Vì sao giá vàng tăng?"."""
    return features.ends_question(norm) and " " in norm


RUN_ON_PARAGRAPH_WORDS = 10


def _runs_on_as_paragraph(block: Block) -> bool:
    """A sentence-long line that runs on into a list ("Một số thực phẩm tốt cho người huyết
    áp cao gồm:") is a paragraph to its neighbours, though it ends without a full stop."""
    return block.norm[-1] in RUN_ON and block.features.words >= RUN_ON_PARAGRAPH_WORDS


LIST_RUN_REASON = "region.run_on_list: a short line of the list or salutations a line ending in ',' ';' or ':' opens"
LIST_RUN_MAX = 12  # lines: a list inside an article, not a page of links


def _continues_run_on(page: _Page, pos: int, end: int, before: str) -> bool:
    """Whether the short line at ``pos`` belongs to the run that the body line above opens
    ("Một số thực phẩm tốt … gồm:" / "- Chuối" / "- Yến mạch"; "Kính thưa …," / "Kính thưa
    Hội nghị."): the line above ends in ',' ';' ':' (or is itself in such a run), and the run
    of short lines and bullet items from ``pos`` is followed by a paragraph inside the region.
    What a line that runs on introduces is article text, however short its lines are."""
    if before != LIST_RUN_REASON and page.seq[pos - 1].norm[-1] not in RUN_ON:
        return False
    stop = pos
    while stop <= end and stop - pos < LIST_RUN_MAX and _list_line(page, stop):
        stop += 1
    return stop > pos and stop <= end and page.classes[stop] in (Density.GOOD, Density.NEAR)


BETWEEN_ITEMS_REASON = "region.list_item: a bullet item between two body items of the same list"


def _between_list_items(page: _Page, pos: int, end: int) -> bool:
    """A bullet item ("- Điện thoại đã bị chèn mã lạ …") that the headlines rule claimed
    (no final stop), with a body item of the same bullet above and a prose item below: the
    items of one list share a fate, whatever punctuation each one ends with."""
    if pos >= end or page.decisions.get(page.seq[pos].index) is not headlines.LIST_ITEM_DECISION:
        return False
    bullet = page.seq[pos].norm[:2]
    above, below = page.seq[pos - 1], page.seq[pos + 1]
    return (above.norm[:2] == bullet and below.norm[:2] == bullet
            and page.classes[pos + 1] in (Density.GOOD, Density.NEAR))


def _list_line(page: _Page, pos: int) -> bool:
    """A short line no rule claimed, or a bullet item ("- Chuối"), which headlines claims."""
    d = page.decisions.get(page.seq[pos].index)
    return d is headlines.LIST_ITEM_DECISION if d is not None else page.classes[pos] is Density.SHORT


def _repeats_headline(page: _Page, pos: int, title: metadata.Title | None) -> bool:
    """The headline printed again inside the article is an image's alt text, not a subheading."""
    return title is not None and pos != title.position and page.seq[pos].norm == page.seq[title.position].norm


def _past_captions(page: _Page, pos: int, end: int) -> int:
    """The first position from ``pos`` that is not a photo caption nor a bare address: a
    subheading is often followed by the section's photo and only then by its first
    paragraph, and a converter may print the photo's link as its text
    ("1. Kiểm soát lượng calo nạp vào" / "https://suckhoeviet.org.vn/" / the paragraph)."""
    while pos <= end:
        b = page.seq[pos]
        d = page.decisions.get(b.index)
        if d is None or (d.label is not Label.CAPTION and not _bare_address(b.norm)):
            return pos
        pos += 1
    return pos


def _bare_address(norm: str) -> bool:
    """A line that is only a link's address ("https://suckhoeviet.org.vn/")."""
    return "://" in norm and " " not in norm


#: Fewest syllables of a body with no headline above it. Every story of the corpus and the
#: held-out pages has a headline; the shortest bodies (a one-paragraph item: 33 syllables)
#: have theirs. Text this short with none is a site's note ("(*) Lưu ý: Dữ liệu được tổng hợp
#: …" under a list of dated headlines); a longer body whose headline was missed is kept.
UNTITLED_MIN_WORDS = 60


def extract_blocks(blocks: list[Block], opts: Options) -> Article:
    """The pipeline on prepared blocks (from text lines or, later, DOM nodes)."""
    computed = _LINE_FEATURES  # repeated lines share their (frozen) features
    for b in blocks:
        b.features = computed[b.norm]
    return _extract(blocks, opts)


def _extract(blocks: list[Block], opts: Options) -> Article:
    """``extract_blocks`` once every block's features are filled."""
    decisions = run_rules(blocks)
    seq = [b for b in blocks if b.norm]
    page = _classify(seq, decisions, opts.thresholds)
    page.boxed = (boxes.open_inline_boxes(seq, decisions, page.classes, page.why, page.pos_of)
                  | boxes.listed_boxes(seq, decisions, page.pos_of))
    choice = _choose(page, opts)
    region, title, body = choice.region, choice.title, choice.body
    labels: dict[int, tuple[Label, str]] = {}
    if region is not None and opts.favor != "recall":
        announced = coherence.announced_count(title.text) if title is not None else None
        spaced = spaces_paragraphs(seq)
        for pos in coherence.tail_teasers(seq, body, region.start, region.end, spaced, announced):
            body.pop(pos, None)
            labels[seq[pos].index] = (Label.TEASER, "coherence.tail_teasers: headline + teaser pairs closing the article")
        if announced is None:
            for pos in coherence.inline_teasers(seq, body, region.start, region.end):
                body.pop(pos, None)
                labels[seq[pos].index] = (Label.TEASER, "coherence.inline_teasers: a headline printed against a teaser that restates it, inside the article")
        for pos in _headline_run_at_end(page, body, region):
            body.pop(pos, None)
            labels[seq[pos].index] = (Label.HEADLINE_LIST, "region.headline_run: related headlines closing the article, the last one a question")
        for pos in _teaser_after_signature(page, body):
            body.pop(pos, None)
            labels[seq[pos].index] = (Label.TEASER, "region.teaser_after_signature: another story's teaser under the writer's name that signs this one")
    teasers = coherence.other_leads(seq, body)
    for pos in teasers:
        body.pop(pos)
        labels[seq[pos].index] = (Label.TEASER, "coherence.other_lead: another story's lead (or its headline): it opens with the lead's outlet mark")
    for pos, first in _repeated_paragraphs(seq, body):
        body.pop(pos)
        labels[seq[pos].index] = (Label.DUPLICATE, f"region.paragraph_repeat: the paragraph of line {seq[first].index + 1} printed again")
    if title is None and body and opts.favor != "recall":
        words = sum(seq[pos].features.words for pos in body)
        if words < UNTITLED_MIN_WORDS:
            for pos in body:
                labels[seq[pos].index] = (Label.BOILERPLATE, (f"region.untitled_fragment: {words} syllables under no headline "
                                                              "are no story (a note or a disclaimer on a page of links)"))
            body.clear()
    published = author = source = category = None
    if body and region is not None:
        end = max(body.keys() | teasers)  # the signature follows another story's teaser that closes the text
        published = metadata.find_published(seq, decisions, title, region.start, end)
        author, source, byline_positions = metadata.find_credits(seq, decisions, title, end, min(body))
        category = metadata.find_category(seq, decisions, title)
        for pos in byline_positions:
            labels.setdefault(seq[pos].index, (Label.BYLINE, "metadata.byline: author or credit next to the article"))
        if title is not None:
            labels[seq[title.position].index] = (Label.TITLE, "metadata.title: headline-shaped line above the lead")
            for pos in range(region.start, region.end + 1):
                if _repeats_headline(page, pos, title) and seq[pos].index not in page.decisions:
                    labels[seq[pos].index] = (Label.DUPLICATE, "region.headline_repeat: the headline printed again (an image's alt text)")
    for pos, reason in body.items():
        labels[seq[pos].index] = (Label.BODY, reason)
    lines = _lines(blocks, labels, page, region, choice.listing)
    paragraphs = tuple(seq[pos].text for pos in sorted(body))
    page_type = "listing" if choice.listing else ("article" if paragraphs else "empty")
    return Article(
        paragraphs=paragraphs,
        title=title.text if title is not None and paragraphs else None,
        published=published,
        author=author,
        source=source,
        category=category,
        page_type=page_type,
        lines=lines,
    )


def _lines(blocks: list[Block], labels: dict[int, tuple[Label, str]], page: _Page, region: Region | None, listing: str | None) -> tuple[Line, ...]:
    """One ``Line`` per block: the pipeline's label, else the rule decision, else why the
    region pass left it out. (One loop with local names: it runs for every input line.)"""
    out = []
    decisions, classes, pos_of = page.decisions, page.classes, page.pos_of
    blank, teaser, prose = Label.BLANK, Label.TEASER, (Density.GOOD, Density.NEAR)
    for b in blocks:
        index = b.index
        if index in labels:
            label, reason = labels[index]
        elif not b.norm:
            label, reason = blank, _blank_reason(b)
        elif index in decisions:
            d = decisions[index]
            label, reason = d.label, d.reason
        elif listing and classes[pos_of[index]] in prose:
            label, reason = teaser, listing
        else:
            label, reason = _outside_label(b, page, region)
        out.append(Line(index + 1, b.text, label, reason))
    return tuple(out)


_PRINTS_NOTHING = "normalize.prints_nothing: only marks that print nothing (Markdown '**', '# ', '[ ](#)'; '&nbsp;')"


def _blank_reason(b: Block) -> str:
    """Why a block with nothing to match is blank: an empty line, or marks that print nothing."""
    return "blank line" if not b.text else _PRINTS_NOTHING


def _outside_label(b: Block, page: _Page, region: Region | None) -> tuple[Label, str]:
    pos = page.pos_of[b.index]
    prose = page.classes[pos] in (Density.GOOD, Density.NEAR)
    if region is not None and region.start <= pos <= region.end:
        if prose:
            return Label.BOILERPLATE, f"options.favor: not clearly body ({page.why[pos]})"
        return Label.CAPTION, f"region.short_in_article: not a lone subheading ({page.why[pos]})"
    if prose:
        return Label.TEASER, f"region.outside: prose outside the article region ({page.why[pos]})"
    return Label.BOILERPLATE, f"region.outside: outside the article region ({page.why[pos]})"

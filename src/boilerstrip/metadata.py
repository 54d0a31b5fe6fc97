"""Metadata detector: title, publication time, author, source and category.

All of them are found by position relative to the article region: the headline is the
headline-shaped line just above the lead; the dateline, byline and breadcrumb sit around
the headline; credits and the author's name follow the last paragraph.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Sequence

import regex

from . import markdown, reflow
from .features import ENUMERATED, INNER_SENTENCE, WORD, ends_question, ends_sentence, ends_with_mark, several_sentences
from .memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from .rules import captions, chrome, credits, dates, markers
from .rules.base import BLOCK, LINE, Decision, link_list_item, without_list_bullet
from .types import Block, Label

TITLE_WINDOW = 14  # non-blank blocks searched above the lead for the headline
TITLE_MIN_WORDS, TITLE_MAX_CHARS = 3, 250
# A Q&A column labels the reader's question and the expert's answer ("Hỏi: Tôi thường bị mệt
# mỏi, …?", "Trả lời: …"): text of the column, however it ends, not its headline
QA_LABEL = regex.compile(r"^(?:câu hỏi|hỏi|đáp|trả lời)\s*:", regex.I)
# "Chiến thuật của Nga … | Báo Dân trí": the <title> line printed at the top of the page
SITE_SUFFIX = regex.compile(r"\s+[|–-]\s+[^|–-]{2,40}$")
# "Tinhte.vn - Cộng đồng Khoa học & Công nghệ": the site's address and slogan, a masthead
# printed in the header and again in the footer. A headline never opens with the address
# (a lead may, "VOV.VN - Giá cà phê …", but ends in a full stop and is no title anyway).
SITE_NAME_FIRST = regex.compile(r"^[\w-]{1,30}(?:\.[\w-]{1,30}){0,2}\.(?:vn|com|net|org|info|tv|asia)\s*[-–|:]\s", regex.I)
# Labels a headline may carry from the rule pass: printed twice, or with a timestamp glued on
TITLE_COMPATIBLE = frozenset({Label.DUPLICATE, Label.HEADLINE_LIST})


@dataclass(frozen=True)
class Title:
    position: int  # in the non-blank sequence
    text: str  # the headline itself (glued timestamp removed)
    glued_timestamp: str | None
    repeated: bool = False  # the page prints it again (its <title> line, or the headline twice)


def _display(block: Block) -> str:
    """Metadata is reported as printed (NFC, single spaces), not in the matching form."""
    return _PRINTED[block.text][0]


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``, without the split when it changes nothing: printable
    text has no whitespace but " " (every other space character is unprintable)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _stamp_and_text(text: str) -> tuple[str, str] | None:
    """(timestamp, the text glued to it) of a line the headlines detector read as a headline
    glued to its time; the timestamp may come first or last."""
    split = dates.split_glued_timestamp(text)
    if not split:
        return None
    return split if dates.parse_datetime(split[0]) else (split[1], split[0])


def _title_shape(block: Block, decision: Decision | None) -> tuple[str, str | None] | None:
    text = _display(block)
    glued = None
    if decision is not None:
        if decision.label not in TITLE_COMPATIBLE and not (decision.label is Label.CAPTION and (
                decision is captions.ABOVE_CREDIT or captions.media_headline(text))):
            return None
        if decision.label is Label.HEADLINE_LIST:
            split = _stamp_and_text(text)
            if not split:
                return None
            glued, text = split
            text = chrome.without_follow_prompt(text)  # a section's name and the follow button glued after it
    if len(text) > TITLE_MAX_CHARS or text.endswith(".") and not text.endswith("..."):
        return None  # (tested before counting words: paragraphs in the window are long)
    if "://" in text or text[:1] == "<" or text[-1:] in (":", ",") or ("." in text[:40] and SITE_NAME_FIRST.match(text)):
        return None  # an address or markup left by the converter is no headline, nor a line that runs on
    if len(WORD.findall(text)) < TITLE_MIN_WORDS or several_sentences(text) or (":" in text and QA_LABEL.match(text)):
        return None
    if text[0] == "(" and text.find(")") == len(text) - 1:
        return None  # a note in brackets, whole: the reader's place under a question, "(Hòa Thành, Đông Hòa)"
    if _opens_lowercase(text):
        return None  # the rest of a sentence ("' bắt đầu bởi", a forum's byline cut at its links)
    if credits.looks_like_person(text) or markers.glued_interface_run(text):
        return None  # a person's name, or a toolbar whose buttons a converter glued together
    return text, glued


def _opens_lowercase(text: str) -> bool:
    """Whether the line's first word, past opening marks, is all lowercase letters: headlines
    open with a capital or a number ("5 vũ khí …"); a brand's name keeps one ("iPhone 5 …")."""
    head = text.lstrip(_OPENING_MARKS)
    if not head[:1].islower():
        return False
    word = head.split(None, 1)[0]
    return word == word.lower()


_OPENING_MARKS = " '\"“‘«([*•-–—"


def _may_have_site_suffix(text: str) -> bool:
    """Necessary for SITE_SUFFIX on single-spaced text: the suffix is at most 40 characters
    after " | ", " - " or " – ", so that separator lies in the last 44 characters."""
    tail = text[-44:]
    return " | " in tail or " - " in tail or " – " in tail


def _printed(text: str) -> tuple[str, str | None]:
    """A line as printed (single-spaced, Markdown marks and addresses left out, no list
    bullet) and, for a "<title> | Site" line, without its site name. (Converters print the
    items of a list with a bullet, "* 8/3 boy vào bếp …", and sites put headlines in lists.)"""
    spaced = _single_spaced(markdown.rewrite(text) if markdown.may_be_markdown(text) else text)
    spaced = without_list_bullet(spaced)
    if _may_have_site_suffix(spaced):
        bare = SITE_SUFFIX.sub("", spaced)
        if bare != spaced:
            return spaced, bare
    return spaced, None


# A pure function of the line, and the site's frame repeats on all its pages (memo.py).
_PRINTED = BoundedMemo(_printed, LINE_ENTRIES, LINE_KEY)


def display_counts(blocks: Sequence[Block]) -> Counter[str]:
    """How often each printed line (and each "<title> | Site" line without its site name)
    occurs on the page; computed once per page for the headline-repetition test."""
    counts: Counter[str] = Counter()
    printed = _PRINTED
    for line, times in Counter(b.text for b in blocks).items():  # pages repeat lines
        text, bare = printed[line]
        counts[text] += times
        if bare is not None:
            counts[bare] += times
    return counts


DATELINE_BONUS = 6.0
# Some papers print the dateline over the headline ("Chủ nhật, 26/01/2025 - 15:29" / the
# headline / the lead); a page header's clock sits over a menu line too, so it counts less
DATELINE_ABOVE_BONUS = 3.0
# A headline is a full clause: each syllable past 6 adds a quarter point, up to 3 (17+
# syllables), so a short interface line nearer the lead ("Xem hồ sơ doanh nghiệp") does
# not outscore the headline a few lines above it.
TITLE_FULL_WORDS, TITLE_WORD_BONUS, TITLE_LENGTH_BONUS = 6, 0.25, 3.0
# The longest headline among the 147 of the corpus and held-out gold has 32 syllables; the
# lead under it, when it lacks its full stop, is longer ("BNEWS Thị trường chứng khoán Mỹ …": 38)
TITLE_MAX_WORDS = 35


def dateline_follows(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether the line after ``pos`` is a timestamp: papers print the dateline under the headline."""
    d = decisions.get(blocks[pos + 1].index) if pos + 1 < len(blocks) else None
    return d is not None and d.label is Label.TIMESTAMP


def dated_headline(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether the headline at ``pos`` has its dateline right under or right above it (some
    papers print the date first: "21-11-2026 - 08:15 AM" over the headline), or under the
    byline that is right under it ("Q.Chung (Theo AFP)" / "08:19' - 15/09/2020")."""
    return _dated_below(blocks, decisions, pos) or _dateline_above(blocks, decisions, pos)


def _dated_below(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether a dateline is under the line at ``pos``, maybe past its byline and credit."""
    below = pos
    while below + 1 < len(blocks) and below - pos < BYLINES_OVER_DATELINE:
        d = decisions.get(blocks[below + 1].index)
        if d is None:
            # a writer's name no rule claims, right over the dateline ("Minh Châu" / "10:20' -
            # 21/11/2026"; the dateline is looked for first: most lines here are paragraphs)
            return dateline_follows(blocks, decisions, below + 1) and name_line(blocks[below + 1])
        if d.label not in (Label.BYLINE, Label.CREDIT):
            break
        below += 1
    return dateline_follows(blocks, decisions, below)


def _dateline_above(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    d = decisions.get(blocks[pos - 1].index) if pos > 0 else None
    return d is not None and d.label is Label.TIMESTAMP


BYLINES_OVER_DATELINE = 2  # byline and credit lines between a headline and its dateline


def find_title(
    blocks: Sequence[Block],
    decisions: dict[int, Decision],
    lead: int,
    counts: Counter[str] | None = None,
    shapes: dict[int, tuple[str, str | None] | None] | None = None,
) -> Title | None:
    """The headline: the nearest headline-shaped line above the lead (or the lead's own
    first line when that is headline-shaped), preferring one the page repeats (the
    <title> line "X | Site", or the headline printed twice).

    ``counts`` (:func:`display_counts`) and ``shapes`` (position -> headline shape, filled
    here) may be shared by the calls for one page: candidate regions overlap, so their
    title windows do."""
    if counts is None:
        counts = display_counts(blocks)
    if shapes is None:
        shapes = {}
    found: list[tuple[float, int, bool, str, str | None, bool]] = []  # (score, position, dated, text, glued, repeated)
    bottom = _window_bottom(blocks, decisions, lead)
    for pos in range(lead, bottom - 1, -1):
        b = blocks[pos]
        d = decisions.get(b.index)
        if found and d is not None and d.label is Label.RELATED and d.scope == BLOCK:
            # the headline-shaped lines right under a related-box marker are its items ("Tin
            # liên quan" and its headlines, printed between the lead and the text); a headline
            # with its dateline under it may still end such a run (a box above the headline)
            end = pos + 1
            while end <= lead and shapes.get(end) is not None:
                end += 1
            found = [f for f in found if f[1] >= end or f[2]]
        shape = _shape_at(blocks, decisions, shapes, pos)
        if shape is None:
            continue
        text, glued = shape
        if pos == lead and ends_sentence(text) and not question_headline(text):
            continue
        if glued is None and _between_dated_items(blocks, decisions, shapes, pos):
            continue  # one item of a list of headlines, each with its date
        if glued is not None and _in_headline_list(blocks, decisions, pos):
            continue  # one dated item of a list of headlines ("04/09/2026 18:07 SJS: …" between two more)
        if d is captions.ABOVE_CREDIT and pos > 0 and _shape_at(blocks, decisions, shapes, pos - 1) is not None:
            continue  # a photo's caption under the headline, not a headline printed as one
        distance = lead - pos
        # the headline's own syllables: a glued timestamp's numbers are not ("24-09-2026 12:02
        # Hoạt động hội" is a 3-word section label after a date, not an 8-word headline)
        words = b.features.words if glued is None else len(WORD.findall(text))
        own = 1 if _display(b) == text else 0
        repeated = words >= 5 and counts[text] > own
        # "1. …" heads a section of the article; papers print the dateline under the headline
        dated = _dated_below(blocks, decisions, pos)
        score = (10.0 - distance + (6.0 if repeated else 0.0) - _shape_penalty(text, words, dated)
                 - (6.0 if ENUMERATED.match(text) else 0.0)
                 + (DATELINE_BONUS if dated else DATELINE_ABOVE_BONUS if _dateline_above_own(blocks, decisions, pos, shapes) else 0.0)
                 + min(max(words - TITLE_FULL_WORDS, 0) * TITLE_WORD_BONUS, TITLE_LENGTH_BONUS))
        found.append((score, pos, dated, text, glued, repeated))
    best = max(found, key=lambda f: f[0], default=None)  # the first of equal scores: the nearest
    if best is not None:
        best = _restated(found, best)
    return Title(best[1], best[3], best[4], best[5]) if best else None


def _shape_penalty(text: str, words: int, dated: bool) -> float:
    """What a line loses for not reading like a headline: section names ("Bất động sản",
    "World Cup 2022") sit just above headlines, capitals are a label's, and a line longer
    than any headline is a lead that lost its full stop. A short line with the dateline
    right under it loses half: that is where papers print the headline ("Sức khỏe" / "Bị lõm
    ngực" / "22/10/2008 19:23 GMT+7", where the full penalty let a menu row above it win);
    where a section's name sits over the dateline instead, the headline under the dateline
    still outscores it (its own dateline above it and its length)."""
    if words > TITLE_MAX_WORDS:
        return SHAPE_PENALTY
    if text.isupper():
        return SHAPE_PENALTY  # (a name in capitals sits over the dateline too: "AN AN - VŨ LINH")
    if words <= SHORT_TITLE_WORDS:
        return SHAPE_PENALTY / 2 if dated and words >= TITLE_MIN_WORDS else SHAPE_PENALTY
    return 0.0


SHORT_TITLE_WORDS, SHAPE_PENALTY = 4, 6.0


def _restated(found: list[tuple[float, int, bool, str, str | None, bool]],
              best: tuple[float, int, bool, str, str | None, bool]) -> tuple[float, int, bool, str, str | None, bool]:
    """The headline that ``best`` asks about again: health and Q&A pages head their first
    section with the headline turned into a question ("Nhiễm Mycoplasma Genitalium STD" /
    "Tìm hiểu chung" / "Nhiễm Mycoplasma Genitalium STD là gì?"), and a short headline loses
    to it on length. Only a question a few words longer, with a line between the two (a
    section name right over a headline that extends it, "Chính sách mới" / "Chính sách mới
    có hiệu lực từ tháng 3/2026", is no headline)."""
    if not ends_question(best[3]):
        return best
    for f in found:
        if (f[1] < best[1] - 1 and best[3].startswith(f[3] + " ")
                and len(best[3][len(f[3]):].split()) <= RESTATED_TAIL_WORDS):
            return f
    return best


RESTATED_TAIL_WORDS = 3  # "… là gì?", "… là bệnh gì?"


def _window_bottom(blocks: Sequence[Block], decisions: dict[int, Decision], lead: int) -> int:
    """The highest position the title search reaches from ``lead``: ``TITLE_WINDOW`` lines,
    not counting the items of a related box that a marker heads (``Tin liên quan`` and its
    ten dated headlines printed between the lead and the text, dantri's mobile page), up to
    ``TITLE_REACH`` lines. A list no marker announces counts (a stream of dated filings)."""
    pos, budget = lead, TITLE_WINDOW
    while pos > 0 and lead - pos < TITLE_REACH:
        if link_list_item(decisions.get(blocks[pos].index)):
            top = pos
            while top > 0 and lead - top < TITLE_REACH and link_list_item(decisions.get(blocks[top - 1].index)):
                top -= 1
            head = decisions.get(blocks[top - 1].index) if top > 0 else None
            if head is not None and head.scope == BLOCK and head.label is Label.RELATED:
                pos = top - 1  # (the marker itself counts)
                continue
        if not _control(decisions.get(blocks[pos].index)):
            budget -= 1
            if budget == 0:
                break
        pos -= 1
    return pos


def _control(d: Decision | None) -> bool:
    """An interface line (a button, a player's voice): a read-aloud player prints a dozen of
    them between the headline and the lead. (Not dates: a list of headlines, each over its
    date, would then reach twice as far up.)"""
    return d is not None and d.scope == LINE and d.label is Label.WIDGET


TITLE_REACH = 3 * TITLE_WINDOW


def _shape_at(blocks: Sequence[Block], decisions: dict[int, Decision],
              shapes: dict[int, tuple[str, str | None] | None], pos: int) -> tuple[str, str | None] | None:
    """``_title_shape`` of the line at ``pos``, remembered in ``shapes`` (shared by the title
    windows of one page, which overlap)."""
    if pos not in shapes:
        shapes[pos] = _title_shape(blocks[pos], decisions.get(blocks[pos].index))
    return shapes[pos]


def _dateline_above_own(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int,
                        shapes: dict[int, tuple[str, str | None] | None]) -> bool:
    """Whether the dateline right above ``pos`` is its own, not the one under a headline of
    5+ syllables above it ("Dùng trà trị hôi chân" / its byline and date / a keyword line)."""
    if not _dateline_above(blocks, decisions, pos):
        return False
    if pos < 2:
        return True
    over = _shape_at(blocks, decisions, shapes, pos - 2)
    return over is None or len(WORD.findall(over[0])) < OWN_DATELINE_WORDS


OWN_DATELINE_WORDS = 5  # a headline of this many syllables over a dateline owns it


def _between_dated_items(blocks: Sequence[Block], decisions: dict[int, Decision],
                         shapes: dict[int, tuple[str, str | None] | None], pos: int) -> bool:
    """Whether the line at ``pos`` goes on a list of headlines each printed over or under its
    date ("TCR: …" / its date / "SJS: …" / its date / "SDT: …"): the line above it is a date
    under a headline, and that headline has a date over it too, or ``pos`` has its own date
    under it and another headline under that. The page's own headline has no dated headline
    right over it."""
    if pos < 2 or not _dateline_above(blocks, decisions, pos) or _shape_at(blocks, decisions, shapes, pos - 2) is None:
        return False
    if _dateline_above(blocks, decisions, pos - 2):
        return True
    return (pos + 2 < len(blocks) and dateline_follows(blocks, decisions, pos)
            and _shape_at(blocks, decisions, shapes, pos + 2) is not None)


def _in_headline_list(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether a line next to ``pos`` is a headline of a list too: a headline glued to its
    date is the page's own only where no other one sits against it."""
    for near in (pos - 1, pos + 1):
        d = decisions.get(blocks[near].index) if 0 <= near < len(blocks) else None
        if d is not None and d.label is Label.HEADLINE_LIST:
            return True
    return False


#: Most syllables of a headline that asks ("Sân Mỹ Đình 'hết duyên' với đội tuyển Việt Nam?")
QUESTION_HEADLINE_WORDS = 25


def question_headline(text: str) -> bool:
    """A short line ending in '?' opens the region as its headline, not as its first
    sentence: papers often title a story with a question, and the density pass reads such
    a line as a short sentence of the text below it. A paragraph that asks is longer or
    runs on in further sentences."""
    return ends_question(text) and len(WORD.findall(text)) <= QUESTION_HEADLINE_WORDS and not INNER_SENTENCE.search(text)


def find_published(blocks: Sequence[Block], decisions: dict[int, Decision], title: Title | None, start: int, end: int) -> datetime | None:
    """The dateline nearest the headline (a page header's "today" date is farther away);
    failing that, the first dated line above the lead."""
    if title is not None and title.glued_timestamp:
        found = dates.parse_datetime(title.glued_timestamp)
        if found:
            return found
    anchor = title.position if title else start
    dated = [p for p in range(max(0, anchor - 12), min(len(blocks), end + 1))
             if blocks[p].index in decisions and decisions[blocks[p].index].label in (Label.TIMESTAMP, Label.HEADLINE_LIST)]
    # nearest first, and of two as near the one under the headline (a page header's clock
    # sits above it); the posted date before the updated one: "Cập nhật …" lines come last
    dated.sort(key=lambda p: (UPDATED.match(blocks[p].norm) is not None, abs(p - anchor), p < anchor, p))
    for pos in dated:
        b = blocks[pos]
        if decisions[b.index].label is Label.TIMESTAMP:
            found = dates.parse_datetime(b.norm)
        elif abs(pos - anchor) <= DATELINE_REACH:
            found = _dated_section(b.norm)
        else:
            found = None
        if found:
            return found
    for pos in range(min(len(blocks) - 1, end + 6), end, -1):  # a dateline printed after the body
        d = decisions.get(blocks[pos].index)
        if d is not None and d.label is Label.TIMESTAMP:
            found = dates.parse_datetime(blocks[pos].norm)
            if found:
                return found
    return None


_DATE_BITS = regex.compile(r"(?i:\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cập nhật|ngày đăng|đăng lúc)\b)|\d{1,2}[:h]\d{2}(?::\d{2})?|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\(?GMT\s*\+\s*0?7(?::00)?\)?|\b(?:AM|PM)\b")


def strip_dates(text: str) -> str:
    """'PP, Theo Trí Thức Trẻ 00:03 03/06/2016' → 'PP, Theo Trí Thức Trẻ'."""
    return regex.sub(r"[\s|,–-]+$", "", _DATE_BITS.sub(" ", text)).strip()


#: A dateline that says when the story was updated, not published
UPDATED = regex.compile(r"^\W*(?:cập nhật|updated?|sửa đổi lúc|chỉnh sửa lúc)\b", regex.I)
DATELINE_REACH = 2  # a dateline glued to a section name sits next to the headline
SECTION_MAX_WORDS = 4


def _dated_section(text: str) -> datetime | None:
    """The date of a dateline printed with the section's name ("21-11-2026 - 08:15 AM |
    Thị trường chứng khoán"): the rule detectors read it as a headline glued to its time,
    but a section name is a few words, never a headline's clause."""
    split = _stamp_and_text(text)
    if not split:
        return None
    stamp, rest = split
    rest = chrome.without_follow_prompt(rest)  # the follow button glued after the section's name
    if len(WORD.findall(rest)) > SECTION_MAX_WORDS:
        return None
    return dates.parse_datetime(stamp)


AFTER_BODY_WINDOW = 8  # blocks after the last paragraph searched for the author line
AFTER_TITLE_WINDOW = 3


def _credit_or_name(block: Block, decision: Decision | None, capitals: bool = False,
                    pen_names: bool = False) -> tuple[str | None, str | None, str | None] | None:
    """(name line, credited author, credited source) for a byline-shaped block, else None.
    ``capitals``: a name printed in capitals counts too (only where the article is signed);
    ``pen_names``: one that opens with no family name as well ("SONG MAI")."""
    if block.text.lstrip()[:1] == "#":
        return None  # a hashtag ("# Tiên Sơn Thanh Hoá" under the text) names a subject, not its writer
    text = _display(block)
    dated = decision is not None and decision.label is Label.TIMESTAMP  # a name glued to a date
    after_date = False
    if decision is not None and decision.label in _INTERFACE:
        return None  # a button ("[Quay lại]" reads as a bracketed outlet, like "(TTXVN)")
    if dated:
        # the name glued before the date ("Nguyên Minh - 07/03/2026 08:47"; a section name
        # may follow the date: "Theo Phạm Trường | 20-07-2026 - 00:15 AM | Chứng khoán"),
        # else what is left around it
        before = strip_dates(_DATE_BITS.split(text, 1)[0])
        text = before or strip_dates(text)
        if dates.dateline_words_only(text):
            return None  # "17:27 Ngày 04/06/2018": a dateline's own words, no name
        after_date = not before
        text = text.strip(_NAME_SEPARATORS)  # "Tin: Tường Minh - Ảnh: Đỗ Hiền•"
    text = regex.sub(r"^(?:bởi|by)\s+", "", text, flags=regex.I)
    found = credits.credit(text)
    if found:
        rule, who, src = found
        # "Hà Thu (tổng hợp)" is reported as printed, note included (docs/evaluation.md)
        return None, (text if rule == "author_note" else who), src
    if decision is not None and decision.label not in (Label.TIMESTAMP, Label.BYLINE):
        return None
    # the separators around a name glued to its date: "MAI QUẾ • 08/01/2026 10:02",
    # "15-01-2024 13:04|Quỳnh Vân", "Nguyên Minh - 07/03/2026 08:47"
    name = _AVATAR_INITIAL.sub("", text.strip(_NAME_SEPARATORS))
    if after_date and len(name.split()) < FULL_NAME_WORDS:
        return None  # after the date a single word is the section ("08:52 | 11/11/2024 Multimedia")
    if name and (credits.looks_like_person(name) or credits.looks_like_signed_expert(name)
                 or (capitals and credits.looks_like_upper_names(name)) or (pen_names and credits.upper_names(name))):
        return name, None, None
    # Names in capitals glued before the story's date are its writers, pen names included
    # ("DIỄM LỆ• 17/09/2016 07:41", "AN AN - VŨ LINH Thứ tư, 17/04/2024"): on the corpus and
    # held-out pages every such glue is a writer's name or initials, never a section.
    if name and dated and not after_date and credits.upper_names(name):
        return name, None, None
    # "Thế Duyệt, Đời sống Pháp luật 16/07/2026 16:35": the writer, then after a comma the
    # outlet the story was taken from (its "Theo …" line names it; only the writer is read here)
    if dated and not after_date and "," in name:
        writer = name.split(",", 1)[0].strip()
        if credits.looks_like_person(writer):
            return writer, None, None
    return None


def name_line(block: Block) -> bool:
    """Whether an unclaimed line is a person's name as papers sign a story with it (a name,
    or one after a professional title: "Bác sĩ Nguyễn Trung Cấp")."""
    found = _credit_or_name(block, None)
    return found is not None and found[0] is not None


_INTERFACE = frozenset((Label.NAVIGATION, Label.WIDGET))
_NAME_SEPARATORS = " -–|,•·"
#: "H Hà Anh": templates print the writer's avatar as the name's first letter, which a
#: converter glues to the name (a letter alone, then a name that starts with it)
_AVATAR_INITIAL = regex.compile(r"^(\p{Lu}) (?=\1\p{Ll})")


def _related_headline(block: Block) -> bool:
    """A clause of 5-30 syllables without final punctuation, or a short question: a headline
    of the related box papers print between the last paragraph and the author's name."""
    f = block.features
    return RELATED_HEADLINE_WORDS[0] <= f.words <= RELATED_HEADLINE_WORDS[1] and (
        not ends_with_mark(block.norm) or question_headline(block.norm))  # or one that asks


RELATED_HEADLINE_WORDS = (5, 30)
FULL_NAME_WORDS = 2


@dataclass
class _Credits:
    """What the byline zones gave so far (``find_credits``)."""

    names: list[str] = field(default_factory=list)  # name lines, first found first
    author: str | None = None  # the person a credit names ("Theo Nguyễn Tiến (VnExpress.net)")
    source: str | None = None
    positions: set[int] = field(default_factory=set)

    def take(self, pos: int, name: str | None, who: str | None, src: str | None) -> None:
        if name:
            self.names.append(name)
        self.author = self.author or who
        self.source = self.source or src
        self.positions.add(pos)


def find_credits(blocks: Sequence[Block], decisions: dict[int, Decision], title: Title | None, end: int,
                 lead: int | None = None) -> tuple[str | None, str | None, set[int]]:
    """(author, source, byline positions). The author is the name line that closes the
    article (papers print it right after the last paragraph, before or after the 'Theo …'
    credit, past any inline related box), else the byline under the headline (or under the
    lead, at position ``lead``, when a dateline or widget follows it), else the person
    named in the credit."""
    found = _Credits()
    after = range(end + 1, min(len(blocks), end + 1 + AFTER_BODY_WINDOW))
    _read_byline_zone(blocks, decisions, after, found, after_body=True, lead=None)
    if title is not None:
        near_title = range(title.position + 1, min(len(blocks), title.position + 1 + AFTER_TITLE_WINDOW))
        if lead is not None and lead in near_title:
            near_title = range(near_title.start, min(len(blocks), near_title.stop + 1))  # the lead takes no room
        _read_byline_zone(blocks, decisions, near_title, found, after_body=False, lead=lead)
    return (found.names[0] if found.names else found.author), found.source, found.positions


def _read_byline_zone(blocks: Sequence[Block], decisions: dict[int, Decision], zone: range, found: _Credits,
                      after_body: bool, lead: int | None) -> None:
    """Read the bylines and credits of one zone (after the body, or under the headline)
    into ``found``, until a paragraph, a menu or a section marker ends the zone."""
    past_box = past_marker = False
    for pos in zone:
        d = decisions.get(blocks[pos].index)
        if pos == lead:
            continue  # papers that print the lead first sign the story under it
        if pos in found.positions:
            continue  # the outlet under "Theo <writer>", read already ("Tiền Phong" reads as a name too)
        # a name in capitals signs the article only right after its last paragraph, or
        # right before the box of other stories, past the inline related headlines
        # ("SONG MAI" over "Tin liên quan"): there pen names count too (a section name in
        # capitals heads its own headlines, not a marker)
        if not after_body and _avatar_initial(blocks, pos):
            continue  # "H" over "Hà Anh": the writer's avatar, printed as the name's first letter
        signs_box = after_body and _marker_follows(blocks, decisions, pos)
        # a name right over the dateline under the headline is its writer's, as when a
        # converter glues the two ("AN AN - VŨ LINH" / "Thứ tư, 17/04/2024 06:23")
        # ... and so is a name right under it, over the lead ("11/10/2025 10:02" / "THUẬN VĂN - LÊ ÁNH")
        by_date = not after_body and (_dateline_below(blocks, decisions, pos) or _dateline_above(blocks, decisions, pos))
        credit = _credit_or_name(blocks[pos], d, capitals=(after_body and (not past_box or signs_box)) or by_date,
                                 pen_names=signs_box or by_date)
        if credit is not None and lead is not None and pos > lead and not _header_follows(blocks, decisions, pos):
            credit = None  # under the lead, a name line followed by a paragraph is a subheading
        if credit is None:
            if after_body and d is not None and d.label is Label.RELATED and d.scope == BLOCK:
                # "Bài liên quan" and its headlines: the source credit may follow the box
                # (a name line there is the box's, not the article's signature)
                past_box = past_marker = True
                continue
            if d is not None and d.scope != LINE:
                past = _credit_past_tags(blocks, decisions, pos + 1) if after_body and d.label is Label.TAGS else None
                if past is not None and found.source is None:
                    _, who, src = _credit_or_name(blocks[past], decisions[blocks[past].index]) or (None, None, None)
                    found.take(past, None, who, src)
                return  # a section marker: the byline zone is over
            if d is None:
                if not _related_headline(blocks[pos]):
                    return  # a paragraph or a menu: the byline zone is over
                past_box = True  # a headline of an inline related box
            continue
        name, who, src = credit
        if past_marker and (name is not None or src is None):
            continue
        listed = credits.author_list(blocks, pos) if d is not None and d.reason.startswith(credits.MORE_AUTHORS_REASON) else range(0)
        if listed:  # "NHẬT XUÂN và 1 tác giả khác" over the names: every author, as one byline prints them
            who = " - ".join(_display(blocks[p]) for p in listed)
            found.positions.update(listed)
        if past_box and name and len(name.split()) < FULL_NAME_WORDS:
            return  # past a related box only a full name signs the article, not "Cafebiz"
        if who is None and src is not None and _display(blocks[pos]).startswith("Theo "):
            outlet = _outlet_below(blocks, decisions, pos, src)
            if outlet is not None:  # "Theo Thanh Xuân" over "VnEconomy": a writer, then the outlet
                who, src = src, outlet
                found.positions.add(pos + 1)
        found.take(pos, name, who, src)


def _avatar_initial(blocks: Sequence[Block], pos: int) -> bool:
    """A capital alone over a name that starts with it: the avatar templates print for the
    writer (glued to the name, ``_AVATAR_INITIAL`` reads it)."""
    text = blocks[pos].text
    if len(text) != 1 or not text.isupper() or pos + 1 >= len(blocks):
        return False
    below = blocks[pos + 1].text
    return len(below) > 1 and below[0] == text and below[1].islower()


def _dateline_below(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether the dateline follows the line at ``pos``, maybe past a separator line ("•")
    that a converter printing one line per text node leaves between name and date."""
    for below in range(pos + 1, min(len(blocks), pos + 3)):
        d = decisions.get(blocks[below].index)
        if d is not None and d.label is Label.TIMESTAMP:
            return True
        if blocks[below].text not in reflow.ROW_SEPARATORS:
            return False
    return False


TAG_LIST_LINES, TAG_WORDS = 8, 6


def _credit_past_tags(blocks: Sequence[Block], decisions: dict[int, Decision], start: int) -> int | None:
    """Some papers print the source credit after the story's tag list ("Tags" / "clip nóng" /
    "Theo tienphong.vn"): past the tags (short lines, interface lines) the first credit line
    ("Theo …", "Nguồn: …") is the story's; its position, if any. A name line there is a tag,
    never the author."""
    for pos in range(start, min(len(blocks), start + TAG_LIST_LINES)):
        d = decisions.get(blocks[pos].index)
        if d is not None and d.label is Label.CREDIT:
            return None if _heads_a_story(blocks, decisions, pos) else pos
        if (d is not None and d.scope != LINE) or (d is None and blocks[pos].features.words > TAG_WORDS):
            return None
    return None


def _heads_a_story(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether the credit at ``pos`` heads another story: a headline no rule claims under it,
    then a paragraph (a press review prints whole stories so, "Theo vnexpress.net" / the
    headline / the text, right after the tags of the page's own)."""
    if pos + 2 >= len(blocks) or blocks[pos + 1].index in decisions:
        return False
    head, text = blocks[pos + 1].features, blocks[pos + 2].features
    return (HEADLINE_MIN_WORDS <= head.words <= TITLE_MAX_WORDS and not head.ends_sentence
            and text.words >= STORY_TEXT_WORDS and text.ends_sentence)


HEADLINE_MIN_WORDS, STORY_TEXT_WORDS = 5, 15


def _marker_follows(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether the line after ``pos`` opens or ends a section ("Tin liên quan", "Tags")."""
    d = decisions.get(blocks[pos + 1].index) if pos + 1 < len(blocks) else None
    return d is not None and d.scope != LINE


def _header_follows(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int) -> bool:
    """Whether a rule claimed the line after ``pos`` (a dateline, a share widget): the byline
    printed under a lead sits in such a cluster, a subheading is followed by its paragraph."""
    return pos + 1 < len(blocks) and blocks[pos + 1].index in decisions


OUTLET_MAX_WORDS = 5


def _outlet_below(blocks: Sequence[Block], decisions: dict[int, Decision], pos: int, credited: str) -> str | None:
    """The outlet under a "Theo <writer>" credit: aggregators print the writer they took the
    story from, then the outlet's name alone on the last line of the article ("Theo Tùng
    Linh" / "Nhịp sống kinh tế"). Only a person's name is read as the writer, and only a
    single short capitalised line with nothing but sections or the page's end below it as
    the outlet (a run of short lines there is a tag list)."""
    if not credits.looks_like_person(credited) or len(credited.split()) < FULL_NAME_WORDS:
        return None
    if pos + 1 >= len(blocks) or blocks[pos + 1].index in decisions:
        return None
    below = blocks[pos + 1]
    f = below.features
    if not 1 <= f.words <= OUTLET_MAX_WORDS or f.ends_sentence or not below.norm[:1].isupper():
        return None
    if pos + 2 < len(blocks) and blocks[pos + 2].index not in decisions:
        return None
    return _display(below)


def find_category(blocks: Sequence[Block], decisions: dict[int, Decision], title: Title | None) -> str | None:
    """The last breadcrumb item above the headline ("Trang chủ Quốc tế Nhịp sống" → the
    path; a bare section name line just above the headline otherwise)."""
    if title is None:
        return None
    for pos in range(title.position - 1, max(-1, title.position - 6), -1):
        b = blocks[pos]
        d = decisions.get(b.index)
        if d is not None and d.label is Label.BREADCRUMB:
            crumb = regex.sub(r"^(?:Trang chủ|Home)\s*[>›»❯/|-]?\s*", "", _display(b), flags=regex.I)
            crumb = regex.sub(r"^Trở lại\s+", "", crumb).rstrip(" >›»❯/|")  # a path may end in its separator
            return crumb or None
        if d is None:
            if len(WORD.findall(b.norm)) <= 4 and not ends_sentence(b.norm) and b.norm[:1].isupper():
                return _display(b)
            return None  # a longer line between: a section name above it belongs to a menu
    return None

"""Image captions, photo credits and media labels.

Vietnamese papers credit photos inside the caption: "… (Ảnh: Reuters)." (Dân trí),
"… Ảnh: Hoàng Phong" (VnExpress), "(Ảnh minh họa)". A caption is recognised by such a
credit at its start or end, never by its wording, so a body sentence that mentions
"ảnh" is untouched.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..memo import BoundedMemo, LINE_ENTRIES, LINE_KEY
from ..types import Block, Label
from .base import LINE, Decision, case_variants
from .layout import spaces_paragraphs

# "minh họa" in both tone spellings (the match form writes "hoạ"; a page may print "họa")
_MINH_HOA = r"minh\s*h(?:oạ|ọa|oa)"
_MEDIA = r"(?:Ảnh|Hình|Hình ảnh|Ảnh chụp|Ảnh chụp màn hình|Nguồn ảnh|Đồ họa|Đồ hoạ|Video|Clip|Infographic|Photo|Tranh|Biểu đồ|Minh họa|Minh hoạ)"
#: Words whose first syllable is a media word: "Ảnh hưởng" (influence), "Tranh chấp" (a
#: dispute), "Hình thành" are the opening of a heading or a headline, not a media label
_NOT_MEDIA = r"(?:Ảnh\s+hưởng|Hình\s+(?:thành|thức|sự|phạt|dung|dạng|tượng)|Tranh\s+(?:chấp|cãi|luận|thủ|giành|cử|đấu))(?!\w)"
# "Ảnh: Reuters" / "Video: VTV" / "Ảnh minh họa" as the whole line (the media word a word of
# its own: not "Photoshop", "Videocon"; a menu's plural label is one: "Videos"); "Ảnh: T.L",
# "Ảnh: N.Khánh" (initials: a dot after a capital does not end the credit, as in CREDIT_SUFFIX)
CREDIT_LINE = regex.compile(
    rf"^[(\[]?(?!{_NOT_MEDIA})(?:{_MEDIA}|Videos|Photos|Infographics)(?!\w)\s*(?:{_MINH_HOA})?\s*(?::|-|–)?\s*"
    r"(?:[^.!?]|(?-i:(?<=\p{Lu}))\.){0,60}[)\]]?\.?$",
    regex.I)
# "... Ảnh: Hoàng Phong" / "... (Ảnh: AP)." / "... (ảnh: Getty)" / "... Ảnh: Bệnh viện cung cấp" /
# "... - Ảnh: H.Y.T." (initials: a dot after a capital does not end the credit)
# (the bracketed form is case-insensitive: Dân trí prints "(ảnh: Getty)." as often as "(Ảnh: …)")
CREDIT_SUFFIX = regex.compile(rf"(?:(?i:[(\[]\s*{_MEDIA}(?:\s*{_MINH_HOA})?\s*(?:[:/-]|–)[^()\[\]]{{1,80}}[)\]]\.?)|[.!?…]?\s+{_MEDIA}(?:\s*{_MINH_HOA})?\s*:\s*(?:[^.:()]|(?<=\p{{Lu}})\.){{1,60}}\.?|\((?:Ảnh|ảnh)\s*{_MINH_HOA}\)\.?)\s*$")
# "… đến xem. Ảnh Trọng Đức.": the credit without its colon, the photographer's name in
# capitals after the caption's last sentence (not "… . Ảnh hưởng …": a name is capitalised)
NAMED_CREDIT_SUFFIX = regex.compile(r"[.!?…]\s+Ảnh\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}\.?$")
# "… tặng AirTag - Ảnh chụp màn hình" / "… (Ảnh chụp màn hình)": the photo is a screenshot,
# which credits it as a photographer's name would (with a name: "(Ảnh chụp màn hình: …)" is
# CREDIT_SUFFIX's)
SCREENSHOT_SUFFIX = regex.compile(r"(?:[.!?…]\s+|\s+[-–]\s+|\s*[(\[])(?:Ảnh|ảnh|Hình|hình)\s+chụp\s+màn\s+hình[)\]]?\.?$")
# "Ảnh: Dương Tử" / "(Ảnh: Reuters)": a named photo credit as the whole line (not a
# "Video" or "Ảnh" menu label, not "Video: <a clip's title>")
PHOTO_CREDIT = regex.compile(r"^[(\[]?(?:Ảnh|Hình|Hình ảnh|Ảnh chụp|Nguồn ảnh|Đồ họa|Đồ hoạ|Photo)\s*:\s*[^.!?:]{1,60}[)\]]?\.?$", regex.I)
# "Ảnh minh họa." alone or "(Ảnh minh họa)"; "Ảnh có tính minh họa", "Hình ảnh mang tính chất
# minh họa" (the photo only illustrates the story), maybe with where it came from: "Ảnh có
# tính minh họa. Nguồn internet"
ILLUSTRATION = regex.compile(
    rf"^[(\[]?(?:hình\s+)?ảnh\s*(?:(?:có|mang)\s+tính(?:\s+chất)?\s+)?{_MINH_HOA}[)\]]?\.?"
    r"(?:\s*[-–]?\s*\(?nguồn\s*:?\s*[^.!?()]{1,40}\)?\.?)?$", regex.I)


#: The media words of photo and video credits ("Ảnh", "Video", "Đồ họa" …): the alternatives of _MEDIA.
MEDIA_WORDS = tuple(_MEDIA[3:-1].split("|"))
# Cheap necessary conditions, tested first because most lines are not captions:
# ILLUSTRATION and CREDIT_LINE (case-insensitive, anchored) start with a bracket or
# their first word; CREDIT_SUFFIX holds a media word in some case ("(ảnh: Getty)" is
# case-insensitive) and a bracket ("(Ảnh: X)") or a colon ("… Ảnh: X").
_ILLUSTRATION_FIRST = frozenset("([") | case_variants("ảh")
_CREDIT_LINE_FIRST = frozenset("([") | case_variants("".join(w[0] for w in MEDIA_WORDS))
_SUFFIX_WORDS = tuple(dict.fromkeys(w.lower() for w in MEDIA_WORDS))


def _may_have_credit_suffix(text: str) -> bool:
    """Necessary for CREDIT_SUFFIX (the costly test: it is tried at every position)."""
    if ":" not in text and "(" not in text and "[" not in text:
        return False
    low = text.lower()
    for word in _SUFFIX_WORDS:
        if word in low:
            return True
    return False


def ends_with_credit(text: str) -> bool:
    """Whether the line ends with a photo credit ("… Ảnh: Reuters", "… (ảnh: Getty).",
    "… Ảnh Trọng Đức.", "… - Ảnh chụp màn hình")."""
    return ((_may_have_credit_suffix(text) and CREDIT_SUFFIX.search(text) is not None)
            or (" Ảnh " in text[-50:] and NAMED_CREDIT_SUFFIX.search(text[-50:]) is not None)
            or ("màn hình" in text[-12:] and SCREENSHOT_SUFFIX.search(text[-30:]) is not None))


# "CLIP: Ô tô bất ngờ bốc cháy trên vỉa hè" / "Video: …": a clause (6+ words) after a video
# label is the clip's caption inside an article, and the story's headline where it heads
# the page
MEDIA_HEADLINE = regex.compile(r"^[(\[]?(?:video|clip)\s*[:)\]]\s*(?:\S+\s+){5,}\S+$", regex.I)


def media_headline(text: str) -> bool:
    """Whether a media label line names a clip with a clause of 6+ words (not a credit
    "Video: VTV"): such a line is the headline when it stands where a headline stands."""
    return text[:1] in _MEDIA_HEADLINE_FIRST and MEDIA_HEADLINE.match(text) is not None


_MEDIA_HEADLINE_FIRST = frozenset("([") | case_variants("vc")
#: Longest "Clip: <a sentence>" line read as a clip's caption ("Clip: Trang trại lợn nơi xảy
#: ra vụ tai nạn lao động làm 5 người chết, 2 người bị thương."); a paragraph is longer. (With
#: its colon and its full stop: "[Video] <headline>" and "Clip: <headline> 20 giờ trước" are
#: items of a list of videos, headlines.media_tag and headlines.dated_item.)
MEDIA_CAPTION_MAX_CHARS = 200
_MEDIA_LABEL = Decision(Label.CAPTION, "captions.media_label: a photo/video credit line", LINE)
_CREDIT_SUFFIX = Decision(Label.CAPTION, "captions.credit_suffix: ends with a photo credit ('Ảnh: …')", LINE)


# "Hiệu suất của PYN Elite. (Nguồn: PYN Elite Fund).", "Kỹ sư LILAMA 18 lắp đặt thiết bị lò
# hơi … (Nguồn: Bộ Xây dựng)": a chart's or a photo's caption credits where it came from; a
# paragraph that cites its source is longer (SOURCE_CAPTION_MAX_CHARS)
SOURCE_SUFFIX = regex.compile(r"\S\s*\((?:Nguồn|nguồn)\s*:\s*[^()]{2,60}\)\.?$")
SOURCE_CAPTION_MAX_CHARS = 160
_SOURCE_SUFFIX = Decision(Label.CAPTION, "captions.source_suffix: a short line that credits its source in brackets, a chart's or photo's caption", LINE)


# "Bài viết do Sơn Tùng M-TP (@sontungmtp) chia sẻ", "A post shared by … (@…)": the credit line
# an embedded social post prints under it (Instagram's embed; its "Xem bài viết này trên
# Instagram" button is in data/line_phrases.tsv), read as a subheading between two paragraphs;
# "— Name (@handle) November 23, 2026": an embedded tweet's signature
SOCIAL_EMBED = regex.compile(
    r"^(?:(?:Một\s+)?(?:bài viết|bài đăng|video|ảnh)\s+(?:do|được chia sẻ bởi|chia sẻ bởi)\s+[^()]{1,60}?\(@[\w.]{1,40}\)(?:\s+(?:đã\s+)?chia sẻ)?"
    r"|An?\s+(?:post|video|photo)\s+shared\s+by\s+[^()]{1,60}?\(@[\w.]{1,40}\)"
    r"|[—–-]\s*[^()]{1,60}?\(@\w{1,30}\)\s+\p{L}+\s+\d{1,2},\s+\d{4})\.?$",
    regex.I,
)
SOCIAL_EMBED_MAX_CHARS = 160
_SOCIAL_EMBED = Decision(Label.CAPTION, "captions.social_embed: the credit line of an embedded social media post", LINE)


def _credit_kind(text: str) -> Decision | None:
    """The caption rules that read the line alone (the repeated-line rule reads two)."""
    if "(@" in text and len(text) <= SOCIAL_EMBED_MAX_CHARS and SOCIAL_EMBED.match(text):  # every alternative has "(@"
        return _SOCIAL_EMBED
    first = text[0]
    if (first in _ILLUSTRATION_FIRST and ("inh" in text or "INH" in text) and ILLUSTRATION.match(text)) or (
        len(text) <= 80 and first in _CREDIT_LINE_FIRST and CREDIT_LINE.match(text)
    ) or (len(text) <= MEDIA_CAPTION_MAX_CHARS and text[-1] in ".!?…" and ":" in text[:7] and first in _MEDIA_HEADLINE_FIRST
          and MEDIA_HEADLINE.match(text)):
        return _MEDIA_LABEL
    if len(text) <= 400 and ends_with_credit(text):
        return _CREDIT_SUFFIX
    if len(text) <= SOURCE_CAPTION_MAX_CHARS and text[-1] in ")." and "guồn" in text and SOURCE_SUFFIX.search(text):
        return _SOURCE_SUFFIX
    return None


# A pure function of the line; a page's captions share their credit suffix wording.
_CREDIT_KINDS = BoundedMemo(_credit_kind, LINE_ENTRIES, LINE_KEY)


#: Words of a caption read off the credit under it (a longer line is a paragraph, a
#: shorter one a label).
CAPTION_ABOVE_CREDIT_WORDS = (3, 40)
ABOVE_CREDIT = Decision(Label.CAPTION, "captions.above_credit: the caption of the photo credited on the next line", LINE)
_CREDITED_CAPTION = Decision(Label.CAPTION, "captions.credited_caption: the line its photo credit is printed against", LINE)


#: A Markdown line that opens with an image ("![alt](src) Khung thành …", "[![alt](src)](page) …"):
#: converters print a figure's caption beside its image, and a paragraph never opens with a
#: photo (on the dev pages flattened by html2text: 40 such lines with text, none of them body).
#: Not a table row ("![](img) | **Bước 1:** Trộn bột …"): there the text is the next cell.
_IMAGE_FIRST = ("![", "[![")
_IMAGE_CAPTION = Decision(Label.CAPTION, "captions.image_caption: the text printed beside an image is its caption", LINE)


def _captions_above_credit(pairs: Sequence[tuple[Block, Block]], out: dict[int, Decision], spaced: bool) -> None:
    """The line right above a named photo credit ("Ảnh: Dương Tử", "ẢNH: TRẦN HOÀNG") is
    that photo's caption:
    - on a page that spaces its paragraphs (``spaced``), when the credit is printed against
      it: a converter prints a caption and its credit as one block, and a paragraph stands
      apart from the credit of the photo below it;
    - on any page, when it does not end a sentence: papers that print the credit on its own
      line print the caption right above it, and a paragraph ends with a full stop. (A
      caption that is a full sentence is left alone there: a credit-only photo may follow
      a short paragraph.)
    ``pairs``: (line above, media-label line) for every media label of the page."""
    low, high = CAPTION_ABOVE_CREDIT_WORDS
    for above, b in pairs:
        if above.index in out or not PHOTO_CREDIT.match(b.norm):
            continue
        f = above.features
        if f is None or f.words < low:
            continue
        if spaced and b.tight:
            out[above.index] = _CREDITED_CAPTION
        elif f.words <= high and not f.ends_sentence and above.norm[-1] not in ",;:":
            out[above.index] = ABOVE_CREDIT


def detect(blocks: Sequence[Block]) -> dict[int, Decision]:
    out: dict[int, Decision] = {}
    kinds = _CREDIT_KINDS
    prev = None
    labelled: list[tuple[Block, Block]] = []  # (line above, media label)
    for b in blocks:
        text = b.norm
        if not text:
            continue
        decision = kinds[text]
        if decision is not None:
            out[b.index] = decision
            if decision is _MEDIA_LABEL and prev is not None:
                labelled.append((prev, b))
        elif b.link_density is not None and b.text.startswith(_IMAGE_FIRST) and "|" not in b.text:  # (an image has "](")
            out[b.index] = _IMAGE_CAPTION
        elif prev is not None and text == prev.norm and len(text) >= 20:
            # alt text followed by the same caption, or a headline printed twice (link title
            # and link text): neither copy is a paragraph, which a page never prints twice
            out[b.index] = Decision(Label.DUPLICATE, f"captions.repeated_line: same as line {prev.index + 1}", LINE)
            if prev.index not in out:
                out[prev.index] = Decision(Label.DUPLICATE, f"captions.repeated_line: printed again on line {b.index + 1}", LINE)
        prev = b
    if labelled:
        _captions_above_credit(labelled, out, spaces_paragraphs(blocks))
    return out

"""Freeze what ``extract()`` returns, to prove a refactor changes nothing.

    python benchmarks/snapshot_outputs.py save    [--out FILE]   # before the change
    python benchmarks/snapshot_outputs.py compare [--out FILE]   # after it: exit 1 on any diff

Why: performance work must keep the output byte-identical. The snapshot holds, as JSON:

* ``pages``: ``extract(text, favor=...).to_dict(with_lines=True)`` for every
  ``tests/fixtures/*/*.txt`` page under the three ``favor`` settings, plus variants of
  each page that reach other code paths (NFD-decomposed, old-style tone marks swapped
  around, lines shuffled with a fixed seed, CRLF line ends) and synthetic hostile inputs
  (empty, a 2 MB single line, 50k short lines, ...);
* ``lines``: for every distinct line of the fixture pages, the per-line internals that
  feed the decisions (match form, features, each rule detector's verdict, the public
  ``rules.dates`` functions), so a change that happens to be masked in the final output
  is still caught.

Results depend on today's year (two-digit years, relative dates), so save and compare on
the same day. Comparing prints the first differing keys and exits non-zero.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
import time
import unicodedata
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import boilerstrip  # noqa: E402
from boilerstrip import extract, features, normalize  # noqa: E402
from boilerstrip.pipeline import RULE_DETECTORS  # noqa: E402
from boilerstrip.rules import credits, dates, headlines  # noqa: E402
from boilerstrip.rules.base import line_key  # noqa: E402
from boilerstrip.types import Block  # noqa: E402

DEFAULT_OUT = ROOT / "out_snapshot" / "snapshot.json"
FAVORS = ("balanced", "precision", "recall")
REF = datetime(2024, 1, 15, 9, 30)

# old style <-> new style tone placement, to exercise canonical_tone on every page
_SWAP = {"hoà": "hòa", "hòa": "hoà", "khoẻ": "khỏe", "khỏe": "khoẻ", "thuỷ": "thủy", "thủy": "thuỷ",
         "quý": "qúy", "Hoà": "Hòa", "Hòa": "Hoà", "toà": "tòa", "tòa": "toà", "hoá": "hóa", "hóa": "hoá",
         "uỷ": "ủy", "ủy": "uỷ", "già": "gìa", "mới": "mơí"}


def fixture_texts() -> list[tuple[str, str]]:
    return [(f"{p.parent.name}/{p.stem}", p.read_text("utf-8")) for p in sorted(ROOT.glob("tests/fixtures/*/*.txt"))]


def _swap_tones(text: str) -> str:
    for a, b in _SWAP.items():
        text = text.replace(a, "\x00" + b + "\x00")
    return text.replace("\x00", "")


def _shuffle(text: str, seed: int) -> str:
    lines = text.splitlines()
    random.Random(seed).shuffle(lines)
    return "\n".join(lines)


def hostile_texts(pages: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rng = random.Random(7)
    sample = pages[0][1]
    prose = " ".join(pages[1][1].split())
    alphabet = "aàáảãạăâêôơưđ hòa khỏe thủy qùy gìa 12/11/2023 15:30 GMT+7 (48 phút trước) | › » - , . : ! ? \" ' &amp; &#7889;"
    out = [
        ("empty", ""),
        ("spaces", " \t \n\u00a0\n\u3000"),
        ("crlf_only", "\r\n\r\n"),
        ("one_line_2mb", (prose + " ") * (2_000_000 // (len(prose) + 1) + 1)),
        ("one_line_digits_2mb", "12/11/2023 15:30 " * 120_000),
        ("one_line_nospace_20k", "ạ" * 20_000),
        ("short_lines_50k", "\n".join(rng.choice(["Tin mới", "12", "- a", "Trang chủ", "»", "Ảnh: AP", "hòa", "Xem thêm >>", ""]) for _ in range(50_000))),
        ("random_lines_20k", "\n".join("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(20_000))),
        ("nfd_page", unicodedata.normalize("NFD", sample)),
        ("crlf_page", sample.replace("\n", "\r\n")),
        ("cr_page", sample.replace("\n", "\r")),
        ("mixed_breaks", sample.replace("\n", "\u2028", 50).replace("\n", "\x85", 50)),
        ("entities", sample.replace(" ", "&nbsp;", 200).replace("a", "&#97;", 100)),
        ("invisibles", sample.replace(" ", " \u200b", 300).replace("o", "o\u00ad", 100)),
        ("long_line_nested", "(" * 100_000 + "Ảnh: " + ")" * 100_000),
        ("pipes", "|".join(["Tin mới"] * 50_000)),
    ]
    return out


def page_cases() -> list[tuple[str, str]]:
    pages = fixture_texts()
    cases = list(pages)
    for name, text in pages:
        cases.append((name + "#nfd", unicodedata.normalize("NFD", text)))
        cases.append((name + "#tones", _swap_tones(text)))
        cases.append((name + "#shuffled", _shuffle(text, len(text))))
        cases.append((name + "#crlf", text.replace("\n", "\r\n")))
    cases += [("hostile/" + n, t) for n, t in hostile_texts(pages)]
    return cases


def _digest(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _decision(d: object) -> object:
    return None if d is None else [d.label.value, d.reason, d.scope]


def line_internals(lines: list[str]) -> dict[str, object]:
    """Per-line internals for every distinct line (single-line pages for the detectors)."""
    out: dict[str, object] = {}
    memo: dict[str, str] = {}
    for raw in lines:
        norm = normalize.match_form(raw, memo)
        b = Block(0, normalize.display_form(raw), norm)
        b.features = features.compute(norm)
        rec = {
            "norm": norm,
            "display": b.text,
            "features": dataclasses.astuple(b.features),
            "key": line_key(norm),
            "rules": [_decision(det.detect([b]).get(0)) for det in RULE_DETECTORS],
            "timestamp_line": dates.timestamp_line(norm),
            "split_glued": dates.split_glued_timestamp(norm),
            "trailing_rel": dates.trailing_relative_time(norm),
            "parse": str(dates.parse_datetime(norm)),
            "parse_rel": str(dates.parse_datetime(norm, REF)),
            "credit": credits.credit(norm),
            "person": credits.looks_like_person(norm),
            "doubled": headlines.doubled(norm),
        }
        out[raw] = rec
    return out


def build() -> dict[str, object]:
    snap: dict[str, object] = {"pages": {}, "lines": {}}
    t0 = time.perf_counter()
    for name, text in page_cases():
        for favor in FAVORS:
            if name.startswith("hostile/") and favor != "balanced" and len(text) > 100_000:
                continue
            snap["pages"][f"{name}|{favor}"] = extract(text, favor=favor).to_dict(with_lines=True)
    lines = sorted({line for _, text in fixture_texts() for line in text.splitlines()})
    lines += [unicodedata.normalize("NFD", line) for line in lines[:2000]]
    snap["lines"] = line_internals(lines)
    snap["_meta"] = {"seconds": round(time.perf_counter() - t0, 1), "module": boilerstrip.__file__}
    return snap


def compare(old: dict, new: dict) -> int:
    bad = 0
    for section in ("pages", "lines"):
        a, b = old[section], new[section]
        if set(a) != set(b):
            print(f"{section}: key sets differ: {sorted(set(a) ^ set(b))[:5]}")
            bad += 1
        for key in sorted(set(a) & set(b)):
            if a[key] != b[key]:
                bad += 1
                if bad <= 10:
                    detail = ""
                    if isinstance(a[key], dict):
                        diff = [k for k in a[key] if a[key].get(k) != b[key].get(k)]
                        detail = f" fields {diff}"
                        if "lines" in diff:
                            for la, lb in zip(a[key]["lines"], b[key]["lines"]):
                                if la != lb:
                                    detail += f"\n    old {la}\n    new {lb}"
                                    break
                        elif diff:
                            detail += f"\n    old {str(a[key][diff[0]])[:300]}\n    new {str(b[key][diff[0]])[:300]}"
                    print(f"DIFF {section} {key[:80]!r}{detail}")
                else:  # the rest by name only: which records changed matters as much as how
                    print(f"DIFF {section} {key[:80]!r}")
    n = len(old["pages"]) + len(old["lines"])
    print(f"{'IDENTICAL' if not bad else f'{bad} DIFFERENCES'}: {len(old['pages'])} page outputs, {len(old['lines'])} line records "
          f"(digest {_digest([old['pages'], old['lines']])[:12]} vs {_digest([new['pages'], new['lines']])[:12]}); checked {n}")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("save", "compare"))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    print(f"boilerstrip from {boilerstrip.__file__}")
    snap = build()
    print(f"built in {snap['_meta']['seconds']} s")
    if args.mode == "save":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(snap, ensure_ascii=False, default=str), "utf-8")
        print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
        return
    old = json.loads(args.out.read_text("utf-8"))
    new = json.loads(json.dumps(snap, ensure_ascii=False, default=str))
    sys.exit(compare(old, new))


if __name__ == "__main__":
    main()

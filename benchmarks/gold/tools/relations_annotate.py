"""Turn a relation annotation sheet into gold records with offsets (no article text).

The annotator writes names, trigger words and short anchors; this helper finds the
offsets and refuses anything ambiguous, so no offset in the gold is typed by hand.
Sheets stay outside the repository (they quote a few words of the articles).

Sheet format (UTF-8)::

    ## <article id>
    <type> | <subject> | <object> | <trigger> | <anchor> | <polarity> | <arguments>

- ``trigger``: exact text of the trigger (verb group or noun), searched inside the
  evidence sentence; ``trigger@K`` takes its K-th occurrence (1-based) there.
- ``anchor``: a snippet that occurs exactly once in the article and lies in the
  evidence sentence (``-``: the trigger itself is unique in the article). The
  evidence sentence is the one the rule splitter below puts around the anchor;
  ``head~~tail`` instead gives the sentence explicitly when the splitter is wrong.
- ``arguments``: ``-`` or ``key=value`` pairs separated by `` ; ``. ``amount=`` and
  ``object=`` values are text, stored as ``{"start", "end"}`` offsets; ``role=``,
  ``product=`` and ``claims=`` (comma-separated) are labels written by the
  annotator; ``attempt=true|false`` is a boolean.
- ``#`` starts a comment; an article block with no line records "no relation".

Usage:
    python benchmarks/gold/tools/relations_annotate.py SHEET --corpus CORPUS \
        --ids SAMPLE.tsv --split dev --out benchmarks/gold/relations-dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from relations_verify import DEFAULT_CORPUS, POLARITIES, TYPES, check_record, load_texts

# Abbreviations after which a full stop does not end a French sentence.
_ABBREV = {"M", "Mme", "Mmes", "MM", "Mlle", "Dr", "Me", "Mgr", "St", "Ste", "av", "J.-C", "etc", "cf", "p", "n°", "No"}
# A sentence ends at final punctuation followed by space and a capital, or glued to
# a capital after a lower-case word (some feeds drop the space: "pays.Rien"), or at a
# line break.
_END = re.compile(
    r"[.!?…]+[»\"”)]*(?=\s+[«\"“(A-ZÀ-ÖØ-Þ0-9])"
    r"|(?:(?<=[a-zà-ÿ0-9»\"”)])|(?<=[A-ZÀ-ÖØ-Þ]{2}))[.!?…]+[»\"”)]*(?=[A-ZÀ-ÖØ-Þ«])"
    r"|\n+"
)


class SheetError(ValueError):
    pass


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation rule; written here because the gold must not
    depend on the parser whose output it measures."""
    spans, start = [], 0
    for match in _END.finditer(text):
        word = re.search(r"([\w.-]+)[.]+$", text[start : match.start() + 1])
        if match.group().startswith(".") and word and (word.group(1) in _ABBREV or len(word.group(1)) == 1):
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    # Trim surrounding whitespace so that offsets point at text.
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def pattern(snippet: str) -> re.Pattern:
    """The snippet as typed, tolerant of the corpus's typography: any space matches
    any space (no-break ones included) and ' matches ’, so the annotator need not
    reproduce invisible characters. Offsets still come from the text itself."""
    parts = []
    for char in snippet:
        if char.isspace():
            if parts[-1:] != [r"\s+"]:
                parts.append(r"\s+")
        elif char in "'’":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts))


def find_all(text: str, snippet: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    hi = len(text) if hi is None else hi
    return [(lo + m.start(), lo + m.end()) for m in pattern(snippet).finditer(text[lo:hi])]


def unique(text: str, snippet: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    found = find_all(text, snippet, lo, hi)
    if len(found) != 1:
        raise SheetError(f"{snippet!r} found {len(found)} times (need exactly 1)")
    return found[0]


def resolve_span(text: str, value: str, lo: int, hi: int) -> tuple[int, int]:
    if "~~" in value:
        head, tail = value.split("~~", 1)
        s, head_end = unique(text, head, lo, hi)
        tails = find_all(text, tail, head_end)
        if not tails:
            raise SheetError(f"{tail!r} not found after {head!r}")
        return s, tails[0][1]
    return unique(text, value, lo, hi)


def evidence(text: str, anchor: str, trigger: str) -> tuple[int, int]:
    if "~~" in anchor:
        return resolve_span(text, anchor, 0, len(text))
    pos, _ = unique(text, trigger.split("@")[0] if anchor == "-" else anchor)
    for s, e in sentences(text):
        if s <= pos < e:
            return s, e
    raise SheetError(f"anchor {anchor!r} outside every sentence")


def parse_arguments(text: str, raw: str, lo: int, hi: int) -> dict:
    args: dict = {}
    if raw.strip() in ("", "-"):
        return args
    for part in raw.split(" ; "):
        key, _, value = part.strip().partition("=")
        if key in ("amount", "object"):
            # The amount or asked thing is usually in the sentence; fall back to the article.
            try:
                s, e = resolve_span(text, value, lo, hi)
            except SheetError:
                s, e = resolve_span(text, value, 0, len(text))
            args[key] = {"start": s, "end": e}
        elif key == "claims":
            args[key] = [c.strip() for c in value.split(",") if c.strip()]
        elif key == "attempt":
            args[key] = value.strip().lower() == "true"
        elif key in ("role", "product"):
            args[key] = value.strip()
        else:
            raise SheetError(f"unknown argument {key!r}")
    return args


def parse_sheet(path: Path, texts: dict[str, str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    current = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            current = line[3:].strip()
            if current in out:
                raise SheetError(f"line {lineno}: article {current} annotated twice")
            out[current] = []
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if current not in texts:
            raise SheetError(f"line {lineno}: article {current!r} is not in the corpus")
        try:
            cols = [c.strip() for c in line.split(" | ")]
            if len(cols) != 7:
                raise SheetError(f"{len(cols)} columns, need 7")
            rtype, subject, obj, trigger, anchor, polarity, raw_args = cols
            if rtype not in TYPES or polarity not in POLARITIES:
                raise SheetError(f"bad type or polarity {rtype!r} {polarity!r}")
            text = texts[current]
            s_start, s_end = evidence(text, anchor, trigger)
            word, _, nth = trigger.partition("@")
            found = find_all(text, word, s_start, s_end)
            k = int(nth) if nth else 1
            if not found or (not nth and len(found) > 1) or k > len(found):
                raise SheetError(f"trigger {word!r} found {len(found)} times in its sentence")
            t_start, t_end = found[k - 1]
            out[current].append({
                "type": rtype,
                "subject": subject,
                "object": obj,
                "trigger": {"start": t_start, "end": t_end},
                "sentence": {"start": s_start, "end": s_end},
                "polarity": polarity,
                "arguments": parse_arguments(text, raw_args, s_start, s_end),
            })
        except (SheetError, ValueError) as exc:
            raise SheetError(f"{path.name}:{lineno} [{current}]: {exc}") from exc
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sheet", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--ids", type=Path, required=True, help="relations_sample.py output")
    parser.add_argument("--split", required=True, help="split name in the ids file (dev, test, dev2…)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = [line.split("\t") for line in args.ids.read_text().splitlines() if line.strip()]
    wanted = [row[1] for row in rows if row[0] == args.split]
    texts = load_texts(args.corpus, {row[1] for row in rows})
    try:
        annotated = parse_sheet(args.sheet, texts)
    except SheetError as exc:
        sys.exit(str(exc))
    missing = [i for i in wanted if i not in annotated]
    if missing:
        sys.exit(f"articles of split {args.split} not annotated: {missing}")
    with args.out.open("w", encoding="utf-8") as fh:
        for doc_id in wanted:
            record = {"id": doc_id, "relations": annotated[doc_id]}
            problems = check_record(record, texts[doc_id])
            if problems:
                sys.exit(f"{doc_id}: {problems}")
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    n = sum(len(annotated[i]) for i in wanted)
    print(f"{args.out}: {len(wanted)} articles, {n} relations")


if __name__ == "__main__":
    main()

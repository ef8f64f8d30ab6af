"""Turn a compact, human-written annotation sheet into gold records with offsets.

The annotator writes what they read, never numbers; this helper finds the
offsets and refuses anything ambiguous or inconsistent, so that no offset in
the gold was typed by hand.

Sheet format (UTF-8, one article block after another)::

    ## <article id>
    <T> | <quote> | <speaker> | <kind> | <mention> | <cue>

``T`` is ``D`` (direct) or ``I`` (indirect). ``-`` stands for null in the
speaker, kind, mention and cue columns. ``#`` starts a comment line.

``<quote>`` is the exact text of the span, or ``head~~tail`` for a long span
(the span runs from the first ``head`` to the first ``tail`` after it).
Quotes are written in reading order: each is searched from the start of the
previous one, so a repeated phrase resolves to the next occurrence; append
``@+K`` to skip K further occurrences.

``<cue>`` resolves to its whole-word occurrence closest to the quote, and
``<mention>`` to its occurrence closest to the cue (or to the quote when there
is no cue); neither may fall inside the quote itself. Append ``@N`` to force
the N-th occurrence (1-based) in the article instead.

Usage:
    python benchmarks/gold/tools/annotate.py SHEET --corpus CORPUS \
        --out GOLD.jsonl [--private WITH_TEXT.jsonl] [--ids SAMPLE.tsv --split dev]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from spans import GoldError, check_record, gap, load_corpus, occurrences

TYPE_CODES = {"D": "direct", "I": "indirect"}
KIND_CODES = {
    "person": "person", "p": "person",
    "organisation": "organisation", "o": "organisation",
    "group": "group", "g": "group",
    "anonymous": "anonymous", "a": "anonymous",
    "-": None,
}


def parse_sheet(path: Path) -> list[tuple[str, list[list[str]]]]:
    """Split the sheet into (article id, rows of columns), keeping sheet order."""
    blocks: list[tuple[str, list[list[str]]]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("## "):
            blocks.append((line[3:].strip(), []))
            continue
        if not line or line.startswith("#"):
            continue
        columns = [column.strip() for column in line.split(" | ")]
        if len(columns) != 6 or not blocks:
            raise GoldError(f"{path}:{number}: expected 6 columns under an article header")
        blocks[-1][1].append(columns + [str(number)])
    return blocks


def split_hint(value: str, marker: str) -> tuple[str, int | None]:
    match = re.fullmatch(r"(.*?)" + re.escape(marker) + r"(\d+)", value, flags=re.S)
    if match:
        return match.group(1), int(match.group(2))
    return value, None


def find_quote(text: str, spec: str, cursor: int, where: str) -> tuple[int, int]:
    spec, skip = split_hint(spec, "@+")
    head, _, tail = spec.partition("~~")
    starts = [s for s, _ in occurrences(text, head, whole_word=False) if s >= cursor]
    if len(starts) <= (skip or 0):
        raise GoldError(f"{where}: quote head not found after {cursor}: {head!r}")
    start = starts[skip or 0]
    if not tail:
        return start, [e for s, e in occurrences(text, head, whole_word=False) if s == start][0]
    tails = [span for span in occurrences(text, tail, whole_word=False) if span[0] >= start + len(head)]
    if not tails:
        raise GoldError(f"{where}: quote tail not found: {tail!r}")
    return start, tails[0][1]


def find_near(text: str, spec: str, anchor: tuple[int, int], quote: tuple[int, int], where: str):
    if spec == "-":
        return None
    needle, forced = split_hint(spec, "@")
    found = occurrences(text, needle, whole_word=True)
    if forced is not None:
        if forced > len(found):
            raise GoldError(f"{where}: only {len(found)} occurrences of {needle!r}")
        start, end = found[forced - 1]
        return {"start": start, "end": end}
    outside = [span for span in found if not (quote[0] <= span[0] and span[1] <= quote[1])]
    if not outside:
        raise GoldError(f"{where}: {needle!r} not found outside the quote")
    start, end = min(outside, key=lambda span: (gap(span, anchor), span[0]))
    return {"start": start, "end": end}


def build(blocks, articles: dict[str, dict]) -> list[dict]:
    records = []
    for article_id, rows in blocks:
        if article_id not in articles:
            raise GoldError(f"unknown article id {article_id}")
        text = articles[article_id]["text"]
        quotes, cursor = [], 0
        for code, quote_spec, speaker, kind, mention_spec, cue_spec, line in rows:
            where = f"{article_id} (sheet line {line})"
            if code not in TYPE_CODES or kind not in KIND_CODES:
                raise GoldError(f"{where}: bad type {code!r} or kind {kind!r}")
            start, end = find_quote(text, quote_spec, cursor, where)
            cursor = start
            span = (start, end)
            cue = find_near(text, cue_spec, span, span, where)
            anchor = (cue["start"], cue["end"]) if cue else span
            mention = find_near(text, mention_spec, anchor, span, where)
            quotes.append({
                "type": TYPE_CODES[code],
                "start": start,
                "end": end,
                "speaker": None if speaker == "-" else speaker,
                "speaker_kind": KIND_CODES[kind],
                "mention": mention,
                "cue": cue,
            })
        quotes.sort(key=lambda quote: (quote["start"], quote["end"]))
        records.append({"id": article_id, "outlet": articles[article_id]["outlet"], "quotes": quotes})
    return records


def with_text(record: dict, text: str) -> dict:
    """Copy of a record with the covered text added, for private review only."""
    copy = json.loads(json.dumps(record))
    for quote in copy["quotes"]:
        quote["text"] = text[quote["start"]:quote["end"]]
        for field in ("mention", "cue"):
            if quote[field]:
                quote[field]["text"] = text[quote[field]["start"]:quote[field]["end"]]
    return copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sheet", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/fr-news-dev.jsonl"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--private", type=Path, help="also write a copy WITH texts (never commit it)")
    parser.add_argument("--ids", type=Path, help="sample list (sample.py output) to check completeness")
    parser.add_argument("--split", help="split name in the sample list")
    args = parser.parse_args()

    try:
        blocks = parse_sheet(args.sheet)
        articles = load_corpus(args.corpus, {article_id for article_id, _ in blocks})
        records = build(blocks, articles)
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    problems = [p for r in records for p in check_record(r, articles[r["id"]]["text"])]
    if args.ids and args.split:
        wanted = [line.split("\t")[1] for line in args.ids.read_text().splitlines()
                  if line.startswith(args.split + "\t")]
        done = {r["id"] for r in records}
        problems += [f"{i}: in the sample but not annotated" for i in wanted if i not in done]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.private:
        with args.private.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(with_text(record, articles[record["id"]]["text"]),
                                        ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles, {sum(len(r['quotes']) for r in records)} quotes to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

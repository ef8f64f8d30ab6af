"""Check a relation gold file against the corpus: offsets, vocabulary, names.

Checks, per relation: type and polarity in the vocabulary of docs/relations.md;
trigger and sentence inside the text, trigger inside the sentence, neither span
cutting a word nor starting/ending on whitespace; argument spans inside the text;
subject and object named in the article (the label, or its last word, occurs in
the text: labels are "most complete names", so a surname-only mention counts;
a launch object may be a product not named as an entity).

Usage:
    python benchmarks/gold/tools/relations_verify.py benchmarks/gold/relations-*.jsonl \
        --corpus ../shared/corpora/fr-news-dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

# VEILLE_CORPORA as in tests/conftest.py; else ../shared/corpora beside the repository.
DEFAULT_CORPUS = (
    Path(os.environ.get("VEILLE_CORPORA", Path(__file__).resolve().parents[4] / "shared" / "corpora"))
    / "fr-news-dev.jsonl"
)

TYPES = (
    "lawsuit", "investment", "funding", "donation", "founding", "acquisition", "merger",
    "appointment", "departure", "firing", "letter", "request", "complaint", "partnership",
    "integration", "launch",
)
POLARITIES = ("asserted", "denied", "alleged", "planned")


def load_texts(corpus: Path, ids: set[str] | None = None) -> dict[str, str]:
    texts = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if ids is None or record["id"] in ids:
                texts[record["id"]] = record["text"]
    return texts


def _span_problem(text: str, span: dict, what: str) -> str | None:
    s, e = span.get("start"), span.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        return f"{what} {s}-{e} outside the text"
    if text[s].isspace() or text[e - 1].isspace():
        return f"{what} {s}-{e} starts or ends on whitespace"
    if (s > 0 and text[s - 1].isalnum() and text[s].isalnum()) or (
        e < len(text) and text[e - 1].isalnum() and text[e].isalnum()
    ):
        return f"{what} {s}-{e} cuts a word"
    return None


def _named(label: str, text: str) -> bool:
    lowered = text.lower()
    return label.lower() in lowered or label.split()[-1].lower() in lowered


def check_record(record: dict, text: str) -> list[str]:
    problems = []
    for i, rel in enumerate(record["relations"]):
        where = f"relation {i} ({rel.get('type')})"
        if rel.get("type") not in TYPES:
            problems.append(f"{where}: type not in the vocabulary")
        if rel.get("polarity") not in POLARITIES:
            problems.append(f"{where}: bad polarity")
        for key in ("trigger", "sentence"):
            problem = _span_problem(text, rel.get(key, {}), key)
            if problem:
                problems.append(f"{where}: {problem}")
        trig, sent = rel["trigger"], rel["sentence"]
        if not (sent["start"] <= trig["start"] and trig["end"] <= sent["end"]):
            problems.append(f"{where}: trigger outside its sentence")
        for key in ("amount", "object"):
            if key in rel.get("arguments", {}):
                problem = _span_problem(text, rel["arguments"][key], key)
                if problem:
                    problems.append(f"{where}: {problem}")
        for role in ("subject", "object"):
            label = rel.get(role)
            if not label:
                problems.append(f"{where}: empty {role}")
            elif not _named(label, text) and not (role == "object" and rel["type"] == "launch"):
                problems.append(f"{where}: {role} {label!r} not named in the article")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    texts = load_texts(args.corpus)
    failed = False
    seen: set[str] = set()
    for path in args.gold:
        n_docs = n_rel = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] in seen:
                print(f"{path}: {record['id']} appears twice")
                failed = True
            seen.add(record["id"])
            if record["id"] not in texts:
                print(f"{path}: {record['id']} not in the corpus")
                failed = True
                continue
            for problem in check_record(record, texts[record["id"]]):
                print(f"{path}: {record['id']}: {problem}")
                failed = True
            n_docs += 1
            n_rel += len(record["relations"])
        print(f"{path}: {n_docs} articles, {n_rel} relations")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

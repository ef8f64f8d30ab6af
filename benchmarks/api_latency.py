"""Latency of the HTTP API and pages under a bounded loopback load.

Starts ``veille serve`` on the given store (a separate process, as in use), then runs
``--clients`` concurrent httpx clients for ``--seconds``; each client requests the
main endpoints in turn, with ids drawn from the store. Prints p50/p95 per endpoint
as a Markdown table (the format of docs/benchmarks.md).

    python benchmarks/api_latency.py --db /tmp/bench3000.db --clients 20 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict

import httpx

from veille.store.reads import ReadOnlyStore

#: Endpoint name -> URL template; {entity}, {doc}, {offset} and {word} are drawn per request.
ENDPOINTS = {
    "GET /api/entities/{id}": "/api/entities/{entity}",
    "GET /entities/{id} (page)": "/entities/{entity}",
    "GET /api/quotes?speaker=": "/api/quotes?speaker={entity}",
    "GET /quotes?speaker= (page)": "/quotes?speaker={entity}",
    "GET /api/quotes": "/api/quotes?offset={offset}",
    "GET /api/documents": "/api/documents?offset={offset}",
    "GET /api/documents?q=": "/api/documents?q={word}",
    "GET /api/documents/{id}": "/api/documents/{doc}",
    "GET /documents/{id} (page)": "/documents/{doc}",
    "GET /api/entities?type=PER": "/api/entities?type=PER&offset={offset}",
}
WORDS = ["gouvernement", "ministre", "entreprise", "milliards", "président", "grève", "tribunal", "accord"]


def sample_ids(db: str, n: int = 300) -> tuple[list[str], list[str], int]:
    """Entity ids weighted to the most mentioned (what people open), and document ids."""
    store = ReadOnlyStore(db)
    try:
        entities = [e.id for e in store.list_entities(type=None, text=None, limit=n, offset=0).items]
        docs = store.list_documents(limit=n, offset=0)
        return entities, [d.id for d in docs.items], docs.total
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "from veille.cli import main; main()", "--db", db, "serve", "--port", str(port)]
    process = subprocess.Popen(command, env={**os.environ, "VEILLE_TOKEN": ""})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=5).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


async def client_loop(base: str, stop: float, entities, docs, total_docs, timings, errors, rng) -> None:
    names = list(ENDPOINTS)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        i = rng.randrange(len(names))
        while time.monotonic() < stop:
            name = names[i % len(names)]
            i += 1
            url = ENDPOINTS[name].format(
                entity=rng.choice(entities[:50] if rng.random() < 0.5 else entities),
                doc=rng.choice(docs), offset=rng.randrange(0, max(1, min(total_docs, 2000))),
                word=rng.choice(WORDS),
            )
            started = time.perf_counter()
            response = await client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                errors[name] += 1
            else:
                timings[name].append(elapsed)


async def run_load(base: str, clients: int, seconds: float, entities, docs, total_docs):
    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    stop = time.monotonic() + seconds
    rng = random.Random(7)
    await asyncio.gather(*(
        client_loop(base, stop, entities, docs, total_docs, timings, errors, random.Random(rng.random()))
        for _ in range(clients)
    ))
    return timings, errors


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="store to serve (e.g. built from fr-news-dev.jsonl)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args()

    entities, docs, total_docs = sample_ids(args.db)
    if not entities or not docs:
        raise SystemExit(f"{args.db}: no documents or entities to request")
    port = free_port()
    server = start_server(args.db, port)
    try:
        timings, errors = asyncio.run(
            run_load(f"http://127.0.0.1:{port}", args.clients, args.seconds, entities, docs, total_docs)
        )
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    rows = []
    for name in ENDPOINTS:
        values = timings.get(name, [])
        rows.append({
            "endpoint": name, "requests": len(values), "errors": errors.get(name, 0),
            "p50_ms": round(percentile(values, 50), 1) if values else None,
            "p95_ms": round(percentile(values, 95), 1) if values else None,
        })
    total = sum(r["requests"] for r in rows)
    if args.json:
        print(json.dumps({"documents": total_docs, "clients": args.clients, "seconds": args.seconds,
                          "requests": total, "endpoints": rows}, indent=2))
        return
    print(f"store: {total_docs} documents · {args.clients} clients · {args.seconds:g} s · "
          f"{total} requests ({total / args.seconds:.0f}/s)\n")
    print("| endpoint | requests | errors | p50 (ms) | p95 (ms) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| `{r['endpoint']}` | {r['requests']} | {r['errors']} | {r['p50_ms']} | {r['p95_ms']} |")


if __name__ == "__main__":
    main()

"""Latency of the HTTP API and pages under a bounded loopback load.

Starts ``veille serve`` on the given store (a separate process, as in use), then runs
``--clients`` concurrent keep-alive clients for ``--seconds``; each client requests
the main endpoints in turn, with ids drawn from the store (entity ids: half from the
50 most mentioned actors, half from the 300 most mentioned; random documents and
offsets). Prints the throughput, the CPU used by the server and by the load
generator, p50/p95 per endpoint as a Markdown table (the format of
docs/benchmarks.md), and whether the target (p95 < 100 ms for entity and quote
pages) is met.

    python benchmarks/api_latency.py --db /tmp/bench3000.db --clients 20 --seconds 30

By default the server is measured from its first request: its caches start empty,
and every miss of the run is in the figures. ``--warmup S`` runs the same load for S
seconds first (a server that has been up for a while); the default is the honest one.
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
from urllib.parse import quote

import httpx
import psutil

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
#: The endpoints the target is about (issue #5: entity and quote pages, API and HTML).
TARGET_ENDPOINTS = (
    "GET /api/entities/{id}", "GET /entities/{id} (page)", "GET /api/quotes?speaker=", "GET /quotes?speaker= (page)",
)
TARGET_P95_MS = 100.0
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


def start_server(db: str, port: int, extra: list[str]) -> subprocess.Popen:
    command = [sys.executable, "-c", "from veille.cli import main; main()", "--db", db, "serve", "--port", str(port),
               *extra]
    process = subprocess.Popen(command, env={**os.environ, "VEILLE_TOKEN": ""})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            # /api/stories is cheap and not among the measured endpoints (no cache warmed).
            if httpx.get(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=5).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


class LeanConnection:
    """One keep-alive HTTP/1.1 connection doing GETs: status line, headers, Content-Length body.

    Written by hand on purpose: the load generator shares the 2 cores with the server,
    and httpx's AsyncClient costs ~3.5 ms of CPU per request here against ~0.3 ms for
    this, so with httpx the generator, not the server, takes most of the machine.
    Every response of ``veille serve`` to these GETs has a Content-Length.
    """

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        self._writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        if "content-length" not in headers:
            raise RuntimeError(f"{path}: response without Content-Length")
        body = await self._reader.readexactly(int(headers["content-length"]))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._reader = self._writer = None


class HttpxConnection:
    """The same GETs through httpx (the earlier generator; costs the client far more CPU)."""

    def __init__(self, host: str, port: int):
        self._client = httpx.AsyncClient(base_url=f"http://{host}:{port}", timeout=30)

    async def get(self, path: str) -> tuple[int, bytes]:
        response = await self._client.get(path)
        return response.status_code, response.content

    async def close(self) -> None:
        await self._client.aclose()


async def client_loop(connection, begin: float, stop: float, entities, docs, total_docs, timings, late, errors,
                      rng) -> None:
    """Requests until ``stop``; only those started after ``begin`` are recorded (warm-up before)."""
    names = list(ENDPOINTS)
    try:
        i = rng.randrange(len(names))
        while time.monotonic() < stop:
            name = names[i % len(names)]
            i += 1
            url = ENDPOINTS[name].format(
                entity=quote(rng.choice(entities[:50] if rng.random() < 0.5 else entities), safe=""),
                doc=quote(rng.choice(docs), safe=""), offset=rng.randrange(0, max(1, min(total_docs, 2000))),
                word=quote(rng.choice(WORDS), safe=""),
            )
            started = time.perf_counter()
            status, _ = await connection.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            if time.monotonic() - elapsed / 1000 < begin:
                continue
            if status != 200:
                errors[name] += 1
            else:
                timings[name].append(elapsed)
                late[name].append(time.monotonic() - elapsed / 1000 >= (begin + stop) / 2)
    finally:
        await connection.close()


async def run_load(port: int, clients: int, seconds: float, warmup: float, entities, docs, total_docs,
                   client_kind: str, seed: int = 7):
    timings: dict[str, list[float]] = defaultdict(list)
    late: dict[str, list[bool]] = defaultdict(list)  # started in the second half of the run
    errors: dict[str, int] = defaultdict(int)
    begin = time.monotonic() + warmup
    stop = begin + seconds
    rng = random.Random(seed)
    kind = LeanConnection if client_kind == "lean" else HttpxConnection
    await asyncio.gather(*(
        client_loop(kind("127.0.0.1", port), begin, stop, entities, docs, total_docs, timings, late, errors,
                    random.Random(rng.random()))
        for _ in range(clients)
    ))
    return timings, late, errors


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]


def server_cpu(process: psutil.Process, seen: dict[int, psutil.Process]) -> float:
    """CPU seconds (user + system) of the server and its worker processes so far."""
    try:
        for child in process.children(recursive=True):
            seen.setdefault(child.pid, child)
    except psutil.NoSuchProcess:
        pass
    total = 0.0
    for p in [process, *seen.values()]:
        try:
            total += sum(p.cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="store to serve (e.g. built from fr-news-dev.jsonl)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--warmup", type=float, default=0,
                        help="seconds of the same load before the measured ones (default 0: caches start cold)")
    parser.add_argument("--workers", type=int, default=None, help="veille serve --workers (default: its default)")
    parser.add_argument("--cache-mb", type=int, default=None, help="veille serve --cache-mb (0: no cache)")
    parser.add_argument("--client", choices=("lean", "httpx"), default="lean",
                        help="load generator: a lean keep-alive HTTP/1.1 client (default) or httpx")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args()

    entities, docs, total_docs = sample_ids(args.db)
    if not entities or not docs:
        raise SystemExit(f"{args.db}: no documents or entities to request")
    port = free_port()
    extra = (["--workers", str(args.workers)] if args.workers else []) + (
        ["--cache-mb", str(args.cache_mb)] if args.cache_mb is not None else [])
    load_before = os.getloadavg()[0]
    server = start_server(args.db, port, extra)
    server_process, workers = psutil.Process(server.pid), {}
    try:
        if args.warmup:
            # Another seed: the warm-up does not replay the measured requests.
            asyncio.run(run_load(port, args.clients, 0, args.warmup, entities, docs, total_docs, args.client, seed=8))
        cpu_server_0, cpu_client_0 = server_cpu(server_process, workers), time.process_time()
        timings, late, errors = asyncio.run(
            run_load(port, args.clients, args.seconds, 0, entities, docs, total_docs, args.client)
        )
        cpu_server = server_cpu(server_process, workers) - cpu_server_0
        cpu_client = time.process_time() - cpu_client_0
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    rows = []
    for name in ENDPOINTS:
        values = timings.get(name, [])
        second_half = [v for v, is_late in zip(values, late.get(name, [])) if is_late]
        rows.append({
            "endpoint": name, "requests": len(values), "errors": errors.get(name, 0),
            "p50_ms": round(percentile(values, 50), 1) if values else None,
            "p95_ms": round(percentile(values, 95), 1) if values else None,
            # The second half shows the tail once the most requested answers are cached.
            "p95_second_half_ms": round(percentile(second_half, 95), 1) if second_half else None,
        })
    total = sum(r["requests"] + r["errors"] for r in rows)
    target = [r for r in rows if r["endpoint"] in TARGET_ENDPOINTS]
    met = all(r["p95_ms"] is not None and r["p95_ms"] < TARGET_P95_MS and not r["errors"] for r in target)
    summary = {
        "documents": total_docs, "clients": args.clients, "seconds": args.seconds, "warmup": args.warmup,
        "client": args.client,
        "workers": args.workers, "cache_mb": args.cache_mb, "requests": total,
        "throughput_per_s": round(total / args.seconds, 1),
        "server_cpu_ms_per_request": round(cpu_server / max(total, 1) * 1000, 2),
        "client_cpu_ms_per_request": round(cpu_client / max(total, 1) * 1000, 2),
        "load_average_before": round(load_before, 2), "load_average_after": round(os.getloadavg()[0], 2),
        "cores": os.cpu_count(), "target_met": met, "endpoints": rows,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    warm = f" after {args.warmup:g} s of warm-up" if args.warmup else " (cold caches)"
    print(f"\nstore: {total_docs} documents · {args.clients} clients ({args.client}) · {args.seconds:g} s{warm} · "
          f"server workers: {args.workers or 'default (veille serve)'} · {total} requests "
          f"({total / args.seconds:.0f}/s)")
    print(f"CPU per request: server {summary['server_cpu_ms_per_request']} ms, load generator "
          f"{summary['client_cpu_ms_per_request']} ms · {os.cpu_count()} cores · load average "
          f"{load_before:.1f} before, {summary['load_average_after']:.1f} after\n")
    print("| endpoint | requests | errors | p50 (ms) | p95 (ms) | p95, 2nd half (ms) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| `{r['endpoint']}` | {r['requests']} | {r['errors']} | {r['p50_ms']} | {r['p95_ms']} "
              f"| {r['p95_second_half_ms']} |")
    worst = max((r["p95_ms"] or float("inf")) for r in target)
    print(f"\ntarget p95 < {TARGET_P95_MS:g} ms for entity and quote pages: "
          f"{'MET' if met else 'NOT MET'} (worst p95 {worst} ms)")


if __name__ == "__main__":
    main()

"""``veille serve``: the bind rule at the command line, and a real server answering."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
from helpers import run_cli


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cli_serve_refuses_non_loopback_without_token(web_db, monkeypatch):
    monkeypatch.delenv("VEILLE_TOKEN", raising=False)
    result = run_cli(["--db", web_db, "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--token" in result.stderr


def test_cli_serve_missing_store_is_a_store_error(tmp_path):
    result = run_cli(["--db", str(tmp_path / "absent.db"), "serve"])
    assert result.exit_code == 3
    assert "no such store" in result.stderr


def _serve(web_db: str, *extra: str):
    """Start `veille serve` on a free port; returns (process, base URL) once it answers."""
    port = free_port()
    env = {**os.environ, "VEILLE_TOKEN": ""}
    process = subprocess.Popen(
        [sys.executable, "-c", "from veille.cli import main; main()", "--db", web_db, "serve", "--port", str(port),
         *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=2)
            return process, f"http://127.0.0.1:{port}"
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError("server did not start: " + process.stderr.read().decode())
            time.sleep(0.2)


def _stop(process) -> None:
    process.send_signal(signal.SIGINT)
    process.wait(timeout=20)


def test_cli_serve_answers_on_loopback(web_db):
    process, base = _serve(web_db)
    try:
        response = httpx.get(f"{base}/api/documents", timeout=5)
        assert response.status_code == 200
        assert response.json()["total"] == 3
    finally:
        _stop(process)


def test_cli_serve_workers_share_the_store_and_keep_the_settings(web_db):
    process, base = _serve(web_db, "--workers", "2", "--cache-mb", "8", "--max-body", "2048")
    try:
        for _ in range(4):  # whichever worker answers, the same store
            assert httpx.get(f"{base}/api/entities/per-lea-fontanel", timeout=5).json()["name"] == "Léa Fontanel"
        assert "Léa Fontanel" in httpx.get(f"{base}/entities/per-lea-fontanel", timeout=5).text
        # --max-body reached the workers; ingest stays closed without a token.
        too_big = httpx.post(f"{base}/api/ingest", content=b"x" * 4096, timeout=5)
        assert too_big.status_code == 413
        assert httpx.post(f"{base}/api/ingest", json={"text": "x"}, timeout=5).status_code == 401
    finally:
        _stop(process)
    assert "with 2 process(es)" in process.stderr.read().decode()


def test_cli_serve_settings_travel_to_workers_without_the_engine(web_db):
    from veille.web.app import SETTINGS_ENV, settings_to_environment
    from veille.web.settings import WebSettings

    settings = WebSettings(db=web_db, host="0.0.0.0", token="t0k", max_body=4096, cache_bytes=0,
                           analyse=lambda *a, **k: iter(()))
    env = settings_to_environment(settings)
    import json

    data = json.loads(env[SETTINGS_ENV])
    assert WebSettings(**data) == WebSettings(db=web_db, host="0.0.0.0", token="t0k", max_body=4096, cache_bytes=0)

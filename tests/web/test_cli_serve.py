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


def test_cli_serve_answers_on_loopback(web_db):
    port = free_port()
    env = {**os.environ, "VEILLE_TOKEN": ""}
    process = subprocess.Popen(
        [sys.executable, "-c", "from veille.cli import main; main()", "--db", web_db, "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/documents", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["total"] == 3
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)

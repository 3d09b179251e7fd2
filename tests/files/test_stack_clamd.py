"""The embedded clamd of `make run` / `make test` (tradesetu.stack), started for real."""

from __future__ import annotations

import os
import socket
import struct

import pytest

from tests.conftest import EICAR
from tradesetu import stack


def _instream(sock: str, data: bytes) -> str:
    with socket.socket(socket.AF_UNIX) as client:
        client.settimeout(10)
        client.connect(sock)
        client.sendall(b"zINSTREAM\0" + struct.pack("!L", len(data)) + data + struct.pack("!L", 0))
        return client.recv(4096).rstrip(b"\0").decode()


@pytest.fixture
def var_dir(tmp_path, monkeypatch):
    """A stack with its own var dir (as TRADESETU_VAR_DIR gives it) and no scanner configured."""
    monkeypatch.setattr(stack, "VAR_DIR", tmp_path)
    monkeypatch.setattr(stack, "ENV_FILE", tmp_path / "embedded.env")
    monkeypatch.setattr(stack, "CLAMD_DIR", tmp_path / "clamav")
    # never the main embedded PostgreSQL/Redis: `stack down` below looks here and finds nothing
    monkeypatch.setattr(stack, "PG_DATA", tmp_path / "pgdata")
    monkeypatch.setattr(stack, "REDIS_DIR", tmp_path / "redis")
    for name in ("CLAMD_SOCKET", "CLAMD_TCP"):
        monkeypatch.delenv(name, raising=False)
    # postgres and redis come from the environment: only clamd is the stack's to start here
    monkeypatch.setenv("DATABASE_URL", os.environ.get("DATABASE_URL", "postgres://x@/y"))
    monkeypatch.setenv("REDIS_URL", os.environ.get("REDIS_URL", "redis://127.0.0.1:1/0"))
    saved = dict(os.environ)  # services_up exports what it started into os.environ
    yield tmp_path
    stack.clamd_stop(tmp_path / "clamav")
    os.environ.clear()
    os.environ.update(saved)


def test_services_start_clamd_write_its_socket_and_stop_it(var_dir, monkeypatch):
    """With neither CLAMD_SOCKET nor CLAMD_TCP set, the stack starts clamd under its var dir with
    the shipped signature set, writes CLAMD_SOCKET to embedded.env, and stops it again."""
    with stack.services() as running:
        sock = str(var_dir / "clamav" / "clamd.sock")
        assert running.env["CLAMD_SOCKET"] == sock
        assert f"CLAMD_SOCKET={sock}\n" in (var_dir / "embedded.env").read_text()
        assert os.environ["CLAMD_SOCKET"] == sock
        assert "clamd" in running.started
        assert stack.clamd_ping(sock)
        assert _instream(sock, EICAR).endswith("FOUND")
        assert _instream(sock, b"%PDF-1.4 harmless").endswith("OK")
        pid = stack.clamd_pid(var_dir / "clamav")
        assert pid
    assert stack.clamd_pid(var_dir / "clamav") is None
    assert not stack.clamd_ping(sock)
    assert not stack._alive(pid)


def test_a_running_clamd_is_reused_and_left_alone(var_dir):
    """A clamd already answering in the var dir (another terminal's `make run`) is used, not
    restarted, and not stopped by the second stack; `stack down` stops it."""
    directory = var_dir / "clamav"
    sock, started = stack.clamd_start(directory)
    assert started
    with stack.services() as running:
        assert running.env["CLAMD_SOCKET"] == sock
        assert "clamd" not in running.started
    assert stack.clamd_ping(sock)
    assert stack.cmd_down() == 0
    assert stack.clamd_pid(directory) is None
    assert not stack.clamd_ping(sock)


def test_a_configured_scanner_is_used_and_none_is_started(var_dir, monkeypatch):
    """CLAMD_SOCKET in the environment wins: the stack starts no clamd of its own."""
    monkeypatch.setenv("CLAMD_SOCKET", "/run/elsewhere/clamd.sock")
    with stack.services() as running:
        assert "CLAMD_SOCKET" not in running.env
        assert stack.clamd_pid(var_dir / "clamav") is None


def test_without_clamd_the_stack_starts_and_explains(var_dir, monkeypatch, capsys):
    """No clamd binary: the stack still starts, writes no CLAMD_SOCKET and prints the apt-get
    line and that uploads wait in quarantine."""
    monkeypatch.setattr(stack, "clamd_binary", lambda: None)
    with stack.services() as running:
        assert "CLAMD_SOCKET" not in running.env
    out = capsys.readouterr().out
    assert "apt-get install" in out and "clamav-daemon" in out
    assert "quarantine" in out

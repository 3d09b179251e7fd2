"""Virus scanning through clamd's INSTREAM command (ClamAV's documented socket protocol).

Configured by ``CLAMD_SOCKET`` (a Unix socket path) or ``CLAMD_TCP`` (``host:port``). With neither,
``scan`` answers ``ScanResult.unscanned()`` and callers quarantine the upload: it is never accepted
unscanned.
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass

from django.conf import settings

CHUNK = 64 * 1024


class ScannerUnavailable(Exception):
    """clamd is configured but did not answer."""


@dataclass(frozen=True)
class ScanResult:
    scanned: bool
    clean: bool
    signature: str = ""

    @classmethod
    def unscanned(cls) -> ScanResult:
        return cls(scanned=False, clean=False)


def _connect() -> socket.socket | None:
    timeout = getattr(settings, "CLAMD_TIMEOUT", 30)
    if getattr(settings, "CLAMD_SOCKET", ""):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        sock.connect(settings.CLAMD_SOCKET)
        return sock
    if getattr(settings, "CLAMD_TCP", ""):
        host, _sep, port = settings.CLAMD_TCP.rpartition(":")
        return socket.create_connection((host, int(port)), timeout=timeout)
    return None


def scanner_configured() -> bool:
    return bool(getattr(settings, "CLAMD_SOCKET", "") or getattr(settings, "CLAMD_TCP", ""))


def scan(data: bytes) -> ScanResult:
    """Stream ``data`` to clamd and return its verdict."""
    try:
        sock = _connect()
    except OSError as exc:
        raise ScannerUnavailable(str(exc)) from exc
    if sock is None:
        return ScanResult.unscanned()
    try:
        with sock:
            sock.sendall(b"zINSTREAM\0")
            for start in range(0, len(data), CHUNK):
                chunk = data[start : start + CHUNK]
                sock.sendall(struct.pack("!L", len(chunk)) + chunk)
            sock.sendall(struct.pack("!L", 0))
            reply = b""
            while not reply.endswith(b"\0"):
                part = sock.recv(4096)
                if not part:
                    break
                reply += part
    except OSError as exc:
        raise ScannerUnavailable(str(exc)) from exc
    answer = reply.rstrip(b"\0").decode(errors="replace").strip()
    # "stream: OK" | "stream: <Signature> FOUND" | "INSTREAM size limit exceeded. ERROR"
    if answer.endswith("FOUND"):
        signature = answer.removeprefix("stream:").removesuffix("FOUND").strip()
        return ScanResult(scanned=True, clean=False, signature=signature)
    if answer.endswith("OK"):
        return ScanResult(scanned=True, clean=True)
    raise ScannerUnavailable(answer or "empty reply")


def ping() -> bool:
    try:
        sock = _connect()
    except OSError:
        return False
    if sock is None:
        return False
    try:
        with sock:
            sock.sendall(b"zPING\0")
            return sock.recv(16).startswith(b"PONG")
    except OSError:
        return False

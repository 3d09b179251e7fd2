"""Production settings refuse an insecure configuration and pass `check --deploy` cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
GOOD_KEY = "k3y-" + "x9Qz7!pL2#" * 6


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "tradesetu.settings.prod",
        "DJANGO_DEBUG": "off",
        "DJANGO_SECRET_KEY": GOOD_KEY,
        "DJANGO_ALLOWED_HOSTS": "tradesetu.example",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_debug_on_is_refused():
    result = run_manage("check", DJANGO_DEBUG="on")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be off" in result.stderr


def test_default_secret_key_and_missing_hosts_are_refused():
    result = run_manage("check", DJANGO_SECRET_KEY="", DJANGO_ALLOWED_HOSTS="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_the_local_test_payment_provider_is_refused_in_production():
    result = run_manage("check", BILLING_PROVIDERS="local,stripe")
    assert result.returncode != 0
    assert "local test payment provider" in result.stderr

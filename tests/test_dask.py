"""The Dask engine writes the same feed as a local run (needs the dask extra)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip(
    "distributed", reason='Dask engine not installed: pip install -e ".[dask]" (or ".[test]")'
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
OUTPUTS = ("events.jsonl", "mentions.jsonl", "errors.jsonl")
CLI = [sys.executable, "-c", "from extractor.cli import app; app()"]


def _run(out: Path, *extra: str) -> None:
    result = subprocess.run(
        [*CLI, "run", str(CORPUS), "-o", str(out / "events.jsonl"), "--no-progress",
         "--no-cache", "--batch-size", "2", *extra],
        capture_output=True, text=True, timeout=240,
    )
    assert result.returncode == 0, result.stderr


def test_dask_scheduler_and_worker_on_localhost(tmp_path: Path) -> None:
    _run(tmp_path / "local")
    info = tmp_path / "scheduler.json"
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", "0", "--dashboard-address", ":0", "--scheduler-file", str(info)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        worker = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
             "--nworkers", "1", "--no-dashboard"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        _run(tmp_path / "remote", "--engine", "dask", "--scheduler", address)
    finally:
        for proc in (worker, scheduler):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
    for name in OUTPUTS:
        assert (tmp_path / "local" / name).read_bytes() == (
            tmp_path / "remote" / name
        ).read_bytes(), name


def test_dask_local_cluster(tmp_path: Path) -> None:
    _run(tmp_path / "local")
    _run(tmp_path / "cluster", "--engine", "dask", "--workers", "1")
    for name in OUTPUTS:
        assert (tmp_path / "local" / name).read_bytes() == (
            tmp_path / "cluster" / name
        ).read_bytes(), name

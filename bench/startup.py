"""Cold start: `main.py all` (and `main.py kiosk`) from exec to the first painted kiosk frame, and RSS.

Qt runs offscreen. Each run uses a fresh database (so the first run of each also migrates it); the
figure is the median of --runs runs.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from _common import REPO


def one_start(role: str) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        process = subprocess.Popen(
            [
                sys.executable,
                str(REPO / "main.py"),
                role,
                "--first-frame-report",
                "--db",
                f"sqlite:///{tmp}/startup.sqlite3",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("{"):
                elapsed = time.monotonic() - started
                rss = json.loads(line)["rss_kb"]
                break
        else:
            raise SystemExit(f"main.py {role} never painted a frame")
        process.wait(timeout=30)
        return elapsed, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    for role in ("all", "kiosk"):
        results = [one_start(role) for _ in range(runs)]
        seconds = statistics.median(r[0] for r in results)
        rss = statistics.median(r[1] for r in results)
        print(
            f"main.py {role}: first kiosk frame after {seconds * 1000:.0f} ms, RSS {rss / 1024:.0f} MiB "
            f"(median of {runs})"
        )


if __name__ == "__main__":
    main()

"""Shared bits of the benchmark scripts: statistics and a throw-away database."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    return (
        f"median {statistics.median(values) * scale:.1f} {unit}, "
        f"p99 {percentile(values, 0.99) * scale:.1f} {unit}, max {max(values) * scale:.1f} {unit} "
        f"(n={len(values)})"
    )

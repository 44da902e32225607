"""The figures of a simulated day: per service the waits, the estimators' errors and counter utilisation.

A step's real wait runs from entering the service's queue to being called. Errors are measured on every
step that was called; steps still waiting at the end have no real wait and are only counted. Utilisation
is the time a counter spent serving within its staffed hours up to closing, over those hours.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Sequence
from typing import Any

from queueing.simulation import CounterRecord, DayResult, StepRecord


def summarise(result: DayResult) -> dict[str, Any]:
    """The day as plain data (the `--json` output): overall figures and one entry per service code."""
    scenario = result.scenario
    by_service = {
        s.code: _service_figures([step for step in result.steps if step.service == s.code], s.name)
        for s in scenario.services
    }
    for code, figures in by_service.items():
        counters = [c for c in result.counters if code in c.spec.services]
        figures["utilisation"] = _round(_utilisation(counters, scenario.open_s, scenario.close_s), 3)
    return {
        "scenario": scenario.name,
        "seed": result.seed,
        "overall": _overall(result),
        "services": by_service,
    }


def _service_figures(steps: Sequence[StepRecord], name: str) -> dict[str, Any]:
    waited = [s for s in steps if s.wait_s is not None]
    return {"name": name, "steps": len(steps), "still_waiting": len(steps) - len(waited), **_waits(waited)}


def _overall(result: DayResult) -> dict[str, Any]:
    waited = [s for s in result.steps if s.wait_s is not None]
    last = [s for s in result.steps if s.index == _route_length(result, s) - 1]
    served = sum(1 for s in last if s.finished_s is not None)
    return {
        "visitors": len(result.tickets),
        "steps": len(result.steps),
        "served": served,
        "still_waiting": len(result.tickets) - served,
        **_waits(waited),
        "last_call": _clock(max((s.called_s or 0.0 for s in waited), default=0.0)),
    }


def _waits(steps: Sequence[StepRecord]) -> dict[str, float | None]:
    """Wait figures of called steps: the real waits, and how far each estimate was from them."""
    waits = [s.wait_s or 0.0 for s in steps]
    errors = [s.estimate_s - w for s, w in zip(steps, waits, strict=True)]
    naive_errors = [s.naive_s - w for s, w in zip(steps, waits, strict=True)]
    return {
        "mean_wait_s": _round(_mean(waits)),
        "p90_wait_s": _round(_p90(waits)),
        "estimate_mae_s": _round(_mean([abs(e) for e in errors])),
        "naive_mae_s": _round(_mean([abs(e) for e in naive_errors])),
        "estimate_bias_s": _round(_mean(errors)),
        "estimate_within_5min": _round(_share_within(errors, 300.0), 3),
        "naive_within_5min": _round(_share_within(naive_errors, 300.0), 3),
    }


def _share_within(errors: Sequence[float], limit_s: float) -> float | None:
    """The share of residents whose real wait was within `limit_s` of what they were told."""
    return sum(1 for e in errors if abs(e) <= limit_s) / len(errors) if errors else None


def _route_length(result: DayResult, step: StepRecord) -> int:
    return len(result.tickets[step.ticket - 1].steps)


def _utilisation(counters: Sequence[CounterRecord], open_s: float, close_s: float) -> float | None:
    """Serving time over staffed time, both within opening hours, summed over the counters."""
    staffed = busy = 0.0
    for counter in counters:
        hours = [(max(a, open_s), min(b, close_s)) for a, b in counter.spec.hours]
        hours = [(a, b) for a, b in hours if a < b]
        staffed += sum(b - a for a, b in hours)
        busy += sum(max(0.0, min(b, y) - max(a, x)) for x, y in counter.busy for a, b in hours)
    return busy / staffed if staffed else None


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _p90(values: Sequence[float]) -> float | None:
    if len(values) < 2:
        return values[0] if values else None
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _clock(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# --- the text table ---------------------------------------------------------------------------------------

_NAME_WIDTH = 16
_COLUMNS = ("steps", "mean wait", "p90 wait", "estimate MAE", "naive MAE", "utilisation", "still waiting")


def format_summary(summary: dict[str, Any]) -> str:
    """The summary as a table a planner reads: minutes, one line per service, then the day's totals."""
    overall = summary["overall"]
    lines = [
        f"{summary['scenario']} (seed {summary['seed']}): {overall['visitors']} visitors, "
        f"{overall['steps']} steps, {overall['served']} served, {overall['still_waiting']} still waiting, "
        f"last call {overall['last_call']}",
        "",
        _pad("service", _NAME_WIDTH) + "  ".join(f"{c:>13}" for c in _COLUMNS),
    ]
    for code, figures in summary["services"].items():
        lines.append(_pad(f"{code} {figures['name']}", _NAME_WIDTH) + _row(figures))
    lines.append(_pad("all", _NAME_WIDTH) + _row(dict(overall, utilisation=None)))
    return "\n".join(lines)


def _row(figures: dict[str, Any]) -> str:
    cells = [
        str(figures["steps"]),
        _minutes(figures["mean_wait_s"]),
        _minutes(figures["p90_wait_s"]),
        _minutes(figures["estimate_mae_s"]),
        _minutes(figures["naive_mae_s"]),
        "" if figures["utilisation"] is None else f"{figures['utilisation']:.0%}",
        "" if figures["still_waiting"] is None else str(figures["still_waiting"]),
    ]
    return "  ".join(f"{cell:>13}" for cell in cells)


def _minutes(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 60:.1f} min"


def _pad(text: str, width: int) -> str:
    """Pad to `width` terminal columns; full-width (Japanese) characters take two."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - used, 1)

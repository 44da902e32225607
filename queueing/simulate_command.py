"""`simulate`: one seeded, simulated office day, to measure the wait estimates against the real waits.

Prints per service the mean and 90th-percentile wait, the estimator's mean absolute error against the real
waits, the naive estimate's ("people ahead x fixed minutes") and the utilisation of the counters serving
it. `--json` prints the same as JSON: one key per service code, each with mean_wait_s, p90_wait_s,
estimate_mae_s, naive_mae_s, estimate_bias_s, estimate_within_5min, naive_within_5min, utilisation,
steps and still_waiting; and `run` with the scenario, the seed and the `overall` figures.
Exit status 0, or 2 when the scenario file has a problem (each named by its key). Standard library only,
like the rest of `queueing`.

    python main.py simulate [--scenario FILE] [--seed N] [--json]
    python -m queueing.simulate_command ...      (the same, without main.py)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from queueing.scenario import ScenarioError, load_scenario
from queueing.simulation import simulate
from queueing.simulation_report import format_summary, summarise

EXIT_OK, EXIT_BAD_SCENARIO = 0, 2


def as_json(summary: dict[str, Any]) -> dict[str, Any]:
    """Per service code its figures at the top level, as scripts expect; the run itself under "run"."""
    run = {"scenario": summary["scenario"], "seed": summary["seed"], "overall": summary["overall"]}
    return {**summary["services"], "run": run}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare simulate's options on `parser` (main.py's sub-command parser)."""
    parser.add_argument(
        "--scenario", type=Path, metavar="FILE", help="scenario TOML (default: assets/simulation.toml)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="N",
        help="random seed (default 1); the same seed, the same day",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    """Simulate the day and print the figures; a bad scenario is a message on stderr and exit status 2."""
    try:
        scenario = load_scenario(args.scenario)
    except ScenarioError as exc:
        print(f"The scenario has a problem: {exc}", file=sys.stderr)
        return EXIT_BAD_SCENARIO
    summary = summarise(simulate(scenario, args.seed))
    print(
        json.dumps(as_json(summary), ensure_ascii=False, indent=2) if args.json else format_summary(summary)
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="simulate", description=(__doc__ or "").splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

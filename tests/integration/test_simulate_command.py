"""`simulate` as a planner runs it, via `python -m queueing.simulate_command` (what main.py runs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

FIGURES = ("mean_wait_s", "p90_wait_s", "estimate_mae_s", "naive_mae_s", "utilisation")


def simulate(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "simulate", *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_json_gives_every_figure_for_every_service_of_the_default_day() -> None:
    result = simulate("--seed", "3", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["A", "B", "C", "D", "E", "F", "run"]
    for code in "ABCDEF":
        for key in FIGURES:
            assert isinstance(data[code][key], float), (code, key)
    assert data["run"]["seed"] == 3
    overall = data["run"]["overall"]
    assert overall["visitors"] == overall["served"] + overall["still_waiting"]


def test_the_same_seed_prints_the_same_figures() -> None:
    first, second = simulate("--seed", "7", "--json"), simulate("--seed", "7", "--json")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout


def test_the_text_output_is_a_table_per_service() -> None:
    result = simulate()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("service"))
    for column in ("mean wait", "p90 wait", "estimate MAE", "naive MAE", "utilisation"):
        assert column in header
    for name in ("A 証明書", "B 住民異動", "C 戸籍", "D 税", "E 国保・年金", "F 福祉・子育て"):
        assert any(line.startswith(name) for line in lines), name


def test_a_bad_scenario_names_every_key_and_exits_2(tmp_path: Path) -> None:
    scenario = tmp_path / "day.toml"
    scenario.write_text(
        "[day]\nopen = '8:30'\nclose = '17:15'\nvisitors = 'many'\n"
        "[arrivals]\n'09' = 1\n"
        "[[services]]\ncode = 'A'\nmedian_minutes = -2\n"
        "[[routes]]\nsteps = ['A', 'Z']\nshare = 1\n"
        "[[counters]]\nnumber = 1\nservices = ['A']\nwindow = 3\n",
        encoding="utf-8",
    )
    result = simulate("--scenario", str(scenario))
    assert result.returncode == 2
    assert result.stdout == ""
    for problem in (
        "day.open: must be a time 'HH:MM', got '8:30'",
        "day.visitors: must be a number, got 'many'",
        "services[0].median_minutes: must be between 0.1 and 480, got -2",
        "routes[0].steps: unknown service code(s) ['Z']",
        "counters[0].window: unknown key",
    ):
        assert problem in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreadable_scenario_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    missing = simulate("--scenario", str(tmp_path / "missing.toml"))
    broken = tmp_path / "broken.toml"
    broken.write_text("[day\n", encoding="utf-8")
    invalid = simulate("--scenario", str(broken))
    assert (missing.returncode, invalid.returncode) == (2, 2)
    assert "cannot read the file" in missing.stderr
    assert "not valid TOML" in invalid.stderr
    assert "Traceback" not in missing.stderr + invalid.stderr

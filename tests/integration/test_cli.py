"""`python main.py ...` as administrators and scripts use it."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def main_py(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *argv],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )


def queue_json(database_url: str, *argv: str) -> dict[str, object]:
    result = main_py("queue", *argv, "--json", "--db", database_url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_help_lists_every_sub_command() -> None:
    out = main_py("--help").stdout
    for command in ("all", "kiosk", "desk", "display", "doctor", "queue", "screenshots", "read-card"):
        assert f"    {command}" in out


def test_queue_commands_issue_call_finish_and_report(database_url: str) -> None:
    first = queue_json(database_url, "issue", "--service", "B")
    assert first["ticket"]["number"] == "B-001" and first["people_ahead"] == 0  # type: ignore[index]
    queue_json(database_url, "issue", "--service", "B")
    called = queue_json(database_url, "call", "--counter", "2")
    assert called["ticket"]["number"] == "B-001"  # type: ignore[index]
    assert called["ticket"]["state"] == "called"  # type: ignore[index]
    status = queue_json(database_url, "status")
    assert status["calls"] == [{"number": "B-001", "counter": 2}]
    assert status["waiting"]["B"] == 1  # type: ignore[index]
    finished = queue_json(database_url, "finish", "--counter", "2")
    assert finished["ticket"]["state"] == "done"  # type: ignore[index]
    assert queue_json(database_url, "status")["calls"] == []


def test_options_may_come_before_the_sub_command(database_url: str) -> None:
    result = main_py("--db", database_url, "queue", "issue", "--service", "A")
    assert result.returncode == 0
    assert result.stdout.strip() == "A-001 (証明書), 0 ahead"


def test_operating_a_counter_with_nothing_to_finish_is_a_message_not_a_traceback(database_url: str) -> None:
    result = main_py("queue", "finish", "--counter", "1", "--db", database_url)
    assert result.returncode == 1
    assert result.stderr.strip() == "1番窓口: no ticket is being served"


def test_a_bad_configuration_names_the_key_and_exits_2(tmp_path: Path, database_url: str) -> None:
    config = tmp_path / "office.toml"
    config.write_text('[office]\ndaily_reset_hour = "three"\n[[services]]\ncode = "A"\n', encoding="utf-8")
    result = main_py("queue", "status", "--config", str(config), "--db", database_url)
    assert result.returncode == 2
    assert "office.daily_reset_hour: must be an integer" in result.stderr
    assert "services[0].name: missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_doctor_prints_a_table_and_passes_on_a_complete_machine(database_url: str) -> None:
    result = main_py("doctor", "--db", database_url)
    assert result.returncode == 0, result.stdout
    assert "OK    Python" in result.stdout
    assert "OK    Database" in result.stdout
    assert "Everything required is in place." in result.stdout


def test_doctor_fails_with_a_remedy_when_the_ticket_printer_is_missing(
    tmp_path: Path, database_url: str
) -> None:
    config = tmp_path / "office.toml"
    text = (REPO / "assets" / "office.toml").read_text(encoding="utf-8")
    config.write_text(text.replace('ticket = ""', 'ticket = "NoSuchPrinter"'), encoding="utf-8")
    result = main_py("doctor", "--config", str(config), "--db", database_url)
    assert result.returncode == 1
    assert "FAIL  Ticket printer" in result.stdout
    assert "lpadmin -p NoSuchPrinter" in result.stdout


@pytest.mark.slow
def test_screenshots_renders_every_screen(tmp_path: Path) -> None:
    result = main_py("screenshots", str(tmp_path))
    assert result.returncode == 0, result.stderr
    sizes = {}
    for png in tmp_path.glob("*.png"):
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        sizes[png.stem] = struct.unpack(">II", header[16:24])
    kiosk_pages = [
        "welcome", "welcome-high-contrast-largest", "pin-last-try", "confirm", "take-card", "more-time",
        "pin-blocked", "services", "ticket", "choose", "question-choice", "kana-keyboard", "date-picker",
        "household", "review", "welcome-ja_easy", "welcome-en", "welcome-zh_CN", "welcome-ko", "welcome-vi",
        "welcome-pt_BR", "welcome-es", "appointment", "appointment-late", "appointment-late-en",
        "appointment-ticket", "view-options", "ticket-holder", "back-in-line", "offline",
    ]  # fmt: skip
    kiosk_pages += ["printer-failed", "no-printer", "pseudo-largest"]
    for view in ("ja", "en", "ja_easy", "ja-largest"):  # what a resident meets, in three languages and large
        kiosk_pages += [f"{page}-{view}" for page in ("relationship", "address", "pin-wrong", "ticket-only")]
        kiosk_pages += [f"idle-warning-{view}"]
    expected = {f"kiosk-{page}": (1920, 1080) for page in kiosk_pages}
    portrait = ("portrait-choose", "portrait-date-picker", "portrait-review", "pseudo-largest-portrait")
    portrait += ("portrait-date-picker-low-reach",)
    expected |= {f"kiosk-{page}": (1080, 1920) for page in portrait}
    desk_pages = ("", "-login", "-correction-refused", "-history", "-transfer", "-notices", "-appointments")
    desk_pages += ("-household", "-print-blank", "-idle-warning", "-correction", "-call-next-asked")
    desk_pages += ("-logout-asked", "-undo", "-no-a4-printer")
    expected |= {f"desk{page}": (1600, 900) for page in desk_pages}
    tickets = {name: sizes.pop(name) for name in list(sizes) if name.startswith("ticket-")}
    assert sizes == {**expected, "display-landscape": (1920, 1080), "display-portrait": (1080, 1920)}
    assert set(tickets) == {"ticket-ja", "ticket-en", "ticket-ko"}  # 80 mm at 100 dpi
    assert all(width == 315 for width, _ in tickets.values())
    assert tickets["ticket-en"][1] > tickets["ticket-ja"][1]  # the resident's lines make it longer
    assert {pdf.stem for pdf in tmp_path.glob("*.pdf")} == set(tickets)


def test_one_ticket_for_several_services_and_the_clerks_operations(database_url: str) -> None:
    issued = queue_json(database_url, "issue", "--service", "B", "--service", "E", "--service", "F")
    assert issued["ticket"]["number"] == "B-001"  # type: ignore[index]
    assert issued["ticket"]["route"] == ["B", "E", "F"]  # type: ignore[index]
    queue_json(database_url, "call", "--counter", "2")
    moved = queue_json(database_url, "finish", "--counter", "2")
    assert (moved["ticket"]["state"], moved["ticket"]["service"]) == ("waiting", "E")  # type: ignore[index]
    queue_json(database_url, "call", "--counter", "4", "--ticket", "B-001")
    held = queue_json(database_url, "hold", "--counter", "4")
    assert held["ticket"]["state"] == "held"  # type: ignore[index]
    released = queue_json(database_url, "release", "--ticket", "B-001")
    assert released["ticket"]["state"] == "waiting"  # type: ignore[index]
    text = main_py("queue", "transfer", "--counter", "4", "--to-service", "D", "--db", database_url)
    assert text.returncode == 1 and "no ticket is being served" in text.stderr

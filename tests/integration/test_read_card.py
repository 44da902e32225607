"""Reading every test resident's card end to end: pcscd + vpcd + the card emulator, the API and `read-card`.

Exit statuses are checked on the CLI as a subprocess (`python -m cardreader.cli`); the emulator's command log
shows what really reached the card.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cardreader import reader, transport
from cardreader.errors import CardRemoved, NoCard, PinBlocked, UnsupportedCard, UntrustedData, WrongPin
from cardreader.monitor import ReaderEvent, watch
from tests.cardemu import Card, Faults, fake_my_number, load_identities
from tests.helpers.pcsc import InsertCard

REPO = Path(__file__).resolve().parents[2]
PEOPLE = load_identities()
READER = "Virtual PCD 00 00"
OTHER_READER = "Virtual PCD 00 01"

EXPECTED: dict[str, dict[str, object]] = {
    "yamada": {
        "card_type": "mynumber",
        "name": "山田　太郎",
        "name_reading": None,
        "address": "東京都千代田区霞が関二丁目１番２号",
        "birth_date": "1980-01-01",
        "sex": "male",
        "substitutions": [],
    },
    "yoshino": {
        "card_type": "mynumber",
        "name": "𠮷川　髙美",
        "name_reading": None,
        "address": "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス　２０１号室"
        "（南側角部屋）　管理組合気付",
        "birth_date": "1948-11-23",
        "sex": "female",
        "substitutions": [],
    },
    "tran": {
        "card_type": "mynumber",
        "name": "TRAN THI MAI",
        "name_reading": None,
        "address": "大阪府枚方市新町二丁目１番３５号",
        "birth_date": "2001-07-09",
        "sex": "female",
        "substitutions": [],
    },
    "geta": {
        "card_type": "mynumber",
        "name": "髙〓　一",
        "name_reading": None,
        "address": "京都府与謝郡与謝野町字岩滝１番地",
        "birth_date": "1919-03-03",
        "sex": "not_applicable",
        "substitutions": [{"field": "name", "position": 1, "kind": "substitute", "gaiji_number": None}],
    },
    "licence_suzuki": {
        "card_type": "drivers_license",
        "name": "鈴木　一郎",
        "name_reading": "すずき　いちろう",
        "address": "兵庫県たつの市龍野町富永１００５番地の１",
        "birth_date": "1989-01-08",
        "sex": None,
        "substitutions": [],
    },
    "licence_gaiji": {
        "card_type": "drivers_license",
        "name": "邊見　〓子",
        "name_reading": None,
        "address": "大阪府河内長野市原町一丁目１番１号",
        "birth_date": "1955-05-05",
        "sex": None,
        "substitutions": [{"field": "name", "position": 3, "kind": "gaiji", "gaiji_number": 1}],
    },
}


def pin_of(identity: str) -> str:
    person = PEOPLE[identity]
    return person.get("pin") or person["pin1"]


def read_card(*args: str, pin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a resident's support person would, the PIN on standard input."""
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "read-card", *args],
        input="" if pin is None else pin + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=60,
        check=False,
    )


def tries_only(reader_name: str = READER) -> int:
    done = read_card("--tries-only", "--reader", reader_name)
    assert done.returncode == 0, done.stderr
    tries: int = json.loads(done.stdout)["tries_left"]
    return tries


def my_number_untouched(card: Card, identity: str, output: str) -> None:
    """The My Number file was never selected and nothing like a 12-digit number was printed."""
    assert ("input_support", 0x0001) not in card.selected
    assert fake_my_number(PEOPLE[identity]) not in output
    assert not re.search(r"\d{12}|(\d[\s-]?){12}", output)


@pytest.mark.parametrize("identity", sorted(EXPECTED))
def test_cli_reads_every_resident_exactly(virtual_card: InsertCard, identity: str) -> None:
    emulator = virtual_card(identity)
    done = read_card(pin=pin_of(identity))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == EXPECTED[identity]
    my_number_untouched(emulator.card, identity, done.stdout + done.stderr)
    assert not any(c.apdu[1] == 0x20 and c.apdu[3] == 0x82 for c in emulator.card.log)  # never PIN2


@pytest.mark.parametrize("identity", ["yoshino", "licence_gaiji"])
def test_api_reads_through_pcscd_without_logging_the_pin(
    virtual_card: InsertCard, identity: str, caplog: pytest.LogCaptureFixture
) -> None:
    emulator = virtual_card(identity, index=1)
    caplog.set_level(logging.DEBUG)
    with transport.connect(OTHER_READER) as conn:
        kind = reader.detect_card(conn)
        assert reader.tries_left(conn, kind) == 3
        identity_read = reader.read_identity(conn, pin_of(identity), kind)
    assert identity_read.to_json_dict() == EXPECTED[identity]
    pin = pin_of(identity)
    assert pin not in caplog.text and pin.encode().hex(" ") not in caplog.text
    assert "00 20 00" in caplog.text  # the VERIFY header is logged, its data is not
    assert emulator.card.verified == set()  # the connection reset the card on close


def test_wrong_pin_lowers_the_tries_by_exactly_one_and_tries_only_by_none(virtual_card: InsertCard) -> None:
    emulator = virtual_card("yamada")
    assert tries_only() == 3
    assert tries_only() == 3
    done = read_card(pin="9999")
    assert done.returncode == 2
    assert "2 tries left" in done.stderr
    assert tries_only() == 2
    assert read_card(pin="1234").returncode == 0
    assert tries_only() == 3
    sent_pins = [c for c in emulator.card.log if c.apdu[1] == 0x20 and len(c.apdu) > 4]
    assert len(sent_pins) == 2


def test_wrong_licence_pin_through_the_api(virtual_card: InsertCard) -> None:
    virtual_card("licence_suzuki")
    with transport.connect() as conn, pytest.raises(WrongPin) as caught:
        reader.read_identity(conn, "0000")
    assert caught.value.tries_left == 2
    assert tries_only() == 2


def test_the_third_wrong_pin_blocks(virtual_card: InsertCard) -> None:
    virtual_card("tran")
    assert [read_card(pin="0000").returncode for _ in range(2)] == [2, 2]
    done = read_card(pin="0000")
    assert done.returncode == 3
    assert "counter" in done.stderr
    assert read_card("--tries-only").returncode == 3


@pytest.mark.parametrize("identity", ["geta", "licence_gaiji"])
def test_blocked_card(virtual_card: InsertCard, identity: str) -> None:
    emulator = virtual_card(identity, Faults(blocked=True))
    done = read_card(pin=pin_of(identity))
    assert done.returncode == 3
    assert "blocked" in done.stderr
    assert not any(c.apdu[1] == 0x20 and len(c.apdu) > 4 for c in emulator.card.log)
    with transport.connect() as conn, pytest.raises(PinBlocked):
        reader.read_identity(conn, pin_of(identity))


def test_unrelated_card(virtual_card: InsertCard) -> None:
    virtual_card("yamada", Faults(unrelated=True))
    done = read_card(pin="1234")
    assert (done.returncode, done.stdout) == (4, "")
    assert "not supported" in done.stderr
    with transport.connect() as conn, pytest.raises(UnsupportedCard):
        reader.detect_card(conn)


def test_no_card_and_no_such_reader(pcscd: tuple[str, ...]) -> None:
    assert read_card("--reader", OTHER_READER, pin="1234").returncode == 4
    done = read_card("--reader", "No Such Reader 99", pin="1234")
    assert done.returncode == 4
    assert "No Such Reader" in done.stderr
    with pytest.raises(NoCard), transport.connect(OTHER_READER):
        pass


@pytest.mark.parametrize("identity", ["yoshino", "licence_suzuki"])
def test_malformed_data(virtual_card: InsertCard, identity: str) -> None:
    virtual_card(identity, Faults(malformed=True))
    done = read_card(pin=pin_of(identity))
    assert (done.returncode, done.stdout) == (5, "")
    with transport.connect() as conn, pytest.raises(UntrustedData):
        reader.read_identity(conn, pin_of(identity))


@pytest.mark.parametrize(("identity", "leave_after"), [("yamada", 9), ("licence_gaiji", 13)])
def test_card_removed_mid_read_by_cli(virtual_card: InsertCard, identity: str, leave_after: int) -> None:
    # The CLI sends detect (1-2) and the tries query (3-5) before the read: these counts land mid-read.
    emulator = virtual_card(identity, Faults(leave_after=leave_after))
    done = read_card(pin=pin_of(identity))
    assert (done.returncode, done.stdout) == (5, "")
    assert "removed" in done.stderr
    assert emulator.client.left_on_its_own.is_set()


def test_card_removed_mid_read_through_the_api(virtual_card: InsertCard) -> None:
    emulator = virtual_card("yoshino", Faults(leave_after=5))
    with transport.connect() as conn, pytest.raises(CardRemoved):
        reader.read_identity(conn, pin_of("yoshino"), "mynumber")
    assert emulator.client.left_on_its_own.is_set()


def test_licence_without_a_pin_needs_none_on_stdin(virtual_card: InsertCard) -> None:
    virtual_card("licence_suzuki", Faults(no_pin=True))
    done = read_card()
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == EXPECTED["licence_suzuki"]


def test_monitor_reports_insertion_and_removal(virtual_card: InsertCard) -> None:
    async def scenario() -> list[ReaderEvent]:
        seen: list[ReaderEvent] = []
        events = watch(poll_ms=100)
        async for event in events:
            seen.append(event)
            if event == ReaderEvent("reader_added", OTHER_READER):
                emulator = await asyncio.to_thread(virtual_card, "tran", None, 1)
            if event == ReaderEvent("card_inserted", OTHER_READER):
                await asyncio.to_thread(emulator.stop)
            if event == ReaderEvent("card_removed", OTHER_READER):
                break
        await events.aclose()
        return seen

    seen = asyncio.run(asyncio.wait_for(scenario(), timeout=60))
    assert seen[-2:] == [
        ReaderEvent("card_inserted", OTHER_READER),
        ReaderEvent("card_removed", OTHER_READER),
    ]
    assert ReaderEvent("reader_added", READER) in seen


def test_a_pin_that_is_not_four_digits_is_refused_without_a_try(virtual_card: InsertCard) -> None:
    emulator = virtual_card("yamada")
    for pin in ("12", "12345", "abcd", None):
        done = read_card(pin=pin)
        assert (done.returncode, done.stdout) == (2, "")
        assert "Nothing was sent" in done.stderr
    assert tries_only() == 3
    assert not any(c.apdu[1] == 0x20 and len(c.apdu) > 4 for c in emulator.card.log)

"""The spooler's choices that need no CUPS: the factory, the null printer, the errors staff see."""

from __future__ import annotations

from pathlib import Path

import pytest

from printing.spooler import CupsPrinter, NullPrinter, PrintError, PrintFailure, make_printer


@pytest.mark.parametrize("name", [None, "", "   "])
def test_no_printer_configured_means_printing_switched_off(name: str | None) -> None:
    printer = make_printer(name)

    assert isinstance(printer, NullPrinter)
    assert printer.switched_off
    assert printer.print_pdf(b"%PDF-1.4", title="Ticket A-001") == ""


def test_a_queue_name_gives_a_cups_printer() -> None:
    printer = make_printer(" Ticket80 ", timeout_s=5)

    assert isinstance(printer, CupsPrinter)
    assert printer.name == "Ticket80"
    assert printer.timeout_s == 5
    assert not printer.switched_off


def test_missing_cups_tools_are_reported_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(PrintError) as caught:
        CupsPrinter("Ticket80").print_pdf(b"%PDF-1.4", title="Ticket A-001")

    assert caught.value.reason is PrintFailure.LP_MISSING
    assert "lpstat" in caught.value.detail


@pytest.mark.parametrize("reason", list(PrintFailure))
def test_every_reason_has_a_message_for_staff_naming_the_queue(reason: PrintFailure) -> None:
    error = PrintError(reason, "Ticket80", detail="paper out\n")

    assert "Ticket80" in error.message or reason in {PrintFailure.LP_MISSING, PrintFailure.CUPS_NOT_RUNNING}
    assert error.detail == "paper out"
    assert str(error) == f"{error.message} (paper out)"

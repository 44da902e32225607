"""Benchmark: ticket render time, spool-to-completed time through the real CUPS + cups-pdf, PDF size.

Run from the repository root: `.venv/bin/python -m bench.ticket [--renders N] [--prints N]`.
Starts cupsd for the run if none is running (as the tests do) and removes the PDFs cups-pdf writes.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from datetime import datetime

from printing.resident_lines import ResidentLines
from printing.spooler import CupsPrinter
from printing.ticket import TICKET_MEDIA, TicketSlip, render_ticket
from tests.helpers.cups import ensure_cups_pdf_queue, running_cupsd, wait_for_output

SLIP = TicketSlip(
    office_name="みどり市役所 市民課",
    number="A-001",
    service_name="住民票・印鑑証明",
    issued_at=datetime(2026, 11, 21, 14, 5),
    people_ahead=3,
    qr_payload="https://madoguchi.example.jp/t/2026-11-21/A-001?office=みどり市役所",
    notice="番号が呼ばれましたら、表示された窓口へお越しください。",
)
KOREAN = replace(
    SLIP,
    resident=ResidentLines(
        "ko", "증명서", wait="화면에 이 번호가 표시되면 안내된 창구로 와 주세요.",
        missed="호출을 놓치셨다면 이 QR코드를 접수기의 리더기에 대 주세요.",
    ),
)  # fmt: skip


def bench_render(count: int, slip: TicketSlip = SLIP) -> tuple[list[float], int]:
    """Render times in ms (after one warm-up that registers the fonts) and the PDF size in bytes. Each
    render has a QR payload of its own, as each ticket does (printing.ticket keeps the last few symbols)."""
    pdf = render_ticket(slip)
    times = []
    for run in range(count):
        unique = replace(slip, qr_payload=f"{slip.qr_payload}&run={run}")
        start = time.perf_counter()
        pdf = render_ticket(unique)
        times.append((time.perf_counter() - start) * 1000)
    return times, len(pdf)


def bench_spool(count: int) -> list[float]:
    """Seconds from print_pdf() to CUPS reporting the job completed, on the cups-pdf test queue."""
    pdf = render_ticket(SLIP)
    with running_cupsd():
        queue = ensure_cups_pdf_queue()
        printer = CupsPrinter(queue.name)
        times = []
        for _ in range(count):
            since = time.time()
            start = time.perf_counter()
            job_id = printer.print_pdf(pdf, title=f"Ticket {SLIP.number}", media=TICKET_MEDIA)
            times.append(time.perf_counter() - start)
            wait_for_output(queue.output_dir, job_id, since=since).unlink()
    return times


def main() -> None:
    """Print the medians (and p90) the architecture notes quote."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--prints", type=int, default=50)
    args = parser.parse_args()
    for name, slip in (("Japanese", SLIP), ("with Korean lines", KOREAN)):
        renders, size = bench_render(args.renders, slip)
        print(
            f"render, {name}: median {statistics.median(renders):.1f} ms, p90 {_p90(renders):.1f} ms,"
            f" {args.renders} runs; pdf {size} bytes ({size / 1024:.1f} KiB)"
        )
    if args.prints:
        spools = bench_spool(args.prints)
        print(
            f"spool: median {statistics.median(spools):.3f} s, p90 {_p90(spools):.3f} s, {args.prints} jobs"
        )


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


if __name__ == "__main__":
    main()

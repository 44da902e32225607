"""Benchmark: A4 form render time per form (median of N) and PDF size, for the hardest shared resident.

The resident is 𠮷川 髙美 (tests/data/identities.json: a non-BMP kanji drawn from IPAmj明朝 and an address
that wraps), each form filled with its template's example answers. The first render of the process also
parses the fonts (IPAex ~0.06 s each, IPAmj ~0.4 s): it is shown apart as "cold". The touch-count benchmarks
of issue #4 need the kiosk flow and are not here.

    python -m bench.forms [--runs 20]
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import time

from forms import Application, FormTemplate, build_application, load_catalog
from printing.forms_pdf import PrintContext, render_form

RESIDENT = {
    "card_type": "mynumber",
    "name": "\U00020bb7川　髙美",
    "name_reading": None,
    "address": "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス"
    "　２０１号室（南側角部屋）　管理組合気付",
    "birth_date": "1948-11-23",
    "sex": "female",
    "substitutions": [],
}
CONTEXT = PrintContext(today=datetime.date(2026, 11, 21))


def bench_form(template: FormTemplate, app: Application, runs: int) -> tuple[list[float], list[float], int]:
    """Wall and CPU times of each render in ms, and the PDF size in bytes.

    CPU time is shown too because a busy machine (tests running alongside) inflates the wall time.
    """
    wall, cpu = [], []
    pdf = b""
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        pdf = render_form(template, app, CONTEXT)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu, len(pdf)


def main() -> None:
    """Print one line per form, then the overall median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    catalog = load_catalog()
    apps = {t.id: build_application(t, RESIDENT, t.example, today=CONTEXT.today) for t in catalog.values()}
    start = time.perf_counter()
    render_form(catalog["juminhyo"], apps["juminhyo"], CONTEXT)
    print(f"cold first render (fonts parsed): {(time.perf_counter() - start) * 1000:.0f} ms")
    medians = []
    print(f"{'form':<16} {'median':>9} {'p90':>9} {'cpu':>9} {'size':>9}")
    for template in catalog.values():
        wall, cpu, size = bench_form(template, apps[template.id], args.runs)
        medians.append(statistics.median(wall))
        p90 = statistics.quantiles(wall, n=10)[-1] if len(wall) > 1 else wall[0]
        print(
            f"{template.id:<16} {medians[-1]:>6.1f} ms {p90:>6.1f} ms {statistics.median(cpu):>6.1f} ms "
            f"{size / 1024:>6.1f} KiB"
        )
    print(f"all forms: median of medians {statistics.median(medians):.1f} ms, {args.runs} runs each")


if __name__ == "__main__":
    main()

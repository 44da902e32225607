"""`forms list` and `forms render`: staff list the catalog and preview their templates as PDF.

    python main.py forms list [--json] [--templates DIR]
    python main.py forms render FORM_ID --data FILE.json --out FILE.pdf [--templates DIR]

The data file is `{"identity": {the keys read-card prints}, "answers": {...}}`; "identity" may be left out
(typed input, as at a kiosk without a card). An answer left out takes the template's default. Exit status:
0 written (notices go to stderr), 2 invalid templates or data (every problem listed on stderr), 1 the PDF
could not be made (e.g. a font is missing).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Mapping
from pathlib import Path

from forms import Application, Catalog, FormTemplate, TemplateError, build_application, load_catalog, validate
from forms.fees import yen
from printing.fonts import FontMissingError
from printing.forms_pdf import PrintContext, render_form
from queueing.clock import OfficeClock
from settings import OfficeConfig

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
IDENTITY_KEYS = ("card_type", "name", "name_reading", "address", "birth_date", "sex", "substitutions")
_TEXT_KEYS = ("card_type", "name", "name_reading", "address", "birth_date", "sex")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `list` and `render` sub-commands to `parser` (main.py's `forms` command)."""
    commands = parser.add_subparsers(dest="forms_command", metavar="{list,render}", required=True)
    listing = commands.add_parser("list", help="the forms of the catalog: id, title, service, fee")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    render = commands.add_parser("render", help="a form filled from a data file, as an A4 PDF")
    render.add_argument("form_id", metavar="FORM_ID")
    render.add_argument(
        "--data", type=Path, required=True, help='JSON: {"identity": {...}, "answers": {...}}'
    )
    render.add_argument("--out", type=Path, required=True, help="where to write the PDF")
    for sub in (listing, render):
        sub.add_argument(
            "--templates", type=Path, help="a directory of form templates (default: the shipped)"
        )


def run(
    args: argparse.Namespace, config: OfficeConfig | None = None, clock: OfficeClock | None = None
) -> int:
    """Run the sub-command `args.forms_command` with the office's fees and services; the exit status.
    A preview is dated on the office's calendar (`clock`; main.py's from office.timezone)."""
    fees = config.fees if config is not None else None
    try:
        catalog = load_catalog(args.templates, fees=fees or None)
    except TemplateError as exc:
        return _fail(exc.problems)
    args.service_names = {s.code: s.name for s in config.services} if config is not None else {}
    if args.forms_command == "list":
        return _list(catalog, as_json=args.json)
    return _render(catalog, args, (clock or OfficeClock()).calendar_date())


def _list(catalog: Catalog, *, as_json: bool) -> int:
    if as_json:
        rows = [{"id": t.id, "title": t.title, "service": t.service, "fee": t.fee} for t in catalog.values()]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for t in catalog.values():
            print(f"{t.id:<16} {t.service}  {yen(t.fee):>7}  {t.title}")
    return EXIT_OK


def _render(catalog: Catalog, args: argparse.Namespace, today: datetime.date) -> int:
    template = catalog.get(args.form_id)
    if template is None:
        return _fail([f"no form {args.form_id!r}; the catalog has: {', '.join(catalog)}"])
    problems: list[str] = []
    data = _read_data(args.data, problems)
    identity = _identity(data.get("identity"), problems)
    answers = data.get("answers", {})
    if not isinstance(answers, Mapping):
        problems.append("answers: must be an object")
        answers = {}
    if problems:
        return _fail(problems)
    app = build_application(template, identity, answers, today=today)
    return _write(template, app, args.out, today, _service_names(args))


def _write(
    template: FormTemplate, app: Application, out: Path, today: datetime.date, names: dict[str, str]
) -> int:
    found = validate(template, app, today=today)
    lines = [f"{p.field or '-'}: {p.message}" if p.is_error else f"注意: {p.message}" for p in found]
    if any(p.is_error for p in found):
        return _fail(lines)
    for line in lines:
        print(line, file=sys.stderr)
    try:
        pdf = render_form(template, app, PrintContext(today=today, service_names=names))
        out.write_bytes(pdf)
    except (FontMissingError, OSError) as exc:
        print(f"forms render: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{out} ({len(pdf)} bytes)")
    return EXIT_OK


def _read_data(path: Path, problems: list[str]) -> Mapping[str, object]:
    """The data file as an object; problems (unreadable, not JSON, not an object) go to `problems`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append(f"{path}: cannot read the file: {exc.strerror}")
        return {}
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: not valid JSON: {exc}")
        return {}
    if not isinstance(data, dict):
        problems.append(f"{path}: must be a JSON object with 'identity' and 'answers'")
        return {}
    problems += [
        f"{key}: unknown key (expected 'identity' and 'answers')"
        for key in data
        if key not in ("identity", "answers")
    ]
    return data


def _identity(data: object, problems: list[str]) -> Mapping[str, object] | None:
    """The identity as read-card prints it, checked key by key; None when the file has none."""
    if data is None:
        return None
    if not isinstance(data, dict):
        problems.append("identity: must be an object with the keys read-card prints")
        return None
    problems += [f"identity.{key}: unknown key" for key in data if key not in IDENTITY_KEYS]
    for key in _TEXT_KEYS:
        if data.get(key) is not None and not isinstance(data[key], str):
            problems.append(f"identity.{key}: must be text, got {data[key]!r}")
    birth = data.get("birth_date")
    if isinstance(birth, str):
        try:
            datetime.date.fromisoformat(birth)
        except ValueError:
            problems.append(f"identity.birth_date: not a date (YYYY-MM-DD): {birth!r}")
    if not isinstance(data.get("substitutions", []), list):
        problems.append("identity.substitutions: must be a list")
    return data


def _service_names(args: argparse.Namespace) -> dict[str, str]:
    """Service names from the office configuration, for the checklist (service codes alone without it)."""
    names: dict[str, str] = getattr(args, "service_names", {})
    return names


def _fail(problems: list[str]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_INVALID


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point until main.py wires `forms` in."""
    parser = argparse.ArgumentParser(prog="forms", description=__doc__.splitlines()[0] if __doc__ else None)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

"""The catalog: every form template of assets/forms/, loaded and checked together, with the town's fees.

A town adds a form by adding a file; a broken file is refused with every problem named by file and key,
e.g. `assets/forms/juminhyo.toml: fields[3].type: unknown value 'txt'; one of: text, kana, ...`.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path

from forms.model import FormTemplate
from forms.references import check_references
from forms.schema import parse_template

EVENTS_FILE = "life_events.toml"  # the navigator's rules live beside the forms but are no form


class TemplateError(Exception):
    """One or more template files cannot be used; `problems` lists each as 'file: key: what is wrong'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("form templates:\n  " + "\n  ".join(problems))


def default_directory() -> Path:
    """The shipped templates (assets/forms/)."""
    return Path(__file__).resolve().parent.parent / "assets" / "forms"


class Catalog(Mapping[str, FormTemplate]):
    """The templates by id, in file-name order; read-only."""

    def __init__(self, templates: Collection[FormTemplate]) -> None:
        self._templates = {t.id: t for t in templates}

    def __getitem__(self, form_id: str) -> FormTemplate:
        return self._templates[form_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._templates)

    def __len__(self) -> int:
        return len(self._templates)

    def for_service(self, service: str) -> list[FormTemplate]:
        """The forms a service handles, for a clerk adding a form at the desk."""
        return [t for t in self._templates.values() if t.service == service]


def load_template(path: Path, services: Collection[str] | None = None) -> FormTemplate:
    """One template file, checked; raises TemplateError naming the file and each key."""
    problems: list[str] = []
    template = _parse_file(path, problems, services)
    if problems or template is None:
        raise TemplateError(problems)
    return template


def load_catalog(
    directory: Path | None = None,
    *,
    fees: Mapping[str, int] | None = None,
    services: Collection[str] | None = None,
) -> Catalog:
    """Every template in `directory` (default: the shipped ones), with the town's fee overrides applied.

    `services` are the office's service codes: a template naming another one is refused. Raises
    TemplateError with the problems of every file at once.
    """
    directory = directory or default_directory()
    problems: list[str] = []
    templates = []
    for path in sorted(directory.glob("*.toml")):
        if path.name != EVENTS_FILE:
            template = _parse_file(path, problems, services)
            if template:
                templates.append(template)
    problems += _duplicate_ids(templates)
    if problems:
        raise TemplateError(problems)
    catalog = Catalog(templates)
    return apply_fees(catalog, fees) if fees else catalog


def _parse_file(path: Path, problems: list[str], services: Collection[str] | None) -> FormTemplate | None:
    """Parse one file; its problems go to `problems` prefixed with its path."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append(f"{path}: cannot read the file: {exc.strerror}")
        return None
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path}: not valid TOML: {exc}")
        return None
    own: list[str] = []
    template = parse_template(data, str(path), own)
    own += check_references(template, services)
    if template.id and template.id != path.stem:
        own.append(f"id: {template.id!r} must match the file name {path.stem!r}")
    problems += [f"{path}: {p}" for p in own]
    return None if own else template


def _duplicate_ids(templates: list[FormTemplate]) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for t in templates:
        if t.id in seen:
            problems.append(f"{t.source}: id: {t.id!r} is also used by {seen[t.id]}")
        seen.setdefault(t.id, t.source)
    return problems


def apply_fees(catalog: Catalog, fees: Mapping[str, int]) -> Catalog:
    """The catalog with the town's fees: `{form_id: yen}` sets a form's fee per copy,
    `{"form_id.field_id": yen}` the fee of one kind of copy (e.g. "koseki.joseki" for 除籍).

    Raises TemplateError for a key that names no form or no copies field, or a negative fee.
    """
    problems = [
        f"fees.{key}: must be a whole number of yen >= 0" for key, yen in fees.items() if not _yen(yen)
    ]
    updated = dict(catalog.items())
    for key, yen in fees.items():
        form_id, _, field_id = key.partition(".")
        template = updated.get(form_id)
        if template is None:
            problems.append(f"fees.{key}: no form {form_id!r}")
        elif field_id:
            updated[form_id] = _with_item_fee(template, field_id, yen, problems)
        else:
            updated[form_id] = dataclasses.replace(template, fee=yen)
    if problems:
        raise TemplateError(problems)
    return Catalog(updated.values())


def _yen(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _with_item_fee(template: FormTemplate, field_id: str, yen: int, problems: list[str]) -> FormTemplate:
    field = template.field(field_id)
    if field is None or not field.copies:
        problems.append(f"fees.{template.id}.{field_id}: {template.id} has no copies field {field_id!r}")
        return template
    fields = tuple(dataclasses.replace(f, fee=yen) if f is field else f for f in template.fields)
    return dataclasses.replace(template, fields=fields)

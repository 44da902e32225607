"""Reads and checks the office TOML file; every problem names the key and what is wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from queueing.clock import UnknownZone, office_zone
from queueing.model import Counter, Service
from settings.model import OfficeConfig, PrinterConfig
from settings.registry import COUNTER_FIELDS, SERVICE_FIELDS, SETTINGS, VOICE_LANGUAGES


class ConfigError(Exception):
    """The configuration cannot be used; `problems` lists each one as 'key: what is wrong'."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}:\n  " + "\n  ".join(problems))


def default_config_path() -> Path:
    """The shipped default configuration (assets/office.toml)."""
    return Path(__file__).resolve().parent.parent / "assets" / "office.toml"


def load_config(path: Path | None = None) -> OfficeConfig:
    """Load `path` (or the shipped default); raise ConfigError with every problem found."""
    path = path or default_config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(str(path), [f"cannot read the file: {exc.strerror}"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), [f"not valid TOML: {exc}"]) from None
    return parse_config(data, source=str(path))


def parse_config(data: dict[str, Any], source: str = "<config>") -> OfficeConfig:
    """Turn parsed TOML into an OfficeConfig, collecting every problem before raising."""
    problems: list[str] = []
    scalars = _read_scalars(data, problems)
    services = _read_services(data.get("services", []), problems)
    counters = _read_counters(data.get("counters", []), {s.code for s in services}, problems)
    fees = _read_fees(data.get("fees", {}), problems)
    _reject_unknown_keys(data, problems)
    if problems:
        raise ConfigError(source, problems)
    return OfficeConfig(
        office_name=scalars["office.name"],
        office_code=scalars["office.code"],
        daily_reset_hour=scalars["office.daily_reset_hour"],
        timezone=scalars["office.timezone"],
        database_url=scalars["database.url"],
        services=tuple(services),
        counters=tuple(counters),
        printers=PrinterConfig(ticket=scalars["printers.ticket"], a4=scalars["printers.a4"]),
        kiosk_result_seconds=scalars["kiosk.result_seconds"],
        kiosk_card_reader=scalars["kiosk.card_reader"],
        kiosk_voice=scalars["kiosk.voice"],
        kiosk_idle_warning_seconds=scalars["kiosk.idle_warning_seconds"],
        kiosk_idle_end_seconds=scalars["kiosk.idle_end_seconds"],
        kiosk_screen_inches=float(scalars["kiosk.screen_inches"]),
        desk_idle_logout_minutes=scalars["desk.idle_logout_minutes"],
        desk_idle_warning_seconds=scalars["desk.idle_warning_seconds"],
        fees=fees,
        display_voice_languages=tuple(scalars["display.voice_languages"]),
        display_sound=scalars["display.sound"],
        display_orientation=scalars["display.orientation"],
        privacy_retention_hours=scalars["privacy.retention_hours"],
    )


def _type_name(kind: type) -> str:
    return {str: "a string", int: "an integer", list: "a list", bool: "true or false", dict: "a table"}.get(
        kind, kind.__name__
    )


def _is_type(value: object, kind: type) -> bool:
    # TOML booleans are ints in Python; a setting wanting a number must not take `true`.
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)


def _read_scalars(data: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        section, name = setting.key.split(".", 1)
        table = data.get(section, {})
        value = table.get(name, setting.default) if isinstance(table, dict) else setting.default
        if not _is_type(value, setting.type):
            problems.append(f"{setting.key}: must be {_type_name(setting.type)}, got {value!r}")
            value = setting.default
        values[setting.key] = value
    hour = values["office.daily_reset_hour"]
    if not 0 <= hour <= 23:
        problems.append(f"office.daily_reset_hour: must be between 0 and 23, got {hour}")
    try:
        office_zone(values["office.timezone"])
    except UnknownZone as exc:
        problems.append(f"office.timezone: {exc}")
    if values["privacy.retention_hours"] < 0:
        problems.append("privacy.retention_hours: must be 0 (end of the business day) or more")
    if values["kiosk.result_seconds"] < 1:
        problems.append("kiosk.result_seconds: must be at least 1")
    if values["display.orientation"] not in ("auto", "landscape", "portrait"):
        problems.append(
            f"display.orientation: must be auto, landscape or portrait, got {values['display.orientation']!r}"
        )
    unknown = [code for code in values["display.voice_languages"] if code not in VOICE_LANGUAGES]
    if unknown:
        problems.append(
            f"display.voice_languages: unknown language(s) {unknown} (known: {', '.join(VOICE_LANGUAGES)})"
        )
    if not 0 < values["kiosk.idle_warning_seconds"] < values["kiosk.idle_end_seconds"]:
        problems.append(
            "kiosk.idle_warning_seconds: must be more than 0 and less than kiosk.idle_end_seconds"
        )
    _check_desk_idle(values, problems)
    return values


def _check_desk_idle(values: dict[str, Any], problems: list[str]) -> None:
    """A desk always logs out when left alone (a resident's forms on screen are a privacy leak)."""
    minutes = values["desk.idle_logout_minutes"]
    if not 1 <= minutes <= 60:
        problems.append(f"desk.idle_logout_minutes: must be between 1 and 60, got {minutes}")
    elif not 0 < values["desk.idle_warning_seconds"] < minutes * 60:
        problems.append(
            "desk.idle_warning_seconds: must be more than 0 and less than desk.idle_logout_minutes in seconds"
        )


def _read_entries(
    entries: object, table: str, fields: dict[str, tuple[type, bool, str]], problems: list[str]
) -> list[dict[str, Any]]:
    """Check each [[table]] entry against its declared fields; return the entries that are usable."""
    if not isinstance(entries, list):
        problems.append(f"{table}: must be a list of [[{table}]] tables")
        return []
    good: list[dict[str, Any]] = []
    for index, entry in enumerate(entries):
        where = f"{table}[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be a table")
            continue
        ok = True
        for key in entry:
            if key not in fields:
                problems.append(f"{where}.{key}: unknown key (known: {', '.join(fields)})")
                ok = False
        for key, (kind, required, _) in fields.items():
            if key not in entry:
                if required:
                    problems.append(f"{where}.{key}: missing")
                    ok = False
            elif not _is_type(entry[key], kind):
                problems.append(f"{where}.{key}: must be {_type_name(kind)}, got {entry[key]!r}")
                ok = False
        if ok:
            good.append(entry)
    return good


def _read_services(entries: object, problems: list[str]) -> list[Service]:
    services: list[Service] = []
    for entry in _read_entries(entries, "services", SERVICE_FIELDS, problems):
        code = entry["code"].strip()
        if not code or any(s.code == code for s in services):
            problems.append(f"services: code {code!r} is empty or used twice")
            continue
        minutes = float(entry.get("expected_minutes", 5))
        names = _read_names(entry.get("names", {}), f"services ({code}).names", problems)
        prefix = entry.get("prefix", code)
        services.append(Service(code, prefix, entry["name"], expected_minutes=minutes, names=names))
    if not services and not any(p.startswith("services") for p in problems):
        problems.append("services: at least one [[services]] entry is needed")
    return services


def _read_names(names: dict[str, Any], where: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    """A service's name in other languages: language code -> a non-empty name."""
    bad = [key for key, value in names.items() if not isinstance(value, str) or not value.strip()]
    for key in bad:
        problems.append(f"{where}.{key}: must be a non-empty string, got {names[key]!r}")
    return tuple(sorted((key, value.strip()) for key, value in names.items() if key not in bad))


def _read_counters(entries: object, service_codes: set[str], problems: list[str]) -> list[Counter]:
    counters: list[Counter] = []
    for entry in _read_entries(entries, "counters", COUNTER_FIELDS, problems):
        number = entry["number"]
        unknown = [code for code in entry["services"] if code not in service_codes]
        if unknown:
            problems.append(f"counters (number {number}).services: unknown service code(s) {unknown}")
            continue
        if any(c.number == number for c in counters):
            problems.append(f"counters: number {number} is used twice")
            continue
        counters.append(
            Counter(
                number=number,
                name=entry.get("name", f"{number}番窓口"),
                floor=entry.get("floor", ""),
                services=tuple(entry["services"]),
            )
        )
    return counters


def _read_fees(table: object, problems: list[str]) -> dict[str, int]:
    """The [fees] table: yen per copy by form id (checked against the form catalog when it loads)."""
    if not isinstance(table, dict):
        problems.append("fees: must be a table of form id = yen")
        return {}
    fees: dict[str, int] = {}
    for key, value in table.items():
        if not _is_type(value, int) or value < 0:
            problems.append(f"fees.{key}: must be a whole number of yen, 0 or more, got {value!r}")
        else:
            fees[key] = value
    return fees


def _reject_unknown_keys(data: dict[str, Any], problems: list[str]) -> None:
    known_sections: dict[str, set[str]] = {}
    for setting in SETTINGS:
        section, name = setting.key.split(".", 1)
        known_sections.setdefault(section, set()).add(name)
    for section, value in data.items():
        if section in ("services", "counters", "fees"):
            continue
        if section not in known_sections:
            problems.append(f"{section}: unknown section (known: {', '.join(sorted(known_sections))})")
        elif isinstance(value, dict):
            for name in value:
                if name not in known_sections[section]:
                    problems.append(f"{section}.{name}: unknown key")
        else:
            problems.append(f"{section}: must be a table")

"""The one declaration of every setting: key, type, default and what it means.

Scalar settings live here; the two tables (`[[services]]`, `[[counters]]`) have their own field lists
because a town lists as many as it has.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One scalar setting: a dotted TOML key, its Python type, its default, and a description."""

    key: str
    type: type
    default: object
    description: str


VOICE_LANGUAGES = ("ja", "ja_easy", "en", "zh_CN", "ko", "vi", "pt_BR", "es")

SETTINGS: tuple[Setting, ...] = (
    Setting("office.name", str, "窓口町役場", "Office name printed on tickets and shown on screens."),
    Setting(
        "office.code", str, "main", "Short code of this office (本庁 main, 支所 ...) in a shared database."
    ),
    Setting(
        "office.daily_reset_hour",
        int,
        3,
        "Hour (0-23, on the office's clock: office.timezone) at which ticket numbers start again from 1.",
    ),
    Setting(
        "office.timezone",
        str,
        "Asia/Tokyo",
        "The office's time zone (an IANA name): its business days, the daily reset and every time printed"
        " or shown follow it, whatever zone the machines are set to.",
    ),
    Setting(
        "database.url",
        str,
        "",
        "SQLAlchemy URL; empty = an SQLite file in the user data directory.",
    ),
    Setting("printers.ticket", str, "", "CUPS queue for the 80 mm ticket printer; empty = no printing."),
    Setting("printers.a4", str, "", "CUPS queue for A4 forms; empty = no printing."),
    Setting(
        "kiosk.result_seconds",
        int,
        12,
        "Seconds the kiosk shows the issued number before returning to the start screen.",
    ),
    Setting(
        "kiosk.idle_warning_seconds",
        int,
        60,
        "Seconds without a touch before the kiosk asks the resident whether they need more time.",
    ),
    Setting(
        "kiosk.idle_end_seconds",
        int,
        90,
        "Seconds without a touch before the visit ends and every personal value leaves the screen.",
    ),
    Setting(
        "display.voice_languages",
        list,
        ["ja", "en"],
        "Languages a call is spoken in, in order (codes as in VOICE_LANGUAGES); [] = chime only.",
    ),
    Setting("display.sound", bool, True, "Chime and spoken calls on the waiting-room display."),
    Setting(
        "display.orientation",
        str,
        "auto",
        "Display layout: landscape, portrait, or auto (as the display's screen is turned).",
    ),
    Setting(
        "kiosk.screen_inches",
        float,
        21.5,
        "Diagonal of the kiosk's touchscreen in inches (touch targets are checked to be 15 mm or more).",
    ),
    Setting(
        "kiosk.voice", bool, True, "Spoken guidance on the kiosk (each page's prompt; residents can mute it)."
    ),
    Setting(
        "kiosk.card_reader",
        bool,
        True,
        "Offer My Number card / driver's licence reading on the kiosk (needs pcscd and a PC/SC reader).",
    ),
    Setting(
        "desk.idle_logout_minutes",
        int,
        5,
        "Minutes without a click or key at a desk before the clerk is logged out and every personal value"
        " leaves the screen.",
    ),
    Setting(
        "desk.idle_warning_seconds",
        int,
        60,
        "Seconds before the idle logout that the desk warns (まもなくログアウトします, with 続ける).",
    ),
    Setting(
        "privacy.retention_hours",
        int,
        0,
        "Hours residents' forms (and the changes clerks made to them) are kept before they are purged;"
        " 0 = until the end of the business day (the next office.daily_reset_hour).",
    ),
)

# Fields of each [[services]] and [[counters]] entry: name -> (type, required, description).
SERVICE_FIELDS: dict[str, tuple[type, bool, str]] = {
    "code": (str, True, "Unique code, e.g. A."),
    "prefix": (str, False, "Letter(s) before the ticket number; defaults to the code."),
    "name": (str, True, "Name shown to residents, e.g. 証明書."),
    "expected_minutes": (
        int,
        False,
        "Usual minutes a resident takes at this service (until the day's data says).",
    ),
    "names": (
        dict,
        False,
        "The name in the kiosk's other languages, by language code (ja_easy, en, zh_CN, ko, vi, pt_BR, es),"
        ' e.g. { en = "Certificates" }: shown on the kiosk and printed on the ticket; a language not listed'
        " gets `name`.",
    ),
}
COUNTER_FIELDS: dict[str, tuple[type, bool, str]] = {
    "number": (int, True, "Counter number shown on the display (1, 2, ...)."),
    "name": (str, False, "Counter name, e.g. 1番窓口."),
    "floor": (str, False, "Floor, e.g. 1階."),
    "services": (list, True, "Codes of the services this counter serves (called first come, first served)."),
}

FEES_DESCRIPTION = (
    "[fees]: the town's fees per copy in yen, by form id or form id and kind of copy "
    '(e.g. juminhyo = 350, "koseki.removed" = 750); forms not listed keep their template\'s fee.'
)

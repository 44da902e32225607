"""The office configuration as typed values.

Every key a TOML file may hold is declared in `settings.registry`; this module only holds the result.
"""

from __future__ import annotations

from dataclasses import dataclass

from queueing.model import Counter, Service


@dataclass(frozen=True)
class PrinterConfig:
    """CUPS queue names; an empty name switches that printer off."""

    ticket: str
    a4: str


@dataclass(frozen=True)
class OfficeConfig:
    """Everything one office (本庁 or 支所) is configured with."""

    office_name: str
    office_code: str
    daily_reset_hour: int
    database_url: str
    services: tuple[Service, ...]
    counters: tuple[Counter, ...]
    printers: PrinterConfig
    kiosk_result_seconds: int
    kiosk_card_reader: bool
    kiosk_voice: bool
    kiosk_idle_warning_seconds: int
    kiosk_idle_end_seconds: int
    kiosk_screen_inches: float
    desk_idle_logout_minutes: int
    desk_idle_warning_seconds: int
    fees: dict[str, int]
    display_voice_languages: tuple[str, ...]
    display_sound: bool
    display_orientation: str
    privacy_retention_hours: int = 0  # 0: personal data is purged at the end of the business day
    timezone: str = "Asia/Tokyo"  # office.timezone, an IANA name (checked when the file is read)

    def service(self, code: str) -> Service:
        """The service with this code; KeyError if the office has none."""
        for service in self.services:
            if service.code == code:
                return service
        raise KeyError(code)

    def counter(self, number: int) -> Counter:
        """The counter with this number; KeyError if the office has none."""
        for counter in self.counters:
            if counter.number == number:
                return counter
        raise KeyError(number)

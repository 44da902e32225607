"""A card emulator for tests and benches: My Number cards and IC licences in vpcd's virtual readers."""

from tests.cardemu.card import Card, LoggedCommand, UnrelatedCard
from tests.cardemu.cards import Faults, build_card, fake_my_number, load_identities
from tests.cardemu.direct import DirectConnection
from tests.cardemu.vpcd import EmulatorThread, VpcdClient, reader_name

__all__ = [
    "Card",
    "DirectConnection",
    "EmulatorThread",
    "Faults",
    "LoggedCommand",
    "UnrelatedCard",
    "VpcdClient",
    "build_card",
    "fake_my_number",
    "load_identities",
    "reader_name",
]

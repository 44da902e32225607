"""What the display says when a number is called, in each language of ui.i18n.

A call is two short sentences, "number ..." and "go to counter ...", each synthesized and cached on its
own: a number and a counter recur all day and every day, a number *at* a counter rarely, so the cache
keeps hitting and stays small. To change the wording, edit CALL_WORDINGS (or pass your own mapping to the
Announcer); `{ticket}` and `{counter}` are filled in, and the tests speak every language's phrase.

How a ticket is read: "A-012" is the letter A and the number 12. Open JTalk reads a bare "A" as エイ and
"12番の方" as じゅうにばんの**ほう**, so Japanese spells the letter in katakana (エー) and writes かた in
kana. espeak-ng reads "Number A 12" with the article "a" but "Number A-12" with the letter, hence the
hyphen in English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from voice.errors import UnknownLanguage

LABEL = re.compile(r"([A-Za-z]{0,3})-?([0-9]{1,5})")
COUNTER_NUMBER = re.compile(r"\d+")  # any script's digits: ３番窓口 too

# Letter names as Japanese announcements say them (エイ, Open JTalk's reading of a bare A, sounds odd).
KATAKANA_LETTERS: Mapping[str, str] = MappingProxyType(
    {
        "A": "エー", "B": "ビー", "C": "シー", "D": "ディー", "E": "イー", "F": "エフ", "G": "ジー",
        "H": "エイチ", "I": "アイ", "J": "ジェー", "K": "ケー", "L": "エル", "M": "エム", "N": "エヌ",
        "O": "オー", "P": "ピー", "Q": "キュー", "R": "アール", "S": "エス", "T": "ティー", "U": "ユー",
        "V": "ブイ", "W": "ダブリュー", "X": "エックス", "Y": "ワイ", "Z": "ゼット",
    }
)  # fmt: skip


@dataclass(frozen=True)
class CallWording:
    """How one language calls a number to a counter."""

    ticket: str  # first sentence; {ticket} is the number as `ticket_with_letters` writes it
    ticket_with_letters: str  # {letters} and {number}; a label without letters is just the number
    to_counter: str  # second sentence; {counter}: the counter's name (Japanese) or its number
    to_unnumbered_counter: str  # when the counter's name has no number to say in another language
    again: str  # said first when a number is called again
    says_counter_name: bool = False  # Japanese says the counter's own name (3番窓口, 証明書コーナー)
    letters: Mapping[str, str] = field(default_factory=dict)  # how letters are written for the engine


CALL_WORDINGS: Mapping[str, CallWording] = MappingProxyType(
    {
        "ja": CallWording(
            ticket="受付番号、{ticket}番のかた。",
            ticket_with_letters="{letters}の{number}",
            to_counter="{counter}へお越しください。",
            to_unnumbered_counter="画面に表示された窓口へお越しください。",
            again="もう一度お呼びします。",
            says_counter_name=True,
            letters=KATAKANA_LETTERS,
        ),
        # やさしい日本語: short sentences, plain words (人, 来てください; not 方, お越しください). Spoken, so
        # without the spaces it is written with on screen: Open JTalk pauses at every space.
        "ja_easy": CallWording(
            ticket="番号、{ticket}番の人。",
            ticket_with_letters="{letters}の{number}",
            to_counter="{counter}に来てください。",
            to_unnumbered_counter="画面の窓口に来てください。",
            again="もう一度呼びます。",
            says_counter_name=True,
            letters=KATAKANA_LETTERS,
        ),
        "en": CallWording(
            ticket="Number {ticket}.",
            ticket_with_letters="{letters}-{number}",
            to_counter="Please go to counter {counter}.",
            to_unnumbered_counter="Please go to the counter shown on the screen.",
            again="Calling again.",
        ),
        "zh_CN": CallWording(
            ticket="{ticket} 号，",
            ticket_with_letters="{letters} {number}",
            to_counter="请到 {counter} 号窗口。",
            to_unnumbered_counter="请到屏幕上显示的窗口。",
            again="再次呼叫。",
        ),
        "ko": CallWording(
            ticket="{ticket}번 고객님,",
            ticket_with_letters="{letters} {number}",
            to_counter="{counter}번 창구로 와 주십시오.",
            to_unnumbered_counter="화면에 표시된 창구로 와 주십시오.",
            again="다시 한번 안내해 드립니다.",
        ),
        "vi": CallWording(
            ticket="Mời số {ticket},",
            ticket_with_letters="{letters} {number}",
            to_counter="đến quầy số {counter}.",
            to_unnumbered_counter="đến quầy hiển thị trên màn hình.",
            again="Xin nhắc lại.",
        ),
        "pt_BR": CallWording(
            ticket="Senha {ticket},",
            ticket_with_letters="{letters} {number}",
            to_counter="dirija-se ao guichê {counter}.",
            to_unnumbered_counter="dirija-se ao guichê indicado na tela.",
            again="Chamando novamente.",
            letters={"E": "É"},  # a bare E is the word "e" (and), said "i"
        ),
        "es": CallWording(
            ticket="Número {ticket},",
            ticket_with_letters="{letters} {number}",
            to_counter="pase a la ventanilla {counter}.",
            to_unnumbered_counter="pase a la ventanilla indicada en la pantalla.",
            again="Llamamos de nuevo.",
            letters={"Y": "ye"},  # a bare Y is the word "y" (and)
        ),
    }
)


@dataclass(frozen=True)
class TicketNumber:
    letters: str  # "A"; "" for a label of digits only
    number: int  # 12 for "A-012"


def parse_label(label: str) -> TicketNumber:
    """ "A-012" -> (A, 12). Anything else is refused: only ticket numbers are ever announced."""
    match = LABEL.fullmatch(label.strip())
    if match is None:
        raise ValueError(f"not a ticket number: {label!r}")
    return TicketNumber(match.group(1).upper(), int(match.group(2)))


def counter_number(counter_name: str) -> int | None:
    """The number in a counter's name ("3番窓口" -> 3, "第２窓口" -> 2), None if it has none."""
    match = COUNTER_NUMBER.search(counter_name)
    return int(match.group()) if match else None


def wording(language: str, wordings: Mapping[str, CallWording] = CALL_WORDINGS) -> CallWording:
    try:
        return wordings[language]
    except KeyError:
        raise UnknownLanguage(f"no call wording for language {language!r}") from None


def call_sentences(
    language: str,
    label: str,
    counter_name: str,
    recall: bool = False,
    wordings: Mapping[str, CallWording] = CALL_WORDINGS,
) -> tuple[str, ...]:
    """The sentences that call `label` to `counter_name` in `language`, in the order they are spoken."""
    words = wording(language, wordings)
    ticket = parse_label(label)
    spelled = " ".join(words.letters.get(letter, letter) for letter in ticket.letters)
    written = str(ticket.number)
    if spelled:
        written = words.ticket_with_letters.format(letters=spelled, number=ticket.number)
    named = counter_name.strip() or None
    counter = named if words.says_counter_name else counter_number(counter_name)
    go = words.to_unnumbered_counter if counter is None else words.to_counter.format(counter=counter)
    sentences = (words.ticket.format(ticket=written), go)
    return (words.again, *sentences) if recall else sentences

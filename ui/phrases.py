"""Japanese lines break between phrases (文節), never inside one: 「文字を大きく・／見やすく」, not
「文字を大きく・見／やすく」.

Qt breaks Japanese text between any two characters (Unicode line breaking allows it there). BudouX, Google's
Japanese phrase segmenter (Apache-2.0; its model ships in the wheel, nothing is downloaded), finds the
phrases; `joined()` keeps each phrase together with word joiners (U+2060, which forbid a break) and marks
the breaks between phrases with zero-width spaces (U+200B). Both are invisible and take no room, so a text
measures as before; only where it may break changes. The kiosk's label and button helpers (kiosk.widgets)
show texts so, and the clipping checker (tests.helpers.clipping) fails a wrapped Japanese text that Qt
broke inside a phrase.

`boundaries()` is the one rule both use:

- a line may break after a space (やさしい日本語 is written with spaces between its words: a short word
  between spaces is one phrase, whatever BudouX would make of its kana), at a line break, and between
  BudouX's phrases;
- never before a character that may not start a line (、。・ー」）, small kana ...): the break moves after it;
- after 「・」 between two words (大きく・見やすく);
- a phrase longer than `LONGEST_PHRASE` characters (an address's long compound, a name of a building) may
  break anywhere inside: kept whole, it would be wider than a narrow line and be cut off.

Only texts that are Japanese are treated (`is_phrased`): texts with kana, or with kanji while the kiosk shows
Japanese or やさしい日本語. A Chinese text (kanji without kana) keeps Qt's own breaking.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import budoux

from ui.i18n import current_language

ZWSP = "\u200b"  # a break may come here
WORD_JOINER = "\u2060"  # no break here
INVISIBLE = (ZWSP, WORD_JOINER)
JAPANESE_LANGUAGES = ("ja", "ja_easy")
LONGEST_PHRASE = 8  # characters: longer phrases may break inside (see the module's docstring)
SPACED_WORD = 10  # characters: in a text written with spaces, a word up to this long is one phrase

KANA = re.compile(r"[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff々〆]")
# Japanese letters, punctuation and full-width forms: a break between two of these is Japanese line breaking.
JAPANESE = re.compile(
    r"[\u3000-\u303f\u3041-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef"
    r"\U00020000-\U0003ffff]"
)
# 行頭禁則: characters a line may not start with (closing brackets, punctuation, small kana, 長音).
NO_LINE_START = frozenset(
    "、。，．・：；？！ー―‐～…‥）」』】〕〉》］｝〙〗ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)]}!?.,:;"
)
# 行末禁則: characters a line may not end with (opening brackets).
NO_LINE_END = frozenset("（「『【〔〈《［｛〘〖([{")


@functools.cache
def _parser() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


def is_phrased(text: str) -> bool:
    """Whether `text` is Japanese to be broken by phrases: it has kana, or kanji while Japanese is shown."""
    if KANA.search(text):
        return True
    return current_language() in JAPANESE_LANGUAGES and KANJI.search(text) is not None


def plain(text: str) -> str:
    """`text` without the invisible marks `joined()` adds."""
    return text.replace(ZWSP, "").replace(WORD_JOINER, "")


@functools.lru_cache(maxsize=4096)
def boundaries(text: str) -> frozenset[int]:
    """The positions (0 < i < len(text)) where a line of `text` may begin: see the module's docstring."""
    found: set[int] = set()
    spaced = _spaced(text)
    start = 0
    for match in re.finditer(r"\s+", text + " "):
        word = text[start : match.start()]
        if word:
            found |= {start + i for i in _inside(word, spaced)}
        found.add(match.end())
        start = match.end()
    return frozenset(i for i in found if 0 < i < len(text))


def _spaced(text: str) -> bool:
    """Written with spaces between Japanese words (やさしい日本語: 「もじを おおきく」)."""
    return re.search(r"[\u3041-\u30ff\u4e00-\u9fff][ 　][\u3041-\u30ff\u4e00-\u9fff]", text) is not None


def _inside(word: str, spaced: bool) -> set[int]:
    """Where a word (no spaces) may break inside."""
    if not JAPANESE.search(word):
        return set()
    phrases = [word] if spaced and len(word) <= SPACED_WORD else _parser().parse(word)
    found: set[int] = set()
    at = 0
    for phrase in phrases:
        if len(phrase) > LONGEST_PHRASE:
            found |= set(range(at + 1, at + len(phrase)))
        at += len(phrase)
        found.add(at)
    found |= {i + 1 for i, char in enumerate(word[:-1]) if char == "・"}
    return {_allowed(word, i) for i in found if 0 < i < len(word)} - {0, len(word)}


def _allowed(word: str, at: int) -> int:
    """A break at `at`, moved past what may not start a line and before what may not end one."""
    while at < len(word) and word[at] in NO_LINE_START:
        at += 1
    while 0 < at < len(word) and word[at - 1] in NO_LINE_END:
        at -= 1
    return at


def joined(text: str) -> str:
    """`text` as a wrapping label shows it: each phrase held together, a zero-width space between phrases
    (see the module's docstring); other texts unchanged."""
    text = plain(text)
    return _joined(text) if is_phrased(text) else text


@functools.lru_cache(maxsize=4096)
def _joined(text: str) -> str:
    breaks = boundaries(text)
    out = [text[:1]]
    for at in range(1, len(text)):
        before, char = text[at - 1], text[at]
        if at in breaks:
            out.append(ZWSP if not (before.isspace() or char.isspace()) else "")
        elif _joinable(before, char):
            out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)


def _joinable(before: str, char: str) -> bool:
    """A joiner between these two would change nothing or harm: not around spaces or line breaks, not
    before a combining mark or a variation selector (髙's glyph variant), not after one either."""
    if before.isspace() or char.isspace():
        return False
    return not unicodedata.category(char).startswith(("M", "C"))


def breaks_inside_phrase(shown: str, line_starts: list[int]) -> list[int]:
    """Of the lines' starting positions in `shown` (a text as displayed, marks and all), those that break
    a phrase: positions in the plain text where two Japanese characters meet and no boundary is."""
    plain_at = [0] * (len(shown) + 1)
    count = 0
    for index, char in enumerate(shown):
        plain_at[index] = count
        count += char not in INVISIBLE
    plain_at[len(shown)] = count
    text = plain(shown)
    allowed = boundaries(text)
    wrong = []
    for start in line_starts:
        at = plain_at[start]
        if 0 < at < len(text) and at not in allowed and _japanese_pair(text, at):
            wrong.append(at)
    return wrong


def _japanese_pair(text: str, at: int) -> bool:
    return bool(JAPANESE.match(text[at - 1])) and bool(JAPANESE.match(text[at]))

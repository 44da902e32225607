"""Fit a text into a width: shrink it, then wrap it the Japanese way, then cut it with an ellipsis.

Measured with reportlab's font metrics, so what fits here fits on paper. Japanese may break between any two
characters, except that closing brackets and punctuation never start a line (行頭禁則, simple form).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"
_NO_LINE_START = frozenset(
    "、。，．,.・：；:;？！?!ー)）]］}｝」』】〕〉》”’…‥々ゝゞ"  # closing marks, ー, iteration marks
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"  # small kana
)


def fit_text(
    text: str, font: str, sizes: tuple[float, float], width: float, max_lines: int, *, words: bool = False
) -> tuple[float, list[str]]:
    """Font size and lines for `text` within `width`.

    One line at the largest size in sizes (largest, smallest) that fits, in half-point steps; when even the
    smallest is too wide, wrapped at the smallest into at most `max_lines`, the last one ending in "…".
    With `words`, lines break at spaces where there are any (English, Korean, やさしい日本語).
    """
    largest, smallest = sizes
    natural = stringWidth(text, font, 1.0)
    size = largest if natural * largest <= width else max(smallest, int(2 * width / natural) / 2)
    lines = wrap(text, font, size, width, words=words)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], truncate("".join(lines[max_lines - 1 :]), font, size, width)]
    return size, lines


def wrap(text: str, font: str, size: float, width: float, *, words: bool = False) -> list[str]:
    """Greedy wrap between characters (with `words`, at the last space where a line has one); newlines in
    `text` start a new line."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph(paragraph, font, size, width, words))
    return lines


def _wrap_paragraph(paragraph: str, font: str, size: float, width: float, words: bool) -> list[str]:
    """One paragraph's lines; a character that may not start a line pulls its predecessor down with it,
    and with `words` the word being written moves down whole."""
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for char in paragraph:
        advance = stringWidth(char, font, size)
        if line and used + advance > width:
            carry = [line.pop()] if char in _NO_LINE_START and len(line) > 1 else []
            if words and not char.isspace() and " " in line[1:]:
                space = len(line) - 1 - line[::-1].index(" ")
                word = line[space + 1 :] + carry
                if stringWidth("".join(word) + char, font, size) <= width:  # else a word wider than a line
                    line, carry = line[:space], word
            lines.append("".join(line).rstrip())
            line = [c for c in carry if not c.isspace()]
            used = stringWidth("".join(line), font, size)
        if line or not char.isspace():
            line.append(char)
            used += advance
    lines.append("".join(line))
    return lines


def truncate(text: str, font: str, size: float, width: float) -> str:
    """`text` cut to fit `width` including a trailing ellipsis (unchanged when it fits as it is)."""
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth(ELLIPSIS, font, size)
    kept: list[str] = []
    for char in text:
        room -= stringWidth(char, font, size)
        if room < 0:
            break
        kept.append(char)
    return "".join(kept).rstrip() + ELLIPSIS


def fit_lines(
    text: str, font: str, sizes: tuple[float, float], width: float, max_lines: int, *, words: bool = False
) -> tuple[float, list[str]]:
    """Font size and lines for `text` wrapped within `width` and `max_lines`: for boxes of several lines.

    Unlike fit_text, which shrinks to one line first, this keeps the largest size at which the wrapped text
    fits (an address reads better on two lines at 10 pt than on one at 7 pt); at the smallest size the last
    line ends in "…".
    """
    largest, smallest = sizes
    size = largest
    while size > smallest:
        lines = wrap(text, font, size, width, words=words)
        if len(lines) <= max_lines:
            return size, lines
        size -= 0.5
    lines = wrap(text, font, smallest, width, words=words)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], truncate("".join(lines[max_lines - 1 :]), font, smallest, width)]
    return smallest, lines

"""Fitting text into the slip's width: shrink, wrap Japanese-style, cut with an ellipsis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from printing import fonts
from printing.textfit import ELLIPSIS, fit_text, truncate, wrap

FONT = fonts.register(fonts.GOTHIC)
WIDTH = 200.0

japanese_text = st.text(
    alphabet=st.sampled_from(
        "市民課住民票の写し印鑑登録証明書マイナンバーカード交付窓口、。「」・ー ABC123-"
    ),
    min_size=1,
    max_size=120,
)


def test_short_text_keeps_the_largest_size_on_one_line() -> None:
    assert fit_text("市民課", FONT, (13, 8), WIDTH, max_lines=2) == (13, ["市民課"])


def test_longer_text_shrinks_before_it_wraps() -> None:
    text = "みどり市役所 本庁舎 市民生活部 市民課"

    size, lines = fit_text(text, FONT, (20, 8), WIDTH, max_lines=2)

    assert 8 < size < 20
    assert lines == [text]
    assert stringWidth(text, FONT, size) <= WIDTH


def test_closing_punctuation_never_starts_a_line() -> None:
    # 20 characters of 10 pt fill exactly 200 pt: "。" would start the second line
    lines = wrap("あ" * 20 + "。次の行", FONT, 10, WIDTH)

    assert lines == ["あ" * 19, "あ。次の行"]


def test_truncate_ends_in_an_ellipsis_within_the_width() -> None:
    cut = truncate("長い名前" * 30, FONT, 10, WIDTH)

    assert cut.endswith(ELLIPSIS)
    assert stringWidth(cut, FONT, 10) <= WIDTH


@given(japanese_text, st.integers(min_value=1, max_value=4))
def test_every_line_fits_and_at_most_max_lines(text: str, max_lines: int) -> None:
    size, lines = fit_text(text, FONT, (14, 8), WIDTH, max_lines)

    assert 8 <= size <= 14
    assert 1 <= len(lines) <= max_lines
    assert all(stringWidth(line, FONT, size) <= WIDTH for line in lines)


@given(japanese_text)
def test_wrapping_loses_no_character_but_spaces(text: str) -> None:
    lines = wrap(text, FONT, 10, WIDTH)

    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_with_words_a_line_breaks_at_a_space_and_a_word_stays_whole() -> None:
    text = "When this number appears on the screen, please go to the counter shown."

    assert wrap(text, FONT, 10, 150)[0].endswith(" on t")  # without `words`, "the" is cut in two
    word_lines = wrap(text, FONT, 10, 150, words=True)

    assert word_lines == ["When this number appears on", "the screen, please go to the", "counter shown."]
    assert all(stringWidth(line, FONT, 10) <= 150 for line in word_lines)


latin_text = st.lists(
    st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzÀéñ"), min_size=1, max_size=40), max_size=20
).map(" ".join)


@given(latin_text)
def test_wrapping_at_words_loses_nothing_and_every_line_fits(text: str) -> None:
    lines = wrap(text, FONT, 10, WIDTH, words=True)

    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(stringWidth(line, FONT, 10) <= WIDTH for line in lines)

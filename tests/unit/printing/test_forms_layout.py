"""The A4 layout's arithmetic: the box grid, wrapping values into boxes, marks across wrapped lines."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from forms.model import Box, Section
from printing import fonts
from printing.form_boxes import align, layout
from printing.textfit import fit_lines

FONT = fonts.register(fonts.MINCHO)
ADDRESS = (
    "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス　２０１号室（南側角部屋）"
    "　管理組合気付"
)


def test_boxes_flow_in_rows_and_the_last_of_a_row_fills_it() -> None:
    section = Section(
        "s",
        columns=4,
        boxes=(Box(("a",), "A", 2), Box(("b",), "B", 1), Box(("c",), "C", 2), Box(("d",), "D", 4)),
    )

    rows = layout(section, 400.0)

    assert [[(p.box.label, p.x, p.width) for p in row] for row in rows] == [
        [("A", 0.0, 200.0), ("B", 200.0, 200.0)],
        [("C", 0.0, 400.0)],
        [("D", 0.0, 400.0)],
    ]


def test_a_long_address_wraps_at_a_readable_size_before_it_shrinks() -> None:
    size, lines = fit_lines(ADDRESS, FONT, (12, 7), 500, 2)

    assert len(lines) == 2
    assert size >= 10
    assert "".join(lines).replace("　", "") == ADDRESS.replace("　", "")
    assert all(stringWidth(line, FONT, size) <= 500 for line in lines)


def test_what_cannot_fit_is_cut_with_an_ellipsis_at_the_smallest_size() -> None:
    size, lines = fit_lines(ADDRESS * 3, FONT, (12, 7), 200, 2)

    assert size == 7
    assert len(lines) == 2 and lines[-1].endswith("…")


def test_marked_positions_follow_the_characters_onto_their_lines() -> None:
    text = "髙〓　一郎"
    assert align(text, ["髙〓", "一郎"], [1]) == [{1}, set()]
    assert align(text, ["髙", "〓　一郎"], [1, 3]) == [set(), {0, 2}]

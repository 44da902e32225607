"""The ticket PDF, checked with the real poppler tools and a real QR decoder (zbar)."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from pyzbar import pyzbar

from printing.resident_lines import ResidentLines
from printing.ticket import (
    TICKET_LENGTH_MM,
    TICKET_MEDIA,
    TICKET_WIDTH_MM,
    TicketLabels,
    TicketSlip,
    render_ticket,
    ticket_length_mm,
    ticket_media,
)
from tests.helpers.cups import pdf_page_size, pdf_text

POINTS_PER_MM = 72 / 25.4
SLIP = TicketSlip(
    office_name="みどり市役所 市民課",
    number="A-001",
    service_name="住民票・印鑑証明",
    issued_at=datetime(2026, 11, 21, 14, 5),
    people_ahead=3,
    qr_payload="https://madoguchi.example.jp/t/A-001?窓口=市民課&名称=みどり市役所",
    notice="番号が呼ばれましたら、表示された窓口へお越しください。",
)
LONG = TicketSlip(
    office_name="北海道虻田郡洞爺湖町役場 洞爺総合支所 地域住民生活課 戸籍・住民登録係 " * 3,
    number="MYNA-12345",
    service_name="マイナンバーカード交付・電子証明書更新・暗証番号再設定・住所変更（予約のない方）" * 2,
    issued_at=datetime(2026, 1, 5, 9, 0),
    people_ahead=1234,
    qr_payload="窓口" * 40,
    notice="お知らせ" * 60,
)


def write(tmp_path: Path, slip: TicketSlip) -> Path:
    path = tmp_path / f"{slip.number}.pdf"
    path.write_bytes(render_ticket(slip))
    return path


def words(pdf: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) for every word pdftotext finds."""
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        pdf_text(pdf, "-bbox"),
    )
    return [(float(x0), float(x1), word) for x0, x1, word in found]


def decode_qr(pdf: Path, tmp_path: Path) -> list[str]:
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True
    )
    with Image.open(tmp_path / "page.png") as page:
        return [symbol.data.decode("utf-8") for symbol in pyzbar.decode(page)]


@pytest.fixture
def ticket(tmp_path: Path) -> Path:
    return write(tmp_path, SLIP)


def test_page_is_80_mm_wide_and_as_long_as_the_media_says(ticket: Path) -> None:
    width, length = pdf_page_size(ticket)

    assert width == pytest.approx(80 * POINTS_PER_MM, abs=0.5)
    assert length == pytest.approx(TICKET_LENGTH_MM * POINTS_PER_MM, abs=0.5)
    assert f"Custom.{TICKET_WIDTH_MM}x{TICKET_LENGTH_MM}mm" == TICKET_MEDIA


def test_every_font_is_embedded_and_there_is_no_helvetica(ticket: Path) -> None:
    table = subprocess.run(["pdffonts", str(ticket)], capture_output=True, text=True, check=True).stdout
    rows = table.splitlines()[2:]

    assert rows, table
    assert all(re.search(r"\bIPAexGothic\b.*\byes\s+yes\s+yes\b", row) for row in rows), table
    assert "Helvetica" not in table


def test_text_layer_holds_what_the_resident_reads(ticket: Path) -> None:
    text = re.sub(r"\s+", "", pdf_text(ticket))

    assert "A-001" in text
    assert "みどり市役所市民課" in text
    assert "住民票・印鑑証明" in text
    assert "お待ちの方3人" in text
    assert "2026年11月21日14:05" in text


def test_qr_code_decodes_to_the_payload_with_its_japanese(ticket: Path, tmp_path: Path) -> None:
    assert decode_qr(ticket, tmp_path) == [SLIP.qr_payload]


@pytest.mark.parametrize(
    "payload",
    [
        "窓口",  # UTF-8 bytes that look like Shift_JIS pairs: segno would pick Kanji mode on its own
        "住民票の写し",
        "https://madoguchi.example.jp/t/A-001",
        "受付番号 A-001 𠮷野",
    ],
)
def test_qr_code_survives_japanese_only_payloads(tmp_path: Path, payload: str) -> None:
    slip = TicketSlip("窓口", "A-1", "税証明", datetime(2026, 4, 1, 8, 30), 0, payload)

    assert decode_qr(write(tmp_path, slip), tmp_path) == [payload]


def test_qr_code_is_vector_not_an_image(ticket: Path) -> None:
    listing = subprocess.run(["pdfimages", "-list", str(ticket)], capture_output=True, text=True, check=True)

    assert len(listing.stdout.splitlines()) == 2  # the header lines only


def test_long_names_stay_inside_the_printable_width(tmp_path: Path) -> None:
    pdf = write(tmp_path, LONG)
    margin = 5 * POINTS_PER_MM
    width, _ = pdf_page_size(pdf)

    placed = words(pdf)

    assert placed
    for x_min, x_max, word in placed:
        assert margin - 0.5 <= x_min and x_max <= width - margin + 0.5, word
    assert decode_qr(pdf, tmp_path) == [LONG.qr_payload]
    assert "MYNA-12345" in pdf_text(pdf)


@pytest.mark.parametrize("people", [0, 7, 99999])
def test_people_ahead_is_printed_as_given(tmp_path: Path, people: int) -> None:
    slip = TicketSlip("窓口", "B-2", "税証明", datetime(2026, 4, 1, 8, 30), people, "B-2")

    assert f"お待ちの方{people}人" in re.sub(r"\s+", "", pdf_text(write(tmp_path, slip)))


def test_labels_can_be_replaced_for_another_language(tmp_path: Path) -> None:
    labels = TicketLabels(
        heading="Your number",
        waiting_before="Waiting:",
        waiting_after=" people",
        issued="Issued {year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
    )
    pdf = tmp_path / "en.pdf"
    pdf.write_bytes(render_ticket(SLIP, labels))

    text = pdf_text(pdf)
    assert "Your number" in text
    assert "Issued 2026-11-21 14:05" in text


def test_issue_time_is_written_the_japanese_way() -> None:
    assert TicketLabels().issued_text(datetime(2026, 1, 5, 9, 3)) == "2026年1月5日 09:03 発行"


def test_a_ticket_for_several_services_says_where_it_goes_next(tmp_path: Path) -> None:
    slip = replace(
        SLIP, number="B-001", service_name="住民異動", next_services=("国保・年金", "福祉・子育て")
    )
    text = pdf_text(write(tmp_path, slip))
    assert "このあと：国保・年金 → 福祉・子育て" in text
    assert "このあと" not in pdf_text(write(tmp_path, SLIP))  # one service: nothing about a next one


def test_the_ticket_prints_the_expected_wait(tmp_path: Path) -> None:
    assert "待ち時間の目安 約25分" in pdf_text(write(tmp_path, replace(SLIP, estimate="約25分")))


KOREAN = ResidentLines(
    language="ko",
    service="이사(주민 등록)",
    then="다음: 국민건강보험·연금 → 복지·육아",
    wait="화면에 이 번호가 표시되면 안내된 창구로 와 주세요.",
    missed="호출을 놓치셨다면 이 QR코드를 접수기의 리더기에 대 주세요.",
)


def embedded_fonts(pdf: Path) -> set[str]:
    """The names (without subset prefix) of the fonts pdffonts lists as embedded."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if " yes " in line}


def test_every_ticket_tells_what_to_do_after_a_missed_call(ticket: Path) -> None:
    text = re.sub(r"\s+", "", pdf_text(ticket))
    assert "呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください" in text


def test_a_korean_residents_ticket_adds_their_lines_in_an_embedded_font_and_grows_to_fit(
    tmp_path: Path,
) -> None:
    slip = replace(SLIP, resident=KOREAN)
    pdf = write(tmp_path, slip)

    text = pdf_text(pdf)
    for line in (
        "이사(주민 등록)",
        "국민건강보험·연금 → 복지·육아",
        "화면에 이 번호가 표시되면",
        "호출을 놓치셨다면",
    ):
        assert line in text
    assert "住民票・印鑑証明" in text  # the Japanese stays: staff read it too
    assert embedded_fonts(pdf) >= {"IPAexGothic", "WenQuanYiMicroHei-0"}
    length = ticket_length_mm(slip)
    assert length > TICKET_LENGTH_MM and ticket_media(length) == f"Custom.80x{length}mm"
    assert pdf_page_size(pdf)[1] == pytest.approx(length * POINTS_PER_MM, abs=0.5)
    assert ticket_length_mm(SLIP) == TICKET_LENGTH_MM  # a Japanese ticket keeps the usual length


def test_an_english_line_wraps_between_words_never_inside_one(tmp_path: Path) -> None:
    english = ResidentLines(
        "en", "Moving (resident registration)", wait="When this number appears on the screen, please go to"
        " the counter shown.", missed="If you miss your call, hold this QR code up to the kiosk's scanner."
    )  # fmt: skip
    pdf = write(tmp_path, replace(SLIP, resident=english))
    found = {html.unescape(word) for _, _, word in words(pdf)}
    for sentence in (english.wait, english.missed):
        assert set(sentence.split()) <= found  # each word whole on the paper


def test_every_text_of_a_long_residents_ticket_stays_on_the_paper(tmp_path: Path) -> None:
    long = ResidentLines(
        "vi", "Chuyển nhà (đăng ký cư trú) " * 4, "Tiếp theo: " + "Phúc lợi → " * 20, "Vui " * 80
    )
    pdf = write(tmp_path, replace(LONG, resident=long))
    width, length = pdf_page_size(pdf)
    assert all(x0 >= 0 and x1 <= width for x0, x1, _ in words(pdf))
    assert length <= 250 * POINTS_PER_MM  # lines are capped: a long text is cut with …, not a metre of paper

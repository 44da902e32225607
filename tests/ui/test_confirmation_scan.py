"""A confirmation's QR code in a picture: rendered by reportlab, rasterised by pdftoppm, read by zbar."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from kiosk.confirmation_scan import decode_confirmation, decode_frame, gray_pixels
from queueing.appointments import confirmation_url


def qr_png(tmp_path: Path, text: str, size: float = 160, dpi: int = 100) -> Path:
    """`text` as a QR code on a white page, as a camera might see a printed confirmation."""
    code = QrCodeWidget(text)
    code.barWidth = code.barHeight = size
    drawing = Drawing(size + 80, size + 80)
    code.x = code.y = 40
    drawing.add(code)
    pdf = tmp_path / "confirmation.pdf"
    renderPDF.drawToFile(drawing, str(pdf))
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(tmp_path / "confirmation")],
        check=True,
    )
    return tmp_path / "confirmation.png"


@pytest.mark.parametrize(
    "text", [confirmation_url("https://yoyaku.example.lg.jp/c", "R-1024"), "r-1024"], ids=["url", "bare"]
)
def test_the_reference_is_read_from_an_image_of_the_confirmation(tmp_path: Path, text: str) -> None:
    png = qr_png(tmp_path, text)
    with Image.open(png) as image:
        assert decode_confirmation(image) == "R-1024"
    assert decode_frame(QImage(str(png))) == "R-1024"  # a camera frame arrives as a QImage


def test_a_qr_code_that_is_no_confirmation_and_an_empty_frame_give_nothing(tmp_path: Path) -> None:
    with Image.open(qr_png(tmp_path, "https://www.example.lg.jp/")) as image:
        assert decode_confirmation(image) is None
    blank = QImage(121, 80, QImage.Format.Format_RGB32)  # an odd width: Qt pads its rows
    blank.fill(0xFFFFFF)
    pixels, width, height = gray_pixels(blank)
    assert (len(pixels), width, height) == (121 * 80, 121, 80)
    assert decode_frame(blank) is None

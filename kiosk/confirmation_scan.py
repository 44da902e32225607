"""The reservation number in a picture of the confirmation's QR code (a camera frame or an image file).

Kiosks today read the QR code with a 2D scanner in keyboard mode (kiosk.appointment_page takes its typed
text); this is for a kiosk camera, which is not wired in yet. zbar (pyzbar + libzbar0) finds the code; what
it may hold is defined by queueing.appointments.reference_from_confirmation.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from queueing.appointments import reference_from_confirmation

Gray = tuple[bytes, int, int]
"""8-bit grayscale pixels, row by row without padding, with the width and height."""


def decode_confirmation(image: object) -> str | None:
    """The reference in the first QR code of `image` (a PIL image or Gray pixels) that carries one."""
    from pyzbar import pyzbar  # loads libzbar: only when a picture is actually read

    for symbol in pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE]):
        reference = reference_from_confirmation(symbol.data.decode("utf-8", errors="replace"))
        if reference is not None:
            return reference
    return None


def gray_pixels(frame: QImage) -> Gray:
    """A Qt camera frame or image as zbar reads it: grayscale, rows without Qt's 4-byte padding."""
    gray = frame.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    rows = b"".join(data[row * stride : row * stride + width] for row in range(height))
    return rows, width, height


def decode_frame(frame: QImage) -> str | None:
    """decode_confirmation for a QImage (e.g. a QVideoFrame's toImage())."""
    return decode_confirmation(gray_pixels(frame))

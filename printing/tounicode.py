"""reportlab 5.1's ToUnicode CMap, fixed for characters beyond the BMP (𠮷 and the rare kanji of names).

reportlab writes each subset's CMap line as `<%02X> <%04X>`: for U+20BB7 (𠮷) that is `<20BB7>`, which
PDF readers take as the two bytes 20 BB and extract as ₻ (U+20BB). A ToUnicode CMap must give UTF-16BE, so a
character above U+FFFF has to appear as its surrogate pair `<D842DFB7>`. The glyphs print correctly either
way; only copying, searching and pdftotext see the wrong character, which is exactly what a clerk searching
a PDF, or our tests, rely on.

The fix is in one place: `UnicodeTTFont` runs reportlab's own subsetting and then rewrites the CMap streams it
just added to the document. reportlab's code is not copied or patched.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont

_BFCHAR = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.M)
_CMAP_PREFIX = "toUnicodeCMap:"  # the name under which reportlab registers each subset's CMap stream


def utf16_hex(code_point: int) -> str:
    """The code point as the UTF-16BE hex a ToUnicode CMap wants: 4 digits, or 8 for a surrogate pair."""
    return code_point.to_bytes(4, "big").decode("utf-32-be").encode("utf-16-be").hex().upper()


def fix_cmap(cmap: str) -> str:
    """`cmap` with every destination above U+FFFF rewritten as its UTF-16 surrogate pair."""
    return _BFCHAR.sub(lambda m: f"{m.group(1)} <{utf16_hex(int(m.group(2), 16))}>", cmap)


class UnicodeTTFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A TrueType font whose ToUnicode CMaps carry surrogate pairs for non-BMP characters."""

    def addObjects(self, doc: Any) -> None:
        """Add the subsets as reportlab does, then fix the CMap stream of each subset just added."""
        before = set(doc.idToObject)
        super().addObjects(doc)
        for name in set(doc.idToObject) - before:
            if name.startswith(_CMAP_PREFIX):
                stream = doc.idToObject[name]
                stream.content = fix_cmap(stream.content)

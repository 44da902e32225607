"""The one place for colours and sizes: the Digital Agency design system (DADS) tokens, scaled per window.

Kiosk text is read at arm's length, the display's across a room, the desk's at a desk. No other module
writes a colour or a font size. The kiosk also offers three text sizes and a high-contrast palette.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

# DADS colour tokens (デジタル庁デザインシステム).
BLUE_50 = "#e8f1fe"
BLUE_100 = "#d9e6ff"
BLUE_200 = "#c5d7fb"
BLUE_900 = "#0017c1"  # primary actions
BLUE_1000 = "#00118f"  # links, focus
BLUE_1200 = "#000060"
YELLOW_300 = "#ffd43d"  # focus ring, the newest call
GRAY_50 = "#f2f2f2"
GRAY_420 = "#949494"
GRAY_600 = "#666666"
GRAY_800 = "#333333"  # body text
WHITE = "#ffffff"
BLACK = "#000000"
RED_50 = "#fdeeee"
RED_900 = "#ce0000"
GREEN_900 = "#197a4b"

FONT_FAMILY = "Noto Sans CJK JP"
ALERT_MARK = "⚠"  # before an alert's words (a refused PIN): its colour is not the only sign
LINE_HEIGHT_JA = 1.75


@dataclass(frozen=True)
class Scale:
    """Pixel sizes for one kind of window."""

    body: int
    heading: int
    button: int
    huge: int
    button_height: int
    spacing: int
    radius: int

    def scaled(self, factor: float) -> Scale:
        """Text sizes times `factor`; button heights grow by its square root (text fits, pages still fit)."""
        grow = {"body", "heading", "button", "huge"}
        heights = {"button_height": round(self.button_height * factor**0.5)}
        return Scale(
            **heights,
            **{
                f.name: round(getattr(self, f.name) * (factor if f.name in grow else 1))
                for f in fields(self)
                if f.name not in heights
            },
        )


KIOSK = Scale(body=28, heading=44, button=40, huge=160, button_height=132, spacing=20, radius=16)
DESK = Scale(body=18, heading=24, button=22, huge=96, button_height=72, spacing=12, radius=8)
DISPLAY = Scale(body=40, heading=56, button=40, huge=120, button_height=0, spacing=24, radius=12)
TICKER_SPEED_PX_S = 150  # the notices ticker: about three characters a second at its 56 px, read with ease
TICKER_FRAME_MS = 33  # 30 frames a second: smooth motion, and no flashing at all
# The call cards, roomiest first: (the number, the counter to go to) in px. The display takes the first that
# lets every call and every counter fit its screen (queue_display.fitting). After the first, the number's
# line box is DISPLAY_NUMBER_LINE em high: capitals and digits need none of the room a font keeps for kanji.
DISPLAY_CALL_SIZES = ((120, 56), (120, 56), (104, 48), (96, 48), (88, 44), (80, 40), (72, 40), (64, 36))
DISPLAY_NUMBER_LINE = 1.05
DISPLAY_CALL_COLUMNS = (2, 4)  # the call cards' columns: the fewest, the most
DISPLAY_HISTORY_COLUMNS = 4  # the per-counter panel flows into at most this many columns

TEXT_SIZES: dict[str, float] = {"standard": 1.0, "large": 1.2, "largest": 1.4}
KEY_HEIGHT = 80  # PIN keys: about 20 mm on a 21.5-inch 1080p touchscreen
KANA_KEY_HEIGHT = 72  # the 50音 keyboard's keys: 18 mm, so that five rows and the question fit
NAV_HEIGHT = 96  # back / next on a question page
PICK_HEIGHT = 64  # dense pickers (years, days): 16 mm, just over the 15 mm minimum
KEY_FONT_MAX = 52  # a glyph on a key never outgrows the key, whatever the text size
MIN_TOUCH_MM = 15.0  # the smallest touch target a kiosk control may have
KIOSK_NARROW_WIDTH = 1400  # px: a kiosk screen narrower than this (portrait) stacks what stands side by side


def pixels_per_mm(width_px: int, height_px: int, diagonal_inches: float) -> float:
    """Pixel density of a screen from its resolution and its diagonal size."""
    return float((width_px**2 + height_px**2) ** 0.5 / (diagonal_inches * 25.4))


@dataclass(frozen=True)
class Palette:
    """Every colour a kiosk page uses, by what it is for."""

    page: str
    text: str
    muted: str
    heading: str
    primary: str
    on_primary: str
    pressed: str
    secondary: str
    on_secondary: str
    border: str
    disabled: str
    on_disabled: str
    focus: str
    error: str
    warning: str
    on_warning: str
    banner: str
    on_banner: str
    tint: str  # the ticket card, the chosen language, the overlay
    chosen: str  # the border of the chosen language, text size or toggle


STANDARD = Palette(
    page=WHITE, text=GRAY_800, muted=GRAY_600, heading=BLUE_1200, primary=BLUE_900, on_primary=WHITE,
    pressed=BLUE_1200, secondary=WHITE, on_secondary=BLUE_900, border=BLUE_900, disabled=GRAY_420,
    on_disabled=GRAY_50, focus=YELLOW_300, error=RED_900, warning=RED_50, on_warning=RED_900,
    banner=BLUE_1200, on_banner=WHITE, tint=BLUE_50, chosen=BLUE_900,
)  # fmt: skip

HIGH_CONTRAST = Palette(
    page=BLACK, text=WHITE, muted=WHITE, heading=YELLOW_300, primary=YELLOW_300, on_primary=BLACK,
    pressed=WHITE, secondary=BLACK, on_secondary=WHITE, border=WHITE, disabled=GRAY_600, on_disabled=BLACK,
    focus=WHITE, error=YELLOW_300, warning=BLACK, on_warning=YELLOW_300, banner=BLACK, on_banner=YELLOW_300,
    tint=BLACK, chosen=YELLOW_300,
)  # fmt: skip


def text_pairs(palette: Palette) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every text a resident reads: the contrast test checks them."""
    p = palette
    return [
        ("body", p.text, p.page),
        ("muted", p.muted, p.page),
        ("heading", p.heading, p.page),
        ("primary button", p.on_primary, p.primary),
        ("secondary button", p.on_secondary, p.secondary),
        ("error", p.error, p.page),
        ("warning", p.on_warning, p.warning),
        ("alert", p.page, p.error),
        ("banner", p.on_banner, p.banner),
        ("ticket number", p.heading, p.tint),
        ("ticket text", p.text, p.tint),
        ("chosen answer", p.on_secondary, p.tint),
    ]


def base_stylesheet(scale: Scale, p: Palette = STANDARD) -> str:
    """The stylesheet every window starts from, at this scale and in this palette."""
    return f"""
    QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {scale.body}px; color: {p.text}; }}
    QWidget#page {{ background: {p.page}; }}
    QLabel[role="heading"] {{ font-size: {scale.heading}px; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {p.muted}; }}
    QLabel[role="error"] {{ color: {p.error}; font-weight: bold; }}
    QLabel[role="huge"] {{ font-size: {scale.huge}px; font-weight: bold; color: {p.heading}; }}
    QPushButton {{
        font-size: {scale.button}px; font-weight: bold; color: {p.on_primary}; background: {p.primary};
        border: none; border-radius: {scale.radius}px; padding: 8px 16px;
        min-height: {scale.button_height}px;
    }}
    QPushButton:pressed {{ background: {p.pressed}; }}
    QPushButton:disabled {{ background: {p.disabled}; color: {p.on_disabled}; }}
    QPushButton:focus {{ outline: none; border: 4px solid {p.focus}; }}
    QPushButton[role="secondary"] {{ background: {p.secondary}; color: {p.on_secondary};
        border: 3px solid {p.border}; }}
    QPushButton[role="secondary"]:focus {{ border: 4px solid {p.focus}; }}
    QComboBox {{ font-size: {scale.button}px; min-height: {scale.button_height // 2}px; }}
    """


def display_stylesheet() -> str:
    """The waiting-room display: dark header, white body, the newest call on yellow."""
    scale = DISPLAY
    return (
        base_stylesheet(scale)
        + f"""
    QWidget#header {{ background: {BLUE_1200}; }}
    QLabel#office, QLabel#clock {{ color: {WHITE}; font-size: {scale.heading}px; font-weight: bold; }}
    QLabel[role="column"] {{ font-size: {scale.heading}px; font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="column-en"] {{ font-size: {scale.body * 3 // 4}px; color: {GRAY_600}; }}
    QWidget[role="call"] {{ background: {BLUE_50}; border-radius: {scale.radius}px; }}
    QWidget[role="call"][newest="true"] {{ background: {YELLOW_300}; }}
    QLabel[role="call-number"] {{ font-size: {scale.huge}px; font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="call-counter"] {{ font-size: {scale.heading}px; font-weight: bold; color: {GRAY_800}; }}
    {_call_sizes()}
    QWidget[role="waiting"] {{ border-bottom: 2px solid {BLUE_200}; }}
    QLabel[role="waiting-estimate"] {{ font-size: {scale.body * 3 // 4}px; color: {GRAY_600};
        padding-right: 8px; }}
    QLabel[role="waiting-caption"] {{ font-size: {scale.body * 3 // 4}px; color: {GRAY_800}; }}
    QLabel[role="waiting-count"] {{ font-size: {scale.heading}px; font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="waiting-count"][compact="true"] {{ font-size: {scale.body}px; }}
    QLabel[role="stale"] {{ color: {WHITE}; background: {RED_900}; padding: 4px 12px; }}
    QLabel[role="history-counter"] {{ font-size: {scale.body}px; font-weight: bold; color: {GRAY_800};
        padding-right: 8px; }}
    QLabel[role="section"] {{ font-size: {scale.body}px; font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="history-number"] {{ font-size: {scale.body}px; color: {GRAY_600}; padding: 0px 12px;
        border-radius: {scale.radius}px; }}
    QLabel[role="history-number"][state="open"] {{ color: {BLUE_1200}; font-weight: bold; }}
    QLabel[role="history-number"][state="newest"] {{ color: {BLUE_1200}; font-weight: bold;
        background: {YELLOW_300}; }}
    QLabel[role="history-arrow"] {{ font-size: {scale.body}px; color: {GRAY_600}; }}
    QWidget[role="ticker"] {{ background: {BLUE_1200}; }}
    QLabel[role="ticker-tag"] {{ font-size: {scale.body}px; font-weight: bold; color: {BLUE_1200};
        background: {WHITE}; border-radius: {scale.radius}px; padding: 4px 16px; }}
    QLabel[role="ticker-text"] {{ font-size: {scale.body}px; font-weight: bold; color: {WHITE}; }}
    """
    )


def _call_sizes() -> str:
    """The call cards' denser sizes (DISPLAY_CALL_SIZES after the first), chosen by a label's `density`."""
    rules = []
    for size, (number, counter) in enumerate(DISPLAY_CALL_SIZES[1:], start=1):
        line = round(number * DISPLAY_NUMBER_LINE)
        rules.append(
            f'QLabel[role="call-number"][density="{size}"] {{ font-size: {number}px; min-height: {line}px; '
            f"max-height: {line}px; }}\n"
            f'    QLabel[role="call-counter"][density="{size}"] {{ font-size: {counter}px; }}'
        )
    return "\n    ".join(rules)


def kiosk_stylesheet(palette: Palette = STANDARD, text_size: str = "standard") -> str:
    """The kiosk in a palette and one of TEXT_SIZES."""
    k, p = KIOSK.scaled(TEXT_SIZES[text_size]), palette
    return (
        base_stylesheet(k, p)
        + f"""
    QPushButton[role="service"] {{ text-align: left; padding: 16px 32px; }}
    QPushButton[role="choice"] {{ font-size: {k.heading}px; }}
    QPushButton[role="choice-secondary"] {{ font-size: {k.heading}px;
        background: {p.secondary}; color: {p.on_secondary}; border: 3px solid {p.border}; }}
    QPushButton[role="key"] {{ min-height: {KEY_HEIGHT}px; font-size: {k.heading + 8}px;
        background: {p.secondary}; color: {p.on_secondary}; border: 3px solid {p.border}; }}
    QPushButton[role="key"]:pressed {{ background: {p.tint}; }}
    QPushButton[role="key"]:focus, QPushButton[role="key-secondary"]:focus {{
        border: 4px solid {p.focus}; }}
    QPushButton[role="key-secondary"] {{ min-height: {KEY_HEIGHT}px;
        background: {p.secondary}; color: {p.text}; border: 3px solid {p.muted}; }}
    QPushButton[role="small"] {{ min-height: 64px; font-size: {k.body}px;
        background: {p.secondary}; color: {p.on_secondary}; border: 2px solid {p.border}; }}
    QPushButton[role="small"][current="true"] {{ background: {p.tint}; border: 5px solid {p.chosen}; }}
    QPushButton[role="corner"] {{ min-height: 64px; font-size: {KIOSK.body}px; padding: 0 16px;
        background: {p.secondary}; color: {p.on_secondary}; border: 2px solid {p.border}; }}
    QPushButton[role="view"] {{ min-height: 64px; font-size: {k.body}px;
        background: {p.tint}; color: {p.on_secondary}; border: 3px solid {p.border}; }}
    QPushButton[role="view"]:focus {{ border: 4px solid {p.focus}; }}
    QLabel[role="pin-digit"] {{ min-width: 84px; max-width: 84px; min-height: 88px; max-height: 88px;
        font-size: {k.heading}px; color: {p.heading}; background: {p.page};
        border: 4px solid {p.border}; border-radius: {k.radius}px; }}
    QLabel[role="warning"] {{ color: {p.on_warning}; background: {p.warning}; font-weight: bold;
        border-left: 12px solid {p.error}; padding: 8px 24px; }}
    QLabel[role="alert"] {{ color: {p.page}; background: {p.error}; font-weight: bold;
        border-radius: {k.radius}px; padding: 4px 24px; }}
    QLabel[role="field-name"] {{ color: {p.muted}; padding-top: 12px; }}
    QLabel[role="field-value"] {{ font-size: {k.heading}px; font-weight: bold; color: {p.text}; }}
    QLabel[role="heading-large"] {{ font-size: {k.huge // 2}px; font-weight: bold; color: {p.heading}; }}
    QWidget[role="overlay"] {{ background: {p.tint}; border: 8px solid {p.border}; }}
    QLabel[role="banner"] {{ background: {p.banner}; color: {p.on_banner}; padding: 16px 32px;
        font-size: {k.heading}px; font-weight: bold; }}
    QWidget[role="ticket"] {{ background: {p.tint}; border: 4px solid {p.border};
        border-radius: {k.radius}px; }}
    """
        + _procedure_roles(k, p)
    )


def _procedure_roles(k: Scale, p: Palette) -> str:
    """The procedure flow: big answers, keyboards, pickers, household rows, the review page."""
    key_font = min(k.heading, KEY_FONT_MAX)
    outlined = f"background: {p.secondary}; color: {p.on_secondary}; border: 3px solid {p.border};"
    chosen = f"background: {p.tint}; border: 6px solid {p.chosen};"
    return f"""
    QPushButton[role="answer"] {{ {outlined} }}
    QLabel[role="answer-name"] {{ font-size: {k.button}px; font-weight: bold; color: {p.on_secondary}; }}
    QLabel[role="answer-meaning"] {{ color: {p.on_secondary}; }}
    QPushButton[role="answer"][current="true"] {{ {chosen} }}
    QPushButton[role="procedure"] {{ {outlined} min-height: {KEY_HEIGHT}px; font-size: {k.body}px;
        padding: 4px 16px; }}
    QPushButton[role="row"] {{ {outlined} min-height: {KEY_HEIGHT}px; font-size: {k.body}px;
        text-align: left; padding: 4px 24px; }}
    QPushButton[role="nav"] {{ min-height: {NAV_HEIGHT}px; min-width: 240px; }}
    QPushButton[role="nav-secondary"] {{ {outlined} min-height: {NAV_HEIGHT}px; min-width: 240px; }}
    QPushButton[role="kana"] {{ {outlined} min-height: {KANA_KEY_HEIGHT}px; max-height: {KANA_KEY_HEIGHT}px;
        font-size: {key_font}px; padding: 0px; }}
    QPushButton[role="kana-secondary"] {{ background: {p.secondary}; color: {p.text};
        border: 3px solid {p.muted}; min-height: {KANA_KEY_HEIGHT}px; font-size: {k.body}px; padding: 0px; }}
    QPushButton[role="pick"] {{ {outlined} min-height: {PICK_HEIGHT}px; max-height: {PICK_HEIGHT}px;
        min-width: {PICK_HEIGHT}px; font-size: {min(k.body, KEY_FONT_MAX)}px; padding: 0px; }}
    QPushButton[role="pick"][current="true"], QPushButton[role="kana"][current="true"],
    QPushButton[role="procedure"][current="true"] {{ {chosen} }}
    QPushButton[role="answer"]:focus, QPushButton[role="procedure"]:focus, QPushButton[role="row"]:focus,
    QPushButton[role="kana"]:focus, QPushButton[role="pick"]:focus, QPushButton[role="nav-secondary"]:focus,
    QPushButton[role="kana-secondary"]:focus {{ border: 6px solid {p.focus}; }}
    QLabel[role="input"] {{ font-size: {k.heading}px; font-weight: bold; color: {p.text};
        background: {p.page}; border: 3px solid {p.border}; border-radius: {k.radius}px; padding: 4px 16px; }}
    QLabel[role="caption"] {{ font-weight: bold; color: {p.heading}; }}
    QScrollBar:vertical {{ width: {PICK_HEIGHT}px; background: {p.page}; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
    QScrollBar::handle:vertical {{ background: {p.border}; min-height: {PICK_HEIGHT}px;
        border-radius: {k.radius}px; }}
    QScrollArea, QScrollArea > QWidget > QWidget#sheet {{ background: {p.page}; border: none; }}
    """


DESK_COMPACT_HEIGHT = 44  # list and table buttons on the desk: DADS's minimum touch target
DESK_OPERATION_HEIGHT = 60  # the counter's operations: big, yet leaving room for the forms
DESK_SIDE_WIDTH = 380  # the desk's left column: waiting list, held tickets, undoing a no-show
DESK_MIN_WIDTH = 1280  # the desk's window at its narrowest (desk PCs: 1366x768 and up); its texts wrap less
DESK_DRAWER_WIDTH = 480  # the left column while it shows お知らせ or 本日の予約 instead
DESK_LOGIN_WIDTH = 520
DESK_TABLE_ROW_HEIGHT = 32  # one line of desk body text in a table
DESK_NOTICE_UNTIL_WIDTH = 120  # the notice's end time box: "16:30" and a margin
DESK_FORM_MIN_ROWS = 6  # the form table's boxes always seen at once (at 1366x768 too); the rest scrolls
DESK_CHECK_COLUMN_WIDTH = 340  # the form table's 確認 column; the value column takes the rest
DESK_LABEL_COLUMN_WIDTH = 380  # the form table's 項目 column at most (a long name wraps when narrower)

# Colours of the desk's form table cells (Qt items take colours, not style sheets).
DESK_CELL_ERROR = RED_900  # a value the form's validation refuses
DESK_CELL_ERROR_BACKGROUND = RED_50
DESK_CELL_NOTICE = GRAY_600  # told, not blocking
DESK_CELL_OK = GREEN_900
DESK_CELL_MARK_BACKGROUND = "#fff5cc"  # 〓: the card could not hold a character here (a pale yellow-50)


def desk_stylesheet() -> str:
    return (
        base_stylesheet(DESK)
        + f"""
    QWidget[role="current"] {{ background: {BLUE_50}; border-radius: {DESK.radius}px; }}
    QPushButton[role="danger"] {{ background: {WHITE}; color: {RED_900}; border: 3px solid {RED_900}; }}
    QLabel[role="ok"] {{ color: {GREEN_900}; }}
"""
        + _desk_v2_roles(DESK)
    )


def _desk_v2_roles(d: Scale) -> str:
    """The desk's lists, route, login card, form tables and tabs."""
    compact = f"min-height: {DESK_COMPACT_HEIGHT}px; font-size: {d.body}px; padding: 4px 12px;"
    return f"""
    QPushButton[role="compact"] {{ {compact} }}
    QPushButton[role="operation"], QPushButton[role="operation-secondary"],
    QPushButton[role="operation-danger"] {{ min-height: {DESK_OPERATION_HEIGHT}px; padding: 0px 8px; }}
    QPushButton[role="operation-secondary"] {{ background: {WHITE}; color: {BLUE_900};
        border: 3px solid {BLUE_900}; }}
    QPushButton[role="operation-danger"] {{ background: {WHITE}; color: {RED_900};
        border: 3px solid {RED_900}; }}
    QPushButton[role="operation-secondary"]:focus, QPushButton[role="operation-danger"]:focus {{
        border: 4px solid {YELLOW_300}; }}
    QPushButton[role="operation-secondary"]:disabled, QPushButton[role="operation-danger"]:disabled {{
        background: {GRAY_50}; color: {GRAY_420}; border: 3px solid {GRAY_420}; }}
    QPushButton[role="compact-secondary"] {{ {compact} background: {WHITE}; color: {BLUE_900};
        border: 2px solid {BLUE_900}; }}
    QPushButton[role="compact-secondary"]:checked {{ background: {BLUE_100}; border: 3px solid {BLUE_1000};
        padding: 3px 11px; }}
    QPushButton[role="compact-secondary"]:disabled {{ color: {GRAY_420}; border-color: {GRAY_420}; }}
    QPushButton[role="compact"]:focus, QPushButton[role="compact-secondary"]:focus {{
        border: 4px solid {YELLOW_300}; }}
    QWidget[role="login"] {{ background: {BLUE_50}; border-radius: {d.radius}px; }}
    QWidget[role="panel"] {{ background: {GRAY_50}; border-radius: {d.radius}px; }}
    QLabel[role="caption"] {{ font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="clerk"] {{ font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="step"] {{ color: {GRAY_800}; background: {WHITE}; border: 2px solid {BLUE_200};
        border-radius: {d.radius}px; padding: 2px 10px; }}
    QLabel[role="step-done"] {{ color: {GRAY_600}; background: {GRAY_50}; border: 2px solid {GRAY_50};
        border-radius: {d.radius}px; padding: 2px 10px; }}
    QLabel[role="step-current"] {{ color: {WHITE}; background: {BLUE_900}; font-weight: bold;
        border: 2px solid {BLUE_900}; border-radius: {d.radius}px; padding: 2px 10px; }}
    QLabel[role="warning"] {{ color: {RED_900}; background: {RED_50}; font-weight: bold;
        border-left: 6px solid {RED_900}; padding: 2px 10px; }}
    QLabel[role="alert"] {{ color: {WHITE}; background: {RED_900}; font-weight: bold;
        border-radius: {d.radius}px; padding: 1px 12px; }}
    QLineEdit {{ font-size: {d.body}px; min-height: {DESK_COMPACT_HEIGHT - 8}px; padding: 0px 8px;
        border: 2px solid {GRAY_600}; border-radius: 4px; background: {WHITE}; }}
    QLineEdit:focus {{ border: 3px solid {BLUE_1000}; }}
    QTableWidget {{ font-size: {d.body}px; gridline-color: {BLUE_200}; background: {WHITE};
        selection-background-color: {BLUE_100}; selection-color: {GRAY_800}; }}
    QHeaderView::section {{ font-size: {d.body}px; font-weight: bold; color: {BLUE_1200};
        background: {BLUE_50}; border: none; border-bottom: 2px solid {BLUE_200}; padding: 4px 8px; }}
    QTabBar::tab {{ font-size: {d.body}px; padding: 6px 14px; background: {GRAY_50}; color: {GRAY_800};
        border: 1px solid {BLUE_200}; border-bottom: none; }}
    QTabBar::tab:selected {{ background: {WHITE}; color: {BLUE_1200}; font-weight: bold;
        border-top: 4px solid {BLUE_900}; }}
    """


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)

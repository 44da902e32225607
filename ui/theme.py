"""The one place for colours and sizes: the Digital Agency design system (DADS) tokens, scaled per window.

Kiosk text is read at arm's length, the display's across a room, the desk's at a desk. No other module
writes a colour or a font size.
"""

from __future__ import annotations

from dataclasses import dataclass

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
RED_50 = "#fdeeee"
RED_900 = "#ce0000"
GREEN_900 = "#197a4b"

FONT_FAMILY = "Noto Sans CJK JP"
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


KIOSK = Scale(body=28, heading=44, button=40, huge=160, button_height=132, spacing=20, radius=16)
DESK = Scale(body=18, heading=24, button=22, huge=96, button_height=72, spacing=12, radius=8)
DISPLAY = Scale(body=40, heading=56, button=40, huge=120, button_height=0, spacing=24, radius=12)


def base_stylesheet(scale: Scale) -> str:
    """The application-wide stylesheet for a window of this scale."""
    return f"""
    QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {scale.body}px; color: {GRAY_800}; }}
    QWidget#page {{ background: {WHITE}; }}
    QLabel[role="heading"] {{ font-size: {scale.heading}px; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {GRAY_600}; }}
    QLabel[role="error"] {{ color: {RED_900}; font-weight: bold; }}
    QLabel[role="huge"] {{ font-size: {scale.huge}px; font-weight: bold; color: {BLUE_1200}; }}
    QPushButton {{
        font-size: {scale.button}px; font-weight: bold; color: {WHITE}; background: {BLUE_900};
        border: none; border-radius: {scale.radius}px; padding: 8px 16px;
        min-height: {scale.button_height}px;
    }}
    QPushButton:pressed {{ background: {BLUE_1200}; }}
    QPushButton:disabled {{ background: {GRAY_420}; color: {GRAY_50}; }}
    QPushButton:focus {{ outline: none; border: 4px solid {YELLOW_300}; }}
    QPushButton[role="secondary"] {{ background: {WHITE}; color: {BLUE_900}; border: 3px solid {BLUE_900}; }}
    QPushButton[role="secondary"]:focus {{ border: 4px solid {YELLOW_300}; }}
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
    QWidget[role="call"] {{ background: {BLUE_50}; border-radius: {scale.radius}px; }}
    QWidget[role="call"][newest="true"] {{ background: {YELLOW_300}; }}
    QLabel[role="call-number"] {{ font-size: {scale.huge}px; font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="call-counter"] {{ font-size: {scale.heading}px; font-weight: bold; color: {GRAY_800}; }}
    QWidget[role="waiting"] {{ border-bottom: 2px solid {BLUE_200}; }}
    QLabel[role="waiting-count"] {{ font-size: {scale.heading}px; font-weight: bold; color: {BLUE_1200}; }}
    QLabel[role="stale"] {{ color: {WHITE}; background: {RED_900}; padding: 4px 12px; }}
    """
    )


def kiosk_stylesheet() -> str:
    k = KIOSK
    key_height = 84  # about 21 mm on a 21.5-inch 1080p touchscreen
    return (
        base_stylesheet(k)
        + f"""
    QPushButton[role="service"] {{ text-align: left; padding: 16px 32px; }}
    QPushButton[role="choice"] {{ font-size: {k.heading}px; }}
    QPushButton[role="choice-secondary"] {{ font-size: {k.heading}px;
        background: {WHITE}; color: {BLUE_900}; border: 3px solid {BLUE_900}; }}
    QPushButton[role="key"] {{ min-height: {key_height}px; font-size: {k.heading + 8}px;
        background: {WHITE}; color: {BLUE_1200}; border: 3px solid {BLUE_900}; }}
    QPushButton[role="key"]:pressed {{ background: {BLUE_100}; }}
    QPushButton[role="key"]:focus, QPushButton[role="key-secondary"]:focus {{
        border: 4px solid {YELLOW_300}; }}
    QPushButton[role="key-secondary"] {{ min-height: {key_height}px;
        background: {GRAY_50}; color: {GRAY_800}; border: 3px solid {GRAY_420}; }}
    QLabel[role="pin-digit"] {{ min-width: 88px; max-width: 88px; min-height: 96px; max-height: 96px;
        font-size: {k.heading}px; color: {BLUE_1200}; background: {WHITE};
        border: 4px solid {BLUE_900}; border-radius: {k.radius}px; }}
    QLabel[role="warning"] {{ color: {RED_900}; background: {RED_50}; font-weight: bold;
        border-left: 12px solid {RED_900}; padding: 8px 24px; }}
    QLabel[role="field-name"] {{ color: {GRAY_600}; padding-top: 12px; }}
    QLabel[role="field-value"] {{ font-size: {k.heading}px; font-weight: bold; color: {GRAY_800}; }}
    QLabel[role="heading-large"] {{ font-size: {k.huge // 2}px; font-weight: bold; color: {BLUE_1200}; }}
    QPushButton[role="language"] {{ min-height: 64px; font-size: {k.body}px; font-weight: normal;
        background: {WHITE}; color: {BLUE_1000}; border: 2px solid {BLUE_200}; }}
    QPushButton[role="language"][current="true"] {{ background: {BLUE_50}; border: 4px solid {BLUE_900};
        font-weight: bold; }}
    QWidget[role="overlay"] {{ background: {BLUE_50}; border: 8px solid {BLUE_900}; }}
    QLabel[role="banner"] {{ background: {BLUE_1200}; color: {WHITE}; padding: 16px 32px;
        font-size: {k.heading}px; font-weight: bold; }}
    QWidget[role="ticket"] {{ background: {BLUE_50}; border: 4px solid {BLUE_900};
        border-radius: {k.radius}px; }}
    """
    )


def desk_stylesheet() -> str:
    return (
        base_stylesheet(DESK)
        + f"""
    QWidget[role="current"] {{ background: {BLUE_50}; border-radius: {DESK.radius}px; }}
    QPushButton[role="danger"] {{ background: {WHITE}; color: {RED_900}; border: 3px solid {RED_900}; }}
    QLabel[role="ok"] {{ color: {GREEN_900}; }}
    """
    )

"""`python main.py queue notice ...`: the display's notices, for administrators and scripts.

queue notice "本日の証明書の発行は16時30分までです" [--until 16:30]   post one
queue notice                                                       list the current ones
queue notice --clear                                               remove them all
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from queueing.model import Notice
from queueing.notices import NoticeBoard

OPERATIONS = ("notice",)


def add_arguments(ops: Any, common: argparse.ArgumentParser) -> None:
    notice = ops.add_parser("notice", parents=[common], help="post, list or clear the display's notices")
    notice.add_argument("text", nargs="?", help="the notice (one line, at most 280 characters)")
    notice.add_argument("--until", metavar="HH:MM", default="", help="remove it at this time today")
    notice.add_argument("--clear", action="store_true", help="remove every notice of the office")


def run(args: argparse.Namespace, board: NoticeBoard) -> int:
    if args.clear:
        removed = board.clear()
        _print(args, {"removed": removed}, f"{removed} notice(s) removed")
    elif args.text is not None:
        notice = board.post_until(args.text, args.until)
        _print(args, {"notice": _json(notice, board)}, f"posted: {_line(notice, board)}")
    else:
        notices = board.current()
        text = "\n".join(_line(n, board) for n in notices) or "no notices"
        _print(args, {"notices": [_json(n, board) for n in notices]}, text)
    return 0


def _print(args: argparse.Namespace, result: dict[str, Any], text: str) -> None:
    print(json.dumps(result, ensure_ascii=False) if args.json else text)


def _line(notice: Notice, board: NoticeBoard) -> str:
    until = f" (until {board.local(notice.ends_at):%H:%M})" if notice.ends_at else ""
    return f"{notice.text}{until}"


def _json(notice: Notice, board: NoticeBoard) -> dict[str, Any]:
    """Times on the office's clock, whatever this machine's zone."""
    return {
        "id": notice.id,
        "text": notice.text,
        "created_at": board.local(notice.created_at).isoformat(),
        "ends_at": board.local(notice.ends_at).isoformat() if notice.ends_at else None,
    }

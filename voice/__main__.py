"""Try the voice on this machine: `python -m voice call A-012 3番窓口 ja en` or `python -m voice say TEXT ja`.

Plays through aplay when there is a sound card (or `--device`), and prints each problem it meets.
"""

from __future__ import annotations

import argparse
import logging
import sys

from voice.announcer import Announcer
from voice.errors import VoiceError
from voice.players import make_player
from voice.prompter import Prompter
from voice.synthesizer import Synthesizer

WAIT_S = 120.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice", description=__doc__.splitlines()[0])
    parser.add_argument("--player", choices=["auto", "aplay", "null"], default="auto")
    parser.add_argument("--device", help="ALSA device for aplay (see `aplay -L`)")
    commands = parser.add_subparsers(dest="command", required=True)
    call = commands.add_parser("call", help="announce a number as the display does")
    call.add_argument("label", help="a ticket number, e.g. A-012")
    call.add_argument("counter", help="the counter's name, e.g. 3番窓口")
    call.add_argument("languages", nargs="*", default=["ja", "en"])
    call.add_argument("--recall", action="store_true")
    say = commands.add_parser("say", help="speak a prompt as the kiosk does")
    say.add_argument("text")
    say.add_argument("language", nargs="?", default="ja")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    synthesizer = Synthesizer()
    player = make_player(args.player, args.device)
    try:
        if args.command == "call":
            announcer = Announcer(synthesizer, player)
            announcer.announce_call(args.label, args.counter, args.languages, args.recall)
            announcer.wait_idle(WAIT_S)
            announcer.close()
        else:
            prompter = Prompter(synthesizer, player)
            prompter.say(args.text, args.language)
            prompter.wait_idle(WAIT_S)
            prompter.close()
    except (VoiceError, ValueError) as error:
        print(f"voice: {error}", file=sys.stderr)
        return 1
    print(f"cache: {synthesizer.cache_dir}; player: {type(player).__name__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

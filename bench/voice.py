"""Benchmark: speech synthesis per language (uncached and cached) and announcement latency.

Run from the repository root: `.venv/bin/python -m bench.voice [--runs N]`.
Uses a throw-away cache directory, so "uncached" really synthesizes; needs the packages of
deps/apt-run.txt and scripts/fetch-voice.sh. Latency is from `announce_call()` returning to the player
being asked to play the chime, with a warm cache (the display's usual case once numbers recur), and with a
cold one (a number never said before); plus what aplay itself adds per sound, on ALSA's null device.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bench._common import summary
from voice.announcer import Announcer
from voice.chime import write_chime
from voice.phrases import CALL_WORDINGS, call_sentences
from voice.players import AplayPlayer, Player
from voice.synthesizer import Synthesizer
from voice.wavfile import duration_s


class TimingPlayer(Player):
    """Plays nothing; notes when each announcement's first sound (the chime) is asked for."""

    def __init__(self) -> None:
        self.first_sound: list[float] = []
        self.seconds_of_sound = 0.0
        self.expecting = threading.Event()

    def play(self, path: Path) -> None:
        self.seconds_of_sound += duration_s(path)
        if self.expecting.is_set():
            self.first_sound.append(time.perf_counter())
            self.expecting.clear()


def timed(action: object, *args: object) -> float:
    start = time.perf_counter()
    action(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def bench_synthesis(cache: Path, runs: int) -> None:
    synthesizer = Synthesizer(cache)
    print(f"{'language':9} {'engine':10} {'uncached (median)':>18} {'cached (median)':>16}")
    for language in CALL_WORDINGS:
        texts = [call_sentences(language, f"A-{100 + n}", "3番窓口")[0] for n in range(runs)]
        cold = [timed(synthesizer.wav, text, language) for text in texts]
        warm = [timed(synthesizer.wav, text, language) for text in texts]
        engine = synthesizer.engine(language).name
        print(
            f"{language:9} {engine:10} {statistics.median(cold) * 1000:15.0f} ms"
            f" {statistics.median(warm) * 1000:13.2f} ms"
        )


def bench_latency(cache: Path, runs: int, warm: bool) -> tuple[list[float], float]:
    """Enqueue-to-chime latencies, and the mean length of one call's sound in seconds."""
    synthesizer = Synthesizer(cache)
    player = TimingPlayer()
    announcer = Announcer(synthesizer, player)
    labels = [f"B-{n:03d}" for n in range(runs)]
    if warm:
        for label in labels:
            announcer.announce_call(label, "3番窓口", ["ja", "en"])
        announcer.wait_idle(300)
        player.first_sound.clear()
    player.seconds_of_sound = 0.0
    latencies = []
    try:
        for label in labels:
            player.expecting.set()
            start = time.perf_counter()
            announcer.announce_call(label, "3番窓口", ["ja", "en"])
            announcer.wait_idle(300)
            latencies.append(player.first_sound[-1] - start)
    finally:
        announcer.close()
    return latencies, player.seconds_of_sound / runs


def bench_aplay(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as directory:
        chime = Path(directory) / "chime.wav"
        write_chime(chime)
        player = AplayPlayer(device="null")
        return [timed(player.play, chime) for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        cache = Path(directory)
        print(f"chime written in {timed(write_chime, cache / 'chime.wav') * 1000:.0f} ms (once per machine)")
        bench_synthesis(cache / "synthesis", args.runs)
        warm, seconds = bench_latency(cache / "latency", args.runs, warm=True)
        cold, _ = bench_latency(cache / "latency-cold", args.runs, warm=False)
    print(f"enqueue -> chime starts, warm cache (ja + en): {summary(warm)}")
    print(f"enqueue -> chime starts, cold cache (ja + en): {summary(cold)}")
    print(f"one call (chime + ja + en) is {seconds:.1f} s of sound, so {60 / seconds:.0f} calls a minute")
    print(f"aplay's own cost per sound (-D null does not pace): {summary(bench_aplay(args.runs))}")


if __name__ == "__main__":
    main()

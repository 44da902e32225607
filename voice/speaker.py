"""The one worker thread behind the Announcer and the Prompter: it synthesizes and plays, one item at a time.

The caller (the GUI thread) only appends to a list under a lock and never waits on synthesis or sound.
Muting, `stop()` and `close()` drop what is pending and cut what plays; every item carries the generation
it was submitted in, and the worker checks it before each sound, so a dropped item never sounds later.
A failing engine or sound device is logged once per distinct message and the worker goes on.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from voice.errors import PlaybackError, VoiceError
from voice.players import Player
from voice.synthesizer import Synthesizer

log = logging.getLogger(__name__)

Job = TypeVar("Job")
CLOSE_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Pending(Generic[Job]):
    job: Job
    generation: int


class Speaker(ABC, Generic[Job]):
    """A worker thread with a queue of jobs; subclasses say how a job is spoken (`_speak`)."""

    def __init__(self, synthesizer: Synthesizer, player: Player, thread_name: str) -> None:
        self.synthesizer = synthesizer
        self.player = player
        self._cond = threading.Condition()
        self._pending: deque[Pending[Job]] = deque()
        self._generation = 0
        self._busy = False
        self._muted = False
        self._closed = False
        self._logged: set[str] = set()
        self._thread = threading.Thread(target=self._run, name=thread_name, daemon=True)
        self._thread.start()

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, muted: bool) -> None:
        """Muting drops what is pending and cuts what plays; nothing is queued while muted."""
        with self._cond:
            self._muted = muted
            if muted:
                self._drop()

    def stop(self) -> None:
        """Drop what is pending and cut what plays (e.g. when a kiosk visit ends)."""
        with self._cond:
            self._drop()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until nothing is pending or playing; False if `timeout` passed first (tests, benches)."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)

    def close(self, timeout: float = CLOSE_TIMEOUT_S) -> None:
        """Drop what is pending, cut what plays and end the thread. Idempotent."""
        with self._cond:
            self._closed = True
            self._drop()
            self._cond.notify_all()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _submit(self, job: Job, replace: bool) -> None:
        with self._cond:
            if self._closed:
                raise RuntimeError(f"{type(self).__name__} is closed")
            if self._muted:
                return
            if replace:
                self._drop()
            self._pending.append(Pending(job, self._generation))
            self._cond.notify_all()

    def _drop(self) -> None:
        """With the lock held: forget pending jobs, make the running one stop at its next step, cut sound."""
        self._pending.clear()
        self._generation += 1
        self.player.stop()  # under the lock, so it cannot cut a job submitted after this call
        self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._closed)
                if self._closed:
                    return
                item = self._pending.popleft()
                self._busy = True
            try:
                self._speak(item)
            except Exception:  # the worker must outlive any one job
                log.exception("voice: a job failed")
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    @abstractmethod
    def _speak(self, item: Pending[Job]) -> None:
        """Synthesize and play one job, calling `_play` for each sound."""

    def _wanted(self, item: Pending[Job]) -> bool:
        with self._cond:
            return item.generation == self._generation and not self._closed

    def _play(self, item: Pending[Job], path: Path) -> bool:
        """Play `path` unless the job was dropped meanwhile; False if it was (stop speaking it)."""
        if not self._wanted(item):
            return False
        try:
            self.player.play(path)
        except VoiceError as error:
            self._log_once(error)
        return self._wanted(item)

    def _wav(self, text: str, language: str) -> Path | None:
        """The cached or new WAV of `text`, None (logged once) if this machine cannot speak `language`."""
        try:
            return self.synthesizer.wav(text, language)
        except VoiceError as error:
            self._log_once(error)
            return None

    def _log_once(self, error: VoiceError) -> None:
        message = f"{type(error).__name__}: {error}"
        if message in self._logged:
            return
        self._logged.add(message)
        if isinstance(error, PlaybackError):
            log.error("voice: cannot play sound: %s", error)
        else:
            log.error("voice: cannot speak: %s", error)

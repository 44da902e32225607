"""What can go wrong with speech, each error saying what to do about it."""

from __future__ import annotations


class VoiceError(Exception):
    """Base of the voice package's errors."""


class VoiceUnavailable(VoiceError):
    """An engine, dictionary, voice or player is not installed; the message names what to install."""


class SynthesisError(VoiceError):
    """An installed engine failed on a text (its own message is included)."""


class PlaybackError(VoiceError):
    """The player could not play a file (no sound device, a busy device, a broken file)."""


class UnknownLanguage(VoiceError, ValueError):
    """A language code with no engine or no wording (codes are those of ui.i18n: ja, ja_easy, en, ...)."""

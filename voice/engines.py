"""Speech engines: Open JTalk with the HTS voice "Mei" for Japanese, espeak-ng for the other languages.

Both run as subprocesses that write a WAV file; nothing here downloads anything at run time. The voice
file comes from scripts/fetch-voice.sh (run by scripts/setup.sh).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from abc import ABC, abstractmethod
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from voice.errors import SynthesisError, UnknownLanguage, VoiceUnavailable

REPO = Path(__file__).resolve().parent.parent
VOICE_DIR = REPO / "assets" / "voice"
MEI_VOICE = VOICE_DIR / "mei_normal.htsvoice"
NAIST_JDIC = Path("/var/lib/mecab/dic/open-jtalk/naist-jdic")
SUBPROCESS_TIMEOUT_S = 30.0

# espeak-ng voices by ui.i18n language code. `cmn-latn-pinyin`, not `cmn`: espeak-ng 1.51's `cmn` reads the
# pinyin of its own dictionary as English letters (号 comes out as "h-a-o"). es-419: most Spanish speakers
# living in Japan come from Latin America. en-us: the English taught in Japanese schools.
ESPEAK_VOICES: Mapping[str, str] = MappingProxyType(
    {"en": "en-us", "zh_CN": "cmn-latn-pinyin", "ko": "ko", "vi": "vi", "pt_BR": "pt-br", "es": "es-419"}
)
OPEN_JTALK_LANGUAGES = ("ja", "ja_easy")


class Engine(ABC):
    """Turns a short text into a WAV file."""

    name: str

    @abstractmethod
    def identity(self, language: str) -> str:
        """The voice and options used for `language`: part of the cache key, so a change re-synthesizes."""

    @abstractmethod
    def check(self, language: str) -> None:
        """Raise VoiceUnavailable, naming what to install, if `language` cannot be spoken here."""

    @abstractmethod
    def synthesize(self, text: str, language: str, out: Path) -> None:
        """Write `text` spoken in `language` to `out` (a new 16-bit WAV file)."""


def _run(command: list[str], text: str, what: str) -> None:
    try:
        done = subprocess.run(
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=SUBPROCESS_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SynthesisError(f"{what} took longer than {SUBPROCESS_TIMEOUT_S:.0f} s") from error
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise SynthesisError(f"{what} failed (exit {done.returncode}): {message}")


def _require_binary(binary: str, package: str) -> str:
    found = shutil.which(binary)
    if found is None:
        raise VoiceUnavailable(f"{binary} is not installed: apt-get install {package}")
    return found


class OpenJTalkEngine(Engine):
    """Japanese: `open_jtalk -x DIC -m VOICE -ow OUT` (48 kHz mono, ~0.3 s a sentence on this machine)."""

    name = "open_jtalk"

    def __init__(
        self,
        binary: str = "open_jtalk",
        dictionary: Path = NAIST_JDIC,
        voice: Path = MEI_VOICE,
        speed: float = 1.0,
        volume_db: float = -6.0,  # Mei clips at 0 dB in most sentences, at -3 dB still in some
    ) -> None:
        self.binary = binary
        self.dictionary = dictionary
        self.voice = voice
        self.speed = speed
        self.volume_db = volume_db

    def identity(self, language: str) -> str:
        return f"{self.voice.name} r={self.speed} g={self.volume_db}"

    def check(self, language: str) -> None:
        if language not in OPEN_JTALK_LANGUAGES:
            raise UnknownLanguage(f"Open JTalk speaks Japanese only, not {language!r}")
        _require_binary(self.binary, "open-jtalk")
        if not (self.dictionary / "sys.dic").is_file():
            raise VoiceUnavailable(
                f"the Open JTalk dictionary is missing ({self.dictionary}): "
                "apt-get install open-jtalk-mecab-naist-jdic"
            )
        if not self.voice.is_file():
            raise VoiceUnavailable(
                f"the HTS voice is missing ({self.voice}): run scripts/fetch-voice.sh "
                "(it takes mei_normal.htsvoice from the PyPI sdist of pyopenjtalk 0.4.1)"
            )

    def synthesize(self, text: str, language: str, out: Path) -> None:
        self.check(language)
        command = [self.binary, "-x", str(self.dictionary), "-m", str(self.voice)]
        command += ["-r", str(self.speed), "-g", str(self.volume_db), "-ow", str(out)]
        _run(command, without_word_spaces(text), "open_jtalk")  # the text goes in on stdin


# Open JTalk pauses at every space, so 分かち書き (やさしい日本語 on screen: "カード を おいて ください")
# doubles a sentence's length and chops it up; a listener needs no spaces. Spaces between Latin letters
# or digits stay ("PIN code").
WORD_SPACE = re.compile(r"(?<![A-Za-z0-9])[ \u3000]+|[ \u3000]+(?![A-Za-z0-9])")


def without_word_spaces(text: str) -> str:
    """Japanese text as Open JTalk should read it: without the spaces between words."""
    return WORD_SPACE.sub("", text)


class EspeakEngine(Engine):
    """Every other language: `espeak-ng -v VOICE -w OUT --stdin` (22.05 kHz mono)."""

    name = "espeak-ng"

    def __init__(
        self, binary: str = "espeak-ng", voices: Mapping[str, str] = ESPEAK_VOICES, rate_wpm: int = 150
    ) -> None:
        self.binary = binary
        self.voices = dict(voices)
        self.rate_wpm = rate_wpm  # espeak-ng's default of 175 is quick for an announcement across a room

    def voice_for(self, language: str) -> str:
        try:
            return self.voices[language]
        except KeyError:
            raise UnknownLanguage(f"no espeak-ng voice configured for {language!r}") from None

    def identity(self, language: str) -> str:
        return f"{self.voice_for(language)} s={self.rate_wpm}"

    def check(self, language: str) -> None:
        self.voice_for(language)
        _require_binary(self.binary, "espeak-ng")

    def synthesize(self, text: str, language: str, out: Path) -> None:
        self.check(language)
        command = [self.binary, "-v", self.voice_for(language), "-s", str(self.rate_wpm)]
        command += ["-w", str(out), "--stdin"]
        try:
            _run(command, text, "espeak-ng")
        except SynthesisError as error:
            if "voice does not exist" in str(error):
                raise VoiceUnavailable(
                    f"espeak-ng has no voice {self.voice_for(language)!r}: apt-get install espeak-ng-data"
                ) from error
            raise


def default_engines(open_jtalk: Engine | None = None, espeak: Engine | None = None) -> dict[str, Engine]:
    """The engine of every language of ui.i18n: Open JTalk for ja and ja_easy, espeak-ng for the rest."""
    japanese = open_jtalk or OpenJTalkEngine()
    others = espeak or EspeakEngine()
    engines: dict[str, Engine] = dict.fromkeys(OPEN_JTALK_LANGUAGES, japanese)
    engines.update(dict.fromkeys(ESPEAK_VOICES, others))
    return engines

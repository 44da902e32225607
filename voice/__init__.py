"""Voice: the display's spoken calls and the kiosk's spoken prompts. Standard library only, no Qt.

Japanese (ja, ja_easy) is spoken by Open JTalk with the HTS voice Mei (CC BY 3.0, fetched by
scripts/fetch-voice.sh), the other languages of ui.i18n by espeak-ng; WAV files are cached on disk and
played with aplay. See docs/voice.md.

    synthesizer = Synthesizer()                      # ~/.cache/madoguchi/voice
    announcer = Announcer(synthesizer, make_player())
    announcer.announce_call("A-012", "3番窓口", ["ja", "en"])   # returns at once
    announcer.close()
"""

from voice.announcer import Announcer
from voice.chime import chime_file, write_chime
from voice.engines import EspeakEngine, OpenJTalkEngine, default_engines
from voice.errors import PlaybackError, SynthesisError, UnknownLanguage, VoiceError, VoiceUnavailable
from voice.phrases import CALL_WORDINGS, CallWording, call_sentences
from voice.players import AplayPlayer, NullPlayer, Player, make_player
from voice.prompter import Prompter
from voice.synthesizer import Synthesizer, default_cache_dir

__all__ = [
    "CALL_WORDINGS",
    "Announcer",
    "AplayPlayer",
    "CallWording",
    "EspeakEngine",
    "NullPlayer",
    "OpenJTalkEngine",
    "PlaybackError",
    "Player",
    "Prompter",
    "SynthesisError",
    "Synthesizer",
    "UnknownLanguage",
    "VoiceError",
    "VoiceUnavailable",
    "call_sentences",
    "chime_file",
    "default_cache_dir",
    "default_engines",
    "make_player",
    "write_chime",
]

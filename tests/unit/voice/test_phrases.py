"""What is said for a call: every language, letters spelled to be read right, nothing but numbers."""

from __future__ import annotations

import pytest

from voice.errors import UnknownLanguage
from voice.phrases import CALL_WORDINGS, call_sentences, counter_number, parse_label

from .conftest import LANGUAGES


def test_every_language_of_the_kiosk_has_a_call_wording() -> None:
    assert set(CALL_WORDINGS) == set(LANGUAGES)


def test_japanese_spells_the_letter_in_katakana_and_writes_kata_in_kana() -> None:
    # Open JTalk reads a bare "A" as エイ and "12番の方" as ...ほう: both are avoided.
    assert call_sentences("ja", "A-012", "3番窓口") == (
        "受付番号、エーの12番のかた。",
        "3番窓口へお越しください。",
    )


def test_easy_japanese_uses_plain_words() -> None:
    assert call_sentences("ja_easy", "B-007", "2番窓口") == (
        "番号、ビーの7番の人。",
        "2番窓口に来てください。",
    )


def test_english_hyphenates_the_letter_so_it_is_not_read_as_the_article() -> None:
    assert call_sentences("en", "A-012", "3番窓口") == ("Number A-12.", "Please go to counter 3.")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_says_the_number_without_leading_zeros_and_the_counter(language: str) -> None:
    sentences = call_sentences(language, "C-045", "12番窓口")

    assert len(sentences) == 2
    assert "45" in sentences[0] and "045" not in sentences[0]
    assert "12" in sentences[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_recall_says_so_first(language: str) -> None:
    first = call_sentences(language, "A-001", "1番窓口")
    again = call_sentences(language, "A-001", "1番窓口", recall=True)

    assert again[1:] == first
    assert again[0] == CALL_WORDINGS[language].again


@pytest.mark.parametrize("language", ["en", "zh_CN", "ko", "vi", "pt_BR", "es"])
def test_a_counter_without_a_number_is_the_one_on_the_screen_in_other_languages(language: str) -> None:
    assert (
        call_sentences(language, "A-001", "証明書コーナー")[1]
        == CALL_WORDINGS[language].to_unnumbered_counter
    )


def test_japanese_says_the_counters_own_name() -> None:
    assert call_sentences("ja", "A-001", "証明書コーナー")[1] == "証明書コーナーへお越しください。"


def test_letters_that_are_words_are_written_as_letter_names() -> None:
    assert call_sentences("pt_BR", "E-003", "1番窓口")[0] == "Senha É 3,"
    assert call_sentences("es", "Y-003", "1番窓口")[0] == "Número ye 3,"


@pytest.mark.parametrize(
    ("label", "letters", "number"),
    [("A-012", "A", 12), ("a-1", "A", 1), ("B-1000", "B", 1000), ("AB-000", "AB", 0), ("17", "", 17)],
)
def test_labels_are_letters_and_a_number(label: str, letters: str, number: int) -> None:
    parsed = parse_label(label)

    assert (parsed.letters, parsed.number) == (letters, number)


def test_a_label_without_letters_is_just_the_number() -> None:
    assert call_sentences("ja", "17", "1番窓口")[0] == "受付番号、17番のかた。"
    assert call_sentences("en", "17", "1番窓口")[0] == "Number 17."


@pytest.mark.parametrize("label", ["山田太郎", "A-012 様", "", "A--1", "ABCD-1", "090-1234-5678"])
def test_anything_but_a_ticket_number_is_refused(label: str) -> None:
    with pytest.raises(ValueError, match="not a ticket number"):
        call_sentences("ja", label, "1番窓口")


@pytest.mark.parametrize(
    ("name", "number"), [("3番窓口", 3), ("第２窓口", 2), ("窓口 12", 12), ("総合案内", None)]
)
def test_the_counter_number_is_read_from_its_name(name: str, number: int | None) -> None:
    assert counter_number(name) == number


def test_an_unknown_language_is_named() -> None:
    with pytest.raises(UnknownLanguage, match="fr"):
        call_sentences("fr", "A-001", "1番窓口")

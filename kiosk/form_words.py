"""The forms' own words at the kiosk in the resident's language: each question, its help, the answers on its
buttons, the household lists' captions and the life events' groups.

These are form data (assets/forms/*.toml, and forms.people's questions, 「あなたの住所を入力してください。」,
written once for every form); the form itself and every answer stay Japanese, only what the resident reads to
answer is translated. They are translated in the kiosk's Qt Linguist files like every other kiosk text, under
the context "FormWords", keyed by the Japanese text. That table, not a `names`-like table per question in
each form file, because:

- the same words recur across forms (the person questions, はい/いいえ, the relationships, 通数): one
  translation each, in one place per language, where a translator works with the tools they use for the
  rest of the kiosk (Linguist, the completeness test, the pseudo-localisation);
- some are written in code, not in a form file (forms.people);
- a form file stays readable for the town's staff who edit it: one Japanese text per question, not eight.

A form's *name* on the buttons is different: it is the form's own data, required in every language by the
catalog (`names` in its file, forms.model.NAME_LANGUAGES).

`python -m kiosk.form_words` writes kiosk/form_words_extracted.py, the list pyside6-lupdate reads
(scripts/update-translations.sh runs it first); tests/ui/test_translations.py fails when it is not current
or a translation is missing. A text no translation knows (a town's own new form before its translations)
is shown as it is, in Japanese.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from forms import FormTemplate, LifeEvent
from forms.model import Field, Question

CONTEXT = "FormWords"
EXTRACTED = Path(__file__).with_name("form_words_extracted.py")


def translated(text: str) -> str:
    """`text` (a question, a help, an answer's label ...) in the language the kiosk shows now."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def form_words(catalog: Mapping[str, FormTemplate], events: Mapping[str, LifeEvent]) -> list[str]:
    """Every text of the forms and events a resident reads to answer, once each, in the catalog's order."""
    words: dict[str, None] = {}
    for template in catalog.values():
        words.update(dict.fromkeys(_template_words(template.fields, template.questions)))
        for group in template.rows:
            words.update(dict.fromkeys(_row_words(group.label, group.columns)))
    for event in events.values():
        words[event.group] = None
        words.update(dict.fromkeys(_template_words(event.fields, event.questions)))
    return [word for word in words if word.strip()]


def _template_words(fields: Iterable[Field], questions: Iterable[Question]) -> Iterator[str]:
    by_id = {f.id: f for f in fields}
    for question in questions:
        first = by_id.get(question.fields[0]) if question.fields else None
        yield question.text
        yield question.help or (first.help if first else "")
        yield from (choice.label for choice in question.choices)
        if question.kind in ("checks", "counts"):
            yield from (by_id[f].label for f in question.fields if f in by_id)
        elif first is not None and not question.choices:
            yield from _answers(first)


def _answers(field: Field) -> Iterator[str]:
    """The buttons a field's question offers (forms.questions.choices_for; a 年度's are numbers)."""
    if field.type == "choice":
        yield from field.choices
    elif field.type == "checkbox":
        yield from ("はい", "いいえ")


def _row_words(label: str, columns: Iterable[Field]) -> Iterator[str]:
    """A household list's caption, and each column's label and answers (「異動する方（2人目）の氏名」)."""
    yield label
    for column in columns:
        yield column.label
        yield from _answers(column)


def extracted_source(words: Iterable[str]) -> str:
    """The source of kiosk/form_words_extracted.py for `words`."""
    lines = [
        '"""The forms\' words for pyside6-lupdate, written by `python -m kiosk.form_words` from the shipped',
        'forms (kiosk.form_words says why). Do not edit: run it again when a form changes."""',
        "",
        "# ruff: noqa: E501",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "WORDS = (",
        *(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {json.dumps(w, ensure_ascii=False)}),' for w in words),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def shipped_source() -> str:
    from kiosk.flow import shipped_catalog, shipped_events

    catalog = shipped_catalog()
    return extracted_source(form_words(catalog, shipped_events(catalog)))


if __name__ == "__main__":
    EXTRACTED.write_text(shipped_source(), encoding="utf-8")
    print(EXTRACTED, file=sys.stderr)

"""Is an application complete and right? Every problem, in words a resident understands, never an exception.

Three layers: each box on its own (forms.values), required boxes and rows, then the template's rules across
boxes (e.g. 「代理人の方が個人番号入りを請求すると郵送」, 広域交付 limits, 税証明の年度). Notices tell without
blocking; errors must be fixed before the ticket is issued or the form printed.
"""

from __future__ import annotations

import datetime

from forms import values
from forms.conditions import Facts
from forms.mapping import facts_for
from forms.model import Application, Field, FormTemplate, Problem, Row, RowGroup


def validate(
    template: FormTemplate, app: Application, *, today: datetime.date | None = None
) -> list[Problem]:
    """Every problem of `app`: errors first in page order, then notices."""
    today = today or datetime.date.today()
    facts = facts_for(template, app, today)
    problems = [*_unknown(template, app), *_fields(template.fields, app.values, facts, today, "")]
    for group in template.rows:
        problems += _rows(group, app.rows.get(group.id, []), facts, today)
    problems += _no_copies(template, app)
    problems += [
        Problem(rule.message, rule.field, rule.level) for rule in template.rules if rule.when.holds(facts)
    ]
    return sorted(problems, key=lambda p: not p.is_error)


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the problems that block."""
    return [p for p in problems if p.is_error]


def _unknown(template: FormTemplate, app: Application) -> list[Problem]:
    """Answers naming no box of this form: a typo in a data file, or answers meant for another form."""
    known = {f.id for f in template.fields} | {g.id for g in template.rows}
    return [
        Problem(f"「{key}」という項目はこの様式（{template.title}）にありません。", key)
        for key in app.answers
        if key not in known
    ]


def _fields(
    fields: tuple[Field, ...], given: Row, facts: Facts, today: datetime.date, key: str = "", who: str = ""
) -> list[Problem]:
    """Required and per-box problems; `key` prefixes field ids and `who` the messages for a row."""
    problems = []
    for f in fields:
        value = given.get(f.id)
        if value is None or value == "":
            if _required(f, facts):
                problems.append(Problem(who + _missing(f), key + f.id))
            continue
        problem = values.check(f, value, today)
        if problem:
            problems.append(Problem(who + problem, key + f.id))
    return problems


def _missing(f: Field) -> str:
    """「氏名を入力してください。」, 「…を選んでください。」 or, for a tick, a yes-or-no question."""
    if f.type == "checkbox":
        return f"{f.display}について、「はい」か「いいえ」を選んでください。"
    verb = "選んで" if f.type == "choice" else "入力して"
    return f"{f.display}を{verb}ください。"


def _required(f: Field, facts: Facts) -> bool:
    return f.required or (f.required_when is not None and f.required_when.holds(facts))


def _rows(group: RowGroup, rows: list[Row], facts: Facts, today: datetime.date) -> list[Problem]:
    """The group's count, then each row's boxes, named 「異動する方（2人目）の生年月日…」."""
    problems = []
    if len(rows) < group.min_rows:
        problems.append(Problem(f"{group.label}を{group.min_rows}人以上入力してください。", group.id))
    if len(rows) > group.max_rows:
        problems.append(Problem(f"{group.label}は{group.max_rows}人まで入力できます。", group.id))
    for i, row in enumerate(rows[: group.max_rows]):
        who = f"{group.label}（{i + 1}人目）の"
        problems += _fields(group.columns, row, facts, today, f"{group.id}.{i}.", who)
    return problems


def _no_copies(template: FormTemplate, app: Application) -> list[Problem]:
    """A request for copies must ask for at least one copy of something."""
    counts = [app.values.get(f.id) for f in template.fee_fields]
    if not counts or any(isinstance(c, int) and not isinstance(c, bool) and c > 0 for c in counts):
        return []
    return [Problem("必要な証明の種類と通数を選んでください。", template.fee_fields[0].id)]

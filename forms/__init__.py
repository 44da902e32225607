"""The procedure catalog: form templates as data, questions, validation, identity -> values, the navigator.

Pure Python (stdlib only): the kiosk, the desk and the A4 renderer all call this API.

    catalog = load_catalog(fees={"juminhyo": 350})          # assets/forms/*.toml, checked
    template = catalog["juminhyo"]
    app = build_application(template, identity, answers)    # "for myself": both people from the card
    question = next_question(template, app)                  # one screen at a time; None when done
    problems = validate(template, app)                       # resident-friendly Japanese messages
    total = fee_total(template, app)
    events = load_life_events(catalog=catalog)
    steps = plan(events["move_in"], answers, household=[birth dates])
"""

from forms.catalog import Catalog, TemplateError, apply_fees, load_catalog, load_template
from forms.display import display
from forms.events import LifeEvent, load_life_events
from forms.fees import FeeLine, fee_lines, fee_total, total_for
from forms.mapping import build_application, card_data, card_filled
from forms.model import Application, Choice, Field, FormTemplate, Problem, Question, Value
from forms.navigator import Plan, Procedure, bereavement_checklist, event_questions, plan
from forms.questions import next_question, questions_for
from forms.validation import errors, validate

__all__ = [
    "Application",
    "Catalog",
    "Choice",
    "FeeLine",
    "Field",
    "FormTemplate",
    "LifeEvent",
    "Plan",
    "Problem",
    "Procedure",
    "Question",
    "TemplateError",
    "Value",
    "apply_fees",
    "bereavement_checklist",
    "build_application",
    "card_data",
    "card_filled",
    "display",
    "errors",
    "event_questions",
    "fee_lines",
    "fee_total",
    "load_catalog",
    "load_life_events",
    "load_template",
    "next_question",
    "plan",
    "questions_for",
    "total_for",
    "validate",
]

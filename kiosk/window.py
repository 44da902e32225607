"""The kiosk: one resident's visit, from choosing a card to holding a numbered ticket.

    welcome -> (card) insert -> PIN -> reading -> confirm -> take the card -> choose -> ...
            -> (no card) ---------------------------------------------------> choose -> ...
    choose -> a form or a life event -> one question per screen -> review -> ticket (and forms)
           -> only a ticket -> services -> ticket
    welcome or services -> 予約の方 -> the reservation number typed or its QR code scanned -> ticket
    welcome or services -> 番号札をお持ちの方 -> the ticket's number typed or its QR code scanned
            -> where it stands (a no-show goes back in line)
    welcome -> 文字を大きく・見やすく -> text size, contrast, low reach -> OK -> welcome

If the ticket printer fails, the ticket stays in the queue and its number is shown large on screen to note
or photograph; the ticket is recorded as unprinted so the desk knows the resident holds no paper. Nobody
loses a place they were given, and the numbering stays gap-free.

When the visit ends, the identity read from the card and every answer leave the visit object and every
widget.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cardreader.errors import CardError, CardRemoved, PinBlocked, UnsupportedCard, UntrustedData, WrongPin
from cardreader.identity import CardType, Identity
from cardreader.monitor import ReaderEvent
from cardreader.reader import PinStatus
from forms import Application, FormTemplate, LifeEvent
from kiosk.appointment_page import AppointmentPage
from kiosk.card_pages import (
    ConfirmPage,
    InsertCardPage,
    PinPadPage,
    ProblemPage,
    ReadingPage,
    TakeCardPage,
    WelcomePage,
)
from kiosk.card_session import CardSession
from kiosk.flow import ProcedureFlow, shipped_catalog, shipped_events
from kiosk.keyboards import DatePicker
from kiosk.language_page import LanguagePanel, language_button
from kiosk.pages import MoreTimePanel, ResultPage, ServicePage
from kiosk.procedure_pages import ChoosePage, ReviewPage
from kiosk.procedures import ProcedureSteps
from kiosk.question_pages import QuestionPage
from kiosk.ticket_page import TicketPage
from kiosk.view_page import ViewPage
from kiosk.widgets import Panel, SettleGuard, label
from printing.resident_lines import ResidentLines
from queueing.appointment_service import AppointmentService
from queueing.model import CorrectionRequest
from queueing.services import IssuedTicket, QueueService, QueueSnapshot, Standing, TicketStanding
from queueing.ticket_codes import is_ticket_qr
from ui import theme
from ui.app import run_blocking
from ui.i18n import SOURCE_LANGUAGE, Translations, available_languages
from ui.idle import IdleWatch
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)

SPOKEN_LABELS = ("heading", "prompt", "instruction")  # the attribute holding a page's main text
CORNER_HEIGHT = 64  # px: the corner buttons (language, sound), 16 mm on the kiosk's screen
SHOWN_LARGE = (Standing.RETURNED, Standing.WAITING, Standing.CALLED)  # with the number on the result page
KANA = re.compile(r"[\u3040-\u30ff]")


class Prompter(Protocol):
    """voice.Prompter: speaks a short prompt; the newest replaces one still waiting or playing."""

    muted: bool

    def say(self, text: str, language: str) -> None: ...

    def stop(self) -> None: ...


PrintTicket = Callable[[IssuedTicket, ResidentLines | None], bool]
"""Renders and spools a ticket, with its lines in the resident's language unless that is Japanese: True if
paper came out, False if printing is off; raises on failure."""
Submit = Callable[[Sequence[str], Sequence[Application], CorrectionRequest | None], IssuedTicket]
"""Hands a visit to the queue as one ticket routed to these services (in order), with its applications
and, when the resident said the card's data is wrong, the boxes the card filled."""
PrintForms = Callable[[Sequence[Application]], bool]
"""Prints the pre-filled A4 forms: True if paper came out, False if printing is off; raises on failure."""


@dataclass
class Visit:
    """What the kiosk knows about the resident in front of it; forgotten when the visit ends.

    `flow` holds the procedures chosen, every answer and the applications until the ticket is issued.
    """

    identity: Identity | None = None
    needs_correction: bool = False  # 違うところがある: the ticket tells the desk (queueing.CorrectionRequest)
    card_type: CardType | None = None
    flow: ProcedureFlow | None = None


class KioskWindow(QWidget):
    """The kiosk window and the visit it runs.

    Signals:
        ticket_issued(str): the label of a ticket just issued (for tests and logs; no personal data).
    """

    ticket_issued = Signal(str)

    def __init__(
        self,
        queue: QueueService,
        print_ticket: PrintTicket,
        result_seconds: int = 12,
        cards: CardSession | None = None,
        translations: Translations | None = None,
        idle: tuple[int, int] = (60, 90),
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
        print_forms: PrintForms | None = None,
        catalog: Mapping[str, FormTemplate] | None = None,
        prompter: Prompter | None = None,
        events: Mapping[str, LifeEvent] | None = None,
        appointments: AppointmentService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("窓口 受付"))
        self.view = ("standard", False, False)
        self._queue = queue
        self._print_ticket = print_ticket
        self._prompter = prompter
        self._submit = submit
        self._print_forms = print_forms
        self.catalog = catalog if catalog is not None else shipped_catalog()
        self.events = events if events is not None else shipped_events(self.catalog)
        self._cards = cards
        self._appointments = appointments
        self._translations = translations
        self._tasks = TaskGroup()
        self._busy = False
        self._refreshing = False
        self.visit = Visit()
        self._readers: set[str] = set()
        self._cards_present: set[str] = set()
        self._reader: str | None = None
        self._card_left_behind = False
        self._came_from: dict[QWidget, QWidget] = {}  # 予約の方 / 番号札をお持ちの方: the page before
        self._build_pages(queue.office_name)
        self._back_timer = QTimer(self)
        self._back_timer.setSingleShot(True)
        self._back_timer.setInterval(result_seconds * 1000)
        self._back_timer.timeout.connect(self.back_to_start)
        self.more_time = MoreTimePanel(self)
        self.sound = QPushButton(self)
        self.sound.setProperty("role", "corner")
        self.sound.setCheckable(True)
        self.sound.clicked.connect(lambda checked: self.set_muted(not checked))
        self.sound.setVisible(prompter is not None)
        self.languages = LanguagePanel(self)  # over any page: the language, then back to that page
        self.language_button = language_button(self)
        self.language_button.clicked.connect(self.show_languages)
        self.language_button.setVisible(translations is not None)
        self.languages.chosen.connect(self._language_chosen)
        self.languages.back.connect(self.languages.hide)
        self._word_language_button()
        self.offline = label("", "warning", centered=False)  # over the top of every page while the queue
        self.offline.setParent(self)  # cannot be read
        self.offline.hide()
        self.settle = SettleGuard(self)  # before the idle watch: a touch it ignores still counts there
        self.idle = IdleWatch(self, *idle)
        self.idle.warn.connect(
            lambda: (self.more_time.cover(self, self.idle.seconds_left), self._say(self.more_time.heading))
        )
        self.idle.expired.connect(self.end_visit_for_inactivity)
        self.more_time.more_time.connect(self._keep_going)
        self.pages.currentChanged.connect(self._on_page_changed)
        self.pages.currentChanged.connect(lambda _index: self.languages.hide())  # the visit moved on
        self._connect_pages()
        self.set_view()
        self.set_muted(False)
        if translations is not None:
            self.welcome.set_languages(available_languages())
            self.welcome.mark_language(translations.current)
            self.languages.set_languages(available_languages())
        self.pages.setCurrentWidget(self.first_page)

    def _build_pages(self, office_name: str) -> None:
        self.pages = QStackedWidget(self)
        self.welcome = WelcomePage(office_name)
        self.insert_card = InsertCardPage()
        self.pin_pad = PinPadPage()
        self.reading = ReadingPage()
        self.confirm = ConfirmPage()
        self.take_card = TakeCardPage()
        self.problem = ProblemPage()
        self.services = ServicePage(office_name)
        self.result = ResultPage(self._queue.clock.local)
        self.choose = ChoosePage()
        self.question = QuestionPage()
        self.review = ReviewPage()
        self.appointment = AppointmentPage()
        self.ticket_page = TicketPage()
        self.view_options = ViewPage()
        for entry in (self.welcome.reservation, self.services.reservation):
            entry.setVisible(self._appointments is not None)
        self.welcome.ticket_holder.setVisible(self._appointments is None)  # two fit there, not three
        if self._cards is not None:  # 予約の方 is on the welcome page, one touch away (やめる): room for them
            self.services.reservation.hide()
        self.services.set_way_out(self._cards is not None)  # reached from the choice, or the first page
        self.choose.set_choices(self.catalog, self.events, self._queue.services)
        for page in (
            self.welcome, self.insert_card, self.pin_pad, self.reading, self.confirm,
            self.take_card, self.problem, self.choose, self.question, self.review, self.services, self.result,
            self.appointment, self.ticket_page, self.view_options,
        ):  # fmt: skip
            self.pages.addWidget(page)
        flow_pages = (self.choose, self.question, self.review)
        self.steps = ProcedureSteps(lambda: self.visit.flow, self.pages.setCurrentWidget, flow_pages, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The window is as large as its screen, never more: a page that needs more is a bug the clipping
        # tests find (tests.helpers.clipping), not a reason to spill over the screen's edge.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.narrow = False
        self.reach_space = QWidget(self)
        self.reach_space.setObjectName("page")
        self.reach_space.setFixedHeight(0)
        layout.addWidget(self.reach_space)
        layout.addWidget(self.pages)

    def _connect_pages(self) -> None:
        self.welcome.chosen.connect(self._on_card_choice)
        self.welcome.language_chosen.connect(self.use_language)
        self.welcome.view_wanted.connect(lambda: self.pages.setCurrentWidget(self.view_options))
        self.view_options.view_chosen.connect(self.set_view)
        self.view_options.done.connect(lambda: self.pages.setCurrentWidget(self.welcome))
        self.insert_card.back.connect(lambda: self.pages.setCurrentWidget(self.welcome))  # in their language
        self.pin_pad.submitted.connect(lambda pin: self._tasks.spawn(self._read(pin)))
        self.pin_pad.cancelled.connect(self._finish_with_card)
        self.confirm.confirmed.connect(self._on_confirmed)
        self.problem.retry.connect(self._retry_card)
        self.problem.without_card.connect(self._finish_with_card)
        self.result.done.connect(self.back_to_start)
        self.steps.ticket_only.connect(self._show_services)
        self.steps.cancelled.connect(self.back_to_start)
        self.steps.finished.connect(self.take_ticket)
        self.services.reservation.clicked.connect(self.show_appointment)
        self.services.back.connect(self.steps.show_choices)
        self.services.cancelled.connect(self.back_to_start)
        self.appointment.back.connect(lambda: self._back_from(self.appointment))
        self.appointment.submitted.connect(self.check_in)
        self.appointment.late_ticket.connect(lambda text: self.check_in(text, late_ok=True))
        self.services.ticket_holder.clicked.connect(self.show_ticket_page)
        self.ticket_page.back.connect(lambda: self._back_from(self.ticket_page))
        self.ticket_page.cancelled.connect(self.back_to_start)
        self.ticket_page.submitted.connect(self.come_back)

    @property
    def first_page(self) -> QWidget:
        """The welcome page when cards can be read here, else straight to the services."""
        return self.welcome if self._cards is not None else self.services

    @property
    def language(self) -> str:
        """The code of the language the resident reads the kiosk in."""
        return self._translations.current if self._translations is not None else SOURCE_LANGUAGE

    def use_language(self, code: str) -> None:
        """Show every kiosk text in `code` from now until the visit ends."""
        if self._translations is not None and self._translations.use(code):
            self.welcome.mark_language(code)
        self._time_the_first_page()

    def _visit_open(self) -> bool:
        """A visit is open on every page but the first, and on the first too once the resident chose a
        language or a view there (or came back to it with one): it ends after the idle time, and the next
        resident finds Japanese and the standard view again."""
        changed = self.language != SOURCE_LANGUAGE or self.view != ("standard", False, False)
        return self.pages.currentWidget() is not self.first_page or changed

    def _time_the_first_page(self) -> None:
        if self.pages.currentWidget() is self.first_page:
            if self._visit_open() and not self.idle.active:
                self.idle.start()
            elif not self._visit_open():
                self.idle.stop()
                self.more_time.hide()

    def show_languages(self) -> None:
        """言語 / Language, on any page: the choice of languages over it (the page and its answers stay)."""
        self.languages.cover(self, self.language, self.reach_space.height())

    def _language_chosen(self, code: str) -> None:
        self.use_language(code)
        self.languages.hide()

    def _remember_the_page_before(self, page: QWidget) -> None:
        here = self.pages.currentWidget()
        if here in (self.welcome, self.services):  # where 予約の方 and 番号札をお持ちの方 are offered
            self._came_from[page] = here

    def _back_from(self, page: QWidget) -> None:
        """もどる on 予約の方 or 番号札をお持ちの方: one page back (the start page, or the services), in the
        resident's language; やめる ends the visit."""
        self.pages.setCurrentWidget(self._came_from.get(page, self.first_page))

    def _clear_the_corners(self) -> None:
        """Each page's heading stays clear of the corner buttons: on a wide screen it wraps between them;
        on a narrow one the buttons have a strip of their own above the page (_place_for_reach)."""
        left = self.language_button.width() + 16 if not self.language_button.isHidden() else 0
        right = self.sound.width() + 16 if not self.sound.isHidden() else 0
        if self.narrow:
            left = right = 0
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            top = next((getattr(page, n) for n in SPOKEN_LABELS if hasattr(page, n)), None)
            if not isinstance(top, QLabel):
                continue
            now = top.contentsMargins()
            if (now.left(), now.right()) != (left, right):
                top.setContentsMargins(left, 0, right, 0)

    def _corner_top(self) -> int:
        """Where the corner buttons stand: at the top, or in low reach just above the page pushed down."""
        return max(8, self.reach_space.height() - CORNER_HEIGHT - 8)

    def _word_language_button(self) -> None:
        """「言語 / Language」 in every language: found by a resident who cannot read the one shown."""
        self.language_button.setText(self.tr("言語 / Language"))
        self.language_button.setAccessibleName(self.tr("表示する言語を選ぶ"))
        self._place_language_button()

    def _place_language_button(self) -> None:
        """Top left, as wide as its label needs; in low reach just above the page (within reach)."""
        width = max(192, self.language_button.sizeHint().width())
        self.language_button.setGeometry(8, self._corner_top(), width, CORNER_HEIGHT)
        self.language_button.raise_()
        self._clear_the_corners()
        if self.languages.isVisible():
            self.languages.setGeometry(self.rect())

    def set_view(
        self, text_size: str = "standard", high_contrast: bool = False, low_reach: bool = False
    ) -> None:
        """How this resident wants to see the kiosk: text size, contrast, and controls kept low."""
        self.view = (text_size, high_contrast, low_reach)
        palette = theme.HIGH_CONTRAST if high_contrast else theme.STANDARD
        self.setStyleSheet(theme.kiosk_stylesheet(palette, text_size))
        self.view_options.show_view(text_size, high_contrast, low_reach)
        self._compact_dates()
        self._place_for_reach()

    def _place_for_reach(self) -> None:
        """Low reach: push the page down, as far as it fits, so every control is in the lower part."""
        room = 0
        if self.view[2]:
            free = self.height() - self._least_height(self.pages.currentWidget())
            room = max(0, min(int(self.height() * 0.4), free))
        if self.narrow and not hasattr(self.pages.currentWidget(), "banner"):
            room = max(room, CORNER_HEIGHT + 16)  # the corner buttons' strip (a banner has them on it)
        self.reach_space.setFixedHeight(room)
        self._place_language_button()
        self._place_sound_button()  # its width follows the text size too

    def event(self, event: QEvent) -> bool:  # Qt's name
        """A page's texts wrapped onto more lines (its buttons learn their lines' height once laid out):
        place it again, so that low reach never squeezes it."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.view[2]:
            self._place_for_reach()
        return handled

    def _least_height(self, page: QWidget) -> int:
        """The height `page` needs at the window's width: its minimum, or more where texts wrap onto lines
        (a minimum size hint does not know a wrapping button's lines)."""
        layout = page.layout()
        least = page.minimumSizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            least = max(least, layout.minimumHeightForWidth(self.width()))
        return least

    # --- the visit's clock ----------------------------------------------------------------------------

    def _on_page_changed(self, _index: int) -> None:
        """A visit is open on every page but the first; the clock starts again on each new page, and the
        new page's committing buttons wait for it to settle."""
        self.settle.page_shown()
        self._place_for_reach()
        self.speak_page()
        if self._visit_open():
            self.idle.start()
        else:
            self.idle.stop()
            self.more_time.hide()

    def speak_page(self) -> None:
        """Say the page's main text (never a value the resident typed or the card holds)."""
        page = self.pages.currentWidget()
        label = next((getattr(page, name) for name in SPOKEN_LABELS if hasattr(page, name)), None)
        if label is not None:
            self._say(label)

    def _say(self, label: QLabel) -> None:
        if self._prompter is None or not label.text():
            return
        language = self.language
        if KANA.search(label.text()):
            language = SOURCE_LANGUAGE  # a form's question: forms stay in Japanese
        self._prompter.say(label.text().replace("\n", " "), language)

    def set_muted(self, muted: bool) -> None:
        """The visible sound button: spoken guidance off or on (for this visit)."""
        if self._prompter is not None:
            self._prompter.muted = muted
        self.sound.setChecked(not muted)
        self.sound.setText(self.tr("音声 オフ") if muted else self.tr("音声 オン"))
        self.sound.setAccessibleName(
            self.tr("音声案内をオンにする") if muted else self.tr("音声案内をオフにする")
        )

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.set_muted(not self.sound.isChecked())  # its label and accessible name in the new language
            self._word_language_button()
            self._place_sound_button()
            self._word_offline()
        super().changeEvent(event)

    def set_offline(self, offline: bool) -> None:
        """The queue cannot be read (its database or server is away): say so over every page, and take no
        ticket until a read succeeds again (the change watcher's heartbeat reads every few seconds)."""
        self.offline.setVisible(offline)
        self._word_offline()
        self._set_enabled(not self._busy)  # which keeps them off while the notice shows

    def _word_offline(self) -> None:
        """The notice in the current language, as wide as the window between the corner buttons (language,
        sound), covering the office's name at the top (or taller, where its text wraps)."""
        self.offline.setText(self.tr("ただいま番号札を発行できません。お近くの係員にお声がけください。"))
        left = self.language_button.width() + 16 if not self.language_button.isHidden() else 0
        width = self.width() - left - (self.sound.width() + 16 if self.sound.isVisible() else 0)
        height = max(self.offline.heightForWidth(width), self.services.banner.sizeHint().height())
        self.offline.setGeometry(left, 0, width, height)
        self.offline.raise_()

    def _place_sound_button(self) -> None:
        """Top right, as wide as its label needs in the current language and text size (low reach: just
        above the page, as the language button)."""
        width = max(192, self.sound.sizeHint().width())
        self.sound.setGeometry(self.width() - width - 8, self._corner_top(), width, CORNER_HEIGHT)
        self.sound.raise_()

    def _keep_going(self) -> None:
        self.more_time.hide()
        self.idle.start()

    def end_visit_for_inactivity(self) -> None:
        """Nobody touched the kiosk for the idle time: the visit ends and its data leaves the screen."""
        log.info("visit ended after inactivity")
        self.more_time.hide()
        card_left = self._reader in self._cards_present
        self.back_to_start()
        if card_left:
            self._card_left_behind = True
            self.pages.setCurrentWidget(self.take_card)  # someone's card is still in the reader

    def _fit_width(self) -> None:
        """A narrow (portrait) screen: every page stacks what stands side by side on a wide one."""
        narrow = self.width() < theme.KIOSK_NARROW_WIDTH
        if narrow != self.narrow:
            self.narrow = narrow
            for panel in self.findChildren(Panel):
                panel.set_narrow(narrow)
            self._compact_dates()

    def _compact_dates(self) -> None:
        """Low reach on a narrow screen: the date picker's years in two steps, so the page fits low."""
        for picker in self.findChildren(DatePicker):
            picker.set_compact(self.narrow and self.view[2])

    def resizeEvent(self, event: object) -> None:  # Qt's name
        self._fit_width()
        self._place_sound_button()
        self._word_offline()
        if self.more_time.isVisible():
            self.more_time.setGeometry(self.rect())
        self._place_for_reach()
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- the card ------------------------------------------------------------------------------------

    def on_card_event(self, event: ReaderEvent) -> None:
        """A reader or card came or went (delivered on the loop by cardreader.monitor.CardWatcher)."""
        if event.kind == "reader_added":
            self._readers.add(event.reader)
        elif event.kind == "reader_removed":
            self._readers.discard(event.reader)
        elif event.kind == "card_inserted":
            self._cards_present.add(event.reader)
            self._on_card_inserted(event.reader)
        elif event.kind == "card_removed":
            self._cards_present.discard(event.reader)
            self._on_card_removed(event.reader)
        self.welcome.set_reader_available(bool(self._readers) and self._cards is not None)

    def _on_card_choice(self, choice: str) -> None:
        if choice == "appointment":
            self.show_appointment()
            return
        if choice == "ticket":
            self.show_ticket_page()
            return
        if choice == "none":
            self._show_choices()
            return
        self.visit.card_type = choice  # type: ignore[assignment]
        self.insert_card.ask_for(choice)
        self.pages.setCurrentWidget(self.insert_card)
        present = sorted(self._cards_present)
        if present:  # the card was already on the reader
            self._on_card_inserted(present[0])

    def _on_card_inserted(self, reader: str) -> None:
        waiting_for_card = self.pages.currentWidget() in (self.welcome, self.insert_card, self.problem)
        if self._cards is None or not waiting_for_card or self._busy:
            return
        self._reader = reader
        self._busy = True
        self.pages.setCurrentWidget(self.reading)
        self._tasks.spawn(self._open(reader))

    def _on_card_removed(self, reader: str) -> None:
        if reader != self._reader:
            return
        current = self.pages.currentWidget()
        if current is self.take_card:
            self._after_card()
        elif current is self.pin_pad:
            self._show_problem(CardRemoved())

    async def _open(self, reader: str) -> None:
        assert self._cards is not None
        try:
            status = await self._cards.open(reader)
        except CardError as error:
            self._show_problem(error)
            return
        finally:
            self._busy = False
        self._ask_pin(status)

    def _ask_pin(self, status: PinStatus) -> None:
        self.visit.card_type = status.card_type
        if status.blocked:
            self._show_problem(PinBlocked())
        elif not status.pin_required:
            self._tasks.spawn(self._read(""))  # a licence with no PIN set: nothing to type
        else:
            self.pin_pad.prepare(status.card_type, status.tries_left)
            self.pages.setCurrentWidget(self.pin_pad)

    async def _read(self, pin: str) -> None:
        assert self._cards is not None
        self.pages.setCurrentWidget(self.reading)
        try:
            identity = await self._cards.read(pin)
        except WrongPin as error:
            self.pin_pad.prepare(self.visit.card_type or "mynumber", error.tries_left, wrong=True)
            self.pages.setCurrentWidget(self.pin_pad)
            return
        except CardError as error:
            self._show_problem(error)
            return
        self.visit.identity = identity
        self.confirm.show_identity(identity)
        self.pages.setCurrentWidget(self.confirm)

    def _on_confirmed(self, right: bool) -> None:
        self.visit.needs_correction = not right
        self._finish_with_card()

    def _finish_with_card(self) -> None:
        """The card's job is done (or abandoned): close it, and ask for it back if it is still there."""
        if self._cards is not None:
            self._tasks.spawn(self._cards.close())
        if self._reader in self._cards_present:
            self.pages.setCurrentWidget(self.take_card)
        else:
            self._after_card()

    def _after_card(self) -> None:
        self._reader = None
        if self._card_left_behind:  # the visit already ended; the card was its last trace
            self._card_left_behind = False
            self.pages.setCurrentWidget(self.first_page)
            return
        self._show_choices()

    def _retry_card(self) -> None:
        self.insert_card.ask_for(self.visit.card_type or "mynumber")
        self.pages.setCurrentWidget(self.insert_card)
        if self._reader in self._cards_present and self._reader is not None:
            self._on_card_inserted(self._reader)

    def _show_problem(self, error: CardError) -> None:
        heading, detail, can_retry = self._explain(error)
        self.problem.show_problem(heading, detail, can_retry)
        self.pages.setCurrentWidget(self.problem)

    def _explain(self, error: CardError) -> tuple[Callable[[], str], Callable[[], str], bool]:
        """What to tell the resident about a card problem, and whether trying again can help."""
        if isinstance(error, PinBlocked):
            return (
                lambda: self.tr("暗証番号がロックされています"),
                lambda: self.tr("ロックは窓口で解除できます。今日はカードを使わずにお進みください。"),
                False,
            )
        if isinstance(error, CardRemoved):
            return (
                lambda: self.tr("カードが読み取り中に離れました"),
                lambda: self.tr("もう一度カードを置いて、読み取りが終わるまでそのままにしてください。"),
                True,
            )
        if isinstance(error, UnsupportedCard):
            return (
                lambda: self.tr("このカードは読み取れません"),
                lambda: self.tr("カードをお取りになり、マイナンバーカードか運転免許証をお使いください。"),
                False,
            )
        if isinstance(error, UntrustedData):
            return (
                lambda: self.tr("カードの内容を正しく読み取れませんでした"),
                lambda: self.tr(
                    "もう一度お試しいただくか、カードを使わずにお進みください。窓口で職員がお手伝いします。"
                ),
                True,
            )
        return (
            lambda: self.tr("カードが見つかりません"),
            lambda: self.tr("カードをカードリーダーの上に置いてください。"),
            True,
        )

    # --- the procedures ------------------------------------------------------------------------------

    def _show_choices(self) -> None:
        """The resident is identified (or goes on without a card): what did they come for?"""
        today = self._queue.clock.calendar_date()  # the office's day, for ages, 和暦 and the forms' date
        self.visit.flow = ProcedureFlow(self.catalog, self.events, self.visit.identity, today=today)
        for picker in self.findChildren(DatePicker):
            picker.set_range(today)
        self.steps.show_choices()

    def take_ticket(self) -> None:
        """The review is confirmed: one ticket for every service the procedures need, with the forms."""
        flow = self.visit.flow
        if self._busy or flow is None or not flow.services():
            return
        self._busy = True
        self.review.ok.setEnabled(False)
        services, applications = flow.services(), flow.applications()
        hand_in = partial(self._hand_in, services, applications, self._correction())
        self._tasks.spawn(self._issue(hand_in, services[0], applications))

    def _correction(self) -> CorrectionRequest | None:
        """違うところがある: what the ticket tells the clerk, the boxes the card filled on each form (which
        people; never a value). None when the resident said the card is right, or used none."""
        if not self.visit.needs_correction:
            return None
        flow = self.visit.flow
        return CorrectionRequest(flow.card_boxes() if flow is not None else {})

    def _hand_in(
        self,
        services: Sequence[str],
        applications: Sequence[Application],
        correction: CorrectionRequest | None,
    ) -> IssuedTicket:
        """Runs in the executor: the visit becomes one ticket."""
        if self._submit is not None:
            return self._submit(services, applications, correction)
        # One number routed through every service the procedures need; the forms are saved with it.
        forms = [app.to_json_dict() for app in applications]
        return self._queue.issue(services, applications=forms, correction=correction)

    # --- an appointment (予約) ------------------------------------------------------------------------

    def show_appointment(self) -> None:
        """予約の方: type the reservation number or scan the confirmation's QR code."""
        self._remember_the_page_before(self.appointment)
        self.appointment.prepare()
        self.pages.setCurrentWidget(self.appointment)

    def check_in(self, text: str, late_ok: bool = False) -> None:
        """Check the appointment in; a second press while it is being checked does nothing. A ticket's own
        QR code scanned here (from the start page) is a ticket brought back."""
        if is_ticket_qr(text):
            self.come_back(text)
            return
        if self._busy or self._appointments is None:
            return
        self._busy = True
        self.appointment.set_busy(True)
        self._tasks.spawn(self._check_in(self._appointments, text, late_ok))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        """A QR scanner typing on the start page: a reservation's confirmation or a ticket was scanned
        without a touch (a ticket's code on the reservation page is passed on by check_in)."""
        scanned = event.text().isprintable() and bool(event.text().strip())
        if self.pages.currentWidget() is self.first_page and scanned:
            if self._appointments is not None:
                self.show_appointment()
                self.appointment.keyPressEvent(event)
            else:
                self.show_ticket_page()
                self.ticket_page.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    async def _check_in(self, appointments: AppointmentService, text: str, late_ok: bool) -> None:
        try:
            outcome = await run_blocking(partial(appointments.check_in, text, late_ok=late_ok))
        except Exception:
            log.exception("could not check an appointment in")
            self.result.show_failure()
            self._show_result()
            return
        if outcome.issued is None:
            self._busy = False
            self.appointment.show_refusal(outcome, int(appointments.late_grace.total_seconds() // 60))
            self._say(self.appointment.message)
            return
        issued = outcome.issued
        await self._issue(lambda: issued, issued.service.code)  # printed and shown as any ticket

    # --- a ticket brought back (番号札をお持ちの方) --------------------------------------------------------

    def show_ticket_page(self) -> None:
        """番号札をお持ちの方: type the ticket's number or scan its QR code."""
        self._remember_the_page_before(self.ticket_page)
        self.ticket_page.prepare()
        self.pages.setCurrentWidget(self.ticket_page)

    def come_back(self, text: str) -> None:
        """Where the ticket stands; a no-show goes back in line. A second press meanwhile does nothing."""
        if self._busy:
            return
        self._busy = True
        self.ticket_page.set_busy(True)
        self.appointment.set_busy(True)
        self._tasks.spawn(self._come_back(text))

    async def _come_back(self, text: str) -> None:
        try:
            found: TicketStanding | None = await run_blocking(self._queue.come_back, text)
        except Exception:
            log.exception("could not look a ticket up")
            found = None
        self._busy = False
        self.appointment.set_busy(False)
        if found is None or found.issued is None or found.standing not in SHOWN_LARGE:
            if self.pages.currentWidget() is not self.ticket_page:
                self.show_ticket_page()
            self.ticket_page.show_standing(found.standing if found is not None else None)
            self._say(self.ticket_page.message)
            return
        issued = found.issued
        counter = self._queue.counter(issued.ticket.counter).name if issued.ticket.counter else ""
        self.result.show_standing(found.standing, issued, counter)
        self._show_result()

    # --- the ticket ----------------------------------------------------------------------------------

    def _show_services(self) -> None:
        self.pages.setCurrentWidget(self.services)
        self._set_enabled(True)
        self.refresh()

    def set_snapshot(self, snapshot: QueueSnapshot) -> None:
        """Show the services and their waiting counts."""
        for code in self.services.set_services(snapshot):
            self.services.buttons[code].clicked.connect(partial(self.choose_service, code))
        self._set_enabled(not self._busy)

    def refresh(self) -> None:
        """Read the waiting counts again (after a change announcement)."""
        if not self._refreshing:
            self._refreshing = True
            self._tasks.spawn(self._refresh())

    async def _refresh(self) -> None:
        try:
            snapshot = await run_blocking(self._queue.snapshot)
        except Exception:
            log.exception("kiosk could not read the queue")
            self.set_offline(True)
            return
        finally:
            self._refreshing = False
        self.set_snapshot(snapshot)
        if self.offline.isVisible():
            self.set_offline(False)

    def choose_service(self, code: str, _checked: bool = False) -> None:
        """A service button was pressed; a second press while a ticket is being issued does nothing."""
        if self._busy:
            return
        self._busy = True
        self._set_enabled(False)
        self._tasks.spawn(self._issue(partial(self._queue.issue, code, correction=self._correction()), code))

    async def _issue(
        self, make: Callable[[], IssuedTicket], code: str, applications: Sequence[Application] = ()
    ) -> None:
        """Issue (in the executor), print the ticket, then the forms; a printer failure loses nothing."""
        try:
            issued = await run_blocking(make)
        except Exception:
            log.exception("could not issue a ticket for service %s", code)
            self.result.show_failure()
            self._show_result()
            return
        printed, failed = await self._print(issued)
        forms = await self._print_applications(issued, applications)
        self.result.show_ticket(issued, printed, failed)
        self.result.show_forms(forms)
        self._show_result()
        self.ticket_issued.emit(issued.ticket.label)

    async def _print_applications(
        self, issued: IssuedTicket, applications: Sequence[Application]
    ) -> bool | None:
        """True: the forms came out; False: the printer failed; None: nothing to print or printing is off."""
        if self._print_forms is None or not applications:
            return None
        try:
            return True if await run_blocking(self._print_forms, applications) else None
        except Exception as exc:
            log.error("the forms of ticket %s were not printed: %s", issued.ticket.label, exc)
            return False

    def resident_lines(self, issued: IssuedTicket) -> ResidentLines | None:
        """What the ticket adds in the resident's language: its service, where it goes next, what to do now
        and after a missed call. None in Japanese: the ticket says it all in Japanese."""
        language = self.language
        if language == SOURCE_LANGUAGE:
            return None
        after = " → ".join(self._queue.service(code).name_in(language) for code in issued.ticket.remaining)
        return ResidentLines(
            language=language,
            service=issued.service.name_in(language),
            then=self.tr("このあと：%1").replace("%1", after) if after else "",
            wait=self.tr("画面にこの番号が表示されたら、表示された窓口へお越しください"),
            estimate=self.result.wait_text(issued.wait) if issued.wait is not None else "",
            missed=self.tr("呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください"),
        )

    async def _print(self, issued: IssuedTicket) -> tuple[bool, bool]:
        """(paper came out, the printer failed); without paper the ticket is recorded so, with whether the
        printer failed or none is set up (the desk shows only a failure as one)."""
        try:
            if await run_blocking(self._print_ticket, issued, self.resident_lines(issued)):
                return True, False
            failed = False
        except Exception as exc:
            log.error("ticket %s was not printed: %s", issued.ticket.label, exc)
            failed = True
        try:
            await run_blocking(partial(self._queue.mark_unprinted, issued.ticket.id, failed=failed))
        except Exception:
            log.exception("could not record ticket %s as unprinted", issued.ticket.label)
        return False, failed

    def _show_result(self) -> None:
        self.pages.setCurrentWidget(self.result)
        self.result.ok.setFocus()
        self._back_timer.start()

    def back_to_start(self) -> None:
        """End the visit: forget the resident, close the card, and wait for the next one."""
        self._back_timer.stop()
        self._busy = False
        self.visit = Visit()
        self.confirm.clear()
        self.pin_pad.reset()
        self.appointment.clear()
        self.ticket_page.clear()
        self.steps.clear()
        self.use_language(SOURCE_LANGUAGE)  # the next resident starts in Japanese
        if self._prompter is not None:
            self._prompter.stop()
        self.set_muted(False)
        self.set_view()  # ... with the standard text size and colours
        if self._cards is not None:
            self._tasks.spawn(self._cards.close())
        self._forget_focus()
        self.pages.setCurrentWidget(self.first_page)
        self._set_enabled(True)
        self.refresh()

    def _forget_focus(self) -> None:
        """No page keeps the focus where the last resident left it: Qt gives a page its focus back when it
        shows again, and the next resident's form list would open with a ring on the last one's form."""
        for index in range(self.pages.count()):
            remembered = self.pages.widget(index).focusWidget()
            if remembered is not None:
                remembered.clearFocus()

    def _set_enabled(self, enabled: bool) -> None:
        enabled = enabled and not self.offline.isVisible()
        for widget in self.services.buttons.values():
            widget.setEnabled(enabled)

    def closeEvent(self, event: object) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)  # type: ignore[arg-type]

"""The statistics report as an A4 PDF: the period's key figures, two charts and two tables.

Page flow (reportlab's platypus, so a long period's day table continues on the next page): title with the
office and the period, the key figures, a stacked bar chart of tickets per hour by service, a bar chart of
the median and 90th-percentile wait per service, a table per service (steps, no-shows, waits, service
times), a table per day, and what each figure means. Everything is drawn in IPAex Gothic, embedded; the
document, every chart and every table start in it, so that no Helvetica is listed. Colours are the
Okabe-Ito set, told apart with colour blindness, with the figures printed on the bars for a grey printout.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from printing import fonts
from printing.a4draw import MM
from queueing.statistics import ALL_SERVICES, Figures, Report

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#333333")  # DADS solid-gray-800, the body text
FAINT = colors.HexColor("#666666")
RULE = colors.HexColor("#0017c1")  # DADS blue-900
HEADER_FILL = colors.HexColor("#e8f1fe")  # DADS blue-50
TOTAL_FILL = colors.HexColor("#f2f2f2")
SERIES = tuple(
    colors.HexColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
)  # Okabe-Ito; more services than colours repeat them
MEDIAN_FILL, P90_FILL = colors.HexColor("#0072B2"), colors.HexColor("#9ccbe8")
WEEKDAYS = "月火水木金土日"
NO_VALUE = "—"
TABLE_HEADER = (
    "発券数", "件数", "完了", "不在", "取消", "不在率",
    "待ち時間\n中央値", "待ち時間\n90%値", "対応時間\n中央値", "対応時間\n90%値",
)  # fmt: skip


@dataclass(frozen=True)
class StatsContext:
    """What the report needs besides the figures: who, which services, which clock, when made."""

    office_name: str
    service_names: Mapping[str, str] = field(default_factory=dict)
    zone: str = ""  # the clock the hours are in, e.g. "Asia/Tokyo"
    made_at: datetime | None = None


def render_stats(report: Report, context: StatsContext) -> bytes:
    """`report` as an A4 PDF (one page for a short period, more when the day table is long)."""
    font = fonts.register(fonts.GOTHIC)
    out = io.BytesIO()
    title = f"窓口統計 {context.office_name} {period_text(report.start, report.end)}"
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * MM,  # room for the footer
        title=title,
        creator="Madoguchi",
        initialFontName=font,
        initialFontSize=10,
    )
    _Page(font, title, context).build(document, report)
    return out.getvalue()


class _Page:
    """The report's content, in one font, and the footer of every page."""

    def __init__(self, font: str, title: str, context: StatsContext) -> None:
        self.font, self.title, self.context = font, title, context
        self.names = context.service_names

    def build(self, document: SimpleDocTemplate, report: Report) -> None:
        story: list[Flowable] = [*self.heading(report), *self.key_figures(report)]
        if report.overall.tickets or report.overall.steps:
            story += self.charts(report)
        else:
            story += [Paragraph("この期間の番号札の記録はありません。", self.style(10.5)), Spacer(0, 4 * MM)]
        story += [*self.service_table(report), *self.day_table(report), *self.notes(report)]
        document.build(story, onFirstPage=self.footer, onLaterPages=self.footer)

    def style(self, size: float, color: colors.Color = INK, leading: float = 1.5) -> ParagraphStyle:
        return ParagraphStyle(
            f"s{size}", fontName=self.font, fontSize=size, leading=size * leading, textColor=color,
            alignment=TA_LEFT, wordWrap="CJK",
        )  # fmt: skip

    def heading(self, report: Report) -> list[Flowable]:
        zone = f"・時刻は {self.context.zone}" if self.context.zone else ""
        days = f"{len(report.days)}日" if report.days else "なし"
        return [
            Paragraph(f"窓口統計　{escape(self.context.office_name)}", self.style(18, RULE, 1.3)),
            Paragraph(
                f"{period_text(report.start, report.end)}（記録のある日：{days}）{escape(zone)}",
                self.style(10.5),
            ),
            Spacer(0, 3 * MM),
        ]

    def key_figures(self, report: Report) -> list[Flowable]:
        """Five large figures across the page: what a manager reads first."""
        f = report.overall
        share = f"（{percent(f.no_show_share)}）" if f.no_show_share is not None else ""
        cells = [
            ("発券数", f"{f.tickets}枚"),
            ("完了", f"{f.done}件"),
            ("不在", f"{f.no_shows}件{share}"),
            ("待ち時間 中央値／90%値", f"{minutes(f.wait_median_s)}／{minutes(f.wait_p90_s)}分"),
            ("対応時間 中央値／90%値", f"{minutes(f.service_median_s)}／{minutes(f.service_p90_s)}分"),
        ]
        table = Table(
            [[label for label, _ in cells], [value for _, value in cells]],
            colWidths=[CONTENT_WIDTH * w for w in (0.14, 0.14, 0.2, 0.26, 0.26)],
        )
        table.setStyle(
            TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), self.font),
                ("FONTSIZE", (0, 0), (-1, 0), 8.5), ("TEXTCOLOR", (0, 0), (-1, 0), FAINT),
                ("FONTSIZE", (0, 1), (-1, 1), 15), ("LEADING", (0, 1), (-1, 1), 19),
                ("TEXTCOLOR", (0, 1), (-1, 1), INK),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, RULE), ("LINEBELOW", (0, 1), (-1, 1), 0.5, FAINT),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
            ])
        )  # fmt: skip
        return [table, Spacer(0, 5 * MM)]

    def charts(self, report: Report) -> list[Flowable]:
        return [
            self.section("時間帯別の発券数（発行した時刻・番号のサービス別）"),
            tickets_chart(report, self.names, self.font),
            Spacer(0, 4 * MM),
            KeepTogether([
                self.section("サービス別の待ち時間（分）"),
                waits_chart(report, self.names, self.font),
            ]),
            Spacer(0, 4 * MM),
        ]  # fmt: skip

    def section(self, text: str) -> Paragraph:
        """A section heading, never left alone at the foot of a page."""
        style = self.style(11.5, RULE, 1.6)
        style.keepWithNext = True
        return Paragraph(escape(text), style)

    def service_table(self, report: Report) -> list[Flowable]:
        rows = [
            (service_label(code, self.names), report.by_service.get(code, Figures()))
            for code in report.services
        ]
        table = figures_table("サービス", rows, ("全体", report.overall), self.font)
        return [KeepTogether([self.section("サービス別の件数・待ち時間・対応時間（時間は分）"), table])]

    def day_table(self, report: Report) -> list[Flowable]:
        if len(report.days) < 2:
            return []
        years = report.start.year != report.end.year
        rows = [(day_text(day, with_year=years), report.daily[(day, ALL_SERVICES)]) for day in report.days]
        table = figures_table("日付", rows, ("期間全体", report.overall), self.font)
        return [Spacer(0, 4 * MM), self.section("日別の集計（全サービス、時間は分）"), table]

    def notes(self, report: Report) -> list[Flowable]:
        lines = list(NOTES)
        unknown = report.overall.called - report.overall.waits_measured
        if unknown:
            lines.append(
                f"呼び出された {report.overall.called} 件のうち {unknown} 件は、列に並んだ時刻の記録が"
                "ないため（対応の段階ごとの記録を始める前に発行された番号札の、2番目以降のサービスなど）、"
                "待ち時間の集計に含みません。"
            )
        style = self.style(7.5, FAINT, 1.55)
        style.leftIndent, style.bulletFontName, style.bulletFontSize = 8, self.font, 7.5
        paragraphs = [Paragraph(escape(line), style, bulletText="・") for line in lines]
        return [Spacer(0, 4 * MM), KeepTogether(paragraphs)]

    def footer(self, canvas: Canvas, document: SimpleDocTemplate) -> None:
        made = self.context.made_at
        text = self.title + (f"・{made:%Y-%m-%d %H:%M} 作成" if made else "") + f"・{document.page}"
        canvas.saveState()
        canvas.setFont(self.font, 7)
        canvas.setFillColor(FAINT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 2 * MM, text)
        canvas.restoreState()


NOTES = (
    "発券数：番号札の枚数。番号を出したサービス（最初のサービス）の欄に、発行した時刻の時間帯で数えます。",
    "件数：サービスごとの対応の数。複数のサービスを回る番号札はサービスごとに数え、集計の時点で待っている・"
    "対応中の件も含みます。",
    "待ち時間：そのサービスの列に並んでから（2番目以降のサービスは前のサービスが終わってから）最初に呼び出されるまで。"
    "対応時間：最後の呼出から完了まで（書類待ちの時間は含みません）。他のサービスへ回した対応も完了に数えます。"
    "90%値：10人に1人はこれより長い値。不在率：不在 ÷（完了 ＋ 不在）。",
)


def figures_table(
    first: str, rows: Sequence[tuple[str, Figures]], total: tuple[str, Figures], font: str
) -> Table:
    """One line of figures per row and a shaded total line; the header repeats on a new page."""
    body = [[label, *figure_cells(f)] for label, f in (*rows, total)]
    widths = [CONTENT_WIDTH * 0.17] + [CONTENT_WIDTH * 0.083] * 10
    table = Table([[first, *TABLE_HEADER], *body], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("FONTSIZE", (0, 0), (-1, 0), 7.5), ("LEADING", (0, 0), (-1, 0), 9.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE), ("LINEABOVE", (0, -1), (-1, -1), 0.8, FAINT),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.lightgrey),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ])
    )  # fmt: skip
    return table


def figure_cells(f: Figures) -> list[str]:
    """The ten figures of a table line, times in minutes."""
    counts = (f.tickets, f.steps, f.done, f.no_shows, f.cancelled)
    times = (f.wait_median_s, f.wait_p90_s, f.service_median_s, f.service_p90_s)
    return [*map(str, counts), percent(f.no_show_share), *map(minutes, times)]


# --- the charts ------------------------------------------------------------------------------------------

_LABEL_SIZE = 8


def tickets_chart(report: Report, names: Mapping[str, str], font: str) -> Drawing:
    """Stacked bars: tickets issued per clock hour, one colour per service, the hour's total on top."""
    hours = hour_range(report.hours)
    codes = [code for code in report.services if report.by_service.get(code, Figures()).tickets]
    data = [[report.tickets_per_hour(code).get(hour, 0) for hour in hours] for code in codes]
    totals = [sum(column) for column in zip(*data, strict=True)]
    drawing = Drawing(CONTENT_WIDTH, 58 * MM, initialFontName=font)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 26, 18, CONTENT_WIDTH - 150, 58 * MM - 34
    chart.data = data
    chart.categoryAxis.style = "stacked"
    many = len(hours) > 12  # "10時" no longer fits under its bar: bare numbers, "時" once at the end
    chart.categoryAxis.categoryNames = [f"{hour}" if many else f"{hour}時" for hour in hours]
    chart.barSpacing, chart.groupSpacing = 0, 6
    _style_axes(chart, font, nice_top(max(totals, default=0)))
    for index, _ in enumerate(codes):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
        chart.bars[index].strokeColor = colors.white
        chart.bars[index].strokeWidth = 0.4
    drawing.add(chart)
    step = chart.width / len(hours)
    for index, total in enumerate(totals):
        x = chart.x + step * (index + 0.5)
        y = chart.y + chart.height * total / chart.valueAxis.valueMax + 2
        drawing.add(_text(x, y, str(total) if total else "", font, _LABEL_SIZE, "middle"))
    drawing.add(_axis_title(chart.x - 4, chart.y + chart.height + 6, "枚", font))
    if many:
        drawing.add(_axis_title(chart.x + chart.width + 8, chart.y - 11, "時", font))
    legend = [(SERIES[i % len(SERIES)], service_label(code, names)) for i, code in enumerate(codes)]
    drawing.add(_legend(CONTENT_WIDTH - 112, chart.y + chart.height, legend, font))
    return drawing


def waits_chart(report: Report, names: Mapping[str, str], font: str) -> Drawing:
    """Horizontal bars per service, top to bottom in the office's order: median and 90th-percentile wait."""
    codes = [code for code in report.services if report.by_service.get(code, Figures()).waits_measured]
    if not codes:
        return _empty_chart("待ち時間を測れる呼出がありません。", font)
    # The chart draws its first category and, within one, its first series lowest: reversed, the first
    # service comes on top with its median above its 90th percentile, as the legend lists them.
    rows = [report.by_service[code] for code in reversed(codes)]
    median = [_in_minutes(f.wait_median_s) for f in rows]
    p90 = [_in_minutes(f.wait_p90_s) for f in rows]
    height = 20 + len(codes) * 24
    drawing = Drawing(CONTENT_WIDTH, height, initialFontName=font)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 92, 18, CONTENT_WIDTH - 210, height - 24
    chart.data = [p90, median]
    chart.categoryAxis.categoryNames = [service_label(code, names) for code in reversed(codes)]
    chart.barSpacing, chart.groupSpacing = 1, 8
    _style_axes(chart, font, nice_top(max((v for v in p90 + median if v is not None), default=0.0)))
    chart.bars[0].fillColor, chart.bars[1].fillColor = P90_FILL, MEDIAN_FILL
    for index in (0, 1):
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName, chart.barLabels.fontSize = font, _LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    drawing.add(
        _legend(
            CONTENT_WIDTH - 86, chart.y + chart.height, [(MEDIAN_FILL, "中央値"), (P90_FILL, "90%値")], font
        )
    )
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalBarChart, font: str, top: float) -> None:
    """Axis labels in the embedded font, a value axis from 0 to `top` in round steps, light grid lines."""
    value, category = chart.valueAxis, chart.categoryAxis
    value.valueMin, value.valueMax, value.valueStep = 0, top, nice_step(top)
    value.labelTextFormat = "%d"
    value.visibleGrid, value.gridStrokeColor, value.gridStrokeWidth = True, colors.HexColor("#dddddd"), 0.5
    for labels in (value.labels, category.labels):
        labels.fontName, labels.fontSize, labels.fillColor = font, _LABEL_SIZE, INK
    value.strokeColor = category.strokeColor = FAINT


def _legend(x: float, top: float, pairs: Sequence[tuple[colors.Color, str]], font: str) -> Legend:
    legend = Legend()
    legend.x, legend.y, legend.alignment = x, top, "right"
    legend.fontName, legend.fontSize, legend.fillColor = font, _LABEL_SIZE + 0.5, INK
    legend.columnMaximum, legend.deltay, legend.dxTextSpace = 10, 13, 5
    legend.dx = legend.dy = 8
    legend.strokeColor = None
    legend.colorNamePairs = list(pairs)
    return legend


def _empty_chart(message: str, font: str) -> Drawing:
    drawing = Drawing(CONTENT_WIDTH, 14 * MM, initialFontName=font)
    drawing.add(_text(0, 6 * MM, message, font, 9, "start"))
    return drawing


def _text(x: float, y: float, text: str, font: str, size: float, anchor: str) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=INK, textAnchor=anchor)


def _axis_title(x: float, y: float, text: str, font: str) -> String:
    return String(x, y, text, fontName=font, fontSize=_LABEL_SIZE, fillColor=FAINT, textAnchor="middle")


def _in_minutes(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 60


# --- numbers and words -----------------------------------------------------------------------------------


def hour_range(hours: Sequence[int]) -> list[int]:
    """Every clock hour from the first to the last that saw a ticket, at least 8時 to 17時 (opening
    hours), so that quiet hours show as gaps, not as missing columns."""
    return list(range(min((*hours, 8)), max((*hours, 17)) + 1))


def nice_step(top: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about five grid lines up to `top`."""
    raw = max(top, 1) / 5
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def nice_top(value: float) -> float:
    """The first multiple of the nice step above `value` (with a little room for the bar labels)."""
    step = nice_step(value * 1.08)
    return step * max(1, math.ceil(value * 1.08 / step))


def minutes(seconds: float | None) -> str:
    """Seconds as minutes with one decimal, "—" when not measured."""
    return NO_VALUE if seconds is None else f"{seconds / 60:.1f}"


def percent(share: float | None) -> str:
    return NO_VALUE if share is None else f"{share * 100:.1f}%"


def service_label(code: str, names: Mapping[str, str]) -> str:
    """ "A 証明書", or the bare code for a service the configuration no longer has."""
    return f"{code} {names[code]}" if code in names else code


def day_text(day: date, *, with_year: bool = False) -> str:
    """ "11月24日（火）", or "2026/11/24（火）" in a period that spans a new year."""
    weekday = f"（{WEEKDAYS[day.weekday()]}）"
    return f"{day:%Y/%m/%d}{weekday}" if with_year else f"{day.month}月{day.day}日{weekday}"


def period_text(start: date, end: date) -> str:
    """ "2026年11月24日（火）" or "2026年11月1日（日）〜11月30日（月）"."""
    first = f"{start.year}年{day_text(start)}"
    if start == end:
        return first
    return f"{first}〜{'' if end.year == start.year else f'{end.year}年'}{day_text(end)}"


def escape(text: str) -> str:
    """Paragraphs read a little XML: an office name with & or < must not break them."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

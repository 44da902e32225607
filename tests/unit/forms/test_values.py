"""One box at a time: tidying what was typed and saying, in Japanese, what is wrong with it."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.display import display
from forms.model import FIELD_TYPES, Field, FieldType
from forms.values import check, normalize
from tests.unit.forms.conftest import TODAY


def field(type_: FieldType, **kwargs: object) -> Field:
    return Field("x", "生年月日" if type_ == "date" else "項目", type_, **kwargs)  # type: ignore[arg-type]


def problem(f: Field, raw: object) -> str | None:
    value = normalize(f, raw)
    assert value is not None
    return check(f, value, TODAY)


@pytest.mark.parametrize("raw", ["1980-01-31", "1980/1/31", "１９８０/１/３１", "1980.01.31"])
def test_dates_in_any_usual_spelling_become_iso(raw: str) -> None:
    assert normalize(field("date"), raw) == "1980-01-31"


def test_an_impossible_date_is_named_as_such() -> None:
    assert (
        problem(field("date"), "2023-02-30")
        == "生年月日：「2023-02-30」という日付はありません。月と日を確かめてください。"
    )


def test_a_date_that_is_not_one_shows_an_example() -> None:
    assert (
        problem(field("date"), "昨日")
        == "生年月日は「1980-01-31」か「昭和55年1月31日」のように年・月・日で入力してください。"
    )


def test_a_birth_date_in_the_future_is_refused() -> None:
    assert problem(field("date", past_only=True), "2027-01-01") == (
        "生年月日が今日より後の日付（令和9年1月1日（2027年））になっています。"
    )


@pytest.mark.parametrize(("raw", "tidy"), [("1234567", "123-4567"), ("１２３－４５６７", "123-4567")])
def test_postal_codes_get_their_hyphen(raw: str, tidy: str) -> None:
    assert normalize(field("postal_code"), raw) == tidy
    assert problem(field("postal_code"), raw) is None


@pytest.mark.parametrize("raw", ["123-456", "12-34567", "abc-defg", "123-45678"])
def test_postal_codes_must_be_nnn_nnnn(raw: str) -> None:
    assert problem(field("postal_code"), raw) == "項目は「123-4567」のように7桁の数字で入力してください。"


@pytest.mark.parametrize(
    "raw", ["03-1234-5678", "0312345678", "090-1234-5678", "（03）1234-5678", "０１２０ー１２３ー４５６"]
)
def test_phone_numbers_of_10_or_11_digits_from_0_pass(raw: str) -> None:
    assert problem(field("phone"), raw) is None


@pytest.mark.parametrize("raw", ["3-1234-5678", "03-1234-567", "090-1234-56789", "電話なし"])
def test_other_phone_numbers_are_refused(raw: str) -> None:
    assert problem(field("phone"), raw) == (
        "項目は、0から始まる10桁か11桁の数字で入力してください（例：03-1234-5678）。"
    )


@pytest.mark.parametrize("raw", ["やまだ　たろう", "ヤマダ タロウ", "すずき・いちろう", "ちゃーりー"])
def test_kana_readings_pass(raw: str) -> None:
    assert problem(field("kana"), raw) is None


@pytest.mark.parametrize("raw", ["山田", "yamada", "やまだ1"])
def test_readings_must_be_kana_only(raw: str) -> None:
    assert (
        problem(field("kana"), raw) == "項目は、ひらがなかカタカナで入力してください（例：やまだ　たろう）。"
    )


def test_numbers_keep_their_range() -> None:
    copies = Field("copies", "通数", "number", min=1, max=20, copies=True)
    assert normalize(copies, "２") == 2
    assert problem(copies, 21) == "通数は1から20までで入力してください。"
    assert problem(copies, "二") == "通数は数字で入力してください。"


def test_reiwa_year_ranges_count_from_this_year() -> None:
    year = Field("fiscal_year", "年度", "number", min=-4, max=0, relative_to="reiwa_year")
    assert problem(year, 8) is None
    assert problem(year, 3) == problem(year, 9) == "年度は令和4年度から令和8年度までで入力してください。"


def test_choices_list_what_may_be_chosen() -> None:
    scope = Field("scope", "範囲", "choice", choices=("世帯全員", "世帯の一部"))
    assert problem(scope, "全部") == "範囲は、次の中から選んでください：世帯全員、世帯の一部。"


def test_text_has_a_length_limit() -> None:
    assert (
        problem(field("text", max_length=3), "あいうえ")
        == "項目は3文字以内で入力してください（いまは4文字です）。"
    )


@pytest.mark.parametrize(("raw", "value"), [(True, True), ("はい", True), ("false", False), ("なし", False)])
def test_ticks_accept_yes_and_no_words(raw: object, value: bool) -> None:
    assert normalize(field("checkbox"), raw) is value


def test_a_persons_box_is_named_with_whose_it_is() -> None:
    subject_name = Field("subject.name", "氏名", "text", max_length=2, context="証明が必要な方")
    assert (
        problem(subject_name, "山田太郎")
        == "証明が必要な方の氏名は2文字以内で入力してください（いまは4文字です）。"
    )


def test_blank_is_nothing() -> None:
    assert normalize(field("text"), "  ") is None
    assert normalize(field("text"), None) is None


def test_display_shows_dates_in_wareki_and_counts_in_copies() -> None:
    assert display(field("date"), "1989-01-08") == "平成元年1月8日（1989年）"
    assert display(field("date"), "2019-05-01", western=False) == "令和元年5月1日"
    assert display(Field("c", "通数", "number", copies=True), 2) == "2通"
    assert display(Field("y", "年度", "number", relative_to="reiwa_year"), 8) == "令和8年度"
    assert display(field("checkbox"), True) == "はい"


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(),
    st.lists(st.text()),
    st.dictionaries(st.text(), st.text()),
)


@given(type_=st.sampled_from(FIELD_TYPES), raw=anything, day=st.dates())
def test_checking_never_raises_whatever_it_is_given(
    type_: FieldType, raw: object, day: datetime.date
) -> None:
    f = Field("x", "項目", type_, choices=("A", "B"), min=0, max=5, max_length=10)
    value = normalize(f, raw)
    if value is not None:
        result = check(f, value, day)
        assert result is None or result.startswith("項目")
        display(f, value)

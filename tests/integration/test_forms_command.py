"""`forms list` and `forms render` as staff run them: a subprocess, its output and its exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from forms.catalog import default_directory
from tests.helpers.cups import pdf_page_size, pdf_text

REPO = Path(__file__).resolve().parents[2]
YOSHINO = {
    "card_type": "mynumber",
    "name": "𠮷川　髙美",
    "name_reading": None,
    "address": "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス"
    "　２０１号室（南側角部屋）　管理組合気付",
    "birth_date": "1948-11-23",
    "sex": "female",
    "substitutions": [],
}


def forms(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "forms", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=60,
        check=False,
    )


def data_file(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_list_json_gives_id_title_service_and_fee() -> None:
    done = forms("list", "--json")

    assert done.returncode == 0, done.stderr
    listed = {row["id"]: row for row in json.loads(done.stdout)}
    assert len(listed) == 12
    assert listed["juminhyo"] == {
        "id": "juminhyo",
        "title": "住民票の写し等交付請求書",
        "service": "A",
        "fee": 300,
    }
    assert listed["koseki"]["fee"] == 450


def test_list_as_a_table() -> None:
    done = forms("list")

    assert done.returncode == 0
    assert "zei_shomei       D     300円  税証明交付申請書" in done.stdout


def test_render_writes_an_a4_pdf_with_the_residents_name(tmp_path: Path) -> None:
    data = data_file(
        tmp_path,
        {
            "identity": YOSHINO,
            "answers": {"relationship": "本人", "visitor.phone": "0155-12-3456", "purpose": "年金"},
        },
    )
    out = tmp_path / "juminhyo.pdf"

    done = forms("render", "juminhyo", "--data", str(data), "--out", str(out))

    assert done.returncode == 0, done.stderr
    assert pdf_page_size(out) == (595.276, 841.89)
    assert "\U00020bb7川" in pdf_text(out, "-raw")
    assert "1通" in pdf_text(out)  # copies left out: the template's default


def test_render_without_a_card_from_typed_answers(tmp_path: Path) -> None:
    answers = {
        "visitor.name": "山田　太郎",
        "visitor.address": "東京都千代田区霞が関二丁目１番２号",
        "visitor.birth_date": "1980-01-01",
        "visitor.phone": "03-1234-5678",
        "relationship": "本人",
        "purpose": "年金",
    }
    out = tmp_path / "typed.pdf"

    done = forms(
        "render", "juminhyo", "--data", str(data_file(tmp_path, {"answers": answers})), "--out", str(out)
    )

    assert done.returncode == 0, done.stderr
    assert "山田" in pdf_text(out)


def test_invalid_data_lists_every_problem_and_exits_2(tmp_path: Path) -> None:
    answers = {"relationship": "第三者", "show_mynumber": True, "visitor.phone": "12345", "copies": 0}
    out = tmp_path / "never.pdf"

    done = forms(
        "render",
        "juminhyo",
        "--data",
        str(data_file(tmp_path, {"identity": YOSHINO, "answers": answers})),
        "--out",
        str(out),
    )

    assert done.returncode == 2
    assert not out.exists()
    problems = done.stderr.splitlines()
    assert problems[0] == (
        "visitor.phone: 窓口に来た方の電話番号は、0から始まる10桁か11桁の数字で入力してください"
        "（例：03-1234-5678）。"
    )
    assert "subject.name: 証明が必要な方の氏名を入力してください。" in problems
    assert "copies: 通数は1から20までで入力してください。" in problems
    assert "purpose: 使用目的・提出先を入力してください。" in problems
    assert "third_party_reason: 請求の理由（第三者の方）を入力してください。" in problems
    assert any("第三者の方は、個人番号・住民票コード入り" in p for p in problems)


def test_a_malformed_data_file_is_refused(tmp_path: Path) -> None:
    identity = {**YOSHINO, "birth_date": "1948-02-30", "nickname": "よっしー", "name": 7}
    data = data_file(tmp_path, {"identity": identity, "answers": [], "extra": 1})

    done = forms("render", "juminhyo", "--data", str(data), "--out", str(tmp_path / "x.pdf"))

    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "extra: unknown key (expected 'identity' and 'answers')",
        "identity.nickname: unknown key",
        "identity.name: must be text, got 7",
        "identity.birth_date: not a date (YYYY-MM-DD): '1948-02-30'",
        "answers: must be an object",
    ]


def test_missing_and_broken_files_exit_2(tmp_path: Path) -> None:
    missing = forms(
        "render", "juminhyo", "--data", str(tmp_path / "none.json"), "--out", str(tmp_path / "x.pdf")
    )
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    broken = forms(
        "render", "juminhyo", "--data", str(tmp_path / "bad.json"), "--out", str(tmp_path / "x.pdf")
    )

    assert (missing.returncode, broken.returncode) == (2, 2)
    assert "cannot read the file" in missing.stderr
    assert "not valid JSON" in broken.stderr


def test_an_unknown_form_exits_2(tmp_path: Path) -> None:
    done = forms(
        "render",
        "jumin",
        "--data",
        str(data_file(tmp_path, {"answers": {}})),
        "--out",
        str(tmp_path / "x.pdf"),
    )

    assert done.returncode == 2
    assert done.stderr.startswith("no form 'jumin'; the catalog has: idou, ")


def test_staff_preview_their_own_templates_and_see_what_is_broken(tmp_path: Path) -> None:
    templates = tmp_path / "forms"
    templates.mkdir()
    shutil.copy(default_directory() / "juminhyo.toml", templates)
    text = (templates / "juminhyo.toml").read_text(encoding="utf-8")
    (templates / "juminhyo.toml").write_text(text.replace("fee = 300", 'fee = "300"'), encoding="utf-8")

    done = forms("list", "--templates", str(templates))

    assert done.returncode == 2
    assert done.stderr.strip() == f"{templates / 'juminhyo.toml'}: fee: must be a whole number, got '300'"


def test_notices_are_shown_but_do_not_stop_the_render(tmp_path: Path) -> None:
    answers = {
        "relationship": "本人",
        "visitor.phone": "03-1234-5678",
        "honseki": "東京都千代田区霞が関二丁目１番地",
        "hittosha": "𠮷川　髙美",
        "full": 1,
        "wide_area": True,
        "purpose": "相続",
    }
    out = tmp_path / "koseki.pdf"

    done = forms(
        "render",
        "koseki",
        "--data",
        str(data_file(tmp_path, {"identity": YOSHINO, "answers": answers})),
        "--out",
        str(out),
    )

    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("注意: 広域交付には、顔写真付きの本人確認書類")
    assert out.stat().st_size > 0

"""A gold data set's JSON Lines file with a bad line (session 34): one ``EvalError``
line naming ``FILE:LINE`` and why, with the data set's own code, through the CLI as a
user runs it; never the ``[E199] internal error … a bug`` line it was before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.errors import EvalError
from newsprism.eval.jsonl import json_lines


def _write(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_good_rows_come_with_their_file_line_numbers(tmp_path: Path) -> None:
    path = _write(tmp_path / "rows.jsonl", ['{"id": "a", "n": 1}', "", '{"id": "b"}'])
    assert list(json_lines(path, required=("id",))) == [(1, {"id": "a", "n": 1}),
                                                         (3, {"id": "b"})]


@pytest.mark.parametrize(("line", "reason"), [
    ("{broken", "not JSON"),
    ("[1, 2]", "a JSON list, not an object"),
    ('"a string"', "a JSON str, not an object"),
    ('{"name": "no id"}', "no id field"),
])
def test_a_bad_line_is_named_with_its_reason(tmp_path: Path, line: str, reason: str) -> None:
    path = _write(tmp_path / "rows.jsonl", ['{"id": "fine"}', line])
    with pytest.raises(EvalError) as caught:
        list(json_lines(path, code="E320", required=("id",)))
    assert caught.value.code == "E320"
    assert str(caught.value).startswith(f"[E320] {path}:2: {reason}")


def _ntrex_doc(number: int) -> str:
    return json.dumps({"doc_id": f"d{number}", "outlet": "Wire",
                       "en_sentences": ["A headline", "The port reopened on Monday."],
                       "ar_sentences": ["عنوان", "أعيد فتح الميناء يوم الاثنين."]},
                      ensure_ascii=False)


def test_eval_crosslang_on_a_cut_documents_file_is_one_e320_line(tmp_path: Path) -> None:
    folder = tmp_path / "ntrex-ar-en"
    _write(folder / "documents.jsonl", [_ntrex_doc(1), '{"doc_id": "d2", "en_sentenc'])
    _write(folder / "sentences.jsonl", [])
    result = CliRunner().invoke(cli, ["eval", "crosslang", str(tmp_path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"Error: [E320] {folder / 'documents.jsonl'}:2: not JSON: "
                     "Unterminated string starting at: line 1 column 18 (char 17)"]
    assert "E199" not in result.output


def test_eval_arabic_on_a_bad_article_line_is_one_e140_line(tmp_path: Path) -> None:
    _write(tmp_path / "articles.jsonl", ['{"id": "x1", "text": "نص"}', '{"text": "no id"}'])
    _write(tmp_path / "articles-date-cues.jsonl", [])
    gold = _write(tmp_path / "gold.jsonl", ['{"id": "x1"}'])
    result = CliRunner().invoke(cli, ["eval", "arabic", str(tmp_path), "--gold", str(gold)])
    assert result.exit_code == 2 and "E199" not in result.output
    assert f"[E140] {tmp_path / 'articles.jsonl'}:2: no id field" in result.output


def test_eval_clustering_on_a_bad_googlenews_line_is_one_e300_line(tmp_path: Path) -> None:
    folder = tmp_path / "googlenews-tsc"
    _write(folder / "googlenews-TS.jsonl", ['{"cluster": 1, "text": "port reopened monday"}',
                                            '{"text": "no cluster here"}'])
    result = CliRunner().invoke(cli, ["eval", "clustering", str(tmp_path)])
    assert result.exit_code == 2 and "E199" not in result.output
    assert f"[E300] {folder / 'googlenews-TS.jsonl'}:2: no cluster field" in result.output

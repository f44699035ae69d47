"""``eval arabic``: scoring on a tiny folder with known answers, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.errors import EvalError
from newsprism.eval.arabic import evaluate_arabic

ARTICLE = {
    "id": "2015-08-10#1", "source": "was", "outlet": "Saudi Press Agency",
    "url": "http://www.spa.gov.sa/1", "date_extracted": "2015-08-10 20:30:00",
    "title": "عام / افتتاح معرض", "author": "",
    "content": "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n"
               "افتتح أمير المنطقة اليوم معرضاً للكتاب يستمر حتى 7/ 11/ 1436هـ.\n"
               "وأوضح مدير المعرض أن عدد الزوار بلغ ألف زائر حتى الساعة 18:44 بتوقيت مكة المكرمة.\n"
               "// انتهى //\n20:26 ت م\n",
}  # fmt: skip
GOLD = {
    "id": "2015-08-10#1", "file": "articles.jsonl", "source": "was",
    "body_start": "افتتح أمير المنطقة", "body_end": "بتوقيت مكة المكرمة.",
    "boilerplate": [{"text": "// انتهى //", "kind": "end-marker"},
                    {"text": "20:26 ت م", "kind": "time-stamp"}],
    "dates": [{"text": "25 شوال 1436 هـ", "calendar": "hijri", "date": "2015-08-10"},
              {"text": "10 اغسطس 2015 م", "calendar": "gregorian", "date": "2015-08-10"},
              {"text": "7/ 11/ 1436هـ", "calendar": "hijri", "date": "2015-08-22"}],
    "zoned_times": [{"text": "18:44 بتوقيت مكة المكرمة", "utc_time": "15:44"}],
    "published": "2015-08-10T17:26:00Z",
}  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "saudinewsnet-sample"
    data.mkdir()
    (data / "articles.jsonl").write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", "utf-8")
    (data / "articles-date-cues.jsonl").write_text("", "utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", "utf-8")
    return data, gold


def test_scores_on_a_known_article(folder: tuple[Path, Path]) -> None:
    data, gold = folder
    rows = {(r["system"], r["task"]): r for r in evaluate_arabic(data, gold_path=gold).rows}
    assert rows["newsprism", "cleaning"]["tp"] == 2 and rows["newsprism", "cleaning"]["fp"] == 0
    assert rows["raw text", "cleaning"]["fp"] == 2  # the raw text keeps both pieces
    assert (rows["newsprism", "full dates"]["tp"], rows["newsprism", "full dates"]["fn"]) == (3, 0)
    assert rows["newsprism", "zoned times"]["tp"] == 1
    assert rows["newsprism", "publication"]["tp"] == 1


def test_a_wrong_gold_day_is_a_false_positive_and_a_miss(folder: tuple[Path, Path]) -> None:
    data, gold = folder
    wrong = json.loads(json.dumps(GOLD))
    wrong["dates"][2]["date"] = "2015-08-23"
    gold.write_text(json.dumps(wrong, ensure_ascii=False) + "\n", "utf-8")
    rows = {(r["system"], r["task"]): r for r in evaluate_arabic(data, gold_path=gold).rows}
    assert (rows["newsprism", "full dates"]["fp"], rows["newsprism", "full dates"]["fn"]) == (1, 1)


def test_missing_gold_or_data_is_e140(tmp_path: Path, folder: tuple[Path, Path]) -> None:
    data, gold = folder
    with pytest.raises(EvalError) as caught:
        evaluate_arabic(data, gold_path=tmp_path / "none.jsonl")
    assert caught.value.code == "E140"
    with pytest.raises(EvalError) as caught:
        evaluate_arabic(tmp_path / "empty", gold_path=gold)
    assert caught.value.code == "E140"


def test_cli_prints_the_table(folder: tuple[Path, Path]) -> None:
    data, gold = folder
    result = CliRunner().invoke(cli, ["eval", "arabic", str(data), "--gold", str(gold),
                                      "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    table = json.loads(result.output)
    assert {r["task"] for r in table["rows"]} == {"cleaning", "full dates", "zoned times",
                                                  "publication"}  # fmt: skip

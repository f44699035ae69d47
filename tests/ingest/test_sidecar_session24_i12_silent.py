"""A JSON article beside a text file of the same name is an article, not a sidecar.

MBIC's Breitbart article "Pro-life Democrats …" written as ``a.json`` (title, text,
source, as scripts/neus_raw_inputs.py writes compare inputs) came out of ``clean_paths``
as no article and no error once ``a.txt`` lay beside it: the name made it ``a.txt``'s
sidecar, skipped without a line (session 24, i12-silent).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsprism.pipeline import clean_paths, ingest_paths
from tests.conftest import SHARED_DATA

ARTICLES = SHARED_DATA / "mbic" / "articles-dev.jsonl.gz"
TITLE = "Pro-life Democrats Fed Up with Party's Abortion Extremism"

pytestmark = pytest.mark.skipif(not ARTICLES.is_file(),
                                reason="../shared/data is not beside the clone")


def _breitbart_text() -> tuple[str, str]:
    """The article's text and link, found by its link's slug (MBIC has no titles)."""
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if "pro-life-democrats-fed-up" in (row["news_link"] or ""):
                return row["article"], row["news_link"]
    raise AssertionError("the Breitbart article is not in MBIC's dev articles")


def _write_pair(folder: Path) -> None:
    text, link = _breitbart_text()
    item = {"title": TITLE, "text": text, "source": "Breitbart", "url": link}
    (folder / "a.json").write_text(json.dumps(item, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")


def test_json_article_beside_its_text_file_is_read(tmp_path: Path) -> None:
    _write_pair(tmp_path)
    articles, failures = clean_paths([tmp_path / "a.json"])
    assert not failures
    assert [(a.title, a.outlet) for a in articles] == [(TITLE, "Breitbart")]
    assert "Kristen Day" in articles[0].text


def test_same_json_twice_and_the_folder(tmp_path: Path) -> None:
    _write_pair(tmp_path)
    twice, failures = clean_paths([tmp_path / "a.json", tmp_path / "a.json"])
    assert len(twice) == 2 and not failures
    walked, failures = clean_paths([tmp_path])
    assert not failures
    assert sorted(Path(a.location).name for a in walked) == ["a.json", "a.txt"]
    by_name = {Path(a.location).name: a for a in walked}
    assert by_name["a.txt"].outlet != "Breitbart"  # an article is no one's metadata


def test_ingest_stores_it_once(fresh_store, tmp_path: Path) -> None:
    _write_pair(tmp_path)
    report = ingest_paths([tmp_path / "a.json"], fresh_store)
    again = ingest_paths([tmp_path / "a.json"], fresh_store)
    assert (report.files, len(report.added), report.failures) == (1, 1, [])
    assert (again.added, again.already_stored) == ([], 1)
    assert len(list(fresh_store.iter_articles())) == 1


def test_metadata_sidecar_given_alone_says_so(tmp_path: Path) -> None:
    _write_pair(tmp_path)
    (tmp_path / "a.json").write_text('{"outlet": "Breitbart"}', encoding="utf-8")
    articles, failures = clean_paths([tmp_path / "a.json"])
    assert not articles
    assert [f.code for f in failures] == ["E815"] and "a.txt" in failures[0].reason
    both, failures = clean_paths([tmp_path / "a.txt", tmp_path / "a.json"])
    assert [a.outlet for a in both] == ["Breitbart"] and not failures

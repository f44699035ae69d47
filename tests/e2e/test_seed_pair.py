"""End to end on the two seeds: what a careful reader writes down about each."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from newsprism.cli import cli
from tests.conftest import EXAMPLES, SEED_000, SEED_003


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?”])\s+", text) if len(s.split()) >= 4]


def _articles(db_path) -> dict[str, dict]:
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(EXAMPLES), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(cli, ["articles", "--db", str(db_path), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    return {a["source_path"].rsplit("/", 1)[-1][:3]: a for a in json.loads(listed.output)}


def test_seed_000_al_jazeera_repost(db_path):
    a = _articles(db_path)["000"]
    assert a["title"] == "US Warns Israel Against Large-Scale Invasion of Rafah: Latest Updates"
    assert a["outlet"] == "Al Jazeera"
    assert a["url"] == "https://aja.ws/d5f3wh"
    assert a["language"] == "en"
    # Printed "2024-03-26 02:21:30" without a zone; the page's other stamp is in Mecca time.
    assert a["published_at"] == "2024-03-25T23:21:30Z"
    assert a["published_at_original"] == "2024-03-26 02:21:30"
    assert "Mecca" in a["date_reason"] and "Asia/Riyadh" in a["date_reason"]
    assert {(r["text"], r["reason"]) for r in a["removed"]} == {
        ("US Warns Israel Against Large-Scale Invasion of Rafah: Latest Updates", "title"),
        ("2024-03-26 02:21:30", "date-stamp"),
        ("3/26/2024-|Last update: 3/26/202405:28 AM (Mecca time)", "last-update"),
        ("The link has been copied! copy urlhttps://aja.ws/d5f3wh", "share-link"),
        ("1711428572", "epoch-stamp"),
        ("#Blinken #warns #dangers #invading #Rafah #talks #alternatives #News", "hashtags"),
        ("Leave a Comment", "comment-form"),
        (
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "spam-filter-notice",
        ),
    }
    stamps = {s["original"]: s for s in a["stamps"]}
    assert stamps["3/26/202405:28 AM (Mecca time)"]["utc"] == "2024-03-26T02:28:00Z"
    assert stamps["1711428572"]["utc"] == "2024-03-26T04:49:32Z"


def test_seed_003_al_mayadeen(db_path):
    a = _articles(db_path)["003"]
    assert a["title"] is None  # the first line is a standfirst sentence, not a headline
    assert a["outlet"] == "Al Mayadeen"  # from the sidecar 003_….json
    assert a["language"] == "en"
    assert a["published_at"] is None and a["published_at_original"] is None
    assert [(r["text"], r["reason"]) for r in a["removed"]] == [
        ("‘Israel’ goes ballistic over UNSC resolution leaving US ‘very disappointed’",
         "pasted-headline"),
        ("Read more: US memo warns ‘Israel’ of reputational damage due to war on Gaza",
         "read-more"),
    ]  # fmt: skip


def test_no_article_sentence_lost(db_path):
    articles = _articles(db_path)
    for key, path in (("000", SEED_000), ("003", SEED_003)):
        article = articles[key]
        removed = {r["text"] for r in article["removed"]}
        raw_lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
        body_lines = [line for line in raw_lines if line not in removed]
        # Every line not recorded as removed is in the clean text, in order.
        assert article["text"].split("\n\n") == body_lines
        # And every sentence of the body survives.
        for sentence in _sentences("\n".join(body_lines)):
            assert sentence in article["text"]
        # Text plus removed lines account for every line of the input.
        assert sorted(body_lines + [r["text"] for r in article["removed"]]) == sorted(raw_lines)


def test_reingest_is_idempotent(db_path):
    first = _articles(db_path)
    runner = CliRunner()
    again = runner.invoke(cli, ["ingest", str(EXAMPLES), "--db", str(db_path), "--format", "json"])
    assert again.exit_code == 0
    report = json.loads(again.output)
    assert report["added"] == 0 and report["already_stored"] == 2
    assert report["articles_in_store"] == 2
    assert _articles(db_path).keys() == first.keys()


def test_show_prints_removed_lines_with_reasons(db_path):
    articles = _articles(db_path)
    result = CliRunner().invoke(cli, ["show", articles["000"]["id"][:8], "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    for reason in ("share-link", "hashtags", "comment-form", "spam-filter-notice", "epoch-stamp"):
        assert reason in result.output
    assert "2024-03-25T23:21:30Z" in result.output

"""The stories and story commands through click's CliRunner, on a real store file.

Memberships are written with ``save_memberships(replace_all=True)`` so that these tests
check the commands, whatever the clusterer decides on ingest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsprism.cli import cli
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.store.stories import Membership, StoryLabel, save_memberships
from tests.conftest import EXAMPLES

LONE = (
    "Farmers Protest Fuel Tax\n\nFarmers protested in the capital on Thursday against the new "
    "fuel tax. Police estimated the crowd at five thousand.\n"
)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def story_db(tmp_path: Path, store_location: str) -> str:
    """A store with the seed pair as story 'seedstory' and a lone article as 'lonestory',
    on each backend."""
    db = store_location
    (tmp_path / "lone").mkdir()
    (tmp_path / "lone" / "farmers.txt").write_text(LONE, encoding="utf-8")
    with open_store(db) as store:
        assert ingest_paths([EXAMPLES, tmp_path / "lone"], store).ok
        by_outlet = {a.outlet: a.id for a in store.iter_articles()}
        seeds = [by_outlet["Al Jazeera"], by_outlet["Al Mayadeen"]]
        lone = next(i for o, i in by_outlet.items() if o not in ("Al Jazeera", "Al Mayadeen"))
        save_memberships(
            store,
            [Membership(seeds[0], "seedstory", 0), Membership(seeds[1], "seedstory", 1),
             Membership(lone, "lonestory", 2)],
            {"seedstory": StoryLabel("Blinken meets Gallant", ["Antony Blinken"]),
             "lonestory": StoryLabel("Farmers Protest Fuel Tax")},
            replace_all=True,
        )  # fmt: skip
    return db


def test_stories_json_lists_biggest_first_with_the_contract_fields(story_db: str) -> None:
    result = run("stories", "--db", str(story_db), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [s["id"] for s in data] == ["seedstory", "lonestory"]
    seed = data[0]
    assert {"id", "label", "articles", "outlets", "first_seen", "last_seen"} <= set(seed)
    assert set(seed["outlets"]) == {"Al Jazeera", "Al Mayadeen"}
    assert {"id", "url", "outlet", "title", "published_at"} <= set(seed["articles"][0])
    assert seed["first_seen"] == "2024-03-25T23:21:30Z"


def test_stories_filters_by_outlet_and_date(story_db: str) -> None:
    only = json.loads(run("stories", "--db", str(story_db), "--outlet", "al mayadeen",
                          "--format", "json").output)  # fmt: skip
    assert [s["id"] for s in only] == ["seedstory"]
    later = json.loads(run("stories", "--db", str(story_db), "--since", "2024-03-26",
                           "--format", "json").output)  # fmt: skip
    assert "seedstory" not in [s["id"] for s in later]
    text = run("stories", "--db", str(story_db)).output
    assert "Blinken meets Gallant" in text and "2 stories" in text


def test_story_json_holds_the_story_and_its_comparison(story_db: str) -> None:
    result = run("story", "seeds", "--db", str(story_db), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["story"]["id"] == "seedstory" and len(data["story"]["articles"]) == 2
    analysis = data["analysis"]
    assert len(analysis["articles"]) == 2
    assert any(c["status"] == "shared" for c in analysis["claims"])


def test_story_text_and_html(story_db: str, tmp_path: Path) -> None:
    text = run("story", "seedstory", "--db", str(story_db)).output
    assert "story seedstory: Blinken meets Gallant" in text and "Al Mayadeen" in text
    page = tmp_path / "story.html"
    result = run("story", "seedstory", "--db", str(story_db), "--format", "html", "-o", str(page))
    assert result.exit_code == 0, result.output
    assert "Content-Security-Policy" in page.read_text(encoding="utf-8")


def test_a_story_of_one_has_nothing_to_compare(story_db: str) -> None:
    data = json.loads(run("story", "lonestory", "--db", str(story_db), "--format", "json").output)
    assert data["analysis"] is None and len(data["story"]["articles"]) == 1
    result = run("story", "nosuchstory", "--db", str(story_db))
    assert result.exit_code != 0 and "no story with id 'nosuchstory'" in result.output

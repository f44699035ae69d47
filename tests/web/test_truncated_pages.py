"""A paywall-cut article in the JSON API and the HTML of the article and home pages, in
process, on both backends: the new fields, the notes, and the cut reason escaped."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsprism.clean import clean_document
from newsprism.models import RawDocument
from newsprism.store import open_store
from newsprism.store.stories import Membership, StoryLabel, save_memberships
from tests.clean.test_truncation import LEAD, REST, _page, _ps
from tests.conftest import BACKENDS, module_store_location
from tests.web.conftest import TestClient
from tests.web.test_api import _check

# A stub whose words hold markup: the reason quotes it, and the page must show it as text.
HOSTILE_STUB = ("<p>To continue reading &lt;script&gt;window.__xss=9&lt;/script&gt; "
                "subscribe now.</p>")
NOTE = "The outlet's page was cut by a paywall"


@pytest.fixture(scope="module")
def cut_client(store_location_module: str,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:  # fmt: skip
    from newsprism.web import create_app

    whole = clean_document(RawDocument("whole.html", _page(_ps(LEAD + REST)), "html"))
    cut = clean_document(RawDocument("cut.html", _page(_ps(LEAD) + HOSTILE_STUB), "html"))
    whole.outlet, cut.outlet = "Daily Example", "Example Times"
    assert cut.truncated and not whole.truncated
    with open_store(store_location_module) as store:
        store.add_batch([whole, cut])
        save_memberships(store, [Membership(whole.id, "s1", 0), Membership(cut.id, "s1", 1)],
                         {"s1": StoryLabel("Council approves budget")})  # fmt: skip
    app = create_app(store_location_module, upload_dir=tmp_path_factory.mktemp("uploads"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield {"client": client, "whole": whole.id, "cut": cut.id,
               "openapi": client.get("/openapi.json").json()}  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def store_location_module(request: pytest.FixtureRequest,
                          tmp_path_factory: pytest.TempPathFactory) -> str:  # fmt: skip
    return module_store_location(request, tmp_path_factory, "cut")


def test_the_article_json_carries_the_note(cut_client: dict[str, Any]) -> None:
    client, spec = cut_client["client"], cut_client["openapi"]
    cut = client.get(f"/api/articles/{cut_client['cut']}").json()
    whole = client.get(f"/api/articles/{cut_client['whole']}").json()
    _check(spec, "/api/articles/{article_id}", cut)
    assert cut["truncated"] is True and cut["truncation_note"].startswith(NOTE)
    assert whole["truncated"] is False and whole["truncation_note"] is None


def test_the_story_json_counts_the_cut_articles(cut_client: dict[str, Any]) -> None:
    client, spec = cut_client["client"], cut_client["openapi"]
    overview = client.get("/api/overview").json()
    _check(spec, "/api/overview", overview)
    for story in (overview["latest"][0], client.get("/api/stories").json()["stories"][0],
                  client.get("/api/stories/s1").json()):  # fmt: skip
        assert story["truncated_count"] == 1
        assert {m["id"]: m["truncated"] for m in story["articles"]} == {
            cut_client["whole"]: False, cut_client["cut"]: True}


def test_the_pages_show_the_notes_and_escape_the_reason(cut_client: dict[str, Any]) -> None:
    client = cut_client["client"]
    page = client.get(f"/articles/{cut_client['cut']}").text
    assert NOTE in page.replace("&#39;", "'") and "stops here" in page
    assert "&lt;script&gt;window.__xss=9&lt;/script&gt;" in page
    assert "<script>window.__xss" not in page
    assert page.index('id="cut-note"') < page.index('class="article-body"')
    assert page.index('class="article-body"') < page.index("cut-end")
    assert 'id="cut-note"' not in client.get(f"/articles/{cut_client['whole']}").text
    home = client.get("/").text
    assert home.count("✂ 1 of 2 articles cut by a paywall") == 2  # latest and biggest

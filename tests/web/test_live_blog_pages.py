"""A live blog's article page and JSON, in process, on both backends (issue 16): each
entry's time beside the paragraph it starts, escaped, and ``live_entries`` in the API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsprism.clean import clean_document
from newsprism.models import RawDocument
from newsprism.store import open_store
from tests.clean.test_live_blog import ENTRIES, TIMES, live_page
from tests.conftest import BACKENDS, module_store_location
from tests.web.conftest import TestClient
from tests.web.test_api import _check

# A time whose words hold markup: the page must show it as text, and in the attribute too.
HOSTILE_TIME = '2024-03-25T07:15"><script>window.__xss=7</script>'


@pytest.fixture(scope="module", params=BACKENDS)
def live_location(request: pytest.FixtureRequest,
                  tmp_path_factory: pytest.TempPathFactory) -> str:  # fmt: skip
    return module_store_location(request, tmp_path_factory, "live")


@pytest.fixture(scope="module")
def live_client(live_location: str,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:  # fmt: skip
    from newsprism.web import create_app

    html = live_page(times=[*TIMES[:2], HOSTILE_TIME])
    live = clean_document(RawDocument("live.html", html, "html"))
    plain = clean_document(RawDocument("plain.html", live_page("post", "stream"), "html"))
    assert len(live.live_entries) == 3 and not plain.live_entries
    with open_store(live_location) as store:
        store.add_batch([live, plain])
    app = create_app(live_location, upload_dir=tmp_path_factory.mktemp("uploads"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield {"client": client, "live": live, "plain": plain.id,
               "openapi": client.get("/openapi.json").json()}  # fmt: skip


def test_the_article_json_lists_the_entries(live_client: dict[str, Any]) -> None:
    client, spec, live = live_client["client"], live_client["openapi"], live_client["live"]
    got = client.get(f"/api/articles/{live.id}").json()
    _check(spec, "/api/articles/{article_id}", got)
    assert got["live_entries"] == live.live_entries  # read back from the store as written
    assert [e["time"] for e in got["live_entries"]] == [*TIMES[:2], HOSTILE_TIME]
    assert [got["paragraphs"][e["paragraph"]] for e in got["live_entries"]] == ENTRIES
    assert got["published_at"] not in {e["time"] for e in got["live_entries"]}
    assert client.get(f"/api/articles/{live_client['plain']}").json()["live_entries"] == []


def test_the_page_marks_each_entry_with_its_time_escaped(live_client: dict[str, Any]) -> None:
    client, live = live_client["client"], live_client["live"]
    page = client.get(f"/articles/{live.id}").text
    assert 'id="live-note"' in page and "A live blog: 3 entries" in page
    for time, entry in zip(TIMES[:2], ENTRIES, strict=False):
        shown = time.replace("T", " ")
        assert f'<time class="entry-time" datetime="{time}">{shown}</time> {entry}</p>' in page
    assert "<script>window.__xss" not in page
    assert "&lt;script&gt;window.__xss=7&lt;/script&gt;" in page
    assert page.count('class="entry-time"') == 3
    assert "live_entries" not in page  # the JSON text stays out of the provenance table


def test_a_page_that_is_not_a_live_blog_has_no_marks(live_client: dict[str, Any]) -> None:
    page = live_client["client"].get(f"/articles/{live_client['plain']}").text
    assert "entry-time" not in page and "live-note" not in page

"""The JSON API in process: shapes checked against the served OpenAPI document."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from newsprism.store import open_store
from newsprism.store.stories import Membership, get_story, save_memberships
from newsprism.web import analyses
from tests.web.conftest import XSS_TEXT, TestClient


def _schema_of(openapi: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    """The 200 response schema of an operation, with the document's components."""
    operation = openapi["paths"][path][method]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return {**schema, "components": openapi["components"]}


def _check(openapi: dict[str, Any], path: str, body: Any, method: str = "get") -> None:
    validator = Draft202012Validator(_schema_of(openapi, path, method))
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


# (path as in the OpenAPI document, the URL to request: {seed} is the seed story)
GET_ENDPOINTS = [
    ("/api/overview", "/api/overview"),
    ("/api/stories", "/api/stories?sort=newest"),
    ("/api/stories/{story_id}", "/api/stories/{seed}"),
    ("/api/stories/{story_id}/analysis", "/api/stories/{seed}/analysis"),
    ("/api/articles/{article_id}", "/api/articles/4498c096fcb5d195"),
    ("/api/entities", "/api/entities"),
    ("/api/entities/{key}", "/api/entities/matthew-miller"),
    ("/api/outlets", "/api/outlets"),
    ("/api/outlets/{name}", "/api/outlets/Al%20Mayadeen"),
    ("/api/search", "/api/search?q=Rafah"),
]


def test_openapi_lists_every_api_route(openapi: dict[str, Any]) -> None:
    assert {p for p, _ in GET_ENDPOINTS} | {"/api/upload"} == set(openapi["paths"])
    assert "StoryAnalysis" in openapi["components"]["schemas"]
    Draft202012Validator.check_schema(_schema_of(openapi, "/api/overview"))


@pytest.mark.parametrize(("path", "url"), GET_ENDPOINTS, ids=[p for p, _ in GET_ENDPOINTS])
def test_responses_match_the_openapi_document(client: TestClient, openapi, web_store,
                                              path: str, url: str) -> None:  # fmt: skip
    # The analysis comes first in the list of the story's own endpoints only by order
    # of the table; the entity and outlet pages need it, so ask for it up front.
    client.get(f"/api/stories/{web_store['seed_story']}/analysis")
    response = client.get(url.format(seed=web_store["seed_story"]))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    _check(openapi, path, response.json())


def test_a_wrong_document_fails_the_schema_check(client: TestClient, openapi) -> None:
    body = client.get("/api/overview").json()
    body["articles"] = "many"
    with pytest.raises(AssertionError):
        _check(openapi, "/api/overview", body)


def test_overview_counts_the_store(client: TestClient) -> None:
    data = client.get("/api/overview").json()
    assert data["articles"] == 3 and data["stories"] == 2
    assert {"Al Jazeera", "Al Mayadeen"} <= {o["outlet"] for o in data["outlets"]}
    assert data["biggest"][0]["size"] == 2
    assert data["first_published"] == "2024-03-25T23:21:30Z"


def test_stories_are_listed_biggest_first_with_filters(client: TestClient, web_store) -> None:
    data = client.get("/api/stories").json()
    assert [s["size"] for s in data["stories"]] == [2, 1] and data["more"] is False
    assert data["stories"][0]["id"] == web_store["seed_story"]
    only = client.get("/api/stories", params={"outlet": "al jazeera"}).json()
    assert [s["outlets"] for s in only["stories"]] == [["Al Jazeera", "Al Mayadeen"]]
    first = client.get("/api/stories", params={"limit": 1}).json()
    second = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert first["more"] is True and second["more"] is False
    assert [s["size"] for s in first["stories"] + second["stories"]] == [2, 1]
    assert client.get("/api/stories", params={"sort": "sideways"}).status_code == 422


def test_story_by_prefix_and_unknown_story(client: TestClient, web_store) -> None:
    story = client.get(f"/api/stories/{web_store['seed_story'][:6]}").json()
    assert story["id"] == web_store["seed_story"] and story["size"] == 2
    missing = client.get("/api/stories/nosuchstory")
    assert missing.status_code == 404
    assert missing.json() == {"error": "no story 'nosuchstory'", "status": 404}


def test_analysis_is_valid_compare_json_and_cached(client: TestClient, web_store,
                                                   monkeypatch) -> None:  # fmt: skip
    schema = json.loads(resources.files("newsprism").joinpath("data/compare.schema.json")
                        .read_text("utf-8"))  # fmt: skip
    url = f"/api/stories/{web_store['seed_story']}/analysis"
    first = client.get(url).json()
    Draft202012Validator(schema).validate(first)
    assert {a["outlet"] for a in first["articles"]} == {"Al Jazeera", "Al Mayadeen"}
    assert any(c["status"] == "shared" for c in first["claims"])

    def no_compute(*args: Any) -> Any:
        raise AssertionError("computed again although cached")

    monkeypatch.setattr(client.app.state.analyzer.pool, "run", no_compute)
    assert client.get(url).json() == first
    with open_store(web_store["db"]) as store:
        row = store.conn.execute(
            "SELECT key, version, members FROM story_analyses WHERE story_id = ?",
            (web_store["seed_story"],),
        ).fetchone()
        story = get_story(store, web_store["seed_story"])
    assert row["key"] == analyses.analysis_key([m.id for m in story.articles])
    assert row["version"] == analyses.ANALYSIS_VERSION
    assert json.loads(row["members"]) == [a["id"] for a in first["articles"]]


def test_a_story_that_gains_an_article_is_analysed_again(tmp_path) -> None:
    from tests.web.conftest import build_store, hostile_story_id, seed_story_id

    info = build_store(tmp_path / "grow.db", basil=False)
    with open_store(info["db"]) as store:
        seed, hostile = seed_story_id(store), hostile_story_id(store)
        story = get_story(store, seed)
        before = analyses.analysis_key([m.id for m in story.articles])
        calls: list[int] = []

        from newsprism.web import create_app

        app = create_app(info["db"])
        real = app.state.analyzer.pool.run

        def counting(articles: Any) -> Any:
            calls.append(len(articles))
            return real(articles)

        with TestClient(app, base_url="http://127.0.0.1") as c, pytest.MonkeyPatch.context() as mp:
            mp.setattr(app.state.analyzer.pool, "run", counting)
            assert len(c.get(f"/api/stories/{seed}/analysis").json()["articles"]) == 2
            extra = get_story(store, hostile).articles[0].id
            assert c.get("/api/entities/matthew-miller").status_code == 200
            save_memberships(store, [Membership(extra, seed, 99)], {})
            # The stored analysis no longer covers the story: the index pages drop it...
            assert c.get("/api/entities/matthew-miller").status_code == 404
            assert c.get("/api/outlets/Al Jazeera").json()["analysed_articles"] == 0
            assert c.get("/api/overview").json()["biggest"][0]["size"] == 3
            grown = c.get(f"/api/stories/{seed}/analysis").json()
            # ...until the next view analyses it again.
            assert c.get("/api/entities/matthew-miller").status_code == 200
            assert c.get("/api/outlets/Al Jazeera").json()["analysed_articles"] == 1
        after = analyses.analysis_key([m.id for m in get_story(store, seed).articles])
    assert calls == [2, 3] and before != after
    assert extra in {a["id"] for a in grown["articles"]}


def test_article_json_is_the_cli_shape_plus_its_story(client: TestClient, web_store) -> None:
    data = client.get("/api/articles/4498c096").json()
    assert data["id"] == "4498c096fcb5d195" and data["outlet"] == "Al Jazeera"
    assert data["story_id"] == web_store["seed_story"]
    assert {"text", "paragraphs", "removed", "stamps", "provenance"} <= set(data)
    assert client.get("/api/articles/ffffffffffff").status_code == 404


def test_search_finds_rafah_in_both_seeds_with_highlights(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "Rafah"}).json()
    assert {h["outlet"] for h in data["hits"]} >= {"Al Jazeera", "Al Mayadeen"}
    assert data["hits"][0]["outlet"] == "Al Jazeera"  # the word is in its title too
    hits = [p["text"] for h in data["hits"] for p in h["snippet"] + h["title_pieces"] if p["hit"]]
    assert hits and all(t.lower() == "rafah" for t in hits)
    assert {f["outlet"] for f in data["outlets"]} >= {"Al Jazeera", "Al Mayadeen"}


@pytest.mark.parametrize(
    ("params", "outlets"),
    [
        ({"q": "Rafah", "outlet": "al mayadeen"}, {"Al Mayadeen"}),
        ({"q": "Rafah", "since": "2024-03-25", "until": "2024-03-25"}, {"Al Jazeera"}),
        ({"q": "Rafah", "until": "2024-03-24"}, set()),
        ({"q": "Rafah", "language": "fr"}, set()),
        ({"q": "Kirby"}, {"Al Mayadeen"}),
        ({"q": "Rafah -Kirby"}, {"Al Jazeera", "Evil Wire"}),
        ({"q": '"ground operation"'}, {"Al Mayadeen", "Al Jazeera"}),
        ({"q": 'unbalanced " AND ( NEAR'}, set()),
    ],
)  # fmt: skip
def test_search_filters_and_syntax(client: TestClient, params: dict, outlets: set) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    found = {re.sub(r"<[^>]+>", "", h["outlet"] or "") for h in response.json()["hits"]}
    assert found == outlets


def test_search_rejects_a_bad_date(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "Rafah", "since": "25/03/2024"})
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json()["error"]


def test_entity_page_gathers_names_stories_and_quotes(client: TestClient, web_store) -> None:
    client.get(f"/api/stories/{web_store['seed_story']}/analysis")
    data = client.get("/api/entities/Matthew Miller").json()  # folded to matthew-miller
    assert data["key"] == "matthew-miller" and data["types"] == ["PERSON"]
    assert "Miller" in data["aliases"]
    assert [s["story_id"] for s in data["stories"]] == [web_store["seed_story"]]
    assert len(data["quotes"]) >= 3
    assert {q["outlet"] for q in data["quotes"]} == {"Al Jazeera", "Al Mayadeen"}
    assert all(q["quoted_by"] is None for q in data["quotes"])  # his own, none inside another's
    # named through his title in both outlets once ("The spokesman", "The spokesperson")
    assert {q["speaker_as_written"] for q in data["quotes"]} >= {
        None, "the spokesman", "the spokesperson"}  # fmt: skip
    netanyahu = client.get("/api/entities/benjamin-netanyahu").json()
    assert "a statement from his office" in {q["speaker_as_written"] for q in netanyahu["quotes"]}
    blinken = client.get("/api/entities/anthony-blinken").json()  # a spelling in an alias
    assert blinken["name"] in ("Anthony Blinken", "Antony Blinken")
    listed = client.get("/api/entities").json()
    assert "matthew-miller" in {e["key"] for e in listed["entities"]}
    assert client.get("/api/entities/nobody-at-all").status_code == 404


def test_entity_keys_do_not_merge_people_on_a_surname_or_a_title() -> None:
    person = {"name": "Matthew Miller", "type": "PERSON",
              "aliases": ["Matthew Miller", "Miller", "spokesman", "Matt Miller",
                          "State Department spokesman"]}  # fmt: skip
    assert analyses.entity_keys(person) == {"matthew-miller", "matt-miller"}
    org = {"name": "United Nations", "type": "ORG", "aliases": ["UN", "the United Nations"]}
    assert analyses.entity_keys(org) == {"united-nations", "un"}


def test_outlet_shows_its_terms_voices_and_stories(client: TestClient, web_store) -> None:
    client.get(f"/api/stories/{web_store['seed_story']}/analysis")
    data = client.get("/api/outlets/al mayadeen").json()
    assert data["outlet"] == "Al Mayadeen" and data["articles"] == 1
    assert data["analysed_articles"] == 1
    assert "occupation" in {t["category"] for t in data["terms"]}
    assert data["terms_by_month"] and data["terms_by_month"][0]["month"] == "undated"
    assert data["voices"][0]["count"] >= data["voices"][-1]["count"] > 0
    assert [s["id"] for s in data["stories"]] == [web_store["seed_story"]]
    assert client.get("/api/outlets/Nobody News").status_code == 404


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict, str]] = []
        self.inline_handlers: list[str] = []
        self.styles = 0
        self._in_script: dict | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        self.inline_handlers += [k for k in a if k.startswith("on")]
        if "style" in a or tag == "style":
            self.styles += 1
        if tag == "script":
            self._in_script = a
            self.scripts.append((a, ""))
        for key in ("href", "src"):
            if (a.get(key) or "").strip().lower().startswith("javascript:"):
                self.inline_handlers.append(f"{key}=javascript:")

    def handle_data(self, data: str) -> None:
        if self._in_script is not None and data.strip():
            self.scripts[-1] = (self._in_script, data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


PAGES = ["/", "/stories", "/stories/{seed}", "/stories/{hostile}", "/articles/{hostile_article}",
         "/search?q=minister", "/search?q=reporters", "/outlets", "/entities", "/upload",
         "/entities/matthew-miller", "/outlets/Al%20Mayadeen", "/no-such-page"]  # fmt: skip


@pytest.mark.parametrize("page", PAGES)
def test_pages_run_no_inline_script_and_escape_article_text(client: TestClient, web_store,
                                                            page: str) -> None:  # fmt: skip
    with open_store(web_store["db"]) as store:
        hostile_article = get_story(store, web_store["hostile_story"]).articles[0].id
    client.get(f"/api/stories/{web_store['seed_story']}/analysis")
    response = client.get(page.format(seed=web_store["seed_story"],
                                      hostile=web_store["hostile_story"],
                                      hostile_article=hostile_article))  # fmt: skip
    assert response.status_code == (404 if page == "/no-such-page" else 200)
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "default-src 'none'" in policy
    tags = _Tags()
    tags.feed(response.text)
    assert tags.inline_handlers == [] and tags.styles == 0
    assert all(a.get("src", "").startswith("/") and not body for a, body in tags.scripts)
    assert "<script>window" not in response.text and "<img src=x" not in response.text


def test_hostile_article_text_is_shown_as_text(client: TestClient, web_store) -> None:
    page = client.get(f"/stories/{web_store['hostile_story']}").text
    assert "&lt;script&gt;window.__xss=3&lt;/script&gt;" in page
    assert "javascript:window.__xss=7" in page  # shown, but never as a link
    assert 'href="javascript:' not in page
    assert XSS_TEXT.split("\n")[0].split("<")[0] in page


def test_unknown_hosts_are_refused(client: TestClient) -> None:
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_security_headers_on_json_and_static(client: TestClient) -> None:
    for url in ("/api/overview", "/static/web.js", "/assets/report.js", "/assets/report.css"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_timeline_places_outlets_on_rows_and_lists_the_undated() -> None:
    from newsprism.web.views import timeline

    chart = timeline([
        {"id": "a", "outlet": "Wire", "published_at": "2024-03-25T10:00:00Z"},
        {"id": "b", "outlet": "Daily", "published_at": "2024-03-25T16:00:00Z"},
        {"id": "c", "outlet": "Wire", "published_at": "2024-03-26"},
        {"id": "d", "outlet": "Weekly", "published_at": None},
    ])  # fmt: skip
    assert [r["label"] for r in chart["rows"]] == ["Wire", "Daily"]
    dots = {d["number"]: d for d in chart["dots"]}
    assert dots[1]["y"] == dots[3]["y"] != dots[2]["y"]  # one row per outlet
    assert dots[1]["x"] < dots[2]["x"] < dots[3]["x"] and dots[3]["hollow"]
    assert [u["label"] for u in chart["undated"]] == ["Weekly"] and chart["date_only"]
    assert timeline([{"id": "x", "outlet": "Wire", "published_at": None}])["empty"]


def test_story_page_shows_label_choice_with_quoted_uses_apart(client: TestClient,
                                                              web_store) -> None:  # fmt: skip
    """The seed pair: Al Mayadeen's own "captives" ×2, and Netanyahu's office's, quoted."""
    client.get(f"/api/stories/{web_store['seed_story']}/analysis")
    page = client.get(f"/stories/{web_store['seed_story']}").text
    assert 'id="label-choice"' in page
    assert "the Israeli occupation’s security minister Yoav Gallant" in page
    assert '<bdi>captives</bdi> ×2 <span class="muted">(+1 quoted)</span>' in page

"""Error answers (issue 11): an unexpected exception is a proper page with the security
headers, numbers out of range are 422s, and JSON or HTML follows the path or Accept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsprism.web import create_app, queries
from newsprism.web.app import INTERNAL_ERROR, SECURITY_HEADERS
from newsprism.web.routes import MAX_LIMIT, MAX_OFFSET
from tests.web.conftest import TestClient

HUGE = str(10**20)  # past SQLite's 64-bit integers: was an OverflowError, a bare 500
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def lenient(web_store: dict[str, Any]) -> Iterator[TestClient]:
    """A client that gets the 500 answer instead of the exception re-raised."""
    app = create_app(web_store["db"])
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield client


def assert_security_headers(response: Any) -> None:
    for name, value in SECURITY_HEADERS:
        assert response.headers.get(name.decode()) == value.decode(), name


@pytest.mark.parametrize(("url", "accept", "as_json"), [
    ("/", BROWSER_ACCEPT, False),
    ("/api/overview", "", True),
    ("/", "application/json", True),
])  # fmt: skip
def test_an_unexpected_error_is_a_500_page_with_the_security_headers(
    lenient: TestClient, monkeypatch: pytest.MonkeyPatch, url: str, accept: str, as_json: bool
) -> None:
    def broken(*args: Any) -> Any:
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr(queries, "overview", broken)
    response = lenient.get(url, headers={"accept": accept})
    assert response.status_code == 500
    assert_security_headers(response)
    assert "secret detail" not in response.text  # the traceback goes to the log only
    if as_json:
        assert response.json() == {"error": INTERNAL_ERROR, "status": 500, "code": "E500"}
    else:
        assert response.headers["content-type"].startswith("text/html")
        assert "<h1>500</h1>" in response.text and "[E500]" in response.text


@pytest.mark.parametrize("url", [
    f"/stories?offset={HUGE}", f"/api/stories?offset={HUGE}", f"/api/search?q=a&offset={HUGE}",
    f"/search?q=a&offset={HUGE}", f"/api/stories?limit={HUGE}", "/api/stories?offset=-1",
    f"/api/stories?offset={MAX_OFFSET + 1}", "/api/search?q=a&limit=0",
    f"/api/search?q=a&limit={MAX_LIMIT + 1}", "/stories?offset=1e3",
])  # fmt: skip
def test_numbers_out_of_range_are_422_in_the_right_format(lenient: TestClient, url: str) -> None:
    response = lenient.get(url, headers={"accept": BROWSER_ACCEPT})
    assert response.status_code == 422, response.text
    assert_security_headers(response)
    if url.startswith("/api/"):
        assert response.json()["status"] == 422
    else:
        assert "<h1>422</h1>" in response.text


def test_numbers_at_their_bounds_are_accepted(client: TestClient) -> None:
    far = client.get(f"/api/stories?offset={MAX_OFFSET}&limit={MAX_LIMIT}")
    assert far.status_code == 200 and far.json()["stories"] == []
    assert client.get(f"/api/search?q=minister&offset={MAX_OFFSET}").json()["hits"] == []
    assert client.get(f"/stories?offset={MAX_OFFSET}").status_code == 200


def test_a_page_error_is_json_when_the_client_asks_for_json(client: TestClient) -> None:
    as_json = client.get("/stories/nosuchstory", headers={"accept": "application/json"})
    assert as_json.status_code == 404
    assert as_json.json() == {"error": "no story 'nosuchstory'", "status": 404}
    as_html = client.get("/stories/nosuchstory", headers={"accept": BROWSER_ACCEPT})
    assert as_html.status_code == 404 and "<h1>404</h1>" in as_html.text
    assert_security_headers(as_html)

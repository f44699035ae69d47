"""The outlet table (data/outlets.tsv) and the host / URL / text lookups over it."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from newsprism.clean.outlets import (
    HEADER,
    KINDS,
    OutletMatch,
    OutletTable,
    find_outlet_in_text,
    load_outlet_table,
    parse_outlet_table,
)


def _raw_lines() -> list[str]:
    resource = resources.files("newsprism") / "data" / "outlets.tsv"
    return resource.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def table() -> OutletTable:
    return load_outlet_table()


# --- the data file ---------------------------------------------------------------------


def test_header_is_first_line() -> None:
    assert tuple(_raw_lines()[0].split("\t")) == HEADER


def test_every_row_has_five_clean_fields() -> None:
    for number, line in enumerate(_raw_lines()[1:], 2):
        fields = line.split("\t")
        assert len(fields) == 5, f"line {number}: {line!r}"
        assert all(f and f == f.strip() for f in fields), f"line {number}: {line!r}"


def test_domains_unique_lower_case_without_www() -> None:
    domains = [line.split("\t")[0] for line in _raw_lines()[1:]]
    duplicates = [d for d, n in Counter(domains).items() if n > 1]
    assert not duplicates
    assert all(d == d.lower() for d in domains)
    assert not [d for d in domains if d.startswith(("www.", "m.", "amp.", "http"))]


def test_kinds_languages_countries(table: OutletTable) -> None:
    assert {row.kind for row in table} <= KINDS
    assert all(len(row.language) == 2 and row.language.islower() for row in table)
    assert all(
        row.country == "INT" or (len(row.country) == 2 and row.country.isupper()) for row in table
    )


def test_coverage_by_language(table: OutletTable) -> None:
    languages = Counter(row.language for row in table)
    assert languages["en"] >= 100
    assert languages["ar"] >= 40
    assert 200 <= len(table) <= 400  # a sanity bound, not a target


def test_generic_shorteners_are_not_outlets(table: OutletTable) -> None:
    for shortener in ("bit.ly", "t.co", "trib.al", "ow.ly", "buff.ly", "tinyurl.com", "goo.gl"):
        assert shortener not in table
        assert table.lookup_url(f"https://{shortener}/abc123") is None


def test_default_table_is_cached() -> None:
    assert load_outlet_table() is load_outlet_table()


# --- lookups -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.aljazeera.com/news/x", "Al Jazeera"),
        ("aja.ws/d5f3wh", "Al Jazeera"),
        ("https://aja.ws/d5f3wh", "Al Jazeera"),
        ("https://aje.io/28p5ev", "Al Jazeera"),
        ("https://www.aljazeera.net/news/2024/1/1/x", "Al Jazeera Arabic"),
        ("https://english.almayadeen.net/news/politics/some-story", "Al Mayadeen"),
        ("https://www.almayadeen.net/news/politics/x", "Al Mayadeen"),
        ("https://edition.cnn.com/2024/01/01/world/x/index.html", "CNN"),
        ("https://arabic.cnn.com/middle-east/article/x", "CNN Arabic"),
        ("https://www.bbc.co.uk/news", "BBC News"),
        ("https://www.bbc.com/news/world-123", "BBC News"),
        ("https://www.bbc.com/arabic/articles/c123", "BBC Arabic"),
        ("https://bbc.in/3xYz", "BBC News"),
        ("https://apnews.com/article/x", "Associated Press"),
        ("https://nyti.ms/3abc", "The New York Times"),
        ("https://wapo.st/3abc", "The Washington Post"),
        ("https://reut.rs/3abc", "Reuters"),
        ("https://on.ft.com/3abc", "Financial Times"),
        ("https://www.huffingtonpost.com/entry/x", "HuffPost"),
        ("https://amp.theguardian.com/world/2024/x", "The Guardian"),
        ("https://m.youm7.com/story/2024/1/1/x", "Youm7"),
        ("HTTPS://WWW.ALARABIYA.NET/arab-and-world", "Al Arabiya"),
        ("//www.skynewsarabia.com/middle-east/x", "Sky News Arabia"),
        ("https://www.france24.com/ar/x", "France 24 Arabic"),
        ("https://www.france24.com/en/x", "France 24"),
        ("https://www.rudaw.net/english/middleeast/x", "Rudaw"),
        ("https://www.yahoo.com/news/x.html", "Yahoo News"),
    ],
)
def test_lookup_url(table: OutletTable, url: str, outlet: str) -> None:
    match = table.lookup_url(url)
    assert match is not None, url
    assert match.outlet == outlet
    assert match.matched == url


@pytest.mark.parametrize(
    "url",
    [
        "https://notaljazeera.com/news/x",
        "https://aljazeera.com.evil.example/x",
        "https://www.example.org/news",
        "https://localhost:8000/x",
        "https://com/x",
        "mailto:press@aljazeera.net",
        "",
        "not a url",
        "http://[::1/x",
    ],
)
def test_lookup_url_no_match(table: OutletTable, url: str) -> None:
    assert table.lookup_url(url) is None


def test_edition_wins_over_site(table: OutletTable) -> None:
    english = table.lookup_url("https://english.almayadeen.net/news/x")
    arabic = table.lookup_url("https://www.almayadeen.net/news/x")
    assert english is not None and arabic is not None
    assert (english.domain, english.language, english.kind) == (
        "english.almayadeen.net",
        "en",
        "edition",
    )
    assert (arabic.domain, arabic.language, arabic.kind) == ("almayadeen.net", "ar", "site")


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("www.aljazeera.com", "aljazeera.com"),
        ("WWW.AlJazeera.com", "aljazeera.com"),
        ("aljazeera.com:443", "aljazeera.com"),
        ("www.aljazeera.com.", "aljazeera.com"),
        ("edition.cnn.com", "cnn.com"),
        ("english.almayadeen.net", "english.almayadeen.net"),
        ("m.bbc.co.uk", "bbc.co.uk"),
        ("nyti.ms", "nyti.ms"),
        ("n.pr", "n.pr"),
        ("on.ft.com", "on.ft.com"),
        ("uk.news.yahoo.com", "news.yahoo.com"),
    ],
)
def test_lookup_host(table: OutletTable, host: str, domain: str) -> None:
    match = table.lookup_host(host)
    assert match is not None, host
    assert match.domain == domain


def test_lookup_host_shortlink_kind(table: OutletTable) -> None:
    match = table.lookup_host("aja.ws")
    assert match == OutletMatch(
        outlet="Al Jazeera",
        domain="aja.ws",
        language="en",
        country="QA",
        kind="shortlink",
        matched="aja.ws",
    )


@pytest.mark.parametrize("host", ["notaljazeera.com", "com", "", "bit.ly", "example.com"])
def test_lookup_host_no_match(table: OutletTable, host: str) -> None:
    assert table.lookup_host(host) is None


# --- links in running text -------------------------------------------------------------------


def test_text_with_glued_short_link() -> None:
    match = find_outlet_in_text("The link has been copied! copy urlhttps://aja.ws/d5f3wh")
    assert match is not None
    assert match.outlet == "Al Jazeera"
    assert match.matched == "https://aja.ws/d5f3wh"


@pytest.mark.parametrize(
    ("text", "outlet", "matched"),
    [
        ("Share: aja.ws/d5f3wh.", "Al Jazeera", "aja.ws/d5f3wh"),
        ("(source: https://www.reuters.com/world/x)", "Reuters", "https://www.reuters.com/world/x"),
        (
            "see https://example.org/a then https://nyti.ms/3abc and https://bbc.in/1",
            "The New York Times",
            "https://nyti.ms/3abc",
        ),
        (
            "رابط مختصر: https://www.aljazeera.net/news/x",
            "Al Jazeera Arabic",
            "https://www.aljazeera.net/news/x",
        ),
    ],
)
def test_text_lookup(text: str, outlet: str, matched: str) -> None:
    match = find_outlet_in_text(text)
    assert match is not None
    assert (match.outlet, match.matched) == (outlet, matched)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No links here at all.",
        "As Reuters.com and aljazeera.com reported, talks resumed.",  # mentions, not links
        "Write to press@aljazeera.com/desk for details",
        "More at https://bit.ly/3abc",
        "U.S./Mexico border talks, e.g./i.e. notation",
    ],
)
def test_text_lookup_no_match(text: str) -> None:
    assert find_outlet_in_text(text) is None


def test_text_lookup_uses_given_table() -> None:
    table = parse_outlet_table(
        "\t".join(HEADER) + "\nexample.org\tExample News\ten\tINT\tsite\n", origin="test"
    )
    match = find_outlet_in_text("read it at example.org/story/1, or aja.ws/x", table)
    assert match is not None and match.outlet == "Example News"
    assert find_outlet_in_text("only https://aja.ws/x", table) is None


# --- parsing custom tables -----------------------------------------------------------------


def test_load_custom_path(tmp_path: Path) -> None:
    path = tmp_path / "outlets.tsv"
    path.write_text(
        "\t".join(HEADER) + "\n\nexample.org\tExample\ten\tUS\tsite\n"
        "ex.am\tExample\ten\tUS\tshortlink\n",
        encoding="utf-8",
    )
    table = load_outlet_table(path)
    assert len(table) == 2
    match = table.lookup_url("ex.am/1")
    assert match is not None and match.kind == "shortlink"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("example.org\tExample\ten\tUS\n", "five|5"),
        ("example.org\tExample\ten\tUS\tsite\nexample.org\tOther\ten\tUS\tsite\n", "already"),
        ("Example.org\tExample\ten\tUS\tsite\n", "bad domain"),
        ("www.example.org\tExample\ten\tUS\tsite\n", "prefix"),
        ("example.org\tExample\teng\tUS\tsite\n", "bad language"),
        ("example.org\tExample\ten\tusa\tsite\n", "bad country"),
        ("example.org\tExample\ten\tUS\tblog\n", "bad kind"),
    ],
)
def test_parse_rejects_bad_rows(body: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_outlet_table("\t".join(HEADER) + "\n" + body, origin="t.tsv")


def test_parse_rejects_missing_header() -> None:
    with pytest.raises(ValueError, match="header"):
        parse_outlet_table("example.org\tExample\ten\tUS\tsite\n")

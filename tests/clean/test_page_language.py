"""The page's declared language, lingua where it is missing or doubtful, and the cost cuts.

What changed for issue 16's cost of cleaning: a page that declares its language reliably
does not load lingua; a huge page is cut before parsing and says so in its provenance;
the markup's links no longer name an HTML page's outlet; on a normal page trafilatura's
output is the same whether it gets the page or our parsed tree.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import trafilatura

import newsprism.clean.html as html_module
from newsprism.clean import clean_document
from newsprism.clean.html import cap_html, extract_html, parse_tree
from newsprism.clean.language import primary_code, reliable_declaration
from newsprism.models import RawDocument

GERMAN = (
    "Der Gemeinderat hat am Montag nach einer sechsstündigen Debatte den neuen Haushalt "
    "beschlossen. Die ersten Reparaturen an den Straßen sollen im April beginnen, wenn das "
    "Wetter es zulässt, sagte der Bürgermeister am Abend vor den Journalisten im Rathaus."
)
FINNISH = (
    "Vuodenaikojen vaihtuminen vaikuttaa mielialaan ja käyttäytymiseen noin yhdeksällä "
    "kymmenestä suomalaisesta, kertoo tuore tutkimus. Tutkijoiden mukaan pimeä aika "
    "heikentää unta ja lisää väsymystä erityisesti marraskuussa ja joulukuussa."
)
ARABIC = (
    "وافق المجلس البلدي يوم الاثنين على الميزانية الجديدة بعد نقاش استمر ست ساعات، وقال "
    "المسؤولون إن أولى أعمال الإصلاح ستبدأ في أبريل إذا سمحت الأحوال الجوية بذلك."
)


def page(body: str, *, lang: str | None = None, head: str = "", paragraphs: int = 3) -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    text = "".join(f"<p>{body}</p>" for _ in range(paragraphs))
    return (
        f"<!doctype html><html{lang_attr}><head><title>Haushalt beschlossen</title>{head}</head>"
        f"<body><article><h1>Haushalt beschlossen</h1>{text}</article></body></html>"
    )


def clean(html: str):
    return clean_document(RawDocument("page.html", html, "html"))


def test_declared_language_does_not_load_lingua() -> None:
    """In a fresh process: a German page declaring ``de`` is German, and lingua stays out."""
    code = (
        "import json, sys\n"
        "from newsprism.clean import clean_document\n"
        "from newsprism.models import RawDocument\n"
        f"a = clean_document(RawDocument('p.html', {page(GERMAN, lang='de-DE')!r}, 'html'))\n"
        "print(json.dumps([a.language, a.provenance['language'], 'lingua' in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)  # fmt: skip
    language, provenance, lingua_loaded = json.loads(done.stdout.splitlines()[-1])
    assert (language, provenance, lingua_loaded) == ("de", "declared (html lang)", False)


def test_undeclared_page_is_detected_by_lingua() -> None:
    article = clean(page(GERMAN))
    assert (article.language, article.provenance["language"]) == ("de", "detected (lingua)")


@pytest.mark.parametrize(
    ("body", "lang", "head", "expected"),
    [
        # a template's default "en" over German text: lingua decides
        (GERMAN, "en-US", '<meta property="og:locale" content="en_US">', "de"),
        # declarations that disagree: lingua decides
        (GERMAN, "fr", '<meta http-equiv="content-language" content="de">', "de"),
        # a Latin-script language declared over Arabic text: lingua decides
        (ARABIC, "de", "", "ar"),
    ],
)
def test_doubtful_declarations_go_to_lingua(body: str, lang: str, head: str, expected: str
                                            ) -> None:  # fmt: skip
    article = clean(page(body, lang=lang, head=head))
    assert (article.language, article.provenance["language"]) == (expected, "detected (lingua)")


def test_declared_language_lingua_does_not_know() -> None:
    """Finnish is not among lingua's configured languages; the page's word is taken."""
    article = clean(page(FINNISH, head='<meta property="og:locale" content="fi_FI">', lang="fi"))
    assert (article.language, article.provenance["language"]) == (
        "fi", "declared (html lang, og:locale)"
    )


def test_given_language_beats_declaration() -> None:
    raw = RawDocument("page.html", page(GERMAN, lang="de"), "html", meta={"language": "nl"})
    article = clean_document(raw)
    assert (article.language, article.provenance["language"]) == ("nl", "given")


def test_declaration_rules() -> None:
    assert primary_code("de_AT") == "de" and primary_code("NB") == "no"
    assert primary_code("x-default") is None and primary_code("de, en") is None
    assert reliable_declaration({"html lang": "nb", "og:locale": "no_NO"}, "Dette er en tekst") \
        == ("no", "html lang, og:locale")  # fmt: skip
    assert reliable_declaration({"html lang": "ja"}, "これは日本語の文章です。漢字も含む。")
    assert reliable_declaration({"html lang": "ja"}, GERMAN) is None
    assert reliable_declaration({}, GERMAN) is None


def test_markup_links_do_not_name_the_outlet() -> None:
    """A "follow us on Google News" link or a wire story's link is not the page's outlet."""
    head = '<meta property="og:site_name" content="Stadtanzeiger">'
    links = ('<p><a href="https://news.google.com/publications/CAAqBwgKMPTIoAkw">Folgen Sie '
             'uns</a> <a href="https://www.reuters.com/article/x">Reuters</a></p>')  # fmt: skip
    html = page(GERMAN, lang="de", head=head).replace("</article>", f"</article>{links}")
    article = clean(html)
    assert (article.outlet, article.provenance["outlet"]) == ("Stadtanzeiger", "html site name")


def test_text_share_link_still_names_the_outlet() -> None:
    text = f"Budget approved\n\n{GERMAN}\n\nThe link has been copied! copy urlhttps://aja.ws/d5f3wh"
    article = clean_document(RawDocument("a.txt", text, "text"))
    assert article.outlet == "Al Jazeera"


def test_huge_page_is_capped_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page is cut at a tag start before the limit; the article's opening survives."""
    monkeypatch.setattr(html_module, "HTML_MAX_CHARS", 20_000)
    opening = f"<p>{GERMAN}</p>" * 5
    filler = "".join(f"<p>Absatz {n}: {GERMAN}</p>" for n in range(200))
    html = (
        f'<html lang="de"><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>'
        f"{opening}{filler}<p>DAS ENDE.</p></article></body></html>"
    )
    article = clean(html)
    note = article.provenance["extraction_input"]
    assert note.startswith("first ") and f"of {len(html):,} characters" in note
    assert GERMAN in article.text and "DAS ENDE." not in article.text
    kept = int(note.split()[1].replace(",", ""))
    assert 10_000 <= kept <= 20_000 and html[kept] == "<"


def test_cap_html_leaves_normal_pages_alone() -> None:
    html = page(GERMAN, lang="de")
    assert cap_html(html) == (html, None)
    assert "extraction_input" not in clean(html).provenance
    long = "<p>" + "x" * 100 + "</p>" + "<p>y</p>" * 20
    cut, note = cap_html(long, limit=150)
    assert len(cut) <= 150 and long[len(cut)] == "<" and long.startswith(cut)
    assert note == f"first {len(cut)} of {len(long)} characters (pages over 150 are cut)"


@pytest.mark.parametrize("lang", [None, "de"])
def test_trafilatura_on_our_tree_matches_the_page(lang: str | None) -> None:
    """Handing trafilatura our parsed tree instead of the page changes nothing it returns."""
    html = page(GERMAN, lang=lang).replace(
        "</article>", '</article><aside><a href="/a">Mehr zum Thema Haushalt im Kreis</a></aside>'
    )
    from_page = trafilatura.bare_extraction(html, include_comments=False, include_tables=True)
    from_tree = trafilatura.bare_extraction(
        parse_tree(html), include_comments=False, include_tables=True
    )
    assert from_page.text == from_tree.text and from_page.title == from_tree.title
    assert GERMAN in extract_html(html).paragraphs

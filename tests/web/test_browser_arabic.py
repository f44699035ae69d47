"""Right-to-left text in the real browser: an Arabic report beside an English one.

A story of two reports of one (invented) event, one in Arabic and one in English, in its
own store, served by a real ``newsprism serve`` and read by Debian's chromium through
Playwright; the same two articles also go through ``newsprism compare --format html``.
Checked: every Arabic block runs right to left (``dir="auto"`` resolved by the browser),
every English one left to right, Arabic names and terms are bidi-isolated in English
rows, and the Arabic column uses the Arabic font stack. The screenshot of the story goes
to docs/screenshots/story-arabic.png with ``NEWSPRISM_SCREENSHOTS=docs`` (see test_browser).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.store.stories import Membership, StoryLabel, save_memberships
from tests.web.conftest import Server
from tests.web.test_browser import save, shots  # noqa: F401  (fixture)

STORY_ID = "starabic0001"

ARABIC = """افتتاح جسر الملك فهد الجديد في جدة أمام حركة المرور

عبدالله العلي- سبق- جدة: افتتحت أمانة محافظة جدة صباح الأحد 26 يوليو 2015 جسراً جديداً \
على طريق الملك فهد بطول 1.2 كيلومتر وبتكلفة 240 مليون ريال.

وقال أمين محافظة جدة هاني أبو راس إن الجسر «سيخفف الازدحام عن وسط المدينة بنسبة 30 في المئة».

وأضاف أن العمل على المشروع استمر 18 شهراً، مشيراً إلى أن الجسر يفتح للسيارات عند \
الساعة 09:15 بتوقيت مكة المكرمة.

اقرأ أيضاً: بدء تشغيل الحافلات الجديدة في الرياض
"""
ENGLISH = """New King Fahd bridge opens to traffic in Jeddah

Jeddah municipality opened a new bridge on King Fahd Road on Sunday, July 26, 2015. The \
bridge is 1.2 kilometres long and cost 240 million riyals.

"The bridge will ease congestion in the city centre by 30 percent," said Jeddah mayor \
Hani Abu Ras.

Work on the project took 18 months, the mayor said.
"""


@pytest.fixture(scope="module")
def arabic_store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("arabic")
    (folder / "sabq-bridge.txt").write_text(ARABIC, "utf-8")
    (folder / "wire-bridge.txt").write_text(ENGLISH, "utf-8")
    db = folder / "arabic.db"
    with open_store(db) as store:
        report = ingest_paths([folder / "sabq-bridge.txt", folder / "wire-bridge.txt"], store,
                              cluster=False)  # fmt: skip
        assert report.ok, report.failures
        articles = sorted(store.iter_articles(), key=lambda a: a.language or "")
        # display is tested here, not clustering: the two reports are put in one story
        save_memberships(store, [Membership(a.id, STORY_ID, n) for n, a in enumerate(articles)],
                         {STORY_ID: StoryLabel("جسر الملك فهد / King Fahd bridge")},
                         replace_all=True)  # fmt: skip
        ids = {a.language: a.id for a in articles}
    return {"db": db, "ids": ids, "folder": folder}


@pytest.fixture(scope="module")
def arabic_server(arabic_store: dict[str, Any]) -> Iterator[Server]:
    running = Server(arabic_store["db"])
    try:
        yield running
    finally:
        running.stop()


def direction(page: Any, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map(e => getComputedStyle(e).direction)")


def test_story_page_runs_arabic_right_to_left(browser: Any, arabic_server: Server,
                                              arabic_store: dict[str, Any],
                                              shots: Path) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    context.set_default_timeout(120_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(arabic_server.url + f"/stories/{STORY_ID}")
    arabic = page.locator('article.column[lang="ar"]')
    english = page.locator('article.column[lang="en"]')
    assert arabic.count() == 1 and english.count() == 1
    assert set(direction(page, 'article.column[lang="ar"] .body p')) == {"rtl"}
    assert set(direction(page, 'article.column[lang="en"] .body p')) == {"ltr"}
    assert direction(page, 'article.column[lang="ar"] h3.title') == ["rtl"]
    font = page.eval_on_selector('article.column[lang="ar"] .body p',
                                 "e => getComputedStyle(e).fontFamily")  # fmt: skip
    assert "Noto Naskh Arabic" in font
    # the Arabic quote: its text cell right to left, beside English ones left to right
    quote_cells = page.locator("#quotes td[dir=auto]")
    texts = quote_cells.all_inner_texts()
    assert any("سيخفف الازدحام" in t for t in texts)
    rtl = direction(page, "#quotes td[dir=auto]")
    for text, way in zip(texts, rtl, strict=True):
        if any("\u0600" <= ch <= "\u06ff" for ch in text[:3]):
            assert way == "rtl", text
    assert arabic.locator(".body").inner_text().startswith("افتتحت أمانة محافظة جدة")
    page.locator("#articles").scroll_into_view_if_needed()
    save(page, shots, "story-arabic")
    assert errors == []
    context.close()


def test_html_report_runs_arabic_right_to_left(browser: Any, arabic_store: dict[str, Any],
                                               tmp_path: Path) -> None:  # fmt: skip
    report = tmp_path / "report.html"
    ids = arabic_store["ids"]
    result = CliRunner().invoke(cli, ["compare", ids["ar"], ids["en"], "--db",
                                      str(arabic_store["db"]), "--format", "html", "-o",
                                      str(report)])  # fmt: skip
    assert result.exit_code == 0, result.output
    page = browser.new_page()
    page.goto(report.as_uri())
    assert set(direction(page, 'article.column[lang="ar"] .body p')) == {"rtl"}
    assert set(direction(page, 'article.column[lang="en"] .body p')) == {"ltr"}
    # an Arabic term in the framing table is isolated in its cell
    cells = page.locator('td[dir="auto"]', has_text="الاحتلال")
    assert cells.count() == 0  # the invented story uses no loaded term
    page.close()

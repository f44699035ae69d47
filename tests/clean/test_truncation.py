"""A paywall that cuts the article is said (``truncated``); a whole article is not flagged.

Small pages written from the pattern (no third-party page is copied).
"""

from __future__ import annotations

import json

from newsprism.clean import clean_document
from newsprism.clean.html import extract_html
from newsprism.models import RawDocument

LEAD = [
    "The regional council approved the new budget on Monday after a debate that lasted six "
    "hours and ended late in the evening.",
    "Officials said the first road repairs would begin in April, weather permitting, and would "
    "last until the autumn of next year.",
]
REST = [
    "Opposition members argued that the plan leaves rural districts without the bus services "
    "they were promised during the campaign.",
    "The mayor answered that the bus contracts would be tendered again in the summer, once the "
    "new traffic figures are available.",
]
STUB = "<p>To continue reading this article, please subscribe to The Example Times.</p>"


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Council approves budget</title>{head}</head><body><article>"
        f"<h1>Council approves budget</h1><div class='article__content'>{body}</div>"
        "</article></body></html>"
    )


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _ld(selector: str) -> str:
    data = {"@type": "NewsArticle", "isAccessibleForFree": "False",
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                        "cssSelector": selector}}  # fmt: skip
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_a_stub_that_ends_the_article_marks_it_truncated() -> None:
    page = extract_html(_page(_ps(LEAD) + STUB + "<p>Already a subscriber? Log in.</p>"),
                        with_dates=False)  # fmt: skip
    assert page.paragraphs == LEAD
    assert page.truncated is not None and page.truncated.startswith("paywall stub")


def test_a_stub_box_inside_a_whole_article_is_not_a_cut() -> None:
    page = extract_html(_page(_ps(LEAD[:1]) + STUB + _ps(LEAD[1:] + REST)), with_dates=False)
    assert page.paragraphs == LEAD + REST
    assert page.truncated is None


def test_a_declared_paid_part_with_no_text_marks_it_truncated() -> None:
    body = _ps(LEAD) + "<div class='paid-part'><p>Subscribers read on.</p></div>"
    page = extract_html(_page(body, _ld(".paid-part")), with_dates=False)
    assert page.truncated == "paywalled part (.paid-part) holds only 3 words in the page"


def test_a_declared_paid_part_served_whole_is_not_a_cut() -> None:
    body = _ps(LEAD) + f"<div class='paid-part'>{_ps(REST * 2)}</div>"
    assert extract_html(_page(body, _ld(".paid-part")), with_dates=False).truncated is None


def test_a_declared_paid_part_absent_from_the_markup_proves_nothing() -> None:
    """Some sites add the class with a script: the whole article is in the page."""
    page = extract_html(_page(_ps(LEAD + REST), _ld(".paywall")), with_dates=False)
    assert page.truncated is None


def test_the_article_json_carries_the_flag_and_the_reason() -> None:
    raw = RawDocument("cut.html", _page(_ps(LEAD) + STUB), "html")
    article = clean_document(raw)
    out = article.as_dict()
    assert out["truncated"] is True
    assert out["provenance"]["truncated"].startswith("paywall stub: 'To continue reading")
    whole = clean_document(RawDocument("whole.html", _page(_ps(LEAD + REST)), "html"))
    assert whole.as_dict()["truncated"] is False and "truncated" not in whole.provenance


OFFER = (
    "<p>When you join The Example Times, you get unlimited digital access to our reporting."
    "</p><p>Join now or renew to get:<br>— Local news from our towns<br>— Profiles of the "
    "people who run them</p><p>First-time subscribers also receive a welcome gift.</p>"
    "<p>Already a subscriber? Log in.</p>"
)


def test_the_offer_of_a_cut_page_is_not_the_article() -> None:
    """The stub, its offer and its list (the shape of a real cut page), all removed; the
    stub that starts the wall is the one the flag names."""
    page = extract_html(_page(_ps(LEAD) + STUB + OFFER), with_dates=False)
    assert page.paragraphs == LEAD
    assert [r.reason for r in page.removed] == ["paywall"] + ["paywall-offer"] * 5 + ["paywall"]
    assert page.truncated == ("paywall stub: 'To continue reading this article, please "
                              "subscribe to The Example Times.'")


def test_offer_words_in_a_whole_article_are_kept() -> None:
    """No stub, no wall: an article about subscriptions keeps its sentences."""
    story = ["Streaming services now offer unlimited access for $9 a month, the report says.",
             "Join now or renew, the adverts say, but subscribers are leaving."]  # fmt: skip
    page = extract_html(_page(_ps(LEAD + story)), with_dates=False)
    assert page.paragraphs == LEAD + story


def test_a_preview_notice_marks_it_truncated_even_with_references_after_it() -> None:
    """A publisher's preview: the lead, the notice, then the reference list (longer than
    the lead), which is not the rest of the article."""
    refs = [f"{n}. Smith J, Jones K. Road repairs in rural districts. Example Journal. "
            f"20{10 + n};{n}(2):{n}1-{n}9." for n in range(1, 9)]  # fmt: skip
    notice = "<p>This is a preview of subscription content, log in to check access.</p>"
    html = _page(_ps(LEAD) + notice + "<h2>References</h2>" + _ps(refs))
    page = extract_html(html, with_dates=False)
    assert page.paragraphs[:2] == LEAD and "References" in page.paragraphs
    assert page.truncated == (
        "preview: 'This is a preview of subscription content, log in to check access.'")
    article = clean_document(RawDocument("preview.html", html, "html")).as_dict()
    assert article["truncated"] is True  # what the web's "cut by a paywall" note reads
    assert article["provenance"]["truncated"].startswith("preview: ")


def test_a_preview_mentioned_in_a_sentence_is_not_a_cut() -> None:
    line = ("The studio said the film is a preview of what the new director will do next "
            "year, when the full series is shown.")  # fmt: skip
    page = extract_html(_page(_ps([*LEAD, line])), with_dates=False)
    assert page.truncated is None and line in page.paragraphs

"""Furniture that trafilatura keeps inside the article, one test page per kind of error.

The pages are small ones written from the pattern (no third-party page is copied): a
caption, an author box, a link to another site's article in a "related" container, a
paywall stub, a picture gallery (whose captions are its content), and a live blog.
"""

from __future__ import annotations

import pytest

from newsprism.clean.html import extract_html, parse_tree
from newsprism.clean.html_containers import furniture_texts, parse_container_rules

BODY = [
    "The regional council approved the new budget on Monday after a debate that lasted six "
    "hours and ended late in the evening.",
    "Officials said the first road repairs would begin in April, weather permitting, and would "
    "last until the autumn of next year.",
    "Opposition members argued that the plan leaves rural districts without the bus services "
    "they were promised during the campaign.",
    "The mayor answered that the bus contracts would be tendered again in the summer, once the "
    "new traffic figures are available.",
]


def _page(middle: str = "", tail: str = "") -> str:
    first = "".join(f"<p>{p}</p>" for p in BODY[:2])
    rest = "".join(f"<p>{p}</p>" for p in BODY[2:])
    return (
        "<html><head><title>Council approves budget</title></head><body><article>"
        f"<h1>Council approves budget</h1><div class='article__content'>{first}{middle}{rest}"
        f"{tail}</div></article></body></html>"
    )


FURNITURE = {
    "caption": _page(middle=(
        '<p class="imagedescription">Council members vote on the budget in the town hall on '
        "Monday evening. © Jane Smith</p>"
    )),
    "author-box": _page(tail=(
        '<div class="autorenbox"><p>Jane Smith is a reporter covering local politics and '
        "transport for the Example Times since 2015.</p></div>"
    )),
    "read-more": _page(tail=(
        '<p><a class="relatedPost" href="https://other.example/floods">Flood defences in the '
        "east of the county will cost twice as much as planned, engineers say.</a></p>"
    )),
    "paywall": _page(tail=(
        "<p>To continue reading this article, please subscribe to The Example Times.</p>"
        "<p>Already a subscriber? Log in.</p>"
    )),
    # a metered wall's box after a whole article: its prompts read as prose
    "paywall-offer": _page(tail=(
        '<div class="kiosq-main-layer"><div class="kiosq-description"><p>Keep reading at no '
        "cost</p><p>We hope you like the Example Times's calm and careful reporting.</p></div>"
        '<div class="kiosq-login"><p>Already a reader? Register your account with the same '
        "e-mail address.</p></div></div>"
    )),
}  # fmt: skip


@pytest.mark.parametrize("reason", list(FURNITURE))
def test_furniture_is_removed_and_the_article_kept(reason: str) -> None:
    page = extract_html(FURNITURE[reason], with_dates=False)
    assert page.paragraphs == BODY
    assert page.removed and {r.reason for r in page.removed} == {reason}


def test_paywall_words_in_an_article_sentence_are_kept() -> None:
    sentence = ("Readers who subscribe to the council newsletter will get the road works "
                "schedule every week, the mayor said.")  # fmt: skip
    page = extract_html(_page(tail=f"<p>{sentence}</p>"), with_dates=False)
    assert page.paragraphs == [*BODY, sentence]


def test_gallery_captions_are_the_content() -> None:
    """A page made of captioned pictures keeps them: the captions are its text."""
    captions = [
        f"Picture {n}: the new bridge over the river seen from the {side} bank at sunset, "
        "with the old town behind it."
        for n, side in enumerate(("north", "south", "east", "west"), 1)
    ]
    figures = "".join(
        f'<div class="slide"><img src="{n}.jpg"><p class="imagedescription">{c}</p></div>'
        for n, c in enumerate(captions)
    )
    html = (
        "<html><head><title>The new bridge in pictures</title></head><body><article>"
        f"<h1>The new bridge in pictures</h1><p>{BODY[0]}</p>{figures}</article></body></html>"
    )
    page = extract_html(html, with_dates=False)
    assert all(c in page.paragraphs for c in captions)


def test_wrapper_with_a_furniture_class_is_not_furniture() -> None:
    """A theme's container named like furniture but holding the headline frames the page."""
    html = _page().replace("<h1>", "<div class='related-content'><h1>", 1)
    html = html.replace("</article>", "</div></article>")
    assert furniture_texts(parse_tree(html)) == []
    kept = extract_html(html, with_dates=False).paragraphs
    assert all(p in kept for p in BODY)


def test_container_rules_are_data() -> None:
    rules = parse_container_rules(
        '[[container]]\nname = "caption"\ntags = ["figcaption"]\nclass = "legend"\n'
        "max_words = 5\n"
    )
    tree = parse_tree(
        "<html><body><div class='legend'>one two three</div>"
        "<div class='legend'>one two three four five six</div>"
        "<figcaption>a short caption</figcaption></body></html>"
    )
    assert furniture_texts(tree, rules) == [("one two three", "caption"),
                                            ("a short caption", "caption")]  # fmt: skip
    with pytest.raises(ValueError, match="container 'bad'"):
        parse_container_rules('[[container]]\nname = "bad"\nclass = "("\n')


def test_live_blog_keeps_every_entry_and_drops_its_controls() -> None:
    """Every update of a live blog is article text; its buttons are not."""
    entries = [
        "Rescue teams reached the village at dawn and began searching the collapsed school.",
        "The regional governor said 14 people had been taken to hospital, two of them in a "
        "serious condition.",
        "Rain is expected to make the work harder in the afternoon, the weather service warned.",
    ]
    html = (
        "<html><head><title>Earthquake: live updates</title></head><body><main>"
        "<h1>Earthquake: live updates</h1><div class='live-blog'>"
        "<button>Show key events only</button>"
        + "".join(
            f"<div class='live-blog__entry'><time datetime='2024-03-25T{9 - i:02d}:15'>"
            f"{9 - i:02d}:15</time><p>{e}</p><div class='share'><a href='#'>Share</a></div>"
            "</div>"
            for i, e in enumerate(reversed(entries))
        )
        + "<button>Load more updates</button></div></main></body></html>"
    )
    text = "\n".join(extract_html(html, with_dates=False).paragraphs)
    assert all(e in text for e in entries)
    assert "Show key events" not in text and "Load more" not in text and "Share" not in text


def test_labelled_teaser_links_in_the_body_are_removed() -> None:
    """A list of the site's other stories inside the body, each a label in capitals and a
    link ("- VIDEO: …"), is not the article; a sentence with a label of its own is kept."""
    teasers = [("A SIMPLE GUIDE", "How do the new bus routes work?", "/news/bus-guide"),
               ("VIDEO", "The mayor explains the road works plan", "/news/roads")]  # fmt: skip
    items = "".join(f'<li>{label}: <a href="{href}">{text}</a></li>'
                    for label, text, href in teasers)  # fmt: skip
    labelled = "UPDATE: The council will publish the full budget online on Friday morning."
    html = _page(middle=f"<ul>{items}</ul><p>{labelled}</p>").replace(
        "<head>", "<head><link rel='canonical' href='https://news.example/news/budget'>"
    )
    page = extract_html(html, url="https://news.example/news/budget", with_dates=False)
    assert page.paragraphs == [*BODY[:2], labelled, *BODY[2:]]
    assert {r.reason for r in page.removed} == {"read-more"}


def test_a_wall_box_over_a_whole_article_is_no_cut() -> None:
    """A metered wall's prompts go, the article served whole is not called truncated."""
    page = extract_html(FURNITURE["paywall-offer"], with_dates=False)
    assert page.truncated is None


def test_article_text_in_a_bare_paywall_class_is_kept() -> None:
    """``<p class="paywall">`` marks the article text behind the wall: it is the article."""
    rest = "".join(f'<p class="paywall">{p}</p>' for p in BODY[2:])
    html = _page().replace("".join(f"<p>{p}</p>" for p in BODY[2:]), rest)
    assert extract_html(html, with_dates=False).paragraphs == BODY

"""Reader pages say how much has been compared in words, with no operator command
(docs/web.md, "Session 34: the pages read as a user"): the entities page told readers
to run ``newsprism serve --warm``, an entity page read "from 7 analysed of 7", and an
outlet page "1 of its 1 articles so far". Rendered with the web's own templates."""

from __future__ import annotations

import re

from newsprism.web.app import render


def _share(page: str) -> str:
    found = re.search(r'id="analysed-share">(.*?)</p>', page, re.S)
    assert found, "no line on what was compared"
    return found.group(1)


def _entities(analysed: int, total: int) -> str:
    data = {"analysed_stories": analysed, "total_stories": total, "entities": []}
    return render("entities.html.j2", data=data).body.decode()


def test_every_story_compared_is_said_without_counting_twice() -> None:
    assert _share(_entities(7, 7)) == "From all 7 stories."
    assert _share(_entities(1, 1)) == "From the one story."


def test_a_part_compared_is_said_and_no_command_is_shown() -> None:
    page = _entities(2, 9)
    assert _share(page) == ("From the 2 of 9 stories compared so far: a story is compared "
                            "when it is first opened.")  # fmt: skip
    for page in (_entities(2, 9), _entities(9, 9)):
        assert "--warm" not in page and "<code>" not in page


def _outlet(analysed: int, articles: int) -> str:
    data = {"outlet": "Harbour Gazette", "articles": articles, "analysed_articles": analysed,
            "first_published": None, "last_published": None, "languages": [],
            "terms_by_month": [], "terms": [], "voices": [], "stories": []}
    return render("outlet.html.j2", data=data, chart={"legend": []}).body.decode()


def test_an_outlet_page_counts_its_articles_in_words() -> None:
    assert _share(_outlet(1, 1)) == "Framing and voices come from its one article."
    assert _share(_outlet(4, 4)) == "Framing and voices come from all 4 of its articles."
    assert _share(_outlet(1, 3)) == ("Framing and voices come from the stories compared so "
                                     "far: 1 of its 3 articles.")  # fmt: skip
    assert "1 of its 1" not in _outlet(1, 1)

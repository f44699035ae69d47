"""Entity rows, session 33 (i12-entities16): a name is dropped as a word of a title only
when the title is in the name's own article. Offsets are per article, so a title that
names nobody in one report must not swallow a name at the same offsets of another."""

from __future__ import annotations

from newsprism.extract.title_spans import inside_title, mark_article, role_article
from newsprism.extract.titles import RoleMention
from newsprism.models import Mention
from tests.extract.test_place_heads import _m, _rows

TITLED = "Officials said Japan's foreign minister would travel to Seoul next week."


def _role(text: str, title: str, person: Mention | None = None) -> RoleMention:
    start = text.index(title)
    return RoleMention(start, start + len(title), title, None, "minister", "japan", person,
                       start, start + len(title))


def test_a_name_at_a_titles_offsets_in_another_report_is_not_inside_it() -> None:
    role = _role(TITLED, "foreign minister")
    mark_article([role], "a")
    other = "x" * role.title_start + "Oxfam" + " said the talks failed."
    assert not inside_title(_m("Oxfam", other, "ORG", "b"), [role])


def test_a_word_of_a_title_in_its_own_article_is_inside_it() -> None:
    text = "The Secretary of State arrived in Lagos on Friday."
    role = _role(text, "Secretary of State")
    mark_article([role], "a")
    assert inside_title(_m("State", text, "ORG", "a"), [role])
    assert not inside_title(_m("Lagos", text, "GPE", "a"), [role])


def test_a_title_of_unknown_article_takes_its_persons_article_or_holds_everywhere() -> None:
    person = _m("Ana Lima", "Minister Ana Lima", "PERSON", "b")
    titled, unknown = _role("Minister Ana Lima", "Minister", person), _role(TITLED, "Japan")
    assert role_article(titled) == "b" and role_article(unknown) is None
    assert inside_title(_m("Japan", TITLED, "GPE", "c"), [unknown])  # read as before


def test_a_report_keeps_its_organisation_beside_an_unnamed_title_in_another() -> None:
    other = "On Tuesday, the latest World Bank report cut its forecast for the region."
    assert other.index("World Bank") == TITLED.index("foreign minister")  # same offsets
    rows = _rows({"a": TITLED, "b": other})
    assert rows.get("World Bank", ("", []))[0] == "ORG"

"""One quoted passage under two attributions, the owner and the one who speaks for it
(compare/proxy_voice.py, issue 12 session 32).

The readers on real parses with hand-placed mentions; the mend through the whole
``analyze_story`` (entities merged across the story, quotes, the same-fact decision).
"""

from __future__ import annotations

import pytest

from newsprism.compare.proxy_voice import one_voice, passage_runs, principals, speaks_for
from newsprism.extract.nlp import load_nlp
from newsprism.models import Mention
from tests.compare.conflict_helpers import compare_texts


def _mentions(text: str, names: dict[str, tuple[str, str]]) -> list[Mention]:
    """One mention per name: (entity id, label)."""
    out = []
    for name, (entity, label) in names.items():
        at = text.index(name)
        out.append(Mention("a1", 0, name, label, at, at + len(name), entity))
    return out


def _principals(text: str, names: dict[str, tuple[str, str]]) -> dict[str, set[str]]:
    return principals({"a1": load_nlp()(text)}, _mentions(text, names))


@pytest.mark.parametrize("text", [
    "The plan was praised on Monday by Dana Whitfield, a senior adviser to Omar Haddad.",
    "Haddad spokeswoman Dana Whitfield answered questions on Monday.",
    "The memo was written by Brightline Counsel Dana Whitfield last month.",
])
def test_a_role_that_speaks_for_someone_names_its_principal(text: str) -> None:
    names = {"Dana Whitfield": ("e1", "PERSON")}
    other = next(n for n in ("Omar Haddad", "Haddad", "Brightline") if n in text)
    names[other] = ("e2", "ORG" if other == "Brightline" else "PERSON")
    assert _principals(text, names) == {"e1": {"e2"}}


@pytest.mark.parametrize("text", [
    # a role that speaks for no one, a past holder, no role at all
    "The plan was attacked on Monday by Dana Whitfield, a longtime critic of Omar Haddad.",
    "The plan was praised on Monday by Dana Whitfield, a former adviser to Omar Haddad.",
    "Dana Whitfield met Omar Haddad on Monday to discuss the plan.",
    # the one named in a clause on the role is not whom the role acts for
    "The plan was praised by Dana Whitfield, an adviser who often clashed with Omar Haddad.",
])
def test_no_role_that_speaks_for_someone_no_principal(text: str) -> None:
    names = {"Dana Whitfield": ("e1", "PERSON"), "Omar Haddad": ("e2", "PERSON")}
    assert _principals(text, names) == {}


def test_speaks_for_adds_the_principals_of_each_voice() -> None:
    assert speaks_for({"e1", "e3"}, {"e1": {"e2"}}) == {"e1", "e2", "e3"}
    assert speaks_for(set(), {"e1": {"e2"}}) == set()


def test_passage_runs_read_six_quoted_words_in_one_stretch() -> None:
    runs = passage_runs("“The harbour tunnel will reopen before the winter storms,” she said.")
    assert ("the", "harbour", "tunnel", "will", "reopen", "before") in runs
    # five quoted words, or six over a comma, are no passage
    assert passage_runs("“The harbour tunnel will reopen,” she said.") == set()
    assert passage_runs("“The tunnel, which will reopen soon,” she said.") == set()
    assert passage_runs("The harbour tunnel will reopen before the winter storms.") == set()


def test_one_voice_needs_one_passage_and_a_related_voice() -> None:
    texts = ["“The harbour tunnel will reopen before the winter storms,” the aide said.",
             "“The harbour tunnel will reopen before the winter storms,” the memo read.",
             "“The harbour tunnel will reopen in a year or two,” the memo read.",
             "“The harbour tunnel will reopen before the winter storms,” a rival said."]
    voices = [{"aide"}, {"mayor"}, {"mayor"}, {"rival"}]
    extended = [{"aide", "mayor"}, {"mayor"}, {"mayor"}, {"rival"}]
    found = one_voice(texts, ["a", "b", "c", "d"], voices, extended)
    assert found[0, 1] and found[1, 0]
    assert not found[0, 2]  # the owner's voice, another passage
    assert not found[0, 3] and not found[1, 3]  # one passage, an unrelated voice
    # one article's two sentences are never joined so
    assert not one_voice(texts[:2], ["a", "a"], voices[:2], extended[:2]).any()


def _shared_with(report: dict, words: str) -> list[set[str]]:
    return [{e["article_id"] for e in fact["evidence"]} for fact in report["claims"]
            if fact["status"] == "shared" and any(words in e["sentence"]
                                                   for e in fact["evidence"])]


PASSAGE = "“The harbour tunnel is closed to lorries because its old cables have worn through.”"


def test_a_statement_and_its_owners_spokesman_are_one_fact() -> None:
    report = compare_texts(
        f"The city published its repair plan on Tuesday. {PASSAGE[:-2]},” said Lena Varga, "
        "a spokeswoman for Mayor Tomas Reiner. Work starts in May.",
        f"The city published its repair plan on Tuesday. {PASSAGE[:-2]},” reads a statement "
        "from Mayor Tomas Reiner's office. Crews will work at night.")
    assert any(len(ids) == 2 for ids in _shared_with(report, "harbour tunnel"))


def test_one_passage_under_an_unrelated_name_stays_apart() -> None:
    report = compare_texts(
        f"The city published its repair plan on Tuesday. {PASSAGE[:-2]},” said Lena Varga, "
        "a longtime critic of Mayor Tomas Reiner. Work starts in May.",
        f"The city published its repair plan on Tuesday. {PASSAGE[:-2]},” reads a statement "
        "from Mayor Tomas Reiner's office. Crews will work at night.")
    assert not any(len(ids) == 2 for ids in _shared_with(report, "harbour tunnel"))

"""A role noun the parse made the head of a name set beside it is that person in the
claim frames (compare/titled_names.py, issue 12, session 35).

Through the whole ``analyze_story`` on real parses, in words unlike the gold's; and
the reader alone on parses, for the forms it must leave.
"""

from __future__ import annotations

import pytest

from newsprism.compare.titled_names import titled_name
from newsprism.extract.nlp import load_nlp
from newsprism.models import Mention
from tests.compare.conflict_helpers import compare_texts, conflicts_of

HADDAD = "The agency's former director Omar Haddad was arrested on Monday, police said."


def _about(first: str, second: str) -> list[tuple[str, str]]:
    return [(c["kind"], c["about"]) for c in conflicts_of(compare_texts(first, second))]


@pytest.mark.parametrize(("first", "second", "kind", "who"), [
    # a status: done in one report, denied in the other, the person named two ways
    (HADDAD, "Omar Haddad, who ran the agency until May, has not been arrested, police said.",
     "negation", "Haddad"),
    ("Former state treasurer Mark Ellison was charged with four federal crimes.",
     "Former state treasurer Mark Ellison is under investigation. No charges have been filed.",
     "negation", "Ellison"),
    # a date of one act, the role set off by commas in one report
    ("State treasurer Mark Ellison resigned on Monday amid the audit.",
     "Mark Ellison, the state treasurer, resigned on Thursday amid the audit.", "date", "Ellison"),
    ("The state treasurer, Mark Ellison, resigned on Monday amid the audit.",
     "Mark Ellison, the state treasurer, resigned on Thursday amid the audit.", "date", "Ellison"),
])  # fmt: skip
def test_a_role_before_a_name_is_that_person(first: str, second: str, kind: str,
                                             who: str) -> None:  # fmt: skip
    [(found_kind, about)] = _about(first, second)
    assert found_kind == kind and who in about


@pytest.mark.parametrize(("first", "second"), [
    # two people of one role are two subjects (main keyed both "director": a false one)
    (HADDAD, "The agency's former director Lena Sato has not been arrested, police said."),
    ("State treasurer Mark Ellison resigned on Monday amid the audit.",
     "State treasurer Ann Ruiz resigned on Thursday amid the audit."),
])  # fmt: skip
def test_two_people_of_one_role_are_not_one(first: str, second: str) -> None:
    assert _about(first, second) == []


def _person_mentions(doc) -> list[Mention]:  # type: ignore[no-untyped-def]
    return [Mention(article_id="a", sentence_index=0, text=e.text, label=e.label_,
                    start=e.start_char, end=e.end_char, entity_id=e.text)
            for e in doc.ents]  # fmt: skip


@pytest.mark.parametrize(("text", "role", "name"), [
    ("Investigators questioned state treasurer Mark Ellison on Monday.", "treasurer",
     "Mark Ellison"),
    ("The state treasurer, Mark Ellison, resigned on Monday.", "treasurer", "Mark Ellison"),
    # a list after the comma, a plural role, a name not set right after the role
    ("The state treasurer, Mark Ellison, and the mayor resigned on Monday.", "treasurer", None),
    ("The suspects, Tom Ray and Al Fox, were charged on Monday.", "suspects", None),
    ("The treasurer said on Monday that Mark Ellison had resigned.", "treasurer", None),
    # not a role of a person, the name's possession, the name as a clause's subject
    ("At one point Obama, wearing a grey suit, waved to the crowd.", "point", None),
    ("A review by state auditor Grace Tan's office found waste.", "auditor", None),
    ("It echoed the words of the banker Ellison worked for in 1990.", "banker", None),
    ("He debated the Green nominee for governor, Ada Brill, on Monday.", "governor", None),
])  # fmt: skip
def test_the_reader_alone(text: str, role: str, name: str | None) -> None:
    doc = load_nlp()(text)
    [token] = [t for t in doc if t.text == role]
    found = titled_name(token, _person_mentions(doc))
    assert (found.text if found else None) == name

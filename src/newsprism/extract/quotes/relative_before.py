"""A participle of speech set off right after a relative clause about other people.

"Biden traveled to the Capitol for a meeting with House Democrats who are resisting the
deal, saying it gives away too much to the wealthy" (BASIL 2010, gold/speakers-basil3)
and "He raised the issue of Romney's comments at a fundraiser in which he talked
disparagingly about people …, claiming that he could “never convince them …”" (BASIL
2012, gold/speakers-basil2): the parser hangs the participle on the main verb, so its
subject (Biden) was given the words; but English lets the participle continue the
relative clause that ends right before its comma, and there the ones who resist or who
talked are other people. The sentence alone cannot tell the two readings apart.

So when the words right before the comma close a relative clause (inside the main
verb's clause, not on its own subject) whose subject is a person or people:

- if that clause's verb is itself a verb of speech or of talking ("in which he talked …,
  claiming"),
  the participle goes on with that speech, and its subject speaks (the "who" of the
  clause stands for the noun it hangs on);
- otherwise no one is named: unresolved, never the main subject by a guess.

A relative clause about a thing ("shot down a proclamation that blocked …, saying",
"subpoenas … that require them …, saying"), or one on the main subject itself
("Biden, who spoke first, saying …"), leaves the main subject, as before (session 30).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.pronoun_words import PERSONAL_SUBJECTS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["UNTOLD", "relative_before"]

_SET_OFF = (",", "—", "–")
_PERSON_LABELS = ("PERSON", "NORP")
_WHO = ("who", "whom")
# verbs of talking that cue no quote themselves ("in which he talked disparagingly about …")
_TALK = {"talk", "speak", "testify", "joke", "complain", "boast", "brag", "rant", "rail"}
UNTOLD = "untold"  # the participle may continue either clause: no one is named


def relative_before(verb: Token, speech_base: Callable[[Token], str | None],
                    people: frozenset[str]) -> Token | str | None:  # fmt: skip
    """The relative clause's speaker a set-off participle continues, :data:`UNTOLD`
    when it may continue either clause, or None when no such clause precedes it."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2:
        return None
    if verb.doc[verb.i - 1].text not in _SET_OFF:
        return None
    clause = _relative_over(verb.doc[verb.i - 2], verb.head)
    if clause is None or clause.head.i in {t.i for t in _main_subjects(verb.head)}:
        return None  # no relative clause, or one on the main subject itself
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    who = clause.head if subject.lower_ in _WHO or subject.lower_ == "that" else subject
    if not _a_person(who, people):
        return None
    spoke = speech_base(clause) or clause.lemma_.lower() in _TALK
    return who if spoke else UNTOLD


def _relative_over(last: Token, head: Token) -> Token | None:
    """The relative clause whose words end at ``last``, on the way up to ``head``."""
    found, token = None, last
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            found = token
        token = token.head
    return found if token.i == head.i else None


def _main_subjects(head: Token) -> list[Token]:
    """The words of the main verb's subject."""
    return [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]


def _a_person(token: Token, people: frozenset[str]) -> bool:
    """A person or people: a personal pronoun, a person's or a people's name, a people
    noun ("voters", "members")."""
    if token.lower_ in PERSONAL_SUBJECTS:
        return True
    return token.ent_type_ in _PERSON_LABELS or token.lemma_.lower() in people

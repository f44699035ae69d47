"""A cue that names only a topic is no quote (session 27, i12-fixes35).

TheBlaze's "Laura Italiano tweeted about the story and her resignation" was a reported
quote whose content was "the story and her resignation": what she wrote about, not
anything she wrote. A verb that only says someone communicated ("tweeted", "spoke",
"wrote", "talked") with nothing but "about X" after it says nothing checkable; with a
clause, an object or a quotation it does ("wrote that …", "spoke about “a new era”").
Verbs that carry a stance ("warned about", "complained about") stay quotes of the
extractor, marked as no statement (:meth:`.content.Content.states`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["topic_only"]

# verbs of the act of communicating alone, no stance of their own
_ACT_ONLY = frozenset({"tweet", "speak", "talk", "write", "post", "blog", "chat", "comment",
                       "testify", "tell"})
_CLAUSES = ("ccomp", "xcomp", "dobj", "parataxis")  # what was said; not "after …"


def topic_only(verb: Token, base: str | None, content: list[Token],
               quoted: list[tuple[int, int]], stances: frozenset[str]) -> bool:
    """Whether ``verb`` (speech base ``base``) reports only the object of "about", with no
    quotation mark in it (``quoted``: character regions of quotations) and no stance
    noun heading it ("tweeted about her opposition to the restaurant" states one)."""
    if (base or "") not in _ACT_ONLY or not content:
        return False
    if any(t.lemma_.lower() in stances and t.dep_ == "pobj" for t in content):
        return False
    if any(c.dep_ in _CLAUSES and c.i > verb.i for c in verb.children):
        return False
    topics = {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "about"
              and p.i > verb.i for t in p.subtree}  # fmt: skip
    words = [t for t in content if not t.is_punct and t.i != verb.i]
    if not topics or not words or any(t.i not in topics for t in words):
        return False
    a, b = words[0].idx, words[-1].idx + len(words[-1])
    return not any(r0 < b and r1 > a for r0, r1 in quoted)

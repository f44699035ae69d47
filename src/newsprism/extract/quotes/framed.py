"""A quotation introduced by one speaker and told by another: the first one's words.

"The officer yelled, "Where are you going? Hold it!" Holder recalled." (BASIL 2014,
gold/speakers-basil3): the quotation has a cue on each side. The cue after it was taken
first, as for any "“…,” he said", so the officer's shout was Holder's. But a quotation
opened by "X yelled," (a finite verb of speech with a subject of its own, then a comma
or a colon right before the marks) is X's words; the cue after it, whose subject is
someone else, tells the whole sentence: an anecdote ("… Holder recalled"), a relay
("He added: "…" the report said"). Session 30 takes the cue before; the telling verb is
then no cue of the quotation (its subject is shown as the one who tells the outer
clause, when the reported-speech step finds that clause).

Only when the cue before heads a clause of its own (not "when he told the crowd, “…,”
Mr. Blumenthal said", a subordinate clause of the teller's sentence), has a subject that
is a noun or a name (not "Asked …," with no one asking, which :mod:`asked` reads, nor a
pronoun, which may well be the teller: "he told me, “…,” Smith recalled"), and that
subject is not the after cue's: a quotation between two cues of one speaker ("Smith
said, “…,” Smith added") keeps the cue after, as before. A description that introduces
the quotation ("The officer") is a character of the teller's story: it is not read as
the one the article calls so ("the officer" of the article's own events, Darren
Wilson), but shown as written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsprism.extract.quotes.speakers import Speaker

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article
    from newsprism.extract.quotes.marks import Quotation

__all__ = ["as_told", "introduced_by_other", "lead_in"]

_FINITE = ("VBD", "VBZ", "VBP")
_LEAD_IN = (",", ":")
_MAIN = ("ROOT", "conj", "parataxis")  # a clause of its own, not a subordinate one


def introduced_by_other(lead: Token | None, before: Token | None, after: Token,
                        after_subject: Token | None,
                        subject_of: Callable[[Token], Token | None]) -> bool:  # fmt: skip
    """Whether the quotation's cue before (``before``) is another speaker's finite verb
    of speech, led in by a comma or a colon (``lead``, the last token before the marks),
    so that it, not ``after``, is the cue."""
    if before is None or before.i == after.i or before.tag_ not in _FINITE:
        return False
    if lead is None or lead.text not in _LEAD_IN or lead.i <= before.i:
        return False  # "said that “…”", "said “…”": the marks are part of a clause
    if before.dep_ not in _MAIN or any(c.dep_ == "mark" for c in before.children):
        return False  # "when he told the crowd, “…,” Blumenthal said": the teller's clause
    own = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if own is None or own.pos_ == "PRON":
        return False  # no one, or a pronoun that may well be the teller ("he told me")
    told = after_subject if after_subject is not None else subject_of(after)
    if told is None:
        return False
    return own.i != told.i and own.lower_ != told.lower_ and \
        {t.lower_ for t in own.subtree}.isdisjoint({told.lower_})  # fmt: skip


def lead_in(art: Article, q: Quotation) -> Token | None:
    """The last token before a quotation's marks (a comma, a colon, a verb …)."""
    before = [t for t in art.tokens_between(max(0, q.start - 4), q.start)
              if not t.is_space and t.idx + len(t) <= q.start]  # fmt: skip
    return before[-1] if before else None


def as_told(speaker: Speaker) -> Speaker:
    """A role the article's narrative gave the introducing description ("The officer"
    read as the article's officer) is undone: inside another's telling the description
    names one of that story's people, so it is shown as written, a description.

    The words keep their offsets as the speaker's name (``speaker_start``), not as an
    epithet's (``surface_start``): the story's epithet step (compare/epithets.py) gives
    a description written at its cue to the one person of the story it fits, which
    would make the officer of Holder's anecdote the article's officer again."""
    if speaker.resolved not in ("role", "description") or speaker.surface is None:
        return speaker
    return replace(speaker, name=speaker.surface, name_start=speaker.surface_start,
                   name_end=speaker.surface_end, surface_start=None, surface_end=None,
                   resolved="description")  # fmt: skip

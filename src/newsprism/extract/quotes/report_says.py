"""A report that "says" relays what others said: its cue is read as a relay.

"After calling the pact a “stab in the back,” French officials on Thursday canceled a
gala …, a new report says." The sentence is the report's account, but the marked words
are French officials', the ones it tells of (NeuS raw row 88, gold/speakers-neus4).
Before session 29 only an outlet's "reported" and "according to" a report or an outlet
(:mod:`accounts`) were relays, so the report "said" the officials' words. Here a speech
verb whose own subject is a report or an outlet (the nouns and names
:func:`.accounts.outlet_account` reads: "a new report", "the transcript", "The Times")
is a relay too, and :mod:`relayed` gives a quotation inside its content to the one its
clause says uttered it, only when that clause names someone; otherwise the words stay
the report's. A memo, a study or a complaint that "says" is not read so: such a document
speaks in its own words ("the memo called it …"), and its author keeps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.accounts import outlet_account

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["report_says"]


def report_says(verb: Token) -> bool:
    """True when the cue verb's grammatical subject is a report or an outlet ("a new
    report says", "the Post wrote"): the words it holds are relayed."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and outlet_account(c) for c in verb.children)

"""An agreement reached or announced, and one still to come: a status the outlets can
disagree on (session 28, gold/conflicts-neus).

The one-off events of ``frames.EVENTS`` (charged, resigned, signed …) happen to a
person or a bill. A deal, a truce or an accord is another one-off event: it is reached
once. Two reports of one story can state it as done ("President Biden on Tuesday
announced a truce", NPR) and as still to come, stated as the present state ("the
European Union and the United States are on the verge of announcing a truce",
ZeroHedge, NeuS row 346): by the conflict golds' timing-gap rule (Grimm's "is expected
to be indicted" against "was indicted") that is a status conflict, even though time
explains it. Read here as a :class:`~newsprism.compare.frames.Status` of event
``agree`` whose patient is the agreement's noun, so the status rules pair it:
done against expected is ``status``, done against not ("have not reached a deal") is
``negation``.

Only a verb of reaching or making public (announce, reach, strike, seal, unveil,
clinch) with the agreement noun as its object (or passive subject) is read; talks,
hopes and calls for a deal are not a status of one. Its status is the event rules' own
(``frames._polarity``), and "on the verge of" / "on the brink of" / "close to" above
the verb is a deal still to come. The conflict rules ask two such statuses to be
topical as well (``conflicts``): one story can tell of two deals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from newsprism.extract.nlp import span_text

__all__ = ["AGREEMENT_NOUNS", "EVENT", "agreement_statuses"]

EVENT = "agree"
AGREEMENT_NOUNS = frozenset("truce deal agreement accord pact ceasefire cease-fire armistice "
                            "settlement".split())  # fmt: skip
_REACHING = frozenset("announce reach strike seal unveil clinch".split())
_NEAR_NOUNS = frozenset({"verge", "brink", "cusp"})  # "on the verge of announcing"
_NEAR_WORDS = frozenset({"close", "near"})  # "close to reaching a deal"
_READ = ("done", "not", "expected")  # a wish, a doubt or an open question: no status


def _near(verb: Any) -> bool:
    """Whether the verb hangs under "the verge of", "the brink of" or "close to"."""
    for up in list(verb.ancestors)[:4]:
        lemma = up.lemma_.lower()
        if lemma in _NEAR_NOUNS or (lemma in _NEAR_WORDS and up.pos_ in ("ADJ", "ADV")):
            return True
    return False


def agreement_statuses(tokens: Iterable[Any], outside: Callable[[Any], bool],
                       polarity: Callable[[Any, Any], str],
                       status: Callable[..., Any]) -> list[Any]:  # fmt: skip
    """The agreement statuses of a claim's tokens (words in quotation marks skipped:
    ``outside``), each built by ``status`` (``frames.Status``) with the status
    ``polarity`` reads, or expected under "the verge of"."""
    found = []
    for verb in tokens:
        if not outside(verb) or verb.pos_ != "VERB" or verb.lemma_.lower() not in _REACHING:
            continue
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.lemma_.lower() in AGREEMENT_NOUNS]  # fmt: skip
        if not nouns:
            continue
        state = "expected" if _near(verb) else polarity(verb, verb)
        if state in _READ:
            found.append(status(EVENT, verb.text, state, nouns[0].lemma_.lower(),
                                frozenset(), span_text(verb.sent)))  # fmt: skip
    return found

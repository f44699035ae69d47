"""The stance of a statement's predicate: done, a prospect, a commitment; negated or not.

Read by the same-fact features (:mod:`newsprism.compare.pairs`: the mood veto and the
negation features) on the verbs that carry a statement (``pairs._main_predicates``: the
root, or under "X said" its clause). Moved out of pairs.py in session 24, unchanged
but for the call: the caller passes the predicates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsprism.compare import negation
from newsprism.compare.epistemic import epistemic

MODAL_AUX = frozenset("will would could may might should shall can ca wo must ’ll".split())
PROSPECT = frozenset("expect plan intend hope want seek propose threaten schedule set poise "
                     "likely unlikely going aim prepare consider anticipate forecast "
                     "predict project".split())  # fmt: skip
# Verbs of commitment (session 24): their to-infinitive states a prospect as "will" does
# ("has agreed to probe" beside "will investigate") but often one already carried out
# ("agreed to resign" beside "asked to resign and he complied"), so its mood is
# ``committed``, which the mood veto sets against neither. Not "decide": read on NeuS
# rows, "has decided to reinstate the mandate" states the event ("requires restoring").
COMMITTING = frozenset("agree promise vow pledge".split())
DENIAL = frozenset("deny refuse reject dispute decline".split())
# What a request to stop something asks for (session 29, i12-fixes38): a court that
# "denied a request … to freeze the state law" or "refused to block" it lets the law
# stand, as "allowed it to remain in effect" says; the denial refuses a stop, not the
# other outlet's statement (NeuS row 125, CNN / Fox / Reuters).
STOPPING = frozenset("stop block freeze halt suspend pause delay postpone overturn enjoin "
                     "bar prevent dismiss cancel revoke rescind invalidate void "
                     "stay injunction suspension moratorium".split())  # fmt: skip
# what one asks a court or an authority by
REQUESTS = frozenset("request bid motion appeal petition application plea call demand "
                     "effort attempt push".split())  # fmt: skip
# The -s form of a verb of mood the parser tags as a plural noun in a headline-like
# sentence with no verbal root ("Rick Perry pledges to end …": ``pledges`` NNS, the root
# "candidate"): read as the verb when it follows its subject and governs a to-infinitive.
MOOD_VERBS = COMMITTING | PROSPECT | DENIAL
# what a verb of refusing takes when it refuses something ("declined the offer",
# "decided to decline", "denied that …"), not when it falls ("sales declined 5%")
_REFUSED = frozenset({"dobj", "xcomp", "ccomp"})
_FALL_UNITS = frozenset("% percent point cent".split())


def stance(predicates: Sequence[Any]) -> tuple[str, bool]:
    """(mood, negated) of the statement's predicate.

    ``prospect`` when it is governed by a modal auxiliary ("will vote", "could face") or
    is the complement of a verb or adjective of expectation ("is expected to begin",
    "plans to file", "is likely to pass"); ``committed`` when it is the infinitive of a
    verb of commitment ("has agreed to probe", "vowed to appeal": :data:`COMMITTING`);
    ``possible`` when a modal hedges a present state ("could belong", "may well be":
    :mod:`.epistemic`, session 27), which the mood veto sets against neither side;
    ``event`` when it is a plain statement;
    ``none`` when the sentence has no verbal predicate. Negated when the predicate has
    a negation ("did not vote", "had nothing to do with it") or is a denial ("denied
    that …", "refused to …").
    """
    if not predicates:
        return "none", False
    prospect = negated = committed = possible = False
    for verb in predicates:
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        if epistemic(verb):
            possible = True  # "could belong", "may well be" (compare/epistemic.py)
        elif any(c.lemma_.lower() in MODAL_AUX and c.dep_ == "aux" for c in children):
            prospect = True
        infinitives = [c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if verb.pos_ == "NOUN":  # a verb tagged as a noun (:func:`with_noun_read_verbs`)
            infinitives = _next_infinitive(verb)
        if lemma in PROSPECT and (infinitives or any(c.dep_ in ("xcomp", "ccomp")
                                                     for c in children)):
            prospect = True
        if lemma in COMMITTING and infinitives:
            committed = True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in PROSPECT for c in children):
            prospect = True
        if any(c.dep_ == "neg" or negation.negates_its_verb(c) for c in children) \
                or (lemma in DENIAL and not refuses_a_stop(verb)):
            negated = True
    if prospect or committed:
        return ("prospect" if prospect else "committed"), negated
    return ("possible" if possible else "event"), negated


def _next_infinitive(token: Any) -> list[Any]:
    """The to-infinitive right after a word ("pledges to end" → [end]), wherever the
    parser hung it (on a noun read as the root, "end" is a relative clause of it)."""
    if token.i + 2 >= len(token.doc):
        return []
    to = token.nbor(1)
    verb = to.head
    return [verb] if (to.tag_ == "TO" and to.dep_ == "aux" and verb.tag_ == "VB"
                      and verb.i > to.i) else []


def with_noun_read_verbs(tokens: Sequence[Any], predicates: Sequence[Any]) -> list[Any]:
    """The predicates, and when none is a verb, a verb of mood the parser tagged as a
    plural noun right after its subject, governing a to-infinitive ("Rick Perry pledges
    to end …", parsed as a noun phrase rooted on "candidate"): without it the sentence
    reads as a plain statement and the mood veto sets it against "I'll end …"."""
    if any(p.pos_ in ("VERB", "AUX") for p in predicates):
        return list(predicates)
    found = [t for t in tokens if t.tag_ == "NNS" and t.lemma_.lower() in MOOD_VERBS
             and t.i > 0 and t.nbor(-1).pos_ in ("PROPN", "NOUN")
             and _next_infinitive(t)]
    return list(predicates) + found[:1]


def refusing(tokens: Sequence[Any], own: Callable[[Any], bool]) -> bool:
    """Whether a verb of refusing or denying (:data:`DENIAL`) in the statement's own
    clauses (``own``: ``pairs._in_statement``) refuses something, wherever it stands
    below the predicate: "I've decided to decline the offer of tenure" refuses as
    "declined the … offer for tenure" does (session 27, NeuS row 284), though its
    predicate is "decided". Read by the ``denial_clash`` veto: a denial is set against
    a sentence that neither negates nor refuses. A verb that falls ("payrolls declined
    5 %") or stands in a side clause ("who refused to apologize") does not count."""
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DENIAL or not own(verb) \
                or refuses_a_stop(verb):
            continue
        taken = [c for c in verb.children if c.dep_ in _REFUSED]
        if taken and not any(c.like_num or c.lower_ in _FALL_UNITS
                             or any(g.like_num for g in c.children) for c in taken):
            return True
    return False


def refuses_a_stop(verb: Any) -> bool:
    """Whether a verb of refusing (:data:`DENIAL`) refuses to stop something, or a
    request to: "denied a request … to freeze the state law", "rejected a bid to halt
    the execution", "denied a motion for a stay", "refused to block the law". That lets
    the thing stand: a ruling, not a denial of what another outlet states ("allowed the
    law to remain in effect"), so the ``denial_clash`` veto must not read it as one.
    Granting the stop is still kept apart by ``polarity_clash``: the verb cancels what
    it takes ("request", "block"), which the other sentence states."""
    stops: list[Any] = []
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ == "advcl" and _infinitive(child)):
            stops.append(child)  # "refused to block", "denied an application to block"
        elif child.dep_ == "dobj" and child.lemma_.lower() in REQUESTS:
            stops += [g for g in child.children if g.dep_ in ("acl", "relcl")]
            stops += [p for g in child.children if g.dep_ == "prep" and g.lower_ == "for"
                      for p in g.children if p.dep_ == "pobj"]  # "a motion for a stay"
    return any(s.lemma_.lower() in STOPPING and not negation.is_negated(s) for s in stops)


def _infinitive(verb: Any) -> bool:
    """A "to"-infinitive ("… to block the mandate")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)

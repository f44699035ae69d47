"""The parts of a sentence's statement: the verbs that carry it, what its negations
govern, and the content lemmas it states as so.

Its own step because it reads one parse, not pairs: :func:`newsprism.compare.pairs.profile`
calls it once a sentence, and the pair matrices (the polarity veto,
:mod:`newsprism.compare.pair_vetoes`) only compare what it found. Moved out of
:mod:`newsprism.compare.pairs` (session 34), which imports every name back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.compare import negation
from newsprism.compare.events import CANCELLING
from newsprism.compare.failed_acts import failed_objects, named_by
from newsprism.compare.negation_scope import negated_subjects

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Verbs that report a statement rather than make one: under "X said (that) Y" the
# fact's predicate is Y's.
REPORTING = frozenset("say tell add state report note announce explain write claim "
                      "confirm insist argue acknowledge".split())  # fmt: skip


def _predicates(tokens: Sequence[Any], roots: Sequence[Any] | None = None) -> set[str]:
    """The lemma of the statement's verb: the root, or the clause a reporting root governs."""
    return {t.lemma_.lower() for t in _main_predicates(tokens, roots)
            if t.pos_ in ("VERB", "AUX")}  # fmt: skip


def _main_predicates(tokens: Sequence[Any], roots: Sequence[Any] | None = None) -> list[Any]:
    """The verbs that carry the statement: the root (or the given ``roots``), or under
    "X said" its clause."""
    found = []
    for root in (roots if roots is not None else [t for t in tokens if t.dep_ == "ROOT"]):
        if root.lemma_.lower() in REPORTING:
            found += [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        else:
            found.append(root)
    return found


def _negated_objects(tokens: Sequence[Any], negated: set[int]) -> set[str]:
    """What a negated or cancelling verb governs: its object with the nouns that name
    it (a negated copula's noun too: "decided not to be the moderator" → {moderator}),
    or the verb it governs. "Netanyahu canceled the delegation's trip" → {trip,
    delegation}; "Akin refused to drop out" → {drop}.

    A verb inside quotation marks counts as one outside: the sentence's other lemmas,
    the quoted ones included, are what it states (:func:`_polarity_clash`), so a quoted
    "we will not send the delegation" must negate "delegation" as the same words outside
    marks do, or it reads as stating the delegation and clashes with "canceled the
    delegation's visit" (issue 12). A negation counts only in the statement's own clause
    (:func:`_in_statement`), not in a side clause; a cancelling or denying verb counts
    wherever it stands. ``negated``: the token indices of the verbs with a negation
    (``negation.is_negated``)."""
    found: set[str] = set()
    for word in negation.negated_words(tokens):
        if _in_statement(negation.governing_verb(word)):
            found |= named_by(word) | failed_objects(word)
    for verb in tokens:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        children = list(verb.children)
        if verb.lemma_.lower() not in CANCELLING and not (
                verb.i in negated and _in_statement(verb)):
            continue
        for child in children:
            # "did not send the delegation", "decided not to be the moderator"
            if child.dep_ == "dobj" or (child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN")):
                found |= named_by(child)
            elif child.dep_ == "xcomp" and child.pos_ == "VERB":
                found.add(child.lemma_.lower())
    return found


# The arcs by which a verb's clause is the statement's own: the root, what a verb or
# adjective of the statement takes as its complement ("said he did not", "decided not to
# be", "is certain he did not send"), a conjunct.
_STATEMENT_ARCS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "acomp"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _in_statement(verb: Any) -> bool:
    """Whether a verb is the statement's own predicate, or in a clause it governs as a
    complement or conjunct, and not in a side clause: a relative ("who did not vote"),
    adverbial ("when she didn't make the team"), prepositional or gerund ("criticism for
    not having visited the border") or noun-complement one. A negation in a side clause
    negates that clause only: "Harris visited the border … following criticism for not
    having visited the border" states the visit (issue 12, the audit's missed cores).
    What a verb of saying governs is a statement wherever that verb stands ("…,
    saying she had never met him").

    A path through an arc the parser left unlabelled (``dep``) counts as the
    statement's: the parse does not say where the clause hangs ("“The savings … do not
    cut a single … benefit, …,” Smith said" parses its quoted statement as a relative
    clause of a ``dep`` noun), and a veto kept in doubt costs a pair, not a wrong one.
    So does a relative clause with no relative word ("who", "which", "that"): the
    same quote, parsed in its article, makes "do not cut" a relative clause of "the
    savings his ad attacks", a parse a marked relative clause does not allow."""
    if verb.dep_ == "relcl" and not any(
            t.tag_ in _RELATIVE_TAGS or t.lower_ == "that" for t in verb.subtree if t.i < verb.i):
        return True
    arcs = []
    token = verb
    for _ in range(len(verb.doc)):
        arcs.append(token.dep_)
        if token.dep_ == "ROOT" or token.head is token:
            break
        if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in REPORTING:
            break  # what someone says is a statement, wherever "saying" stands
        token = token.head
    return "dep" in arcs or all(arc in _STATEMENT_ARCS for arc in arcs)


# What a negated or cancelling verb does not govern: its subject ("Netanyahu" of
# "Netanyahu canceled the trip" is stated) and punctuation.
_OUTSIDE_NEGATION = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "punct"})


def _stated_lemmas(tokens: Sequence[Any], roots: Sequence[Any] | None,
                   negated: set[int]) -> set[str]:  # fmt: skip
    """The content lemmas a sentence states as so, for :func:`_polarity_clash`: those of
    its statement (under "X said", the reported clause's: "Trump said of the birth
    certificate issue" states nothing about the certificate), less what a negated or
    cancelling verb governs, inside quotation marks or not ("“I'm not convinced that he
    has one,” Trump said" does not state that he has one; "the letters do not express
    the views of all bishops" does not state the bishops' views). ``negated``: the
    verbs with a negation, as for :func:`_negated_objects`."""
    if not tokens:
        return set()
    reported = [p for p in _main_predicates(tokens, roots) if p.dep_ in ("ccomp", "xcomp")
                and p not in (roots or ())]
    own = {t.i for t in tokens}
    scope = ({t.i for p in reported for t in p.subtree} & own) if reported else own
    # what a negating word governs ("failure to pass"), a noun under "no" ("there is no
    # evidence") and a noun's aim ("efforts to get a deal passed") are not stated as so
    unstated = (negation.negated_words(tokens) + negation.unstated_nouns(tokens)
                + negation.aims(tokens))
    for word in unstated:
        scope -= {t.i for t in word.subtree}
    # "the delegation would not leave" does not state the delegation (negation_scope.py)
    scope -= negated_subjects(tokens, negated)
    for verb in tokens:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        children = list(verb.children)
        if verb.i not in negated and verb.lemma_.lower() not in CANCELLING:
            continue
        if verb.i in negated:
            scope.discard(verb.i)
        for child in children:
            if child.dep_ not in _OUTSIDE_NEGATION:
                scope -= {t.i for t in child.subtree}
    return {t.lemma_.lower() for t in tokens if t.i in scope
            and t.pos_ in CONTENT_POS and not t.is_stop}  # fmt: skip

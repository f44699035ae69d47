"""What two sentences of different articles have in common: the same-fact features.

Two outlets state one fact in different words, and two sentences about one story share
most of their words without stating one fact ("the House voted on Wednesday" / "the
Senate is expected to begin on Wednesday"). So the same-fact decision
(:mod:`newsprism.compare.same_fact`) reads, for every pair, signals of three kinds:

- **closeness of wording**: the cosine of the packaged static embeddings, the TF-IDF
  cosine of the words (IDF over the story's own sentences, so the story's topic words
  weigh little), the overlap of content lemmas;
- **agreement of the checkable parts**: the entities both name (story entity ids),
  the numbers both state (97-1 = 97-1), the dates, the main predicate (the verb of the
  statement, under "X said"), each as shared and as *disjoint* (both state one, and
  none is the same: two different people, two different numbers, two different days);
- **what the statement does with it**: negation ("did not vote") and modality
  ("is expected to vote", "could", "will") on one side only.
- **whose words**: two quotations whose named speakers differ (``speaker_clash``), or
  that share no run of three quoted words (``quote_words_differ``).

Every feature is an ``n × n`` matrix from sparse incidence products, never a loop over pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS
from newsprism.compare import negation
from newsprism.compare.count_figures import quantity_matrices
from newsprism.compare.date_numbers import not_counts
from newsprism.compare.echoed_quote import quoted_links
from newsprism.compare.event_day import DatedNouns, dated_nouns, event_day
from newsprism.compare.events import CANCELLING, event_keys, events
from newsprism.compare.failed_acts import failed_objects, named_by
from newsprism.compare.frames import fitted_in_quotes
from newsprism.compare.number_sets import YEAR, sentence_numbers, specific_numbers
from newsprism.compare.passages import passages
from newsprism.compare.proxy_voice import one_voice, principals, speaks_for
from newsprism.compare.quote_paraphrase import doers
from newsprism.compare.quoted_words import quote_runs, quoted_words, statements_differ
from newsprism.compare.stance import refusing, stance, with_noun_read_verbs
from newsprism.compare.tfidf import (
    idf_coverage,
    inverse_document_frequencies,
    shared_counts,
    tfidf_cosine,
)
from newsprism.compare.weekday_acts import WeekdayAct, two_acts_lifted, weekday_acts
from newsprism.extract.claims import PEOPLE_UNITS
from newsprism.models import Claim, Mention, Quantity

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Verbs that report a statement rather than make one: under "X said (that) Y" the
# fact's predicate is Y's.
REPORTING = frozenset("say tell add state report note announce explain write claim "
                      "confirm insist argue acknowledge".split())  # fmt: skip
# Words that put a statement in the future, the possible or the expected: "is expected
# to vote" does not state that the vote happened.
MODAL = frozenset("will would could may might should shall can expect plan likely "
                  "unlikely intend possible possibly poised consider threaten hope "
                  "want seek propose".split())  # fmt: skip
# Auxiliaries and governing verbs that make the predicate a prospect, not an event.
# "’ll": the parser's lemma of a curly "I’ll" (a straight "I'll" is "will")
NEGATIVE = frozenset("not n't never no neither nor deny refuse reject".split())
_DATE_WORD = re.compile(
    r"\b(" + "|".join(WEEKDAYS + MONTH_NAMES) + r"|today|yesterday|tomorrow|\d{4}|\d{1,2})\b"
)
_WORD = re.compile(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*")

FEATURES = (
    "cosine", "tfidf", "lemma_overlap", "lemma_jaccard", "entity_shared", "entity_jaccard",
    "entity_disjoint", "number_shared", "number_disjoint", "quantity_agree",
    "quantity_conflict", "date_shared", "date_disjoint", "predicate_same", "verb_overlap",
    "negation_mismatch", "modal_mismatch", "length_ratio", "specific_shared",
    "specific_disjoint", "coverage", "mood_mismatch", "denial_mismatch", "anchor_number",
    "polarity_clash", "shared_passage", "speaker_clash", "event_link", "denial_clash",
    "quote_words_differ", "shared_quote", "event_day", "count_differs",
)  # fmt: skip
# A feature computed only for a model whose terms name it: the cosine of the two
# sentences' MiniLM embeddings (a second embedder run per story; docs/models.md,
# "Same-fact model": measured, not shipped)
MINILM_COSINE = "minilm_cosine"
# the features :func:`_links` makes (a model file's ``links`` name some of them); the
# fact units score their pairs with the model's links off and leave them out (session 32)
LINK_FEATURES = frozenset({"anchor_number", "shared_passage", "shared_quote", "event_link",
                           "event_day"})


@dataclass(frozen=True)
class QuotedSpeaker:
    """A quote's span in its article and its speaker's story entity id. Only speakers
    named, or found by a title or as an office, are given (never a pronoun, an unnamed
    source or an unresolved one): the speaker veto must not rest on a guess."""

    article_id: str
    start: int
    end: int
    entity_id: str


@dataclass
class UnitProfile:
    """The parts of one sentence the same-fact features compare."""

    text: str
    words: list[str]  # lower-cased word tokens, for TF-IDF
    lemmas: set[str]  # content lemmas
    verbs: set[str]  # lemmas of the full verbs, reporting verbs left out
    predicates: set[str]  # the statement's main verb(s): the root, or under "said" its clause
    entities: set[str]  # story entity ids
    numbers: set[str]  # numbers as written, digits only ("97", "1" of "97-1")
    quantities: list[Quantity] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)  # weekday, month, year, day words
    weekdays: set[str] = field(default_factory=set)
    negated: bool = False
    modal: bool = False
    # the main predicate: "event", "prospect" (will, expected to), "committed" (agreed to), "none"
    mood: str = "none"
    denied: bool = False  # the main predicate is negated ("did not vote", "denied that …")
    refuses: bool = False  # a verb of refusing in its own clauses ("decided to decline")
    specific: set[str] = field(default_factory=set)  # numbers a reader would check: 97-1, 740
    article_id: str = ""
    negated_objects: set[str] = field(default_factory=set)  # what a negated verb governs
    # content lemmas the sentence states as so (None: ``lemmas - negated_objects``)
    stated: set[str] | None = None
    # story entity ids of the named speakers of the quotes the sentence carries
    speakers: set[str] = field(default_factory=set)
    # the (subject, predicate, stance, argument) keys of its clauses (compare/events.py)
    events: set[tuple[str, str, str, str]] = field(default_factory=set)
    # the words inside quotation marks, when they are most of the sentence (else None)
    quoted: list[str] | None = None
    # entity ids of its direct quotes' speakers, however found: one_speaker_other_words
    voices: set[str] = field(default_factory=set)
    negative: bool = False  # a negation anywhere, inside quotation marks too
    people: set[str] = field(default_factory=set)  # the story's people it names (entity ids)
    # its days and the head nouns they date (compare/event_day.py)
    dated: DatedNouns = field(default_factory=DatedNouns)
    # (subject, verb) of its clauses, "I"/"we" as "self" (compare/quote_paraphrase.py)
    doers: set[tuple[str, str]] = field(default_factory=set)
    # what each weekday dates: a statement and whose, or an act (compare/weekday_acts.py)
    weekday_acts: tuple[WeekdayAct, ...] = ()
    # its voices and the entities they speak for (compare/proxy_voice.py)
    voiced_for: set[str] = field(default_factory=set)


def profile(span: Any, claim: Claim, mentions: Sequence[Mention] = (),
            roots: Sequence[Any] | None = None,
            quotation: Sequence[tuple[int, int]] = ()) -> UnitProfile:
    """The profile of a claim from its spaCy span (``None`` when lost; or a list of tokens)
    and its linked mentions. ``roots``: the verbs heading the statement when not the root
    (a clause read alone, compare/units.py). ``quotation``: the claim's character spans the
    quote extractor reads as a direct quote, marks or none (:func:`claim_profiles`)."""
    tokens = list(span) if span is not None else []
    lemmas = {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop}
    verbs = {t.lemma_.lower() for t in tokens
             if t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING}  # fmt: skip
    mood, denied = stance(with_noun_read_verbs(tokens, _main_predicates(tokens, roots)))
    negations = [t for t in tokens if t.dep_ == "neg" or t.lemma_.lower() in NEGATIVE
                 or negation.negates_its_verb(t)]
    date_words = {m.group(1) for text in claim.dates for m in _DATE_WORD.finditer(text.lower())}
    # the verbs with a negation, read once for both readers below (each asked it of every
    # verb: 15,000 reads at 50 articles, session 32)
    negated = {t.i for t in tokens if t.pos_ in ("VERB", "AUX") and negation.is_negated(t)}
    return UnitProfile(
        text=claim.text,
        words=_WORD.findall(claim.text.lower()),
        lemmas=lemmas,
        verbs=verbs,
        predicates=_predicates(tokens, roots),
        entities=set(claim.people + claim.places + claim.organisations),
        people=set(claim.people),
        numbers=sentence_numbers(claim.text, claim.dates),
        quantities=list(claim.quantities),
        dates=date_words,
        weekdays=date_words & set(WEEKDAYS),
        # word tests first (the quote test reads the whole sentence: docs/benchmarks.md);
        # fitted with marks counted (``fitted_in_quotes``)
        negated=any(not fitted_in_quotes(t) for t in negations),
        modal=any(not fitted_in_quotes(t) for t in tokens if t.lemma_.lower() in MODAL),
        negative=bool(negations),
        mood=mood,
        denied=denied,
        refuses=refusing(tokens, _in_statement),
        specific=specific_numbers(claim.text, claim.dates),
        article_id=claim.article_id,
        negated_objects=_negated_objects(tokens, negated),
        stated=_stated_lemmas(tokens, roots, negated),
        events=event_keys(events(tokens, mentions)),
        quoted=quoted_words(claim.text, tokens, quotation),
        dated=dated_nouns(tokens),
        doers=doers(tokens, mentions),
        weekday_acts=weekday_acts(tokens, mentions),
    )


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


# --- pair features, vectorised --------------------------------------------------------


def _shared(sets: Sequence[set]) -> np.ndarray:
    """How many items every pair of sets shares: :func:`_set_features`' first matrix,
    alone for the features that read no ratio (the two ratios of a 2,138-unit pool cost
    about 0.045 s CPU a set family, 11 families a call, session 27)."""
    return shared_counts(sets)


def _set_features(sets: Sequence[set]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(shared count, overlap coefficient, Jaccard) of every pair of sets."""
    shared = _shared(sets)
    sizes = np.array([len(s) for s in sets], dtype=np.float32)
    smaller = np.minimum.outer(sizes, sizes)
    union = np.add.outer(sizes, sizes) - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(smaller > 0, shared / smaller, 0.0)
        jaccard = np.where(union > 0, shared / union, 0.0)
    return shared, overlap, jaccard


def _both(flags: Sequence[bool]) -> np.ndarray:
    column = np.array(flags, dtype=bool)
    return column[:, None] & column[None, :]


def _anchor_numbers(units: Sequence[UnitProfile]) -> np.ndarray:
    """Pairs that share a number no other sentence of their articles states ("The final
    tally was 97-1" / "… in a 97-1 vote"): in the BASIL gold every such pair was one fact
    (6 of 6). Years, names' and days' numbers are left out (compare/date_numbers.py)."""
    per_article = Counter((u.article_id, n) for u in units for n in u.specific)
    repeated = {n for (_, n), count in per_article.items() if count > 1}
    keep = [{n for n in u.specific - repeated - not_counts(u.text)
             if not YEAR.fullmatch(n)} for u in units]  # fmt: skip
    shared = _shared(keep)
    return shared > 0


def _polarity_clash(units: Sequence[UnitProfile]) -> np.ndarray:
    """One sentence negates or cancels what the other states: a noun governed by a
    negated or cancelling verb in one is among what the other states as so
    (:func:`_stated_lemmas`; "agreed to send a delegation" / "canceled the delegation's
    trip"). Both sentences are read alike, inside quotation marks or not: a negation a
    speaker's quoted words carry negates as one outside them does."""
    negated = [u.negated_objects for u in units]
    stated = [(u.lemmas if u.stated is None else u.stated) - u.negated_objects for u in units]
    vocabulary = {w: k for k, w in enumerate({w for ws in negated + stated for w in ws})}

    def matrix(sets: Sequence[set[str]]) -> sparse.csr_matrix:
        rows = [r for r, ws in enumerate(sets) for _ in ws]
        cols = [vocabulary[w] for ws in sets for w in ws]
        data = np.ones(len(rows), dtype=np.float32)
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), max(len(vocabulary), 1)))

    clash = (matrix(negated) @ matrix(stated).T).toarray() > 0
    return clash | clash.T


def _quote_words_differ(units: Sequence[UnitProfile]) -> np.ndarray:
    """``quote_words_differ`` (compare/quoted_words.py ``statements_differ``)."""
    shared, overlap, _ = _set_features([quote_runs(u.quoted) for u in units])
    voices = _shared([u.voices for u in units])
    verbs = _shared([u.predicates for u in units])
    return statements_differ(
        _both([u.quoted is not None for u in units]), shared, overlap, voices > 0,
        (verbs == 0) & _both([bool(u.predicates) for u in units]),
        np.array([u.article_id for u in units]))


def pair_features(units: Sequence[UnitProfile], vectors: np.ndarray,
                  idf: Mapping[str, float] | None = None,
                  minilm: np.ndarray | None = None,
                  tfidf: np.ndarray | None = None,
                  links: bool = True, flags: bool = False) -> dict[str, np.ndarray]:  # fmt: skip
    """Every feature of :data:`FEATURES` for every pair of units, as ``n × n`` matrices
    (IDF over ``units`` unless ``idf`` is given); with ``minilm`` (the units' MiniLM
    embeddings, given only for a model with the term: compare/same_fact.py
    ``MINILM_COSINE``) also their cosine, ``minilm_cosine``. ``tfidf``: the units'
    ``tfidf_cosine`` of their words with that IDF, when the caller has it already (the
    story reads it again for the unique facts' partners: computed once, session 26).
    ``links=False``: without :data:`LINK_FEATURES`; ``flags=True``: see :func:`_stored`."""
    names = FEATURES if links else tuple(f for f in FEATURES if f not in LINK_FEATURES)
    if not units:
        return {name: np.zeros((0, 0), dtype=np.float32)
                for name in (*names, *([MINILM_COSINE] if minilm is not None else []))}
    out: dict[str, np.ndarray] = {}
    if minilm is not None:
        out[MINILM_COSINE] = np.clip(minilm @ minilm.T, 0.0, 1.0).astype(np.float32)
    words = [u.words for u in units]
    idf = idf if idf is not None else inverse_document_frequencies(words)
    out |= _word_features(units, vectors, words, idf, tfidf)
    shared = _shared([u.numbers for u in units])
    out["number_shared"] = shared > 0
    out["number_disjoint"] = _both([bool(u.numbers) for u in units]) & (shared == 0)
    out["quantity_agree"], out["quantity_conflict"], out["count_differs"] = quantity_matrices(units)
    shared = _shared([u.dates for u in units])
    out["date_shared"] = shared > 0
    days = _shared([u.weekdays for u in units])
    out["date_disjoint"] = two_acts_lifted(units, _both([bool(u.weekdays) for u in units])
                                           & (days == 0))  # fmt: skip
    shared = _shared([u.predicates for u in units])
    out["predicate_same"] = shared > 0
    _, out["verb_overlap"], _ = _set_features([u.verbs for u in units])
    negated = np.array([u.negated for u in units])
    out["negation_mismatch"] = negated[:, None] != negated[None, :]
    modal = np.array([u.modal for u in units])
    out["modal_mismatch"] = modal[:, None] != modal[None, :]
    shared = _shared([u.specific for u in units])
    out["specific_shared"] = np.minimum(shared, 2.0) / 2.0
    out["specific_disjoint"] = _both([bool(u.specific) for u in units]) & (shared == 0)
    owners = [u.article_id for u in units]
    voiced = one_voice([u.text for u in units], owners, [u.voices | u.speakers for u in units],
                       [u.voiced_for for u in units])  # one statement, two attributions
    out |= _links(units, words, voiced) if links else {}
    out["polarity_clash"] = _polarity_clash(units)
    shared = _shared([u.speakers for u in units])
    out["speaker_clash"] = _both([bool(u.speakers) for u in units]) & (shared == 0) & ~voiced
    out["quote_words_differ"] = _quote_words_differ(units)
    out["coverage"] = idf_coverage(words, idf)
    out["mood_mismatch"] = prospect_pairs(units)
    out["denial_mismatch"], out["denial_clash"] = _denials(units)
    lengths = np.array([max(len(u.words), 1) for u in units], dtype=np.float32)
    out["length_ratio"] = np.minimum.outer(lengths, lengths) / np.maximum.outer(lengths, lengths)
    # each source matrix is dropped as its float32 copy is made (session 29): holding all
    # of both at once was the peak of compare's memory at 50 articles (2,138 units)
    return {name: _stored(out.pop(name), flags) for name in names} | (
        {MINILM_COSINE: out[MINILM_COSINE]} if minilm is not None else {})


def _word_features(units: Sequence[UnitProfile], vectors: np.ndarray,
                   words: Sequence[Sequence[str]], idf: Mapping[str, float],
                   tfidf: np.ndarray | None) -> dict[str, np.ndarray]:  # fmt: skip
    """The pair features read from the units' words and names alone: embedding and
    TF-IDF cosines, lemma and entity overlap (split out of :func:`pair_features`)."""
    out = {"cosine": np.clip(vectors @ vectors.T, 0.0, 1.0),
           "tfidf": tfidf_cosine(words, idf) if tfidf is None else tfidf}
    _, out["lemma_overlap"], out["lemma_jaccard"] = _set_features([u.lemmas for u in units])
    shared, _, out["entity_jaccard"] = _set_features([u.entities for u in units])
    out["entity_shared"] = np.minimum(shared, 3.0) / 3.0
    out["entity_disjoint"] = _both([bool(u.entities) for u in units]) & (shared == 0)
    return out


def _stored(feature: np.ndarray, flags: bool) -> np.ndarray:
    """A feature as :func:`pair_features` returns it: float32, or, with ``flags``, a
    boolean one as it is (a byte a pair, not float32's four), for a caller that reads
    the features through the model only (``SameFactModel`` reads a boolean as 0 or 1,
    as its float32 copy): the units' pool, whose 2,138² pairs at 50 articles held 15
    such features as float32, 200 MB at compare's memory peak (session 32)."""
    return feature if flags and feature.dtype == bool else feature.astype(np.float32)


def _links(units: Sequence[UnitProfile], words: Sequence[Sequence[str]], voiced: np.ndarray
           ) -> dict[str, np.ndarray]:  # fmt: skip
    """The link features (the model file's ``links``: a pair with one is one fact unless
    a veto says otherwise): a rare number, a passage printed word for word, a quoted run
    two outlets print, one event's clause, one event's noun dated by one day."""
    out = {"anchor_number": _anchor_numbers(units)}
    shared = _shared([passages(w) for w in words])
    out["shared_passage"] = shared > 0
    owners = [u.article_id for u in units]
    out["shared_quote"] = quoted_links([u.text for u in units], words, owners,
                                       [u.voices | u.speakers for u in units],
                                       [u.entities for u in units], [u.people for u in units],
                                       voiced)
    shared = _shared([u.events for u in units])
    article = np.array(owners)
    out["event_link"] = (shared > 0) & (article[:, None] != article[None, :])
    out["event_day"] = event_day([u.dated for u in units], owners, [u.people for u in units],
                                 [u.entities for u in units], [u.specific for u in units],
                                 [u.denied for u in units])
    return out


def prospect_pairs(units: Sequence[UnitProfile]) -> np.ndarray:
    """Pairs of which one states as done what the other states as a prospect (the mood veto).
    A commitment ("agreed to probe") is set against neither (:data:`.stance.COMMITTING`),
    nor a hedge on a present state ("could belong", session 27: :mod:`.epistemic`)."""
    mood = np.array([u.mood for u in units])
    stated = (mood != "none") & (mood != "committed") & (mood != "possible")
    return (mood[:, None] != mood[None, :]) & stated[:, None] & stated[None, :]


def opposite_pairs(units: Sequence[UnitProfile]) -> np.ndarray:
    """Pairs stating opposite things (the ``polarity_clash`` and ``denial_clash`` vetoes), so
    a hedge never offers "They're killing people" for "Facebook isn't killing people"."""
    if not units:
        return np.zeros((0, 0), dtype=bool)
    return _polarity_clash(units) | _denials(units)[1]


def _denials(units: Sequence[UnitProfile]) -> tuple[np.ndarray, np.ndarray]:
    """``denial_mismatch`` (one side denies, the other not) and the veto ``denial_clash``:
    a denial against a sentence with no negation at all, a quoted one included (“Oh, not a
    theology …,” he said; docs/eval-compare.md "Session 20: recall by rule on 17 stories"),
    nor one that refuses too ("I've decided to decline the offer" / "declined the offer":
    session 27, :func:`.stance.refusing`)."""
    denied = np.array([u.denied for u in units])
    mismatch = denied[:, None] != denied[None, :]
    # ``negated`` is its unquoted part
    negated = np.array([u.negative or u.refuses for u in units])
    other_negated = np.where(denied[:, None], negated[None, :], negated[:, None])
    return mismatch, mismatch & ~other_negated


def claim_profiles(docs: Mapping[str, Any], claims: Sequence[Claim],
                   speakers: Sequence[QuotedSpeaker] = (),
                   mentions: Sequence[Mention] = (),
                   quotations: Sequence[tuple[str, int, int, str | None]] = ()
                   ) -> list[UnitProfile]:  # fmt: skip
    """The profile of every claim, from the parsed text of its article.

    Args:
        docs: the parsed articles by id.
        claims: the claims, in story order.
        speakers: the quotes whose speaker is a named story entity
            (:class:`QuotedSpeaker`); a claim that overlaps one carries its speaker.
        mentions: the story's linked entity mentions (the subjects and arguments of
            :mod:`newsprism.compare.events`).
        quotations: the direct quotes of the quote extractor (article id, start, end,
            speaker entity id or None), any speaker however found: a sentence they
            cover is read as quotation by ``quote_words_differ`` even where its marks
            do not say so (a quote's next sentence, split off without its mark).
    """
    quoted_at: dict[str, list[tuple[int, int, str | None]]] = {}
    for article_id, start, end, voice in quotations:
        quoted_at.setdefault(article_id, []).append((start, end, voice))
    inside: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.entity_id:
            inside.setdefault(mention.article_id, []).append(mention)
    units = [profile(docs[c.article_id].char_span(c.start, c.end, alignment_mode="expand"), c,
                     [m for m in inside.get(c.article_id, ()) if c.start <= m.start < c.end],
                     quotation=[(max(a, c.start) - c.start, min(b, c.end) - c.start)
                                for a, b, _ in quoted_at.get(c.article_id, ())
                                if a < c.end and c.start < b])
             for c in claims]  # fmt: skip
    by_article: dict[str, list[QuotedSpeaker]] = {}
    for quoted in speakers:
        by_article.setdefault(quoted.article_id, []).append(quoted)
    for claim, unit in zip(claims, units, strict=True):
        unit.speakers = {q.entity_id for q in by_article.get(claim.article_id, ())
                         if q.start < claim.end and claim.start < q.end}  # fmt: skip
        unit.voices = {v for a, b, v in quoted_at.get(claim.article_id, ())
                       if v and a < claim.end and claim.start < b}  # fmt: skip
    heads = principals(docs, mentions)
    for unit in units:
        unit.voiced_for = speaks_for(unit.voices | unit.speakers, heads)
    return units


def topical_closeness(units: Sequence[UnitProfile], vectors: np.ndarray) -> np.ndarray:
    """How close two sentences are in topic and words, not whether they state one fact:
    ``0.55 cosine + 0.30 lemma overlap + 0.15 entity overlap + 0.15 [the same measure]``
    (the issue-12 aligner's score, kept for the loose "may another outlet state this?"
    check of :mod:`newsprism.compare.unique`; overlap = |A∩B| / min(|A|, |B|))."""
    if not units:
        return np.zeros((0, 0), dtype=np.float32)
    cosine = np.clip(vectors @ vectors.T, 0.0, 1.0)
    _, lemmas, _ = _set_features([u.lemmas for u in units])
    _, entities, _ = _set_features([u.entities for u in units])
    measures = _shared([{"\0people" if q.unit in PEOPLE_UNITS else q.unit
                         for q in u.quantities if q.unit is not None} for u in units])  # fmt: skip
    return (0.55 * cosine + 0.30 * lemmas + 0.15 * entities + 0.15 * (measures > 0)
            ).astype(np.float32)  # fmt: skip

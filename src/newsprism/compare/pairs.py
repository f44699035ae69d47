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

Three steps live in modules of their own (session 34): what one sentence states
(:mod:`.statement_parts`), the pair matrices over sets (:mod:`.pair_sets`) and the
vetoes (:mod:`.pair_vetoes`). Their names are imported back here (``name as name``
where this module does not use one), so every old import from this module still works.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS
from newsprism.compare import negation
from newsprism.compare.count_figures import quantity_matrices
from newsprism.compare.date_numbers import not_counts
from newsprism.compare.echoed_quote import quoted_links
from newsprism.compare.ending_acts import ends_something
from newsprism.compare.event_day import DatedNouns, dated_nouns, event_day
from newsprism.compare.events import event_keys, events
from newsprism.compare.frames import fitted_in_quotes
from newsprism.compare.lacking import lacks
from newsprism.compare.mood_quoted import mood_mismatch, statement_count
from newsprism.compare.number_sets import YEAR, sentence_numbers, specific_numbers
from newsprism.compare.pair_sets import _both, _set_features, _shared
from newsprism.compare.pair_vetoes import (
    _denials,
    _polarity_clash,
    _quote_words_differ,
)
from newsprism.compare.pair_vetoes import opposite_pairs as opposite_pairs
from newsprism.compare.pair_vetoes import prospect_pairs as prospect_pairs
from newsprism.compare.passages import passages
from newsprism.compare.proxy_voice import one_voice, principals, speaks_for
from newsprism.compare.quote_paraphrase import doers
from newsprism.compare.quoted_words import quoted_words
from newsprism.compare.stance import refusing, stance, with_noun_read_verbs
from newsprism.compare.statement_parts import _OUTSIDE_NEGATION as _OUTSIDE_NEGATION
from newsprism.compare.statement_parts import _RELATIVE_TAGS as _RELATIVE_TAGS
from newsprism.compare.statement_parts import _STATEMENT_ARCS as _STATEMENT_ARCS
from newsprism.compare.statement_parts import (
    CONTENT_POS,
    REPORTING,
    _in_statement,
    _main_predicates,
    _negated_objects,
    _predicates,
    _stated_lemmas,
)
from newsprism.compare.tfidf import idf_coverage, inverse_document_frequencies, tfidf_cosine
from newsprism.compare.weekday_acts import WeekdayAct, two_acts_lifted, weekday_acts
from newsprism.extract.claims import PEOPLE_UNITS
from newsprism.models import Claim, Mention, Quantity

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
    ends: bool = False  # its statement is an ending or failure (compare/ending_acts.py)
    # the statements a sentence holds, by its fact units (compare/mood_quoted.py)
    statements: int = 1
    lacks: bool = False  # its predicate is "being without" (compare/lacking.py)


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
    predicates = _main_predicates(tokens, roots)  # the stance, "ends" and "lacks" read them
    mood, denied = stance(with_noun_read_verbs(tokens, predicates))
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
        ends=ends_something(predicates, negated),
        statements=statement_count(tokens) if roots is None else 1,
        lacks=lacks(predicates),
    )


# --- pair features, vectorised --------------------------------------------------------


def anchor_numbers(units: Sequence[UnitProfile]) -> np.ndarray:
    """Pairs that share a number no other sentence of their articles states ("The final
    tally was 97-1" / "… in a 97-1 vote"): in the BASIL gold every such pair was one fact
    (6 of 6). Years, names' and days' numbers are left out (compare/date_numbers.py)."""
    per_article = Counter((u.article_id, n) for u in units for n in u.specific)
    repeated = {n for (_, n), count in per_article.items() if count > 1}
    keep = [{n for n in u.specific - repeated - not_counts(u.text)
             if not YEAR.fullmatch(n)} for u in units]  # fmt: skip
    shared = _shared(keep)
    return shared > 0


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
    # the mood veto, less the pairs that print one quotation (compare/mood_quoted.py)
    out["mood_mismatch"] = mood_mismatch(units, out if links else None)
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
    out = {"anchor_number": anchor_numbers(units)}
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

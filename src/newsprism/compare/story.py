"""The cross-source analysis of one story: every stage of extract and compare, wired.

:func:`analyze_story` takes the clean articles of one story and returns a
:class:`StoryAnalysis` whose :meth:`~StoryAnalysis.as_dict` is the public JSON of
``newsprism compare`` (documented in docs/json-schema.md, validated by
``src/newsprism/data/compare.schema.json``). Every statement in it points back to the
article and sentence it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsprism.blas_threads import one_blas_thread
from newsprism.compare.align import AlignedClaim, align_claims, same_fact_scores
from newsprism.compare.beside import Beside, quick_switches, switching
from newsprism.compare.checkable import holds_all
from newsprism.compare.conflicts import add_conflicts
from newsprism.compare.crosslang import (
    arabic_claims,
    cross_link_probability,
    cross_pair_scores,
    is_arabic_article,
    name_index,
)
from newsprism.compare.denial_hedge import hedge_opposites
from newsprism.compare.epithets import resolve_epithets
from newsprism.compare.framing_owners import link_owners
from newsprism.compare.labels import label_choice, voices_heard
from newsprism.compare.lead_pairs import join_lead_pairs, lead_pairs
from newsprism.compare.leftover_clause import join_leftover_clauses
from newsprism.compare.occasions import veto_occasions
from newsprism.compare.opening_backers import OPENING_FLOOR
from newsprism.compare.pairs import (
    MINILM_COSINE,
    QuotedSpeaker,
    UnitProfile,
    claim_profiles,
    prospect_pairs,
    topical_closeness,
)
from newsprism.compare.prefetch import omission_encoder
from newsprism.compare.questions import set_apart_questions
from newsprism.compare.relayed_unique import recheck_relayed
from newsprism.compare.relays import find_relays, mark_relays
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.compare.stated import english_texts, stating
from newsprism.compare.summary import summarize
from newsprism.compare.tfidf import tfidf_cosine
from newsprism.compare.truncated import mark_truncated
from newsprism.compare.unique import SURE_PROBABILITY, recheck_unique
from newsprism.compare.units import MiniLM, UnitReading, read_units
from newsprism.compare.variants import link_quote_variants, quoted_words
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.framing import frame_doc
from newsprism.extract.headline_forms import label_headlines
from newsprism.extract.headline_names import headline_entities
from newsprism.extract.nlp import parse_texts
from newsprism.extract.quotes import QuoteSpan, extract_quotes
from newsprism.models import Article, Claim, Mention, Quote

SCHEMA_VERSION = "1.11"
PARTLY = "partly_shared"
# the embedder of the same-fact feature ``minilm_cosine`` (read only by a model with it)
MINILM_EMBEDDER = "minilm-onnx"
# spaCy refuses texts over 1,000,000 characters, and a parse costs about 1 GB per
# million; a news report is under 50,000. Longer texts are analysed up to here.
ANALYSIS_MAX_CHARS = 200_000


@dataclass
class StoryAnalysis:
    """Everything ``compare`` reports about one story."""

    articles: list[Article]
    entities: StoryEntities
    quotes: list[Quote]
    facts: list[AlignedClaim]
    framing: dict[str, dict[str, Any]]
    omissions: dict[str, list[dict[str, Any]]]
    summary: list[dict[str, Any]]
    quote_variants: list[dict[str, Any]] = field(default_factory=list)
    embedder: str = "static"
    label_choice: dict[str, Any] = field(default_factory=dict)
    voices_heard: list[dict[str, Any]] = field(default_factory=list)
    truncated_articles: list[dict[str, Any]] = field(default_factory=list)
    # session 30: facts that are only writers' own questions, set apart (compare/questions.py)
    writers_questions: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The public JSON (field names are a contract: add, never rename)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "embedder": self.embedder,
            "articles": [a.as_dict() for a in self.articles],
            "entities": [e.as_dict() for e in self.entities.entities],
            "quotes": [q.as_dict() for q in self.quotes],
            "quote_variants": self.quote_variants,
            "claims": [f.as_dict() for f in self.facts],
            "framing": self.framing,
            "omissions": self.omissions,
            "summary": self.summary,
            "label_choice": self.label_choice,
            "voices_heard": self.voices_heard,
            "truncated_articles": self.truncated_articles,
            "writers_questions": self.writers_questions,
        }


def analyze_story(
    articles: Sequence[Article],
    *,
    embedder: str = "static",
    on_step: Callable[[str], None] | None = None,
) -> StoryAnalysis:
    """Compare the articles of one story.

    Args:
        articles: the clean articles, in the order they should be shown.
        embedder: the sentence-embedding backend (``static`` or ``minilm``).
        on_step: called with the name of each step as it starts (progress display).

    Returns: the analysis; spaCy and the embedder are loaded once per process.
    """
    step = on_step or (lambda name: None)
    articles = list(articles)
    # the omission check's MiniLM in a thread from the claims on (compare/prefetch.py),
    # the check itself in another once the facts are final (compare/beside.py); each
    # ends before this returns; BLAS on one thread throughout (blas_threads.py)
    with one_blas_thread(), Beside() as beside, ExitStack() as stack:
        step("parse")
        docs = _parse_articles(articles)
        step("entities")
        arabic = {a.id for a in articles if is_arabic_article(a)}
        entities = _story_entities(articles, docs, arabic)
        model = get_embedder(embedder)
        # an Arabic article's claims add its spellings to the entities' aliases, which
        # the quotes' speakers are looked up by: there the quotes come first, as before
        spans_quotes = _story_quotes(docs, entities, step) if arabic else None
        step("claims")
        claims = _story_claims(articles, docs, entities, arabic)
        embed = stack.enter_context(omission_encoder(
            switching(_minilm_encoder(model)), english_texts(claims), len(articles)))
        # else they read nothing the claims change: read while the thread embeds
        spans, quotes = spans_quotes or _story_quotes(docs, entities, step)
        return _compare_claims(articles, docs, entities, spans, quotes, claims, arabic,
                               model, embed, beside, step)


def _story_quotes(docs: dict[str, Any], entities: StoryEntities, step: Callable[[str], None]
                  ) -> tuple[dict[str, list[QuoteSpan]], list[Quote]]:  # fmt: skip
    """Each article's statement quotes, and the quotes with their speakers resolved to
    the story's entities (an epithet's too: what the other articles call them)."""
    step("quotes")
    quotes = resolve_quotes(spans := _statement_spans(docs), entities)
    resolve_epithets(spans, quotes, docs, entities)
    return spans, quotes


def _compare_claims(articles: list[Article], docs: dict[str, Any], entities: StoryEntities,
                    spans: dict[str, list[QuoteSpan]], quotes: list[Quote], claims: list[Claim],
                    arabic: set[str], model: Any, embed: Callable[[list[str]], np.ndarray],
                    beside: Beside, step: Callable[[str], None]) -> StoryAnalysis:  # fmt: skip
    """:func:`analyze_story` from its claims on: align, conflicts, framing, omissions,
    summary (``arabic``: the Arabic articles' ids; ``embed``: the omission check's
    MiniLM encoder; ``beside``: the thread the omission check runs in)."""
    vectors = _encode(model, [c.text for c in claims])
    profiles = claim_profiles(docs, claims, quoted_speakers(spans, quotes), entities.mentions,
                              quotation_spans(quotes))
    # one TF-IDF of the sentences, for the same-fact features and the unique facts' partners
    tfidf = tfidf_cosine([p.words for p in profiles])
    step("align")
    facts, probability, sentences = _align(articles, claims, vectors, profiles, bool(arabic),
                                           docs, model, entities.mentions, tfidf)
    step("conflicts")
    names = {e.id: e.name for e in entities.entities}
    facts = add_conflicts(articles, docs, claims, entities.mentions, facts, names)
    _recheck_unique(articles, docs, claims, profiles, vectors, probability, facts, tfidf)
    # the facts are final for the omission check: whole sentences, at a lower bar than
    # grouping's, a rare quoted run, or close in MiniLM meaning (stated.py), in the other
    # thread; nothing until ``mark_truncated`` reads its answer or changes a fact
    checked = beside.submit(omissions, articles, facts, stating(claims, sentences, embed))
    variants = link_quote_variants(
        quotes, _encode(model, [quoted_words(q) or q.text for q in quotes]))
    step("framing")
    framing = _frame_articles(articles, docs, spans, quotes)
    summary = summarize(articles, facts, quotes, framing=framing,
                        backs=_backing(claims, sentences, SUMMARY_BACKING),
                        holds=_holding(claims, sentences),
                        near=_backing(claims, sentences, OPENING_FLOOR))  # fmt: skip
    labels = label_choice(articles, docs, entities, framing)
    voices = voices_heard(articles, quotes, entities)
    label_headlines(labels, entities.entities)  # a title's "DOJ" beside the body's words
    missing = checked.result()
    cut = mark_truncated(articles, facts, missing)  # after recheck_unique: reads ``near``
    facts, asked = set_apart_questions(articles, facts, missing, cut)  # last: all above read them
    return StoryAnalysis(
        articles=articles, entities=entities, quotes=quotes, facts=facts, framing=framing,
        omissions=missing, summary=summary, quote_variants=variants,
        embedder=model.name, label_choice=labels, voices_heard=voices,
        truncated_articles=cut, writers_questions=asked,
    )


def _statement_spans(docs: dict[str, Any]) -> dict[str, list[QuoteSpan]]:
    """Each article's quotes that report a statement: a cue that names a thing or a
    topic ("declared a state of emergency") is an attribution, not a quote a reader can
    check (docs/eval-quotes.md)."""
    return {aid: [q for q in extract_quotes(doc) if q.statement] for aid, doc in docs.items()}


def _parse_articles(articles: Sequence[Article]) -> dict[str, Any]:
    """The parsed document of each article, by article id, of its first
    :data:`ANALYSIS_MAX_CHARS` characters."""
    texts = [a.text[:ANALYSIS_MAX_CHARS] for a in articles]
    # each article with its language's pipeline: Arabic goes the rule-based path (nlp.py)
    # in two threads: nothing else can start before the parse, so a second core is free
    with quick_switches():  # each thread gets the GIL back soon after a matrix product
        parsed = parse_texts(texts, [a.language for a in articles], two_threads=True)
    return dict(zip([a.id for a in articles], parsed, strict=True))


def _story_entities(articles: Sequence[Article], docs: dict[str, Any], arabic: set[str]
                    ) -> StoryEntities:  # fmt: skip
    """The story's named entities, linked across its articles."""
    # The English model finds no names in Arabic text, only noise: an Arabic article's
    # names are matched to the English articles' entities later (compare/crosslang.py).
    mentions = {aid: [] if aid in arabic else find_mentions(doc, aid) for aid, doc in docs.items()}
    story = link_entities(mentions, {a.id: a.text for a in articles})
    story.entities.extend(headline_entities(articles, story, arabic))  # "… after DOJ says"
    return story


def _story_claims(articles: Sequence[Article], docs: dict[str, Any], entities: StoryEntities,
                  arabic: set[str]) -> list[Claim]:  # fmt: skip
    """Every article's claims, in article order; an Arabic article's by the cross-language
    path, its names matched to the story's entities."""
    index = name_index(entities) if arabic else {}
    return [c for a in articles for c in (
        arabic_claims(a, entities, index) if a.id in arabic
        else extract_claims(docs[a.id], a.id, entities.mentions))]  # fmt: skip


def _encode(model: Any, texts: list[str]) -> np.ndarray:
    """The embeddings of ``texts``; an empty matrix for none (the embedder is not called)."""
    return model.encode(texts) if texts else np.zeros((0, 1))


def _frame_articles(articles: Sequence[Article], docs: dict[str, Any],
                    spans: dict[str, list[QuoteSpan]], quotes: Sequence[Quote]
                    ) -> dict[str, dict[str, Any]]:  # fmt: skip
    """Each article's framing, by article id, with the speakers it quotes (most first)."""
    framing = {}
    for article in articles:
        frame = frame_doc(docs[article.id], quotes=spans[article.id]).as_dict()
        link_owners(frame, article.id, spans[article.id], quotes)  # "USOPC", not a piece
        frame["voices"] = dict(Counter(
            q.speaker for q in quotes if q.article_id == article.id and q.speaker
        ).most_common())  # fmt: skip
        framing[article.id] = frame
    return framing


def _probability(claims: list[Claim], vectors: np.ndarray, profiles: list[UnitProfile],
                 crossing: bool, docs: dict[str, Any], embedder: Any, mentions: Sequence[Any],
                 tfidf: np.ndarray | None = None
                 ) -> tuple[np.ndarray, np.ndarray, UnitReading | None, Any]:  # fmt: skip
    """Same-fact probability of every claim pair, with the links of the sentences' fact
    units (compare/units.py); in a story that crosses languages, the pairs with a
    non-English claim decided by the multilingual score
    (``compare.crosslang.cross_link_probability``). Also the probability of the whole
    sentences alone (what a summary line's citation rests on: a line is cited to an
    outlet that states all of it, not one of its clauses), the units read, and (across
    languages only) the cross-language pair scores (for compare/leftover_clause.py).

    The claims are embedded a second time with the multilingual embedder, which is
    loaded only for such a story: an English story never pays for it.
    """
    model = load_same_fact_model()
    minilm = _minilm(model, embedder, claims, vectors)
    probability, raw = same_fact_scores(claims, vectors, profiles, model,
                                        None if minilm is None else minilm[0], tfidf)
    units = None
    if claims:
        units = read_units(claims, docs, profiles, vectors, raw, probability, embedder.encode,
                           model, mentions, minilm=minilm)
    linked = units.linked() if units is not None else probability
    if not crossing or not claims:
        return linked, probability, units, None
    # imported here: the clusterer's cross-language module brings MinHash and SciPy,
    # which an English story never needs (session 30)
    from newsprism.cluster.crosslang import CROSS_EMBEDDER

    multilingual = get_embedder(CROSS_EMBEDDER).encode([c.text for c in claims])
    return (cross_link_probability(claims, linked, multilingual),
            cross_link_probability(claims, probability, multilingual), units,
            cross_pair_scores(claims, linked, multilingual))


def _align(articles: Sequence[Article], claims: list[Claim], vectors: np.ndarray,
           profiles: list[UnitProfile], arabic: bool, docs: dict[str, Any], model: Any,
           mentions: Sequence[Mention], tfidf: np.ndarray | None = None
           ) -> tuple[list[AlignedClaim], np.ndarray, np.ndarray]:  # fmt: skip
    """The story's facts, with the grouping probabilities and the whole sentences' own
    (:func:`_probability`; lead pairs joined when :data:`lead_pairs.LEAD_PAIRS` is on)."""
    probability, sentences, units, cross = _probability(claims, vectors, profiles, arabic,
                                                        docs, model, mentions, tfidf)
    probability, joined = _join_leads(articles, claims, profiles, vectors, probability, sentences)
    probability, joined = veto_occasions(articles, claims, docs, probability, joined)
    facts = align_claims(claims, vectors, profiles, probability=probability, units=units,
                         lead_links=joined)
    if cross is not None:  # a clause left over from a linked sentence (leftover_clause.py)
        facts = join_leftover_clauses(facts, claims, cross)
    return facts, probability, sentences


def _recheck_unique(articles: Sequence[Article], docs: dict[str, Any], claims: list[Claim],
                    profiles: list[UnitProfile], vectors: np.ndarray, probability: np.ndarray,
                    facts: list[AlignedClaim], tfidf: np.ndarray | None = None) -> None:
    """The unique facts another outlet may state become ``possibly_shared`` (in place):
    by the loose tests and the model (compare/unique.py), then a relayed outlet's own
    sentences on the relayed words (compare/relayed_unique.py, session 24); relays are
    marked last. ``tfidf``: the sentences' TF-IDF cosine (the same-fact features' own;
    None: computed here)."""
    lemmas = [p.lemmas for p in profiles]
    if tfidf is None:
        tfidf = tfidf_cosine([p.words for p in profiles])
    found, said = hedge_opposites(profiles)  # the hedge's opposites: compare/denial_hedge.py
    recheck_unique(facts, claims, lemmas, topical_closeness(profiles, vectors), probability,
                   found, prospect=prospect_pairs(profiles), tfidf=tfidf, said_opposite=said)
    relays = find_relays(articles, docs, claims)
    recheck_relayed(facts, claims, lemmas, relays, articles, docs, probability)
    mark_relays(facts, relays, articles)


def _join_leads(articles: Sequence[Article], claims: Sequence[Claim],
                profiles: Sequence[UnitProfile], vectors: np.ndarray, linked: np.ndarray,
                sentences: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The grouping probabilities with the lead pairs joined (compare/lead_pairs.py), and
    those pairs: a lead pair already linked (whole sentences, or through a unit) is not
    one of them. ``sentences``: the whole sentences' probabilities, the model's own."""
    threshold = load_same_fact_model().threshold
    pairs = [(i, j) for i, j in lead_pairs(articles, claims, profiles, vectors, sentences,
                                           threshold) if linked[i, j] < threshold]
    return (join_lead_pairs(linked, pairs, threshold) if pairs else linked), pairs


def _minilm(model: Any, embedder: Any, claims: Sequence[Claim], vectors: np.ndarray
            ) -> MiniLM | None:  # fmt: skip
    """The claims' MiniLM embeddings and the MiniLM encoder (for the fact units' texts)
    when the same-fact model reads ``minilm_cosine`` (the story's own vectors when it is
    embedded with MiniLM already); None, and no MiniLM run, for a model without the
    term."""
    if not claims or not model.reads(MINILM_COSINE):
        return None
    if embedder.name == MINILM_EMBEDDER:
        return vectors, embedder.encode
    minilm = get_embedder(MINILM_EMBEDDER)
    return minilm.encode([c.text for c in claims]), minilm.encode


def _minilm_encoder(embedder: Any) -> Callable[[list[str]], np.ndarray]:
    """The MiniLM encoder of the omission check's cosine (compare/stated.py, session
    25): the story's own embedder when it is MiniLM, else MiniLM loaded on first use
    (``stating`` encodes only when a fact's omission is still to be decided)."""
    if embedder.name == MINILM_EMBEDDER:
        return embedder.encode
    return lambda texts: get_embedder(MINILM_EMBEDDER).encode(texts)


# One article's sentence backs another's summary line when the same-fact model finds
# the two sentences directly the same fact more likely than not (P >= 0.5, stricter than
# the grouping threshold, which is set at 0.90 pair precision), never through a chain of
# a group. Compare gold: citations 230/236 at the grouping threshold (123 lines), 147/147
# at 0.5 (80 lines); 0.4 and 0.6 also 1.000 (docs/eval-compare.md).
SUMMARY_BACKING = 0.5
# False: no outlet is cited for holding a line's names and figures under the bar
# (compare/checkable.py, summary._held_by; session 29)
LEXICAL_BACKING = True
_REVERSAL = re.compile(r"\b(?:not|n't|never|no|cancel\w*|refus\w*|reject\w*|den(?:y|ied|ies)|"
                       r"halt\w*|suspend\w*|call\w* off|block\w*|postpone\w*)\b", re.IGNORECASE)


def _backing(claims: Sequence[Claim], probability: np.ndarray, threshold: float
             ) -> Callable[[Claim, Claim], bool]:  # fmt: skip
    """Whether one claim states what another says, pair by pair (not through a chain of
    a group): the summary cites an article for a line only when this holds."""
    row = {c.id: i for i, c in enumerate(claims)}

    def backs(a: Claim, b: Claim) -> bool:
        # "agreed to send a delegation" is not backed by "canceled the delegation's trip",
        # however close the words: a reversal or negation on one side only breaks it
        reversed_a, reversed_b = (bool(_REVERSAL.search(c.text)) for c in (a, b))
        return bool(probability[row[a.id], row[b.id]] >= threshold) and reversed_a == reversed_b

    return backs


def _holding(claims: Sequence[Claim], probability: np.ndarray
             ) -> Callable[[Claim, Claim], bool]:  # fmt: skip
    """Whether, under the citation bar, one claim holds every name, figure, date and
    event clause of another (session 29, r195: CNN's 943,000 / 5.4 % beside Fox's line at
    0.48): the summary adds the article to a line's citations, never picks a line by it
    (``summarize(holds=…)``, ``summary._held_by``)."""
    row = {c.id: i for i, c in enumerate(claims)}

    def holds(a: Claim, b: Claim) -> bool:
        reversed_a, reversed_b = (bool(_REVERSAL.search(c.text)) for c in (a, b))
        return (LEXICAL_BACKING and reversed_a == reversed_b
                and bool(probability[row[a.id], row[b.id]] >= SURE_PROBABILITY)
                and holds_all(a.text, b.text))

    return holds


def _same_surname(entity: Any, speaker: str) -> bool:
    """A person entity and a speaker's name end in the same word (or the entity is no
    person, whose name the check cannot read)."""
    if entity.type != "PERSON":
        return True
    return entity.name.split()[-1].lower() == speaker.split()[-1].lower()


def resolve_quotes(spans: dict[str, list[QuoteSpan]], entities: StoryEntities) -> list[Quote]:
    """Quotes of every article, each speaker resolved to a story entity."""
    by_id = entities.by_id()
    quotes: list[Quote] = []
    for article_id, found in spans.items():
        ids = {(span.start, span.end): f"{article_id}:q{n}" for n, span in enumerate(found, 1)}
        for n, span in enumerate(found, start=1):
            entity_id = None
            if span.speaker_start is not None and span.speaker_start >= 0:
                entity_id = entities.entity_at(article_id, span.speaker_start, span.speaker_end)
            if entity_id and span.speaker and not _same_surname(by_id[entity_id], span.speaker):
                # 'William "Mo" Cowan' overlaps the tagger's PERSON "William" alone: a
                # person of another surname is not the speaker, the name decides
                entity_id = None
            # an unnamed source ("a spokesman for Harry Reid") is not the person it
            # speaks for: only a name is looked up among the story's entities
            if entity_id is None and span.speaker and span.resolved != "description":
                entity_id = entities.entity_named(span.speaker, article_id)
            speaker = by_id[entity_id].name if entity_id else span.speaker
            quotes.append(Quote(
                id=f"{article_id}:q{n}", article_id=article_id, text=span.text, kind=span.kind,
                speaker=speaker, speaker_entity_id=entity_id, cue=span.cue,
                sentence_index=span.sentence_index, start=span.start, end=span.end,
                within=ids.get(span.within) if span.within else None,
                speaker_as_written=span.speaker_surface, speaker_resolved=span.resolved,
            ))  # fmt: skip
    return quotes


def quotation_spans(quotes: Sequence[Quote]) -> list[tuple[str, int, int, str | None]]:
    """The direct quotes (not one inside another) as (article id, start, end, speaker
    entity id), any speaker however found, for ``quote_words_differ``: the extractor
    joins a quote's next sentences and paragraphs that the sentence splitter leaves
    without marks."""
    return [(q.article_id, q.start, q.end, q.speaker_entity_id) for q in quotes
            if q.kind == "direct" and q.within is None]  # fmt: skip


# How a speaker was found that the same-fact speaker veto trusts: a name, a title that
# names one person ("the spokesman" after "spokesman Jay Carney"), an office. A pronoun
# is left out: resolved by recency, it may be the wrong one, and a wrong veto splits a fact.
TRUSTED_SPEAKERS = frozenset({"name", "role", "organisation"})


def quoted_speakers(spans: dict[str, list[QuoteSpan]], quotes: Sequence[Quote]
                    ) -> list[QuotedSpeaker]:  # fmt: skip
    """The quotations (direct quotes) whose speaker is a story entity found by a trusted
    way (:data:`TRUSTED_SPEAKERS`), for the same-fact speaker veto: one outlet's quote of
    Dick Cheney and another's of Mary Cheney are two facts, however alike the words.
    Reported speech is left out: "According to the Times, Mary Cheney … took to Facebook"
    cites a source for a fact that another outlet states in its own words; so is a
    statement quoted inside another quote (the sentence is the outer speaker's).

    ``quotes`` are :func:`resolve_quotes` of ``spans``, in the same order.
    """
    flat = [span for found in spans.values() for span in found]
    return [QuotedSpeaker(q.article_id, q.start, q.end, q.speaker_entity_id)
            for span, q in zip(flat, quotes, strict=True)
            if q.kind == "direct" and q.speaker_entity_id and span.within is None
            and span.resolved in TRUSTED_SPEAKERS]  # fmt: skip


def omissions(articles: Sequence[Article], facts: Sequence[AlignedClaim],
              states: Callable[[str, AlignedClaim], bool] | None = None,
              ) -> dict[str, list]:  # fmt: skip
    """For each article, the story's corroborated facts it leaves out.

    A fact counts as the story's when at least two articles report it, or, in a story of
    two, when the other article reports it (there is nothing else to corroborate it).
    ``states(article_id, fact)``: whether a sentence of the article plausibly states
    one of the fact's (``compare.stated.stating``: since session 22 at a lower bar than
    grouping's, or a rare quoted run both print). No fact is an omission of such an article:
    grouping may leave its own sentence of the fact in another fact (Perry's "I'll end
    Obama's war on religion", quoted by all three outlets, grouped through a part; one
    event split into two groups, each with the third outlet said to leave it out). Until
    session 18 only partly shared facts were checked; on 70 stories in no gold the check
    on every fact removed 73 omissions, and of the 77 removals read 62 were false
    "leaves out" lines and 15 true ones lost (docs/compare.md, "Omissions (decision)").
    """
    result: dict[str, list[dict[str, Any]]] = {}
    need = 1 if len(articles) == 2 else 2
    # the rest of a partly shared sentence is a fact of its own, not a conflict's side
    counts = Counter(c.id for fact in facts if not fact.partly_shared_in for c in fact.claims)
    # what does not depend on the article, read once per fact (session 29; it was asked
    # for every article and fact, 51,750 times at 50 articles): its articles, whether it
    # is a conflict of its own, and the articles of its near sentences
    read = [(fact, set(fact.article_ids), all(counts[c.id] > 1 for c in fact.claims),
             {n["article_id"] for n in fact.near}) for fact in facts]  # fmt: skip
    for article in articles:
        missing = []
        for fact, ids, own_conflict, near in read:
            if article.id in ids or len(ids) < need:
                continue
            if own_conflict:
                continue  # a conflict of its own: its sides are facts already listed
            if article.id in near:
                continue  # possibly_shared: this article may state it (its near sentence)
            if states is not None and states(article.id, fact):
                continue  # its own sentence of the fact is in another fact
            part = fact.shared_parts.get(fact.claims[0].id) if fact.status == PARTLY else None
            missing.append({"claim_id": fact.id, "status": fact.status,
                            "article_ids": fact.article_ids,
                            "text": fact.claims[0].text,
                            **({"partly_shared_in": fact.partly_shared_refs()}
                               if fact.partly_shared_in else {}),
                            **({"shared_part": part} if part else {})})  # fmt: skip
        result[article.id] = missing
    return result

"""A quote speaker written as an epithet, resolved with what the other articles say.

Within one article the quote extractor resolves "the spokesman" by recency and titles
(extract/quotes/); what it cannot know is what the other articles of the same story
call each person. "the former Alaska governor said" stays unresolved in one article
while another writes "former Alaska Gov. Sarah Palin". Here such a speaker becomes the
one PERSON entity of the story whose phrases (the noun phrase around each of its
mentions, with its title and apposition: compare/labels.py ``mention_phrase``), in any
article, hold every content word of the epithet (its head and modifiers: governor,
Alaska, former).

Precision first (a quote given to the wrong person costs more than a missing one), so
only when:

- the speaker is unresolved or shown as a description, and is written as a definite
  phrase ("the …") whose head is a singular common noun;
- exactly one person of the story matches;
- the quote's own article gives no other person the epithet's head noun (an article
  naming two governors leaves "the governor" to the reader);
- the person's phrases in that article carry no word that puts the role in the past or
  the future ("former", "ex-", "late", "then", "outgoing", "incoming", "future", …)
  unless the epithet has it too: "the president" is not "former president Jacob Zuma"
  (session-27 reader, NeuS raw row 251: Ramaphosa's words given to Zuma).

Otherwise the quote is unchanged. A speaker found this way is marked
``speaker_resolved = "epithet"`` (docs/json-schema.md).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from newsprism.compare.epithet_labels import party_state, party_state_match, state_chief
from newsprism.compare.labels import mention_phrase
from newsprism.extract.entities import StoryEntities
from newsprism.extract.quotes.extractor import QuoteSpan
from newsprism.models import Mention, Quote

EPITHET = "epithet"
_OPEN = frozenset({"none", "description"})
_SKIP_DEPS = frozenset({"det", "case", "punct"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "NUM", "VERB"})
# a title written short in one article and in full in another
_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative",
                  "sec.": "secretary", "gen.": "general", "lt.": "lieutenant",
                  "atty.": "attorney", "u.s.": "us", "u.s": "us", "pres.": "president"}  # fmt: skip
MAX_EPITHET_TOKENS = 8
_NAME_WORD = re.compile(r"[\w’'.-]+")
# words that put a role in the past or the future: who held it, or will
_NOT_NOW = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "future",
                      "onetime", "one-time", "erstwhile", "would-be", "previous",
                      "past"})


def _word(token: object) -> str:
    """A token folded for matching: its lemma in lower case, a short title in full."""
    text = str(token.text).lower()  # type: ignore[attr-defined]
    return _ABBREVIATIONS.get(text, str(token.lemma_).lower())  # type: ignore[attr-defined]


def epithet_words(phrase: Span) -> tuple[str, frozenset[str]] | None:
    """The head noun and every content word of a definite role phrase ("the former
    Alaska governor": governor; {former, alaska, governor}), or None when the phrase is
    no such epithet: not "the …", a plural (a group), a name, a pronoun, or too long to
    be one noun phrase."""
    tokens = [t for t in phrase if not t.is_space]
    if not tokens or tokens[0].lower_ != "the" or len(tokens) > MAX_EPITHET_TOKENS:
        return None
    head = _last_noun_head(tokens) or phrase.root
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    owner = _common_possessor(tokens)
    words = frozenset(_word(t) for t in tokens
                      if t.dep_ not in _SKIP_DEPS and t.pos_ in _CONTENT_POS
                      and not t.is_punct and t.i not in owner)  # fmt: skip
    return _word(head), words


def _last_noun_head(tokens: list[Token]) -> Token | None:
    """The head of a description written as modifiers before a noun: its last noun,
    when nothing follows it and no preposition or verb stands inside ("the nation's top
    infectious diseases expert": expert). The parse may make an earlier noun the head
    ("diseases", a plural, with "expert" beside it; Politico, NeuS raw row 210, session
    26), which reads the description as a group. With a preposition ("the head of the
    department") the last noun is not the head: None, the parse's root stands."""
    last = tokens[-1]
    if last.pos_ != "NOUN" or any(t.pos_ in {"ADP", "VERB", "AUX", "CCONJ"} for t in tokens):
        return None
    return last


def _common_possessor(tokens: list[Token]) -> set[int]:
    """The tokens of a common-noun possessor in the epithet: "the country's" of
    "the country's interim prime minister" points back to a place the story names, and
    no outlet writes it in the person's title ("Interim Prime Minister Claude Joseph"),
    so it is not one of the words to find (session-20 reader: one person shown as two
    voices). A named possessor ("Israel's defense minister") stays a word."""
    inside = {t.i for t in tokens}
    return {t.i for c in tokens if c.dep_ == "poss" and c.pos_ == "NOUN"
            for t in c.subtree if t.i in inside}  # fmt: skip


class PersonWords:
    """One person's words in one article: every word of the phrases around its mentions
    but its name (``words``), and the nouns that head a description of it (``heads``:
    a title before the name, "Gov." of "former Alaska Gov. Sarah Palin", or the noun it
    is set beside, "The developer, Sharif el-Gamal"). "campaign" in "Obama campaign
    manager Jim Messina" is a word of his phrase but not its head: he is no campaign."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.heads: set[str] = set()


def _phrase_words(doc: Doc, m: Mention, names: set[str], into: PersonWords) -> None:
    """Add the words of the phrase around mention ``m`` that are not the name."""
    offsets = mention_phrase(doc, m.start, m.end)
    span = doc.char_span(*offsets, alignment_mode="expand") if offsets else None
    name = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or name is None:
        return
    inside = {t.i for t in name}
    for t in span:
        if t.i in inside or t.pos_ not in _CONTENT_POS or t.lower_ in names:
            continue  # the name, and "the", "of", "'s": no description
        word = _word(t)
        into.words.add(word)
        beside = name.root.dep_ == "appos" and t.i == name.root.head.i  # "The developer, X"
        if t.pos_ in ("NOUN", "PROPN") and (t.head.i in inside or beside):
            into.heads.add(word)


def person_words(
    docs: Mapping[str, Doc], entities: StoryEntities
) -> dict[str, dict[str, PersonWords]]:
    """For each PERSON entity, per article, the words of the noun phrases around its
    mentions (titles and appositions included; a title standing alone, a ROLE mention
    linked by recency, is left out: it is a guess)."""
    by_id = entities.by_id()
    names: dict[str, set[str]] = defaultdict(set)
    for m in entities.mentions:
        if m.entity_id and m.label != "ROLE":
            names[m.entity_id].update(w.lower() for w in _NAME_WORD.findall(m.text))
    found: dict[str, dict[str, PersonWords]] = defaultdict(lambda: defaultdict(PersonWords))
    for m in entities.mentions:
        entity = by_id.get(m.entity_id or "")
        if entity is None or entity.type != "PERSON" or m.label == "ROLE":
            continue
        if m.article_id in docs:
            _phrase_words(docs[m.article_id], m, names[entity.id],
                          found[entity.id][m.article_id])  # fmt: skip
    return found


def _fits(head: str, words: frozenset[str], person: PersonWords) -> bool:
    """Whether one article's phrases of a person hold every word of the epithet, its
    head as a head, and no word putting that role in the past or future that the
    epithet lacks ("the president" does not fit "former president Jacob Zuma")."""
    return words <= person.words and head in person.heads and not (
        (person.words & _NOT_NOW) - words)


def _match(article_id: str, head: str, words: frozenset[str],
           persons: Mapping[str, Mapping[str, PersonWords]]) -> str | None:  # fmt: skip
    """The one person whose phrases in one article hold every word, the epithet's head
    as a head, when no other person of the quote's article is given the head noun
    (anywhere in a phrase) without being denied by the epithet's other words; else None.

    A rival is denied when the story never gives it one of the epithet's modifiers:
    "radio host Rush Limbaugh" in the quote's article does not leave "the Fox News host"
    open when only Glenn Beck is ever called a Fox News host; "the governor" alone, in
    an article naming two governors, stays the reader's to decide."""
    matched = [pid for pid, per in persons.items()
               if any(_fits(head, words, p) for p in per.values())]
    if len(matched) != 1:
        return None
    modifiers = words - {head}
    rivals = [pid for pid, per in persons.items() if pid != matched[0]
              and article_id in per and head in per[article_id].words
              and modifiers <= set().union(*(p.words for p in per.values()))]  # fmt: skip
    return None if rivals else matched[0]


def resolve_epithets(
    spans: Mapping[str, Sequence[QuoteSpan]],
    quotes: Sequence[Quote],
    docs: Mapping[str, Doc],
    entities: StoryEntities,
) -> int:
    """Give each quote whose speaker is an epithet the one person of the story it fits
    (module docstring), in place. ``quotes`` are ``resolve_quotes`` of ``spans``, in the
    same order. Returns how many were resolved."""
    flat = [span for found in spans.values() for span in found]
    persons: dict[str, dict[str, PersonWords]] | None = None
    by_id = entities.by_id()
    changed = 0
    for span, quote in zip(flat, quotes, strict=True):
        if quote.speaker_entity_id or span.resolved not in _OPEN:
            continue
        if span.surface_start is None or span.surface_end is None:
            continue
        doc = docs[quote.article_id]
        phrase = doc.char_span(span.surface_start, span.surface_end, alignment_mode="expand")
        if phrase is None:
            continue
        parsed = state_chief(phrase) or epithet_words(phrase)  # "the … State's chief executive"
        labelled = party_state(phrase)  # "the New York Democrat" (epithet_labels.py)
        if parsed is None and labelled is None:
            continue
        if labelled is not None:
            entity_id = party_state_match(*labelled, docs, entities)
        else:
            persons = persons if persons is not None else person_words(docs, entities)
            entity_id = _match(quote.article_id, *parsed, persons)
        if entity_id is None:
            continue
        quote.speaker, quote.speaker_entity_id = by_id[entity_id].name, entity_id
        quote.speaker_resolved = EPITHET
        quote.speaker_as_written = quote.speaker_as_written or phrase.text
        changed += 1
    return changed

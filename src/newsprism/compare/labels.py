"""Which words each outlet chooses for the same referent, and who is heard where.

Framing per article (``extract/framing``) says which loaded words an article uses; this
module sets the outlets side by side, the comparison no single article shows:

- **Entities**: for each entity of the story (merged by ``extract/entities.py``), the
  noun phrase around each of its mentions in each article, "liberal billionaire George
  Soros" against "George Soros", "the Israeli occupation's security minister Yoav
  Gallant" against "Israeli Defense Minister Yoav Gallant". A phrase that carries a
  lexicon term comes with the neutral alternative.
- **Terms**: for each lexicon term an article uses, how often every article uses the
  term and how often its neutral alternative ("captives" ×3 against "hostages" ×2).
- **Voices**: whom each article quotes, against the other articles (who is heard on
  one side only).

The noun phrase of a mention is the mention with the modifiers to its left in the
parse (determiner, adjectives, compounds, a possessive: "the Republican governor",
"Israel's security minister"), or, when the mention is an apposition, the noun it is
set beside ("the Palestinian Resistance movement, Hamas").

What is not a label for the referent stays out (docs/framing.md, "Label choice"): a
group (spaCy's NORP: "Republicans", "Jewish") names no one referent; a mention that
modifies another noun ("the Obama administration", "GOP chairman") is part of another
referent's phrase; a name or a figure set beside a mention is a list, a dateline or a
poll ("Microsoft, Yahoo", "WASHINGTON -- President Barack Obama", "Romney, 49 percent
to 44 percent"); and the letters of an abbreviation are the name, not a description
("the R.N.C.").

Whose word (session 21): a phrase inside a quotation is the speaker's and is marked
``quoted``; a term-row cell says whether the outlet ``speaks`` of the referent at all,
and which neutral forms it only quotes (``neutral_quoted``). Where the parse splits a
title ("former South Bend, Indiana, Mayor …", "Israeli occupation Prime Minister …"),
``compare/label_span.py`` puts it back together; where a title stands between a
described noun and the name, or the parse makes the title the name's head ("top U.S.
infectious disease expert Dr. Anthony Fauci", "Iraqi Prime Minister Mustafa
Al-Kadhimi"), ``compare/labels_title.py`` (session 26).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsprism.compare.label_complement import object_complement
from newsprism.compare.label_span import (
    bracketed_alias,
    glued_term_start,
    in_place_insert,
    past_region_words,
    place_insert,
)
from newsprism.compare.labels_title import LIST_OPENERS, title_head_start, title_start
from newsprism.compare.labels_unnamed import unnamed_elsewhere
from newsprism.compare.labels_voices import (
    first_mentions,
    heard_elsewhere,
    named_elsewhere,
    spoken_for,
    titled_elsewhere,
)
from newsprism.compare.predicate_labels import is_predicate_nominal
from newsprism.extract.entities import StoryEntities, fold
from newsprism.extract.framing.lexicon import Lexicon, load_lexicon
from newsprism.extract.framing.quoting import QuoteIndex, quotations
from newsprism.extract.nlp import doc_text
from newsprism.extract.quotes.relative_host import past_relative_word
from newsprism.models import Article, Quote

LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "case", "npadvmod",
                       "quantmod", "advmod", "punct", "flat", "prep", "pobj"})  # fmt: skip
# NORP ("Republicans", "Jewish", "American") is a group or an adjective: no one referent,
# and the noun it modifies changes from mention to mention
LABEL_TYPES = frozenset({"PERSON", "ORG", "GPE"})
PLACES = frozenset({"GPE", "LOC"})  # "Rafah, Gaza" locates a place; it does not label it
# an entity of these types set beside a mention is a figure, not a description of it
FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL", "DATE", "TIME", "ORDINAL"})
MODIFIER_DEPS = frozenset({"compound", "nmod"})  # "the Obama administration", "GOP chairman"
MAX_PHRASE_TOKENS = 12
MAX_LABELS = 6  # phrases shown per entity and article
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
# a relative pronoun the parse hangs on the name as a determiner ("policies that
# candidate Biden decried"): it opens a clause and is never a label word (session 21)
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_ADVICE = frozenset({"describe", "attribute", "name", "according", "use", "say"})
# a dotted abbreviation ("R.N.C.", "U.S.") is one word, not one word per letter
_WORD = re.compile(r"(?:\w+-)?(?:\w\.){2,}|[\w’'-]+")  # "R-S.C." is one word too


def _left_start(root: Token) -> int:
    """The first token of the modifiers to the left of ``root`` (its noun phrase). A
    coordinated modifier is a list's earlier item ("Duke University and Northeastern
    University School of Law"), where the phrase stops."""
    start = root.i
    for child in reversed(list(root.lefts)):
        if child.dep_ not in LEFT_DEPS or child.pos_ in {"VERB", "AUX"}:
            break
        if any(c.dep_ in {"cc", "conj"} for c in child.children):
            break
        if child.dep_ == "punct" and child.text not in {"-", "’s", "'s"}:
            break
        start = min(start, child.left_edge.i)
    start = past_relative_word(root, max(start, root.i - MAX_PHRASE_TOKENS))  # "at which"
    start = _after_adverbs(root, max(start, _after_other_phrase(root, start)))
    while start < root.i and (root.doc[start].tag_ in _RELATIVE_TAGS
                              or root.doc[start].lower_ in LIST_OPENERS):  # fmt: skip
        # "policies that candidate Biden decried": "that" opens the clause; "to both
        # Gupta and his audience": "both" opens a list (Daily Beast, NeuS raw row 10)
        start += 1
    return start


def _after_adverbs(root: Token, start: int) -> int:
    """Past the adverbs that open the phrase: "especially President Trump", "Only GOP
    Sen. Josh Hawley" (session 19 and 20 readers) focus the name in the sentence; they
    are not the outlet's words for the person. "then-Gov. Mike Pence" keeps "then":
    joined by a hyphen, it dates the title."""
    doc = root.doc
    while start < root.i and doc[start].pos_ == "ADV" and doc[start + 1].text != "-":
        start += 1
    return start


# the dependents that open a clause or a clause's argument: inside the modifiers to a
# name's left they are another phrase the parse hung on it ("\"statements\" made by the
# pair — Reps. Jim Banks")
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "nsubj", "nsubjpass",
                          "dobj", "agent", "mark"})  # fmt: skip
_DASHES = frozenset({"—", "–", "--", ":", ";"})


def _after_other_phrase(root: Token, start: int) -> int:
    """Where the phrase of ``root`` starts once what belongs to another phrase is left
    out: a clause or its subject or object, with all it holds, or a dash ("Citing
    \"statements\" made by the pair — Reps. Jim Banks": the name's phrase is "Reps. Jim
    Banks"); a count and the plural noun it counts ("two of the five Republicans House
    Minority Leader Kevin McCarthy had tapped": the five are other people, so the
    phrase is "House Minority Leader Kevin McCarthy"). A number joined by a hyphen
    ("five-term") describes."""
    doc = root.doc
    for token in doc[start : root.i]:
        if token.dep_ in _CLAUSE_DEPS:
            start = max(start, min(token.right_edge.i, root.i - 1) + 1)
        elif token.text in _DASHES:
            start = max(start, token.i + 1)
    if root.tag_ not in ("NNP", "NN"):
        return start  # a plural root is the group counted ("the two Koch brothers")
    for token in doc[start : root.i]:
        if not (token.like_num and token.ent_type_ in ("", "CARDINAL")) or \
                doc[token.i + 1].text == "-" or token.lower_ in ("one", "1"):  # fmt: skip
            continue
        counted = [t for t in doc[token.i + 1 : min(token.i + 4, root.i)]
                   if t.tag_ in ("NNS", "NNPS")]  # fmt: skip
        if counted:
            start = max(start, counted[0].i + 1)
    return start


def _another_referent(token: Token) -> bool:
    """``token`` names something else or is a figure: a proper noun inside a named entity
    other than a group ("Microsoft" in "Microsoft, Yahoo"; "Obama" in "WASHINGTON --
    President Barack Obama"), or a number, a percentage, a date ("Romney, 49 percent to
    44 percent"). A common noun inside an entity ("the Palestinian Resistance movement")
    is a description."""
    if token.ent_type_ in FIGURES or token.like_num:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in {"", "NORP"}


def _set_beside(root: Token, first: int) -> bool:
    """The mention is an apposition to a noun before it: "the … movement, Hamas" (the
    small parser also labels this ``npadvmod``). Not when that noun names another
    referent (a list: "Microsoft, Yahoo"), nor across a verb or a long stretch ("the
    subpoenas, issued by prosecutors in the office of …, Paul J. Fishman"). Without a
    comma only a common noun right before the name, which the parse sets beside it:
    "the US State Department spokesperson Matthew Miller" (session 21)."""
    head = root.head
    after_comma = first > 0 and root.doc[first - 1].text == ","
    close = root.dep_ == "appos" and head.i == first - 1 and head.pos_ == "NOUN"
    if not (head.i < root.i and head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ not in PLACES
            and root.dep_ in {"appos", "npadvmod"} and (after_comma or close)):  # fmt: skip
        return False
    between = root.doc[head.i + 1 : first]
    return (not _another_referent(head) and len(between) <= MAX_PHRASE_TOKENS
            and not any(t.pos_ in {"VERB", "AUX"} for t in between))  # fmt: skip


def _modifies_another(span: Span) -> bool:
    """The mention is a modifier inside another noun's phrase ("the Obama
    administration", "GOP chairman", "RNC members"): that phrase is about the other
    noun's referent, so it is not a label for this one."""
    root = span.root
    head = root.head
    return (root.dep_ in MODIFIER_DEPS and not span.start <= head.i < span.end
            and head.pos_ in {"NOUN", "PROPN"})  # fmt: skip


def _close_bracket(doc: Doc, last: int) -> int:
    """One token past a closing bracket that the phrase ``doc[:last]`` left open
    ("Chris Christie (R)"), else ``last``."""
    if last < len(doc) and doc[last].text == ")":
        before = [t.text for t in doc[max(0, last - MAX_PHRASE_TOKENS) : last]]
        if before.count("(") > before.count(")"):
            return last + 1
    return last


def mention_phrase(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets of the noun phrase around the mention ``[start, end)``; None
    when the mention only modifies another noun (:func:`_modifies_another`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or _modifies_another(span) or in_place_insert(span):
        return None
    root = span.root
    if _set_beside(root, title_start(span)):  # "the … movement, Hamas"; "expert Dr. X"
        head = root.head
        first = doc[_left_start(head)]
        return first.idx, span.end_char
    first = doc[min(_left_start(root), span.start, title_head_start(span, _left_start))]
    insert = place_insert(doc, first.i)  # "former South Bend, Indiana, Mayor …"
    first = doc[first.i if insert is None else insert]
    if root.ent_type_ in PLACES:  # "central North Korea" names North Korea, no label
        first = doc[past_region_words(doc, first.i, span.start)]
    last = max(span.end, root.i + 1)
    # the first apposition only: after a name set beside ("Tom Brady, George Clooney, …,
    # the president") a later one is a list's item, not a description
    appos = [c for c in root.rights if c.dep_ == "appos"][:1]
    # a pronoun set beside the name ("President Biden himself") stresses it: no label; a
    # naming verb's complement is the object's ("designates Juneteenth, …, a holiday")
    appos = [c for c in appos if c.ent_type_ not in PLACES and not _another_referent(c)
             and c.pos_ != "PRON" and not _after_coordination(root, c)
             and not _holds_others(root, c)
             and not object_complement(root, c)]  # fmt: skip
    if appos and appos[0].right_edge.i - root.i <= MAX_PHRASE_TOKENS:  # "Gallant, Israel's …"
        last = _close_bracket(doc, appos[0].right_edge.i + 1)
    end = doc[last - 1].idx + len(doc[last - 1])
    if _cuts_word(doc_text(doc), end):  # "Barrack and his co-" of "co-defendants"
        end = max(span.end_char, root.idx + len(root))
    return first.idx, end


def _after_coordination(root: Token, appos: Token) -> bool:
    """An apposition after an "and" or "or" of the mention belongs to the list's later
    item, not to the mention: "Barrack and his co-defendants" (the parse set "-" and
    "defendants" beside Barrack)."""
    return any(c.dep_ in ("cc", "conj") and root.i < c.i < appos.i for c in root.children)


# an apposition headed by a quantifier counts other people: "Trump, several of his
# associates and …" (NeuS raw row 147, session 25)
_QUANTIFIERS = frozenset({"several", "some", "many", "most", "few", "others", "both", "all"})


def _holds_others(root: Token, appos: Token) -> bool:
    """The apposition is a list of other people, not a description of the mention: a
    quantifier at its head ("Trump, several of his associates and extremist group
    leaders") or a plural noun beside a singular name ("Trump, his allies and …"). A
    label is the noun phrase of the mention only. A coordination inside a description
    stays ("Burns, a former diplomat and deputy secretary of state")."""
    return appos.lower_ in _QUANTIFIERS or \
        (root.tag_ == "NNP" and appos.tag_ in ("NNS", "NNPS"))  # fmt: skip


def _cuts_word(text: str, end: int) -> bool:
    """A phrase ending at ``end`` stops inside a word ("co-|defendants", "Barr|ack")."""
    return 0 < end < len(text) and text[end].isalnum() and \
        (text[end - 1].isalnum() or text[end - 1] == "-")  # fmt: skip


def _descriptors(phrase: str, aliases: Sequence[str]) -> list[str]:
    """The words of a phrase that are not the entity's name: its description. A name's
    initials are its name too ("R.N.C." for the Republican National Committee)."""
    name_words = {w for a in aliases for w in fold(a).split()}
    name_words |= {_initials(a) for a in aliases if len(a.split()) > 1}
    words = [w for w in _WORD.findall(phrase)]
    kept = [w for w in words if fold(w) not in name_words and w.lower() not in _DETERMINERS
            and w not in {"’s", "'s", "-"}]  # fmt: skip
    return [w.removesuffix("’s").removesuffix("'s") for w in kept]


def _initials(name: str) -> str:
    """The folded initials of a name's capitalised words: "rnc"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def _term_notes(start: int, end: int, frame: Mapping[str, Any]) -> list[dict[str, str]]:
    """Lexicon terms used inside ``[start, end)``, each with its neutral alternative."""
    notes = []
    for term in frame.get("terms") or []:
        if any(start <= s["start"] and s["end"] <= end for s in term.get("spans") or []):
            notes.append({"term": term["term"], "neutral": term.get("neutral") or ""})
    return notes


def entity_labels(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    entities: StoryEntities,
    framing: Mapping[str, Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """Per entity named by two articles or more: each article's phrases for it. An
    entity that no article describes (only ever its bare name), or that only one
    article names in a phrase of its own (its other mentions modify other nouns), is
    left out. A given name standing alone joins the one person of the story whose name
    it opens (:func:`_given_name_owner`)."""
    names: dict[str, set[str]] = defaultdict(set)  # name forms; titles standing alone left out
    for m in entities.mentions:
        if m.entity_id and m.label != "ROLE":
            names[m.entity_id].add(m.text)
    owners = _given_name_owner(entities)
    for given, owner in owners.items():
        names[owner] |= names[given]  # "Hunter" is Hunter Biden's name, not a description
    phrases = _entity_phrases(articles, docs, entities, framing, owners)
    rows = []
    for entity in entities.entities:
        if entity.id not in phrases:
            continue
        aliases = sorted(names[entity.id])
        outlets = {}
        for article in articles:
            spans = phrases[entity.id].get(article.id)
            if spans:
                outlets[article.id] = _article_labels(article, spans, aliases,
                                                      framing.get(article.id) or {})  # fmt: skip
        described = any(label["descriptors"] for labels in outlets.values() for label in labels)
        if described and len(outlets) >= 2:  # a choice needs two outlets naming it
            rows.append({"entity_id": entity.id, "name": entity.name, "type": entity.type,
                         "outlets": outlets})  # fmt: skip
    return rows


def _entity_phrases(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    entities: StoryEntities,
    framing: Mapping[str, Mapping[str, Any]],
    owners: Mapping[str, str],
) -> dict[str, dict[str, Counter[tuple[int, int, bool]]]]:
    """The phrase around every mention of a labelled entity, per entity (a given name
    under its ``owners`` person) and article, as (start, end, quoted): a phrase inside
    a quotation is the speaker's words, not the outlet's, and is marked."""
    by_id = entities.by_id()
    texts = {a.id: a.text for a in articles}
    index = {a.id: QuoteIndex(quotations(a.text)) for a in articles}
    phrases: dict[str, dict[str, Counter[tuple[int, int, bool]]]] = {}
    named_in: dict[str, set[str]] = defaultdict(set)  # a given name counts for its owner
    for entity in entities.entities:
        named_in[owners.get(entity.id, entity.id)] |= set(entity.mentions)
    spans_of: dict[tuple[str, str | None], list[tuple[int, int]]] = defaultdict(list)
    for m in entities.mentions:
        spans_of[(m.article_id, m.entity_id)].append((m.start, m.end))
    for m in entities.mentions:
        entity = by_id.get(m.entity_id or "")
        if entity is None or entity.type not in LABEL_TYPES or \
                len(named_in[owners.get(entity.id, entity.id)]) < 2:  # fmt: skip
            continue
        if m.article_id in texts and bracketed_alias(texts[m.article_id], m.start, m.end,
                                                     spans_of[(m.article_id, m.entity_id)]):
            continue  # "… Climate Change (IPCC)": the name's acronym, no label of its own
        found = mention_phrase(docs[m.article_id], m.start, m.end)
        if found is None or m.article_id not in texts or \
                is_predicate_nominal(docs[m.article_id], m.start, m.end):  # fmt: skip
            continue
        start = glued_term_start(texts[m.article_id], found[0], framing.get(m.article_id) or {})
        quoted = index[m.article_id].inside(start, found[1])
        per = phrases.setdefault(owners.get(entity.id, entity.id), {})
        per.setdefault(m.article_id, Counter())[(start, found[1], quoted)] += 1
    return phrases


def _given_name_owner(entities: StoryEntities) -> dict[str, str]:
    """A person named by a given name alone ("Hunter") -> the one other person of the
    story whose name opens with it ("Hunter Biden"); none when two do or none does.
    Within an article the entity linker joins them; across articles, where one outlet
    writes only "Joe Biden's son, Hunter", it does not, and the label row split."""
    persons = [e for e in entities.entities if e.type == "PERSON"]
    owners = {}
    for entity in persons:
        if len(entity.name.split()) != 1:
            continue
        given = fold(entity.name)
        fuller = [e for e in persons if e.id != entity.id and len(e.name.split()) > 1
                  and fold(e.name).split()[0] == given]  # fmt: skip
        if len(fuller) == 1:
            owners[entity.id] = fuller[0].id
    return owners


def _article_labels(
    article: Article,
    spans: Counter[tuple[int, int, bool]],
    aliases: Sequence[str],
    frame: Mapping[str, Any],
) -> list[dict[str, Any]]:
    """One article's distinct phrases for an entity; described ones in the outlet's own
    voice first, a quotation's (``quoted``: the speaker's word) after them."""
    grouped: dict[tuple[str, bool], dict[str, Any]] = {}
    for (start, end, quoted), n in sorted(spans.items()):
        text = " ".join(article.text[start:end].split())
        entry = grouped.setdefault((fold(text), quoted), {
            "text": text, "count": 0, "spans": [], "descriptors": _descriptors(text, aliases),
            "terms": [], "quoted": quoted})  # fmt: skip
        entry["count"] += n
        entry["spans"].append({"start": start, "end": end})
        for note in _term_notes(start, end, frame):
            if note not in entry["terms"]:
                entry["terms"].append(note)
    labels = sorted(grouped.values(), key=lambda e: (e["quoted"], not e["descriptors"],
                                                     -e["count"], e["text"]))  # fmt: skip
    described = [e for e in labels if e["descriptors"]]
    return (described or labels)[:MAX_LABELS]


def term_choices(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    framing: Mapping[str, Mapping[str, Any]],
    lexicon: Lexicon | None = None,
) -> list[dict[str, Any]]:
    """For each lexicon term the story uses: every article's uses of it and of its
    neutral alternative ("captives" against "hostages").

    ``own`` is the outlet's own voice (the framing's ``count``); a source's uses
    inside quotations are the source's word and go to ``quoted``, shown apart (Fox
    quoting McCarthy's "There won't be amnesty" is not Fox calling it amnesty).
    ``loaded`` is the two together, as it was before ``own`` existed (a JSON field
    keeps its meaning: docs/json-schema.md). A
    neutral form inside a use of the loaded term is part of it ("called" in
    "so-called") and is not counted as the neutral choice."""
    lexicon = lexicon or load_lexicon()
    entries = {e.term: e for e in lexicon.terms}
    used = sorted({t["term"] for f in framing.values() for t in f.get("terms") or []})
    rows = []
    # each article's token keys, where each key is, and the characters of its lexicon
    # terms: built once per article, not once per term (session 29)
    keys: dict[str, tuple[list[set[str]], dict[str, list[int]], set[int]]] = {}
    index = {a.id: QuoteIndex(quotations(a.text)) for a in articles}
    for name in used:
        entry = entries.get(name)
        if entry is None:
            continue
        alternatives = _neutral_forms(entry.neutral)
        outlets = {}
        for article in articles:
            frame = framing.get(article.id) or {}
            if article.id not in keys:
                token_keys = _token_keys(docs[article.id])
                keys[article.id] = (token_keys, _key_positions(token_keys), _term_chars(frame))
            outlets[article.id] = _term_cell(name, alternatives, docs[article.id],
                                             keys[article.id], frame, index[article.id])
        rows.append({"term": name, "category": entry.category, "neutral": entry.neutral,
                     "outlets": outlets})  # fmt: skip
    return rows


def _term_cell(name: str, alternatives: Sequence[tuple[str, ...]], doc: Doc,
               keys: tuple[list[set[str]], dict[str, list[int]], set[int]],
               frame: Mapping[str, Any], index: QuoteIndex) -> dict[str, Any]:  # fmt: skip
    """One article's cell of a term row. ``loaded`` keeps its 1.5 meaning (all uses);
    ``own``, ``quoted`` and ``attributed`` (outside quotations, given to a named caller:
    "a statement describing … as a genocide") split it. ``speaks``: the article uses
    the term or a neutral form of it; one with neither does not speak of the referent
    (an "×0" there read as a choice, session-20 reader). ``neutral_quoted``: the
    neutral forms written inside a quotation (Miller's "the defeat of Hamas" is
    Miller's word, not Al Jazeera's). ``keys``: the article's :func:`_token_keys`,
    their :func:`_key_positions` and the frame's :func:`_term_chars`."""
    uses = [t for t in frame.get("terms") or [] if t["term"] == name]
    in_quote: Counter[str] = Counter()
    token_keys, at, chars = keys
    neutral = _count_forms(doc, alternatives, token_keys, chars, index, in_quote, at)
    own = sum(t["count"] for t in uses)
    quoted = sum(t.get("quoted", 0) for t in uses)
    attributed = sum(t.get("attributed", 0) for t in uses)  # a named caller's (session 24)
    n = sum(neutral.values())
    loaded = own + quoted + attributed
    return {"loaded": loaded, "own": own, "quoted": quoted, "attributed": attributed,
            "neutral": n, "neutral_forms": dict(neutral), "neutral_quoted": dict(in_quote),
            "speaks": bool(loaded + n)}  # fmt: skip


def _neutral_forms(neutral: str) -> list[tuple[str, ...]]:
    """The neutral alternatives of a lexicon entry as word sequences: "hostages", and
    the names in brackets ("name the group (Hamas, Islamic Jihad)"); advice such as
    "describe the act" or "(if self-described)" is skipped."""
    inside = [n for group in re.findall(r"\(([^)]*)\)", neutral) for n in group.split(",")]
    outside = re.split(r"[;/]", re.sub(r"\([^)]*\)", "", neutral))
    forms = []
    for part in inside + outside:
        words = part.strip().lower().split()
        if words and not (words[0] in _ADVICE or "if" in words):
            forms.append(tuple(words))
    return forms


def _term_chars(frame: Mapping[str, Any]) -> set[int]:
    """The characters of every lexicon term the article uses."""
    return {k for t in frame.get("terms") or [] for s in t.get("spans") or []
            for k in range(s["start"], s["end"])}  # fmt: skip


def _token_keys(doc: Doc) -> list[set[str]]:
    """Each token's lower-case word and lemma, the keys :func:`_count_forms` matches on."""
    return [{t.lemma_.lower(), t.lower_} for t in doc]


def _key_positions(keys: Sequence[set[str]]) -> dict[str, list[int]]:
    """Where each key of :func:`_token_keys` is, in token order: only where a form's
    first word matches can it start."""
    at: dict[str, list[int]] = defaultdict(list)
    for i, token_keys in enumerate(keys):
        for key in token_keys:
            at[key].append(i)
    return at


def _count_forms(doc: Doc, forms: Sequence[tuple[str, ...]],
                 keys: list[set[str]] | None = None,
                 inside: set[int] | None = None,
                 index: QuoteIndex | None = None,
                 in_quote: Counter[str] | None = None,
                 at: Mapping[str, list[int]] | None = None) -> Counter[str]:  # fmt: skip
    """Uses of each neutral form in ``doc``, matched on words or lemmas ("hostages"
    finds "hostage" and "hostages"); ``keys`` are ``_token_keys(doc)`` when the caller
    already has them. A form that starts on a character of ``inside`` (a loaded term's
    span) is not counted; one inside a quotation of ``index`` is also added to
    ``in_quote``. ``at``: :func:`_key_positions` of ``keys``, when the caller has it."""
    found: Counter[str] = Counter()
    keys = _token_keys(doc) if keys is None else keys
    # the positions of every key are gathered once, instead of testing each form at
    # every token
    at = _key_positions(keys) if at is None else at
    for form in forms:
        last = len(doc) - len(form)
        for i in sorted(set(at.get(form[0], ())) | set(at.get(form[0][:-1], ()))):
            if inside and doc[i].idx in inside:
                continue
            if i <= last and all(w in keys[i + k] or w[:-1] in keys[i + k]
                                 for k, w in enumerate(form)):  # fmt: skip
                words = doc[i : i + len(form)]
                found[words.text] += 1
                if index is not None and in_quote is not None and \
                        index.inside(words.start_char, words.end_char):  # fmt: skip
                    in_quote[words.text] += 1  # counted in ``found`` too: a subset
    return found


def voices_heard(articles: Sequence[Article], quotes: Sequence[Quote]) -> list[dict[str, Any]]:
    """Whom each article quotes, against the others: ``only`` names the one article
    that quotes a speaker when no other does (heard on one side only). A described
    voice another article also quotes under the same head noun is not "only"
    (:mod:`.labels_voices`, session 27), nor one whose head noun is the title another
    article writes before a name it quotes; and "the former staff member" counts with
    the "a former staff member" its article introduced (session 27, second pass). A
    named voice another article hears through its spokesman or official, or quotes
    under the same name without a possessive before it, is not "only" (session 28); nor
    a described voice another article quotes under an unresolved speaker with the same
    head noun (:mod:`.labels_unnamed`, session 29)."""
    counts: dict[tuple[str | None, str], Counter[str]] = defaultdict(Counter)
    own: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    same = first_mentions((q.article_id, q.speaker_entity_id, q.speaker) for q in quotes
                          if q.speaker)  # fmt: skip
    for q in quotes:
        if q.speaker:
            speaker = same.get((q.article_id, q.speaker), q.speaker)
            counts[(q.speaker_entity_id, speaker)][q.article_id] += 1
            own[(q.speaker_entity_id, speaker)].update({q.speaker, q.speaker_as_written or ""})
    written = [(q.article_id, q.speaker_as_written or q.speaker) for q in quotes if q.speaker]
    unnamed = [(q.article_id, q.speaker_as_written) for q in quotes
               if not q.speaker and q.speaker_as_written]  # fmt: skip
    order = {a.id: n for n, a in enumerate(articles)}
    voices = [(entity_id, speaker, list(per)) for (entity_id, speaker), per in counts.items()]
    rows = []
    for (entity_id, speaker), per in counts.items():
        heard = sorted(per, key=lambda a: order.get(a, 0))
        only = heard[0] if len(heard) == 1 and len(articles) > 1 else None
        forms = own[(entity_id, speaker)] - {""}
        if only is not None and (heard_elsewhere(speaker, entity_id, only, voices)
                                 or titled_elsewhere(entity_id, forms, only, written)
                                 or spoken_for(speaker, entity_id, only, written)
                                 or named_elsewhere(speaker, only, voices)
                                 or unnamed_elsewhere(entity_id, forms, only, unnamed)):
            only = None
        rows.append({"speaker": speaker, "entity_id": entity_id,
                     "counts": {a: per[a] for a in heard}, "only": only})  # fmt: skip
    rows.sort(key=lambda r: (r["only"] is not None, -sum(r["counts"].values()), r["speaker"]))
    return rows


def label_choice(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    entities: StoryEntities,
    framing: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    """The ``label_choice`` field of compare's JSON: entities and terms side by side."""
    return {"entities": entity_labels(articles, docs, entities, framing),
            "terms": term_choices(articles, docs, framing)}  # fmt: skip

"""Lexicon entries matched on a tagged Doc, in context.

A lexicon word is the outlet's framing only in some contexts. The checks of each entry
(``pos``, ``preceded_by``, ``not_followed_by``… see docs/framing.md) keep a term to its
loaded sense, and the lexicon's ``[context]`` rules drop uses that are not the outlet's
choice at all:

- **a proper name**: a term inside a longer name the tagger marks (a law, a group, a
  work, an event: "the Justice Against Sponsors of Terrorism Act") is that name, unless
  the entry is case-sensitive, i.e. the name itself is what is loaded ("Palestinian
  Resistance");
- **a technical use**: "terrorism charges", "convicted of terrorism" name a charge;
- **a designated group**: terror labels in a sentence naming a group or attack that the
  UN Security Council's sanctions list designates (al-Qaeda, the 9/11 attacks).

Words inside quotations are matched as well; whose words they are is decided by the
caller (:mod:`newsprism.extract.framing.quoting`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.extract.framing.clause import governs_statement
from newsprism.extract.framing.lexicon import ContextRules, Lexicon, TermEntry, VerbEntry
from newsprism.extract.framing.verb_senses import plain_sense
from newsprism.extract.framing.voice_roles import labels_a_voice_role
from newsprism.extract.framing.withholding import gives_or_withholds

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
QUOTE_MARKS = frozenset("\"'“”„«»‘’‹›")
SENTENCE_END = frozenset({".", "!", "?", "…"})
WH_WORDS = frozenset({"why", "how", "what", "whether", "when", "where", "who", "if"})
NAME_LABELS = frozenset({"PERSON", "ORG"})
Index = dict[str, list[tuple[TermEntry, tuple[str, ...]]]]


def sentence_start(doc: Doc, i: int) -> bool:
    """True when token i opens a sentence (a capital there says nothing of a name)."""
    if doc.has_annotation("SENT_START") and doc[i].is_sent_start:
        return True
    j = i - 1
    while j >= 0 and doc[j].text in QUOTE_MARKS | {"(", "[", "—", "-"}:
        j -= 1
    return j < 0 or doc[j].text in SENTENCE_END or "\n" in doc[j].whitespace_ or "\n" in doc[j].text


def _token_is(token: Token, word: str, case_sensitive: bool = False) -> bool:
    if word == "*":
        return token.is_alpha
    if case_sensitive:
        return token.text == word or token.lemma_ == word
    return token.lower_ == word.lower() or token.lemma_.lower() == word.lower()


def _word_class(token: Token, words: frozenset[str]) -> bool:
    """True when ``token`` is one of ``words``, or of the classes CAP and POSS."""
    if "POSS" in words and token.text in POSSESSIVES:
        return True
    if "CAP" in words and token.text[:1].isupper() and token.text[:1].isalpha():
        return True
    return token.lower_ in words or token.lemma_.lower() in words


def _next_words(doc: Doc, j: int, n: int = 3) -> list[Token]:
    return [doc[k] for k in range(j, min(j + n, len(doc)))]


def _object_words(doc: Doc, j: int) -> list[Token]:
    """The words after a verb that can be its bare object, up to a clause opener
    ("that", a wh-word, a colon or a quote mark): "claimed a religious exemption" is the
    object (a right claimed, no statement), "claimed that the exemption was void" a
    statement about one (session 25)."""
    words = []
    for token in _next_words(doc, j):
        if token.lower_ in {"that", ":"} | WH_WORDS or token.text in QUOTE_MARKS:
            break
        words.append(token)
    return words


def _before_name(doc: Doc, j: int) -> bool:
    """A person's or group's name follows within three words: "liberal billionaire
    George Soros", "the far-right Golden Dawn party"."""
    for token in _next_words(doc, j, 4):
        if token.ent_type_ in NAME_LABELS:
            return True
        if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}:
            return False
    return False


def _context_ok(entry: TermEntry, doc: Doc, i: int, j: int) -> bool:
    """The entry's own checks on the tokens around the match ``doc[i:j]``."""
    token = doc[i]
    if entry.pos and token.pos_ not in entry.pos:
        return False
    if entry.mid_sentence and sentence_start(doc, i):
        return False
    prev = doc[i - 1] if i else None
    if entry.preceded_by and (prev is None or not _word_class(prev, entry.preceded_by)):
        return False
    if entry.not_preceded_by and prev is not None and prev.lower_ in entry.not_preceded_by:
        return False
    nxt = doc[j] if j < len(doc) else None
    if entry.followed_by and (nxt is None or not _word_class(nxt, entry.followed_by)):
        return False
    if entry.not_followed_by and any(
        t.lower_ in entry.not_followed_by or t.lemma_.lower() in entry.not_followed_by
        for t in _next_words(doc, j)
    ):
        return False
    if not entry.before_name:
        return True
    return _before_name(doc, j) and not labels_a_voice_role(doc, i, j, NAME_LABELS)


def match_at(doc: Doc, i: int, index: Index) -> tuple[TermEntry, int] | None:
    """The longest entry of ``index`` starting at token i that passes its checks."""
    token = doc[i]
    keys = {token.lower_, token.lemma_.lower()}
    candidates = [c for key in keys for c in index.get(key, ())]
    candidates.sort(key=lambda c: -len(c[1]))
    for entry, pattern in candidates:
        j = i + len(pattern)
        if j > len(doc):
            continue
        if not all(_token_is(doc[i + k], word, entry.case_sensitive)
                   for k, word in enumerate(pattern)):  # fmt: skip
            continue
        if _context_ok(entry, doc, i, j):
            return entry, j
    return None


# --- when a match is not the outlet's framing ------------------------------------------


def inside_name(doc: Doc, i: int, j: int, labels: frozenset[str]) -> bool:
    """The tokens ``doc[i:j]`` are part of a longer proper name: inside a longer entity
    of one of ``labels``, or capitalised mid-sentence next to another capitalised word
    ("the Justice Against Sponsors of Terrorism Act", "the War on Terror")."""
    for ent in doc.ents:
        if ent.start <= i and j <= ent.end and ent.label_ in labels and ent.end - ent.start > j - i:
            return True
    if not doc[i].text[:1].isupper() or sentence_start(doc, i):
        return False
    near = [doc[k] for k in (i - 1, i - 2, j, j + 1) if 0 <= k < len(doc)]
    return any(t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN" for t in near)


def technical_use(doc: Doc, i: int, j: int, rules: ContextRules) -> bool:
    """ "terrorism charges", "convicted of terrorism": the name of a charge or a law."""
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and (nxt.lower_ in rules.technical_after
                            or nxt.lemma_.lower() in rules.technical_after):  # fmt: skip
        return True
    before = [t.lower_ for t in doc[max(0, i - 3) : i]]
    return any(tuple(before[-len(p) :]) == p for p in rules.technical_before if p)


def designated_nearby(doc: Doc, i: int, rules: ContextRules) -> bool:
    """The sentence names a group or attack the UN sanctions list designates."""
    if not rules.designated:
        return False
    sentence = doc[i].sent.text.lower() if doc.has_annotation("SENT_START") else doc.text.lower()
    return any(name.lower() in sentence for name in rules.designated)


def neutral_phrase_tokens(doc: Doc, phrases: tuple[tuple[str, ...], ...]) -> set[int]:
    """Tokens of the wordings the lexicon recommends ("self-described"): never loaded."""
    found: set[int] = set()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    for token in doc:
        for phrase in by_first.get(token.lower_, ()):
            words = [t.lower_ for t in doc[token.i : token.i + len(phrase)]]
            if tuple(words) == phrase:
                found.update(range(token.i, token.i + len(phrase)))
    return found


_NAME_SLOTS = frozenset({"dobj", "oprd", "attr", "xcomp"})
_UP_NP = frozenset({"amod", "compound", "nmod", "conj"})


def named_by_another(doc: Doc, i: int, j: int, naming_words: frozenset[str]) -> bool:
    """The match ``doc[i:j]`` is the name a named party gives: "what critics call
    amnesty", "Netanyahu called Hamas terrorists", "the State Department labeled it a
    terrorist organization". The phrase (or the noun it modifies) fills the name slot of
    a naming verb whose own subject, or the agent of its passive, is in the sentence:
    the word is that party's, mentioned by the outlet, not used. "What can only be
    called a massacre" (a passive with no one naming) stays the outlet's.
    """
    span = doc[i:j]
    head = span.root
    nominal = {"NOUN", "PROPN", "ADJ"}
    while head.dep_ in _UP_NP and head.head.i != head.i and head.head.pos_ in nominal:
        head = head.head
    verb = head.head
    if head.dep_ not in _NAME_SLOTS or verb.pos_ != "VERB" or verb.i == head.i:
        return False
    if verb.lower_ not in naming_words and verb.lemma_.lower() not in naming_words:
        return False
    if any(c.dep_ in _NAME_SLOTS and c.i > max(head.i, j - 1) for c in verb.children):
        return False  # "called undocumented immigrants 'rapists'": the thing named
    for child in verb.children:
        if child.dep_ == "nsubj" and child.tag_ not in {"WP", "WDT"}:
            return True
        if child.dep_ == "agent":
            return True
    return verb.tag_ == "VBN" and any(t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep")
                                      for t in verb.subtree if t.i > head.i)  # fmt: skip


def negated_use(doc: Doc, i: int, j: int) -> bool:
    """The term ``doc[i:j]`` is denied, not applied: a negation on the preposition whose
    object it is ("He was talking not about terrorists …", session-20 reader), or on the
    copula whose complement it is ("he is not a terrorist"). Nobody is called the word.
    A negated verb whose object the term is ("police have not arrested the terrorists")
    still applies it, and so does "no" before it: "There will be no amnesty" still
    frames the plan in the word (a source's, quoted)."""
    root = doc[i:j].root
    if root.dep_ == "pobj" or (root.dep_ == "attr" and root.head.pos_ == "AUX"):
        return any(c.dep_ == "neg" for c in root.head.children)
    return False


def not_framing(entry: TermEntry, doc: Doc, i: int, j: int, lexicon: Lexicon) -> bool:
    """True when the match ``doc[i:j]`` is a name, a technical use, a designation, a
    name another party gives (``named_by_another``), or a term denied (``negated_use``:
    not for a hedge, whose negation is still a hedge)."""
    rules = lexicon.context
    if named_by_another(doc, i, j, lexicon.naming_words):
        return True
    if entry.category != "hedge" and negated_use(doc, i, j):
        return True
    if (not entry.case_sensitive and entry.category not in rules.name_categories
            and inside_name(doc, i, j, rules.name_entity_labels)):  # fmt: skip
        return True
    if entry.category in rules.technical_categories and technical_use(doc, i, j, rules):
        return True
    return entry.category in rules.designated_categories and designated_nearby(doc, i, rules)


# --- attribution verbs -----------------------------------------------------------------


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def introduces_speech(doc: Doc, i: int, j: int, also_after: frozenset[str] = frozenset()) -> bool:
    """True when the verb at tokens i..j-1 reports speech: it governs a clause or quote.

    Looks ahead for "that", a wh-word, a colon or a quote mark before any other verb
    ("noted that", "explained why", "told reporters that"); then asks the parse whether
    the verb governs a clause (``ccomp``: “…,” a statement from his office revealed);
    then looks for a closing quote or a comma just before the verb, or before its
    subject when the subject comes first (“…,” he later noted; the plan failed, he
    noted). "The administration, by disclosing the briefings, sought …" has none. A
    passive verb reports a statement only before "that", a wh-word, a colon or a quote
    ("it was revealed that …"): "Neither the name … nor its plans … have been revealed,
    but …" names what is not known (session 20 reader).
    """
    if participle_modifier(doc[i]):
        return any(c.dep_ == "ccomp" for c in doc[i].children)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in doc[i].children)
    for k in range(j, min(j + 5, len(doc))):
        t = doc[k]
        if t.lower_ == "that" and t.dep_ == "det":
            continue  # "observed in that country": a determiner, not a clause
        if t.lower_ in {"that", ":"} | WH_WORDS or t.text in QUOTE_MARKS or t.lower_ in also_after:
            return True
        if k == j and t.text == "," and not passive:
            return True
        if t.pos_ in {"VERB", "AUX"} or t.text in SENTENCE_END:
            break
    if governs_statement(doc[i]):  # a clause with its own subject (.clause)
        return True
    if passive:
        return False
    start = min([i] + [c.left_edge.i for c in doc[i].lefts if c.dep_ in _SUBJECTS])
    if doc[start].tag_ in {"WP", "WDT"}:  # "Taylor, who is noted for": a relative clause
        return False
    return start > 0 and (doc[start - 1].text in QUOTE_MARKS or doc[start - 1].text == ",")


def participle_modifier(token: Token) -> bool:
    """A past participle set on a noun ("the Remembrance Day observed in that country",
    "the briefings disclosed Thursday"): a passive with no subject of its own, naming
    what was done to the noun, not anyone's statement (session 24, National Review's
    "observed", NeuS raw row 497)."""
    return token.dep_ == "acl" and token.tag_ == "VBN"


def verb_at(doc: Doc, i: int, lexicon: Lexicon) -> tuple[VerbEntry, int] | None:
    """The loaded attribution verb at token i ("claimed", "pointed out"), if any."""
    found = verb_use(doc, i, lexicon)
    return None if found is None or not found[2] else (found[0], found[1])


def verb_use(doc: Doc, i: int, lexicon: Lexicon) -> tuple[VerbEntry, int, bool] | None:
    """A lexicon attribution verb at token i and whether it attributes speech here.

    ``(entry, end, False)`` is the verb in a use its entry rules out ("denied entry",
    "disclose his intentions"): a neutral use, which the detector must not flag either.
    """
    token = doc[i]
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    for entry in lexicon.verbs:
        words = entry.words
        if words[0] != lemma:
            continue
        j = i + 1
        if len(words) > 1:
            rest = [t.lower_ for t in doc[j : j + len(words) - 1]]
            if rest != list(words[1:]):
                continue
            j += len(words) - 1
        if entry.not_followed_by and any(
            t.lower_ in entry.not_followed_by or t.lemma_.lower() in entry.not_followed_by
            for t in _object_words(doc, j)
        ):
            return entry, j, False
        if gives_or_withholds(token):  # "denied him the right" (.withholding)
            return entry, j, False
        if plain_sense(token):  # "admitted any minorities", a suit "alleging" (.verb_senses)
            return entry, j, False
        if entry.needs_clause and not introduces_speech(doc, i, j, entry.also_after):
            return entry, j, False
        return entry, j, True
    return None


def neutral_at(doc: Doc, i: int, lexicon: Lexicon) -> int:
    """Tokens taken by a neutral attribution ("said", "according to") at i, else 0.

    Asked of every token of every article (framing's walk), so the token's word and
    verb lemma are read once and a phrase is sliced out of the Doc only when its first
    word is the token's: the answers are the full comparison's (session 36)."""
    token = doc[i]
    lower = token.lower_
    lemma = token.lemma_.lower() if token.pos_ == "VERB" else None
    for words in lexicon.neutral_verbs:
        if len(words) > 1:
            if lower == words[0] and [t.lower_ for t in doc[i : i + len(words)]] == list(words):
                return len(words)
            continue
        if (
            lemma == words[0]
            and (words[0] == "say" or introduces_speech(doc, i, i + 1))
        ):
            return 1
    return 0

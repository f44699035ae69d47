"""Quotes and reported speech, each with its speaker resolved to a name (issue 3).

A news story is mostly what people said, so every later comparison ("who said what,
and does another outlet quote it the same way?") starts here. The extractor is a
cascade of rules over spaCy's parse, with the words in ``data/speech_verbs.toml``:

1. **Quotation marks** are paired per paragraph and per family (curly, straight,
   typewriter ``''``, guillemets; a quotation of another family inside one is skipped),
   single marks only outside double ones, around two words or more and never as an
   apostrophe (a scare quote around one name, ‘Israel’, never becomes a quote). An
   opening mark left open at the end of a paragraph continues when the next paragraph
   opens with a mark, the news convention for a quote running over paragraphs.
2. **Direct quotes**: each quotation looks for its cue, a speech verb outside every
   quotation, right after it (``“…,” he said``, ``“…,” said Miller``) or right before
   it (``Miller told reporters, “…”``, ``He continued: “…”``, also at the end of the
   previous paragraph). A quotation that follows the cue's sentence with no cue of its
   own (``“A,” he said. “B.”``), or a paragraph that is only a quotation right after an
   attributed one, continues that quote. A quotation inside a longer clause is a
   fragment and belongs to the reported speech around it.
3. **Reported speech**: a speech verb with a clause (``said that …``, ``… , he said``,
   ``told reporters …``, ``was quoted as saying …``, ``…, as the Post reported``) and
   ``according to X``; for the verbs the data file lists, a noun phrase ("announced
   his resignation") or an infinitive ("vowed to fight on"). A clause that is one whole
   quotation is a direct quote; one with quoted fragments stays reported.
4. **Speakers**: the subject of the cue (or of the verb it hangs from, for "adding
   that"), resolved to a canonical name: a surname to the fullest form of that name in
   the article ("Miller" → "Matthew Miller"); "he"/"she" to the most recent compatible
   person in a subject position before it; "the spokesman" to the last person
   introduced with a title of the same group; "a statement from his office" to the
   office's owner; "the White House" stays an organisation.

A quote split around its cue is *one* :class:`QuoteSpan` whose ``parts`` are the
pieces (PolNeAR annotates it the same way, as one discontinuous content span); ``text``
joins them with a space, and ``start``/``end`` run from the first piece to the last.
Scores on PolNeAR and the errors that remain: docs/eval-quotes.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Quotation",
    "QuoteSpan",
    "SpeechLexicon",
    "extract_quotes",
    "find_quotations",
    "is_speech_cue",
    "load_lexicon",
]

Kind = Literal["direct", "reported"]
Resolution = Literal["name", "pronoun", "role", "organisation", "none"]

LEXICON_FILE = "speech_verbs.toml"


@dataclass(frozen=True)
class QuoteSpan:
    """One quote or piece of reported speech, with its cue and its speaker.

    Offsets are character offsets into ``doc.text``. ``parts`` are the contiguous
    pieces of the content (one for most quotes; several for a quote split around its
    cue or running over paragraphs). ``speaker`` is the name as written at its best
    mention (``speaker_start``/``speaker_end``, possibly in an earlier sentence);
    ``speaker_surface`` is what stands at the cue ("He", "The spokesman", "a statement
    from his office"), at ``surface_start``/``surface_end``. ``resolved`` says how the
    speaker was found; ``cue_tone`` is "neutral" or "loaded" (``claimed``, ``admitted``).
    """

    text: str
    start: int
    end: int
    kind: Kind
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_surface: str | None
    resolved: Resolution
    sentence_index: int
    parts: tuple[tuple[int, int], ...] = ()
    surface_start: int | None = None
    surface_end: int | None = None
    cue_tone: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["parts"] = [list(p) for p in self.parts]
        return data


# --- the lexicon ---------------------------------------------------------------------


@dataclass(frozen=True)
class SpeechLexicon:
    """The words of ``data/speech_verbs.toml``, indexed for lookup."""

    tones: dict[str, str]  # base verb ("say", "point out") -> "neutral" | "loaded"
    forms: dict[str, str]  # inflected one-word verb -> base
    particles: dict[str, dict[str, str]]  # inflected verb of a phrasal verb -> {prt: base}
    phrases: dict[str, str]  # "according to" -> tone
    documents: frozenset[str]
    offices: frozenset[str]
    channels: frozenset[str]
    roles: dict[str, frozenset[str]]  # alias ("spokesman", "sen.") -> role groups
    object_verbs: frozenset[str] = frozenset()  # report a noun phrase: "announced X"
    infinitive_verbs: frozenset[str] = frozenset()  # report an infinitive: "vowed to"
    addressee_verbs: frozenset[str] = frozenset()  # object is the hearer: "told him"

    def cue_words(self, text: str) -> bool:
        """True when ``text`` (a cue as annotated) contains a speech verb or phrase."""
        words = _WORD.findall(text.lower().replace("’", "'"))
        for i, word in enumerate(words):
            if word in self.forms:
                return True
            particles = self.particles.get(word)
            if particles and i + 1 < len(words) and words[i + 1] in particles:
                return True
        joined = " ".join(words)
        return any(f" {p} " in f" {joined} " for p in self.phrases)


_WORD = re.compile(r"[\w'-]+")


def _inflections(base: str) -> set[str]:
    """The regular forms of a verb: base, -s, -ed, -ing (irregulars come from the data)."""
    forms = {base}
    consonant_y = base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif consonant_y:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.add(base + "d")
    elif consonant_y:
        forms.add(base[:-1] + "ied")
    else:
        forms.add(base + "ed")
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        forms.add(base[:-1] + "ing")
    else:
        forms.add(base + "ing")
    return forms


@cache
def load_lexicon() -> SpeechLexicon:
    """Read ``data/speech_verbs.toml`` once."""
    raw = files("newsprism").joinpath("data", LEXICON_FILE).read_text("utf-8")
    data = tomllib.loads(raw)
    tones: dict[str, str] = {}
    for tone, verbs in data["verbs"].items():
        for verb in verbs:
            tones[verb.lower()] = tone
    forms: dict[str, str] = {}
    particles: dict[str, dict[str, str]] = {}
    extra = {k.lower(): [f.lower() for f in v] for k, v in data.get("forms", {}).items()}
    for base in tones:
        verb, _, particle = base.partition(" ")
        inflected = _inflections(verb) | set(extra.get(verb, [])) | set(extra.get(base, []))
        for form in inflected:
            if particle:
                particles.setdefault(form, {})[particle] = base
            else:
                forms[form] = base
    roles: dict[str, set[str]] = {}
    for group, aliases in data["roles"].items():
        for alias in aliases:
            roles.setdefault(alias.lower(), set()).add(group)
    return SpeechLexicon(
        tones=tones,
        forms=forms,
        particles=particles,
        phrases={k.lower(): v for k, v in data.get("phrases", {}).items()},
        documents=frozenset(w.lower() for w in data["documents"]["nouns"]),
        offices=frozenset(w.lower() for w in data["documents"]["offices"]),
        channels=frozenset(w.lower() for w in data["channels"]["nouns"]),
        roles={k: frozenset(v) for k, v in roles.items()},
        object_verbs=frozenset(data["complements"]["object"]),
        infinitive_verbs=frozenset(data["complements"]["infinitive"]),
        addressee_verbs=frozenset(data["complements"]["addressee"]),
    )


def is_speech_cue(text: str) -> bool:
    """True when an annotated cue ("said", "told", "according to") is a speech cue."""
    return load_lexicon().cue_words(text)


# --- quotation marks -----------------------------------------------------------------

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPEN_MARKS = {"“", '"', "‘", "''", "``", "«", "„"}
_CLOSE_MARKS = {"”", '"', "’", "''", "»"}
_TRIM_END = " \t\n,;:—–-"
_TRIM_START = " \t\n—–-"
# A double mark: (position, length, family, role). Families pair only with themselves,
# so a quotation nested in another family's marks is skipped over; ``''`` and ````
# are the typewriter doubles of some archives (the New York Times in PolNeAR).
_Mark = tuple[int, int, str, str]


@dataclass(frozen=True)
class Quotation:
    """Text between quotation marks: content ``parts`` and the marked ``regions``.

    A part is the content without its marks; a region runs from an opening mark to
    just after its closing mark (or to the end of the paragraph when it is left open).
    """

    parts: tuple[tuple[int, int], ...]
    regions: tuple[tuple[int, int], ...]
    closed: bool
    single: bool

    @property
    def start(self) -> int:
        return self.regions[0][0]

    @property
    def end(self) -> int:
        return self.regions[-1][1]


def _double_marks(text: str, ls: int, le: int) -> list[_Mark]:
    marks: list[_Mark] = []
    i = ls
    while i < le:
        c = text[i]
        pair = text[i : i + 2]
        if pair in ("''", "``"):
            marks.append((i, 2, "typewriter", "either" if pair == "''" else "open"))
            i += 2
            continue
        if c in "“„":
            marks.append((i, 1, "curly", "open"))
        elif c == "”":
            marks.append((i, 1, "curly", "close"))
        elif c == "«":
            marks.append((i, 1, "guillemet", "open"))
        elif c == "»":
            marks.append((i, 1, "guillemet", "close"))
        elif c == _STRAIGHT:
            marks.append((i, 1, "straight", "either"))
        i += 1
    return marks


def _opens(text: str, pos: int, length: int, ls: int, le: int) -> bool:
    """A mark that can open: no letter right before it, a word right after it."""
    before = text[pos - 1] if pos > ls else " "
    after = text[pos + length] if pos + length < le else " "
    return not before.isalnum() and not after.isspace() and after not in ".,;!?"


def _closes(text: str, pos: int, length: int, le: int) -> bool:
    after = text[pos + length] if pos + length < le else " "
    return not after.isalnum()


# (opening mark start, content start, content end or None, closing mark end or None)
_Pair = tuple[int, int, int | None, int | None]


def _double_pairs(text: str, ls: int, le: int) -> list[_Pair]:
    """Pairs of double marks in one line; the last may be left open (None, None)."""
    pairs: list[_Pair] = []
    open_: _Mark | None = None
    for mark in _double_marks(text, ls, le):
        pos, length, family, role = mark
        if open_ is None:
            if role == "close" and not (_opens(text, pos, length, ls, le)
                                        and text[pos + length : pos + length + 1].isalnum()):
                continue  # a stray closing mark (a ” typed for “ still opens)  # fmt: skip
            if role == "either" and not _opens(text, pos, length, ls, le):
                continue
            open_ = mark
            continue
        if family != open_[2]:
            continue  # a quotation of another family nested inside this one
        if role == "open" and not (_closes(text, pos, length, le)
                                   and not _opens(text, pos, length, ls, le)):
            open_ = mark  # the earlier opening mark was never closed  # fmt: skip
            continue
        pairs.append((open_[0], open_[0] + open_[1], pos, pos + length))
        open_ = None
    if open_ is not None:
        pairs.append((open_[0], open_[0] + open_[1], None, None))
    return pairs


def _single_pairs(text: str, ls: int, le: int, blocked: list[tuple[int, int]]) -> list[_Pair]:
    """Single-mark quotations outside double ones, enclosing at least two words."""
    pairs: list[_Pair] = []

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in blocked)

    def doubled(i: int) -> bool:
        return text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'"

    i = ls
    while i < le:
        c = text[i]
        if (c in (_SINGLE_OPEN, "'") and not inside(i) and not doubled(i)
                and _opens(text, i, 1, ls, le)):  # fmt: skip
            for j in range(i + 1, le):
                d = text[j]
                if inside(j):
                    break
                if d not in (_SINGLE_CLOSE, "'") or (c == "'" and d != "'") or doubled(j):
                    continue
                after = text[j + 1] if j + 1 < le else " "
                if text[j - 1].isspace() or after.isalnum():
                    continue  # an apostrophe: don’t, Israel’s
                if len(text[i + 1 : j].split()) >= 2:
                    pairs.append((i, i + 1, j, j + 1))
                    i = j
                break
        i += 1
    return pairs


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, paired per paragraph, in order.

    A quotation left open at the end of a paragraph continues into the next paragraph
    when that one starts with an opening mark; otherwise it runs to its paragraph's end.
    """
    lines = _lines(text)
    per_line: list[list[tuple[_Pair, bool]]] = []
    for ls, le in lines:
        doubles = _double_pairs(text, ls, le)
        blocked = [(a, e if e is not None else le) for a, _, _, e in doubles]
        singles = _single_pairs(text, ls, le, blocked)
        per_line.append(sorted([(p, False) for p in doubles] + [(p, True) for p in singles]))
    quotations: list[Quotation] = []
    parts: list[tuple[int, int]] = []  # of a quotation still open at a paragraph's end
    regions: list[tuple[int, int]] = []

    def flush(closed: bool) -> None:
        if parts:
            quotations.append(Quotation(tuple(parts), tuple(regions), closed, False))
        parts.clear()
        regions.clear()

    for index, ((ls, le), found) in enumerate(zip(lines, per_line, strict=True)):
        for n, ((a, cs, ce, e), single) in enumerate(found):
            part = _trimmed(text, cs, ce if ce is not None else le)
            region = (a, e if e is not None else le)
            continues = parts and n == 0 and not single and text[ls:a].strip() == ""
            if not continues:
                flush(False)
            if single:
                quotations.append(Quotation((part,), (region,), True, True))
                continue
            parts.append(part)
            regions.append(region)
            if ce is not None:
                flush(True)
        if parts:
            nxt = next((j for j in range(index + 1, len(lines))
                        if text[lines[j][0] : lines[j][1]].strip()), None)  # fmt: skip
            opener = (*_DOUBLE_OPEN, _STRAIGHT, "''", "``")
            if nxt is None or not text[lines[nxt][0] : lines[nxt][1]].lstrip().startswith(opener):
                flush(False)
    flush(False)
    return [q for q in quotations if any(e > s for s, e in q.parts)]


# --- the extractor -------------------------------------------------------------------

_PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}
_PRONOUNS_OTHER = {"it", "its", "they", "them", "their"}
_RELATIVE = {"who", "that", "which", "whom"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_HONORIFIC = {"mr.": "m", "mr": "m", "ms.": "f", "ms": "f", "mrs.": "f", "mrs": "f",
              "miss": "f", "sir": "m", "lady": "f"}  # fmt: skip
_GENDERED = {"spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
             "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
             "wife": "f", "husband": "m", "mother": "f", "father": "m", "daughter": "f",
             "son": "m", "king": "m", "queen": "f"}  # fmt: skip
_NAME_LABELS = {"PERSON"}
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
_TITLE_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"}
_TITLE_WORDS = {"of", "to", "for", "-", "the", "’s", "'s", "&", "and"}
_MAX_CUE_GAP = 14  # tokens between a quotation and its cue ("…,” Gerstein, director of …, said)
# A paragraph that is only a quotation, right after an attributed quote, continues it
# (PolNeAR's annotators join such runs; on train this scores a little better than not).
_CONTINUE_ACROSS_PARAGRAPHS = True
_NAME_PHRASE_POS = {"PROPN", "PRON", "NOUN", "NUM", "PUNCT", "DET", "ADJ", "ADP", "CCONJ",
                    "PART"}  # fmt: skip
_CLAUSE_DEPS = ("ROOT", "ccomp", "conj", "advcl", "relcl")
# what separates a clause from a cue after it: ", he said" / ",” he said" / "” —"
_BEFORE_CUE = re.compile(r"\s*(?:[,—–-]|[,.!?]?(?:[”\"’»]|'')\s*[,—–-]?)")
_SEARCH_BACK = 6  # sentences searched back for a pronoun's or role's antecedent


@dataclass
class _Speaker:
    """What stands at the cue, and the name it resolves to."""

    surface: str | None = None
    surface_start: int | None = None
    surface_end: int | None = None
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    resolved: Resolution = "none"
    via_document: bool = False


@dataclass
class _Person:
    """A PERSON mention: offsets, cleaned text, surname, title words, gender hint."""

    start: int
    end: int
    text: str
    surname: str
    title: str
    gender: str | None
    token: int  # index of its last token
    sentence: int
    subject: bool


@dataclass
class _Quote:
    """A quote being built (mutable until it becomes a QuoteSpan)."""

    parts: list[tuple[int, int]]
    kind: Kind
    verb: Token | None
    cue: tuple[int, int, str] | None
    tone: str | None
    speaker: _Speaker
    sentence: int
    regions: list[tuple[int, int]]


class _Extractor:
    """One document's worth of state: token maps, person mentions, resolutions."""

    def __init__(self, doc: Doc, lexicon: SpeechLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for n, sent in enumerate(self.sents):
            for token in sent:
                self.sent_of[token.i] = n
        self.quotations = find_quotations(self.text)
        self.qid = [-1] * len(doc)
        self.starts = [t.idx for t in doc]
        for n, q in enumerate(self.quotations):
            for a, b in q.regions:
                for i in self._token_range(self.starts, a, b):
                    self.qid[i] = n
        self.persons = self._find_persons()
        self.gender_memo: dict[str, str] = {}
        self.pronoun_memo: dict[int, _Person | None] = {}

    # tokens and spans ------------------------------------------------------------

    @staticmethod
    def _token_range(starts: list[int], a: int, b: int) -> range:
        import bisect

        return range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))

    def tokens_between(self, a: int, b: int) -> list[Token]:
        return [self.doc[i] for i in self._token_range(self.starts, a, b)]

    def speech_base(self, token: Token) -> str | None:
        """The lexicon verb this token is a form of, when it is used as a verb."""
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
            return None
        if token.i > 0 and self.doc[token.i - 1].text in ("#", "@") and \
                not self.doc[token.i - 1].whitespace_:  # fmt: skip
            return None  # a hashtag, #warns, is not a verb of this text
        word = token.lower_.replace("’", "'")
        particles = self.lex.particles.get(word)
        if particles:
            for child in token.children:
                if child.dep_ == "prt" and child.lower_ in particles:
                    return particles[child.lower_]
        return self.lex.forms.get(word)

    # people ----------------------------------------------------------------------

    def _find_persons(self) -> list[_Person]:
        persons = []
        for ent in self.doc.ents:
            if ent.label_ not in _NAME_LABELS:
                continue
            start, end, text = self._clean_name(ent)
            words = text.split()
            if not words or not words[-1][:1].isupper():
                continue
            last = ent[-1] if ent[-1].tag_ != "POS" else ent[-2] if len(ent) > 1 else ent[-1]
            title = self._title_of(ent)
            gender = None
            for word, g in {**_HONORIFIC, **_GENDERED}.items():
                if re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", title):
                    gender = g
            persons.append(_Person(start, end, text, words[-1].lower(), title, gender, last.i,
                                   self.sent_of[last.i], self._is_subject(last)))  # fmt: skip
        return persons

    @staticmethod
    def _is_subject(token: Token) -> bool:
        head = token
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass")

    def _clean_name(self, span: Span) -> tuple[int, int, str]:
        start, end = span.start_char, span.end_char
        text = self.text[start:end]
        m = re.search(r"[’']s?$", text)
        if m:
            end -= len(m.group(0))
        lead = re.match(r"(?i)(the|a|an)\s+", self.text[start:end])
        if lead:
            start += lead.end()
        return start, end, " ".join(self.text[start:end].split())

    def _title_of(self, ent: Span) -> str:
        """Title words before the name and in an appositive after it, lower case."""
        words: list[str] = []
        sent = self.sents[self.sent_of[ent.start]]
        i = ent.start - 1
        while i >= sent.start and ent.start - i <= 10:
            tok = self.doc[i]
            if tok.pos_ in _TITLE_POS or tok.lower_ in _TITLE_WORDS:
                words.insert(0, tok.lower_)
                i -= 1
            else:
                break
        j = ent.end
        if j < sent.end and self.doc[j].text == ",":
            appos = []
            for k in range(j + 1, min(sent.end, j + 12)):
                tok = self.doc[k]
                if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX"):
                    break
                appos.append(tok.lower_)
            words += appos
        return " ".join(words)

    def person_at(self, token: Token) -> _Person | None:
        for p in self.persons:
            if p.start <= token.idx < p.end:
                return p
        return None

    def best_name(self, person: _Person) -> _Person:
        """The fullest mention of the same name: "Miller" -> "Matthew Miller"."""
        same = [p for p in self.persons if p.surname == person.surname]
        longest = max(len(p.text.split()) for p in same)
        full = [p for p in same if len(p.text.split()) == longest]
        texts = {p.text for p in full}
        if len(texts) > 1:
            before = [p for p in full if p.start <= person.start]
            chosen = before[-1].text if before else full[0].text
            full = [p for p in full if p.text == chosen]
        return full[0]

    def name_speaker(self, person: _Person) -> tuple[str, int, int]:
        best = self.best_name(person)
        return best.text, best.start, best.end

    def gender_of(self, person: _Person) -> str | None:
        best = self.best_name(person)
        if best.text in self.gender_memo:
            return self.gender_memo[best.text]
        for p in self.persons:
            if p.surname == person.surname and p.gender:
                return p.gender
        return None

    # antecedents -----------------------------------------------------------------

    def _candidates(self, before: Token, *, same_sentence_quotes: bool) -> Iterable[_Person]:
        """Person mentions before ``before``, most salient first, sentence by sentence.

        In the pronoun's own sentence the closest mention comes first; in earlier
        sentences a subject comes before the other mentions (a simple Hobbs order).
        """
        sent = self.sent_of[before.i]
        here = [p for p in self.persons if p.sentence == sent and p.token < before.i]
        if not same_sentence_quotes:
            here = [p for p in here if self.qid[p.token] == -1]
        yield from sorted(here, key=lambda p: -p.token)
        for n in range(sent - 1, max(-1, sent - 1 - _SEARCH_BACK), -1):
            found = [p for p in self.persons if p.sentence == n and self.qid[p.token] == -1]
            found += self._resolved_pronouns(n)
            yield from sorted(found, key=lambda p: (not p.subject, p.token))

    def _resolved_pronouns(self, sentence: int) -> list[_Person]:
        """Subject he/she of an earlier sentence, as the person it stands for."""
        out = []
        for tok in self.sents[sentence]:
            if (tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass")
                    and self.qid[tok.i] == -1):  # fmt: skip
                person = self.resolve_pronoun(tok)
                if person is not None:
                    out.append(replace(person, token=tok.i, sentence=sentence, subject=True))
        return out

    def resolve_pronoun(self, token: Token) -> _Person | None:
        if token.i in self.pronoun_memo:
            return self.pronoun_memo[token.i]
        self.pronoun_memo[token.i] = None  # guards against cycles
        gender = _PRONOUNS_PERSON.get(token.lower_)
        possessive = token.lower_ in ("his", "her") and token.dep_ == "poss"
        found = None
        for cand in self._candidates(token, same_sentence_quotes=possessive):
            g = self.gender_of(cand)
            if gender and g and g != gender:
                continue
            found = cand
            break
        if found is not None and gender:
            self.gender_memo.setdefault(self.best_name(found).text, gender)
        self.pronoun_memo[token.i] = found
        return found

    def resolve_role(self, phrase: str, before: Token) -> _Person | None:
        groups = self.role_groups(phrase)
        if not groups:
            return None
        aliases = [a for a, g in self.lex.roles.items() if g & groups]
        best = None
        for p in self.persons:
            if p.token >= before.i:
                break
            if any(re.search(rf"(?<![\w.]){re.escape(a)}(?!\w)", p.title) for a in aliases):
                best = p
        return best

    def role_groups(self, phrase: str) -> frozenset[str]:
        phrase = phrase.lower()
        found = [a for a in self.lex.roles if re.search(rf"(?<![\w.]){re.escape(a)}(?!\w)", phrase)]
        if not found:
            return frozenset()
        longest = max(found, key=len)
        return self.lex.roles[longest]

    # speakers --------------------------------------------------------------------

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The speaker token of a speech verb: its subject, or its head verb's."""
        for child in verb.children:
            if child.dep_ == "agent":  # "was reported by the Post"
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                return pobj[0] if pobj else None
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if self._dateline(child):
                    return None
                if child.dep_ == "nsubjpass" or child.lower_ in ("there",):
                    return None
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp") and depth < 3:
            head = verb.head
            if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
                return self.subject_of(head, depth + 1)
        if verb.dep_ == "acl" and depth < 3 and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            noun = verb.head
            if noun.lower_ in self.lex.documents:
                # "the campaign sent out a press release saying …": the release's sender
                owner = self._owner(noun)
                if owner is not None:
                    return owner
                governor = noun.head
                if noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX", "ADP"):
                    governor = governor.head if governor.pos_ == "ADP" else governor
                    return self.subject_of(governor, depth + 1)
                return None
            if self.doc[verb.i - 1].text == ",":
                # ", saying that …" hung on the nearest noun: the clause's subject speaks
                governor = noun.head
                while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                    governor = governor.head
                return self.subject_of(governor, depth + 1)
            return noun  # "voters saying they want …"
        if verb.dep_ == "pcomp" and depth < 3 and verb.head.dep_ == "prep":
            head = verb.head.head  # "before insisting that …", "after telling aides …"
            if head.pos_ in ("VERB", "AUX"):
                return self.subject_of(head, depth + 1)
        return None

    def _dateline(self, token: Token) -> bool:
        """"WASHINGTON (AP) —": a place opening the paragraph is not a speaker."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        if self.text[line_start : token.idx].strip():
            return False
        after = self.text[token.idx + len(token) : token.idx + len(token) + 3].lstrip()
        return (token.is_upper and len(token) > 1) or after[:1] in ("(", "—", "–")

    def _loose_subject(self, verb: Token) -> Token | None:
        """A name the parse hung on the verb some other way ("Conway/compound notes")."""
        for child in reversed(list(verb.lefts)):
            if child.dep_ in ("compound", "npadvmod", "dep", "nmod", "amod") and \
                    child.pos_ in ("PROPN", "PRON", "NOUN"):  # fmt: skip
                return child
        return None

    def _np_tokens(self, head: Token) -> list[Token]:
        """The noun phrase of ``head`` without relative clauses and comma appositions."""
        left = head.left_edge.i
        right = head.i
        for child in head.rights:
            if child.dep_ == "appos" and self.doc[child.left_edge.i - 1].text != ",":
                right = child.right_edge.i  # "the spokesperson Matthew Miller"
                continue
            if child.dep_ in ("relcl", "appos", "acl", "punct", "advcl", "cc", "conj"):
                break
            right = child.right_edge.i
        return [self.doc[i] for i in range(left, right + 1)]

    def speaker_from(self, head: Token, *, depth: int = 0) -> _Speaker:
        """Classify and resolve the noun phrase headed by ``head``."""
        tokens = self._np_tokens(head)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        if not tokens:
            tokens = [head]
        s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        sp = _Speaker(surface=self.text[s:e], surface_start=s, surface_end=e)
        low = head.lower_
        if low in _RELATIVE and head.head.dep_ == "relcl" and depth < 3:
            # "Barkley, who said …": the surface is "who", the speaker its antecedent
            inner = self.speaker_from(head.head.head, depth=depth + 1)
            sp.name, sp.name_start, sp.name_end = inner.name, inner.name_start, inner.name_end
            sp.resolved, sp.via_document = inner.resolved, inner.via_document
            return sp
        if head.pos_ == "PRON" or low in _PRONOUNS_PERSON or low in _PRONOUNS_OTHER:
            if low in _PRONOUNS_PERSON:
                person = self.resolve_pronoun(head)
                if person is not None:
                    sp.name, sp.name_start, sp.name_end = self.name_speaker(person)
                    sp.resolved = "pronoun"
            elif low == "it":
                org = self._recent_org(head)
                if org is not None:
                    sp.name, sp.name_start, sp.name_end = org
                    sp.resolved = "organisation"
            return sp
        for child in head.children:
            if child.dep_ == "appos" and any(self.person_at(t) for t in child.subtree):
                # "the spokesperson, Matthew Miller": the person is the speaker
                inner = self.speaker_from(child, depth=depth + 1)
                sp.name, sp.name_start, sp.name_end = inner.name, inner.name_start, \
                    inner.name_end  # fmt: skip
                sp.resolved = inner.resolved
                return sp
        # a document or an office speaks for its owner: "a statement from his office"
        if low in self.lex.documents or low in self.lex.offices:
            owner = self._owner(head)
            if owner is not None and depth < 3:
                inner = self.speaker_from(owner, depth=depth + 1)
                if inner.name is not None:
                    sp.name, sp.name_start, sp.name_end = inner.name, inner.name_start, \
                        inner.name_end  # fmt: skip
                    sp.resolved = "organisation" if (
                        low in self.lex.offices or inner.resolved == "organisation"
                        or inner.via_document) else inner.resolved  # fmt: skip
                    sp.via_document = low in self.lex.documents
                    return sp
            if low in self.lex.documents:
                sp.via_document = True
                det = {c.lower_ for c in head.children if c.dep_ == "det"}
                if det & _DEFINITE:
                    return sp  # "The statement added": filled from the last statement
        person = self._person_in(tokens, head)
        if person is not None:
            sp.name, sp.name_start, sp.name_end = self.name_speaker(person)
            sp.resolved = "name"
            return sp
        org = self._org_in(tokens, head)
        if head.pos_ == "PROPN" and org is None:
            text = " ".join(t.text for t in tokens if t.pos_ == "PROPN")
            a = min(t.idx for t in tokens if t.pos_ == "PROPN")
            sp.name, sp.name_start, sp.name_end = text, a, a + len(text)
            sp.resolved = "name"
            if self.text[a : a + len(text)] != text:
                sp.name_end = max(t.idx + len(t) for t in tokens if t.pos_ == "PROPN")
            return sp
        det = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if det & _DEFINITE and self.role_groups(sp.surface or ""):
            person = self.resolve_role(sp.surface or "", head)
            if person is not None:
                sp.name, sp.name_start, sp.name_end = self.name_speaker(person)
                sp.resolved = "role"
                return sp
        if org is not None:
            sp.name, sp.name_start, sp.name_end = org
            sp.resolved = "organisation"
        return sp

    def _owner(self, head: Token) -> Token | None:
        for child in head.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "compound" and (child.ent_type_ in _NAME_LABELS | _ORG_LABELS):
                return child
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        return None

    def _person_in(self, tokens: list[Token], head: Token) -> _Person | None:
        found = [self.person_at(t) for t in tokens]
        people = [p for p in found if p is not None]
        if not people:
            if head.pos_ == "PROPN":
                word = head.text.lower()
                same = [p for p in self.persons if p.surname == word]
                return same[0] if same else None
            return None
        at_head = self.person_at(head)
        return at_head if at_head is not None else people[-1]

    def _org_in(self, tokens: list[Token], head: Token) -> tuple[str, int, int] | None:
        ids = {t.i for t in tokens}
        best = None
        for ent in self.doc.ents:
            if ent.label_ in _ORG_LABELS and ent.start in ids:
                s, e, text = self._clean_name(ent)
                if ent.start <= head.i < ent.end:
                    return text, s, e
                if best is None:
                    best = (text, s, e)
        return best

    def _recent_org(self, before: Token) -> tuple[str, int, int] | None:
        best = None
        for ent in self.doc.ents:
            if ent.start >= before.i:
                break
            if ent.label_ == "ORG" and self.qid[ent.start] == -1:
                best = ent
        if best is None:
            return None
        s, e, text = self._clean_name(best)
        return text, s, e

    # cues ------------------------------------------------------------------------

    def cue_of(self, verb: Token) -> tuple[int, int, str]:
        """The cue's text: the verb, its particle, whom it was told, its channel."""
        tokens = [verb]
        for child in verb.children:
            if child.dep_ == "prt" and child.i == verb.i + 1:
                tokens.append(child)
        base = self.speech_base(verb)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # was quoted as saying
            quoted = verb.head.head
            aux = [c for c in quoted.children if c.dep_ == "auxpass"]
            tokens += [quoted, verb.head, *aux]
        end_i = max(t.i for t in tokens)
        for child in verb.rights:
            if child.left_edge.i != end_i + 1:
                continue
            if child.dep_ in ("dobj", "dative") and base == "tell":
                end_i = child.right_edge.i
            elif child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj and pobj[0].lower_ in self.lex.channels:
                    end_i = pobj[0].right_edge.i
                    break
            else:
                continue
        start_i = min(t.i for t in tokens)
        s = self.doc[start_i].idx
        e = self.doc[end_i].idx + len(self.doc[end_i])
        return s, e, self.text[s:e]

    # direct quotes ---------------------------------------------------------------

    def cue_after(self, q: Quotation) -> tuple[Token, Token | None] | None:
        """``“…,” he said`` / ``“…,” said Miller``: a speech verb right after the marks.

        Returns the verb and, when the parse lost it, the speaker's token.
        """
        after = [t for t in self.tokens_between(q.end, len(self.text)) if not t.is_space]
        window: list[Token] = []
        for tok in after[: 2 * _MAX_CUE_GAP]:
            if "\n" in self.text[q.end : tok.idx]:
                break
            window.append(tok)
            if tok.text in (".", "!", "?", ";") and len(window) > 1 and self.qid[tok.i] == -1:
                break
        for n, tok in enumerate(window):
            if tok.lower_ == "according" and n <= 1 and self.according(tok) is not None:
                return tok, None
            if self.qid[tok.i] != -1 or not self.speech_base(tok):
                continue
            subtree = {t.i for t in tok.subtree}
            between = window[:n]
            # only the speaker's phrase may stand between ("Ramos, 58, told AFP"), and
            # it may hold a quoted name ("wearing “Ted Cruz” pins")
            if all(t.i in subtree or t.is_punct or t.pos_ == "NUM" or self.qid[t.i] != -1
                   for t in between):  # fmt: skip
                # the speaker stands after the quotation ("he said", "said Miller"); a
                # participle with no subject of its own ("…,” adding that …) is a new cue
                subject = self.subject_of(tok) or self._loose_subject(tok)
                if self._is_quoted(tok):
                    subject = self._quoted_subject(tok)
                if subject is None or subject.i < window[0].i:
                    return None
                return tok, None
            # the parse went astray ("Ramos/conj, 58, told/conj"): a bare name phrase
            # between the marks and the verb is still the speaker
            names = [t for t in between
                     if t.pos_ in ("PROPN", "PRON") and t.lower_ not in _RELATIVE]  # fmt: skip
            if names and all(t.pos_ in _NAME_PHRASE_POS for t in between):
                return tok, names[0]
            return None
        return None

    def cue_before(self, q: Quotation) -> Token | None:
        """``Miller told reporters, “…”`` / ``He continued: “…”`` / a colon paragraph."""
        first = self.tokens_between(q.start, q.start + 1)
        if not first:
            return None
        start_tok = first[0]
        lo = max(0, start_tok.i - 3 * _MAX_CUE_GAP)
        prev = [t for t in self.doc[lo : start_tok.i] if not t.is_space][-_MAX_CUE_GAP:]
        if not prev:
            return None
        crossed_line = "\n" in self.text[prev[-1].idx : q.start]
        if crossed_line and prev[-1].text != ":":
            return None
        last = prev[-1]
        if not (last.text in (",", ":", "—", "–", "-") or last.lower_ in ("that", "saying")
                or self.speech_base(last)):  # fmt: skip
            return None
        if self._looks_like_title(q):
            return None  # "wrote in his memoir, “An American Son.”"
        if self.speech_base(last) and self._words_after(q):
            return None  # "said “it gets me mad” every time …": a piece of a clause
        sent = self.sent_of[last.i]
        window = [t for t in prev if self.sent_of[t.i] == sent and self.qid[t.i] == -1]
        for n in range(len(window) - 1, -1, -1):
            tok = window[n]
            if not self.speech_base(tok):
                continue
            subtree = {t.i for t in tok.subtree}
            between = window[n + 1 :]
            if all(t.i in subtree or t.is_punct for t in between):
                return tok
            return None
        return None

    def _looks_like_title(self, q: Quotation) -> bool:
        words = _WORD.findall(" ".join(self.text[a:b] for a, b in q.parts))
        long_words = [w for w in words if len(w) > 3]
        return 0 < len(words) <= 8 and bool(long_words) and all(w[0].isupper() for w in long_words)

    def _words_after(self, q: Quotation) -> bool:
        """Words follow the quotation in its sentence (before a line break)."""
        after = self.tokens_between(q.end, len(self.text))
        for tok in after:
            if tok.is_space and "\n" in tok.text:
                return False
            if tok.is_sent_start or tok.text in (".", "!", "?", ";"):
                return False
            if not tok.is_punct and not tok.is_space:
                return True
        return False

    def is_fragment(self, q: Quotation) -> bool:
        """A quotation that starts inside a clause: ``reiterated US “opposition …”``.

        ``said that “…”`` counts too: the reported speech decides whether the quotation
        is the whole clause (a direct quote) or a piece of it.
        """
        first = self.tokens_between(q.start, q.start + 1)
        if not first:
            return False
        prev = [t for t in self.doc[max(0, first[0].i - 5) : first[0].i] if not t.is_space]
        if not prev or "\n" in self.text[prev[-1].idx : q.start]:
            return False
        last = prev[-1]
        return not (last.is_punct or self.speech_base(last) or last.lower_ in ("saying", "as"))

    # reported speech -------------------------------------------------------------

    def content_of(self, verb: Token) -> list[Token] | None:
        """What a speech verb reports, as tokens (None when it reports nothing).

        A clause (ccomp) first; then, for the verbs the lexicon allows, an infinitive
        ("vowed to fight") or a noun phrase ("announced his resignation"), never a
        pronoun ("said it") nor the person spoken to ("told reporters").
        """
        comps = [c for c in verb.children if c.dep_ == "ccomp"]
        base = self.speech_base(verb) or ""
        if not comps and base in self.lex.infinitive_verbs:
            comps = [c for c in verb.children if c.dep_ == "xcomp" and not self.speech_base(c)]
        if not comps and base in self.lex.object_verbs:
            has_dative = any(c.dep_ == "dative" for c in verb.children)
            if base not in self.lex.addressee_verbs or has_dative:
                comps = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"
                         and c.ent_type_ not in _NAME_LABELS]  # fmt: skip
                if comps and base not in self.lex.addressee_verbs:
                    # "reiterating [the United States’]/dative [rejection]/dobj": a possessor
                    comps += [c for c in verb.children if c.dep_ == "dative"
                              and c.right_edge.i + 1 >= comps[0].left_edge.i]  # fmt: skip
        if not comps:
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            bare = not any(c.dep_ in ("dobj", "xcomp", "dative") for c in verb.children)
            if (verb.dep_ == "parataxis" or (verb.dep_ == "advcl" and "as" in marks and bare)
                    or self._inverted(verb)) and verb.head.pos_ in ("VERB", "AUX"):
                # "…, as the Post reported", "…, Carter/nsubj told/conj a Senate panel"
                head = verb.head
                skip = {t.i for t in verb.subtree}
                return [t for t in head.subtree if t.i not in skip]
            passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
            if passive and any(c.dep_ == "agent" for c in verb.children):
                return list(passive[0].subtree)  # "the move was first reported by X"
            return None
        tokens: list[Token] = []
        for comp in comps:
            tokens += list(comp.subtree)
            if comp.dep_ == "ccomp" and comp.left_edge.i > verb.i and \
                    base not in self.lex.addressee_verbs:  # fmt: skip
                # "said [the days when …] [are gone]": a subject parsed as the object
                for obj in verb.children:
                    if (obj.dep_ == "dobj" and verb.i < obj.i < comp.left_edge.i
                            and obj.ent_type_ not in ("DATE", "TIME")):  # fmt: skip
                        tokens += list(obj.subtree)
        return sorted(set(tokens), key=lambda t: t.i)

    def _inverted(self, verb: Token) -> bool:
        """A cue after its clause that the parse joined as a conjunct: "X, Y told Z"."""
        if verb.dep_ not in ("conj", "dep") or verb.head.i >= verb.i:
            return False
        subject = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if not subject:
            return False
        before = self.doc[subject[0].left_edge.i - 1] if subject[0].left_edge.i > 0 else None
        return before is not None and before.text in (",", "”", '"', "''")

    def according(self, token: Token) -> tuple[list[Token], Token, Token] | None:
        """``according to X``: (content tokens, the pobj, the "to" token)."""
        if token.lower_ != "according":
            return None
        to = [c for c in token.children if c.lower_ == "to"]
        if not to:
            return None
        pobj = [c for c in to[0].children if c.dep_ == "pobj"]
        if not pobj:
            return None
        head = token.head
        while head.dep_ not in _CLAUSE_DEPS and head.head.i != head.i:
            head = head.head
        skip = {t.i for t in token.subtree}
        content = [t for t in head.subtree if t.i not in skip]
        return content, pobj[0], to[0]

    def parts_of(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Character spans of a clause's tokens: one per contiguous run, edges trimmed.

        A leading "that" and edge punctuation go (quotation marks stay); a quotation
        that opens inside the clause extends it to its closing mark, because the parse
        often hangs the quotation's last words on the main verb.
        """
        toks = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
        runs: list[list[Token]] = []
        for tok in toks:
            if runs and all(self.doc[k].is_space for k in range(runs[-1][-1].i + 1, tok.i)):
                runs[-1].append(tok)
            else:
                runs.append([tok])
        parts = []
        for n, run in enumerate(runs):
            while run and ((run[0].is_punct and run[0].text not in _OPEN_MARKS)
                           or (n == 0 and run[0].lower_ == "that" and run[0].dep_ == "mark")):
                run.pop(0)  # fmt: skip
            while run and run[-1].is_punct and run[-1].text not in _CLOSE_MARKS:
                run.pop()
            if run and any(not t.is_punct for t in run):
                parts.append((run[0].idx, run[-1].idx + len(run[-1])))
        if not parts:
            return []
        s0, e0 = parts[0]
        for q in self.quotations:
            for a, b in q.regions:
                if a < s0 < b and "\n" not in self.text[a:s0]:
                    # the clause starts inside a quotation: take the quotation's sentence
                    first = self.tokens_between(a, a + 1)
                    if first:
                        sent = self.sents[self.sent_of[first[0].i]]
                        s0 = max(sent.start_char, self.text.rfind("\n", 0, a) + 1)
        parts[0] = (s0, e0)
        s, e = parts[-1]
        for q in self.quotations:
            for a, b in q.regions:
                if s <= a < e < b and "\n" not in self.text[e:b]:
                    e = b
        inner = self.text[s:e]
        opens = sum(inner.count(c) for c in _DOUBLE_OPEN)
        closes = sum(inner.count(c) for c in _DOUBLE_CLOSE)
        if closes > opens and inner[-1] in _DOUBLE_CLOSE:
            e -= 1
        while e > s and self.text[e - 1] in _TRIM_END:
            e -= 1
        parts[-1] = (s, e)
        return parts

    # the cascade -----------------------------------------------------------------

    def run(self) -> list[QuoteSpan]:
        """The cascade: direct quotes, then reported speech, then the nested ones go."""
        quotes = self._direct_quotes()
        used = {q.verb.i for q in quotes if q.verb is not None}
        quotes += self._reported_speech(quotes, used)
        direct_cues = [q.cue[0] for q in quotes if q.kind == "direct" and q.cue]
        # a clause that holds a direct quote with its own cue is not one statement
        quotes = [q for q in quotes if q.kind == "direct" or not any(
            a <= c < b for a, b in q.parts for c in direct_cues)]  # fmt: skip
        return sorted((self._finish(q) for q in quotes), key=lambda s: (s.start, s.end))

    def _direct_quotes(self) -> list[_Quote]:
        """Steps 1-2: each quotation with its cue, pieces and continuations joined."""
        quotes: list[_Quote] = []
        last: _Quote | None = None
        for q in self.quotations:
            if self.is_fragment(q):
                continue  # part of a clause: the reported speech around it carries it
            found = self.cue_after(q)
            verb, subject = found if found is not None else (None, None)
            before = self.cue_before(q) if verb is None else None
            joins = before is not None and last is not None and last.verb is not None \
                and before.i == last.verb.i  # “A,” he said, “B.”  # fmt: skip
            if joins or (verb is None and before is None and self._continues(q, last)):
                assert last is not None
                last.parts += list(q.parts)
                last.regions += list(q.regions)
                continue
            after_cue = verb is not None
            verb = verb or before
            if verb is None:
                continue  # no cue and no quote to continue: a title, a term, a scare quote
            words = sum(self._words(a, b) for a, b in q.parts)
            if (words < 2 and not after_cue) or (q.single and words < 3):
                continue  # “Judge,” ‘Israel’: a name or a word, not a statement
            last = _Quote(list(q.parts), "direct", verb, self.cue_of(verb),
                          self.lex.tones.get(self.speech_base(verb) or ""),
                          self._speaker_for(verb, quotes, subject=subject), self.sent_of[verb.i],
                          list(q.regions))  # fmt: skip
            quotes.append(last)
        return quotes

    def _reported_speech(self, quotes: list[_Quote], used: set[int]) -> list[_Quote]:
        """Step 3: speech verbs with a clause (or object) and "according to" phrases."""
        found: list[_Quote] = []
        for token in self.doc:
            if token.i in used or self.qid[token.i] != -1:
                continue
            acc = self.according(token)
            if acc is not None:
                content, pobj, to = acc
                parts = self.parts_of(content)
                if sum(self._words(*p) for p in parts) < 2:
                    continue
                cue_s, cue_e = token.idx, to.idx + len(to)
                speaker = self._resolve_document(self.speaker_from(pobj), quotes + found)
                found.append(_Quote(parts, self._kind(parts), None,
                                    (cue_s, cue_e, self.text[cue_s:cue_e]),
                                    self.lex.phrases.get("according to"), speaker,
                                    self.sent_of[token.i], []))  # fmt: skip
                continue
            base = self.speech_base(token)
            content = self.content_of(token) if base is not None else None
            if not content:
                continue
            parts = self.parts_of([t for t in content if t.i != token.i])
            if sum(self._words(*p) for p in parts) < 2:
                continue
            if parts[-1][1] <= token.idx and not self._ends_before_cue(parts[-1], token):
                continue
            subject = self._quoted_subject(token) if self._is_quoted(token) \
                else self.subject_of(token)  # fmt: skip
            if subject is None:
                continue  # "it was reported that …": no one to attribute it to
            speaker = self._speaker_for(token, quotes + found, subject=subject)
            kind = self._kind(parts)
            if kind == "direct":
                parts = [self._quoted_part(parts[0])]  # said that “…”: the whole clause
                if self._covered(parts[0], quotes + found):
                    continue
            found.append(_Quote(parts, kind, token, self.cue_of(token),
                                self.lex.tones.get(base or ""), speaker, self.sent_of[token.i],
                                []))  # fmt: skip
        return found

    def _is_quoted(self, verb: Token) -> bool:
        return verb.dep_ == "pcomp" and verb.head.lower_ == "as" and \
            verb.head.head.lemma_ == "quote"  # fmt: skip

    def _quoted_subject(self, verb: Token) -> Token | None:
        quoted = verb.head.head
        subj = [c for c in quoted.children if c.dep_ in ("nsubjpass", "nsubj")]
        return subj[0] if subj else None

    def _speaker_for(self, verb: Token, quotes: list[_Quote], *,
                     subject: Token | None = None) -> _Speaker:  # fmt: skip
        if subject is None and self._is_quoted(verb):
            subject = self._quoted_subject(verb)
        elif subject is None:
            subject = self.subject_of(verb) or self._loose_subject(verb)
        if subject is None:
            return _Speaker()
        return self._resolve_document(self.speaker_from(subject), quotes)

    def _resolve_document(self, sp: _Speaker, quotes: list[_Quote]) -> _Speaker:
        """"The statement added": the speaker of the last statement quoted before."""
        if sp.name is None and sp.via_document:
            for prev in reversed(quotes):
                if prev.speaker.via_document and prev.speaker.name is not None:
                    sp.name, sp.name_start, sp.name_end = prev.speaker.name, \
                        prev.speaker.name_start, prev.speaker.name_end  # fmt: skip
                    sp.resolved = prev.speaker.resolved
                    break
        return sp

    def _continues(self, q: Quotation, last: _Quote | None) -> bool:
        """A cue-less quotation right after an attributed quote continues it.

        Between the two there may be only the cue's own words ("…,” he said. “…”),
        and the quotation must open its sentence or paragraph. A paragraph that is
        only a quotation, right after the paragraph of an attributed one, continues it
        too (PolNeAR annotates such runs as one content in parts).
        """
        if last is None or last.verb is None or not last.regions:
            return False
        gap_start = last.regions[-1][1]
        if gap_start > q.start:
            return False
        gap = self.text[gap_start : q.start]
        if gap.count("\n") and not _CONTINUE_ACROSS_PARAGRAPHS:
            return False
        subtree = {t.i for t in last.verb.subtree}
        for tok in self.tokens_between(gap_start, q.start):
            if not (tok.is_space or tok.is_punct or tok.i in subtree):
                return False
        line_start = self.text.rfind("\n", 0, q.start) + 1
        if gap.count("\n"):
            # the quotation must be the whole paragraph
            line_end = self.text.find("\n", q.end)
            rest = self.text[q.end : line_end if line_end != -1 else len(self.text)]
            return self.text[line_start : q.start].strip() == "" and rest.strip() == ""
        before = self.text[max(gap_start, line_start) : q.start].rstrip()
        return before == "" or before[-1] in ".!?;:" or before.endswith(("”", '"', "''"))

    def _words(self, s: int, e: int) -> int:
        return len(_WORD.findall(self.text[s:e]))

    def _ends_before_cue(self, span: tuple[int, int], verb: Token) -> bool:
        """Content before its cue must end at a comma or a quotation mark ("…, he said")."""
        rest = self.text[span[1] : verb.idx]
        return bool(_BEFORE_CUE.match(rest)) or self.text[span[1] - 1] in "”\"’»'"

    def _quoted_part(self, span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        for q in self.quotations:
            for a, b in q.parts:
                if a <= s + 1 and b >= e - 1:
                    return a, b
        return span

    def _kind(self, parts: list[tuple[int, int]]) -> Kind:
        """Direct when the whole clause is one quotation (``said that “…”``)."""
        if len(parts) != 1:
            return "reported"
        s, e = parts[0]
        for q in self.quotations:
            for a, b in q.parts:
                if a <= s + 1 and b >= e - 1:
                    return "direct"
        return "reported"

    def _covered(self, span: tuple[int, int], quotes: list[_Quote]) -> bool:
        s, e = span
        return any(a <= s and b >= e for q in quotes for a, b in q.parts)

    def _finish(self, q: _Quote) -> QuoteSpan:
        parts = tuple(p for p in (_trimmed(self.text, a, b) for a, b in q.parts) if p[1] > p[0])
        if not parts:
            parts = tuple(q.parts)
        text = " ".join(self.text[a:b] for a, b in parts)
        sp = q.speaker
        cue_s, cue_e, cue = q.cue if q.cue else (None, None, None)
        return QuoteSpan(
            text=" ".join(text.split()),
            start=parts[0][0],
            end=parts[-1][1],
            kind=q.kind,
            cue=cue,
            cue_start=cue_s,
            cue_end=cue_e,
            speaker=sp.name,
            speaker_start=sp.name_start,
            speaker_end=sp.name_end,
            speaker_surface=sp.surface,
            resolved=sp.resolved if sp.name is not None else "none",
            sentence_index=q.sentence,
            parts=parts,
            surface_start=sp.surface_start,
            surface_end=sp.surface_end,
            cue_tone=q.tone,
        )


def extract_quotes(doc: Doc) -> list[QuoteSpan]:
    """Direct quotes and reported speech of one parsed article, in text order.

    Args:
        doc: the article parsed by :func:`newsprism.extract.nlp.load_nlp` (a tagger,
            parser and NER are needed; paragraphs are lines of ``doc.text``).

    Returns:
        One :class:`QuoteSpan` per quote (a quote split around its cue or running over
        paragraphs is one span with several ``parts``), each with its cue and speaker.

    Example::

        >>> doc = load_nlp()('“We will win,” Miller said.')
        >>> [(q.text, q.kind, q.cue, q.speaker) for q in extract_quotes(doc)]
        [('We will win', 'direct', 'said', 'Miller')]
    """
    return _Extractor(doc, load_lexicon()).run()

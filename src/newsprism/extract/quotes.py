"""Quotes and reported speech, each with its speaker resolved to a name (issue 3).

A news story is mostly what people said, so every later comparison ("who said what,
and does another outlet quote it the same way?") starts here. The extractor is a
cascade of rules over spaCy's parse, with the words in ``data/speech_verbs.toml`` and
the role nouns of ``data/roles.toml``:

1. **Quotation marks** are paired per paragraph and per family (curly, straight,
   typewriter ``''``, guillemets; a quotation of another family inside one is skipped,
   except a straight mark closing a curly one or the reverse when nothing else can),
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
   ``X, he said, was Y``, ``told reporters …``, ``said [raising taxes] would hurt``,
   ``asked whether …``, ``was quoted as saying …``, ``…, as the Post reported``), a
   paragraph after ``he wrote:``, ``according to X``, and a speech noun with a clause
   (``his claim that …``); for the verbs and prepositions the data file lists, a noun
   phrase ("announced his resignation"), an infinitive ("vowed to fight on") or a topic
   ("warned of a crash"). A clause that is one whole quotation is a direct quote; one
   with quoted fragments stays reported, and the cue-less quotations right after it
   continue it. A report inside another one's content ("Miller said [Blinken
   reiterated …]") is part of that statement, not a second one.
4. **Speakers**: the subject of the cue (or of the verb it hangs from, for "adding
   that"; the name after it, for "said Skelly"; the agent of a passive, or no one),
   resolved to a canonical name: a surname to the fullest form of that name in the
   article ("Miller" → "Matthew Miller"); "he"/"she" to the most recent compatible
   person in a subject position before it; "the spokesman" to the last person
   introduced with a title of the same group; "a statement from his office" or "his
   lawyers" to the owner; "the White House" stays an organisation.

A quote split around its cue is *one* :class:`QuoteSpan` whose ``parts`` are the
pieces (PolNeAR annotates it the same way, as one discontinuous content span); ``text``
joins them with a space, and ``start``/``end`` run from the first piece to the last.
Scores on PolNeAR and the errors that remain: docs/eval-quotes.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Literal

from newsprism.extract.entities import load_roles
from newsprism.extract.tree import climb

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
    """The words of ``data/speech_verbs.toml`` (and the role nouns of ``roles.toml``)."""

    tones: dict[str, str]  # base verb ("say", "point out") -> "neutral" | "loaded"
    forms: dict[str, str]  # inflected one-word verb -> base
    particles: dict[str, dict[str, str]]  # inflected verb of a phrasal verb -> {prt: base}
    phrases: dict[str, str]  # "according to" -> tone
    documents: frozenset[str]
    offices: frozenset[str]
    channels: frozenset[str]
    roles: dict[str, frozenset[str]]  # role noun ("spokesman", "sen.") -> groups, roles.toml
    object_verbs: frozenset[str] = frozenset()  # report a noun phrase: "announced X"
    infinitive_verbs: frozenset[str] = frozenset()  # report an infinitive: "vowed to"
    addressee_verbs: frozenset[str] = frozenset()  # object is the hearer: "told him"
    aspectual_verbs: frozenset[str] = frozenset()  # "continued campaigning" is no speech
    topic_preps: frozenset[str] = frozenset()  # "warned of X": X is what was said
    question_verbs: frozenset[str] = frozenset()  # "asked if X": X is what was asked
    speech_nouns: frozenset[str] = frozenset()  # "his claim that X", "a pledge to X"
    verb_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # ask -> {"for"}

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


def _plural(noun: str) -> str:
    """The plural of a role noun: lawyers, spokesmen, spokespeople, press secretaries."""
    head, _, last = noun.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("person"):
        last = last[:-6] + "people"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


@cache
def load_lexicon() -> SpeechLexicon:
    """Read ``data/speech_verbs.toml`` once, with the role nouns of ``data/roles.toml``."""
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
    table = load_roles()
    roles: dict[str, set[str]] = {}
    for group, nouns in table.groups.items():
        for noun in nouns:
            roles.setdefault(noun, set()).add(group)
    # "his spokesman", "Trump's lawyers": a role that speaks for its holder's principal
    proxies = {form for group in table.speaks_for for noun in table.groups.get(group, ())
               for form in (noun, _plural(noun))}  # fmt: skip
    return SpeechLexicon(
        tones=tones,
        forms=forms,
        particles=particles,
        phrases={k.lower(): v for k, v in data.get("phrases", {}).items()},
        documents=frozenset(w.lower() for w in data["documents"]["nouns"]),
        offices=frozenset(w.lower() for w in data["documents"]["offices"]) | proxies,
        channels=frozenset(w.lower() for w in data["channels"]["nouns"]),
        roles={k: frozenset(v) for k, v in roles.items()},
        object_verbs=frozenset(data["complements"]["object"]),
        infinitive_verbs=frozenset(data["complements"]["infinitive"]),
        addressee_verbs=frozenset(data["complements"]["addressee"]),
        aspectual_verbs=frozenset(data["complements"].get("aspectual", [])),
        topic_preps=frozenset(data["complements"].get("topic", [])),
        question_verbs=frozenset(data["complements"].get("question", [])),
        speech_nouns=frozenset(w.lower() for w in data.get("nouns", {}).get("speech", [])),
        verb_preps={k.lower(): frozenset(v) for k, v in data.get("prepositions", {}).items()},
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
    marks = _double_marks(text, ls, le)
    for n, mark in enumerate(marks):
        pos, length, family, role = mark
        if open_ is None:
            if role == "close" and not (
                _opens(text, pos, length, ls, le)
                and text[pos + length : pos + length + 1].isalnum()
            ):
                continue  # a stray closing mark (a ” typed for “ still opens)  # fmt: skip
            if role == "either" and not _opens(text, pos, length, ls, le):
                continue
            open_ = mark
            continue
        if family != open_[2] and not _mixed_close(text, marks, n, open_, le):
            continue  # a quotation of another family nested inside this one
        if role == "open" and not (
            _closes(text, pos, length, le) and not _opens(text, pos, length, ls, le)
        ):
            open_ = mark  # the earlier opening mark was never closed  # fmt: skip
            continue
        pairs.append((open_[0], open_[0] + open_[1], pos, pos + length))
        open_ = None
    if open_ is not None:
        pairs.append((open_[0], open_[0] + open_[1], None, None))
    return pairs


def _mixed_close(text: str, marks: list[_Mark], n: int, open_: _Mark, le: int) -> bool:
    """A straight mark closing a curly one, or the reverse: “…," he said.

    Typed and pasted text mixes the two; the other family closes only when it can
    close here (no word right after it) and no mark of the opening family follows in
    the paragraph to close the quotation itself.
    """
    pos, length, family, role = marks[n]
    if {family, open_[2]} != {"curly", "straight"} or role == "open":
        return False
    if not _closes(text, pos, length, le) or text[pos + length : pos + length + 1].isalnum():
        return False
    return not any(m[2] == open_[2] for m in marks[n + 1 :])


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
        self.direct_verbs: set[int] = set()  # token ids of the cues of direct quotes
        self.orphans: list[Quotation] = []  # quotations with no cue and no quote to continue

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
        head = climb(token, lambda t: t.dep_ in ("compound", "flat", "appos"))
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
        if depth == 0 and self._passive(verb):
            return None  # "Asked about it, Clinton said": not Clinton's question
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if self._dateline(child):
                    return None
                if child.dep_ == "nsubjpass" or child.lower_ in ("there",):
                    return None
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp") and depth < 3:
            head = verb.head
            if head.dep_ == "ccomp" and self.speech_base(head.head) and \
                    self._next_statement(verb):  # fmt: skip
                head = head.head  # "said the plan failed, noting …": the sayer notes
            if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
                head = head.head  # "Yellen is likely to stress …", "are quick to point out"
            if verb.dep_ == "xcomp" and self._impersonal(head):
                return None  # "it is safe to say": no one speaks
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
                governor = climb(noun.head, lambda t: t.pos_ not in ("VERB", "AUX"))
                return self.subject_of(governor, depth + 1)
            return noun  # "voters saying they want …"
        if verb.dep_ == "pcomp" and depth < 3 and verb.head.dep_ == "prep":
            head = verb.head.head  # "before insisting that …", "after telling aides …"
            if head.pos_ in ("VERB", "AUX"):
                return self.subject_of(head, depth + 1)
        return self._inverted_subject(verb)

    @staticmethod
    def _impersonal(head: Token) -> bool:
        """ "It is safe/fair/hard to say": an "it" subject with an adjective predicate."""
        children = list(head.children)
        return any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in children) and \
            any(c.dep_ == "acomp" for c in children)  # fmt: skip

    def _lost_subject(self, verb: Token) -> Token | None:
        """A name before a main cue whose subject the parse hung elsewhere.

        "Jay DiPietro, the club's president, suggested that …" or "In an interview,
        the candidate stated that …" can come out with no subject when a long
        appositive or an opening phrase confuses the parser. The last person or
        organisation named before the verb in its sentence, outside quotations, then
        stands for the speaker.
        """
        sent = self.sents[self.sent_of[verb.i]]
        named = [e for e in self.doc.ents if sent.start <= e.start and e.end <= verb.i
                 and e.label_ in _NAME_LABELS | {"ORG"} and self.qid[e.start] == -1]  # fmt: skip
        if not named:
            return None
        last = named[-1]
        return last[-2] if last[-1].tag_ == "POS" and len(last) > 1 else last[-1]

    def _inverted_subject(self, verb: Token) -> Token | None:
        """The name right after a cue that follows its quote: “…,” said Skelly.

        The parse often tags the inverted name as an adverb or an object; a capitalised
        word (not a date) right after the verb, where the verb follows a comma or a
        closing mark, is the speaker.
        """
        if verb.i == 0 or verb.i + 1 >= len(self.doc):
            return None
        before = self.doc[verb.i - 1]
        if before.text not in (",", "”", '"', "''", "—") and not before.is_quote:
            return None
        name = self.doc[verb.i + 1]
        if name.is_title and name.pos_ in ("PROPN", "NOUN", "ADV") and \
                name.ent_type_ not in ("DATE", "TIME") and self.qid[name.i] == -1:  # fmt: skip
            return name
        return None

    def _dateline(self, token: Token) -> bool:
        """ "WASHINGTON (AP) —": a place opening the paragraph is not a speaker."""
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
            if (
                child.dep_ == "appos"
                and depth < 3
                and any(self.person_at(t) for t in child.subtree)
            ):
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
            # a surname the tagger missed ("said Skelly", tagged as an adverb) still
            # names the person introduced with it
            if head.pos_ == "PROPN" or (head.is_title and not head.is_sent_start):
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
        if self._looks_like_title(q) and self._inside_sentence(q):
            return None  # "In his book, ''Doomed to Succeed,'' and in an interview, he said"
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
                if self._sentence_closed(q) and any(
                        c.dep_ == "ccomp" and c.i > tok.i and self.qid[c.i] == -1
                        for c in tok.children):  # fmt: skip
                    return None  # “… .” He said [the plan failed]: a new statement
                return tok, None
            # the parse went astray ("Ramos/conj, 58, told/conj"): a bare name phrase
            # between the marks and the verb is still the speaker
            names = [t for t in between
                     if t.pos_ in ("PROPN", "PRON") and t.lower_ not in _RELATIVE]  # fmt: skip
            if names and all(t.pos_ in _NAME_PHRASE_POS for t in between):
                return tok, names[0]
            return None
        return None

    def _inside_sentence(self, q: Quotation) -> bool:
        """Words of the same sentence stand before the quotation (it does not open it)."""
        line_start = self.text.rfind("\n", 0, q.start) + 1
        before = self.text[line_start : q.start].rstrip()
        return bool(before) and before[-1] not in ".!?:"

    def _sentence_closed(self, q: Quotation) -> bool:
        """The quotation ends its sentence (“… failed.”), so what follows starts anew."""
        end = q.parts[-1][1]
        return end > 0 and self.text[end - 1] in ".!?"

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

        A cascade, each step only when the ones before found nothing: a clause (ccomp);
        a gerund ("said [raising taxes] would hurt"); for the verbs the lexicon allows,
        an infinitive ("vowed to fight") or a noun phrase ("announced his resignation"),
        never a pronoun ("said it") nor the person spoken to ("told reporters"); the
        question of a verb of asking ("asked whether …"); a "that"-clause the parse hung
        on a phrase in between; a topic ("warned of a crash"); the sentence around a
        cue set off by commas ("X, he said, was Y"); the subject of a passive with an
        agent. The speaker's next statement ("…, adding that …") is cut off the end.
        """
        comps = [c for c in verb.children if c.dep_ == "ccomp"]
        base = self.speech_base(verb) or ""
        if not comps and base not in self.lex.aspectual_verbs:
            # a gerund reports for every speech verb: "said [raising taxes] would hurt",
            # "denied knowing him", "recalled meeting her"
            comps = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                     and c.i > verb.i and not self.speech_base(c)]  # fmt: skip
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
        if not comps and base in self.lex.question_verbs:
            # "asked if he would run", "Asked whether …, she said": the question asked
            comps = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                     and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                             for m in c.children)]  # fmt: skip
        if not comps:
            comps = self._displaced_clause(verb)
        if not comps:
            comps = self._topic(verb, base)
        if not comps:
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            bare = not any(c.dep_ in ("dobj", "xcomp", "dative") for c in verb.children)
            if (
                verb.dep_ == "parataxis"
                or (verb.dep_ == "advcl" and "as" in marks and bare)
                or self._inverted(verb)
            ) and verb.head.pos_ in ("VERB", "AUX"):
                # "…, as the Post reported", "…, Carter/nsubj told/conj a Senate panel"
                head = verb.head
                skip = {t.i for t in verb.subtree}
                return [t for t in head.subtree if t.i not in skip]
            around = self._set_off(verb, marks)
            if around:
                return around
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
        ids = {t.i for t in tokens}
        for tok in list(tokens):
            if tok.i in ids and tok.i != verb.i and self._next_statement(tok):
                ids -= {t.i for t in tok.subtree}
                ids -= {c.i for c in tok.lefts if c.dep_ in ("cc", "punct")}
                if tok.i > 0 and self.doc[tok.i - 1].dep_ in ("cc", "punct"):
                    ids.discard(tok.i - 1)
        return sorted((t for t in set(tokens) if t.i in ids), key=lambda t: t.i)

    def _next_statement(self, tok: Token) -> bool:
        """The speaker's next statement inside a clause the parse made too long.

        "said the plan failed, adding that …" (a participle after a comma), "said the
        plan failed and said, “…”" (the cue of a direct quote) and "…, but said the
        outcome was open" (a conjoined cue with its own clause) are new statements with
        no subject of their own, so they end the clause before them.
        """
        if not self.speech_base(tok) or self._has_subject(tok):
            return False
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            before = self.text[max(0, tok.idx - 4) : tok.idx].rstrip()
            return before.endswith((",", "—", "–", ";", ',"', ",”", ",''"))
        return tok.dep_ == "conj" and (
            tok.i in self.direct_verbs or any(c.dep_ == "ccomp" for c in tok.children)
        )  # "…, but said the outcome was open"

    @staticmethod
    def _has_subject(verb: Token) -> bool:
        """The verb has a subject of its own (so it is not the speaker's next act)."""
        return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)

    def _set_off(self, verb: Token, marks: set[str]) -> list[Token]:
        """The sentence around a cue set off by commas: "X, he said, was Y", "X, she said."

        The cue's own phrase (its subject, time, place, channel) is set off from the
        sentence by a comma or a dash before it, and ends the sentence or is closed by
        another comma; whatever the parse hung it on, the rest of the sentence is what
        was said. Relative and subordinate cues ("Smith, who said …", "after he said",
        "as he continued to push") belong to the sentence around them.
        """
        if verb.dep_ in ("relcl", "acl", "ROOT") or marks or \
                any(c.dep_ == "xcomp" for c in verb.children):  # fmt: skip
            return []
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subject or subject[0].lower_ in _RELATIVE:
            return []
        sent = self.sents[self.sent_of[verb.i]]
        words = [t.i for t in verb.subtree if not t.is_punct]  # its own commas are edges
        left, right = min(words), max(words)
        if left <= sent.start or self.doc[left - 1].text not in (",", "—", "–", "--"):
            return []
        after = [t for t in self.doc[right + 1 : sent.end] if not t.is_space]
        if after and after[0].text not in (",", "—", "–", "--", ".", "!", "?", ";", ":"):
            return []
        return [t for t in sent if not left <= t.i <= right and not t.is_space]

    def _displaced_clause(self, verb: Token) -> list[Token]:
        """A "that"-clause the parse hung on a phrase between it and its verb.

        "said in one of a series of messages [that the truck …]", "said for the first
        time [that emails …]", "told the audience at his rally [that …]": the small
        parser reads the clause as a relative clause of the nearest noun. A "that"
        tagged as a conjunction (IN, not the relative WDT) opening a clause with its own
        subject, inside a phrase of the verb and before any other verb, is the content.
        """
        for tok in verb.subtree:
            if tok.i <= verb.i:
                continue
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in (
                "relcl",
                "acl",
                "ccomp",
                "aux",
                "auxpass",
            ):
                return []  # another verb of the sentence comes first
            if tok.lower_ != "that" or tok.tag_ != "IN" or tok.head.i < tok.i:
                continue
            clause = tok.head
            if (
                clause.pos_ in ("VERB", "AUX")
                and clause.i != verb.i
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
            ):
                return [clause]  # fmt: skip
            return []
        return []

    def _topic(self, verb: Token, base: str) -> list[Token]:
        """The object of a preposition that names what was said: "warned of [a crash]".

        Only after the verb, never a date or a channel ("spoke about it on Tuesday",
        "wrote about it in a tweet" keep just the topic), and the prepositions of one
        verb only where the lexicon allows them ("asked for calm", "commented on it").
        """
        preps = self.lex.topic_preps | self.lex.verb_preps.get(base, frozenset())
        found = []
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in preps or child.i < verb.i:
                continue
            pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME") and \
                    pobj[0].lower_ not in self.lex.channels:  # fmt: skip
                found.append(pobj[0])  # the topic itself, without "of" or "about"
        return found

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
        head = climb(token.head, lambda t: t.dep_ not in _CLAUSE_DEPS)
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
            while run and (
                (run[0].is_punct and run[0].text not in _OPEN_MARKS)
                or (n == 0 and run[0].lower_ == "that" and run[0].dep_ == "mark")
            ):
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
        self.direct_verbs = used
        quotes += self._reported_speech(quotes, used)
        direct_cues = [q.cue[0] for q in quotes if q.kind == "direct" and q.cue]
        # a clause that holds a direct quote with its own cue is not one statement
        quotes = [q for q in quotes if q.kind == "direct" or not any(
            a <= c < b for a, b in q.parts for c in direct_cues)]  # fmt: skip
        quotes = [q for q in quotes if not self._embedded(q, quotes)]
        quotes = self._unique(quotes)
        self._join_orphans(quotes)
        return sorted((self._finish(q) for q in quotes), key=lambda s: (s.start, s.end))

    @staticmethod
    def _unique(quotes: list[_Quote]) -> list[_Quote]:
        """One quote per content, the verb's reading first.

        "said in a statement that X" is found from the verb and from the noun; the
        verb's reading is kept because it knows the speaker.
        """
        seen: dict[tuple[tuple[int, int], ...], _Quote] = {}
        for q in sorted(quotes, key=lambda q: q.verb is None):
            seen.setdefault(tuple(q.parts), q)
        kept = {id(q) for q in seen.values()}
        return [q for q in quotes if id(q) in kept]

    def _join_orphans(self, quotes: list[_Quote]) -> None:
        """A cue-less quotation right after reported speech continues it.

        "Clubs are ''scratching out a profit,'' Hedge said. ''Golf is a thin business.''"
        and "She said she got a call. “She told me …”" are one statement in parts, as
        for direct quotes (:meth:`_continues`); the content stays reported.
        """
        for orphan in self.orphans:
            before = [q for q in quotes if self._end(q) <= orphan.start]
            if not before:
                continue
            last = max(before, key=self._end)
            if last.kind == "reported" and self._continues(orphan, last):
                last.parts += list(orphan.parts)
                last.regions += list(orphan.regions)

    @staticmethod
    def _end(quote: _Quote) -> int:
        """Where a quote ends: its last content or the closing mark of its last region."""
        return max([b for _, b in quote.parts] + [b for _, b in quote.regions])

    def _embedded(self, quote: _Quote, quotes: list[_Quote]) -> bool:
        """A report subordinate inside another statement is part of that statement.

        In "Miller said [Blinken reiterated the support]" the words are Miller's: the
        inner verb is a complement, relative or prepositional clause of the outer
        content, not a statement of its own. A conjoined or adverbial speech verb
        ("…, and asked …", "…, adding …") stays a statement of its own.
        """
        verb = quote.verb
        if quote.kind != "reported" or verb is None or \
                verb.dep_ not in ("ccomp", "relcl", "pcomp", "xcomp", "acl"):  # fmt: skip
            return False
        return any(other is not quote and other.kind == "reported"
                   and any(a <= verb.idx < b for a, b in other.parts)
                   for other in quotes)  # fmt: skip

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
                # no cue and no direct quote to continue: a title, a term, a scare quote,
                # or the rest of a paraphrase (joined in run, once reported speech is known)
                self.orphans.append(q)
                continue
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
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.speech_nouns:
                noun_quote = self._noun_statement(token, quotes + found)
                if noun_quote is not None:
                    found.append(noun_quote)
                continue
            base = self.speech_base(token)
            if base is None:
                continue
            content = self.content_of(token) or []
            # "In a speech last July, he said:" and the paragraph after it
            parts = self.parts_of([t for t in content if t.i != token.i]) if content \
                else self._block_after(token)  # fmt: skip
            if sum(self._words(*p) for p in parts) < 2:
                continue
            passive = self._passive(token)
            by_subject = passive and any(t.dep_ == "nsubjpass" and t.head.i == token.i
                                         for t in content)  # fmt: skip
            if parts[-1][1] <= token.idx and not by_subject and \
                    not self._ends_before_cue(parts[-1], token):  # fmt: skip
                continue
            subject = self._quoted_subject(token) if self._is_quoted(token) \
                else self.subject_of(token)  # fmt: skip
            if subject is None and not passive and token.dep_ == "ROOT":
                subject = self._lost_subject(token)
            if subject is None and not passive:
                continue  # a clause with no speaker and no passive cue: not a statement
            # "Clinton was asked whether …", "it was reported that …": said, by no one named
            speaker = self._speaker_for(token, quotes + found, subject=subject) \
                if subject is not None else _Speaker()  # fmt: skip
            kind = self._kind(parts)
            if kind == "direct":
                parts = [self._quoted_part(parts[0])]  # said that “…”: the whole clause
                if self._covered(parts[0], quotes + found):
                    continue
            found.append(_Quote(parts, kind, token, self.cue_of(token),
                                self.lex.tones.get(base or ""), speaker, self.sent_of[token.i],
                                []))  # fmt: skip
        return found

    @staticmethod
    def _passive(verb: Token) -> bool:
        """A passive cue: "was asked whether", or a bare participle, "Asked about it, …".

        The participle's speaker is only its agent ("Asked by reporters"): the subject
        of the clause it hangs on is the one who was asked, not the asker.
        """
        if any(c.dep_ == "auxpass" for c in verb.children):
            return True
        return (
            verb.tag_ == "VBN"
            and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
        )

    def _block_after(self, verb: Token) -> list[tuple[int, int]]:
        """The paragraph after a cue that ends its own paragraph with a colon.

        "Soerens argued that:" or "Fox News reports:" introduces a block (an excerpt, a
        letter, a tweet) set as the next paragraph, often without quotation marks.
        """
        line_end = self.text.find("\n", verb.idx)
        if line_end == -1 or not self.text[verb.idx : line_end].rstrip().endswith(":"):
            return []
        if any(self.speech_base(t) for t in self.tokens_between(verb.idx + len(verb), line_end)):
            return []  # a later verb of the line owns the colon
        for ls, le in _lines(self.text):
            if ls > line_end and self.text[ls:le].strip():
                a, b = _trimmed(self.text, ls, le)
                return [(a, b)] if b > a else []
        return []

    def _noun_statement(self, noun: Token, quotes: list[_Quote]) -> _Quote | None:
        """A speech noun with what was said: "his claim that …", "a pledge to …".

        The content is a clause the noun governs with "that"/"whether" (not a relative
        clause: "the claim that he made") or an infinitive ("a vow to fight"). The
        speaker is the owner ("his", "Trump's", "by Trump") or the subject of the verb
        that makes it ("Trump made the claim that"); with neither, there is none.
        """
        content = self._noun_content(noun)
        if not content:
            return None
        parts = self.parts_of(content)
        if sum(self._words(*p) for p in parts) < 2 or parts[0][0] < noun.idx:
            return None
        speaker = _Speaker()
        owner = self._owner(noun)
        if owner is not None and owner.lower_ not in _RELATIVE:
            speaker = self.speaker_from(owner)
        elif noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            subject = self.subject_of(noun.head)
            if subject is not None:
                speaker = self.speaker_from(subject)
        speaker = self._resolve_document(speaker, quotes)
        lemma = noun.lemma_.lower()
        tone = self.lex.tones.get(self.lex.forms.get(lemma, lemma), "neutral")
        return _Quote(parts, self._kind(parts), None,
                      (noun.idx, noun.idx + len(noun), noun.text), tone, speaker,
                      self.sent_of[noun.i], [])  # fmt: skip

    def _noun_content(self, noun: Token) -> list[Token] | None:
        """The complement clause or infinitive of a speech noun, if it has one."""
        for child in noun.rights:
            if child.dep_ in ("acl", "ccomp", "appos") and child.pos_ in ("VERB", "AUX"):
                marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
                if marks & {"that", "whether", "if"}:
                    return list(child.subtree)
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                if infinitive and child.tag_ == "VB":
                    return list(child.subtree)
        return None

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
        """ "The statement added": the speaker of the last statement quoted before."""
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
        if last is None or last.verb is None or not (last.regions or last.kind == "reported"):
            return False
        gap_start = self._end(last)
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

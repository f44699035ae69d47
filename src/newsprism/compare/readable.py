"""Can a reader take a summary line alone? Used by the summary (to leave out a line that
fails) and by ``eval compare`` (to count them).

A line is unusable when it is a fragment (no finite clause: no verb with a subject at
its root; or a piece of a quotation, its marks unbalanced: ``I can't say with
certitude" he told Russert.``), starts with an unresolved pronoun ("He said…",
"She…": who?) or an opener that leans on the sentence before ("Such as:", "Instead,"),
or gives its quotation to one ("…,” she said."), repeats a line already
shown (same words, or nearly), is a blob of more than two sentences, or is in the
writer's voice ("you" or a question outside quotation marks: ``voice``). These are
proxies of a reader's judgement, deliberately strict; docs/eval-compare.md says what
they miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from newsprism.compare.fronted_pointer import demonstrative_after_frame
from newsprism.compare.openers import (
    definite_subject_points_back,
    opener_points_back,
    same_points_back,
)
from newsprism.compare.other_subject import other_subject_points_back
from newsprism.compare.possessive import demonstrative_points_back, possessive_points_back
from newsprism.compare.quoted_pronouns import quoted_pronoun_unnamed
from newsprism.compare.speakerless_quote import all_quoted
from newsprism.extract.quotes.marks import quoted_spans
from newsprism.pronoun_words import DEMONSTRATIVES, PERSONAL_SUBJECTS, POSSESSIVES

__all__ = [
    "QUOTED_SHARE",
    "addresses_reader",
    "answers_question",
    "mostly_quoted",
    "opens_in_quotation",
    "pronoun_speaker",
    "quantifier_points_back",
    "reads_alone",
    "shell_noun_points_back",
    "starts_with_pronoun",
    "subject_points_back",
    "unbalanced_marks",
    "unusable_reasons",
]

REPEAT_OVERLAP = 0.8  # word Jaccard above which a line repeats an earlier one
MAX_SENTENCES = 2
# a capital "As"/"While"/"Whereas" before it, which the shown line keeps (summary.py,
# session 30), still opens on it: "While he may have used robust language, he …"
_PRONOUN_START = re.compile(
    r"^[\"“‘']?(?:(?-i:As|While|Whereas)\s+)?(?:"
    + "|".join((*PERSONAL_SUBJECTS, "it", *POSSESSIVES))
    + r"|(?:that|this)(?:'s|’s|\s+(?:is|was)\b))\b",
    re.IGNORECASE,
)  # "That's exactly what happened": what?
_PRONOUN_SAID = re.compile(
    r"[,”\"]\s*(?:" + "|".join(PERSONAL_SUBJECTS)
    + r")\s+(?:said|says|wrote|writes|added|told)\b", re.IGNORECASE
)  # "…,” she said.": the quotation's speaker is a pronoun
_CUT = re.compile(r"(?:\.\.\.|…)[\"”’]?$")  # the source text was cut mid-sentence
# a line ending on a colon ("… addressed the video in a statement Monday:") promises
# what the line does not show (session 21: its full stop added made it ":.")
_INTRODUCES = re.compile(r":\.?$")
_WORD = re.compile(r"\w+")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# A pronoun that points back to something the line does not name: "Normally, that would
# be the end of it." ("it" is left out: "it's not enough to …" is often an expletive);
# and a quantifier standing alone for a group named before: "Most temporarily moved to
# remote learning." (session 20 reader; "some" and "many" are left out: "Many believe …"
# is a generic subject, readable on its own).
_BACK_POINTERS = frozenset({*PERSONAL_SUBJECTS, *DEMONSTRATIVES,
                            "most", "others", "both", "neither"})  # fmt: skip
_DEMONSTRATIVES = frozenset(DEMONSTRATIVES)
# "some", "many" … standing alone as the subject: generic ("Many believe …") unless the
# sentence it came from pointed back ("But many are now reaching their breaking point":
# many of the workers of the sentence before; session 21 reader)
_QUANTIFIERS = frozenset({"some", "many", "much", "few", "several", "all", "each", "half",
                          "none"})  # fmt: skip
_CONNECTIVE_START = re.compile(
    r"^[\"“‘']?(?:and|but|so|yet|still|however|instead|also|even so)\b", re.IGNORECASE)
# an opener whose sense is the sentence before: examples of it ("Such as: The soaring
# number of …", session 22, a WSJ editorial), an alternative, likeness or consequence
# of it ("Instead, …", "As a result, …"); with the thing named ("As a result of the
# storm, …", "Instead of voting, …") the line says what it leans on and is kept
_LEANS_BACK = re.compile(
    r"^[\"“‘']?(?:such as\b|(?:for example|for instance|instead|likewise|similarly|"
    r"as a result|otherwise|in turn|in response|by contrast|in contrast|"
    r"on the other hand)\s*[,:—–])", re.IGNORECASE)
# nouns whose content is the statement before them ("announced the commitments",
# "dropped … on the news", "the move comes after …"): with "the" and no word saying
# which, the line leans on a sentence the reader does not see (session 22; a noun with
# an of-phrase or a clause, "the decision to …", "the news that …", says it)
_SHELL_NOUNS = frozenset({"news", "move", "moves", "decision", "announcement", "commitment",
                          "commitments", "change", "changes", "error", "mistake", "step",
                          "development", "remarks", "comments", "revelation", "incident",
                          "episode", "findings", "effort", "measure", "measures"})  # fmt: skip
_ANSWER = re.compile(r"^(?:yes|no|nope|not|probably|perhaps|maybe|hardly|absolutely|"
                     r"certainly|of course)\b(?!\s+(?:one|longer|more|less|only)\b)",
                     re.IGNORECASE)  # fmt: skip
_SECOND_PERSON = re.compile(r"\b[Yy]ou(?:r|rs|rself|rselves)?\b")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _is_fragment(sentences: Sequence[object]) -> bool:
    """No sentence of the line has a verb with a subject at its root."""
    for sent in sentences:
        root = sent.root  # type: ignore[attr-defined]
        if root.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in root.children):
            return False
    return True


def subject_points_back(sentences: Sequence[object]) -> bool:
    """Whether the first sentence's main subject is a pronoun with no name or noun before
    it in the line ("Normally, that would be the end of it."; "On Monday, he left"):
    what it stands for is in a sentence the reader does not see. A pronoun after its
    antecedent ("After Trump spoke, he left") or with a clause that says who ("Those who
    voted …") is readable. Reads the root's subjects as :func:`_main_subject` does, but
    the first of them that is a pointer, not the first alone: a parse that gives the root
    two subjects ("Trump" and "he") is judged on the pronoun."""
    first = next(iter(sentences), None)
    if first is None:
        return False
    if any(_demonstrative_object(child) for child in first.root.children):  # type: ignore[attr-defined]
        return True
    pointer = next((s for s in _root_subjects(first) if s.lower_ in _BACK_POINTERS), None)
    if pointer is None:
        return False
    if any(c.dep_ in ("relcl", "acl", "prep") for c in pointer.children):
        return False  # "Those who voted …": the clause says who
    before = first[: pointer.i - first.start]  # type: ignore[index]
    return not any(_may_be_antecedent(t) for t in before)


FRONTED_SETTING_RULE = True  # off: any noun before the pointer may be what it stands for
_WHEN_TYPES = frozenset({"DATE", "TIME"})


def _may_be_antecedent(token: Any) -> bool:
    """A noun or name before a pointer that it may stand for. Not (session 39,
    i12-reader39) a day or time ("On Monday, he left"), nor a common noun that only sets
    the scene in a phrase fronted on the main verb ("At home, he accused the
    administration of …": Fox's line about Ryan, shown in the summary under a line
    about Biden); a name inside that phrase still is one ("In Trump's view, he won")."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    if not FRONTED_SETTING_RULE:
        return True
    if token.pos_ == "PROPN":
        return token.ent_type_ not in _WHEN_TYPES
    head = token.head
    return not (token.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ == "ROOT")


def quantifier_points_back(sentences: Sequence[object], original: str = "",
                           before: str = "") -> bool:  # fmt: skip
    """Whether the first sentence's main subject is a lone quantifier ("Many are now
    reaching their breaking point") that stands for a group named in the sentence before:
    the line's source sentence opened on a connective the line dropped ("But many …"),
    or the sentence before it (``before``, the article's text up to the line) has a
    plural noun as its main subject ("Seafarers, truck drivers and airline workers have
    endured …"). With an of-phrase or a clause ("Many of the workers", "Many who voted")
    it says who, and with neither signal it is generic ("Many believe …")."""
    subject = _main_subject(sentences)
    if subject is None or subject.lower_ not in _QUANTIFIERS | {"most", "any"}:
        return False
    if any(c.dep_ == "mark" for c in subject.head.children):
        return False  # "While many predict …, his seclusion has made …": a parse's root
    if _of_bare_mass_noun(subject):
        return True  # "Much of the anger is centered on …": what anger?
    if subject.lower_ not in _QUANTIFIERS or any(
            c.dep_ in ("prep", "relcl", "acl") for c in subject.children):  # fmt: skip
        return False
    first = next(iter(sentences))
    if _CONNECTIVE_START.match(original.strip()) and not _CONNECTIVE_START.match(
            first.text.strip()):  # type: ignore[attr-defined]  # fmt: skip
        return True
    return _plural_subject(before)


def _of_bare_mass_noun(subject: Any) -> bool:
    """Whether a quantifier's of-phrase is "the" and a singular noun with no other word
    ("Much of the anger", "Some of the money"): the one thing it can be is in a sentence
    the reader does not see. A plural group ("Most of the schools") is left readable, as
    session 20 decided, and so is any modifier that says which ("Much of the anger at
    Mayorkas")."""
    for of in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NN"):
            kids = list(noun.children)
            if len(kids) == 1 and kids[0].lower_ == "the":
                return True
    return False


def _main_subject(sentences: Sequence[object]) -> Any:
    """The nominal subject of the first sentence's root, or None."""
    first = next(iter(sentences), None)
    return None if first is None else next(_root_subjects(first), None)


def _root_subjects(sentence: Any) -> Iterator[Any]:
    """The nominal subjects of ``sentence``'s root, in order (one, but a parse can give
    two): what :func:`_main_subject` and :func:`subject_points_back` read."""
    return (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass"))


def _plural_subject(before: str) -> bool:
    """Whether the last sentence of ``before`` has a plural noun as its main subject."""
    from newsprism.compare.line_parse import parse_line

    tail = before.strip()[-400:]
    if not tail:
        return False
    sentences = list(parse_line(tail).sents)
    subject = _main_subject(sentences[-1:])
    return subject is not None and subject.tag_ in ("NNS", "NNPS")


def shell_noun_points_back(text: str, sentences: Sequence[object]) -> bool:
    """Whether the first sentence's main clause names, outside quotation marks, "the" and
    a bare noun of :data:`_SHELL_NOUNS` as its subject or object ("President Biden's
    aides announced the commitments …"; "Bitcoin … dropped … on the news"): what it
    stands for is the sentence before."""
    first = next(iter(sentences), None)
    if first is None:
        return False
    quoted = quoted_spans(text, continued=False)
    for token in first:  # type: ignore[attr-defined]
        if (token.lower_ in _SHELL_NOUNS and token.tag_ in ("NN", "NNS")
                and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and [c.lower_ for c in token.children] == ["the"]
                and not (token.lower_ == "news" and token.head.lower_ == "in")  # "in the news"
                and not any(a <= token.idx < b for a, b in quoted)
                and _in_main_clause(token, first.root)):  # type: ignore[attr-defined]  # fmt: skip
            return True
    return False


def _in_main_clause(token: Any, root: Any) -> bool:
    """Whether no clause (a relative, adverbial or complement clause) lies between the
    token and the sentence's root."""
    while token.i != root.i:
        if token.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "acl", "csubj", "pcomp"):
            return False
        token = token.head
    return True


def addresses_reader(text: str) -> bool:
    """Whether the line is in the writer's own voice, speaking to the reader: "you"
    outside quotation marks ("The photographs that should be seared in your memory …",
    an opinion column's charge) or a question outside them ("Does Governor Abbott have
    the authority …?"). Neither is a fact a summary can state. Inside a quotation "you"
    and the question are the speaker's, and the line names who said them; "You" inside
    a line with a capital is a name ("on You Tube")."""
    quoted = quoted_spans(text, continued=False)

    def outside(at: int) -> bool:
        return not any(a <= at < b for a, b in quoted)

    body = text.rstrip()
    if body.endswith("?") and outside(len(body) - 1):
        return True
    return any(outside(m.start()) and (m.group()[0].islower() or not m.start())
               for m in _SECOND_PERSON.finditer(text))  # fmt: skip


def answers_question(text: str, before: str) -> bool:
    """Whether the line is a bare answer ("Probably not, but …", "Yes, …") to the
    writer's own question just before it (a "?" outside quotation marks): it says
    nothing without the question. A full statement after a question ("The document
    dump does soften …") reads alone and is kept: over BASIL and the NeuS raw reports,
    lines after such a question were 3 answers and 4 plain statements."""
    if not _ANSWER.match(text.strip()):
        return False
    tail = before.rstrip()
    paragraph = tail[tail.rfind("\n") + 1 :]
    return paragraph.endswith("?") and addresses_reader(paragraph)


def _demonstrative_object(subject: Any) -> bool:
    """Whether a main subject's phrase holds "this", "that", "these" or "those" as the
    object of a preposition ("The reason for this was twofold."; "The one before that was
    in a mall"; "Biden, aware of this, told voters"): the thing it names is in a sentence
    the reader does not see. On the 3,869 sentences of BASIL's 150 articles the rule
    fires twice, both lines that point back (docs/eval-compare.md, session 16)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.lower_ in _DEMONSTRATIVES and t.dep_ == "pobj" for t in subject.subtree)


def starts_with_pronoun(text: str) -> bool:
    """Whether a line opens on a pronoun whose antecedent is not in it ("It would …")."""
    return bool(_PRONOUN_START.match(text.strip()))


def pronoun_speaker(text: str) -> bool:
    """Whether the line's quotation is given to a pronoun ("…,” she said."; "…" he told
    Russert.): the reader cannot tell whose words they are."""
    return bool(_PRONOUN_SAID.search(text))


def unbalanced_marks(text: str) -> bool:
    """Whether the line's double quotation marks do not pair up: an odd number of them,
    or curly ones that do not match. Such a line is a piece of a longer quotation (the
    sentence splitter cut inside it, or the quotation runs on into the next paragraph),
    or the source lost a mark; either way the reader cannot tell where the words begin.
    """
    straight, opening, closing = text.count('"'), text.count("“"), text.count("”")
    return bool((straight + opening + closing) % 2) or (not straight and opening != closing)


QUOTED_SHARE = 0.6  # a sentence this much inside one quotation is that speaker's words


def mostly_quoted(start: int, end: int, quote_start: int, quote_end: int) -> bool:
    """Whether the text at ``start..end`` lies mostly (:data:`QUOTED_SHARE`) inside the
    quotation at ``quote_start..quote_end`` of the same article: its speaker's words.
    The summary (which line names whom) and the text report (whose words a one-outlet
    fact is) read a sentence's speaker by this one rule."""
    length = max(1, end - start)
    return min(quote_end, end) - max(quote_start, start) >= QUOTED_SHARE * length


def opens_in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` of an article's text lies inside quotation marks opened
    earlier in its paragraph: the sentence there is somebody's quoted words, even when
    it holds no mark itself ("Higher premiums and co-pays ..." in the middle of a quoted
    advertisement). The paragraph's marks are paired by the project's one finder
    (``find_quotations``; before session 19, a count of the marks before ``at``)."""
    at = max(at, 0)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    paragraph = text[start : end if end >= 0 else len(text)]
    # the finder's regions, paired once per paragraph (cached by ``quoted_spans``): the
    # summary asks about each claim, and a paragraph can be a whole text with no break
    return any(a < at - start < b for a, b in quoted_spans(paragraph, continued=False))


DEFINITE_RULE = True  # session 23: measured on and off (docs/eval-compare.md)
# session 24: a definite subject that is a title or office the story names one holder
# of ("The president said …" under President Biden) reads alone (compare/title_subjects)
TITLE_SUBJECTS = True


def _points_back_in_opening(sentences: Sequence[object], before: str,
                            earlier: Sequence[str] = (),
                            titled: AbstractSet[str] = frozenset()) -> bool:  # fmt: skip
    """Whether the first sentence opens on a phrase that leans on the sentence before
    ("In the process, …", "By then, …": :func:`newsprism.compare.openers.
    opener_points_back`) or, when the line is not its article's first sentence
    (``before`` holds text), has a bare definite subject ("The mandate, which …") or
    "the same" thing as an object ("recommend the same precautions"). A definite
    subject whose noun a line shown before it names ("The president said …" under
    "President Joe Biden, speaking to the nation …") has its referent in the summary,
    and so does a title or office of ``titled``, the ones the story names one holder
    of (:func:`newsprism.compare.title_subjects.story_title_subjects`): "The president
    said …" in a story of President Biden, with or without a line shown before."""
    first = next(iter(sentences), None)
    if first is None:
        return False
    if opener_points_back(first):
        return True
    if not (DEFINITE_RULE and before.strip()):
        return False
    subject = definite_subject_points_back(first)
    if subject and not _named_earlier(subject.split()[-1], earlier) and not (
            TITLE_SUBJECTS and _after_the(subject) in titled):  # fmt: skip
        return True
    return bool(same_points_back(first))


def _after_the(subject: str) -> str:
    """A definite subject's words after its last "the", lower-cased ("On Monday, the
    attorney general" -> "attorney general")."""
    words = subject.lower().split()
    at = max((i for i, w in enumerate(words) if w == "the"), default=-1)
    return " ".join(words[at + 1 :])


def _named_earlier(noun: str, earlier: Sequence[str]) -> bool:
    """Whether a line shown before names the noun (its singular or plural)."""
    stem = noun.lower().removesuffix("s")
    return any(word in (stem, stem + "s", stem + "es") for line in earlier
               for word in _words(line))  # fmt: skip


def _repeats(text: str, earlier: Sequence[str]) -> bool:
    """Whether most of the line's words (:data:`REPEAT_OVERLAP`) are a line's shown before."""
    words = _words(text)
    for other in earlier:
        theirs = _words(other)
        if words and len(words & theirs) / len(words | theirs) >= REPEAT_OVERLAP:
            return True
    return False


def reads_alone(text: str, earlier: Sequence[str], original: str = "", before: str = "",
                titled: AbstractSet[str] = frozenset()) -> bool:  # fmt: skip
    """Whether :func:`unusable_reasons` finds nothing, with the tests that need no parse
    tried first: each of them alone gives a reason, so a line one of them rejects is
    not parsed (the summary reads only whether the list is empty; session 28, issue 12:
    the parse of its candidate lines was about 5 % of compare at 50 articles)."""
    body = re.sub(r"^Accounts differ — ", "", text)
    stripped = body.strip()
    if (_CUT.search(stripped) or unbalanced_marks(body) or _INTRODUCES.search(stripped)
            or starts_with_pronoun(body) or pronoun_speaker(body) or _LEANS_BACK.match(stripped)
            or addresses_reader(body) or answers_question(body, before)
            or all_quoted(body) or _repeats(text, earlier)):  # fmt: skip
        return False
    return not unusable_reasons(text, earlier, original, before, titled)


def unusable_reasons(text: str, earlier: Sequence[str], original: str = "",
                     before: str = "", titled: AbstractSet[str] = frozenset()
                     ) -> list[str]:  # fmt: skip
    """Why a summary line cannot be taken alone (empty when it can).

    ``original`` is the sentence the line was cut from (its leading connective kept) and
    ``before`` the article's text before it, when known: they tell a lone "many" that
    points back from a generic one (:func:`quantifier_points_back`). ``titled``: the
    titles and offices the story names one holder of (a "The president" subject reads).
    """
    from newsprism.compare.line_parse import parse_line

    reasons = []
    body = re.sub(r"^Accounts differ — ", "", text)
    doc = parse_line(body)
    sentences = list(doc.sents)
    if (_is_fragment(sentences) or _CUT.search(body.strip()) or unbalanced_marks(body)
            or _INTRODUCES.search(body.strip())):  # fmt: skip
        reasons.append("fragment")
    if (starts_with_pronoun(body) or pronoun_speaker(body) or subject_points_back(sentences)
            or demonstrative_after_frame(sentences)
            or quantifier_points_back(sentences, original, before)
            or _LEANS_BACK.match(body.strip())
            or shell_noun_points_back(body, sentences) or other_subject_points_back(sentences)
            or _points_back_in_opening(sentences, before, earlier, titled)
            or quoted_pronoun_unnamed(body)):  # fmt: skip
        reasons.append("pronoun")
    if "pronoun" not in reasons and (possessive_points_back(doc)
                                     or demonstrative_points_back(doc)):  # fmt: skip
        reasons.append("pronoun")  # "We honor their story.": whose? (possessive.py)
    if addresses_reader(body) or answers_question(body, before) or all_quoted(body):
        reasons.append("voice")  # all_quoted: a quotation with no speaker (session 33)
    if _repeats(text, earlier):
        reasons.append("repeat")
    if len(sentences) > MAX_SENTENCES:
        reasons.append("blob")
    return reasons

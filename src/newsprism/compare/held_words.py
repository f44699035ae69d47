"""A sentence that holds every word of a fact: what withholds an omission (session 34).

"X leaves out Y" is false when X's text says Y, and a fact-checker who finds Y in X
stops trusting the page. The omission check (:mod:`newsprism.compare.stated`) reads
whole sentences: a same-fact probability, a quoted run, a MiniLM cosine. A fact stated
as one clause of a longer sentence falls under all three: NeuS raw row 1, the
Washington Examiner's "Powell was fully vaccinated and being cared for at Walter Reed
National Medical Center in Washington, D.C., at the time of his death on Monday
morning" beside Reuters' "He was fully vaccinated, his family said in a statement on
Facebook." — the Examiner was listed as leaving out that Powell was fully vaccinated.

The rule: an English sentence of the article holds every content word (five-letter
stems, :func:`newsprism.compare.lead.content_stems`; numbers kept) of one English
sentence of the fact, its attribution aside ("…, his family said in a statement",
"According to police, …", "The agency said Monday that …": who told it is not what
was told), at least :data:`MIN_WORDS` of them ordinary words, not names (a name is
what the story is about; two names alone hold nothing). A fact's negation ("not",
"never", "n't") must be in the sentence too, so that "was not charged" is not held by
"was charged". Words need not be in order nor next to each other: the fact's clause may
sit among other clauses, with its subject named instead of a pronoun. When in doubt the
omission is not listed (precision first): the rule may withhold a fact the sentence
only touches, which costs a missing line, never a false one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsprism.compare.lead import content_stems
from newsprism.models import Claim

# ordinary content words of the fact, attribution aside: "fully vaccinated"; names do
# not count ("To pay for Obamacare.", "This is about the White House.": a name is what
# the story is about, printed in many of its sentences; the fact is in the other words)
MIN_WORDS = 2
_SAYING = (r"(?:said|says|say|told|tells|reported|reports|announced|announces|added|adds"
           r"|wrote|writes|tweeted|confirmed|confirms|stated|states|according\s+to)")
# ", his family said in a statement on Facebook." — a closing clause: a subject, a verb
# of saying, then nothing or where and when it spoke (not what: ", said the deal was
# done" and ", the aide said the deal was done" carry the fact itself)
_AFTER = (r"(?:reporters|journalists|in|on|at|to|from|during|late|early|earlier|later"
          r"|last|this|yesterday|today|\w+day)")
_TAIL = re.compile(rf",\s*(?:[^,\s][^,]{{0,80}}?\s{_SAYING}(?:\s+{_AFTER}\b(?:(?!\bthat\b)[^,])*)?"
                   rf"|according\s+to\s[^,]*)\W*$", re.IGNORECASE)
# "According to police, …" / "The agency said Monday that …"
_HEAD = re.compile(rf"^(?:according\s+to\s+[^,]{{1,80}},\s*"
                   rf"|[^,\"“”]{{1,80}}?\b{_SAYING}(?:\s+\w+day)?\s+that\s+)",
                   re.IGNORECASE)  # fmt: skip
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|nobody|nothing)\b|n['’]t\b",
                       re.IGNORECASE)


def told(text: str) -> str:
    """``text`` with its attribution cut: a closing clause with a verb of saying, an
    opening "according to X," or "X said (day) that"."""
    return _HEAD.sub("", _TAIL.sub("", text.strip()), count=1)


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def _reading(text: str) -> tuple[frozenset[str], int, bool]:
    """A text's content stems, how many of them are ordinary words (not capitalised),
    and whether it negates."""
    plain = " ".join(w for w in text.split() if not w[:1].isupper())
    return frozenset(content_stems(text)), len(content_stems(plain)), _negated(text)


def _held(fact: tuple[frozenset[str], int, bool],
          sentence: tuple[frozenset[str], int, bool]) -> bool:  # fmt: skip
    """Whether a sentence's reading holds a fact's told part's reading (:func:`holds`)."""
    (words, ordinary, negated), (within, _, denies) = fact, sentence
    return ordinary >= MIN_WORDS and words <= within and (denies or not negated)


def holds(fact: str, sentence: str) -> bool:
    """Whether ``sentence`` holds every content word of ``fact``'s told part (module
    doc), at least :data:`MIN_WORDS` of them not names, and its negation if any."""
    return _held(_reading(told(fact)), _reading(sentence))


def holding(claims: Sequence[Claim]) -> Callable[[Sequence[int], Sequence[int]], bool]:
    """Whether one English sentence of ``own`` (rows of ``claims``: an article's) holds
    one English claim of ``rows`` (a fact's), per :func:`holds`. An article's claims of
    one sentence are read as that sentence (clauses split by the extractor joined).
    Each claim and each article is read once: the check asks per (article, fact)."""
    english = [c.language is None for c in claims]
    facts: dict[int, tuple[frozenset[str], int, bool]] = {}
    articles: dict[tuple[int, ...], list[tuple[frozenset[str], int, bool]]] = {}

    def sentences(own: tuple[int, ...]) -> list[tuple[frozenset[str], int, bool]]:
        if own not in articles:
            texts: dict[int, list[str]] = {}
            for k in own:
                if english[k]:
                    texts.setdefault(claims[k].sentence_index, []).append(claims[k].text)
            articles[own] = [_reading(" ".join(t)) for t in texts.values()]
        return articles[own]

    def held(rows: Sequence[int], own: Sequence[int]) -> bool:
        for k in rows:
            if english[k] and k not in facts:
                facts[k] = _reading(told(claims[k].text))
        told_parts = [facts[k] for k in rows if english[k]]
        return any(_held(fact, sentence) for sentence in sentences(tuple(int(k) for k in own))
                   for fact in told_parts)  # fmt: skip

    return held

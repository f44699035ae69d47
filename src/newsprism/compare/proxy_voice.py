"""One statement under two attributions: the document, or the person who speaks for its
owner (session 32).

Outlets that quote one written statement name its voice differently. One prints
"“The First Amendment protects freedom of religion,” reads a statement from Senate
Majority Leader Harry Reid's office" (the document speaks for its owner, Reid), another
"“The First Amendment protects freedom of religion,” said Jim Manley, a top adviser to
Mr. Reid"; one "“There have been numerous, reported instances …,” the report read" (the
White House), another "… he wrote" (Robert Bauer, the White House counsel who wrote
it). The speaker veto (``speaker_clash``) and the quoted run's speaker check
(:func:`.shared_quote.speakers_agree`) read two entities and split one fact.

The relation: a person **speaks for** another entity when the story describes them so,
in the words next to their name, with a role noun of the groups whose holders speak for
someone else (``data/roles.toml`` ``[speaks_for]``: spokesman, lawyer, counsel,
adviser, aide …) governing that entity's mention: "Jim Manley, a top adviser to Mr.
Reid", "Reid spokesman Jim Manley", "White House Counsel Robert Bauer", "Robert F.
Bauer, the White House counsel", "Reid's spokesman, Jim Manley". A former holder
("a former aide to Reid") speaks for no one.

The mend (:func:`one_voice`): two sentences of different articles whose speakers are so
related (one's voice is the entity the other's voice speaks for, or both speak for one)
and that print, inside quotation marks, one run of :data:`PASSAGE` words word for word
are one statement: the veto is lifted and the quoted run agrees. Both conditions are
needed: "Manley said X" and "Reid said Y" in other words stay two statements, and one
passage under two unrelated names ("the indictment reads '…'" / the defendant's "the
claim that I '…'") stays vetoed. Measured in docs/eval-compare.md "Session 32: a
statement under two attributions".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from newsprism.compare.shared_quote import FUNCTION_WORDS, quoted_pieces, written_words
from newsprism.compare.tfidf import incidence
from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.models import Mention

# words printed word for word inside one stretch of quotation, and how many of them
# must be content words ("the First Amendment protects freedom of religion": 7 and 4)
PASSAGE = 6
PASSAGE_CONTENT = 3
# a holder who no longer holds the role speaks for no one ("a former aide to Reid")
_PAST = frozenset({"former", "ex", "onetime", "erstwhile", "then"})
# what hangs on a role noun without saying whom it acts for
_APART = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos", "punct"})


def principals(docs: Mapping[str, Any], mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Each person's story entity id -> the entity ids the story says they speak for."""
    proxies = load_lexicon().proxies
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.entity_id:
            by_article.setdefault(m.article_id, []).append(m)
    out: dict[str, set[str]] = {}
    for article_id, found in by_article.items():
        doc = docs.get(article_id)
        if doc is None:
            continue
        for m in found:
            if m.label != "PERSON":
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for role in _roles_beside(span, proxies):
                reach = _reach(role) - {t.idx for t in span}
                out.setdefault(m.entity_id, set()).update(
                    o.entity_id for o in found
                    if o.entity_id != m.entity_id and o.start in reach)  # fmt: skip
    return {k: v for k, v in out.items() if v}


def _roles_beside(span: Any, proxies: frozenset[str]) -> list[Any]:
    """The role nouns of :data:`proxies` that describe the name ``span``: in front of it
    in its noun phrase ("Reid spokesman Jim Manley"), its appositive ("Jim Manley, a top
    adviser to …"), or the noun it is the appositive of ("Reid's spokesman, Jim
    Manley")."""
    head = span.root
    candidates = [t for t in head.lefts if t.i < span.start and t.dep_ in ("compound", "nmod")]
    candidates += [t for t in head.children if t.dep_ == "appos"]
    if head.dep_ == "appos":
        candidates.append(head.head)
    found = []
    for top in candidates:
        # the phrase's own head, or a compound noun inside it ("White House Counsel")
        nouns = [top, *(t for t in top.subtree if t.dep_ in ("compound", "nmod") and t.i < top.i)]
        found += [n for n in nouns if n.lower_ in proxies and not _past(n)]
    return found


def _reach(role: Any) -> set[int]:
    """The character offsets of the words that say whom ``role`` acts for: the noun and
    its modifiers ("Reid", "to Mr. Reid", "White House"), not a clause or another phrase
    hung on it ("an aide to Reid, who attacked Obama", "the spokesman, Jim Manley")."""
    out = {role.idx}
    for child in role.children:
        if child.dep_ not in _APART:
            out |= {t.idx for t in child.subtree}
    return out


def _past(noun: Any) -> bool:
    """ "a former aide": the role is held no longer."""
    return any(t.lower_.strip("-") in _PAST for t in noun.lefts)


def speaks_for(voices: set[str], heads: Mapping[str, set[str]]) -> set[str]:
    """A sentence's voices with the entities they speak for (:func:`principals`)."""
    return set(voices).union(*(heads.get(e, set()) for e in voices))


def passage_runs(text: str) -> set[tuple[str, ...]]:
    """The runs of :data:`PASSAGE` words inside quotation marks, each inside one stretch
    between punctuation marks, with :data:`PASSAGE_CONTENT` content words or more."""
    runs: set[tuple[str, ...]] = set()
    for words in map(written_words, quoted_pieces(text)):
        runs |= {tuple(words[k : k + PASSAGE]) for k in range(len(words) - PASSAGE + 1)
                 if sum(w not in FUNCTION_WORDS for w in words[k : k + PASSAGE])
                 >= PASSAGE_CONTENT}  # fmt: skip
    return runs


def one_voice(texts: Sequence[str], article: Sequence[str], voices: Sequence[set[str]],
              extended: Sequence[set[str]]) -> np.ndarray:  # fmt: skip
    """Pairs of sentences of two articles that print one quoted passage word for word
    (:func:`passage_runs`) under two voices of which one speaks for the other, or both
    for one entity. ``voices``: each sentence's quote speakers (story entity ids);
    ``extended``: the same with the entities they speak for (:func:`speaks_for`)."""
    n = len(texts)
    if n == 0 or not any(e - v for e, v in zip(extended, voices, strict=True)):
        return np.zeros((n, n), dtype=bool)
    shared = _overlaps([passage_runs(t) if v else set() for t, v in zip(texts, voices,
                                                                          strict=True)])
    related = _overlaps(extended)
    ids = np.array(article)
    return shared & related & (ids[:, None] != ids[None, :])


def _overlaps(sets: Iterable[set]) -> np.ndarray:
    """Pairs of sets with an item in common."""
    matrix = incidence(list(sets))
    return (matrix @ matrix.T).toarray() > 0

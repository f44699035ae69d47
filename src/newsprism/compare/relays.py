"""Relays: a sentence in which an outlet passes on another news outlet's report.

Axios's "The ruling could have implications …, the Washington Post reports" states
what the Post reported, not what Axios found: when the Post's own sentence is grouped
with it, two outlets agree but there is one source. A fact-checker reads "two outlets
agree" as two independent reports, so a shared fact says when its agreement rests on
a relay (docs/compare.md, "Relays (decision)").

A relay is found on the parse, never by matching raw text: a noun phrase that names a
news outlet (``data/outlets.tsv`` or one of the story's own articles' outlets) in one of
these roles in the sentence:

- the subject of a verb of reporting: "the Washington Post reports", "CNN reported
  that …", "Politico has learned";
- the object of "according to", "via", "per": "according to Reuters", "(via Politico)";
- the one told: "two people … told Politico", "said in a statement to CNN";
- the agent of a verb of reporting: "first reported by The New York Times";
- the partner of an interview: "said in an interview with NBC News";
- the owner of a report that is cited so: "according to a Washington Post report".

An outlet relaying itself ("told POLITICO" in Politico) is its own reporting, no relay.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsprism.clean.outlets import fold_outlet_name, load_outlet_table, shown_outlet_name
from newsprism.compare.joint_relays import joined_names
from newsprism.extract.quotes.marks import quoted_spans
from newsprism.models import Article, Claim

# verbs whose subject, when it is an outlet, reports what the sentence says
REPORTING = frozenset("report say write reveal learn publish confirm break".split())
# nouns an outlet's report is named by ("a Washington Post report", "CNN's reporting")
REPORT_NOUNS = frozenset("report reporting story article interview investigation".split())
# an outlet told something: "told CNN", "confirmed to Reuters", "a statement to Axios"
_TOLD = frozenset({"tell"})
_TO_HEADS = frozenset("say confirm statement comment speak explain".split())
# short forms an outlet's name is written in: "NBC" for NBC News, "AP" for the
# Associated Press
_ALIASES = {"ap": "Associated Press", "the ap": "Associated Press"}
_NAME_DEPS = frozenset({"compound", "flat", "amod"})


@dataclass(frozen=True)
class Relay:
    """One sentence's attribution to another outlet: the outlet's name (as the table or
    the story names it), the words of the cue ("the Washington Post reports") and their
    offsets in the article text."""

    outlet: str
    cue: str
    start: int
    end: int
    also: tuple[str, ...] = ()  # outlets cited with it: "according to CNN and Politico"

    @property
    def outlets(self) -> list[str]:
        """Every outlet the sentence relays, the first first."""
        return [self.outlet, *self.also]

    def as_dict(self, article_id: str | None = None) -> dict[str, Any]:
        """The JSON of ``evidence[].relayed_from``; ``article_id``: the story's article of
        that outlet, when the story has one."""
        found: dict[str, Any] = {"outlet": self.outlet, "cue": self.cue,
                                 "start": self.start, "end": self.end}
        if article_id:
            found["article_id"] = article_id
        if self.also:
            found["outlets"] = self.outlets
        return found


@lru_cache(maxsize=1)
def table_names() -> dict[str, str]:
    """The outlet names of ``data/outlets.tsv`` (the packaged table, as
    :func:`newsprism.clean.outlets.load_outlet_table` reads it), folded → as written."""
    names: dict[str, str] = {}
    for row in load_outlet_table():
        names.setdefault(fold_outlet_name(row.outlet), shown_outlet_name(row.outlet))
    return names


def outlet_names(articles: Iterable[Article]) -> dict[str, str]:
    """Every outlet name a relay may cite, folded → as shown: the table's and the
    story's own outlets (a story's "New York Times (News)" also as "New York Times", and
    as "the Times": in a story with the New York Times, "according to the Times" is it),
    with the acronym of an "X News" ("NBC" for "NBC News")."""
    names = dict(table_names())
    for article in articles:
        if article.outlet:
            names[fold_outlet_name(article.outlet)] = shown_outlet_name(article.outlet)
    names.update(short_names([a.outlet for a in articles if a.outlet]))
    for folded, shown in list(names.items()):
        short = folded.removesuffix(" news")
        if short != folded and shown.split()[0].isupper() and len(short.split()) == 1:
            names.setdefault(short, shown)
    for alias, shown in _ALIASES.items():
        names.setdefault(alias, shown)
    return names


def short_names(outlets: Iterable[str]) -> dict[str, str]:
    """"times" → the New York Times when it is the one outlet of ``outlets`` whose name
    ends so: "the Times", "the Post" (none when two are: the Washington Post and the New
    York Post)."""
    by_word: dict[str, set[str]] = {}
    for name in outlets:
        words = fold_outlet_name(name).split()
        if len(words) > 1 and words[-1] not in ("news", "press"):
            by_word.setdefault(words[-1], set()).add(shown_outlet_name(name))
    return {word: next(iter(found)) for word, found in by_word.items() if len(found) == 1}


def article_names(names: Mapping[str, str], text: str) -> dict[str, str]:
    """The names for one article: an outlet it names in full ("On Sunday, the New York
    Post publicized images …") is the one its "the Post" means, before the story's."""
    lowered = text.lower()
    named = {shown for folded, shown in names.items() if " " in folded and folded in lowered}
    found = dict(names)
    for word in {w for n in named for w in fold_outlet_name(n).split()[-1:]}:
        found.pop(word, None)  # named in the article: its own short name, or none
    found.update(short_names(named))
    return found


def _name_tokens(noun: Any) -> list[Any]:
    """The words of the name a noun heads: its compounds and flat parts before it
    ("Washington Post", "New York Times")."""
    left = [c for c in noun.lefts if c.dep_ in _NAME_DEPS]
    words = {t.i: t for c in left for t in c.subtree} | {noun.i: noun}
    tokens = [words[i] for i in sorted(words)]
    # the name is one run ending at the noun
    run = [noun]
    for token in reversed(tokens[:-1]):
        if token.i == run[0].i - 1:
            run.insert(0, token)
    return run


def _outlet_of(noun: Any, names: Mapping[str, str]) -> str | None:
    """The outlet a noun names, or None: its whole name must be an outlet's (so "The
    National Guard" is not "The National"), written as a name (capitalised)."""
    tokens = _name_tokens(noun)
    if not tokens or not all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in tokens):
        return None
    if any(c.dep_ == "det" and c.lower_ != "the" for c in noun.children):
        return None  # "said a New Yorker who …"
    return names.get(fold_outlet_name(" ".join(t.text for t in tokens)))


def _cue_span(tokens: Sequence[Any]) -> tuple[int, int, str]:
    """The offsets and words of a cue's tokens (in text order), the name's "the" with it."""
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    doc = first.doc
    if first.i > 0 and doc[first.i - 1].lower_ == "the":
        first = doc[first.i - 1]
    return first.idx, last.idx + len(last.text), doc[first.i : last.i + 1].text


def _role_cue(noun: Any, name: list[Any]) -> list[Any] | None:
    """The cue tokens when ``noun`` (an outlet's name) stands in a relaying role, else
    None (see the module docstring for the roles)."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and lemma in REPORTING:
        return [*name, head] if _passes_on(head) else None  # "the Washington Post reports"
    if noun.dep_ == "compound" and _misread_verb(head):
        return [*name, head]  # "…, the Washington Post reports." read as a noun
    if noun.dep_ in ("dative", "dobj") and lemma in _TOLD:
        return [head, *name]  # "told Politico"
    if noun.dep_ != "pobj":
        return None
    prep, governor = head.lower_, head.head
    if prep == "to" and governor.lower_ == "according":
        return [governor, head, *name]
    if prep in ("via", "per"):
        return [head, *name]
    if prep == "to" and governor.lemma_.lower() in _TO_HEADS | _TOLD:
        return [governor, head, *name]  # "said in a statement to CNN", "told to"
    if prep == "by" and governor.lemma_.lower() in REPORTING:
        return [governor, head, *name]  # "first reported by The New York Times"
    if prep == "with" and governor.lemma_.lower() == "interview" and (
            governor.dep_ == "pobj" and governor.head.lower_ in ("in", "during")):
        return [governor, head, *name]  # "in an interview with NBC News", not "after" one
    return None


# "ABC News reported incorrectly that …": the sentence disputes the report
_DISPUTED = frozenset({"incorrectly", "falsely", "wrongly", "erroneously", "mistakenly"})


def _passes_on(verb: Any) -> bool:
    """Whether an outlet's verb of reporting passes its report on as the sentence's
    content: not denied or disputed ("did not report", "reported incorrectly"), not a
    time clause about the report ("after Politico published an article"); "As the Times
    reported, …" does."""
    if any(c.dep_ == "neg" or c.lower_ in _DISPUTED for c in verb.children):
        return False
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return not (verb.dep_ == "advcl" and marks and marks != ["as"])


def _quoted(token: Any, tokens: Sequence[Any]) -> bool:
    """Whether a word stands inside a quotation of its sentence: the cue is then the
    speaker's words ("… AP reports his administration wants …," Perry said), not the
    outlet's attribution. The marks are read by the project's one quotation finder
    (``marks.quoted_spans``)."""
    if not tokens:
        return False
    first = tokens[0]
    text = first.doc[first.i : tokens[-1].i + 1].text
    at = token.idx - first.idx
    return any(a < at < b for a, b in quoted_spans(text))


def _misread_verb(token: Any) -> bool:
    """A verb of reporting the tagger reads as a plural noun: "…, the Washington Post
    reports." (the Axios sentence of r262), where the word closes its clause."""
    if token.pos_ != "NOUN" or token.lower_ not in ("reports", "says", "writes", "notes"):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is None or after.is_punct or after.lower_ == "that"


def _report_cue(noun: Any, name: list[Any]) -> list[Any] | None:
    """"according to a Washington Post report", "CNN's reporting", "told CNN's Jake
    Tapper": the report, or the journalist or show, a name owns, in a relaying role
    itself."""
    report = noun.head
    owned = noun.dep_ == "poss"  # its head a noun, whatever the tagger says ("Face")
    if not owned and (noun.dep_ != "compound" or report.lemma_.lower() not in REPORT_NOUNS):
        return None
    cue = _role_cue(report, [report])
    if (cue is None and report.lemma_.lower() in REPORT_NOUNS and report.dep_ == "pobj"
            and report.head.lower_ in ("in", "from")):
        cue = [report.head, report]  # "in a New York Times report"
    return None if cue is None else sorted({t.i: t for t in [*cue, *name]}.values(),
                                           key=lambda t: t.i)


def sentence_relay(tokens: Sequence[Any], names: Mapping[str, str], own: str | None,
                   people: frozenset[str] = frozenset()) -> Relay | None:  # fmt: skip
    """The first relay of a sentence (``tokens``: its spaCy tokens), or None; ``own``:
    the article's outlet, which does not relay itself; ``people``: the surnames of the
    article's people (:func:`surnames`): "Forbes said" is Rep. Randy Forbes."""
    mine = fold_outlet_name(own) if own else None
    for token in tokens:
        if token.pos_ not in ("PROPN", "NOUN") or (token.dep_ in _NAME_DEPS
                                                   and token.head.pos_ == "PROPN"):
            continue  # a word inside a longer name ("Washington" of "Washington Post")
        outlet = _outlet_of(token, names)
        if outlet is None or fold_outlet_name(outlet) == mine or token.lower_ in people:
            continue
        name = _name_tokens(token)
        cue = _role_cue(token, name) or _report_cue(token, name)
        if cue is not None and _quoted(token, tokens):
            continue
        if cue is not None:
            also = [j for j in _joined_outlets(token, names, mine, people) if j[0] != outlet]
            start, end, words = _cue_span([*cue, *(t for _, name in also for t in name)])
            return Relay(outlet, words, start, end, tuple(o for o, _ in also))
    return None


def _joined_outlets(noun: Any, names: Mapping[str, str], mine: str | None,
                    people: frozenset[str]) -> list[tuple[str, list[Any]]]:  # fmt: skip
    """The other outlets named with a relay's outlet by "and" (:mod:`joint_relays`),
    each with its name's tokens; the article's own outlet and a person's surname are not
    among them."""
    found = []
    for other in joined_names(noun):
        outlet = _outlet_of(other, names)
        if outlet is None or fold_outlet_name(outlet) == mine or other.lower_ in people:
            continue
        if outlet not in (o for o, _ in found):
            found.append((outlet, _name_tokens(other)))
    return found


def surnames(doc: Any) -> frozenset[str]:
    """The last words of a document's person names ("forbes" for "Rep. Randy Forbes")."""
    return frozenset(ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1)


def find_relays(articles: Sequence[Article], docs: Mapping[str, Any], claims: Sequence[Claim]
                ) -> dict[str, Relay]:  # fmt: skip
    """The relay of every English claim (sentence) that has one, by claim id."""
    story = outlet_names(articles)
    names = {a.id: article_names(story, a.text) for a in articles}
    own = {a.id: a.outlet for a in articles}
    people = {aid: surnames(doc) for aid, doc in docs.items()}
    found = {}
    for claim in claims:
        if claim.language or claim.article_id not in docs:
            continue
        span = docs[claim.article_id].char_span(claim.start, claim.end, alignment_mode="expand")
        relay = sentence_relay(list(span or []), names[claim.article_id], own.get(claim.article_id),
                               people[claim.article_id])
        if relay is not None:
            found[claim.id] = relay
    return found


def article_of_outlet(articles: Sequence[Article], outlet: str) -> str | None:
    """The story's article from ``outlet``, if any (the first)."""
    key = fold_outlet_name(outlet)
    return next((a.id for a in articles if a.outlet and fold_outlet_name(a.outlet) == key), None)


def mark_relays(facts: Sequence[Any], relays: Mapping[str, Relay], articles: Sequence[Article]
                ) -> None:  # fmt: skip
    """Give each fact of several outlets its members' relays (``relays``, by claim id) and,
    when one relays, its count of independent sources (:func:`independent_sources`)."""
    for fact in facts:
        if len(fact.article_ids) < 2:
            continue
        found = {c.id: relays[c.id] for c in fact.claims if c.id in relays}
        if not found:
            continue
        fact.relays = {cid: r.as_dict(article_of_outlet(articles, r.outlet))
                       for cid, r in found.items()}  # fmt: skip
        fact.independent_sources = independent_sources(fact.claims, fact.relays)


def independent_sources(claims: Sequence[Claim], relays: Mapping[str, Mapping[str, Any]]
                        ) -> int:  # fmt: skip
    """How many independent sources a group of sentences rests on (``relays``: each
    relaying sentence's ``relayed_from``, by claim id). An article whose every sentence
    in it relays one outlet counts as that outlet (its article in the story, if any),
    any other as itself: "Axios (relaying the Washington Post) + the Washington Post"
    is one source, and so are two outlets that both relay Reuters."""
    def source(claim: Claim) -> str | None:
        relay = relays.get(claim.id)
        if relay is None:
            return None
        found = relay.get("article_id")
        return str(found or "outlet:" + fold_outlet_name(str(relay.get("outlet", ""))))

    sources = set()
    for article_id in dict.fromkeys(c.article_id for c in claims):
        cited = {source(c) for c in claims if c.article_id == article_id}
        one = next(iter(cited)) if len(cited) == 1 else None
        sources.add(one or article_id)
    return len(sources)

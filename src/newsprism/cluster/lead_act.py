"""The act a report leads with: its first sentence's main verb, mapped to a kind of act,
and the head of that verb's subject (issue 13, session 39; docs/clustering.md, "Session
39: the lead's own act …").

Why: session 39's reading of the dense wrong joins (branch i13-relation39) found that two
reports of one beat that each state an act go apart when the acts are *another occasion
of the same kind* — the House's vote after the Senate's, the CDC panel's recommendation
a day after the FDA's authorisation — and together when one is a reaction to the other (a
statement, an apology, the victims' names). A reaction's verb is not in ``ACT_KINDS``;
two acts of one kind by two different actors are the candidate refusal this module reads.

One parse of the body's first sentence (the title when the body is empty); the root
verb, or under "X said (that) …" the clause's verb (``REPORTING``, the compare stage's
list); the actor is the subject's name: its entity when the subject is in one, else its
compound words and head, lower-cased, without "the". A passive subject's agent ("was
approved by the Senate") is the actor when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from newsprism.cluster.event_join import LeadDays
from newsprism.cluster.model import ClusterModel

if TYPE_CHECKING:  # profile imports features, which imports the weekday module
    from newsprism.cluster.features import ArticleFeatures
    from newsprism.cluster.profile import Cluster

# lemma -> kind. Kept small: the kinds session 39's reading names (vote, ruling,
# authorisation, announcement, arrest, sentencing) and their nearest neighbours.
ACT_KINDS: dict[str, str] = {
    **dict.fromkeys("vote pass approve adopt reject override send".split(), "vote"),
    **dict.fromkeys("rule uphold overturn strike block".split(), "ruling"),
    **dict.fromkeys("order ban suspend cancel".split(), "order"),
    **dict.fromkeys("authorize authorise clear recommend endorse".split(), "authorisation"),
    **dict.fromkeys("announce unveil propose introduce release launch issue".split(),
                    "announcement"),
    **dict.fromkeys("arrest detain".split(), "arrest"),
    **dict.fromkeys("charge indict".split(), "charge"),
    **dict.fromkeys("sentence convict".split(), "sentencing"),
    **dict.fromkeys("sue".split(), "lawsuit"),
    **dict.fromkeys("sign".split(), "signing"),
    **dict.fromkeys("confirm nominate".split(), "confirmation"),
    **dict.fromkeys("resign".split(), "resignation"),
    **dict.fromkeys("testify".split(), "testimony"),
    **dict.fromkeys("kill attack".split(), "attack"),
}
# The kinds whose next step is another occasion (the House's vote after the Senate's,
# the CDC panel's recommendation after the FDA's authorisation, the board's order after
# the company's): the refusal reads only these. Reading 30 pairs (session 39) found the
# others led by differently named actors of one occasion (the Biden administration and
# HHS announcing one rule; "Texas governor" and "Greg Abbott" signing one law).
PROCESS_KINDS = frozenset({"vote", "ruling", "authorisation", "order"})
# What the refusal reads (``refuses``); a measurement may set it to empty: every kind.
REFUSAL_KINDS: frozenset[str] = PROCESS_KINDS
NAME_DEPS = frozenset({"compound", "flat", "amod"})
DROP = frozenset({"the", "a", "an", "and", "of", "for", "s"})
FIRST_SENTENCE_CHARS = 400  # a lead sentence; the rest of the body is not parsed


@dataclass(frozen=True, slots=True)
class LeadAct:
    """A report's leading act: its kind (``ACT_KINDS``), verb lemma and actor words."""

    kind: str
    lemma: str
    actor: frozenset[str]


def first_sentence(title: str | None, text: str | None) -> str:
    """The text the act is read from: the body's opening (cut at ``FIRST_SENTENCE_CHARS``),
    or the title when the body is empty. The body first: a headline's grammar drops the
    subject's article and the auxiliary, which the parser reads less well."""
    body = " ".join((text or "").split())[:FIRST_SENTENCE_CHARS]
    return body or (title or "")


def _act_verbs(sent: Any) -> list[Any]:
    """The sentence's main verbs: the root, or under "X said (that) Y" Y's verb ("X
    announced that Y" stays an announcement: an act of its own)."""
    from newsprism.compare.statement_parts import REPORTING  # the compare stage: 2 s to import

    root = sent.root
    if root.lemma_.lower() in REPORTING and root.lemma_.lower() not in ACT_KINDS:
        return [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]
    return [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]


def _actor(verb: Any) -> frozenset[str]:
    """The actor's words: the agent of a passive verb, else its subject's name. A
    passive subject without an agent is what was acted on ("department heads were
    ordered"), not the actor: none."""
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subject = agent or [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject:
        return frozenset()
    head = subject[0]
    if head.pos_ == "PRON":  # "he", "they": an actor not named here
        return frozenset()
    if head.ent_type_:  # the whole entity: "the Food and Drug Administration"
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        words = list(ent) if ent is not None else [head]
    else:
        words = [c for c in head.children if c.dep_ in NAME_DEPS] + [head]
    names = {re.sub(r"[^a-z0-9.]", "", w.text.lower()) for w in words}
    return frozenset(n for n in names if n and n not in DROP)


def read_act(doc: Any) -> LeadAct | None:
    """The first act of ``ACT_KINDS`` among the first sentence's main verbs, or None."""
    sent = next(iter(doc.sents), None)
    if sent is None:
        return None
    for verb in _act_verbs(sent):
        kind = ACT_KINDS.get(verb.lemma_.lower())
        if kind:
            return LeadAct(kind, verb.lemma_.lower(), _actor(verb))
    return None


def lead_acts(texts: list[str], nlp: Any) -> list[LeadAct | None]:
    """The lead act of each text (``first_sentence``'s), parsed in one batch."""
    return [read_act(doc) for doc in nlp.pipe(texts)]


def other_actor_same_act(a: LeadAct | None, b: LeadAct | None,
                         kinds: frozenset[str] | None = None) -> bool:  # fmt: skip
    """Two leads state one kind of act (of ``kinds``; None: any) by two actors who share
    no name word (the House and the Senate; the FDA and the CDC): the candidate refusal.
    False when either lead has no act or no actor."""
    if a is None or b is None or a.kind != b.kind or not a.actor or not b.actor:
        return False
    if kinds is not None and a.kind not in kinds:
        return False
    return not (a.actor & b.actor)


class LeadActs(LeadDays):
    """The lead act of articles, by article id (cached), from the clusterer's text source
    (the title and the lead it embeds): the act of the first sentence after the title,
    parsed once an article and only when the refusal is asked (the packaged model never
    asks, so no article is parsed)."""

    _headline = ""

    def of(self, article_id: str, published: float | None, headline: str) -> frozenset[Any]:
        """The article's lead act as a set of one (or none), cached by id."""
        self._headline = headline
        return super().of(article_id, published, headline)

    def read(self, text: str, day: date | None) -> frozenset[Any]:
        """The act of ``text``'s first sentence after the title (the source's text is
        "title. lead"); ``day`` is not read."""
        title = self._headline
        body = text[len(title):].lstrip(" .") if title and text.startswith(title) else text
        from newsprism.extract.nlp import load_nlp  # spaCy: loaded only when asked

        act = read_act(load_nlp()(first_sentence(title, body)))
        return frozenset() if act is None else frozenset({act})


def refuses(model: ClusterModel, f: ArticleFeatures, c: Cluster, cache: LeadActs,
            members: Callable[[Cluster], None] | None = None) -> bool:  # fmt: skip
    """Whether the lead-act refusal refuses ``f``'s dated join to ``c``: ``f`` leads with
    an act of ``REFUSAL_KINDS`` by a named actor, at least ``model.act_refusal`` of the
    story's kept members lead with that kind by actors sharing no name word with it, and
    none by an actor sharing one (the House's vote meeting a story of the Senate's).
    ``members`` reads a frozen story's members first, as the event-date check's does."""
    if model.act_refusal <= 0:
        return False
    mine = next(iter(cache.of(f.article_id, f.published, f.headline)), None)
    if mine is None or not mine.actor or (REFUSAL_KINDS and mine.kind not in REFUSAL_KINDS):
        return False
    if members is not None and not c.members and c.count:
        members(c)
    others = 0
    for member in c.members:
        for theirs in cache.of(member.article_id, None, member.headline):
            if theirs.kind == mine.kind and theirs.actor:
                if theirs.actor & mine.actor:
                    return False
                others += 1
    return others >= model.act_refusal

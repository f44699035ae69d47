"""The story's lead: which article's opening sentence states what the outlets all report.

A news report states its event in its first body sentence (the inverted pyramid), and
that sentence is written to be read alone, where a later one leans on it ("the strike",
"the move", "Some will start working 24/7"). When the alignment joins no lead sentence
into a shared fact (it links few sentences across outlets that word the event
differently: three of the eight stories of gold/summary-neus had no summary line at all,
each outlet's lead "possibly shared"), the summary still opens on the event: the lead
sentence that the other outlets' opening sentences say most alike, cited to its own
outlet alone (its citation is exact; docs/eval-compare.md, session 22).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from newsprism.cluster.terms import STOP_WORDS
from newsprism.compare.align import AlignedClaim
from newsprism.compare.readable import opens_in_quotation
from newsprism.compare.tfidf import tfidf_cosine
from newsprism.extract.quotes.marks import quoted_spans
from newsprism.models import Article, Claim

# an article's opening: its first sentences, where a report states its event
OPENING_SENTENCES = 3
# the least TF-IDF cosine between a lead and another outlet's opening sentence for the
# lead to state what that outlet reports: on gold/summary-neus and session 21's NeuS
# rows the event leads score 0.14-0.31 against each other, the openings of opinion
# pieces on one topic 0.04-0.07 (docs/eval-compare.md, session 22)
MIN_LEAD_COSINE = 0.15
# the least share of a line's content words (five-letter stems) in the lead for the line
# to restate it (with its main verb and subject among them): the seeds' Miller line
# "In his meeting with Gallant, … Blinken reiterated US “opposition to a major ground
# operation in Rafah”…" shares 0.56 of its words with Al Jazeera's lead
RESTATE_SHARE = 0.5
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")

Headline = Callable[[Claim, Article], bool]
# the section a page of commentary sits under ("/opinion/", "/opinions/", "/op-ed/",
# "/columnists/", "/editorials/") or a slug that says so ("opinion-the-second-…",
# "…-divides-them-opinion-1600369"); a slug that merely holds the word, as a report of
# a court's opinion does ("supreme-court-opinion-roe"), is not one
_OPINION_SECTION = re.compile(
    r"^(?:opinions?|op-?eds?|commentary|columnists?|editorials?|columns?)$"
    r"|^opinion-|-opinion-\d+$")
_OPINION_NAME = re.compile(r"\((?:opinion|op-?ed|editorial|commentary)\)|^opinion\s*[:|]",
                           re.IGNORECASE)


def opinion_piece(article: Article) -> bool:
    """Whether the page is commentary rather than a news report, by what the outlet says
    of it: its address's section ("/opinion/") or slug, an outlet named "… (Opinion)"
    (AllSides), a title "Opinion: …". A column's lead states its writer's thesis, not
    the event (session 22: the Washington Examiner editorial's "Come September, all
    schoolchildren ought to be back in the classroom" opened NeuS row 325's summary).
    A page that does not say so is read as a report."""
    path = re.sub(r"^[a-z]+://[^/]*", "", (article.url or "").lower()).split("?")[0]
    if any(_OPINION_SECTION.search(part) for part in path.split("/") if part):
        return True
    return any(_OPINION_NAME.search(name or "") for name in (article.outlet, article.title))


def own_voice_marks(framing: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The character spans of one article's framing marks in the outlet's own voice (not
    inside a quotation): a lexicon term ("liberal" before a name), a word the detector
    reads as loaded ("trashed"), a loaded attribution verb ("admitted"), a hedge, a
    scare quote. A lead that holds one words the event in the outlet's framing."""
    spans = [s for term in framing.get("terms", []) for s in term.get("spans", [])]
    spans += framing.get("loaded_words", []) + framing.get("attribution_spans", [])
    spans += framing.get("hedges", []) + framing.get("scare_quotes", [])
    return [(s["start"], s["end"]) for s in spans if not s.get("in_quote")]


def charged(claim: Claim, marks: Iterable[tuple[int, int]]) -> bool:
    """Whether one of an article's own-voice framing marks lies within the claim."""
    return any(claim.start <= start and end <= claim.end for start, end in marks)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


def openings(articles: Sequence[Article], facts: Sequence[AlignedClaim],
             headline: Headline) -> dict[str, list[Claim]]:  # fmt: skip
    """Each article's claims of its first :data:`OPENING_SENTENCES` body sentences (the
    headline and a standfirst above the body left out), in text order."""
    return opening_claims(articles, (c for fact in facts for c in fact.claims), headline)


def opening_claims(articles: Sequence[Article], claims: Iterable[Claim],
                   headline: Headline) -> dict[str, list[Claim]]:  # fmt: skip
    """:func:`openings` over the claims themselves (before they are grouped into facts:
    compare/lead_pairs.py), each claim once."""
    by_article = {a.id: a for a in articles}
    found_in: dict[str, list[Claim]] = {a.id: [] for a in articles}
    seen: set[str] = set()
    for claim in claims:
        article = by_article.get(claim.article_id)
        if article is None or claim.id in seen or headline(claim, article):
            continue
        seen.add(claim.id)
        found_in[article.id].append(claim)
    opening = {}
    for article_id, found in found_in.items():
        found.sort(key=lambda c: (c.sentence_index, c.start))
        firsts = sorted({c.sentence_index for c in found})[:OPENING_SENTENCES]
        opening[article_id] = [c for c in found if c.sentence_index in firsts]
    return opening


def lead_claims(opening: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """Each article's lead: the claims of its first body sentence."""
    return {aid: [c for c in found if c.sentence_index == found[0].sentence_index]
            for aid, found in opening.items() if found}  # fmt: skip


def ranked_leads(opening: dict[str, list[Claim]],
                 plainness: Callable[[Claim], int] = lambda claim: 0,
                 floor: float = MIN_LEAD_COSINE) -> list[Claim]:
    """The articles' lead claims, the most widely echoed first: a lead's score is, over
    the other articles, its highest TF-IDF cosine with one of their opening sentences,
    summed; a lead that no other outlet's opening says alike (:data:`MIN_LEAD_COSINE`)
    is left out, since it may be one outlet's angle rather than the story's event.

    Among the echoed leads the plainest comes first (``plainness``, lower first: a news
    report's lead before a column's, one with no own-voice framing mark before one
    with: session 22, row 203 opened on the Washington Times' "buckled to pressure from
    liberal House Democrats" where NPR's plain lead was echoed too). ``floor``: the
    least echo (0 ranks every lead: compare/summary_fallback.py, session 32)."""
    leads = [c for found in lead_claims(opening).values() for c in found]
    others = [c for found in opening.values() for c in found]
    if len(opening) < 2 or not leads:
        return []
    cosine = tfidf_cosine([_words(c.text) for c in leads + others])
    scored = []
    for i, lead in enumerate(leads):
        best: dict[str, float] = {}
        for j, other in enumerate(others, start=len(leads)):
            if other.article_id != lead.article_id:
                best[other.article_id] = max(best.get(other.article_id, 0.0), cosine[i, j])
        if max(best.values(), default=0.0) >= floor:
            scored.append((plainness(lead), -sum(best.values()), lead.sentence_index,
                           lead.id, lead))
    return [lead for *_, lead in sorted(scored)]


def content_stems(text: str) -> set[str]:
    """The five-letter stems of a text's content words: what the lead tests compare."""
    return {w[:5] for w in _words(text)}


def restates(line: str, lead: str) -> bool:
    """Whether a summary line states the event of the lead again: most of its content
    words are the lead's (:data:`RESTATE_SHARE`), among them its main verb and the head
    of its subject (the same actor doing the same thing). Words alone are not enough:
    a line of background on the same actors ("The CDC has banned most evictions since
    September" under "A federal judge blocked the CDC's eviction moratorium") shares as
    many, but not its verb."""
    from newsprism.compare.line_parse import parse_line

    words, in_lead = content_stems(line), content_stems(lead)
    if not words or len(words & in_lead) < RESTATE_SHARE * len(words):
        return False
    sentences = list(parse_line(line).sents)
    root = sentences[0].root if sentences else None
    if root is None or root.pos_ != "VERB" or opens_in_quotation(line, root.idx):
        return False  # a copula or a speaker's words ("According to X, “America is …”")
    subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    verb = content_stems(root.text) | content_stems(root.lemma_)
    return bool(verb & in_lead) and any(
        content_stems(t.text) and content_stems(t.text) <= in_lead for t in subjects)


# session 23: when no lead is echoed at :data:`MIN_LEAD_COSINE`, a lead may still open
# the summary if the other outlets' titles and opening sentences hold its content words
# (docs/eval-compare.md, session 23, "a lead echoed by titles"). False restores session
# 22 (the study script sets it to compare)
TITLE_ECHO = True
# the least share of a lead's content words (five-letter stems) found in another
# outlet's title and opening sentences, for that outlet to echo it: on the session-23
# dev stories the leads of the event score 0.27-0.36 against each other outlet, a side
# story's lead (r89, the groups' letter) 0.07-0.14, an opinion piece's 0.0-0.2
MIN_ECHO_SHARE = 0.25


def _names(text: str) -> set[str]:
    """The stems of the capitalised words after a sentence's first: the names a lead
    states its event with ("House Democrats", "Kevin McCarthy")."""
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text)[1:]
    return {w.lower()[:5] for w in words if w[0].isupper() and w.lower() not in STOP_WORDS}


def title_echoed_leads(opening: dict[str, list[Claim]], titles: Mapping[str, str],
                       plainness: Callable[[Claim], int] = lambda claim: 0
                       ) -> list[Claim]:  # fmt: skip
    """The leads whose content words every other outlet's title and opening sentences
    hold (:data:`MIN_ECHO_SHARE` of the lead's stems each), the most echoed first.

    Outlets word one event differently (Axios's "tax hikes", Yahoo's "raise taxes on the
    top"), so a sentence-to-sentence cosine can miss it (r89: best 0.077) where the words
    of the event are still in every headline and opening. Every other outlet must echo
    it: a side story one outlet leads with (a letter, a reaction) is not in the others'.
    And one of the lead's names must be in every other outlet's: a feature's scene-setting
    opening ("As far as artificial milestones go, few dates seem to carry as much weight
    as a new president's 100th day in office", NPR, NeuS row 480) names no one."""
    leads = [c for found in lead_claims(opening).values() for c in found]
    if len(opening) < 2:
        return []
    pools = {aid: content_stems(" ".join([titles.get(aid, "")] + [c.text for c in found]))
             for aid, found in opening.items()}  # fmt: skip
    scored = []
    for lead in leads:
        mine = content_stems(lead.text)
        if not mine:
            continue
        others = [pool for aid, pool in pools.items() if aid != lead.article_id]
        shares = [len(mine & pool) / len(mine) for pool in others]
        named = _names(lead.text)
        if (shares and min(shares) >= MIN_ECHO_SHARE
                and any(all(name in pool for pool in others) for name in named)):
            scored.append((plainness(lead), -sum(shares), lead.sentence_index, lead.id, lead))
    return [lead for *_, lead in sorted(scored)]


def repeats_lead_line(text: str, summary: Sequence[dict[str, Any]]) -> bool:
    """Whether a unique line would state the event of a lead line again, itself or as
    the quotation it mostly is ("“President Joe Biden will host George Floyd's family at
    the White House on Tuesday,” CNBC reported Sunday." under that outlet's own lead;
    session 23, NeuS r411): :func:`restates`, which reads a line's
    own main verb, so a quotation's words are read as a sentence of their own."""
    leads = [line["text"] for line in summary if line.get("lead")]
    if not leads:
        return False
    spans = quoted_spans(text, continued=False)
    inner = max((text[a + 1:b - 1] for a, b in spans), key=len, default="")
    said = inner if len(inner) * 2 >= len(text) else text
    return any(restates(said, lead) for lead in leads)

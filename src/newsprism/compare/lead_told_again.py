"""A second outlet's lead is no summary line when it tells again the event of a lead line
already picked (issue 12, "no duplicate"; session 33).

Outlets open on one event in their own words. When the alignment keeps two leads apart
(neither shared nor each other's "possibly shared" partner) and the pair model scores
them under the citation bar, the summary used to show both: the first as its opening,
the second as the other outlet's unique line. Neither repeat test saw it: the words test
(:func:`newsprism.compare.lead.restates`) needs most content words in common, and the
repeat step (:mod:`newsprism.compare.summary_repeats`) needs a partner or a backing
score. NeuS raw r248: National Review's "A federal judge issued an injunction on Friday
ordering the Biden administration to cease accepting applications to …" and Vox's "On
Friday, a federal judge in Texas blocked an Obama-era program … halting the program's
ability to accept new applicants …" (one ruling; docs/eval-compare.md, session 33).

So the event is read (:mod:`newsprism.compare.opening_event`). A candidate unique line
is left out when

- it is its own article's lead sentence, and a line already picked is another article's
  lead (the opening line, or a line whose sentence is a lead);
- the picked line states a weekday, and the candidate states the picked line's event:
  the same subject, stance and weekday, every figure of the picked line, a thing acted
  on in common (:func:`newsprism.compare.opening_event.same_event`);
- the two acts are one: the same verb, a common WordNet sense
  (:func:`newsprism.compare.verb_senses.one_act`), or a verb in common under the two main
  verbs ("cease accepting applications" / "halting the … ability to accept new
  applicants": the act the ruling does).

Precision first, on what the reader is told: the candidate is dropped only when the
picked line is cited to as many outlets as it (the line kept is the one best cited),
and it is never added to the picked line's citations (two words for one act are not a
citation: :mod:`newsprism.compare.opening_backers` cites on a stricter act). The
candidate stays in the unique table; only the summary loses the second telling.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from newsprism.compare.checkable import _parse
from newsprism.compare.events import LIGHT, SPEECH
from newsprism.compare.opening_event import CoreEvent, core_event, same_event
from newsprism.compare.verb_senses import one_act
from newsprism.models import Claim

# False: a second outlet's lead telling the opening's event is a line again (as on main)
LEAD_TOLD_AGAIN_RULE = True

LeftOut = Callable[[Claim], bool]


def lead_told_again(left_out: LeftOut, summary: Sequence[Mapping[str, Any]],
                    leads: AbstractSet[str]) -> LeftOut:  # fmt: skip
    """``left_out`` widened: also a lead sentence that tells again the event of a lead
    line of ``summary`` (the module docstring). ``leads``: the stories' lead claim ids.
    The summary is read when the test is called, so lines added later count too."""

    def test(claim: Claim) -> bool:
        return left_out(claim) or (LEAD_TOLD_AGAIN_RULE and claim.id in leads
                                   and tells_again(claim, summary, leads))

    return test


def tells_again(claim: Claim, summary: Sequence[Mapping[str, Any]],
                leads: AbstractSet[str]) -> bool:  # fmt: skip
    """Whether ``claim`` (a lead) states the event of a picked lead line of another
    article that is cited to at least as many outlets as ``claim``'s one."""
    mine = None
    for line in summary:
        if not _lead_line(line, leads) or claim.article_id in line["article_ids"]:
            continue
        theirs = core_event(line["text"])
        if theirs is None or not theirs.days:
            continue
        mine = mine or core_event(claim.text)
        if mine is not None and same_event(theirs, mine, same_act=_one_act(
                theirs, mine, line["text"], claim.text)):  # fmt: skip
            return True
    return False


def _lead_line(line: Mapping[str, Any], leads: AbstractSet[str]) -> bool:
    """A picked line that is a report's lead: the opening, or a line of a lead sentence
    (a conflict's line states no one event)."""
    if line.get("status") == "conflict":
        return False
    return bool(line.get("lead")) or line["claim_ids"][0] in leads


def _one_act(one: CoreEvent, other: CoreEvent, text: str, other_text: str) -> bool:
    """Whether two leads' acts are one: the verb, a common WordNet sense, or a verb in
    common under the two main verbs (the module docstring)."""
    return one_act(one.act, other.act) or bool(_verbs_under(text) & _verbs_under(other_text))


def _verbs_under(text: str) -> set[str]:
    """The lemmas of the verbs under a sentence's main verb, but verbs of being, having
    or saying (they name no act of their own)."""
    doc = _parse(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return set()
    return {t.lemma_.lower() for t in root.subtree if t.pos_ == "VERB" and t is not root
            and t.lemma_.lower() not in LIGHT | SPEECH}  # fmt: skip

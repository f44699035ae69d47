"""``newsprism eval compare``: is each line of a story's comparison right?

Scored against the hand-made gold of BASIL triplets (:mod:`newsprism.eval.compare_gold`)
on the public JSON of ``compare`` (what a user gets), per measure:

- **shared pairs**: every pair of sentences from two articles that a ``shared`` fact
  puts together, against the pairs inside the gold fact groups (precision, recall);
- **conflicts**: distinct conflicts listed, how many of the gold conflicts they find,
  how many are false, and how many lines repeat one already listed;
- **speakers**: for each gold direct or partial quote that a careful reader can
  attribute, the quote newsprism finds over it and whether its speaker is the gold one
  (accuracy over the quotes found; unresolved is not right);
- **citations**: each outlet a summary line cites must have a sentence of that fact
  (the line's own sentence, or one in its gold fact group);
- **unique**: facts shown as one outlet's alone whose sentence is in no gold group;
  beside it, the ``possibly_shared`` facts and how many of them a gold group holds
  (the hedge's cost: the others are unique facts not shown as such);
- **unusable summary lines**: a fragment, an unresolved pronoun, a repeat, or a blob of
  several sentences (an automatic proxy for a reader's judgement: see
  docs/eval-compare.md).

A naive baseline runs beside it on the same sentences: TF-IDF cosine ≥ 0.2 between
sentences of different articles is a shared pair.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.eval import EvalTable
from newsprism.eval.compare_gold import GoldStory, Pair, Ref, load_compare_gold, ref_pairs
from newsprism.eval.compare_lines import unusable_reasons
from newsprism.eval.compare_omissions import omission_items
from newsprism.eval.neus_raw import NEUS_PREFIX
from newsprism.eval.speakers import same_speaker

__all__ = ["CompareTally", "evaluate_compare", "score_story"]

Progress = Callable[[int, int], None]
BASELINE_THRESHOLD = 0.2
COLUMNS = ["system", "stories", "shared P", "shared R", "partly shared pairs",
           "conflicts found", "false conflicts", "repeated conflicts", "speakers",
           "quotes found", "citations P", "unique P", "unusable summary", "unique right",
           "possibly shared", "hedges to check", "omissions listed", "omissions right",
           "omissions wrong", "omissions unknown"]  # fmt: skip
# `--only conflicts`: for a gold that annotates conflicts alone (gold/conflicts-basil),
# where every other column would read as a score of 0 against empty fact groups
CONFLICT_COLUMNS = ["system", "stories", "conflicts found", "false conflicts",
                    "repeated conflicts"]  # fmt: skip
ONLY = ("conflicts",)


@dataclass
class CompareTally:
    """Counts summed over stories; ratios are taken at the end."""

    stories: int = 0
    shared_tp: int = 0
    shared_pred: int = 0
    shared_gold: int = 0
    partly_pred: int = 0  # of shared_pred: the pairs of partly shared facts
    partly_tp: int = 0
    conflicts_gold: int = 0
    conflicts_found: int = 0
    conflicts_listed: int = 0
    conflicts_false: int = 0
    conflicts_repeated: int = 0
    quotes_gold: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    citations: int = 0
    citations_right: int = 0
    unique: int = 0
    unique_right: int = 0
    hedged: int = 0
    hedged_grouped: int = 0
    # session 21: the hedges shown beside a sentence (``hedge`` check, or absent in an
    # older output), those a gold group holds, and those whose shown sentence the gold
    # puts in one group with the fact (the partner a reader checks is right)
    checked: int = 0
    checked_grouped: int = 0
    checked_partner: int = 0
    # session 22: each "A leaves out F" line judged on the gold groups (compare_omissions)
    omissions: int = 0
    omissions_right: int = 0
    omissions_wrong: int = 0
    omissions_unknown: int = 0
    summary_lines: int = 0
    unusable: Counter[str] = field(default_factory=Counter)
    unusable_lines: int = 0
    details: list[dict[str, Any]] = field(default_factory=list)
    listed: list[str] = field(default_factory=list)  # each distinct conflict, judged

    def add(self, other: CompareTally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.unusable.update(other.unusable)
        self.details.extend(other.details)
        self.listed.extend(other.listed)

    def row(self, system: str) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        return {
            "system": system, "stories": self.stories,
            "shared P": ratio(self.shared_tp, self.shared_pred),
            "shared R": ratio(self.shared_tp, self.shared_gold),
            "partly shared pairs": f"{self.partly_tp} of {self.partly_pred} in gold",
            "conflicts found": f"{self.conflicts_found} of {self.conflicts_gold}",
            "false conflicts": self.conflicts_false,
            "repeated conflicts": self.conflicts_repeated,
            "speakers": ratio(self.speakers_right, self.quotes_found),
            "quotes found": f"{self.quotes_found} of {self.quotes_gold}",
            "citations P": ratio(self.citations_right, self.citations),
            "unique P": ratio(self.unique_right, self.unique),
            "unusable summary": ratio(self.unusable_lines, self.summary_lines),
            "unique right": f"{self.unique_right} of {self.unique}",
            "possibly shared": f"{self.hedged} ({self.hedged_grouped} in a gold group)",
            "hedges to check": f"{self.checked} ({self.checked_grouped} in a gold group, "
                               f"{self.checked_partner} beside a gold partner)",
            "omissions listed": self.omissions, "omissions right": self.omissions_right,
            "omissions wrong": self.omissions_wrong,
            "omissions unknown": self.omissions_unknown,
        }  # fmt: skip


# --- mapping output onto gold sentences -----------------------------------------------


def _evidence_refs(story: GoldStory, evidence: dict[str, Any]) -> list[Ref]:
    return story.refs(evidence["article_id"], evidence["start"], evidence["end"])


def _claim_refs(story: GoldStory, output: dict[str, Any]) -> dict[str, list[Ref]]:
    """Claim id -> the gold sentences its span covers."""
    return {e["claim_id"]: _evidence_refs(story, e)
            for fact in output["claims"] for e in fact["evidence"]}  # fmt: skip


# --- the measures ---------------------------------------------------------------------


# A partly shared fact (schema 1.8) links sentences through one part of one of them; the
# gold pairs whole sentences that state one fact. Its pairs count as shared pairs (the
# gold has no other place for them: a gold pair told by a longer sentence is a partial
# pair) and are also counted apart, so that their precision is seen on its own.
SHARED_STATUSES = ("shared", "partly_shared")


def _score_shared(story: GoldStory, output: dict[str, Any], tally: CompareTally) -> None:
    predicted: set[Pair] = set()
    partly: set[Pair] = set()
    for fact in output["claims"]:
        if fact["status"] in SHARED_STATUSES:
            refs = [r for e in fact["evidence"] for r in _evidence_refs(story, e)]
            predicted |= ref_pairs(refs)
            if fact["status"] == "partly_shared":
                partly |= ref_pairs(refs)
    gold = story.shared_pairs()
    tally.shared_pred += len(predicted)
    tally.shared_gold += len(gold)
    tally.shared_tp += len(predicted & gold)
    tally.partly_pred += len(partly)
    tally.partly_tp += len(partly & gold)


def _score_conflicts(story: GoldStory, output: dict[str, Any], tally: CompareTally) -> None:
    refs = _claim_refs(story, output)
    seen: list[set[Pair]] = []
    found: set[Pair] = set()
    for fact in output["claims"]:
        for conflict in fact.get("conflicts", []):
            pairs = _side_pairs(conflict, refs)
            tally.conflicts_listed += 1
            if pairs in seen:
                tally.conflicts_repeated += 1
                continue
            seen.append(pairs)
            hits = pairs & set(story.conflicts)
            found |= hits
            tally.conflicts_false += not hits
            tally.listed.append(_listed(story, conflict.get("kind", ""), pairs, bool(hits)))
    tally.conflicts_gold += len(story.conflicts)
    tally.conflicts_found += len(found)
    tally.listed.extend(f"{story.triplet[:8]} missed {story.kinds.get(pair, '')}: "
                        f"{_pair_text(pair)}" for pair in story.conflicts if pair not in found)


def _side_pairs(conflict: dict[str, Any], refs: dict[str, list]) -> set[Pair]:
    """The gold sentence pairs a conflict sets against each other: every two sides of
    different values and articles (a conflict holds two sides or more: one per claim)."""
    sides = conflict["sides"]
    return {frozenset((x, y)) for i, a in enumerate(sides) for b in sides[i + 1:]
            if a.get("value") is None or a.get("value") != b.get("value")
            for x in refs.get(a["claim_id"], []) for y in refs.get(b["claim_id"], [])
            if x[0] != y[0]}  # fmt: skip


def _pair_text(pair: Pair) -> str:
    """Gold refs as the gold files write them ("n:p:s"), so a reader can look them up."""
    return " / ".join(":".join(map(str, ref)) for ref in sorted(pair))


def _listed(story: GoldStory, kind: str, pairs: set[Pair], right: bool) -> str:
    """One conflict newsprism lists, as a note line: whether a gold conflict backs it."""
    verdict = "right" if right else "FALSE"
    refs = ", ".join(sorted(_pair_text(pair) for pair in pairs)) or "no gold sentence"
    return f"{story.triplet[:8]} {verdict} {kind}: {refs}"


SPEAKER_KINDS = ("direct", "partial", "reported")


def _score_speakers(story: GoldStory, output: dict[str, Any], tally: CompareTally) -> None:
    number_of = story.number_of
    for gold in story.quotes:
        # "reported" is used by gold/speakers-basil only (compare-basil has none)
        if gold.kind not in SPEAKER_KINDS or not gold.resolvable or not gold.speaker:
            continue
        tally.quotes_gold += 1
        start, end = _word_span(story.docs[gold.number].text, gold.start, gold.end)
        best, best_overlap = None, 0
        for quote in output["quotes"]:
            if number_of.get(quote["article_id"]) != gold.number:
                continue
            overlap = min(end, quote["end"]) - max(start, quote["start"])
            if overlap > best_overlap or (overlap == best_overlap and best is not None
                                          and _length(quote) < _length(best)):
                best, best_overlap = quote, overlap
        if best is None:
            continue
        tally.quotes_found += 1
        right = same_speaker(best.get("speaker"), gold.speaker)
        tally.speakers_right += right
        if not right:
            tally.details.append({"triplet": story.triplet, "wrong_speaker": best.get("speaker"),
                                  "gold_speaker": gold.speaker,
                                  "quote": best.get("text", "")[:80]})  # fmt: skip


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A gold quote without the punctuation at its edges: one annotator kept a trailing
    comma inside the marks and the other did not (the gold's README), which must not
    decide which quote is matched."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _length(quote: dict[str, Any]) -> int:
    return int(quote["end"]) - int(quote["start"])


def _line_source(fact: dict[str, Any], line: dict[str, Any]) -> dict[str, Any] | None:
    """The evidence sentence a summary line renders (its ``original`` or its text)."""
    wanted = _words(line.get("original") or line["text"])
    best = max(fact["evidence"], default=None,
               key=lambda e: len(wanted & _words(e["sentence"])))  # fmt: skip
    return best


def _score_summary(story: GoldStory, output: dict[str, Any], tally: CompareTally) -> None:
    facts = {f["id"]: f for f in output["claims"]}
    number_of = story.number_of
    groups = story.fact_refs()
    real = {p for p in story.conflicts}
    earlier: list[str] = []
    for line in output["summary"]:
        fact = facts.get(line["claim_id"])
        tally.summary_lines += 1
        reasons = unusable_reasons(line["text"], earlier, line.get("original", ""))
        earlier.append(line["text"])
        tally.unusable.update(reasons)
        tally.unusable_lines += bool(reasons)
        if fact is None:
            continue
        if fact["status"] == "conflict":
            refs = _claim_refs(story, output)
            hit = any(pair in real for c in fact["conflicts"] for pair in _side_pairs(c, refs))
            tally.citations += len(line["article_ids"])
            tally.citations_right += len(line["article_ids"]) if hit else 0
            continue
        source = _line_source(fact, line)
        refs = _evidence_refs(story, source) if source else []
        backed = {r[0] for r in refs}
        backed |= {r[0] for group in groups if set(group) & set(refs) for r in group}
        for article_id in line["article_ids"]:
            tally.citations += 1
            right = number_of.get(article_id) in backed
            tally.citations_right += right
            if not right:
                tally.details.append({"triplet": story.triplet, "wrong_citation": article_id,
                                      "line": line["text"][:100]})  # fmt: skip


def _score_unique(story: GoldStory, output: dict[str, Any], tally: CompareTally) -> None:
    grouped = story.grouped()
    for fact in output["claims"]:
        if fact["status"] not in ("unique", "possibly_shared"):
            continue
        refs = [r for e in fact["evidence"] for r in _evidence_refs(story, e)]
        if not refs:
            continue
        if fact["status"] == "unique":
            tally.unique += 1
            tally.unique_right += not set(refs) & grouped
        else:  # the hedge: right when another outlet does state it
            tally.hedged += 1
            tally.hedged_grouped += bool(set(refs) & grouped)
            if fact.get("hedge", "check") == "check":
                _score_check(story, fact, refs, tally)


def _score_check(story: GoldStory, fact: dict[str, Any], refs: list[Ref],
                 tally: CompareTally) -> None:  # fmt: skip
    """A hedge shown beside its first near sentence: is that sentence its gold partner?"""
    tally.checked += 1
    tally.checked_grouped += bool(set(refs) & story.grouped())
    near = (fact.get("near") or [None])[0]
    if near:
        pairs = story.shared_pairs()
        tally.checked_partner += any(frozenset((r, o)) in pairs for r in refs
                                     for o in _evidence_refs(story, near))  # fmt: skip


def score_story(story: GoldStory, output: dict[str, Any],
                only: str | None = None) -> CompareTally:  # fmt: skip
    """Every measure for one story's ``compare`` JSON (``only="conflicts"``: that one)."""
    tally = CompareTally(stories=1)
    _score_conflicts(story, output, tally)
    if only == "conflicts":
        return tally
    _score_shared(story, output, tally)
    _score_speakers(story, output, tally)
    _score_summary(story, output, tally)
    _score_unique(story, output, tally)
    _score_omissions(story, output, tally)
    return tally


def _score_omissions(story: GoldStory, output: dict[str, Any], tally: CompareTally) -> None:
    """Each listed omission right, wrong or unknown on the gold groups; a wrong one is a
    note (the article's number, the fact's gold refs, its text)."""
    for item in omission_items(story, output):
        tally.omissions += 1
        setattr(tally, f"omissions_{item['verdict']}",
                getattr(tally, f"omissions_{item['verdict']}") + 1)
        if item["verdict"] == "wrong":
            tally.details.append({"triplet": story.triplet, "wrong_omission": item["article"],
                                  "fact": ", ".join(item["refs"]),
                                  "text": item["text"][:100]})  # fmt: skip


# --- the naive baseline ---------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def baseline_pairs(story: GoldStory, threshold: float = BASELINE_THRESHOLD) -> set[Pair]:
    """Sentence pairs of different articles whose TF-IDF cosine is ≥ ``threshold``
    (IDF over the story's sentences)."""
    refs = [(n, p, s) for n, doc in story.docs.items() for (p, s) in doc.sentences]
    counts = [Counter(w.lower() for w in _WORD.findall(story.docs[n].sentence(p, s)))
              for n, p, s in refs]  # fmt: skip
    df = Counter(w for c in counts for w in c)
    idf = {w: math.log((1 + len(counts)) / (1 + d)) + 1 for w, d in df.items()}
    vectors = []
    for c in counts:
        v = {w: tf * idf[w] for w, tf in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    pairs = set()
    for i, a in enumerate(refs):
        for j in range(i + 1, len(refs)):
            b = refs[j]
            if a[0] == b[0]:
                continue
            cosine = sum(x * vectors[j].get(w, 0.0) for w, x in vectors[i].items())
            if cosine >= threshold:
                pairs.add(frozenset((a, b)))
    return pairs


def _baseline_tally(stories: Sequence[GoldStory]) -> CompareTally:
    tally = CompareTally()
    for story in stories:
        predicted, gold = baseline_pairs(story), story.shared_pairs()
        tally.stories += 1
        tally.shared_pred += len(predicted)
        tally.shared_gold += len(gold)
        tally.shared_tp += len(predicted & gold)
    return tally


# --- the command ----------------------------------------------------------------------


def _basil_dir(data_dir: Path) -> Path:
    data_dir = Path(data_dir)
    return data_dir / "basil" if (data_dir / "basil" / "articles").is_dir() else data_dir


def evaluate_compare(data_dir: Path, gold_dir: Path, limit: int | None = None,
                     on_progress: Progress | None = None,
                     only: str | None = None) -> EvalTable:  # fmt: skip
    """Score ``compare`` on every annotated triplet.

    Args:
        data_dir: ``../shared/data`` or its ``basil`` folder (the article texts).
        gold_dir: the folder of gold files (``gold/compare-basil`` in the repository).
        limit: only the first N stories.
        on_progress: called with (stories done, stories in all).
        only: ``"conflicts"`` scores the conflicts alone, for a gold that annotates
            nothing else (``gold/conflicts-basil``); each listed conflict is a note.
    """
    from newsprism.compare.story import analyze_story

    if only is not None and only not in ONLY:
        raise ValueError(f"only must be one of {ONLY}, not {only!r}")
    stories = load_compare_gold(gold_dir, _basil_dir(data_dir))[:limit]
    total = CompareTally()
    # the same-fact model is tuned on the 2010–2012 stories; 2013–2014 are held out
    parts = {part: CompareTally() for part in SPLITS}
    for done, story in enumerate(stories, start=1):
        output = analyze_story(list(story.articles.values())).as_dict()
        tally = score_story(story, output, only=only)
        total.add(tally)
        parts[_split(story)].add(tally)
        if on_progress:
            on_progress(done, len(stories))
    rows = [total.row("newsprism"),
            *(parts[p].row(f"newsprism, {p}") for p in SPLITS if parts[p].stories)]
    if only == "conflicts":
        rows = [{c: row[c] for c in CONFLICT_COLUMNS} for row in rows]
        return EvalTable("compare conflicts on BASIL triplets (hand-made gold)",
                         CONFLICT_COLUMNS, rows, total.listed)  # fmt: skip
    baseline = _baseline_tally(stories).row(f"TF-IDF cosine ≥ {BASELINE_THRESHOLD} (sentences)")
    notes = [f"unusable summary lines by reason: {dict(sorted(total.unusable.items()))}",
             *(_note(d) for d in total.details)]  # fmt: skip
    return EvalTable("compare on BASIL triplets (hand-made gold)", COLUMNS,
                     [*rows, baseline], notes)  # fmt: skip


SPLITS = ("2010–2012 (same-fact model tuned)", "2013–2014 (held out)",
          "NeuS raw crawl, 2021")  # fmt: skip


def _split(story: GoldStory) -> str:
    """The story's part: BASIL's tuned or held-out years, or a NeuS crawl report
    (gold/conflicts-neus, session 28), which is neither."""
    doc = next(iter(story.docs.values()))
    if doc.name.startswith(NEUS_PREFIX):
        return SPLITS[2]
    return SPLITS[0] if doc.year in ("2010", "2011", "2012") else SPLITS[1]


def _note(detail: dict[str, Any]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in detail.items())

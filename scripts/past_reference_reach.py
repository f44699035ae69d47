"""How often a report treats another report's act as past, on the pairs the packaged model
gets wrong and right (issue 13, session 39; docs/clustering.md, "Session 39: …").

    PYTHONPATH=src:scripts python scripts/past_reference_reach.py DATA [SET] [--show N]

Runs the packaged model over one set's training part (neus-raw unless ``SET`` is given)
with real times and on the dense day, and sorts every pair of reports by what the model
did and what the gold says: *wrong join* (one story, two gold stories), *right join*
(one story, one gold story), *split* (two stories, one gold story) and *right apart*
(two stories, two gold stories). For each kind it counts the pairs where either report's
lead (its body's first ``LEAD_WORDS`` words) holds a sentence with a past-reference phrase
(``PAST``: "last month", "a day after", "following the", "Tuesday's", "after the House
passed" …), and those where that sentence also *names the other's act*: it holds at
least ``K`` (2, 3) of the content words of the other report's title. Then, of the pairs
with a past reference, the same at ``K`` 3 by the phrase's kind: ``FAR`` (weeks, months,
a year), ``NEAR`` (days, a weekday's, last week) and ``AFTER`` (any "after" or
"following").

A relation a lever could read must be much more frequent on one side (wrong joins, or
splits) than on the other (right joins, or right apart): that is what the counts ask.
``--show N`` prints N pairs, drawn with seed 39, of the real dates' splits and of the
dense day's wrong joins that hold a naming past reference (``K`` 2), for reading.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsprism.cluster.crosslang import memory_texts
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import condition_stream, find_sets

DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
PAST = re.compile(
    rf"\b(?:last|earlier this|late last|previous) (?:week|month|year|weekend|{DAYS})\b"
    r"|\b(?:a|one|two|three|four|five|six|several|few|\d+) (?:days?|weeks?|months?) "
    r"(?:after|ago|earlier|before|since)\b"
    r"|\b(?:days|weeks|months) (?:after|since)\b"
    rf"|\b(?:{DAYS})'s\b"
    r"|\bfollowing (?:the|last|its|his|her|their)\b"
    r"|\b(?:after|since) (?:the|its|his|her|their|last) (?:\w+ ){0,3}(?:passed|voted|approved|"
    r"announced|signed|ruled|released|filed|issued|vote|passage|ruling|decision|announcement|"
    r"release)\b"
    r"|\bearlier (?:this|last) (?:week|month)\b|\bthe day before\b", re.I)
FAR = re.compile(
    r"\b(?:last|previous|earlier this|late last) (?:month|year)\b"
    r"|\b(?:weeks?|months?|years?) (?:after|ago|earlier|since)\b"
    r"|\bsince (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b", re.I)
NEAR = re.compile(
    rf"\b(?:last|previous) (?:week|weekend|{DAYS})\b"
    r"|\b(?:a|one|two|three|four|five|several|few) days? (?:after|ago|earlier|before)\b"
    rf"|\bdays after\b|\b(?:{DAYS})'s\b|\bthe day before\b|\bearlier this week\b", re.I)
AFTER = re.compile(r"\b(?:after|following)\b", re.I)
STOP = frozenset(
    "this that with from have been will their they about after over into more than what "
    "when which would could says said amid were also just only other some most make made "
    "year years week weeks month report reports news latest first ahead".split())
LEAD_WORDS = 120  # the body's opening: all of a neus-raw report (88-105 words)
KINDS = ("wrong join", "right join", "split", "right apart")


def content_words(text: str | None) -> set[str]:
    """The content words of a text: four letters or more, lower-cased, not in ``STOP``."""
    return {w for w in re.findall(r"[a-z0-9']+", (text or "").lower())
            if len(w) >= 4 and w not in STOP}  # fmt: skip


def sentences(text: str) -> list[str]:
    """The sentences of a text (a split after . ! or ?)."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def naming(lead: str, other_title: str | None, k: int, phrase: re.Pattern = PAST) -> list[str]:
    """The sentences of ``lead`` that hold ``phrase`` and at least ``k`` content words of
    ``other_title``: a past reference that names the other report's act."""
    theirs = content_words(other_title)
    return [s for s in sentences(lead)
            if phrase.search(s) and len(content_words(s) & theirs) >= k]  # fmt: skip


def run_model(items: list) -> dict[str, str]:
    """The packaged model's story of each article of one stream."""
    arts = [i.article for i in items]
    model = load_model()
    clusterer = StreamClusterer(model, model_idf(model), texts=memory_texts(arts))
    for f in compute_features(arts, model.embedder, model.context_embedder):
        clusterer.add(f)
    return {a.id: clusterer.memberships[a.id][0] for a in arts}


def pairs(found: dict[str, str], gold: dict[str, str]) -> Iterator[tuple[str, str, str]]:
    """Every pair of articles with its kind (module docstring)."""
    for a, b in itertools.combinations(list(found), 2):
        same_story, same_gold = found[a] == found[b], gold[a] == gold[b]
        kind = ("right join" if same_gold else "wrong join") if same_story else (
            "split" if same_gold else "right apart")  # fmt: skip
        yield kind, a, b


def reach(items: list) -> tuple[Counter, list[tuple[str, str, str, list, list]]]:
    """The counts of one stream, and each pair with a naming reference (``K`` 2)."""
    arts = {i.article.id: i.article for i in items}
    gold = {i.article.id: i.story for i in items}
    lead = {a: " ".join(art.text.split()[:LEAD_WORDS]) for a, art in arts.items()}
    refs = {a: any(PAST.search(s) for s in sentences(t)) for a, t in lead.items()}
    counts: Counter = Counter()
    hits = []
    for kind, a, b in pairs(run_model(list(items)), gold):
        counts[kind, "pairs"] += 1
        if not (refs[a] or refs[b]):
            continue
        counts[kind, "a past reference"] += 1
        for k in (2, 3):
            na, nb = naming(lead[a], arts[b].title, k), naming(lead[b], arts[a].title, k)
            counts[kind, f"names the other (K {k})"] += bool(na or nb)
            if k == 2 and (na or nb):
                hits.append((kind, a, b, na, nb))
        for name, phrase in (("far", FAR), ("near", NEAR), ("after", AFTER)):
            counts[kind, f"K 3, {name}"] += bool(naming(lead[a], arts[b].title, 3, phrase)
                                                 or naming(lead[b], arts[a].title, 3, phrase))
    return counts, hits


def _show(items: list, hits: list, kind: str, n: int) -> None:
    """Print ``n`` pairs of one kind with their naming sentences, drawn with seed 39."""
    arts = {i.article.id: i.article for i in items}
    chosen = [h for h in hits if h[0] == kind]
    random.Random(39).shuffle(chosen)
    for _, a, b, na, nb in chosen[:n]:
        print(f"  --- {kind}")
        for x, said in ((a, na), (b, nb)):
            art = arts[x]
            print(f"    [{art.outlet}] {art.title}")
            for s in said:
                print("       refers:", textwrap.shorten(s, 240))


def main(argv: list[str]) -> None:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    args = [a for i, a in enumerate(argv) if a != "--show" and argv[i - 1] != "--show"]
    data, name = Path(args[0]), args[1] if len(args) > 1 else "neus-raw"
    gold_set = next(g for g in find_sets(data) if g.name == name)
    for cond, kind in (("real", "split"), ("compressed", "wrong join")):
        items = condition_stream(gold_set, "train", cond)
        counts, hits = reach(items)
        print(f"{name} train, {cond}: pairs by kind (columns) and what they hold (rows)")
        print(" " * 24 + "".join(f"{k:>13s}" for k in KINDS))
        for row in ("pairs", "a past reference", "names the other (K 2)",
                    "names the other (K 3)", "K 3, far", "K 3, near", "K 3, after"):
            print(f"  {row:22s}" + "".join(f"{counts[k, row]:13d}" for k in KINDS))
        if show:
            _show(items, hits, kind, show)


if __name__ == "__main__":
    main(sys.argv[1:])

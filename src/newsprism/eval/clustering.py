"""Story clustering scored against gold stories (``newsprism eval clustering``).

These sets in ``../shared/data`` carry gold stories:

``basil``
    50 US-politics events of 2010–2014, each told by Fox News, the New York Times and
    the Huffington Post (Fan et al., EMNLP 2019): full text, title, date, outlet. Gold
    story: ``triplet-uuid``. Train: 2010–2012 (30 events); held out: 2013–2014 (20).
``neus-allsides``
    AllSides roundups, one story told from the left, the centre and the right (Lee et
    al., NAACL 2022): headline and lead only, no date, no outlet. Gold story: the line.
    Train: the ``train`` split; held out: ``val`` and ``test``.
``neus-raw``
    The crawled AllSides stories of ``neus-allsides/raw_crawled/*.jsonl``: 506 roundups of
    April–October 2021, about three a day, each with its left, centre and right reports
    (title, outlet, the opening paragraphs of the body) and the roundup's date. Gold
    story: the roundup (``id``). Every report takes its roundup's date. Train: the
    roundups whose hash is even; held out: the odd ones. A dense real feed of full
    leads, where the headline set above has one sentence a report.
``googlenews-tsc``
    11,109 Google News items in 152 events, already lower-cased with stop words removed
    (title only ``T``, snippet ``S``, both ``TS``): a test of story granularity with no
    names and no dates. Train: the events whose hash is even (``TS`` only); held out:
    the odd ones.

Each part is its own stream, so that the training stories never sit beside the held-out
ones. Dated sets are fed in publication order (then by id); undated ones in a fixed
shuffled order (seed 0), since a real stream interleaves stories. The clusterer is the
one ingest runs: the same ``compute_features`` and ``StreamClusterer``, with the
packaged model. Scores: B³ precision/recall/F1, pairwise precision/recall/F1, and the
adjusted Rand index.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprism.cluster.features import to_epoch
from newsprism.errors import EvalError
from newsprism.eval import EvalTable, gold_article, prf
from newsprism.eval.basil import basil_files, read_basil
from newsprism.eval.clustering_baseline import THRESHOLDS as BASELINE_THRESHOLDS
from newsprism.eval.clustering_baseline import clusters_at, nearest_earlier
from newsprism.eval.clustering_dense import compress, conditions_for
from newsprism.eval.jsonl import json_lines
from newsprism.models import Article

COLUMNS = ["dataset", "part", "split", "items", "gold", "found", "b3_p", "b3_r", "b3_f1",
           "pair_p", "pair_r", "pair_f1", "ari", "condition", "mixed",
           "base_b3_f1"]  # fmt: skip
BASIL_TRAIN_YEARS = frozenset({"2010", "2011", "2012"})
NEUS_DIR = "naacl2022_lrc_roundup_random_order_probe"
NEUS_RAW_DIR = "raw_crawled"
NEUS_SIDES = ("left", "center", "right")
GOOGLENEWS_VARIANTS = ("T", "S", "TS")
SHUFFLE_SEED = 0

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class GoldItem:
    """One article of a gold set, with its gold story and its part of the split."""

    article: Article
    story: str
    part: str  # "train" or "held-out"
    split: str  # where it comes from: years, split file, event half


@dataclass
class GoldSet:
    name: str
    items: list[GoldItem]
    dated: bool
    skipped: int = 0  # items of the files left out (a report with an empty body)


# --- loaders --------------------------------------------------------------------------


def load_basil(data_dir: Path) -> GoldSet:
    """BASIL's articles: title, date, outlet, paragraphs; gold story ``triplet-uuid``."""
    items = []
    for path in basil_files(data_dir):
        doc = read_basil(path)
        paragraphs = [" ".join(p) for p in doc.paragraphs]
        items.append(GoldItem(
            gold_article(f"basil:{doc.name}", doc.text, title=doc.title, outlet=doc.outlet or None,
                     published_at=doc.date, paragraphs=paragraphs, source=str(path)),
            story=doc.triplet,
            part="train" if doc.year in BASIL_TRAIN_YEARS else "held-out",
            split="2010–2012" if doc.year in BASIL_TRAIN_YEARS else "2013–2014",
        ))  # fmt: skip
    return GoldSet("basil", items, dated=True)


def load_neus(data_dir: Path) -> GoldSet:
    """NeuS-AllSides triplets: ``TITLE=> … ARTICLE=> …`` ×3 per line; gold story: the line."""
    base = Path(data_dir) / NEUS_DIR
    items = []
    for split in ("train", "val", "test"):
        path = base / f"{split}.source"
        if not path.is_file():
            raise EvalError(f"{data_dir}: missing {NEUS_DIR}/{split}.source", code="E300")
        for line_no, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            for n, part in enumerate(line.split(" [SEP] ")):
                title, _, lead = part.partition(" ARTICLE=> ")
                title = title.removeprefix("TITLE=> ").strip().rstrip(".").strip()
                items.append(GoldItem(
                    gold_article(f"neus:{split}:{line_no}:{n}", lead.strip(), title=title or None,
                             source=f"{path}:{line_no}"),
                    story=f"{split}:{line_no}",
                    part="train" if split == "train" else "held-out",
                    split=split,
                ))  # fmt: skip
    return GoldSet("neus-allsides", items, dated=False)


def neus_raw_part(story_id: object) -> str:
    """The half of the crawled AllSides roundups a roundup belongs to (a hash of its id)."""
    digest = hashlib.blake2b(f"neus-raw:{story_id}".encode(), digest_size=1).digest()[0]
    return "train" if digest % 2 == 0 else "held-out"


def _utc_stamp(stamp: object) -> str | None:
    """An ISO stamp with an offset (``2021-10-18T16:15:00-07:00``) as UTC ``…Z``, so that
    sorting the strings sorts the times; None when it does not parse."""
    epoch = to_epoch(stamp) if isinstance(stamp, str) else None
    if epoch is None:
        return None
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def load_neus_raw(data_dir: Path) -> GoldSet:
    """The crawled AllSides roundups (``raw_crawled/*.jsonl``): each report's title,
    outlet and body paragraphs (``newBody``), dated by its roundup; gold story: ``id``.

    A report whose body is empty is skipped (``skipped`` counts them): a title alone
    is the headline set's task, not this one's.
    """
    files = sorted((Path(data_dir) / NEUS_RAW_DIR).glob("*.jsonl"))
    if not files:
        raise EvalError(f"{data_dir}: missing {NEUS_RAW_DIR}/*.jsonl", code="E300")
    items, skipped = [], 0
    for path in files:
        for line_no, row in json_lines(path, required=("id",)):
            part = neus_raw_part(row["id"])
            for side in NEUS_SIDES:
                report = (row.get("news") or {}).get(side)
                if not report:
                    continue
                paragraphs = [p.strip() for p in report.get("newBody") or [] if p and p.strip()]
                if not paragraphs:
                    skipped += 1
                    continue
                items.append(GoldItem(
                    gold_article(f"neus-raw:{row['id']}:{side}", "\n\n".join(paragraphs),
                                 title=(report.get("newsTitle") or "").strip() or None,
                                 outlet=report.get("newsSource") or None,
                                 published_at=_utc_stamp(row.get("date")),
                                 paragraphs=paragraphs, source=f"{path}:{line_no}"),
                    story=f"neus-raw:{row['id']}", part=part,
                    split="even stories" if part == "train" else "odd stories",
                ))  # fmt: skip
    return GoldSet("neus-raw", items, dated=True, skipped=skipped)


def googlenews_part(cluster: object) -> str:
    """The half of the GoogleNews events an event belongs to (by a hash of its label)."""
    digest = hashlib.blake2b(f"googlenews:{cluster}".encode(), digest_size=1).digest()[0]
    return "train" if digest % 2 == 0 else "held-out"


def load_googlenews(data_dir: Path, variant: str = "TS") -> GoldSet:
    """GoogleNews-TSC items (pre-processed text only); gold story: ``cluster``."""
    path = Path(data_dir) / f"googlenews-{variant}.jsonl"
    if not path.is_file():
        raise EvalError(f"{data_dir}: missing googlenews-{variant}.jsonl", code="E300")
    items = []
    for line_no, row in json_lines(path, required=("cluster", "text")):
        part = googlenews_part(row["cluster"])
        items.append(GoldItem(
            gold_article(f"googlenews:{variant}:{line_no}", row["text"],
                         source=f"{path}:{line_no}"),
            story=str(row["cluster"]), part=part,
            split="even events" if part == "train" else "odd events",
        ))  # fmt: skip
    return GoldSet(f"googlenews-{variant}", items, dated=False)


def load_ntrex(data_dir: Path) -> GoldSet:
    """NTREX-128 ar-en: each story in English and in its human Arabic translation; gold
    story: ``doc_id``, so every gold story crosses languages (docs/crosslang.md)."""
    from newsprism.eval.crosslang import ntrex_articles

    items = [GoldItem(article, story=doc_id, part="train", split="ntrex ar+en")
             for doc_id, article in ntrex_articles(data_dir)]  # fmt: skip
    return GoldSet("ntrex-ar-en", items, dated=False)


def find_sets(data_dir: Path, variants: Sequence[str] = GOOGLENEWS_VARIANTS) -> list[GoldSet]:
    """The gold sets in ``data_dir``: ``../shared/data`` itself, or one of its folders."""
    data_dir = Path(data_dir)
    found: list[GoldSet] = []
    for folder in (data_dir, data_dir / "basil"):
        if (folder / "articles").is_dir():
            found.append(load_basil(folder))
            break
    for folder in (data_dir, data_dir / "neus-allsides"):
        if (folder / NEUS_DIR).is_dir():
            found.append(load_neus(folder))
            break
    # The crawled roundups alone: their own folder (``neus-allsides/raw_crawled``).
    nested = data_dir.name == NEUS_RAW_DIR
    raw_homes = (data_dir.parent,) if nested else (data_dir, data_dir / "neus-allsides")
    for folder in raw_homes:
        if any((folder / NEUS_RAW_DIR).glob("*.jsonl")):
            found.append(load_neus_raw(folder))
            break
    for folder in (data_dir, data_dir / "googlenews-tsc"):
        present = [v for v in variants if (folder / f"googlenews-{v}.jsonl").is_file()]
        if present:
            found.extend(load_googlenews(folder, v) for v in present)
            break
    for folder in (data_dir, data_dir / "ntrex-ar-en"):
        if (folder / "documents.jsonl").is_file():
            found.append(load_ntrex(folder))
            break
    if not found:
        raise EvalError(
            f"{data_dir}: no gold stories found (expected basil/, neus-allsides/ (with "
            f"{NEUS_DIR}/ or {NEUS_RAW_DIR}/), "
            "googlenews-tsc/ or ntrex-ar-en/; see ../shared/data/README.md)", code="E300",
        )  # fmt: skip
    return found


def stream(gold: GoldSet, part: str, limit: int | None = None) -> list[GoldItem]:
    """The items of one part in stream order (see the module docstring)."""
    items = [i for i in gold.items if i.part == part]
    if gold.dated:
        items.sort(key=lambda i: (i.article.published_at or "", i.article.id))
    else:
        random.Random(SHUFFLE_SEED).shuffle(items)
    return items[:limit] if limit else items


def in_batches(items: list[GoldItem], batches: int) -> list[GoldItem]:
    """``items`` (in stream order) as ``batches`` shuffled batches (seed 0), each kept in
    stream order: what the clusterer sees when an archive is ingested in that many runs,
    each of which spans the whole period (``newsprism ingest`` orders every batch)."""
    if batches <= 1:
        return items
    order = list(range(len(items)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    return [items[k] for b in range(batches) for k in sorted(order[b::batches])]


# --- metrics --------------------------------------------------------------------------


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


@dataclass(frozen=True)
class ClusterScores:
    b3: tuple[float, float, float]
    pairwise: tuple[float, float, float]
    ari: float
    gold: int
    found: int


def score_clustering(predicted: Sequence[str], gold: Sequence[str]) -> ClusterScores:
    """B³ and pairwise precision/recall/F1 and the adjusted Rand index of a clustering.

    Args:
        predicted: the predicted cluster of each item.
        gold: the gold cluster of each item, in the same order.
    """
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold must label the same items")
    n = len(gold)
    joint = Counter(zip(predicted, gold, strict=True))
    size_p, size_g = Counter(predicted), Counter(gold)
    if n == 0:
        return ClusterScores((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 0.0, 0, 0)
    b3_p = sum(c * c / size_p[p] for (p, _), c in joint.items()) / n
    b3_r = sum(c * c / size_g[g] for (_, g), c in joint.items()) / n
    b3_f = 2 * b3_p * b3_r / (b3_p + b3_r) if b3_p + b3_r else 0.0
    both = sum(_pairs(c) for c in joint.values())
    pred_pairs = sum(_pairs(c) for c in size_p.values())
    gold_pairs = sum(_pairs(c) for c in size_g.values())
    pairwise = prf(both, pred_pairs - both, gold_pairs - both)
    expected = pred_pairs * gold_pairs / _pairs(n) if n > 1 else 0.0
    best = (pred_pairs + gold_pairs) / 2
    ari = 1.0 if math.isclose(best, expected) else (both - expected) / (best - expected)
    return ClusterScores((b3_p, b3_r, b3_f), pairwise, ari, len(size_g), len(size_p))


# --- running the clusterer -------------------------------------------------------------


def cluster_articles(articles: Sequence[Article], model: object | None = None,
                     on_progress: Progress | None = None,
                     copies: dict[str, str] | None = None) -> list[str]:  # fmt: skip
    """Story ids for ``articles`` fed as one stream, in order (the ingest code path).

    ``copies``, when given, receives each near-copy's article id -> its original's id.
    """
    from newsprism.cluster.crosslang import memory_texts
    from newsprism.cluster.features import compute_features
    from newsprism.cluster.model import ClusterModel, load_model, model_idf
    from newsprism.cluster.state import FEATURE_CHUNK
    from newsprism.cluster.stream import StreamClusterer

    chosen = model if isinstance(model, ClusterModel) else load_model()
    clusterer = StreamClusterer(chosen, model_idf(chosen), texts=memory_texts(articles))
    done = 0
    for start in range(0, len(articles), FEATURE_CHUNK):
        for f in compute_features(articles[start : start + FEATURE_CHUNK], chosen.embedder,
                                     chosen.context_embedder):
            decision = clusterer.add(f)
            if copies is not None and decision.duplicate_of is not None:
                copies[decision.article_id] = decision.duplicate_of
            done += 1
        if on_progress:
            on_progress(done, len(articles))
    # Where each article is at the end: a split step may have moved it since its decision.
    return [clusterer.memberships[a.id][0] for a in articles]


def condition_stream(gold: GoldSet, part: str, condition: str = "real",
                     limit: int | None = None) -> list[GoldItem]:  # fmt: skip
    """The items of one part in stream order, with their real times or compressed into
    one 72-hour window (``eval.clustering_dense``); ``limit`` cuts the ordered stream."""
    if condition == "real":
        return stream(gold, part, limit)
    items = compress(stream(gold, part))
    return items[:limit] if limit else items


def _gold_held(predicted: Sequence[str], gold: Sequence[str]) -> list[int]:
    """For each predicted story, how many gold stories it holds articles of."""
    held: dict[str, set[str]] = {}
    for p, g in zip(predicted, gold, strict=True):
        held.setdefault(p, set()).add(g)
    return [len(s) for s in held.values()]


def most_mixed(predicted: Sequence[str], gold: Sequence[str]) -> int:
    """The most gold stories that one predicted story holds articles of (1 is clean)."""
    return max(_gold_held(predicted, gold), default=0)


MIXED_LIMIT = 3  # issue 13: "no story holding articles of more than 3 gold stories"


def mixed_over(predicted: Sequence[str], gold: Sequence[str], limit: int = MIXED_LIMIT) -> int:
    """How many predicted stories hold articles of more than ``limit`` gold stories: the
    count behind issue 13's bar, where ``mixed`` gives only the worst one."""
    return sum(n > limit for n in _gold_held(predicted, gold))


def copy_precision(items: list[GoldItem], copies: dict[str, str]) -> tuple[int, float | None]:
    """How many near-copies the clusterer found among ``items``, and the share whose
    original is in the same gold story (None when there are none)."""
    story = {i.article.id: i.story for i in items}
    found = [(a, o) for a, o in copies.items() if a in story]
    if not found:
        return 0, None
    return len(found), sum(story[a] == story.get(o) for a, o in found) / len(found)


def _score_row(gold_set: GoldSet, part: str, split: str, condition: str,
               items: list[GoldItem], predicted: list[str], baseline: list[str],
               threshold: float, copies: dict[str, str]) -> dict[str, object]:  # fmt: skip
    chosen = [n for n, i in enumerate(items) if i.split == split]
    n_copies, copy_p = copy_precision([items[n] for n in chosen], copies)
    gold = [items[n].story for n in chosen]
    mine = [predicted[n] for n in chosen]
    s = score_clustering(mine, gold)
    b = score_clustering([baseline[n] for n in chosen], gold)
    return {
        "dataset": gold_set.name, "part": part, "split": split, "items": len(chosen),
        "gold": s.gold, "found": s.found, "b3_p": s.b3[0], "b3_r": s.b3[1],
        "b3_f1": s.b3[2], "pair_p": s.pairwise[0], "pair_r": s.pairwise[1],
        "pair_f1": s.pairwise[2], "ari": s.ari, "condition": condition,
        "mixed": most_mixed(mine, gold), "mixed_over_3": mixed_over(mine, gold),
        "base_b3_f1": b.b3[2], "base_b3_p": b.b3[0],
        "base_b3_r": b.b3[1], "base_found": b.found, "base_mixed": most_mixed(
            [baseline[n] for n in chosen], gold), "base_threshold": threshold,
        "copies": n_copies, "copy_p": copy_p,
    }  # fmt: skip


def tuned_baseline(streams: dict[str, list[GoldItem]]) -> tuple[float, dict[str, list[str]]]:
    """The TF-IDF baseline's labels for each part, its threshold tuned on the train part
    (best B³ F1; the held-out part alone when a folder has no train part)."""
    nearest = {part: nearest_earlier([i.article for i in items])
               for part, items in streams.items()}  # fmt: skip
    tune = "train" if streams.get("train") else next(iter(streams))
    gold = [i.story for i in streams[tune]]
    best = max(BASELINE_THRESHOLDS, key=lambda t: (
        score_clustering(clusters_at(nearest[tune], t), gold).b3[2], -t))  # fmt: skip
    return best, {part: clusters_at(n, best) for part, n in nearest.items()}


def evaluate_clustering(
    data_dir: Path,
    *,
    limit: int | None = None,
    batches: int = 1,
    condition: str = "real",
    model: object | None = None,
    on_progress: Progress | None = None,
    split: str = "model",
    merge: str = "model",
) -> EvalTable:
    """Score the stream clusterer on every gold set found in ``data_dir``.

    Beside each row, the TF-IDF single-pass baseline (``eval.clustering_baseline``) on
    the same stream, its threshold tuned on the set's train part in the same condition.

    Args:
        data_dir: ``../shared/data`` or one of ``basil/``, ``neus-allsides/``,
            ``neus-allsides/raw_crawled/`` (neus-raw alone), ``googlenews-tsc/``.
        limit: at most this many items per part (quick checks).
        batches: feed each part as this many shuffled batches (:func:`in_batches`).
        condition: ``real`` (the articles' own times), ``compressed`` (every story moved
            into one 72-hour window: a dense day's feed) or ``both``.
        model: a ``ClusterModel`` (by default the packaged one).
        on_progress: called with (items done, items in all).
        split: the split step (``cluster.split``): ``"model"`` as the model file says,
            ``"on"`` or ``"off"``, to measure it.
        merge: the merge step (``cluster.merge``), the same way.

    Returns:
        One row per condition, set and split, with B³, pairwise and ARI scores, the most
        gold stories one predicted story holds (``mixed``) and the baseline's scores.
    """
    model = _with_steps(model, split, merge)
    sets = find_sets(Path(data_dir))
    runs = [(c, g, {p: in_batches(condition_stream(g, p, c, limit), batches)
                    for p in ("train", "held-out")})
            for c in conditions_for(condition) for g in sets]  # fmt: skip
    total = sum(len(s) for *_, parts in runs for s in parts.values())
    done = 0
    rows = []
    for cond, gold_set, parts in runs:
        parts = {p: items for p, items in parts.items() if items}
        if not parts:
            continue
        threshold, baseline = tuned_baseline(parts)
        for part, items in parts.items():

            def step(d: int, _t: int, base: int = done) -> None:
                if on_progress:
                    on_progress(base + d, total)

            copies: dict[str, str] = {}
            predicted = cluster_articles([i.article for i in items], model, step, copies)
            done += len(items)
            rows.extend(_score_row(gold_set, part, each, cond, items, predicted,
                                   baseline[part], threshold, copies)
                        for each in dict.fromkeys(i.split for i in items))  # fmt: skip
    notes = _notes(split, batches, merge) + _skipped_notes(sets)
    return EvalTable("Story clustering against gold stories", COLUMNS, rows, notes)


def _skipped_notes(sets: list) -> list[str]:
    """One note per gold set that left reports out (an empty body), so a reader
    knows the items counted are fewer than the file's."""
    return [f"{g.name}: reports left out for an empty body: {g.skipped}." for g in sets
            if g.skipped]  # fmt: skip


def _with_steps(model: object | None, split: str, merge: str) -> object | None:
    """The model with its split and merge steps forced ``on`` or ``off``; as given for
    ``model``."""
    if split == merge == "model":
        return model
    from newsprism.cluster.merge import with_merge
    from newsprism.cluster.model import ClusterModel, load_model
    from newsprism.cluster.split import with_split

    base = model if isinstance(model, ClusterModel) else load_model()
    return with_merge(with_split(base, split), merge)


def _notes(split: str, batches: int, merge: str = "model") -> list[str]:
    """How the table was made: streams, splits, conditions, columns, options."""
    notes = [
        "Each part is clustered as its own stream (dated sets in publication order, undated "
        "ones shuffled with seed 0); held-out parts were never seen in training.",
        "Splits: BASIL train 2010–2012, held out 2013–2014; NeuS-AllSides train split, held "
        "out val and test (clustered as one stream, scored per split); GoogleNews events by "
        "hash parity (training used googlenews-TS only); neus-raw (the crawled AllSides "
        "roundups, title + body lead, dated by the roundup) roundups by hash parity.",
        "condition: real = the articles' own times (undated sets undated); compressed = "
        "every gold story moved into one 72-hour window, ordered by the new times.",
        "mixed: the most gold stories one predicted story holds. base_b3_f1: TF-IDF "
        "single-pass baseline (title + 3 paragraphs, max-link), threshold tuned on the "
        "train part of the same set and condition. JSON only: base_b3_p/r, base_found, "
        "base_mixed, base_threshold; mixed_over_3 (how many predicted stories hold articles of "
        "more than 3 gold stories); copies (near-copies found) and copy_p (the share whose "
        "original is in the same gold story).",
    ]
    if split != "model":
        notes.append(f"The split step is {split} (--story-split {split}).")
    if merge != "model":
        notes.append(f"The merge step is {merge} (--story-merge {merge}).")
    if batches > 1:
        notes.append(f"Each part fed as {batches} shuffled batches (seed 0), each in stream "
                     "order, as an archive ingested in that many runs.")  # fmt: skip
    return notes

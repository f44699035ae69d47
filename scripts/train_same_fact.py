"""Train and calibrate the same-fact model (``src/newsprism/data/models/same-fact.json``).

    python scripts/train_same_fact.py ../shared/data [--gold gold/compare-basil] [--cache DIR]
        [--extra-gold gold/compare-basil-train ...] [--explore] [--out FILE]
        [--learning-curve] [--score MODEL.json] [--minilm] [--scorer gbm [--gbm SETTING]]

Data (all public, human-labelled; docs/models.md gives their licences):

- MSRP train (4,076 news sentence pairs, paraphrase or not); the last 500 lines are its
  dev part (as dataset-sts), reported beside the published baselines;
- STS news headlines 2013–2016 (0–5): ≥ 4 is the same fact, ≤ 2 is not, between is left
  out (the scale's 3 is "roughly equivalent, some important information differs");
- the sentence pairs of the BASIL 2010–2012 stories of the compare gold: every pair of
  sentences of two articles, same fact when a gold fact group holds both. This is the
  distribution the model meets in a story (about 1 pair in 60 is the same fact), so
  these pairs also set the threshold. BASIL 2013–2014 is never used here except to
  print the held-out figures;
- with ``--extra-gold DIR`` (repeatable), the stories of more compare-gold folders of
  the training years (``gold/compare-basil-train``): they join the training pairs and
  the leave-one-story-out folds. The held-out stories stay ``--gold``'s 2013–2014 ones,
  so a folder holding another year, or a triplet ``--gold`` already holds, is refused.

Every pair goes through the runtime code (spaCy parse, entity linking, claims, the
packaged static embedder, :func:`newsprism.compare.pairs.pair_features`), so the model
sees the features it will see in ``compare``. The threshold is the lowest at which the
stories' pairs reach :data:`TARGET_PRECISION`, in leave-one-story-out predictions.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from newsprism.compare.pairs import FEATURES, claim_profiles, inverse_document_frequencies
from newsprism.compare.pairs import pair_features as story_pair_features
from newsprism.compare.story import quotation_spans, quoted_speakers
from newsprism.compare.story import resolve_quotes as story_quotes
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import GoldStory, load_compare_gold
from newsprism.extract.claims import ClaimContext, extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

TRAIN_YEARS = frozenset({"2010", "2011", "2012"})
TARGET_PRECISION = 0.90
MSRP_DEV = 500
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsprism" / "data" / "models" / "same-fact.json"


# --- pair sets ------------------------------------------------------------------------


def _jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def sentence_pairs(data: Path) -> dict[str, list[tuple[str, str, int]]]:
    """The labelled pairs of each public set: (sentence 1, sentence 2, same fact 0/1)."""
    msrp = [(r["sentence1"], r["sentence2"], int(r["label"]))
            for r in _jsonl(data / "msrp" / "msrp-train.jsonl")]  # fmt: skip
    sts = []
    for year in (2013, 2014, 2015, 2016):
        for r in _jsonl(data / "sts-headlines" / f"headlines-{year}.jsonl"):
            if r["label"] >= 4.0 or r["label"] <= 2.0:
                sts.append((r["sentence1"], r["sentence2"], int(r["label"] >= 4.0)))
    return {"msrp-train": msrp[:-MSRP_DEV], "msrp-dev": msrp[-MSRP_DEV:], "sts": sts}


def pair_set_features(nlp, embedder, pairs: list[tuple[str, str, int]]) -> dict[str, np.ndarray]:
    """Features of each pair, each pair a story of two one-sentence articles."""
    texts = [t for a, b, _ in pairs for t in (a, b)]
    docs = list(nlp.pipe(texts, batch_size=256))
    vectors = embedder.encode(texts)
    profiles = []
    for k in range(0, len(docs), 2):
        pair_docs = {"a": docs[k], "b": docs[k + 1]}
        mentions = {aid: find_mentions(doc, aid) for aid, doc in pair_docs.items()}
        entities = link_entities(mentions, {aid: doc.text for aid, doc in pair_docs.items()})
        claims = [ClaimContext.of(doc, aid, entities.mentions).claim(f"{aid}:c1", 0, doc.text, 0)
                  for aid, doc in pair_docs.items()]  # fmt: skip
        profiles.extend(claim_profiles(pair_docs, claims))
    idf = inverse_document_frequencies([p.words for p in profiles])
    rows = []
    for k in range(0, len(profiles), 2):
        features = story_pair_features(profiles[k : k + 2], vectors[k : k + 2], idf)
        rows.append([features[name][0, 1] for name in FEATURES])
    return {"X": np.array(rows, dtype=np.float32),
            "y": np.array([label for _, _, label in pairs], dtype=np.int8)}  # fmt: skip


def cross_article_pairs(story: GoldStory, claims: list):
    """Each pair (i, j) of claims of two articles of a gold story, with whether the gold
    links their sentences (one fact group holds both)."""
    gold = story.shared_pairs()
    refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i].article_id != claims[j].article_id:
                linked = {frozenset((x, y)) for x in refs[i] for y in refs[j] if x[0] != y[0]}
                yield i, j, bool(linked & gold)


def story_units(nlp, embedder, story: GoldStory) -> tuple[list, np.ndarray, list]:
    """The claims of one gold story as ``compare`` builds them, their embeddings and
    their profiles (parse, entity linking, claims: the runtime code)."""
    articles = list(story.articles.values())
    docs = dict(zip([a.id for a in articles], nlp.pipe(a.text for a in articles), strict=True))
    mentions = {aid: find_mentions(doc, aid) for aid, doc in docs.items()}
    entities = link_entities(mentions, {a.id: a.text for a in articles})
    claims = [c for aid, doc in docs.items() for c in extract_claims(doc, aid, entities.mentions)]
    # the quotes' named speakers, as at runtime: the speaker veto reads them
    spans = {aid: extract_quotes(doc) for aid, doc in docs.items()}
    quotes = story_quotes(spans, entities)
    speakers = quoted_speakers(spans, quotes)
    return (claims, embedder.encode([c.text for c in claims]),
            claim_profiles(docs, claims, speakers, entities.mentions,
                           quotation_spans(quotes)))  # fmt: skip


def story_features(nlp, embedder, story: GoldStory) -> dict[str, np.ndarray]:
    """Features and gold labels of every cross-article sentence pair of one gold story."""
    return pair_rows(story, *story_units(nlp, embedder, story))


def pair_rows(story: GoldStory, claims: list, vectors: np.ndarray, profiles: list
              ) -> dict[str, np.ndarray]:  # fmt: skip
    """:func:`story_features` of units already built (scripts/resolved_subject_loso.py
    scores one story's units twice)."""
    features = story_pair_features(profiles, vectors)
    refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
    gold = story.shared_pairs()
    rows, labels, index = [], [], []
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i].article_id == claims[j].article_id or not refs[i] or not refs[j]:
                continue
            pairs = {frozenset((x, y)) for x in refs[i] for y in refs[j] if x[0] != y[0]}
            rows.append([features[name][i, j] for name in FEATURES])
            labels.append(int(bool(pairs & gold)))
            index.append((i, j))
    return {"X": np.array(rows, dtype=np.float32), "y": np.array(labels, dtype=np.int8),
            "pairs": np.array(index), "texts": [c.text for c in claims]}  # fmt: skip


def build(data: Path, gold_dir: Path, cache: Path) -> dict:
    """Every set's features, cached in ``cache`` (a parse of all sets takes minutes)."""
    path = cache / "same-fact-features.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    nlp, embedder = load_nlp(), get_embedder("static")
    sets = {name: pair_set_features(nlp, embedder, pairs)
            for name, pairs in sentence_pairs(data).items()}  # fmt: skip
    stories = load_compare_gold(gold_dir, data / "basil")
    sets["basil"] = {}
    for story in stories:
        year = next(iter(story.docs.values())).year
        sets["basil"][story.triplet] = {**story_features(nlp, embedder, story), "year": year}
        print(f"  {story.triplet[:8]} {year}: {len(sets['basil'][story.triplet]['y'])} pairs",
              file=sys.stderr)  # fmt: skip
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(sets))
    return sets


def _gold_hash(gold_dir: Path, triplet: str) -> str:
    return hashlib.sha1((gold_dir / f"{triplet}.json").read_bytes()).hexdigest()


def extra_stories(data: Path, gold_dir: Path, cache: Path) -> dict[str, dict]:
    """The features of every story of one more gold folder, keyed by triplet. Cached per
    folder and per gold file (``same-fact-features-<folder>.pkl``): the files of a gold
    being written land one by one, and a story is parsed again only when its file is
    new or changed."""
    path = cache / f"same-fact-features-{gold_dir.name}.pkl"
    cached = pickle.loads(path.read_bytes()) if path.is_file() else {}
    out, nlp, embedder = {}, None, None
    for story in load_compare_gold(gold_dir, data / "basil"):
        digest = _gold_hash(gold_dir, story.triplet)
        if cached.get(story.triplet, {}).get("sha1") != digest:
            if nlp is None:
                nlp, embedder = load_nlp(), get_embedder("static")
            year = next(iter(story.docs.values())).year
            cached[story.triplet] = {**story_features(nlp, embedder, story), "year": year,
                                     "sha1": digest, "gold": gold_dir.name}  # fmt: skip
            print(f"  {gold_dir.name} {story.triplet[:8]} {year}: "
                  f"{len(cached[story.triplet]['y'])} pairs", file=sys.stderr)  # fmt: skip
        out[story.triplet] = cached[story.triplet]
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(cached))
    return out


def add_extra_gold(sets: dict, extra: dict[str, dict]) -> dict:
    """``sets`` with ``extra``'s stories among the BASIL ones, as training stories only:
    the held-out figures must stay those of the stories never trained on, so a story
    outside the training years, or one already in the main gold, stops the run."""
    basil = dict(sets["basil"])
    for triplet, story in extra.items():
        if story["year"] not in TRAIN_YEARS:
            raise SystemExit(f"{story.get('gold')}/{triplet}: year {story['year']} is not a "
                             f"training year ({', '.join(sorted(TRAIN_YEARS))})")  # fmt: skip
        if triplet in basil:
            raise SystemExit(f"{story.get('gold')}/{triplet}: already in the main gold")
        basil[triplet] = story
    return {**sets, "basil": basil}


def use_minilm(sets: dict, texts: dict[str, list[tuple[str, str, int]]], cache: Path) -> dict:
    """``sets`` with the ``minilm_cosine`` column after the others, and the terms
    :data:`MINILM_TERMS` in the model: the MiniLM cosine of each pair's two sentences
    (the ``minilm-onnx`` embedder, as ``compare`` computes it for a model with the term).
    The vectors are cached by text (``same-fact-minilm.pkl``)."""
    global COLUMNS, TERMS
    path = cache / "same-fact-minilm.pkl"
    vectors: dict[str, np.ndarray] = pickle.loads(path.read_bytes()) if path.is_file() else {}
    wanted = {t for pairs in texts.values() for a, b, _ in pairs for t in (a, b)}
    wanted |= {t for story in sets["basil"].values() for t in story["texts"]}
    missing = sorted(wanted - vectors.keys())
    if missing:
        vectors.update(zip(missing, get_embedder("minilm-onnx").encode(missing), strict=True))
        path.write_bytes(pickle.dumps(vectors))
    out = dict(sets)
    for name, pairs in texts.items():
        cosine = [float(vectors[a] @ vectors[b]) for a, b, _ in pairs]
        out[name] = {**sets[name], "X": _with_column(sets[name]["X"], cosine)}
    out["basil"] = {}
    for triplet, story in sets["basil"].items():
        rows = np.array([vectors[t] for t in story["texts"]])
        i, j = story["pairs"][:, 0], story["pairs"][:, 1]
        cosine = (rows[i] * rows[j]).sum(axis=1)
        out["basil"][triplet] = {**story, "X": _with_column(story["X"], cosine)}
    COLUMNS, TERMS = (*FEATURES, "minilm_cosine"), (*TERMS, *MINILM_TERMS)
    return out


MINILM_TERMS = ("minilm_cosine", "minilm_cosine*tfidf")


def _with_column(X: np.ndarray, values) -> np.ndarray:
    column = np.clip(np.asarray(values, dtype=np.float32), 0.0, 1.0)
    return np.column_stack([X, column]).astype(np.float32)


# --- fitting --------------------------------------------------------------------------

PRODUCTS = ("cosine*tfidf", "cosine*lemma_overlap", "tfidf*entity_shared",
            "predicate_same*tfidf", "modal_mismatch*tfidf", "negation_mismatch*tfidf",
            "entity_disjoint*tfidf", "number_disjoint*tfidf", "date_disjoint*tfidf",
            "coverage*specific_shared", "coverage*entity_shared", "mood_mismatch*tfidf",
            "denial_mismatch*tfidf")  # fmt: skip
RULES = ("mood_mismatch", "denial_mismatch", "polarity_clash", "anchor_number", "shared_passage",
         "event_link", "denial_clash", "shared_quote", "event_day")
TERMS = (*(f for f in FEATURES if f not in RULES[2:]), *PRODUCTS)
# the feature columns of the cached sets: FEATURES, and ``--minilm``'s column after them
COLUMNS: tuple[str, ...] = FEATURES


def design(X: np.ndarray) -> np.ndarray:
    """The model's terms from the raw feature columns (products appended). The rule
    features (polarity clash, number anchor) are vetoes and links, not weights."""
    column = {name: X[:, k] for k, name in enumerate(COLUMNS)}
    return np.column_stack([column[a] * column[b] if b else column[a]
                            for a, _, b in (t.partition("*") for t in TERMS)])  # fmt: skip


def _stack(parts: list[dict], weight: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.vstack([p["X"] for p in parts])
    y = np.concatenate([p["y"] for p in parts])
    return design(X), y, np.full(len(y), weight, dtype=np.float64)


def _fit(parts: list[tuple[list[dict], float]], c: float):
    from sklearn.linear_model import LogisticRegression

    stacked = [_stack(p, w) for p, w in parts if p]
    X = np.vstack([s[0] for s in stacked])
    y = np.concatenate([s[1] for s in stacked])
    w = np.concatenate([s[2] for s in stacked])
    return LogisticRegression(C=c, max_iter=5000).fit(X, y, sample_weight=w)


def threshold_for(scores: np.ndarray, y: np.ndarray, target: float = TARGET_PRECISION) -> float:
    """The lowest threshold at which the pairs above it reach ``target`` precision."""
    order = np.argsort(-scores, kind="stable")
    precision = np.cumsum(y[order]) / np.arange(1, len(y) + 1)
    ok = np.nonzero(precision >= target)[0]
    return float(scores[order][ok.max()]) if len(ok) else float(scores.max())


def pr_at(scores: np.ndarray, y: np.ndarray, threshold: float) -> tuple[float, float]:
    predicted = scores >= threshold
    tp = int((predicted & (y == 1)).sum())
    return tp / max(int(predicted.sum()), 1), tp / max(int(y.sum()), 1)


def _loso(stories: dict, external: list[tuple[list[dict], float]], basil_weight: float, c: float):
    """Leave-one-story-out scores of the BASIL train stories."""
    scores, labels = [], []
    for held in stories:
        train = [s for k, s in stories.items() if k != held]
        model = _fit([*external, (train, basil_weight)], c)
        scores.append(model.predict_proba(design(stories[held]["X"]))[:, 1])
        labels.append(stories[held]["y"])
    return np.concatenate(scores), np.concatenate(labels)


def _variants(sets: dict):
    basil = sets["basil"]
    train = {k: v for k, v in basil.items() if v["year"] in TRAIN_YEARS}
    held = {k: v for k, v in basil.items() if v["year"] not in TRAIN_YEARS}
    public = [([sets["msrp-train"]], 1.0), ([sets["sts"]], 1.0)]
    return train, held, public


def _report(name: str, model, threshold: float, sets: dict, held: dict | None, cv=None) -> dict:
    """MSRP dev at 0.5 and at ``threshold``, the leave-one-story-out figures of the
    training stories, and the held-out stories' pairs unless ``held`` is None (choosing
    a variant reads the training stories only)."""
    from sklearn.metrics import average_precision_score

    dev = sets["msrp-dev"]
    p_dev = model.predict_proba(design(dev["X"]))[:, 1]
    row = {"variant": name, "threshold": round(threshold, 4)}
    for label, t in (("0.5", 0.5), ("thr", threshold)):
        pred = p_dev >= t
        tp = int((pred & (dev["y"] == 1)).sum())
        prec, rec = tp / max(int(pred.sum()), 1), tp / max(int(dev["y"].sum()), 1)
        row[f"msrp_dev_acc@{label}"] = round(float((pred == dev["y"]).mean()), 3)
        row[f"msrp_dev_P/R/F1@{label}"] = (round(prec, 3), round(rec, 3),
                                           round(2 * prec * rec / max(prec + rec, 1e-9), 3))
    if cv is not None:
        row["basil_train_cv_P/R"] = tuple(round(x, 3) for x in pr_at(*cv, threshold))
        row["basil_train_cv_found"] = int(((cv[0] >= threshold) & (cv[1] == 1)).sum())
        row["basil_train_cv_AP"] = round(float(average_precision_score(cv[1], cv[0])), 3)
    if held is not None:
        Xh = np.vstack([s["X"] for s in held.values()])
        yh = np.concatenate([s["y"] for s in held.values()])
        ph, rh = pr_at(_vetoed(Xh, model.predict_proba(design(Xh))[:, 1], threshold), yh,
                       threshold)  # fmt: skip
        row["basil_heldout_P/R"] = (round(ph, 3), round(rh, 3))
    return row


def _cv(train: dict, external: list, basil_weight: float, c: float):
    """The training stories' out-of-fold scores with the vetoes applied (as the threshold
    is chosen), and the model fitted on every training story."""
    Xt = np.vstack([s["X"] for s in train.values()])
    if basil_weight == 0.0:
        model = _fit(external, c)
        yt = np.concatenate([s["y"] for s in train.values()])
        scores = model.predict_proba(design(Xt))[:, 1]
    else:
        scores, yt = _loso(train, external, basil_weight, c)
        model = _fit([*external, (list(train.values()), basil_weight)], c)
    return (_vetoed(Xt, scores), yt), model


VARIANTS = (("public only", True, 0.0), ("basil only", False, 1.0),
            ("public + basil", True, 1.0), ("public + basil x3", True, 3.0))


def explore(sets: dict, grid: tuple[float, ...] = (0.1, 1.0), show_held: bool = False) -> None:
    """Print the variants side by side (public sets only / BASIL only / both, BASIL
    weight; C), on the training stories' leave-one-story-out pairs; the held-out
    stories only with ``show_held`` (read them once, for the variant chosen)."""
    train, held, public = _variants(sets)
    print(f"training stories: {len(train)}, pairs {sum(len(s['y']) for s in train.values())}"
          f" ({sum(int(s['y'].sum()) for s in train.values())} same)", file=sys.stderr)
    for name, with_public, bw in VARIANTS:
        for c in grid:
            cv, model = _cv(train, public if with_public else [], bw, c)
            threshold = threshold_for(*cv)
            print(json.dumps(_report(f"{name} C={c}", model, threshold, sets,
                                     held if show_held else None, cv)), flush=True)


def _loso_over(stories: dict, always: dict, external: list, basil_weight: float, c: float):
    """Out-of-fold vetoed scores of ``stories``, each fold also trained on ``always``."""
    scores, labels = [], []
    for held in stories:
        train = [s for k, s in stories.items() if k != held] + list(always.values())
        model = _fit([*external, (train, basil_weight)], c)
        scores.append(model.predict_proba(design(stories[held]["X"]))[:, 1])
        labels.append(stories[held]["y"])
    X = np.vstack([s["X"] for s in stories.values()])
    return _vetoed(X, np.concatenate(scores)), np.concatenate(labels)


def learning_curve(sets: dict, extra: set[str], grid: tuple[float, ...]) -> None:
    """Whether more training stories rank the same pairs better: the main gold's
    training stories out of fold without and with the ``extra`` stories in every fold,
    and the extra stories scored by a model of the main gold's stories alone and out of
    fold with them. Average precision and the recall at 0.90 precision; no held-out
    story is read."""
    from sklearn.metrics import average_precision_score

    train, _, public = _variants(sets)
    main = {k: v for k, v in train.items() if k not in extra}
    more = {k: v for k, v in train.items() if k in extra}
    for name, with_public, bw in VARIANTS[1:]:
        for c in grid:
            external = public if with_public else []
            only_main = _fit([*external, (list(main.values()), bw)], c)
            X = np.vstack([s["X"] for s in more.values()])
            fitted = (_vetoed(X, only_main.predict_proba(design(X))[:, 1]),
                      np.concatenate([s["y"] for s in more.values()]))  # fmt: skip
            for label, (scores, y) in (
                ("main stories, folds of main", _loso_over(main, {}, external, bw, c)),
                ("main stories, folds + extra", _loso_over(main, more, external, bw, c)),
                ("extra stories, fit on main", fitted),
                ("extra stories, folds + main", _loso_over(more, main, external, bw, c))):
                found = pr_at(scores, y, threshold_for(scores, y))[1]
                print(json.dumps({"variant": f"{name} C={c}", "scored": label,
                                  "AP": round(float(average_precision_score(y, scores)), 3),
                                  "R@0.90": round(found, 3), "gold": int(y.sum())}), flush=True)


def score_file(sets: dict, path: Path) -> None:
    """Pair figures of a model file (its own terms, threshold and rules) on today's
    features: the training stories (in sample for the stories it was fitted on) and the
    held-out ones. Read before replacing a shipped file by a rebuild."""
    model = json.loads(path.read_text("utf-8"))
    weights = np.array(model["weights"])
    train, held, _ = _variants(sets)
    for name, stories in (("training", train), ("held out", held)):
        X = np.vstack([s["X"] for s in stories.values()])
        y = np.concatenate([s["y"] for s in stories.values()])
        column = {f: X[:, k] for k, f in enumerate(COLUMNS)}
        terms = np.column_stack([column[a] * column[b] if b else column[a]
                                 for a, _, b in (t.partition("*") for t in model["terms"])])
        scores = _vetoed(X, 1 / (1 + np.exp(-(terms @ weights + model["bias"]))),
                         model["threshold"])  # fmt: skip
        hit = scores >= model["threshold"]
        print(json.dumps({"stories": name, "count": len(stories), "pairs": len(y),
                          "gold": int(y.sum()), "predicted": int(hit.sum()),
                          "right": int((hit & (y == 1)).sum())}))


CHOSEN = {"public": True, "basil_weight": 1.0, "C": 0.1}  # picked with --explore (docs/models.md)
# rules over the model (compare/same_fact.py)
VETOES = ("mood_mismatch", "denial_clash", "polarity_clash", "speaker_clash", "date_disjoint",
          "quote_words_differ", "count_differs")
# vetoes that hold under the threshold only (compare/same_fact.py); where no threshold is
# given yet (choosing it), they hold as the hard ones do
SOFT_VETOES = ("denial_mismatch",)
LINKS = ("anchor_number", "shared_passage", "event_link", "shared_quote", "event_day")


def _vetoed(X: np.ndarray, scores: np.ndarray, threshold: float | None = None) -> np.ndarray:
    """Scores with the rules applied: links raised to ``threshold``, vetoes to 0 (soft
    vetoes only under ``threshold``; a feature cache made before a rule feature was
    added lacks its column: delete ``.cache/same-fact-features.pkl``)."""
    if threshold is not None:
        for name in LINKS:
            scores = np.where(X[:, FEATURES.index(name)] > 0, np.maximum(scores, threshold),
                              scores)  # fmt: skip
    veto = np.zeros(len(scores), dtype=bool)
    for name in VETOES:
        veto |= X[:, FEATURES.index(name)] > 0
    for name in SOFT_VETOES:
        under = scores < threshold if threshold is not None else True
        veto |= (X[:, FEATURES.index(name)] > 0) & under
    return np.where(veto, 0.0, scores)


def fit_and_write(sets: dict, out: Path, chosen: dict, golds: list[str]) -> None:
    """Fit the chosen variant on everything allowed, set the threshold, write the JSON."""
    train, held, public = _variants(sets)
    cv, model = _cv(train, public if chosen["public"] else [], chosen["basil_weight"],
                    chosen["C"])  # fmt: skip
    threshold = threshold_for(*cv)
    report = _report("chosen", model, threshold, sets, held, cv)
    public_sets = ["msrp-train minus its last 500 lines",
                   "sts-headlines 2013-2016 (>= 4 same, <= 2 not)"] if chosen["public"] else []
    payload = {
        "terms": list(TERMS),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": round(threshold, 6),
        "vetoes": list(VETOES),
        "soft_vetoes": list(SOFT_VETOES),
        "links": list(LINKS),
        "meta": {
            "trained_on": [*public_sets, _basil_line(golds)],
            "threshold_rule": f"lowest with leave-one-story-out precision >= {TARGET_PRECISION}"
                              " on the BASIL 2010-2012 pairs",
            "pairs": ({name: len(sets[name]["y"]) for name in ("msrp-train", "sts")}
                      if chosen["public"] else {})
            | {"basil-train": int(sum(len(s["y"]) for s in train.values()))},
            "scores": report,
            "script": "scripts/train_same_fact.py",
            "notice": NOTICE,
        },
    }  # fmt: skip
    if len(golds) > 1:
        payload["meta"]["basil_train_stories"] = len(train)
        payload["meta"]["variant"] = dict(chosen)
    out.write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
    print(json.dumps(report))


NOTICE = ("Fitted on pairs of the Microsoft Research Paraphrase Corpus (MSR Shared Source "
          "Licence: non-commercial use only; this file is a derivative, under the same "
          "terms) and on STS news headlines (Europe Media Monitor, via SemEval STS "
          "2013-2016). See docs/models.md.")


def _basil_line(golds: list[str]) -> str:
    """The meta line of the BASIL training pairs: the main gold's alone is the line a
    model of one gold folder always had (so a rebuild of it is byte-identical)."""
    if len(golds) == 1:
        return "BASIL 2010-2012 compare-gold pairs"
    return f"BASIL 2010-2012 compare-gold pairs of {', '.join(golds)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil")
    parser.add_argument("--extra-gold", type=Path, action="append", default=[],
                        help="another compare-gold folder of 2010-2012 stories to train on "
                             "(repeatable)")  # fmt: skip
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache")
    parser.add_argument("--explore", action="store_true", help="compare model variants only")
    parser.add_argument("--grid", default="0.1,1", help="the C values --explore tries")
    parser.add_argument("--show-held-out", action="store_true",
                        help="--explore also prints the held-out stories' figures")
    parser.add_argument("--no-public", action="store_true", help="fit on BASIL pairs only")
    parser.add_argument("--basil-weight", type=float, default=CHOSEN["basil_weight"])
    parser.add_argument("--C", type=float, default=CHOSEN["C"], dest="c")
    parser.add_argument("--out", type=Path, default=OUT, help="where the model is written")
    parser.add_argument("--learning-curve", action="store_true",
                        help="with --extra-gold: the same pairs ranked with and without it")
    parser.add_argument("--score", type=Path, help="pair figures of this model file only")
    parser.add_argument("--minilm", action="store_true",
                        help="add the MiniLM cosine of the two sentences as a term "
                             "(minilm_cosine, and its product with tfidf)")  # fmt: skip
    parser.add_argument("--kinds", help="add these columns of scripts/same_fact_kinds.py")
    parser.add_argument("--scorer", choices=("logistic", "gbm"), default="logistic",
                        help="gbm: boosted trees over the same columns (scripts/"
                             "same_fact_trees.py); with --explore, beside the logistic")
    parser.add_argument("--gbm", default="all", help="the tree setting(s) of --scorer gbm "
                        "(comma-separated names of same_fact_trees.SETTINGS; all by default)")
    parser.add_argument("--time-walk", action="store_true",
                        help="with --scorer gbm: time the tree walk per pair (682,696 pairs)")
    args = parser.parse_args()
    if args.scorer == "gbm":
        return _main_gbm(args)
    sets = build(args.data, args.gold, args.cache)
    for extra in args.extra_gold:
        sets = add_extra_gold(sets, extra_stories(args.data, extra, args.cache))
    if args.minilm:
        sets = use_minilm(sets, sentence_pairs(args.data), args.cache)
    if args.kinds:  # session 28's candidate columns (measured, docs/models.md)
        sets = add_kinds(sets, tuple(args.kinds.split(",")), args.data, args.cache)
    if args.score:
        score_file(sets, args.score)
    elif args.learning_curve:
        extra = {k for k in sets["basil"] if sets["basil"][k].get("gold")}
        learning_curve(sets, extra, tuple(float(c) for c in args.grid.split(",")))
    elif args.explore:
        explore(sets, tuple(float(c) for c in args.grid.split(",")), args.show_held_out)
    else:
        chosen = {"public": not args.no_public, "basil_weight": args.basil_weight, "C": args.c}
        golds = [p.name for p in (args.gold, *args.extra_gold)]
        fit_and_write(sets, args.out, chosen, golds)


def add_kinds(sets: dict, names: tuple[str, ...], data: Path, cache: Path) -> dict:
    """``sets`` with session 28's columns ``names`` (scripts/same_fact_kinds.py) after
    the others; each and its product with ``tfidf`` become terms."""
    global COLUMNS, TERMS
    import same_fact_kinds  # beside this script: its folder is on sys.path

    out = same_fact_kinds.with_columns(sets, names, sentence_pairs(data), cache)
    COLUMNS, TERMS = (*COLUMNS, *names), (*TERMS, *names, *(f"{n}*tfidf" for n in names))
    return out


def _main_gbm(args: argparse.Namespace) -> None:
    """``--scorer gbm``: the trees beside the logistic (``--explore``), or their cost
    per pair (``--time-walk``; scripts/same_fact_trees.py). No model file is written:
    the trees were measured and not kept (docs/models.md, session 27)."""
    import same_fact_trees

    if not (args.explore or args.time_walk) or args.minilm or args.score:
        raise SystemExit("--scorer gbm: only with --explore or --time-walk")
    sets = build(args.data, args.gold, args.cache)
    for extra in args.extra_gold:
        sets = add_extra_gold(sets, extra_stories(args.data, extra, args.cache))
    names = list(same_fact_trees.SETTINGS) if args.gbm == "all" else args.gbm.split(",")
    if args.time_walk:
        same_fact_trees.time_walk(sets, names[0])
    else:
        same_fact_trees.explore(sets, names, args.show_held_out, basil_only=args.no_public,
                                oof=args.cache)


if __name__ == "__main__":
    main()

"""A BERTScore-style alignment of two sentences' contextual word vectors, measured as
same-fact columns (issue 12 recall, session 30; docs/eval-compare.md "Session 30").

Sessions 26–29 found that the same-fact model misses gold pairs it scores far under
its bar, and that what a reader uses there is a word read in its context ("rejected
the overture" / "said no"), which no column measures: ``cosine`` averages the
sentence, the static word vectors of session 28 put co-hyponyms close and synonyms
far. This script gives each word the state the packaged MiniLM (``minilm-onnx``,
all-MiniLM-L6-v2 int8) computes for it in its sentence, and aligns the two sentences
greedily, word to best word, as BERTScore does (Zhang et al., ICLR 2020), IDF-weighted
and over content words:

- ``align_cover``: the shorter sentence's words (by IDF mass) aligned into the longer
  (BERTScore's recall, with the shorter sentence as reference: one fact inside a
  longer sentence);
- ``align_back``: the longer sentence's words aligned into the shorter (its precision);
- ``align_f1``: their harmonic mean;
- ``align_gain``: ``align_cover`` over the words the other sentence does not hold by
  lemma (what the context adds to exact matching; 0 when every word is shared).

Steps, each cached:

    # 1. a build venv with onnx (never the runtime venv): the packaged int8 graph with
    #    the word-piece states of some layers as extra outputs (the graph pools them)
    BUILD_VENV/bin/pip install onnx==1.23.2
    BUILD_VENV/bin/python scripts/same_fact_align.py export --out /tmp/minilm-states.onnx
    # 2. the project's venv: the columns' variants, leave one story out on the 17
    #    training stories (the feature caches of scripts/train_same_fact.py)
    PYTHONPATH=src python scripts/same_fact_align.py measure --model /tmp/minilm-states.onnx

``measure`` parses every text of the public sets and of the 17 stories with the
project's spaCy pipeline, runs each text alone through the graph (the int8 model
quantises its activations over the whole batch, so a text batched with others gets
states that depend on its neighbours), pools each spaCy word's word pieces into one
unit vector per layer and caches them by text (``same-fact-align.pkl``, float16). The
folds, threshold and rules are ``scripts/same_fact_misses.py``'s: the shipped variant
(public + BASIL, C = 0.1) refitted with each column and its product with ``tfidf`` as
terms; gold pairs found at 0.90 pair precision, out of fold. 2013–2014 stories are
never read.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

# the measurement imports scripts/train_same_fact.py (the project's runtime modules);
# the export runs in a build venv without them, so they are imported where used
sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]
PACKAGED = ROOT / "src" / "newsprism" / "data" / "models" / "minilm-onnx"
STATE = "/encoder/encoder/layer.{k}/output/LayerNorm/LayerNormalization_output_0"
LAYERS = (3, 5)  # 0-based: the 4th of the 6 layers and the last (the pooled one)
COLUMN_NAMES = ("align_cover", "align_back", "align_f1", "align_gain")


# --- step 1: the graph with word-piece states (build venv) ------------------------------


def export(out: Path, layers: tuple[int, ...] = LAYERS) -> None:
    """Write the packaged int8 graph with ``states_K`` (batch × pieces × 384) outputs,
    the LayerNorm output of each layer K: the weights and the ``embedding`` output
    are the shipped file's, unchanged."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(PACKAGED / "model.onnx"))
    produced = {name for node in model.graph.node for name in node.output}
    for k in layers:
        if STATE.format(k=k) not in produced:
            raise SystemExit(f"{STATE.format(k=k)}: not in the packaged graph")
        model.graph.node.append(helper.make_node("Identity", [STATE.format(k=k)],
                                                 [f"states_{k}"]))  # fmt: skip
        model.graph.output.append(helper.make_tensor_value_info(
            f"states_{k}", TensorProto.FLOAT, ["batch", "length", 384]))
    onnx.checker.check_model(model)
    onnx.save(model, str(out))
    print(json.dumps({"out": str(out), "layers": list(layers)}))


# --- step 2: word states, cached by text ------------------------------------------------


def _normal(word: str) -> str:
    """A word as the language IDF table keys it (``cluster.terms.content_words``)."""
    return word.lower().replace("’", "'").removesuffix("'s").replace(".", "")


def _content(token) -> bool:
    from newsprism.compare.pairs import CONTENT_POS

    return token.pos_ in CONTENT_POS and not token.is_stop


def word_states(session, tokenizer, doc, layers: tuple[int, ...]) -> dict:
    """One text's words (not punctuation or space) with their lemma, IDF key, content
    flag and, per layer, the unit mean of their word pieces' states. A word whose
    pieces were cut (past 256 pieces) is left out."""
    encoding = tokenizer.encode(doc.text)
    ids = np.asarray([encoding.ids], np.int64)
    outputs = session.run([f"states_{k}" for k in layers],
                          {"input_ids": ids, "attention_mask": np.ones_like(ids)})  # fmt: skip
    starts = np.array([t.idx for t in doc])
    owner: dict[int, list[int]] = {}
    for p, (special, (begin, end)) in enumerate(zip(encoding.special_tokens_mask,
                                                    encoding.offsets, strict=True)):  # fmt: skip
        if not special and end > begin:
            owner.setdefault(int(np.searchsorted(starts, begin, side="right")) - 1, []).append(p)
    keep = [t for t in doc if not (t.is_punct or t.is_space) and t.i in owner]
    vectors = {}
    for k, states in zip(layers, outputs, strict=True):
        rows = np.array([states[0, owner[t.i]].mean(axis=0) for t in keep]).reshape(-1, 384)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        vectors[k] = (rows / np.maximum(norms, 1e-9)).astype(np.float16)
    return {"lemma": [t.lemma_.lower() for t in keep], "key": [_normal(t.text) for t in keep],
            "content": np.array([_content(t) for t in keep], dtype=bool), "vec": vectors}


def states(texts: set[str], model: Path, cache: Path) -> dict[str, dict]:
    """:func:`word_states` of every text, cached by text (``same-fact-align.pkl``)."""
    path = cache / "same-fact-align.pkl"
    store: dict[str, dict] = pickle.loads(path.read_bytes()) if path.is_file() else {}
    missing = sorted(t for t in texts if t not in store)
    if missing:
        from tokenizers import Tokenizer

        from newsprism.extract.nlp import load_nlp
        from newsprism.onnx_session import open_session

        session = open_session(model, threads=1)
        tokenizer = Tokenizer.from_file(str(PACKAGED.parent / "framing-minilm" / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(256)
        started = time.perf_counter()
        docs = load_nlp().pipe(missing, batch_size=128)
        for n, (text, doc) in enumerate(zip(missing, docs, strict=True)):
            store[text] = word_states(session, tokenizer, doc, LAYERS)
            if n % 2000 == 1999:
                print(f"  {n + 1} of {len(missing)} texts, {time.perf_counter() - started:.0f} s",
                      file=sys.stderr)  # fmt: skip
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(store))
    return store


# --- the columns --------------------------------------------------------------------------


class Setting:
    """How a column set is computed: the layer, the weights (``lang``: the language
    IDF table the clusterer ships, ``story``: the set's own IDF over content lemmas,
    ``none``: 1 each) and the words aligned (``content``: content words, ``all``)."""

    def __init__(self, spec: str) -> None:
        names, _, how = spec.partition("@")
        layer, idf, words = [*how.split("/"), "", ""][:3]
        self.names = tuple(names.split(","))
        self.layer = int(layer) if layer else LAYERS[-1]
        self.idf, self.words = idf or "lang", words or "content"
        unknown = set(self.names) - set(COLUMN_NAMES)
        if unknown or self.layer not in LAYERS or self.idf not in ("lang", "story", "none") \
                or self.words not in ("content", "all"):
            raise SystemExit(f"{spec}: not a column set (see --help)")
        self.spec = spec


def language_idf() -> tuple[dict[int, float], float, float]:
    """The English IDF table the clusterer ships (keys: ``stable_hash`` of a normalised
    word), its default for an unseen word and its lowest weight (for a function word,
    which the table leaves out)."""
    from newsprism.cluster.model import load_model, model_idf

    model = load_model()
    table = model_idf(model)
    return table, float(model.default_idf), min(table.values())


def _weights(words: dict, mask: np.ndarray, setting: Setting, idf) -> np.ndarray:
    """The alignment weight of each kept word of one text."""
    from newsprism.cluster.terms import STOP_WORDS, stable_hash

    if setting.idf == "none":
        return np.ones(int(mask.sum()))
    if setting.idf == "story":
        return np.array([idf.get(w, 1.0) for w, m in zip(words["lemma"], mask, strict=True) if m])
    table, default, low = idf
    return np.array([table.get(stable_hash(w), low if w in STOP_WORDS else default)
                     for w, m in zip(words["key"], mask, strict=True) if m])  # fmt: skip


def pair_align(a: dict, b: dict, setting: Setting, idf) -> list[float]:
    """:data:`COLUMN_NAMES` of one pair of texts' word states (all 0 when either has
    no word)."""
    sides = []
    for words in (a, b):
        # a text with no content word ("Well, which is it?") is aligned by all its words
        mask = words["content"] if setting.words == "content" and words["content"].any() \
            else np.ones(len(words["key"]), bool)
        sides.append((words["vec"][setting.layer][mask].astype(np.float32),
                      _weights(words, mask, setting, idf),
                      [w for w, m in zip(words["lemma"], mask, strict=True) if m]))  # fmt: skip
    (va, wa, la), (vb, wb, lb) = sides
    if not len(va) or not len(vb) or wa.sum() <= 0 or wb.sum() <= 0:
        return [0.0] * len(COLUMN_NAMES)
    sim = np.clip(va @ vb.T, 0.0, 1.0)
    best_a, best_b = sim.max(axis=1), sim.max(axis=0)
    a_in_b, b_in_a = float(wa @ best_a / wa.sum()), float(wb @ best_b / wb.sum())
    if wa.sum() <= wb.sum():
        cover, back, short, best, other = a_in_b, b_in_a, (wa, la), best_a, set(lb)
    else:
        cover, back, short, best, other = b_in_a, a_in_b, (wb, lb), best_b, set(la)
    unshared = np.array([w not in other for w in short[1]])
    gain = float(short[0][unshared] @ best[unshared] / short[0].sum())
    f1 = 2 * cover * back / (cover + back) if cover + back > 0 else 0.0
    return [cover, back, f1, gain]


def _story_idf(texts: list[str], store: dict) -> dict[str, float]:
    """The set's own IDF over its texts' content lemmas (as the shipped columns')."""
    import math
    from collections import Counter

    df = Counter(w for t in texts for w in {lem for lem, c in zip(store[t]["lemma"],
                                            store[t]["content"], strict=True) if c})  # fmt: skip
    return {w: math.log((1 + len(texts)) / (1 + d)) + 1.0 for w, d in df.items()}


def _columns(pairs: list[tuple[str, str]], texts: list[str], store: dict, setting: Setting,
             lang) -> np.ndarray:  # fmt: skip
    idf = _story_idf(texts, store) if setting.idf == "story" else lang
    keep = [COLUMN_NAMES.index(n) for n in setting.names]
    rows = [pair_align(store[a], store[b], setting, idf) for a, b in pairs]
    return np.array(rows, dtype=np.float32).reshape(-1, len(COLUMN_NAMES))[:, keep]


def with_columns(sets: dict, setting: Setting, public: dict, store: dict, lang) -> dict:
    """``sets`` with ``setting``'s columns after the cached ones (``public``: the public
    sets' labelled text pairs, ``train_same_fact.sentence_pairs``)."""
    out = dict(sets)
    for name, pairs in public.items():
        pool = [t for a, b, _ in pairs for t in (a, b)]
        extra = _columns([(a, b) for a, b, _ in pairs], pool, store, setting, lang)
        out[name] = {**sets[name], "X": np.column_stack([sets[name]["X"], extra])}
    out["basil"] = {}
    for triplet, story in sets["basil"].items():
        pairs = [(story["texts"][i], story["texts"][j]) for i, j in story["pairs"]]
        extra = _columns(pairs, story["texts"], store, setting, lang)
        out["basil"][triplet] = {**story, "X": np.column_stack([story["X"], extra])}
    return out


# --- measuring ------------------------------------------------------------------------------


def _sets(data: Path, cache: Path) -> dict:
    """The feature caches of the 17 training stories and the public sets."""
    import train_same_fact as tsf

    sets = tsf.build(data, tsf.ROOT / "gold" / "compare-basil", cache)
    extra = tsf.extra_stories(data, tsf.ROOT / "gold" / "compare-basil-train", cache)
    sets = tsf.add_extra_gold(sets, extra)
    # the held-out 2013-2014 stories are never scored here
    sets["basil"] = {k: s for k, s in sets["basil"].items() if s["year"] in tsf.TRAIN_YEARS}
    return sets


def measure(data: Path, cache: Path, model: Path, specs: list[str],
            write: Path | None = None) -> None:  # fmt: skip
    """The out-of-fold figures of today's columns, then of each column set added, with
    the pairs it gains and loses at the threshold (:func:`changed`) and each column's
    figures alone (:func:`alone`)."""
    import same_fact_misses as sfm
    import train_same_fact as tsf

    sets = _sets(data, cache)
    public = tsf.sentence_pairs(data)
    texts = {t for pairs in public.values() for a, b, _ in pairs for t in (a, b)}
    texts |= {t for story in sets["basil"].values() for t in story["texts"]}
    store = states(texts, model, cache)
    lang = language_idf()
    base = (tsf.COLUMNS, tsf.TERMS)
    print(json.dumps(sfm_figures(sets, "today")), flush=True)
    today = sfm.out_of_fold(sets)
    for spec in specs:
        setting = Setting(spec)
        added = with_columns(sets, setting, public, store, lang)
        names = setting.names
        tsf.COLUMNS = (*base[0], *names)
        tsf.TERMS = (*base[1], *names, *(f"{n}*tfidf" for n in names))
        row = sfm_figures(added, spec)
        row["changed"] = changed(added, today, sfm.out_of_fold(added), write, spec)
        row["alone"] = alone(added, names, today[1])
        print(json.dumps(row), flush=True)
        tsf.COLUMNS, tsf.TERMS = base


def changed(sets: dict, today: tuple, now: tuple, write: Path | None, spec: str) -> dict:
    """The pairs over the threshold with the columns and not today (gained), and the
    reverse (lost), gold and not; ``write``: each such pair as a JSON line, to read."""
    (where, before, labels, t0), (_, after, _, t1) = today, now
    gained, lost = (after >= t1) & (before < t0), (after < t1) & (before >= t0)
    if write is not None:
        with write.open("a", encoding="utf-8") as out:
            for k in np.nonzero(gained | lost)[0]:
                story = sets["basil"][where[k][0]]
                i, j = story["pairs"][where[k][1]]
                out.write(json.dumps({"set": spec, "gained": bool(gained[k]),
                                      "gold": int(labels[k]),
                                      "before": round(float(before[k]), 3),
                                      "after": round(float(after[k]), 3),
                                      "story": where[k][0][:8], "a": story["texts"][i],
                                      "b": story["texts"][j]}) + "\n")  # fmt: skip
    return {"gained": [int((gained & (labels == 1)).sum()), int((gained & (labels == 0)).sum())],
            "lost": [int((lost & (labels == 1)).sum()), int((lost & (labels == 0)).sum())]}


def alone(sets: dict, names: tuple[str, ...], today: np.ndarray) -> dict:
    """Each new column alone over the training pairs: ROC AUC, gold pairs found at
    0.90 precision, and, among the pairs today's model scores under 0.10 (where the
    misses are), the gold among the column's 25 and 100 best; beside them today's
    ``cosine``'s."""
    import train_same_fact as tsf
    from sklearn.metrics import roc_auc_score

    X = np.vstack([s["X"] for s in sets["basil"].values()])
    y = np.concatenate([s["y"] for s in sets["basil"].values()])
    low = today < 0.10
    out = {"under_0.10": [int(low.sum()), int(y[low].sum())]}
    for name in ("cosine", *names):
        column = X[:, tsf.COLUMNS.index(name)]
        hit = column >= tsf.threshold_for(column, y)
        order = np.argsort(-column[low], kind="stable")
        out[name] = {"auc": round(float(roc_auc_score(y, column)), 3),
                     "found": int((hit & (y == 1)).sum()), "shown": int(hit.sum()),
                     "low_top25/100": [int(y[low][order[:25]].sum()),
                                       int(y[low][order[:100]].sum())]}  # fmt: skip
    return out


def sfm_figures(sets: dict, name: str) -> dict:
    """``scripts/same_fact_misses.py``'s figures (the shipped variant, out of fold)."""
    import same_fact_misses

    return same_fact_misses.figures(sets, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    step = sub.add_parser("export", help="the graph with word-piece states (build venv)")
    step.add_argument("--out", type=Path, required=True)
    step = sub.add_parser("measure", help="leave-one-story-out figures of column sets")
    step.add_argument("--model", type=Path, required=True, help="export's graph")
    step.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    step.add_argument("--cache", type=Path, default=ROOT / ".cache")
    step.add_argument("--sets", default="align_f1;align_cover,align_back;"
                      "align_cover,align_back,align_gain",
                      help="';'-separated column sets, each NAMES[@LAYER/IDF/WORDS]: NAMES "
                           f"','-separated of {', '.join(COLUMN_NAMES)}; LAYER {LAYERS} "
                           "(0-based; default the last), IDF lang|story|none, WORDS "
                           "content|all")  # fmt: skip
    step.add_argument("--write", type=Path, help="append each pair a column set gains or "
                      "loses at the threshold to this JSON-lines file, to read")
    args = parser.parse_args()
    if args.step == "export":
        return export(args.out)
    return measure(args.data, args.cache, args.model, args.sets.split(";"), args.write)


if __name__ == "__main__":
    main()

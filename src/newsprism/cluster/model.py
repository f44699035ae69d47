"""The clusterer's learned model: a small versioned JSON file shipped in the package.

``data/models/clusterer.json`` holds the logistic-regression weights that turn the
article–story comparison features into a probability, the new-story threshold on that
probability, the time-decay scale, the live window and the few engineering constants
the stream needs, plus a description of the training data, the split and the measured
scores. Beside it, ``clusterer-idf.npz`` holds the IDF weights of hashed words and
names (document frequencies counted on the training texts), checked by SHA-256.

``scripts/train_clusterer.py`` writes both; docs/clustering.md says how to retrain.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.resources
import io
import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.cluster.terms import stable_hash
from newsprism.cluster.trees import TreeEnsemble
from newsprism.errors import NewsprismError

MODEL_FILE = ("data", "models", "clusterer.json")
# The packaged models by name (``eval clustering --stories-model``): the default, and the
# one with the ``context`` feature (MiniLM through ONNX; an option, not the default:
# docs/eval-clustering.md, "Session 17: a MiniLM encoder").
NAMED_MODELS = {"packaged": "clusterer.json", "minilm": "clusterer-minilm.json"}
# "context" (session 17): the cosine of the article's MiniLM vector (``context_embedder``)
# with the story's MiniLM centroid; 0 and unweighted in a model without a context embedder.
FEATURES = ("dense", "title", "body", "entities", "time", "no_time", "no_entities", "context")
# A model file written before "context" existed: read with that weight 0.
_FEATURES_BEFORE_CONTEXT = FEATURES[:-1]
_NO_TIME = FEATURES.index("no_time")
_NO_ENTITIES = FEATURES.index("no_entities")


@dataclass(frozen=True)
class ClusterModel:
    """Weights and settings of the stream clusterer.

    Attributes:
        version: bumped on every retraining. A store records the version its stories
            were built with (table ``story_model``); ``recluster`` applies a new one to
            the whole store, and ``stories`` says when one is due (E310).
        weights: one weight per name in ``features`` (see :data:`FEATURES`).
        bias: the logistic regression's intercept.
        threshold: an article joins its best story when the probability reaches this;
            otherwise it starts a new one (the learned new-story decision).
        time_scale_hours: the time-decay feature is ``exp(-gap / scale)``.
        live_window_hours: a story not joined for this long (in publication time) is
            frozen: it leaves the ANN index and only near-copies can still join it.
        candidates: live stories compared with each article (nearest by centroid).
        max_span_hours: a story never grows beyond this span of publication times
            (an article that would stretch it further starts a new story; near-copies
            excepted). Not learned: no gold story in the training data spans more than
            four days, so the data say nothing about where to cut; two live windows
            leave three times that margin and keep an election campaign or a war from
            chaining into one story of months (docs/clustering.md, decision 10).
        late_after_hours: an article published more than this before the stream's
            watermark is late: it is also compared with the ``candidates`` frozen
            stories of its own time nearest by centroid (a backfill then completes the
            stories of its time rather than founding new ones). A quarter of the live
            window: a frozen story it skips is at least three quarters of the window
            away in time, where the time feature has all but vanished.
        max_live: live stories kept at most (the least recently joined freeze first),
            which bounds the cost per article when articles carry no dates.
        duplicate_jaccard: estimated shingle Jaccard similarity that makes a near-copy.
        core_members, core_link, core_share: the core check (``StreamClusterer.links_core``):
            an article joins a story only when its body TF-IDF cosine reaches ``core_link``
            with at least ``core_share`` of the story's first ``core_members`` members.
            ``core_members`` 0 turns it off (model version 1).
        core_named: the core check only for comparisons in which both sides have names
            (``no_entities`` 0). Lower-cased text without names (GoogleNews' snippets)
            reports broad events whose items share few words one to one: there the
            check cut GoogleNews-TS on a dense day from 0.844 to 0.670 B³ F1, while on
            cased text it keeps topic neighbours apart (docs/clustering.md, decision 22).
        guard_below, guard_words: the guard on a join under version 3's threshold
            (``cluster.guard``, decision 30): a dated join at a probability under
            ``guard_below`` where both sides have names stands only when the article and
            the story's founder each have ``guard_words`` distinct body words.
            ``guard_below`` 0 turns it off (every model before it).
        guard_title_idf: with the guard on, the article's title and the founder's must
            also share a content word of at least this IDF (decision 31); 0: no title test.
        guard_title_live, guard_live_sum: with the title test on, that word must also
            stand in fewer than ``guard_title_live`` *other* live stories, in their
            ``guard_live_sum`` ("title" or "body") sums (decision 32: a word several live
            stories carry is the topic's recurring name, not the event's); 0: not read.
        guard_unnamed_core: with the guard on, an added join where a side has no names
            (lower-cased text) to a story of two or more must pass the core check, which
            ``core_named`` otherwise keeps to named text (decision 32).
        guard_unnamed_one: with the guard on, an added join where a side has no names to
            a story of *one* (where the core check has nothing to check) stands only when
            the article's words and the founder's share at least this many content words
            of IDF >= ``guard_title_idf`` (session 28, decision 32); -1: never (the
            join waits for version 3's threshold); 0: not read.
        weekday_gap: the weekday check (``cluster.weekdays``, version 4): a dated join
            where both sides have names is refused when the article's lead names a
            weekday, the story's members' leads name weekdays, and none is within this
            many days of one of theirs; -1 (every model before version 4): not asked.
        sparse_live, sparse_threshold, sparse_size: the join threshold on a sparse
            stream (``cluster.sparse``, session 35): while fewer than ``sparse_live``
            stories are live, a dated join to a story of at most ``sparse_size`` members
            (0: any) needs only ``sparse_threshold``; ``sparse_live`` 0 (every model
            before it): not read.
        density_slope, density_pivot, density_floor: the threshold that follows the
            competition (``cluster.density``, session 35): the dated threshold's
            log-odds move by ``density_slope`` times the log of the competitors' count
            over ``density_pivot``; the count is the live set's size (``density_floor``
            0) or the candidates at or above probability ``density_floor``;
            ``density_slope`` 0 (every model before it): not read.
        cue_floor, cue_size: the same-event join (``cluster.event_join``, session 36):
            an article that joined no story joins its best candidate of at most
            ``cue_size`` members scoring at least ``cue_floor`` whose lead dates an act
            to a day the article's lead dates one to (named by the founders of at most
            ``cue_day_live`` live stories; 0: any; ``cue_best``: only the article's best
            candidate is read); ``cue_floor`` 0 (every model before it): not read.
            ``cue_day_rivals`` (session 37): the shared day must be named by the
            founders of at most this many of the article's other candidates, a bar
            that reads the article's competition, not the live set's size; -1 (every
            model before it): not read.
        cue_date_gap: the event-date check (``cluster.event_dates``, session 38): a dated
            join of two named sides is refused when the article's title and lead print
            calendar dates and none is within this many days of one its story's
            members print; -1 (every model before it): not asked.
        competition: the second logistic stage whose inputs are the first stage's
            logit and the competition (``cluster.competition``, session 36): the live
            set's size, the contested count, the margin to the best rival; its weights
            by input name, ``bias`` and ``floor``; empty (every model before it): off,
            and not written.
        split_scale, split_min_size, split_min_part: the split step (``cluster.split``):
            a story is checked when it reaches ``split_min_size`` members and at every
            doubling; its members are linked by average linkage over the model's
            probability, cut at ``split_scale`` times the join threshold, and a part of
            ``split_min_part`` members or more without the founder becomes a story.
            ``split_named`` (session 37): only a story whose units mostly have names
            is checked (unnamed snippets score one event's pairs too low to cut on);
            ``split_weekday_gap`` N >= 0 (session 37): a part is cut off only when the
            weekday its leads name most is more than N days from the founder's part's;
            -1 (every model before it): not read. ``split_dated`` (session 38): only a
            story most of whose unit pairs the dated scorer scores is checked.
            ``split_scale`` 0 turns it off (models before version 2's split settings).
        merge_scale, merge_members, merge_link_share: the merge step (``cluster.merge``):
            a live story is checked when it reaches 1, 2, 4, 8 … members against its nearest live
            stories; two stories merge when the mean model probability between their
            first ``merge_members`` reports reaches ``merge_scale`` times the join
            threshold (and, with ``merge_link_share``, at least that share of those
            pairs reaches the threshold). ``merge_scale`` 0 turns it off.
        merge_name_idf: with the merge step on, two stories merge only when their
            reports share a name (an entity term) of at least this IDF in the model's
            table: a name the training text saw a few times at most (session 29: the
            cue a reader of two pieces of one event uses most). 0 (every model before
            it): no such condition.
        merge_dated, merge_weekday_gap (session 38, ``cluster.merge_days``): the merge
            step reads only partners with publication times on both sides, and refuses
            two named stories whose leads date their acts to weekdays more than
            ``merge_weekday_gap`` days apart; False and -1 (every packaged file:
            measured, not switched on): not read.
        merge_min_shingles (session 39, ``cluster.merge_leads``): the merge step reads
            a pair of stories only when every report it reads on both sides has a body
            of at least this many five-word shingles; 0 (every packaged file unless the
            session 39 gate passes): not read.
        act_refusal (session 39, ``cluster.lead_act``): a dated join is refused when
            the article leads with a vote, ruling, authorisation or order by a named
            actor and at least this many of the story's members lead with that kind of
            act by actors sharing no name word with it, none by one sharing a word; 0
            (every packaged file unless the session 39 acts gate passes): not asked.
        undated_weights, undated_bias, undated_threshold: the scorer of a comparison in
            which the article or the story has no publication time (``no_time`` 1), when
            the file has one; otherwise ``weights``, ``bias`` and ``threshold`` score every
            comparison. Version 2 scores dated comparisons on content alone and keeps
            version 1's scorer here: on undated comparisons version 1 never used time.
        languages: the languages the weights were learned on. Articles of two different
            known languages are never compared (the embedder and IDF are not
            cross-lingual); an article in a language outside this list joins a story
            only at ``untrained_threshold``, because its features (English embedder,
            English IDF: every unknown function word weighs as a rare name) overrate
            the likeness of unrelated texts.
        idf_file, idf_sha256, default_idf: the IDF table beside the JSON file, its hash,
            and the IDF of words it does not list (rare words: the highest weight).
        language_idf_file, language_idf_sha256, language_idf: IDF tables for languages
            outside ``languages``, estimated from word frequencies
            (``scripts/build_language_idf.py``), their hash and how they were built. An
            article in such a language is weighed with its language's table, so its
            function words weigh little; "" when there are none.
        trees: a boosted tree ensemble (``cluster.trees``) that scores the dated
            comparisons in place of ``weights`` and ``bias`` (``train_clusterer.py
            --scorer gbm``, docs/clustering.md decision 29); None, and absent from the
            file, for the logistic scorer.
    """

    version: int
    weights: tuple[float, ...]
    bias: float
    threshold: float
    time_scale_hours: float
    live_window_hours: float
    features: tuple[str, ...] = FEATURES
    candidates: int = 10
    late_after_hours: float = 42.0
    max_span_hours: float = 336.0
    max_live: int = 20_000
    duplicate_jaccard: float = 0.7
    core_members: int = 0
    core_link: float = 0.0
    core_share: float = 0.5
    core_links: int = 2
    core_named: bool = False
    guard_below: float = 0.0
    guard_words: int = 0
    guard_title_idf: float = 0.0
    guard_title_live: int = 0
    guard_live_sum: str = "title"
    guard_unnamed_core: bool = False
    guard_unnamed_one: int = 0
    weekday_gap: int = -1
    sparse_live: int = 0
    sparse_threshold: float = 0.0
    sparse_size: int = 0
    density_slope: float = 0.0
    density_pivot: float = 1.0
    density_floor: float = 0.0
    cue_floor: float = 0.0
    cue_size: int = 1
    cue_day_live: int = 0
    cue_best: bool = False
    cue_day_rivals: int = -1
    cue_date_gap: int = -1
    competition: dict[str, float] = field(default_factory=dict)
    split_scale: float = 0.0
    split_min_size: int = 8
    split_min_part: int = 3
    split_named: bool = False
    split_weekday_gap: int = -1
    split_dated: bool = False
    merge_scale: float = 0.0
    merge_members: int = 16
    merge_link_share: float = 0.0
    merge_name_idf: float = 0.0
    merge_dated: bool = False
    merge_weekday_gap: int = -1
    merge_min_shingles: int = 0
    act_refusal: int = 0
    undated_weights: tuple[float, ...] = ()
    undated_bias: float = 0.0
    undated_threshold: float = 0.0
    languages: tuple[str, ...] = ("en",)
    untrained_threshold: float = 0.5
    embedder: str = "static"
    context_embedder: str = ""
    idf_file: str = "clusterer-idf.npz"
    idf_sha256: str = ""
    default_idf: float = 1.0
    language_idf_file: str = ""
    language_idf_sha256: str = ""
    language_idf: dict[str, Any] = field(default_factory=dict)
    training: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    trees: TreeEnsemble | None = None
    # Where the file was read from (its IDF table sits beside it); not written out.
    base_dir: str | None = field(default=None, compare=False)

    def inputs(self, dense: float, sparse: Sequence[float], gap_hours: float | None,
               both_named: bool, context: float = 0.0) -> list[float]:  # fmt: skip
        """The model's input in the order of ``FEATURES``: the embedding cosine, the
        title, body and entity cosines, the time decay over ``gap_hours`` (``None``: one
        side has no time), the two missing-evidence flags and the context cosine (0
        without a ``context_embedder``). One place for the article–story comparison and
        the story–story one (the merge step)."""
        if gap_hours is None:
            decay, no_time = 0.0, 1.0
        else:
            decay, no_time = math.exp(-gap_hours / self.time_scale_hours), 0.0
        return [dense, *sparse, decay, no_time, 0.0 if both_named else 1.0, context]

    def probability(self, x: Sequence[float]) -> float:
        """The probability that an article belongs to a story with comparison features ``x``."""
        weights, bias = self.weights, self.bias
        if self.scores_undated(x):
            weights, bias = self.undated_weights, self.undated_bias
        elif self.trees is not None:
            return 1.0 / (1.0 + math.exp(-self.trees.logit(x)))
        z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def checks_core(self, x: Sequence[float]) -> bool:
        """Whether a join with comparison features ``x`` must pass the core check: on when
        the model has one, never for the undated scorer (version 1's, which never had it),
        and, with ``core_named``, only when both sides have names."""
        if self.core_members <= 0 or self.scores_undated(x):
            return False
        return not (self.core_named and x[_NO_ENTITIES])

    def scores_undated(self, x: Sequence[float]) -> bool:
        """Whether the undated scorer scores a comparison with features ``x``."""
        return bool(self.undated_weights) and bool(x[_NO_TIME])

    def join_threshold(self, x: Sequence[float], language: str | None) -> float:
        """The probability an article in ``language`` needs to join a story with
        comparison features ``x`` (the undated scorer's threshold for an undated one)."""
        return self.scorer_threshold(self.scores_undated(x), language)

    def scorer_threshold(self, undated: bool, language: str | None) -> float:
        """The join threshold of the undated or the dated scorer, raised to
        ``untrained_threshold`` for a language the model was not trained on."""
        base = self.undated_threshold if undated else self.threshold
        if language is None or language in self.languages:
            return base
        return max(base, self.untrained_threshold)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(dataclasses.replace(self, trees=None))
        del out["base_dir"], out["trees"]
        if self.guard_below <= 0:  # no guard: the file reads as every model's before it
            del out["guard_below"], out["guard_words"], out["guard_title_idf"]
        for name, off in (("guard_title_live", 0), ("guard_live_sum", "title"),
                          ("guard_unnamed_core", False), ("guard_unnamed_one", 0),
                          ("merge_name_idf", 0.0), ("weekday_gap", -1), ("sparse_live", 0),
                          ("sparse_threshold", 0.0), ("sparse_size", 0),
                          ("density_slope", 0.0), ("density_pivot", 1.0),
                          ("density_floor", 0.0), ("cue_floor", 0.0), ("cue_size", 1),
                          ("cue_day_live", 0), ("cue_best", False),
                          ("cue_day_rivals", -1), ("cue_date_gap", -1),
                          ("split_named", False), ("split_dated", False),
                          ("split_weekday_gap", -1), ("merge_dated", False),
                          ("merge_weekday_gap", -1), ("merge_min_shingles", 0),
                          ("act_refusal", 0)):  # fmt: skip
            if out.get(name) == off:  # decision 32's fields only where they are set
                del out[name]
        if not self.competition:  # session 36's stage only where it is on
            del out["competition"]
        if self.trees is not None:
            out["trees"] = self.trees.as_dict()
        out["weights"] = dict(zip(self.features, self.weights, strict=True))
        if self.undated_weights:
            out["undated_weights"] = dict(zip(self.features, self.undated_weights, strict=True))
        out["features"] = list(self.features)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClusterModel:
        features = tuple(data["features"])
        if features not in (FEATURES, _FEATURES_BEFORE_CONTEXT):
            raise NewsprismError(
                f"clusterer model features {features} do not match this newsprism's "
                f"{FEATURES}; retrain with scripts/train_clusterer.py", code="E421",
            )  # fmt: skip
        known = {k: v for k, v in data.items()
                 if k in cls.__dataclass_fields__ and k != "base_dir"}  # fmt: skip
        known["weights"] = tuple(float(data["weights"].get(name, 0.0)) for name in FEATURES)
        if data.get("undated_weights"):
            known["undated_weights"] = tuple(float(data["undated_weights"].get(name, 0.0))
                                             for name in FEATURES)  # fmt: skip
        known["features"] = FEATURES
        if data.get("trees"):
            known["trees"] = TreeEnsemble.from_dict(data["trees"], len(FEATURES))
        if "languages" in known:
            known["languages"] = tuple(known["languages"])
        return cls(**known)

    def threshold_for(self, language: str | None) -> float:
        """The join threshold for an article in ``language`` (None: unknown, as trained)."""
        if language is None or language in self.languages:
            return self.threshold
        return max(self.threshold, self.untrained_threshold)


def default_model_path() -> Path:
    return Path(str(importlib.resources.files("newsprism").joinpath(*MODEL_FILE)))


def load_model(path: str | Path | None = None) -> ClusterModel:
    """Read a model file (by default the packaged one).

    Raises:
        NewsprismError: E420 when the file is missing or unreadable, E421 when it was
            written for other features.
    """
    path = Path(path) if path else default_model_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise NewsprismError(f"cannot read the clusterer model {path}: {exc}; "
                             "reinstall newsprism or retrain it", code="E420") from exc  # fmt: skip
    return dataclasses.replace(ClusterModel.from_dict(data), base_dir=str(path.parent))


def load_named_model(name: str) -> ClusterModel:
    """One of :data:`NAMED_MODELS`, from the package (E420 for an unknown name)."""
    if name not in NAMED_MODELS:
        raise NewsprismError(f"unknown clusterer model {name!r}; choose one of "
                             f"{', '.join(NAMED_MODELS)}", code="E420")  # fmt: skip
    return load_model(default_model_path().parent / NAMED_MODELS[name])


def stories_model_name(context: str) -> str:
    """The ``--stories-model`` name of a model whose context embedder is ``context``
    ('' for none: the packaged model); the embedder itself for a model file of one's own."""
    return {"": "packaged", "minilm-onnx": "minilm"}.get(context, context)


def storable(model: ClusterModel, built_with: str | None) -> ClusterModel:
    """``model``, if it may add stories to a store whose stories were built by a model
    with context embedder ``built_with`` (None: no stories yet).

    One store, one kind of story profile: a story built without context vectors has no
    ``ctx_sum`` for the model with the feature to compare with, and the other way round
    the feature's weight would be lost (docs/clustering.md, decision 26).

    Raises:
        NewsprismError: E422 when the two differ; the fix is a ``recluster`` with the
            model wanted, which rebuilds every story (and computes missing vectors).
    """
    if built_with is not None and built_with != model.context_embedder:
        have, want = stories_model_name(built_with), stories_model_name(model.context_embedder)
        raise NewsprismError(
            f"this store's stories were built with --stories-model {have}, not {want}: "
            f"ingest with --stories-model {have}, or run `newsprism recluster "
            f"--stories-model {want}` first to rebuild them", code="E422")  # fmt: skip
    return model


def save_model(model: ClusterModel, path: str | Path, *, compact: bool = False) -> None:
    """Write ``model`` as JSON, indented by default. ``compact`` (no indent, no spaces)
    is what the training scripts write since session 25: a tree scorer's 80 trees made
    ``clusterer-gbm.json`` 130 kB indented, 50 kB compact, with the same content."""
    separators = (",", ":") if compact else None
    text = json.dumps(model.as_dict(), indent=None if compact else 2, separators=separators)
    Path(path).write_text(text + "\n", encoding="utf-8")


def _model_dir(model: ClusterModel) -> Path:
    """Where the model's tables sit: beside the JSON file it was read from."""
    return Path(model.base_dir) if model.base_dir else default_model_path().parent


def _checked_bytes(path: str, sha256: str) -> bytes:
    """The bytes of a table beside the model file, checked against the model's hash."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NewsprismError(f"cannot read the clusterer IDF table {path}: {exc}",
                             code="E420") from exc  # fmt: skip
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        raise NewsprismError(f"{path} does not match its model file (sha256); retrain or "
                             "reinstall newsprism", code="E420")  # fmt: skip
    return data


@lru_cache(maxsize=4)
def load_idf(path: str, sha256: str) -> dict[int, float]:
    """The IDF table of a model: hashed term -> weight. Loaded once per process.

    Raises:
        NewsprismError: E420 when the file is missing or its hash differs from the model's.
    """
    data = _checked_bytes(path, sha256)
    with np.load(io.BytesIO(data)) as arrays:
        keys, values = arrays["keys"], arrays["idf"]
        return dict(zip(keys.tolist(), values.astype(np.float64).tolist(), strict=True))


def model_idf(model: ClusterModel) -> dict[int, float]:
    """The IDF table that belongs to ``model`` (stored beside its JSON file)."""
    return load_idf(str(_model_dir(model) / model.idf_file), model.idf_sha256)


class LanguageIdf:
    """Per-language IDF tables, each read and hashed on first use (a process that sees
    only English and German articles pays for two of them).

    The file holds, per language, its words (normalised as the features normalise them)
    and their IDF; each word is keyed here as the features key it, as a word and as a
    name (``"e:" + word``).
    """

    def __init__(self, path: str, sha256: str) -> None:
        self.path, self.sha256 = path, sha256
        self._tables: dict[str, dict[int, float]] = {}
        self._arrays: dict[str, np.ndarray] | None = None

    def get(self, language: str | None) -> dict[int, float] | None:
        """The table of ``language``, or None when the file has none for it."""
        if language is None:
            return None
        if language not in self._tables:
            arrays = self._read()
            if f"idf_{language}" not in arrays:
                return None
            words = arrays[f"words_{language}"].tobytes().decode("utf-8").split("\n")
            table: dict[int, float] = {}
            for word, idf in zip(words, arrays[f"idf_{language}"].tolist(), strict=True):
                table[stable_hash(word)] = table[stable_hash("e:" + word)] = float(idf)
            self._tables[language] = table
        return self._tables[language]

    def _read(self) -> dict[str, np.ndarray]:
        if self._arrays is None:
            with np.load(io.BytesIO(_checked_bytes(self.path, self.sha256))) as arrays:
                self._arrays = {name: arrays[name] for name in arrays.files}
        return self._arrays


@lru_cache(maxsize=4)
def load_language_idf(path: str, sha256: str) -> LanguageIdf:
    """The per-language tables of a model file (one object per process)."""
    return LanguageIdf(path, sha256)


def model_language_idf(model: ClusterModel) -> LanguageIdf | None:
    """The per-language IDF tables of ``model`` (None when it ships none)."""
    if not model.language_idf_file:
        return None
    path = _model_dir(model) / model.language_idf_file
    return load_language_idf(str(path), model.language_idf_sha256)


def save_idf(keys: np.ndarray, idf: np.ndarray, path: str | Path) -> str:
    """Write an IDF table (sorted uint32 keys, float32 weights); returns its SHA-256."""
    order = np.argsort(keys, kind="stable")
    with open(path, "wb") as handle:
        np.savez_compressed(handle, keys=keys[order].astype("<u4"), idf=idf[order].astype("<f4"))
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()

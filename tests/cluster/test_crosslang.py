"""One story across languages: an Arabic report joins the English reports of its event,
and Arabic reports of other events stay apart (cluster/crosslang.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from newsprism.cluster.crosslang import CROSS_LANGUAGES, crosses
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import cluster_articles
from newsprism.models import Article
from tests.conftest import SEED_000, SEED_003

DATA = Path(__file__).parents[1] / "data" / "crosslang"


def _arabic(name: str) -> Article:
    meta = json.loads((DATA / f"{name}.txt.json").read_text("utf-8"))
    lines = (DATA / f"{name}.txt").read_text("utf-8").split("\n\n")
    return Article(id=name, content_hash=name, source_path=name, raw="", raw_format="text",
                   title=lines[0].strip(), text="\n\n".join(lines[1:]).strip(),
                   paragraphs=[p.strip() for p in lines[1:]], language="ar",
                   published_at=meta["published_at"])  # fmt: skip


def _english(path: Path, aid: str, published: str) -> Article:
    text = path.read_text("utf-8")
    return Article(id=aid, content_hash=aid, source_path=str(path), raw="", raw_format="text",
                   text=text, title=text.splitlines()[0], language="en",
                   published_at=published)  # fmt: skip


SEEDS = [_english(SEED_000, "en000", "2024-03-25T23:21:30Z"),
         _english(SEED_003, "en003", "2024-03-25T23:30:00Z")]  # fmt: skip
REPORT = _arabic("ar_seed_report")
QUAKE = _arabic("ar_other_quake")
AID = _arabic("ar_other_gaza_aid")


def test_the_arabic_report_joins_the_english_story_whichever_comes_first() -> None:
    # English first: the Arabic report joins their story.
    first, second, arabic = cluster_articles([*SEEDS, replace(REPORT, published_at=None)])
    assert first == second == arabic
    # Arabic first (it is dated earlier): the English reports join its story.
    arabic, first, second = cluster_articles([REPORT, *SEEDS])
    assert first == second == arabic


def test_other_arabic_events_stay_apart() -> None:
    stories = cluster_articles([QUAKE, REPORT, AID, *SEEDS])
    quake, report, aid, first, second = stories
    assert report == first == second
    assert len({quake, aid, report}) == 3


def test_an_english_only_stream_never_reaches_the_multilingual_path() -> None:
    model = load_model()
    clusterer = StreamClusterer(model, model_idf(model))
    for f in compute_features(SEEDS):
        clusterer.add(f)
    assert clusterer.cross_candidates(compute_features(SEEDS[:1])[0]) == []
    assert not clusterer.cross.linker._vectors  # nothing was embedded with the multilingual model


def test_only_languages_the_embedder_knows_cross() -> None:
    assert crosses("ar", "en") and crosses("en", "ar")
    assert not crosses("en", "en") and not crosses(None, "ar") and not crosses("ar", "no")
    assert {"ar", "en"} <= CROSS_LANGUAGES


"""Languages: the features are not cross-lingual, and the weights were learned on
English, so two known languages are never compared and an untrained language joins
a story only on strong evidence; near-copies are found whatever the language."""

from __future__ import annotations

from dataclasses import replace

from newsprism.cluster.model import load_model
from newsprism.eval.clustering import cluster_articles
from newsprism.models import Article

BODY = ("The harbour authority of Bergen approved a new ferry terminal on Monday after "
        "a vote of the city council. Mayor Ingrid Solheim said the terminal would open in "
        "2027 and serve 400,000 passengers a year.")  # fmt: skip
PARAPHRASE = ("Bergen's city council voted on Monday to let the harbour authority build a "
              "new ferry terminal. It will open in 2027 for 400,000 passengers a year, "
              "Mayor Ingrid Solheim said.")  # fmt: skip


def _article(aid: str, title: str, text: str, language: str | None) -> Article:
    return Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text, raw="",
                   raw_format="text", title=title, language=language,
                   published_at="2024-05-06T10:00:00Z")  # fmt: skip


ORIGINAL = _article("a1", "Bergen approves new ferry terminal", BODY, "en")
REPORT = _article("a2", "Bergen council votes for ferry terminal", PARAPHRASE, "en")


def test_a_paraphrase_in_the_same_language_joins_the_story() -> None:
    first, second = cluster_articles([ORIGINAL, REPORT])
    assert first == second


def test_two_known_languages_are_never_compared() -> None:
    first, second = cluster_articles([ORIGINAL, replace(REPORT, language="no")])
    assert first != second


def test_an_unknown_language_is_compared_as_before() -> None:
    first, second = cluster_articles([ORIGINAL, replace(REPORT, language=None)])
    assert first == second


def test_a_near_copy_joins_its_original_whatever_the_language_tag() -> None:
    copy = _article("a3", "Bergen approves new ferry terminal", BODY + " (NTB)", "no")
    first, second = cluster_articles([ORIGINAL, copy])
    assert first == second


def test_untrained_languages_need_the_stricter_threshold() -> None:
    model = load_model()
    assert model.languages == ("en",)
    assert model.threshold_for("en") == model.threshold_for(None) == model.threshold
    assert model.threshold_for("de") == max(model.threshold, model.untrained_threshold) > 0.1
    german = [replace(a, language="de") for a in (ORIGINAL, REPORT)]
    strict = cluster_articles(german, replace(model, untrained_threshold=1.0))
    assert strict[0] != strict[1]  # nothing reaches probability 1
    lenient = cluster_articles(german, replace(model, untrained_threshold=model.threshold))
    assert lenient[0] == lenient[1]

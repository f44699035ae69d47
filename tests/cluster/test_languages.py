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


BRIDGE = _article(
    "de1", "Stadt beschließt Bau der neuen Brücke",
    "Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss im nächsten "
    "Jahr gebaut wird. Der Bürgermeister sagte, dass die Kosten bei etwa zwölf Millionen "
    "Euro liegen werden und dass die Arbeiten im Frühjahr beginnen sollen. Die Opposition "
    "im Stadtrat kritisierte, dass die Bürger nicht gefragt worden seien.", "de",
)  # fmt: skip
ARREST = _article(
    "de2", "Polizei nimmt Mann in der Innenstadt fest",
    "Die Polizei hat am Montag in der Innenstadt einen Mann festgenommen, der in der Nacht "
    "mehrere Autos beschädigt haben soll. Ein Sprecher sagte, dass der Mann bei der "
    "Festnahme keinen Widerstand geleistet habe und dass die Ermittlungen noch andauern. "
    "Die Schäden an den Fahrzeugen werden auf mehrere tausend Euro geschätzt.", "de",
)  # fmt: skip
BRIDGE_REPORT = _article(
    "de3", "Stadtrat stimmt für neue Brücke über den Fluss",
    "Der Stadtrat hat am Montag den Bau einer neuen Brücke über den Fluss beschlossen; die "
    "Arbeiten sollen im Frühjahr beginnen. Die Kosten schätzt der Bürgermeister auf zwölf "
    "Millionen Euro. Kritik kam von der Opposition, die eine Bürgerbefragung gefordert "
    "hatte.", "de",
)  # fmt: skip


def test_german_function_words_weigh_little_with_the_german_table() -> None:
    """Two unrelated German reports share "die", "der", "dass", "am Montag": weighed with
    the English table (every German word a rare one) they read as one event."""
    model = load_model()
    assert "de" in model.language_idf["languages"]
    bridge, arrest, report = cluster_articles([BRIDGE, ARREST, BRIDGE_REPORT], model)
    assert bridge == report != arrest
    english_only = replace(model, language_idf_file="")
    bridge, arrest, _ = cluster_articles([BRIDGE, ARREST, BRIDGE_REPORT], english_only)
    assert bridge == arrest  # the over-merge the German table prevents


def test_a_language_table_that_does_not_match_its_model_is_refused(tmp_path) -> None:
    import shutil

    import pytest

    from newsprism.cluster.model import default_model_path, load_model, model_language_idf
    from newsprism.errors import NewsprismError

    for name in ("clusterer.json", "clusterer-idf.npz", "clusterer-idf-languages.npz"):
        shutil.copy(default_model_path().parent / name, tmp_path / name)
    with open(tmp_path / "clusterer-idf-languages.npz", "ab") as handle:
        handle.write(b"tampered")
    tables = model_language_idf(load_model(tmp_path / "clusterer.json"))
    with pytest.raises(NewsprismError) as caught:
        tables.get("de")
    assert caught.value.code == "E420" and "sha256" in str(caught.value)

"""Both word orders of a department's name are one body (session 24, i12-fixes25): the
Hill (NeuS raw row 353) wrote "the Department of Justice (DOJ)" and CNN "The Justice
Department's inspector general": two rows. Real parses (spaCy), real linking."""

from __future__ import annotations

from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.name_forms import department_key
from newsprism.extract.nlp import load_nlp
from newsprism.models import Entity

HILL = ("In recent weeks, the Department of Justice (DOJ) also notified reporters at three "
        "different outlets their records were sought in similar investigations.")
CNN = ("The Justice Department's inspector general will investigate the department's "
       "handling of a leak investigation, the office announced Friday.")
HHS_A = ("The new program, announced on Thursday by the Department of Health and Human "
         "Services, will speed up the clinical trials.")
HHS_B = "The Health and Human Services Department announced Thursday a new program."


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    return link_entities({k: find_mentions(nlp(t), k) for k, t in texts.items()}, texts)


def _row(story: StoryEntities, alias: str) -> Entity | None:
    return next((e for e in story.entities if alias in e.aliases), None)


def test_department_of_justice_is_the_justice_department() -> None:
    story = _link({"hill": HILL, "cnn": CNN})
    row = _row(story, "Justice Department")
    assert row is not None and row.type == "ORG"
    assert {"Department of Justice", "DOJ"} <= set(row.aliases)
    assert set(row.mentions) == {"hill", "cnn"}


def test_health_and_human_services_in_both_orders() -> None:
    story = _link({"a": HHS_A, "b": HHS_B})
    row = _row(story, "Department of Health and Human Services")
    assert row is not None and "Health and Human Services Department" in row.aliases


def test_a_longer_name_with_another_of_keeps_its_order() -> None:
    key = "department of justice's office of inspector general"
    assert department_key(key) == key
    assert department_key("united states department of justice") == (
        "united states justice department")

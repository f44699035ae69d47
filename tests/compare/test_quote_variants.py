"""Quote variants link one statement of one speaker across articles, and nothing else.

Real embedder (the packaged static one, as ``analyze_story`` loads it); quotes are built
by hand so that each rule is tested on its own. The words come from the BASIL and seed
stories of gold/quote-variants.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare.variants import link_quote_variants, quoted_words, shared_run
from newsprism.embeddings import get_embedder
from newsprism.models import Quote


@pytest.fixture(scope="module")
def model():
    return get_embedder("static")


def _quote(qid: str, article: str, text: str, entity: str | None,
           kind: str = "direct") -> Quote:  # fmt: skip
    return Quote(id=qid, article_id=article, text=text, kind=kind,  # type: ignore[arg-type]
                 speaker=entity and f"Speaker {entity}", speaker_entity_id=entity)


def _link(model, quotes: list[Quote]) -> list[dict]:
    vectors = model.encode([quoted_words(q) or q.text for q in quotes])
    return link_quote_variants(quotes, np.asarray(vectors))


def _groups(variants: list[dict]) -> list[set[str]]:
    return [set(v["quote_ids"]) for v in variants]


def test_seed_miller_renderings_are_linked(model) -> None:
    # 000 is machine-translated from Arabic, 003 is English: one readout, two renderings
    quotes = [
        _quote("aj1", "aj", "Blinken “reiterated the support of the United States to ensure "
               "the defeat of Hamas, including in Rafah, but he reiterated his opposition to a "
               "large-scale ground operation in Rafah.”", "miller", kind="reported"),
        _quote("am1", "am", "In his meeting with Gallant, in Washington, Blinken reiterated US "
               "“opposition to a major ground operation in Rafah,”", "miller", kind="reported"),
        _quote("aj2", "aj", "the American minister “stressed the existence of alternatives other "
               "than a large-scale ground invasion of Rafah, which would better guarantee "
               "Israel’s security and protect Palestinian civilians.”", "miller",
               kind="reported"),
        _quote("am2", "am", "Blinken “underscored that alternatives exist to a major ground "
               "invasion that would both better ensure Israel’s security and protect "
               "Palestinian civilians.”", "miller", kind="reported"),
    ]  # fmt: skip
    assert sorted(map(sorted, _groups(_link(model, quotes)))) == [["aj1", "am1"], ["aj2", "am2"]]


def test_quotes_without_a_speaker_entity_are_not_linked_on_a_few_words(model) -> None:
    quotes = [
        _quote("a", "fox", "But I don't know that", None),
        _quote("b", "nyt", "I don't know that it was hacked", None),
        _quote("c", "hpo", "additional proof", None),
        _quote("d", "nyt", "additional proof", None),
    ]
    assert _link(model, quotes) == []


def test_an_unresolved_speaker_links_only_on_nearly_the_same_words(model) -> None:
    words = "I love my sister, but she is dead wrong on the issue of marriage"
    quotes = [_quote("a", "fox", words, "mary"), _quote("b", "nyt", words + ".", None)]
    (variant,) = _link(model, quotes)
    assert set(variant["quote_ids"]) == {"a", "b"}
    assert variant["speaker_entity_id"] == "mary"  # the named side speaks for the group


def test_two_speakers_are_never_linked(model) -> None:
    quotes = [_quote("a", "fox", "Freedom means freedom for everyone.", "mary"),
              _quote("b", "hpo", "I think that freedom means freedom for everyone,", "dick")]
    assert _link(model, quotes) == []


def test_a_paraphrase_is_not_a_rendering(model) -> None:
    quotes = [
        _quote("a", "nyt", "the letters didn’t represent all the bishops", "ryan", "reported"),
        _quote("b", "fox", "those letters did not speak for all bishops", "ryan", "reported"),
    ]
    assert _link(model, quotes) == []


def test_one_quote_per_article_in_a_group(model) -> None:
    # one article quotes the statement whole and then a fragment of it
    quotes = [
        _quote("fox1", "fox", "If it's a legitimate rape, the female body has ways to try to "
               "shut that whole thing down.", "akin"),
        _quote("fox2", "fox", "legitimate rape, the female body has ways", "akin"),
        _quote("hpo1", "hpo", "If it's a legitimate rape, the female body has ways to try to "
               "shut that whole thing down", "akin"),
    ]  # fmt: skip
    (variant,) = _link(model, quotes)
    articles = [q.article_id for q in quotes if q.id in variant["quote_ids"]]
    assert sorted(articles) == ["fox", "hpo"]
    assert "hpo1" in variant["quote_ids"]


def test_groups_do_not_chain_two_statements_through_a_third_quote(model) -> None:
    # b holds both statements (the extraction joined them); a and c are different ones
    a = "I love this country, but this country is going to hell."
    c = "The world laughs at us. They won't be laughing if I'm elected president."
    quotes = [_quote("a", "fox", a, "trump"), _quote("b", "nyt", f"{a} {c}", "trump"),
              _quote("c", "hpo", c, "trump")]
    variants = _link(model, quotes)
    assert variants, "the shared runs should link b to one of them"
    for group in _groups(variants):
        assert group != {"a", "b", "c"}
        assert not {"a", "c"} <= group


def test_shared_run_counts_content_words_only() -> None:
    assert shared_run("he said that it was".split(), "that it was over".split()) == 0
    assert shared_run("to the united states".split(), "of the united states".split()) == 2


def test_a_short_fragment_links_when_all_its_words_are_shared(model) -> None:
    quotes = [
        _quote("dp1", "dailypress", "not enough are inoculated to “crush the outbreak” at "
               "this point", "fauci", "reported"),
        _quote("dp2", "dailypress", "more “pain and suffering” is on the horizon", "fauci",
               "reported"),
        _quote("rt", "reuters", "Not enough to crush the outbreak, but I believe enough to not "
               "allow us to get into the situation we were in last winter", "fauci"),
    ]  # fmt: skip
    assert _groups(_link(model, quotes)) == [{"dp1", "rt"}]

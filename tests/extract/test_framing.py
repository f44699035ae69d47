"""Framing: loaded terms, attribution verbs, scare and partial quotes, and their scoring."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from newsprism.clean import clean_document
from newsprism.errors import NewsprismError
from newsprism.extract.framing import (
    ArticleFraming,
    default_lexicon_path,
    frame_text,
    load_cues,
    load_lexicon,
    parse_lexicon,
    quotations,
)
from newsprism.ingest import iter_documents
from tests.conftest import ROOT, SEED_000, SEED_003

REQUIRED_CATEGORIES = {
    "occupation", "resistance", "captives-hostages", "regime", "terrorist", "martyr",
    "atrocity", "settler-settlement", "so-called", "us-politics",
}  # fmt: skip


@pytest.fixture(scope="module")
def seeds() -> dict[str, object]:
    """The two seed articles as the clean stage stores them, keyed "000" and "003"."""
    found = {}
    for raw in iter_documents([SEED_000, SEED_003]):
        article = clean_document(raw)  # type: ignore[arg-type]
        found[Path(article.source_path).name[:3]] = article
    return found


def _terms(framing: ArticleFraming) -> dict[str, tuple[int, int]]:
    return {t.term: (t.count, t.quoted) for t in framing.terms}


def _assert_spans_index_text(framing: ArticleFraming, text: str) -> None:
    for span, _ in framing.spans():
        assert text[span.start : span.end] == span.text


# --- the seeds ------------------------------------------------------------------------


def test_seed_003_al_mayadeen_terms(seeds) -> None:
    text = seeds["003"].text
    framing = frame_text(text)
    # "the Israeli occupation’s security minister" (twice), "Israeli occupation Prime
    # Minister", "the Israeli occupation forces": the occupation as a name for Israel.
    # "captives": twice in Al Mayadeen's voice, once inside the quoted Israeli statement.
    assert _terms(framing) == {
        "Israeli occupation": (3, 0),
        "occupation forces": (1, 0),
        "Palestinian Resistance": (2, 0),
        "captives": (2, 1),
    }
    by_term = {t.term: t for t in framing.terms}
    assert by_term["captives"].category == "captives-hostages"
    assert by_term["captives"].neutral == "hostages"
    assert by_term["Palestinian Resistance"].category == "resistance"
    assert by_term["Israeli occupation"].category == "occupation"
    assert [s.text for s in by_term["captives"].spans] == ["captives", "captive", "captives"]
    assert [s.in_quote for s in by_term["captives"].spans] == [False, False, True]
    assert [s.text for s in by_term["Palestinian Resistance"].spans] == [
        "Palestinian Resistance", "Palestinian Resistance movement"]  # fmt: skip
    _assert_spans_index_text(framing, text)


def test_seed_003_attribution_verbs(seeds) -> None:
    framing = frame_text(seeds["003"].text)
    # "claimed" for the US ambassador stays; "a statement from his office revealed" (an
    # endorsement verb for a public statement) is counted with the neutral verbs since
    # session 29 (i14-touch)
    assert framing.attribution_verbs == {"claim": 1}
    assert [(a.span.text, a.span.in_quote) for a in framing.attributions] == [
        ("claimed", False)]  # fmt: skip


def test_seed_003_scare_quotes_are_in_the_lines_the_cleaner_removed(seeds) -> None:
    article = seeds["003"]
    # The clean body has none: both ‘Israel’ are in Al Mayadeen's own related-article
    # lines, which the clean stage removes (pasted headline, "Read more").
    assert frame_text(article.text).scare_quotes == []
    removed = {r.reason: frame_text(r.text).scare_quotes for r in article.removed}
    assert [s.text for s in removed["pasted-headline"]] == ["‘Israel’"]
    assert [s.text for s in removed["read-more"]] == ["‘Israel’"]
    raw = SEED_003.read_text("utf-8")
    assert [s.text for s in frame_text(raw).scare_quotes] == ["‘Israel’", "‘Israel’"]


def test_seed_003_partial_quotes(seeds) -> None:
    framing = frame_text(seeds["003"].text)
    assert [s.text for s in framing.partial_quotes] == [
        "“very disappointed”", "“fulsome conversation”", "“viable alternatives”",
        "“clear retreat”",
    ]  # fmt: skip


def test_seed_000_al_jazeera_repost(seeds) -> None:
    text = seeds["000"].text
    framing = frame_text(text)
    # No loaded term: this report says "invasion", "Israel", "Hamas" and quotes the US.
    assert framing.terms == []
    # "He pointed out that ... Israel has not presented a coherent evacuation plan": an
    # endorsement verb, which session 29 (i14-touch) counts with the neutral verbs; it
    # carries Miller's statement between two of his quotations ("He continued", "Miller
    # said"), read as a plain connective there.
    assert framing.attribution_verbs == {}
    assert framing.attributions == []
    assert framing.scare_quotes == []
    assert framing.partial_quotes == []
    assert framing.neutral_attributions >= 4  # said, said, added, told ..., pointed out
    _assert_spans_index_text(framing, text)


def test_seeds_differ_where_a_reader_sees_it(seeds) -> None:
    """Same event, same day: only Al Mayadeen names Israel "the occupation"."""
    a000 = frame_text(seeds["000"].text).as_dict()
    a003 = frame_text(seeds["003"].text).as_dict()
    categories = {t["category"] for t in a003["terms"]} - {t["category"] for t in a000["terms"]}
    assert categories == {"occupation", "resistance", "captives-hostages"}


# --- quotes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "in_quote"),
    [
        ('Hamas said "the captives will be freed" on Monday.', [True]),
        ("Hamas said “the captives will be freed” on Monday.", [True]),
        ("Hamas said ‘the captives will be freed’ on Monday.", [True]),
        ("Hamas said 'the captives will be freed' on Monday.", [True]),
        ("Hamas said the captives will be freed on Monday.", [False]),
        # A quotation that goes on into the next paragraph is left open at its end.
        ("He said: “The captives are well.\n\nThe captives were freed.", [True, False]),
    ],
)
def test_terms_in_quotations_are_the_speakers(text: str, in_quote: list[bool]) -> None:
    framing = frame_text(text)
    (use,) = framing.terms
    assert [s.in_quote for s in use.spans] == in_quote
    assert use.count == in_quote.count(False)
    assert use.quoted == in_quote.count(True)


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Israel’s security, the States’ rejection, Israel's allies and the Joneses' car."
    assert quotations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US memo warns ‘Israel’ of reputational damage.", ["‘Israel’"]),
        ("US memo warns 'Israel' of reputational damage.", ["'Israel'"]),
        ('US memo warns "Israel" of reputational damage.', ['"Israel"']),
        ("US memo warns “Israel” of reputational damage.", ["“Israel”"]),
        ("‘Israel’ goes ballistic over UNSC resolution.", ["‘Israel’"]),
        # speech, not distance
        ("“Never,” he said.", []),
        ("“Absolutely” said the minister.", []),
        ("People went out, some shouting “Allahu Akbar” or whistling.", []),
        ("Protesters were screaming “freedom” outside.", []),
        # a request is no speech: the writer's marks stay a scare quote
        ("He sent an “urgent” spending request asking for more.", ["“urgent”"]),
        # a name someone else gives, or a word as a word
        ("It is what he called “Obamacare” in the debate.", []),
        ("He avoided the word “God” in speeches.", []),
        # titles of programmes and works
        ("He said on NBC’s “Meet the Press” that it would pass.", []),
        ("He said on “Fox News Sunday” that it would pass.", []),
        ("In an interview on the “Today” show, he repeated it.", []),
        # a title named again in its short form (session 20 reader: National Review)
        ("It comes with his book, “Forward: Notes on the Future of Our Democracy.” "
         "“Forward” is expected to sell well.", []),
        ("It comes with his book, “Forward: Notes on the Future.” Critics call it a "
         "“manifesto” for the party.", ["“manifesto”"]),
        # nicknames, lower-case fragments, whole sentences
        ("Dwayne “The Rock” Johnson spoke.", []),
        ("The plan is “utterly irresponsible” to critics.", []),
        ("He wrote: “This is Israel.”", []),
    ],
)
def test_scare_quotes(text: str, expected: list[str]) -> None:
    assert [s.text for s in frame_text(text).scare_quotes] == expected


def test_partial_quotes_are_short_lower_case_quotations() -> None:
    text = 'The plan is "utterly irresponsible," he said. "We will fight it," she said.'
    framing = frame_text(text)
    assert [s.text for s in framing.partial_quotes] == ['"utterly irresponsible,"']
    assert all(s.in_quote for s in framing.partial_quotes)


# --- terms and verbs in context -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The Israeli occupation’s army raided the camp.", "Israeli occupation"),
        ("Talks on ending the Israeli occupation of the West Bank resumed.", None),
        ("Life under Israeli occupation.", None),
        ("The Assad regime shelled the town.", "regime"),
        ("Syria's regime shelled the town.", "regime"),
        ("Elections in an authoritarian regime are rare.", None),
        ("They called for regime change.", None),
        ("Resistance to the bill grew.", None),
        ("Lawmakers showed little resistance to the bill.", None),
        ("Fighters of the Resistance fired rockets.", "the Resistance"),
        ("He was supposed to attend.", None),
        ("The supposed benefits never came.", "supposedly"),
        ("They expanded anti-terrorism laws.", None),
        ("It was a terrorist attack on the embassy.", "terrorist"),
        ("Republicans slammed the job-killing health law.", "slammed"),
        ("He slammed the door.", None),
        ("A report by Amnesty International was released.", None),
        ("The bill is an amnesty for employers.", "amnesty"),
        ("The Israeli captive was released.", "captives"),
        ("A captive audience listened.", None),
    ],
)
def test_terms_in_context(text: str, term: str | None) -> None:
    found = [t.term for t in frame_text(text).terms]
    assert found == [] if term is None else term in found


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("The senator claimed that the bill would pass.", {"claim": 1}),
        ("The attack claimed the lives of 20 people.", {}),
        ("Hamas claimed responsibility for the attack.", {}),
        ("He denied the allegations.", {"deny": 1}),
        ("They were denied entry at the border.", {}),
        ("She was admitted to hospital on Monday.", {}),
        ("She admitted that she had erred.", {"admit": 1}),
        ("Police maintained order.", {}),
        ("He maintained that he was innocent.", {"maintain": 1}),
        ("“We won,” he insisted.", {"insist": 1}),
        ("He said “the rebels claimed nothing.”", {}),
        ("The spokesman said the talks had ended.", {}),
    ],
)
def test_attribution_verbs_in_context(text: str, verbs: dict[str, int]) -> None:
    assert frame_text(text).attribution_verbs == verbs


def test_attribution_verb_inside_a_quotation_is_listed_but_not_counted() -> None:
    framing = frame_text("He said “the rebels claimed that they had won.”")
    assert framing.attribution_verbs == {}
    assert [(a.verb, a.span.in_quote) for a in framing.attributions] == [("claim", True)]


def test_affect_cues_are_opt_in() -> None:
    text = "The disastrous plan was a total failure, critics said."
    assert frame_text(text).cues == []
    cues = frame_text(text, cues=True).cues
    assert {c.word for c in cues} >= {"disastrous", "failure"}
    assert all(c.valence <= load_lexicon().cue_max_valence for c in cues)
    assert all(text[c.span.start : c.span.end] == c.span.text for c in cues)


def test_as_dict_is_the_public_json_shape(seeds) -> None:
    import jsonschema

    data = frame_text(seeds["003"].text).as_dict()
    assert json.loads(json.dumps(data)) == data
    assert {"terms", "attribution_verbs", "voices", "scare_quotes"} <= set(data)
    assert data["voices"] == {}  # filled by the compare stage from the quote extractor
    term = data["terms"][0]
    assert set(term) >= {"term", "category", "neutral", "count", "quoted", "spans"}
    assert set(term["spans"][0]) == {"start", "end", "text", "in_quote"}
    schema_path = ROOT / "src" / "newsprism" / "data" / "compare.schema.json"
    if schema_path.is_file():  # the compare stage's schema for this part of its output
        schema = json.loads(schema_path.read_text("utf-8"))
        jsonschema.validate(data, {"$defs": schema["$defs"], "$ref": "#/$defs/framing"})


# --- the lexicon ----------------------------------------------------------------------


def test_lexicon_schema() -> None:
    lexicon = load_lexicon()
    assert re.fullmatch(r"\d+\.\d+\.\d+", lexicon.version)
    assert any(c["version"] == lexicon.version for c in lexicon.changelog)
    assert set(lexicon.categories) >= REQUIRED_CATEGORIES
    for entry in lexicon.terms:
        assert entry.category in lexicon.categories, entry.term
        assert entry.neutral.strip() and entry.sources, entry.term
        assert all(s.strip() for s in entry.sources), entry.term
        assert entry.patterns and all(entry.patterns), entry.term
    for verb in lexicon.verbs:
        assert verb.connotation.strip() and verb.sources, verb.verb
    used = {e.category for e in lexicon.terms}
    assert used == set(lexicon.categories), "a category without terms, or the reverse"
    assert len({e.term for e in lexicon.terms}) == len(lexicon.terms), "duplicate term names"
    assert load_lexicon() is lexicon  # cached


def test_every_lexicon_source_names_a_guide_not_a_url() -> None:
    data = tomllib.loads(default_lexicon_path().read_text("utf-8"))
    for entry in data["term"] + data["attribution"]:
        for source in entry["sources"]:
            assert "http" not in source and len(source) > 20, source


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("version"), "version"),
        (lambda d: d["term"][0].pop("sources"), "sources"),
        (lambda d: d["term"][0].update(sources=[]), "sources"),
        (lambda d: d["term"][0].pop("neutral"), "neutral"),
        (lambda d: d["term"][0].update(category="nonsense"), "unknown category"),
        (lambda d: d["term"][0].update(colour="red"), "unknown fields"),
        (lambda d: d["attribution"][0].pop("connotation"), "connotation"),
        (lambda d: d.update(version="2.0.0"), "changelog"),
    ],
)
def test_bad_lexicon_is_rejected(change, message: str) -> None:
    data = tomllib.loads(default_lexicon_path().read_text("utf-8"))
    change(data)
    with pytest.raises(NewsprismError, match=message):
        parse_lexicon(data)


def test_affect_cue_file_is_shipped_with_its_licence() -> None:
    head = (ROOT / "src" / "newsprism" / "data" / "affect_cues.tsv").read_text("utf-8")[:2000]
    assert "MIT License" in head and "C.J. Hutto" in head
    assert 500 < len(load_cues()) < 3000

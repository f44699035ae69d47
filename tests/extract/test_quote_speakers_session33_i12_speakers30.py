"""Session 33 (branch i12-speakers30): kinds gold/speakers-basil12 showed.

- a document's -ing participle ("issued a statement calling the plan “…”") gives its
  sender's words: document_participle.py, read by Worded and Nested.asserted;
- a he/she whose nearest antecedent is one of several people listed together stays
  unresolved: listed_antecedent.py, read by Coref;
- a speech verb that opens its sentence with the name right after it ("Added Ruiz: “…”")
  is the cue and the name its speaker: fronted_verb.py, read by Cues and Subjects;
- "according to" right after a verb, of no possible source, is a manner:
  according_manner.py, read by Cues.according;
- a quotation after a dash that closes the cue's own aside continues the quote before
  it: continued.py.

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.article import Article
from newsprism.extract.quotes.continued import continues
from newsprism.extract.quotes.fronted_verb import fronted_speaker
from newsprism.extract.quotes.lexicon import load_lexicon
from tests.extract.quote_helpers import only, quotes_of


def test_statement_calling_gives_the_issuer_the_words() -> None:
    text = ("Mayor Dana Whitcomb issued a statement calling the bridge closure “an insult to "
            "every commuter” on Tuesday.")  # fmt: skip
    quote = only(quotes_of(text), "calling")
    assert quote.speaker == "Dana Whitcomb"
    assert "an insult to every commuter" in quote.text


def test_news_release_describing_gives_the_sender_the_words() -> None:
    text = ("The Orchard Growers League released a news release describing the frost as “the "
            "worst in forty years.”")  # fmt: skip
    quote = only(quotes_of(text), "describing")
    assert quote.speaker == "Orchard Growers League"


def test_statement_never_issued_is_not_asserted() -> None:
    text = ("Mayor Dana Whitcomb would never issue a statement calling the closure “an insult to "
            "every commuter.”")  # fmt: skip
    assert [q for q in quotes_of(text) if q.cue == "calling"] == []


def test_people_calling_is_no_document() -> None:
    text = ("Commuters lined the platform, some calling the closure “an insult to every "
            "commuter.”")  # fmt: skip
    assert [q for q in quotes_of(text) if q.speaker] == []


def test_he_after_two_men_listed_together_is_unresolved() -> None:
    text = ("Councilmen Arlo Venn of Ward 3 and Teodor Balic of Ward 5 are drafting a motion. "
            "“We do not have the votes yet,” he told the Gazette.")  # fmt: skip
    quote = only(quotes_of(text), "told the Gazette")
    assert quote.speaker is None


def test_she_after_a_man_and_a_woman_listed_together_resolves() -> None:
    text = ("Peter Lund and Maria Soto opened the bakery on Friday. "
            "“We waited ten years for this,” she said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Maria Soto"


def test_he_after_one_man_named_alone_resolves() -> None:
    text = ("Councilman Arlo Venn and the tenants' union are drafting a motion. “We do not "
            "have the votes yet,” he said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Arlo Venn"


def test_fronted_added_with_a_name_is_the_cue() -> None:
    text = ("Inspector Lucia Ferro briefed the press. Added Ferro: “The tunnel will stay shut. "
            "Nobody goes in before the engineers are done.”")  # fmt: skip
    quote = only(quotes_of(text), "Added")
    assert quote.speaker == "Lucia Ferro"
    assert quote.text.endswith("the engineers are done.")


def test_fronted_continued_with_a_title_is_the_cue() -> None:
    text = ("The vote was close. Continued Sen. Odile Marchetti: “Nobody in this chamber read "
            "the bill.”")  # fmt: skip
    quote = only(quotes_of(text), "Continued")
    assert quote.speaker == "Odile Marchetti"


def test_fronted_word_without_name_and_mark_is_no_cue() -> None:
    doc = load_nlp()("Added costs: “fuel and tolls” rose. Said to be ill, Ferro stayed home.")
    assert [t.text for t in doc if fronted_speaker(t) is not None] == []


def test_according_to_right_after_a_verb_of_a_thing_is_a_manner() -> None:
    text = ("Pensions are computed according to a member's salary over her final three years "
            "of service.")  # fmt: skip
    assert [q for q in quotes_of(text) if q.cue == "according to"] == []


def test_according_to_a_report_after_a_verb_is_still_a_source() -> None:
    text = "Ticket sales fell by a third according to the league's annual report."
    assert [q.cue for q in quotes_of(text)] == ["according to"]


def test_quotation_after_the_cue_and_a_dash_aside_continues_it() -> None:
    text = ("“The ferry was late again,” Ines Karlsson told the radio station -- referring to the "
            "harbour authority’s new winter timetable for the islands – “And nobody told us "
            "why.”")  # fmt: skip
    quote = only(quotes_of(text), "told the radio station")
    assert quote.speaker == "Ines Karlsson"
    assert len(quote.parts) == 2


def _after_dash(kind: str) -> bool:
    """Whether the second quotation continues a quote of ``kind`` ending at the first
    dash, its cue "said" (continued.continues, on a real parse)."""
    text = ("Several former mayors have said much the same, including Rosa Altamirano -- "
            "“The budget is a fantasy from start to finish.”")  # fmt: skip
    art = Article(load_nlp()(text), load_lexicon())
    verb = next(t for t in art.doc if t.lower_ == "said")
    dash = text.index(" --")
    last = SimpleNamespace(verb=verb, regions=[(0, 1)] if kind == "direct" else [],
                           kind=kind, last=dash)  # fmt: skip
    return continues(art, art.quotations[-1], last)


def test_dash_continuation_needs_a_quotation_in_marks_before_it() -> None:
    # after reported speech ("X have said …, including Y -- “…”") the words are Y's
    assert not _after_dash("reported")
    assert _after_dash("direct")

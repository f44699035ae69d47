"""Session 28 (i12-cost4, issue 12): exact savings in extract/. Each rewritten step is
checked against the rule it replaces, on real parses and real mentions: the answers
must be the same, only found with less work."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsprism.extract.entities import _member_test
from newsprism.extract.headings import _MAX_WORDS, _paragraph_start, heading_end, in_heading
from newsprism.extract.nlp import load_nlp
from newsprism.extract.org_merge import _cut_before_and, _cut_forms
from newsprism.models import Mention


def _walked_in_heading(doc: Doc, i: int) -> bool:
    """in_heading as it was before session 28: walk back to the paragraph start."""
    start = i
    while start > 0 and not _paragraph_start(doc, start) and i - start <= 3 * _MAX_WORDS:
        start -= 1
    end = heading_end(doc, start)
    return end is not None and i < end


HEADED = ("Officials spoke on Monday about the plan for the state budget and the schools "
          "of the county, which many parents had asked about for a long time.\n\n"
          "Why it matters: The ruling could hurt gun sales nationally, the Post reports.\n\n"
          "The big picture: Pentagon spokesperson John Kirby said Wednesday that 68% are "
          "vaccinated.\n\nWhat they're saying: \"We are done,\" Smith said.\n"
          "Trump said: it is over. And one more sentence with many words in it before a "
          "colon comes here at last: none.")  # fmt: skip


def test_in_heading_gives_the_walk_backs_answer_at_every_token() -> None:
    doc = load_nlp()(HEADED)
    answers = [in_heading(t) for t in doc]
    assert answers == [_walked_in_heading(doc, t.i) for t in doc]
    assert any(answers) and not all(answers)  # headings found, sentences not


def test_in_heading_far_from_any_paragraph_start() -> None:
    doc = load_nlp()("word " * 40 + "end: here.")
    assert [in_heading(t) for t in doc] == [_walked_in_heading(doc, t.i) for t in doc]


def _mention(text: str, start: int, label: str = "PERSON") -> Mention:
    return Mention("a1", 0, text, label, start, start + len(text))


def test_member_test_is_the_lists_in() -> None:
    pending = [_mention("Smith", 10), _mention("Jones", 40)]
    member = _member_test(pending)
    twin = replace(pending[0])  # another object, every field equal: the list says yes
    relabelled = _mention("Jones", 40, "ORG")
    others = [pending[0], pending[1], twin, relabelled, _mention("Smith", 11)]
    assert [member(m) for m in others] == [m in pending for m in others]
    assert [member(m) for m in others] == [True, True, True, False, False]
    pending[1].label = "ORG"  # a label changed on the way is read when asked, as ``in``
    assert member(relabelled) == (relabelled in pending) is True


def test_cut_forms_keep_the_cut_before_and_rule() -> None:
    cdc = [_mention("Centers for Disease Control", 0, "ORG")]
    full = [_mention("Center for Diseases Control and Prevention", 0, "ORG")]
    health = [_mention("Department of Health", 0, "ORG")]
    hhs = [_mention("Department of Health and Human Services", 0, "ORG")]
    assert _cut_before_and(_cut_forms(cdc), _cut_forms(full))
    assert not _cut_before_and(_cut_forms(full), _cut_forms(cdc))
    assert not _cut_before_and(_cut_forms(health), _cut_forms(hhs))  # a generic opener


def test_speech_base_asks_the_heading_only_of_a_lexicon_verb() -> None:
    from newsprism.extract.quotes.article import Article
    from newsprism.extract.quotes.lexicon import load_lexicon

    art = Article(load_nlp()(HEADED), load_lexicon())
    bases = {t.text: art.speech_base(t) for t in art.doc}
    assert bases["saying"] is None  # "What they're saying:" heads a section
    assert bases["reports"] == "report" and bases["said"] == "say"

"""scripts/nested_statements_polnear.py: which PolNeAR quotes are nested or relayed, and
how a prediction's speaker is read against the level the gold chose (session 28)."""

from __future__ import annotations

from newsprism.eval.quotes import Predicted, parse_article
from tests.script_modules import script_module

REPORT = "the CIA told officials “the attack was planned” in advance"
TEXT = ('The memo said the CIA told officials “the attack was planned” in advance. '
        '“We will win,” Smith said, according to CNN. '
        '“Go home,” Jones told aides, according to Arad.')  # fmt: skip


def _span(s: str) -> str:
    a = TEXT.index(s)
    return f"{a} {a + len(s)}"


def _ann(nested: bool) -> str:
    """A brat file: the memo's report, the CIA's quotation inside it (when ``nested``),
    the quote CNN relays (PolNeAR's content holds "Smith said"), Jones's quote."""
    told = TEXT.index("told aides")  # (the first "told" is the CIA's)
    lines = [f"T1\tSource {_span('The memo')}\tThe memo",
             f"T2\tCue {_span('said')}\tsaid",
             f"T3\tContent {_span(REPORT)}\tx",
             "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
             f"T7\tSource {_span('CNN')}\tCNN",
             f"T8\tCue {_span('according to')}\taccording to",
             f"T9\tContent {_span('“We will win,” Smith said')}\tx",
             "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
             f"T10\tSource {_span('Jones')}\tJones",
             f"T11\tCue {told} {told + 4}\ttold",
             f"T12\tContent {_span('“Go home,”')}\t“Go home,”",
             "E4\tAttribution:T11 Content:T12 Cue:T11 Source:T10"]  # fmt: skip
    if nested:
        lines += [f"T4\tSource {_span('the CIA')}\tthe CIA",
                  f"T5\tCue {_span('told')}\ttold",
                  f"T6\tContent {_span('“the attack was planned”')}\tx",
                  "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4"]  # fmt: skip
    return "\n".join(lines) + "\n"


def test_a_quotation_annotated_inside_a_report_is_listed_with_its_outer_relation() -> None:
    script = script_module("nested_statements_polnear")
    art = parse_article("a", "x", TEXT, _ann(nested=True))
    items = script.nested_items(art.text, art.quotes)
    assert [(script._text(TEXT, i.source), script._text(TEXT, o.source))
            for i, o in items] == [("the CIA", "The memo")]  # fmt: skip
    flat = parse_article("a", "x", TEXT, _ann(nested=False))
    assert script.nested_items(flat.text, flat.quotes) == []  # PolNeAR as distributed


def test_a_relayed_quote_given_to_the_person_relayed_is_read_as_inner() -> None:
    script = script_module("nested_statements_polnear")
    art = parse_article("a", "x", TEXT, _ann(nested=False))
    relayed = next(q for q in art.quotes if q.cue_text == "according to")
    smith = TEXT.index("Smith")
    cnn = TEXT.index("CNN")
    by_smith = Predicted(relayed.content, "direct", "Smith", ((smith, smith + 5),))
    by_cnn = Predicted(relayed.content, "direct", "CNN", ((cnn, cnn + 3),))
    nobody = Predicted(relayed.content, "direct", None, ())
    assert script.relay_verdict(TEXT, relayed, [by_cnn])[:2] == ("outer", "right")
    assert script.relay_verdict(TEXT, relayed, [nobody])[:2] == ("outer", "unresolved")
    assert script.relay_verdict(TEXT, relayed, [by_smith])[:2] == ("outer", "inner")


def test_a_quote_with_its_own_cue_beside_a_relay_is_the_inner_speakers() -> None:
    script = script_module("nested_statements_polnear")
    art = parse_article("a", "x", TEXT, _ann(nested=False))
    own = next(q for q in art.quotes if q.cue_text == "told")
    jones, arad = TEXT.index("Jones"), TEXT.index("Arad")
    assert script.relay_verdict(TEXT, own, [Predicted(own.content, "direct", "Jones",
                                ((jones, jones + 5),))])[:2] == ("inner", "right")  # fmt: skip
    assert script.relay_verdict(TEXT, own, [Predicted(own.content, "direct", "Arad",
                                ((arad, arad + 4),))])[:2] == ("inner", "outer")  # fmt: skip

"""Write ``gold.json`` from the hand annotations below (and check every ``words`` is in
its paragraph).

    python gold/speakers-polnear/build.py ../shared/data

Rows: (paragraph, first words of the quoted span, kind, speaker, note). Paragraphs are
the article's blocks separated by a blank line, 0-based, the title line being 0 (as
``score.py`` builds the Article). Kinds: direct, partial (scored); none (a title, a
name, a term; not scored). A speaker ``None`` marks a span a reader cannot assign with
confidence (``resolvable: false``, not scored).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

ARTICLES = {
    "breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-": [
        (1, "to mock", "partial", "Gov. Mike Pence", "Pence said ... was only \"...\""),
        (1, "Fox News Sunday", "none", "", "programme title"),
        (3, "WALLACE: Let’s start", "direct", "Wallace", "transcript, speaker label"),
        (4, "PENCE: Well, look, Hillary", "direct", "Gov. Mike Pence", "transcript label"),
        (4, "Shark Tank", "none", "", "programme title inside Pence's words"),
        (5, "(CROSSTALK.)", "none", "", "stage direction"),
        (6, "WALLACE: If I may", "direct", "Wallace", "transcript label"),
        (7, "PENCE: Gennifer Flowers", "direct", "Gov. Mike Pence", "transcript label"),
        (8, "WALLACE: But, Governor", "direct", "Wallace", "transcript label"),
        (8, "The Wall Street Journal", "none", "", "a paper's name"),
        (9, "PENCE: Well, the question", "direct", "Gov. Mike Pence", "transcript label"),
        (10, "WALLACE: Do you really", "direct", "Wallace", "transcript label"),
        (11, "PENCE: Well, look, you know", "direct", "Gov. Mike Pence", "transcript label"),
        (12, "But the truth is", "direct", "Gov. Mike Pence", "continues PENCE: (no label)"),
        (13, "Donald Trump’s not about that", "direct", "Gov. Mike Pence",
         "continues PENCE: (no label)"),
        (14, "(CROSSTALK.)", "none", "", "stage direction"),
        (15, "WALLACE: Governor, I don’t", "direct", "Wallace", "transcript label"),
        (16, "PENCE: And that’s why", "direct", "Gov. Mike Pence", "transcript label"),
        (17, "Follow Pam Key", "none", "", "the site's footer"),
    ],
    "huff-post_2016-09-10_trump-s-east-european-achilles-h": [
        (4, "strong leader", "partial", "Donald Trump", "Trump admires Putin as a \"...\""),
        (4, "providing lethal defensive weapons", "partial", "the party platform",
         "a call in the platform, stripped out"),
        (4, "appropriate assistance", "partial", "the party platform (the new language)",
         "softer language calling for \"...\""),
        (5, "unbelievably dishonest", "partial", "Donald Trump", "he blasted ... for being"),
        (9, "We certainly can’t afford", "direct", "Donald Trump", "Trump said"),
        (9, "NATO is costing us", "direct", "Donald Trump", "adding later"),
        (10, "I think NATO may be obsolete", "direct", "Donald Trump", "Trump declared"),
        (12, "Contract with America", "none", "", "a document's name"),
        (13, "suburbs of St. Petersburg", "partial", "Newt Gingrich",
         "Gingrich cynically dismissed ... as being in the \"...\""),
        (13, "Putin-RibbenTRUMP Pact", "partial", "Dainis Ivans", "led ... Ivans to fear a"),
    ],
    "nyt_2016-09-12_visa-program-up-for-renewal-amid": [
        (9, "massive eight-year fraudulent scheme", "partial",
         "a 52-count civil complaint (the S.E.C.'s and Vermont's complaints)",
         "According to a ... complaint ... and a ... complaint"),
        (9, "systematically looted", "partial",
         "a 52-count civil complaint (the S.E.C.'s and Vermont's complaints)", "same cue"),
        (12, "The program has become plagued", "direct",
         "Charles E. Grassley and Patrick J. Leahy", "they wrote (the senators' letter)"),
        (14, "There is a need for more", "direct", "Ronald R. Fieldstone", "said X"),
        (14, "If there is no independence", "direct", "Ronald R. Fieldstone",
         "continues, no cue"),
        (16, "targeted employment area", "none", "", "the program's term"),
        (19, "One of the challenges", "direct", "Angelique Brunner", "she said"),
        (19, "It's hard to convince", "direct", "Angelique Brunner", "continues"),
        (21, "lawful source of investment income", "partial",
         "a Homeland Security memo", "as a Homeland Security memo put it"),
        (22, "the drug trade, human trafficking", "partial",
         "A Government Accountability Office report", "report ... found that"),
        (23, "may try to use increasingly", "partial",
         "Officials at Homeland Security Investigations", "said they were concerned"),
        (23, "there are no safeguards", "partial", None,
         "\"the agency\": HSI or ICE (its parent), the article does not settle it"),
    ],
    "politico_2016-09-16_sanders-clinton-needs-to-get-awa": [
        (0, "get away from all of this", "partial", "Bernie Sanders",
         "headline 'Sanders: Clinton needs to '...'' (single marks)"),
        (2, "Morning Joe", "none", "", "programme title"),
        (3, "I think what she has got", "direct", "Bernie Sanders", "Sanders said"),
        (3, "Mr. Trump, do you really", "direct", "Bernie Sanders",
         "suggesting a few questions, including, \"...\""),
        (4, "honestly [doesn", "partial", "Bernie Sanders", "Sanders told ... that he \"...\""),
        (5, "This is what I know", "direct", "Bernie Sanders", "Sanders said"),
        (5, "So I would just simply", "direct", "Bernie Sanders", "continues"),
        (6, "some people", "partial", "Bernie Sanders", "the Vermont senator acknowledged"),
        (6, "but not among the vast", "partial", "Bernie Sanders", "same cue"),
        (7, "I'll tell you, there is", "direct", "Bernie Sanders", "Sanders said"),
        (7, "hundreds of years fighting", "partial", "Bernie Sanders", "going on to say that"),
    ],
    "usa-today_2016-09-08_lawmaker-urges-retaliation-on-ru": [
        (1, "sow discord", "partial", "Rep. Adam Schiff",
         "meddling the California congressman said is designed to"),
        (2, "What makes this new", "direct", "Rep. Adam Schiff", "Schiff told"),
        (2, "but the attempt to interfere", "direct", "Rep. Adam Schiff", "same cue"),
        (5, "We've had problems with cyber", "direct", "President Obama", "Obama said"),
        (5, "Our goal is not to suddenly", "direct", "President Obama",
         "after 'He didn't suggest retaliation.'"),
        (6, "really call out Russia", "partial", "Rep. Adam Schiff", "Schiff called on"),
        (7, "We know at least two states", "direct", "Rep. Adam Schiff", "he said"),
        (7, "Right now, because they paid", "direct", "Rep. Adam Schiff", "continues"),
        (9, "The other factor the", "direct", "Rep. Adam Schiff",
         "after '..., Schiff said.' in the same paragraph"),
    ],
    "wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea": [
        (7, "Let everyone know", "direct", "Fran\u00c3\u0083\u00c2\u00a7ois Hollande",
         "French President ... said (name as the text prints it, a C1 control inside)"),
        (10, "We are in such a critical", "direct", "Angela Merkel", "told reporters"),
        (12, "I am not going to follow", "direct", "Matteo Renzi", "said"),
        (12, "too little", "partial", "Matteo Renzi", "he added on Twitter"),
        (12, "Without changing policies", "direct", "Matteo Renzi", "continues"),
        (22, "The borders between internal", "direct", "Jo Coelbart", "said"),
        (24, "It was a sad moment", "direct", "Donald Tusk", "said"),
        (24, "People are concerned", "direct", "Donald Tusk", "continues"),
        (26, "With Trump jumping", "direct", "Nick Witney", "said"),
        (27, "There are plenty of things", "direct", "Nick Witney", "he said"),
    ],
    "west-journal_2016-09-23_clinton-breaks-with-obama-on-law": [
        (2, "she would sign this", "partial", "Jesse Lehrich",
         "According to Yahoo News, ... Lehrich said ... that"),
        (3, "Justice Against Sponsors", "none", "", "a bill's name"),
        (7, "If this bill were to enter", "direct", "Josh Earnest", "said"),
        (10, "The president’s rationales", "direct", "Terry Strada", "said"),
        (11, "For us, the 9/11 families", "direct", "Terry Strada", "She continued"),
        (13, "Neither the president nor", "direct", "Terry Strada", "she said"),
        (15, "Our assumption is that", "direct", "Mitch McConnell", "said"),
        (16, "trial lawyers trying to get rich", "partial", "Paul Ryan",
         "Ryan, despite admitting ... his concerns about \"...\""),
        (16, "legal matters", "partial", "Paul Ryan", "same clause"),
        (16, "do need to have their day", "partial", "Paul Ryan",
         "the sentence has no main verb; Ryan's words by its frame"),
        (17, "I do think the votes", "direct", "Paul Ryan", "he said"),
    ],
}


def paragraphs(text: str) -> list[str]:
    """The article's blocks separated by a blank line (``score.py`` builds it so)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def quotes_of(paras: list[str], name: str, rows: list[tuple]) -> list[dict]:
    """The rows of one article as gold quotes, each checked against its paragraph (a
    speaker of None marks a span no reader can assign)."""
    quotes = []
    for para, words, kind, speaker, note in rows:
        assert words in paras[para], (name, para, words)
        quotes.append({"ref": f"A:{para}", "words": words, "kind": kind,
                       "speaker": speaker or "", "resolvable": speaker is not None,
                       "note": note})
    return quotes


def write(gold: dict, here: Path, scored) -> None:
    """Write ``gold.json`` beside the builder and print its counts."""
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    "utf-8")
    qs = [q for s in gold["stories"].values() for q in s["quotes"]]
    print(f"{len(gold['stories'])} articles, {len(qs)} spans, "
          f"{sum(1 for q in qs if scored(q))} scored")


def build(data: Path) -> dict:
    """The gold, each row checked against its article."""
    stories = {}
    for name, rows in ARTICLES.items():
        paras = paragraphs((data / "polnear/dev/text" / f"{name}.txt").read_text("utf-8"))
        stories[name] = {"part": "dev", "quotes": quotes_of(paras, name, rows)}
    return {"stories": stories}


if __name__ == "__main__":
    write(build(Path(sys.argv[1])), HERE,
          lambda q: q["kind"] != "none" and q["resolvable"])

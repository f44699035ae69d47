"""Write gold/speakers-basil12/<triplet>.json from the hand annotations below.

The spans (Qn) are the untouched spans ``untouched.py`` prints ([Qn|...]Qn, numbered as
gold/speakers-basil10's finder numbers every span of the article); a span another gold
touches ([en|...]en) is not listed. The kind and speaker of each were written from the
article text alone, before newsprism was run on these stories. Writing the files is
gold/speakers-basil11's ``build`` (gold/speakers-basil9's writer: same format, same
checks), given this gold's stories, rows and touch map. Run from the repository root:

    PYTHONPATH=src python gold/speakers-basil12/build.py ../shared/data
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import untouched  # noqa: E402  (this gold's touch map)

TAX, MOTTO = "df5fe55a-dfcb-4817-8631-830f47c21a72", "2153fb3e-6b09-410c-bfea-d095c49a54ba"
CHICK, AARP = "450755dd-30d3-478b-933e-917be5c384ba", "576116e5-2b18-4d35-be73-36f5863c9468"
YEARS = {TAX: "2010", MOTTO: "2011", CHICK: "2012", AARP: "2011"}
EVENTS = {TAX: "Biden and Summers sell the tax compromise to House Democrats",
          MOTTO: "Obama mocks the House vote on 'In God We Trust'",
          CHICK: "Chick-fil-A Appreciation Day",
          AARP: "AARP open to Social Security benefit cuts"}

OBAMA, DEFAZIO, ROTHER = "Barack Obama", "Peter DeFazio", "John Rother"
# (triplet, article) -> [(Qn, kind, speaker or None (unresolvable), note)]
ANNOTATIONS: dict[tuple[str, str], list[tuple]] = {
    (TAX, "1"): [
        (3, "direct", OBAMA, "continues Obama (Mr. Obama said; no cue)"),
        (5, "partial", "John Podesta", "issued a statement calling the tax deal"),
        (9, "partial", "the letter (from Peter Welch)",
         "a letter from Representative Peter Welch ... calling the tax deal"),
        (10, "partial", "the letter (from Peter Welch)", "and (the letter)"),
        (14, "direct", "Barney Frank", "continues Frank (said Representative Barney Frank; "
         "a second paragraph-less span, no cue)"),
    ],
    (TAX, "2"): [
        (5, "direct", None, "continues the \"he told Fox News\" of the sentence before, "
         "a he after three men named together (speakers-basil3 marks that one "
         "unresolvable; probably DeFazio): unresolvable too"),
        (7, "direct", DEFAZIO, "continues DeFazio (he said; no cue), over three sentences"),
        (10, "partial", "Nancy Pelosi", "She called the estate tax provision"),
    ],
    (TAX, "3"): [
        (4, "direct", "Rob Shapiro", "continues Shapiro (he said; no cue), six sentences"),
        (7, "direct", "David Axelrod", "continues Axelrod (said senior adviser David "
         "Axelrod; no cue), six sentences"),
        (8, "direct", "Robert Gibbs", "Added Gibbs: (a fronted cue, the quotation after a "
         "colon, over two sentences)"),
    ],
    (MOTTO, "1"): [
        (0, "none", None, "the national motto"),
        (4, "direct", OBAMA, "continues Obama (Mr. Obama said to their applause; no cue)"),
        (6, "direct", OBAMA, "continues Obama (Mr. Obama said; no cue), two sentences"),
    ],
    (MOTTO, "2"): [
        (0, "none", None, "the national motto"),
        (1, "partial", OBAMA, "is ... President Obama said Wednesday"),
        (5, "direct", "the transcript (the official White House briefing transcript)",
         "it read (the transcript's asterisk note)"),
    ],
    (MOTTO, "3"): [
        (3, "direct", OBAMA, "continues Obama (Obama continued; no cue), four sentences"),
        (5, "direct", "Randy Forbes", "continues Forbes (Forbes said; no cue)"),
        (7, "none", None, "the word mentioned (the use of the word)"),
        (8, "none", None, "the word mentioned"),
    ],
    (CHICK, "1"): [
        (1, "none", None, "the name of the day"),
        (4, "none", None, "the sandwich's name"),
    ],
    (CHICK, "2"): [
        (0, "scare", None, "liked (the Facebook action)"),
        (2, "none", None, "the name of the day"),
    ],
    (CHICK, "3"): [
        (1, "direct", "Chauncy Fields", "continues Fields (told us; no cue)"),
        (3, "direct", "Chris Johnson", "Johnson told Fox News -- referring to ... --, the "
         "second span of one cue"),
        (4, "partial", "the mayor (of Washington, DC)",
         "the mayor of Washington, DC, suggested it was peddling (named only by role)"),
        (7, "direct", "Stephen Lenahan", "Lenahan says he sees a bigger issue ...; then the "
         "quotation with no cue, two sentences"),
        (9, "direct", "Demetrios Minor", "continues Minor (Minor said in a statement; no cue)"),
        (10, "none", None, "the event's name"),
    ],
    (AARP, "1"): [
        (3, "direct", "David Certner", "continues Certner (he said; no cue), three sentences"),
        (6, "direct", "Jonathan Cowan", "continues Cowan (Cowan said; no cue), two sentences"),
        (8, "direct", "one union official", "continues the unnamed union official (one "
         "union official said; no cue): named only by role"),
    ],
    (AARP, "2"): [
        (4, "partial", ROTHER, "He made clear that ... should be (Rother)"),
        (5, "partial", ROTHER, "and instead should be directed (Rother)"),
        (6, "partial", "Third Way", "Third Way ... called AARP's position"),
        (9, "direct", "Max Richtman", "continues Richtman (Mr. Richtman said; no cue)"),
        (13, "direct", ROTHER, "continues Rother (the sentence before, whose closing mark is "
         "missing: Mr. Rother said)"),
    ],
    (AARP, "3"): [
        (1, "partial", "Barry Rand", "issued a statement calling the article"),
        (11, "direct", "Jack Lew", "continues Lew (said Jack Lew; no cue)"),
    ],
}


def _basil11_build():
    """gold/speakers-basil11's build module, given this gold's rows and touch map."""
    sys.path.insert(0, str(HERE.parent / "speakers-basil11"))
    path = HERE.parent / "speakers-basil11" / "build.py"
    spec = importlib.util.spec_from_file_location("speakers_basil11_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.YEARS, module.EVENTS, module.REPLACED = YEARS, EVENTS, {}
    module.ANNOTATIONS, module.gold_touches = ANNOTATIONS, untouched.gold_touches
    return module


if __name__ == "__main__":
    _basil11_build().build(Path(sys.argv[1]), HERE)

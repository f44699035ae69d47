"""Write gold/speakers-basil11/<triplet>.json from the hand annotations below.

The spans (Qn) are the untouched spans ``untouched.py`` prints ([Qn|...]Qn, numbered as
gold/speakers-basil10's finder numbers every span of the article); a span another gold
touches ([en|...]en) is not listed. The kind and speaker of each were written from the
article text alone, before newsprism was run on these stories. A row with ``None`` for
Qn is a span written by hand (anchors, as gold/speakers-basil9), where the marks pair
wrongly. Writing the files is gold/speakers-basil9's ``build`` (same format, same
checks). Run from the repository root:

    PYTHONPATH=src python gold/speakers-basil11/build.py ../shared/data
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from untouched import gold_touches, spans, untouched

CONSTITUTION, NAACP = "a28a0329-0887-42dc-bd3d-3bb4f8926757", \
    "97b1305c-13ca-4b74-a56a-f459bd79dfaf"
ETHERIDGE, WALMART, BECK = "6b541575-99b1-40d2-8730-9bb868ee38ed", \
    "2058ec60-5372-4f5f-83a3-da780be3a350", "6f95dcb9-e960-45ac-8c0e-91b85724c909"
YEARS = {CONSTITUTION: "2011", NAACP: "2010", ETHERIDGE: "2010", WALMART: "2011",
         BECK: "2010"}
EVENTS = {CONSTITUTION: "The House reads the Constitution aloud",
          NAACP: "The NAACP resolution on racism in the Tea Party",
          ETHERIDGE: "Rep. Bob Etheridge grabs a student on video and apologizes",
          WALMART: "The Supreme Court hears the Wal-Mart sex-bias class action",
          BECK: "Glenn Beck's CPAC speech"}

NADLER, ISRAEL, CUMMINGS = "Jerrold Nadler", "Steve Israel", "Elijah Cummings"
JEALOUS, DENNIS, STL = "Benjamin Todd Jealous", "Phillip Dennis", "the St. Louis Tea Party"
RESOLUTION = "the NAACP resolution"
ORIGINAL = "the original NAACP resolution"
BE, SCALIA, KENNEDY = "Bob Etheridge", "Antonin Scalia", "Anthony Kennedy"
SELLERS, BOUTROUS, BECK_ = "Joseph M. Sellers", "Theodore J. Boutrous Jr.", "Glenn Beck"
# (triplet, article) -> [(Qn or None, kind, speaker or None, note[, Span])]
ANNOTATIONS: dict[tuple[str, str], list[tuple]] = {
    (CONSTITUTION, "1"): [
        (0, "none", None, "the Constitution's text, referred to in Article 1, Section 2 as"),
        (1, "none", None, "the Constitution's text read (the preamble)"),
        (2, "none", None, "the Constitution's text read (Article 1, Section 1)"),
    ],
    (CONSTITUTION, "2"): [
        (0, "none", None, "the wording of a House rule (reportedly a requirement that)"),
        (1, "direct", "The Washington Post", "The Washington Post reported ...:"),
        (3, "none", None, "a document's name inside Politics Daily's quotation"),
        (4, "direct", "Peter Keating", "According to Peter Keating at Vanity Fair, ..."),
        (7, "direct", "Michele Bachmann", "continues Bachmann (no cue)"),
    ],
    (CONSTITUTION, "3"): [
        (3, "scare", None, "the reading of the \"amended\" Constitution (Cummings's word?)"),
        (6, "direct", CUMMINGS, "continues Cummings (he added)"),
        (8, "partial", NADLER, "Nadler derided what he called the"),
        (9, "partial", NADLER, "as (Nadler)"),
        (10, "partial", NADLER, "and (Nadler)"),
        (14, "direct", NADLER, "continues Nadler (he told the newspaper)"),
        (17, "direct", ISRAEL, "continues Israel (no cue)"),
        (19, "partial", "Alan Brinkley", "Brinkley told Fox News ... but it is"),
        (21, "direct", "Roger Pilon", "continues Pilon (no cue)"),
    ],
    (NAACP, "1"): [
        (0, "partial", "the N.A.A.C.P. resolution (the NAACP resolution)",
         "passed a resolution ... calling for Tea Party groups to weed"),
        (2, "direct", JEALOUS, "continues Jealous (no cue)"),
        (4, "none", None, "programme title"),
        (5, "partial", "Sarah Palin", "she called on the Obamas to ... and (Palin)"),
        (6, "partial", "The St. Louis Tea Party Coalition",
         "The St. Louis Tea Party Coalition issued its own resolution ... acting as a"),
    ],
    (NAACP, "2"): [
        (0, "partial", RESOLUTION, "The NAACP adopted a resolution ... condemning"),
        (4, "direct", JEALOUS, "continues Jealous's written statement (no cue)"),
        (5, "direct", JEALOUS, "continues Jealous's written statement (no cue)"),
        (8, "partial", DENNIS, "Dennis accused the NAACP of playing the"),
        (9, "partial", DENNIS, "and called the organization (Dennis)"),
        (10, "partial", STL, "The group has drafted a resolution ... reducing itself to a"),
        (11, "partial", STL, "and (the group's resolution)"),
        (13, "partial", ORIGINAL, "But the original called for the NAACP to"),
        (18, "direct", "Bill Hennessy", "he wrote (Hennessy)"),
    ],
    (NAACP, "3"): [
        (4, "partial", ORIGINAL, "But the original called for the NAACP to"),
        (11, "direct", "Anita L. Russell", "continues Russell (no cue)"),
    ],
    (ETHERIDGE, "1"): [
        (1, "partial", "the young man (a student)", "the man ... asked if he supported the"),
        (4, "direct", BE, "the seven-term congressman demands"),
        (5, "direct", BE, "continues Etheridge (no cue)"),
        (12, "direct", None, "no cue: the line naming the speaker is missing from the article "
         "(the words are not Etheridge's)"),
        (13, "none", None, "a user name"),
    ],
    (ETHERIDGE, "2"): [
        (1, "direct", BE, "continues Etheridge's statement (no cue)"),
        (7, "direct", "Jon Thompson", "continues Thompson (no cue)"),
    ],
    (ETHERIDGE, "3"): [
        (0, "scare", None, "the self-identified"),
        (5, "direct", "Big Government (a post at Big Government)",
         "a post ... provides the following commentary ...:"),
        (7, "direct", "Mediaite", "Mediaite ... writes ... :"),
        (9, "scare", None, "inside Mediaite's quotation"),
        (11, "direct", "Brad Woodhouse", "continues Woodhouse (no cue)"),
        (13, "direct", BE, "continues Etheridge's statement (no cue)"),
    ],
    (WALMART, "1"): [
        (4, "direct", SCALIA, "continues Scalia (no cue)"),
        (7, "partial", SELLERS, "Managers, he went on, (Sellers)"),
        (11, "direct", BOUTROUS, "continues Boutrous (no cue)"),
        (None, "direct", BOUTROUS, "continues Boutrous (no cue); the closing mark is missing",
         ((23, 1, "“Then he says"), (23, 3, "due process."))),
        (24, "partial", SELLERS, "He added later that (Sellers)"),
        (29, "direct", "Samuel A. Alito Jr.", "continues Alito (no cue)"),
    ],
    (WALMART, "2"): [
        (1, "direct", KENNEDY, "continues Kennedy (no cue)"),
        (6, "direct", "Betty Dukes", "continues Dukes, saying (the sentence before)"),
        (8, "direct", "Theodore Boutrous", "continues Boutrous (no cue)"),
    ],
    (WALMART, "3"): [
        (1, "direct", KENNEDY, "continues Kennedy (no cue)"),
        (5, "partial", SCALIA, "continues Scalia (no cue)"),
        (8, "partial", "Theodore Boutrous Jr.", "He pointed to ... who (Boutrous)"),
    ],
    (BECK, "1"): [
        (0, "scare", None, "blamed (the speech's word)"),
        (1, "none", None, "the word he wrote on the board"),
        (2, "direct", "someone (in the audience)", "someone shouted"),
        (5, "direct", BECK_, "continues Beck (no cue)"),
        (8, "direct", "Cynthia Burgiss", "continues Burgiss (no cue)"),
        (9, "partial", "Cynthia Burgiss", "She ... called him a"),
    ],
    (BECK, "2"): [
        (3, "direct", BECK_, "he posited (Beck)"),
        (4, "direct", BECK_, "he posited (Beck), second span"),
    ],
    (BECK, "3"): [
        (2, "partial", BECK_, "Moreover, it (continues Beck)"),
        (4, "direct", BECK_, "continues Beck (no cue)"),
        (6, "direct", BECK_, "continues Beck (no cue)"),
        (None, "direct", BECK_, "the Fox News host complained, is; the marks pair wrongly "
         "from 3:7:1 on", ((11, 0, "we need a big tent."), (11, 2, "sets people free."))),
    ],
}


# untouched spans whose marks pair wrongly, replaced by a span written by hand
REPLACED = {(WALMART, "1"): {19}, (BECK, "3"): {10}}


def _check_selection(data: Path) -> None:
    """Every untouched span is annotated, and no annotated span is another gold's."""
    touch = gold_touches()
    for (trip, n), rows in ANNOTATIONS.items():
        free = untouched(trip, n, YEARS[trip], data, touch)
        listed = {r[0] for r in rows if r[0] is not None}
        expected = {k for k, f in enumerate(free) if f}
        expected -= REPLACED.get((trip, n), set())
        if listed != expected:
            print(f"note: {trip[:8]}_{n}: listed {sorted(listed)}, untouched now "
                  f"{sorted(expected)}", file=sys.stderr)


def kept_spans(trip: str, n: str, year: str, data: Path):
    """The finder's spans of the annotated rows, in row order (a row written by hand
    keeps a place that its anchors fill)."""
    a, sents, found = spans(trip, n, year, data)
    rows = ANNOTATIONS.get((trip, n), [])
    return a, sents, [found[r[0] if r[0] is not None else 0] for r in rows]


def _renumbered() -> dict[tuple[str, str], list[tuple]]:
    """The annotations numbered as ``kept_spans`` returns them."""
    return {key: [(k, *r[1:]) if r[0] is not None else r for k, r in enumerate(rows)]
            for key, rows in ANNOTATIONS.items()}


def build(data: Path, out: Path) -> None:
    """gold/speakers-basil9's writer, given this gold's years, events, spans and rows."""
    _check_selection(data)
    path = Path(__file__).resolve().parents[1] / "speakers-basil9" / "build.py"
    spec = importlib.util.spec_from_file_location("speakers_basil9_build", path)
    basil9 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(basil9)
    basil9.YEARS, basil9.EVENTS = YEARS, EVENTS
    basil9.ANNOTATIONS, basil9.spans = _renumbered(), kept_spans
    basil9.build(data, out)


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(__file__).parent)

"""Write gold/speakers-basil10/<triplet>.json from the hand annotations below.

The spans (Qn) are the quoted spans that spans.py finds and prints in each article; the
kind and speaker of each were written from the article text alone, before newsprism was
run on these stories. A span that another gold already annotates (``ELSEWHERE``, the gold
named in the note) is listed so that the numbering follows the printout, and left out of
the files, so that no quote is counted twice. Writing the files is gold/speakers-basil9's
``build`` (same format, same checks), given this gold's finder and annotations. Run from
the repository root:

    PYTHONPATH=src python gold/speakers-basil10/build.py ../shared/data
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import spans

ELSEWHERE = "elsewhere"
SANTORUM, DEBT, STEELE = "65cb14cb-2d27-41e5-a2be-6fd6314f4363", \
    "cad4bba5-cf97-45cb-8059-ebeb47dcec7a", "74708dbf-5dfc-4c66-8419-d7dbc00e4a06"
ROMNEY, BENGHAZI, LABRADOR = "8dc7ccfe-5cf0-482f-9101-a7c69881da4d", \
    "9879bbc0-eab3-482f-bf6b-a4b519393986", "c99adbdd-eaf3-4844-9548-2642e80de4e2"
MCCARTHY, DEBATE = "ccf19ab6-7878-4378-b99c-2b08cc21371f", "b5eefefb-2a33-45de-abe1-f855c94165f4"
YEARS = {SANTORUM: "2012", DEBT: "2012", STEELE: "2010", ROMNEY: "2012", BENGHAZI: "2013",
         LABRADOR: "2014", MCCARTHY: "2014", DEBATE: "2012"}
EVENTS = {SANTORUM: "Santorum on Obama's 'phony theology'",
          DEBT: "Obama and Boehner meet on the fiscal cliff",
          STEELE: "Steele to announce whether he runs again for RNC chair",
          ROMNEY: "Romney reaffirms his opposition to same-sex marriage",
          BENGHAZI: "Clinton testifies on Benghazi",
          LABRADOR: "Labrador runs for House majority leader",
          MCCARTHY: "McCarthy and the House Republicans' immigration principles",
          DEBATE: "The Biden-Ryan debate"}

RS, GIBBS, LABOLT, CORKER = "Rick Santorum", "Robert Gibbs", "Ben Labolt", "Bob Corker"
MR, HC, HRC, RL = "Mitt Romney", "Hillary Clinton", "Hillary Rodham Clinton", "Raul Labrador"
RRL, BIDEN, RYAN = "Raúl R. Labrador", "Joe Biden", "Paul Ryan"
PRON, QV, B2 = "gold/speakers-pronouns", "gold/quote-variants", "gold/speakers-basil2"
# (triplet, article) -> [(Qn or None, kind, speaker or None, note[, Span])]; a Span is
# ((paragraph, sentence, start text), (paragraph, sentence, end text)), as in basil9.
ANNOTATIONS: dict[tuple[str, str], list[tuple]] = {
    (SANTORUM, "2"): [
        (0, "partial", RS, "Santorum ... when he referred to his"),
        (1, "direct", RS, "Santorum said."),
        (2, "direct", RS, "he said (Santorum)"),
        (3, "direct", RS, "continues Santorum; the quotation runs on in the next paragraph"),
        (4, "direct", RS, "Santorum said."),
        (5, "direct", GIBBS, "said Robert Gibbs"),
        (6, "direct", GIBBS, "he said (Gibbs)"),
        (7, "partial", RS, "Santorum told voters that Obama's agenda is"),
        (8, "partial", LABOLT, "Labolt also issued a statement ... The comment was (LaBolt said)"),
        (9, "partial", LABOLT, "LaBolt said."),
        (10, "none", None, "the word mentioned"),
        (11, "partial", RS, "Santorum ... said Sunday that ... he was referring to a"),
        (12, "partial", RS, "Santorum continued, suggests ... claims that"),
        (13, "direct", RS, "Santorum said."),
        (14, "direct", RS, "he said (Santorum)"),
        (15, "partial", GIBBS, "Gibbs said it's time to get off the"),
        (16, "partial", GIBBS, "while Gibbs said ..., comments like Santorum's show that"),
        (17, "none", None, "programme title"),
        (18, "none", None, "programme title"),
    ],
    (DEBT, "1"): [
        (0, "direct", "the statements", "said the statements (identical, of both camps)"),
        (1, "direct", "the statements", "continues the statements (no cue)"),
        (2, ELSEWHERE, None, PRON),
        (3, "direct", "Jay Carney", "Carney said at his daily briefing."),
        (4, "direct", "Jay Carney", "continues Carney (no cue)"),
    ],
    (DEBT, "3"): [
        (0, "partial", "John Boehner", "Boehner publicly chided Obama ... accusing ... of having"),
        (1, "direct", "the statement released by each office", "the statement ... said"),
        (2, "none", None, "programme title"),
        (3, "direct", CORKER, "Corker said."),
        (4, "direct", CORKER, "Corker said on"),
        (5, "none", None, "programme title"),
        (6, "direct", CORKER, "continues Corker (no cue)"),
        (7, "partial", "Barack Obama", "Obama recently warned that he will not"),
        (8, "direct", "Barack Obama", "the president said."),
        (9, ELSEWHERE, None, PRON),
        (10, "none", None, "programme title"),
        (11, "partial", "Dick Durbin", "Durbin countered that Obama"),
    ],
    (STEELE, "1"): [
        (0, "direct", "Michael Steele", "Mr. Steele wrote in a message"),
        (1, "direct", "Michael Steele", "continues Steele's message (no cue)"),
    ],
    (STEELE, "2"): [
        (0, "none", None, "an e-mail's subject line"),
        (1, ELSEWHERE, None, PRON),
    ],
    (ROMNEY, "1"): [
        (0, ELSEWHERE, None, QV),
        (1, "direct", MR, "Mr. Romney told a CBS affiliate"),
        (2, "direct", MR, "continues Romney (no cue)"),
        (3, "direct", MR, "he said Wednesday (Romney)"),
        (4, "direct", MR, "Mr. Romney said Wednesday."),
        (5, "direct", "Maggie Gallagher", "said Maggie Gallagher"),
        (6, "partial", "Maggie Gallagher", "She called the president's decision"),
        (7, "partial", "Evan Wolfson", "Evan Wolfson ... said that now"),
        (8, "partial", MR, "Mr. Romney ... complained that the state had become"),
        (9, "partial", MR, "he warned a conservative audience that"),
        (10, "partial", MR, "Mr. Romney vowed to seek ... in a letter"),
    ],
    (ROMNEY, "2"): [
        (0, "partial", MR, "Romney said ... the same position he's had since he"),
        (1, "direct", MR, "he told reporters (Romney)"),
        (2, "direct", "Barack Obama", "Obama stated."),
        (3, ELSEWHERE, None, QV),
        (4, ELSEWHERE, None, QV),
        (5, "direct", MR, "Romney said."),
        (6, "direct", LABOLT, "Ben Labolt tweeted,"),
    ],
    (ROMNEY, "3"): [
        (0, "direct", MR, "Romney told reporters"),
        (1, ELSEWHERE, None, QV),
        (2, "partial", RS, "Santorum ... put out a statement ... that claimed Obama"),
        (3, ELSEWHERE, None, QV),
        (4, ELSEWHERE, None, QV),
        (5, "direct", MR, "Romney told Denver Fox affiliate"),
    ],
    (BENGHAZI, "1"): [
        (0, "direct", "Gregory Meeks", "Rep. Gregory Meeks ... said"),
        (1, "partial", HC, "Clinton ... affirmed their claims, saying budget issues are a"),
        (2, "direct", "Charlene Lamb", "she said: (Lamb)"),
        (3, ELSEWHERE, None, PRON),
        (4, "direct", "Charlene Lamb", "Lamb said:"),
        (5, "direct", HC, "Clinton said."),
        (6, "partial", "Dana Rohrabacher", "Rep. Dana Rohrabacher ... said"),
        (7, "partial", "the Aug. 16 cable (that cable)", "That cable ... warned"),
        (8, "direct", HC, "Clinton said."),
        (9, "direct", HC, "continues Clinton (no cue)"),
        (10, "partial", "Michael McCaul", "Rep. Michael McCaul ... said"),
        (11, ELSEWHERE, None, PRON),
        (12, "partial", HC, "Clinton said it was"),
        (13, "partial", HC, "Clinton said ... that"),
        (14, "partial", HC, "Clinton said ... were found in the"),
        (15, "partial", HC, "Clinton ... and said"),
        (16, "partial", HC, "The secretary tried to explain that"),
        (17, "partial", HC, "continues the secretary's explanation (no cue)"),
        (18, ELSEWHERE, None, PRON),
        (19, "partial", "Rand Paul", "He claimed (Paul)"),
        (20, "direct", "Rand Paul", "Paul said."),
    ],
    (BENGHAZI, "2"): [
        (0, "direct", HC, "Clinton said"),
        (1, "direct", HC, "continues Clinton (no cue; she quotes the ARB inside)"),
        (2, ELSEWHERE, None, PRON),
        (None, "direct", HC, "continues Clinton (no cue; mark never closed)",
         ((12, 1, '"I recommend'), (12, 1, "here today."))),
        (None, "direct", "Jeff Duncan", "To which Duncan replied:",
         ((13, 0, '"It was'), (13, 1, 'was."'))),
    ],
    (BENGHAZI, "3"): [
        (0, ELSEWHERE, None, PRON),
        (1, "direct", HRC, "continues Clinton (no cue)"),
        (2, ELSEWHERE, None, PRON),
        (3, "direct", HRC, "continues Clinton (no cue)"),
        (4, "direct", HRC, "Mrs. Clinton told the Senate Foreign Relations Committee"),
        (5, "direct", HRC, "continues Clinton (no cue)"),
        (6, "direct", HRC, "Mrs. Clinton said"),
        (7, "direct", HRC, "continues Clinton (no cue)"),
        (8, "direct", "John McCain", "Senator John McCain ... began ... by saying,"),
        (9, ELSEWHERE, None, PRON),
        (10, "direct", HRC, "Mrs. Clinton said."),
        (11, "direct", CORKER, "Mr. Corker said."),
        (12, ELSEWHERE, None, PRON),
        (13, "direct", HRC, "continues Clinton (no cue)"),
        (14, ELSEWHERE, None, PRON),
        (15, "direct", HRC, "continues Clinton (no cue)"),
    ],
    (LABRADOR, "1"): [
        (0, "direct", RL, "Labrador ... said in his announcement"),
        (1, "direct", RL, "continues Labrador (no cue)"),
        (2, "direct", RL, "Labrador said in his statement,"),
        (3, "direct", RL, "second span under Labrador's cue"),
        (4, "direct", RL, "Labrador says this about himself on his website:"),
        (5, "direct", "Raul Labrador's website (his website)", "it says (the website)"),
        (6, "direct", "Raul Labrador's website (his website)", "continues the website (no cue)"),
        (7, "direct", "Steve King", "Rep. Steve King ... tweeted"),
    ],
    (LABRADOR, "2"): [
        (0, "direct", RL, "Labrador said in a statement."),
        (1, ELSEWHERE, None, PRON),
        (2, "direct", "Rand Paul", "Paul told reporters"),
    ],
    (LABRADOR, "3"): [
        (0, "direct", RRL, "Mr. Labrador ... said in a statement."),
        (1, "direct", RRL, "continues Labrador (no cue)"),
        (2, "direct", "Louie Gohmert", "Representative Louie Gohmert ... said"),
        (3, "direct", "Louie Gohmert", "continues Gohmert (no cue)"),
        (4, "direct", "FreedomWorks' website (FreedomWorks)", "FreedomWorks' website said"),
        (5, "direct", "Matt Kibbe", "Mr. Kibbe said."),
        (6, ELSEWHERE, None, PRON),
        (7, "direct", "Justin Amash", "Mr. Amash said"),
        (8, "direct", "Justin Amash", "continues Amash (no cue)"),
    ],
    (MCCARTHY, "1"): [
        (0, "direct", "Kevin McCarthy", "McCarthy told KBFX"),
        (1, "direct", "Kevin McCarthy", "continues McCarthy (no cue)"),
        (2, ELSEWHERE, None, PRON),
    ],
    (MCCARTHY, "2"): [
        (0, "direct", "Michael R. Bloomberg", "Michael R. Bloomberg ... said"),
        (1, ELSEWHERE, None, PRON),
        (2, "scare", None, "the conservatives' label"),
        (3, "direct", "Andy Harris", "said Representative Andy Harris"),
        (4, "direct", "Andy Harris", "continues Harris (no cue)"),
        (5, "direct", RRL, "Mr. Labrador said."),
        (6, "direct", RRL, "continues Labrador (no cue)"),
        (7, "direct", "Charles E. Schumer", "Senator Charles E. Schumer ... said:"),
    ],
    (MCCARTHY, "3"): [
        (0, "none", None, "a document's name"),
        (1, ELSEWHERE, None, PRON),
        (2, "direct", "Kevin McCarthy", "continues McCarthy (no cue)"),
        (3, "none", None, "a document's name"),
        (4, "direct", "Charles Schumer", "Schumer ... was quoted in The Hill as saying:"),
    ],
    (DEBATE, "1"): [
        (0, ELSEWHERE, None, B2), (1, ELSEWHERE, None, B2), (2, ELSEWHERE, None, B2),
        (3, "direct", RYAN, "Ryan shot back, ...:"),
        (4, ELSEWHERE, None, B2),
        (5, "partial", RYAN, "Ryan accused Obama of"),
        (6, ELSEWHERE, None, B2), (7, ELSEWHERE, None, B2), (8, ELSEWHERE, None, B2),
        (9, "direct", BIDEN, "Biden was quick to retort:"),
        (10, ELSEWHERE, None, B2),
        (11, "partial", BIDEN, "Biden also criticized Romney for making a"),
        (12, ELSEWHERE, None, B2), (13, ELSEWHERE, None, B2), (14, ELSEWHERE, None, B2),
        (15, ELSEWHERE, None, B2),
        (16, "direct", RYAN, "Ryan shot back:"),
        (17, ELSEWHERE, None, B2), (18, ELSEWHERE, None, B2), (19, ELSEWHERE, None, B2),
        (20, ELSEWHERE, None, B2), (21, ELSEWHERE, None, B2),
    ],
    (DEBATE, "2"): [
        (0, ELSEWHERE, None, B2), (1, ELSEWHERE, None, B2), (2, ELSEWHERE, None, B2),
        (3, ELSEWHERE, None, B2),
        (4, "partial", "Andrew Sullivan", "Sullivan ... called the night"),
        (5, "partial", "Andrew Sullivan", "and called Ryan (Sullivan)"),
        (6, ELSEWHERE, None, B2), (7, ELSEWHERE, None, B2), (8, ELSEWHERE, None, B2),
        (9, "direct", "Jason Chaffetz", "continues Chaffetz (no cue)"),
        (10, ELSEWHERE, None, B2), (11, ELSEWHERE, None, B2), (12, ELSEWHERE, None, B2),
        (13, "partial", "Tim Miller", "Tim Miller called Biden"),
        (14, ELSEWHERE, None, B2), (15, ELSEWHERE, None, B2), (16, ELSEWHERE, None, B2),
        (17, ELSEWHERE, None, B2), (18, ELSEWHERE, None, B2),
        (19, "direct", "Jim Messina", "continues Messina (no cue)"),
        (20, ELSEWHERE, None, B2), (21, ELSEWHERE, None, B2), (22, ELSEWHERE, None, B2),
        (23, ELSEWHERE, None, B2),
    ],
    (DEBATE, "3"): [
        (0, ELSEWHERE, None, B2),
        (1, "partial", BIDEN, "Mr. Biden ... addressing his opponent as"),
        (2, "partial", BIDEN, "but dismissing his arguments as (Biden)"),
        (3, ELSEWHERE, None, B2), (4, ELSEWHERE, None, B2), (5, ELSEWHERE, None, B2),
        (6, "direct", BIDEN, "continues Biden (no cue)"),
        (7, "partial", MR, "Mr. Romney's infamous remark ... about the"),
        (8, ELSEWHERE, None, B2),
    ],
}


def kept_spans(trip: str, n: str, year: str, data: Path):
    """This gold's finder without the spans another gold annotates, one per kept row
    (a row written by hand keeps a place that its anchors fill)."""
    a, sents, found = spans(trip, n, year, data)
    rows = [r for r in ANNOTATIONS.get((trip, n), []) if r[1] != ELSEWHERE]
    return a, sents, [found[r[0] if r[0] is not None else 0] for r in rows]


def _renumbered() -> dict[tuple[str, str], list[tuple]]:
    """The annotations without ``ELSEWHERE`` rows, numbered as ``kept_spans`` finds."""
    out = {}
    for key, rows in ANNOTATIONS.items():
        kept = [r for r in rows if r[1] != ELSEWHERE]
        out[key] = [(k, *r[1:]) if r[0] is not None else r for k, r in enumerate(kept)]
    return out


def build(data: Path, out: Path) -> None:
    """gold/speakers-basil9's writer, given this gold's years, events, spans and rows."""
    path = Path(__file__).resolve().parents[1] / "speakers-basil9" / "build.py"
    spec = importlib.util.spec_from_file_location("speakers_basil9_build", path)
    basil9 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(basil9)
    basil9.YEARS, basil9.EVENTS = YEARS, EVENTS
    basil9.ANNOTATIONS, basil9.spans = _renumbered(), kept_spans
    basil9.build(data, out)


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(__file__).parent)

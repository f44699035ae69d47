"""Write gold/speakers-basil9/<triplet>.json from the hand annotations below.

The spans (Qn) are the quoted spans that spans.py finds and prints in each article; the
kind and speaker of each were written from the article text alone, before newsprism was
run on these stories. Where the source drops a quotation mark, so that the pairs found
are not the quotes, the span is written by hand from its words (``Span`` anchors: the
span starts where the first text starts and ends where the second ends). Run from the
repository root:

    PYTHONPATH=src python gold/speakers-basil9/build.py ../shared/data
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import spans  # noqa: E402

from newsprism.eval.basil import read_basil  # noqa: E402
from newsprism.eval.compare_gold import sentence_hash  # noqa: E402

# A span written by hand: ((paragraph, sentence, start text), (paragraph, sentence, end text))
Span = tuple[tuple[int, int, str], tuple[int, int, str]]

GUNS, NRA_REPORT, IRS_GAY = "526cabb7-02a3-4adb-8e90-ec781c40c498", \
    "68748e7f-cf6e-4ac7-8504-454c0876880d", "70c744ad-e950-445c-8a7a-0782b0a7d20b"
LERNER, COWAN, BREWER = "84678e18-0b79-4570-9c9f-cb1cf88d968e", \
    "d3a1ce0a-fc48-4827-a278-8f0ce8c7a519", "58ed2376-35a0-453a-a08e-5cd87e3bdea5"
POT, WEINER = "b764f81f-6d08-4d7c-b1a8-8961bed0a455", "c21cb217-3e2c-49bd-884d-5c74a165ef10"
YEARS = {GUNS: "2013", NRA_REPORT: "2013", IRS_GAY: "2013", LERNER: "2013", COWAN: "2013",
         BREWER: "2014", POT: "2014", WEINER: "2011"}
EVENTS = {GUNS: "Obama's gun-violence plan", NRA_REPORT: "The NRA-funded school-safety report",
          IRS_GAY: "The IRS recognises same-sex marriages for tax filing",
          LERNER: "Lois Lerner invokes the Fifth Amendment",
          COWAN: "Deval Patrick names Mo Cowan to Kerry's Senate seat",
          BREWER: "Arizona's SB 1062 and Brewer's veto",
          POT: "Nebraska and Oklahoma sue Colorado over marijuana",
          WEINER: "Weiner denies sending a lewd photo"}

BO, NRA, AH = "Barack Obama", "National Rifle Association", "Asa Hutchinson"
LEW, GRIFFIN, LERNER_, COWAN_ = "Jacob Lew", "Chad Griffin", "Lois Lerner", "William Cowan"
PATRICK, HERROD, SUTHERS, BRUNING = "Deval Patrick", "Cathi Herrod", "John Suthers", "Jon Bruning"
SUIT, AW = "the lawsuit", "Anthony Weiner"
SENATORS = "three Republican state senators (Adam Driggs, Steve Pierce, Bob Worsley)"
OFFICIAL = "a senior administration official"
LETTER = "William Taylor III's letter (the letter)"
# (triplet, article) -> [(Qn or None, kind, speaker or None, note[, Span])]
ANNOTATIONS: dict[tuple[str, str], list[tuple]] = {
    (GUNS, "1"): [
        (0, "partial", BO, "Mr. Obama said a task force ... had (mark never closed)"),
        (1, "direct", BO, "He added: (Obama)"),
        (2, "direct", "Steve Stockman", "Mr. Stockman said in a statement"),
        (3, "direct", "Mike Thompson", "said Representative Mike Thompson"),
        (4, "direct", "Mike Thompson", "continues Thompson (no cue)"),
        (5, "partial", "Jackie Speier", "Speier said Biden had informed lawmakers that there are"),
        (6, "partial", "Jackie Speier", "Ms. Speier said ... is part of the"),
        (7, "partial", "Rahm Emanuel", "Rahm Emanuel ... said that the president should"),
        (8, "direct", "Rahm Emanuel", "Mr. Emanuel said"),
        (9, "direct", "Matt Bennett", "Matt Bennett, a spokesman for Third Way, said"),
        (10, "direct", "Matt Bennett", "continues Bennett (no cue)"),
    ],
    (GUNS, "2"): [
        (0, "partial", BO, "The president ... said he would use"),
        (1, "direct", BO, "Obama said"),
        (2, "direct", BO, "continues Obama (no cue)"),
        (3, "partial", None, "the plan's wording, no speaker cue"),
        (4, "partial", None, "the plan's wording, no speaker cue"),
        (5, "partial", "Marco Rubio", "Rubio accused Obama of trying to"),
        (6, "direct", "Marco Rubio", "he said (Rubio)"),
        (7, "partial", "Harry Reid", "Harry Reid said"),
        (8, "direct", "Rick Perry", "Rick Perry, in a written statement, said:"),
        (9, "partial", NRA, "The group's first ad called Obama an"),
        (10, "direct", "Michael Steel", "Boehner spokesman Michael Steel said"),
    ],
    (GUNS, "3"): [
        (0, "direct", BO, "Obama said"),
        (1, "direct", BO, "continues Obama (no cue)"),
        (2, "direct", BO, "said the president"),
        (3, "direct", BO, "continues Obama (no cue)"),
        (4, "direct", "Josh Horowitz", "said Josh Horowitz"),
        (5, "direct", "Josh Horowitz", "continues Horowitz (no cue)"),
        (6, "direct", BO, "said Obama"),
        (7, "direct", BO, "continues Obama (no cue)"),
        (8, "direct", BO, "he continued (Obama)"),
        (9, "direct", BO, "continues Obama (no cue)"),
        (10, "direct", NRA, "the NRA said"),
        (11, "direct", NRA, "continues the NRA (no cue)"),
        (12, "partial", NRA, "an advertising campaign attacking Obama as an (the group's)"),
        (13, "direct", OFFICIAL, "said a senior administration official"),
        (14, "direct", OFFICIAL, "continues the official (no cue)"),
        (15, "direct", OFFICIAL, "said a senior administration official"),
        (16, "direct", OFFICIAL, "continues the official (no cue)"),
    ],
    (NRA_REPORT, "1"): [
        (0, "partial", "the report", "The report ... recommended ... to provide"),
        (1, "direct", AH, "Hutchinson said"),
        (2, "partial", AH, "He added that the report found that"),
        (3, "partial", AH, "same sentence, second span under He added"),
        (4, "partial", None, "the report's wording, no cue"),
        (5, "partial", AH, "Hutchinson said, adding,"),
        (6, "partial", "Randi Weingarten", "Randi Weingarten called the report"),
        (7, "partial", "Randi Weingarten", "adding that the findings"),
        (8, "partial", NRA, "The NRA said it needs"),
        (9, "partial", NRA, "it commended Hutchinson ... for contributions that"),
        (10, "partial", AH, "Hutchinson said ... met with"),
        (11, "partial", AH, "Hutchinson said he had"),
        (12, "partial", AH, "Hutchinson called them"),
        (13, "direct", AH, "he said (Hutchinson)"),
        (14, "partial", "Mark Mattioli", "Mattioli praised the NRA"),
    ],
    (NRA_REPORT, "2"): [
        (0, "partial", "an officer", "one (of a dozen officers) warned photographers to"),
        (1, "partial", AH, "conclusions is that ..., Mr. Hutchinson said"),
        (2, "direct", "Mike Thompson", "said Representative Mike Thompson"),
        (3, "direct", "Mike Thompson", "continues Thompson (no cue)"),
        (4, "partial", "Marian Wright Edelman", "criticized the study as"),
        (5, "direct", "Mark Mattioli", "said Mr. Mattioli"),
        (6, "direct", "Mark Mattioli", "continues Mattioli (no cue)"),
        (7, "scare", None, "a term of the Indiana proposal"),
    ],
    (NRA_REPORT, "3"): [
        (0, "partial", AH, "he said it's"),
        (1, "partial", AH, "acknowledged these decisions are"),
        (2, "scare", None, "a \"model\" state law"),
        (3, "direct", AH, "he said (Hutchinson; his group in the sentence before)"),
        (4, "direct", AH, "continues Hutchinson (no cue)"),
        (5, "direct", "Wayne LaPierre", "he said (LaPierre)"),
        (6, "direct", "Wayne LaPierre", "continues LaPierre (no cue)"),
        (7, "direct", "Wayne LaPierre", "He added: (LaPierre)"),
    ],
    (IRS_GAY, "1"): [
        (0, "direct", LEW, "Treasury Secretary Jacob Lew said in a written statement"),
        (1, "partial", GRIFFIN, "Chad Griffin said that"),
        (2, "direct", GRIFFIN, "He added, (Griffin)"),
        (3, "partial", "Brian Brown", "Brian Brown ... believes that"),
        (4, "direct", "Brian Brown", "Brown said in a written statement"),
        (5, "direct", "Brian Brown", "continues Brown (no cue)"),
    ],
    (IRS_GAY, "2"): [
        (0, "none", None, "a filing status"),
        (1, "none", None, "a filing status"),
        (2, "direct", LEW, "Treasury Secretary Jacob J. Lew said"),
        (3, "direct", LEW, "continues Lew (no cue)"),
        (4, "direct", GRIFFIN, "said Chad Griffin"),
        (5, "direct", GRIFFIN, "continues Griffin (no cue)"),
        (6, "scare", None, "a tax term"),
        (7, "direct", "Nanette Lee Miller", "said Nanette Lee Miller"),
        (8, "direct", "Marvin Kirsner", "Marvin Kirsner ... said in an e-mail"),
        (9, "direct", "Marvin Kirsner", "He added, (Kirsner)"),
        (10, "direct", "Marvin Kirsner", "continues Kirsner after He added,"),
        (11, "partial", "Roberton Williams", "Mr. Williams said, describing it as a"),
        (12, "partial", "the Health and Human Services Department", "HHS said ..., clarifying"),
        (13, "none", None, "the name of a standard"),
        (14, "none", None, "the name of a standard"),
        (15, "direct", "Nanette Lee Miller", "Ms. Miller said"),
    ],
    (IRS_GAY, "3"): [
        (0, "direct", LEW, "Lew said in a statement"),
        (1, "direct", LEW, "continues Lew (no cue)"),
        (2, "direct", GRIFFIN, "said ... Chad Griffin"),
        (3, "direct", GRIFFIN, "continues Griffin (no cue)"),
    ],
    (LERNER, "1"): [
        (0, "direct", LERNER_, "she admitted (Lerner)"),
        (1, "partial", "Joseph Crowley", "Crowley asked her if she could"),
        (2, "direct", LERNER_, "She said:"),
        (3, "direct", "Joseph Crowley", "he said (Crowley)"),
        (4, "partial", "James Bopp", "James Bopp said he was"),
        (5, "direct", "James Bopp", "he said (Bopp)"),
        (6, "direct", "James Bopp", "he said (Bopp)"),
        (7, "direct", LERNER_, "she said (Lerner)"),
        (8, "direct", LERNER_, "continues Lerner (no cue)"),
    ],
    (LERNER, "2"): [
        (0, "direct", LERNER_, "said Ms. Lerner"),
        (1, "direct", LERNER_, "continues Lerner (no cue)"),
        (2, "direct", "Trey Gowdy", "said Representative Trey Gowdy"),
        (3, "direct", "Trey Gowdy", "continues Gowdy (no cue)"),
        (4, "direct", "Darrell Issa", "Mr. Issa said"),
        (5, "direct", "Elijah E. Cummings", "he said (Cummings)"),
        (6, "direct", "Elijah E. Cummings", "continues Cummings (no cue)"),
        (7, "direct", "Elijah E. Cummings", "he said (Cummings)"),
        (8, "direct", "J. Russell George", "he said (Mr. George)"),
        (9, "direct", "Jim Jordan", "he said (Jordan)"),
        (10, "direct", "Jim Jordan", "continues Jordan (no cue)"),
        (11, "direct", "James Lankford", "he said (Lankford)"),
        (12, "direct", "Stephen F. Lynch", "he said (Lynch)"),
        (13, "direct", "Stephen F. Lynch", "continues Lynch (no cue)"),
        (14, "direct", "Jim Jordan", "Mr. Jordan said"),
        (15, "direct", "Douglas H. Shulman", "he said (Shulman, subject; Connolly asked)"),
    ],
    (LERNER, "3"): [
        (0, "direct", LETTER, "the letter ... reads (from her lawyer William Taylor III)"),
        (1, "partial", LETTER, "The letter from Taylor states that her testimony would"),
        (2, "none", None, "a name in the criteria"),
        (3, "none", None, "a name in the criteria"),
        (4, "partial", "the committee", "a request ... from the committee ... why she gave"),
        (5, "direct", "Ali Ahmad", "committee spokesman Ali Ahmad said in a statement"),
        (6, "direct", "Ali Ahmad", "continues Ahmad (no cue)"),
    ],
    (COWAN, "1"): [
        (0, "none", None, "a nickname"),
        (1, "direct", PATRICK, "Patrick said"),
        (2, "direct", COWAN_, "said Cowen (the article's misspelling)"),
        (3, "partial", COWAN_, "Cowmen (misspelt) also emphasized that his assignment is"),
    ],
    (COWAN, "2"): [
        (0, "none", None, "a nickname"),
        (1, "direct", "Tim Murray", "Murray said of Cowan"),
        (2, "direct", "Tim Murray", "continues Murray (no cue)"),
        (3, "direct", PATRICK, "Patrick said to laughs"),
        (4, "partial", PATRICK, "Patrick said ..., adding,"),
        (5, "partial", COWAN_, "He said there would be (Cowan)"),
        (6, "partial", COWAN_, "he said the (Cowan)"),
        (7, "partial", COWAN_, "he said the ... was a (Cowan)"),
        (8, "direct", COWAN_, "he said (Cowan)"),
        (9, "direct", COWAN_, "he said, (Cowan)"),
        (10, "direct", "Barney Frank", "he said (Frank, in a brief statement)"),
        (11, "direct", "Barney Frank", "continues Frank (no cue)"),
        (12, "partial", "the Associated Press", "the Associated Press reported ... that he was"),
    ],
    (COWAN, "3"): [
        (0, "direct", COWAN_, "he vowed (Cowan)"),
        (1, "direct", "Timothy Murray", "Lt. Gov. Timothy Murray said of Mr. Cowan"),
        (2, "direct", "Timothy Murray", "same sentence, after the cue"),
        (3, "direct", COWAN_, "he said, (Cowan)"),
        (4, "partial", COWAN_, "he called for (Cowan)"),
        (5, "direct", COWAN_, "he said (Cowan)"),
        (6, "direct", PATRICK, "the governor replied"),
    ],
    (BREWER, "1"): [
        (0, "direct", "Doug Cole", "said Doug Cole"),
        (1, "direct", "Doug Cole", "he said (Cole)"),
        (2, "direct", "Doug Cole", "continues Cole (no cue)"),
        (3, "partial", "some Republican senators", "they cite"),
        (4, "partial", "Democrats", "Democrats ... call SB1062"),
        (5, "direct", "Steve Gallardo", "said Sen. Steve Gallardo"),
        (6, "direct", "Steve Gallardo", "continues Gallardo (no cue)"),
        (7, "partial", HERROD, "what she called"),
        (8, "direct", HERROD, "she said (Herrod)"),
        (9, "direct", HERROD, "continues Herrod; the source never closes it",
         ((14, 1, '"Throw'), (14, 1, "successful."))),
        (10, "partial", HERROD, "Herrod added she was surprised and disappointed that",
         ((15, 0, '"in America'), (15, 0, 'liberty."'))),
    ],
    (BREWER, "2"): [
        (0, "scare", None, "grounds named by the bill's backers"),
        (1, "partial", "Jan Brewer", "Brewer said the bill had"),
        (2, "direct", "Jan Brewer", "she said (Brewer)"),
        (3, "direct", "Jan Brewer", "continues Brewer (no cue)"),
        (4, "direct", "the Arizona Super Bowl Host Committee", "the Committee ..., stating,"),
    ],
    (BREWER, "3"): [
        (0, "partial", "W. Douglas Parker", "Parker ... sent her a letter citing the state's"),
        (1, "direct", "W. Douglas Parker", "and saying, (Parker's letter)"),
        (2, "direct", SENATORS, "the senators said in a letter"),
        (3, "partial", SENATORS, "adding that the matter was"),
        (4, "partial", HERROD, "Cathi Herrod ... calling attacks on the legislation"),
        (5, "direct", HERROD, "and saying, (Herrod's news release)"),
        (6, "partial", "Jack Markell", "Markell told Ronan Farrow that if ..."),
        (7, "scare", None, "the bill's defined term"),
        (8, "partial", "Scott Smith", "Scott Smith ... said that the bill"),
        (9, "partial", "Doug Ducey", "Doug Ducey ... saying that he would veto the bill but then"),
    ],
    (POT, "1"): [
        (0, "direct", SUTHERS, "he said (Suthers)"),
        (1, "direct", SUTHERS, "continues Suthers (no cue)"),
        (2, "direct", BRUNING, "Nebraska Attorney General Jon Bruning said"),
        (3, "direct", BRUNING, "continues Bruning (no cue)"),
        (4, "partial", "the U.S. Justice Department", "In a policy statement, the Justice "
         "Department ... It laid out ... priorities ... if they want to authorize"),
        (5, "direct", "Mark Overman", "Overman said of the lawsuit"),
        (6, "direct", "Mark Overman", "continues Overman (no cue)"),
        (7, "direct", "John Hickenlooper", "he said (Hickenlooper)"),
        (8, "direct", "Sam Kamin", "said Sam Kamin"),
        (9, "direct", "Sam Kamin", "continues Kamin (no cue)"),
        (10, "partial", "Brian Vicente", "Brian Vicente ... said the challenge is"),
        (11, "direct", "Brian Vicente", "Vicente said"),
        (12, "direct", "Brian Vicente", "continues Vicente (no cue)"),
    ],
    (POT, "2"): [
        (0, "partial", SUIT, "the lawsuit ... argues that Colorado has"),
        (1, "direct", SUIT, "the suit says"),
        (2, "partial", SUIT, "same sentence, after the suit says"),
        (3, "direct", "Adam Hayward", "said Sheriff Adam Hayward"),
        (4, "direct", "Adam Hayward", "continues Hayward (no cue)"),
        (5, "partial", SUTHERS, "John Suthers ... said in a statement that ... was"),
        (6, "partial", SUTHERS, "he said (Suthers)"),
        (7, "direct", "Michael Elliott", "Michael Elliott ... said in a statement"),
        (8, "partial", SUIT, "The lawsuit ... accused Colorado officials of participating in a"),
        (9, "partial", SUIT, "same sentence (the lawsuit)"),
        (10, "direct", SUIT, "the lawsuit says"),
        (11, "partial", SUIT, "the lawsuit says"),
        (12, "partial", "Nebraska and Oklahoma", "Nebraska and Oklahoma complained about a"),
    ],
    (POT, "3"): [
        (0, "direct", BRUNING, "Nebraska Attorney General Jon Bruning said"),
        (1, "direct", BRUNING, "continues Bruning (no cue)"),
        (2, "direct", SUTHERS, "Suthers said"),
        (3, "direct", SUTHERS, "continues Suthers (no cue)"),
        (4, "direct", "Scott Pruitt", "Pruitt said in a statement"),
        (5, "direct", "Jeff Miron", "Miron wrote"),
        (6, "direct", "Jeff Miron", "continues Miron (no cue)"),
        (7, "direct", "Kevin Sabet", "Sabet said"),
        (8, "direct", "Kevin Sabet", "continues Sabet (no cue)"),
        (9, "partial", None, "Tvert told HuffPost that MPP agrees with Suthers' opinion that "
         "the suit is: Suthers's words relayed by Tvert, either reading"),
        (10, "direct", "Mason Tvert", "Tvert said to HuffPost"),
        (11, "direct", "Mason Tvert", "continues Tvert (no cue)"),
        (12, "partial", "Mike Elliott", "Mike Elliott echoed ..., adding that ... remains"),
        (13, "direct", "Mike Elliott", "Elliott said"),
        (14, "partial", "Jared Polis", "Polis ... told HuffPost that ... is"),
        (15, "direct", "Jared Polis", "Polis said"),
    ],
    (WEINER, "1"): [
        (0, "direct", AW, "Mr. Weiner, a Democrat, said"),
        (1, "direct", AW, "continues Weiner (no cue)"),
        (2, "partial", AW, "what he said on MSNBC was the"),
        (3, "direct", AW, "Mr. Weiner said"),
        (4, "direct", AW, "continues Weiner (no cue)"),
        (5, "direct", AW, "he told CNN (the congressman)"),
        (6, "direct", AW, "continues Weiner (no cue)"),
        (7, "direct", AW, "he said, (Weiner)"),
        (8, "none", None, "a programme title"),
        (9, "direct", AW, "Mr. Weiner said"),
        (10, "direct", AW, "continues Weiner (no cue)"),
        (11, "direct", AW, "He paused, then added:"),
    ],
    # The source drops the opening mark of "I can't say with certitude", and every pair
    # after it is off by one: all spans of this article are written by hand.
    (WEINER, "3"): [
        (None, "partial", AW, "telling reporters that he's",
         ((0, 0, '"not going'), (0, 0, 'anymore,"'))),
        (None, "direct", AW, "he told MSNBC's Luke Russert", ((1, 0, '"This'), (1, 0, 'internet,"'))),
        (None, "direct", AW, "the congressman said", ((1, 1, '"I didn'), (1, 1, 'out"'))),
        (None, "direct", AW, "he told Russert (opening mark missing)",
         ((1, 2, "I can't"), (1, 2, 'certitude"'))),
        (None, "direct", AW, "Weiner reiterated", ((2, 0, '"It was'), (2, 0, 'prank,"'))),
        (None, "direct", AW, "continues Weiner (no cue)",
         ((2, 1, '"This is'), (2, 2, 'this."'))),
        (None, "direct", AW, "he continued", ((3, 0, '"I\'m not'), (3, 0, 'level,"'))),
        (None, "partial", AW, "calling one a", ((6, 0, '"jackass'), (6, 0, 'jackass"'))),
        (None, "direct", AW, "Weiner told reporters", ((8, 0, '"I\'m not'), (8, 0, 'anymore,"'))),
        (None, "direct", AW, "continues Weiner (no cue)", ((8, 1, '"I think'), (8, 2, 'about."'))),
        (None, "partial", "the woman (a female college student)",
         "The woman told the New York Daily News that ... there had",
         ((11, 1, '"never'), (11, 1, 'exchanges"'))),
        (None, "partial", AW, "The congressman ... joked ... on Twitter, asking whether ... "
         "would be next to", ((13, 0, '"attack'), (13, 0, 'attack"'))),
    ],
}


def _by_hand(doc, sents: list, span: Span) -> tuple[tuple[int, int], tuple[int, int]]:
    """(sentence index, offset) of the start and end of a span written by anchors."""
    index = {(p, s): i for i, (p, s, _) in enumerate(sents)}
    (p0, s0, a0), (p1, s1, a1) = span
    t0, t1 = doc.sentence(p0, s0), doc.sentence(p1, s1)
    assert t0.count(a0) >= 1 and t1.count(a1) >= 1, (span,)
    o0 = t0.index(a0)
    o1 = (t1.index(a1, o0) if (p0, s0) == (p1, s1) else t1.index(a1)) + len(a1)
    return (index[(p0, s0)], o0), (index[(p1, s1)], o1)


def _entries(trip: str, n: str, data: Path, gold: dict) -> None:
    year = YEARS[trip]
    doc = read_basil(data / "basil" / "articles" / year / f"{trip}_{n}.json")
    _, sents, found = spans(trip, n, year, data)
    rows = ANNOTATIONS[(trip, n)]
    if rows[0][0] is not None:
        assert len(found) == len(rows), (trip, n, len(found), len(rows))
    for k, row in enumerate(rows):
        assert row[0] in (None, k), (trip, n, k)
        (i0, o0), (i1, o1) = _by_hand(doc, sents, row[4]) if len(row) > 4 else found[k]
        p0, s0 = sents[i0][0], sents[i0][1]
        base = doc.sentences[(p0, s0)][0]
        end = doc.sentences[(sents[i1][0], sents[i1][1])][0] + o1 - base
        speaker = row[2]
        gold["quotes"].append({"ref": f"{n}:{p0}:{s0}", "start": o0, "end": end,
                               "kind": row[1], "speaker": speaker,
                               "resolvable": speaker is not None, "note": row[3]})
        for p, s in sorted({(sents[i][0], sents[i][1]) for i in range(i0, i1 + 1)}):
            gold["checks"][f"{n}:{p}:{s}"] = sentence_hash(doc.sentence(p, s))


def build(data: Path, out: Path) -> None:
    """One gold file per triplet, refs and offsets as gold/speakers-basil8."""
    for triplet, year in YEARS.items():
        gold = {"triplet": triplet, "year": int(year), "event": EVENTS[triplet],
                "articles": {}, "facts": [], "conflicts": [], "non_conflicts": [],
                "quotes": [], "checks": {}}
        for n in ("1", "2", "3"):
            path = data / "basil" / "articles" / year / f"{triplet}_{n}.json"
            src = json.loads(path.read_text("utf-8"))["source"].lower()
            gold["articles"][n] = {"file": f"{year}/{path.name}", "source": src}
            if (triplet, n) in ANNOTATIONS:
                _entries(triplet, n, data, gold)
        (out / f"{triplet}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(__file__).parent)

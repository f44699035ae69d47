# ruff: noqa: E501  (annotation notes are data, one pair a line)
"""Write gold/conflicts-basil3/<triplet>.json from the annotations below.

The annotations were made from the articles alone (each article printed with its
``n:p:s`` refs, the three read together), before newsprism was run on any of these
triplets; this script only adds each referenced sentence's check hash
(``compare_gold.sentence_hash``) and writes the files in gold/conflicts-basil's format.
Run from the repository root: ``python gold/conflicts-basil3/build.py ../shared/data``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.eval.basil import read_basil
from newsprism.eval.compare_gold import parse_ref, sentence_hash

C, P, A, E = "compatible", "different-precision", "different-action", "different-event"

STORIES: list[dict] = [
    {"triplet": "97b1305c-13ca-4b74-a56a-f459bd79dfaf", "year": 2010,
     "event": "The NAACP's resolution on racist elements in the Tea Party (2010)",
     "conflicts": [],
     "non_conflicts": [
         ("1:6:0", "3:4:0", A, "Palin defended the Tea Party on Hannity on Monday vs said in a statement late Tuesday: two acts"),
         ("1:6:0", "2:0:0", A, "The resolution was proposed on Monday vs adopted on Tuesday: two steps"),
         ("1:0:0", "2:9:0", A, "Passed by the convention on Tuesday vs the board approves it in October: two votes"),
         ("2:7:1", "3:11:0", C, "The St. Louis group has drafted its own resolution vs issued it Tuesday: drafted, then sent"),
         ("1:6:0", "3:4:1", C, "Palin the 2008 vice presidential nominee vs the former Alaska governor: both true"),
         ("1:0:0", "3:0:0", P, "One of the nation's largest civil rights groups vs the country's largest"),
         ("2:2:1", "3:6:0", A, "Jealous in a written statement announcing the vote vs speaking ahead of the debate: two statements"),
         ("1:1:0", "3:1:0", C, "Delegates approved it Tuesday in Kansas City vs adopted during the convention in Kansas City"),
     ]},
    {"triplet": "576116e5-2b18-4d35-be73-36f5863c9468", "year": 2011,
     "event": "AARP open to Social Security benefit cuts (2011)",
     "conflicts": [
         ("2:16:0", "3:15:1", "date", "The projection that the trust fund runs out in 2036 (the trustees' annual report): issued last month (NYT, June 17) vs the trustees warned last week (Fox, June 17)"),
     ],
     "non_conflicts": [
         ("1:15:1", "3:15:1", C, "After 2036 the program pays 77 percent of benefits vs a 23 percent cut: one figure"),
         ("1:15:0", "2:16:0", C, "Exhausted in 2036 per the trustees report vs by 2036 per SSA projections"),
         ("2:0:0", "3:0:0", C, "AARP said it was open to modest cuts (Rother) vs AARP pushed back on the report (Rand): two officials"),
         ("1:0:0", "2:0:0", C, "It hasn't wavered in opposing cuts vs open to modest reductions: two voices of the group"),
         ("1:4:0", "3:5:0", A, "Certner said on CNN vs told Fox News: two interviews"),
         ("1:9:0", "2:7:0", C, "Third Way a centrist think tank vs a moderate Democratic group"),
         ("2:19:0", "3:2:0", P, "Revenue fills two-thirds of the gap vs tax hikes close most of it"),
         ("1:24:0", "2:20:0", C, "AARP CEO A. Barry Rand vs the group's chief executive, Barry Rand"),
         ("1:24:1", "2:20:0", C, "The statement does not deny openness to cuts vs it says the position did not change"),
     ]},
    {"triplet": "f11c2566-848a-4e29-b8c5-4de0a81114e4", "year": 2012,
     "event": "Boehner gives a one-in-three chance of losing the House (2012)",
     "conflicts": [],
     "non_conflicts": [
         ("1:0:0", "2:0:0", A, "Said on Monday (the taping) vs in an interview Tuesday (the broadcast, NYT: to be shown on Tuesday)"),
         ("1:1:0", "3:1:0", P, "To be shown on Tuesday vs to air Tuesday morning"),
         ("1:4:0", "2:2:0", C, "50 members, 89 freshmen, 32 districts: one quote"),
         ("1:4:1", "2:3:0", C, "Take 18 of them: one quote"),
         ("1:0:0", "3:0:0", C, "One-in-three chance of losing vs Democrats have a chance of retaking it"),
     ]},
    {"triplet": "70c744ad-e950-445c-8a7a-0782b0a7d20b", "year": 2013,
     "event": "The IRS recognises married same-sex couples for federal tax (2013)",
     "conflicts": [],
     "non_conflicts": [
         ("1:1:0", "2:1:0", P, "The Court overturned a part of DOMA vs struck down the 1996 Defense of Marriage Act"),
         ("2:1:0", "3:2:0", P, "The decision in June vs prior to this spring"),
         ("1:0:0", "2:2:3", C, "Allowed to file joint returns vs must file jointly or separately as married"),
         ("1:0:0", "3:0:0", C, "The IRS and Treasury announced vs the Treasury announced"),
         ("2:4:0", "3:3:0", C, "The ruling of the Treasury vs by Treasury Secretary Jacob Lew"),
         ("1:3:1", "3:8:0", C, "Not domestic partnerships and civil unions vs not domestic partnerships or same-sex unions"),
         ("2:6:1", "3:7:1", C, "Couples with similar incomes pay the marriage penalty vs some, usually upper-middle class"),
     ]},
    {"triplet": "b764f81f-6d08-4d7c-b1a8-8961bed0a455", "year": 2014,
     "event": "Nebraska and Oklahoma sue Colorado over marijuana (2014)",
     "conflicts": [],
     "non_conflicts": [
         ("1:2:0", "2:14:0", P, "Allows marijuana for adults over 21 vs anyone 21 or older can buy it"),
         ("1:2:0", "2:7:1", P, "An order to stop Colorado enforcing Amendment 64 vs the suit does not seek to overturn its personal-use part (whole against key parts; arguable)"),
         ("1:6:0", "3:2:0", A, "Bruning at a news conference in Lincoln vs in a statement Thursday: two statements"),
         ("1:21:1", "3:8:2", C, "23 states have medical marijuana laws vs 23 states and D.C."),
         ("1:7:0", "3:8:1", C, "Sold in stores since January vs the first shops opened on New Year's Day 2014"),
         ("1:11:0", "2:15:1", C, "Agencies feel the impact vs some officers saw no increase: different speakers"),
         ("1:10:3", "2:15:0", C, "The suit has no statistics vs no specific statistics"),
         ("2:6:0", "3:4:2", C, "Suthers: without merit, in a statement"),
     ]},
    {"triplet": "ae243a95-b2c2-410c-9e2b-b083b4b8eb48", "year": 2010,
     "event": "Senate Republicans' letter: no bills before the tax cuts (2010)",
     "conflicts": [],
     "non_conflicts": [
         ("1:1:0", "3:1:0", C, "All 42 members are sending the letter vs Reid received it Wednesday"),
         ("1:1:0", "2:1:0", C, "42 members of the GOP caucus vs signed by the 42 members"),
         ("1:4:0", "2:6:0", C, "'very cynical' said in a statement vs Manley said in an e-mail: one statement"),
         ("1:5:1", "2:3:1", P, "Extended for all but the wealthy vs except incomes above $250,000"),
         ("1:8:0", "2:4:0", C, "A new Congress sworn in next month vs takes over in January"),
         ("2:1:0", "3:1:0", C, "Would not go forward with any legislative item vs would not invoke cloture on any: one letter"),
     ]},
    {"triplet": "97566c74-e000-49fb-b091-e6ec6e179de0", "year": 2011,
     "event": "Trump bows out as moderator of the Newsmax debate (2011)",
     "conflicts": [],
     "non_conflicts": [
         ("2:0:0", "3:2:0", C, "Bowing out as moderator vs ending the debate (Fox: he does not expect Newsmax to go on)"),
         ("1:5:1", "3:3:1", C, "Gingrich and Santorum the only two who agreed vs only they pledged"),
         ("2:4:0", "3:0:0", C, "The Dec. 27 debate"),
         ("1:3:1", "2:6:0", C, "Flirted with running several times vs previously flirted with a bid"),
         ("2:1:0", "1:2:1", C, "A third-party candidate vs an independent candidate"),
     ]},
    {"triplet": "a4f1d515-d7d9-4319-b2e0-4d56e9d45554", "year": 2013,
     "event": "The administration defends the NSA programs (2013)",
     "conflicts": [],
     "non_conflicts": [
         ("1:5:0", "3:2:0", A, "Clapper's Saturday statement vs his statement late Thursday: two statements"),
         ("2:1:1", "1:21:1", C, "Every member has been briefed (Obama) vs few lawmakers attend (Durbin): two speakers"),
         ("1:0:0", "3:1:1", C, "Prism an internal computer system (the administration) vs taps into companies (a former official): two speakers"),
         ("2:3:1", "3:1:1", C, "A program launched in 2007 vs started in 2007"),
         ("2:3:1", "3:13:0", C, "The nine companies"),
         ("1:2:0", "3:9:0", C, "Does not unilaterally obtain data from servers vs tapping into the companies: two speakers"),
     ]},
    {"triplet": "d1344998-0e7c-409e-aaad-df5be687fc94", "year": 2014,
     "event": "Federal subpoenas to Christie's campaign and the state GOP (2014)",
     "conflicts": [],
     "non_conflicts": [
         ("1:2:0", "2:4:0", C, "Three subpoenas, the campaign's from the committee vs the committee subpoenaed both bodies (a wider group, no 'only'; arguable)"),
         ("1:6:1", "3:3:2", C, "The governor's deputy chief of staff vs one of his deputy chiefs of staff"),
         ("1:3:0", "3:1:0", C, "Sheridan a partner at Patton Boggs"),
         ("1:2:0", "3:1:0", C, "Said in an email vs in a statement issued Thursday"),
         ("2:7:0", "3:3:1", C, "Closed for four days in September"),
         ("1:7:0", "3:5:1", C, "The FBI and Fishman's office vs the FBI and HUD look into Sandy aid"),
     ]},
]


def _write(story: dict, data: Path, out: Path) -> None:
    """One gold file: the articles, the pairs, and a check hash of every sentence named."""
    triplet, year = story["triplet"], story["year"]
    folder = data / "basil" / "articles" / str(year)
    docs, articles = {}, {}
    for path in sorted(folder.glob(f"{triplet}_*.json")):
        number = path.stem.rsplit("_", 1)[1]
        docs[number] = read_basil(path)
        articles[number] = {"file": f"{year}/{path.name}", "source": docs[number].outlet}
    conflicts = [{"a": a, "b": b, "kind": k, "note": n} for a, b, k, n in story["conflicts"]]
    others = [{"a": a, "b": b, "why": w, "note": n} for a, b, w, n in story["non_conflicts"]]
    refs = sorted({r for p in conflicts + others for r in (p["a"], p["b"])},
                  key=parse_ref)  # fmt: skip
    checks = {}
    for ref in refs:
        number, p, s = parse_ref(ref)
        checks[ref] = sentence_hash(docs[number].sentence(p, s))
    gold = {"triplet": triplet, "year": year, "event": story["event"], "articles": articles,
            "facts": [], "conflicts": conflicts, "non_conflicts": others, "quotes": [],
            "checks": checks}  # fmt: skip
    (out / f"{triplet}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                         "utf-8")  # fmt: skip


if __name__ == "__main__":
    for item in STORIES:
        _write(item, Path(sys.argv[1]), Path(__file__).parent)

"""Write the files of gold/conflicts-neus3 from the annotations below (session 33).

Every pair was judged from the reports alone (printed with their ``n:p:s`` refs by
``newsprism.eval.neus_raw.split_sentences``), before newsprism was run on any of the
rows. ``checks`` holds the SHA-1 (12 hex) of each sentence a pair names.

Usage: python gold/conflicts-neus3/build.py ../shared/data   (from the project root)
"""
import json
import sys
from pathlib import Path

from newsprism.eval.compare_gold import sentence_hash
from newsprism.eval.neus_raw import read_neus_report

HERE = Path(__file__).resolve().parent
SIDES = ("left", "center", "right")
C, N = "conflicts", "non_conflicts"

# row: (event, [(list, a, b, kind or why, note)])
GOLD: dict[int, tuple[str, list[tuple[str, str, str, str, str]]]] = {
    35: ("Lancet study: Pfizer vaccine's protection against infection wanes", [
        (N, "1:1:1", "2:0:0", "different-precision",
         "47% 'after five months' vs 47% 'six months later' (the study's fifth-to-sixth "
         "month): one figure, the time loosely put; arguable"),
        (N, "1:0:0", "2:1:0", "compatible",
         "90% against hospitalization six months after vs for at least six months"),
        (N, "2:0:0", "3:0:0", "compatible",
         "study published Monday vs on Oct. 4 (Monday, Oct. 4, 2021)"),
        (N, "1:1:1", "3:0:0", "compatible", "47% after five months vs below 50 percent"),
    ]),
    55: ("Biden cancels a Chicago trip amid the infrastructure talks", [
        (N, "2:1:0", "3:0:0", "different-event",
         "the Senate's failed vote on Monday vs the White House said on Tuesday"),
        (N, "1:2:0", "3:1:0", "compatible", "$1.2 trillion package vs $1.2 trillion bill"),
    ]),
    117: ("The U.S. passes 40 million Covid cases", [
        (N, "1:1:0", "2:0:0", "compatible", "40,000,070 cases vs more than 40 million"),
        (N, "1:1:1", "2:1:1", "different-action",
         "35,355 new cases Sunday vs a seven-day average of 132,135 on Sunday"),
        (N, "2:1:1", "3:1:0", "different-event",
         "a seven-day average of 132,135 on Sunday (NYT tracker) vs 137,000 as of "
         "September 6 (a Monday)"),
        (N, "1:0:0", "3:0:0", "compatible",
         "the delta wave continues to spread vs cases declining for the first time since "
         "June: new cases go on while the average falls"),
    ]),
    128: ("Ida's remnants flood New York and New Jersey", [
        (N, "1:1:0", "3:0:0", "different-precision", "at least nine dead vs at least eight"),
        (N, "2:0:0", "3:0:0", "different-precision", "at least nine vs at least eight"),
        (N, "1:0:0", "3:0:0", "compatible", "the area awoke on Thursday vs awoke Thursday"),
        (N, "2:1:0", "3:0:0", "compatible", "'historic' weather event vs 'historic' downpour"),
    ]),
    243: ("Bezos flies to space on Blue Origin's New Shepard", [
        (N, "1:0:1", "3:1:0", "different-precision", "60-some miles vs about 66 miles"),
        (N, "1:0:0", "2:0:0", "compatible", "went to space on Tuesday vs soared on Tuesday"),
        (N, "1:1:0", "3:0:0", "compatible",
         "the first time a Blue Origin vehicle carried people vs its first manned flight"),
        (N, "2:0:0", "3:1:1", "compatible",
         "Bezos and three crewmates vs his brother, Wally Funk and Oliver Daemen"),
    ]),
    269: ("A Houston man arrested for voting while ineligible", [
        (C, "1:0:0", "3:3:0", "number",
         "he waited six hours to vote (Washington Post) vs waited in line for seven hours "
         "(Fox): one wait, two figures"),
        (N, "1:1:0", "2:0:0", "compatible",
         "after midnight on March 4 vs at 1 a.m. on Super Tuesday (March 3) in March 2020: "
         "the night of the primary"),
        (N, "2:2:0", "3:0:0", "compatible",
         "the arrest one day before the Legislature convened Thursday vs earlier this week"),
        (N, "2:1:0", "3:0:0", "compatible",
         "prosecuted by the attorney general's office vs arrested and charged in Houston"),
    ]),
    285: ("Shootings over the July Fourth weekend", [
        (N, "1:0:1", "2:0:0", "different-precision", "at least 150 killed vs more than 180"),
        (N, "2:1:0", "3:0:0", "different-precision",
         "189 killed by 11:30 p.m. Monday vs at least 150"),
        (N, "1:0:2", "2:1:1", "different-precision",
         "more than 400 shootings Friday through Sunday vs more than 540 over the weekend: "
         "lower bounds of a count still being updated"),
        (N, "2:1:1", "3:0:0", "different-precision",
         "more than 540 shootings vs more than 400"),
    ]),
    334: ("HHS puts $3.2 billion into antiviral pills", [
        (N, "1:1:0", "3:1:0", "compatible",
         "announced Thursday by HHS vs Fauci announced the investment: the department's "
         "announcement, made by its official"),
        (N, "2:0:0", "3:0:0", "compatible",
         "HHS announced Thursday vs Fauci said Thursday"),
        (N, "1:0:1", "2:0:0", "different-precision", "more than $3 billion vs $3.2 billion"),
    ]),
    359: ("The U.S. buys 500 million Pfizer doses to donate", [
        (C, "1:1:1", "2:2:0", "number",
         "the doses will be given to 92 low- and middle-income countries (CBS) vs destined "
         "for the world's 100 poorest countries (Reuters): one set of recipients"),
        (C, "2:2:0", "3:0:0", "number",
         "the world's 100 poorest countries (Reuters) vs 92 poorer countries and the "
         "African Union (Washington Times)"),
        (N, "1:0:0", "3:0:0", "compatible",
         "the White House said Thursday vs formally announced on Thursday"),
        (N, "2:1:0", "3:1:0", "compatible",
         "before Biden meets G7 leaders in western England vs remarks from Cornwall"),
        (N, "2:1:0", "3:0:0", "compatible",
         "the largest ever by a single country vs the largest-ever purchase and donation"),
        (N, "1:1:1", "3:0:0", "compatible", "92 countries vs 92 poorer countries"),
    ]),
    413: ("Pandemic restrictions lifted (three different places)", [
        (N, "1:2:0", "3:2:0", "different-event",
         "Cuomo on Wednesday (New York) vs Ghaly on Friday (California)"),
        (N, "2:5:0", "3:0:0", "different-event",
         "Belgium eases from June 9 vs California on June 15"),
    ]),
    443: ("April 2021 consumer prices", [
        (N, "1:1:1", "3:1:1", "different-action",
         "prices up 0.8 percent from March vs 0.9 percent excluding food and energy"),
        (N, "2:1:2", "3:1:1", "different-action", "0.8% headline vs 0.9% core"),
        (N, "2:2:0", "3:1:0", "compatible", "core CPI up 3% vs up three percent"),
        (N, "1:1:2", "2:1:1", "compatible",
         "a Bloomberg survey expected 3.6 percent vs a Dow Jones survey 3.6%: two surveys"),
        (N, "1:1:0", "2:0:0", "compatible",
         "fastest pace since 2008 vs fastest in more than 12 years"),
    ]),
    447: ("Israel and Hamas exchange strikes", [
        (C, "2:1:0", "3:2:0", "number",
         "at least 28 Palestinians killed in Gaza (VOA) vs 'of the 26 people who died' "
         "(Washington Examiner): one toll"),
        (N, "2:1:0", "3:0:0", "different-precision",
         "at least 28 vs more than two dozen"),
        (N, "1:0:1", "2:0:1", "compatible", "at least two Israelis vs two women"),
        (N, "2:0:1", "3:1:0", "compatible", "more than 250 missiles vs more than 250 rockets"),
        (N, "2:0:0", "3:0:0", "compatible",
         "airstrikes early Tuesday vs strikes since sundown on Monday"),
    ]),
    463: ("U.S. births fall 4% in 2020", [
        (N, "1:0:0", "3:0:1", "different-action",
         "the number of births lowest since 1979 vs the rate lowest since tracking began"),
        (N, "1:0:1", "3:1:0", "compatible",
         "report published Wednesday vs being released Wednesday"),
        (N, "1:0:0", "2:0:0", "compatible", "births fell 4% vs dropped by 4%"),
    ]),
    466: ("Biden's July 4 vaccination goal", [
        (N, "1:0:0", "3:0:2", "compatible", "70% of adults one dose by July 4, both"),
        (N, "2:1:0", "3:0:0", "compatible", "160 million adults fully vaccinated, both"),
        (N, "2:0:0", "3:0:0", "compatible", "announced Tuesday, both"),
        (N, "2:2:0", "3:0:1", "different-action",
         "100 million more shots in 60 days vs 105 million fully vaccinated now"),
    ]),
}


def build(data: Path, row: int) -> dict:
    """One row's gold file, its sentences checked against the crawl."""
    event, pairs = GOLD[row]
    docs, articles = {}, {}
    for n, side in enumerate(SIDES, 1):
        try:
            docs[str(n)] = read_neus_report(data, f"neus-raw:{row}:{side}", str(n))
        except Exception:  # a row without that side
            continue
        articles[str(n)] = {"file": f"neus-raw:{row}:{side}", "source": docs[str(n)].outlet}
    out = {"triplet": f"neus{row}", "year": 2021, "event": event, "row": row,
           "articles": articles, "facts": [], C: [], N: [], "quotes": [], "checks": {}}
    for which, a, b, label, note in pairs:
        out[which].append({"a": a, "b": b, ("kind" if which == C else "why"): label,
                           "note": note})
        for ref in (a, b):
            number, p, s = ref.split(":")
            out["checks"][ref] = sentence_hash(docs[number].sentence(int(p), int(s)))
    return out


def main(data: str) -> None:
    for row in GOLD:
        path = HERE / f"neus{row}.json"
        path.write_text(json.dumps(build(Path(data), row), indent=2) + "\n", encoding="utf-8")
    print(len(GOLD), "rows;", sum(len(p) for _, p in GOLD.values()), "pairs")


if __name__ == "__main__":
    main(sys.argv[1])

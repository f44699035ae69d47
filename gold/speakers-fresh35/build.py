"""Write ``gold.json`` from the hand annotations below (and check every ``words`` is in
its paragraph).

    PYTHONPATH=src python gold/speakers-fresh35/build.py ../shared/data

Rows: (paragraph, first words of the quoted span, kind, speaker, note), the format of
gold/speakers-polnear (paragraphs are the article's blocks separated by a blank line,
0-based, the title line 0). Kinds: direct, partial (scored); none (a term, a title, a
word mentioned; not scored). A speaker ``"unresolved"`` marks a span the article does
not let a reader assign (scored apart: a name given to it is a guess).
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("polnear_build",
                                               HERE.parent / "speakers-polnear" / "build.py")
polnear_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(polnear_build)
paragraphs = polnear_build.paragraphs

TRAIN = "polnear/train/text"
HC, DT, BS = "Hillary Clinton", "Donald Trump", "Bernie Sanders"

ARTICLES = {
    "breitbart_2016-05-24_in-two-front-war-clinton-targets": [
        (3, "You know what happened", "direct", HC, "Clinton told union workers"),
        (4, "He actually said he was hoping", "direct", HC, "next paragraph, no cue"),
        (5, "made a lot of money", "partial", DT, "Trump shot back in a statement, saying"),
        (6, "Frankly, this is the kind", "direct", DT, "next paragraph, continues the statement"),
        (7, "sort of hopes", "partial", DT, "comments Trump made in 2006 saying he"),
        (7, "people like me", "partial", DT, "same comments"),
        (13, "If we win big", "direct", BS, "Sanders said"),
        (13, "And if we go marching", "direct", BS, "continues"),
        (16, "messy,", "partial", BS, "Sanders said ... could be"),
        (16, "Democracy is messy", "direct", BS, "adding,"),
        (17, "has a number of super PACs", "partial", BS, "he told them Clinton"),
        (19, "We should kind of lay off", "direct", "Harry Reid", "told reporters"),
        (19, "Bernie’s a good man", "direct", "Harry Reid", "continues"),
    ],
    "huff-post_2016-03-10_trump-says-he-never-pledged-to-k": [
        (2, "to go after them", "partial", DT, "Trump told CNN"),
        (3, "go after them", "none", "", "the phrase mentioned"),
        (4, "We have to do something", "direct", DT,
         "a list of the interview's bromides, no cue ('Trump spoke only in ...')"),
        (4, "We have to be a lot tougher", "direct", DT, "same list"),
        (4, "We have to play the game", "direct", DT, "same list"),
        (4, "We’re not fighting it", "direct", DT, "same list"),
        (6, "I’m in total support", "direct", DT, "Trump said"),
        (6, "I’ll work on it", "direct", DT, "continues"),
        (8, "It’s very interesting", "direct", DT, "he said at one point"),
        (8, "Everybody believes in the Geneva Convention until", "direct", DT, "continues"),
        (9, "Everybody believes in the Geneva", "direct", DT,
         "an embedded quotation card, signed 'Donald Trump.'"),
        (11, "I would be very, very firm", "direct", DT, "Trump said"),
        (11, "Frankly, that will make", "direct", DT, "continues"),
        (12, "We’re fighting a very", "direct", DT, "he said in a different media appearance"),
        (12, "And the other thing is", "direct", DT, "continues"),
    ],
    "huff-post_2015-11-17_post-rebuilding-isn-t-the-only-r": [
        (2, "You have two billionaire", "direct", HC, "Clinton said"),
        (2, "So they clearly think", "direct", HC, "continues"),
        (7, "shadow banking", "none", "", "a term"),
        (9, "fat cats", "partial", "Barack Obama", "Obama called Wall Street bankers"),
        (17, "She is moving a bit", "direct", "Marc Lasry", "Lasry told Bloomberg Politics"),
        (17, "Obviously, some people", "direct", "Marc Lasry", "continues"),
    ],
    "usa-today_2016-06-10_dems-hope-trump-s-behavior-will-": [
        (3, "Donald Trump for the last", "direct", "Jon Tester", "Tester told"),
        (3, "I just think when you do", "direct", "Jon Tester", "continues"),
        (5, "The people who stand up", "direct", "Jon Tester", "Tester told"),
        (5, "He's their guy", "direct", "Jon Tester", "continues"),
        (10, "I feel very good", "direct", "Jon Tester", "Tester said"),
        (10, "Very good.", "direct", "Jon Tester", "continues"),
        (12, "is going to help our", "partial", "Jon Tester", "he said Trump's presence"),
        (15, "That's not Iowa", "direct", "Jon Tester", "Tester said"),
        (15, "He's made his bed", "direct", "Jon Tester", "continues"),
    ],
    "wash-post_2015-11-24_pfizer-deal-s-tax-strategy-assai": [
        (2, "inversion,", "none", "", "a term"),
        (3, "By nominally moving", "direct", "Harry M. Reid", "said in a statement"),
        (3, "It's time for Congress", "direct", "Harry M. Reid", "continues"),
        (5, "Other nations have", "direct", "Patrick J. Tiberi", "said Rep. ..."),
        (7, "On the political risk", "direct", "Ian Read", "Read said"),
        (17, "This proposed merger", "direct", HC, "said in a statement"),
        (17, "their fair share", "partial", HC, "calling on Congress ... to pay"),
        (19, "The fact that Pfizer", "direct", DT, "said in a statement"),
        (20, "unpatriotic,", "partial", "President Obama", "has called inversions"),
        (23, "Our actions can only", "direct", "Jacob J. Lew", "Lew said"),
        (23, "There is only so much", "direct", "Jacob J. Lew", "continues"),
        (25, "Treasury is trying", "direct", "Edward D. Kleinbard",
         "he said (Kleinbard, the paragraph before)"),
        (25, "What is going on here", "direct", "Edward D. Kleinbard", "continues"),
        (30, "This merger isn't meant", "direct", "Gustav Ando", "Ando said"),
        (30, "It's pretty easy", "direct", "Gustav Ando", "continues"),
    ],
    "politico_2015-12-26_british-diplomat-praises-obama-s": [
        (3, "I think the legacy", "direct", "Sir Peter Westmacott",
         "he told the Guardian (Westmacott, the paragraph before)"),
        (3, "It certainly doesn’t feel", "direct", "Sir Peter Westmacott", "continues"),
        (5, "great charm", "partial", "Sir Peter Westmacott", "Westmacott also said"),
        (6, "President Obama seems", "direct", "Sir Peter Westmacott", "he said"),
        (8, "I don’t think this is", "direct", "Sir Peter Westmacott", "Westmacott said"),
        (8, "This is still the most", "direct", "Sir Peter Westmacott", "continues"),
        (9, "did a remarkable job", "partial", "Sir Peter Westmacott", "Westmacott said"),
    ],
    "usa-today_2016-04-27_clinton-takes-pa-md-and-del-most": [
        (3, "The reason that we are", "direct", BS, "Sanders said"),
        (3, "We are telling the truth", "direct", BS, "continues"),
        (6, "challenging us to get", "partial", HC, "saying she applauded him ... for"),
        (6, "There's much more", "direct", HC, "Clinton said"),
        (7, "it will be very hard", "partial", BS, "Sanders himself acknowledged"),
        (10, "I did not put down", "direct", HC, "she said (Clinton, the paragraph before)"),
        (10, "I spent an enormous", "direct", HC, "continues"),
    ],
    "breitbart_2016-08-19_as-bill-clinton-turns-a-look-at-": [
        (4, "This position has always", "direct", "Melanne Verveer", "told CBS News"),
        (4, "There’s no job description", "direct", "Melanne Verveer", "continues"),
        (6, "What he cannot do", "direct", "Seth McKee", "told The Hill"),
        (7, "special missions", "partial", HC, "has suggested her husband would be used for"),
        (9, "You have to be careful", "direct", "Bill Clinton", "Bill Clinton said"),
        (9, "We’ll think very clearly", "direct", "Bill Clinton", "continues"),
        (11, "I suppose I could have", "direct", HC, "Hillary shot back"),
    ],
    "politico_2016-05-19_exclusive-in-memo-to-congress-sa": [
        (4, "Today, the kingdom", "direct", "the Saudis",
         "the Saudis state in the white paper (the document's signers named as subject)"),
        (4, "Saudi Arabia shares", "direct", "the Saudis", "continues"),
        (8, "with the aim of blocking", "partial", "the white paper (the Saudis')",
         "it says (it: the paper, subject of 'the paper notes')"),
        (9, "counter-terrorism arrests", "none", "", "a section's title in the paper"),
        (11, "based on fundamental", "partial", "Jon Alterman", "said Jon Alterman"),
        (11, "A long paper may go", "direct", "Jon Alterman", "continues"),
        (12, "free riders", "partial", "Barack Obama", "is reported to have called"),
        (14, "If the Saudis did not", "direct", "Chuck Schumer", "Schumer said"),
        (14, "If they did, they should", "direct", "Chuck Schumer", "continues"),
    ],
}


def build(data: Path) -> dict:
    """The gold, each row checked against its article."""
    stories = {}
    for name, rows in ARTICLES.items():
        paras = paragraphs((data / TRAIN / f"{name}.txt").read_text("utf-8"))
        quotes = []
        for para, words, kind, speaker, note in rows:
            assert words in paras[para], (name, para, words)
            quotes.append({"ref": f"A:{para}", "words": words, "kind": kind,
                           "speaker": speaker, "resolvable": True, "note": note})
        stories[name] = {"part": "train", "quotes": quotes}
    return {"stories": stories}


if __name__ == "__main__":
    gold = build(Path(sys.argv[1]))
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    "utf-8")
    qs = [q for s in gold["stories"].values() for q in s["quotes"]]
    scored = [q for q in qs if q["kind"] != "none"]
    print(f"{len(gold['stories'])} articles, {len(qs)} spans, {len(scored)} scored")

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


# second batch (pick.py --batch 2), annotated after the first batch was scored, before
# any output on these articles was seen
TC, MR = "Ted Cruz", "Marco Rubio"
BATCH2 = {
    "huff-post_2016-04-27_why-does-israel-refuse-to-recogn": [
        (3, "It happened so many times", "direct", "Raphael Lemkin", "once said"),
        (5, "I think Israel doesn’t want", "direct", "Roman Smbatyan", "stated Roman ..."),
        (7, "Israel has had very good", "direct", "Roman Smbatyan", "Smbatyan added,"),
        (8, "after the European Parliament", "direct", "Ishaan Tharoor",
         "As the Washington Post’s Ishaan Tharoor wrote,"),
        (9, "We, the Armenians", "direct", "Aris Shirvanian", "told the Associated Press"),
        (9, "So Israel should have been", "direct", "Aris Shirvanian", "He added,"),
        (10, "The United States prides", "direct", "Edgar Martirosyan", "explained ..."),
        (10, "It is, nonetheless", "direct", "Edgar Martirosyan", "continues"),
        (11, "In foreign policy, there are", "direct", "Nachman Shai", "told the AP"),
        (11, "In this case I think", "direct", "Nachman Shai", "continues"),
    ],
    "usa-today_2016-03-02_no-clear-path-points-to-white-ho": [
        (8, "There has been a lot of talk", "direct", "Mitch McConnell", "said"),
        (8, "That is not the view", "direct", "Mitch McConnell", "continues"),
        (12, "GROWING PARTY", "partial", DT, "he declared in a tweet (Trump, the sentence before)"),
        (15, "extremely enthusiastic", "partial",
         "31% of Republicans and Republican-leaning voters", "said they were (a poll)"),
        (21, "very worried", "partial", "most Republicans in Tennessee and Georgia",
         "most said they were (exit polls)"),
        (31, "We know we've got work", "direct", HC, "she told a cheering crowd"),
        (31, "But that work is not", "direct", HC, "continues"),
    ],
    "usa-today_2016-01-29_absent-trump-derides-debate-cruz": [
        (4, "please attack Ted", "partial", TC, "he accused the moderators of asking ..."),
        (5, "If you guys ask", "direct", TC, "Cruz quipped"),
        (7, "Don't worry, I'm not", "direct", MR, "Rubio said"),
        (10, "This is the lie", "direct", MR, "Rubio said:"),
        (10, "Throughout this campaign", "direct", MR, "Rubio said"),
        (10, "Now you want to trump", "direct", MR, "continues"),
        (12, "I feel like I need", "direct", "Chris Christie", "said,"),
        (17, "manipulating and shaping", "partial", "Jim Gilmore", "Gilmore said"),
        (17, "Last time I looked", "direct", "Carly Fiorina", "Fiorina ... said,"),
        (19, "Trump is positioned", "direct", "Lee Miringoff", "said Lee Miringoff"),
        (21, "owes it to the men", "partial", TC, "Cruz said any candidate ..."),
    ],
    "breitbart_2016-02-16_donald-trump-praises-breitbart-s": [
        (2, "Very good reporter, very good", "direct", DT, "Trump, ..., said"),
        (4, "Mr. Trump, you said earlier", "direct", "Matthew Boyle", "Boyle asked Trump"),
        (4, "Can you explain", "direct", "Matthew Boyle", "continues"),
        (5, "I’m very disappointed in the RNC, Republican", "direct", DT, "Trump said"),
        (6, "I’m very disappointed in the RNC because", "direct", DT,
         "next paragraph, no cue"),
        (8, "angry populist enforcer", "partial", "the Daily Beast",
         "which ran a ... article on him naming him the"),
        (10, "699320266804092929", "none", "", "markup of an embedded tweet"),
        (10, "@TheLloydGrove", "none", "", "markup"),
        (10, "2016-02-15", "none", "", "markup"),
        (10, "Very good reporter. Very good", "direct", DT,
         "a tweet quoting Trump, '–@realDonaldTrump' after the words"),
    ],
    "huff-post_2016-01-19_flint-water-response-perfectly-c": [
        (4, "The Rachel Maddow Show", "none", "", "programme title"),
        (11, "As far as what Hillary", "direct", "Karen Weaver", "Weaver said"),
        (13, "When this came about", "direct", "Amanda Renteria", "Renteria told reporters"),
        (15, "Gov. Snyder announced", "direct", "Dave Murray", "told the Washington Examiner"),
        (16, "expedited review", "partial", "the Clinton campaign", "called on FEMA to conduct"),
        (16, "health monitoring", "partial", "the Clinton campaign",
         "and said the Obama administration should ..."),
        (18, "We’ve had a city", "direct", HC, "she said"),
        (18, "I’ll tell you what", "direct", HC, "adding,"),
        (20, "There are no excuses", "direct", BS, "he said (Sanders, the paragraph before)"),
        (20, "The governor long ago", "direct", BS, "continues"),
        (21, "we need to focus", "partial", "Erin Brockovich", "she believed"),
        (22, "I will be speaking", "direct", "Erin Brockovich", "said in a statement"),
        (23, "A lot of people said", "direct", "Karen Weaver", "Weaver ..., telling reporters,"),
    ],
    "breitbart_2015-12-04_bellwether-county-says-trump-sho": [
        (3, "Vigo County, Indiana is", "direct",
         "Dave Leip’s Atlas of U.S. Presidential Elections", "prompted ... to state,"),
        (4, "Crossroads of America", "none", "", "a nickname"),
        (5, "Of its 76,981", "direct", "Politico", "Politico reveals a few relevant facts:"),
        (7, "There’s only one", "direct", "Parker Eaton",
         "said that given the crop ...: (the paragraph before)"),
        (9, "He speaks his mind", "direct", "Jared Potts", "echoed: (the paragraph before)"),
        (10, "… if the Republican", "direct", "Politico", "As Politico reported,"),
    ],
    "politico_2016-06-14_sanders-scripts-his-primary-seas": [
        (11, "The time is long overdue", "direct", BS, "Sanders insisted"),
        (14, "Let me make it very clear", "direct", BS, "he asserted"),
        (15, "political revolution", "none", "", "a slogan"),
        (17, "Before his race", "direct", "Ben Wikler", "said Ben Wikler"),
        (17, "That’s going to happen", "direct", "Ben Wikler", "continues"),
        (20, "He sees the platform", "direct", "Dan Cantor", "said Dan Cantor"),
        (20, "[But] it’s not", "direct", "Dan Cantor", "continues"),
    ],
    "usa-today_2016-04-06_sanders-winning-streak-continues": [
        (4, "He can assert it", "direct", "Steve Elmendorf", "said Steve Elmendorf"),
        (4, "The numbers don't add up", "direct", "Steve Elmendorf", "said Elmendorf"),
        (7, "Many would consider", "direct", "David Wasserman", "said David Wasserman"),
        (7, "And yet it would seal", "direct", "David Wasserman", "he said"),
        (10, "The Facts on Where", "none", "", "a memo's title"),
        (11, "built a nearly", "partial", "Robby Mook", "In it, he says (the memo's author)"),
        (14, "It's going to be a", "direct", "Dan Gerstein", "Gerstein said"),
        (14, "She's going to win", "direct", "Dan Gerstein", "continues"),
    ],
    "politico_2016-03-23_reid-never-ever-ever-underestima": [
        (4, "Never, ever, ever", "direct", "Harry Reid", "Reid said"),
        (4, "One of the most unorthodox", "direct", "Harry Reid", "continues"),
        (5, "I don’t think it matters", "direct", "Harry Reid", "The minority leader said"),
        (6, "You have one who", "direct", "Harry Reid", "Reid said"),
        (8, "In Arizona last night", "direct", "Harry Reid", "Reid said"),
        (8, "There could be some", "direct", "Harry Reid", "continues"),
    ],
    "breitbart_2016-07-27_obama-to-frame-election-as-comma": [
        (3, "Nothing truly prepares", "direct", "Barack Obama",
         "the two-term president will say, according to excerpts ... released by the White House"),
        (4, "Until you’ve sat", "direct", "Barack Obama", "he will say"),
        (4, "But Hillary’s been", "direct", "Barack Obama", "continues"),
        (5, "I can say with confidence", "direct", "Barack Obama", "next paragraph, no cue"),
        (11, "the most ignorant", "partial", DT, "Trump launched ..., calling him"),
        (14, "Russia, if you’re", "direct", DT, "Trump said"),
        (16, "extremely careless", "partial", "The FBI", "The FBI concluded ... that"),
        (17, "This has to be the first", "direct", "Jake Sullivan", "said ... Jake Sullivan"),
        (18, "This has gone from", "direct", "Jake Sullivan", "next paragraph, no cue"),
        (20, "put the biggest crack", "partial", HC, "she said in a video message"),
    ],
}


def build(data: Path) -> dict:
    """The gold, each row checked against its article."""
    stories = {}
    for name, rows in [*ARTICLES.items(), *BATCH2.items()]:
        paras = paragraphs((data / TRAIN / f"{name}.txt").read_text("utf-8"))
        stories[name] = {"part": "train", "batch": 2 if name in BATCH2 else 1,
                         "quotes": polnear_build.quotes_of(paras, name, rows)}
    return {"stories": stories}


if __name__ == "__main__":
    polnear_build.write(build(Path(sys.argv[1])), HERE, lambda q: q["kind"] != "none")

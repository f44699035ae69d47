"""Write ``gold.json`` from the hand annotations below (and check every ``words`` is in
its paragraph).

    python gold/speakers-fresh39/build.py ../shared/data

Rows: (paragraph, first words of the quoted span, kind, speaker, note), the format of
gold/speakers-polnear (paragraphs are the article's blocks separated by a blank line,
0-based, the title line 0). Kinds: direct, partial (scored); none (a term, a title, a
slogan, a sign, the author's own hypothetical wording; not scored). A speaker of None
marks a span the article does not let a reader assign (not scored). Annotated from the
articles alone, before newsprism was run on them; PolNeAR's own attributions were not
read.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("polnear_build",
                                               HERE.parent / "speakers-polnear" / "build.py")
polnear_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(polnear_build)

TRAIN = "polnear/train/text"
HC, DT, BS, MR = "Hillary Clinton", "Donald Trump", "Bernie Sanders", "Marco Rubio"
EW, JZ, TC, PW = "Elizabeth Warren", "Jeff Zucker", "Tim Canova", "Peter Wehner"
SPOKES = "David Cameron's spokesman"

ARTICLES = {
    "breitbart_2016-03-15_the-latest-kasich-scores-all-del": [
        (10, "start making decisions", "partial", HC, "Hillary Clinton says a president must"),
        (11, "positive changes", "partial", HC, "she said Tuesday that"),
        (18, "another super Tuesday", "partial", HC, "Clinton celebrated ..., declaring it"),
        (36, "not get beat up", "partial", MR, "The Florida senator ..., saying the person would"),
        (37, "a prayer", "partial", MR, "He said that he would offer"),
        (38, "literally hate each other", "partial", MR, "Rubio also bemoaned"),
        (56, "establishment", "none", "", "a label"),
        (113, "about right", "none", "", "an exit poll's answer"),
        (119, "lifeboat", "partial", "the organizers (of the meeting)",
         "an option seen by organizers as a"),
        (131, "on pace to get 1,237 delegates", "partial", MR, "He says"),
        (140, "people", "partial", DT, "Trump at the time said he'd asked his"),
        (140, "look into", "partial", DT, "same"),
        (141, "Good Morning America", "none", "", "a programme"),
        (141, "I never said I was going to pay", "direct", DT, "he said"),
        (141, "Well, maybe so.", "direct", DT, "Trump replied"),
    ],
    "nyt_2016-01-20_in-prisoner-swap-compassion-vs-c": [
        (5, "I could see his love", "direct", "Naghmeh Abedini",
         "Mrs. Abedini wrote on her Facebook page"),
        (8, "Governments are taking Americans", "direct", MR, "Mr. Rubio said in Iowa"),
        (8, "It's created an incentive", "direct", MR, "continues"),
        (10, "You hear that a lot", "direct", "Dan Kildee", "said Representative Dan Kildee"),
        (10, "This is a complicated world", "direct", "Dan Kildee", "continues"),
        (11, "Bridge of Spies", "none", "", "a film"),
        (14, "If Reagan had gone with Kemp", "direct", "Nick Daniloff", "Mr. Daniloff ... said"),
        (14, "I've got to tell you", "direct", "Nick Daniloff", "continues"),
        (15, "Swaps are tricky", "direct", "Nick Daniloff", "he said (he = Daniloff)"),
        (15, "In this particular case", "direct", "Nick Daniloff", "continues"),
        (17, "I've seen their anguish", "direct", "Barack Obama", "he said (Mr. Obama)"),
        (17, "I gave these families my word", "direct", "Barack Obama", "continues"),
        (20, "In the cases of the men held in Russia", "direct", "Jeremy Bash",
         "said Jeremy Bash"),
        (20, "This was an example of President Obama", "direct", "Jeremy Bash", "continues"),
        (20, "just quietly deciding", "direct", "Jeremy Bash",
         "continues, split by 'and his team'"),
        (25, "I'm O.K. with negotiations", "direct", "Peter Hoekstra", "Mr. Hoekstra said"),
        (25, "But how can you at this point", "direct", "Peter Hoekstra", "continues"),
        (26, "What we gave up, we believe", "direct", "John Kerry", "he told Fox News"),
        (27, "That, unfortunately,", "direct", "John Kerry", "he said"),
        (27, "is part of the reality", "direct", "John Kerry", "continues"),
    ],
    "nyt_2016-08-01_with-ailes-out-and-murdoch-in-wh": [
        (10, "socialist", "none", "", "a smear, whose words not said"),
        (11, "climate change skeptic", "partial", "Rupert Murdoch",
         "how he portrayed himself on Twitter -- as a"),
        (11, "a real black president", "partial", "Rupert Murdoch", "same tweets"),
        (11, "Maybe most Moslems peaceful", "direct", "Rupert Murdoch", "one who believes:"),
        (14, "sustainable use of resources", "none", "", "a foundation's stated aim"),
        (14, "scientific understanding", "none", "", "same"),
        (14, "carbon neutral", "none", "", "a term"),
        (15, "Entrenched and compromised interests", "direct", "James Murdoch",
         "In an essay in Time magazine ..., he wrote"),
        (17, "the science is still in question", "partial", "Heather Childers",
         "as Heather Childers recently did"),
        (17, "people aligned with the political left", "partial", "Steve Doocy",
         "as the host Steve Doocy said"),
        (20, "false reality bubble denying science", "partial", "David Fenton",
         "he said (Fenton)"),
        (21, "James knows better", "direct", "David Fenton", "Mr. Fenton said"),
        (26, "well fed", "partial", "Bill O'Reilly", "Bill O'Reilly's aside that"),
    ],
    "nyt_2016-06-28_clinton-and-warren-team-up-on-tr": [
        (5, "I got into this race", "direct", HC, "Mrs. Clinton said"),
        (5, "To build an economy", "direct", HC, "continues"),
        (8, "steady hands, but most of all", "partial", EW, "Mrs. Warren praised ..., saying"),
        (9, "She knows what it takes", "direct", EW, "said Ms. Warren"),
        (9, "She doesn't whine", "direct", EW, "continues"),
        (10, "Girl Power", "none", "", "signs"),
        (11, "Don't screw this up!", "direct", EW, "a simple message:"),
        (12, "frustration, the fear", "partial", HC, "In an address that spoke to the"),
        (13, "she is speaking for all of us", "partial", HC, "Mrs. Clinton said that"),
        (15, "Why do the richest Americans", "direct", HC, "Mrs. Clinton asked"),
        (17, "Trump suits were made in Mexico", "direct", HC, "she said"),
        (17, "Trump furniture is made in Turkey", "direct", HC, "continues"),
        (18, "He will crush you into the dirt", "direct", EW, "Ms. Warren said"),
        (19, "Donald Trump says he'll make America", "direct", EW, "Ms. Warren said"),
        (19, "I ask, for who exactly?", "direct", EW, "continues"),
        (20, "reminds us every day", "partial", HC, "Mrs. Clinton ..., saying Mr. Trump"),
        (20, "exposes him for what he is", "partial", HC, "Ms. Warren, she said,"),
    ],
    "nyt_2016-04-12_ryan-wages-campaign-to-counter-t": [
        (7, "Confident America", "none", "", "a campaign's name"),
        (9, "He is running a parallel policy campaign", "direct", "Tim Scott",
         "said Senator Tim Scott"),
        (12, "I'm a big fan of Paul", "direct", "Jeff Sessions", "said Senator Jeff Sessions"),
        (12, "He's a good person", "direct", "Jeff Sessions", "continues"),
        (14, "There is no question that Ryan", "direct", PW, "said Peter Wehner"),
        (14, "He is trying to set forth", "direct", PW, "he said"),
        (14, "That is unusual for a speaker", "direct", PW, "continues"),
        (20, "The House and the Senate and the candidate", "direct", "Lindsey Graham",
         "said Senator Lindsey Graham"),
        (20, "If you can't get everyone on board", "direct", "Lindsey Graham", "continues"),
        (24, "I don't think he would use his position", "direct", PW, "Mr. Wehner said"),
        (24, "But I don't think Ryan would be", "direct", PW, "continues"),
    ],
    "huff-post_2016-05-16_trump-says-he-s-unlikely-to-have": [
        (1, "divisive, stupid and wrong”", "partial", "David Cameron",
         "the British prime minister cast the U.S. presidential candidate as"),
        (1, "It looks like we’re not going", "direct", DT, "Trump told Britain’s ITV"),
        (1, "Well number one, I’m not stupid", "direct", DT, "Trump said"),
        (1, "DIVISIVE, STUPID AND WRONG", "none", "", "a subheading"),
        (1, "The PM has made his views", "direct", SPOKES, "the spokesman said"),
        (1, "He continues to believe that preventing", "direct", SPOKES, "continues"),
        (1, "If one is proposed", "direct", SPOKES, "The spokesman ... adding:"),
        (1, "I hope to have a good relationship", "direct", DT, "Trump told ITV"),
        (1, "very rude statements", "partial", DT, "Trump also criticised ... for making"),
        (1, "Donald Trump‘s ignorant view", "direct", "Sadiq Khan", "Khan said"),
        (1, "He doesn’t know me, never met me", "direct", DT, "Trump said:"),
    ],
    "breitbart_2016-08-15_biden-stumping-for-clinton-trash": [
        (4, "No major party nominee", "direct", "Joe Biden", "said Biden"),
        (5, "This man is totally", "direct", "Joe Biden", "he added"),
        (9, "If my son were still in Iraq", "direct", "Joe Biden", "he said"),
        (11, "Ladies and gentlemen", "direct", "Joe Biden", "he said"),
        (12, "deserve someone who’s with them", "partial", "Joe Biden",
         "said the man who built his political career on his blue collar credentials"),
        (15, "To repeat myself", "direct", "Joe Biden", "he said"),
        (15, "This guy doesn’t care", "direct", "Joe Biden", "continues"),
        (19, "He needs to stop blaming", "direct", "The Wall Street Journal",
         "the conservative-leaning newspaper wrote"),
    ],
    "huff-post_2016-05-19_these-are-the-people-missing-in-": [
        (5, "We are shocked, Ahmed", "direct", "one P&G Amiens employee",
         "told French television station BFMTV"),
        (5, "respected manager", "partial", "Pascale Boistard", "Boistard said in a statement"),
        (8, "He had so many projects", "direct", "Mahamat Saleh Oumar",
         "his friend Mahamat Saleh Oumar told the website"),
        (11, "He’s a new dad", "direct", "Alastair Osman", "he said (his brother)"),
        (11, "A dad for the second time", "direct", "Alastair Osman", "continues"),
        (11, "One of the reasons why I work in Mining", "direct",
         "his colleague (Richard Osman's)", "his colleague wrote on Facebook"),
        (14, "We had called him just before", "direct", "Michery el Soheil",
         "his nephew Michery el Soheil added"),
        (20, "the most beautiful soul", "partial", "a friend (of Mohamed Mamdouh Assem)",
         "A friend referred to him as ... in a Facebook post"),
        (20, "wanted to be a pilot", "partial", "his childhood friend (Assem's)",
         "his childhood friend told The Daily Beast"),
        (26, "a greatly respected", "partial", "Vanguard Logistics Services (its statement)",
         "the statement added"),
        (29, "Oh Lord, have mercy", "direct", "Osman Abu Laban", "Abu Laban wrote"),
        (31, "She is also a mother for three", "direct", "Mariam Emara",
         "another friend, Mariam Emara told CNN"),
        (31, "She used to give lectures", "direct", "Mariam Emara", "continues"),
        (33, "She’s a very pleasant", "direct", "Dexter Wakefield", "he added"),
        (39, "malignant disease", "partial", None, "whose words not said (the school's post?)"),
        (39, "if something happens to her", "partial", "Ahmed al Ashry",
         "al Ashry said he was accompanying his wife because"),
        (40, "He was a man of great quality", "direct", "a friend (of Pierre Heslouin)",
         "a friend said on Facebook"),
        (40, "You will stay in our memories", "direct", "a friend (of Pierre Heslouin)",
         "continues"),
    ],
    "breitbart_2016-05-04_ann-coulter-and-then-there-was-t": [
        (5, "This is the most retarded argument", "none", "",
         "the author's own hypothetical ('without saying')"),
        (9, "had a crazy policy of self-deportation", "partial", DT, "Trump told Newsmax that"),
        (9, "He lost all of the Latino vote", "direct", DT, "adding,"),
        (10, "self-deportation,", "none", "", "a term"),
        (11, "Celebrity Apprentice", "none", "", "a programme"),
        (11, "which is a phenomenal area", "partial", DT, "the interview's words"),
        (12, "self-deportation.", "none", "", "a term"),
        (12, "They’ll go home the same way", "none", "", "the author's suggested wording"),
        (15, "conservative", "none", "", "scare marks"),
        (21, "self-deportation.", "none", "", "a term"),
    ],
    "huff-post_2016-07-25_monday-s-morning-email-putin-s-p": [
        (2, "In less than two weeks, Western Europe", "direct",
         "The Wall Street Journal (its article)", "the item's source tag [WSJ | Paywall]"),
        (2, "The cross-border bribery scandal", "direct",
         "Will Fitzgibbon (The International Consortium of Investigative Journalists)",
         "source tag [Will Fitzgibbon, ...]"),
        (2, "blocked toilets, leaking pipes", "partial", "the Australian Olympic team",
         "The team cited"),
        (4, "homicide detectives of the avian world", "partial", None,
         "'are considered': whose words not said ([Quartz] is the link)"),
        (4, "Mr. Barna’s July 3 bash", "direct", "The New York Times (its article)",
         "source tag [NYT]"),
        (4, "Sherlock.", "none", "", "a series"),
        (5, "New York Gov.", "direct",
         "The Huffington Post (its article)", "source tag [HuffPost]"),
        (7, "Bachelor", "none", "", "a programme"),
        (7, "Star Wars", "none", "", "a film"),
    ],
    "breitbart_2016-07-26_cash-for-opponent-pours-in-as-fl": [
        (6, "In some ways it feels like", "direct", TC, "Canova said"),
        (6, "There’s been a natural donor base", "direct", TC, "continues"),
        (7, "some kind of personal vendetta", "partial", BS, "he said (Sanders)"),
        (7, "good candidate", "partial", BS, "same"),
        (10, "It’s time to end her political career", "direct", TC,
         "Canova wrote to his 20,000 Twitter followers"),
        (13, "He’s doing it the Bernie Sanders way", "direct", "John Archer", "he said"),
        (15, "What the grassroots has done for me", "direct", TC, "he said"),
        (15, "If, when, I’m elected", "direct", TC, "continues"),
        (19, "promoted trend", "none", "", "a product's name"),
        (20, "They’re very open to trying", "direct", "Jenna Golden", "Jenna Golden ... said"),
        (20, "They’re not throwing things", "direct", "Jenna Golden", "continues"),
    ],
    "huff-post_2015-12-03_cnn-president-on-trump-we-do-not": [
        (1, "We do not pay candidates", "direct", JZ, "Zucker said"),
        (1, "There have been people who’ve asked", "direct", JZ, "he said"),
        (1, "It’s not our role to build up", "direct", JZ, "continues"),
        (1, "doesn’t treat me properly", "partial", DT, "Trump groused ... that CNN"),
        (1, "CNN had 23 million people", "direct", DT, "Trump said"),
        (1, "How about we do this for CNN", "direct", DT, "continues"),
        (1, "We don’t think there’s room", "direct", JZ, "Zucker said"),
        (1, "I don’t think there’s enough room", "direct", JZ, "continues"),
        (1, "I now believe that by driving", "direct", JZ, "Zucker wrote (a note to staff)"),
        (1, "is so much broader", "partial", JZ, "Zucker said CNN's business"),
        (1, "We’re global; we’re multi-platform", "direct", JZ, "he said"),
        (1, "I think it’s always good", "direct", JZ, "continues"),
        (1, "Do I think we can get to number one?", "direct", JZ, "Zucker added"),
        (1, "love[s] what I’m doing", "partial", JZ, "told BuzzFeed's Smith ... but"),
        (1, "I will be there for the foreseeable", "direct", JZ, "Zucker said"),
    ],
}


def build(data: Path) -> dict:
    """The gold, each row checked against its article."""
    stories = {}
    for name, rows in ARTICLES.items():
        paras = polnear_build.paragraphs((data / TRAIN / f"{name}.txt").read_text("utf-8"))
        stories[name] = {"part": "train", "quotes": polnear_build.quotes_of(paras, name, rows)}
    return {"stories": stories}


if __name__ == "__main__":
    polnear_build.write(build(Path(sys.argv[1])), HERE,
                        lambda q: q["kind"] != "none" and q["resolvable"])

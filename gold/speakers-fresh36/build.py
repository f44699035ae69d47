"""Write ``gold.json`` from the hand annotations below (and check every ``words`` is in
its paragraph).

    python gold/speakers-fresh36/build.py ../shared/data

Rows: (paragraph, first words of the quoted span, kind, speaker, note), the format of
gold/speakers-polnear (paragraphs are the article's blocks separated by a blank line,
0-based, the title line 0). Kinds: direct, partial (scored); none (a term, a title;
not scored). Annotated from the articles alone, before newsprism was run on them.
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
HC, DT, BS = "Hillary Clinton", "Donald Trump", "Bernie Sanders"
PODESTA, WSJ = "John Podesta", "the Wall Street Journal editorial board"
AD = "the ad's voice over (Our Principles PAC's ad)"

ARTICLES = {
    "huff-post_2016-08-01_hillary-clinton-campaign-wants-a": [
        (1, "We will want a person", "direct", PODESTA, "campaign Chairman John Podesta told"),
        (1, "I think it was the president’s", "direct", PODESTA,
         "he said (Podesta acknowledged, the line before)"),
        (1, "But I think that necessarily", "direct", PODESTA, "he added"),
        (1, "We have a commitment to running", "direct", PODESTA, "he said"),
        (1, "And I think more importantly", "direct", PODESTA, "continues"),
    ],
    "usa-today_2015-12-07_republicans-reaction-is-that-all": [
        (3, "Is that all there is?", "direct", DT, "Trump said (tweeted, paragraph before)"),
        (3, "We need a new President", "direct", DT, "continues"),
        (4, "will assuage people's fears", "partial", "Marco Rubio", "the Florida senator said"),
        (5, "We are at war", "direct", "Marco Rubio", "Rubio said"),
        (8, "will not destroy ISIL", "partial", "Lindsey Graham", "Graham ... tweeted that"),
        (9, "offered no changes", "partial", "John McCain", "McCain ... said the president"),
    ],
    "wash-post_2015-12-20_democratic-candidates-pivot-shar": [
        (3, "The first line of defense", "direct", HC, "said former secretary of state"),
        (5, "I worry greatly", "direct", HC, "she said"),
        (5, "fans the flames", "partial", HC, "adding that such talk"),
        (6, "He is becoming ISIS's", "direct", HC, "Clinton said of Trump"),
        (8, "carpet-bomb", "partial", "Ted Cruz", "Cruz has said that he would"),
        (9, "we now finally are", "partial", HC, "her assertion during the debate that"),
        (10, "No @HillaryClinton", "direct", "Jeb Bush", "Jeb Bush tweeted:"),
        (14, "I do not believe in unilateral", "direct", BS, "Sanders said"),
        (14, "I think one of the heroes", "direct", BS, "continues"),
        (17, "Our people are fearful", "direct", BS, "Sanders said"),
        (17, "But you know what else", "direct", BS, "continues"),
        (18, "create an economy", "partial", BS, "Sanders said"),
        (21, "As I looked out there", "direct", "Martin O'Malley", "O'Malley said"),
        (23, "You have to look at both", "direct", HC, "Clinton said"),
        (24, "Guns, in and of themselves", "direct", HC, "she added"),
    ],
    "usa-today_2016-01-13_trump-cruz-break-away-from-the-p": [
        (3, "It's become a two-person", "direct", "Craig Robinson", "said Craig Robinson"),
        (4, "Mainstream Republicans are running", "direct", "Dianne Bystrom",
         "Bystrom agreed. (no speech verb)"),
        (5, "Several surveys and direct", "direct", "Phil Musser",
         "Phil Musser says (the sentence before)"),
        (7, "The big battle is not just", "direct", "Peter Fenn", "Fenn said"),
        (7, "The next three weeks", "direct", "Peter Fenn", "continues"),
    ],
    "usa-today_2016-04-06_sanders-says-he-s-riding-momentu": [
        (3, "We are defeating Donald Trump", "direct", BS, "Sanders said"),
        (4, "to all the voters", "partial", HC, "Clinton tweeted congratulations ..., adding"),
        (8, "He can assert it", "direct", "Steve Elmendorf", "said Steve Elmendorf"),
        (8, "The numbers don't add up", "direct", "Steve Elmendorf", "said Elmendorf"),
        (12, "Many would consider", "direct", "David Wasserman", "said David Wasserman"),
        (12, "And yet it would seal", "direct", "David Wasserman", "he said"),
        (15, "The Facts on Where", "none", "", "a memo's title"),
        (16, "built a nearly insurmountable", "partial", "Robby Mook",
         "He writes (the memo's author)"),
        (19, "It's going to be a continuation", "direct", "Dan Gerstein", "Gerstein said"),
        (19, "She's going to win", "direct", "Dan Gerstein", "continues"),
    ],
    "wash-post_2016-04-05_democratic-primaries-turn-into-a": [
        (4, "ludicrous", "partial", "the Sanders campaign", "the Sanders campaign rejected ... as"),
        (5, "Good Morning America", "none", "", "a programme's name"),
        (8, "I will help you secure", "direct", "Bill de Blasio", "de Blasio tweeted"),
        (12, "missed opportunities to run", "partial",
         "the New York Times writers (Patrick Healy and Yamiche Alcindor)",
         "what the writers described as"),
        (12, "central complication with Bernie", "partial", "Tad Devine",
         "Sanders strategist Tad Devine said the"),
        (13, "Clinton is 'showing flashes", "partial", "a news article the RNC emailed",
         "The RNC ... emailed a news article reporting that (the article's words)"),
        (16, "willing to debate issues", "partial", BS, "he told the New York Daily News that"),
        (16, "dragging their feet", "partial", BS, "and that"),
        (16, "Don't be a Bum, Hil!", "direct", "the New York Daily News",
         "the tabloid ... a cover saying"),
        (17, "disingenuous", "partial", "the Sanders campaign", "His campaign protested that"),
        (17, "already had locked in", "partial", "the Sanders campaign", "continues"),
    ],
    "politico_2015-12-15_carson-huckabee-fiorina-earned-s": [
        (5, "It's unusual", "direct", "Larry Noble", "said Larry Noble"),
        (5, "It's a hard thing", "direct", "Larry Noble", "continues"),
        (8, "campaign related", "none", "", "the rules' term"),
        (8, "expressly advocating", "partial", "the FEC (a 1996 advisory opinion)",
         "A 1996 FEC advisory opinion added that ..."),
        (12, "It was an overwhelming success", "direct", "Betty Bradley", "she said"),
        (12, "We sold out", "direct", "Betty Bradley", "continues"),
        (15, "limited availability", "partial", "Fiorina's speaking firm",
         "the firm advertised ..., noting her (the Journal reported)"),
        (17, "Any candidate working", "direct", "Hogan Gidley",
         "said Huckabee campaign spokesman Hogan Gidley"),
        (17, "However, what current", "direct", "Hogan Gidley", "continues"),
    ],
    "wash-post_2016-05-29_internal-trump-university-record": [
        (1, "playbooks", "none", "", "a term"),
        (4, "happens to be, we believe", "partial", DT, "Trump ... said Friday that Curiel"),
        (4, "hater of Donald Trump", "partial", DT, "Trump called the judge a"),
        (4, "railroaded", "partial", DT, "who had"),
        (5, "I think Judge Curiel", "direct", DT, "Trump said"),
        (6, "placed the integrity", "partial", "Gonzalo Curiel", "In his order, Curiel noted that"),
        (6, "whether a party benefitting", "partial", "Gonzalo Curiel",
         "The judge pointed to a previous case to say that"),
        (10, "playbook", "none", "", "a term"),
        (12, "assertion that the information", "partial", "Gonzalo Curiel",
         "the order released Friday said (Curiel's order)"),
        (15, "We are going to have professors", "direct", DT,
         "Trump released a marketing video that said"),
        (16, "none of the professors", "partial", "Michael Sexton", "testified ... that"),
        (18, "no substance", "partial", "Jill A. Martin", "said in a written statement"),
        (18, "Trump University was a professionally", "partial", "Jill A. Martin",
         "She added that"),
    ],
    "huff-post_2016-04-06_wisconsin-elects-a-supreme-court": [
        (1, "their misdirected compassion", "partial", "Rebecca Bradley",
         "Bradley criticized ..., hitting (a college column)"),
        (1, "because those afflicted", "partial", "Rebecca Bradley", "She also argued"),
        (1, "How sad that the lives", "direct", "Rebecca Bradley", "she added"),
        (1, "nothing to do with who I am", "partial", "Rebecca Bradley",
         "Bradley apologized ..., saying"),
        (1, "Is Rebecca Bradley independent", "direct", "JoAnne Kloppenburg (her ad)",
         "one of her ads asking"),
        (1, "Public confidence in Wisconsin’s", "direct", "Alicia Bannon", "said Alicia Bannon"),
        (1, "When judges start looking", "direct", "Alicia Bannon", "continues"),
        (1, "There is no place on any", "direct", HC, "Hillary Clinton said"),
        (1, "will help elect JoAnne", "partial", BS, "Sanders said ... which"),
    ],
    "politico_2016-01-28_super-pac-blasts-trump-for-skipp": [
        (4, "This shocking new ad", "direct", "Katie Packer",
         "Katie Packer ... said in a statement (after the long quotation)"),
        (4, "More and more, Trump appears", "direct", "Katie Packer", "continues"),
        (5, "Donald Trump is skipping", "direct", AD, "a voice over says"),
        (6, "substantial", "partial", "Source familiar with the ad", "says the group is spending"),
        (7, "you have to give them", "direct", DT, "footage of Trump saying"),
        (9, "Amnesty for illegal immigrants", "direct", AD, "a voice over saying:"),
    ],
    "huff-post_2016-07-26_obama-administration-to-expand-p": [
        (1, "What we have seen is that our", "direct", "Amy Pope",
         "Amy Pope, deputy homeland security advisor, said on a call"),
        (2, "What we have seen is that our", "direct", "Amy Pope",
         "a quotation card signed 'Amy Pope, deputy homeland security advisor.'"),
        (3, "will not solve this challenge", "partial", "Anne Richards", "said Anne Richards"),
        (6, "is gaining and has gained", "partial", "Alejandro Mayorkas",
         "Mayorkas told reporters"),
        (6, "These programs most often", "direct", "Alejandro Mayorkas", "Mayorkas said"),
        (8, "The basic contradiction", "direct", "Bill Frelick", "Bill Frelick ... said"),
        (8, "important preliminary steps", "partial", "Zoe Lofgren",
         "Lofgren said in a statement that"),
        (8, "does not have the capacity", "partial", "David Vitter",
         "His [Vitter's] office put out a statement saying"),
        (8, "simply a continuation", "partial", "Bob Goodlatte", "Goodlatte said"),
    ],
    "politico_2016-01-14_wsj-editorial-deport-nikki-haley": [
        (3, "articulate conservative", "partial", WSJ, "the editorial board writes"),
        (3, "It's a sign of the GOP", "direct", WSJ, "continues (cue before)"),
        (4, "I am the proud daughter", "direct", "Nikki Haley", "she said in ... response"),
        (5, "very weak on immigration", "partial", DT, "Trump later called Haley"),
        (6, "Are we talking about", "direct", WSJ, "the editorial board writes"),
        (6, "The woman who says", "direct", WSJ,
         "continues (the inner single-mark quotation is Haley's, not an entry)"),
        (8, "The attacks on Ms. Haley", "direct", WSJ, "they conclude"),
        (8, "They also want to make", "direct", WSJ, "continues"),
        (9, "a joke.", "partial", "Ann Coulter", "Coulter told ... that her tweet was"),
    ],
    "breitbart_2016-08-24_report-half-clinton-s-state-meet": [
        (1, "outrageous.", "partial", "Brian Fallon",
         "A spokesman for ... Clinton called ... (named Brian Fallon in paragraph 6)"),
        (7, "It cherry-picked a limited", "direct", "Brian Fallon", "Fallon said"),
        (7, "It is outrageous to misrepresent", "direct", "Brian Fallon", "continues"),
        (9, "The fact Hillary Clinton’s", "direct", "Mike Pence", "Pence said in the statement"),
        (9, "The Clinton Foundation must", "direct", "Mike Pence", "continues"),
        (12, "The evidence is clear", "direct", "Rence Priebus",
         "RNC chairman Rence Priebus said (the article's spelling)"),
        (12, "This is among the strongest", "direct", "Rence Priebus", "continues"),
        (14, "The fundamental thing is", "direct", "Jeff Sessions", "Sessions told CNN"),
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

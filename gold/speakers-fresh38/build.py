"""Write ``gold.json`` from the hand annotations below (and check every ``words`` is in
its paragraph).

    PYTHONPATH=src python gold/speakers-fresh38/build.py ../shared/data

gold/speakers-fresh37's format and conventions: rows (paragraph, first words of the
quoted span, kind, speaker, note); the article is ``text_of``: a title line "FNC-1 body
<id>" (paragraph 0), then the body's blocks separated by a blank line (paragraph 1 on).
Kinds: direct, partial (scored); scare, none (a term, a name, a title, a nickname, a
slogan, a sign; not scored). A speaker ``None`` marks a span a reader cannot assign with
confidence (not scored). Annotated from the articles alone, before newsprism was run on
them.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    """A sibling gold's script as a module (gold scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fresh37_pick = _load("fresh37_pick", HERE.parent / "speakers-fresh37" / "pick.py")
polnear_build = _load("polnear_build", HERE.parent / "speakers-polnear" / "build.py")

PRYOR = "Jacqueline Pryor (her statement)"
RAVEN = "Raven-Symone"
EMIRATI = "24 Emirati (its report)"
OBAMA = "Barack Obama"
TRIDEVIL = "Jasmine Tridevil"
POLICE = "the police report (obtained by the Daily News)"
GIRL = "a girl (her letter)"
TEACHER = "the teacher (Mr R)"
FIGHTER = "a former Syrian rebel fighter (the anonymous fighter)"
FOREIGN = "the British Foreign Office (its statement)"
BROOKS, DOWD = "Garth Brooks", "Maureen Dowd"
MPP = "the Marijuana Policy Project (its billboard's tagline)"
WHITMAN, TONI = "Meg Whitman", "Toni Sacconaghi"
TOMASELLI, FONAROW = "Gordon Tomaselli", "Gregg Fonarow"

ARTICLES = {
    207: [
        (4, "DNA testing has proven", "direct", "Vladimir Kershov",
         "Kershov said in the statement"),
        (4, "Against his wishes", "direct", "Vladimir Kershov", "continues"),
        (5, "The job of a publicist", "direct", PRYOR,
         "In a statement released by Mars' new publicist, Jacqueline Pryor, ..."),
        (6, "It is true.", "direct", "Jacqueline Pryor",
         "Pryor ... made it clear that ... (no cue, after)"),
    ],
    441: [
        (3, "The Cosby Show.", "none", "", "a title"),
        (4, "gossip parody and satirical", "partial", "Hip-Hop Hangover (its disclaimer page)",
         "the site has a disclaimer page in which it describes itself as"),
        (8, "I was NOT taking advantage", "direct", RAVEN, "she captioned a photo"),
        (8, "Cosby Show", "none", "", "a title"),
        (9, "I was practically a baby", "direct", RAVEN, "she added"),
        (10, "Everyone on that show", "direct", RAVEN, "no cue, continues"),
        (11, "Cosby Show", "none", "", "a title"),
        (12, "Bill Cosby 77.", "none", "", "a title"),
    ],
    1328: [
        (2, "Daash", "none", "", "a name"),
        (2, "fabricated", "partial", "Emiratis (on social networking sites)",
         "which they described as"),
        (3, "24 Emirati", "none", "", "a name"),
        (3, "sons of the family", "none", "", "a name"),
        (3, "Google", "none", "", "a name"),
        (3, "The Nation", "none", "", "a name"),
        (4, "have been checking the news", "direct", EMIRATI, "The report added that"),
        (5, "For more transparency", "direct", EMIRATI, "He continued (the report)"),
        (6, "Mary heroine and symbol", "partial", "members of the Mansouri family",
         "denounced a number of members of the family ..., stressing their support"),
        (7, "Mary", "none", "", "a name"),
        (7, "Twitter", "none", "", "a name"),
        (7, "Statement Manasir tribe", "direct", "Zainab Al Mansouri",
         "Zainab Al Mansouri ... on Twitter, saying:"),
    ],
    929: [
        (2, "This step forward,", "direct", OBAMA, "announced Obama"),
        (2, "will make it easier", "direct", OBAMA, "continues"),
        (3, "Obama", "direct", "Kevin Brady", "said Rep. Kevin Brady"),
        (4, "It", "direct", "Sarah Palin", "said former Alaska Governor Sarah Palin"),
        (4, "This is the most abusive", "direct", "Sarah Palin", "she added"),
        (6, "We don", "direct", OBAMA,
         "said the President (Obama: 'The President revealed the changeover', par. 2)"),
        (6, "My economic team predicts", "direct", OBAMA, "continues"),
        (8, "I think it", "direct", "Vonda Miller",
         "said Washington DC shop owner Vonda Miller (unclosed)"),
        (8, "I spend too much time", "direct", "Vonda Miller", "continues"),
    ],
    2486: [
        (5, "This is not a fake", "direct", TRIDEVIL, "Jasmine Tridevil told the Sun"),
        (5, "I had the procedure done", "direct", TRIDEVIL, "continues"),
        (8, "I plan to release it", "direct", TRIDEVIL, "she told the Sun"),
        (8, "I know what I have done", "direct", TRIDEVIL, "continues"),
        (9, "Total Recall.", "none", "", "a title"),
        (10, "a quick flash,", "partial", None,
         "She did give a Tampa TV station \"a quick flash\": whose words is not said"),
        (10, "m not ready to do that", "partial", TRIDEVIL,
         "but wouldn't show more because"),
        (12, "Well, I am crazy,", "direct", TRIDEVIL, "she told the ... show"),
        (12, "The News Junkie", "none", "", "a name"),
        (12, "Crazy people don", "direct", TRIDEVIL, "continues"),
        (15, "She stated,", "direct", POLICE, "read the police report obtained by the Daily News"),
        (15, "I asked her if she knew", "direct", POLICE, "continues"),
        (16, "I beat women.", "none", "", "a sign's text"),
    ],
    2074: [
        (6, "Dear Mr R", "direct", GIRL, "The full letter reads: (paragraph before)"),
        (7, "Even though you", "direct", GIRL, "the letter continues"),
        (8, "The reason why I say brave", "direct", GIRL, "the letter continues"),
        (9, "You don", "direct", GIRL, "the letter continues"),
        (10, "From A x x", "direct", GIRL, "the letter's signature (unclosed, to par. 11)"),
        (14, "As part of anti-bullying week", "direct", TEACHER,
         "He told the website ...: (paragraph before)"),
        (15, "Then I asked who thought", "direct", TEACHER, "continues"),
        (17, "Reading it brought tears", "direct", TEACHER,
         "He said he felt very moved (paragraph before)"),
        (18, "For my class it was", "direct", TEACHER, "continues"),
        (19, "Now, I can mention", "direct", TEACHER, "continues"),
    ],
    681: [
        (2, "Merry Christmas,", "partial", "an airline employee",
         "an airline employee wished him a"),
        (4, "merry Christmas.", "partial", "a flight attendant",
         "a flight attendant who also wished him a"),
        (5, "Don", "direct", "the man (the passenger removed from the plane)", "the man raged"),
        (8, "Merry Christmas", "none", "", "a term"),
        (8, "friendly overtures require", "partial", "Miss Manners",
         "Miss Manners, who says ... but"),
        (9, "While some people are offended", "direct", "Miss Manners", "she says"),
        (16, "Merry Christmas", "none", "", "a term"),
    ],
    1275: [
        (8, "They ask for $1 million", "direct", FIGHTER, "He said: (the fighter, par. 7)"),
        (10, "a humanity case.", "partial", FIGHTER, "He called his work"),
        (16, "It will be like a shame", "direct", "the FSA source (the FSA official)",
         "The FSA source added:"),
        (17, "manager", "none", "", "a term"),
        (19, "seeking more information", "partial", "a US State Department spokesperson",
         "a US State Department spokesperson said they were actively"),
        (20, "disgusting.", "partial", "a senior US diplomat",
         "A senior US diplomat branded the idea"),
    ],
    1324: [
        (2, "Jihadi John", "none", "", "a nickname"),
        (4, "Jihadi John", "none", "", "a nickname"),
        (6, "Jihadi John", "none", "", "a nickname"),
        (8, "even if only one soldier", "partial", "Abu Bakr Al-Baghdadi",
         "An audio tape ... of Al-Baghdadi ... imploring his followers"),
        (10, "We are aware of the reports,", "direct", FOREIGN,
         "the Foreign Office statement reads"),
        (10, "We cannot confirm", "direct", FOREIGN, "continues"),
    ],
    1636: [
        (1, "selfie", "none", "", "a term"),
        (2, "lies", "partial", "Korovin's lawyers", "an allegation Korovin's lawyers are calling"),
        (3, "patron saint of Broadway", "none", "", "a nickname"),
        (3, "categorically", "partial", "Gwen Korovin", "Korovin ... also denied"),
        (5, "Joan Rivers", "direct", "Leslie Bennetts", "Bennetts said in a statement"),
        (5, "s hard to imagine", "direct", "Leslie Bennetts", "continues"),
        (8, "I wish I could explain it", "direct", BROOKS,
         "the 52-year-old joked (Garth Brooks, par. 7)"),
        (8, "But I don", "direct", BROOKS, "he said"),
        (8, "We saw video footage", "direct", BROOKS, "continues"),
        (10, "Consume Responsibly", "none", "", "a slogan"),
        (12, "What could go wrong?", "partial", DOWD, "Dowd ... wrote about the results"),
        (12, "Don't Harsh Our Mellow, Dude", "none", "", "a title"),
        (13, "I barely made it", "direct", DOWD, "she wrote"),
        (14, "As my paranoia deepened", "direct", DOWD, "continues"),
        (15, "are supposed to be cut", "partial", "a medical consultant",
         "A medical consultant would later tell Dowd that"),
        (16, "t let a candy bar ruin", "direct", MPP,
         "reads the tagline (the MPP unveiling a billboard)"),
        (16, "With edibles, start low", "direct", MPP, "continues"),
        (18, "m going to make it my Christmas", "direct", DOWD, "she said"),
        (18, "onto gun control.", "direct", DOWD, "adding dryly"),
    ],
    429: [
        (4, "Our work during the past", "direct", WHITMAN, "Whitman said in a statement"),
        (4, "The decision to separate", "direct", WHITMAN, "continues"),
        (6, "fueled by weakness", "partial", TONI, "wrote in a note that ... his take is"),
        (6, "came close", "partial", TONI, "He also noted that"),
        (6, "apparently has shopped", "partial", TONI, "same cue"),
        (8, "better together", "partial", "Hewlett-Packard (HP's prior stance)",
         "its prior stance that it was (inside Maynard Um's note)"),
    ],
    2539: [
        (4, "While it", "direct", TOMASELLI, "says Dr. Tomaselli"),
        (5, "Eggs contain many other", "direct", FONAROW, "says Gregg Fonarow"),
        (5, "Whether the net effect", "direct", FONAROW, "he says"),
        (7, "This way you", "direct", TOMASELLI, "says Dr. Tomaselli"),
        (9, "You have to be cognizant", "direct", TOMASELLI, "says Dr. Tomaselli"),
        (10, "pastured", "none", "", "a word on a carton"),
    ],
}


def build(data: Path) -> dict:
    """The gold, each row checked against its article."""
    texts = fresh37_pick.bodies(data)
    stories = {}
    for body_id, rows in ARTICLES.items():
        paras = polnear_build.paragraphs(fresh37_pick.text_of(body_id, texts[body_id]))
        stories[str(body_id)] = {"part": "fnc1",
                                 "quotes": polnear_build.quotes_of(paras, body_id, rows)}
    return {"stories": stories}


if __name__ == "__main__":
    polnear_build.write(build(Path(sys.argv[1])), HERE,
                        lambda q: q["kind"] in ("direct", "partial") and q["resolvable"])

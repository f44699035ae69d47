"""Write ``gold.json`` from the hand annotations below (and check every ``words`` is in
its paragraph).

    PYTHONPATH=src python gold/speakers-fresh37/build.py ../shared/data

Rows: (paragraph, first words of the quoted span, kind, speaker, note), the format of
gold/speakers-polnear and gold/speakers-fresh36. The article is ``pick.text_of``: a title
line "FNC-1 body <id>" (paragraph 0), then the body's blocks separated by a blank line
(paragraph 1 on). Kinds: direct, partial (scored); scare, none (a term, a name, a title,
a nickname, a slogan; not scored). A speaker ``None`` marks a span a reader cannot
assign with confidence (not scored). Annotated from the articles alone, before
newsprism was run on them.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pick import _load, bodies, text_of  # noqa: E402

polnear_build = _load("polnear_build", HERE.parent / "speakers-polnear" / "build.py")

SOUFAN = "a Soufan report (the Soufan Group)"
MARINES = "the U.S. Marine Corps (its statement)"
KIRCHNER, OBAMA, TRUMP = "Cristina Kirchner", "Barack Obama", "Donald Trump"
PAPER = "the commentary (on the People's Daily website)"

ARTICLES = {
    863: [
        (9, "FSU alert dangerous situation", "direct", "the campus alert (FSU's alert)",
         "the alert read (a campus alert, paragraph before)"),
        (9, "Seek shelter immediately", "direct", "the campus alert (FSU's alert)", "continues"),
        (13, "There's a man with a gun", "direct", "Samantha Sillick",
         "Samantha Sillick said in a text to her father"),
        (13, "I love you.", "direct", "Samantha Sillick", "continues"),
        (15, "I heard what was unmistakably", "direct", "Jason Derfuss", "said Jason Derfuss"),
        (15, "He gunned down another student", "direct", "Jason Derfuss", "continues"),
        (18, "Instead of complying", "direct", "Dave Northway", "said Northway"),
        (20, "If there's any positive news", "direct", "Andrew Gillum",
         "said the city's Mayor-elect Andrew Gillum"),
        (22, "I know every Seminole", "direct", "Rick Scott", "said Scott (Gov. Rick Scott)"),
        (24, "The Florida State University community", "direct", "John Thrasher",
         "released a statement that said in part: (paragraph before)"),
    ],
    2050: [
        (2, "The Iraqi Parliament's National Security", "direct", "Hakem al-Zameli",
         "Head of the committee Hakem al-Zameli said, according to a ... report"),
        (7, "We have discovered weapons", "direct", "Khalaf Tarmouz",
         "the Al-Ahad news website quoted ... Khalaf Tarmouz as saying"),
        (11, "There are proofs and evidence", "direct", "Hakem al-Zameli",
         "he told FNA (Al-Zameli, paragraph before)"),
        (13, "The US drops weapons", "direct", "Hakem al-Zameli",
         "no cue, unclosed; after He noted (Al-Zameli)"),
        (14, "These documents are given", "direct", "Hakem al-Zameli", "He noted ... and said"),
        (16, "The international coalition is only", "direct", "Jome Divan",
         "Jome Divan, who is member of ..., said"),
        (17, "The coalition has not targeted", "direct", "Jome Divan", "He ... continued"),
        (20, "not serious in fighting", "partial", "Majid al-Gharawi", "He added that"),
        (21, "the US is trying to expand", "partial", "Majid al-Gharawi", "Gharawi added that"),
        (22, "unknown planes threw arms", "partial", "Salahuddin security commission",
         "Salahuddin security commission also disclosed that"),
        (24, "The international coalition is not serious", "direct", "Nahlah al-Hababi",
         "Nahlah al-Hababi told FNA"),
        (25, "The ISIL terrorists are still", "direct", "Nahlah al-Hababi", "she added"),
        (30, "The US and the so-called", "direct", "Massoud Jazayeri",
         "... Brigadier General Massoud Jazayeri said (after a long quotation)"),
    ],
    2289: [
        (2, "The U.S. Intelligence Community has analyzed", "direct", "Caitlin Hayden",
         "National Security Council spokeswoman Caitlin Hayden said in a statement"),
        (8, "not in a position to confirm", "partial", "Josh Earnest", "Earnest said he was"),
        (9, "Our thoughts and prayers", "direct", "Josh Earnest", "Earnest said"),
        (9, "The United States, as you know", "direct", "Josh Earnest", "continues"),
        (11, "If the video is genuine", "direct", "Jen Psaki",
         "she said (Psaki, paragraph before)"),
        (13, "to use your authority", "partial", "Shirley Sotloff", "asked ... to grant ..."),
        (14, "stand-up philosopher from Miami", "partial", "Steven Sotloff",
         "On his Twitter account, Sotloff described himself as"),
        (15, "an honorable man", "partial", "Shirley Sotloff", "Sotloff's mother said he was"),
        (15, "has always tried to help", "partial", "Shirley Sotloff", "same cue"),
        (16, "paying the price", "partial", "Steven Sotloff",
         "The New York Times reports that in the video ... Sotloff says he is"),
        (17, "I'm back, Obama", "direct", "a masked fighter",
         "A masked fighter, the Times reports, appears beside Sotloff saying"),
    ],
    1596: [
        (2, "The Islamic State are now less than", "direct",
         "the spokesperson (of the Foundation for Relief and Reconciliation in the Middle East)",
         "the spokesperson said (officials of the Foundation, paragraph before)"),
        (2, "They said it could never happen", "direct",
         "the spokesperson (of the Foundation for Relief and Reconciliation in the Middle East)",
         "the report quoted the spokesperson as saying"),
        (3, "Over the past couple of years", "direct", OBAMA, "the president said"),
        (3, "able to reconstitute themselves", "partial", OBAMA, "same cue, unclosed"),
        (4, "This became ground zero", "direct", OBAMA, "Obama said of Syria"),
        (4, "Where you've got states", "direct", OBAMA, "he said"),
        (5, "Western infidels", "partial", "Abu Mohamad al-Golani",
         "the head of the ... Al-Nusra Front said that it would work ... to defeat"),
        (5, "Muslims will not watch", "direct", "Abu Mohamad al-Golani",
         "he said ... said Al-Nusra head Abu Mohamad al-Golani (named after the quotation)"),
        (5, "to the hearts of your homes", "partial", "Abu Mohamad al-Golani",
         "warning that the battle would be brought"),
        (5, "You should protect yourselves", "direct", "Abu Mohamad al-Golani",
         "he added, according to Reuters"),
        (6, "We are in a long war", "direct", "Abu Firas al-Suri",
         "group spokesman Abu Firas al-Suri said"),
        (7, "It's not a war against Nusra", "direct", "Abu Firas al-Suri", "he added"),
        (9, "crusader", "scare", "", "what they describe as (members, or the two groups)"),
    ],
    2554: [
        (1, "confidants", "none", "", "a term of the report"),
        (1, "quite certain the president is wide open", "partial", "James Mattis",
         "a senior cabinet figure said he was (named in paragraph 5: Mattis)"),
        (2, "I will make my final decision", "direct", TRUMP, "Trump said in a tweet"),
        (4, "three sources with direct knowledge", "partial", "Axios (its report)",
         "A report from the Axios news outlet ... cited"),
        (5, "obviously got a discussion going", "partial", "James Mattis",
         "defense secretary James Mattis said the White House had"),
        (6, "And I was sitting in on", "direct", "James Mattis", "He added:"),
        (7, "not inside my portfolio", "partial", "James Mattis", "Mattis said that"),
        (7, "Obviously we deal with", "direct", "James Mattis", "but added:"),
        (9, "It is my opinion that many", "direct", TRUMP, "the president wrote"),
        (9, "Whenever you see the words", "direct", TRUMP, "continues"),
    ],
    2564: [
        (2, "Today, President Donald J. Trump informed", "direct", "Sean Spicer",
         "White House Press Secretary Sean Spicer said in a statement"),
        (2, "President Trump acted based", "direct", "Sean Spicer", "continues"),
        (4, "While I greatly appreciate", "direct", TRUMP, "Trump wrote (his letter)"),
        (4, "It is essential that we find", "direct", TRUMP, "continues"),
        (7, "over the past year", "partial", "Rod Rosenstein (his memorandum)",
         "A memorandum prepared by ... Rosenstein ... kicks off with the fact that"),
        (9, "When federal agents and prosecutors", "direct", None,
         "the letter states: Rosenstein's memorandum, or Comey's letter just named"),
        (11, "departure from the department", "partial",
         "several attorneys general and other authorities (cited by Rosenstein)",
         "who decried Comey's actions as a"),
        (11, "we should reject the departure", "partial", "Rod Rosenstein",
         "Rosenstein writes that"),
        (14, "You can't review 650,000", "direct", TRUMP, "Trump said at a rally"),
        (14, "Hillary Clinton is guilty", "direct", TRUMP, "continues"),
        (17, "I have no information that supports", "direct", "James Comey",
         "Comey said in March"),
        (17, "The Department of Justice has asked me", "direct", "James Comey", "continues"),
        (20, "We approach this work", "direct", "James Comey",
         "he said (Comey, paragraph before)"),
        (20, "I can promise you", "direct", "James Comey", "continues"),
        (21, "Trump firing Comey shows", "direct", "Tim Kaine", "Tim Kaine ... tweeting,"),
    ],
    2573: [
        (4, "I have seen and read the emails", "direct", "the federal investigator",
         "the federal investigator told Fox News"),
        (6, "My investigation up to this point", "direct", "Rod Wheeler", "Wheeler said"),
        (6, "I do believe that the answers", "direct", "Rod Wheeler", "continues"),
        (10, "federal investigator", "none", "", "the article's term for the source"),
        (11, "confirmed", "partial", "Rod Wheeler", "Wheeler claimed ... a source ... that"),
        (11, "stand down", "partial", "Rod Wheeler",
         "Wheeler claimed ... told him MPD was told to"),
        (13, "That story on Fox 5 last night", "direct", "Rod Wheeler",
         "He told BuzzFeed News (Wheeler)"),
        (21, "third party", "none", "", "a term taken from the family's statement"),
    ],
    2383: [
        (1, "adopted", "scare", "", ""),
        (6, "The Law of Presidential Godfathership", "none", "", "a law's name"),
        (10, "magical moment", "partial", KIRCHNER, "The president in her tweets ... described"),
        (10, "marvellous family.", "partial", KIRCHNER, "same cue"),
        (10, "a total sweety,", "partial", KIRCHNER, "She described Yair as"),
        (10, "Queen Esther.", "partial", KIRCHNER, "same cue"),
        (11, "are a very special family", "partial", KIRCHNER, "She tweeted that"),
        (13, "godson", "scare", "", ""),
    ],
    153: [
        (3, "We have bodies", "direct", "Mohamed Alhakim", "Alhakim told"),
        (3, "Come and examine them", "direct", "Mohamed Alhakim", "continues"),
        (4, "crimes of genocide", "partial", "Mohamed Alhakim", "accused ... of"),
        (5, "it's very clear that the tactics", "partial", "Nikolay Mladenov",
         "he said only that (Mladenov)"),
        (7, "Especially worrying is", "direct", "Nikolay Mladenov", "Mladenov said"),
        (10, "barbaric.", "partial", "Pope Francis", "Pope Francis, who called the killings"),
        (12, "Peshmerga Captives in Kirkuk Province", "none", "", "a video's title"),
    ],
    1514: [
        (3, "one country, two systems", "none", "", "a policy's name"),
        (5, "office workers in slacks", "partial", "the New York Times",
         "according to the Times"),
        (14, "hands up", "none", "", "a slogan's imagery"),
        (17, "Stay strong #HongKong.", "direct", "Heather (a #Ferguson protester; her sign)",
         "wearing a sign that says"),
        (19, "anti-China forces", "partial", PAPER,
         "A commentary on the website of the People's Daily ... claimed that"),
        (19, "gang of people whose hearts", "partial", PAPER, "It called them a"),
        (21, "The protesters, they are so young", "direct",
         "a mother of two (who joined the protests)", "told the Times"),
        (21, "They are fighting for our future", "direct",
         "a mother of two (who joined the protests)", "continues"),
    ],
    1411: [
        (1, "believed dead,", "partial", "reports (in the past 24 hours)",
         "reports have arrived saying"),
        (1, "critically wounded,", "partial", "reports (in the past 24 hours)", "same cue"),
        (4, "Perhaps you suspected", "direct", "Abu Muhammad al-Adnani",
         "the Jerusalem Post quoted him saying"),
        (4, "I assure the [Islamic] nation", "direct", "Abu Muhammad al-Adnani", "continues"),
        (8, "The wounding and potential loss", "direct", "Theodore Karasik",
         "wrote Theodore Karasik (after the quotation)"),
        (8, "Baghdadi, as", "direct", "Theodore Karasik", "same cue, after a colon"),
        (9, "ISIS discourse will likely", "direct", "Theodore Karasik", "Karasik added:"),
        (10, "He is intensely careful", "direct", "the Soufan Group",
         "reported the Soufan Group:"),
        (10, "invisible sheik.", "none", "", "a nickname"),
        (11, "obscurity,", "partial", SOUFAN, "a Soufan report said"),
        (11, "may have provided [him]", "partial", SOUFAN, "same cue"),
        (12, "The same thing is needed", "direct", "Thomas Sanderson",
         "Thomas Sanderson, a senior fellow ..., told the magazine"),
        (12, "When you kill the leader", "direct", "Thomas Sanderson", "continues"),
        (13, "They have gone to ground", "direct", "David E. Johnson",
         "David E. Johnson, a Rand military expert, said"),
        (13, "You can’t kill them", "direct", "David E. Johnson", "continues"),
    ],
    1694: [
        (1, "tempting eyes", "none", "", "the law's phrase, as reported"),
        (2, "A new law in Saudi Arabia", "direct", "Omni",
         "So writes the Omni (next paragraph, after the quotation)"),
        (7, "Business World", "none", "", "a blog's title"),
        (8, "Prince Naif supports the new law", "none", "", "a link's text"),
        (8, "Prince Naif, the Saudi throne", "partial", "the article (on firsttoknow.com)",
         "an article published this week on the site firsttoknow.com, alleging that"),
        (10, "Religious police deny", "none", "", "a subheading in marks"),
        (12, "religious police", "none", "", "a term inside Khalaf's words"),
        (14, "information relating to the Saudi", "partial", "Abdulhadi Khalaf",
         "that Abdulhadi Khalaf says is credible"),
        (15, "the Committee for the Promotion", "direct", "Hail News (its article)",
         "The article writes Hail News that"),
    ],
    566: [
        (6, "All crew served weapons", "direct", MARINES,
         "the statement read (the Marine Corps denied, paragraph before)"),
        (7, "To be clear", "direct", MARINES, "The statement continued:"),
        (19, "They are still capable", "direct", "John Kirby",
         "said Rear Adm. John Kirby, a Pentagon spokesman"),
        (20, "I'd be less than honest", "direct", "John Kirby", "he said"),
        (20, "We're just going to have to", "direct", "John Kirby", "continues"),
        (21, "underwear bomber", "none", "", "a nickname"),
        (22, "They are a very dangerous group", "direct", "John Kirby", "said Kirby"),
        (22, "They do want to threaten", "direct", "John Kirby", "continues"),
    ],
}


def build(data: Path) -> dict:
    """The gold, each row checked against its article."""
    texts = bodies(data)
    stories = {}
    for body_id, rows in ARTICLES.items():
        paras = polnear_build.paragraphs(text_of(body_id, texts[body_id]))
        stories[str(body_id)] = {"part": "fnc1",
                                 "quotes": polnear_build.quotes_of(paras, body_id, rows)}
    return {"stories": stories}


if __name__ == "__main__":
    polnear_build.write(build(Path(sys.argv[1])), HERE,
                        lambda q: q["kind"] in ("direct", "partial") and q["resolvable"])

"""Label choice and voices across outlets, on a two-article story analysed for real."""

from __future__ import annotations

import pytest

from newsprism.compare.labels import mention_phrase
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.extract.nlp import load_nlp

FOX = (
    "The group is funded by liberal billionaire George Soros, according to the filing.\n\n"
    "The Republican governor, Asa Hutchinson, signed the bill on Tuesday.\n\n"
    '"This is a good day for Arkansas," Hutchinson said.'
)
NYT = (
    "George Soros has given money to the group, the filing shows.\n\n"
    "Gov. Asa Hutchinson of Arkansas signed what proponents call the religious freedom bill.\n\n"
    '"The law will hurt gay people," said Rita Sklar, a civil rights lawyer.'
)


def _phrase_of(text: str, mention: str) -> str | None:
    """The label phrase ``mention_phrase`` finds around the first ``mention`` of ``text``."""
    doc = load_nlp()(text)
    start = text.index(mention)
    found = mention_phrase(doc, start, start + len(mention))
    return None if found is None else text[found[0] : found[1]]


@pytest.fixture(scope="module")
def analysis() -> dict:
    return _analyzed(("fox", FOX, "Fox News"), ("nyt", NYT, "NYT"))


def _analyzed(*items: tuple[str, str, str]) -> dict:
    """The compare JSON of one story: (id, text, outlet) per article."""
    return analyze_story([gold_article(i, text, outlet=outlet)
                          for i, text, outlet in items]).as_dict()  # fmt: skip


def _ids(analysis: dict) -> dict[str, str]:
    return {a["outlet"]: a["id"] for a in analysis["articles"]}


def _row(analysis: dict, name: str) -> dict:
    (row,) = [r for r in analysis["label_choice"]["entities"] if r["name"] == name]
    return row


def test_each_outlets_words_for_the_same_person(analysis: dict) -> None:
    ids = _ids(analysis)
    soros = _row(analysis, "George Soros")["outlets"]
    fox = [label["text"] for label in soros[ids["Fox News"]]]
    assert fox == ["liberal billionaire George Soros"]
    assert soros[ids["Fox News"]][0]["descriptors"] == ["liberal", "billionaire"]
    assert [label["text"] for label in soros[ids["NYT"]]] == ["George Soros"]
    assert soros[ids["NYT"]][0]["descriptors"] == []
    fox_label = soros[ids["Fox News"]][0]
    assert fox_label["terms"] and fox_label["terms"][0]["neutral"]
    assert (
        analysis["articles"][0]["text"][
            fox_label["spans"][0]["start"] : fox_label["spans"][0]["end"]
        ]
        == fox_label["text"]
    )


def test_a_title_and_an_apposition_are_the_outlets_label(analysis: dict) -> None:
    ids = _ids(analysis)
    hutchinson = _row(analysis, "Asa Hutchinson")["outlets"]
    fox = [label["text"] for label in hutchinson[ids["Fox News"]]]
    assert any("Republican governor" in text for text in fox), fox
    nyt = [label["text"] for label in hutchinson[ids["NYT"]]]
    assert any(text.startswith("Gov. Asa Hutchinson") for text in nyt), nyt


def test_voices_heard_on_one_side_only(analysis: dict) -> None:
    ids = _ids(analysis)
    heard = {v["speaker"]: v for v in analysis["voices_heard"]}
    assert heard["Rita Sklar"]["only"] == ids["NYT"]
    assert heard["Asa Hutchinson"]["only"] == ids["Fox News"]


def test_the_hedge_is_in_the_framing_of_the_outlet_that_uses_it(analysis: dict) -> None:
    ids = _ids(analysis)
    hedges = [h["text"] for h in analysis["framing"][ids["NYT"]]["hedges"]]
    assert hedges == ["what proponents call"]
    assert analysis["framing"][ids["Fox News"]]["hedges"] == []


@pytest.mark.parametrize(
    ("text", "mention", "phrase"),
    [
        (
            "The talks included Israel's security minister Yoav Gallant on Monday.",
            "Yoav Gallant",
            "Israel's security minister Yoav Gallant",
        ),
        (
            "A ceasefire requires the Palestinian Resistance movement, Hamas, to agree.",
            "Hamas",
            "the Palestinian Resistance movement, Hamas",
        ),
        (
            "Yoav Gallant, Israel's defense minister, arrived in Washington.",
            "Yoav Gallant",
            "Yoav Gallant, Israel's defense minister",
        ),
    ],
)
def test_mention_phrase(text: str, mention: str, phrase: str) -> None:
    assert _phrase_of(text, mention) == phrase


# --- what is not a label for the referent (session 13's reading of BASIL; framing.md) ---


@pytest.mark.parametrize(
    ("text", "mention", "phrase"),
    [
        # a list: the name set beside is another company, not a description
        ("The companies that take part in the scheme are Microsoft, Oracle, Google, Amazon "
         "and Apple.", "Oracle", "Oracle"),
        # a dateline before a person's title and name
        ("BOSTON -- Governor Maura Healey on Friday defended the budget.", "BOSTON", "BOSTON"),
        # a poll's figures set beside a candidate
        ("A new poll shows Warren leading Brown, 52 percent to 41 percent, in Ohio.", "Brown",
         "Brown"),
        # across a verb: the parse sets the name beside "subpoenas", not the attorney
        ("The subpoenas, issued by prosecutors in the office of the United States attorney "
         "for New Mexico, Carol R. Brennan, seek records on the closures.", "Carol R. Brennan",
         "Carol R. Brennan"),
        # the parse sets the name beside an organisation's name
        ("The scheme was run from the Port Authority of Boston and Cambridge, Martin Kessler, "
         "along with an aide.", "Martin Kessler", "Martin Kessler"),
        # ... but beside a common noun it is the description, as before
        ("It was planned by an aide at the Federal Reserve Bank of Chicago, Martin Kessler, "
         "with two others.", "Martin Kessler",
         "an aide at the Federal Reserve Bank of Chicago, Martin Kessler"),
        ("The letters, sent by lawyers in the office of the state attorney general, Letitia "
         "James, ask for records.", "Letitia James", "the state attorney general, Letitia James"),
        # a list whose last item is a common noun: "the pope" is not Jeter's description
        ("Derek Jeter, Brad Pitt, Indiana Jones, the pope have nothing on him.", "Derek Jeter",
         "Derek Jeter"),
        # a list before the mention: the phrase stops at the coordinated item
        ("Okafor is a graduate of Howard University and Georgetown University Law Center.",
         "Georgetown University Law Center", "Georgetown University Law Center"),
        # a bracket the phrase opens is closed
        ("Senator Susan Collins (R) voted against it.", "Susan Collins",
         "Senator Susan Collins (R)"),
    ],
)  # fmt: skip
def test_a_name_or_figure_beside_the_mention_is_not_its_label(
    text: str, mention: str, phrase: str
) -> None:
    assert _phrase_of(text, mention) == phrase


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Obama administration defended the programme on Saturday.", "Obama"),
        ("Some close to the GOP chairman say he will run again.", "GOP"),
    ],
)
def test_a_mention_that_modifies_another_noun_has_no_phrase(text: str, mention: str) -> None:
    doc = load_nlp()(text)
    start = text.index(mention)
    assert mention_phrase(doc, start, start + len(mention)) is None


GROUPS_A = (
    "At least six top Republicans urged Michael Steele to step down on Monday. Lindsey "
    "Graham disagreed.\n\n"
    "A spokesman for the R.N.C. did not respond. Former U.S. ambassador Ann Wagner said "
    "she would run for the post.\n\n"
    "The Obama administration said nothing about the race."
)
GROUPS_B = (
    "Other Republicans said RNC Chairman Michael Steele should stay. Senator Lindsey Graham "
    "(R-S.C.) agreed.\n\n"
    "The RNC will vote in January. Ann Wagner, a former RNC co-chairwoman, is running.\n\n"
    "President Barack Obama did not comment on the race."
)


@pytest.fixture(scope="module")
def groups() -> dict:
    return _analyzed(("nyt", GROUPS_A, "NYT"), ("hpo", GROUPS_B, "HuffPost"))


def test_a_group_is_not_a_referent(groups: dict) -> None:
    rows = groups["label_choice"]["entities"]
    assert not [r for r in rows if r["type"] == "NORP"]
    assert not [r for r in rows if "Republicans" in r["name"]]


def test_abbreviation_letters_are_not_descriptors(groups: dict) -> None:
    words = {w for r in groups["label_choice"]["entities"] for labels in r["outlets"].values()
             for label in labels for w in label["descriptors"]}  # fmt: skip
    assert not words & {"R", "N", "C", "U", "S", "R-S"}, words
    graham = _row(groups, "Lindsey Graham")["outlets"][_ids(groups)["HuffPost"]]
    assert any("R-S.C." in label["descriptors"] for label in graham), graham
    wagner = _row(groups, "Ann Wagner")["outlets"]
    nyt = _ids(groups)["NYT"]
    assert any("U.S." in label["descriptors"] for label in wagner[nyt]), wagner[nyt]


def test_the_administration_is_not_a_label_for_the_president(groups: dict) -> None:
    rows = [r for r in groups["label_choice"]["entities"] if "Obama" in r["name"]]
    for row in rows:  # only HuffPost names him in a phrase of his own: no row, or no NYT cell
        assert _ids(groups)["NYT"] not in row["outlets"], row


AMNESTY_A = (
    "The House plan offers legal status to some immigrants.\n\n"
    '"There will be no amnesty in it," Representative Dana Whitfield said on Tuesday.\n\n'
    "Critics of the plan had attacked the so-called amnesty bill before."
)
AMNESTY_B = (
    "The House plan is amnesty by another name.\n\n"
    "It offers legal status to people who came to the country illegally."
)


@pytest.fixture(scope="module")
def amnesty() -> dict:
    return _analyzed(("fox", AMNESTY_A, "Fox News"), ("nyt", AMNESTY_B, "NYT"))


def test_the_term_table_counts_the_outlets_own_uses_and_quoted_ones_apart(amnesty: dict) -> None:
    ids = _ids(amnesty)
    (row,) = [t for t in amnesty["label_choice"]["terms"] if t["term"] == "amnesty"]
    fox, nyt = row["outlets"][ids["Fox News"]], row["outlets"][ids["NYT"]]
    frame = {t["term"]: t for t in amnesty["framing"][ids["Fox News"]]["terms"]}["amnesty"]
    assert fox["quoted"] == frame["quoted"] >= 1  # the representative's word
    assert fox["own"] == frame["count"]  # never the quoted uses added in
    assert fox["loaded"] == fox["own"] + fox["quoted"]  # the 1.5 field keeps its meaning
    assert (nyt["own"], nyt["quoted"], nyt["loaded"]) == (1, 0, 1)


def test_the_neutral_word_inside_so_called_is_not_the_neutral_choice(amnesty: dict) -> None:
    ids = _ids(amnesty)
    rows = [t for t in amnesty["label_choice"]["terms"] if t["term"] == "so-called"]
    assert rows, [t["term"] for t in amnesty["label_choice"]["terms"]]
    fox = rows[0]["outlets"][ids["Fox News"]]
    assert fox["own"] == 1 and fox["neutral"] == 0, fox


# --- span rules from the reading of a July 2021 NeuS feed (docs/web.md, session 15) ---

_NPR_LEAD = (
    "House Speaker Nancy Pelosi, D-Calif., has vetoed two Republican nominees to the panel "
    "set to investigate the Jan. 6 insurrection at the U.S. Capitol.\n\n"
    'Citing "statements and actions" made by the pair — Reps. Jim Banks of Indiana and Jim '
    'Jordan of Ohio, Pelosi said she was rejecting their nominations.'
)


@pytest.mark.parametrize(("text", "mention", "phrase"), [
    # a list's later item is not the mention's apposition, and no phrase ends mid-word
    ("The indictment charges Smith and his co-defendants with fraud.", "Smith", "Smith"),
    ("The grand jury indicted Mr. Olson and his co-conspirators on Friday.", "Olson",
     "Mr. Olson"),
    # a count and the plural noun it counts are other people, not the name's description
    ("Voters rejected two of the three Democrats Senate Majority Leader John Reed had "
     "picked for the board.", "John Reed", "Senate Majority Leader John Reed"),
    ("The mayor vetoed one of the four Republicans Council President Ann Hale had named "
     "to the panel.", "Ann Hale", "Council President Ann Hale"),
    # a clause the parse hung on the name, up to a dash, is another phrase
    (_NPR_LEAD, "Jim Banks", "Reps. Jim Banks"),
    # what describes stays: a hyphenated number, a plural inside a title
    ("The bill was backed by three-term Sen. Mark Olson on Friday.", "Mark Olson",
     "three-term Sen. Mark Olson"),
    ("Two-time champion Serena Williams won again.", "Serena Williams",
     "Two-time champion Serena Williams"),
    ("Veterans Affairs Secretary Denis McDonough spoke.", "Denis McDonough",
     "Veterans Affairs Secretary Denis McDonough"),
    # an adverb that focuses the name is not a label word; "then-" dates the title
    ("Critics of the inquiry, especially President Trump, called it a witch hunt.",
     "Trump", "President Trump"),
    ("Only GOP Sen. Josh Hawley voted against the bill.", "Josh Hawley",
     "GOP Sen. Josh Hawley"),
    ("The law was signed by then-Gov. Mike Pence in 2015.", "Mike Pence",
     "then-Gov. Mike Pence"),
])  # fmt: skip
def test_a_label_is_the_names_own_phrase(text: str, mention: str, phrase: str) -> None:
    """Neither cut inside a word nor swallowing a phrase of other people before it."""
    assert _phrase_of(text, mention) == phrase


# --- session 21: the readers' label rows (docs/eval-framing.md, "Label choice, session 21") ---


@pytest.mark.parametrize(
    ("text", "mention", "phrase"),
    [
        # a town and its state between commas belong to the office after them
        ("Sanders and former South Bend, Indiana, Mayor Pete Buttigieg drew crowds.",
         "Pete Buttigieg", "former South Bend, Indiana, Mayor Pete Buttigieg"),
        # ... but after a preposition they are where something happened
        ("They met in Nashua, New Hampshire, Sen. Bernie Sanders said.", "Bernie Sanders",
         "Sen. Bernie Sanders"),
        # an adverb before a phrase set beside the mention is not the outlet's label
        ("A ceasefire requires especially the Palestinian Resistance movement, Hamas, to act.",
         "Hamas", "the Palestinian Resistance movement, Hamas"),
        ("Many attacked the plan, especially President Trump.", "Trump", "President Trump"),
        # a title noun right before the name, set beside it without a comma
        ("He said so, according to the US State Department spokesperson Matthew Miller.",
         "Matthew Miller", "the US State Department spokesperson Matthew Miller"),
    ],
)  # fmt: skip
def test_the_phrase_keeps_the_title_and_drops_a_focusing_adverb(
    text: str, mention: str, phrase: str
) -> None:
    assert _phrase_of(text, mention) == phrase


def test_a_town_inside_an_office_insert_has_no_phrase() -> None:
    text = "Sanders and former South Bend, Indiana, Mayor Pete Buttigieg drew crowds."
    doc = load_nlp()(text)
    for place in ("South Bend", "Indiana"):
        start = text.index(place)
        assert mention_phrase(doc, start, start + len(place)) is None, place


AM = ("After Israeli occupation Prime Minister Benjamin Netanyahu canceled the trip, the "
      "Palestinian Resistance movement, Hamas, released 12 captives.\n\n"
      "\"Prime Minister Netanyahu decided the delegation would not leave,\" his office said."
      "\n\nThe envoy met Joe Biden’s son, Hunter, on Monday.")  # fmt: skip
AJ = ("Israeli Prime Minister Benjamin Netanyahu canceled the trip on Monday.\n\n"
      "Miller said Blinken backed \"the defeat of Hamas, including in Rafah.\"\n\n"
      "The envoy also met President-elect Joe Biden’s son, Hunter Biden, in Washington.")


@pytest.fixture(scope="module")
def seeds_like() -> dict:
    return _analyzed(("am", AM, "Al Mayadeen"), ("aj", AJ, "Al Jazeera"))


def test_a_label_inside_a_quotation_is_marked_as_the_speakers(seeds_like: dict) -> None:
    ids = _ids(seeds_like)
    hamas = _row(seeds_like, "Hamas")["outlets"]
    assert [(lb["text"], lb["quoted"]) for lb in hamas[ids["Al Jazeera"]]] == [("Hamas", True)]
    assert not hamas[ids["Al Mayadeen"]][0]["quoted"]
    am = _row(seeds_like, "Benjamin Netanyahu")["outlets"][ids["Al Mayadeen"]]
    assert ("Prime Minister Netanyahu", True) in [(lb["text"], lb["quoted"]) for lb in am]


def test_a_term_written_before_the_title_is_the_outlets_label(seeds_like: dict) -> None:
    ids = _ids(seeds_like)
    am = _row(seeds_like, "Benjamin Netanyahu")["outlets"][ids["Al Mayadeen"]]
    assert am[0]["text"] == "Israeli occupation Prime Minister Benjamin Netanyahu"
    assert am[0]["terms"] and am[0]["terms"][0]["term"] == "Israeli occupation"


def test_a_given_name_alone_joins_the_full_names_row(seeds_like: dict) -> None:
    ids = _ids(seeds_like)
    names = [r["name"] for r in seeds_like["label_choice"]["entities"]]
    assert "Hunter" not in names
    hunter = _row(seeds_like, "Hunter Biden")["outlets"]
    assert [lb["text"] for lb in hunter[ids["Al Mayadeen"]]] == ["Joe Biden’s son, Hunter"]
    assert hunter[ids["Al Jazeera"]][0]["descriptors"]


def test_an_outlet_that_never_speaks_of_a_term_is_marked(seeds_like: dict) -> None:
    ids = _ids(seeds_like)
    (captives,) = [t for t in seeds_like["label_choice"]["terms"] if t["term"] == "captives"]
    assert captives["outlets"][ids["Al Mayadeen"]]["speaks"] is True
    assert captives["outlets"][ids["Al Jazeera"]]["speaks"] is False
    (resistance,) = [t for t in seeds_like["label_choice"]["terms"]
                     if t["term"] == "Palestinian Resistance"]  # fmt: skip
    aj = resistance["outlets"][ids["Al Jazeera"]]
    assert aj["speaks"] is True and aj["neutral_quoted"] == {"Hamas": 1}  # Miller's word
    assert resistance["outlets"][ids["Al Mayadeen"]]["neutral_quoted"] == {}


# --- session 21, second pass: a relative or reflexive pronoun is never a label word ---


@pytest.mark.parametrize(
    ("text", "mention", "phrase"),
    [
        # the relative "that" the parse hangs on the name as a determiner opens a clause
        ("Biden has kept some major Trump foreign policies that candidate Biden decried "
         "as ineffective or inhumane.", "candidate Biden", "candidate Biden"),
        ("The board kept the rules which Governor Ann Hale opposed last year.",
         "Ann Hale", "Governor Ann Hale"),
        # a pronoun set beside the name stresses it; it does not describe
        ("The agents were defamed by their superiors and by President Biden himself for "
         "doing their job.", "Biden", "President Biden"),
        ("Senator Mark Olson herself voted for the bill.", "Mark Olson", "Senator Mark Olson"),
    ],
)  # fmt: skip
def test_a_relative_or_reflexive_pronoun_is_not_a_label_word(
    text: str, mention: str, phrase: str
) -> None:
    doc = load_nlp()(text)
    start = text.rindex(mention)
    found = mention_phrase(doc, start, start + len(mention))
    assert found is not None and text[found[0] : found[1]] == phrase

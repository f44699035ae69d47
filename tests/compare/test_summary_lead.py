"""The summary opens on the story's lead, and its lines read alone (session 22,
gold/summary-neus): the lead when no fact holding one is shared, an outlet's lead before
a later sentence that leans on it, datelines and discourse markers off the shown text,
and openers or shell nouns that point back no line."""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.lead import openings, ranked_leads
from newsprism.compare.line_edges import readable_line as _readable
from newsprism.compare.readable import shell_noun_points_back, unusable_reasons
from newsprism.compare.summary import is_headline, summarize
from newsprism.extract.nlp import load_nlp
from newsprism.models import Article, Claim, Quote

# NeuS raw row 93 (AllSides 5700): each outlet's lead and a second sentence
AXIOS = ("California Gov. Gavin Newsom (D) defeated a Republican-backed effort to remove him, "
         "AP projected on Tuesday night.",
         "The campaign of Larry Elder may have done more to help Newsom than hurt him.")
CNN = ("California Democratic Gov. Gavin Newsom delivered a decisive answer to voters, "
       "triumphing over an effort to recall him Tuesday.",
       "Newsom faced the first recall election in California in 18 years.")
FOX = ("California Gov. Gavin Newsom will keep his job steering the nation's most populous "
       "state.",
       "A majority of Californians have voted no in Tuesday's recall election.")
# NeuS raw row 33 (5640): three opinion pieces whose openings share no event
OPINION = (("Democrats in Congress have their work cut out for them this fall.",),
           ("Senator Marco Rubio of Florida was widely seen as a champion of reformicons.",),
           ("Democrats keep telling Americans they have the votes and a mandate.",))


def _story(*texts: tuple[str, ...]) -> tuple[list[Article], list[AlignedClaim]]:
    """Articles of these sentences (one paragraph each), each sentence a one-outlet fact."""
    articles, facts = [], []
    for n, sentences in enumerate(texts):
        aid = "ABC"[n]
        text = "\n\n".join(sentences)
        articles.append(Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text,
                                raw="", raw_format="text", outlet=f"Outlet {aid}"))  # fmt: skip
        for i, sentence in enumerate(sentences):
            start = text.index(sentence)
            claim = Claim(f"{aid}:c{i}", aid, i, sentence, start=start, end=start + len(sentence))
            facts.append(AlignedClaim(f"F{len(facts) + 1}", "possibly_shared", [claim]))
    return articles, facts


def test_with_no_shared_fact_the_most_echoed_lead_opens_the_summary() -> None:
    """Row 93: every lead was "possibly shared" and the summary was empty; the lead the
    other outlets' openings say most alike now opens it, cited to its own outlet."""
    articles, facts = _story(AXIOS, CNN, FOX)
    lines = summarize(articles, facts)
    leads = {AXIOS[0]: "A", CNN[0]: "B", FOX[0]: "C"}
    assert len(lines) == 1 and lines[0]["text"] in leads
    assert lines[0]["article_ids"] == [leads[lines[0]["text"]]] and lines[0]["lead"]


def test_openings_no_other_outlet_echoes_give_no_lead() -> None:
    """Row 33: opinion pieces on one topic; no opening says another's (cosine ≤ 0.07)."""
    articles, facts = _story(*OPINION)
    assert ranked_leads(openings(articles, facts, is_headline)) == []
    assert summarize(articles, facts) == []


def test_a_fact_holding_a_lead_is_rendered_from_the_lead() -> None:
    """Row 83: one shared fact joins Military Times' "… that the strike had killed as many
    as 10 people …" (its third sentence) and OAN's lead; no line is backed by both, and
    the own line was the one that leans on "the strike"."""
    later = ("Marine Gen. Frank McKenzie concurred with previous media reports that the "
             "strike had killed as many as 10 people, including seven children.")
    lead = ("The Pentagon admitted it made a tragic mistake after 10 civilians were killed "
            "in a U.S. airstrike in Kabul.")
    articles, facts = _story(("The head of U.S. Central Command announced Friday.", later),
                             (lead, "Top officials acknowledged the error on Friday."))
    joined = AlignedClaim("F9", "shared", [facts[1].claims[0], facts[2].claims[0]])
    rest = [facts[0], facts[3]]  # the other sentences, one outlet's each
    lines = summarize(articles, [joined, *rest], backs=lambda a, b: False)
    assert (lines[0]["text"], lines[0]["article_ids"]) == (lead, ["B"])


def test_a_present_tense_lede_is_a_lead_not_a_deck() -> None:
    """The Post (row 13): "The White House says the Port of Los Angeles … will commit …"
    is its one-sentence first paragraph in the present tense: a deck for the unique
    lines, the lead for the story's opening."""
    text = ("The White House says the Port of Los Angeles will commit to 24/7 work hours.\n\n"
            "Aides announced it after mounting shipping delays.")
    article = Article(id="A", content_hash="A", source_path="A.txt", text=text, raw="",
                      raw_format="text", outlet="Outlet A")  # fmt: skip
    first = text.split("\n\n")[0]
    claim = Claim("A:c0", "A", 0, first, start=0, end=len(first))
    assert is_headline(claim, article)
    assert not is_headline(claim, article, decks=False)


def test_a_dateline_and_a_discourse_marker_are_off_the_shown_text_only() -> None:
    """BASIL 29ffd053 (HuffPost's "WASHINGTON—Joining a chorus …"), the AP's
    "WASHINGTON (AP) — …"; "However, …" and "Also, …" add nothing a lone line needs.
    The claim's own text is untouched (the line's ``original``)."""
    for text, shown in [("WASHINGTON (AP) — The Senate passed the bill on Tuesday.",
                         "The Senate passed the bill on Tuesday."),
                        ("WASHINGTON—Joining a chorus of bishops, faculty wrote to Ryan.",
                         "Joining a chorus of bishops, faculty wrote to Ryan."),
                        ("However, the Senate passed the bill.", "The Senate passed the bill."),
                        ("Also, the port will open at night.", "The port will open at night."),
                        ("NATO said the talks would resume.", "NATO said the talks would resume."),
                        ("Still photos show the camp.", "Still photos show the camp.")]:
        claim = Claim("A:c0", "A", 0, text, start=0, end=len(text))
        assert _readable(claim, []) == shown
        assert claim.text == text
    article = Article(id="A", content_hash="A", source_path="A.txt", text="x", raw="",
                      raw_format="text", outlet="Outlet A")  # fmt: skip
    text = "WASHINGTON (AP) — The Senate passed the bill on Tuesday."
    article.text = text
    fact = AlignedClaim("F1", "unique", [Claim("A:c0", "A", 0, text, start=0, end=len(text))])
    [line] = summarize([article], [fact])
    assert line["original"] == text and line["text"].startswith("The Senate")


def test_as_so_and_yet_opening_a_fixed_phrase_stay_on_the_shown_text() -> None:
    """Session 23 (NeuS raw rows 400-439): "As far as …" was shown as "Far as …": "as",
    "so" and "yet" are connectives to drop only when they do not open a fixed phrase."""
    for text, shown in [("As far as we know, the port will open at night.",
                         "As far as we know, the port will open at night."),
                        ("So far, 12 people have died in the storm.",
                         "So far, 12 people have died in the storm."),
                        ("As of Monday, the port was open.", "As of Monday, the port was open."),
                        ("Yet another vote failed in the Senate.",
                         "Yet another vote failed in the Senate."),
                        ("So the bill failed in the Senate.", "The bill failed in the Senate."),
                        ("Yet the Senate passed the bill.", "The Senate passed the bill.")]:
        claim = Claim("A:c0", "A", 0, text, start=0, end=len(text))
        assert _readable(claim, []) == shown

def test_an_opener_or_a_shell_noun_that_points_back_is_no_line() -> None:
    """The WSJ editorial (row 33): "Such as: The soaring number of illegal border
    crossings …" (examples of the claims named before); the Post (row 13) "President
    Biden's aides announced the commitments …"; the NYT (row 65) "Bitcoin … dropped …
    on the news". A noun that says which ("the decision of the court") reads alone."""
    assert "pronoun" in unusable_reasons(
        "Such as: The soaring number of illegal border crossings is merely seasonal.", [])
    assert "pronoun" in unusable_reasons("Instead, the group voted to adjourn.", [])
    assert unusable_reasons("Instead of voting, the group adjourned the meeting.", []) == []
    assert unusable_reasons("As a result of the storm, the town flooded.", []) == []
    nlp = load_nlp()
    for line in ["President Biden’s aides announced the commitments after shipping delays.",
                 "Bitcoin dropped as much as 7 percent on the news, but recovered."]:
        assert shell_noun_points_back(line, list(nlp(line).sents))
        assert "pronoun" in unusable_reasons(line, [])
    for line in ["Obama praised the decision of the court on Monday.",
                 "The Senate passed the bill after the announcement of a deal.",
                 "Critics called it “the move of a coward,” the senator said.",
                 "More recently, Grimm was in the news after he threatened a reporter."]:
        assert not shell_noun_points_back(line, list(nlp(line).sents))


def test_a_section_label_before_a_colon_is_off_the_shown_text_only() -> None:
    """NeuS raw r26: Axios's "Why it matters: The Band-Aid …" (session 22's read). A
    label before a colon is layout; a speaker's name, a verb of saying, a label that
    leads on ("Such as:"), a quotation or a list of names after the colon are kept."""
    for text, shown in [
            ("Why it matters: The move will allow travelers to visit the U.S.",
             "The move will allow travelers to visit the U.S."),
            ("Driving the news: But in an unusual move, the director overruled the panel.",
             "In an unusual move, the director overruled the panel."),
            ("Yes, but: Legal experts expect the law to face challenges.",
             "Legal experts expect the law to face challenges."),
            ("UPDATE: Blumenthal defended himself at a press conference.",
             "Blumenthal defended himself at a press conference."),
            ("Christie: I don't know that he wants that.",
             "Christie: I don't know that he wants that."),
            ("He added: The bill is dead in the Senate.",
             "He added: The bill is dead in the Senate."),
            ("Such as: The surge at the border is seasonal.",
             "Such as: The surge at the border is seasonal."),
            ("Internet companies: Microsoft, Yahoo, Google and Skype.",
             "Internet companies: Microsoft, Yahoo, Google and Skype."),
            ("What they're saying: “We will not tolerate it.”",
             "What they're saying: “We will not tolerate it.”"),
            ("The result: the bill failed in the House.",
             "The result: the bill failed in the House.")]:
        claim = Claim("A:c0", "A", 0, text, start=0, end=len(text))
        assert _readable(claim, []) == shown
        assert claim.text == text


def test_a_pronoun_after_a_label_still_finds_its_speaker() -> None:
    """The offset of "He" after "The big picture: " is the label's length on: the speaker
    of the quote around it is found as without a label."""
    text = "The big picture: He said the “talks will resume soon.”"
    claim = Claim("A:c0", "A", 0, text, start=10, end=10 + len(text))
    quote = Quote("A:q0", "A", "talks will resume soon.", "direct", "Antony Blinken",
                  start=10 + text.index("“"), end=10 + len(text))
    assert _readable(claim, [quote]).startswith("Antony Blinken said")

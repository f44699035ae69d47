"""Session 26, branch i12-speakers18 (docs/eval-compare.md, "Session 26: speakers,
seventh gold"), on real sentences through the real parser.

The kinds found on gold/speakers-basil7 and the open items of session 25: a date
between a quotation and its cue is no speaker (:func:`cues._bare_name`); a closed
quotation does not take the next sentence's cue when that cue reports a clause of its
own (``Cues._reports_clause``); a name set off from its cue by a participle phrase
speaks (:mod:`setoff`); a verb of going on that closes the sentence before a quotation
is its cue (``Cues._closing_cue``); a cut quotation after reported speech in a
subordinate clause keeps no speaker (:mod:`cut`, NeuS raw rows 139 and 148).
"""

from __future__ import annotations

from tests.extract.quote_helpers import quotes_of


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in quotes_of(text)]


def _speaker_of(text: str, words: str) -> str | None:
    found = [s for span, s in _said(text) if words in span]
    assert found, (words, _said(text))
    return found[0]


def test_a_date_before_the_cue_is_no_speaker() -> None:
    # BASIL 85475456 (NYT): "April" was the speaker of the Register's words
    text = ("The New Haven Register on July 20, 2006, described him as “a veteran of the "
            "Vietnam War,” and on April 6, 2007, said that the attorney general had “served "
            "in the Marines in Vietnam.”")
    speakers = {s for _, s in _said(text)}
    assert "April" not in speakers and "April 6" not in speakers
    assert _speaker_of(text, "served in the Marines") == "New Haven Register"


def test_closed_quotation_keeps_its_own_cue_not_the_next_report() -> None:
    # BASIL 85475456 (NYT): the Post's words were given to the Weekly
    text = ("On May 26, 2009, The Connecticut Post, a Bridgeport newspaper, described "
            "Mr. Blumenthal as “a Vietnam veteran.” The Shelton Weekly reported on May 23, "
            "2008, that Mr. Blumenthal “was met with applause when he spoke about his "
            "experience as a Marine sergeant in Vietnam.”")
    assert _speaker_of(text, "a Vietnam veteran") == "Connecticut Post"
    assert _speaker_of(text, "was met with applause") == "Shelton Weekly"


def test_closed_quotation_still_takes_a_plain_cue_after_it() -> None:
    text = "“We will win the vote.” Senator Mary Jones said on Tuesday."
    assert _speaker_of(text, "We will win") == "Mary Jones"


def test_name_set_off_by_a_participle_phrase_speaks() -> None:
    # BASIL 85475456 (Fox): unresolved on main
    text = ("At that March 2 event, which can be found here on You Tube, Blumenthal, "
            "advocating for troops returning from war, clearly says, \"We have learned "
            "something very important since the days that I served in Vietnam.\"")
    assert _speaker_of(text, "We have learned") == "Blumenthal"


def test_verb_of_going_on_closing_the_sentence_is_the_next_quotations_cue() -> None:
    # BASIL b4dbeda7 (NYT), a speakers-basil6 quote not found on main
    text = ("The ad uses a news clip of Prime Minister Benjamin Netanyahu of Israel. For "
            "dramatic effect, a soundtrack fit for an episodic drama like “Homeland” plays "
            "as the prime minister continues. “The world tells Israel, ‘Wait. There’s still "
            "time.’ And I say wait for what? Wait until when?”")
    assert _speaker_of(text, "The world tells Israel") == "Benjamin Netanyahu"


def test_declined_to_comment_is_no_cue_of_the_next_quotation() -> None:
    text = ("Senator Mary Jones declined to comment. “The bill is dead,” a Senate aide "
            "said.")
    assert _speaker_of(text, "The bill is dead") == "a Senate aide"


def test_cut_quotation_after_subordinate_reported_speech_keeps_no_speaker() -> None:
    # NeuS raw row 148: Blinken's figure was given to "Biden administration officials"
    text = ("Blinken gave the figure after Biden administration officials repeatedly said "
            "they didn’t know how many Americans remain in Afghanistan.\n\n“Over the last 10 "
            "days, roughly 4,500 of these Americans have been safely evacuated along with...")
    assert _speaker_of(text, "Over the last 10 days") is None


def test_cut_quotation_after_the_sentences_own_report_keeps_its_speaker() -> None:
    text = ("Leonard said he was a wreck after the storm hit his town on July 31.\n\n"
            "“If I end up losing the house...")
    assert _speaker_of(text, "If I end") == "Leonard"


def test_cut_quotation_after_a_participle_of_the_main_subject_keeps_it() -> None:
    # NeuS raw row 159: "claiming" hangs on the main verb, whose subject is Biden's
    text = ("Biden stumbled repeatedly when taking his first questions from reporters on "
            "Afghanistan — also claiming that US allies were not displeased by the "
            "pullout.\n\n“What interest do we have in Afghanistan at this point with al "
            "Qaeda gone? We went to Afghanistan for the express purpose of getting rid of...")
    assert _speaker_of(text, "What interest") == "Biden"


def test_cut_quotation_after_a_participle_of_a_subordinate_subject_keeps_none() -> None:
    # NeuS raw row 139: "U.S. forces" are the subject of the "after" clause only
    text = ("The incident came one day after U.S. forces used a drone to take out a vehicle "
            "full of explosives, underscoring the chaos in the capital.\n\n“The president "
            "was informed that operations continue uninterrupted at the airport and...")
    assert _speaker_of(text, "The president was informed") is None


def test_as_x_put_it_is_a_cue_and_the_next_report_is_not() -> None:
    # BASIL 9879bbc0 (gold/speakers-pronouns): found by the next sentence's "claimed" on
    # main, and lost once that cue reports only its own clause
    text = ("Republicans argue the cable was high priority. As Sen. Rand Paul, R-Ky., put "
            "it, \"Libya has to have been one of the hottest of hot spots around the "
            "world.\" He claimed that not knowing about their security requests \"really, "
            "I think, cost these people their lives.\"")
    said = _said(text)
    assert [s for span, s in said if span.startswith("Libya")] == ["Rand Paul"]
    assert [q.cue for q in quotes_of(text) if "Libya" in text[q.start:q.end]] == ["put"]


def test_cut_quotation_after_a_main_verb_whose_subject_the_parse_lost() -> None:
    # NeuS raw row 499 keeps Jenner (an apposition); row 462 gives the Board's words to no
    # one rather than to "Trump's" (a possessive inside the subject's dashes)
    jenner = ("In a press release posted to Twitter, Jenner, a longtime Republican, said "
              "that she’d make a “formal announcement” in the coming weeks.\n\n“California "
              "has been my home for nearly 50 years. I came here because I...")
    assert _speaker_of(jenner, "California has been") == "Jenner"
    board = ("Donald Trump remains banned from Facebook Inc.’s global echo chamber, and "
             "that’s a good thing. After the social media company banned him in January for "
             "inciting a deadly insurrection at the Capitol, its Oversight Board — the "
             "outside group the company established to monitor controversial content and "
             "arbitrate thorny issues such as Trump’s exile — said Wednesday that his "
             "history of violence disqualified him for the time being.\n\n“The Board found "
             "that, in maintaining an unfounded narrative of electoral fraud and persistent "
             "calls to action, Mr. Trump created an environment...")
    assert _speaker_of(board, "The Board found") is None

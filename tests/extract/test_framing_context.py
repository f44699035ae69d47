"""Framing in context: false flags a reader found, and the choices the detector missed.

Each sentence is made up for the test, around a phrase a careful reader reported on real
stories: words that are not the outlet's framing (a name, a law's title, a source's
quoted word, a legal use, a neutral self-description) must not be flagged, and the
outlet's own loaded choices must be.
"""

from __future__ import annotations

import pytest

from newsprism.extract.framing import ArticleFraming, frame_text


def _flagged(framing: ArticleFraming, *, own_voice: bool = True) -> list[str]:
    """Texts of the outlet's own flagged spans: terms, loaded words, scare quotes."""
    found = [s.text for t in framing.terms for s in t.spans if not (own_voice and s.in_quote)]
    found += [w.span.text for w in framing.loaded if not (own_voice and w.span.in_quote)]
    return found + [s.text for s in framing.scare_quotes]


def _terms(framing: ArticleFraming) -> dict[str, int]:
    return {t.term: t.count for t in framing.terms}


# --- false flags: none of these is the outlet's framing ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The hijackers who carried out the 9/11 attacks were terrorists trained by al-Qaeda.",
        "Families gathered to remember the victims of the Sep. 11 terror attacks.",
        "Congress passed the Justice Against Sponsors of Terrorism Act over the president's veto.",
        "The man was charged with terrorism and will face a terrorism trial in May.",
        "Prosecutors dropped the terrorism charges against the two students.",
    ],
)
def test_terror_words_in_names_designations_and_charges_are_not_framing(text: str) -> None:
    framing = frame_text(text)
    assert "terrorist" not in _terms(framing) and "terrorism" not in _terms(framing)
    assert not [w for w in _flagged(framing) if w.lower().startswith("terror")]


def test_terror_label_for_a_party_is_still_flagged() -> None:
    framing = frame_text("Israeli jets struck what the army said were Hamas terrorist cells.")
    assert _terms(framing).get("terrorist") == 1


def test_self_described_is_the_neutral_form_not_self_styled() -> None:
    framing = frame_text("Sanders, a self-described democratic socialist, won the primary.")
    assert "self-styled" not in _terms(framing)
    assert not [w for w in _flagged(framing) if "self" in w.lower()]
    styled = frame_text("The self-styled reformer promised to drain the swamp.")
    assert _terms(styled).get("self-styled") == 1


def test_a_sources_quoted_words_are_not_scare_quotes() -> None:
    text = 'Smith said the new ethics rules were "Mickey Mouse" and would not last a month.'
    framing = frame_text(text)
    assert framing.scare_quotes == []
    partial = [s for s in framing.partial_quotes if "Mickey Mouse" in s.text]
    assert partial and partial[0].speaker == "Smith"


def test_a_nickname_given_by_others_is_not_a_scare_quote() -> None:
    text = 'Theodore Kaczynski, dubbed the "Unabomber" by the FBI, was arrested in Montana.'
    assert frame_text(text).scare_quotes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US memo warns ‘Israel’ of reputational damage.", ["‘Israel’"]),
        ('The governor defended his "reform" of the pension system.', ['"reform"']),
    ],
)
def test_a_single_word_nobody_said_is_a_scare_quote(text: str, expected: list[str]) -> None:
    assert [s.text for s in frame_text(text).scare_quotes] == expected


def test_a_loaded_word_inside_an_attributed_quote_is_the_sources() -> None:
    text = 'Netanyahu said the "terrorists of Hamas" would be defeated.'
    framing = frame_text(text)
    (use,) = [t for t in framing.terms if t.term == "terrorist"]
    assert (use.count, use.quoted) == (0, 1)
    assert use.spans[0].speaker == "Netanyahu"


# --- misses the issue lists: the outlet's own choices ------------------------------------


def test_what_proponents_call_is_a_hedge() -> None:
    framing = frame_text("The House passed what proponents call the religious freedom bill.")
    assert [(h.hedge, h.span.text) for h in framing.hedges] == [
        ("what X call", "what proponents call")]  # fmt: skip


def test_ideology_label_in_front_of_a_name() -> None:
    framing = frame_text("The group is funded by liberal billionaire George Soros, aides said.")
    assert "ideology label before a name" in _terms(framing)
    plain = frame_text("The senator backed liberal policies on immigration.")
    assert "ideology label before a name" not in _terms(plain)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He assailed the ruling as a betrayal of voters.", "assailed"),
        ("Critics dismissed the right-wing claims about the election.", "right-wing"),
    ],
)
def test_criticism_verbs_and_labels(text: str, word: str) -> None:
    assert word in " ".join(_flagged(frame_text(text)))


def test_the_detector_reads_loaded_wording_in_context() -> None:
    text = ("The senator, refusing to tone down his own inflammatory rhetoric, "
            "launched another bizarre tirade against the press.")  # fmt: skip
    loaded = [w.span for w in frame_text(text).loaded]
    phrase = text.index("tone down"), text.index(" rhetoric") + len(" rhetoric")
    assert any(s.start < phrase[1] and phrase[0] < s.end for s in loaded), loaded
    assert "bizarre tirade" in {s.text for s in loaded}
    plain = frame_text("The senator spoke to reporters about the budget on Tuesday.")
    assert plain.loaded == []


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The minister reportedly resigned on Friday.", "reportedly"),
        ("The alleged attacker was detained.", "allegedly"),
        ("Critics say the plan is unworkable.", "some say"),
    ],
)
def test_hedges(text: str, hedge: str) -> None:
    assert [h.hedge for h in frame_text(text).hedges] == [hedge]


# --- endorsement verbs need a statement (issue 14, read as a user in session 13) --------


def _verbs(framing: ArticleFraming) -> list[str]:
    return [a.span.text for a in framing.attributions]


def _detector_words(framing: ArticleFraming) -> list[str]:
    return [w.span.text.lower() for w in framing.loaded]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The governor is expected to disclose his plans at a meeting on Tuesday.", "disclose"),
        ("The records were disclosed on Friday, a week after the vote.", "disclosed"),
        ("Leaked files revealed details of a second data program at the agency.", "revealed"),
        ("The mayor, by disclosing the minutes, hoped to calm the council.", "disclosing"),
        ("Three aides resigned when their part in the closures was revealed.", "revealed"),
        # a passive verb before a comma names what is (not) known, no statement
        ("Neither the name of the party nor its plans have been revealed, but it is set to "
         "start in October, the sources said.", "revealed"),
    ],
)
def test_an_endorsement_verb_with_no_statement_is_a_plain_verb(text: str, word: str) -> None:
    framing = frame_text(text)
    assert word not in _verbs(framing)
    assert framing.attribution_verbs == {}
    assert framing.neutral_attributions == (1 if "sources said" in text else 0)
    assert word.lower() not in _detector_words(framing)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The audit revealed that the agency had lost track of $2 million.", "revealed"),
        ("A newspaper report revealed how the agency collected phone records.", "revealed"),
        ("“We will not leave,” a statement from the minister's office revealed.", "revealed"),
        ("The senator pointed out that the bill had passed the House twice.", "pointed out"),
        ("The company disclosed that it had paid the fine in March.", "disclosed"),
        ("It was revealed that the agency had lost track of $2 million.", "revealed"),
    ],
)
def test_an_endorsement_verb_before_a_statement_is_the_outlets_choice(
    text: str, word: str
) -> None:
    # session 29 (i14-touch, extract/framing/endorsing.py): an endorsement verb that
    # reports a statement is counted with the neutral attributions, not flagged; one
    # with no statement (above) is no attribution at all
    framing = frame_text(text)
    assert word not in _verbs(framing)
    assert framing.attribution_verbs == {}
    assert framing.neutral_attributions == 1


def test_a_relative_clause_comma_is_not_a_speech_comma() -> None:
    framing = frame_text("The firm hired Jane Roe, who is noted for winning hard cases.")
    assert framing.attribution_verbs == {}


# --- a name another party gives (session 13, second pass) ------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The challenger said the congressman backed what critics call amnesty for migrants.",
         "amnesty"),
        ("The prime minister called the gunmen terrorists in a speech on Sunday.", "terrorists"),
        ("The ministry has labeled the movement a terrorist organization.", "terrorist"),
        ("He was branded a radical by his opponents in the primary.", "radical"),
    ],
)
def test_a_name_another_party_gives_is_not_the_outlets_word(text: str, word: str) -> None:
    """The lexicon word fills the name slot of a naming verb whose subject (or passive
    agent) names someone: it is that party's label, mentioned, not the outlet's."""
    framing = frame_text(text)
    assert not any(word in f for f in _flagged(framing, own_voice=False)), _flagged(framing)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("It was what can only be called a massacre of the villagers.", "massacre"),
        ("Critics are calling for an end to the massacre in the valley.", "massacre"),
        ("The bill would grant amnesty to millions of migrants.", "amnesty"),
        ("The break was complete when the candidate in a speech called undocumented "
         "immigrants from the south \u201ccriminals\u201d (though he allowed that some were good).",
         "undocumented immigrant"),
    ],
)
def test_a_naming_verb_without_a_named_party_keeps_the_term(text: str, term: str) -> None:
    """No one but the outlet names it (a passive without an agent), the verb is not
    naming ("calling for"), or the term is the thing named, not the name: it stays the
    outlet's."""
    assert _terms(frame_text(text)).get(term) == 1


@pytest.mark.parametrize(
    "text",
    [
        # session-20 reader, NYT on Biden: nobody is called a terrorist
        "He was talking not about terrorists or leaders of rogue nations.",
        "He is not a terrorist, the lawyer said.",
    ],
)
def test_a_denied_term_is_not_the_outlets_label(text: str) -> None:
    assert "terrorist" not in _terms(frame_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # not arresting them does not stop the outlet calling them terrorists
        "The police have not arrested the terrorists.",
        "There were no terrorists left in the town.",
    ],
)
def test_a_term_under_another_negation_is_still_applied(text: str) -> None:
    assert _terms(frame_text(text)) == {"terrorist": 1}

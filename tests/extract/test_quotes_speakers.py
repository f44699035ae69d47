"""Step 4 of the quote extractor: who speaks (speakers.py, people.py).

Every sentence is written for the test; each is parsed by the real pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsprism.extract.entities import load_roles
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes, load_lexicon
from tests.extract.quote_helpers import only, quotes_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def test_the_spokesman_is_the_last_person_with_that_title() -> None:
    text = ("State Department spokesman Matthew Miller spoke on Monday. Secretary of State "
            "Antony Blinken met Yoav Gallant later. The spokesman added that talks would "
            "continue.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "added"]
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        "Matthew Miller", "The spokesman", "role")  # fmt: skip
    assert text[quote.speaker_start : quote.speaker_end] == "Matthew Miller"


def test_he_continued_is_the_speaker_before() -> None:
    text = ("Matthew Miller told reporters, “We are confident.”\n\n"
            "He continued, “We believe this would be a mistake.”")  # fmt: skip
    first, second = quotes_of(text)
    assert second.cue == "continued" and second.kind == "direct"
    assert (second.speaker, second.resolved) == ("Matthew Miller", "pronoun")
    assert second.sentence_index > first.sentence_index


def test_a_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = "Mr. Sam Jones met Ms. Ann Lee on Monday. She said that the deal was dead."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Ann Lee", "pronoun")


def test_a_lone_statement_without_an_owner_has_no_speaker() -> None:
    [quote] = quotes_of("The statement added that the talks would go on.")
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        None, "The statement", "none")  # fmt: skip


def test_a_bare_participle_asks_on_behalf_of_no_one() -> None:
    text = "Asked whether she would run again, Senator Mary Cole smiled and left the room."
    [quote] = quotes_of(text)
    assert (quote.cue, quote.text) == ("Asked", "whether she would run again")
    # Mary Cole was asked; the asker is not named, so she is not the speaker
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (None, None, "none")


def test_a_passive_cue_without_an_agent_has_no_speaker() -> None:
    [quote] = quotes_of("The governor was asked about the flooding in the river towns.")
    assert (quote.cue, quote.text, quote.speaker) == (
        "asked", "the flooding in the river towns", None)  # fmt: skip


def test_an_inverted_name_the_tagger_missed_is_the_speaker() -> None:
    text = ("Bill Skelly, a data operative, vouched for both men. “Having the voter file is "
            "valuable,” said Skelly, explaining he worked with both men.")  # fmt: skip
    direct, explaining = quotes_of(text)
    assert (direct.kind, direct.speaker, direct.speaker_surface) == (
        "direct", "Bill Skelly", "Skelly")  # fmt: skip
    assert (explaining.text, explaining.speaker) == ("he worked with both men", "Bill Skelly")


def test_role_nouns_come_from_roles_toml() -> None:
    roles = load_roles()
    assert "spokeswoman" in roles.groups["spokesperson"]
    # a role listed without aliases is named by the nouns of its group
    assert roles.role_of("spokeswoman") is not None
    assert roles.role_of("spokeswoman").title == "spokesperson"  # type: ignore[union-attr]
    lexicon = load_lexicon()
    assert lexicon.roles["ambassador"] == frozenset({"diplomat"})
    assert {"lawyers", "spokesmen", "aides"} <= lexicon.proxies


def test_an_unnamed_lawyer_is_not_the_client() -> None:
    # the lawyers speak for him, but they are not him: the issue's "an unnamed
    # spokesman merged into a named one"
    text = "Benjamin Netanyahu's lawyers said the case was closed."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Benjamin Netanyahu's lawyers", "description")
    assert quote.speaker_surface == "Benjamin Netanyahu's lawyers"


# --- issue 12: the explicit "X said" wins; pronouns and roles by recency and agreement ----


def test_a_named_speaker_is_not_the_person_named_in_his_appositive() -> None:
    # the explicit "said Brendan Cole" wins over the governor he speaks for
    text = "“We will appeal,” said Brendan Cole, a spokesman for Governor Ann Marsh."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Brendan Cole", "name")


def test_the_name_set_off_after_a_role_and_its_complement_is_the_role() -> None:
    text = ("A lawyer for Mr. Dale Grimm, William Hardy of Hardy Boggs, said that the "
            "inquiry was “a vendetta.”")  # fmt: skip
    [quote] = quotes_of(text)
    assert quote.speaker == "William Hardy"


def test_an_unnamed_aide_is_shown_as_described_not_as_the_principal() -> None:
    text = ("Mitt Romney spoke in Ohio. “That is a distinction without a difference,” a "
            "Romney aide said.")  # fmt: skip
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert (quote.speaker, quote.resolved) == ("a Romney aide", "description")


def test_a_pronoun_agrees_with_the_gender_of_a_given_name() -> None:
    # no Mr. or Ms. anywhere: the given names say which Cole "she" is
    text = ("Mary Cole spoke about the law on Friday. Their father, Dick Cole, supports "
            "it, and the younger Cole echoed him when she added that it is for all.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "added"]
    assert (quote.speaker, quote.resolved) == ("Mary Cole", "pronoun")


def test_a_long_quotation_does_not_push_its_speaker_out_of_reach() -> None:
    quoted = " ".join(f"We will not stop number {n}." for n in range(1, 9))
    text = f"Todd Baker released a video on Monday.\n\n“{quoted}” he said in the video."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Todd Baker", "pronoun")


def test_they_is_the_plural_group_before_it() -> None:
    text = ("Five Ohio senators urged Mr. Baker to quit on Tuesday. In a statement, they said "
            "his presence hurt the party.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "said"]
    assert (quote.speaker, quote.resolved) == ("Five Ohio senators", "pronoun")


def test_it_is_the_document_in_subject_position_before_it() -> None:
    text = ("The review was finished in June. An internal security review warned of attacks "
            "on the mission. It said the guards were too few.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "said"]
    assert (quote.speaker, quote.resolved) == ("an internal security review", "pronoun")
    # a document of a named body speaks for the body
    text = "A State Department cable warned of attacks. It said the guards were too few."
    [quote] = [q for q in quotes_of(text) if q.cue == "said"]
    assert quote.speaker == "State Department"


def test_a_subject_pronoun_never_stands_for_a_name_in_its_own_clause() -> None:
    text = ("Tom Ray spoke to voters in Iowa on Monday. Of Jim Lee, he said that the man "
            "was honest.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "said"]
    assert quote.speaker == "Tom Ray"


def test_a_pronoun_prefers_the_subject_of_the_governing_clause() -> None:
    # Tom Ray is nearer to "he", but in a relative clause of the subject
    text = ("Dan Scott, who was asking about Tom Ray's campaign, protested, saying he was "
            "asking “a valid question.”")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "asking" and "valid" in q.text]
    assert (quote.speaker, quote.resolved) == ("Dan Scott", "pronoun")


def test_a_party_label_names_the_party_member_introduced_before() -> None:
    text = ("Sen. John Hale, R-Ariz., spoke on Sunday about the bill. The Arizona Republican "
            "said the bill was dead.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "said"]
    assert (quote.speaker, quote.resolved) == ("John Hale", "role")


def test_the_committee_is_the_committee_named_before() -> None:
    text = ("The Democratic National Committee met on Monday. A statement from the committee "
            "said the vote was rigged.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "said"]
    assert quote.speaker == "Democratic National Committee"


def test_the_ad_speaks_for_the_campaign_that_released_it() -> None:
    text = ("The campaign of Ann Marsh released a new ad on Tuesday. The ad says her rival "
            "lied about taxes.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "says"]
    assert quote.speaker == "the campaign of Ann Marsh"


def test_a_campaign_named_after_its_candidate_speaks_as_itself() -> None:
    # a campaign is not its candidate; "the campaign" later is the same campaign
    text = ("The Romney campaign said on Tuesday that the ad was fair. Mitt Romney was in "
            "Ohio. The campaign added that the cuts were real.")  # fmt: skip
    said, added = [q for q in quotes_of(text) if q.cue in ("said", "added")]
    assert (said.speaker, said.resolved) == ("the Romney campaign", "description")
    assert added.speaker == "the Romney campaign"


def test_an_apology_speaks_for_the_one_who_made_it() -> None:
    text = "Mr. Tom Braley apologized on Friday. Mr. Braley’s apology noted that he meant no harm."
    [quote] = [q for q in quotes_of(text) if q.cue == "noted"]
    assert quote.speaker == "Tom Braley"


def test_a_definite_role_without_an_antecedent_is_unresolved() -> None:
    [quote] = quotes_of("The spokesman added that talks would continue.")
    assert (quote.speaker, quote.resolved) == (None, "none")
    # a title that names one office is a description even without a name
    [quote] = quotes_of("The White House spokesman added that talks would continue.")
    assert (quote.speaker, quote.resolved) == ("the White House spokesman", "description")


def test_a_straight_mark_opened_and_a_curly_one_closed_around_the_cue() -> None:
    text = ('"Chairman Reed is grateful for the invitation,” a Reed spokesman said. '
            '“He looks forward to the lecture."')  # fmt: skip
    [quote] = quotes_of(text)
    assert quote.kind == "direct" and len(quote.parts) == 2
    assert quote.speaker == "a Reed spokesman"


# --- names the tagger got wrong (its output edited to the error seen in real articles) ---


def _parse_with_entities(text: str, entities: dict[str, str | None]) -> Doc:
    """The real parse of ``text`` with the tagger's entity for each phrase replaced:
    label None removes it, a label sets it."""
    doc = load_nlp()(text)
    kept = [e for e in doc.ents if e.text not in entities]
    for phrase, label in entities.items():
        if label is not None:
            start = text.index(phrase)
            kept.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = sorted(kept, key=lambda e: e.start)
    return doc


def test_a_surname_the_tagger_missed_still_names_its_person() -> None:
    text = ("Senator Todd Akin spoke on Monday. Mike Huckabee backed him. His campaign "
            "released an ad in which Akin looks into the camera.\n\n"
            "“I used the wrong words,” he said in the ad.")  # fmt: skip
    doc = _parse_with_entities(text, {"Akin": None})
    [quote] = extract_quotes(doc)
    assert (quote.speaker, quote.resolved) == ("Todd Akin", "pronoun")


def test_a_person_the_tagger_took_for_an_organisation_is_a_person() -> None:
    text = ("A spokesman for the Democratic National Committee, Brad Woodhouse, said the "
            "remarks were wrong.")  # fmt: skip
    doc = _parse_with_entities(text, {"Brad Woodhouse": "ORG"})
    [quote] = extract_quotes(doc)
    assert (quote.speaker, quote.resolved) == ("Brad Woodhouse", "name")


def test_title_words_inside_a_name_are_not_the_name() -> None:
    text = "“He took the money,” said RNC Chair Reince Priebus."
    doc = _parse_with_entities(text, {"RNC Chair Reince Priebus": "PERSON"})
    [quote] = extract_quotes(doc)
    assert (quote.speaker, quote.resolved) == ("Reince Priebus", "name")


def test_a_pronoun_may_stand_for_a_name_in_a_clause_before_it() -> None:
    text = ("Tom Ray wrote the draft on Friday. When the draft was sent to Mr. Dale Pike, he "
            "dismissed it, saying that it was useless.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "saying"]
    assert (quote.speaker, quote.resolved) == ("Dale Pike", "pronoun")


def test_unnamed_observers_are_described_not_replaced_by_a_place() -> None:
    text = "Political observers in Arizona cautioned that the governor is deliberate."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Political observers in Arizona", "description")


def test_several_people_named_after_their_group_speak_as_the_group() -> None:
    # the names list the senators: none of them is the speaker alone; since session 27
    # (i12-fixes33, extract/quotes/apposed_group.py) all three together, as named
    text = ("The call was echoed by three state senators — Adam Drake, Steve Pine and Bob "
            "Worth. “The bill has been misread,” the senators said in a letter.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "Adam Drake, Steve Pine and Bob Worth"


def test_a_description_leaves_out_a_relative_clause_inside_it() -> None:
    text = ("An executive from Apple Inc., which plans to build a plant in Mesa, called the "
            "governor to urge her to reject it.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "urge"]
    assert quote.speaker == "an executive from Apple Inc."


def test_the_group_is_the_organisation_it_was_said_to_be() -> None:
    text = ("The bill was pushed by the Center for Arizona Policy, a social conservative "
            "group that opposes gay marriage. The group says the proposal simply clarifies "
            "the law.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "says"]
    assert quote.speaker == "Center for Arizona Policy"


def test_a_task_force_the_article_introduces_speaks_as_itself() -> None:
    text = ("The report was prepared by a 12-person task force led by Asa Hutchinson. The task "
            "force recommended that schools designate armed staff.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "recommended"]
    # as the article introduced it, with the participle that says which (fifth pass)
    assert quote.speaker == "a 12-person task force led by Asa Hutchinson"


def test_a_report_speaks_for_the_one_who_released_it() -> None:
    # the parse reads "recommended" as a participle of "report": its object says not
    text = ("Former Rep. Asa Hutchinson on Tuesday released a report on school safety. The "
            "report, commissioned in the wake of the shooting, recommended properly trained "
            "armed employees in schools.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "recommended"]
    assert quote.speaker == "Asa Hutchinson"


def test_a_short_organisation_name_is_its_full_name_in_the_article() -> None:
    text = "Mr. Hill spoke to NBC News on Sunday. NBC later reported that the talks had failed."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        "NBC News", "NBC", "organisation")  # fmt: skip


def test_a_person_tagged_as_an_organisation_is_not_lengthened() -> None:
    text = ("Donald Trump praised Trump University on Monday. Trump said that the school had "
            "been a success.")  # fmt: skip
    [quote] = quotes_of(text)
    assert quote.speaker == "Donald Trump"


def test_the_owner_before_a_possessive_is_not_a_title() -> None:
    """BASIL 2011 (HuffPost on Weiner's photo): "the congressman's Twitter account" gave
    "Twitter" (tagged PERSON) the title congressman, so "the congressman" and "he" were
    resolved to Twitter. A title stops at a possessive, and a service name is no person."""
    text = ("Congressman Anthony Weiner spoke on Monday. A spokesman said that the "
            "congressman's Twitter account had been hacked. The congressman joked that "
            "his blender would be next.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "joked"]
    assert (quote.speaker, quote.resolved) == ("Anthony Weiner", "role")


# --- a conjoined cue agrees in form with the verb it continues (issue 12, i12-speakers2) ---


def test_a_conjoined_cue_that_cannot_share_has_continues_the_main_verb() -> None:
    # the parse hangs "warn" on "has missed"; "warn" cannot follow "has", so it
    # continues "fear", and the strategists warn, not Clinton
    text = ("Some Democratic strategists fear that Clinton has already missed a chance and "
            "warn that the plan will fail.")  # fmt: skip
    [quote] = quotes_of(text)
    assert quote.cue == "warn" and quote.text == "the plan will fail"
    assert (quote.speaker, quote.resolved) == ("Some Democratic strategists", "description")


def test_a_conjoined_cue_of_another_tense_continues_the_verb_of_its_tense() -> None:
    # "says" (present) continues "reminds", not "marched": Hale is not the speaker, and
    # "a narrator", which names no one, stays unresolved
    text = ("A narrator reminds viewers that Mr. Tom Hale marched in 1963 and says he "
            "wants to end the war.")  # fmt: skip
    quote = only(quotes_of(text), "says")
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (None, "A narrator", "none")


def test_a_conjoined_cue_skips_verbs_of_other_forms_up_to_its_own() -> None:
    text = ("The mayor said economists predict more jobs if the council passes the budget "
            "and urged members to vote for it.")  # fmt: skip
    quote = only(quotes_of(text), "urged")
    assert quote.speaker_surface == "The mayor"  # not "the council"


def test_a_conjoined_cue_that_agrees_with_its_head_keeps_its_subject() -> None:
    # "has disputed … but says": the same form, so the same subject, as before
    text = "Gov. Ann Bell has disputed the report but says that she would act the same way again."
    [quote] = quotes_of(text)
    assert (quote.cue, quote.speaker, quote.resolved) == ("says", "Ann Bell", "name")


def test_an_unresolvable_pronoun_reached_through_a_conjunct_stays_unresolved() -> None:
    # before, "warn" took "Mr. Tom Hale" from the clause it was hung on; now it is the
    # main clause's "They", which has no antecedent: unresolved, never guessed
    text = ("They fear that Mr. Tom Hale has already missed a chance and warn that the plan "
            "will fail.")  # fmt: skip
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (None, "They", "none")


# --- a participle set off by a comma continues the main clause (issue 12, i12-speakers2) ---


def test_a_participle_hung_on_a_nouns_that_clause_is_the_main_subjects() -> None:
    # the parse hangs "saying" on "would be" inside "the idea that …": the stadium
    # does not speak, the mayor who rejected the idea does
    text = ("Mayor Ann Bell rejected the idea that the new stadium would be a burden on the "
            "city, saying the crowds would pay for it.")  # fmt: skip
    quote = only(quotes_of(text), "saying")
    assert (quote.speaker, quote.resolved) == ("Ann Bell", "name")
    text = ("Senator Tom Hale dismissed the accusations that the agency is breaking the law "
            "— saying the agency had followed every rule.")  # fmt: skip
    quote = only(quotes_of(text), "saying")
    assert (quote.speaker, quote.resolved) == ("Tom Hale", "name")


def test_a_participle_hung_on_an_infinitive_inside_a_statement_is_the_sayers() -> None:
    text = ("A senior aide said Mr. Tom Hale will have to choose whose side he is on, saying, "
            "“At some point, he is going to have to speak up.”")  # fmt: skip
    quote = only(quotes_of(text), "saying")
    assert (quote.speaker, quote.resolved) == ("a senior aide", "description")


def test_a_participle_after_a_clause_opened_by_as_stays_with_that_clause() -> None:
    # "as a maintenance worker walks in, saying …": the worker says it, not Ms. Bell
    text = ("“Who remembers how many states I have lost?” Ms. Ann Bell asks as a maintenance "
            "worker walks in, saying he is here to fix the wall.")  # fmt: skip
    quote = only(quotes_of(text), "saying")
    assert quote.speaker == "a maintenance worker"


def test_names_joined_by_and_speak_together() -> None:
    # one of them alone would give the other's words to one person
    [quote] = quotes_of("Senator Tom Hale and Mayor Ann Bell said the plan would fail.")
    assert (quote.speaker, quote.resolved) == ("Tom Hale and Ann Bell", "description")
    text = "Mr. Tom Hale met Ms. Ann Bell on Monday. Hale and Bell said that the plan would fail."
    [quote] = quotes_of(text)
    assert quote.speaker == "Tom Hale and Ann Bell"  # each by the fullest name


def test_a_surname_stands_for_the_full_name_with_its_suffix() -> None:
    # "Jr." is not the surname: "Hale" is Tom Hale Jr., not a person called "Hale"
    text = "Former Rep. Tom Hale Jr. pleaded guilty on Monday. “I am sorry,” Hale said."
    assert only(quotes_of(text), "said").speaker == "Tom Hale Jr."


def test_a_father_and_a_son_of_one_name_are_two_people() -> None:
    # a bare surname is the one of the two named last; a full name is itself
    text = ("The Rev. Tom Hale spoke first. His son, Tom Hale Jr., pleaded guilty on Monday. "
            "“I am sorry,” Mr. Hale said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Tom Hale Jr."
    text = ("Tom Hale Jr. pleaded guilty on Monday. His father, the Rev. Tom Hale, said the "
            "family would appeal.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Tom Hale"


def test_a_state_glued_to_a_surname_is_not_a_given_name() -> None:
    # "in Washington, D.C. Jackson's wife": the tagger reads "D.C. Jackson" as a person,
    # who was then the last Jackson named before "Jackson told"
    text = ("Former Rep. Jesse Jackson Jr. pleaded guilty. The couple appeared in Washington, "
            "D.C. Jackson's wife spent $5,150 on fur capes. Jackson told the judge that he "
            "had been hospitalized.")  # fmt: skip
    assert only(quotes_of(text), "told the judge").speaker == "Jesse Jackson Jr."


def test_she_after_a_wife_with_no_name_stays_unresolved() -> None:
    # "Mr. Hale's wife … and she asked": she is the wife, whom the article does not name;
    # a Hale of unknown gender named before would be a guess
    text = ("Kim Hale Jr. pleaded guilty. His father, the Rev. Kim Hale, was in court. "
            "Mr. Hale's wife, knowing the rules, moved the desk to Chicago, and she asked a "
            "clerk to sell it.")  # fmt: skip
    quote = only(quotes_of(text), "asked")
    assert (quote.speaker, quote.resolved) == (None, "none")


def test_a_cue_answering_someone_elses_accusation_does_not_take_its_clause() -> None:
    # what Ms. Bell accused him of is not Mr. Hale's statement
    text = ("Mr. Tom Hale, 51, had sought to counter Ms. Ann Bell’s accusations that he was "
            "too willing to compromise on immigration.")  # fmt: skip
    assert not [q for q in quotes_of(text) if q.speaker == "Tom Hale"]


def test_a_claim_its_hearer_rejects_has_no_speaker() -> None:
    # "rejected claims that he betrayed …": whose claims is not said, and not his
    quote = only(quotes_of("Senator Tom Hale rejected claims that he betrayed the voters "
                           "of his state."), "claims")  # fmt: skip
    assert (quote.speaker, quote.resolved) == (None, "none")
    # a verb that voices the claim keeps its subject; a denial stays the denier's
    made = only(quotes_of("Senator Tom Hale made the claim that the vote was rigged."), "claim")
    assert made.speaker == "Tom Hale"
    denied = only(quotes_of("Senator Tom Hale denied the notion that a shakeup was coming."),
                  "denied")  # fmt: skip
    assert denied.speaker == "Tom Hale"


def test_the_next_clauses_subject_is_not_a_names_appositive() -> None:
    # "hosts like Laura Bell, Mr. Tom Hale was able": "Mr. Tom Hale" is not her title, so
    # she is not taken for a man and "she" finds her
    text = ("But with help from radio hosts like Laura Bell, Mr. Tom Hale was able to win the "
            "primary. Ms. Bell, one of his few backers, said on Tuesday that the result was a "
            "repudiation. “He had a lot of heart,” she said of Mr. Hale.")  # fmt: skip
    quote = only(quotes_of(text), "said", "He had")
    assert (quote.speaker, quote.resolved) == ("Laura Bell", "pronoun")


# Read as a reader, session 15 (docs/web.md): NPR's lead of 22 July 2021, as crawled
_NPR_LEAD = (
    "House Speaker Nancy Pelosi, D-Calif., has vetoed two Republican nominees to the panel "
    "set to investigate the Jan. 6 insurrection at the U.S. Capitol.\n\n"
    'Citing "statements and actions" made by the pair — Reps. Jim Banks of Indiana and Jim '
    'Jordan of Ohio, Pelosi said she was rejecting their nominations "with respect for the '
    'integrity of the investigation."'
)


@pytest.mark.parametrize(("text", "speaker", "surface"), [
    ('Quoting "letters and emails" sent by the pair — Reps. Mark Olson of Iowa and Dan '
     "Price of Texas, Chairman Tom Reed said the inquiry would go on.",
     "Tom Reed", "Chairman Tom Reed"),
    (_NPR_LEAD, "Nancy Pelosi", "Pelosi"),
])  # fmt: skip
def test_a_participle_clause_opening_the_sentence_is_never_the_speaker(
        text: str, speaker: str, surface: str) -> None:  # fmt: skip
    """The parse hung a word of the opening "Quoting …"/"Citing …" clause on "said" as
    its subject; that clause is an adverbial, the subject comes after its comma."""
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.speaker_surface) == (speaker, surface)


@pytest.mark.parametrize(("text", "speaker"), [
    ('Speaking on "Fox News Sunday," Sen. Tom Reed, R-Ohio, would not go that far but said '
     "Smith must apologize to the troops.", "Tom Reed"),
    ('Speaking on ABC\'s "This Week," Sen. Ann Hale, R-Utah, said the comments were '
     '"wildly inaccurate."', "Ann Hale"),
])  # fmt: skip
def test_the_comma_inside_closing_marks_ends_the_participle_clause(text: str,
                                                                   speaker: str) -> None:
    """ "Speaking on \"Fox News Sunday,\" Sen. X said": the clause ends at the comma put
    inside the marks, so the name after it is the subject, not a word of the clause."""
    assert only(quotes_of(text), "said").speaker == speaker


def test_a_name_tagged_as_a_participle_opens_no_clause() -> None:
    """ "Bruning" is tagged a participle; it is a name the article uses, so the sentence
    opens with its subject, not with a clause to skip (and "along with" Pruitt is not
    the speaker)."""
    text = ("Nebraska Attorney General Jon Bruning filed the suit on Thursday.\n\n"
            "Bruning, along with Oklahoma Attorney General Scott Pruitt, argue that under the "
            "U.S. Constitution's Supremacy Clause, Colorado's legalization of recreational "
            "marijuana is unconstitutional.")  # fmt: skip
    quote = only(quotes_of(text), "argue")
    assert quote.speaker != "Scott Pruitt"
    assert quote.speaker_surface == "Bruning"

"""Session 23 (docs/eval-quotes.md, "Session 23"), on real parses.

- a body noun named after a product or a brand speaks as itself
  (``phrases.branded``): "…,” the Google Ads team said in the document" (The Verge,
  gold/speakers-neus2) was unresolved; a name that is an organisation's, its head a
  proper noun ("the Senate Intelligence Committee"), is read as before;
- a quotation inside a relayed report is the words of the one the report says uttered
  it (``relayed.Relayed``): "Attorney General Merrick Garland addressed “a disturbing
  spike …” …, the Associated Press reported" (Newsweek, gold/speakers-neus2) gave the
  words to the AP; the report itself stays the AP's;
- guards, each a sentence of the NeuS raw crawl read in the session's dump: a passive
  clause ("Haitians have been freed on a “very, very large scale”"), marks that hold the
  verb ("were “killed as the result of an enemy attack”"), a modal ("will also press
  other global leaders to “step up”"), a verb of no speech ("generated a “robust” immune
  response"), and a cue that relays nothing ("Durbin said Senate Democrats asked for
  “changes”", decision 13; "…, according to Sen Dick Durbin", a person's account:
  gold/speakers-basil3 gives the marked word to Durbin) give no quote of their own; nor
  do marks that run on past the sentence (the relay's own prose quoted whole: "As The
  New York Times reported, the organization called for the moratorium “until …. The
  agency made its appeal …”").

The two rule tests fail on main; the guards pass on both (the sentence guard and the
account guard fail on the rule's first version).
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of

VERGE = ("“Today, we’re announcing a new monetization policy for Google advertisers, "
         "publishers and YouTube creators that will prohibit ads for, and monetization of, "
         "content that contradicts well-established scientific consensus around the "
         "existence and causes of climate change,” the Google Ads team said in the document. "
         "“This includes content referring to climate change as a hoax or a scam.”")  # fmt: skip

NEWSWEEK = ("Attorney General Merrick Garland addressed \"a disturbing spike in harassment, "
            "intimidation, and threats of violence\" against schools and employees on "
            "subjects such as mask mandates on Tuesday and plans to implement actions and "
            "investigations in the next 30 days, the Associated Press reported.")  # fmt: skip


def test_a_body_named_after_a_product_speaks_as_itself() -> None:
    found = quotes_of(VERGE)
    quote = only(found, "said", "Today, we")
    assert quote.speaker == "the Google Ads team"
    assert quote.resolved == "description"
    rest = [q for q in found if q.start <= VERGE.index("This includes") < q.end]
    assert rest and all(q.speaker == "the Google Ads team" for q in rest)


def test_an_organisation_named_with_proper_compounds_is_read_as_before() -> None:
    text = ("“The Russian government engaged in an aggressive, multifaceted effort to "
            "influence the outcome of the election,” the Senate Intelligence Committee "
            "said in its report.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "the Senate Intelligence Committee"  # as on main


def test_a_quotation_in_a_relayed_report_is_its_subjects_words() -> None:
    found = quotes_of(NEWSWEEK)
    inner = only(found, "addressed", "a disturbing spike")
    assert inner.speaker == "Merrick Garland"
    report = only(found, "reported")
    assert report.speaker == "Associated Press"
    assert inner.within == (report.start, report.end)


def _quoted_alone(text: str, words: str) -> list[str | None]:
    """The speakers of quotes that start at the quoted words (not the whole report)."""
    return [q.speaker for q in quotes_of(text) if q.start == text.index(words)]


def test_a_passive_clause_in_a_report_gives_no_quote_of_its_own() -> None:
    text = ("Haitians have been freed on a “very, very large scale” in recent days, according "
            "to one U.S. official who put the figure in the thousands.")  # fmt: skip
    assert _quoted_alone(text, "very, very") == []


def test_marks_that_hold_the_verb_give_no_quote_of_their_own() -> None:
    text = ("Eleven Marines, one Navy corpsman and one soldier were “killed as the result of "
            "an enemy attack while supporting non-combatant evacuation operations,” "
            "according to a Saturday press release from the Department of Defense.")  # fmt: skip
    assert _quoted_alone(text, "killed as") == []


def test_a_modal_or_a_verb_of_no_speech_gives_no_quote_of_its_own() -> None:
    modal = ("Mr. Biden will also press other global leaders to “step up” and do more during "
             "a COVID-19 summit that he is hosting on the sidelines of the U.N. General "
             "Assembly, according to a senior administration official.")  # fmt: skip
    assert _quoted_alone(modal, "step up") == []
    thing = ("The vaccine, created by Pfizer and German partner BioNTech, generated a "
             "“robust” immune response in young children during clinical trials, according "
             "to the company.")  # fmt: skip
    assert _quoted_alone(thing, "robust") == []


def test_marks_that_run_past_the_sentence_quote_the_relay() -> None:
    text = ("As The New York Times reported, the organization called for the moratorium "
            "“until the end of September, so that vaccine supplies can be focused on helping "
            "all countries vaccinate at least 10 percent of their populations. The agency "
            "made its appeal to the world’s wealthiest nations to address the wide "
            "disparities in vaccination rates around the world.”")  # fmt: skip
    assert _quoted_alone(text, "until the end") == []
    assert only(quotes_of(text), "reported").speaker == "New York Times"


def test_a_persons_account_is_no_relay() -> None:
    text = ("But, in a surprise move, Senate Democrats, meeting behind closed doors to "
            "discuss the tax deal, have asked the administration for \"changes\" to the bill, "
            "according to Sen Dick Durbin, D-Ill., the No. 2 Democrat in the chamber.")  # fmt: skip
    assert _quoted_alone(text, "changes") == []  # gold/speakers-basil3: Durbin's word


def test_a_cue_that_relays_nothing_keeps_the_quotation_its_speakers() -> None:
    text = ("Durbin said Senate Democrats, meeting behind closed doors to discuss the tax "
            "deal, have asked the administration for “major changes” to the bill.")  # fmt: skip
    assert "Senate Democrats" not in _quoted_alone(text, "major changes")

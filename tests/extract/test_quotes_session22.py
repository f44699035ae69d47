"""Session 22 (docs/eval-quotes.md, "Session 22"), on real parses.

- an epithet for the person who is the main subject just before is that person
  (``variation.epithet_of``): "Sarah Palin … said …. The former Alaska governor said"
  (gold/speakers-basil4), "… says Perry. “…,” the Texas governor continues" (BASIL
  2011), "Trump, appearing after Clinton …, cited …. “We need change,” the New York
  businessman said" (PolNeAR dev);
- guards: a bare "the man" is no epithet; a main subject that is no person, or a
  sentence between with words of its own, leaves the description as written; an
  epithet whose noun the article used before is read by ``_role`` as before;
- guards read on PolNeAR train: an epithet of another gender ("the New York
  businessman" after Hillary Clinton), inside the clause whose subject the person is
  ("Mr. Trump took on Hillary Clinton after the Democratic front-runner had said"), or
  with a possessive ("the deputy head of China's delegation" after Ash Carter) is not
  that person;
- a dash closes a fronted phrase as a comma does (``fronted.fronted_subject``):
  "But for all those who … -- including Vanity Fair magazine, which … -- supporters
  noted" (gold/speakers-basil2).

The rule tests fail on main (four); the first guards pass on both (four); the three
PolNeAR guards fail on the rule without them and pass with them.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of

PALIN = ("Sarah Palin, a vocal tea party supporter, said in a statement late Tuesday that "
         "she was \"saddened by the NAACP's claim that patriotic Americans ... are somehow "
         "'racists.'\" The former Alaska governor said claims that tea party activists "
         "\"judge people by the color of their skin\" were false and appalling.")  # fmt: skip


def test_an_epithet_after_the_person_just_quoted_is_that_person() -> None:
    quote = only(quotes_of(PALIN), "said", "claims that tea party")
    assert quote.speaker == "Sarah Palin"
    assert quote.resolved == "role"


def test_an_epithet_across_a_quotation_that_runs_on() -> None:
    text = ("\"I'm not ashamed to admit I'm a Christian,\" says Perry. \"But you don't need "
            "to be in the pews every Sunday to know that there's something wrong in this "
            "country.\"\n\n\"As president, I'll end Obama's war on religion,\" the Texas "
            "governor continues. \"Faith made America strong.\"")  # fmt: skip
    quote = only(quotes_of(text), "continues", "As president")
    assert quote.speaker == "Perry"


def test_an_epithet_after_a_main_subject_with_a_relative_clause() -> None:
    text = ("Donald Trump and Hillary Clinton vied for the title of commander in chief "
            "Wednesday.\n\nThe former first lady and U.S. senator said it was \"a mistake\" "
            "to use private email while at the State Department.\n\n"
            "Trump, appearing after Clinton at the NBC/MSNBC forum, cited problems in the "
            "Middle East, China and elsewhere that he blamed on the policies of President "
            "Obama and Clinton.\n\n\"We need change,\" the New York businessman said, "
            "arguing that he will bring a \"common-sense\" approach to the job.")  # fmt: skip
    quote = only(quotes_of(text), "said", "We need change")
    assert quote.speaker == "Donald Trump"


def test_no_epithet_after_a_subject_that_is_no_person() -> None:
    text = ("Sarah Palin said on Monday that the resolution was wrong. The commission "
            "released its report on Tuesday. The former Alaska governor said claims that "
            "activists were racist were false.")  # fmt: skip
    quote = only(quotes_of(text), "said", "claims that activists")
    assert quote.speaker == "the former Alaska governor"
    assert quote.resolved == "description"


def test_no_epithet_across_a_sentence_with_words_of_its_own() -> None:
    text = ("The state’s campaign chairman, Phil Lovas, said he cannot comment on the "
            "letter because he has not seen it.\n\n___.\n\n11:50 a.m.\n\nThe New York state "
            "attorney general is confirming that the Trump Foundation is not registered "
            "in New York as a charity.")  # fmt: skip
    quote = only(quotes_of(text), "confirming", "the Trump Foundation")
    assert quote.speaker == "the New York state attorney general"


def test_a_bare_noun_is_no_epithet() -> None:
    text = ("Etheridge said he regretted the incident. \"Who are you?\" the man asked "
            "again.")  # fmt: skip
    quote = only(quotes_of(text), "asked", "Who are you")
    assert quote.speaker != "Etheridge"


def test_an_epithet_the_article_used_before_keeps_its_earlier_reading() -> None:
    text = ("A Democratic staffer told The Huffington Post that it was likely to happen "
            "tonight. \"It had been my intention to file cloture,\" said Reid on the Senate "
            "floor on Tuesday. \"We already have things on the calendar,\" said the "
            "Democratic staffer.")  # fmt: skip
    quote = only(quotes_of(text), "said", "We already have")
    assert quote.speaker != "Harry Reid" and quote.speaker != "Reid"


def test_a_dash_closes_a_fronted_phrase() -> None:
    # before: Vanity Fair (the last name before the verb, inside the fronted phrase)
    text = ("But for all those who described the exercise as political waste -- including "
            "Vanity Fair magazine, which estimated it as costing more than $1 million -- "
            "supporters noted that it was an historic moment -- the first time the U.S. "
            "Constitution had been read on the U.S. House floor.")  # fmt: skip
    quote = only(quotes_of(text), "noted", "it was an historic")
    assert quote.speaker == "supporters"


def test_no_epithet_of_another_gender() -> None:
    # PolNeAR train (HuffPost): before the guard, Hillary Clinton
    text = ("“For Trump to both encourage that and to praise Putin despite what appears to be "
            "a deliberate effort to try to affect the election I think raises national "
            "security issues,” Hillary Clinton said.\n\nThe New York businessman has praised "
            "Putin, saying he was a stronger leader than U.S. President Barack Obama, a "
            "Democrat.")  # fmt: skip
    quote = only(quotes_of(text), "saying", "he was a stronger leader")
    assert quote.speaker != "Hillary Clinton"


def test_no_epithet_inside_the_clause_of_its_subject() -> None:
    # PolNeAR train (NYT): before the guard, Donald J. Trump
    text = ("Mr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner "
            "had said on Saturday evening that he was ''becoming ISIS' best recruiter.''")
    quote = only(quotes_of(text), "said", "he was")
    assert quote.speaker != "Trump"


def test_no_epithet_with_a_possessive() -> None:
    # PolNeAR train (HuffPost): before the guard, Ash Carter
    text = ("Carter however said he would welcome China’s participation in a “principled "
            "security network” for Asia.\n\nThe deputy head of China’s delegation to the "
            "forum said the United States should reduce its provocative exercises and "
            "patrols in the region.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the United States should")
    assert quote.speaker != "Carter"

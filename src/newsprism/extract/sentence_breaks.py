"""Places where no sentence may start, set before the parser (``newsprism_no_breaks``).

spaCy's small parser decides sentence ends, and inside clock times it erred: the Epoch
Times' "launched five minutes apart, at 12:38 p.m. and 12:43 p.m. local time (…) and
that they landed outside its exclusive economic zone" was cut after "and" and after
"12:43 p.m.", so the fact and its quote stopped mid-clause and the rest was lost
(docs/cleaning.md, "Session 23"). Three rules, each about the words on both sides:

* after a lower-case word with no stop ("and", "mask up", "the unofficial"), on the same
  line, no sentence starts: edited prose ends no sentence on a bare word. Over BASIL
  2010–14 and the NeuS raw crawl the parser made 7 such starts and all 7 were wrong.
  A single letter other than "a" is left out: the Washington Post's lists open each
  item with a bullet written "l" (PolNeAR);
* after an abbreviation that keeps its full stop ("p.m.", "U.S.", "Jan.", "No.",
  "Calif."), no sentence starts at a lower-case word, a number, a comma-like mark or,
  after "a.m." / "p.m.", a time zone ("ET", "GMT"): "12:43 p.m. local time", "Jan. 6",
  "1:30 a.m. ET". Before a capitalised word or a quotation mark the abbreviation may
  still end the sentence ("… in the U.K. The agenda …"), and is left to the parser;
* (session 23, later) after a middle initial, no sentence starts at a proper name: one
  capital and a stop between a capitalised word (or another initial) and a word tagged
  a proper noun, "Ben S. | Bernanke", "George H. W. | Bush". Over BASIL, NeuS and
  PolNeAR the pattern occurs 693 times and every word before the initial is a name or
  a title ("Donald J. Trump", "Ambassador J. Christopher Stevens"); a real end of that
  shape ("World War I. Then …", "a Plan B. The …") has a word after it that is no
  proper noun, and is left to the parser.

A line break between the two words is a paragraph break and always may start one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["after_middle_initial", "is_initial", "no_breaks", "starts_nothing"]

# Time zones written after a clock time ("1:30 a.m. ET"); upper case, so the case test
# alone would let the parser start a sentence there.
TIME_ZONES = frozenset(
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT UTC BST CET CEST KST JST".split()
)
_CLOCK = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})
# Marks that continue a clause; a sentence never begins with one.
_CONTINUING = frozenset({",", ";", ":", ")", "]", "%"})


def _before(token: Token) -> tuple[Token | None, bool]:
    """The word before ``token`` past spaces, and whether a line break is between."""
    doc = token.doc
    j = token.i - 1
    newline = False
    while j >= 0 and not doc[j].text.strip():
        newline = newline or "\n" in doc[j].text
        j -= 1
    if j < 0:
        return None, True
    return doc[j], newline or "\n" in doc[j].whitespace_


def is_abbreviation(text: str) -> bool:
    """A word that keeps its full stop as one token: "p.m.", "U.S.", "Jan.", "Calif."
    (letters before the stop; "..." and a lone "." are not)."""
    return len(text) > 1 and text.endswith(".") and text[-2].isalpha()


def is_initial(text: str) -> bool:
    """One capital letter and its stop, as a middle initial is written: "S.", "W."."""
    return len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "."


def after_middle_initial(token: Token, initial: Token) -> bool:
    """Whether ``initial`` is a middle initial inside a name that ``token`` goes on:
    a capitalised word or another initial before it on the same line, and ``token`` a
    capitalised word the tagger calls a proper noun ("Bernanke", not "Then"/"The")."""
    if not is_initial(initial.text) or token.tag_ != "NNP" or not token.text.istitle():
        return False
    name, newline = _before(initial)
    if name is None or newline:
        return False
    return is_initial(name.text) or (name.text.isalpha() and name.text.istitle()
                                     and len(name.text) > 1)


def starts_nothing(token: Token) -> bool:
    """True when ``token`` cannot begin a sentence, by the rules above."""
    before, newline = _before(token)
    if before is None or newline or not token.text.strip():
        return False
    word, first = before.text, token.text[:1]
    if word.isalpha() and word.islower() and (len(word) > 1 or word == "a"):
        return True  # one letter other than "a" may be a list's bullet ("l", "o")
    if not is_abbreviation(word):
        return False
    if after_middle_initial(token, before):
        return True
    if first.islower() or first.isdigit() or token.text in _CONTINUING:
        return True
    return word in _CLOCK and token.text in TIME_ZONES


@Language.component("newsprism_no_breaks")
def no_breaks(doc: Doc) -> Doc:
    """Mark the tokens :func:`starts_nothing` finds as no sentence start (the parser
    keeps a preset ``False``); every other token is left to the parser."""
    for token in doc[1:]:
        if starts_nothing(token):
            token.is_sent_start = False
    return doc

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
A fourth rule, after a writer's elision inside a quotation, is
:mod:`newsprism.extract.quoted_elisions` (session 37).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsprism.extract.quoted_elisions import ELLIPSES, after_quoted_elision, elision_blocked

__all__ = ["after_middle_initial", "break_blocked", "is_initial", "no_breaks", "preset_starts",
           "starts_nothing"]

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
    if word in ELLIPSES and after_quoted_elision(token.doc.text, word, token.text,
                                                 lambda _: token.idx, token.i):
        return True
    if word.isalpha() and word.islower() and (len(word) > 1 or word == "a"):
        return True  # one letter other than "a" may be a list's bullet ("l", "o")
    if not is_abbreviation(word):
        return False
    if after_middle_initial(token, before):
        return True
    if first.islower() or first.isdigit() or token.text in _CONTINUING:
        return True
    return word in _CLOCK and token.text in TIME_ZONES


def _word_before(texts: Sequence[str], spaces: Sequence[str]
                 ) -> tuple[list[int], list[bool]]:  # fmt: skip
    """:func:`_before` of every token at once, on the tokens' texts and trailing spaces:
    the index of the word before each (-1: none) and whether a line break is between."""
    before, newline = [], []
    last, broken = -1, False  # the last word so far; a line break in spaces after it
    for text in texts:
        before.append(last)
        newline.append(True if last < 0 else broken or "\n" in spaces[last])
        if text.strip():
            last, broken = len(before) - 1, False
        else:
            broken = broken or "\n" in text
    return before, newline


def break_blocked(doc: Doc) -> list[int]:
    """The indices of the tokens :func:`starts_nothing` finds (the first token aside),
    read on lists of the tokens' strings: calling it per token made a Token object for
    every look back, 0.4–0.6 s of the 50-article story's parse (session 27). The rules
    are :func:`starts_nothing`'s, step for step; a tag is read only where one decides."""
    texts = [t.text for t in doc]
    before, newline = _word_before(texts, [t.whitespace_ for t in doc])
    found = []
    for i in range(1, len(texts)):
        k, text = before[i], texts[i]
        if k < 0 or newline[i] or not text.strip():
            continue
        word, first = texts[k], text[:1]
        if word.isalpha() and word.islower() and (len(word) > 1 or word == "a"):
            found.append(i)
        elif not is_abbreviation(word):
            continue
        elif _middle_initial(texts, before, newline, i, k, doc) or (
                first.islower() or first.isdigit() or text in _CONTINUING
                or (word in _CLOCK and text in TIME_ZONES)):
            found.append(i)
    if not any(text in ELLIPSES for text in texts):
        return found  # spaCy builds doc.text from every token: only where it can matter
    quoted = elision_blocked(doc.text, texts, lambda i: doc[i].idx, before, newline)
    return sorted(set(found).union(quoted)) if quoted else found


def _middle_initial(texts: Sequence[str], before: Sequence[int], newline: Sequence[bool],
                    i: int, k: int, doc: Doc) -> bool:  # fmt: skip
    """:func:`after_middle_initial` of token ``i`` and the word ``k`` before it, on the
    lists of :func:`break_blocked`."""
    if not is_initial(texts[k]) or not texts[i].istitle() or doc[i].tag_ != "NNP":
        return False
    name = before[k]
    if name < 0 or newline[k]:
        return False
    word = texts[name]
    return is_initial(word) or (word.isalpha() and word.istitle() and len(word) > 1)


@Language.component("newsprism_no_breaks")
def no_breaks(doc: Doc) -> Doc:
    """Mark the tokens :func:`starts_nothing` finds as no sentence start (the parser
    keeps a preset ``False``); every other token is left to the parser."""
    return preset_starts(doc, break_blocked(doc), start=False)


def preset_starts(doc: Doc, indices: Sequence[int], start: bool) -> Doc:
    """Set ``is_sent_start`` of the tokens at ``indices`` to ``start``, all in one write.

    The same values as ``doc[i].is_sent_start = start`` per token, which asks
    ``doc.has_annotation("DEP")`` on every call, a walk over the whole Doc: with most
    tokens of a text set (every word after a lower-case word) that was quadratic, 0.4–0.6
    s of the 50-article story's parse (session 27). As the setter, refuses a parsed Doc.
    """
    if not len(indices):
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    values = doc.to_array(SENT_START)  # one value per token
    values[np.asarray(indices)] = 1 if start else np.iinfo(np.uint64).max
    return doc.from_array([SENT_START], values)

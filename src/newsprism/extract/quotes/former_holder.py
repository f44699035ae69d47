"""A bare role noun is not a holder the article calls former.

"Republican Christine Todd Whitman, the former New Jersey governor …, told The
Star-Ledger …. “I’ve known him personally for 14 years …,” the governor said, before
clarifying that he, Christie, was …" (PolNeAR train, session 35): "the governor" was
resolved by recency to the last person titled governor, Whitman, though the article
says she held the office before, and the words are the sitting governor's. A phrase
that does not say "former" ("the governor", "the New Jersey governor") means the one
who holds the office now; a person whose title calls them former ("former Gov. Jeb
Bush", "Whitman, the former New Jersey governor and …") is passed over, and when no
other holder is titled in the article, the role noun stays unresolved rather than
guessed. "The former governor" still reads the former holders
(:meth:`.coref.Antecedents._qualified`).

The title is read at its office word: "former" within the few words before it, not
past "and" ("Former Gov. Jeb Bush and Gov. Rick Perry": Perry's title words may run
back over Bush's, and Perry is the sitting one), or the mention's own words say former
(:func:`.rolequal.is_past`). So too the earlier mention of the noun a definite role
noun points back to (``UnnamedSpeakers._earlier_mention``): "the governor" does not
point back to "Whitman, the former New Jersey governor"; an earlier "governor" phrase
without "former" may still be its antecedent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.extract.quotes.rolequal import is_past, phrase_qualifiers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsprism.extract.quotes.people import People, Person

__all__ = ["called_former", "current_holders", "former_only", "names_one_holder",
           "title_says_former"]

_REACH = 4  # words before the office word that may say "former" ("former New Jersey")


def title_says_former(title: str, aliases: list[str]) -> bool:
    """Whether the words right before the last office word of ``title`` (lower case,
    one of ``aliases``) say the office was held before."""
    last = None
    for alias in aliases:
        for m in re.finditer(rf"(?<![\w.]){re.escape(alias)}(?!\w)", title):
            if last is None or m.start() > last:
                last = m.start()
    if last is None:
        return False
    for word in reversed(re.findall(r"[\w.-]+", title[:last])[-_REACH:]):
        if word in ("and", "or"):
            return False
        if word == "former" or word.startswith("ex-") or word == "ex":
            return True
    return False


def called_former(doc: Doc, people: People, mention: Person, aliases: list[str]) -> bool:
    """A mention whose own words or title call the person a former holder of the office
    ``aliases`` names (also read by "the former governor": ``Antecedents._qualified``)."""
    return is_past(doc, mention, people.title_words) or title_says_former(mention.title, aliases)


def current_holders(doc: Doc, people: People, titled: list[Person],
                    aliases: list[str]) -> list[Person]:  # fmt: skip
    """The mentions of ``titled`` (people titled with an office, in order; ``aliases``
    the office's words) whose person no mention of the list calls a former holder."""
    past = {people.referent(p).text for p in titled if called_former(doc, people, p, aliases)}
    return [p for p in titled if people.referent(p).text not in past]


def names_one_holder(head: Token) -> bool:
    """A role noun with an ordinal ("the 45th president", "the first governor") names one
    holder of the office, sitting or not, so a former holder is not passed over for it
    (NeuS row 458: "The 45th president revealed …" is Trump, whom the article also calls
    a former president)."""
    return any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in head.lefts)


def former_only(earlier: Token, head: Token) -> bool:
    """The earlier noun ``earlier`` says "former" ("the former New Jersey governor") and
    the role noun ``head`` does not: it is not the phrase ``head`` points back to."""
    return phrase_qualifiers(earlier).former and not phrase_qualifiers(head).former

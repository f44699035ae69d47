"""A person described by an office of an institution is not the institution's voice:
"The White House coronavirus czar had told NPR …" (NeuS r152, session 36) was counted in
"whose voices each outlet quotes" under "White House", as if the body had spoken.

The quote extractor gives such a speaker the organisation named in the description
(rule 8: "a Pentagon official" is the Pentagon), and keeps the words as written. For the
voices table the words decide: when they go on after the organisation's name to a role
noun of ``data/roles.toml`` ("czar", "director", "adviser"), the voice is that described
person, counted as a described voice ("the White House coronavirus czar"). Those who
speak *for* the body stay its voice: the roles of the groups "spokesperson" and
"official" ("a Pentagon spokesman", "a White House official"), and anything that is no
role noun ("Labor Department data", "a CDC report").
"""

from __future__ import annotations

from functools import cache

from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.models import Quote

VOICES_OFFICE_RULE = True  # off: every organisation found through a description is its voice
# roles.toml groups that speak for the body, or name a party, not an office
_FOR_THE_BODY = frozenset({"spokesperson", "official", "republican", "democrat"})


@cache
def _office_nouns() -> frozenset[str]:
    """Role nouns of roles.toml whose holder is one person in an office of their own."""
    return frozenset(noun for noun, groups in load_lexicon().roles.items()
                     if groups and not groups & _FOR_THE_BODY)


def office_voice(quote: Quote) -> str | None:
    """The described person who spoke, when the quote's organisation speaker was found
    through words naming an office holder of it (module doc); else None."""
    if not VOICES_OFFICE_RULE or quote.speaker_resolved != "organisation" or not quote.speaker:
        return None
    written = " ".join((quote.speaker_as_written or "").split())
    at = written.find(quote.speaker)
    if at < 0:
        return None
    after = written[at + len(quote.speaker):].split()
    if not after or after[0][:1] in ("'", "’"):  # "the Taliban's spokesman": a possessive
        return None
    head = after[-1].strip(".,;:\"”)").lower()
    if not head.isalpha() or head not in _office_nouns():
        return None
    return written[0].lower() + written[1:] if written.split()[0] in ("The", "A", "An") \
        else written  # fmt: skip

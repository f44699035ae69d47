""""The agency said": the one government agency the article named before (session 27).

"The Federal Trade Commission filed a new antitrust complaint … In a press release, the
agency said that its Office of General Counsel “carefully reviewed …”" (CNBC, NeuS raw
row 162, gold/speakers-neus4): "the agency" is a body noun (data/speech_verbs.toml),
resolved until now only to an organisation whose name holds the word ("the Environmental
Protection Agency") or to an earlier "agency"; the FTC's name does not, so the quote had
no speaker. An agency's name says what it is by its head word (Commission,
Administration, Bureau, Service, Department, Institutes, Centers …), so "the agency" is
the organisation named before with such a word, **when the article named only one**:
with two ("the Food and Drug Administration … the Centers for Disease Control …"), or
one and an acronym that is not its own ("the FDA": an agency the name does not show),
which one is not said, and the quote stays unresolved rather than guessed. Only the
bare "the agency": "the federal agency", "the agency's director" keep the rules they
had.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["AGENCY_WORDS", "named_agency"]

# words that make an organisation's name an agency's ("Federal Trade Commission",
# "Food and Drug Administration", "Census Bureau", "Internal Revenue Service",
# "Department of Justice", "National Institutes of Health", "Centers for Disease
# Control and Prevention"); "Institute" and "Center" alone are as often think tanks
AGENCY_WORDS = frozenset({
    "commission", "administration", "agency", "bureau", "service", "department",
    "authority", "institutes", "centers", "board",
})  # fmt: skip


def named_agency(head: Token, ents: Sequence[Span], quoted: Callable[[int], bool],
                 clean_name: Callable[[Span], tuple[int, int, str]],
                 ) -> tuple[int, int, str] | None:  # fmt: skip
    """(start, end, name) of the one agency named before a bare "the agency" ``head``,
    outside quotations (``quoted``: is a token index inside one), or None."""
    if head.lemma_.lower() != "agency" or head.tag_ != "NN" or \
            any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):  # fmt: skip
        return None
    found: dict[str, tuple[int, int, str]] = {}
    acronyms: set[str] = set()
    for ent in ents:
        if ent.end > head.i or ent.label_ != "ORG" or quoted(ent.start):
            continue
        start, end, name = clean_name(ent)
        words = name.split()
        if len(words) > 1 and any(w.lower() in AGENCY_WORDS for w in words[1:]):
            found.setdefault(name.lower(), (start, end, name))
        elif len(words) == 1 and name.isupper() and len(name) > 1:
            acronyms.add(name)  # "the FDA", "the EPA": which one the name does not say
    # an acronym of the agency named ("the FTC") is that agency; any other may be another
    acronyms -= {"".join(w[0] for w in name.split() if w[0].isupper())
                 for _, _, name in found.values()}  # fmt: skip
    return next(iter(found.values())) if len(found) == 1 and not acronyms else None

"""A group named for a person is not the person: "Team Trump", "Team Biden".

"The site is meant to serve as “a place to speak freely and safely,” a statement from
Team Trump said." (NeuS raw row 458, New York Post): the tagger finds the person name
"Trump" inside the group's name, and the speaker step gave the statement to "Donald J.
Trump", named earlier, while the group's words are its staff's — the same report's point
was that the account it spoke of was not the team's. A name led by "Team" is a group's
(the tagger itself types "Team Trump" an organisation), so the person step leaves it to
the organisation step, which names the group (session 31).

"Team" alone is taken: it never opens a person's name, while "Camp" does ("Camp David")
and "the Biden campaign" is already a description, not a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["group_named_for"]

_GROUP_WORDS = frozenset({"team"})


def group_named_for(head: Token) -> bool:
    """Whether the name ``head`` ends is led by a capitalised group word ("Team X")."""
    return any(c.dep_ == "compound" and c.i < head.i and c.lower_ in _GROUP_WORDS
               and c.text[:1].isupper() for c in head.children)

"""An ideology label on a role whose work is the ideology: a description, not a label.

The lexicon's "ideology label before a name" flags "liberal billionaire George Soros":
a person's politics put in front of a name where the person's role (an investor) is
something else, the outlet's characterisation (MOS:LABEL; the neutral wording is the
role). When the role itself is to hold and voice political views — a commentator, a
talk-show host, an activist, an advocacy group, a think tank, a magazine — the label
says what that role's views are, the way "the conservative magazine National Review" or
"the progressive advocacy group Indivisible" describe their subject in the subject's
own terms: there is no other role to name instead. Session 30 (docs/eval-framing.md,
"Session 30: an out-of-sample view"): on BASIL 2010–2012 every such flag ("conservative
commentator Tucker Carlson", "nonprofit conservative advocacy group Secure America
Now", "black conservative group BOND Action") touched no bias span, and none of the
labels on other roles was one of them.

Only the plain ideology words are read this way (liberal, conservative, progressive):
a degree ("hard-line", "radical-left") judges the views whatever the role, and an
elected official's, a judge's or a donor's politics stay a label (their role is
another: "conservative Justice …" characterises a judge).
"""

from __future__ import annotations

from spacy.tokens import Doc

SELF_DESCRIBED = frozenset({"liberal", "conservative", "progressive"})

# Roles whose work is to hold and voice political views: commentary, advocacy and the
# opinion press. Lemmas, lower case; the last word of a compound ("talk show host").
VOICE_ROLES = frozenset({
    "commentator", "columnist", "pundit", "blogger", "host", "broadcaster", "podcaster",
    "activist", "campaigner", "strategist", "operative", "group", "organization",
    "organisation", "nonprofit", "coalition", "tank", "website", "site", "magazine",
    "outlet", "publication", "network", "newspaper", "journal", "caucus", "movement",
})


def labels_a_voice_role(doc: Doc, i: int, j: int, names: frozenset[str]) -> bool:
    """True when the label ``doc[i:j]`` is a plain ideology word and a role of
    :data:`VOICE_ROLES` stands between it and the name that follows (the words before
    the first token whose entity type is in ``names``)."""
    if doc[i:j].text.lower() not in SELF_DESCRIBED:
        return False
    for token in doc[j : min(j + 4, len(doc))]:
        if token.ent_type_ in names:
            return False
        if token.lemma_.lower() in VOICE_ROLES or token.lower_ in VOICE_ROLES:
            return True
    return False

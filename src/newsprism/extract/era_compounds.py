"""A name written as the first half of an "X-era" / "X-style" compound: a modifier, no
mention of the person, place or group (issue 12, session 33).

Why: "reversing a Trump-era rule" (NeuS r451, three reports) was tagged "Trump" ORG and
shown as an organisation row; the name there dates or likens something else ("a
Soviet-style purge", "a Kennedy-esque speech") and says nothing of who acted. The
compound's second half is read from the text right after the mention: a hyphen (or an
en dash) and one of a few words of time or likeness, then no more letters. Other
compounds name an actor and stay ("Iran-backed militias", "Texas-based firm").

Decision: the mention is dropped, not retyped — "Taliban-era", "Kremlin-style" are
rightly ORG, "Prohibition-era" is no person, so no type is safe from the compound alone.
When the story names a person by that name elsewhere ("Obama-era rules … Obama said"),
the mention is typed PERSON and joins that person, so the person keeps the mention and
the sentence keeps its name for pairing facts. Cost, measured: where the era's name is the
story's only mention of the person, a fact pairing that leaned on the shared name weakens
(docs/eval-compare.md, session 33, i12-entities17).
"""

from __future__ import annotations

import re

from newsprism.models import Mention

# the second halves that make the name a modifier: a period ("-era") or a likeness
MODIFIER_HALVES = ("era", "style", "esque", "like", "type")
_HALF_AFTER = re.compile(r"^[-\u2013](?:" + "|".join(MODIFIER_HALVES) + r")(?![\w-])",
                         re.IGNORECASE)


def modifier_compound(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the first half of an "X-era" / "X-style"
    compound ("a Trump-era rule"; not "Trump-backed", not "the era of Trump")."""
    return _HALF_AFTER.match(text[end : end + 8]) is not None


def drop_era_compounds(mentions_by_article: dict[str, list[Mention]],
                       texts: dict[str, str]) -> None:
    """Drop every mention that is the first half of a modifier compound: the name is
    not mentioned as a party to the story there, whatever the tagger called it. A name
    the story writes elsewhere outside a compound keeps the mention, typed as there: a
    person's (a PERSON mention with that name or ending on it) first, else the name's
    own ("Ottoman-era" where a report names "Ottoman" NORP)."""
    compound = {id(m) for aid, ms in mentions_by_article.items() for m in ms
                if modifier_compound(texts[aid], m.end)}
    if not compound:
        return
    labels: dict[str, str] = {}
    for m in (m for ms in mentions_by_article.values() for m in ms if id(m) not in compound):
        labels.setdefault(m.text, m.label)
        if m.label == "PERSON":
            labels[m.text] = labels[m.text.split()[-1]] = "PERSON"
    for article_id, mentions in mentions_by_article.items():
        mentions[:] = [m if id(m) not in compound else
                       Mention(article_id, m.sentence_index, m.text, labels[m.text], m.start,
                               m.end)
                       for m in mentions if id(m) not in compound or m.text in labels]

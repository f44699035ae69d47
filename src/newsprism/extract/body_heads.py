"""An organisation's name the tagger stopped short of its head word: "Senate" of "the
Senate Judiciary Committee".

Why: the small tagger often tags the chamber or agency that opens a committee's name and
leaves the rest ("Judiciary Committee") untagged, so the row read "Senate" and the
committee was lost (NeuS r491, session 33: "Blackburn, a member of the Senate Judiciary
Committee, said"). A named body's head word (committee, commission, council …) written
capitalised right after an organisation, with at most two capitalised words between,
makes one longer name. Only the head words of bodies are read: "Administration" (of
"the Biden Administration") and "Department" are left to the rules that know them, and a
person, place or group is never extended ("Texas Ethics Commission" keeps its state).
A body made whole this way is joined by its short form ("the Progressive Caucus" after
"the House Progressive Caucus"), which would otherwise be a row of its own.
A body named for two things joined by "and" ("the Assembly Ways and Means Committee") is
tagged by its last part alone ("Means Committee"; NeuS r450, session 33: "the House
Oversight and Reform Committee" read "Reform Committee"): after "the", up to three
capitalised words and "and" before a mention ending in a head word are the name's
first part (:func:`extend_back_over_and_to_the`). The first part may open on a country's
dotted abbreviation ("the U.S. Olympic and Paralympic Committee"; NeuS r231, session 36):
the tagger then tags "U.S. Olympic" (or "U.S.") as a mention of its own, which the rule
takes in — only such a mention, opening on the abbreviation; any other mention in the
words ("the Reuters and Budget Board") still leaves the body as tagged.
"""

from __future__ import annotations

import re

from newsprism.models import Mention

HEADS = ("Committee", "Subcommittee", "Commission", "Council", "Caucus", "Board", "Bureau")
_FIRST_PART = re.compile(r"\b[Tt]he (?P<part>(?P<abbr>(?:[A-Z]\.){2,} )?(?:[A-Z][a-z]+ ){1,3})"
                         r"and $")
_TAIL = re.compile(r" (?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ){0,2}(?:" + "|".join(HEADS) + r")\b")


def extend_to_body_head(mentions_by_article: dict[str, list[Mention]],
                        texts: dict[str, str]) -> None:
    """Extend an ORG mention over the untagged capitalised words up to a body's head word,
    when no other mention starts inside them."""
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        for i, m in enumerate(mentions):
            if m.label != "ORG" or m.text.split()[-1] in HEADS:
                continue
            tail = _TAIL.match(text, m.end)
            if tail is None or any(m.end < o.start < tail.end() for o in mentions):
                continue
            mentions[i] = Mention(article_id, m.sentence_index, text[m.start : tail.end()],
                                  "ORG", m.start, tail.end())


def extend_back_over_and_to_the(mentions_by_article: dict[str, list[Mention]],
                                texts: dict[str, str]) -> None:
    """Extend an ORG mention ending in a body's head word back over "<Capitalised
    words> and " up to a "the" before them, when no other mention lies in those words.

    Why "the": it marks where the body's name opens; without it ("Lee and Rules
    Committee members") the words before "and" are as likely another name."""
    for article_id, mentions in mentions_by_article.items():
        text, taken = texts[article_id], set()
        for i, m in enumerate(mentions):
            if m.label != "ORG" or m.text.split()[-1] not in HEADS:
                continue
            window = max(0, m.start - 60)
            first = _FIRST_PART.search(text[window : m.start])
            if first is None:
                continue
            start = window + first.start("part")
            inside = [o for o in mentions if o is not m and o.start < m.start and o.end > start]
            if not all(_abbreviated_part(o, start, first.group("abbr"), m.start)
                       for o in inside):
                continue
            mentions[i] = Mention(article_id, m.sentence_index, text[start : m.end], "ORG",
                                  start, m.end)
            taken.update(id(o) for o in inside)
        mentions[:] = [o for o in mentions if id(o) not in taken]


def _abbreviated_part(o: Mention, start: int, abbr: str | None, end: int) -> bool:
    """Whether mention ``o`` is the tagger's piece of a first part that opens on a dotted
    abbreviation ("U.S. Olympic" or "U.S." of "the U.S. Olympic and …"): it starts where
    the part starts, on the abbreviation, and ends inside the part."""
    return (abbr is not None and o.start == start and o.end < end
            and o.label in ("ORG", "GPE") and o.text.startswith(abbr.strip()))


def merge_short_bodies(other: dict[tuple[str, str], list[Mention]]) -> None:
    """Move the mentions of a body "X Caucus" into the one longer name of the story that
    ends with it: "House X Caucus", "State Department X Board". The short form is that
    body ("the Progressive Caucus" after "the House Progressive Caucus"). With two longer
    forms ("Senate / House Ethics Committee") the short form could be either and stays
    apart. Keys are ``(kind, folded name)``, as ``entities._attach_short_names`` writes
    them; every group tagged ORG."""
    orgs = {key[1]: key for key, group in other.items()
            if all(m.label == "ORG" for m in group)}
    heads = {h.lower() for h in HEADS}
    for name, key in list(orgs.items()):
        if len(name.split()) < 2 or name.split()[-1] not in heads:
            continue
        longer = [k for n, k in orgs.items() if n.endswith(f" {name}")]
        if len(longer) == 1 and key in other and longer[0] in other:
            other[longer[0]].extend(other.pop(key))

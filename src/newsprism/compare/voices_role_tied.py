"""One person, one voice: a described voice whose words hold a title the entity linker
already gave to a named person (session 35, i14-voices35).

The entity linker reads a title standing alone ("the spokesman", "the governor") and,
when one person of the story holds it, adds it to that person's mentions (a ``ROLE``
mention: ``extract.entities._attach_titles``). The quote resolver decides on its own
and may leave the same words a description: Newsmax's "the spokesman for the Taliban's
political office" (NeuS raw row 175), whose "spokesman" the linker gave to Mohammad
Naeem, was a voice apart from "Mohammad Naeem" in the same article, each counted once.

Rule: in one article, a described voice (no entity) is the person whose ``ROLE``
mention lies inside the words the article writes for that voice and holds the
voice's head noun ("spokesman" of "the spokesman for the … office"), when every such
mention is that one person's (two people: none). A title inside the words that is
not their head ("a spokesman for the governor": "governor") is another person's, and
ties nothing. The link is the
linker's, not a new reading; a description no title mention of the linker falls in
("the group's representative", NeuS row 170: the linker left it alone) stays a voice of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from newsprism.compare.labels_voices import description_head, is_description
from newsprism.models import Article, Entity, Mention, Quote

VOICES_ROLE_TIED_RULE = True  # off: a linked title's description is a voice apart


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    """Where ``words`` stand in ``text`` as whole words, the first letter in either case
    ("The spokesman …" opening a sentence, resolved as "the spokesman …")."""
    first = f"[{re.escape(words[:1].lower())}{re.escape(words[:1].upper())}]"
    pattern = r"(?<![\w-])" + first + re.escape(words[1:]) + r"(?![\w-])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _role_head(role: str) -> str | None:
    """A title's head noun as :func:`description_head` gives a voice's, read in lower
    case ("Spokesman" opening a sentence is "spokesman")."""
    return description_head(role.lower())


def _person_inside(spans: Sequence[tuple[int, int]], roles: Iterable[Mention],
                   persons: set[str], head: str) -> str | None:  # fmt: skip
    """The one person every ``ROLE`` mention inside ``spans`` holding ``head`` is linked
    to."""
    inside = {m.entity_id for m in roles if _role_head(m.text) == head
              and any(s <= m.start and m.end <= e for s, e in spans)}  # fmt: skip
    return inside.pop() if len(inside) == 1 and inside <= persons else None


def role_tied(articles: Sequence[Article], quotes: Sequence[Quote],
              entities: Sequence[Entity], mentions: Sequence[Mention],
              speaker_of: Mapping[tuple[str, str], str],
              ) -> dict[tuple[str, str], tuple[str, str]]:  # fmt: skip
    """{(article id, described speaker): (entity id, entity name)} for each described
    voice an article's linked title ties to one person (module doc). ``speaker_of``:
    the speaker a written speaker counts as (``first_mentions``)."""
    if not VOICES_ROLE_TIED_RULE:
        return {}
    text = {a.id: getattr(a, "text", "") or "" for a in articles}
    persons = {e.id: e.name for e in entities if e.type == "PERSON"}
    roles: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == "ROLE" and m.entity_id:
            roles.setdefault(m.article_id, []).append(m)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for q in quotes:
        if not q.speaker or q.speaker_entity_id or q.article_id not in roles:
            continue
        speaker = speaker_of.get((q.article_id, q.speaker), q.speaker)
        written = q.speaker_as_written or q.speaker
        if not is_description(speaker) or (q.article_id, speaker) in out:
            continue
        head, spans = description_head(speaker), _spans(text.get(q.article_id, ""), written)
        found = _person_inside(spans, roles[q.article_id], set(persons), head) \
            if spans and head else None  # fmt: skip
        if found is not None:
            out[(q.article_id, speaker)] = (found, persons[found])
    return out

"""Capitalised words that are no name, and a name the tagger cut at its "and" (issue 12,
session 30).

Readers of the entity rows found two kinds the tagger gets wrong on news text:

- a word formed with the negating prefix "non" ("Nonfarm" of "Nonfarm payrolls rose",
  "Non-Europeans will be allowed in", "Nonprofit groups"): capitalised only because it
  opens a sentence or a headline, it names a class of things by what they are not, never
  one organisation or group. No English name begins with "Non-" and a hyphen, and a
  single word "Non" + a lower-case stem is the prefix, not a surname, whenever the story
  also writes the word in lower case or the word opens its sentence;
- an organisation's name with "and" inside ("the U.S. Fish and Wildlife Service"), which
  the small tagger cuts into "U.S. Fish and" and "Wildlife Service": a mention that ends
  on "and" / "&" is never a whole name, and the mention right after it (one space
  between) is the rest of it. The same name written short ("Fish and Wildlife said")
  is tagged "Wildlife" alone: the words before "and" are taken back in when the story
  tags the longer name whole.
"""

from __future__ import annotations

import re

from newsprism.extract.titles import fold
from newsprism.models import Mention

_HYPHEN_NEGATED = re.compile(r"^[Nn]on-\w")
_NEGATED_WORD = re.compile(r"^Non(?P<stem>[a-z]{3,})$")
_DANGLING_AND = re.compile(r"\s(?:and|&)$")
_NAME_LABELS = ("ORG", "NORP", "PERSON", "GPE", "FAC", "LOC")


def _negated_class(m: Mention, text: str, story: str) -> bool:
    """Whether the mention is a "non-" word: hyphenated ("Non-Europeans") always; one
    word ("Nonfarm") when it opens a sentence (the only reason it was capitalised) or
    the story writes it in lower case too ("nonfarm employment")."""
    if _HYPHEN_NEGATED.match(m.text):
        return True
    word = _NEGATED_WORD.match(m.text)
    if word is None:
        return False
    before = text[max(0, m.start - 3) : m.start].strip()
    opens = m.start == 0 or before[-1:] in ("", ".", "!", "?", '"', "“")
    return opens or re.search(rf"\bnon-?{word.group('stem')}\b", story) is not None


def drop_negated_classes(mentions_by_article: dict[str, list[Mention]],
                         texts: dict[str, str]) -> None:
    """Drop, in every report, a "non-" class word the tagger took for a name; the story
    as a whole is read, so one report's "nonfarm employment" clears another's
    "Nonfarm" wherever it stands."""
    story = "\n".join(texts.values())
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        mentions[:] = [m for m in mentions
                       if m.label not in _NAME_LABELS or not _negated_class(m, text, story)]


def join_at_and(mentions_by_article: dict[str, list[Mention]],
                texts: dict[str, str]) -> None:
    """Join an organisation mention that ends on "and" / "&" with the organisation
    mention one space after it ("U.S. Fish and" + "Wildlife Service"): the tagger cut one
    name at its conjunction. A mention ending on "and" with no organisation after it is
    left as it was (other rules read it)."""
    for article_id, mentions in mentions_by_article.items():
        text, kept = texts[article_id], []
        for m in mentions:
            last = kept[-1] if kept else None
            if (last is not None and last.label == "ORG" and m.label == "ORG"
                    and _DANGLING_AND.search(last.text)
                    and text[last.end : m.start] == " "):
                kept[-1] = Mention(article_id, last.sentence_index, text[last.start : m.end],
                                   "ORG", last.start, m.end)
                continue
            kept.append(m)
        mentions[:] = kept


_BEFORE_AND = re.compile(r"(?:^|(?<=[\s(“\"]))(?P<head>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}) "
                         r"(?:and|&) $")


def extend_back_over_and(mentions_by_article: dict[str, list[Mention]],
                         texts: dict[str, str]) -> None:
    """Extend an organisation mention back over "<Capitalised words> and " when, with
    them, it is part of a longer name the story tags whole: "Wildlife" of "Fish and
    Wildlife said" is "Fish and Wildlife" where a report names "the U.S. Fish and
    Wildlife Service" (the tagger took only the word after "and"). Mentions inside the
    added words are taken in."""
    longer = [fold(m.text) for ms in mentions_by_article.values() for m in ms
              if m.label == "ORG" and (" and " in m.text or " & " in m.text)]
    if not longer:
        return
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        for i, m in enumerate(mentions):
            before = _BEFORE_AND.search(text[max(0, m.start - 60) : m.start])
            if m.label != "ORG" or before is None:
                continue
            start = m.start - len(before.group(0))
            whole = fold(text[start : m.end])
            if any(re.search(rf"(?:^| ){re.escape(whole)}(?: |$)", n) for n in longer):
                mentions[i] = Mention(article_id, m.sentence_index, text[start : m.end],
                                      "ORG", start, m.end)
        kept = [m for m in mentions if not any(
            o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start >
            m.end - m.start for o in mentions)]
        mentions[:] = kept

"""One name the tagger cut into two rows (issue 12, session 28).

Readers of NeuS raw rows 66 and 347 (docs/compare.md, "Session 27: entity types",
"Left") found one name in two rows, each row a piece: "Arizona State" and "Senate" of
"the Arizona State Senate" (the tagger takes "State" into the place and tags the chamber
alone; another report writes "Arizona state Senate Republicans"), and "U.S." of "the U.S.
Holocaust Memorial Museum" (the tagger tags the country and nothing after it, while
another report's tags give the whole name). Both rules read only what the story writes:
a US state of ``data/us_states.toml`` with the word "state", and the names the story's
own tags give.
"""

from __future__ import annotations

import re

from newsprism.extract.states import state_code
from newsprism.extract.story_names import ELECTION_NOUN_AFTER  # "a Wyoming State Senate candidate"
from newsprism.extract.titles import fold
from newsprism.models import Mention

_STATE_WORD = re.compile(r"^(?P<place>.+?) [Ss]tate$")
# a space within a line: the crawl writes "U.S.\xa0Holocaust" with a no-break space
_CAPITALISED_AFTER = re.compile(r"^(?:[^\S\n][A-Z][\w’'-]*){1,4}")
_WORD = re.compile(r"[^\S\n][A-Z][\w’'-]*")


def _state_first(first: Mention, between: str) -> bool:
    """Whether ``first`` and the gap after it open a state's own body: "Arizona State"
    (the tagger's ORG) then a space, or the state "Arizona" then " state " / " State "."""
    if first.label not in ("GPE", "ORG"):
        return False
    if between == " ":
        cut = _STATE_WORD.match(first.text)
        return cut is not None and state_code(cut.group("place")) is not None
    return between in (" state ", " State ") and state_code(first.text) is not None


def join_state_bodies(mentions_by_article: dict[str, list[Mention]],
                      texts: dict[str, str]) -> None:
    """Join a US state and a body the tagger tagged apart because the word "state" sits
    between them: "Arizona State" + "Senate" of "the Arizona State Senate", "Arizona" +
    "Senate" of "Arizona state Senate Republicans" are one organisation, the state's
    senate (``story_names.join_name_pieces`` joins a place and a body written with
    nothing between). An election noun after the body keeps the pair a modifier ("a
    Wyoming State Senate candidate")."""
    for article_id, mentions in mentions_by_article.items():
        text, kept = texts[article_id], []
        for m in mentions:
            last = kept[-1] if kept else None
            if (last is not None and m.label == "ORG"
                    and _state_first(last, re.sub(r"[^\S\n]", " ", text[last.end : m.start]))
                    and not ELECTION_NOUN_AFTER.match(text[m.end : m.end + 12])):
                kept[-1] = Mention(article_id, last.sentence_index, text[last.start : m.end],
                                   "ORG", last.start, m.end)
                continue
            kept.append(m)
        mentions[:] = kept


def extend_to_story_names(mentions_by_article: dict[str, list[Mention]],
                          texts: dict[str, str]) -> None:
    """A name followed by capitalised words that, with it, are a name of two words or
    more the story tags elsewhere ("U.S." of "the U.S. Holocaust Memorial Museum", which
    another report's tags give whole) is that longer name: the tagger cut the name
    after its place. Mentions inside the added words are taken in; a mention that
    runs past them leaves the name as it was. People are not extended."""
    longer: dict[str, Mention] = {}
    for ms in mentions_by_article.values():
        for m in ms:
            if m.label not in ("PERSON", "ROLE") and " " in m.text:
                longer.setdefault(fold(m.text), m)
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        for m in list(mentions):
            if m.label in ("PERSON", "ROLE") or m not in mentions:
                continue
            end = _story_name_end(text, m, longer)
            if end is None:
                continue
            inside = [x for x in mentions if x is not m and m.end <= x.start < end]
            if any(x.end > end for x in inside):
                continue
            found = longer[fold(text[m.start : end])]
            written = re.sub(r"[^\S\n]", " ", text[m.start : end])  # one row, one alias
            mentions[mentions.index(m)] = Mention(article_id, m.sentence_index, written,
                                                  found.label, m.start, end)
            mentions[:] = [x for x in mentions if not any(x is y for y in inside)]


def _story_name_end(text: str, m: Mention, longer: dict[str, Mention]) -> int | None:
    """Where the longest name of ``longer`` that starts with ``m`` and runs on over the
    capitalised words after it ends, or None."""
    run = _CAPITALISED_AFTER.match(text[m.end : m.end + 80])
    if run is None:
        return None
    ends = [m.end + w.end() for w in _WORD.finditer(run.group(0))]
    for end in reversed(ends):
        if fold(text[m.start : end]) in longer:
            return end
    return None

"""Two epithets :mod:`epithets` could not read: a party and a state, and a state's
"chief executive" (session 27; docs/eval-framing.md "Session 26: read as a user").

- "The New York Democrat scheduled the vote …, saying …" (the Washington Times, NeuS raw
  row 239): the head "Democrat" is a proper noun, so :func:`epithets.epithet_words`
  refuses it, and no outlet writes "New York Democrat" beside Schumer's name; the Wall
  Street Journal gives him the label "(D., N.Y.)". The epithet names a party and a
  state: it is the one person of the story whose labels (compare/person_labels.py
  ``labels_of``, and the Journal's "(D., N.Y.)", which that pattern does not read) give
  both, when no other person is given one of them without the other being denied
  (unresolved when two fit; a person with no label at all is no rival, as in
  :func:`epithets._match`).
- "The Sunshine State's chief executive said …" (NBC, row 211): a state's chief
  executive is its governor. The epithet is read as "the <state> governor" (a state's
  name, AP abbreviation or nickname, data/us_states.toml, as the possessor), and then
  matched as every other epithet is: the one person whose phrases hold "governor" as a
  head and the state's name, no other governor in the quote's article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from spacy.tokens import Doc, Span

from newsprism.compare.person_labels import labels_of
from newsprism.extract.entities import StoryEntities
from newsprism.extract.nlp import doc_text
from newsprism.extract.states import state_code, state_names, state_nickname, states

__all__ = ["party_state", "party_state_match", "state_chief"]

_PARTIES = {"democrat": "Democrat", "republican": "Republican"}
# the Wall Street Journal's label: "Chuck Schumer (D., N.Y.)"
_JOURNAL_LABEL = re.compile(r"^\s*\(\s*(?P<party>[RD])\.,\s*(?P<state>[A-Z][A-Za-z. ]{1,14}?)\)")
_PAST = frozenset({"former", "ex", "ex-", "late", "then"})


def _state_of(words: list[str]) -> str | None:
    """The postal code the words name, as a state's name or nickname, else None."""
    text = " ".join(words)
    if not text:
        return None
    return state_names().get(text.lower()) or state_nickname(text)


def party_state(phrase: Span) -> tuple[str, str] | None:
    """(party, postal code) of "the New York Democrat", "the Texas Republican"; None for
    any other phrase (a past one, "the former Ohio Republican", is left: its label may
    be history)."""
    words = [t.text for t in phrase if not t.is_space]
    if len(words) < 3 or words[0].lower() != "the" or words[-1].lower() not in _PARTIES:
        return None
    if any(w.lower() in _PAST for w in words):
        return None
    code = _state_of(words[1:-1])
    return (_PARTIES[words[-1].lower()], code) if code else None


def _labels(docs: Mapping[str, Doc], entities: StoryEntities) -> dict[str, dict[str, set[str]]]:
    """Per PERSON entity, the parties and states any article of the story gives it."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article_id, doc in docs.items():
        mentions = [m for m in entities.mentions if m.article_id == article_id]
        for label in labels_of(doc_text(doc), mentions):
            if label.kind in ("party", "state"):
                found[label.entity_id][label.kind].add(label.value)
        for m in mentions:
            journal = _JOURNAL_LABEL.match(doc_text(doc)[m.end : m.end + 24]) \
                if m.label == "PERSON" and m.entity_id else None  # fmt: skip
            if journal is not None:
                found[m.entity_id]["party"].add(_PARTIES["democrat" if journal["party"] == "D"
                                                          else "republican"])  # fmt: skip
                code = state_code(journal["state"])
                if code:
                    found[m.entity_id]["state"].add(code)
    return found


def party_state_match(party: str, code: str, docs: Mapping[str, Doc],
                      entities: StoryEntities) -> str | None:  # fmt: skip
    """The one PERSON of the story given both the party and the state, when no other is
    given one of them with the other not denied (it fits too, as far as the text says);
    else None."""
    labels = _labels(docs, entities)
    by_id = entities.by_id()
    people = {pid: lab for pid, lab in labels.items()
              if pid in by_id and by_id[pid].type == "PERSON"}  # fmt: skip

    def fits(lab: Mapping[str, set[str]]) -> bool:
        return (not lab["party"] or party in lab["party"]) and \
            (not lab["state"] or code in lab["state"])  # fmt: skip

    both = [pid for pid, lab in people.items() if party in lab["party"] and code in lab["state"]]
    if len(both) != 1:
        return None
    rivals = [pid for pid, lab in people.items() if pid != both[0] and fits(lab)
              and (party in lab["party"] or code in lab["state"])]  # fmt: skip
    return None if rivals else both[0]


def state_chief(phrase: Span) -> tuple[str, frozenset[str]] | None:
    """ "the Sunshine State's chief executive" → ("governor", {"governor", "florida"}),
    as :func:`epithets.epithet_words` answers; None for any other phrase."""
    tokens = [t for t in phrase if not t.is_space]
    words = [t.lower_ for t in tokens]
    if len(tokens) < 5 or words[0] != "the" or words[-2:] != ["chief", "executive"]:
        return None
    if words[-3] not in ("'s", "’s"):
        return None
    code = _state_of([t.text for t in tokens[1:-3]])
    if code is None:
        return None
    name = states()[code][-1].lower().split()
    return "governor", frozenset(["governor", *name])

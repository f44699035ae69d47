"""How a ``possibly_shared`` fact is shown: with the sentence to check, or in plain words.

Readers of fresh stories counted "possibly shared beside an unrelated or merely topical
sentence" as the largest class of wrong lines (24 of 44, 13 of 17, 28 of 67, 40 of 82
hedged lines, docs/eval-compare.md). The unique check now says how strong each hedge is
(``hedge``, compare/unique.py, schema 1.11):

- ``check``: shown as before, beside the other outlet's sentence worth checking;
- ``topic``: shown with no partner, saying that the other outlets cover the topic, so
  the fact is not confirmed as the outlet's alone (its near sentences stay in the JSON);
- ``opposite``: the only sentences worth checking negate or cancel what the fact states
  ("not", or a cancelling verb: "blocked", "abandoned"), or the reverse ("Facebook isn't
  killing people" / "They're killing people"): not shown as "possibly shared" beside
  that sentence, nor as a conflict (the conflict rules did not find one), but said in
  plain words without the sentence: the gold puts 5 of 21 such sentences in one group
  with the fact (a negation read is not always the opposite statement), so the sentence
  is not offered as the other way round either.

A fact without ``hedge`` (JSON of 1.10 or before) is shown as a ``check``, as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsprism.report.truncation_view import _possessive as possessive

CHECK, TOPIC, OPPOSITE = "check", "topic", "opposite"


def hedge(fact: Mapping[str, Any]) -> str:
    """The fact's hedge: ``check``, ``topic`` or ``opposite`` (``check`` when absent)."""
    value = fact.get("hedge")
    return value if value in (TOPIC, OPPOSITE) else CHECK


def partner(fact: Mapping[str, Any]) -> Mapping[str, Any]:
    """The near sentence a report shows (the unique check puts it first), or {}."""
    near = fact.get("near") or []
    first = near[0] if near else {}
    return first if isinstance(first, Mapping) else {}


def hedge_note(fact: Mapping[str, Any], outlet: str, label_of: Mapping[str, str],
               word: str = "outlet") -> str:
    """The plain words beside a hedged fact of ``outlet``: the sentence to check (a
    ``check``), or why there is none (``topic``, ``opposite``). ``word`` is the story's
    (``report/source_word.py``): a story of files reads "the other sources cover the
    same topic", as its counts and headings do (session 36); only these fixed words
    change, never the quoted sentence of a ``check``."""
    near = partner(fact)
    where = label_of.get(str(near.get("article_id")), str(near.get("article_id", "")))
    kind = hedge(fact)
    if kind == CHECK:
        return f"{where}: {near.get('sentence', '')}" if near else ""
    alone = f"Only in {possessive(outlet)} text as far as newsprism can match"
    if kind == OPPOSITE:
        # session 34: "negates or cancels", as the veto reads both ("not sent" and
        # "blocked", "abandoned"): "is negated" was untrue of "abandoned … talks" beside
        # "talks … have broken down" (NeuS r364), docs/eval-compare.md
        return (f"{alone}; {where}'s closest sentence negates or cancels what this one "
                "states, or the reverse, so it is not taken as the same statement (nor as "
                "a conflict)")
    return (f"{alone}; the other {word}s cover the same topic, so this is not confirmed "
            f"as {possessive(outlet)} alone")

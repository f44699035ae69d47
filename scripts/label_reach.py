"""Where session 35's four readers fire on the wide stories, each hit with its words.

``python scripts/label_reach.py CACHE`` reads the cache of ``wide_conflict_list.py``
(the inputs of the conflict rules for the 50 BASIL triplets and NeuS raw rows 0–505)
and prints every place one of them reads something: a role noun keyed as the name set
beside it (compare/titled_names.py; only subjects and objects), a party in apposition
(compare/party_appositions.py) and an "N-year-old" age (compare/age_words.py) of a
named person, and a dated act marked as one more of its kind
(compare/other_instances.py; only verbs in a sentence naming a weekday). Each hit is
to be read: is the name, party, age or mark right? Counts at the end.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.age_words import age_next_to
from newsprism.compare.other_instances import other_instance
from newsprism.compare.party_appositions import party_apposition
from newsprism.compare.titled_names import titled_name

_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj")


def _hits(story: str, seen: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(reader, story, what it read) of one cached story."""
    out = []
    for article in seen["articles"]:
        doc = seen["docs"].get(article.id)
        if doc is None:
            continue
        mine = [m for m in seen["mentions"] if m.article_id == article.id]
        text = doc.text
        for token in doc:
            name = titled_name(token, mine) if token.dep_ in _ROLES else None
            if name is not None:
                out.append(("titled name", story, f"{token.text} → {name.text}: "
                            f"{token.sent.text.strip()[:160]}"))
            if token.pos_ == "VERB" and other_instance(token) and any(
                    w.lower_ in WEEKDAYS for w in token.sent):
                out.append(("another instance", story, token.sent.text.strip()[:160]))
        for m in mine:
            if m.label != "PERSON" or not m.entity_id:
                continue
            party = party_apposition(text, m.end)
            if party:
                out.append(("party apposition", story, f"{m.text}: {party[1]}"))
            age = age_next_to(text, m.start, m.end)
            if age:
                out.append(("age words", story, f"{m.text}: {age[1]}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for path in sorted(args.cache.glob("*.pkl")):
        for reader, story, what in _hits(path.stem, pickle.loads(path.read_bytes())):
            counts[reader] += 1
            print(f"{reader}\t{story}\t{what}")
    print(dict(counts))


if __name__ == "__main__":
    main()

"""The omission score of ``eval compare``: is each "A leaves out F" line true?

An omission is a statement a fact-checker acts on ("Fox leaves out X"), and a false one
costs more than a missing one; until session 22 no column measured it. Each listed
omission (article A, fact F) is judged on the gold fact groups:

- **wrong** when the gold puts a sentence of A in one group with a sentence of F (A
  states the fact);
- **right** when F's sentences are in a gold group with no sentence of A (the fact is
  the story's, and A does not state it);
- **unknown** when F's sentences are in no gold group (the gold says nothing of it: it
  may be one outlet's alone, so the line is unchecked, not right).
"""

from __future__ import annotations

from typing import Any

from newsprism.eval.compare_gold import GoldStory, Ref


def omission_verdict(story: GoldStory, article_id: str, refs: list[Ref]) -> str:
    """``right``, ``wrong`` or ``unknown`` for article ``article_id`` said to leave out
    the fact whose sentences are ``refs``."""
    number = story.number_of.get(article_id)
    groups = [set(g) for g in story.fact_refs() if set(g) & set(refs)]
    if not groups:
        return "unknown"
    if any(ref[0] == number for group in groups for ref in group):
        return "wrong"
    return "right"


def omission_items(story: GoldStory, output: dict[str, Any]) -> list[dict[str, Any]]:
    """Every omission of the output with its verdict, the article's number in the
    triplet and the fact's gold refs (the notes a reader looks up)."""
    evidence = {f["id"]: f["evidence"] for f in output["claims"]}
    items = []
    for article_id, missing in output.get("omissions", {}).items():
        for omission in missing:
            refs = [r for e in evidence.get(omission["claim_id"], [])
                    for r in story.refs(e["article_id"], e["start"], e["end"])]  # fmt: skip
            items.append({"article": story.number_of.get(article_id),
                          "claim_id": omission["claim_id"],
                          "verdict": omission_verdict(story, article_id, refs),
                          "refs": [":".join(map(str, r)) for r in sorted(set(refs))],
                          "text": omission["text"]})  # fmt: skip
    return items

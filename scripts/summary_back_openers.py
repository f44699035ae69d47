"""List the readable summary-line candidates whose first words point back, by kind.

Every sentence (20+ characters) of BASIL's articles (2010-2014) and of the NeuS-AllSides
raw reports is rendered as the summary renders it (scripts/summary_line_rules.py) and
kept when this checkout's ``unusable_reasons`` finds it readable and it is not the
article's first sentence (a lead points back to nothing). Run it against a checkout
whose checker does not yet read openers (``git archive 33fac30 src``, with
``compare/openers.py`` beside it) to list what the rules were made from, and against
this one to list what they leave. Of those, the lines whose
first words lean on the sentence before are printed, by kind:

- ``opener``: a phrase before the first comma whose head is anaphoric: a demonstrative
  ("By then,", "After that,"), "same" / "other" / "next" ("At the same time,"), a
  relative time with no anchor ("Days later,"), or "the" and a bare noun ("In the
  process,");
- ``definite``: a main subject "the" (and adjectives) and a common noun, no name, no
  of-phrase or clause saying which ("The 36-member panel …", "The move …");
- ``pronoun``: a bare "it", "this", "they" … first.

The kinds are what session 23's brief asked to count; ``opener`` is the test the summary
uses (``readable.opener_points_back``), the others are measured only.

Usage: python scripts/summary_back_openers.py ../shared/data [--kind KIND]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsprism.compare.openers import opener_points_back
from newsprism.compare.readable import unusable_reasons
from newsprism.extract.nlp import load_nlp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_line_rules import _rendered, _texts

_PRONOUNS = frozenset({"it", "this", "they", "these", "those", "that", "he", "she"})


def definite_subject(sent: Any) -> str:
    """The main subject's words when it is "the" (and adjectives or numbers) and a common
    noun with no name, of-phrase or clause in it, else ""."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i - sent.start > 5:
        return ""
    words = list(subject.subtree)
    if words[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in words):
        return ""
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in subject.children):
        return ""
    return " ".join(t.text for t in words)


def kind_of(sent: Any) -> tuple[str, str]:
    """(kind, words) of a sentence whose first words point back, else ("", "")."""
    found = opener_points_back(sent)
    if found:
        return "opener", found
    first = sent[0]
    if first.lower_ in _PRONOUNS and first.dep_ in ("nsubj", "nsubjpass"):
        return "pronoun", first.text
    words = definite_subject(sent)
    return ("definite", words) if words else ("", "")


def main(data: Path, only: str | None) -> None:
    nlp = load_nlp()
    counts: Counter[str] = Counter()
    for name, text in _texts(data):
        for n, sent in enumerate(nlp(text).sents):
            original = sent.text.strip()
            if len(original) < 20 or n == 0:
                continue
            counts["sentences"] += 1
            if not kind_of(sent)[0]:
                continue  # the rendered line is parsed only when its sentence points back
            line = _rendered(original)
            before = text[max(0, sent.start_char - 400):sent.start_char]
            kind, words = kind_of(next(iter(nlp(line).sents)))
            if not kind or unusable_reasons(line, [], original=original, before=before):
                continue
            counts[kind] += 1
            counts[f"{kind}: {words.lower()}"] += kind == "opener"
            if only in (None, kind):
                print(f"{kind}\t{name}\t{words}\t{line[:170]}", flush=True)
    for key, value in counts.most_common():
        print(f"{value}\t{key}", file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]), args[args.index("--kind") + 1] if "--kind" in args else None)

"""Every accusation whose accuser the session-38 rules change (framing/accused.py), to read.

    python scripts/accuser_scan.py DATA

Parses every BASIL 2010–14 article and NeuS raw-crawl report (as
``measure_sentence_breaks.texts`` builds them) that holds a form of "accuse" or of a
verb of calling a thing something (:mod:`.described`, whose callers go through the same
``accuser_mention``) and, for each such verb, prints the accuser or caller named with
the relative "who" and the copula participle rules (``_antecedent``, ``_after_copula``)
and without them, when the two differ. Lines are printed only for the dev halves (BASIL
2010–12, NeuS train-half roundups); held-out texts are only counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from lacking_scan import NEUS, readable
from measure_sentence_breaks import texts

from newsprism.eval.basil import basil_files, read_basil
from newsprism.extract.framing import accused, described
from newsprism.extract.nlp import load_nlp

_ANY = re.compile(r"accus|\b(?:" + "|".join(sorted(described.DESCRIBE)) + r")", re.I)


def _named(doc, v) -> str | None:
    """The accuser (or caller) of ``v`` as the framing owner writes it (no
    reported-speech lift)."""
    find = described.caller_mention if _names(v) else accused.accuser_mention
    mention = find(v)
    return None if mention is None else accused.as_written(mention)


def _names(v) -> bool:
    """``v`` is a verb of calling a thing something (:mod:`.described`)."""
    return v.pos_ == "VERB" and v.lemma_.lower() in described.DESCRIBE


def _without_rules(doc, v) -> str | None:
    """``_named`` with the two session-38 rules switched off."""
    saved = accused._antecedent, accused._after_copula
    accused._antecedent, accused._after_copula = (lambda s: s), (lambda _v: None)
    try:
        mention = (described.caller_mention if _names(v) else accused.accuser_mention)(v)
        if mention is not None and _names(v) and mention.tag_ in accused.RELATIVES \
                and v.dep_ == "relcl":
            mention = v.head  # the relative head described.py read before session 38
        return None if mention is None else accused.as_written(mention)
    finally:
        accused._antecedent, accused._after_copula = saved


def main() -> None:
    """Print each changed accuser, by corpus, and the counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    a = ap.parse_args()
    ids = [json.loads(x)["id"] for x in (a.data / NEUS).read_text("utf-8").splitlines()]
    years = {f"basil:{d.name}": d.year for d in map(read_basil, basil_files(a.data / "basil"))}
    items = [(name.replace("basil:", f"basil:{years[name]}:") if name in years else name, t)
             for name, t, _ in texts(a.data) if _ANY.search(t)]
    nlp = load_nlp()
    seen = changed = hidden = 0
    for (name, _), doc in zip(items, nlp.pipe(t for _, t in items), strict=True):
        for v in doc:
            if (v.lemma_.lower() not in accused.ACCUSE or v.pos_ != "VERB") and not _names(v):
                continue
            seen += 1
            new, old = _named(doc, v), _without_rules(doc, v)
            if new == old:
                continue
            changed += 1
            if readable(name, ids):
                print(f"{name}\t{old!r} -> {new!r}\t{v.sent.text.strip()}")
            else:
                hidden += 1
                print(f"{name}\t(held out: not read)")
    print(f"verbs: {seen}; accuser or caller changed: {changed} (held out, not read: {hidden})")


if __name__ == "__main__":
    main()

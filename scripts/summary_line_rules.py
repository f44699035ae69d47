"""Print every sentence whose summary-line verdict a change of compare/readable.py moves.

Each sentence of BASIL's articles and of the NeuS-AllSides raw reports is rendered as
the summary would render it (a leading connective dropped, the first letter capital)
and checked by ``unusable_reasons`` of a reference checkout (OLD_SRC, e.g. from
``git archive main src``) and of this one, with the sentence itself as ``original`` and
the article's text before it as ``before``. The changed lines are printed for reading.

Usage: python scripts/summary_line_rules.py ../shared/data OLD_SRC [--definite]
(``--definite`` also prints the readable lines whose main subject is "the" and a bare
noun, or a quantifier "of the" and a bare noun: rules measured in session 21).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from newsprism.compare.line_edges import CONNECTIVE as _CONNECTIVE
from newsprism.compare.readable import unusable_reasons
from newsprism.extract.nlp import load_nlp

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def _old_checker(old_src: Path) -> Callable[..., list[str]]:
    """``unusable_reasons`` of the reference checkout, loaded under another name."""
    spec = importlib.util.spec_from_file_location(
        "old_readable", old_src / "newsprism" / "compare" / "readable.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.unusable_reasons


def _texts(data: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of every BASIL article and NeuS raw report."""
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        raw = json.loads(path.read_text("utf-8"))
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p)
                      for p in raw.get("body-paragraphs", [])]  # fmt: skip
        yield path.stem, "\n\n".join(paragraphs)
    for i, line in enumerate((data / NEUS).read_text("utf-8").splitlines()):
        for side, news in json.loads(line)["news"].items():
            yield f"neus{i}:{side}", "\n\n".join(news["newBody"])


def _rendered(sentence: str) -> str:
    """The sentence as the summary shows it: leading connective dropped, capital first."""
    connective = _CONNECTIVE.match(sentence)
    text = sentence[connective.end():] if connective else sentence
    return text[:1].upper() + text[1:]


def _bare_definite(line: str) -> str:
    """"the" when the main subject is "the" + a noun with no other word ("The number
    could be higher"), "of the" when a quantifier's of-phrase is ("Much of the anger"),
    else ""."""
    sent = next(iter(load_nlp()(line).sents))
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    kind = "the"
    if subject is not None and subject.pos_ != "NOUN":
        of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        subject = next((c for o in of for c in o.children if c.dep_ == "pobj"), None)
        kind = "of the"
    if subject is None or subject.pos_ != "NOUN":
        return ""
    kids = list(subject.children)
    return kind if len(kids) == 1 and kids[0].lower_ == "the" else ""


def main(data: Path, old_src: Path, definite: bool) -> None:
    old = _old_checker(old_src)
    nlp = load_nlp()
    counts: Counter[str] = Counter()
    for name, text in _texts(data):
        for sent in nlp(text).sents:
            original = sent.text.strip()
            if len(original) < 20:
                continue
            counts["sentences"] += 1
            line = _rendered(original)
            before = text[max(0, sent.start_char - 400):sent.start_char]
            was = old(line, [], original=original, before=before)
            now = unusable_reasons(line, [], original=original, before=before)
            if was != now:
                counts["changed"] += 1
                print(f"{name}\t{was} -> {now}\t{line[:160]}")
            elif definite and not now and (kind := _bare_definite(line)):
                counts[f"bare definite: {kind}"] += 1
                print(f"{name}\tDEFINITE {kind}\t{line[:160]}")
    print(dict(counts), file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--definite" in sys.argv[3:])

"""Every sentence whose predicate is "being without" (compare/lacking.py), to read.

    python scripts/lacking_scan.py DATA [--polnear]

Parses every BASIL 2010–14 article and every NeuS raw-crawl report (as
``measure_sentence_breaks.texts`` builds them; PolNeAR train + dev with ``--polnear``)
and prints each sentence ``lacking.lacks`` reads as a lack, read on the sentence's root
(the pipeline reads the claim's statement verbs, which can only be fewer). Readable
lines are only those of the dev halves: BASIL 2010–12 and the NeuS roundups of the
clustering eval's train half; for BASIL 2013–14 and the NeuS held-out half only the
count and the article names are printed (a gold can move there; the text is not read).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from measure_sentence_breaks import polnear_texts, texts

from newsprism.compare.lacking import lacks
from newsprism.compare.statement_parts import _main_predicates
from newsprism.eval.basil import basil_files, read_basil
from newsprism.eval.clustering import neus_raw_part
from newsprism.extract.nlp import load_nlp

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def readable(name: str, ids: list[str]) -> bool:
    """A dev-half text: BASIL 2010–12, a NeuS train-half roundup, or PolNeAR."""
    if name.startswith("basil:"):
        return bool(re.match(r"basil:201[012]:", name))
    if name.startswith("neus:"):
        return neus_raw_part(ids[int(name.split(":")[1])]) == "train"
    return True


def main() -> None:
    """Print the sentences read as a lack, by corpus, and the counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--polnear", action="store_true")
    a = ap.parse_args()
    ids = [json.loads(x)["id"] for x in (a.data / NEUS).read_text("utf-8").splitlines()]
    nlp = load_nlp()
    items = polnear_texts(a.data) if a.polnear else texts(a.data)
    # BASIL's names with their year, so the held-out years are told apart
    years = {f"basil:{d.name}": d.year for d in map(read_basil, basil_files(a.data / "basil"))}
    items = [(name.replace("basil:", f"basil:{years[name]}:") if name in years else name, t, s)
             for name, t, s in items]
    fired = hidden = 0
    for (name, _text, _), doc in zip(items, nlp.pipe(t for _, t, _ in items), strict=True):
        for sent in doc.sents:
            if lacks(_main_predicates(list(sent))):
                fired += 1
                if readable(name, ids):
                    print(f"{name}\t{sent.text.strip()}")
                else:
                    hidden += 1
                    print(f"{name}\t(held out: not read)")
    print(f"fired: {fired} (held out, not read: {hidden}) over {len(items)} texts")


if __name__ == "__main__":
    main()

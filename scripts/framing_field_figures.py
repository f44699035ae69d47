"""Is a field's term in its own field (plain) or used outside it (a figure)? Measured.

Runs in the project's venv with WordNet 3.0's database folder (Debian's ``wordnet-base``):

    PYTHONPATH=src python scripts/framing_field_figures.py --set neus --out /tmp/neus.json
    PYTHONPATH=src python scripts/framing_field_figures.py --set polnear --out /tmp/pol.json
    PYTHONPATH=src python scripts/framing_field_figures.py --show /tmp/neus.json /tmp/pol.json

Session 28, i14-figures (issue 14; docs/eval-framing.md "Session 28: a field's term as a
figure"). i14-flags2's filter (``extract/framing/ordinary.py``) drops the outlet's own
detector flags made only of a field's term; 5 of its 21 removals were a field's term used
as a figure ("a Democratic blitzkrieg", "a messianic presidency"), and its verbs were as
often figures ("peppered him with attacks") as plain ("teeing up" a vote). The signal
measured: do the other words of the flag's sentence or article belong to the term's
field (``field_words.py``: a topic domain's words, or the words of the noun a relational
adjective relates to, read from WordNet)? "looters" beside "plunder", "riot" would be
plain; "blitzkrieg" beside "Democrats", "bill", a figure.

``--set`` frames the articles ``framing_changed_flags.py`` reads (NeuS raw rows 0–505,
every PolNeAR dev article, BASIL 2010–2012; BABE's report part, one sentence an
article, read once at the end) and records every own-voice detector flag
whose candidate words are all field terms, verbs included, with each word's field and
the field's words found in its sentence and article (with part of speech and how many
fields list the word). ``--show`` prints them with the rules' decisions, to be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from field_words import field_words_table, pert_noun  # noqa: E402
from wordnet_db import WordNetReader  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
WN_POS = {"NOUN": "noun", "ADJ": "adj", "ADV": "adv", "VERB": "verb"}


@cache
def tables() -> tuple[WordNetReader, dict[str, frozenset[str]], Counter]:
    """WordNet, each field's words, and how many fields list each word."""
    reader = WordNetReader(WORDNET)
    words = {}
    for line in field_words_table(reader):
        field, _, joined = line.partition("\t")
        words[field] = frozenset(joined.split("|"))
    return reader, words, Counter(w for ws in words.values() for w in ws)


def term_field(lemma: str, pos: str) -> str | None:
    """The field of a lemma whose first sense is a field's term (as the shipped table)."""
    reader = tables()[0]
    offsets = reader.index.get(pos, {}).get(lemma.replace(" ", "_"))
    if not offsets:
        return None
    name, domains, _words = reader.synset(pos, offsets[0])
    if domains:
        return reader.synset("noun", domains[0])[2][0].replace("_", " ")
    return (pert_noun(reader, offsets[0]) or None) if name == "adj.pert" else None


def context(token, field: str, scope) -> list[tuple[str, str, int]]:
    """The field's words among ``scope``'s other words: (word, part of speech, fields)."""
    _reader, words, listed = tables()
    own = {token.lower_, token.lemma_.lower()}
    out = set()
    for t in scope:
        forms = {t.lower_, t.lemma_.lower()}
        if t.i != token.i and t.is_alpha and not t.is_stop and not forms & own:
            out |= {(f, t.pos_, listed[f]) for f in forms & words.get(field, frozenset())}
    return sorted(out)


def record(set_name: str, data: Path) -> list[dict]:
    """Frame the set, keeping each own-voice detector flag made only of field terms."""
    import framing_changed_flags as fcf

    import newsprism.extract.framing as framing
    from newsprism.extract.framing.features import is_candidate
    from newsprism.extract.framing.ordinary import _listed_words, drop_field_terms, is_field_term

    rows: list[dict] = []

    def spy(doc, loaded):
        kept = drop_field_terms(doc, loaded)
        for word in loaded:
            span = word.span
            found = doc.char_span(span.start, span.end, alignment_mode="expand")
            toks = [t for t in found if is_candidate(t)] if found is not None else []
            fields = [term_field(t.lemma_.lower(), WN_POS.get(t.pos_, "")) for t in toks]
            if span.in_quote or span.speaker or not toks or None in fields:
                continue
            if not all(t.pos_ == "VERB" or is_field_term(t) for t in toks) or any(
                    {t.lower_, t.lemma_.lower()} & _listed_words()
                    or (t.text[:1].isupper() and not t.is_sent_start) for t in toks):  # fmt: skip
                continue  # the shipped filter's exclusions, kept for verbs too
            pairs = list(zip(toks, fields, strict=True))
            rows.append({"set": set_name, "text": span.text, "sentence": found.sent.text,
                         "pos": [t.pos_ for t in toks], "fields": fields,
                         "dropped_by_main": word not in kept,
                         "sentence_hits": [context(t, f, t.sent) for t, f in pairs],
                         "article_hits": [context(t, f, doc) for t, f in pairs]})
        return kept

    framing.drop_field_terms = spy
    loaders: dict[str, Callable[[], list[dict]]] = {
        "neus": lambda: fcf.neus_articles(data, tuple(range(506))),
        "polnear": lambda: fcf.polnear_articles(data, 0, 1),
        "basil": lambda: fcf.basil_articles(data),
        "babe": lambda: fcf.babe_articles(data)}  # fmt: skip
    fcf.flags(loaders[set_name]())
    return rows


RULES: dict[str, Callable[[dict], bool]] = {
    "sentence, 1 word": lambda hits: len(hits["sentence_hits"]) >= 1,
    "article, 1 word": lambda hits: len(hits["article_hits"]) >= 1,
    "article, 2 words": lambda hits: len(hits["article_hits"]) >= 2,
    "article, 1 noun": lambda hits: any(
        p in ("NOUN", "PROPN") for _w, p, _n in hits["article_hits"]),
    "article, 1 noun of ≤ 3 fields": lambda hits: any(
        p in ("NOUN", "PROPN") and n <= 3 for _w, p, n in hits["article_hits"]),
    "article, 1 term of the same field": lambda hits: any(
        term_field(w, WN_POS.get(p, "")) == hits["field"] for w, p, _n in hits["article_hits"]),
}


def literal(row: dict, rule: Callable[[dict], bool]) -> bool:
    """Every word of the flag is in its field under ``rule`` (the flag would be dropped)."""
    hits = zip(row["fields"], row["sentence_hits"], row["article_hits"], strict=True)
    return all(rule({"field": f, "sentence_hits": s, "article_hits": a}) for f, s, a in hits)


def show(paths: list[Path]) -> None:
    """Each recorded flag with its fields, hits and what each rule would do."""
    rows = [r for p in paths for r in json.loads(p.read_text("utf-8"))]
    for n, r in enumerate(rows, 1):
        drops = [name for name, rule in RULES.items() if literal(r, rule)]
        print(f"[{n}] {r['set']} {r['text']!r} {r['pos']} fields={r['fields']} "
              f"main drops={r['dropped_by_main']}\n    {r['sentence'][:200]!r}\n"
              f"    sentence: {r['sentence_hits']}\n    article: {r['article_hits']}\n"
              f"    dropped by: {drops}")  # fmt: skip
    for name, rule in RULES.items():
        print(f"{name}: drops {sum(literal(r, rule) for r in rows)} of {len(rows)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--set", choices=("neus", "polnear", "basil", "babe"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", type=Path, nargs="+")
    args = parser.parse_args()
    if args.show:
        show(args.show)
        return
    rows = record(args.set, args.data)
    args.out.write_text(json.dumps(rows, indent=1, ensure_ascii=False), "utf-8")
    print(f"{len(rows)} flags made only of field terms")


if __name__ == "__main__":
    main()

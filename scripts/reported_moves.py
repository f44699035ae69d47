"""List every loaded word the reported-speech rule hands to a source, and what the
stricter rule (the speaker must be the cue's subject, issue 14) does with it.

Each move is printed with its article, speaker, the mention at the cue, the cue and the
sentence, so a reader can mark it right or wrong against the article. Articles are
plain text files or BASIL article JSON files, read in the order given.

    PYTHONPATH=src python scripts/reported_moves.py ../shared/data/polnear/dev/text/*.txt
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from spacy.language import Language

from newsprism.eval.basil import read_basil
from newsprism.extract.framing import frame_doc
from newsprism.extract.framing.quoting import Sources
from newsprism.extract.framing.reported import speaker_is_subject
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


def _text(path: Path) -> str:
    """An article's text: a BASIL JSON file's body, or a text file as it is."""
    return read_basil(path).text if path.suffix == ".json" else path.read_text("utf-8")


def moves(path: Path, nlp: Language) -> list[dict[str, object]]:
    """The moved flags of one article, each with the stricter rule's verdict."""
    doc = nlp(_text(path))
    quotes = extract_quotes(doc)
    sources = Sources(quotes)
    found = []
    for w in frame_doc(doc, quotes=quotes).loaded:
        if not w.span.speaker or w.span.in_quote:
            continue
        quote = sources.reported_at(w.span.start, w.span.end)
        assert quote is not None
        strict = speaker_is_subject(doc, quote)
        found.append({
            "article": path.name, "word": w.span.text, "speaker": w.span.speaker,
            "at_cue": quote.speaker_surface, "cue": quote.cue,
            "strict": "kept" if strict else "outlet",
            "sentence": doc.char_span(w.span.start, w.span.end, alignment_mode="expand")
            [0].sent.text.strip(),
        })  # fmt: skip
    return found


def main() -> None:
    """Print one JSON line per moved flag, then the counts of both rules."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    nlp = load_nlp()
    total = kept = 0
    for path in args.paths:
        for m in moves(path, nlp):
            print(json.dumps(m, ensure_ascii=False))
            total += 1
            kept += m["strict"] == "kept"
    print(f"# {len(args.paths)} articles: {total} moved by the current rule, {kept} kept "
          f"by the stricter one")  # fmt: skip


if __name__ == "__main__":
    main()

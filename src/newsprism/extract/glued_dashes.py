"""A dash glued between an abbreviation's full stop and the next word is its own token.

spaCy's English infixes split a dash between two letters ("well—known") but not after
a full stop, so "Airbus in the EU.—came as Biden met …" (AP, NeuS row 346) became one
token "EU.—came": the sentence lost its verb, the parser rooted it on a noun, and the
claim it states ("the announcement … came") was read as no claim at all. Written
without spaces, an em or en dash after an abbreviation ("the U.S.—and its allies") is
the same mark as one written with spaces: it opens or closes an aside.

Only a dash after a letter and a full stop, before a letter, is split: a dash between
digits is a range or a score ("2–1", "19–0") and stays one token. Over BASIL's 150
articles and the 1,518 reports of the NeuS raw crawl the rule splits one token (the
one above).
"""

from __future__ import annotations

import re

from spacy.language import Language

__all__ = ["GLUED_DASH", "split_glued_dashes"]

# em dash or en dash, after "<letter>." and before a letter
GLUED_DASH = r"(?<=[A-Za-z]\.)[\u2014\u2013](?=[A-Za-z])"


def split_glued_dashes(nlp: Language) -> None:
    """Add the glued-dash infix to the pipeline's tokenizer (before its first use: the
    tokenizer caches what it has split)."""
    tokenizer = nlp.tokenizer
    tokenizer = getattr(tokenizer, "tokenizer", tokenizer)  # the plain-spaces wrapper
    current = tokenizer.infix_finditer.__self__.pattern  # the model's own infixes, kept
    tokenizer.infix_finditer = re.compile(f"{current}|{GLUED_DASH}").finditer

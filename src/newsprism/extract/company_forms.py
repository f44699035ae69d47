"""A company's legal suffix and a descriptor noun before a name (issue 12, session 29).

The reader of NeuS raw row 273 (docs/eval-compare.md, "Read as a user on session 28's
final main") saw "SE" of "German partner BioNTech SE" as a PERSON, with a quote and a
voice cell, and "Drugmaker Pfizer" as a PERSON. Over NeuS raw rows 0–505 the same kinds
are: a legal suffix keeping a company in two rows ("Pfizer Inc." and "Pfizer", rows 462,
468, 470), a suffix read as a name (273), and a descriptor noun capitalised at a
sentence start taken into the name ("Drugmaker Pfizer" 273, "Drugmaker Merck" 46).

- :func:`without_legal_suffix`: the merge key of a company without its legal suffix
  ("pfizer inc" is "pfizer"); "AG" after a place is an attorney general ("NY AG") and
  stays.
- :func:`company_before_suffix`: a tagged span that is a legal suffix alone is the
  company written before it ("BioNTech SE"), or no name.
- :func:`leading_descriptor`: a sentence's first word that is a company's trade
  ("Drugmaker", "Retailer", "Automaker") is no part of the name after it.
"""

from __future__ import annotations

from newsprism.extract.mention_rules import is_place
from newsprism.extract.states import state_code
from newsprism.extract.type_context import TRADE_NOUNS

__all__ = ["LEGAL_SUFFIXES", "company_before_suffix", "is_legal_suffix",
           "leading_descriptor", "without_legal_suffix"]

# Legal forms written after a company's name, folded (case and stops dropped).
LEGAL_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "se", "ag", "nv",
                            "sa", "gmbh"})  # fmt: skip
# As written: a tagged span that is one of these alone names no one. Not "AG": alone, it
# is an attorney general ("the AG said").
_WRITTEN = frozenset({"Inc.", "Inc", "Corp.", "Co.", "Ltd.", "Ltd", "LLC", "plc", "PLC",
                      "SE", "N.V.", "S.A.", "GmbH"})  # fmt: skip


def without_legal_suffix(key: str) -> str:
    """A folded name without a legal suffix at its end, when a name is left that is no
    place ("pfizer inc" -> "pfizer"; "ny ag" stays: New York's attorney general)."""
    words = key.split()
    if len(words) < 2 or words[-1] not in LEGAL_SUFFIXES:
        return key
    rest = " ".join(words[:-1])
    if words[-1] == "ag" and (is_place(rest) or state_code(rest) is not None):
        return key
    return rest


def company_before_suffix(span: object) -> object | None:
    """For a span that is a legal suffix alone ("SE", tagged PERSON in "German partner
    BioNTech SE said"): the span from the capitalised words right before it (no other
    name's, no sentence start's descriptor) to its end, or None when nothing stands
    there (the mention is then no name)."""
    doc = span.doc  # type: ignore[attr-defined]
    start = span.start  # type: ignore[attr-defined]
    i = start
    while i > 0 and start - i < 4:
        tok = doc[i - 1]
        if not tok.text[:1].isupper() or tok.ent_type_ or tok.pos_ not in ("PROPN", "NOUN"):
            break
        i -= 1
    return doc[i : span.end] if i < start else None  # type: ignore[attr-defined]


def is_legal_suffix(text: str) -> bool:
    """Whether a tagged name is a legal suffix alone."""
    return text in _WRITTEN


def leading_descriptor(ent: object) -> int:
    """1 when a span of two words or more opens a sentence on a company's trade noun
    ("Drugmaker Pfizer", "Retailer Target": ``type_context.TRADE_NOUNS`` or a "-maker"
    compound) before a capitalised word, else 0: the name is the company's. Other
    common nouns are left: "Hunter Biden", "Grace Meng" and "Chip Roy" open on nouns too,
    and the given-name list misses some of them."""
    tokens = list(ent)  # type: ignore[call-overload]
    if len(tokens) < 2 or not tokens[0].is_sent_start or not tokens[1].text[:1].isupper():
        return 0
    word = tokens[0].text
    lower = word.lower()
    trade = lower in TRADE_NOUNS or (lower.endswith("maker") and len(lower) > 6)
    return 1 if word.istitle() and trade else 0

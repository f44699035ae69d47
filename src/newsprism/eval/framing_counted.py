"""Which framing layers ``eval framing`` counts as *flags* for issue 14's goal, and why.

Issue 14's goal is on "flagged spans": recall of BASIL's ``lex`` spans with at least
0.30 of the flags touching a ``lex`` or ``inf`` span. The default row of ``eval
framing`` counts every layer of the default output as a flag. The report does not:
it shows the lexicon's loaded terms and the detector's loaded words as loaded
language, and the attribution verbs, the hedges and the scare quotes each in a table
of its own, per outlet ("Attribution verbs", "Hedges", "Scare quotes" in the HTML and
text reports), the devices the issue asks to be shown beside the loaded words.

Session 34 (docs/eval-framing.md, "Session 34: what carries across years") decided
per layer, on data no layer was chosen on, whether it counts. A layer is set apart
when its share of flags touching a bias span is under the set's share for all flags
in each BASIL development year (2010, 2011, 2012, each judged on its own) and on
MBIC's sentences the MiniLM never trained on, is under two thirds of it on the three
years pooled, and it finds at most two ``lex`` spans a year that no other layer
finds. The attribution verbs (0.14 / 0.09 / 0.11 against 0.30 / 0.34 / 0.35; MBIC
never seen 0.23 against 0.64; 4 spans of their own on 2010–2012), the hedges (0.20 /
0.17 / 0.00; 0.00; 1) and the scare quotes (0.00 / 0.17 / 0.20; 0.50; 0) are set
apart. BABE's experts disagree on one verb only ("claimed", 20 of 25 marked); they
mark no word inside quotation marks, so they do not judge the quote layers. The
partial quotes (0.22 / 0.34 / 0.24, 7 spans of their own) and every lexicon term
category taken as one layer (the report's "Loaded terms" table) are counted.

Held out (BASIL 2013–2014, run once after the decision, not used to choose) the
layers set apart find 8 of the 34 spans the default output finds there that no other
layer finds (26 of 91 at 0.2403 touching, against 34 at 0.2288): the held-out years
disagree with the development ones on these layers, so both rows are printed.

The layers set apart are not hidden: the report and the JSON are unchanged, the
``default (lexicon layers + detector)`` rows still count every layer, and the new
rows say in their name which layers they leave out.
"""

from __future__ import annotations

# The layers of ``eval framing``'s Detection (``term`` is every lexicon category).
SET_APART = frozenset({"attribution", "hedge", "scare-quote"})
COUNTED_LAYERS = frozenset({"term", "partial-quote", "loaded"})
COUNTED_SYSTEM = ("flags: terms, partial quotes, detector "
                  "(attribution verbs, hedges, scare quotes in their own tables)")  # fmt: skip
# BABE's lexicon flags are not split by layer name but by ``spans()`` kind: every kind
# but these (and the detector's "loaded", scored apart) is a lexicon term's category.
SET_APART_KINDS = SET_APART | {"cue"}


def counted_kind(kind: str) -> bool:
    """Whether a lexicon-layer flag of ``ArticleFraming.spans()`` kind ``kind`` counts
    (a term's category, or "partial-quote"); "loaded" is the detector's, apart."""
    return kind not in SET_APART_KINDS and kind != "loaded"

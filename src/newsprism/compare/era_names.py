"""A name written inside an "X-era" / "X-style" compound, as a name for the unique check.

Since session 33 (``extract/era_compounds.py``) the name of "a Trump-era rule" is no
mention of Trump: the rule is dated, Trump is no party to the story there. Right for the
entity rows, but the unique check's names test (:func:`newsprism.compare.unique.
loose_test`: two names and four content words in common) read those names too, and lost
them: LGBTQ Nation's "The Biden administration has reversed a Trump-era policy …" beside
NPR's "… the Biden administration announced Monday, effectively reversing a Trump-era
rule …" (NeuS raw row 451) fell from a sentence to check to "the same topic" (session 33's
"What is left"; read again in session 34). Two sentences that both write "Trump-era" do
name one period: for the loose test only, each such compound counts as a name, written
apart from entity ids (``era:trump``) so that it matches only the same compound in the
other sentence. Entity rows, the same-fact model and everything else are untouched.
"""

from __future__ import annotations

import re

from newsprism.extract.era_compounds import MODIFIER_HALVES

__all__ = ["ERA_NAMES_RULE", "compound_names"]

ERA_NAMES_RULE = True  # off: the names test reads entity mentions only, as in session 33
# capitalised words (a name) right before "-era", "-style" …, then no more letters
_COMPOUND = re.compile(r"\b([A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*)[-\u2013](?:"
                       + "|".join(MODIFIER_HALVES) + r")(?![\w-])")  # fmt: skip
_ARTICLE = re.compile(r"^(?:the|a|an) ")  # a sentence's capital "The Cold War-era …"


def compound_names(text: str) -> set[str]:
    """The names ``text`` writes as the first half of a modifier compound, as
    ``era:<name in lower case>`` ("a Trump-era rule" → {"era:trump"})."""
    if not ERA_NAMES_RULE:
        return set()
    return {"era:" + _ARTICLE.sub("", m.group(1).lower()) for m in _COMPOUND.finditer(text)}

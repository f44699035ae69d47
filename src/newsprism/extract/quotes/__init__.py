"""Quotes and reported speech, each with its speaker resolved to a name (issue 3).

A news story is mostly what people said, so every later comparison ("who said what,
and does another outlet quote it the same way?") starts here. The extractor is a
cascade of rules over spaCy's parse, with the words in ``data/speech_verbs.toml`` and
the role nouns of ``data/roles.toml``, in four steps, one module each:

1. **Quotation marks** (:mod:`.marks`): marks paired into quotations, per paragraph and
   per family, across sentences and paragraphs. :func:`find_quotations` is the
   project's one quotation finder (framing reads it too).
2. **Cues** (:mod:`.cues`): each quotation's speech verb, right after it (``“…,” he
   said``) or right before it (``Miller told reporters, “…”``).
3. **Content** (:mod:`.content`): what a speech verb, ``according to`` or a speech
   noun reports (``said that …``, ``X, he said, was Y``, ``his claim that …``).
4. **Speakers** (:mod:`.subjects`, :mod:`.speakers`, :mod:`.people`, :mod:`.coref`):
   the explicit subject of the cue wins; a pronoun or role noun is resolved within the
   article by recency with gender and number agreement; an unnamed source keeps its
   description; what cannot be resolved stays unresolved, never guessed.

:mod:`.extractor` runs the cascade (direct quotes, then reported speech, then what is
nested goes) and :mod:`.lexicon` reads the data files. A quote split around its cue is
*one* :class:`QuoteSpan` whose ``parts`` are the pieces (PolNeAR annotates it the same
way, as one discontinuous content span); ``text`` joins them with a space (with the
quoted sentence's stop where one part ends a sentence and the next starts another,
:mod:`.joins`), and ``start``/``end`` run from the first piece to the last. Scores on
PolNeAR and BASIL and the errors that remain: docs/eval-quotes.md.
"""

from newsprism.extract.quotes.extractor import QuoteSpan, extract_quotes
from newsprism.extract.quotes.lexicon import SpeechLexicon, is_speech_cue, load_lexicon
from newsprism.extract.quotes.marks import Quotation, find_quotations

__all__ = [
    "Quotation",
    "QuoteSpan",
    "SpeechLexicon",
    "extract_quotes",
    "find_quotations",
    "is_speech_cue",
    "load_lexicon",
]

"""A capitalised adjective the tagger typed as an organisation: "the Interstate highway
system" (NeuS r217, session 36: AP's "on par with building the transcontinental railroad
or the Interstate highway system" gave the entity row "Interstate", ORG).

Why this reading: a word that modifies a common noun after it ("Interstate highway")
and that the tagger itself reads as an adjective once it is written in lower case ("the
interstate highway system": JJ) is an adjective a writer capitalised, or a sentence's
first word — no organisation's name. A body named before a common noun reads as a noun
in lower case too ("the pentagon budget", "the senate bill": NN), so it stays. No list
of words: the tagger's own reading of the lower-case word decides. One word only, in
title case ("FBI", "McDonald" are left), and only when the next word is a lower-case
common noun and the article writes the word capitalised nowhere else: a party or firm
named by an adjective ("the Labour leader", which the tagger reads the same way) is
named again in a report about it ("Labour won", "the Labour Party").
"""

from __future__ import annotations

from typing import Any

from newsprism.extract.nlp import doc_text, load_nlp

ADJECTIVE_NAMES_RULE = True  # off: a capitalised adjective tagged ORG stays a row


def capitalised_adjective(ent: Any) -> bool:
    """Whether the one-token ORG span ``ent`` is an adjective before a common noun that
    the tagger reads as an adjective when it is written in lower case (module doc)."""
    if not ADJECTIVE_NAMES_RULE or len(ent) != 1 or ent.label_ != "ORG":
        return False
    token = ent[0]
    word = token.text
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) > 2):
        return False
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if not (after.text.isalpha() and after.text.islower() and after.pos_ == "NOUN"):
        return False
    if doc_text(doc).count(word) > 1:
        return False  # named again: the article's name for something
    sentence = token.sent
    at = token.idx - sentence.start_char
    lowered = sentence.text[:at] + word.lower() + sentence.text[at + len(word):]
    reread = _tagged(lowered)
    same = [t for t in reread if t.idx == at]
    return bool(same) and same[0].tag_ == "JJ"


def _tagged(text: str) -> Any:
    """``text`` run through the pipeline up to the tagger only: the one reading asked of
    it is a word's tag, which no later pipe sets (the attribute ruler's one ``TAG``
    pattern is for whitespace tokens, and this word is letters), while the parser and
    the entity recogniser were most of the whole pipeline's cost per sentence (issue
    12, session 37)."""
    nlp = load_nlp()
    after = nlp.pipe_names[nlp.pipe_names.index("tagger") + 1 :]
    return nlp(text, disable=after)

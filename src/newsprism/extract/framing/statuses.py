"""A status in the outlet's voice: "unvaccinated", the negated participle of a field's verb.

AP's "the stubborn 25% of eligible Americans who remain unvaccinated against COVID-19"
(NeuS raw row 107, session 29) had "unvaccinated" flagged as loaded: the MiniLM reads
the rare word, but it is the plain name of a state, the one word for people who have
not been vaccinated ("stubborn" is the outlet's judgement there). :mod:`.ordinary`
drops a flag whose words are a field's terms by WordNet's commonest sense, but leaves
verbs out (a field's verb is as often a figure: "peppered", "trafficked"), and WordNet
lists no "unvaccinated". A negated past participle ("un" + a verb's "-ed" form) of a
verb whose commonest WordNet sense is a field's term ("vaccinate": medicine) is read
here as such a term: the prefix makes a state of the act, not a figure of it (no
writer says "an unhijacked debate"). A word any bias lexicon lists stays a candidate,
as in :mod:`.ordinary`; so does a capitalised one inside a sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.extract.framing.ordinary import field_terms, listed_words

PREFIXES = ("non-", "non", "un")


def participle_stems(base: str) -> set[str]:
    """The verb a past participle may come from: "vaccinated" → "vaccinate" (and
    "vaccinat"), "planned" → "plan", "tested" → "test"."""
    if not base.endswith("ed") or len(base) < 5:
        return set()
    stems = {base[:-1], base[:-2]}
    if len(base) > 5 and base[-3] == base[-4]:
        stems.add(base[:-3])  # a doubled consonant
    return stems


def is_field_status(token: Token) -> bool:
    """``token`` is "un"/"non" + the past participle of a verb whose commonest WordNet
    sense is a field's term, lower case, listed by no bias lexicon."""
    low = token.lower_
    capital = token.text[:1].isupper() and not token.is_sent_start
    if capital or token.pos_ not in ("ADJ", "VERB") or low in listed_words():
        return False
    prefix = next((p for p in PREFIXES if low.startswith(p)), None)
    if prefix is None:
        return False
    terms = field_terms()
    return any((stem, "verb") in terms for stem in participle_stems(low[len(prefix):]))

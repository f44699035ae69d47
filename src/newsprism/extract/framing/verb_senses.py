"""An attribution verb in a sense that reports no statement: "admit" a member, "insist on" doing.

Session 39 (docs/eval-framing.md, "Session 39: word senses neutral in context") read 80
framing flags on NeuS train rows and BASIL 2010–2012's false flags and tagged each wrong
one by kind (``docs/eval-framing-session39-senses.tsv``). Attribution verbs of the lexicon
(``[[attribution]]`` in ``data/framing.toml``) were flagged in senses no reader takes for
the outlet's choice of a verb of saying, which the entries' ``not_followed_by`` lists
cannot catch (the word that tells the sense is not the next one). Each is read from the
parse:

- **"admit" letting someone in** (membership, a school, a country): "asked if the private
  club had **admitted** any minorities", "an immigrant … lawfully **admitted** to…": an
  adverb of lawful entry, a passive with "to" or "into", or a person or group for direct
  object, with no clause or gerund under the verb ("admitted that …", "admitted making
  his latest mistake", "admitted to breaking the law" keep the flag).
- **"insist on" doing** ("the protesters insisted on waving the flag"): persistence in
  an act; "insisted on his innocence" (a claim) and "insisted that …" keep the flag.
- **"assert" a power or oneself** ("a basic pattern asserts itself"): exercising, not
  saying.
- **"deny" a thing to someone** ("a plan that could deny communion to public figures"):
  withholding, the frame of :mod:`.withholding` with "to"; a statement for object
  ("denied the allegations to reporters") keeps the flag.

"allege" in a legal filing ("sued the state, alleging …") is :mod:`.legal_source`'s:
counted with the neutral attributions, as "the complaint alleges" is.

Judged in every voice, as :mod:`.court_words`: a sense is the same in a source's mouth.
A use in a plain sense is a neutral use for the detector too (``matching.verb_use``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.extract.framing.court_words import names_person

VERB_SENSES_RULE = True  # the switch: False restores the flags of main at d70f7fb5

ENTRY_ADVERBS = frozenset({"lawfully", "legally", "unlawfully", "illegally"})
# Objects that are people or bodies of people no entity or PERSON_NOUNS marks.
GROUP_NOUNS = frozenset({
    "minority", "woman", "refugee", "immigrant", "migrant", "applicant", "child", "girl",
    "boy", "patient", "student", "member", "player", "country", "nation", "state",
    "candidate", "newcomer", "asylum-seeker", "freshman", "recruit", "figure",
    "politician", "lawmaker", "citizen", "resident", "voter", "family", "customer",
})
# A clause, a gerund or a quotation the verb governs: a statement or a confession.
_STATEMENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "oneself"})
# What one asserts by exercising it, not by saying it.
POWERS = frozenset({
    "authority", "control", "sovereignty", "right", "dominance", "power", "jurisdiction",
    "independence", "influence", "leadership", "dominion", "privilege", "presence",
})
# Objects of "deny" that are statements: "denied the allegations to reporters".
STATEMENT_NOUNS = frozenset({
    "allegation", "accusation", "charge", "claim", "report", "rumor", "rumour", "story",
    "wrongdoing", "involvement", "responsibility", "knowledge", "account", "suggestion",
})
PRESS = frozenset({"reporter", "journalist", "press", "media", "outlet", "interviewer"})


def _governs_statement(verb: Token) -> bool:
    """The verb has a clause or a gerund under it, or "that" right after it."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (any(c.dep_ in _STATEMENT_DEPS for c in verb.children)
            or (nxt is not None and nxt.lower_ == "that"))  # fmt: skip


def _group(token: Token) -> bool:
    return names_person(token) or token.lemma_.lower() in GROUP_NOUNS


def admits_entry(verb: Token) -> bool:
    """"admit" in the sense of letting someone in (module docstring)."""
    if verb.lemma_.lower() != "admit" or _governs_statement(verb):
        return False
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in ENTRY_ADVERBS for c in kids):
        return True  # "lawfully admitted to the United States"
    passive = any(c.dep_ == "auxpass" for c in kids) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    if passive and any(c.dep_ == "prep" and c.lower_ in ("to", "into")
                       and not any(g.tag_ == "VBG" for g in c.children) for c in kids):
        return True  # "was admitted to the bar"
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    return obj is not None and _group(obj)  # "had admitted any minorities"


def insists_on_doing(verb: Token) -> bool:
    """"insist on" an action, a gerund ("the protesters insisted on waving the flag"):
    persistence, not a statement; "insisted on his innocence" (a claim) keeps the flag."""
    return verb.lemma_.lower() == "insist" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon")
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def asserts_power(verb: Token) -> bool:
    """"assert" a power or oneself ("a basic pattern asserts itself", "asserted its
    sovereignty"): exercising, not saying; "asserted that …" keeps the flag."""
    if verb.lemma_.lower() != "assert" or _governs_statement(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lower_ in REFLEXIVES or obj.lemma_.lower() in POWERS)


def denies_to(verb: Token) -> bool:
    """"deny" a thing to someone ("a plan that could deny communion to public figures"):
    withholding (as :mod:`.withholding`'s two-object frame), not a denial; "denied the
    allegations to reporters" (a statement for object) keeps the flag."""
    if verb.lemma_.lower() != "deny" or _governs_statement(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON" or obj.lemma_.lower() in STATEMENT_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to"  # on the verb or on its object
               and any(g.dep_ == "pobj" and _group(g) and g.lemma_.lower() not in PRESS
                       for g in c.children)
               for c in [*verb.children, *obj.children])  # fmt: skip


def plain_sense(verb: Token) -> bool:
    """``verb``, an attribution verb of the lexicon, is used in a sense that reports no
    statement: it is no framing, and no flag of the detector either."""
    if not VERB_SENSES_RULE:
        return False
    return any(test(verb) for test in (admits_entry, insists_on_doing, asserts_power,
                                       denies_to))  # fmt: skip

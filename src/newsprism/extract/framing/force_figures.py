"""A word of physical force used of a political thing: "raided Medicare", "an assault on
his record", "an onslaught of criticism", "slashes antipoverty programs".

Lakoff and Johnson (*Metaphors We Live By*, 1980, ch. 1, "ARGUMENT IS WAR") show how
politics is told in words of combat; the plain ones of that family ("attack", "fight",
"battle", "target", "campaign", "take aim at") are the field's ordinary names and are
left alone here. What is picked out is the vivid part of it: words whose basic sense is a blow,
a raid, a weapon or plunder, which present a policy or a critic as an assailant and
its object as a victim. The Pragglejaz Group's metaphor identification procedure (MIP,
*Metaphor and Symbol* 22(1), 2007) gives the test: a word is used as a figure when
its meaning in context contrasts with a more basic, concrete one. Here that contrast
is read off the word's target: a budget, a record, a programme, a claim cannot be
raided, assaulted or slashed in the basic sense, a house, a town or a person can.

So a word of :data:`VERBS` or :data:`NOUNS` is a figure when its target (a verb's
object or passive subject, the object of a noun's "on", "against" or "of") is an
abstract or institutional thing: a common noun with an abstract suffix ("-tion",
"-ment", "-ism" …) or of :data:`ABSTRACT` (the public-money and policy nouns), or a
named organisation or law; "slash" ("cut sharply", the newswire's plain verb for
emissions, prices and rates) only when what is cut is a provision people live on
(:data:`PROVISION`: a programme, benefits, aid). A person, a place or a concrete noun
is the literal use
("officers raided the compound", "charged with assaulting a guard"), and so is any
sentence that speaks of armed force (:data:`ARMED`: police, troops, weapons …). A
figure in what someone calls a thing ("what they portray as an assault on the vote",
:func:`.described.in_naming`) is reported naming, not the outlet's figure. A
phrase of :data:`PHRASES` ("beat up on", "chip away at") is a figure by its shape
and needs no target, unless the sentence speaks of armed force.

Session 32 (docs/eval-framing.md): the kind of BASIL 2010-2012 misses that the
MiniLM scores under its bar and no bias lexicon lists ("raided", "onslaught").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.extract.framing.described import in_naming
from newsprism.extract.framing.statuses import participle_stems

VERBS = frozenset({
    "raid", "plunder", "loot", "pillage", "ransack", "assault", "ambush", "torpedo",
    "hijack", "gut", "slash", "bombard", "pummel", "batter", "clobber", "bludgeon",
    "maul", "eviscerate", "strangle", "decimate",
})
NOUNS = frozenset({
    "raid", "assault", "onslaught", "barrage", "broadside", "salvo", "fusillade",
    "ambush", "bombardment", "plunder", "pillage", "evisceration",
})
PHRASES = (
    ("beat", "up", "on"), ("chip", "away", "at"), ("bat", "down"), ("tear", "into"),
    ("hack", "away", "at"),
)
ABSTRACT = frozenset({
    "program", "programme", "budget", "benefit", "fund", "record", "plan", "policy",
    "law", "bill", "agenda", "right", "tax", "spending", "pension", "reputation",
    "credibility", "idea", "claim", "proposal", "effort", "deal", "reform", "job",
    "economy", "savings", "surplus", "money", "treasury", "coffers", "account",
    "wage", "safety", "net", "system", "rule", "regulation", "standard", "value",
    "freedom", "liberty", "democracy", "constitution", "amendment", "union", "process",
    "rumor", "rumour", "story", "argument", "critic", "criticism", "charge", "allegation",
    "complaint", "question", "insult", "ad",
})
PARTIES = frozenset({
    "opponent", "rival", "critic", "president", "administration", "party", "candidate",
    "leader", "lawmaker", "senator", "congressman", "governor", "official", "government",
    "republican", "democrat", "conservative", "liberal", "incumbent", "challenger",
    "campaign", "committee", "congress", "leadership", "media", "press", "reporter",
})
SUFFIXES = ("tion", "sion", "ment", "ity", "ance", "ence", "ism", "ness", "cy", "ship")
ARMED = frozenset({
    "police", "officer", "agent", "trooper", "troop", "soldier", "force", "army",
    "military", "militant", "gunman", "rebel", "fighter", "commando", "swat", "weapon",
    "gun", "rifle", "firearm", "bomb", "missile", "knife", "arrest", "warrant", "wound",
    "injure", "kill", "shoot", "victim", "sexual", "rape", "robbery", "burglary",
    "assailant", "attacker", "suspect", "prison", "inmate", "guard", "raider",
})
FIGURE_CATEGORY = "force-figure"
FIGURE_NEUTRAL = "the plain word for the act: cut, criticised, took money from, opposed"
CUTTING = frozenset({"slash"})  # the newswire's plain verb for a steep cut of a quantity
PROVISION = frozenset({
    "program", "programme", "benefit", "aid", "service", "pension", "welfare", "safety",
    "medicare", "medicaid", "assistance", "subsidy", "grant", "insurance",
})
TARGET_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
NOUN_PREPS = frozenset({"on", "against", "of", "upon"})
VERB_PREPS = frozenset({"on", "at", "against", "into", "upon"})
NAMED = frozenset({"ORG", "LAW", "NORP"})


def _armed(sentence_tokens: list[Token]) -> bool:
    """The sentence speaks of armed force or crime, where these words are literal."""
    return any(t.lemma_.lower() in ARMED or t.lower_ in ARMED for t in sentence_tokens)


def is_abstract(token: Token) -> bool:
    """``token`` names an abstract or institutional thing, not a person, place or
    object: a named organisation or law, or a common noun with an abstract suffix or
    of :data:`ABSTRACT`."""
    if token.ent_type_ in NAMED:
        return True
    if token.ent_type_ or token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN":
        return False
    return lemma in ABSTRACT or (len(lemma) > 5 and lemma.endswith(SUFFIXES))


def _verb_targets(verb: Token) -> list[Token]:
    """A verb's object or passive subject, else the object of its "on", "at", "into"
    ("raided Medicare as a primary attack line": "line" is no target)."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt") and not found
                 and c.lower_ in VERB_PREPS):  # fmt: skip
        found += [c for c in prep.children if c.dep_ in TARGET_DEPS]
    if verb.dep_ == "acl" or verb.dep_ == "amod":  # "the funds raided", "gutted rules"
        found.append(verb.head)
    if verb.dep_ == "relcl":  # "the programs that were slashed" / "which slashes X"
        found += [verb.head] if any(c.dep_ == "nsubjpass" and c.tag_ == "WDT"
                                    for c in verb.children) else []  # fmt: skip
    return found


def _noun_targets(noun: Token) -> list[Token]:
    """What a noun of force is aimed at: "an assault on [his record]", "an onslaught of
    [criticism]"."""
    return [c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in NOUN_PREPS
            for c in prep.children if c.dep_ == "pobj"]  # fmt: skip


def _phrase_targets(doc: Doc, i: int, j: int) -> list[Token]:
    """What a phrase is aimed at: the object of its closing preposition ("beat up on
    [his opponent]") or of its verb ("bat down [the allegations]")."""
    last = doc[j - 1]
    if last.dep_ == "prep" or (last.pos_ == "ADP" and last.dep_ != "prt"):
        return [c for c in last.children if c.dep_ == "pobj"]
    return [c for c in doc[i].children if c.dep_ == "dobj"]


def _is_party(token: Token) -> bool:
    """A person or a side: a named person or group, a pronoun, or a noun of
    :data:`PARTIES` ("his opponent", "the administration")."""
    return (token.ent_type_ in ("PERSON", "ORG", "NORP") or token.pos_ == "PRON"
            or token.lemma_.lower() in PARTIES)  # fmt: skip


def _heads(targets: list[Token]) -> list[Token]:
    """Each target with the nouns conjoined to it ("programs and benefits")."""
    return [t for target in targets for t in (target, *target.conjuncts)]


def _phrase_at(doc: Doc, i: int) -> int | None:
    """The end of a phrase of :data:`PHRASES` opening on the verb ``doc[i]``."""
    for phrase in PHRASES:
        j = i + len(phrase)
        if j <= len(doc) and doc[i].lemma_.lower() == phrase[0] and all(
            doc[i + k].lower_ == word for k, word in enumerate(phrase[1:], 1)
        ):
            return j
    return None


def _listed(token: Token) -> bool:
    """``token`` is a verb of :data:`VERBS` or a noun of :data:`NOUNS`, by its lemma or,
    where the lemmatiser misses ("gutted" → "gutte"), by its past participle's stem."""
    words = VERBS if token.pos_ == "VERB" else NOUNS
    return token.lemma_.lower() in words or (
        token.pos_ == "VERB" and not participle_stems(token.lower_).isdisjoint(words))


def figure_at(doc: Doc, i: int) -> int | None:
    """The end of a word of force used as a figure starting at ``doc[i]``, or None."""
    token = doc[i]
    if token.pos_ not in ("VERB", "NOUN") or (token.text[:1].isupper() and not token.is_sent_start):
        return None
    phrase_end = _phrase_at(doc, i)  # "chip" of "chip away at" is often read as a noun
    if phrase_end is None and not _listed(token):
        return None
    if _armed(list(token.sent)) or in_naming(token):  # "what they portray as an assault"
        return None
    if phrase_end is not None:
        aimed = _heads(_phrase_targets(doc, i, phrase_end))
        return phrase_end if all(is_abstract(t) or _is_party(t) for t in aimed) else None
    targets = _verb_targets(token) if token.pos_ == "VERB" else _noun_targets(token)
    heads = _heads(targets)
    if token.lemma_.lower() in CUTTING:  # "slashed emissions" is plain, "slashed aid" not
        return i + 1 if heads and all(t.lemma_.lower() in PROVISION for t in heads) else None
    return i + 1 if heads and all(is_abstract(t) for t in heads) else None


def writers_aside(token: Token) -> bool:
    """``token`` is in a clause of the writer's inside someone's reported words: a
    relative set off by a comma ("he claimed that his plan, which slashes aid, was
    moral") or an indirect question ("announces whether he will disregard the
    onslaught"), where the speaker makes no statement. The figure is then the outlet's."""
    for node in (token, *token.ancestors):
        first = node.doc[node.left_edge.i]
        if node.dep_ == "relcl" and first.tag_ in ("WDT", "WP") and first.i > 0 \
                and node.doc[first.i - 1].text == ",":  # fmt: skip
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            return True
    return False


def force_figures(doc: Doc) -> list[tuple[int, int]]:
    """Every word of force used as a figure in ``doc``, as token ranges."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        j = figure_at(doc, i)
        if j is None:
            i += 1
            continue
        found.append((i, j))
        i = j
    return found

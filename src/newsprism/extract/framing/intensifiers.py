"""A word that grades a side or a stance: "fierce criticism", "an ardent defender",
"vehemently opposed", "the powerful lobby", "beleaguered officials".

Recasens, Danescu-Niculescu-Mizil and Jurafsky ("Linguistic Models for Analyzing and
Detecting Biased Language", ACL 2013, Table 1) name two kinds of framing bias that
carry no fact: *subjective intensifiers*, adjectives and adverbs that add force to what
they modify, and *one-sided terms*. Quirk, Greenbaum, Leech and Svartvik (*A
Comprehensive Grammar of the English Language*, 1985, §7.33–7.35, §8.104–8.108) class
the intensifying adjectives and the amplifying adverbs. Wikipedia's Manual of Style
(Words to watch: MOS:PUFFERY, "prestigious", "celebrated", "legendary", "iconic";
MOS:LABEL) lists the praising and the damning epithets. Each word here is one of those
classes; most are strong subjective clues in MPQA (Wilson, Wiebe and Hoffmann 2005).

A word of such a list is often plain ("a fierce storm", "a powerful engine", "bitter
cold"), and as a bare list they touch a marked span one time in five (session 28). So
each is taken only in the frame where it grades a party to a dispute, which is what
the annotators of all three sets mark:

- :data:`INTENSE` (an intensifying adjective of emotion or force) on a noun of
  contention (:data:`CONTENTION`: criticism, opposition, debate, critic, defender …):
  "adamant opposition", "a staunch proponent";
- its adverb (:data:`INTENSE_ADVERBS`) on a verb or adjective of taking sides
  (:data:`STANCE`): "vehemently opposed", "bitterly divided";
- an epithet (:data:`EPITHETS`) on a person or a group, a named one (a person, an
  organisation, a nationality) or a noun of :data:`PARTIES`: "the powerful lobby",
  "beleaguered border officials", "a notorious regime".

Session 33 (docs/eval-framing.md, ``scripts/framing_by_year.py``): measured before it
was built, on words the default output did not flag, BASIL 2010–2012 gave 8 such words,
6 touching a bias span, BABE's report part 6 (3), MBIC's crowd 11 (9).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

INTENSE = frozenset({
    "fierce", "adamant", "ardent", "staunch", "vehement", "bitter", "scathing",
    "withering", "blistering", "furious", "fervent", "strident", "relentless",
    "vitriolic", "virulent", "venomous", "ferocious", "implacable", "zealous", "savage",
    "bruising", "searing", "stinging", "caustic", "rabid", "die-hard", "diehard",
    "unrelenting", "unyielding",
})
INTENSE_ADVERBS = frozenset({
    "fiercely", "adamantly", "ardently", "staunchly", "vehemently", "bitterly",
    "furiously", "fervently", "stridently", "relentlessly", "virulently", "ferociously",
    "implacably", "zealously", "savagely",
})
CONTENTION = frozenset({
    "criticism", "critic", "opposition", "opponent", "attack", "debate", "resistance",
    "backlash", "outrage", "supporter", "ally", "battle", "fight", "dispute",
    "denunciation", "condemnation", "rebuke", "objection", "protest", "critique",
    "campaign", "defender", "advocate", "foe", "enemy", "rival", "rhetoric", "clash",
    "feud", "rivalry", "hostility", "row", "rejection", "skepticism", "scepticism",
    "detractor", "proponent", "backer", "champion", "partisan", "infighting",
    "exchange", "response", "reaction", "pushback",
})
STANCE = frozenset({
    "oppose", "opposed", "deny", "criticize", "criticise", "reject", "divide", "divided",
    "support", "defend", "attack", "resist", "condemn", "denounce", "partisan",
    "conservative", "liberal",
})
EPITHETS = frozenset({
    "powerful", "influential", "mighty", "embattled", "beleaguered", "disgraced",
    "outspoken", "firebrand", "fiery", "flamboyant", "combative", "notorious",
    "infamous", "maverick", "polarizing", "polarising", "divisive", "scandal-plagued",
    "scandal-ridden", "prestigious", "elite", "vaunted", "storied", "hapless",
    "feckless", "shadowy", "celebrated", "renowned", "legendary", "iconic", "acclaimed",
})
PARTIES = frozenset({
    "lobby", "group", "leader", "senator", "politician", "lawmaker", "congressman",
    "congresswoman", "official", "figure", "donor", "billionaire", "mogul",
    "businessman", "industry", "interest", "company", "corporation", "firm",
    "organization", "organisation", "party", "faction", "caucus", "wing", "candidate",
    "governor", "president", "chairman", "executive", "mayor", "commentator",
    "activist", "speaker", "union", "regime", "government", "administration",
})
GRADED_CATEGORY = "intensifier"
GRADED_NEUTRAL = "drop the word or attribute the judgement: criticism, opposition, the lobby"
NAMED = frozenset({"PERSON", "ORG", "NORP"})
MODIFIER = frozenset({"amod", "compound"})


def grades_a_side(tok: Token) -> bool:
    """``tok`` is an intensifier or epithet in the frame where it grades a party to a
    dispute (the module docstring's three frames)."""
    word, head = tok.lower_, tok.head
    if tok.dep_ == "advmod" and word in INTENSE_ADVERBS:
        return head.lemma_.lower() in STANCE or head.lower_ in STANCE
    if tok.dep_ not in MODIFIER or tok.pos_ != "ADJ" or head.i == tok.i:
        return False
    if word in INTENSE:
        return head.lemma_.lower() in CONTENTION
    return word in EPITHETS and (head.ent_type_ in NAMED or head.lemma_.lower() in PARTIES)


def graded_sides(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``(a, b)`` of every word that grades a side (one word each)."""
    return [(t.i, t.i + 1) for t in doc if grades_a_side(t)]

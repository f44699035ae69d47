"""A he/she whose nearest antecedent is one of several people listed together is unresolved.

"Reps. Peter DeFazio of Oregon, and Jim McDermott and Jay Inslee of Washington state are
crafting a letter … “There does not seem to be a majority …,” he told Fox News." (Fox,
BASIL df5fe55a): "he" may be any of the three men; gold/speakers-basil3 marks that
quotation unresolvable, and its continuation (gold/speakers-basil12) too. The pronoun
step took the list's first member, a subject, by salience: a guess, and issue 12 asks
for no guesses ("a speaker who cannot be resolved is shown as unresolved").

When the candidate a he/she would take is one member of a list joined by "and"/"or"
(:func:`listed.one_of_list`) and another member of that list is a person whose gender
does not rule them out, nothing in the text says which one is meant, and the pronoun
stays unresolved. "Sen. Smith and his wife, Anne, … she said" (the wife's gender rules
the senator out) and a list of one person and a body ("Smith and the union") still
resolve.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.kin_apposed import apposed_name
from newsprism.extract.quotes.listed import one_of_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.people import People, Person

__all__ = ["listed_rival"]


def listed_rival(people: People, token: Token, cand: Person, gender: str | None) -> bool:
    """True when ``cand``, mentioned at ``token`` (its last word), is one of a list
    holding another person whom ``gender`` (the pronoun's, None for none) does not rule
    out."""
    if not one_of_list(token):
        return False
    own = people.referent(cand)
    for other in token.conjuncts:
        # "X and his wife, Marta": the list's member is the kin noun, its name apposed
        named = apposed_name(other)
        person = people.person_at(other) or (people.person_at(named) if named else None)
        if person is None:
            continue
        best = people.referent(person)
        if best.text == own.text:
            continue
        g = people.gender_of(best)
        if not (gender and g and g != gender):
            return True
    return False

"""A surname that opens on a particle ("De Haan", "Van Hollen", "Le Pen") written alone.

Full names merge on surname and given name (``entities._find_person``), and a name's
last word is its surname, so "De Haan" read as a two-word name had the given name "de"
and stayed a person of its own beside "Gasbuddy analyst Patrick De Haan" in the same
report (NeuS raw row 446, read in session 38): two rows for one man, and his quote given
to the row with no first name. When the words before the last are all particles, they
are the surname's own first part, and the name joins the one person whose name ends
with that particle and surname.
"""

from __future__ import annotations

__all__ = ["PARTICLE_RULE", "particle_surname"]

PARTICLE_RULE = True  # off: "De Haan" is a person of its own beside "Patrick De Haan"
# lower case, as ``mentions.name_words`` folds a name; "St." folds to "st."
PARTICLES = frozenset("de van von der den del della di da du la le st st. ter ten".split())


def particle_surname(given: str, other: str) -> bool:
    """Whether one of two folded given-name parts is a surname's particles alone and the
    other is a given name followed by those particles ("de" / "patrick de")."""
    if not PARTICLE_RULE:
        return False
    short, long = sorted((given.split(), other.split()), key=len)
    return (bool(short) and len(long) > len(short) and all(w in PARTICLES for w in short)
            and long[-len(short):] == short and long[0] not in PARTICLES)

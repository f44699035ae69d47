"""Where a name's own phrase starts before its title: "expert | Dr. Anthony Fauci".

``compare/labels.py`` reads a common noun set right before a name as the name's
description ("the US State Department spokesperson Matthew Miller", session 21): the
small parser hangs the name on the noun as an apposition. It tested that the noun stands
right before the *mention*; the entity linker's mention is the bare name ("Anthony
Fauci"), so a title written between them ("top U.S. infectious disease expert Dr.
Anthony Fauci", "Pentagon press secretary Rear Adm. John Kirby") hid the noun, and the
outlet's label was cut to "Dr. Anthony Fauci" while another outlet's "Fauci, the
nation's top infectious disease expert" was shown whole (NeuS raw row 210, session 26:
a span cut wrong). The title words are the name's own compounds in the parse: proper
nouns outside any other entity, hung on the name, up to the mention.
"""

from __future__ import annotations

from spacy.tokens import Span

_MAX_TITLE_WORDS = 3  # "Rear Adm.", "Dr.", "Lt. Gen."


def title_start(span: Span) -> int:
    """The first token of the title words right before ``span``'s name ("Dr." of "Dr.
    Anthony Fauci"), else ``span.start``. A title word is a capitalised proper noun that
    the parse hangs on the name as a compound and that is in no entity of its own or in
    the name's: "President" of "President Joe Biden"; not "Israel" of "Israel Netanyahu"
    nor a place before a title."""
    doc, root = span.doc, span.root
    first = span.start
    while first > 0 and span.start - first < _MAX_TITLE_WORDS:
        token = doc[first - 1]
        if token.pos_ != "PROPN" or token.dep_ != "compound" or token.head.i != root.i \
                or not token.text[:1].isupper() \
                or token.ent_type_ not in ("", root.ent_type_):  # fmt: skip
            break
        first -= 1
    return first

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

from collections.abc import Callable

from spacy.tokens import Span, Token

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


def is_title_head(head: Token) -> bool:
    """``head`` is a capitalised title the parse made the head of the name set beside it,
    with no comma: "Iraqi Prime Minister | Mustafa Al-Kadhimi" (the small parser hangs
    "Kadhimi" on "Minister" as an apposition; NeuS raw row 224, Defense One, session 26:
    the cell read "Mustafa Al-Kadhimi" while the New York Post's "Iraqi Prime Minister
    Mustafa al-Kadhimi" was whole). A proper noun in no entity, so not a name or a place
    ("Microsoft Satya Nadella" keeps only the name), and not a bare capitalised word that
    opens a sentence far from the name."""
    return head.pos_ == "PROPN" and not head.ent_type_ and head.text[:1].isupper() \
        and head.tag_ == "NNP"


LIST_OPENERS = frozenset({"both", "either", "neither"})  # "both Senate Minority Leader …"


def title_head_start(span: Span, left_start: Callable[[Token], int]) -> int:
    """Where the phrase starts when the name is set, with no comma, beside a title the
    parse made its head (:func:`is_title_head`): the title's own left start
    (``left_start``, compare/labels.py's), past a list's opening "both"; else
    ``span.start``. The name's right side (its apposition, "(D-N.Y.)") is read as for any
    name, so the title joins the phrase as a compound would."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i != title_start(span) - 1 or not is_title_head(head):
        return span.start
    start = left_start(head)
    while start < head.i and span.doc[start].lower_ in LIST_OPENERS:
        start += 1
    return start

"""Tagged spans that are pieces of a longer name, or no name at all (issue 12, session 24).

Read on the entity golds and the session-23 readers' open items (docs/eval-compare.md,
"Session 24: entities"): the small tagger cuts a branch letter off an acronym ("ISIS" of
"ISIS-K"), a group's adjective off its noun ("Americans" of "Black Americans"), calls a
breed before its common noun a person ("a yellow Labrador retriever") and keeps the
plural head of a list of bodies ("the Departments of Homeland Security, Education and
Justice"). Each rule reads the words and tags around the span, never a list of names.
"""

from __future__ import annotations

import re

from newsprism.extract.nlp import doc_ents, doc_text

# One capital letter joined by a hyphen to an acronym, and no word after it: a branch
# ("ISIS-K"). Two letters are left alone: "-US", "-UK", "-EU" name a second party
# ("NATO-US talks").
_BRANCH_LETTER = re.compile(r"-[A-Z](?![\w-])")


def branch_letter(name: str, text: str, end: int) -> int:
    """How many characters after ``end`` belong to an all-capitals name: a hyphen and one
    capital letter ("ISIS" + "-K"); 0 when none do."""
    if len(name) < 2 or not name.isalpha() or not name.isupper():
        return 0
    match = _BRANCH_LETTER.match(text, end)
    return match.end() - end if match else 0


def group_modifier(ent: object) -> object | None:
    """The capitalised word before a one-word group ("Americans") that names which group
    ("Black Americans", "Asian Americans"), or None.

    The word is a compound of the group's noun (the parser's reading), capitalised (not
    only as the sentence's first word, unless tagged a group: "African Americans played
    …"), and the tagger gave it no label or calls it a group itself
    ("Asian" NORP): a body, a place or a person in front ("Senate Republicans") stays a
    name of its own, and so does the last word of a longer name ("Senate Budget
    Committee Democrats": the word before it is capitalised too)."""
    if len(ent) != 1 or ent.label_ != "NORP" or ent[0].tag_ != "NNPS":  # type: ignore[arg-type,attr-defined]
        return None
    head = ent[0]  # type: ignore[index]
    if head.i == 0:
        return None
    word = head.doc[head.i - 1]
    if (word.dep_ != "compound" or word.head.i != head.i or not word.text.isalpha()
            or not word.text.istitle() or not word.whitespace_):
        return None
    if word.is_sent_start and word.ent_type_ != "NORP":
        return None  # "Many Americans": a sentence's first word is capitalised anyway
    if word.i and word.doc[word.i - 1].text[:1].isupper():
        return None  # "Senate Budget Committee Democrats": the end of a body's name
    return word if word.ent_type_ in ("", "NORP") else None


def absorbed_modifier(ent: object) -> bool:
    """Whether a one-word group is the modifier :func:`group_modifier` joins to the group
    after it ("Asian" of "Asian Americans"): that mention is the longer name's."""
    if len(ent) != 1 or ent.label_ != "NORP":  # type: ignore[arg-type,attr-defined]
        return False
    doc, i = ent.doc, ent.start  # type: ignore[attr-defined]
    if i + 1 >= len(doc):
        return False
    nxt = [e for e in doc_ents(doc) if e.start == i + 1 and e.end == i + 2]
    return bool(nxt) and group_modifier(nxt[0]) is not None


_INDEFINITE = frozenset({"a", "an"})
# Tags of the words between "a" and the describing word inside one noun phrase
# ("a bomb-sniffing yellow …"): nouns, adjectives, participles, hyphens, adverbs.
_INSIDE_PHRASE = frozenset({"JJ", "JJR", "JJS", "NN", "VBG", "VBN", "HYPH", "RB"})


def modifier_not_person(ent: object, role_words: frozenset[str]) -> bool:
    """Whether a one-word "person" is a kind of thing: written once in the article,
    between a lower-case adjective and a lower-case noun, in a phrase opened by "a"/"an"
    ("a bomb-sniffing yellow Labrador retriever"). A person named once only as a
    modifier of an indefinite thing after a describing word is no one the story names;
    "a Trump supporter" (no adjective), a role noun after it ("a former Obama adviser":
    ``role_words``), a phrase that "a" does not open and any name written elsewhere
    stay."""
    if len(ent) != 1 or ent.label_ != "PERSON":  # type: ignore[arg-type,attr-defined]
        return False
    doc, i = ent.doc, ent.start  # type: ignore[attr-defined]
    if i < 2 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    if before.tag_ != "JJ" or not before.text.islower():
        return False
    if not after.text.isalpha() or not after.text.islower() or after.pos_ in ("VERB", "AUX"):
        return False
    if after.lower_ in role_words:
        return False  # "a former Obama adviser": the person whose adviser it is
    opener = next((t for t in reversed(doc[max(0, i - 5) : i - 1]) if t.tag_ == "DT"), None)
    if opener is None or opener.text.lower() not in _INDEFINITE:
        return False
    if any(t.tag_ not in _INSIDE_PHRASE for t in doc[opener.i + 1 : i - 1]):
        return False  # "a date that former Obama …": the article opens another phrase
    return len(re.findall(rf"\b{re.escape(ent.text)}\b", doc_text(doc))) == 1  # type: ignore[attr-defined]


# "Departments of Homeland Security, Education and Justice": a plural head over a list.
_PLURAL_HEAD = re.compile(r"^([A-Z][a-z]+?)(ies|s) of ([A-Z].*)$")
_LIST_GOES_ON = re.compile(r"^(?:,|,? and|,? or) [A-Z]")


def singular_head(name: str, text: str, end: int) -> str:
    """The first name of a list a plural head opens, with the head in the singular:
    "Departments of Homeland Security" (", Education and Justice" after it) is the
    "Department of Homeland Security". A plural head with no list after it is itself."""
    match = _PLURAL_HEAD.match(name)
    if not match or not _LIST_GOES_ON.match(text[end : end + 8]):
        return name
    stem, ending, rest = match.groups()
    return f"{stem}{'y' if ending == 'ies' else ''} of {rest}"

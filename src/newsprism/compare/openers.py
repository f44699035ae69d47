"""Does a line's opening phrase point back to a sentence the reader does not see?

A summary line is one sentence cut from its article. A phrase before its first comma
often anchors it in the sentence before: "In the process, we're told to be good
automatons …" (in which process?), "By then, …", "At the same time, …", "Days later,
…", "Despite this, …". A list of such markers never ends (sessions 21-22 listed
"Instead,", "For example," … and the session-22 reader still found "In the process,"),
so the test reads the phrase's head instead: a demonstrative, an anaphoric adjective
("same", "other", "next"), a relative time with no anchor ("later"), a pronoun, or
"the" and a bare noun that names nothing ("the process", "the time"). A phrase that
says what it leans on ("In the process of negotiating the deal,", "After the 2010
election,", "This year,": the reader's own time) reads alone.
"""

from __future__ import annotations

from typing import Any

from newsprism.calendar_words import DAY_PARTS, RELATIVE_TIMES, SEASONS
from newsprism.pronoun_words import DEMONSTRATIVES, PERSONAL_OBJECTS, PERSONAL_SUBJECTS

__all__ = ["definite_subject_points_back", "opener_points_back", "same_points_back"]

MAX_OPENER = 6  # tokens before the first comma: a longer run is a clause, not an opener
# a word that points back: a demonstrative ("this" is read apart, with _NOW) or a time
# told only against one said before (calendar_words.RELATIVE_TIMES)
_THAT = frozenset({*(w for w in DEMONSTRATIVES if w != "this"), *RELATIVE_TIMES})
# "this" names the reader's own time with one of these ("This week, …", "This year, …")
# and otherwise points back ("Despite this, …", "In this case, …", "For this reason, …")
_NOW = frozenset({"week", "weekend", "year", "month", *DAY_PARTS, *SEASONS, "season",
                  "decade", "century", "days", "point"})  # fmt: skip
_ANAPHORIC = frozenset({"same", "other", "next", "following", "latter", "former",
                        "previous", "such"})  # fmt: skip
_PERSONAL = frozenset({"it", *PERSONAL_SUBJECTS, *PERSONAL_OBJECTS})
# "the" and a bare noun that names a time or place of the reader's own, not a thing of
# the sentence before ("In the past, …", "At the moment, …", "In the end, …")
# (the seasons but "autumn", as this list always had them: "In the autumn," points back)
_GENERIC = frozenset({"past", "future", "moment", "end", "meanwhile", "beginning", "world",
                      "country", "nation", *DAY_PARTS, "weekend",
                      *(w for w in SEASONS if w != "autumn"), "interim", "long", "short",
                      "aftermath", "wake", "way", "us", "u.s.", "uk", "media"})  # fmt: skip
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def opener_points_back(sent: Any) -> str:
    """The opening phrase (the words before the first comma, at most
    :data:`MAX_OPENER` tokens, no finite verb) when it leans on the sentence before,
    else "". ``sent`` is a parsed sentence (a spaCy span)."""
    tokens = [t for t in sent if not t.is_quote]
    comma = next((i for i, t in enumerate(tokens[: MAX_OPENER + 1]) if t.text == ","), None)
    if not comma:
        return ""
    phrase = tokens[:comma]
    if any(t.tag_ in _FINITE for t in phrase):
        return ""  # "When he arrived, …": a clause (its pronoun is read elsewhere)
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head not in phrase for t in phrase):
        return ""  # "A former party chairman, Mike Duncan, also …": the subject, named
    lowered = [t.lower_ for t in phrase]
    if _points_back(phrase, lowered) or (
            _bare_definite_object(phrase)
            and not _named_after(tokens[comma + 1 : comma + 2], sent)):  # fmt: skip
        return " ".join(t.text for t in phrase)
    return ""


def _named_after(following: list[Any], sent: Any) -> bool:
    """Whether the words after the comma open a name that is not the sentence's subject:
    an appositive naming the phrase's thing ("With the moderator, ABC News' Martha
    Raddatz, …"). "In the poll, Mitt Romney leads …" names the subject instead."""
    if not following or following[0].pos_ != "PROPN":
        return False
    name = following[0]
    while name.dep_ == "compound" or (name.head.pos_ == "PROPN" and name.dep_ == "poss"):
        name = name.head
    return not (name.dep_ in ("nsubj", "nsubjpass") and name.head.i == sent.root.i)


def _points_back(phrase: list[Any], lowered: list[str]) -> bool:
    """Whether one of the phrase's words is an anaphoric head (see the module docstring)."""
    if any(t.pos_ == "PROPN" for t in phrase):
        return False  # "After the Benghazi attack, …": says which
    for i, word in enumerate(lowered):
        after = lowered[i + 1] if i + 1 < len(lowered) else ""
        if word in _THAT and not (word == "that" and phrase[i].dep_ == "mark" and after):
            return True  # "By then,", "Given that,", "Days later,", "In the meantime,"
        if word in ("this", "these") and after not in _NOW:
            return True  # "Despite this,", "In this case,"; not "This week,"
        if word == "next" and after in _NOW and lowered[i - 1 : i] != ["the"]:
            continue  # "For next year,": the reader's own time; "The next day," is not
        if word in _ANAPHORIC and phrase[i].pos_ == "ADJ":
            return True  # "At the same time,", "The next day,", "In such cases,"
        if word in _PERSONAL and phrase[i].dep_ in ("pobj", "dobj"):
            return True  # "Despite it,", "Like him,"
        if word == "so" and i and lowered[i - 1] == "doing":
            return True  # "In doing so,"
        if word in ("after", "before") and not after and i:
            return True  # "Shortly after,", "The day before,"
    return False


def _bare_definite_object(phrase: list[Any]) -> bool:
    """A preposition and "the" with one common noun and nothing else ("In the process,",
    "At the time,", "In the letter,"): which process, time, letter is the sentence
    before's. A noun of the reader's own time or place (:data:`_GENERIC`) is not, nor
    one a name after the comma says ("With the moderator, ABC News' Martha Raddatz,")."""
    if len(phrase) != 3 or phrase[0].pos_ != "ADP" or phrase[1].lower_ != "the":
        return False
    noun = phrase[2]
    if any(c.dep_ == "appos" for c in noun.children):
        return False  # "With the moderator, ABC News' Martha Raddatz, …": named after it
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lower_ not in _GENERIC


# a subject "the" + noun that names a thing everyone shares, not one of the sentence before
_SHARED_WORLD = frozenset({"world", "economy", "public", "country", "nation", "media",
                           "internet", "planet", "weather", "future", "past"})  # fmt: skip


def definite_subject_points_back(sent: Any) -> str:
    """The main subject's words when it is "the", adjectives or numbers and a common noun
    that nothing in it says which ("The mandate, which will be issued by Friday, …",
    "The new initiative in the nation's most populous county …", "The 36-member panel"),
    else "". A name in it ("The Port of Los Angeles"), an of-phrase ("The pace of
    inflation"), a restrictive clause ("The photographs that …", "The target believed
    to be …") say which; a clause after a comma and a place ("in the county") do not.
    Only a line that is not its article's first sentence can point back; the caller
    says so."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NN", "NNS") or subject.lower_ in _SHARED_WORLD:
        return ""
    kids = list(subject.children)
    if not kids or kids[0].lower_ != "the" or kids[0].i > subject.i:
        return ""
    for child in kids[1:]:
        if child.i < subject.i and child.dep_ not in ("amod", "nummod", "compound", "punct",
                                                       "advmod", "quantmod"):
            return ""  # "The president's budget director", "The bill's sponsor"
        if child.i > subject.i and _says_which(child, subject):
            return ""
    if any(t.pos_ == "PROPN" for t in subject.subtree
           if t.i < subject.i or not _after_comma(t, subject)):
        return ""
    return " ".join(t.text for t in sent[: subject.i - sent.start + 1])


def _says_which(child: Any, subject: Any) -> bool:
    """Whether a dependent after the subject's noun identifies it: an of-phrase, or a
    restrictive clause or phrase (not set off by a comma), or a name in apposition."""
    if child.dep_ == "prep" and child.lower_ == "of":
        return True
    if child.dep_ == "appos" and child.pos_ == "PROPN":
        return True  # "The lieutenant governor, Kim Guadagno, …": named
    if child.dep_ in ("relcl", "acl", "appos"):
        return not _after_comma(child, subject)
    return False


def _after_comma(token: Any, subject: Any) -> bool:
    """Whether a comma or dash stands between the subject's noun and the phrase that
    holds the token (a non-restrictive clause, an appositive: it adds, it does not say
    which)."""
    while token.head.i != subject.i and token.head.i != token.i:
        token = token.head
    between = token.doc[subject.i + 1 : min(t.i for t in token.subtree)]
    return any(t.text in (",", "—", "–", "-", "--") for t in between)


def same_points_back(sent: Any) -> str:
    """ "the same" and a noun as an argument of the main verb with nothing to compare it
    with ("Health officials strongly recommend the same precautions for indoor
    restaurants"; not "the same rules as last year", "the same day that …"): the same
    as what the sentence before says. Returns the phrase, else ""."""
    root = sent.root
    for token in sent:
        if token.lower_ != "same" or token.dep_ != "amod":
            continue
        noun = token.head
        if not any(c.lower_ == "the" for c in noun.children) or noun.head.i != root.i:
            continue
        if any(c.lower_ in ("as", "that", "which", "who") or c.dep_ in ("relcl", "acl")
               for t in (noun, token) for c in t.children):  # fmt: skip
            continue
        if any(t.lower_ == "as" for t in sent[noun.i - sent.start + 1 :]):
            continue  # "the same … as …", parsed apart
        return f"the same {noun.text}"
    return ""

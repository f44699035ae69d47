"""Heard on one side only? Not for a voice the outlets describe rather than name, when
another outlet quotes one described by the same noun.

``voices_heard`` keys each voice by its entity and its words. A named voice is one
entity across the story; a described one ("a group of 18 scientists", "a group of
leading scientists", "leading scientists": the same eighteen signatories of one letter
in the New York Times and Reuters, NeuS raw row 434, session 27) has no entity, and each
outlet's words for it differ, so every description was "heard only" in its own outlet: a
claim the reader cannot defend, since the other outlet quotes the same kind of voice.
Whether the two are one group the words cannot tell; what they can tell is that the
other side is not silent. So a described voice is "only" one outlet's when no other
outlet quotes a described voice whose head noun is the same ("scientists",
:func:`description_head`); a named voice is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsprism.compare.voices_same_person import may_be_one_person
from newsprism.compare.voices_sentence_case import participle_after_plural, sentence_case

# "a group of scientists": the collective's members are the voice
COLLECTIVES = frozenset({
    "group", "groups", "team", "teams", "panel", "coalition", "number", "handful", "dozen",
    "dozens", "hundreds", "thousands", "couple", "pair", "majority", "bunch", "host",
    "trio", "band", "set", "series", "slew", "chorus", "bloc", "contingent",
})  # fmt: skip
DETERMINERS = frozenset({"a", "an", "the", "one", "some", "two", "three", "several",
                         "many", "other", "another", "these", "those", "its", "their",
                         "his", "her", "our", "most"})  # fmt: skip
# words that end a noun phrase's head part: a preposition, a relative
CUT_WORDS = frozenset({"of", "from", "at", "in", "on", "with", "for", "who", "that", "which",
                       "to", "by", "under", "including", "familiar", "close"})  # fmt: skip


def is_description(speaker: str) -> bool:
    """The speaker is written as a description, not a name: it opens with a determiner
    or a word in lower case ("a reporter", "leading scientists", "the organizers of the
    letter"); a capitalised opening word that is no determiner may be a name the
    linker missed, and is not read as one."""
    words = speaker.split()
    return bool(words) and (words[0].lower() in DETERMINERS or words[0][:1].islower())


def description_head(speaker: str) -> str | None:
    """The head noun of a described voice, singular: "scientist" for "a group of 18
    scientists" (a collective's members), "organizer" for "the organizers of the
    letter"; None for a name (:func:`is_description`) or a capitalised head ("the
    White House"). A description that opens its sentence ("Multiple senators") is read
    in lower case (:mod:`.voices_sentence_case`)."""
    if not is_description(speaker):
        speaker = sentence_case(speaker) or ""
        if not is_description(speaker):
            return None
    words = [w.strip(".;:'’\"()") for w in speaker.replace(",", " , ").split()]
    low = [w.lower() for w in words]
    if "of" in low and low.index("of") > 0 and low[low.index("of") - 1] in COLLECTIVES:
        words = words[low.index("of") + 1 :]  # "a group of 18 scientists": the members
    head = []
    for w in words:
        if w == "," or w.lower() in CUT_WORDS or (head and participle_after_plural(w, head[-1])):
            break
        if w and w.lower() not in DETERMINERS:
            head.append(w)
    if not head or not head[-1][:1].islower():  # "the White House": a name's word
        return None
    return _singular(head[-1])


def _singular(word: str) -> str:
    """A plural noun's singular, by the regular rules only (enough to compare heads),
    and one word for a title's gendered forms (:func:`_one_title`)."""
    if word.endswith("ies") and len(word) > 4:
        return _one_title(word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return _one_title(word[:-1])
    return _one_title(word)


def _one_title(word: str) -> str:
    """"spokesman" for "spokesperson", "spokeswoman" and "spokespeople" (and so for
    chair-, congress-, anchor-): one title, however the outlet writes it. Axios's "a
    Taliban spokesperson" is the National Review's "Taliban spokesman Zabihullah
    Mujahid" (NeuS raw row 170, session 28), and the head nouns did not match."""
    for ending in ("woman", "women", "person", "persons", "people", "men"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and stem.isalpha():
            return stem + "man"
    return word


def heard_elsewhere(speaker: str, entity_id: str | None, article_id: str,
                    voices: Iterable[tuple[str | None, str, Iterable[str]]]) -> bool:
    """A described voice of ``article_id`` (no entity) whose head noun another article's
    described voice shares; ``voices`` are (entity id, speaker, articles quoting it)."""
    if entity_id is not None:
        return False
    head = description_head(speaker)
    if head is None:
        return False
    for other_id, other, articles in voices:
        if other_id is None and description_head(other) == head and \
                any(a != article_id for a in articles):  # fmt: skip
            return True
    return False


def title_head(written: str) -> str | None:
    """The head noun of the title a name is written with, singular: "chief" for
    "longtime chief of staff Susan A. Magill", "spokesman" for "Pentagon spokesman John
    Kirby"; None when no lower-case word stands before the name ("Susan A. Magill",
    "Chief of Staff Carter Cornick": a capitalised title is part of the name's words)."""
    words = [w.strip(".;:'’\"()") for w in written.replace(",", " , ").split()]
    while words and words[-1][:1].isupper():  # the name at the end
        words.pop()
    if not words:
        return None
    title = []
    for w in words:
        if w == "," or w.lower() in CUT_WORDS:
            break
        title.append(w)
    lower = [w for w in title if w[:1].islower() and w.lower() not in DETERMINERS]
    return _singular(lower[-1].lower()) if lower and lower[-1] == title[-1] else None


def titled_elsewhere(entity_id: str | None, own_written: Iterable[str], article_id: str,
                     written: Iterable[tuple[str, str]]) -> bool:
    """A voice with no entity, written as a description ("his longtime chief of staff",
    Fox News, NeuS raw row 402, session 27 second pass), whose head noun is the title
    another article writes before a name it quotes ("longtime chief of staff Susan A.
    Magill", The Hill): the described voice may be that person, so the other side is
    not shown silent. ``written`` are (article id, speaker as written) of every quote of
    the story; ``own_written`` the voice's own forms as written."""
    if entity_id is not None:
        return False
    heads = {description_head(w) or modified_head(w) for w in own_written
             if not sourced(w)} - {None}  # fmt: skip
    if not heads:
        return False
    return any(a != article_id and not sourced(w)
               and (title_head(w) in heads or description_head(w) in heads)
               for a, w in written)  # fmt: skip


def sourced(written: str) -> bool:
    """A description that names its source ("data from the Alabama Department of Public
    Health", "a report in The New York Times"): the voice is that name, not a kind of
    person, so its head noun ("data", "report") says nothing of who else is heard
    (NeuS raw rows 121 and 488, read in session 27's second pass)."""
    return re.search(r"\b(?:from|in|by)\s+(?:the\s+)?[A-Z]", written) is not None


def first_mentions(voices: Iterable[tuple[str, str | None, str]]) -> dict[tuple[str, str], str]:
    """Within one article, the described voice "the former staff member" is the one it
    introduced as "a former staff member" (CNN, NeuS raw row 402, session 27 second
    pass: one source shown as two voices, each "heard only"): a definite description
    whose words after "the" are those of an indefinite one ("a"/"an") of the same
    article maps to it. ``voices`` are (article id, entity id, speaker); returns
    {(article id, "the …" speaker): "a …" speaker}. Named voices and any other
    determiner ("another official") are left alone."""
    voices = list(voices)  # read twice
    introduced: dict[tuple[str, str], str] = {}
    for article, entity, speaker in voices:
        first, _, rest = speaker.partition(" ")
        if entity is None and first.lower() in ("a", "an") and rest:
            introduced.setdefault((article, rest.lower()), speaker)
    mapped = {}
    for article, entity, speaker in voices:
        first, _, rest = speaker.partition(" ")
        if entity is None and first.lower() == "the" and (article, rest.lower()) in introduced:
            mapped[(article, speaker)] = introduced[(article, rest.lower())]
    return mapped


def modified_head(written: str) -> str | None:
    """The head noun of a voice with no entity written as a name's word and a common
    noun ("U.S. officials", "Pentagon officials": the Wall Street Journal and Fox News,
    NeuS raw row 183, session 28), singular; None unless the last word is in lower case.
    :func:`description_head` reads only a description that opens with a determiner or
    a lower-case word, so such a voice was "heard only" in its outlet while another
    outlet quoted officials too."""
    words = [w.strip(".;:'’\"()") for w in written.split()]
    if len(words) < 2 or not words[-1][:1].islower():
        return None
    return title_head(written)


# The head nouns of those who speak for a body or a person: "a Taliban spokesperson",
# "the spokesman for the Taliban's political office", "a White House official".
SPEAKS_FOR = frozenset({"spokesman", "representative", "official", "envoy", "negotiator"})


def spoken_for(speaker: str, entity_id: str | None, article_id: str,
               written: Iterable[tuple[str, str]]) -> bool:
    """A named voice ("Taliban", quoted by Axios and NPR in NeuS raw rows 170 and 175,
    session 28) is not "heard only" in one article when another article quotes someone
    written as speaking for it: its spokesman, representative or official, with the
    voice's name in the words ("Taliban spokesman Zabihullah Mujahid", "The spokesman
    for the Taliban's political office"). That side is heard through its spokesman.
    ``written`` are (article id, speaker as written) of every quote of the story."""
    if entity_id is None or not speaker[:1].isupper():
        return False
    name = re.compile(r"(?<![\w-])" + re.escape(speaker) + r"(?![\w-])")
    for other, w in written:
        if other == article_id or w == speaker or not name.search(w):
            continue
        if (description_head(w) or title_head(w)) in SPEAKS_FOR:
            return True
    return False


def bare_name(speaker: str) -> str:
    """A name without a lower-case possessive before it: "Bureau of Labor Statistics"
    for "department’s Bureau of Labor Statistics" (CNBC, NeuS raw row 195, session 28:
    the linker kept "the department's" in the name, and CNN's "Bureau of Labor
    Statistics" was another voice, each "heard only")."""
    first, _, rest = speaker.partition(" ")
    if rest[:1].isupper() and first[:1].islower() and re.search(r"['’]s$", first):
        return rest
    return speaker


def named_elsewhere(speaker: str, article_id: str,
                    voices: Iterable[tuple[str | None, str, Iterable[str]]]) -> bool:
    """Another article quotes the same name once a possessive before it is dropped
    (:func:`bare_name`), or a name that may be the same person's ("Frank McKenzie",
    "Kenneth F. McKenzie Jr.": :mod:`.voices_same_person`); ``voices`` are (entity id,
    speaker, articles quoting it)."""
    name = bare_name(speaker)
    return any(other != speaker and (bare_name(other) == name or may_be_one_person(speaker, other))
               and any(a != article_id for a in articles)
               for _, other, articles in voices)  # fmt: skip

"""What a tagged span names: the small tagger's pieces, wrong types and split forms.

Issue 12 (docs/eval-compare.md, "Session 20: entities"): a reader saw "Plus Obama" as
a person (so Obama became three rows), "Alachua Counties" and "Broward" as people,
"COVID-19" as a person, "NRA" as a place, "US Customs" and "Border Protection" as two
organisations, and "Democratic" / "Democrat" / "Democrats" as three rows. Each rule
here is general (a part of speech, a head noun, a pattern of the text), never a list
of the stories' names; ``extract/entities.py`` calls them while it finds and merges
mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from newsprism.extract.nlp import doc_text
from newsprism.extract.states import abbreviated_states, nicknames, state_code, states
from newsprism.extract.titles import fold
from newsprism.models import Mention

__all__ = [
    "before_possessive",
    "code_name",
    "common_plural",
    "coordinated_head_label",
    "cut_at_end",
    "department_key",
    "group_label",
    "head_label",
    "join_split_names",
    "leading_non_name",
    "middle_name_given",
    "norp_stem",
    "of_order",
    "party_of_group",
    "place_before_state",
    "question_auxiliary",
    "same_group",
    "state_key",
    "towns_of_story",
    "trailing_common_words",
]

# Words a sentence can open with that the tagger takes into the name after them
# ("Plus Obama is nominating …"): a conjunction, adverb, adposition or determiner is no
# given name. Verbs and auxiliaries are not among them ("Will Hurd").
_NOT_GIVEN = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "DET", "INTJ", "PART"})

# A name that ends in one of these heads names a place or an organisation, never a
# person: "Alachua Counties", "Sandy Hook Elementary", "Harvard Law School".
_PLACE_HEADS = frozenset({"county", "counties", "parish", "township", "city"})
_ORG_HEADS = frozenset({
    "elementary", "school", "academy", "university", "college", "department",
    "association", "committee", "commission", "council", "institute", "foundation",
    "agency", "administration", "bureau", "party", "union", "corporation", "company",
})  # fmt: skip

# A product, disease or bill code ("COVID-19", "AR-15", "F-35"): no person, place,
# organisation or group is named by letters, a hyphen and a number.
_CODE = re.compile(r"^[A-Za-z]+-\d+$")


def leading_non_name(tokens: Sequence[object]) -> int:
    """How many leading tokens of a PERSON span are no part of the name: a sentence's
    first word of another part of speech ("Plus" of "Plus Obama"), when a name is left."""
    drop = 0
    if not tokens or not tokens[0].is_sent_start:  # type: ignore[attr-defined]
        return 0
    while drop < len(tokens) - 1 and tokens[drop].pos_ in _NOT_GIVEN:  # type: ignore[attr-defined]
        drop += 1
    if drop == 0 and len(tokens) > 1 and question_auxiliary(tokens):
        drop = 1
    return drop


def before_possessive(tokens: Sequence[object]) -> int:
    """Where a PERSON span ends: before a possessive inside it ("Floyd’s May 25" of
    "over Floyd’s May 25 death" is Floyd; the date is the death's). A possessive at the
    end stays for ``clean_name`` to drop."""
    for i, token in enumerate(tokens):
        if token.tag_ == "POS" and 0 < i < len(tokens) - 1:  # type: ignore[attr-defined]
            return i
    return len(tokens)


# A question's first word that the tagger takes into the subject's name: "Will Trump
# get to create …?", "Would Obama have …?". Each auxiliary with the verb forms it asks
# for after the subject ("Will Hurd said" is a name: a modal takes no past tense).
_AUXILIARY_VERB_TAGS = {
    **dict.fromkeys(("will", "would", "can", "could", "should", "shall", "may", "might",
                     "must", "do", "does", "did"), frozenset({"VB"})),
    **dict.fromkeys(("is", "are", "was", "were"), frozenset({"VBG", "VBN"})),
    **dict.fromkeys(("has", "have", "had"), frozenset({"VBN"})),
}  # fmt: skip


def question_auxiliary(tokens: Sequence[object]) -> bool:
    """Whether a PERSON span opens with a question's auxiliary ("Will" of "Will Trump get
    to create the “space force” he wants?"): the word is the auxiliary of a verb after the
    name, the sentence asks (a "?" or the verb form the auxiliary asks for), and the
    article never writes the whole span after another word (as it would "Will Hurd")."""
    first, last = tokens[0], tokens[-1]
    wants = _AUXILIARY_VERB_TAGS.get(first.text.lower())  # type: ignore[attr-defined]
    head = first.head  # type: ignore[attr-defined]
    if wants is None or first.dep_ != "aux" or head.i <= last.i:  # type: ignore[attr-defined]
        return False
    asks = first.sent.text.rstrip(" \"”’'").endswith("?") or head.tag_ in wants  # type: ignore[attr-defined]
    return asks and not _written_elsewhere(doc_text(first.doc), first.idx, " ".join(  # type: ignore[attr-defined]
        t.text for t in tokens))  # type: ignore[attr-defined]


def _written_elsewhere(text: str, at: int, span: str) -> bool:
    """Whether the span is written at another place of the text that is not a question's
    or a paragraph's start ("Rep. Will Hurd", "said Will Hurd")."""
    for match in re.finditer(re.escape(span) + r"\b", text):
        before = text[: match.start()].rstrip(" ")
        if match.start() != at and before and before[-1] not in "?!\n":
            return True
    return False


def head_label(name: str, label: str) -> str:
    """A PERSON whose last word is a place or organisation head is that instead."""
    if label != "PERSON" or " " not in name:
        return label
    last = fold(name).split()[-1]
    if last in _PLACE_HEADS:
        return "GPE"
    return "ORG" if last in _ORG_HEADS else label


def coordinated_head_label(ent: object) -> str | None:
    """The label a conjunct takes from the name it is coordinated with: "Broward" and
    "Leon" of "Broward, Leon and Alachua Counties" are counties, as the last one is."""
    token = ent.root  # type: ignore[attr-defined]
    doc = token.doc
    conjuncts = [t for t in token.conjuncts if t.i > token.i and t.ent_iob_ != "O"]
    for other in conjuncts:
        span = next((e for e in doc.ents if e.start <= other.i < e.end), None)
        if span is None:
            continue
        last = fold(span.text).split()[-1] if span.text.strip() else ""
        if last in _PLACE_HEADS:
            return "GPE"
    return None


def code_name(name: str) -> bool:
    """Whether a tagged name is a code ("COVID-19"), which names no entity."""
    return bool(_CODE.match(name))


_STATE_AFTER = re.compile(r"^,\s*([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)")


def place_before_state(text: str, end: int) -> bool:
    """Whether a name is followed by ", <US state>" as a town is ("Newtown, Conn.")."""
    match = _STATE_AFTER.match(text[end : end + 30])
    return bool(match) and state_code(match.group(1)) is not None and len(match.group(1)) > 2


# States whose name is also the city news names most ("WASHINGTON —", "New York"):
# "Bellingham, Wash." is not the dateline's Washington.
_CITY_NAMED = frozenset({"WA", "NY"})


def towns_of_story(mentions_by_article: dict[str, list[Mention]], texts: dict[str, str],
                   key: object) -> None:
    """A name once written "Newtown, Conn." is a town at each of its mentions: the tagger
    calls the bare "Newtown" an organisation, and one place became two rows."""
    towns = {key(m.text) for a, ms in mentions_by_article.items() for m in ms  # type: ignore[operator]
             if m.label in ("GPE", "ORG", "LOC", "FAC") and place_before_state(texts[a], m.end)}
    for mentions in mentions_by_article.values():
        for m in mentions:
            if m.label in ("ORG", "LOC", "FAC") and key(m.text) in towns:  # type: ignore[operator]
                m.label = "GPE"


_CUT_END = re.compile(r"^(?:\.\.\.|…)[\s\"”’']*$")


def cut_at_end(text: str, end: int, name: str, label: str) -> bool:
    """Whether a one-word person or organisation runs into the ellipsis that ends a cut
    text ("… the arrest of journalist Raman...", "endorsed by the Club..."): the crawl
    cut the name, and the piece names nobody. Longer names ("Janet Yellen...") and
    groups ("American...") are whole words and stay."""
    return (label in ("PERSON", "ORG") and " " not in name
            and bool(_CUT_END.match(text[end:])))


@cache
def _state_abbreviations() -> dict[str, str]:
    keys = {fold(a): fold(names[-1]) for code, names in states().items() for a in names
            if a in abbreviated_states() and code not in _CITY_NAMED}  # fmt: skip
    keys.update((fold(n), fold(states()[code][-1])) for code, names in nicknames().items()
                for n in names)  # "granite state" is "new hampshire"
    return keys


def state_key(key: str) -> str:
    """An AP state abbreviation as its state's folded name: "conn" is "connecticut"."""
    return _state_abbreviations().get(key, key)


def norp_stem(key: str) -> str:
    """One stem for a group's noun, plural and adjective: "democrat", "democrats",
    "democratic" -> "democrat"; "afghans" -> "afghan"; a body and its adjective in
    "-ional": "congressional" -> "congres", as "congress" (session 24: "Congressional"
    NORP had a row apart from Congress)."""
    if " " in key:
        return key
    if key.endswith("ic") and len(key) > 5:
        return key[:-2]
    if key.endswith("ional") and len(key) > 10:
        key = key[:-5]
    return key[:-1] if key.endswith("s") and len(key) > 4 else key


def group_label(group: Sequence[Mention]) -> str:
    """The label of merged non-person mentions: the vote of its longest forms, where the
    tagger has most context ("National Rifle Association" ORG over "NRA" GPE)."""
    named = [m for m in group if m.label != "ROLE"] or list(group)
    longest = max(len(m.text.split()) for m in named)
    labels = Counter(m.label for m in named if len(m.text.split()) == longest)
    return max(labels, key=lambda k: (labels[k], k == "ORG"))


def join_split_names(mentions_by_article: dict[str, list[Mention]], texts: dict[str, str],
                     key: object) -> None:
    """Join "US Customs" and "Border Protection" into "US Customs and Border Protection"
    when the story names that whole ("U.S. Customs and Border Protection"): two names the
    tagger cut at "and" are pieces of one, not two organisations. ``key`` is the merge key
    of a name (``entities._org_key``)."""
    keys = {key(m.text) for ms in mentions_by_article.values() for m in ms  # type: ignore[operator]
            if m.label != "PERSON"}  # fmt: skip
    for article_id, mentions in mentions_by_article.items():
        text, kept, i = texts[article_id], [], 0
        while i < len(mentions):
            m = mentions[i]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if (nxt is not None and m.label != "PERSON" and nxt.label != "PERSON"
                    and text[m.end : nxt.start] in (" and ", " & ")
                    and key(text[m.start : nxt.end]) in keys):  # type: ignore[operator]  # fmt: skip
                kept.append(Mention(article_id, m.sentence_index, text[m.start : nxt.end],
                                    m.label, m.start, nxt.end))
                i += 2
                continue
            kept.append(m)
            i += 1
        mentions[:] = kept


def same_group(a: str, b: str, mentions: Sequence[Mention]) -> bool:
    """A group's noun, plural and adjective ("Democrat", "Democrats", "Democratic";
    "Afghan", "Afghans") tagged as a group or organisation are one row."""
    labels = {m.label for m in mentions}
    return (a != b and norp_stem(a) == norp_stem(b) and "NORP" in labels
            and labels <= {"NORP", "ORG"})


def middle_name_given(longer: list[str], shorter: list[str]) -> bool:
    """A person known by the middle name ("Byron Todd Jones" is "Todd Jones"): one given
    name, equal to the other's second of two."""
    return (len(shorter) == 1 and len(longer) == 2 and len(shorter[0]) > 2
            and longer[1] == shorter[0])


# Lower-case words that may sit inside a name ("Navigator of the Seas", "Bank of America").
_CONNECTORS = frozenset({"of", "the", "and", "for", "de", "la", "du", "von", "van", "on",
                         "in", "at", "to", "del", "da", "der", "le", "al", "bin", "el"})


def trailing_common_words(tokens: Sequence[object]) -> int:
    """How many lower-case words end a non-person span: "Hoboken city", "Navigator of
    the Seas cruise", "Yang's third" (party): a name does not end on a common word."""
    drop = 0
    while drop < len(tokens) - 1:
        tok = tokens[len(tokens) - 1 - drop]
        if not (tok.is_lower and tok.is_alpha) or tok.text in _CONNECTORS:  # type: ignore[attr-defined]
            break
        drop += 1
    return drop


def common_plural(ent: object) -> bool:
    """A one-word "person" that opens a sentence as a plural common noun ("Schools
    listed in the tracker …"). The tagger calls surnames plural nouns too ("Pruitt",
    "Summers"), so a word the article uses as a full name's surname stays."""
    if len(ent) != 1 or ent[0].tag_ != "NNS" or not ent[0].is_sent_start:  # type: ignore[arg-type,index]
        return False
    word = ent.text  # type: ignore[attr-defined]
    return not any(len(e) > 1 and e[-1].text == word for e in ent.doc.ents)  # type: ignore[attr-defined]


def party_of_group(short: str, long: str, mentions: Sequence[Mention]) -> bool:
    """A group's word and its party ("Democratic" / "Democratic Party", "Democrats" /
    "Democratic Party") are one row when the short one is tagged as a group."""
    return (long.endswith(" party") and " " not in short
            and norp_stem(long[: -len(" party")]) == norp_stem(short)
            and {m.label for m in mentions} <= {"NORP", "ORG"})


# "Department of Justice" / "Justice Department", "Ministry of Defence" / "Defence
# Ministry": the heads whose two word orders name one body (session 24, NeuS r353).
_OF_ORDER = re.compile(r"^(.*?)\b(department|ministry) of (?:the )?((?:(?!\bof\b)[^ ]+ ?)+)$")


def department_key(key: str) -> str:
    """One merge key for both word orders of a department's or ministry's name: a folded
    "department of justice" is "justice department", "united states department of
    justice" "united states justice department" (then the country rule meets "Justice
    Department"). A rest with another "of" ("Department of Justice's Office of the
    Inspector General") is left as written."""
    match = _OF_ORDER.match(key)
    if not match:
        return key
    before, head, rest = match.groups()
    return f"{before}{rest.strip()} {head}"


def of_order(key: str) -> str:
    """The "department of X" order of a key ``department_key`` turned ("justice
    department" -> "department justice"; "of" is no letter of an acronym): DHS is the
    acronym of "Department of Homeland Security", whichever order a report wrote."""
    for head in ("department", "ministry"):
        if key.endswith(" " + head):
            return f"{head} {key[: -len(head) - 1]}"
    return key

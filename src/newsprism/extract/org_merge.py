"""Merging a story's names of organisations and places: an acronym and its name, a
country in front of a longer name, a plural variant, a name cut before "and …", a name
short of its generic head. Moved out of ``entities`` (session 28) when that module
passed 600 lines; ``entities.link_entities`` calls :func:`merge_names` once per story."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from newsprism.extract.initials import acronym_letters, initials
from newsprism.extract.name_forms import of_order, party_of_group, same_group
from newsprism.extract.titles import fold, load_roles
from newsprism.models import Mention

# Generic heads an organisation is often written without: "Treasury" (Department),
# "Fox" (News), "Randolph-Macon" (College). Not "administration" (Social Security is a
# programme, the Social Security Administration an agency) nor "party" (an adjective).
ORG_HEADS = ("department", "news", "college", "university", "corporation", "company",
             "airlines", "airways", "bank")  # session 23: "Southwest" (Airlines)


def merge_names(other: dict[tuple[str, str], list[Mention]],
                acronyms: dict[str, str]) -> dict[tuple[str, str], list]:
    """Merge non-person names: acronyms (and one the story writes in brackets after
    its name, ``story_names.bracket_acronyms``), a country in front of a longer name, a
    plural variant ("Trust Funds"), and a name short of its generic head ("Treasury" is
    the "Treasury Department" when the story has one such longer name)."""
    country_words = {fold(w) for w in load_roles().countries} | {"united states", "united nations"}
    keys = sorted(other, key=lambda k: (-len(k[1]), k))
    heads = Counter(k[1] for k in keys for h in ORG_HEADS if k[1].endswith(" " + h))
    short_of = Counter(k[1].rsplit(" ", 1)[0] for k in keys if k[1] in heads)
    # each name's acronyms, with and without its country words, read once per name and
    # not once per pair (session 26: 64,000 calls at 50 articles, issue 12)
    spelled = {k[1]: _acronyms(k[1]) | _acronyms(_without_country(k[1], country_words))
               | _acronyms_before_and(other[k], country_words) | _written_acronyms(other[k])
               for k in keys}  # fmt: skip
    cut_forms = {k: _cut_forms(other[k]) for k in keys}  # once per name, not per pair
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    for key in keys:
        label, name = key
        may_be_acronym = " " not in name and len(name) >= 2
        # the name the story writes the acronym after, in brackets, first (session 29: an
        # acronym of another name's part before "and" must not take "CDC" from "Center
        # for Disease Control and Prevention (CDC)", r68)
        bracketed = [t for t in keys if t[1] == acronyms.get(name)]
        for target in bracketed + keys:
            if target == key or target[0] != label or (
                    target in parent and acronyms.get(name) != target[1]):
                continue  # a bracketed acronym follows its name into a longer one
            # UNSC, and FDA of "U.S. FDA"
            acronym = may_be_acronym and acronym_letters(name) in spelled[target[1]]
            if len(target[1]) < len(name) and not acronym:
                continue
            if (acronym or acronyms.get(name) == target[1]
                    or _country_prefixed(target[1], name, country_words)
                    or _plural_variant(name, target[1])
                    or _cut_before_and(cut_forms[key], cut_forms[target])
                    or same_group(name, target[1], other[key] + other[target])
                    or party_of_group(name, target[1], other[key] + other[target])
                    or (target[1] in heads and short_of[name] == 1  # not "American"
                        and target[1].rsplit(" ", 1)[0] == name
                        and all(m.label == "ORG" for m in other[key]))):  # fmt: skip
                parent[key] = target
                break
    merged: dict[tuple[str, str], list] = defaultdict(list)
    for key, group in other.items():
        root = key
        while root in parent:
            root = parent[root]
        merged[root].extend(group)
    return merged



def _plural_variant(short: str, long: str) -> bool:
    """Two names of two words or more that differ only by plural endings: "Federal
    Elections Commission" / "Federal Election Commission", "Trust Funds" / "Trust Fund"."""
    a, b = short.split(), long.split()
    return (short != long and len(a) == len(b) >= 2
            and all(x.rstrip("s") == y.rstrip("s") for x, y in zip(a, b, strict=True)))


# Heads a name of many bodies opens with ("Department of Health" of a state and of HHS).
_GENERIC_OPENERS = frozenset({"department", "bureau", "office", "committee", "commission",
                              "council", "agency", "ministry", "board", "court",
                              "administration", "division", "institute", "school"})


def _cut_before_and(short: tuple[set[str], set[str]], long: tuple[set[str], set[str]]
                    ) -> bool:  # fmt: skip
    """A name of three words or more that another name of the story continues with
    "and …" or ", …": "Centers for Disease Control" is the "Centers for Disease Control
    and Prevention" (plural endings aside). A name that opens on a generic head
    ("Department of Health") may be another body (a state's) than the longer one
    ("… and Human Services"): never merged. ``short`` and ``long`` are
    :func:`_cut_forms` of the two names' mentions."""
    return any(f.startswith((s + " and ", s + ", ")) for s in short[0] for f in long[1])


def _cut_forms(group: Sequence[Mention]) -> tuple[set[str], set[str]]:
    """A name's singular forms of three words or more opening on no generic head, and
    all its singular forms: once per name, not per pair (31,779 at 50 articles)."""
    shorts = {_singular(m.text) for m in group if len(m.text.split()) >= 3
              and m.text.split()[0].lower() not in _GENERIC_OPENERS}
    return shorts, {_singular(m.text) for m in group}


def _singular(text: str) -> str:
    """The words without plural endings: a speaker's "Center for Diseases Control and
    Prevention" continues the "Centers for Disease Control" of another report (session
    23), as ``_plural_variant`` reads two names of one length."""
    return " ".join(w.rstrip("s") for w in text.split())


def _acronyms(long: str) -> frozenset[str]:
    """The acronyms of a name of two words or more (none of a shorter one): its
    initials, and those of its "of" form (``of_order``)."""
    if len(long.split()) < 2:
        return frozenset()
    return frozenset((initials(long), initials(of_order(long)))) - {""}


def _written_acronyms(group: Sequence[Mention]) -> frozenset[str]:
    """The initials of a hyphenated name as the articles write it (session 32): the merge
    key drops hyphens ("guillainbarre syndrome"), but "Guillain-Barré Syndrome" is GBS,
    as the other readers of initials (``extract.initials``) read it."""
    return frozenset(initials(t) for t in {m.text for m in group} if "-" in t) - {""}


def _acronyms_before_and(group: Sequence[Mention], country_words: set[str]) -> frozenset[str]:
    """The initials of a name's part before "and …" (session 29): "CDC" is the
    "Centers for Disease Control and Prevention", named before "and Prevention" was
    added, and nine NeuS raw stories kept the two apart. The part has three words or
    more and opens on no generic head, as :func:`_cut_before_and` asks of a name cut
    there ("Department of Health and Human Services" is HHS, never "DH")."""
    found: set[str] = set()
    for m in group:
        head = fold(m.text).split(" and ", 1)[0] if " and " in m.text else ""
        head = _without_country(head, country_words) if head else ""
        if len(head.split()) >= 3 and head.split()[0] not in _GENERIC_OPENERS:
            found.add(initials(head))
    return frozenset(found) - {""}


def _without_country(key: str, country_words: set[str]) -> str:
    """The key without the country words in front: an acronym is often the body's own
    ("FDA" of "U.S. Food and Drug Administration", key "united states food drug
    administration"); the key itself when nothing else is left."""
    for country in sorted(country_words, key=len, reverse=True):
        if key.startswith(country + " ") and len(key.split()) - len(country.split()) >= 2:
            return key[len(country) + 1 :]
    return key


def _country_prefixed(long: str, short: str, country_words: set[str]) -> bool:
    """``long`` is ``short`` with country words in front: "united states state department"."""
    if not long.endswith(" " + short):
        return False
    prefix = long[: -len(short)].strip()
    return prefix in country_words

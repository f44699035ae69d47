"""Each WordNet field's words, for ``build_field_terms.py`` (session 28, i14-figures).

A field's term is literal when the words around it are its field's: "looters" beside
"plunder" and "riot" is the crime's plain word, "blitzkrieg" beside "Democrats" and
"bill" is a figure. A field here is a topic domain (the synset a ``;c`` pointer names:
war, golf, cooking) or the noun a relational adjective relates to (``\\`` pointer:
"messianic" to messiah). Its words: the field synset's own, its hypernyms' and
hyponyms', every synset filed under the domain, and the specific words of all their
glosses (used in fewer than ``GLOSS_COMMON`` glosses of WordNet, so "plunder" and
"enemy" count and "official" or "created" do not).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from wordnet_db import POS, WordNetReader, read_synset_links

GLOSS_COMMON = 40
WORD = re.compile(r"[a-z][a-z-]{2,}")
Synset = tuple[str, int]


def gloss_words(gloss: str) -> set[str]:
    """The words of a gloss's definition (its quoted examples left out)."""
    return set(WORD.findall(re.sub(r'"[^"]*"', " ", gloss.lower())))


def all_synsets(reader: WordNetReader) -> list[Synset]:
    """Every synset once, in part-of-speech and index order."""
    seen: dict[Synset, None] = {}
    for pos in POS:
        for offsets in reader.index[pos].values():
            seen.update((s, None) for s in ((pos, o) for o in offsets))
    return list(seen)


def pert_noun(reader: WordNetReader, offset: int) -> str:
    """The first word of the noun a relational adjective relates to ('' when none)."""
    ptrs, _gloss = read_synset_links(reader, "adj", offset)
    nouns = [o for sym, pos, o in ptrs if sym == "\\" and pos == "noun"]
    return reader.synset("noun", nouns[0])[2][0].replace("_", " ") if nouns else ""


def _fields(reader: WordNetReader, synsets: list[Synset]) -> dict[str, set[Synset]]:
    """Each field's name and synsets: domains with their members, pertainyms' nouns."""
    fields: dict[str, set[Synset]] = defaultdict(set)
    for pos, off in synsets:
        name, domains, _words = reader.synset(pos, off)
        for d in domains:
            fields[reader.synset("noun", d)[2][0].replace("_", " ")] |= {(pos, off), ("noun", d)}
        if name == "adj.pert" and (noun := pert_noun(reader, off)):
            ptrs, _gloss = read_synset_links(reader, "adj", off)
            fields[noun] |= {("noun", o) for sym, p, o in ptrs if sym == "\\" and p == "noun"}
    return fields


def _neighbours(reader: WordNetReader, synsets: Iterable[Synset]) -> set[Synset]:
    """The synsets with their hypernyms and hyponyms (one step)."""
    out = set(synsets)
    for pos, off in list(out):
        ptrs, _gloss = read_synset_links(reader, pos, off)
        out |= {(p, o) for sym, p, o in ptrs if sym in ("@", "~") and p == pos}
    return out


def field_words_table(reader: WordNetReader) -> list[str]:
    """``field<TAB>word|word|…`` lines, sorted."""
    synsets = all_synsets(reader)
    common = Counter()
    for pos, off in synsets:
        common.update(gloss_words(read_synset_links(reader, pos, off)[1]))
    out = []
    for field, members in sorted(_fields(reader, synsets).items()):
        words: set[str] = set()
        for pos, off in _neighbours(reader, members):
            words |= {w.replace("_", " ") for w in reader.synset(pos, off)[2]}
            gloss = gloss_words(read_synset_links(reader, pos, off)[1])
            words |= {w for w in gloss if common[w] < GLOSS_COMMON}
        out.append(f"{field}\t{'|'.join(sorted(words))}")
    return out

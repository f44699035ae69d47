"""The words of speech: ``data/speech_verbs.toml`` and the role nouns of ``roles.toml``.

Every step of the quote extractor asks the same questions of a word ("is this a speech
verb, and which one?", "does this verb take a noun phrase as what was said?", "is this
noun a document that speaks for its owner?"); the answers are data, read once here, so
that a new verb or role noun is an entry in a data file and not a code change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from newsprism.extract.entities import RoleTable, load_roles

__all__ = ["LEXICON_FILE", "WORD", "SpeechLexicon", "is_speech_cue", "load_lexicon"]

LEXICON_FILE = "speech_verbs.toml"
WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class SpeechLexicon:
    """The words of ``data/speech_verbs.toml`` (and the role nouns of ``roles.toml``)."""

    tones: dict[str, str]  # base verb ("say", "point out") -> "neutral" | "loaded"
    forms: dict[str, str]  # inflected one-word verb -> base
    particles: dict[str, dict[str, str]]  # inflected verb of a phrasal verb -> {prt: base}
    phrases: dict[str, str]  # "according to" -> tone
    documents: frozenset[str]
    offices: frozenset[str]
    channels: frozenset[str]
    roles: dict[str, frozenset[str]]  # role noun ("spokesman", "sen.") -> groups, roles.toml
    object_verbs: frozenset[str] = frozenset()  # report a noun phrase: "announced X"
    infinitive_verbs: frozenset[str] = frozenset()  # report an infinitive: "vowed to"
    addressee_verbs: frozenset[str] = frozenset()  # object is the hearer: "told him"
    aspectual_verbs: frozenset[str] = frozenset()  # "continued campaigning" is no speech
    topic_preps: frozenset[str] = frozenset()  # "warned of X": X is what was said
    question_verbs: frozenset[str] = frozenset()  # "asked if X": X is what was asked
    speech_nouns: frozenset[str] = frozenset()  # "his claim that X", "a pledge to X"
    others_nouns: frozenset[str] = frozenset()  # "accusations that X": not the verb's X
    voicing_verbs: frozenset[str] = frozenset()  # "made the claim that X": the maker's X
    stance_nouns: frozenset[str] = frozenset()  # "its rejection of X": a position stated
    verb_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # ask -> {"for"}
    proxies: frozenset[str] = frozenset()  # people who speak for someone: spokesman, aides
    people: frozenset[str] = frozenset()  # plural nouns for people: voters, critics, members
    individuals: frozenset[str] = frozenset()  # "man", "woman": one person, never a group
    bodies: frozenset[str] = frozenset()  # singular nouns for a body: committee, agency
    kinds: dict[str, str] = field(default_factory=dict)  # "commercial" -> "ad"
    negating: frozenset[str] = frozenset()  # "deny": what it reports is denied
    papers: frozenset[str] = frozenset()  # "the documents say": the papers named before
    data: frozenset[str] = frozenset()  # "data from the AAP": the organisation's
    recordings: frozenset[str] = frozenset()  # "a video of him saying": he says
    document_verbs: frozenset[str] = frozenset()  # "the letter reads": said of documents only

    def document_kind(self, noun: str) -> str:
        """The kind of a document noun ("advertisement" and "commercial" are "ad")."""
        return self.kinds.get(noun, noun)

    def cue_words(self, text: str) -> bool:
        """True when ``text`` (a cue as annotated) contains a speech verb or phrase."""
        words = WORD.findall(text.lower().replace("’", "'"))
        for i, word in enumerate(words):
            if word in self.forms:
                return True
            particles = self.particles.get(word)
            if particles and i + 1 < len(words) and words[i + 1] in particles:
                return True
        joined = " ".join(words)
        return any(f" {p} " in f" {joined} " for p in self.phrases)


def _inflections(base: str) -> set[str]:
    """The regular forms of a verb: base, -s, -ed, -ing (irregulars come from the data)."""
    forms = {base}
    consonant_y = base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif consonant_y:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.add(base + "d")
    elif consonant_y:
        forms.add(base[:-1] + "ied")
    else:
        forms.add(base + "ed")
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        forms.add(base[:-1] + "ing")
    else:
        forms.add(base + "ing")
    return forms


def _plural(noun: str) -> str:
    """The plural of a role noun: lawyers, spokesmen, spokespeople, press secretaries."""
    head, _, last = noun.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("person"):
        last = last[:-6] + "people"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


@cache
def load_lexicon() -> SpeechLexicon:
    """Read ``data/speech_verbs.toml`` once, with the role nouns of ``data/roles.toml``."""
    raw = files("newsprism").joinpath("data", LEXICON_FILE).read_text("utf-8")
    data = tomllib.loads(raw)
    tones: dict[str, str] = {}
    for tone, verbs in data["verbs"].items():
        for verb in verbs:
            tones[verb.lower()] = tone
    forms: dict[str, str] = {}
    particles: dict[str, dict[str, str]] = {}
    extra = {k.lower(): [f.lower() for f in v] for k, v in data.get("forms", {}).items()}
    for base in tones:
        verb, _, particle = base.partition(" ")
        inflected = _inflections(verb) | set(extra.get(verb, [])) | set(extra.get(base, []))
        for form in inflected:
            if particle:
                particles.setdefault(form, {})[particle] = base
            else:
                forms[form] = base
    document_verbs = frozenset(w.lower() for w in data["documents"].get("verbs", []))
    for verb in document_verbs:  # a tone, but no forms: a cue only of a document
        tones.setdefault(verb, "neutral")
    table = load_roles()
    roles: dict[str, set[str]] = {}
    for group, nouns in table.groups.items():
        for noun in nouns:
            roles.setdefault(noun, set()).add(group)
    return SpeechLexicon(
        tones=tones,
        forms=forms,
        particles=particles,
        phrases={k.lower(): v for k, v in data.get("phrases", {}).items()},
        documents=frozenset(w.lower() for w in data["documents"]["nouns"]),
        offices=frozenset(w.lower() for w in data["documents"]["offices"]),
        papers=frozenset(w.lower() for w in data["documents"].get("papers", [])),
        data=frozenset(w.lower() for w in data["documents"].get("data", [])),
        recordings=frozenset(w.lower() for w in data["documents"].get("recordings", [])),
        document_verbs=document_verbs,
        channels=frozenset(w.lower() for w in data["channels"]["nouns"]),
        roles={k: frozenset(v) for k, v in roles.items()},
        object_verbs=frozenset(data["complements"]["object"]),
        infinitive_verbs=frozenset(data["complements"]["infinitive"]),
        addressee_verbs=frozenset(data["complements"]["addressee"]),
        aspectual_verbs=frozenset(data["complements"].get("aspectual", [])),
        topic_preps=frozenset(data["complements"].get("topic", [])),
        question_verbs=frozenset(data["complements"].get("question", [])),
        speech_nouns=frozenset(w.lower() for w in data.get("nouns", {}).get("speech", [])),
        others_nouns=frozenset(w.lower() for w in data.get("nouns", {}).get("speech", [])
                               + data.get("nouns", {}).get("others", [])),
        voicing_verbs=frozenset(w.lower() for w in data.get("nouns", {}).get("voicing", [])),
        stance_nouns=frozenset(w.lower() for w in data.get("nouns", {}).get("stance", [])),
        verb_preps={k.lower(): frozenset(v) for k, v in data.get("prepositions", {}).items()},
        **_speaker_nouns(data, table),
    )


def _speaker_nouns(data: dict[str, Any], table: RoleTable) -> dict[str, Any]:
    """The nouns that say what kind of speaker a phrase names (``[speakers]``)."""
    # "his spokesman", "Trump's lawyers": a role that speaks for its holder's principal
    proxies = {form for group in table.speaks_for for noun in table.groups.get(group, ())
               for form in (noun, _plural(noun))}  # fmt: skip
    speakers = data.get("speakers", {})
    kinds = {noun.lower(): group[0].lower() for group in data["documents"].get("kinds", [])
             for noun in group}  # fmt: skip
    return {
        "proxies": frozenset(proxies),
        "people": frozenset(w.lower() for w in speakers.get("people", [])),
        "individuals": frozenset(w.lower() for w in speakers.get("individuals", [])),
        "bodies": frozenset(w.lower() for w in speakers.get("bodies", [])),
        "kinds": kinds,
        "negating": frozenset(w.lower() for w in data.get("negation", {}).get("verbs", [])),
    }


def is_speech_cue(text: str) -> bool:
    """True when an annotated cue ("said", "told", "according to") is a speech cue."""
    return load_lexicon().cue_words(text)

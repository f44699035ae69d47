"""An epithet for the person just quoted (session 22, issue 12).

Reporters vary the name of a speaker they have just quoted: "Sarah Palin, a vocal tea
party supporter, said in a statement …. The former Alaska governor said claims …";
"… Trump charges that …. The New York businessman says of Clinton, …". The epithet
names no one the article titles so (``Speakers._role`` found no holder), so it stayed
a description, although a reader takes it for the person quoted the sentence before.

The rule reads only what the article says at that place, never world knowledge:

- the speaker phrase is a definite singular noun for a person ("the …", not a body, a
  document or a plural) with a word that qualifies it ("former Alaska governor", "New
  York businessman"): a bare "the man", "the official" says too little to be an epithet;
  a qualifier that is an organisation ("the DNC communications director") names an
  office of its own, not a variation;
- no earlier phrase of the article has the same noun ("A Democratic staffer told …
  said the Democratic staffer" is that staffer, whom ``_role`` reads already);
- the statement just before was made by one person, named (or a pronoun or role
  resolved to a name), in the same sentence or the sentence before, with only
  quoted sentences between (a quotation running on over several sentences);
- no other person is the subject of a clause between that speaker and the epithet,
  outside quotation marks;
- that person holds no title of the epithet's office (``_role`` would have taken
  them, and did not), and their own labels give no other state or party than the
  epithet's ("Sen. Mary Roe (R-Ariz.) spoke …. The Texas senator said" stays as
  written), nor another gender ("businessman" is no Hillary Clinton);
- the epithet is not inside the clause whose subject that person is (binding's
  principle C holds for epithets: in "Mr. Trump took on Hillary Clinton after the
  Democratic front-runner had said …" the front-runner is not Trump), and holds no
  possessive ("the deputy head of China's delegation" is an office of its own).

Otherwise the description stays as written, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.coref import DEFINITE, determiners
from newsprism.extract.quotes.lower_office import holds_office, office_qualifier
from newsprism.extract.quotes.people import GENDERED
from newsprism.extract.quotes.rolequal import label_nations, label_qualifiers, phrase_qualifiers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.speakers import Speaker, Speakers

__all__ = ["epithet_of"]

_PERSON = ("name", "pronoun", "role")
_QUALIFIERS = ("amod", "compound", "nmod", "poss", "npadvmod")
_SUBJECTS = ("nsubj", "nsubjpass")
_MAIN = ("ROOT", "conj", "parataxis")


def _is_epithet(speakers: Speakers, head: Token, tokens: list[Token]) -> bool:
    """A definite singular person noun with a qualifier that is no organisation."""
    if head.tag_ != "NN" or head.pos_ != "NOUN" or not determiners(head) & DEFINITE:
        return False
    if speakers.is_body(head) or head.lower_ in speakers.lex.individuals:
        return False
    inside = {t.i for t in tokens}
    quals = [t for t in tokens if t.i != head.i and t.dep_ in _QUALIFIERS
             and t.head.i in inside]  # fmt: skip
    if not quals or any(t.ent_type_ == "ORG" for t in quals):
        return False
    if any(t.dep_ == "poss" or t.lower_ in ("his", "her", "its", "their") for t in tokens):
        return False  # "his chief of staff", "the deputy head of China's delegation"
    return speakers._earlier_mention(head) is None


def _main_subject(speakers: Speakers, tok: Token) -> bool:
    """``tok`` is the subject of a main clause (or of a speech cue) outside quotes."""
    if tok.dep_ not in _SUBJECTS or speakers.qid[tok.i] != -1:
        return False
    verb = tok.head
    return verb.dep_ in _MAIN or speakers.speech_base(verb) is not None


def _scope(speakers: Speakers, head: Token) -> range:
    """Token indices, backwards from ``head``, back to the start of the nearest earlier
    sentence with words outside quotation marks (quoted sentences between are a
    quotation that runs on)."""
    n = speakers.sent_of[head.i] - 1
    while n >= 0 and all(speakers.qid[t.i] != -1 for t in speakers.sents[n]
                         if not (t.is_punct or t.is_space)):  # fmt: skip
        n -= 1
    start = speakers.sents[max(n, 0)].start
    return range(head.i - 1, start - 1, -1)


def _contradicts(speakers: Speakers, head: Token, name: str) -> bool:
    """The person ``name`` holds the epithet's office already (``_role`` read the
    article's holders and did not take them), or their own labels give another state
    party or nation than the epithet's ("Sen. Mary Roe (R-Ariz.) …. The Texas
    senator"; "Egyptian President Abdel Fattah al-Sisi …. The Palestinian president")."""
    groups = speakers.antecedents.role_groups(head)
    aliases = [a for a, g in speakers.lex.roles.items() if g & groups]
    want = phrase_qualifiers(head)
    gender = GENDERED.get(head.lower_)
    states: set[str] = set()
    parties: set[str] = set()
    nations: set[str] = set()
    for p in speakers.people.persons:
        if p.token >= head.i or speakers.people.name_speaker(p)[0] != name:
            continue
        known = speakers.people.gender_of(p)
        if gender and known and known != gender:
            return True  # "The New York businessman" is not the Hillary Clinton just quoted
        if any(holds_office(p.title, a, office_qualifier(head)) for a in aliases):
            return True
        s, party = label_qualifiers(speakers.doc, p, speakers.people.title_words)
        states |= s
        parties |= party
        nations |= label_nations(speakers.doc, p, speakers.people.title_words)
    return (want.state is not None and bool(states - {want.state})) or \
        (want.party is not None and bool(parties - {want.party})) or \
        (want.nation is not None and bool(nations - {want.nation}))  # fmt: skip


def epithet_of(speakers: Speakers, head: Token, sp: Speaker) -> Speaker:
    """``sp`` named as the person who is the subject just before, when it is an epithet
    for them (``resolved`` "role", the epithet kept as its surface); else ``sp``."""
    if sp.resolved != "description" or not _is_epithet(speakers, head, speakers.phrase(head)):
        return sp
    for i in _scope(speakers, head):
        tok = speakers.doc[i]
        if not _main_subject(speakers, tok) or tok.i in range(head.left_edge.i, head.i):
            continue
        if head.i in {t.i for t in tok.head.subtree}:
            return sp  # "Mr. Trump took on Hillary Clinton after the Democratic front-runner
            # had said": an epithet inside its clause is never that clause's subject
        prev = speakers.speaker_from(tok, depth=1)
        right = prev.resolved in _PERSON and prev.name is not None and not prev.plural
        if right and not prev.via_document and not _contradicts(speakers, head, prev.name):
            sp.name, sp.name_start, sp.name_end = prev.name, prev.name_start, prev.name_end
            sp.resolved = "role"
        return sp  # the nearest main subject decides: a person, or no one
    return sp

"""What a speaker phrase says by its words alone: tests on one parsed token.

Used by :mod:`speakers` (step 4). Each test reads the parse around one token and the
article's words, never the rest of the article: whether a phrase opens with a dateline,
whether names joined by "and" speak together, whether a definite noun says which one
it is without an earlier mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsprism.extract.quotes.recorded import with_split_name
from newsprism.extract.quotes.relative_host import after_relative_word

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["after_antecedent", "after_dateline", "bare_names", "before_bracket", "branded",
           "joined_subjects", "names_joined", "proper_name", "restricts",
           "says_which_document", "says_which_people", "share_of_people",
           "speaker_tokens", "whole_org_name"]

# nouns for a share of a group: "52 percent of voters", "a majority of Republicans"
_SHARES = {"percent", "%", "majority", "minority", "plurality", "handful", "half", "third",
           "quarter", "share", "proportion", "number", "chorus", "most", "dozens",
           "hundreds", "thousands", "some", "many"}
_DASHES = {"—", "–", "--", "-"}


def after_dateline(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase without a dateline the parse ran into it ("WASHINGTON — AARP …
    said": AARP, not Washington): words in capitals opening the sentence, up to a dash
    before the head."""
    first = tokens[0] if tokens else None
    if first is None or not first.is_sent_start or not (first.text.isupper() and len(first) > 1):
        return tokens
    dashes = [n for n, t in enumerate(tokens) if t.text in _DASHES and t.i < head.i
              and t.whitespace_ and t.nbor(-1).whitespace_]  # not "Seitz-Wald"  # fmt: skip
    return tokens[dashes[0] + 1 :] if dashes else tokens


def before_bracket(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase without a bracket that ends it ("according to the new assessment by
    the Intergovernmental Panel on Climate Change (IPCC)": the parse hangs the closing
    bracket on the verb, so the phrase stopped inside it, "… Change (IPCC"; session
    25). The bracketed acronym or aside is another name of what stands before it, which
    the entity rows already link, so the speaker is the name before the bracket, the
    same whether the bracket closes in the phrase or not. Only after the head's first
    word: a phrase that opens with its bracket keeps it."""
    opens = [n for n, t in enumerate(tokens) if t.text == "(" and n > 0]
    if not opens or any(t.text == ")" for t in tokens[opens[-1] : -1]):
        return tokens
    kept = tokens[: opens[-1]]
    if not kept or kept[-1].i < head.i:
        return tokens  # the head is inside the bracket: keep the phrase
    return kept


def whole_org_name(head: Token, tokens: list[Token]) -> bool:
    """A proper-name head whose phrase is one organisation's name as tagged, a leading
    "the" aside ("the World Health Organization", "the Intergovernmental Panel on
    Climate Change" once its bracket is cut): a name, not a description (session 25).
    A tagged name shorter than the phrase ("the Office of the Historian of the House
    of Representatives", tagged up to "of the") stays the phrase's description."""
    if head.pos_ != "PROPN" or head.ent_type_ != "ORG" or not tokens:
        return False
    ents = [e for e in head.doc.ents if e.start <= head.i < e.end]
    if not ents:
        return False
    first = tokens[1] if tokens[0].lower_ == "the" and len(tokens) > 1 else tokens[0]
    return ents[0].start <= first.i and ents[0].end == tokens[-1].i + 1


def after_antecedent(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase without the noun a relative clause with no "that" hangs on, which the
    parse ran into its subject: "the lowest number progressive Democrats have said they
    would accept" is progressive Democrats; "the $3.5 trillion most House and Senate
    Democrats say they need" is most House and Senate Democrats (session 23). Only a
    plural head after "the" and an amount (money, a percentage) or a modified noun the
    parse hung on it as a modifier ("lowest number"): a people is not an amount."""
    if not tokens or tokens[0].lower_ != "the" or head.tag_ not in ("NNS", "NNPS"):
        return tokens
    cut = [n for n, t in enumerate(tokens) if t.i < head.i and (
        t.ent_type_ in ("MONEY", "PERCENT") or (t.dep_ == "nmod" and t.pos_ == "NOUN" and any(
            c.dep_ == "amod" for c in t.children)))]  # fmt: skip
    return tokens[cut[-1] + 1 :] if cut else tokens


def names_joined(head: Token, items: Sequence[Token]) -> bool:
    """A subject person joined to singular proper names: "John Lewis, Andre Carson
    and Emanuel Cleaver said", "Clinton and the State Department have said". Not a
    description ("Steve Bell …, and a Republican who headed …"), a party or a people
    ("Republicans and Democrats"), or a name that takes "the" ("the Bill and Melinda
    Gates Foundation")."""
    if head.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "det" for c in head.children):
        return False
    return bare_names(items[1:])


def bare_names(items: Sequence[Token]) -> bool:
    """Each token a singular proper name that is no people's ("Republicans") and takes
    no "a": the later names of a list that speaks together (:func:`names_joined`,
    :func:`~newsprism.extract.quotes.joint_sources.joint_account`)."""
    return all(t.pos_ == "PROPN" and t.tag_ == "NNP" and t.ent_type_ != "NORP"
               and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               for t in items)  # fmt: skip


def named_body(head: Token, items: Sequence[Token]) -> bool:
    """An organisation or a country named as the first of several subjects, each of the
    others a bare proper name: "Hamas and Egypt said" (session 19's reading gave the
    quote to Hamas alone). With :func:`names_joined` on the rest, the list speaks, as
    people joined by "and" do. A name with a description in front is no second speaker:
    "Yahoo News and former TV network anchor Katie Couric" is one person."""
    return head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "GPE") and all(
        c.pos_ == "PROPN" and c.dep_ == "compound" for t in items[1:] for c in t.lefts)


def branded(head: Token) -> bool:
    """ "the Google Ads team said": a body noun named after a product or a brand (a
    proper-name compound the tagger takes for no organisation: "Google Ads" is a
    PRODUCT) speaks as itself, as "the Romney campaign" does; it was unresolved
    (session 23, gold/speakers-neus2). Only a common noun outside any name: "the
    Intelligence Committee" is an organisation's name, which rule 8 gives."""
    return head.pos_ == "NOUN" and not head.ent_type_ and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


def proper_name(token: Token) -> str:
    """A proper name as written: the name words that end at ``token``."""
    words = [token]
    for left in reversed(list(token.lefts)):
        if left.dep_ != "compound" or left.pos_ != "PROPN" or left.i != words[0].i - 1:
            break
        words.insert(0, left)
    return " ".join(t.text for t in words)


def joined_subjects(head: Token) -> list[Token]:
    """ "Newt Gingrich and Rick Santorum pledging to appear", parsed as two subjects
    of one verb rather than one subject with a conjunct: the names after ``head``
    with its dependency on the same verb, when "and" joins them."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    ands = [c.i for c in head.rights if c.dep_ == "cc" and c.lower_ == "and"]
    # only the name right after that "and": the same verb's other subjects may sit in
    # a clause the parse flattened
    return [c for c in head.head.children
            if c.dep_ == head.dep_ and ands and c.left_edge.i == ands[-1] + 1]  # fmt: skip


def says_which_document(head: Token) -> bool:
    """A definite document whose own words say which, with no earlier mention of its
    kind to refer back to: "the latest annual trustees report", "the exit polls in
    New Hampshire" (a noun or a name before it), not "the statement" or "the new
    report", which point back to the last one."""
    return any(c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")
               for c in head.lefts)  # fmt: skip


def known_by_agent(head: Token) -> bool:
    """A document the phrase tells apart by who handled it: "the police report obtained
    by the Daily News" (a participle with its agent after the noun) is that report, not
    the last report named before ("a police report shows …", another one: FNC-1 body
    2486, session 38)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
               for c in head.rights)  # fmt: skip


def says_which_people(head: Token) -> bool:
    """A definite plural that needs no earlier mention to say who: a party or a
    nationality ("the Republicans", the NORP of the tagger), which names the group
    itself as "Republicans" does, or people with an "of" phrase that says which
    ("the owners of the restaurant", "the members of the panel")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    return head.ent_type_ == "NORP" or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
        for c in head.rights)  # fmt: skip


def share_of_people(head: Token) -> bool:
    """ "52 percent of registered voters say", "a handful of Democrats said": a share
    of a plural group speaks as that share, described in the article's words."""
    if head.lemma_.lower() not in _SHARES or head.ent_type_ in ("PERSON", "ORG") or \
            any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in head.subtree):  # fmt: skip
        # a name the parse ran into the phrase ("Mr. Trump - 60 percent"); a common
        # noun hung so is the group's other half ("31% of Republicans and
        # Republican-leaning voters", session 35)
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in c.children)
        for c in head.children)  # fmt: skip


def restricts(participle: Token) -> bool:
    """A short past participle with no subject, object, comma or quotation mark of
    its own ("briefed on the matter", "involved in the planning"), not a main verb
    the parse hung on the noun ("a group of rabbis called for a boycott …, and")."""
    words = list(participle.subtree)
    return participle.tag_ == "VBN" and len(words) <= 8 and not any(
        t.dep_.startswith("nsubj") or t.dep_ == "dobj" or t.is_quote
        or t.text in (",", ";", "—") for t in words)  # fmt: skip


def speaker_tokens(tokens: list[Token], head: Token) -> list[Token]:
    """A speaker phrase's words as shown: no punctuation at its edges, then no dateline,
    no antecedent before a relative word, no relative word opening it (``relative_host``),
    no bracket left open at its end, and a name the
    parse split from a preposition's object put back (each step's function above and
    ``recorded.with_split_name``)."""
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return with_split_name(
        before_bracket(after_antecedent(after_relative_word(after_dateline(tokens, head), head),
                                        head), head))

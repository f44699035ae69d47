"""The act a report's title (or lead sentence) reports, as a stage of a process
(issue 13, session 31; docs/eval-clustering.md, "Session 31: the title's act").

Two steps of one process (a bill introduced, passed, signed, blocked in court; a man
charged, convicted, sentenced) share their names and their topic words, so the
clusterer's name and word checks cannot tell them apart on a dense day. What a reader
sees is the act: "Senate *passes*", "Biden *signs*", "judge *blocks*". This module reads
that act from spaCy's parse (the pipeline ``extract.nlp`` ships) and maps its verb to a
small set of **stage classes**. A verb may belong to several classes where one word names
either of two stages ("vote": the bill passes or fails; "block": a chamber's or a
court's act); two reports are of different stages only when their sets are disjoint.

The classes are the steps the processes of public life go through, not the words of any
one story:

======== ===================================================================
class    the act
======== ===================================================================
propose  put forward: a bill, plan, offer or nominee (propose, introduce,
         unveil, nominate, submit a bill …)
pass     adopted by a vote (pass, clear, adopt, ratify, confirm a nominee;
         "vote" names pass or block)
block    stopped or rejected (block, reject, veto, defeat, strike down;
         halt, suspend, ban, revoke, cancel name block or enact)
enact    put into force by an executive, an agency or a law (sign, enact,
         issue an order, mandate, impose, lift, extend; approve, authorize,
         recommend name pass or enact)
charge   legal action against someone (sue, charge, indict, arrest, file a suit)
probe    an inquiry opened or pursued (investigate, probe, subpoena, launch an
         investigation)
hear     a hearing (testify, hear, grill)
rule     a court's decision (rule, uphold, issue a ruling; with block and
         strike down; lose or win an appeal)
verdict  a trial's outcome (convict, acquit, plead guilty, cleared of; "rule")
sentence a sentence (sentence)
leave    someone leaves a post (resign, quit, step down, oust, retire; fire a
         person, submit a resignation)
deal     an agreement reached (agree, settle; reach, strike, seal or accept a
         deal)
win      an election's outcome (win or lose a race, concede, elect, defeat)
======== ===================================================================

Light verbs take their act from their object ("issues an order" enacts, "issues a
statement" names no act; "cases reach 40 million" is no deal), and "confirm" and "fire"
need a person ("confirms the nominee", not "confirms the report"; "fires the director",
not "fires missiles"). Words too often used of other things were left out ("kill",
"sink", "fail" alone, "name", "announce").

``stance`` (oppose / support) is kept apart (``STANCE``) and used only by the
``+stance`` variants: a report's reaction accompanies any stage.

Which verb: the title's syntactic root; through a verb of intent or manner ("poised to
block", "moves to pass", "fails to pass": block) to the verb it governs; none when the
act is refused ("declines to block") or negated. ``loose`` also takes, when the root
names no class and is not a verb of saying, the first verb of the title that does
("Texas abortion law: doctor sued").
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path

from spacy.tokens import DocBin, Span, Token

from newsprism.extract.nlp import load_nlp

CLASSES: dict[str, tuple[str, ...]] = {
    "propose": ("propose", "introduce", "unveil", "draft", "offer", "pitch", "outline",
                "float", "nominate", "tap", "pick", "roll out"),
    "pass": ("pass", "approve", "clear", "adopt", "advance", "ratify", "okay", "enact",
             "greenlight", "authorize", "vote", "recommend", "impeach", "override"),
    "block": ("block", "reject", "veto", "defeat", "derail", "stall", "halt", "suspend",
              "pause", "filibuster", "torpedo", "scuttle", "shelve", "vote down", "ban",
              "strike down", "overturn", "overrule", "vote", "revoke", "rescind", "cancel"),
    "enact": ("sign", "enact", "mandate", "impose", "implement", "lift", "revoke",
              "rescind", "repeal", "extend", "suspend", "pause", "reinstate", "approve",
              "authorize", "order", "ban", "recommend", "halt", "cancel"),
    "charge": ("sue", "charge", "indict", "arrest", "prosecute", "detain"),
    "probe": ("investigate", "probe", "subpoena"),
    "hear": ("testify", "hear", "grill"),
    "rule": ("rule", "uphold", "strike down", "overturn", "block", "order"),
    "verdict": ("convict", "acquit", "rule"),
    "sentence": ("sentence",),
    "leave": ("resign", "quit", "step down", "oust", "sack", "retire"),
    "deal": ("agree", "settle", "clinch"),
    "win": ("concede", "elect", "defeat"),
}
STANCE: dict[str, tuple[str, ...]] = {
    "oppose": ("oppose", "slam", "blast", "criticize", "condemn", "denounce", "rip"),
    "support": ("support", "back", "endorse", "praise", "hail", "defend"),
}
# Light verbs, whose act is their object's ("reaches a deal", "issues an order", "wins the
# primary", "loses an appeal"): without one of these nouns (as object or passive
# subject) they name no act ("issues a statement", "cases reach 40 million").
DEAL_NOUNS = ("deal", "agreement", "compromise", "settlement", "accord", "framework",
              "pact", "bargain", "truce", "ceasefire", "cease-fire")
ELECTION_NOUNS = ("election", "race", "primary", "runoff", "seat", "majority", "presidency",
                  "reelection", "re-election", "governorship", "recall", "caucus", "vote")
LEGAL_NOUNS = ("appeal", "case", "lawsuit", "suit", "challenge")
OBJECTS: dict[str, dict[str, frozenset[str]]] = {
    "reach": dict.fromkeys(DEAL_NOUNS, frozenset({"deal"})),
    "strike": dict.fromkeys(DEAL_NOUNS, frozenset({"deal"})),
    "seal": dict.fromkeys(DEAL_NOUNS, frozenset({"deal"})),
    "accept": dict.fromkeys((*DEAL_NOUNS, "offer", "proposal", "terms", "plan"),
                            frozenset({"deal"})),
    "issue": {**dict.fromkeys(("order", "mandate", "ban", "rule", "regulation", "guidance",
                               "directive", "proclamation", "moratorium", "pardon",
                               "waiver", "sanction"), frozenset({"enact"})),
              **dict.fromkeys(("ruling", "decision", "opinion", "injunction"),
                              frozenset({"rule"})),
              "subpoena": frozenset({"probe"}), "indictment": frozenset({"charge"}),
              "veto": frozenset({"block"})},
    "submit": {"resignation": frozenset({"leave"}),
               **dict.fromkeys(("bill", "proposal", "plan", "budget", "nomination"),
                               frozenset({"propose"}))},
    "win": {**dict.fromkeys(ELECTION_NOUNS, frozenset({"win"})),
            "nomination": frozenset({"win", "propose"}),
            **dict.fromkeys(LEGAL_NOUNS, frozenset({"rule", "verdict"}))},
    "lose": {**dict.fromkeys(ELECTION_NOUNS, frozenset({"win"})),
             **dict.fromkeys(LEGAL_NOUNS, frozenset({"rule", "verdict"}))},
    "file": {**dict.fromkeys(("lawsuit", "suit", "charge", "complaint"), frozenset({"charge"})),
             **dict.fromkeys(("bill", "legislation"), frozenset({"propose"}))},
    "launch": dict.fromkeys(("investigation", "probe", "inquiry", "review"),
                            frozenset({"probe"})),
    "open": dict.fromkeys(("investigation", "probe", "inquiry"), frozenset({"probe"})),
    "declare": dict.fromkeys(("emergency", "disaster"), frozenset({"enact"})),
}
# Verbs whose act depends on a person as object ("confirms the nominee", "fires the
# director"; "confirms the report" is saying, "fires missiles" an attack).
PERSON_BOUND: dict[str, frozenset[str]] = {"confirm": frozenset({"pass"}),
                                           "fire": frozenset({"leave"})}
POSTS = frozenset({"nominee", "pick", "judge", "justice", "secretary", "director", "chief",
                   "head", "official", "commissioner", "ambassador", "adviser", "aide",
                   "coach", "ceo", "general", "minister", "prosecutor", "inspector"})
# Verbs whose complement is the act done ("votes to repeal", "moves to block"; "fails
# to pass" is a block) or only meant ("poised to block", "vows to veto": an intent, no
# act yet, read as none unless ``future``).
DONE = frozenset({"move", "vote", "fail", "begin", "start", "race", "rush"})
INTENT = frozenset({"poise", "prepare", "set", "plan", "aim", "seek", "try", "push",
                    "vow", "threaten", "expect", "want", "hope", "look", "scramble", "agree"})
MODALS = frozenset({"will", "would", "may", "might", "could", "should", "shall", "to"})
REFUSED = frozenset({"decline", "refuse", "avoid", "resist", "reject"})
SAYING = frozenset({"say", "tell", "claim", "warn", "urge", "call", "ask", "demand",
                    "announce", "report", "reveal", "insist", "suggest", "argue", "deny",
                    "accuse", "blame", "admit", "explain", "think", "believe", "predict"})


WORD = re.compile(r"[A-Za-z][\w'’-]*")


def sentence_case(title: str, body: str) -> str:
    """``title`` with each capitalised word after the first lower-cased unless ``body``
    writes it capitalised inside a sentence: the small parser reads a Title Case headline
    ("Senate Approves Hate Crimes Bill") as a row of names and finds no verb, while the
    body tells a name ("Senate") from a word ("Approves")."""
    words = WORD.findall(title)
    if sum(w[0].isupper() for w in words) < 0.6 * max(len(words), 1):
        return title  # already in sentence case: the capitals are names
    named = {m.group(0) for m in re.finditer(r"(?<=[a-z,;] )[A-Z][\w'’-]*", body)}
    first = True

    def fix(m: re.Match[str]) -> str:
        nonlocal first
        w, was_first, first = m.group(0), first, False
        if was_first or w in named or w.isupper() or not w[0].isupper():
            return w
        return w.lower()
    return WORD.sub(fix, title)


def lexicon(stance: bool = False) -> dict[str, frozenset[str]]:
    """Verb (or verb + particle) -> the classes it can name."""
    table: dict[str, set[str]] = {}
    for cls, verbs in (CLASSES | (STANCE if stance else {})).items():
        for v in verbs:
            table.setdefault(v, set()).add(cls)
    return {v: frozenset(c) for v, c in table.items()}


def phrase(t: Token) -> str:
    """The verb's lemma with its particle ("strike down", "step down")."""
    prt = [c.lower_ for c in t.children if c.dep_ == "prt"]
    return f"{t.lemma_.lower()} {prt[0]}" if prt else t.lemma_.lower()


def objects(t: Token) -> list[Token]:
    """``t``'s objects and passive subjects, with their conjuncts."""
    found = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    return found + [c for o in found for c in o.conjuncts]


def classes_of(t: Token, table: Mapping[str, frozenset[str]]) -> frozenset[str] | None:
    """The classes ``t``'s verb names, None when it names none (or is negated)."""
    if any(c.dep_ == "neg" for c in t.children) or (t.tag_ == "VBG" and not any(
            c.dep_ == "aux" for c in t.children)):
        return None  # negated, or a participle heading no clause ("Comey firing")
    p, lemma = phrase(t), t.lemma_.lower()
    if p in OBJECTS:
        hits = [OBJECTS[p][o.lemma_.lower()] for o in objects(t) if o.lemma_.lower() in OBJECTS[p]]
        return hits[0] if hits else None
    if p in PERSON_BOUND:
        person = any(w.ent_type_ == "PERSON" or w.lemma_.lower() in POSTS
                     for o in objects(t) for w in o.subtree)
        return PERSON_BOUND[p] if person else None
    if lemma == "agree" and any(c.lower_ == "with" for c in t.children):
        return None  # "agrees with the athletes": an opinion, not a deal
    if lemma == "clear" and any(c.lower_ == "of" for c in t.children):
        return frozenset({"verdict"})  # "cleared of charges"
    if lemma == "clear" and any(o.lemma_.lower() in ("way", "path") for o in objects(t)):
        return None  # "clears the way for": a step towards, not a vote
    if lemma == "plead":
        guilty = any(w.lower_ in ("guilty", "innocent") for w in t.subtree)
        return frozenset({"verdict"}) if guilty else None  # "pleads for calm": asking
    return table.get(p)


def future(t: Token) -> bool:
    """Whether the headline puts ``t`` ahead ("Biden to sign", "House will vote")."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.children)


def act_verb(tokens: list[Token], keep_future: bool) -> Token | bool | None:
    """The root verb, followed through verbs of doing and intent to the act; False when
    the act is refused, failed (True: a block) or, unless ``keep_future``, only meant."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if not roots:
        return None
    t = roots[0]
    if future(t) and not keep_future:
        return False
    for _ in range(3):
        lemma = t.lemma_.lower()
        comp = [c for c in t.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if not comp or lemma not in DONE | INTENT | REFUSED:
            break
        if lemma in REFUSED or any(c.dep_ == "neg" for c in t.children):
            return False
        if lemma == "fail":
            return True
        if lemma in INTENT and not keep_future:
            return False
        t = comp[0]
    return t


def main_act(tokens: Iterable[Token], table: Mapping[str, frozenset[str]],
             loose: bool = False, keep_future: bool = False) -> frozenset[str] | None:
    """The classes of the act a title or sentence reports (module docstring)."""
    tokens = list(tokens)
    t = act_verb(tokens, keep_future)
    if t is True:
        return frozenset({"block"})
    if t is None or t is False:
        return None
    found = classes_of(t, table) if t.pos_ in ("VERB", "AUX") else None
    if found is not None or not loose or t.lemma_.lower() in SAYING:
        return found
    for u in tokens:
        if u.pos_ == "VERB" and u is not t and u.head.lemma_.lower() not in SAYING | REFUSED:
            found = classes_of(u, table)
            if found is not None and not future(u):
                return found
    return None


def parse(titles: Mapping[str, str], leads: Mapping[str, str], cache: Path,
          ) -> dict[str, dict[str, Span]]:
    """Per article id, the parse of its title and of its lead's first sentence, cached
    by the texts' hash (spaCy takes a few minutes on the training sets)."""
    key = hashlib.blake2b(pickle.dumps((sorted(titles.items()), sorted(leads.items()))),
                          digest_size=8).hexdigest()
    path = cache / f"acts-{key}.spacy"
    nlp = load_nlp()
    order = [(k, i) for k, texts in (("title", titles), ("lead", leads))
             for i, t in sorted(texts.items()) if t]
    if path.exists():
        docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe([(titles if k == "title" else leads)[i] for k, i in order],
                             batch_size=128))
        path.write_bytes(DocBin(docs=docs).to_bytes())
    out: dict[str, dict[str, Span]] = {}
    for (kind, i), doc in zip(order, docs, strict=True):
        out.setdefault(i, {})[kind] = doc[:] if kind == "title" else next(iter(doc.sents), doc[:0])
    return out


@cache
def reading(flags: str) -> Callable[[Span], frozenset[str] | None]:
    """The act reader of ``flags``: ``s`` adds the stance classes, ``l`` reads loosely,
    ``f`` keeps acts only meant ("to sign")."""
    table = lexicon("s" in flags)
    return lambda span: main_act(span, table, "l" in flags, "f" in flags)

"""The noun phrase around a mention: the words an outlet writes for a referent.

The phrase of a mention is the mention with the modifiers to its left in the parse
(determiner, adjectives, compounds, a possessive: "the Republican governor", "Israel's
security minister"), or, when the mention is an apposition, the noun it is set beside
("the Palestinian Resistance movement, Hamas"); a mention that modifies another noun,
or a name or figure set beside it, gives none (docs/framing.md, "Label choice").

Its own step because it reads one mention in one parse, and more than the label rows
use it (:mod:`newsprism.compare.epithets`): :mod:`newsprism.compare.labels` groups the
phrases by entity and outlet. Moved out of :mod:`newsprism.compare.labels` (session 34),
which imports every name back.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.compare.label_complement import object_complement
from newsprism.compare.label_cut import description_end
from newsprism.compare.label_span import in_place_insert, past_region_words, place_insert
from newsprism.compare.labels_title import LIST_OPENERS, title_head_start, title_start
from newsprism.extract.nlp import doc_text
from newsprism.extract.quotes.relative_host import past_relative_word

LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "case", "npadvmod",
                       "quantmod", "advmod", "punct", "flat", "prep", "pobj"})  # fmt: skip
PLACES = frozenset({"GPE", "LOC"})  # "Rafah, Gaza" locates a place; it does not label it
# an entity of these types set beside a mention is a figure, not a description of it
FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL", "DATE", "TIME", "ORDINAL"})
MODIFIER_DEPS = frozenset({"compound", "nmod"})  # "the Obama administration", "GOP chairman"
MAX_PHRASE_TOKENS = 12
# a relative pronoun the parse hangs on the name as a determiner ("policies that
# candidate Biden decried"): it opens a clause and is never a label word (session 21)
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _left_start(root: Token) -> int:
    """The first token of the modifiers to the left of ``root`` (its noun phrase). A
    coordinated modifier is a list's earlier item ("Duke University and Northeastern
    University School of Law"), where the phrase stops."""
    start = root.i
    for child in reversed(list(root.lefts)):
        if child.dep_ not in LEFT_DEPS or child.pos_ in {"VERB", "AUX"}:
            break
        if any(c.dep_ in {"cc", "conj"} for c in child.children):
            break
        if child.dep_ == "punct" and child.text not in {"-", "’s", "'s"}:
            break
        start = min(start, child.left_edge.i)
    start = past_relative_word(root, max(start, root.i - MAX_PHRASE_TOKENS))  # "at which"
    start = _after_adverbs(root, max(start, _after_other_phrase(root, start)))
    while start < root.i and (root.doc[start].tag_ in _RELATIVE_TAGS
                              or root.doc[start].lower_ in LIST_OPENERS):  # fmt: skip
        # "policies that candidate Biden decried": "that" opens the clause; "to both
        # Gupta and his audience": "both" opens a list (Daily Beast, NeuS raw row 10)
        start += 1
    return start


def _after_adverbs(root: Token, start: int) -> int:
    """Past the adverbs that open the phrase: "especially President Trump", "Only GOP
    Sen. Josh Hawley" (session 19 and 20 readers) focus the name in the sentence; they
    are not the outlet's words for the person. "then-Gov. Mike Pence" keeps "then":
    joined by a hyphen, it dates the title."""
    doc = root.doc
    while start < root.i and doc[start].pos_ == "ADV" and doc[start + 1].text != "-":
        start += 1
    return start


# the dependents that open a clause or a clause's argument: inside the modifiers to a
# name's left they are another phrase the parse hung on it ("\"statements\" made by the
# pair — Reps. Jim Banks")
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "nsubj", "nsubjpass",
                          "dobj", "agent", "mark"})  # fmt: skip
_DASHES = frozenset({"—", "–", "--", ":", ";"})


def _after_other_phrase(root: Token, start: int) -> int:
    """Where the phrase of ``root`` starts once what belongs to another phrase is left
    out: a clause or its subject or object, with all it holds, or a dash ("Citing
    \"statements\" made by the pair — Reps. Jim Banks": the name's phrase is "Reps. Jim
    Banks"); a count and the plural noun it counts ("two of the five Republicans House
    Minority Leader Kevin McCarthy had tapped": the five are other people, so the
    phrase is "House Minority Leader Kevin McCarthy"). A number joined by a hyphen
    ("five-term") describes."""
    doc = root.doc
    for token in doc[start : root.i]:
        if token.dep_ in _CLAUSE_DEPS:
            start = max(start, min(token.right_edge.i, root.i - 1) + 1)
        elif token.text in _DASHES:
            start = max(start, token.i + 1)
    if root.tag_ not in ("NNP", "NN"):
        return start  # a plural root is the group counted ("the two Koch brothers")
    for token in doc[start : root.i]:
        if not (token.like_num and token.ent_type_ in ("", "CARDINAL")) or \
                doc[token.i + 1].text == "-" or token.lower_ in ("one", "1"):  # fmt: skip
            continue
        counted = [t for t in doc[token.i + 1 : min(token.i + 4, root.i)]
                   if t.tag_ in ("NNS", "NNPS")]  # fmt: skip
        if counted:
            start = max(start, counted[0].i + 1)
    return start


def _another_referent(token: Token) -> bool:
    """``token`` names something else or is a figure: a proper noun inside a named entity
    other than a group ("Microsoft" in "Microsoft, Yahoo"; "Obama" in "WASHINGTON --
    President Barack Obama"), or a number, a percentage, a date ("Romney, 49 percent to
    44 percent"). A common noun inside an entity ("the Palestinian Resistance movement")
    is a description."""
    if token.ent_type_ in FIGURES or token.like_num:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in {"", "NORP"}


def _set_beside(root: Token, first: int) -> bool:
    """The mention is an apposition to a noun before it: "the … movement, Hamas" (the
    small parser also labels this ``npadvmod``). Not when that noun names another
    referent (a list: "Microsoft, Yahoo"), nor across a verb or a long stretch ("the
    subpoenas, issued by prosecutors in the office of …, Paul J. Fishman"). Without a
    comma only a common noun right before the name, which the parse sets beside it:
    "the US State Department spokesperson Matthew Miller" (session 21)."""
    head = root.head
    after_comma = first > 0 and root.doc[first - 1].text == ","
    close = root.dep_ == "appos" and head.i == first - 1 and head.pos_ == "NOUN"
    if not (head.i < root.i and head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ not in PLACES
            and root.dep_ in {"appos", "npadvmod"} and (after_comma or close)):  # fmt: skip
        return False
    between = root.doc[head.i + 1 : first]
    return (not _another_referent(head) and len(between) <= MAX_PHRASE_TOKENS
            and not any(t.pos_ in {"VERB", "AUX"} for t in between))  # fmt: skip


def _modifies_another(span: Span) -> bool:
    """The mention is a modifier inside another noun's phrase ("the Obama
    administration", "GOP chairman", "RNC members"): that phrase is about the other
    noun's referent, so it is not a label for this one."""
    root = span.root
    head = root.head
    return (root.dep_ in MODIFIER_DEPS and not span.start <= head.i < span.end
            and head.pos_ in {"NOUN", "PROPN"})  # fmt: skip


def _close_bracket(doc: Doc, last: int) -> int:
    """One token past a closing bracket that the phrase ``doc[:last]`` left open
    ("Chris Christie (R)"), else ``last``."""
    if last < len(doc) and doc[last].text == ")":
        before = [t.text for t in doc[max(0, last - MAX_PHRASE_TOKENS) : last]]
        if before.count("(") > before.count(")"):
            return last + 1
    return last


def mention_phrase(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets of the noun phrase around the mention ``[start, end)``; None
    when the mention only modifies another noun (:func:`_modifies_another`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or _modifies_another(span) or in_place_insert(span):
        return None
    root = span.root
    if _set_beside(root, title_start(span)):  # "the … movement, Hamas"; "expert Dr. X"
        head = root.head
        first = doc[_left_start(head)]
        return first.idx, span.end_char
    first = doc[min(_left_start(root), span.start, title_head_start(span, _left_start))]
    insert = place_insert(doc, first.i)  # "former South Bend, Indiana, Mayor …"
    first = doc[first.i if insert is None else insert]
    if root.ent_type_ in PLACES:  # "central North Korea" names North Korea, no label
        first = doc[past_region_words(doc, first.i, span.start)]
    last = max(span.end, root.i + 1)
    # the first apposition only: after a name set beside ("Tom Brady, George Clooney, …,
    # the president") a later one is a list's item, not a description
    appos = [c for c in root.rights if c.dep_ == "appos"][:1]
    # a pronoun set beside the name ("President Biden himself") stresses it: no label; a
    # naming verb's complement is the object's ("designates Juneteenth, …, a holiday")
    appos = [c for c in appos if c.ent_type_ not in PLACES and not _another_referent(c)
             and c.pos_ != "PRON" and not _after_coordination(root, c)
             and not _holds_others(root, c)
             and not object_complement(root, c)]  # fmt: skip
    if appos and appos[0].right_edge.i - root.i <= MAX_PHRASE_TOKENS:  # "Gallant, Israel's …"
        last = description_end(doc, appos[0], _close_bracket(doc, appos[0].right_edge.i + 1),
                               last)  # label_cut.py: "…, a staunch Republican who has found..."
    end = doc[last - 1].idx + len(doc[last - 1])
    if _cuts_word(doc_text(doc), end):  # "Barrack and his co-" of "co-defendants"
        end = max(span.end_char, root.idx + len(root))
    return first.idx, end


def _after_coordination(root: Token, appos: Token) -> bool:
    """An apposition after an "and" or "or" of the mention belongs to the list's later
    item, not to the mention: "Barrack and his co-defendants" (the parse set "-" and
    "defendants" beside Barrack)."""
    return any(c.dep_ in ("cc", "conj") and root.i < c.i < appos.i for c in root.children)


# an apposition headed by a quantifier counts other people: "Trump, several of his
# associates and …" (NeuS raw row 147, session 25)
_QUANTIFIERS = frozenset({"several", "some", "many", "most", "few", "others", "both", "all"})


def _holds_others(root: Token, appos: Token) -> bool:
    """The apposition is a list of other people, not a description of the mention: a
    quantifier at its head ("Trump, several of his associates and extremist group
    leaders") or a plural noun beside a singular name ("Trump, his allies and …"). A
    label is the noun phrase of the mention only. A coordination inside a description
    stays ("Burns, a former diplomat and deputy secretary of state")."""
    return appos.lower_ in _QUANTIFIERS or \
        (root.tag_ == "NNP" and appos.tag_ in ("NNS", "NNPS"))  # fmt: skip


def _cuts_word(text: str, end: int) -> bool:
    """A phrase ending at ``end`` stops inside a word ("co-|defendants", "Barr|ack")."""
    return 0 < end < len(text) and text[end].isalnum() and \
        (text[end - 1].isalnum() or text[end - 1] == "-")  # fmt: skip

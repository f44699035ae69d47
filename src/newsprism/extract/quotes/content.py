"""Step 3: what a speech verb reports (reported speech), as spans of the article.

A speech verb with a clause (``said that …``, ``… , he said``, ``X, he said, was Y``,
``told reporters …``, ``said [raising taxes] would hurt``, ``asked whether …``, ``was
quoted as saying …``, ``…, as the Post reported``), a paragraph after ``he wrote:``,
``according to X``, and a speech noun with a clause (``his claim that …``); for the
verbs and prepositions the data file lists, a noun phrase ("announced his
resignation"), an infinitive ("vowed to fight on") or a topic ("warned of a crash"). A
clause that is one whole quotation is a direct quote; one with quoted fragments stays
reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsprism.extract.quotes.addressed import hung_infinitive
from newsprism.extract.quotes.article import Step, passive
from newsprism.extract.quotes.clause_scope import (
    coordinated_clause,
    own_conjunct,
    without_dangling_join,
)
from newsprism.extract.quotes.hung_clause import cut_ids, hung_clause
from newsprism.extract.quotes.main_clause import main_clause_ids
from newsprism.extract.quotes.marks import (
    CLOSE_MARKS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    OPEN_MARKS,
    TRIM_END,
    lines,
    trimmed,
)
from newsprism.extract.quotes.object_taken import has_thing_object
from newsprism.extract.quotes.people import NAME_LABELS
from newsprism.extract.quotes.relative_host import host_ids
from newsprism.extract.quotes.relay_tails import relay_tail
from newsprism.extract.quotes.speakers import RELATIVE
from newsprism.extract.quotes.tails import outlet_tail

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Content", "Kind"]

Kind = Literal["direct", "reported"]
# what separates a clause from a cue after it: ", he said" / ",” he said" / "” —"
# a cue under these is no statement: "declined to say whether", "refused to comment"
_WITHHOLDING = frozenset({"decline", "refuse"})
# verbs whose "to"-clause did not happen: "failed to show that …", "was unable to prove"
_FAILING = frozenset({"fail", "unable"})
# verbs whose "to"-clause did not happen once negated: "did not manage to show that …"
_SUCCEEDING = frozenset({"manage", "able", "succeed"})
# auxiliaries of a cue whose words are not (yet) said: "will announce", "could say"
_NOT_YET = frozenset({"will", "'ll", "’ll", "shall"})
_NEVER = frozenset({"never"})
# off: a participle with its own subject after a comma reports the sentence around it
ABSOLUTE_PARTICIPLE_RULE = True
_BEFORE_CUE = re.compile(r"\s*(?:[,—–-]|[,.!?]?(?:[”\"’»]|'')\s*[,—–-]?)")


class Content(Step):
    """Finds what a speech verb or noun reports, and its character spans."""

    def content_of(self, verb: Token) -> list[Token] | None:
        """What a speech verb reports, as tokens (None when it reports nothing).

        A cascade, each step only when the ones before found nothing: a clause (ccomp);
        a gerund ("said [raising taxes] would hurt"); for the verbs the lexicon allows,
        an infinitive ("vowed to fight") or a noun phrase ("announced his resignation"),
        never a pronoun ("said it") nor the person spoken to ("told reporters"); the
        question of a verb of asking ("asked whether …"); a "that"-clause the parse hung
        on a phrase in between; a topic ("warned of a crash"); the sentence around a
        cue set off by commas ("X, he said, was Y"); the subject of a passive with an
        agent. The speaker's next statement ("…, adding that …") is cut off the end.
        """
        base = self.speech_base(verb) or ""
        comps = self._complements(verb, base)
        if not comps:
            return self._around(verb)
        tokens: list[Token] = []
        for comp in comps:
            tokens += list(comp.subtree)
            if comp.dep_ == "ccomp" and comp.left_edge.i > verb.i and \
                    base not in self.lex.addressee_verbs:  # fmt: skip
                # "said [the days when …] [are gone]": a subject parsed as the object
                for obj in verb.children:
                    if (obj.dep_ == "dobj" and verb.i < obj.i < comp.left_edge.i
                            and obj.ent_type_ not in ("DATE", "TIME")):  # fmt: skip
                        tokens += list(obj.subtree)
        if len(comps) > 1:
            # "said that he felt “much better” but the next days will be …": two clauses
            # joined by a conjunction the parse hangs on the verb; the span keeps it
            first, last = min(c.left_edge.i for c in comps), max(c.i for c in comps)
            tokens += [c for c in verb.children if c.dep_ in ("cc", "punct")
                       and first < c.i < last and c.lower_ in ("and", "but", "or", ",")]
        tokens += self._second_that_clause(verb, comps)
        ids = {t.i for t in tokens}
        for tok in list(tokens):
            if tok.i in ids and tok.i != verb.i and self.art.next_statement(tok):
                ids -= {t.i for t in tok.subtree}
                ids -= {c.i for c in tok.lefts if c.dep_ in ("cc", "punct")}
                if tok.i > 0 and self.doc[tok.i - 1].dep_ in ("cc", "punct"):
                    ids.discard(tok.i - 1)
        ids -= outlet_tail(self.art, verb, [t for t in tokens if t.i in ids])
        ids -= relay_tail(self.art, verb, [t for t in tokens if t.i in ids])
        ids -= main_clause_ids(verb, comps)  # "… claiming that X now faces …" (session 26)
        ids -= cut_ids(verb, tokens, self.speech_base)  # "… and reports that …" (session 27)
        ids -= host_ids(verb, tokens)  # "… a news conference at which X said …" (session 33)
        kept = [t for t in set(tokens) if t.i in ids]
        return without_dangling_join(sorted(kept + self._contrast_after(verb, kept),
                                            key=lambda t: t.i))

    def _contrast_after(self, verb: Token, tokens: list[Token]) -> list[Token]:
        """ "saying he meant to accuse a dozen users, but not the social media platform
        itself, of spreading deadly lies": a contrast set off inside the reported clause
        that the parse hung on a verb outside it (a noun conjoined to a verb, which no
        reading makes), with what follows it, is still the clause (session 21)."""
        words = [t.i for t in tokens if not t.is_punct]
        if not words or self.doc[max(words) + 1 :][:1].text != ",":
            return []
        last, ids = max(words), {t.i for t in tokens}
        for conj in self.doc[last + 1 : self.doc[last].sent.end]:
            head = conj.head
            if conj.dep_ != "conj" or conj.left_edge.i > last + 4 or \
                    conj.pos_ not in ("NOUN", "PROPN") or head.pos_ not in ("VERB", "AUX") \
                    or head.i in ids or head.i > verb.i:  # fmt: skip
                continue
            if not any(t.lower_ == "not" for t in (*self.doc[last + 2 : conj.left_edge.i],
                                                   *conj.subtree)):  # fmt: skip
                continue
            more = [t for t in self.doc[last + 1 : conj.right_edge.i + 1] if t.i not in ids]
            while more and more[-1].is_punct:
                more.pop()
            return more
        return []

    def _second_that_clause(self, verb: Token, comps: list[Token]) -> list[Token]:
        """ "said it believes the missiles were launched at 12:38 p.m. and 12:43 p.m.
        local time and that they landed outside its zone": a second "that"-clause the
        parse made a conjunct of the speech verb, not of its clause, is the speaker's
        words too, with what the parse hung on the verb between the two ("12:43 p.m.
        local time", the "and"), when that holds no verb of its own (session 23)."""
        clauses = [c for c in comps if c.dep_ == "ccomp" and c.i > verb.i]
        if not clauses:
            return []
        end = max(c.right_edge.i for c in clauses)
        for conj in verb.children:
            first = conj.left_edge
            if conj.dep_ != "conj" or first.i <= end or first.lower_ != "that" or \
                    first.dep_ != "mark" or first.head.i != conj.i:  # fmt: skip
                continue
            gap = self.doc[end + 1 : first.i]
            if not gap or gap[-1].dep_ != "cc" or any(
                    t.pos_ in ("VERB", "AUX") or self.speech_base(t) or t.is_quote
                    or (t.head.i != verb.i and not end < t.head.i < first.i)
                    for t in gap):  # fmt: skip
                return []
            return [*gap, *conj.subtree]
        return []

    def _complements(self, verb: Token, base: str) -> list[Token]:
        """The heads of what the verb governs as its content (the cascade's first steps)."""
        comps = [c for c in verb.children if c.dep_ == "ccomp" and not coordinated_clause(verb, c)]
        if not comps and base not in self.lex.aspectual_verbs:
            # a gerund reports for every speech verb: "said [raising taxes] would hurt",
            # "denied knowing him", "recalled meeting her"
            comps = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                     and c.i > verb.i and not self.speech_base(c)]  # fmt: skip
        if not comps and base in self.lex.infinitive_verbs:
            comps = [c for c in verb.children if c.dep_ == "xcomp" and not self.speech_base(c)] \
                or hung_infinitive(verb, self.lex.addressee_verbs, base)  # "urged X to “…”"
        if not comps and base in self.lex.object_verbs:
            has_dative = any(c.dep_ == "dative" for c in verb.children)
            if base not in self.lex.addressee_verbs or has_dative:
                comps = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"
                         and c.ent_type_ not in NAME_LABELS]  # fmt: skip
                if comps and base not in self.lex.addressee_verbs:
                    # "reiterating [the United States’]/dative [rejection]/dobj": a possessor
                    comps += [c for c in verb.children if c.dep_ == "dative"
                              and c.right_edge.i + 1 >= comps[0].left_edge.i]  # fmt: skip
        if not comps and base in self.lex.question_verbs:
            # "asked if he would run", "Asked whether …, she said": the question asked
            comps = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                     and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                             for m in c.children)]  # fmt: skip
        hung = hung_clause(verb, self.speech_base)  # "… and reports that …" (session 27)
        return comps or ([hung] if hung is not None else []) or \
            self._displaced_clause(verb) or self._topic(verb, base)

    def states(self, verb: Token) -> bool:
        """Whether what the verb reports is a statement, or only names a thing or a topic.

        A clause, a gerund, an infinitive, a question, the sentence around the cue: a
        statement. A noun phrase object or a topic ("declared a state of emergency",
        "revealed a bill", "announcing the decision", "was asked about his family's
        membership") names what the act was about and says nothing of it, unless a
        quotation stands in it ("pledged “cooperation”") or its noun governs a clause
        ("repeated the claim that …"). PolNeAR annotates many of these as attributions,
        so they stay quotes of the extractor; compare lists only statements
        (docs/eval-quotes.md, "Cues that introduce no statement").
        """
        base = self.speech_base(verb) or ""
        comps = self._complements(verb, base)
        if base == "say" or not comps or \
                any(c.dep_ not in ("dobj", "dative", "pobj", "pcomp") for c in comps):  # fmt: skip
            return True  # "said" + a noun phrase is words ("said a prayer") or a lost clause
        for comp in comps:
            a, b = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge)
            if any(r0 <= b and r1 >= a for q in self.quotations for r0, r1 in q.regions):
                return True
            if comp.pos_ in ("NOUN", "PROPN") and self.noun_content(comp):
                return True
            if comp.dep_ == "dobj" and comp.lemma_.lower() in self.lex.stance_nouns and any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.i > comp.i)
                    for c in comp.children):  # fmt: skip
                return True  # "the United States’ rejection of such an operation"
        return False

    def asserted(self, verb: Token, parts: list[tuple[int, int]]) -> bool:
        """Whether the cue says the words were said, or that nobody said them (yet).

        A negated cue ("has not said what he will do", "never mentioned"), one under
        "declined / refused to" ("declined to say whether"), one in the future ("will
        announce") and a question put to the subject ("was asked whether …", "When
        asked to reflect on …", by the outlet's reporter or a host) report no words of
        the speaker. A quotation in the content is words all the same ("did
        not say “…”" keeps them); "denied that …" is a statement (of denial). A cue
        under a verb of failing ("the report failed to show that the election was
        “stolen”", "did not manage to prove") says the source does *not* state it: no
        statement, quotation or not.
        """
        if failed(verb):
            return False  # before the quotation test: "fail to show that … “stolen”"
        if any(r0 < b and r1 > a for a, b in parts for q in self.quotations
               for r0, r1 in q.regions):  # fmt: skip
            return True
        if self.speech_base(verb) in self.lex.question_verbs and passive(verb):
            return False
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING:
            return False
        # the cue's own words before it: "did not say", "never mentioned", "will tell";
        # not a governing verb's ("could not resist pointing out" says it was said)
        # nor a "not" the parse hung on it from further on ("promising …, probably not")
        return not any(c.i < verb.i and (c.dep_ == "neg" or c.lower_ in _NEVER or (
            c.dep_ == "aux" and c.lower_ in _NOT_YET)) for c in verb.children)  # fmt: skip

    def _around(self, verb: Token) -> list[Token] | None:
        """The content of a cue that governs none: the clause it is attached to."""
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        bare = not any(c.dep_ in ("dobj", "xcomp", "dative") for c in verb.children)
        if (
            verb.dep_ == "parataxis"
            or (verb.dep_ == "advcl" and "as" in marks and bare)
            or self._inverted(verb)
        ) and verb.head.pos_ in ("VERB", "AUX"):
            # "…, as the Post reported", "…, Carter/nsubj told/conj a Senate panel"
            head = verb.head
            skip = {t.i for t in verb.subtree}
            return own_conjunct(verb, [t for t in head.subtree if t.i not in skip])
        around = self._set_off(verb, marks)
        if around:
            return around
        passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
        if passive and any(c.dep_ == "agent" for c in verb.children):
            return list(passive[0].subtree)  # "the move was first reported by X"
        return None

    def _set_off(self, verb: Token, marks: set[str]) -> list[Token]:
        """The sentence around a cue set off by commas: "X, he said, was Y", "X, she said."

        The cue's own phrase (its subject, time, place, channel) is set off from the
        sentence by a comma or a dash before it, and ends the sentence or is closed by
        another comma; whatever the parse hung it on, the rest of the sentence is what
        was said. Relative and subordinate cues ("Smith, who said …", "after he said",
        "as he continued to push") belong to the sentence around them.
        """
        if verb.dep_ in ("relcl", "acl", "ROOT") or marks or \
                any(c.dep_ == "xcomp" for c in verb.children):  # fmt: skip
            return []
        if ABSOLUTE_PARTICIPLE_RULE and verb.tag_ == "VBG":
            # "People went out of their homes, some shouting “Allahu Akbar”" (NeuS raw
            # row 417, session 39): a participle with its own subject says its own
            # words; "X, she said" is always a finite verb
            return []
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subject or subject[0].lower_ in RELATIVE:
            return []
        sent = self.sents[self.sent_of[verb.i]]
        words = [t.i for t in verb.subtree if not t.is_punct]  # its own commas are edges
        left, right = min(words), max(words)
        if left <= sent.start or self.doc[left - 1].text not in (",", "—", "–", "--"):
            return []
        after = [t for t in self.doc[right + 1 : sent.end] if not t.is_space]
        if after and after[0].text not in (",", "—", "–", "--", ".", "!", "?", ";", ":"):
            return []
        return [t for t in sent if not left <= t.i <= right and not t.is_space]

    def _displaced_clause(self, verb: Token) -> list[Token]:
        """A "that"-clause the parse hung on a phrase between it and its verb.

        "said in one of a series of messages [that the truck …]", "said for the first
        time [that emails …]", "told the audience at his rally [that …]": the small
        parser reads the clause as a relative clause of the nearest noun. A "that"
        tagged as a conjunction (IN, not the relative WDT) opening a clause with its own
        subject, inside a phrase of the verb and before any other verb, is the content.
        Not when the verb has a thing as its object ("added 850,000 jobs, … a sign that
        …": :mod:`.object_taken`).
        """
        for tok in verb.subtree:
            if tok.i <= verb.i:
                continue
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in (
                "relcl",
                "acl",
                "ccomp",
                "aux",
                "auxpass",
            ):
                return []  # another verb of the sentence comes first
            if tok.lower_ != "that" or tok.tag_ != "IN" or tok.head.i < tok.i:
                continue
            clause = tok.head
            noun = clause.head
            if has_thing_object(verb, self.speech_base(verb) or "", self.lex.addressee_verbs,
                                noun, self.lex.speech_nouns | self.lex.others_nouns):
                return []
            if clause.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.i == verb.i and \
                    noun.lemma_.lower() in self.lex.others_nouns and \
                    self.speech_base(verb) not in self.lex.negating:  # fmt: skip
                # "countered Mr. Brat's accusations that he …": Brat's words, not the
                # verb's ("denied the notion that …" keeps its cue, decision 11)
                return []
            if (
                clause.pos_ in ("VERB", "AUX")
                and clause.i != verb.i
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
            ):
                return [clause]  # fmt: skip
            return []
        return []

    def _topic(self, verb: Token, base: str) -> list[Token]:
        """The object of a preposition that names what was said: "warned of [a crash]".

        Only after the verb, never a date or a channel ("spoke about it on Tuesday",
        "wrote about it in a tweet" keep just the topic), and the prepositions of one
        verb only where the lexicon allows them ("asked for calm", "commented on it").
        """
        preps = self.lex.topic_preps | self.lex.verb_preps.get(base, frozenset())
        found = []
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in preps or child.i < verb.i:
                continue
            pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME") and \
                    pobj[0].lower_ not in self.lex.channels:  # fmt: skip
                found.append(pobj[0])  # the topic itself, without "of" or "about"
        return found

    def _inverted(self, verb: Token) -> bool:
        """A cue after its clause that the parse joined as a conjunct: "X, Y told Z"."""
        if verb.dep_ not in ("conj", "dep") or verb.head.i >= verb.i:
            return False
        subject = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if not subject:
            return False
        before = self.doc[subject[0].left_edge.i - 1] if subject[0].left_edge.i > 0 else None
        return before is not None and before.text in (",", "”", '"', "''")

    def parts_of(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Character spans of a clause's tokens: one per contiguous run, edges trimmed.

        A leading "that" and edge punctuation go (quotation marks stay); a quotation
        that opens inside the clause extends it to its closing mark, because the parse
        often hangs the quotation's last words on the main verb.
        """
        toks = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
        runs: list[list[Token]] = []
        for tok in toks:
            if runs and all(self.doc[k].is_space for k in range(runs[-1][-1].i + 1, tok.i)):
                runs[-1].append(tok)
            else:
                runs.append([tok])
        parts = []
        for n, run in enumerate(runs):
            while run and (
                (run[0].is_punct and run[0].text not in OPEN_MARKS)
                or (n == 0 and run[0].lower_ == "that" and run[0].dep_ == "mark")
            ):
                run.pop(0)  # fmt: skip
            while run and run[-1].is_punct and run[-1].text not in CLOSE_MARKS:
                run.pop()
            if run and any(not t.is_punct for t in run):
                parts.append((run[0].idx, run[-1].idx + len(run[-1])))
        if not parts:
            return []
        s0, e0 = parts[0]
        for q in self.quotations:
            for a, b in q.regions:
                if a < s0 < b and "\n" not in self.text[a:s0]:
                    # the clause starts inside a quotation: take the quotation's sentence
                    first = self.tokens_between(a, a + 1)
                    if first:
                        sent = self.sents[self.sent_of[first[0].i]]
                        s0 = max(sent.start_char, self.text.rfind("\n", 0, a) + 1)
        parts[0] = (s0, e0)
        s, e = parts[-1]
        for q in self.quotations:
            for a, b in q.regions:
                if s <= a < e < b and "\n" not in self.text[e:b]:
                    e = b
        inner = self.text[s:e]
        opens = sum(inner.count(c) for c in DOUBLE_OPEN)
        closes = sum(inner.count(c) for c in DOUBLE_CLOSE)
        if closes > opens and inner[-1] in DOUBLE_CLOSE:
            e -= 1
        while e > s and self.text[e - 1] in TRIM_END:
            e -= 1
        parts[-1] = (s, e)
        return parts

    # the cascade -----------------------------------------------------------------

    def block_after(self, verb: Token) -> list[tuple[int, int]]:
        """The paragraph after a cue that ends its own paragraph with a colon.

        "Soerens argued that:" or "Fox News reports:" introduces a block (an excerpt, a
        letter, a tweet) set as the next paragraph, often without quotation marks.
        """
        line_end = self.text.find("\n", verb.idx)
        if line_end == -1 or not self.text[verb.idx : line_end].rstrip().endswith(":"):
            return []
        if any(self.speech_base(t) for t in self.tokens_between(verb.idx + len(verb), line_end)):
            return []  # a later verb of the line owns the colon
        for ls, le in lines(self.text):
            if ls > line_end and self.text[ls:le].strip():
                a, b = trimmed(self.text, ls, le)
                return [(a, b)] if b > a else []
        return []

    def noun_content(self, noun: Token) -> list[Token] | None:
        """The complement clause or infinitive of a speech noun, if it has one."""
        for child in noun.rights:
            if child.dep_ in ("acl", "ccomp", "appos") and child.pos_ in ("VERB", "AUX"):
                marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
                if marks & {"that", "whether", "if"}:
                    return list(child.subtree)
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                if infinitive and child.tag_ == "VB":
                    return list(child.subtree)
        return None

    def ends_before_cue(self, span: tuple[int, int], verb: Token) -> bool:
        """Content before its cue must end at a comma or a quotation mark ("…, he said")."""
        rest = self.text[span[1] : verb.idx]
        return bool(_BEFORE_CUE.match(rest)) or self.text[span[1] - 1] in "”\"’»'"

    def quoted_part(self, span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        for q in self.quotations:
            for a, b in q.parts:
                if a <= s + 1 and b >= e - 1:
                    return a, b
        return span

    def with_negation(self, verb: Token, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The content of a cue that denies it, begun at the cue so that it keeps its
        negation: "he denied that they authorized it" reports "denied that they
        authorized it", never "they authorized it"; "did not say that …" likewise.

        Only a cue right before its content in the same paragraph; other content is
        returned as it is.
        """
        words = [c for c in verb.children if c.dep_ == "neg" or (
            c.dep_ in ("aux", "auxpass") and c.i < verb.i)]  # fmt: skip
        negated = any(c.dep_ == "neg" for c in words) or \
            self.speech_base(verb) in self.lex.negating  # fmt: skip
        if not negated or not parts or parts[0][0] <= verb.idx:
            return parts
        start = min([verb, *words], key=lambda t: t.i).idx
        if "\n" in self.text[start : parts[0][0]]:
            return parts
        return [(start, parts[0][1]), *parts[1:]]

    def kind(self, parts: list[tuple[int, int]]) -> Kind:
        """Direct when the whole clause is one quotation (``said that “…”``)."""
        if len(parts) != 1:
            return "reported"
        s, e = parts[0]
        for q in self.quotations:
            for a, b in q.parts:
                if a <= s + 1 and b >= e - 1:
                    return "direct"
        return "reported"


def failed(verb: Token) -> bool:
    """The cue is the "to"-clause of a verb of failing ("failed to show that …", "was
    unable to prove", "did not manage to establish"): what follows is what the subject
    did not show, never its statement."""
    t = verb
    while t.dep_ == "xcomp" and t.head is not t:
        head = t.head
        lemma = head.lemma_.lower()
        if lemma in _FAILING:
            return True
        if lemma in _SUCCEEDING and any(c.dep_ == "neg" for c in head.children):
            return True
        t = head
    return False

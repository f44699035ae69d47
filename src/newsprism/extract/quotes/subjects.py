"""Step 4a: which words at a cue name its speaker (the speaker phrase's head token).

The subject of the cue; for a cue with no subject of its own, the subject of the verb it
hangs from ("said the plan failed, adding that …"), the sender of a document ("a press
release saying …"), the name right after it ("…,” said Skelly"), the agent of a passive
("was reported by the Post") or no one ("Asked about it, Clinton said": not Clinton's
question). :mod:`speakers` then resolves the phrase to a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.headings import in_heading
from newsprism.extract.quotes.active_agent import misplaced_agent
from newsprism.extract.quotes.article import Article, Step, passive
from newsprism.extract.quotes.clause_noun import verb_read_as_noun
from newsprism.extract.quotes.control import controller
from newsprism.extract.quotes.document_reads import document_reading
from newsprism.extract.quotes.fronted import fronted_subject
from newsprism.extract.quotes.fronted_verb import fronted_speaker
from newsprism.extract.quotes.hung_clause import lender
from newsprism.extract.quotes.hung_later import speech_before
from newsprism.extract.quotes.inverted_after import subject_in_closed_quotation
from newsprism.extract.quotes.listed import adjective_participle, one_of_list
from newsprism.extract.quotes.noun_author import noun_author
from newsprism.extract.quotes.org_titled import person_after_org_title
from newsprism.extract.quotes.others_document import others_document
from newsprism.extract.quotes.people import NAME_LABELS
from newsprism.extract.quotes.predicative_it import clause_before_subject
from newsprism.extract.quotes.quoted_subject import quoted_beside_own
from newsprism.extract.quotes.recorded import (
    noun_before_name,
    recorded_speaker,
    shown_speaking,
)
from newsprism.extract.quotes.relative_before import UNTOLD, relative_before
from newsprism.extract.quotes.setoff import subject_before_participle
from newsprism.extract.quotes.then_joined import then_joined_head
from newsprism.extract.quotes.title_before_name import name_after_title
from newsprism.extract.quotes.title_subject import subject_in_later_quotation
from newsprism.extract.tree import climb
from newsprism.pronoun_words import PERSON_SUBJECTS, PERSONAL_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["Subjects", "owner"]

ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
_DASHES = ("—", "–", "--")  # a gerund set off after these is the clause's, as after ","


def owner(head: Token) -> Token | None:
    """Whose a noun is: "his office", "Netanyahu's lawyers", "a statement from X"."""
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and (child.ent_type_ in NAME_LABELS | ORG_LABELS):
            return child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            # "an ad of its own Tuesday", "a letter of support": "of" names an owner
            # only when it names someone
            if pobj and (child.lower_ != "of" or pobj[0].ent_type_ in NAME_LABELS | {"ORG"}):
                return pobj[0]
    return None


_OWN = ("nsubj", "nsubjpass", "csubj", "aux", "auxpass")
# the finite form a verb shows its subject: a bare verb reads as the plural present
# ("and admit"), a participle with no auxiliary as the past ("and noted")
_FORMS = {"VBZ": "VBZ", "VBP": "VBP", "VB": "VBP", "VBD": "VBD", "VBN": "VBD", "MD": "MD"}


def _finite_form(verb: Token) -> str | None:
    """The form that agrees with the subject: the first auxiliary's ("has joined": VBZ;
    "did not mention": VBD; "will try": MD), else the verb's own; None for a verb
    that shows none (a gerund, an infinitive with "to")."""
    if verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.i < verb.i:
            return _FORMS.get(child.tag_)
    return _FORMS.get(verb.tag_)


def _names_someone(token: Token) -> bool:
    """A person's name or he/she: someone who can speak."""
    return token.ent_type_ in NAME_LABELS or token.lower_ in PERSON_SUBJECTS or \
        (token.pos_ == "PROPN" and token.is_title)  # fmt: skip


def _closes_quotation(comma: Token) -> bool:
    """A comma right before a closing quotation mark: "on \"Fox News Sunday,\" he said"."""
    doc = comma.doc
    return comma.i + 1 < len(doc) and doc[comma.i + 1].is_quote and not comma.whitespace_


_DASHES = frozenset({"-", "--", "—", "–"})


def _after_dashes(subject: Token) -> Token | None:
    """A name that closes a phrase set off by dashes is no subject: "In the letter -
    addressed to the U.S. attorney …, Channing D. Phillips - the Utah Republican asks
    for": the parse made the name the subject and the real one its apposition. The
    apposition that opens right after the closing dash speaks."""
    doc = subject.doc
    after = subject.i + 1  # the name's last word; its apposition is in its subtree
    second = next((c for c in subject.children if c.dep_ == "appos"), None)
    if second is None or after >= len(doc) or doc[after].text not in _DASHES or \
            second.left_edge.i != after + 1:  # fmt: skip
        return None
    sent = subject.sent
    opening = [t for t in doc[sent.start : subject.left_edge.i] if t.text in _DASHES]
    return second if len(opening) == 1 else None


class Subjects(Step):
    """Finds the head token of the speaker phrase of a cue."""

    def __init__(self, art: Article) -> None:
        super().__init__(art)
        # words of the article's names: "Bruning, along with …" opens with a name the
        # tagger took for a participle
        self._name_words: dict[str, set[int]] = {}
        for e in self.ents:
            for t in e:
                self._name_words.setdefault(t.lower_, set()).add(t.i)

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The speaker token of a speech verb: its subject, or its head verb's."""
        if (read := document_reading(verb, self.lex.document_verbs, self.lex.documents,
                                     self.qid)) is not None:  # fmt: skip
            return read  # "“…,” the letter addressed to X reads" (document_reads.py)
        for child in verb.children:
            if child.dep_ == "agent" and not misplaced_agent(verb):  # "reported by the Post"
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                return pobj[0] if pobj else None
        if depth == 0 and passive(verb):
            return None  # "Asked about it, Clinton said": not Clinton's question
        if depth == 0 and (inverted := self._inverted_set_in(verb) or fronted_speaker(verb)):
            return inverted  # "And Trump, said Sunshine, …"; "Added Gibbs: “…”"
        if self._joined_gerund(verb):
            if verb.dep_ == "acl":  # "the letter to Reid warning him": the letter's sender
                return self._from_noun(verb, depth)
            return self.subject_of(verb.head, depth + 1)
        for child in verb.children:
            if quoted_beside_own(child, verb, self.qid):
                continue  # "“…, many of them criminals, …,” Trump told" (quoted_subject.py)
            # "The big picture: …, the Post reports": a heading is no subject
            if child.dep_ in ("nsubj", "nsubjpass", "csubj") and not in_heading(child) and \
                    not self.in_opening_participle(child, verb) and \
                    not verb_read_as_noun(child):  # "because that testing results …"  # fmt: skip
                if self._dateline(child) or child.dep_ == "nsubjpass" or child.lower_ == "there":
                    return None
                if subject_in_closed_quotation(child, verb, self.qid):  # "“…,” tweeted X"
                    return self._inverted_subject(verb)
                if subject_in_later_quotation(child, verb, self.qid):  # title_subject.py
                    return self._hung_into_quotation(verb)  # "X, …, said on “Fox and Friends”"
                return self._split_apposition(child, verb) or _after_dashes(child) or \
                    noun_before_name(child) or \
                    person_after_org_title(child, verb, self.lex.roles) or child
        if (author := noun_author(verb, self.lex, owner)) is not None:
            return author  # "comments Trump made saying …" (noun_author.py)
        if depth == 0 and (shown := recorded_speaker(verb, self.lex.recordings)
                           or shown_speaking(verb)) is not None:  # fmt: skip
            return shown
        if depth >= 3:
            return self._inverted_subject(verb)
        if verb.dep_ == "conj" and (named := self._name_right_before(verb)) is not None:
            return named
        if (first := lender(verb, self.speech_base)) is not None:
            return self.subject_of(first, depth + 1)  # "says … and reports that …"
        if (made := controller(verb)) is not None:  # "prompting the governor to ask"
            return made
        if verb.dep_ in ("conj", "advcl", "xcomp"):
            return self._from_head(verb, depth)
        if (joined := then_joined_head(verb)) is not None:  # "He paused, then added:"
            return self.subject_of(joined, depth + 1)
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return self._from_noun(verb, depth)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            head = verb.head.head  # "before insisting that …", "after telling aides …"
            if head.pos_ in ("VERB", "AUX"):
                return self.subject_of(head, depth + 1)
        return self._inverted_subject(verb) or subject_before_participle(verb)

    @staticmethod
    def _split_apposition(subject: Token, verb: Token) -> Token | None:
        """A common noun and a person's name set off after it by a comma or a dash,
        both parsed as subjects of the cue: the name speaks. Either the name is an
        apposition whose closing comma is missing ("The bill's sponsor, Rep. Randy
        Forbes (R-Va.) had argued") or the cue is set into its content ("Voters,
        Clinton suggested, don't have to worry": the voters are what she spoke of)."""
        if subject.pos_ != "NOUN" or subject.ent_type_:
            return None
        second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i), None)
        if second is None or second.pos_ != "PROPN" or second.ent_type_ != "PERSON":
            return None
        edge = subject.right_edge.i  # the phrase's last word (its own dash may hang on it)
        while edge > subject.i and verb.doc[edge].text in _DASHES:
            edge -= 1
        between = [t.text for t in verb.doc[edge + 1 : second.left_edge.i]]
        # or set off by a dash: "A former Republican presidential candidate -- John
        # McCain, who lost …, -- said" (USA Today, gold/speakers-fresh36)
        return second if between == [","] or (len(between) == 1 and between[0] in _DASHES) \
            else None  # fmt: skip

    @staticmethod
    def _name_right_before(verb: Token) -> Token | None:
        """ "… standards for class certification and Justice Ruth Bader Ginsburg said":
        a conjoined verb with no subject of its own, right after a person's name that the
        parse joined to a noun before it. A finite verb right after a name is that name's
        (English puts the subject there), not the first conjunct's subject's; so is one
        with its auxiliary right after a party or a people ("… away from the lowest
        number progressive Democrats have said they would accept": a relative clause
        with no "that", session 23)."""
        first = verb
        while first.i > 0 and verb.doc[first.i - 1].dep_ in ("aux", "neg") and \
                verb.doc[first.i - 1].head.i == verb.i:  # fmt: skip
            first = verb.doc[first.i - 1]
        prev = verb.doc[first.i - 1] if first.i > 0 else None
        if prev is None or first.tag_ not in ("VBD", "VBZ", "VBP") or prev.pos_ != "PROPN":
            return None
        if prev.ent_type_ != "PERSON" and not (first is not verb and prev.ent_type_ == "NORP"
                                                 and prev.tag_ == "NNPS"):  # fmt: skip
            return None
        return prev if prev.head.i != verb.i and prev.dep_ in ("conj", "pobj", "dobj") else None

    @staticmethod
    def _joined_gerund(verb: Token) -> bool:
        """A gerund the parse conjoined to a verb or hung on a noun, with a subject of
        its own right after a preposition and no "and" nor auxiliary: "are sending the
        letter to Senate Majority Leader Harry Reid warning him that …". A gerund with
        no auxiliary makes no clause of its own, so the name is the preposition's
        object, not a subject, and the participle continues the clause or the noun it
        hangs on (the senders warn, or their letter does)."""
        if verb.tag_ != "VBG" or not (
                (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"))
                or (verb.dep_ == "acl" and verb.head.pos_ == "NOUN")):  # fmt: skip
            return False
        children = list(verb.children)
        if any(c.dep_ in ("aux", "auxpass", "cc") for c in children) or \
                any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
            return False
        subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.right_edge.i + 1 != verb.i:
            return False
        before = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        return before is not None and before.pos_ == "ADP" and \
            before.head.i in (verb.head.i, verb.head.head.i)  # fmt: skip

    def _from_head(self, verb: Token, depth: int) -> Token | None:
        """A conjunct, participle or infinitive cue shares the subject of its head verb.

        "said the plan failed, noting …": the sayer notes, not the plan; but "confirmed
        that Ryan called him and told him …": Ryan, a person, tells. "The Times reports
        Liz Cheney articulated her position, saying …" (Cheney parsed as the object):
        the one who articulated says.
        """
        continued = self._continued_verb(verb)
        if continued is not None:
            return self.subject_of(continued, depth + 1)
        if (said := speech_before(verb, self.speech_base)) is not None:
            return self.subject_of(said, depth + 1)  # "…,” Sanders said, going on to say"
        after = relative_before(verb, self.speech_base, self.lex.people)
        if after is not None:  # "a meeting with Democrats who resist the deal, saying …"
            return None if after == UNTOLD else after
        head = self._set_off_head(verb)
        if head.dep_ == "ccomp" and self.art.next_statement(verb) and \
                self.qid[head.head.i] == -1 and \
                (self.speech_base(head.head) or self._that_clause_of(head)):  # fmt: skip
            own = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not own:
                lost = self._object_before(head)
                if lost is not None:
                    return lost
            if not (verb.dep_ == "conj" and own and _names_someone(own[0])):
                head = head.head
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "Yellen is likely to stress …", "are quick to point out"
        if verb.dep_ == "xcomp" and self._impersonal(head):
            return None  # "it is safe to say": no one speaks
        if (before := clause_before_subject(verb, self._speaks)) is not None:
            return before  # "It was a punch, as Mrs. Clinton echoed …, saying" (predicative_it.py)
        if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
            done = self._passive_subject(verb, head)
            return done if done is not None else self.subject_of(head, depth + 1)
        return self._inverted_subject(verb)

    def _passive_subject(self, verb: Token, head: Token) -> Token | None:
        """The subject an active conjunct shares with a passive head that names its
        agent: "aides, who were interviewed by F.B.I. agents and told them that …" are
        the ones who told (conjoined verbs share the subject, not the agent). Only a
        subject that can speak for itself (a name, a pronoun, people): "research
        released by four economists suggests" and "the lawsuit was brought by … and
        asks" speak for the agent that made them, as the head's rule has it. None when
        the head is not such a verb."""
        if verb.dep_ != "conj" or passive(verb) or \
                not any(c.dep_ == "agent" for c in head.children):  # fmt: skip
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            return None
        lemma = subject.lemma_.lower()
        speaks = subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in NAME_LABELS or \
            lemma in self.lex.people or lemma in self.lex.roles or subject.lower_ in self.lex.roles
        return subject if speaks else None

    def _set_off_head(self, verb: Token) -> Token:
        """The clause a participle set off by a comma continues: the head verb, or, when
        the parse hung the participle on a clause inside it, the verb that clause
        belongs to.

        "X rejected the idea that the developer would be a drag, saying …" and "X
        dismissed the accusations that the campaign is violating the law — saying …":
        the one who rejects or dismisses says, not the developer or the campaign (a
        "that"-clause of a noun); "X said during a panel after the senator won his
        primary, remarking that …": X remarks (a clause opened by "after", "while",
        "because" …); "X said Clinton will have to choose …, saying" climbs from
        "choose" to "have", whose clause is X's statement (then decided below).
        """
        head = verb.head
        if verb.dep_ != "advcl" or not self.art.next_statement(verb):
            return head
        for _ in range(4):
            marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
            above = head.head
            if head.dep_ == "xcomp" and above.pos_ in ("VERB", "AUX"):
                head = above
            elif head.dep_ == "acl" and "that" in marks and above.pos_ in ("NOUN", "PROPN"):
                governor = climb(above, lambda t: t.pos_ not in ("VERB", "AUX"))
                if governor.pos_ not in ("VERB", "AUX") or self.qid[governor.i] != -1:
                    break
                head = governor
            else:
                break
        return head

    def in_opening_participle(self, token: Token, verb: Token) -> bool:
        """``token`` lies in a participle clause that opens the sentence of ``verb`` and
        ends at a comma before it: "Citing \"statements\" made by the pair — Reps. Jim
        Banks of Indiana and Jim Jordan of Ohio, Pelosi said …", "Asked about Smith,
        Jones said …". Such a clause is an adverbial of the main clause, so no word of it
        is that clause's subject, whatever the parse hung on the verb. The clause ends
        at its first comma outside quotation marks, or right before a closing mark
        ("Speaking on \"Fox News Sunday,\" Sen. Jim DeMint said": the comma is the
        sentence's, put inside the marks), as a parse cannot move it; a sentence
        with no such comma before the verb has no clause to skip. A participle in
        quotation marks, "according to" and a word of a name the article uses
        elsewhere ("Bruning, along with …", tagged a participle) open no such clause."""
        sent = self.sents[self.sent_of[verb.i]]
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        # a participle inside quotation marks opens the quoted words, not the cue's
        # clause ("“Maintaining order is important,” Ryan said"); "according to X"
        # names a source, it sets off no clause
        if first is None or first.tag_ not in ("VBG", "VBN") or self.qid[first.i] != -1 \
                or self._name_words.get(first.lower_, set()) - {first.i} \
                or first.lower_ == "according" or adjective_participle(first, verb) \
                or not first.i <= token.i < verb.i:  # fmt: skip
            return False
        for t in self.doc[first.i : verb.i]:
            if t.text == "," and (self.qid[t.i] == -1 or _closes_quotation(t)):
                return token.i < t.i
        return False

    def _continued_verb(self, verb: Token) -> Token | None:
        """The verb a conjoined cue really continues, when the parse hung it on a verb
        whose form it cannot share.

        Conjoined verbs share their subject and their auxiliaries, so they agree in
        form. "Gulf sources believe Erdogan has joined an axis … and admit that …":
        "admit" cannot follow "has", so it continues "believe", and the sources admit;
        "a narrator reminds viewers that Sanders participated … and says …": "says"
        continues "reminds", not "participated". The parse hung each on the verb of
        the complement clause, whose subject would be taken for the speaker. The verb
        continued is the nearest verb above whose form agrees, if it has a subject of
        its own; with none, or when the cue agrees with its head, the head stands
        (None).
        """
        head = verb.head
        if verb.dep_ != "conj" or any(c.dep_ in _OWN for c in verb.children):
            return None
        form = _finite_form(verb)
        if form is None or _finite_form(head) in (None, form):
            return None
        for above in head.ancestors:
            if self.qid[above.i] != -1:
                return None  # the quoted words the clause hangs on are not its clause
            if above.pos_ in ("VERB", "AUX") and _finite_form(above) == form:
                # only a clause with a subject of its own: a verb the parse left
                # without one ("note" made the root) is no better than the head
                own = any(c.dep_ in ("nsubj", "nsubjpass") for c in above.children)
                return above if own else None
        return None

    def _object_before(self, clause: Token) -> Token | None:
        """A name the parse made the object of the verb, right before a clause that has
        lost its subject: "reports [Liz Cheney] first articulated …"."""
        for child in clause.head.children:
            if child.dep_ == "dobj" and child.right_edge.i + 1 >= clause.left_edge.i - 2 and \
                    child.i < clause.i and _names_someone(child):  # fmt: skip
                return child
        return None

    def _from_noun(self, verb: Token, depth: int) -> Token | None:
        """A participle on a noun: "a press release saying …", "voters saying …"."""
        noun = verb.head
        if verb.tag_ == "VBN" and verb.i > noun.i and any(c.dep_ == "dobj" for c in verb.children):
            return noun  # "The report, commissioned …, recommended X": a main verb misparsed
        if noun.lower_ in self.lex.documents or (verb.tag_ == "VBG" and self._channel(noun)):
            # "the campaign sent out a press release saying …": the release's sender
            sender = owner(noun)
            if sender is not None:
                return sender
            if others_document(noun, verb):
                return noun  # "denied a report claiming …": the report's, not theirs
            governor = noun.head
            if noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX", "ADP"):
                governor = governor.head if governor.pos_ == "ADP" else governor
                return self.subject_of(governor, depth + 1)
            return None
        recipient = noun.dep_ == "pobj" and noun.head.lower_ == "to"
        mark = self.doc[verb.i - 1].text
        if mark == "," or (mark in _DASHES and verb.tag_ == "VBG") or recipient:
            # ", saying that …" hung on the nearest noun, or on the one written to
            # ("sent an e-mail to members saying …"): the clause's subject speaks; so
            # does a gerund after a dash ("pushed back on the WHO's conclusion … —
            # insisting the theory is “viable”", New York Post, NeuS r434); a finite
            # verb after a dash closes an aside ("Cantor, who … – particularly on … –
            # shifted …", BASIL c99adbdd) and is no participle of the noun
            governor = climb(noun.head, lambda t: t.pos_ not in ("VERB", "AUX"))
            return self.subject_of(governor, depth + 1)
        return noun  # "voters saying they want …"

    def _channel(self, noun: Token) -> bool:
        """A speaking event a participle hangs on: "said at a news conference announcing
        that …", "in an interview saying …". Whoever held it speaks, as for a document:
        the conference does not."""
        if noun.lower_ not in self.lex.channels:
            return False
        # "conference" is also a body ("the bishops' conference"): a news conference only
        return noun.lower_ not in self.lex.bodies or \
            any(c.dep_ == "compound" and c.lower_ in ("news", "press") for c in noun.children)

    def _that_clause_of(self, clause: Token) -> bool:
        """A "that"-clause of a verb whose subject can speak, with a participle set off
        after it: "Obama disputed that Democrats feel betrayed, saying …" is Obama's,
        as after a speech verb (the clause states what he disputes, the participle
        continues his act, not the Democrats')."""
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return False
        above = clause.head
        subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
        return above.pos_ == "VERB" and subject is not None and self._speaks(subject)

    def _speaks(self, token: Token) -> bool:
        """A name, a pronoun for a person, or a noun for people or a role."""
        lemma = token.lemma_.lower()
        singular = lemma[:-1] if lemma.endswith("s") else lemma  # "Democrats" (NNPS)
        return token.ent_type_ in NAME_LABELS or token.lower_ in PERSONAL_SUBJECTS or \
            bool({lemma, singular} & (self.lex.people | set(self.lex.roles)))  # fmt: skip

    @staticmethod
    def _impersonal(head: Token) -> bool:
        """ "It is safe/fair/hard to say": an "it" subject with an adjective predicate."""
        children = list(head.children)
        return any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in children) and \
            any(c.dep_ == "acomp" for c in children)  # fmt: skip

    def lost_subject(self, verb: Token) -> Token | None:
        """A name before a main cue whose subject the parse hung elsewhere.

        "Jay DiPietro, the club's president, suggested that …" or "In an interview,
        the candidate stated that …" can come out with no subject when a long
        appositive or an opening phrase confuses the parser. The last person or
        organisation named before the verb in its sentence, outside quotations, then
        stands for the speaker, unless it sits in the appositive of a name before it:
        "Mark Sheridan, a partner with Patton Boggs, said" is Sheridan's (decision 6: the
        name at the head speaks, not a name in its appositive).
        """
        sent = self.sents[self.sent_of[verb.i]]
        if (fronted := fronted_subject(verb, sent, self.qid)) is not None:
            return fronted  # "In a letter to … the Assembly, the ICS … warned": the ICS
        named = [e for e in self.ents if sent.start <= e.start and e.end <= verb.i
                 and e.label_ in NAME_LABELS | {"ORG"} and self.qid[e.start] == -1
                 and not self.in_opening_participle(e.root, verb)]  # fmt: skip
        if not named:
            return None
        last = named[-1]
        for earlier in reversed(named[:-1]):
            if self._in_appositive(last, earlier):
                last = earlier  # and again: "X, director of Y, a union that backs Z,"
        found = last[-2] if last[-1].tag_ == "POS" and len(last) > 1 else last[-1]
        return None if one_of_list(found) else found  # never one member of a list

    def _in_appositive(self, name: Span, earlier: Span) -> bool:
        """``name`` sits inside a description set off after ``earlier`` ("Mark Sheridan,
        a partner with Patton Boggs,"): the appositive is a phrase of its own after a
        comma whose head is not ``name`` itself ("his wife Hillary Clinton, former
        president Bill Clinton": two people), and ``earlier`` is no object of a
        preposition ("In addition to Mr. Regalado, two members …")."""
        if earlier.root.dep_ == "pobj":
            return False
        return any(c.dep_ == "appos" and not name.start <= c.i < name.end
                   and self.doc[c.left_edge.i - 1].text == ","
                   and c.left_edge.i <= name.start and name.end <= c.right_edge.i + 1
                   for c in earlier.root.children)  # fmt: skip

    def _inverted_subject(self, verb: Token) -> Token | None:
        """The name right after a cue that follows its quote: “…,” said Skelly.

        The parse often tags the inverted name as an adverb or an object; a capitalised
        word (not a date) right after the verb, where the verb follows a comma or a
        closing mark, is the speaker. Not after "told": "“…,” an intelligence source,
        who …, told Fox News" is never inverted; the name after it is whom it was told,
        and the speaker is the phrase before the verb (:meth:`_hung_into_quotation`).
        """
        if verb.i > 0 and self.speech_base(verb) == "tell":
            return self._hung_into_quotation(verb)
        if verb.i == 0 or verb.i + 1 >= len(self.doc):
            return None
        before = self.doc[verb.i - 1]
        if before.text not in (",", "”", '"', "''", "—") and not before.is_quote:
            return None
        if (titled := name_after_title(verb, self.lex.roles)) is not None:
            return titled  # “…,” said Indeed Hiring Lab director of research Nick Bunker
        name = self.doc[verb.i + 1]
        if name.is_title and name.pos_ in ("PROPN", "NOUN", "ADV") and \
                name.ent_type_ not in ("DATE", "TIME") and self.qid[name.i] == -1:  # fmt: skip
            return name
        return None

    def _inverted_set_in(self, verb: Token) -> Token | None:
        """A cue set into its clause with the speaker after it: "And Trump, said
        Sunshine, who remains friendly with her former boss, doesn't forgive".

        The parse makes the clause's own subject ("Trump") the verb's, or hangs the
        name on the clause's verb. A name (a person or an organisation, outside
        quotation marks) right after a speech verb that follows a comma, and itself
        followed by a comma (the clause goes on), speaks. Not "told": its name is whom
        it was told.
        """
        i = verb.i
        if i == 0 or i + 1 >= len(self.doc) or self.doc[i - 1].text != "," or \
                self.speech_base(verb) in (None, "tell") or self.qid[i + 1] != -1:  # fmt: skip
            return None
        name = next((e for e in self.ents if e.start == i + 1), None)
        if name is None or name.label_ not in NAME_LABELS | {"ORG"} or \
                name.end >= len(self.doc) or self.doc[name.end].text != ",":  # fmt: skip
            return None
        return name.root

    def _hung_into_quotation(self, verb: Token) -> Token | None:
        """The one noun phrase between a closing mark and the cue, set off by a comma,
        that the parse made a word of the quotation ("“…,” an intelligence source, who
        was not authorized to speak, told": "source" as the attribute of the quoted "are").
        """
        if self.doc[verb.i - 1].text != ",":
            return None
        sent = self.sents[self.sent_of[verb.i]]
        marks = [t.i for t in self.doc[sent.start : verb.i] if t.is_quote and self.qid[t.i] != -1]
        start = max(marks, default=-1) + 1
        span = self.doc[start : verb.i]
        if not marks or start >= verb.i or any(self.qid[t.i] != -1 for t in span):
            return None
        heads = [t for t in span if not t.is_punct and not start <= t.head.i < verb.i]
        if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN") and \
                self.qid[heads[0].head.i] != -1:  # fmt: skip
            return heads[0]
        return None

    def _dateline(self, token: Token) -> bool:
        """ "WASHINGTON (AP) —": a place opening the paragraph is not a speaker."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        if self.text[line_start : token.idx].strip():
            return False
        after = self.text[token.idx + len(token) : token.idx + len(token) + 3].lstrip()
        return (token.is_upper and len(token) > 1) or after[:1] in ("(", "—", "–")

    def loose_subject(self, verb: Token) -> Token | None:
        """A name the parse hung on the verb some other way ("Conway/compound notes")."""
        for child in reversed(list(verb.lefts)):
            if child.dep_ in ("compound", "npadvmod", "dep", "nmod", "amod") and \
                    child.pos_ in ("PROPN", "PRON", "NOUN"):  # fmt: skip
                return child
        return None

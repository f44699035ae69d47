"""The edges of a summary line (split out of :mod:`.summary` in session 33, when that
module reached 600 lines): what is cut from the front of a sentence before a reader sees
it alone — a dateline, a leading connective, a section label — and how its "he"/"she"
subject and a stray closing mark are mended (:func:`readable_line`). Shown text only; a
claim's own text is never changed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.models import Claim, Quote
from newsprism.pronoun_words import PERSONAL_SUBJECTS

# a leading connective is dropped ("but that …"/"that …" is not: reported content whose
# speaker is cut off, left out), and so is a discourse marker before a comma ("Also, …",
# "However, …"; session 22; the quantifier check reads the claim's own text). Not a
# connective: "as"/"so"/"yet" opening a fixed phrase ("As far as …", "As of Monday",
# "So far", "Yet another"; session 23), nor a capital "As", "While", "Whereas": it opens
# what the rest hangs on ("As a gateway for trade, …"; session 30, NeuS row 192)
CONNECTIVE = re.compile(
    r"^(?:and|but|(?-i:while|whereas|as)|so|yet)\s+(?!that\b|(?<=as )(?:far|long|soon|well|"
    r"many|much|of|part|for|such|to|if)\b|(?<=so )(?:far|long|many|much|few|if)\b|"
    r"(?<=yet )another\b)"
    r"|^(?:adding|saying|noting|stressing|explaining)(?:\s+that)?\s+"
    r"|^(?:also|however|moreover|furthermore|meanwhile|still|in addition|additionally|"
    r"nevertheless|nonetheless|besides|what's more|what’s more|even so|that said),\s+",
    re.IGNORECASE,
)
# a dateline before the lede ("WASHINGTON (AP) — ", "BEIRUT (Reuters) - ",
# "WASHINGTON—"): the place in capitals, an optional state or country and agency, a
# dash; shown text only, the claim's own text (``original``) keeps it
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?: \([A-Za-z .&-]+\))?\s*[—–-]{1,2}\s*(?=[A-Z“\"])")
# a section label before a colon ("Why it matters: ", "The big picture: ", "Yes, but: ",
# "UPDATE: "): up to five words, a capital first, a capital letter after the colon (a
# quotation after it is somebody's words, kept); shown text only (session 22). Not taken
# off (:func:`label_end`): a verb of saying in it ("He added: "), or only capitalised
# words, a name: the speaker of a transcript ("Christie: I don't know …")
LABEL = re.compile(r"^[A-Z][\w'’-]*(?:,? [\w'’-]+){0,4}:\s+(?=[A-Z])")
LEADS_ON = {"as", "like", "including", "of", "to", "for", "with", "from", "than"}
SAYING = re.compile(r"\b(?:said|says|say|told|wrote|writes|added|according to|tweeted)\b",
                     re.IGNORECASE)
PRONOUN_SUBJECT = re.compile(r"^(" + "|".join(PERSONAL_SUBJECTS) + r")\b", re.IGNORECASE)
CLOSING = '"”'


def readable_line(claim: Claim, quotes: Sequence[Quote]) -> str:
    """The clause with its edges mended so that it reads as a sentence on its own."""
    stripped = claim.text.lstrip()
    cut = opening_end(stripped)
    text = stripped[cut:].rstrip()
    pronoun = PRONOUN_SUBJECT.match(text)
    if pronoun:
        at = claim.start + len(claim.text) - len(stripped) + cut
        speaker = speaker_of(claim, at, quotes)
        if speaker:
            text = speaker + text[pronoun.end() :]
    if unbalanced_closing(text):
        body = text.rstrip(" .,;")
        text = body[:-1].rstrip() + text[len(body) :]
    # a curly opening closed by a straight mark ("“… marriage," she wrote.") is closed
    opened = text.count("“") > text.count("”") and text.count('"') % 2 == 0
    text = text[:1].upper() + text[1:]
    if text and text[-1] not in ".!?" + CLOSING:
        text += "."
    if opened:
        text += "”"  # the outlet's quotation ran on past the clause
    return text


def opening_end(text: str) -> int:
    """Where the shown text starts: after a dateline, a leading connective and a section
    label, and a connective after the label ("Driving the news: But in an unusual
    move, …")."""
    dateline = DATELINE.match(text)
    cut = dateline.end() if dateline else 0
    connective = CONNECTIVE.match(text[cut:])
    cut += connective.end() if connective else 0
    label = label_end(text[cut:])
    if label:
        cut += label
        connective = CONNECTIVE.match(text[cut:])
        cut += connective.end() if connective else 0
    return cut


def label_end(text: str) -> int:
    """Where the statement starts after a section label ("Why it matters: The …"), 0 when
    there is none: a label is layout, not what the outlet states. A verb of saying in it
    introduces somebody's words, and a label of capitalised words only is a name, the
    speaker of a transcript line, except one word in capitals ("UPDATE:", an editor's
    note). A label ending in a word that leads on ("Such as:") points back, and what
    follows must be a clause (two lowercase words), not a list of names."""
    label = LABEL.match(text)
    if not label:
        return 0
    words = text[: label.end()].rstrip().rstrip(":").replace(",", "").split()
    rest = text[label.end() :].split()
    if (SAYING.search(" ".join(words)) or words[-1].lower() in LEADS_ON
            or sum(1 for word in rest if word[:1].islower()) < 2):
        return 0  # "He added: …", "Such as: …", "Internet companies: Microsoft, Yahoo …"
    if all(word[:1].isupper() for word in words):
        return label.end() if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 else 0
    return label.end()


def unbalanced_closing(text: str) -> bool:
    """A closing mark at the end with no opening one: the clause was cut from a quote."""
    stripped = text.rstrip(" .,;")
    return bool(stripped) and stripped[-1] == "”" and "“" not in text


def speaker_of(claim: Claim, pronoun_at: int, quotes: Sequence[Quote]) -> str | None:
    """Who "he"/"she" at ``pronoun_at`` is, when it is the speaker of a quote.

    Only a pronoun outside the quoted words is the quote's speaker ("He pointed out
    that …"); inside them it names someone else ("Miller said that Blinken … but he
    reiterated …": "he" is Blinken, not Miller), and is left alone.
    """
    for quote in quotes:
        if (quote.article_id == claim.article_id and quote.speaker and quote.within is None
                and quote.start < claim.end and claim.start < quote.end
                and not quote.start <= pronoun_at < quote.end):  # fmt: skip
            return quote.speaker
    return None

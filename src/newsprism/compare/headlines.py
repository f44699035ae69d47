"""Whether a claim is an article's headline or standfirst rather than a body sentence.

Read by the summary (a headline is no line of its own) and by the lead pairs; moved out
of ``compare.summary`` (session 28) when that module passed 600 lines."""

from __future__ import annotations

import re

from newsprism.models import Article, Claim

_TERMINAL = ".!?\"”’"


def is_headline(claim: Claim, article: Article, decks: bool = True) -> bool:
    """Whether a claim is the article's headline or standfirst rather than a body sentence.

    A text may open with its headline (a page whose title is also in the body) or with
    a one-sentence deck ("US Secretary of State Antony Blinken tells …", Al Mayadeen on
    the seed pair). The first paragraph is taken as one when it is a single sentence and
    it repeats the title, or has no closing full stop, or is written in Title Case, or
    its main verb is in the headline's present tense ("tells", "warns") where a news
    lede reports in the past ("warned"); that last test is skipped when ``decks`` is
    False (the story's lead: "The White House says the Port of Los Angeles … will
    commit to 24/7 work hours …" is a news lede in the present tense).
    """
    text = article.text
    first_end = text.find("\n\n")
    first_end = len(text) if first_end < 0 else first_end
    if claim.start < 0 or claim.start >= first_end:
        return False
    paragraph = text[:first_end].strip()
    if article.title and _fold(paragraph).startswith(_fold(article.title)):
        return True
    if len(paragraph) > 300 or not paragraph:
        return False
    if paragraph[-1] not in _TERMINAL:
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", paragraph) if len(w) > 3]
    if words and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
        return True
    return decks and _present_tense_deck(paragraph)


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _present_tense_deck(paragraph: str) -> bool:
    """One sentence whose root is a present-tense verb of saying or doing ("tells")."""
    from newsprism.compare.line_parse import parse_line

    sentences = list(parse_line(paragraph).sents)
    if len(sentences) != 1:
        return False
    root = sentences[0].root
    return root.tag_ == "VBZ" and root.lemma_ not in ("be", "have")

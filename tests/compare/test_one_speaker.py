"""One speaker's other statement (issue 12, session 18 second pass): a quote's next
sentence that the splitter leaves without marks is read as quotation through the quote
extractor, and two quotations of one speaker whose verbs differ are two statements when
the other article prints the first one's words in another sentence. Real parses (spaCy,
entity linking, the quote extractor, claims as compare builds them); the Sheridan test
fails on the code before (main be1feba), where the three sentences chained into one
fact."""

from __future__ import annotations

import numpy as np

from newsprism.compare.pairs import claim_profiles, pair_features
from newsprism.compare.story import quotation_spans, quoted_speakers, resolve_quotes
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

# BASIL d1344998 (2014), shortened: the NYT prints Sheridan's two statements as two
# quotes; Fox prints them as one quote's sentences, the second without marks once split.
NYT = (
    "Federal prosecutors have subpoenaed the campaign, its lawyer said Thursday.\n\n"
    "“We can confirm that the Christie for Governor re-election campaign and the New "
    "Jersey Republican State Committee received subpoenas for documents from the U.S. "
    "attorney’s office, in addition to the subpoena the campaign previously received from "
    "the state legislative committee,” the lawyer, Mark D. Sheridan, said in an email.\n\n"
    "“The campaign and the state party intend to cooperate with the U.S. attorney’s office "
    "and the state legislative committee and will respond to the subpoenas accordingly,” "
    "Mr. Sheridan said."
)
FOX = (
    "Mark Sheridan, the attorney representing Christie's campaign, confirmed the "
    "subpoenas to Fox News.\n\n"
    "\"We can confirm that the Christie for Governor re-election campaign and the New "
    "Jersey Republican State Committee received subpoenas for documents from the U.S. "
    "Attorney's office, in addition to the subpoena the campaign previously received from "
    "the state legislative committee,\" he said. \"All three subpoenas focus on the "
    "closure of lanes on the George Washington Bridge. The campaign and the state party "
    "intend to cooperate with the U.S. Attorney's office and the state legislative "
    "committee and will respond to the subpoenas accordingly.\""
)
# BASIL 97b1305c (2010): Jealous's one point, said to the NYT and in a written statement
# (Fox): other words and verbs, but Fox prints the NYT's words nowhere else.
NYT_JEALOUS = (
    "Benjamin Todd Jealous, the president of the N.A.A.C.P., spoke on Tuesday.\n\n"
    "He added: “Knowing that the consequence of silence is violence in these times, we’re "
    "saying stand up and say enough is enough. They need to make clear that there is no "
    "place for the bigots in the Tea Party movement.”"
)
FOX_JEALOUS = (
    "\"We take no issue with the Tea Party movement,\" the NAACP President Benjamin Todd "
    "Jealous said in a written statement.\n\n"
    "\"The time has come for them to accept the responsibility that comes with influence "
    "and make clear there is no place for racism and anti-Semitism, homophobia and other "
    "forms of bigotry in their movement.\""
)


def _veto(texts: dict[str, str]) -> tuple[list, np.ndarray]:
    """The claims of two articles and their ``quote_words_differ``, read as compare
    reads them (the runtime functions, as scripts/train_same_fact.py)."""
    nlp = load_nlp()
    docs = {aid: nlp(text) for aid, text in texts.items()}
    mentions = {aid: find_mentions(doc, aid) for aid, doc in docs.items()}
    entities = link_entities(mentions, texts)
    claims = [c for aid, doc in docs.items() for c in extract_claims(doc, aid, entities.mentions)]
    spans = {aid: extract_quotes(doc) for aid, doc in docs.items()}
    quotes = resolve_quotes(spans, entities)
    units = claim_profiles(docs, claims, quoted_speakers(spans, quotes), entities.mentions,
                           quotation_spans(quotes))
    return claims, pair_features(units, np.zeros((len(units), 8), dtype=np.float32))[
        "quote_words_differ"]


def _index(claims: list, article: str, words: str) -> int:
    return next(k for k, c in enumerate(claims) if c.article_id == article and words in c.text)


def test_one_speakers_next_statement_is_another_fact() -> None:
    claims, veto = _veto({"nyt": NYT, "fox": FOX})
    confirm = (_index(claims, "nyt", "We can confirm"), _index(claims, "fox", "We can confirm"))
    intend = (_index(claims, "nyt", "intend to cooperate"),
              _index(claims, "fox", "intend to cooperate"))
    # his two statements, across the outlets: two facts (main chained them into one)
    assert veto[confirm[0], intend[1]] and veto[intend[0], confirm[1]]
    # each statement printed by both outlets stays one fact
    assert not veto[confirm[0], confirm[1]] and not veto[intend[0], intend[1]]


def test_one_point_said_twice_is_left_to_the_model() -> None:
    claims, veto = _veto({"nyt": NYT_JEALOUS, "fox": FOX_JEALOUS})
    assert not veto[_index(claims, "nyt", "They need to make clear"),
                    _index(claims, "fox", "The time has come")]

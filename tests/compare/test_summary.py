"""The merged summary: readable lines, pronouns resolved only when safe, citations kept."""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.conflicts import conflict
from newsprism.compare.summary import is_headline, summarize
from newsprism.models import Article, Claim, Quote

TEXT_A = ('Miller said that Blinken “backed the plan, but he opposed the raid.” '
          "He added that talks would go on.")  # fmt: skip


def _article(aid: str, outlet: str) -> Article:
    return Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=TEXT_A, raw="",
                   raw_format="text", outlet=outlet)  # fmt: skip


def _claim(cid: str, aid: str, text: str, start: int = 0) -> Claim:
    return Claim(cid, aid, 0, text, start=start, end=start + len(text))


def _fact(fid: str, status: str, *claims: Claim) -> AlignedClaim:
    return AlignedClaim(fid, status, list(claims))


ARTICLES = [_article("A", "Outlet A"), _article("B", "Outlet B")]
QUOTE = Quote("q1", "A", "backed the plan, but he opposed the raid.", "direct", "Matthew Miller",
              start=TEXT_A.index("backed"), end=TEXT_A.index("raid.") + 5)  # fmt: skip
QUOTE_2 = Quote("q2", "A", "talks would go on", "reported", "Matthew Miller",
                start=TEXT_A.index("talks"), end=TEXT_A.index("on.") + 2)  # fmt: skip


def test_a_pronoun_inside_the_quoted_words_is_not_the_speaker() -> None:
    clause = _claim("c1", "A", "but he opposed the raid.”", TEXT_A.index("but he"))
    other = _claim("c2", "B", "Blinken opposed a raid on the city")
    [line] = summarize(ARTICLES, [_fact("F1", "shared", clause, other)], [QUOTE])
    assert line["text"] == "Blinken opposed a raid on the city."  # the readable rendering wins
    assert line["original"] == "Blinken opposed a raid on the city"
    assert line["article_ids"] == ["A", "B"] and line["claim_id"] == "F1"


def test_the_speakers_pronoun_is_replaced_by_the_resolved_name() -> None:
    clause = _claim("c1", "A", "He added that talks would go on", TEXT_A.index("He added"))
    [line] = summarize(ARTICLES, [_fact("F1", "unique", clause)], [QUOTE, QUOTE_2])
    assert line["text"] == "Matthew Miller added that talks would go on."


def test_edges_are_mended_and_exact_lines_carry_no_original() -> None:
    cut = _claim("c1", "A", "adding that Blinken “underscored that alternatives exist")
    exact = _claim("c2", "B", "Netanyahu agreed to send a delegation.")
    lines = summarize(ARTICLES, [_fact("F1", "unique", cut), _fact("F2", "unique", exact)])
    assert lines[0]["text"] == "Blinken “underscored that alternatives exist.”"
    assert lines[1] == {"text": "Netanyahu agreed to send a delegation.", "claim_id": "F2",
                        "status": "unique", "article_ids": ["B"],
                        "claim_ids": ["c2"]}  # fmt: skip


def test_each_conflict_is_one_plain_line_citing_both_sides() -> None:
    a = _claim("c1", "A", "1.4 million people live there")
    b = _claim("c2", "B", "600,000 people live there")
    fact = _fact("F1", "conflict", a, b)
    fact.conflicts = [conflict("number", "a number (people)", a, "1.4 million", b, "600,000")]
    [line] = summarize(ARTICLES, [fact])
    assert line["text"] == ("Accounts differ on a number (people): Outlet A says 1.4 million, "
                            "Outlet B says 600,000.")  # fmt: skip
    assert line["article_ids"] == ["A", "B"] and line["claim_ids"] == ["c1", "c2"]


def test_a_line_is_cited_only_to_the_articles_whose_sentence_backs_it() -> None:
    """A chained group (A's sentence linked to B's only through C's) cites A and C, not B."""
    a = _claim("c1", "A", "Netanyahu agreed to send a delegation to Washington.")
    c = _claim("c3", "C", "Netanyahu agreed to send a delegation to Washington this week.")
    b = _claim("c2", "B", "Netanyahu cancelled the delegation's trip to Washington.")
    backing = {frozenset(("c1", "c3"))}
    articles = [*ARTICLES, _article("C", "Outlet C")]
    [line] = summarize(articles, [_fact("F1", "shared", a, b, c)],
                       backs=lambda x, y: frozenset((x.id, y.id)) in backing)  # fmt: skip
    assert line["article_ids"] == ["A", "C"]


def test_a_fragment_or_an_unresolved_pronoun_is_left_out() -> None:
    fragment = _claim("c1", "A", "Former Attorney General Eric Holder.")
    pronoun = _claim("c2", "B", "She said the plan was dead.")
    lines = summarize(ARTICLES, [_fact("F1", "unique", fragment), _fact("F2", "unique", pronoun)])
    assert lines == []


def test_a_quoted_line_names_its_speaker_or_is_left_out() -> None:
    text = "“You are part of the First Family,” she wrote. Officials said talks go on."
    article = Article(id="A", content_hash="A", source_path="a.txt", text=text, raw="",
                      raw_format="text", outlet="Outlet A")  # fmt: skip
    quoted = _claim("c1", "A", "“You are part of the First Family,”", 0)
    quote = Quote("q1", "A", "You are part of the First Family,", "direct", "Elizabeth Lauten",
                  start=1, end=34)  # fmt: skip
    [line] = summarize([article], [_fact("F1", "unique", quoted)], [quote])
    assert line["text"] == "According to Elizabeth Lauten, “You are part of the First Family.”"
    unnamed = Quote("q1", "A", "You are part of the First Family,", "direct", None, start=1,
                    end=34)  # fmt: skip
    assert summarize([article], [_fact("F1", "unique", quoted)], [unnamed]) == []
    reported = _claim("c2", "A", "but that negotiations are ongoing", 40)
    assert summarize([article], [_fact("F2", "unique", reported)]) == []


def _opening(aid: str, text: str, title: str | None = None) -> tuple[Article, Claim]:
    article = Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text, raw="",
                      raw_format="text", title=title)  # fmt: skip
    first = text.split("\n\n")[0]
    return article, _claim(f"{aid}1", aid, first, 0)


# the seed pair's openings (../shared/seeds): Al Mayadeen opens on a deck, Al Jazeera on a lede
DECK = ("US Secretary of State Antony Blinken tells the Israeli occupation’s security minister "
        "that Washington is concerned for the well-being of 1.4 million Palestinian people in "
        "Rafah, Gaza.\n\nAfter Israeli occupation Prime Minister Benjamin Netanyahu canceled an "
        "Israeli delegation’s trip, Blinken stressed US opposition.")  # fmt: skip
LEDE = ("US Secretary of State Anthony Blinken warned Israeli Defense Minister Yoav Gallant "
        "during a meeting in Washington on Monday of the dangers of invading Rafah.\n\n"
        "The meeting was held at the State Department.")  # fmt: skip


def test_headlines_and_decks_are_not_body_sentences() -> None:
    deck, deck_claim = _opening("M", DECK)
    lede, lede_claim = _opening("J", LEDE)
    titled, titled_claim = _opening("T", "US Warns Israel Against Invasion of Rafah\n\n" + LEDE,
                                    "US Warns Israel Against Invasion of Rafah")  # fmt: skip
    bare, bare_claim = _opening("B", "Blinken meets Gallant in Washington\n\n" + LEDE)
    assert is_headline(deck_claim, deck)
    assert is_headline(titled_claim, titled)
    assert is_headline(bare_claim, bare)  # no closing full stop
    assert not is_headline(lede_claim, lede)
    second = _claim("M2", "M", DECK.split("\n\n")[1], DECK.index("After"))
    assert not is_headline(second, deck)


def test_a_unique_line_is_a_body_sentence_not_the_deck() -> None:
    deck, deck_claim = _opening("M", DECK)
    second = _claim("M2", "M", DECK.split("\n\n")[1], DECK.index("After"))
    lines = summarize([deck], [_fact("F1", "unique", deck_claim), _fact("F2", "unique", second)])
    assert [line["claim_ids"] for line in lines] == [["M2"]]


def test_a_quote_opening_on_a_pronoun_is_no_line() -> None:
    """Al Jazeera on the seed pair: the tail of Miller's quote, "It would undermine its
    position in the world.”", names no subject; "According to Miller, “It …”" hides that."""
    text = ("Miller said, “This type of invasion would weaken Israel’s security. "
            "It would undermine its position in the world.”")  # fmt: skip
    article = Article(id="J", content_hash="J", source_path="J.txt", text=text, raw="",
                      raw_format="text")  # fmt: skip
    tail = text.index("It would")
    quote = Quote("q1", "J", text[text.index("This"):-1], "direct", "Matthew Miller",
                  start=text.index("This"), end=len(text) - 1)  # fmt: skip
    claim = _claim("c1", "J", text[tail:], tail)
    assert summarize([article], [_fact("F1", "unique", claim)], [quote]) == []


def test_a_straight_closing_mark_closes_a_curly_quote_and_she_wrote_is_a_flaw() -> None:
    """BASIL 2013, Mary Cheney: HuffPost's "“For the record, … marriage," she wrote." got a
    second closing mark and was chosen over the NYT's sentence that names her."""
    hpo = _claim("h1", "A", "“For the record, I love my sister, but she is dead wrong on the "
                 "issue of marriage,\" she wrote.")  # fmt: skip
    nyt = _claim("n1", "B", "Mary Cheney wrote: “For the record, I love my sister, but she is "
                 "dead wrong on the issue of marriage.”")  # fmt: skip
    [line] = summarize(ARTICLES, [_fact("F1", "shared", hpo, nyt)])
    assert line["text"] == nyt.text
    # alone, it gives the words to "she": who? No line (a quote always names its speaker)
    assert summarize(ARTICLES, [_fact("F2", "unique", hpo)]) == []


def test_a_piece_of_a_quotation_is_no_line() -> None:
    """BASIL 2011, Weiner: HuffPost's `Is the photo of him? I can't say with certitude"
    he told Russert.` (the opening mark lost in the source, the sentence split inside the
    quote) was a summary line: its marks do not pair up and its speaker is "he"."""
    piece = _claim("c1", "A", "I can't say with certitude\" he told Russert.")
    named = _claim("c2", "B", "\"I can't say with certitude,\" Weiner told Russert.")
    assert summarize(ARTICLES, [_fact("F1", "unique", piece)]) == []
    [line] = summarize(ARTICLES, [_fact("F2", "unique", named)])
    assert line["text"] == named.text


def test_a_sentence_inside_unattributed_quotation_marks_is_no_line() -> None:
    """BASIL 2012, HuffPost: a sentence in the middle of a quoted advertisement holds no
    mark itself; no quote with a speaker was found for the paragraph, so it is not the
    outlet's own statement and has no line. The same words outside marks do."""
    quoted = ("Obama used the same words:\n\n\"How would your golden years turn out? "
              "Higher premiums are a gamble. It is not the change we need.\"")  # fmt: skip
    plain = "Obama used the same words.\n\nHigher premiums are a gamble."
    for text, lines in ((quoted, 0), (plain, 1)):
        article = Article(id="H", content_hash="H", source_path="h.txt", text=text, raw="",
                          raw_format="text")  # fmt: skip
        at = text.index("Higher")
        claim = _claim("c1", "H", "Higher premiums are a gamble.", at)
        assert len(summarize([article], [_fact("F1", "unique", claim)])) == lines


def test_a_verb_of_saying_inside_the_quoted_words_names_nobody() -> None:
    """BASIL 2012 b4dbeda7, the NYT: "And I say wait for what?" is Netanyahu's words in
    an ad, inside a quote whose speaker was not found; its "say" is not an attribution,
    so the line is left out (it was shown bare, cited to two outlets). With the speaker
    found it is a question, so no line either (session 26); a "said" after the closing
    mark still names the speaker."""
    text = ("“The world tells Israel, ‘Wait. There’s still time.’ And I say wait for what? "
            "Wait until when?” the prime minister continues.")  # fmt: skip
    article = Article(id="N", content_hash="N", source_path="n.txt", text=text, raw="",
                      raw_format="text")  # fmt: skip
    at = text.index("And I say")
    claim = _claim("c1", "N", "And I say wait for what?", at)
    end = text.index("” the prime")
    unnamed = Quote("q1", "N", text[1:end], "direct", None, start=1, end=end)
    assert summarize([article], [_fact("F1", "unique", claim)], [unnamed]) == []
    named = Quote("q1", "N", text[1:end], "direct", "Benjamin Netanyahu", start=1, end=end)
    # with the speaker found it was "According to Benjamin Netanyahu, “I say wait for
    # what?”": a question states nothing, so no line either (session 26, i12-fixes29)
    assert summarize([article], [_fact("F1", "unique", claim)], [named]) == []
    said = "“We will win this election easily,” Smith said."
    article = Article(id="S", content_hash="S", source_path="s.txt", text=said, raw="",
                      raw_format="text")  # fmt: skip
    quote = Quote("q2", "S", said[1:35], "direct", None, start=1, end=35)
    [line] = summarize([article], [_fact("F2", "unique", _claim("c2", "S", said, 0))], [quote])
    assert line["text"] == said


def test_a_sentence_opening_a_quotation_nobody_was_found_to_speak_is_no_line() -> None:
    """BASIL 2012 b4dbeda7, the NYT: "“The world tells Israel, ‘Wait." opens a quotation
    that no found quote covers (its cue was in the sentence before); it is somebody's
    words with no speaker, not the outlet's. Naming the speaker itself, it stays."""
    text = "“The world tells Israel, ‘Wait. There’s still time.’”"
    article = Article(id="N", content_hash="N", source_path="n.txt", text=text, raw="",
                      raw_format="text")  # fmt: skip
    claim = _claim("c1", "N", "“The world tells Israel, ‘Wait.", 0)
    assert summarize([article], [_fact("F1", "unique", claim)]) == []
    said = "“The world is waiting,” Netanyahu said."
    named = Article(id="S", content_hash="S", source_path="s.txt", text=said, raw="",
                    raw_format="text")  # fmt: skip
    [line] = summarize([named], [_fact("F2", "unique", _claim("c2", "S", said, 0))])
    assert line["text"] == said


def test_a_subject_pronoun_after_an_opening_adverb_is_no_line() -> None:
    """NeuS-AllSides 2021 (NYT editorial): "Normally, that would be the end of it." was a
    summary line; what "that" is sits in the sentence before, which the reader does not
    see. A pronoun after its antecedent, or with a clause saying who, reads alone."""
    from newsprism.compare.readable import unusable_reasons

    assert "pronoun" in unusable_reasons("Normally, that would be the end of it.", [])
    assert "pronoun" in unusable_reasons("On Monday, he said the bill would pass.", [])
    assert unusable_reasons("After Trump spoke, he left the room.", []) == []
    assert unusable_reasons("Those who voted early were told to wait.", []) == []
    line = _claim("c1", "A", "Normally, that would be the end of it.")
    assert summarize(ARTICLES, [_fact("F1", "unique", line)]) == []


def test_a_demonstrative_in_the_subject_points_back() -> None:
    """"The reason for this was twofold." (read on a NeuS roundup, session 16) names
    nothing the line says; a demonstrative with its noun, or none at all, is readable."""
    from newsprism.compare.readable import unusable_reasons

    assert "pronoun" in unusable_reasons("The reason for this was twofold.", [])
    assert "pronoun" in unusable_reasons("The one before that was in a mall in Oregon.", [])
    assert unusable_reasons("The reason for this decision was the budget.", []) == []
    assert unusable_reasons("The reason for the delay was the budget.", []) == []


def test_a_quantifier_standing_alone_for_a_group_points_back() -> None:
    """"Most temporarily moved to remote learning." (session 20 reader, a NeuS report):
    most of the schools the sentence before names. With its group, or a generic "many",
    the line reads alone."""
    from newsprism.compare.readable import unusable_reasons

    assert "pronoun" in unusable_reasons("Most temporarily moved to remote learning.", [])
    assert "pronoun" in unusable_reasons("Others appeared worried about the ruling.", [])
    assert unusable_reasons("Most of the schools moved to remote learning.", []) == []
    assert unusable_reasons("Many believe the ruling will stand.", []) == []

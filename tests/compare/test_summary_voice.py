"""Summary lines a reader cannot use though they parse (session 21 reader): a lone
"many" for the workers of the sentence before, the writer speaking to "you" or asking,
and the fact all outlets report left out while a one-source fact leads."""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.readable import addresses_reader, unusable_reasons
from newsprism.compare.summary import summarize
from newsprism.models import Article, Claim

WORKERS = ("Seafarers, truck drivers and airline workers have endured quarantines to keep "
           "supply chains moving.")  # fmt: skip
BREAKING = "But many are now reaching their breaking point, posing yet another threat."


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text, raw="",
                   raw_format="text", outlet=f"Outlet {aid}")  # fmt: skip


def _claim(cid: str, article: Article, text: str) -> Claim:
    start = article.text.index(text)
    return Claim(cid, article.id, 0, text, start=start, end=start + len(text))


def test_a_lone_many_after_a_dropped_but_points_back() -> None:
    """CNN (NeuS raw row 43): "But many are now reaching their breaking point" became
    the summary's line "Many are now …" (many of the workers named before)."""
    line = "Many are now reaching their breaking point, posing yet another threat."
    assert "pronoun" in unusable_reasons(line, [], original=BREAKING)
    assert "pronoun" in unusable_reasons(line, [], before=WORKERS + " ")
    assert unusable_reasons(line, []) == []  # alone, "many" may be generic
    generic = "Many believe the ruling will stand."
    assert unusable_reasons(generic, [], original=generic,
                            before="The court ruled on Monday. ") == []  # fmt: skip
    assert unusable_reasons("Many of the drivers are now reaching their breaking point.", [],
                            original="But many of the drivers are now reaching it.") == []


def test_the_summary_leaves_out_a_many_that_points_back() -> None:
    article = _article("A", f"{WORKERS} {BREAKING}")
    fact = AlignedClaim("F1", "unique", [_claim("c1", article, BREAKING)])
    assert summarize([article], [fact]) == []
    plain = _article("A", "The court ruled on Monday. Many believe the ruling will stand.")
    generic = "Many believe the ruling will stand."
    kept = AlignedClaim("F1", "unique", [_claim("c1", plain, generic)])
    assert [line["text"] for line in summarize([plain], [kept])] == [generic]


def test_the_writer_speaking_to_the_reader_is_no_line() -> None:
    """National Review (row 50): "The photographs that should be seared in your memory …",
    and then its "Does Governor Abbott have the authority …?"; in a quotation, "you" and a
    question are the speaker's."""
    assert addresses_reader("The photographs that should be seared in your memory are not "
                            "those of agents on horseback.")  # fmt: skip
    assert addresses_reader("Does Governor Abbott have the authority to deploy troopers?")
    assert "voice" in unusable_reasons("You know the plan failed.", [])
    assert not addresses_reader("According to Smith, “You cannot build a wall there.”")
    assert not addresses_reader("“Do you fully support the Obama agenda?” the student asked.")
    assert not addresses_reader("The video can be found on You Tube since Monday.")
    assert not addresses_reader("The governor deployed troopers to the border.")


def test_the_fact_most_outlets_report_leads_cited_to_its_own_outlet() -> None:
    """AP, CNN and the Post (row 73) all report the release, in sentences that say more
    than one another, so no line of it is backed whole; a fact two of them share (one
    relaying) led alone. The most corroborated fact now leads, cited to its outlet only;
    a fact no better corroborated than the next gets no such line."""
    a = _article("A", "Many migrants are being released, officials said. Thousands were freed.")
    b = _article("B", "DHS is releasing some migrants despite claims. Thousands were freed.")
    c = _article("C", "Thousands of migrants have been released, a report said.")
    released = AlignedClaim("F1", "shared", [
        _claim("a1", a, "Many migrants are being released, officials said."),
        _claim("b1", b, "DHS is releasing some migrants despite claims."),
        _claim("c1", c, "Thousands of migrants have been released, a report said.")])
    freed = AlignedClaim("F2", "shared", [_claim("a2", a, "Thousands were freed."),
                                          _claim("b2", b, "Thousands were freed.")])

    def backs(x: Claim, y: Claim) -> bool:
        return x.text == y.text  # only the freed sentences back each other whole

    lines = summarize([a, b, c], [released, freed], backs=backs)
    assert [(line["claim_id"], line["article_ids"]) for line in lines] == [
        ("F1", ["A"]), ("F2", ["A", "B"])]
    tie = AlignedClaim("F1", "shared", released.claims[:2])
    lines = summarize([a, b, c], [tie, freed], backs=backs)
    assert [line["claim_id"] for line in lines] == ["F2"]


def test_a_quantifier_of_a_bare_singular_noun_and_an_answer_point_back() -> None:
    """AP (row 50): "Much of the anger is centered on … Mayorkas" (what anger?); a
    BASIL blog (6b541575): "Will it be a big story? Probably not, but …" (the answer to
    the writer's question). A plural group or a modifier saying which reads alone."""
    anger = "Much of the anger is centered on Homeland Security Secretary Alejandro Mayorkas."
    assert "pronoun" in unusable_reasons(anger, [])
    assert unusable_reasons("Much of the anger at Mayorkas is about the camp.", []) == []
    assert unusable_reasons("Most of the schools moved to remote learning.", []) == []
    answer = "Probably not, but ambush interviews are the next phase of media training."
    assert "voice" in unusable_reasons(answer, [], before="Will it be a big story? ")
    assert unusable_reasons(answer, [], before="He asked, “Will it be a big story?” ") == []
    statement = "The document dump does soften some of the more critical theories."
    # no answer to the question (its "The document dump" is read apart since session 23:
    # a bare definite subject after the lead points back)
    assert "voice" not in unusable_reasons(statement, [], before="What changed on Wednesday? ")


def test_a_line_ending_on_a_colon_is_a_fragment() -> None:
    """BASIL 6b541575: "DNC spokesman Brad Woodhouse addressed the video in a statement
    Monday:" (the statement is the next paragraph) was rendered "…Monday:."."""
    line = "DNC spokesman Brad Woodhouse addressed the video in a statement Monday:."
    assert "fragment" in unusable_reasons(line, [])
    assert unusable_reasons("Woodhouse addressed the video in a statement Monday.", []) == []

"""The summary's opening line plain, and no column's charge (session 22, second pass):
among echoed leads a news report's with no own-voice framing mark first, a line that
already states the lead's event keeps it from being added, and a column's sentence
with an own-voice framing mark is no unique line."""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.lead import opinion_piece, own_voice_marks, restates
from newsprism.compare.summary import summarize
from newsprism.models import Article, Claim

# NeuS raw row 203 (eviction moratorium): NPR's, Politico's, the Washington Times' leads
NPR = ("Days after a national eviction moratorium expired, the Biden administration on "
       "Tuesday issued a new, more limited freeze that remains in effect through Oct. 3.")
POLITICO = ("Bush has led a one-woman protest on the Capitol steps that forced the eviction "
            "crisis to the top of the nation's agenda.")
TIMES = ("The Biden administration on Tuesday buckled to pressure from liberal House "
         "Democrats and announced a limited moratorium on evictions after a comprehensive "
         "federal ban expired over the weekend.")


def _article(aid: str, text: str, url: str | None = None, outlet: str | None = None) -> Article:
    return Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text, raw="",
                   raw_format="text", url=url, outlet=outlet or f"Outlet {aid}")  # fmt: skip


def _story(*texts: str) -> tuple[list[Article], list[AlignedClaim]]:
    """One article per text (one sentence each), each sentence a one-outlet fact."""
    articles = [_article("ABC"[n], text) for n, text in enumerate(texts)]
    facts = [AlignedClaim(f"F{n + 1}", "possibly_shared",
                          [Claim(f"{a.id}:c0", a.id, 0, a.text, start=0, end=len(a.text))])
             for n, a in enumerate(articles)]  # fmt: skip
    return articles, facts


def _mark(text: str, word: str) -> dict[str, list[dict[str, object]]]:
    """A framing result with one own-voice loaded word (the detector's shape)."""
    start = text.index(word)
    return {"loaded_words": [{"start": start, "end": start + len(word), "text": word,
                              "in_quote": False, "score": 0.8}]}  # fmt: skip


def test_the_plain_lead_opens_rather_than_the_charged_one() -> None:
    """Row 203: the Washington Times' "buckled to pressure" opened the summary although
    NPR's plain lead is echoed too; with the framing marks the plain one opens, and
    when the mark is NPR's instead, the Times' does: the marks decide, not the order."""
    articles, facts = _story(NPR, POLITICO, TIMES)
    [line] = summarize(articles, facts, framing={"C": _mark(TIMES, "buckled to pressure")})
    assert (line["text"], line["article_ids"], line["lead"]) == (NPR, ["A"], True)
    [line] = summarize(articles, facts, framing={"A": _mark(NPR, "limited freeze")})
    assert (line["text"], line["article_ids"]) == (TIMES, ["C"])


def test_a_quoted_mark_is_not_the_outlets_voice() -> None:
    """A loaded word inside a quotation is its speaker's, and does not count."""
    frame = _mark(TIMES, "buckled")
    frame["loaded_words"][0]["in_quote"] = True
    assert own_voice_marks(frame) == []
    assert own_voice_marks(_mark(TIMES, "buckled")) == [(TIMES.index("buckled"),
                                                         TIMES.index("buckled") + 7)]


def test_a_columns_lead_never_opens() -> None:
    """A column's lead states its thesis; a report's lead, plain or not, opens first, and
    with every outlet a column no lead opens. Since session 32 such a story is not left
    empty: a column's sentence that states a dated act is its one line
    (compare/summary_fallback.py), never marked as the echoed lead."""
    articles, facts = _story(NPR, POLITICO, TIMES)
    articles[0].url = "https://www.npr.org/opinions/2021/08/03/biden-eviction-freeze"
    [line] = summarize(articles, facts)
    assert line["article_ids"] != ["A"]
    for article in articles:
        article.outlet = "Guest Writer (Opinion)"
    lines = summarize(articles, facts)
    assert all(not line.get("lead") and "Tuesday" in line["text"] for line in lines)
    assert POLITICO not in [line["text"] for line in lines]  # undated: a column's view


def test_opinion_piece_by_section_slug_or_name() -> None:
    """The section or slug of the address, an outlet "… (Opinion)", a title "Opinion:";
    a report of a court's opinion is no column."""
    for url in ["https://www.nytimes.com/2021/10/01/opinion/biden-coin-debt-limit.html",
                "https://www.dailywire.com/news/opinion-the-second-amendment-doesnt-shrink",
                "https://www.newsweek.com/more-unites-parties-israel-divides-opinion-1600369",
                "https://townhall.com/columnists/erichprince/2021/06/19/juneteenth",
                "https://www.washingtonexaminer.com/opinion/editorials/happy-birthday"]:
        assert opinion_piece(_article("A", "x", url=url)), url
    assert opinion_piece(_article("A", "x", outlet="Wall Street Journal (Opinion)"))
    for url in ["https://www.npr.org/2021/08/03/1024345276/the-biden-administration-plans",
                "https://www.cnn.com/2022/06/24/politics/supreme-court-opinion-roe-v-wade"]:
        assert not opinion_piece(_article("A", "x", url=url)), url
    assert not opinion_piece(_article("A", "x", outlet="Wall Street Journal (News)"))


def test_a_line_that_restates_the_lead_keeps_it_out() -> None:
    """The seeds: Al Jazeera's lead opened the summary above the shared line both outlets
    back, which states the same meeting and the same reiterated opposition. Background
    on the same actors with another verb is no restatement (NeuS row 464)."""
    lead = ("US Secretary of State Anthony Blinken warned Israeli Defense Minister Yoav "
            "Gallant during a meeting in Washington on Monday of the dangers of invading "
            "Rafah, reiterating the United States’ rejection of such a large-scale "
            "military operation.")
    miller = ("In his meeting with Gallant, in Washington, Blinken reiterated US "
              "“opposition to a major ground operation in Rafah,” according to the US "
              "State Department spokesperson Matthew Miller.")
    assert restates(miller, lead)
    assert not restates(
        "The Centers for Disease Control and Prevention has banned most evictions across "
        "the country since September.",
        "A federal judge in Washington blocked a nationwide eviction moratorium the U.S. "
        "Centers for Disease Control and Prevention established as the Covid-19 "
        "lockdowns put millions of renters out of work during the past year.")
    later = "Nothing was said of the talks.\n\n" + miller
    articles = [_article("A", lead + "\n\n" + miller), _article("B", later)]
    at_a, at_b = articles[0].text.index(miller), later.index(miller)
    first = Claim("A:c0", "A", 0, lead, start=0, end=len(lead))
    shared = AlignedClaim("F1", "shared", [
        Claim("A:c1", "A", 1, miller, start=at_a, end=at_a + len(miller)),
        Claim("B:c1", "B", 1, miller, start=at_b, end=at_b + len(miller))])
    opening_b = Claim("B:c0", "B", 0, "Nothing was said of the talks.", start=0, end=30)
    facts = [shared, AlignedClaim("F2", "possibly_shared", [first]),
             AlignedClaim("F3", "unique", [opening_b])]
    texts = [line["text"] for line in summarize(articles, facts)]
    assert lead not in texts and texts[0].startswith("In his meeting with Gallant")


def test_a_columns_charge_is_no_unique_line() -> None:
    """Krugman (row 33): "Rubio has become a pathetic figure" is the writer's charge; the
    column's next plain sentence is its line. The same sentence in a report stays."""
    charge = "Senator Marco Rubio has become a pathetic figure in the Senate."
    plain = "Senator Marco Rubio voted against the bill on Thursday."
    text = charge + "\n\n" + plain
    facts = [AlignedClaim("F1", "unique", [Claim("A:c0", "A", 0, charge, start=0,
                                                  end=len(charge))]),
             AlignedClaim("F2", "unique", [Claim("A:c1", "A", 1, plain,
                                                  start=len(charge) + 2, end=len(text))])]
    framing = {"A": _mark(text, "pathetic figure")}
    column = _article("A", text, url="https://www.nytimes.com/2021/10/01/opinion/debt.html")
    assert [line["text"] for line in summarize([column], facts, framing=framing)] == [plain]
    report = _article("A", text, url="https://www.nytimes.com/2021/10/01/us/debt.html")
    assert [line["text"] for line in summarize([report], facts, framing=framing)] == [charge]

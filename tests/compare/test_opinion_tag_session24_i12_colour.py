"""The raw crawl's OPINION tag reaches compare (session 24): NeuS raw row 201's National
Review column by Jim Geraghty (a /corner/ address, its writer as source) opened the
summary as a report, since scripts/neus_raw_inputs.py dropped the tag. The tag is carried
into the source as AllSides names an opinion source ("… (Opinion)"), which the ingest
reads as the outlet and :func:`newsprism.compare.lead.opinion_piece` reads."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.compare.lead import opinion_piece
from newsprism.models import Article
from newsprism.pipeline import clean_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import source_of, write_json

# row 201's right report as the crawl holds it (the body's first paragraph)
GERAGHTY = {
    "newsSource": "Jim Geraghty", "opinionTag": "OPINION",
    "newsTitle": "Remember, the National Media Deliberately Chose to Celebrate Andrew Cuomo",
    "newsLink": "https://www.nationalreview.com/corner/remember-the-national-media-"
                "deliberately-chose-to-celebrate-andrew-cuomo/",
    "newBody": ["Assume, for the moment, that at the height of “Cuomosexuals” in 2020, "
                "members of the national news media did not know that Andrew Cuomo "
                "habitually and shamelessly sexual harassed women who worked for him for "
                "many years."],
}


def _ingested(tmp_path: Path, news: dict) -> Article:
    """The article the ingest makes of the input the script writes for ``news``."""
    path = tmp_path / "right.json"
    write_json(path, {"title": news["newsTitle"], "text": "\n\n".join(news["newBody"]),
                      "source": source_of(news), "date": "2021-08-04T11:15:00-07:00",
                      "url": news["newsLink"]})
    articles, _ = clean_paths([str(path)])
    return articles[0]


def test_the_tagged_column_is_read_as_one(tmp_path: Path) -> None:
    article = _ingested(tmp_path, GERAGHTY)
    assert article.outlet == "Jim Geraghty (Opinion)"
    assert opinion_piece(article)
    # without the tag, nothing of the page says so: the address, source and title are a
    # report's
    untagged = _ingested(tmp_path, {**GERAGHTY, "opinionTag": None})
    assert untagged.outlet == "Jim Geraghty" and not opinion_piece(untagged)


def test_the_source_takes_the_tag_once() -> None:
    assert source_of({"newsSource": "New York Post (News)", "opinionTag": "OPINION"}
                     ) == "New York Post (Opinion)"  # fmt: skip
    assert source_of({"newsSource": "CNN (Opinion)", "opinionTag": "OPINION"}
                     ) == "CNN (Opinion)"  # fmt: skip
    # an analysis or a fact check is a report
    for tag in ("ANALYSIS", "FACT CHECK", "DATA", None):
        assert source_of({"newsSource": "CNN Business", "opinionTag": tag}) == "CNN Business"
    assert json.dumps(source_of({"newsSource": "Axios"})) == '"Axios"'

"""Labels an article gives a person: party, state and office ("Sen. Chris Murphy (D-Conn.)").

Two outlets that give one senator different parties ("(R-CT)" / "(D-Conn.)") or
offices ("Sen." / "Rep.") cannot both be right, whatever the sentences are about: the
label is a fact about the person, so this check needs no aligned pair, only the same
entity (merged across the story by extract/entities.py). Read from the text around each
mention of a named person:

- party and state after the name: "(R-Conn.)", ", D-N.Y.,", "[R-CT]", "(D)", the
  Journal's "(D., Hawaii)", ", Democrat of Vermont," (extract/quotes/party_label.py,
  the reader the speaker rules share);
- party in apposition with no state: ", a Democrat,", ", the Republican nominee"
  (compare/party_appositions.py, session 35);
- party before it: "Republican Sen. X", "Democrat X";
- office before it: "Sen.", "Rep.", "Gov." and their long forms, unless qualified as
  past ("former Sen.", "ex-Gov.", "then-Rep.");
- age in apposition right after the name: "Elizabeth Lauten, 31," ("aged 31"); ages
  one year apart are not a conflict (a birthday may fall between two reports); and
  "36-year-old X" or ", a 36-year-old …" (compare/age_words.py, session 35);
- a title in apposition right after the name ("Raide Jadallah, the assistant chief of
  operations for …"): compared only with the same office (compare/titles.py).

States are folded with ``data/us_states.toml`` (CT = Conn. = Connecticut). A person
given two values of one label inside one article is left out for that label: the
article is inconsistent with itself, or the label is historical ("a Republican-turned-
Democrat"), and a cross-outlet conflict would mislead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.compare.age_words import age_next_to
from newsprism.compare.party_appositions import party_apposition
from newsprism.compare.titles import Title, title_after, titles_clash
from newsprism.extract.quotes.party_label import party_tag_after
from newsprism.extract.states import state_code
from newsprism.models import Mention

_PARTY_LETTER = {"r": "Republican", "d": "Democrat", "i": "Independent"}
_AGE = re.compile(r"^,\s*(?:aged\s+)?(?P<age>\d{1,3})\s*[,;)]")
_PARTY_WORDS = {"republican": "Republican", "democrat": "Democrat", "democratic": "Democrat",
                "independent": "Independent", "gop": "Republican"}  # fmt: skip
_OFFICES = {
    "sen.": "senator", "senator": "senator", "rep.": "representative",
    "representative": "representative", "congressman": "representative",
    "congresswoman": "representative", "gov.": "governor", "governor": "governor",
}  # fmt: skip
# a past word, any case ("Former Rep." opens a sentence), may stand before a state or
# party ("former Arkansas Gov. Mike Huckabee"): the office is still past (session 17)
_BEFORE = re.compile(
    r"(?P<past>\b(?i:former|ex-|then-|onetime|late|retired|retiring)\s*"
    r"(?:[A-Z][\w.]*\s+){0,2}?)?"
    r"(?:(?P<party>Republican|Democratic|Democrat|Independent|GOP)\s+)?"
    r"(?P<office>Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman|Gov\.|Governor)?"
    r"\s*$"
)
_LEFT_CONTEXT = 60


@dataclass(frozen=True)
class PersonLabel:
    """One label an article gives one person, where it stands in the text."""

    entity_id: str
    article_id: str
    kind: str  # party | state | office | age | title
    value: str
    text: str  # as written: "D-Conn.", "Sen.", "the assistant chief of operations"
    offset: int
    title: Title | None = None  # kind "title": the office read (compare/titles.py)


def labels_of(text: str, mentions: Sequence[Mention]) -> list[PersonLabel]:
    """Every party, state and office label the article ``text`` gives a named person."""
    found = []
    for m in mentions:
        if m.label != "PERSON" or not m.entity_id:
            continue
        after = party_tag_after(text, m.end)  # not "(R.I.)": a dotted state
        if after:
            party = _PARTY_LETTER[after.party.lower()]
            found.append(PersonLabel(m.entity_id, m.article_id, "party", party,
                                     after.text, m.end))  # fmt: skip
            code = state_code(after.state or "")
            if code:
                found.append(PersonLabel(m.entity_id, m.article_id, "state", code,
                                         after.state or "", m.end))  # fmt: skip
        elif (bare := party_apposition(text, m.end)) is not None:  # ", a Democrat,"
            found.append(PersonLabel(m.entity_id, m.article_id, "party", *bare, m.end))
        title = title_after(text, m.end)
        if title is not None:
            found.append(PersonLabel(m.entity_id, m.article_id, "title",
                                     " ".join(sorted(title.mods)), title.text, m.end, title))
        age = _AGE.match(text[m.end : m.end + 16])
        if age and 0 < int(age.group("age")) < 120:
            found.append(PersonLabel(m.entity_id, m.article_id, "age", age.group("age"),
                                     age.group("age"), m.end))  # fmt: skip
        elif (words := age_next_to(text, m.start, m.end)) and 0 < int(words[0]) < 120:
            found.append(PersonLabel(m.entity_id, m.article_id, "age", *words))  # "36-year-old X"
        before = _BEFORE.search(text[max(0, m.start - _LEFT_CONTEXT) : m.start])
        if before and not before.group("past"):
            if before.group("party"):
                party = _PARTY_WORDS[before.group("party").lower()]
                found.append(PersonLabel(m.entity_id, m.article_id, "party", party,
                                         before.group("party"), m.start))  # fmt: skip
            if before.group("office"):
                office = _OFFICES[before.group("office").lower()]
                found.append(PersonLabel(m.entity_id, m.article_id, "office", office,
                                         before.group("office"), m.start))  # fmt: skip
    return found


def label_disagreements(labels: Sequence[PersonLabel]) -> list[tuple[PersonLabel, PersonLabel]]:
    """Pairs of labels of one person, kind and two articles that cannot both be right.

    Each (person, kind, pair of articles) once, with the first label of each article.
    """
    by_key: dict[tuple[str, str, str], dict[str, list[PersonLabel]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for label in labels:
        office = label.title.core if label.title else ""  # titles: one office at a time
        by_key[(label.entity_id, label.kind, office)][label.article_id].append(label)
    pairs = []
    for per_article in by_key.values():
        settled = {a: ls[0] for a, ls in per_article.items() if len({x.value for x in ls}) == 1}
        articles = sorted(settled)
        for i, a in enumerate(articles):
            for b in articles[i + 1 :]:
                if _differ(settled[a], settled[b]):
                    pairs.append((settled[a], settled[b]))
    return pairs


def _differ(a: PersonLabel, b: PersonLabel) -> bool:
    """Two values of one label that cannot both be right. Ages one year apart can: a
    birthday may fall between two reports (and outlets count it at different dates)."""
    if a.kind == "age":
        return abs(int(a.value) - int(b.value)) > 1
    if a.title and b.title:
        return titles_clash(a.title, b.title)
    return a.value != b.value

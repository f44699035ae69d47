"""Session 37: compare made cheaper without changing an answer (docs/benchmarks.md,
"Session 37: …").

- ``blas_threads.one_blas_thread``: numpy's BLAS on one thread while a story is
  analysed (its idle worker spun on a core of a 2-core machine); the analysis of the
  seeds is the same JSON with the default threads and with one;
- the memoised ``extract.nlp.doc_text`` instead of ``Doc.text`` (spaCy joins every
  token on each read) in the readers that asked it per article or per mention;
- ``adjective_names._tagged``: the lower-cased sentence read up to the tagger only,
  the same tags as the whole pipeline gives;
- ``extract.nlp.token_strings``: a token attribute's strings from the Doc's array (the
  label terms' keys), and the passage rule's frame set built once;
- ``quotes.marks``: the double and single quotation-mark scans jump from mark to mark
  by regular expression, the same marks and pairs as the scan of every character.
"""

from __future__ import annotations

import json
import random
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from threadpoolctl import threadpool_info

import newsprism.compare.story as story
from newsprism.blas_threads import one_blas_thread
from newsprism.compare.label_terms import _token_keys
from newsprism.compare.passages import (
    _FRAMED,
    _FUNCTION_WORDS,
    CALENDAR,
    PASSAGE_WORDS,
    REPORTED,
    _content,
)
from newsprism.extract.adjective_names import _tagged
from newsprism.extract.framing import frame_doc
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp, token_strings
from newsprism.extract.quotes import extract_quotes
from newsprism.extract.quotes.marks import _double_marks, _opens, _single_pairs, lines
from newsprism.pipeline import clean_paths

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _blas_threads() -> list[int]:
    return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]


@pytest.fixture(scope="module")
def articles() -> list[Any]:
    found, _ = clean_paths(sorted(EXAMPLES.glob("*.txt")))
    return found


def test_one_blas_thread_limits_and_restores() -> None:
    before = _blas_threads()
    with one_blas_thread():
        assert _blas_threads() and set(_blas_threads()) == {1}
    assert _blas_threads() == before


def test_analysis_runs_blas_on_one_thread(articles: list[Any],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if max(_blas_threads() or [1]) < 2:
        pytest.skip("BLAS runs on one thread here anyway")
    seen: list[list[int]] = []
    scores = story.same_fact_scores

    def recording(*args: Any, **kwargs: Any) -> Any:
        seen.append(_blas_threads())
        return scores(*args, **kwargs)

    monkeypatch.setattr(story, "same_fact_scores", recording)
    story.analyze_story(articles)
    assert seen and all(set(threads) == {1} for threads in seen)


def test_analysis_the_same_with_one_blas_thread(articles: list[Any],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    one = json.dumps(story.analyze_story(articles).as_dict(), sort_keys=True)
    monkeypatch.setattr(story, "one_blas_thread", nullcontext)
    default = json.dumps(story.analyze_story(articles).as_dict(), sort_keys=True)
    assert one == default


@pytest.fixture()
def fresh_docs() -> list[Any]:
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return list(load_nlp().pipe(texts))


@pytest.mark.parametrize("reader", [
    lambda doc: find_mentions(doc, "a"),
    lambda doc: frame_doc(doc),
    lambda doc: extract_quotes(doc),
])  # fmt: skip
def test_readers_join_the_text_once_per_doc(fresh_docs: list[Any], reader: Any) -> None:
    """Each reader reads the Doc's memoised text (so it is joined once, and the memo is
    the text spaCy gives)."""
    for doc in fresh_docs:
        assert "newsprism_text" not in doc.user_data
        reader(doc)
        assert doc.user_data["newsprism_text"] == doc.text


def test_tagged_gives_the_whole_pipelines_tags(fresh_docs: list[Any]) -> None:
    nlp = load_nlp()
    sentences = [s.text for doc in fresh_docs for s in doc.sents]
    sentences += ["the interstate highway system", "He met the senate bill's authors.",
                  "A labour leader spoke  in\tLondon."]  # fmt: skip
    for text in sentences:
        alone = _tagged(text)
        assert [t.tag_ for t in alone] == [t.tag_ for t in nlp(text)]
        assert not alone.has_annotation("DEP") and not alone.has_annotation("ENT_IOB")
    assert len(sentences) >= 40


@pytest.mark.parametrize(("attr", "read"), [
    ("LEMMA", lambda t: t.lemma_), ("LOWER", lambda t: t.lower_), ("ORTH", lambda t: t.text),
    ("TAG", lambda t: t.tag_), ("DEP", lambda t: t.dep_),
])  # fmt: skip
def test_token_strings_are_the_tokens_strings(fresh_docs: list[Any], attr: str,
                                              read: Any) -> None:
    for doc in fresh_docs:
        assert token_strings(doc, attr) == [read(t) for t in doc]


def test_token_keys_as_before(fresh_docs: list[Any]) -> None:
    for doc in fresh_docs:
        assert _token_keys(doc) == [{t.lemma_.lower(), t.lower_} for t in doc]


def _content_per_run(run: tuple[str, ...]) -> int:
    """The passage rule as written before session 37 (a frame set built per run)."""
    frame = REPORTED | CALENDAR if REPORTED.intersection(run) else frozenset()
    return sum(w not in _FUNCTION_WORDS and w not in frame for w in run)


def test_passage_content_as_before(fresh_docs: list[Any]) -> None:
    words = [t.lower_ for doc in fresh_docs for t in doc]
    words += "the times reported on monday that the senate said it would vote next week".split()
    runs = [tuple(words[k : k + PASSAGE_WORDS]) for k in range(len(words) - PASSAGE_WORDS)]
    assert [_content(r) for r in runs] == [_content_per_run(r) for r in runs]
    assert any(REPORTED.intersection(r) for r in runs)
    assert _FRAMED >= REPORTED | CALENDAR | _FUNCTION_WORDS


def _double_marks_per_character(text: str, ls: int, le: int) -> list[tuple]:
    """The double-mark scan as written before session 37 (a step per character)."""
    marks: list[tuple] = []
    i = ls
    while i < le:
        c, pair = text[i], text[i : i + 2]
        if pair in ("''", "``"):
            marks.append((i, 2, "typewriter", "either" if pair == "''" else "open"))
            i += 2
            continue
        kinds = {"“": ("curly", "open"), "„": ("curly", "open"), "”": ("curly", "close"),
                 "«": ("guillemet", "open"), "»": ("guillemet", "close"),
                 '"': ("straight", "either")}  # fmt: skip
        if c in kinds:
            marks.append((i, 1, *kinds[c]))
        i += 1
    return marks


def _single_pairs_per_character(text: str, ls: int, le: int, blocked: list) -> list[tuple]:
    """The single-mark scan as written before session 37."""
    pairs: list[tuple] = []

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in blocked)

    def doubled(i: int) -> bool:
        return text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'"

    i = ls
    while i < le:
        c = text[i]
        if (c in ("‘", "'") and not inside(i) and not doubled(i)
                and _opens(text, i, 1, ls, le)):  # fmt: skip
            for j in range(i + 1, le):
                d = text[j]
                if inside(j):
                    break
                if d not in ("’", "'") or (c == "'" and d != "'") or doubled(j):
                    continue
                after = text[j + 1] if j + 1 < le else " "
                if text[j - 1].isspace() or after.isalnum():
                    continue
                if text[i + 1 : j].split():
                    pairs.append((i, i + 1, j, j + 1))
                    i = j
                break
        i += 1
    return pairs


def _mark_texts() -> list[str]:
    """The examples, texts with every kind of mark, and random strings of marks,
    letters and spaces (seeded): the scans must agree on odd input too."""
    rng = random.Random(37)
    alphabet = ["'", "''", "`", "``", '"', "“", "”", "„", "«", "»", "‘", "’", "a", "b",
                " ", " ", "\n", ".", "don’t"]  # fmt: skip
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += ["He said ''we won'' and ``they lost'' — ‘fine’, 'so' « oui » „ja“ \"no\"",
              "'' at the start\n''", "end ''", "x'", "‘a’ ‘b’ 'c' don't States’ 'd'e'"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
              for _ in range(3000)]  # fmt: skip
    return texts


def test_mark_scans_as_before() -> None:
    checked = 0
    for text in _mark_texts():
        for ls, le in [*lines(text), (0, len(text)), (1, max(1, len(text) - 1))]:
            assert _double_marks(text, ls, le) == _double_marks_per_character(text, ls, le)
            for blocked in ([], [(ls + 2, ls + 5)]):
                assert _single_pairs(text, ls, le, blocked) == \
                    _single_pairs_per_character(text, ls, le, blocked)  # fmt: skip
            checked += 1
    assert checked > 5000

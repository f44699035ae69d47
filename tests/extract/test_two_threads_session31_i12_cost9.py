"""Session 31 (issue 12, compare's wall time): a story's English articles are parsed in
two threads (extract/two_threads.py).

Each Doc must be the one ``nlp.pipe`` gives, byte for byte, in the texts' order, however
the texts are split and whatever else parses beside it; an error in the second thread
is raised to the caller and no thread is left; short input stays on one thread.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from spacy.language import Language

from newsprism.extract import two_threads
from newsprism.extract.nlp import load_nlp, parse_texts
from newsprism.extract.two_threads import halves, parse_two_threads

# texts of no gold: a ferry strike, a bridge closure, a museum's new wing, a storm, a
# vote in a town council; of unequal lengths, so the split is not one text a side
BASE = [
    "Ferry crews in Halvorsen walked out on Tuesday, stranding hundreds of commuters. "
    "\"We have waited two years for a contract,\" said Mara Lindqvist, who leads the "
    "crews' union. The operator, Nordwave Lines, said it regretted the disruption.",
    "The Kessler Bridge will close for repairs from March 3, the county said. Engineers "
    "found cracks in two of its steel supports during an inspection last month.",
    "A new wing of the Tallis Museum opens to visitors on Saturday. It holds 400 works "
    "donated by the painter Irene Vasquez, who died in 2019.",
    "Forecasters warned that Storm Edda could bring winds of 120 km/h to the coast. "
    "Schools in three districts will stay shut on Friday, officials in Brannock said.",
    "The council of Little Ashford voted 7-2 to raise parking fees. Councillor Tom "
    "Reyes, who voted against, called the rise \"a tax on shop workers\".",
]
TEXTS = [f"{text} {BASE[(k + 1) % len(BASE)]}" * (1 + k % 3) for k, text in enumerate(BASE)]


def _bytes(docs: list) -> list[bytes]:
    return [doc.to_bytes() for doc in docs]


def _parse_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("newsprism-parse")]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def test_halves_cover_every_text_once_in_order_and_balance_length() -> None:
    texts = ["x" * n for n in (900, 100, 500, 450, 60, 300)]
    one, other = halves(texts)
    assert sorted(one + other) == list(range(len(texts)))
    assert one == sorted(one) and other == sorted(other)
    light, heavy = sorted(sum(len(texts[i]) for i in g) for g in (one, other))
    assert heavy - light <= max(map(len, texts)) and light > 0


def test_halves_of_one_text_leave_the_other_side_empty() -> None:
    assert halves(["only"]) == ([0], [])


def test_docs_are_byte_for_byte_those_of_one_pipe_in_order(nlp: Language) -> None:
    assert sum(map(len, TEXTS)) >= two_threads.MIN_CHARS  # the threads do run
    expected = _bytes(list(nlp.pipe(TEXTS)))
    for texts in (TEXTS, TEXTS[::-1], TEXTS[1:4]):
        got = parse_two_threads(nlp, texts)
        assert [d.text for d in got] == texts
        assert _bytes(got) == [expected[TEXTS.index(t)] for t in texts]
    assert _parse_threads() == []


def test_two_stories_parsed_at_once_by_two_callers_match_one_pipe(nlp: Language) -> None:
    """Four threads on one pipeline (two callers, each with its second thread)."""
    expected = _bytes(list(nlp.pipe(TEXTS)))
    stories = [TEXTS, TEXTS[::-1]] * 3
    with ThreadPoolExecutor(max_workers=2) as callers:
        results = list(callers.map(lambda texts: parse_two_threads(nlp, texts), stories))
    for texts, got in zip(stories, results, strict=True):
        assert _bytes(got) == [expected[TEXTS.index(t)] for t in texts]


def test_short_input_stays_on_the_calling_thread(nlp: Language, monkeypatch) -> None:
    started: list[int] = []
    real = two_threads.ThreadPoolExecutor

    def counting(*args, **kwargs):
        started.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(two_threads, "ThreadPoolExecutor", counting)
    short = ["The vote passed.", "Fees rise in May."]
    assert _bytes(parse_two_threads(nlp, short)) == _bytes(list(nlp.pipe(short)))
    assert _bytes(parse_two_threads(nlp, TEXTS[:1] * 1)) == _bytes(list(nlp.pipe(TEXTS[:1])))
    assert started == []
    parse_two_threads(nlp, TEXTS)
    assert started == [1]


def test_a_long_story_stays_on_the_calling_thread(nlp: Language, monkeypatch) -> None:
    """Above MAX_CHARS the second thread's arena would hold too much (module doc)."""
    started: list[int] = []
    real = two_threads.ThreadPoolExecutor
    monkeypatch.setattr(two_threads, "ThreadPoolExecutor",
                        lambda *a, **k: started.append(1) or real(*a, **k))  # fmt: skip
    monkeypatch.setattr(two_threads, "MAX_CHARS", sum(map(len, TEXTS)) - 1)
    assert _bytes(parse_two_threads(nlp, TEXTS)) == _bytes(list(nlp.pipe(TEXTS)))
    assert started == []
    monkeypatch.setattr(two_threads, "MAX_CHARS", sum(map(len, TEXTS)))
    parse_two_threads(nlp, TEXTS)
    assert started == [1]


def test_an_error_in_the_second_thread_reaches_the_caller_and_no_thread_is_left() -> None:
    nlp = Language()

    @Language.component("session31_fails_on_hail")
    def fails_on_hail(doc):
        if "hail" in doc.text.lower():
            raise ValueError("hail")
        return doc

    nlp.add_pipe("session31_fails_on_hail")
    texts = ["Sun all week. " * 200, "Hail on Sunday. " * 10]  # the short one goes second
    assert halves(texts)[1] == [1]
    with pytest.raises(ValueError, match="hail"):
        parse_two_threads(nlp, texts)
    assert _parse_threads() == []


def test_parse_texts_gives_the_same_docs_with_arabic_on_its_own_path(nlp: Language) -> None:
    texts = [TEXTS[0], "صوت المجلس على رفع رسوم الوقوف. وقال رئيسه إن القرار نهائي.", *TEXTS[1:]]
    languages = ["en", "ar", *["en"] * (len(TEXTS) - 1)]
    one = parse_texts(texts, languages)
    two = parse_texts(texts, languages, two_threads=True)
    assert _bytes(two) == _bytes(one)
    assert two[1].lang_ == "ar" and two[0].lang_ == "en"

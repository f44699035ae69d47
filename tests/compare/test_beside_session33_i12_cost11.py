"""Session 33 (issue 12, compare's wall time): the omission check runs in a second
thread beside framing, the summary, the label choice and the voices, and the switch
interval is short while the analysis's threads run (compare/beside.py).

Nothing the analysis answers may change; the check must run in the other thread, its
error must reach the caller, no thread may outlive the analysis, and the process's
switch interval must be put back however the analyses end.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future

import numpy as np
import pytest

from newsprism.compare import story
from newsprism.compare.beside import SWITCH_INTERVAL, Beside, quick_switches, switching
from newsprism.compare.prefetch import Prefetch
from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths
from tests.conftest import SEED_000, SEED_003


def _threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("newsprism-beside")]


def test_the_interval_is_short_inside_and_put_back_after() -> None:
    before = sys.getswitchinterval()
    with quick_switches():
        assert sys.getswitchinterval() == pytest.approx(min(before, SWITCH_INTERVAL))
    assert sys.getswitchinterval() == before


def test_a_shorter_interval_already_in_force_is_kept() -> None:
    before = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL / 4)
    try:
        with quick_switches():
            assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL / 4)
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL / 4)
    finally:
        sys.setswitchinterval(before)


def test_overlapping_analyses_put_back_the_first_interval_when_the_last_leaves() -> None:
    before = sys.getswitchinterval()
    inside, leave = threading.Barrier(2), threading.Event()
    seen: list[float] = []

    def analysis() -> None:
        with quick_switches():
            inside.wait()
            leave.wait()
            seen.append(sys.getswitchinterval())

    other = threading.Thread(target=analysis)
    with quick_switches():
        other.start()
        inside.wait()
    # this caller left first: the other analysis still runs with the short interval
    assert sys.getswitchinterval() == pytest.approx(min(before, SWITCH_INTERVAL))
    leave.set()
    other.join()
    assert seen == [pytest.approx(min(before, SWITCH_INTERVAL))]
    assert sys.getswitchinterval() == before


def test_an_error_inside_still_puts_the_interval_back() -> None:
    before = sys.getswitchinterval()
    with pytest.raises(KeyError), quick_switches():
        raise KeyError("no such article")
    assert sys.getswitchinterval() == before


def test_the_interval_is_short_while_the_minilm_thread_embeds_and_put_back_after() -> None:
    before, seen = sys.getswitchinterval(), []

    def encoder(texts: list[str]) -> np.ndarray:
        seen.append(sys.getswitchinterval())
        return np.ones((len(texts), 3), dtype=np.float32)

    with Prefetch(encoder, ["Ferries were cancelled.", "The bridge reopened at noon."]) as encode:
        assert encode(["The bridge reopened at noon."]).shape == (1, 3)
    assert seen == [pytest.approx(min(before, SWITCH_INTERVAL))]
    assert sys.getswitchinterval() == before


def test_a_switching_call_runs_under_the_short_interval_and_no_other_code_does() -> None:
    before = sys.getswitchinterval()
    assert switching(sys.getswitchinterval)() == pytest.approx(min(before, SWITCH_INTERVAL))
    assert sys.getswitchinterval() == before


def test_the_step_runs_in_the_other_thread_and_its_answer_is_handed_back() -> None:
    with Beside() as other:
        ran = other.submit(lambda a, b: (threading.current_thread().name, a + b), 2, 3)
        name, total = ran.result()
    assert name.startswith("newsprism-beside") and total == 5
    assert _threads() == []


def test_an_error_in_the_thread_is_raised_where_the_answer_is_read() -> None:
    def failing() -> None:
        raise ValueError("an unreadable report")

    with Beside() as other:
        ran = other.submit(failing)
        with pytest.raises(ValueError, match="unreadable"):
            ran.result()
    assert _threads() == []


def test_leaving_cancels_a_waiting_step_and_waits_for_a_running_one() -> None:
    started, done = threading.Event(), []

    def slow() -> None:
        started.set()
        time.sleep(0.05)
        done.append("slow")

    with pytest.raises(RuntimeError), Beside() as other:
        first = other.submit(slow)
        queued: Future[None] = other.submit(done.append, "queued")
        started.wait()
        raise RuntimeError("the analysis failed meanwhile")
    assert first.done() and done == ["slow"]  # waited for, not cut short
    assert queued.cancelled()  # never started
    assert _threads() == []


@pytest.fixture(scope="module")
def seeds() -> Iterator[list]:
    articles, _ = clean_paths([SEED_000, SEED_003])
    yield articles


class _Here:
    """Beside's interface, the step run at once on the calling thread (the order of
    session 32: the check before framing and the summary)."""

    def submit(self, function, *args):  # type: ignore[no-untyped-def]
        future: Future = Future()
        future.set_result(function(*args))
        return future

    def __enter__(self) -> _Here:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_the_seed_pairs_analysis_is_the_same_as_with_the_check_in_order(
        seeds: list, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    before = sys.getswitchinterval()
    where: list[str] = []
    real = story.omissions

    def recording(*args: object) -> object:
        where.append(threading.current_thread().name)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(story, "omissions", recording)
    beside_thread = analyze_story(seeds).as_dict()
    assert len(where) == 1 and where[0].startswith("newsprism-beside")
    assert _threads() == [] and sys.getswitchinterval() == before
    monkeypatch.setattr(story, "Beside", _Here)
    in_order = analyze_story(seeds).as_dict()
    assert where[1] == threading.current_thread().name
    assert beside_thread == in_order
    assert beside_thread["omissions"] and any(beside_thread["omissions"].values())


class _Stop(Exception):
    """Ends the analysis once the claims are asked for: the order is all a test reads."""


def _order(articles: list, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    order: list[str] = []
    quotes = story._story_quotes

    def reading_quotes(*args: object) -> object:
        order.append("quotes")
        return quotes(*args)  # type: ignore[arg-type]

    def reading_claims(*args: object) -> object:
        order.append("claims")
        raise _Stop

    monkeypatch.setattr(story, "_story_quotes", reading_quotes)
    monkeypatch.setattr(story, "_story_claims", reading_claims)
    with pytest.raises(_Stop):
        analyze_story(articles)
    return order


def test_the_claims_come_before_the_quotes_in_an_english_story(
        seeds: list, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    assert _order(seeds, monkeypatch) == ["claims"]  # the quotes would have come next
    assert _threads() == []


def test_the_quotes_come_first_when_an_article_is_arabic(
        seeds: list, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    # an Arabic article's claims add its spellings to the entities' aliases, which the
    # quotes' speakers are looked up by
    arabic, _ = clean_paths([SEED_000.parent.parent / "tests" / "data" / "crosslang"
                             / "ar_seed_report.txt"])  # fmt: skip
    assert _order([*seeds, *arabic], monkeypatch) == ["quotes", "claims"]
    assert _threads() == []

"""``make fuzz``: fuzz ingest for a bounded time; write each crash as a minimal file.

    python -m tests.fuzz.run --seconds 300 --crashers fuzz-crashers

Rounds of Hypothesis examples (:mod:`tests.fuzz.inputs`) go through the harness
(:mod:`tests.fuzz.harness`) until the time is up; every tenth round instead compares
two fuzzed articles. A failure is shrunk by Hypothesis, then cut further byte by byte
(:func:`minimize`), and written to ``CRASHERS/<kind>-<function>-<hash>/``: the input
under its own name, its sidecar if it had one, and ``.traceback`` (hidden, so
``newsprism ingest CRASHERS/<that folder>`` reproduces the crash). A crash of a kind
already found is skipped, so that one run can find several bugs. The crashers of earlier
runs are replayed first and reported again while they still fail.

Exit status: 0 when nothing failed, 1 when a crash was found or replayed.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import os
import shutil
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from hypothesis import HealthCheck, Verbosity, given, settings

from tests.fuzz.harness import Harness
from tests.fuzz.inputs import FuzzInput, fuzz_inputs, load_seeds

ROOT = Path(__file__).resolve().parents[2]
ROUND = 100  # examples per Hypothesis round
COMPARE_EVERY = 10  # every tenth round compares two articles (about 0.1-2 s a pair)
# One example that takes this much CPU time is a failure ("hang"). CPU, not wall time:
# the machine is shared, and a loaded one would make slow inputs look hung.
SLOW_SECONDS = 30
STUCK_SECONDS = 300  # wall time: one stuck this long (blocked, or in C code) ends the process
MINIMIZE_SECONDS = 60  # time spent cutting one crasher down
RECURSION_MARGIN = 200  # frames of room a cut-down input keeps (see minimize)


class Hang(Exception):
    """One input took more than ``SLOW_SECONDS`` of CPU time."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang(f"no result after {SLOW_SECONDS} s of CPU time")


@dataclass
class Crash:
    """A failure: the input that shows it, and where it was raised."""

    signature: str
    given: FuzzInput
    error: str
    where: str
    trace: str
    replayed: bool = False


@dataclass
class Report:
    """What a fuzzing run did."""

    examples: int = 0
    compared: int = 0
    articles: int = 0
    crashes: list[Crash] = field(default_factory=list)
    seconds: float = 0.0


def signature(exc: BaseException) -> tuple[str, str]:
    """(signature, where): the exception type and the innermost newsprism frame.

    Line numbers are left out, so one bug is one signature even as the code moves.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/newsprism/" in f.filename] or frames
    where = f"{ours[-1].filename.rsplit('/newsprism/', 1)[-1]}:{ours[-1].name}" if ours else "?"
    cause = exc.__cause__ or exc
    return f"{type(cause).__name__} at {where}", f"{where} (line {ours[-1].lineno if ours else 0})"


class Fuzzer:
    """One run: a harness, the seeds, the crashes found so far."""

    def __init__(self, crashers: Path, harness: Harness, skip: Iterable[str] = ()) -> None:
        self.crashers, self.harness = crashers, harness
        self.seeds = load_seeds(crashers)
        self.known: dict[str, Crash | None] = dict.fromkeys(skip)
        self.last: tuple[FuzzInput, BaseException] | None = None
        self.report = Report()

    def attempt(self, given: FuzzInput) -> None:
        """Ingest ``given``; raise only a failure of a kind not found yet."""
        try:
            self._timed(lambda: self.harness.ingest(given))
        except Exception as exc:
            if signature(exc)[0] in self.known:
                return
            self.last = (given, exc)
            raise
        finally:
            self.report.examples += 1

    def attempt_pair(self, first: FuzzInput, second: FuzzInput) -> None:
        """Ingest two inputs and, when both give an article, compare them."""
        try:
            one = self._timed(lambda: self.harness.ingest(first)).articles
            two = self._timed(lambda: self.harness.ingest(second)).articles
            if one and two:
                self._timed(lambda: self.harness.compare(one[0], two[0]))
                self.report.compared += 1
        except Exception as exc:
            if signature(exc)[0] in self.known:
                return
            self.last = (second, exc)
            raise

    def _timed(self, call: Callable) -> object:
        signal.setitimer(signal.ITIMER_PROF, SLOW_SECONDS)
        faulthandler.dump_traceback_later(STUCK_SECONDS, exit=True)
        try:
            return call()
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            faulthandler.cancel_dump_traceback_later()

    def round(self, examples: int, *, pairs: bool = False, derandomize: bool = False) -> None:
        """One Hypothesis round; a new failure is shrunk, minimized and written."""
        strategy = fuzz_inputs(self.seeds)
        options = settings(max_examples=examples, deadline=None, database=None,
                           derandomize=derandomize, report_multiple_bugs=False,
                           suppress_health_check=list(HealthCheck),
                           verbosity=Verbosity.quiet)  # fmt: skip
        if pairs:
            test = options(given(strategy, strategy)(self.attempt_pair))
        else:
            test = options(given(strategy)(self.attempt))
        self.last = None
        try:
            test()
        except Exception:
            if self.last is None:
                raise  # the harness itself broke, not ingest
            self.record(*self.last)

    def record(self, given: FuzzInput, exc: BaseException, replayed: bool = False) -> Crash:
        """Minimize, write and remember the crash of ``given``."""
        sig, where = signature(exc)
        trace = "".join(traceback.format_exception(exc))
        if not replayed:
            given = minimize(given, lambda g: self._fails_as(g, sig))
        crash = Crash(sig, given, f"{type(exc).__name__}: {exc}"[:500], where, trace, replayed)
        self.known[sig] = crash
        self.report.crashes.append(crash)
        if not replayed:
            write_crasher(self.crashers, crash)
        return crash

    def _fails_as(self, given: FuzzInput, sig: str) -> bool:
        try:
            self._timed(lambda: self.harness.ingest(given))
        except Exception as exc:
            return signature(exc)[0] == sig
        return False

    def replay(self) -> None:
        """Ingest the crashers of earlier runs; those that still fail are reported again."""
        for folder in sorted(p for p in self.crashers.glob("*") if p.is_dir()):
            given = read_crasher(folder)
            if given is None:
                continue
            try:
                self._timed(lambda g=given: self.harness.ingest(g))
            except Exception as exc:
                self.record(given, exc, replayed=True)


def minimize(given: FuzzInput, fails: Callable[[FuzzInput], bool],
             seconds: float = MINIMIZE_SECONDS) -> FuzzInput:  # fmt: skip
    """The smallest input found that still ``fails``: without the sidecar if it can, with
    a plain name, then with chunks of bytes removed, halving the chunk (delta debugging)."""
    limit = sys.getrecursionlimit()
    # Cut with room to spare: a RecursionError input cut to the exact depth that fails
    # here would pass from the shallower stack of the CLI or of a replay.
    sys.setrecursionlimit(limit + RECURSION_MARGIN)
    try:
        return _cut(given, fails, time.monotonic() + seconds)
    finally:
        sys.setrecursionlimit(limit)


def _cut(given: FuzzInput, fails: Callable[[FuzzInput], bool], stop: float) -> FuzzInput:
    """The cutting itself, until ``stop`` (a ``time.monotonic`` value)."""
    if not fails(given):
        return given  # not reproducible in this session (state): kept as it was
    if given.sidecar is not None and fails(FuzzInput(given.name, given.data)):
        given = FuzzInput(given.name, given.data)
    suffix = b"." + given.name.split(b".", 1)[1] if b"." in given.name else b""
    plain = FuzzInput(b"item" + suffix, given.data, given.sidecar)
    if plain.name != given.name and fails(plain):
        given = plain
    chunk = max(1, len(given.data) // 2)
    while chunk >= 1 and time.monotonic() < stop:
        at = 0
        while at < len(given.data) and time.monotonic() < stop:
            cut = FuzzInput(given.name, given.data[:at] + given.data[at + chunk :], given.sidecar)
            if fails(cut):
                given = cut
            else:
                at += chunk
        chunk //= 2
    return given


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-")[:60]


def write_crasher(crashers: Path, crash: Crash) -> Path:
    """``CRASHERS/<slug>/``: the input under its name, its sidecar, ``.traceback``."""
    digest = hashlib.sha256(crash.signature.encode()).hexdigest()[:8]
    folder = crashers / f"{_slug(crash.signature)}-{digest}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    Harness.write_into(crash.given, folder)
    (folder / ".traceback").write_text(
        f"{crash.signature}\n{crash.error}\n\n{crash.trace}", "utf-8", errors="backslashreplace"
    )
    return folder


def read_crasher(folder: Path) -> FuzzInput | None:
    """The input a crasher folder holds: the file ``.input`` names, and its sidecar."""
    try:
        name = (folder / ".input").read_bytes()
        base = os.fsencode(folder) + b"/"
        given = FuzzInput(name, Path(os.fsdecode(base + name)).read_bytes())
    except OSError:
        return None
    sidecar = Path(os.fsdecode(base + given.sidecar_name()))
    if given.sidecar_name() != name and sidecar.is_file():
        return FuzzInput(name, given.data, sidecar.read_bytes())
    return given


def run_fuzz(crashers: Path, *, seconds: float = 300, examples: int | None = None,
             derandomize: bool = False, replay: bool = True,
             skip: Iterable[str] = ()) -> Report:  # fmt: skip
    """Fuzz for ``seconds`` (or exactly one round of ``examples``, plus a tenth as many
    compared pairs; 0: replay only); crashers go to ``crashers``. A crash whose signature
    is in ``skip`` (a known open bug) is passed over like one found already.

    The harness works in ``crashers/.work``: an input stuck past ``STUCK_SECONDS`` in C
    code ends the process (faulthandler prints where) and is left in ``.work/in``.
    """
    crashers.mkdir(parents=True, exist_ok=True)
    work = crashers / ".work"
    shutil.rmtree(work, ignore_errors=True)
    harness = Harness(work)
    fuzzer = Fuzzer(crashers, harness, skip)
    previous = signal.signal(signal.SIGPROF, _alarm)
    started = time.monotonic()
    try:
        if replay:
            fuzzer.replay()
        if examples:
            fuzzer.round(examples, derandomize=derandomize)
            fuzzer.round(max(1, examples // 10), pairs=True, derandomize=derandomize)
        rounds = 0
        while examples is None and time.monotonic() - started < seconds:
            rounds += 1
            fuzzer.round(ROUND, pairs=rounds % COMPARE_EVERY == 0)
    finally:
        signal.signal(signal.SIGPROF, previous)
        harness.close()
        shutil.rmtree(work, ignore_errors=True)
    fuzzer.report.articles = harness.articles
    fuzzer.report.seconds = time.monotonic() - started
    return fuzzer.report


def _print(report: Report, crashers: Path) -> None:
    print(f"{report.examples} inputs ingested, {report.articles} articles stored, "
          f"{report.compared} pairs compared in {report.seconds:.0f} s")  # fmt: skip
    for crash in report.crashes:
        state = "still fails" if crash.replayed else "NEW"
        digest = hashlib.sha256(crash.signature.encode()).hexdigest()[:8]
        print(f"{state}: {crash.signature} ({crash.where})\n  {crash.error[:300]}\n"
              f"  input: {len(crash.given.data)} bytes named {crash.given.name!r}; "
              f"{crashers / (_slug(crash.signature) + '-' + digest)}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.run",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--seconds", type=float,
                        default=float(os.environ.get("FUZZ_SECONDS", 300)),
                        help="how long to fuzz (default $FUZZ_SECONDS or 300)")  # fmt: skip
    parser.add_argument("--crashers", type=Path, default=ROOT / "fuzz-crashers",
                        help="where crashers are written (default fuzz-crashers/)")  # fmt: skip
    parser.add_argument("--no-replay", action="store_true",
                        help="do not replay the crashers of earlier runs first")  # fmt: skip
    args = parser.parse_args(argv)
    print(f"fuzzing ingest for {args.seconds:.0f} s; crashers go to {args.crashers}/",
          flush=True)  # fmt: skip
    report = run_fuzz(args.crashers, seconds=args.seconds, replay=not args.no_replay)
    _print(report, args.crashers)
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())

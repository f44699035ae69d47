"""Clean plain scraped text: find the title, drop boilerplate lines, keep every sentence.

Plain text has no markup, so boilerplate is recognised from the lines themselves, in a
cascade where each step only sees what the one before left undecided:

1. pattern rules from ``data/boilerplate.toml`` (share prompts, comment forms,
   hashtags, epoch/date stamps, "Last update", "Read more:" …);
2. stamp-only lines found by the date finder ("2024-03-26 02:21:30");
3. the title: the first line, when it is shaped like a headline;
4. shape rules: a headline of another article pasted between paragraphs;
5. the line scorer (``clean/scorer.py``) for short lines nothing above decided.

Every removed line is returned with the name of the step that removed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.clean.dates import FoundStamp, find_stamps, is_stamp_only, numeric_order_hint
from newsprism.clean.dates_arabic import attach_clock
from newsprism.clean.fragments import cut_fragments
from newsprism.clean.rules import HEAD_LINES, RuleSet, load_rules
from newsprism.clean.scorer import LineScorer, load_scorer
from newsprism.models import RemovedLine

_OPENING_PUNCT = "\"'“‘«([¿¡-–— "


def opens_sentence(line: str) -> bool:
    """Starts like a sentence: a capital, a digit, or a letter of a caseless script (Arabic)."""
    stripped = line.lstrip(_OPENING_PUNCT)
    if not stripped:
        return False
    first = stripped[0]
    return first.isdigit() or (first.isalpha() and not first.islower())


@dataclass
class LineCleanResult:
    """What the line cleaner decided for one text."""

    title: str | None
    paragraphs: list[str]
    removed: list[RemovedLine]
    stamps: list[FoundStamp] = field(default_factory=list)


def word_count(line: str) -> int:
    return len(line.split())


_SENTENCE_MARKS = ".!?…:;؟।。！？"
_CLOSERS = "\"'”’»)]"


def ends_sentence(line: str) -> bool:
    """Whether the line ends with sentence punctuation (closing quotes and brackets after
    it allowed). Linear in the line: the regex form searched every position of a long line
    of closers, which a 743 kB fuzzed input turned into a hang."""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_MARKS


def looks_like_headline(line: str, *, min_words: int, max_words: int) -> bool:
    """A headline: a few words, no sentence-final punctuation, not a bare number or URL."""
    words = word_count(line)
    if not (min_words <= words <= max_words) or ends_sentence(line):
        return False
    if line.endswith(","):
        return False
    letters = sum(ch.isalpha() for ch in line)
    return letters >= 0.5 * len(line.replace(" ", "")) and "://" not in line


def clean_lines(
    text: str,
    *,
    rules: RuleSet | None = None,
    scorer: LineScorer | None = None,
    find_title: bool = True,
    shape_rules: bool = True,
    source: str = "text",
) -> LineCleanResult:
    """Split text into lines and decide, for each, article or boilerplate.

    Args:
        text: the article text, one paragraph per line (blank lines are ignored).
        rules: the rule set; the packaged one by default.
        scorer: the fallback line scorer; the packaged one by default.
        find_title: look for a headline on the first line (off for HTML paragraphs,
            whose title comes from markup).
        shape_rules: look for other articles' headlines pasted between paragraphs
            (off for HTML blocks, where such a line is usually a real subheading).
        source: prefix for stamp sources ("text" -> "text:3" for line 3).

    Returns:
        The title (or None), the kept paragraphs in order, the removed lines with
        reasons, and every date stamp found on removed stamp lines.
    """
    rules = rules or load_rules()
    scorer = scorer or load_scorer()
    lines = [(i, line.strip()) for i, line in enumerate(text.splitlines())]
    lines = [(i, line) for i, line in lines if line]
    decisions: dict[int, str] = {}
    stamps = _rule_and_stamp_lines(lines, decisions, rules, source)
    stamps.extend(attach_clock(stamps, [(i, s) for i, s in lines if i in decisions], source))
    _apply_follow_rules(lines, decisions, rules)
    _apply_tail_rules(lines, decisions, rules)
    title = _take_title(lines, decisions, rules) if find_title else None

    lines, pieces = cut_fragments(lines, decisions)
    body = [(i, line) for i, line in lines if i not in decisions]
    if shape_rules:
        _mark_pasted_headlines(body, decisions, rules, has_title=title is not None)
    body = [(i, line) for i, line in body if i not in decisions]
    for i, line in body:
        reason = scorer.reason(line, position=i, total=len(lines))
        if reason:
            decisions[i] = reason
    removed = [RemovedLine(line, decisions[i], i) for i, line in lines if i in decisions]
    removed = sorted([*removed, *pieces], key=lambda r: r.position)
    paragraphs = _join_wrapped([(i, line) for i, line in lines if i not in decisions])
    return LineCleanResult(title, paragraphs, removed, stamps)


def _rule_and_stamp_lines(lines: list[tuple[int, str]], decisions: dict[int, str],
                          rules: RuleSet, source: str) -> list[FoundStamp]:  # fmt: skip
    """Decide the lines that a rule names, and the lines that are only a date stamp
    (into ``decisions``); return every date stamp found on them."""
    day_first = numeric_order_hint([line for _, line in lines])
    stamps: list[FoundStamp] = []
    stamp_max_words = rules.shape("date-stamp", "max_words", 12)
    for rank, (i, line) in enumerate(lines):
        words = word_count(line)
        rule = rules.first_match(line, words)
        if rule is not None and rule.position == "head" and rank >= HEAD_LINES:
            rule = None
        if rule is not None:
            decisions[i] = rule.name
            if rule.stamps:
                stamps.extend(find_stamps(line, source=f"{source}:{i + 1}", day_first=day_first))
            continue
        if words <= stamp_max_words:
            found = find_stamps(line, source=f"{source}:{i + 1}", day_first=day_first)
            if found and is_stamp_only(line, found):
                decisions[i] = "date-stamp"
                stamps.extend(found)
    return stamps


def _take_title(lines: list[tuple[int, str]], decisions: dict[int, str],
                rules: RuleSet) -> str | None:  # fmt: skip
    """The first content line when it reads as a headline and the next line does not
    continue it (then marked "title" in ``decisions``); None otherwise."""
    body = [(i, line) for i, line in lines if i not in decisions]
    if not body or body[0][0] != _first_content_index(lines, decisions):
        return None
    first_i, first = body[0]
    runs_on = len(body) > 1 and not opens_sentence(body[1][1])
    if runs_on or not looks_like_headline(
        first,
        min_words=rules.shape("title", "min_words", 2),
        max_words=rules.shape("title", "max_words", 30),
    ):
        return None
    decisions[first_i] = "title"
    return first


def _join_wrapped(kept: list[tuple[int, str]]) -> list[str]:
    """Re-join hard-wrapped lines: adjacent input lines where a sentence runs on.

    A line that does not end a sentence, directly followed (no blank line between)
    by one that starts in lower case, is one paragraph wrapped at a fixed width.
    """
    paragraphs: list[str] = []
    previous_index = -2
    for i, line in kept:
        if (
            paragraphs
            and i == previous_index + 1
            and not ends_sentence(paragraphs[-1])
            and not opens_sentence(line)
            and line[:1].isalpha()
        ):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        previous_index = i
    return paragraphs


def _first_content_index(lines: list[tuple[int, str]], decisions: dict[int, str]) -> int | None:
    """The first line that is not a stamp or rule match, if it is among the first lines."""
    for rank, (i, _) in enumerate(lines):
        if i not in decisions:
            return i if rank < HEAD_LINES else None
    return None


def _apply_follow_rules(
    lines: list[tuple[int, str]], decisions: dict[int, str], rules: RuleSet
) -> None:
    """Rules with ``follows`` judge a line only right after a line removed by the rule they
    follow, or by one of them: the paywall's own offer runs on from its stub, and stops
    at the first line that is not part of it."""
    followers = rules.followers
    if not followers:
        return
    # A follower goes on after its own line and after its fellows' (the same ``follows``).
    after = {r.name: {r.follows, *(f.name for f in followers if f.follows == r.follows)}
             for r in followers}  # fmt: skip
    previous: str | None = None  # the reason of the line before; None when it was kept
    for i, line in lines:
        if i not in decisions and previous is not None:
            words = word_count(line)
            fits = (r for r in followers if previous in after[r.name] and r.matches(line, words))
            rule = next(fits, None)
            if rule is not None:
                decisions[i] = rule.name
        previous = decisions.get(i)


def _apply_tail_rules(
    lines: list[tuple[int, str]], decisions: dict[int, str], rules: RuleSet
) -> None:
    """Tail-only rules fire only after the last article line (every later line is debris)."""
    tail_rules = [r for r in rules.rules if r.position == "tail"]
    if not tail_rules:
        return
    for i, line in reversed(lines):
        if i in decisions:
            continue
        rule = next((r for r in tail_rules if r.matches(line, word_count(line))), None)
        if rule is None:
            break
        decisions[i] = rule.name


def _mark_pasted_headlines(
    body: list[tuple[int, str]], decisions: dict[int, str], rules: RuleSet, *, has_title: bool
) -> None:
    """A headline-shaped line between two sentence lines is another article's headline."""
    lo = rules.shape("pasted-headline", "min_words", 3)
    hi = rules.shape("pasted-headline", "max_words", 24)
    for k, (i, line) in enumerate(body):
        if k == 0 and not has_title:
            continue  # an untitled text may open with its own headline-like lead
        if line.rstrip().endswith(":") or not looks_like_headline(line, min_words=lo, max_words=hi):
            continue
        before = body[k - 1][1] if k > 0 else None
        after = body[k + 1][1] if k + 1 < len(body) else None
        before_ok = before is None or ends_sentence(before)
        after_ok = after is None or opens_sentence(after)
        if before_ok and after_ok and (before is not None or after is not None):
            decisions[i] = "pasted-headline"

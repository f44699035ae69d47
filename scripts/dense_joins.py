"""The wrong joins the dense day makes that real dates do not, listed and measured
(issue 13, session 30; docs/eval-clustering.md, "Session 30: the dense day's wrong joins").

Reads the **training parts only** (BASIL 2010-2012, neus-raw ``train``, NeuS-AllSides
``train``, GoogleNews-TS train events), over the features ``measure_merge.py`` caches.
Each stream runs with real times and on the dense day (``eval.clustering_dense``). A join
is *wrong* when the article's gold story is not the majority gold story of the story it
joins (its members at the join); it is *dense-only* when, with real times, the article
ends in no story with any member of that majority gold story.

- ``list``: counts the dense-only wrong joins per stream and prints ``--sample`` of them
  (seeded) with the article and the story's first members (real date, outlet, title,
  opening words), the join's probability, the names and numbers the two sides share, to
  be read by kind; then the dense day's stories holding more than 3 gold stories, with
  the join that brought each extra gold story in.
- ``measure``: runs each stream with a veto on every dated join (``none``; ``names:K``:
  refuse when the article's first K names and the story founder's first K names are
  both present and share none; ``title-names``: refuse when both titles carry a name and
  the two titles share no name; ``weekday:N``: refuse when the article's title and first
  N words name a weekday and no member of the story that names one names the same;
  ``weekday-founder:N``: the same against the founder alone; ``weekday-near:N:K``: the
  weekdays must be more than K days apart, either way round the week; ``month:N``: the
  same with a month printed with a day, "June 16"; ``fweekday-near:K``: the weekday-near
  check read from the features the clusterer keeps (the article's hashed title and whole
  body words, the story's core members' body words); ``named``: both sides have names;
  ``a&b``: both refuse; ``a|b``: either refuses; ``built``: no veto of the script's, the
  packaged model's own weekday check, ``cluster.weekdays``, session 31; session 31 also:
  ``act:SOURCE:SIDE[:FLAGS]``, refuse when the article's title (``title``), lead sentence
  (``lead``) or title else lead (``either``) names an act of a stage class
  (``title_acts.py``) and the story's members (``all``, ``core``, ``founder``) that name
  one all name disjoint classes; ``shared``: the article shares a name with the story;
  ``doer:SOURCE:SIDE[:FLAGS]``: the title's act is done by another body than every
  member's act of a class that meets it (``title_doers.py``); ``built|X``: the packaged
  model's check with ``X``; a spec ending ``!``: an article refused founds its story,
  ``?``: it may still join a story a member of which names its doer; session 32:
  ``built:agree``, the packaged model's check, and an article it refused may then join
  only a story whose members name a weekday within the gap of its own, else it founds
  one; ``built:found``, an article it refused founds its own story)
  and prints
  B³ F1 (P / R), mixed, the dense-only wrong joins left, and the joins refused that
  would have been right / wrong, and where the articles the built check refused end
  (with another report of their gold story / with none / alone) (``--show-vetoed``:
  the real run's, to read; with
  ``--show-vetoed-dense``, the dense run's too). Every veto but ``built`` runs on
  version 3 (the packaged model with its weekday check off), as session 30 measured.
  ``--held-out`` runs the held-out parts instead (read once, at the end).

Example::

    PYTHONPATH=src python scripts/dense_joins.py list ../shared/data --sets neus-raw --sample 40
    PYTHONPATH=src python scripts/dense_joins.py measure ../shared/data none names:3 title-names
    PYTHONPATH=src python scripts/dense_joins.py measure ../shared/data act:title:all
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from measure_merge import stream_features  # scripts/ is the script's own folder on sys.path
from title_acts import act_verb, parse, reading, sentence_case
from title_doers import differ, doer

from newsprism.cluster import guard as guarding
from newsprism.cluster import weekdays as weekday_check
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.profile import Cluster
from newsprism.cluster.stream import StreamClusterer
from newsprism.cluster.terms import stable_hash
from newsprism.eval.clustering import most_mixed, score_clustering

SETS = ("basil", "neus-raw", "neus-allsides", "googlenews-TS")
NUMBER = re.compile(r"\d[\d,.]*\d")
Veto = Callable[[ArticleFeatures, Cluster, "Logged"], bool]
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
MONTH_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TEXT: dict[str, str] = {}  # article id -> title and text, for the text cues
PARSED: dict[str, dict] = {}  # article id -> {"title"|"lead": its parse}
ACTS: dict[tuple[str, str, str], frozenset[str] | None] = {}  # (id, title|lead, flags) -> classes
DOERS: dict[tuple[str, str, bool, bool], frozenset[str] | None] = {}  # (id, title|lead, persons,
# session 32's normaliser) -> keys
WHEN: dict[str, float | None] = {}  # article id -> its time in the stream measured


def weekdays(aid: str, words: int) -> set[str]:
    """The weekdays the title and the first ``words`` words of the text name: a report
    dates its event by its weekday ("on Tuesday"), and two steps of one process weeks
    apart rarely fall on one."""
    return set(WEEKDAY.findall(" ".join(TEXT.get(aid, "").split()[:words]).lower()))


class Logged(StreamClusterer):
    """The clusterer, logging every join with the story's members at that moment."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.joins: list[tuple[str, list[str], float | None]] = []
        self.feats: dict[str, ArticleFeatures] = {}
        self.vetoed: list[tuple[str, list[str], float]] = []  # refused joins, first each

    def apply(self, f, story_id, *, duplicate_of=None, score=None, **kw):  # type: ignore[override]
        live = self.live.get(story_id)
        if live is not None:
            before = [r.article_id for r in live.log]
        else:
            before = [a for a, (s, _) in self.memberships.items() if s == story_id]
        self.feats[f.article_id] = f
        if before:
            self.joins.append((f.article_id, before, score))
        return super().apply(f, story_id, duplicate_of=duplicate_of, score=score, **kw)


def names_of(f: ArticleFeatures, k: int) -> set[str]:
    """The article's first ``k`` names (most frequent first), lower-cased."""
    return {n.lower() for n in f.entities[:k]}


def title_names(f: ArticleFeatures) -> set[str]:
    """The names of the article that its title prints."""
    title = f.headline.lower() if f.titled else ""
    return {n.lower() for n in f.entities if n.lower() in title}


_HASHED = {stable_hash(d): n for n, d in enumerate(DAYS)}  # the words as the features hash them


def named_days(*vectors: Mapping[int, float]) -> set[int]:
    """The weekdays (0 = Monday) whose word stands in any of the hashed word vectors."""
    return {n for v in vectors for h, n in _HASHED.items() if h in v}


def weekdays_of(f: ArticleFeatures) -> set[int]:
    """The weekdays the article's title or body names."""
    return named_days(f.title_tf, f.body_tf)


def story_weekdays(c: Cluster) -> set[int]:
    """The weekdays a story's members name, as far as it keeps their words (the body
    words of its core members)."""
    return named_days(*(m.body_tf for m in c.members))


def far_apart(mine: Iterable[int], theirs: Iterable[int], gap: int) -> bool:
    """Whether both sides name a weekday and none of ``mine`` is within ``gap`` days of
    one of ``theirs``, either way round the week (False when a side names none)."""
    mine, theirs = set(mine), set(theirs)
    if not mine or not theirs:
        return False
    return all(min((a - b) % 7, (b - a) % 7) > gap for a in mine for b in theirs)


def month_days(aid: str, words: int) -> set[str]:
    """The months the title and the first ``words`` words name with a day ("June 16",
    "Aug. 31"): a date printed in the lead is the event's or its deadline's."""
    return {m for m, _ in MONTH_DAY.findall(" ".join(TEXT.get(aid, "").split()[:words]))}


def clash(cue: Callable[[str, int], set[str]], n: int, f: ArticleFeatures, ids: list[str]) -> bool:
    """Whether ``f`` names the cue and no member of ``ids`` that names it names the same."""
    mine = cue(f.article_id, n)
    theirs = [d for d in (cue(i, n) for i in ids) if d]
    return bool(mine) and bool(theirs) and not any(mine & d for d in theirs)


def act_of(aid: str, source: str, flags: str) -> frozenset[str] | None:
    """The stage classes of the act ``aid``'s title (``title``), lead sentence (``lead``)
    or title, else lead (``either``) reports (``title_acts``), read with ``flags``."""
    if source == "either":
        return act_of(aid, "title", flags) or act_of(aid, "lead", flags)
    key = (aid, source, flags)
    if key not in ACTS:
        span = PARSED.get(aid, {}).get(source)
        ACTS[key] = reading(flags)(span) if span is not None else None
    return ACTS[key]


def doer_of(aid: str, source: str, persons: bool, normal: bool = False) -> frozenset[str] | None:
    """Who does the act ``aid``'s title or lead sentence reports (``title_doers``): the
    subject of the act verb, else of the verbs above it; ``normal``: with session 32's
    normaliser rules."""
    key = (aid, source, persons, normal)
    if key not in DOERS:
        span = PARSED.get(aid, {}).get(source)
        t = act_verb(list(span), False) if span is not None else None
        if t is True:
            t = next((w for w in span if w.dep_ == "ROOT"), None)  # type: ignore[union-attr]
        DOERS[key] = doer([t, *t.ancestors], persons, normal) if t not in (None, False) else None
    return DOERS[key]


def act_and_doer(aid: str, source: str, persons: bool,
                 normal: bool = False) -> tuple[frozenset[str] | None, ...]:  # fmt: skip
    """The act's classes and its doer, from the title, or (``either``) the title else
    the lead sentence: both from one sentence."""
    if source == "either":
        found = act_and_doer(aid, "title", persons, normal)
        return found if found[0] else act_and_doer(aid, "lead", persons, normal)
    act = act_of(aid, source, "")
    return act, (doer_of(aid, source, persons, normal) if act else None)


def doer_veto(arg: str) -> Veto:
    """``doer:SOURCE:SIDE[:FLAGS]``: refuse when the article's title names a classified
    act and its doer, and every member of the story (SIDE as for ``act``) whose title
    names a classified act with a doer names another doer. Without ``a`` only members
    whose act meets the article's classes are asked (the same act by another body); with
    ``a`` any classified act; ``p`` reads persons as doers too; ``n`` reads the doer
    with session 32's normaliser rules (``title_doers``)."""
    source, side, *rest = arg.split(":")
    flags = rest[0] if rest else ""
    persons, any_act, normal = "p" in flags, "a" in flags, "n" in flags

    def refuse(f: ArticleFeatures, c: Cluster, lc: Logged) -> bool:
        act, who = act_and_doer(f.article_id, source, persons, normal)
        if not act or not who:
            return False
        ids = {"all": [r.article_id for r in c.log], "founder": [c.founder],
               "core": [m.article_id for m in c.members[: lc.model.core_members]]}[side]
        theirs = [d for a, d in (act_and_doer(i, source, persons, normal) for i in ids)
                  if a and d and (any_act or a & act)]
        return bool(theirs) and all(differ(who, d) for d in theirs)

    def agrees(f: ArticleFeatures, c: Cluster) -> bool:
        """Some member names an act by the article's doer (for ``?``)."""
        who = act_and_doer(f.article_id, source, persons, normal)[1]
        return any(who and d and who & d for _, d in (
            act_and_doer(r.article_id, source, persons, normal) for r in c.log))
    refuse.agrees = agrees  # type: ignore[attr-defined]
    return refuse


def act_veto(arg: str) -> Veto:
    """``act:SOURCE:SIDE[:FLAGS]``: refuse when the article names a classified act and
    the story's members that name one (SIDE ``all``: every member at the join; ``core``:
    its core members; ``founder``: the founder alone) all name acts of classes disjoint
    from it. FLAGS: ``s`` adds the stance classes, ``l`` the loose reading, ``hN`` asks
    only members within N hours of the article (either way)."""
    source, side, *rest = arg.split(":")
    flags = rest[0] if rest else ""
    key = re.sub(r"h\d+", "", flags)
    hours = float(re.search(r"h(\d+)", flags).group(1)) if "h" in flags else None

    def refuse(f: ArticleFeatures, c: Cluster, lc: Logged) -> bool:
        mine = act_of(f.article_id, source, key)
        if not mine:
            return False
        ids = {"all": [r.article_id for r in c.log], "founder": [c.founder],
               "core": [m.article_id for m in c.members[: lc.model.core_members]]}[side]
        if hours is not None and f.published is not None:
            ids = [i for i in ids if WHEN.get(i) is not None
                   and abs(WHEN[i] - f.published) <= hours * 3600]  # type: ignore[operator]
        theirs = [a for a in (act_of(i, source, key) for i in ids) if a]
        return bool(theirs) and not any(mine & a for a in theirs)
    return refuse


def make_veto(spec: str) -> Veto | None:
    """One veto of ``measure`` (module docstring); ``none`` for version 3; ``a&b``: both
    must refuse; ``a|b``: either refuses."""
    if "|" in spec:  # either refuses ("&" binds first)
        alts = [v for v in (make_veto(x) for x in spec.split("|")) if v is not None]
        if len(alts) == 1:  # "built|doer:…": the one veto itself (keeps its ``agrees``)
            return alts[0]
        return lambda f, c, lc: any(v(f, c, lc) for v in alts)
    if "&" in spec:
        parts = [make_veto(x) for x in spec.split("&")]
        return lambda f, c, lc: all(v(f, c, lc) for v in parts if v is not None)
    name, _, arg = spec.partition(":")
    if name == "named":  # only where both sides have names (the text the core check guards)
        return lambda f, c, lc: bool(f.entity_tf) and bool(c.entities)
    if name == "shared":  # only where the article shares a name with the story
        return lambda f, c, lc: any(n in c.names for n in f.entities)
    if name == "act":
        return act_veto(arg)
    if name == "doer":
        return doer_veto(arg)
    if name == "fweekday-near":  # from the features alone, as the clusterer would read it
        k = int(arg)
        return lambda f, c, lc: far_apart(weekdays_of(f), story_weekdays(c), k)
    if name == "weekday-near":
        n, k = (int(x) for x in arg.split(":"))

        def near(f: ArticleFeatures, c: Cluster, lc: Logged) -> bool:
            mine = {DAYS.index(d) for d in weekdays(f.article_id, n)}
            theirs = {DAYS.index(d) for r in c.log for d in weekdays(r.article_id, n)}
            return bool(mine) and bool(theirs) and min(
                min((a - b) % 7, (b - a) % 7) for a in mine for b in theirs) > k
        return near
    if name == "month":
        n = int(arg or 60)
        return lambda f, c, lc: clash(month_days, n, f, [r.article_id for r in c.log])
    if name in ("none", "built"):
        return None
    if name == "names":
        k = int(arg)

        def names(f: ArticleFeatures, c: Cluster, lc: Logged) -> bool:
            founder = lc.feats.get(c.founder) or lc.feats.get(c.log[0].article_id if c.log else "")
            if founder is None:
                return False
            a, b = names_of(f, k), names_of(founder, k)
            return bool(a) and bool(b) and not a & b
        return names
    if name == "title-names":
        def titles(f: ArticleFeatures, c: Cluster, lc: Logged) -> bool:
            founder = lc.feats.get(c.founder)
            if founder is None:
                return False
            a, b = title_names(f), title_names(founder)
            return bool(a) and bool(b) and not a & b
        return titles
    if name in ("weekday", "weekday-founder"):
        n = int(arg or 60)

        def days(f: ArticleFeatures, c: Cluster, lc: Logged) -> bool:
            mine = weekdays(f.article_id, n)
            if not mine:
                return False
            ids = [c.founder] if name == "weekday-founder" else [r.article_id for r in c.log]
            theirs = [d for d in (weekdays(i, n) for i in ids) if d]
            return bool(theirs) and not any(mine & d for d in theirs)
        return days
    raise SystemExit(f"unknown veto {spec!r}")


def weekday_agrees(model, f: ArticleFeatures, c: Cluster, members=None) -> bool:  # type: ignore[no-untyped-def]
    """Positive evidence for a join after a weekday refusal (``built:agree``): the
    story's members name a weekday within the model's gap of one the article names."""
    if members is not None and not c.members and c.count:
        members(c)
    theirs = weekday_check.story_weekdays(c.members)
    return bool(theirs) and not weekday_check.far_apart(f.weekdays, theirs, model.weekday_gap)


def run(fs: Sequence[ArticleFeatures], veto: Veto | None, built: bool = False,
        found: str = "", after: str = "") -> Logged:
    """One stream through version 3 (the packaged model, its weekday check off), ``veto``
    asked of every dated join; ``built``: through the packaged model as it is, logging
    the joins its own weekday check refuses; ``found`` ``!``: an article ``veto`` refused
    once is refused every further candidate (it founds its own story) rather than taking
    the next best story; ``?``: it may still join a story where a member names its act's
    doer (the ``doer`` vetoes); ``after`` (``built:agree``, ``built:found``, session 32):
    what an article the built weekday check refused does next: ``agree``, join only a
    story whose members name a weekday within the gap of its own; ``found``, found its
    own story; empty, take the next candidate (version 4)."""
    model = load_model()
    if not built:
        model = dataclasses.replace(model, weekday_gap=weekday_check.OFF)
    c = Logged(model, model_idf(model))
    original, own = guarding.passes, weekday_check.refuses
    vetoed_ids: set[str] = set()  # the articles ``veto`` refused
    day_refused: set[str] = set()  # the articles the built weekday check refused

    def refuses(model, f, cluster, members=None):  # type: ignore[no-untyped-def]
        if (after and f.article_id in day_refused and cluster.founder != f.article_id
                and (after == "found" or not weekday_agrees(model, f, cluster, members))):
            return True
        refused = own(model, f, cluster, members)
        if refused:
            day_refused.add(f.article_id)
            if not c.vetoed or c.vetoed[-1][0] != f.article_id:
                c.vetoed.append((f.article_id, [r.article_id for r in cluster.log], 0.0))
        return refused

    def passes(model, f, x, p, cluster, idf=None, **kw):  # type: ignore[no-untyped-def]
        if found and f.article_id in vetoed_ids:
            agrees = getattr(veto, "agrees", None)
            if found == "!" or agrees is None or not agrees(f, cluster):
                return False
            return original(model, f, x, p, cluster, idf, **kw)
        if veto is not None and cluster.founder != f.article_id and veto(f, cluster, c):
            vetoed_ids.add(f.article_id)
            if not c.vetoed or c.vetoed[-1][0] != f.article_id:
                c.vetoed.append((f.article_id, [r.article_id for r in cluster.log], p))
            return False
        return original(model, f, x, p, cluster, idf, **kw)

    if after not in ("", "agree", "found"):
        raise SystemExit(f"unknown ending of built: {after!r}")
    c.day_refused = day_refused  # type: ignore[attr-defined]
    guarding.passes, weekday_check.refuses = passes, refuses
    WHEN.clear()
    WHEN.update({f.article_id: f.published for f in fs})
    try:
        for f in fs:
            c.add(f)
    finally:
        guarding.passes, weekday_check.refuses = original, own
    return c


def wrong_joins(c: Logged, gold: dict[str, str]) -> list[tuple[str, list[str], float | None, str]]:
    """Joins whose article's gold story is not the story's majority gold story."""
    out = []
    for a, before, score in c.joins:
        major = Counter(gold[x] for x in before).most_common(1)[0][0]
        if gold[a] != major:
            out.append((a, before, score, major))
    return out


def dense_only(wrong, real: Logged, gold: dict[str, str]):
    """The wrong joins after which, with real times, the article ends in no story with
    any member of the joined story's majority gold story."""
    story = {a: s for a, (s, _) in real.memberships.items()}
    return [w for w in wrong
            if not any(story[x] == story[w[0]] for x in w[1] if gold[x] == w[3])]


def vetoes_judged_one(a: str, before: list[str], gold: dict[str, str]) -> bool:
    """Whether a refused join was wrong (the article's gold story is not the story's
    majority gold story)."""
    return gold[a] != Counter(gold[x] for x in before).most_common(1)[0][0]


def vetoes_judged(c: Logged, gold: dict[str, str]) -> str:
    """The refused joins that would have been right / wrong."""
    wrong = sum(vetoes_judged_one(a, b, gold) for a, b, _ in c.vetoed if b)
    return f"{len(c.vetoed) - wrong}/{wrong}"


def refused_next(c: Logged, gold: dict[str, str]) -> str:
    """Where the articles the built weekday check refused end: in a story with another
    report of their gold story / in one without / alone (founded and never joined)."""
    held: dict[str, list[str]] = {}
    for a, (s, _) in c.memberships.items():
        held.setdefault(s, []).append(a)
    ends = Counter()
    for a in getattr(c, "day_refused", ()):
        mates = [x for x in held[c.memberships[a][0]] if x != a]
        ends["alone" if not mates else "right" if any(gold[x] == gold[a] for x in mates)
             else "wrong"] += 1
    return f"{ends['right']}/{ends['wrong']}/{ends['alone']}"


def shared_numbers(a: str, b: str) -> set[str]:
    na = {m.replace(",", "") for m in NUMBER.findall(a)}
    return na & {m.replace(",", "") for m in NUMBER.findall(b)}


def describe(aid: str, items: dict, real_items: dict) -> str:
    """One report as a reader sees it: real date, outlet, title, opening words."""
    art, real = items[aid].article, real_items[aid].article
    when = str(real.published_at)[:10] if real.published_at else "undated"
    opening = " ".join(art.text.split()[:45])
    return (f"{aid[:8]} [{items[aid].story[-6:]}] {when} {art.outlet}: {art.title!s}\n"
            f"        {opening}")


def show(w, c: Logged, items: dict, real_items: dict) -> str:
    a, before, score, major = w
    fa = c.feats[a]
    founder = c.feats[before[0]]
    names = sorted(names_of(fa, 8) & set().union(*(names_of(c.feats[x], 8) for x in before)))
    text_a = f"{items[a].article.title} {items[a].article.text}"
    text_b = " ".join(f"{items[x].article.title} {items[x].article.text}" for x in before[:3])
    lines = [f"  JOIN p={score} story of {len(before)} (gold {major[-6:]}); shared names "
             f"{names[:6]}; shared numbers {sorted(shared_numbers(text_a, text_b))[:6]}; "
             f"title names {sorted(title_names(fa))} / {sorted(title_names(founder))}",
             "    + " + describe(a, items, real_items)]
    lines += ["    < " + describe(x, items, real_items) for x in before[:3]]
    return "\n".join(lines)


def streams(data: Path, sets: Sequence[str], cache: Path, part: str = "train"):
    """(name, real items, real features, dense items, dense features) per set's part."""
    pending: dict[str, tuple] = {}
    for name, condition, items, fs in stream_features(data, sets, part, cache):
        if condition == "real":
            pending[name] = (items, fs)
        else:
            yield name, *pending.pop(name), items, fs


def listing(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    for name, r_items, r_fs, d_items, d_fs in streams(args.data, args.sets, args.cache):
        gold = {i.article.id: i.story for i in d_items}
        real, dense = run(r_fs, None), run(d_fs, None)
        only = dense_only(wrong_joins(dense, gold), real, gold)
        by_id, real_by_id = {i.article.id: i for i in d_items}, {i.article.id: i for i in r_items}
        print(f"\n== {name} train: dense wrong joins {len(wrong_joins(dense, gold))}, "
              f"real {len(wrong_joins(real, gold))}, dense-only {len(only)}")
        for w in rng.sample(only, min(args.sample, len(only))):
            print(show(w, dense, by_id, real_by_id))
        mixed = Counter()
        held: dict[str, set[str]] = {}
        for a, (s, _) in dense.memberships.items():
            held.setdefault(s, set()).add(gold[a])
        big = {s for s, g in held.items() if len(g) > 3}
        for w in only:
            s = dense.memberships[w[0]][0]
            if s in big:
                mixed[s] += 1
        print(f"  stories holding > 3 gold stories: {len(big)}; "
              f"dense-only wrong joins into them: {sum(mixed.values())} of {len(only)}")
        if args.show_mixed:
            for s in big:
                print(f"  MIXED {s[:8]} ({len(held[s])} gold stories)")
                for w in only:
                    if dense.memberships[w[0]][0] == s:
                        print(show(w, dense, by_id, real_by_id))


def show_vetoed(c: Logged, items: Sequence, gold: dict[str, str], cond: str) -> None:
    """Print the refused joins of one run, with the act classes each side's title and
    lead name (``-``: none), to be read."""
    by_id = {i.article.id: i for i in items}

    def acts(x: str) -> str:
        return " / ".join("+".join(sorted(act_of(x, s, "") or ["-"])) + " by "
                          + ",".join(sorted(doer_of(x, s, True) or ["-"]))
                          for s in ("title", "lead"))
    for a, before, p in c.vetoed:
        verdict = "wrong" if vetoes_judged_one(a, before, gold) else "RIGHT"
        print(f"  {cond.upper()} VETO p={p:.3f} {verdict}")
        for x in [a, *before[:4]]:
            print(f"    [{acts(x)}] " + describe(x, by_id, by_id)[:300])


def load_acts(items: Sequence, cache: Path) -> None:
    """Fill ``ACTS`` for the titled items of a stream (the title put in sentence case
    with its body's names; the lead sentence read from the first 400 characters)."""
    titled = [i.article for i in items if i.article.title]
    ACTS.clear()
    DOERS.clear()
    PARSED.clear()
    PARSED.update(parse({a.id: sentence_case(a.title, a.text) for a in titled},
                        {a.id: a.text[:400] for a in titled}, cache))


def measure(args: argparse.Namespace) -> None:
    part = "held-out" if args.held_out else "train"
    for name, r_items, r_fs, d_items, d_fs in streams(args.data, args.sets, args.cache, part):
        gold = {i.article.id: i.story for i in d_items}
        TEXT.clear()
        TEXT.update({i.article.id: f"{i.article.title or ''}. {i.article.text}" for i in r_items})
        load_acts(r_items, args.cache)
        cells = []
        for spec in args.vetoes:
            bare = spec.rstrip("!?")
            parts = [x.partition(":") for x in bare.split("|")]
            built = any(n == "built" for n, _, _ in parts)
            after = next((a for n, _, a in parts if n == "built"), "")
            veto, found = make_veto(bare), spec[len(bare):]
            real, dense = (run(x, veto, built, found, after) for x in (r_fs, d_fs))
            row = []
            for cond, c, items in (("real", real, r_items), ("dense", dense, d_items)):
                pred = [c.memberships[i.article.id][0] for i in items]
                truth = [i.story for i in items]
                s = score_clustering(pred, truth)
                row.append(f"{cond} {s.b3[2]:.4f} ({s.b3[0]:.4f} / {s.b3[1]:.4f}) "
                           f"mixed {most_mixed(pred, truth)}")
            only = dense_only(wrong_joins(dense, gold), real, gold)
            refused = [vetoes_judged(c, gold) for c in (real, dense)]
            cells.append(f"{spec}: " + "; ".join(row) + f"; dense-only wrong joins {len(only)}; "
                         f"refused right/wrong real {refused[0]}, dense {refused[1]}; "
                         f"weekday-refused end with own/other/alone real "
                         f"{refused_next(real, gold)}, dense {refused_next(dense, gold)}")
            if args.show_vetoed:
                shown = [args.show_vetoed]
                if args.show_vetoed_dense and "dense" not in shown:
                    shown.append("dense")
                for cond in shown:
                    show_vetoed(real if cond == "real" else dense, r_items, gold, cond)
        print(f"{name} {part}:\n  " + "\n  ".join(cells), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["list", "measure"])
    parser.add_argument("data", type=Path)
    parser.add_argument("vetoes", nargs="*", default=["none"])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--cache", type=Path, default=Path(".cache/merge-pieces"))
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show-mixed", action="store_true")
    parser.add_argument("--held-out", action="store_true", help="measure: the held-out parts")
    parser.add_argument("--show-vetoed", nargs="?", const="real", choices=["real", "dense"],
                        help="print the refusals of the real (default) or the dense run")
    parser.add_argument("--show-vetoed-dense", action="store_true",
                        help="with --show-vetoed: the dense run's refusals too")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    (listing if args.command == "list" else measure)(args)


if __name__ == "__main__":
    main()

"""Why each gold conflict is missed: the step of the conflict rules that drops it.

For every gold conflict pair that ``compare`` does not list, prints each side's
sentence, the frames ``compare/frames.py`` reads from it (dated acts, counts, statuses,
acts, places) and the first step that drops the pair:

- ``no frame``: one side has no frame of the pair's kind (no rule reads that kind, or the
  reader skips the sentence: quoted words, no unit, no named actor …);
- ``no candidate pair``: both have frames but share no bucket key (action, counted
  thing, place slot, status event), so ``conflicts._candidate_pairs`` never pairs them;
- ``a check fails``: candidates, but a same-act check of ``conflicts._pair_conflicts``
  fails (verb, subject, objects, topical overlap, prospect) or the values agree;
- and whether the two sentences are in one aligned fact (the aligner's view).

It reads the same inputs ``analyze_story`` hands to ``add_conflicts`` (captured, not
recomputed), so it shows what the shipped code sees.

With ``--table`` (session 26) it prints one row per miss instead, the step named as
the issue names them: the two sentences ``never paired as one event`` (no shared key,
another subject or thing, not topical), ``paired, the differing slot not read`` (every
check passes on the frames read, so a value the pair differs in is not among them),
``the differing slot not read`` (no frame of the kind on one side),
``a rule's veto`` (a prospect, a place or calendar guard, values that agree at stated
precision) or ``the kind has no rule``.

Usage: ``python scripts/conflict_misses.py ../shared/data gold/conflicts-basil [--table]``
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import newsprism.compare.story as story_mod
from newsprism.compare import conflicts as rules
from newsprism.compare.bounds import bound_against_figure, bounds_differ
from newsprism.compare.count_nouns import counted_as
from newsprism.compare.dates import calendar_clash
from newsprism.compare.places import places_clash
from newsprism.eval.compare import _basil_dir, _claim_refs
from newsprism.eval.compare_gold import load_compare_gold
from newsprism.extract.claims import quantities_agree


def _capture() -> dict[str, Any]:
    """Wrap ``add_conflicts`` so the next ``analyze_story`` leaves its inputs here."""
    seen: dict[str, Any] = {}
    original = rules.add_conflicts

    def wrapped(articles, docs, claims, mentions, facts, names=None):  # type: ignore[no-untyped-def]
        seen.update(articles=articles, docs=docs, claims=claims, mentions=mentions,
                    facts=[f for f in facts], names=names)  # fmt: skip
        seen["fact_of"] = {c.id: i for i, f in enumerate(facts) for c in f.claims}
        return original(articles, docs, claims, mentions, facts, names)

    story_mod.add_conflicts = wrapped
    return seen


def _frames_text(f: Any) -> str:
    parts = []
    parts += [f"dated({d.verb}|{d.subject}|{sorted(d.objects)}|{d.weekday or ''}"
              f"{'|' + d.when.text if d.when else ''})" for d in f.dated]  # fmt: skip
    parts += [f"count({c.value_text}|{c.thing}|{c.subject}{'|prospect' if c.prospect else ''})"
              for c in f.counted]  # fmt: skip
    parts += [f"status({s.event}|{s.status}|{s.patient}|agent={s.agent})" for s in f.statuses]
    parts += [f"act({a.act}|{a.agent}|{a.polarity})" for a in f.acts]
    parts += [f"place({p.verb}|{p.noun}|{p.subject}|{p.place})" for p in f.places]
    return "; ".join(parts) or "no frame"


def _keys(f: Any) -> set[tuple]:
    keys = {("d", d.verb, d.subject) for d in f.dated}
    keys |= {("n", counted_as(c.thing)) for c in f.counted}  # the rule's own fold
    keys |= {("p", p.verb, p.noun, p.subject) for p in f.places}
    keys |= {("s", s.event, s.patient) for s in f.statuses}
    return keys


def _checks(a: Any, b: Any) -> list[str]:
    """Each same-act check of ``_pair_conflicts`` that fails, by frame kind."""
    topical = rules._overlap(a.lemmas, b.lemmas)
    out = [f"topical overlap {topical:.2f} (needs {rules.TOPIC_OVERLAP})"]
    for x in a.counted:
        for y in b.counted:
            why = []
            if counted_as(x.thing) != counted_as(y.thing):
                why.append(f"thing {x.thing!r} vs {y.thing!r}")
            if x.prospect != y.prospect:
                why.append("one is a prospect")
            if " of " not in x.thing and not rules._one_owner(x, y):
                why.append(f"subject {x.subject!r} vs {y.subject!r} "
                           f"(held by {x.holder!r} vs {y.holder!r})")
            qa, qb = a.claim.quantities[x.index], b.claim.quantities[y.index]
            if quantities_agree(qa, qb) and not (
                    bounds_differ(qa, a.claim.text, qb, b.claim.text)
                    or bound_against_figure(qa, a.claim.text, qb, b.claim.text)):
                why.append(f"{qa.text!r} and {qb.text!r} agree at stated precision")
            out.append(f"count {x.value_text}/{y.value_text}: " + (", ".join(why) or "passes"))
    for x in a.dated:
        for y in b.dated:
            why = [w for w, bad in (
                (f"verb {x.verb} vs {y.verb}", x.verb != y.verb),
                (f"subject {x.subject} vs {y.subject}", not x.subject or x.subject != y.subject),
                (f"objects {sorted(x.objects)} vs {sorted(y.objects)}", x.objects != y.objects),
            ) if bad]  # fmt: skip
            if not why and x.when and y.when and not calendar_clash(
                    x, y, a.article_text, b.article_text):
                why.append("dates compatible or guarded")
            out.append(f"dated {x.verb}/{y.verb}: " + (", ".join(why) or "passes"))
    for x in a.places:
        for y in b.places:
            clash = places_clash(x, y, a.article_text, b.article_text)
            out.append(f"place {x.place}/{y.place}: "
                       + ("passes" if clash else "guarded (a container, or one article names "
                          "the other's town, or two years)"))
    return out


def _found_pairs(output: dict, refs: dict) -> set[frozenset]:
    """Every ref pair a listed conflict covers: each two of its sides (a disagreement of
    three outlets is one conflict with three sides since session 19)."""
    found = set()
    for fact in output["claims"]:
        for c in fact.get("conflicts", []):
            ids = [s["claim_id"] for s in c["sides"]]
            found |= {frozenset((x, y)) for i, a in enumerate(ids) for b in ids[i + 1 :]
                      for x in refs.get(a, []) for y in refs.get(b, [])}  # fmt: skip
    return found


_SLOTS = {"number": "counted", "date": "dated", "status": "statuses", "negation": "statuses",
          "place": "places"}  # fmt: skip


def step_of(kind: str, fa: list[Any], fb: list[Any]) -> tuple[str, str]:
    """The first step that loses a gold pair, in the issue's words, and the evidence."""
    slot = _SLOTS.get(kind)
    if slot is None:
        return "the kind has no rule", f"{kind}: no frame reads it"
    if kind == "negation" and any(f.acts for f in fa) and any(f.acts for f in fb):
        slot = "acts"
    bare = [f for f in (*fa, *fb) if not getattr(f, slot)]
    if not fa or not fb or bare:
        quoted = any(q in f.claim.text for f in bare for q in ("\u201c", '"'))
        return "the differing slot not read", (f"no {slot} frame in one side"
                                               + (" (its figure is inside quotation marks)"
                                                  if quoted else ""))  # fmt: skip
    if not any(_keys(a) & _keys(b) for a in fa for b in fb):
        things = {(getattr(x, "thing", None) or getattr(x, "verb", ""))
                  for f in (*fa, *fb) for x in getattr(f, slot)}  # fmt: skip
        return "never paired as one event", f"no shared key: {sorted(map(str, things))}"
    lines = [line for a in fa for b in fb for line in _checks(a, b)]
    text = "; ".join(lines)
    if "prospect" in text or "guarded" in text or (
            "agree at stated precision" in text and "subject" not in text):
        return "a rule's veto", text
    if "subject" in text or "thing" in text or "verb" in text or (
            float(lines[0].split()[2]) < rules.TOPIC_OVERLAP):
        return "never paired as one event", text
    return "paired, the differing slot not read", text


def _ref(ref: tuple) -> str:
    return ":".join(map(str, ref))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--table", action="store_true",
                        help="one table row per miss: the step that loses it")
    args = parser.parse_args(argv)
    seen = _capture()
    table: list[str] = []
    for story in load_compare_gold(args.gold, _basil_dir(args.data)):
        output = story_mod.analyze_story(list(story.articles.values())).as_dict()
        refs = _claim_refs(story, output)
        found = _found_pairs(output, refs)
        frames = rules.claim_frames(seen["docs"], seen["claims"], seen["mentions"],
                                    seen["names"],
                                    {a.id: rules._day(a.published_at) for a in seen["articles"]})
        by_ref: dict[tuple, list[Any]] = {}
        for f in frames:
            for r in story.refs(f.claim.article_id, f.claim.start, f.claim.end):
                by_ref.setdefault(r, []).append(f)
        for pair in story.conflicts:
            if pair in found:
                continue
            ra, rb = sorted(pair)
            kind = story.kinds.get(pair, "")
            if args.table:
                step, why = step_of(kind, by_ref.get(ra, []), by_ref.get(rb, []))
                table.append(f"| {story.triplet[:8]} | {kind} | {_ref(ra)} / {_ref(rb)} | "
                             f"{step} | {why} |")
                continue
            print(f"\n== {story.triplet[:8]} {kind} {_ref(ra)} / {_ref(rb)}")
            fa, fb = by_ref.get(ra, []), by_ref.get(rb, [])
            for ref, fs in ((ra, fa), (rb, fb)):
                for f in fs:
                    print(f"  {_ref(ref)} [{f.claim.id}] {f.claim.text[:160]!r}")
                    print(f"      frames: {_frames_text(f)}")
            for a in fa:
                for b in fb:
                    fact_a = seen["fact_of"].get(a.claim.id)
                    fact_b = seen["fact_of"].get(b.claim.id)
                    print(f"  aligned as one fact: {fact_a is not None and fact_a == fact_b}")
                    shared = _keys(a) & _keys(b)
                    print(f"  candidate keys shared: {sorted(shared) or 'none'}")
                    for line in _checks(a, b):
                        print(f"    {line}")
    if args.table:
        print("| triplet | kind | pair | step that loses it | evidence |\n|---|---|---|---|---|")
        print("\n".join(table))


if __name__ == "__main__":
    main()

"""Each outlet's colour: one on every page, and never two outlets of one story in one.

Decided in session 32 (issue 12; docs/eval-compare.md, "Session 32: one colour per
outlet"). A colour from the outlet's name alone (a hash, as before) is the same
everywhere but lets two outlets of one story draw one colour (NeuS r265: Reuters and
CNN; 123 of the 506 NeuS raw stories). No rule on names alone can avoid that, so:

1. **Home colour**: :func:`home_colour`, a stable hash of the case-folded name into the
   palette.
2. **Probing among the outlets it is shown with** (:func:`assign_colours`): outlets are
   taken in a fixed order, and each keeps its preferred colour unless an outlet already
   coloured that shares a story with it holds it; then it takes the next free colour.
3. **A store is coloured at once** (:func:`store_colours`, every story's outlets, first
   stored first): the web's pages (home legend and coverage bars, outlets page, outlet
   pages, story pages) and the reports made from the store (``newsprism story ID
   --format html``, ``newsprism compare ID ID --format html``) all use it, so an
   outlet has one colour in all of them. It moves only when a new story puts it beside
   an older outlet of its colour; the older one keeps its colour.
4. **A report of files** (``newsprism compare FILES --format html``) knows no store: its
   outlets start from their home colours and probe within the story, in name order.
   Such a report can colour an outlet otherwise than the web does (on a store of the
   NeuS stories, for most stories, since a third of the outlets move off their home
   colour); within the report every outlet still has one colour and no two share one.

A story whose outlets outnumber the palette must repeat a colour; so must, rarely, a
store whose outlets meet more outlets than the palette has colours (then
:func:`story_colours` still separates that story's outlets on its own pages). Names and
numbers stay beside every swatch, so colour is never the only cue.

The palette (:data:`PALETTE`) is Paul Tol's "muted" scheme, chosen because its colours
stay apart for each kind of colour blindness (``scripts/outlet_palette_study.py``
measures it against Tableau 10, used before, and others), and each colour carries the
text colour that reads on it (contrast 4.5:1 or more, WCAG AA).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# (fill, text on it) per colour class o0 … o9 in report.css; a test checks the CSS.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#332288", "#ffffff"),  # indigo
    ("#88ccee", "#1d232b"),  # cyan
    ("#117733", "#ffffff"),  # green
    ("#ddcc77", "#1d232b"),  # sand
    ("#cc6677", "#000000"),  # rose (ink reads at 4.3:1 only)
    ("#aa4499", "#ffffff"),  # purple
    ("#44aa99", "#1d232b"),  # teal
    ("#882255", "#ffffff"),  # wine
    ("#999933", "#1d232b"),  # olive
    ("#dddddd", "#1d232b"),  # pale grey
)
COLOURS = len(PALETTE)


def outlet_key(name: Any) -> str:
    """The name colours are decided on: case and surrounding spaces ignored."""
    return str(name or "").strip().casefold()


def home_colour(name: Any) -> int:
    """An outlet's preferred colour, from its name alone (SHA-256 of :func:`outlet_key`)."""
    return int(hashlib.sha256(outlet_key(name).encode("utf-8")).hexdigest(), 16) % COLOURS


def assign_colours(groups: Iterable[Iterable[str]], order: Sequence[str],
                   prefer: Mapping[str, int] | None = None) -> dict[str, int]:  # fmt: skip
    """A colour per outlet (keyed by :func:`outlet_key`) such that no two outlets of one
    group (a story) share one while the palette has a free colour.

    Outlets are coloured in ``order`` (any outlet of ``groups`` not in it after, by
    name); each takes its preferred colour (``prefer``, else :func:`home_colour`) unless
    an outlet already coloured that shares a group with it holds it, else the next free
    one after it; with none free, the one its neighbours hold least.
    """
    neighbours: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        keys = {outlet_key(n) for n in group}
        for key in keys:
            neighbours[key] |= keys - {key}
    ordered = list(dict.fromkeys(outlet_key(n) for n in order))
    ordered += sorted(set(neighbours) - set(ordered))
    chosen: dict[str, int] = {}
    for key in ordered:
        held = Counter(chosen[n] for n in neighbours[key] if n in chosen)
        first = (prefer or {}).get(key, home_colour(key))
        probe = [(first + i) % COLOURS for i in range(COLOURS)]
        chosen[key] = next((c for c in probe if not held[c]), min(probe, key=held.__getitem__))
    return chosen


def story_colours(names: Sequence[str], known: Mapping[str, int] | None = None) -> list[int]:
    """The colour of each of a story's articles, given by its source's name.

    ``known`` is the store's colouring (:func:`assign_colours` over every story, keyed by
    :func:`outlet_key`); the story's outlets keep those colours unless two of them clash,
    and then the one earlier in ``known`` keeps its colour. Without ``known`` (a report
    that knows no store) each starts from its home colour and the order is by name.
    """
    keys = [outlet_key(n) for n in names]
    rank = {key: i for i, key in enumerate(known or {})}
    order = sorted(set(keys), key=lambda k: (rank.get(k, len(rank)), k))
    colours = assign_colours([keys], order, known)
    return [colours[key] for key in keys]


def store_colours(rows: Iterable[tuple[str, str | None, str]]) -> dict[str, int]:
    """Every stored outlet's colour (keyed by :func:`outlet_key`, first stored first),
    from the store's ``outlet_stories()`` rows: one colouring of the whole store, which
    the web's pages and ``newsprism story`` / ``compare ID …`` reports all use."""
    first: dict[str, str] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for outlet, story_id, ingested in rows:
        key = outlet_key(outlet)
        first[key] = min(first.get(key, ingested), ingested)
        if story_id is not None:
            groups[story_id].append(key)
    order = sorted(first, key=lambda k: (first[k], k))
    colours = assign_colours(groups.values(), order)
    return {key: colours.get(key, home_colour(key)) for key in order}

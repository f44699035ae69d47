"""Each outlet's colour: one on every page, and never two outlets of one story in one.

Decided in session 32 (issue 12, docs/web.md and docs/eval-compare.md, "Session 32:
one colour per outlet"). A colour from the outlet's name alone (a hash, as before) is
the same everywhere but lets two outlets of one story draw one colour (NeuS r265:
Reuters and CNN). No rule on names alone can avoid that, so the colour is decided in
two steps:

1. **Home colour**: :func:`home_colour`, a stable hash of the case-folded name into the
   palette. A standalone ``compare --format html`` report, which knows no store, starts
   from it.
2. **Probing among the outlets it is shown with** (:func:`assign_colours`): outlets are
   taken in a fixed order (the web: first stored first; a report: by name), and each
   keeps its preferred colour unless an outlet already coloured that shares a story with
   it holds it; then it takes the next free colour of the palette. The web colours the
   whole store at once (every story's outlets), so an outlet has one colour on the home
   page, the outlet pages and every story page; it moves only when a new story puts it
   beside an older outlet of its colour, and the older one keeps its colour.

A story whose outlets outnumber the palette must repeat a colour; so must, rarely, a
store whose outlets meet more outlets than the palette has colours (the store colouring
then leaves a clash, and :func:`story_colours` separates that story's outlets on its
own pages). Names and numbers stay beside every swatch, so colour is never the only cue.

The palette (:data:`PALETTE`) is Paul Tol's "muted" scheme, chosen for telling its
colours apart with each kind of colour blindness
(``scripts/outlet_palette_study.py`` measures the candidates), and each colour carries
the text colour that reads on it (contrast 4.5:1 or more, WCAG AA).
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

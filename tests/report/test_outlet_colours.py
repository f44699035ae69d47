"""Session 32 (i12-reader): one colour per outlet on every page, and never two outlets
of one story in one colour (``newsprism.report.outlet_colours``), with readable text."""

from __future__ import annotations

import itertools
import re
from importlib import resources

from newsprism.report.html import build_view
from newsprism.report.outlet_colours import (
    COLOURS,
    PALETTE,
    assign_colours,
    home_colour,
    outlet_key,
    story_colours,
)

NAMES = [f"Gazette {n}" for n in range(60)]


def _same_home(count: int = 2) -> list[str]:
    """``count`` outlet names that draw one home colour (found, not written in)."""
    by_colour: dict[int, list[str]] = {}
    for name in NAMES:
        by_colour.setdefault(home_colour(name), []).append(name)
        if len(by_colour[home_colour(name)]) == count:
            return by_colour[home_colour(name)]
    raise AssertionError("no names share a colour")


def test_two_outlets_of_one_story_never_share_a_colour() -> None:
    first, second = _same_home()
    colours = story_colours([first, second, first])
    assert colours[0] != colours[1] and colours[0] == colours[2]
    # Without a store the order is by name: the same outlet keeps its colour whichever
    # comes first in the story.
    assert story_colours([second, first]) == colours[1::-1]


def test_outlets_never_together_keep_their_home_colours() -> None:
    first, second = _same_home()
    colours = assign_colours([[first, "Other Post"], [second, "Third Herald"]],
                             [first, second])  # fmt: skip
    assert colours[outlet_key(first)] == colours[outlet_key(second)] == home_colour(first)


def test_the_store_colours_hold_on_every_story_page() -> None:
    """The first stored keeps its colour; the later one moves, and keeps its new colour
    on a story page, in that story and in any other."""
    first, second = _same_home()
    store = assign_colours([[first, second], [second, "Lone Courier"]], [first, second])
    assert store[outlet_key(first)] == home_colour(first)
    assert store[outlet_key(second)] != home_colour(second)
    assert story_colours([second, first], store) == [store[outlet_key(second)],
                                                     store[outlet_key(first)]]  # fmt: skip
    assert story_colours([" " + second.upper()], store) == [store[outlet_key(second)]]


def test_a_story_separates_outlets_the_store_could_not() -> None:
    """More outlets meet than the palette has colours: the store repeats one, a story
    page does not while its own outlets fit the palette."""
    crowd = NAMES[: COLOURS + 1]
    store = assign_colours(list(itertools.combinations(crowd, 2)), crowd)
    assert len(set(store.values())) == COLOURS  # every colour used, one twice
    twins = [n for n in crowd if list(store.values()).count(store[outlet_key(n)]) > 1]
    assert len(set(story_colours(twins, store))) == len(twins)
    # A story of more outlets than colours uses every colour.
    assert set(story_colours(crowd)) == set(range(COLOURS))


def test_the_report_gives_clashing_outlets_two_colours() -> None:
    first, second = _same_home()
    view = build_view({"articles": [{"id": "a" * 16, "outlet": first},
                                    {"id": "b" * 16, "outlet": second}]})  # fmt: skip
    colours = [a["colour"] for a in view["articles"]]
    assert colours[0] != colours[1]
    assert [c for _, c in view["entity_columns"]] == colours


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_the_text_on_each_colour_reads() -> None:
    for fill, text in PALETTE:
        hi, lo = sorted((_luminance(fill), _luminance(text)), reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 4.5, (fill, text)


def test_the_stylesheet_has_the_palette() -> None:
    css = resources.files("newsprism.data").joinpath("templates/report.css").read_text()
    for n, (fill, text) in enumerate(PALETTE):
        assert re.search(rf"\.o{n} {{ fill: {fill}; }}", css)
        assert f".swatch.o{n}, .num.o{n} {{ background: {fill}; }}" in css
        assert f".num.o{n} {{ color: {text}; }}" in css
        assert f"circle.o{n} + .num-label {{ fill: {text}; }}" in css
    assert f".o{COLOURS} " not in css

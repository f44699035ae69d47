"""Measure candidate outlet palettes: can readers tell the colours apart, is the number
on each readable, and how often do two outlets of one NeuS story meet in one colour?

For each palette: the smallest CIEDE2000 difference between two of its colours, seen
normally and as each of the three kinds of dichromat sees it (Machado, Oliveira and
Fernandes 2009, severity 1), with the pair that is closest; the lowest WCAG contrast of
the better of white and ink text on a colour; and, over the NeuS raw crawl's stories
(three outlets each) as one store, the stories whose outlets share a home colour and
what ``report.outlet_colours.assign_colours`` leaves (clashing stories, outlets moved
from their home colour). Session 32 (docs/eval-compare.md, "Session 32: one colour per
outlet").

Usage: python scripts/outlet_palette_study.py ../shared/data
"""

from __future__ import annotations

import itertools
import json
import math
import sys
from pathlib import Path

from newsprism.eval.neus_raw import CRAWL
from newsprism.report import outlet_colours as oc

PALETTES = {
    "Tableau 10 (before)": ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759", "#76b7b2",
                            "#edc948", "#9c755f", "#ff9da7", "#bab0ac"],
    "Tol muted (10)": [fill for fill, _ in oc.PALETTE],
    "Okabe-Ito (8)": ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00",
                      "#cc79a7", "#000000"],
    "Tol bright (7)": ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377",
                       "#bbbbbb"],
    "Kelly (20)": ["#f3c300", "#875692", "#f38400", "#a1caf1", "#be0032", "#c2b280",
                   "#848482", "#008856", "#e68fac", "#0067a5", "#f99379", "#604e97",
                   "#f6a600", "#b3446c", "#dcd300", "#882d17", "#8db600", "#654522",
                   "#e25822", "#2b3d26"],
}
INK = "#1d232b"
SIGHT = {
    "normal": None,
    "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
               (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
               (-0.011820, 0.042940, 0.968881)),
    "tritan": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
               (0.004733, 0.691367, 0.303900)),
}


def _linear(hex_colour: str) -> list[float]:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def luminance(hex_colour: str) -> float:
    r, g, b = _linear(hex_colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def lab(hex_colour: str, sight: str) -> tuple[float, float, float]:
    rgb = _linear(hex_colour)
    matrix = SIGHT[sight]
    if matrix:
        rgb = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True))))
               for row in matrix]  # fmt: skip
    r, g, b = rgb
    xyz = (0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           0.0193 * r + 0.1192 * g + 0.9505 * b)  # fmt: skip
    f = [(v / w) ** (1 / 3) if v / w > 0.008856 else 7.787 * v / w + 16 / 116
         for v, w in zip(xyz, (0.95047, 1.0, 1.08883), strict=True)]  # fmt: skip
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def ciede2000(p: tuple[float, float, float], q: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005)."""
    (l1, a1, b1), (l2, a2, b2) = p, q
    cbar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cbar**7 / (cbar**7 + 25**7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = (math.degrees(math.atan2(b, a)) % 360 for a, b in ((a1, b1), (a2, b2)))
    dl, dc = l2 - l1, c2 - c1
    dh = 0.0
    if c1 * c2:
        dh = h2 - h1
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    big_dh = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    lbar, cbar2 = (l1 + l2) / 2, (c1 + c2) / 2
    hbar = h1 + h2 if c1 * c2 == 0 else ((h1 + h2) / 2 if abs(h1 - h2) <= 180 else
                                         (h1 + h2 + 360) / 2 if h1 + h2 < 360 else
                                         (h1 + h2 - 360) / 2)  # fmt: skip
    t = (1 - 0.17 * math.cos(math.radians(hbar - 30)) + 0.24 * math.cos(math.radians(2 * hbar))
         + 0.32 * math.cos(math.radians(3 * hbar + 6))
         - 0.20 * math.cos(math.radians(4 * hbar - 63)))  # fmt: skip
    sl = 1 + 0.015 * (lbar - 50) ** 2 / math.sqrt(20 + (lbar - 50) ** 2)
    sc, sh = 1 + 0.045 * cbar2, 1 + 0.015 * cbar2 * t
    rt = (-2 * math.sqrt(cbar2**7 / (cbar2**7 + 25**7))
          * math.sin(math.radians(60 * math.exp(-(((hbar - 275) / 25) ** 2)))))  # fmt: skip
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (big_dh / sh) ** 2
                     + rt * (dc / sc) * (big_dh / sh))  # fmt: skip


def neus_stories(data: str) -> list[list[str]]:
    rows = Path(data, CRAWL).read_text(encoding="utf-8").splitlines()
    return [[n["newsSource"] for n in json.loads(r)["news"].values()] for r in rows]


def clash_study(stories: list[list[str]], size: int) -> tuple[int, int, int]:
    """Stories with two outlets in one home colour; after store colouring: stories with a
    clash, outlets moved off their home colour (first seen first)."""
    saved = oc.COLOURS
    oc.COLOURS = size
    try:
        home = sum(len({oc.home_colour(n) for n in set(s)}) < len(set(s)) for s in stories)
        order = list(dict.fromkeys(n for s in stories for n in s))
        colours = oc.assign_colours(stories, order)
        left = sum(len({colours[oc.outlet_key(n)] for n in set(s)}) < len(set(s))
                   for s in stories)  # fmt: skip
        moved = sum(c != oc.home_colour(k) for k, c in colours.items())
    finally:
        oc.COLOURS = saved
    return home, left, moved


def main(data: str) -> None:
    stories = neus_stories(data)
    outlets = {oc.outlet_key(n) for s in stories for n in s}
    print(f"NeuS raw: {len(stories)} stories, {len(outlets)} outlets")
    print("| palette | min dE00 normal / protan / deutan / tritan (closest pair) | "
          "lowest text contrast | NeuS stories with a home-colour clash | after store "
          "colouring: clashes, outlets moved |")
    print("|---|---|---|---|---|")
    for name, colours in PALETTES.items():
        cells = []
        for sight in SIGHT:
            d, a, b = min((ciede2000(lab(a, sight), lab(b, sight)), a, b)
                          for a, b in itertools.combinations(colours, 2))  # fmt: skip
            cells.append(f"{d:.1f} ({a} {b})")
        text = min(max(contrast(c, "#ffffff"), contrast(c, INK)) for c in colours)
        home, left, moved = clash_study(stories, len(colours))
        print(f"| {name} | {' / '.join(cells)} | {text:.2f} | {home} | {left}, {moved} |")
    for fill, ink in oc.PALETTE:
        print(fill, ink, f"{contrast(fill, ink):.2f}")


if __name__ == "__main__":
    main(sys.argv[1])

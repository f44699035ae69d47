"""The framing chart's geometry: loaded-term uses per category, one bar per outlet.

Drawn as SVG by the templates (the report page and the web pages), so the chart needs no
script and no request; this module only computes where each bar, tick and label goes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from newsprism.report._shared import OUTLET_COLOURS, as_int

# Chart geometry, in SVG user units.
_BAR = 14
_GROUP_GAP = 22
_PLOT_HEIGHT = 160
_LEFT = 40
_TOP = 14
_LABEL_CHAR = 6.2  # average width of a label character at 11px, to leave room for labels
_SLANT = math.radians(35)


def framing_chart(
    articles: Sequence[Mapping[str, Any]],
    framing: Mapping[str, Any],
    labels: Sequence[str],
    colours: Sequence[int] | None = None,
) -> dict[str, Any]:
    """Geometry of a grouped bar chart: loaded-term uses per category, one bar per outlet.

    ``colours`` are the bars' colour classes (each outlet's own, ``outlet_colour``);
    without them (months on an outlet page) bars take the palette in turn. Counts are the
    terms' ``count`` (the outlet's own voice), not uses inside quotations, because a
    speaker's words are not the outlet's framing.
    """
    if colours is None:
        colours = [i % OUTLET_COLOURS for i in range(len(articles))]
    totals: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        frame = framing.get(article.get("id")) or {}
        for term in frame.get("terms") or []:
            category = str(term.get("category") or "other")
            totals.setdefault(category, [0] * len(articles))[i] += as_int(term.get("count"))
    categories = sorted(totals, key=lambda c: (-sum(totals[c]), c))
    top = max((v for values in totals.values() for v in values), default=0)
    step = max(1, math.ceil(top / 5))
    ymax = max(step, math.ceil(top / step) * step)
    group = _BAR * max(1, len(articles))
    # Category names run down and to the right of their group at 35 degrees.
    longest = _LABEL_CHAR * max((len(c) for c in categories), default=0)
    plot_right = _LEFT + _GROUP_GAP + len(categories) * (group + _GROUP_GAP)
    width = math.ceil(max(360, plot_right + longest * math.cos(_SLANT) - group / 2 + 8))
    baseline = _TOP + _PLOT_HEIGHT
    groups = []
    for c, category in enumerate(categories):
        x0 = _LEFT + _GROUP_GAP + c * (group + _GROUP_GAP)
        bars = []
        for i, value in enumerate(totals[category]):
            height = round(_PLOT_HEIGHT * value / ymax, 1)
            bars.append({"x": x0 + i * _BAR, "y": round(baseline - height, 1), "width": _BAR - 2,
                         "height": height, "value": value, "label": labels[i],
                         "colour": colours[i]})  # fmt: skip
        groups.append({"category": category, "bars": bars, "label_x": x0 + group / 2,
                       "label_y": baseline + 12})  # fmt: skip
    ticks = [{"value": v, "y": round(baseline - _PLOT_HEIGHT * v / ymax, 1)}
             for v in range(0, ymax + 1, step)]  # fmt: skip
    return {
        "width": width,
        "height": math.ceil(baseline + 24 + longest * math.sin(_SLANT)),
        "left": _LEFT,
        "right": plot_right,
        "baseline": baseline,
        "top": _TOP,
        "groups": groups,
        "ticks": ticks,
        "empty": not categories,
        "legend": list(zip(labels, colours, strict=True)),
    }

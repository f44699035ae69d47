"""Reports over the public JSON of ``newsprism compare`` (``StoryAnalysis.as_dict()``).

Renderers read the plain dict, not the dataclasses, so that a report can be rebuilt
from a saved ``--format json`` file and so that the JSON contract (docs/json-schema.md)
is the only thing they depend on:

- :mod:`newsprism.report.html`: ``render_html(analysis) -> str``, one self-contained page.
- :mod:`newsprism.report.chart`: the framing chart's geometry (SVG, drawn by the templates).
- :mod:`newsprism.report.text`: ``print_text(analysis, console)``, rich tables.
"""

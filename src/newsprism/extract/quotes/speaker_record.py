"""The speaker of a cue as the extractor reports it: what stands at the cue, and the
name it resolves to (:mod:`newsprism.extract.quotes.speakers`).

Its own module so that the rule mixins of ``speakers.Speakers`` (:mod:`.document_speakers`,
:mod:`.unnamed_speakers`) can build one without importing the class that mixes them in.
Moved out of :mod:`newsprism.extract.quotes.speakers` (session 34), which imports both
names back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Resolution = Literal["name", "pronoun", "role", "organisation", "description", "none"]


@dataclass
class Speaker:
    """What stands at the cue, and the name it resolves to."""

    surface: str | None = None
    surface_start: int | None = None
    surface_end: int | None = None
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    resolved: Resolution = "none"
    via_document: bool = False
    via_source: bool = False  # "the sources": the unnamed source quoted before (session 21)
    plural: bool = False  # the phrase's head is plural ("two people familiar with …")

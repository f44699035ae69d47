"""The records of the quote cascade: :class:`QuoteSpan`, what the extractor returns,
and ``_Quote``, a quote being built, with the speakers of the quotes found so far.

Their own module because every step of the cascade builds or reads them
(:mod:`.extractor`, :mod:`.reported_speech`) and none of them is a step. Moved out of
:mod:`newsprism.extract.quotes.extractor` (session 34), which imports every name back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from newsprism.extract.quotes.content import Kind
from newsprism.extract.quotes.speakers import Resolution, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class QuoteSpan:
    """One quote or piece of reported speech, with its cue and its speaker.

    Offsets are character offsets into ``doc.text``. ``parts`` are the contiguous
    pieces of the content (one for most quotes; several for a quote split around its
    cue or running over paragraphs). ``speaker`` is the name as written at its best
    mention (``speaker_start``/``speaker_end``, possibly in an earlier sentence);
    ``speaker_surface`` is what stands at the cue ("He", "The spokesman", "a statement
    from his office"), at ``surface_start``/``surface_end``. ``resolved`` says how the
    speaker was found: "name", "pronoun", "role" (a title: "the spokesman"),
    "organisation", "description" (an unnamed source as the article describes it, "a
    Romney campaign aide", with no offsets of a name), or "none" (unresolved: ``speaker``
    is None, never a guess). ``cue_tone`` is "neutral" or "loaded" (``claimed``).
    ``statement`` is False when the cue reports no statement but names a thing or a
    topic ("declared a state of emergency", "asked about his membership"), or says the
    words were not (yet) said or only asked ("has not said", "declined to say whether",
    "will announce", "was asked whether"): an attribution PolNeAR counts, which
    ``compare`` does not list as a quote.
    """

    text: str
    start: int
    end: int
    kind: Kind
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_surface: str | None
    resolved: Resolution
    sentence_index: int
    parts: tuple[tuple[int, int], ...] = ()
    surface_start: int | None = None
    surface_end: int | None = None
    cue_tone: str | None = None
    within: tuple[int, int] | None = None
    statement: bool = True

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["parts"] = [list(p) for p in self.parts]
        data["within"] = list(self.within) if self.within else None
        return data


@dataclass
class _Quote:
    """A quote being built (mutable until it becomes a QuoteSpan)."""

    parts: list[tuple[int, int]]
    kind: Kind
    verb: Token | None
    cue: tuple[int, int, str] | None
    tone: str | None
    speaker: Speaker
    sentence: int
    regions: list[tuple[int, int]]
    within: _Quote | None = None  # the quote whose words this one is quoted in
    statement: bool = True  # False: a noun phrase or topic, no statement (Content.states)

    @property
    def first(self) -> int:
        """Where the content starts."""
        return self.parts[0][0]

    @property
    def last(self) -> int:
        """Where the content or its last closing mark ends."""
        return max([b for _, b in self.parts] + [b for _, b in self.regions])


def _speakers(quotes: list[_Quote]) -> list[Speaker]:
    return [q.speaker for q in quotes]


def _speakers_before(quotes: list[_Quote], at: int) -> list[Speaker]:
    """The speakers of the quotes that start before offset ``at``, in the text's order.

    Reported speech is found after every direct quote of the article, so the quotes
    found so far include later ones: "according to the latest trustees report" must not
    take the speaker of a report quoted three paragraphs further on."""
    return [q.speaker for q in sorted(quotes, key=lambda q: q.parts[0][0]) if q.parts[0][0] < at]

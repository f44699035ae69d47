"""Score newsprism's quote speakers against this gold (``gold.json``).

    PYTHONPATH=src python gold/speakers-fresh37/score.py ../shared/data [--show]

gold/speakers-fresh35's scorer (itself gold/speakers-polnear's), imported, not copied,
pointed at this folder's ``gold.json`` and given the FNC-1 bodies as ``pick.text_of``
writes them: each article alone through ``analyze_story``; newsprism's quote over a gold
item is the shortest one covering its first words' first character; right when
``same_speaker`` accepts its speaker. ``speaker_acc`` = right / found; an item no quote
covers is missed, not wrong; an unresolved quote over a named item is wrong.
"""
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pick import _load, bodies, text_of  # noqa: E402

fresh35 = _load("fresh35_score", HERE.parent / "speakers-fresh35" / "score.py")


@cache
def _bodies(data: Path) -> dict[int, str]:
    return bodies(data)


def fnc1_text(data: Path, name: str) -> str:
    """The article newsprism reads for the FNC-1 body ``name``."""
    return text_of(int(name), _bodies(data)[int(name)])


if __name__ == "__main__":
    sys.exit(fresh35.main(here=HERE, text_of=fnc1_text))

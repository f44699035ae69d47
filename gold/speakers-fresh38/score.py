"""Score newsprism's quote speakers against this gold (``gold.json``).

    PYTHONPATH=src python gold/speakers-fresh38/score.py ../shared/data [--show]

gold/speakers-fresh35's scorer (imported, not copied), pointed at this folder's
``gold.json`` and given the FNC-1 bodies as gold/speakers-fresh37's ``text_of`` writes
them: each article alone through ``analyze_story``; newsprism's quote over a gold item
is the shortest one covering its first words' first character; right when
``same_speaker`` accepts its speaker. ``speaker_acc`` = right / found; an item no quote
covers is missed, not wrong; an unresolved quote over a named item is wrong.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    """A sibling gold's script as a module (gold scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fresh35 = _load("fresh35_score", HERE.parent / "speakers-fresh35" / "score.py")
fresh37 = _load("fresh37_score", HERE.parent / "speakers-fresh37" / "score.py")

if __name__ == "__main__":
    sys.exit(fresh35.main(here=HERE, text_of=fresh37.fnc1_text))

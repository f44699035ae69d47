"""Score newsprism's quote speakers against this gold (``gold.json``).

    PYTHONPATH=src python gold/speakers-fresh39/score.py ../shared/data [--show]

gold/speakers-fresh35's scorer (itself gold/speakers-polnear's on the train split),
imported, not copied, and pointed at this folder's ``gold.json``: each article alone
through ``analyze_story``; newsprism's quote over a gold item is the shortest one
covering its first words' first character; right when ``same_speaker`` accepts its
speaker. ``speaker_acc`` = right / found; an item no quote covers is missed, not wrong;
an unresolved quote over a named item is wrong.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("fresh35_score",
                                               HERE.parent / "speakers-fresh35" / "score.py")
fresh35 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh35)

if __name__ == "__main__":
    sys.exit(fresh35.main(here=HERE))

"""Pick this gold's articles from PolNeAR **train** by a SHA-1 order over their names.

Rule (written and committed before any article was read):

- candidates: ``polnear/train/text/*.txt``, minus the last 150 by sorted file name
  (session 20's sample, docs/eval-quotes.md "Session 20: PolNeAR train's last 150
  articles"), minus every 6th by sorted file name from the first (index % 6 == 0,
  the framing reading of docs/eval-framing.md, ``--polnear-first 0 --polnear-step 6``),
  minus any article whose name (or its first 30 characters) a file under gold/, docs/,
  tests/, scripts/ or src/ names;
- order: by the SHA-1 hex digest of the file name without ``.txt``;
- take, in that order, each article whose count of double quotation marks (``"``, “,
  ”) is between 12 and 30 (about six to fifteen quotations: enough to read, not a
  transcript of a hundred turns), until the marks taken reach 170 (about 85 spans).

    python gold/speakers-fresh35/pick.py ../shared/data
"""
import hashlib
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("polnear_pick",
                                               HERE.parent / "speakers-polnear" / "pick.py")
polnear_pick = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(polnear_pick)

LOW, HIGH, ENOUGH = 12, 30, 170


def candidates(data: Path) -> list[Path]:
    """Train articles outside session 20's last 150 and the framing's every 6th."""
    paths = sorted((data / "polnear" / "train" / "text").glob("*.txt"))
    kept = [p for i, p in enumerate(paths[:-150]) if i % 6 != 0]
    return sorted(kept, key=lambda p: hashlib.sha1(p.stem.encode("utf-8")).hexdigest())


def pick(data: Path, batch: int = 1) -> list[tuple[str, int]]:
    """(article stem, marks) of the chosen articles of a batch, in SHA-1 order."""
    out: list[tuple[str, int]] = []
    taken = 0
    for path in candidates(data):
        marks = sum(path.read_text("utf-8").count(m) for m in polnear_pick.MARKS)
        if not LOW <= marks <= HIGH or polnear_pick.named(path.stem):
            continue
        out.append((path.stem, marks))
        taken += marks
        if taken >= ENOUGH * batch:
            break
    if batch == 1:
        return out
    first = pick(data, batch - 1)
    return out[len(first):]


if __name__ == "__main__":
    BATCH = int(sys.argv[3]) if sys.argv[2:3] == ["--batch"] else 1
    for stem, marks in pick(Path(sys.argv[1]), BATCH):
        print(f"{marks:3} {stem}")

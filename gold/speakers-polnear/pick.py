"""Pick this gold's articles: per outlet, the free PolNeAR dev article whose count of
double quotation marks is closest to 20 (ties to the first by name).

A dev article is free when no file under gold/, docs/, tests/, scripts/ or src/ names
it (its file name without ``.txt``, or the first 30 characters of that name).

    python gold/speakers-polnear/pick.py ../shared/data
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKS = ('"', "\u201c", "\u201d")
TARGET = 20


def named(stem: str, gold: str = "speakers-polnear") -> bool:
    """Whether any project file outside the gold ``gold`` (a folder of gold/) names the
    article."""
    for key in {stem, stem[:30]}:
        hit = subprocess.run(
            ["grep", "-rlF", f"--exclude-dir={gold}", key,
             "gold", "docs", "tests", "scripts", "src"],
            cwd=ROOT, capture_output=True, text=True).stdout.strip()
        if hit:
            return True
    return False


def pick(data: Path) -> dict[str, tuple[str, int]]:
    """outlet -> (article stem, marks) of the chosen article."""
    best: dict[str, tuple[int, str, int]] = {}
    for path in sorted((data / "polnear" / "dev" / "text").glob("*.txt")):
        stem = path.stem
        if named(stem):
            continue
        marks = sum(path.read_text("utf-8").count(m) for m in MARKS)
        outlet = stem.split("_")[0]
        key = (abs(marks - TARGET), stem, marks)
        if outlet not in best or key[:2] < best[outlet][:2]:
            best[outlet] = key
    return {o: (k[1], k[2]) for o, k in sorted(best.items())}


if __name__ == "__main__":
    for outlet, (stem, marks) in pick(Path(sys.argv[1])).items():
        print(f"{outlet:13} {marks:3} {stem}")

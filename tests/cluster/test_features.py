"""Per-article features: a pure, picklable function; stored rows read back bit for bit."""

from __future__ import annotations

import math
import pickle
import random
import tracemalloc
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from newsprism import dedup
from newsprism.cluster.features import (
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    _lead,
    _paragraphs_without_footer,
    capped,
    compute_features,
    from_row,
    to_epoch,
    to_row,
)
from newsprism.cluster.terms import (
    content_words,
    entity_counts,
    entity_frequencies,
    stable_hash,
    term_frequencies,
)
from newsprism.embeddings import get_embedder
from newsprism.models import Article
from newsprism.pipeline import clean_paths, ingest_paths
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def seed_features():
    articles, failures = clean_paths([EXAMPLES])
    assert not failures
    return articles, compute_features(articles)


def _same(a, b) -> bool:
    return (a.article_id == b.article_id and a.headline == b.headline and a.titled == b.titled
            and np.array_equal(a.embedding, b.embedding) and np.array_equal(a.minhash, b.minhash)
            and a.shingles == b.shingles and a.title_tf == b.title_tf and a.body_tf == b.body_tf
            and a.entity_tf == b.entity_tf and a.entities == b.entities
            and a.published == b.published)  # fmt: skip


def test_features_describe_each_article(seed_features) -> None:
    articles, features = seed_features
    assert [f.article_id for f in features] == [a.id for a in articles]
    for article, f in zip(articles, features, strict=True):
        assert f.embedding.dtype == np.float32 and abs(np.linalg.norm(f.embedding) - 1) < 1e-5
        assert f.shingles > 100 and len(f.minhash) == 128
        assert f.body_tf and f.title_tf and f.entity_tf
        assert "Rafah" in f.entities
        assert f.published == to_epoch(article.published_at)
        assert f.titled == bool(article.title)
    untitled = next(f for a, f in zip(articles, features, strict=True) if not a.title)
    assert untitled.headline.startswith("US Secretary of State Antony Blinken")


def test_features_are_a_pure_picklable_function(seed_features) -> None:
    """What a Dask worker computes and sends back is what this process computes."""
    articles, features = seed_features
    again = pickle.loads(pickle.dumps(compute_features(pickle.loads(pickle.dumps(articles)))))
    assert all(_same(a, b) for a, b in zip(features, again, strict=True))
    one_by_one = [compute_features([a])[0] for a in reversed(articles)][::-1]
    assert all(_same(a, b) for a, b in zip(features, one_by_one, strict=True))


def test_a_stored_row_reads_back_exactly(seed_features) -> None:
    _, features = seed_features
    for f in features:
        assert _same(f, from_row(to_row(f)))


@pytest.mark.parametrize(("stamp", "expected"), [
    ("2024-03-25T23:21:30Z", 1711408890.0),
    ("2010-07-02", 1278028800.0),
    ("2024-03-25T23:21:30+02:00", 1711401690.0),
    (None, None),
    ("not a date", None),
])  # fmt: skip
def test_publication_times_become_epoch_seconds(stamp, expected) -> None:
    assert to_epoch(stamp) == expected


def test_names_are_capitalised_runs_not_sentence_openers() -> None:
    text = ("Officials said the Mathare river burst its banks in Nairobi. The officials "
            "said President William Ruto ordered the army to help. Ruto spoke on Monday, "
            "and the Kenya Red Cross counted the dead. UN teams arrived.")  # fmt: skip
    names = dict(entity_counts(text))
    assert {"Mathare", "Nairobi", "William Ruto", "Ruto", "Kenya Red Cross", "UN"} <= set(names)
    assert not {"Officials", "The", "President", "Monday"} & set(names)


def test_a_full_name_also_counts_as_its_last_word() -> None:
    vector = entity_frequencies([("Antony Blinken", 2)])
    assert set(vector) == {stable_hash("e:antony blinken"), stable_hash("e:blinken")}


def test_content_words_drop_function_words_and_bare_numbers() -> None:
    assert content_words("The U.S. said 2024-03-26 that Israel's troops were in Rafah") == [
        "us", "israel", "troops", "rafah"]  # fmt: skip


# --- the cost of one huge article is bounded --------------------------------------------


def _words_text(n_chars: int, seed: int) -> str:
    """``n_chars`` of seeded random words on one line: nearly every 5-word shingle unique."""
    vocabulary = sorted(set(BODY_WORDS.split()))
    rng = random.Random(seed)
    out, size = [], 0
    while size < n_chars:
        word = rng.choice(vocabulary)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:n_chars]


BODY_WORDS = (EXAMPLES / "000_9d09b65a9dedc41d.txt").read_text("utf-8")


def _article(article_id: str, text: str, title: str | None = "A title") -> Article:
    return Article(id=article_id, content_hash=article_id, source_path=f"{article_id}.txt",
                   text=text, raw="", raw_format="text", title=title)  # fmt: skip


def _peak_bytes(articles: list[Article]) -> tuple[int, list]:
    """Peak traced allocation of ``compute_features`` (the embedder loaded beforehand)."""
    get_embedder()
    tracemalloc.start()
    try:
        features = compute_features(articles)
        return tracemalloc.get_traced_memory()[1], features
    finally:
        tracemalloc.stop()


def test_a_huge_single_line_text_costs_what_its_capped_prefix_costs() -> None:
    """A 10 MB one-line file cost 1.75 GB in compute_features (1.9 M shingles at once)."""
    huge = _words_text(4_000_000, seed=1)
    at_cap = capped(huge, MAX_TEXT_CHARS)
    peak_huge, (f_huge,) = _peak_bytes([_article("huge", huge)])
    peak_cap, (f_cap,) = _peak_bytes([_article("cap", at_cap)])
    # Every feature is the prefix's: the shingle count is bounded by the cap's words.
    assert f_huge.shingles == f_cap.shingles <= MAX_TEXT_CHARS // 2
    assert np.array_equal(f_huge.minhash, f_cap.minhash) and f_huge.body_tf == f_cap.body_tf
    # Memory: the 40x longer input allocates no more than the cap-sized one (give or
    # take the slice of the prefix); before, the peak grew with the input, 700 MB here.
    assert peak_huge < peak_cap + 2 * MAX_TEXT_CHARS * 4 + 1_000_000


def test_a_huge_title_or_word_is_capped_in_the_headline_and_lead() -> None:
    no_spaces = "x" * 3_000_000
    (titled,) = compute_features([_article("t", "Some body text here.", title=no_spaces)])
    (untitled,) = compute_features([_article("u", no_spaces, title=None)])
    assert len(titled.headline) == MAX_TITLE_CHARS and titled.titled
    assert len(untitled.headline) == MAX_TITLE_CHARS and not untitled.titled
    assert untitled.shingles == 1


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("short", 10, "short"),
    ("one two three", 7, "one two"),  # the cut falls on a space
    ("one two three", 9, "one two"),  # inside "three": back to the space
    ("one two three", 8, "one two "),  # just after the space
    ("abcdefghij", 4, "abcd"),  # no space: cut where the limit says
])  # fmt: skip
def test_capped_cuts_between_words(text: str, limit: int, expected: str) -> None:
    assert capped(text, limit) == expected


def test_two_copies_of_a_huge_text_are_still_near_copies(fresh_store, tmp_path: Path) -> None:
    """Past the cap nothing is read: copies that differ only there are the same text, and
    a copy edited near its start is still a near-copy, as for any article."""
    body = _words_text(3 * MAX_TEXT_CHARS, seed=2)
    edited = body.replace(" ", " and ", 40)  # a few words inserted in the first lines
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{body} Tail of the original.", "utf-8")
    (folder / "b.txt").write_text(f"{body} Another tail, another outlet.", "utf-8")
    (folder / "c.txt").write_text(edited, "utf-8")
    report = ingest_paths([folder], fresh_store)
    assert report.ok and len(report.added) == 3, report.failures
    rows = fresh_store.conn.execute(
        "SELECT a.source_path, s.duplicate_of, s.story_id FROM story_articles s "
        "JOIN articles a ON a.id = s.article_id ORDER BY a.source_path"
    ).fetchall()
    (a, a_story), (b, b_story), (c, c_story) = [(r[1], r[2]) for r in rows]
    assert a is None and b is not None and c is not None
    assert a_story == b_story == c_story


def test_chunked_minhash_equals_one_batch() -> None:
    """Hashing in chunks of HASH_CHUNK gives exactly datasketch's one-batch signature."""
    items = {f"shingle {n}" for n in range(3 * dedup.HASH_CHUNK + 7)} | {"غزة رفح", "zoë"}
    sketch = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED,
                     permutations=dedup._permutations(), scheme="affine32")  # fmt: skip
    sketch.update_batch([s.encode("utf-8") for s in items])
    assert np.array_equal(dedup.minhash(items), np.asarray(sketch.hashvalues, dtype=np.uint32))


def test_party_and_state_labels_are_not_key_names() -> None:
    # issue 12: "R-Ohio" and "D-Conn." were shown as a story's key entities
    text = ("Sen. Rob Portman (R-Ohio) said the bill would pass. Sen. Richard Blumenthal, "
            "D-Conn., voted against it, and Portman (R-Ohio) said so again.")
    names = dict(entity_counts(text))
    assert {"Rob Portman", "Richard Blumenthal", "Portman"} <= set(names)
    assert not [n for n in names if n[:2] in ("R-", "D-", "I-")], names


def test_sublinear_frequencies_are_float32_of_one_plus_log() -> None:
    """The array cast gives each value exactly what ``np.float32`` of it gives."""
    words = [f"w{n % 97}" for n in range(5000)] + ["zoë", "غزة"] * 3
    tf = term_frequencies(words)
    counts = Counter(words)
    expected = {stable_hash(w): float(np.float32(1.0 + math.log(n))) for w, n in counts.items()}
    assert tf == expected and list(tf) == list(expected)


@pytest.mark.parametrize("line", [
    "Blinken met Yoav Gallant. Gallant said Israel would wait.",
    "__init__ of U.S.-led talks, Obama’s 'plan' -- ok_ done_",
    "  trailing gap ...  ", "", "_", "a", "ſ İ ǅ Ⅻ ² غزة رفح", "x_y", "R-Ohio (D-Conn.)",
])
def test_gap_word_pairs_are_the_tokens_and_what_lies_between(line: str) -> None:
    from newsprism.cluster.terms import _GAP_WORD, _TOKEN

    matches = list(_TOKEN.finditer(line))
    pairs = _GAP_WORD.findall(line)
    assert [t for _, t in pairs] == [m.group() for m in matches]
    ends = [0, *(m.end() for m in matches)][: len(matches)]
    gaps = [line[e : m.start()] for e, m in zip(ends, matches, strict=True)]
    assert [g for g, _ in pairs] == gaps


def test_minhash_matches_datasketch_on_random_sets() -> None:
    rng = random.Random(0)
    words = ["a", "bé", "غزة", "zoë", "the", "1", "ſ"]
    for size in (0, 1, 2, 50, 500):
        items = {" ".join(rng.choice(words) for _ in range(5)) + str(n) for n in range(size)}
        sketch = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED,
                         permutations=dedup._permutations(), scheme="affine32")  # fmt: skip
        sketch.update_batch([s.encode("utf-8") for s in items])
        assert np.array_equal(dedup.minhash(items), np.asarray(sketch.hashvalues, np.uint32))


FOOTER = "This material may not be published, broadcast, rewritten or redistributed."


@pytest.mark.parametrize("paragraphs", [
    ["The council approved the budget on Monday.", "Officials said it passes.", FOOTER],
    ["The council approved the budget on Monday. " + FOOTER],  # the cut inside a paragraph
    [FOOTER, "Reporting by Jane Doe; Editing by John Roe"],  # boilerplate alone: kept
    ["A short report with no footer at all."],
    [],
])  # fmt: skip
def test_the_lead_read_off_the_body_cut_is_the_lead_of_the_paragraphs(paragraphs) -> None:
    article = _article("a1", "\n\n".join(paragraphs))
    article.paragraphs = list(paragraphs)
    body = compute_features_body(article)
    kept = _paragraphs_without_footer(article, body)
    assert _lead(article, body, kept) == _lead(article, body)
    if paragraphs and paragraphs[-1] == FOOTER:
        assert "redistributed" not in _lead(article, body, kept)


def test_paragraphs_that_are_not_the_text_take_their_own_footer_cut() -> None:
    article = _article("a2", "Another text altogether, without the footer paragraph.")
    article.paragraphs = ["The council approved the budget on Monday.", FOOTER]
    body = compute_features_body(article)
    assert _paragraphs_without_footer(article, body) == [article.paragraphs[0]]


def compute_features_body(article: Article) -> str:
    """The body ``compute_features`` reads: the capped text without its footer."""
    from newsprism.cluster.boilerplate import body_without_footer

    return body_without_footer(capped(article.text, MAX_TEXT_CHARS))

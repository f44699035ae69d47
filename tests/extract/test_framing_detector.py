"""The learned loaded-language detector: its packaged model, hash check and switches."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from newsprism.errors import NewsprismError
from newsprism.extract.framing import frame_text, lexicon_pass, load_lexicon
from newsprism.extract.framing.detector import (
    default_detector_path,
    default_model_path,
    flagged_phrases,
    load_detector,
    read_model,
)
from newsprism.extract.framing.features import is_candidate, token_features
from newsprism.extract.nlp import load_nlp
from tests.conftest import ROOT


def test_packaged_model_matches_the_features() -> None:
    model = load_detector("static")
    assert model is not None and 0 < model.threshold < 1
    meta = json.loads(default_model_path().read_text("utf-8"))
    assert meta["features"] == model.coef.shape[0] == model.mean.shape[0]
    assert set(meta["training"]["sources"]) == {"babe", "basil"}
    doc = load_nlp()("The senator launched a bizarre tirade against reporters.")
    tokens = [t for t in doc if is_candidate(t)]
    _, marks = lexicon_pass(doc, load_lexicon())
    from newsprism.extract.framing.detector import word_vectors

    features = token_features(doc, tokens, word_vectors, marks, {})
    assert features.shape == (len(tokens), model.coef.shape[0])


def test_weights_that_do_not_match_their_hash_are_refused(tmp_path: Path) -> None:
    source = default_model_path()
    for name in (source.name, "framing-detector.npz"):
        shutil.copy(source.parent / name, tmp_path / name)
    weights = tmp_path / "framing-detector.npz"
    data = bytearray(weights.read_bytes())
    data[-10] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(NewsprismError) as info:
        read_model(tmp_path / source.name)
    assert info.value.code == "E440"
    (tmp_path / source.name).unlink()
    with pytest.raises(NewsprismError) as missing:
        read_model(tmp_path / source.name)
    assert missing.value.code == "E440"


def test_the_detector_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The senator launched a bizarre tirade against reporters."
    assert frame_text(text).loaded and frame_text(text).detector
    monkeypatch.setenv("NEWSPRISM_FRAMING_MODEL", "none")
    framing = frame_text(text)
    assert framing.loaded == [] and framing.detector == ""
    assert frame_text(text, detector=False).loaded == []


def test_neighbouring_flags_are_one_phrase() -> None:
    doc = load_nlp()("He ripped off the bizarre, ugly plan.")
    by_text = {t.text: t for t in doc}
    scored = [(by_text["ripped"], 0.9), (by_text["off"], 0.1), (by_text["bizarre"], 0.8),
              (by_text["ugly"], 0.7), (by_text["plan"], 0.2)]  # fmt: skip
    phrases = [(doc[a:b].text, p) for a, b, p in flagged_phrases(scored, 0.5)]
    assert phrases == [("ripped", 0.9), ("bizarre", 0.8), ("ugly", 0.7)]
    scored[1] = (by_text["off"], 0.6)  # a flagged particle joins its verb
    first = flagged_phrases(scored, 0.5)[0]
    assert doc[first[0] : first[1]].text == "ripped off"


def test_training_script_writes_a_model_the_detector_reads(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from train_framing import _fit, save
    finally:
        sys.path.pop(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 5)).astype(np.float32)
    y = (x[:, 0] > 0.3).astype(int)
    meta = {"name": "tiny", "weights_file": "framing-detector.npz", "threshold": 0.5}
    save(tmp_path, _fit(x, y, 1.0), meta)
    model = read_model(tmp_path / "framing-detector.json")
    p = model.probabilities(x)
    assert ((p >= 0.5) == (x[:, 0] > 0.3)).mean() > 0.9


def _onnx_path() -> Path:
    from newsprism.eval.framing_variants import variant_path

    return variant_path("minilm")


def test_onnx_detector_scores_words_in_context_and_sentences() -> None:
    from newsprism.extract.framing.transformer import OnnxDetector

    model = load_detector(_onnx_path())
    assert isinstance(model, OnnxDetector) and 0 < model.threshold < 1
    doc = load_nlp()("The senator launched a bizarre tirade against reporters. "
                     + "He spoke on Tuesday. " * 60)  # longer than one window: cut, not lost
    scored = dict((t.i, p) for t, p in model.score_doc(doc))
    assert {t.i for t in doc if is_candidate(t)} == set(scored)
    assert all(0.0 <= p <= 1.0 for p in scored.values())
    assert scored[4] > scored[next(t.i for t in doc if t.text == "spoke")]  # "bizarre"
    biased, plain = model.sentence_probabilities(
        ["The senator launched a bizarre, hateful tirade against reporters.",
         "The senator spoke to reporters on Tuesday."])  # fmt: skip
    assert biased > plain
    assert frame_text("The senator launched a bizarre tirade.", detector=False).loaded == []


def test_onnx_files_that_do_not_match_their_hash_are_refused(tmp_path: Path) -> None:
    source = _onnx_path()
    for name in (source.name, "model.onnx", "tokenizer.json"):
        shutil.copy(source.parent / name, tmp_path / name)
    data = bytearray((tmp_path / "tokenizer.json").read_bytes())
    data[-3] ^= 0x01
    (tmp_path / "tokenizer.json").write_bytes(bytes(data))
    with pytest.raises(NewsprismError) as info:
        read_model(tmp_path / source.name)
    assert info.value.code == "E480"
    (tmp_path / "model.onnx").unlink()
    with pytest.raises(NewsprismError) as missing:
        read_model(tmp_path / source.name)
    assert missing.value.code == "E480" and "model.onnx" in str(missing.value)


def test_shipped_detectors_are_named_by_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism.extract.framing.transformer import OnnxDetector

    monkeypatch.setenv("NEWSPRISM_FRAMING_MODEL", "minilm")
    assert isinstance(load_detector(), OnnxDetector)
    framing = frame_text("The senator launched a bizarre tirade.")
    assert framing.detector.startswith("framing-minilm")
    monkeypatch.setenv("NEWSPRISM_FRAMING_MODEL", "static")
    assert load_detector() is load_detector(default_model_path())
    monkeypatch.delenv("NEWSPRISM_FRAMING_MODEL")  # unset: the MiniLM reading quotes too,
    assert load_detector() is load_detector("minilm-topics") is load_detector(
        default_detector_path())  # without topic words (docs/framing.md, session 20)
    assert frame_text("The senator launched a bizarre tirade.").detector.startswith(
        "framing-minilm")


def test_onnx_detector_reads_only_the_outlets_own_words() -> None:
    model = load_detector(_onnx_path())
    doc = load_nlp()('The senator launched a bizarre tirade. "It was a disgusting, '
                     'vile smear," his aide said.')  # fmt: skip
    _, marks = lexicon_pass(doc, load_lexicon())
    assert marks.in_quote  # the quotation is found
    scored = {t.i for t, _ in model.score_doc(doc, marks)}
    assert scored and not scored & marks.in_quote  # the aide's words are not scored
    assert {t.i for t, _ in model.score_doc(doc)} > scored  # without marks: every word


def test_evidence_weights_combine_the_logit_with_lexicon_hits(tmp_path: Path) -> None:
    from newsprism.extract.framing.evidence import FEATURES, Evidence, evidence_features
    from newsprism.extract.framing.features import Marks

    doc = load_nlp()("The senator launched a vicious attack on the table.")
    tokens = [doc[4], doc[7]]  # "vicious" (MPQA strong subjective), "table"
    rows = evidence_features(tokens, [0.5, 0.5], Marks(term=frozenset({7})))
    assert rows[0, 0] == 0.0 and rows[0, FEATURES.index("mpqa_strong")] == 1.0
    assert rows[1, FEATURES.index("mpqa_strong")] == 0.0 and rows[1, FEATURES.index("term")]
    coef = [1.0 if f in ("logit", "mpqa_strong") else 0.0 for f in FEATURES]
    combo = Evidence.from_meta({"features": list(FEATURES), "coef": coef, "intercept": 0.0,
                                "threshold": 0.6})  # fmt: skip
    high, low = combo.probabilities(rows)
    assert high > 0.7 and abs(low - 0.5) < 1e-6
    with pytest.raises(ValueError):
        Evidence.from_meta({"features": ["logit"], "coef": [1.0], "intercept": 0,
                            "threshold": 0.5})  # fmt: skip
    source = _onnx_path()
    for name in ("model.onnx", "tokenizer.json"):
        shutil.copy(source.parent / name, tmp_path / name)
    meta = json.loads(source.read_text("utf-8"))
    meta["evidence"] = {"features": ["logit"], "coef": [1.0], "intercept": 0, "threshold": 0.5}
    (tmp_path / source.name).write_text(json.dumps(meta), "utf-8")
    with pytest.raises(NewsprismError) as info:
        read_model(tmp_path / source.name)
    assert info.value.code == "E540" and "evidence" in str(info.value)


def test_onnx_sentence_scores_are_kept_for_an_article_seen_again() -> None:
    model = load_detector(_onnx_path())
    doc = load_nlp()("The senator launched a bizarre tirade. Reporters left early.")
    model.cache.clear()
    first = model.score_doc(doc)
    assert set(model.cache) == {s.text for s in doc.sents}
    calls = []
    model.cache["The senator launched a bizarre tirade."][:] = 0.0  # a hit, not a re-run
    run, model._run = model._run, lambda windows: calls.append(windows) or run(windows)
    try:
        again = dict((t.i, p) for t, p in model.score_doc(doc, raw=True))
    finally:
        del model._run
    assert calls == [[]] and again[4] == 0.0 and len(first) == len(again)
    model.cache.clear()


def test_cascade_reads_only_the_sentences_the_static_model_passes() -> None:
    """The cascade's screen and reader are the shipped static model and MiniLM; a
    sentence it reads gets the MiniLM's very scores, one it skips is not run at all."""
    from newsprism.extract.framing.cascade import CascadeDetector, sentence_start
    from newsprism.extract.framing.detector import score_tokens

    cascade = load_detector("cascade")
    assert isinstance(cascade, CascadeDetector) and 0 < cascade.gate < cascade.screen.threshold
    assert cascade.screen is load_detector("static") and cascade.reader is load_detector("minilm")
    assert cascade.threshold == cascade.reader.threshold
    doc = load_nlp()("The senator launched a bizarre tirade against reporters. "
                     "The meeting is on Tuesday at the city hall.")  # fmt: skip
    lexicon = load_lexicon()
    _, marks = lexicon_pass(doc, lexicon)
    static = score_tokens(doc, cascade.screen, marks, {})
    best = {}
    for t, p in static:
        best[sentence_start(t)] = max(best.get(sentence_start(t), 0.0), p)
    first, second = (s.start for s in doc.sents)
    assert best[first] >= cascade.gate > best[second]  # the test's premise
    cascade.cache.clear()
    mine = dict((t.i, p) for t, p in score_tokens(doc, cascade, marks, {}))
    assert set(cascade.cache) == {next(iter(doc.sents)).text}  # the plain sentence: not read
    cascade.cache.clear()
    full = dict((t.i, p) for t, p in cascade.reader.score_doc(doc, marks))
    assert set(mine) == set(full)
    for i, p in mine.items():  # int8 activations are quantised per batch: a sentence read
        # in another batch scores a little differently (here up to 0.03), so the flags
        # are compared, and the scores with a tolerance
        assert p == (pytest.approx(full[i], abs=0.05) if i < second else 0.0)
        assert (p >= cascade.threshold) == (i < second and full[i] >= cascade.threshold)
    cascade.cache.clear()
    alone = dict((t.i, p) for t, p in cascade.reader.score_doc(
        doc, marks, only={i for i in mine if i < second}))  # fmt: skip
    assert alone == {i: p for i, p in mine.items() if i < second}  # the very same scores
    cascade.cache.clear()


def test_a_malformed_cascade_is_refused(tmp_path: Path) -> None:
    from newsprism.eval.framing_variants import variant_path

    meta = json.loads(variant_path("cascade").read_text("utf-8"))
    meta["screen"] = str(variant_path("static"))  # two linear models: no reader
    meta["reader"] = str(variant_path("static"))
    (tmp_path / "cascade.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(NewsprismError) as info:
        read_model(tmp_path / "cascade.json")
    assert info.value.code == "E440" and "ONNX reader" in str(info.value)
    del meta["gate"]
    (tmp_path / "cascade.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(NewsprismError) as missing:
        read_model(tmp_path / "cascade.json")
    assert missing.value.code == "E440"


def test_the_gate_is_the_highest_that_keeps_the_share_on_each_source() -> None:
    """scripts/choose_cascade_gate.py: pooled, BABE's many flags would hide BASIL's."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from choose_cascade_gate import sweep
    finally:
        sys.path.pop(0)

    def row(best: float, flags: int, source: str) -> dict:
        return {"best": best, "flags": flags, "biased": False, "whole": False, "source": source}

    rows = [row(0.5, 40, "babe"), row(0.011, 1, "basil"), row(0.3, 9, "basil"),
            row(0.002, 0, "basil"), {"best": 0.2, "flags": 0, "biased": True, "whole": True,
                                     "source": "babe"}]  # fmt: skip
    gate, table = sweep(rows, 0.95)
    assert gate == 0.01  # 0.015 would keep 49 of 50 flags, but 9 of BASIL's 10
    line = next(t for t in table if t["gate"] == 0.01)
    assert line["flags_kept_basil"] == 1.0 and line["read_basil"] == round(2 / 3, 4)
    assert sweep(rows, 0.5)[0] == 0.2  # the biased call needs best >= gate


def test_the_quotes_variant_flags_a_sources_loaded_words_as_the_sources() -> None:
    from newsprism.extract.framing import frame_doc

    doc = load_nlp()('The senator launched a bizarre tirade. "It was a disgusting, '
                     'vile smear," his aide said.')  # fmt: skip
    plain, quotes = load_detector("minilm"), load_detector("minilm-quotes")
    assert quotes.quote_threshold is not None
    assert quotes.threshold_for(True) == quotes.quote_threshold
    assert quotes.threshold_for(False) == quotes.threshold
    before = frame_doc(doc, model=plain).loaded
    after = frame_doc(doc, model=quotes).loaded
    assert [w.span.text for w in before] == ["bizarre tirade"]
    quoted = [w for w in after if w.span.in_quote]
    # the aide's words are flagged, at the quoted threshold, and given to the aide
    assert {w.span.text for w in quoted} >= {"vile"}
    assert all(w.span.speaker == "his aide" and w.score >= quotes.quote_threshold
               for w in quoted)  # fmt: skip
    assert [w.span.text for w in after if not w.span.in_quote] == ["bizarre tirade"]


def test_the_topics_variant_drops_the_outlets_nouns_the_article_repeats() -> None:
    from newsprism.eval.framing_variants import variant_path
    from newsprism.extract.framing import frame_doc

    doc = load_nlp()("The deferments let him finish school. He obtained five deferments "
                     "from 1965 to 1970. Records show the deferments were legal.")  # fmt: skip
    quotes, topics = load_detector("minilm-quotes"), load_detector("minilm-topics")
    assert topics.topic_min_count == 3 and quotes.topic_min_count is None
    assert [w.span.text for w in frame_doc(doc, model=quotes).loaded] == ["deferments"] * 2
    # "deferments" three times: what the story is about, not a choice of words
    assert frame_doc(doc, model=topics).loaded == []
    meta = json.loads(variant_path("minilm-topics").read_text("utf-8"))
    assert meta["files"] == json.loads(variant_path("minilm-quotes").read_text("utf-8"))[
        "files"]  # the same model files and thresholds
    fit = meta["topic_fit"]
    assert fit["cross_validated"]["found"] >= fit["today"]["found"]
    assert fit["cross_validated"]["prec_bias"] >= fit["today"]["prec_bias"]


@pytest.mark.parametrize(
    "text",
    [
        # a phrase with a word that is not the topic stays whole
        "The senator launched a bizarre tirade on Monday. The tirade lasted an hour. By "
        "evening the tirade was all anyone discussed.",
    ],
)
def test_a_phrase_with_a_word_of_its_own_stays(text: str) -> None:
    from newsprism.extract.framing import frame_doc

    words = frame_doc(load_nlp()(text), model=load_detector("minilm-topics")).loaded
    assert [w.span.text for w in words] == ["bizarre tirade"]


def test_a_repeated_word_stays_in_a_sources_mouth() -> None:
    from newsprism.extract.framing import frame_doc

    doc = load_nlp()("Facebook spreads misinformation, the senator wrote. Misinformation "
                     "about vaccines rose last year. The company says it removes "
                     "misinformation quickly.")  # fmt: skip
    words = frame_doc(doc, model=load_detector("minilm-topics")).loaded
    # the outlet's own "Misinformation" goes; the senator's and the company's stay theirs
    assert [(w.span.text, w.span.speaker) for w in words] == [
        ("misinformation", "the senator"), ("misinformation", "The company")]


def test_the_quotes_variant_is_the_minilm_with_per_voice_thresholds() -> None:
    from newsprism.eval.framing_variants import variant_path

    meta = json.loads(variant_path("minilm-quotes").read_text("utf-8"))
    base = json.loads(variant_path("minilm").read_text("utf-8"))
    assert meta["files"] == base["files"] and meta["kind"] == "onnx"  # same model files
    fit = meta["quote_fit"]
    assert fit["training_fit"]["prec_bias"] >= 0.30
    assert fit["cross_validated"]["recall"] > fit["today_default"]["recall"]
    assert fit["cross_validated"]["prec_bias"] > fit["today_default"]["prec_bias"]


def _article(name: str, year: str, tokens: list[tuple[float, bool, bool]]) -> dict:
    """A dumped article: one word per entry (raw score, in a quotation, on a lex span);
    words 10 characters apart, each gold word its own lex span."""
    toks = [{"i": 2 * k, "start": 10 * k, "end": 10 * k + 5, "raw": raw, "in_quote": q,
             "neutral": False} for k, (raw, q, _) in enumerate(tokens)]  # fmt: skip
    gold = [{"start": 10 * k, "end": 10 * k + 5, "bias": "lex"}
            for k, (_, _, hit) in enumerate(tokens) if hit]  # fmt: skip
    return {"name": name, "year": year, "flags": [], "tokens": toks, "gold": gold,
            "minilm_dev": False}


def test_the_per_voice_fit_takes_the_most_spans_at_the_precision_floor() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from fit_framing_combiner import choose_voices, evaluate, per_voice

    # own words: 0.9 right, 0.6 wrong; quoted: 0.7 right, 0.5 wrong, 0.45 right
    article = _article("e_1", "2011", [(0.9, False, True), (0.6, False, False),
                                       (0.7, True, True), (0.5, True, False),
                                       (0.45, True, True)])  # fmt: skip
    assert evaluate([article], per_voice(0.48, 1.1)) == {
        "gold": 3, "found": 1, "recall": 0.333, "flagged": 2, "prec_bias": 0.5}
    own, quoted, fit = choose_voices([article], floor=0.6)
    # all three spans at 3 of 4 flags (0.75) with quoted >= 0.4 needs own > 0.6
    assert (fit["found"], fit["flagged"]) == (3, 4) and own > 0.6 and quoted <= 0.45
    own, quoted, fit = choose_voices([article], floor=0.99)
    assert fit["prec_bias"] == 1.0 and fit["found"] == 2  # 0.9 own and 0.7 quoted only
    # --max-own 0.5: the wrong own word (0.6) cannot be left out; the quoted three still
    # reach the floor with it (3 of 5 flags)
    own, quoted, fit = choose_voices([article], floor=0.6, owns=[0.4, 0.45, 0.48, 0.5])
    assert own <= 0.5 and (fit["found"], fit["flagged"]) == (3, 5) and quoted <= 0.45


def test_the_voice_fit_drops_topic_nouns_and_keeps_the_spans() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from fit_framing_voice import Rules, choose, grid, spans

    article = _article("e_1", "2011", [(0.9, False, True), (0.6, False, False),
                                       (0.6, False, False), (0.7, True, False),
                                       (0.6, False, False)])  # fmt: skip
    for t, lemma in zip(article["tokens"], ("smear", "tirade", "tirade", "tirade", "tirade"),
                        strict=True):
        t |= {"lemma": lemma, "pos": "NOUN", "lists": [], "idf": 9.0, "reported": None}
    today, topic = Rules(), Rules(topic_k=3, topic_phrase=True)
    assert spans(today)(article) == [(0, 5), (10, 15), (20, 25), (30, 35), (40, 45)]
    # "tirade" four times: the own-voice ones go, the quoted one (0.7 >= 0.65) stays
    assert spans(topic)(article) == [(0, 5), (30, 35)]
    chosen, fig = choose([article], grid("topic", today), today)
    assert fig["found"] == 1 and fig["flagged"] == 2 and chosen.topic_k < 99

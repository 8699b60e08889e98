"""The embedding model run by ONNX Runtime, exported once from sentence-transformers.

Why: importing sentence-transformers (and with it transformers and torch) costs 5-7 s
on every run, which dwarfs the work of an incremental run where only one article
changed. ONNX Runtime and the `tokenizers` library load in under half a second and
give the same vectors (checked at export: they must agree within `TOLERANCE`).

The export is made from the loaded sentence-transformers model the first time a cache
directory sees that model, verified against it, and written atomically into the cache
directory; any model this module cannot reproduce exactly (pooling other than mean or
CLS, extra modules, no fast tokenizer) is left to sentence-transformers.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

FORMAT = "discrepancy-onnx@1"
# Measured on 2 cores: 16-32 sentences per batch encode 15-20% faster than 64, 40% faster than 128.
BATCH_SIZE = 32
TOLERANCE = 1e-4  # largest absolute difference allowed between the two backends' vectors
# the folder an export is written in before it is moved into place: ".export-<pid>-<random>"
STAGING_PREFIX = ".export-"
PROBES = [
    "Defence Minister Rustem Umerov said on Monday that 1,200 troops had been moved.",
    "A 6.1-magnitude earthquake struck the region, killing 12 people.",
    "Ok.",
    " ".join(["The long sentence goes on and on past the model's token limit"] * 40),
]


class UnsupportedModel(Exception):
    """The model cannot be reproduced exactly by the ONNX path; use sentence-transformers."""


def available() -> bool:
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return False
    return True


class OnnxEncoder:
    """Tokenise, run the exported transformer, pool and normalise, as the model's own modules do."""

    def __init__(self, folder: Path, verify: bool = True) -> None:
        import onnxruntime
        import tokenizers

        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise UnsupportedModel(f"{folder}: not a {FORMAT} export")
        if verify and meta.get("sha256") != _digest(folder / "model.onnx"):
            raise UnsupportedModel(f"{folder}: model.onnx does not match its export record")
        self.pooling: str = meta["pooling"]
        self.dim: int = meta["dim"]
        self.inputs: list[str] = meta["inputs"]
        self.tokenizer = tokenizers.Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(meta["max_seq_length"])
        self.tokenizer.enable_padding(pad_id=meta["pad_id"], pad_token=meta["pad_token"])
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options,
                                                    providers=["CPUExecutionProvider"])

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # batches of similar length waste little on padding (sentence-transformers does the same)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            out[rows] = self._batch([texts[i] for i in rows])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        hidden = self.session.run(None, {name: feeds[name] for name in self.inputs})[0]
        mask = feeds["attention_mask"][..., None].astype(np.float32)
        if self.pooling == "cls":
            vectors = hidden[:, 0]
        else:
            vectors = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
        # always normalised, as the sentence-transformers embedder asks for: inner product = cosine
        vectors = vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        return vectors.astype(np.float32)


def export(model, model_path: Path, folder: Path) -> None:
    """Export a loaded SentenceTransformer into `folder`, verified against it; atomic.

    Raises UnsupportedModel when the model has parts this path does not reproduce, or
    when the exported model's vectors differ from the original's.
    """
    import torch

    kinds = [type(module).__name__ for module in model]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise UnsupportedModel(f"modules {kinds}")
    transformer, pooling = model[0], model[1]
    mode = getattr(pooling, "pooling_mode", None)
    if mode is None and hasattr(pooling, "get_pooling_mode_str"):  # sentence-transformers < 5
        mode = pooling.get_pooling_mode_str()
    if mode not in ("mean", "cls"):
        raise UnsupportedModel(f"pooling {mode!r}")
    if getattr(transformer, "do_lower_case", False):
        raise UnsupportedModel("lower-casing outside the tokenizer")
    tokenizer_file = model_path / "tokenizer.json"
    if not tokenizer_file.exists():
        raise UnsupportedModel("no tokenizer.json")
    hf_tokenizer = model.tokenizer
    auto_model = transformer.auto_model.eval()
    sample = hf_tokenizer(["a short sample", "another"], return_tensors="pt", padding=True)
    inputs = [name for name in ("input_ids", "attention_mask", "token_type_ids") if name in sample]

    class Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, *tensors):
            return self.inner(**dict(zip(inputs, tensors))).last_hidden_state

    folder.parent.mkdir(parents=True, exist_ok=True)
    # named by this process, so that a run which had to kill it mid-export can clear what it left
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=folder.parent))
    staging.chmod(0o755)
    try:
        axes = {name: {0: "batch", 1: "tokens"} for name in inputs}
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(Hidden(auto_model), tuple(sample[n] for n in inputs), str(staging / "model.onnx"),
                              input_names=inputs, output_names=["hidden"],
                              dynamic_axes={**axes, "hidden": {0: "batch", 1: "tokens"}},
                              opset_version=17, dynamo=False)
        shutil.copyfile(tokenizer_file, staging / "tokenizer.json")
        meta = {
            "format": FORMAT,
            "pooling": mode,
            "dim": int((getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension)()),
            "max_seq_length": int(model.max_seq_length),
            "pad_id": int(hf_tokenizer.pad_token_id or 0),
            "pad_token": str(hf_tokenizer.pad_token or "[PAD]"),
            "inputs": inputs,
        }
        meta["sha256"] = _digest(staging / "model.onnx")
        (staging / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        encoder = OnnxEncoder(staging, verify=False)
        got = encoder.encode(PROBES)
        want = np.asarray(model.encode(PROBES, normalize_embeddings=True, convert_to_numpy=True,
                                       show_progress_bar=False), dtype=np.float32)
        difference = float(np.abs(got - want).max())
        if not difference <= TOLERANCE:
            raise UnsupportedModel(f"exported vectors differ by {difference:.2g}")
        meta["verified_difference"] = difference
        (staging / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        try:
            os.replace(staging, folder)
        except OSError:  # another process exported it first: keep theirs
            if not (folder / "meta.json").exists():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def leftover_staging(folder: Path, pid: int) -> list[Path]:
    """The staging folders the exporting process `pid` left beside `folder` (killed before its clean-up)."""
    return sorted(folder.parent.glob(f"{STAGING_PREFIX}{pid}-*"))


def _digest(path: Path) -> str:
    """The file's SHA-256: a damaged or replaced export is rebuilt, never trusted."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()

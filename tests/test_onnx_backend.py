"""The exported model must give sentence-transformers' vectors, and never be trusted when damaged."""
from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from discrepancy import onnx_backend
from discrepancy.embeddings import ExportedEmbedder, SentenceTransformerEmbedder, default_embedder

pytestmark = pytest.mark.integration

SENTENCES = [
    "Rustem Umerov, Ukraine's defence minister, said 1,000 prisoners of war were exchanged.",
    "Secretary of the National Security and Defense Council Rustem Umerov met Türkiye's Foreign Minister.",
    "Officials said on Tuesday that 14 people had been evacuated overnight.",
    "Zelenskyy",
    "„Ціна“ — 3,2 млрд грн; 東京で地震",
    "word " * 400,  # past the 256-token limit: truncation must match
]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return SentenceTransformerEmbedder().encode(SENTENCES)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> ExportedEmbedder:
    embedder = ExportedEmbedder(None, tmp_path_factory.mktemp("cache") / "onnx")
    embedder.encode(["warm up"])
    return embedder


def test_exported_model_gives_the_reference_vectors(exported: ExportedEmbedder, reference: np.ndarray) -> None:
    assert exported.backend == "onnxruntime"
    vectors = exported.encode(SENTENCES)
    assert vectors.shape == reference.shape
    assert float(np.abs(vectors - reference).max()) < onnx_backend.TOLERANCE
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_second_run_loads_the_export_without_sentence_transformers(exported: ExportedEmbedder,
                                                                     reference: np.ndarray) -> None:
    again = ExportedEmbedder(None, exported.export_root)
    vectors = again.encode(SENTENCES)
    assert again.backend == "onnxruntime"
    assert again.reference._model is None  # the slow library was never loaded
    assert float(np.abs(vectors - reference).max()) < onnx_backend.TOLERANCE


def test_a_damaged_export_is_rebuilt_not_trusted(exported: ExportedEmbedder, tmp_path: Path,
                                                 reference: np.ndarray) -> None:
    import shutil

    root = tmp_path / "onnx"
    shutil.copytree(exported.export_root, root)
    embedder = ExportedEmbedder(None, root)
    model_file = embedder.folder / "model.onnx"
    data = bytearray(model_file.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the weights: still loadable, wrong vectors
    model_file.write_bytes(bytes(data))
    vectors = embedder.encode(SENTENCES)
    assert embedder.backend == "onnxruntime"
    assert float(np.abs(vectors - reference).max()) < onnx_backend.TOLERANCE
    assert model_file.read_bytes() != bytes(data)


def test_export_failure_falls_back_to_sentence_transformers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           reference: np.ndarray) -> None:
    def refuse(*args, **kwargs):
        raise onnx_backend.UnsupportedModel("pooling 'max'")

    monkeypatch.setattr(onnx_backend, "export", refuse)
    embedder = ExportedEmbedder(None, tmp_path / "onnx")
    vectors = embedder.encode(SENTENCES)
    assert embedder.backend.startswith("sentence-transformers (UnsupportedModel")
    assert float(np.abs(vectors - reference).max()) < 1e-6
    assert not (tmp_path / "onnx").exists() or not any((tmp_path / "onnx").iterdir())


def test_without_onnxruntime_sentence_transformers_does_the_work(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(onnx_backend, "available", lambda: False)
    embedder = ExportedEmbedder(None, tmp_path / "onnx")
    embedder.encode(["one sentence"])
    assert embedder.backend == "sentence-transformers (onnxruntime is not installed)"


def test_without_a_cache_the_export_goes_to_a_temporary_folder(exported: ExportedEmbedder) -> None:
    """--no-cache gives the cached runs' vectors bit for bit (sentence-transformers' own differ in
    the seventh decimal, which moved an article between two event groups of 300 war-news
    articles), and leaves nothing behind."""
    import gc
    import tempfile

    embedder = default_embedder(None, None)
    assert isinstance(embedder, ExportedEmbedder)
    root = embedder.export_root
    assert Path(tempfile.gettempdir()) in root.parents
    vectors = embedder.encode(SENTENCES)
    assert embedder.backend == "onnxruntime"
    assert np.array_equal(vectors, ExportedEmbedder(None, exported.export_root).encode(SENTENCES))
    del embedder
    gc.collect()
    assert not root.exists()
    # its owner (a check without a cache) removes it as soon as it has encoded, with no warning at exit
    closed = default_embedder(None, None)
    closed.encode(SENTENCES[:1])
    folder = closed.export_root
    assert folder.exists()
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        closed.close()
        del closed
        gc.collect()
    assert not folder.parent.exists()


# ----------------------------------------------------------------- the first export, in a child process


def test_an_export_prepared_in_a_child_is_used_without_sentence_transformers(tmp_path: Path,
                                                                            reference: np.ndarray) -> None:
    """`prepare` exports in a child while the claims are read; this process then loads the child's
    export and never imports the slow library (run in a fresh interpreter to know that)."""
    import json
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from discrepancy.embeddings import ExportedEmbedder\n"
        "e = ExportedEmbedder(None, Path(sys.argv[1]))\n"
        "e.prepare()\n"
        "started = e._export_job is not None\n"
        "vectors = e.encode(json.loads(sys.argv[2]))\n"
        "print(json.dumps({'started': started, 'backend': e.backend, 'vectors': vectors.tolist(),\n"
        "                  'imported': 'sentence_transformers' in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "onnx"), json.dumps(SENTENCES)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout)
    assert got["started"] and got["backend"] == "onnxruntime"
    assert not got["imported"]
    assert float(np.abs(np.asarray(got["vectors"], dtype=np.float32) - reference).max()) < onnx_backend.TOLERANCE
    assert [p.name for p in (tmp_path / "onnx").iterdir()] == [ExportedEmbedder(None, tmp_path / "onnx").folder.name]


def test_an_export_cancelled_half_way_leaves_nothing_behind(tmp_path: Path) -> None:
    """Ctrl-C during a first run stops the child's export: no half-written export is left for the
    next run to find, and the next run exports again."""
    import time

    root = tmp_path / "onnx"
    embedder = ExportedEmbedder(None, root)
    embedder.prepare()
    job = embedder._export_job
    assert job is not None
    deadline = time.monotonic() + 300
    while not any(root.glob(".export-*")) and job.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # the child is writing its export into a staging folder
    assert any(root.glob(".export-*")), "the export finished before it could be cancelled"
    embedder.settle(cancel=True)
    assert job.returncode is not None
    assert not any(root.iterdir())
    embedder.encode(["one sentence"])
    assert embedder.backend == "onnxruntime"


def test_a_child_killed_before_its_clean_up_has_its_staging_folder_cleared(tmp_path: Path) -> None:
    """A child that never ran its clean-up (killed inside the tracer) leaves `.export-<pid>-*`: the
    run that stopped it clears that one, and never another process's staging folder."""
    import subprocess
    import sys

    root = tmp_path / "onnx"
    embedder = ExportedEmbedder(None, root)
    root.mkdir()
    job = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    left = root / f"{onnx_backend.STAGING_PREFIX}{job.pid}-abc"
    other = root / f"{onnx_backend.STAGING_PREFIX}{job.pid + 1}-abc"
    left.mkdir()
    other.mkdir()
    embedder._export_job = job
    embedder.settle(cancel=True)
    assert job.returncode is not None
    assert not left.exists() and other.exists()


def test_prepare_does_nothing_where_the_export_is_there(exported: ExportedEmbedder) -> None:
    again = ExportedEmbedder(None, exported.export_root)
    again.prepare()
    assert again._export_job is None

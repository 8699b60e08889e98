"""The import contracts of pyproject.toml ([tool.importlinter]) hold, and catch a crossed layer.

`make lint` runs the same contracts in CI; these tests show that they are not vacuous:
a copy of the package with one forbidden import added fails them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the package in `project`, with that project's pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run([sys.executable, "-c", LINT_IMPORTS, "--no-cache"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the package and its pyproject.toml, to break on purpose."""
    shutil.copytree(ROOT / "discrepancy", tmp_path / "discrepancy", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_package_keeps_its_import_contracts(project):
    done = lint_imports(project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.parametrize("module,crossing", [
    ("discrepancy/report/markdown.py", "from ..pipeline import Options"),  # a report reaching into the stages
    ("discrepancy/report/common.py", "from ..baseline import Baseline"),
    ("discrepancy/claims.py", "from .embeddings import Embedder"),  # an extractor that embeds
    ("discrepancy/detectors/numbers.py", "from ..events import group_documents"),
    ("discrepancy/detectors/dates.py", "from .. import align"),
    ("discrepancy/kinds/number.py", "from ..compare.aligned import compare_aligned"),  # a kind running the stage
    ("discrepancy/detectors/titles.py", "from ..compare import samefact"),  # a detector that compares
    ("discrepancy/config.py", "from . import cli"),  # the command line imported
    ("discrepancy/pipeline.py", "from .api import check"),  # the pipeline calling back into the API
])
def test_a_crossed_layer_breaks_a_contract(project, module, crossing):
    source = project / module
    source.write_text(source.read_text(encoding="utf-8") + f"\n{crossing}\n", encoding="utf-8")
    done = lint_imports(project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "BROKEN" in done.stdout and "1 broken" in done.stdout

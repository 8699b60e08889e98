"""The repository's scripts (`scripts/*.py`) loaded as modules, for the tests that call them."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    """`scripts/<name>.py`, executed afresh (a test may patch it) and registered under its name, so
    that its dataclasses and the scripts that import it resolve to it."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

"""Refitting is deterministic: the committed training tables give the shipped model files byte for byte."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("sklearn")


@pytest.mark.slow
def test_refit_from_tables_gives_the_shipped_models(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("fit_models", ROOT / "scripts" / "fit_models.py")
    fit_models = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit_models)
    monkeypatch.setattr(fit_models, "DATA", tmp_path)
    assert fit_models.main(["--from-tables"]) == 0
    for name in ("same_event", "same_fact_number", "same_fact_date"):
        shipped = (ROOT / "discrepancy" / "data" / f"{name}.json").read_bytes()
        assert (tmp_path / f"{name}.json").read_bytes() == shipped, name

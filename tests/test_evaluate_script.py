"""scripts/evaluate.py: its options reach the check it runs (the corpora themselves are not run here)."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _evaluate():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_min_confidence_sets_one_bar_for_every_kind(tmp_path, monkeypatch):
    evaluate = _evaluate()
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: seen.append((out, evaluate.OPTIONS.min_confidence)))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path), "--min-confidence", "0.4"]) == 0
    assert seen == [(tmp_path, 0.4)]


def test_without_min_confidence_each_kind_keeps_its_fitted_cut(tmp_path, monkeypatch):
    evaluate = _evaluate()
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: seen.append(evaluate.OPTIONS.min_confidence))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path)]) == 0
    assert seen == [None]


def test_injected_variants_are_scored_only_when_asked_for(tmp_path, monkeypatch):
    evaluate = _evaluate()
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: None)
    monkeypatch.setattr(evaluate, "injected", lambda out, variants: seen.append(variants))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path)]) == 0
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path), "--injected", str(tmp_path / "inj")]) == 0
    assert seen == [tmp_path / "inj"]

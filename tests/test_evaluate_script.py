"""scripts/evaluate.py: its options reach the check it runs (the corpora themselves are not run here)."""

from script_modules import load_script


def test_min_confidence_sets_one_bar_for_every_kind(tmp_path, monkeypatch):
    evaluate = load_script("evaluate")
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: seen.append((out, evaluate.OPTIONS.min_confidence)))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path), "--min-confidence", "0.4"]) == 0
    assert seen == [(tmp_path, 0.4)]


def test_without_min_confidence_each_kind_keeps_its_fitted_cut(tmp_path, monkeypatch):
    evaluate = load_script("evaluate")
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: seen.append(evaluate.OPTIONS.min_confidence))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path)]) == 0
    assert seen == [None]


def test_injected_variants_are_scored_only_when_asked_for(tmp_path, monkeypatch):
    evaluate = load_script("evaluate")
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: None)
    monkeypatch.setattr(evaluate, "injected", lambda out, variants: seen.append(variants))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path)]) == 0
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path), "--injected", str(tmp_path / "inj")]) == 0
    assert seen == [tmp_path / "inj"]


def test_an_injected_item_counts_as_one_fact_where_the_readers_call_any_of_its_pairs_one_fact():
    evaluate = load_script("evaluate")
    item = {"altered_doc": "t_1", "altered_doc_original_sentence": "Smith spoke Tuesday.", "original_value": "Tuesday",
            "original_docs": ["t_2", "t_3"], "original_sentences": ["Smith said Tuesday.", "Jones voted Tuesday."]}
    one = ("t_1", "Smith spoke Tuesday.", "t_2", "Smith said Tuesday.", "Tuesday")
    two = ("t_1", "Smith spoke Tuesday.", "t_3", "Jones voted Tuesday.", "Tuesday")
    assert evaluate._read_as(item, {one: "one_fact", two: "two_facts"}) == "one_fact"
    assert evaluate._read_as(item, {two: "two_facts"}) == "two_facts"
    assert evaluate._read_as(item, {}) == "unread"


def test_the_shipped_pair_readings_are_read_by_their_key():
    """Every line of the readings file has the fields the key is made of, and two readers' labels."""
    evaluate = load_script("evaluate")
    readings = evaluate._pair_readings()
    assert len(readings) == 44
    assert set(readings.values()) <= {"one_fact", "two_facts", "unsure", "split"}

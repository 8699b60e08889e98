"""scripts/funnel.py --injected: each injected contradiction at the furthest stage any of its originals reaches."""
import json
from types import SimpleNamespace

import pytest
from script_modules import load_script


def _variant(folder, items) -> None:
    folder.mkdir(parents=True)
    (folder / "corpus.jsonl").write_text("", encoding="utf-8")
    (folder / "gold.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")


def _item(id_: str, kind: str, originals: list[str]) -> dict:
    return {"id": id_, "kind": kind, "altered_doc": "t_1", "altered_sentence": "It rained on Tuesday.",
            "altered_value": "Tuesday", "original_value": "Monday", "original_docs": originals,
            "original_sentences": ["It rained on Monday."] * len(originals)}


def test_an_injected_contradiction_counts_at_the_furthest_stage_any_original_reaches(tmp_path, monkeypatch, capsys):
    funnel = load_script("funnel")
    stages = {"t_2": ("apart", "link 0.20"), "t_3": ("below cut", "p 0.40"), "t_4": ("found", "p 0.90")}
    analysis = SimpleNamespace(pairs=[], compared_at=lambda gate: None)
    monkeypatch.setattr(funnel, "Extractor", lambda path, cache: SimpleNamespace(
        analysis=analysis, governors=SimpleNamespace(flush=lambda: None)))
    monkeypatch.setattr(funnel, "stage_of", lambda ex, pair, aligned, compared_at: stages[pair["b"]["doc"]])
    _variant(tmp_path / "v0", [_item("i1", "date", ["t_2", "t_3"]), _item("i2", "date", ["t_4", "t_2"]),
                               _item("i3", "number", ["t_2"]), _item("i4", "title", ["t_4"])])
    funnel.injected(tmp_path, None)
    out = capsys.readouterr().out
    assert "[below cut] v0 i1 injected date: p 0.40" in out and "i2" not in out
    assert "injected date: found 1, below cut 1" in out
    assert "injected number: apart 1" in out
    assert "injected title: 1 left out" in out  # titles are compared per person, not by alignment


def test_injected_without_variant_folders_says_what_it_wants(tmp_path):
    funnel = load_script("funnel")
    with pytest.raises(SystemExit, match="no variant folders with a gold.jsonl"):
        funnel.injected(tmp_path, None)


def _planted_set(folder, rows) -> None:
    folder.mkdir(parents=True)
    (folder / "PLANTED.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _planted(file: str, kind: str, others: list[str]) -> dict:
    return {"file": file, "kind": kind, "planted": {"id": "a", "sentence": "It rained on Tuesday.", "value": "Tuesday"},
            "counterparts": [{"id": doc, "sentence": "It rained on Monday.", "value": "Monday"} for doc in others]}


def test_a_planted_contradiction_counts_at_the_furthest_stage_any_counterpart_reaches(tmp_path, monkeypatch, capsys):
    funnel = load_script("funnel")
    stages = {"b": ("not aligned", "cosine 0.41"), "c": ("below cut", "p 0.30"), "d": ("found", "p 0.90")}
    analysis = SimpleNamespace(pairs=[], compared_at=lambda gate: None)
    opened = []
    monkeypatch.setattr(funnel, "Extractor", lambda path, cache: opened.append(path.name) or SimpleNamespace(
        analysis=analysis, governors=SimpleNamespace(flush=lambda: None)))
    monkeypatch.setattr(funnel, "stage_of", lambda ex, pair, aligned, compared_at: stages[pair["b"]["doc"]])
    _planted_set(tmp_path / "qa1", [_planted("p01.jsonl", "date", ["b", "c"]), _planted("p02.jsonl", "figure", ["d"]),
                                    _planted("p03.jsonl", "title", ["d"])])
    funnel.planted([tmp_path / "qa1"], None)
    out = capsys.readouterr().out
    assert "[below cut] qa1/p01.jsonl date 'Tuesday': p 0.30" in out
    assert "[found] qa1/p02.jsonl number 'Tuesday'" in out
    assert "planted date: below cut 1" in out and "planted number: found 1" in out
    assert opened == ["p01.jsonl", "p02.jsonl"]  # a title has no stage here: its corpus is not even read


def test_planted_without_an_answer_key_says_so(tmp_path):
    funnel = load_script("funnel")
    with pytest.raises(SystemExit, match="no answer key"):
        funnel.planted([tmp_path], None)

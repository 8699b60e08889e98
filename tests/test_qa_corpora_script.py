"""scripts/qa_corpora.py: the whole tool over a folder of one-story corpora, as the blind sets are measured."""
import json

from script_modules import load_script


def _corpus(path, texts: list[str]) -> None:
    lines = [{"id": f"{path.stem}-{i}", "source": f"Outlet {i}", "published": "2025-05-17", "title": "Talks",
              "text": text} for i, text in enumerate(texts)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def test_each_corpus_is_checked_on_its_own_and_its_findings_printed(tmp_path, capsys):
    _corpus(tmp_path / "p01.jsonl", [
        "Russia and Ukraine agreed in Istanbul on Friday to exchange 1,000 prisoners of war each, the delegations said.",
        "Russia and Ukraine agreed in Istanbul on Friday to exchange 3,000 prisoners of war each, the delegations said."])
    _corpus(tmp_path / "c01.jsonl", [
        "Russia and Ukraine agreed in Istanbul on Friday to exchange 1,000 prisoners of war each, the delegations said.",
        "Russia and Ukraine agreed in Istanbul on Friday to swap 1,000 prisoners of war each, the delegations said."])
    assert load_script("qa_corpora").main([str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "## c01.jsonl: 0 findings, 1 events"
    assert out[1] == "## p01.jsonl: 1 findings, 1 events"
    assert out[2].startswith("  [number 0.") and "1,000" in out[2] and "3,000" in out[2]


def test_the_answer_key_scores_planted_and_clean_corpora(tmp_path, capsys):
    planted = "Russia and Ukraine agreed in Istanbul on Friday to exchange 3,000 prisoners of war each, the delegations said."
    other = "Russia and Ukraine agreed in Istanbul on Friday to exchange 1,000 prisoners of war each, the delegations said."
    _corpus(tmp_path / "p01.jsonl", [other, planted])
    _corpus(tmp_path / "p02.jsonl", [other, other.replace("Friday", "Saturday")])
    _corpus(tmp_path / "c01.jsonl", [other, other.replace("exchange", "swap")])
    key = [{"file": "p01.jsonl", "kind": "figure", "planted": {"id": "p01-1", "sentence": planted, "value": "3,000"},
            "counterparts": [{"id": "p01-0", "sentence": other, "value": "1,000"}]},
           # the key names another value than the finding sets apart: not found
           {"file": "p02.jsonl", "kind": "figure", "planted": {"id": "p02-1", "sentence": other, "value": "1,000"},
            "counterparts": [{"id": "p02-0", "sentence": other, "value": "1,000"}]}]
    (tmp_path / "PLANTED.jsonl").write_text("".join(json.dumps(k) + "\n" for k in key), encoding="utf-8")
    assert load_script("qa_corpora").main([str(tmp_path), "--score"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "c01.jsonl: clean, 0 findings"
    assert out[1].startswith("p01.jsonl: figure found (0.")
    assert out[2].startswith("p02.jsonl: figure missed") and out[2].endswith("1 beside")
    assert out[-1] == ("planted found 1 of 2 (figure 1/2); clean corpora with a finding 0 of 1; "
                       "findings beside the planted one 1")


def test_several_answer_keyed_sets_are_scored_with_their_total(tmp_path, capsys):
    other = "Russia and Ukraine agreed in Istanbul on Friday to exchange 1,000 prisoners of war each, the delegations said."
    planted = other.replace("1,000", "3,000")
    for name in ("qa1", "qa2"):
        folder = tmp_path / name
        folder.mkdir()
        _corpus(folder / "p01.jsonl", [other, planted])
        _corpus(folder / "c01.jsonl", [other, other.replace("exchange", "swap")])
        key = {"file": "p01.jsonl", "kind": "figure", "planted": {"id": "p01-1", "sentence": planted, "value": "3,000"},
               "counterparts": [{"id": "p01-0", "sentence": other, "value": "1,000"}]}
        (folder / "PLANTED.jsonl").write_text(json.dumps(key) + "\n", encoding="utf-8")
    assert load_script("qa_corpora").main([str(tmp_path / "qa1"), str(tmp_path / "qa2"), "--score"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "## qa1" and "## qa2" in out
    assert out[-1] == ("all 2 sets: planted found 2 of 2 (figure 2/2); clean corpora with a finding 0 of 2; "
                       "findings beside the planted one 0")

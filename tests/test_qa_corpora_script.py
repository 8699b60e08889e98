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

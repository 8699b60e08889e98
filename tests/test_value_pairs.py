"""Figures and dates of one fact as news writes them, read by definition (before any fitted decision).

`tests/data/value_pairs_news.jsonl`: 1,922 sentence pairs helpers wrote blind from general
knowledge (N1 and D1 were read to mend the readings, N2 and D2 were measured before anyone read
them and read at the twenty-second stop, N3 and D3 were written at the twenty-third and measured
before anyone read them, N4 and D4 at the thirty-fourth, N5 and D5 at the thirty-fifth, N6, D6, N7
and D7 at the thirty-sixth, N8, D8, N9 and D9 at the thirty-seventh, N10 and D10 at the
thirty-eighth, each measured before anyone read them, then read). "gap" marks where the tool is wrong today; such a pair must stay wrong until the file is
updated, so that a fix, or a new misreading, is noticed.
"""
import json
from pathlib import Path

from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [json.loads(line) for line in (ROOT / "tests" / "data" / "value_pairs_news.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]


def test_value_pairs_as_news_writes_them():
    probe = load_script("probe_pairs")
    wrong = [(p["reader"], p["want"], got, p["value_a"], p["value_b"], p["a"])
             for p in PAIRS if probe.right(p, got := probe.verdict(p)) == ("gap" in p)]
    assert not wrong, "\n".join(map(str, wrong))


def test_the_file_is_not_passed_by_marking_everything_a_gap():
    def read_right(kind: str, want: str) -> int:
        return sum(p["kind"] == kind and p["want"] == want and "gap" not in p for p in PAIRS)

    assert len(PAIRS) == 1922
    # one fact written two ways, not read as a conflict; two values of one fact that cannot both hold, read as one
    assert read_right("number", "compatible") >= 560 and read_right("number", "conflict") >= 358
    assert read_right("date", "compatible") >= 563 and read_right("date", "conflict") >= 203


def test_the_script_prints_each_helpers_figures(capsys):
    assert load_script("probe_pairs").main([str(ROOT / "tests" / "data" / "value_pairs_news.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "number N2  conflict   read as a conflict: 47 of 60" in out
    assert "date   D2  compatible read as no conflict: 91 of 92" in out


def test_the_decision_column_reads_a_conflict_through_the_fitted_decision():
    probe = load_script("probe_pairs")
    pair = {"kind": "number", "a": "Police said 14 people were killed in the blast at the market on Monday.",
            "b": "Police said 19 people were killed in the blast at the market on Monday.",
            "value_a": "14", "value_b": "19", "published_a": "2024-01-08", "published_b": "2024-01-08"}
    paraphrase = dict(pair, b="The market bombing on Monday left 19 dead, according to officials.")
    assert probe.read_value_pair(pair) == probe.read_value_pair(paraphrase) == "conflict"  # by definition
    # near copies are reported; a paraphrase the sentence model finds far apart is not
    assert probe.read_value_pair(pair, similarity=0.98) == "conflict reported"
    assert probe.read_value_pair(paraphrase, similarity=0.3) == "conflict below the cut"

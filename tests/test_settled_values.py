"""A value one article states as the other does, in aligned sentences, is settled between them.

Two outlets share the bullet "60 officials remained in occupied territory" and differ on how many
were dismissed (28 against 35). The "28 dismissed" sentence is also aligned with the other
outlet's "60 remained", and the fitted decision scores that pair high (the same thing counted).
The finding must set 28 against 35 only: the first outlet says 60 too, so it does not dispute it.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from discrepancy.cli import main
from discrepancy.compare.samefact import ValuePair, agreements, decide, match

ARTICLE = """---
source: {source}
published: 2022-07-18
title: Officials dismissed
---
KYIV, Ukraine — Ukraine's prosecutors have opened criminal cases against law enforcement officials, \
President Volodymyr Zelenskyy said on Sunday.

{bullets}
"""


class _Value:
    def __init__(self, start: int) -> None:
        self.start = start


def _pair(x: _Value, y: _Value, probability: float, conflict: bool) -> ValuePair:
    return ValuePair("number", x, y, {}, probability, conflict)


def test_match_is_one_to_one_most_likely_first():
    x1, x2, y1 = _Value(0), _Value(5), _Value(0)
    agree = _pair(x1, y1, 0.9, False)
    conflict = _pair(x2, y1, 0.8, True)
    assert match([conflict, agree]) == [agree]  # y1 is taken by the likelier, agreeing x1
    assert decide([conflict, agree], 0.5) == []
    assert agreements([conflict, agree], 0.5) == [agree]
    assert agreements([conflict, agree], 0.95) == []  # an agreement under the cut settles nothing


def _check(tmp_path: Path, bullets_a: str, bullets_b: str) -> list[dict]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE.format(source="Alpha News", bullets=bullets_a), encoding="utf-8")
    (corpus / "b.md").write_text(ARTICLE.format(source="Beta Wire", bullets=bullets_b), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["check", str(corpus), "--cache-dir", str(tmp_path / "cache"), "-q", "--format", "json",
                 "--output", str(out)]) in (0, 1)
    return [f for f in json.loads(out.read_text())["findings"] if f["kind"] == "number"]


@pytest.mark.integration
def test_a_value_both_outlets_state_is_not_a_side_of_their_conflict(tmp_path):
    findings = _check(tmp_path,
                      "- 60 officials remained in occupied territory.\n- 28 officials were dismissed.",
                      "- 60 officials remained in occupied territory.\n- 35 officials were dismissed.")
    assert [sorted(c["value"] for c in f["claims"]) for f in findings] == [["28", "35"]]


@pytest.mark.integration
def test_a_value_is_settled_only_for_the_article_that_states_it(tmp_path):
    """Without the first outlet's "60 remained", nothing settles the other's 60 for it."""
    findings = _check(tmp_path,
                      "- 28 officials were dismissed.",
                      "- 60 officials remained in occupied territory.\n- 35 officials were dismissed.")
    assert [sorted(c["value"] for c in f["claims"]) for f in findings] == [["28", "35", "60"]]

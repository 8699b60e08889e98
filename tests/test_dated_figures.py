"""Two sentences that each date a figure of one measure, the figures different, date two occasions.

"Brenmouth handled 5.05 million TEU in 2025" against "... 5.4 million TEU in 2026" is a figure in
dispute or two years' figures, never one year written two ways: the dates are not set against
each other (qa88 p06: a forecast for 2026 against 2025's tally). Where the figures agree, the
dates are one fact's and are compared.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from discrepancy.cli import main

ARTICLE = """---
source: {source}
published: {published}
title: Port volumes
---
{lede}

Ships rerouted by the canal closure lifted volumes at the port.
"""
FIRST = "Brenmouth handled a record 5.05 million TEU in 2025, the port authority said on Tuesday."


def _findings(tmp_path: Path, second: str) -> list[tuple[str, list[str]]]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, source, published, lede in (("a", "Harbour Wire", "2026-04-28", FIRST),
                                          ("b", "Brenmouth Echo", "2026-04-29", second)):
        (corpus / f"{name}.md").write_text(ARTICLE.format(source=source, published=published, lede=lede), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["check", str(corpus), "--cache-dir", str(tmp_path / "cache"), "-q", "--format", "json",
                 "--output", str(out)]) in (0, 1)
    return sorted((f["kind"], sorted(c["value"] for c in f["claims"])) for f in json.loads(out.read_text())["findings"])


@pytest.mark.integration
def test_two_figures_each_dated_are_no_date_in_dispute(tmp_path):
    second = "Brenmouth handled a record 5.4 million TEU in 2026, the port authority said on Tuesday."
    assert _findings(tmp_path, second) == [("number", ["5.05 million", "5.4 million"])]


@pytest.mark.integration
def test_one_figure_dated_twice_is_a_date_in_dispute(tmp_path):
    second = "Brenmouth handled a record 5.05 million TEU in 2024, the port authority said on Tuesday."
    assert _findings(tmp_path, second) == [("date", ["2024", "2025"])]

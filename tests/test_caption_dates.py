"""A photo caption's day is when its picture was taken: two outlets' captions are two pictures.

Dates in captions ("Photo: ...", a wire photo's "FILE - ...") are never compared; figures in them
still are, and the same sentences outside a caption still compare their days.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from discrepancy.cli import main

pytestmark = pytest.mark.integration

ARTICLE = """---
source: {source}
published: 2022-07-18
title: Prosecutors open treason cases
---
KYIV, Ukraine — Ukraine's prosecutors have opened criminal cases against law enforcement officials, \
President Volodymyr Zelenskyy said on Sunday.

{caption}Officials at a briefing in Kyiv on {day}, where {figure} officials were dismissed.
"""


def _findings(tmp_path: Path, caption: str, figures: tuple[str, str] = ("28", "35")) -> list[dict]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, source, day, figure in (("a", "Alpha News", "Sunday", figures[0]), ("b", "Beta Wire", "Saturday", figures[1])):
        (corpus / f"{name}.md").write_text(
            ARTICLE.format(source=source, caption=caption, day=day, figure=figure), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["check", str(corpus), "--cache-dir", str(tmp_path / "cache"), "-q", "--format", "json",
                 "--output", str(out)]) in (0, 1)
    return json.loads(out.read_text())["findings"]


@pytest.mark.parametrize("caption", ["Photo: ", "FILE - "])
def test_caption_days_are_not_compared_but_their_figures_are(tmp_path, caption):
    kinds = sorted(f["kind"] for f in _findings(tmp_path, caption))
    assert kinds == ["number"]


def test_the_same_sentences_outside_a_caption_compare_their_days(tmp_path):
    # one figure on both sides: with two figures, each sentence would date its own (no date in dispute)
    kinds = sorted(f["kind"] for f in _findings(tmp_path, "", ("28", "28")))
    assert kinds == ["date"]

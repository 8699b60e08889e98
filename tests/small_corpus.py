"""A few short dated articles written to a folder and checked whole, for tests of one behaviour."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from discrepancy.cli import main

ARTICLE = """---
source: {source}
published: {published}
title: {title}
---
{lede}

{tail}
"""


def findings(tmp_path: Path, articles: Sequence[tuple[str, str, str]], title: str, tail: str) -> list[dict]:
    """The JSON report's findings for articles given as (outlet, publication date, lede), each
    followed by the same `tail` paragraph, checked with a private cache."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k, (source, published, lede) in enumerate(articles):
        (corpus / f"a{k}.md").write_text(ARTICLE.format(source=source, published=published, title=title, lede=lede,
                                                         tail=tail), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["check", str(corpus), "--cache-dir", str(tmp_path / "cache"), "-q", "--format", "json",
                 "--output", str(out)]) in (0, 1)
    return json.loads(out.read_text())["findings"]


def values(found: list[dict], kind: str | None = None) -> list[list[str]]:
    """Each finding's values as written, sorted, for the findings of `kind` (all when None)."""
    return [sorted(c["value"] for c in f["claims"]) for f in found if kind is None or f["kind"] == kind]

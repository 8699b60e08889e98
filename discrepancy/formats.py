"""The report formats by name and file extension, without the renderers.

The settings file and the CLI validate a format name (and tell a report file's format
from its name) before any report exists; importing `discrepancy.report` for that would
load every renderer.
"""
from __future__ import annotations

import re
from pathlib import Path

FORMATS = ("terminal", "markdown", "json", "sarif", "github", "html")

# Longest suffix first: ".sarif.json" is SARIF, not plain JSON.
_SUFFIX_FORMATS = (
    (".sarif.json", "sarif"),
    (".sarif", "sarif"),
    (".markdown", "markdown"),
    (".md", "markdown"),
    (".json", "json"),
    (".txt", "terminal"),
    (".html", "html"),
    (".htm", "html"),
)


class UnknownFormatError(ValueError):
    """A report format name, or a report file's name, that says no known format: a usage error."""


def format_for_path(path: str | Path) -> str:
    """The format a report file's extension asks for (.md, .markdown, .json, .sarif, .sarif.json, .txt, .html, .htm)."""
    name = Path(path).name.lower()
    for suffix, fmt in _SUFFIX_FORMATS:
        if name.endswith(suffix) and len(name) > len(suffix):
            return fmt
    known = ", ".join(suffix for suffix, _fmt in _SUFFIX_FORMATS)
    raise UnknownFormatError(f"{path}: cannot tell the report format from the file name (use one of {known})")


# How each text report this tool writes begins: a report saved inside the corpus folder
# (`--save corpus/review.html`) is recognised and not read back as an article. JSON and SARIF
# reports have extensions no reader takes. A test renders each format and reads it back.
_OWN_REPORT_STARTS = (
    ("markdown", re.compile(r"\A\ufeff?## Discrepancy report\n")),
    ("html", re.compile(r"\A\ufeff?<!DOCTYPE html>.{0,2000}?<title>Discrepancy review: ", re.S)),
    ("terminal", re.compile(r"\A\ufeff?discrepancy  [\d,]+ documents? \u00b7 ")),
)
# Bytes of a file enough to tell: the HTML title comes after a few short lines of head.
OWN_REPORT_HEAD_BYTES = 4096


def own_report_format(head: str) -> str | None:
    """The format of a report discrepancy wrote, from the start of a file's text; None for anything else."""
    return next((fmt for fmt, start in _OWN_REPORT_STARTS if start.match(head)), None)


# The JSON files it writes (a JSON report, a SARIF log, a baseline) have extensions no reader
# takes, so they were listed as "unsupported file type" and refused by --strict. Their keys are
# written sorted, so what says "discrepancy" sits at the start (a report's schema) or at the end
# (a baseline's schema, the SARIF driver's last rule id).
_OWN_JSON_HEADS = (("json", re.compile(r'\A\ufeff?\{\s*"schema": "discrepancy/report@\d+"')),)
_OWN_JSON_TAILS = (
    ("baseline", re.compile(r'"schema": "discrepancy/baseline@\d+"\s*\}\s*\Z')),
    # the driver's name, or (with rules) its last rule's id
    ("sarif", re.compile(r'(?:"id": "discrepancy/|"name": "discrepancy")(?s:.*)"version": "2\.1\.0"\s*\}\s*\Z')),
)
_SARIF_HEAD = re.compile(r'\A\ufeff?\{\s*"\$schema": "https://json\.schemastore\.org/sarif')


def own_json_format(head: str, tail: str) -> str | None:
    """"json", "sarif" or "baseline" when a JSON file's first and last bytes say discrepancy wrote it."""
    for fmt, start in _OWN_JSON_HEADS:
        if start.match(head):
            return fmt
    for fmt, end in _OWN_JSON_TAILS:
        if end.search(tail) and (fmt != "sarif" or _SARIF_HEAD.match(head)):
            return fmt
    return None

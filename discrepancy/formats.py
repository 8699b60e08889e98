"""The report formats by name and file extension, without the renderers.

The settings file and the CLI validate a format name (and tell a report file's format
from its name) before any report exists; importing `discrepancy.report` for that would
load every renderer.
"""
from __future__ import annotations

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

"""Report formats: one `Report`, rendered for a terminal, a pull request, a tool, a CI log or a review page."""
from __future__ import annotations

from pathlib import Path

from ..model import Report
from . import github, html, json_report, markdown, sarif, terminal

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
    """A report file whose name does not say its format: a usage error."""


def render(report: Report, fmt: str, *, color: bool = False, width: int | None = None) -> str:
    """`report` as text in format `fmt` (one of FORMATS); `color` and `width` apply to "terminal" only."""
    if fmt == "terminal":
        return terminal.render(report, color=color, width=width)
    renderers = {"markdown": markdown.render, "json": json_report.render, "sarif": sarif.render,
                 "github": github.render, "html": html.render}
    if fmt not in renderers:
        raise UnknownFormatError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    return renderers[fmt](report)


def format_for_path(path: str | Path) -> str:
    """The format a report file's extension asks for (.md, .markdown, .json, .sarif, .sarif.json, .txt, .html, .htm)."""
    name = Path(path).name.lower()
    for suffix, fmt in _SUFFIX_FORMATS:
        if name.endswith(suffix) and len(name) > len(suffix):
            return fmt
    known = ", ".join(suffix for suffix, _fmt in _SUFFIX_FORMATS)
    raise UnknownFormatError(f"{path}: cannot tell the report format from the file name (use one of {known})")

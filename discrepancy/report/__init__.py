"""Report formats: one `Report`, rendered for a terminal, a pull request, a tool, a CI log or a review page."""
from __future__ import annotations

from ..formats import FORMATS, UnknownFormatError, format_for_path
from ..model import Report
from . import github, html, json_report, markdown, sarif, terminal

__all__ = ["FORMATS", "UnknownFormatError", "format_for_path", "render"]


def render(report: Report, fmt: str, *, color: bool = False, width: int | None = None) -> str:
    """`report` as text in format `fmt` (one of FORMATS); `color` and `width` apply to "terminal" only."""
    if fmt == "terminal":
        return terminal.render(report, color=color, width=width)
    renderers = {"markdown": markdown.render, "json": json_report.render, "sarif": sarif.render,
                 "github": github.render, "html": html.render}
    if fmt not in renderers:
        raise UnknownFormatError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    return renderers[fmt](report)

"""Find where news articles from different outlets disagree: numbers, dates and officials' titles.

    from discrepancy import check, render
    report = check("corpus/")
    print(render(report, "markdown"))

The API is `discrepancy.api` (check, Options, Report, Finding, render, load_baseline,
exit_status ...), re-exported here; ARCHITECTURE.md maps the other modules.
"""
from . import api
from .api import *  # noqa: F403 (the exported names are listed once, in api.__all__)

__all__ = api.__all__

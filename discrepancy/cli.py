"""The command line: parse options, call `api.check`, write reports, set the exit status.

Exit status is the CI contract: 0 when no (new) finding reaches --fail-on, 1 when one
does, 2 for a usage or input error (no report is written then), 130 on Ctrl-C. Only
the report goes to stdout, so `--format json | jq` works; progress bars and messages
go to stderr. Report files are written atomically: an interrupted run leaves either
the previous file or the complete new one.
"""
from __future__ import annotations

import math
import os
import sys
import traceback
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import Progress as RichProgressDisplay
from rich.text import Text

from .align import DEFAULT_THRESHOLD
from .api import DEFAULT_FAIL_ON, EXIT_OK, CacheWarning, CheckError, check, exit_status
from .baseline import Baseline, BaselineError, load_baseline, write_baseline
from .config import FAIL_ON_CHOICES, Config, ConfigError, load_config, model_problem
from .corpus import DEFAULT_MAX_ARTICLE_BYTES, CorpusError
from .corpus.common import printable
from .corpus.formats import format_of
from .corpus.walk import own_report_of
from .embeddings import Embedder
from .fileio import FolderRefusesFile, atomic_write_text
from .model import Report
from .pipeline import DEFAULT_MIN_CONFIDENCE, Options
from .progress import Advance, Progress
from .report import FORMATS, UnknownFormatError, format_for_path, render
from .report.common import skipped_inputs, where
from .report.github import append_step_summary
from .report.terminal import print_report

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
# The check itself failed (a defect, or a broken install): never 1, which CI reads as "findings".
EXIT_CRASH = 3


class UsageProblem(click.ClickException):
    """A usage or input error: exit status 2, one line on stderr, no report written."""

    exit_code = EXIT_USAGE


# ----------------------------------------------------------------- progress


class _RateColumn(ProgressColumn):
    """Units per second, so a slow stage is visible as slow."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if not speed and task.elapsed and task.completed:  # a stage that advanced in one step
            speed = task.completed / task.elapsed
        return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")


class RichProgress:
    """The `Progress` protocol as rich progress bars on stderr: one bar per stage with count and rate."""

    def __init__(self, console: Console) -> None:
        self._display = RichProgressDisplay(
            SpinnerColumn(), TextColumn("{task.description:<18}"), BarColumn(), MofNCompleteColumn(),
            _RateColumn(), TimeElapsedColumn(),
            console=console, redirect_stdout=False, redirect_stderr=False,
        )
        self._tasks: dict[str, tuple[Any, int | None]] = {}

    def __enter__(self) -> RichProgress:
        self._display.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._display.stop()

    def stage(self, name: str, total: int | None) -> Advance:
        """A bar of `total` units; with None (an archive's records) a running count."""
        known = None if total is None else max(total, 0)
        task = self._display.add_task(name, total=known)
        self._tasks[name] = (task, known)

        def advance(n: int) -> None:
            self._display.advance(task, n)

        return advance

    def done(self, name: str) -> None:
        if name in self._tasks:
            task, total = self._tasks[name]
            if total is None:  # the count is the total now
                total = int(next(t.completed for t in self._display.tasks if t.id == task))
                self._display.update(task, total=total)
            self._display.update(task, completed=total)
            self._display.stop_task(task)


def _show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr is not None and sys.stderr.isatty()


# ----------------------------------------------------------------- options


class _Fraction(click.FloatRange):
    """A number from 0 to 1. click's FloatRange lets "nan" through (every comparison with NaN is
    false), and the run then failed with a traceback."""

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 1.", param, ctx)
        return number


_FRACTION = _Fraction(0, 1)


def _analysis_options(command: Callable) -> Callable:
    """The options that tune the analysis, shared by `check` and `baseline`."""
    options = [
        click.option("--threshold", type=_FRACTION, default=DEFAULT_THRESHOLD, show_default=True,
                     help="Sentence alignment cut: cosine similarity above which two sentences from different "
                          "articles are compared. Lower finds more, with more false alarms."),
        click.option("--event-threshold", type=_FRACTION, default=None,
                     help="How likely (0 to 1) two articles must be to report one event before their figures "
                          "and dates are compared; also the cut for the event groups shown. Default: the cut "
                          "fitted with the event model."),
        click.option("--min-confidence", type=_FRACTION, default=DEFAULT_MIN_CONFIDENCE,
                     help="Report a conflict only when its confidence is at least this: for a figure or date, "
                          "the fitted probability that both values state the same fact; for a person's titles, "
                          "that one person cannot hold both; for an office's holders, that the office changed "
                          "hands. Lower finds more, with more false alarms. "
                          "Default: the cut chosen for each kind when its model was fitted."),
        click.option("--model", type=click.Path(exists=True, file_okay=False),
                     help="Another local sentence-transformers model folder to embed sentences with "
                          "(default: the bundled all-MiniLM-L6-v2)."),
        # any path: one that cannot hold the cache gives the same warning as $DISCREPANCY_CACHE_DIR
        click.option("--cache-dir", type=click.Path(),
                     help="Where to cache embeddings and extracted claims "
                          "(default: the user cache folder, or $DISCREPANCY_CACHE_DIR)."),
        click.option("--cache/--no-cache", default=True,
                     help="Use the on-disk cache (--no-cache recomputes everything and stores nothing)."),
        click.option("--dates-from-text/--no-dates-from-text", default=False,
                     help="When an article has no published date in its metadata, read one from its layout "
                          "(a 'Published:' stamp, a dateline). Dates found this way are listed in the report."),
        click.option("--same-source/--no-same-source", default=False,
                     help="Also compare figures and dates between articles of the same source. Off by default: "
                          "successive reports by one outlet are usually updates, not disagreements."),
        click.option("--max-article-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_ARTICLE_BYTES,
                     show_default=True, help="Skip (and report) articles larger than this many bytes."),
        click.option("--strict/--no-strict", default=False,
                     help="Treat any skipped input (unreadable, binary, broken JSONL line...) as an error: "
                          "exit 2 without a report. A README or NOTES file beside the articles does not count."),
        click.option("--quiet/--no-quiet", "-q", default=False,
                     help="No progress bars and no per-input messages on stderr."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _options(analysis: dict[str, Any]) -> Options:
    return Options(
        threshold=analysis["threshold"],
        event_threshold=analysis["event_threshold"],
        min_confidence=analysis["min_confidence"],
        model=analysis["model"],
        cache_dir=Path(analysis["cache_dir"]) if analysis["cache_dir"] else None,
        use_cache=analysis["cache"],
        max_article_bytes=analysis["max_article_bytes"],
        dates_from_text=analysis["dates_from_text"],
        same_source=analysis["same_source"],
    )


def default_map(config: Config, group: click.Group) -> dict[str, dict[str, Any]]:
    """Settings as click defaults per command: a key matches an option's long name ("no-cache" its off switch)."""
    out: dict[str, dict[str, Any]] = {}
    for name, command in group.commands.items():
        defaults: dict[str, Any] = {}
        for param in command.params:
            if not isinstance(param, click.Option) or param.name is None:
                continue
            for opt in param.opts:
                if opt.startswith("--") and opt[2:] in config.settings:
                    defaults[param.name] = config.settings[opt[2:]]
            for opt in param.secondary_opts:
                if opt.startswith("--") and opt[2:] in config.settings:
                    defaults[param.name] = not config.settings[opt[2:]]
        if name == "baseline" and "baseline" in config.settings:
            defaults.setdefault("output", config.settings["baseline"])  # `discrepancy baseline` refreshes it
        out[name] = defaults
    return out


# ----------------------------------------------------------------- commands


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="discrepancy", message="%(prog)s %(version)s",
                      help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Find where news articles from different outlets disagree: numbers, dates and officials' titles.

    Settings can also come from [tool.discrepancy] in pyproject.toml or from discrepancy.toml
    (keys are the long option names, e.g. fail-on = "error"); options given here win.
    """
    try:
        config = load_config()
    except ConfigError as exc:
        # raised when a command runs, so that --help still works beside a broken settings file
        ctx.meta[CONFIG_ERROR] = str(exc)
        return
    defaults = default_map(config, ctx.command)  # type: ignore[arg-type]
    bad_model = model_problem(config)
    if bad_model:  # said only when a run would take it: --model on the command line wins
        for command_defaults in defaults.values():
            command_defaults.pop("model", None)
        ctx.meta[BAD_MODEL] = bad_model
    ctx.default_map = defaults


CONFIG_ERROR = "discrepancy.config_error"
BAD_MODEL = "discrepancy.bad_model"


def _require_config(ctx: click.Context) -> None:
    if ctx.meta.get(CONFIG_ERROR):
        raise UsageProblem(ctx.meta[CONFIG_ERROR])
    if ctx.meta.get(BAD_MODEL) and not ctx.params.get("model"):
        raise UsageProblem(ctx.meta[BAD_MODEL])


@cli.command("check", short_help="Check articles and report where they disagree.")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True,
              help="Report format on stdout (or in --output): terminal, markdown (for a pull request), "
                   "json, sarif (code scanning), github (workflow annotations) or html (a review page to "
                   "work through in a browser).")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write the report to this file instead of stdout (atomically: never half-written); "
                   "without --format, in the format its extension asks for, as --save reads it. '-' is stdout.")
@click.option("--save", type=click.Path(dir_okay=False), multiple=True,
              help="Also write a report to this file, its format taken from the extension "
                   "(.md, .json, .sarif, .sarif.json, .txt, .html). Repeatable.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=DEFAULT_FAIL_ON, show_default=True,
              help="Exit 1 when a finding of this severity or worse is reported. The default fails on "
                   "contradictions (error) and cases that need dates to settle (warning), not on notes "
                   "such as a title that changed over time. 'never' always exits 0.")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Ignore the findings recorded in this baseline file (see `discrepancy baseline`); "
                   "only new findings are reported and can fail the run.")
@_analysis_options
@click.pass_context
def check_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str | None,
                  save: tuple[str, ...], fail_on: str, baseline: str | None, **analysis: Any) -> None:
    """Check the articles in PATH... and report disagreements.

    PATH is a folder, or a file: articles as .txt or .md (front matter for metadata), .jsonl
    (one article a line), saved web pages (.html), WARC archives (.warc, .warc.gz) or RSS/Atom
    feeds (.xml, .rss, .atom).

    Exit status: 0 no finding reaches --fail-on, 1 one does, 2 usage or input error, 3 the check
    failed (a defect), 130 interrupted. With --format github and GITHUB_STEP_SUMMARY set, the
    markdown report is also appended to that file (the job summary).
    """
    _require_config(ctx)
    if output == "-":  # the usual spelling of stdout
        output = None
    # the extension of --output, a command-line choice, wins over a settings file's `format`
    # (which says what the terminal prints): `format = "github"` for CI must not put annotation
    # lines into an editor's `--output review.html`
    if output and ctx.get_parameter_source("fmt") in (click.core.ParameterSource.DEFAULT,
                                                      click.core.ParameterSource.DEFAULT_MAP):
        fmt = _format_of_output(output, fmt)
    if ctx.get_parameter_source("save") == click.core.ParameterSource.COMMANDLINE and ctx.default_map:
        # --save is "also write": the settings file's `save` list is kept beside it, not replaced
        configured = tuple(ctx.default_map.get("save") or ())
        save = configured + tuple(path for path in save if path not in configured)
    targets = [(output, fmt)] if output else []
    targets += [(path, _format_of(path)) for path in save]
    seen: dict[str, str] = {}
    for path, target_fmt in targets:
        _check_writable(path)
        _refuse_overwriting_an_article(path, paths)
        same = os.path.abspath(path)
        if same in seen and seen[same] != target_fmt:  # one would silently overwrite the other
            raise UsageProblem(f"{path}: given twice, as {seen[same]} and as {target_fmt}")
        seen[same] = target_fmt
    accepted = _load_baseline(baseline) if baseline else None

    report = _analyse(ctx, paths, analysis, accepted)

    rendered = [(path, render(report, target_fmt, color=False)) for path, target_fmt in targets]
    for path, text in rendered:
        _write(path, text)
    if not output:
        if not _print_or_stop(report, fmt):
            ctx.exit(exit_status(report, fail_on))  # the reader stopped reading: nothing more to say
    try:
        if any(target_fmt == "github" for _path, target_fmt in [(None, fmt), *targets]):
            append_step_summary(report)  # once, by the step that annotates: a JSON export step adds none
    except OSError as exc:
        click.echo(f"warning: cannot append to GITHUB_STEP_SUMMARY: {exc.strerror or exc}", err=True)
    if not analysis["quiet"]:
        for path, _fmt in targets:
            click.echo(f"Report written to {path}", err=True)
    ctx.exit(exit_status(report, fail_on))


@cli.command("baseline", short_help="Record the current findings as accepted.")
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="The baseline file to write (JSON); needed unless the project's settings file has "
                   "a `baseline` setting, which is then the default.")
@_analysis_options
@click.pass_context
def baseline_command(ctx: click.Context, paths: tuple[str, ...], output: str | None, **analysis: Any) -> None:
    """Record the current findings of PATH... as accepted, so `check --baseline` reports only new ones.

    Run it again after reviewing new findings to accept them. Findings are matched by kind,
    subject, values and documents, never by line number.
    """
    _require_config(ctx)
    if not output:
        raise UsageProblem("where should the baseline go? Give --output FILE, or set `baseline` in the settings file")
    _check_writable(output)
    report = _analyse(ctx, paths, analysis)
    try:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        recorded = write_baseline(report, output)
    except OSError as exc:
        raise UsageProblem(f"{output}: cannot write the baseline: {exc.strerror or exc}") from None
    if not analysis["quiet"]:
        click.echo(f"Recorded {recorded} finding{'s' if recorded != 1 else ''} in {output}", err=True)
    ctx.exit(EXIT_OK)


# ----------------------------------------------------------------- steps


def _analyse(ctx: click.Context, paths: Sequence[str], analysis: dict[str, Any],
             accepted: Baseline | None = None) -> Report:
    """Run the check with progress bars on a terminal; list skipped inputs on stderr, then any refusal."""
    options = _options(analysis)
    # the model library's own "Loading weights" bar would write over ours, or into a CI log
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    embedder: Embedder | None = (ctx.obj or {}).get("embedder")
    quiet = analysis["quiet"]

    def run(progress: Progress | None = None) -> Report:
        return check(paths, options, baseline=accepted, strict=analysis["strict"], embedder=embedder,
                     progress=progress)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", CacheWarning)
            warnings.showwarning = _say_cache_warning(warnings.showwarning)
            if _show_progress(quiet):
                with RichProgress(Console(stderr=True)) as progress:
                    report = run(progress)
            else:
                report = run()
    except CorpusError as exc:
        raise UsageProblem(str(exc)) from None
    except CheckError as exc:
        if exc.report is not None and not quiet:
            _list_skipped(exc.report)
        raise UsageProblem(str(exc)) from None
    if not quiet:
        _list_skipped(report)
    return report


def _say_cache_warning(show: Callable[..., None]) -> Callable[..., None]:
    """`warnings.showwarning` that prints the check's CacheWarning as the CLI's own warning line, even
    with --quiet (it is about the run, not the corpus), and leaves any other warning to `show`."""
    def say(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        if issubclass(category, CacheWarning):
            click.echo(f"warning: {message}", err=True)
        else:
            show(message, category, *args, **kwargs)
    return say


def _list_skipped(report: Report) -> None:
    for issue in skipped_inputs(report):
        click.echo(f"{printable(where(issue.path, issue.line), 500)}: {issue.reason} (skipped)", err=True)


def _format_of(path: str) -> str:
    try:
        return format_for_path(path)
    except UnknownFormatError as exc:
        raise UsageProblem(str(exc)) from None


def _load_baseline(path: str) -> Baseline:
    try:
        return load_baseline(path)
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from None


def _check_writable(path: str) -> None:
    """Fail before the analysis, not after it, when a report could not be written."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise UsageProblem(f"{path}: is a folder")
    if not folder.is_dir():
        # "--save reports/run.json" on a fresh checkout: `_write` makes the folder, as the user asked,
        # if the nearest folder that exists can hold it
        nearest = next((p for p in [folder, *folder.parents] if p.exists()), Path("."))
        if not nearest.is_dir():
            raise UsageProblem(f"{path}: cannot make folder {folder}: {nearest} is a file")
        if not os.access(nearest, os.W_OK | os.X_OK):
            raise UsageProblem(f"{path}: cannot make folder {folder}: {nearest} is not writable")


def _refuse_overwriting_an_article(path: str, inputs: Sequence[str]) -> None:
    """A report must not replace an article it is about (`--output corpus/003.txt`): an existing file
    inside the inputs that a reader would take, and that is not a report this tool wrote."""
    target = Path(path)
    if not target.is_file() or format_of(target.name) is None or own_report_of(target):
        return
    real = os.path.realpath(target)
    for given in inputs:
        root = os.path.realpath(given)
        if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
            raise UsageProblem(f"{path}: is an article of the corpus ({given}); the report would overwrite it")


def _write(path: str, text: str) -> None:
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except OSError as exc:
        # the report is written to a temporary file beside it first: an error making it is the folder's
        how = " (its folder does not take a new file)" if isinstance(exc, FolderRefusesFile) else ""
        raise UsageProblem(f"{path}: cannot write the report{how}: {exc.strerror or exc}") from None


def _format_of_output(path: str, otherwise: str) -> str:
    """--output without --format: the format its extension asks for, as --save reads it, and
    `otherwise` (the default, plain terminal text, or the settings file's format) for a name that
    asks for none ("report.log")."""
    try:
        return format_for_path(path)
    except UnknownFormatError:
        suffix = Path(path).suffix.lower()
        if suffix and suffix not in _PLAIN_TEXT_SUFFIXES:  # ".jsn" is more likely a typo than a wish for text
            click.echo(f"warning: {path}: no report format is known by the extension {suffix!r}; writing "
                       f"{otherwise} (choose one with --format)", err=True)
        return otherwise


# Extensions that ask for plain text without naming a format: no warning when --output gets one.
_PLAIN_TEXT_SUFFIXES = frozenset({".log", ".out"})


def _print_or_stop(report: Report, fmt: str) -> bool:
    """Print the report; False when stdout's reader went away (`| head`), where there is nobody left
    to tell. Any other failure to write is the user's to fix (a full disk), not a defect."""
    try:
        _print(report, fmt)
    except BrokenPipeError:
        try:  # later flushes of stdout (at exit) would fail again: point it at nothing
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (AttributeError, OSError, ValueError):
            pass  # a stdout without a file descriptor (a test's capture) has nothing left to flush
        return False
    except OSError as exc:
        raise UsageProblem(f"cannot write the report to standard output: {exc.strerror or exc}") from None
    return True


def _print(report: Report, fmt: str) -> None:
    """The report on stdout: rich styles on a terminal, plain text (no colour codes) in a pipe."""
    if fmt == "terminal" and sys.stdout.isatty():
        print_report(report, Console(file=sys.stdout, highlight=False, markup=False, emoji=False))
    else:
        click.echo(render(report, fmt, color=False), nl=False)


# ----------------------------------------------------------------- entry points


def main(argv: list[str] | None = None, *, embedder: Embedder | None = None) -> int:
    """Run the CLI and return its exit status; `embedder` replaces the sentence model (tests use a fake)."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        result = cli.main(args=args, prog_name="discrepancy", standalone_mode=False, obj={"embedder": embedder})
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("discrepancy: interrupted", err=True)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - whatever it is, CI must not read it as findings
        traceback.print_exc()
        cause = printable(str(exc), 200)
        click.echo(f"discrepancy: the check failed ({type(exc).__name__}{': ' + cause if cause else ''}); "
                   f"the run did not finish. This is a defect: please report it with the traceback above.",
                   err=True)
        return EXIT_CRASH
    return result if isinstance(result, int) else EXIT_OK


def entry_point() -> None:
    """The `discrepancy` console script."""
    try:
        status = main()
    except KeyboardInterrupt:  # a second Ctrl-C while the first was being handled
        status = EXIT_INTERRUPTED
    if status == EXIT_INTERRUPTED:
        # CPython takes a KeyboardInterrupt for uncaught when it passed through code run by exec()
        # (scipy, pulled in by spaCy, execs at import time), even though main() handled it, and then
        # ends the process by SIGINT at exit instead of with status 130. Leave now, with 130.
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (AttributeError, OSError, ValueError):
                pass
        os._exit(status)
    sys.exit(status)


if __name__ == "__main__":
    entry_point()

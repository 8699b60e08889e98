"""Project settings: `[tool.discrepancy]` in pyproject.toml, or the top level of discrepancy.toml.

A team writes its CI choices (fail level, baseline, thresholds) once, beside the
corpus, instead of in every workflow. Keys are the CLI's long option names, and the
command line always wins. The search starts in the current folder and stops at the
first folder that has either file or a `.git`: settings never leak in from outside
the project. Relative paths in a file are relative to that file's folder.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .formats import FORMATS

CONFIG_FILE = "discrepancy.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON_CHOICES = ("error", "warning", "note", "never")


class ConfigError(Exception):
    """A settings file that cannot be used: a usage error (exit 2) that names the file."""


def _choice(choices: tuple[str, ...]) -> tuple[Callable[[Any], bool], str]:
    return (lambda v: isinstance(v, str) and v in choices), "one of " + ", ".join(repr(c) for c in choices)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# key -> (check, what the value must be, is a path)
_SETTINGS: dict[str, tuple[Callable[[Any], bool], str, bool]] = {
    "fail-on": (*_choice(FAIL_ON_CHOICES), False),
    "format": (*_choice(FORMATS), False),
    "threshold": (lambda v: _is_number(v) and 0 <= v <= 1, "a number from 0 to 1", False),
    "event-threshold": (lambda v: _is_number(v) and 0 <= v <= 1, "a number from 0 to 1", False),
    "min-confidence": (lambda v: _is_number(v) and 0 <= v <= 1, "a number from 0 to 1", False),
    "max-article-bytes": (lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
                          "a positive whole number", False),
    "no-cache": (lambda v: isinstance(v, bool), "true or false", False),
    "dates-from-text": (lambda v: isinstance(v, bool), "true or false", False),
    "same-source": (lambda v: isinstance(v, bool), "true or false", False),
    "strict": (lambda v: isinstance(v, bool), "true or false", False),
    "quiet": (lambda v: isinstance(v, bool), "true or false", False),
    "cache-dir": (lambda v: isinstance(v, str) and bool(v), "a path (a non-empty string)", True),
    "baseline": (lambda v: isinstance(v, str) and bool(v), "a path (a non-empty string)", True),
    "model": (lambda v: isinstance(v, str) and bool(v), "a path (a non-empty string)", True),
    "save": (lambda v: isinstance(v, list) and all(isinstance(p, str) and p for p in v),
             "a list of paths", True),
}
KNOWN_KEYS = tuple(sorted(_SETTINGS))


@dataclass(frozen=True)
class Config:
    """Validated settings (keys as in the file, paths relative to the current folder) and where they came from."""

    path: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)


def find_config(start: Path | None = None) -> Path | None:
    """The settings file that applies in `start` (default: the current folder), or None."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT
        if pyproject.is_file():
            return pyproject  # the project's root, whether or not it has a [tool.discrepancy] table
        if (candidate / ".git").exists():
            return None
    return None


def load_config(start: Path | None = None) -> Config:
    """The settings for runs in `start`; `ConfigError` names the file and the problem."""
    path = find_config(start)
    if path is None:
        return Config()
    shown = _shown(path)
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot read settings: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{shown}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: not valid TOML: {exc}") from None
    where = ""
    tool = data.get("tool")
    # discrepancy.toml written as the README's pyproject example, under [tool.discrepancy], reads the same
    if path.name == PYPROJECT or (isinstance(tool, dict) and "discrepancy" in tool):
        table = _tool_table(data, shown)
        if table is None:
            return Config()
        if path.name == CONFIG_FILE:
            beside = {k: v for k, v in data.items() if k != "tool"}
            beside.update({f"tool.{k}": v for k, v in tool.items() if k != "discrepancy"})  # type: ignore[union-attr]
            if set(beside) & set(_SETTINGS):
                raise ConfigError(f"{shown}: settings both at the top level "
                                  f"({', '.join(sorted(set(beside) & set(_SETTINGS)))}) and under "
                                  "[tool.discrepancy]: keep one place")
            if beside:
                raise ConfigError(f"{shown}: unknown table{'s' if len(beside) > 1 else ''} or setting"
                                  f"{'s' if len(beside) > 1 else ''} beside [tool.discrepancy]: "
                                  f"{', '.join(repr(k) for k in sorted(beside))}")
        data, where = table, "[tool.discrepancy] "
    settings = _validated(data, shown, where, path.parent)
    if path.name == CONFIG_FILE:
        _no_second_settings(path, shown)
    return Config(path, settings)


def model_problem(config: Config) -> str | None:
    """Why the settings file's `model` cannot be used, or None. Checked only for a run that takes
    it: a `--model` given on the command line wins over a stale one in the file."""
    model = config.settings.get("model")
    if model is None or config.path is None or os.path.isdir(model):
        return None
    where = "[tool.discrepancy] " if config.path.name == PYPROJECT else ""
    return f"{_shown(config.path)}: {where}model must be a sentence-transformers model folder, and {model} is not a folder"


def _tool_table(data: dict[str, Any], shown: str) -> dict[str, Any] | None:
    tool = data.get("tool", {})
    table = tool.get("discrepancy") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{shown}: [tool.discrepancy] must be a table of settings")
    if table is None and isinstance(tool, dict):
        from rapidfuzz.distance import Levenshtein

        # "[tool.discrepency]" was ignored without a word, and the run used the defaults
        near = sorted(k for k in tool if isinstance(k, str) and k != "discrepancy"
                      and Levenshtein.distance(k.lower(), "discrepancy") <= 2)
        if near:
            raise ConfigError(f"{shown}: [tool.{near[0]}] is not read: did you mean [tool.discrepancy]?")
    return table


def _no_second_settings(path: Path, shown: str) -> None:
    """A discrepancy.toml wins over a pyproject.toml beside it; settings in both are an error, since
    they are never merged and one of them would be ignored without a word."""
    pyproject = path.parent / PYPROJECT
    try:
        data = tomllib.loads(pyproject.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return
    tool = data.get("tool")
    if isinstance(tool, dict) and "discrepancy" in tool:
        raise ConfigError(f"{shown}: {_shown(pyproject)} beside it also has a [tool.discrepancy] table; "
                          "the two are not merged: keep one")


def _validated(data: dict[str, Any], shown: str, where: str, folder: Path) -> dict[str, Any]:
    if "output" in data:  # the one option a settings file cannot hold: every run would overwrite one file
        raise ConfigError(f"{shown}: {where}'output' cannot be set in a settings file: give --output on the "
                          "command line, or list reports under 'save'")
    unknown = sorted(k for k in data if k not in _SETTINGS)
    if unknown:
        raise ConfigError(f"{shown}: {where}unknown setting{'s' if len(unknown) > 1 else ''} "
                          f"{', '.join(repr(k) for k in unknown)} (known: {', '.join(KNOWN_KEYS)})")
    settings: dict[str, Any] = {}
    for key, value in data.items():
        check, expected, is_path = _SETTINGS[key]
        if not check(value):
            raise ConfigError(f"{shown}: {where}{key} must be {expected}, not {_describe(value)}")
        if is_path:
            value = [_relative_to(folder, v) for v in value] if isinstance(value, list) else _relative_to(folder, value)
        settings[key] = value
    return settings


def _relative_to(folder: Path, value: str) -> str:
    """A path from the settings file, as seen from the current folder."""
    expanded = os.path.expanduser(value)
    if os.path.isabs(expanded):
        return expanded
    try:
        base = os.path.relpath(folder)
    except ValueError:  # another drive on Windows
        base = str(folder)
    return os.path.normpath(os.path.join(base, expanded))


def _shown(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return rel if not rel.startswith("..") else str(path)


def _describe(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
             dict: "a table"}
    if isinstance(value, bool):
        return "true" if value else "false"
    kind = names.get(type(value), type(value).__name__)
    return f"{value!r} ({kind})" if isinstance(value, (str, int, float)) else kind

"""Everything a check can be tuned with, and what a check with those options uses (cache, model)."""
from __future__ import annotations

import numbers
import os
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

from .align import DEFAULT_NEIGHBOURS, DEFAULT_THRESHOLD
from .cache import Cache, default_cache_dir
from .corpus import DEFAULT_MAX_ARTICLE_BYTES
from .embeddings import Embedder, default_embedder
from .events import DEFAULT_MAX_DAYS

# Findings below this confidence (the fitted probability that both values state one fact, that
# one person cannot hold both titles, or that an office changed hands) are not reported. None:
# each kind's cut, chosen on out-of-fold predictions when the model was fitted
# (scripts/fit_models.py prints them).
DEFAULT_MIN_CONFIDENCE: float | None = None


@dataclass
class Options:
    """Everything a check can be tuned with. Most fields are the CLI's options (`--no-cache` is
    `use_cache=False`); `neighbours` and `event_max_days` have none; `strict`, `baseline`, the
    format and the fail level are arguments of `check()` and the CLI, not options. Values out of
    the command line's bounds raise ValueError here, and values of the wrong type TypeError,
    each naming the field."""

    threshold: float = DEFAULT_THRESHOLD
    neighbours: int = DEFAULT_NEIGHBOURS
    # the probability of one event above which two articles are compared; None: the fitted model's cut
    event_threshold: float | None = None
    event_max_days: int = DEFAULT_MAX_DAYS
    model: str | None = None
    cache_dir: Path | None = None
    use_cache: bool = True
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    dates_from_text: bool = False
    # Compare figures and dates between articles of one outlet too (successive reports by one
    # outlet are usually updates, not disagreements between outlets).
    same_source: bool = False
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE
    stats: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """The command line's bounds, for options made or changed in Python (check() calls it
        again: the fields can be set after the options were made). Numbers of any kind pass
        (NumPy's too); a bool or a string does not."""
        for name in ("threshold", "event_threshold", "min_confidence"):
            value = getattr(self, name)
            if value is None and name != "threshold":
                continue
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                raise TypeError(f"Options.{name} must be a number from 0 to 1, not {value!r}")
            if not 0 <= value <= 1:  # NaN fails too
                raise ValueError(f"Options.{name} must be from 0 to 1, not {value!r}")
        for name, least in (("max_article_bytes", 1), ("neighbours", 1), ("event_max_days", 0)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, numbers.Integral):
                raise TypeError(f"Options.{name} must be a whole number, not {value!r}")
            if value < least:
                raise ValueError(f"Options.{name} must be {'positive' if least else 'zero or more'}, not {value!r}")
        for name in ("use_cache", "dates_from_text", "same_source"):
            value = getattr(self, name)
            if not isinstance(value, bool):  # "false" is a true string: it would switch the option on
                raise TypeError(f"Options.{name} must be True or False, not {value!r}")
        for name in ("model", "cache_dir"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, (str, os.PathLike)):
                raise TypeError(f"Options.{name} must be a path (a str or a Path) or None, not {value!r}")


def cache_dir_for(options: Options) -> Path | None:
    """Where this check keeps its cache (and the exported model), or None without a cache."""
    return Path(options.cache_dir or default_cache_dir()) if options.use_cache else None


def open_cache(options: Options) -> Cache | None:
    folder = cache_dir_for(options)
    return Cache(folder) if folder else None


def without_unusable_cache(options: Options) -> tuple[Options, str | None]:
    """The options, with the cache turned off when its folder cannot be used, and why.

    A cache only saves time: a folder that cannot be created, or a read-only one (a CI runner's
    restored cache), must not stop the check, nor pass for a finding in the exit status.
    """
    folder = cache_dir_for(options)
    if folder is None:
        return options, None
    try:
        Cache(folder).close()
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return replace(options, use_cache=False), f"cannot use the cache folder {folder}: {reason}; running without a cache"
    return options, None


def embedder_for(options: Options) -> Embedder:
    """The embedder a check with these options uses: the model, exported beside the cache if any."""
    return default_embedder(options.model, cache_dir_for(options))

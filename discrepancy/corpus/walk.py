"""Walk the paths the user named: folders recursively in sorted order, each file or folder once.

Directories are tracked by their real path, so a symlink loop or a folder reached
twice through links is reported once and never followed. Each file goes to the reader
of its format; a reader's unexpected error costs that file only, never the run.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..formats import OWN_REPORT_HEAD_BYTES, own_json_format, own_report_format
from ..progress import NoProgress, Progress
from .collect import ALREADY_READ, Collector, no_progress
from .common import display, join, os_reason, readable_name
from .formats import ARCHIVES, LISTED, READ_LIST, format_of, reader_for, suffix_of

# How the skipped entry of a folder given that holds no article begins.
NO_ARTICLES = "no articles"
# Files in a folder that describe the corpus rather than belong to it.
_DOC_PREFIXES = ("README", "NOTES", "LICENSE", "LICENCE", "CHANGELOG")

# The reason a README or NOTES file beside the articles is listed: expected, so --strict lets it be.
DOCUMENTATION = "looks like documentation, not an article"
# A report this tool wrote, saved beside the articles: listed, never read as an article.
OWN_REPORT = "a report discrepancy wrote, not an article"


@dataclass
class Walker:
    """Walks the inputs in order, handing each article file to its format's reader."""

    sink: Collector
    progress: Progress = field(default_factory=NoProgress)
    # real path -> the path as first shown, so a file or folder is read once
    seen: dict[str, str] = field(default_factory=dict)

    def _first_visit(self, real: str, shown: str, kind: str) -> bool:
        """Record `real` as read; False (with an issue) if it was read before."""
        if real in self.seen:
            first = self.seen[real]
            if first == shown:
                self.sink.issue(shown, None, f"{kind} named more than once: {ALREADY_READ}")
            else:
                self.sink.issue(shown, None, f"same {kind} as {first}, {ALREADY_READ}")
            return False
        self.seen[real] = shown
        return True

    def read_path(self, path: Path) -> None:
        """Read one path the user named."""
        shown = display(path)
        try:
            st = os.stat(path)
        except OSError as exc:
            self.sink.issue(shown, None, f"cannot read: {os_reason(exc)}")
            return
        if stat.S_ISDIR(st.st_mode):
            if self._first_visit(os.path.realpath(path), shown, "folder"):
                self._read_folder(path, shown)
        elif stat.S_ISREG(st.st_mode):
            if self._first_visit(os.path.realpath(path), shown, "file"):
                self._read_file(path, shown, shown, st.st_size, direct=True)
        else:
            self.sink.issue(shown, None, "not a regular file or folder (a device, pipe or socket)")

    def _read_folder(self, root: Path, shown_root: str) -> None:
        found = [0]  # article files seen, including ones already read through another path
        for full, rel, size in self._walk(root, shown_root, "", [os.path.realpath(root)], found):
            self._read_file(full, join(shown_root, rel), readable_name(rel), size, direct=False)
        if found[0] == 0:
            self.sink.issue(shown_root, None, f"{NO_ARTICLES} ({LISTED}) found")

    def _walk(self, folder: Path, shown_root: str, rel: str, ancestors: list[str],
              found: list[int]) -> Iterator[tuple[Path, str, int]]:
        """Article files under `folder` in sorted order, as (path, path relative to root, size)."""
        try:
            with os.scandir(folder) as it:
                names = sorted(entry.name for entry in it)
        except OSError as exc:
            self.sink.issue(join(shown_root, rel) if rel else shown_root, None,
                            f"cannot list folder: {os_reason(exc)}")
            return
        for name in names:
            if name.startswith("."):
                continue  # hidden files and folders (.git, .DS_Store) are not part of a corpus
            child_rel = f"{rel}/{name}" if rel else name
            full = folder / name
            shown = join(shown_root, child_rel)
            try:
                st = os.stat(full)
            except FileNotFoundError:
                self.sink.issue(shown, None, "broken symbolic link")
                continue
            except OSError as exc:
                self.sink.issue(shown, None, f"cannot read: {os_reason(exc)}")
                continue
            if stat.S_ISDIR(st.st_mode):
                page = _saved_page_of(name, names)
                if page is not None:
                    self.sink.issue(shown, None, f"resources of the saved page {page} (images, scripts, styles): "
                                                 "not articles, not read")
                    continue
                real = os.path.realpath(full)
                if real in ancestors:
                    target = self.seen.get(real, real)
                    self.sink.issue(shown, None, f"symbolic link loop: points back to {target}; not followed")
                    continue
                if not self._first_visit(real, shown, "folder"):
                    continue
                yield from self._walk(full, shown_root, child_rel, [*ancestors, real], found)
            elif stat.S_ISREG(st.st_mode):
                if name.upper().startswith(_DOC_PREFIXES):
                    self.sink.issue(shown, None, DOCUMENTATION)
                    continue
                if format_of(name) is None:
                    report = own_json_report_of(Path(full)) if name.lower().endswith((".json", ".sarif")) else None
                    if report:
                        self.sink.issue(shown, None, f"{OWN_REPORT} ({report} format)")
                        continue
                    suffix = suffix_of(name)
                    self.sink.issue(shown, None, f"unsupported file type ({suffix or 'no extension'}): "
                                                 f"only {READ_LIST} are read")
                    continue
                found[0] += 1
                if not self._first_visit(os.path.realpath(full), shown, "file"):
                    continue
                yield full, child_rel, st.st_size
            else:
                self.sink.issue(shown, None, "not a regular file or folder (a device, pipe or socket)")

    def _read_file(self, path: Path, shown: str, id_base: str, size: int, *, direct: bool) -> None:
        """Read one file with its format's reader; every problem becomes an issue."""
        fmt = format_of(path.name)
        if fmt in _REPORT_SHAPED:
            report = own_report_of(path)
            if report:
                self.sink.issue(shown, None, f"{OWN_REPORT} ({report} format)")
                return
        counted = fmt in ARCHIVES
        stage = f"reading {path.name}"
        if counted:  # records are counted as they stream past: their number is not known before
            self.sink.advance_record = self.progress.stage(stage, None)
        try:
            reader_for(fmt)(path, shown, id_base, size, self.sink, direct=direct)
        except (ValueError, LookupError, RecursionError) as exc:  # never let one file stop the run
            self.sink.issue(shown, None, f"could not be read ({type(exc).__name__}: {exc})")
        finally:
            if counted:
                self.sink.advance_record = no_progress
                self.progress.done(stage)


# Formats a report can be saved as and a reader would take for an article (.md, .txt, .html).
_REPORT_SHAPED = frozenset({"article", "page"})


def own_report_of(path: Path) -> str | None:
    """The report format when `path` is a report this tool wrote (its first bytes say so)."""
    try:
        with open(path, "rb") as f:
            head = f.read(OWN_REPORT_HEAD_BYTES)
    except OSError:
        return None  # the reader meets the same error and reports it
    return own_report_format(head.decode("utf-8", errors="ignore"))


def own_json_report_of(path: Path) -> str | None:
    """"json", "sarif" or "baseline" when `path` is a JSON file this tool wrote (its ends say so)."""
    try:
        with open(path, "rb") as f:
            head = f.read(OWN_REPORT_HEAD_BYTES)
            f.seek(max(0, os.fstat(f.fileno()).st_size - OWN_REPORT_HEAD_BYTES))
            tail = f.read(OWN_REPORT_HEAD_BYTES)
    except OSError:
        return None  # listed as an unsupported file, as before
    return own_json_format(head.decode("utf-8", errors="ignore"), tail.decode("utf-8", errors="ignore"))


def _saved_page_of(folder: str, siblings: list[str]) -> str | None:
    """The page that folder "X_files" belongs to, when "X.html" or "X.htm" is beside it (a browser's
    "Save page as, complete"); None for any other folder."""
    if not folder.endswith("_files"):
        return None
    stem = folder[: -len("_files")]
    return next((f"{stem}{suffix}" for suffix in (".html", ".htm") if f"{stem}{suffix}" in siblings), None)

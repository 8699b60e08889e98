"""Writing output files so that an interrupted run never leaves a half-written one."""
from __future__ import annotations

import json
import os
import secrets
from pathlib import Path


class FolderRefusesFile(OSError):
    """The temporary file could not be made beside the target: its folder takes no new file."""


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` (UTF-8, LF) to `path` via a temporary file in the same folder and `os.replace`.

    A reader, or a Ctrl-C, sees either the old file or the complete new one. The new
    file gets the usual permissions (0666 less the umask), not the temporary file's 0600.
    A symbolic link is written through (the file it names is replaced, the link kept), and a
    device, pipe or socket (/dev/stdout, a FIFO) is written to as it is: replaced, /dev/full
    became a JSON file when run as root.
    """
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    data = text.encode("utf-8")
    if target.exists() and not target.is_file() and not target.is_dir():
        with open(target, "wb") as out:
            out.write(data)
        return
    folder = target.parent if str(target.parent) else Path(".")
    # The temporary name is fixed before the file exists, so that an interrupt at any moment
    # after it is created (even before the call that creates it returns) is cleaned up below.
    temp = folder / f".{target.name}.{secrets.token_hex(8)}.tmp"
    try:
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            raise
        except OSError as exc:
            raise FolderRefusesFile(exc.errno, exc.strerror, exc.filename) from exc
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except FileExistsError:
        raise  # not ours (a 64-bit random name taken): leave it alone
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def json_problem(exc: json.JSONDecodeError) -> str:
    """The JSON parser's message without a dangling "at" ("Unterminated string starting at"):
    the caller says where, and "at at column 26" reads as a slip."""
    return exc.msg.removesuffix(" at")

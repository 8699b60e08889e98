"""Writing output files so that an interrupted run never leaves a half-written one."""
from __future__ import annotations

import json
import os
import secrets
from pathlib import Path


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` (UTF-8, LF) to `path` via a temporary file in the same folder and `os.replace`.

    A reader, or a Ctrl-C, sees either the old file or the complete new one. The new
    file gets the usual permissions (0666 less the umask), not the temporary file's 0600.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    data = text.encode("utf-8")
    # The temporary name is fixed before the file exists, so that an interrupt at any moment
    # after it is created (even before the call that creates it returns) is cleaned up below.
    temp = folder / f".{target.name}.{secrets.token_hex(8)}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
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

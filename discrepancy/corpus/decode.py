"""Bytes to text: byte-order marks, binary files with a text name, legacy encodings, line ends.

Texts are normalised once here (no BOM, LF line ends) and never again: every offset
and line number later in the pipeline refers to `Document.text` as built from them.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from .common import Sink, os_reason

# Leading bytes of common binary formats that sometimes arrive with a .txt name.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
# Ordered so that the UTF-32 LE mark (FF FE 00 00) is tried before UTF-16 LE (FF FE).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 little-endian"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 big-endian"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 little-endian"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 big-endian"),
)
# Share of control characters above which decoded "text" is taken to be binary.
_CONTROL_SHARE = 0.10
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def binary_kind(data: bytes) -> str | None:
    """What binary format `data` starts as ("a PDF document"), or None if none known."""
    return next((what for magic, what in MAGIC if data.startswith(magic)), None)


def decode(data: bytes, shown: str, sink: Sink) -> str | None:
    """Bytes to text: BOM, then UTF-8, then a detected encoding; None (reported) if hopeless."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark):].decode(codec)
            except UnicodeDecodeError:
                sink.issue(shown, None, f"starts with a {name} byte-order mark but is not valid {codec.upper()}")
                return None
            if is_binary(text, shown, sink):
                return None
            sink.issue(shown, None, f"{name} byte-order mark removed", "read")
            return text
    what = binary_kind(data)
    if what is not None:
        sink.issue(shown, None, f"binary file (looks like {what})")
        return None
    if b"\x00" in data:
        sink.issue(shown, None, "binary file (contains NUL bytes)")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{data[exc.start]:02X} at offset {exc.start}"
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            sink.issue(shown, None, f"not UTF-8 ({bad}) and its encoding could not be detected")
            return None
        text = str(best)
        if is_binary(text, shown, sink):
            return None
        sink.issue(shown, None, f"not UTF-8 ({bad}): read as {best.encoding} (detected)", "read")
        return text
    if is_binary(text, shown, sink):
        return None
    return text


def is_binary(text: str, shown: str, sink: Sink) -> bool:
    """Is decoded `text` really binary data? Records the issue if so."""
    if "\x00" in text:
        sink.issue(shown, None, "binary file (contains NUL characters)")
        return True
    if not text:
        return False
    sample = text[:65536]
    controls = sum(1 for ch in sample
                   if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc")
    if controls / len(sample) > _CONTROL_SHARE:
        sink.issue(shown, None, f"binary file ({controls / len(sample):.0%} control characters)")
        return True
    return False


def normalise_line_ends(text: str, shown: str, sink: Sink) -> str:
    """CRLF and lone CR to LF, one issue per file; keeps every line on its number."""
    if "\r" not in text:
        return text
    crlf = text.count("\r\n")
    lone = text.count("\r") - crlf
    kinds = " and ".join(k for k, n in (("CRLF", crlf), ("CR", lone)) if n)
    sink.issue(shown, None, f"line ends normalised: {kinds} converted to LF", "read")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_whole(path: Path, shown: str, size: int, limit: int, sink: Sink) -> bytes | None:
    """The file's bytes, or None (reported) if it is far over `limit` or cannot be read.

    A file bigger than `limit` cannot hold what the caller is after, so it is never loaded.
    """
    if size > limit:
        sink.issue(shown, None, f"file is {size:,} bytes, far over the article limit of {sink.max_bytes:,} bytes")
        return None
    try:
        return path.read_bytes()
    except PermissionError:
        sink.issue(shown, None, "cannot read: permission denied")
    except OSError as exc:
        sink.issue(shown, None, f"cannot read: {os_reason(exc)}")
    return None


def read_markup(path: Path, shown: str, size: int, limit: int, sink: Sink) -> bytes | None:
    """An HTML or XML file's bytes, left for its parser to decode (it reads the declared charset).

    None (reported) when it cannot be read, is over `limit`, or is a known binary format.
    """
    data = read_whole(path, shown, size, limit, sink)
    if data is None:
        return None
    what = binary_kind(data)
    if what is not None:
        sink.issue(shown, None, f"binary file (looks like {what})")
        return None
    return data

"""Bytes to text: byte-order marks, binary files with a text name, legacy encodings, line ends.

Texts are normalised once here (no BOM, LF line ends) and never again: every offset
and line number later in the pipeline refers to `Document.text` as built from them.
"""
from __future__ import annotations

import re
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


def _bom(data: bytes) -> tuple[bytes, str, str] | None:
    """(the byte-order mark `data` starts with, the codec it names, its name), or None."""
    return next((bom for bom in _BOMS if data.startswith(bom[0])), None)


def bom_codec(data: bytes) -> str | None:
    """The codec `data`'s byte-order mark names ("utf-16-le"), or None without one."""
    bom = _bom(data)
    return bom[1] if bom else None


def binary_kind(data: bytes) -> str | None:
    """What binary format `data` starts as ("a PDF document"), or None if none known."""
    return next((what for magic, what in MAGIC if data.startswith(magic)), None)


# Among code pages the detector finds equally likely, Western European (Windows-1252, the
# superset of Latin-1) is the one English-language news was written in: a French or Spanish name
# in it reads the same in Central European or Baltic pages only by chance, and wrongly
# ("Lef\u010dvre" for "Lef\u00e8vre").
_TIE_BREAK = ("cp1252",)
COHERENCE_NOISE = 0.05


def _likeliest(matches):  # type: ignore[no-untyped-def]
    """The detector's best guess, or, among the pages it finds nearly as likely (as little chaos, a
    language coherence within twice the noise), the one that puts fewest symbols inside words
    ("Ze\u00b3enski" is Windows-1252's reading of Polish "Ze\u0142enski"); the Western European
    page when it ties with that one (a coherence within noise)."""
    best = matches.best()
    if best is None:
        return None
    # on a sentence or two the language coherence the detector scores is noise by a few hundredths:
    # "Caf\xe9 ... \xa3400,000" scored 0.714 as Central European ("\u0141400,000") and 0.700 as Western
    near = [m for m in matches if m.chaos == best.chaos and best.coherence - m.coherence <= 2 * COHERENCE_NOISE]
    odd = {id(m): _symbols_inside_words(str(m)[:_SAMPLE]) for m in near}  # a sample: a page reads alike throughout
    fewest = min(odd.values())
    clean = [m for m in near if odd[id(m)] == fewest]
    # a DOS or Mac page ("cp775", "mac_latin2") only where no Windows or ISO page reads as well:
    # news was not written in them, and on a short text they win by chance ("arm\u0137e" for "arm\u00e9e")
    clean = [m for m in clean if not _DOS_OR_MAC.match(m.encoding)] or clean
    top = max(clean, key=lambda m: m.coherence)
    tied = [m for m in clean if top.coherence - m.coherence <= COHERENCE_NOISE]
    return next((m for m in tied if m.encoding in _TIE_BREAK), top)


def _windows_if_better(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """The detector's reading, or a Windows page's where that reads better: with fewer symbols
    inside words ("Rados\u0142aw" in an English article where Windows-1252 gave "Rados\u00b3aw", too
    far in coherence for the tie-break), or as few where the detector chose a DOS or Mac page
    ("Z\u00fcrich", not cp852's "Z\u0158rich"), or a two-byte Asian page for text that is nearly all
    ASCII ("S\u00e3o Paulo", not Big5's)."""
    sample = _symbols_inside_words(text[:_SAMPLE])
    unlikely = bool(_DOS_OR_MAC.match(encoding)) or (
        encoding in _ASIAN_PAGES and sum(b < 0x80 for b in data) >= _MOSTLY_ASCII * len(data))
    for page in ("cp1252", "cp1250"):
        if page == encoding:
            continue
        try:
            other = data.decode(page)
        except UnicodeDecodeError:
            continue
        symbols = _symbols_inside_words(other[:_SAMPLE])
        if symbols < sample or (unlikely and symbols <= sample):
            return other, page
    return text, encoding


# Pages of Chinese, Japanese and Korean: their characters take two bytes beyond ASCII each, so a
# text they wrote is not nearly all ASCII.
_ASIAN_PAGES = frozenset({"big5", "big5hkscs", "gb2312", "gbk", "gb18030", "hz", "euc_jp", "euc_kr", "euc_jis_2004",
                          "euc_jisx0213", "shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932", "cp949", "cp950",
                          "johab", "iso2022_jp", "iso2022_kr"})
_MOSTLY_ASCII = 0.9


def _symbols_inside_words(text: str) -> int:
    """Characters between two letters that are no letter, digit or dash of a word: a superscript,
    a sign, an inverted question mark ("Ze\u00b3enski", "\u00bfo\u00b3nierze" as "\u017co\u0142nierze")."""
    return sum(1 for i in range(1, len(text) - 1)
               if text[i - 1].isalpha() and text[i + 1].isalpha() and text[i] not in _WORD_JOINERS
               and unicodedata.category(text[i]) in _NOT_IN_A_WORD)


# How much of a decoded text the symbols inside words are counted in.
_SAMPLE = 65536
_DOS_OR_MAC = re.compile(r"cp(437|7\d\d|8\d\d)$|mac_")
# Unicode categories of characters no word holds: superscripts and fractions (No), signs and
# symbols (Sm, Sc, Sk, So), punctuation (Po, "\u00bf") other than a word's joiners.
_NOT_IN_A_WORD = frozenset({"No", "Sm", "Sc", "Sk", "So", "Po"})
# Written between a word's letters in any page: an apostrophe, a hyphen, a full stop of "U.S.".
_WORD_JOINERS = frozenset("'\u2019-.\u2010\u2011")


def _page_named(data: bytes, encoding: str, text: str) -> str:
    """The name to report for the page `text` was read with: the Western European one when it
    reads the bytes as the same text (a file of curly quotes and accents is no Polish file)."""
    for page in _TIE_BREAK:
        try:
            if encoding != page and data.decode(page) == text:
                return page
        except UnicodeDecodeError:
            continue
    return encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 with no byte-order mark (some Windows tools): Latin text then has a NUL
    in every other byte, on one side only. None for anything else with NUL bytes (binary)."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    nul_even, nul_odd = data[0::2].count(0), data[1::2].count(0)
    for codec, nuls, others in (("utf-16-le", nul_odd, nul_even), ("utf-16-be", nul_even, nul_odd)):
        if nuls >= 0.6 * half and others <= 0.01 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


# A file in UTF-8 with some bytes in another encoding (one paragraph pasted from an old page, a
# JSONL of records from two sources) is read as UTF-8 with those bytes as Windows-1252 when they
# are at most this many, or at most this many times the characters that are UTF-8 beyond ASCII:
# a legacy file holds valid UTF-8 sequences only by accident, far fewer than its accents.
_MOST_STRAY_BYTES = 200
_STRAYS_PER_UTF8_CHARACTER = 4
_STRAY = re.compile("[\udc80-\udcff]+")
_UTF8_BEYOND_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
# A file that is ASCII but for this many bytes (or this share of them), none forming UTF-8 and none
# inside a word, is read as Windows-1252 without asking the detector, which guesses at random on a
# handful of bytes.
_FEW_LEGACY_BYTES = 20
_LEGACY_SHARE = 0.01
_LETTER_BESIDE_HIGH_BYTE = re.compile(rb"[A-Za-z][\x80-\xff]|[\x80-\xff][A-Za-z]")
# Curly quotes, dashes, the ellipsis, the euro sign and a no-break space: the same characters at the
# same bytes in Windows-1252 and Windows-1250, and control codes in the ISO pages. Text whose only
# bytes beyond ASCII are these ("Zelenskyy\x92s office") is read as Windows-1252, however few: a
# detector guessed "Zelenskyy\u013as" (code page 852) from one apostrophe.
_SHARED_PUNCTUATION = frozenset(b"\x80\x82\x84\x85\x86\x87\x89\x8b\x91\x92\x93\x94\x95\x96\x97\x99\x9b\xa0")


def _only_shared_punctuation(data: bytes) -> bool:
    return all(b < 0x80 or b in _SHARED_PUNCTUATION for b in data)
# Text has spaces or line breaks, or reads as a language: this many bytes with neither are no article.
_SPACELESS_BINARY = 256
_ASCII_SPACE = frozenset(b" \t\n\r")
# How many lines holding stray bytes a note names (a JSONL's records from the other source).
_STRAY_LINES_NAMED = 5


# Stray bytes that mostly come in runs of two or more are a two-byte encoding's characters (a short
# GBK or Shift-JIS file, where a few byte pairs form valid UTF-8 by chance), not Windows-1252
# accents and quotes, which sit one at a time between letters; from this many strays on.
_FEWEST_PAIRED_STRAYS = 8


def _paired_strays(text: str) -> int:
    """How many stray bytes sit in runs of two or more."""
    return sum(len(run) for run in _STRAY.findall(text) if len(run) >= 2)


def _stray_lines(text: str) -> tuple[list[int], bool]:
    """The first lines (1-based) that hold a stray byte, and whether there are more."""
    lines: list[int] = []
    line, at = 1, 0
    for run in _STRAY.finditer(text):
        line += text.count("\n", at, run.start())
        at = run.start()
        if not lines or lines[-1] != line:
            if len(lines) == _STRAY_LINES_NAMED:
                return lines, True
            lines.append(line)
    return lines, False


def _utf8_with_stray_bytes(data: bytes) -> tuple[str, int, list[int], bool] | None:
    """(the text, how many bytes were not UTF-8, the first lines holding them, whether more do)
    when the file is UTF-8 but for stray bytes; None when it is not UTF-8 at all (no character of
    it is UTF-8 beyond ASCII) or the strays are too many for that. Read whole as a detected legacy page instead, such a file had every curly quote
    and accent garbled ("Europe\u201a\u00c4\u00f4s") for one stray byte. One pass, whatever the size."""
    text = data.decode("utf-8", "surrogateescape")  # each stray byte becomes one lone surrogate
    strays = len(text) - len(_STRAY.sub("", text))  # counted without a list of every match
    utf8 = len(text) - len(_UTF8_BEYOND_ASCII.sub("", text))
    if not utf8 or (strays > _MOST_STRAY_BYTES and strays > _STRAYS_PER_UTF8_CHARACTER * utf8):
        return None
    if strays >= _FEWEST_PAIRED_STRAYS and 2 * _paired_strays(text) >= strays:
        return None  # a two-byte legacy page (GBK, Shift-JIS): its few "UTF-8" characters are chance
    lines, more = _stray_lines(text)
    read = _STRAY.sub(lambda run: run.group().encode("utf-8", "surrogateescape").decode("cp1252", errors="replace"),
                      text)
    return read, strays, lines, more


def decode(data: bytes, shown: str, sink: Sink) -> str | None:
    """Bytes to text: BOM, then UTF-8, then a detected encoding; None (reported) if hopeless."""
    bom = _bom(data)
    if bom is not None:
        mark, codec, name = bom
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
        text = _utf16_without_bom(data)
        if text is not None and not is_binary(text, shown, sink):
            sink.issue(shown, None, "UTF-16 without a byte-order mark: read as UTF-16 (detected)", "read")
            return text
        if text is None:
            sink.issue(shown, None, "binary file (contains NUL bytes)")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{data[exc.start]:02X} at offset {exc.start}"
        mixed = _utf8_with_stray_bytes(data)
        if mixed is not None:
            text, strays, lines, more = mixed
            if is_binary(text, shown, sink):
                return None
            what = f"{strays:,} stray bytes, the first" if strays > 1 else "a stray"
            named = ", ".join(map(str, lines)) + (" and more" if more else "")
            sink.issue(shown, None, f"not UTF-8 ({what} {bad}, on line{'s' if len(lines) > 1 or more else ''} "
                                    f"{named}): read as UTF-8, the stray byte{'s' if strays > 1 else ''} "
                                    "as Windows-1252", "read")
            return text
        beyond_ascii = sum(b >= 0x80 for b in data)
        few = beyond_ascii <= max(_FEW_LEGACY_BYTES, _LEGACY_SHARE * len(data))
        if (few and not _LETTER_BESIDE_HIGH_BYTE.search(data)) or _only_shared_punctuation(data):
            # ASCII text with a few bytes beyond it, none UTF-8 and none inside a word (so no letter of
            # any language): a detector guesses at random on them ("300 people \x90 attended" read as
            # Cyrillic); they are read as Western European, what English news was written in
            text = data.decode("cp1252", errors="replace")
            if is_binary(text, shown, sink):
                return None
            sink.issue(shown, None, f"not UTF-8 ({bad}; {beyond_ascii} byte{'s' if beyond_ascii > 1 else ''} beyond "
                                    "ASCII): read as Windows-1252", "read")
            return text
        from charset_normalizer import from_bytes

        best = _likeliest(from_bytes(data))
        if best is None:
            sink.issue(shown, None, f"not UTF-8 ({bad}) and its encoding could not be detected")
            return None
        if len(data) >= _SPACELESS_BINARY and not best.coherence and not any(b in _ASCII_SPACE for b in data):
            # random bytes decode as some CJK page; text has spaces or line breaks, or reads as a language
            sink.issue(shown, None, f"binary file ({len(data):,} bytes, none of them a space or a line break, "
                                    "in no language)")
            return None
        text, encoding = _windows_if_better(data, str(best), best.encoding)
        if is_binary(text, shown, sink):
            return None
        sink.issue(shown, None, f"not UTF-8 ({bad}): read as {_page_named(data, encoding, text)} (detected)", "read")
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
    if not data.strip():  # (a zero-byte feed crashed feedparser's caller)
        sink.issue(shown, None, "empty file (no text)" if not data else "empty file (whitespace only)")
        return None
    what = binary_kind(data)
    if what is not None:
        sink.issue(shown, None, f"binary file (looks like {what})")
        return None
    return data

"""An on-disk cache for what is costly per sentence: embeddings and extracted claims.

Keys are the producer's identity (model or extractor version) plus a hash of the
sentence text, so unchanged text is never processed twice and a new model never
reads old vectors. SQLite gives atomic writes: an interrupted run leaves the last
committed state, never a half-written file. A cache that is corrupt, or was written
by something else, is detected on open and rebuilt, never trusted.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

APP = "discrepancy"
SCHEMA = "1"
FILE_NAME = "cache.sqlite3"


def default_cache_dir() -> Path:
    """The user's cache directory (XDG on Linux), overridable with DISCREPANCY_CACHE_DIR."""
    env = os.environ.get("DISCREPANCY_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP))


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class Cache:
    """Vectors and JSON records keyed by (producer identity, text hash)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / FILE_NAME
        self.rebuilt_reason: str | None = None
        self.directory.mkdir(parents=True, exist_ok=True)
        self._db = self._open()

    # -------------------------------------------------------------- opening

    def _open(self) -> sqlite3.Connection:
        if self.path.exists():
            problem = self._check(self.path)
            if problem:
                self.rebuilt_reason = problem
                self._discard()
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(
            """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS vectors (producer TEXT NOT NULL, key BLOB NOT NULL,
                dim INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (producer, key));
            CREATE TABLE IF NOT EXISTS records (producer TEXT NOT NULL, key BLOB NOT NULL,
                data TEXT NOT NULL, PRIMARY KEY (producer, key));
            """
        )
        db.execute("INSERT OR IGNORE INTO meta VALUES ('app', ?)", (APP,))
        db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA,))
        return db

    @staticmethod
    def _check(path: Path) -> str | None:
        """Why the file cannot be trusted, or None."""
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
            try:
                if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return "failed its integrity check"
                meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            finally:
                db.close()
        except sqlite3.DatabaseError as e:
            return f"unreadable ({e})"
        if meta.get("app") != APP:
            return "not a discrepancy cache"
        if meta.get("schema") != SCHEMA:
            return f"schema {meta.get('schema')!r}, expected {SCHEMA!r}"
        return None

    def _discard(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                p.unlink()

    def close(self) -> None:
        self._db.close()

    # -------------------------------------------------------------- vectors

    def get_vectors(self, producer: str, keys: Sequence[bytes], dim: int) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        for chunk in _chunks(keys, 500):
            rows = self._db.execute(
                f"SELECT key, dim, data FROM vectors WHERE producer = ? AND key IN ({','.join('?' * len(chunk))})",
                (producer, *chunk),
            ).fetchall()
            for key, d, data in rows:
                if d == dim and len(data) == dim * 4:
                    found[key] = np.frombuffer(data, dtype=np.float32)
        return found

    def put_vectors(self, producer: str, items: Mapping[bytes, np.ndarray]) -> None:
        rows = [(producer, k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()]
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows)

    # -------------------------------------------------------------- records

    def get_records(self, producer: str, keys: Sequence[bytes]) -> dict[bytes, object]:
        found: dict[bytes, object] = {}
        for chunk in _chunks(keys, 500):
            rows = self._db.execute(
                f"SELECT key, data FROM records WHERE producer = ? AND key IN ({','.join('?' * len(chunk))})",
                (producer, *chunk),
            ).fetchall()
            for key, data in rows:
                try:
                    found[key] = json.loads(data)
                except ValueError:
                    continue
        return found

    def put_records(self, producer: str, items: Mapping[bytes, object]) -> None:
        rows = [(producer, k, json.dumps(v, ensure_ascii=False, separators=(",", ":"))) for k, v in items.items()]
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", rows)

    # -------------------------------------------------------------- helpers

    def _transaction(self):
        db = self._db

        class _Tx:
            def __enter__(self_inner):
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self_inner, exc_type, exc, tb):
                db.execute("ROLLBACK" if exc_type else "COMMIT")
                return False

        return _Tx()


def _chunks(items: Sequence[bytes], size: int) -> Iterable[Sequence[bytes]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]

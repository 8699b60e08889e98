"""Ctrl-C safety: an interrupted check exits 130, writes no report, leaves no temporary file
and no corrupt cache, and the next run completes."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from discrepancy import fileio
from discrepancy.cache import FILE_NAME, Cache

ROOT = Path(__file__).resolve().parent.parent
UKRAINE = ROOT.parent / "shared" / "corpora" / "ukraine-media-summer-2022" / "corpus.jsonl"


# ----------------------------------------------------------------- the real thing, in a subprocess


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCREPANCY_CACHE_DIR", "GITHUB_STEP_SUMMARY")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _ctrl_c_as_at_a_terminal() -> None:
    """A command started in the background of a script (`.ci/run &`, nohup) inherits Ctrl-C
    ignored, and Python then never raises KeyboardInterrupt: the check would finish and the test
    fail for how it was launched. The child takes Ctrl-C as a user at a terminal gives it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _vectors_stored(cache: Path) -> int:
    """Embeddings committed so far, read without disturbing the writer (0 while there is no table yet)."""
    path = cache / FILE_NAME
    if not path.exists():
        return 0
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
        try:
            return db.execute("SELECT count(*) FROM vectors").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    if not UKRAINE.exists():
        pytest.skip(f"{UKRAINE} is not here")
    lines = UKRAINE.read_text(encoding="utf-8").splitlines(keepends=True)[:200]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.mark.integration
@pytest.mark.parametrize("moment", ["after-3s", "while-embedding"])
def test_ctrl_c_exits_130_without_partial_report_or_corrupt_cache(corpus: Path, tmp_path: Path, moment: str):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "out.json"
    cache = tmp_path / "cache"
    command = [sys.executable, "-m", "discrepancy", "check", str(corpus), "--format", "json",
               "--output", str(out), "--cache-dir", str(cache)]
    proc = subprocess.Popen(command, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_ctrl_c_as_at_a_terminal,
                            text=True, encoding="utf-8")
    try:
        if moment == "after-3s":
            time.sleep(3)  # loading the models and extracting claims
            # on a loaded machine 3 s may still be inside Python's imports, where Ctrl-C is Python's
            # own traceback, not the tool's: wait until the tool has opened its cache
            deadline = time.monotonic() + 120
            while proc.poll() is None and not cache.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        else:
            deadline = time.monotonic() + 300
            while proc.poll() is None and _vectors_stored(cache) == 0 and time.monotonic() < deadline:
                time.sleep(0.05)  # the first chunk of embeddings is committed: more are being computed
        assert proc.poll() is None, "the check ended before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()

    assert proc.returncode == 130, stderr[-4000:]
    assert "interrupted" in stderr and "Traceback" not in stderr, stderr[-4000:]
    assert stdout == ""
    assert not out.exists()
    assert sorted(p.name for p in out_dir.iterdir()) == []  # no temporary file left behind
    assert not list((cache / "onnx").glob(".export-*"))  # nor a half-written model export

    opened = Cache(cache)
    try:
        assert opened.rebuilt_reason is None
        assert opened._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        vectors_before = opened._db.execute("SELECT count(*) FROM vectors").fetchone()[0]
    finally:
        opened.close()

    again = subprocess.run(command, cwd=ROOT, env=_env(), capture_output=True, text=True, encoding="utf-8",
                           timeout=600)
    assert again.returncode in (0, 1), again.stderr[-4000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["corpus"]["documents"] == 200
    assert sorted(p.name for p in out_dir.iterdir()) == ["out.json"]
    assert "rebuil" not in again.stderr.lower()  # the cache was trusted, not thrown away
    if moment == "while-embedding":  # it was indeed stopped half-way through the embeddings
        assert 0 < vectors_before < _vectors_stored(cache)


def test_exit_status_is_130_when_the_interrupt_passed_through_exec(tmp_path: Path):
    """Ctrl-C that lands inside code a library runs with exec() (scipy does, at import) must still exit 130.

    CPython then takes the KeyboardInterrupt for uncaught although the CLI handled it, and
    `python -m discrepancy` died by SIGINT (-2) instead of exiting with status 130.
    """
    (tmp_path / "interrupted_run.py").write_text(textwrap.dedent(f"""
        import sys
        from discrepancy import cli

        def check(*args, **kwargs):
            exec("raise KeyboardInterrupt")  # as when Ctrl-C lands in a library's exec() at import

        cli.check = check
        sys.argv = ["discrepancy", "check", {str(ROOT / "fixtures" / "seeds")!r}, "--quiet",
                    "--cache-dir", {str(tmp_path / "cache")!r}]
        cli.entry_point()
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "interrupted_run"], cwd=tmp_path, env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 130, done.stderr[-4000:]
    assert "discrepancy: interrupted" in done.stderr and "Traceback" not in done.stderr


# ----------------------------------------------------------------- atomic report files


class Boom(Exception):
    pass


def _fail(*_args, **_kwargs):
    raise Boom("disk on fire")


def _interrupt(*_args, **_kwargs):
    raise KeyboardInterrupt


@pytest.mark.parametrize("where", ["fsync", "chmod", "replace"])
@pytest.mark.parametrize("error", [_fail, _interrupt], ids=["exception", "ctrl-c"])
@pytest.mark.parametrize("existing", [None, "the previous report\n"], ids=["new", "replacing"])
def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch, where, error, existing):
    target = tmp_path / "report.json"
    if existing is not None:
        target.write_text(existing, encoding="utf-8")
    monkeypatch.setattr(fileio.os, where, error)
    with pytest.raises((Boom, KeyboardInterrupt)):
        fileio.atomic_write_text(target, '{"findings": []}\n' * 10_000)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if existing is None else ["report.json"])
    if existing is not None:
        assert target.read_text(encoding="utf-8") == existing


def test_an_interrupt_as_the_temporary_file_is_created_leaves_nothing(tmp_path, monkeypatch):
    """The file exists but the call creating it never returned: it is still removed."""
    real_open = os.open

    def open_then_interrupt(*args, **kwargs):
        fd = real_open(*args, **kwargs)
        os.close(fd)
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        fileio.atomic_write_text(tmp_path / "report.md", "# report\n")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_takes_no_new_file_is_told_apart_from_a_failed_rename(tmp_path, monkeypatch):
    """The temporary file comes first: failing to make it is the folder's fault ("/proc/version"),
    failing to rename it over the report is not."""
    def refuse(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(fileio.os, "open", refuse)
    with pytest.raises(fileio.FolderRefusesFile):
        fileio.atomic_write_text(tmp_path / "report.md", "# report\n")
    monkeypatch.undo()
    monkeypatch.setattr(fileio.os, "replace", lambda a, b: refuse(a))
    with pytest.raises(OSError) as caught:
        fileio.atomic_write_text(tmp_path / "report.md", "# report\n")
    assert not isinstance(caught.value, fileio.FolderRefusesFile)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_link_is_written_through_and_a_pipe_written_to_never_replaced(tmp_path):
    """As root, os.replace turned /dev/full into a JSON file; a symlinked report lost its link."""
    import threading

    real = tmp_path / "reports" / "latest.md"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    fileio.atomic_write_text(link, "new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    fileio.atomic_write_text(pipe, "through the pipe\n")
    reader.join(timeout=10)
    assert got == ["through the pipe\n"]
    import stat
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_an_unencodable_report_leaves_no_file(tmp_path):
    with pytest.raises(UnicodeEncodeError):
        fileio.atomic_write_text(tmp_path / "report.md", "half a surrogate \ud800")
    assert list(tmp_path.iterdir()) == []


def test_a_write_replaces_the_old_report_whole(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old\n" * 1000, encoding="utf-8")
    fileio.atomic_write_text(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~fileio._umask()


def test_cli_report_write_failure_leaves_no_partial_file(tmp_path, monkeypatch, fake_embedder, cache_dir, capsys):
    """Through the CLI: a failure while writing --output exits 2 and leaves nothing behind."""
    from discrepancy.cli import main

    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    monkeypatch.setattr(fileio.os, "fsync", _fail_os)
    status = main(["check", str(ROOT / "fixtures" / "seeds"), "--format", "json", "--output", str(out),
                   "--cache-dir", str(cache_dir), "--quiet"], embedder=fake_embedder)
    assert status == 2
    assert "cannot write the report" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []


def test_cli_ctrl_c_while_writing_exits_130_and_leaves_no_file(tmp_path, monkeypatch, fake_embedder, cache_dir):
    from discrepancy.cli import main

    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    monkeypatch.setattr(fileio.os, "replace", _interrupt)
    status = main(["check", str(ROOT / "fixtures" / "seeds"), "--format", "json", "--output", str(out),
                   "--cache-dir", str(cache_dir), "--quiet"], embedder=fake_embedder)
    assert status == 130
    assert list(out.parent.iterdir()) == []


def _fail_os(*_args, **_kwargs):
    raise OSError(28, "No space left on device")

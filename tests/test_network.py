"""The tool opens no network connection at run time, with the real model and spaCy.

A `sitecustomize.py` first on PYTHONPATH replaces socket connects and name lookups
in the child process with a guard that records the attempt and refuses it. A real
check then runs end to end; it must succeed and the record must stay empty.
HF_HUB_OFFLINE is deliberately *not* set here: the tool has to set it itself.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent

GUARD = textwrap.dedent(
    """
    # Installed by tests/test_network.py: record and refuse every network connection.
    import os
    import socket
    import traceback

    _LOG = os.environ["DISCREPANCY_NETGUARD_LOG"]


    def _refuse(what, *args):
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{what} {args!r}\\n")
            log.write("".join(traceback.format_stack(limit=12)))
            log.write("\\n")
        raise OSError(f"network access refused by the test guard: {what} {args!r}")


    _connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex


    def connect(self, address, *a, **k):
        if self.family == getattr(socket, "AF_UNIX", object()):
            return _connect(self, address, *a, **k)  # a local socket file is no network
        _refuse("socket.connect", address)


    def connect_ex(self, address, *a, **k):
        if self.family == getattr(socket, "AF_UNIX", object()):
            return _connect_ex(self, address, *a, **k)
        _refuse("socket.connect_ex", address)


    def create_connection(address, *a, **k):
        _refuse("socket.create_connection", address)


    def getaddrinfo(host, port, *a, **k):
        _refuse("socket.getaddrinfo", host, port)


    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.create_connection = create_connection
    socket.getaddrinfo = getaddrinfo
    """
)

_PROXY_VARS = {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "ftp_proxy", "socks_proxy"}
# The variables that would make the libraries offline without the tool's help: the tool must set them.
_OFFLINE_VARS = {"HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"}


@pytest.fixture
def guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network-attempts.log"
    log.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in _PROXY_VARS and k not in _OFFLINE_VARS and k != "DISCREPANCY_CACHE_DIR"}
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), *filter(None, [os.environ.get("PYTHONPATH")])])
    env["DISCREPANCY_NETGUARD_LOG"] = str(log)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("GITHUB_STEP_SUMMARY", None)
    return env, log


def test_the_guard_is_active(guarded_env):
    """Without this, an empty record would prove nothing."""
    env, log = guarded_env
    code = textwrap.dedent("""
        import socket, urllib.request
        attempts = [
            lambda: urllib.request.urlopen("https://huggingface.co", timeout=5),
            lambda: socket.create_connection(("127.0.0.1", 9), timeout=1),
            lambda: socket.getaddrinfo("huggingface.co", 443),
            lambda: socket.socket().connect(("127.0.0.1", 9)),
            lambda: socket.socket().connect_ex(("127.0.0.1", 9)),
        ]
        for attempt in attempts:
            try:
                attempt()
                print("connected")
            except OSError:
                print("caught")
    """)
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["caught"] * 5, done.stdout
    record = log.read_text(encoding="utf-8")
    for what in ("socket.create_connection", "socket.getaddrinfo", "socket.connect ", "socket.connect_ex"):
        assert what in record, what


def test_check_opens_no_network_connection(guarded_env, tmp_path):
    env, log = guarded_env
    cache = tmp_path / "cache"  # empty: the model is loaded and every sentence embedded for real
    done = subprocess.run(
        [sys.executable, "-m", "discrepancy", "check", "fixtures/seeds", "--format", "json",
         "--cache-dir", str(cache), "--fail-on", "never"],
        env=env, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    record = log.read_text(encoding="utf-8")
    assert record == "", f"network access attempted:\n{record}\nstderr:\n{done.stderr[-4000:]}"
    assert done.returncode == 0, done.stderr[-4000:]
    report = json.loads(done.stdout)
    assert report["corpus"]["documents"] == 5
    umerov = [f for f in report["findings"] if f["kind"] == "title" and "Umerov" in f["subject"]]
    assert len(umerov) == 1, [f["subject"] for f in report["findings"]]
    assert {c["doc"].split("_")[0] for c in umerov[0]["claims"]} == {"001", "003", "004"}

"""Settings files: found like other tools find theirs, validated strictly, errors name the file."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from discrepancy.config import KNOWN_KEYS, Config, ConfigError, find_config, load_config


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (a git checkout) as the current folder."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_file_no_settings(project: Path):
    assert load_config() == Config()


def test_discrepancy_toml_top_level_keys(project: Path):
    (project / "discrepancy.toml").write_text(
        'fail-on = "error"\nthreshold = 0.6\nno-cache = true\nmax-article-bytes = 1000\nformat = "markdown"\n'
        'baseline = "ci/baseline.json"\nsave = ["out/r.md", "/abs/r.json"]\n', encoding="utf-8")
    config = load_config()
    assert config.path == project / "discrepancy.toml"
    assert config.settings == {"fail-on": "error", "threshold": 0.6, "no-cache": True, "max-article-bytes": 1000,
                               "format": "markdown", "baseline": "ci/baseline.json",
                               "save": ["out/r.md", "/abs/r.json"]}


def test_discrepancy_toml_may_use_the_pyproject_table_header(project: Path):
    """The README shows the pyproject form; pasted into discrepancy.toml it reads the same."""
    (project / "discrepancy.toml").write_text('[tool.discrepancy]\nfail-on = "error"\nthreshold = 0.5\n',
                                              encoding="utf-8")
    assert load_config().settings == {"fail-on": "error", "threshold": 0.5}
    (project / "discrepancy.toml").write_text('[tool.discrepancy]\nfail-on = "error"\n[tool.other]\nx = 1\n',
                                              encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown table or setting beside \[tool\.discrepancy\]: 'tool\.other'"):
        load_config()
    (project / "discrepancy.toml").write_text('[tool.discrepancy]\nfail-on = "error"\n[other]\nx = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"beside \[tool\.discrepancy\]: 'other'$"):
        load_config()
    (project / "discrepancy.toml").write_text('format = "json"\n[tool.discrepancy]\nfail-on = "error"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings both at the top level \(format\) and under \[tool\.discrepancy\]"):
        load_config()


def test_pyproject_tool_table(project: Path):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.discrepancy]\nstrict = true\nevent-threshold = 0.3\n', encoding="utf-8")
    assert load_config().settings == {"strict": True, "event-threshold": 0.3}


def test_search_goes_up_to_the_project_root_and_paths_follow_the_file(project: Path, monkeypatch):
    (project / "discrepancy.toml").write_text('baseline = "ci/baseline.json"\ncache-dir = "~/c"\n', encoding="utf-8")
    sub = project / "articles" / "2025"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    config = load_config()
    assert config.path == project / "discrepancy.toml"
    assert config.settings["baseline"] == os.path.join("..", "..", "ci", "baseline.json")
    assert config.settings["cache-dir"] == os.path.expanduser("~/c")


def test_search_stops_at_git_and_at_a_pyproject_without_settings(tmp_path: Path, monkeypatch):
    (tmp_path / "discrepancy.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    monkeypatch.chdir(repo)
    assert find_config() is None and load_config() == Config()
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.chdir(other)
    assert find_config() == other / "pyproject.toml"
    assert load_config().settings == {}


def test_settings_in_both_files_of_one_folder_are_an_error_not_one_ignored(project: Path):
    """They are never merged: pyproject's table was ignored without a word."""
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (project / "discrepancy.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert load_config().settings == {"fail-on": "error"}  # a pyproject without the table: no question
    (project / "pyproject.toml").write_text('[tool.discrepancy]\nfail-on = "note"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^discrepancy\.toml: pyproject\.toml beside it also has a "
                                          r"\[tool\.discrepancy\] table; the two are not merged: keep one$"):
        load_config()


def test_a_model_setting_that_is_no_folder_names_the_settings_file(project: Path):
    """It was a usage error about '--model', an option nobody typed; and a --model given on the
    command line wins over a stale one in the file."""
    from discrepancy.config import model_problem

    (project / "discrepancy.toml").write_text('model = "nomodel"\n', encoding="utf-8")
    assert model_problem(load_config()) == ("discrepancy.toml: model must be a sentence-transformers model folder, "
                                            "and nomodel is not a folder")
    (project / "nomodel").mkdir()
    assert load_config().settings == {"model": "nomodel"} and model_problem(load_config()) is None


def test_a_stale_model_setting_stops_only_a_run_that_would_take_it(project: Path, capsys):
    from discrepancy.cli import main

    (project / "discrepancy.toml").write_text('model = "gone-model"\n', encoding="utf-8")
    (project / "a.txt").write_text("Officials said 40 bombers were hit.\n", encoding="utf-8")
    assert main(["check", "a.txt", "-q"]) == 2
    assert "Error: discrepancy.toml: model must be a sentence-transformers model folder, and gone-model" in (
        capsys.readouterr().err)
    (project / "not-a-model").mkdir()
    assert main(["check", "a.txt", "-q", "--model", "not-a-model"]) == 2  # its own error, not the file's
    assert "discrepancy.toml" not in capsys.readouterr().err


@pytest.mark.parametrize("content,problem", [
    ('colour = "red"\n', "unknown setting 'colour'"),
    ('output = "x.md"\n', "'output' cannot be set in a settings file: give --output on the command line"),
    ('threshold = "high"\n', "threshold must be a number from 0 to 1, not 'high'"),
    ("threshold = 1.5\n", "threshold must be a number from 0 to 1"),
    ('fail-on = "sometimes"\n', "fail-on must be one of 'error', 'warning', 'note', 'never'"),
    ('format = "pdf"\n', "format must be one of"),
    ("strict = 1\n", "strict must be true or false, not 1"),
    ("max-article-bytes = true\n", "max-article-bytes must be a positive whole number, not true"),
    ("max-article-bytes = 0\n", "max-article-bytes must be a positive whole number"),
    ('baseline = ""\n', "baseline must be a path"),
    ("save = [1]\n", "save must be a list of paths"),
    ("threshold = \n", "not valid TOML"),
])
def test_bad_settings_are_usage_errors_that_name_the_file(project: Path, content: str, problem: str):
    (project / "discrepancy.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert str(caught.value).startswith("discrepancy.toml: ")
    assert problem in str(caught.value)


def test_a_misspelt_table_is_named_not_ignored(project: Path):
    (project / "pyproject.toml").write_text('[tool.discrepency]\nfail-on = "never"\n[tool.ruff]\nx = 1\n',
                                            encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[tool\.discrepency\] is not read: did you mean \[tool\.discrepancy\]\?"):
        load_config()
    (project / "pyproject.toml").write_text('[tool.ruff]\nx = 1\n', encoding="utf-8")
    assert load_config().settings == {}


def test_bad_pyproject_table_names_the_table(project: Path):
    (project / "pyproject.toml").write_text('[tool.discrepancy]\nthreshold = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^pyproject\.toml: \[tool\.discrepancy\] threshold must be"):
        load_config()
    (project / "pyproject.toml").write_text('[tool]\ndiscrepancy = 3\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a table"):
        load_config()


def test_known_keys_are_the_cli_long_option_names():
    assert set(KNOWN_KEYS) >= {"fail-on", "threshold", "format", "cache-dir", "no-cache", "dates-from-text",
                               "strict", "max-article-bytes", "baseline", "model", "event-threshold", "min-confidence",
                               "quiet"}

"""scripts/evaluate.py: its options reach the check it runs (the corpora themselves are not run here)."""

from script_modules import load_script


def test_min_confidence_sets_one_bar_for_every_kind(tmp_path, monkeypatch):
    evaluate = load_script("evaluate")
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: seen.append((out, evaluate.OPTIONS.min_confidence)))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path), "--min-confidence", "0.4"]) == 0
    assert seen == [(tmp_path, 0.4)]


def test_without_min_confidence_each_kind_keeps_its_fitted_cut(tmp_path, monkeypatch):
    evaluate = load_script("evaluate")
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: seen.append(evaluate.OPTIONS.min_confidence))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path)]) == 0
    assert seen == [None]


def test_injected_variants_are_scored_only_when_asked_for(tmp_path, monkeypatch):
    evaluate = load_script("evaluate")
    seen = []
    monkeypatch.setattr(evaluate, "summer", lambda out: None)
    monkeypatch.setattr(evaluate, "injected", lambda out, variants: seen.append(variants))
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path)]) == 0
    assert evaluate.main(["--only", "summer", "--out", str(tmp_path), "--injected", str(tmp_path / "inj")]) == 0
    assert seen == [tmp_path / "inj"]


def test_an_injected_item_counts_as_one_fact_where_the_readers_call_any_of_its_pairs_one_fact():
    evaluate = load_script("evaluate")
    item = {"altered_doc": "t_1", "altered_doc_original_sentence": "Smith spoke Tuesday.", "original_value": "Tuesday",
            "original_docs": ["t_2", "t_3"], "original_sentences": ["Smith said Tuesday.", "Jones voted Tuesday."]}
    one = ("t_1", "Smith spoke Tuesday.", "t_2", "Smith said Tuesday.", "Tuesday")
    two = ("t_1", "Smith spoke Tuesday.", "t_3", "Jones voted Tuesday.", "Tuesday")
    assert evaluate._read_as(item, {one: "one_fact", two: "two_facts"}) == "one_fact"
    assert evaluate._read_as(item, {two: "two_facts"}) == "two_facts"
    assert evaluate._read_as(item, {}) == "unread"


def test_the_shipped_pair_readings_are_read_by_their_key():
    """Every line of the readings file has the fields the key is made of, and two readers' labels."""
    evaluate = load_script("evaluate")
    readings = evaluate._pair_readings()
    assert len(readings) == 44
    assert set(readings.values()) <= {"one_fact", "two_facts", "unsure", "split"}


def test_blind_counts_groups_and_findings_that_set_one_story_against_another(tmp_path, monkeypatch, capsys):
    """A file's first letter is its story and "r" a roundup: a group of a1 and b1 mixes two stories,
    a finding between a1 and r1 sets none against another, one between a1 and b1 does."""
    from types import SimpleNamespace as NS

    evaluate = load_script("evaluate")
    corpus = tmp_path / "blind" / "fires"
    corpus.mkdir(parents=True)
    docs = [NS(id=name, path=str(corpus / f"{name}-x.md")) for name in ("a1", "a2", "b1", "r1")]
    events = [NS(docs=("a1", "a2", "r1")), NS(docs=("b1",))]
    findings = [NS(claims=(NS(doc="a1"), NS(doc="r1"))), NS(claims=(NS(doc="a2"), NS(doc="b1")))]
    monkeypatch.setattr(evaluate, "BLIND_CORPORA", tmp_path / "blind")
    monkeypatch.setattr(evaluate, "load_corpus", lambda paths: NS(documents=docs))
    monkeypatch.setattr(evaluate, "check_corpus", lambda corpus, options: NS(events=events, findings=findings))
    monkeypatch.setattr(evaluate, "render", lambda report: "{}")
    evaluate.blind(tmp_path)
    assert capsys.readouterr().out.strip() == ("== blind fires: 2 stories in 2 event groups, 0 mixing two stories; "
                                               "2 findings, 1 setting one story against another")
    events.append(NS(docs=("a1", "b1")))
    evaluate.blind(tmp_path)
    assert "3 event groups, 1 mixing two stories" in capsys.readouterr().out


def test_only_names_known_parts_and_may_be_empty(tmp_path, monkeypatch):
    """`--only ""` runs no corpus (with --injected, the variants alone); an unknown part is an error."""
    import pytest

    evaluate = load_script("evaluate")
    seen = []
    monkeypatch.setattr(evaluate, "injected", lambda out, variants: seen.append(variants))
    assert evaluate.main(["--only", "", "--out", str(tmp_path), "--injected", str(tmp_path)]) == 0
    assert seen == [tmp_path]
    with pytest.raises(SystemExit) as stop:
        evaluate.main(["--only", "none", "--out", str(tmp_path)])
    assert stop.value.code == 2


def test_one_week_places_each_story_on_one_day_and_keeps_its_articles_days_apart():
    """Stories land on days of one week by their id; an article a day after its story's first stays a
    day after it, one a year later two days after (the cap), and an undated one on its story's day."""
    import datetime

    evaluate = load_script("evaluate")
    records = [{"id": "s1_1", "published": "2011-04-07"}, {"id": "s1_2", "published": "2011-04-08"},
               {"id": "s1_3", "published": "2012-04-08"}, {"id": "s2_1", "published": "2019-01-01"},
               {"id": "s2_2"}, {"id": "s3_1", "published": "2015-06-01", "text": "kept"}]
    week = evaluate.as_one_week(records)
    day = {r["id"]: datetime.date.fromisoformat(r["published"]) for r in week}
    start = evaluate.WEEK_START
    assert all(start <= day[r["id"]] < start + datetime.timedelta(days=9) for r in records)
    assert (day["s1_2"] - day["s1_1"]).days == 1 and (day["s1_3"] - day["s1_1"]).days == 2
    assert day["s2_2"] == day["s2_1"]
    assert week[-1]["text"] == "kept" and records[0]["published"] == "2011-04-07"  # the input is not changed
    assert evaluate.as_one_week(records) == week


def test_week_line_counts_mixed_groups_pairwise_scores_and_findings_across_stories():
    from types import SimpleNamespace as NS

    evaluate = load_script("evaluate")
    events = [NS(id="E1", docs=("a_1", "a_2", "b_1")), NS(id="E2", docs=("b_2",))]
    findings = [NS(kind="number", claims=(NS(doc="a_1"), NS(doc="b_1"))),
                NS(kind="date", claims=(NS(doc="a_1"), NS(doc="a_2"))),
                NS(kind="title", claims=(NS(doc="a_2"), NS(doc="b_2")))]
    line = evaluate.week_line(NS(events=events, findings=findings))
    # same-group pairs: a_1-a_2 (right), a_1-b_1 and a_2-b_1 (wrong); b_1-b_2 is split
    assert line == ("basil-dev as one week: 2 stories in 2 event groups, 1 mixing stories, pairwise P 0.333 "
                    "R 0.500; 3 findings, across stories: number 1, title 1")
    assert evaluate.week_line(NS(events=events[1:], findings=[])).endswith("0 findings, across stories: none")

"""scripts/inject_basil.py: contradictions injected the way basil-dev's README describes them."""
import json
import random
import re

from script_modules import load_script


def _article(doc_id: str, source: str, published: str, *paragraphs: str) -> dict:
    """One article as basil-dev's corpus.jsonl holds it: paragraphs joined by a blank line."""
    return {"id": doc_id, "source": source, "published": published, "title": "", "text": "\n\n".join(paragraphs)}


TRIPLET = [
    _article("t1_1", "fox", "2013-08-29", "The Senate voted Tuesday to approve the bill after a long debate in the chamber.",
             "About 40 senators opposed the measure in the final vote, aides said later."),
    _article("t1_2", "nyt", "2013-08-29", "The Senate approved the bill on Tuesday after a long debate in the chamber over its cost.",
             "Some 40 senators opposed the measure in the final vote on the floor."),
]


def test_one_value_shared_by_two_outlets_is_changed_in_one_sentence():
    inject = load_script("inject_basil")
    for seed in range(10):
        docs, gold, clean = inject.make_variant(TRIPLET, random.Random(seed), 1.0, set())
        assert clean == [] and len(gold) == 1
        g = gold[0]
        changed = [d for d, o in zip(docs, TRIPLET) if d["text"] != o["text"]]
        assert [d["id"] for d in changed] == [g["altered_doc"]]
        assert g["altered_sentence"] in changed[0]["text"] and g["altered_value"] in g["altered_sentence"]
        assert g["original_value"] in g["original_sentences"][0] and g["original_docs"] != [g["altered_doc"]]
        if g["kind"] == "number":
            old, new = (float(re.sub(r"[^\d.]", "", v)) for v in (g["original_value"], g["altered_value"]))
            assert abs(new - old) / old >= 0.25
        else:
            assert g["original_value"] == "Tuesday" and g["altered_value"] in inject.WEEKDAYS
    json.dumps(gold)  # what score.py reads


def test_sentences_of_the_other_half_and_shipped_gold_are_left_alone():
    inject = load_script("inject_basil")
    pairs = inject.candidates(TRIPLET, set())
    halves = {inject.half_of(c["doc"]["id"], c["sentence"]) for c in pairs}
    for half in halves:
        assert all(inject.half_of(c["doc"]["id"], c["sentence"]) == half for c in inject.candidates(TRIPLET, set(), half))
    used = {(c["doc"]["id"], c["value"]) for c in pairs}
    assert inject.candidates(TRIPLET, used) == []


def test_figures_keep_their_form():
    inject = load_script("inject_basil")
    rng = random.Random(3)
    for value in ("$750,000", "40", "1.5 million", "35 percent", "seven"):
        new = inject.altered("words" if value == "seven" else "digits", value, rng)
        assert new != value
        if value.startswith("$"):
            assert re.fullmatch(r"\$[\d,]+0,000", new)
        if value.endswith(("million", "percent")):
            assert new.endswith(value.split()[-1])
        if value == "seven":
            assert new in inject.NUMBER_WORDS


def test_an_answer_key_names_the_stories():
    inject = load_script("inject_basil")
    docs = [{"id": "a1", "source": "x", "text": "One."}, {"id": "b2", "source": "y", "text": "Two."},
            {"id": "c3", "source": "z", "text": "Not in the key."}]
    renamed = inject.keyed(docs, {"a1": "4-a", "b2": "4-b"})
    assert [d["id"] for d in renamed] == ["4-a_a1", "4-b_b2"]  # score.py reads a story from the prefix


def test_clock_times_days_of_dates_and_compounds_are_not_figures_to_change():
    inject = load_script("inject_basil")
    for sentence, value in (("She checked in around 1:40 a.m. on Friday.", "40"), ("It opens on 16 November 2013.", "16"),
                            ("He died seven years ago in Ashgabat.", "seven"), ("The 9/11 families objected.", "9"),
                            ("Adults 18 - 49 watched it.", "49")):
        assert inject.not_a_figure(sentence, sentence.index(value), value), sentence
    sentence = "The quake killed 40 people in the city."
    assert not inject.not_a_figure(sentence, sentence.index("40"), "40")


def test_pairs_follow_basil_devs_recipe_and_loose_pairs_do_not():
    inject = load_script("inject_basil")
    few_words = [  # a weekday in sentences sharing 3 content words: the recipe asks 4 and overlap 0.4
        {"id": "t2_1", "source": "fox", "text": "Campaign officials released a television advertisement Tuesday across several swing states."},
        {"id": "t2_2", "source": "nyt", "text": "The campaign answered Tuesday with an advertisement of its own."},
    ]
    assert inject.candidates(few_words, set()) == []
    assert {c["value"] for c in inject.candidates(few_words, set(), recipe=False)} == {"Tuesday"}
    apart = [  # many words shared, but none next to the weekday: two facts of one story
        {"id": "t3_1", "source": "fox", "text": "The governor signed the budget bill Monday after lawmakers passed the spending plan."},
        {"id": "t3_2", "source": "nyt", "text": "Lawmakers passed the spending plan and the governor signed the budget bill; his aides confirmed it Monday evening."},
    ]
    assert inject.candidates(apart, set()) == []
    bound = [  # "at least 12": changing one bound need not contradict the other
        {"id": "t4_1", "source": "fox", "text": "At least 12 people were killed when the storm struck the coastal town overnight."},
        {"id": "t4_2", "source": "nyt", "text": "The storm struck the coastal town overnight and at least 12 people were killed there."},
    ]
    assert [c for c in inject.candidates(bound, set()) if c["kind"] == "number"] == []
    assert inject.after_bound("killed at least 12", len("killed at least "))


def test_a_new_value_never_already_stated_in_the_story():
    inject = load_script("inject_basil")
    story = [{**TRIPLET[0], "text": TRIPLET[0]["text"] + " " + " ".join(inject.WEEKDAYS[:1] + inject.WEEKDAYS[2:])},
             TRIPLET[1]]
    for seed in range(10):
        _docs, gold, _clean = inject.make_variant(story, random.Random(seed), 1.0, set())
        assert all(g["kind"] == "number" for g in gold)  # every other weekday is in the story already


def test_the_command_line_picks_pairs_by_the_recipe_unless_loose(tmp_path):
    inject = load_script("inject_basil")
    story = [  # a weekday in sentences sharing 3 content words: loose pairs only
        {"id": "t2_1", "source": "fox", "text": "Campaign officials released a television advertisement Tuesday across several swing states."},
        {"id": "t2_2", "source": "nyt", "text": "The campaign answered Tuesday with an advertisement of its own."},
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in story), encoding="utf-8")
    counts = {}
    for extra in ([], ["--loose"]):
        out = tmp_path / ("loose" if extra else "recipe")
        assert inject.main(["--corpus", str(corpus), "--out", str(out), "--variants", "1", "--share", "1",
                            "--half", "all", "--min-cosine", "0", *extra]) == 0
        counts[bool(extra)] = len((out / "v0" / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    assert counts == {False: 0, True: 1}


def test_the_recipe_moves_a_date_as_far_as_basil_devs_gold_does():
    inject = load_script("inject_basil")
    rng = random.Random(0)
    for _ in range(50):
        day = inject.altered("weekday", "Tuesday", rng, near=True)
        assert day in ("Sunday", "Monday", "Wednesday", "Thursday")
        assert inject.altered("month", "January", rng, near=True) in ("December", "February")
        assert abs(int(inject.altered("year", "2006", rng, near=True)) - 2006) in (1, 2, 3)
        assert inject.altered("month_day", "March 28", rng, near=True) in (None, "March 25", "March 26", "March 27")
    moves = {inject.altered("month", "January", random.Random(k)) for k in range(200)}
    assert len(moves) > 2  # the loose rows for the fit move anywhere, as before


TITLES = [
    _article("t2_1", "fox", "2012-08-21", "Mitt Romney joined Republicans on Tuesday in calling on Missouri Rep. Todd Akin to quit the race.",
             "The Justice Department declined to comment, and former Gov. Matt Blunt stayed silent."),
    _article("t2_2", "nyt", "2012-08-21", "Republicans asked Representative Todd Akin to give up his bid for the Senate seat on Tuesday.",
             "Former Gov. Matt Blunt said nothing about the race, aides to the Justice Department said."),
]


def test_titles_are_swapped_before_a_name_another_outlet_gives_the_same_office():
    """--titles: the title before a name changes to another office of the kind ("Rep." -> "Sen."),
    where another outlet's article gives that person the same office (written another way too);
    never a former title, never "the Justice Department"."""
    inject = load_script("inject_basil")
    pool = inject.title_candidates(TITLES, set())
    assert {(c["value"], c["name"]) for c in pool} == {("Rep.", "Todd Akin"), ("Representative", "Todd Akin")}
    assert {o[0] for c in pool for o in c["originals"]} == {"t2_1", "t2_2"}
    corpus, gold, clean = inject.make_variant(TITLES, random.Random(3), 1.0, set(), titles=True)
    (item,) = gold
    assert item["kind"] == "title" and item["altered_value"] in inject.TITLE_SWAPS[item["original_value"]][1]
    assert item["altered_span"] == f"{item['altered_value']} Todd Akin" and item["altered_span"] in item["altered_sentence"]
    changed = [d for d, before in zip(corpus, TITLES) if d["text"] != before["text"]]
    assert [d["id"] for d in changed] == [item["altered_doc"]] and not clean


def test_the_command_line_swaps_titles_with_titles(tmp_path):
    """--titles writes title items with the fields score.py matches a title by (altered_span)."""
    inject = load_script("inject_basil")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in TITLES), encoding="utf-8")
    assert inject.main(["--corpus", str(corpus), "--out", str(tmp_path / "out"), "--variants", "1", "--share", "1",
                        "--half", "all", "--titles"]) == 0
    (item,) = [json.loads(line) for line in (tmp_path / "out" / "v0" / "gold.jsonl").read_text().splitlines()]
    assert item["kind"] == "title" and item["original_span"] in (item["altered_doc_original_sentence"])
    assert item["altered_span"].endswith("Todd Akin") and item["altered_span"] in item["altered_sentence"]

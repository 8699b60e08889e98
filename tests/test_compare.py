"""Comparisons by definition: which values can be about one quantity, and which cannot both hold.

Whether two comparable values state one fact is the fitted decision (tests/test_samefact.py).
"""
from datetime import date

import pytest

from discrepancy.claims import extract_sentence
from discrepancy.compare import dates as cmp_dates
from discrepancy.compare import numbers as cmp_numbers
from discrepancy.compare.samefact import (
    Side,
    comparable_dates,
    comparable_dates_beside,
    comparable_figures_beside,
    comparable_numbers,
)
from discrepancy.detectors.dates import extract_dates
from discrepancy.detectors.numbers import extract_numbers
from discrepancy.model import Document, Sentence


def num(text):
    (c,) = extract_numbers(text)
    return c


def side(text: str, published: date = date(2022, 8, 10)) -> Side:
    """The sentence as comparison sees it: its text and every claim in it."""
    doc = Document(id="d", text=text, source="S", published=published)
    return Side.of(doc, Sentence("d", 0, text, 0, len(text), 1), extract_sentence(text))


def figures_comparable(text_a: str, value_a: str, text_b: str, value_b: str,
                       published_a: date = date(2022, 8, 10), published_b: date = date(2022, 8, 10)) -> bool:
    a, b = side(text_a, published_a), side(text_b, published_b)
    (x,) = [c for c in a.claims.numbers if c.text == value_a]
    (y,) = [c for c in b.claims.numbers if c.text == value_b]
    return comparable_numbers(x, y) and comparable_figures_beside(x, y, a, b)


def test_different_counts_of_the_same_thing_conflict():
    a = num("The strike damaged 40 strategic bombers, Kyiv said.")
    b = num("The strike damaged 14 strategic bombers, Kyiv said.")
    assert comparable_numbers(a, b) and cmp_numbers.conflicts(a, b)


def test_rounder_or_vaguer_figures_do_not_conflict():
    assert not cmp_numbers.conflicts(num("about 100 people died"), num("97 people died"))
    assert not cmp_numbers.conflicts(num("more than 10,000 soldiers surrendered"), num("10,432 soldiers surrendered"))


@pytest.mark.parametrize("a, b, conflict", [
    ("330", "307", True),      # "330" is rounded at most to tens: 325 to 335
    ("1,100", "1,300", True),  # to hundreds: 1,050 to 1,150
    ("250", "270", True),
    ("40", "43", False),       # rounded to tens, but never by more than a tenth: 36 to 44
    ("1,000", "1,050", False),  # a tenth, not to thousands (500 to 1,500)
    ("1,100", "1,000", False),  # 1,050 to 1,150 meets 900 to 1,100
    ("2.4 million", "2.39 million", False),  # its written digits bound it: 2,350,000 to 2,450,000
])
def test_a_bare_round_figure_is_rounded_at_most_to_its_last_nonzero_digit(a: str, b: str, conflict: bool):
    """Sentences copied with one figure changed (330 for 307) were read as agreeing: every bare
    round figure was widened by a tenth either way, far past the digit it was rounded to."""
    x = num(f"The exchange saw {a} military personnel swapped from each side.")
    y = num(f"The exchange saw {b} military personnel swapped from each side.")
    assert cmp_numbers.conflicts(x, y) is conflict


@pytest.mark.parametrize("a, b, conflict", [
    ("41 per cent", "41.2 percent", False),  # the whole one is the other rounded to a point
    ("2%", "1.8%", False),
    ("41 per cent", "41.6 percent", True),   # 41.6 rounds to 42
    ("41 per cent", "42 per cent", True),    # two whole figures: as written
    ("58 per cent", "62.3 per cent", True),
])
def test_a_whole_percentage_against_one_with_decimals_is_it_rounded(a: str, b: str, conflict: bool):
    """qa195: "Turnout was 41 per cent" against "41.2 percent" was a finding (0.91)."""
    x, y = num(f"Turnout in the referendum was {a}."), num(f"Turnout in the referendum was {b}.")
    assert cmp_numbers.conflicts(x, y) is conflict and cmp_numbers.conflicts(y, x) is conflict


def test_killed_is_not_wounded():
    a = num("The quake killed 12 people in the province.")
    b = num("The quake injured 40 people in the province.")
    assert not comparable_numbers(a, b)


def test_tallies_compare_as_a_whole():
    a = num("The House voted 221-207 to pass the bill.")
    b = num("The House voted 220-207 to pass the bill.")
    assert cmp_numbers.conflicts(a, b)


def day(text):
    (c,) = extract_dates(text)
    return c


def test_weekdays_resolved_against_publication_dates():
    a = day("The Treasury announced Tuesday that it would act.")
    b = day("The Treasury announced Thursday that it would act.")
    pub = date(2013, 8, 29)
    assert comparable_dates(a, b)
    assert cmp_dates.conflicts(a, cmp_dates.resolved(a, pub), b, cmp_dates.resolved(b, pub), 0)


def test_same_day_written_two_ways_does_not_conflict():
    a = day("The Treasury announced Wednesday that it would act.")  # published Thursday 2013-08-29
    b = day("The Treasury announced yesterday that it would act.")  # published the same day
    pub = date(2013, 8, 29)
    assert not cmp_dates.conflicts(a, cmp_dates.resolved(a, pub), b, cmp_dates.resolved(b, pub), 0)


@pytest.mark.parametrize("sentence, word, inside", [
    ("He said on Russian TV: 'A momentous event took place near Moscow last night.", "last night", True),
    ("\u201cWe were attacked yesterday,\u201d the mayor said.", "yesterday", True),
    ('"It happened yesterday", she said.', "yesterday", True),
    ("\u201cWe were attacked,\u201d the mayor said yesterday.", "yesterday", False),
    ("Russia's army said last night that it struck the depot.", "last night", False),
    ("The ministry\u2019s statement yesterday said so.", "yesterday", False),
    ("He said 'we will fight' yesterday.", "yesterday", False),
])
def test_quotation_marks_tell_direct_speech_from_apostrophes(sentence, word, inside):
    assert cmp_dates.quoted(sentence, sentence.index(word)) is inside


def test_a_relative_day_in_direct_speech_is_not_resolved_against_the_article():
    """'Last night' in a quote is the night before the speaker spoke, which the article does not say."""
    pub = date(2022, 8, 22)
    quoted = "He said on Russian TV: 'A momentous event took place near Moscow last night."
    told = "A momentous event took place near Moscow last night, he said on Russian TV."
    assert cmp_dates.resolved(day(quoted), pub, quoted) is None
    resolved = cmp_dates.resolved(day(told), pub, told)  # the night before the article's day, into it
    assert resolved is not None and (resolved.low, resolved.high) == (date(2022, 8, 21), date(2022, 8, 22))
    saturday = day("The blast near Moscow on Saturday killed her.")
    assert not cmp_dates.conflicts(day(quoted), None, saturday, cmp_dates.resolved(saturday, pub), 0)


def test_same_weekday_name_in_articles_days_apart_never_conflicts():
    a, b = day("He spoke on Friday in Kyiv."), day("He spoke on Friday in Kyiv.")
    ra, rb = cmp_dates.resolved(a, date(2010, 5, 27)), cmp_dates.resolved(b, date(2010, 5, 28))
    assert not cmp_dates.conflicts(a, ra, b, rb, 1)


def test_same_weekday_name_without_publication_dates_never_conflicts():
    a, b = day("On Sunday, a senior diplomat said talks were held."), day("On Sunday, a senior diplomat said talks were held.")
    assert not cmp_dates.conflicts(a, None, b, None, None)
    c = day("On Tuesday, a senior diplomat said talks were held.")
    assert cmp_dates.conflicts(a, None, c, None, None)


def test_dates_of_different_granularity_are_not_compared():
    assert not comparable_dates(day("It was announced Wednesday by him."), day("It was announced in June by him."))


def test_a_figure_marked_as_the_first_one_given_is_not_compared():
    """"Initially confirmed five" says what was first said, not what holds now."""
    first = num("The health ministry initially confirmed that five people were injured.")
    later = num("The health ministry said nine people were injured.")
    assert not comparable_numbers(first, later)
    assert comparable_numbers(num("The health ministry confirmed that five people were injured."), later)


def test_a_figure_its_own_sentence_sets_against_the_other_sides_is_not_compared():
    """"4.1 particles ..., more than twice the average of 1.7" knows the 1.7 as another figure: no
    disagreement with "contained 1.7 particles on average"; without the comparison it is one."""
    average = "On average, the mussels contained 1.7 particles per gram of tissue."
    assert not figures_comparable("Scientists found 4.1 particles per gram of mussel tissue near the river mouth, "
                                  "more than twice the average of 1.7 across all sites.", "4.1", average, "1.7")
    assert not figures_comparable("The new district would have had 94,300 voters, almost a quarter more than the "
                                  "national average of about 76,000.", "94,300",
                                  "The average district has about 76,000 registered voters.", "about 76,000")
    assert figures_comparable("Scientists found 4.1 particles per gram of mussel tissue near the river mouth, and "
                              "1.9 at the other sites.", "4.1", average, "1.7")


def test_a_target_is_not_a_count():
    """qa110: "Organisers say they want 10,000 runners by 2030" is a target, not the field of "Almost
    5,000 runners lined up"; two targets still compare."""
    field = "Almost 5,000 runners lined up on Sunday morning for the marathon."
    assert not figures_comparable("Organisers say they want 10,000 runners by 2030.", "10,000", field, "Almost 5,000")
    assert not figures_comparable("The city aims to attract 10,000 runners.", "10,000", field, "Almost 5,000")
    assert figures_comparable("Organisers say they want 10,000 runners by 2030.", "10,000",
                              "Organisers say they want 12,000 runners by 2030.", "12,000")


def test_a_figure_first_said_is_not_compared():
    """"The company first said about 1.2 million people were affected": a first figure, since revised,
    as "initially" marks one; "the first 200 patients" is no such thing."""
    later = "Social Security numbers were exposed for about 640,000 people."
    assert not figures_comparable("The company first said about 1.2 million people were affected, but the number has "
                                  "risen.", "about 1.2 million", later, "about 640,000")
    assert figures_comparable("The company said about 1.2 million people were affected.", "about 1.2 million",
                              later, "about 640,000")
    assert figures_comparable("The first 200 patients were treated at the hospital.", "200",
                              "The first 250 patients were treated at the hospital.", "250")
    # qa173 c01: a first estimate named as one, against the revised count
    revised = "Northmere has raised its estimate of the customers hit by Friday's outage to 410,000."
    assert not figures_comparable("In an initial estimate, Northmere said about 250,000 customers had failed to log in.",
                                  "about 250,000", revised, "410,000")
    assert figures_comparable("Northmere said about 250,000 customers had failed to log in.", "about 250,000",
                              revised, "410,000")


def test_ages_of_two_named_people_are_not_one_quantity():
    father = num("The hit was meant for her father Alexander Dugin, 60, who had planned to travel.")
    daughter = num("The bombing killed 29-year-old TV commentator Darya Dugina near Moscow.")
    same_daughter = num("His daughter Darya Dugina, 35, was killed in the blast.")
    surname_only = num("Dugina, 29, was the daughter of a philosopher.")
    assert not comparable_numbers(father, daughter)
    assert comparable_numbers(daughter, same_daughter) and cmp_numbers.conflicts(daughter, same_daughter)
    assert comparable_numbers(surname_only, same_daughter)
    unnamed = num("The bombing killed a 24-year-old woman near Moscow.")
    assert comparable_numbers(unnamed, daughter)  # who is unknown on one side: not known to differ


def test_an_age_told_by_a_noun_beside_another_named_person_is_not_that_persons():
    """"The 29-year-old journalist was the daughter of ... Dugin": had the journalist been Dugin,
    the name would follow the noun. Her age is not the age "Dugin, 60" gives him."""
    father = "He claimed that Dugin, 60, had a reputation for being unruly."
    daughter = "The 29-year-old journalist was the daughter of political commentator Aleksandr Dugin."
    assert not figures_comparable(father, "60", daughter, "29-year-old")
    assert not figures_comparable(daughter, "29-year-old", father, "60")
    # the sentence names no one the other age is about: still one quantity as far as is known
    assert figures_comparable(father, "60", "The 59-year-old philosopher was seen at the festival.", "59-year-old")
    # the noun's own name follows it: the age is that person's, and compared
    assert figures_comparable(father, "60", "The 59-year-old philosopher Alexander Dugin was seen.", "59-year-old")
    # qa211 c03: a bare "The 25-year-old" stands for someone named before, beside "her compatriot
    # Anton Reyes": not Reyes, whom "Anton Reyes, 31," is the age of
    reyes = "Anton Reyes, 31, was slapped with a four-year ban after testing positive for a steroid."
    solberg = ("The 25-year-old was banned for two years yesterday, while in a separate ruling her compatriot Anton Reyes "
               "was banned for four years.")
    assert not figures_comparable(reyes, "31", solberg, "25-year-old")
    assert figures_comparable(reyes, "31", "The 25-year-old was banned for four years yesterday.", "25-year-old")


def test_a_rate_is_compared_only_with_a_rate_of_the_same_period():
    total = num("The deal is worth $184 million.")
    per_season = num("The deal pays $23 million per season.")
    per_year = num("The deal pays $25 million a year.")
    assert not comparable_numbers(total, per_season)
    assert not comparable_numbers(per_season, per_year)
    assert comparable_numbers(per_year, num("The deal pays $30 million a year."))


def test_a_span_of_time_is_not_a_count_of_anything_else():
    """"44 seconds of the seventh round" and "46 KOs" are two measures, as metres and tons are; two
    spans compare, and a figure whose thing counted is not read stays comparable."""
    seconds = num("Klitschko stopped Rahman after 44 seconds of the seventh round.")
    assert not comparable_numbers(num("Klitschko has 46 KOs."), seconds)
    assert not comparable_numbers(seconds, num("Rahman landed 46 punches."))
    assert comparable_numbers(seconds, num("Klitschko stopped Rahman after 50 seconds of the round."))
    assert comparable_numbers(num("The siege lasted three days."), num("The siege lasted five days."))
    assert comparable_numbers(seconds, num("The referee stopped it at 46."))


def test_a_slice_of_people_sits_within_a_count_of_everyone():
    """qa281 c07: "More than one in six women" against "One in nine adults": a share of a slice of
    people says nothing of everyone's; a slice's count up to everyone's is part of it, and only a
    slice larger than everyone cannot be."""
    assert not comparable_numbers(num("More than one in six women in Britain may be allergic to nickel."),
                                  num("One in nine adults is now allergic to nickel."))
    assert not comparable_numbers(num("The strike killed five civilians."), num("The strike killed seven people."))
    assert comparable_numbers(num("The strike killed nine civilians."), num("The strike killed seven people."))
    assert comparable_numbers(num("The strike killed five civilians."), num("The strike killed seven civilians."))


def test_an_average_is_compared_only_with_an_average():
    season = num("Teixeira had 121 RBIs last season.")
    average = num("Teixeira has averaged 100 RBIs in his career.")
    assert not comparable_numbers(season, average)
    assert not comparable_numbers(average, num("Teixeira has driven in 110 RBIs a season."))  # a said period
    assert comparable_numbers(average, num("He averaged 90 RBIs over his career."))


def test_parts_of_a_total_are_not_the_total():
    """Two figures of one sentence that add up to the other side's figure are its parts."""
    parts = "Two missiles hit the port and air defenses brought down two others, the command said."
    total = "At least four cruise missiles were used to target the port, a spokesman said."
    assert not figures_comparable(parts, "Two", total, "At least four")
    assert not figures_comparable(total, "At least four", parts, "Two")
    assert figures_comparable(parts, "Two", "Five cruise missiles were used to target the port.", "Five")
    # a total of the part's own measure is that measure: three killed against 15 killed conflict,
    # though three killed and 12 wounded make 15
    assert figures_comparable("Three people were killed and 12 were wounded in the town.", "Three",
                              "Fifteen people were killed in the town.", "Fifteen")
    # a bound holds for any larger sum: "a dozen ships and nearly 300 crewmen" are not parts of "at least 14"
    assert figures_comparable("Pirates are holding about a dozen ships and nearly 300 crewmen.", "about a dozen",
                              "They still hold at least 14 foreign vessels and more than 300 crew members.", "at least 14")
    # two figures joined by "and" are parts of one whole, whatever each says it counts
    assert not figures_comparable("Commandos boarded the pirate boat to nab 12 Somali and 11 Yemeni pirates.", "11",
                                  "The navy said it captured 23 Somali and Yemeni pirates.", "23")
    # qa214 p04: one figure added to another ("adds 48 homes to the 120 Meridian already runs")
    # makes their total, the "168 homes" another outlet gives; the name after "the 120" is no thing counted
    added = "The deal adds 48 homes to the 120 Meridian already runs."
    assert not figures_comparable(added, "48", "The deal will take Meridian's estate to 168 homes.", "168")
    assert figures_comparable(added, "48", "The deal will take Meridian's estate to 178 homes.", "178")
    # qa59: "more than 250" is how a writer rounds the 252 that two parts make; no sum far above a
    # bound makes it a total
    both = "The fire has destroyed 212 structures, including 148 homes, and damaged 40 others."
    assert not figures_comparable(both, "212", "More than 250 structures have been destroyed or damaged.", "More than 250")
    assert figures_comparable(both, "212", "More than 200 structures have been destroyed or damaged.", "More than 200")
    # qa281 p04: a count joined to another thing's ("45 firefighters and 12 engines") adds up to no
    # total of the first thing: "Sixty firefighters" is 45's own measure
    crews = "At the height of the blaze, 45 firefighters and 12 engines were at the scene."
    assert figures_comparable(crews, "45", "Sixty firefighters fought the inferno for six hours.", "Sixty")
    assert not figures_comparable(crews, "45", "57 firefighters and engines were sent.", "57")
    # "another 45" counts others: 62 destroyed and another 45 damaged are the 107 destroyed or damaged
    another = "The landslide destroyed 62 homes and damaged another 45, the risk management office said."
    assert not figures_comparable(another, "62", "In total, 107 homes were destroyed or damaged.", "107")
    assert figures_comparable(another, "62", "In total, 120 homes were destroyed or damaged.", "120")
    # "those three minutes" are no other punches: 28 punches and three minutes make no 30 punches
    assert figures_comparable("Klitschko landed 28 of his 68 punches thrown during the round, while Rahman connected "
                              "on just 1-of-16 over those three minutes.", "28",
                              "Rahman connected on just 30 of 207 punches thrown.", "30")


def test_the_size_of_a_set_is_compared_with_a_count_only_where_it_restates_it():
    """A set's size ("of the 169 seats") is no count of what a part of it did ("52 seats"), and a
    capacity ("a 42-seater bus") none of whom it carried; "19 of the 27 deaths" restates "27 deaths"."""
    assert not figures_comparable("The three parties hold 87 of the 169 seats.", "169",
                                  "The Social Democrats bring 52 seats to the coalition.", "52")
    assert figures_comparable("The three parties hold 87 of the 169 seats.", "87",
                              "The three parties hold 91 seats.", "91")
    assert figures_comparable("Officials said 19 of the 27 deaths were in the district.", "27",
                              "The ministry had recorded 27 deaths.", "27")
    assert not figures_comparable("The 42-seater bus was carrying 52 people.", "42-seater",
                                  "The bus was carrying forty-two people.", "forty-two")


def test_the_level_a_change_starts_from_is_another_occasion_unless_it_restates_one():
    """qa60: "47 seats, down from 61 seats at the last election in 2021" against "Renewal holds
    68 seats" was reported (0.97); "up from 1,100 on Monday" restates Monday's "1,100 deployed"."""
    assert not figures_comparable("The Civic Front came second with 47 seats, down from 61 seats at the last election.", "61",
                                  "Renewal holds 68 seats in the 150-member National Assembly.", "68")
    assert figures_comparable("More than 1,300 firefighters were in the field, up from 1,100 on Monday.", "1,100",
                              "The commander said 1,100 firefighters were deployed.", "1,100")
    # qa143 p05: words may stand between the verb and "from"; the level reached is still this occasion's
    assert not figures_comparable("Organisers cut the course from 42 to 26 kilometres because of the heat.", "42",
                                  "The race was held on a 32 kilometres course.", "32 kilometres")
    assert figures_comparable("Organisers cut the course from 42 to 26 kilometres because of the heat.", "26 kilometres",
                              "The race was held on a 32 kilometres course.", "32 kilometres")


def apart_both_ways(text_a: str, value_a: str, text_b: str, value_b: str) -> bool:
    """Neither figure, read from either side, is compared with the other."""
    return not figures_comparable(text_a, value_a, text_b, value_b) and not figures_comparable(
        text_b, value_b, text_a, value_a)


def test_a_sentence_that_states_the_other_figure_agrees_there():
    """A sentence stating the other side's figure for the same thing counted agrees with it; its
    other figure of that thing is another fact (another player's points, a part of the whole)."""
    assert apart_both_ways("Miller is averaging 15.5 points, Andre Iguodala 14.9 points and Samuel Dalembert his 5.8 points.",
                           "5.8", "Iguodala is averaging just 14.9 points this season.", "14.9")


def test_a_count_over_two_places_is_not_one_places_count():
    """A toll given for two places together ("in Donbas and in Kharkiv") is not the toll of one
    place: a smaller figure in a sentence that names no two places may be one place's share."""
    assert apart_both_ways("The governor reported that one civilian was killed in the region in the latest shelling.", "one",
                           "Russian shelling killed at least two civilians in the Donbas region and in the city of Kharkiv, "
                           "officials said.", "at least two")


def test_two_days_gapped_counts_are_parts_of_the_total():
    """qa175 c01: the festival's two days against its total."""
    assert apart_both_ways("Around 15,000 people attended on the Saturday and 13,000 on the Sunday.", "13,000",
                           "Around 28,000 people flocked to the two-day festival.", "Around 28,000")


def test_counts_over_areas_of_two_levels_are_a_part_and_a_whole():
    """qa137 c05: "210 relief camps across the state" against "31 relief camps in the district"
    was reported (0.81): a district's count is part of the state's."""
    assert apart_both_ways("About 6,900 people have been moved to 210 relief camps across the state.", "210",
                           "About 1,100 people are in 31 relief camps in the district, officials said.", "31")
    assert not figures_comparable("Nationwide 40 schools closed on Monday.", "40", "In the city, 12 schools closed.", "12")
    # qa172 c07: the nation's rise against a quarter of the country's
    assert apart_both_ways("Nationally, the study found launches were about 40 per cent higher on days above 25C.",
                           "about 40 per cent", "In the south-west, the effect was even bigger, with launches more than "
                           "50 per cent higher on hot days.", "more than 50 per cent")
    assert figures_comparable("In the south-west, launches were 40 per cent higher on hot days.", "40 per cent",
                              "In the south-west, launches were more than 50 per cent higher on hot days.", "more than 50 per cent")
    # one level on both sides, or none named on one side, is still one count
    assert figures_comparable("About 6,900 people are in 210 relief camps across the state.", "210",
                              "There are 231 relief camps in the state, officials said.", "231")
    assert figures_comparable("About 6,900 people are in 210 relief camps across the state.", "210",
                              "There are 231 relief camps, officials said.", "231")


def test_running_totals_counted_up_to_two_days_both_hold_when_the_later_is_higher():
    """qa137 c07: "brings the total this year to 212 deaths" (16 August) against "The year's toll
    now stands at 218 deaths" (18 August) was reported (0.78); qa140 c03: "By 8 p.m. on Tuesday,
    148,900 people had voted" against "By 8pm on Wednesday, 183,400" (0.86)."""
    early, late = date(2026, 8, 16), date(2026, 8, 18)
    total = "That brings the total this year to 212 deaths, the health ministry said."
    toll = "The year's toll now stands at 218 deaths."
    assert not figures_comparable(total, "212", toll, "218", early, late)
    assert not figures_comparable(toll, "218", total, "212", late, early)
    # the earlier article's total higher cannot be a total that grew; nor is one day's two totals
    assert figures_comparable(toll.replace("218", "200"), "200", total, "212", late, early)
    assert figures_comparable(total, "212", toll, "218", early, early)
    # a running total on one side only is a count of something else, maybe: still compared
    assert figures_comparable("The storm killed 212 people.", "212", toll, "218", early, late)
    tuesday = "By 8 p.m. on Tuesday, 148,900 people had voted online since e-voting opened on Monday."
    wednesday = "By 8pm on Wednesday, 183,400 people had cast an online vote."
    assert apart_both_ways(tuesday, "148,900", wednesday, "183,400")
    assert figures_comparable(tuesday, "148,900", wednesday.replace("183,400", "140,000"), "140,000")


def test_a_part_whose_verb_is_left_out_adds_up_to_the_total():
    """qa145 c04: "Harborline brings 23 properties to the combination and Summit 18" against
    "puts 41 regional properties under one roof" was reported (0.71)."""
    assert apart_both_ways("Harborline brings 23 properties to the combination and Summit 18, mostly in the Midwest.", "23",
                           "The deal puts 41 regional properties under one roof.", "41")
    # parts that do not add up to it are still compared
    assert figures_comparable("Harborline brings 23 properties to the combination and Summit 16, mostly in the Midwest.", "23",
                              "The deal puts 41 regional properties under one roof.", "41")


def test_two_amounts_that_add_up_to_the_digit_are_parts_of_the_total():
    """qa188 p11: "Ardent will pay £11.5m as a penalty and a further £3.2m in redress" against "ordered
    the company to pay £14.7m" was reported (0.84): an amount that counts nothing was never a part."""
    assert apart_both_ways("Ardent will pay £11.5m as a penalty and a further £3.2m in redress.", "£11.5m",
                           "The regulator ordered the company to pay £14.7m.", "£14.7m")
    assert figures_comparable("Ardent will pay £11.5m as a penalty and a further £2.2m in redress.", "£11.5m",
                              "The regulator ordered the company to pay £14.7m.", "£14.7m")


def test_two_papers_sales_add_up_to_what_they_sell_between_them():
    """qa189 c08: "about 21,000 copies a day" between the two papers against the Post's 11,200. What
    they sell "between them" is their sum, whatever the parts written beside one paper's figure."""
    assert apart_both_ways("The Post sells an average of 11,200 copies a day and the Star 9,800, auditors said.", "11,200",
                           "Between them, the Post and the Star sell about 21,000 copies a day.", "about 21,000")
    assert apart_both_ways("The Post sells an average of 11,200 copies a day and the Star 6,800, auditors said.", "11,200",
                           "Between them, the Post and the Star sell about 21,000 copies a day.", "about 21,000")
    # two sums are compared: "between them" and "together" both say it (qa60 p06, a planted figure)
    assert figures_comparable("The three parties between them hold 91 of the 169 seats.", "91",
                              "The three parties together hold 87 of the 169 seats.", "87")


def test_two_peoples_tenures_are_two_facts():
    """qa189 c08: "Owen Fiske, the Star's editor since 2017" against "Rachel Imrie, editor of the
    Post since 2019" was reported (0.83)."""
    pub = date(2026, 2, 3)
    fiske = side("Rachel Imrie will edit the new paper; Owen Fiske, the Star's editor since 2017, is leaving.", pub)
    imrie = side("Rachel Imrie, editor of the Post since 2019, will edit the merged title.", pub)
    assert not comparable_dates_beside(fiske.claims.dates[0], imrie.claims.dates[0], fiske, imrie)
    # one person's tenure, started in two years, is compared
    again = side("Owen Fiske, who has edited the Star since 2019, is leaving.", pub)
    assert comparable_dates_beside(fiske.claims.dates[0], again.claims.dates[0], fiske, again)


def test_a_day_given_up_is_no_day_it_happened():
    """qa143 c08: "had at first hoped to reopen on Tuesday evening, but additional blasting on
    Tuesday delayed the work by a day" against "finally reopened on Wednesday evening"."""
    thu = date(2026, 3, 12)
    reopened = side("The route finally reopened on Wednesday evening.", thu)
    for plan in ("The railway had at first hoped to reopen on Tuesday evening, but blasting delayed the work.",
                 "The reopening was originally scheduled for Tuesday evening.",
                 "The line was supposed to reopen on Tuesday evening, but blasting delayed the work.",
                 "The railway had been meant to reopen on Tuesday evening."):
        hoped = side(plan, thu)
        assert not comparable_dates_beside(hoped.claims.dates[0], reopened.claims.dates[0], hoped, reopened), plan
        assert not comparable_dates_beside(reopened.claims.dates[0], hoped.claims.dates[0], reopened, hoped), plan
    # what happened on both sides is one fact, whoever is "originally from" somewhere (qa84 p02)
    happened = side("The road reopened on Tuesday evening.", thu)
    assert comparable_dates_beside(happened.claims.dates[0], reopened.claims.dates[0], happened, reopened)
    worker = side("Tomasz Wrona, a worker originally from Gdansk, died in the fire on 17 February 2024.", thu)
    fire = side("Tomasz Wrona died in the fire on 14 February 2024.", thu)
    assert comparable_dates_beside(worker.claims.dates[0], fire.claims.dates[0], worker, fire)


def test_a_figure_of_a_day_after_the_other_article_was_written_is_another_fact():
    """qa171 c01: "Yesterday, Laakso turned the tables, winning with 292.0 points" (12 January)
    against an undated "finished with 289.4 points" published on the 10th, the day of the first
    competition: that article could not tell the 11th's result."""
    assert not figures_comparable("Yesterday, Laakso turned the tables, winning with 292.0 points.", "292.0",
                                  "The Austrian won the competition with 289.4 points.", "289.4",
                                  date(2026, 1, 12), date(2026, 1, 10))
    assert not figures_comparable("The Austrian won the competition with 289.4 points.", "289.4",
                                  "Yesterday, Laakso turned the tables, winning with 292.0 points.", "292.0",
                                  date(2026, 1, 10), date(2026, 1, 12))
    # a day the other article had seen, or the other sentence dated, is compared
    assert figures_comparable("Yesterday, Laakso won with 292.0 points.", "292.0",
                              "Laakso won the competition with 289.4 points.", "289.4", date(2026, 1, 12), date(2026, 1, 11))
    assert figures_comparable("Yesterday, Laakso won with 292.0 points.", "292.0",
                              "On Sunday Laakso won with 289.4 points.", "289.4", date(2026, 1, 12), date(2026, 1, 10))


@pytest.mark.parametrize("text_a, value_a, text_b, value_b", [
    # a twin must count the same thing: 25 wounded states no "25 killed"
    ("The strike killed 22 people and wounded 25 others.", "22", "The strike killed 25 people, officials said.", "25"),
    # ... and be the same figure: "320" is no twin of "300"
    ("Troops seized 320 rounds and 12 rifles.", "320", "Troops seized 300 rounds, the navy said.", "300"),
    # one place's count larger than two places' total cannot be its share: a contradiction
    ("Russian shelling killed five civilians in Kharkiv and Donetsk.", "five", "Shelling killed seven civilians in Kharkiv.",
     "seven"),
    # the same place on both sides is one count
    ("Russian shelling killed five civilians in Kharkiv.", "five", "Russian shelling killed three civilians in Kharkiv.",
     "three"),
    # two months, two nationalities and a name after another verb are no two places
    ("Shelling killed 22 people in Chaplyne and Zelensky vowed revenge.", "22", "Shelling killed 20 people in Chaplyne.",
     "20"),
    ("The drones hit 12 depots in February and March.", "12", "The drones hit 9 depots, officials said.", "9"),
    ("The strikes killed 14 soldiers in both Ukrainian and Russian units.", "14", "The strikes killed 9 soldiers.", "9"),
])
def test_figures_beside_other_figures_still_compared(text_a: str, value_a: str, text_b: str, value_b: str):
    """What the rules about a sentence's other figures must leave compared."""
    assert figures_comparable(text_a, value_a, text_b, value_b)


def test_amounts_that_add_up_to_the_digit_are_parts_of_the_total():
    """"$10.6 billion" sent and "a new package of about $3 billion" are the parts of "about $13.6
    billion, including this latest package", whatever each says it is of; counts that merely add
    up ("three killed and 12 wounded" against 15 killed) still conflict (above)."""
    parts = ("The United States, which has sent $10.6 billion in security assistance to Ukraine, will announce "
             "a new package of about $3 billion as early as Wednesday, a U.S. official said.")
    total = "Including this latest package, the U.S. has provided about $13.6 billion in military aid to Ukraine."
    assert not figures_comparable(parts, "$10.6 billion", total, "about $13.6 billion")
    assert figures_comparable("The United States has sent $10.6 billion in security assistance to Ukraine.",
                              "$10.6 billion", total, "about $13.6 billion")


def test_a_decimal_after_a_name_is_a_figure():
    """"Air Force One" and "Nord Stream 2" end names in a figure; "Andre Iguodala 14.9 points" does not."""
    texts = [c.text for c in extract_numbers("Andre Miller scored 15.5 points, Andre Iguodala 14.9 points.")]
    assert texts == ["15.5", "14.9"]
    assert [c.text for c in extract_numbers("The Nord Stream 2 pipeline was shut.")] == []


def test_an_age_is_the_year_written():
    """An age is never rounded: "Dugin, 60" is 60, not 54 to 66 as a round count would be."""
    assert (num("Dugin, 60, spoke.").low, num("Dugin, 60, spoke.").high) == (60, 60)
    about = num("The roughly 60-year-old philosopher spoke.")
    assert about.counted[0] == "age" and about.low < 60 < about.high  # a qualifier still widens it


def test_two_ends_of_a_period_compare_as_dates():
    """"has until Feb. 15" and "has through Feb. 28" are two deadlines for one thing; "since" and
    "by" bound a period from two sides and still agree with any day inside it."""
    pub = date(2013, 1, 10)
    until = day("The agency has until Feb. 15 to respond to the request.")
    through = day("The agency has through Feb. 28 to respond to the request.")
    ra, rb = cmp_dates.resolved(until, pub), cmp_dates.resolved(through, pub)
    assert cmp_dates.conflicts(until, ra, through, rb, 0, "until", "through")
    since = day("Talks have continued since Feb. 2 in Geneva.")
    assert not cmp_dates.conflicts(since, cmp_dates.resolved(since, pub), until, ra, 0, "since", "until")


def test_a_large_figure_is_described_in_digits_not_exponents():
    """A finding's message says what each figure was read as: "13,550,000,000", never "1.355e+10"."""
    assert cmp_numbers.describe(num("It cost $13.6 billion.")) == "13,550,000,000\u201313,650,000,000 USD"


def test_an_age_counts_no_outcome():
    """"Dugina, 35, was ... taken to hospital" against "killed 29-year-old Dugina": an age says how
    old someone is, whatever happened to them, so no "different outcomes" reaches the why."""
    a = side("His daughter Darya Dugina, 35, was taken to hospital after the blast.")
    b = side("The bombing killed 29-year-old TV commentator Darya Dugina.")
    (x,) = [c for c in a.claims.numbers if c.text == "35"]
    (y,) = [c for c in b.claims.numbers if c.text.startswith("29")]
    assert "age" in x.counted and "age" in y.counted
    assert cmp_numbers.outcomes(x) == set() and cmp_numbers.outcomes(y) == set()
    assert cmp_numbers.outcomes(num("Officials said 22 people were killed.")) != set()


@pytest.mark.parametrize(("text", "infected"), [
    ("Prosecutors have opened 651 criminal cases of treason.", False),
    ("The court heard 40 cases last week.", False),
    ("Officials reported 5,000 new cases on Monday.", True),
    ("Officials reported 5,000 new cases of the virus in criminal gangs' prisons.", True),
])
def test_a_case_of_a_court_is_not_an_infection(text, infected):
    assert (cmp_numbers.measure([num(text)]) == "infected") is infected


def test_words_of_an_outcome_written_another_way():
    """Blind sets qa202 to qa204: "claiming the lives of four workers" against "Three workers were
    killed" read as different outcomes (0.66 under the cut), as did "Seven fishermen were plucked
    from a life raft" against "rescued", and "locked up for two years and four months" against
    "jailed for 26 months"."""
    killed = cmp_numbers.outcomes(num("Three workers were killed in the blast."))
    assert cmp_numbers.outcomes(num("A fireball ripped through the mill, claiming the lives of four workers.")) == killed
    assert cmp_numbers.outcomes(num("Seven fishermen were plucked from a life raft.")) == cmp_numbers.outcomes(
        num("All six crew were rescued from a life raft."))
    assert cmp_numbers.outcomes(num("The driver has been locked up for two years and four months.")) == (
        cmp_numbers.outcomes(num("The driver was jailed for 26 months.")))
    # the verb "live" is no death: "families who live with four children"
    assert cmp_numbers.outcomes(num("Families who live with four children will get more.")) != killed
    # qa266 p01: "Fourteen homes ... were emptied" against "Seventeen homes were evacuated" (0.50)
    assert cmp_numbers.outcomes(num("Fourteen homes on Marram Road were emptied in the dead of night.")) == (
        cmp_numbers.outcomes(num("Seventeen homes were evacuated early on Sunday."))) != set()


def test_two_prison_terms_are_the_sentence_passed_not_a_stretch_of_time():
    """A blind QA pass on full-length articles (qa47): "caged for twelve years" against "jailed for 14
    years" scored 0.02, as a span of time (which mostly dates two different things) read as a
    different outcome ("caged" was no word of jailing)."""
    caged, jailed = num("A drugs kingpin was caged for twelve years yesterday."), num("The gang leader was jailed for 14 years.")
    assert cmp_numbers.penalty_term(caged) and cmp_numbers.penalty_term(jailed)
    assert cmp_numbers.outcomes(caged) == cmp_numbers.outcomes(jailed) != set()
    assert cmp_numbers.penalty_term(num("He was handed a five-year prison term."))
    assert not cmp_numbers.penalty_term(num("The talks lasted three days."))
    # a ban is a penalty passed too (qa48: "a two-year driving ban" against "banned from driving for 18 months")
    assert cmp_numbers.penalty_term(num("She was handed a two-year driving ban."))
    assert cmp_numbers.penalty_term(num("He was banned from driving for 18 months."))
    # qa49: "will spend seven years in federal prison" against "sentenced to six years"
    assert cmp_numbers.penalty_term(num("Wallace will spend seven years in federal prison."))
    assert cmp_numbers.penalty_term(num("He faces 72 months in jail."))
    assert not cmp_numbers.penalty_term(num("The prison has stood for 72 years."))
    assert not cmp_numbers.penalty_term(num("The charge carries a maximum of three years in prison."))
    assert cmp_numbers.measure([caged, jailed]) == "arrested, detained or jailed"


def test_figures_after_two_different_ordinals_are_two_occasions():
    """A blind set: "The first 24-hour walkout" against "A second, 48-hour walkout" was reported
    as one walkout's length; the ordinals say which of two walkouts each figure belongs to."""
    assert not figures_comparable("The first 24-hour walkout will begin on 1 June.", "24-hour",
                                  "A second, 48-hour walkout will begin on 15 June.", "48-hour")
    assert figures_comparable("The first 24-hour walkout will begin on 1 June.", "24-hour",
                              "The first 48-hour walkout will begin on 1 June.", "48-hour")
    assert figures_comparable("A 24-hour walkout will begin on 1 June.", "24-hour",
                              "A second, 48-hour walkout will begin on 15 June.", "48-hour")


def test_a_count_said_of_no_place_is_no_share_of_two_places():
    """A blind set: "axes 64 full-time firefighter posts across Ebbsford, Lower Tarrant and Cowley
    Bridge" against "will remove 48 full-time firefighter posts" was kept apart as if 48 were one
    place's share; said of no place, it is the plan's whole."""
    assert figures_comparable("The plan axes 64 full-time firefighter posts across Ebbsford, Lower Tarrant and Cowley Bridge.",
                              "64", "The changes will remove 48 full-time firefighter posts, although 20 on-call posts "
                              "will be created at neighbouring stations.", "48")


def test_counts_owned_by_two_days_are_two_days_counts():
    """A blind set: "Saturday's eight stages" against "today's final six stages", written on the
    Sunday, were reported as one count of stages; each is its own day's."""
    from discrepancy.compare.aligned import _dated_apart
    sunday, monday = date(2026, 3, 8), date(2026, 3, 9)
    saturday = side("Laitinen leads after Saturday's eight stages, by 12.4 seconds.", sunday)
    today = side("The crews tackle today's final six stages in the forest.", sunday)
    same_day = side("The crews tackled Sunday's final six stages in the forest.", monday)
    assert _dated_apart(saturday, saturday.claims.numbers[0], today, today.claims.numbers[0])
    assert not _dated_apart(today, today.claims.numbers[0], same_day, same_day.claims.numbers[0])
    # a day that says when it was said owns nothing: compared as before
    said = side("Officials said on Saturday that eight stages were run.", sunday)
    assert not _dated_apart(said, said.claims.numbers[0], today, today.claims.numbers[0])

"""The number detector: figures as intervals of one unit, with the thing counted."""
import math

import pytest

from discrepancy.compare import numbers as cmp_numbers
from discrepancy.detectors.numbers import CURRENCY_UNITS, extract_numbers


def one(text: str):
    claims = extract_numbers(text)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize("text,value,unit", [
    ("They exchanged 1,000 prisoners of war.", 1000, ""),
    ("The package is worth $3.2 billion.", 3.2e9, "USD"),
    ("It costs $3.2bn in total.", 3.2e9, "USD"),
    ("About 1.2 million barrels were shipped.", 1.2e6, "bbl"),
    ("His district is 35 percent Latino.", 35, "%"),
    ("Turnout fell 2 percentage points.", 2, "pp"),
    ("Twenty-five people were hurt.", 25, ""),
    ("Two dozen people were hurt.", 24, ""),
    ("A thousand people marched.", 1000, ""),
    ("Some 200 soldiers died.", 200, ""),
    ("The city lies about 40km from the plant.", 40, "km"),  # a unit glued to the figure
    ("Winds of 25mph hit the coast.", 25, "mph"),
    ("The package is worth £200m.", 200e6, "GBP"),  # a glued "m" stays a million
    ("The 1,000-meter-long Antonivsky bridge was hit.", 1000, "m"),  # a measure joined by a hyphen
    ("Officials said 2 000 homes were destroyed.", 2000, ""),  # groups of three digits split by a space
    ("Some 1 500 000 people fled.", 1_500_000, ""),
    ("Half a million people are without water.", 500_000, ""),
    ("Half a dozen boats sank.", 6, ""),
    ("Winds of 120 km/h were recorded.", 120, "km/h"),  # a speed, not a distance
    ("Winds reached 120 miles per hour.", 120, "mph"),
    ("Winds of 35 knots were recorded.", 35, "kn"),
    ("The slick covers 500 square miles of sea.", 500, "mi2"),  # an area, not a length
    ("The slick covers 1,300 sq km of sea.", 1300, "km2"),
    ("Temperatures hit 104F in the city.", 104, "degF"),
    ("It was 40 degrees Celsius in the shade.", 40, "degC"),
    ("The 0.9-mile span was hit.", 0.9, "mi"),
])
def test_values_and_units(text, value, unit):
    c = one(text)
    assert c.value == pytest.approx(value)
    assert c.unit == unit
    assert text[c.start:c.end] == c.text


def test_thing_counted_is_part_of_the_claim():
    c = one("They agreed to exchange 1,000 prisoners of war from each side.")
    assert c.counted == ("prisoner", "war")
    c = one("The strike damaged 40 strategic bombers, officials said.")
    assert c.counted == ("strategic", "bomber")


def test_the_thing_counted_as_written_ends_with_its_last_word():
    """It names the finding ("figures for people"): an "and" skipped before a verb is not part of it."""
    assert one("The drone attack injured five people and forced the cancellation.").counted_text == "people"
    assert one("Some 19 prisoners of war and civilians were freed.").counted_text == "prisoners of war and civilians"
    assert one("The 1,366-meter-long Antonivsky bridge was hit.").counted_text == "Antonivsky bridge"  # a length of it
    assert one("The 29-year-old journalist was the daughter of Dugin.").counted_text == "age of journalist"


def test_another_figure_ends_the_thing_counted():
    seven, four = extract_numbers("He was sentenced to seven life sentences and four sentences of life without parole.")
    assert seven.counted_text == "life sentences" and four.counted_text == "sentences of life"
    ships, crew = extract_numbers("Pirates seized about a dozen ships and nearly 300 crew.")
    assert ships.counted_text == "ships" and crew.counted_text == "crew"  # "nearly" opens the next figure


def test_a_day_or_month_after_a_figure_is_not_what_it_counts():
    """"$750,000 in campaign money" counts money, but "rose to 31 on Friday" counts no Fridays."""
    c = one("The death toll rose to 31 on Friday.")
    assert c.counted == () and c.counted_text == ""
    assert one("The toll reached 12 in March.").counted == ()
    c = one("He paid $750,000 in campaign money.")
    assert c.counted == ("campaign", "money") and c.counted_text == "campaign money"  # names a finding


def test_money_for_a_thing_counts_that_thing():
    """qa229 p01, qa218 p02: "paying an initial £34.5m for the striker Dele Okonjo" and "set aside
    £140m for a hardship fund" said nothing of what the money was, against "£31.5m for Dele Okonjo"
    and "a £104 million hardship fund"."""
    c = one("Ministers will set aside £140m for a hardship fund aimed at students.")
    assert c.counted == ("hardship", "fund", "+for") and c.counted_text == "hardship fund"
    assert one("Verdant Parks Group agreed to pay €15.8 million for the park.").counted == ("park", "+for")
    assert one("He paid $5.1 million for ranger jobs.").counted == ("ranger", "job", "+for")
    # a count is not bought: "12 for the first time" counts no time
    assert one("The club won 12 for the first time.").counted == ()
    # qa238 p04: money "for the year to March" is counted over a period, nothing paid for (the
    # profit before it is what it counts)
    [profit, _earlier] = extract_numbers("It posted pre-tax profits of £6.4m for the year to the end of March, up from £5.2m.")
    assert profit.counted == ("profit",)


def test_a_plus_glued_to_a_figure_is_a_lower_bound():
    c = one("He played 11-plus seasons and retired.")
    assert (c.low, c.high, c.counted, c.counted_text) == (11, math.inf, ("season",), "seasons")


@pytest.mark.parametrize("text,counted", [
    ("Ukraine received 12 T-72 tanks.", ("t-72", "tank")),
    ("They seized 14 AK-47 rifles.", ("ak-47", "rifle")),
    ("Two Su-25 jets were downed.", ("su-25", "jet")),
    # tokenised text (ECB+) spaces the hyphen out; the name, and the thing counted, are the same
    ("They seized 14 AK - 47 rifles .", ("ak-47", "rifle")),
    ("Seven AK - 47s were seized .", ("ak-47",)),
])
def test_a_models_name_is_one_word_of_the_thing_counted(text, counted):
    """"12 T-72 tanks" counted nothing, "14 AK-47 rifles" counted "AK"."""
    assert one(text).counted == counted


def test_a_measure_joined_by_a_hyphen_measures_the_thing_after_it():
    c = one("The 1,000-meter-long Antonivsky bridge was hit.")
    assert c.counted == ("antonivsky", "bridge") and c.counted_text == "Antonivsky bridge"
    assert cmp_numbers.conflicts(c, one("The 0.9-mile Antonivsky bridge was hit."))  # 1,448 metres


def test_one_joined_to_a_unit_of_time_is_a_span():
    """A bare "one" is a pronoun, but "a one-year ban" is a year, which "18 months" contradicts."""
    ban = one("The tribunal handed the champion a one-year suspension.")
    assert (ban.value, ban.counted) == (1.0, ("year", "suspension"))
    assert cmp_numbers.conflicts(ban, one("The champion was banned for 18 months."))
    assert one("The one-year-old boy was found.").value == 1.0
    assert extract_numbers("It was a one-off payment to one-of-a-kind people.") == []


def test_the_before_a_measure_names_no_set_already_counted():
    """"the two countries" is a set named before (an increment-like part of a story's count), but
    "the 10-kilometre tunnel" measures one thing, which "10 miles" contradicts."""
    tunnel = one("The 10-kilometre tunnel beneath the harbour will open next spring.")
    assert "+part" not in tunnel.counted
    assert "+part" in one("The two countries agreed a truce.").counted
    assert "+part" not in one("The two-day strike ended.").counted


def test_a_fortnight_is_fourteen_days():
    adrift = one("The sailor spent a fortnight adrift before being rescued.")
    assert (adrift.value, adrift.counted) == (14.0, ("day", "adrift"))
    assert cmp_numbers.conflicts(adrift, one("He was picked up after 10 days adrift."))
    assert not cmp_numbers.conflicts(adrift, one("He was picked up after two weeks adrift."))
    assert extract_numbers("It happened a fortnight ago.") == []  # a date


def test_a_thing_counted_after_a_hyphenated_unit_ends_where_it_ends():
    assert one("They sent a 140-page report and detailed annexes.").counted_text \
        == "page report"  # ends with what is counted, not on a skipped "and"


def test_a_time_named_after_a_figure_is_not_what_it_counts():
    """"$101 million last month" counted months, so it could never meet "$111 million in August"."""
    assert one("Romney's campaign took in $101 million last month.").counted == ()
    assert one("Russian shelling killed 12 yesterday.").counted == ()
    assert one("It fired 20 missiles last night.").counted == ("missile",)
    assert one("They won the last 5 games.").counted == ("game",)


def test_a_clock_time_in_words_is_no_count():
    """A blind set: "started just after nine o'clock" was read as nine fire engines against
    another outlet's "eight engines"."""
    assert [c.text for c in extract_numbers("The blaze started just after nine o'clock, with eight engines in all.")] \
        == ["eight"]
    assert extract_numbers("The bells rang at twelve o\u2019clock.") == []
    assert extract_numbers("It began at 9 o\u2019clock.") == []


def test_a_figure_with_nothing_counted_is_named_by_the_words_before_it():
    """Such a finding is named in the article's words ('Russian military personnel'), not by stems."""
    assert one("The decree will boost the overall number of Russian military personnel to 2,039,758.").phrase \
        == "Russian military personnel"  # at most three words
    wounded = extract_numbers("The explosions, which killed one person and wounded 14, sent tourists fleeing.")[1]
    assert wounded.phrase == "wounded"  # not back past "one person and"
    assert extract_numbers("At least 21 people were killed and 650 injured.")[1].phrase == "injured"
    assert one("Turnout was 64 percent.").phrase == "Turnout"
    assert one("The drone attack injured five people.").phrase == ""  # the people counted name it


def test_qualifiers_are_intervals():
    assert one("more than 10,000 soldiers were captured").low == 10000
    assert math.isinf(one("more than 10,000 soldiers were captured").high)
    c = one("nearly 50 professors signed")
    assert c.high == 50 and c.low < 50
    c = one("about 100 people came")
    assert c.low < 97 < c.high
    c = one("up to 20 years in prison")
    assert c.low == 0 and c.high == 20


def test_rounding_never_widens_a_figure_past_its_written_decimals():
    """A round or scaled figure may be rounded by a tenth either way, but '2.39 million' says 2.39."""
    c = one("The decree boosts the armed forces to 2.39 million.")
    assert (c.low, c.high) == pytest.approx((2_385_000, 2_395_000))
    assert cmp_numbers.conflicts(c, one("The decree boosts the armed forces to 2,039,758."))
    c = one("Inflation hit 10.1% in July.")  # 10.1 rounds to 10: it was once read as 9.09 to 11.11
    assert (c.low, c.high) == pytest.approx((10.05, 10.15))
    c = one("The US sent $3.2bn in aid.")
    assert (c.low, c.high) == pytest.approx((3.15e9, 3.25e9))
    c = one("The US sent $1 billion in aid.")  # one digit: a tenth either way, as before
    assert (c.low, c.high) == pytest.approx((0.9e9, 1.1e9))
    assert one("It will cost $50 billion.").low == pytest.approx(45e9)  # to ten billion: a tenth at most
    c = one("Romney raised $111 million in August.")  # to the million it writes
    assert (c.low, c.high) == pytest.approx((110.5e6, 111.5e6))
    assert cmp_numbers.conflicts(c, one("Romney's campaign took in $101 million last month."))
    # a bare round figure: a tenth at most, and never past its last nonzero digit ("270,000": to ten thousand)
    assert (one("A city of 270,000 people.").low, one("A city of 300,000 people.").low) == pytest.approx((265_000, 270_000))


def test_a_figure_converted_between_metric_and_imperial_may_have_been_rounded_twice():
    """RT's "1366-meter" bridge is NBC's "0.9-mile" one: 0.849 mi, rounded to 0.85 and then to 0.9,
    outside 0.85-0.95 by 4 metres. A figure rounded to its last digit reaches a twentieth of that
    digit further against another system's; a round figure's tenth and a qualifier's range are not
    widened again, so real differences stay ("10 miles" against "20 km" was lost to a 2% slack on top
    of both tenths), and a metric figure and its metric multiple are compared as written."""
    metres, miles = one("The 1366-meter bridge was hit."), one("The 0.9-mile bridge was hit.")
    assert not cmp_numbers.conflicts(metres, miles) and not cmp_numbers.conflicts(miles, metres)
    assert cmp_numbers.conflicts(one("The 1,000-meter-long bridge was hit."), miles)
    assert cmp_numbers.conflicts(one("The bridge spans 1,330 metres."), miles)  # 0.826 mi
    assert cmp_numbers.conflicts(one("The road is 1,366 metres long."), one("The road is 1.4 km long.")) is False
    assert cmp_numbers.conflicts(one("The road is 1,346 metres long."), one("The road is 1.36 km long."))
    for a, b in [("The convoy stretched for 10 miles.", "The convoy stretched for 20 km."),
                 ("The train was travelling at 50 mph.", "The train was travelling at 100 km/h."),
                 ("The march covered 5 miles.", "The march covered 10 km."),
                 ("The fire burned 5 square miles.", "The fire burned 15 square kilometres."),
                 ("The column was about 50 kilometres long.", "The column was 40 miles long."),
                 ("It was 40C in the shade.", "It was 102F in the shade."),
                 ("Water boils at 100C there.", "Water boils at 208F there."),
                 # a range is widened by its last figure's digit, not by a share of its width
                 ("The range is between 100 and 300 km.", "The range is 195 to 250 miles.")]:
        assert cmp_numbers.conflicts(one(a), one(b)), (a, b)
    # a figure whose half-width is a tenth by chance ("0.5", "5") is rounded to its last digit too
    for a, b in [("The path is 722 metres long.", "The path is 0.5 miles long."),
                 ("The march covered 5 miles.", "The march covered 7,240 metres.")]:
        assert not cmp_numbers.conflicts(one(a), one(b)), (a, b)


def test_a_round_temperature_in_the_thousands_is_rounded_as_a_count_is():
    """"2,000F (1,100C)" for lava was reported at 0.999: a temperature in the thousands is rounded to
    its last nonzero digit (a tenth at most); under a thousand it keeps its last digit ("100C")."""
    for a, b in [("The lava reached 2,000 degrees Fahrenheit.", "The lava reached 1,100 degrees Celsius."),
                 ("The fire reached 1,000F.", "The fire reached 540C."),
                 ("The fire reached 1,800F.", "The fire reached 1,000C.")]:
        assert not cmp_numbers.conflicts(one(a), one(b)), (a, b)
    assert cmp_numbers.conflicts(one("The fire reached 1,000C inside."), one("The fire reached 1,500F inside."))
    assert (one("Water boils at 100C there.").low, one("Water boils at 100C there.").high) == (99.5, 100.5)



def test_a_temperature_of_four_digits_or_with_a_comma_is_a_temperature():
    """"1,000C" was read as a count of 900 to 1,100 (the tokens split the comma figure from its
    "C") and set against "1,832F", the same heat. A spaced capital is no degree ("Section 1,000 C")."""
    hot = one("The fire reached 1,000C inside the warehouse.")
    assert (hot.unit, hot.low, hot.high) == ("degC", 900.0, 1100.0)  # round, in the thousands
    assert one("The kiln reached 1200C.").unit == "degC"
    assert not cmp_numbers.conflicts(hot, one("The fire reached 1,832F inside the warehouse."))
    assert cmp_numbers.conflicts(hot, one("The fire reached 1,500F inside the warehouse."))
    assert one("He scored 1,000 C grades.").unit == ""
    # basis points, written out or as "bps" (not BP, the oil company's stations)
    assert (one("Policymakers lowered borrowing costs by 25 basis points.").unit, one("It rose 50 bps.").value) == ("pp", 0.5)
    assert one("The firm sold 50 BP stations.").unit == ""
    # a letter before a hyphen or a figure names an aircraft, not a degree
    for text in ("Poland will send 48 F-16 jets in the heat.", "It sent 12 C-17 transport planes.",
                 "There were 1,000 C-130 flights."):
        assert one(text).unit == "", text
    # spaced, as some agencies write it: a degree where the sentence speaks of heat or the letter ends a clause
    assert one("Temperatures reached 40 C on Sunday.").unit == "degC" and one("It reached 104 F, they said.").unit == "degF"
    assert not cmp_numbers.conflicts(one("Temperatures reached 40 C on Sunday."), one("Temperatures reached 104 F on Sunday."))
    assert extract_numbers("Section 1,000 C of the code applies.") == [] or one("Section 1,000 C of the code applies.").unit == ""


def test_a_measure_is_rounded_to_the_last_digit_it_writes():
    """'0.85 miles' is 0.845 to 0.855 miles and '1,366 metres' 1,365.5 to 1,366.5: one length."""
    metres, miles = one("The bridge spans 1,366 metres."), one("The bridge, 0.85 miles long, was hit.")
    assert (miles.low, miles.high) == pytest.approx((0.845, 0.855))
    assert (metres.low, metres.high) == (1365.5, 1366.5)
    assert not cmp_numbers.conflicts(metres, miles)
    assert not cmp_numbers.conflicts(one("The tower stands 828 metres tall."), one("At 2,717 feet it is the tallest."))
    assert cmp_numbers.conflicts(metres, one("The bridge, 1.36 miles long, was hit."))
    # a count stays what it says, and a temperature is rounded by its digits, not by a share of it
    assert (one("He got 38 votes.").low, one("He got 38 votes.").high) == (38, 38)
    assert not cmp_numbers.conflicts(one("It was 40C on Sunday."), one("It was 104F on Sunday."))
    assert cmp_numbers.conflicts(one("It was 45C on Sunday."), one("It was 104F on Sunday."))
    assert cmp_numbers.conflicts(one("Winds reached 120 mph."), one("Winds reached 120 km/h."))


@pytest.mark.parametrize("text,low,high", [
    ("Two-thirds of members backed strike action.", 64.1, 69.2),  # a fraction of something: a share
    ("Half of the union's members voted.", 47.5, 52.5),
    ("More than half of respondents said no.", 50, math.inf),
    ("Almost half of all new cars were electric.", 42.5, 50),
    ("Less than a fifth of the aid has arrived.", 0, 20),
    ("Nine in 10 voters agreed.", 87.5, 92.5),  # a ratio
    ("Four out of ten adults are overweight.", 37.5, 42.5),
    ("There is a 1 in 3 chance of rain.", 30.8, 35.8),  # odds: a share too, never two counts
])
def test_a_fraction_or_ratio_of_something_is_a_share(text, low, high):
    c = one(text)
    assert c.unit == "%" and c.low == pytest.approx(low, abs=0.1) and c.high == pytest.approx(high, abs=0.1)


def test_a_fraction_of_a_scale_is_a_count():
    assert one("A quarter of a million people signed.").value == 250_000
    assert one("Three-quarters of a million people fled.").value == 750_000
    assert not cmp_numbers.conflicts(one("Two-thirds of members backed it."), one("67 per cent of members backed it."))
    assert cmp_numbers.conflicts(one("Two-thirds of members backed it."), one("46 per cent of members backed it."))


def test_topping_a_figure_is_a_lower_bound():
    c = one("Its market value topped $3 trillion on Wednesday.")
    assert c.low == pytest.approx(3e12) and math.isinf(c.high)
    assert cmp_numbers.conflicts(c, one("It ended the day worth $2.8 trillion."))


def test_ranges_and_tallies():
    c = one("between 60 and 90 soldiers surrender each week")
    assert (c.low, c.high) == (60, 90)
    assert c.text == "between 60 and 90"
    c = one("The House voted 221-207 to pass it.")
    assert c.unit == "tally" and (c.low, c.high) == (221, 207)
    # tokenised text spaces the hyphen out; a record or a score is still a tally
    c = one("His 2002 - 03 squad finished with a 50 - 32 record .")
    assert c.unit == "tally" and (c.low, c.high) == (50, 32)


@pytest.mark.parametrize("text", [
    "The House passed the bill by a vote of 219 to 202.",
    "The House voted 219 to 202 to pass the bill.",
    "The measure passed by a 219 to 202 vote.",
])
def test_a_vote_written_with_to_is_a_tally(text):
    c = one(text)
    assert c.unit == "tally" and (c.low, c.high) == (219, 202) and c.text.endswith("219 to 202")


def test_a_range_near_a_vote_word_stays_a_range():
    c = one("He voted to cut 20 to 30 jobs.")
    assert c.unit == "" and (c.low, c.high) == (20, 30)
    assert all(c.unit != "tally" for c in extract_numbers("The vote cut spending 30 to 20 percent."))


@pytest.mark.parametrize("text", [
    "The meeting is planned for 1:00 pm local time.",
    "It happened on May 16, 2025 in Istanbul.",
    "The second round began in 2022.",
    "He flew an F-16 and the M270 system.",
    "Under Article 5 the allies must respond.",
    "He came 1st in the race.",
    "One of the delegates left.",
    "It was their first playoff run since the 2004-05 season.",
    "He was fired early in the 2003 - 04 season.",
    "The budget for the 2021\u201322 fiscal year was cut.",
])
def test_things_that_are_not_counts(text):
    assert extract_numbers(text) == []


@pytest.mark.parametrize("text", [
    "A phase 3 trial of the vaccine began in March.",
    "The phase three study was halted.",
    "She was diagnosed with stage 4 cancer.",
    "Officials raised the alert to level 3 on Monday.",
    "It was a category 5 storm when it made landfall.",
])
def test_a_lowercase_phase_stage_or_level_names_no_count(text):
    assert extract_numbers(text) == []


def test_a_plural_after_a_designator_word_is_counted():
    assert one("At this stage 40 people remain missing.").counted == ("people",)
    assert one("In the first phase 200 homes will be connected.").counted == ("home",)
    assert one("A phase 3 trial enrolled 4,200 patients.").counted == ("patient",)


def test_an_age_bracket_that_names_a_group_is_no_figure():
    """qa140 c07: "Voters aged 16 and 17" against "Voters aged 18 to 24" was reported (0.68): a
    range or a bound after "aged" says which people, not how old one of them is."""
    assert [c.text for c in extract_numbers("Voters aged 18 to 24 turned out at a lower rate, 37.2 percent.")] == ["37.2 percent"]
    assert [c.text for c in extract_numbers("Children aged under five were most at risk, with 12 deaths.")] == ["12"]
    assert [c.text for c in extract_numbers("Two men aged between 19 and 22 were arrested.")] == ["Two"]
    assert one("The suspect, aged 45, was arrested.").counted == ("age",)


def test_an_age_after_aged_or_after_a_noun_with_its_article():
    assert one("The suspect, aged 45, was arrested.").counted == ("age",)
    assert one("The shooter, 17, was detained at the scene.").counted == ("age",)
    assert extract_numbers("He began playing at age 13.") == []  # an age at some past moment
    assert cmp_numbers.conflicts(one("The suspect, aged 45, was held."), one("A 54-year-old man was held."))


def test_age_after_a_name():
    c = one("Paul Urey, 45, was captured in April.")
    assert c.counted == ("age",)


def test_partial_sets_are_marked():
    c = one("There are two more presidential debates.")
    assert "+part" in c.counted


@pytest.mark.parametrize("text", ["Obama ordered an additional 40,000 soldiers to Afghanistan.",
                                  "He sent another 5,000 troops.", "A further 200 people were evacuated."])
def test_an_increment_named_before_the_figure_is_marked(text):
    assert "+part" in one(text).counted


@pytest.mark.parametrize("text,difference", [
    ("Klitschko finished the fight five rounds sooner than in 2008.", True),
    ("Prices were 10 points higher than a year ago.", True),
    ("The army left two days later.", True),
    ("The 12 soldiers later returned home.", False),  # when they returned, not by how much
    ("Two ships more than doubled their speed.", False),
])
def test_a_comparative_after_the_thing_counted_makes_a_difference(text, difference):
    """"Five rounds sooner" says by how much, not how many rounds: no total to compare with "six rounds"."""
    assert ("+diff" in one(text).counted) == difference


@pytest.mark.parametrize("text,rate", [
    ("He was offered $23 million per season.", "+per:season"),
    ("Russia fires an average of 20 missiles a day at Ukraine.", "+per:day"),
    ("Ukraine loses 100 soldiers daily.", "+per:day"),
    ("Miller is averaging 15.5 points.", "+per:average"),  # an average: per occasion, never a total
    ("The agency received an average of 300 complaints.", "+per:average"),
    ("The fund averaged 8% a year.", "+per:year"),  # the said period wins
    ("The average age was 40.", None),  # an age is read as an age
    ("Petrol costs an average of $2.05.", None),  # a measure: what "the average price" hit
    ("Russia fired 20 missiles at Ukraine.", None),
    ("He gave 20 dollars to a man.", None),
    ("Admissions were up from 1,204 a day earlier.", None),  # a time before, no rate per day
    ("Exports were 5,000 tonnes a year ago.", None),
])
def test_a_figure_per_period_is_a_rate(text, rate):
    """"$23 million per season" is a rate; the marker says per what, so a day's rate is no year's."""
    markers = [w for w in one(text).counted if w.startswith("+per:")]
    assert markers == ([rate] if rate else [])


def test_more_than_before_a_figure_is_a_bound_not_an_increment():
    c = one("More than 30 people were evacuated.")
    assert "+part" not in c.counted and c.high == math.inf


def test_and_joins_number_words_only_after_a_scale():
    assert one("two hundred and fifty people came").value == 250
    c = one("between ninety and sixty soldiers surrendered")
    assert (c.low, c.high) == (60, 90)


def test_and_a_half_adds_a_half_before_the_scale_and_the_thing_counted():
    term = one("The activist was sentenced to two and a half years in a penal colony.")
    assert (term.text, term.value, term.counted) == ("two and a half", 2.5, ("year",))
    assert one("Some 1 and a half million people fled.").value == 1.5e6
    assert cmp_numbers.conflicts(term, one("The activist was sentenced to two years in a penal colony."))
    assert not cmp_numbers.conflicts(term, one("The activist was sentenced to 2.5 years in a penal colony."))


def test_and_a_half_written_with_hyphens_adds_a_half_too():
    """A blind set: "two-and-a-half times more likely" was read as 2 and set against "2.5 times
    the risk"."""
    times = one("Rowers are two-and-a-half times more likely to crack a rib.")
    assert (times.text, times.value, times.counted) == ("two-and-a-half", 2.5, ("time",))
    assert not cmp_numbers.conflicts(times, one("They had 2.5 times the risk."))
    assert one("It ended a three-and-a-half-hour delay.").value == 3.5
    assert one("Some one-and-a-half million people fled.").value == 1.5e6
    # a figure written to the half is stated to the half: an 18-day strike is a two-and-a-half-week
    # one (the value-pairs file's N10), a two-year term is not
    weeks = one("The two-and-a-half-week strike cost the port dearly.")
    assert (weeks.low, weeks.high) == (15.75, 19.25)
    assert not cmp_numbers.conflicts(weeks, one("The dock strike, which lasted 18 days, cost the port dearly."))
    assert cmp_numbers.conflicts(one("He was jailed for two and a half years."), one("He was jailed for two years."))


@pytest.mark.parametrize("sentence, counted", [
    ("About 5,000 U.S. troops are being deployed to the region.", ("troop",)),
    ("Some 300 U.N. peacekeepers arrived on Monday.", ("peacekeeper",)),
    ("Three U.S. soldiers were wounded.", ("soldier",)),
    ("The Pentagon will send 3,000 troops.", ("troop",)),
    ("They sent 5,000 U. S. troops to the region .", ("troop",)),  # tokenised text spaces the initials
])
def test_an_initialism_before_the_thing_counted_says_whose_not_what(sentence, counted):
    (figure,) = extract_numbers(sentence)
    assert figure.counted == counted


def test_decades_and_centuries_are_counted_in_years():
    decade = extract_numbers("U.S. inflation is still near a four-decade high.")[0]
    years = extract_numbers("Inflation rose above the 40-year high of 10.1% recorded in July.")[0]
    assert (decade.value, decade.counted) == (40.0, ("year", "high"))
    assert not cmp_numbers.conflicts(decade, years)
    assert cmp_numbers.conflicts(extract_numbers("It is near a three-decade high.")[0], years)


@pytest.mark.parametrize("text,anchor", [
    ("Griner was sentenced to nine years in prison.", ("griner",)),
    ("Darya Dugina, 29, was killed.", ("darya", "dugina")),
    # who said it is a source, not what the figure is about
    ("Crimean health authorities said nine people were wounded.", ()),
    ("The governor of Kharkiv told reporters that 12 people were killed.", ()),
    ("Officials said Griner was sentenced to nine years.", ("griner",)),
    # an age before a name describes that name
    ("The bombing killed 29-year-old TV commentator Darya Dugina, investigators said.", ("darya", "dugina")),
    ("A 17-year-old boy from Kyiv was hurt.", ()),
    # qa215 c08: "the 31-year-old" is someone the noun phrase stands for, not the clause's subject
    ("Varga had given the 31-year-old a scare when he rocked him in the fourth.", ()),
    ("Police said Smith shot a 24-year-old man.", ()),
    ("Dugina, the 29-year-old daughter of Dugin, died.", ("dugina",)),
])
def test_the_name_a_figure_is_about(text, anchor):
    assert one(text).anchor == anchor


def test_an_exact_range_written_high_to_low_is_still_low_to_high_but_a_tally_keeps_its_order():
    # "$2-1-year-old" is what a property test wrote: an age, stated to the year, of 1 to 2
    [age] = extract_numbers("A $2-1-year-old man was seen.")
    assert (age.low, age.high) == (1.0, 2.0)
    [tally] = extract_numbers("The House voted 221-207 on the bill.")
    assert (tally.unit, tally.low, tally.high) == ("tally", 221.0, 207.0)


def test_a_figure_in_another_system_is_also_shown_in_metric():
    """"0.9-mile" against "1,000-meter-long": the comparison converts, and so does what a reader sees."""
    from discrepancy.claims import extract_sentence
    from discrepancy.compare.numbers import describe

    def read(sentence: str) -> list[str]:
        return [describe(c) for kind, claims in extract_sentence(sentence).found if kind == "numbers" for c in claims]

    assert read("The bridge is a 0.9-mile span.") == ["0.85\u20130.95 mi \u2248 1.37\u20131.53 km"]
    assert read("Winds reached 120 mph.") == ["115\u2013125 mph \u2248 185\u2013201 km/h"]
    assert read("Temperatures hit 104F.") == ["103.5\u2013104.5\u00b0F \u2248 39.7\u201340.3\u00b0C"]
    assert read("The 1,000-meter-long bridge opened.") == ["900\u20131,100 m"]  # metric already: as read


def test_a_share_named_by_the_change_before_it_counts_that_change():
    """"a rise of 4.5 per cent" is "a 4.5 per cent rise": both count the rise, so the two are read as
    one measure; a share with no such noun before "of" still counts nothing."""
    (offer,) = [c for c in extract_numbers("Westline has offered a rise of 4.5 per cent to its drivers.")]
    (written,) = [c for c in extract_numbers("Westline has offered its drivers a 5.5 per cent rise.")]
    assert offer.counted == written.counted == ("rise",) and offer.counted_text == "rise"
    assert extract_numbers("Prices showed an increase of about 3% in May.")[0].counted == ("increase",)
    assert extract_numbers("The union is holding out for 7 per cent.")[0].counted == ()
    assert extract_numbers("The party won a share of 40 per cent in the vote.")[0].counted == ()  # no change noun


@pytest.mark.parametrize("text,value,unit,counted", [
    ("The developer bought a 3-acre site.", 3, "acre", ("site",)),  # a singular unit after a hyphen
    ("A 500-kilogram bomb hit the bridge.", 500, "kg", ("bomb",)),
    ("The storm dumped 30 centimetres of snow.", 30, "cm", ("snow",)),
    ("About 40 millimetres of rain fell.", 40, "mm", ("rain",)),
    ("Officers found 250 lbs of cocaine.", 250, "lb", ("cocaine",)),
    ("The tanker was seized 12 nautical miles off the coast.", 12, "nmi", ()),
    ("OPEC+ will cut output by 200,000 bpd.", 200_000, "bbl", ("+per:day",)),  # barrels per day
    ("Borrowing overshot forecasts by £1,500m last month.", 1.5e9, "GBP", ()),  # a scale glued after commas
    ("The road is 3,000km long.", 3000, "km", ("long",)),
    ("Around 20 lakh candidates sat the exam.", 2e6, "", ("candidate", "sat")),  # Indian English scales
    ("The state will borrow Rs 3,500 crore.", 3.5e10, "INR", ()),
    ("Temperatures plunged to -40C on Monday.", -40, "degC", ()),  # below zero
    ("The town recorded minus 40 degrees Fahrenheit.", -40, "degF", ()),
])
def test_units_scales_and_signs_as_news_writes_them(text, value, unit, counted):
    c = one(text)
    assert (c.value, c.unit, c.counted) == (pytest.approx(value), unit, counted)


def test_a_dash_between_two_temperatures_is_no_minus_sign():
    assert [c.value for c in extract_numbers("Highs of 30C - 40C are expected.")] == [30, 40]
    assert [c.value for c in extract_numbers("Lows of -5C to 3C are expected.")] == [-5, 3]


def test_units_of_one_dimension_convert_across_systems():
    tons, pounds = one("The ship carried 5,000 tonnes of wheat."), one("The ship carried 11 million lbs of wheat.")
    assert not cmp_numbers.conflicts(tons, pounds)  # 11 million lb is 4,990 t
    assert cmp_numbers.conflicts(one("It was seized 12 nautical miles off the coast."),
                                 one("It was seized about 12 kilometres off the coast."))
    assert cmp_numbers.conflicts(one("The ruling cost Rs 50 crore."), one("The ruling cost 50 million rupees."))


@pytest.mark.parametrize("text,low,high", [
    ("A man in his twenties was arrested.", 20, 29),
    ("A woman in her late 50s died.", 56, 59),
    ("The suspect, a man in his mid-30s, was held.", 33, 36),
    ("A girl in her early teens was hurt.", 13, 16),
    ("The former president, an octogenarian, died.", 80, 89),
])
def test_an_age_told_by_its_decade_spans_its_years(text, low, high):
    c = [c for c in extract_numbers(text) if c.counted[:1] == ("age",)]
    assert [(c.low, c.high) for c in c] == [(low, high)]


def test_ages_conflict_only_where_their_years_cannot_meet():
    twenties = one("A man in his twenties was arrested.")
    assert cmp_numbers.conflicts(twenties, one("The suspect, 17, was arrested."))
    assert not cmp_numbers.conflicts(twenties, one("The suspect, 23, was arrested."))
    assert not cmp_numbers.conflicts(twenties, one("The suspect, 30, was arrested."))  # a birthday in between
    assert cmp_numbers.conflicts(one("The singer, 82, announced a tour."), one("The singer, 80, announced a tour."))
    assert not cmp_numbers.conflicts(one("The wreck is at least 2,000 years old."), one("It is a 2,300-year-old wreck."))


def test_several_peoples_decade_is_not_one_persons_age():
    assert not any(c.counted[:1] == ("age",) for c in extract_numbers("Two men in their twenties were arrested."))


def test_decades_of_a_century_are_no_ages():
    assert extract_numbers("In the 1980s the mill closed.") == []
    assert not any(c.counted[:1] == ("age",) for c in extract_numbers("Temperatures were in the 90s."))


def test_weeks_are_days_and_a_reading_says_so():
    weeks, days = one("The strike lasted six weeks."), one("They returned after a 42-day strike.")
    assert (weeks.value, weeks.counted[:1]) == (42, ("day",)) and not cmp_numbers.conflicts(weeks, days)
    assert cmp_numbers.conflicts(one("The visit lasted three weeks."), one("The visit lasted 17 days."))
    assert cmp_numbers.describe(weeks) == "42 days"
    assert cmp_numbers.describe(one("a four-decade high")) == "40 years"
    assert cmp_numbers.describe(one("They endured 10 days of lockdown.")) == "9\u201311"  # as written: no unit added


def test_months_are_years_and_a_reading_says_so():
    """"a sentence of 84 months" is "seven years" by definition; a rate per month stays a rate."""
    months, years = one("The judge handed him a sentence of 84 months."), one("He was jailed for seven years.")
    assert (months.value, months.counted[:1]) == (7, ("year",)) and not cmp_numbers.conflicts(months, years)
    assert cmp_numbers.conflicts(one("He was jailed for six months."), one("He was jailed for six years."))
    assert cmp_numbers.describe(months) == "7 years"
    assert one("He earns $2,000 a month.").counted[:1] == ("+per:month",)
    assert one("A 6-month-old baby was unhurt.").value == 6  # an age in months, left as written


@pytest.mark.parametrize("text,words,low,high,unit", [
    ("Dozens of protesters were arrested.", "Dozens", 20, 144, ""),
    ("Hundreds of residents were evacuated.", "Hundreds", 150, 999, ""),
    ("Tens of thousands of people marched.", "Tens of thousands", 15_000, 99_999, ""),
    ("The scheme cost millions of dollars.", "millions", 1.5e6, 999_999_999, "USD"),
])
def test_a_vague_quantity_is_the_range_its_words_allow(text, words, low, high, unit):
    c = one(text)
    assert (c.text, c.low, c.high, c.unit, c.qualifier) == (words, low, high, unit, "vague")


def test_a_vague_quantity_conflicts_only_with_figures_outside_its_range():
    dozens = one("Dozens of protesters were arrested outside parliament.")
    assert cmp_numbers.conflicts(dozens, one("Police arrested more than 500 protesters."))
    assert cmp_numbers.conflicts(dozens, one("Police arrested seven protesters."))
    assert not cmp_numbers.conflicts(dozens, one("Police arrested at least 40 protesters."))
    assert extract_numbers("Dozens of them were hurt.") == []  # nothing counted: nothing to compare


def test_a_figure_joined_to_an_average_is_an_average_too():
    """"has averaged more than 30 home runs and 100 RBIs": one verb, two objects; a figure after an
    "and" that joins a new clause is not."""
    home_runs, rbis = extract_numbers("He has averaged more than 30 home runs and 100 RBIs in six seasons.")[:2]
    assert "+per:average" in home_runs.counted and "+per:average" in rbis.counted
    injured, arrested = extract_numbers("Police said the crowd averaged 12 people and police arrested 18.")[:2]
    assert "+per:average" in injured.counted and "+per:average" not in arrested.counted


def test_more_or_less_than_after_a_preposition_bounds_something_else():
    """"1,000 feet in less than a minute" counts no part of anything ("in campaign money" names what a
    figure counts, "in less than a minute" how long it took); "20 more than" is still an increment."""
    feet, minute = extract_numbers("The plane plunged about 1,000 feet in less than a minute.")
    assert "+part" not in feet.counted and feet.unit == "ft"
    assert (minute.text, minute.counted, minute.qualifier) == ("less than a minute", ("hour",), "less_than")
    assert minute.value == pytest.approx(1 / 60)  # spans are read in hours
    assert "+part" in one("He won 20 more than his rival.").counted
    assert one("They raised $750,000 in campaign money.").counted == ("campaign", "money")


@pytest.mark.parametrize("text, value, counted", [
    ("The 36 - year - old champion Klitschko won .", 36, ("age", "champion")),
    ("It holds 160 seats in the 300 - seat Parliament .", 300, ("+size", "seat", "parliament")),
    ("She began her 90 - day treatment .", 90, ("day", "treatment")),
])
def test_tokenised_text_spaces_out_a_compound_modifier(text: str, value: float, counted: tuple[str, ...]):
    """ECB+-style text writes "a 36-year-old champion" as "a 36 - year - old champion": the same
    reading (an age, not a count of 36), where the noun after the hyphen has something to modify."""
    (claim,) = [c for c in extract_numbers(text) if c.value == value]
    assert claim.counted == counted
    # a dash between two clauses is spaced the same way: what follows it is no such compound
    assert [c.counted for c in extract_numbers("The toll rose to 12 - day after day the shelling went on .")] == [()]


def test_a_share_of_a_percentage_point_is_in_percentage_points_however_written():
    """"one-half of one percentage point" was read as 50 per cent and set against "22 percent";
    "25bp" and "a 25-basis-point cut" were not read as points at all. Each is a quarter or a half of
    one point, by definition, and agrees with "25 basis points" written out."""
    quarter = one("The central bank raised rates by a quarter of a percentage point.")
    assert (quarter.unit, quarter.value) == ("pp", 0.25)
    for text in ("The bank raised rates by 25 basis points.", "The bank raised rates by 25bp.",
                 "The bank made a 25-basis-point increase.", "The bank made a 0.25-percentage-point increase."):
        claim = one(text)
        assert claim.unit == "pp" and math.isclose(claim.value, 0.25), text
        assert not cmp_numbers.conflicts(quarter, claim), text
    half = one("Spending may grow by the economy's rate plus one-half of one percentage point.")
    assert (half.unit, half.value) == ("pp", 0.5)
    assert cmp_numbers.conflicts(half, quarter)
    assert one("The Fed raised rates by half a percentage point.").value == 0.5
    assert one("It was raised by three-quarters of a percentage point.").value == 0.75
    # a percent written into a compound is a share, as written apart
    assert (one("The Fed approved a 5-percent rise.").unit, one("It approved a 5-per-cent rise.").unit) == ("%", "%")
    # fractions of anything else stay shares or counts
    assert one("Two-thirds of the members voted.").unit == "%"
    assert one("A quarter of a million people fled.").value == 250000


def test_a_programmes_name_is_no_span_and_within_is_a_bound():
    """"He told 60 Minutes" names a programme, not an hour; "within 10 minutes" is at most ten."""
    assert extract_numbers("He told 60 Minutes that he would run.") == []
    assert extract_numbers("She spoke to CBS's 48 Hours about it.") == []
    assert one("The siege lasted 60 minutes.").counted[:1] == ("hour",)
    within = one("Police arrived within 10 minutes.")
    assert (within.qualifier, within.low) == ("up_to", 0.0)
    assert not cmp_numbers.conflicts(within, one("Police arrived after about seven minutes."))
    assert cmp_numbers.conflicts(one("The town lies within 50 km of the plant."), one("The town lies 80 km from the plant."))


def test_a_change_of_temperature_converts_without_fahrenheits_offset():
    """1.2C of warming is 2.16F of warming, not 34.16F: read as readings, the two were a conflict."""
    celsius = one("The world has already warmed by about 1.2 degrees Celsius since pre-industrial times.")
    fahrenheit = one("Global temperatures have risen roughly 2.2 degrees Fahrenheit above pre-industrial levels.")
    assert (celsius.unit, fahrenheit.unit) == ("degC change", "degF change")
    assert not cmp_numbers.conflicts(celsius, fahrenheit)
    assert cmp_numbers.conflicts(celsius, one("Temperatures have risen 4 degrees Fahrenheit above pre-industrial levels."))
    assert one("Leaders agreed to limit warming to 1.5C.").unit == "degC change"
    # a reading stays a reading, and is never set against a change
    assert one("Temperatures rose to 104F on Sunday.").unit == "degF"
    assert cmp_numbers.dimension("degC") != cmp_numbers.dimension("degC change")


def test_a_change_then_the_level_it_reached_is_two_figures():
    """"cut by 25bps to 4.5%" was read as one range, 0.25 to 4.5 points, and 4.5% was lost (a blind
    QA pass); "rose by 5 to 10 percent" is still a range."""
    assert [(c.text, c.unit) for c in extract_numbers("The bank cut rates by 25bps to 4.5% on Thursday.")] == \
        [("25bps", "pp"), ("4.5%", "%")]
    assert [c.unit for c in extract_numbers("It cut rates by half a percentage point to 4.5 percent.")] == ["pp", "%"]
    assert (one("Prices rose by 5 to 10 percent.").low, one("Prices rose by 5 to 10 percent.").high) == (5.0, 10.0)


def test_a_reading_near_warm_words_stays_a_reading_and_below_zero_is_negative():
    for text in ("London basked in unseasonably warm temperatures of 20C on Sunday.",
                 "Fuelled by global warming, temperatures hit 40C in Seville."):
        assert one(text).unit == "degC", text
    cold = one("It plunged overnight to 20C below zero.")
    assert (cold.unit, cold.value) == ("degC", -20.0)
    assert not cmp_numbers.conflicts(cold, one("It plunged overnight to -4F."))
    # changes written other ways, and a bracketed conversion of a change
    for text in ("It is 2.7C of global heating.", "Temperatures in Texas fell 20F overnight.",
                 "The 1.5C target of the Paris climate deal was missed.",
                 "They are on course for 2.7C warming."):
        assert one(text).unit.endswith("change"), text
    assert [c.unit for c in extract_numbers("Limit warming to 1.5 degrees Celsius (2.7 degrees Fahrenheit).")] == \
        ["degC change", "degF change"]


def test_fractions_of_a_per_cent_and_one_and_a_half_points():
    assert (one("Rates rose by a quarter of a per cent.").unit, one("Rates rose by a quarter of a per cent.").value) == ("%", 0.25)
    assert one("It grew by half of one percent.").value == 0.5
    c = one("It rose by one and a half percentage points.")  # not "half" of one
    assert (c.unit, c.value) == ("pp", 1.5)


def test_and_a_half_after_one_or_a_scale_word():
    assert one("About one and a half million people fled.").value == 1_500_000
    assert one("About a million and a half people fled.").value == 1_500_000
    assert one("Some 2 million and a half tonnes were shipped.").value == 2_500_000
    assert one("She bought a dozen and a half eggs.").value == 18
    assert one("The talks lasted one and a half hours.").counted == ("hour",)


def test_a_second_qa_pass_on_temperatures_and_fractions():
    """What a second blind QA pass found in the first mend: a rise "to" a level and a heatwave's
    threshold are readings; "warm by", "heated up by" are changes; "below freezing" is a reading
    from freezing; "from 35C to 40C" are two readings; a change written after its bracketed
    conversion makes both changes; "half of 1 percent" is half of one."""
    for text in ("Temperatures are forecast to rise to 40C.", "It could increase to 46C.",
                 "Temperatures passed the 40C threshold."):
        assert one(text).unit == "degC", text
    assert [(c.text, c.unit) for c in extract_numbers("Temperatures rose from 35C to 40C.")] == [
        ("35C", "degC"), ("40C", "degC")]
    for text in ("It could warm by 3C.", "The planet heated up by 3C.", "Leaders backed the 1.5C target of the Paris climate deal."):
        assert one(text).unit == "degC change", text
    assert one("It was 5C below freezing.").value == -5.0 and one("It was 5F below freezing.").value == 27.0
    assert not cmp_numbers.conflicts(one("It was 5C below freezing."), one("It was 23F."))
    assert [c.unit for c in extract_numbers("It rose 1.5 degrees Celsius (2.7 degrees Fahrenheit) above pre-industrial levels.")] \
        == ["degC change", "degF change"]
    assert one("It grew by half of 1 percent.").value == 0.5


def test_litres_and_gallons_convert_and_a_bare_gallon_may_be_imperial():
    litres = one("About 1 million litres of sewage spilled into the river.")
    assert litres.unit == "L"
    assert cmp_numbers.conflicts(litres, one("About 1 million gallons of sewage spilled into the river."))
    assert not cmp_numbers.conflicts(one("An estimated 1 million litres of oil leaked."), one("About 264,000 US gallons of oil spilled."))
    # "gallons" alone: a US gallon (3.79 litres) or a British one (4.55)
    assert not cmp_numbers.conflicts(one("1 million gallons of water leaked."), one("4.5 million litres of water leaked."))
    assert cmp_numbers.conflicts(one("1 million US gallons of water leaked."), one("4.5 million litres of water leaked."))


def test_gallons_on_both_sides_are_one_gallon_and_rates_per_unit_stay_rates():
    """A third blind QA pass: "50,000 gallons" against "58,000 gallons" had lost its contradiction
    to the imperial gallon's reach; "per second" and "per gallon" are rates of their own."""
    assert cmp_numbers.conflicts(one("50,000 gallons of diesel leaked."), one("58,000 gallons of diesel leaked."))
    assert one("About 264,000 U.S. gallons of oil spilled.").unit == "USgal"
    from discrepancy.compare.samefact import comparable_numbers
    assert not comparable_numbers(one("Pumps moved 1,000 gallons per minute."), one("Pumps moved 63 litres per second."))
    assert not comparable_numbers(one("The car does 30 miles per gallon."), one("The car does 48 km on a tank."))


def test_a_second_time_is_no_rate_per_second():
    assert one("He won 3 titles a second time.").counted == ("title",)
    assert one("Pumps moved 63 litres a second.").counted[:1] == ("+per:second",)


def test_feet_and_inches_are_one_height_stated_to_the_inch():
    """"5ft 11in" had been read as 5 ft (4.5 to 5.5 ft), which "1.80 m" would contradict."""
    for text in ("The 5ft 11in striker signed on Friday.", "The 5 feet 11 inches striker signed.",
                 "The 5 ft 11 in striker signed."):
        height = one(text)
        assert height.unit == "ft" and round(height.value * 12) == 71, text
        assert height.high - height.low == pytest.approx(1 / 12)
    assert round(one("The 6-foot-2 guard signed on Friday.").value * 12) == 74
    assert not cmp_numbers.conflicts(one("The 5ft 11in striker signed."), one("The 1.80 metre striker signed."))
    assert cmp_numbers.conflicts(one("The 7ft 1in centre was the top pick."), one("The 2.0 metre centre was the top pick."))
    # "in" before a determiner is a preposition: "6 ft" alone
    assert extract_numbers("He stood 6 ft 2 in the rain.")[0].value == 6.0


def test_pounds_that_weigh_something_are_a_weight():
    assert one("Officers found 250 pounds of cocaine in the shipment.").unit == "lb"
    assert one("The bear weighed about 150 pounds, officials said.").unit == "lb"
    assert one("A 500-pound bomb hit the bridge.").unit == "lb"
    assert cmp_numbers.conflicts(one("Police seized 250 kilograms of cocaine."), one("Officers found 250 pounds of cocaine."))
    # money stays money: after "£", "of taxpayers' money", a "five-pound note"
    assert one("It cost 5 million pounds of taxpayers' money.").unit == "GBP"
    assert one("He was paid 3,549 pounds a year.").unit == "GBP"
    assert one("She handed over a five-pound note.").unit == ""
    assert [c.unit for c in extract_numbers("The £5 bag held 20 pounds of flour.")] == ["GBP", "GBP"]


def test_barrels_millilitres_and_cubic_metres_are_volumes():
    assert cmp_numbers.conflicts(one("About 1,000 barrels of diesel leaked."), one("Roughly 1,000 litres of diesel leaked."))
    assert not cmp_numbers.conflicts(one("Some 1,000 barrels of diesel leaked."), one("About 159,000 litres of diesel leaked."))
    assert one("Each child got a 500ml bottle of water.").unit == "ml"
    assert one("The pipeline carries 55 bcm of gas a year.").value == 55e9
    assert not cmp_numbers.conflicts(one("The pipeline carries 55 bcm of gas."),
                                     one("The pipeline carries 55 billion cubic metres of gas."))
    assert all(c.unit != "ml" for c in extract_numbers("The M270 MLRS fired 270 ML rockets."))


def test_a_fraction_of_a_point_of_rates_is_in_percentage_points():
    quarter = one("The central bank lifted its key rate by a quarter point on Thursday.")
    assert (quarter.unit, quarter.value) == ("pp", 0.25)
    assert one("The Fed lowered its benchmark rate by a quarter-point.").value == 0.25
    assert one("It cut rates by half a point.").value == 0.5
    assert one("It raised rates by three-quarters of a point.").value == 0.75
    assert cmp_numbers.conflicts(one("The bank raised its key rate by 50 basis points."), quarter)
    # of anything else a point is not a percentage point, and never 75 per cent
    assert extract_numbers("He won the game by three-quarters of a point.") == []
    assert extract_numbers("He won by half a point.") == []


def test_spans_of_hours_days_and_seconds_convert():
    """"48 hours" of talks are "two days" of talks, by definition; "72 hours" are not."""
    assert not cmp_numbers.conflicts(one("Negotiators talked for 48 hours."), one("After two days of talks, no deal."))
    assert cmp_numbers.conflicts(one("Negotiators talked for 72 hours."), one("After two days of talks, no deal."))
    assert not cmp_numbers.conflicts(one("The launch window lasts 7,200 seconds."), one("The launch window lasts two hours."))
    # a year is 365 or 366 days: days and years stay as the detector reads them
    assert cmp_numbers.conflicts(one("He was held for 321 days."), one("He was held for 343 days."))


def test_a_blind_qa_pass_on_pounds_heights_and_points():
    """Cases a blind reader found in the first version of the readings above."""
    units = lambda text: [c.unit for c in extract_numbers(text)]  # noqa: E731
    # money stays money: in millions, after "weighing a", with a money word in the next three
    assert units("Investors are weighing 1.2 billion pounds of new bond sales.") == ["GBP"]
    assert units("The board is weighing a 3 billion pounds ($3.8 billion) takeover offer.") == ["GBP", "USD"]
    assert units("The project cost 900 million pounds of lottery cash.") == ["GBP"]
    assert units("Households will get 150 pounds of council tax rebate.") == ["GBP"]
    assert units("Pensioners get a 10-pound Christmas bonus.") == [""]
    assert units("Police found 20 pounds of explosives in the van.") == ["lb"]
    # "in" before a year is a preposition; the double rounding of a height is an inch's
    assert extract_numbers("He grew from 5ft 2 in 2019 to 6ft now.")[0].value == 5.0
    assert cmp_numbers.conflicts(one("He is 6ft 2in."), one("He is 1.85 metres."))
    # a word of rates in another clause does not make a point a percentage point
    assert extract_numbers("Biles, whose success rate on vault is unmatched, was docked half a point.") == []
    assert extract_numbers("The Celtics were favoured by half a point, and interest in the game was high.") == []
    lifted = one("The central bank lifted its key rate a quarter percentage point.")
    assert (lifted.value, lifted.unit, lifted.text) == (0.25, "pp", "a quarter percentage point")


def test_about_a_temperature_is_its_rounding_not_a_share_of_it():
    """"About 90F" is 87F to 93F, so 38C (100.4F) is not it; a share of a temperature means nothing
    ("about 0C"), and "about 100F" is not 50F to 150F (a blind QA pass found the first version's)."""
    about = one("Athens sweltered in heat of about 90F on Wednesday.")
    assert (about.low, about.high) == (87.0, 93.0)
    assert (one("Highs will reach about 100F.").low, one("Bake at about 200C.").high) == (95.0, 205.0)
    assert cmp_numbers.conflicts(one("Temperatures hovered at about 10C."), one("Temperatures hovered at 15C."))
    assert cmp_numbers.conflicts(about, one("Temperatures hit 38C in Athens on Wednesday."))
    assert not cmp_numbers.conflicts(one("Temperatures reached about 40C."), one("Temperatures reached 104F."))
    assert one("Customs found 100lb of cannabis.").unit == "lb"


def test_two_stated_maxima_are_bounds_that_can_both_hold():
    """Tried and turned back: "up to 20cm of snow" against "as much as 25cm" as two maxima that
    differ; a blind QA pass found sustained winds against gusts and fraud against money laundering
    reported as one fact at 0.90. Two upper bounds stay bounds."""
    assert not cmp_numbers.conflicts(one("The Met Office forecast up to 20cm of snow."), one("As much as 25cm of snow could fall."))
    assert not cmp_numbers.conflicts(one("He faces up to 10 years in prison."), one("He faces 8 years in prison."))
    assert cmp_numbers.conflicts(one("Up to 30 people were killed."), one("40 people were killed."))


def test_a_glued_m_before_tall_or_high_is_metres():
    """"1.80m tall" cannot be a million; "2.4m shares" still is."""
    tall = one("The suspect is 1.80m tall.")
    assert (tall.unit, tall.value) == ("m", 1.8)
    assert not cmp_numbers.conflicts(one("The suspect is 5ft 11in tall."), tall)
    assert one("A 3m long crack opened in the dam.").unit == "m"
    assert one("The firm sold 2.4m shares.").value == 2.4e6


def test_a_second_blind_qa_pass_on_pounds_stones_and_heights():
    units = lambda text: [c.unit for c in extract_numbers(text)]  # noqa: E731
    assert units("Tyson Foods recalled 2.1 million pounds of ground beef.") == ["lb"]
    assert units("Regulators are weighing up to 5,000 pounds in fines per breach.") == ["GBP"]
    assert units("Students can get a 1,000-pound grant.") == [""]
    assert units("Drivers face a 10-pound ($12.50) daily fee.") == ["", "USD"]
    assert units("The 2,000-pound bombs cost about $16,000 each.") == ["lb", "USD"]
    assert extract_numbers("He was 15st 4lb when he joined.") == []  # stones and pounds: not 4 lb
    about = one("The suspect is about 5ft 11in tall.")
    assert cmp_numbers.conflicts(about, one("The suspect is 5ft 2in tall."))
    assert all(c.unit != "pp" for c in extract_numbers("The benchmark FTSE 100 index rose half a point on Monday."))


def test_readings_are_shown_as_a_reader_writes_them():
    """A blind QA pass found "5.75\u20136.083333333 ft", "33,784,800\u201345,708,847 L", "degF" and
    pounds against kilograms with no conversion in findings' messages."""
    from discrepancy.compare.numbers import describe
    assert describe(one("The suspect is about 5ft 11in tall.")) == "5ft 9in\u20136ft 1in \u2248 1.75\u20131.85 m"
    assert describe(one("Police found 250 pounds of cocaine.")) == "245\u2013255 lb \u2248 111\u2013116 kg"
    assert describe(one("Output was about 250,000 barrels per day.")).endswith("\u2248 33,800,000\u201345,700,000 L")
    assert describe(one("Temperatures hit 104F.")) == "103.5\u2013104.5\u00b0F \u2248 39.7\u201340.3\u00b0C"


def test_the_first_half_of_a_period_is_no_share():
    """A blind QA pass: "the first half of the year" was read as 50 per cent."""
    assert extract_numbers("Sales rose in the first half of the year.") == []
    assert extract_numbers("He scored in the second half of the match.") == []
    assert one("Half of voters backed the plan.").value == 50.0


def test_a_qualifier_before_a_minus_sign_is_kept():
    """"nearly -40C" had been read as -40C exactly (the qualifier stood before the sign), so "-38C"
    contradicted it; nearly forty below zero is -40C to -37C."""
    nearly = one("Temperatures plunged to nearly -40C in Yakutsk.")
    assert (nearly.low, nearly.high) == (-40.0, -37.0)
    assert not cmp_numbers.conflicts(nearly, one("Temperatures plunged to -38C in Yakutsk."))
    assert (one("Temperatures fell to about -20C.").low, one("It was -5C.").low) == (-23.0, -5.5)


def test_a_unit_or_scale_written_once_on_a_ranges_second_figure_is_the_ranges():
    """Blind set N7: "between 20 and 30cm" had no unit, so it was no length; "2-3bn" was 2 to 3
    billion, not 2 to 3bn; and a glued "120km/h" was a distance."""
    snow = one("Snow depths of between 20 and 30cm are expected.")
    assert (snow.unit, snow.low, snow.high) == ("cm", 20.0, 30.0)
    assert cmp_numbers.conflicts(snow, one("Forecasters expect 50cm to 60cm of snow."))
    assert one("Costs are put at 2-3bn.").low == 2e9
    assert [c.value for c in extract_numbers("The fund grew from 800 to 1.2bn.")] == [800, 1.2e9]  # not 800bn
    assert one("He was clocked at 120km/h on the M6.").unit == "km/h"
    assert cmp_numbers.conflicts(one("He was clocked at 120km/h."), one("He was clocked at 120mph."))


def test_a_height_in_words_is_one_height_too():
    assert round(one("He is six feet two inches tall.").value * 12) == 74
    assert round(one("The six-foot-two midfielder joined from Leeds.").value * 12) == 74
    assert one("They dug a six-foot-wide trench.").value == 6.0


def test_years_and_months_of_one_span_are_one_figure():
    """A blind QA pass: "jailed for four years and six months" was read as 4 years (and a second
    figure, 0.5), so it contradicted "four and a half years"."""
    span = one("Gorman was jailed for four years and six months.")
    assert (span.value, span.text) == (4.5, "four years and six months")
    assert not cmp_numbers.conflicts(span, one("Gorman was jailed for four and a half years."))
    assert cmp_numbers.conflicts(span, one("Gorman was jailed for three and a half years."))
    assert one("He was jailed for 2 years 3 months.").value == 2.25
    assert one("She got a sentence of one year and nine months.").value == 1.75
    assert one("He served 18 months.").text == "18"  # months alone stay as written


def test_two_number_words_in_a_row_are_two_numbers():
    """"one in seven five-year-olds" was read as "seven five" = 12 years; "twenty five" stays 25."""
    share, age = extract_numbers("About one in seven five-year-olds missed the jab.")
    assert (share.unit, age.value) == ("%", 5.0)
    assert one("They found twenty five bodies.").value == 25.0
    assert [c.value for c in extract_numbers("Scores were nineteen ninety.")] == [19.0, 90.0]
    # after a hyphened number the last word read is its unit: "twenty-five five-year-olds" was 30
    assert [c.value for c in extract_numbers("Twenty-five five-year-olds were tested.")] == [25.0, 5.0]
    assert one("Two hundred and twenty-five people came.").value == 225.0


def test_one_in_seven_is_a_share():
    share = one("About one in seven children had the jab.")
    assert round(share.value, 1) == 14.3
    assert not cmp_numbers.conflicts(share, one("About 14% of children had the jab."))


def test_a_name_does_not_run_on_past_a_possessive():
    """qa47: "the European Union's 27 member states" was read as part of a name ("Union's 27", as in
    "Nord Stream 1"), so the sentence's agreeing 27 was missing and its "a dozen Pacific island
    nations" was set against the other outlet's 27."""
    assert one("The European Union's 27 member states signed.").value == 27.0
    assert one("A climber was rescued just below Mont Blanc's 4,808ft summit.").unit == "ft"
    assert extract_numbers("Nord Stream 1 was shut.") == []


def test_lives_claimed_are_people_killed():
    """qa49: "The horror plunge claimed 29 lives" counted nothing ("lives" was read as a verb) and
    no outcome, so against "Twenty-three people were killed" it scored 0.03."""
    lives = one("The horror plunge claimed 29 lives when the bus left the road.")
    assert lives.counted == ("life",)
    assert cmp_numbers.canonical_counted(set(lives.counted)) == {"people"}
    assert cmp_numbers.measure([lives, one("Twenty-three people were killed.")]) == "killed"
    assert one("A family of five lives in the flat.").counted == ()


def test_homes_wiped_out_are_homes_destroyed():
    """qa50: a tabloid's "has wiped out 37 homes" against "has destroyed 27 homes" was set apart as
    two outcomes (0.03 against 0.81 once read as one)."""
    wiped, destroyed = one("A monster bushfire has wiped out 37 homes."), one("The fire has destroyed 27 homes.")
    assert cmp_numbers.measure([wiped, destroyed]) == "destroyed or damaged"
    assert cmp_numbers.outcomes(one("The water level rose 18 per cent.")) == set()


def test_hours_minutes_and_seconds_are_one_span():
    """qa50: "two hours, nine minutes and 18 seconds" was read as three figures, and its "nine"
    minutes set against another outlet's "seven"."""
    (race,) = extract_numbers("He crossed the line in two hours, nine minutes and 18 seconds.")
    assert (race.text, round(race.value, 3), race.counted) == ("two hours, nine minutes and 18 seconds", 2.155, ("hour",))
    (siege,) = extract_numbers("The siege lasted three hours and 20 minutes.")
    assert round(siege.value, 3) == 3.333
    assert [c.value for c in extract_numbers("It took two hours and three hours.")] == [2.0, 3.0]
    talks, later = extract_numbers("The talks lasted two hours, and 30 minutes later the vote began.")
    assert (talks.value, later.value) == (2.0, 0.5)  # "30 minutes later" is when, not more of the talks


def test_a_change_by_a_fraction_is_a_share():
    """qa51: "raised their minimum wage by a quarter" was not read, so it never met another outlet's
    "by 20 percent"; a quarter is 25 per cent by definition."""
    quarter = one("The government raised the minimum wage by a quarter.")
    assert (quarter.unit, quarter.low <= 25 <= quarter.high) == ("%", True)
    assert cmp_numbers.conflicts(quarter, one("Wages rose by 20 percent."))
    assert one("Sales fell by half in 2020.").value == 50
    assert round(one("The plant cut output by two-thirds last year.").value) == 67
    assert extract_numbers("The deal was approved by a third party.") == []  # a noun, not a change
    assert one("The Fed cut rates by a quarter point.").unit == "pp"  # a share of a point, as before


def test_a_fraction_before_what_it_sizes_is_a_share():
    """qa246 p11: "takes a two-thirds stake" was read as no figure; a two-thirds stake is 66.7 per
    cent of the club by definition, as "a 75 percent stake" is 75."""
    stake = one("His consortium takes a two-thirds stake in the club.")
    assert (stake.unit, round(stake.value, 1), stake.counted) == ("%", 66.7, ("stake",))
    assert one("The coalition holds a two-thirds majority in parliament.").counted == ("majority",)
    assert (one("She bought a half share in the bakery.").value, one("a one-third stake").value // 1) == (50.0, 33.0)
    assert extract_numbers("the second half of the season") == [] and extract_numbers("Two seasons ago, they won.") == []


def test_a_decade_is_ten_years_as_two_decades_are_twenty():
    """qa51: "handed a decade behind bars" was not read, so it never met "12 years in prison"."""
    decade = one("Residents watched their former regent handed a decade behind bars for corruption.")
    assert (decade.text, decade.value, decade.counted[:1]) == ("a decade", 10.0, ("year",))
    assert cmp_numbers.conflicts(decade, one("He was sentenced to 12 years in prison."))
    assert extract_numbers("It happened a decade ago.") == []  # a date


@pytest.mark.parametrize("text,unit", [
    ("The minimum wage was fixed at Tk 15,000.", "BDT"),
    ("The wage rose to 15,000 taka.", "BDT"),
    ("The fee was ₦6.2 billion.", "NGN"),
    ("The plan costs KSh 10 billion.", "KES"),
    ("The union is seeking an additional R3,000 a month.", "ZAR"),  # qa89: rand, written glued
    ("Eskom needs R1.2bn more.", "ZAR"),
    ("The deal is worth R2.5 million.", "ZAR"),
    ("The fine was 1.2 million pesos.", "pesos"),  # several countries' money: its own unit, no country's code
])
def test_currencies_of_the_wider_world_are_units(text, unit):
    """qa51: "Tk 15,000" and "15,000 taka" were a count of taka, or of nothing, not money."""
    assert one(text).unit == unit


def test_an_r_before_a_bare_run_of_digits_is_no_money():
    """A road ("the R123") or a model number is not rand: only a figure grouped by commas or
    with its scale ("R3,000", "R1.2bn") is."""
    assert all(c.unit != "ZAR" for c in extract_numbers("The crash closed the R123 for three hours."))
    assert all(c.unit != "ZAR" for c in extract_numbers("Police seized an R500 rifle scope."))
    assert one("The union wants R3,000 a month.").value == 3000


def test_won_after_a_figure_is_a_verb():
    assert [c.unit for c in extract_numbers("Labour took 412 seats; the Tories 121 won by small margins.")] == ["", ""]


def test_money_written_after_what_it_is_counts_that():
    """qa53: "spending of 2.4 billion zlotys" counted nothing, so against "a 2.8 billion zloty
    spending plan" the pair read as one side counting something and the other not (0.07)."""
    assert one("The budget provides for spending of 2.4 billion zlotys.").counted == ("spending",)
    assert one("The firm reported a loss of £85 million.").counted == ("loss",)
    assert one("He was given a fine of $5,000.").counted == ("fine",)
    assert one("The bill came to a total of $5m.").counted == ()  # a total of what, the sentence does not say


def test_games_and_matches_count_one_thing():
    """qa52: "sit out the next six games" against "suspended for four matches" read as two things counted."""
    six, four = one("He will sit out the next six games."), one("He has been suspended for four matches.")
    assert cmp_numbers.canonical_counted(set(six.counted)) == cmp_numbers.canonical_counted(set(four.counted))


def test_us_dollars_written_out_are_dollars():
    """qa55: "The package, worth 1.25 billion US dollars" counted nothing and was no money."""
    assert one("The package, worth 1.25 billion US dollars, was announced yesterday.").unit == "USD"


def test_a_chambers_vote_written_with_to_is_a_tally_and_its_noun_no_thing_counted():
    """qa54: "The bill passed 64 to 35" was two counts, and "by a 64-33 margin" counted a margin,
    so neither met "The vote was 64-35" as a vote."""
    passed = one("The bill passed 64 to 35, a wider margin than leaders had predicted.")
    margin = one("The bill cleared the chamber by a 64-33 margin after a brief debate.")
    assert (passed.unit, passed.counted, margin.unit, margin.counted) == ("tally", (), "tally", ())
    assert cmp_numbers.conflicts(passed, margin)
    assert [c.unit for c in extract_numbers("Prices passed 64 to 35 dollars.")] == ["", "USD"]


@pytest.mark.parametrize("text, low, high", [
    # a figure that is not round says its last digit: a writer who rounds says "almost 60"
    ("winning almost 57 per cent of the vote", 56.0, 57.0),
    ("about 43 people died", 42.0, 44.0),
    ("some 21 kilometres from the depot", 20.0, 22.0),
    # round ones, and those under ten, keep a share of their value
    ("nearly 300 people died", 255.0, 300.0),
    ("about 75% of voters", 63.75, 86.25),
    ("about 8 people", 6.8, 9.2),
    # two written digits or more, the last not a five: rounded to that digit (qa72, qa73, qa70)
    ("Some 1,240 people were moved out", 1230.0, 1250.0),
    ("About 340 homes were flooded", 330.0, 350.0),
    ("Almost 64,000 people signed", 63000.0, 64000.0),
    ("about 1,250 people", 1062.5, 1437.5),
])
def test_about_or_nearly_a_figure_that_is_not_round_is_its_last_digit(text, low, high):
    (c,) = extract_numbers(text)
    assert (c.low, c.high) == pytest.approx((low, high))


def test_days_in_a_row_are_days():
    """qa196: "ran for 16 straight days" counted "straight", and was never set against "715 miles
    of road in 19 days"."""
    assert [c.counted for c in extract_numbers("He ran for 16 straight days.")] == [("day",)]
    assert [c.counted for c in extract_numbers("It rained for 12 consecutive days.")] == [("day",)]


def test_a_part_told_of_a_whole_counts_its_noun_and_the_whole_is_the_sets_size():
    """qa60: "hold 91 of the 169 seats" read 91 as counting nothing and 169 as seats, so "52 seats"
    (one party's) was set against 169 (0.90) and the planted 91 against 87 scored 0.19."""
    assert [(c.text, c.counted) for c in extract_numbers("The coalition holds 91 of the 169 seats in parliament.")] \
        == [("91", ("seat",)), ("169", ("+whole", "seat"))]
    assert [c.counted for c in extract_numbers("Independents won 14 of the corporation's 150 wards.")] \
        == [("ward",), ("+whole", "ward")]
    # what a body holds, written before it, is its capacity
    assert [c.counted[:1] for c in extract_numbers("The 42-seater bus was carrying 52 people.")] == [("+size",), ("people",)]
    assert one("Police arrested 40 of the protesters.").counted == ()  # no size of the set


def test_a_share_of_one_span_of_time_keeps_the_span():
    """qa216 p05: "will serve half of his 44-month sentence" made 44 the size of a set of months, so
    its months were never years and "a 40-month prison sentence" was never compared with it."""
    term = [c for c in extract_numbers("He will serve half of his 44-month sentence in custody.") if c.text == "44-month"][0]
    assert term.counted == ("year", "sentence") and abs(term.value - 44 / 12) < 1e-9
    # months counted out of a whole still are a set's size
    assert [c.counted for c in extract_numbers("Two of the 12 months were lost.")][1][:1] == ("+whole",)


def test_a_scale_word_glued_to_a_figure_is_its_scale():
    """qa64: "splashed out £16.5million" and "out of £4.2million" were no figures, so the planted
    fee was never compared with the others' "£18.5 million"."""
    [fee] = extract_numbers("The club splashed out £16.5million to prise the striker away.")
    assert (fee.text, fee.value, fee.unit) == ("£16.5million", 16_500_000.0, "GBP")
    [cost] = extract_numbers("It cost $4.2billion last year.")
    assert cost.value == 4_200_000_000.0
    # the glued abbreviation as before
    assert extract_numbers("The club paid £16.5m for him.")[0].value == 16_500_000.0


def test_the_thing_measured_follows_a_conversion_in_brackets():
    """qa73: "The 7.2-mile (11.6km) road" measured nothing, so it was no length of the "9.2-mile
    bypass" another outlet gave; a bracket without a figure still ends the thing counted."""
    (road,) = extract_numbers("The 7.2-mile (11.6km) road will open in May.")
    assert (road.unit, road.counted) == ("mi", ("road",))
    assert extract_numbers("Five people (pictured) were hurt.")[0].counted == ("people",)
    assert [c.counted for c in extract_numbers("Net profit rose to €412m (about $480m), up from €378m.")] == [(), (), ()]


def test_a_comma_after_a_figure_with_decimals_is_punctuation():
    """qa73: "will rise by £101.45 to £2,134.60, with police ..." was read as £2,134 and a 60, which
    then met "£2,134.60" in another outlet as a contradiction."""
    text = "The council's share of a Band D bill will rise by £101.45 to £2,134.60, with police precepts to come."
    assert [c.text for c in extract_numbers(text)] == ["£101.45", "£2,134.60"]
    assert [c.text for c in extract_numbers("Sales reached 1,234,567, the company said.")] == ["1,234,567"]


@pytest.mark.parametrize("text, low, high", [
    ("They won anyway, beating St Brigid's College by 44 points to 29 to claim the title.", 44, 29),
    ("The motion was carried by 12 votes to 3 after a long debate.", 12, 3),
    ("The final score was 44 to 29.", 44, 29),
    # a figure after two capitalised words is part of a name ("Nord Stream 1"), not a score glued
    # to a smaller one: "Manchester City 2-1" read a bare 1
    ("Arsenal beat Manchester City 2-1 at the Emirates.", 2, 1),
    ("Real Madrid beat Borussia Dortmund 2-0 in the final.", 2, 0),
])
def test_a_score_is_a_tally(text, low, high):
    """qa81: "by 44 points to 29" was two counts, 44 points and a bare 29."""
    c = one(text)
    assert (c.unit, c.low, c.high) == ("tally", low, high)


@pytest.mark.parametrize("text, margin", [
    ("Kallaroo beat St Brigid's College by 15 points in the final.", True),
    ("The motion passed by 12 votes.", True),
    ("She won by more than 2,000 votes.", True),
    ("The favourite won by three lengths.", True),
    ("The village was shelled by 12 tanks.", False),
    ("Support fell from 5 points to 3.", False),
])
def test_a_margin_won_by_is_a_difference(text, margin):
    """qa81: "by 15 points" (the margin) met "by 44 points to 29" (the score) as one figure."""
    assert ("+diff" in extract_numbers(text)[0].counted) == margin


def test_a_figure_glued_to_a_larger_one_stays_part_of_a_name():
    """Only a score is written winner first: "Nord Stream 1" and "737-800" name things."""
    assert extract_numbers("Nord Stream 1 was shut.") == []
    assert one("The Boeing 737-800 landed.").unit != "tally"


def test_a_decimal_written_in_words_is_read_to_its_last_digit():
    """qa99: "The work cost four point eight billion crowns" was read as four and eight billion, and
    set against another outlet's 4.8 billion."""
    c = one("The work cost four point eight billion crowns.")
    assert (c.value, c.low, c.high) == pytest.approx((4.8e9, 4.75e9, 4.85e9))
    assert c.text == "four point eight billion"
    c = one("Turnout was sixty-two point five per cent.")
    assert (c.value, c.low, c.high) == pytest.approx((62.5, 62.45, 62.55))
    # "point" with no digit word after it is no decimal
    assert one("It cost four million, point blank.").value == 4_000_000


@pytest.mark.parametrize("text,rate", [
    # qa111 c03: "1.2 million baht to each of the victims' families" against "a total of 2.4 million
    # baht": an amount for each one is a rate, never a total
    ("The court ordered compensation of 1.2 million baht to each of the victims' families.", "+per:each"),
    ("The two families will receive 1.2 million baht each.", "+per:each"),
    ("They will get 5,000 euros apiece.", "+per:each"),
    ("Nordkamp is paying 27.40 euros per share in cash.", "+per:share"),
    # qa112 p11: "a 14.2-points-per-game scorer" was 14.2 games set against "27 games"
    ("Hale was a 14.2-points-per-game scorer that season.", "+per:game"),
])
def test_an_amount_for_each_one_is_a_rate(text: str, rate: str) -> None:
    assert rate in extract_numbers(text)[-1].counted


def test_apiece_is_no_thing_counted() -> None:
    assert "apiece" not in one("They will get 5,000 euros apiece.").counted


@pytest.mark.parametrize("text", [
    "The team's other 27 games ended in defeat.",  # qa112 p11
    "The remaining 900 million goes to households.",
    "Of the aid package, 300 million crowns is earmarked for municipalities.",  # qa115 p01
    "Of those, $5 million went to schools.",
    "The rest of the card - three races - was abandoned.",  # qa209 c01, against "after four of the seven races"
    "The rest, 40 homes, were saved.",
])
def test_the_rest_of_a_set_or_a_share_of_a_fronted_whole_is_a_part(text: str) -> None:
    assert extract_numbers(text)[-1].counted[0] == "+part"


def test_a_figure_after_a_comma_with_no_fronted_whole_is_no_part() -> None:
    assert "+part" not in one("Of course, 300 people came.").counted
    assert "+part" not in one("In the end, 300 people came.").counted
    assert "+part" not in one("After a rest, 300 people came.").counted
    # qa56: "Of the 16 people initially hospitalized, 14 remain": the whole is told by its size, and
    # what remains is a count of its own ("Fourteen survivors remain hospitalized" agrees with it)
    assert "+part" not in extract_numbers("Of the 16 people initially hospitalized, 14 remain in hospital.")[-1].counted


def test_over_after_hand_or_turn_is_the_verbs_particle() -> None:
    """qa113 p07: "will hand over 15 million yen" was read as more than 15 million, which agreed
    with another outlet's "¥50 million"; "took over 30" and "paid over $5 million" stay bounds."""
    assert one("The club will hand over 15 million yen to the relief fund.").qualifier is None
    assert one("He handed over 300 documents to the court.").qualifier is None
    assert one("Police took over 30 phones from the site.").qualifier == "more_than"
    assert one("They paid over $5 million for the land.").qualifier == "more_than"


def test_years_imprisonment_is_a_penalty_term() -> None:
    """qa115 p05: "three years' imprisonment" against "a 30-month prison term" were a span of time
    against a term, weighed as two facts; both are the penalty passed."""
    assert cmp_numbers.penalty_term(one("He was sentenced at the regional court to three years' imprisonment."))
    assert not cmp_numbers.penalty_term(one("The inquiry into the court lasted three years."))


def test_a_hundred_and_more_is_one_number() -> None:
    """qa116 p01: "a hundred and thirty-four family homes" was read as 34."""
    assert one("The fire destroyed a hundred and thirty-four family homes.").value == 134
    assert one("It sent a thousand two hundred troops.").value == 1200
    assert one("A hundred troops arrived.").value == 100


def test_a_currency_word_and_two_digits_are_one_amount() -> None:
    """qa118 c01: "a dividend of 3 francs 40 per share" is CHF 3.40, not 3 francs against 3.40."""
    amount = one("Shareholders are to receive a dividend of 3 francs 40 per share.")
    assert (amount.value, amount.unit, amount.text) == (3.4, "CHF", "3 francs 40")
    assert [c.text for c in extract_numbers("He paid 200 pounds 15 times.")] == ["200 pounds", "15"]


def test_more_than_after_a_negated_verb_bounds_from_above() -> None:
    """qa119 c07: "cannot convert much more than 29% of sunlight" is at most 29%, which a typical
    22% does not contradict."""
    assert one("Silicon on its own cannot convert much more than 29% of sunlight.").high == 29
    assert one("The ferry can't hold more than 300 passengers.").high == 300
    assert one("Police said more than 40 people died.").low == 40


def test_a_span_and_a_half_and_a_full_span() -> None:
    """qa119 p09: "about an hour and a half" was not read; qa117 p06: "two full years" counted
    "full years", no span of time, against "18 months"."""
    half = one("Power was restored about an hour and a half after it failed.")
    assert (half.text, half.counted, half.value) == ("about an hour and a half", ("hour",), 1.5)
    assert one("It took a year and a half.").value == 1.5
    assert one("The researchers followed the group for two full years.").counted == ("year",)


def test_a_percentage_of_a_figure_is_a_share() -> None:
    """qa120 p04: "The pass percentage of 88.4 is ..." was a count, set against 11.58 lakh students
    and never against another outlet's "84.8 per cent"."""
    assert one("The pass percentage of 88.4 is the highest on record.").unit == "%"
    assert one("Sitapuri district recorded a pass percentage of 91.6, well above the average.").unit == "%"
    assert one("They measured the percentage of 16-year-olds who smoke.").unit == ""


def test_each_day_closing_the_clause_is_a_rate() -> None:
    """qa124 p04: "About 46,000 vehicles use the bridge each day" is a daily count, not the 31,000
    vehicles of one holiday."""
    assert one("About 46,000 vehicles use the bridge each day.").counted[0] == "+per:day"
    assert one("Some 14 people die on the roads every day, police said.").counted[0] == "+per:day"
    assert not one("He scored 20 points and we met every day.").counted[0].startswith("+per")


def test_cfa_francs_are_an_amount_of_money() -> None:
    """qa122 p05: "142 billion CFA francs" counted "CFA francs" as things."""
    amount = one("The law raises overall spending by 142 billion CFA francs.")
    assert (amount.unit, amount.text) == ("CFA", "142 billion CFA francs")
    assert amount.unit in CURRENCY_UNITS


def test_from_x_to_y_after_a_verb_of_change_is_two_levels_not_a_range():
    """qa143 p05: "cut the course from 42 to 26 kilometres" was a tally 42-26, and "rose from 5 to 7
    percent" a range of 5 to 7 per cent, which any figure between agrees with. After a verb of
    change they are the level it started from and the level it reached, the unit written once on
    the second. With no such verb "from 10 to 12 kilometres" stays a range."""
    cut = extract_numbers("Organisers cut the course from 42 to 26 kilometres on Sunday.")
    assert [(c.text, c.unit, c.low, c.high) for c in cut] == [("42", "km", 41.5, 42.5),
                                                              ("26 kilometres", "km", 25.5, 26.5)]
    rose = extract_numbers("Unemployment rose from 5 to 7 percent last year.")
    assert [(c.unit, c.value) for c in rose] == [("%", 5.0), ("%", 7.0)]
    assert cmp_numbers.conflicts(rose[1], one("Unemployment reached 6 percent last year."))
    course = one("The race runs from 10 to 12 kilometres.")
    assert (course.unit, course.low, course.high) == ("km", 10.0, 12.0)


def test_a_change_by_a_qualified_fraction_is_a_share():
    """qa153 p06: "plunged by nearly a third" was no figure, so "fell 18 percent" had nothing to
    disagree with. A qualifier may stand between "by" and the fraction."""
    third = one("Visitor numbers plunged by nearly a third last year.")
    assert (third.unit, round(third.low, 2), round(third.high, 2)) == ("%", 28.33, 33.33)
    assert cmp_numbers.conflicts(third, one("Visitor numbers fell 18 percent last year."))
    assert one("Prices rose by about a quarter.").unit == "%"
    assert extract_numbers("The site was run by nearly a third party.") == []


def test_pence_are_hundredths_of_a_pound() -> None:
    """qa152 c01: "64p" was read as no figure at all, so a stamp's price in pence met no figure and
    "£1.65" against "165p" could not be told to agree."""
    stamp = one("A first-class stamp now costs 165p.")
    assert (stamp.unit, stamp.text) == ("GBP", "165p")
    assert stamp.low <= 1.65 <= stamp.high < 1.7
    assert one("A loaf now costs 140 pence.").unit == "GBP"
    assert one("Diesel is 2.5p dearer.").value == pytest.approx(0.025)
    assert not extract_numbers("The meeting starts at 4p.m. on Friday.")


def test_pence_glued_to_a_change_and_its_level_are_two_figures() -> None:
    """"Petrol rose 2.5p to 191.5p" is by how much, then the price; "prices of 52p to 64p" is a range."""
    change, level = extract_numbers("Petrol rose 2.5p to 191.5p a litre.")
    assert (change.text, level.text) == ("2.5p", "191.5p")
    assert level.low == pytest.approx(1.9145)
    span = one("Prices of 52p to 64p per unit were offered.")
    assert (span.low, span.high) == (pytest.approx(0.52), pytest.approx(0.64))


def test_a_bare_count_before_a_verb_counts_what_the_last_count_counted() -> None:
    """qa161 p06: "214 people had now tested positive ... and that twenty-seven had been so unwell
    that they needed hospital treatment" counted nothing with the 27, so it looked like no count of
    people against another outlet's "17 people had been treated in hospital"."""
    _, bare = extract_numbers("Officials said 214 people had tested positive and that twenty-seven had "
                              "needed hospital treatment.")
    assert bare.counted == ("people",)
    assert extract_numbers("Russia fired 12 missiles, and Ukraine said 10 were shot down.")[1].counted == ("missile",)
    # "nine of whom": a part named by "of", not a count of its own
    assert extract_numbers("17 people were treated in hospital, nine of whom remain there.")[1].counted == ()


def test_a_bare_count_after_and_with_its_verb_left_out_counts_what_the_last_count_counted() -> None:
    """qa175 c01: "Around 15,000 people attended on the Saturday and 13,000 on the Sunday" against
    "Around 28,000 people flocked to the two-day festival" was reported: the 13,000 counted
    nothing, so the two days were not read as parts of the 28,000."""
    assert extract_numbers("Around 15,000 people attended on the Saturday and 13,000 on the Sunday.")[1].counted == ("people",)
    assert extract_numbers("Russia fired 12 missiles on Monday and 10 on Tuesday.")[1].counted == ("missile",)
    assert extract_numbers("Prices rose 5% in May and 3 in June.")[1].counted == ()  # a unit is no count
    assert extract_numbers("Around 15,000 people attended, with 13,000 on the Sunday.")[1].counted == ()


def test_a_bare_count_after_and_another_name_counts_what_the_last_count_counted() -> None:
    """qa189 c08: "The Post sells an average of 11,200 copies a day and the Star 9,800" read no 9,800
    ("Star" was a designator, as in "Flight 17"), so the two papers were not read as parts of
    "about 21,000 copies a day" between them."""
    post_and_star = extract_numbers("The Post sells an average of 11,200 copies a day and the Star 9,800, auditors said.")
    assert [c.value for c in post_and_star] == [11200, 9800] and post_and_star[1].counted == post_and_star[0].counted
    assert extract_numbers("Labour won 40 seats and the Conservatives 32.")[1].counted == ("seat",)
    assert extract_numbers("Flight 17 left.") == []  # a designator's number is still no count
    # the clause goes on after the number: it counts what follows it
    assert extract_numbers("Labour won 40 seats and the Conservatives 32 councillors said.")[1].counted == ("councillor",)


def test_a_school_year_is_no_count() -> None:
    """qa163 c01: "Year 11 and Year 13 students" against "Year 6 pupils" were 13 students against 6."""
    assert extract_numbers("Some secondary schools stayed open for Year 11 and Year 13 students.") == []
    assert [c.text for c in extract_numbers("Year 6 pupils sat 4 tests.")] == ["4"]


def test_a_share_of_a_set_names_the_size_of_the_set() -> None:
    """qa163 c04: "Just under half of the county's 530 schools are now shut" was 530 schools shut,
    against "264 schools were shut": 530 is the county's schools, as "210 of the county's 530" says."""
    whole = extract_numbers("Just under half of the county's 530 schools are now shut.")[-1]
    assert whole.counted[0] == "+whole"
    assert one("Most of its 40 members voted.").counted[0] == "+whole"
    assert one("The county closed 264 schools.").counted == ("school",)


def test_an_hour_written_as_a_word_adds_to_its_minutes() -> None:
    """qa192 p09: "reducing the journey to an hour and five minutes" was read as five minutes against
    "55 minutes"."""
    crossing = extract_numbers("The catamaran cut the journey to an hour and five minutes.")
    assert [(c.text, round(c.value, 3)) for c in crossing] == [("an hour and five minutes", 1.083)]
    assert round(extract_numbers("It took one hour and 20 minutes.")[0].value, 3) == 1.333
    assert round(extract_numbers("He waited an hour, then 20 minutes more.")[0].value, 3) == 0.333


def test_a_part_of_a_year_is_no_thing_counted() -> None:
    """qa67 p07: "reduced to 15 per cent in mid-2024" read "mid-2024" as a model's name ("T-72") and
    the thing counted, so the wire's "cut to 15%" no longer stated the same share."""
    assert extract_numbers("The tariff was reduced to 15 per cent in mid-2024.")[0].counted == ()
    assert extract_numbers("Russia sent 12 T-72 tanks.")[0].counted == ("t-72", "tank")


def test_a_span_told_in_quarters_is_that_much_time():
    """qa220 p11: "got under way an hour and a quarter late" was no figure and "three-quarters of an
    hour" a share of 75 per cent, so neither met "started 45 minutes late"."""
    def span(sentence: str) -> tuple[str, float, float, float, tuple[str, ...]]:
        (c,) = extract_numbers(sentence)
        return c.text, round(c.value, 3), round(c.low, 3), round(c.high, 3), c.counted[:1]

    assert span("The race got under way an hour and a quarter late.") == ("an hour and a quarter", 1.25, 1.125, 1.375, ("hour",))
    assert span("For three-quarters of an hour, runners waited.") == ("three-quarters of an hour", 0.75, 0.625, 0.875, ("hour",))
    assert span("The start was delayed by half an hour.")[:4] == ("half an hour", 0.5, 0.375, 0.625)
    assert span("It took a quarter of an hour.")[1] == 0.25
    assert span("The race started 45 minutes late.")[1] == 0.75  # the same unit
    # a share, a scale and a time reference stay what they were
    assert span("A quarter of the runners quit.")[1:2] == (25.0,)
    assert span("Half a million people came.")[1] == 500000.0
    assert extract_numbers("The zoo opened half a century ago.") == []


def test_a_fraction_of_a_mile_and_one_unit_bounded_are_lengths_and_spans():
    """qa243 p08: "roughly half a mile" against "about 400 metres" was no figure, and "about a
    quarter of a mile (400m)" read as 25 per cent; qa244 p10: "just over an hour" against "in 38
    minutes" was no figure. "half a mile" is 0.5 miles, a fraction of a mile that much of it, and a
    unit after a bound's "a" one unit, by definition ("over an hour ago" is a date)."""
    half = one("The halt will sit roughly half a mile from the ground.")
    assert (half.value, half.unit, half.qualifier) == (0.5, "mi", "about")
    quarter = extract_numbers("The station will be about a quarter of a mile (400m) from the entrance.")[0]
    assert (quarter.value, quarter.unit) == (0.25, "mi")
    hour = one("The tickets sold out in just over an hour.")
    assert (hour.value, hour.counted, hour.qualifier) == (1.0, ("hour",), "just_over")
    assert one("It was nearly a mile long.").unit == "mi"
    assert extract_numbers("He left over an hour ago.") == []
    assert extract_numbers("It took an hour.") == []  # no bound: "an hour" is too often no figure


def test_a_share_changed_by_a_fraction_before_a_span_is_read():
    """qa241 p06: "Break-ins plunged by more than a fifth in twelve months" was read as the odds
    "a ... in twelve" and dropped, against "fell by 12 per cent in the year"."""
    fifth = extract_numbers("Break-ins plunged by more than a fifth in twelve months, figures show.")[0]
    assert (fifth.text, fifth.value, fifth.unit) == ("more than a fifth", 20.0, "%")
    assert one("One in three adults smoke.").value == pytest.approx(100 / 3)


def test_a_count_every_week_is_a_rate():
    """qa245 p06: "up to 250 appointments every week" counted "appointment every week", no rate,
    against "about 450 appointments a week": "every week" is "a week"."""
    assert one("The clinic will offer up to 250 appointments every week.").counted == ("+per:week", "appointment")
    assert one("Russia fires 20 missiles every day.").counted == ("+per:day", "missile")
    # ... and money "for every share" is per share, as "per share" is (qa58 p01, a read set the
    # first version lost: "every" no longer read as what the money counts)
    assert one("Shareholders will be paid $39.50 for every share they hold.").counted == ("+per:share",)
    assert one("It agreed to pay $38.50 per share in cash.").counted == ("+per:share",)


def test_a_count_per_so_many_of_a_thing_is_a_rate_of_that_base():
    """qa246 p10: "about 20 concussions per 1,000 hours of match play" against "11 concussions per
    100 players each season" was a finding (0.72): a rate per 1,000 hours is no rate per 100
    players, and neither a total."""
    assert one_of("Professional players suffer about 20 concussions per 1,000 hours of match play.").counted \
        == ("+per:1000 hour", "concussion")
    assert one_of("The study found 11 concussions per 100 players each season.").counted == ("+per:100 player", "concussion")
    assert one_of("There were 4.5 deaths per 100,000 people.").counted == ("+per:100000 people", "death")


def one_of(text: str):
    """The first figure of a sentence (the base of a rate is a figure too)."""
    return extract_numbers(text)[0]


def test_a_place_after_in_is_where_not_what():
    """qa245 c01: "used in 140 practices in England and 12 in Wales" counted "Wales" for the 12, so
    the two were never read as parts of "152 practices": a capitalised name ending the phrase after
    "in" says where; the count's noun is left out, as English does."""
    england, wales = extract_numbers("The app is now used in 140 practices in England and 12 in Wales.")
    assert wales.counted == ("practice",)
    assert one_of("Police arrested 12 in Leeds.").counted == ()
    assert one_of("They raised $750,000 in campaign money.").counted == ("campaign", "money")
    assert one_of("The firm invested £5m in Treasury bonds.").counted == ("treasury", "bond")


def test_a_verb_after_and_is_no_second_thing_counted():
    """qa130 p04: "an agreement that covers six seasons and gives it every one of the 240 matches"
    counted "seasons and gives", and the two-kinds rule then kept it from "five seasons" (a read set
    this stop's first version lost)."""
    assert one_of("An agreement that covers six seasons and gives it every one of the 240 matches.").counted == ("season",)
    assert one_of("About 1,500 officers and stewards were on duty.").counted == ("officer", "steward")


@pytest.mark.parametrize("text, counted", [
    ("Four night-shift workers were rushed to hospital.", ("night-shift", "worker")),
    ("Two day-trippers were rescued from the cliff.", ("day-tripper",)),
    ("Three year-round residents objected.", ("year-round", "resident")),
])
def test_a_time_word_hyphened_to_a_noun_names_who_is_counted(text, counted):
    """"four night-shift workers" are four workers, not a span of four nights."""
    assert extract_numbers(text)[0].counted == counted


def test_a_time_word_hyphened_to_long_is_still_a_span():
    assert extract_numbers("It was the first of two week-long strikes.")[0].counted == ("day",)


@pytest.mark.parametrize("text, value, counted", [
    ("Councillors backed a rise of nearly a fifth in the precept.", 20.0, ("rise",)),
    ("The board agreed a cut of a third to the budget.", 100 / 3, ("cut",)),
    ("There has been a fall of a quarter since 2019.", 25.0, ("fall",)),
])
def test_a_change_written_as_a_fraction_after_its_noun_is_a_share(text, value, counted):
    """"a rise of a fifth" is a 20 per cent rise, as "raised by a fifth" is (qa272 p06)."""
    (claim,) = extract_numbers(text)
    assert claim.unit == "%" and math.isclose(claim.value, value) and claim.counted == counted


def test_the_rise_of_a_third_party_is_no_change():
    assert extract_numbers("He warned of the rise of a third party.") == []

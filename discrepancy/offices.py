"""Offices: a title read as (rank, role, portfolio or body, jurisdiction) and compared as an office.

News writes one office many ways: "Defense Secretary" and "US Secretary of Defence",
"Russian Foreign Minister" and "Russian foreign secretary", "Deputy U.N. Ambassador"
and "U.N. Deputy Ambassador". Two titles of one person conflict only when the offices
differ: another portfolio, another rank where both state one ("Maj. Gen." vs "Lt.
Gen."), or offices that exclude each other. What is only spelling, word order, a
country one side leaves out, or a shortening ("General" for "Lieutenant General") is
no conflict. The words come from `data/offices.json` and `data/titles.json`.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from . import tables
from .gazetteer import PART_OF, PLACE, US_STATES
from .model import TitleClaim
from .textnorm import fold_lower

_OFFICES = tables.table("offices")
_TITLES = tables.table("titles")

# role words -> (canonical role, family, implied rank)
ROLES: dict[tuple[str, ...], tuple[str, str, str]] = {
    tuple(words.split()): (role, family, rank) for words, role, family, rank in _TITLES["roles"]}
ROLES.update({tuple(words.split()): (role, "military", grade)
              for role, grades in _OFFICES["military_ranks"].items() for words, grade in grades.items()})
# a role of two words is written hyphened too ("Attorney-General", "Solicitor-General"): read as
# "General" alone, it was a military rank
ROLES.update({(f"{k[0]}-{k[1]}",): entry for k, entry in list(ROLES.items()) if len(k) == 2 and (f"{k[0]}-{k[1]}",) not in ROLES})
MAX_ROLE_WORDS = max(len(k) for k in ROLES)
ROLE_WORDS = frozenset(k[0] for k in ROLES if len(k) == 1)
# Words before a role that give its rank ("deputy") or only qualify it ("acting": no rank of its own).
RANKS: dict[str, str] = _OFFICES["ranks"]
# Ranks of posts below the head of a portfolio: "junior minister" may stand for any of them.
JUNIOR_RANKS = frozenset(_OFFICES["junior_ranks"])
# Ranks that name someone other than the office's holder: its deputy
_DEPUTY_RANKS = frozenset({"deputy", "assistant"})
# Roles that say what someone does rather than name a post: a deputy does it too
_DESCRIBING_ROLES = frozenset({"spokesperson", "adviser", "aide", "official", "envoy", "negotiator", "counselor"})
FORMER = frozenset(_OFFICES["former"])
# Families whose offices exclude each other for one person at one time.
CONFLICTING_FAMILIES = frozenset(_TITLES["conflicting_families"])
# Offices of different families that one person cannot hold at once: a governor is not also a
# legislator or a judge. Ministers may sit in a legislature (parliamentary systems), so those do not.
_EXCLUSIVE_ACROSS = frozenset(frozenset(p) for p in _TITLES["exclusive_across_families"])
# Offices with a single holder per jurisdiction (or per domain): a different person is a new holder.
SINGLE_HOLDER_ROLES = frozenset(_TITLES["single_holder_roles"])
# Lower-case nouns right before a role that make it that body's office ("team president Stan
# Kasten"): every team, club or company has one, so it names no single office of a place.
ORGANISATION_NOUNS = frozenset(_TITLES["organisation_nouns"])
# Roles whose office is named by a portfolio or body: only for these does the domain tell offices apart.
PORTFOLIO_ROLES = frozenset(_TITLES["portfolio_roles"])
# Portfolios common to most governments: two different ones name two different offices. Other
# words ("DPR", "Donetsk People's Republic") may be written many ways, so they never conflict alone.
STANDARD_PORTFOLIOS = frozenset(_OFFICES["portfolios"])
_POSTS_WITHIN: dict[str, str] = _OFFICES["posts_within"]
COLLEGIAL_BODIES = frozenset(_OFFICES["collegial_bodies"])
_COMPANY_HEADS = frozenset(_OFFICES["company_heads"])
_SERVICE_CHIEFS: dict[str, frozenset[str]] = {chief: frozenset(heads) for chief, heads in _OFFICES["service_chiefs"].items()}
# Organisations a title names by itself ("NATO", "the World Bank"), and the roles that head one.
ORGANISATIONS = frozenset(_OFFICES["organisations"])
# Organisations that are courts ("ICC", "the International Court of Justice"): their judges are no prosecutors.
COURT_ORGANISATIONS = frozenset(canonical for canonical, aliases in _OFFICES["organisations"].items()
                                if any("court" in alias.split() for alias in aliases))
# One-word names of those organisations ("Fed", "NATO", "Interpol"): a title may open with one.
ORGANISATION_WORDS = frozenset(w for canonical, aliases in _OFFICES["organisations"].items()
                               for w in (canonical, *aliases) if " " not in w)
# Organisations' names of several words that open with a place's ("European Central Bank",
# "African Development Bank"): their first word names the body, not the title's jurisdiction.
ORGANISATION_PHRASES = frozenset(tuple(alias.split()) for canonical, aliases in _OFFICES["organisations"].items()
                                 for alias in (canonical, *aliases) if " " in alias)
ORGANISATION_HEADS = frozenset(_OFFICES["organisation_heads"])
# Roles that head the organisation, agency or force their title names: one person heads one at a time.
HEADS_OF_ORGANISATIONS = frozenset(_OFFICES["heads_of_organisations"])
# Buildings and departments named for the body a spokesperson speaks for ("Pentagon": defence).
_SPOKESPERSON_BODIES: dict[str, str] = _OFFICES["spokesperson_bodies"]
# Military ranks whose bare word stands for any of their grades ("General" for a Lieutenant General).
_BARE_SHORTENS = frozenset(_OFFICES["bare_shortens"])
_ROLE_PORTFOLIOS: dict[str, dict[str, str]] = _OFFICES["role_portfolios"]
# Words naming a legislative chamber: its president presides over it ("Bundestag President").
CHAMBERS = frozenset(_OFFICES["chambers"])
# Roles that name the holder of a portfolio when they state one: the Finance Minister, the
# Treasury Secretary and the Chancellor of the Exchequer hold one office of one country.
PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", *_ROLE_PORTFOLIOS})
_BARE_ROLE_PORTFOLIOS: dict[str, dict[str, str]] = _OFFICES["bare_role_portfolios"]
_SPELLINGS: dict[str, str] = _OFFICES["spellings"]
# The seat a chamber's leadership office implies ("house" -> "representative").
_CHAMBER_SEATS: dict[str, str] = _OFFICES["chamber_seats"]
# Top military posts by the ways titles write them ("chief of army staff" = "army chief").
_MILITARY_POSTS: tuple[tuple[str, str], ...] = tuple(sorted(
    ((phrase, post) for post, phrases in _OFFICES["military_posts"].items() for phrase in phrases),
    key=lambda pair: -len(pair[0])))
# The armed services, whose possessive names the post ("the Army's chief of staff", "Pakistan's navy").
_SERVICES = frozenset({"army", "navy", "force", "forces", "corps", "guard", "marines"})
# Words that make a capitalised name an organisation's ("Asian Development Bank", "International Fund
# for Agricultural Development", "World Food Programme").
_BODY_NAME_WORDS = frozenset({"bank", "fund", "organization", "organisation", "agency", "programme", "program",
                              "authority", "bureau", "institute", "foundation", "association", "federation"})
# A court's level by the words that name it ("district", "appeals"/"circuit"): a judge sits on one.
_COURT_LEVELS: dict[str, str] = {w: level for level, words in _OFFICES["court_levels"].items() for w in words}


def _aliases() -> dict[tuple[str, ...], str]:
    """Every alias (portfolio, organisation, filler word) as a word tuple -> its canonical word ("" = drop)."""
    out: dict[tuple[str, ...], str] = {(w,): "" for w in _OFFICES["filler"]}
    for table in (_OFFICES["portfolios"], _OFFICES["organisations"]):
        for canonical, aliases in table.items():
            for alias in (canonical, *aliases):
                out[tuple(alias.split())] = canonical
    return out


_ALIASES = _aliases()
_MAX_ALIAS_WORDS = max(len(k) for k in _ALIASES)
# Lower-case words a title may contain because they name a portfolio ("junior defence minister").
PORTFOLIO_WORDS = frozenset(w for canonical, aliases in _OFFICES["portfolios"].items() for alias in (canonical, *aliases)
                            for w in alias.split()) | frozenset(_OFFICES["filler"]) | frozenset(_SPELLINGS)


def canonical_domain(words: Sequence[str], role: str = "") -> str:
    """'Foreign Affairs' -> 'foreign', 'Defence' -> 'defense', 'U.N.' -> 'un', 'Secretary of State' -> 'foreign'."""
    clean = [w.strip("'").removesuffix("'s") for w in words]
    clean = [_SPELLINGS.get(w, w) for w in clean if w]
    out: list[str] = []
    i = 0
    while i < len(clean):
        for n in range(min(_MAX_ALIAS_WORDS, len(clean) - i), 0, -1):
            key = tuple(clean[i:i + n])
            if key in _ALIASES:
                word = _ALIASES[key]
                i += n
                break
        else:
            word = clean[i]
            i += 1
        if word and word not in out:
            out.append(word)
    if len(out) == 1 and out[0] in _ROLE_PORTFOLIOS.get(role, {}):
        out = [_ROLE_PORTFOLIOS[role][out[0]]]
    return " ".join(out)


def acronym(domain: str) -> str:
    return "".join(w[0] for w in domain.split() if w not in ("and", "of", "the", "for"))


# A department's initialism before the initials of its portfolio: "DHS" (Department of Homeland
# Security), "DOJ" (Department of Justice), "USDA" (U.S. Department of Agriculture).
_DEPARTMENT_PREFIXES = ("d", "do", "usd")


def _abbreviates(short: str, long: str) -> bool:
    """Is `short` one word made of `long`'s initials ("nsdc", "un", a department's "dhs")?"""
    if " " in short:
        return False
    initials = acronym(long)
    return short == initials or bool(initials) and any(short == p + initials for p in _DEPARTMENT_PREFIXES)


# Words that name the level of a government, not a portfolio or body: "Provincial minister",
# "Regional Health Minister", "the city's transport commissioner"
_LEVEL_WORDS = frozenset({"province", "provincial", "region", "regional", "municipal", "city", "county", "local"})


def _without_levels(domain: str) -> str:
    return " ".join(w for w in domain.split() if w not in _LEVEL_WORDS)


def domains_match(a: str, b: str) -> bool:
    """Could two domains name the same portfolio or body ("nsdc" ~ "national security defense council")?"""
    if not a or not b or a == b:
        return True
    a, b = _without_levels(a), _without_levels(b)
    if not a or not b or a == b:
        return True  # "Provincial minister": a minister of the province's government, no portfolio named
    for short, long in ((a, b), (b, a)):
        if len(short) >= 2 and _abbreviates(short, long):
            return True
    wa, wb = set(a.split()), set(b.split())
    if bool(wa & COLLEGIAL_BODIES) != bool(wb & COLLEGIAL_BODIES):
        return False  # "national security defense council" is a council, not the "defense" ministry
    if wa <= wb or wb <= wa:
        return True
    sa, sb = wa & STANDARD_PORTFOLIOS, wb & STANDARD_PORTFOLIOS
    if sa and sb:
        return bool(sa & sb)  # "Business and Energy" vs "Energy and Industrial Strategy": one ministry
    return bool(wa & wb) or not (sa or sb)


def jurisdictions_clash(a: TitleClaim, b: TitleClaim) -> bool:
    """Two stated jurisdictions that cannot both be the office's. A member of Congress sits for a
    state of the United States ("US Senator" and "Sen. ..., R-Ky." are one seat); a state's
    attorney general is not the US one."""
    x, y = a.jurisdiction, b.jurisdiction
    if not x or not y or x == y or PART_OF.get(x) == y or PART_OF.get(y) == x:
        return False
    in_congress = a.family == b.family == "legislature" and {x, y} - US_STATES == {"united states"}
    return not (in_congress and len({x, y} & US_STATES) == 1)


def compare_titles(a: TitleClaim, b: TitleClaim) -> str:
    """'same', 'compatible' (both can hold at once) or 'conflict' (one person cannot hold both)."""
    if a.former or b.former:
        return "compatible"
    if a.acting != b.acting:
        return "compatible"  # an acting president or attorney general keeps the office they hold
    clash = jurisdictions_clash(a, b)
    if not clash and (_service_chief_and_head(a, b) or _service_chief_and_head(b, a)):
        return "compatible"  # "Bhimnagar police chief" / "District superintendent of police": the force's head
    if _elect_and_incoming(a, b) or _elect_and_incoming(b, a):
        return "same"  # "president-elect" / "incoming president": the office not yet taken up
    if not clash and (_councillor_and_mayor(a, b) or _councillor_and_mayor(b, a)):
        return "compatible"  # "the town mayor, Councillor Dennis Aldred": a mayor chosen from the council
    if _bare_portfolio(a, b) or _bare_portfolio(b, a):
        return "same"  # "Chancellor Rachel Reeves" is "Britain's finance minister"
    if not clash and (_deputy_head_and_minister(a, b) or _deputy_head_and_minister(b, a)):
        return "compatible"  # a deputy or alternate prime minister often holds a ministry too
    if _other_chamber(a, b) or _other_chamber(b, a):
        return "conflict"  # the House Majority Whip is a Representative, not a Senator
    if _deputy_of_the_holder(a, b) or _deputy_of_the_holder(b, a):
        return "conflict"  # the IAEA's Deputy Director General is not its Director General
    if not clash and (_court_president_and_chief_justice(a, b) or _court_president_and_chief_justice(b, a)):
        return "compatible"  # Israel's Supreme Court President is its Chief Justice
    if _prosecutor_and_judge(a, b) or _prosecutor_and_judge(b, a) or _presiding_and_government(a, b) \
            or _presiding_and_government(b, a):
        return "conflict"  # the ICC's prosecutor is not its president; a chamber's speaker is no minister
    if _diplomat_and_head(a, b) or _diplomat_and_head(b, a):
        return "conflict"  # a UN ambassador is no state's governor
    if _union_president_and_general_secretary(a, b):
        return "conflict"  # a union's president chairs it; its general secretary runs it
    if _two_military_posts(a, b):
        return "conflict"  # the chairman of the Joint Chiefs is not the Air Force's chief of staff
    if (_heads_of_two_organisations(a, b) or _organisation_and_government(a, b) or _organisation_and_government(b, a)
            or _speaks_for_two_bodies(a, b)):
        return "conflict"  # the FBI's director is not the CIA's; NATO's Secretary General is no prime minister
    if (_part_under_the_head(a, b) or _part_under_the_head(b, a) or _leader_and_officer(a, b) or _leader_and_officer(b, a)
            or _mayor_and_council_leader(a, b) or _mayor_and_council_leader(b, a)):
        return "conflict"  # the council's director of education is not its chief executive, nor is its leader
    if not clash and (_chair_and_chief_executive(a, b) or _chair_and_chief_executive(b, a)):
        return "conflict"  # Northvale's chairman is not Northvale's chief executive
    if a.family != b.family and "corporate" in (a.family, b.family):
        head_a, head_b = _company_head(a), _company_head(b)
        if head_a is not a or head_b is not b:
            return compare_titles(head_a, head_b)  # a managing director against a CFO
    if a.family != b.family:
        if _service_office(a, b) or _service_office(b, a):
            return "compatible"  # "Metropolitan Police Commissioner" / "London's police chief": the force's own head
        return "conflict" if frozenset((a.family, b.family)) in _EXCLUSIVE_ACROSS else "compatible"
    if _heads_of_two_bodies(a, b) or _two_police_forces(a, b) or _two_courts(a, b):
        return "conflict"  # the European Council's president is not the European Commission's
    if a.family not in CONFLICTING_FAMILIES:
        return "compatible"
    if clash:
        return "conflict"
    if _post_within(a, b) or _post_within(b, a) or _minister_in_the_department(a, b) or _minister_in_the_department(b, a):
        return "compatible"  # the Armed Forces Minister is a junior defence minister; a Treasury minister may be its Chief Secretary
    role_equal = a.role == b.role or ({a.role, b.role} <= PORTFOLIO_HOLDERS and bool(a.domain and b.domain)
                                      and domains_match(a.domain, b.domain)) or (
        {a.role, b.role} == _JUDGES and (a.domain == b.domain or _justice_of_a_superior_court(a, b)
                                         or _bare_judge(a) or _bare_judge(b)))
    if not role_equal:
        if _contains_role(a, b) or _contains_role(b, a):
            return "compatible"  # "UN Secretary" is an abbreviated "Secretary-General"
        return "conflict"
    if a.rank != b.rank:
        if a.family == "legislature" and {a.rank, b.rank} == {"state", ""}:
            # "Sen. Carol Whitaker" names no level: a state senator's title shortened, as local news
            # writes it; "U.S. Sen." names the nation's senate, another office
            bare = a if not a.rank else b
            return "conflict" if bare.jurisdiction and bare.jurisdiction not in _US_STATE_NAMES else "compatible"
        if not ranks_compatible(a.rank, b.rank, a.family, a.role) or _secretary_and_minister_of_state(a, b) \
                or _secretary_and_minister_of_state(b, a):
            return "conflict"
        if a.family == "military":
            return "compatible"
    if a.role in PORTFOLIO_ROLES and not domains_match(a.domain, b.domain):
        return "conflict"
    if a.family == "diplomatic" and _posted_apart(a.domain, b.domain):
        return "conflict"  # an ambassador to Russia is not the ambassador to Ukraine
    if a.rank == b.rank and a.domain == b.domain and a.jurisdiction == b.jurisdiction:
        return "same"
    return "compatible"


_COUNTRIES_AND_STATES = frozenset(PLACE.values())
_US_STATE_NAMES = frozenset(fold_lower(name.split(" (")[0]) for name in US_STATES)
# Families whose roles head one named body each (a state, city, region or see).
_BODY_FAMILIES = frozenset({"head", "religious"})
# Heads of a region's government, named by their region ("Delhi Chief Minister", "Ontario Premier").
_HEADS_OF_REGIONAL_GOVERNMENT = frozenset({"chief minister", "first minister", "prime minister"})
# A member of a court is styled judge or justice by the court's custom, and news writes either
# ("Justice Juan Merchan" of New York's Supreme Court is "Judge Merchan"): one office where both
# name the same court or neither names one; a bare "Justice" against a named lower court still
# reads as two seats.
_JUDGES = frozenset({"judge", "justice"})
# Law officers elected for one county or city each ("Fulton County District Attorney", "Sheriff of
# Maricopa County"): two places are two offices.
_ONE_PER_PLACE = frozenset({"district attorney", "sheriff"})
# Words that name no body by themselves ("regional governor", "city mayor").
_GENERIC_BODY_WORDS = frozenset({"city", "region", "regional", "oblast", "province", "provincial", "state", "county",
                                 "district", "municipal", "metropolitan", "lord", "of", "the", "and",
                                 # the body in context, not one named: "Company president Kenji Morita"
                                 "company", "firm", "group", "club", "party"})
# A nationality the tables lack ("Ukranian"), and a capitalised verb or adverb that opened the
# sentence ("Saying"), read as a body's name otherwise.
_NATIONALITY_ENDING = re.compile(r"(?:ian|ean|ese|ish|ic)$")
_OPENER_ENDING = re.compile(r"(?:ing|ed|ly)$")
# Families whose roles are rungs of one ladder: a shorter role is a lower rung, not a shortening.
_RANK_LADDERS = frozenset({"police", "fire"})


def _bare_portfolio(bare: TitleClaim, minister: TitleClaim) -> bool:
    """A role written bare that is a portfolio in one country ("Chancellor", Britain's finance
    minister), against that portfolio, with that country named on one side and no other on the
    other ("Attorney General" / "U.S. Justice Secretary"; a bare "Justice Secretary" may be Britain's)."""
    countries = _BARE_ROLE_PORTFOLIOS.get(bare.role, {})
    if not countries or bare.domain or bare.rank or minister.rank or minister.role not in PORTFOLIO_HOLDERS:
        return False
    named = {bare.jurisdiction, minister.jurisdiction}
    return any(minister.domain == portfolio and country in named and named <= {"", country}
               for country, portfolio in countries.items())


def _posted_apart(a: str, b: str) -> bool:
    """Two posts of a diplomat, at least one in a named country or both at a named organisation,
    that are not one place: a country's or organisation's name says more than `domains_match`
    can tell of two unknown bodies."""
    if not a or not b or a == b or not ({a, b} & _COUNTRIES_AND_STATES or {a, b} <= ORGANISATIONS):
        return False
    return not (_abbreviates(a, b) or _abbreviates(b, a))


def _heads_of_two_bodies(a: TitleClaim, b: TitleClaim) -> bool:
    """One role heading two named bodies that share no word: "European Council President" /
    "European Commission President", "Archbishop of York" / "Archbishop of Canterbury", "Bank of
    Japan Governor" / "Tokyo Governor", "Delhi Chief Minister" / "Punjab Chief Minister". Only
    roles with one holder per body (a head of state, city or region or of its government; a see),
    and not a portfolio, whose words `domains_match` reads loosely. Two spellings of one place
    ("Zaporizhzhia" / "Zaporozhye") are one body."""
    if a.role != b.role or a.rank != b.rank or a.role in PORTFOLIO_ROLES:
        return False
    if a.family not in _BODY_FAMILIES and a.role not in _HEADS_OF_REGIONAL_GOVERNMENT and a.role not in _ONE_PER_PLACE:
        return False
    if jurisdictions_clash(a, b):
        return False  # left to the jurisdiction clash
    if not (_names_a_body(a) and _names_a_body(b)):
        return False
    wa, wb = set(a.domain.split()) - _GENERIC_BODY_WORDS, set(b.domain.split()) - _GENERIC_BODY_WORDS
    if not wa or not wb or wa <= wb or wb <= wa:
        return False
    for short, long in ((a, b), (b, a)):
        named = f"{long.domain} {long.jurisdiction}" if long.jurisdiction and not short.jurisdiction else long.domain
        if " " not in short.domain and any(_initials_within(acronym(n), short.domain) for n in (long.domain, named)):
            return False  # "ECB" / "European Central Bank", "NBU" / "National Bank of Ukraine", "BoJ" / "Bank of Japan" (a jurisdiction read apart)
    return not any(_one_spelling(x, y) for x in wa for y in wb)


def _named_as_staff(t: TitleClaim) -> bool:
    """Is a top military post named as a staff officer's ("chief of the General Staff", "chairman of
    the Joint Chiefs of Staff")? A minister does not hold one; a loose "army chief" may be the minister
    himself where the minister commands the armed forces (Egypt's in 2013)."""
    text = fold_lower(t.text)
    return "staff" in text or "joint chiefs" in text


def military_post(t: TitleClaim) -> str:
    """The top military post a title names ("army", "joint chiefs"; "deputy army" for its deputy), or "".
    Read from the title as written, since the post is often the domain of a rank ("Chief of the Army
    Staff Gen.") or a role of its own ("chairman of the Joint Chiefs of Staff")."""
    return _military_post_written(t.text)


@functools.lru_cache(maxsize=4096)
def _military_post_written(title: str) -> str:
    """`military_post` of a title's text, read once per text: a person's titles are compared pairwise."""
    text = " " + re.sub(r"[^a-z ]+", " ", fold_lower(title).replace("-", " ")) + " "
    text = re.sub(r" the ", " ", text.replace(" defence ", " defense "))
    # "chief of Russia's General Staff": a possessive says whose; but "the Army's chief of staff" whose post
    text = re.sub(r" ([a-z]+) s ", lambda m: f" {m.group(1)} " if m.group(1) in _SERVICES else " ", text)
    # "chief of the French defence staff", "commander of the Canadian Army": the country says whose
    text = " ".join(w for w in text.split() if w not in PLACE or w in _SERVICES)
    text = f" {text} "
    for phrase, post in _MILITARY_POSTS:
        at = text.find(f" {phrase} ")
        if at >= 0:
            before = text[:at].split()
            return f"deputy {post}" if before and before[-1] in ("vice", "deputy") else post
    return ""


def _two_military_posts(a: TitleClaim, b: TitleClaim) -> bool:
    """Two top military posts, or a post and its deputy: "chairman of the Joint Chiefs of Staff" /
    "Air Force Chief of Staff Gen.", "Chief of Defence Staff General" / "Chief of the Army Staff Gen.";
    or a top military post and an office in the government."""
    pa, pb = military_post(a), military_post(b)
    ca, cb = _command(a), _command(b)
    if (pa or ca) and (pb or cb):
        return (pa, ca) != (pb, cb)  # two posts, two commands, or a post and a command
    # an officer in a top military staff post holds no office in the government and heads no agency:
    # "chief of Russia's General Staff" / "Russian Defense Minister", "chief of the General Staff" / "director of the Mossad"
    post, other = (a, b) if pa else (b, a)
    if not (pa or pb) or not _named_as_staff(post):
        return False
    if other.rank and other.domain == "defense":
        return False  # a deputy defence minister may be a serving general (Russia's chief of the General Staff is its first)
    return other.family == "executive" and other.role in _GOVERNMENT_OFFICES or bool(_organisation(other))


def _command(t: TitleClaim) -> str:
    """The military command a commander or head leads ("commander of U.S. Central Command"), or ""."""
    words = t.domain.split()
    if t.role not in ("commander", "head", "chief") or "command" not in words:
        return ""
    return " ".join(w for w in words if w != "command")


# A government's offices: its head and its ministers (not an organisation's secretary general).
_GOVERNMENT_OFFICES = frozenset({"prime minister", "minister", "secretary", "chancellor", "chief minister", "first minister"})


def _diplomat_and_head(diplomat: TitleClaim, head: TitleClaim) -> bool:
    """A diplomat is posted abroad; a governor or mayor governs at home, a president heads a state:
    "U.S. Ambassador to the United Nations" / "South Carolina Governor". A president of a body (the
    Security Council's rotating president is an ambassador) is left out."""
    return (diplomat.family == "diplomatic" and head.family == "head"
            and (head.role in ("governor", "mayor") or head.role == "president" and not head.domain))


def _names_a_court(domain: str) -> bool:
    words = set(domain.split())
    return "court" in words or bool(words & COURT_ORGANISATIONS)


_PROSECUTORS = frozenset({"prosecutor", "district attorney"})


def _prosecutor_and_judge(prosecutor: TitleClaim, judge: TitleClaim) -> bool:
    """A prosecutor is no judge ("Special Counsel" / "U.S. District Judge"), and a court's prosecutor
    is not its president ("ICC Prosecutor" / "ICC President")."""
    if prosecutor.role not in _PROSECUTORS:
        return False
    if judge.role in ("judge", "justice"):
        return True
    return (judge.role == "president" and bool(prosecutor.domain) and bool(judge.domain)
            and _names_a_court(prosecutor.domain) and _names_a_court(judge.domain)
            and domains_match(prosecutor.domain, judge.domain))


def _court_president_and_chief_justice(president: TitleClaim, chief: TitleClaim) -> bool:
    """A supreme court's president is its chief justice ("Supreme Court President" / "Israel's Chief
    Justice"), where neither names another court."""
    return (president.role == "president" and _names_a_court(president.domain) and chief.role == "justice"
            and chief.rank == "chief" and (not chief.domain or domains_match(president.domain, chief.domain)))


def _presiding_and_government(presiding: TitleClaim, member: TitleClaim) -> bool:
    """A chamber's speaker or president presides over it and holds no office in the government:
    "Lebanese Parliament Speaker" / "Prime Minister", "President of the National Assembly" / "Interior Minister"."""
    return (presiding.family == "leadership" and presiding.role == "speaker" and member.family == "executive"
            and member.role in _GOVERNMENT_OFFICES)


def _justice_of_a_superior_court(a: TitleClaim, b: TitleClaim) -> bool:
    """A bare "Justice" and a judge of a high or supreme court: the superior courts style their
    judges "Justice" ("Judge Thandiwe Ndlovu of the Eastern Cape High Court" is "Justice Ndlovu")."""
    bare, judge = (a, b) if a.role == "justice" else (b, a)
    return bare.role == "justice" and not bare.domain and judge.role == "judge" and _court_level(judge) in ("high", "supreme")


def _bare_judge(t: TitleClaim) -> bool:
    """A "judge" of no court named, described ("the senior judge Sir Tariq Hamid"), is any judge, a
    Lord Justice of Appeal among them; the style "Judge Sonia Sotomayor" is a lower court's."""
    return (t.role == "judge" and not t.domain and not t.jurisdiction
            and t.text.lower().split()[:1] in (["senior"], ["top"], ["leading"], ["veteran"]))


def _court_level(t: TitleClaim) -> str:
    """The level of court a judge's title names ("district", "appeals"), or "" for none or several."""
    if t.family != "judiciary":
        return ""
    levels = {_COURT_LEVELS[w] for w in t.domain.split() if w in _COURT_LEVELS}
    return levels.pop() if len(levels) == 1 else ""


def _two_courts(a: TitleClaim, b: TitleClaim) -> bool:
    """A judge of two levels of court: "U.S. District Judge" / "U.S. Magistrate Judge"."""
    la, lb = _court_level(a), _court_level(b)
    return bool(la) and bool(lb) and la != lb


def _organisation(t: TitleClaim) -> str:
    """The organisation a head's title names, or "" (see `_named_organisation`)."""
    if t.rank or t.role not in HEADS_OF_ORGANISATIONS:
        return ""
    return _named_organisation(t)


def _named_organisation(t: TitleClaim) -> str:
    """The organisation a title names, or "": one the tables know ("IMF", "the World Bank",
    "Federal Reserve"), or initials written in capitals ("FBI", "UNICEF"), which name one body
    where a word of the sentence would not. A country's initials are its jurisdiction, not a body."""
    if t.domain in ORGANISATIONS:
        return t.domain
    if not t.domain:
        return ""
    written = [w.strip(".,'\u2019").removesuffix("'s").removesuffix("\u2019s") for w in t.text.split()]
    words = t.domain.split()
    if len(words) > 1:
        if set(words) & _BODY_NAME_WORDS and not t.jurisdiction and _capitalised(set(words), t.text):
            return t.domain  # "president of the Asian Development Bank", "... of the International Fund for
            # Agricultural Development": a proper name (no place read off it)
        return ""
    initials = any(w.isupper() and w.isalpha() and 2 <= len(w) <= 6 and w.lower() == t.domain for w in written)
    return t.domain if initials and t.domain not in _COUNTRIES_AND_STATES and t.domain not in PLACE else ""


def _spoken_for(t: TitleClaim) -> str:
    """The body a spokesperson speaks for, where the title names one: a ministry's portfolio
    ("Foreign Ministry spokeswoman"), a building or department news names for a body ("Kremlin",
    "Pentagon", "State Department"), or an organisation ("UN", "UNICEF"); else ""."""
    if t.role != "spokesperson" or t.rank or not t.domain:
        return ""
    if t.domain in _SPOKESPERSON_BODIES:
        return _SPOKESPERSON_BODIES[t.domain]
    if t.domain == "state" and re.search(r"\bState Department\b|\bDepartment of State\b", t.text):
        return _SPOKESPERSON_BODIES["state department"]
    if t.domain in STANDARD_PORTFOLIOS:
        return t.domain
    return _named_organisation(t)


def _speaks_for_two_bodies(a: TitleClaim, b: TitleClaim) -> bool:
    """A spokesperson of two bodies: "Kremlin spokesman" / "Foreign Ministry spokesman", "State
    Department spokesman" / "Pentagon spokesman", "UN spokesperson" / "UNICEF spokesman". A body
    the title does not name plainly ("military spokesman", "National Security Council
    spokesman") says nothing."""
    x, y = _spoken_for(a), _spoken_for(b)
    return bool(x and y) and x != y


# The head of a body, and the post of the same name one part of it has: a chief executive's
# directors, a union's or party's general secretary and its regional secretaries
_PARTS_UNDER_A_HEAD = {"chief executive": ("director", "head"), "general secretary": ("secretary",)}


def _part_under_the_head(part: TitleClaim, head: TitleClaim) -> bool:
    """A director or head of one part of a body against the body's chief executive: "the council's
    director of education" or "head of environmental health" / "the council's chief executive",
    "area director for the Environment Agency" / "the Environment Agency's chief executive"; "MGWU
    regional secretary" / "MGWU general secretary". The head heads the body and those of its parts
    answer to them; a director with no part named may head it ("FBI Director")."""
    if part.rank or part.role not in _PARTS_UNDER_A_HEAD.get(_company_head(head).role, ()):
        return False
    body, named = set(_without_levels(head.domain).split()), set(part.domain.split())
    if part.role == "head":
        # a head of a part names it after "of", apart from the body: not "head of Northern Plains
        # Water" (the body itself), nor "heads the commission as its chief executive"
        of = re.search(r"\bhead\s+of\s+(.+)$", fold_lower(part.text))
        if of is None or body & set(re.findall(r"[a-z]+", of.group(1))):
            return False
    return bool(body) and body < named and not (part.acting or head.acting)


def _leader_and_officer(leader: TitleClaim, officer: TitleClaim) -> bool:
    """A council's leader, elected from its councillors, against its chief executive, the officer
    it employs: "leader of Fenbridge City Council" / "chief executive of Fenbridge City Council". A
    "Council leader" names no council, and a town's chief executive ("Kelsford's chief executive")
    is its council's."""
    if leader.role != "leader" or _company_head(officer).role != "chief executive" or leader.acting or officer.acting:
        return False
    x, y = set(leader.domain.split()), set(officer.domain.split())
    return "council" in x and ("council" in y and (x <= y or y <= x) or x == {"council"} and len(y) == 1
                                                 and not y & _INSTITUTIONAL_WORDS)


def _heads_of_two_organisations(a: TitleClaim, b: TitleClaim) -> bool:
    """Heads of two organisations: "FBI Director" / "CIA Director", "IMF Managing Director" / "World
    Bank chief", "World Bank President" / "president of the Asian Development Bank". Initials that
    spell the other's name are one body ("ECB" / "European Central Bank"), and so is a name written
    with more words ("the Manila-based Asian Development Bank")."""
    x, y = _organisation(a), _organisation(b)
    if not x or not y or x == y or _abbreviates(x, y) or _abbreviates(y, x):
        return False
    wx, wy = set(x.split()), set(y.split())
    if (x not in ORGANISATIONS or y not in ORGANISATIONS) and (wx <= wy or wy <= wx):
        return False
    return not (jurisdictions_clash(a, b) or a.acting or b.acting)


# Offices that lead a country's government, named by no body: a head of an organisation the
# tables know cannot hold one too.
_GOVERNMENT_HEADS = frozenset({"prime minister", "president", "chancellor", "king", "queen"})


def _organisation_and_government(head: TitleClaim, other: TitleClaim) -> bool:
    """The head of an organisation the tables know against a head of government or a cabinet
    minister: "NATO Secretary General" / "Dutch Prime Minister". A chair is left out ("Federal
    Reserve Chair"), and so is any office that names a body of its own ("president of the
    European Central Bank")."""
    org = _organisation(head)
    if not org or org not in ORGANISATIONS or other.rank or other.family not in ("executive", "head"):
        return False
    if other.role in _GOVERNMENT_HEADS:
        return not other.domain
    return other.role in ("minister", "secretary") and bool(set(other.domain.split()) & STANDARD_PORTFOLIOS)


def _service_office(office: TitleClaim, rank: TitleClaim) -> bool:
    """An office of another family that names the police or fire service a rank belongs to (a
    force's "Commissioner", a "Police and Crime Commissioner"): police and fire ranks exclude
    offices of government, but not the service's own offices."""
    return rank.family in ("police", "fire") and rank.family in office.domain.split()


def _elect_and_incoming(elect: TitleClaim, incoming: TitleClaim) -> bool:
    """An office's holder-elect is its incoming holder ("president-elect" / "incoming president")."""
    return (elect.role.endswith("-elect") and incoming.role == elect.role.removesuffix("-elect")
            and "incoming" in fold_lower(incoming.text).split() and domains_match(elect.domain, incoming.domain))


def _mayor_and_council_leader(mayor: TitleClaim, leader: TitleClaim) -> bool:
    """A council's leader heads its majority group; its mayor or Lord Mayor chairs the council and is
    another councillor ("Lord Mayor Priya Raman" / "Council leader Priya Raman"). An acting
    holder may stand in for the other."""
    return (mayor.role == "mayor" and leader.role == "leader" and "council" in leader.domain.split()
            and not mayor.acting and not leader.acting)


def _councillor_and_mayor(councillor: TitleClaim, mayor: TitleClaim) -> bool:
    """A mayor in Britain, Ireland, Australia or New Zealand is chosen from the council and keeps the
    style "Councillor" ("Stainbridge's town mayor, Councillor Dennis Aldred"); the American
    "Councilman" or "Council member" is another office than the mayor's."""
    return (councillor.role == "council member" and mayor.role == "mayor"
            and bool({"councillor", "cllr"} & set(fold_lower(councillor.text).replace(".", " ").split())))


def _service_chief_and_head(chief: TitleClaim, head: TitleClaim) -> bool:
    """A "police chief" or "fire chief" against a role that heads such a force: of the service
    itself ("Superintendent of Police"), or of a body named for it ("Fire Commissioner") or by
    initials that could spell it ("RFS Commissioner", "NYPD Commissioner"; not a known
    organisation's, "FBI Director")."""
    heads = _SERVICE_CHIEFS.get(chief.role)
    if heads is None or head.role not in heads:
        return False
    if head.family == chief.family or chief.family in head.domain.split():
        return True
    initials = head.domain
    return (" " not in initials and 2 <= len(initials) <= 5 and initials not in ORGANISATION_WORDS
            and chief.family[0] in initials and head.text.split()[0].isupper())


def _two_police_forces(a: TitleClaim, b: TitleClaim) -> bool:
    """One post in two police forces named by their places: "Mumbai Police Commissioner" / "Delhi
    Police Commissioner", "chief constable of West Yorkshire Police" / "South Yorkshire Police
    Chief Constable". Every force has a "police" in its name, which `domains_match` reads as one
    body; the places must be proper names as written and share no word ("West Yorkshire" and
    "South Yorkshire" share one, so they are left alone)."""
    if a.role != b.role or a.rank != b.rank or jurisdictions_clash(a, b):
        return False
    if a.domain and b.domain and (_abbreviates(a.domain, b.domain) or _abbreviates(b.domain, a.domain)):
        return False  # "HSE inspector" / "Health and Safety Executive inspector": one body, its initials
    wa, wb = a.domain.split(), b.domain.split()
    if a.family != "police" and (wa[-1:] != ["police"] or wb[-1:] != ["police"]):
        return False  # a chief constable's body is a force ("West Midlands Police Chief Constable")
    pa, pb = (set(w[:-1] if w[-1:] == ["police"] else w) - _GENERIC_BODY_WORDS for w in (wa, wb))
    if not pa or not pb or pa & pb or not (_capitalised(pa, a.text) and _capitalised(pb, b.text)):
        return False
    return not any(_one_spelling(x, y) for x in pa for y in pb)


def _capitalised(words: set[str], text: str) -> bool:
    """Is every word of `words` written with a capital in `text`?"""
    written = {w.lower(): w for w in re.findall(r"[\w'\u2019.-]+", text)}
    return all(w in written and written[w][:1].isupper() for w in words)


def _initials_within(initials: str, word: str) -> bool:
    """Are a name's initials (two or more) the letters of `word`, in order, with at most two more
    (the initials of a country read as the title's jurisdiction)?"""
    if len(initials) < 2 or len(word) > len(initials) + 2:
        return False
    letters = iter(word)
    return all(c in letters for c in initials)


def _one_spelling(x: str, y: str) -> bool:
    """Two spellings of one place name: "Zaporizhzhia" / "Zaporozhye", "Mykolaiv" / "Nikolaev",
    "Dnipro" / "Dnipropetrovsk". Two different names ("Kyiv" / "Lviv") share fewer letters, and a
    word of three letters is no spelling of a name ("New" of "New York" is not "Newark")."""
    if min(len(x), len(y)) < 4:
        return x == y
    return x.startswith(y) or y.startswith(x) or Indel.normalized_similarity(x, y) >= 0.6


def _names_a_body(t: TitleClaim) -> bool:
    """Does the title name its body as a proper name? Every word of its domain written with a
    capital, not a verb or adverb that opened the sentence ("Saying President Obama"), not a list
    ("the White House and Ukraine President"), and not a nationality the tables do not know
    ("Ukranian President"): what else reads as a domain is the sentence's words."""
    if not t.domain or re.search(r"\band\b|&", t.text):
        return False
    words = re.findall(r"[\w'\u2019.-]+", t.text)
    written = {w.removesuffix("'s").removesuffix("\u2019s").lower(): w for w in words}
    if words and words[0].lower() in t.domain.split() and _OPENER_ENDING.search(words[0]):
        return False  # "Saying President Obama", "Following President Obama's comments"
    for word in t.domain.split():
        if word in _GENERIC_BODY_WORDS:
            continue
        w = written.get(word)
        if w is None or not w[0].isupper() or _NATIONALITY_ENDING.search(word) or word in ROLE_WORDS:
            return False
    return True


def _other_chamber(leader: TitleClaim, member: TitleClaim) -> bool:
    """Does `leader` lead one chamber while `member` holds a seat in the other?"""
    seat = _CHAMBER_SEATS.get(leader.domain) if leader.family == "leadership" else None
    return bool(seat) and member.family == "legislature" and member.role in _CHAMBER_SEATS.values() and member.role != seat


def ranks_compatible(a: str, b: str, family: str, role: str) -> bool:
    """Can two stated ranks be one office? A bare general's or admiral's rank shortens a longer one
    ("General" for "Lieutenant General"), a colonel's does not, a bare coroner any coroner's; "junior
    minister" stands for a deputy or state minister, or is left out; a Minister of State is called
    by the post's name without the rank."""
    if a == b:
        return True
    if not (a and b) and (family == "military" or role in _BARE_SHORTENS):
        return role in _BARE_SHORTENS  # "Coroner Paul Havers" is the area coroner too
    if {a, b} == {"state", ""} and family == "executive":
        return True  # a Minister of State is called by the post ("Security Minister" Tom Tugendhat); a State Sen. is no US one
    return "junior" in (a, b) and {a, b} - {"junior"} <= JUNIOR_RANKS | {""}


def _secretary_and_minister_of_state(secretary: TitleClaim, minister: TitleClaim) -> bool:
    """A department's secretary written bare ("Health Secretary") heads it; a Minister of State for
    that portfolio, or any minister written junior ("junior environment minister"), is a junior
    minister in it, another office (a bare "Health Minister" may be either). The Treasury's junior
    secretaries ("Financial Secretary", "Economic Secretary") are junior ministers themselves."""
    return (secretary.family == "executive" and secretary.role == "secretary" and not secretary.rank
            and minister.role == "minister" and minister.rank in JUNIOR_RANKS - {"deputy"}
            and not _JUNIOR_SECRETARY.search(secretary.text))


def _union_president_and_general_secretary(a: TitleClaim, b: TitleClaim) -> bool:
    """A trade union's president and its general secretary ("Union president Tomas Berg" / "the
    union's general secretary"): its rules make them two offices, the elected chair and the
    officer who runs it, held by two people."""
    return ({a.role, b.role} == {"president", "general secretary"} and not a.rank and not b.rank
            and "union" in a.domain.split() and "union" in b.domain.split())


# Secretaries who are junior ministers by their post's name
_JUNIOR_SECRETARY = re.compile(r"\b(?:financial|economic|parliamentary|exchequer)\b", re.IGNORECASE)


def _post_within(post: TitleClaim, portfolio: TitleClaim) -> bool:
    """A minister of a post inside a portfolio and a (junior) minister of that portfolio: one office."""
    parent = _POSTS_WITHIN.get(post.domain)
    return (parent is not None and post.role == portfolio.role == "minister"
            and parent in portfolio.domain.split() and post.rank in JUNIOR_RANKS | {""}
            and portfolio.rank in JUNIOR_RANKS | {""}
            # two junior ranks written out are two posts ("Deputy Minister for Public Health" / "Assistant
            # Minister of Health"); "junior" is any of them
            and (post.rank == portfolio.rank or {post.rank, portfolio.rank} & {"", "junior"} != set()))


def _minister_in_the_department(minister: TitleClaim, post: TitleClaim) -> bool:
    """A bare "Treasury minister" describes any minister of that department, its Chief Secretary
    among them ("Chief Secretary to the Treasury Amir Latif" / "Treasury minister Amir Latif"), and
    a "minister" with no portfolio its Chief Secretary ("the Treasury's number two minister"); a
    "cabinet minister" any member of the cabinet ("Health Secretary Laura Pryce" / "the cabinet
    minister responsible for the NHS"), a junior minister not. But the "City minister" is another
    Treasury post (the Economic Secretary), named by its own words."""
    if minister.role != "minister" or minister.rank or post.family != "executive":
        return False
    if minister.domain == _CABINET:
        return post.role in PORTFOLIO_HOLDERS | {"chief secretary"} and post.rank not in JUNIOR_RANKS
    # (a bare "minister" against a portfolio's secretary stays a conflict: the extractor leaves out
    # portfolio words it does not know, so "the schools minister" and "The procurement minister" are
    # read "minister" too)
    return (post.role == "chief secretary" and not post.rank
            and (not minister.domain or bool(set(minister.domain.split()) & set(post.domain.split()))))


_CABINET = "cabinet"  # "the cabinet minister responsible for the NHS": a member of the cabinet, no portfolio


def _contains_role(short: TitleClaim, long: TitleClaim) -> bool:
    """A role whose words all belong to the other role ("UN Secretary" for "Secretary-General"). A
    portfolio the longer title lacks makes it another office ("Defence Minister" is no "Prime Minister")."""
    if short.rank or (not long.domain and set(short.domain.split()) & STANDARD_PORTFOLIOS):
        return False
    if short.family in _RANK_LADDERS:
        return False  # a Detective Inspector is not a Detective Chief Inspector written short
    return domains_match(short.domain, long.domain) and set(short.role.split()) < set(long.role.split())


def _deputy_of_the_holder(deputy: TitleClaim, holder: TitleClaim) -> bool:
    """A deputy of an office of one named body against that office ("IAEA Deputy Director General" /
    "IAEA Director General"), in any family: a body has one holder of the office, and its deputy
    is someone else. Military ranks are left to `ranks_compatible`, and a role that describes what
    someone does ("spokesman", "envoy") also fits its deputy: a deputy spokesman speaks for the
    ministry too (a second reader of "Russian Foreign Ministry spokesman" against "deputy
    spokesperson" for Ivan Nechayev). A chief of staff, a commander or a press secretary is a post,
    and so is an adviser of a named domain: the Deputy National Security Adviser is not the
    National Security Adviser. The holder's "Chief" heads the office its deputy serves: the Deputy
    Public Prosecutor is not the Chief Public Prosecutor."""
    return (deputy.rank in _DEPUTY_RANKS and not holder.rank and deputy.role == holder.role
            and bool(deputy.domain) and _one_body(deputy.domain, holder.domain)
            and deputy.jurisdiction == holder.jurisdiction
            and deputy.family == holder.family != "military" and deputy.role not in _DESCRIBING_ROLES - {"adviser"})


# The executive heads of a body, whom its chair oversees
EXECUTIVE_HEADS = frozenset({"chief executive", "director general", "executive director"})


def _chair_and_chief_executive(chair: TitleClaim, executive: TitleClaim) -> bool:
    """The chair of one named public body against its chief executive or director-general ("the
    commission's chair" / "the commission's chief executive", "the agency's chairwoman" / "the
    agency's director-general"): the board's chair oversees the executive head, two posts. Where
    one person holds both, news writes both ("chairman and chief executive"), and titles given in
    one sentence are held together (`title_conflicts`). A chair with no body named may chair
    anything, and a company's may be its chief executive too."""
    return (chair.role == "chair" and not chair.rank and executive.role in EXECUTIVE_HEADS
            and not executive.rank and bool(set(chair.domain.split()) & set(executive.domain.split()) & _PUBLIC_BODIES)
            and (chair.domain == executive.domain or _one_body(chair.domain, executive.domain)
                 or _one_body(executive.domain, chair.domain)))


# Bodies whose chair and executive head are two posts by their constitution (a commission, an agency,
# a regulator); a company's chair may be its chief executive too ("Berkshire chairman" and "CEO")
_PUBLIC_BODIES = frozenset({"commission", "agency", "authority", "council", "regulator", "federation", "association",
                            "trust", "institute", "foundation", "committee", "board"})


def _company_head(t: TitleClaim) -> TitleClaim:
    """A company's head styled "managing director", as its chief executive."""
    if t.role in _COMPANY_HEADS and t.family != "corporate":
        return dataclasses.replace(t, role="chief executive", family="corporate")
    return t


# Nouns that name a body whose offices have one holder each ("council", "board", "company").
_BODY_NOUNS = COLLEGIAL_BODIES | ORGANISATION_NOUNS
_INSTITUTIONAL_WORDS = frozenset(_TITLES["institutional_words"])


def _one_body(deputy: str, holder: str) -> bool:
    """Does a deputy's domain name the holder's body: the same words in any order, the holder's "chief" office
    ("Deputy Public Prosecutor" / "Chief Public Prosecutor"), or the body named in full on one side
    only ("Deputy council leader" / "leader of Westmarch Borough Council")?"""
    if deputy in (holder, holder.removeprefix("chief ")):
        return True
    words_d, words_h = set(deputy.split()), set(holder.split())
    if words_d == words_h:
        return True  # "deputy director of public health for Tarnside" / "Tarnside's director of public health"
    if words_d & words_h and (words_d ^ words_h) <= _LOCAL_OWNERS:
        return True  # "Kelbridge's deputy director of public health" / "the city's public health director"
    if (words_d < words_h or words_h < words_d) and len(words_d & words_h - _LOCAL_OWNERS - _LEVEL_WORDS) >= 2:
        return True  # "the county's deputy director of public health" / "director of public health for Westmere County Council"
    if not words_d & words_h & _BODY_NOUNS:
        return False
    return words_d < words_h or words_h < words_d or _owned_locally(words_d - words_h, words_h - words_d) \
        or _owned_locally(words_h - words_d, words_d - words_h)


_LOCAL_OWNERS = frozenset(_TITLES["local_owners"])


def _owned_locally(generic: set[str], named: set[str]) -> bool:
    """Is one body owned by "the council" on one side and by a place's name on the other ("the
    council's licensing committee" / "Ashworth's licensing committee")?"""
    return bool(generic) and generic <= _LOCAL_OWNERS and len(named) == 1 \
        and not named & (_BODY_NOUNS | _INSTITUTIONAL_WORDS | _LOCAL_OWNERS)


def _deputy_head_and_minister(head: TitleClaim, minister: TitleClaim) -> bool:
    """A deputy head of government with a ministry ("Deputy Prime Minister and Minister of Digital
    Transformation"), common in parliamentary systems. Not a vice president: few hold a ministry
    (a US vice president never does), and "Vice President" against "Secretary" is a swap of offices."""
    return (head.role in ("prime minister", "chancellor") and head.rank in ("deputy", "vice", "alternate")
            and minister.role in ("minister", "secretary"))


def office_key(t: TitleClaim) -> str | None:
    """The single-holder office a title names, when fully specified ("minister|defense|ukraine",
    "secretary general||nato|": an organisation's head needs no country)."""
    if not t.former and not t.jurisdiction and not t.rank and t.domain in ORGANISATIONS and t.role in ORGANISATION_HEADS:
        return "|".join((t.role, t.rank, t.domain, ""))
    if t.former or t.role not in SINGLE_HOLDER_ROLES or not t.jurisdiction or t.domain in ORGANISATION_NOUNS:
        return None
    if t.rank in ("deputy", "vice", "assistant", "under", "state", "co", "junior"):
        return None  # there are many deputies, vice-speakers, state secretaries and junior ministers
    if t.role in ("governor", "mayor") and t.jurisdiction not in US_STATES:
        return None  # a country has many governors and mayors; only a state names one office
    if t.role in ("minister", "secretary", "secretary general") and not t.domain:
        return None
    return "|".join((t.role, t.rank, t.domain, t.jurisdiction))


def title_label(t: TitleClaim) -> str:
    """A readable canonical title: "Minister (defense, ukraine)"."""
    bits = " ".join(x for x in (t.rank, t.role) if x)
    extra = ", ".join(x for x in (t.domain, t.jurisdiction) if x)
    return f"{bits} ({extra})" if extra else bits

"""Titles compared as offices: one office written many ways never conflicts; two offices do."""
import json
from pathlib import Path

import pytest
from script_modules import load_script

from discrepancy import nlp, offices, tables
from discrepancy.detectors.titles import extract_people_and_titles
from discrepancy.offices import ROLES, canonical_domain, compare_titles


def title_of(sentence: str):
    _people, found = extract_people_and_titles(sentence, [])
    # two offices joined by "and" are two titles; the one nearest the name comes first
    assert len(found) == 1 or len(found) == 2 and " and " in sentence, found
    return found[0]


@pytest.mark.parametrize("first,second", [
    # portfolio written two ways, country named on one side only, British and American spelling
    ("Defense Secretary Lloyd Austin spoke.", "US Secretary of Defence Lloyd Austin spoke."),
    ("Defense Secretary Lloyd Austin spoke.", "U.S. Secretary of Defense Lloyd Austin spoke."),
    ("Lloyd Austin, the U.S. secretary of defense, spoke.", "Pentagon chief and Defence Secretary Lloyd Austin spoke."),
    # minister / secretary where a country uses both words for one office
    ("Russian Foreign Minister Sergei Lavrov spoke.", "Russian foreign secretary Sergei Lavrov spoke."),
    # word order and case; "U.N." and "UN"
    ("Deputy U.N. Ambassador Dmitry Polyansky spoke.", "U.N. Deputy Ambassador Dmitry Polyansky spoke."),
    ("Deputy U.N. Ambassador Dmitry Polyansky spoke.", "Russia's deputy UN ambassador Dmitry Polyansky spoke."),
    # a post inside a portfolio is held by a junior minister of that portfolio
    ("Armed Forces Minister James Heappey spoke.", "Junior defence minister James Heappey spoke."),
    ("Junior defence minister James Heappey spoke.", "Defence Minister James Heappey spoke."),
    ("Minister of State for Defence Ann Lowe spoke.", "Junior defence minister Ann Lowe spoke."),
    ("Stephen Kinnear, the minister of state for secondary care, spoke.", "Stephen Kinnear, the health minister, spoke."),
    # the schools minister is a junior education minister (qa280 c04)
    ("The Minister of State for Schools, Aidan Kerr, spoke.", "The junior education minister, Aidan Kerr, spoke."),
    ("Policing Minister Dana Voss spoke.", "Junior Home Office minister Dana Voss spoke."),
    # a member of the cabinet holds some cabinet minister's office (qa242 c06)
    ("Health Secretary Laura Pryce spoke.", "Ms Pryce, the cabinet minister responsible for the NHS, spoke."),
    # a judge of no court named is any judge (qa249 c05)
    ("Lord Justice Tariq Hamid ruled.", "The senior judge Sir Tariq Hamid ruled."),
    # portfolio aliases
    ("Sports Minister Vadym Gutzeit spoke.", "Minister of Youth and Sport Vadym Gutzeit spoke."),
    ("New York State Comptroller Thomas DiNapoli spoke.", "Comptroller Thomas DiNapoli spoke."),
    ("Ruth Abernethy, the club's commodore, spoke.", "Commodore of Hollin Sound Yacht Club Ruth Abernethy spoke."),
    ("External Affairs Minister Subrahmanyam Jaishankar spoke.", "Indian Foreign Minister Subrahmanyam Jaishankar spoke."),
    ("Home Secretary Priti Patel spoke.", "Interior Minister Priti Patel spoke."),
    # a bare military rank shortens the full one
    ("General Valery Gerasimov spoke.", "Lt. Gen. Valery Gerasimov spoke."),
    # an army's chief, however written (Britain's Chief of the General Staff heads its army)
    ("Army chief Gen. Asim Munir spoke.", "Chief of Army Staff Gen. Asim Munir spoke."),
    ("Chief of the General Staff Tom Hale spoke.", "Army chief Tom Hale spoke."),
    # a chamber's president is its speaker; a loose "army chief" may be a minister who commands the army
    ("Ann Reid, president of the Bundestag, spoke.", "Bundestag Speaker Ann Reid spoke."),
    ("Tom Hale, Egypt's defence minister, spoke.", "Army chief Gen. Tom Hale spoke."),
    # a supreme court's president is its chief justice; a party's office is held beside a ministry;
    # South Africa's foreign ministry is "International Relations"
    ("Supreme Court President Ann Reid spoke.", "Israel's Chief Justice Ann Reid spoke."),
    ("BJP president Ravi Rao spoke.", "Union Health Minister Ravi Rao spoke."),
    ("South African Foreign Minister Ann Reid spoke.", "International Relations Minister Ann Reid spoke."),
    # a prime minister under the official names of Italy's and Spain's post
    ("Italian Prime Minister Ann Reid spoke.", "Ann Reid, president of Italy's Council of Ministers, spoke."),
    ("Spanish Prime Minister Pedro Sanchez spoke.", "Pedro Sanchez, president of the Spanish government, spoke."),
    # one UN office two ways
    ("UNHCR chief Ana Mota spoke.", "U.N. High Commissioner for Refugees Ana Mota spoke."),
    # one court written two ways
    ("U.S. District Judge Tom Hale spoke.", "Judge Tom Hale of the U.S. District Court for Maryland spoke."),
    # "vice" and "deputy" translate one rank ("Vice Premier" is a deputy prime minister)
    ("Deputy Prime Minister Iryna Vereshchuk spoke.", "Vice Premier Iryna Vereshchuk spoke."),
    ("Vice Minister Andrey Rudenko spoke.", "Deputy Minister Andrey Rudenko spoke."),
    # "Labor" names a portfolio beside "Secretary" (it names a party beside "MP" or "leader")
    ("Labor Secretary Hilda Solis spoke.", "Secretary of Labor Hilda Solis spoke."),
    # ... and the leader of a chamber holds its seat too
    ("House Majority Whip Kevin McCarthy spoke.", "Rep. Kevin McCarthy spoke."),
    ("Senate Majority Leader Harry Reid spoke.", "Sen. Harry Reid spoke."),
    # one post under its formal names, and "Dep." for "Deputy"
    ("Italian Prime Minister Marta Valli spoke.", "President of the Council of Ministers Marta Valli spoke."),
    ("Dutch Prime Minister Pieter Bos spoke.", "Minister-President Pieter Bos spoke."),
    ("Justice Secretary Anna Hale spoke.", "Lord Chancellor Anna Hale spoke."),
    ("Chancellor of the Exchequer Tom Reed spoke.", "Chancellor Tom Reed spoke."),
    ("Deputy Foreign Minister Ivan Orlov spoke.", "Dep. Foreign Minister Ivan Orlov spoke."),
    # an acting holder keeps their own office; a vice president or alternate prime minister may hold a ministry
    ("Acting President Kim Sung-ho spoke.", "Prime Minister Kim Sung-ho spoke."),
    ("Acting Attorney General Sara Lund spoke.", "Deputy Attorney General Sara Lund spoke."),
    ("Alternate Prime Minister Avi Dror spoke.", "Defense Minister Avi Dror spoke."),
    # a party's office is held beside an office of state; a crown prince may lead the government
    ("President Li Wen spoke.", "Communist Party General Secretary Li Wen spoke."),
    ("Crown Prince Faisal bin Khalid spoke.", "Prime Minister Faisal bin Khalid spoke."),
    # a bare role shortens a longer one of the same words, when the shorter names no portfolio
    ("UN Secretary Ana Duarte spoke.", "Secretary-General Ana Duarte spoke."),
    # a Minister of State is called by the post's name ("Security Minister"), as a junior minister may be
    ("Minister of State for Security Tom Tugendhat spoke.", "Security Minister Tom Tugendhat spoke."),
    # a member of Congress sits for a state of the United States
    ("US Senator Rand Paul spoke.", "Sen. Rand Paul, R-Ky., spoke."),
    ("Rep. Ann Lee, D-Calif., spoke.", "Rep. Ann Lee (D-Calif.) spoke."),
    # one body written two ways: a region's word, a transliteration, a body's initials
    ("Kharkiv Governor Oleh Syniehubov spoke.", "Kharkiv regional governor Oleh Syniehubov spoke."),
    ("Zaporizhzhia Governor Ivan Fedorov spoke.", "Zaporozhye Governor Ivan Fedorov spoke."),
    ("Mykolaiv Governor Vitaliy Kim spoke.", "Nikolaev Governor Vitaliy Kim spoke."),
    ("ECB President Ana Mota spoke.", "European Central Bank President Ana Mota spoke."),
    ("NBU Governor Kyrylo Shevchenko spoke.", "National Bank of Ukraine Governor Kyrylo Shevchenko spoke."),
    ("Mayor of Kyiv Vitali Klitschko spoke.", "Kyiv City Mayor Vitali Klitschko spoke."),
    # what reads as a body is no proper name: an opening verb, a list, a misspelt nationality
    ("Saying President Barack Obama was wrong, he left.", "Following President Barack Obama, he left."),
    ("Talks between the White House and Ukraine President Ivan Petrenko stalled.", "Ukranian President Ivan Petrenko spoke."),
    # a bare general's rank shortens any general's; an organisation's initials and its name are one body
    ("Lt. Gen. Ana Ruiz spoke.", "Gen. Ana Ruiz spoke."),
    ("FBI Director Tom Hale spoke.", "Tom Hale, director of the Federal Bureau of Investigation, spoke."),
    ("ECB President Ana Mota spoke.", "Ana Mota, president of the European Central Bank, spoke."),
    ("IMF Managing Director Ana Mota spoke.", "International Monetary Fund chief Ana Mota spoke."),
    # a chair chairs several bodies (the Fed's chairs its open market committee); a company's
    # name is no organisation's initials, and one person may run two companies
    ("Fed Chair Tom Hale spoke.", "FOMC Chair Tom Hale spoke."),
    # a director with no part named may head the body; a coroner is the senior coroner
    ("FBI Director Kash Patel spoke.", "FBI chief executive Kash Patel spoke."),
    ("Coroner Anita Sethi spoke.", "Senior coroner Anita Sethi spoke."),
    # ... and so is an area or assistant coroner (qa77 c04: "Area coroner" / "Coroner" Paul Havers)
    ("Area coroner Dr Paul Havers spoke.", "Coroner Dr Paul Havers spoke."),
    ("Assistant coroner Anita Sethi spoke.", "Coroner Anita Sethi spoke."),
    ("Tesla CEO Elon Musk spoke.", "SpaceX CEO Elon Musk spoke."),
    # a head of an organisation against an office that names a body of its own
    ("NATO Secretary General Ana Mota spoke.", "Ana Mota, president of the NATO Parliamentary Assembly, spoke."),
    # one body named two ways: the Pentagon is the Defense Department; a body not named plainly says nothing
    ("Pentagon spokesman John Kirby spoke.", "Defense Department spokesman John Kirby spoke."),
    ("National Security Council spokesman John Kirby spoke.", "Pentagon spokesman John Kirby spoke."),
    ("Russian military spokesman Igor Konashenkov spoke.", "Russian Defense Ministry spokesman Igor Konashenkov spoke."),
    # a country's own name of a post and the generic one; a deputy spokesperson still speaks for the body
    ("Taoiseach Leo Varadkar spoke.", "Irish Prime Minister Leo Varadkar spoke."),
    ("Foreign Ministry spokesperson Mao Ning spoke.", "Foreign Ministry deputy spokesperson Mao Ning spoke."),
    ("Secretary of the Navy Carlos Del Toro spoke.", "Navy Secretary Carlos Del Toro spoke."),
    # one police force, with and without its city
    ("Metropolitan Police Commissioner Mark Rowley spoke.", "Mark Rowley, commissioner of London's Metropolitan Police, spoke."),
    # a central bank's initials spell its name with the country's; England has no government of its own
    ("Bank of Japan Governor Kazuo Ueda spoke.", "Kazuo Ueda, governor of the BoJ, spoke."),
    ("Bank of England Governor Ann Reid spoke.", "Ann Reid, governor of the BoE, spoke."),
    ("Bank of England Governor Ann Reid spoke.", "Ann Reid, governor of Britain's central bank, spoke."),
    # a court's member is styled judge or justice by its custom; a diplomat's sender and host before the role
    ("Justice Juan Merchan spoke.", "Judge Juan Merchan spoke."),
    ("Justice Ann Reid spoke.", "Judge Ann Reid of the Eastern Cape High Court spoke."),
    # the president of a ruling party holds a party office beside the government's
    ("Bangladesh Prime Minister Ann Reid spoke.", "Ann Reid, president of Bangladesh's ruling Awami League, spoke."),
    # Britain's chancellor is its finance minister; the US attorney general heads its justice department
    ("Chancellor Ann Reid spoke.", "Britain's finance minister Ann Reid spoke."),
    ("Attorney General Ann Reid spoke.", "U.S. Justice Secretary Ann Reid spoke."),
    # a province named after its country's adjective; an organisation's name that opens with a place's
    ("Ontario Premier Ann Reid spoke.", "Ann Reid, premier of the Canadian province of Ontario, spoke."),
    ("European Central Bank President Ann Reid spoke.", "ECB President Ann Reid spoke."),
    ("New York City Mayor Ann Reid spoke.", "Ann Reid, the mayor of New York City, spoke."),
    ("Ukraine's Vatican ambassador Ann Reid spoke.", "Ann Reid, Ukraine's ambassador to the Holy See, spoke."),
    # a department's initialism before its portfolio's initials
    ("DHS Secretary Ann Reid spoke.", "Ann Reid, the secretary of homeland security, spoke."),
    # a company's chief executive, however written; its chair and its founder may be the same person
    ("Fernbrook CEO Dale Whitcomb spoke.", "Dale Whitcomb, the chief executive officer of Fernbrook, spoke."),
    ("Fernbrook chair Dale Whitcomb spoke.", "Fernbrook chief executive Dale Whitcomb spoke."),
    ("Fernbrook founder Dale Whitcomb spoke.", "Fernbrook CEO Dale Whitcomb spoke."),
    ("Scotland's chief medical officer, Fiona Kerrigan, spoke.", "Chief Medical Officer Fiona Kerrigan spoke."),
    ("Mark Delaney, the school's headmaster, spoke.", "Head teacher Mark Delaney spoke."),
    # a council leader is its leader however written; a party's chief executive is no council's
    ("Council leader Ann Lee spoke.", "Ann Lee, the leader of Fenbridge City Council, spoke."),
    ("Council leader Ann Lee spoke.", "Ann Lee, chief executive of the Labour Party, spoke."),
    ("Chief Coastguard Mark Ellery spoke.", "Mark Ellery, the chief coastguard, spoke."),
    # the head of the body itself is its chief executive (qa116 c04 read "head of Northern Plains
    # Water" as the head of a part)
    ("Sam Whitford, head of Northern Plains Water, spoke.", "Northern Plains Water's chief executive, Sam Whitford, spoke."),
    # a body by its initials is one body, even for a police family's role (qa198 c04: an inspector)
    ("Health and Safety Executive inspector Kate Morrow spoke.", "HSE inspector Kate Morrow spoke."),
    # the VA is the Department of Veterans Affairs (qa54 p07: set against each other once a past
    # year of a clause under the name no longer made the title a past one)
    ("Veterans Affairs Secretary Carl Demming spoke.", "VA Secretary Carl Demming spoke."),
    # a list of portfolios before the role is one ministry's (qa84 c01: "Climate Change Minister")
    ("Environment, Urbanisation and Climate Change Minister Kemal Aydin spoke.",
     "Turkey's minister of environment and urbanisation, Kemal Aydin, spoke."),
])
def test_one_office_written_differently_does_not_conflict(first, second):
    assert compare_titles(title_of(first), title_of(second)) != "conflict"


@pytest.mark.parametrize("first,second", [
    # the seed corpus: Defence Minister in June 2025, NSDC Secretary by January 2026
    ("Ukraine's team is headed by Defence Minister Rustem Umerov.",
     "Secretary of Ukraine's National Security and Defense Council Rustem Umerov met Fidan."),
    ("The team will be led by Ukraine's Minister of Defence, Rustem Umerov.", "NSDC Secretary Rustem Umerov met Fidan."),
    # both state a rank, and the ranks differ
    ("Maj. Gen. Igor Konashenkov spoke.", "Lt. Gen. Igor Konashenkov spoke."),
    ("Deputy Defence Minister Hanna Maliar spoke.", "Defence Minister Hanna Maliar spoke."),
    # the head of the department is another office than a post inside it
    ("Armed Forces Minister James Heappey spoke.", "Defence Secretary James Heappey spoke."),
    ("Junior defence minister James Heappey spoke.", "Foreign Minister James Heappey spoke."),
    ("Stephen Kinnear, the minister of state for secondary care, spoke.", "Health Secretary Stephen Kinnear spoke."),
    ("Schools Minister Aidan Kerr spoke.", "Education Secretary Aidan Kerr spoke."),
    ("Junior health minister Laura Pryce spoke.", "Laura Pryce, the cabinet minister, spoke."),
    # a portfolio word the extractor does not know leaves "minister", which stays no Secretary (qa212 p03,
    # qa222 p03: read sets a first version lost)
    ("The procurement minister, Alison Kerr, spoke.", "Defence Secretary Alison Kerr spoke."),
    # two junior ranks written out, the one post inside the other's portfolio (qa102 p12)
    ("Assistant Minister of Health Abdullah al-Qahtani spoke.", "Deputy Minister for Public Health Abdullah al-Qahtani spoke."),
    # a country's name does make a difference when both sides give one
    ("US Secretary of Defence Lloyd Austin spoke.", "British Defence Secretary Lloyd Austin spoke."),
    # two cabinet departments, one of them Labor
    ("Labor Secretary Hilda Solis spoke.", "Commerce Secretary Hilda Solis spoke."),
    ("Secretary of Labor Hilda Solis spoke.", "Secretary of Education Hilda Solis spoke."),
    # an ambassador holds no cabinet post, seat or bench at the same time
    ("U.N. Ambassador Susan Rice spoke.", "Secretary of State Susan Rice spoke."),
    ("U.N. Ambassador Susan Rice spoke.", "Sen. Susan Rice spoke."),
    # a chamber's leadership office is held by a member of that chamber
    ("House Majority Whip Kevin McCarthy spoke.", "Senator Kevin McCarthy spoke."),
    ("Senate Majority Leader Harry Reid spoke.", "Rep. Harry Reid spoke."),
    # a minister of a portfolio is not the prime minister; a shadow minister is not the minister
    ("Prime Minister Oleh Marchenko spoke.", "Defence Minister Oleh Marchenko spoke."),
    ("Shadow Foreign Secretary Ruth Ames spoke.", "Foreign Secretary Ruth Ames spoke."),
    # a chamber's president presides over it: not the head of state; a crown prince is not the king
    ("President of the National Assembly Claire Morel spoke.", "French President Claire Morel spoke."),
    ("Crown Prince Faisal bin Khalid spoke.", "King Faisal bin Khalid spoke."),
    # a vice president holds no ministry, as a deputy prime minister may
    ("Vice President Paulo Reis spoke.", "Trade Minister Paulo Reis spoke."),
    # one role at the head of two named bodies, or a see
    ("European Council President Ana Mota spoke.", "Ana Mota, president of the European Commission, spoke."),
    ("ECB President Ana Mota spoke.", "European Commission President Ana Mota spoke."),
    ("Archbishop of Canterbury John Hale spoke.", "Archbishop of York John Hale spoke."),
    ("Lviv Mayor Andriy Sadovyi spoke.", "Kyiv Mayor Andriy Sadovyi spoke."),
    # a diplomat posted to two organisations
    ("British U.N. Ambassador Barbara Woodward spoke.", "British NATO Ambassador Barbara Woodward spoke."),
    # a legislator's party tag names the state of the seat; a state's attorney general is not the US one
    ("Rep. Ann Lee, D-Calif., spoke.", "Rep. Ann Lee, a Texas Democrat, spoke."),
    ("Sen. Tom Hale (R-Iowa) spoke.", "Sen. Tom Hale, a Republican from Ohio, spoke."),
    ("U.S. Attorney General Pam Bondi spoke.", "Florida Attorney General Pam Bondi spoke."),
    # a member of the European Parliament holds no seat in a national one
    ("French MEP Anne Morel spoke.", "French MP Anne Morel spoke."),
    # police ranks are rungs of one ladder: the shorter is the lower rank, not a shortening
    ("Detective Chief Inspector Mark Lowe spoke.", "Detective Inspector Mark Lowe spoke."),
    ("Chief Superintendent Ann Reid spoke.", "Superintendent Ann Reid spoke."),
    # a colonel's rank is not shortened as a general's is
    ("Col. Anna Reyes spoke.", "Lt. Col. Anna Reyes spoke."),
    # one person heads one organisation at a time, and no government besides
    ("FBI Director Tom Hale spoke.", "CIA Director Tom Hale spoke."),
    ("UNICEF Executive Director Ana Mota spoke.", "World Food Programme Executive Director Ana Mota spoke."),
    ("IMF Managing Director Ana Mota spoke.", "World Bank CEO Ana Mota spoke."),
    ("CDC Director Ann Reid spoke.", "FDA Commissioner Ann Reid spoke."),
    ("NATO Secretary General Mark Rutte spoke.", "Dutch Prime Minister Mark Rutte spoke."),
    # the head of a region's government, named by the region
    ("Delhi Chief Minister Arvind Kejriwal spoke.", "Punjab Chief Minister Arvind Kejriwal spoke."),
    # a party tag's Georgia is the state, not the country; a state named after a governor's name
    ("Sen. Tom Hale, R-Fla., spoke.", "Sen. Tom Hale, R-Ga., spoke."),
    ("Gov. Ann Reid of Michigan spoke.", "Wisconsin Gov. Ann Reid spoke."),
    # a spokesperson speaks for one body: a ministry, a building named for one, an organisation
    ("Kremlin spokesman Dmitry Peskov spoke.", "Russian Foreign Ministry spokesman Dmitry Peskov spoke."),
    ("State Department spokesman Tom Hale spoke.", "Pentagon spokesman Tom Hale spoke."),
    ("UN spokesperson Ana Mota spoke.", "UNICEF spokesman Ana Mota spoke."),
    # one post in two police forces, two regions written "X region" or "X regional"
    ("Mumbai Police Commissioner Vivek Rao spoke.", "Delhi Police Commissioner Vivek Rao spoke."),
    ("Belgorod region Governor Ivan Lee spoke.", "Kursk region Governor Ivan Lee spoke."),
    ("Kharkiv regional governor Oleh Syniehubov spoke.", "Oleh Syniehubov, the governor of Kherson Oblast, spoke."),
    # "Victorian" is the Australian state (its name, Victoria, is left out: a given name)
    ("NSW Premier Chris Minns spoke.", "Victorian Premier Chris Minns spoke."),
    # a country's own names of its posts: Ireland's prime minister and deputy, Australia's Treasurer
    ("Taoiseach Leo Varadkar spoke.", "Tánaiste Leo Varadkar spoke."),
    ("Treasurer Jim Chalmers spoke.", "Finance Minister Jim Chalmers spoke."),
    # an ambassador's post written before the name, which the recogniser merges with the post
    # ("China Rahm Emanuel" read as one organisation)
    ("US Ambassador to Japan Rahm Emanuel spoke.", "US Ambassador to China Rahm Emanuel spoke."),
    # a service's secretary: the Army, the Navy and the Air Force are departments of their own
    ("Navy Secretary Carlos Del Toro spoke.", "Army Secretary Carlos Del Toro spoke."),
    # an adviser of a named domain holds a post: its deputy is someone else
    ("National Security Adviser Jake Sullivan spoke.", "Deputy National Security Adviser Jake Sullivan spoke."),
    # the chief of an office and its deputy (qa88: compatible, the holder's "Chief" read into its domain)
    ("Chief Public Prosecutor Anton Reyes spoke.", "Deputy Public Prosecutor Anton Reyes spoke."),
    # a chief constable's force, written before the role
    ("West Midlands Police Chief Constable Craig Guildford spoke.",
     "Craig Guildford, chief constable of West Yorkshire Police, spoke."),
    # a judge sits on one court: two levels of court, named before the name or after it
    ("U.S. Magistrate Judge Ann Reid spoke.", "U.S. District Judge Ann Reid spoke."),
    ("U.S. District Judge Tom Hale spoke.", "Judge Tom Hale of the U.S. Court of Appeals for the D.C. Circuit spoke."),
    # an organisation's one-word name opens the title ("Fed"): its vice chair is not its chair
    ("Fed Vice Chair Ann Reid spoke.", "Federal Reserve Chair Ann Reid spoke."),
    # top military posts, and a post's deputy
    ("Chief of Defence Staff Gen. Tom Hale spoke.", "Chief of the Army Staff Gen. Tom Hale spoke."),
    ("Chairman of the Joint Chiefs of Staff Tom Hale spoke.", "Air Force Chief of Staff Tom Hale spoke."),
    ("Vice Chairman of the Joint Chiefs of Staff Tom Hale spoke.", "Chairman of the Joint Chiefs of Staff Tom Hale spoke."),
    # heads of two UN offices, of two intelligence agencies; an agency's head is no minister
    ("U.N. High Commissioner for Refugees Ana Mota spoke.", "UN High Commissioner for Human Rights Ana Mota spoke."),
    ("Director of National Intelligence Tom Hale spoke.", "CIA Director Tom Hale spoke."),
    ("Turkish Foreign Minister Ali Demir spoke.", "Ali Demir, director of Turkey's National Intelligence Organization, spoke."),
    # a court's prosecutor does not sit on it; a chamber's speaker holds no office in the government
    ("ICC Prosecutor Ana Mota spoke.", "ICC President Ana Mota spoke."),
    ("Lebanese Parliament Speaker Ali Haddad spoke.", "Prime Minister Ali Haddad spoke."),
    # the Treasury's number two is not the Chancellor; a one-star rank is not a two-star one
    ("Chancellor of the Exchequer Ann Reid spoke.", "Chief Secretary to the Treasury Ann Reid spoke."),
    ("Brigadier Tom Hale spoke.", "Maj-Gen Tom Hale spoke."),
    # an officer in a top military post holds no office in the government
    ("Tom Hale, chief of Russia's General Staff, spoke.", "Russian Defense Minister Tom Hale spoke."),
    # an organisation's initials that are also a word ("WHO") open its title; two UN courts
    ("WHO Director-General Ana Mota spoke.", "Ana Mota, executive director of UNICEF, spoke."),
    ("Ana Mota, president of the International Court of Justice, spoke.", "International Criminal Court President Ana Mota spoke."),
    # a prosecutor is no judge; a command's head holds no other top post; a speaker leads no party
    # in the chamber; an agency's head is no cabinet secretary; a chief of staff heads no agency
    ("Special Counsel Jack Hale spoke.", "U.S. District Judge Jack Hale spoke."),
    ("Tom Hale, head of U.S. Central Command, spoke.", "Army Chief of Staff Gen. Tom Hale spoke."),
    ("Speaker of the House of Commons Ann Reid spoke.", "Ann Reid, the Leader of the House of Commons, spoke."),
    ("Homeland Security Secretary Ann Reid spoke.", "Ann Reid, head of the Federal Emergency Management Agency, spoke."),
    ("Tom Hale, chief of the General Staff of the Israel Defense Forces, spoke.", "Tom Hale, the director of the Mossad, spoke."),
    # ... but another country's chief justice is another office
    ("Israeli Supreme Court President Ann Reid spoke.", "Indian Chief Justice Ann Reid spoke."),
    # a diplomat is posted abroad: no governor, mayor or head of state at home
    ("U.S. Ambassador to the United Nations Ann Reid spoke.", "South Carolina Governor Ann Reid spoke."),
    # a district attorney or sheriff is elected for one county or city; a Scottish minister is not a UK one
    ("Manhattan District Attorney Ann Reid spoke.", "Brooklyn District Attorney Ann Reid spoke."),
    ("Maricopa County Sheriff Tom Hale spoke.", "Pima County Sheriff Tom Hale spoke."),
    ("Scottish Health Secretary Ann Reid spoke.", "UK Health Secretary Ann Reid spoke."),
    ("German Chancellor Ann Reid spoke.", "German Finance Minister Ann Reid spoke."),
    ("South Korean Defence Minister Ann Reid spoke.", "South Korean Unification Minister Ann Reid spoke."),
    ("Tom Hale, commander-in-chief of Ukraine's armed forces, spoke.", "Tom Hale, commander of Ukraine's ground forces, spoke."),
    ("Chancellor Ann Reid spoke.", "Health Secretary Ann Reid spoke."),
    # ... but a bare justice secretary may be Britain's, whose attorney general is a law officer
    ("Justice Secretary Ann Reid spoke.", "Attorney General Ann Reid spoke."),
    ("European Central Bank President Ann Reid spoke.", "Ann Reid, managing director of the International Monetary Fund, spoke."),
    ("EU competition commissioner Ann Reid spoke.", "Ann Reid, the EU's trade commissioner, spoke."),
    ("New York City Mayor Ann Reid spoke.", "Ann Reid, the mayor of Newark, spoke."),
    ("DOJ Secretary Ann Reid spoke.", "Ann Reid, the secretary of homeland security, spoke."),
    # a company's chief executive is not its finance or operating chief (qa86: not read)
    ("Fernbrook chief executive Dale Whitcomb spoke.", "Dale Whitcomb, Fernbrook's chief operating officer, spoke."),
    ("CFO Dale Whitcomb spoke.", "Fernbrook CEO Dale Whitcomb spoke."),
    # a school's head and its deputy; a health service's chief doctor and its chief nurse (qa84:
    # both were read as a bare "Chief")
    ("Headteacher Mark Delaney spoke.", "Deputy head teacher Mark Delaney spoke."),
    ("Scotland's chief nursing officer, Fiona Kerrigan, spoke.", "Chief Medical Officer Fiona Kerrigan spoke."),
    # a company's managing director is its chief executive, not its finance chief (qa94: compatible)
    ("The charge sheet names its chief financial officer, Raj Venkat.", "It names managing director Raj Venkat."),
    # a deputy of a body named in full on the other side only (qa95: compatible)
    ("Deputy council leader Ruth Abara spoke.", "The leader of Westmarch Borough Council, Ruth Abara, spoke."),
    # a body's head is not the director of one of its parts, nor a union's general secretary its
    # regional one (qa163 p10, qa161 p03, qa165 p10: compatible)
    ("The council's director of education, Sian Blackwood, spoke.", "The council's chief executive, Sian Blackwood, spoke."),
    ("Hannah Kerridge, area director for the Environment Agency, spoke.",
     "Hannah Kerridge, the Environment Agency's chief executive, spoke."),
    ("MGWU regional secretary Dave Kerrigan spoke.", "MGWU general secretary Dave Kerrigan spoke."),
    # an assistant or area coroner is not the senior coroner (qa164 p11: "senior coroner" was no title)
    ("Dr Anita Sethi, assistant coroner for West Kelby, spoke.", "Dr Anita Sethi, senior coroner for West Kelby, spoke."),
    ("Area coroner Anita Sethi spoke.", "Senior coroner Anita Sethi spoke."),
    # a council's head of one of its services; its leader, a councillor, against the officer it
    # employs (qa175 p07, qa174 p10: compatible); the coastguard's chief and deputy chief (qa172 p04:
    # "Coastguard" was read as a given name)
    ("Marcus Bele, the council's head of environmental health, spoke.", "The council's chief executive, Marcus Bele, spoke."),
    ("The leader of Fenbridge City Council, Margaret Oduya, spoke.",
     "Margaret Oduya, chief executive of Fenbridge City Council, spoke."),
    ("Council leader Ann Lee spoke.", "The council's chief executive, Ann Lee, spoke."),
    # a town's chief executive is its council's (qa188 p04)
    ("Council leader Ann Lee spoke.", "Ann Lee, Kelsford's chief executive, spoke."),
    # a council's mayor chairs it, its leader heads the majority: two councillors (qa191 p07, qa189 p04)
    ("Lord Mayor Priya Raman spoke.", "Council leader Priya Raman spoke."),
    ("Ann Lee, the mayor of Brackwell, spoke.", "The leader of Brackwell Borough Council, Ann Lee, spoke."),
    ("Chief Coastguard Mark Ellery spoke.", "Mark Ellery, the deputy chief coastguard, spoke."),
    # an authority is a body with one chair: its vice-chair is someone else (qa181 p10: "Westmere
    # Fire Authority" had been read as a person named "Authority")
    ("Peter Hale, chair of Westmere Fire Authority, spoke.",
     "Peter Hale, deputy chair of the fire authority, spoke."),
    # a city's comptroller audits it; its public advocate is another elected office (qa261 p11)
    ("The city's public advocate, Janet Wu, spoke.", "City Comptroller Janet Wu spoke."),
    ("Comptroller Janet Wu spoke.", "Treasurer Janet Wu spoke."),
    # a club's or a navy's commodore, and the vice-commodore under them (qa264 p07)
    ("Yacht Club commodore Ruth Abernethy spoke.", "Ruth Abernethy, the club's vice-commodore, spoke."),
    ("Commodore Ann Hart spoke.", "Rear Commodore Ann Hart spoke."),
    # a team's vice-captain is not its captain (qa76 p12; "Vice-captain" was read as "Captain")
    ("Vice-captain Ann Hart spoke.", "Captain Ann Hart spoke."),
])
def test_different_offices_conflict(first, second):
    assert compare_titles(title_of(first), title_of(second)) == "conflict"


@pytest.mark.parametrize("sentence,role,family", [
    ("IAEA Director General Rafael Ortiz spoke.", "director general", "agency"),
    ("Governor-General David Hale spoke.", "governor general", "head"),
    ("IMF Managing Director Rita Gomes spoke.", "managing director", "agency"),
    ("Kenya's Inspector-General of Police Rita Gomes spoke.", "inspector general", "agency"),
])
def test_roles_ending_in_general_are_no_military_rank(sentence, role, family):
    t = title_of(sentence)
    assert (t.role, t.family) == (role, family)


def test_the_office_of_someone_is_not_their_title():
    t = title_of("The cable warned the office of Secretary of State Cole that the CIA had advised it.")
    assert (t.text, t.role, t.domain) == ("Secretary of State", "secretary", "foreign")


def test_a_high_commissioner_is_a_diplomat_posted_to_a_country():
    """India's High Commissioner to the UK is not its High Commissioner to Canada, and is its ambassador
    there; the UN's High Commissioner for Refugees heads an agency for refugees, posted to no country."""
    uk = _read_title("Vikram Rao, India's High Commissioner to the UK, said so.")
    canada = _read_title("Vikram Rao, India's High Commissioner to Canada, said so.")
    assert (uk.family, uk.domain, canada.domain) == ("diplomatic", "united kingdom", "canada")
    assert compare_titles(uk, canada) == "conflict"
    assert compare_titles(uk, _read_title("Vikram Rao, India's ambassador to the UK, said so.")) != "conflict"
    assert _read_title("UN High Commissioner for Refugees Filippo Grandi said so.").domain == "unhcr"


def test_a_name_the_recogniser_cut_short_is_read_whole_after_a_title():
    sentence = "Ukraine's Defense Minister Oleksii Reznikov said F-16 training would begin this summer."
    _people, found = extract_people_and_titles(sentence, nlp.entity_spans([sentence])[0])
    assert [(t.text, t.person.name) for t in found] == [("Ukraine's Defense Minister", "Oleksii Reznikov")]


def test_initialisms_stay_in_the_title_text():
    t = title_of("Deputy U.N. Ambassador Dmitry Polyansky spoke.")
    assert (t.text, t.rank, t.domain) == ("Deputy U.N. Ambassador", "deputy", "un")
    t = title_of("He met U.S. Secretary of Defense Lloyd Austin.")
    assert (t.text, t.jurisdiction, t.domain) == ("U.S. Secretary of Defense", "united states", "defense")


@pytest.mark.parametrize("words,role,domain", [
    (["defence"], "minister", "defense"),
    (["foreign", "affairs"], "minister", "foreign"),
    (["state"], "secretary", "foreign"),
    (["state"], "minister", "state"),
    (["united", "nations"], "ambassador", "un"),
    (["u.n"], "ambassador", "un"),
    (["labour", "and", "social", "policy"], "minister", "labor and social policy"),
    (["national", "intelligence", "organisation"], "head", "mit"),
    (["emergency", "situations"], "minister", "emergencies"),
    # the Federal Bureau of Investigation is the FBI; a state's bureau of investigation is not
    (["federal", "bureau", "investigation"], "director", "fbi"),
    (["bureau", "investigation"], "director", "bureau investigation"),
])
def test_canonical_domain(words, role, domain):
    assert canonical_domain(words, role) == domain


def test_no_alias_names_two_offices():
    """A word listed under two portfolios or organisations would make them one office by accident."""
    offices = tables.table("offices")
    seen: dict[str, str] = {}
    for kind in ("portfolios", "organisations"):
        for canonical, aliases in offices[kind].items():
            for alias in (canonical, *aliases):
                assert seen.setdefault(alias, canonical) == canonical, alias
    assert set(offices["posts_within"].values()) <= set(offices["portfolios"])


def test_military_ranks_and_roles_do_not_overlap():
    roles = {tuple(r[0].split()) for r in tables.table("titles")["roles"]}
    ranks = {tuple(w.split()) for grades in tables.table("offices")["military_ranks"].values() for w in grades}
    assert not roles & ranks
    assert ROLES[("lt", "gen")] == ROLES[("lieutenant", "general")] == ("general", "military", "lieutenant")


def title_findings_of(*texts: str):
    """The title findings over articles, one per text, without embeddings (titles are compared per person)."""
    from discrepancy.claims import extract_sentence
    from discrepancy.compare.people import title_findings
    from discrepancy.model import Document
    from discrepancy.sentences import split_corpus

    docs = [Document(id=f"d{i}", text=t, source=f"s{i}") for i, t in enumerate(texts)]
    sents = split_corpus(docs)
    return title_findings(docs, {d.id: d for d in docs}, sents, [extract_sentence(s.text) for s in sents], {})


def test_one_office_across_articles_is_no_finding():
    assert title_findings_of(
        "Armed Forces Minister James Heappey spoke. Deputy U.N. Ambassador Dmitry Polyansky spoke.",
        "Junior defence minister James Heappey spoke. Russia's deputy UN ambassador Dmitry Polyansky spoke.",
        "Defence Minister James Heappey spoke. U.N. Deputy Ambassador Dmitry Polyansky spoke.",
    ) == []


def test_the_seed_title_change_is_a_finding():
    found = title_findings_of(
        "Ukraine's team is headed by Defence Minister Rustem Umerov.",
        "Secretary of Ukraine's National Security and Defense Council Rustem Umerov met Fidan in Ankara.",
    )
    assert [(f.kind, f.subject) for f in found] == [("title", "Rustem Umerov")]


# 120 pairs of titles as English-language news writes them (names made up), written by a second
# reader from general knowledge: "same" (one office written two ways) and "conflict" (two offices
# one person cannot hold at once). "gap" marks a conflict the detector or the office table does
# not see yet; such a pair must stay unseen until the file is updated, so a fix is noticed.
OFFICE_PAIRS = [json.loads(line) for line in (Path(__file__).parent / "data" / "office_pairs.jsonl")
                .read_text(encoding="utf-8").splitlines() if line.strip()]


def _read_title(sentence: str):
    _people, found = extract_people_and_titles(sentence, nlp.entity_spans([sentence])[0])
    return found[0] if found else None


def test_office_pairs_from_general_knowledge():
    both_read = 0
    for case in OFFICE_PAIRS:
        a, b = _read_title(case["a"]), _read_title(case["b"])
        verdict = compare_titles(a, b) if a and b else None
        both_read += verdict is not None and case["want"] == "same"
        if case["want"] == "same":
            assert verdict != "conflict", case
        elif "gap" in case:
            assert verdict != "conflict", f"fixed, remove its gap: {case}"
        else:
            assert verdict == "conflict", case
    assert both_read >= 65  # the "same" pairs are read (67 of 80), not passed by reading nothing
    assert sum("gap" not in c for c in OFFICE_PAIRS if c["want"] == "conflict") >= 35


# 2337 pairs of sentences naming one person, written blind by helpers from general knowledge of
# how news in English writes officials' titles (A was read to mend the tables, B was read after its
# figures were taken, C was never read to change anything, D was written at the thirteenth stop and
# read for its one new false alarm only, E was written at the twenty-third stop after its body
# rules and F after all its title rules; G at the twenty-fourth stop, then read to mend the tables,
# and H after that, measured against the stop's start and end; of E, F and H only what moved was read;
# I to O at the twenty-fifth and twenty-sixth stops, each measured unread, then read; P written at the
# end of the twenty-sixth stop, read at the twenty-seventh; Q and R written at the twenty-seventh
# stop's start and never read; S written after its first round, measured, then read). Sets A to P and S
# also teach the title confidence (sets A and B alone until the twenty-sixth stop). Each pair is checked as two articles of
# two outlets on one day, through the whole title comparison (recogniser included). "gap" marks
# where the tool is wrong today; such a pair must stay wrong until the file is updated, so a fix
# (or a new false alarm) is noticed.
NEWS_OFFICE_PAIRS = [json.loads(line) for line in (Path(__file__).parent / "data" / "office_pairs_news.jsonl")
                     .read_text(encoding="utf-8").splitlines() if line.strip()]


def test_office_pairs_as_news_writes_them():
    probe = load_script("probe_pairs")
    wrong = []
    for case in NEWS_OFFICE_PAIRS:
        got = probe.verdict(case)
        if probe.right(case, got) == ("gap" in case):
            wrong.append((case["reader"], case["want"], got, case["a"], case["b"]))
    assert not wrong, "\n".join(map(str, wrong))
    same = [c for c in NEWS_OFFICE_PAIRS if c["want"] == "same"]
    conflict = [c for c in NEWS_OFFICE_PAIRS if c["want"] == "conflict"]
    # what the tables reach today: a false alarm added or a conflict lost fails above, and these
    # floors keep the file from passing by marking everything as a gap (a head of state or
    # government against a portfolio is reported, at a lower confidence: 8 of the 14 false alarms
    # are people who held both)
    assert sum("gap" not in c for c in same) >= 1185 and len(same) == 1204
    assert sum("gap" not in c for c in conflict) >= 929 and len(conflict) == 1133


def test_a_city_president_is_its_mayor_and_a_provincial_minister_one_of_its_ministers():
    """qa99: "City president Agnieszka Wróbel" (a Polish mayor's style) against "Mayor"; qa100: "the
    provincial minister, Gisela Ríos" against "the province's health minister"."""
    assert compare_titles(title_of("City president Agnieszka Wrobel spoke."),
                          title_of("Mayor Agnieszka Wrobel spoke.")) == "same"
    assert compare_titles(title_of("The province's health minister, Gisela Rios, spoke."),
                          title_of("The provincial minister, Gisela Rios, spoke.")) != "conflict"
    assert compare_titles(title_of("The province's health minister, Gisela Rios, spoke."),
                          title_of("The provincial education minister, Gisela Rios, spoke.")) == "conflict"


def test_a_managing_director_is_a_companys_chief_executive_but_an_agencys_own_head():
    assert compare_titles(title_of("Chief executive Raj Venkat spoke."),
                          title_of("Managing director Raj Venkat spoke.")) == "same"
    assert compare_titles(title_of("IMF Managing Director Kristalina Georgieva spoke."),
                          title_of("IMF chief Kristalina Georgieva spoke.")) != "conflict"


def test_a_capitalised_level_word_names_no_portfolio():
    """qa120: "Provincial minister Lisa Brennan" against "B.C.'s Minister of Post-Secondary
    Education and Future Skills": the level of government, not another ministry."""
    assert compare_titles(title_of("Provincial minister Lisa Brennan spoke."),
                          title_of("Lisa Brennan, the Minister of Post-Secondary Education and Future Skills, spoke.")) != "conflict"
    assert compare_titles(title_of("Regional Health Minister Ana Ruiz spoke."),
                          title_of("Regional Education Minister Ana Ruiz spoke.")) == "conflict"


def test_a_list_of_portfolios_before_a_minister_is_one_title():
    """qa120: "Innovation, Science and Industry Minister Daniel Okafor" was read from "Science"
    on, and set against "Federal Innovation Minister" as another office."""
    listed = title_of("Innovation, Science and Industry Minister Daniel Okafor spoke.")
    assert listed.text == "Innovation, Science and Industry Minister"
    assert compare_titles(listed, title_of("Federal Innovation Minister Daniel Okafor spoke.")) != "conflict"
    assert compare_titles(listed, title_of("Federal Finance Minister Daniel Okafor spoke.")) == "conflict"


def test_a_police_or_fire_chief_is_whoever_heads_the_force():
    """qa120: "Bhimnagar police chief Arvind Rathod" is the district's "Superintendent of Police";
    qa116: "Fire chief Graeme Halloran" is the "RFS Commissioner". A constable heads no force,
    and a known organisation's director is no fire chief."""
    chief = title_of("Bhimnagar police chief Arvind Rathod spoke.")
    assert compare_titles(chief, title_of("Arvind Rathod, the district superintendent of police, spoke.")) != "conflict"
    assert compare_titles(chief, title_of("Police Constable Arvind Rathod spoke.")) == "conflict"
    fire = title_of("Fire chief Graeme Halloran spoke.")
    assert compare_titles(fire, title_of("RFS Commissioner Graeme Halloran spoke.")) != "conflict"
    assert not offices._service_chief_and_head(fire, title_of("FBI Director Graeme Halloran spoke."))
    assert not offices._service_chief_and_head(fire, title_of("Health Commissioner Graeme Halloran spoke."))


def test_a_body_named_by_a_list_after_of_is_read_whole():
    """qa123 p06: "Hiroshi Tanabe, commissioner of the Acquisition, Technology and Logistics Agency"
    was read up to the first comma and set against "ATLA commissioner"."""
    listed = title_of("Hiroshi Tanabe, commissioner of the Acquisition, Technology and Logistics Agency, said.")
    assert listed.text == "commissioner of the Acquisition, Technology and Logistics Agency"
    assert compare_titles(listed, title_of("ATLA commissioner Hiroshi Tanabe said.")) != "conflict"
    assert title_of("Jane Doe, minister of Health, and Tom Smith said.").text == "minister of Health"


def test_a_bare_department_secretary_is_no_minister_of_state():
    """qa134: "Health Secretary Helen Marwick" against "Minister of State for Health Helen Marwick": a
    department's secretary heads it, a Minister of State is a junior minister in it; "Health minister"
    may be either, and "Secretary of State for Health" is the Health Secretary."""
    secretary = title_of("Health Secretary Helen Marwick spoke.")
    assert compare_titles(secretary, title_of("Minister of State for Health Helen Marwick spoke.")) == "conflict"
    assert compare_titles(title_of("Health minister Helen Marwick spoke."),
                          title_of("Minister of State for Health Helen Marwick spoke.")) != "conflict"
    assert compare_titles(secretary, title_of("Secretary of State for Health Helen Marwick spoke.")) != "conflict"
    # a minister written junior is no department's head either (qa239 p07); the Treasury's
    # Financial and Economic Secretaries are junior ministers by name
    assert compare_titles(title_of("Environment Secretary Helen Marsh spoke."),
                          title_of("The plant was opened by junior environment minister Helen Marsh.")) == "conflict"
    assert compare_titles(title_of("Financial Secretary James Murray spoke."),
                          title_of("Junior Treasury minister James Murray spoke.")) != "conflict"


def test_a_deputy_of_the_holder_of_a_body_named_by_its_place_or_by_city():
    """qa239 p12: "Kelbridge's deputy director of public health" against "The city's public health
    director" for one man: the city's office and its deputy, two posts."""
    assert compare_titles(title_of("Kelbridge's deputy director of public health, Dr Sam Okafor, said so."),
                          title_of("The city's public health director, Dr Sam Okafor, says so.")) == "conflict"
    assert compare_titles(title_of("Kelbridge's director of public health, Dr Sam Okafor, said so."),
                          title_of("The city's public health director, Dr Sam Okafor, says so.")) != "conflict"


def test_a_deputy_whose_post_names_part_of_the_holders_body():
    """qa281 p07: "the county's deputy director of public health" against "director of public health
    for Westmere County Council" for one woman: the deputy's words all the holder's, the post's field
    shared, so one body's office and its deputy."""
    assert compare_titles(title_of("Dr Amina Lusk, the county's deputy director of public health, said so."),
                          title_of("said Amina Lusk, director of public health for Westmere County Council.")) == "conflict"
    assert compare_titles(title_of("Dr Amina Lusk, the county's director of public health, said so."),
                          title_of("said Amina Lusk, director of public health for Westmere County Council.")) != "conflict"


def test_local_government_is_a_portfolio():
    """qa285 p03: "the education minister" against "Local Government Minister" for one woman: local
    government is a ministry, not a government's level ("Provincial minister" names none)."""
    assert compare_titles(title_of("The school was opened by Ruth Kessler, the education minister, on Monday."),
                          title_of("Local Government Minister Ruth Kessler opened it on Monday.")) == "conflict"
    assert compare_titles(title_of("The minister for local government, Ruth Kessler, spoke."),
                          title_of("Local Government Minister Ruth Kessler opened it on Monday.")) == "same"
    assert compare_titles(title_of("Provincial minister Ruth Kessler spoke."),
                          title_of("The education minister, Ruth Kessler, spoke.")) != "conflict"


def test_a_unions_president_is_not_its_general_secretary():
    """qa233 p12: "Union president Tomas Berg" against "Tomas Berg, the union's general secretary":
    a union's rules make its elected president and its general secretary two offices."""
    assert compare_titles(title_of("Union president Tomas Berg told pickets."),
                          title_of("Tomas Berg, the union's general secretary, told pickets.")) == "conflict"
    assert compare_titles(title_of("Union president Tomas Berg told pickets."),
                          title_of("Tomas Berg, the union's president, told pickets.")) != "conflict"


def test_a_mayor_keeps_the_style_councillor_but_a_council_member_is_not_the_mayor():
    """qa128: "Stainbridge's town mayor, Councillor Dennis Aldred" was reported as two offices: a
    mayor in Britain, Ireland or Australia is chosen from the council and styled Councillor; an
    American council member is another office than the mayor."""
    assert compare_titles(title_of("Councillor Dennis Aldred spoke."), title_of("Town mayor Dennis Aldred spoke.")) \
        != "conflict"
    assert compare_titles(title_of("Cllr Dennis Aldred spoke."), title_of("Mayor Dennis Aldred spoke.")) != "conflict"
    assert compare_titles(title_of("Councilman Dennis Aldred spoke."), title_of("Mayor Dennis Aldred spoke.")) \
        == "conflict"


def test_a_president_elect_is_the_incoming_president():
    """qa70 c01: "president-elect of the International Thoracic Oncology Society" against "incoming
    president of the International Thoracic Oncology Society" was reported as two offices."""
    assert compare_titles(title_of("President-elect Anjali Rao spoke."),
                          title_of("Incoming president Anjali Rao spoke.")) == "same"
    assert compare_titles(title_of("President-elect Anjali Rao spoke."),
                          title_of("President Anjali Rao spoke.")) != "same"


def test_a_departments_initials_name_its_portfolio():
    """qa217 c05: "Environment Secretary Marcus Hale" against "Defra secretary Marcus Hale" was one
    person in two posts; Defra is the environment department, so the two name one office."""
    environment = title_of("Environment Secretary Marcus Hale visited the flood defences.")
    defra = title_of("Defra secretary Marcus Hale said the money would follow.")
    assert defra.domain == "environment"
    assert compare_titles(environment, defra) == "same"
    assert compare_titles(defra, title_of("Transport Secretary Marcus Hale said so.")) == "conflict"


def test_two_ranks_make_the_deputy_of_a_deputy():
    """qa218 p10: "the university's deputy vice-chancellor, Professor Helen Sowerby" against
    "Vice-Chancellor Helen Sowerby": the first rank word was kept and the second dropped, so the
    deputy was the vice-chancellor. "Deputy Chief Justice" against "Chief Justice" the same."""
    deputy = title_of("The university's deputy vice-chancellor, Helen Sowerby, said so.")
    assert compare_titles(deputy, title_of("Vice-Chancellor Helen Sowerby said so.")) == "conflict"
    assert compare_titles(title_of("Deputy Assistant Secretary of State Tom Reed said so."),
                          title_of("Assistant Secretary of State Tom Reed said so.")) == "conflict"
    assert compare_titles(title_of("Vice-Chancellor Helen Sowerby said so."),
                          title_of("The vice-chancellor, Helen Sowerby, told staff.")) != "conflict"


def test_the_rail_minister_is_a_post_within_transport():
    """qa231 p04: "Helen Marchbank, the rail minister," against "Transport Secretary Helen Marchbank":
    "rail" named no portfolio, so the apposition was no title. The rail minister is a junior
    transport minister: one office with a "transport minister", another than the Transport Secretary."""
    from discrepancy.detectors.titles import extract_people_and_titles
    from discrepancy.offices import compare_titles

    def title(sentence: str):
        [t] = extract_people_and_titles(sentence)[1]
        return t

    rail = title("Rail minister Helen Marchbank told MPs that no station would be closed.")
    assert (rail.role, rail.domain) == ("minister", "rail")
    assert compare_titles(rail, title("Transport Secretary Helen Marchbank told Parliament.")) == "conflict"
    assert compare_titles(rail, title("Transport minister Helen Marchbank told MPs.")) != "conflict"


def test_a_bare_departments_minister_may_be_its_chief_secretary():
    """qa236 c02: "Chief Secretary to the Treasury Amir Latif" against "Treasury minister Amir Latif"
    was "one person cannot hold both": the Chief Secretary is a Treasury minister, though not its
    Chancellor."""
    from discrepancy import nlp
    from discrepancy.detectors.titles import extract_people_and_titles
    from discrepancy.offices import compare_titles

    def title(sentence: str):
        return extract_people_and_titles(sentence, nlp.entity_spans([sentence])[0])[1][0]

    chief = title("Chief Secretary to the Treasury Amir Latif said the cap would stay.")
    assert compare_titles(chief, title("Treasury minister Amir Latif said the cap would stay.")) == "compatible"
    assert compare_titles(chief, title("Chancellor of the Exchequer Amir Latif said the cap would stay.")) == "conflict"
    assert compare_titles(chief, title("Health minister Amir Latif said the cap would stay.")) == "conflict"
    # qa109 p06: "the City minister" is the Treasury's Economic Secretary, not its Chief Secretary
    assert compare_titles(chief, title("Amir Latif, the City minister, said the reform would help savers.")) == "conflict"
    # "the Treasury's number two minister" is read as a minister of no portfolio: some minister
    assert compare_titles(chief, title("The Treasury's number two minister, Amir Latif, said families would feel it.")) \
        == "compatible"

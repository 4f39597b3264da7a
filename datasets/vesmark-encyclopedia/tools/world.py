# Builds the in-memory world of the Vesmark Coast (all entities + cross references).
# Deterministic: seeded RNG. Pinned entities carry hand-chosen facts that the core documents rely on.
import random
from names import FEMALE, MALE, SURNAMES, TOWNS, RIVERS, ISLANDS

R = random.Random(1867)
TODAY = 2026
used_names = set()

BLOCKED_NAMES = set()


PIN_SURNAMES = {"Ostrand", "Tolle", "Saltmark", "Aasland", "Havelin", "Dreyer", "Lysne", "Brandvold", "Vindahl", "Brekkan",
                "Sunde", "Hallberg", "Roos", "Kvist", "Holmsen", "Piil", "Torsvik", "Keelby", "Rusk", "Crone", "Aurland",
                "Vedel", "Eken", "Dale"}


def new_name(sex=None):
    sex = sex or R.choice("FM")
    for _ in range(10000):
        g = R.choice(FEMALE if sex == "F" else MALE)
        s = R.choice(SURNAMES)
        if s in PIN_SURNAMES:
            continue
        n = f"{g} {s}"
        if n not in used_names:
            used_names.add(n)
            return n, sex
    raise RuntimeError("names exhausted")


# ---------------------------------------------------------------- people
people = {}  # name -> dict


def add_person(name, sex, role, born, died, birthplace, pinned=False, **kw):
    used_names.add(name)
    p = dict(name=name, sex=sex, role=role, born=born, died=died, birthplace=birthplace,
             pinned=pinned, works=[], artworks=[], books=[], ships=[], wrecks=[], lighthouses=[],
             churches=[], museums_founded=[], clubs=[], rescues=[], ships_built=[], festivals=[])
    p.update(kw)
    people[name] = p
    return p


town_names = [t[0] for t in TOWNS]
towns = {}
for name, district, kind in TOWNS:
    towns[name] = dict(name=name, district=district, kind=kind, churches=[], museums=[], lighthouses=[],
                       festivals=[], dishes=[], clubs=[], born_here=[], villages=[], islands_ferry=[])

MUNICIPAL = [t for t in town_names if towns[t]["kind"] in ("city", "town")]

# ---- pinned people
PIN = {}
PIN["ostrand"] = add_person("Halvard Ostrand", "M", "painter", 1841, 1912, "Kettleby", True, deathplace="Aldhaven")
PIN["tolle"] = add_person("Maren Tolle", "F", "painter", 1868, 1951, "Lysholt", True, deathplace="Lysholt")
PIN["saltmark"] = add_person("Jorund Saltmark", "M", "captain", 1848, 1929, "Aldhaven", True, deathplace="Aldhaven")
PIN["aasland"] = add_person("Conrad Aasland", "M", "engineer", 1821, 1894, "Orsund", True, deathplace="Aldhaven")
PIN["havelin"] = add_person("Sivert Havelin", "M", "captain", 1839, 1893, "Brenholm", True, deathplace="at sea")
PIN["dreyer"] = add_person("Wilhelm Dreyer", "M", "collector", 1871, 1949, "Lysholt", True, deathplace="Lysholt")
PIN["lysne"] = add_person("Tormod Lysne", "M", "mayor", 1958, None, "Orsund", True)
PIN["brandvold"] = add_person("Helga Brandvold", "F", "mayor", 1974, None, "Keelstow", True)
PIN["vindahl"] = add_person("Petra Vindahl", "F", "mayor", 1969, None, "Aldhaven", True)
PIN["ottilie"] = add_person("Ottilie Brekkan", "F", "poet", 1956, None, "Tidewick", True)
PIN["sunde"] = add_person("Vidar Sunde", "M", "poet", 1979, None, "Norrhamn", True)
PIN["elias"] = add_person("Elias Brekkan", "M", "poet", 1889, 1960, "Tidewick", True, deathplace="Tidewick")
PIN["hallberg"] = add_person("Tove Hallberg", "F", "athlete", 1994, None, "Lysholt", True)
PIN["roos"] = add_person("Jannike Roos", "F", "athlete", 2001, None, "Kettleby", True)
PIN["kvist"] = add_person("Nils Kvist", "M", "historian", 1952, None, "Vellund", True)
PIN["holmsen"] = add_person("Agnete Holmsen", "F", "historian", 1966, None, "Grisport", True)
PIN["piil"] = add_person("Anders Piil", "M", "composer", 1902, 1977, "Aldhaven", True, deathplace="Aldhaven")
PIN["torsvik"] = add_person("Liv Torsvik", "F", "scientist", 1921, 2004, "Dunmere", True, deathplace="Dunmere",
                            field="oceanographer")
PIN["keelby"] = add_person("Bram Keelby", "M", "shipbuilder", 1858, 1931, "Brenholm", True, deathplace="Brenholm")
PIN["rusk"] = add_person("Anna Rusk", "F", "coxswain", 1861, 1937, "Rookshaven", True, deathplace="Rookshaven")
# non-bio names that appear in pinned facts
for n in ["Tobias Crone", "Jonas Aurland", "Saskia Vedel", "Magnus Eken", "Ivar Dale"]:
    used_names.add(n)

ROLE_COUNTS = dict(painter=73, poet=45, captain=58, mayor=10, scientist=34, engineer=19, composer=13,
                   shipbuilder=15, coxswain=11, athlete=12, collector=9, historian=2)
BIRTH_RANGE = dict(painter=(1790, 1988), poet=(1790, 1990), captain=(1770, 1962), mayor=(1760, 1905),
                   scientist=(1800, 1978), engineer=(1780, 1965), composer=(1800, 1980), shipbuilder=(1750, 1945),
                   coxswain=(1815, 1972), athlete=(1900, 2004), collector=(1810, 1935), historian=(1930, 1975))
SCI_FIELDS = ["oceanographer", "marine biologist", "ornithologist", "meteorologist", "astronomer", "botanist",
              "geologist", "ichthyologist", "hydrographer", "archaeologist"]
COMP_FIELDS = ["composer", "composer and organist", "composer and fiddler", "composer and choir leader"]
ENG_FIELDS = ["engineer", "architect", "architect", "lighthouse engineer", "civil engineer"]


def life(born, role):
    if born >= 1946 and R.random() < 0.8:
        return None
    if born >= 1935 and R.random() < 0.4:
        return None
    for _ in range(100):
        d = born + R.randint(46, 95)
        if d <= 2025:
            return d
    return None


for role, n in ROLE_COUNTS.items():
    for _ in range(n):
        born = R.randint(*BIRTH_RANGE[role])
        sex = None
        if role in ("captain", "shipbuilder", "engineer", "coxswain", "mayor") and born < 1910:
            sex = "M" if R.random() < 0.85 else "F"
        name, sex = new_name(sex)
        died = life(born, role)
        bp = R.choice(town_names)
        p = add_person(name, sex, role, born, died, bp)
        if died:
            p["deathplace"] = bp if R.random() < 0.55 else R.choice(town_names)
        if role == "scientist":
            p["field"] = R.choice(SCI_FIELDS)
        if role == "composer":
            p["field"] = R.choice(COMP_FIELDS)
        if role == "engineer":
            p["field"] = R.choice(ENG_FIELDS)
        if role == "historian":
            p["field"] = R.choice(["historian", "local historian", "art historian"])
        if role == "mayor":
            p["historic"] = True
PIN["aasland"]["field"] = "lighthouse engineer"
PIN["kvist"]["field"] = "historian"
PIN["piil"]["field"] = "composer and organist"
PIN["holmsen"]["field"] = "archaeologist"
for k in ("lysne", "brandvold", "vindahl"):
    PIN[k]["historic"] = False


def active(p, year, lo=22, hi=72):
    end = p["died"] if p["died"] else 2026
    return p["born"] + lo <= year <= min(end, p["born"] + hi)


def people_of(role):
    return [p for p in people.values() if p["role"] == role]


# ---------------------------------------------------------------- towns
PINNED_TOWN = {
    "Aldhaven": dict(pop=96400, first=1184, charter=1312, area=61.8, railway=1869),
    "Orsund": dict(pop=18250, first=1203, charter=1421, area=44.1, railway=1881),
    "Kettleby": dict(pop=7900, first=1266, charter=1544, area=18.6, railway=1874),
    "Skarrow": dict(pop=640, first=1348, area=9.2),
    "Brenholm": dict(pop=11300, first=1219, charter=1490, area=27.5, railway=1872),
    "Tidewick": dict(pop=9450, first=1290, charter=1583, area=31.0, railway=1888),
    "Lysholt": dict(pop=14800, first=1241, charter=1502, area=36.4, railway=1886),
    "Grisport": dict(pop=12650, first=1226, charter=1466, area=29.9, railway=1877),
    "Gullsby": dict(railway=1907),
}
for t in towns.values():
    pin = PINNED_TOWN.get(t["name"], {})
    if t["kind"] == "city":
        pass
    elif t["kind"] == "town":
        t["pop"] = pin.get("pop", R.randrange(5200, {"North Reach": 17000, "South Flats": 14000}.get(t["district"], 24000), 10))
        t["first"] = pin.get("first", R.randint(1150, 1420))
        t["charter"] = pin.get("charter", min(1700, t["first"] + R.randint(60, 260)))
        t["area"] = pin.get("area", round(R.uniform(14, 58), 1))
    else:
        t["pop"] = pin.get("pop", R.randrange(150, 2600, 10))
        t["first"] = pin.get("first", R.randint(1200, 1690))
        t["charter"] = None
        t["area"] = pin.get("area", round(R.uniform(3, 22), 1))
    t.update({k: v for k, v in pin.items()})
    if "railway" not in t:
        t["railway"] = R.randint(1869, 1906) if (t["kind"] == "town" or R.random() < 0.4) else None
towns["Aldhaven"].update(PINNED_TOWN["Aldhaven"])

# municipalities & mayors
for t in towns.values():
    if t["kind"] == "village":
        same = [m for m in MUNICIPAL if towns[m]["district"] == t["district"]]
        t["municipality"] = R.choice(same)
        towns[t["municipality"]]["villages"].append(t["name"])
    else:
        t["municipality"] = t["name"]

MAYOR_PIN = {"Aldhaven": ("Petra Vindahl", 2018), "Orsund": ("Helga Brandvold", 2026)}
for m in MUNICIPAL:
    t = towns[m]
    if m in MAYOR_PIN:
        nm, since = MAYOR_PIN[m]
        t["mayor"], t["mayor_since"] = nm, since
        people[nm]["mayor_of"] = m
        people[nm]["mayor_since"] = since
        continue
    name, sex = new_name()
    born = R.randint(1955, 1986)
    since = R.choice([2008, 2011, 2013, 2015, 2016, 2017, 2019, 2021, 2022, 2023, 2024, 2025])
    bp = m if R.random() < 0.6 else R.choice(town_names)
    p = add_person(name, sex, "mayor", born, None, bp, historic=False, mayor_of=m, mayor_since=since)
    t["mayor"], t["mayor_since"] = name, since
towns["Orsund"]["former_mayor"] = "Tormod Lysne"
people["Tormod Lysne"].update(mayor_of="Orsund", mayor_since=2014, mayor_until=2026)
people["Petra Vindahl"]["mayor_since"] = 2018
# historic mayors get a town & years
for p in people_of("mayor"):
    if p.get("historic"):
        p["mayor_of"] = p["birthplace"] if p["birthplace"] in MUNICIPAL else R.choice(MUNICIPAL)
        s = p["born"] + R.randint(38, 55)
        e = s + R.randint(4, 18)
        if p["died"]:
            e = min(e, p["died"])
            s = min(s, e - 2)
        p["mayor_since"], p["mayor_until"] = s, e

for p in people.values():
    towns[p["birthplace"]]["born_here"].append(p["name"])

# ---------------------------------------------------------------- rivers
SOURCES = ["Hollow Fell", "Lake Vennmar", "the Greyback Hills", "Skarn Moor", "Lake Orr", "Black Tarn",
           "the Sealby Hills", "Heather Moss", "Lake Ilme", "Ravnfjell", "Kirk Moor", "the Whitestone Hills",
           "Lake Tvern", "Brackenridge", "the Oldmoor springs", "Grey Moss", "Lake Sundmar", "Hjort Fell",
           "Lake Ammervatn", "Crane Moss", "the Juniper Downs", "Lake Esmar"]
TRIBS = ["Kirkbeck", "Hollow Burn", "Millstream", "Tern Beck", "Alder Water", "Stonebeck", "Fox Burn", "Ash Gill",
         "Moss Water", "Otter Beck", "Linn Burn", "Sedge Beck", "Whin Water", "Rye Beck", "Hazel Gill", "Crow Burn",
         "Brook of Ilme", "Sorrel Beck", "Lark Water", "Pine Gill", "Copper Beck", "Old Beck", "Heron Water",
         "Cress Beck", "Yew Gill", "Birk Water"]
rivers = {}
R.shuffle(SOURCES)
for i, (short, title, mouth) in enumerate(RIVERS):
    length = {"Selde": 148, "Ald": 96, "Orse": 71}.get(short, R.randint(9, 64))
    rv = dict(name=title, short=short, mouth=mouth, length=length, source=SOURCES[i],
              tribs=R.sample(TRIBS, R.randint(1, 3)), discharge=round(length * R.uniform(0.12, 0.35), 1),
              towns_along=[], fish=R.sample(["salmon", "sea trout", "eel", "grayling", "pike", "perch", "brown trout"], 2))
    towns[mouth]["river"] = title
    rivers[title] = rv
for t in towns.values():
    if "river" not in t:
        rv = R.choice([v for v in rivers.values() if towns[v["mouth"]]["district"] == t["district"]])
        t["river_near"] = rv["name"]
        rv["towns_along"].append(t["name"])
rivers["River Selde"]["source"] = "Lake Vennmar"

# ---------------------------------------------------------------- islands
islands = {}
PINNED_ISLAND = {
    "Fenna": dict(area=6.4, pop=380, ferry_from="Brenholm", crossing=40, peak=("Fenna Knoll", 58)),
    "Great Sula": dict(area=21.7, pop=1240, ferry_from="Lysholt", crossing=50, peak=("Sula Hill", 112)),
    "Tarn Island": dict(area=3.1, pop=46, ferry_from="Tarnholm", crossing=35, peak=("Beacon Hill", 41)),
}
inhabited = ["Fenna", "Great Sula", "Tarn Island", "Ostry", "Kell Island", "Hestholm", "Little Sula", "Vessey",
             "Skjold Island", "Ingerholm", "Juniper Isle", "Eidholm"]
coast_towns = [t for t in town_names if t not in ("Innermark", "Kelderby", "Mossby", "Wendeby", "Fjellby")]
for nm in ISLANDS:
    pin = PINNED_ISLAND.get(nm, {})
    inh = nm in inhabited
    isl = dict(name=nm, inhabited=inh)
    isl["area"] = pin.get("area", round(R.uniform(1.2, 14.0) if inh else R.uniform(0.02, 1.8), 2 if not inh else 1))
    isl["pop"] = pin.get("pop", R.randint(20, 420) if inh else 0)
    near = pin.get("ferry_from", R.choice(coast_towns))
    isl["near"] = near
    if inh:
        isl["ferry_from"] = near
        isl["crossing"] = pin.get("crossing", R.choice([15, 20, 25, 30, 35, 45, 60, 70]))
        towns[near]["islands_ferry"].append(nm)
    pk = pin.get("peak")
    isl["peak"] = pk if pk else (f"{nm.split()[0]} Hill" if R.random() < 0.5 else "the Cairn", R.randint(4, 90))
    isl["birds"] = R.sample(["puffin", "razorbill", "guillemot", "arctic tern", "eider", "gannet", "kittiwake",
                             "fulmar", "shag", "oystercatcher", "storm petrel", "black guillemot"], 3)
    isl["district"] = towns[near]["district"]
    islands[nm] = isl
islands["Fenna"]["ferry_old"] = dict(crossing=55, daily=4, vessel="MV Fenna")
islands["Fenna"]["ferry_new"] = dict(crossing=40, daily=6, vessel="MV Fenna Lys", date="2026-06-15")
for nm, isl in islands.items():
    if isl["inhabited"] and "daily" not in isl:
        isl["daily"] = R.choice([2, 2, 3, 3, 4, 5])
islands["Fenna"]["daily"] = 6
islands["Great Sula"]["daily"] = 5
islands["Tarn Island"]["daily"] = 2

# ---------------------------------------------------------------- lighthouses
LH_SPECS = [
    # title, place, place_type
    ("Skarrow Head Lighthouse", "Skarrow", "town"), ("Cape Morrow Lighthouse", "Morrow Point", "town"),
    ("Aldhaven Harbour Light", "Aldhaven", "town"), ("Tarn Island Lighthouse", "Tarn Island", "island"),
    ("Gannet Rock Lighthouse", "Gannet Rock", "island"), ("Great Sula Lighthouse", "Great Sula", "island"),
    ("Fenna Lighthouse", "Fenna", "island"), ("Ostry Lighthouse", "Ostry", "island"),
    ("Kell Island Lighthouse", "Kell Island", "island"), ("Orsund Breakwater Light", "Orsund", "town"),
    ("Kettleby Pier Light", "Kettleby", "town"), ("Brenholm Lighthouse", "Brenholm", "town"),
    ("Grisport Range Lights", "Grisport", "town"), ("Lysholt Lighthouse", "Lysholt", "town"),
    ("Selde Bar Light", "Selde Ferry", "town"), ("Tidewick Dunes Lighthouse", "Tidewick", "town"),
    ("Corvelmouth Lighthouse", "Corvelmouth", "town"), ("Rookshaven Lighthouse", "Rookshaven", "town"),
    ("Pikeness Lighthouse", "Pikeness", "town"), ("Norrhamn Lighthouse", "Norrhamn", "town"),
    ("Ravelsund Point Lighthouse", "Ravelsund", "town"), ("Dunskerry Lighthouse", "Dunskerry", "island"),
    ("Vessey Lighthouse", "Vessey", "island"), ("Puffin Holm Light", "Puffin Holm", "island"),
    ("Utholm Lighthouse", "Utholm", "island"), ("Saltrum Lighthouse", "Saltrum", "town"),
    ("Hesketh Strand Lighthouse", "Hesketh Strand", "town"), ("Eskerby Light", "Eskerby", "town"),
    ("Merrow Holm Lighthouse", "Merrow Holm", "island"), ("Ravensholm Lighthouse", "Ravensholm", "island"),
    ("Lisle Skerry Lighthouse", "Lisle Skerry", "island"), ("Thornvik Lighthouse", "Thornvik", "town"),
    ("Greyling Cove Light", "Greyling Cove", "town"), ("Quaymouth Light", "Quaymouth", "town"),
    ("Sealholm Lighthouse", "Sealholm", "island"), ("Vardholm Lighthouse", "Vardholm", "island"),
]
CHARS = ["Fl(3) W 15s", "Oc W 6s", "Iso W 4s", "LFl W 10s", "Fl R 3s", "Fl G 3s",
         "Q W", "Oc(2) WR 8s", "Fl(4) W 20s", "Iso WRG 2s", "Fl(2) R 6s", "Oc G 4s", "VQ(3) W 5s", "Fl W 7.5s",
         "Fl(3) WR 12s", "Oc(3) W 12s", "Fl W 3s", "LFl(2) W 15s"]
COLOURS = ["white", "white with a red band", "red and white horizontal bands", "unpainted granite",
           "black with a white lantern", "white with a black gallery", "red", "yellow brick", "cast-iron grey"]
lighthouses = {}
engineers = people_of("engineer")
for title, place, ptype in LH_SPECS:
    lh = dict(name=title, place=place, ptype=ptype)
    lh["first_lit"] = R.randint(1790, 1962)
    lh["height"] = R.randint(8, 42)
    lh["focal"] = lh["height"] + R.randint(3, 60)
    lh["char"] = R.choice(CHARS)
    lh["range"] = R.randint(5, 24)
    lh["colour"] = R.choice(COLOURS)
    lh["automated"] = max(lh["first_lit"] + 10, R.randint(1962, 2004))
    lh["status"] = R.choice(["active"] * 7 + ["inactive"])
    if lh["status"] == "inactive":
        lh["deactivated"] = R.randint(max(lh["automated"], 1970), 2020)
    lh["visitable"] = R.random() < 0.35
    lh["keepers"] = R.sample(SURNAMES, R.randint(1, 3))
    lighthouses[title] = lh
# pins
lighthouses["Skarrow Head Lighthouse"].update(first_lit=1867, first_lit_date="1 March 1867", height=31, focal=68,
    char="Fl(2) W 10s", char_old="Fl W 5s", range=15, range_old=18, colour="white with a red band",
    automated=1987, status="active", visitable=True, relit="2026-10-03", engineer="Conrad Aasland")
lighthouses["Cape Morrow Lighthouse"].update(first_lit=1859, coal_light=1712, height=27, focal=74, char="Fl(3) W 15s",
    range=22, automated=1992, status="active", visitable=True, engineer="Conrad Aasland")
lighthouses["Tarn Island Lighthouse"].update(first_lit=1874, height=22, focal=39, char="Oc W 6s", range=16,
    automated=1979, status="active")
lighthouses["Aldhaven Harbour Light"].update(first_lit=1838, height=14, focal=17, char="Fl G 3s", range=7,
    automated=1961, status="active", visitable=False)
for lh in lighthouses.values():
    if "engineer" not in lh:
        cands = [e for e in engineers if active(e, lh["first_lit"], 25, 70) and e["name"] != "Conrad Aasland"]
        lh["engineer"] = R.choice(cands)["name"] if cands and R.random() < 0.85 else None
    if lh["engineer"]:
        people[lh["engineer"]]["lighthouses"].append(lh["name"])
    loc = lh["place"]
    if lh["ptype"] == "town":
        towns[loc]["lighthouses"].append(lh["name"])
        lh["district"] = towns[loc]["district"]
    else:
        islands[loc]["lighthouse"] = lh["name"]
        lh["district"] = islands[loc]["district"]

# ---------------------------------------------------------------- museums
MUSEUM_SPECS = [
    # name, town, type, founded
    ("Aldhaven Maritime Museum", "Aldhaven", "maritime", 1911), ("Lysholt Gallery of Art", "Lysholt", "art", 1934),
    ("Vesmark Museum of Fisheries", "Kettleby", "fisheries", 1958), ("Aldhaven Museum of Fine Art", "Aldhaven", "art", 1897),
    ("Ostrand House", "Kettleby", "house", 1948), ("Orsund Town Museum", "Orsund", "local", None),
    ("Brenholm Boatbuilding Museum", "Brenholm", "maritime", None), ("Tidewick Rope Walk Museum", "Tidewick", "industrial", None),
    ("Greyling Cove Gallery", "Greyling Cove", "art", None), ("Corvelmouth Customs House Museum", "Corvelmouth", "local", None),
    ("Saltrum Salt Works Museum", "Saltrum", "industrial", None), ("Vellund Folk Museum", "Vellund", "folk", None),
    ("Norrhamn Sealing Museum", "Norrhamn", "maritime", None), ("Marrick Printworks Gallery", "Marrick", "art", None),
    ("Dunmere Observatory and Science Centre", "Dunmere", "science", 1931), ("Tarn Island Heritage Centre", "Tarnholm", "local", None),
    ("Great Sula Island Museum", "Lysholt", "local", None), ("Grisport Harbour Museum", "Grisport", "maritime", None),
    ("Ammerhaven Art Hall", "Ammerhaven", "art", 1988), ("Tolle Studio", "Lysholt", "house", 1962),
    ("Rookshaven Lifeboat Museum", "Rookshaven", "maritime", None), ("Skarrow Head Lighthouse Visitor Centre", "Skarrow", "lighthouse", 1994),
    ("Vesmark Museum of Natural History", "Aldhaven", "science", 1876), ("Selde Ferry Toll House Museum", "Selde Ferry", "local", None),
    ("Kettleby Net Loft Gallery", "Kettleby", "art", None), ("Ravelsund Museum of Shipwrecks", "Ravelsund", "maritime", None),
    ("Cape Morrow Weather Station Museum", "Morrow Point", "science", None), ("Pellham Reach Mill Museum", "Pellham Reach", "industrial", None),
    ("Hesketh Strand Dune Centre", "Hesketh Strand", "science", None), ("Wendeby Schoolhouse Museum", "Wendeby", "folk", None),
    ("Tarnholm Town Museum", "Tarnholm", "local", None), ("Aldhaven Photographic Archive and Gallery", "Aldhaven", "art", None),
    ("Keelstow Pilot House", "Keelstow", "maritime", None), ("Ostervik Boat Shed Museum", "Ostervik", "maritime", None),
    ("Saltrum Gallery of Modern Art", "Saltrum", "art", 1972), ("Vellund Ceramics Museum", "Vellund", "industrial", None),
    ("Brisling Cannery Museum", "Brisling", "industrial", None), ("Norrhamn Art Society Gallery", "Norrhamn", "art", None),
    ("Quaymouth Coastguard Station Museum", "Quaymouth", "maritime", None), ("Eskerby Amber Museum", "Eskerby", "science", None),
]
PASS_ORIGINAL = ["Aldhaven Maritime Museum", "Lysholt Gallery of Art", "Vesmark Museum of Fisheries",
    "Aldhaven Museum of Fine Art", "Ostrand House", "Orsund Town Museum", "Corvelmouth Customs House Museum",
    "Saltrum Salt Works Museum", "Vellund Folk Museum", "Norrhamn Sealing Museum", "Marrick Printworks Gallery",
    "Dunmere Observatory and Science Centre", "Tarn Island Heritage Centre", "Grisport Harbour Museum",
    "Ammerhaven Art Hall", "Tolle Studio", "Rookshaven Lifeboat Museum", "Vesmark Museum of Natural History",
    "Ravelsund Museum of Shipwrecks", "Cape Morrow Weather Station Museum", "Tarnholm Town Museum",
    "Aldhaven Photographic Archive and Gallery", "Saltrum Gallery of Modern Art", "Eskerby Amber Museum"]
PASS_ADDED_2026 = ["Skarrow Head Lighthouse Visitor Centre", "Brenholm Boatbuilding Museum",
                   "Tidewick Rope Walk Museum", "Greyling Cove Gallery"]
assert len(PASS_ORIGINAL) == 24
BUILDINGS = ["a former rope warehouse", "the old grammar school", "a converted herring smokehouse",
             "a merchant's house of 1760", "a purpose-built brick hall", "the former railway station",
             "a timber boat shed", "the old customs house", "a converted chapel", "a former sail loft",
             "the old telegraph office", "a row of fishermen's cottages", "a modernist concrete pavilion",
             "the former harbour master's office", "a restored granary"]
HOURS = ["Tue–Sun 10:00–17:00", "Wed–Sun 11:00–16:00", "daily 10:00–17:00", "daily 10:00–16:00 (May–September); weekends only in winter",
         "Thu–Sun 12:00–17:00", "Tue–Sat 10:00–16:00", "daily 11:00–17:00 (April–October)", "Wed–Sun 10:00–15:00",
         "Sat–Sun 11:00–16:00, and by appointment", "Tue–Sun 11:00–17:00"]
museums = {}
founders_pool = people_of("collector") + people_of("scientist") + people_of("painter") + people_of("captain")
for name, town, mtype, founded in MUSEUM_SPECS:
    m = dict(name=name, town=town, type=mtype)
    m["founded"] = founded or R.randint(1905, 2012)
    m["building"] = R.choice(BUILDINGS)
    m["hours"] = R.choice(HOURS)
    m["admission"] = R.choice([0, 4, 5, 6, 7, 8, 9, 10, 12])
    m["visitors"] = R.randrange(3000, 60000, 100)
    m["director"] = new_name()[0]
    m["pass"] = name in PASS_ORIGINAL or name in PASS_ADDED_2026
    m["pass_added"] = 2026 if name in PASS_ADDED_2026 else None
    m["artworks"] = []
    m["ships"] = []
    cands = [p for p in founders_pool if active(p, m["founded"], 28, 80)]
    m["founder"] = R.choice(cands)["name"] if (cands and R.random() < 0.6) else None
    museums[name] = m
    towns[town]["museums"].append(name)
museums["Aldhaven Maritime Museum"].update(founder="Jorund Saltmark", building="the former Admiralty Ropery on Ropewalk Quay (built 1790)",
    hours="Tue–Sun 10:00–18:00, Thursdays until 21:00", hours_old="Wed–Sun 11:00–17:00", admission=15, admission_old=12,
    director="Tobias Crone", visitors=88400, objects=14000, reopened="2026-09-12")
museums["Lysholt Gallery of Art"].update(founder="Wilhelm Dreyer", director="Saskia Vedel", director_old="Jonas Aurland",
    director_since="2026-07-01", building="the Dreyer Building on Strand Street, built for the gallery in 1934",
    hours="Tue–Sun 11:00–17:00", admission=10, visitors=41200)
museums["Vesmark Museum of Fisheries"].update(founder=None, hours="daily 10:00–17:00", admission=9)
museums["Aldhaven Museum of Fine Art"].update(founder=None, hours="Tue–Sun 10:00–17:00, Wednesdays until 20:00", admission=14, visitors=126500)
museums["Ostrand House"].update(founder=None, building="the painter's own house and studio on Net Lane", hours="Thu–Sun 11:00–16:00 (March–November)", admission=7)
museums["Tolle Studio"].update(founder=None, building="Maren Tolle's former studio above the harbour")
museums["Dunmere Observatory and Science Centre"].update(founder="Liv Torsvik" if False else museums["Dunmere Observatory and Science Centre"]["founder"])
museums["Skarrow Head Lighthouse Visitor Centre"].update(founder=None, hours="daily 10:00–17:00 (May–September); tower tours on the hour", admission=8)
for n in PASS_ADDED_2026:
    pass
for m in museums.values():
    if m["founder"]:
        people[m["founder"]]["museums_founded"].append(m["name"])

ACC_PREFIX = {m: "".join(w[0] for w in m.replace(" and ", " ").replace(" of ", " ").split() if w[0].isupper())
              for m in museums}
ACC_PREFIX["Aldhaven Maritime Museum"] = "AMM"
ACC_PREFIX["Lysholt Gallery of Art"] = "LGA"
ACC_PREFIX["Aldhaven Museum of Fine Art"] = "AMFA"

# ---------------------------------------------------------------- churches
SAINTS = ["St. Anne", "St. Clement", "St. Nikolai", "St. Peter", "St. Andrew", "St. Gertrude", "St. Mary", "St. Martin",
          "St. Jacob", "St. Catherine", "St. Michael", "St. Erik", "St. Laurence", "St. Brendan", "St. Hallvard",
          "St. Sunniva", "St. Margaret", "St. Thomas", "St. John", "St. Lucy"]
STYLES = [("Romanesque", 1120, 1250), ("Gothic", 1250, 1530), ("brick Gothic", 1280, 1520), ("Renaissance", 1540, 1640),
          ("Baroque", 1640, 1760), ("Neoclassical", 1770, 1850), ("Neo-Gothic", 1850, 1910), ("National Romantic", 1895, 1930),
          ("Modernist", 1935, 1985), ("timber", 1650, 1900)]
churches = {}
church_specs = [("Aldhaven Cathedral", "Aldhaven", "Gothic", 1296), ("Seamen's Church, Aldhaven", "Aldhaven", "Neo-Gothic", 1882),
                ("St. Brigid's Church, Kettleby", "Kettleby", "brick Gothic", 1487), ("St. Olav's Church, Orsund", "Orsund", "Romanesque", 1187)]
order = [t for t in town_names if t not in ("Aldhaven", "Kettleby", "Orsund")]
extra = ["Brenholm", "Lysholt", "Tidewick", "Grisport", "Vellund", "Norrhamn", "Saltrum", "Corvelmouth"]
slots = order + extra[: max(0, 45 - 4 - len(order))]
for town in slots:
    for _ in range(50):
        kind = R.random()
        if kind < 0.12 and towns[town]["kind"] == "village":
            nm = f"Fishermen's Chapel, {town}"
        elif kind < 0.17:
            nm = f"Holy Trinity Church, {town}"
        else:
            nm = f"{R.choice(SAINTS)}'s Church, {town}"
        if nm not in [c[0] for c in church_specs]:
            break
    style, lo, hi = R.choice(STYLES)
    lo = max(lo, towns[town]["first"] if towns[town]["kind"] != "city" else lo)
    if lo > hi:
        style, lo, hi = "timber", 1650, 1900
    church_specs.append((nm, town, style, R.randint(lo, hi)))
for nm, town, style, built in church_specs:
    c = dict(name=nm, town=town, style=style, built=built)
    c["architect"] = None
    if built >= 1800:
        cands = [e for e in engineers if active(e, built, 25, 72)]
        if cands and R.random() < 0.8:
            c["architect"] = R.choice(cands)["name"]
    c["bells"] = R.randint(1, 6)
    small = towns[town]["kind"] == "village"
    c["tower"] = R.randint(10, 34) if small else R.randint(24, 72)
    c["votive_ship"] = R.random() < 0.45
    c["organ_year"] = R.randint(max(built, 1700), 2015) if R.random() < 0.7 else None
    c["seats"] = R.randrange(60, 320, 10) if small else R.randrange(250, 900, 10)
    if small:
        c["bells"] = min(c["bells"], 3)
    churches[nm] = c
    towns[town]["churches"].append(nm)
    if c["architect"]:
        people[c["architect"]]["churches"].append(nm)
churches["Aldhaven Cathedral"].update(tower=84, bells=8, seats=1400, votive_ship=True, dedication="St. Nikolai", organ_year=1754, architect=None)
churches["Seamen's Church, Aldhaven"].update(architect=None, seats=320, votive_ship=True)
churches["St. Brigid's Church, Kettleby"].update(tower=46, bells=3, votive_ship=True, votive_name="Hope of Kettleby",
    votive_year=1702, closed="2026-10-19", seats=450, organ_year=1911, architect=None)
churches["St. Olav's Church, Orsund"].update(architect=None, tower=38)
for k in ["Seamen's Church, Aldhaven"]:
    cands = [e for e in engineers if active(e, 1882, 25, 72)]
    churches[k]["architect"] = "Conrad Aasland" if not cands else cands[0]["name"]
    people[churches[k]["architect"]]["churches"].append(k)

# ---------------------------------------------------------------- ships
SHIP_TYPES = [("schooner", 1815, 1910), ("brig", 1795, 1875), ("barque", 1840, 1900), ("galeas", 1820, 1920),
              ("herring drifter", 1888, 1932), ("steam trawler", 1890, 1960), ("pilot cutter", 1850, 1925),
              ("lifeboat", 1866, 1992), ("ferry", 1905, 2019), ("paddle steamer", 1840, 1900),
              ("research vessel", 1922, 2015), ("training ship", 1880, 1960), ("fishing smack", 1825, 1900),
              ("motor coaster", 1920, 1972)]
YARDS = ["Brenholm", "Aldhaven", "Grisport", "Corvelmouth", "Orsund", "Tidewick", "Norrhamn", "Rookshaven"]
ADJ = ["Northern", "Good", "Silver", "Bright", "Faithful", "Steadfast", "Morning", "Evening", "Swift", "Gentle", "Brave",
       "Patient", "Grey", "Golden", "Quiet", "Hopeful", "Western", "Southern", "Lucky", "True"]
NOUN = ["Grace", "Intent", "Dawn", "Promise", "Harvest", "Venture", "Return", "Star", "Wind", "Tidings", "Endeavour",
        "Fortune", "Pearl", "Friendship", "Lark", "Gull", "Tern", "Rose", "Mariner", "Welcome"]
SUFFIX = ["Sol", "Marie", "Kristine", "Elise", "Johanne", "Amalie", "Louise", "Sofie", "Regine", "Helene"]
ship_names = set(["Margit Sol", "Northern Grace", "Fenna Lys", "Fenna", "Tjeld"])


def ship_name():
    for _ in range(1000):
        k = R.random()
        if k < 0.35:
            n = f"{R.choice(FEMALE)} {R.choice(SUFFIX)}"
        elif k < 0.7:
            n = f"{R.choice(ADJ)} {R.choice(NOUN)}"
        elif k < 0.85:
            n = f"{R.choice(['Pride', 'Star', 'Hope', 'Rose', 'Maid', 'Queen', 'Lass'])} of {R.choice(town_names)}"
        else:
            n = f"{R.choice(['Three', 'Two', 'Four'])} {R.choice(['Brothers', 'Sisters', 'Friends', 'Cousins'])}"
        if n not in ship_names:
            ship_names.add(n)
            return n
    raise RuntimeError


captains = people_of("captain")
builders = people_of("shipbuilder")
for b in builders:
    b["yard"] = b["birthplace"] if b["birthplace"] in YARDS else R.choice(YARDS)
PIN["keelby"]["yard"] = "Brenholm"
coxes = people_of("coxswain")
ships = {}


def prefix(t):
    return {"ferry": "MV ", "research vessel": "RV ", "motor coaster": "MV ", "steam trawler": "", "paddle steamer": "PS "}.get(t, "")


def make_ship(name=None, stype=None, built=None, yard=None, **kw):
    if stype is None:
        stype, lo, hi = R.choice(SHIP_TYPES)
    else:
        lo, hi = [(a, b) for t, a, b in SHIP_TYPES if t == stype][0]
    built = built or R.randint(lo, hi)
    yard = yard or R.choice(YARDS)
    name = name or ship_name()
    s = dict(name=name, type=stype, built=built, yard=yard, title=prefix(stype) + name)
    s["length"] = {"schooner": (18, 34), "brig": (24, 36), "barque": (36, 58), "galeas": (15, 26), "herring drifter": (22, 29),
                   "steam trawler": (32, 48), "pilot cutter": (13, 20), "lifeboat": (10, 17), "ferry": (28, 72),
                   "paddle steamer": (38, 62), "research vessel": (30, 64), "training ship": (40, 70),
                   "fishing smack": (14, 22), "motor coaster": (30, 56)}[stype]
    s["length"] = round(R.uniform(*s["length"]), 1)
    s["tonnage"] = int(s["length"] ** 2 * R.uniform(0.15, 0.28))
    bl = [b for b in builders if active(b, built, 24, 72) and b["yard"] == yard]
    s["builder"] = R.choice(bl)["name"] if bl and R.random() < 0.8 else None
    if s["builder"]:
        people[s["builder"]]["ships_built"].append(s["title"])
    s["service_end"] = min(2026, built + R.randint(12, 60))
    crew_pool = coxes if stype == "lifeboat" else captains
    cs = [c for c in crew_pool if c["born"] + 24 <= s["service_end"] and built <= (c["died"] or 2026) - 2 and c["born"] + 24 <= built + 25]
    R.shuffle(cs)
    s["masters"] = [c["name"] for c in cs[: R.randint(1, 2)]]
    for c in s["masters"]:
        people[c]["ships"].append(s["title"])
    s.update(kw)
    return s


for _ in range(76):
    s = make_ship()
    ships[s["title"]] = s
pinned_ships = [
    make_ship("Northern Grace", "herring drifter", 1906, "Brenholm", builder_pin="Bram Keelby"),
    make_ship("Fenna Lys", "ferry", 2025, "Grisport"),
    make_ship("Fenna", "ferry", 1998, "Corvelmouth"),
    make_ship("Tjeld", "research vessel", 2009, "Aldhaven"),
]
for s in pinned_ships:
    ships[s["title"]] = s
ng = ships["Northern Grace"]
if ng["builder"] and ng["builder"] != "Bram Keelby":
    people[ng["builder"]]["ships_built"].remove("Northern Grace")
ng["builder"] = "Bram Keelby"
if "Northern Grace" not in people["Bram Keelby"]["ships_built"]:
    people["Bram Keelby"]["ships_built"].append("Northern Grace")
ng.update(length=26.4, tonnage=92, fate="preserved", museum="Aldhaven Maritime Museum", preserved_year=1978, service_end=1969)
for t in ("MV Fenna Lys", "MV Fenna", "RV Tjeld"):
    for c in ships[t]["masters"]:
        people[c]["ships"].remove(t)
    ships[t]["masters"] = []
ships["MV Fenna Lys"].update(fate="in service", service_end=2026, operator="Vesmark Ferries", length=49.8, tonnage=620,
                             electric=True, entered_service="2026-06-15", capacity=(220, 18), crossing=40)
ships["MV Fenna"].update(fate="reserve", service_end=2026, operator="Vesmark Ferries", length=44.2, tonnage=540,
                         withdrawn="2026-06-14", capacity=(180, 14), crossing=55)
ships["RV Tjeld"].update(fate="in service", service_end=2026, operator="Vesmark Maritime Survey", length=38.5, tonnage=410)
for s in ships.values():
    if "fate" in s:
        continue
    if s["service_end"] >= 2026 and s["type"] in ("ferry", "research vessel", "lifeboat"):
        s["fate"] = "in service"
        s["operator"] = {"ferry": "Vesmark Ferries", "research vessel": "Vesmark Maritime Survey",
                         "lifeboat": "Vesmark Sea Rescue Society"}[s["type"]]
        continue
    s["service_end"] = min(s["service_end"], 2024)
    k = R.random()
    if k < 0.12:
        ms = [m for m in museums.values() if m["type"] == "maritime" and m["founded"] <= s["service_end"] + 40]
        if ms:
            s["fate"] = "preserved"
            s["museum"] = R.choice(ms)["name"]
            s["preserved_year"] = max(s["service_end"] + 1, museums[s["museum"]]["founded"])
            continue
    s["fate"] = R.choice(["broken up", "broken up", "sold abroad", "hulked", "lost"])
for s in ships.values():
    if s.get("museum"):
        museums[s["museum"]]["ships"].append(s["title"])
    if s["type"] == "lifeboat":
        s["station"] = R.choice(["Rookshaven", "Kettleby", "Skarrow", "Grisport", "Tidewick", "Norrhamn", "Brenholm", "Selde Ferry"])

# ---------------------------------------------------------------- wrecks
CAUSES = ["storm", "fog", "collision", "grounding", "fire", "ice", "mine", "leak"]
wrecks = {}
WRECK_TYPES = ["schooner", "brig", "barque", "galeas", "steam trawler", "herring drifter", "fishing smack",
               "motor coaster", "paddle steamer", "steamship", "collier brig", "sloop"]
places = [(lh["name"], lh["district"]) for lh in lighthouses.values()] + \
         [(i["name"], i["district"]) for i in islands.values()]


def make_wreck(vname=None, vtype=None, date=None, cause=None, **kw):
    w = dict(vessel=vname or ship_name())
    w["vtype"] = vtype or R.choice(WRECK_TYPES)
    if date is None:
        y = R.randint(1702, 1988)
        if R.random() < 0.12:
            date = (1893, 11, R.choice([13, 14, 15]))
        else:
            date = (y, R.randint(1, 12), R.randint(1, 28))
    w["date"] = date
    y = date[0]
    w["built"] = y - R.randint(1, 40)
    w["home_port"] = R.choice(YARDS + ["Kettleby", "Lysholt", "Skarrow", "Saltrum"])
    w["cause"] = cause or ("storm" if date[:2] == (1893, 11) else R.choice(CAUSES if y >= 1915 else CAUSES[:6] + ["leak"]))
    w["place"], w["district"] = R.choice(places)
    w["crew"] = R.randint(3, 24)
    w["lost"] = R.randint(0, w["crew"])
    w["survivors"] = w["crew"] - w["lost"]
    cs = [c for c in captains if active(c, y, 24, 70) and (c["died"] is None or c["died"] >= y)]
    cs = [c for c in cs if c["name"] not in ("Jorund Saltmark",)]
    w["captain"] = R.choice(cs)["name"] if cs else None
    w["rescue"] = None
    if w["survivors"] > 0 and y >= 1867:
        boats = [s for s in ships.values() if s["type"] == "lifeboat" and s["built"] <= y <= s["service_end"]]
        if boats and R.random() < 0.7:
            b = R.choice(boats)
            w["rescue"] = b["title"]
            cx = [c for c in b["masters"] if active(people[c], y, 20, 70)]
            w["coxswain"] = cx[0] if cx else None
    w["depth"] = R.randint(4, 62)
    w["found"] = R.choice([None, None, R.randint(max(y + 5, 1950), 2024)]) if w["cause"] != "grounding" else max(y, 1960)
    w["protected"] = R.choice([None, None, R.randint(1979, 2025)]) if w["found"] else None
    w.update(kw)
    w["title"] = f"Wreck of the {w['vessel']}"
    return w


W = make_wreck("Margit Sol", "barque", (1893, 11, 14), "storm")
W.update(built=1871, home_port="Brenholm", captain="Sivert Havelin", crew=17, lost=14, survivors=3,
         place="Tarn Island Lighthouse", district="South Flats", found=2026, found_date="2026-08-22", depth=46,
         protected=2026, protected_date="2026-10-06", rescue=None, coxswain=None)
wrecks[W["title"]] = W
for _ in range(59):
    w = make_wreck()
    wrecks[w["title"]] = w
for w in wrecks.values():
    if w["captain"]:
        people[w["captain"]]["wrecks"].append(w["title"])
    if w.get("coxswain"):
        people[w["coxswain"]]["rescues"].append(w["title"])

# ---------------------------------------------------------------- dishes
DISHES = [
    ("Kettleby pickled herring", "Kettleby", "preserved fish", ["herring", "vinegar", "onion", "allspice", "bay leaf"]),
    ("Aldhaven harbour buns", "Aldhaven", "bakery", ["wheat flour", "cardamom", "butter", "pearl sugar"]),
    ("Saltrum salt-baked cod", "Saltrum", "fish", ["whole cod", "coarse sea salt", "dill", "lemon"]),
    ("Tidewick samphire fritters", "Tidewick", "snack", ["marsh samphire", "beer batter", "rapeseed oil"]),
    ("Grisport mussels in cider", "Grisport", "shellfish", ["blue mussels", "dry apple cider", "shallots", "cream"]),
    ("Vellund rye crispbread", "Vellund", "bread", ["rye flour", "caraway", "salt"]),
    ("Orsund smoked eel pie", "Orsund", "pie", ["smoked eel", "potato", "leek", "shortcrust pastry", "horseradish"]),
    ("Skarn fish soup", "Aldhaven", "soup", ["cod", "haddock", "carrot", "cream", "chives"]),
    ("Brenholm crab cakes", "Brenholm", "shellfish", ["brown crab", "breadcrumbs", "mustard", "parsley"]),
    ("Lysholt sea buckthorn tart", "Lysholt", "dessert", ["sea buckthorn berries", "sugar", "eggs", "shortcrust pastry"]),
    ("Norrhamn dried cod stew", "Norrhamn", "stew", ["dried cod", "potato", "bacon", "onion"]),
    ("Dunmere oatcakes", "Dunmere", "bread", ["oats", "butter", "salt"]),
    ("Corvelmouth rum toffee", "Corvelmouth", "sweet", ["dark sugar", "butter", "dark rum"]),
    ("Marrick plum dumplings", "Marrick", "dessert", ["plums", "potato dough", "cinnamon sugar"]),
    ("Keelstow pilot biscuits", "Keelstow", "bread", ["wheat flour", "water", "salt"]),
    ("Rookshaven cod cheeks", "Rookshaven", "fish", ["cod cheeks", "brown butter", "capers"]),
    ("Ammerhaven apple cake", "Ammerhaven", "dessert", ["apples", "almonds", "butter", "cinnamon"]),
    ("Tarnholm dune lamb stew", "Tarnholm", "stew", ["salt-marsh lamb", "barley", "turnip", "thyme"]),
    ("Selde salmon with sorrel", "Selde Ferry", "fish", ["salmon", "sorrel", "new potatoes", "butter"]),
    ("Fenna cloudberry porridge", "Brenholm", "breakfast", ["oats", "cloudberries", "cream"]),
    ("Great Sula lobster rolls", "Lysholt", "shellfish", ["lobster", "soft bread rolls", "mayonnaise", "dill"]),
    ("Wendeby potato dumplings", "Wendeby", "main", ["potato", "barley flour", "salt pork"]),
    ("Ullaby beer soup", "Ullaby", "soup", ["dark beer", "rye bread", "cream", "raisins"]),
    ("Pellham mill bread", "Pellham Reach", "bread", ["stone-ground wheat", "sourdough", "sunflower seeds"]),
    ("Hesketh honey cake", "Hesketh Strand", "dessert", ["heather honey", "rye flour", "ginger"]),
    ("Brisling sprats on rye", "Brisling", "preserved fish", ["smoked sprats", "rye bread", "egg", "chives"]),
    ("Eskerby amber ale", "Eskerby", "drink", ["malted barley", "hops", "juniper"]),
    ("Sandle sand-roasted potatoes", "Sandle", "side", ["waxy potatoes", "sea salt", "butter"]),
    ("Yarrowby elderflower cordial", "Yarrowby", "drink", ["elderflowers", "lemon", "sugar"]),
    ("Nethervik black pudding", "Nethervik", "main", ["pig's blood", "barley", "onion", "allspice"]),
    ("Oddsholm fish balls", "Oddsholm", "fish", ["haddock", "milk", "potato starch", "nutmeg"]),
    ("Morrow Point kelp crisps", "Morrow Point", "snack", ["sugar kelp", "rapeseed oil", "sea salt"]),
    ("Ostervik smoked mackerel pate", "Ostervik", "preserved fish", ["smoked mackerel", "cream cheese", "lemon", "black pepper"]),
    ("Thornvik blackberry pie", "Thornvik", "dessert", ["blackberries", "apples", "shortcrust pastry"]),
    ("Ulvhaven mutton broth", "Ulvhaven", "soup", ["mutton", "barley", "swede", "leek"]),
    ("Pikeness whiting in batter", "Pikeness", "fish", ["whiting", "beer batter", "lemon"]),
    ("Ravelsund saffron buns", "Ravelsund", "bakery", ["saffron", "wheat flour", "raisins", "butter"]),
    ("Fjellby juniper cheese", "Fjellby", "cheese", ["cow's milk", "juniper berries", "rennet"]),
    ("Wrenholt nettle soup", "Wrenholt", "soup", ["young nettles", "potato", "onion", "egg"]),
    ("Gullsby fried plaice", "Gullsby", "fish", ["plaice", "rye flour", "butter", "parsley"]),
    ("Varrow cured ham", "Varrow", "cured meat", ["pork leg", "sea salt", "juniper smoke"]),
    ("Greyling Cove scallops", "Greyling Cove", "shellfish", ["king scallops", "smoked bacon", "apple"]),
    ("Innermark barley bread", "Innermark", "bread", ["barley flour", "buttermilk", "honey"]),
    ("Kelderby cellar cheese", "Kelderby", "cheese", ["cow's milk", "salt", "cellar mould"]),
    ("Larkwick rhubarb fool", "Larkwick", "dessert", ["rhubarb", "cream", "sugar"]),
    ("Mossby mushroom pasties", "Mossby", "pie", ["chanterelles", "onion", "shortcrust pastry", "thyme"]),
    ("Quaymouth whelks in vinegar", "Quaymouth", "shellfish", ["whelks", "malt vinegar", "white pepper"]),
    ("Lantern Night spiced wine", "Aldhaven", "drink", ["red wine", "cloves", "cinnamon", "orange peel", "almonds"]),
    ("Vesmark tar toffee", "Corvelmouth", "sweet", ["sugar", "pine tar", "butter"]),
    ("Herring roe pancakes", "Kettleby", "main", ["herring roe", "buckwheat flour", "sour cream"]),
    ("Salt-cod fritters", "Saltrum", "snack", ["salt cod", "potato", "garlic", "parsley"]),
    ("Ferryman's hash", "Selde Ferry", "main", ["corned beef", "potato", "pickled beetroot", "fried egg"]),
    ("Lighthouse keeper's loaf", "Skarrow", "bread", ["wholemeal flour", "treacle", "oats"]),
    ("Wreckers' stew", "Ravelsund", "stew", ["salt beef", "dried peas", "carrot", "ship's biscuit"]),
    ("Sailor's duff", "Grisport", "dessert", ["suet", "flour", "currants", "golden syrup"]),
]
PROTECTED = {"Kettleby pickled herring": 2009, "Aldhaven harbour buns": 2011, "Saltrum salt-baked cod": 2013,
             "Tidewick samphire fritters": 2016, "Grisport mussels in cider": 2018, "Vellund rye crispbread": 2021,
             "Orsund smoked eel pie": 2026}
dishes = {}
for nm, town, kind, ingr in DISHES:
    d = dict(name=nm, town=town, kind=kind, ingredients=ingr, protected=PROTECTED.get(nm))
    d["season"] = R.choice(["all year", "summer", "autumn", "winter", "spring", "the herring season", "midsummer", "Christmas"])
    d["first_recorded"] = R.randint(1620, 1960)
    dishes[nm] = d
    towns[town]["dishes"].append(nm)
dishes["Orsund smoked eel pie"]["protected_date"] = "2026-07-22"
dishes["Kettleby pickled herring"]["season"] = "the herring season"
dishes["Orsund smoked eel pie"]["season"] = "autumn"
dishes["Orsund smoked eel pie"]["first_recorded"] = 1788

# ---------------------------------------------------------------- festivals
FEST_KINDS = ["Herring Festival", "Lantern Night", "Boat Blessing", "Kite Days", "Midsummer Bonfires", "Jazz on the Quay",
              "Regatta Week", "Harvest Market", "Sea Shanty Festival", "Smokehouse Weekend", "Oyster Days", "Light Festival",
              "Crab Fair", "Film Days", "Book Days", "New Year Ice Swim", "Amber Fair", "Fiddle Gathering", "Wool Market",
              "Children's Sea Day", "Pilots' Day", "Salt Fair", "Lifeboat Day", "Apple Days", "Poetry Week"]
MONTH_BY_KIND = {"Lantern Night": "December", "Midsummer Bonfires": "June", "New Year Ice Swim": "January",
                 "Harvest Market": "September", "Apple Days": "October", "Kite Days": "April", "Oyster Days": "October",
                 "Light Festival": "February", "Wool Market": "May"}
MONTHS = ["March", "April", "May", "June", "July", "August", "September", "October", "November"]
ORD = ["first", "second", "third", "last"]
festivals = {}
fest_specs = [("Kettleby Herring Festival", "Kettleby", "Herring Festival", 1952),
              ("Aldhaven Lantern Night", "Aldhaven", "Lantern Night", 1897)]
used_ft = set(("Kettleby", "Herring Festival"))
used_ft = {("Kettleby", "Herring Festival"), ("Aldhaven", "Lantern Night")}
while len(fest_specs) < 45:
    t = R.choice(town_names)
    k = R.choice(FEST_KINDS)
    if (t, k) in used_ft or (k == "Herring Festival" and R.random() < 0.6):
        continue
    used_ft.add((t, k))
    MINY = {"Film Days": 1955, "Jazz on the Quay": 1958, "Kite Days": 1972, "Light Festival": 1992, "Book Days": 1965,
            "New Year Ice Swim": 1975, "Poetry Week": 1968, "Children's Sea Day": 1950, "Lifeboat Day": 1905,
            "Regatta Week": 1860, "Sea Shanty Festival": 1975, "Smokehouse Weekend": 1985, "Fiddle Gathering": 1930,
            "Oyster Days": 1960, "Crab Fair": 1920, "Amber Fair": 1900, "Pilots' Day": 1880}
    fest_specs.append((f"{t} {k}", t, k, R.randint(MINY.get(k, 1780), 2016)))
composers = people_of("composer")
for nm, town, kind, founded in fest_specs:
    f = dict(name=nm, town=town, kind=kind, founded=founded)
    month = MONTH_BY_KIND.get(kind, R.choice(MONTHS))
    f["when"] = f"{R.choice(ORD)} weekend of {month}" if kind != "Lantern Night" else f"{R.choice(ORD[:2])} Saturday of {month}"
    f["days"] = 1 if "Night" in kind or "Day" in kind and "Days" not in kind else R.randint(2, 5)
    f["attendance"] = R.randrange(800, 30000, 100)
    local = [d for d in towns[town]["dishes"]]
    f["dish"] = R.choice(local) if local and R.random() < 0.7 else None
    cs = [c for c in composers if active(c, max(founded, 1850), 20, 80)]
    f["anthem"] = None
    if cs and R.random() < 0.35:
        c = R.choice(cs)
        yr = max(founded, c["born"] + 25)
        if c["died"]:
            yr = min(yr, c["died"] - 1)
        f["anthem"] = (c["name"], f"{R.choice(['Song', 'March', 'Hymn', 'Air', 'Ballad'])} for {town}", yr)
        c["festivals"].append(nm)
    festivals[nm] = f
    towns[town]["festivals"].append(nm)
festivals["Kettleby Herring Festival"].update(when="first weekend of September", when_old="second weekend of June",
    days=2, attendance=24000, dish="Kettleby pickled herring", venue="North Quay", moved="2026")
festivals["Aldhaven Lantern Night"].update(when="first Saturday of December", days=1, attendance=38000,
    dish="Lantern Night spiced wine", anthem=("Anders Piil", "Lantern Night Hymn", 1931), venue="the Ald riverfront")
if "Aldhaven Lantern Night" not in people["Anders Piil"]["festivals"]:
    people["Anders Piil"]["festivals"].append("Aldhaven Lantern Night")

# ---------------------------------------------------------------- clubs
CLUB_KINDS = [("Rowing Club", "rowing"), ("Gig Club", "gig racing"), ("Sailing Club", "sailing"), ("Athletic", "football"),
              ("FC", "football"), ("Swimming Club", "swimming"), ("Harriers", "athletics"), ("Handball Club", "handball"),
              ("Yacht Club", "sailing"), ("Cycling Club", "cycling"), ("Sea Kayak Club", "sea kayaking")]
clubs = {}
club_specs = [("Brenholm Gig Club", "Brenholm", "gig racing", 1921), ("Tidewick Rowing Club", "Tidewick", "rowing", 1888),
              ("Kettleby Swimming Club", "Kettleby", "swimming", 1931), ("Lysholt Swimming Club", "Lysholt", "swimming", 1924),
              ("Aldhaven Athletic", "Aldhaven", "football", 1899), ("Aldhaven Sailing Society", "Aldhaven", "sailing", 1864)]
used_c = set(c[0] for c in club_specs)
while len(club_specs) < 45:
    t = R.choice([x for x in town_names if towns[x]["kind"] != "village" or R.random() < 0.3])
    k, sport = R.choice(CLUB_KINDS)
    nm = f"{t} {k}" if k != "FC" else f"FC {t}"
    if nm in used_c:
        continue
    used_c.add(nm)
    club_specs.append((nm, t, sport, R.randint(1860, 2012)))
COLOURS_C = ["blue and white", "red and black", "green and gold", "navy and silver", "white and maroon", "yellow and black",
             "sky blue", "orange and navy", "black and white stripes", "red and white"]
athletes = people_of("athlete")
for nm, town, sport, founded in club_specs:
    c = dict(name=nm, town=town, sport=sport, founded=founded, colours=R.choice(COLOURS_C))
    c["members"] = R.randrange(40, 1400, 5)
    c["ground"] = {"football": f"{R.choice(['Harbour Park', 'Quay Meadow', 'the Strand Ground', 'Mill Field', 'Ropewalk Park'])}",
                   "rowing": "a boathouse on the harbour front", "gig racing": "the old lifeboat house",
                   "sailing": "a clubhouse and slipway on the marina", "swimming": "the town baths and an open-water base",
                   "athletics": "the municipal track", "handball": "the sports hall", "cycling": "a clubroom above the market hall",
                   "sea kayaking": "a container base on the beach"}[sport]
    c["honours"] = []
    n_h = R.randint(0, 4)
    for _ in range(n_h):
        c["honours"].append((R.choice({"football": ["Vesmark Coast League", "Coast Cup"], "rowing": ["Vesmark Rowing Championship", "Harbour Fours"],
                                       "gig racing": ["Round Fenna Gig Race", "Coast Gig Championship"], "sailing": ["Skarn Sea Trophy", "Round Fenna Race"],
                                       "swimming": ["Vesmark Open Water Championship", "Coast Relay"], "athletics": ["Coast Cross-Country Championship"],
                                       "handball": ["Vesmark Handball Cup"], "cycling": ["Coast Road Race"], "sea kayaking": ["Round the Sulas Race"]}[sport]),
                             R.randint(max(founded + 1, 1890), 2025)))
    c["honours"].sort(key=lambda h: h[1])
    c["athletes"] = []
    clubs[nm] = c
    towns[town]["clubs"].append(nm)
clubs["Brenholm Gig Club"].update(colours="green and white", ground="the old lifeboat house on Fenna Quay",
    honours=[("Vesmark Gig Race", 1952), ("Vesmark Gig Race", 1977), ("Vesmark Gig Race", 2004), ("Vesmark Gig Race", 2026)],
    record=("1:52:07", "2026-07-18"), members=210)
clubs["Tidewick Rowing Club"].update(colours="navy and gold",
    honours=[("Vesmark Gig Race", 1934), ("Vesmark Gig Race", 1988), ("Vesmark Gig Race", 2019)],
    record_old=("1:54:31", "2019-07-20"), members=340)
clubs["Kettleby Swimming Club"].update(colours="red and white")
clubs["Lysholt Swimming Club"].update(colours="sky blue")
for a in athletes:
    if a["name"] == "Tove Hallberg":
        a["club"] = "Lysholt Swimming Club"
    elif a["name"] == "Jannike Roos":
        a["club"] = "Kettleby Swimming Club"
    else:
        a["club"] = R.choice([c for c in clubs.values() if c["founded"] <= a["born"] + 16])["name"]
    clubs[a["club"]]["athletes"].append(a["name"])
    a["clubs"].append(a["club"])

# ---------------------------------------------------------------- artworks
painters = people_of("painter")
art_museums = [m for m in museums.values() if m["type"] in ("art", "house", "maritime", "fisheries", "local")]
TIMES = ["Dawn", "Dusk", "Noon", "Low Tide", "High Water", "Midnight"]
SEASONS = ["Winter", "Spring", "Summer", "Autumn", "March", "November"]
art_places = town_names + ISLANDS + [l for l in lighthouses]
MEDIA = ["oil on canvas"] * 6 + ["oil on board", "watercolour on paper", "watercolour on paper", "gouache on paper",
         "tempera on panel", "etching", "woodcut", "bronze", "charcoal on paper", "pastel on paper"]
TEMPLATES = ["Herring Boats at {time}", "{place} in {season}", "Storm off {place}", "Net Menders, {place}",
             "Evening Light over {place}", "{place} Quay", "Low Tide at {place}", "Sailmakers of {place}",
             "Fog Bank, {place}", "Women Waiting on the Mole, {place}", "Moonrise, {place}", "Winter Harbour, {place}",
             "The Ferry to {island}", "Dune Grass near {place}", "Study of Gulls, {place}", "Still Life with {obj}",
             "Midsummer Bonfire, {place}", "Boat Blessing at {place}", "Seaweed Gatherers on {island}", "Salt Pans at {place}",
             "The Pilot's {rel}", "Portrait of {sitter}", "Girl with a {obj2}", "The Lamp Room", "Harbour Lights, {place}",
             "Fishwives of {place}", "Beached Smacks, {place}", "The Breakwater, {place}", "Ice on the {river}",
             "Mending the {ship}", "Church Boat at {place}", "The Old Ropewalk, {place}", "Wind over {island}",
             "Sunday Morning, {place}", "The Lifeboat Launch, {place}"]
OBJ = ["Herring and Lemons", "a Copper Kettle", "Fishing Floats", "Shells and a Lamp", "Bread and Salt", "Mussels",
       "a Ship Model", "Sea Buckthorn"]
OBJ2 = ["Shell", "Lantern", "Red Shawl", "Net Needle", "Gull Feather", "Herring Basket"]
REL = ["Wife", "Daughter", "Son", "Widow", "Mother"]
artworks = {}


def art_title():
    for _ in range(1000):
        tpl = R.choice(TEMPLATES)
        t = tpl.format(time=R.choice(TIMES), place=R.choice(town_names + ISLANDS), season=R.choice(SEASONS),
                       island=R.choice(ISLANDS), obj=R.choice(OBJ), obj2=R.choice(OBJ2), rel=R.choice(REL),
                       sitter=new_name()[0], river=R.choice(list(rivers))[:],
                       ship=R.choice([s["name"] for s in ships.values()]))
        t = t.replace("on the River", "on the River")
        if t not in artworks:
            return t
    raise RuntimeError


def place_artwork(a):
    acq_floor = a["year"]
    ms = [m for m in art_museums if m["founded"] <= 2024]
    if a["year"] >= 1950:
        ms = [m for m in ms if m["type"] == "art"]
    m = R.choice(ms)
    acq = max(a["year"] + R.randint(0, 70), m["founded"])
    if acq > 2025:
        acq = R.randint(max(a["year"], m["founded"]), 2025)
    a["museum"], a["acquired"] = m["name"], acq
    m["artworks"].append(a["title"])


def make_art(title, artist, year, medium=None, **kw):
    a = dict(title=title, artist=artist, year=year, medium=medium or R.choice(MEDIA))
    if a["medium"] == "bronze":
        a["dims"] = f"height {R.randint(30, 210)} cm"
    else:
        h, w = R.randint(18, 140), R.randint(22, 190)
        a["dims"] = f"{h} × {w} cm"
    a.update(kw)
    return a


PINNED_ART = [
    make_art("Herring Boats at Dawn", "Halvard Ostrand", 1878, "oil on canvas", dims="84 × 126 cm",
             museum="Aldhaven Museum of Fine Art", acquired=1921),
    make_art("Harbour Lights, Grisport", "Maren Tolle", 1903, "oil on canvas", dims="71 × 98 cm",
             museum="Lysholt Gallery of Art", acquired=1934, acc="LGA 1934.7", former_attr="Halvard Ostrand",
             reattributed="2026-10-14"),
    make_art("Storm off Skarrow Head", "Halvard Ostrand", 1893, "oil on canvas", dims="102 × 154 cm",
             museum="Aldhaven Maritime Museum", acquired=1911, acc="AMM 1911.1"),
    make_art("The Pilot's Wife", "Halvard Ostrand", 1884, "oil on canvas", dims="61 × 48 cm",
             museum="Ostrand House", acquired=1948),
    make_art("Women Waiting on the Mole, Lysholt", "Maren Tolle", 1899, "oil on canvas", dims="88 × 131 cm",
             museum="Lysholt Gallery of Art", acquired=1934, acc="LGA 1934.2"),
    make_art("Net Menders, Kettleby", "Halvard Ostrand", 1871, "oil on board", dims="38 × 55 cm",
             museum="Vesmark Museum of Fisheries", acquired=1958),
    make_art("Sea Buckthorn and Salt", "Maren Tolle", 1926, "tempera on panel", dims="46 × 58 cm",
             museum="Tolle Studio", acquired=1962),
]
for a in PINNED_ART:
    artworks[a["title"]] = a
    museums[a["museum"]]["artworks"].append(a["title"])
weights = []
for p in painters:
    weights.append(1)
n_needed = 150 - len(PINNED_ART)
pool = [p for p in painters if not p["pinned"]]
for i in range(n_needed):
    p = pool[i % len(pool)] if i < len(pool) else R.choice(pool)
    end = min(p["died"] or 2025, 2025)
    lo = p["born"] + 19
    if lo > end:
        continue
    year = R.randint(lo, end)
    a = make_art(art_title(), p["name"], year)
    place_artwork(a)
    artworks[a["title"]] = a
for a in artworks.values():
    people[a["artist"]]["artworks"].append(a["title"])
    if "acc" not in a:
        m = museums[a["museum"]]
        n = sum(1 for b in artworks.values() if b["museum"] == a["museum"] and b.get("acquired") == a["acquired"] and "acc" in b)
        a["acc"] = f"{ACC_PREFIX[a['museum']]} {a['acquired']}.{n + R.randint(1, 40)}"
# Ostrand is the former attribution of one work; keep list of his works without it
people["Halvard Ostrand"]["former_works"] = ["Harbour Lights, Grisport"]

# ---------------------------------------------------------------- books
poets = people_of("poet")
PUBLISHERS = [("Tidewick Printing Society", 1832, "Tidewick"), ("Skarn Press", 1884, "Aldhaven"),
              ("Harbour Lamp Books", 1951, "Lysholt"), ("Gullwing Editions", 1979, "Orsund")]
W1 = ["Salt", "Brine", "Lamp", "Tide", "Gull", "Keel", "Driftwood", "Harbour", "Fog", "Anchor", "Shingle", "Dune",
      "Ferry", "Herring", "Winter", "North", "Kelp", "Quay", "Ember", "Sound"]
W2 = ["Psalms", "Hours", "Songs", "Letters", "Almanac", "Ledger", "Elegies", "Hymns", "Charts", "Soundings",
      "Lanterns", "Catechism", "Logbook", "Verses", "Weather", "Gospel"]
NOVEL = ["The Lamp Keeper's Daughter", "A House on the Mole", "The Winter Fleet", "Nine Days Becalmed", "The Pilot's Wager",
         "Rope and Ash", "The Drowned Bell", "Harvest of Herring", "The Saltmaker", "Where the Ferry Turns",
         "The Last Drifter", "Gulls over Grisport", "The Quiet Shoal", "A Widow's Lantern", "The Ropewalk",
         "Breakwater", "Sula Summer", "The Far Skerry", "The Smokehouse", "Under Beacon Hill"]
books = {}
PINNED_BOOKS = [("Salt Psalms", "Elias Brekkan", 1921, "poetry collection"), ("Lamp Hours", "Ottilie Brekkan", 1988, "poetry collection"),
                ("Harbour Ledger", "Ottilie Brekkan", 2004, "poetry collection"), ("Net Weights", "Vidar Sunde", 2011, "poetry collection"),
                ("The Long Ebb", "Vidar Sunde", 2019, "poetry collection"), ("The Drowned Bell", "Elias Brekkan", 1937, "novel")]
R.shuffle(NOVEL)
novel_iter = iter([n for n in NOVEL if n != "The Drowned Bell"])


def publisher_for(year):
    ok = [p for p in PUBLISHERS if p[1] <= year]
    return R.choice(ok) if ok else ("a private press", year, None)


for t, a, y, form in PINNED_BOOKS:
    books[t] = dict(title=t, author=a, year=y, form=form)
poolp = [p for p in poets if not p["pinned"]]
R.shuffle(poolp)
i = 0
while len(books) < 60:
    p = poolp[i % len(poolp)]
    i += 1
    end = min(p["died"] or 2025, 2025)
    lo = p["born"] + 20
    if lo > end:
        continue
    y = R.randint(lo, end)
    form = R.choice(["poetry collection"] * 5 + ["novel", "novel", "memoir", "essay collection", "verse epic"])
    if form == "novel":
        try:
            t = next(novel_iter)
        except StopIteration:
            form = "poetry collection"
    if form != "novel":
        for _ in range(100):
            t = f"{R.choice(W1)} {R.choice(W2)}"
            if form == "memoir":
                t = f"{R.choice(['A Childhood in', 'Years at', 'Letters from', 'My', 'Remembering'])} {R.choice(town_names)}"
            if form == "essay collection":
                t = f"On {R.choice(['Tides', 'Harbours', 'Weather', 'Lighthouses', 'Gulls', 'Salt', 'Ferries', 'Islands'])}"
            if t not in books:
                break
    if t in books:
        continue
    books[t] = dict(title=t, author=p["name"], year=y, form=form)
winners = set()
for b in books.values():
    pub = publisher_for(b["year"])
    b["publisher"], b["pub_town"] = pub[0], pub[2]
    b["pages"] = R.randint(48, 110) if b["form"] == "poetry collection" else R.randint(140, 460)
    b["prize"] = None
    if b["year"] >= 1959 and R.random() < 0.35 and b["year"] + 1 not in winners and b["year"] + 1 <= 2025:
        b["prize"] = b["year"] + 1
        winners.add(b["year"] + 1)
    people[b["author"]]["books"].append(b["title"])
books["Salt Psalms"].update(publisher="Skarn Press", pub_town="Aldhaven", pages=72)
books["The Long Ebb"].update(publisher="Harbour Lamp Books", pub_town="Lysholt", pages=88, prize=2020)
books["Net Weights"].update(publisher="Gullwing Editions", pub_town="Orsund", pages=64, prize=None)
winners.add(2020)
for b in books.values():
    if b["title"] != "The Long Ebb" and b["prize"] == 2020:
        b["prize"] = None

# scientists' achievements
SPECIES = ["Sula sea slug", "Vesmark sand goby", "Skarn kelp", "Ostry lichen", "Fenna sea lavender", "Tarn snail",
           "Morrow brittle star", "Lysholt amphipod", "Gannet Rock moss", "Dunskerry sea anemone"]
R.shuffle(SPECIES)
for p in people_of("scientist"):
    f = p["field"]
    p["achievement"] = {
        "oceanographer": "mapped the currents of the Skarn Sea along the Vesmark Coast",
        "marine biologist": f"first described the {SPECIES.pop() if SPECIES else 'Vesmark sand goby'}",
        "ornithologist": f"ran the seabird census on {R.choice(ISLANDS)} for {R.randint(8, 30)} years",
        "meteorologist": "kept the daily weather record at the Cape Morrow weather station",
        "astronomer": "catalogued variable stars from the Dunmere observatory",
        "botanist": "compiled the first flora of the dunes of the South Flats",
        "geologist": "described the granite of the North Reach cliffs",
        "ichthyologist": "studied the spawning grounds of the Skarn Sea herring",
        "hydrographer": "surveyed the channels of the River Selde estuary",
        "archaeologist": f"excavated the medieval harbour at {R.choice(town_names)}",
    }[f]
PIN["torsvik"]["achievement"] = "mapped the currents of the Skarn Sea along the Vesmark Coast"

ALL = dict(people=people, towns=towns, rivers=rivers, islands=islands, lighthouses=lighthouses, museums=museums,
           churches=churches, ships=ships, wrecks=wrecks, dishes=dishes, festivals=festivals, clubs=clubs,
           artworks=artworks, books=books)

# ---------------------------------------------------------------- consistency passes
# unique (honour, year) across clubs
_seen = set()
for c in clubs.values():
    for h, y in c["honours"]:
        if c["name"] in ("Brenholm Gig Club", "Tidewick Rowing Club"):
            _seen.add((h, y))
for c in clubs.values():
    if c["name"] in ("Brenholm Gig Club", "Tidewick Rowing Club"):
        continue
    new = []
    for h, y in c["honours"]:
        while (h, y) in _seen or (h == "Vesmark Gig Race" and y == 2025):
            y = y + 1 if y < 2025 else c["founded"] + 1 + R.randint(0, 20)
        _seen.add((h, y))
        new.append((h, y))
    c["honours"] = sorted(new, key=lambda x: x[1])
GIG_WINNERS = {y: c["name"] for c in clubs.values() for h, y in c["honours"] if h == "Vesmark Gig Race"}

# Vesmark Poet Laureate, four-year terms from 1 October 1978
laureates = []
_used = {"Ottilie Brekkan", "Vidar Sunde"}
for start in range(1978, 2022, 4):
    cands = [p for p in people_of("poet") if p["name"] not in _used and p["born"] + 32 <= start
             and (p["died"] is None or p["died"] > start + 4)]
    cands.sort(key=lambda p: p["name"])
    p = R.choice(cands)
    _used.add(p["name"])
    laureates.append((start, start + 4, p["name"]))
laureates.append((2022, 2026, "Ottilie Brekkan"))
laureates.append((2026, 2030, "Vidar Sunde"))
for s_, e_, n_ in laureates:
    people[n_]["laureate"] = (s_, e_)
ALL["laureates"] = laureates

# post-hoc, RNG-neutral fixes
for w in wrecks.values():
    if w["cause"] == "ice" and w["date"][1] not in (12, 1, 2, 3):
        w["cause"] = "storm"

# Renders the Vesmark Coast world (world.py) into encyclopedia pages under ../corpus/.
# Also copies the hand-written core documents from tools/core/.
import os, re, random, hashlib, shutil, datetime
import world as W

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")
people, towns, rivers, islands = W.people, W.towns, W.rivers, W.islands
lighthouses, museums, churches, ships = W.lighthouses, W.museums, W.churches, W.ships
wrecks, dishes, festivals, clubs, artworks, books = W.wrecks, W.dishes, W.festivals, W.clubs, W.artworks, W.books

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def rng(key):
    return random.Random(int(hashlib.md5(key.encode()).hexdigest()[:12], 16))


def slug(s):
    s = s.lower().replace("'", "").replace("’", "").replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def fmt(n):
    return f"{n:,}"


def date_updated(key):
    r = rng("upd" + key)
    start = datetime.date(2023, 2, 1)
    end = datetime.date(2026, 5, 25)
    d = start + datetime.timedelta(days=r.randint(0, (end - start).days))
    return d.isoformat()


UPDATED = {
    "Aldhaven Maritime Museum": "2026-09-14", "Orsund": "2026-10-02", "Helga Brandvold": "2026-10-02",
    "Tormod Lysne": "2026-10-02", "Kettleby Herring Festival": "2026-09-08", "Skarrow Head Lighthouse": "2026-10-05",
    "Skarrow Head Lighthouse Visitor Centre": "2026-10-05", "Brenholm Gig Club": "2026-07-20",
    "Tidewick Rowing Club": "2026-07-20", "Wreck of the Margit Sol": "2026-10-08", "Sivert Havelin": "2026-10-08",
    "Harbour Lights, Grisport": "2026-10-15", "Maren Tolle": "2026-10-15", "Halvard Ostrand": "2026-10-15",
    "Lysholt Gallery of Art": "2026-10-15", "Fenna": "2026-06-20", "MV Fenna Lys": "2026-06-20", "MV Fenna": "2026-06-20",
    "Vidar Sunde": "2026-10-02", "Ottilie Brekkan": "2026-10-02", "Tove Hallberg": "2026-08-11",
    "Jannike Roos": "2026-08-11", "Kettleby Swimming Club": "2026-08-11", "Lysholt Swimming Club": "2026-08-11",
    "Orsund smoked eel pie": "2026-07-24", "Agnete Holmsen": "2026-08-03", "Nils Kvist": "2026-08-03",
    "St. Brigid's Church, Kettleby": "2026-10-21", "Keelstow": "2026-10-02", "Kettleby": "2026-10-21", "Brenholm Boatbuilding Museum": "2026-07-02",
    "Tidewick Rope Walk Museum": "2026-07-02", "Greyling Cove Gallery": "2026-07-02", "RV Tjeld": "2026-08-25",
}

docs = {}  # filename -> text
titles = {}  # title -> filename


def emit(fname, title, date, body):
    assert fname not in docs, fname
    text = f"# {title}\nUpdated: {date}\n\n{body.strip()}\n"
    docs[fname] = text
    titles[title] = fname


def infobox(rows):
    out = ["| | |", "|---|---|"]
    for k, v in rows:
        if v is None or v == "":
            continue
        out.append(f"| **{k}** | {v} |")
    return "\n".join(out)


def see_also(items):
    items = [i for i in dict.fromkeys(items) if i]
    if not items:
        return ""
    return "## See also\n\n" + "\n".join(f"- {i}" for i in items) + "\n"


def years(p):
    if p["died"]:
        return f"{p['born']}–{p['died']}"
    return f"born {p['born']}"


def plist(xs):
    xs = list(xs)
    if not xs:
        return ""
    if len(xs) == 1:
        return xs[0]
    return ", ".join(xs[:-1]) + " and " + xs[-1]


def pron(p):
    return ("she", "her", "She", "Her") if p["sex"] == "F" else ("he", "his", "He", "His")


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def dstr(t):
    y, m, d = t
    return f"{d} {MONTHS[m - 1]} {y}"


def iso_long(s):
    y, m, d = map(int, s.split("-"))
    return f"{d} {MONTHS[m - 1]} {y}"


def place_name(loc):
    if loc in islands:
        return loc
    return loc


# ============================================================ TOWNS
TRADE = {"North Reach": ["cod fishing", "granite quarrying", "sheep farming", "sealing", "pilotage"],
         "Middle Shore": ["shipbuilding", "the herring trade", "coastal shipping", "rope-making", "timber import"],
         "South Flats": ["salt-making", "dairy farming", "eel fishing", "amber gathering", "market gardening"]}
ECON_NOW = {"North Reach": ["tourism", "aquaculture", "small-boat fishing", "wind-turbine servicing", "sheep farming"],
            "Middle Shore": ["public administration", "port services", "tourism", "boat repair", "education", "fish processing"],
            "South Flats": ["tourism", "dairy farming", "horticulture", "holiday cottages", "salt production"]}
FIRST_SOURCE = ["a tithe register of the diocese of Aldhaven", "the Aldhaven customs roll", "a land charter of the Orse valley",
                "a bishop's letter concerning fishing rights", "the oldest surviving harbour toll list",
                "a monastic rent book", "a boundary survey of the coastal parishes"]


def render_town(t):
    r = rng(t["name"])
    n = t["name"]
    kindword = {"city": "city", "town": "town", "village": r.choice(["village", "fishing village", "coastal village"])}[t["kind"]]
    if t["kind"] == "village" and t["name"] in ("Innermark", "Kelderby", "Mossby", "Wendeby", "Fjellby"):
        kindword = "inland village"
    riv = t.get("river")
    intro_opts = [
        f"**{n}** is a {kindword} in the {t['district']} district of the Vesmark Coast" + (f", at the mouth of the {riv}." if riv else "."),
        f"**{n}** is a {kindword} on the Vesmark Coast. It lies in the {t['district']} district" + (f" where the {riv} meets the Skarn Sea." if riv else f", not far from the {t.get('river_near')}."),
        f"The {kindword} of **{n}** ({t['district']}) " + (f"grew up around the mouth of the {riv}." if riv else f"stands near the {t.get('river_near')}.") ,
    ]
    intro = r.choice(intro_opts)
    if t["kind"] == "village":
        intro += f" It belongs to the municipality of {t['municipality']} and had {fmt(t['pop'])} inhabitants in 2025."
    elif t["kind"] == "city":
        intro += f" It is the largest settlement and administrative seat of the region, with {fmt(t['pop'])} inhabitants in 2025."
    else:
        intro += f" With {fmt(t['pop'])} inhabitants (2025) it is one of the region's {t['district'] == 'South Flats' and 'market towns' or 'harbour towns'}."
    rows = [("Type", kindword.capitalize()), ("District", t["district"]), ("Population (2025)", fmt(t["pop"])),
            ("Area", f"{t['area']} km²"), ("First mentioned", t["first"]), ("Town charter", t.get("charter")),
            ("Municipality", t["municipality"] if t["kind"] == "village" else None)]
    if t["kind"] != "village":
        rows.append(("Mayor", f"{t['mayor']} (since {t['mayor_since']})"))
    rows.append(("River", riv or t.get("river_near")))
    if t.get("railway"):
        rows.append(("Railway", f"Vesmark Coast Line ({t['railway']})"))
    body = intro + "\n\n" + infobox(rows) + "\n\n## History\n\n"
    hist = []
    hist.append(r.choice([f"{n} is first mentioned in {t['first']} in {r.choice(FIRST_SOURCE)}.",
                          f"The earliest written record of {n} dates from {t['first']}, when it appears in {r.choice(FIRST_SOURCE)}.",
                          f"Written sources name {n} for the first time in {t['first']}."]))
    tr = r.sample(TRADE[t["district"]], 2)
    hist.append(r.choice([f"For centuries its people lived from {tr[0]} and {tr[1]}.",
                          f"The local economy long rested on {tr[0]}, with {tr[1]} as a second mainstay.",
                          f"{tr[0].capitalize()} and {tr[1]} shaped the settlement until the industrial age."]))
    if t.get("charter"):
        hist.append(f"{n} received its town charter in {t['charter']}, which gave it the right to hold a weekly market and to levy harbour dues.")
    if r.random() < 0.45 and t["kind"] != "city":
        hist.append(f"The Great Storm of 1893 struck the {t['district']} hard; " + r.choice(
            [f"several {n} boats were lost and the old pier was washed away.", f"the harbour at {n} was badly damaged and had to be rebuilt over the following decade.",
             f"a memorial stone near the church lists the {n} men who did not come home."]))
    if t.get("railway"):
        hist.append(r.choice([f"The Vesmark Coast Line reached {n} in {t['railway']}, opening inland markets for local produce.",
                              f"Railway connection came in {t['railway']}, when the Vesmark Coast Line opened its station here."]))
    if t["kind"] != "village" and r.random() < 0.6:
        hist.append(f"In the 20th century {n} turned increasingly to {r.choice(ECON_NOW[t['district']])}; the harbour was modernised in {r.randint(1952, 2012)}.")
    if t["name"] == "Aldhaven":
        hist.append("Aldhaven became the seat of the regional administration in 1789 and hosts the Vesmark Heritage Board, founded in 1962, in the Old Customs House on Quay Street.")
    if t["name"] == "Orsund":
        hist.append("Tormod Lysne served as mayor from 2014 to 2026. In the mayoral election of 20 September 2026 Helga Brandvold was elected with 54.2 percent of the vote and took office on 1 October 2026.")
    body += " ".join(hist) + "\n\n"
    body += "## Economy\n\n" + r.choice([
        f"Today the main sources of work are {plist(r.sample(ECON_NOW[t['district']], 3))}.",
        f"Present-day {n} relies on {plist(r.sample(ECON_NOW[t['district']], 2))}, and many residents commute to {'Aldhaven' if n != 'Aldhaven' else 'the surrounding towns'}.",
        f"{n}'s economy is now based on {plist(r.sample(ECON_NOW[t['district']], 3))}."]) + "\n\n"
    land = t["churches"] + t["museums"] + t["lighthouses"]
    if land:
        body += "## Landmarks\n\n" + "\n".join(f"- {x}" for x in land) + "\n\n"
    cult = []
    if t["festivals"]:
        cult.append(r.choice(["The town's calendar is marked by", "Annual events include", "Local festivals include"]).replace("town's", "village's" if t["kind"] == "village" else "town's") + " " + plist(t["festivals"]) + ".")
    if t["dishes"]:
        cult.append(f"{n} is associated with {plist(t['dishes'])}.")
    if t["clubs"]:
        cult.append(f"Sports clubs based here include {plist(t['clubs'])}.")
    if t["islands_ferry"]:
        cult.append(f"Ferries sail from {n} to {plist(t['islands_ferry'])}.")
    if t["villages"]:
        cult.append(f"The municipality also includes the villages of {plist(sorted(t['villages']))}.")
    if cult:
        body += "## Culture and community\n\n" + " ".join(cult) + "\n\n"
    born = [p for p in t["born_here"]]
    if born:
        r.shuffle(born)
        body += "## Notable people\n\n" + "\n".join(f"- {b} ({people[b]['role'] if people[b]['role'] != 'captain' else 'sea captain'}, {years(people[b])})" for b in sorted(born[:8])) + "\n\n"
    body += see_also([t["municipality"] if t["kind"] == "village" else None, riv or t.get("river_near"),
                      "Vesmark Coast", f"{t['district']}"] )
    emit(f"town-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ PEOPLE
ROLE_WORD = {"painter": "painter", "poet": "poet", "captain": "sea captain", "mayor": "politician", "scientist": None,
             "engineer": None, "composer": None, "shipbuilder": "shipbuilder", "coxswain": "lifeboat coxswain",
             "athlete": None, "collector": "merchant and art collector", "historian": None}
PARTIES = ["Coastal Union", "Harbour List", "Vesmark Liberals", "Vesmark Greens", "Social Democrats of the Coast", "independent"]
SCHOOLS = ["the Aldhaven Drawing School", "the Lysholt Academy of Art", "the studio of a decorative painter in Grisport",
           "the Royal Academy in the capital"]
STYLES = ["the naturalism of the Vesmark School", "a loose, light-filled plein-air manner", "a sober realist style",
          "an expressive, heavily worked palette", "a spare modernist idiom", "abstraction derived from coastal forms"]


def painter_style(p):
    if p["born"] < 1820:
        return "a Romantic manner"
    if p["born"] < 1880:
        return W.R.choice(STYLES[:3]) if False else rng(p["name"] + "s").choice(STYLES[:4])
    if p["born"] < 1930:
        return rng(p["name"] + "s").choice(STYLES[1:5])
    return rng(p["name"] + "s").choice(STYLES[3:])


def role_desc(p):
    if p["role"] in ("scientist", "engineer", "composer", "historian"):
        return p["field"]
    if p["role"] == "athlete":
        c = clubs[p["club"]]
        return {"swimming": "open-water swimmer", "rowing": "rower", "gig racing": "gig rower", "football": "footballer",
                "sailing": "sailor", "athletics": "runner", "handball": "handball player", "cycling": "cyclist",
                "sea kayaking": "sea kayaker"}[c["sport"]]
    return ROLE_WORD[p["role"]]


def extra_name(r):
    from names import FEMALE, MALE, SURNAMES
    pinned_surnames = {p["name"].split()[-1] for p in people.values() if p["pinned"]}
    for _ in range(1000):
        n = f"{r.choice(FEMALE + MALE)} {r.choice(SURNAMES)}"
        if n not in W.used_names and n.split()[-1] not in pinned_surnames:
            W.used_names.add(n)
            return n
    raise RuntimeError


def render_person(p):
    r = rng(p["name"])
    n = p["name"]
    he, his, He, His = pron(p)
    rd = role_desc(p)
    art = "an" if rd[0] in "aeiou" else "a"
    life = f"({p['born']}–{p['died']})" if p["died"] else f"(born {p['born']})"
    tense = "was" if p["died"] else "is"
    intro = r.choice([
        f"**{n}** {life} {tense} {art} {rd} from {p['birthplace']} on the Vesmark Coast.",
        f"**{n}** {life} {tense} a Vesmark {rd}, born in {p['birthplace']}.",
        f"**{n}** {life}, {art} {rd} born in {p['birthplace']}, {tense} " + {
            "painter": "one of the painters most closely associated with the coast.",
            "poet": "among the region's notable writers.",
            "captain": "a master mariner of the Vesmark merchant fleet.",
            "mayor": "active in local politics for much of " + ("her" if p["sex"] == "F" else "his") + " life.",
        }.get(p["role"], "a well-known figure in the region."),
    ])
    rows = [("Born", f"{p['born']}, {p['birthplace']}"), ("Died", f"{p['died']}, {p.get('deathplace', p['birthplace'])}" if p["died"] else None),
            ("Occupation", rd)]
    sections = []
    see = [p["birthplace"]]
    early = r.choice([
        f"{n} was born in {p['birthplace']} in {p['born']}, the {r.choice(['eldest', 'second', 'youngest', 'third'])} child of a {r.choice(['fisherman', 'schoolteacher', 'pilot', 'net maker', 'shopkeeper', 'farmer', 'ship chandler', 'customs officer', 'carpenter', 'baker'])}.",
        f"Born in {p['birthplace']} in {p['born']}, {n} grew up {r.choice(['near the harbour', 'on a smallholding outside the town', 'above the family shop', 'in a pilot family', 'in modest circumstances'])}.",
        f"{He} was born in {p['born']} in {p['birthplace']} and {r.choice(['left school at fourteen', 'attended the local grammar school', 'was educated at home', 'went to school in Aldhaven'])}.",
    ])
    early += " " + r.choice([f"As a child {he} spent summers with relatives on {r.choice(W.ISLANDS)}.", f"{His} family moved to {r.choice(list(towns))} when {he} was {r.randint(6, 14)}.",
                             f"{He} showed an early interest in {r.choice(['drawing', 'books', 'boats', 'music', 'the natural world', 'local history'])}.", f"The family home still stands near the old harbour in {p['birthplace']}.",
                             f"{He} was confirmed in {r.choice([c for c in towns[p['birthplace']]['churches']] or ['the parish church'])}."])
    sections.append(("Early life", early))
    role = p["role"]
    if role == "painter":
        school = r.choice(SCHOOLS if p["born"] > 1800 else SCHOOLS[2:])
        style = painter_style(p)
        txt = f"{He} trained at {school} and worked in {style}. "
        if n == "Halvard Ostrand":
            txt = ("Ostrand trained at the Aldhaven Drawing School and became the leading figure of the Vesmark School, a group of painters who worked "
                   "outdoors on the beaches and quays between about 1870 and 1910. He settled in Aldhaven in 1889 but returned to Kettleby every summer. "
                   "His pupils included Maren Tolle. ")
        if n == "Maren Tolle":
            txt = ("Tolle studied under Halvard Ostrand and later at the Lysholt Academy of Art. She kept a studio above the harbour in Lysholt from 1897 until her death; "
                   "the building is now the Tolle Studio museum. Her paintings of women at work on the quays are among the best-known images of the coast. ")
        own = sorted(p["artworks"], key=lambda a: artworks[a]["year"])
        if own:
            a0 = artworks[own[0]]
            txt += r.choice([f"{His} earliest surviving work in a public collection is *{a0['title']}* ({a0['year']}). ",
                             f"*{a0['title']}* ({a0['year']}) is the earliest of {his} works in a Vesmark museum. "])
            if len(own) > 1:
                a1 = artworks[own[-1]]
                txt += f"*{a1['title']}* ({a1['year']}), now in the {a1['museum']}, is often cited as a mature work."
        sections.append(("Career", txt.strip()))
        if own:
            sections.append(("Selected works", "\n".join(f"- *{a}* ({artworks[a]['year']}), {artworks[a]['museum']}" for a in own)))
            see += own[:4]
        if n == "Halvard Ostrand":
            sections.append(("Attribution changes", "*Harbour Lights, Grisport* (1903), long catalogued as Ostrand's, was re-attributed to his pupil Maren Tolle by the Lysholt Gallery of Art on 14 October 2026 after technical study of the canvas and a signature found under the frame."))
        if n == "Maren Tolle":
            sections.append(("Attribution", "In October 2026 the Lysholt Gallery of Art re-attributed *Harbour Lights, Grisport* (1903) from Halvard Ostrand to Tolle, after a signature was found beneath the frame rebate."))
        rows.append(("Known for", "Vesmark School" if 1830 <= p["born"] <= 1870 else "coastal painting"))
    elif role == "poet":
        bs = sorted(p["books"], key=lambda b: books[b]["year"])
        txt = r.choice([f"{n} is best known for {'a single book' if len(bs) == 1 else str(len(bs)) + ' books'} described in this encyclopedia. " if not p["died"] else f"{n} is remembered chiefly for {'one book' if len(bs) == 1 else str(len(bs)) + ' books'}. ",
                        f"{His} writing returns again and again to {r.choice(['the harbour', 'the weather', 'the lives of fishing families', 'the islands', 'loss at sea', 'the light of the South Flats'])}. "])
        if bs:
            b0 = books[bs[0]]
            txt += f"The {b0['form']} *{b0['title']}* appeared in {b0['year']} from {b0['publisher']}. "
            pr = [b for b in bs if books[b]["prize"]]
            if pr:
                txt += f"*{pr[0]}* won the Vesmark Book Prize in {books[pr[0]]['prize']}. "
        if p.get("laureate") and n not in ("Ottilie Brekkan", "Vidar Sunde"):
            txt += f"{He} served as Vesmark Poet Laureate from 1 October {p['laureate'][0]} to 30 September {p['laureate'][1]}. "
            see.append("Vesmark Poet Laureate")
            rows.append(("Vesmark Poet Laureate", f"{p['laureate'][0]}–{p['laureate'][1]}"))
        if n == "Ottilie Brekkan":
            rows.append(("Vesmark Poet Laureate", "2022–2026"))
            txt += "She served as Vesmark Poet Laureate from 1 October 2022 to 30 September 2026 and was succeeded by Vidar Sunde. She is the granddaughter of the poet Elias Brekkan."
            see += ["Vesmark Poet Laureate", "Elias Brekkan", "Vidar Sunde"]
        if n == "Vidar Sunde":
            rows.append(("Vesmark Poet Laureate", "since 1 October 2026"))
            txt += "On 1 October 2026 he took office as Vesmark Poet Laureate for a four-year term, succeeding Ottilie Brekkan. He has taught creative writing at the Norrhamn Folk High School since 2014."
            see += ["Vesmark Poet Laureate", "Ottilie Brekkan"]
        if n == "Elias Brekkan":
            txt += "He worked as a schoolteacher in Tidewick for most of his life. His granddaughter Ottilie Brekkan is also a poet."
        sections.append(("Writing", txt.strip()))
        if bs:
            sections.append(("Works", "\n".join(f"- *{b}* ({books[b]['year']}, {books[b]['form']})" for b in bs)))
            see += bs[:4]
    elif role == "captain":
        txt = r.choice([f"{He} went to sea at {r.randint(13, 17)} as a {r.choice(['deck boy', 'cook', 'ordinary seaman'])} and gained a master's certificate at {r.randint(23, 31)}. ",
                        f"After an apprenticeship at sea {he} qualified as master in {p['born'] + r.randint(23, 31)}. "])
        txt += r.choice(["Most of the voyages were in the timber trade across the Skarn Sea. ", "He sailed chiefly on the salt runs to the southern ports. ".replace("He", He),
                         f"{He} spent long years in the coastal herring trade. ", "The greater part of the career was spent in coastal shipping. "])
        if p["ships"]:
            txt += f"Vessels under {his} command included {plist(p['ships'])}. "
            see += p["ships"]
        if p["wrecks"]:
            for w in p["wrecks"]:
                ww = wrecks[w]
                txt += f"{He} was master of the {ww['vessel']} when she was lost on {dstr(ww['date'])}. "
            see += p["wrecks"]
        if n == "Jorund Saltmark":
            txt += "After retiring from the sea in 1904 Saltmark collected ship models, charts and paintings, and in 1911 founded the Aldhaven Maritime Museum, giving it Halvard Ostrand's *Storm off Skarrow Head* as its first accession."
            see += ["Storm off Skarrow Head"]
        if n == "Sivert Havelin":
            txt += "Havelin was lost with the barque Margit Sol near Tarn Island on 14 November 1893 during the Great Storm of 1893. The wreck was located on 22 August 2026 at a depth of 46 metres."
            see += ["Great Storm of 1893"]
        sections.append(("Career at sea", txt.strip()))
    elif role == "mayor":
        if p.get("historic"):
            txt = f"{n} was mayor of {p['mayor_of']} from {p['mayor_since']} to {p['mayor_until']}. " + r.choice([
                "During the term the town paved its main streets and built a new fish market.",
                f"{His} administration is remembered for the new harbour basin and the first town gasworks.",
                "The period saw the opening of the town's first public school and a new poorhouse.",
                f"{He} championed the arrival of the railway and a public water supply."])
        else:
            party = {"Tormod Lysne": "Coastal Union", "Helga Brandvold": "Harbour List", "Petra Vindahl": "Social Democrats of the Coast"}.get(n, r.choice(PARTIES))
            prev = r.choice(["a schoolteacher", "a nurse", "a harbour engineer", "a fish-processing manager", "a lawyer", "a journalist", "a ferry officer", "a shop owner", "a social worker"])
            txt = f"Before entering politics {n} worked as {prev}. {He} represents the {party}" if party != "independent" else f"Before entering politics {n} worked as {prev}. {He} sits as an independent"
            txt += ". "
            if n == "Tormod Lysne":
                txt += "Lysne was first elected mayor of Orsund in 2014 and re-elected in 2020. He did not stand in the election of 20 September 2026 and left office on 30 September 2026, when Helga Brandvold succeeded him."
                rows.append(("Mayor of Orsund", "2014–2026"))
            elif n == "Helga Brandvold":
                txt += "She won the Orsund mayoral election of 20 September 2026 with 54.2 percent of the vote and took office on 1 October 2026, succeeding Tormod Lysne. She previously chaired the Orsund harbour committee."
                rows.append(("Mayor of Orsund", "since 1 October 2026"))
            else:
                txt += f"{He} has been mayor of {p['mayor_of']} since {p['mayor_since']}."
                rows.append((f"Mayor of {p['mayor_of']}", f"since {p['mayor_since']}"))
            rows.append(("Party", party))
        sections.append(("Political career", txt))
        see.append(p["mayor_of"])
    elif role == "scientist":
        txt = f"{He} {p['achievement']}. "
        inst = r.choice(["the Vesmark Museum of Natural History", "the Dunmere Observatory and Science Centre", "the Vesmark Maritime Survey",
                         "the Cape Morrow weather station", "the Aldhaven Marine Laboratory"])
        if n == "Liv Torsvik":
            inst = "the Vesmark Maritime Survey"
            txt += "Her current charts of 1958–1971 are still used by the survey's research vessel RV Tjeld. "
        txt += f"For most of {his} working life {he} was attached to {inst}. "
        txt += r.choice([f"{He} published more than {r.randint(20, 120)} papers.", f"{His} field notebooks are kept in the archive of {inst}.",
                         f"A lecture hall in Dunmere is named after {'her' if p['sex'] == 'F' else 'him'}."])
        if p["museums_founded"]:
            txt += f" {He} founded the {plist(p['museums_founded'])}."
            see += p["museums_founded"]
        sections.append(("Scientific work", txt))
        rows.append(("Field", p["field"]))
    elif role == "engineer":
        txt = ""
        if n == "Conrad Aasland":
            txt = "Aasland served as chief engineer of the Vesmark Coast Lights Authority from 1852 to 1886. He designed Cape Morrow Lighthouse (1859) and Skarrow Head Lighthouse, first lit on 1 March 1867, using granite from the North Reach quarries. "
        else:
            txt = r.choice([f"{He} trained in {r.choice(['Aldhaven', 'the capital', 'Grisport'])} and ran an office in {p['birthplace']}. ",
                            f"After an apprenticeship with a builder in {r.choice(list(towns))}, {he} set up {his} own practice. "])
        if p["lighthouses"]:
            txt += f"Lighthouses built to {his} designs include {plist(p['lighthouses'])}. "
        if p["churches"]:
            txt += f"{He} designed {plist(p['churches'])}. "
        if not p["lighthouses"] and not p["churches"]:
            txt += r.choice(["Much of the work was on harbour walls and bridges.", f"{His} surviving buildings include schools and warehouses.", "Most of the practice consisted of harbour works and villas."])
        sections.append(("Work", txt.strip()))
        see += p["lighthouses"] + p["churches"]
    elif role == "composer":
        works = [f"*{r.choice(['Tide', 'Harbour', 'Skerry', 'Gull', 'Coast', 'Lantern', 'Ferry'])} {r.choice(['Suite', 'Sonata', 'Songs', 'Quartet', 'Variations', 'Symphony'])}* ({min(p['born'] + r.randint(24, 60), (p['died'] or 2025))})" for _ in range(r.randint(1, 3))]
        txt = f"{His} works include {plist(list(dict.fromkeys(works)))}. "
        for f in p["festivals"]:
            fe = festivals[f]
            if fe.get("anthem") and fe["anthem"][0] == n:
                txt += f"{He} wrote the *{fe['anthem'][1]}* ({fe['anthem'][2]}), still performed at the {f}. "
                see.append(f)
        if n == "Anders Piil":
            txt += "Piil was organist of Aldhaven Cathedral from 1929 to 1968."
            see.append("Aldhaven Cathedral")
        sections.append(("Music", txt.strip()))
    elif role == "shipbuilder":
        txt = f"{He} ran a shipyard at {p['yard']}. " if p["birthplace"] == p["yard"] else f"{He} served an apprenticeship in {p['birthplace']} before taking over a yard at {p['yard']}. "
        see.append(p["yard"])
        if n == "Bram Keelby":
            txt = "Keelby ran the Keelby yard on the Bren in Brenholm from 1884 to 1925 and built more than 140 wooden drifters and smacks. "
        if p["ships_built"]:
            txt += f"Vessels from {his} yard include {plist(p['ships_built'])}."
            see += p["ships_built"]
        sections.append(("Shipbuilding", txt.strip()))
    elif role == "coxswain":
        txt = f"{He} joined the lifeboat crew of the Vesmark Sea Rescue Society at {r.randint(17, 26)} and served as coxswain for {r.randint(6, 24)} years. "
        if n == "Anna Rusk":
            txt = "Rusk was the first woman coxswain of the Vesmark Sea Rescue Society, serving at Rookshaven from 1898 to 1921. "
        if p["ships"]:
            txt += f"{He} commanded the lifeboat {plist(p['ships'])}. "
            see += p["ships"]
        if p["rescues"]:
            txt += f"{He} led the rescue of the survivors of the {plist([wrecks[w]['vessel'] for w in p['rescues']])}. "
            see += p["rescues"]
        txt += r.choice(["The Society awarded a silver medal for gallantry.", "A memorial bench stands at the lifeboat station.", ""])
        sections.append(("Lifeboat service", txt.strip()))
    elif role == "athlete":
        c = clubs[p["club"]]
        if p["born"] >= 1990:
            txt = f"{He} competes for {p['club']}. "
        else:
            txt = f"{He} {'competed' if p['died'] else 'competed for many years'} for {p['club']}" + (f" and retired in {min(p['born'] + r.randint(30, 38), 2024)}. " if not p["died"] else ". ")
        if n == "Tove Hallberg":
            txt += "Hallberg set the record for the Lysholt–Great Sula Sound Swim in 2021 with a time of 2:41:10. The record stood until 9 August 2026, when Jannike Roos swam 2:33:48."
        elif n == "Jannike Roos":
            txt += "On 9 August 2026 Roos won the Lysholt–Great Sula Sound Swim in a record 2:33:48, beating the 2021 record of 2:41:10 held by Tove Hallberg. She trains in Kettleby harbour and studies marine engineering in Aldhaven."
        else:
            yrs = r.randint(p["born"] + 17, min(p["born"] + 32, 2025))
            txt += r.choice([f"{He} won a regional title in {yrs}.", f"{His} best season came in {yrs}, when {he} was named the club's athlete of the year.",
                             f"In {yrs} {he} was part of the team that won the club's first medal in a regional championship."])
        sections.append(("Sporting career", txt))
        see.append(p["club"])
        if n in ("Tove Hallberg", "Jannike Roos"):
            see.append("Lysholt–Great Sula Sound Swim")
    elif role == "collector":
        txt = r.choice([f"{He} made a fortune in {r.choice(['the timber trade', 'herring export', 'coastal shipping', 'insurance', 'the salt trade'])}. ",
                        f"A {r.choice(['merchant', 'ship-owner', 'banker', 'timber importer'])} by profession, {he} spent much of {his} wealth on art. "])
        if n == "Wilhelm Dreyer":
            txt = "Dreyer made his fortune in herring export and assembled the largest private collection of Vesmark painting of his time. In 1934 he founded the Lysholt Gallery of Art, giving it 212 works, including paintings by Maren Tolle and Halvard Ostrand. "
        if p["museums_founded"]:
            txt += f"{He} founded the {plist(p['museums_founded'])}."
            see += p["museums_founded"]
        else:
            txt += "The collection was later divided among several Vesmark museums."
        sections.append(("Collecting", txt.strip()))
    elif role == "historian":
        if n == "Nils Kvist":
            txt = "Kvist taught regional history at the Aldhaven Teachers' College and wrote a standard history of the herring trade. He chaired the Vesmark Heritage Board from 2019 until 31 July 2026 and was succeeded by Agnete Holmsen."
        elif n == "Agnete Holmsen":
            txt = "Holmsen is a maritime archaeologist who led the excavation of the medieval harbour at Grisport. She became chair of the Vesmark Heritage Board on 1 August 2026, succeeding Nils Kvist."
        else:
            txt = f"{He} wrote on the history of {r.choice(['the fishing villages', 'church art', 'the salt works', 'emigration from the coast'])} and lectured in Aldhaven."
        sections.append(("Work", txt))
        if n in ("Nils Kvist", "Agnete Holmsen"):
            see.append("Vesmark Heritage Board")
    extra = {
        "painter": [f"{He} painted mostly outdoors, carrying a folding easel along the shore.", f"Summers were spent on {r.choice(W.ISLANDS)}, where {he} rented a fisherman's hut.",
                    f"{He} exhibited regularly at the Aldhaven autumn salon.", f"For some years {he} taught drawing at a school in {r.choice(list(towns))}.",
                    f"{His} palette grew lighter after a stay on the South Flats.", "Portrait commissions provided a steady income.",
                    f"Sketchbooks from {his} travels along the coast survive in private hands."],
        "poet": [f"{His} poems are written in plain language, close to everyday speech.", f"{He} gave readings at the Book Days festivals along the coast.",
                 f"Several of {his} poems have been set to music.", f"{He} also translated poetry into the coastal dialect.", f"{He} earned a living as a {r.choice(['librarian', 'teacher', 'journalist', 'ferry clerk', 'bookseller'])}.",
                 f"Critics have linked {his} work with the older ballad tradition of the islands."],
        "captain": [f"{He} made {r.randint(20, 140)} voyages as master.", f"A logbook kept by {'her' if p['sex'] == 'F' else 'him'} is preserved in the regional archive.",
                    f"Crews spoke of {'her' if p['sex'] == 'F' else 'him'} as a careful navigator.", f"{He} retired ashore and became harbour master at {r.choice(list(W.YARDS))}.",
                    f"In old age {he} built ship models, some of which are displayed in local museums."],
        "mayor": [f"{He} has sat on the regional council's committee for {r.choice(['transport', 'culture', 'harbours', 'education'])}." if not p["died"] else "The town council met in the old courthouse during the term.",
                  f"Local priorities have included {r.choice(['harbour repairs', 'affordable housing', 'school buildings', 'coastal protection', 'a new library'])}." if not p["died"] else "Minutes of the council for these years survive in the town archive."],
        "scientist": [f"{He} took part in {r.randint(3, 30)} research cruises.", f"{His} collections are kept at the Vesmark Museum of Natural History.",
                      f"{He} trained a generation of students at the Aldhaven Marine Laboratory.", f"{He} wrote a popular book on the natural history of the coast."],
        "engineer": [f"{His} drawings are kept by the Vesmark Coast Lights Authority.", f"{He} favoured local granite and brick.", f"{He} also worked on harbour walls at {r.choice(list(W.YARDS))}."],
        "composer": [f"{He} led a choir in {p['birthplace']} for many years.", f"{His} music draws on fiddle tunes collected on the islands.", f"{He} taught music at a school in {r.choice(list(towns))}."],
        "shipbuilder": [f"The yard employed up to {r.randint(12, 90)} men.", f"{He} was known for fast, seaworthy hulls.", "Half-models from the yard survive in local museums."],
        "coxswain": [f"{He} took part in more than {r.randint(20, 120)} launches.", f"{He} worked as a fisherman between callouts.", "Lifeboat crews of the time rowed to casualties in open boats."],
        "athlete": [f"{He} trains in {p['birthplace']}." if not p["died"] and p["born"] >= 1990 else f"{He} later coached juniors at the club.", f"{He} has represented the region at national level." if p["born"] >= 1990 else f"{He} represented the region at national level."],
        "collector": [f"{He} bought directly from artists' studios.", "Many of the works were acquired at the Aldhaven autumn salon.", f"{He} also supported young painters with stipends."],
        "historian": [f"{He} has published widely on the coast's past." if not p["died"] else f"{He} published widely on the coast's past.", "Several of the books are standard works in local libraries."],
    }[p["role"]]
    if len(sections) >= 2:
        h, t = sections[1]
        sections[1] = (h, t + " " + " ".join(r.sample(extra, min(2, len(extra)))))
    # personal life / recognition
    if r.random() < 0.55 and p["role"] != "athlete":
        sp = extra_name(r)
        yr = p["born"] + r.randint(22, 36)
        if yr <= 2025 and (not p["died"] or yr < p["died"]):
            kids = r.randint(0, 5)
            pl = f"{He} married {sp} in {yr}" + (f"; the couple had {kids} {'child' if kids == 1 else 'children'}." if kids else "; the marriage was childless." if p["died"] else ".")
            if not p["died"]:
                pl += " " + r.choice([f"{He} lives in {p.get('mayor_of', p['birthplace'])}.", f"The family lives near {p.get('mayor_of', p['birthplace'])}.", ""])
            sections.append(("Personal life", pl.strip()))
    if r.random() < 0.35:
        lo = p["born"] + 35
        hi = min(p["died"] or 2025, 2025)
        if lo <= hi and lo >= 1962:
            yr = r.randint(lo, hi)
            sections.append(("Recognition", r.choice([f"The Vesmark Heritage Board awarded {'her' if p['sex'] == 'F' else 'him'} its Coast Medal in {yr}.",
                                                      f"{He} was made an honorary citizen of {p['birthplace']} in {yr}.",
                                                      f"In {yr} {he} received the Heritage Board's Coast Medal for services to the region."])))
        elif lo <= hi:
            yr = r.randint(lo, hi)
            sections.append(("Recognition", r.choice([f"{He} was made an honorary citizen of {p['birthplace']} in {yr}.",
                                                      f"The town council of {p['birthplace']} presented {'her' if p['sex'] == 'F' else 'him'} with a silver cup in {yr}."])))
    if p["died"] and r.random() < 0.6:
        sections.append(("Later years", r.choice([f"In later life {he} lived quietly in {p.get('deathplace', p['birthplace'])}.", f"{He} remained active almost until the end.", f"Failing eyesight slowed {his} work in the last years."])
                         + " " + r.choice([f"Friends recalled {'her' if p['sex'] == 'F' else 'him'} as generous and stubborn.", f"{He} corresponded widely with colleagues along the coast.", f"{He} was a familiar figure on the quay each morning.", ""])))
    elif not p["died"] and r.random() < 0.6 and p["role"] not in ("athlete",):
        sections.append(("Current activities", r.choice([f"{He} is a member of the board of the {r.choice([m for m in museums])}.", f"{He} is a regular speaker at events of the Vesmark Heritage Board.", f"{He} writes a monthly column for the regional newspaper *Coast Post*.", f"{He} volunteers with the lifeboat station in {p['birthplace']}."])))
    # legacy / later life
    if p["died"]:
        sections.append(("Death and legacy", r.choice([
            f"{n} died in {p.get('deathplace', p['birthplace'])} in {p['died']}.",
            f"{He} died in {p['died']} in {p.get('deathplace', p['birthplace'])}" + r.choice([". A street in the town now bears the name.", ", and is buried in the churchyard there.", "."]),
            f"{n} died in {p['died']}. " + r.choice(["An exhibition marked the centenary of the birth.", "A memorial plaque marks the house of birth.", "Letters and papers are kept in the regional archive in Aldhaven."])])))
    body = intro + "\n\n" + infobox(rows) + "\n\n" + "\n\n".join(f"## {h}\n\n{t}" for h, t in sections) + "\n\n" + see_also(see)
    emit(f"person-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ MUSEUMS
TYPE_DESC = {"maritime": "maritime museum", "art": "art museum", "fisheries": "museum of the fishing industry",
             "house": "house museum", "local": "local history museum", "industrial": "industrial heritage museum",
             "folk": "folk museum", "science": "science museum", "lighthouse": "lighthouse visitor centre"}
COLL = {"maritime": ["ship models", "navigation instruments", "figureheads", "charts", "logbooks"],
        "art": ["paintings", "works on paper", "sculpture", "prints"], "fisheries": ["nets and gear", "boats", "photographs", "smokehouse equipment"],
        "house": ["furniture", "studio equipment", "letters", "paintings"], "local": ["costumes", "tools", "photographs", "archaeological finds"],
        "industrial": ["machinery", "trade records", "tools", "photographs"], "folk": ["textiles", "household objects", "farm tools", "costumes"],
        "science": ["instruments", "specimens", "weather records", "interactive displays"], "lighthouse": ["lenses", "keepers' logs", "lamps"]}


def render_museum(m):
    r = rng(m["name"])
    n = m["name"]
    td = TYPE_DESC[m["type"]]
    intro = r.choice([f"The **{n}** is a {td} in {m['town']} on the Vesmark Coast, founded in {m['founded']}.",
                      f"**{n}** is a {td} in {m['town']}. It opened in {m['founded']}.",
                      f"Founded in {m['founded']}, the **{n}** in {m['town']} is a {td}."])
    rows = [("Location", m["town"]), ("Type", td.capitalize()), ("Founded", m["founded"]), ("Founder", m["founder"]),
            ("Building", m["building"]), ("Director", m["director"]), ("Visitors (2025)", fmt(m["visitors"])),
            ("Opening hours", m["hours"]), ("Admission", f"€{m['admission']}" + (" (under-18s free)" if m["admission"] else "") if m["admission"] else "free"),
            ("Vesmark Museum Pass", ("yes (since 1 July 2026)" if m["pass_added"] else "yes") if m["pass"] else "no")]
    if n == "Aldhaven Maritime Museum":
        rows[-3] = ("Opening hours", "Tue–Sun 10:00–18:00; Thursdays until 21:00; closed Mondays")
    hist = r.choice([f"The museum was established in {m['founded']}" + (f" on the initiative of {m['founder']}" if m["founder"] else " by a local museum society") + f" and is housed in {m['building']}.",
                     (f"{m['founder']} founded the museum in {m['founded']}" if m["founder"] else f"A group of residents founded the museum in {m['founded']}") + f"; since {max(m['founded'], r.randint(m['founded'], 2015))} it has occupied {m['building']}."])
    if r.random() < 0.5 and m["name"] not in ("Aldhaven Maritime Museum", "Lysholt Gallery of Art"):
        hist += f" A {r.choice(['new wing', 'learning centre', 'climate-controlled store', 'café and shop'])} was added in {r.randint(max(m['founded'] + 5, 1960), 2024)}."
    if n == "Aldhaven Maritime Museum":
        hist = ("The museum was founded in 1911 by the retired sea captain Jorund Saltmark, whose gift of Halvard Ostrand's *Storm off Skarrow Head* became accession AMM 1911.1. "
                "It is housed in the former Admiralty Ropery on Ropewalk Quay, built in 1790. The herring drifter Northern Grace (1906) has been preserved at the museum quay since 1978.\n\n"
                "The museum closed for a full renovation on 3 November 2025 and reopened on 12 September 2026 with new galleries, a rooftop terrace and a learning centre. "
                "Before the renovation it opened Wednesday to Sunday, 11:00–17:00, and adult admission was €12. Since reopening it is open Tuesday to Sunday, 10:00–18:00, with late opening on Thursdays until 21:00; adult admission is €15 and under-18s remain free.")
    if n == "Lysholt Gallery of Art":
        hist = ("The gallery was founded in 1934 by the herring exporter and collector Wilhelm Dreyer, who gave it 212 works. The Dreyer Building on Strand Street was built for it in the same year. "
                "Jonas Aurland directed the gallery from 2015 until 30 June 2026; Saskia Vedel became director on 1 July 2026.\n\n"
                "On 14 October 2026 the gallery re-attributed *Harbour Lights, Grisport* (1903) from Halvard Ostrand to Maren Tolle after conservators found Tolle's signature beneath the frame rebate.")
    if m["pass_added"]:
        hist += " The museum joined the Vesmark Museum Pass scheme on 1 July 2026."
    if n == "Skarrow Head Lighthouse Visitor Centre":
        hist = ("The visitor centre opened in 1994 in the former keepers' cottages beside Skarrow Head Lighthouse. During the restoration of the lighthouse (2025–2026) the tower was closed. "
                "Since the relighting on 3 October 2026 guided tower tours run on the hour from May to September, and the centre joined the Vesmark Museum Pass scheme on 1 July 2026.")
    body = intro + "\n\n" + infobox(rows) + "\n\n## History\n\n" + hist + "\n\n## Collection\n\n"
    items = r.sample(COLL[m["type"]], min(3, len(COLL[m["type"]])))
    coll = r.choice([f"The collection comprises {plist(items)}" + (f", some {fmt(m['objects'])} objects in all" if m.get("objects") else "") + ".",
                     f"Holdings focus on {plist(items)}."])
    body += coll
    if m["artworks"]:
        body += " Highlights include:\n\n" + "\n".join(f"- *{a}* ({artworks[a]['year']}) by {artworks[a]['artist']}" for a in sorted(m["artworks"], key=lambda a: artworks[a]["year"])[:12])
    if m["ships"]:
        body += "\n\nPreserved vessels: " + plist(m["ships"]) + "."
    body += "\n\n## Visiting\n\n" + r.choice([
        f"The museum is open {m['hours']}.", f"Opening hours: {m['hours']}.", f"Visitors are welcome {m['hours']}."])
    if n == "Aldhaven Maritime Museum":
        body = body.replace("The museum is open Tue–Sun 10:00–18:00, Thursdays until 21:00.", "").replace("Opening hours: Tue–Sun 10:00–18:00, Thursdays until 21:00.", "").replace("Visitors are welcome Tue–Sun 10:00–18:00, Thursdays until 21:00.", "")
        body += "Since 12 September 2026 the museum is open Tuesday to Sunday, 10:00–18:00, with late opening on Thursdays until 21:00. It is closed on Mondays."
    body += " " + (f"Adult admission is €{m['admission']}." if m["admission"] else "Admission is free.")
    if m["pass"]:
        body += " Entry is included in the Vesmark Museum Pass."
    body += "\n\n" + see_also([m["town"], m["founder"]] + m["ships"] + (["Vesmark Museum Pass"] if m["pass"] else []))
    emit(f"museum-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ LIGHTHOUSES
def char_explain(c):
    m = re.match(r"(LFl|Fl|Oc|Iso|Q|VQ)(\((\d)\))? ?([WRG]+) ?([\d.]+s)?", c)
    kind = {"Fl": "flashing", "LFl": "long-flashing", "Oc": "occulting", "Iso": "isophase", "Q": "quick-flashing", "VQ": "very quick-flashing"}[m.group(1)]
    grp = f" in groups of {m.group(3)}" if m.group(3) else ""
    col = {"W": "white", "R": "red", "G": "green", "WR": "white and red sectors", "WRG": "white, red and green sectors"}.get(m.group(4), m.group(4))
    per = f", repeating every {m.group(5)[:-1]} seconds" if m.group(5) else ""
    return f"{kind} {col}{grp}{per}"


def render_lighthouse(lh):
    r = rng(lh["name"])
    n = lh["name"]
    where = f"on {lh['place']}" if lh["ptype"] == "island" else f"at {lh['place']}"
    intro = r.choice([f"**{n}** is a lighthouse {where} in the {lh['district']} district of the Vesmark Coast.",
                      f"**{n}** stands {where}, guarding the approaches in the {lh['district']}.",
                      f"The **{n}** is an aid to navigation {where} ({lh['district']}), first lit in {lh['first_lit']}."])
    status = lh["status"] if lh["status"] == "active" else f"inactive since {lh['deactivated']}"
    rows = [("Location", lh["place"]), ("First lit", lh.get("first_lit_date", lh["first_lit"])), ("Designer", lh["engineer"]),
            ("Tower height", f"{lh['height']} m"), ("Focal height", f"{lh['focal']} m above sea level"),
            ("Light characteristic", lh["char"] if lh["status"] == "active" else f"{lh['char']} (until {lh['deactivated']})"),
            ("Range", f"{lh['range']} nautical miles"), ("Automated", lh["automated"]), ("Status", status),
            ("Operator", "Vesmark Coast Lights Authority"), ("Open to visitors", "yes" if lh["visitable"] else "no"),
            ("Appearance", lh["colour"])]
    hist = r.choice([f"The light was first lit in {lh['first_lit']}" + (f" to a design by {lh['engineer']}" if lh["engineer"] else "") + ".",
                     (f"{lh['engineer']} designed the tower, which was completed and lit in {lh['first_lit']}." if lh["engineer"] else f"The builder of the tower, lit in {lh['first_lit']}, is not recorded.")])
    hist += f" Keepers lived on site until the light was automated in {lh['automated']}."
    if lh["keepers"]:
        hist += " " + r.choice([f"Keeper families who served here included the {plist(lh['keepers'])} families.",
                                f"The names {plist(lh['keepers'])} recur in the keepers' logs."])
    if lh["status"] != "active":
        hist += f" The light was discontinued in {lh['deactivated']} and the tower is maintained as a day mark."
    if n == "Skarrow Head Lighthouse":
        hist = ("Skarrow Head Lighthouse was designed by Conrad Aasland and first lit on 1 March 1867 after the loss of several vessels on the Skarrow ledges. "
                "The granite tower came from the North Reach quarries. The light was automated in 1987.\n\n"
                "### Restoration 2025–2026\n\nIn April 2025 the Vesmark Coast Lights Authority closed the tower for restoration of the stonework and lantern. "
                "The light was relit on 3 October 2026 with an LED lantern. The characteristic changed from Fl W 5s (one white flash every 5 seconds) to Fl(2) W 10s "
                "(two white flashes every 10 seconds), and the nominal range changed from 18 to 15 nautical miles. Since reopening, guided tower tours run from May to September from the Skarrow Head Lighthouse Visitor Centre.")
    if n == "Cape Morrow Lighthouse":
        hist = ("A coal-fired beacon burned on Cape Morrow from 1712. The present granite tower was designed by Conrad Aasland and first lit in 1859. "
                "The light was automated in 1992. The former keepers' house contains the Cape Morrow Weather Station Museum.")
    body = intro + "\n\n" + infobox(rows) + "\n\n## History\n\n" + hist + "\n\n## The light\n\n"
    if lh["status"] == "active":
        body += f"The light shows the characteristic {lh['char']} ({char_explain(lh['char'])}) and has a nominal range of {lh['range']} nautical miles. The focal plane is {lh['focal']} m above sea level."
    else:
        body += f"While in service the light showed {lh['char']} ({char_explain(lh['char'])})."
    body += " " + r.choice([f"The original optic was a {r.choice(['first', 'second', 'third', 'fourth'])}-order Fresnel lens.", "The lantern was converted from paraffin to electricity in the 1930s.", "A fog signal was housed in a separate building until 1986.", "The lens still turns on a mercury bath."])
    near = [w["title"] for w in wrecks.values() if w["place"] == n]
    if near:
        body += "\n\n## Nearby wrecks\n\n" + "\n".join(f"- {x}" for x in near)
    body += "\n\n## Visiting\n\n" + (r.choice(["The grounds are open and the tower can be climbed on guided tours in summer.", "Visitors can walk to the tower; the lantern room is opened on heritage days."]) if lh["visitable"] else r.choice(["The tower is not open to the public.", "The site is closed to visitors, but the light can be seen from the coastal path."]))
    if n == "Skarrow Head Lighthouse":
        body = body.replace("The grounds are open and the tower can be climbed on guided tours in summer.", "Tower tours run on the hour from May to September (booking at the Skarrow Head Lighthouse Visitor Centre).").replace("Visitors can walk to the tower; the lantern room is opened on heritage days.", "Tower tours run on the hour from May to September (booking at the Skarrow Head Lighthouse Visitor Centre).")
    body += "\n\n" + see_also([lh["place"], lh["engineer"]] + near + ["List of lighthouses of the Vesmark Coast"] + (["Skarrow Head Lighthouse Visitor Centre"] if n.startswith("Skarrow") else []))
    fn = f"lighthouse-{slug(n.replace(' Lighthouse', '').replace(' Light', '-light') if False else n)}.md"
    emit(fn, n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ SHIPS
def render_ship(s):
    r = rng(s["title"])
    n = s["title"]
    art = "an" if s["type"][0] in "aeiou" else "a"
    intro = r.choice([f"**{n}** is {art} {s['type']} built at {s['yard']} in {s['built']}.",
                      f"The **{n}** was {art} {s['type']} launched at {s['yard']} in {s['built']}." if s["fate"] not in ("in service", "preserved", "reserve") else f"The **{n}** is {art} {s['type']} launched at {s['yard']} in {s['built']}.",
                      f"**{n}** ({s['built']}) is {art} Vesmark-built {s['type']}."])
    fate = {"broken up": f"broken up {s['service_end']}", "sold abroad": f"sold abroad {s['service_end']}", "hulked": f"hulked {s['service_end']}",
            "lost": f"lost {s['service_end']}", "in service": "in service", "preserved": f"preserved at the {s.get('museum')}",
            "reserve": "reserve vessel since 14 June 2026"}[s["fate"]]
    rows = [("Type", s["type"]), ("Built", s["built"]), ("Shipyard", f"{s['yard']}" + (f" ({s['builder']})" if s["builder"] else "")),
            ("Length", f"{s['length']} m"), ("Tonnage", f"{s['tonnage']} GRT"), ("Masters", ", ".join(s["masters"]) if s["masters"] else None),
            ("Operator", s.get("operator")), ("Fate", fate)]
    if s.get("capacity"):
        rows.append(("Capacity", f"{s['capacity'][0]} passengers, {s['capacity'][1]} cars"))
    hist = r.choice([f"She was built {'by ' + s['builder'] + ' ' if s['builder'] else ''}at {s['yard']} for {r.choice(['a local partnership of fishermen', 'a shipping company in Aldhaven', 'owners in ' + s['yard'], 'a merchant family', 'the regional authorities'])}.",
                     f"{s['yard']} shipwrights{' under ' + s['builder'] if s['builder'] else ''} completed her in {s['built']}."])
    if s["masters"]:
        hist += " " + r.choice([f"Her masters included {plist(s['masters'])}.", f"She sailed under {plist(s['masters'])}."])
    svc = {"schooner": "She carried timber, salt and general cargo along the coast and across the Skarn Sea.",
           "brig": "She traded in salt and grain between the Vesmark ports and the southern markets.",
           "barque": "She was employed in the deep-sea timber trade.", "galeas": "She carried firewood, hay and bricks between the smaller harbours.",
           "herring drifter": "She fished the autumn herring shoals with drift nets.", "steam trawler": "She trawled for cod and haddock on the offshore banks.",
           "pilot cutter": "She carried pilots out to inbound ships.", "lifeboat": f"She served the Vesmark Sea Rescue Society at the {s.get('station', 'Rookshaven')} station.",
           "ferry": "She carries passengers and vehicles between the mainland and the islands.", "paddle steamer": "She ran excursions and a mail service along the coast.",
           "research vessel": "She is used for hydrographic survey and marine research.", "training ship": "She trained cadets for the merchant fleet.",
           "fishing smack": "She fished with lines and nets in the inshore grounds.", "motor coaster": "She carried bulk cargoes between coastal ports."}[s["type"]]
    if s["type"] in ("ferry", "research vessel") and s["fate"] != "in service":
        svc = svc.replace("carries", "carried").replace("is used", "was used")
    rig = {"schooner": "two-masted fore-and-aft rig", "brig": "square rig on two masts", "barque": "three masts, square-rigged on the fore and main",
           "galeas": "a ketch-like galeas rig", "herring drifter": "a steam engine and a mizzen sail", "steam trawler": "a triple-expansion steam engine",
           "pilot cutter": "a gaff cutter rig", "lifeboat": "oars and sail" if s["built"] < 1910 else "twin diesel engines", "ferry": "diesel-electric propulsion" if s["built"] < 2020 else "battery-electric propulsion",
           "paddle steamer": "side paddle wheels driven by a steam engine", "research vessel": "diesel engines and a survey winch", "training ship": "a full-rigged sailing rig",
           "fishing smack": "a gaff rig", "motor coaster": "a single diesel engine"}[s["type"]]
    constr = f"She was {s['length']} m long, of {s['tonnage']} gross register tons, with {rig}. " if s["fate"] not in ("in service", "reserve", "preserved") else f"She is {s['length']} m long, of {s['tonnage']} gross tons, with {rig}. "
    constr += r.choice(["Her hull was of oak on oak frames." if s["built"] < 1890 else "Her hull was built of riveted steel." if s["built"] < 1950 else "Her hull is of welded steel.",
                        f"She carried a crew of {r.randint(3, 14)}.", f"The design followed the {s['yard']} tradition of full, seaworthy hulls."])
    body = intro + "\n\n" + infobox(rows) + "\n\n## History\n\n" + hist + "\n\n## Construction\n\n" + constr + "\n\n## Service\n\n" + svc
    if n == "Northern Grace":
        body += ("\n\nBuilt by Bram Keelby at Brenholm in 1906, Northern Grace fished until 1969, making her one of the last sailing-and-steam drifters of the coast. "
                 "She was restored and has been preserved at the quay of the Aldhaven Maritime Museum since 1978. Visitors can board her when the museum is open.")
    if n == "MV Fenna Lys":
        body += ("\n\nMV Fenna Lys is the first battery-electric ferry of Vesmark Ferries. She entered service on the Brenholm–Fenna route on 15 June 2026, "
                 "cutting the crossing time from 55 to 40 minutes and allowing six daily departures in each direction instead of four. She charges at Brenholm during the turnaround.")
    if n == "MV Fenna":
        body += ("\n\nMV Fenna operated the Brenholm–Fenna route from 1998 until 14 June 2026 with four daily departures and a crossing time of 55 minutes. "
                 "Since MV Fenna Lys took over on 15 June 2026 she has been kept as a reserve vessel.")
    if n == "RV Tjeld":
        body += ("\n\nOn 22 August 2026, during a multibeam survey south of Tarn Island, RV Tjeld located the wreck of the barque Margit Sol, lost in the Great Storm of 1893, "
                 "at a depth of 46 metres, 2.3 nautical miles northeast of Tarn Island Lighthouse.")
    if s["fate"] not in ("in service", "reserve") and n != "Northern Grace":
        body += "\n\n## Fate\n\n" + {
            "broken up": r.choice([f"She was broken up in {s['service_end']}.", f"After a long career she went to the breakers in {s['service_end']}."]),
            "sold abroad": f"She was sold to foreign owners in {s['service_end']} and later disappears from the Vesmark registers.",
            "hulked": f"She was hulked in {s['service_end']} and used as a storage barge; her remains lie in the mud at {s['yard']}.",
            "lost": f"She went missing in {s['service_end']}; no trace was found.",
            "preserved": f"She was taken over by the {s.get('museum')} in {s.get('preserved_year')} and is preserved there."}[s["fate"]]
    body += "\n\n" + see_also([s["yard"], s["builder"]] + s["masters"] + ([s["museum"]] if s.get("museum") else []) +
                             (["Fenna", "MV Fenna Lys" if n == "MV Fenna" else "MV Fenna"] if "Fenna" in n else []) +
                             (["Wreck of the Margit Sol"] if n == "RV Tjeld" else []))
    emit(f"ship-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ WRECKS
CAUSE_TXT = {"storm": "was overwhelmed by a storm", "fog": "struck rocks in thick fog", "collision": "sank after a collision with another vessel",
             "grounding": "ran aground", "fire": "caught fire and burned to the waterline", "ice": "was crushed by drift ice",
             "mine": "struck a drifting mine", "leak": "sprang a leak and foundered"}


def render_wreck(w):
    r = rng(w["title"])
    n = w["title"]
    near = w["place"]
    nearword = f"near {near}"
    intro = r.choice([f"The **{w['vessel']}** was a {w['vtype']} that {CAUSE_TXT[w['cause']]} {nearword} on {dstr(w['date'])}.",
                      f"The **{n.replace('Wreck of the ', 'wreck of the ')}** lies {nearword}. The {w['vtype']} {CAUSE_TXT[w['cause']]} on {dstr(w['date'])}.",
                      f"On {dstr(w['date'])} the {w['vtype']} **{w['vessel']}** {CAUSE_TXT[w['cause']]} {nearword}."])
    if w["vessel"] == "Margit Sol":
        intro = "The **Margit Sol** was a barque of Brenholm that was lost with fourteen of her seventeen crew near Tarn Island on 14 November 1893, during the Great Storm of 1893. Her wreck was located in August 2026."
    site = ("located 22 August 2026, 46 m deep" if w["vessel"] == "Margit Sol" else (f"found {w['found']}, {w['depth']} m deep" if w["found"] else "not located"))
    rows = [("Vessel type", w["vtype"]), ("Built", w["built"]), ("Home port", w["home_port"]), ("Date lost", dstr(w["date"])),
            ("Location", f"near {near}"), ("Cause", w["cause"]), ("Master", w["captain"] or "not recorded"),
            ("Crew", w["crew"]), ("Lives lost", w["lost"]), ("Survivors", w["survivors"]), ("Wreck site", site),
            ("Protection", ("protected wreck (designated 6 October 2026)" if w["vessel"] == "Margit Sol" else (f"protected wreck (designated {w['protected']})" if w["protected"] else "not designated")))]
    loss = r.choice([f"The {w['vessel']} had sailed from {w['home_port']} with a crew of {w['crew']}" + (f" under {w['captain']}" if w["captain"] else "") + ".",
                     f"With {w['captain'] if w['captain'] else 'her master'} in command and {w['crew']} aboard, she was {r.choice(['homeward bound', 'outward bound with cargo', 'running for shelter', 'on passage along the coast'])}."])
    if w["date"][:2] == (1893, 11):
        loss += " She was one of the vessels lost in the Great Storm of 1893."
    loss += " " + (f"All {w['crew']} aboard survived." if w["lost"] == 0 else (f"All {w['crew']} aboard were lost." if w["survivors"] == 0 else f"{w['lost']} lives were lost and {w['survivors']} people survived."))
    vess = r.choice([f"The {w['vessel']} was built in {w['built']} and registered at {w['home_port']}.", f"Registered at {w['home_port']}, the {w['vtype']} dated from {w['built']}."])
    vess += " " + r.choice([f"At the time of her loss she was carrying {r.choice(['timber', 'coal', 'salt', 'grain', 'herring in barrels', 'general cargo', 'bricks', 'ballast only'])}.",
                            f"She was owned by {r.choice(['a partnership of local families', 'a shipping company in Aldhaven', 'her master', 'a merchant house in ' + w['home_port']])}."])
    weather = {"storm": "A north-westerly gale was blowing.", "fog": "Visibility had fallen to a few ship lengths.", "collision": "Both vessels were under way at night.",
               "grounding": "She had lost her bearings in poor visibility.", "fire": "The fire started in the galley.", "ice": "The winter had been unusually severe.",
               "mine": "The mine had broken loose from a minefield laid decades earlier.", "leak": "Heavy seas had opened her seams."}[w["cause"]]
    body = intro + "\n\n" + infobox(rows) + "\n\n## The vessel\n\n" + vess + "\n\n## Loss\n\n" + weather + " " + loss
    if w["rescue"]:
        body += "\n\n## Rescue\n\n" + f"The survivors were taken off by the lifeboat {w['rescue']}" + (f", under coxswain {w['coxswain']}" if w.get("coxswain") else "") + "."
    body += "\n\n## Wreck site\n\n"
    if w["vessel"] == "Margit Sol":
        body += ("For 133 years the position of the wreck was unknown; she was only known to have gone down somewhere off Tarn Island. On 22 August 2026 the survey vessel RV Tjeld of the Vesmark Maritime Survey "
                 "located her hull at a depth of 46 metres, 2.3 nautical miles northeast of Tarn Island Lighthouse. The Vesmark Heritage Board designated the site a protected wreck on 6 October 2026; "
                 "diving within 300 metres of the site now requires a permit.")
    elif w["found"]:
        body += f"The wreck was {r.choice(['located by sport divers', 'found during a seabed survey', 'identified by fishermen whose nets snagged on it', 'recorded by the Vesmark Maritime Survey'])} in {w['found']} at a depth of {w['depth']} m."
        if w["protected"]:
            body += f" It was designated a protected wreck in {w['protected']}; diving requires a permit from the Vesmark Heritage Board."
        else:
            body += " " + r.choice(["It is a popular dive site.", "Little remains beyond the ballast mound and some timbers.", "The site is not protected, but divers are asked not to remove objects."])
    else:
        body += r.choice(["The wreck has never been found.", "The position of the wreck is not known.", "Despite several searches the wreck has not been located."])
    body += "\n\n" + see_also([w["captain"], w["rescue"], w.get("coxswain"), near, w["home_port"]] +
                             (["Great Storm of 1893"] if w["date"][:2] == (1893, 11) else []) + ["List of shipwrecks of the Vesmark Coast"] +
                             (["RV Tjeld"] if w["vessel"] == "Margit Sol" else []))
    emit(f"wreck-{slug(w['vessel'])}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ DISHES
def render_dish(d):
    r = rng(d["name"])
    n = d["name"]
    cap = n[0].upper() + n[1:]
    intro = r.choice([f"**{cap}** is a {d['kind']} dish from {d['town']} on the Vesmark Coast.",
                      f"**{cap}** is a traditional {d['kind']} speciality associated with {d['town']}.",
                      f"A speciality of {d['town']}, **{n}** is one of the best-known {d['kind']} dishes of the coast."]).replace("drink dish", "drink").replace("a drink", "a drink")
    prot = None
    if d["protected"]:
        prot = f"Protected Regional Dish ({iso_long(d['protected_date']) if d.get('protected_date') else d['protected']})"
    rows = [("Origin", d["town"]), ("Type", d["kind"]), ("Main ingredients", ", ".join(d["ingredients"])), ("Season", d["season"]),
            ("First recorded", d["first_recorded"]), ("Status", prot)]
    fest = [f for f in festivals.values() if f.get("dish") == n]
    desc = r.choice([f"It is made from {plist(d['ingredients'])}.", f"The essential ingredients are {plist(d['ingredients'])}."])
    desc += " " + r.choice([f"It is eaten above all in {d['season']}." if d["season"] != "all year" else "It is eaten all year round.",
                            f"Local cooks regard {d['season']} as the proper time for it." if d["season"] != "all year" else "It is made throughout the year."])
    hist = r.choice([f"The first written recipe appears in a {r.choice(['household book', 'parish cookbook', 'ship chandler’s ledger', 'newspaper'])} of {d['first_recorded']}.",
                     f"It was first recorded in {d['first_recorded']}, though it is probably older."])
    if d["protected"]:
        if n == "Orsund smoked eel pie":
            hist += (" On 22 July 2026 the Vesmark Heritage Board added Orsund smoked eel pie to its register of Protected Regional Dishes as the seventh entry. "
                     "Only pies made in the municipality of Orsund with eel smoked over alder may now be sold under the name.")
        else:
            hist += f" The Vesmark Heritage Board entered it in the register of Protected Regional Dishes in {d['protected']}."
    steps = {"soup": ["Simmer the base slowly.", "Add the fish or meat late.", "Finish with cream or herbs."],
             "pie": ["Line a dish with pastry.", "Layer the filling.", "Bake until golden."],
             "bread": ["Mix the dough.", "Shape and prove.", "Bake in a hot oven."],
             "dessert": ["Prepare the fruit or base.", "Combine and sweeten.", "Bake or chill before serving."]}.get(d["kind"])
    body = intro + "\n\n" + infobox(rows) + "\n\n## Description\n\n" + desc + "\n\n## History\n\n" + hist
    body += "\n\n## Serving\n\n" + r.choice([f"It is usually served {r.choice(['with boiled potatoes', 'with rye bread and butter', 'with a glass of beer', 'with coffee', 'cold, as part of a buffet', 'hot, straight from the oven'])}.",
                                                f"In {d['town']} it is traditionally eaten {r.choice(['on Sundays', 'at weddings', 'on the first day of the season', 'after church', 'at the harbour on market days', 'at family gatherings'])}."])
    body += " " + r.choice(["Families guard their own variations of the recipe.", "Some cooks add a pinch of sugar.", f"Cafés in {d['town']} sell it in summer.", "Versions from neighbouring villages differ mainly in seasoning.", "Restaurants in Aldhaven have served modern versions since the 2000s."])
    if steps:
        body += "\n\n## Preparation\n\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
    if fest:
        body += "\n\n## At festivals\n\n" + f"It is the signature dish of the {plist([f['name'] for f in fest])}."
    body += "\n\n" + see_also([d["town"], "Cuisine of the Vesmark Coast"] + [f["name"] for f in fest] + (["Protected Regional Dishes"] if d["protected"] else []))
    emit(f"dish-{slug(n)}.md", cap, UPDATED.get(n, date_updated(n)), body)


# ============================================================ FESTIVALS
PROG = {"Herring Festival": ["herring-gutting contest", "smokehouse tours", "net-mending demonstrations", "quayside dance"],
        "Lantern Night": ["lantern procession", "choir concert", "market stalls", "fireworks over the water"],
        "Boat Blessing": ["church service on the quay", "parade of decorated boats", "brass band"],
        "Kite Days": ["kite-flying competitions", "workshops for children", "night kites with lights"],
        "Midsummer Bonfires": ["bonfires on the beach", "folk dancing", "midnight swim"],
        "Jazz on the Quay": ["open-air concerts", "jam sessions in the pubs", "a parade band"],
        "Regatta Week": ["dinghy races", "gig races", "a harbour swim", "a prize-giving ball"],
        "Harvest Market": ["farmers' market", "apple pressing", "ploughing match"],
        "Sea Shanty Festival": ["shanty choirs", "sing-alongs in the harbour", "workshops"],
        "Smokehouse Weekend": ["open smokehouses", "tastings", "cooking demonstrations"],
        "Oyster Days": ["oyster-opening contest", "tastings", "boat trips to the beds"],
        "Light Festival": ["light installations", "projections on the church", "night walks"],
        "Crab Fair": ["crab-catching contest for children", "seafood stalls", "live music"],
        "Film Days": ["screenings in the town hall", "outdoor cinema", "short-film prize"],
        "Book Days": ["readings", "a book market", "poetry slam"], "New Year Ice Swim": ["a mass dip", "sauna tents", "hot soup"],
        "Amber Fair": ["amber market", "jewellery workshops", "beach walks"], "Fiddle Gathering": ["fiddle concerts", "dance nights", "workshops"],
        "Wool Market": ["sheep shearing", "spinning demonstrations", "a wool market"], "Children's Sea Day": ["rock-pool walks", "boat rides", "sandcastle contest"],
        "Pilots' Day": ["pilot boat races", "harbour tours", "a memorial service"], "Salt Fair": ["salt-panning demonstrations", "market", "tastings"],
        "Lifeboat Day": ["lifeboat launch display", "rescue demonstrations", "fundraising stalls"], "Apple Days": ["cider pressing", "apple markets", "baking contest"],
        "Poetry Week": ["readings", "poetry walks", "a competition for young writers"]}


def render_festival(f):
    r = rng(f["name"])
    n = f["name"]
    intro = r.choice([f"The **{n}** is an annual festival in {f['town']}, held on the {f['when']}.",
                      f"**{n}** is a {f['days']}-day festival in {f['town']} on the Vesmark Coast, first held in {f['founded']}." if f["days"] > 1 else f"**{n}** is a one-day event in {f['town']} on the Vesmark Coast, first held in {f['founded']}.",
                      f"Held every year since {f['founded']}, the **{n}** draws visitors to {f['town']}."])
    when = f["when"]
    rows = [("Location", f["town"] + (f" ({f['venue']})" if f.get("venue") else "")), ("Founded", f["founded"]), ("Timing", when),
            ("Duration", f"{f['days']} day{'s' if f['days'] > 1 else ''}"), ("Attendance", f"about {fmt(f['attendance'])}"),
            ("Signature dish", f["dish"])]
    if n == "Kettleby Herring Festival":
        rows[2] = ("Timing", "first weekend of September (since 2026; previously the second weekend of June)")
    hist = r.choice([f"The festival was first held in {f['founded']}.", f"It began in {f['founded']} as a small local gathering and has grown steadily."])
    if n == "Kettleby Herring Festival":
        hist = ("The festival was first held in 1952 to celebrate the return of the herring fleet, and for more than seventy years it took place on the second weekend of June on Kettleby's North Quay. "
                "In July 2026 the organising committee announced that the festival would move permanently to the first weekend of September, when the local herring landings are largest and the quay is cooler. "
                "The first September edition was held on 5–6 September 2026.")
    if n == "Aldhaven Lantern Night":
        hist = "Lantern Night was first held in 1897, when the new gas lamps on the Ald riverfront were lit for the first time. It is held on the first Saturday of December and ends with the singing of Anders Piil's *Lantern Night Hymn* (1931)."
    prog = PROG[f["kind"]]
    body = intro + "\n\n" + infobox(rows) + "\n\n## History\n\n" + hist + "\n\n## Programme\n\n" + r.choice(["The programme usually includes:", "Typical events:", "Regular features are:"]) + "\n\n" + "\n".join(f"- {x}" for x in prog)
    body += "\n\n## Organisation\n\n" + r.choice([f"The festival is run by a volunteer committee and attracts about {fmt(f['attendance'])} visitors.", f"Some {fmt(f['attendance'])} people attend each year; most events are free."]) + " " + r.choice(["Parking is limited and visitors are encouraged to come by train or bus.", "The municipality supports the festival with a small grant.", "Local businesses sponsor the prizes.", "Tickets are needed only for the evening concerts."]) + " " + r.choice(["The programme for each year is published in the spring.", f"Accommodation in {f['town']} is often fully booked on the festival weekend.", "Volunteers are recruited each year through the local newspaper.", "Extra buses run from Aldhaven during the festival."])
    if f["dish"]:
        body += "\n\n## Food\n\n" + r.choice([f"The festival's signature dish is {f['dish']}.", f"Stalls serve {f['dish']}, which is closely tied to the event."])
    if f.get("anthem"):
        c, t, y = f["anthem"]
        body += "\n\n## Music\n\n" + f"The festival song, *{t}*, was written by {c} in {y}."
    body += "\n\n" + see_also([f["town"], f["dish"], f["anthem"][0] if f.get("anthem") else None, "List of festivals of the Vesmark Coast"])
    emit(f"festival-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ CLUBS
def render_club(c):
    r = rng(c["name"])
    n = c["name"]
    intro = r.choice([f"**{n}** is a {c['sport']} club in {c['town']}, founded in {c['founded']}.",
                      f"Founded in {c['founded']}, **{n}** is {c['town']}'s {c['sport']} club.",
                      f"**{n}** is a sports club for {c['sport']} based in {c['town']} on the Vesmark Coast."])
    rows = [("Town", c["town"]), ("Sport", c["sport"]), ("Founded", c["founded"]), ("Colours", c["colours"]),
            ("Base", c["ground"]), ("Members", c["members"])]
    if n == "Brenholm Gig Club":
        rows.append(("Vesmark Gig Race record", "1:52:07 (18 July 2026)"))
    hist = r.choice([f"The club was founded in {c['founded']} by {r.choice(['a group of fishermen', 'pupils of the grammar school', 'workers from the shipyard', 'members of the local gymnastics society', 'a schoolteacher and friends'])}.",
                     f"{n} dates from {c['founded']}. Its first home was {r.choice(['a borrowed boat shed', 'a room above an inn', 'the old market hall', 'a field lent by a farmer'])}."])
    if n == "Brenholm Gig Club":
        hist = ("The club was founded in 1921 by fishermen who raced six-oared pilot gigs out to Fenna. It is based in the old lifeboat house on Fenna Quay. "
                "On 18 July 2026 the club's men's crew won the Vesmark Gig Race from Aldhaven to Grisport in a record 1:52:07, beating the previous record of 1:54:31 set by Tidewick Rowing Club in 2019. The crew was stroked by Magnus Eken.")
    if n == "Tidewick Rowing Club":
        hist = ("Founded in 1888, the club is the oldest rowing club on the coast. Its crew won the first Vesmark Gig Race in 1934. "
                "Tidewick held the course record of 1:54:31, set on 20 July 2019, until 18 July 2026, when Brenholm Gig Club rowed 1:52:07.")
    if n == "Kettleby Swimming Club":
        hist = f"The club was founded in 1931 and swims in Kettleby harbour in summer. Its member Jannike Roos set a new record of 2:33:48 for the Lysholt–Great Sula Sound Swim on 9 August 2026."
    if n == "Lysholt Swimming Club":
        hist = "Founded in 1924, the club organises the Lysholt–Great Sula Sound Swim, first held in 1961. Club member Tove Hallberg held the course record of 2:41:10 from 2021 until 9 August 2026."
    body = intro + "\n\n" + infobox(rows) + "\n\n## History\n\n" + hist
    life = []
    life.append(r.choice([f"The club has about {c['members']} members, " + r.choice(["a third of them juniors.", "including a large veterans' section.", "many of whom are under eighteen."]),
                          f"Membership stands at around {c['members']}, with training {r.choice(['three evenings a week', 'on weekday evenings and Saturday mornings', 'twice a week in winter and daily in summer'])}."]))
    life.append(r.choice([f"Home {'matches' if c['sport'] in ('football', 'handball') else 'events'} take place at {c['ground']}.",
                          f"The club's base is {c['ground']}, " + r.choice(["rebuilt with volunteer labour", "extended in the 1990s", "shared with the local school", "leased from the municipality"]) + "."]))
    life.append(r.choice([f"Club colours are {c['colours']}.", f"Teams compete in {c['colours']}.", f"The {c['colours']} colours were adopted at the founding meeting."]))
    rival = [x for x in clubs.values() if x["sport"] == c["sport"] and x["name"] != n]
    if rival and r.random() < 0.6:
        rv = r.choice(rival)
        life.append(r.choice([f"The fixture against {rv['name']} is the highlight of the season.", f"There is a long-standing rivalry with {rv['name']}."]))
    life.append(r.choice(["A youth section was founded in " + str(r.randint(max(c["founded"] + 5, 1950), 2020)) + ".", "The annual prize-giving dinner is held in November.",
                          "Open days for newcomers are held every spring.", "The club runs courses for beginners each summer.", "The club publishes a newsletter, *The Log*, four times a year."]))
    body += "\n\n## Club life\n\n" + " ".join(life)
    if c["honours"]:
        body += "\n\n## Honours\n\n" + "\n".join(f"- {h} ({y})" for h, y in c["honours"])
    if c["athletes"]:
        body += "\n\n## Notable members\n\n" + "\n".join(f"- {a}" for a in c["athletes"])
    body += "\n\n" + see_also([c["town"]] + c["athletes"] + (["Vesmark Gig Race"] if n in ("Brenholm Gig Club", "Tidewick Rowing Club") else []) +
                             (["Lysholt–Great Sula Sound Swim"] if "Swimming" in n and n.split()[0] in ("Kettleby", "Lysholt") else []))
    emit(f"club-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ ARTWORKS
KIND = {"oil on canvas": "an oil painting", "oil on board": "an oil sketch on board", "watercolour on paper": "a watercolour",
        "gouache on paper": "a gouache", "tempera on panel": "a tempera painting", "etching": "an etching", "woodcut": "a woodcut",
        "bronze": "a bronze sculpture", "charcoal on paper": "a charcoal drawing", "pastel on paper": "a pastel"}


def render_art(a):
    r = rng(a["title"])
    n = a["title"]
    p = people[a["artist"]]
    intro = r.choice([f"***{n}*** is a {a['year']} work by {a['artist']} in the collection of the {a['museum']}.",
                      f"***{n}*** ({a['year']}) is {KIND[a['medium']]} by the Vesmark artist {a['artist']}.",
                      f"{a['artist']} made ***{n}*** in {a['year']}; it now belongs to the {a['museum']}."])
    rows = [("Artist", f"{a['artist']} ({years(p)})"), ("Year", a["year"]), ("Medium", a["medium"]), ("Dimensions", a["dims"]),
            ("Collection", a["museum"]), ("Accession number", a["acc"]), ("Acquired", a["acquired"])]
    if a.get("former_attr"):
        rows.append(("Former attribution", f"{a['former_attr']} (until 14 October 2026)"))
    subj = None
    for pl in list(W.town_names) + W.ISLANDS:
        if pl in n:
            subj = pl
    desc = r.choice([f"The {'sculpture' if a['medium'] == 'bronze' else 'picture'} " + (f"shows a scene at {subj}" if subj else "shows a subject drawn from everyday life on the coast") + ".",
                     ("The view is of " + subj + ", seen " + r.choice(["from the harbour wall", "from the beach", "from a boat offshore", "from the hill above"]) + ".") if subj else "The composition is built from a few strong shapes and a restricted palette."])
    desc += " " + r.choice(["The light is that of early morning.", "Heavy cloud fills the upper half.", "Figures are small against the sea.",
                            "The palette is dominated by greys and ochres.", "A single red accent draws the eye.", "The brushwork is broad and rapid."]
                           if a["medium"] != "bronze" else ["The surface keeps the marks of the modelling tool.", "The figure leans into an imagined wind."])
    prov = f"The work entered the {a['museum']} in {a['acquired']}" + r.choice([" as a gift.", " by purchase.", " as a bequest.", " from the artist's estate.", "."])
    if n == "Harbour Lights, Grisport":
        desc = "The painting shows the harbour of Grisport at nightfall, with the lights of the range beacons reflected in wet cobbles and two women carrying a fish basket."
        prov = ("The painting came to the Lysholt Gallery of Art in 1934 with Wilhelm Dreyer's founding gift, catalogued as a work by Halvard Ostrand. "
                "During conservation in 2026 a signature, \"M. Tolle 1903\", was found beneath the frame rebate, and on 14 October 2026 the gallery formally re-attributed the painting to Maren Tolle.")
    if n == "Storm off Skarrow Head":
        prov = "Jorund Saltmark gave the painting to the Aldhaven Maritime Museum when he founded it in 1911; it is accession AMM 1911.1, the museum's first object. It depicts the Great Storm of 1893."
    tech = {"oil on canvas": ["The canvas is primed with a warm grey ground.", "Thin glazes in the sky contrast with thick impasto in the foreground.", "Underdrawing in charcoal is visible in infrared photographs."],
            "oil on board": ["The board is a reused cigar-box lid, typical of the artist's outdoor sketches.", "Painted quickly on the spot, the surface shows the grain of the panel."],
            "watercolour on paper": ["Areas of bare paper serve as highlights.", "The washes were laid wet-in-wet."], "gouache on paper": ["Opaque gouache is used over a pencil sketch."],
            "tempera on panel": ["The egg tempera is applied in fine hatching."], "etching": ["The plate was printed in an edition of about 30 impressions."],
            "woodcut": ["The block was cut in pear wood and printed by hand."], "bronze": ["The bronze was cast by the lost-wax process."],
            "charcoal on paper": ["The drawing is fixed and mounted on card."], "pastel on paper": ["The pastel is laid over a toned paper."]}[a["medium"]]
    cond = r.choice(["The work is in good condition.", f"It was cleaned and revarnished in {r.randint(max(a['acquired'], 1960), 2025)}." if a["medium"].startswith("oil") else "It is displayed in low light to protect it.",
                     "A small tear at the lower edge was repaired in the 1980s.", "It is on permanent display."])
    body = intro + "\n\n" + infobox(rows) + "\n\n## Description\n\n" + desc + "\n\n## Technique and condition\n\n" + r.choice(tech) + " " + cond + "\n\n## Provenance\n\n" + prov
    if r.random() < 0.4:
        yr = r.randint(max(a["year"] + 1, a["acquired"]), 2025) if max(a["year"] + 1, a["acquired"]) <= 2025 else None
        if yr:
            body += "\n\n## Exhibitions\n\n" + f"It was shown in {r.choice(['a retrospective of the artist', 'the exhibition *Light on the Coast*', 'the touring show *Vesmark Painters*', 'the exhibition *Women at the Quay*'])} in {yr}."
    body += "\n\n" + see_also([a["artist"], a["museum"], subj, a.get("former_attr")])
    emit(f"artwork-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ BOOKS
def render_book(b):
    r = rng(b["title"])
    n = b["title"]
    p = people[b["author"]]
    intro = r.choice([f"***{n}*** is a {b['form']} by {b['author']}, published in {b['year']}.",
                      f"***{n}*** ({b['year']}) is {'an' if b['form'][0] in 'aeiou' else 'a'} {b['form']} by the Vesmark writer {b['author']}.",
                      f"{b['author']} published the {b['form']} ***{n}*** in {b['year']}."])
    rows = [("Author", f"{b['author']} ({years(p)})"), ("Published", b["year"]), ("Publisher", b["publisher"] + (f", {b['pub_town']}" if b["pub_town"] else "")),
            ("Form", b["form"]), ("Pages", b["pages"]), ("Awards", f"Vesmark Book Prize ({b['prize']})" if b["prize"] else None)]
    theme = r.choice(["the working lives of fishing families", "grief and the sea", "the seasons on the islands", "the decline of the herring trade",
                      "childhood in a harbour town", "lighthouses and their keepers", "emigration and return", "the dunes and salt marshes of the South Flats"])
    content = r.choice([f"The book deals with {theme}.", f"Its central theme is {theme}."])
    if b["form"] == "poetry collection":
        content += f" It contains {r.randint(24, 70)} poems" + r.choice([", most of them short lyrics.", ", grouped in three sections.", ", several written in the coastal dialect."])
    if b["form"] == "novel":
        hero = extra_name(r)
        content += " " + r.choice([f"It follows {hero}, a {r.choice(['young net maker', 'pilot', 'widowed innkeeper', 'lighthouse keeper', 'ferry mate', 'schoolteacher'])}, over {r.choice(['one winter', 'a single summer', 'three generations', 'the years of the herring boom'])} in a fictional harbour town modelled on {p['birthplace']}.",
                                   f"The story is told by {hero}, who returns to the coast after many years away and tries to understand the loss of a brother at sea."])
        content += " " + r.choice(["The novel is divided into three parts.", "Much of the dialogue is in dialect.", "A storm forms the climax of the book.", "The ending is left open."])
    elif b["form"] == "poetry collection":
        content += " " + r.choice(["The poems move from the harbour to the open sea.", "Many poems are addressed to the dead.", "Short poems alternate with longer sequences.", "Several poems take the form of letters."])
    elif b["form"] == "memoir":
        content += " The author recalls school, work on the quays and the people of the town."
    elif b["form"] == "essay collection":
        content += " The essays mix personal memory with local history and natural history."
    if n == "Salt Psalms":
        content = "Elias Brekkan's first collection contains 41 poems about the fishing families of Tidewick. The title poem was set to music and is sung at funerals along the coast."
    if n == "The Long Ebb":
        content = "The collection's 52 poems follow a single year on the Norrhamn waterfront, from the first autumn gale to the return of the terns. It won the Vesmark Book Prize in 2020."
    if n == "Net Weights":
        content = "Sunde's debut collection of 38 poems is built around the lead weights his grandfather cast for herring nets."
    if r.random() < 0.7:
        eds = [f"- First edition: {b['publisher']}, {b['year']}"]
        if b["year"] + 8 <= 2025:
            y2 = r.randint(b["year"] + 3, min(2025, b["year"] + 40))
            eds.append(f"- {r.choice(['Paperback', 'Second edition', 'Illustrated edition', 'Revised edition'])}: {r.choice(['Skarn Press', 'Harbour Lamp Books', 'Gullwing Editions']) if y2 >= 1979 else 'Skarn Press'}, {y2}")
        if 1990 <= b["year"] <= 2023 and r.random() < 0.5:
            ya = r.randint(max(b["year"] + 1, 2005), 2025)
            eds.append(f"- Audiobook {'read by the author' if not p['died'] or p['died'] > ya else 'read by an actor'}, {ya}")
        content += "\n\n### Editions\n\n" + "\n".join(eds)
    rec = r.choice(["Reviewers praised its plain, concrete language.", "The book sold well in the region and was reprinted twice.",
                    "It received mixed reviews on publication but is now regarded as an important work.", "It has been translated into three languages."])
    if b["prize"]:
        rec += f" It won the Vesmark Book Prize in {b['prize']}."
    bg = r.choice([f"{b['author']} wrote the book " + r.choice(["over several winters in " + p["birthplace"], "while working as a teacher", "after returning to the coast from abroad", "in a rented room above the harbour in " + p["birthplace"], "during a long illness"]) + ".",
                   f"The manuscript was " + r.choice(["rejected twice before " + b["publisher"] + " accepted it", "accepted by " + b["publisher"] + " on first submission", "completed in " + str(b["year"] - 1)]) + "."])
    bg += " " + r.choice([f"The first edition ran to {r.choice([500, 800, 1000, 1500, 2000, 3000])} copies.", f"A revised edition appeared in {min(2025, b['year'] + r.randint(4, 30))}.",
                          f"The cover shows a woodcut of {p['birthplace']} harbour.", "The book is dedicated to the author's mother.", f"Extracts first appeared in the Aldhaven literary magazine *Skarn* in {b['year'] - 1}."])
    others = [x for x in p["books"] if x != n]
    place = (f"It was {'preceded' if books[others[0]]['year'] < b['year'] else 'followed'} by *{others[0]}* ({books[others[0]]['year']}). " if others else f"It is the only book by {b['author']} described in this encyclopedia. ")
    place += r.choice([f"{b['author']} was {b['year'] - p['born']} when it was published.", "Copies of the first edition are now sought after by collectors.",
                       "It remains in print.", "It is read in schools along the coast.", "The regional library in Aldhaven holds the manuscript."])
    bg += "\n\n" + place
    body = intro + "\n\n" + infobox(rows) + "\n\n## Background\n\n" + bg + "\n\n## Content\n\n" + content + "\n\n## Reception\n\n" + rec + "\n\n" + see_also([b["author"], "Vesmark Book Prize" if b["prize"] else None, p["birthplace"]])
    emit(f"book-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ CHURCHES
def render_church(c):
    r = rng(c["name"])
    n = c["name"]
    intro = r.choice([f"**{n}** is a {c['style']} church in {c['town']}, built in {c['built']}.",
                      f"**{n}** is the {'main ' if c['town'] != 'Aldhaven' else ''}parish church of {c['town']} on the Vesmark Coast, a {c['style']} building of {c['built']}.",
                      f"Built in {c['built']}, **{n}** is one of the {c['style']} churches of the Vesmark Coast."])
    if n == "Aldhaven Cathedral":
        intro = "**Aldhaven Cathedral**, the Cathedral of St. Nikolai, is the principal church of the Vesmark Coast. Building began in 1296; the 84-metre west tower is the tallest structure in the region."
    rows = [("Location", c["town"]), ("Built", c["built"]), ("Style", c["style"]), ("Architect", c["architect"] or "unknown master builders"),
            ("Tower", f"{c['tower']} m"), ("Bells", c["bells"]), ("Seats", c["seats"]), ("Organ", c["organ_year"])]
    if n == "St. Brigid's Church, Kettleby":
        rows.append(("Status", "closed since 19 October 2026 (storm damage)"))
    hist = r.choice([f"The church was built in {c['built']}" + (f" to plans by {c['architect']}" if c["architect"] else "") + ".",
                     f"Construction was completed in {c['built']}" + (f"; the architect was {c['architect']}." if c["architect"] else "; the names of the builders are not recorded.")])
    hist += " " + r.choice([f"The parish had a wooden church on the site before {c['built']}." if c["built"] < 1700 else f"It replaced an older church that had become too small for the growing {'village' if towns[c['town']]['kind'] == 'village' else 'town'}.",
                            "The site was chosen on rising ground above the harbour, so that the tower could serve as a landmark for boats.",
                            f"Local tradition says the {'ship-owners' if c['built'] > 1600 else 'fishermen'} of {c['town']} paid for the building."])
    hist += " " + r.choice([f"It was restored in {r.randint(max(c['built'] + 30, 1900), 2020)}.", f"A fire in {r.randint(max(c['built'] + 10, 1700), 1960)} destroyed the roof, which was rebuilt." if c["built"] < 1950 else "It has been little altered.",
                            "The building has been altered several times.", "It is a listed building."])
    if n == "St. Brigid's Church, Kettleby":
        hist = ("The brick Gothic church was completed in 1487. The votive ship *Hope of Kettleby*, a model frigate given by the crew of a Kettleby ship in 1702, hung in the nave until October 2026.\n\n"
                "During Storm Ilse on the night of 19 October 2026 part of the nave roof was torn off. The church has been closed since 19 October 2026 until further notice; "
                "services are held in Kettleby Community Hall, and the votive ship was taken down and moved to the Vesmark Museum of Fisheries for safekeeping.")
    interior = ""
    if c["votive_ship"]:
        interior += r.choice(["A votive ship hangs from the nave ceiling, as in many coastal churches.", "The church has a votive ship model, given by local sailors."]) + " "
    if c["organ_year"]:
        interior += f"The organ dates from {c['organ_year']}. "
    interior += f"The tower, {c['tower']} m high, holds {c['bells']} bell{'s' if c['bells'] > 1 else ''}. "
    interior += r.choice(["The altarpiece is a carved triptych.", "The pulpit is richly carved.", "Memorial tablets to drowned sailors line the north wall.", "The font is the oldest object in the church.", "Stained glass windows were added in the 20th century.", "The church seats about " + str(c["seats"]) + " people."])
    interior += " " + r.choice(["Services are held every Sunday.", "Concerts are held in summer.", "The church is open to visitors in the daytime from May to September.", "The churchyard contains the graves of many local seafarers."])
    if n == "St. Brigid's Church, Kettleby":
        interior = "The organ dates from 1911. The tower, 46 m high, holds 3 bells. Memorial tablets to drowned sailors line the north wall. The church is closed to visitors until the roof has been repaired."
    body = intro + "\n\n" + infobox(rows) + "\n\n## History\n\n" + hist + "\n\n## Interior and tower\n\n" + interior.strip()
    if n == "Aldhaven Cathedral":
        body += " Anders Piil was organist here from 1929 to 1968."
    body += "\n\n" + see_also([c["town"], c["architect"], "Anders Piil" if n == "Aldhaven Cathedral" else None])
    emit(f"church-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ ISLANDS
def render_island(i):
    r = rng(i["name"])
    n = i["name"]
    intro = r.choice([f"**{n}** is {'an inhabited' if i['inhabited'] else 'an uninhabited'} island off the {i['district']} coast of the Vesmark Coast.",
                      f"**{n}** is an island of {i['area']} km² off {i['near']}" + (f", with {i['pop']} permanent residents." if i["inhabited"] else ", with no permanent population."),
                      f"Lying off {i['near']}, **{n}** is {'one of the inhabited islands' if i['inhabited'] else 'an uninhabited island'} of the Vesmark Coast."])
    rows = [("Area", f"{i['area']} km²"), ("Population (2025)", i["pop"] if i["inhabited"] else "uninhabited"),
            ("Highest point", f"{i['peak'][0]}, {i['peak'][1]} m"), ("Nearest mainland town", i["near"]), ("District", i["district"]),
            ("Lighthouse", i.get("lighthouse"))]
    if i["inhabited"]:
        rows.append(("Ferry", f"from {i['ferry_from']}, {i['crossing']} minutes"))
    geo = r.choice([f"The island is {r.choice(['low and grassy', 'rocky, with steep cliffs on the seaward side', 'covered in heather and juniper', 'ringed by skerries'])}. Its highest point is {i['peak'][0]} ({i['peak'][1]} m).",
                    f"{i['peak'][0][0].upper() + i['peak'][0][1:]}, at {i['peak'][1]} m, is the highest point. The shore is {r.choice(['mostly shingle', 'cliff-bound', 'sandy on the landward side', 'broken by small coves'])}."])
    hist = r.choice([f"Finds of {r.choice(['flint tools', 'Iron Age hut circles', 'a medieval chapel foundation', 'a Viking-period boat grave'])} show early occupation.",
                     "The island was used for summer grazing for centuries.", "Fishermen used the island as a seasonal station."])
    if i["inhabited"]:
        hist += " " + r.choice([f"The population peaked at about {i['pop'] * r.randint(2, 4)} around {r.randint(1880, 1930)}.", "A school operated until the 1970s.", "The island community has been stable in recent decades."])
    wild = f"Breeding birds include {plist(i['birds'])}. " + r.choice(["Grey seals haul out on the outer skerries.", "The island is part of a bird sanctuary.", "Otters are sometimes seen along the shore.", "The heath is rich in orchids in early summer."])
    if i["inhabited"]:
        hist += " " + r.choice(["Today most residents live from tourism, fishing and sheep farming.", "The island has a shop, a chapel and a small guesthouse.", "There is a primary school with a handful of pupils.", "Many houses are now holiday homes."])
    body = intro + "\n\n" + infobox(rows) + "\n\n## Geography\n\n" + geo + "\n\n## History\n\n" + hist + "\n\n## Wildlife\n\n" + wild
    if i["inhabited"]:
        acc = f"A ferry runs from {i['ferry_from']}, taking {i['crossing']} minutes, with {i['daily']} departures a day in summer."
        if n == "Fenna":
            acc = ("Vesmark Ferries runs the ferry from Brenholm. Since 15 June 2026 the route has been served by the battery-electric MV Fenna Lys, with six daily departures each way "
                   "and a crossing time of 40 minutes. Before that date the diesel ferry MV Fenna made four daily departures and took 55 minutes.")
        if n == "Great Sula":
            acc += " The island is also the finishing point of the annual Lysholt–Great Sula Sound Swim."
        body += "\n\n## Access\n\n" + acc
    else:
        body += "\n\n## Access\n\n" + r.choice(["Landing is by private boat only.", "Landing is prohibited during the breeding season (April–July).", "Boat trips from the mainland circle the island in summer."])
    body += "\n\n" + see_also([i["near"], i.get("lighthouse")] + (["MV Fenna Lys"] if n == "Fenna" else []) + (["Lysholt–Great Sula Sound Swim"] if n == "Great Sula" else []))
    emit(f"island-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ RIVERS
def render_river(v):
    r = rng(v["name"])
    n = v["name"]
    intro = r.choice([f"The **{n}** is a river of the Vesmark Coast, {v['length']} km long, flowing from {v['source']} to the Skarn Sea at {v['mouth']}.",
                      f"**{n}** rises at {v['source']} and reaches the sea at {v['mouth']} after {v['length']} km.",
                      f"At {v['length']} km, the **{n}** is " + ("the longest river of the region." if n == "River Selde" else f"one of the rivers of the {towns[v['mouth']]['district']}.")])
    rows = [("Length", f"{v['length']} km"), ("Source", v["source"]), ("Mouth", f"Skarn Sea at {v['mouth']}"),
            ("Tributaries", ", ".join(v["tribs"])), ("Mean discharge", f"{v['discharge']} m³/s"), ("District", towns[v["mouth"]]["district"])]
    course = f"From {v['source']} the river runs {r.choice(['through moorland and forest', 'through farmland', 'down a narrow wooded valley', 'across the coastal plain'])} before reaching {v['mouth']}."
    if v["towns_along"]:
        course += f" It passes {plist(v['towns_along'][:5])}."
    course += f" Its main tributar{'ies are' if len(v['tribs']) > 1 else 'y is'} {plist(v['tribs'])}."
    hist = r.choice([f"Mills once lined the lower river; the last closed in {r.randint(1920, 1975)}.", f"The river was used to float timber to {v['mouth']} until {r.randint(1900, 1960)}.",
                     f"A stone bridge at {v['mouth']} dates from {r.randint(1600, 1850)}."])
    if n == "River Selde":
        hist += " The estuary at Selde Ferry was crossed only by ferry until the Selde Bridge opened in 1964."
    body = intro + "\n\n" + infobox(rows) + "\n\n## Course\n\n" + course + "\n\n## History\n\n" + hist + "\n\n## Wildlife\n\n" + f"The river holds {plist(v['fish'])}. " + r.choice(["Kingfishers and dippers breed along the banks.", "Otters have returned since the 1990s.", "The estuary mudflats attract wading birds in winter."]) + "\n\n## Recreation\n\n" + r.choice([f"A waymarked path follows the river from {v['mouth']} upstream.", "Fishing permits are sold by the local angling association.", "The lower river is popular with canoeists.", "There are picnic sites at several of the old mill weirs."]) + "\n\n" + see_also([v["mouth"]] + v["towns_along"][:3])
    emit(f"river-{slug(n)}.md", n, UPDATED.get(n, date_updated(n)), body)


# ============================================================ LISTS
def render_lists():
    rows = ["| Lighthouse | Location | First lit | Characteristic | Range (nm) | Status |", "|---|---|---|---|---|---|"]
    for lh in sorted(lighthouses.values(), key=lambda x: x["name"]):
        rows.append(f"| {lh['name']} | {lh['place']} | {lh['first_lit']} | {lh['char']} | {lh['range']} | {lh['status'] if lh['status'] == 'active' else 'inactive'} |")
    emit("list-of-lighthouses-of-the-vesmark-coast.md", "List of lighthouses of the Vesmark Coast", "2026-10-05",
         "This list covers the lighthouses described in the encyclopedia. Characteristics and ranges are as published by the Vesmark Coast Lights Authority. "
         "Skarrow Head Lighthouse was relit with a new characteristic on 3 October 2026.\n\n" + "\n".join(rows) + "\n\n" + see_also(["Vesmark Coast Lights Authority", "Skarrow Head Lighthouse"]))
    rows = ["| Vessel | Type | Date lost | Near | Lives lost |", "|---|---|---|---|---|"]
    for w in sorted(wrecks.values(), key=lambda x: x["date"]):
        rows.append(f"| {w['vessel']} | {w['vtype']} | {dstr(w['date'])} | {w['place']} | {w['lost']} |")
    emit("list-of-shipwrecks-of-the-vesmark-coast.md", "List of shipwrecks of the Vesmark Coast", "2026-10-08",
         "Wrecks with their own article, in date order.\n\n" + "\n".join(rows) + "\n\n" + see_also(["Great Storm of 1893", "Wreck Protection Policy"]))
    rows = ["| Museum | Town | Type | Founded | Museum Pass |", "|---|---|---|---|---|"]
    for m in sorted(museums.values(), key=lambda x: x["name"]):
        rows.append(f"| {m['name']} | {m['town']} | {TYPE_DESC[m['type']]} | {m['founded']} | {'yes' if m['pass'] else 'no'} |")
    emit("list-of-museums-and-galleries.md", "List of museums and galleries of the Vesmark Coast", "2026-07-02",
         "Museums and galleries with an article in the encyclopedia. The Museum Pass column reflects the scheme as extended on 1 July 2026.\n\n" + "\n".join(rows) + "\n\n" + see_also(["Vesmark Museum Pass"]))
    rows = ["| Festival | Town | Founded | Timing |", "|---|---|---|---|"]
    for f in sorted(festivals.values(), key=lambda x: x["name"]):
        rows.append(f"| {f['name']} | {f['town']} | {f['founded']} | {f['when']} |")
    emit("list-of-festivals-of-the-vesmark-coast.md", "List of festivals of the Vesmark Coast", "2026-09-08",
         "Annual festivals with an article in the encyclopedia.\n\n" + "\n".join(rows))
    rows = ["| Town or village | District | Type | Population (2025) |", "|---|---|---|---|"]
    for t in sorted(towns.values(), key=lambda x: x["name"]):
        rows.append(f"| {t['name']} | {t['district']} | {t['kind']} | {fmt(t['pop'])} |")
    emit("list-of-towns-and-villages.md", "List of towns and villages of the Vesmark Coast", "2026-01-12",
         "All settlements with an article. Population figures are from the 2025 regional census.\n\n" + "\n".join(rows))
    rows = ["| Museum | Town | In the pass since |", "|---|---|---|"]
    for m in sorted([m for m in museums.values() if m["pass"]], key=lambda x: x["name"]):
        rows.append(f"| {m['name']} | {m['town']} | {'1 July 2026' if m['pass_added'] else '2015'} |")
    emit("vesmark-museum-pass-participating-museums.md", "Vesmark Museum Pass: participating museums", "2026-07-01",
         "Since 1 July 2026 the Vesmark Museum Pass covers 28 museums (previously 24). The four museums added on that date are the Skarrow Head Lighthouse Visitor Centre, "
         "the Brenholm Boatbuilding Museum, the Tidewick Rope Walk Museum and the Greyling Cove Gallery.\n\n" + "\n".join(rows) + "\n\n" + see_also(["Vesmark Museum Pass"]))
    rows = ["| Term | Poet Laureate | Born |", "|---|---|---|"]
    for a, b, nm in W.laureates:
        rows.append(f"| {a}–{b if b != 2030 else '2030 (current)'} | {nm} | {people[nm]['born']}, {people[nm]['birthplace']} |")
    emit("vesmark-poet-laureate.md", "Vesmark Poet Laureate", "2026-10-02",
         "The **Vesmark Poet Laureate** is an honorary post created by the Vesmark Heritage Board in 1978. The laureate serves a four-year term beginning on 1 October, "
         "writes poems for public occasions such as the opening of Aldhaven Lantern Night, and visits schools along the coast. The post carries an annual stipend of €12,000.\n\n"
         "On 1 October 2026 Vidar Sunde, born in Norrhamn in 1979 and author of *Net Weights* (2011) and *The Long Ebb* (2019), succeeded Ottilie Brekkan, who had held the post since 2022.\n\n"
         "## List of laureates\n\n" + "\n".join(rows) + "\n\n## Appointment\n\nA panel of five, chaired by the chair of the Heritage Board, proposes a candidate in the spring of the final year of a term. "
         "The appointment is announced in September.\n\n" + see_also(["Vesmark Heritage Board", "Vidar Sunde", "Ottilie Brekkan", "Vesmark Book Prize"]))
    rows = ["| Year | Book | Author |", "|---|---|---|"]
    for b in sorted([b for b in books.values() if b["prize"]], key=lambda x: x["prize"]):
        rows.append(f"| {b['prize']} | *{b['title']}* ({b['form']}) | {b['author']} |")
    emit("vesmark-book-prize.md", "Vesmark Book Prize", "2026-01-20",
         "The **Vesmark Book Prize** is awarded each spring for the best book by a writer from the Vesmark Coast published in the previous year. It was founded in 1959 by Skarn Press "
         "and the Aldhaven Literary Society and has been administered by the Vesmark Heritage Board since 1962. The prize is €8,000 and a bronze gull by the Aldhaven foundry.\n\n"
         "## Winners described in this encyclopedia\n\n" + "\n".join(rows) + "\n\nIn other years the prize went to books without an article here, or was not awarded.\n\n" + see_also(["Vesmark Poet Laureate", "Vesmark Heritage Board"]))
    # painters index
    rows = []
    for p in sorted(people.values(), key=lambda x: x["name"].split()[-1]):
        if p["role"] == "painter":
            rows.append(f"- {p['name']} ({years(p)}), born in {p['birthplace']}")
    half = len(rows) // 2
    emit("list-of-painters-a-k.md", "List of Vesmark painters (A–K)", "2026-03-02", "Painters with an article, by surname (first half).\n\n" + "\n".join(rows[:half]))
    emit("list-of-painters-l-z.md", "List of Vesmark painters (L–Z)", "2026-03-02", "Painters with an article, by surname (second half).\n\n" + "\n".join(rows[half:]))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for t in towns.values():
        render_town(t)
    for p in people.values():
        render_person(p)
    for m in museums.values():
        render_museum(m)
    for lh in lighthouses.values():
        render_lighthouse(lh)
    for s in ships.values():
        render_ship(s)
    for w in wrecks.values():
        render_wreck(w)
    for d in dishes.values():
        render_dish(d)
    for f in festivals.values():
        render_festival(f)
    for c in clubs.values():
        render_club(c)
    for a in artworks.values():
        render_art(a)
    for b in books.values():
        render_book(b)
    for c in churches.values():
        render_church(c)
    for i in islands.values():
        render_island(i)
    for v in rivers.values():
        render_river(v)
    render_lists()
    for fn, text in docs.items():
        with open(os.path.join(OUT, fn), "w") as fh:
            fh.write(text)
    core = os.path.join(HERE, "core")
    n_core = 0
    for fn in sorted(os.listdir(core)):
        if fn.endswith((".md", ".txt")):
            assert fn not in docs, fn
            shutil.copy(os.path.join(core, fn), os.path.join(OUT, fn))
            n_core += 1
    print(f"generated {len(docs)} docs, copied {n_core} core docs")


if __name__ == "__main__":
    main()

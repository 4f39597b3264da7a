#!/usr/bin/env python3
"""Generate the Fibreval corpus (entity tables -> pages). Deterministic (seeded)."""
import os, random, datetime, json, re
from facts import *

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
R = random.Random(20261116)
WRITTEN = {}

def slug(s):
    s = s.lower()
    for a, b in [("é","e"),("è","e"),("ê","e"),("ë","e"),("à","a"),("â","a"),("î","i"),("ï","i"),("ô","o"),("û","u"),("ù","u"),("ç","c"),("'","-"),("’","-")]:
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def write(fname, title, date, body, datekey="Updated"):
    assert fname not in WRITTEN, fname
    from extras import P, kind_of
    pool = list(P.get(kind_of(fname), []))
    if fname.startswith("promo-") and " : " in title: pool = list(P["promofr"])
    rr = random.Random("x" + fname); rr.shuffle(pool)
    while len(body.split()) < 100 and pool:
        body = body.rstrip() + "\n\n" + pool.pop()
    txt = f"# {title}\n{datekey}: {date}\n\n{body.strip()}\n"
    WRITTEN[fname] = txt
    with open(os.path.join(OUT, fname), "w") as f:
        f.write(txt)

def d(s):
    return datetime.date.fromisoformat(s)

MONTHS_FR = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MONTHS_EN = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def fr_date(s):
    x = d(s); return f"{x.day} {MONTHS_FR[x.month-1]} {x.year}"
def en_date(s):
    x = d(s); return f"{MONTHS_EN[x.month-1]} {x.day}, {x.year}"

# ---------------------------------------------------------------- towns
TOWN_NAMES = ["Sauvenay","Saint-Aurèle","Brimwick","Lac-Tourmelin","Pointe-Gravelle","Harrowby Falls","Valmarin",
 "Corbeau-Rouge","Ashcombe","Fenwick Landing","Rivière-Claquette","Saint-Ébrin","Ostrander Bay","Sainte-Véronne",
 "Kelderby","Havre-aux-Loutres","Mount Tresham","Lac-des-Cendres","Grisebourg","Wexcombe","Port-Ardoise",
 "Saint-Fulbert-du-Lac","Millhaven Cross","Beaulac-Ouest","Tillmore","Cap-aux-Sternes","Drummel","Sainte-Clotaire",
 "Oakhurst Mills","Val-Perdrix","Ferrisdale","Saint-Ovide-des-Bois","Lac-Mireval","Pembrook Hollow","Roche-Fendue",
 "Greywater","Saint-Luperce","Anse-à-Colin","Thornbury Flats","Mont-Givrelle","Cressington","Baie-des-Huards",
 "Ellerslie Glen","Petit-Sauvenay","Norwood Ferry","Lac-Pervenche","Hollins Corner","Sainte-Ysolde"]
FR_TOWNS = {t for t in TOWN_NAMES if any(t.startswith(p) for p in ["Saint","Sainte","Lac-","Pointe","Val","Corbeau","Rivière","Havre","Grise","Port-","Beaulac","Cap-","Roche","Anse","Mont-","Baie","Petit"])}

STORES = [  # town, name, address, hours, status
 ("Sauvenay", "Fibreval Sauvenay Centre", "850 boulevard des Érables, Sauvenay", "Mon-Fri 9:00-20:00; Sat 10:00-17:00; Sun 12:00-17:00", "moved"),
 ("Sauvenay", "Fibreval Galeries Sauvenay", "2200 chemin du Roy, local 114, Sauvenay", "Mon-Wed 10:00-18:00; Thu-Fri 10:00-21:00; Sat 9:30-17:00; Sun 12:00-17:00", "open"),
 ("Saint-Aurèle", "Fibreval Saint-Aurèle", "41 rue Notre-Dame, Saint-Aurèle", "Mon-Fri 9:30-18:00; Sat 10:00-16:00; Sun closed", "open"),
 ("Brimwick", "Fibreval Brimwick", "17 Queen Street, Brimwick", "Closed permanently on 2026-09-26", "closed"),
 ("Lac-Tourmelin", "Fibreval Lac-Tourmelin", "305 route 209, Lac-Tourmelin", "Mon-Fri 10:00-18:00; Sat 10:00-15:00; Sun closed", "open"),
 ("Harrowby Falls", "Fibreval Harrowby Falls", "88 Mill Road, Harrowby Falls", "Mon-Fri 9:00-19:00; Sat 9:00-17:00; Sun 12:00-16:00", "open"),
 ("Valmarin", "Fibreval Valmarin", "12 place du Marché, Valmarin", "Tue-Fri 10:00-18:00; Sat 10:00-16:00; Sun-Mon closed", "hours-changed"),
 ("Ashcombe", "Fibreval Ashcombe", "230 Station Street, Ashcombe", "Mon-Fri 9:00-18:00; Sat 10:00-16:00; Sun closed", "open"),
 ("Fenwick Landing", "Fibreval Fenwick Landing", "5 Harbour Lane, Fenwick Landing", "Mon-Fri 10:00-18:00; Sat 10:00-14:00; Sun closed", "open"),
 ("Rivière-Claquette", "Fibreval Rivière-Claquette", "760 rue Principale, Rivière-Claquette", "Mon-Fri 9:00-17:30; Sat 9:00-13:00; Sun closed", "open"),
 ("Ostrander Bay", "Fibreval Ostrander Bay", "1401 Shoreline Drive, Ostrander Bay", "Mon-Sat 10:00-18:00; Sun 12:00-16:00", "open"),
 ("Kelderby", "Fibreval Kelderby", "64 Victoria Avenue, Kelderby", "Mon-Fri 9:30-18:30; Sat 10:00-16:00; Sun closed", "open"),
 ("Grisebourg", "Fibreval Grisebourg", "19 rue des Forges, Grisebourg", "Mon-Fri 9:00-18:00; Sat 10:00-15:00; Sun closed", "open"),
 ("Port-Ardoise", "Fibreval Port-Ardoise", "3 quai Saint-Pierre, Port-Ardoise", "Mon-Thu 10:00-18:00; Fri 10:00-20:00; Sat 10:00-16:00; Sun closed", "open"),
 ("Millhaven Cross", "Fibreval Millhaven Cross", "455 County Road 8, Millhaven Cross", "Mon-Fri 9:00-17:00; Sat 9:00-12:00; Sun closed", "open"),
 ("Tillmore", "Fibreval Tillmore", "22 Elm Street, Tillmore", "Mon-Fri 10:00-18:00; Sat 10:00-15:00; Sun closed", "open"),
 ("Sainte-Clotaire", "Fibreval Sainte-Clotaire", "118 boulevard Laurier-Ouest, Sainte-Clotaire", "Mon-Fri 9:00-19:00; Sat 10:00-17:00; Sun 12:00-16:00", "open"),
 ("Oakhurst Mills", "Fibreval Oakhurst Mills", "9 Foundry Road, Oakhurst Mills", "Mon-Fri 9:30-17:30; Sat 10:00-14:00; Sun closed", "open"),
 ("Ferrisdale", "Fibreval Ferrisdale", "301 Main Street, Ferrisdale", "Mon-Fri 9:00-18:00; Sat 10:00-16:00; Sun closed", "open"),
 ("Roche-Fendue", "Fibreval Roche-Fendue", "47 rue de la Gare, Roche-Fendue", "Mon-Fri 10:00-17:00; Sat 10:00-13:00; Sun closed", "open"),
 ("Cressington", "Fibreval Cressington", "1120 Cressington Boulevard, Cressington", "Mon-Fri 9:00-20:00; Sat 9:00-17:00; Sun 11:00-16:00", "open"),
 ("Baie-des-Huards", "Fibreval Baie-des-Huards", "6 rue du Quai, Baie-des-Huards", "Mon-Fri 9:30-17:30; Sat 10:00-14:00; Sun closed", "open"),
]
STORE_BY_TOWN = {}
for s in STORES:
    STORE_BY_TOWN.setdefault(s[0], []).append(s)
OPEN_STORES = [s for s in STORES if s[4] != "closed"]

def nearest_store(town, idx):
    if town in STORE_BY_TOWN:
        ss = [s for s in STORE_BY_TOWN[town] if s[4] != "closed"]
        if ss:
            return ss[0]
    if town == "Brimwick":
        return STORES[5]  # Harrowby Falls
    return OPEN_STORES[(idx * 7) % len(OPEN_STORES)]

POP = {}
TOWNS = []
for i, t in enumerate(TOWN_NAMES):
    r = random.Random(i * 31 + 7)
    pop = 48000 if t == "Sauvenay" else r.choice([1200, 2400, 3100, 4700, 6300, 8800, 12500, 15200, 21000]) + r.randint(0, 90) * 10
    fibre_max = "Fibre Giga"
    rural = r.random() < 0.4
    g3 = None
    if i % 5 == 0:
        g3 = "2026-08-15"
    elif i % 7 == 3:
        g3 = r.choice(["2026-09-22", "2026-10-14", "2026-11-03"])
    if i in (33, 40, 45):  # fibre arrived after cutoff
        fibre_since = r.choice(["2026-09-08", "2026-10-20"])
    else:
        fibre_since = str(r.choice(range(2017, 2025))) + "-" + r.choice(["03", "05", "06", "09", "10", "11"]) + "-01"
    if fibre_since >= "2026-07-01":
        rural = True
    if g3 and fibre_since > g3:
        g3 = fibre_since
    node = "".join(c for c in slug(t).upper() if c.isalpha())[:3] + "-" + f"{i + 1:02d}"
    mobile = "5G" if pop > 6000 or i % 3 == 0 else "LTE"
    lead = r.choice([3, 5, 7, 10, 14])
    TOWNS.append(dict(name=t, pop=pop, rural=rural, g3=g3, fibre_since=fibre_since, node=node, mobile=mobile,
                      lead=lead, store=nearest_store(t, i), fr=t in FR_TOWNS, idx=i))
TOWN = {t["name"]: t for t in TOWNS}

def gen_towns():
    for t in TOWNS:
        st = t["store"]
        avail = ["Fibre 100", "Fibre 300", "Fibre 500", "Fibre Giga"] + (["Fibre 3G"] if t["g3"] else [])
        new_fibre = t["fibre_since"] >= "2026-07-01"
        # EN page
        r = random.Random(t["name"])
        intro = r.choice([
            f"Fibreval serves {t['name']} (population about {t['pop']:,}) from the {t['node']} network node.",
            f"This page describes Fibreval services in {t['name']}, a community of roughly {t['pop']:,} people in the {REGION_EN} region. Local traffic is handled by node {t['node']}.",
            f"{t['name']} is connected to the Fibreval network through node {t['node']}. About {t['pop']:,} residents live in the service area.",
        ])
        rows = "\n".join([
            "| Service | Availability in " + t["name"] + " |", "|---|---|",
            f"| Fibre Internet | {'Available since ' + t['fibre_since'] if True else ''} |",
            f"| Fastest fibre plan | {'Fibre 3G (since ' + t['g3'] + ')' if t['g3'] else 'Fibre Giga (1 Gbps)'} |",
            f"| Fixed wireless (Sans-fil Rural) | {'Available on outlying roads' if t['rural'] else 'Not offered'} |",
            f"| TéléVal TV | Available with any fibre plan |",
            f"| Mobile coverage | {t['mobile']} |",
        ])
        body = intro + "\n\n## Services\n\n" + rows + "\n"
        if new_fibre:
            body += f"\n## New: fibre arrived in {en_date(t['fibre_since'])}\n\nFibre service was switched on in {t['name']} on {t['fibre_since']}. Before that date the town was served only by Sans-fil Rural fixed wireless. Customers on fixed wireless can switch to fibre without paying the installation fee until 2026-12-31.\n"
        body += f"\n## Installation\n\nThe typical lead time for a new fibre installation in {t['name']} is {t['lead']} business days. "
        body += r.choice(["The current installation fee is listed in *Fees and Charges Schedule*.", "See *Fees and Charges Schedule* for the current installation fee; it is waived with a 24-month agreement.", "Installation is booked through the Espace Client Fibreval portal or by calling " + PHONE + "."]) + "\n"
        if t["rural"]:
            body += f"\n## Fixed wireless\n\nHomes outside the fibre footprint can get Sans-fil Rural 25 or Sans-fil Rural 50 through an FV-Ciel R5 outdoor unit. Since 2026-10-01 these plans have monthly data caps (400 GB and 750 GB). See *Data Caps on Sans-fil Rural Plans*.\n"
        if st[4] == "closed":
            pass
        body += f"\n## Nearest store\n\n{st[1]} — {st[2]}. Hours: {st[3]}.\n"
        if t["name"] == "Brimwick":
            body += "\nThe Brimwick store at 17 Queen Street closed permanently on 2026-09-26. Customers are now served by the Harrowby Falls store.\n"
        if r.random() < 0.5:
            body += "\n## Related pages\n\n- *Outage and Maintenance Notices Index*\n- *Plans and Prices Overview*\n- *How to Check for an Outage in Your Area*\n"
        upd = max("2026-10-01", t["fibre_since"] if new_fibre else "2026-10-01", t["g3"] or "2026-01-01")
        if t["name"] == "Sauvenay": upd = "2026-10-13"
        write(f"service-area-{slug(t['name'])}.md", f"Service Area: {t['name']}", upd, body)
        if t["fr"] or t["idx"] % 4 == 0:
            introf = r.choice([
                f"Fibreval dessert {t['name']} (environ {t['pop']:,} habitants) à partir du nœud réseau {t['node']}.".replace(",", " "),
                f"Cette page présente les services de Fibreval à {t['name']}, dans la région de {REGION_FR}. Le trafic local passe par le nœud {t['node']}.",
            ])
            rowsf = "\n".join([
                "| Service | Disponibilité |", "|---|---|",
                f"| Internet fibre | Offert depuis le {t['fibre_since']} |",
                f"| Forfait fibre le plus rapide | {'Fibre 3G (depuis le ' + t['g3'] + ')' if t['g3'] else 'Fibre Giga (1 Gbit/s)'} |",
                f"| Sans-fil Rural | {'Offert dans les rangs et secteurs éloignés' if t['rural'] else 'Non offert'} |",
                f"| Télé TéléVal | Offerte avec tout forfait fibre |",
                f"| Couverture mobile | {t['mobile']} |",
            ])
            bf = introf + "\n\n## Services offerts\n\n" + rowsf + "\n"
            if new_fibre:
                bf += f"\n## Nouveau : la fibre est arrivée\n\nLa fibre a été mise en service à {t['name']} le {t['fibre_since']}. Les clients du sans-fil fixe peuvent passer à la fibre sans frais d'installation jusqu'au 2026-12-31.\n"
            bf += f"\n## Installation\n\nLe délai habituel pour une nouvelle installation fibre à {t['name']} est de {t['lead']} jours ouvrables. Les frais en vigueur figurent dans la *Grille des frais*.\n"
            if t["rural"]:
                bf += "\n## Sans-fil fixe\n\nDepuis le 2026-10-01, les forfaits Sans-fil Rural ont un plafond de données mensuel (400 Go et 750 Go).\n"
            bf += f"\n## Magasin le plus proche\n\n{st[1]} — {st[2]}. Heures : {st[3].replace('Mon','lun').replace('Tue','mar').replace('Wed','mer').replace('Thu','jeu').replace('Fri','ven').replace('Sat','sam').replace('Sun','dim').replace('closed','fermé')}.\n"
            write(f"secteur-{slug(t['name'])}.md", f"Secteur desservi : {t['name']}", upd, bf)

def gen_stores():
    for s in STORES:
        town, name, addr, hours, status = s
        r = random.Random(len(name) * 13 + len(addr))
        if status == "closed":
            body = (f"**This store is permanently closed.** {name} at {addr} closed on 2026-09-26 after eleven years of service.\n\n"
                    f"## Where to go now\n\nThe nearest open store is Fibreval Harrowby Falls, 88 Mill Road, Harrowby Falls (Mon-Fri 9:00-19:00; Sat 9:00-17:00; Sun 12:00-16:00).\n\n"
                    "## Returning equipment\n\nEquipment can be returned at any open Fibreval store or by prepaid mail. The return window is 21 days from the end of service (see *Equipment Return Policy*).\n\n"
                    "## Former hours\n\nBefore closing, the store was open Mon-Fri 9:00-18:00 and Sat 10:00-16:00.\n")
            write(f"store-{slug(town)}.md", f"Store: {name} (closed)", "2026-09-26", body)
            write(f"magasin-{slug(town)}.md", f"Magasin : {name} (fermé)", "2026-09-26",
                  f"**Ce magasin est fermé de façon permanente.** Le magasin {name} au {addr} a fermé le 2026-09-26.\n\n## Où aller maintenant\n\nLe magasin ouvert le plus proche est Fibreval Harrowby Falls, 88 Mill Road, Harrowby Falls (lun-ven 9 h-19 h; sam 9 h-17 h; dim 12 h-16 h).\n\n## Retour d'équipement\n\nL'équipement peut être rapporté dans tout magasin Fibreval ouvert ou envoyé par la poste (étiquette prépayée). Le délai de retour est de 21 jours après la fin du service.\n")
            continue
        hrs = "\n".join(f"| {h.split(' ',1)[0]} | {h.split(' ',1)[1]} |" for h in hours.split("; "))
        services = r.sample(["New subscriptions and plan changes", "Equipment pickup and returns", "Bill payments (debit, credit, cash)", "Mobile SIM and eSIM activation", "TV box swaps", "Phone trade-ins", "Business accounts (by appointment)"], k=r.randint(3, 6))
        body = f"{name} is located at **{addr}**.\n\n## Hours\n\n| Days | Hours |\n|---|---|\n{hrs}\n\n## Services\n\n" + "\n".join("- " + x for x in services) + "\n"
        upd = "2026-07-15"
        if status == "moved":
            body = ("**New address.** On 2026-10-13 the Sauvenay Centre store moved from 12 rue Principale to 850 boulevard des Érables (next to the Sauvenay public library). The old location is closed.\n\n" + body)
            upd = "2026-10-13"
        if status == "hours-changed":
            body += "\n## Hours change\n\nSince 2026-10-01 the Valmarin store is closed on Mondays. Previous hours were Mon-Fri 10:00-18:00 and Sat 10:00-16:00.\n"
            upd = "2026-10-01"
        if r.random() < 0.6:
            body += r.choice(["\n## Parking\n\nFree parking is available behind the building.\n", "\n## Accessibility\n\nThe store is wheelchair accessible and has a reserved parking spot near the entrance.\n", "\n## Appointments\n\nWalk-ins are welcome. To skip the line, book an appointment in the Espace Client Fibreval portal.\n"])
        body += f"\nFor phone support call {PHONE} (7:00-23:00, every day).\n"
        write(f"store-{slug(name.replace('Fibreval ', ''))}.md", f"Store: {name}", upd, body)
        if town in FR_TOWNS or r.random() < 0.3:
            hf = hrs.replace("Mon","lun").replace("Tue","mar").replace("Wed","mer").replace("Thu","jeu").replace("Fri","ven").replace("Sat","sam").replace("Sun","dim").replace("closed","fermé")
            bf = f"Le magasin {name} est situé au **{addr}**.\n\n## Heures d'ouverture\n\n| Jours | Heures |\n|---|---|\n{hf}\n\n## Services\n\n- Abonnements et changements de forfait\n- Retour et récupération d'équipement\n- Paiement de factures\n"
            if status == "moved":
                bf = "**Nouvelle adresse.** Le 2026-10-13, le magasin Sauvenay Centre a déménagé du 12 rue Principale au 850 boulevard des Érables (à côté de la bibliothèque municipale).\n\n" + bf
            if status == "hours-changed":
                bf += "\n## Changement d'heures\n\nDepuis le 2026-10-01, le magasin de Valmarin est fermé le lundi.\n"
            write(f"magasin-{slug(name.replace('Fibreval ', ''))}.md", f"Magasin : {name}", upd, bf)

# ---------------------------------------------------------------- outages / maintenance
CAUSES_EN = ["a fibre cable cut by excavation work", "a power failure at the local node", "a failed optical line card", "storm damage to aerial cables",
             "a vehicle striking a utility pole", "a software fault after a routing update", "rodent damage to a splice enclosure", "ice accumulation on aerial fibre"]
CAUSES_FR = ["une coupure de câble de fibre lors de travaux d'excavation", "une panne de courant au nœud local", "une carte de ligne optique défectueuse", "des dommages causés par la tempête aux câbles aériens",
             "un véhicule ayant heurté un poteau", "une anomalie logicielle après une mise à jour de routage", "des dommages causés par des rongeurs à un boîtier d'épissure", "l'accumulation de glace sur la fibre aérienne"]
SERVICES = [["Internet"], ["Internet", "TV"], ["Internet", "TV", "Home phone"], ["Mobile"], ["TV"], ["Internet", "Mobile"]]
SERV_FR = {"Internet": "Internet", "TV": "Télé", "Home phone": "Téléphonie résidentielle", "Mobile": "Mobile"}

OUTAGES = []
def gen_outages(n=260):
    used = set()
    start = d("2025-01-06"); span = (d("2026-11-14") - start).days
    k = 0
    while len(OUTAGES) < n:
        k += 1
        r = R
        day = start + datetime.timedelta(days=r.randint(0, span))
        town = r.choice(TOWNS)
        if (town["name"], day) in used: continue
        if day.isoformat() == "2026-10-21" and town["name"] in ("Lac-Tourmelin", "Saint-Aurèle", "Valmarin", "Corbeau-Rouge", "Pointe-Gravelle", "Grisebourg"): continue
        used.add((town["name"], day))
        h = r.randint(0, 22); m = r.choice([0, 5, 12, 20, 35, 41, 50])
        dur = r.choice([45, 70, 95, 130, 180, 240, 310, 420, 600, 780, 1560])
        st = datetime.datetime.combine(day, datetime.time(h, m))
        en = st + datetime.timedelta(minutes=dur)
        ci = r.randrange(len(CAUSES_EN))
        serv = r.choice(SERVICES)
        if town["fibre_since"] > day.isoformat():
            serv = r.choice([["Internet"], ["Mobile"], ["Internet", "Mobile"]])
        cust = r.choice([40, 85, 160, 320, 610, 1150, 2300]) + r.randint(0, 39)
        oid = f"OUT-{day.strftime('%y%m%d')}-{''.join(c for c in slug(town['name']) if c.isalpha())[:4].upper()}"
        OUTAGES.append(dict(id=oid, day=day.isoformat(), town=town, start=st.strftime("%H:%M"), end=en.strftime("%H:%M"),
                            enddate=en.date().isoformat(), dur=dur, ci=ci, serv=serv, cust=cust, fr=(len(OUTAGES) % 3 == 0)))
    for o in OUTAGES:
        t = o["town"]; r = random.Random(o["id"])
        credit_rule = "automatic" if o["day"] >= "2026-10-01" else "on request"
        if not o["fr"]:
            title = r.choice([f"Outage Notice: {t['name']}, {o['day']}", f"Service Interruption in {t['name']} ({o['day']})", f"{', '.join(o['serv'])} outage — {t['name']} — {o['day']}"])
            body = r.choice([
                f"On {en_date(o['day'])} at {o['start']}, customers in {t['name']} lost {' and '.join(o['serv']).lower().replace('tv','TV').replace('internet','Internet')} service. The cause was {CAUSES_EN[o['ci']]}.",
                f"Fibreval confirms a service interruption affecting about {o['cust']} customers served by node {t['node']} in {t['name']}. It started at {o['start']} on {o['day']} and was caused by {CAUSES_EN[o['ci']]}.",
            ])
            body += f"\n\n## Details\n\n| Item | Value |\n|---|---|\n| Reference | {o['id']} |\n| Area | {t['name']} (node {t['node']}) |\n| Services | {', '.join(o['serv'])} |\n| Start | {o['day']} {o['start']} |\n| Service restored | {o['enddate']} {o['end']} |\n| Customers affected | about {o['cust']} |\n"
            body += "\n## What customers should do\n\n" + r.choice([
                "If your service did not come back, restart your gateway by unplugging it for 30 seconds.",
                "Most equipment reconnects automatically. If yours does not, power-cycle the gateway and the TV box.",
                "No action is needed. If problems continue, see *How to Check for an Outage in Your Area* or call " + PHONE + "."]) + "\n"
            if o["dur"] >= 240:
                if credit_rule == "automatic":
                    ctext = "This outage lasted 12 hours or more, so affected accounts receive an automatic prorated credit on the next bill under the *Service Credit Policy for Outages*." if o["dur"] >= 720 else "This outage lasted less than 12 hours, so it does not qualify for an automatic credit under the *Service Credit Policy for Outages*."
                else:
                    ctext = "This outage lasted 24 hours or more; affected customers could request a prorated credit within 30 days under the *Service Credit Policy for Outages* in effect at the time." if o["dur"] >= 1440 else "Under the *Service Credit Policy for Outages* in effect at the time, credits required an interruption of 24 consecutive hours or more, so this outage did not qualify."
                body += "\n## Credit\n\n" + ctext + "\n"
            if r.random() < 0.4:
                body += f"\n## Update log\n\n- {o['start']} — Issue detected by network monitoring.\n- Crew dispatched to {t['name']}.\n- {o['end']} — Service restored; monitoring continues.\n"
            fname = f"outage-{o['day']}-{slug(t['name'])}.md"
        else:
            title = r.choice([f"Avis de panne : {t['name']}, {o['day']}", f"Interruption de service à {t['name']} ({o['day']})"])
            sv = ", ".join(SERV_FR[s] for s in o["serv"])
            body = r.choice([
                f"Le {fr_date(o['day'])} à {o['start'].replace(':', ' h ')}, les clients de {t['name']} ont perdu les services suivants : {sv}. La cause : {CAUSES_FR[o['ci']]}.",
                f"Fibreval confirme une interruption touchant environ {o['cust']} clients du nœud {t['node']} à {t['name']}, causée par {CAUSES_FR[o['ci']]}.",
            ])
            body += f"\n\n## Détails\n\n| Élément | Valeur |\n|---|---|\n| Référence | {o['id']} |\n| Secteur | {t['name']} (nœud {t['node']}) |\n| Services | {sv} |\n| Début | {o['day']} {o['start']} |\n| Rétablissement | {o['enddate']} {o['end']} |\n| Clients touchés | environ {o['cust']} |\n"
            body += "\n## Que faire?\n\n" + r.choice(["Si le service n'est pas revenu, débranchez votre passerelle 30 secondes puis rebranchez-la.", "Aucune action requise. Si le problème persiste, appelez le " + PHONE + "."]) + "\n"
            if o["dur"] >= 240:
                if credit_rule == "automatic":
                    ctext = "Cette panne a duré 12 heures ou plus : un crédit au prorata est appliqué automatiquement sur la prochaine facture (*Politique de crédit pour pannes*)." if o["dur"] >= 720 else "Cette panne a duré moins de 12 heures et ne donne pas droit au crédit automatique (*Politique de crédit pour pannes*)."
                else:
                    ctext = "Cette panne a duré 24 heures ou plus; les clients pouvaient demander un crédit au prorata dans les 30 jours." if o["dur"] >= 1440 else "Selon la politique en vigueur à ce moment, un crédit exigeait une interruption de 24 heures consécutives ou plus; cette panne n'y donnait pas droit."
                body += "\n## Crédit\n\n" + ctext + "\n"
            fname = f"panne-{o['day']}-{slug(t['name'])}.md"
        write(fname, title, o["day"], body, datekey="Date")

WORK_EN = ["optical line terminal software upgrade", "replacement of backup batteries at the node", "fibre splicing to add new homes to the network",
           "core router upgrade", "TV headend encoder replacement", "mobile tower antenna work", "relocation of aerial cables for road work", "power system inspection"]
WORK_FR = ["mise à niveau logicielle du terminal de ligne optique", "remplacement des batteries de secours au nœud", "épissures de fibre pour raccorder de nouvelles résidences",
           "mise à niveau du routeur principal", "remplacement d'encodeurs à la tête de réseau télé", "travaux d'antenne sur une tour mobile", "déplacement de câbles aériens pour des travaux routiers", "inspection du système d'alimentation"]
MAINTS = []
def gen_maint(n=220):
    used = set(); start = d("2025-01-10"); span = (d("2026-11-30") - start).days
    while len(MAINTS) < n:
        day = start + datetime.timedelta(days=R.randint(0, span))
        if day.weekday() in (4, 5): continue
        towns = R.sample(TOWNS, R.choice([1, 1, 2, 3]))
        key = (towns[0]["name"], day)
        if key in used: continue
        used.add(key)
        s = R.choice(["00:00", "00:30", "01:00", "02:00", "03:00"]); e = R.choice(["04:00", "05:00", "05:30", "06:00"])
        wi = R.randrange(len(WORK_EN)); inter = R.choice([5, 10, 15, 20, 30, 45, 60])
        mid = f"MNT-{day.strftime('%y%m%d')}-{''.join(c for c in slug(towns[0]['name']) if c.isalpha())[:4].upper()}"
        MAINTS.append(dict(id=mid, day=day.isoformat(), towns=towns, s=s, e=e, wi=wi, inter=inter, fr=len(MAINTS) % 3 == 1))
    for m in MAINTS:
        r = random.Random(m["id"]); names = ", ".join(t["name"] for t in m["towns"])
        pub = min((d(m["day"]) - datetime.timedelta(days=r.choice([5, 7, 10, 14]))).isoformat(), TODAY)
        if not m["fr"]:
            body = r.choice([
                f"Fibreval will carry out planned maintenance in {names} during the night of {en_date(m['day'])}, between {m['s']} and {m['e']}.",
                f"Planned work: {WORK_EN[m['wi']]}. The maintenance window is {m['day']} from {m['s']} to {m['e']} and covers {names}.",
            ])
            body += f"\n\n## Summary\n\n- **Reference:** {m['id']}\n- **Work:** {WORK_EN[m['wi']]}\n- **Window:** {m['day']}, {m['s']}-{m['e']}\n- **Areas:** {names}\n- **Expected interruption:** up to {m['inter']} minutes within the window\n"
            body += "\n## Why we do this\n\n" + r.choice(["Night-time maintenance keeps the network reliable while disturbing as few customers as possible.", "This work increases capacity and reduces the risk of unplanned outages.", "Scheduled upgrades allow us to apply security fixes and improve performance."]) + "\n"
            if r.random() < 0.5:
                body += "\nMaintenance windows never give a right to a service credit unless the interruption goes beyond the announced window (see *Service Credit Policy for Outages*).\n"
            write(f"maintenance-{m['day']}-{slug(m['towns'][0]['name'])}.md", f"Planned Maintenance: {names} — {m['day']}", pub, body, datekey="Date")
        else:
            body = f"Fibreval effectuera des travaux planifiés à {names} dans la nuit du {fr_date(m['day'])}, entre {m['s']} et {m['e']}.\n\n## Résumé\n\n- **Référence :** {m['id']}\n- **Travaux :** {WORK_FR[m['wi']]}\n- **Plage horaire :** {m['day']}, {m['s']}-{m['e']}\n- **Secteurs :** {names}\n- **Interruption prévue :** jusqu'à {m['inter']} minutes pendant la plage\n\n## Pourquoi?\n\n" + r.choice(["Les travaux de nuit permettent de garder le réseau fiable en dérangeant le moins de clients possible.", "Ces travaux augmentent la capacité du réseau et réduisent le risque de pannes imprévues."]) + "\n"
            write(f"entretien-{m['day']}-{slug(m['towns'][0]['name'])}.md", f"Entretien planifié : {names} — {m['day']}", pub, body, datekey="Date")

def gen_incidents():
    big = [o for o in OUTAGES if o["dur"] >= 180][:75]
    for o in big:
        t = o["town"]; r = random.Random(o["id"] + "x")
        body = (f"Network status report for outage {o['id']}.\n\n## Impact\n\n- Area: {t['name']} (node {t['node']})\n- Services: {', '.join(o['serv'])}\n- Customers affected: about {o['cust']}\n- Duration: {o['dur']} minutes ({o['day']} {o['start']} to {o['enddate']} {o['end']})\n\n"
                f"## Root cause\n\nThe interruption was caused by {CAUSES_EN[o['ci']]}. " + r.choice(["Monitoring raised an alarm within two minutes.", "The first customer calls arrived about ten minutes after the start.", "Automatic rerouting was not possible because the node has a single feeder cable."]) + "\n\n"
                "## Timeline\n\n" + f"| Time | Event |\n|---|---|\n| {o['start']} | Loss of signal detected |\n| — | Field crew dispatched |\n| {o['end']} | Service restored |\n\n"
                "## Corrective actions\n\n" + "\n".join("- " + x for x in r.sample(["Add a redundant feeder path to the node.", "Replace the affected line card model across the region.", "Review locate requests with the municipality.", "Install additional battery capacity.", "Add the splice enclosure to the rodent-protection program.", "Roll back the routing change and add a test stage."], k=3)) + "\n")
        write(f"incident-report-{o['id'].lower()}.md", f"Incident Report {o['id']}: {t['name']}", (d(o['enddate']) + datetime.timedelta(days=r.choice([2, 3, 5]))).isoformat(), body)

# ---------------------------------------------------------------- channels
CH_A = ["Nord", "Boréal", "Rivage", "Horizon", "Vallée", "Cité", "Prisme", "Comète", "Savane", "Aurore", "Flux", "Matrice", "Vortex", "Zénith", "Ancre", "Pivot", "Mosaïque", "Relief", "Canopée", "Granit"]
CH_B = ["Info", "Sport", "Ciné", "Kids", "Docs", "Musique", "Cuisine", "Nature", "Séries", "Classique"]
CHANNELS = []
def gen_channels(n=110):
    used = set(); num = 100
    while len(CHANNELS) < n:
        a = R.choice(CH_A); b = R.choice(CH_B)
        if (a, b) in used: continue
        used.add((a, b)); num += R.choice([1, 2, 3, 5])
        lang = R.choice(["French", "French", "English", "English", "Bilingual"])
        pk = R.choice([["TéléVal Essentiel", "TéléVal Plus", "TéléVal Sport", "TéléVal Complet"], ["TéléVal Plus", "TéléVal Sport", "TéléVal Complet"], ["TéléVal Sport", "TéléVal Complet"], ["TéléVal Complet"], ["TéléVal Franco", "TéléVal Complet"]])
        if b == "Sport" and "TéléVal Sport" not in pk: pk = ["TéléVal Sport", "TéléVal Complet"]
        if lang == "French" and "TéléVal Franco" not in pk and R.random() < 0.5: pk = ["TéléVal Franco"] + pk
        alc = R.choice(["$3.99", "$4.99", "$6.99", "not available à la carte"])
        CHANNELS.append(dict(name=f"{a} {b}", num=num, hd=num + 500, lang=lang, pk=pk, alc=alc))
    for c in CHANNELS:
        r = random.Random(c["name"])
        desc = {"Info": "news and current affairs", "Sport": "live sports and highlights", "Ciné": "movies", "Kids": "children's programming", "Docs": "documentaries",
                "Musique": "music videos and concerts", "Cuisine": "cooking shows", "Nature": "nature and wildlife programs", "Séries": "drama and comedy series", "Classique": "classic films and shows"}[c["name"].split()[1]]
        descfr = {"Info": "nouvelles et à l'actualité", "Sport": "sports en direct et aux faits saillants", "Ciné": "films", "Kids": "émissions jeunesse", "Docs": "documentaires",
                  "Musique": "vidéoclips et aux concerts", "Cuisine": "émissions de cuisine", "Nature": "émissions de nature et de faune", "Séries": "séries dramatiques et comiques", "Classique": "films et émissions classiques"}[c["name"].split()[1]]
        if c["lang"] == "French" and r.random() < 0.6:
            body = f"{c['name']} est une chaîne de langue française consacrée aux {descfr} (programmation en français).\n\n| Élément | Valeur |\n|---|---|\n| Canal SD | {c['num']} |\n| Canal HD | {c['hd']} |\n| Forfaits | {', '.join(c['pk'])} |\n| À la carte | {c['alc'].replace('not available à la carte', 'non offerte à la carte')} |\n\nPour ajouter une chaîne, passez par l'Espace Client Fibreval ou la télécommande de votre TVB-400 (menu Boutique).\n"
            write(f"chaine-{slug(c['name'])}.md", f"Chaîne : {c['name']}", "2026-09-01", body)
        else:
            body = f"{c['name']} is a {c['lang'].lower()} channel featuring {desc}.\n\n| Item | Value |\n|---|---|\n| SD channel | {c['num']} |\n| HD channel | {c['hd']} |\n| Included in | {', '.join(c['pk'])} |\n| À la carte price | {c['alc']} per month |\n\n" + r.choice(["On the TVB-400, press GUIDE and enter the channel number.", "Channels can be added à la carte from the Espace Client Fibreval portal.", "HD channels require a TVB-400 box."]) + "\n"
            body = body.replace("not available à la carte per month", "not available à la carte")
            write(f"channel-{slug(c['name'])}.md", f"Channel: {c['name']}", "2026-09-01", body)

# ---------------------------------------------------------------- equipment & error codes & help
LIGHTS = {
 "fv-borealis-2": [("Power", "solid white", "on"), ("Power", "off", "no power"), ("Internet", "solid white", "connected"), ("Internet", "solid red", "no fibre signal from the ONT"), ("Internet", "blinking amber", "obtaining an address"), ("Wi-Fi", "blinking white", "Wi-Fi traffic")],
 "fv-borealis-3": [("Status", "solid white", "online"), ("Status", "pulsing blue", "starting up or updating firmware (do not unplug)"), ("Status", "solid red", "no Internet connection"), ("Status", "blinking red", "no fibre signal"), ("Status", "solid amber", "factory reset in progress"), ("WPS", "blinking green", "WPS pairing open for 2 minutes")],
 "fv-aurora-x7": [("Ring", "solid teal", "online"), ("Ring", "rotating white", "starting up"), ("Ring", "pulsing purple", "firmware update (do not unplug)"), ("Ring", "solid orange", "no Internet connection"), ("Ring", "blinking orange", "no fibre signal"), ("Ring", "blinking teal", "mesh pairing mode"), ("Ring", "solid red", "hardware fault, call support")],
 "fv-relais-m1": [("Top light", "solid white", "good connection to gateway"), ("Top light", "solid amber", "weak connection, move closer"), ("Top light", "blinking blue", "pairing"), ("Top light", "solid red", "no connection to gateway")],
 "fv-relais-m2": [("Top light", "solid teal", "excellent connection"), ("Top light", "solid yellow", "fair connection"), ("Top light", "blinking teal", "pairing"), ("Top light", "solid red", "no connection to gateway")],
 "fv-onyx-100": [("PWR", "solid green", "power on"), ("PON", "solid green", "fibre link up"), ("PON", "blinking green", "registering"), ("LOS", "blinking red", "loss of optical signal"), ("LAN", "blinking green", "traffic to the gateway")],
 "tvb-400": [("Front LED", "solid white", "on"), ("Front LED", "dim amber", "standby"), ("Front LED", "blinking white", "receiving remote command"), ("Front LED", "solid red", "no network connection")],
 "fv-ciel-r5": [("Signal bar", "4 green LEDs", "excellent signal"), ("Signal bar", "2 green LEDs", "fair signal"), ("Signal bar", "1 red LED", "poor signal, realignment needed"), ("PoE", "solid green", "receiving power from the indoor injector")],
}
def gen_equipment():
    for e in EQUIP:
        k = e["key"]; lt = LIGHTS[k]
        rows = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in lt)
        body = (f"The {e['name']} is Fibreval's {e['kind'].lower()}.\n\n## Specifications\n\n| Item | Value |\n|---|---|\n| Type | {e['kind']} |\n| Wi-Fi | {e['wifi']} |\n| Launched | {e['launched']} |\n| Status | {e['status']} |\n| Local admin page | {e['admin']} |\n| Unreturned equipment charge | {e['unret']} |\n\n"
                f"## Lights at a glance\n\n| Light | State | Meaning |\n|---|---|---|\n{rows}\n\n")
        if e["reset"]:
            body += f"## Reset\n\nA restart keeps your settings. A factory reset (press and hold the recessed RESET button for {e['reset']} seconds) erases custom settings. See *{e['name']}: Restart and Factory Reset*.\n"
        else:
            body += "## Reset\n\nThe ONT has no reset button. To restart it, unplug the power cord for 30 seconds. Never remove the green fibre connector.\n"
        if k == "fv-aurora-x7":
            body += "\n## Replacing the Borealis\n\nSince 2026-08-15 the FV-Aurora X7 is installed for all new fibre customers and for Fibre 3G. Customers with an FV-Borealis 3 on Fibre Giga can request a free upgrade until 2027-02-28.\n"
        if k == "fv-borealis-3":
            body += "\nSince 2026-08-15 new installations receive the FV-Aurora X7 instead. Existing Borealis 3 units remain supported.\n"
        write(f"equipment-{k}.md", f"Equipment: {e['name']}", "2026-08-15" if k in ("fv-aurora-x7", "fv-relais-m2", "fv-borealis-3") else "2026-03-02", body)
        # FR
        bf = (f"Le {e['name']} est l'équipement de Fibreval de type : {e['kind']}.\n\n## Fiche technique\n\n| Élément | Valeur |\n|---|---|\n| Wi-Fi | {e['wifi']} |\n| Lancement | {e['launched']} |\n| Frais si non retourné | {e['unret'].replace('$','')} $ |\n\n## Voyants\n\n| Voyant | État | Signification |\n|---|---|---|\n{rows}\n\n(Les descriptions des états sont en anglais sur l'étiquette de l'appareil.)\n")
        if e["reset"]:
            bf += f"\n## Réinitialisation\n\nPour une réinitialisation aux paramètres d'usine, maintenez le bouton RESET enfoncé pendant {e['reset']} secondes.\n"
        write(f"equipement-{k}.md", f"Équipement : {e['name']}", "2026-08-15" if k in ("fv-aurora-x7", "fv-relais-m2") else "2026-03-02", bf)
        # lights page + reset page
        lb = f"This page explains every light on the {e['name']}.\n\n" + "\n".join(f"### {a}: {b}\n\n{c[0].upper() + c[1:]}. " + ("No action needed." if any(c.startswith(w) for w in ["online", "on", "connected", "excellent", "good", "traffic", "Wi-Fi traffic", "fibre link up", "standby", "power on", "starting up", "receiving", "firmware update", "registering", "pairing", "mesh pairing", "WPS pairing", "obtaining", "4 green", "fair"]) else "If this lasts more than 10 minutes, restart the device; if it persists, call " + PHONE + ".") + "\n" for a, b, c in lt)
        write(f"help-{k}-lights.md", f"{e['name']}: What the Lights Mean", "2026-08-20", lb)
        if e["reset"]:
            rb = (f"## Restart (keeps settings)\n\n1. Unplug the {e['name']} power cord.\n2. Wait 30 seconds.\n3. Plug it back in and wait up to 5 minutes.\n\n## Factory reset (erases settings)\n\n1. Find the recessed RESET button on the back.\n2. Press and hold it with a paper clip for **{e['reset']} seconds**.\n3. Release; the device restarts with default settings.\n"
                  + ("4. Reconnect using the Wi-Fi name and password on the bottom sticker.\n" if "gateway" in e["kind"] else "4. Pair it again from the gateway app.\n" if "Mesh" in e["kind"] else "4. Wait for setup to complete.\n")
                  + "\nA factory reset does not change your plan or account.\n")
            write(f"help-{k}-reset.md", f"{e['name']}: Restart and Factory Reset", "2026-08-20", rb)
            if k in ("fv-aurora-x7", "fv-borealis-3", "tvb-400"):
                write(f"aide-{k}-reinitialisation.md", f"{e['name']} : redémarrage et réinitialisation", "2026-08-20",
                      f"## Redémarrer (conserve les réglages)\n\n1. Débranchez le {e['name']}.\n2. Attendez 30 secondes.\n3. Rebranchez-le et attendez jusqu'à 5 minutes.\n\n## Réinitialisation d'usine (efface les réglages)\n\n1. Trouvez le bouton RESET à l'arrière.\n2. Maintenez-le enfoncé avec un trombone pendant **{e['reset']} secondes**.\n3. Relâchez; l'appareil redémarre avec les réglages par défaut.\n")

ERR = []
def gen_errors():
    meanings = [("No signal from the network", "Check that the TV box cable is connected and restart the box."), ("Account not authorized for this channel", "The channel is not in your package; add it or change package."),
                ("Recording storage full", "Delete recordings from the cloud PVR menu."), ("Software download failed", "Restart the box; it will retry the download."), ("Remote not paired", "Hold OK + BACK for 5 seconds to pair."),
                ("HDMI handshake failed", "Try another HDMI cable or port."), ("DHCP timeout", "Restart the gateway, then the box."), ("Clock not synchronized", "Leave the box on for 10 minutes."),
                ("Parental PIN locked", "Reset the PIN in the Espace Client Fibreval portal."), ("Video service unavailable", "Check the outage notices for your town.")]
    for i in range(60):
        dev = "TVB-400" if i < 30 else R.choice(["FV-Borealis 3", "FV-Aurora X7", "FV-Borealis 2"])
        code = (f"E-{200 + i * 3}" if i < 30 else f"G-{100 + (i - 30) * 7}")
        mean, fix = meanings[i % 10] if i < 30 else R.choice([("PPPoE authentication failed", "Call support; your account credentials may need resetting."), ("Optical power too low", "Check the fibre jumper between ONT and wall; do not bend it."),
                                                               ("Firmware verification failed", "Restart the gateway; it will download the firmware again."), ("WAN port disconnected", "Reseat the cable between the ONT and the WAN port."), ("Overheating protection", "Move the gateway to an open, ventilated space."), ("IPv6 prefix not received", "Restart the gateway; if it persists call support.")])
        r = random.Random(code)
        ERR.append((code, dev, mean))
        MFR = {"No signal from the network": ("aucun signal du réseau", "Vérifiez que le câble du boîtier est branché et redémarrez le boîtier."), "Account not authorized for this channel": ("compte non autorisé pour cette chaîne", "La chaîne ne fait pas partie de votre forfait; ajoutez-la ou changez de forfait."),
               "Recording storage full": ("espace d'enregistrement plein", "Supprimez des enregistrements dans le menu de l'enregistreur infonuagique."), "Software download failed": ("échec du téléchargement du logiciel", "Redémarrez le boîtier; il réessaiera le téléchargement."),
               "Remote not paired": ("télécommande non jumelée", "Maintenez OK + RETOUR pendant 5 secondes pour jumeler."), "HDMI handshake failed": ("échec de la liaison HDMI", "Essayez un autre câble ou port HDMI."),
               "DHCP timeout": ("délai DHCP dépassé", "Redémarrez la passerelle, puis le boîtier."), "Clock not synchronized": ("horloge non synchronisée", "Laissez le boîtier allumé 10 minutes."),
               "Parental PIN locked": ("NIP parental verrouillé", "Réinitialisez le NIP dans l'Espace Client Fibreval."), "Video service unavailable": ("service vidéo non disponible", "Consultez les avis de panne de votre municipalité."),
               "PPPoE authentication failed": ("échec de l'authentification PPPoE", "Appelez le soutien; vos identifiants doivent peut-être être réinitialisés."), "Optical power too low": ("puissance optique trop faible", "Vérifiez le cordon de fibre entre l'ONT et la prise; ne le pliez pas."),
               "Firmware verification failed": ("échec de la vérification du micrologiciel", "Redémarrez la passerelle; elle téléchargera de nouveau le micrologiciel."), "WAN port disconnected": ("port WAN débranché", "Rebranchez le câble entre l'ONT et le port WAN."),
               "Overheating protection": ("protection contre la surchauffe", "Placez la passerelle dans un endroit dégagé et ventilé."), "IPv6 prefix not received": ("préfixe IPv6 non reçu", "Redémarrez la passerelle; si le problème persiste, appelez le soutien.")}
        if i % 3 == 0:
            body = f"Le code **{code}** sur le {dev} signifie : {MFR[mean][0]}.\n\n## Solution\n\n{MFR[mean][1]}\n\nSi l'erreur revient plus de trois fois en 24 heures, communiquez avec le soutien au {PHONE}.\n"
            write(f"aide-code-erreur-{code.lower()}.md", f"Code d'erreur {code} ({dev})", "2026-05-12", body)
        else:
            body = f"Error code **{code}** on the {dev} means: {mean}.\n\n## How to fix it\n\n{fix}\n\n" + r.choice(["## Still not working?\n\nCall " + PHONE + " and mention the error code.", "## When to call\n\nIf the error appears more than three times in 24 hours, contact support at " + PHONE + ".", "Related: *How to Check for an Outage in Your Area*."]) + "\n"
            write(f"help-error-{code.lower()}.md", f"Error Code {code} ({dev})", "2026-05-12", body)

HELP_TOPICS = [
 ("change-wifi-password", "Change Your Wi-Fi Name and Password", "Changer le nom et le mot de passe Wi-Fi"),
 ("guest-network", "Set Up a Guest Wi-Fi Network", "Créer un réseau Wi-Fi invité"),
 ("port-forwarding", "Set Up Port Forwarding", "Configurer la redirection de ports"),
 ("bridge-mode", "Use Bridge Mode With Your Own Router", "Utiliser le mode pont avec votre propre routeur"),
 ("parental-controls", "Parental Controls and Schedules", "Contrôle parental et horaires"),
 ("slow-wifi", "Troubleshoot Slow Wi-Fi", "Dépanner un Wi-Fi lent"),
 ("firmware", "Check Firmware Updates", "Vérifier les mises à jour du micrologiciel"),
 ("wps", "Connect a Device With WPS", "Connecter un appareil avec WPS"),
]
def gen_help():
    gw = [e for e in EQUIP if "gateway" in e["kind"]]
    for (k, t_en, t_fr) in HELP_TOPICS:
        for e in gw:
            r = random.Random(k + e["key"])
            app = "the Fibreval Maison app" if e["key"] != "fv-borealis-2" else "the admin page"
            steps = {
              "change-wifi-password": [f"Open {app} or go to {e['admin']} in a browser.", "Sign in (the admin password is on the bottom sticker).", "Choose Wi-Fi > Network settings.", "Enter a new name (SSID) and a password of at least 12 characters.", "Save. All devices must reconnect with the new password."],
              "guest-network": [f"Open {app}.", "Go to Wi-Fi > Guest network.", "Turn it on and choose a name and password.", "Optionally set it to turn off after 24 hours."],
              "port-forwarding": [f"Go to {e['admin']} and sign in.", "Open Advanced > Port forwarding.", "Add a rule with the device, the external port and the internal port.", "Save and restart the application on the device."],
              "bridge-mode": [f"Sign in at {e['admin']}.", "Open Advanced > Operating mode.", "Select Bridge and confirm.", "Connect your own router to LAN port 1. Wi-Fi on the Fibreval gateway is turned off in bridge mode."],
              "parental-controls": [f"Open {app}.", "Go to People > Add profile and assign devices.", "Set a schedule or pause Internet for the profile."],
              "slow-wifi": ["Run a speed test with a cable connected to the gateway.", "If wired speed is fine, move the gateway higher and away from walls.", "Check the lights (see the lights page for your model).", "Add a mesh extender (FV-Relais M1 or FV-Relais M2) for large homes.", "Restart the gateway."],
              "firmware": [f"Open {app} or {e['admin']}.", "Go to System > Firmware.", "Updates install automatically overnight between 02:00 and 05:00; do not unplug during an update."],
              "wps": ["Press the WPS button on the gateway.", "Within 2 minutes, press the WPS button on your device.", "The light confirms pairing."],
            }[k]
            if k == "wps" and e["key"] == "fv-aurora-x7":
                steps = ["The FV-Aurora X7 has no WPS button.", "Use the QR code on the bottom sticker or the Fibreval Maison app to share Wi-Fi instead."]
            body = r.choice([f"This article explains how to {t_en[0].lower() + t_en[1:]} on the {e['name']}.", f"Applies to: {e['name']} ({e['wifi']}).", f"Follow these steps if you have an {e['name']} gateway."]) + "\n\n## Steps\n\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(steps)) + "\n"
            if r.random() < 0.5:
                body += f"\n## Good to know\n\n" + r.choice([f"A factory reset (hold RESET {e['reset']} seconds) undoes these changes.", "Changes take about one minute to apply.", "Technician help with these settings is not covered by free support; a technician visit fee may apply if the issue is caused by customer settings."]) + "\n"
            write(f"help-{k}-{e['key']}.md", f"{t_en} ({e['name']})", "2026-08-20" if e["key"] == "fv-aurora-x7" else "2026-04-14", body)
            if e["key"] in ("fv-borealis-3", "fv-aurora-x7"):
                bf = f"Cet article explique comment {t_fr[0].lower() + t_fr[1:]} sur le {e['name']}.\n\n## Étapes\n\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(steps)) + "\n\n(Les noms des menus de l'appareil sont en anglais.)\n"
                write(f"aide-{k}-{e['key']}.md", f"{t_fr} ({e['name']})", "2026-08-20" if e["key"] == "fv-aurora-x7" else "2026-04-14", bf)

# ---------------------------------------------------------------- plans
def gen_plans():
    for p in FIBRE:
        if p["status"] == "retired":
            body = f"**{p['name']} is no longer sold.** {p['note_en']}\n\n| Item | Value |\n|---|---|\n| Speed | {p['down']} Mbps down / {p['up']} Mbps up |\n| Last price | ${p['old']}/month |\n| Status | Retired 2026-09-30 |\n"
            bf = f"**{p['name']} n'est plus offert.** {p['note_fr']}\n\n| Élément | Valeur |\n|---|---|\n| Vitesse | {p['down']} Mbit/s / {p['up']} Mbit/s |\n| Dernier prix | {p['old']} $/mois |\n"
            up = "2026-09-30"
        else:
            body = f"{p['name']} offers {p['down']} Mbps download and {p['up']} Mbps upload with unlimited data.\n\n| Item | Value |\n|---|---|\n| Monthly price | ${p['new']} |\n| Download / upload | {p['down']} / {p['up']} Mbps |\n| Data | Unlimited |\n| Gateway | {'FV-Aurora X7' if p['down'] >= 1000 else 'FV-Aurora X7 (new installs) or FV-Borealis 3'} |\n"
            bf = f"{p['name']} offre {p['down']} Mbit/s en téléchargement et {p['up']} Mbit/s en téléversement, données illimitées.\n\n| Élément | Valeur |\n|---|---|\n| Prix mensuel | {p['new']} $ |\n| Vitesse | {p['down']} / {p['up']} Mbit/s |\n| Données | Illimitées |\n"
            if p["old"] and p["old"] != p["new"]:
                body += f"\n## Price change\n\nOn 2026-09-01 the price changed from ${p['old']} to ${p['new']} per month." if p["key"] != "fibre-giga" else ""
                bf += f"\n## Changement de prix\n\nLe prix est passé de {p['old']} $ à {p['new']} $ par mois." 
            if p.get("note_en"):
                body += "\n\n" + p["note_en"]; bf += "\n\n" + p["note_fr"]
            body += "\n\nSee *Plans and Prices Overview* for all plans and *Fees and Charges Schedule* for one-time fees.\n"
            up = "2026-09-01" if p["key"] not in ("fibre-giga", "fibre-3g") else "2026-08-15"
        write(f"plan-{p['key']}.md", f"Plan: {p['name']}", up, body)
        write(f"forfait-{p['key']}.md", f"Forfait : {p['name']}", up, bf)
    for p in RURAL:
        body = f"{p['name']} is a fixed wireless plan for homes outside the fibre footprint, delivered through the FV-Ciel R5 outdoor unit.\n\n| Item | Value |\n|---|---|\n| Monthly price | ${p['price']} |\n| Speed | {p['down']} / {p['up']} Mbps |\n| Monthly data cap | {p['cap']} GB (since 2026-10-01; unlimited before) |\n| Overage | {OVERAGE} |\n\nUsage is shown in the Espace Client Fibreval portal. You receive an email at 80% and 100% of the cap.\n"
        write(f"plan-{p['key']}.md", f"Plan: {p['name']}", "2026-10-01", body)
        write(f"forfait-{p['key']}.md", f"Forfait : {p['name']}", "2026-10-01", f"{p['name']} est un forfait Internet sans-fil fixe pour les résidences hors du réseau de fibre (antenne FV-Ciel R5).\n\n| Élément | Valeur |\n|---|---|\n| Prix mensuel | {p['price']} $ |\n| Vitesse | {p['down']} / {p['up']} Mbit/s |\n| Plafond mensuel | {p['cap']} Go (depuis le 2026-10-01) |\n| Dépassement | {OVERAGE_FR} |\n")
    for p in TV:
        sample = [c for c in CHANNELS if p["name"] in c["pk"]][:8]
        body = f"{p['name']} includes {p['channels']} channels and requires a TVB-400 box and any Fibreval fibre plan.\n\n| Item | Value |\n|---|---|\n| Monthly price | ${p['new']} |\n| Channels | {p['channels']} |\n| Cloud PVR | {'50 hours' if p['channels'] < 90 else '150 hours'} |\n"
        if p["old"] != p["new"]:
            body += f"\nPrice changed from ${p['old']} to ${p['new']} on 2026-09-01.\n"
        body += "\n## Sample channels\n\n" + "\n".join(f"- {c['name']} ({c['num']})" for c in sample) + "\n"
        write(f"plan-{p['key']}.md", f"TV Package: {p['name']}", "2026-09-01", body)
        write(f"forfait-{p['key']}.md", f"Forfait télé : {p['name']}", "2026-09-01", f"{p['name']} comprend {p['channels']} chaînes (boîtier TVB-400 et forfait fibre requis).\n\n| Élément | Valeur |\n|---|---|\n| Prix mensuel | {p['new']} $ |\n| Chaînes | {p['channels']} |\n\n## Exemples de chaînes\n\n" + "\n".join(f"- {c['name']} ({c['num']})" for c in sample) + "\n")
    for p in MOBILE:
        data = f"{p['data']} GB" if p["data"] else "Unlimited (speed reduced to 1 Mbps after 100 GB)"
        body = f"{p['name']} is a Fibreval mobile plan with Canada-wide calling and texting.\n\n| Item | Value |\n|---|---|\n| Monthly price | ${p['new']} |\n| Data | {data} |\n| Network | 5G where available, LTE elsewhere |\n| Bundle discount | $5/month with any fibre plan |\n"
        if p["old"] != p["new"]:
            body += f"\nPrice changed from ${p['old']} to ${p['new']} on 2026-09-01.\n"
        if p.get("note_en"): body += "\n" + p["note_en"] + "\n"
        if p["key"] == "mobile-senior": body += "\nAvailable to customers aged 65 and over.\n"
        write(f"plan-{p['key']}.md", f"Mobile Plan: {p['name']}", "2026-09-01", body)
        dfr = f"{p['data']} Go" if p["data"] else "Illimitées (vitesse réduite à 1 Mbit/s après 100 Go)"
        bf = f"{p['name']} est un forfait mobile Fibreval avec appels et textos partout au Canada.\n\n| Élément | Valeur |\n|---|---|\n| Prix mensuel | {p['new']} $ |\n| Données | {dfr} |\n| Rabais groupé | 5 $/mois avec un forfait fibre |\n"
        if p.get("note_fr"): bf += "\n" + p["note_fr"] + "\n"
        write(f"forfait-{p['key']}.md", f"Forfait mobile : {p['name']}", "2026-09-01", bf)

# ---------------------------------------------------------------- promotions (historic)
def gen_promos():
    plans = ["Fibre 100", "Fibre 300", "Fibre 500", "TéléVal Plus", "TéléVal Sport", "Mobile 5", "Mobile 60"]
    seen = set()
    for i in range(34):
        y = R.choice([2024, 2025, 2025, 2026]); m = R.randint(1, 12 if y < 2026 else 5)
        s = datetime.date(y, m, R.choice([1, 10, 15])); e = s + datetime.timedelta(days=R.choice([30, 45, 61, 90]))
        p = R.choice(plans); disc = R.choice([10, 15, 20, 25])
        months = R.choice([3, 6, 12]); code = f"FV{s.strftime('%y%m')}{i:02d}"
        name = R.choice(["Back to School", "Winter Warm-Up", "Spring Switch", "Summer Stream", "Holiday", "Hockey Night", "Moving Day", "Student"]) + f" {y}"
        if (name, p) in seen: continue
        seen.add((name, p))
        ended = e.isoformat() < TODAY
        if i % 3 == 0:
            body = f"Promotion **{name}** : {disc} $ de rabais par mois sur {p} pendant {months} mois.\n\n- Début : {s}\n- Fin : {e}\n- Code : {code}\n- Nouveaux clients seulement\n\n" + ("Cette promotion est terminée." if ended else "") + "\n"
            write(f"promo-{slug(name)}-{slug(p)}.md", f"Promotion : {name} — {p}", s.isoformat(), body)
        else:
            body = f"The **{name}** promotion gives ${disc} off per month on {p} for {months} months.\n\n| Item | Value |\n|---|---|\n| Start | {s} |\n| End | {e} |\n| Promo code | {code} |\n| Eligibility | {R.choice(['New customers only', 'New and existing customers', 'Customers adding a second service'])} |\n\n" + ("This promotion has ended." if ended else "") + "\n"
            write(f"promo-{slug(name)}-{slug(p)}.md", f"Promotion: {name} — {p}", s.isoformat(), body)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    gen_towns(); gen_stores(); gen_outages(); gen_maint(); gen_incidents(); gen_channels(); gen_equipment(); gen_errors(); gen_help(); gen_plans(); gen_promos()
    json.dump({"outages": [{k: (v if k != "town" else v["name"]) for k, v in o.items()} for o in OUTAGES],
               "maints": [{k: (v if k != "towns" else [t["name"] for t in v]) for k, v in m.items()} for m in MAINTS],
               "towns": [{k: (v if k != "store" else v[1]) for k, v in t.items()} for t in TOWNS]},
              open(os.path.join(os.path.dirname(__file__), "entities.json"), "w"), ensure_ascii=False, indent=1)
    print("generated", len(WRITTEN))

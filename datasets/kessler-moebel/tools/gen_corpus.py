#!/usr/bin/env python3
"""Generate the Kessler Möbel corpus. Run from tools/: python3 gen_corpus.py"""
import os, random, re, datetime, shutil
from data import *
from products import RANGES, PRODUCTS, PRICE_CHANGES, RECALL_ARTS
import core_docs

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
rng = random.Random(4711)
docs = {}


def eur(x):
    if isinstance(x, float) and x != int(x):
        return f"{x:.2f} €".replace(".", ",")
    s = f"{int(x):,}".replace(",", ".")
    return f"{s} €"


def eur_en(x):
    if isinstance(x, float) and x != int(x):
        return f"€{x:.2f}"
    return f"€{int(x):,}"


def slug(s):
    s = s.lower()
    for a, b in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("×", "x"), ("–", "-"), ("é", "e")]:
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def put(name, text):
    assert name not in docs, name
    docs[name] = text.strip() + "\n"


def rdate(a="2026-01-08", b="2026-05-28"):
    d0 = datetime.date.fromisoformat(a)
    d1 = datetime.date.fromisoformat(b)
    return (d0 + datetime.timedelta(days=rng.randint(0, (d1 - d0).days))).isoformat()


def de_date(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


CAT_DE = {"sofa": "Sofa", "bett": "Bett", "schrank": "Kleiderschrank", "tisch": "Tisch"}
CAT_EN = {"sofa": "sofa", "bett": "bed", "schrank": "wardrobe", "tisch": "table"}
CARE_TITLE_DE = {"samt": "Pflegeanleitung Samt", "boucle": "Pflegeanleitung Bouclé", "webstoff": "Pflegeanleitung Webstoffe",
                 "leder": "Pflegeanleitung Leder", "mikrofaser": "Pflegeanleitung Mikrofaser", "cord": "Pflegeanleitung Cord",
                 "chenille": "Pflegeanleitung Chenille", "eiche": "Pflegeanleitung geölte Massivholzmöbel", "furnier": "Pflegeanleitung Furnier",
                 "buche": "Pflegeanleitung geölte Massivholzmöbel", "kiefer": "Pflegeanleitung lasiertes Massivholz", "melamin": "Pflegeanleitung melaminbeschichtete Oberflächen",
                 "lack": "Pflegeanleitung Hochglanzlack", "akazie": "Pflegeanleitung geölte Massivholzmöbel", "keramik": "Pflegeanleitung Keramik- und Sintersteinplatten",
                 "glas": "Pflegeanleitung Glasflächen", "sinterstein": "Pflegeanleitung Keramik- und Sintersteinplatten"}


def product_name(p, lang="de"):
    if lang == "de":
        if p["cat"] == "sofa":
            return f"Sofa {p['name']} {p['variant_de']}" if p["variant_de"] != "Sessel" else f"Sessel {p['name']}"
        if p["cat"] == "tisch":
            return f"{p['variant_de'].split(' ')[0]} {p['name']} {' '.join(p['variant_de'].split(' ')[1:])}".strip()
        if p["cat"] == "schrank":
            return f"{p['variant_de'].split(' ')[0]} {p['name']} {' '.join(p['variant_de'].split(' ')[1:])}".strip()
        return f"{p['variant_de'].split(' ')[0]} {p['name']} {' '.join(p['variant_de'].split(' ')[1:])}".strip()
    return f"{p['name']} {p['variant_en']}"


def dims_str(p):
    b, t, h = p["dims"]
    return f"{b} × {t} × {h} cm"


# ---------------------------------------------------------------- product pages
def product_page(p):
    lang = p["lang"]
    name_de = product_name(p, "de")
    name_en = product_name(p, "en")
    changed = (p["name"] + "|" + p["variant_de"]) in PRICE_CHANGES
    recall = p["art"] in RECALL_ARTS
    date = "2026-10-01" if changed else (RECALL_DATE if recall else rdate())
    colours = ", ".join(p["colours"])
    care = CARE_TITLE_DE[p["care"]]
    t = rng.randint(0, 1)
    sib = [q for q in PRODUCTS if q["name"] == p["name"] and q["art"] != p["art"]]
    sib = rng.sample(sib, min(2, len(sib)))
    asm_de = "im Lieferpreis enthalten (Füße werden vom Lieferteam montiert)" if p["assembly"] == 0 and p["cat"] == "sofa" else \
        ("nicht erforderlich" if p["assembly"] == 0 else eur(p["assembly"]))
    asm_en = "included in delivery (the delivery team fits the feet)" if p["assembly"] == 0 and p["cat"] == "sofa" else \
        ("not required" if p["assembly"] == 0 else eur_en(p["assembly"]))
    L = []
    if lang == "de":
        title = f"{name_de} – Art.-Nr. {p['art']}"
        L += [f"# {title}", f"Updated: {date}", ""]
        if recall:
            L += ["> **Rückruf:** Für diesen Artikel läuft seit 22.09.2026 ein Sicherheitsrückruf. Details siehe „Rückruf Hochbett TILMA – Leiterhalterung“.", ""]
        intro = rng.choice([
            f"Das Modell {p['name']} gehört zu unserer {CAT_DE[p['cat']]}-Serie {p['name']} und wird in {p['origin']} gefertigt.",
            f"{name_de} aus der Serie {p['name']}: {p['material_de']}, {p['frame_de']}. Hergestellt in {p['origin']}.",
            f"Mit dem {name_de} ergänzen Sie die Serie {p['name']}. Gefertigt wird der Artikel in {p['origin']}.",
        ])
        L += [intro, ""]
        if t == 0:
            L += ["## Technische Daten", "", "| Merkmal | Angabe |", "|---|---|",
                  f"| Artikelnummer | {p['art']} |", f"| Maße (B × T × H) | {dims_str(p)} |"]
            if p["cat"] == "sofa":
                L.append(f"| Sitzhöhe | {p['seat']} cm |")
            L += [f"| Material | {p['material_de']} |", f"| Ausführung | {p['frame_de']} |", f"| Farben | {colours} |",
                  f"| Gewicht | ca. {p['weight']} kg |", f"| Preis | {eur(p['price'])} |", f"| Lieferzeit | {p['delivery']} |",
                  f"| Montageservice | {asm_de} |", ""]
        else:
            L += ["## Auf einen Blick", "", f"- **Artikelnummer:** {p['art']}", f"- **Maße (B × T × H):** {dims_str(p)}",
                  f"- **Material:** {p['material_de']} ({p['frame_de']})", f"- **Erhältliche Farben:** {colours}",
                  f"- **Preis:** {eur(p['price'])}", f"- **Lieferzeit:** {p['delivery']}", f"- **Montageservice:** {asm_de}",
                  f"- **Gewicht:** ca. {p['weight']} kg", ""]
            if p["cat"] == "sofa":
                L.insert(-1, f"- **Sitzhöhe:** {p['seat']} cm")
        if changed:
            old = PRICE_CHANGES[p["name"] + "|" + p["variant_de"]][0]
            L += [f"Preis gültig ab 01.10.2026 (bisher {eur(old)}). Siehe „Preisanpassungen zum 1. Oktober 2026“.", ""]
        if rng.random() < 0.7:
            L += ["## Lieferung und Montage", "",
                  rng.choice([
                      f"Der Artikel wird per Spedition bis in die Wohnung geliefert. Die Liefergebühr richtet sich nach Ihrer Lieferzone (siehe „Liefergebühren und Lieferzonen“).",
                      f"Lieferung durch unser Kessler-Lieferteam im gebuchten Zeitfenster. Die Gebühr hängt von der Lieferzone ab; Einzelheiten stehen auf der Seite „Liefergebühren und Lieferzonen“.",
                  ]),
                  ]
            if p["assembly"] > 0:
                L += [f"Den Aufbau übernimmt auf Wunsch unser Montageservice für {eur(p['assembly'])}. Bitte bei der Bestellung mitbuchen."]
            L += [""]
        if rng.random() < 0.6:
            L += ["## Pflege", "", f"Hinweise zur Reinigung finden Sie in der „{care}“.", ""]
        if p["cat"] == "sofa" and rng.random() < 0.5:
            L += ["## Garantie", "", f"Auf das Gestell gewähren wir {p['warranty_frame']} Jahre Kessler-Garantie zusätzlich zur gesetzlichen Gewährleistung.", ""]
        if p["cat"] == "schrank" and rng.random() < 0.5:
            L += ["## Sicherheit", "", "Der Schrank muss mit dem beiliegenden Kippschutz an der Wand befestigt werden (siehe „Sicherheitshinweis Kippschutz für Schränke und Kommoden“).", ""]
        if sib:
            L += ["## Passend dazu", ""] + [f"- {product_name(s, 'de')} (Art.-Nr. {s['art']})" for s in sib] + [""]
    else:
        title = f"{name_en} – Item No. {p['art']}"
        L += [f"# {title}", f"Updated: {date}", ""]
        if recall:
            L += ["> **Recall:** A safety recall has been in effect for this item since 22 September 2026. See “Recall: TILMA loft bed ladder bracket”.", ""]
        intro = rng.choice([
            f"The {name_en} belongs to our {p['name']} {CAT_EN[p['cat']]} range and is made in {p['origin']}.",
            f"{p['name']} {p['variant_en']}: {p['material_en']}, {p['frame_en']}. Made in {p['origin']}.",
            f"Part of the {p['name']} range. This {p['variant_en']} is manufactured in {p['origin']}.",
        ])
        L += [intro, ""]
        if t == 0:
            L += ["## Specifications", "", "| Feature | Value |", "|---|---|", f"| Item number | {p['art']} |",
                  f"| Dimensions (W × D × H) | {dims_str(p)} |"]
            if p["cat"] == "sofa":
                L.append(f"| Seat height | {p['seat']} cm |")
            L += [f"| Material | {p['material_en']} |", f"| Design | {p['frame_en']} |", f"| Colours | {colours} |",
                  f"| Weight | approx. {p['weight']} kg |", f"| Price | {eur_en(p['price'])} |", f"| Delivery time | {p['delivery']} |",
                  f"| Assembly service | {asm_en} |", ""]
        else:
            L += ["## Key facts", "", f"- **Item number:** {p['art']}", f"- **Dimensions (W × D × H):** {dims_str(p)}",
                  f"- **Material:** {p['material_en']} ({p['frame_en']})", f"- **Colours:** {colours}", f"- **Price:** {eur_en(p['price'])}",
                  f"- **Delivery time:** {p['delivery']}", f"- **Assembly service:** {asm_en}", f"- **Weight:** approx. {p['weight']} kg", ""]
            if p["cat"] == "sofa":
                L.insert(-1, f"- **Seat height:** {p['seat']} cm")
        if changed:
            old = PRICE_CHANGES[p["name"] + "|" + p["variant_de"]][0]
            L += [f"Price valid from 1 October 2026 (previously {eur_en(old)}). See “Preisanpassungen zum 1. Oktober 2026”.", ""]
        if rng.random() < 0.7:
            L += ["## Delivery and assembly", "",
                  "Delivered by our own Kessler delivery team into your home in the time slot you book. The delivery fee depends on your delivery zone (see “Liefergebühren und Lieferzonen”)."]
            if p["assembly"] > 0:
                L += [f"Our assembly service can set it up for {eur_en(p['assembly'])}; add it when you order."]
            L += [""]
        if rng.random() < 0.6:
            L += ["## Care", "", f"Cleaning instructions: see “{care}”.", ""]
        if sib:
            L += ["## Goes well with", ""] + [f"- {product_name(s, 'en')} (item no. {s['art']})" for s in sib] + [""]
    if rng.random() < 0.35:
        L += (["## Kundenfrage", "", f"**Gibt es Stoff- bzw. Farbmuster?** Ja, für die Farben {p['colours'][0]} und {p['colours'][-1]} können Sie kostenlose Muster bestellen (siehe „Stoff- und Farbmuster bestellen“).", ""]
              if lang == "de" else
              ["## Customer question", "", f"**Can I get a sample?** Yes, free samples are available for {p['colours'][0]} and {p['colours'][-1]} (see “Stoff- und Farbmuster bestellen”).", ""])
    fname = f"product-{slug(p['name'])}-{slug(p['variant_de'])}.md"
    put(fname, "\n".join(L))


for p in PRODUCTS:
    product_page(p)

# ---------------------------------------------------------------- range overview pages
for r in RANGES:
    items = [p for p in PRODUCTS if p["name"] == r["name"]]
    changed = any((p["name"] + "|" + p["variant_de"]) in PRICE_CHANGES for p in items)
    recall = r["name"] == "TILMA"
    date = "2026-10-01" if changed else (RECALL_DATE if recall else rdate())
    lo = min(p["price"] for p in items)
    if r["lang"] == "de":
        L = [f"# Serie {r['name']} – {CAT_DE[r['cat']]}-Programm im Überblick", f"Updated: {date}", ""]
        L += [rng.choice([f"Die Serie {r['name']} verbindet {r['material_de']} mit {r['frame_de'].lower()}.",
                          f"{r['name']} ist eine unserer {CAT_DE[r['cat']]}-Serien. Material: {r['material_de']}; Ausführung: {r['frame_de']}.",
                          f"Zeitlos und robust: {r['name']} wird in {r['origin']} gefertigt und ist in {len(r['colours'])} Farben erhältlich."]), ""]
        if recall:
            L += ["**Wichtig:** Für die Hochbett-Varianten läuft ein Rückruf (siehe „Rückruf Hochbett TILMA – Leiterhalterung“). Das Bett 140×200 ist nicht betroffen.", ""]
        L += ["## Varianten", "", "| Variante | Art.-Nr. | Maße (B × T × H) | Preis |", "|---|---|---|---|"]
        L += [f"| {p['variant_de']} | {p['art']} | {dims_str(p)} | {eur(p['price'])} |" for p in items]
        L += ["", f"Preise ab {eur(lo)}. Farben: {', '.join(r['colours'])}. Lieferzeit: {r['delivery']}.", ""]
        if rng.random() < 0.5:
            L += ["## Warum " + r["name"] + "?", "", "- Geprüfte Qualität aus " + r["origin"], "- Passende Pflegeprodukte in jedem Einrichtungshaus", "- Finanzierung möglich (siehe „Kessler Finanzierung – Ratenkauf“)", ""]
    else:
        L = [f"# {r['name']} range – {CAT_EN[r['cat']]} overview", f"Updated: {date}", ""]
        L += [rng.choice([f"The {r['name']} range combines {r['material_en']} with a {r['frame_en']}.",
                          f"{r['name']} is made in {r['origin']} and comes in {len(r['colours'])} colours.",
                          f"Our {r['name']} {CAT_EN[r['cat']]} range: {r['material_en']}, {r['frame_en']}."]), ""]
        if recall:
            L += ["**Important:** the loft bed versions are subject to a recall (see “Recall: TILMA loft bed ladder bracket”). The 140×200 bed is not affected.", ""]
        L += ["## Versions", "", "| Version | Item no. | Dimensions (W × D × H) | Price |", "|---|---|---|---|"]
        L += [f"| {p['variant_en']} | {p['art']} | {dims_str(p)} | {eur_en(p['price'])} |" for p in items]
        L += ["", f"From {eur_en(lo)}. Colours: {', '.join(r['colours'])}. Delivery time: {r['delivery']}.", ""]
    put(f"range-{slug(r['name'])}-{r['cat']}.md", "\n".join(L))

# ---------------------------------------------------------------- stores
STORE = {s[0]: s for s in STORES}
for s in STORES:
    sid, city, name, street, plz, phone, wk, sat, rest, resth, cc, gate, mgr, park, year = s
    sunday = sid in SUNDAY_STORES
    if sid == "leipzig":
        date = LEIPZIG_MOVE_DATE
    elif sunday:
        date = "2026-09-20"
    else:
        date = rdate("2026-02-01", "2026-05-20")
    towns = TOWNS[sid]
    L = [f"# Einrichtungshaus Kessler {city} ({name})", f"Updated: {date}", ""]
    if sid == "leipzig":
        L += [f"> **Neuer Standort:** Seit dem 05.10.2026 finden Sie uns in der {street}, {plz} Leipzig. Der alte Standort {LEIPZIG_OLD_ADDRESS} ist geschlossen. Siehe „Umzug Einrichtungshaus Leipzig“.", ""]
    L += [rng.choice([f"Unser Einrichtungshaus in {city} bietet auf drei Etagen Wohn-, Schlaf- und Speisezimmermöbel.",
                      f"Kessler {city} – seit {year} Ihr Möbelhaus in der Region.",
                      f"Willkommen bei Kessler in {city}. Hier finden Sie unser komplettes Sortiment zum Anfassen und Probesitzen."]), ""]
    L += ["## Adresse und Kontakt", "", f"Kessler Möbel {name}", f"{street}", f"{plz} {city}", f"Telefon: {phone}", f"Hausleitung: {mgr}", ""]
    L += ["## Öffnungszeiten", "", "| Tag | Uhrzeit |", "|---|---|", f"| Montag–Freitag | {wk} |", f"| Samstag | {sat} |"]
    if sunday:
        L += [f"| Sonntag (Schausonntag, ab 04.10.2026) | {SUNDAY_HOURS} |"]
    else:
        L += ["| Sonntag | geschlossen |"]
    L += [""]
    if sunday:
        L += [f"Am Schausonntag können Sie sich von {SUNDAY_HOURS} Uhr umsehen und beraten lassen; Kaufverträge und Click & Collect-Abholungen sind sonntags nicht möglich. Siehe „Sonntagsöffnung in Hamburg und Köln“.", ""]
    L += ["## Service vor Ort", "", f"- Click & Collect: Abholung {cc} an {gate}",
          f"- {park} kostenlose Parkplätze" + (", davon 12 mit E-Ladesäule" if rng.random() < 0.5 else ""),
          f"- Restaurant: {rest}" if rest else "- Kein Restaurant im Haus; Kaffeeautomat im Eingangsbereich",
          "- Einrichtungsberatung nach Terminvereinbarung", ""]
    L += ["## Liefergebiet", "", f"Von {city} aus beliefern wir unter anderem {', '.join(t for t, _ in towns[:4])}. Die vollständige Liste steht unter „Liefergebiet Kessler {city}“.", ""]
    put(f"store-{sid}.md", "\n".join(L))

    # restaurant page
    if rest:
        rd = "2026-09-20" if sunday else rdate("2026-01-15", "2026-05-25")
        dish = rng.choice(["Königsberger Klopse", "Schnitzel mit Bratkartoffeln", "Käsespätzle", "Currywurst mit Pommes", "Ofenlachs mit Dillkartoffeln", "Gemüselasagne"])
        price = rng.choice([8.9, 9.5, 10.9, 11.5, 12.9])
        kid = rng.choice([3.9, 4.5, 4.9])
        if rng.random() < 0.5:
            L = [f"# {rest} im Einrichtungshaus Kessler {city}", f"Updated: {rd}", "",
                 f"Das {rest} befindet sich im Obergeschoss unseres Hauses in {city}" + (f" ({street})" if sid == "leipzig" else "") + ".", "",
                 "## Öffnungszeiten", "", f"Montag bis Samstag {resth} Uhr." + (" Am Schausonntag 11:30–16:30 Uhr." if sunday else ""), "",
                 "## Angebot", "", f"- Frühstück bis 11:00 Uhr", f"- Tagesgericht, z. B. {dish}, ab {eur(price)}", f"- Kinderteller ab {eur(kid)}",
                 "- Kaffee und Kuchen ganztägig", "", "Mit der Kessler Family Card erhalten Sie montags bis donnerstags ein Heißgetränk gratis.", "",
                 "## Gut zu wissen", "", "- Kinderspielecke direkt neben dem Restaurant", "- Kessler Geschenkgutscheine werden angenommen", "- Gruppen ab 10 Personen bitte vorab telefonisch anmelden", ""]
        else:
            L = [f"# {rest} at Kessler {city}", f"Updated: {rd}", "",
                 f"{rest} is the restaurant inside our {city} store.", "",
                 "## Opening hours", "", f"Monday to Saturday, {resth}." + (" On show Sundays 11:30–16:30." if sunday else ""), "",
                 "## Menu highlights", "", f"- Dish of the day such as {dish} from {eur_en(price)}", f"- Kids' plate from {eur_en(kid)}", "- Vegetarian option every day", "- Breakfast until 11:00", "",
                 "## Good to know", "", "Kessler Family Card holders get a free hot drink Monday to Thursday. Kessler gift cards are accepted, and there is a children's play corner next to the restaurant. Groups of 10 or more, please call ahead.", ""]
        put(f"restaurant-{sid}.md", "\n".join(L))

    # click & collect page
    cd = LEIPZIG_MOVE_DATE if sid == "leipzig" else rdate("2026-01-15", "2026-05-25")
    if rng.random() < 0.6:
        L = [f"# Click & Collect in Kessler {city}", f"Updated: {cd}", "",
             f"Online bestellen, in {city} abholen: Sobald Ihre Ware bereitsteht, erhalten Sie eine SMS mit Abholcode.", "",
             "## So funktioniert's", "", "1. Im Onlineshop „Abholung im Einrichtungshaus“ wählen", f"2. Filiale {city} auswählen",
             "3. Auf die Bereitstellungs-SMS warten (meist 2–4 Werktage bei Lagerware)", f"4. Mit Abholcode zur Warenausgabe {gate}", "",
             "## Abholzeiten", "", f"{cc}. Sonntags keine Abholung.", "",
             "## Wichtig", "", "- Bereitgestellte Ware wird 10 Werktage reserviert.", "- Ein Lastenanhänger kann für 3 Stunden kostenlos geliehen werden (Ausweis erforderlich).",
             f"- Adresse: {street}, {plz} {city}", ""]
    else:
        L = [f"# Click & Collect at Kessler {city}", f"Updated: {cd}", "",
             f"Order online and pick up at our {city} store ({street}, {plz} {city}).", "",
             "## Pick-up times", "", f"{cc} at {gate}. No pick-ups on Sundays.", "",
             "## Good to know", "", "- You receive a text message with your pick-up code when the goods are ready.",
             "- Items are held for 10 working days.", "- Free trailer hire for up to 3 hours (ID required).", "- Someone else may collect for you with the pick-up code and a signed authorisation.", "- Pick-up is free of charge; no delivery fee applies.", ""]
    put(f"click-and-collect-{sid}.md", "\n".join(L))

    # delivery area page
    L = [f"# Liefergebiet Kessler {city}", f"Updated: {LEIPZIG_MOVE_DATE if sid == 'leipzig' else FEE_CHANGE_DATE}", "",
         f"Aus dem Einrichtungshaus {city} beliefern wir folgende Orte. Die Zone richtet sich nach der Straßenentfernung zum Haus.", "",
         "| Ort | Entfernung | Lieferzone | Liefergebühr (ab 01.09.2026) |", "|---|---|---|---|"]
    for t, km in towns:
        z = zone_for_km(km, t)
        L.append(f"| {t} | {km} km | Zone {z} | {eur(ZONES[z][3])} |")
    L += ["", "Orte, die hier nicht aufgeführt sind, ordnen wir anhand der Postleitzahl im Warenkorb zu. Zeitfenster und Zuschläge: siehe „Lieferzeitfenster und Zuschläge“.", ""]
    put(f"delivery-area-{sid}.md", "\n".join(L))

    # town pages
    for t, km in towns:
        z = zone_for_km(km, t)
        d = rdate("2026-09-01", "2026-11-10")
        if rng.random() < 0.6:
            L = [f"# Möbellieferung nach {t}", f"Updated: {d}", "",
                 rng.choice([f"{t} wird von unserem Einrichtungshaus {city} aus beliefert ({km} km).",
                             f"Für Lieferungen nach {t} ist Kessler {city} zuständig. Entfernung: rund {km} km."]), "",
                 "## Lieferzone und Gebühr", "", f"{t} liegt in **Zone {z}** ({ZONES[z][0]}). Die Liefergebühr beträgt seit dem 01.09.2026 **{eur(ZONES[z][3])}** pro Auftrag (vorher {eur(ZONES[z][2])}).", ""]
            if z == 1:
                L += [f"Ab einem Warenwert von {eur(FREE_DELIVERY_THRESHOLD)} liefern wir in Zone 1 kostenfrei.", ""]
            if z == 4 and t in ("Helgoland", "Wangerooge", "Fehmarn"):
                L += ["Inselzustellungen erfolgen an festen Tourtagen; siehe „Lieferung auf Inseln“.", ""]
            L += ["## Zeitfenster", "", f"Werktags {', '.join(SLOTS)} Uhr; Abendfenster 16:00–20:00 mit {eur(EVENING_SLOT_SURCHARGE)} Zuschlag. Samstag {SAT_SLOT} ({eur(SATURDAY_SURCHARGE)} Zuschlag).", ""]
            L += ["## Ablauf", "", "Am Vortag ab 18:00 Uhr erhalten Sie per SMS ein 60-Minuten-Fenster; der Fahrer ruft ca. 30 Minuten vor Ankunft an. Altmöbel nehmen wir gegen Aufpreis mit (siehe „Altmöbelmitnahme“).", ""]
            if rng.random() < 0.5:
                L += ["## Alternative", "", f"Click & Collect im Haus {city}: {cc}, {gate}.", ""]
        else:
            L = [f"# Furniture delivery to {t}", f"Updated: {d}", "",
                 f"Deliveries to {t} are handled by our {city} store, about {km} km away.", "",
                 "## Zone and fee", "", f"{t} is in **zone {z}** ({ZONES[z][1]}). Since 1 September 2026 the delivery fee is **{eur_en(ZONES[z][3])}** per order (previously {eur_en(ZONES[z][2])}).", ""]
            if z == 1:
                L += [f"Delivery in zone 1 is free for orders of {eur_en(FREE_DELIVERY_THRESHOLD)} or more.", ""]
            L += ["## Time slots", "", f"Weekdays {', '.join(SLOTS)}; the 16:00–20:00 evening slot costs {eur_en(EVENING_SLOT_SURCHARGE)} extra. Saturday {SAT_SLOT} ({eur_en(SATURDAY_SURCHARGE)} extra).", "",
                  "## On the day", "", "You get a text message the evening before with a 60-minute window, and the driver calls about 30 minutes ahead. We can take away old furniture for a fee (see “Altmöbelmitnahme”).", ""]
        put(f"delivery-to-{slug(t)}.md", "\n".join(L))

# ---------------------------------------------------------------- care guides (generated per material, both languages)
CARE = {
    "samt": ("Samt", "velvet", ["Wöchentlich mit weicher Polsterbürste in Strichrichtung absaugen", "Flecken sofort mit destilliertem Wasser abtupfen, nicht reiben", "Druckstellen mit Dampf aus 20 cm Abstand aufrichten", "Keine Mikrofasertücher verwenden"]),
    "boucle": ("Bouclé", "bouclé", ["Mit Bürstenaufsatz bei niedriger Saugstufe absaugen", "Herausgezogene Schlaufen nicht abschneiden, sondern zurückschieben", "Flecken mit milder Seifenlauge abtupfen", "Haustierkrallen fernhalten"]),
    "webstoff": ("Webstoffe", "woven fabrics", ["Regelmäßig absaugen", "Flüssigkeiten mit saugfähigem Tuch aufnehmen", "Polsterschaum nur nach Test an verdeckter Stelle", "Bezüge nicht in der Waschmaschine waschen"]),
    "leder": ("Leder", "leather", ["Alle 6 Monate mit Kessler Lederpflege-Set behandeln", "Mindestens 50 cm Abstand zu Heizkörpern", "Direkte Sonne vermeiden", "Keine Haushaltsreiniger verwenden"]),
    "mikrofaser": ("Mikrofaser", "microfibre", ["Mit leicht feuchtem Tuch reinigen", "Flecken mit lauwarmem Wasser und Neutralseife", "Nach dem Trocknen aufbürsten", "Keine Lösungsmittel"]),
    "cord": ("Cord", "corduroy", ["In Florrichtung absaugen", "Druckstellen ausbürsten", "Flecken nur tupfen", "Sonnenlicht meiden, sonst Farbveränderung"]),
    "chenille": ("Chenille", "chenille", ["Regelmäßig absaugen", "Nicht nass reinigen", "Fusseln mit Fusselrolle entfernen", "Professionelle Reinigung bei starken Flecken"]),
    "eiche": ("geölte Massivholzmöbel", "oiled solid wood furniture", ["Nebelfeucht abwischen, sofort trocknen", "Einmal jährlich nachölen (Kessler Pflegeöl)", "Heiße Töpfe nur mit Untersetzer", "Wasserränder mit feinem Schleifvlies behandeln und nachölen"]),
    "furnier": ("Furnier", "veneer", ["Mit weichem, leicht feuchtem Tuch abwischen", "Keine Scheuermittel", "Kratzer mit Retuschierstift ausbessern", "Vor Dauernässe schützen"]),
    "kiefer": ("lasiertes Massivholz", "glazed solid wood", ["Trocken oder nebelfeucht abwischen", "Keine ölhaltigen Pflegemittel", "Lasur nicht anschleifen", "Dunkelt bei Licht nach – das ist normal"]),
    "melamin": ("melaminbeschichtete Oberflächen", "melamine surfaces", ["Mit Wasser und Spülmittel reinigen", "Kanten trocken halten", "Keine Dampfreiniger", "Kratzfest, aber nicht schnittfest"]),
    "lack": ("Hochglanzlack", "high-gloss lacquer", ["Nur mit Mikrofasertuch und klarem Wasser", "Schutzfolie erst nach Aufbau abziehen", "Keine alkoholhaltigen Reiniger", "Feine Kratzer mit Kessler Polierpaste"]),
    "keramik": ("Keramik- und Sintersteinplatten", "ceramic and sintered stone tops", ["Mit Glasreiniger oder Spülmittel reinigen", "Hitzebeständig bis 200 °C", "Kanten vor harten Stößen schützen", "Kalkflecken mit Essigreiniger"]),
    "glas": ("Glasflächen", "glass surfaces", ["Mit Glasreiniger und fusselfreiem Tuch", "Keine schweren Gegenstände fallen lassen", "Filzgleiter unter Dekoration", "ESG-Glas zerspringt bei Bruch in kleine Krümel"]),
}
seen_titles = set()
for key, (de, en, tips) in CARE.items():
    title = f"Pflegeanleitung {de}"
    if title in seen_titles:
        continue
    seen_titles.add(title)
    L = [f"# {title}", f"Updated: {rdate('2025-10-01', '2026-04-30')}", "",
         f"Mit der richtigen Pflege bleiben Möbel aus {de} viele Jahre schön. Diese Anleitung gilt für alle Kessler-Serien mit {de}.", "",
         "## Regelmäßige Pflege", ""] + [f"- {t}" for t in tips] + ["",
         "## Was die Garantie nicht abdeckt", "", "Schäden durch falsche Reinigungsmittel, Haustiere oder direkte Sonneneinstrahlung sind von der Kessler-Garantie ausgenommen (siehe „Garantie und Gewährleistung“).", "",
         "## Pflegeprodukte", "", "Passende Pflegemittel erhalten Sie in jedem Einrichtungshaus an der Servicetheke und im Onlineshop.", ""]
    put(f"care-{slug(de)}.md", "\n".join(L))
    L = [f"# Care guide: {en}", f"Updated: {rdate('2025-10-01', '2026-04-30')}", "",
         f"This English version of the “{title}” explains how to look after {en}.", "", "## Routine care", ""]
    EN_TIPS = {"samt": ["Vacuum weekly with a soft upholstery brush", "Blot spills with distilled water, do not rub", "Lift pressure marks with steam from 20 cm", "Do not use microfibre cloths"],
               "boucle": ["Vacuum on low suction with a brush nozzle", "Push pulled loops back, never cut them", "Blot stains with mild soapy water", "Keep pet claws away"],
               "webstoff": ["Vacuum regularly", "Soak up liquids with an absorbent cloth", "Test upholstery foam on a hidden spot first", "Do not machine-wash covers"],
               "leder": ["Treat every 6 months with the Kessler leather care kit", "Keep at least 50 cm from radiators", "Avoid direct sunlight", "Never use household cleaners"],
               "mikrofaser": ["Wipe with a slightly damp cloth", "Treat stains with lukewarm water and neutral soap", "Brush up once dry", "No solvents"],
               "cord": ["Vacuum in the direction of the pile", "Brush out pressure marks", "Blot stains only", "Avoid sunlight to prevent fading"],
               "chenille": ["Vacuum regularly", "Do not wet-clean", "Remove lint with a lint roller", "Use a professional cleaner for heavy stains"],
               "eiche": ["Wipe with a barely damp cloth and dry at once", "Re-oil once a year (Kessler care oil)", "Always use trivets for hot pans", "Treat water marks with fine abrasive fleece, then re-oil"],
               "furnier": ["Wipe with a soft, slightly damp cloth", "No abrasive cleaners", "Touch up scratches with a retouch pen", "Protect from standing water"],
               "kiefer": ["Wipe dry or barely damp", "No oil-based products", "Do not sand the glaze", "Wood darkens in light – this is normal"],
               "melamin": ["Clean with water and washing-up liquid", "Keep edges dry", "No steam cleaners", "Scratch-resistant but not cut-proof"],
               "lack": ["Use only a microfibre cloth and clear water", "Remove protective film after assembly", "No alcohol-based cleaners", "Polish fine scratches with Kessler polishing paste"],
               "keramik": ["Clean with glass cleaner or washing-up liquid", "Heat-resistant up to 200 °C", "Protect edges from hard knocks", "Remove limescale with vinegar cleaner"],
               "glas": ["Use glass cleaner and a lint-free cloth", "Do not drop heavy objects", "Put felt pads under decorations", "Toughened glass shatters into small crumbs if broken"]}
    L += [f"- {t}" for t in EN_TIPS[key]] + ["", "## Care products", "", "Matching care products are sold at the service desk in every store and in the online shop. Ask our staff before using any product you have not tested on a hidden spot.", "", "## Warranty note", "", "Damage caused by unsuitable cleaners, pets or direct sunlight is not covered by the Kessler guarantee (see “Garantie und Gewährleistung”).", ""]
    put(f"care-guide-{slug(en)}-en.md", "\n".join(L))

# ---------------------------------------------------------------- promotions
PROMOS = [
    ("Frühjahrs-Sofawochen", "2026-03-02", "2026-03-28", "15 % auf alle Sofas und Sessel", "SOFA15", "de"),
    ("Schlafzimmer-Aktion", "2026-01-12", "2026-02-07", "10 % auf Betten und Boxspringbetten", "SCHLAF10", "de"),
    ("Garden Weeks", "2026-04-13", "2026-05-09", "20 % on side tables and coffee tables", "GARDEN20", "en"),
    ("Wardrobe Spring Clean", "2026-04-01", "2026-04-25", "free assembly on all sliding-door wardrobes", "SCHRANKFREI", "en"),
    ("Esszimmer-Tage", "2026-05-04", "2026-05-30", "12 % auf Esstische ab 140 cm", "ESSEN12", "de"),
    ("Sommerschlussverkauf", "2026-07-06", "2026-08-01", "bis zu 30 % auf Ausstellungsstücke", "(kein Code, nur im Haus)", "de"),
    ("Back to Uni", "2026-09-07", "2026-10-03", "10 % on beds 140×200 and 2-door wardrobes for students (valid student ID)", "UNI10", "en"),
    ("Herbst-Wohnzimmer", "2026-10-05", "2026-10-31", "100 € Rabatt ab 1.500 € Einkaufswert auf Sofas", "HERBST100", "de"),
    ("Black Week", "2026-11-23", "2026-11-30", "bis zu 25 % auf ausgewählte Serien, zusätzlich kostenloser Montageservice auf Schränke", "BLACK25", "de"),
    ("Winter Cosy Days", "2026-12-01", "2026-12-24", "free delivery in zones 1 and 2 on orders over €1,000", "COSY", "en"),
    ("Neueröffnung Leipzig", "2026-10-05", "2026-10-17", "15 % auf alles im neuen Haus Leipzig (Paunsdorfer Allee 14)", "LEIPZIG15", "de"),
    ("Schausonntag Spezial", "2026-10-04", "2026-10-25", "Kaffee und Kuchen gratis am Schausonntag in Hamburg und Köln", "(kein Code)", "de"),
    ("Kinderzimmerwochen", "2025-09-01", "2025-09-27", "10 % auf Kinderbetten und Hochbetten", "KIDS10", "de"),
    ("Year-End Clearance 2025", "2025-12-27", "2026-01-10", "up to 40 % on discontinued items", "(no code)", "en"),
    ("Family Card Days", "2026-06-15", "2026-06-27", "double points for Kessler Family Card holders", "(Karte vorzeigen)", "en"),
]
for name, a, b, offer, code, lang in PROMOS:
    pub = a if a <= TODAY else "2026-11-10"
    if lang == "de":
        L = [f"# Aktion: {name}", f"Date: {pub}", "", f"**Zeitraum:** {de_date(a)} bis {de_date(b)}", f"**Angebot:** {offer}", f"**Aktionscode:** {code}", "",
             "## Bedingungen", "", "- Nicht mit anderen Rabatten kombinierbar", "- Gilt nicht für bereits reduzierte Artikel und Gutscheine",
             "- Online und in allen 18 Einrichtungshäusern, sofern nicht anders angegeben", "- Finanzierung gemäß aktuellen Konditionen möglich", "",
             "## Hinweise für den Kundenservice", "", "Der Rabatt wird im Warenkorb bzw. an der Kasse abgezogen. Nachträgliche Gutschriften für Käufe vor Aktionsbeginn sind nicht möglich. Liefer- und Montagekosten sind nicht rabattfähig, sofern nicht ausdrücklich genannt.", ""]
    else:
        L = [f"# Campaign: {name}", f"Date: {pub}", "", f"**Period:** {a} to {b}", f"**Offer:** {offer}", f"**Code:** {code}", "",
             "## Terms", "", "- Cannot be combined with other discounts", "- Excludes reduced items and gift cards", "- Valid online and in all 18 stores unless stated otherwise", "",
             "## Notes for customer service", "", "The discount is applied in the basket or at the till. We cannot refund the difference for purchases made before the campaign started. Delivery and assembly fees are not discounted unless stated.", ""]
    put(f"promo-{a[:7]}-{slug(name)}.md", "\n".join(L))

# ---------------------------------------------------------------- assembly notes per range
for r in RANGES:
    items = [p for p in PRODUCTS if p["name"] == r["name"]]
    pk = rng.randint(2, 7)
    mins = {"sofa": 20, "bett": 75, "schrank": 150, "tisch": 35}[r["cat"]] + rng.randint(0, 40)
    tools_de = {"sofa": "Innensechskantschlüssel (liegt bei)", "bett": "Akkuschrauber, Kreuzschlitz PH2, Innensechskant", "schrank": "Akkuschrauber, Wasserwaage, Hammer, Bohrmaschine für den Kippschutz", "tisch": "Innensechskant (liegt bei), evtl. Akkuschrauber"}[r["cat"]]
    persons = 1 if r["cat"] in ("sofa", "tisch") else 2
    asm = sorted(set(p["assembly"] for p in items))
    d = RECALL_DATE if r["name"] == "TILMA" else rdate("2025-11-01", "2026-05-25")
    L = [f"# Aufbauhinweise Serie {r['name']}", f"Updated: {d}", "",
         f"Diese Hinweise ergänzen die gedruckte Aufbauanleitung, die jedem Paket der Serie {r['name']} beiliegt.", "",
         "## Eckdaten", "", f"- Anzahl Pakete (je nach Variante): bis zu {pk}", f"- Aufbauzeit: ca. {mins} Minuten", f"- Personen: mindestens {persons}", f"- Werkzeug: {tools_de}", ""]
    if any(a > 0 for a in asm):
        L += ["## Montageservice", "", "Unser Montageservice kostet je nach Variante: " + "; ".join(f"{p['variant_de']} {eur(p['assembly'])}" for p in items if p['assembly'] > 0) + ".", ""]
    else:
        L += ["## Montageservice", "", "Ein separater Montageservice ist für diese Serie nicht nötig.", ""]
    if r["cat"] == "schrank":
        L += ["## Kippschutz", "", "Der Schrank muss an der Wand befestigt werden. Dübel für Beton und Ziegel liegen bei; für Gipskarton bitte Hohlraumdübel verwenden.", ""]
    if r["name"] == "TILMA":
        L += ["## Rückruf", "", "Hochbetten TILMA mit Leiterhalterung aus Produktion 11/2025 bis 06/2026 sind vom Rückruf betroffen. Leiter nicht mehr benutzen, bis das Austauschset montiert ist (siehe „Rückruf Hochbett TILMA – Leiterhalterung“).", ""]
    L += ["## Vor dem Aufbau", "", "- Alle Pakete vollständig auspacken und Teile anhand der Stückliste prüfen", "- Verpackungsmaterial als Unterlage nutzen, um Kratzer zu vermeiden", "- Fehlende Teile über das Ersatzteilformular anfordern (siehe „Ersatzteile bestellen“)", ""]
    L += ["## Häufige Fehler", "", rng.choice(["Schrauben erst handfest anziehen und zum Schluss festziehen.", "Beschläge nach 4 Wochen nachziehen.", "Auf ebenem Untergrund aufbauen, sonst klemmen Türen und Auszüge."]), ""]
    put(f"assembly-{slug(r['name'])}.md", "\n".join(L))

# ---------------------------------------------------------------- core docs
for fname, text in core_docs.build():
    put(fname, text)

# ---------------------------------------------------------------- write
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)
for fname, text in docs.items():
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        f.write(text)
print("docs:", len(docs))

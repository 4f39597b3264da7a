# Renderers for generated document types.
import random
from model import *
from data_products import AISLES

def fmt_date(d):
    y, m, dd = d.split("-")
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return f"{int(dd)} {months[int(m) - 1]} {y}"

def alist(items):
    items = [ALLERGEN_DISPLAY.get(a, a) for a in items]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]

def plain_list(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]

TIER = {
 "GreenBasket": ["part of our core GreenBasket own-brand range", "one of our everyday GreenBasket own-brand lines", "a GreenBasket own-brand product"],
 "GreenBasket Finest": ["from GreenBasket Finest, our premium own-brand range", "a GreenBasket Finest product, our top-tier own brand"],
 "GreenBasket Everyday": ["from GreenBasket Everyday, our lowest-price own-brand range", "part of the GreenBasket Everyday value range"],
 "GreenBasket Free From": ["from GreenBasket Free From, our range for people avoiding gluten or milk", "part of our GreenBasket Free From own-brand range"],
 "GreenBasket Plant Kitchen": ["from GreenBasket Plant Kitchen, our plant-based own-brand range", "part of the GreenBasket Plant Kitchen range"],
}

AISLE_BLURB = {
 1: ["Delivered to stores six days a week.", "Check the shelf-edge label for today's country of origin, which can change with the season.", "Handle gently and store as advised below."],
 2: ["Baked or delivered fresh every morning.", "Any bread left at the end of the day goes to our food-donation partners.", "Freezes well on the day of purchase."],
 3: ["Kept chilled from dairy to shelf.", "Check the use-by date on the pack.", "Refrigerate once you get home."],
 4: ["All our fresh meat is traceable to the farm.", "Cook thoroughly until piping hot throughout.", "Keep raw meat at the bottom of the fridge."],
 5: ["Sourced to our fish sourcing policy.", "Cook until the flesh is opaque and flakes easily.", "Keep refrigerated and eat by the use-by date."],
 6: ["Made in small batches in our partners' kitchens.", "Ready in minutes.", "Keep refrigerated."],
 7: ["A store-cupboard staple.", "Keep in a cool, dry place.", "Once opened, store in an airtight container."],
 8: ["A store-cupboard essential.", "Once opened, transfer any unused contents to a covered container and refrigerate.", "Great for quick midweek meals."],
 9: ["A baking and cooking essential.", "Store in a cool, dry place away from strong smells.", "Reseal after use."],
 10: ["A breakfast favourite.", "Store in a cool, dry place.", "Once opened, eat within the time shown on the pack."],
 11: ["From our World Foods aisle.", "Brings authentic flavour to home cooking.", "Once opened, keep refrigerated and use within four weeks."],
 12: ["Perfect for lunchboxes and sharing.", "Store in a cool, dry place.", "Once opened, eat within a few days."],
 13: ["Store in a cool, dry place away from light.", "Once opened, keep in an airtight container.", "Perfect for a break at any time of day."],
 14: ["Best served chilled.", "Once opened, keep in the fridge and consume within three days.", "Part of our soft drinks range."],
 15: ["Please drink responsibly.", "Challenge 25 applies: you may be asked for ID.", "Not for sale to under-18s."],
 16: ["Keep frozen at -18°C or below.", "Do not refreeze once defrosted.", "Cook from frozen unless the pack says otherwise."],
 17: ["Made for customers with allergies, intolerances or plant-based diets.", "Checked against our Free From and Plant Kitchen standards.", "Read the label every time: recipes can change."],
 18: ["Made for little ones.", "Always supervise babies and toddlers while eating.", "Check the age guidance on the pack."],
 19: ["Always read the label before use.", "Keep out of reach of children.", "Ask one of our pharmacists if you are unsure whether it is right for you."],
 20: ["Keep out of reach of children.", "Always read the label and product information before use.", "Recyclable packaging where marked."],
 21: ["Always provide fresh drinking water for your pet.", "Follow the feeding guide on the pack.", "Store in a cool, dry place."],
}

STORAGE = {
 1: "Store in a cool place. Keep salad leaves, herbs and berries in the fridge.",
 2: "Store in a cool, dry place. Suitable for home freezing on the day of purchase.",
 3: "Keep refrigerated between 0°C and 5°C. Once opened, use within 3 days unless the pack says otherwise.",
 4: "Keep refrigerated between 0°C and 4°C. Suitable for home freezing on the day of purchase; defrost fully in the fridge before cooking.",
 5: "Keep refrigerated between 0°C and 4°C and eat by the use-by date.",
 6: "Keep refrigerated between 0°C and 5°C. Once opened, eat within 24 hours.",
 7: "Store in a cool, dry place.", 8: "Store in a cool, dry place. Once opened, refrigerate and use within 3 days.",
 9: "Store in a cool, dry place.", 10: "Store in a cool, dry place. Once opened, reseal tightly.",
 11: "Store in a cool, dry place. Once opened, refrigerate and use within 4 weeks.",
 12: "Store in a cool, dry place.", 13: "Store in a cool, dry place.",
 14: "Store in a cool, dry place out of direct sunlight. Once opened, refrigerate.",
 15: "Store upright in a cool, dark place.", 16: "Keep frozen at -18°C or below. Do not refreeze once defrosted.",
 17: "See pack for storage. Chilled lines: keep refrigerated between 0°C and 5°C.",
 18: "Store in a cool, dry place. Once opened, refrigerate and use within 24 hours.",
 19: "Store below 25°C.", 20: "Store upright below 25°C.", 21: "Store in a cool, dry place.",
}

NUTRI = {  # kcal, fat, sugar, protein, salt ranges
 1: (20, 90, 0.1, 1.0, 1, 14, 0.5, 3, 0, 0.05), 2: (230, 280, 1.5, 5, 2, 6, 8, 11, 0.8, 1.2),
 3: (40, 400, 0.1, 35, 0.5, 8, 3, 25, 0.1, 1.8), 4: (110, 280, 2, 20, 0, 1, 18, 27, 0.1, 1.9),
 5: (80, 220, 0.5, 14, 0, 0.5, 15, 24, 0.2, 3.0), 6: (90, 220, 3, 12, 1, 6, 4, 12, 0.5, 1.2),
 7: (120, 360, 0.5, 3, 0.5, 3, 3, 13, 0, 0.1), 8: (30, 120, 0.1, 6, 2, 8, 1, 8, 0.2, 1.0),
 9: (0, 600, 0, 50, 0, 100, 0, 20, 0, 2), 10: (350, 620, 3, 50, 5, 60, 5, 25, 0, 0.5),
 11: (40, 300, 0.5, 20, 2, 30, 1, 10, 0.5, 6), 12: (400, 560, 12, 35, 1, 55, 5, 25, 0.1, 1.5),
 13: (1, 400, 0, 10, 0, 70, 0, 15, 0, 0.3), 14: (0, 45, 0, 0, 0, 10, 0, 0, 0, 0.05),
 15: (40, 230, 0, 0, 0, 4, 0, 1, 0, 0.02), 16: (70, 260, 0.5, 14, 0.5, 22, 2, 14, 0, 1.2),
 17: (30, 480, 0.5, 28, 0, 20, 0.5, 14, 0, 1.5), 18: (50, 430, 0.2, 15, 3, 15, 1, 12, 0, 0.5),
}

def nutrition(p):
    import nutrition as NU
    r = seeded(p["sku"] + "n")
    kcal, fat, sat, carbs, sug, prot, salt = NU.values(p, r)
    return [("Energy", f"{kcal} kcal ({round(kcal * 4.184)} kJ)"), ("Fat", f"{fat}g"), ("of which saturates", f"{sat}g"),
            ("Carbohydrate", f"{carbs}g"), ("of which sugars", f"{sug}g"), ("Protein", f"{prot}g"), ("Salt", f"{salt}g")]

def local_available(p):
    r = seeded(p["sku"] + "l")
    base = 0.8 if p["aisle"] in (1, 2, 3, 8, 10, 12, 13, 14, 20) else 0.45
    if p["brand"] == "GreenBasket Finest":
        base -= 0.2
    return r.random() < base

def updated_date(p):
    r = seeded(p["sku"] + "d")
    m = r.randint(1, 6); d = r.randint(2, 27)
    base = f"2026-{m:02d}-{d:02d}"
    last_change = p["history"][-1][0] if len(p["history"]) > 1 else "2026-01-01"
    dates = [base, last_change]
    if p.get("recall"):
        dates.append(p["recall"]["date"])
    return max(dates)

def price_history_md(p):
    if len(p["history"]) < 2:
        return ""
    rows = ["| From | Price |", "|---|---|"]
    for d, pr in p["history"][1:]:
        rows.append(f"| {fmt_date(d)} | {money(pr)} |")
    first = p["history"][0][1]
    return "\n## Price history\n\nThis product was " + money(first) + " at the start of 2026. Changes since then:\n\n" + "\n".join(rows) + "\n"

def recall_md(p):
    r = p.get("recall")
    if not r:
        return ""
    from core_titles import RECALL_TITLES
    return (f"\n## Product recall\n\nOn {fmt_date(r['date'])} we recalled this product ({r['codes']}) because of {r['reason']}. "
            f"Current status: {r['status']}. If you have an affected pack, do not eat it; return it to any GreenBasket store for a full refund, with or without a receipt. "
            f"Full details are in the notice \"{RECALL_TITLES[r['file']]}\".\n")

def availability(p):
    r = p.get("recall")
    if r and "withdrawn" in r["status"]:
        return "Currently unavailable (withdrawn from sale, see recall below)"
    return "In stock in most stores"

def allergen_block(p, r):
    c, m = p["contains_l"], p["may_l"]
    lines = []
    if p["nonfood"]:
        return ""
    if c:
        lines.append(r.choice([f"**Contains:** {alist(c)}.", f"Allergy advice: this product contains {alist(c)}.", f"Allergens: {alist(c)}."]))
    else:
        lines.append(r.choice(["No allergens are declared in the recipe of this product.", "Contains none of the 14 major allergens in its recipe.", "Allergens: none declared."]))
    if m:
        lines.append(r.choice([f"May contain: {alist(m)}.", f"Made in a site that also handles {alist(m)}, so it may contain traces.", f"Not suitable for people with a {alist(m)} allergy because of the way it is made (may contain)."]))
    diet = []
    if p["vegan"]:
        diet.append("Suitable for vegans")
    elif p["vegetarian"]:
        diet.append("Suitable for vegetarians")
    else:
        diet.append("Not suitable for vegetarians")
    if p["gf"]:
        diet.append("gluten free (tested to below 20 parts per million)")
    if p["organic"]:
        diet.append("certified organic")
    if p["fairtrade"]:
        diet.append("Fairtrade")
    lines.append("Dietary: " + ", ".join(diet) + ".")
    return "\n\n".join(lines)

def own_line(p):
    if p["own"]:
        return f"Yes ({p['brand']})"
    return f"No (branded: {p['brand']})"

def product_doc(p):
    r = seeded(p["sku"])
    sup = SUPP[p["supplier"]]
    aisle = f"Aisle {p['aisle']} – {AISLES[p['aisle']]}"
    loc = local_available(p)
    upd = updated_date(p)
    tier = r.choice(TIER[p["brand"]]) if p["own"] else f"a branded product made by {sup['name']} in {sup['location']}"
    blurb = " ".join(r.sample(AISLE_BLURB[p["aisle"]], 2))
    origin = p["origin"]
    local_txt = "Also stocked in GreenBasket Local convenience stores." if loc else "Not usually stocked in our smaller GreenBasket Local stores; order online for click-and-collect if your Local store does not have it."
    recipes = p.get("recipes", [])[:4]
    rec_md = ""
    if recipes:
        rec_md = "\n## Recipe ideas\n\n" + "\n".join(f"- {t}" for t in recipes) + "\n"
    t = r.randint(0, 2)
    name = p["title"]
    body = []
    if t == 0:
        body.append(f"# {name}\nUpdated: {upd}\n")
        body.append(f"{p['name']} ({p['size']}) is {tier}. {blurb}\n")
        body.append("## Product details\n")
        body.append("| Detail | Value |\n|---|---|")
        body.append(f"| Price | {money(p['price'])} |\n| Pack size | {p['size']} |\n| Unit price | {unit_price(p)} |\n| Product code | {p['sku']} |\n| Own brand | {own_line(p)} |\n| Origin | {origin} |\n| Where to find it | {aisle} |\n| Availability | {availability(p)} |\n")
        if not p["nonfood"]:
            body.append("## Allergens and dietary information\n")
            body.append(allergen_block(p, r) + "\n")
            body.append("## Nutrition (typical values per 100g or 100ml)\n")
            body.append("| Nutrient | Per 100g/ml |\n|---|---|")
            body.append("\n".join(f"| {a} | {b} |" for a, b in nutrition(p)) + "\n")
        else:
            body.append("## Safety and use\n")
            body.append(safety(p) + "\n")
        body.append("## Storage\n")
        body.append(STORAGE[p["aisle"]] + "\n")
        body.append("## Supplier and sourcing\n")
        body.append(f"Supplied by {sup['name']} ({sup['kind']}, {sup['location']}), a GreenBasket supplier since {sup['since']}. Certification: {sup['cert']}. {local_txt}\n")
    elif t == 1:
        body.append(f"# {name}\nDate: {upd}\n")
        body.append(f"This is {tier}: {p['name']} ({p['size']}), priced at {money(p['price'])} ({unit_price(p)}). {blurb} You will find it in {aisle} in Superstores and Market stores. {local_txt}\n")
        body.append("**Key facts**\n")
        body.append(f"- Product code: {p['sku']}\n- Price: {money(p['price'])}\n- Size: {p['size']}\n- Own brand: {own_line(p)}\n- Country of origin: {origin}\n- Supplier: {sup['name']}\n- Status: {availability(p)}\n")
        if not p["nonfood"]:
            body.append("### Allergy advice\n")
            body.append(allergen_block(p, r) + "\n")
            body.append("### Nutrition per 100g/ml\n")
            body.append("\n".join(f"- {a}: {b}" for a, b in nutrition(p)) + "\n")
        else:
            body.append("### Safety\n")
            body.append(safety(p) + "\n")
        body.append("### Storage and freshness\n")
        body.append(STORAGE[p["aisle"]] + "\n")
        body.append(f"### Who makes it\n\n{sup['name']} in {sup['location']} has supplied GreenBasket since {sup['since']} and holds {sup['cert']} certification. See the supplier page \"Supplier profile: {sup['name']}\" for more.\n")
    else:
        body.append(f"# {name}\nUpdated: {upd}\n")
        body.append("## At a glance\n")
        body.append(f"**Price:** {money(p['price'])}  \n**Size:** {p['size']} ({unit_price(p)})  \n**Aisle:** {aisle}  \n**Own brand:** {own_line(p)}  \n**Origin:** {origin}  \n**Code:** {p['sku']}  \n**Availability:** {availability(p)}\n")
        body.append(f"{p['name']} is {tier}. {blurb}\n")
        if not p["nonfood"]:
            body.append("## Ingredients and allergens\n")
            body.append(allergen_block(p, r) + "\n")
            body.append("Allergen information is correct at the date shown above. Always check the pack before buying, as recipes can change.\n")
            body.append("## Typical values\n")
            body.append("| Per 100g/ml | Amount |\n|---|---|")
            body.append("\n".join(f"| {a} | {b} |" for a, b in nutrition(p)) + "\n")
        else:
            body.append("## Using this product safely\n")
            body.append(safety(p) + "\n")
        body.append("## Good to know\n")
        body.append(f"- Storage: {STORAGE[p['aisle']]}\n- Made or grown by {sup['name']}, {sup['location']} (supplier since {sup['since']}).\n- {local_txt}\n")
    doc = "\n".join(body)
    doc += price_history_md(p)
    doc += recall_md(p)
    doc += rec_md
    return doc

def safety(p):
    if p["med"]:
        return ("Always read the leaflet. Do not exceed the stated dose. If symptoms persist, talk to a pharmacist or doctor. "
                "Sales of paracetamol and ibuprofen are limited to two packs per transaction, and our checkouts will ask you to confirm you are over 16. "
                "For advice, ask at one of our in-store pharmacies (see the \"GreenBasket Pharmacy Services\" page for which stores have one).")
    if p["pet"]:
        return "Feed according to the guide on the pack, adjusting for your pet's age, size and activity. Always leave fresh water available. Not for human consumption."
    if p["aisle"] == 18:
        return "For external use only. Dispose of used nappies and wipes in general waste, never down the toilet. Keep packaging away from babies and young children to avoid suffocation."
    if p["aisle"] == 20:
        return "Keep out of reach of children. Do not mix with other cleaning products, especially bleach. If swallowed, seek medical advice immediately and show the container or label."
    return "For external use only. Avoid contact with eyes; if contact occurs, rinse well with water. Stop use if irritation develops. Keep out of reach of children."

# ---------------------------------------------------------------- stores
def hours_table(lines):
    return "| Days | Hours |\n|---|---|\n" + "\n".join(f"| {d} | {h} |" for d, h in lines)

def store_doc(s):
    from core_titles import STORE_NOTES
    r = seeded(s["slug"])
    fmt = s["format"]
    title = f"GreenBasket {s['name']} ({fmt})"
    note = STORE_NOTES.get(s["name"])
    upd = note["updated"] if note else f"2026-{r.randint(2, 6):02d}-{r.randint(2, 27):02d}"
    if s["express"] and upd < "2026-10-12":
        upd = "2026-10-12"
    hours = HOURS[s["hours_key"]]
    svc = [SERVICE_NAMES[x] for x in s["services"] if x != "PH"]
    n1 = nearest(s)
    n2 = nearest(s, lambda o: o is not n1)
    out = []
    out.append(f"# {title}\nUpdated: {upd}\n")
    fmt_txt = {"Superstore": "one of our large Superstores with the full GreenBasket range, counters and a café",
               "Market": "a mid-sized GreenBasket Market store with a full food range and in-store bakery",
               "Local": "a GreenBasket Local convenience store with a smaller range focused on top-up shopping"}[fmt]
    intro = r.choice([
        f"GreenBasket {s['name']} is {fmt_txt}. It opened in {s['opened']} and is managed by {s['manager']}.",
        f"Our {s['name']} store is {fmt_txt}. Store manager: {s['manager']}. Trading since {s['opened']}.",
    ])
    if s["name"] == "Rookhaven Quay":
        intro = f"GreenBasket Rookhaven Quay is {fmt_txt}. It is our newest store, opened on 3 October 2026, and is managed by {s['manager']}."
    out.append(intro + "\n")
    out.append(f"## Address and contact\n\n{s['street']}, {s['town']} {s['postcode']}  \nPhone: {s['phone']}  \nCustomer Care (all stores): {CARE_PHONE}\n")
    out.append("## Opening hours\n\n" + hours_table(hours) + "\n")
    if note and note.get("hours_note"):
        out.append(note["hours_note"] + "\n")
    out.append("Bank holiday and Christmas hours may differ; see \"Christmas and New Year Opening Hours 2026\".\n")
    if s["has_pharmacy"]:
        out.append("## Pharmacy\n\n" + hours_table(PHARMACY_HOURS[s["pharmacy_key"]]) + "\n")
        out.append("The pharmacy offers NHS-style prescription dispensing, repeat prescription collection, blood pressure checks and seasonal flu vaccinations. The pharmacy may close for up to an hour at lunchtime if the pharmacist is on a break.\n")
    out.append("## Services\n\n" + "\n".join(f"- {x}" for x in svc) + "\n")
    if "CC" in s["services"]:
        cc = "08:00–20:00 every day" if fmt != "Local" else "10:00–20:00 every day"
        if fmt == "Local":
            cc = "10:00–20:00 Monday to Saturday and 10:00–16:00 Sunday" if s["hours_key"] != "L1" else "10:00–20:00 every day"
        out.append(f"Click-and-collect orders can be collected {cc}. Collection point: {'the customer service desk' if fmt != 'Local' else 'the tills'}.\n")
    if s["express"]:
        out.append(f"Express delivery (within 2 hours, {EXPRESS_FEE}) is available from this store for addresses within about 4 miles, 08:00–20:00. It launched here on 12 October 2026.\n")
    if "HD" not in s["services"]:
        nhd = nearest(s, lambda o: "HD" in o["services"])
        out.append(f"Home delivery orders for this area are picked at GreenBasket {nhd['name']}.\n")
    out.append(f"## Parking and access\n\n{s['parking']}. " + ("Step-free access, accessible toilet and trolleys with child seats. " if fmt != "Local" else "Step-free entrance. ") +
               ("Quiet Hour every Tuesday 09:00–10:00 (music off, lights dimmed)." if fmt != "Local" else "") + "\n")
    if note and note.get("section"):
        out.append(note["section"] + "\n")
    out.append(f"## Nearby GreenBasket stores\n\n- GreenBasket {n1['name']} ({n1['format']}), about {dist(s, n1)} miles\n- GreenBasket {n2['name']} ({n2['format']}), about {dist(s, n2)} miles\n")
    if not s["has_pharmacy"]:
        np_ = nearest(s, lambda o: o["has_pharmacy"])
        out.append(f"Nearest GreenBasket pharmacy: GreenBasket {np_['name']}, about {dist(s, np_)} miles away.\n")
    return "\n".join(out)

# ---------------------------------------------------------------- suppliers
def supplier_doc(sp):
    r = seeded(sp["key"])
    upd = f"2026-{r.randint(1, 6):02d}-{r.randint(2, 27):02d}"
    audit = f"{['January','February','March','April','May','June'][r.randint(0,5)]} 2026"
    prods = sp["products"]
    out = [f"# Supplier profile: {sp['name']}\nUpdated: {upd}\n"]
    story = r.choice([
        f"{sp['name']} is a {sp['kind']} based in {sp['location']}. They have supplied GreenBasket since {sp['since']}, providing {sp['what']}.",
        f"Based in {sp['location']}, {sp['name']} ({sp['kind']}) has worked with GreenBasket since {sp['since']}. Today they supply our stores with {sp['what']}.",
    ])
    out.append(story + "\n")
    local = any(w in sp["location"] for w in ["Spain", "Peru", "Kenya", "Colombia", "Italy", "Thailand", "Norway", "Iceland", "France", "India", "South Africa", "New Zealand", "Greece"])
    out.append("## Relationship with GreenBasket\n")
    out.append(f"- Supplying since: {sp['since']}\n- Certification: {sp['cert']}\n- Last GreenBasket audit: {audit}\n- Sourcing programme: {'Global Partners' if local else 'Grown Nearby (within our region)'}\n- Number of GreenBasket products: {len(prods)}\n")
    extra = r.choice([
        "We agree prices a season in advance and pay within 14 days, which helps smaller producers plan with confidence.",
        "Our technical team visits at least once a year, alongside the independent certification audit.",
        "Where possible we take whole crops and use imperfect produce in soups, juices and our Everyday range.",
        "The partnership includes a shared sustainability plan covering energy, water and packaging.",
    ])
    out.append(extra + "\n")
    out.append("## Products they supply\n")
    for p in prods[:40]:
        out.append(f"- {p['title']}")
    if len(prods) > 40:
        out.append(f"- …and {len(prods) - 40} more lines")
    out.append("")
    if sp["key"] == "tidewell":
        out.append("Note: GreenBasket Finest Smoked Salmon Trimmings 120g from Tidewell were recalled on 12 September 2026 (Listeria). Tidewell completed a deep clean and independent testing, and the product returned to sale on 19 October 2026.\n")
    if sp["key"] == "nutcraft":
        out.append("Note: GreenBasket Crunchy Peanut Butter 340g was recalled on 21 August 2026 (possible Salmonella, batches 6187A and 6188A). New batches from 6260A onwards have been on sale since 5 October 2026.\n")
    if sp["key"] == "goldleaf":
        out.append("Note: GreenBasket Oat & Honey Granola 500g (batch G2714) was recalled on 9 October 2026 because it contained almonds not declared on the label. Goldleaf has changed its line-clearance process.\n")
    if sp["key"] == "greenroot":
        out.append("Note: GreenBasket Plant Kitchen Vegan Basil Pesto 140g (batch PK4410) was recalled on 28 October 2026 because of undeclared milk. Investigation ongoing.\n")
    out.append("See also: \"How We Source: Grown Nearby\" and \"Our Supplier Code of Conduct\".\n")
    return "\n".join(out)

# ---------------------------------------------------------------- recipes
DIFF = {"traybake": "Easy", "pasta": "Easy", "soup": "Easy", "stirfry": "Easy", "curry": "Medium", "salad": "Easy", "bake": "Medium",
        "oats": "Easy", "frittata": "Easy", "smoothie": "Easy", "pancakes": "Easy", "sandwich": "Easy", "risotto": "Medium",
        "fish": "Easy", "crumble": "Easy", "stew": "Medium", "dip": "Easy"}
TIPS = [
 "Leftovers keep in a covered container in the fridge for up to 2 days.",
 "Earn Basket Points on every ingredient: scan your app at the till.",
 "Swap in whatever vegetables you have left in the fridge to cut food waste.",
 "Double the quantities and freeze half for another night (not suitable for freezing if it contains cooked prawns).",
 "Short on time? Use our ready-prepared vegetables from Aisle 1.",
 "Check every pack for allergens: recipes can change.",
]

def recipe_doc(rc):
    r = seeded(rc["title"])
    upd = f"2026-{r.randint(1, 6):02d}-{r.randint(2, 27):02d}"
    steps = DR.STEPS_OVERRIDE.get(rc["title"]) or DR.TEMPLATES[rc["type"]][min(rc["variant"], len(DR.TEMPLATES[rc["type"]]) - 1)]
    fill = {role: short for role, amt, p, short in rc["ings"] if role != "_extra"}
    fill["cook"] = rc["cook"]
    steps = [s.format(**fill) for s in steps]
    diet = "Vegan" if rc["vegan"] else ("Vegetarian" if rc["vegetarian"] else "Contains meat or fish")
    total = rc["prep"] + rc["cook"]
    out = [f"# Recipe: {rc['title']}\nUpdated: {upd}\n", rc["intro"] + "\n"]
    if r.random() < 0.5:
        out.append(f"| Serves | Prep | Cook | Total | Difficulty | Diet |\n|---|---|---|---|---|---|\n| {rc['serves']} | {rc['prep']} min | {rc['cook']} min | {total} min | {DIFF[rc['type']]} | {diet} |\n")
    else:
        out.append(f"**Serves:** {rc['serves']} · **Prep:** {rc['prep']} minutes · **Cook:** {rc['cook']} minutes · **Total time:** {total} minutes · **Difficulty:** {DIFF[rc['type']]} · **Diet:** {diet}\n")
    out.append("## Ingredients\n")
    for role, amt, p, short in rc["ings"]:
        out.append(f"- {p['title']}: {amt}")
    out.append("- Olive oil, salt and black pepper from the store cupboard\n" if rc["type"] not in ("smoothie", "oats") else "")
    out.append("## Method\n")
    for i, s in enumerate(steps, 1):
        out.append(f"{i}. {s}")
    out.append("")
    out.append("## Allergens\n")
    if rc["allergens"]:
        out.append(f"Based on the GreenBasket products listed, this recipe contains {alist(rc['allergens'])}. Check each pack's label for 'may contain' warnings.\n")
    else:
        out.append("None of the GreenBasket products listed contain any of the 14 major allergens. Check each pack's label for 'may contain' warnings.\n")
    if rc["gf"]:
        out.append("No gluten-containing ingredients are used.\n")
    out.append("## Tip\n\n" + (rc["tip"] or r.choice(TIPS)) + "\n")
    return "\n".join(out)

# ---------------------------------------------------------------- aisle guides
def aisle_doc(n):
    prods = [p for p in PRODUCTS if p["aisle"] == n]
    brands = sorted({p["brand"] for p in prods})
    own = sum(1 for p in prods if p["own"])
    r = seeded(f"aisle{n}")
    upd = f"2026-{r.randint(3, 6):02d}-{r.randint(2, 27):02d}"
    out = [f"# Aisle Guide: Aisle {n} – {AISLES[n]}\nUpdated: {upd}\n"]
    out.append(f"In GreenBasket Superstores and Market stores, Aisle {n} is {AISLES[n]}. GreenBasket Local stores use a compact layout, so look for the \"{AISLES[n]}\" bay sign instead of an aisle number.\n")
    out.append(f"The aisle carries {len(prods)} lines in our core range, of which {own} are own brand. Brands in this aisle: {', '.join(brands)}.\n")
    out.append("## Products in this aisle\n")
    for p in prods:
        out.append(f"- {p['title']}")
    out.append("")
    out.append("Prices and allergen details are on each product's own page. Ask any colleague if you cannot find what you need; they can check stock on their handheld device.\n")
    return "\n".join(out)

# ---------------------------------------------------------------- price notices
def price_notice(d, changes):
    fname = f"notice-{d}-price-changes.md"
    title = f"Price Changes from {fmt_date(d)}"
    r = seeded(d)
    ups = sum(1 for _, o, n in changes if n > o); downs = len(changes) - ups
    out = [f"# {title}\nDate: {d}\n"]
    out.append(r.choice([
        f"The following shelf prices change from {fmt_date(d)}. {downs} prices are going down and {ups} are going up.",
        f"From {fmt_date(d)} these {len(changes)} products have new prices in all GreenBasket stores and online ({downs} lower, {ups} higher).",
    ]) + " Shelf-edge labels are updated before the store opens.\n")
    out.append("| Product | Old price | New price | Change |\n|---|---|---|---|")
    for p, o, n in changes:
        out.append(f"| {p['title']} | {money(o)} | {money(n)} | {'+' if n > o else '−'}{money(abs(n - o))} |")
    out.append("")
    if d == "2026-08-17":
        out.append("Why are dairy prices rising? Farm-gate milk prices paid to the Hollin Dairy Co-operative rose in July 2026, and we have passed on part of that increase so that our farmers continue to receive a fair price. Coffee prices reflect higher green-coffee costs.\n")
    if d == "2026-11-09":
        out.append("Baking staples have risen ahead of the Christmas season because of higher sugar and wheat costs. Our Prosecco price has been reduced for the festive period.\n")
    out.append("Basket Points members can still earn points on every product listed. Questions? Call Customer Care on " + CARE_PHONE + ".\n")
    return fname, "\n".join(out)

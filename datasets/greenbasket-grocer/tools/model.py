# Builds the in-memory model of the GreenBasket domain from the data files.
import re, random, hashlib, math
from data_core import *
from data_suppliers import SUPPLIERS
import data_products as DP
import data_recipes as DR

def slugify(s):
    s = s.lower().replace("&", "and").replace("%", "pc").replace("µ", "u")
    s = re.sub(r"[éè]", "e", s); s = re.sub(r"[ñ]", "n", s); s = re.sub(r"[ôó]", "o", s); s = re.sub(r"[àâ]", "a", s)
    s = re.sub(r"[îí]", "i", s); s = re.sub(r"[ç]", "c", s); s = re.sub(r"[ê]", "e", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def seeded(key):
    h = int(hashlib.md5(key.encode()).hexdigest()[:8], 16)
    return random.Random(h)

def money(x):
    return f"£{x:.2f}"

ALLERGEN_DISPLAY = {"wheat": "wheat (gluten)", "barley": "barley (gluten)", "oats": "oats (gluten)", "rye": "rye (gluten)"}
GLUTEN = {"wheat", "barley", "oats", "rye"}
ANIMAL = {"milk", "eggs", "fish", "crustaceans", "molluscs"}

def split(s):
    return [x.strip() for x in s.split(",") if x.strip()]

# ---------------------------------------------------------------- products
def build_products():
    prods = []
    sku = 100203
    for fam in DP.FAM:
        for v in fam["variants"]:
            vname, size, price = v
            brand = DP.BRANDS.get(fam["brand"], fam["brand"])
            name = (brand + " " + fam["base"].format(vname)).replace("  ", " ").strip()
            p = dict(name=name, size=size, price0=price, aisle=fam["aisle"], brand=brand,
                     own=fam["brand"] in DP.BRANDS, contains=fam["contains"], may=fam["may"],
                     origin=fam["origin"], supplier=fam["supplier"], flags=fam["flags"])
            if name in DP.OVERRIDES:
                p.update(DP.OVERRIDES[name])
            p["title"] = f"{name} {size}"
            p["sku"] = f"GB{sku}"
            sku += 37
            p["contains_l"] = split(p["contains"])
            p["may_l"] = split(p["may"])
            fl = p["flags"].split()
            p["nonfood"] = "nf" in fl
            p["med"] = "med" in fl
            p["pet"] = "pet" in fl
            p["gf"] = "gf" in fl
            p["organic"] = "org" in fl
            p["fairtrade"] = "ft" in fl
            p["vegetarian"] = (not p["nonfood"]) and ("nv" not in fl) and p["aisle"] not in (4, 5) or (p["aisle"] == 4 and p["brand"].endswith("Plant Kitchen"))
            if "nv" in fl:
                p["vegetarian"] = False
            p["vegan"] = p["vegetarian"] and not (set(p["contains_l"]) & ANIMAL) and "nvg" not in fl
            prods.append(p)
    titles = [p["title"] for p in prods]
    assert len(titles) == len(set(titles)), "duplicate product titles"
    for p in prods:
        p["file"] = "product-" + slugify(p["title"]) + ".md"
    files = [p["file"] for p in prods]
    assert len(files) == len(set(files)), "duplicate product files"
    return prods

PRODUCTS = build_products()
BY_TITLE = {p["title"]: p for p in PRODUCTS}

def find_product(key):
    k = key.lower()
    exact = [p for p in PRODUCTS if p["title"].lower() == k or p["name"].lower() == k]
    if len(exact) == 1:
        return exact[0]
    m = [p for p in PRODUCTS if k in p["title"].lower()]
    if len(m) == 1:
        return m[0]
    st = [p for p in m if p["title"].lower().startswith(p["brand"].lower() + " " + k) or p["title"].lower().startswith(k)]
    if len(st) == 1:
        return st[0]
    ex = [p for p in m if p["title"].lower() == (p["brand"] + " " + key + " " + p["size"]).lower()]
    if len(ex) == 1:
        return ex[0]
    gb = [p for p in m if p["brand"] == "GreenBasket"]
    if len(gb) == 1:
        return gb[0]
    raise KeyError(f"product key {key!r} matches {len(m)}: {[p['title'] for p in m][:6]}")

# ---------------------------------------------------------------- prices
# explicit post-cutoff price events: (date, [(key, new_price)])
EXPLICIT_PRICE_EVENTS = [
 ("2026-08-17", [("Semi-Skimmed Milk 4 pints", 1.55), ("Whole Milk 4 pints", 1.55), ("British Skimmed Milk 4 pints", 1.55),
                 ("Semi-Skimmed Milk 2 pints", 1.10), ("British Salted Butter 250g", 2.25), ("British Unsalted Butter 250g", 2.25),
                 ("Free Range Eggs Mixed Weight 12 pack", 3.35), ("Finest Colombian Ground Coffee", 4.25),
                 ("Finest Ethiopian Yirgacheffe Ground Coffee", 4.45), ("GreenBasket Everyday Penne 500g", 0.59),
                 ("GreenBasket Everyday Spaghetti 500g", 0.59), ("GreenBasket Mature Cheddar 400g", 3.40)]),
 ("2026-09-14", [("Hallow Springs Still Spring Water 6 x 500ml", 2.20), ("Copperpot Espresso Beans", 11.25),
                 ("GreenBasket Oak Smoked Salmon 100g", 2.75), ("Sweetwater Milk Chocolate 100g", 1.25),
                 ("Sweetwater Dark 70% Chocolate", 1.65), ("GreenBasket Basmati Rice 1kg", 1.95),
                 ("GreenBasket Ripe & Ready Avocados 2 pack", 1.49), ("GreenBasket Greek Style Natural Yoghurt 500g", 1.45)]),
 ("2026-10-12", [("GreenBasket Olive Oil 500ml", 3.95), ("GreenBasket Extra Virgin Olive Oil 500ml", 4.60),
                 ("Highfold Breakfast Tea Bags", 2.95), ("GreenBasket Instant Coffee Granules 200g", 3.35),
                 ("Brookhouse Vanilla Bean Ice Cream", 3.75), ("Skinless Cod Fillets", 3.99),
                 ("GreenBasket Cod Fish Fingers 10 pack", 2.10), ("Chicken Breast Fillets 650g", 4.95)]),
 ("2026-11-09", [("GreenBasket Granulated Sugar 1kg", 1.09), ("GreenBasket Golden Caster Sugar 1kg", 1.35),
                 ("GreenBasket Plain Flour 1.5kg", 0.89), ("GreenBasket Self-Raising Flour 1.5kg", 0.89),
                 ("GreenBasket Double Cream 300ml", 1.25), ("GreenBasket Cola 2L", 0.95), ("GreenBasket Diet Cola 2L", 0.95),
                 ("GreenBasket Finest Prosecco 75cl", 7.50)]),
]
PRE_CUTOFF_PRICE_DATES = ["2026-01-12", "2026-02-09", "2026-03-09", "2026-04-13", "2026-05-11", "2026-06-08"]

def build_prices():
    explicit = []
    for d, lst in EXPLICIT_PRICE_EVENTS:
        explicit.append((d, [(find_product(k), np_) for k, np_ in lst]))
    protected = {p["title"] for _, l in explicit for p, _ in l}
    for p in PRODUCTS:
        p["history"] = [("2026-01-01", p["price0"])]
    rng = random.Random(2026)
    eligible = [p for p in PRODUCTS if p["title"] not in protected]
    events = []
    for d in PRE_CUTOFF_PRICE_DATES:
        picks = rng.sample(eligible, 14)
        changes = []
        for p in picks:
            old = p["history"][-1][1]
            if old < 0.5:
                continue
            f = rng.choice([0.9, 0.92, 0.95, 1.05, 1.06, 1.08, 1.1, 1.12])
            new = round(max(0.2, round(old * f * 20) / 20 - 0.01 if old * f > 1 else round(old * f, 2)), 2)
            if abs(new - old) < 0.02:
                new = round(old + 0.05, 2)
            p["history"].append((d, new))
            changes.append((p, old, new))
        events.append((d, changes))
    for d, lst in explicit:
        changes = []
        for p, new in lst:
            old = p["history"][-1][1]
            p["history"].append((d, new))
            changes.append((p, old, new))
        events.append((d, changes))
    for p in PRODUCTS:
        p["price"] = p["history"][-1][1]
    return events

PRICE_EVENTS = build_prices()

def unit_price(p):
    s = p["size"]
    m = re.match(r"^(?:(\d+) x )?([\d.]+)(g|kg|ml|L|cl)\b", s)
    pr = p["price"]
    if m:
        n = int(m.group(1)) if m.group(1) else 1
        q = float(m.group(2)) * n
        u = m.group(3)
        if u == "g":
            return f"£{pr / q * 1000:.2f}/kg" if q >= 100 else f"£{pr / q * 100:.2f}/100g"
        if u == "kg":
            return f"£{pr / q:.2f}/kg"
        if u == "ml":
            return f"£{pr / q * 1000:.2f}/litre" if q >= 100 else f"£{pr / q * 100:.2f}/100ml"
        if u == "L":
            return f"£{pr / q:.2f}/litre"
        if u == "cl":
            return f"£{pr / q * 100:.2f}/litre"
    m = re.search(r"\(([\d.]+)(g|L|ml)\)", s)
    if m:
        q = float(m.group(1)); u = m.group(2)
        if u == "g": return f"£{pr / q * 1000:.2f}/kg"
        if u == "L": return f"£{pr / q:.2f}/litre"
        if u == "ml": return f"£{pr / q * 1000:.2f}/litre"
    m = re.match(r"^(\d+) (pack|bags|rolls)", s)
    if m:
        return f"{pr / int(m.group(1)) * 100:.1f}p each"
    return f"£{pr:.2f} each"

# ---------------------------------------------------------------- recalls
RECALLS = [
 dict(date="2026-03-14", key="GreenBasket Sweet Chilli Dipping Sauce 250ml", reason="the possible presence of small pieces of glass",
      codes="batch codes L5302 and L5303 (best before end December 2026 and end January 2027)",
      status="back on sale from 2026-04-20; later batches are not affected", file="notice-2026-03-14-recall-sweet-chilli-dipping-sauce.md"),
 dict(date="2026-05-19", key="Hollin Dairy Thick & Creamy Raspberry Yoghurt 450g", reason="the possible presence of small pieces of blue plastic",
      codes="use by dates 26/05/2026 to 30/05/2026", status="back on sale from 2026-06-02", file="notice-2026-05-19-recall-hollin-raspberry-yoghurt.md"),
 dict(date="2026-08-21", key="GreenBasket Crunchy Peanut Butter 340g", reason="the possible presence of Salmonella",
      codes="batch codes 6187A and 6188A (best before 14/05/2027 and 21/05/2027)", status="back on sale from 2026-10-05 with new batches (batch 6260A onwards)",
      file="notice-2026-08-21-recall-crunchy-peanut-butter.md"),
 dict(date="2026-09-12", key="GreenBasket Finest Smoked Salmon Trimmings 120g", reason="the presence of Listeria monocytogenes",
      codes="batch TS2609, use by dates 18/09/2026 to 22/09/2026", status="back on sale from 2026-10-19",
      file="notice-2026-09-12-recall-smoked-salmon-trimmings.md"),
 dict(date="2026-10-09", key="GreenBasket Oat & Honey Granola 500g", reason="undeclared almonds (a tree nut) that are not mentioned on the label",
      codes="batch G2714 (best before 30/06/2027)", status="withdrawn from sale; correctly labelled stock is expected in December 2026",
      file="notice-2026-10-09-recall-oat-and-honey-granola.md"),
 dict(date="2026-10-28", key="GreenBasket Plant Kitchen Vegan Basil Pesto 140g", reason="undeclared milk that is not mentioned on the label",
      codes="batch PK4410, use by dates 05/11/2026 to 12/11/2026", status="withdrawn from sale while Greenroot Plant Foods investigates",
      file="notice-2026-10-28-recall-plant-kitchen-vegan-pesto.md"),
]
for r in RECALLS:
    r["product"] = find_product(r["key"])
    r["product"]["recall"] = r

# ---------------------------------------------------------------- stores
STORES_D = store_dicts()
for i, s in enumerate(STORES_D):
    s["phone"] = store_phone(i)
    s["file"] = "store-" + s["slug"] + ".md"
    s["express"] = s["name"] in EXPRESS_STORES
    s["has_pharmacy"] = bool(s["pharmacy_key"])
STORE_BY_NAME = {s["name"]: s for s in STORES_D}
# Brackenford pharmacy closed 2026-10-31
STORE_BY_NAME["Brackenford"]["has_pharmacy"] = False
STORE_BY_NAME["Brackenford"]["services"] = [x for x in STORE_BY_NAME["Brackenford"]["services"] if x != "PH"]

def dist(a, b):
    return round(math.hypot(a["x"] - b["x"], a["y"] - b["y"]) * 0.5, 1)

def nearest(s, pred=lambda o: True):
    others = [o for o in STORES_D if o is not s and pred(o)]
    return min(others, key=lambda o: dist(s, o))

def hours_lines(key):
    return HOURS[key]

# ---------------------------------------------------------------- suppliers
SUPP = {}
for k, (name, kind, loc, since, cert, what) in SUPPLIERS.items():
    SUPP[k] = dict(key=k, name=name, kind=kind, location=loc, since=since, cert=cert, what=what,
                   file="supplier-" + slugify(name) + ".md", products=[])
for p in PRODUCTS:
    SUPP[p["supplier"]]["products"].append(p)

# ---------------------------------------------------------------- recipes
RECIPES = []
for r in DR.R:
    ings = []
    for role, (amt, key, short) in r["slots"].items():
        ings.append((role, amt, find_product(key), short))
    for (amt, key, short) in DR.EXTRAS.get(r["title"], []):
        ings.append(("_extra", amt, find_product(key), short))
    r = dict(r)
    r["ings"] = ings
    r["file"] = "recipe-" + slugify(r["title"]) + ".md"
    al = []
    for _, _, p, _ in ings:
        for a in p["contains_l"]:
            if a not in al:
                al.append(a)
    r["allergens"] = al
    r["vegetarian"] = all(p["vegetarian"] for _, _, p, _ in ings)
    r["vegan"] = all(p["vegan"] for _, _, p, _ in ings)
    r["gf"] = not (set(al) & GLUTEN) or all((not (set(p["contains_l"]) & GLUTEN)) or p["gf"] for _, _, p, _ in ings)
    RECIPES.append(r)
    for _, _, p, _ in ings:
        p.setdefault("recipes", [])
        if r["title"] not in p["recipes"]:
            p["recipes"].append(r["title"])
assert len({r["file"] for r in RECIPES}) == len(RECIPES)

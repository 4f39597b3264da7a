# Product entity tables (deterministic).
import random

rng = random.Random(20261118)

SOFA_NAMES = ["ALMA", "BENTE", "CORVO", "DALIA", "ELNA", "FJORDA", "GRETA", "HALLA", "INGVAR", "JONNA", "KARLO",
              "LISKA", "MALVA", "NOREN", "OSKA", "PALMA", "RUNA", "SALO", "TIRO", "ULLA", "VENTA", "WIGA", "YLVA",
              "ZORA", "ASTRID", "BRISA", "CELINA", "DORIK"]
BED_NAMES = ["AVEN", "BOREA", "CLAVO", "DUNE", "EIRA", "FENJA", "GILDE", "HEIDA", "ISOLA", "JARLA", "KORI",
             "LUMEN", "MERLE", "NALDO", "ORLA", "PIRA", "QUELL", "RASMO", "SENNA", "TILMA", "UMEA", "VARDE"]
WARDROBE_NAMES = ["ARNE", "BALDUR", "CORA", "DITTE", "EKKO", "FROSTA", "GANTO", "HEMMA", "IDUN", "JORVIK", "KLARA",
                  "LOTTA", "MORTEN", "NISSE", "OLVEN", "PERNILLA", "RAGNA", "SIGRUN", "TOVE", "VILDE"]
TABLE_NAMES = ["ABELIA", "BIRKE", "CEDRO", "DAVOS", "EBBA", "FILIP", "GUNNAR", "HANNES", "IVO", "JUNO", "KASPER",
               "LORENZ", "MATTIS", "NIEK", "OLAF", "PEPPE", "RIKKA", "SVEA", "TORE", "URBAN", "VIGGO", "WILMA",
               "XAVER", "YNGVE"]

SOFA_COVERS = [("Samt", "velvet", "samt"), ("Bouclé", "bouclé", "boucle"), ("Webstoff Leinenoptik", "linen-look woven fabric", "webstoff"),
               ("Echtleder (Rind)", "genuine leather (cowhide)", "leder"), ("Mikrofaser", "microfibre", "mikrofaser"),
               ("Cord", "corduroy", "cord"), ("Chenille", "chenille", "chenille")]
SOFA_FEET = [("Eiche massiv, geölt", "solid oak, oiled"), ("Metall schwarz pulverbeschichtet", "black powder-coated metal"),
             ("Buche massiv, natur", "solid beech, natural"), ("Kunststoffgleiter (verdeckt)", "hidden plastic glides"),
             ("Nussbaum massiv", "solid walnut")]
SOFA_COLOURS = ["Anthrazit", "Sand", "Petrol", "Senfgelb", "Hellgrau", "Cognac", "Salbeigrün", "Rost", "Creme", "Dunkelblau",
                "Altrosa", "Taupe", "Schwarz", "Olive"]
WOODS = [("Eiche massiv, geölt", "solid oak, oiled", "eiche"), ("Eiche furniert", "oak veneer", "furnier"),
         ("Kernbuche massiv", "solid core beech", "buche"), ("Nussbaum furniert", "walnut veneer", "furnier"),
         ("Kiefer massiv, weiß lasiert", "solid pine, white glazed", "kiefer"), ("Spanplatte melaminbeschichtet", "melamine-faced chipboard", "melamin"),
         ("MDF hochglanzlackiert", "high-gloss lacquered MDF", "lack"), ("Akazie massiv", "solid acacia", "akazie")]
TABLE_TOPS = WOODS[:5] + [("Keramik auf Metallgestell", "ceramic on metal frame", "keramik"), ("Glas (ESG 10 mm)", "toughened glass 10 mm", "glas"),
                          ("Marmor-Optik Sinterstein", "marble-look sintered stone", "sinterstein")]
WOOD_COLOURS = ["Eiche natur", "Eiche Sonoma", "Weiß matt", "Schwarz matt", "Graphit", "Nussbaum", "Kaschmir", "Weiß Hochglanz", "Salbei"]
DELIVERY_TIMES = ["ab Lager, 5–10 Werktage", "2–3 Wochen", "3–4 Wochen", "4–6 Wochen", "6–8 Wochen", "8–10 Wochen"]

SOFA_VARIANTS = [("2-Sitzer", "2-seater", 0.78, 165), ("3-Sitzer", "3-seater", 1.0, 215), ("Ecksofa links", "corner sofa left", 1.55, 275),
                 ("Ecksofa rechts", "corner sofa right", 1.55, 275), ("Schlafsofa", "sofa bed", 1.25, 205), ("Sessel", "armchair", 0.45, 88)]
BED_VARIANTS = [("Bett 140×200", "bed 140×200", 0.85, 140), ("Bett 160×200", "bed 160×200", 1.0, 160), ("Bett 180×200", "bed 180×200", 1.12, 180),
                ("Bett 200×200", "bed 200×200", 1.25, 200), ("Boxspringbett 180×200", "box-spring bed 180×200", 1.9, 180)]
WARDROBE_VARIANTS = [("Kleiderschrank 2-türig", "2-door wardrobe", 0.55, 100), ("Kleiderschrank 3-türig", "3-door wardrobe", 0.8, 150),
                     ("Schwebetürenschrank 200 cm", "sliding-door wardrobe 200 cm", 1.0, 200), ("Schwebetürenschrank 250 cm", "sliding-door wardrobe 250 cm", 1.2, 250),
                     ("Schwebetürenschrank 300 cm", "sliding-door wardrobe 300 cm", 1.45, 300)]
TABLE_VARIANTS = [("Esstisch 140×90", "dining table 140×90", 0.8, 140), ("Esstisch 180×95", "dining table 180×95", 1.0, 180),
                  ("Esstisch ausziehbar 160–220", "extendable dining table 160–220", 1.3, 160), ("Couchtisch", "coffee table", 0.42, 110),
                  ("Beistelltisch", "side table", 0.22, 45)]


def price_round(x):
    x = int(round(x / 10.0) * 10) - 1
    return max(x, 49)


def build():
    products = []
    ranges = []
    cat_no = {"sofa": 301, "bett": 512, "schrank": 623, "tisch": 734}
    for ci, (cat, names, variants) in enumerate([("sofa", SOFA_NAMES, SOFA_VARIANTS), ("bett", BED_NAMES, BED_VARIANTS),
                                                  ("schrank", WARDROBE_NAMES, WARDROBE_VARIANTS), ("tisch", TABLE_NAMES, TABLE_VARIANTS)]):
        for ri, name in enumerate(names):
            r = {"cat": cat, "name": name, "idx": ri}
            r["lang"] = "en" if rng.random() < 0.38 else "de"
            if cat == "sofa":
                cov = rng.choice(SOFA_COVERS)
                r["material_de"], r["material_en"], r["care"] = cov
                feet = rng.choice(SOFA_FEET)
                r["frame_de"], r["frame_en"] = feet
                r["colours"] = rng.sample(SOFA_COLOURS, rng.randint(3, 6))
                r["base"] = rng.choice([799, 899, 999, 1199, 1299, 1499, 1799, 2199])
                r["depth"] = rng.choice([88, 92, 95, 98, 102])
                r["height"] = rng.choice([78, 82, 85, 88])
                r["seat"] = rng.choice([42, 44, 45, 46, 48])
                r["assembly"] = 0  # included (feet screwed on by driver)
                r["warranty_frame"] = 5
            elif cat == "bett":
                w = rng.choice(WOODS)
                r["material_de"], r["material_en"], r["care"] = w
                r["frame_de"] = rng.choice(["Kopfteil gepolstert (Webstoff)", "Kopfteil aus Massivholz", "Kopfteil mit Ablagefach", "ohne Kopfteil, schwebende Optik"])
                r["frame_en"] = {"Kopfteil gepolstert (Webstoff)": "upholstered headboard (woven fabric)", "Kopfteil aus Massivholz": "solid wood headboard",
                                 "Kopfteil mit Ablagefach": "headboard with storage shelf", "ohne Kopfteil, schwebende Optik": "no headboard, floating look"}[r["frame_de"]]
                r["colours"] = rng.sample(WOOD_COLOURS, rng.randint(2, 4))
                r["base"] = rng.choice([399, 499, 599, 699, 899, 1099])
                r["height"] = rng.choice([90, 95, 100, 105, 110])
                r["assembly"] = rng.choice([69, 79, 89])
            elif cat == "schrank":
                w = rng.choice(WOODS)
                r["material_de"], r["material_en"], r["care"] = w
                r["frame_de"] = rng.choice(["mit Spiegeltür", "Griffleisten Aluminium", "grifflos (Push-to-open)", "Türen mit Rahmenoptik"])
                r["frame_en"] = {"mit Spiegeltür": "with mirrored door", "Griffleisten Aluminium": "aluminium handle strips",
                                 "grifflos (Push-to-open)": "handleless (push-to-open)", "Türen mit Rahmenoptik": "frame-look doors"}[r["frame_de"]]
                r["colours"] = rng.sample(WOOD_COLOURS, rng.randint(2, 4))
                r["base"] = rng.choice([599, 699, 799, 999, 1199, 1399])
                r["depth"] = rng.choice([58, 60, 62, 65])
                r["height"] = rng.choice([216, 223, 229, 236])
                r["assembly"] = rng.choice([129, 149, 179])
            else:
                t = rng.choice(TABLE_TOPS)
                r["material_de"], r["material_en"], r["care"] = t
                r["frame_de"] = rng.choice(["Kufengestell Metall schwarz", "Vierfuß Massivholz", "X-Gestell Eiche", "Säulenfuß Metall"])
                r["frame_en"] = {"Kufengestell Metall schwarz": "black metal skid frame", "Vierfuß Massivholz": "four solid wood legs",
                                 "X-Gestell Eiche": "oak X-frame", "Säulenfuß Metall": "metal pedestal base"}[r["frame_de"]]
                r["colours"] = rng.sample(WOOD_COLOURS, rng.randint(2, 3))
                r["base"] = rng.choice([299, 399, 499, 649, 799, 999, 1290])
                r["assembly"] = rng.choice([39, 49])
            r["delivery"] = rng.choice(DELIVERY_TIMES)
            r["origin"] = rng.choice(["Deutschland", "Polen", "Dänemark", "Italien", "Portugal", "Litauen", "Tschechien"])
            ranges.append(r)
            vs = variants
            if cat == "bett" and name == "TILMA":
                vs = [("Hochbett 90×200", "loft bed 90×200", 0.9, 90), ("Hochbett 90×200 mit Rutsche", "loft bed 90×200 with slide", 1.1, 90),
                      ("Bett 140×200", "bed 140×200", 0.85, 140)]
            for vi, (vde, ven, factor, width) in enumerate(vs):
                if cat == "sofa" and vde.startswith("Ecksofa") and r["base"] < 900 and vi == 3:
                    continue
                p = dict(r)
                p["variant_de"], p["variant_en"] = vde, ven
                p["art"] = f"{cat_no[cat]}-{10 + ri * 3:02d}-{100 + vi * 9 + ri % 7}"
                p["price"] = price_round(r["base"] * factor)
                if cat == "sofa":
                    p["dims"] = (width, r["depth"] if not vde.startswith("Ecksofa") else 180 + rng.choice([0, 10, 20]), r["height"])
                    p["weight"] = int(width * 0.28 + rng.randint(0, 15))
                elif cat == "bett":
                    p["dims"] = (width + rng.choice([8, 12, 16]), 208 + rng.choice([0, 4, 10]), r["height"] if "Hochbett" not in vde else 182)
                    p["weight"] = int(width * 0.35 + rng.randint(5, 25))
                elif cat == "schrank":
                    p["dims"] = (width, r["depth"], r["height"])
                    p["weight"] = int(width * 0.75 + rng.randint(10, 30))
                else:
                    if vde.startswith("Couch"):
                        p["dims"] = (110, 60, 42)
                    elif vde.startswith("Beistell"):
                        p["dims"] = (45, 45, 52)
                    elif "ausziehbar" in vde:
                        p["dims"] = (160, 90, 76)
                    else:
                        p["dims"] = (width, 90 if width == 140 else 95, 76)
                    p["weight"] = int(p["dims"][0] * 0.25 + rng.randint(2, 12))
                    if vde in ("Couchtisch", "Beistelltisch"):
                        p["assembly"] = 0 if vde == "Beistelltisch" else 29
                if cat == "schrank":
                    p["assembly"] = int(r["assembly"] + (width - 100) * 0.4)
                    p["assembly"] = p["assembly"] - p["assembly"] % 10 + 9
                p["vidx"] = vi
                products.append(p)
    # price changes 2026-10-01 (pick deterministic products)
    changes = {}
    picks = ["ALMA|3-Sitzer", "MALVA|Ecksofa links", "RUNA|Schlafsofa", "FENJA|Bett 180×200", "LUMEN|Boxspringbett 180×200",
             "KLARA|Schwebetürenschrank 250 cm", "TOVE|Kleiderschrank 3-türig", "GUNNAR|Esstisch ausziehbar 160–220", "SVEA|Esstisch 180×95"]
    for p in products:
        key = p["name"] + "|" + p["variant_de"]
        if key in picks:
            old = p["price"]
            new = price_round(old * (1.08 if p["cat"] != "tisch" else 0.9))
            if new == old:
                new = old + 50
            changes[key] = (old, new)
            p["old_price"], p["price"] = old, new
    missing = [k for k in picks if k not in changes]
    assert not missing, missing
    return ranges, products, changes


RANGES, PRODUCTS, PRICE_CHANGES = build()
RECALL_ARTS = [p["art"] for p in PRODUCTS if p["name"] == "TILMA" and "Hochbett" in p["variant_de"]]

if __name__ == "__main__":
    print(len(RANGES), len(PRODUCTS))
    print(PRICE_CHANGES)
    print(RECALL_ARTS)
    from collections import Counter
    print(Counter(p["art"] for p in PRODUCTS).most_common(3))

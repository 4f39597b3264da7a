# Entity tables for the Kessler Möbel corpus (single source of truth).
TODAY = "2026-11-18"
CUTOFF = "2026-05-31"

# ---- delivery zones -------------------------------------------------------
ZONES = {  # zone: (distance text DE, distance text EN, old fee, new fee)
    1: ("bis 30 km", "up to 30 km", 39, 49),
    2: ("30–60 km", "30–60 km", 59, 69),
    3: ("60–120 km", "60–120 km", 89, 99),
    4: ("über 120 km und Inseln", "over 120 km and islands", 129, 149),
}
FEE_CHANGE_DATE = "2026-09-01"
EVENING_SLOT_SURCHARGE = 15
SATURDAY_SURCHARGE = 25
FLOOR_SURCHARGE = 10  # per floor above 2nd floor without lift
DISPOSAL_FEE = 35
PARCEL_FEE = 5.95
FREE_DELIVERY_THRESHOLD = 2000  # zone 1 only, unchanged
SLOTS = ["07:00–11:00", "10:00–14:00", "13:00–17:00", "16:00–20:00"]
SAT_SLOT = "08:00–14:00"

RETURNS_OLD_DAYS = 30
RETURNS_NEW_DAYS = 14
RETURNS_CHANGE_DATE = "2026-08-01"
RETURN_PICKUP_FEE = 49

FIN_BANK = "Nordlicht Kreditbank AG"
FIN_OLD = dict(zero_months=24, min_order=300, long_terms="36–72 Monate", long_apr="4,99 %")
FIN_NEW = dict(zero_months=12, min_order=500, long_terms="24–60 Monate", long_apr="6,99 %")
FIN_CHANGE_DATE = "2026-08-15"

RECALL_DATE = "2026-09-22"
HOTLINE = "0800 555 2040"
RECALL_HOTLINE = "0800 555 2099"

SUNDAY_DATE = "2026-10-04"
SUNDAY_HOURS = "12:00–17:00"

# ---- stores -----------------------------------------------------------------
# id, city, district/name suffix, street, plz, phone, weekday hours, saturday hours, restaurant name or None,
# restaurant hours, C&C hours, C&C gate, store manager, parking spaces, opened year
STORES = [
    ("hamburg", "Hamburg", "Hamburg-Bahrenfeld", "Stresemannstraße 310", "22761", "040 8890 4400", "10:00–20:00", "10:00–20:00", "Restaurant Elbblick", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 4", "Jana Petersen", 820, 1998),
    ("berlin", "Berlin", "Berlin-Tempelhof", "Großbeerenstraße 171", "12107", "030 7540 2200", "10:00–20:00", "10:00–20:00", "Restaurant Spreeküche", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 2", "Murat Demir", 950, 2001),
    ("muenchen", "München", "München-Moosach", "Dachauer Straße 455", "80993", "089 1470 3300", "10:00–20:00", "09:30–20:00", "Restaurant Isarstube", "09:30–19:30", "Mo–Sa 10:00–19:30", "Tor 1", "Franziska Huber", 1100, 1996),
    ("koeln", "Köln", "Köln-Marsdorf", "Toyota-Allee 42", "50858", "0221 9480 1100", "10:00–20:00", "10:00–20:00", "Restaurant Domkantine", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 3", "Stefan Kuhlmann", 780, 1999),
    ("frankfurt", "Frankfurt am Main", "Frankfurt-Fechenheim", "Orber Straße 58", "60386", "069 4120 7700", "10:00–20:00", "10:00–20:00", "Restaurant Mainterrasse", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 5", "Claudia Reuter", 640, 2003),
    ("stuttgart", "Stuttgart", "Stuttgart-Weilimdorf", "Motorstraße 21", "70499", "0711 8830 5500", "10:00–19:00", "10:00–19:00", "Restaurant Kesselblick", "10:00–18:30", "Mo–Sa 10:00–18:30", "Tor 2", "Tobias Ehrlich", 600, 2004),
    ("duesseldorf", "Düsseldorf", "Düsseldorf-Reisholz", "Henkelstraße 280", "40589", "0211 7390 6600", "10:00–20:00", "10:00–20:00", "Restaurant Rheinkiste", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 1", "Melanie Brandt", 700, 2005),
    ("leipzig", "Leipzig", "Leipzig-Paunsdorf", "Paunsdorfer Allee 14", "04329", "0341 2560 8800", "10:00–20:00", "10:00–20:00", "Restaurant Auenwald", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 2", "Robert Lange", 720, 2008),
    ("dortmund", "Dortmund", "Dortmund-Aplerbeck", "Schüruferstraße 300", "44287", "0231 4470 9900", "10:00–20:00", "10:00–20:00", None, None, "Mo–Sa 10:00–19:30", "Tor 3", "Sabine Kowalski", 560, 2010),
    ("essen", "Essen", "Essen-Kray", "Hubertstraße 205", "45307", "0201 5580 1200", "10:00–20:00", "10:00–20:00", "Bistro Zeche", "11:00–19:00", "Mo–Sa 10:00–19:30", "Tor 1", "Dirk Wessels", 500, 2011),
    ("bremen", "Bremen", "Bremen-Hemelingen", "Hemelinger Hafendamm 9", "28309", "0421 6620 3400", "10:00–19:00", "10:00–19:00", "Restaurant Weserdeck", "10:00–18:30", "Mo–Sa 10:00–18:30", "Tor 2", "Kerstin Albers", 480, 2006),
    ("dresden", "Dresden", "Dresden-Kaditz", "Washingtonstraße 60", "01139", "0351 8410 2700", "10:00–20:00", "10:00–20:00", "Restaurant Elbflorenz", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 3", "Heiko Schubert", 610, 2009),
    ("hannover", "Hannover", "Hannover-Laatzen", "Hildesheimer Straße 410", "30880", "0511 8240 5600", "10:00–20:00", "10:00–20:00", "Restaurant Leinestube", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 4", "Anke Vogt", 690, 2002),
    ("nuernberg", "Nürnberg", "Nürnberg-Kleinreuth", "Kilianstraße 120", "90425", "0911 3980 4100", "10:00–20:00", "09:30–20:00", "Restaurant Burgblick", "09:30–19:30", "Mo–Sa 10:00–19:30", "Tor 2", "Markus Pfeiffer", 650, 2007),
    ("muenster", "Münster", "Münster-Loddenheide", "Loddenheide 35", "48155", "0251 7160 2300", "10:00–19:00", "10:00–19:00", None, None, "Mo–Sa 10:00–18:30", "Tor 1", "Lisa Hölscher", 420, 2014),
    ("kiel", "Kiel", "Kiel-Wellsee", "Edisonstraße 18", "24145", "0431 5290 6100", "10:00–19:00", "10:00–19:00", "Bistro Förde", "11:00–18:00", "Mo–Sa 10:00–18:30", "Tor 2", "Jens Carstensen", 380, 2015),
    ("mannheim", "Mannheim", "Mannheim-Vogelstang", "Am Steinweg 7", "68309", "0621 7730 8200", "10:00–20:00", "10:00–20:00", "Restaurant Quadrate", "10:00–19:30", "Mo–Sa 10:00–19:30", "Tor 3", "Nadine Hoffmann", 530, 2012),
    ("augsburg", "Augsburg", "Augsburg-Lechhausen", "Derchinger Straße 140", "86165", "0821 4590 3700", "10:00–19:00", "10:00–19:00", "Restaurant Fuggerei", "10:00–18:30", "Mo–Sa 10:00–18:30", "Tor 1", "Thomas Brenner", 460, 2016),
]
LEIPZIG_OLD_ADDRESS = "Prager Straße 120, 04317 Leipzig"
LEIPZIG_MOVE_DATE = "2026-10-05"
SUNDAY_STORES = ["hamburg", "koeln"]

# towns per store: (town, km) -> zone from km
TOWNS = {
    "hamburg": [("Norderstedt", 22), ("Pinneberg", 26), ("Ahrensburg", 31), ("Buxtehude", 38), ("Lüneburg", 55), ("Stade", 58), ("Bad Segeberg", 64), ("Cuxhaven", 125), ("Helgoland", 160)],
    "berlin": [("Potsdam", 28), ("Falkensee", 24), ("Bernau bei Berlin", 35), ("Königs Wusterhausen", 41), ("Oranienburg", 44), ("Brandenburg an der Havel", 78), ("Frankfurt (Oder)", 98), ("Cottbus", 130)],
    "muenchen": [("Dachau", 14), ("Freising", 36), ("Erding", 42), ("Fürstenfeldbruck", 27), ("Starnberg", 33), ("Rosenheim", 72), ("Landshut", 76), ("Garmisch-Partenkirchen", 95)],
    "koeln": [("Hürth", 8), ("Bergisch Gladbach", 24), ("Leverkusen", 22), ("Brühl", 15), ("Bergheim", 21), ("Aachen", 68), ("Gummersbach", 58), ("Euskirchen", 36)],
    "frankfurt": [("Offenbach am Main", 9), ("Hanau", 18), ("Bad Homburg", 24), ("Darmstadt", 38), ("Wiesbaden", 45), ("Gießen", 68), ("Fulda", 104), ("Aschaffenburg", 42)],
    "stuttgart": [("Ludwigsburg", 12), ("Böblingen", 22), ("Esslingen am Neckar", 19), ("Waiblingen", 21), ("Heilbronn", 52), ("Reutlingen", 46), ("Ulm", 96), ("Schwäbisch Hall", 74)],
    "duesseldorf": [("Neuss", 14), ("Ratingen", 22), ("Hilden", 9), ("Solingen", 20), ("Wuppertal", 34), ("Mönchengladbach", 38), ("Krefeld", 33), ("Kleve", 101)],
    "leipzig": [("Markkleeberg", 14), ("Taucha", 9), ("Schkeuditz", 21), ("Halle (Saale)", 42), ("Grimma", 32), ("Borna", 36), ("Altenburg", 55), ("Zwickau", 92)],
    "dortmund": [("Schwerte", 12), ("Unna", 17), ("Lünen", 24), ("Hagen", 29), ("Hamm", 41), ("Iserlohn", 27), ("Soest", 52), ("Arnsberg", 64)],
    "essen": [("Mülheim an der Ruhr", 14), ("Gelsenkirchen", 9), ("Bochum", 13), ("Oberhausen", 18), ("Bottrop", 16), ("Recklinghausen", 27), ("Duisburg", 26), ("Wesel", 48)],
    "bremen": [("Delmenhorst", 19), ("Achim", 11), ("Oldenburg", 52), ("Verden (Aller)", 34), ("Osterholz-Scharmbeck", 31), ("Bremerhaven", 66), ("Nienburg/Weser", 63), ("Wangerooge", 142)],
    "dresden": [("Radebeul", 6), ("Meißen", 24), ("Pirna", 28), ("Freital", 18), ("Bautzen", 61), ("Riesa", 52), ("Görlitz", 108), ("Freiberg", 44)],
    "hannover": [("Laatzen", 3), ("Langenhagen", 17), ("Garbsen", 21), ("Hildesheim", 27), ("Celle", 45), ("Hameln", 52), ("Braunschweig", 63), ("Göttingen", 112)],
    "nuernberg": [("Fürth", 7), ("Erlangen", 21), ("Schwabach", 18), ("Lauf an der Pegnitz", 26), ("Ansbach", 47), ("Bamberg", 64), ("Regensburg", 108), ("Amberg", 68)],
    "muenster": [("Greven", 18), ("Telgte", 13), ("Warendorf", 29), ("Coesfeld", 41), ("Rheine", 47), ("Osnabrück", 61), ("Bielefeld", 84), ("Borken", 66)],
    "kiel": [("Eckernförde", 31), ("Neumünster", 38), ("Plön", 29), ("Rendsburg", 36), ("Preetz", 17), ("Flensburg", 88), ("Heide", 92), ("Fehmarn", 124)],
    "mannheim": [("Ludwigshafen am Rhein", 8), ("Heidelberg", 20), ("Viernheim", 6), ("Weinheim", 16), ("Worms", 24), ("Speyer", 27), ("Kaiserslautern", 68), ("Karlsruhe", 64)],
    "augsburg": [("Friedberg", 8), ("Königsbrunn", 15), ("Gersthofen", 11), ("Neusäß", 9), ("Aichach", 28), ("Landsberg am Lech", 44), ("Kempten (Allgäu)", 106), ("Ingolstadt", 74)],
}

def zone_for_km(km, town=""):
    if town in ("Helgoland", "Wangerooge", "Fehmarn"):
        return 4
    if km <= 30:
        return 1
    if km <= 60:
        return 2
    if km <= 120:
        return 3
    return 4

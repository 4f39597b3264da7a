# Core constants and store data for the GreenBasket domain.
TODAY = "2026-11-16"
CUTOFF = "2026-06-30"

CHAIN = "GreenBasket"
HEAD_OFFICE = "GreenBasket House, 2 Tanner's Row, Ashbridge AB1 4GB"
CARE_PHONE = "0300 555 0147"
CARE_EMAIL = "care@greenbasket.example"
FOUNDED = 1978

# Delivery / policy constants (current values)
DELIVERY_FEE = "£3.95"
DELIVERY_FEE_OLD = "£3.50"
FREE_DELIVERY = "£75"
FREE_DELIVERY_OLD = "£60"
DELIVERY_MIN = "£25"
OFFPEAK_FEE = "£1.50"
DELIVERY_PASS = "£7.99"
DELIVERY_PASS_OLD = "£6.99"
CC_FEE = "£1.00"
CC_FEE_THRESHOLD = "£40"
CC_MIN = "£15"
EXPRESS_FEE = "£6.95"
EXPRESS_MIN = "£15"
NONFOOD_RETURNS_DAYS = 45
NONFOOD_RETURNS_DAYS_OLD = 28
FLU_JAB_PRICE = "£16.99"
BAG_PRICE = "15p"

# hours patterns
HOURS = {
    "S1": [("Monday to Saturday", "07:00–22:00"), ("Sunday", "10:00–16:00")],
    "S2": [("Monday to Friday", "07:00–23:00"), ("Saturday", "07:00–22:00"), ("Sunday", "10:00–16:00")],
    "S3": [("Monday to Saturday", "08:00–22:00"), ("Sunday", "10:00–16:00")],
    "M1": [("Monday to Saturday", "08:00–21:00"), ("Sunday", "10:00–16:00")],
    "M2": [("Monday to Saturday", "07:30–21:00"), ("Sunday", "10:00–16:00")],
    "M3": [("Monday to Friday", "08:00–20:00"), ("Saturday", "08:00–19:00"), ("Sunday", "10:00–16:00")],
    "L1": [("Monday to Sunday", "07:00–22:00")],
    "L2": [("Monday to Saturday", "07:00–23:00"), ("Sunday", "08:00–22:00")],
    "L3": [("Monday to Sunday", "06:30–22:30")],
    # special
    "KETTLEWICK_NEW": [("Monday to Saturday", "07:00–23:00"), ("Sunday", "10:00–16:00")],
    "SALTMERE_NEW": [("Monday to Saturday", "07:00–20:00"), ("Sunday", "10:00–16:00")],
}

PHARMACY_HOURS = {
    "P1": [("Monday to Friday", "09:00–18:00"), ("Saturday", "09:00–17:00"), ("Sunday", "Closed")],
    "P2": [("Monday to Friday", "08:30–19:00"), ("Saturday", "09:00–17:00"), ("Sunday", "10:00–16:00")],
    "P3": [("Monday to Friday", "09:00–17:30"), ("Saturday", "09:00–13:00"), ("Sunday", "Closed")],
}

SERVICE_NAMES = {
    "PH": "Pharmacy",
    "BK": "In-store bakery",
    "CC": "Click-and-collect",
    "DL": "Deli counter",
    "FC": "Fish counter",
    "CF": "Café",
    "EV": "Electric vehicle charging",
    "PO": "Post office counter",
    "ATM": "Free cash machine",
    "HD": "Home delivery (orders picked here)",
    "EX": "Express delivery",
    "RC": "Soft-plastics recycling point",
    "TL": "Customer toilets",
    "BC": "Baby changing",
    "SG": "Scan & Go",
    "HF": "Hot food counter",
    "FL": "Fresh flowers",
}

# slug, name, format, street, town, postcode, opened, manager, hours, pharmacy-hours-key or None, services, parking, x, y
STORES = [
 ("ashbridge-central", "Ashbridge Central", "Superstore", "41 Market Street", "Ashbridge", "AB1 2MS", 1978, "Priya Hallworth", "S2", "P2", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF FL", "Multi-storey car park, 420 spaces, first 2 hours free", 50, 50),
 ("ashbridge-northgate", "Ashbridge Northgate", "Local", "7 Northgate Parade", "Ashbridge", "AB2 6NP", 2009, "Callum Reddish", "L2", None, "CC ATM RC", "No car park; on-street parking on Northgate", 51, 54),
 ("brackenford", "Brackenford", "Superstore", "Brackenford Road", "Brackenford", "AB7 3BR", 1991, "Joanne Whitcombe", "S1", "P1", "BK CC DL FC CF EV ATM HD RC TL BC SG", "Free car park, 310 spaces", 58, 61),
 ("calderwick", "Calderwick", "Market", "18 Mill Lane", "Calderwick", "CW3 1ML", 1984, "Owen Strickland", "M1", "P3", "BK CC DL ATM HD TL BC", "Free car park, 140 spaces", 32, 44),
 ("dunmere", "Dunmere", "Market", "2 Quayside Walk", "Dunmere", "WM5 2QW", 1996, "Hannah Oduya", "M2", None, "BK CC DL PO ATM HD TL", "Shared town-centre car park, 2 hours free with receipt", 78, 40),
 ("elmsworth", "Elmsworth", "Superstore", "Elmsworth Retail Park, Station Road", "Elmsworth", "CW8 4SR", 2002, "Gareth Pennock", "S2", "P2", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF FL", "Free car park, 500 spaces", 25, 30),
 ("fallowby", "Fallowby", "Local", "3 Church Street", "Fallowby", "CW9 7CS", 2014, "Ruth Anand", "L1", None, "CC ATM", "Small car park, 12 spaces", 20, 18),
 ("glenharrow", "Glenharrow", "Market", "60 High Street", "Glenharrow", "CW4 8HS", 1988, "Daniel Mbeki-Shaw", "M1", None, "BK CC DL ATM HD TL BC", "Free car park, 95 spaces", 12, 40),
 ("hollinsgate", "Hollinsgate", "Superstore", "Hollinsgate Way", "Hollinsgate", "AB9 1HW", 1999, "Sinead Carraway", "S1", "P1", "BK CC DL FC CF EV ATM HD EX RC TL BC SG FL", "Free car park, 380 spaces", 62, 66),
 ("ivelstone", "Ivelstone", "Local", "11 Bridge Street", "Ivelstone", "WM2 4BS", 2016, "Tomasz Wren", "L1", None, "CC RC", "On-street parking only", 90, 60),
 ("kettlewick", "Kettlewick", "Superstore", "Kettlewick Road", "Kettlewick", "CW1 5KR", 1986, "Aisha Pemberton", "KETTLEWICK_NEW", "P2", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF PH FL", "Free car park, 350 spaces", 38, 22),
 ("lanthorne", "Lanthorne", "Market", "Lanthorne Square", "Lanthorne", "WM7 3LS", 1993, "Iain Forsythe", "M3", "P3", "BK CC DL ATM HD TL BC", "Free car park, 120 spaces", 84, 72),
 ("millbeck", "Millbeck", "Local", "28 Beck Road", "Millbeck", "CW6 2BR", 2011, "Leah Gosforth", "L1", None, "CC ATM RC", "Car park, 20 spaces", 28, 58),
 ("netherby-cross", "Netherby Cross", "Market", "1 Cross Street", "Netherby Cross", "AB4 9CS", 1990, "Martin Ashdown", "M1", None, "BK CC DL PO ATM HD TL", "Free car park, 110 spaces", 44, 70),
 ("oakhollow", "Oakhollow", "Superstore", "Oakhollow Park, Ring Road", "Oakhollow", "CW2 6RR", 2005, "Nadia Fairclough", "S2", "P1", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF", "Free car park, 450 spaces", 18, 62),
 ("pellingham", "Pellingham", "Market", "14 Fore Street", "Pellingham", "WM3 5FS", 1987, "Stuart Haldane", "M2", None, "BK CC DL ATM HD TL", "Pay and display, refunded on spend over £10", 70, 28),
 ("quarrydown", "Quarrydown", "Local", "5 Quarry Hill", "Quarrydown", "CW5 8QH", 2018, "Bethany Orme", "L3", None, "CC ATM RC", "Small car park, 15 spaces", 8, 26),
 ("rookhaven", "Rookhaven", "Market", "Harbour Road", "Rookhaven", "WM8 1HR", 1994, "Femi Castellan", "M1", None, "BK CC DL FC ATM HD TL BC", "Free car park, 130 spaces", 96, 48),
 ("rookhaven-quay", "Rookhaven Quay", "Local", "Unit 3, The Quay", "Rookhaven", "WM8 2TQ", 2026, "Ellie Marchbank", "L2", None, "CC ATM RC TL", "No car park; Quay public car park 200 m away", 98, 46),
 ("saltmere", "Saltmere", "Superstore", "Saltmere Bypass", "Saltmere", "WM1 3SB", 1982, "Robert Kinsella", "SALTMERE_NEW", "P1", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF", "Free car park, 400 spaces", 88, 30),
 ("thistleby", "Thistleby", "Local", "9 Green Lane", "Thistleby", "AB5 2GL", 2013, "Chloe Banerjee", "L1", None, "CC ATM", "Car park, 10 spaces", 56, 80),
 ("upperwick", "Upperwick", "Market", "33 Castle Street", "Upperwick", "CW7 1CS", 1998, "Harvey Lindqvist", "M3", None, "BK CC DL ATM HD TL", "Free car park, 90 spaces", 30, 12),
 ("vessington", "Vessington", "Superstore", "Vessington Interchange", "Vessington", "AB8 4VI", 2007, "Grace Tolhurst", "S3", "P2", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF FL", "Free car park, 480 spaces", 68, 88),
 ("wexley-green", "Wexley Green", "Local", "2 The Green", "Wexley Green", "AB3 8TG", 2015, "Marcus Holroyd", "L2", None, "CC RC", "On-street parking only", 46, 58),
 ("yarrowdale", "Yarrowdale", "Market", "Yarrow Road", "Yarrowdale", "CW10 3YR", 1992, "Fiona Castleton", "M1", None, "BK CC DL ATM HD TL BC", "Free car park, 100 spaces", 6, 52),
 ("ambleford", "Ambleford", "Local", "17 Mill Street", "Ambleford", "AB6 1MS", 2012, "Kieran Dobbs", "L1", None, "CC ATM", "Car park, 18 spaces", 40, 84),
 ("birchcombe", "Birchcombe", "Market", "4 Abbey Road", "Birchcombe", "WM6 4AR", 1997, "Sophie Ravensworth", "M2", None, "BK CC DL ATM HD TL BC", "Free car park, 105 spaces", 76, 82),
 ("cotterell-park", "Cotterell Park", "Superstore", "Cotterell Park Way", "Ashbridge", "AB10 7CP", 2010, "Neil Braithwaite", "S1", "P1", "BK CC DL FC CF EV ATM HD RC TL BC SG", "Free car park, 360 spaces", 44, 46),
 ("dovecote-lane", "Dovecote Lane", "Local", "22 Dovecote Lane", "Saltmere", "WM1 8DL", 2017, "Zara Whitlock", "L3", None, "CC ATM RC", "No car park", 86, 34),
 ("eastmere", "Eastmere", "Market", "The Crescent", "Eastmere", "WM4 2TC", 1995, "Alan Petrakis", "M1", None, "BK CC DL PO ATM HD TL", "Free car park, 85 spaces", 100, 36),
 ("fernhill", "Fernhill", "Local", "6 Fernhill Road", "Fernhill", "CW11 5FR", 2019, "Jade Okonkwo", "L1", None, "CC ATM", "Car park, 14 spaces", 14, 10),
 ("greywater", "Greywater", "Market", "Greywater Road", "Greywater", "CW12 6GR", 1989, "Patrick Ullswater", "M3", None, "BK CC DL ATM HD TL", "Free car park, 115 spaces", 22, 76),
 ("heathcombe", "Heathcombe", "Local", "1 Heath Row", "Heathcombe", "AB11 3HR", 2020, "Maya Sutcliffe", "L2", None, "CC ATM RC", "Car park, 16 spaces", 60, 92),
 ("inchbury", "Inchbury", "Market", "45 Station Street", "Inchbury", "WM9 7SS", 2000, "Gordon Achterberg", "M1", None, "BK CC DL ATM HD TL BC", "Free car park, 100 spaces", 92, 90),
 ("juniper-vale", "Juniper Vale", "Local", "8 Vale Parade", "Juniper Vale", "CW13 2VP", 2021, "Lucy Fenwicke", "L1", None, "CC ATM", "Car park, 10 spaces", 4, 70),
 ("kestrel-point", "Kestrel Point", "Superstore", "Kestrel Point Retail Park", "Kestrel Point", "WM10 5KP", 2008, "Omar Lindgren", "S3", "P3", "BK CC DL FC CF EV ATM HD RC TL BC SG", "Free car park, 420 spaces", 80, 58),
 ("lynmoor", "Lynmoor", "Market", "3 Moor Street", "Lynmoor", "AB12 4MS", 1985, "Rachel Draycott", "M2", None, "BK CC DL ATM HD TL", "Free car park, 80 spaces", 66, 40),
 ("moorhaven", "Moorhaven", "Local", "12 Harbour Street", "Moorhaven", "WM11 1HS", 2016, "Ben Treharne", "L1", None, "CC RC", "On-street parking only", 104, 62),
 ("newlands-road", "Newlands Road", "Local", "90 Newlands Road", "Kettlewick", "CW1 9NR", 2018, "Esther Mallinson", "L3", None, "CC ATM RC", "Car park, 12 spaces", 36, 18),
 ("orrinsby", "Orrinsby", "Market", "Orrinsby Cross", "Orrinsby", "CW14 8OC", 1990, "Vikram Thornley", "M1", None, "BK CC DL ATM HD TL BC", "Free car park, 95 spaces", 10, 84),
 ("portwen", "Portwen", "Superstore", "Portwen Marina Road", "Portwen", "WM12 3MR", 2004, "Isla Merriweather", "S2", "P2", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF FL", "Free car park, 390 spaces", 108, 24),
 ("ravensclough", "Ravensclough", "Local", "4 Clough Lane", "Ravensclough", "CW15 1CL", 2019, "Adam Kirkbride", "L1", None, "CC ATM", "Car park, 8 spaces", 16, 90),
 ("stonebeck", "Stonebeck", "Market", "27 Beck Street", "Stonebeck", "AB13 6BS", 1983, "Helen Charnock", "M3", None, "BK CC DL PO ATM HD TL", "Free car park, 75 spaces", 52, 30),
 ("tidebury", "Tidebury", "Local", "15 Sea View Road", "Tidebury", "WM13 9SV", 2022, "Josh Penhallow", "L2", None, "CC RC", "On-street parking only", 112, 40),
 ("wendmoor-retail-park", "Wendmoor Retail Park", "Superstore", "Unit 1, Wendmoor Retail Park", "Wendmoor", "WM14 2RP", 2011, "Kate Armitage", "S2", "P2", "BK CC DL FC CF EV ATM HD EX RC TL BC SG HF FL", "Free car park, 520 spaces", 82, 52),
]

# pharmacy membership (services): add PH where pharmacy key present
def store_dicts():
    out = []
    for row in STORES:
        (slug, name, fmt, street, town, pc, opened, mgr, hk, phk, svc, parking, x, y) = row
        services = svc.split()
        if phk and "PH" not in services:
            services.append("PH")
        out.append(dict(slug=slug, name=name, format=fmt, street=street, town=town, postcode=pc,
                        opened=opened, manager=mgr, hours_key=hk, pharmacy_key=phk,
                        services=services, parking=parking, x=x, y=y))
    return out

EXPRESS_STORES = ["Ashbridge Central", "Elmsworth", "Hollinsgate", "Kettlewick", "Oakhollow",
                  "Saltmere", "Vessington", "Portwen", "Wendmoor Retail Park"]

# Store phone numbers: deterministic
def store_phone(i):
    return f"0300 555 {2100 + i*13:04d}"

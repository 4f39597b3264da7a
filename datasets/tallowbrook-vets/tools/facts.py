"""Single source of truth for Tallowbrook Veterinary Group facts.
TODAY = 2026-11-16, training cutoff = 2026-05-31."""

TODAY = "2026-11-16"
CUTOFF = "2026-05-31"
COUNTY = "Wendmoor"
GROUP = "Tallowbrook Veterinary Group"

CLINICS = {
    "tallowbrook-central": dict(
        name="Tallowbrook Central", town="Tallowbrook", kind="small-animal hospital",
        address="14 Millrace Lane, Tallowbrook WN4 2QS", phone="01632 480100",
        email="central@tallowbrookvets.example",
        hours=[("Monday to Friday", "08:00-19:00"), ("Saturday", "08:30-16:00"),
               ("Sunday", "10:00-12:00 (nurse-only: medication collection and inpatient visits)")],
        lead="Dr Owen Trethewey", parking="Free client car park with 22 spaces behind the building; two disabled bays by the entrance.",
        facilities="digital X-ray, ultrasound, endoscopy, dental X-ray, a 24-bed inpatient ward, separate cat and dog wards, an isolation unit and the group's in-house laboratory",
        species="dogs, cats, rabbits and small pets"),
    "ashcombe-ferrers": dict(
        name="Ashcombe Ferrers", town="Ashcombe Ferrers", kind="mixed practice (small animal and farm)",
        address="Ferrers Barn, Combe Road, Ashcombe Ferrers WN7 5HL", phone="01632 480200",
        email="ashcombe@tallowbrookvets.example",
        hours=[("Monday to Friday", "08:30-18:30"), ("Saturday", "09:00-12:00"), ("Sunday", "Closed")],
        lead="Dr Fiona Cardew", parking="Gravel yard with space for around 15 cars and room for a livestock trailer to turn.",
        facilities="digital X-ray, ultrasound, a small-animal theatre, a farm dispensary, a cattle crush and a bulk-milk sampling service",
        species="dogs, cats, rabbits, cattle, sheep and goats"),
    "kelsby": dict(
        name="Kelsby", town="Kelsby", kind="small-animal clinic",
        address="Unit 3, Kelsby Gate Retail Park, Ferry Road, Kelsby WN2 9TX", phone="01632 480300",
        email="kelsby@tallowbrookvets.example",
        hours=[("Monday to Friday", "08:00-19:00"), ("Saturday", "09:00-15:00"), ("Sunday", "Closed")],
        lead="Dr Tomasz Wren", parking="Free retail-park parking with 40 spaces; the clinic is next to the garden centre.",
        facilities="digital X-ray, ultrasound, two consulting rooms plus a dedicated cat consulting room, a theatre and a dental suite",
        species="dogs, cats, rabbits and small pets"),
    "marhaven": dict(
        name="Marhaven", town="Marhaven", kind="small-animal clinic",
        address="7 Quayside Walk, Marhaven WN9 3EP", phone="01632 480400",
        email="marhaven@tallowbrookvets.example",
        hours=[("Monday, Tuesday, Wednesday and Friday", "08:30-18:30"), ("Thursday", "08:30-20:00"),
               ("Saturday", "09:00-16:00"), ("Sunday", "Closed")],
        lead="Dr Elspeth Rowe", parking="No on-site parking; use the Quayside pay-and-display car park (first 30 minutes free with a clinic token from reception).",
        facilities="digital X-ray, a theatre, two consulting rooms and a nurse clinic room",
        species="dogs, cats, rabbits, ferrets and small pets"),
    "dunstow": dict(
        name="Dunstow", town="Dunstow", kind="mixed practice (small animal, farm and smallholder)",
        address="Hollins Farm Buildings, Station Road, Dunstow WN11 4RB", phone="01632 480500",
        email="dunstow@tallowbrookvets.example",
        hours=[("Monday to Friday", "08:30-18:00"), ("Saturday", "09:00-12:00"), ("Sunday", "Closed")],
        lead="Dr Ieuan Probert", parking="Large yard with parking for 20 cars and livestock trailers.",
        facilities="digital X-ray, a theatre, a farm dispensary, a post-mortem room and a sheep-handling area",
        species="dogs, cats, cattle, sheep, goats, pigs, camelids and poultry"),
    "orrin-cross": dict(
        name="Orrin Cross", town="Orrin Cross", kind="small-animal branch surgery",
        address="3 Chapel Row, Orrin Cross WN6 1JJ", phone="01632 480600",
        email="orrincross@tallowbrookvets.example",
        hours=[("Monday to Friday", "09:00-17:30 (closed 13:00-14:00)"), ("Saturday", "Closed"), ("Sunday", "Closed")],
        lead="Dr Naomi Sallis", parking="Two client spaces at the front; free street parking on Chapel Row.",
        facilities="two consulting rooms and a dispensary; surgery and X-ray are done at Tallowbrook Central",
        species="dogs, cats and rabbits"),
}

KELSBY_OLD = dict(address="22 Market Street, Kelsby WN2 8AD",
                  hours=[("Monday to Friday", "08:30-18:30"), ("Saturday", "09:00-13:00"), ("Sunday", "Closed")],
                  move_date="2026-09-14", last_day_old="2026-09-11")
MARHAVEN_OLD_HOURS = [("Monday to Friday", "08:30-18:30"), ("Saturday", "09:00-12:30"), ("Sunday", "Closed")]
MARHAVEN_CHANGE = "2026-08-03"

OOH_OLD = dict(name="Nightingale Vets Wendmoor", address="41 Harrow Road, Tallowbrook WN4 6BE", phone="01632 960410",
               fees={"evening": "£148", "night": "£195", "weekend": "£172"}, until="2026-06-30")
OOH_NEW = dict(name="Brightwater Emergency Vets", address="5 Castle Park, Marhaven WN9 1LT", phone="01632 960777",
               fees={"evening": "£165", "night": "£215", "weekend": "£189"}, start="2026-07-01")
FARM_OOH = "01632 480199"

# price changes effective 2026-08-01 : key -> (label, old, new, category)
PRICE_CHANGE_DATE = "2026-08-01"
PRICES = {
    "consult": ("Standard consultation (15 minutes)", 52.00, 56.50, "consultations"),
    "recheck": ("Recheck consultation (within 14 days, same problem)", 34.00, 37.00, "consultations"),
    "longconsult": ("Extended consultation (30 minutes)", 89.00, 96.00, "consultations"),
    "nurse": ("Nurse clinic appointment", 22.00, 24.00, "consultations"),
    "homevisit": ("Home visit call-out (plus consultation)", 75.00, 82.00, "consultations"),
    "dogboost": ("Dog annual booster (including health check)", 58.00, 62.00, "vaccinations"),
    "dogprimary": ("Dog primary vaccination course (two injections)", 96.00, 104.00, "vaccinations"),
    "l4conv": ("Leptospirosis L4 conversion dose", None, 32.00, "vaccinations"),
    "catboost": ("Cat annual booster (including health check)", 56.00, 61.00, "vaccinations"),
    "catprimary": ("Cat primary vaccination course (two injections)", 92.00, 99.00, "vaccinations"),
    "rabbitvax": ("Rabbit combined myxomatosis/RHD vaccine (Lapivac Duo)", 54.00, 59.00, "vaccinations"),
    "kc": ("Kennel cough vaccine (Tussivax IN, intranasal)", 38.00, 41.00, "vaccinations"),
    "microchip": ("Microchip implantation", 22.00, 24.00, "vaccinations"),
    "catspay": ("Cat spay (ovariohysterectomy)", 165.00, 179.00, "neutering"),
    "catcast": ("Cat castration", 118.00, 128.00, "neutering"),
    "dogspay20": ("Dog spay, under 20 kg", 395.00, 425.00, "neutering"),
    "dogspay40": ("Dog spay, 20-40 kg", 465.00, 499.00, "neutering"),
    "dogcast20": ("Dog castration, under 20 kg", 310.00, 335.00, "neutering"),
    "dogcast40": ("Dog castration, 20-40 kg", 365.00, 392.00, "neutering"),
    "rabbitneuter": ("Rabbit neutering (either sex)", 139.00, 149.00, "neutering"),
    "dental1": ("Dental scale and polish, grade 1 (under general anaesthetic)", 365.00, 389.00, "dentistry"),
    "dental2": ("Dental with up to 3 extractions, grade 2", 545.00, 585.00, "dentistry"),
    "dentalxray": ("Full-mouth dental X-rays (add-on)", 95.00, 102.00, "dentistry"),
    "xray": ("X-ray study (first view, sedation extra)", 198.00, 212.00, "diagnostics"),
    "ultrasound": ("Abdominal ultrasound scan", 245.00, 262.00, "diagnostics"),
    "bloodsenior": ("Senior blood and urine screen", 118.00, 126.00, "diagnostics"),
    "bloodprean": ("Pre-anaesthetic blood test", 58.00, 62.00, "diagnostics"),
    "t4": ("Total T4 (thyroid) blood test", 45.00, 48.00, "diagnostics"),
    "bp": ("Blood pressure measurement", 28.00, 30.00, "diagnostics"),
    "urine": ("Urinalysis (in-house)", 36.00, 39.00, "diagnostics"),
    "repeatrx": ("Repeat prescription (dispensed)", 14.50, 15.50, "prescriptions"),
    "writtenrx": ("Written prescription", 19.00, 21.00, "prescriptions"),
    "euth": ("Euthanasia, cat or dog (in clinic)", 115.00, 124.00, "end-of-life"),
    "cremcomm": ("Communal cremation (up to 10 kg)", 68.00, 74.00, "end-of-life"),
    "cremind": ("Individual cremation with casket (up to 10 kg)", 215.00, 229.00, "end-of-life"),
    "farmvisit": ("Farm visit charge (per visit)", 38.00, 42.00, "farm"),
    "tbtest": ("TB test, per head (cattle)", 4.20, 4.60, "farm"),
    "farmhour": ("Farm vet time (per hour, routine)", 148.00, 158.00, "farm"),
    "calving": ("Calving, assisted (plus visit charge)", 165.00, 178.00, "farm"),
    "lambing": ("Lambing / ewe caesarean", 185.00, 198.00, "farm"),
    "pdscan": ("Pregnancy scanning cattle, per head", 3.80, 4.10, "farm"),
    "hospday": ("Hospitalisation, per day (small animal)", 78.00, 84.00, "hospital"),
    "drip": ("Intravenous fluid therapy, per day", 96.00, 104.00, "hospital"),
    "nailclip": ("Nail clip (nurse)", 14.00, 15.00, "consultations"),
    "analglands": ("Anal gland expression (nurse)", 18.00, 19.50, "consultations"),
}
PRICE_CATEGORIES = {
    "consultations": "Consultations and nurse services", "vaccinations": "Vaccinations and microchipping",
    "neutering": "Neutering", "dentistry": "Dentistry", "diagnostics": "Diagnostics and laboratory",
    "prescriptions": "Prescriptions", "end-of-life": "End-of-life care", "farm": "Farm and livestock",
    "hospital": "Hospitalisation",
}
# older history (2025-01-06 price review) : key -> price in 2025 ; 2026 "old" = Feb 2026 review
PRICE_2025_FACTOR = 0.955

def gbp(x):
    return f"£{x:,.2f}"

CARE_CLUB_START = "2026-07-01"
CARE_CLUB_OLD = {
    "Care Club Core": {"dog": 15.50, "cat": 13.00, "incl": ["annual booster vaccination", "two health checks a year", "monthly flea and worm treatment (FleaShield Spot-On and Praziguard)", "10% off other services and medicines"]},
    "Care Club Plus": {"dog": 21.00, "cat": 18.50, "incl": ["everything in Core", "one extra consultation a year", "unlimited nurse nail clips", "15% off other services and medicines"]},
}
CARE_CLUB_NEW = {
    "Essential": {"dog": 16.75, "cat": 14.25, "rabbit": 9.50,
                  "incl": ["annual booster vaccination and health check", "a six-month nurse health check", "flea and worm treatment (FleaShield Spot-On and Praziguard; rabbits get Lapivac Duo and a fly-strike preventative)", "10% off other services and medicines"]},
    "Complete": {"dog": 23.50, "cat": 20.00, "rabbit": 12.50,
                 "incl": ["everything in Essential", "two extra consultations a year", "unlimited nurse nail clips", "an annual urine test", "a six-monthly dental check with a nurse", "15% off other services and medicines"]},
    "Senior Complete": {"dog": 29.00, "cat": 25.50,
                        "incl": ["everything in Complete", "a senior blood and urine screen every six months", "a blood pressure check every six months", "15% off other services and medicines"],
                        "eligibility": "dogs aged 8 years or over and cats aged 10 years or over"},
}

# staff: name -> dict
STAFF_FIXED = [
    ("Dr Owen Trethewey", "vet", "tallowbrook-central", "Clinical Director (from 1 July 2026); previously Senior Vet", "2011", "BVSc MRCVS, Cert AVP (Small Animal Medicine)", "internal medicine and endocrinology"),
    ("Dr Helen Marchbank", "vet", "tallowbrook-central", "Clinical Director until 30 June 2026 (retired)", "1998", "BVM&S MRCVS", "soft-tissue surgery"),
    ("Dr Grace Okonjo", "vet", "tallowbrook-central", "Senior Vet", "2014", "BVetMed MRCVS, Cert AVP (Diagnostic Imaging)", "diagnostic imaging"),
    ("Dr Samuel Fenwick", "vet", "tallowbrook-central", "Vet", "2019", "BVSc MRCVS", "orthopaedics"),
    ("Dr Fiona Cardew", "vet", "ashcombe-ferrers", "Lead Vet", "2009", "BVMS MRCVS", "small-animal dermatology"),
    ("Dr Angus Merriott", "vet", "ashcombe-ferrers", "Farm Lead Vet", "2006", "BVM&S MRCVS, Cert CHP", "dairy herd health and fertility"),
    ("Dr Priya Lakhani", "vet", "kelsby", "Lead Vet until 14 August 2026 (left the group)", "2012", "BVSc MRCVS", "feline medicine"),
    ("Dr Tomasz Wren", "vet", "kelsby", "Lead Vet (from 17 August 2026)", "2013", "DVM MRCVS, Cert AVP (Small Animal Surgery)", "soft-tissue surgery"),
    ("Dr Elspeth Rowe", "vet", "marhaven", "Lead Vet", "2010", "BVetMed MRCVS", "dentistry"),
    ("Dr Ieuan Probert", "vet", "dunstow", "Lead Vet", "2008", "BVSc MRCVS", "sheep flock health"),
    ("Dr Rhodri Pask", "vet", "dunstow", "Farm Vet (joined 22 June 2026)", "2021", "BVSc MRCVS", "beef suckler herds and TB testing"),
    ("Dr Naomi Sallis", "vet", "orrin-cross", "Lead Vet", "2015", "BVMS MRCVS", "rabbit and exotic medicine"),
    ("Aisha Kofi-Bright", "nurse", "tallowbrook-central", "Group Head Nurse (from 1 September 2026)", "2012", "RVN, Dip AVN (Surgical)", "anaesthesia monitoring"),
    ("Claire Dunmore", "nurse", "tallowbrook-central", "Group Head Nurse until 31 August 2026 (left the group)", "2003", "RVN", "nurse clinics"),
]
FIRST = ["Amelia", "Ben", "Chloe", "Daniel", "Eleanor", "Finn", "Georgia", "Harry", "Isla", "Jacob", "Katie", "Liam", "Megan", "Nathan", "Olivia", "Patrick", "Rosie", "Sean", "Tara", "Uma", "Victoria", "Will", "Yasmin", "Zac", "Hannah", "Joel", "Lucy", "Matthew", "Niamh", "Oscar", "Phoebe", "Rory", "Sophie", "Tom", "Abigail", "Callum", "Darcey", "Ewan", "Freya", "Gareth", "Holly", "Imogen", "Jodie", "Kieran"]
LAST = ["Ashdown", "Blyth", "Carrow", "Dellow", "Ellery", "Fairbairn", "Garside", "Hollick", "Ingram", "Jessop", "Kellaway", "Lintott", "Maddock", "Nettleton", "Orchard", "Pengelly", "Quarrie", "Ridley", "Stainton", "Tregear", "Upcott", "Vosper", "Whitlock", "Yeoland", "Allard", "Bramall", "Coombe", "Drury", "Eastwood", "Ferris", "Gilmour", "Hext", "Ivory", "Jewell", "Kitto", "Lovell", "Mallett", "Northey", "Opie", "Prowse"]
INTERESTS_VET = ["cardiology", "dermatology", "ophthalmology", "anaesthesia", "behaviour", "geriatric medicine", "feline medicine", "rabbit medicine", "oncology", "ultrasound", "orthopaedics", "emergency care", "dentistry", "camelid health", "calf health", "mastitis control", "lameness in sheep", "pig health", "poultry health", "smallholder animals"]
INTERESTS_NURSE = ["weight clinics", "puppy socialisation", "dental nursing", "anaesthesia monitoring", "senior pet clinics", "diabetic clinics", "rabbit care", "wound management", "fear-free handling", "nutrition", "physiotherapy", "laboratory work", "kitten clinics", "inpatient care", "client education"]

# vaccination
VAX_CHANGE = "2026-06-15"
VAX_DOG_OLD = "first injection at 8 weeks, second at 10 weeks (Canivax DHP with Leptoguard L2); puppies could go out 1 week after the second injection"
VAX_DOG_NEW = "first injection at 8 weeks, second at 12 weeks (Canivax DHP with Leptoguard L4); puppies can go out 1 week after the second injection, with full leptospirosis protection 3 weeks after it"

# drug shortage
SHORTAGE = dict(drug="Thyrexa 5 mg tablets", generic="methimazole (thiamazole)", notice="2026-08-20",
                sub="Methisol 5 mg/ml oral solution", recheck="free nurse appointment for a T4 recheck 3 weeks after switching (the £48.00 T4 lab fee still applies)",
                resupply="January 2027")

PMS_OLD = "VetLedger Classic"; PMS_NEW = "Pawtrack Cloud"; PMS_GOLIVE = "2026-09-28"
PORTAL_OLD = "MyTallowbrook"; PORTAL_NEW = "Pawtrack Pet Portal"
SMS_OLD = "TALLOWBRK"; SMS_NEW = "TBVETS"
RX_NOTICE_OLD = "72 hours"; RX_NOTICE_NEW = "48 hours"

REFERRAL_CENTRES = [
    ("Severnside Veterinary Referrals", "Carrow Park, Severnside SV3 7PL", "01632 970110", "orthopaedics, soft-tissue surgery, neurology and MRI", "Mr Julian Aske (orthopaedics), Dr Hana Iverson (neurology)"),
    ("Fenwold Animal Eye Clinic", "2 Mill Yard, Fenwold FW1 2DN", "01632 970220", "ophthalmology", "Dr Ruth Calloway"),
    ("Northmoor Cardiology Service", "Northmoor Business Centre, Northmoor NM5 8QQ", "01632 970330", "cardiology and echocardiography (visiting service at Tallowbrook Central on the first Tuesday of each month)", "Dr Piers Halloran"),
    ("Wendmoor Skin and Ear Referrals", "12 Abbey Close, Tallowbrook WN4 3RR", "01632 970440", "dermatology and otology", "Dr Maya Esterhuizen"),
    ("Castlegate Oncology Referrals", "Castlegate Hospital, Severnside SV1 4AB", "01632 970550", "oncology and chemotherapy", "Dr Laurence Pike"),
    ("Westmarch Equine and Farm Hospital", "Westmarch WM2 6LA", "01632 970660", "equine surgery and farm-animal referral", "Dr Imogen Thorne"),
]

from gen_common import *
from data_plans import *
from data_directory import *

ALL_PLANS = [PLANS[p]["name"] for p in PLAN_ORDER]
COMMERCIAL = [PLANS[p]["name"] for p in ["CU", "TQ", "SS", "SG"]]

CLINICS = []    # dicts
PROVIDERS = []
PHARMACIES = []
USED_ADDR = set()


def addr_for(city):
    c = CITIES[city]
    while True:
        num = rng.randint(100, 9899)
        st = rng.choice(c["streets"])
        a = f"{num} {st}"
        if a not in USED_ADDR:
            USED_ADDR.add(a)
            return a, rng.choice(c["zips"])


def phone_for(city):
    return f"({CITIES[city]['area']}) 555-{rng.randint(1000, 9899):04d}"


def hours_rows(h):
    return table(["Day", "Hours"], [[k, v] for k, v in h.items()])


def hours_inline(h):
    return "; ".join(f"{k} {v}" for k, v in h.items())


def plans_for(city, mode="all"):
    county = CITIES[city]["county"]
    base = ALL_PLANS if mode == "all" else (COMMERCIAL if mode == "commercial" else [p for p in ALL_PLANS if p != "Copper Saver HMO"])
    if county in DB_COUNTIES_EXCLUDED:
        base = [p for p in base if "Desert Bloom" not in p]
    return base


SM_SERVICES = {
    "Primary care": ["Adult and child primary care", "Well-child visits and vaccines", "Chronic condition care (diabetes, blood pressure, asthma)", "Lab draws on site", "Same-day sick visits", "Behavioral health integration"],
    "Urgent care": ["Minor injuries, sprains and cuts", "Cold, flu, COVID-19 and strep testing", "X-ray on site", "Stitches and splinting", "Work and sports physicals"],
}


def sm_clinics():
    for slug, name, typ, street, city, z, ph, hours, langs, accepting, note in SM_CLINICS:
        c = dict(slug=slug, name=name, type=typ, street=street, city=city, zip=z, phone=ph, hours=hours, langs=langs,
                 accepting=accepting, note=note, owned=True, state=CITIES[city]["state"], county=CITIES[city]["county"],
                 plans=plans_for(city), telehealth=True, specialty="Family Medicine" if typ == "Primary care" else "Urgent Care")
        CLINICS.append(c)


def partner_clinics():
    used_names = set()
    cities = list(CITIES.keys())
    weights = {"Tucson": 5, "Phoenix": 5, "Albuquerque": 5, "El Paso": 4, "Mesa": 3, "Las Cruces": 3, "Santa Fe": 2, "Chandler": 2,
               "Tempe": 2, "Glendale": 2, "Yuma": 2, "Flagstaff": 2}
    hours_opts = [
        {"Mon–Fri": "8:00 a.m.–5:00 p.m.", "Sat": "Closed", "Sun": "Closed"},
        {"Mon–Thu": "7:30 a.m.–5:30 p.m.", "Fri": "7:30 a.m.–12:00 p.m.", "Sat": "Closed", "Sun": "Closed"},
        {"Mon–Fri": "8:30 a.m.–4:30 p.m.", "Sat": "Closed", "Sun": "Closed"},
        {"Mon–Fri": "7:00 a.m.–6:00 p.m.", "Sat": "8:00 a.m.–12:00 p.m.", "Sun": "Closed"},
        {"Mon, Wed, Fri": "8:00 a.m.–5:00 p.m.", "Tue, Thu": "10:00 a.m.–7:00 p.m.", "Sat–Sun": "Closed"},
        {"Mon–Fri": "9:00 a.m.–6:00 p.m.", "Sat": "9:00 a.m.–1:00 p.m.", "Sun": "Closed"},
    ]
    type_counts = {"Family medicine": 9, "Internal medicine": 6, "Pediatrics": 7, "Women's health (OB/GYN)": 6, "Cardiology": 5,
                   "Orthopedics": 5, "Dermatology": 4, "Endocrinology": 4, "Behavioral health": 8, "Physical therapy": 6,
                   "Eye care": 4, "Gastroenterology": 3, "Pulmonology and sleep": 3, "Nephrology": 2, "Oncology": 3, "Neurology": 3,
                   "Urology": 2, "Ear, nose and throat (ENT)": 3, "Podiatry": 2, "Community health center": 6, "Imaging center": 6,
                   "Laboratory": 3, "Sleep lab": 3}
    services = {
        "Family medicine": ["Primary care for all ages", "Preventive visits", "Minor procedures", "Vaccines"],
        "Internal medicine": ["Adult primary care", "Chronic disease management", "Medicare wellness visits"],
        "Pediatrics": ["Well-child visits", "Vaccines", "Sick visits", "ADHD and developmental screening"],
        "Women's health (OB/GYN)": ["Prenatal care", "Deliveries at affiliated hospital", "Contraception including IUDs", "Menopause care"],
        "Cardiology": ["Consultations", "Echocardiograms", "Stress testing", "Heart rhythm monitoring"],
        "Orthopedics": ["Sports medicine", "Joint replacement consultations", "Fracture care", "Injections"],
        "Dermatology": ["Skin cancer checks", "Acne and eczema care", "Mohs surgery (selected locations)"],
        "Endocrinology": ["Diabetes care", "Insulin pump and CGM training", "Thyroid disorders"],
        "Behavioral health": ["Individual and family therapy", "Psychiatric medication management", "Substance use counseling", "Telehealth visits"],
        "Physical therapy": ["Physical therapy", "Occupational therapy", "Sports rehab", "Pelvic floor therapy"],
        "Eye care": ["Routine eye exams", "Diabetic eye exams", "Cataract evaluation", "Glaucoma care"],
        "Gastroenterology": ["Colonoscopy", "Upper endoscopy", "Liver disease care"],
        "Pulmonology and sleep": ["Asthma and COPD care", "Pulmonary function testing", "Home sleep apnea testing"],
        "Nephrology": ["Chronic kidney disease care", "Dialysis planning"],
        "Oncology": ["Chemotherapy infusion", "Hematology", "Cancer survivorship clinic"],
        "Neurology": ["Headache and migraine care", "Epilepsy", "Memory clinic"],
        "Urology": ["Kidney stones", "Prostate care", "Vasectomy"],
        "Ear, nose and throat (ENT)": ["Sinus care", "Hearing tests", "Allergy testing and shots"],
        "Podiatry": ["Diabetic foot care", "Orthotics", "Foot surgery"],
        "Community health center": ["Primary care", "Dental care (sliding fee)", "Behavioral health", "On-site pharmacy"],
        "Imaging center": ["MRI", "CT", "Ultrasound", "X-ray", "Mammography", "Bone density (DEXA)"],
        "Laboratory": ["Blood draws", "Urine tests", "Drug screening", "Walk-in lab (no appointment)"],
        "Sleep lab": ["In-lab sleep studies (polysomnography)", "Home sleep apnea test kits", "CPAP titration"],
    }
    types = {t[0]: t for t in PARTNER_TYPES}
    city_list = [c for c in cities for _ in range(weights.get(c, 1))]
    for typ, n in type_counts.items():
        for i in range(n):
            city = rng.choice(city_list)
            for _ in range(50):
                nm = f"{rng.choice(PARTNER_PREFIXES)} {rng.choice(types[typ][1])}"
                if nm not in used_names:
                    break
            used_names.add(nm)
            street, z = addr_for(city)
            hours = rng.choice(hours_opts)
            if typ == "Laboratory":
                hours = {"Mon–Fri": "6:30 a.m.–4:00 p.m.", "Sat": "7:00 a.m.–11:00 a.m.", "Sun": "Closed"}
            if typ == "Sleep lab":
                hours = {"Office Mon–Fri": "8:00 a.m.–4:30 p.m.", "Overnight studies": "Sun–Thu, check-in 8:30 p.m."}
            langs = ["English"] + (["Spanish"] if rng.random() < 0.7 else []) + ([rng.choice(["Vietnamese", "Navajo (Diné)", "Mandarin", "Arabic", "Tagalog", "Korean", "ASL (on request)"])] if rng.random() < 0.25 else [])
            accepting = rng.choice(["Yes", "Yes", "Yes", "No", "Limited (referral required)"]) if typ not in ("Imaging center", "Laboratory") else "Not applicable (orders required)"
            mode = rng.choice(["all", "all", "all", "commercial", "nocopper"])
            c = dict(slug=slugify(nm + "-" + city), name=nm, type=typ, street=street, city=city, zip=z, phone=phone_for(city),
                     hours=hours, langs=langs, accepting=accepting, note="", owned=False, state=CITIES[city]["state"],
                     county=CITIES[city]["county"], plans=plans_for(city, mode), telehealth=rng.random() < 0.6 and typ not in ("Imaging center", "Laboratory", "Sleep lab"),
                     specialty=types[typ][2], services=services[typ])
            CLINICS.append(c)


def clinic_page(c, providers):
    date = c.get("date") or rdate("2026-02-01", "2026-10-31")
    if c["slug"] == "sun-mesa-primary-care-ina-road":
        date = "2026-11-02"
    elif c["slug"] == "sun-mesa-family-clinic-yuma":
        date = "2026-08-01"
    elif c["slug"] == "sun-mesa-urgent-care-lohman-avenue":
        date = "2026-09-08"
    elif c["slug"] == "sun-mesa-primary-care-mesa-del-sol":
        date = "2026-08-17"
    elif c["slug"] == "sun-mesa-primary-care-rio-rancho":
        date = rdate("2026-03-16", "2026-06-20")
    c["date"] = date
    addr = f"{c['street']}, {c['city']}, {c['state']} {c['zip']}"
    prov = "\n".join(f"- {p['display']} — {p['specialty']}{' (accepting new patients)' if p['accepting']=='Yes' else ''}" for p in providers) or "- See individual provider listings."
    services = c.get("services") or SM_SERVICES[c["type"]]
    fname = f"clinic-{c['slug']}.md"
    if c["note"] == "CLOSED":
        body = f"""# {c['name']} (Closed)
Updated: 2026-11-01

**This clinic closed permanently on October 31, 2026.**

| Field | Detail |
|---|---|
| Former address | {addr} |
| Former phone | {c['phone']} (now forwards to Sun Mesa Primary Care – Ina Road) |
| Former hours | Monday–Friday, 8:00 a.m.–5:00 p.m. |
| Status | Closed |

## Where to go now
All patients were moved to **Sun Mesa Primary Care – Ina Road**, 2150 W Ina Rd, Tucson, AZ 85741, phone (520) 555-3310. Medical records moved automatically and your doctor's name did not change if your doctor moved with the clinic. Members whose primary care provider (PCP) was at Oracle Road were reassigned to Ina Road on November 1, 2026. New ID cards were mailed to Copper Saver HMO, Turquoise Value HMO and Desert Bloom members.

If you would prefer a different PCP, call Member Services at {PHONES['member_services']} (TTY 711) or change your PCP in the MyMesa app.

## Nearby options
- Sun Mesa Primary Care – Ina Road (primary care, lab, on-site pharmacy)
- Sun Mesa Primary Care – Broadway (primary care)
- Sun Mesa Urgent Care – Speedway (urgent care, open every day 8:00 a.m.–9:00 p.m.)

See 'Notice: Sun Mesa Primary Care – Oracle Road Is Closing October 31, 2026'.
"""
        write(fname, body)
        return
    t = rng.randint(0, 2)
    plans = ", ".join(c["plans"])
    notplans = [p for p in ALL_PLANS if p not in c["plans"]]
    plan_note = ("Not accepted: " + ", ".join(notplans) + "." + (" Desert Bloom Medicare Advantage is not offered in Coconino County." if c["county"] in DB_COUNTIES_EXCLUDED else "")) if notplans else "All Sun Mesa plans are accepted."
    note = f"\n> **Note:** {c['note']}\n" if c["note"] else ""
    tele = "Yes — video visits through SunMesa Connect" if c["telehealth"] and c["owned"] else ("Yes — video visits available for established patients" if c["telehealth"] else "No")
    if t == 0:
        body = f"""# {c['name']}
Updated: {date}
{note}
| | |
|---|---|
| Type | {c['type']} |
| Address | {addr} |
| Phone | {c['phone']} |
| County | {c['county']} County, {c['state']} |
| Accepting new patients | {c['accepting']} |
| Languages | {', '.join(c['langs'])} |
| Telehealth | {tele} |

## Hours
{hours_rows(c['hours'])}

## Plans accepted
{plans}. {plan_note}

## Services
{chr(10).join('- ' + s for s in services)}

## Providers at this location
{prov}

{'Wheelchair accessible. Free parking on site.' if rng.random()<0.6 else 'Wheelchair accessible entrance on the north side. Street and lot parking.'}
"""
    elif t == 1:
        body = f"""# {c['name']}
Updated: {date}
{note}
{c['name']} is {'a Sun Mesa Health clinic' if c['owned'] else 'an in-network ' + c['type'].lower() + ' practice'} at {addr}. Call {c['phone']} for appointments{' or walk in' if c['type']=='Urgent care' else ''}.

**Hours:** {hours_inline(c['hours'])}

**New patients:** {c['accepting']}

**Languages spoken by staff:** {', '.join(c['langs'])}. Free interpreters for any language are available through Sun Mesa Member Services.

**Plans:** {plans}. {plan_note}

**What we offer**
{chr(10).join('- ' + s for s in services)}

**Clinicians**
{prov}

**Telehealth:** {tele}
"""
    else:
        body = f"""# {c['name']}
Updated: {date}

Directory listing — {c['type']} — {c['city']}, {c['state']}
{note}
- Address: {addr}
- Phone: {c['phone']}
- Accepting new patients: {c['accepting']}
- Languages: {', '.join(c['langs'])}
- Telehealth: {tele}

### Office hours
{hours_rows(c['hours'])}

### Networks and plans
{plans}. {plan_note}

### Services available
{chr(10).join('- ' + s for s in services)}

### Who practices here
{prov}

Directory information can change. Please call the office to confirm before your visit.
"""
    write(fname, body)


# ---------------- providers ----------------
USED_PNAMES = set()


def new_person():
    while True:
        female = rng.random() < 0.52
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST)
        if (first, last) not in USED_PNAMES:
            USED_PNAMES.add((first, last))
            return first, last, female


HOSP_BY_CITY = {}
for h in HOSPITALS:
    HOSP_BY_CITY.setdefault(h[3], []).append(h[1])
NEAR = {"Mesa": "Phoenix", "Chandler": "Phoenix", "Tempe": "Phoenix", "Glendale": "Phoenix", "Nogales": "Tucson", "Rio Rancho": "Albuquerque",
        "Los Lunas": "Albuquerque", "Casa Grande": "Phoenix"}


def hospitals_near(city):
    hs = HOSP_BY_CITY.get(city, []) + HOSP_BY_CITY.get(NEAR.get(city, ""), [])
    return hs[:2] if hs else ["Sonoran Regional Medical Center"]


ORACLE_MOVERS = []


def make_providers():
    for c in CLINICS:
        if c["note"] == "CLOSED" or c["type"] in ("Imaging center", "Laboratory"):
            c["providers"] = []
            continue
        n = {"Primary care": rng.randint(3, 4), "Urgent care": 2}.get(c["type"], rng.randint(1, 2))
        if c["slug"] == "sun-mesa-primary-care-ina-road":
            n = 3
        c["providers"] = []
        for i in range(n):
            p = make_provider(c, i)
            c["providers"].append(p)
        if c["slug"] == "sun-mesa-primary-care-ina-road":
            for i in range(3):
                p = make_provider(c, 10 + i, oracle=True)
                c["providers"].append(p)
                ORACLE_MOVERS.append(p)


SPEC_CRED = {
    "Family Medicine": [("MD", 5), ("DO", 2), ("FNP", 2), ("PA-C", 1)],
    "Urgent Care": [("MD", 3), ("DO", 1), ("PA-C", 2), ("FNP", 2)],
    "Internal Medicine": [("MD", 4), ("DO", 1), ("AGNP", 1)],
    "Pediatrics": [("MD", 4), ("DO", 1), ("PNP", 1)],
    "Obstetrics & Gynecology": [("MD", 4), ("DO", 1), ("CNM", 1), ("WHNP", 1)],
    "Psychiatry": [("MD", 2), ("PMHNP", 2), ("LCSW", 2), ("PhD", 1), ("LPC", 1)],
    "Physical Therapy": [("DPT", 1)],
    "Ophthalmology": [("MD", 2), ("OD", 2)],
    "Podiatry": [("DPM", 1)],
    "Sleep Medicine": [("MD", 1)],
}


def cred_for(spec):
    opts = SPEC_CRED.get(spec, [("MD", 3), ("DO", 1)])
    pool = [c for c, w in opts for _ in range(w)]
    return rng.choice(pool)


def make_provider(c, i, oracle=False):
    first, last, female = new_person()
    spec = c["specialty"]
    if c["type"] == "Primary care" and i == 1 and rng.random() < 0.5:
        spec = "Internal Medicine"
    if c["type"] == "Primary care" and i == 2 and rng.random() < 0.5:
        spec = "Pediatrics"
    if c["type"] == "Behavioral health":
        spec = rng.choice(["Psychiatry", "Psychiatry", "Psychology", "Counseling"])
    cred = cred_for(spec if spec in SPEC_CRED else c["specialty"])
    if spec == "Psychology":
        cred = "PhD"
    if spec == "Counseling":
        cred = rng.choice(["LCSW", "LPC"])
    doc = cred in ("MD", "DO", "DPM", "OD")
    display_name = (f"Dr. {first} {last}, {cred}" if doc else f"{first} {last}, {cred}")
    langs = ["English"] + (["Spanish"] if rng.random() < 0.5 or "Spanish" in c["langs"][:1] else []) + ([rng.choice(["Vietnamese", "Navajo (Diné)", "Mandarin", "Hindi", "Arabic", "Korean", "Tagalog", "Portuguese", "French"])] if rng.random() < 0.15 else [])
    acc = rng.choice(["Yes", "Yes", "Yes", "No", "No", "Yes — children under 18 only" if spec == "Family Medicine" else "Yes"])
    if c["accepting"] == "No":
        acc = "No"
    p = dict(first=first, last=last, female=female, cred=cred, spec=spec, specialty=spec, clinic=c, langs=langs, accepting=acc,
             display=display_name, oracle=oracle, slug=slugify(f"{first} {last} {cred}"),
             board=(f"Board certified in {spec}" if doc and rng.random() < 0.85 else ("Licensed " + cred) if not doc else "Board eligible"),
             hospitals=hospitals_near(c["city"]) if doc and spec not in ("Ophthalmology", "Podiatry") else [],
             telehealth=c["telehealth"], pcp=spec in ("Family Medicine", "Internal Medicine", "Pediatrics") and c["type"] in ("Primary care", "Family medicine", "Internal medicine", "Pediatrics", "Community health center"),
             npi_like=f"SM-{rng.randint(100000, 999999)}")
    PROVIDERS.append(p)
    return p


NETWORK_LEAVERS = []  # (provider, date)
MIN_DATE = {"sun-mesa-family-clinic-yuma": "2026-08-01", "sun-mesa-urgent-care-lohman-avenue": "2026-09-08",
            "sun-mesa-primary-care-mesa-del-sol": "2026-08-17", "sun-mesa-primary-care-rio-rancho": "2026-03-16",
            "sun-mesa-primary-care-ina-road": "2026-11-01"}


def provider_page(p):
    c = p["clinic"]
    date = rdate("2026-01-15", "2026-10-31")
    date = max(date, MIN_DATE.get(c["slug"], "2026-01-01"))
    if p["oracle"]:
        date = "2026-11-01"
    addr = f"{c['street']}, {c['city']}, {c['state']} {c['zip']}"
    pron = "She" if p["female"] else "He"
    leave = p.get("leaves")
    status = "In network"
    if leave:
        date = leave
        status = f"Out of network as of {longdate(leave)}"
    t = rng.randint(0, 2)
    pcp_line = "Can be chosen as a primary care provider (PCP)." if p["pcp"] else "Specialist — HMO members need a referral from their PCP." if p["spec"] not in ("Psychiatry", "Psychology", "Counseling", "Obstetrics & Gynecology") else "No referral needed to see this provider on any plan."
    moved = f"\n> {p['display']} moved from Sun Mesa Primary Care – Oracle Road when that clinic closed on October 31, 2026. Patients do not need to do anything to keep seeing {'her' if p['female'] else 'him'}.\n" if p["oracle"] else ""
    leave_note = f"\n> **Network change:** {p['display']} left the Sun Mesa network on {longdate(leave)}. Members who see this provider after that date will be billed at out-of-network rates (HMO plans: not covered). Ongoing patients may qualify for continuity of care.\n" if leave else ""
    title = f"{p['display']} — {p['spec']}"
    if t == 0:
        body = f"""# {title}
Updated: {date}
{moved}{leave_note}
| | |
|---|---|
| Specialty | {p['spec']} |
| Practice | {c['name']} |
| Address | {addr} |
| Phone | {c['phone']} |
| Network status | {status} |
| Accepting new patients | {p['accepting'] if not leave else 'Not applicable'} |
| Languages | {', '.join(p['langs'])} |
| Gender | {'Female' if p['female'] else 'Male'} |
| Credentials | {p['board']} |
| Hospital affiliations | {', '.join(p['hospitals']) or 'None listed'} |
| Telehealth | {'Yes' if p['telehealth'] else 'No'} |

{pcp_line}

Plans: {', '.join(c['plans'])}.
"""
    elif t == 1:
        body = f"""# {title}
Updated: {date}
{moved}{leave_note}
{p['display']} practices {p['spec'].lower()} at {c['name']} ({addr}). {pron} speaks {' and '.join(p['langs']) if len(p['langs'])<3 else ', '.join(p['langs'][:-1]) + ' and ' + p['langs'][-1]}.

- **Accepting new patients:** {p['accepting'] if not leave else 'No (left network)'}
- **Network status:** {status}
- **Appointments:** {c['phone']}
- **Office hours:** {hours_inline(c['hours'])}
- **Hospital privileges:** {', '.join(p['hospitals']) or 'Not applicable'}
- **Video visits:** {'Offered' if p['telehealth'] else 'Not offered'}

{pcp_line} {p['board']}.

Accepted plans: {', '.join(c['plans'])}.
"""
    else:
        body = f"""# {title}
Updated: {date}

Provider directory entry
{moved}{leave_note}
**Location:** {c['name']}, {addr}
**Phone:** {c['phone']}
**Specialty:** {p['spec']}
**Status:** {status}
**New patients:** {p['accepting'] if not leave else 'Not applicable'}
**Languages:** {', '.join(p['langs'])}
**Board certification / license:** {p['board']}

{pcp_line}

Plans accepted at this location: {', '.join(c['plans'])}.

{("To make " + ('her' if p['female'] else 'him') + " your PCP, use the MyMesa app or call Member Services at " + PHONES['member_services'] + ".") if p['pcp'] and not leave else ("Questions about this listing? Call Member Services at " + PHONES['member_services'] + ".")}
"""
    write(f"provider-{p['slug']}.md", body)


def hospital_pages():
    for slug, name, street, city, z, ph, desc in HOSPITALS:
        st = CITIES[city]["state"]
        plans = plans_for(city)
        er = rng.choice(["24/7 emergency department", "24/7 emergency department with separate pediatric ER"])
        body = f"""# {name}
Updated: {rdate('2026-01-10', '2026-09-30')}

**In-network hospital** — {city}, {st}

- Address: {street}, {city}, {st} {z}
- Main phone: {ph}
- Emergency: {er}
- Services: {desc}
- Plans: {', '.join(plans)}

## Before a planned stay
Planned (non-emergency) admissions need prior authorization from Sun Mesa at least 5 business days ahead. Your doctor's office handles the request. Emergency admissions only need notification within 24 hours — the hospital does this for you.

## Cost
What you pay depends on your plan. See 'Inpatient Hospital Admission' and your plan's 'Hospital and surgery costs' page. Emergency room visits are covered at in-network cost share at any hospital.

## Visitor and language help
Free interpreters, including Spanish and Navajo (Diné), are available 24 hours a day. Ask at the front desk or call Sun Mesa Member Services at {PHONES['member_services']}.
"""
        write(f"hospital-{slug}.md", body)


def pharmacies():
    store_no = 1000
    used = set()
    chain_hours = {
        "Canyon Drug": [{"Mon–Fri": "8:00 a.m.–9:00 p.m.", "Sat": "9:00 a.m.–6:00 p.m.", "Sun": "10:00 a.m.–6:00 p.m."},
                        {"Every day": "Open 24 hours"}, {"Mon–Fri": "9:00 a.m.–9:00 p.m.", "Sat–Sun": "9:00 a.m.–5:00 p.m."}],
        "MesaCare Pharmacy": [{"Mon–Fri": "9:00 a.m.–8:00 p.m.", "Sat": "9:00 a.m.–5:00 p.m.", "Sun": "Closed"},
                              {"Mon–Fri": "8:00 a.m.–10:00 p.m.", "Sat–Sun": "9:00 a.m.–6:00 p.m."}, {"Every day": "Open 24 hours"}],
        "Rio Grande Pharmacy": [{"Mon–Fri": "9:00 a.m.–7:00 p.m.", "Sat": "9:00 a.m.–2:00 p.m.", "Sun": "Closed"},
                                {"Mon–Sat": "8:00 a.m.–8:00 p.m.", "Sun": "10:00 a.m.–4:00 p.m."}],
        "Farmacia La Familia": [{"Mon–Sat": "8:00 a.m.–8:00 p.m.", "Sun": "9:00 a.m.–3:00 p.m."}, {"Mon–Fri": "9:00 a.m.–7:00 p.m.", "Sat": "9:00 a.m.–5:00 p.m.", "Sun": "Closed"}],
        "Saguaro Drug": [{"Mon–Fri": "9:00 a.m.–7:00 p.m.", "Sat": "9:00 a.m.–1:00 p.m.", "Sun": "Closed"}],
        "Desert Sky Pharmacy": [{"Mon–Fri": "9:00 a.m.–6:00 p.m.", "Sat": "10:00 a.m.–2:00 p.m.", "Sun": "Closed"}],
    }
    for chain, cities, n in PHARM_CHAINS:
        for i in range(n):
            city = cities[i % len(cities)] if i < len(cities) else rng.choice([x for x in cities if not (chain == "Desert Sky Pharmacy" and x == "Nogales")])
            street, z = addr_for(city)
            stname = street.split(" ", 1)[1]
            store_no += rng.randint(3, 40)
            key = (chain, city, stname)
            name = f"{chain} #{store_no} – {city}, {stname}"
            hours = rng.choice(chain_hours[chain])
            if chain == "Desert Sky Pharmacy" and city == "Nogales" and not any(ph["left"] for ph in PHARMACIES):
                left = True
            else:
                left = False
            langs = ["English"] + (["Spanish"] if chain == "Farmacia La Familia" or rng.random() < 0.65 else [])
            if chain == "Farmacia La Familia":
                langs = ["Spanish", "English"]
            ph = dict(chain=chain, name=name, street=street, city=city, zip=z, state=CITIES[city]["state"], phone=phone_for(city),
                      hours=hours, langs=langs, drive=rng.random() < 0.55, vaccines=rng.random() < 0.85,
                      delivery=rng.random() < 0.3, compounding=chain in ("Farmacia La Familia", "Saguaro Drug") and rng.random() < 0.5,
                      ninety=chain in ("Canyon Drug", "MesaCare Pharmacy", "Rio Grande Pharmacy") or rng.random() < 0.3,
                      left=left, slug=slugify(f"{chain} {city} {stname} {store_no}"))
            PHARMACIES.append(ph)
    # Sun Mesa Pharmacy in-clinic locations
    for cslug, hrs in [("sun-mesa-primary-care-ina-road", {"Mon–Fri": "8:00 a.m.–6:30 p.m.", "Sat": "8:00 a.m.–12:30 p.m.", "Sun": "Closed"}),
                       ("sun-mesa-primary-care-maryvale", {"Mon–Fri": "7:30 a.m.–7:30 p.m.", "Sat": "8:00 a.m.–2:30 p.m.", "Sun": "Closed"}),
                       ("sun-mesa-primary-care-montgomery", {"Mon–Fri": "8:00 a.m.–6:00 p.m.", "Sat–Sun": "Closed"}),
                       ("sun-mesa-primary-care-mesa-del-sol", {"Mon–Fri": "7:30 a.m.–7:30 p.m.", "Sat": "9:00 a.m.–1:30 p.m.", "Sun": "Closed"}),
                       ("sun-mesa-primary-care-zaragoza", {"Mon–Fri": "7:30 a.m.–6:30 p.m.", "Sat": "8:00 a.m.–12:30 p.m.", "Sun": "Closed"})]:
        c = next(x for x in CLINICS if x["slug"] == cslug)
        name = f"Sun Mesa Pharmacy – {c['name'].split('– ')[1]}"
        ph = dict(chain="Sun Mesa Pharmacy", name=name, street=c["street"], city=c["city"], zip=c["zip"], state=c["state"],
                  phone=c["phone"][:-4] + str(int(c["phone"][-4:]) + 1).zfill(4), hours=hrs, langs=c["langs"][:2], drive=False, vaccines=True,
                  delivery=True, compounding=False, ninety=True, left=False, slug=slugify(name), inclinic=c["name"])
        PHARMACIES.append(ph)
    # independents
    indep = [("Botica del Pueblo", "Las Cruces"), ("Old Town Apothecary", "Albuquerque"), ("Barrio Viejo Pharmacy", "Tucson"),
             ("Kachina Drug", "Flagstaff"), ("Frontera Pharmacy", "El Paso"), ("Plaza Pharmacy", "Santa Fe"), ("Sunnyslope Drug", "Phoenix"),
             ("Bisbee Road Pharmacy", "Sierra Vista"), ("Valle Verde Pharmacy", "Los Lunas"), ("Main Street Apothecary", "Mesa"),
             ("Farmacia San Xavier", "Tucson"), ("Cielo Compounding Pharmacy", "Chandler")]
    for nm, city in indep:
        street, z = addr_for(city)
        ph = dict(chain="Independent", name=nm, street=street, city=city, zip=z, state=CITIES[city]["state"], phone=phone_for(city),
                  hours=rng.choice([{"Mon–Fri": "9:00 a.m.–6:00 p.m.", "Sat": "9:00 a.m.–1:00 p.m.", "Sun": "Closed"},
                                    {"Mon–Fri": "8:30 a.m.–6:30 p.m.", "Sat–Sun": "Closed"}]),
                  langs=["English", "Spanish"] if rng.random() < 0.7 else ["English"], drive=rng.random() < 0.3, vaccines=True,
                  delivery=rng.random() < 0.6, compounding="Compounding" in nm or rng.random() < 0.4, ninety=rng.random() < 0.5,
                  left=False, slug=slugify(nm + " " + city))
        PHARMACIES.append(ph)


def pharmacy_page(ph):
    addr = f"{ph['street']}, {ph['city']}, {ph['state']} {ph['zip']}"
    date = rdate("2026-01-20", "2026-10-31")
    if "Mesa del Sol" in ph["name"]:
        date = max(date, "2026-08-17")
    if ph["left"]:
        date = "2026-09-01"
    yn = lambda b: "Yes" if b else "No"
    status = "In network for all Sun Mesa plans"
    if ph["left"]:
        status = "OUT OF NETWORK since September 1, 2026 (left the Sun Mesa pharmacy network at the end of the day on August 31, 2026)"
    t = rng.randint(0, 1)
    extra = ""
    if ph["left"]:
        extra = f"""
> **This pharmacy is no longer in the Sun Mesa network.** Prescriptions filled here on or after September 1, 2026 are not covered, except in an emergency. Nearby in-network options in Nogales include Farmacia La Familia and Sun Mesa Primary Care – Nogales (no pharmacy on site — use Mesa Mail Pharmacy for maintenance drugs). See 'Notice: Desert Sky Pharmacy – Nogales Leaves the Network'.
"""
    if ph.get("inclinic"):
        extra = f"\nLocated inside {ph['inclinic']}. Prescriptions from your visit can be ready before you leave the clinic.\n"
    if t == 0:
        body = f"""# {ph['name']}
Updated: {date}
{extra}
**Pharmacy directory**

| | |
|---|---|
| Address | {addr} |
| Phone | {ph['phone']} |
| Network status | {status} |
| Languages | {', '.join(ph['langs'])} |
| Drive-thru | {yn(ph['drive'])} |
| Vaccines (flu, COVID-19, shingles, RSV) | {yn(ph['vaccines'])} |
| Home delivery | {yn(ph['delivery'])} |
| Compounding | {yn(ph['compounding'])} |
| 90-day supplies at retail | {yn(ph['ninety'])} |

## Hours
{hours_rows(ph['hours'])}

Holiday hours may differ. Bring your Sun Mesa ID card when you fill a prescription.
"""
    else:
        body = f"""# {ph['name']}
Updated: {date}
{extra}
{ph['name']} is located at {addr}. Phone: {ph['phone']}.

- Network: {status}
- Hours: {hours_inline(ph['hours'])}
- Staff languages: {', '.join(ph['langs'])}
- Drive-thru window: {yn(ph['drive'])}
- Walk-in vaccines: {yn(ph['vaccines'])}
- Delivery: {yn(ph['delivery'])}
- Can fill a 90-day supply: {yn(ph['ninety'])}
- Compounded medicines: {yn(ph['compounding'])}

Copays are the same at every in-network retail pharmacy. See the drug's formulary entry for your copay.
"""
    write(f"pharmacy-{ph['slug']}.md", body)


def generate():
    sm_clinics()
    partner_clinics()
    make_providers()
    # pick network leavers among partner providers (not Sun Mesa clinics)
    cands = [p for p in PROVIDERS if not p["clinic"]["owned"]]
    rng.shuffle(cands)
    leave_dates = ["2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-09-30"]
    for p, dt in zip(cands[:10], leave_dates):
        p["leaves"] = dt
        NETWORK_LEAVERS.append(p)
    for c in CLINICS:
        clinic_page(c, [p for p in c.get("providers", []) if not p.get("leaves")])
    for p in PROVIDERS:
        provider_page(p)
    hospital_pages()
    pharmacies()
    for ph in PHARMACIES:
        pharmacy_page(ph)

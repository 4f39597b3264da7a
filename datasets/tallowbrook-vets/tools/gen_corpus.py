#!/usr/bin/env python3
"""Generate the Tallowbrook Veterinary Group corpus. Run: python3 tools/gen_corpus.py"""
import os, random, re, sys, datetime
sys.path.insert(0, os.path.dirname(__file__))
from facts import *
from data_lists import DRUGS, CONDITIONS, PROCEDURES, BREEDS, LABTESTS

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
os.makedirs(OUT, exist_ok=True)
R = random.Random(2026)
WRITTEN = {}

def slug(s):
    s = s.lower().replace("'", "").replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

PADS = {
 "notice": ["## Contact\nFor questions about this notice, call your usual Tallowbrook clinic during opening hours or send a message through the Pawtrack Pet Portal. Reception teams can also help by email.",
            "## Keeping up to date\nAll group notices are dated. Where a later notice changes the same arrangement, the later notice applies. Clinic opening hours are listed on each clinic's opening hours page.",
            "## Emergencies\nIf your pet needs urgent help when your clinic is closed, phone your clinic as usual and the call will be put through to the out-of-hours service. Farm clients always use the farm on-call line."],
 "breed": ["## Insurance and screening\nMany of these conditions are inherited or breed-associated. We recommend lifetime pet insurance taken out while your pet is young, and asking breeders about health screening results for both parents before you buy.",
           "## Nutrition and exercise\nFeed a complete diet suited to your pet's life stage and weigh the daily ration. Keeping a lean body condition reduces strain on joints, heart and breathing in almost every breed.",
           "## Regular checks\nA yearly health check at vaccination time, or twice-yearly checks on the Care Club, gives us the chance to catch breed-related problems early. Tell us about any changes in thirst, appetite, weight or energy."],
 "condition": ["## Outlook\nThe outlook depends on how early the condition is found and how well it responds to treatment. Your vet will talk you through what to expect for your own pet and how often rechecks are needed.",
               "## Living with this condition\nKeep a simple diary of symptoms, appetite and any medicines given. Bring it to rechecks; it helps the vet judge whether treatment is working and whether doses need changing.",
               "## Costs and insurance\nDiagnosis and treatment costs vary. We always give an estimate before tests or procedures, and Care Club members receive their tier discount on eligible items."],
 "clinical": ["## Communication\nProvide the owner with written discharge instructions in plain English and record the conversation in the clinical notes. Agree a recheck interval before the client leaves.",
              "## Audit\nCases are reviewed at the monthly clinical meeting if outcomes are unexpected. Record diagnostic reasoning, owner consent and estimates in Pawtrack Cloud."],
 "staff": ["## Typical week\nA typical week includes consultations, operating or nurse clinics, and time for phone calls and reviewing results. Every member of the team takes part in the group's continuing professional development programme.",
           "## Booking\nYou can ask to see a particular member of the team when booking by phone or through the Pawtrack Pet Portal; we will do our best to arrange it."],
 "newsletter": ["## Nurse tip\nWeigh your pet's food with kitchen scales rather than a scoop; scoops can overestimate by a fifth. Our nurses are happy to check your pet's weight for free between appointments.",
                "## Farm corner\nFarm clients: book routine fertility visits and TB tests early in busy months, and keep your medicine records up to date for farm assurance inspections."],
 "nurse": ["## About our nurses\nAll nurse clinics are run by Registered Veterinary Nurses or supervised student nurses. If the nurse finds anything that needs a vet, we will book a vet appointment for you.",
           "## Booking tips\nMention the clinic type when booking so we allow enough time; first appointments are usually 20 minutes."],
 "price": ["## Notes\nPrices include VAT at 20%. Medicines, sedation and laboratory fees are charged in addition unless stated. Estimates are valid for 30 days.",
           "## Questions about bills\nIf anything on an invoice is unclear, ask reception or email your clinic; invoices are available in the Pawtrack Pet Portal."],
 "procedure": ["## Consent and estimate\nYou will be asked to sign a consent form which includes an estimate. Please leave a phone number you will answer during the day so we can update you.",
               "## Collecting your pet\nDischarge appointments are with a nurse, who will go through the written instructions with you. A nurse phones the day after any general anaesthetic."],
 "clinic": ["## Registering\nNew clients can register at any clinic, by phone or online. There is no registration fee.",
            "## Accessibility\nTell us if you need help getting your pet in from the car, a quieter waiting area, or information in another format."],
 "lab": ["## Quality control\nAnalysers are calibrated daily and take part in an external quality assurance scheme. Results outside the expected pattern are repeated before reporting."],
 "farm": ["## Medicines and records\nRecord every treatment in your farm medicine book, including batch number and withdrawal period. Our farm dispensaries at Ashcombe Ferrers and Dunstow can print a medicine history for your assurance inspection.",
          "## Meetings\nWe run farmer meetings through the year at Dunstow and Ashcombe Ferrers; ask the farm office for dates and to be added to the invitation list."],
 "case": ["## Thank you\nWe are grateful to the owners who allow us to share their pets' stories. Details have been kept brief to protect privacy."],
 "policy": ["## Review\nThis policy is reviewed every year by the Clinical Director and Practice Manager, or sooner if the law or guidance changes."],
 "vaccination": ["## Reactions\nMild tiredness or a small lump at the injection site for a day or two is common. Contact us if your pet has facial swelling, vomiting or collapse after vaccination."],
}
def _pad(fname, body):
    k = fname.split("-")[0]
    pool = list(PADS.get(k, []))
    R.shuffle(pool)
    while len(body.split()) < 100 and pool:
        body = body.rstrip() + "\n\n" + pool.pop()
    return body

def _dated(body, date):
    """Make generated text agree with the facts in force on the document's date."""
    if date < OOH_NEW["start"]:
        body = body.replace(OOH_NEW["name"], OOH_OLD["name"]).replace(OOH_NEW["address"], OOH_OLD["address"]).replace(OOH_NEW["phone"], OOH_OLD["phone"])
    if date < PMS_GOLIVE:
        body = body.replace(PORTAL_NEW, PORTAL_OLD + " app").replace(PMS_NEW, PMS_OLD).replace(f"{RX_NOTICE_NEW} notice", f"{RX_NOTICE_OLD} notice")
    if date < KELSBY_OLD["move_date"]:
        body = body.replace(CLINICS["kelsby"]["address"], KELSBY_OLD["address"])
    return body

def write(fname, title, date, body, kind="Updated", core=False):
    assert fname not in WRITTEN, fname
    if not core:
        body = _dated(_pad(fname, body), date)
    txt = f"# {title}\n{kind}: {date}\n\n{body.strip()}\n"
    WRITTEN[fname] = txt
    with open(os.path.join(OUT, fname), "w") as f:
        f.write(txt)

def art(w):
    return "an" if w[0].lower() in "aeiou" else "a"

def plain(f):
    for a, b in (("SID", "once a day"), ("BID", "twice a day"), ("TID", "three times a day"), ("QID", "four times a day")):
        f = f.replace(a, b)
    return f[0].lower() + f[1:]

SIDE = {"Thyrexa": "Vomiting, poor appetite, itchy face or lethargy in the first weeks; kidney values can change once thyroid levels fall, so rechecks matter",
        "Methisol": "Vomiting, poor appetite, itchy face or lethargy in the first weeks; the liquid is measured in ml, so check the syringe against the label"}

def pick(*opts):
    return R.choice(opts)

def hours_table(hours):
    rows = "\n".join(f"| {d} | {h} |" for d, h in hours)
    return "| Day | Opening hours |\n|---|---|\n" + rows

def price(key, when="new"):
    lab, old, new, cat = PRICES[key]
    return gbp(new if when == "new" else old)

def rand_date(start, end):
    a = datetime.date.fromisoformat(start); b = datetime.date.fromisoformat(end)
    return (a + datetime.timedelta(days=R.randint(0, (b - a).days))).isoformat()

CHOSEN = "Your vet has chosen it for your pet's condition."
CASE1 = "Each month we share a case from one of our clinics, with the owner's permission."
CASE2 = "This month's case comes from "
OWNERS = "'s owners say the difference has been remarkable."
WELCOME = "Welcome to this month's newsletter."
OOH_LINE = (f"Out of hours, small-animal emergencies are seen by {OOH_NEW['name']}, {OOH_NEW['address']} "
            f"(telephone {OOH_NEW['phone']}). Farm clients should ring the farm on-call line on {FARM_OOH}.")

# ---------------------------------------------------------------- clinics
def gen_clinics():
    staff_by_clinic = {}
    for s in STAFF:
        staff_by_clinic.setdefault(s["clinic"], []).append(s)
    for cid, c in CLINICS.items():
        intro = pick(
            f"{c['name']} is a {c['kind']} in {c['town']}, part of the {GROUP}.",
            f"Our {c['town']} site is a {c['kind']} serving {c['town']} and the surrounding villages of {COUNTY}.",
            f"The {c['name']} clinic of the {GROUP} is a {c['kind']}.")
        extra = ""
        if cid == "kelsby":
            extra = (f"\n\n## New premises\nKelsby moved on 14 September 2026 from {KELSBY_OLD['address']} to "
                     f"{c['address']}. The telephone number did not change. See 'Notice: Kelsby clinic moves to Kelsby Gate Retail Park'.")
        if cid == "marhaven":
            extra = ("\n\n## Late Thursdays and longer Saturdays\nFrom 3 August 2026 Marhaven is open until 20:00 on Thursdays "
                     "and until 16:00 on Saturdays (previously 12:30).")
        body = f"""{intro} We see {c['species']}.

## Contact
- Address: {c['address']}
- Telephone: {c['phone']}
- Email: {c['email']}
- Lead vet: {c['lead']}

## Opening hours
{hours_table(c['hours'])}

## Facilities
The clinic has {c['facilities']}.

## Out of hours
{OOH_LINE}{extra}

See also: '{c['name']} clinic team', '{c['name']}: parking and access' and the group 'Price list' pages."""
        write(f"clinic-{cid}.md", f"{c['name']} clinic", "2026-10-01", body)

        # hours page
        old = ""
        if cid == "kelsby":
            old = f"\n\n## Previous hours (at Market Street, until 11 September 2026)\n{hours_table(KELSBY_OLD['hours'])}"
        if cid == "marhaven":
            old = f"\n\n## Previous hours (until 31 July 2026)\n{hours_table(MARHAVEN_OLD_HOURS)}"
        body = f"""Opening hours for {c['name']}, {c['address']}.

{hours_table(c['hours'])}

Appointments can be booked by phone on {c['phone']}, through the {PORTAL_NEW} or at reception.
{pick('Repeat prescriptions need', 'Please allow')} {RX_NOTICE_NEW} notice for repeat prescriptions.

## When we are closed
{OOH_LINE}

## Bank holidays
Bank holiday arrangements are published as dated notices; check the latest notice for {c['name']}.{old}"""
        write(f"clinic-{cid}-opening-hours.md", f"{c['name']}: opening hours", "2026-10-01", body)

        # team page
        team = staff_by_clinic.get(cid, [])
        vets = [s for s in team if s["role"] == "vet" and "left" not in s["title"] and "retired" not in s["title"]]
        nurses = [s for s in team if s["role"] == "nurse" and "left" not in s["title"]]
        body = f"The {c['name']} team.\n\n## Vets\n" + "\n".join(f"- {s['name']}, {s['title']} ({s['quals']}); interest: {s['interest']}" for s in vets)
        body += "\n\n## Nurses\n" + "\n".join(f"- {s['name']}, {s['title']} ({s['quals']})" for s in nurses)
        body += f"\n\nReception is staffed during opening hours. The lead vet is {c['lead']}."
        if cid == "kelsby":
            body += "\n\nDr Priya Lakhani, lead vet until 14 August 2026, has left the group; Dr Tomasz Wren became lead vet on 17 August 2026."
        if cid == "tallowbrook-central":
            body += "\n\nDr Owen Trethewey became Clinical Director on 1 July 2026 after Dr Helen Marchbank retired. Aisha Kofi-Bright became Group Head Nurse on 1 September 2026, succeeding Claire Dunmore."
        write(f"clinic-{cid}-team.md", f"{c['name']} clinic team", "2026-10-01", body)

        # parking
        body = f"""How to find {c['name']}.

## Address
{c['address']}

## Parking
{c['parking']}

## Access
{pick('The building is step-free from the car park.', 'There is a ramp to the main entrance and a wide door to the consulting rooms.', 'Level access is available at the front entrance.')} {pick('Cats have a separate waiting area.', 'Cat owners can wait in the quieter side room.', 'We have a cat-only waiting corner with carrier shelves.')} Dogs should be kept on a short lead in the waiting room.

## Public transport
{pick('The nearest bus stop is a five-minute walk away.', 'Buses stop on the main road about 300 metres away.', 'The nearest railway station is about 15 minutes on foot.')}"""
        if cid == "kelsby":
            body += f"\n\nNote: our old Market Street premises ({KELSBY_OLD['address']}) closed on 11 September 2026. Do not go there."
        write(f"clinic-{cid}-parking-and-access.md", f"{c['name']}: parking and access", "2026-09-20", body)

        # services
        svc = ["vaccinations and health checks", "neutering", "dentistry", "nurse clinics", "microchipping", "Care Club health plans"]
        if "farm" in c["kind"]:
            svc += ["farm visits, TB testing and herd health planning", "fertility work and pregnancy scanning", "flock health and lambing support"]
        if cid == "orrin-cross":
            svc = [s for s in svc if s not in ("neutering", "dentistry")] + ["surgery and X-ray by referral to Tallowbrook Central"]
        body = f"Services available at {c['name']}:\n\n" + "\n".join(f"- {s}" for s in svc) + \
            f"\n\nFor prices, see the group price list pages (current prices from {PRICE_CHANGE_DATE}). Health-plan members get discounts as described in 'Tallowbrook Care Club: overview'.\n\nTo book, call {c['phone']} or use the {PORTAL_NEW}."
        write(f"clinic-{cid}-services.md", f"{c['name']}: services", "2026-10-01", body)

# ---------------------------------------------------------------- staff
STAFF = []
def build_staff():
    for n, role, cl, title, yr, q, interest in STAFF_FIXED:
        STAFF.append(dict(name=n, role=role, clinic=cl, title=title, year=yr, quals=q, interest=interest))
    used = {s["name"].replace("Dr ", "") for s in STAFF}
    counts = {"tallowbrook-central": (9, 14), "ashcombe-ferrers": (6, 7), "kelsby": (4, 7), "marhaven": (4, 6), "dunstow": (6, 6), "orrin-cross": (2, 3)}
    for cl, (nv, nn) in counts.items():
        for role, k in (("vet", nv), ("nurse", nn)):
            for _ in range(k):
                while True:
                    nm = f"{R.choice(FIRST)} {R.choice(LAST)}"
                    if nm not in used:
                        used.add(nm); break
                if role == "vet":
                    farm = "farm" in CLINICS[cl]["kind"] and R.random() < 0.5
                    STAFF.append(dict(name="Dr " + nm, role="vet", clinic=cl, title="Farm Vet" if farm else pick("Vet", "Vet", "Senior Vet"),
                                      year=str(R.randint(2004, 2024)), quals=pick("BVSc MRCVS", "BVetMed MRCVS", "BVM&S MRCVS", "BVMS MRCVS", "MA VetMB MRCVS"),
                                      interest=R.choice(INTERESTS_VET[13:] if farm else INTERESTS_VET[:13])))
                else:
                    STAFF.append(dict(name=nm, role="nurse", clinic=cl, title=pick("Registered Veterinary Nurse", "Registered Veterinary Nurse", "Senior RVN", "Student Veterinary Nurse"),
                                      year=str(R.randint(2008, 2025)), quals=pick("RVN", "RVN", "RVN, Cert VNECC", "RVN, Dip AVN", "RVN, Cert SAN"),
                                      interest=R.choice(INTERESTS_NURSE)))
    for s in STAFF:
        if s["title"] == "Student Veterinary Nurse":
            s["quals"] = "student VN (level 3 diploma)"

def gen_staff():
    for s in STAFF:
        c = CLINICS[s["clinic"]]
        first = s["name"].replace("Dr ", "").split()[0]
        opener = pick(
            f"{s['name']} is part of the {c['name']} team. Role: {s['title']}.",
            f"{s['name']} works at our {c['name']} clinic ({s['title']}).",
            f"Meet {s['name']}, {s['title']}, based at {c['name']}.")
        what = "qualified" if s["role"] == "vet" else "joined the profession"
        hobby = R.choice(["walks on the Wendmoor hills with a rescue lurcher", "open-water swimming", "baking", "a pair of elderly rabbits", "coaching junior rugby", "fell running", "three cats and a tortoise", "growing vegetables", "choir singing", "restoring an old campervan"])
        body = f"""{opener}

## Background
{first} {what} in {s['year']} ({s['quals']}). {pick('Special interest', 'Main clinical interest', 'Areas of interest')}: {s['interest']}.

## At Tallowbrook
{pick(f'{first} sees clients at {c["name"]}', f'You will usually find {first} at {c["name"]}', f'{first} is based at {c["name"]}')} ({c['address']}); appointments can be booked on {c['phone']}.
{pick('', f'{first} also covers shifts at other Tallowbrook clinics when needed.', f'{first} contributes to the group nurse clinic programme.' if s['role']=='nurse' else f'{first} takes part in the group daytime emergency rota.')}

## Outside work
Outside work {first} enjoys {hobby}."""
        if "left" in s["title"] or "retired" in s["title"]:
            body += f"\n\nNote: {s['name']} no longer works for the group ({s['title']})."
        write(f"staff-{slug(s['name'].replace('Dr ', ''))}.md", f"Staff profile: {s['name']}", "2026-10-01" if ("2026" in s["title"]) else rand_date("2025-03-01", "2026-04-30"), body)

# ---------------------------------------------------------------- drugs
def gen_drugs():
    for brand, generic, cls, species, pres, dose, freq, unitp, caution in DRUGS:
        sl = slug(brand)
        status = "In stock"
        extra = ""
        if brand == "Thyrexa":
            status = "5 mg tablets: supply interruption since 20 August 2026; 2.5 mg tablets available"
            extra = (f"\n\n## Supply interruption\nDuring the shortage, cats on Thyrexa 5 mg are switched to {SHORTAGE['sub']} at the same mg dose. "
                     f"Owners are offered a {SHORTAGE['recheck']}. Resupply is expected in {SHORTAGE['resupply']}. See 'Notice: Thyrexa 5 mg tablet shortage and switch to Methisol'.")
        if brand == "Methisol":
            status = "In stock (group substitute for Thyrexa 5 mg since 20 August 2026)"
        if brand in ("Leptoguard L4",):
            extra = "\n\n## Protocol note\nLeptoguard L4 replaced Leptoguard L2 across the group on 15 June 2026. Dogs previously vaccinated with L2 need two L4 doses 4 weeks apart at their next booster; the second (conversion) dose costs £32.00."
        sec = [f"| Field | Detail |\n|---|---|\n| Brand (group formulary) | {brand} |\n| Generic | {generic} |\n| Class | {cls} |\n| Species | {species} |\n| Presentation | {pres} |\n| Stock status | {status} |"]
        body = pick(f"Formulary entry for {brand} ({generic}).", f"{brand} is the group's formulary product for {generic}, a {cls}.", f"Staff reference page for {brand}.") + "\n\n" + sec[0]
        body += f"\n\n## Dose guide\n- Dose: {dose}\n- Frequency: {freq}\n\n## Cautions\n{caution}.\n\n## Price\nDispensing price: {unitp}. Repeat prescriptions are charged at {price('repeatrx')} per dispensing; written prescriptions cost {price('writtenrx')}."
        body += extra
        body += f"\n\n{pick('Doses are a guide only; the prescribing vet decides the dose for each animal.', 'Always check the datasheet; group formulary doses are guidance for prescribers.', 'Dose ranges reflect the group formulary committee review of March 2026.')}"
        write(f"drug-{sl}.md", f"Formulary: {brand} ({generic})", "2026-09-01" if brand in ("Thyrexa", "Methisol", "Leptoguard L4") else rand_date("2026-08-01", "2026-09-20"), body)
        # owner leaflet
        sp = species.split(" and ")[0].split(",")[0]
        body = f"""{pick('Your vet has prescribed', 'This leaflet is about', 'You have been given')} {brand}, which contains {generic}. This leaflet explains how to give it.

## What is it for?
{brand} is {art(cls)} {cls}. {pick('Your vet will explain why your pet needs it.', 'It is used in ' + species + '.', CHOSEN)}

## How do I give it?
- Give it exactly as the label says ({plain(freq)}).
- {pick('Do not change the dose without speaking to us.', 'Never give human medicines in its place.', 'Finish the course unless your vet tells you to stop.')}
- {pick('If you miss a dose, give it when you remember unless the next one is nearly due; never double up.', 'Missed a dose? Give the next one at the usual time and do not double up.')}

## Side effects to watch for
{SIDE.get(brand, caution)}. {pick('Stop and call us if your pet vomits repeatedly, stops eating or seems unwell.', 'If you are worried, call your clinic or, out of hours, ' + OOH_NEW['name'] + ' on ' + OOH_NEW['phone'] + '.')}

## Repeat supplies
Order repeats through the {PORTAL_NEW} giving at least {RX_NOTICE_NEW} notice."""
        if brand == "Thyrexa":
            body += f"\n\nThyrexa 5 mg tablets are in short supply; your cat may be switched to {SHORTAGE['sub']}."
        write(f"leaflet-{sl}.md", f"Owner leaflet: {brand}", rand_date("2026-06-01", "2026-10-30") if brand not in ("Thyrexa",) else "2026-08-21", body)

# ---------------------------------------------------------------- conditions
SPN = {"dog": "dogs", "cat": "cats", "rabbit": "rabbits", "cattle": "cattle", "sheep": "sheep", "horse": "horses"}
def gen_conditions():
    for name, sp, system, signs, tests, tx, brands in CONDITIONS:
        base = slug(name)
        fname = f"condition-{base}-{sp}.md"
        signs_l = [x.strip() for x in signs.split(",")]
        body = pick(f"{name} in {SPN[sp]}: an owner's guide from the {GROUP}.",
                    f"This page explains {name.lower()} in {SPN[sp]}.",
                    f"What every owner should know about {name.lower()} in {SPN[sp]}.")
        body += "\n\n## Signs to look out for\n" + "\n".join(f"- {s}" for s in signs_l)
        body += f"\n\n## How we diagnose it\n{pick('Your vet may recommend', 'Tests commonly used include', 'Diagnosis usually involves')} {tests}."
        body += f"\n\n## Treatment\n{tx[0].upper() + tx[1:]}."
        if R.random() < 0.6:
            body += f"\n\n## Medicines we may use\n" + ", ".join(brands.split(", ")) + " (see the formulary pages)."
        if sp in ("cattle", "sheep"):
            body += f"\n\nFarm clients can book through Ashcombe Ferrers ({CLINICS['ashcombe-ferrers']['phone']}) or Dunstow ({CLINICS['dunstow']['phone']}); urgent farm calls out of hours go to {FARM_OOH}."
        else:
            body += f"\n\n{pick('If you are worried, book an appointment with your usual clinic.', 'Contact your Tallowbrook clinic if you notice any of these signs.')} Out of hours, call {OOH_NEW['name']} on {OOH_NEW['phone']}."
        write(fname, f"{name} in {SPN[sp]}", rand_date("2025-06-01", "2026-05-25"), body)
        # clinical summary
        body = f"Clinical summary for staff. System: {system}. Species: {sp}.\n\n| Item | Summary |\n|---|---|\n| Presenting signs | {signs} |\n| Work-up | {tests} |\n| Management | {tx} |\n| Formulary products | {brands} |"
        body += f"\n\n## Notes\n- {pick('Document pain score at every visit.', 'Record body weight and body condition score at each visit.', 'Discuss costs and obtain an estimate before work-up.')}\n- {pick('Use the relevant Pawtrack Cloud discharge template.', 'Follow the group antibiotic stewardship policy when prescribing.', 'Consider referral if response is poor (see the referral centre pages).')}\n- Client handout: '{name} in {SPN[sp]}'."
        write(f"clinical-{base}-{sp}.md", f"Clinical summary: {name} ({sp})", rand_date("2025-09-01", "2026-10-20"), body)

# ---------------------------------------------------------------- procedures
def gen_procedures():
    for name, pkey, species, what, stay, suture, tip in PROCEDURES:
        lab, old, new, cat = PRICES[pkey]
        if name in ("Mass removal (lumpectomy)", "Cruciate surgery (TPLO)", "Endoscopy", "Caesarean (bitch)"):
            price_line = "Price: individual estimate given after examination."
        else:
            price_line = f"Price: {gbp(new)} ({lab}, from {PRICE_CHANGE_DATE}; previously {gbp(old)})." if old else f"Price: {gbp(new)}."
        body = f"""{pick('About the procedure:', 'What happens:', 'In brief:')} {what}. Suitable for {species}.

## Before the day
{tip}.

## On the day
{pick('Drop-off is between 08:00 and 09:00.', 'Please arrive at the time in your admission text.', 'Admission appointments are with a nurse, who will go through the consent form.')} Stay: {stay}.

## Afterwards
{'Stitches or wound check: ' + suture + '.' if suture not in ('none',) else 'No stitches to worry about.'} You will get written discharge instructions.

## Cost
{price_line} Care Club members receive their tier discount.

{pick('Most routine surgery is done at Tallowbrook Central, Ashcombe Ferrers, Kelsby, Marhaven and Dunstow; Orrin Cross patients are operated on at Tallowbrook Central.', 'Ask your clinic which day its theatre lists run.', '')}"""
        write(f"procedure-{slug(name)}.md", f"Procedure: {name}", "2026-08-01", body)

# ---------------------------------------------------------------- breeds
def gen_breeds():
    for sp, breed, issues in BREEDS:
        il = [i.strip() for i in issues.split(",")]
        body = pick(f"Health notes for the {breed}.", f"The {breed} is a popular {sp} breed in {COUNTY}.", f"Breed health page: {breed} ({sp}).")
        body += "\n\n## Conditions seen more often in this breed\n" + "\n".join(f"- {i}" for i in il)
        if sp in ("dog", "cat", "rabbit"):
            body += f"\n\n## Our advice\n{pick('Regular health checks let us spot problems early.', 'Keep your pet slim; it reduces the impact of many of these conditions.', 'Ask about screening tests before breeding.')} {pick('The Tallowbrook Care Club includes twice-yearly checks.', 'Insurance is worth considering for this breed.', 'Our nurses run free weight clinics for Care Club members.')}"
            if sp == "rabbit":
                body += " Rabbits should have Lapivac Duo every year."
        else:
            body += f"\n\n## Herd and flock health\nOur farm vets at Ashcombe Ferrers and Dunstow include breed-relevant risks in your health plan. {pick('Bought-in stock should be quarantined.', 'Review parasite control with your vet each season.', 'Body condition score before breeding.')}"
        write(f"breed-{slug(breed)}.md", f"Breed notes: {breed}", rand_date("2025-01-15", "2026-05-01"), body)

# ---------------------------------------------------------------- lab tests
def gen_labtests():
    for test, cat, sp, rng, interp, cost in LABTESTS:
        body = f"""Reference information from the Tallowbrook Central in-house laboratory.

| Item | Value |
|---|---|
| Test | {test} |
| Section | {cat} |
| Species | {sp} |
| Group reference range | {rng} |
| Price | {cost} |

## Interpretation
{interp}

## Sample
{pick('Serum or heparin plasma; separate within 1 hour.', 'Fasted sample preferred (8-12 hours) unless the vet says otherwise.', 'Fresh sample, ideally cystocentesis for urine tests.', 'Results are usually back the same day for in-house tests; external tests take 2-3 working days.')}

Reference ranges are specific to our analysers and may differ from other laboratories."""
        write(f"lab-{slug(test)}-{slug(sp)}.md", f"Lab reference: {test} ({sp})", rand_date("2026-08-01", "2026-10-10"), body)

# ---------------------------------------------------------------- price pages
def gen_prices():
    for cat, ctitle in PRICE_CATEGORIES.items():
        items = [(k, v) for k, v in PRICES.items() if v[3] == cat]
        rows = "\n".join(f"| {v[0]} | {gbp(v[2])} |" for k, v in items)
        body = f"Current prices, effective {PRICE_CHANGE_DATE}. All prices include VAT.\n\n| Item | Price |\n|---|---|\n{rows}\n\nCare Club members receive 10% (Essential) or 15% (Complete and Senior Complete) off eligible items. Previous prices: see 'Price history: {ctitle}'."
        write(f"price-list-{cat}.md", f"Price list: {ctitle}", PRICE_CHANGE_DATE, body)
        rows = "\n".join(f"| {v[0]} | {gbp(round(v[1]*PRICE_2025_FACTOR*2)/2) if v[1] else 'n/a'} | {gbp(v[1]) if v[1] else 'n/a'} | {gbp(v[2])} |" for k, v in items)
        body = f"Price history for {ctitle.lower()}.\n\n| Item | Jan 2025 | Feb 2026 | Aug 2026 (current) |\n|---|---|---|---|\n{rows}\n\nPrices are reviewed at least once a year. The August 2026 review followed the {PMS_NEW} migration costs and increased drug costs."
        write(f"price-history-{cat}.md", f"Price history: {ctitle}", "2026-08-01", body)
        rows = "\n".join(f"| {v[0]} | {gbp(v[1]) if v[1] else 'not offered'} |" for k, v in items)
        body = f"ARCHIVED: these prices applied from 2 February 2026 until 31 July 2026. They have been superseded; see 'Price list: {ctitle}'.\n\n| Item | Price (Feb 2026) |\n|---|---|\n{rows}"
        write(f"price-list-{cat}-feb-2026-archived.md", f"Price list (archived February 2026): {ctitle}", "2026-02-02", body)
        rows = "\n".join(f"| {v[0]} | {gbp(round(v[1]*PRICE_2025_FACTOR*2)/2) if v[1] else 'not offered'} |" for k, v in items)
        body = f"ARCHIVED: prices from 6 January 2025 to 1 February 2026.\n\n| Item | Price (Jan 2025) |\n|---|---|\n{rows}\n\nSuperseded twice since; kept for reference when answering queries about old invoices."
        write(f"price-list-{cat}-jan-2025-archived.md", f"Price list (archived January 2025): {ctitle}", "2025-01-06", body)

# ---------------------------------------------------------------- notices
HOLIDAYS = [("2024-12-25", "Christmas Day"), ("2024-12-26", "Boxing Day"), ("2025-04-18", "Good Friday"), ("2025-05-05", "Early May bank holiday"), ("2025-08-25", "Summer bank holiday"),
            ("2025-12-25", "Christmas Day"), ("2025-12-26", "Boxing Day"), ("2026-01-01", "New Year's Day"),
            ("2026-04-03", "Good Friday"), ("2026-05-04", "Early May bank holiday"), ("2026-05-25", "Spring bank holiday"),
            ("2026-08-31", "Summer bank holiday")]
def gen_notices():
    for d, hol in HOLIDAYS:
        for cid, c in CLINICS.items():
            provider = OOH_NEW if d >= OOH_NEW["start"] else OOH_OLD
            open_ = (cid == "tallowbrook-central" and hol not in ("Christmas Day",))
            pd = (datetime.date.fromisoformat(d) - datetime.timedelta(days=R.randint(10, 21))).isoformat()
            body = f"{c['name']} will be {'open 10:00-14:00 for urgent appointments only' if open_ else 'closed'} on {hol} ({d}).\n\n" \
                   f"{pick('Emergency cover', 'While we are closed, emergency cover')} is provided by {provider['name']}, {provider['address']}, telephone {provider['phone']}. " \
                   f"Farm clients should use {FARM_OOH}.\n\n{pick('Please order repeat medication in good time before the holiday.', 'Remember to collect repeat prescriptions before the bank holiday weekend.', 'Normal hours resume the next working day.')}"
            write(f"notice-{d}-{cid}-{slug(hol)}-hours.md", f"Notice: {c['name']} {hol} {d[:4]} opening", pd, body, kind="Date")
    # training closures
    for i in range(24):
        cid = R.choice(list(CLINICS)); c = CLINICS[cid]
        d = rand_date("2025-02-01", "2026-11-10")
        body = f"{c['name']} will close from 13:00 to 15:00 on {d} for team training ({R.choice(['CPR refresher', 'fire safety', 'controlled drugs update', 'Pawtrack Cloud training', 'fear-free handling', 'anaesthesia update'])}).\n\nUrgent cases will be seen at {'Tallowbrook Central' if cid != 'tallowbrook-central' else 'Kelsby'} during that time. {pick('We apologise for any inconvenience.', 'Thank you for your patience.')} Phone lines stay open on {c['phone']} for messages."
        write(f"notice-{d}-{cid}-training-closure.md", f"Notice: {c['name']} closed for training on {d}", d, body, kind="Date")
    # parasite alerts
    for y in ("2025", "2026"):
        for m, topic, text in (("03", "tick season", "Ticks are active from March; check your dog after walks and ask about Tickbane Chew."),
                               ("05", "fly-strike", "Fly-strike season has started; check rabbits' rear ends twice daily and use Lapifly from April to October."),
                               ("07", "heatstroke", "Never leave dogs in cars; walk early or late; brachycephalic breeds are most at risk."),
                               ("09", "harvest mites", "Orange mites between toes cause intense itching in late summer; FleaShield Spot-On helps."),
                               ("10", "lungworm", "Slug and snail activity raises lungworm risk; monthly FleaShield Plus prevents Angiostrongylus in dogs."),
                               ("11", "fireworks", "Plan ahead for fireworks: safe den, closed curtains, and speak to us about anxiety medication early."),
                               ("12", "festive hazards", "Chocolate, raisins, xylitol sweeteners and lilies are common festive poisons."),):
            d = f"{y}-{m}-0{R.randint(1,9)}"
            if d > TODAY: continue
            who = OOH_NEW if d >= OOH_NEW["start"] else OOH_OLD
            body = f"{text}\n\n{pick('Care Club members get parasite treatment included.', 'Speak to a nurse about the right product for your pet.', 'Our nurse clinics can advise on prevention.')} Out of hours, call {who['name']} on {who['phone']}."
            write(f"notice-{d}-seasonal-{slug(topic)}.md", f"Seasonal alert: {topic} ({y})", d, body, kind="Date")
    # staff arrivals (generated)
    for s in R.sample([x for x in STAFF if x["name"] not in [f[0] for f in STAFF_FIXED]], 24):
        d = rand_date("2025-01-05", "2026-11-01")
        c = CLINICS[s["clinic"]]
        body = f"We are pleased to welcome {s['name']} ({s['quals']}) to the {c['name']} team as {s['title']}. {s['name'].replace('Dr ', '').split()[0]}'s interests include {s['interest']}.\n\n{pick('Please say hello when you next visit.', 'Appointments can be booked now.', 'We hope you will make them welcome.')} Book on {c['phone']}."
        write(f"notice-{d}-welcome-{slug(s['name'].replace('Dr ', ''))}.md", f"Welcome: {s['name']} joins {c['name']}", d, body, kind="Date")

# ---------------------------------------------------------------- bulletins
def gen_bulletins():
    topics = ["dental health month", "senior pets", "rabbit awareness", "weight management", "pet insurance explained", "travelling with pets",
              "microchip database updates", "arthritis in cats", "kennel and cattery checklist", "puppy and kitten socialisation", "lambing preparation", "calf health"]
    d = datetime.date(2024, 1, 15)
    i = 0
    while d.isoformat() <= TODAY:
        t = topics[i % len(topics)]
        ds = d.isoformat()
        who = OOH_NEW if ds >= OOH_NEW["start"] else OOH_OLD
        plan = "Essential, Complete and Senior Complete" if ds >= CARE_CLUB_START else "Core and Plus"
        cons = price("consult") if ds >= PRICE_CHANGE_DATE else (price("consult", "old") if ds >= "2026-02-02" else gbp(round(PRICES['consult'][1]*PRICE_2025_FACTOR*2)/2))
        body = f"""{pick(WELCOME, 'Hello from all of us at Tallowbrook.', 'News and advice from your local vets.')}

## This month: {t}
{pick('Our nurses have put together tips on', 'This month we focus on', 'Read our advice on')} {t}. {pick('Ask at reception for a leaflet.', 'Book a nurse clinic to talk it through.', 'Look out for posters in the waiting room.')}

## Clinic news
- A standard consultation currently costs {cons}.
- Tallowbrook Care Club tiers: {plan}.
- Out-of-hours provider: {who['name']} ({who['phone']}).

## Dates for your diary
{pick('Bank holiday hours will be posted on our notices page.', 'Puppy parties restart next month at Tallowbrook Central.', 'Farm meeting on flock health at Dunstow next month.')}"""
        write(f"newsletter-{ds[:7]}.md", f"Tallowbrook newsletter {d.strftime('%B %Y')}", ds, body, kind="Date")
        i += 1
        m = d.month + 1; y = d.year + (m > 12); m = m - 12 if m > 12 else m
        d = datetime.date(y, m, 15)

# ---------------------------------------------------------------- nurse clinics
def gen_nurse_clinics():
    kinds = [("weight clinic", "monthly weigh-ins, diet plans and body condition scoring", "free for Care Club members, otherwise the nurse clinic fee"),
             ("puppy clinic", "socialisation advice, worming and vaccination schedule under the current Leptoguard L4 protocol (8 and 12 weeks)", "free with the primary vaccination course"),
             ("senior pet clinic", "mobility, weight, blood pressure and urine checks for older pets", "nurse clinic fee; blood tests extra"),
             ("diabetic clinic", "insulin technique, glucose curves and fructosamine checks", "nurse clinic fee plus tests"),
             ("dental check", "checking teeth, gums and home-care technique", "free for Care Club Complete members"),
             ("rabbit health check", "teeth, weight, diet, fly-strike prevention and Lapivac Duo timing", "nurse clinic fee, or included in the rabbit Care Club tiers"),
             ("kitten clinic", "worming, flea control, neutering at 4 months and the Felivax vaccination schedule (9 and 12 weeks)", "free with the primary vaccination course")]
    for cid, c in CLINICS.items():
        for k, what, fee in kinds:
            if cid == "orrin-cross" and k in ("diabetic clinic", "kitten clinic"):
                continue
            day = R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
            body = f"{pick('Our', 'The')} {k} at {c['name']} covers {what}.\n\n## When\n{day} {pick('mornings', 'afternoons')}, by appointment ({c['phone']}).\n\n## Cost\n{fee[0].upper()+fee[1:]} (nurse clinic appointment {price('nurse')}).\n\n{pick('Bring any medicines your pet is on.', 'Bring a fresh urine sample if asked.', 'Bring your pet hungry if we are doing a weigh-in and food trial.')}"
            write(f"nurse-{slug(k)}-{cid}.md", f"Nurse {k}: {c['name']}", rand_date("2026-09-28", "2026-11-10"), body)

# ---------------------------------------------------------------- FAQs (per clinic)
def gen_clinic_faqs():
    for cid, c in CLINICS.items():
        qs = [
            ("What time do you open on Saturdays?", f"{dict(c['hours']).get('Saturday', 'Closed')}." ),
            ("Where do I park?", c["parking"]),
            ("Who do I call at night?", OOH_LINE),
            ("Which vets work there?", f"The lead vet is {c['lead']}. See '{c['name']} clinic team' for everyone."),
            ("Can I order repeat medication?", f"Yes, through the {PORTAL_NEW} with {RX_NOTICE_NEW} notice, or by phone on {c['phone']}."),
            ("Do you see farm animals?", "Yes, our farm team is based here." if "farm" in c["kind"] else "No; farm clients are looked after by Ashcombe Ferrers and Dunstow."),
            ("Do you do operations here?", "No, operations are carried out at Tallowbrook Central." if cid == "orrin-cross" else "Yes, routine operations are done on weekday theatre lists."),
            ("How much is a consultation?", f"A standard consultation is {price('consult')} from {PRICE_CHANGE_DATE}."),
        ]
        R.shuffle(qs)
        body = f"Frequently asked questions about {c['name']} ({c['address']}).\n\n" + "\n\n".join(f"## {q}\n{a}" for q, a in qs)
        write(f"faq-clinic-{cid}.md", f"FAQ: {c['name']} clinic", "2026-10-05", body)

# ---------------------------------------------------------------- referral centres
def gen_referrals():
    for name, addr, phone, spec, people in REFERRAL_CENTRES:
        body = f"""{name} is one of the referral centres the {GROUP} works with.

| Item | Detail |
|---|---|
| Address | {addr} |
| Telephone | {phone} |
| Services | {spec} |
| Clinicians | {people} |

## How to refer
Referrals are sent by the vet as a letter with clinical history, test results and current medication, uploaded through the centre's referral portal and copied to the owner. {pick('Include insurance details.', 'Attach images as DICOM files.', 'Phone ahead for urgent cases.')}

## Owners
The referral centre will contact you to book; they will give their own estimate."""
        write(f"referral-centre-{slug(name)}.md", f"Referral centre: {name}", rand_date("2025-11-01", "2026-04-30"), body)


# ---------------------------------------------------------------- case studies
PETNAMES = ["Bramble", "Pepper", "Hector", "Luna", "Milo", "Daisy", "Jasper", "Willow", "Otis", "Poppy", "Rufus", "Mabel", "Archie", "Nala", "Bertie", "Tilly", "Monty", "Skye", "Ziggy", "Hazel", "Fudge", "Juniper", "Barney", "Maisie", "Alfie", "Dotty", "Gus", "Penny", "Crumble", "Sox"]
def gen_cases():
    vets = [s for s in STAFF if s["role"] == "vet" and "left" not in s["title"] and "retired" not in s["title"]]
    pets = [c for c in CONDITIONS if c[1] in ("dog", "cat", "rabbit")]
    breeds = {sp: [b for s2, b, _ in BREEDS if s2 == sp] for sp in ("dog", "cat", "rabbit")}
    d = datetime.date(2024, 2, 10); i = 0
    used = set()
    while d.isoformat() <= TODAY and i < 60:
        name, sp, system, signs, tests, tx, brands = pets[(i * 7) % len(pets)]
        pet = PETNAMES[i % len(PETNAMES)]
        v = vets[(i * 5) % len(vets)]
        c = CLINICS[v["clinic"]]
        breed = breeds[sp][(i * 3) % len(breeds[sp])]
        age = R.randint(1, 14)
        first_sign = signs.split(",")[0].strip()
        ds = d.isoformat()
        body = f"""{pick(CASE1, CASE2 + c['name'] + '.', 'A story from the consulting room.')}

## The patient
{pet}, a {age}-year-old {breed}, was brought to {c['name']} because of {first_sign}.

## What we found
{v['name']} examined {pet} and recommended {tests.split(',')[0].strip()}. The findings were consistent with {name.lower()}.

## Treatment
{pet}'s treatment included {tx.split(',')[0].strip()}. {pick(pet + ' was back to normal within a few weeks.', pet + ' is doing well and has regular rechecks.', pet + OWNERS)}

## Take-home message
{pick('If you notice ' + first_sign + ', book a check sooner rather than later.', 'Early signs can be subtle; trust your instincts if your pet seems different.', 'Regular health checks help us catch problems early.')} Read more in '{name} in {SPN[sp]}'."""
        fn = f"case-of-the-month-{ds[:7]}-{slug(pet)}-{slug(name)}.md"
        write(fn, f"Case of the month ({d.strftime('%B %Y')}): {pet} the {breed}", ds, body, kind="Date")
        i += 1
        m = d.month + 1; y = d.year + (m > 12); m = m - 12 if m > 12 else m
        d = datetime.date(y, m, 10)
    # second series: nurse case notes, fortnightly-ish 2025
    for j in range(30):
        name, sp, system, signs, tests, tx, brands = pets[(j * 11 + 3) % len(pets)]
        pet = PETNAMES[(j * 7 + 4) % len(PETNAMES)]
        n = [s for s in STAFF if s["role"] == "nurse" and "left" not in s["title"]][(j * 3) % 40]
        c = CLINICS[n["clinic"]]
        ds = rand_date("2024-06-01", "2026-11-10")
        body = f"""Nurse {n['name']} from {c['name']} describes how the nursing team supported {pet}, a {sp} with {name.lower()}.

## Nursing care
{pick('Pain scoring every four hours', 'Careful fluid monitoring', 'Gentle handling in a quiet ward', 'Hand-feeding and weight monitoring')} {pick('helped the team adjust treatment quickly.', 'made a real difference to recovery.', 'kept ' + pet + ' comfortable.')}

## Going home
Before discharge, {n['name'].split()[0]} went through medicines and warning signs with {pet}'s owner, including {brands.split(',')[0].strip()} where prescribed, and booked the post-operative or recheck appointment.

## Tip for owners
{pick('Ask for a demonstration if you are unsure how to give tablets or liquids.', 'Write down questions before you collect your pet.', 'Keep the discharge sheet on the fridge for the first week.')}"""
        write(f"nurse-notes-{ds}-{slug(pet)}-{slug(name)}-{sp}.md", f"Nurse notes: caring for {pet} ({name.lower()})", ds, body, kind="Date")

SPFAQ = {
 "feeding": "Feed a complete diet for your pet's life stage, weigh portions and adjust to body condition. Sudden diet changes can upset the stomach, so switch over 7-10 days.",
 "worming": "Most adult pets need worming every 3 months; pets that hunt or eat slugs may need monthly cover. Praziguard is included in the Care Club.",
 "fleas-and-ticks": "Treat all pets in the household every month with a suitable product and treat the home if fleas are found. Never use dog flea products on cats unless the label allows it.",
 "neutering": "We generally recommend neutering cats at 4 months, rabbits at 4-6 months, and dogs between 6 and 18 months depending on breed size; your vet will advise.",
 "insurance": "Insurance helps with unexpected bills; check exclusions and whether cover is lifetime. We can claim directly from most insurers for larger claims.",
 "dental-care": "Daily tooth brushing with pet toothpaste is the gold standard. Dental chews help a little. Signs of dental pain are subtle: dropping food, chewing on one side, bad breath.",
 "first-aid": "Keep calm, keep your pet warm and phone us before setting off so we can prepare. Do not give human painkillers; many are toxic to pets.",
 "travel-and-holidays": "Book kennels or catteries early and check vaccination requirements: kennels usually want kennel cough vaccine at least 3 weeks before, catteries a booster at least 2 weeks before.",
}
def gen_species_faqs():
    for sp in ("dog", "cat", "rabbit"):
        for topic, ans in SPFAQ.items():
            if sp == "rabbit" and topic in ("worming",):
                ans2 = "Rabbits don't need routine worming like dogs, but a 9-day course of Fenbenz-R is used against E. cuniculi, often in spring and autumn."
            elif sp == "rabbit" and topic == "fleas-and-ticks":
                ans2 = "Rabbits can catch fleas from cats and dogs; use only products licensed for rabbits. From April to October, fly-strike prevention with Lapifly is more important."
            else:
                ans2 = ans
            q1 = pick(f"How should I approach {topic.replace('-', ' ')} for my {sp}?", f"What do you recommend on {topic.replace('-', ' ')} for {SPN[sp]}?")
            body = f"""Owner questions about {topic.replace('-', ' ')} for {SPN[sp]}.

## {q1}
{ans2}

## Can a nurse help?
Yes. Nurse clinic appointments cost {price('nurse')} and are free for many Care Club benefits. {pick('Book at any clinic.', 'Our nurses are happy to demonstrate.', 'Ask at reception.')}

## Where can I read more?
See the breed pages and conditions pages for {SPN[sp]}, and 'Tallowbrook Care Club: overview'."""
            write(f"faq-{sp}-{topic}.md", f"FAQ: {topic.replace('-', ' ')} for {SPN[sp]}", rand_date("2026-09-28", "2026-11-10"), body)

def gen_farm_bulletins():
    topics = ["liver fluke forecast", "TB testing reminders", "calf pneumonia season", "tupping preparation", "drying-off cows", "lambing supplies", "turnout and worming", "fly control", "mastitis review", "body condition scoring", "BVD eradication", "housing and ventilation"]
    d = datetime.date(2025, 1, 20); i = 0
    while d.isoformat() <= TODAY:
        ds = d.isoformat(); t = topics[i % len(topics)]
        fv = price("farmvisit") if ds >= PRICE_CHANGE_DATE else price("farmvisit", "old")
        tb = price("tbtest") if ds >= PRICE_CHANGE_DATE else price("tbtest", "old")
        vets = "Dr Angus Merriott, Dr Ieuan Probert and Dr Rhodri Pask" if ds >= "2026-06-22" else "Dr Angus Merriott and Dr Ieuan Probert"
        body = f"""Farm bulletin from the Ashcombe Ferrers and Dunstow farm teams.

## Focus: {t}
{pick('Now is the time to plan', 'This month we are thinking about', 'Clients have been asking about')} {t}. {pick('Speak to your vet at your next routine visit.', 'Faecal egg counts and bulk-milk results help guide decisions.', 'Record keeping makes farm assurance inspections easier.')}

## Charges this month
Farm visit charge {fv}; TB test {tb} per head.

## Team
Farm vets: {vets}. Farm on-call: {FARM_OOH}."""
        write(f"farm-bulletin-{ds[:7]}.md", f"Farm bulletin {d.strftime('%B %Y')}", ds, body, kind="Date")
        i += 1
        m = d.month + 1; y = d.year + (m > 12); m = m - 12 if m > 12 else m
        d = datetime.date(y, m, 20)

def main():
    build_staff()
    gen_clinics(); gen_staff(); gen_drugs(); gen_conditions(); gen_procedures(); gen_breeds(); gen_labtests()
    gen_prices(); gen_notices(); gen_bulletins(); gen_nurse_clinics(); gen_clinic_faqs(); gen_referrals(); gen_cases(); gen_species_faqs(); gen_farm_bulletins()
    import core_docs
    for fname, title, date, kind, body in core_docs.docs():
        write(fname, title, date, body, kind=kind, core=True)
    print(len(WRITTEN), "docs")

if __name__ == "__main__":
    main()

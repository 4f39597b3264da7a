#!/usr/bin/env python3
"""Generate the Brightwater Mutual corpus. Run from tools/: python3 gen_corpus.py"""
import os, random, re, json, shutil
from facts import *
from core_docs import CORE

random.seed(20261130)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)
written = {}

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

PAD = {
 "garage": ["## Allocation notes\nAllocate through the repair management system and add the claim number to the job. The repairer sends an estimate with photos before starting work; the desk engineer approves or queries it.",
            "## Quality\nNetwork repairers are audited twice a year. Customer complaints about repair quality are logged against the repairer and reviewed at the quarterly network meeting.",
            "## Customer journey\nThe customer is contacted to book the car in, offered collection and delivery where eligible, and updated by text message while the car is in the workshop.",
            "## Total loss\nIf the repairer thinks the car is uneconomical to repair, they stop work and send photos to the engineer. Do not authorise further work until the engineer has decided."],
 "policy": ["## How to explain this section\nUse plain English and tell the customer which part of the wording applies. Quote the wording reference from the schedule and offer to send the full wording by email or post.",
            "## Conditions that apply to all sections\nThe customer must take reasonable care to prevent loss, tell us as soon as possible about a claim, and not admit liability to anyone else without our agreement.",
            "## Date of loss rule\nThe limit or excess that applies is the one on the schedule in force at the date of loss, not the date the claim is reported or settled."],
 "faq": ["## If the customer asks more\nOffer to send the policy wording and the summary of cover. If the customer wants to change cover level, transfer to the sales team; mid-term changes take effect the next day.",
         "## Tone\nKeep the explanation short and check the customer has understood. If the customer seems to be struggling, ask whether they would like any extra support.",
         "## Where this comes from\nThe answer reflects the current policy wording and product change notices. Older policies may carry different figures until renewal."],
 "fraud": ["## Remember\nDo not accuse the customer or hint that a referral has been made. Record facts, not opinions, on the file note, and continue to handle the claim politely.",
           "## Evidence handling\nKeep original documents and photos on the claim file. Do not edit or annotate the originals; add comments in the file note instead."],
 "loss": ["## Instructions\nSend the claim number, policy schedule, FNOL notes and photos with the instruction. The adjuster reports within 10 working days of the visit with a recommendation on cover and quantum.",
          "## Fees\nAdjuster fees are charged on the agreed panel scale and are not deducted from the customer's settlement."],
 "regional": ["Team leaders should use this bulletin for resource planning. Figures are taken from the claims system on the last working day of the month and may change slightly as late notifications arrive.",
              "Repairer cycle time is measured from the car arriving at the workshop to it being returned to the customer."],
 "underwriting": ["## Applying at claim stage\nIf a claim reveals that this guideline was not followed at quote, the handler records the facts and refers to the underwriting desk before making a cover decision.",
                  "## Record keeping\nAll referral decisions are recorded on the policy notes with the underwriter's name and date."],
 "notice": ["## Communication\nCustomers affected were told in their renewal documents. Contact-centre scripts have been updated and team leaders briefed.",
            "## Questions\nQuestions about this notice go to the product team mailbox. Claims handlers should always check the schedule in force at the date of loss.",
            "## Systems\nThe policy administration system and the quote engine were updated on the effective date. Documents issued before that date show the previous terms."],
 "regulatory": ["## What staff need to do\nRead the notice and complete the short e-learning module if assigned. Compliance will sample claims and complaint files to check the change is being applied.",
                "## Background\nBrightwater reviews regulatory developments monthly through the Conduct Risk Committee, which reports to the Board."],
 "storm": ["## Handling reminders\nUse the event code on every claim so the event can be reported and reinsured correctly. Check the postcode falls inside the event area before applying the event rules.",
           "## Customer messages\nThe website banner and app message tell customers how to claim and what to do to make the home safe."],
 "customer": ["## Tips\nTake photos before you clear up, keep damaged items if you can, and do not start permanent repairs before speaking to us. Emergency repairs to stop further damage are fine; keep the receipts.",
              "## Complaints\nIf you are unhappy with how your claim is handled, tell your handler or contact the Customer Resolution Team."],
 "claims": ["## File notes\nRecord each step on the claim file note using the standard labelled fields, including the reserve and the next action.",
            "## Service standards\nSee *Claims Service Standards* for the attendance and contact targets that apply to this claim type."],
 "vet": ["## Invoices\nInvoices must be itemised and include the clinical history. The practice is paid by bank transfer once the claim is approved.",
         "## Pre-authorisation\nFor planned treatment expected to cost more than £1,500, the practice can ask for pre-authorisation through the vet portal."],
 "windscreen": ["## After fitting\nThe fitter checks the camera calibration and gives the customer a calibration certificate. Customers should not drive for one hour after a bonded screen is fitted."],
}

def pad(name, text):
    key = name.split("-")[0]
    pool = list(PAD.get(key, []))
    random.shuffle(pool)
    while len(text.split()) < 95 and pool:
        text = text.rstrip() + "\n\n" + pool.pop()
    return text

def write(name, text):
    assert name not in written, name
    text = pad(name, text)
    written[name] = text
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text.strip() + "\n")

def rdate(lo="2025-03-01", hi="2026-05-10"):
    import datetime as d
    a = d.date.fromisoformat(lo); b = d.date.fromisoformat(hi)
    return (a + d.timedelta(days=random.randint(0, (b - a).days))).isoformat()

for n, t in CORE.items():
    write(n, t)

# ---------------- towns ----------------
TOWNS = {  # town: (area code, region)
 "Bristol": ("0117", "South West"), "Bath": ("01225", "South West"), "Exeter": ("01392", "South West"), "Plymouth": ("01752", "South West"),
 "Truro": ("01872", "South West"), "Taunton": ("01823", "South West"), "Gloucester": ("01452", "South West"), "Swindon": ("01793", "South West"),
 "Cheltenham": ("01242", "South West"), "Bournemouth": ("01202", "South West"), "Salisbury": ("01722", "South West"), "Barnstaple": ("01271", "South West"),
 "Cardiff": ("029", "Wales"), "Swansea": ("01792", "Wales"), "Newport": ("01633", "Wales"), "Wrexham": ("01978", "Wales"), "Bangor": ("01248", "Wales"),
 "Aberystwyth": ("01970", "Wales"), "Carmarthen": ("01267", "Wales"),
 "Birmingham": ("0121", "Midlands"), "Coventry": ("024", "Midlands"), "Leicester": ("0116", "Midlands"), "Nottingham": ("0115", "Midlands"),
 "Derby": ("01332", "Midlands"), "Stoke-on-Trent": ("01782", "Midlands"), "Wolverhampton": ("01902", "Midlands"), "Worcester": ("01905", "Midlands"),
 "Northampton": ("01604", "Midlands"), "Lincoln": ("01522", "Midlands"), "Shrewsbury": ("01743", "Midlands"), "Hereford": ("01432", "Midlands"),
 "Leeds": ("0113", "Yorkshire"), "Sheffield": ("0114", "Yorkshire"), "York": ("01904", "Yorkshire"), "Bradford": ("01274", "Yorkshire"),
 "Hull": ("01482", "Yorkshire"), "Harrogate": ("01423", "Yorkshire"), "Doncaster": ("01302", "Yorkshire"), "Huddersfield": ("01484", "Yorkshire"),
 "Wakefield": ("01924", "Yorkshire"), "Scarborough": ("01723", "Yorkshire"),
 "Manchester": ("0161", "North West"), "Liverpool": ("0151", "North West"), "Preston": ("01772", "North West"), "Lancaster": ("01524", "North West"),
 "Carlisle": ("01228", "North West"), "Keswick": ("017687", "North West"), "Chester": ("01244", "North West"), "Bolton": ("01204", "North West"),
 "Blackpool": ("01253", "North West"), "Warrington": ("01925", "North West"), "Kendal": ("01539", "North West"),
 "Newcastle upon Tyne": ("0191", "North East"), "Sunderland": ("0191", "North East"), "Durham": ("0191", "North East"), "Middlesbrough": ("01642", "North East"),
 "Darlington": ("01325", "North East"), "Hexham": ("01434", "North East"),
 "Norwich": ("01603", "East of England"), "Ipswich": ("01473", "East of England"), "Cambridge": ("01223", "East of England"), "Peterborough": ("01733", "East of England"),
 "Colchester": ("01206", "East of England"), "Chelmsford": ("01245", "East of England"), "King's Lynn": ("01553", "East of England"), "Luton": ("01582", "East of England"),
 "Reading": ("0118", "South East"), "Oxford": ("01865", "South East"), "Brighton": ("01273", "South East"), "Southampton": ("023", "South East"),
 "Portsmouth": ("023", "South East"), "Guildford": ("01483", "South East"), "Maidstone": ("01622", "South East"), "Canterbury": ("01227", "South East"),
 "Milton Keynes": ("01908", "South East"), "Crawley": ("01293", "South East"), "Basingstoke": ("01256", "South East"), "Ashford": ("01233", "South East"),
 "Croydon": ("020", "London"), "Enfield": ("020", "London"), "Ealing": ("020", "London"), "Bromley": ("020", "London"), "Romford": ("01708", "London"),
 "Harrow": ("020", "London"), "Stratford": ("020", "London"),
 "Glasgow": ("0141", "Scotland"), "Edinburgh": ("0131", "Scotland"), "Aberdeen": ("01224", "Scotland"), "Dundee": ("01382", "Scotland"),
 "Inverness": ("01463", "Scotland"), "Perth": ("01738", "Scotland"), "Stirling": ("01786", "Scotland"), "Dumfries": ("01387", "Scotland"),
 "Belfast": ("028", "Northern Ireland"), "Derry": ("028", "Northern Ireland"), "Newry": ("028", "Northern Ireland"),
}
TOWNLIST = list(TOWNS)

def phone(town):
    code = TOWNS[town][0]
    if len(code) == 3:   # 020 / 029 / 023 / 024 / 028
        return f"{code} {random.randint(2000,8999)} {random.randint(1000,9999)}"
    if len(code) == 4:
        return f"{code} {random.randint(200,899)} {random.randint(1000,9999)}"
    if len(code) == 6:
        return f"{code} {random.randint(70000,79999)}"
    return f"{code} {random.randint(200000,899999)}"

# ---------------- motor repairers ----------------
PFX = ["Abbey", "Albion", "Ashgrove", "Beacon", "Bridge", "Castle", "Cedar", "Central", "Chapel", "Clarendon", "County", "Crown", "Denby",
       "Eastgate", "Elm", "Fairway", "Falcon", "Forge", "Granary", "Greenway", "Harbour", "Heron", "Highfield", "Hilltop", "Ivy", "Jubilee",
       "Kingsway", "Lakeside", "Larch", "Manor", "Meadow", "Mill", "Minster", "Northgate", "Oakfield", "Orchard", "Parkside", "Pennine",
       "Priory", "Quayside", "Redwood", "Riverside", "Rowan", "Saxon", "Southgate", "Station", "Summit", "Thornbury", "Tudor", "Valley",
       "Victoria", "Viking", "Westfield", "Willow", "Windmill", "Wolds", "Yew Tree", "Sterling", "Brookfield", "Marsh Lane"]
SFX = ["Motor Body Repairs", "Accident Repair Centre", "Bodyshop", "Crash Repairs", "Coachworks", "Vehicle Body Specialists",
       "Motor Refinishers", "Body & Paint", "Accident Repairs Ltd", "Autobody"]
SPECS = ["Aluminium body repair", "ADAS calibration", "Electric and hybrid vehicles", "Prestige and luxury vehicles", "Commercial vans up to 3.5t",
         "Paint matching and refinishing", "Smart repair (minor dents and scuffs)", "Classic and vintage vehicles", "Motorcycles",
         "Wheelchair accessible vehicles", "Courtesy cars (automatic available)", "Mechanical repairs", "Caravans and motorhomes", "Glass replacement"]
OPEN = ["Mon-Fri 8am-5.30pm, Sat 8.30am-12pm", "Mon-Fri 8am-6pm", "Mon-Fri 7.30am-5pm, Sat 9am-1pm", "Mon-Sat 8am-5pm"]

garages = []
used = set()
for t in ["Bristol"]:
    garages.append(dict(name="Avonmouth Crash Repair Centre", town="Bristol", phone="0117 496 2210",
                        spec=["ADAS calibration", "Electric and hybrid vehicles", "Commercial vans up to 3.5t"], joined="2019-04-01", status="active"))
garages.append(dict(name=GARAGE_LEFT["name"], town="Bristol", phone="0117 496 7735", spec=["Paint matching and refinishing", "Smart repair (minor dents and scuffs)"],
                    joined="2017-06-12", status="left"))
for g in GARAGE_JOINED:
    garages.append(dict(name=g["name"], town=g["town"], phone=g["phone"], spec=g["spec"], joined=g["date"], status="active"))
used.update(g["name"] for g in garages)
while len(garages) < 230:
    town = random.choice(TOWNLIST)
    name = f"{random.choice(PFX)} {random.choice(SFX)}"
    if name in used:
        continue
    used.add(name)
    garages.append(dict(name=name, town=town, phone=phone(town), spec=random.sample(SPECS, random.randint(1, 4)),
                        joined=rdate("2014-01-01", "2025-12-31"), status="active"))

def garage_page(g):
    town, region = g["town"], TOWNS[g["town"]][1]
    v = random.randint(0, 2)
    street = f"{random.randint(1, 220)} {random.choice(['Station Road','Mill Lane','Industrial Estate','Trading Estate','Enterprise Park','Canal Street','Brunel Way','Victoria Road'])}"
    cars = random.choice([3, 4, 5, 6, 8, 10, 12])
    score = round(random.uniform(4.1, 4.9), 1)
    upd = "2026-08-20" if g["status"] == "left" else (g["joined"] if g["joined"] > "2026-05-15" else rdate("2025-06-01", "2026-05-10"))
    specs = "\n".join(f"- {s}" for s in g["spec"])
    head = f"# {g['name']} ({town})\nUpdated: {upd}\n\n"
    if g["status"] == "left":
        status = (f"**Network status:** LEFT THE NETWORK on {GARAGE_LEFT['date']}. Do not allocate new repairs. "
                  f"For Bristol-area repairs use {GARAGE_LEFT['replacement']}. See *Network Notice: Hartcliffe Motor Body Ltd Leaves the Approved Repairer Network*.\n\n")
    else:
        status = f"**Network status:** Active approved repairer since {g['joined']}.\n\n"
    if v == 0:
        body = (f"{g['name']} is an approved motor repairer in {town} ({region}).\n\n{status}"
                f"## Contact\n- Phone: {g['phone']}\n- Address: {street}, {town}\n- Opening hours: {random.choice(OPEN)}\n\n"
                f"## Specialisms\n{specs}\n\n## Capacity\nCourtesy car fleet: {cars} vehicles. Average customer satisfaction: {score}/5.\n\n"
                f"Repairs carry the Brightwater lifetime repair guarantee. See *Approved Repairer Network Overview*.")
    elif v == 1:
        body = (f"{status}| Field | Detail |\n|---|---|\n| Repairer | {g['name']} |\n| Town | {town} |\n| Region | {region} |\n"
                f"| Phone | {g['phone']} |\n| Address | {street} |\n| Courtesy cars | {cars} |\n| Satisfaction score | {score}/5 |\n\n"
                f"### Specialisms\n{specs}\n\nAllocate through the repair management system. The repairer contacts the customer within 24 hours of allocation "
                f"(see *Claims Service Standards*).")
    else:
        body = (f"Approved body shop serving {town} and surrounding areas in {region}. {status}"
                f"Call {g['phone']} to discuss capacity; the workshop is at {street}.\n\n"
                f"**What they specialise in:**\n{specs}\n\n"
                f"Courtesy cars on fleet: {cars}. Customer satisfaction (rolling 12 months): {score}/5. "
                f"Opening hours: {random.choice(OPEN)}.\n\nNon-approved repairer rules and guarantees are explained in *Approved Repairer Network Overview*.")
    if g["status"] == "left":
        body = body.replace("Allocate through the repair management system.", "Existing jobs only; no new allocations.").replace("Call ", "Existing jobs only. Call ")
    return head + body

for g in garages:
    write(f"garage-{slug(g['name'])}-{slug(g['town'])}.md", garage_page(g))

# ---------------- windscreen centres ----------------
WSBR = ["ClearPane Glass", "Vista Auto Glass", "Brightline Windscreens", "Crystal Screen Services", "ProView Glazing"]
ws_towns = random.sample(TOWNLIST, 60)
ws = []
for i, town in enumerate(ws_towns):
    brand = WSBR[i % len(WSBR)]
    d = dict(name=f"{brand} {town}", town=town, phone=phone(town), mobile=random.choice([True, True, False]),
             adas=random.choice([True, True, True, False]), radius=random.choice([10, 15, 20, 25, 30]))
    ws.append(d)
    upd = rdate("2026-08-01", "2026-11-20") if i % 3 == 0 else rdate("2025-05-01", "2026-05-10")
    exc = C_ws = MOTOR["Comprehensive"]
    excess_line = (f"Replacement excess at this centre is {exc['ws_replace']} (policies from 1 August 2026); repair excess {exc['ws_repair']}."
                   if upd >= "2026-08-01" else f"Repair excess {exc['ws_repair']}. Replacement excess is set on the policy schedule; check *Windscreen Network Overview*.")
    txt = (f"# {d['name']} - Windscreen Fitting Centre\nUpdated: {upd}\n\n"
           f"{d['name']} is part of the Brightwater windscreen network, part of the {brand} group.\n\n"
           f"- Phone: {d['phone']}\n- Mobile fitting: {'yes, within ' + str(d['radius']) + ' miles' if d['mobile'] else 'no, centre only'}\n"
           f"- ADAS camera recalibration on site: {'yes' if d['adas'] else 'no - sent to partner centre, adds 1 working day'}\n"
           f"- Booking: through the windscreen claims line {PHONES['windscreen']}\n\n{excess_line}\n\n"
           f"Fitting appointments are offered within 2 working days. Chip repairs up to 2 cm outside the driver's line of sight are repaired rather than replaced.")
    write(f"windscreen-centre-{slug(d['name'])}.md", txt)

# ---------------- home repairers / drying / locksmiths ----------------
HTYPES = [("Drying and restoration", "drying"), ("Building repairs", "building"), ("Plumbing and leak detection", "plumbing"),
          ("Roofing", "roofing"), ("Locksmith and security", "locksmith"), ("Glazing", "glazing"), ("Flooring", "flooring")]
HN1 = ["Dryline", "Restora", "Hearth & Home", "Keystone", "Ridgeway", "Truedry", "Anchor", "Stonebridge", "Pinnacle", "Trident", "Homeguard", "Cornerstone",
       "Slate & Tile", "Aqualert", "Lockfast", "Clearview", "Floorcraft", "Rapid Response", "Northern Property", "Southern Property"]
home_repairers = []
hused = set()
while len(home_repairers) < 160:
    ht, key = random.choice(HTYPES)
    town = random.choice(TOWNLIST)
    nm = f"{random.choice(HN1)} {random.choice(['Services', 'Solutions', 'Contractors', 'Ltd', 'Group'])}"
    full = f"{nm} {town}"
    if full in hused:
        continue
    hused.add(full)
    home_repairers.append(dict(name=nm, town=town, type=ht, key=key, phone=phone(town)))
for h in home_repairers:
    region = TOWNS[h["town"]][1]
    resp = {"drying": "attend within 48 hours, moisture mapping on first visit", "building": "survey within 5 working days",
            "plumbing": "emergency attendance within 4 hours, trace and access", "roofing": "emergency make-safe within 24 hours",
            "locksmith": "attend within 2 hours for lock-outs after theft", "glazing": "board-up within 4 hours, replacement within 10 working days",
            "flooring": "measure within 5 working days"}[h["key"]]
    surge = random.choice(["Yes - on the Version 3 surge panel", "Yes", "No"])
    upd = rdate("2025-05-01", "2026-11-15")
    txt = (f"# {h['name']} ({h['town']}) - {h['type']}\nUpdated: {upd}\n\n"
           f"Approved home repair contractor, {h['type'].lower()}, covering {h['town']} and {region}.\n\n"
           f"| Field | Detail |\n|---|---|\n| Phone | {h['phone']} |\n| Service standard | {resp} |\n| Storm surge capacity | {surge} |\n"
           f"| Accepts Home Premier accidental damage jobs | {random.choice(['Yes', 'Yes', 'No'])} |\n\n"
           f"Instruct through the home repair portal. For escape of water claims follow *Claims Procedure: Escape of Water*; "
           f"for storm claims follow *Claims Procedure: Storm*.")
    write(f"home-repairer-{slug(h['name'])}-{slug(h['town'])}.md", txt)

# ---------------- vets ----------------
VN1 = ["Ashcombe", "Bramble", "Castlegate", "Dales", "Elmtree", "Foxglove", "Greenacres", "Hawthorn", "Kingfisher", "Linden", "Moorland", "Nettlebed",
       "Oakhurst", "Pembroke", "Quarry Hill", "Rosebank", "Seaview", "Tanglewood", "Upton", "Wellbrook", "Whitecross", "Yarrow",
       "Abbotsford", "Birchwood", "Clover", "Deerpark", "Fernlea", "Goldcrest", "Heathfield", "Juniper", "Lowther", "Marigold"]
VN2 = ["Veterinary Centre", "Vets", "Animal Hospital", "Veterinary Surgery", "Vet Clinic", "Veterinary Practice"]
vets = []
vused = set()
while len(vets) < 150:
    town = random.choice(TOWNLIST)
    nm = f"{random.choice(VN1)} {random.choice(VN2)}"
    if (nm, town) in vused or nm in [v['name'] for v in vets]:
        continue
    vused.add((nm, town))
    vets.append(dict(name=nm, town=town, phone=phone(town), hours=random.choice(["24-hour emergency service", "Out-of-hours via partner clinic", "Day practice only"]),
                     exotics=random.choice([True, False, False]), referral=random.choice([True, False, False, False])))
for v in vets:
    upd = rdate("2025-04-01", "2026-11-10")
    limit_note = (f"Pet Lifetime claims are assessed against {PET['Lifetime']['vet_limit']} per policy year for policies starting or renewing from 1 September 2026."
                  if upd >= "2026-09-01" else "Check the policy schedule for the vet fee limit that applies.")
    txt = (f"# {v['name']}, {v['town']} - Direct Settlement Vet\nUpdated: {upd}\n\n"
           f"{v['name']} in {v['town']} is in the Brightwater direct-settlement vet network.\n\n"
           f"- Phone: {v['phone']}\n- Hours: {v['hours']}\n- Exotic pets: {'yes' if v['exotics'] else 'no'}\n"
           f"- Referral centre (orthopaedics, oncology, imaging): {'yes' if v['referral'] else 'no'}\n\n"
           f"The practice submits invoices through the vet portal. The customer pays only the excess and any co-payment. {limit_note}\n\n"
           f"See *Vet Direct Settlement Overview* and *Claims Procedure: Vet Fees*.")
    write(f"vet-partner-{slug(v['name'])}-{slug(v['town'])}.md", txt)

# ---------------- policy wording sections ----------------
HOME_SECTIONS = {
 "buildings": ("Buildings Cover", lambda f, lvl: f"Covers the structure of the home up to {f['buildings']}. Standard excess {f['std_excess']}. Subsidence excess {f['subsidence_excess']}.",
               ["Wear and tear", "Damage caused by vermin or insects", "Faulty workmanship", "Damage while unoccupied for more than " + "{unocc}"]),
 "contents": ("Contents Cover", lambda f, lvl: f"Covers household goods up to {f['contents']}. Any one item is limited to {f['single_article']} unless specified. Money at home: {f['money']}. Freezer contents: {f['freezer']}.",
              ["Items used for business", "Pets", "Motor vehicles and their keys", "Wear and tear"]),
 "escape-of-water": ("Escape of Water", lambda f, lvl: f"Covers damage caused by water escaping from a fixed water or heating installation. Excess: {f['eow_excess']}. Trace and access to find the leak: up to {f['trace']}.",
                     ["The cost of repairing the leaking appliance itself", "Failed grout or sealant", "Damage while unoccupied for more than {unocc}", "Gradual leaks the customer knew about"]),
 "storm-and-flood": ("Storm and Flood", lambda f, lvl: f"Covers damage by storm or flood. Storm excess: {f['storm_excess']}. A storm is defined in *Storm Definition and Weather Evidence*.",
                     ["Fences, gates and hedges", "Frost damage", "Wear and tear revealed by the storm", "Damage to swimming pools and hot tubs"]),
 "theft": ("Theft", lambda f, lvl: f"Covers theft or attempted theft. Standard excess {f['std_excess']}. Replacement locks after keys are stolen: {f['keys']}. Pedal cycles: {f['bikes']}.",
           ["Theft by a lodger or paying guest", "Theft while unoccupied for more than {unocc}", "Theft from an unlocked outbuilding"]),
 "accidental-damage": ("Accidental Damage", lambda f, lvl: f"Accidental damage is {f['ad']} on this cover level. Standard excess {f['std_excess']} applies.",
                       ["Damage by pets", "Damage from cleaning or repairing", "Mechanical breakdown"]),
 "personal-possessions": ("Personal Possessions", lambda f, lvl: f"Personal possessions away from home: {f['pp']}. Single article limit: {f['pp_single']}.",
                          ["Items left unattended in public", "Sports equipment while in use", "Contact lenses"]),
 "alternative-accommodation": ("Alternative Accommodation", lambda f, lvl: f"If the home cannot be lived in after an insured event, we pay alternative accommodation up to {f['alt_accom']}.",
                               ["Costs the customer would have paid anyway", "Accommodation chosen without our agreement"]),
 "home-emergency": ("Home Emergency", lambda f, lvl: f"Home emergency cover is {f['home_em']} on this cover level. Emergency helpline {PHONES['home_emergency']}.",
                    ["Boilers over 15 years old", "Problems known before cover started"]),
 "legal-expenses": ("Legal Expenses", lambda f, lvl: f"Family legal expenses: {f['legal']}.",
                    ["Disputes that started before cover began", "Claims with less than a 51% prospect of success"]),
 "garden": ("Garden Cover", lambda f, lvl: f"Plants, trees and garden furniture are covered up to {f['garden']} for fire, theft and storm (garden furniture only).",
            ["Plants damaged by frost or drought", "Fences, gates and hedges for storm"]),
 "unoccupancy": ("Unoccupancy Conditions", lambda f, lvl: f"The home is unoccupied if no one has lived there for more than {f['unocc']} in a row. After that, escape of water, theft, malicious damage and accidental damage are not covered.",
                 ["All four perils above after the unoccupancy period"]),
}
for lvl, f in HOME.items():
    for key, (title, fn, excl) in HOME_SECTIONS.items():
        upd = "2026-04-01"
        note = ""
        if lvl == "Essentials" and key == "escape-of-water":
            upd = "2026-07-01"; note = f"\n\n> Change: the escape of water excess was {f['eow_excess_old']} before 1 July 2026. See *Product Change Notice: Home Essentials Escape of Water Excess*."
        if lvl == "Plus" and key == "personal-possessions":
            upd = "2026-08-01"; note = f"\n\n> Change: the single article limit was {f['pp_single_old']} before 1 August 2026."
        ex = "\n".join(f"- {e.format(unocc=f['unocc'])}" for e in excl)
        txt = (f"# Home {lvl} Policy Wording: {title}\nUpdated: {upd}\n\nWording reference BW-HOME-2026, section: {title}.\n\n"
               f"## What is covered\n{fn(f, lvl)}{note}\n\n## What is not covered\n{ex}\n\n"
               f"## Related\nSee *Home Cover Levels Comparison* for the other cover levels.")
        write(f"policy-home-{lvl.lower()}-{key}.md", txt)

MOTOR_SECTIONS = {
 "third-party-liability": ("Third Party Liability", lambda f: f"Unlimited cover for injury to other people. Damage to other people's property up to {f['tp_property']}."),
 "excesses": ("Excesses", lambda f: (f"Compulsory excess {f['compulsory']}. Additional {f['young']} for drivers under 25 and {f['inexperienced']} for drivers with a licence held under 2 years. Theft of a keyless-entry vehicle: {f['theft_keyless']}."
                                      if 'compulsory' in f else "No own damage cover, so no own damage excess applies. Third party claims are paid without an excess.")),
 "windscreen": ("Windscreen and Glass", lambda f: (f"Repair excess {f['ws_repair']}. Replacement at approved centre {f['ws_replace']}. Non-approved replacement {f['ws_nonapproved']} excess, limit {f['ws_nonapproved_limit']}."
                                                    if 'ws_replace' in f else "Windscreen and glass are not covered under Motor Third Party.")),
 "accidental-damage": ("Accidental Damage to Your Car", lambda f: ("Covers accidental damage to the insured car, including vandalism. Compulsory and voluntary excesses apply." if 'compulsory' in f else "Not covered under Motor Third Party.")),
 "fire-and-theft": ("Fire and Theft", lambda f: (f"Covers loss of or damage to the car by fire, theft or attempted theft. Keyless-entry theft excess {f['theft_keyless']}. Replacement locks up to {f['locks']}." if 'compulsory' in f else "Not covered under Motor Third Party.")),
 "personal-belongings": ("Personal Belongings", lambda f: (f"Personal belongings in the car up to {f['belongings']}. In-car audio up to {f['audio']}." if 'compulsory' in f else "Not covered under Motor Third Party.")),
 "courtesy-car": ("Courtesy Car", lambda f: (f"A courtesy car ({f['courtesy']})." if 'compulsory' in f else "No courtesy car under Motor Third Party.")),
 "driving-abroad": ("Driving Abroad", lambda f: f"Minimum legal cover in the EU for up to {f['europe']} per trip."),
 "general-exclusions": ("General Exclusions", lambda f: "No cover while the car is driven by someone not insured, used for hire or reward, or driven under the influence of alcohol or drugs."),
 "no-claims-discount": ("No Claims Discount", lambda f: "A fault claim reduces the no claims discount by two years unless protected. Windscreen claims do not affect it."),
}
for lvl, f in MOTOR.items():
    for key, (title, fn) in MOTOR_SECTIONS.items():
        upd = "2026-04-01"; note = ""
        if lvl == "Comprehensive" and key == "excesses":
            upd = "2026-07-01"; note = f"\n\n> Change: the compulsory excess was {f['compulsory_old']} before 1 July 2026."
        if lvl == "Comprehensive" and key == "windscreen":
            upd = "2026-08-01"; note = f"\n\n> Change: approved-centre replacement excess was {f['ws_replace_old']} before 1 August 2026."
        txt = (f"# Motor {lvl} Policy Wording: {title}\nUpdated: {upd}\n\nWording reference BW-MOTOR-2026.\n\n## Cover\n{fn(f)}{note}\n\n"
               f"## Notes for handlers\nAlways check the schedule in force on the date of the incident. Compare cover levels in *Motor Cover Levels Comparison*.")
        write(f"policy-motor-{slug(lvl)}-{key}.md", txt)

PET_SECTIONS = {
 "vet-fees": ("Vet Fees", lambda f, l: (f"Vet fees up to {f['vet_limit']} per policy year, resetting at renewal. Excess {f['excess']} per condition per year. Co-payment: {f['copay']}." if l == "Lifetime"
                                        else f"Vet fees for accidental injury up to {f['vet_limit']} per accident. Excess {f['excess']} per accident. Treatment must be within {f['window']}.")),
 "third-party-liability": ("Third Party Liability", lambda f, l: f"Dogs only: up to {f['liability']} for injury to people or damage to property caused by the dog."),
 "death": ("Death from Illness or Injury", lambda f, l: f"Up to {f['death']} (purchase price or donation)" + (" for death from illness or injury." if l == "Lifetime" else " for death from accidental injury only.")),
 "pre-existing-conditions": ("Pre-existing Conditions", lambda f, l: "Conditions that showed signs before cover started, or in the first 14 days (illness), are not covered."),
 "claims-conditions": ("Claims Conditions", lambda f, l: f"Claims must be submitted within {f['claim_deadline']} of treatment with an itemised invoice and clinical history."),
 "exclusions": ("General Exclusions", lambda f, l: "Routine and preventative care, spaying and neutering, pregnancy, grooming, and dangerous dog breeds listed in the Dangerous Dogs Act."),
 "boarding-and-travel": ("Boarding and Travel", lambda f, l: (f"Boarding fees if the owner is hospitalised: up to {f['boarding']}. Overseas travel treatment: {f['travel']}." if l == "Lifetime" else "Not covered on Accident-only.")),
 "complementary-treatment": ("Complementary Treatment", lambda f, l: (f"Hydrotherapy, physiotherapy and acupuncture up to {f['complementary']}, within the vet fee limit." if l == "Lifetime" else "Not covered on Accident-only.")),
 "dental": ("Dental Treatment", lambda f, l: (f"Dental: {f['dental']}." if l == "Lifetime" else "Dental treatment after an accident only, within the vet fee limit.")),
}
for lvl, f in PET.items():
    for key, (title, fn) in PET_SECTIONS.items():
        upd = "2026-04-01"; note = ""
        if lvl == "Lifetime" and key == "vet-fees":
            upd = "2026-09-01"; note = f"\n\n> Change: the limit was {f['vet_limit_old']} per policy year for policies starting or renewing before 1 September 2026."
        txt = (f"# Pet {lvl} Policy Wording: {title}\nUpdated: {upd}\n\nWording reference BW-PET-2026.\n\n## Cover\n{fn(f, lvl)}{note}\n\n"
               f"## Related\nSee *Pet Cover Levels Comparison* and *Claims Procedure: Vet Fees*.")
        write(f"policy-pet-{slug(lvl)}-{key}.md", txt)

# ---------------- claims procedures ----------------
PROC = {
 "escape-of-water": ("Escape of Water", "Home claims " + PHONES['home_claims'],
    ["Confirm the water is off and the leak is stopped; if not, send an emergency plumber (4-hour attendance).",
     "Check the escape of water excess on the schedule at date of loss (Essentials " + HOME['Essentials']['eow_excess'] + " from 1 July 2026).",
     "Instruct a drying contractor to attend within 48 hours.", "Authorise trace and access up to the cover level limit.",
     "Set the initial reserve at " + RESERVES['Escape of water'] + ".", "Send the acknowledgement letter within 1 working day."],
    ["Photos of the damage", "Plumber's report stating cause", "Drying certificate before reinstatement"]),
 "storm": ("Storm", "Home claims " + PHONES['home_claims'],
    ["Check whether the date and postcode fall within a declared weather event; if so, use the event code and Storm Event Protocol (Version 3).",
     "Check weather evidence against *Storm Definition and Weather Evidence*.", "Arrange make-safe (roofing contractor, 24 hours).",
     "Desk-settle claims up to " + STORM_PROTOCOL['v3']['desk_limit'] + " during a declared event.", "Set initial reserve at " + RESERVES['Storm'] + "."],
    ["Photos", "Roofer's estimate", "Date and time the damage was noticed"]),
 "home-theft": ("Home Theft", "Home claims " + PHONES['home_claims'],
    ["Obtain the police crime reference number.", "Check signs of forced entry and the unoccupancy period.", "Arrange a locksmith if keys were taken.",
     "Set initial reserve at " + RESERVES['Theft (home)'] + ".", "Validate ownership and value for items over the single article limit."],
    ["Crime reference number", "Proof of ownership (receipts, photos, bank statements)", "List of stolen items with values"]),
 "fire": ("Fire", "Home claims " + PHONES['home_claims'],
    ["Confirm everyone is safe and whether the home is habitable.", "Notify the Large Loss Unit within 24 hours.", "Appoint a loss adjuster.",
     "Set initial reserve at " + RESERVES['Fire'] + ".", "Arrange alternative accommodation if needed."], ["Fire service report", "Photos"]),
 "subsidence": ("Subsidence", "Home claims " + PHONES['home_claims'],
    ["Appoint a subsidence specialist adjuster.", "Apply the subsidence excess of " + HOME['Essentials']['subsidence_excess'] + " (all cover levels).",
     "Arrange monitoring (typically 12 months).", "Set initial reserve at " + RESERVES['Subsidence'] + "."], ["Photos of cracking", "Survey reports"]),
 "accidental-damage": ("Accidental Damage (Home)", "Home claims " + PHONES['home_claims'],
    ["Check accidental damage is on cover (included on Premier; add-on on Essentials and Plus).", "Offer replacement through our supplier network.",
     "Set initial reserve at " + RESERVES['Accidental damage (home)'] + "."], ["Photos", "Description of how it happened"]),
 "motor-accident": ("Motor Accident", "Motor claims " + PHONES['motor_claims'],
    ["Take full accident circumstances, third party details and witness details.", "Check dashcam or telematics data.",
     "Allocate an approved repairer (contact within 24 hours).", "Form a liability view: fault, non-fault or split.",
     "Set reserves: own damage " + RESERVES['Motor own damage'] + ", TP property " + RESERVES['Motor third party property'] + ", TP injury " + RESERVES['Motor third party injury'] + ".",
     "Apply compulsory excess " + MOTOR['Comprehensive']['compulsory'] + " (from 1 July 2026) plus voluntary and driver excesses."],
    ["Photos", "Third party insurer details", "Police reference if attended"]),
 "motor-theft": ("Motor Theft", "Motor claims " + PHONES['motor_claims'],
    ["Obtain the police crime reference number.", "Ask for all keys to be sent in.", "Check keyless-entry theft excess (" + MOTOR['Comprehensive']['theft_keyless'] + ").",
     "Wait 21 days for recovery before settling as a total loss.", "Set initial reserve at " + RESERVES['Motor theft'] + "."],
    ["All keys", "V5C logbook", "Finance details"]),
 "windscreen": ("Windscreen", "Windscreen line " + PHONES['windscreen'],
    ["Check Comprehensive cover (no glass cover on Third Party).", "Book an approved fitting centre within 2 working days.",
     "Repair excess " + MOTOR['Comprehensive']['ws_repair'] + "; replacement " + MOTOR['Comprehensive']['ws_replace'] + " (from 1 August 2026).",
     "ADAS recalibration included.", "Set initial reserve at " + RESERVES['Windscreen'] + "."], ["Photo of damage", "Registration number"]),
 "vet-fees": ("Vet Fees", "Pet claims " + PHONES['pet_claims'],
    ["Check the condition is not pre-existing.", "Apply excess and co-payment.", "Check the vet fee limit in force at date of treatment (Lifetime " + PET['Lifetime']['vet_limit'] + " from 1 September 2026 renewals).",
     "Decide direct-settlement invoices within 10 working days.", "Set initial reserve at " + RESERVES['Vet fees'] + "."],
    ["Itemised invoice", "Clinical history", "Claim form within 90 days of treatment"]),
}
for key, (title, line, steps, docs) in PROC.items():
    txt = (f"# Claims Procedure: {title}\nUpdated: 2026-09-15\n\nContact: {line}.\n\n## Steps\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)) +
           "\n\n## Documents needed\n" + "\n".join(f"- {d}" for d in docs) +
           "\n\n## Related\n*Claims Procedures: Overview*, *Claims Reserving Guide*, *Fraud Indicators Overview*.")
    write(f"claims-procedure-{key}.md", txt)
    # customer-facing checklist variant
    txt2 = (f"# Customer Checklist: Making a {title} Claim\nUpdated: 2026-09-20\n\nCall {line} or claim online.\n\n"
            "What you will need:\n" + "\n".join(f"- {d}" for d in docs) +
            "\n\nWhat happens next: your handler will contact you within 2 working days and explain the next steps. Keep any damaged items until we say you can dispose of them.")
    write(f"customer-checklist-{key}.md", txt2)

# ---------------- fraud indicators per claim type ----------------
FRAUD = {
 "escape-of-water": ["Leak reported soon after contents cover increased", "Plumber's report from a business that cannot be traced", "Damage pattern inconsistent with the reported source", "Customer refuses drying contractor access"],
 "storm": ["Damage reported long after the named storm", "Roof damage consistent with wear rather than wind", "Postcode outside the event area", "Photos reused from another claim"],
 "home-theft": ["No sign of forced entry and keys not accounted for", "High-value items bought recently with cash", "Receipts from untraceable retailers", "Crime reported days after discovery"],
 "motor-accident": ["Induced accident pattern (sudden braking at roundabout)", "Third party occupants all claim injury", "Accident shortly after policy inception", "Vehicle recently bought at auction with damage"],
 "motor-theft": ["Fewer keys supplied than manufactured", "Vehicle in negative equity on finance", "Theft reported from remote location at night", "Recent high-value modifications"],
 "windscreen": ["Multiple windscreen claims within 12 months", "Non-approved fitter invoice above market rate", "Damage pre-dating inception"],
 "vet-fees": ["Clinical history starts just after inception", "Invoice altered or reprinted", "Same condition claimed under two pets", "Vet practice not registered with RCVS"],
 "personal-possessions": ["Loss abroad with no local police report", "Jewellery claimed with valuation dated after loss", "Repeated losses of phones"],
 "fire": ["Fire starting in more than one place", "Home for sale or in arrears", "Valuables removed before the fire"],
 "subsidence": ["Cracking shown in estate agent photos before inception", "Recent building work not declared"],
}
for key, items in FRAUD.items():
    for variant in range(3):
        sub = items[variant % len(items):] + items[:variant % len(items)]
        lvlmap = ["high", "medium", "medium", "low"]
        if variant == 0:
            title = f"Fraud Indicators: {key.replace('-', ' ').title()} Claims"
            body = "| Indicator | Weight |\n|---|---|\n" + "\n".join(f"| {i} | {lvlmap[j % 4]} |" for j, i in enumerate(sub))
            fn = f"fraud-indicators-{key}.md"
        elif variant == 1:
            title = f"Fraud Case Study: {key.replace('-', ' ').title()} ({rdate('2024-06-01', '2026-04-30')[:7]})"
            body = (f"A {key.replace('-', ' ')} claim showed these indicators:\n" + "\n".join(f"- {i}" for i in sub[:2]) +
                    f"\n\nThe handler referred to the Counter Fraud Unit within 2 working days. Investigation found the claim {random.choice(['was exaggerated and was settled at the validated amount', 'was genuine and was paid in full', 'was fabricated and was declined with CFU manager approval'])}.\n\nLesson: indicators are flags, not proof.")
            fn = f"fraud-case-study-{key}.md"
        else:
            title = f"Fraud Awareness Bulletin: {key.replace('-', ' ').title()}"
            body = ("Handlers should watch for:\n" + "\n".join(f"{n}. {i}" for n, i in enumerate(sub, 1)) +
                    f"\n\nTwo high indicators, or one high and two medium, mean a referral (see *Counter Fraud Referral Procedure*). Tip-off line {PHONES['fraud_line']}.")
            fn = f"fraud-bulletin-{key}.md"
        write(fn, f"# {title}\nUpdated: {rdate('2025-06-01', '2026-10-30')}\n\n{body}")

# ---------------- historic storms ----------------
STORMS = [("Alder", "2024-11-02", "Wales, South West England", 74, 1820), ("Brigid", "2024-12-09", "Northern Ireland, Scotland", 82, 2410),
          ("Cosmo", "2025-01-18", "North East England", 69, 980), ("Dervla", "2025-02-03", "South East England, London", 71, 2230),
          ("Emlyn", "2025-03-11", "Wales, Midlands", 66, 740), ("Fenella", "2025-10-22", "Scotland", 88, 1960),
          ("Gareth", "2025-11-29", "North West England", 76, 1640), ("Hollis", "2025-12-27", "South West England", 79, 2790),
          ("Ailsa", "2026-01-10", "Scotland, Northern Ireland", 84, 2050), ("Corran", "2026-02-07", "Midlands, Yorkshire, North West England", 81, 3140),
          ("Dunmore", "2026-03-19", "East of England", 64, 620), ("Eilidh", "2026-04-14", "Scotland", 70, 880)]
for nm, d, areas, gust, claims in STORMS:
    surge = "Yes" if claims >= 1500 else "No"
    txt = (f"# Weather Event Notice: Storm {nm}\nDate: {d}\n\nStorm {nm} is declared a weather event under Storm Event Protocol (Version 2).\n\n"
           f"- Areas: {areas}\n- Peak gust: {gust} mph\n- Claims in first 72 hours: {claims:,}\n- Surge declared: {surge} (trigger {STORM_PROTOCOL['v2']['trigger']})\n"
           f"- Event code: WX-{d[2:4]}{d[5:7]}-{nm.upper()}\n\nDesk-based settlement up to {STORM_PROTOCOL['v2']['desk_limit']} during the event. Storm excess applies as normal.")
    write(f"notice-{d}-storm-{nm.lower()}-event-declared.md", txt)
    txt2 = (f"# Storm {nm}: Event Close Report\nDate: {d[:8]}{min(28, int(d[8:]) + 21):02d}\n\nStorm {nm} event closed. Total claims: {int(claims * 1.4):,}. "
            f"Average settlement £{random.randint(1400, 3900):,}. {random.randint(55, 85)}% settled desk-based. Complaints: {random.randint(12, 90)}.\n\n"
            f"Areas affected: {areas}. Lessons learned are fed into the Storm Event Protocol review.")
    write(f"storm-{nm.lower()}-event-close-report.md", txt2)
for nm, d, areas in [("Arlo", "2026-10-14", "South West England, South Wales, Cumbria"), ("Bethan", "2026-11-18", "North West England, Northern Ireland, southern Scotland")]:
    txt = (f"# Storm {nm}: Handler Briefing\nDate: {d}\n\nStorm {nm} is being handled under Storm Event Protocol (Version 3). Key points:\n\n"
           f"- Desk-based settlement up to {STORM_PROTOCOL['v3']['desk_limit']}.\n- Emergency payment {STORM_PROTOCOL['v3']['emerg']} for uninhabitable homes.\n"
           f"- Vulnerable customers called back within {STORM_PROTOCOL['v3']['callback']}.\n- Areas: {areas}.\n\nFences and gates alone are not storm damage.")
    write(f"storm-{nm.lower()}-handler-briefing.md", txt)

# ---------------- underwriting guidelines ----------------
UW = [
 ("Non-standard construction", "Timber-frame homes are accepted on all cover levels. Thatched roofs are referred. Prefabricated concrete (PRC) homes are declined unless repaired under a PRC certification scheme."),
 ("Flood risk postcodes", "Properties in flood risk band 4 or 5 are written through Flood Re. Band 5 properties built after 1 January 2009 are not eligible for Flood Re and are declined."),
 ("Listed buildings", "Grade II listed homes are accepted up to the Home Premier buildings limit. Grade I and II* are referred to the senior underwriter."),
 ("Unoccupied homes", "Homes unoccupied at inception are declined. Mid-term unoccupancy beyond the cover level period needs an unoccupancy endorsement."),
 ("Business use at home", "Clerical business use is accepted. Visitors to the home for business, or business stock over £5,000, are referred."),
 ("Subsidence history", "Homes with subsidence in the last 10 years are declined unless a certificate of structural adequacy is held; then the subsidence excess rises to £2,500."),
 ("High-value contents", "Contents over £150,000 exceed Home Premier and are declined. Single items over £10,000 must be specified with a valuation under 3 years old."),
 ("Young drivers", "Main drivers aged 17-20 are accepted on Motor Comprehensive only with a telematics box. The young driver excess of £350 applies to drivers under 25."),
 ("Vehicle modifications", "Cosmetic modifications are accepted. Engine remaps and performance modifications over 20% power increase are declined."),
 ("Vehicle value", "Vehicles over £80,000 are referred. Vehicles over £150,000 are declined."),
 ("Imported vehicles", "Grey imports are accepted with a 25% premium loading and a £250 additional excess."),
 ("Motoring convictions", "SP30 speeding: accepted. DR10 drink driving within 5 years: declined. IN10 no insurance within 5 years: declined."),
 ("Business use (motor)", "Social, domestic and commuting is standard. Class 1 business use is accepted. Delivery and courier use is declined."),
 ("Keyless-entry vehicles", "Vehicles with keyless entry carry the keyless theft excess of £500 on Motor Comprehensive. A Thatcham-approved tracker reduces it to the compulsory excess."),
 ("Pet age at inception", "Dogs and cats are accepted for Pet Lifetime from 8 weeks to 8 years old. Pet Accident-only accepts any age over 8 weeks."),
 ("Restricted dog breeds", "Breeds listed under the Dangerous Dogs Act 1991 are declined. Cross-breeds of listed breeds are declined."),
 ("Pre-existing conditions (pet)", "Pre-existing conditions are excluded permanently. There is no moratorium reinstatement on Pet Lifetime."),
 ("Multi-pet policies", "Up to five pets on one policy with a 10% multi-pet discount. Each pet has its own vet fee limit."),
 ("Working dogs", "Gundogs and farm dogs are accepted. Police and security dogs are declined."),
 ("Exotic pets", "Brightwater does not insure rabbits, birds or exotics. Refer customers to the comparison page."),
 ("Previous claims (home)", "More than three home claims in 5 years: referred. Two or more escape of water claims in 3 years: escape of water excess increased by £250."),
 ("Bicycles", "Pedal cycles over the cover level limit must be specified. E-bikes count as pedal cycles if not requiring registration."),
 ("Solar panels", "Roof-mounted solar panels are part of the buildings. Ground-mounted arrays over £15,000 are referred."),
 ("Second homes and holiday lets", "Second homes and holiday lets are not written. Refer customers elsewhere."),
 ("Home working equipment", "Employer-owned equipment is not covered under contents unless the employer confirms no other cover."),
 ("Non-payment and cancellation", "Policies with two missed direct debits are cancelled with 7 days' written notice."),
 ("Criminal convictions (home)", "Unspent convictions for theft, fraud, arson or criminal damage: declined."),
 ("Bankruptcy and CCJs", "Undischarged bankruptcy: declined. CCJs in last 5 years: referred."),
 ("Mid-term adjustments", "Cover level changes mid-term take effect the next day. Excess changes follow the cover level on the date of loss."),
 ("Caravans and motorhomes", "Motorhomes are not written. Touring caravans are not covered under home contents."),
]
for i, (title, text) in enumerate(UW):
    upd = rdate("2025-06-01", "2026-05-10")
    tmpl = i % 3
    if tmpl == 0:
        body = f"## Guideline\n{text}\n\n## Referral route\nRefer to the underwriting desk through the referral form. Referral decisions are returned within 1 working day."
    elif tmpl == 1:
        body = f"**Rule:** {text}\n\n**Why it matters for claims:** if a customer gave wrong information on this point, apply CIDRA remedies (see *Underwriting Guidelines Overview*)."
    else:
        body = f"{text}\n\n| Action | Who |\n|---|---|\n| Accept | Contact centre |\n| Refer | Underwriting desk |\n| Decline | Contact centre, with the decline script |"
    write(f"underwriting-{slug(title)}.md", f"# Underwriting Guideline: {title}\nUpdated: {upd}\n\n{body}")

# ---------------- regulatory & product change notices (pre-cutoff and others) ----------------
REG = [
 ("2025-07-31", "consumer-duty-annual-board-report-2025", "Consumer Duty Annual Board Report 2025 Published", "The Board approved the 2025 Consumer Duty report. Key actions: simplify claims letters, reduce average storm settlement time, review the Essentials escape of water excess."),
 ("2026-07-29", "consumer-duty-annual-board-report-2026", "Consumer Duty Annual Board Report 2026 Published", "The Board approved the 2026 Consumer Duty report. Claims settlement time fell by 11%. The complaint acknowledgement deadline will be shortened to 3 business days."),
 ("2025-09-15", "fca-claims-handling-thematic-review", "FCA Thematic Review of Home Claims Handling", "The FCA review found firms must avoid unreasonable delays in storm surge claims. Brightwater's response was to plan a revised Storm Event Protocol."),
 ("2026-01-09", "gipp-attestation-2026", "GIPP Attestation 2026 Completed", "The annual attestation for the general insurance pricing practices rules was completed. Renewal prices continue to be no higher than equivalent new business prices."),
 ("2026-03-01", "fos-case-fee-change", "FOS Case Fee Update", "FOS case fees for 2026/27 were announced. The first three cases each year remain free for the firm."),
 ("2026-06-15", "dispute-resolution-rules-reminder", "Reminder: DISP Complaint Rules", "DISP requires a final response within 8 weeks. Brightwater's own acknowledgement standard is stricter than DISP."),
 ("2026-10-05", "fair-value-assessment-pet-2026", "Fair Value Assessment: Pet Products 2026", f"Pet Lifetime passed the fair value assessment after the vet fee limit increase to {PET['Lifetime']['vet_limit']}. Pet Accident-only passed with an action to improve claims acceptance explanations."),
 ("2026-06-01", "fair-value-assessment-home-2026", "Fair Value Assessment: Home Products 2026", f"Home Essentials passed with the escape of water excess rising to {HOME['Essentials']['eow_excess']}, subject to clear renewal communications."),
 ("2025-11-20", "vulnerable-customer-data-review", "Vulnerable Customer Data Review", "Recording of vulnerability needs with consent rose to 87% of flagged claims."),
 ("2026-02-10", "premium-finance-apr-disclosure", "Premium Finance APR Disclosure", "Monthly payment APR must be stated on quotes and renewal notices. Current representative APR is 21.9%."),
 ("2026-08-12", "claims-data-retention", "Claims Data Retention Policy Update", "Closed claim files are kept for 7 years, or 3 years after a child claimant turns 18 if later."),
 ("2026-11-02", "flood-re-levy-2026", "Flood Re Levy 2026/27", "The Flood Re levy for 2026/27 is confirmed. No change to customer-facing flood eligibility."),
]
for d, s, title, text in REG:
    write(f"regulatory-notice-{d}-{s}.md", f"# Regulatory Notice: {title}\nDate: {d}\n\n{text}\n\nQuestions to the Compliance team. See *FCA Consumer Duty: How We Apply It*.")

PCN = [
 ("2025-04-01", "home-premier-garden-limit", "Home Premier Garden Cover Limit", f"Home Premier garden cover rose to {HOME['Premier']['garden']}."),
 ("2025-06-01", "motor-courtesy-car-automatic", "Automatic Courtesy Cars", "Approved repairers must offer an automatic courtesy car to customers with an automatic-only licence where available."),
 ("2025-09-01", "pet-claim-deadline", "Pet Claim Submission Deadline", f"Pet claims must be submitted within {PET['Lifetime']['claim_deadline']} of treatment (previously 180 days)."),
 ("2025-10-15", "home-plus-trace-access", "Home Plus Trace and Access Limit", f"Home Plus trace and access limit set at {HOME['Plus']['trace']}."),
 ("2026-01-12", "motor-keyless-theft-excess", "Keyless Theft Excess", f"Keyless-entry vehicle theft excess set at {MOTOR['Comprehensive']['theft_keyless']}."),
 ("2026-02-01", "home-essentials-unoccupancy", "Home Essentials Unoccupancy Period", f"Home Essentials unoccupancy period confirmed at {HOME['Essentials']['unocc']}."),
 ("2026-03-03", "pet-copayment-age", "Pet Co-payment Ages", f"Pet Lifetime co-payment: {PET['Lifetime']['copay']}."),
 ("2026-11-10", "home-renewal-letter-redesign", "Home Renewal Letter Redesign", "Renewal letters now show excesses in a single table, including the escape of water excess."),
]
for d, s, title, text in PCN:
    write(f"notice-{d}-{s}.md", f"# Product Change Notice: {title}\nDate: {d}\n\n{text}\n\nApplies to policies incepting or renewing on or after {d}. Existing policies keep their terms until renewal.")

# ---------------- loss adjusters ----------------
LA = ["Harcourt Loss Adjusting", "Penrose Claims Services", "Meridian Adjusters", "Caldwell & Rees", "Northstar Loss Assessors", "Bastion Claims",
      "Lyle Adjusting Partners", "Corbett Claims Consultancy"]
for la in LA:
    regions = random.sample(sorted(set(r for _, r in TOWNS.values())), 3)
    for reg in regions:
        town = random.choice([t for t, (c, r) in TOWNS.items() if r == reg])
        txt = (f"# Loss Adjuster Panel: {la} ({reg})\nUpdated: {rdate('2025-06-01', '2026-11-01')}\n\n{la} covers {reg} from its {town} office.\n\n"
               f"- Phone: {phone(town)}\n- Appointment offered within 5 working days\n- Large loss capable: {random.choice(['yes', 'no'])}\n"
               f"- Storm surge panel (Version 3): {random.choice(['yes', 'yes', 'no'])}\n\nDuring a declared weather event only claims over {STORM_PROTOCOL['v3']['adjuster_threshold']} are sent to an adjuster.")
        write(f"loss-adjuster-{slug(la)}-{slug(reg)}.md", txt)

# ---------------- FAQs per cover level ----------------
faq_items = []
for lvl, f in HOME.items():
    faq_items += [
        (f"Home {lvl}", "escape-of-water-excess", f"What is the escape of water excess on Home {lvl}?", f"It is {f['eow_excess']}" + (f" for policies incepting or renewing from 1 July 2026 (previously {f.get('eow_excess_old')})." if 'eow_excess_old' in f else ".")),
        (f"Home {lvl}", "standard-excess", f"What is the standard excess on Home {lvl}?", f"The standard excess is {f['std_excess']}."),
        (f"Home {lvl}", "storm-excess", f"What excess applies to storm claims on Home {lvl}?", f"The storm excess is {f['storm_excess']}."),
        (f"Home {lvl}", "buildings-limit", f"What is the maximum buildings sum insured on Home {lvl}?", f"Up to {f['buildings']}."),
        (f"Home {lvl}", "contents-limit", f"What is the maximum contents cover on Home {lvl}?", f"Up to {f['contents']}, with any one item limited to {f['single_article']} unless specified."),
        (f"Home {lvl}", "personal-possessions", f"Are personal possessions covered on Home {lvl}?", f"Personal possessions: {f['pp']}. Single article limit {f['pp_single']}."),
        (f"Home {lvl}", "alternative-accommodation", f"How much alternative accommodation does Home {lvl} pay?", f"Up to {f['alt_accom']}."),
        (f"Home {lvl}", "unoccupancy", f"How long can a Home {lvl} property be left empty?", f"Up to {f['unocc']} in a row before some cover stops."),
        (f"Home {lvl}", "trace-and-access", f"What is the trace and access limit on Home {lvl}?", f"Up to {f['trace']} to find the source of a leak."),
        (f"Home {lvl}", "money-at-home", f"How much cash at home is covered on Home {lvl}?", f"Money at home is covered up to {f['money']}."),
        (f"Home {lvl}", "lost-keys", f"Are replacement locks covered on Home {lvl}?", f"Yes, up to {f['keys']} if keys are stolen."),
        (f"Home {lvl}", "freezer", f"Is freezer food covered on Home {lvl}?", f"Yes, up to {f['freezer']}."),
        (f"Home {lvl}", "bikes", f"Are bikes covered on Home {lvl}?", f"Pedal cycles: {f['bikes']}."),
        (f"Home {lvl}", "garden", f"Is the garden covered on Home {lvl}?", f"Plants and garden furniture up to {f['garden']}."),
        (f"Home {lvl}", "home-emergency", f"Does Home {lvl} include home emergency cover?", f"Home emergency is {f['home_em']}."),
        (f"Home {lvl}", "legal-expenses", f"Is legal expenses cover part of Home {lvl}?", f"Legal expenses: {f['legal']}."),
        (f"Home {lvl}", "accidental-damage", f"Does Home {lvl} cover accidental damage?", f"Accidental damage is {f['ad']}."),
        (f"Home {lvl}", "subsidence", f"What is the subsidence excess on Home {lvl}?", f"The subsidence excess is {f['subsidence_excess']}."),
    ]
c = MOTOR["Comprehensive"]
for q in [("compulsory-excess", "What is the compulsory excess on Motor Comprehensive?", f"{c['compulsory']} for policies from 1 July 2026 (was {c['compulsory_old']})."),
          ("young-driver-excess", "Is there an extra excess for young drivers?", f"Yes, {c['young']} for drivers under 25 on Motor Comprehensive."),
          ("windscreen-excess", "What does a windscreen replacement cost the customer?", f"{c['ws_replace']} at an approved centre from 1 August 2026; {c['ws_nonapproved']} at a non-approved fitter."),
          ("windscreen-ncd", "Does a windscreen claim affect the no claims discount?", "No."),
          ("courtesy-car", "Do customers get a courtesy car?", f"Yes on Comprehensive, a {c['courtesy']}."),
          ("belongings", "Are belongings in the car covered?", f"Up to {c['belongings']} on Comprehensive."),
          ("keyless-theft", "What excess applies if a keyless car is stolen?", f"{c['theft_keyless']}, replacing the compulsory excess."),
          ("europe", "Can customers drive in Europe?", f"Minimum legal cover for up to {c['europe']} per trip."),
          ("inexperienced-excess", "What is the inexperienced driver excess?", f"{c['inexperienced']} for drivers with a licence held for under 2 years."),
          ("third-party-glass", "Is glass covered on Motor Third Party?", "No. Motor Third Party has no windscreen or glass cover.")]:
    faq_items.append(("Motor", *q))
l, a = PET["Lifetime"], PET["Accident-only"]
for q in [("lifetime-vet-limit", "What is the vet fee limit on Pet Lifetime?", f"{l['vet_limit']} per policy year for policies starting or renewing from 1 September 2026 (was {l['vet_limit_old']})."),
          ("accident-only-limit", "What is the vet fee limit on Pet Accident-only?", f"{a['vet_limit']} per accident."),
          ("lifetime-excess", "What is the Pet Lifetime excess?", f"{l['excess']} per condition per policy year."),
          ("copayment", "When does co-payment apply?", f"{l['copay']}."),
          ("claim-deadline", "How long do customers have to claim for vet fees?", f"{l['claim_deadline']} from treatment."),
          ("boarding", "Are boarding fees covered?", f"On Pet Lifetime, up to {l['boarding']} if the owner goes into hospital."),
          ("accident-excess", "What is the excess on Pet Accident-only?", f"{a['excess']} per accident."),
          ("liability", "Is third party liability included for dogs?", f"Yes, up to {l['liability']}."),
          ("complementary", "Is hydrotherapy covered?", f"On Pet Lifetime, complementary treatment up to {l['complementary']} within the vet fee limit."),
          ("accident-window", "How long after an accident is treatment covered on Accident-only?", f"Treatment within {a['window']}.")]:
    faq_items.append(("Pet", *q))

FAQ_T = [
 "# FAQ ({prod}): {q}\nUpdated: {d}\n\n**Question:** {q}\n\n**Answer:** {a}\n\nIf the customer's policy started before the change date shown, check the schedule in force at the date of loss. For other cover levels see the comparison pages.",
 "# {prod} FAQ - {q}\nUpdated: {d}\n\n{a}\n\n## Useful to know\n- Quote the figure from the customer's schedule, not memory.\n- Explain any excess or limit in plain English (Consumer Duty).\n- If the customer disagrees, offer to log a complaint.",
 "# {q} ({prod})\nUpdated: {d}\n\nShort answer: {a}\n\nContact-centre note: this FAQ is for staff answering customer calls. Claims handlers should also check the relevant policy wording page.",
]
for i, (prod, key, q, a_) in enumerate(faq_items):
    d = "2026-09-01" if any(x in a_ for x in ["1 July 2026", "1 August 2026", "1 September 2026"]) else rdate("2026-04-01", "2026-11-20")
    if prod == "Home Plus" and key == "personal-possessions":
        d = "2026-08-01"
        a_ += f" (The single article limit was {HOME['Plus']['pp_single_old']} for policies incepting or renewing before 1 August 2026.)"
    fname = f"faq-{slug(prod)}-{key}.md"
    write(fname, FAQ_T[i % 3].format(prod=prod, q=q, a=a_, d=d))

# ---------------- regional claims bulletins (monthly) ----------------
regions = sorted(set(r for _, r in TOWNS.values()))
months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
for reg in regions:
    for m in months:
        towns = [t for t, (cc, r) in TOWNS.items() if r == reg]
        gar_here = [g for g in garages if g["town"] in towns and g["status"] == "active"]
        busiest = random.choice(gar_here)["name"] if gar_here else "none"
        eow = random.randint(40, 260); storm = random.randint(10, 900) if m in ("2026-10", "2026-11") else random.randint(5, 120)
        txt = (f"# Regional Claims Bulletin: {reg}, {m}\nDate: {m}-28\n\n| Peril | New claims |\n|---|---|\n| Escape of water | {eow} |\n| Storm | {storm} |\n"
               f"| Motor accident | {random.randint(80, 600)} |\n| Windscreen | {random.randint(40, 300)} |\n| Vet fees | {random.randint(60, 400)} |\n\n"
               f"Busiest approved repairer this month: {busiest}. Average motor repair cycle time {random.randint(9, 19)} days.\n\n"
               + ("Storm Arlo claims are being handled under Storm Event Protocol (Version 3).\n" if m == "2026-10" and reg in ("South West", "Wales", "North West") else "")
               + ("Storm Bethan: Surge Level 2 declared 17 November 2026.\n" if m == "2026-11" and reg in ("North West", "Northern Ireland", "Scotland") else ""))
        write(f"regional-claims-bulletin-{slug(reg)}-{m}.md", txt)

# export entity tables for eval writing
json.dump(dict(garages=garages, ws=ws, vets=vets, home_repairers=home_repairers), open(os.path.join(os.path.dirname(__file__), "entities.json"), "w"), indent=1)
print("documents:", len(written))

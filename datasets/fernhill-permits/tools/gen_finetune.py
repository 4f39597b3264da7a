"""Fine-tuning data: 4 task families with house formats. All entities are invented and are NOT Fernhill's."""
import json, os, random, datetime as dt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYSTEM = ("You are the writing assistant for a municipal permit centre. You draft four kinds of documents for planning and "
          "building staff, each in the centre's house format: (1) permit decision letters written from reviewer notes; "
          "(2) inspection result reports written from inspector field notes; (3) notices of public hearing; and "
          "(4) plain-language summaries of a code section that is pasted into the request. Use only the facts given in the "
          "request. Do not invent addresses, dates, fees, code sections, names or requirements. If the house format calls for a "
          "detail the request does not give, write [TO CONFIRM: what is missing] in its place. Write clearly and politely, "
          "in plain English suitable for the public.")

# Fernhill values to avoid in invented fees
FERNHILL_FEES = {1600, 1450, 700, 260, 240, 210, 180, 190, 140, 250, 200, 150, 420, 1100, 120, 95, 320, 300, 650, 480, 85,
                 380, 225, 60, 75, 110, 350, 900, 520, 3100, 1850, 1650, 3400, 4200, 575, 500, 2800, 1200, 450, 125, 160, 45}
TOWNS = ["Town of Ashgrove", "City of Westmere", "Bramley County", "City of Port Selwyn", "Town of Halloway", "City of Dunmore",
         "Village of Easton Ridge", "City of Carrow Bay", "Town of Tilbury Falls", "Orrin Valley Township", "City of Lowick",
         "Town of Stenfield", "City of Marrow Point", "Kessling County", "Town of Graythorne"]
STREETS = ["Bellweather Road", "Quince Street", "Harlan Avenue", "Osprey Lane", "Tamarack Drive", "Ridgeback Court", "Canal Street",
           "Holloway Road", "Pike Street", "Sorrel Way", "Beacon Avenue", "Garnet Street", "Thistle Lane", "Copley Avenue",
           "Yarrow Court", "Lantana Drive", "Halyard Street", "Weir Road", "Gable Street", "Pinnacle Drive", "Otter Creek Road",
           "Saltmarsh Lane", "Bramble Way", "Corvid Street", "Teasel Court", "Ferrier Avenue", "Larchmont Road", "Kingfisher Way"]
FIRST = ["Dorian", "Priscilla", "Tomasz", "Aisha", "Bernard", "Chioma", "Declan", "Esther", "Farouk", "Ginny", "Hamish", "Inez",
         "Jurgen", "Kalani", "Lorcan", "Mirela", "Nadim", "Orla", "Pieter", "Rhoda", "Sunil", "Thandiwe", "Ulrich", "Valentina",
         "Wendell", "Yara", "Zaid", "Blessing", "Caspar", "Delphine"]
LAST = ["Whitlock", "Moon", "Szymanski", "Rahimi", "Cole", "Eze", "Mulroney", "Adebayo", "Haddad", "Prescott", "McAllister",
        "Ruiz", "Brandauer", "Keawe", "Duffy", "Popescu", "Saad", "Kearney", "Van Dyk", "Osei", "Pillai", "Mokoena", "Fischer",
        "Greco", "Ashby", "Olsen-Moore", "Tan", "Nkemelu", "Harrow", "Fontaine"]
FIRMS = ["Northline Builders", "Saltmarsh Design Studio", "Quarterline Architects", "Brightwater Pools", "Hartwell Signs",
         "Ironwood Decks", "Cedarpoint Construction", "Vantage Solar", "Kingfisher Renovation", "Lowland Engineering"]


def name(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def addr(r):
    return f"{r.randrange(12, 2990)} {r.choice(STREETS)}"


def fee(r, lo, hi, step=5):
    while True:
        x = r.randrange(lo, hi, step)
        if x not in FERNHILL_FEES:
            return x


def sec(r):
    t = r.choice(["18", "19", "20", "21", "22", "23", "24", "30", "33"])
    style = r.randint(0, 2)
    if style == 0:
        return f"§ {t}.{r.randint(10, 68):02d}.{r.randrange(10, 200, 10):03d}"
    if style == 1:
        return f"Sec. {r.randint(5, 12)}-{r.randint(101, 499)}"
    return f"Section {t}.{r.randint(2, 9)}.{r.randint(1, 12)}"


def permit_no(r, y=None):
    y = y or r.choice([2025, 2026])
    s = r.randint(0, 4)
    return [f"B{str(y)[2:]}-{r.randint(1000, 9999)}", f"RES-{y}-{r.randint(1, 9999):05d}", f"PLN{str(y)[2:]}-{r.randint(1, 999):04d}",
            f"{y}-BLD-{r.randint(100, 9999)}", f"R-{str(y)[2:]}-{r.randint(10000, 99999)}"][s]


def d(r, start=dt.date(2025, 1, 6), span=600):
    x = start + dt.timedelta(days=r.randint(0, span))
    while x.weekday() >= 5:
        x += dt.timedelta(days=1)
    return x


def long(x):
    return x.strftime("%B %-d, %Y")


def terse_date(x, r):
    return r.choice([x.strftime("%-m/%-d/%y"), x.strftime("%b %-d %Y"), x.isoformat(), x.strftime("%-d %b %Y")])


def typo(s, r, p=0.25):
    if r.random() > p:
        return s
    words = s.split(" ")
    i = r.randrange(len(words))
    w = words[i]
    if len(w) > 4 and w.isalpha() and w.islower():
        j = r.randrange(1, len(w) - 2)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        words[i] = w
    return " ".join(words)


# =====================================================================  A. decision letters
PROJ = {
 "deck": ("a {n}-square-foot rear deck", [
    ("ledger flashing per sheet S2", "Install the ledger flashing exactly as detailed on sheet S2 of the approved plans."),
    ("guards 42in min where >30in above grade", "Guards shall be at least 42 inches high wherever the deck surface is more than 30 inches above grade."),
    ("footing insp before pour", "Call for the footing inspection before any concrete is placed."),
    ("no hot tub on deck w/o engineered revision", "The deck has not been designed to carry a hot tub; adding one requires an engineered plan revision."),
  ]),
 "addition": ("a {n}-square-foot single-story addition", [
    ("siding/roofing to match existing house", "Exterior siding and roofing shall match the existing house in material and colour."),
    ("roof drainage directed away from neighbour to north", "Roof drainage shall be directed away from the neighbouring property to the north."),
    ("soils letter needed before foundation insp", "A soils engineer's letter confirming bearing capacity must be provided before the foundation inspection."),
    ("smoke + CO alarms thruout existing house", "Smoke and carbon monoxide alarms shall be installed throughout the existing house, not only in the addition."),
  ]),
 "sign": ("a {n}-square-foot illuminated wall sign", [
    ("illumination off 11pm-6am", "Sign illumination shall be turned off between 11:00 p.m. and 6:00 a.m."),
    ("no flashing/animation", "The sign shall not flash, move or change copy electronically."),
    ("separate electrical insp required", "An electrical inspection of the sign connection is required before the sign is energized."),
  ]),
 "fence": ("a {h}-foot fence along the side and rear property lines", [
    ("finished side faces neighbours", "The finished side of the fence shall face the neighbouring properties."),
    ("keep out of drainage swale at rear", "The fence shall not be placed in or block the drainage swale along the rear property line."),
    ("gate min 3 ft for meter access", "A gate at least 3 feet wide shall be provided for utility meter access."),
  ]),
 "tree": ("removal of a {n}-inch {species}", [
    ("replace with 2 x 15-gal trees from approved list", "Plant two 15-gallon replacement trees selected from the approved tree list."),
    ("removal within 60 days", "Complete the removal within 60 days of the date of this letter."),
    ("nesting bird survey if removal Mar-Aug", "If removal occurs between March and August, a nesting bird survey must be completed first."),
    ("stump ground below grade", "Grind the stump below grade and restore the area with soil or mulch."),
  ]),
 "homeocc": ("a home occupation ({biz})", [
    ("max {k} client visits/day", "No more than {k} client visits are allowed per day."),
    ("no exterior signage", "No exterior signs advertising the business are permitted."),
    ("clients park in driveway only", "Clients shall park in the driveway, not on the street."),
    ("hours 9-6 weekdays", "Client visits are limited to 9:00 a.m. to 6:00 p.m. on weekdays."),
  ]),
 "tempuse": ("a temporary {event}", [
    ("end by 9pm nightly", "All activities shall end by 9:00 p.m. each night."),
    ("2 portable toilets incl 1 accessible", "Provide two portable toilets, at least one of which is accessible."),
    ("site restored within 5 days after", "The site shall be cleaned and restored within 5 days after the event ends."),
    ("no amplified sound after 8pm", "Amplified sound is not permitted after 8:00 p.m."),
  ]),
 "demo": ("demolition of a {n}-square-foot detached garage", [
    ("sewer capped at property line + inspected", "Cap the sewer lateral at the property line and have it inspected before backfill."),
    ("asbestos clearance letter before demo", "Provide the asbestos clearance letter before demolition begins."),
    ("dust control - water on site during demo", "Keep water on site and use it to control dust throughout demolition."),
  ]),
 "pool": ("an in-ground swimming pool", [
    ("barrier per approved barrier plan before filling", "The pool barrier shown on the approved barrier plan must be installed and inspected before the pool is filled."),
    ("equipment screened, min 5 ft from PL", "Pool equipment shall be screened and located at least 5 feet from any property line."),
    ("door alarms on house doors to pool area", "Doors from the house that open onto the pool area shall have alarms."),
  ]),
 "cafe": ("a sidewalk café with {k} tables", [
    ("keep {c}-ft clear path", "Maintain a clear pedestrian path of at least {c} feet at all times."),
    ("furniture brought in nightly", "Tables and chairs shall be brought inside at the close of business each night."),
    ("insurance cert naming the town, renew yearly", "Keep a current certificate of insurance naming the municipality as additional insured, renewed annually."),
  ]),
}
BASIS_BUILD = [
    ("complies w/ setbacks", "The project meets the setback requirements of {s}."),
    ("height under max", "The proposed height is within the maximum allowed by {s}."),
    ("structural calcs reviewed ok", "The structural calculations were reviewed and found to comply with the adopted building code."),
    ("no objections from neighbours during notice period", "No objections were received during the notice period."),
]
BASIS_USE = [
    ("use is allowed in the district", "The use is allowed in the zoning district under {s}."),
    ("no objections from neighbours during notice period", "No objections were received during the notice period."),
    ("meets operating standards", "The proposal meets the operating standards of {s}."),
    ("site plan shows adequate space", "The site plan shows adequate space for the proposed activity."),
]
BASIS_TREE = [
    ("arborist report confirms decline", "The arborist report confirms that the tree is in decline and cannot be retained safely."),
    ("no objections from neighbours during notice period", "No objections were received during the notice period."),
    ("removal criteria met", "The removal criteria of {s} are met."),
]
DENY = [
    ("height {a} ft, max {b} ft", "The proposed structure is {a} feet tall, which exceeds the {b}-foot maximum in {s}."),
    ("side setback {a} ft shown, {b} ft required", "The plans show a side setback of {a} feet, where {s} requires at least {b} feet."),
    ("lot coverage {a}% vs {b}% max", "Lot coverage would be {a} percent, which exceeds the {b} percent maximum in {s}."),
    ("tree is healthy per arborist; no hazard", "The arborist report found the tree healthy and not hazardous, so the removal criteria of {s} are not met."),
    ("use not allowed in district", "The proposed use is not allowed in the zoning district under {s}."),
]
DENY_DEMO = [("structure is a contributing historic resource - needs certificate of appropriateness first", "The structure has been identified as a contributing historic resource, and demolition cannot be approved until a certificate of appropriateness is granted under {s}."),
             ("no utility disconnection letters provided", "The utility disconnection letters required by {s} have not been provided.")]
DENY_SIGN = ("sign area {a} sf exceeds {b} sf max", "The proposed sign area of {a} square feet exceeds the {b}-square-foot maximum in {s}.")
DENY_FENCE = ("fence {a} ft high, max {b} ft", "The proposed fence is {a} feet high, which exceeds the {b}-foot maximum in {s}.")
DENY_CAFE = ("only {a} ft clear path left, {b} ft required", "The layout leaves only {a} feet of clear sidewalk, where {s} requires at least {b} feet.")
APPEAL_BODIES = ["the Board of Appeals", "the Planning Commission", "the Zoning Board of Adjustment", "the Town Council", "the Building Appeals Board"]


def gen_letter(r, missing=False):
    town = r.choice(TOWNS)
    kind = r.choice(list(PROJ))
    ptxt, conds = PROJ[kind]
    k = r.choice([4, 5, 6, 10]); c = r.choice([4, 6]); n = r.choice([180, 220, 260, 340, 410, 520]); h = r.choice([6, 7])
    proj = ptxt.format(n=n if kind != "tree" else r.choice([16, 22, 28, 34]), h=h, species=r.choice(["coast live oak", "Monterey pine", "silver maple", "black walnut"]),
                       biz=r.choice(["piano lessons", "tax preparation", "pet grooming", "hair salon, one chair", "custom tailoring"]), k=k,
                       event=r.choice(["pumpkin patch", "farmers' market", "holiday tree lot", "weekend craft fair"]))
    decision = r.choices(["APPROVED", "APPROVED WITH CONDITIONS", "DENIED"], [20, 55, 25])[0]
    s1 = sec(r)
    pno = permit_no(r)
    date = d(r)
    applicant = name(r) if (r.random() < 0.6 or kind in ("homeocc", "tree", "tempuse")) else r.choice(FIRMS)
    if kind == "cafe":
        applicant = r.choice(["Harbour Light Café", "Pennywhistle Bakery", "Casa Morales", "The Tin Kettle", "Orchard & Vine Bistro"])
    site = addr(r)
    reviewer = name(r)
    title = r.choice(["Plans Examiner", "Associate Planner", "Senior Planner", "Permit Technician", "Zoning Administrator", "Building Official"])
    chosen_conds = [(a.format(k=k, c=c), b.format(k=k, c=c)) for a, b in r.sample(conds, min(len(conds), r.randint(2, 4)))] if decision == "APPROVED WITH CONDITIONS" else []
    if decision == "DENIED":
        reasons = []
        dpool = {"tree": [DENY[3]], "homeocc": [DENY[4]], "tempuse": [DENY[4]], "cafe": [DENY_CAFE],
                 "demo": DENY_DEMO, "sign": [DENY_SIGN], "fence": [DENY_FENCE]}.get(kind, DENY[:3])
        for a_, b_ in r.sample(dpool, min(len(dpool), r.randint(1, 2))):
            if "sign area" in a_:
                va, vb = r.choice([64, 72, 90]), r.choice([40, 48])
            elif "fence" in a_:
                va, vb = r.choice([8, 9]), h if h < 8 else 6
            elif "height" in a_:
                va, vb = r.choice([21, 24, 26]), r.choice([16, 18, 20])
            elif "setback" in a_ or "clear path" in a_:
                va, vb = r.choice([2, 3]), r.choice([5, 8])
            else:
                va, vb = r.choice([47, 52, 58]), r.choice([40, 45])
            reasons.append((a_.format(a=va, b=vb) + f" ({s1})", b_.format(a=va, b=vb, s=s1)))
    else:
        pool = BASIS_TREE if kind == "tree" else (BASIS_USE if kind in ("homeocc", "tempuse", "cafe") else BASIS_BUILD)
        reasons = [(a_ + (f" ({s1})" if "{s}" in b_ else ""), b_.format(s=s1)) for a_, b_ in r.sample(pool, r.randint(2, 3))]
    appeal_days = r.choice([10, 14, 15, 20, 30])
    body = r.choice(APPEAL_BODIES)
    afee = fee(r, 130, 900)
    give_fee = r.random() < 0.6
    contact = r.choice([f"{reviewer.split()[0][0].lower()}{reviewer.split()[1].lower().replace(' ', '')}@{town.split()[-1].lower().replace(' ', '')}.gov", f"(555) {r.randint(200, 899)}-{r.randint(1000, 9999)}"])
    drop_appeal = missing
    # ---------------- user message
    style = r.randint(0, 4)
    cond_lines = [a for a, _ in chosen_conds]
    rs_lines = [a for a, _ in reasons]
    dshort = terse_date(date, r)
    if style == 0:
        u = (f"{r.choice(['Please draft', 'Can you draft', 'Draft', 'Need'])} the decision letter for {pno}. {town}. Applicant {applicant}, site {site}, project: {proj}. "
             f"Decision: {decision.lower()}. Date {long(date)}.\nReviewer notes:\n" + "\n".join(f"- {x}" for x in rs_lines + cond_lines))
    elif style == 1:
        u = (f"review notes {pno} — {site} ({town})\napplicant: {applicant}\nproj: {proj}\nresult: {'approve w/ conds' if decision == 'APPROVED WITH CONDITIONS' else decision.lower()}\n"
             + "\n".join(f"* {x}" for x in rs_lines) + ("\nconds:\n" + "\n".join(f"  {i}. {x}" for i, x in enumerate(cond_lines, 1)) if cond_lines else "") + f"\ndate {dshort}")
    elif style == 2:
        u = (f"Turn my notes into our standard permit decision letter please. Permit {pno}, {proj} at {site}, {town}. The applicant is {applicant}. "
             f"I'm {'approving' if decision != 'DENIED' else 'denying'} it{' with conditions' if cond_lines else ''}. Reasons: {'; '.join(rs_lines)}."
             + (f" Conditions: {'; '.join(cond_lines)}." if cond_lines else "") + f" Letter date {long(date)}.")
    elif style == 3:
        u = (f"{town} permit decision letter needed:\n\nPermit: {pno}\nProperty: {site}\nApplicant: {applicant}\nProject: {proj}\nDecision: {decision.title()}\nDate: {long(date)}\n\nNotes —\n"
             + "\n".join(rs_lines + cond_lines))
    else:
        u = (f"pls write up {pno} ({site}, {town}) as a decision letter. {applicant} applied for {proj}. {decision.lower()}. "
             + " / ".join(rs_lines + cond_lines) + f". dated {dshort}")
    u = typo(u, r, 0.3)
    if not drop_appeal:
        appeal_txt = f"appeal: {body}, {appeal_days} days" + (f", fee ${afee}" if give_fee else "")
        u += "\n" + r.choice([appeal_txt, appeal_txt.capitalize(), f"Appeals go to {body} within {appeal_days} days" + (f" (${afee} fee)" if give_fee else "") + "."])
    u += "\n" + r.choice([f"Reviewer: {reviewer}, {title}, {contact}", f"sign as {reviewer} ({title}) — contact {contact}", f"From {reviewer}, {title}. Contact: {contact}"])
    # ---------------- assistant letter
    L = [f"{town.upper()} — PERMIT CENTRE", "PERMIT DECISION LETTER", "",
         f"Permit / file no.: {pno}", f"Date: {long(date)}", f"Applicant: {applicant}", f"Property: {site}", f"Project: {proj[0].upper() + proj[1:]}",
         f"Decision: {decision}", "", f"Dear {applicant if applicant in FIRMS else applicant}:", ""]
    if decision == "DENIED":
        L.append(f"We have completed our review of your application for {proj} at {site}. We are unable to approve the application, for the reasons explained below.")
    elif decision == "APPROVED":
        L.append(f"We have completed our review of your application for {proj} at {site}. Your application is approved.")
    else:
        L.append(f"We have completed our review of your application for {proj} at {site}. Your application is approved, subject to the conditions listed below.")
    L += ["", "Basis for decision"]
    L += [f"{i}. {b}" for i, (_, b) in enumerate(reasons, 1)]
    if chosen_conds:
        L += ["", "Conditions of approval"]
        L += [f"C-{i}. {b}" for i, (_, b) in enumerate(chosen_conds, 1)]
    L += ["", "Next steps"]
    if decision == "DENIED":
        L.append("- You may revise your plans to address the reasons above and submit a new application.")
        L.append("- If you would like to discuss options before resubmitting, please contact the reviewer below.")
    else:
        L.append("- Keep this letter and the approved plans on site." if kind not in ("homeocc", "cafe") else "- Keep this letter available at the business location.")
        if chosen_conds:
            L.append("- Each condition must be met; conditions may be checked at inspection or during operation.")
        L.append("- Contact the reviewer below with any questions.")
    L += ["", "Appeal rights"]
    if drop_appeal:
        L.append("This decision may be appealed to [TO CONFIRM: appeal body] within [TO CONFIRM: appeal period] of the date of this letter.")
    else:
        L.append(f"This decision may be appealed to {body} within {appeal_days} days of the date of this letter." + (f" The appeal fee is ${afee}." if give_fee else ""))
    L += ["", "Sincerely,", "", reviewer, title, contact]
    return u, "\n".join(L)


# =====================================================================  B. inspection reports
INSP = {
 "Footing": [("footing depth", "footing depth {x} in, plans call for {y} in", "Excavate footings to the {y}-inch depth shown on the approved plans."),
             ("rebar size/spacing", "rebar #4 @ 18 shown, found @ 24", "Add reinforcing steel so that #4 bars are spaced at 18 inches as shown on the plans."),
             ("rebar clearance to soil", "bars sitting on dirt, no dobies", "Support the reinforcing steel on dobies or chairs so that no bars rest on the soil."),
             ("hold-down locations", "", ""), ("forms clean, no water", "standing water in trench at NE corner", "Pump out standing water and remove loose soil from the trench at the northeast corner.")],
 "Framing": [("headers per plan", "garage door header 4x10, plans show 4x12", "Replace the garage door header with the 4x12 header shown on the approved plans."),
             ("fireblocking", "no fireblocking at soffit over kitchen", "Install fireblocking at the soffit above the kitchen cabinets."),
             ("hold-downs", "", ""), ("stair geometry", "stair risers 8 1/4 in, max 7 3/4", "Rebuild the stair so that risers do not exceed 7 3/4 inches."),
             ("egress windows", "bedroom 2 window opening too small (4.9 sf)", "Enlarge the bedroom 2 window so that it meets the minimum emergency escape opening."),
             ("nailing", "", "")],
 "Rough electrical": [("box fill / grounding", "", ""), ("AFCI/GFCI", "kitchen counter circuit not GFCI", "Provide GFCI protection for all kitchen countertop receptacles."),
                      ("cable securing", "cables unsecured in attic run", "Secure the loose cables in the attic run to the framing."),
                      ("smoke alarm locations", "", ""), ("panel labelling", "panel directory blank", "Complete the panel directory.")],
 "Final": [("smoke/CO alarms", "CO alarm missing upstairs hall", "Install a carbon monoxide alarm in the upstairs hallway."),
           ("guards/handrails", "deck guard openings > 4 in", "Close guard openings so that a 4-inch sphere cannot pass through."),
           ("address numbers", "no address numbers visible", "Install address numbers visible from the street."),
           ("grading away from foundation", "", ""), ("energy certificate", "", ""), ("site cleanup", "", "")],
 "Pool barrier": [("barrier height", "barrier only {x} in at low side", "Raise the barrier to the required height along the low side of the yard."),
                  ("gate self-closing/latching", "side gate does not self-latch", "Adjust or replace the side gate hardware so that it closes and latches by itself."),
                  ("door alarms", "", ""), ("equipment setback", "", ""), ("bonding", "", "")],
 "Re-roof": [("underlayment", "", ""), ("drip edge / flashing", "no kick-out flashing at wall/roof intersection by garage", "Install kick-out flashing where the roof meets the wall beside the garage."),
             ("roof covering class", "", ""), ("ventilation", "ridge vent blocked by sheathing", "Cut the sheathing back at the ridge so the ridge vent is open.")],
 "Water heater": [("strapping", "only one strap", "Add a second seismic strap so the heater is strapped at the upper and lower thirds."),
                  ("T&P discharge", "T&P line reduced to 1/2 in", "Replace the relief valve discharge line with full-size pipe."),
                  ("venting", "", ""), ("expansion tank", "", "")],
 "Solar PV": [("array layout/setbacks", "", ""), ("rapid shutdown label", "missing RSD label at meter", "Install the rapid shutdown label at the service meter."),
              ("conductor support", "wires resting on roof at south array", "Secure conductors off the roof surface at the south array."),
              ("attachments flashed", "", ""), ("placards", "", "")],
}
RESULTS = {"PASS": "PASS", "PARTIAL": "PARTIAL PASS", "FAIL": "FAIL"}


def gen_report(r, missing=False):
    town = r.choice(TOWNS)
    itype = r.choice(list(INSP))
    items = INSP[itype]
    pno = permit_no(r)
    site = addr(r)
    date = d(r)
    insp = name(r)
    failing = [it for it in items if it[1]]
    nfail = r.choice([0, 0, 1, 1, 2, 2, 3])
    fails = r.sample(failing, min(nfail, len(failing)))
    x, y = r.choice([12, 14, 15]), r.choice([18, 24])
    fails = [(a, b.format(x=x if itype == "Footing" else r.choice([44, 46, 50]), y=y), c.format(y=y)) for a, b, c in fails]
    okitems = [it[0] for it in items if it[0] not in [f[0] for f in fails]]
    if not fails:
        result = "PASS"
    else:
        result = r.choice(["FAIL", "PARTIAL"]) if len(fails) == 1 else "FAIL"
    refs = {f[0]: sec(r) for f in fails}
    rfee = fee(r, 65, 260)
    give_fee = r.random() < 0.65
    time = r.choice(["8:40 a.m.", "9:15 a.m.", "10:05 a.m.", "11:30 a.m.", "1:20 p.m.", "2:45 p.m."])
    remark = r.choice(["Contractor on site and cooperative.", "Owner present; corrections discussed on site.", "Access via side gate; dog secured.",
                       "Approved plans were on site.", "Permit card posted at the front window.", ""])
    # user message
    style = r.randint(0, 4)
    fail_notes = [f"{b} ({refs[a]})" for a, b, c in fails]
    if style == 0:
        u = (f"{itype.lower()} insp {pno} {site}, {town} {terse_date(date, r)} {time}\n" + "\n".join(f"- {o} ok" for o in okitems) + ("\n" if okitems else "")
             + "\n".join(f"- {fn}" for fn in fail_notes) + f"\nresult {result.lower()}")
    elif style == 1:
        u = (f"Please write up the inspection result report. {town}, permit {pno}, {site}. {itype} inspection on {long(date)} at {time}. "
             f"Checked: {', '.join(okitems)}{' — all OK' if okitems else ''}. " + (f"Problems: {'; '.join(fail_notes)}. " if fail_notes else "No problems found. ") + f"Result: {RESULTS[result].lower()}.")
    elif style == 2:
        u = (f"Inspector notes (pasting from tablet):\nPERMIT {pno} / {site} / {town}\nTYPE {itype.upper()}\nDATE {date.isoformat()} {time}\n"
             + "\n".join(f"{o}: OK" for o in okitems) + "\n" + "\n".join(f"{a}: NO — {b}, ref {refs[a]}" for a, b, c in fails) + f"\nOVERALL: {result}")
    elif style == 3:
        u = (f"can you turn this into the report format — {itype.lower()} at {site}, {town} ({pno}), {long(date)}, {time}. "
             + ("everything passed: " + ", ".join(okitems) + "." if not fails else f"ok: {', '.join(okitems)}. not ok: {'; '.join(fail_notes)}. {RESULTS[result].lower()}."))
    else:
        u = (f"Report needed for {town}\n• Permit: {pno}\n• Address: {site}\n• Inspection: {itype}\n• When: {long(date)}, {time}\n• Passed items: {', '.join(okitems) or 'none'}\n"
             + (f"• Failed items: {'; '.join(fail_notes)}\n" if fail_notes else "") + f"• Result: {RESULTS[result]}")
    u = typo(u, r, 0.3)
    if fails and give_fee:
        u += "\n" + r.choice([f"reinspection fee ${rfee} applies", f"Reinspection fee is ${rfee}.", f"reinsp fee ${rfee}"])
    u += "\n" + r.choice([f"Inspector: {insp}", f"inspector {insp}", f"- {insp}"]) + (f"\nRemarks: {remark}" if remark and r.random() < 0.6 else "")
    show_remark = ("Remarks:" in u)
    # assistant report
    A = ["INSPECTION RESULT REPORT", "=" * 40, f"Jurisdiction: {town}", f"Permit:       {pno}", f"Address:      {site}",
         f"Inspection:   {itype}", f"Date/time:    {long(date)}, {time}", f"Inspector:    {insp}", f"RESULT:       {RESULTS[result]}", "-" * 40, "ITEMS CHECKED"]
    for o in okitems:
        A.append(f"[OK]   {o[0].upper() + o[1:]}")
    for i, (a, b, c) in enumerate(fails, 1):
        A.append(f"[FAIL] {a[0].upper() + a[1:]} — see correction {i}")
    A += ["-" * 40, "CORRECTIONS REQUIRED"]
    if fails:
        for i, (a, b, c) in enumerate(fails, 1):
            A.append(f"{i}. {c} Found: {b}. Ref: {refs[a]}.")
    else:
        A.append("None.")
    A += ["-" * 40, "NEXT STEP"]
    if result == "PASS":
        A.append("This inspection is approved. You may proceed to the next inspection on the permit card.")
    elif result == "PARTIAL":
        A.append("Items marked OK are approved. Complete the correction above and request a reinspection before covering the affected work.")
    else:
        A.append("This inspection is not approved. Complete all corrections above, then request a reinspection. Do not cover or conceal the work.")
    if fails:
        if give_fee:
            A.append(f"Reinspection fee: ${rfee} (charged if the work is not ready at the next visit).")
        elif missing:
            A.append("Reinspection fee: [TO CONFIRM: current reinspection fee].")
    A += ["-" * 40, f"Inspector remarks: {remark if (show_remark and remark) else 'None.'}"]
    return u, "\n".join(A)


# =====================================================================  C. hearing notices
BODIES = ["Planning Commission", "Zoning Board of Adjustment", "Board of Zoning Appeals", "Town Council", "Historic District Commission", "Hearing Officer"]
REQS = [
    ("a variance to reduce the required rear setback from {a} feet to {b} feet for a single-story addition", "variance"),
    ("a conditional use permit to operate a {use} in an existing building", "cup"),
    ("design review for a new {n}-unit apartment building", "design"),
    ("a variance to allow a fence {a} feet high where {b} feet is the maximum", "variance"),
    ("a minor subdivision to divide one lot into two lots", "subdivision"),
    ("a certificate of appropriateness to replace the front porch of a contributing historic house", "historic"),
    ("a rezoning of the property from {z1} to {z2}", "rezoning"),
    ("a conditional use permit for a {use} with outdoor seating", "cup"),
]
USES = ["daycare centre for up to {k} children", "tasting room", "veterinary clinic", "private music school", "drive-through pharmacy", "dance studio"]
VENUES = ["Council Chambers, Town Hall, {n} Main Street", "Meeting Room B, Municipal Building, {n} Civic Plaza", "City Hall Council Chambers, {n} Court Street",
          "Community Centre Hall, {n} Orchard Road"]


def gen_notice(r, missing=False):
    town = r.choice(TOWNS)
    body = r.choice(BODIES)
    rq, kind = r.choice(REQS)
    a_, b_ = r.choice([(15, 8), (20, 12), (25, 16), (6, 4), (8, 6)]) if "fence" not in rq else (r.choice([5, 6]), r.choice([3, 4]))
    req = rq.format(a=a_, b=b_, use=r.choice(USES).format(k=r.choice([24, 36, 48])), n=r.choice([12, 18, 24, 40]),
                    z1=r.choice(["R-5", "RS-7", "CN"]), z2=r.choice(["RM-12", "MX-1", "CG"]))
    s1 = sec(r)
    fno = r.choice([f"VAR-{r.choice([2025, 2026])}-{r.randint(1, 99):03d}", f"PLN{r.choice([25, 26])}-{r.randint(1, 999):04d}", f"UP-{r.choice([25, 26])}-{r.randint(1, 60):03d}",
                    f"DR{r.choice([25, 26])}-{r.randint(1, 99):02d}", f"HDC-{r.randint(100, 999)}"])
    hd = d(r, dt.date(2025, 2, 1), 560)
    fno = fno.replace("2025", str(hd.year)).replace("2026", str(hd.year))
    for yy in ("25", "26"):
        for pre in ("PLN", "UP-", "DR"):
            fno = fno.replace(pre + yy, pre + str(hd.year)[2:])
    time = r.choice(["6:00 p.m.", "6:30 p.m.", "7:00 p.m.", "5:30 p.m.", "9:00 a.m."])
    venue = r.choice(VENUES).format(n=r.randint(10, 400))
    applicant = name(r) if r.random() < 0.5 else r.choice(FIRMS)
    site = addr(r)
    planner = name(r)
    contact = r.choice([f"(555) {r.randint(200, 899)}-{r.randint(1000, 9999)}", f"{planner.split()[0][0].lower()}{planner.split()[-1].lower()}@{town.split()[-1].lower()}.gov"])
    cdead = hd - dt.timedelta(days=r.choice([1, 2, 5]))
    cdead_t = r.choice(["noon", "5:00 p.m."])
    env = r.choice({"subdivision": ["Exempt (minor land division)", None], "design": ["Categorically exempt (Class 32, infill development)", None],
                    "rezoning": [None]}.get(kind, ["Categorically exempt (Class 1, existing facilities)", "Categorically exempt (Class 3, new construction of small structures)", None, None]))
    acc = r.choice([(48, "the Town Clerk", f"(555) {r.randint(200, 899)}-{r.randint(1000, 9999)}"), (72, "the City Clerk", f"(555) {r.randint(200, 899)}-{r.randint(1000, 9999)}"), None])
    review_at = r.choice([f"the Planning Department, {venue.split(', ', 1)[1]}", "the Planning Department counter", "the municipal website"])
    drop_time = missing
    style = r.randint(0, 4)
    fields = [("jurisdiction", town), ("file", fno), ("body", body), ("date", long(hd)), ("time", time), ("place", venue), ("applicant", applicant), ("site", site),
              ("request", f"{req} ({s1})"), ("planner", f"{planner}, {contact}"), ("comments", f"by {cdead_t} {long(cdead)}"), ("file available at", review_at)]
    if env:
        fields.append(("CEQA/env", env))
    if acc:
        fields.append(("accommodations", f"{acc[0]} hrs notice, {acc[1]} {acc[2]}"))
    if drop_time:
        fields = [f for f in fields if f[0] != "time"]
    if style == 0:
        u = f"Need a hearing notice for {town}:\n" + "\n".join(f"{k}: {v}" for k, v in fields)
    elif style == 1:
        u = (f"Please prepare the notice of public hearing. The {town} {body} will hear file {fno} on {long(hd)}" + ("" if drop_time else f" at {time}") + f" at {venue}. "
             f"Applicant {applicant} requests {req} at {site}, per {s1}. Planner is {planner} ({contact}). Written comments due by {cdead_t} on {long(cdead)}. File can be reviewed at {review_at}."
             + (f" Environmental: {env}." if env else "") + (f" Accommodation requests to {acc[1]}, {acc[2]}, {acc[0]} hours ahead." if acc else ""))
    elif style == 2:
        u = "hearing notice pls —\n" + "\n".join(f"- {k} {v}" for k, v in fields)
    elif style == 3:
        u = (f"{body} hearing, {town}. {fno}. {site}. {applicant}. Request: {req}, {s1}. {long(hd)}" + ("" if drop_time else f" {time}") + f", {venue}. "
             f"Contact {planner} {contact}. Comments {cdead_t} {long(cdead)}. Docs at {review_at}." + (f" {env}." if env else "") + (f" ADA: {acc[1]} {acc[2]}, {acc[0]}h." if acc else "") + "\nFormat it as our standard notice.")
    else:
        u = (f"Could you write the public hearing notice for {fno}? Details below.\n\n" + "\n".join(f"{k.capitalize()}: {v}" for k, v in fields))
    u = typo(u, r, 0.25)
    N = ["NOTICE OF PUBLIC HEARING", f"{town} — {body}", "",
         f"FILE NO.: {fno}",
         f"HEARING DATE AND TIME: {hd.strftime('%A')}, {long(hd)}, at " + ("[TO CONFIRM: hearing time]" if drop_time else time),
         f"PLACE: {venue}", f"APPLICANT: {applicant}", f"PROJECT LOCATION: {site}",
         f"REQUEST: The applicant requests {req}, under {s1}."]
    if env:
        N.append(f"ENVIRONMENTAL REVIEW: {env}.")
    N += [f"STAFF CONTACT: {planner}, {contact}", "",
          f"NOTICE IS HEREBY GIVEN that the {body} will hold a public hearing on the request described above. All interested persons are invited to attend and be heard.", "",
          "HOW TO PARTICIPATE",
          f"- Attend the hearing and speak during the public hearing on this item.",
          f"- Send written comments to {planner} at {contact} by {cdead_t} on {long(cdead)}. Comments received by then will be provided to the {body}.",
          f"- Review the application file: {review_at}.", "",
          f"If you challenge the decision on this matter in court, you may be limited to raising only those issues you or someone else raised at the public hearing described in this notice, or in written correspondence delivered at or before the hearing."]
    if acc:
        N += ["", f"ACCESSIBILITY: To request an accommodation, contact {acc[1]} at {acc[2]} at least {acc[0]} hours before the hearing."]
    return u, "\n".join(N)


# =====================================================================  D. plain-language summaries
TOPICS = [
 dict(t="Accessory buildings", law=["Detached accessory buildings shall be located at least {a} feet from side and rear lot lines and at least {b} feet from the principal dwelling.",
      "No accessory building shall exceed {h} feet in height or be located in a required front yard.",
      "The combined floor area of accessory buildings on a lot shall not exceed {f} square feet."],
      one="Sheds, garages and other detached outbuildings must stay back from property lines, stay out of the front yard and stay under size and height limits.",
      who="Owners who want to build a shed, detached garage, workshop or similar outbuilding.",
      rules=["Keep the building at least {a} feet from side and rear property lines.", "Keep it at least {b} feet away from the house.", "Do not put it in the front yard.", "All outbuildings together may not exceed {f} square feet."],
      nums=[("Side and rear setback", "{a} feet"), ("Distance from house", "{b} feet"), ("Maximum height", "{h} feet"), ("Total floor area", "{f} sq ft")],
      todo=["Measure your lot lines before choosing a location.", "Add up the floor area of any outbuildings you already have."],
      watch=["The size limit counts all outbuildings together, not each one.", "Front yard means the required front setback area, not just the lawn."],
      p=dict(a=[3, 4, 5], b=[6, 8, 10], h=[12, 14, 16], f=[400, 480, 750])),
 dict(t="Home-based businesses", law=["A home occupation shall be conducted entirely within the dwelling or an accessory building by a resident of the dwelling.",
      "Not more than {e} non-resident employee(s) shall work on the premises, and customer visits shall not exceed {v} per day.",
      "No more than {pc} percent of the gross floor area of the dwelling shall be devoted to the home occupation. No exterior display or signage is permitted."],
      one="You can run a small business from home if you live there, keep it mostly indoors and out of sight, and stay within limits on staff and visitors.",
      who="Residents who run or want to start a business from their home.",
      rules=["Someone who lives in the home must run the business.", "Up to {e} employee(s) who live elsewhere may work there.", "No more than {v} customer visits a day.", "Use no more than {pc} percent of the home's floor area; no outside signs or displays."],
      nums=[("Non-resident employees", "{e}"), ("Customer visits per day", "{v}"), ("Share of floor area", "{pc}%")],
      todo=["Check whether your business has any visitors or staff on site.", "Apply for any home occupation approval the code requires before you open."],
      watch=["Deliveries and pick-ups may count as customer visits.", "An accessory building is allowed, but the whole business still counts toward the floor-area limit."],
      p=dict(e=[1, 2], v=[6, 10, 12], pc=[20, 30])),
 dict(t="Permit expiration", law=["A permit shall expire if the work authorized is not commenced within {a} days from the date of issuance.",
      "A permit shall expire if the work is suspended or abandoned for a period of {a} days after the work is commenced.",
      "The building official may grant one extension of not more than {x} days upon written request received before expiration, and payment of a fee of ${fee}."],
      one="Your permit stops being valid if you don't start work, or stop working, for too long — but you can ask for one extension before it runs out.",
      who="Anyone holding a building permit.",
      rules=["Start work within {a} days of getting the permit.", "Don't let work stop for {a} days or more.", "You can ask for one extension of up to {x} days, in writing, before the permit expires."],
      nums=[("Time to start work", "{a} days"), ("Longest pause allowed", "{a} days"), ("Extension", "up to {x} days, once"), ("Extension fee", "${fee}")],
      todo=["Note your permit issue date and the expiry date.", "If you may run late, send a written extension request before the expiry date and pay the fee."],
      watch=["Requests received after the permit has expired cannot be extended under this section.", "Only one extension is allowed."],
      p=dict(a=[180, 365], x=[90, 180], fee=[55, 70, 105])),
 dict(t="Pool safety barriers", law=["Outdoor swimming pools shall be completely enclosed by a barrier not less than {h} inches in height.",
      "Access gates shall be self-closing and self-latching, shall open outward away from the pool, and the release mechanism shall be located not less than {l} inches above grade.",
      "Openings in the barrier shall not permit passage of a {s}-inch-diameter sphere."],
      one="Every outdoor pool needs a fence or wall around it, with gates that close and latch on their own, to keep small children out.",
      who="Owners of outdoor swimming pools, and anyone building one.",
      rules=["Surround the pool completely with a barrier at least {h} inches high.", "Gates must swing outward, away from the pool, and close and latch by themselves.", "Put the latch at least {l} inches off the ground.", "No gap in the barrier may be big enough for a {s}-inch ball to pass through."],
      nums=[("Barrier height", "{h} inches"), ("Latch height", "{l} inches"), ("Largest opening", "less than {s} inches")],
      todo=["Check the barrier height on the outside, away from the pool.", "Test every gate to confirm it closes and latches from any open position."],
      watch=["Planters or furniture next to the fence can make it easy to climb.", "Gaps under the fence count as openings."],
      p=dict(h=[48, 54, 60], l=[54, 57], s=[4])),
 dict(t="Tree protection", law=["No person shall remove any protected tree without first obtaining a tree removal permit. A protected tree is any tree having a trunk diameter of {dbh} inches or more measured {m} feet above grade.",
      "The approving authority may require replacement trees at a ratio of {ratio} to one.",
      "Where replacement on site is infeasible, an in-lieu fee of ${fee} per replacement tree shall be paid."],
      one="Large trees are protected: you need a permit to cut one down, and you will usually have to plant replacements or pay a fee.",
      who="Property owners, tree services and builders working near large trees.",
      rules=["Measure the trunk {m} feet above the ground. If it is {dbh} inches or more across, it is protected.", "Get a tree removal permit before cutting a protected tree.", "Expect to plant {ratio} new trees for each one removed.", "If there isn't room, pay ${fee} per replacement tree instead."],
      nums=[("Protected size", "{dbh} inches or more"), ("Where to measure", "{m} feet above grade"), ("Replacement ratio", "{ratio} to 1"), ("In-lieu fee", "${fee} per tree")],
      todo=["Measure trunk diameter before planning any removal.", "Apply for the permit and include a replacement plan."],
      watch=["Diameter is across the trunk, not around it.", "Removing a protected tree without a permit can lead to penalties."],
      p=dict(dbh=[10, 15, 20], m=[4.5], ratio=[2, 3], fee=[375, 610, 825])),
 dict(t="Fences in front yards", law=["Fences, walls and hedges located within a required front yard shall not exceed {h} feet in height.",
      "Fences located elsewhere on a lot shall not exceed {r} feet in height.",
      "On corner lots, no obstruction exceeding {v} feet in height shall be located within a triangle measured {t} feet along each street line from their intersection."],
      one="Front-yard fences must be low, back-yard fences can be taller, and corner lots must keep a clear view at the intersection.",
      who="Owners planning a fence, wall or hedge.",
      rules=["In the front yard, keep fences, walls and hedges to {h} feet or less.", "Elsewhere, the limit is {r} feet.", "On a corner lot, keep anything taller than {v} feet out of the corner triangle ({t} feet along each street)."],
      nums=[("Front yard", "{h} feet"), ("Side and rear", "{r} feet"), ("Corner triangle", "{t} feet along each street; {v} feet max height")],
      todo=["Find your front setback line before you choose the fence height.", "On a corner lot, mark the triangle before planting or building."],
      watch=["Hedges count as fences for height.", "Height is usually measured from the ground next to the fence."],
      p=dict(h=[3, 4], r=[6, 7, 8], v=[2.5, 3], t=[20, 30, 35])),
 dict(t="Reinspection fees", law=["A reinspection fee of ${fee} shall be assessed when an inspection is requested and the work is not ready, when approved plans are not available on site, or when access is not provided.",
      "No further inspections shall be performed until the reinspection fee has been paid.",
      "Inspections cancelled after {c} on the day of inspection shall be treated as not ready."],
      one="If the inspector comes out and can't do the inspection because you weren't ready, you pay a fee before the next inspection.",
      who="Permit holders and contractors who request inspections.",
      rules=["You are charged ${fee} if the work is not ready, the approved plans are not on site, or the inspector can't get in.", "You cannot get another inspection until the fee is paid.", "Cancelling after {c} on inspection day counts as not ready."],
      nums=[("Reinspection fee", "${fee}"), ("Late-cancellation cutoff", "{c} on inspection day")],
      todo=["Keep approved plans on site and arrange access.", "Cancel early if the work won't be ready."],
      watch=["A late cancellation costs the same as a failed visit.", "Unpaid fees hold up every later inspection on the permit."],
      p=dict(fee=[70, 88, 115, 135], c=["7:00 a.m.", "8:00 a.m."])),
 dict(t="Short-term rentals", law=["No person shall operate a short-term rental without a valid short-term rental registration. A short-term rental is the rental of a dwelling unit or portion thereof for {d} consecutive days or fewer.",
      "The operator shall reside in the dwelling unit for not less than {m} months of each calendar year. Un-hosted rentals shall not exceed {n} nights per calendar year.",
      "The registration shall be renewed annually and the fee is ${fee}."],
      one="If you rent out your home for short stays, you must register, live there most of the year, and limit how many nights you rent it while you're away.",
      who="Residents who rent rooms or their whole home through booking sites.",
      rules=["Register before renting for {d} days or less.", "Live in the home at least {m} months a year.", "When you are not at home during stays, rent for no more than {n} nights a year.", "Renew every year."],
      nums=[("Short-term stay", "{d} days or fewer"), ("Residency required", "{m} months per year"), ("Un-hosted nights", "{n} per year"), ("Annual fee", "${fee}")],
      todo=["Register and pay the fee before listing.", "Keep a record of un-hosted nights."],
      watch=["Hosted nights (you are home) do not count toward the cap.", "Renting a second house you don't live in is not allowed under this rule."],
      p=dict(d=[29, 30, 31], m=[6, 9], n=[60, 120], fee=[190, 265, 415])),
 dict(t="Outdoor dining on sidewalks", law=["Sidewalk dining requires an annual encroachment permit.",
      "A minimum clear pedestrian path of {w} feet shall be maintained at all times.",
      "Furniture shall be removed from the sidewalk at close of business, and dining shall end by {e}."],
      one="Restaurants can put tables on the sidewalk with a yearly permit, as long as they leave room for people to walk and pack up at night.",
      who="Restaurants and cafés that want sidewalk seating.",
      rules=["Get the encroachment permit and renew it every year.", "Keep a {w}-foot clear walking path at all times.", "Bring furniture in at close of business.", "Stop outdoor service by {e}."],
      nums=[("Clear walking path", "{w} feet"), ("Service ends", "{e}")],
      todo=["Measure the sidewalk and mark the clear path.", "Plan storage for furniture overnight."],
      watch=["Signs, planters and heaters also count against the clear path.", "The permit must be renewed yearly."],
      p=dict(w=[4, 5, 6], e=["10:00 p.m.", "11:00 p.m."])),
 dict(t="Erosion control during construction", law=["During the wet season, from {s} through {e}, all construction sites with disturbed soil shall implement erosion and sediment controls.",
      "Controls shall include perimeter sediment barriers, a stabilized construction entrance and storm drain inlet protection.",
      "Soil stockpiles shall be covered when not in active use and controls shall be inspected within {h} hours after each storm."],
      one="During the rainy months, building sites with bare soil must keep mud on site and out of the storm drains.",
      who="Contractors and owners with active construction and exposed soil.",
      rules=["From {s} to {e}, install erosion and sediment controls on any site with bare soil.", "Use perimeter barriers, a rocked or matted entrance, and storm drain protection.", "Cover soil piles when not in use.", "Check the controls within {h} hours after every storm."],
      nums=[("Wet season", "{s} to {e}"), ("Post-storm check", "within {h} hours")],
      todo=["Install controls before the wet season starts.", "Keep a log of post-storm checks."],
      watch=["Mud tracked onto the street counts as a failure.", "Controls must be maintained, not just installed."],
      p=dict(s=["October 1", "November 1"], e=["April 30", "March 31"], h=[24, 48])),
 dict(t="Demolition permits", law=["A demolition permit shall be obtained prior to the demolition of any structure exceeding {a} square feet.",
      "Structures {y} years of age or older shall be referred for historic review prior to issuance of a demolition permit.",
      "The sewer lateral shall be capped at the property line and inspected prior to backfill."],
      one="Tearing down anything bigger than a small shed needs a permit, older buildings get a historic check first, and the sewer must be capped.",
      who="Owners and contractors planning to demolish a building.",
      rules=["Get a demolition permit for any structure over {a} square feet.", "If the building is {y} years old or older, expect a historic review first.", "Cap the sewer line at the property line and get it inspected before filling the trench."],
      nums=[("Permit needed above", "{a} sq ft"), ("Historic review age", "{y} years")],
      todo=["Find the building's construction year.", "Arrange utility disconnections before demolition."],
      watch=["Historic review can add time—apply early.", "Backfilling before the sewer cap inspection means digging it up again."],
      p=dict(a=[100, 150, 200], y=[45, 50, 75])),
 dict(t="Driveway width", law=["Driveway approaches serving single-family dwellings shall be not less than {mn} feet nor more than {mx} feet in width at the property line.",
      "Paved areas within the front yard shall not exceed {pc} percent of the front yard area.",
      "New or widened curb cuts require an encroachment permit."],
      one="Home driveways have minimum and maximum widths, and you can't pave most of your front yard.",
      who="Homeowners widening or adding a driveway.",
      rules=["Make the driveway between {mn} and {mx} feet wide where it meets the property line.", "Paving in the front yard can't cover more than {pc} percent of it.", "New or wider curb cuts need a separate encroachment permit."],
      nums=[("Minimum width", "{mn} feet"), ("Maximum width", "{mx} feet"), ("Front yard paving", "{pc}% max")],
      todo=["Measure the front yard and existing paving.", "Apply for the encroachment permit before cutting the curb."],
      watch=["Walkways count as paving.", "Width is measured at the property line, not at the street."],
      p=dict(mn=[9, 10, 12], mx=[18, 20, 24], pc=[40, 50])),
 dict(t="Backyard chickens", law=["The keeping of not more than {n} hens is permitted on lots containing a single-family dwelling. Roosters are prohibited.",
      "Coops shall be located not less than {c} feet from any dwelling on an adjacent lot.",
      "Coops shall be maintained in a clean and sanitary condition, and feed shall be stored in rodent-proof containers."],
      one="You can keep a few hens (but no roosters) at a house, as long as the coop is away from neighbours' homes and kept clean.",
      who="Households interested in keeping chickens.",
      rules=["Keep up to {n} hens; no roosters.", "Place the coop at least {c} feet from any neighbour's house.", "Keep the coop clean and store feed in rodent-proof containers."],
      nums=[("Maximum hens", "{n}"), ("Coop distance from neighbouring homes", "{c} feet")],
      todo=["Check the distance from your planned coop site to neighbours' houses.", "Buy sealed feed bins."],
      watch=["The limit is per lot, not per household member.", "A large coop may also need a building permit."],
      p=dict(n=[4, 5, 8], c=[15, 20, 25])),
 dict(t="Sign permits", law=["No sign shall be erected, altered or relocated without a sign permit, except signs exempt under this chapter.",
      "Wall signs shall not exceed {r} square foot(s) of sign area per linear foot of building frontage, with a maximum of {m} square feet per business.",
      "Illuminated signs require an electrical inspection prior to operation."],
      one="Most business signs need a permit, wall signs are sized by how long your storefront is, and lit signs need an electrical check.",
      who="Businesses and sign companies.",
      rules=["Get a sign permit before putting up, changing or moving a sign (unless it's exempt).", "Wall sign area: {r} square foot(s) per foot of storefront, up to {m} square feet per business.", "Lit signs must pass an electrical inspection before being turned on."],
      nums=[("Wall sign ratio", "{r} sq ft per linear foot"), ("Maximum per business", "{m} sq ft")],
      todo=["Measure your building frontage.", "Include electrical details for lit signs."],
      watch=["Changing a sign face may count as altering it.", "The per-business maximum applies even on long frontages."],
      p=dict(r=[1.5, 2], m=[80, 120, 150])),
 dict(t="Noise from mechanical equipment", law=["Noise from air conditioners, heat pumps, pool pumps and similar equipment shall not exceed {day} dBA during daytime hours or {night} dBA between {ns} and {ne}, measured at the property line.",
      "New outdoor mechanical equipment shall not be located in a required front yard.",
      "Equipment shall be maintained in good repair."],
      one="Outdoor equipment like AC units and pool pumps must stay below noise limits at the property line, especially at night.",
      who="Homeowners and HVAC or pool contractors.",
      rules=["Keep equipment noise at or below {day} dBA in the day.", "At night ({ns} to {ne}), the limit drops to {night} dBA.", "Don't place new equipment in the front yard.", "Keep equipment in good repair."],
      nums=[("Daytime limit", "{day} dBA"), ("Night limit", "{night} dBA"), ("Night hours", "{ns} – {ne}")],
      todo=["Check the manufacturer's sound rating before buying.", "Choose a location away from neighbours' bedrooms."],
      watch=["Noise is measured at the property line, not at the unit.", "Worn equipment gets louder over time."],
      p=dict(day=[60, 65], night=[50, 55], ns=["10:00 p.m.", "9:00 p.m."], ne=["7:00 a.m.", "8:00 a.m."])),
 dict(t="Appeals of administrative decisions", law=["Any person aggrieved by an administrative decision may appeal to the {b} by filing a written appeal with the clerk within {n} calendar days of the decision.",
      "The appeal shall state the specific grounds and be accompanied by the appeal fee of ${fee}.",
      "The {b} shall hold a hearing within {h} days and may affirm, reverse or modify the decision."],
      one="If you disagree with a staff decision, you can appeal in writing to the {b}, but you must file quickly and pay a fee.",
      who="Applicants, neighbours and anyone affected by a staff decision.",
      rules=["File a written appeal with the clerk within {n} calendar days of the decision.", "Explain exactly why you disagree.", "Pay the ${fee} appeal fee when you file.", "The {b} holds a hearing within {h} days and can keep, reverse or change the decision."],
      nums=[("Deadline to appeal", "{n} calendar days"), ("Appeal fee", "${fee}"), ("Hearing held within", "{h} days")],
      todo=["Note the decision date right away.", "Write down your specific grounds."],
      watch=["Calendar days include weekends.", "An appeal without stated grounds may be rejected."],
      p=dict(b=["Board of Appeals", "Planning Commission", "Hearing Examiner"], n=[7, 14, 15], fee=[215, 310, 640], h=[30, 45, 60])),
 dict(t="Accessory dwelling units", law=["One accessory dwelling unit is permitted on any lot containing a single-family dwelling.",
      "A detached accessory dwelling unit shall not exceed {f} square feet of floor area or {h} feet in height and shall be set back at least {s} feet from side and rear lot lines.",
      "{park}"],
      one="Most house lots can add one backyard or attached apartment, within limits on size, height and distance from property lines.",
      who="Homeowners thinking about a granny flat, backyard cottage or garage apartment.",
      rules=["One ADU is allowed on a lot with a single-family house.", "A detached ADU can be up to {f} square feet and {h} feet tall.", "Keep it at least {s} feet from side and rear property lines.", "{parkp}"],
      nums=[("Maximum size (detached)", "{f} sq ft"), ("Maximum height", "{h} feet"), ("Side and rear setback", "{s} feet")],
      todo=["Check your lot size and where utilities run.", "Sketch the ADU with distances to property lines."],
      watch=["Size is measured as floor area, including walls.", "Other rules (for example, design or utility requirements) may also apply."],
      p=dict(f=[750, 900, 1200], h=[15, 17, 20], s=[3, 5], park=["One off-street parking space shall be provided for the accessory dwelling unit.", "No off-street parking is required for an accessory dwelling unit."])),
 dict(t="Public notice of hearings", law=["Notice of each public hearing shall be mailed to all owners of property within {r} feet of the subject property not less than {n} days before the hearing.",
      "Notice shall also be posted on the subject property and published once in a newspaper of general circulation.",
      "Failure of any person to receive notice shall not invalidate the proceedings."],
      one="Before a hearing, nearby owners get a letter, a sign goes up on the site, and a notice runs in the newspaper.",
      who="Applicants and neighbours of properties with hearings.",
      rules=["Owners within {r} feet get a mailed notice at least {n} days before the hearing.", "A notice is posted on the property.", "A notice is published once in the local newspaper.", "If someone doesn't receive their letter, the hearing can still go ahead."],
      nums=[("Mailing radius", "{r} feet"), ("Mailed at least", "{n} days before")],
      todo=["Applicants: provide an accurate mailing list.", "Neighbours: watch for posted signs."],
      watch=["Tenants may not get a mailed notice because it goes to owners.", "A missed letter does not stop the hearing."],
      p=dict(r=[300, 500, 600], n=[10, 14, 15])),
 dict(t="Rooftop solar review", law=["Small residential rooftop solar energy systems of {k} kilowatts or less shall be eligible for expedited permit review.",
      "An eligible application shall be approved or returned with comments within {d} business days of submittal.",
      "Review shall be limited to health and safety requirements."],
      one="Small home solar systems get a fast-track permit review that checks safety only.",
      who="Homeowners and solar installers.",
      rules=["Systems of {k} kW or less on homes qualify for expedited review.", "The city will decide or send comments within {d} business days.", "Review is limited to safety, not looks."],
      nums=[("Size limit", "{k} kW"), ("Review time", "{d} business days")],
      todo=["Confirm the system size before applying.", "Use the standard expedited checklist."],
      watch=["Battery systems may need a separate review.", "Incomplete applications are returned, restarting the clock."],
      p=dict(k=[10, 12, 20], d=[2, 5, 7])),
 dict(t="Nonconforming structures", law=["A structure lawfully established that does not conform to current setback, height or coverage standards may be continued and maintained.",
      "Additions shall comply with current standards, except that an existing nonconforming wall may be extended by not more than {x} feet along the same plane.",
      "A nonconforming structure damaged to more than {pc} percent of its value may be reconstructed only if a permit is applied for within {m} months."],
      one="Older buildings that don't meet today's rules can stay and be repaired, with limited room to extend them.",
      who="Owners of older buildings that were legal when built but don't meet current rules.",
      rules=["You can keep and maintain the building as it is.", "New additions must meet today's rules, except you may extend an existing too-close wall by up to {x} feet in line.", "If it is damaged more than {pc} percent, apply for a rebuild permit within {m} months."],
      nums=[("Wall extension allowed", "{x} feet"), ("Damage threshold", "{pc}%"), ("Time to apply after damage", "{m} months")],
      todo=["Find records showing the building was legally built.", "Keep insurance records after any damage."],
      watch=["The wall extension cannot get any closer to the property line.", "Missing the rebuild deadline can mean losing the old setbacks."],
      p=dict(x=[8, 12, 15], pc=[50, 60], m=[6, 12, 18])),
]


def fill(s, p):
    out = s
    for k, v in p.items():
        out = out.replace("{" + k + "}", str(v))
    return out


def gen_summary(r, topic=None):
    T = topic or r.choice(TOPICS)
    p = {k: r.choice(v) for k, v in T["p"].items()}
    if "park" in p:
        p["parkp"] = "You must provide one off-street parking space for the ADU." if p["park"].startswith("One") else "No extra parking space is required."
    if "fee" in p and isinstance(p["fee"], int):
        while p["fee"] in FERNHILL_FEES:
            p["fee"] += 5
    town = r.choice(TOWNS)
    s1 = sec(r)
    title = T["t"]
    law = [fill(x, p) for x in T["law"]]
    letters = "ABCDEFG"
    law_txt = "\n".join(f"({letters[i]}) {x}" for i, x in enumerate(law))
    audience = r.choice(["homeowners", "the public", "a handout at the counter", "our website", "contractors", "a neighbourhood newsletter"])
    style = r.randint(0, 4)
    if style == 0:
        u = f"Plain-language summary please, for {audience}. {town}, {s1} {title}:\n\n{law_txt}"
    elif style == 1:
        u = f"Can you summarize this code section in plain English? It's {s1} ({title}) from the {town} code.\n\n\"{' '.join(law)}\""
    elif style == 2:
        u = f"{s1} {title} — {town}\n{law_txt}\n\nneed the plain language version for {audience}"
    elif style == 3:
        u = f"Summarize for {audience} (our usual plain-language format):\n{town} code {s1}, \"{title}\"\n" + "\n".join(law)
    else:
        u = f"pls do a plain language summary of {s1}. text pasted:\n{law_txt}\n({town}, section title: {title})"
    u = typo(u, r, 0.25)
    S = [f"PLAIN-LANGUAGE SUMMARY: {s1} {title} ({town})", "", f"In one sentence: {fill(T['one'], p)}", "", "Who this affects", fill(T["who"], p), "",
         "The key rules"] + [f"- {fill(x, p)}" for x in T["rules"]] + ["", "Numbers to know", "| What | Limit |", "|---|---|"] + \
        [f"| {fill(a, p)} | {fill(b, p)} |" for a, b in T["nums"]] + ["", "What you need to do"] + [f"{i}. {fill(x, p)}" for i, x in enumerate(T["todo"], 1)] + \
        ["", "Watch out for"] + [f"- {fill(x, p)}" for x in T["watch"]] + ["", f"This summary is for general guidance only. The adopted text of {s1} controls."]
    return u, "\n".join(S)


def ex(u, a):
    return {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": u}, {"role": "assistant", "content": a}]}


def main():
    r = random.Random(2026)
    train, val = [], []
    for fam, fn in (("letter", gen_letter), ("report", gen_report), ("notice", gen_notice)):
        for i in range(25):
            train.append(ex(*fn(r, missing=(i in (7, 19)))))
        for i in range(5):
            val.append(ex(*fn(r, missing=(i == 3))))
    topics = list(TOPICS)
    r.shuffle(topics)
    for i in range(25):
        train.append(ex(*gen_summary(r, topics[i % len(topics)])))
    for i in range(5):
        val.append(ex(*gen_summary(r, topics[(i + 5) % len(topics)])))
    r.shuffle(train)
    r.shuffle(val)
    os.makedirs(os.path.join(ROOT, "finetune"), exist_ok=True)
    with open(os.path.join(ROOT, "finetune", "train.jsonl"), "w") as f:
        for e in train:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "finetune", "validation.jsonl"), "w") as f:
        for e in val:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(train), len(val))


if __name__ == "__main__":
    main()

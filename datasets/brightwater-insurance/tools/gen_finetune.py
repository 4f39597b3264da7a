#!/usr/bin/env python3
"""Generate finetune/train.jsonl and validation.jsonl: 4 task families, skills and house formats only.
All names, numbers and places are invented for the examples and are not corpus entities."""
import json, random, os

random.seed(77)
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "finetune")

SYSTEM = ("You are the Brightwater Mutual claims assistant, used by claims handlers and contact-centre staff. "
          "You draft four things in the house formats: claim acknowledgement letters, claim file notes, complaint final-response letters "
          "and settlement calculations. Use only the facts given in the request. Never invent policy limits, excesses, phone numbers, "
          "repairer details or dates; if something the document needs is not given, put a clearly marked placeholder such as [confirm excess] "
          "and carry on. Write in plain British English.")

FIRST = ["Aled", "Bronwen", "Callum", "Deepa", "Eamon", "Fiona", "Gurdeep", "Hannah", "Ifeoma", "Jago", "Kirsty", "Lewin", "Morag", "Nadia",
         "Oisin", "Priya", "Rhodri", "Sanjay", "Tamsin", "Umar", "Verity", "Wiktor", "Yasmin", "Zachary", "Agnieszka", "Declan", "Eleri", "Rashid"]
LAST = ["Abernethy", "Bellamy", "Crowther", "Dunleavy", "Egerton", "Fairclough", "Gallacher", "Hollins", "Iqbal", "Jessop", "Kowalski", "Lomax",
        "McCrindle", "Nwosu", "Ormerod", "Pritchard", "Quayle", "Rathbone", "Sandhu", "Tolley", "Urquhart", "Venables", "Whitlock", "Yardley"]
TITLE = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]
HANDLERS = ["Gemma Trask", "Owen Pelham", "Ruth Cadogan", "Luke Amberley", "Shona Dervish", "Marcus Leyland", "Nia Fothergill", "Tom Easterbrook",
            "Carys Whitmore", "Imran Lodge"]

def person():
    return random.choice(TITLE), random.choice(FIRST), random.choice(LAST)

def claimno(kind):
    return f"BW-{kind}-{random.randint(2024, 2026)}-{random.randint(10000, 99999)}"

def polno(kind):
    return f"{kind}{random.randint(1000000, 9999999)}"

def date():
    return f"{random.randint(1, 28)} {random.choice(['January','February','March','April','May','June','July','August','September','October','November','December'])} {random.choice([2025, 2026])}"

def money(lo, hi, step=5):
    return random.randrange(lo, hi, step)

def gbp(x):
    return f"£{x:,.2f}" if x % 1 else f"£{int(x):,}"

def typo(s):
    if random.random() < 0.25:
        swaps = [("the ", "teh "), ("please", "pls"), ("claim", "cliam"), ("receive", "recieve"), ("letter", "leter"), ("customer", "cust")]
        a, b = random.choice(swaps)
        s = s.replace(a, b, 1)
    return s

PHONE_POOL = ["0300 555 0192", "0800 555 0148", "0345 555 0177", "0330 555 0163", "0800 555 0121"]

# ---------------------------------------------------------------- family 1: acknowledgement letters
CLAIMS = [
    ("H", "escape of water", "the water damage at your home", ["A drying contractor will contact you to arrange a visit and take moisture readings.",
       "Once the property is dry, we will agree the scope of repairs with you.", "We will pay or arrange the repairs, less your excess."]),
    ("H", "storm", "the storm damage to your home", ["A contractor will contact you to make your home safe if needed.",
       "Please send us photos of the damage and any estimate you receive.", "Your handler will review the evidence and confirm the next step."]),
    ("H", "theft", "the theft from your home", ["Please send us the police crime reference number if you have not already.",
       "Send proof of ownership for the items taken, such as receipts, photos or bank statements.", "Your handler will review the list of items and contact you about settlement."]),
    ("M", "windscreen", "the damage to your windscreen", ["Our windscreen partner will contact you to book a repair or replacement.",
       "If your car has a camera behind the screen, it will be recalibrated at the same appointment.", "Your excess is paid to the fitter on the day."]),
    ("M", "motor accident", "the accident involving your car", ["Your repairer will contact you to arrange collection of your car.",
       "We will contact the other driver's insurer about who is at fault.", "Your handler will keep you updated on liability and any recovery of your excess."]),
    ("P", "vet fees", "your pet's treatment", ["Please ask your vet to complete the vet section of the claim form and send the itemised invoice.",
       "We will check the treatment against your policy and your vet's clinical history.", "We will pay your vet or you, less the excess and any co-payment."]),
    ("H", "accidental damage", "the accidental damage at your home", ["Please send photos of the damaged item and how it happened.",
       "We may offer a replacement through one of our suppliers.", "Your handler will confirm the settlement, less your excess."]),
    ("M", "car theft", "the theft of your car", ["Please send us all keys for the car and the V5C logbook.",
       "We will wait for the police to try to recover the car before settling.", "Your handler will then agree the market value with you."]),
]

def ack_example():
    kind, peril, desc, steps = random.choice(CLAIMS)
    t, f, l = person()
    cn, pn, dol, h = claimno(kind), polno({"H": "BWH", "M": "BWM", "P": "BWP"}[kind]), date(), random.choice(HANDLERS)
    ph = random.choice(PHONE_POOL) if random.random() < 0.85 else None
    extra = []
    if random.random() < 0.5:
        ex = random.choice([150, 200, 250, 300, 350, 400, 95, 120, 80])
        extra.append(("excess", gbp(ex)))
    if random.random() < 0.35:
        rep = random.choice({"escape of water": ["Tarrant Restoration", "Penhallow Dry-Out"], "storm": ["Oakley Vale Builders", "Skerne Roofing"],
            "theft": ["Fenby Locks", "Ridley Replacement Services"], "windscreen": ["Quillan Glass", "Dunmore Screens"], "motor accident": ["Marlstone Motor Works", "Bexmoor Bodycraft"],
            "vet fees": ["Harlow Lane Vets", "Corrie Animal Clinic"], "accidental damage": ["Ridley Replacement Services", "Ashwell Repairs"], "car theft": ["Tollgate Vehicle Agents"]}[peril])
        rph = f"01{random.randint(100,999)} {random.randint(100000,999999)}"
        extra.append(("supplier", f"{rep} ({rph})"))
    style = random.randint(0, 4)
    facts = {"name": f"{t} {f} {l}", "cn": cn, "pn": pn, "dol": dol, "peril": peril, "h": h}
    ex_txt = "; ".join(f"{k} {v}" for k, v in extra)
    if style == 0:
        u = f"Ack letter please. {t} {l}, claim {cn}, pol {pn}, {peril}, DOL {dol}. Handler {h}." + (f" Claims line {ph}." if ph else "") + (f" {ex_txt}." if extra else "")
    elif style == 1:
        u = (f"Can you draft the acknowledgement letter for this new {peril} claim?\n- Customer: {t} {f} {l}\n- Claim no: {cn}\n- Policy: {pn}\n- Date of loss: {dol}\n- Handler: {h}"
             + (f"\n- Phone: {ph}" if ph else "") + "".join(f"\n- {k.capitalize()}: {v}" for k, v in extra))
    elif style == 2:
        u = (f"FNOL done, need the ack out today. {f} {l} ({t}) reported {peril} on {dol}. Ref {cn} / {pn}. Im the handler ({h})."
             + (f" number to give them is {ph}." if ph else " dont have the phone no to hand") + (f" {ex_txt}" if extra else ""))
    elif style == 3:
        u = (f"write ack ltr: {cn} | {pn} | {t} {l} | {peril} | dol {dol} | handler {h}" + (f" | tel {ph}" if ph else "") + ("".join(f" | {k} {v}" for k, v in extra)))
    else:
        u = (f"Customer email below, please do the standard acknowledgement.\n\n\"Hi, I phoned this morning about {desc.replace('your', 'my')} on {dol}. "
             f"Can you confirm you've got it? Thanks, {f} {l}\"\n\nClaim {cn}, policy {pn}, handler {h}." + (f" Line: {ph}." if ph else "") + (f" {ex_txt}." if extra else ""))
    u = typo(u)
    st = list(steps)
    for k, v in extra:
        if k == "supplier":
            st.insert(0, f"{v.split(' (')[0]} will contact you directly; you can also call them on {v.split('(')[1].rstrip(')')}.")
        if k == "excess":
            st.append(f"The excess on this claim is {v}.")
    body = "\n".join(f"{i}. {s}" for i, s in enumerate(st, 1))
    contact = f"If you need to talk to us, call {ph} and quote your claim reference." if ph else "If you need to talk to us, call [confirm claims line] and quote your claim reference."
    a = (f"Our reference: {cn}\nPolicy number: {pn}\nDate of loss: {dol}\nClaim type: {peril.capitalize()}\nYour handler: {h}\n\n"
         f"Dear {t} {l},\n\nThank you for telling us about {desc} on {dol}. We have registered your claim and {h} will be looking after it.\n\n"
         f"What happens next\n{body}\n\n{contact}\n\nYours sincerely,\n\n{h}\nClaims Handler, Brightwater Mutual\n"
         f"Brightwater Mutual - here when it matters.")
    return u, a

# ---------------------------------------------------------------- family 2: file notes
FN_SCEN = [
    ("Escape of water", "H", "Burst pipe under {room} sink, water through ceiling to {room2}. Plumber attended same day, isolated supply. Ceiling plaster down, laminate lifted.", "n/a - first party home claim", "Instruct drying contractor; request plumber's report"),
    ("Storm", "H", "Ridge tiles displaced overnight {dol}, water ingress to {room}. Neighbouring properties also damaged. Photos supplied.", "n/a - first party", "Check weather evidence; obtain roofer estimate"),
    ("Theft (home)", "H", "Rear door forced while PH away {dol}. Laptop, jewellery and cash taken. Police attended, CRN {crn}.", "n/a - first party", "Request proof of ownership; validate jewellery"),
    ("Motor accident", "M", "PH stationary at lights on {road}, TP failed to stop and hit rear. TP admitted fault at scene. Dashcam available.", "Non-fault - TP rear-ended stationary PH vehicle", "Send claim to TP insurer; allocate approved repairer"),
    ("Motor accident", "M", "PH pulling out of junction on {road}, collided with TP travelling on main road. PH says TP speeding, no witnesses.", "Fault likely - PH emerging from minor road", "Obtain TP insurer details; await TP damage estimate"),
    ("Motor accident", "M", "PH and TP both changing lanes on {road}, contact between vehicles. Conflicting accounts, one independent witness.", "Split liability 50/50 pending witness statement", "Contact witness; write to TP insurer proposing 50/50"),
    ("Windscreen", "M", "Stone chip on motorway turned into 30cm crack. Camera-equipped screen.", "n/a - glass claim", "Book replacement with calibration"),
    ("Vet fees", "P", "{pet} ({breed}) lame on rear leg, X-rays showed cruciate rupture. Surgery planned. First signs {dol}.", "n/a - first party", "Request clinical history from previous vet; check pre-existing"),
    ("Escape of water", "H", "Leak from washing machine hose in {room}, noticed when neighbour below reported damp. Flat above a shop. Unknown how long leaking.", "n/a - first party; possible liability to downstairs neighbour", "Ask PH for plumber invoice; note possible TP claim from neighbour"),
    ("Motor accident", "M", "PH reversing out of supermarket bay, hit parked TP car. PH admits fault. Minor damage both vehicles, no injuries.", "Fault - PH reversing", "Notify TP insurer; offer TP capture"),
    ("Motor accident", "M", "TP opened car door into path of PH on {road}. Two independent witnesses support PH. TP passenger claiming neck pain.", "Non-fault - TP opened door into traffic", "Obtain witness statements; open TP injury file"),
    ("Vet fees", "P", "{pet} ({breed}) ate a sock, vomiting, emergency surgery out of hours on {dol}. No previous GI history.", "n/a - first party", "Request itemised invoice from OOH vet"),
    ("Theft (home)", "H", "Bike stolen from locked shed overnight, padlock cut. Reported to police online, CRN {crn}. PH has purchase receipt.", "n/a - first party", "Check shed security requirements; validate bike value"),
    ("Storm", "H", "Large tree branch from PH's garden fell on conservatory during high winds on {dol}. Glass roof panels broken, no injuries.", "n/a - first party", "Arrange glazier board-up; tree surgeon quote"),
    ("Accidental damage", "H", "PH dropped TV while moving it, screen cracked. Bought 2 years ago.", "n/a - first party", "Offer replacement through supplier"),
]
ROOMS = ["kitchen", "bathroom", "utility room", "en-suite", "loft", "hallway", "lounge", "dining room"]
ROADS = ["the A4071", "Cinder Lane", "the B3390", "Market Street", "Fenwick Road", "the A661 roundabout", "Dunmere Way"]
PETS = [("Biscuit", "labrador"), ("Mabel", "spaniel"), ("Tiger", "domestic shorthair"), ("Nacho", "border terrier"), ("Luna", "ragdoll")]

def filenote_example():
    peril, kind, facts, liab, nxt = random.choice(FN_SCEN)
    pet, breed = random.choice(PETS)
    dol = date()
    facts = facts.format(room=random.choice(ROOMS), room2=random.choice(ROOMS), dol=dol, crn=f"{random.choice(['AB','CX','NY','WM'])}{random.randint(100000,999999)}",
                         road=random.choice(ROADS), pet=pet, breed=breed)
    cn, pn, h = claimno(kind), polno({"H": "BWH", "M": "BWM", "P": "BWP"}[kind]), random.choice(HANDLERS)
    reserve = random.choice([350, 600, 900, 1500, 2200, 3000, 4200, 5500, 7800, 12000])
    has_res = random.random() < 0.85
    cover = random.choice({"H": ["Home Standard", "Home Select"], "M": ["Car Gold", "Car Silver"], "P": ["Pet Complete", "Pet Essentials"]}[kind]) if random.random() < 0.5 else ""
    reserve = random.choice({"Windscreen": [250, 300, 400], "Vet fees": [800, 1500, 2500, 3200], "Accidental damage": [500, 700, 900]}.get(peril, [reserve, 1800, 2600, 4000]))
    style = random.randint(0, 3)
    rtxt = f"reserve {gbp(reserve)}" if has_res else "no reserve set yet"
    if style == 0:
        u = f"File note pls - {cn} / {pn}{' (' + cover + ')' if cover else ''}. {peril}. {facts}{' Liab: ' + liab + '.' if kind == 'M' else ''} {rtxt}. Next: {nxt.lower()}."
    elif style == 1:
        u = f"Can you turn my scribbles into a proper file note?\n\n{cn}\npol {pn}{' ' + cover if cover else ''}\n{facts}\nmy view on liab: {liab}\n{rtxt}\nnext - {nxt}"
    elif style == 2:
        u = (f"Write up a claim file note for {peril.lower()} claim {cn}, policy {pn}{' (' + cover + ')' if cover else ''}. Notes from the FNOL call: \"{facts}\". "
             f"Liability: {liab}. {'Reserve at ' + gbp(reserve) + '.' if has_res else ''} Next action is to {nxt[0].lower() + nxt[1:]}. Handler {h}.")
    else:
        u = f"claim {cn} pol {pn}{' ' + cover if cover else ''} peril {peril}\nfacts: {facts}\nliab: {liab}\n{'res ' + gbp(reserve) if has_res else ''}\nnext: {nxt}\nnote format please"
    u = typo(u)
    a = (f"Claim no.: {cn}\nPolicy: {pn}{' - ' + cover if cover else ''}\nPeril: {peril}\nFacts: {facts}\nLiability view: {liab}\n"
         f"Reserve: {gbp(reserve) + ' (initial)' if has_res else '[confirm reserve]'}\nNext action: {nxt}.")
    return u, a

# ---------------------------------------------------------------- family 3: complaint final response
COMPL = [
    ("delays in repairing your kitchen after an escape of water", "The drying contractor did not attend for nine days and you had to chase us four times.", "Upheld", "We did not meet our own standard for arranging drying.", "the claim delay"),
    ("the amount we offered for your stolen bicycle", "You felt our offer did not reflect the value of the bicycle.", "Not upheld", "The offer matched the purchase receipt less the stated policy limit, which we applied correctly.", "the settlement value"),
    ("the quality of the repair to your car", "The paint on the rear bumper did not match and the parking sensor stopped working.", "Upheld", "The repairer accepted the paint mismatch and the sensor fault.", "the repair quality"),
    ("our decision to decline your storm claim for your fence", "You said the fence was blown down in high winds.", "Not upheld", "The policy does not cover fences, gates and hedges for storm damage.", "the decline"),
    ("how your vet fee claim was handled", "We asked for the same clinical history twice and paid the vet late.", "Partly upheld", "The request for clinical history was valid but we should not have asked twice, and the payment was late.", "claim handling"),
    ("the excess deducted from your settlement", "You did not understand why the escape of water excess was higher than the standard excess.", "Not upheld", "The escape of water excess shown on your schedule was applied correctly, but we accept we could have explained it more clearly.", "the excess"),
    ("our handling of your windscreen claim", "The fitter cancelled two appointments and you were without your car for a week.", "Upheld", "The fitter cancelled without notice on two occasions.", "the windscreen appointments"),
]

FOS_PARA = ("If you are not happy with this response, you can ask the Financial Ombudsman Service to look at your complaint. It is free and independent. "
            "You must contact them within six months of the date of this letter; if you do not, the Ombudsman will not normally be able to consider your complaint "
            "and we do not consent to it doing so. You can contact the Ombudsman at Exchange Tower, London E14 9SR, on 0800 023 4567, or at financial-ombudsman.org.uk. "
            "We have enclosed the Ombudsman's leaflet.")

def complaint_example():
    subj, detail, outcome, reason, short = random.choice(COMPL)
    t, f, l = person()
    ref = f"CR-{random.randint(100000, 999999)}"
    rec, h = date(), random.choice(HANDLERS)
    comp = random.choice([0, 0, 50, 75, 100, 150, 200, 250]) if outcome != "Not upheld" else 0
    refund = random.choice([0, 0, 0, 120, 85, 240]) if outcome != "Not upheld" else 0
    style = random.randint(0, 3)
    remedy_bits = []
    if refund: remedy_bits.append(f"refund {gbp(refund)}")
    if comp: remedy_bits.append(f"{gbp(comp)} for distress and inconvenience")
    rem = " and ".join(remedy_bits) if remedy_bits else "none"
    if style == 0:
        u = f"FRL please. {t} {l}, complaint ref {ref} received {rec} about {subj}. {detail} Outcome: {outcome.lower()} - {reason} Redress: {rem}. Signed off by {h}."
    elif style == 1:
        u = (f"Need a final response letter drafting.\n\nCustomer: {t} {f} {l}\nRef: {ref}\nReceived: {rec}\nComplaint: {subj}\nWhat they said: {detail}\n"
             f"Decision: {outcome}\nWhy: {reason}\nPutting right: {rem}\nFrom: {h}")
    elif style == 2:
        u = (f"Pasting the cust's complaint - please write our final response, {outcome.lower()}.\n\n\"I'm writing to complain about {subj.replace('your', 'my').replace('our ', 'your ')}. {detail.replace('You ', 'I ').replace('your', 'my').replace('you ', 'I ').replace(' we ', ' you ').replace('We ', 'You ').replace(' us ', ' you ')} I want this sorted.\" - {t} {f} {l}\n\n"
             f"ref {ref}, recvd {rec}. Findings: {reason} Offer: {rem}. Letter from {h}.")
    else:
        u = f"final response ltr {ref} / {t} {l} / recd {rec} / re {short} / {outcome} / {reason} / redress {rem} / {h}"
    u = typo(u)
    if outcome == "Upheld":
        dec = f"We uphold your complaint. {reason} We are sorry for this."
    elif outcome == "Partly upheld":
        dec = f"We partly uphold your complaint. {reason}"
    else:
        dec = f"We do not uphold your complaint. {reason}"
    if remedy_bits:
        ptr = "To put things right we will " + " and ".join(
            ([f"refund {gbp(refund)}"] if refund else []) + ([f"pay you {gbp(comp)} for the distress and inconvenience caused"] if comp else [])) + ". Payment will reach you within 5 working days."
    elif outcome != "Not upheld":
        ptr = "You have not told us about any financial loss, so we are not making a payment, but we have fed your comments back to the team involved. If you have had costs because of this, please send us the details."
    else:
        ptr = "As we have not found that we did anything wrong, we are not offering any payment. Your claim remains open if you have anything further to send us."
    d2 = detail.replace("You ", "you ")
    a = (f"Final Response to Your Complaint\nOur reference: {ref}\nComplaint received: {rec}\n\nDear {t} {l},\n\n"
         f"Your complaint\nYou told us you were unhappy about {subj}. {detail}\n\n"
         f"What we found\n{reason}\n\nOur decision\n{dec}\n\nPutting things right\n{ptr}\n\n"
         f"Your right to refer to the Financial Ombudsman Service\n{FOS_PARA}\n\nYours sincerely,\n\n{h}\nCustomer Resolution Team, Brightwater Mutual")
    return u, a

# ---------------------------------------------------------------- family 4: settlement calculation
ITEMS = {
    "eow": [("Kitchen ceiling replaster", 900, 2400), ("Laminate flooring (hall)", 600, 1800), ("Redecoration", 400, 1500), ("Kitchen base units", 1200, 3800),
            ("Rug", 120, 600), ("Sofa", 500, 2200), ("Trace and access", 300, 900), ("Dehumidifier electricity", 40, 160)],
    "storm": [("Roof tiles and labour", 700, 2600), ("Guttering", 150, 500), ("Bedroom ceiling repair", 300, 1200), ("Garden fence panels", 200, 900),
              ("Skylight", 400, 1100), ("Carpet (bedroom)", 300, 900)],
    "theft": [("Laptop", 500, 1800), ("Engagement ring", 1200, 6000), ("Games console", 250, 550), ("Cash", 100, 900), ("Watch", 300, 4000), ("Bicycle", 300, 2500)],
    "pet": [("Consultation", 45, 90), ("X-rays", 250, 600), ("Surgery", 1500, 4200), ("Hospitalisation", 300, 1200), ("Medication", 40, 300), ("Hydrotherapy", 100, 600)],
    "motor": [("Rear bumper repair and paint", 500, 1400), ("Tailgate", 600, 1600), ("Parking sensor", 120, 350), ("ADAS calibration", 150, 320), ("Personal belongings", 100, 700)],
}
PERIL_NAME = {"eow": "escape of water", "storm": "storm", "theft": "theft", "pet": "vet fees", "motor": "motor own damage"}

def settlement_example():
    key = random.choice(list(ITEMS))
    picks = random.sample(ITEMS[key], random.randint(3, 5))
    cn = claimno({"eow": "H", "storm": "H", "theft": "H", "pet": "P", "motor": "M"}[key])
    excess = random.choice([75, 99, 100, 150, 200, 250, 300, 350, 400, 450])
    limit_note = None
    rows, lines = [], []
    single = random.choice([1000, 1500, 2000, 2500, 3000]) if key == "theft" else None
    for name, lo, hi in picks:
        claimed = money(lo, hi)
        allowed, reason = claimed, "Agreed as claimed"
        r = random.random()
        if key == "storm" and "fence" in name.lower():
            allowed, reason = 0, "Fences not covered for storm"
        elif single and claimed > single and name not in ("Cash",):
            allowed, reason = single, f"Single article limit {gbp(single)}"
        elif key == "theft" and name == "Cash" and claimed > 250:
            cl = random.choice([250, 500]); allowed, reason = min(claimed, cl), f"Money limit {gbp(cl)}"
            lines.append(f"money limit {gbp(cl)}")
        elif r < 0.3:
            pct = random.choice([10, 15, 20, 25])
            allowed, reason = round(claimed * (100 - pct) / 100), f"{pct}% wear and tear"
            lines.append(f"{name.lower()} {pct}% w&t")
        elif r < 0.45:
            allowed = claimed - money(10, max(25, min(200, claimed // 3)))
            reason = "Reduced to validated quote"
            lines.append(f"{name.lower()} cut to {gbp(allowed)} per validated quote")
        rows.append((name, claimed, allowed, reason))
    tc, ta = sum(r[1] for r in rows), sum(r[2] for r in rows)
    net = max(0, ta - excess)
    style = random.randint(0, 3)
    itemtxt = "\n".join(f"{n} {gbp(c)}" for n, c, _, _ in rows)
    adj = "; ".join(lines) if lines else "everything else as claimed"
    extra_rule = (f" Single article limit {gbp(single)}." if single else "") + (" Fences excluded for storm." if key == "storm" else "")
    if style == 0:
        u = f"Settlement calc for {cn} ({PERIL_NAME[key]}). Items claimed:\n{itemtxt}\nAdjustments: {adj}.{extra_rule} Excess {gbp(excess)}."
    elif style == 1:
        u = f"can u do the settlement table pls - {cn}, {PERIL_NAME[key]}, xs {gbp(excess)}.{extra_rule} claimed: " + ", ".join(f"{n.lower()} {gbp(c)}" for n, c, _, _ in rows) + f". {adj}"
    elif style == 2:
        u = (f"Please calculate the settlement for claim {cn}.\n\nPeril: {PERIL_NAME[key]}\nExcess: {gbp(excess)}\n{extra_rule.strip()}\n\nItems:\n" +
             "\n".join(f"- {n}: {gbp(c)}" for n, c, _, _ in rows) + f"\n\nMy adjustments: {adj}.")
    else:
        u = f"{cn} calc\n{itemtxt}\nxs {gbp(excess)}{extra_rule}\n{adj}"
    u = typo(u)
    tbl = "| Item | Claimed | Allowed | Reason |\n|---|---|---|---|\n" + "\n".join(f"| {n} | {gbp(c)} | {gbp(a_)} | {r} |" for n, c, a_, r in rows)
    tbl += f"\n| **Total** | **{gbp(tc)}** | **{gbp(ta)}** | |"
    a = (f"Settlement calculation - {cn}\nPeril: {PERIL_NAME[key].capitalize()}\n\n{tbl}\n\nTotal allowed: {gbp(ta)}\nLess excess: {gbp(excess)}\n"
         f"**Net payable: {gbp(net)}**" + ("\n\nThe allowed total is below the excess, so nothing is payable; record as a nil claim." if net == 0 else ""))
    return u, a

FAMS = [ack_example, filenote_example, complaint_example, settlement_example]

def build(n_per, seen):
    out = []
    for fam in FAMS:
        k = 0
        while k < n_per:
            u, a = fam()
            if u in seen:
                continue
            seen.add(u)
            out.append({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": u}, {"role": "assistant", "content": a}]})
            k += 1
    random.shuffle(out)
    return out

seen = set()
train = build(25, seen)
val = build(5, seen)
for name, rows in (("train.jsonl", train), ("validation.jsonl", val)):
    with open(os.path.join(BASE, name), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(train), len(val))

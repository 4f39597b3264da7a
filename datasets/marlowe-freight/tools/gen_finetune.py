#!/usr/bin/env python3
"""Fine-tuning examples: 4 task families x (25 train + 5 validation). Entities are invented for the examples
and deliberately do not match corpus entities (fictional towns, customers, hubs)."""
import json, os, random
R = random.Random(77)
HERE = os.path.dirname(__file__)

SYSTEM = ("You are the Marlowe Freight operations assistant for customer-service and depot staff. You draft four kinds of "
          "output in the house formats: (1) shipment-exception emails to customers (subject \"Shipment update – <ref>\" and the "
          "sections What happened / What we are doing / What you need to do), (2) rate quote summaries (fixed table plus a "
          "\"Valid until\" line), (3) driver/depot incident reports (numbered headed fields 1-10), and (4) customs paperwork "
          "checklists (checkbox lists grouped by Shipper, Marlowe Freight and Consignee). Use only the facts given in the "
          "request; if something needed is missing, write \"Not stated\" or ask for it rather than inventing it. British English.")

TOWNS = ["Ashcombe", "Kelbrook", "Thornbury Vale", "Dunmere", "Hollinsford", "Pellow Cross", "Brackenridge", "Saltmarsh",
         "Copley Heath", "Wendlebury", "Fenmoor", "Ravensby", "Oakhurst", "Millbrae", "Eastwold", "Larchfield", "Stanbridge",
         "Corrieford", "Tolland", "Hexley", "Brantwick", "Gorsley", "Whitmoor", "Calverden"]
EUTOWNS = [("Veldhaven", "NL"), ("Rivemont", "FR"), ("Kestenburg", "DE"), ("Lormeuil", "FR"), ("Sint-Arnout", "BE"),
           ("Brenzano", "IT"), ("Aldemar", "ES"), ("Moorkerk", "NL"), ("Halderbach", "DE"), ("Carrowglen", "IE"), ("Vallorbe-les-Pins", "FR")]
CUSTOMERS = ["Brightwell Ceramics", "Hanley & Voss", "Tarn Valley Foods", "Orbis Pumps", "Greyfriars Print", "Lumen Lighting Co",
             "Pennant Garden Supplies", "Castlegate Chemicals", "Norland Textiles", "Quayside Brewing", "Fellside Pharma",
             "Redmarsh Steel", "Kingfisher Toys", "Harrow & Pike Furniture", "Solent Marine Spares", "Bellmont Cosmetics",
             "Highgate Tiles", "Wyvern Electronics", "Ostler Agri", "Juniper Distillery", "Ashdown Paints", "Cobalt Cycles",
             "Meridian Medical", "Thistle Bakeries", "Vantage Tools", "Rowan Packaging", "Marlin Seafoods", "Oakleaf Timber"]
PEOPLE = ["Mr Hale", "Ms Okoye", "Priya", "Dave", "Mrs Lindqvist", "Tom Barker", "Sandra", "Mr Achterberg", "Gemma", "Ms Dufresne",
          "Rob", "Mrs Kowalczyk", "Aled", "Ms Mbeki", "Craig", "Fiona", "Mr Okonkwo", "Helen", "Joe", "Ms Rossi"]
STAFF = ["Karen (CS)", "Lewis, customer service", "Amira - Ops", "Dan Whitfield", "Customer Service Team", "Jo at CS", "Sam (Ops desk)"]
DATES = ["3 March", "11 March", "17 March", "24 March", "2 April", "9 April", "14 April", "21 April", "28 April", "5 May"]

def ref(): return f"MF-{R.randint(100000, 999999)}"
def typo(s):
    if R.random() < 0.3:
        words = s.split(" ")
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = R.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words)
    return s

# ------------------------------------------------------------------ family 1: exception emails
EXC = [
 dict(kind="delay", what="Your consignment of {n} pallets missed its trunk connection at our {hub} hub on {date} because {cause}.",
      doing="We have rebooked the pallets onto the next trunk and they are now due for delivery on {eta}.",
      you="No action is needed. If the new delivery date does not suit, reply to this email before {cutoff} on {eta_prev} and we will rearrange it."),
 dict(kind="damage", what="On delivery to {cons} on {date}, {dmg} pallet(s) out of {n} were found damaged ({dmgdesc}). The damage was noted on the POD by the driver.",
      doing="The damaged pallet(s) have been photographed and the incident has been logged for our claims team.",
      you="If you intend to claim, please report it within {claimdays} days of delivery quoting {ref}, with the cost invoice and photographs."),
 dict(kind="short", what="Our driver delivered {delivered} of {n} pallets to {cons} on {date}. {missing} pallet(s) did not arrive with the delivery.",
      doing="We are tracing the missing pallet(s) through the depot scans; the last scan was at {hub} on {lastscan}.",
      you="Please do not rebook the missing pallet(s). We will update you by {update}."),
 dict(kind="failed", what="We attempted delivery to {cons} on {date} at {time} but {reason}.",
      doing="The pallets have been returned to our {hub} depot and are held safely.",
      you="Please confirm a new delivery date and any access instructions by replying to this email. A second attempt is free; further attempts are charged as new deliveries."),
 dict(kind="customs", what="Your consignment for {cons} in {eucity} is held at {port} because {docissue}.",
      doing="The goods are in a secure bonded area and our customs team is ready to resubmit as soon as the document arrives.",
      you="Please send {doc} to us today so the hold can be released. Storage charges may apply after {free} hours."),
]
CAUSES = ["the trailer had a tyre failure on the {road}", "of heavy snow on the {road}", "a road closure on the {road}", "the pallets were short-shipped from the collection point", "of a late-running ferry"]
ROADS = ["A48", "M61", "A303", "A12", "M9", "A66", "A1079", "M50"]

def fam1(i):
    e = R.choice(EXC)
    r = ref(); n = R.randint(2, 8); hub = R.choice(TOWNS); cons = R.choice(CUSTOMERS); date = R.choice(DATES)
    who = R.choice(PEOPLE); me = R.choice(STAFF)
    eta = R.choice(["Thursday 12 March", "Friday 20 March", "Monday 30 March", "Tuesday 7 April", "Wednesday 15 April"])
    road = R.choice(ROADS)
    f = dict(n=n, hub=hub, date=date, cause=R.choice(CAUSES).format(road=road), eta=eta, cutoff="14:00", eta_prev="the day before",
             cons=cons, dmg=R.randint(1, max(1, n)), dmgdesc=R.choice(["crushed corner", "torn wrap and wet cartons", "forklift puncture", "collapsed top layer"]),
             claimdays=R.choice([5, 7, 10]), ref=r, delivered=max(1, n - 1), missing=1, lastscan=date + " 04:10",
             update=R.choice(["12:00 tomorrow", "end of play today", "10:00 Monday"]), time=R.choice(["09:15", "11:40", "14:05", "15:50"]),
             reason=R.choice(["the site was closed", "there was no forklift or staff to offload", "the access road was blocked by roadworks", "the goods-in team refused the delivery without a booking slot"]),
             eucity="%s (%s)" % R.choice(EUTOWNS), port=R.choice(["Dover", "the Calais border post", "Europoort", "Holyhead", "Zeebrugge"]),
             docissue=R.choice(["the commercial invoice does not show the commodity codes", "the EORI number on the booking is invalid", "the Export Health Certificate is missing", "the origin statement is not signed"]),
             doc=None, free=R.choice([24, 48]))
    f["doc"] = {"commercial invoice does not show": "a corrected commercial invoice showing the commodity codes", "EORI": "the correct EORI number",
                "Export Health": "the original Export Health Certificate", "origin": "a signed origin statement"}
    for k, v in f["doc"].items():
        if k in f["docissue"]: f["doc"] = v
    # user message
    facts = {"delay": f"{n} plts, missed trunk at {hub} on {date}, cause: {f['cause']}. new ETA {eta}. cust can ask to rearrange before 14:00 day before.",
             "damage": f"delivered to {cons} {date}, {f['dmg']} of {n} plts damaged - {f['dmgdesc']}, driver noted on POD. claims must be reported within {f['claimdays']} days of delivery, need cost invoice + photos.",
             "short": f"{f['delivered']} of {n} plts delivered to {cons} on {date}, 1 plt missing. last scan {hub} {f['lastscan']}. we'll update by {f['update']}. tell them not to rebook.",
             "failed": f"delivery attempt {cons} {date} {f['time']}, {f['reason']}. plts back at {hub} depot. 2nd attempt free, after that charged as new delivery.",
             "customs": f"consignment for {cons}, {f['eucity']}, held at {f['port']} - {f['docissue']}. goods in bonded area. need {f['doc']} today. storage may be charged after {f['free']} hrs."}[e["kind"]]
    style = R.randint(0, 4)
    if style == 0:
        u = f"Can you write the customer email for {r}? Customer contact is {who}. Facts: {facts} Sign off as {me}."
    elif style == 1:
        u = f"exception email pls - ref {r}, to {who}\n{facts}\nfrom {me}"
    elif style == 2:
        u = f"Need a shipment update to send to {who} re {r}.\n\nNotes from depot:\n- " + "\n- ".join(x.strip() for x in facts.split(". ") if x.strip()) + f"\n\nSign it {me}."
    elif style == 3:
        u = f"{r} - {who} chasing. draft the update email: {facts} sender {me}"
    else:
        u = f"Please draft our standard shipment update for consignment {r}. It goes to {who}. Here's what we know: {facts.rstrip('.')}. I'm {me}."
    u = typo(u)
    what = e["what"].format(**f); doing = e["doing"].format(**f); you = e["you"].format(**f)
    if e["kind"] == "delay" and f["eta"]:
        pass
    greet = who if not who.split()[0] in ("Mr", "Ms", "Mrs") else who
    a = (f"Subject: Shipment update – {r}\n\nDear {greet},\n\n**What happened**\n{what}\n\n**What we are doing**\n{doing}\n\n"
         f"**What you need to do**\n{you}\n\nKind regards,\n{me.split(',')[0].split(' (')[0].split(' -')[0].replace(' at CS','')}\nMarlowe Freight")
    return u, a

# ------------------------------------------------------------------ family 2: rate quotes
def money(x): return f"{x:,.2f}"
def fam2(i):
    cust = R.choice(CUSTOMERS); o = R.choice(TOWNS); intl = R.random() < 0.5
    if intl:
        d, cc = R.choice(EUTOWNS); dest = f"{d} ({cc})"
    else:
        dest = R.choice([t for t in TOWNS if t != o])
    svc = R.choice(["Next-Day Pallet", "Economy Groupage", "Temperature-Controlled", "ADR Hazmat"]) if not intl else R.choice(["Economy Groupage", "Temperature-Controlled", "ADR Hazmat"])
    n = R.randint(1, 9); rate = R.choice([62.5, 71, 78.4, 85, 92.75, 104, 118, 126.5, 139, 148.2])
    fuel = R.choice([9.4, 10.8, 11.5, 12.2, 13.7, 16.1, 8.9])
    rows = [("Base freight", f"{n} plts x {money(rate)}", n * rate)]
    base = n * rate
    rows.append(("Fuel surcharge", f"{fuel}% of base freight", round(base * fuel / 100, 2)))
    given = [f"{n} plts", f"base {money(rate)}/plt", f"fuel {fuel}%"]
    if intl:
        cr = R.choice([16, 20, 27, 29, 33]); rows.append(("Crossing surcharge", f"{n} plts x {money(cr)}", n * cr)); given.append(f"crossing {cr}/plt")
    if svc == "Temperature-Controlled":
        t = R.choice([24, 26, 30, 32]); rows.append(("Temperature-controlled", f"{n} plts x {money(t)}", n * t)); given.append(f"TC {t}/plt")
    if svc == "ADR Hazmat":
        ad = R.choice([30, 38, 40, 45]); rows.append(("ADR surcharge", "per consignment", ad)); given.append(f"ADR {ad} per consignment")
    if R.random() < 0.4:
        tl = R.choice([12, 14, 18]); rows.append(("Tail-lift", "per consignment", tl)); given.append(f"tail-lift {tl}")
    if R.random() < 0.3 and not intl:
        cg = R.choice([5.5, 7.0, 7.75]); rows.append(("Congestion surcharge", "per consignment", cg)); given.append(f"congestion {money(cg)}")
    if intl and R.random() < 0.6:
        ex = R.choice([30, 35, 40]); rows.append(("Export declaration", "per entry", ex)); given.append(f"export dec {ex}")
    total = round(sum(r[2] for r in rows), 2)
    issue_day = R.randint(1, 20); mon = R.choice(["March", "April", "May", "June"])
    valid_days = R.choice([7, 10, 14, 30])
    mnum = {"March": 3, "April": 4, "May": 5, "June": 6}[mon]
    import datetime
    vd = datetime.date(2026, mnum, issue_day) + datetime.timedelta(days=valid_days)
    transit = R.choice(["next working day", "2-3 working days", "3-4 working days", "4-6 working days"]) if intl or svc != "Next-Day Pallet" else "next working day"
    style = R.randint(0, 3)
    gl = ", ".join(given)
    if style == 0:
        u = f"Quote summary for {cust}: {svc}, {o} to {dest}. {gl}. Transit {transit}. Quote dated {issue_day} {mon} 2026, valid {valid_days} days."
    elif style == 1:
        u = f"can u put this into a quote for {cust} pls\n{o} -> {dest}, {svc.lower()}\n" + "\n".join(given) + f"\ntransit {transit}\nissued {issue_day}/{mnum}/26, validity {valid_days} days"
    elif style == 2:
        u = f"Customer {cust} wants a price for {n} pallets from {o} to {dest} on {svc}. Figures: {gl}. Transit is {transit}. Today is {issue_day} {mon} 2026 and the quote is good for {valid_days} days. Please lay it out in our quote format."
    else:
        u = f"rate quote - {cust}\nlane: {o} to {dest}\nservice: {svc}\ncharges: {gl}\ntransit: {transit}\ndate: {issue_day} {mon} 2026 / valid {valid_days} days"
    u = typo(u)
    tbl = "| Item | Basis | Amount (GBP) |\n|---|---|---|\n" + "\n".join(f"| {a} | {b} | {money(c)} |" for a, b, c in rows) + f"\n| **Total (excl. VAT)** | | **{money(total)}** |"
    a = (f"Rate quote – {cust}\nLane: {o} to {dest} | Service: {svc} | Pallets: {n}\n\n{tbl}\n\nTransit: {transit}\n"
         f"Prices exclude VAT. Fuel surcharge applies to base freight only.\nValid until: {vd.day} {vd.strftime('%B')} {vd.year}")
    return u, a

# ------------------------------------------------------------------ family 3: incident reports
INCS = [
 ("reversing collision", "While reversing onto bay {bay}, the trailer struck the dock leveller. {extra}", "Bay {bay} taken out of use; engineer called.", "Dock leveller inspection; driver banksman refresher."),
 ("load shift", "On opening the curtains at {site}, the top layer of pallet {p} had shifted against the curtain. {extra}", "Load restacked and secured before continuing.", "Check loading at origin depot; photo evidence to claims."),
 ("diesel spill", "A fuel tank strap failed and approx. {litres} litres of diesel leaked onto the yard at {site}. {extra}", "Spill kit used; drain covers placed.", "Workshop to replace strap; environmental log entry."),
 ("slip in yard", "{person} slipped on ice near the gatehouse at {site}. {extra}", "First aid given; area gritted.", "RIDDOR check by H&S manager; gritting schedule review."),
 ("forklift damage", "FLT operator pierced {p} pallet(s) while tipping the trailer at {site}. {extra}", "Damaged pallets quarantined and photographed.", "Claims team to contact customer; FLT refresher."),
 ("theft from trailer", "Driver found curtain slashed and {p} carton(s) missing after overnight stop at {site}. {extra}", "Police informed; crime reference {crime}.", "Security review of overnight parking; claims notified."),
 ("reefer alarm", "Reefer unit alarmed at {temp} C on the run to {site}; set point +5 C. {extra}", "Driver reset unit; temperature back in range after {mins} minutes.", "Download logger; check product with customer."),
 ("clandestine entry", "During checks at {site} the driver heard noises from the trailer. {extra}", "Driver called police and did not open the trailer.", "Border Force report; trailer security check."),
]
def fam3(i):
    kind, desc, act, fol = R.choice(INCS)
    site = R.choice(TOWNS) + R.choice([" depot", " services", " hub", " industrial estate", " lorry park"])
    f = dict(bay=R.randint(1, 40), site=site, p=R.randint(1, 4), litres=R.choice([20, 40, 60]), person=R.choice(["A shunter", "The driver", "An agency loader"]),
             crime=f"{R.choice(['WY','KT','NC','GM'])}/{R.randint(10000,99999)}/26", temp=R.choice([11, 14, 9]), mins=R.choice([20, 35, 50]),
             extra=R.choice(["No injuries.", "Nobody was hurt.", "Driver unhurt.", "Minor bruising, no hospital treatment."]))
    ref = f"INC-{R.choice(['WX','KB','HF'])}-{R.randint(100, 999)}"
    date = R.choice(DATES) + " 2026"; time = f"{R.randint(0,23):02d}:{R.choice(['05','20','35','50'])}"
    reg = f"{R.choice(['KX','MA','LB','YT','SN'])}{R.randint(60,75)} {R.choice(['FRT','HGV','MLW','PLT','DKR'])}"
    trailer = f"TR{R.randint(1000,9999)}"
    drv = R.choice(["Gary Lomax", "Kamil Nowicki", "Shona Baird", "Des Clarke", "Ifeoma Obi", "Pete Rudd", "Wayne Farrow", "Jas Kaur"])
    goods = R.choice(["3 plts ceramic tiles", "mixed groupage, 14 plts", "2 plts chilled dairy", "1 IBC detergent (UN1760, class 8)", "6 plts paper", "empty", "4 plts electrical goods"])
    injuries = "None" if "No" in f["extra"] or "unhurt" in f["extra"] else "Minor bruising, no hospital treatment"
    omit = set(R.sample(["vehicle", "goods", "followup"], R.randint(0, 1)))
    d = desc.format(**f); a_ = act.format(**f); fo = fol.format(**f)
    notes = [f"ref {ref}", f"{date} approx {time}", f"at {site}", f"driver {drv}"]
    if "vehicle" not in omit: notes.append(f"unit {reg} trailer {trailer}")
    notes.append(d)
    if "goods" not in omit: notes.append(f"load: {goods}")
    notes.append(f"action: {a_}")
    if "followup" not in omit: notes.append(f"follow up: {fo}")
    style = R.randint(0, 3)
    if style == 0:
        u = "Write up an incident report from this: " + "; ".join(notes)
    elif style == 1:
        u = "incident report pls\n" + "\n".join(notes)
    elif style == 2:
        u = f"{drv} rang in, can you turn this into the incident form? " + ". ".join(notes)
    else:
        u = "Driver statement pasted below, need it on the numbered incident report.\n\n\"" + " ".join(n[0].upper() + n[1:].rstrip(".") + "." for n in notes) + "\""
    u = typo(u)
    a = (f"INCIDENT REPORT\n\n1. Reference: {ref}\n2. Date and time: {date}, approx. {time}\n3. Location: {site}\n"
         f"4. Vehicle / trailer: {'Not stated' if 'vehicle' in omit else reg + ' / ' + trailer}\n5. Personnel involved: {drv} (driver)\n"
         f"6. Description: {d}\n7. Goods affected: {'Not stated' if 'goods' in omit else goods}\n8. Injuries: {injuries}\n"
         f"9. Immediate action taken: {a_}\n10. Follow-up required: {'Not stated' if 'followup' in omit else fo}")
    return u, a

# ------------------------------------------------------------------ family 4: customs checklists
GOODS = [
 ("farmhouse butter", ["Export Health Certificate signed by the vet", "commercial invoice", "packing list"], ["check EHC original is with driver", "route via border control post"], ["pre-notify 24h ahead in the EU system", "EU EORI"]),
 ("craft gin", ["commercial invoice with ABV and litres", "export declaration excise ref"], ["seal trailer, seal no. on CMR"], ["excise number", "pay duty or open e-AD"]),
 ("garden shrubs", ["phytosanitary certificate", "invoice", "packing list"], ["use approved BCP"], ["pre-notify 4 working hours before arrival", "EU EORI"]),
 ("industrial degreaser", ["SDS in English and local language", "DGN (class 3)", "invoice"], ["confirm ADR class accepted both ends", "instructions in writing for driver"], ["REACH registration", "EORI"]),
 ("wool scarves", ["invoice with origin statement", "packing list by style"], ["attach origin statement to export dec"], ["claim preference on import"]),
 ("hydraulic pumps", ["invoice + packing list with serial numbers", "Declaration of Conformity"], ["check pallet weight"], ["EORI", "postponed VAT accounting"]),
 ("oak flooring", ["invoice with species and country of harvest", "due diligence statement ref", "ISPM 15 on packaging"], ["refuse unmarked wood packaging"], ["lodge DDS ref on import"]),
 ("e-scooter batteries", ["UN38.3 test summary", "DGN class 9", "invoice"], ["ADR-capable depot only"], ["producer registration", "EORI"]),
 ("shortbread", ["invoice with commodity code", "origin statement"], ["keep away from ADR freight"], ["check high-risk food list", "EORI"]),
 ("hand cream", ["invoice", "EU Responsible Person on labels"], [], ["CPNP notification", "EORI"]),
 ("surveying drones", ["control list classification on invoice", "SIEL reference"], ["don't collect until licence ref on booking"], ["end-user statement"]),
 ("frozen scallops", ["EHC", "invoice with net weight", "packing list with seal nos"], ["temperature log", "BCP routing"], ["pre-notify in TRACES 24h before", "EORI + VAT no."]),
 ("vintage wine", ["invoice with ABV", "export dec with excise suspension"], ["seal trailer"], ["tax warehouse ref"]),
 ("steel rebar", ["invoice with steel category", "mill cert", "origin statement"], ["long lengths need part-load"], ["check safeguard quota", "EORI"]),
 ("veterinary vaccines", ["WDA(H) on invoice", "batch release cert"], ["temperature-controlled +2 to +8", "GDP temperature record"], ["EU wholesale authorisation"]),
]
def fam4(i):
    g, ship, mf, cons = R.choice(GOODS)
    o = R.choice(TOWNS); d, cc = R.choice(EUTOWNS)
    direction_uk_eu = R.random() < 0.8
    shipper = R.choice(CUSTOMERS); consignee = R.choice(["Maison Berthier", "Van Dijk Groothandel", "Kessler GmbH", "Distribuzione Ferri", "Hermanos Ruiz SL", "O'Dwyer Wholesale", "Janssens NV"])
    extra_ship = ["GB EORI on booking"] if R.random() < 0.7 else []
    notes = R.choice(["", "collection booked for Thurs", "customer new to exporting", "", "consignee wants docs copy by email"])
    style = R.randint(0, 3)
    def lst(x): return ", ".join(x) if x else "nothing extra"
    if style == 0:
        u = f"Customs checklist for {g}, {o} to {d} ({cc}). Shipper {shipper}, consignee {consignee}. Shipper needs: {lst(ship + extra_ship)}. We need to: {lst(mf)}. Consignee needs: {lst(cons)}." + (f" Note: {notes}." if notes else "")
    elif style == 1:
        u = f"checklist pls - {g} going {o} > {d} {cc}\nshipper ({shipper}): " + "; ".join(ship + extra_ship) + "\nus: " + ("; ".join(mf) or "-") + f"\nconsignee ({consignee}): " + "; ".join(cons) + (f"\n{notes}" if notes else "")
    elif style == 2:
        u = f"Can you build the paperwork checklist for {shipper}'s {g} shipment from {o} to {consignee} in {d} ({cc})? From our customs team:\n" + "\n".join(f"* shipper - {x}" for x in ship + extra_ship) + "\n" + "\n".join(f"* MF - {x}" for x in mf) + "\n" + "\n".join(f"* consignee - {x}" for x in cons)
    else:
        u = f"{g} export {o}-{d}. docs split: exporter {lst(ship + extra_ship)} | Marlowe {lst(mf)} | importer {lst(cons)}. pls format as checklist"
    u = typo(u)
    def cap(x): return x[0].upper() + x[1:]
    a = f"Customs checklist – {g[0].upper() + g[1:]} – {o} to {d} ({cc})\n\n**Shipper (exporter)" + (f": {shipper}" if style != 3 else "") + "**\n" + "\n".join(f"- [ ] {cap(x)}" for x in ship + extra_ship)
    a += "\n\n**Marlowe Freight**\n" + ("\n".join(f"- [ ] {cap(x)}" for x in mf) if mf else "- [ ] No additional actions stated")
    a += f"\n\n**Consignee (importer)" + (f": {consignee}" if style != 3 else "") + "**\n" + "\n".join(f"- [ ] {cap(x)}" for x in cons)
    if notes and style in (0, 1):
        a += f"\n\nNotes: {cap(notes)}."
    return u, a

FAMS = [fam1, fam2, fam3, fam4]
train, val = [], []
seen = set()
for fi, fn in enumerate(FAMS):
    out = []
    while len(out) < 30:
        u, a = fn(len(out))
        if u in seen: continue
        seen.add(u); out.append({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": u}, {"role": "assistant", "content": a}]})
    train += out[:25]; val += out[25:]
R.shuffle(train); R.shuffle(val)
os.makedirs(os.path.join(HERE, "..", "finetune"), exist_ok=True)
with open(os.path.join(HERE, "..", "finetune", "train.jsonl"), "w") as f:
    for x in train: f.write(json.dumps(x, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "..", "finetune", "validation.jsonl"), "w") as f:
    for x in val: f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(train), len(val))

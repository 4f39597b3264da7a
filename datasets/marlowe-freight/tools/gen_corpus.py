#!/usr/bin/env python3
"""Generate the bulk of the Marlowe Freight corpus from the entity tables in data.py."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from data import *

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
os.makedirs(OUT, exist_ok=True)
R = random.Random(ORG_SEED)
WRITTEN = {}

def write(fname, title, date, body, kind):
    assert fname not in WRITTEN, fname
    text = f"# {title}\nUpdated: {date}\n\n{body.strip()}\n"
    with open(os.path.join(OUT, fname), "w") as f:
        f.write(text)
    WRITTEN[fname] = kind

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def pick(*opts):
    return R.choice(opts)

UK = [d for d in D if d["country"] == "UK"]
EU = [d for d in D if d["country"] != "UK"]
ACTIVE_UK = [d for d in UK if d["status"] != "closed"]

def areas_for(code):
    return sorted([k for k, v in PC.items() if v[1] == code])

# ---------------------------------------------------------------- depots
DEPOT_DATES = {"DAV": "2026-08-03", "GLA": "2026-08-03", "MAN": "2026-07-06", "FXT": "2026-09-05", "BRD": "2026-08-28", "WKF": "2026-09-07"}
def depot_page(d):
    c = d["code"]
    date = DEPOT_DATES.get(c, pick("2026-05-18", "2026-06-22", "2026-07-14", "2026-09-21", "2026-10-05", "2026-10-26"))
    fname = f"depot-{slug(d['town'])}-{c.lower()}.md"
    if d["status"] == "closed":
        body = f"""**This depot is closed.** Bradford Depot (BRD) traded for the last time on 28 August 2026. Its collection and delivery work for the BD, HD and HX postcode areas moved to the new Wakefield Depot (WKF), which opened on 7 September 2026. See "Notice: Bradford depot closure (28 August 2026)" and "Depot: Wakefield (WKF)".

## Former details (for reference only)

| Field | Value |
|---|---|
| Depot code | BRD |
| Former address | {d['addr']}, Bradford {d['pc']} |
| Former weekday hours | {d['wk']} |
| Loading docks | {d['docks']} |
| ADR hazmat | not handled at this site |

## What customers should do
- Book all new collections in BD, HD and HX under depot code WKF.
- Consignments that were in the Bradford yard on 28 August 2026 were trunked to Wakefield overnight; tracking shows the WKF scan from 29 August 2026.
- Do not send drivers or customer collections to the Euroway address; the site has been handed back to the landlord.
- Standing orders and account pricing were migrated unchanged.
"""
        write(fname, "Depot: Bradford (BRD) - closed", date, body, "depot")
        return
    areas = areas_for(c)
    rows = [("Depot code", c), ("Address", f"{d['addr']}, {d['town']} {d['pc']}" if d['country']=="UK" else f"{d['addr']}, {d['pc']} {d['town']}, {d['region']}"),
            ("Weekday opening hours", d["wk"] if "continuous" in d["wk"] or "24" in d["wk"] else f"Monday-Friday {d['wk']}"),
            ("Saturday", "closed" if d["sat"] == "closed" else d["sat"]),
            ("Sunday", "closed" if c not in ("DVR","DAV","CQF") else ("open from 18:00 (night trunking)" if c=="DAV" else "24 hours")),
            ("Loading docks", str(d["docks"])),
            ("ADR hazmat", f"classes {d['adr']}" if d["adr"] else "not accepted at this depot"),
            ("Temperature-controlled chamber", "yes (+2 to +8 C and -25 to -18 C)" if d["temp"] else "no"),
            ("Depot manager", d["mgr"]), ("Telephone", d["phone"])]
    R.shuffle(rows[4:8])
    tbl = "| Field | Value |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    intro = pick(
        f"{d['name']} ({c}) is part of the Marlowe Freight network in {d['region']}.",
        f"This page gives the operating details of {d['name']}, depot code {c}.",
        f"{d['name']} serves customers in and around {d['town']} and is identified in booking systems as {c}.")
    if c == "DAV":
        intro += " It is the central trunking hub: every Next-Day Pallet consignment in Great Britain passes through Daventry overnight."
    if c == "WKF":
        intro += " The depot opened on 7 September 2026 and replaced Bradford Depot (BRD), which closed on 28 August 2026."
    cut = "## Cut-off times\n\n"
    if d["ndp"]:
        cut += f"- Next-Day Pallet: consignments must be collected or dropped at the depot by **{d['ndp']}** for next-working-day delivery.\n"
    else:
        cut += "- Next-Day Pallet: not offered from this depot (UK mainland product only).\n"
    cut += f"- Economy Groupage: booking cut-off **{d['eg']}** the working day before collection.\n"
    if c == "DAV":
        cut += "- The Next-Day Pallet cut-off changed from 17:00 to 16:30 on 3 August 2026 (see \"Notice: Next-Day Pallet cut-off changes from 3 August 2026\").\n"
    if c == "GLA":
        cut += "- The Next-Day Pallet cut-off changed from 16:00 to 15:30 on 3 August 2026 (see \"Notice: Next-Day Pallet cut-off changes from 3 August 2026\").\n"
    if d["temp"]:
        cut += f"- Temperature-Controlled: chilled and frozen pallets must be in the chamber by {d['eg']}.\n"
    hist = ""
    if c == "MAN":
        hist = "\n## Hours change\nFrom 6 July 2026 weekday hours were extended from 06:00-22:00 to 05:00-23:00 to absorb extra volume from the North West.\n"
    if c == "FXT":
        hist = "\n## Saturday closure\nSince 5 September 2026 Felixstowe Depot is closed on Saturdays (previously 07:00-12:00). Saturday collections in IP and CO postcodes are run from Dartford Depot by arrangement.\n"
    cov = ""
    if areas:
        cov = "## Postcode areas served\n\n" + ", ".join(areas) + ".\n"
    elif d["country"] != "UK":
        cov = f"## Role\n\nPartner-operated cross-dock handling Economy Groupage, Temperature-Controlled and ADR traffic for {d['region']} and neighbouring countries.\n"
    extra = []
    if R.random() < 0.6:
        extra.append(pick("## Driver information\n\nDrivers report to the gatehouse with the consignment reference. Hi-vis and safety boots are mandatory in the yard. Customer drop-offs are accepted at the trade counter during opening hours.",
                          "## Visiting the depot\n\nCustomer vehicles must book a drop-off slot at least two hours in advance through the customer portal. The yard speed limit is 5 mph and reversing is banksman-only.",
                          "## Access\n\nThe yard gate closes 15 minutes before the end of opening hours. Overheight vehicles use the rear gate. There is no public parking on site."))
    if d["adr"] and R.random() < 0.7:
        extra.append(f"## Hazmat notes\n\nADR consignments for this depot need a Dangerous Goods Note lodged at least 24 hours before collection. Classes handled here: {d['adr']}. Classes 1 (explosives) and 7 (radioactive) are never accepted anywhere on the Marlowe Freight network.")
    body = f"{intro}\n\n{tbl}\n\n{cut}{hist}\n{cov}\n" + "\n\n".join(extra) + "\n\nSee also: \"Depot FAQ: " + d['town'] + "\" and \"Marlowe Freight depot network overview\"."
    write(fname, f"Depot: {d['town']} ({c})", date, body, "depot")

for d in D:
    depot_page(d)

# ---------------------------------------------------------------- depot FAQ
for d in D:
    if d["status"] == "closed":
        continue
    c = d["code"]
    qs = []
    qs.append((f"What time do I need to get pallets to {d['town']} for next-day delivery?",
               f"The Next-Day Pallet cut-off at {d['town']} is {d['ndp']}." if d["ndp"] else f"{d['town']} does not offer Next-Day Pallet; the Economy Groupage booking cut-off is {d['eg']}."))
    qs.append(("Can I drop off hazardous goods here?",
               f"Yes, ADR classes {d['adr']} are accepted with a Dangerous Goods Note lodged 24 hours ahead." if d["adr"] else f"No. {d['town']} does not handle ADR consignments; they are routed through {pick('Daventry National Hub','the nearest ADR-capable depot')}."))
    qs.append(("Is the depot open on Saturday?", "No, the depot is closed on Saturdays." if d["sat"] == "closed" else f"Yes, Saturday hours are {d['sat']}."))
    qs.append(("How many loading docks are there?", f"{d['docks']} docks; customer drop-offs usually use the trade counter bays."))
    qs.append(("Can you store chilled stock overnight?", "Yes, the depot has a temperature-controlled chamber for Temperature-Controlled consignments in transit (not for storage beyond 48 hours)." if d["temp"] else "No, there is no temperature-controlled chamber at this depot."))
    if R.random() < 0.5:
        qs.append(("Who do I call about a missed collection?", f"Call the depot on {d['phone']} and quote the consignment reference; the depot manager is {d['mgr']}."))
    if c == "FXT":
        qs.append(("Can I still get a Saturday collection in Ipswich?", "Since 5 September 2026 Felixstowe is closed on Saturdays; Saturday collections are arranged through Dartford Depot."))
    if c == "WKF":
        qs.append(("I used to book with Bradford. What changes?", "Bradford (BRD) closed on 28 August 2026. Book BD, HD, HX and WF collections under WKF; your account rates did not change."))
    R.shuffle(qs)
    body = pick(f"Common questions from customers and drivers about {d['name']}.", f"Answers to the questions the {d['town']} team is asked most often.") + "\n\n"
    body += "\n\n".join(f"## {q}\n\n{a}" for q, a in qs)
    body += f"\n\nFull details are on \"Depot: {d['town']} ({c})\"."
    write(f"faq-depot-{slug(d['town'])}.md", f"Depot FAQ: {d['town']}", DEPOT_DATES.get(c, "2026-10-12"), body, "depot-faq")

# ---------------------------------------------------------------- postcode areas
for code, (name, dc, remote, days) in sorted(PC.items()):
    d = DEP[dc]
    date = "2026-09-07" if dc == "WKF" else ("2026-07-01" if code in LONDON_CC else pick("2026-05-11", "2026-06-15", "2026-10-19"))
    lines = [pick(f"The {code} postcode area ({name}) is served by {d['name']} ({dc}).",
                  f"Collections and deliveries in {code} ({name}) are handled by {d['name']}, code {dc}.")]
    lines.append("")
    lines.append("| Item | Detail |\n|---|---|")
    lines.append(f"| Serving depot | {d['name']} ({dc}) |")
    lines.append(f"| Next-Day Pallet delivery | {'next working day' if days == 1 else f'{days} working days'} |")
    lines.append(f"| Economy Groupage delivery | {days + 1}-{days + 2} working days |")
    lines.append(f"| Remote area surcharge | {'none' if remote == 0 else f'GBP {remote} per pallet'} |")
    if code in LONDON_CC:
        lines.append(f"| London congestion surcharge | GBP {CONGESTION} per consignment (from 1 July 2026) |")
    if code == "BT":
        lines.append(f"| Crossing | Cairnryan-Belfast, GBP {FERRY['ni'][1]} per pallet |")
    if code == "IM":
        lines.append("| Crossing | Heysham-Douglas ferry, included in the remote area surcharge |")
    lines.append("")
    if dc == "WKF":
        lines.append(f"Until 28 August 2026 this area was served by Bradford Depot (BRD). Since 7 September 2026 it is served by Wakefield Depot (WKF)." if code in ("BD","HD","HX") else "Wakefield Depot (WKF) opened on 7 September 2026.")
    if remote:
        lines.append(pick("Remote area surcharges are applied per pallet on top of the lane rate and are not subject to fuel surcharge.",
                          "The remote area surcharge covers longer trunking and island crossings; it is charged per pallet and is exempt from the fuel surcharge."))
    if days > 1:
        lines.append(f"Next-Day Pallet is sold into {code} as a {days}-day service; timed and Saturday deliveries are not available.")
    else:
        lines.append(pick("Timed AM and pre-10:00 deliveries are available on request.", "Timed deliveries (AM or pre-10:00) can be added at booking.", "Saturday delivery is available for an additional charge where the serving depot opens on Saturdays."))
    lines.append(pick(f"Collections in {code} must be booked before the {d['code']} cut-off ({d['ndp']} for Next-Day Pallet, {d['eg']} for Economy Groupage).", f"The {d['town']} depot runs collection rounds across {code} every working day; book before {d['ndp']} for next-day service.", f"Customer drop-offs for {code} addresses can be made at {d['name']} during opening hours ({'Monday-Friday ' + d['wk'] if 'continuous' not in d['wk'] else 'continuous from Sunday 18:00 to Saturday 14:00'})."))
    lines.append(pick("\nSee \"Remote areas and island deliveries\" and the current surcharge schedule for charges.", "\nCharges are listed in \"Surcharge schedule (current)\".", f"\nFor depot hours see \"Depot: {d['town']} ({dc})\"."))
    write(f"postcode-area-{code.lower()}.md", f"Postcode area {code} - {name}", date, "\n".join(lines), "postcode")

# ---------------------------------------------------------------- lanes
CROSS_BY = {"CQF": "short", "LYS": "short", "DUS": "short", "ANR": "short", "RTM": "north", "DUB": "irish"}
def uk_transit(o):
    far = {"ABD": 2, "INV": 2, "BFS": 1, "PLY": 1, "CAR": 1, "GLA": 1, "EDI": 1, "NCL": 1, "SWA": 1, "EXE": 1}
    return far.get(o["code"], 0)
BASE_DAYS = {"CQF": 2, "ANR": 2, "RTM": 2, "DUS": 3, "LYS": 4, "DUB": 2}
MAXPLT = {"CQF": 12, "ANR": 10, "RTM": 12, "DUS": 10, "LYS": 8, "DUB": 10}
lane_count = 0
for o in ACTIVE_UK:
    for e in EU:
        cross = CROSS_BY[e["code"]]
        if o["code"] == "HUL" and e["code"] == "RTM":
            pass
        extra = uk_transit(o)
        tmin = BASE_DAYS[e["code"]] + extra
        tmax = tmin + (1 if e["code"] in ("CQF", "ANR", "RTM", "DUB") else 2)
        fname = f"lane-{o['code'].lower()}-{e['code'].lower()}.md"
        title = f"Lane: {o['town']} ({o['code']}) to {e['town']} ({e['code']})"
        fn, fee, route = FERRY[cross]
        date = "2026-06-01" if cross == "short" else pick("2026-03-16", "2026-05-04", "2026-09-14", "2026-10-05")
        if o["code"] == "WKF":
            date = "2026-09-07"
        services = ["Economy Groupage"]
        if o["temp"] and e["temp"]:
            services.append("Temperature-Controlled")
        if o["adr"] and e["adr"]:
            services.append("ADR Hazmat")
        mp = MAXPLT[e["code"]]
        maxw = 1000 if e["code"] != "DUB" else 1100
        style = R.randint(0, 2)
        if style == 0:
            body = f"""Export lane from {o['name']} to the partner depot at {e['town']}, {e['region']}.

| Item | Value |
|---|---|
| Transit time | {tmin}-{tmax} working days, collection to delivery |
| Crossing | {route} |
| {fn} | GBP {fee} per pallet |
| Maximum pallets per consignment | {mp} |
| Maximum pallet weight | {maxw} kg |
| Services | {', '.join(services)} |

Fuel surcharge applies to the base freight (see the monthly "Fuel surcharge" notice). Customs export declarations are charged at GBP {EXPORT_DEC} per entry unless the customer's own agent lodges them.
"""
        elif style == 1:
            body = f"""This page describes the {o['code']}-{e['code']} lane: collections in the {o['town']} area delivered through {e['name']}.

## Transit
Allow **{tmin}-{tmax} working days**. Consignments trunk via Daventry National Hub{' and Dover Gateway' if cross == 'short' else ''} and cross on the {route} route.

## Limits
- Up to {mp} pallets per consignment on this lane; larger orders are quoted as part-loads.
- Maximum {maxw} kg per pallet, maximum height 1.8 m for international groupage.

## Lane surcharges
- {fn}: GBP {fee} per pallet.
- Fuel surcharge: the percentage published for the month of collection.
{'- ADR Hazmat: GBP ' + str(ADR_SURCHARGE) + ' per consignment.' if 'ADR Hazmat' in services else '- ADR Hazmat is not available on this lane.'}

Services on this lane: {', '.join(services)}.
"""
        else:
            body = f"""{o['town']} to {e['town']} ({e['region']}).

Key facts for customer service:
- Service(s): {', '.join(services)}
- Door-to-door transit: {tmin} to {tmax} working days
- Sea/tunnel crossing: {route}
- Crossing surcharge: GBP {fee} per pallet ({fn.split(' (')[0]})
- Pallet limit: {mp} pallets per consignment, {maxw} kg each

Quotes on this lane are built from the lane base rate, plus the crossing surcharge, plus the monthly fuel surcharge, plus any add-ons. See "How rate quotes are built" for the method.
"""
        if cross == "short":
            body += "\nThe short-sea surcharge rose from GBP 18 to GBP 22 per pallet on 1 June 2026.\n"
        if R.random() < 0.35:
            body += pick("\nOutbound customs: the shipper must provide a commercial invoice and EORI number before collection.\n",
                         "\nFor commodity-specific paperwork see the relevant \"Customs guide\" page.\n",
                         "\nPeak-season note: allow an extra working day between 1 and 20 December.\n")
        write(fname, title, date, body, "lane")
        lane_count += 1

# import lanes: EU depot to UK region
REGIONS = sorted(set(d["region"] for d in ACTIVE_UK))
for e in EU:
    for reg in REGIONS:
        cross = CROSS_BY[e["code"]]
        fn, fee, route = FERRY[cross]
        deps = [d for d in ACTIVE_UK if d["region"] == reg]
        tmin = BASE_DAYS[e["code"]] + (1 if reg in ("Scotland", "Northern Ireland") else 0)
        tmax = tmin + 2
        fname = f"lane-import-{e['code'].lower()}-{slug(reg)}.md"
        date = "2026-06-01" if cross == "short" else pick("2026-04-06", "2026-09-28")
        if reg == "Yorkshire":
            date = "2026-09-07"
        body = f"""Import lane: consignments collected by or delivered to {e['name']} for delivery in {reg}.

| Item | Value |
|---|---|
| Transit | {tmin}-{tmax} working days |
| Crossing | {route} |
| Crossing surcharge | GBP {fee} per pallet |
| Import customs clearance | GBP {IMPORT_CLR} per entry |
| Delivering depots | {', '.join(d['code'] for d in deps)} |

{pick('Goods must be cleared into the UK before delivery; duty and import VAT are billed to the importer of record unless DDP terms are agreed.', 'The importer of record pays duty and import VAT unless the booking is DDP. Clearance is lodged by Marlowe Freight at the port of entry.')}
{"Since 7 September 2026 BD, HD and HX deliveries are made by Wakefield (WKF) instead of Bradford, and WF deliveries moved from Leeds to Wakefield." if reg == 'Yorkshire' else ''}
{pick('See "Customs overview: UK-EU trade after Brexit" for the paperwork.', 'Pallet limits follow the matching export lane.', 'Temperature-Controlled imports need the chamber at the delivering depot; check the depot page.')}
"""
        write(fname, f"Import lane: {e['town']} ({e['code']}) to {reg}", date, body, "lane")
        lane_count += 1

# ---------------------------------------------------------------- fuel surcharge notices
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
keys = sorted(FUEL)
for i, k in enumerate(keys):
    y, m = k.split("-")
    pct, ppl = FUEL[k]
    prev = FUEL[keys[i-1]][0] if i else None
    mon = MONTHS[int(m)-1]
    pub_m = int(m) - 1 or 12
    pub_y = int(y) if int(m) > 1 else int(y) - 1
    date = f"{pub_y}-{pub_m:02d}-25"
    change = "" if prev is None else (f"up from {prev}%" if pct > prev else (f"down from {prev}%" if pct < prev else f"unchanged from {prev}%"))
    body = f"""The Marlowe Freight fuel surcharge for collections made in **{mon} {y}** is **{pct}%** of base freight{(', ' + change) if change else ''}.

| Item | Value |
|---|---|
| Applies to | collections from 1 to end of {mon} {y} |
| Surcharge | {pct}% |
| Reference diesel price | {ppl} pence per litre (ex VAT, bulk) |
| Previous month | {str(prev) + '%' if prev else 'n/a'} |

## How it is applied
{pick('The percentage is applied to base freight only. It is not applied to crossing surcharges, remote area surcharges, customs fees or add-on services.', 'Fuel surcharge is calculated on the base freight charge. Crossing, remote area, ADR, customs and add-on charges are excluded.')}
{pick('The reference price is the average bulk diesel price for the second full week of the previous month.', 'The surcharge is reviewed monthly against the published bulk diesel reference price.')}

See "Fuel surcharge methodology" for the banding table.
"""
    write(f"fuel-surcharge-{y}-{m}.md", f"Fuel surcharge - {mon} {y}", date, body, "fuel")

# ---------------------------------------------------------------- country pages
for name, s, via, cross, tt, ban in COUNTRIES:
    e = DEP[via]
    fn, fee, route = FERRY[cross]
    date = "2026-06-01" if cross == "short" else "2026-05-25"
    body = f"""Marlowe Freight delivers to and collects from {name} through {e['name']} ({via}).

## Service summary
- Economy Groupage transit from Daventry: {tt} working days
- Crossing: {route}; {fn.split(' (')[0].lower()} GBP {fee} per pallet
- Temperature-Controlled: {'available' if e['temp'] else 'not available'} via {via}
- ADR Hazmat: {'available, classes ' + e['adr'] if e['adr'] else 'not available'}

## Driving restrictions
{ban}

## Customs
{'Ireland is in the EU: full export and import declarations apply to GB-Ireland traffic. Goods moving from Northern Ireland follow the Windsor Framework (see "Northern Ireland and the Windsor Framework").' if name == 'Ireland' else ('Switzerland is outside the EU customs union; an additional transit (T1) document is needed when crossing France.' if name == 'Switzerland' else 'Standard UK export and EU import declarations apply. Check the commodity-specific "Customs guide" pages.')}
"""
    write(f"country-{s}.md", f"Country guide: {name}", date, body, "country")

print("generated", len(WRITTEN), "lanes", lane_count)
import json
json.dump(WRITTEN, open(os.path.join(os.path.dirname(__file__), "written_a.json"), "w"))

#!/usr/bin/env python3
"""Customs guides, incident reports, packaging rules."""
import os, random, re, sys, json, datetime
sys.path.insert(0, os.path.dirname(__file__))
from data import *

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
R = random.Random(ORG_SEED + 1)
WRITTEN = {}
def write(fname, title, date, body, kind):
    assert fname not in WRITTEN, fname
    assert not os.path.exists(os.path.join(OUT, fname)) or fname in WRITTEN, fname
    with open(os.path.join(OUT, fname), "w") as f:
        f.write(f"# {title}\nUpdated: {date}\n\n{body.strip()}\n")
    WRITTEN[fname] = kind
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
def pick(*o): return R.choice(o)

# ---------------------------------------------------------------- customs guides
CAT = {
 "poao": dict(label="product of animal origin", ship=["Export Health Certificate (EHC) signed by an Official Veterinarian", "Commercial invoice with commodity code and net weight", "Packing list matching the EHC seal numbers"],
              mf=["Check the EHC original travels with the driver", "Route through a Border Control Post (Calais or Rotterdam)", "Temperature log if chilled or frozen"],
              cons=["Pre-notify the consignment in TRACES (CHED-P) at least 24 hours before arrival at the Border Control Post", "Provide EU EORI number and import VAT number"], temp=True),
 "plant": dict(label="plant or plant product", ship=["Phytosanitary certificate issued by APHA (or DAERA for NI exports)", "Commercial invoice", "Packing list with variety and country of growth"],
               mf=["Use an approved Border Control Post", "Keep the phytosanitary original with the CMR"], cons=["Pre-notify in TRACES (CHED-PP) at least 4 working hours before arrival", "EU EORI number"], temp=False),
 "alcohol": dict(label="excise good (alcohol)", ship=["Commercial invoice showing alcohol by volume and litres of pure alcohol", "UK export declaration with excise suspension reference", "Excise movement closed out in EMCS on export"],
                 mf=["Seal the trailer and record the seal number on the CMR", "Lodge the export declaration (GBP 38 per entry) unless the shipper's agent does"], cons=["EU excise number or tax warehouse reference", "Open an e-AD on arrival or pay duty at import"], temp=False),
 "chem": dict(label="chemical", ship=["Safety Data Sheet (SDS) in English and the language of the destination country", "Commercial invoice", "Dangerous Goods Note if the substance is ADR-classified"],
              mf=["Confirm ADR class is accepted at both origin and destination depots", "Tremcards / instructions in writing for the driver"], cons=["EU REACH registration or Only Representative details", "EU EORI number"], temp=False),
 "pharma": dict(label="medicinal product", ship=["Wholesale Dealer's Licence (WDA(H)) number on the invoice", "Certificate of analysis or batch release certificate", "Commercial invoice"],
                mf=["Temperature-Controlled service for +2 to +8 C products", "GDP-compliant temperature record for the whole journey"], cons=["EU wholesale authorisation or marketing authorisation number", "Qualified Person batch testing arrangements on import"], temp=True),
 "dual": dict(label="possible dual-use item", ship=["Control list classification (UK Strategic Export Control List) on the invoice", "Export licence reference (SIEL or OGEL) if controlled", "Commercial invoice"],
              mf=["Do not collect until the licence reference is on the booking", "Hold documents for inspection at export"], cons=["End-user statement if requested by the shipper", "EU EORI number"], temp=False),
 "textile": dict(label="textile or clothing good", ship=["Commercial invoice with origin statement for zero tariff under the TCA", "Packing list by size and style", "Supplier declarations supporting UK origin"],
                 mf=["Attach origin statement to the export declaration"], cons=["Claim preference on the import declaration", "EU EORI number"], temp=False),
 "machine": dict(label="machinery or equipment", ship=["Commercial invoice and packing list with serial numbers", "EU Declaration of Conformity (CE marking)", "Origin statement if claiming zero tariff"],
                 mf=["Check pallet weight limits; heavy machines may need a part-load quote", "Tail-lift booking if the consignee has no forklift"], cons=["EU EORI number", "Import VAT arrangements (postponed accounting where available)"], temp=False),
 "wood": dict(label="timber or wood product", ship=["Commercial invoice with species and country of harvest", "EU Deforestation Regulation due diligence statement reference (provided to the EU importer)", "ISPM 15 marks on any wooden packaging"],
              mf=["Refuse unmarked wooden packaging on international lanes"], cons=["Lodge the due diligence statement reference on import", "EU EORI number"], temp=False),
 "battery": dict(label="lithium battery or battery-powered good", ship=["UN38.3 test summary", "Dangerous Goods Note (ADR class 9) for loose cells or packed batteries", "Commercial invoice"],
                 mf=["Class 9 accepted only at ADR-capable depots", "Orange plates if above ADR small-load thresholds"], cons=["EU EORI number", "Battery Regulation producer registration in the destination country"], temp=False),
 "food": dict(label="food not of animal origin", ship=["Commercial invoice with commodity code", "Origin statement for zero tariff", "Ingredients list if composite"],
              mf=["Keep ambient food away from ADR freight in the trailer"], cons=["Check if the product is on the high-risk food list (CHED-D pre-notification)", "EU EORI number"], temp=False),
 "cosmetic": dict(label="cosmetic product", ship=["Commercial invoice", "Name of the EU Responsible Person on labels", "Safety Data Sheet for aerosols or flammable products"],
                  mf=["Aerosols travel as ADR class 2 (limited quantity)"], cons=["Notify the product in CPNP before placing on the market", "EU EORI number"], temp=False),
 "general": dict(label="general manufactured good", ship=["Commercial invoice", "Packing list", "Origin statement if claiming zero tariff"],
                 mf=["Lodge the export declaration (GBP 38 per entry) unless the shipper's agent does"], cons=["EU EORI number", "Pay or defer import VAT and any duty"], temp=False),
 "steel": dict(label="steel product", ship=["Commercial invoice with steel category", "Mill certificate", "Origin statement"],
               mf=["Long lengths over 2.4 m need a part-load quote"], cons=["Check EU steel safeguard quota availability in TARIC before arrival", "EU EORI number"], temp=False),
}
COMM = """cheddar cheese|0406|poao
fresh beef|0201|poao
frozen pork|0203|poao
smoked salmon|0305|poao
fresh fish fillets|0304|poao
honey|0409|poao
shell eggs|0407|poao
butter|0405|poao
yoghurt|0403|poao
pet food containing meat|2309|poao
gelatine|3503|poao
sausages and cured meats|1601|poao
milk powder|0402|poao
shellfish|0307|poao
seed potatoes|0701|plant
cut flowers|0603|plant
live plants and shrubs|0602|plant
fresh apples|0808|plant
soft fruit|0810|plant
vegetable seeds|1209|plant
cereal grain|1001|plant
hay and straw|1214|plant
Scotch whisky|2208|alcohol
gin|2208|alcohol
wine|2204|alcohol
beer and ale|2203|alcohol
cider|2206|alcohol
liqueurs|2208|alcohol
paints and varnishes|3208|chem
industrial solvents|3814|chem
adhesives|3506|chem
cleaning chemicals|3402|chem
fertilisers|3105|chem
lubricating oils|2710|chem
sodium hydroxide|2815|chem
printing inks|3215|chem
resins and polymers|3907|chem
agrochemicals and pesticides|3808|chem
prescription medicines|3004|pharma
vaccines|3002|pharma
medical devices|9018|general
veterinary medicines|3004|pharma
vitamins and food supplements|2106|food
laboratory reagents|3822|chem
laptops and computers|8471|dual
drones|8806|dual
thermal imaging cameras|9025|dual
encryption hardware|8517|dual
machine tools|8458|machine
semiconductors|8541|dual
night-vision equipment|9013|dual
industrial lasers|9013|dual
cotton clothing|6109|textile
wool knitwear|6110|textile
footwear|6403|textile
leather handbags|4202|textile
bed linen|6302|textile
carpets and rugs|5703|textile
technical fabrics|5903|textile
workwear and PPE garments|6211|textile
agricultural machinery|8432|machine
pumps|8413|machine
compressors|8414|machine
forklift trucks|8427|machine
generators|8502|machine
packaging machinery|8422|machine
catering equipment|8419|machine
engine parts|8409|machine
vehicle spare parts|8708|machine
bicycles|8712|machine
e-bikes|8711|battery
sawn timber|4407|wood
wooden furniture|9403|wood
plywood|4412|wood
wood pellets|4401|wood
paper and board|4810|wood
printed books|4901|general
charcoal|4402|wood
lithium-ion battery packs|8507|battery
power tools with batteries|8467|battery
mobile phones|8517|battery
electric scooters|8711|battery
uninterruptible power supplies|8504|battery
biscuits|1905|food
chocolate confectionery|1806|food
pasta|1902|food
breakfast cereals|1904|food
tea and coffee|0901|food
bottled water and soft drinks|2202|food
olive oil|1509|food
nuts and dried fruit|0802|food
spices|0910|food
rice|1006|food
sauces and condiments|2103|food
perfume|3303|cosmetic
shampoo and hair care|3305|cosmetic
skin care creams|3304|cosmetic
aerosol deodorants|3307|cosmetic
nail varnish|3304|cosmetic
toys|9503|general
sports equipment|9506|general
furniture (metal and plastic)|9403|general
glassware|7013|general
ceramic tiles|6907|general
sanitary ware|6910|general
plastic packaging|3923|general
household appliances|8516|general
lighting|9405|general
musical instruments|9207|general
jewellery|7113|general
watches|9102|general
artwork and antiques|9701|general
office stationery|4820|general
tyres|4011|general
car batteries (lead-acid)|8507|battery
solar panels|8541|general
cable and wire|8544|general
steel beams and sections|7216|steel
steel sheet and coil|7208|steel
stainless steel tube|7306|steel
fasteners (bolts and screws)|7318|steel
aluminium profiles|7604|steel
copper pipe|7411|steel
scrap metal|7204|steel
building insulation|6806|general
cement and mortar|2523|general
bricks and blocks|6901|general
kitchen worktops|6802|general
garden furniture|9401|general
pet accessories|4201|general
baby products|9619|general
hand tools|8205|general
medical gloves|4015|general
hand sanitiser|3808|chem
e-cigarettes and vapes|8543|battery
wind turbine components|8503|machine
aircraft parts|8803|dual
marine engines|8407|machine""".split("\n")

CUSTOMS_INDEX = []
for i, line in enumerate(COMM):
    name, hs, cat = line.split("|")
    c = CAT[cat]
    date = pick("2026-02-09", "2026-03-23", "2026-05-26", "2026-06-29", "2026-08-17", "2026-10-12", "2025-11-03")
    title = f"Customs guide: {name[0].upper() + name[1:]}"
    fname = f"customs-guide-{slug(name)}.md"
    ship = list(c["ship"]); mf = list(c["mf"]); cons = list(c["cons"])
    extra = []
    if cat == "poao" and name in ("honey", "gelatine", "pet food containing meat"):
        extra.append("Composite or processed products may use a simplified EHC; check the EHC number with APHA.")
    if name == "seed potatoes":
        extra.append("Seed potatoes from Great Britain remain prohibited for the EU market except Northern Ireland movements under the Windsor Framework; Marlowe Freight will not accept GB seed potatoes for EU lanes.")
    if cat == "alcohol":
        extra.append(f"Wine, spirits and beer need the UK export declaration before the trailer reaches {pick('Dover Gateway','the port')}; duty-suspended goods must stay sealed.")
    if name == "scrap metal":
        extra.append("Waste shipments need Annex VII documents; hazardous scrap is not carried.")
    if name in ("artwork and antiques",):
        extra.append("Cultural goods over GBP 65,000 need an Arts Council export licence before collection.")
    if name == "e-cigarettes and vapes":
        extra.append("Nicotine e-liquids are also excise goods in several EU countries; the consignee must confirm the excise position before collection.")
    if cat == "dual" and name in ("drones", "night-vision equipment", "thermal imaging cameras"):
        extra.append("These items are frequently licensable; most shipments need a SIEL. Expect longer customs holds at export.")
    style = R.randint(0, 1)
    intro = pick(f"Paperwork needed to move {name} (commodity code heading {hs}) from Great Britain to the EU on Marlowe Freight lanes. This item is treated as a {c['label']}.",
                 f"This guide lists the documents for {name}, HS heading {hs}, classed by Marlowe Freight customs staff as a {c['label']}.",
                 f"{name[0].upper() + name[1:]} ({hs}) are handled as a {c['label']}. Use this guide before booking any GB-EU consignment.")
    if style == 0:
        body = intro + "\n\n## Shipper (exporter)\n" + "\n".join(f"- {x}" for x in ship) + "\n- GB EORI number on the booking\n\n## Marlowe Freight\n" + "\n".join(f"- {x}" for x in mf) + "\n\n## Consignee (importer)\n" + "\n".join(f"- {x}" for x in cons) + "\n"
    else:
        rows = [(x, "Shipper") for x in ship + ["GB EORI number on the booking"]] + [(x, "Marlowe Freight") for x in mf] + [(x, "Consignee") for x in cons]
        body = intro + "\n\n| Document / action | Responsible party |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows) + "\n"
    if extra:
        body += "\n## Special notes\n" + "\n".join(f"- {x}" for x in extra) + "\n"
    if c["temp"]:
        body += "\nChilled or frozen consignments must be booked on Temperature-Controlled; see \"Temperature-Controlled service\".\n"
    body += "\n" + pick("Marlowe Freight charges GBP 38 per export declaration and GBP 52 per import clearance entry.",
                        "Import in the other direction (EU to GB) needs the mirror-image documents; the UK importer pre-notifies via IPAFFS where applicable.",
                        "See \"Customs overview: UK-EU trade after Brexit\" for general rules on EORI, Incoterms and origin statements.")
    write(fname, title, date, body, "customs")
    CUSTOMS_INDEX.append((fname, name, hs, cat))

# ---------------------------------------------------------------- incidents
UKD = [d for d in D if d["country"] == "UK" and d["status"] == "open"]
TYPES = [
 ("weather-snow", "Snow and ice", "heavy snow closed routes and slowed trunking"),
 ("weather-flood", "Flooding", "surface water flooding blocked access roads"),
 ("weather-wind", "High winds", "high-sided vehicle restrictions on exposed routes"),
 ("road-closure", "Motorway closure", "an unplanned closure after a multi-vehicle collision"),
 ("vehicle-breakdown", "Vehicle breakdown", "a tractor unit broke down on the trunk run"),
 ("rtc", "Road traffic collision", "a Marlowe Freight vehicle was involved in a collision"),
 ("it-outage", "IT outage", "the handheld scanning system was unavailable"),
 ("theft", "Load theft", "curtains were slashed and goods removed at an overnight stop"),
 ("clandestine", "Clandestine entry", "people were found in a trailer during checks"),
 ("reefer", "Temperature excursion", "a reefer unit failed and chamber temperature rose"),
 ("spill", "ADR spillage", "a drum leaked during unloading"),
 ("forklift", "Depot handling damage", "a forklift pierced pallets during tipping"),
 ("port-delay", "Port delays", "queues at the port after a systems failure at the border"),
 ("strike", "Industrial action", "industrial action by port or ferry workers"),
 ("customs-hold", "Customs hold", "consignments were held for documentary checks"),
]
PORT_LOC = ["Port of Dover", "Port of Calais", "Eurotunnel Folkestone", "Port of Hull", "Holyhead", "Europoort Rotterdam", "Cairnryan", "Harwich International", "Port of Dublin"]
ROADS = ["M1 J15-J16", "M6 J10-J11", "M62 J22-J25", "A1(M) J56-J57", "M74 J5-J6", "M4 J23-J24", "M25 J1a-J2", "A14 J10-J11", "M5 J17-J18", "M8 J8-J10", "A9 Drumochter", "M20 J8-J9", "A55 Conwy", "M18 J2-J3"]
STAFF = ["driver A. Cole", "driver B. Singh", "driver C. Murray", "driver D. Evans", "shift manager F. Lowe", "driver G. Patel", "driver H. Quinn", "night trunker J. Walsh", "driver K. Novak", "driver L. Price", "FLT operator M. Doyle", "driver N. Ibrahim"]
INC = []
start = datetime.date(2024, 9, 2)
used = set()
for n in range(262):
    t = R.choice(TYPES)
    day = start + datetime.timedelta(days=R.randint(0, (datetime.date(2026, 11, 18) - start).days))
    if t[0] == "weather-snow" and day.month not in (11, 12, 1, 2, 3):
        day = day.replace(month=R.choice([1, 2, 12]))
        if day > datetime.date(2026, 11, 18):
            day = day.replace(year=2025)
    ref = f"INC-{day.year}-{R.randint(1000, 9899)}"
    while ref in used:
        ref = f"INC-{day.year}-{R.randint(1000, 9899)}"
    used.add(ref)
    if t[0] in ("port-delay", "strike", "customs-hold", "clandestine"):
        loc = R.choice(PORT_LOC)
    elif t[0] in ("road-closure", "vehicle-breakdown", "rtc", "theft", "weather-snow", "weather-flood", "weather-wind"):
        loc = R.choice(ROADS) if R.random() < 0.6 else R.choice(UKD)["name"]
    else:
        loc = R.choice(UKD)["name"]
    # depot status in time
    if "Wakefield" in loc and day < datetime.date(2026, 9, 7):
        loc = "Leeds Depot"
    cons = R.randint(3, 140)
    delay = R.choice(["up to 24 hours", "one working day", "up to 48 hours", "same-day recovery", "two working days", "4-6 hours"])
    who = R.choice(STAFF)
    status = "Closed" if day < datetime.date(2026, 11, 10) else "Open - monitoring"
    internal = t[0] in ("vehicle-breakdown", "rtc", "theft", "forklift", "spill", "reefer", "clandestine")
    if internal: cons = R.randint(1, 12)
    INC.append((ref, day, t, loc, cons, delay))
    fname = f"incident-{day.isoformat()}-{t[0]}-{ref.lower()[-4:]}.md"
    if internal:
        title = f"Incident report {ref}: {t[1]} - {loc}"
        body = f"""{pick('Internal incident report. Distribution: operations, claims, health and safety.', 'Internal incident report (depot and driver incidents). Distribution: operations, claims team, health and safety manager.')}

1. **Reference:** {ref}
2. **Date:** {day.strftime('%d %B %Y')}, approx. {R.randint(0,23):02d}:{R.choice(['05','15','30','40','50'])}
3. **Location:** {loc}
4. **Type:** {t[1]}
5. **Reported by:** {who}
6. **Description:** {t[2][0].upper() + t[2][1:]}. {pick('No injuries were reported.', 'The driver was unhurt.', 'First aid was given on site; no hospital treatment needed.', 'Police attended and issued a crime reference.')}
7. **Consignments affected:** {cons}
8. **Immediate action:** {pick('Goods transferred to a replacement trailer.', 'Area cordoned off and spill kit used.', 'Affected pallets quarantined for inspection.', 'Recovery vehicle called; load transhipped.', 'Customers notified by the customer service team.')}
9. **Follow-up:** {pick('Claims team to contact affected customers within 2 working days.', 'Vehicle inspected by the workshop before it returns to service.', 'Refresher training booked for the team involved.', 'Root cause review with the depot manager.')}
10. **Status:** {status}

Filed on the numbered incident report form; claims-related follow-up is tracked against the reference above.
"""
    else:
        title = f"Disruption report: {t[1]} - {loc} ({day.strftime('%d %b %Y')})"
        body = f"""{pick('Customer-facing disruption notice.', 'Service disruption summary for customer service teams.', 'Network disruption bulletin.')}

**Reference:** {ref}  
**Date:** {day.strftime('%d %B %Y')}  
**Location:** {loc}

## What happened
{t[2][0].upper() + t[2][1:]}{pick('.', ' on the morning trunk.', ' affecting the overnight network.', ' during the afternoon.')}

## Impact
- Consignments affected: approximately {cons}
- Expected delay: {delay}
- {pick('Next-Day Pallet deliveries in the area moved to a 2-day service.', 'Economy Groupage departures were held.', 'Collections after 14:00 were rebooked for the following day.', 'International departures were rerouted where possible.')}

## What customers were told
{pick('Customers received a shipment update email; no action was required.', 'Customer service contacted affected consignors by email with revised ETAs.', 'Revised ETAs were posted on the tracking page.')}

## Notes for customer service
{pick('Use the standard shipment update email for any customer who calls about this disruption, quote the incident reference and give the revised ETA from tracking.', 'Do not promise delivery dates beyond the revised ETA on tracking. Claims for delay are not accepted under the conditions of carriage, but damage found at delivery must still be reported within 7 days.', 'If a customer asks for compensation, explain that delay is not covered by the conditions of carriage and offer to rebook timed add-ons free of charge.', 'Customers with urgent freight were offered a dedicated vehicle quote where capacity allowed; log every request against the incident reference.')}

Status: {status}.
"""
    write(fname, title, day.isoformat(), body, "incident")

# ---------------------------------------------------------------- packaging rules
PACK = [
 ("standard pallets", "Use a 1200 x 1000 mm (UK standard) or 1200 x 800 mm (Euro) pallet in good condition. Goods must not overhang the pallet edge.", "1,200 kg", "2.2 m"),
 ("half pallets", "Half pallets are 1200 x 1000 mm with a maximum height of 1.1 m.", "600 kg", "1.1 m"),
 ("quarter pallets", "Quarter pallets must be no taller than 0.8 m.", "300 kg", "0.8 m"),
 ("drums", "Drums must be banded to the pallet with at least two straps and have closures facing up.", "1,000 kg", "1.6 m"),
 ("IBCs", "Intermediate bulk containers travel on their integral pallet base and must have a valid inspection date.", "1,200 kg", "1.2 m"),
 ("glass and mirrors", "Glass must be in A-frames or crates with corner protection; loose sheets are refused.", "800 kg", "2.0 m"),
 ("long lengths", "Items over 2.4 m long are not accepted on Next-Day Pallet; book as a part-load.", "500 kg", "1.0 m"),
 ("tyres", "Tyres must be stacked on a pallet and stretch-wrapped; loose tyres are refused.", "800 kg", "2.0 m"),
 ("furniture", "Furniture must be boxed or blanket-wrapped and secured to a pallet.", "800 kg", "2.0 m"),
 ("white goods", "White goods must be upright, in original packaging, on a pallet.", "600 kg", "2.0 m"),
 ("machinery", "Machinery must be bolted or strapped to a skid or pallet; fluids drained where possible.", "1,200 kg", "1.8 m"),
 ("gas cylinders", "Cylinders must be in a cage pallet, valves protected, ADR class 2 paperwork supplied.", "1,000 kg", "1.6 m"),
 ("aerosols", "Aerosols travel as limited quantity ADR class 2 and must be in outer cartons with the LQ mark.", "800 kg", "1.8 m"),
 ("paint tins", "Paint tins must have lids secured and be boxed; flammable paints need a Dangerous Goods Note.", "1,000 kg", "1.6 m"),
 ("lithium batteries", "Batteries must be in UN-approved packaging with the class 9 battery mark.", "800 kg", "1.6 m"),
 ("chilled food", "Chilled food must be pre-cooled to +2 to +8 C before collection and shrink-wrapped.", "1,000 kg", "1.8 m"),
 ("frozen food", "Frozen food must be at -18 C or below at collection and shrink-wrapped.", "1,000 kg", "1.8 m"),
 ("pharmaceuticals", "Medicines must be in validated thermal packaging or on Temperature-Controlled.", "800 kg", "1.8 m"),
 ("bagged aggregates", "Bulk bags must have four intact lifting loops and sit on a pallet.", "1,000 kg", "1.2 m"),
 ("bricks and blocks", "Bricks must be banded and shrink-wrapped; broken packs are refused.", "1,200 kg", "1.2 m"),
 ("timber", "Timber must be banded in bundles; maximum length 2.4 m on pallet services.", "1,000 kg", "1.2 m"),
 ("steel sections", "Steel must be banded and on bearers; sharp ends protected.", "1,200 kg", "1.0 m"),
 ("cartons", "Cartons must be stacked in a column or brick pattern, stretch-wrapped at least three times.", "1,200 kg", "2.2 m"),
 ("beverages in bottles", "Bottles must be in cases with dividers; layer pads between layers.", "1,000 kg", "1.6 m"),
 ("kegs", "Kegs must be upright, strapped and on a pallet; empty kegs travel as returns.", "1,000 kg", "1.2 m"),
 ("electronics", "Electronics must be boxed in original packaging; high-value loads need notification.", "800 kg", "2.0 m"),
 ("artwork", "Artwork must be crated by a specialist packer; standard liability limits apply unless insured.", "500 kg", "2.0 m"),
 ("cage pallets", "Cage pallets must be closed and within height limit.", "1,000 kg", "1.8 m"),
 ("rolls of fabric or carpet", "Rolls over 2.4 m are part-load only; shorter rolls on pallets, wrapped.", "800 kg", "1.2 m"),
 ("plants and trees", "Potted plants must be in Danish trolleys or on pallets with wrap; not accepted Saturday.", "500 kg", "2.0 m"),
 ("tanks and vessels", "Tanks must be clean, dry and certified gas-free if they held flammable liquids.", "1,000 kg", "2.0 m"),
 ("ceramic tiles", "Tiles must be boxed and on a pallet with edge protectors.", "1,200 kg", "1.2 m"),
 ("sacks and bags", "Sacks must be stacked interlocking and wrapped; split sacks are refused.", "1,000 kg", "1.6 m"),
 ("fragile goods", "Fragile goods must be marked and double-boxed; FRAGILE labels do not change liability.", "800 kg", "1.8 m"),
 ("returnable pallets", "Marlowe Freight does not run a pallet exchange; returnable pallets must be booked as a return consignment.", "n/a", "n/a"),
 ("hazardous waste", "Hazardous waste is not carried on the Marlowe Freight network.", "n/a", "n/a"),
 ("oversized items", "Anything over 1.2 m wide or 2.2 m high must be quoted as a part-load.", "n/a", "n/a"),
 ("mixed ADR loads", "Incompatible ADR classes cannot share a pallet; segregation follows ADR 7.5.2.", "1,000 kg", "1.6 m"),
]
for name, rule, maxw, maxh in PACK:
    date = pick("2026-02-16", "2026-06-08", "2026-10-05")
    body = f"""{pick('Rules for preparing', 'How to prepare', 'Packaging requirements for')} {name} on Marlowe Freight services.

## Requirements
{rule}

| Limit | Value |
|---|---|
| Maximum weight per pallet | {maxw} |
| Maximum height | {maxh} |

## If the rules are not met
{pick('The driver may refuse the collection; a failed collection fee of GBP 35 applies.', 'Consignments that arrive at the depot unsafe will be re-wrapped at GBP 12 per pallet or returned.', 'Damage caused by inadequate packaging is excluded from claims (see "Claims policy").')}

## Labelling and checks
{pick('Each pallet needs a Marlowe Freight label on two adjacent sides and the pallet count (for example 2 of 4). Drivers check wrap, labels and height at collection.', 'Label every pallet on two sides. The collecting driver photographs each pallet in the ePOD app before loading, so poor packaging is recorded.', 'Labels must show the consignment reference; hand-written labels are accepted only in an emergency. Any ADR marks must be visible from outside the wrap.')}

{pick('See "Packaging rules: general requirements" for labelling.', 'Every pallet must carry a Marlowe Freight label on two adjacent sides.', 'Ask the collecting depot if unsure.')}
"""
    write(f"packaging-{slug(name)}.md", f"Packaging rules: {name}", date, body, "packaging")

print("written", len(WRITTEN))
json.dump(WRITTEN, open(os.path.join(os.path.dirname(__file__), "written_b.json"), "w"))
json.dump([(r, d.isoformat(), t[0], l, c, dl) for r, d, t, l, c, dl in INC], open(os.path.join(os.path.dirname(__file__), "incidents.json"), "w"))

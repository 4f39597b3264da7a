import random, datetime as dt
from common import *
from facts import *

# ------------------------------------------------------------------ inspection checklists
CHECK = {
 "footing-foundation": ("Footing and foundation", "after forms and reinforcing steel are in place and before concrete is poured", [
    ("Footing depth at least 18 inches below undisturbed grade", "§ 15.04.020"),
    ("Footing width and reinforcing steel size and spacing match approved plans", "Approved plans"),
    ("Rebar supported on chairs or dobies with 3 inches of clearance to soil", "IRC R403"),
    ("Hold-down and anchor bolt locations set per the structural plan", "Approved plans"),
    ("Forms clean; no standing water or loose soil in trenches", "IRC R403"),
    ("Setbacks verified from property lines (survey stakes or string line visible)", "§ 17.16.030"),
    ("Ufer (concrete-encased electrode) grounding installed", "NEC 250.52"),
  ], ["Trench bottoms with loose or muddy soil", "Missing dobies under rebar", "Setback stakes removed before inspection"]),
 "underfloor": ("Underfloor", "after floor framing, underfloor plumbing and ducts are installed and before subfloor sheathing", [
    ("Girders, posts and connectors per plan", "Approved plans"),
    ("Minimum 18-inch clearance from joists to grade", "IRC R506"),
    ("Crawl space ventilation or conditioned crawl space details installed", "IRC R408"),
    ("Underfloor plumbing supported and tested", "UPC"),
    ("Ducts sealed and supported", "IMC"),
    ("Access opening at least 18 by 24 inches", "IRC R408"),
  ], ["Wood debris left in crawl space", "Missing post-to-beam connectors"]),
 "shear-wall": ("Shear wall", "after shear panels are nailed and before they are covered", [
    ("Panel thickness and grade as specified", "Approved plans"),
    ("Edge nail size and spacing per shear wall schedule", "Approved plans"),
    ("Nails not overdriven", "IRC R602"),
    ("Hold-downs installed and tightened", "Approved plans"),
    ("Blocking at all panel edges", "IRC R602"),
  ], ["Overdriven nails", "Edge spacing wider than the schedule"]),
 "roof-sheathing": ("Roof sheathing", "after roof sheathing is nailed and before roofing underlayment is installed", [
    ("Sheathing thickness and panel grade per plan", "Approved plans"),
    ("Nailing at 6 inches on edges and 12 inches in the field unless plans require more", "IRC R803"),
    ("Panel clips or blocking installed where required", "IRC R803"),
    ("Ventilation openings cut as shown", "IRC R806"),
  ], ["Missed framing members (shiners)", "Panel clips missing"]),
 "framing": ("Framing", "after framing, fireblocking, roof, windows and rough trades are complete and before insulation", [
    ("All rough electrical, plumbing and mechanical inspections approved first", "§ 15.16.010"),
    ("Framing members, headers and connections match approved plans", "Approved plans"),
    ("Fireblocking and draftstopping installed", "IRC R302"),
    ("Stair rise, run, headroom and handrail blocking", "IRC R311"),
    ("Emergency escape openings in sleeping rooms", "IRC R310"),
    ("Window and door flashing installed", "IRC R703"),
    ("Roof covering complete or weather-protected", "IRC R905"),
  ], ["Rough trade inspections not yet approved", "Notched or bored studs beyond limits", "Missing fireblocking at soffits"]),
 "rough-electrical": ("Rough electrical", "after boxes, wiring and panels are installed and before insulation or cover", [
    ("Boxes secured; conductors stripped and grounded", "NEC 314"),
    ("Circuits match the panel schedule; AFCI and GFCI where required", "NEC 210"),
    ("Cable stapled within 12 inches of boxes and every 4.5 feet", "NEC 334"),
    ("Smoke and CO alarm locations wired", "IRC R314"),
    ("Bathroom and kitchen circuits 20 amperes", "NEC 210.11"),
  ], ["Unsecured cables", "Missing bonding jumpers"]),
 "rough-plumbing": ("Rough plumbing", "after drain, waste, vent and supply piping is installed and under test", [
    ("Drain and vent system under water or air test", "UPC 712"),
    ("Water supply under test at 100 psi for 15 minutes", "§ 15.32.020"),
    ("Pipe supports, protection plates and nail guards installed", "UPC 313"),
    ("Fixture locations match approved plans", "Approved plans"),
    ("Cleanouts accessible", "UPC 707"),
  ], ["Test gauge not holding", "Missing nail plates"]),
 "rough-mechanical": ("Rough mechanical", "after ducts, flues and equipment rough-in are complete and before cover", [
    ("Ducts sealed with listed tape or mastic", "IMC 603"),
    ("Flue and vent clearances to combustibles", "IMC 804"),
    ("Bath and kitchen exhaust terminate outdoors", "IMC 501"),
    ("Equipment access and working space", "IMC 306"),
  ], ["Exhaust ducts terminating in the attic"]),
 "insulation": ("Insulation", "after insulation is installed and before drywall", [
    ("R-values match the energy compliance forms", "IECC"),
    ("Insulation fills cavities without gaps or compression", "IECC"),
    ("Air sealing at top plates, penetrations and rim joists", "IECC R402.4"),
    ("Insulation certificate posted", "IECC R401.3"),
  ], ["Compressed batts behind wiring", "Missing certificate"]),
 "drywall-nailing": ("Drywall nailing", "after gypsum board is fastened and before taping", [
    ("Fastener type and spacing per listed assembly or code table", "IRC R702"),
    ("Type X board at garage separation and fire-rated assemblies", "IRC R302.6"),
    ("Moisture-resistant board at wet locations", "IRC R702"),
  ], ["Wrong board type at the garage wall"]),
 "final-building": ("Final building", "when all work is complete and all other inspections are approved", [
    ("All prior inspections approved on the permit card", "§ 15.16.050"),
    ("Smoke and carbon monoxide alarms working", "IRC R314, R315"),
    ("Guards and handrails complete", "IRC R312"),
    ("Address numbers at least 4 inches high and visible", "§ 15.60.010"),
    ("Grading drains away from the foundation", "IRC R401.3"),
    ("Energy certificates and equipment labels in place", "IECC"),
    ("Site cleaned and erosion controls removed or stabilized", "§ 15.24.030"),
  ], ["Missing address numbers", "Guards with openings larger than 4 inches"]),
 "adu-final": ("ADU final", "when the ADU is complete and ready for occupancy", [
    ("All prior inspections approved", "§ 15.16.050"),
    ("ADU floor area and height match approved plans", "§ 17.24.060"),
    ("Setbacks of at least 4 feet from side and rear lines verified", "§ 17.24.060"),
    ("Separate address 'Unit B' posted", "§ 15.60.010"),
    ("Fire sprinklers finaled where required", "§ 15.04.020"),
    ("Smoke and CO alarms; egress windows", "IRC R310, R314"),
    ("Utility connections and meters (if separate) released", "Approved plans"),
  ], ["Unit address not posted", "Sprinkler final missing"]),
 "deck-framing": ("Deck framing", "after framing and ledger attachment and before decking", [
    ("Ledger attached with through-bolts or structural screws; flashing installed", "IRC R507.9"),
    ("Joist size, spacing and span per approved framing plan", "IRC R507.6"),
    ("Joist hangers and post bases fully nailed", "IRC R507"),
    ("Lateral load connection where required", "IRC R507.9.2"),
    ("Post size and footing depth", "IRC R507.3"),
  ], ["Ledger nailed instead of bolted", "Missing ledger flashing"]),
 "re-roof-mid-roof": ("Re-roof mid-roof", "after tear-off and any sheathing repairs, before or during underlayment", [
    ("Existing roofing removed down to sheathing (if more than one layer existed)", "IRC R908"),
    ("Damaged sheathing replaced", "IRC R908"),
    ("Underlayment type and laps per manufacturer", "IRC R905"),
    ("Drip edge and valley flashing installed", "IRC R905"),
  ], ["Ladder not provided", "Overlaying a second layer without approval"]),
 "re-roof-final": ("Re-roof final", "when roofing is complete", [
    ("Class A roof covering installed", "§ 15.04.020"),
    ("Flashing at walls, chimneys and penetrations", "IRC R903"),
    ("Attic ventilation maintained", "IRC R806"),
    ("Manufacturer's installation instructions or bundle wrapper on site", "IRC R905"),
  ], ["Ladder not secured", "Missing kick-out flashing"]),
 "lath-weather-barrier": ("Lath and weather-resistive barrier", "after weather barrier and lath are installed and before siding or stucco", [
    ("Two layers of weather-resistive barrier behind stucco", "IRC R703.7"),
    ("Weep screed at least 4 inches above grade", "IRC R703.7.2.1"),
    ("Window flashing integrated with the barrier", "IRC R703.4"),
    ("Lath fastening", "IRC R703.7"),
  ], ["Weep screed buried in soil"]),
 "window-replacement": ("Window replacement", "after windows are installed and before interior trim is finished", [
    ("U-factor and SHGC labels match the window schedule", "IECC"),
    ("Bedroom egress openings not reduced", "IRC R310"),
    ("Safety glazing in hazardous locations", "IRC R308"),
    ("Flashing and sealant", "IRC R703.4"),
  ], ["Labels removed before inspection"]),
 "solar-pv-final": ("Solar PV final", "after the array, inverter and all wiring are complete", [
    ("Array layout, roof setbacks and pathways match the approved plan", "§ 15.44.030"),
    ("Racking attachments flashed and sealed", "Manufacturer"),
    ("Rapid shutdown initiator labelled and accessible", "NEC 690.12"),
    ("Required placards at the service and inverter", "NEC 690.56"),
    ("Conductors secured; no wiring resting on roof", "NEC 690.31"),
    ("Ladder provided for roof access (in-person inspections)", "§ 15.16.030"),
  ], ["Missing rapid-shutdown label", "Wiring in contact with roofing"]),
 "battery-storage": ("Battery energy storage", "after the battery system is installed and before it is energized", [
    ("Listed to UL 9540; capacity per approved plans", "§ 15.44.050"),
    ("Installed outside habitable rooms, closets and bathrooms", "§ 15.44.050"),
    ("Clearances and impact protection in garages", "IRC R328"),
    ("Disconnect and labelling", "NEC 706"),
  ], ["Unit installed in a closet"]),
 "ev-charger": ("EV charger", "after the charger and circuit are installed", [
    ("Dedicated circuit sized per the load calculation", "NEC 625"),
    ("Charger listed and mounted per manufacturer", "NEC 625"),
    ("GFCI protection where required", "NEC 625.54"),
    ("Panel labelled", "NEC 408.4"),
  ], ["Panel directory not updated"]),
 "pool-pre-gunite": ("Pool pre-gunite", "after excavation, steel and bonding are complete and before shotcrete or gunite", [
    ("Water's edge at least 5 feet from side and rear property lines", "§ 15.40.030"),
    ("Steel size and spacing per engineering", "Approved plans"),
    ("Equipotential bonding grid installed", "NEC 680.26"),
    ("Main drain covers and suction outlets compliant", "ISPSC"),
    ("Temporary safety fence around excavation", "§ 15.40.040"),
  ], ["No temporary fence around the excavation", "Bonding grid incomplete"]),
 "pool-barrier-final": ("Pool barrier and final", "when the pool, equipment and barrier are complete and before filling is finished", [
    (f"Barrier at least {POOL_BARRIER} feet high around the pool", "§ 15.40.040"),
    ("Gates self-closing and self-latching, latch at least 54 inches high, opening outward", "§ 15.40.040"),
    ("No openings that pass a 4-inch sphere", "§ 15.40.040"),
    ("Door alarms where the house forms part of the barrier", "§ 15.40.040"),
    ("Pool equipment at least 3 feet from property lines and screened", "§ 15.40.030"),
    ("Electrical bonding, GFCI and lighting", "NEC 680"),
  ], ["Gate does not self-latch", "Barrier under 5 feet at grade changes"]),
 "spa-final": ("Spa final", "when the spa is set and wired", [
    ("Dedicated circuit with GFCI and emergency shutoff in sight", "NEC 680.41"),
    ("Lockable safety cover (ASTM F1346) or barrier", "§ 15.40.060"),
    ("Spa at least 3 feet from side and rear property lines", "§ 15.40.060"),
  ], ["Cover not lockable"]),
 "fence-final": ("Fence final", "when the fence or wall is complete", [
    (f"Height within limits ({FENCE_FRONT} feet in the front setback, {FENCE_SIDE_REAR} feet on interior side and rear lines)", "§ 17.36.030"),
    ("Corner visibility triangle kept clear above 3 feet", "§ 17.36.050"),
    ("Materials as approved (no chain link in front setbacks in residential districts)", "§ 17.36.040"),
    ("Finished side facing neighbours or the street", "§ 17.36.040"),
  ], ["Front fence over the height limit", "Fence in the visibility triangle"]),
 "retaining-wall": ("Retaining wall", "after footing steel and drainage are in place, and again at completion", [
    ("Footing dimensions and reinforcing per engineering", "Approved plans"),
    ("Drain rock, filter fabric and perforated drain installed", "§ 17.36.060"),
    ("Wall height within setback limits (4 feet) or terraced", "§ 17.36.060"),
    ("Drain outlet to an approved location", "§ 17.36.060"),
  ], ["Drain outlet discharging onto the neighbouring lot"]),
 "demolition-final": ("Demolition final", "after the structure is removed and the sewer is capped", [
    ("Sewer lateral capped at the property line and inspected before backfill", "§ 15.20.030"),
    ("Utilities disconnected and meters removed", "§ 15.20.020"),
    ("Debris removed; site graded to drain", "§ 15.20.030"),
    ("Erosion controls installed in the rainy season", "§ 15.24.030"),
  ], ["Sewer cap backfilled before inspection"]),
 "grading-erosion": ("Grading and erosion control", "before grading begins, during grading, and at completion", [
    ("Perimeter sediment controls installed", "§ 15.24.030"),
    ("Stabilized construction entrance", "§ 15.24.030"),
    ("Storm drain inlet protection", "§ 15.24.030"),
    ("Stockpiles covered", "§ 15.24.030"),
    ("Slopes and compaction per the soils report", "§ 15.24.020"),
    ("Final drainage matches the approved grading plan", "§ 15.24.020"),
  ], ["Sediment tracked onto the street", "Uncovered stockpiles"]),
 "electrical-service": ("Electrical service", "after the new panel and meter base are installed and before the utility reconnects", [
    ("Panel rating matches the permit and load calculation", "§ 15.28.020"),
    ("Grounding electrode system and bonding", "NEC 250"),
    ("Working clearance of 30 inches wide and 36 inches deep", "NEC 110.26"),
    ("Panel directory complete", "NEC 408.4"),
    ("Underground relocation in the Old Mill Historic District for services over 200 amperes", "§ 15.28.010"),
  ], ["Blocked working clearance", "Missing grounding electrode conductor"]),
 "water-heater": ("Water heater", "after the water heater is installed", [
    ("Seismic straps at one-third from the top and bottom", "§ 15.32.030"),
    ("Temperature and pressure relief line routed to an approved location", "§ 15.32.030"),
    ("Gas venting and combustion air (gas units)", "UPC 5"),
    ("Dedicated 240-volt circuit (heat pump units)", "§ 15.32.030"),
    ("Expansion tank where required", "UPC 608"),
  ], ["Only one strap installed", "Relief line reduced in size"]),
 "hvac-changeout": ("HVAC changeout", "after the new equipment is installed", [
    ("Equipment matches the permit", "§ 15.36.020"),
    ("Condensing unit at least 3 feet from side property lines and not in the front setback", "§ 15.36.010"),
    ("Duct leakage test results where more than 40 feet of duct replaced", "§ 15.36.020"),
    ("Certificate of installation on site", "§ 15.36.020"),
    ("Condensate disposal", "IMC 307"),
  ], ["Duct test report missing"]),
 "sewer-lateral": ("Sewer lateral", "with the new pipe exposed and under test, before backfill", [
    ("Pipe material and slope (minimum 1/4 inch per foot)", "UPC 708"),
    ("Cleanout at the property line", "§ 15.32.040"),
    ("Water or air test holding", "UPC 723"),
    ("Bedding material", "UPC 314"),
  ], ["Trench backfilled before inspection"]),
 "gas-pressure-test": ("Gas pressure test", "with new piping under test", [
    ("Air test at 10 psi for 15 minutes witnessed by the inspector", "§ 15.32.050"),
    ("Pipe sizing per the approved schedule", "UPC 1215"),
    ("Seismic shutoff valve where piping is altered at the meter", "§ 15.32.050"),
    ("Sediment traps at appliances", "UPC 1212.7"),
  ], ["Gauge with the wrong range"]),
 "fire-rated-assemblies": ("Fire-rated assemblies", "after rated walls, floors and penetrations are complete and before they are concealed", [
    ("Assembly matches the listed design number on the plans", "IBC 703"),
    ("Penetration firestop systems labelled", "IBC 714"),
    ("Fire dampers at rated duct penetrations", "IBC 717"),
    ("Rated doors with closers and labels", "IBC 716"),
  ], ["Unlabelled firestop material"]),
 "tenant-improvement-final": ("Commercial final (tenant improvement)", "when work is complete and fire department final is approved", [
    ("All prior inspections approved, including fire department", "§ 15.16.050"),
    ("Accessible route, restrooms and signage", "IBC 11"),
    ("Exit signs and emergency lighting tested", "IBC 1013, 1008"),
    ("Occupant load sign posted for assembly uses", "IBC 1004.9"),
    ("Certificate of occupancy issued after approval", "§ 15.16.050"),
  ], ["Exit signs not illuminated on battery test"]),
 "sign-final": ("Sign final", "when the sign is installed", [
    ("Sign area and height match the approved permit", "§ 17.32.050"),
    ("Projecting signs have 8 feet of clearance over the sidewalk", "§ 17.32.050"),
    ("Electrical disconnect and listing label (illuminated signs)", "NEC 600"),
    ("Certificate of appropriateness conditions met in the Old Mill Historic District", "§ 17.48.020"),
  ], ["Sign larger than approved"]),
 "tree-replacement": ("Tree replacement planting", "after replacement trees are planted", [
    ("Two 24-inch box trees planted for each removed heritage tree", "§ 17.40.060"),
    ("Species from the approved tree list", "§ 17.40.060"),
    ("Planting within 6 months of removal", "§ 17.40.060"),
    ("Irrigation provided", "§ 17.40.060"),
  ], ["Box size smaller than required"]),
 "str-safety": ("Short-term rental safety", "before a new short-term rental permit is issued (first-year permits only)", [
    ("Smoke alarms in each bedroom and hallway; CO alarm on each level", "§ 17.24.080"),
    ("Emergency escape window in each bedroom used for guests", "IRC R310"),
    ("Fire extinguisher in the kitchen", "§ 17.24.080"),
    ("Posted house rules with local contact phone number and maximum occupancy", "§ 17.24.080"),
    ("Permit number displayed inside the front door", "§ 17.24.080"),
  ], ["Bedroom without an egress window advertised"]),
 "temporary-power": ("Temporary power pole", "when the pole is set and wired, before the utility energizes it", [
    ("Pole set and braced", "NEC 590"),
    ("GFCI receptacles", "NEC 590.6"),
    ("Grounding electrode", "NEC 250"),
    ("Weatherproof covers", "NEC 406.9"),
  ], ["Missing GFCI protection"]),
}


def checklist_title(key):
    return f"Inspection checklist: {CHECK[key][0]}"


def gen_checklists(rnd):
    permit_for = {}
    for p in P:
        for k in p["insp"]:
            permit_for.setdefault(k, []).append(p["name"])
    for key, (name, when, items, fails) in CHECK.items():
        v = rnd.randint(0, 2)
        out = []
        out.append(rnd.choice([
            f"Use this checklist to prepare for the **{name.lower()}** inspection. Inspectors use the same list on site.",
            f"This is the list Fernhill building inspectors work from at a {name.lower()} inspection.",
            f"Before you request a {name.lower()} inspection, walk the job with this checklist.",
        ]) + "\n")
        out.append(f"**When to call for it:** {when}.\n")
        if v == 0:
            out.append("## Items checked\n\n| # | Item | Reference |\n|---|---|---|")
            for i, (it, ref) in enumerate(items, 1):
                out.append(f"| {i} | {it} | {ref} |")
            out.append("")
        else:
            out.append("## What the inspector looks at\n")
            for it, ref in items:
                out.append(f"- [ ] {it} ({ref})")
            out.append("")
        out.append("## Common reasons this inspection fails\n")
        for f in fails:
            out.append(f"- {f}")
        out.append("")
        if key in permit_for:
            out.append("## Permits that use this inspection\n")
            out.append(", ".join(sorted(set(permit_for[key]))) + ".\n")
        out.append("## Before the inspector arrives\n")
        out.append(rnd.choice([
            "Keep the permit card posted and the approved plans on site. Provide safe access and have someone over 18 present for occupied homes.",
            "Have the approved plans and permit card available, secure pets, and make sure the work area is accessible.",
            "The permit card and approved plans must be on site. If they are not, the inspection will not be performed and a reinspection fee may be charged.",
        ]))
        out.append("\nSee also: How to schedule an inspection; § 15.16.010 Required inspections; Reinspection fees (§ 15.12.060).")
        upd = rnd.choice(["2025-02-14", "2025-06-30", "2025-11-03", "2026-01-09", "2026-03-20", "2026-05-12"])
        if key in ("fence-final",):
            upd = "2026-08-24"
        if key == "str-safety":
            upd = "2026-09-01"
        if key == "tree-replacement":
            upd = "2026-10-09"
        if key == "solar-pv-final":
            upd = "2026-10-06"
        add(f"inspection-checklist-{key}", checklist_title(key), upd, "\n".join(out))


# ------------------------------------------------------------------ permit type pages
def permit_title(p):
    return f"Permit type: {p['name']}"


def gen_permits(rnd):
    dates = [dt.date(2026, 10, 5) + dt.timedelta(days=i) for i in range(0, 36)]
    for p in P:
        v = rnd.randint(0, 2)
        upd = rnd.choice(dates)
        lname = p["name"] if p["name"].startswith("HVAC") else p["name"][0].lower() + p["name"][1:]
        oldf = (p["old_fee"] or "").split(" (")[0].replace(" flat fee", "")
        out = []
        intro = {
            0: f"This page explains how to get a permit for: {lname}. It covers what it costs, what to submit, how long review takes and what follows approval.",
            1: f"Everything you need to know before applying for this permit type: **{lname}**.",
            2: f"Applies to: {p['name']}. Reviewed by: {p['division']}.",
        }[v]
        out.append(intro + "\n")
        out.append("## At a glance\n\n| | |\n|---|---|")
        out.append(f"| Permit number prefix | {p['prefix']}- |")
        out.append(f"| Fee | {p['fee']} |")
        out.append(f"| Target review time | {p['review']} |")
        out.append(f"| Reviewed by | {p['division']} |")
        out.append(f"| Permit validity | {p['valid']} |")
        out.append(f"| Code reference | {p['code']} |")
        out.append(f"| Who may apply | {p['who']} |\n")
        if p["old_fee"]:
            out.append(rnd.choice([
                f"> Fee change: the fee became {p['fee'].split(' (')[0].replace(' flat fee', '')} on August 1, 2026 under {FEE_RES}. The previous fee was {oldf}.\n",
                f"> The fee shown reflects the FY2026-27 fee schedule ({FEE_RES}), effective August 1, 2026. Before that date the fee was {oldf}.\n",
            ]))
        if p["old_review"]:
            out.append(f"> Review time change: the target is now {p['review']}; it was previously {p['old_review']}.\n")
        out.append("## Required documents\n")
        for d in p["docs"]:
            out.append(f"- {d}")
        out.append("")
        if p["notes"]:
            out.append("## Good to know\n\n" + p["notes"] + "\n")
        if p["insp"]:
            out.append("## Inspections\n")
            out.append("The following inspections are normally listed on the permit card:\n")
            for i, k in enumerate(p["insp"], 1):
                out.append(f"{i}. {CHECK[k][0]} (see {checklist_title(k)})")
            out.append(f"\nRequest inspections through the {PORTAL} by {INSPECTION_CUTOFF} for the next business day.\n")
        else:
            out.append("## After approval\n")
            out.append("No building inspection is required for this permit type unless conditions of approval say otherwise.\n")
        out.append("## How to apply\n")
        steps = [f"Sign in to the {PORTAL} at {PORTAL_URL} (create an account if you do not have one).",
                 f"Choose **{p['name']}** as the application type and upload the required documents as PDFs.",
                 "Pay the fees shown on the invoice.",
                 "Watch for review comments by email and respond through the portal."]
        if v == 1:
            steps.insert(0, "Check the zoning of your property (see How to find your property's zoning).")
        for i, s_ in enumerate(steps, 1):
            out.append(f"{i}. {s_}")
        out.append(f"\nNeed help? The {CENTRE} is open {HOURS} Call {PHONE_CENTRE} or email {EMAIL_PERMITS}.")
        add(f"permit-type-{p['slug']}", permit_title(p), upd, "\n".join(out))


# ------------------------------------------------------------------ zoning district pages
USES = {
    "RE": "single-family dwellings, ADUs and JADUs, home occupations, small family child care, keeping of hens and bees",
    "R-1": "single-family dwellings, ADUs and JADUs, home occupations, small family child care, short-term rentals with a permit",
    "R-1S": "single-family dwellings on small lots, ADUs and JADUs, home occupations, short-term rentals with a permit",
    "R-2": "duplexes and single-family dwellings, ADUs, home occupations, short-term rentals with a permit",
    "R-3": "apartments, townhouses, duplexes, ADUs, residential care",
    "R-4": "apartments and high-density housing, ADUs, ground-floor live-work units on corners",
    "MU-N": "small shops, cafés, offices, upper-floor housing, ADUs behind existing homes",
    "MU-C": "retail, offices, restaurants, upper-floor and ground-floor housing (except where § 17.20.040 requires active uses)",
    "C-1": "neighbourhood retail, personal services, cafés, small offices",
    "C-2": "general retail, auto-oriented uses, drive-throughs and auto repair with a conditional use permit",
    "DT": "retail, restaurants, offices, hotels, upper-floor housing; no off-street parking required",
    "M-1": "light manufacturing, warehouses, contractor yards, breweries, artisan production",
    "M-2": "general manufacturing and processing, large recycling facilities with a conditional use permit",
    "OS": "parks, trails, habitat areas, community gardens",
    "PF": "schools, civic buildings, utilities, fire stations",
}


def district_title(c):
    return f"Zoning district: {c} {DIST[c]['name']}"


def gen_districts(rnd):
    for c, d in DIST.items():
        streets = [s for s in STREETS if c in s[2]]
        hoods = sorted(set(s[1] for s in streets))
        out = []
        out.append(rnd.choice([
            f"The {c} ({d['name']}) district is one of fifteen base zoning districts in Fernhill (§ 17.12.010).",
            f"{d['name']} ({c}) is a base zoning district established by § 17.12.010 of the Fernhill Municipal Code.",
        ]) + "\n")
        out.append("## Typical uses\n\n" + USES[c][0].upper() + USES[c][1:] + ".\n")
        out.append("## Development standards\n\n| Standard | Requirement |\n|---|---|")
        out.append(f"| Minimum lot area | {'none' if d['lot'] == 0 else format(d['lot'], ',') + ' sq ft'} |")
        out.append(f"| Minimum lot width | {'none' if d['width'] == 0 else str(d['width']) + ' ft'} |")
        out.append(f"| Front setback | {d['front']} ft |")
        out.append(f"| Interior side setback | {d['side']} ft |")
        out.append(f"| Street side setback | {d['street']} ft |")
        out.append(f"| Rear setback | {d['rear']} ft |")
        out.append(f"| Maximum height | {d['height']} ft |")
        out.append(f"| Maximum lot coverage | {d['cov']}% |")
        out.append(f"| Density / intensity | {d['dens']} |\n")
        if c in ("C-1", "C-2"):
            out.append("Where the lot abuts a residential district, a 10-foot interior side and rear setback applies (§ 17.20.030).\n")
        if c in ("M-1", "M-2"):
            out.append("A 15-foot landscaped buffer is required along any lot line abutting a residential district (§ 17.22.020).\n")
        if hoods:
            out.append("## Where you'll find it\n")
            out.append(f"{c} zoning occurs in {', '.join(hoods)}, including parts of " + ", ".join(s[0] for s in streets[:6]) + ".\n")
        out.append("## Related code sections\n")
        base = {"R": "§ 17.16.030 Residential development standards", "M": "§ 17.22.020 Industrial development standards",
                "O": "§ 17.12.010 Zoning districts established", "P": "§ 17.12.010 Zoning districts established"}.get(c[0], "§ 17.20.030 Mixed-use and commercial development standards")
        out.append(f"- {base}")
        if c in ("RE", "R-1", "R-1S", "R-2", "R-3", "R-4", "MU-N"):
            out.append("- § 17.24.060 Accessory dwelling units")
        out.append("- § 17.28.020 Parking requirements")
        out.append("- § 17.36.030 Fence height limits")
        out.append("\nTo confirm the zoning of a specific parcel, see How to find your property's zoning.")
        add(f"zoning-district-{slug(c)}", district_title(c), rnd.choice(["2025-04-10", "2025-09-02", "2026-02-18", "2026-05-06"]), "\n".join(out))
    ov = {
        "HD": ("Old Mill Historic District Overlay (HD)", "2025-06-12",
               "The HD overlay protects the 19th-century mill village around the former Fernhill Woollen Mill. It covers Tanner Street, Granary Way, Mill Race Road, Wheelwright Lane and Foundry Street.",
               ["A certificate of appropriateness is required for exterior changes visible from the street, new construction, demolition, fences and signs (§ 17.48.010).",
                "Minor certificates are decided by staff (fee $350); major certificates by the Planning Commission (fee $900).",
                "Chain-link fences are not allowed (§ 17.36.040). Any fence in the district needs a fence permit (§ 17.36.070).",
                "Rooftop solar on street-facing slopes needs a minor certificate (§ 15.44.010).",
                "Electrical services upgraded above 200 amperes must be relocated underground (§ 15.28.010)."]),
        "FP": ("Floodplain Overlay (FP)", "2025-03-14",
               "The FP overlay covers the special flood hazard area of the Fern River, mainly in the Riverside neighbourhood along Willow Bend and Heron Court.",
               ["New and substantially improved homes must have the lowest floor at least 2 feet above the base flood elevation (§ 15.52.020).",
                "A substantial improvement is work costing 50 percent or more of the structure's market value.",
                "Elevation certificates are required at the foundation stage and before final inspection.",
                "Fill in the floodway is prohibited."]),
        "RC": ("Riverfront Corridor Overlay (RC)", "2025-04-10",
               "The RC overlay covers land within 200 feet of the top of bank of the Fern River, including parts of River Road and Fernbank Drive.",
               [f"No building, paving or grading within {RIPARIAN_SETBACK} feet of the top of bank (§ 17.12.050).",
                "Variances from the riparian setback are not allowed (§ 17.52.020).",
                "Fences in the corridor must be at least 50 percent open.",
                "Exterior lighting must be shielded and directed away from the river; landscaping must use native riparian species."]),
    }
    for k, (t, upd, intro, rules) in ov.items():
        body = intro + "\n\n## Key rules\n\n" + "\n".join(f"- {r}" for r in rules) + "\n\nOverlay rules apply in addition to the base district rules (§ 17.12.010). Contact the Planning Division at " + PHONE_PLANNING + " with questions."
        add(f"zoning-overlay-{k.lower()}-{slug(t.split(' (')[0])}", t, upd, body)


# ------------------------------------------------------------------ fee schedule pages
def fee_rows(old=False):
    rows = []
    for p in P:
        fee = p["old_fee"] if (old and p["old_fee"]) else p["fee"]
        rows.append((p["name"], fee, p["prefix"]))
    return rows


def gen_fees(rnd):
    build_flat = ["deck", "patio-cover", "residential-re-roof", "siding-stucco", "window-door-replacement", "residential-solar-pv",
                  "battery-energy-storage", "residential-ev-charger", "commercial-ev-charging", "swimming-pool", "spa-hot-tub",
                  "fence-wall", "retaining-wall", "demolition", "grading", "accessory-dwelling-unit", "junior-accessory-dwelling-unit", "change-of-occupancy"]
    trade = ["electrical-service-upgrade", "temporary-power-pole", "water-heater-replacement", "hvac-replacement", "plumbing-repipe", "sewer-lateral", "gas-line"]
    planning = ["zoning-clearance", "home-occupation", "short-term-rental", "temporary-use", "temporary-sign", "sign-permit", "tree-removal",
                "certificate-of-appropriateness", "minor-variance", "variance", "conditional-use-permit", "site-plan-design-review",
                "lot-line-adjustment", "tentative-parcel-map", "rezoning", "sidewalk-cafe", "appeal", "pre-application-meeting"]
    hdr = f"Adopted by City Council {FEE_RES} on July 6, 2026. Effective August 1, 2026 through June 30, 2027.\n"

    def table(keys, old=False):
        t = ["| Permit or application | Fee |", "|---|---|"]
        for k in keys:
            p = PERMITS[k]
            fee = p["old_fee"] if (old and p["old_fee"]) else p["fee"]
            t.append(f"| {p['name']} | {fee} |")
        return "\n".join(t)
    changed = [p for p in P if p["old_fee"]]
    # overview
    body = hdr + "\n" + f"This is the overview of the City of Fernhill fee schedule for fiscal year 2026-27. Detailed tables are on the following pages:\n\n- Fee schedule FY2026-27: valuation-based building permit fees\n- Fee schedule FY2026-27: flat-fee building permits\n- Fee schedule FY2026-27: trade permits\n- Fee schedule FY2026-27: planning and zoning applications\n- Fee schedule FY2026-27: inspection and miscellaneous fees\n\n## What changed on August 1, 2026\n\n| Item | FY2025-26 | FY2026-27 |\n|---|---|---|\n"
    body += "\n".join(f"| {p['name']} | {p['old_fee'].split(' (')[0]} | {p['fee'].split(' (')[0]} |" for p in changed)
    body += f"\n| Reinspection fee | ${OLD_REINSPECTION_FEE} | ${REINSPECTION_FEE} |\n\nAll other fees are unchanged from FY2025-26. The {TECH_SURCHARGE} technology surcharge on building permits and the plan review fee of {PLAN_REVIEW_PCT} of the building permit fee did not change.\n\n## Paying fees\n\nFees are paid online in the {PORTAL} by card or e-check. Payments by cheque are accepted at the {CENTRE} counter. Fees are set under § 15.12.010."
    add("fee-schedule-fy2026-27-overview", "Fee schedule FY2026-27: overview", "2026-08-01", body)
    body = hdr + "\nValuation-based permits (new dwellings, additions, remodels, accessory buildings, commercial construction and tenant improvements) use this table. Plan review is charged at " + PLAN_REVIEW_PCT + " of the building permit fee and paid at submittal (§ 15.12.030). A " + TECH_SURCHARGE + " technology surcharge is added.\n\n| Total valuation | Building permit fee |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in VALUATION_TABLE) + "\n\n## Example\n\nA residential addition valued at $80,000: $674.50 + (30 x $7.25) = $892.00 building permit fee; plan review 65% = $579.80; technology surcharge 4% of $892.00 = $35.68. Total due: $1,507.48.\n\nValuation is the total value of all work including labour (§ 15.12.020). See How to estimate project valuation."
    add("fee-schedule-fy2026-27-valuation-based-building-permit-fees", "Fee schedule FY2026-27: valuation-based building permit fees", "2026-08-01", body)
    add("fee-schedule-fy2026-27-flat-fee-building-permits", "Fee schedule FY2026-27: flat-fee building permits", "2026-08-01",
        hdr + "\nThe following building permits are charged a flat fee. Flat fees include plan review unless stated. The " + TECH_SURCHARGE + " technology surcharge applies.\n\n" + table(build_flat) + "\n\nFees that changed on August 1, 2026 are listed on Fee schedule FY2026-27: overview.")
    add("fee-schedule-fy2026-27-trade-permits", "Fee schedule FY2026-27: trade permits", "2026-08-01",
        hdr + "\nStand-alone electrical, plumbing and mechanical permits. Trade work included in a building permit is covered by that permit's fee.\n\n" + table(trade) + "\n\nAll trade permits in this table are issued over the counter or online the same day. None of these fees changed in FY2026-27.")
    add("fee-schedule-fy2026-27-planning-and-zoning-applications", "Fee schedule FY2026-27: planning and zoning applications", "2026-08-01",
        hdr + "\nPlanning application fees are due when the application is filed and are not refundable after the application is deemed complete (§ 15.12.040).\n\n" + table(planning) + "\n\nNotes: when several planning applications are filed for one project, the highest fee is charged in full and each additional application at 50 percent. The pre-application meeting fee is credited toward an application filed within 6 months.")
    add("fee-schedule-fy2026-27-inspection-and-miscellaneous-fees", "Fee schedule FY2026-27: inspection and miscellaneous fees", "2026-08-01",
        hdr + "\n| Item | Fee |\n|---|---|\n" + f"| Reinspection fee (§ 15.12.060) | ${REINSPECTION_FEE} |\n| After-hours inspection (§ 15.16.060) | {AFTER_HOURS} |\n| Permit extension (§ 15.08.080) | ${EXTENSION_FEE} |\n| Additional plan review (third and later reviews) | $160 per hour |\n| Expedited plan review | 1.5 x standard plan review fee |\n| Investigation fee (work without permit) | Equal to the permit fee |\n| Technology surcharge | {TECH_SURCHARGE} of the building permit fee |\n| Permit history research | $45 per address |\n| Copies of plans | $0.25 per page; $15 per large-format sheet |\n| Certificate of occupancy re-issue | $60 |\n| Tree in-lieu fee (§ 17.40.060) | ${TREE_INLIEU} per replacement tree |\n\nThe reinspection fee rose from ${OLD_REINSPECTION_FEE} to ${REINSPECTION_FEE} on August 1, 2026. No further inspections are scheduled until an outstanding reinspection fee is paid.")
    # superseded
    body = f"**Superseded.** This fee schedule ({OLD_FEE_RES}) applied from July 1, 2025 through July 31, 2026. It was replaced by {FEE_RES}, effective August 1, 2026. See Fee schedule FY2026-27: overview for current fees.\n\n## Building and trade permits\n\n" + table(build_flat + trade, old=True) + "\n\n## Planning and zoning applications\n\n" + table(planning, old=True) + f"\n\n## Inspection fees\n\n| Item | Fee |\n|---|---|\n| Reinspection fee | ${OLD_REINSPECTION_FEE} |\n| After-hours inspection | {AFTER_HOURS} |\n| Permit extension | ${EXTENSION_FEE} |\n\nValuation-based building permit fees used the same table as the current schedule."
    body = body.replace("| Short-term rental permit | $350 per year |\n", "")
    add("fee-schedule-fy2025-26-superseded", "Fee schedule FY2025-26 (superseded)", "2026-08-01", body)


def run():
    rnd = random.Random(23)
    gen_checklists(rnd)
    gen_permits(rnd)
    gen_districts(rnd)
    gen_fees(rnd)

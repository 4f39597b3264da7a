"""Canonical facts for the City of Fernhill permits & zoning knowledge base.

Every generator reads from here so the same fact has the same value everywhere.
"Current" = as of TODAY (2026-11-16). OLD_* values are the values before the
post-cutoff changes and appear only in documents dated before the change.
"""
import datetime as dt

TODAY = dt.date(2026, 11, 16)
CUTOFF = dt.date(2026, 6, 30)

CITY = "City of Fernhill"
DEPT = "Community Development Department"
CENTRE = "Fernhill Permit Centre"
CIVIC = "Fernhill Civic Center, 200 Linden Avenue"
CHAMBERS = "Council Chambers, Fernhill Civic Center, 200 Linden Avenue"
PHONE_CENTRE = "(555) 310-2200"
PHONE_PLANNING = "(555) 310-2240"
PHONE_INSPECTIONS = "(555) 310-2260"   # inspection desk (staffed), still active
PHONE_IVR_OLD = "(555) 310-2290"       # automated IVR line, retired 2026-10-05
EMAIL_PERMITS = "permits@fernhill.gov"
EMAIL_PLANNING = "planning@fernhill.gov"
PORTAL = "Fernhill ePermits Center"
PORTAL_URL = "epermits.fernhill.gov"
OLD_PORTAL = "Fernhill Permit Portal"
OLD_PORTAL_URL = "permitportal.fernhill.gov"
NEWSPAPER = "Fernhill Courier"

HOURS = "Monday to Thursday, 8:00 a.m. to 4:00 p.m.; Fridays by appointment only, 9:00 a.m. to 12:00 p.m."
OLD_HOURS = "Monday to Friday, 8:00 a.m. to 4:30 p.m."

INSPECTION_CUTOFF = "2:00 p.m."
OLD_INSPECTION_CUTOFF = "3:00 p.m."

STAFF = {
    "director": ("Priya Raman", "Community Development Director"),
    "planning_manager": ("Tomas Echevarria", "Planning Manager"),
    "cbo": ("Marcus Lindqvist", "Acting Chief Building Official"),
    "old_cbo": ("Dana Okafor", "Chief Building Official"),
    "za": ("Helen Brandt", "Zoning Administrator"),
    "senior_planner": ("Joel Whitcombe", "Senior Planner"),
    "supervisor": ("Ana Lucero", "Permit Centre Supervisor"),
    "arborist": ("Ruth Calloway", "City Arborist"),
    "historic": ("Gideon Marsh", "Historic Preservation Planner"),
    "inspection_super": ("Felix Duarte", "Inspection Supervisor"),
}
PLANNERS = ["Joel Whitcombe", "Maya Sorensen", "Luis Bettencourt", "Grace Adeyemi", "Nikhil Varma", "Colette Dubois"]
INSPECTORS = ["Felix Duarte", "Sam Kowalczyk", "Renee Abara", "Tobias Hart", "Lucia Marin", "Owen Taggart"]

PC_MEMBERS = ["Chair Miriam Castellanos", "Vice Chair Owen Pryce", "Commissioner Lena Haugen",
              "Commissioner Darius Feld", "Commissioner Beatrice Nwosu", "Commissioner Samuel Ortega-Reyes",
              "Commissioner Kenji Mori"]
COUNCIL = ["Mayor Celia Vantongeren", "Mayor Pro Tem Raymond Achterberg", "Councilmember Nadia Ferreira",
           "Councilmember Patrick Sloane", "Councilmember Ivy Tremblay"]

PC_SCHEDULE = "first and third Wednesdays of each month at 6:00 p.m."
OLD_PC_SCHEDULE = "second and fourth Tuesdays of each month at 6:30 p.m."
PC_SCHEDULE_CHANGE = dt.date(2026, 10, 7)   # first meeting on new schedule
COUNCIL_SCHEDULE = "first and third Mondays of each month at 7:00 p.m."

# ---------------------------------------------------------------- zoning districts
# code, name, min_lot_sf, min_width_ft, front, side, street_side, rear, height, coverage_pct, density_or_far
DISTRICTS = [
    ("RE", "Residential Estate", 20000, 100, 30, 10, 15, 30, 30, 30, "1 dwelling per lot plus ADU/JADU"),
    ("R-1", "Single-Family Residential", 6000, 60, 20, 5, 10, 20, 30, 40, "1 dwelling per lot plus ADU/JADU"),
    ("R-1S", "Single-Family Small Lot", 4000, 40, 15, 4, 10, 15, 28, 50, "1 dwelling per lot plus ADU/JADU"),
    ("R-2", "Two-Family Residential", 6000, 60, 20, 5, 10, 15, 32, 45, "2 dwellings per lot plus ADU"),
    ("R-3", "Multifamily Residential (Low-Medium)", 7500, 60, 15, 5, 10, 15, 40, 55, "24 dwellings per acre"),
    ("R-4", "Multifamily Residential (High)", 10000, 80, 10, 8, 10, 15, 55, 65, "45 dwellings per acre"),
    ("MU-N", "Neighbourhood Mixed Use", 5000, 50, 0, 0, 0, 10, 40, 80, "FAR 2.0"),
    ("MU-C", "Corridor Mixed Use", 10000, 80, 0, 0, 0, 10, 55, 85, "FAR 3.0"),
    ("C-1", "Neighbourhood Commercial", 5000, 50, 10, 0, 10, 10, 35, 60, "FAR 1.0"),
    ("C-2", "General Commercial", 10000, 75, 15, 0, 10, 15, 45, 70, "FAR 1.5"),
    ("DT", "Downtown", 0, 0, 0, 0, 0, 0, 65, 100, "FAR 4.0"),
    ("M-1", "Light Industrial", 10000, 80, 20, 10, 15, 10, 45, 70, "FAR 1.0"),
    ("M-2", "General Industrial", 20000, 100, 25, 15, 15, 15, 60, 75, "FAR 1.2"),
    ("OS", "Open Space", 0, 0, 25, 25, 25, 25, 25, 5, "no dwellings"),
    ("PF", "Public Facilities", 0, 0, 20, 10, 10, 10, 50, 60, "FAR 1.0"),
]
DIST = {d[0]: dict(code=d[0], name=d[1], lot=d[2], width=d[3], front=d[4], side=d[5], street=d[6],
                   rear=d[7], height=d[8], cov=d[9], dens=d[10]) for d in DISTRICTS}
OVERLAYS = {
    "HD": ("Old Mill Historic District Overlay", "§ 17.48.010"),
    "FP": ("Floodplain Overlay", "§ 15.52.020"),
    "RC": ("Riverfront Corridor Overlay", "§ 17.12.050"),
}
RIPARIAN_SETBACK = 50   # feet from top of bank of the Fern River (RC overlay)

# ---------------------------------------------------------------- streets
# street, neighbourhood, districts on street, overlay or None
STREETS = [
    ("Tanner Street", "Old Mill", ["R-2", "MU-N"], "HD"),
    ("Granary Way", "Old Mill", ["R-2", "R-1S"], "HD"),
    ("Mill Race Road", "Old Mill", ["MU-N", "C-1"], "HD"),
    ("Wheelwright Lane", "Old Mill", ["R-1S", "R-2"], "HD"),
    ("Foundry Street", "Old Mill", ["MU-N", "DT"], "HD"),
    ("Linden Avenue", "Downtown", ["DT", "MU-C"], None),
    ("Station Street", "Downtown", ["DT"], None),
    ("Fulton Avenue", "Downtown", ["DT", "MU-C", "R-4"], None),
    ("Market Street", "Downtown", ["DT", "C-2"], None),
    ("Alder Street", "Alder Heights", ["R-1", "RE"], None),
    ("Hawthorne Boulevard", "Alder Heights", ["R-1", "C-1"], None),
    ("Cedar Ridge Road", "Alder Heights", ["RE", "R-1"], None),
    ("Summit Drive", "Alder Heights", ["RE"], None),
    ("Larkspur Court", "Alder Heights", ["R-1"], None),
    ("Kestrel Way", "Kestrel Park", ["R-1", "R-1S"], None),
    ("Wren Street", "Kestrel Park", ["R-1S", "R-1"], None),
    ("Lark Street", "Kestrel Park", ["R-1S"], None),
    ("Meadowlark Drive", "Kestrel Park", ["R-1", "R-2"], None),
    ("Finch Court", "Kestrel Park", ["R-1"], None),
    ("Marlowe Street", "Westbrook", ["R-1", "R-2"], None),
    ("Pemberton Avenue", "Westbrook", ["R-2", "R-3"], None),
    ("Ashby Street", "Westbrook", ["R-1"], None),
    ("Dover Street", "Westbrook", ["R-1", "R-2"], None),
    ("Chandler Avenue", "Westbrook", ["R-2", "C-1"], None),
    ("Millbrook Parkway", "Millbrook", ["MU-C", "R-4", "C-2"], None),
    ("Orchard Lane", "Millbrook", ["R-3", "R-2"], None),
    ("Juniper Court", "Millbrook", ["R-3"], None),
    ("Sycamore Street", "Millbrook", ["R-3", "R-4"], None),
    ("Copperfield Drive", "Copperfield", ["C-2", "M-1"], None),
    ("Industrial Way", "Copperfield", ["M-1", "M-2"], None),
    ("Quarry Lane", "Copperfield", ["M-2", "M-1"], None),
    ("Kiln Road", "Copperfield", ["M-1", "C-2"], None),
    ("River Road", "Riverside", ["R-1", "OS"], "RC"),
    ("Fernbank Drive", "Riverside", ["R-1", "RE"], "RC"),
    ("Willow Bend", "Riverside", ["R-1"], "FP"),
    ("Heron Court", "Riverside", ["R-1S"], "FP"),
    ("Lantern Hill Road", "Lantern Hill", ["RE", "R-1"], None),
    ("Foxglove Lane", "Lantern Hill", ["R-1"], None),
    ("Briar Lane", "Lantern Hill", ["R-1", "RE"], None),
    ("Ember Court", "Lantern Hill", ["R-1"], None),
    ("Southgate Boulevard", "Southgate", ["C-1", "C-2", "R-3"], None),
    ("Vine Street", "Southgate", ["R-1S", "R-3"], None),
    ("Elm Terrace", "Southgate", ["R-1S", "R-1"], None),
    ("Birchwood Avenue", "Southgate", ["R-1", "R-2"], None),
]
NEIGHBOURHOODS = sorted(set(s[1] for s in STREETS))

# ---------------------------------------------------------------- fees (current FY2026-27, Res. 2026-88, eff. 2026-08-01)
FEE_RES = "Resolution 2026-88"
FEE_EFFECTIVE = dt.date(2026, 8, 1)
OLD_FEE_RES = "Resolution 2025-71"
TECH_SURCHARGE = "4%"
PLAN_REVIEW_PCT = "65%"
REINSPECTION_FEE = 125
OLD_REINSPECTION_FEE = 95
AFTER_HOURS = "$180 per hour (2-hour minimum)"
EXTENSION_FEE = 75
REFUND_PCT = "80%"

# valuation table (unchanged)
VALUATION_TABLE = [
    ("$1 to $2,000", "$90"),
    ("$2,001 to $25,000", "$90 for the first $2,000 plus $14.00 for each additional $1,000 or fraction"),
    ("$25,001 to $50,000", "$412 for the first $25,000 plus $10.50 for each additional $1,000 or fraction"),
    ("$50,001 to $100,000", "$674.50 for the first $50,000 plus $7.25 for each additional $1,000 or fraction"),
    ("$100,001 to $500,000", "$1,037 for the first $100,000 plus $5.60 for each additional $1,000 or fraction"),
    ("$500,001 to $1,000,000", "$3,277 for the first $500,000 plus $4.75 for each additional $1,000 or fraction"),
    ("$1,000,001 and up", "$5,652 for the first $1,000,000 plus $3.65 for each additional $1,000 or fraction"),
]

# ---------------------------------------------------------------- permit types
# key: slug, name, prefix, fee (current text), old fee text or None, review (current), old review or None,
# division, documents, inspections (checklist keys), valid, notes
P = []
def permit(slug, name, prefix, fee, review, division, docs, insp, valid="180 days from issuance; each passed inspection extends it 180 days",
           old_fee=None, old_review=None, notes="", who="Homeowners and licensed contractors", code=""):
    P.append(dict(slug=slug, name=name, prefix=prefix, fee=fee, review=review, division=division, docs=docs,
                  insp=insp, valid=valid, old_fee=old_fee, old_review=old_review, notes=notes, who=who, code=code))

SITE_PLAN = "Site plan drawn to scale showing property lines, existing and proposed structures, and setbacks"
FLOOR_PLAN = "Floor plans with room uses and dimensions"
ELEV = "Exterior elevations with heights measured per § 17.08.040"
STRUCT = "Structural drawings and calculations (wet-stamped where required)"
ENERGY = "Energy compliance forms"
OWNER_AUTH = "Owner authorization form if the applicant is not the owner"

permit("new-single-family-dwelling", "New single-family dwelling", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee",
       "20 business days (first review)", "Building & Safety", [SITE_PLAN, FLOOR_PLAN, ELEV, STRUCT, ENERGY, "Grading and drainage plan", "Soils report"],
       ["footing-foundation", "underfloor", "shear-wall", "roof-sheathing", "framing", "rough-electrical", "rough-plumbing", "rough-mechanical", "insulation", "drywall-nailing", "final-building"],
       code="§ 15.08.020")
permit("residential-addition", "Residential addition", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee",
       "10 business days (first review)", "Building & Safety", [SITE_PLAN, FLOOR_PLAN, ELEV, STRUCT, ENERGY],
       ["footing-foundation", "framing", "rough-electrical", "rough-plumbing", "insulation", "final-building"],
       old_review="15 business days (first review)", code="§ 15.08.020")
permit("residential-remodel", "Residential interior remodel", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee",
       "10 business days (first review)", "Building & Safety", [FLOOR_PLAN, "Scope of work description", "Structural details for any wall removal"],
       ["framing", "rough-electrical", "rough-plumbing", "insulation", "final-building"], code="§ 15.08.020")
permit("accessory-dwelling-unit", "Accessory dwelling unit (ADU)", "BP", "$1,600 flat fee (includes plan review)",
       "20 business days (first review)", "Building & Safety and Planning", [SITE_PLAN, FLOOR_PLAN, ELEV, STRUCT, ENERGY, "Utility plan showing water, sewer and electrical connections", "ADU checklist (Form CD-41)"],
       ["footing-foundation", "underfloor", "framing", "rough-electrical", "rough-plumbing", "rough-mechanical", "insulation", "adu-final"],
       old_fee="$1,450 flat fee (includes plan review)", code="§ 17.24.060")
permit("junior-accessory-dwelling-unit", "Junior accessory dwelling unit (JADU)", "BP", "$700 flat fee (includes plan review)",
       "15 business days (first review)", "Building & Safety and Planning", [FLOOR_PLAN, "Deed restriction for owner occupancy (Form CD-42)", "Kitchen and entrance details"],
       ["framing", "rough-electrical", "rough-plumbing", "final-building"], code="§ 17.24.070")
permit("detached-garage-accessory-building", "Detached garage or accessory building", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee",
       "10 business days (first review)", "Building & Safety", [SITE_PLAN, FLOOR_PLAN, ELEV, STRUCT],
       ["footing-foundation", "framing", "roof-sheathing", "final-building"], code="§ 17.24.020")
permit("deck", "Deck", "BP", "$260", "5 business days", "Building & Safety", [SITE_PLAN, "Framing plan with joist size, spacing and span", "Footing and ledger details"],
       ["footing-foundation", "deck-framing", "final-building"], notes="Decks 30 inches or less above grade, 200 square feet or less and not attached to the house are exempt (§ 15.08.030).", code="§ 15.08.030")
permit("patio-cover", "Patio cover or pergola", "BP", "$240", "5 business days", "Building & Safety", [SITE_PLAN, "Framing plan and connection details", "Manufacturer's evaluation report for prefabricated covers"],
       ["footing-foundation", "framing", "final-building"], code="§ 15.08.020")
permit("residential-re-roof", "Residential re-roof", "BP", "$210", "Same day (over the counter)", "Building & Safety", ["Roofing material specification", "Number of existing layers"],
       ["re-roof-mid-roof", "re-roof-final"], old_fee="$180", code="§ 15.08.020")
permit("commercial-re-roof", "Commercial re-roof", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee", "5 business days", "Building & Safety",
       ["Roof plan", "Roofing specification and fire classification", "Structural letter if adding weight"], ["re-roof-mid-roof", "re-roof-final"], who="Licensed contractors", code="§ 15.08.020")
permit("siding-stucco", "Siding or stucco replacement", "BP", "$190", "Same day (over the counter)", "Building & Safety", ["Material specification", "Elevations marking affected walls"],
       ["lath-weather-barrier", "final-building"], code="§ 15.08.020")
permit("window-door-replacement", "Window and door replacement (same size)", "BP", "$140", "Same day (over the counter)", "Building & Safety", ["Window schedule with U-factor and SHGC", "Egress window sizes for bedrooms"],
       ["window-replacement"], code="§ 15.08.020")
permit("residential-solar-pv", "Residential rooftop solar PV", "BP", "$250 flat fee", "1 business day (SolarQuick automated review)", "Building & Safety",
       ["Single-line electrical diagram", "Roof layout with setbacks and pathways", "Module and inverter specification sheets", "Racking attachment details"],
       ["solar-pv-final"], old_review="3 business days (express review)", notes="Systems up to 15 kW on one- and two-family dwellings qualify for SolarQuick review (§ 15.44.030).", code="§ 15.44.030")
permit("commercial-solar-pv", "Commercial solar PV", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee", "10 business days", "Building & Safety",
       ["Single-line diagram", "Structural calculations", "Fire access plan"], ["solar-pv-final"], who="Licensed contractors", code="§ 15.44.040")
permit("battery-energy-storage", "Residential battery energy storage", "BP", "$200", "3 business days", "Building & Safety",
       ["Single-line diagram", "Battery specification sheet and listing", "Location plan showing clearances"], ["battery-storage"], code="§ 15.44.050")
permit("residential-ev-charger", "Residential EV charger", "BP", "$150", "Same day (over the counter)", "Building & Safety", ["Load calculation", "Charger specification sheet", "Panel location"],
       ["ev-charger"], code="§ 15.28.040")
permit("commercial-ev-charging", "Commercial EV charging stations", "BP", "$420 plus $40 per charger", "10 business days", "Building & Safety and Planning",
       ["Site plan with accessible EV spaces", "Single-line diagram", "Load calculation"], ["rough-electrical", "ev-charger"], who="Licensed contractors", code="§ 17.28.060")
permit("swimming-pool", "In-ground swimming pool", "BP", "$1,100", "10 business days", "Building & Safety",
       [SITE_PLAN, "Pool engineering plans", "Barrier plan showing fences and gates", "Equipment location and noise data"],
       ["pool-pre-gunite", "pool-barrier-final"], code="§ 15.40.020")
permit("spa-hot-tub", "Spa or hot tub", "BP", "$200", "Same day (over the counter)", "Building & Safety", [SITE_PLAN, "Electrical specification", "Lockable cover or barrier detail"],
       ["spa-final"], code="§ 15.40.060")
permit("fence-wall", "Fence or wall", "BP", "$120", "3 business days", "Planning", [SITE_PLAN, "Fence elevation with height and materials"],
       ["fence-final"], old_fee="$95", notes="Required for fences over 6 feet, masonry walls over 4 feet, and any fence in the Old Mill Historic District.", code="§ 17.36.070")
permit("retaining-wall", "Retaining wall", "BP", "$320", "10 business days", "Building & Safety", [SITE_PLAN, "Wall section and engineering for walls over 4 feet", "Drainage detail"],
       ["footing-foundation", "retaining-wall"], code="§ 17.36.060")
permit("demolition", "Demolition", "DM", "$300 (residential); $650 (commercial)", "5 business days (residential); 10 business days (commercial)", "Building & Safety",
       ["Utility disconnection letters (gas, electric)", "Asbestos survey for structures built before 1981", "Sewer cap plan", "Historic resource review for buildings 50 years or older"],
       ["demolition-final"], code="§ 15.20.020")
permit("grading", "Grading permit", "GR", "$480 base fee plus $0.35 per cubic yard over 50 cubic yards", "15 business days", "Building & Safety",
       ["Grading plan by a civil engineer", "Erosion and sediment control plan", "Soils report"], ["grading-erosion"], code="§ 15.24.020")
permit("electrical-service-upgrade", "Electrical service upgrade", "EL", "$180", "Same day (over the counter)", "Building & Safety",
       ["Load calculation", "Panel specification"], ["electrical-service"], code="§ 15.28.020")
permit("water-heater-replacement", "Water heater replacement", "PL", "$85", "Same day (over the counter)", "Building & Safety",
       ["Water heater specification (fuel type and capacity)"], ["water-heater"], code="§ 15.32.030")
permit("hvac-replacement", "HVAC or furnace replacement", "ME", "$150", "Same day (over the counter)", "Building & Safety",
       ["Equipment specification", "Duct testing plan where ducts are altered"], ["hvac-changeout"], code="§ 15.36.020")
permit("plumbing-repipe", "Plumbing repipe", "PL", "$200", "Same day (over the counter)", "Building & Safety", ["Pipe material and size schedule"],
       ["rough-plumbing", "final-building"], code="§ 15.32.020")
permit("sewer-lateral", "Sewer lateral replacement", "PL", "$240", "Same day (over the counter)", "Building & Safety", ["Lateral route sketch", "Video inspection report"],
       ["sewer-lateral"], code="§ 15.32.040")
permit("gas-line", "Gas line installation or alteration", "PL", "$120", "Same day (over the counter)", "Building & Safety", ["Gas pipe sizing", "Appliance list"],
       ["gas-pressure-test"], code="§ 15.32.050")
permit("commercial-new-construction", "Commercial new construction", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee",
       "30 business days (first review)", "Building & Safety and Planning",
       [SITE_PLAN, FLOOR_PLAN, ELEV, STRUCT, ENERGY, "Accessibility plans", "Fire protection plans", "Stormwater control plan"],
       ["footing-foundation", "framing", "rough-electrical", "rough-plumbing", "rough-mechanical", "fire-rated-assemblies", "tenant-improvement-final"], who="Licensed contractors and design professionals", code="§ 15.08.020")
permit("commercial-tenant-improvement", "Commercial tenant improvement", "BP", "Valuation-based building permit fee plus plan review at 65% of the building permit fee",
       "20 business days (first review)", "Building & Safety", [FLOOR_PLAN, "Accessibility compliance plans", "Exit plan", "Reflected ceiling plan", ENERGY],
       ["framing", "rough-electrical", "rough-mechanical", "fire-rated-assemblies", "tenant-improvement-final"], who="Licensed contractors and design professionals", code="§ 15.08.020")
permit("change-of-occupancy", "Change of occupancy", "BP", "$380 plus any construction permit fees", "15 business days", "Building & Safety and Planning",
       [FLOOR_PLAN, "Code analysis for the new occupancy", "Zoning clearance"], ["tenant-improvement-final"], code="§ 15.08.110")
permit("sign-permit", "Sign permit", "SG", "$225", "10 business days", "Planning", ["Sign drawing with dimensions and area", "Building elevation showing sign location", "Electrical details for illuminated signs"],
       ["sign-final"], code="§ 17.32.070")
permit("temporary-sign", "Temporary sign or banner", "SG", "$60", "2 business days", "Planning", ["Sign dimensions", "Display dates (maximum 30 days)"], [], code="§ 17.32.060")
permit("tree-removal", "Tree removal permit", "TR", "$75 ($0 for dead or hazardous trees confirmed by the City Arborist)", "10 business days", "Planning (City Arborist)",
       ["Tree location on site plan", "Arborist report for heritage trees", "Replacement planting plan"], ["tree-replacement"], code="§ 17.40.050")
permit("home-occupation", "Home occupation permit", "HO", "$110", "5 business days", "Planning", ["Home occupation application (Form CD-20)", "Description of business activities", "Floor plan showing area used"],
       [], valid="Valid while the business operates at the address; renew on change of ownership", code="§ 17.24.050")
permit("short-term-rental", "Short-term rental permit", "STR", "$350 per year", "15 business days", "Planning",
       ["Proof of primary residence (two documents)", "Floor plan with bedrooms marked", "24-hour local contact form", "Transient occupancy tax registration number", "Self-certification safety checklist"],
       ["str-safety"], valid="One year; renew annually", code="§ 17.24.080")
permit("temporary-use", "Temporary use permit", "TU", "$180", "10 business days", "Planning", ["Site plan of the event or use", "Dates and hours", "Property owner consent"], [],
       valid="Up to 90 days", code="§ 17.24.150")
permit("certificate-of-appropriateness", "Certificate of appropriateness (historic)", "COA", "$350 (minor, staff review); $900 (major, Planning Commission)",
       "10 business days (minor); 60 days (major)", "Planning (Historic Preservation)", ["Photographs of existing conditions", "Elevations and material samples", "Description of proposed changes"],
       [], valid="2 years", code="§ 17.48.020")
permit("zoning-clearance", "Zoning clearance", "ZC", "$95", "3 business days", "Planning", ["Description of use or project", SITE_PLAN], [], valid="1 year", code="§ 17.12.060")
permit("minor-variance", "Minor variance", "MV", "$520", "About 30 days (Zoning Administrator decision)", "Planning",
       [SITE_PLAN, "Written statement addressing the four findings", "Photographs", "Mailing list of owners within 300 feet"], [], valid="2 years unless exercised",
       old_fee="$450", code="§ 17.52.080")
permit("variance", "Variance", "ZV", "$1,450", "60 to 90 days (Planning Commission hearing)", "Planning",
       [SITE_PLAN, ELEV, "Written statement addressing the four findings", "Photographs", "Mailing list and labels for owners within 300 feet"], [],
       valid="2 years unless exercised", old_fee="$1,200", code="§ 17.52.030")
permit("conditional-use-permit", "Conditional use permit", "CUP", "$3,100", "About 90 days (Planning Commission hearing)", "Planning",
       [SITE_PLAN, FLOOR_PLAN, "Operations statement (hours, staffing, deliveries)", "Written statement addressing the five findings", "Mailing list for owners within 300 feet"], [],
       valid="2 years unless exercised", old_fee="$2,800", code="§ 17.56.030")
permit("site-plan-design-review", "Site plan and design review", "SPR", "$1,850", "About 45 days", "Planning",
       [SITE_PLAN, ELEV, "Landscape plan", "Colour and materials board", "Lighting plan"], [], valid="2 years", code="§ 17.60.020")
permit("lot-line-adjustment", "Lot line adjustment", "LLA", "$1,650", "About 45 days", "Planning and Public Works", ["Boundary survey", "Legal descriptions of existing and adjusted parcels", "Title reports"], [],
       valid="Recorded within 1 year", code="§ 17.64.090")
permit("tentative-parcel-map", "Tentative parcel map", "TPM", "$3,400", "About 90 days (Planning Commission hearing)", "Planning and Public Works",
       ["Tentative map prepared by a licensed surveyor", "Preliminary title report", "Utility and drainage plan"], [], valid="2 years", code="§ 17.64.100")
permit("rezoning", "Rezoning (zoning map amendment)", "REZ", "$4,200", "120 to 180 days (Planning Commission and City Council)", "Planning",
       ["Justification statement", "Legal description", "Vicinity map", "Mailing list for owners within 300 feet"], [], valid="Effective 30 days after second reading", code="§ 17.64.020")
permit("sidewalk-cafe", "Sidewalk café permit", "SC", "$260 per year", "10 business days", "Planning and Public Works", ["Layout showing 5-foot clear pedestrian path", "Certificate of insurance", "Furniture specifications"], [],
       valid="One year; renew annually", code="§ 17.20.050")
permit("appeal", "Appeal of a planning decision", "AP", "$575", "Hearing within 45 days of filing", "Planning", ["Appeal form (Form CD-60)", "Statement of grounds for appeal"], [],
       valid="Must be filed within 10 calendar days of the decision", old_fee="$500", code="§ 17.72.020")
permit("pre-application-meeting", "Pre-application meeting", "PRE", "$250 (credited toward a formal application filed within 6 months)", "Meeting scheduled within 10 business days", "Planning",
       ["Project description", "Conceptual site plan"], [], valid="Not applicable", code="§ 17.60.010")
permit("temporary-power-pole", "Temporary power pole", "EL", "$110", "Same day (over the counter)", "Building & Safety", ["Location sketch"], ["temporary-power"], code="§ 15.28.030")
PERMITS = {p["slug"]: p for p in P}

# ---------------------------------------------------------------- key code rules (current values)
ADU_MAX_SF = 1000
OLD_ADU_MAX_SF = 850
ADU_HEIGHT = 16
ADU_HEIGHT_OVER_GARAGE = 25
ADU_SETBACK = 4
JADU_MAX_SF = 500
FENCE_FRONT = 4
OLD_FENCE_FRONT = 3.5
FENCE_SIDE_REAR = 7
VIS_TRIANGLE = 25
HERITAGE_DBH = 18
OLD_HERITAGE_DBH = 24
OAK_DBH = 12
TREE_INLIEU = 450
STR_NIGHTS = 90
STR_FEE = 350
NOTICE_RADIUS = 300
NOTICE_DAYS = 10
APPEAL_DAYS = 10
VARIANCE_LIFE = "2 years"
POOL_BARRIER = 5
HOME_OCC_VISITS = 8

ORDINANCES = {
    "adu": ("Ordinance 2026-31", dt.date(2026, 8, 17), dt.date(2026, 9, 16)),
    "fence": ("Ordinance 2026-28", dt.date(2026, 7, 20), dt.date(2026, 8, 20)),
    "str": ("Ordinance 2026-24", dt.date(2026, 7, 6), dt.date(2026, 9, 1)),
    "tree": ("Ordinance 2026-33", dt.date(2026, 9, 8), dt.date(2026, 10, 8)),
    "millbrook": ("Ordinance 2026-36", dt.date(2026, 10, 19), dt.date(2026, 11, 18)),
    "epermits": ("Ordinance 2026-30", dt.date(2026, 8, 3), dt.date(2026, 10, 5)),
}
EPERMITS_LAUNCH = dt.date(2026, 10, 5)
HOURS_CHANGE = dt.date(2026, 9, 8)
CBO_CHANGE = dt.date(2026, 8, 17)
ADDITION_REVIEW_CHANGE = dt.date(2026, 9, 1)

FIRST = ["Alicia", "Ben", "Carmen", "David", "Elena", "Farid", "Gemma", "Hugo", "Irene", "Jonah", "Keiko", "Liam",
         "Marisol", "Nate", "Olivia", "Pavel", "Quinn", "Rosa", "Stefan", "Tara", "Umar", "Vera", "Wes", "Ximena",
         "Yusuf", "Zoe", "Anders", "Bianca", "Cyrus", "Delia", "Emeka", "Fiona", "Gareth", "Hana", "Ivan", "Jada",
         "Kofi", "Leona", "Mateo", "Nora", "Oscar", "Priyanka", "Rafael", "Sadie", "Theo", "Ursula", "Vikram", "Willa"]
LAST = ["Abernathy", "Baptiste", "Castellano", "Drummond", "Eklund", "Fairbanks", "Gallagher", "Hollis", "Ishikawa",
        "Jablonski", "Kavanagh", "Lindgren", "Mbeki", "Novak", "Oyelaran", "Petrakis", "Quintero", "Rasmussen",
        "Sandoval", "Thibodeaux", "Underhill", "Valdez", "Whitfield", "Yamamoto", "Zielinski", "Ashworth", "Brennan",
        "Cordero", "Delacroix", "Espinoza", "Fitzgerald", "Grunwald", "Halvorsen", "Iqbal", "Jorgensen", "Kilbride",
        "Larkin", "Moreau", "Nakamura", "Okonkwo", "Pellegrini", "Rourke", "Sato", "Tremaine", "Vasquez", "Winslow"]
COMPANIES = ["Birch & Stone Architects", "Copperline Builders", "Fern Valley Construction", "Keystone Design Group",
             "Lantern Studio Architecture", "Northgate Engineering", "Riverbend Homes", "Old Mill Restoration Co.",
             "Summit Solar", "BrightPath Energy", "Harrow Pools", "Greenway Landscape Design", "Tallis Signworks",
             "Ironbark Contractors", "Meridian Planning Associates", "Westbrook Renovations", "Cobalt Electric",
             "Millrace Development LLC", "Alder Heights Builders", "Pioneer Plumbing & Heating"]

"""FAQ pages, how-to guides, review-time reference and routine dated notices."""
import random, datetime as dt
from common import *
from facts import *

A = PERMITS

FAQ = [
 ("does-a-shed-need-a-permit", "Does a shed need a permit?", "2025-05-02", [
   "A one-story detached shed, playhouse or similar structure does not need a building permit if its floor area is 120 square feet or less and it has no electrical or plumbing (§ 15.08.030).",
   "Even an exempt shed must meet the zoning rules for accessory structures in § 17.24.020: at least 5 feet from side and rear property lines, at least 6 feet from the house, not in the front setback, and no taller than 15 feet (12 feet if within 10 feet of a property line).",
   "Sheds larger than 120 square feet need a permit under Permit type: Detached garage or accessory building."], ["§ 15.08.030 Work exempt from permit", "§ 17.24.020 Accessory structures"]),
 ("are-pool-fences-required", "Are pool fences required?", "2025-05-02", [
   f"Yes. Every outdoor pool capable of holding more than 24 inches of water must be surrounded by a barrier at least {POOL_BARRIER} feet high (§ 15.40.040). Gates must open outward, away from the pool, and be self-closing and self-latching with the latch at least 54 inches above the ground.",
   "If a wall of your house forms part of the barrier, doors opening onto the pool area need an alarm. A spa with a lockable safety cover meeting ASTM F1346 does not need a separate barrier.",
   "The barrier is checked at the pool barrier and final inspection."], ["Inspection checklist: Pool barrier and final"]),
 ("do-i-need-a-permit-for-a-home-business", "Do I need a permit for a home business?", "2026-08-03", [
   "You need a home occupation permit if clients, customers, employees or deliveries come to your home for the business (§ 17.24.050). A business with no visitors at all, such as a remote consulting job, does not need one, though you still need a City business licence.",
   f"Home occupations may have one non-resident employee on site, up to {HOME_OCC_VISITS} client visits per day between 8:00 a.m. and 8:00 p.m., and may use no more than 25 percent of the floor area. No exterior signs are allowed.",
   "The fee is $110 and the target review time is 5 business days."], ["Permit type: Home occupation permit"]),
 ("how-tall-can-a-house-be-in-r-1", "How tall can a house be in the R-1 district?", "2025-04-10", [
   "The maximum building height in R-1 is 30 feet (§ 17.16.030). Height is measured from the average finished grade around the building to the highest point of a flat roof, or to the midpoint between the eave and ridge of a pitched roof (§ 17.08.040).",
   "Chimneys, vents and solar equipment may exceed the limit by up to 10 feet (§ 17.16.050). A height increase of up to 10 percent (3 feet in R-1) may be requested as a minor variance; larger increases need a variance heard by the Planning Commission."], ["Zoning district: R-1 Single-Family Residential"]),
 ("what-are-the-setbacks-in-r-1s", "What are the setbacks in the R-1S district?", "2025-04-10", [
   "In the R-1S (Single-Family Small Lot) district the required setbacks are: front 15 feet, interior side 4 feet, street side 10 feet and rear 15 feet (§ 17.16.030).",
   "The maximum height is 28 feet and the maximum lot coverage is 50 percent. Minimum lot size is 4,000 square feet with a 40-foot minimum width.",
   "Street-facing garages must still be at least 20 feet from the front property line (§ 17.16.070)."], ["Zoning district: R-1S Single-Family Small Lot"]),
 ("what-are-the-setbacks-in-r-2", "What are the setbacks in the R-2 district?", "2025-04-10", [
   "The R-2 (Two-Family Residential) district requires a 20-foot front setback, 5-foot interior side setbacks, a 10-foot street side setback and a 15-foot rear setback (§ 17.16.030).",
   "Maximum height is 32 feet and maximum lot coverage is 45 percent. Two dwellings are allowed per lot, plus an ADU.",
   "Much of the Old Mill neighbourhood is zoned R-2 within the Old Mill Historic District Overlay, where exterior changes also need a certificate of appropriateness."], ["Zoning district: R-2 Two-Family Residential"]),
 ("how-much-of-my-lot-can-i-cover", "How much of my lot can I cover with buildings?", "2025-04-10", [
   "Maximum lot coverage depends on the district: RE 30 percent, R-1 40 percent, R-1S 50 percent, R-2 45 percent, R-3 55 percent and R-4 65 percent (§ 17.16.030).",
   "Lot coverage counts buildings and roofed structures, including covered porches, patio covers and carports. Uncovered decks under 30 inches high, eaves up to 2 feet and pools are not counted (§ 17.08.060).",
   "An increase of up to 5 percentage points can be requested as a minor variance (§ 17.52.080)."], ["§ 17.08.060 Definitions — lot coverage"]),
 ("can-i-convert-my-garage-to-an-adu", "Can I convert my garage to an ADU?", "2026-09-16", [
   "Yes. An attached or detached garage can be converted to an ADU. No setback is required for an ADU created within an existing legal structure, and you do not need to replace the lost garage parking (§ 17.24.060).",
   "The conversion must meet building code requirements for a dwelling, including egress windows, insulation and, where required, fire sprinklers.",
   "The ADU permit fee is $1,600 and the target first review time is 20 business days."], ["Permit type: Accessory dwelling unit (ADU)", "FAQ: Accessory dwelling units"]),
 ("can-i-rent-my-adu-on-a-short-term-basis", "Can I rent my ADU as a short-term rental?", "2026-09-01", [
   "No. ADUs and JADUs may not be used as short-term rentals (rentals of 30 days or less) under § 17.24.060 and § 17.24.080.",
   "You may rent an ADU for periods longer than 30 days. If you want to offer short-term stays in your own home, you need a short-term rental permit, and the home must be your primary residence.",
   "See FAQ: Short-term rentals for details."], ["FAQ: Short-term rentals", "§ 17.24.080 Short-term rentals"]),
 ("how-long-is-a-building-permit-valid", "How long is a building permit valid?", "2025-03-20", [
   "A building permit expires if work has not started within 180 days after issuance, or if work stops for 180 days (§ 15.08.070). Every approved inspection extends the permit for another 180 days.",
   f"You can request one extension of up to 180 days before the permit expires; the fee is ${EXTENSION_FEE} (§ 15.08.080).",
   "An application that has not been issued expires 12 months after it was submitted."], ["§ 15.08.070 Permit expiration", "How to close out an expired permit"]),
 ("what-is-the-reinspection-fee", "What is the reinspection fee?", "2026-08-03", [
   f"The reinspection fee is ${REINSPECTION_FEE} (§ 15.12.060). It is charged when the work is not ready, the approved plans or permit card are not on site, the inspector cannot get access, or corrections from an earlier inspection have not been made.",
   f"The fee increased from ${OLD_REINSPECTION_FEE} to ${REINSPECTION_FEE} on August 1, 2026 with the FY2026-27 fee schedule.",
   "No further inspections will be scheduled until the fee is paid, so pay it in the ePermits Center as soon as it is invoiced."], ["Fee schedule FY2026-27: inspection and miscellaneous fees"]),
 ("can-i-get-a-refund-on-my-permit", "Can I get a refund on my permit?", "2025-03-20", [
   f"Up to {REFUND_PCT} of permit fees can be refunded if no work has been done and you request the refund in writing within 180 days of payment (§ 15.12.040).",
   "Plan review fees cannot be refunded once review has started. Planning application fees are not refundable after the application is deemed complete, and the technology surcharge is never refunded.",
   f"Send refund requests to {EMAIL_PERMITS} with the permit number."], ["§ 15.12.040 Refunds"]),
 ("who-decides-a-variance", "Who decides a variance?", "2026-10-07", [
   "Minor variances (setback reductions of up to 20 percent, lot coverage increases up to 5 percentage points, height increases up to 10 percent, and fence height increases up to 1 foot) are decided by the Zoning Administrator without a hearing unless someone requests one (§ 17.52.080).",
   "All other variances are decided by the Planning Commission after a public hearing. Planning Commission decisions can be appealed to the City Council within 10 calendar days.",
   f"The Planning Commission now meets on the {PC_SCHEDULE}"], ["About the Fernhill Planning Commission", "How to apply for a variance"]),
 ("how-much-does-a-variance-cost", "How much does a variance cost?", "2026-08-03", [
   "Under the FY2026-27 fee schedule (effective August 1, 2026) a variance heard by the Planning Commission costs $1,450 and a minor variance decided by the Zoning Administrator costs $520.",
   "Before August 1, 2026 the fees were $1,200 and $450. The fee is paid when you file and is not refundable once the application is deemed complete.",
   "If you file a variance together with another planning application, the higher fee is charged in full and the other at 50 percent."], ["Fee schedule FY2026-27: planning and zoning applications"]),
 ("when-is-a-soils-report-required", "When is a soils report required?", "2025-03-20", [
   "A soils (geotechnical) report is required for new single-family dwellings, for grading permits, and for any grading on slopes steeper than 20 percent regardless of quantity (§ 15.24.010).",
   "The Building Official may also require a soils report for additions on expansive soils or fill. The report must be prepared by a licensed geotechnical engineer and the engineer's recommendations must be reflected on the plans."], ["Permit type: Grading permit"]),
 ("do-i-need-a-permit-to-replace-my-water-heater", "Do I need a permit to replace my water heater?", "2026-10-05", [
   "Yes. Water heater replacement requires a plumbing permit (§ 15.32.030). The fee is $85 and the permit is issued the same day through the ePermits Center.",
   "The inspector checks seismic strapping (two straps, one-third from the top and bottom), the relief valve discharge line, venting for gas units, and the dedicated 240-volt circuit for heat pump units."], ["Permit type: Water heater replacement", "Inspection checklist: Water heater"]),
 ("do-i-need-a-permit-for-a-new-roof", "Do I need a permit for a new roof?", "2026-10-05", [
   "Yes. A re-roof requires a permit. For homes, the residential re-roof permit costs $210 (it was $180 before August 1, 2026) and is issued the same day.",
   "Re-roofs covering more than 50 percent of the roof must use Class A fire-rated roofing (§ 15.04.020). Two inspections are required: a mid-roof inspection after tear-off and a final.",
   "Provide a secured ladder for the inspector."], ["Permit type: Residential re-roof", "Inspection checklist: Re-roof mid-roof"]),
 ("do-i-need-a-permit-for-solar-panels", "Do I need a permit for rooftop solar panels?", "2026-10-06", [
   "Yes. Residential rooftop solar PV systems need a building permit; the flat fee is $250.",
   "Systems of 15 kW AC or less on one- and two-family homes qualify for SolarQuick automated review in the ePermits Center, with a target review time of 1 business day (§ 15.44.030). Before October 5, 2026 the express review target was 3 business days.",
   "In the Old Mill Historic District, panels on street-facing roof slopes also need a minor certificate of appropriateness."], ["Permit type: Residential rooftop solar PV", "Notice: SolarQuick review for residential solar"]),
 ("what-is-a-certificate-of-appropriateness", "What is a certificate of appropriateness?", "2025-06-12", [
   "A certificate of appropriateness (COA) is the approval required for exterior changes visible from the street, new construction, demolition, fences and signs in the Old Mill Historic District (§ 17.48.010).",
   "Minor certificates, such as window replacements, fences and small additions not visible from the street, are decided by staff for a $350 fee. Major certificates, such as new buildings or demolition of contributing buildings, are decided by the Planning Commission after a hearing for a $900 fee.",
   f"Talk to the Historic Preservation Planner, {STAFF['historic'][0]}, before you design your project."], ["Permit type: Certificate of appropriateness (historic)"]),
 ("how-do-i-find-out-if-my-house-is-historic", "How do I find out if my house is historic?", "2025-06-12", [
   "Contributing buildings in the Old Mill Historic District are listed in the Old Mill Historic District Survey (2019), available from the Historic Preservation Planner.",
   "Outside the district, buildings 50 years old or older are reviewed when a demolition permit is requested; the Historic Preservation Planner decides within 10 business days whether the building is a potential historic resource (§ 15.20.020).",
   f"You can email {EMAIL_PLANNING} with your address to ask."], ["Old Mill Historic District Overlay (HD)"]),
 ("can-i-keep-chickens", "Can I keep chickens in Fernhill?", "2024-03-11", [
   "Yes, on lots in RE, R-1, R-1S and R-2 you may keep up to six hens. Roosters are not allowed (§ 17.24.030).",
   "Coops must be at least 10 feet from any neighbouring dwelling. Coops over 120 square feet need a building permit and must meet the accessory structure setbacks.",
   "Beekeeping of up to two hives is allowed in RE and R-1."], ["§ 17.24.030 Animal keeping"]),
 ("how-close-can-my-ac-unit-be-to-the-property-line", "How close can my air conditioner be to the property line?", "2025-03-20", [
   "Outdoor condensing units and heat pumps must be at least 3 feet from any side property line and may not be placed in the required front setback (§ 15.36.010).",
   "Equipment noise may not exceed 55 dBA at the property line between 10:00 p.m. and 7:00 a.m. Replacing a unit requires an HVAC permit ($150, issued the same day)."], ["Permit type: HVAC or furnace replacement"]),
 ("can-i-build-a-deck-without-a-permit", "Can I build a deck without a permit?", "2025-03-20", [
   "A deck is exempt from a building permit if it is no larger than 200 square feet, no more than 30 inches above grade at any point, not attached to the house, and does not serve the required exit door (§ 15.08.030).",
   "Any other deck needs a permit; the deck permit fee is $260 and the target review time is 5 business days. Uncovered decks under 30 inches high may extend to within 5 feet of side and rear property lines (§ 17.16.040)."], ["Permit type: Deck"]),
 ("what-is-the-corner-visibility-triangle", "What is the corner visibility triangle?", "2025-04-10", [
   f"On corner lots, nothing taller than 3 feet (fences, hedges, walls, signs) is allowed within the triangle formed by the two street property lines and a line joining points {VIS_TRIANGLE} feet from the corner (§ 17.36.050).",
   "Trees in the triangle must be trimmed to keep a clear zone between 3 and 8 feet above the street. Obstructions over 3 feet are also not allowed within 5 feet of either side of a driveway at the property line."], ["§ 17.36.050 Corner visibility triangle"]),
 ("how-many-parking-spaces-does-a-restaurant-need", "How many parking spaces does a restaurant need?", "2025-04-10", [
   "A restaurant needs 1 space per 150 square feet of dining area (§ 17.28.020). No off-street parking is required in the DT district.",
   "The Zoning Administrator can reduce required parking by up to 20 percent near the Fernhill Transit Center or for shared parking (§ 17.28.030). Larger reductions need a variance."], ["§ 17.28.020 Parking requirements"]),
 ("how-do-i-get-a-copy-of-old-permits", "How do I get copies of old permits for my house?", "2026-10-06", [
   "Permits issued since 2004 can be searched by address in the ePermits Center. Older records are kept on microfilm at the Permit Centre.",
   "Permit history research costs $45 per address. Copies of plans cost $0.25 per page or $15 per large-format sheet. Plans for some buildings may be withheld or require the owner's consent under state law.",
   f"Submit a records request through the ePermits Center or at the counter ({HOURS})"], ["Fee schedule FY2026-27: inspection and miscellaneous fees"]),
 ("what-if-i-did-work-without-a-permit", "What happens if I did work without a permit?", "2025-03-20", [
   "Work done without a required permit can be ordered stopped and exposed for inspection (§ 15.08.120). An investigation fee equal to the permit fee is charged on top of the permit fee (§ 15.12.050).",
   "If you bought a house with unpermitted work by a previous owner and you come forward voluntarily, the Building Official may waive the investigation fee for minor work. Work that cannot be made to comply must be removed."], ["§ 15.08.120 Work without permit"]),
 ("who-can-pull-a-permit", "Who can pull a permit?", "2025-07-01", [
   "Licensed contractors registered in the permit system, and property owners acting as owner-builders for their own single-family home (§ 15.08.090, § 15.08.100).",
   "Contractors must hold a state licence and a current Fernhill business licence, and renew their registration annually. Owner-builders must sign Form CD-15 and either do the work themselves or directly supervise it."], ["Guide for owner-builders"]),
 ("how-high-can-a-retaining-wall-be", "How high can a retaining wall be?", "2025-04-10", [
   "Retaining walls within required setbacks may not exceed 4 feet; taller grade changes must be terraced with at least 3 feet between walls (§ 17.36.060).",
   "Walls over 4 feet measured from the bottom of the footing, or walls supporting a surcharge such as a driveway, need a building permit with engineering. The retaining wall permit fee is $320.",
   "Every retaining wall needs drainage behind it directed to an approved outlet, never onto a neighbour's lot. The target review time for a retaining wall permit is 10 business days."], ["Permit type: Retaining wall"]),
 ("where-can-food-trucks-operate", "Where can food trucks operate?", "2025-05-15", [
   "Food trucks may operate on private property in commercial, mixed-use and industrial districts with the owner's consent and a City business licence (§ 17.24.130).",
   "They may not operate within 100 feet of a restaurant entrance without that restaurant's consent, or in residential districts except at permitted events. Hours are 7:00 a.m. to 10:00 p.m."], ["§ 17.24.130 Mobile food vendors"]),
 ("how-big-can-a-wall-sign-be", "How big can a wall sign be?", "2025-04-10", [
   "In commercial, mixed-use and industrial districts, wall signs are allowed at 1 square foot per linear foot of building frontage, up to 100 square feet per business (§ 17.32.050).",
   "Projecting signs may be up to 8 square feet with 8 feet of clearance above the sidewalk. A sign permit costs $225; signs in the Old Mill Historic District also need a certificate of appropriateness."], ["Permit type: Sign permit"]),
 ("how-do-i-cancel-an-inspection", "How do I cancel an inspection?", "2026-10-06", [
   "Cancel in the ePermits Center website or app by 7:30 a.m. on the day of the inspection (§ 15.16.020).",
   f"Late cancellations and visits where the inspector cannot get access are charged the ${REINSPECTION_FEE} reinspection fee. The automated phone line for inspections was retired on October 5, 2026."], ["How to schedule an inspection"]),
 ("what-is-the-floodplain-elevation-requirement", "How high must a new house be built in the floodplain?", "2025-03-20", [
   "In the special flood hazard area, the lowest floor of new and substantially improved homes must be at least 2 feet above the base flood elevation (§ 15.52.020).",
   "An elevation certificate by a licensed surveyor is needed at the foundation stage and before final inspection. A substantial improvement is work costing 50 percent or more of the building's market value."], ["Floodplain Overlay (FP)"]),
 ("can-i-build-near-the-fern-river", "Can I build near the Fern River?", "2025-04-10", [
   f"Within the Riverfront Corridor Overlay, no building, paving or grading is allowed within {RIPARIAN_SETBACK} feet of the top of bank of the Fern River (§ 17.12.050). Only trails, open fencing and habitat restoration are allowed in that strip.",
   "Variances cannot be granted from the riparian setback (§ 17.52.020). Landscaping in the overlay must use native riparian species, and lighting must be shielded away from the river."], ["Riverfront Corridor Overlay (RC)"]),
 ("what-is-the-technology-surcharge", "What is the technology surcharge on my permit?", "2026-08-03", [
   f"A {TECH_SURCHARGE} technology surcharge is added to every building permit fee to pay for the City's permit system (§ 15.12.010). It funded the move to the ePermits Center in 2026.",
   "The surcharge did not change in the FY2026-27 fee schedule and is never refundable.",
   "Flat-fee permits such as the $250 residential solar permit also carry the surcharge. Planning applications such as variances and conditional use permits do not."], ["Fee schedule FY2026-27: overview"]),
 ("how-long-does-a-conditional-use-permit-take", "How long does a conditional use permit take?", "2026-08-03", [
   "Plan on about 90 days from a complete application to a Planning Commission hearing. A pre-application meeting ($250, credited toward the application) is recommended.",
   "The conditional use permit fee is $3,100 as of August 1, 2026 (it was $2,800). Approvals expire after 2 years if the use has not started (§ 17.56.040)."], ["Permit type: Conditional use permit"]),
 ("do-i-need-a-permit-for-an-ev-charger", "Do I need a permit for an EV charger at home?", "2026-10-05", [
   "Yes. Installing a Level 2 charger requires an electrical permit (§ 15.28.040). The residential EV charger permit costs $150 and is issued the same day if your load calculation shows enough capacity.",
   "If the panel needs upgrading, apply for an electrical service upgrade ($180) at the same time."], ["Permit type: Residential EV charger"]),
 ("can-i-have-a-jadu-and-an-adu", "Can I have both an ADU and a JADU?", "2026-09-16", [
   "Yes. A lot with a single-family home may have one ADU and one JADU (§ 17.24.060). The JADU must be within the house (including an attached garage) and be no larger than 500 square feet.",
   "For a JADU, the owner must live in either the JADU or the main house and record a deed restriction (Form CD-42). The JADU permit fee is $700."], ["Permit type: Junior accessory dwelling unit (JADU)"]),
 ("what-happens-at-a-pre-application-meeting", "What happens at a pre-application meeting?", "2026-08-03", [
   "You meet with Planning and Building staff to discuss a project before you file. Bring a project description and a conceptual site plan.",
   "Meetings are scheduled within 10 business days. The $250 fee is credited toward a formal application filed within 6 months. Staff comments are advisory (§ 17.60.010)."], ["Permit type: Pre-application meeting"]),
 ("what-noise-limits-apply-to-industrial-uses", "What noise limits apply to industrial uses?", "2024-03-11", [
   "In M-1 and M-2, noise at the property line may not exceed 70 dBA during the day or 60 dBA at night (10:00 p.m. to 7:00 a.m.). At a residential district boundary the limits are 55 dBA during the day and 45 dBA at night (§ 17.22.030).",
   "No industrial use may emit odours, dust or vibration perceptible beyond its property line. Complaints are investigated by the Code Enforcement Unit, and repeated violations can lead to citations or, for uses with a conditional use permit, a revocation hearing."], ["§ 17.22.030 Industrial performance standards"]),
 ("how-do-i-get-a-temporary-use-permit", "How do I get a temporary use permit?", "2025-05-15", [
   "Apply at least 10 business days before the event or use. The fee is $180 and the permit can cover up to 90 days (§ 17.24.150).",
   "Include a site plan, dates and hours, and the property owner's consent. A property may host no more than four temporary uses per calendar year, and the site must be restored within 7 days after the use ends."], ["Permit type: Temporary use permit"]),
 ("when-is-the-rainy-season-for-erosion-control", "When do erosion control rules apply?", "2025-10-01", [
   "From October 15 through April 15, every construction site with exposed soil must install and maintain erosion and sediment controls, including perimeter controls, a stabilized entrance and inlet protection (§ 15.24.030).",
   "Stockpiles must be covered when not in use. Inspectors can stop work if sediment is leaving the site.",
   "Grading of more than 50 cubic yards needs a grading permit with an erosion and sediment control plan (§ 15.24.020). In the Riverfront Corridor Overlay, no grading is allowed within 50 feet of the top of bank of the Fern River."], ["Inspection checklist: Grading and erosion control"]),
 ("what-is-a-zoning-clearance", "What is a zoning clearance?", "2025-04-10", [
   "A zoning clearance confirms that a use is allowed at a location. It is needed before the City issues a business licence for a new business location, before a change of occupancy permit, and for any new use of a property (§ 17.12.060).",
   "The fee is $95, the target review time is 3 business days, and the clearance is valid for one year."], ["Permit type: Zoning clearance"]),
 ("how-do-i-get-a-certificate-of-occupancy", "When do I get a certificate of occupancy?", "2025-03-20", [
   "A certificate of occupancy is issued when the final inspection is approved for a new building, an ADU, or a change of occupancy (§ 15.16.050). It is posted to the permit record.",
   "A temporary certificate of occupancy may be issued for up to 90 days where the building can be safely occupied before everything is complete. Re-issuing a lost certificate costs $60."], ["Certificate of occupancy"]),
]

GUIDES = [
 ("how-to-apply-for-an-adu-permit", "How to apply for an ADU permit", "2026-10-07", [
   ("Check eligibility", f"ADUs are allowed on lots in RE, R-1, R-1S, R-2, R-3, R-4 and MU-N with an existing or proposed dwelling (§ 17.24.060). Detached ADUs may be up to {ADU_MAX_SF:,} square feet and {ADU_HEIGHT} feet tall ({ADU_HEIGHT_OVER_GARAGE} feet over a garage), at least {ADU_SETBACK} feet from side and rear lines."),
   ("Prepare plans", "You need a site plan, floor plans, elevations, structural drawings, energy forms, a utility plan and the ADU checklist (Form CD-41)."),
   ("Apply online", "Submit in the Fernhill ePermits Center under 'Accessory dwelling unit (ADU)'. The flat fee of $1,600 covers plan review."),
   ("Plan review", "The target for the first review is 20 business days. Respond to comments through the portal; resubmittals are reviewed within two-thirds of the original time."),
   ("Build and inspect", "Typical inspections: footing and foundation, underfloor, framing, rough electrical, plumbing and mechanical, insulation, and ADU final."),
   ("Move-in", "A certificate of occupancy is issued when the ADU final is approved, and the unit is addressed as 'Unit B'."),
 ]),
 ("how-to-find-your-propertys-zoning", "How to find your property's zoning", "2026-10-07", [
   ("Use the interactive zoning map", "Open the zoning map on the City website and search by address or parcel number. The map shows the base district and any overlay (HD, FP or RC)."),
   ("Check recent rezonings", "The map is updated when each rezoning ordinance takes effect. The next change is Ordinance 2026-36 (Millbrook Commons, 3300 Millbrook Parkway, C-2 to MU-C), which takes effect November 18, 2026."),
   ("Look up the standards", "Each district has a page (for example, Zoning district: R-1 Single-Family Residential) with setbacks, height and coverage."),
   ("Ask staff", f"Call the Planning Division at {PHONE_PLANNING} or email {EMAIL_PLANNING}. For a written determination, request a zoning clearance ($95)."),
 ]),
 ("how-to-respond-to-plan-review-comments", "How to respond to plan review comments", "2026-10-08", [
   ("Read the whole letter", "Comments are issued in one consolidated letter from all reviewing divisions (§ 15.08.050)."),
   ("Write a response letter", "Answer each comment by number, saying what you changed and where (sheet and detail)."),
   ("Cloud the changes", "Revise the drawings and cloud every change with a delta number."),
   ("Resubmit in the ePermits Center", "Upload the response letter and full revised sheets. Resubmittals are reviewed within two-thirds of the original target time."),
   ("Avoid a third review", "The first review and one resubmittal are covered by the plan review fee; third and later reviews are charged at $160 per hour."),
 ]),
 ("how-to-close-out-an-expired-permit", "How to close out an expired permit", "2026-10-08", [
   ("Find out the status", "Look up the permit in the ePermits Center. Permits expire 180 days after issuance if no inspection has been approved, or 180 days after the last approved inspection (§ 15.08.070)."),
   ("Renew if expired under a year", "A permit expired for less than one year can be renewed for one-half of the original permit fee if the plans have not changed and the codes have not changed (§ 15.08.080)."),
   ("Apply again if expired over a year", "Permits expired for a year or more need a new application and full fees."),
   ("Schedule the remaining inspections", "Once renewed, request the remaining inspections, ending with the final."),
 ]),
 ("how-to-estimate-project-valuation", "How to estimate project valuation", "2025-09-15", [
   ("Include everything", "Valuation is the total value of all construction work: materials, labour, equipment, overhead and profit (§ 15.12.020)."),
   ("Use a contract price if you have one", "A signed construction contract is the best evidence of valuation."),
   ("Expect a check", "The Building Official may use the building valuation data table if the stated valuation seems low."),
   ("Calculate the fee", "Use Fee schedule FY2026-27: valuation-based building permit fees. Add plan review at 65 percent of the permit fee and the 4 percent technology surcharge."),
 ]),
 ("guide-for-owner-builders", "Guide for owner-builders", "2025-07-01", [
   ("Who qualifies", "Owners of a single-family dwelling working on that dwelling or its accessory structures (§ 15.08.090)."),
   ("Sign the acknowledgement", "Form CD-15 confirms you understand your responsibilities, including for anyone you hire."),
   ("Beware of selling soon", "If you sell within one year of completion, the City presumes you built for sale and the exemption does not apply."),
   ("Schedule your own inspections", "You request inspections through the ePermits Center and must be present or have an adult over 18 present."),
 ]),
 ("how-to-appeal-a-planning-decision", "How to appeal a planning decision", "2026-08-03", [
   ("Check what can be appealed", "Zoning Administrator decisions go to the Planning Commission; Planning Commission decisions go to the City Council (§ 17.72.010)."),
   ("File on time", "File Form CD-60 with the City Clerk within 10 calendar days after the decision. If the tenth day is a weekend or holiday, the deadline moves to the next business day (§ 17.72.020)."),
   ("Pay the fee", "The appeal fee is $575 (it was $500 before August 1, 2026)."),
   ("Attend the hearing", "The appeal is heard within 45 days of filing, de novo. The City Council's decision on an appeal is final (§ 17.72.030)."),
 ]),
 ("how-to-report-a-possible-code-violation", "How to report a possible code violation", "2025-02-03", [
   ("Gather details", "Note the address, what you observed, and when. Photos taken from public property help."),
   ("Submit a report", f"Use the 'Report a Concern' form on the City website or call the Code Enforcement Unit through the Permit Centre at {PHONE_CENTRE}. Reports may be anonymous."),
   ("What happens next", "An officer investigates. If a violation is found, the owner gets a notice of violation, usually with 30 days to comply (§ 17.76.010)."),
   ("Penalties", "Uncorrected violations may receive administrative citations of $250, $500 and then $1,000 each within one year."),
 ]),
 ("certificate-of-occupancy", "Certificate of occupancy", "2025-03-20", [
   ("When it is needed", "Required before occupying a new building, an ADU, or a building with a change of occupancy (§ 15.16.050)."),
   ("How it is issued", "The certificate is issued automatically when the final inspection is approved and is posted to the permit record."),
   ("Temporary certificates", "A temporary certificate for up to 90 days may be issued where the building can be occupied safely."),
   ("Replacement copies", "A re-issued certificate costs $60."),
 ]),
 ("how-to-prepare-a-site-plan", "How to prepare a site plan", "2025-09-15", [
   ("Use a scale", "Draw to a standard scale (1/8 inch = 1 foot or 1 inch = 10 feet) on a sheet at least 11 by 17 inches."),
   ("Show the property", "Property lines with dimensions, north arrow, streets, easements and the Fern River top of bank if within 200 feet."),
   ("Show structures", "Existing and proposed buildings, decks, pools, fences and driveways, each labelled."),
   ("Dimension setbacks", "Show the distance from each structure to each property line and between buildings."),
   ("Add the data table", "Lot area, zoning district, building floor areas, lot coverage percentage and parking count."),
 ]),
 ("how-to-apply-for-a-short-term-rental-permit", "How to apply for a short-term rental permit", "2026-10-07", [
   ("Confirm eligibility", "You must be a natural person using the dwelling as your primary residence. ADUs and JADUs cannot be short-term rentals (§ 17.24.080)."),
   ("Register for transient occupancy tax", "Register with the Finance Department and get your TOT number first."),
   ("Gather documents", "Two proofs of primary residence, a floor plan with bedrooms marked, the 24-hour local contact form and the self-certification safety checklist."),
   ("Apply in the ePermits Center", "Choose 'Short-term rental permit' and pay the $350 annual fee. Target review time is 15 business days."),
   ("Pass the safety inspection", "First-year permits need a short-term rental safety inspection. Put the permit number in every listing."),
 ]),
 ("how-to-plan-a-fence-project", "How to plan a fence project", "2026-08-24", [
   ("Know the height limits", f"{FENCE_FRONT} feet in the front setback, {FENCE_SIDE_REAR} feet on interior side and rear lines, 6 feet on street side lines (§ 17.36.030)."),
   ("Check whether you need a permit", "A fence permit ($120) is needed for fences over 6 feet, masonry walls over 4 feet, and any fence in the Old Mill Historic District (§ 17.36.070)."),
   ("Keep corners clear", f"On corner lots, keep the {VIS_TRIANGLE}-foot visibility triangle free of anything over 3 feet (§ 17.36.050)."),
   ("Choose materials", "No chain link in front setbacks in residential districts or anywhere in the Old Mill Historic District; finished side faces out."),
 ]),
 ("how-to-get-a-tree-removal-permit", "How to get a tree removal permit", "2026-10-09", [
   ("Is it a heritage tree?", f"Measure the trunk at 4.5 feet above grade. Trees {HERITAGE_DBH} inches or more in diameter, native oaks {OAK_DBH} inches or more, and Council-designated trees are heritage trees (§ 17.40.040). Street trees also need a permit."),
   ("Apply", "Submit the tree location on a site plan, an arborist report for heritage trees and a replacement plan. The fee is $75, or no fee if the City Arborist confirms the tree is dead or hazardous."),
   ("Wait for the decision", "The City Arborist's target review time is 10 business days."),
   ("Replace", f"Plant two 24-inch box trees for each heritage tree removed within 6 months, or pay ${TREE_INLIEU} per tree to the Fernhill Tree Fund (§ 17.40.060)."),
 ]),
 ("how-to-request-a-pre-application-meeting", "How to request a pre-application meeting", "2026-10-08", [
   ("Submit a request", "Request a pre-application meeting in the ePermits Center with a project description and conceptual site plan."),
   ("Pay the fee", "The fee is $250 and is credited toward a formal application filed within 6 months."),
   ("Meet with staff", "Meetings are scheduled within 10 business days and include Planning and Building staff; other divisions attend when needed."),
   ("Get written notes", "Staff send a summary of comments after the meeting. Comments are advisory (§ 17.60.010)."),
 ]),
 ("how-to-pay-permit-fees", "How to pay permit fees", "2026-10-06", [
   ("Online", "Pay invoices in the Fernhill ePermits Center by card or e-check. A receipt is emailed and posted to the record."),
   ("In person", f"Pay by card or cheque at the Fernhill Permit Centre ({HOURS})"),
   ("When fees are due", "Plan review fees at submittal; building permit fees at issuance; planning application fees at filing."),
   ("Outstanding reinspection fees", f"Inspections will not be scheduled while a ${REINSPECTION_FEE} reinspection fee is unpaid."),
 ]),
 ("guide-to-building-in-the-old-mill-historic-district", "Guide to building in the Old Mill Historic District", "2025-06-12", [
   ("Talk to the Historic Preservation Planner first", f"{STAFF['historic'][0]} can tell you whether your building is contributing and what review applies."),
   ("Plan for a certificate of appropriateness", "Minor changes are decided by staff ($350); major projects by the Planning Commission ($900)."),
   ("Follow the Old Mill Design Guidelines", "Repair original windows where feasible; new additions should be set back from the front facade and differentiated from the original."),
   ("Remember related rules", "No chain-link fences; all fences need a permit; services over 200 amps go underground; street-facing solar needs a minor certificate."),
 ]),
 ("how-to-apply-for-a-conditional-use-permit", "How to apply for a conditional use permit", "2026-08-03", [
   ("Confirm the use needs a CUP", "Check the district use tables (for example § 17.20.020) or ask the Planning Division."),
   ("Hold a pre-application meeting", "Recommended for all conditional uses ($250, credited)."),
   ("Prepare the application", "Site plan, floor plan, operations statement (hours, staffing, deliveries, noise), a statement addressing the five findings of § 17.56.030, and a mailing list for owners within 300 feet."),
   ("File and pay", "The fee is $3,100 (FY2026-27)."),
   ("Hearing", "The Planning Commission holds a public hearing, typically about 90 days after the application is complete. Notice is mailed to owners within 300 feet at least 10 days before."),
 ]),
 ("guide-to-commercial-tenant-improvements", "Guide to commercial tenant improvements", "2026-10-08", [
   ("Get a zoning clearance", "Confirm the new use is allowed ($95) before designing."),
   ("Hire a design professional", "Tenant improvement plans need floor plans, accessibility compliance plans, an exit plan, a reflected ceiling plan and energy forms."),
   ("Submit in the ePermits Center", "Fees are valuation-based plus plan review at 65 percent. The target first review time is 20 business days."),
   ("Coordinate the fire department", "Fire sprinkler and alarm changes need separate fire department approval; the commercial final requires the fire final first."),
 ]),
 ("how-to-request-a-hearing-on-a-minor-variance", "How to request a hearing on a minor variance", "2026-08-20", [
   ("Read the notice", "Notices of pending minor variances are mailed to owners within 300 feet at least 10 days before the Zoning Administrator decides (§ 17.52.080)."),
   ("Submit a written request", f"Email {EMAIL_PLANNING} or write to the Planning Division before the decision date stated in the notice, citing the file number."),
   ("What happens next", "The application is referred to the Planning Commission for a public hearing, with new notice."),
 ]),
]


def gen_faq(rnd):
    for sl, q, upd, paras, rel in FAQ:
        out = []
        v = rnd.randint(0, 2)
        if v == 0:
            out.append(f"**Q: {q}**\n")
            out.append("**A:** " + "\n\n".join(paras))
        elif v == 1:
            out.append("## Short answer\n\n" + paras[0] + "\n")
            if len(paras) > 1:
                out.append("## More detail\n\n" + "\n\n".join(paras[1:]))
        else:
            out.append("\n\n".join(paras))
        out.append("\n## Related\n\n" + "\n".join(f"- {r}" for r in rel))
        out.append(rnd.choice([f"\nStill have questions? Contact the {CENTRE} at {PHONE_CENTRE}.",
                               f"\nThis answer is general guidance. For a specific property, email {EMAIL_PLANNING}.", ""]))
        add(f"faq-{sl}", q, upd, "\n".join(out))


def gen_guides(rnd):
    for sl, t, upd, steps in GUIDES:
        out = [rnd.choice(["This guide walks through the process step by step.", "Follow these steps. Code sections are cited so you can read the exact rules.",
                           "A short, practical guide from the Fernhill Permit Centre."]) + "\n"]
        for i, (h, txt) in enumerate(steps, 1):
            if rnd.random() < 0.5:
                out.append(f"## Step {i}: {h}\n\n{txt}\n")
            else:
                out.append(f"### {i}. {h}\n\n{txt}\n")
        out.append(f"Questions? The {CENTRE} is at {CIVIC}. Phone {PHONE_CENTRE}; email {EMAIL_PERMITS}." if upd >= "2026-09-08" else
                   f"Questions? The {CENTRE} is at {CIVIC}. Phone {PHONE_CENTRE}; email {EMAIL_PERMITS}.")
        add(sl, t, upd, "\n".join(out))
    # review times reference
    out = ["Target review times are measured in business days from the date an application is deemed complete (§ 15.08.050). Resubmittals are reviewed within two-thirds of the original target.\n",
           "| Permit type | Target review time |", "|---|---|"]
    for p in P:
        out.append(f"| {p['name']} | {p['review']} |")
    out.append("\n## Recent changes\n")
    out.append("- Residential additions: first review target shortened from 15 to 10 business days on September 1, 2026, after two plans examiner positions were filled.")
    out.append("- Residential rooftop solar PV: SolarQuick automated review (target 1 business day) replaced the 3-business-day express review on October 5, 2026.")
    out.append("\nReview times are targets, not guarantees. Current average times are reported monthly in the ePermits Center.")
    add("target-plan-review-times", "Target plan review times", "2026-10-06", "\n".join(out))


NOTICES = []


def gen_notices(rnd):
    holidays = [
        (dt.date(2023, 5, 29), "Memorial Day"), (dt.date(2023, 7, 4), "Independence Day"), (dt.date(2023, 9, 4), "Labor Day"),
        (dt.date(2023, 11, 23), "Thanksgiving"), (dt.date(2024, 1, 1), "New Year's Day"), (dt.date(2024, 5, 27), "Memorial Day"),
        (dt.date(2024, 7, 4), "Independence Day"), (dt.date(2024, 9, 2), "Labor Day"), (dt.date(2024, 11, 28), "Thanksgiving"),
        (dt.date(2025, 1, 1), "New Year's Day"), (dt.date(2025, 5, 26), "Memorial Day"), (dt.date(2025, 7, 4), "Independence Day"),
        (dt.date(2025, 9, 1), "Labor Day"), (dt.date(2025, 11, 27), "Thanksgiving"), (dt.date(2026, 1, 1), "New Year's Day"),
        (dt.date(2026, 5, 25), "Memorial Day"),
    ]
    for d, h in holidays:
        pub = d - dt.timedelta(days=rnd.randint(7, 12))
        extra = " and Friday, " + fmt_date(d + dt.timedelta(days=1)) if h == "Thanksgiving" else ""
        reopen = add_days_business(d + (dt.timedelta(days=1) if h == "Thanksgiving" else dt.timedelta(days=0)), 1)
        body = (f"The {CENTRE} and all Community Development offices will be closed on {weekday_name(d)}, {fmt_date(d)}{extra} for {h}. "
                f"No inspections will be performed on {'those days' if extra else 'that day'}.\n\n"
                f"Inspection requests made on the business day before the holiday will be scheduled for {weekday_name(reopen)}, {fmt_date(reopen)}. "
                f"The {OLD_PORTAL} remains available for applications and payments.\n\n"
                f"Regular counter hours ({OLD_HOURS}) resume on {fmt_date(reopen)}.")
        add(f"notice-{pub.isoformat()}-{slug(h)}-closure-{d.year}", f"Notice: Permit Centre closed for {h} {d.year}", pub, body, datekind="Date")
    # portal maintenance (old portal)
    for d in [dt.date(2024, 2, 17), dt.date(2024, 8, 10), dt.date(2025, 3, 15), dt.date(2025, 9, 20), dt.date(2026, 3, 14), dt.date(2026, 6, 13)]:
        pub = d - dt.timedelta(days=5)
        body = (f"The {OLD_PORTAL} ({OLD_PORTAL_URL}) will be unavailable for scheduled maintenance from 8:00 p.m. on Saturday, {fmt_date(d)} until 6:00 a.m. on Sunday, {fmt_date(d + dt.timedelta(days=1))}.\n\n"
                f"During the outage you will not be able to submit applications, pay fees or request inspections online. Inspection requests can still be made through the automated phone line at {PHONE_IVR_OLD} until {OLD_INSPECTION_CUTOFF} on the business day before the inspection.\n\n"
                "We apologize for the inconvenience.")
        add(f"notice-{pub.isoformat()}-permit-portal-maintenance", f"Notice: Permit Portal maintenance on {fmt_date(d)}", pub, body, datekind="Date")
    # rainy season reminders
    for y in (2023, 2024, 2025):
        pub = dt.date(y, 10, 1) + dt.timedelta(days=rnd.randint(0, 6))
        body = (f"The rainy season runs from October 15, {y} through April 15, {y + 1}. Under § 15.24.030, every construction site with exposed soil must have erosion and sediment controls installed and maintained during this period.\n\n"
                "## Minimum measures\n\n- Perimeter sediment control (fiber rolls or silt fence)\n- Stabilized construction entrance\n- Storm drain inlet protection\n- Covered stockpiles\n\n"
                "Inspectors will check controls at every inspection and may stop work where sediment is leaving a site. See Inspection checklist: Grading and erosion control.")
        add(f"notice-{pub.isoformat()}-rainy-season-erosion-control-{y}", f"Notice: Rainy-season erosion control reminder {y}", pub, body, datekind="Date")
    # PC cancellations
    for d in [dt.date(2023, 12, 26), dt.date(2024, 12, 24), dt.date(2025, 12, 23)]:
        pub = d - dt.timedelta(days=rnd.randint(14, 20))
        body = (f"The regular Planning Commission meeting of Tuesday, {fmt_date(d)} has been cancelled for the holiday season. "
                f"Items that would have been heard will be scheduled for the next regular meeting in January {d.year + 1}.\n\n"
                f"The Commission meets on the {OLD_PC_SCHEDULE} in the {CHAMBERS}. Agendas are posted on the City website.")
        add(f"notice-{pub.isoformat()}-planning-commission-meeting-cancelled", f"Notice: Planning Commission meeting of {fmt_date(d)} cancelled", pub, body, datekind="Date")
    # fee schedule adopted notices (old years)
    for y, res, adopt in [(2024, "Resolution 2024-64", dt.date(2024, 6, 17)), (2025, OLD_FEE_RES, dt.date(2025, 6, 16))]:
        pub = adopt + dt.timedelta(days=2)
        extra = (f"\n\nKey fees for FY2025-26 include: variance $1,200; minor variance $450; conditional use permit $2,800; ADU permit $1,450; fence permit $95; residential re-roof $180; reinspection ${OLD_REINSPECTION_FEE}; appeal $500." if y == 2025 else "")
        body = (f"On {fmt_date(adopt)} the City Council adopted {res}, the fee schedule for fiscal year {y}-{str(y + 1)[2:]}. The new fees take effect July 1, {y}.\n\n"
                f"Applications submitted and paid before July 1 are charged the previous fees. The {TECH_SURCHARGE} technology surcharge is unchanged. The valuation-based building permit table did not change.\n\n"
                "Fee changes follow the annual cost-of-service study, which compares staff time spent on each service with the fee charged. Copies of the resolution are available from the City Clerk." + extra)
        add(f"notice-{pub.isoformat()}-fee-schedule-fy{y}-{str(y + 1)[2:]}-adopted", f"Notice: Fee schedule for FY{y}-{str(y + 1)[2:]} adopted", pub, body, datekind="Date")
    # misc pre-cutoff notices
    body = ("Starting July 1, 2025, every contractor must register state and City licence information in the permit system before pulling a permit in Fernhill (Ordinance 2025-08, § 15.08.100). Registration must be renewed every year.\n\n"
            "Contractors whose City business licence has lapsed will not be able to obtain new permits until it is renewed. Existing permits are not affected.\n\n"
            "Registration is done once a year in the permit system using the contractor's state licence number and Fernhill business licence number.\n\n"
            f"Questions: {EMAIL_PERMITS} or {PHONE_CENTRE}.")
    add("notice-2025-06-05-contractor-registration-requirement", "Notice: New contractor registration requirement", "2025-06-05", body, datekind="Date")
    body = ("The 2024 editions of the International codes, the Uniform Plumbing Code and the 2023 National Electrical Code take effect in Fernhill on January 1, 2026 (Ordinance 2025-19).\n\n"
            "Applications deemed complete before January 1, 2026 are reviewed under the previous codes. Key local amendments: fire sprinklers in new dwellings and additions over 50 percent, Class A roofing for new roofs and re-roofs over 50 percent, 18-inch minimum footing depth (§ 15.04.020).\n\n"
            "Free code update workshops for contractors will be held at the Civic Center on December 3 and December 10, 2025.")
    add("notice-2025-11-10-2024-building-codes-take-effect", "Notice: 2024 building codes take effect January 1, 2026", "2025-11-10", body, datekind="Date")
    body = ("Fernhill will replace the Fernhill Permit Portal with a new online permitting system in fall 2026. The new system will offer online plan review, mobile inspection scheduling and automated review for simple permits.\n\n"
            "A launch date will be announced later this year. Until then, continue to use the Fernhill Permit Portal for all applications and inspection requests. Inspection requests are due by 3:00 p.m. for next-business-day inspections, online or through the automated phone line.\n\n"
            "Contractors interested in testing the new system can email permits@fernhill.gov.")
    add("notice-2026-02-09-new-permit-system-coming", "Notice: New online permit system coming in 2026", "2026-02-09", body, datekind="Date")
    body = ("The City Council will hold a study session on regulating short-term rentals on Monday, May 4, 2026 at 7:00 p.m. in the Council Chambers. Staff will present options including a permit requirement, a primary-residence rule and an annual cap on unhosted nights.\n\n"
            "Fernhill does not currently regulate short-term rentals beyond the business licence requirement. No decisions will be made at the study session.\n\n"
            f"Written comments may be sent to {EMAIL_PLANNING}.")
    add("notice-2026-04-20-council-study-session-short-term-rentals", "Notice: Council study session on short-term rentals", "2026-04-20", body, datekind="Date")


def run():
    rnd = random.Random(41)
    gen_faq(rnd)
    gen_guides(rnd)
    gen_notices(rnd)

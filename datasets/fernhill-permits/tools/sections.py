"""Municipal code sections (Title 15 Buildings, Title 17 Zoning) for Fernhill. Current text as of 2026-11-16."""
from facts import *

CHAPTERS = {
    "15.04": "Building Codes Adopted", "15.08": "Administration and Permits", "15.12": "Fees",
    "15.16": "Inspections", "15.20": "Demolition", "15.24": "Grading, Drainage and Erosion Control",
    "15.28": "Electrical", "15.32": "Plumbing", "15.36": "Mechanical", "15.40": "Swimming Pools and Spas",
    "15.44": "Solar Energy and Energy Storage", "15.52": "Flood Damage Prevention", "15.56": "Unsafe Buildings",
    "15.60": "Building Numbering",
    "17.04": "General Provisions", "17.08": "Definitions", "17.12": "Zoning Districts and Map",
    "17.16": "Residential Districts", "17.20": "Mixed-Use and Commercial Districts", "17.22": "Industrial Districts",
    "17.24": "Special Use Regulations", "17.28": "Parking and Loading", "17.32": "Signs",
    "17.36": "Fences, Walls and Hedges", "17.40": "Landscaping and Tree Protection",
    "17.44": "Nonconforming Uses and Structures", "17.48": "Historic Preservation", "17.52": "Variances",
    "17.56": "Conditional Use Permits", "17.60": "Site Plan and Design Review",
    "17.64": "Amendments, Maps and Lot Adjustments", "17.68": "Public Notice and Hearings", "17.72": "Appeals",
    "17.76": "Enforcement",
}

S = []
def sec(num, title, updated, history, text, related=(), note=None):
    S.append(dict(num=num, title=title, updated=updated, history=history, text=text, related=list(related), note=note))

# ============================================================ TITLE 15
sec("15.04.010", "Adoption of building codes", "2026-01-02", "Ord. 2025-19 (eff. 2026-01-01)", [
    "The following codes, 2024 editions, are adopted by reference as the building regulations of the City of Fernhill, subject to the local amendments in § 15.04.020: the International Building Code, the International Residential Code, the International Existing Building Code, the International Mechanical Code, the Uniform Plumbing Code, the National Electrical Code (2023 edition), the International Energy Conservation Code and the International Swimming Pool and Spa Code.",
    "One copy of each adopted code is kept on file with the City Clerk and is available for public inspection at the Fernhill Permit Centre.",
    "Applications submitted before January 1, 2026 are reviewed under the codes in effect on the date the application was deemed complete.",
], ["Local amendments to adopted codes", "What needs a permit in Fernhill"])
sec("15.04.020", "Local amendments to adopted codes", "2026-01-02", "Ord. 2025-19 (eff. 2026-01-01)", [
    "Automatic fire sprinklers are required in all new dwellings and in additions that increase the floor area of an existing dwelling by more than 50 percent.",
    "Roof coverings on all new roofs and re-roofs of more than 50 percent of the roof area shall be Class A fire-rated.",
    "Ground snow load for design purposes is 25 pounds per square foot; the basic wind speed is 100 miles per hour (Risk Category II); the frost depth is 18 inches.",
    "The minimum footing depth below undisturbed grade is 18 inches for all structures other than exempt accessory structures.",
], ["Adoption of building codes", "Inspection checklist: Footing and foundation"])
sec("15.04.030", "Climatic and geographic design criteria", "2026-01-02", "Ord. 2025-19", [
    "Seismic design category: D1. Weathering: moderate. Termite: moderate to heavy. Winter design temperature: 24°F. Ice barrier underlayment: not required.",
    "Flood hazard: see Chapter 15.52 and the Floodplain Overlay on the zoning map. The base flood elevation for each parcel is taken from the effective flood insurance rate map.",
    "These criteria apply to all structural designs submitted to the Building & Safety Division.",
], ["Local amendments to adopted codes", "Flood damage prevention — purpose and applicability"])
sec("15.08.010", "Building Official", "2026-08-20", "Ord. 2012-04; amended Ord. 2025-19",
    [
    "The Chief Building Official, or an acting Chief Building Official designated by the Community Development Director, administers and enforces this title.",
    "The Building Official may appoint inspectors, plans examiners and other technical staff, and may approve alternative materials and methods of construction that comply with the intent of the adopted codes.",
    "Written interpretations of the Building Official are published on the City website and are binding until rescinded.",
], ["Staff directory: Community Development Department"], note=f"Since August 17, 2026, {STAFF['cbo'][0]} serves as Acting Chief Building Official.")
sec("15.08.020", "Permit required", "2025-03-11", "Ord. 2012-04; amended Ord. 2019-08", [
    "No person shall erect, construct, enlarge, alter, repair, move, improve, remove, convert or demolish any building or structure, or install or alter any electrical, plumbing, gas or mechanical system regulated by this title, without first obtaining the required permit from the Building & Safety Division.",
    "Work exempt from permit is listed in § 15.08.030. Exemption from a permit does not exempt work from the zoning standards of Title 17.",
    "A separate permit is required for each building or structure, except that trade work incidental to a building permit may be included in that permit.",
], ["Work exempt from permit", "What needs a permit in Fernhill"])
sec("15.08.030", "Work exempt from permit", "2025-03-11", "Ord. 2012-04; amended Ord. 2019-08", [
    "One-story detached accessory structures used as tool or storage sheds, playhouses and similar uses, provided the floor area does not exceed 120 square feet and the structure has no electrical or plumbing.",
    "Fences not over 6 feet high, except that fences in the Old Mill Historic District and any fence or wall over 6 feet require a fence permit under § 17.36.070.",
    "Retaining walls not over 4 feet in height measured from the bottom of the footing to the top of the wall, unless supporting a surcharge.",
    "Decks not exceeding 200 square feet in area, not more than 30 inches above grade at any point, not attached to a dwelling and not serving the required exit door.",
    "Painting, papering, tiling, carpeting, cabinets, countertops and similar finish work; replacement of plumbing fixtures in the same location without altering supply or waste lines.",
    "Prefabricated swimming pools accessory to a dwelling that are less than 24 inches deep.",
], ["Permit required", "What needs a permit in Fernhill", "Does a shed need a permit?"])
sec("15.08.040", "Application for permit", "2026-10-05", "Ord. 2012-04; amended Ord. 2026-30", [
    f"Applications shall be submitted electronically through the {PORTAL} ({PORTAL_URL}). Paper applications are accepted only for commercial projects where the applicant demonstrates that electronic submittal is not feasible, and for applicants requesting an accessibility accommodation.",
    "Each application shall identify the work, the parcel number and address, the estimated valuation, the owner and the applicant, and shall be accompanied by the documents listed for the permit type.",
    "An application is deemed complete when the plans examiner confirms that all required documents have been received. Incomplete applications are returned with a checklist of missing items.",
], ["How to use the Fernhill ePermits Center", "Notice: ePermits Center is live"],
   note="Paper applications for residential permits were discontinued on October 5, 2026 when the ePermits Center replaced the former Fernhill Permit Portal.")
sec("15.08.050", "Plan review", "2026-09-01", "Ord. 2012-04; amended Ord. 2023-11", [
    "Plans are reviewed for compliance with this title, Title 17 and other applicable law. The Building Official publishes target review times for each permit type; target times are measured in business days from the date the application is deemed complete.",
    "Comments are issued in a single consolidated letter. Resubmittals are reviewed within two-thirds of the original target time.",
    "A third and each subsequent review of the same plans is charged at the hourly plan review rate of $160 per hour.",
], ["Target plan review times", "How to respond to plan review comments"])
sec("15.08.060", "Permit issuance", "2025-03-11", "Ord. 2012-04", [
    "When plans are approved and all fees are paid, the Building Official issues the permit. One set of approved plans shall be kept on the job site until final inspection.",
    "The permit card shall be posted at the front of the property, visible from the street, until the final inspection is approved.",
    "Over-the-counter permits listed in the permit type guide may be issued on the day of application when no plan review is required.",
], ["Target plan review times"])
sec("15.08.070", "Permit expiration", "2025-03-11", "Ord. 2012-04; amended Ord. 2019-08", [
    "Every permit expires if the work is not commenced within 180 days after issuance, or if the work is suspended or abandoned for 180 days after the work is commenced. Each approved inspection extends the permit for 180 days from the date of that inspection.",
    "An application for a permit expires 12 months after submittal if the permit has not been issued.",
    "Work on an expired permit may not resume until the permit is renewed under § 15.08.080 or a new permit is obtained.",
], ["Permit extensions and renewals", "How to close out an expired permit"])
sec("15.08.080", "Permit extensions and renewals", "2026-08-01", "Ord. 2012-04; amended Ord. 2019-08", [
    f"The Building Official may grant one extension of up to 180 days on written request made before expiration, upon payment of an extension fee of ${EXTENSION_FEE}.",
    "A permit expired for less than one year may be renewed by paying one-half of the original permit fee, provided no changes have been made to the plans and the codes in effect have not changed.",
    "A permit expired for one year or more requires a new application and full fees.",
], ["Permit expiration", "How to close out an expired permit"])
sec("15.08.090", "Owner-builders", "2024-05-20", "Ord. 2012-04", [
    "An owner of a single-family dwelling may obtain permits for work on that dwelling and its accessory structures without a contractor's licence, provided the owner signs the owner-builder acknowledgement (Form CD-15) and performs or directly supervises the work.",
    "An owner-builder who sells or offers the dwelling for sale within one year of completion is presumed to have built it for sale, and the exemption does not apply.",
    "Owner-builders are responsible for scheduling inspections and for the work of any persons they hire.",
], ["Guide for owner-builders"])
sec("15.08.100", "Contractor registration", "2025-07-01", "Ord. 2012-04; amended Ord. 2025-08", [
    "Every contractor performing work under a permit in Fernhill shall hold a valid state contractor licence and a current City of Fernhill business licence.",
    "Contractors shall register their licence information in the permit system before pulling a permit. Registration is renewed annually.",
    "A contractor whose business licence has lapsed may not be issued new permits until it is renewed.",
], ["How to use the Fernhill ePermits Center"])
sec("15.08.110", "Change of occupancy", "2024-05-20", "Ord. 2012-04", [
    "No change shall be made in the use or occupancy of any building that would place the building in a different occupancy classification unless a change of occupancy permit is issued and the building is made to comply with the requirements for the new occupancy.",
    "A zoning clearance confirming that the new use is allowed in the district is required before a change of occupancy permit is issued.",
    "A certificate of occupancy is issued when the final inspection for the change of occupancy is approved.",
], ["Zoning clearance required", "Certificate of occupancy"])
sec("15.08.120", "Work without permit", "2024-05-20", "Ord. 2012-04", [
    "Where work for which a permit is required is started or completed without a permit, the Building Official may order the work stopped and require that it be exposed for inspection.",
    "An investigation fee equal to the permit fee is charged in addition to the permit fee (see § 15.12.050).",
    "Unpermitted work that cannot be made to comply shall be removed.",
], ["Investigation fees for work without permit", "Code enforcement — purpose and procedures"])
sec("15.12.010", "Fee schedule adopted by resolution", "2026-08-01", "Ord. 2012-04; amended Ord. 2020-03", [
    f"The fees for permits, plan review, inspections and planning applications are set by resolution of the City Council. The fee schedule currently in effect is {FEE_RES}, effective August 1, 2026 (fiscal year 2026-27).",
    f"A technology surcharge of {TECH_SURCHARGE} is added to every building permit fee to fund the permit system.",
    "Fees are due at the time of application for planning applications and at permit issuance for building permits, except plan review fees, which are due at submittal.",
], ["Fee schedule FY2026-27: overview", "Notice: New permit and planning fees take effect August 1"])
sec("15.12.020", "Valuation", "2024-05-20", "Ord. 2012-04", [
    "Building permit fees for valuation-based permits are calculated from the total value of all construction work, including materials, labour, equipment, overhead and profit.",
    "The Building Official may use the current building valuation data table for the occupancy and construction type when the applicant's stated valuation appears to be understated.",
    "Valuation for ADUs is not used; ADUs are charged the flat fee in the fee schedule.",
], ["Fee schedule FY2026-27: valuation-based building permit fees", "How to estimate project valuation"])
sec("15.12.030", "Plan review fees", "2024-05-20", "Ord. 2012-04", [
    f"A plan review fee equal to {PLAN_REVIEW_PCT} of the building permit fee is charged for every valuation-based permit that requires plan review, and is paid at submittal.",
    "The plan review fee covers the initial review and one resubmittal. Additional reviews are charged at the hourly rate of $160 per hour.",
    "Expedited plan review, where offered, is charged at 1.5 times the standard plan review fee.",
], ["Fee schedule FY2026-27: valuation-based building permit fees", "Plan review"])
sec("15.12.040", "Refunds", "2024-05-20", "Ord. 2012-04", [
    f"Up to {REFUND_PCT} of permit fees paid may be refunded when no work has been done under the permit, if the permittee requests the refund in writing within 180 days of payment.",
    "Plan review fees are not refundable once plan review has begun.",
    "Planning application fees are not refundable after the application is deemed complete, and the technology surcharge is never refundable.",
], ["Fee schedule FY2026-27: overview"])
sec("15.12.050", "Investigation fees for work without permit", "2024-05-20", "Ord. 2012-04", [
    "An investigation fee equal to the amount of the permit fee is charged when work requiring a permit has been started without one.",
    "Payment of the investigation fee does not exempt any person from compliance with the codes or from any penalty.",
    "The Building Official may waive the investigation fee for a homeowner who voluntarily discloses minor unpermitted work done by a previous owner.",
], ["Work without permit"])
sec("15.12.060", "Reinspection fees", "2026-08-01", "Ord. 2012-04; fee amount per Res. 2026-88", [
    f"A reinspection fee of ${REINSPECTION_FEE} is charged when an inspection is requested and the work is not ready, when the approved plans or permit card are not on site, when access is not provided, or when corrections from a prior inspection have not been made.",
    "No further inspections are scheduled on the permit until the reinspection fee is paid.",
    "The first reinspection after a failed inspection for items not previously noted is not charged.",
], ["Fee schedule FY2026-27: inspection and miscellaneous fees", "How to schedule an inspection"],
   note=f"The reinspection fee increased from ${OLD_REINSPECTION_FEE} to ${REINSPECTION_FEE} on August 1, 2026.")
sec("15.16.010", "Required inspections", "2025-03-11", "Ord. 2012-04", [
    "The permittee shall request each inspection listed on the permit card and shall not cover or conceal work until it has been inspected and approved.",
    "Typical required inspections include footing and foundation, underfloor, shear wall, roof sheathing, framing, rough electrical, rough plumbing, rough mechanical, insulation, drywall nailing and final.",
    "Special inspections required by the adopted codes are performed by approved special inspection agencies retained by the owner.",
], ["How to schedule an inspection", "Inspection checklist: Framing"])
sec("15.16.020", "Inspection requests", "2026-10-05", "Ord. 2012-04; amended Ord. 2026-30", [
    f"Inspections shall be requested through the {PORTAL} website or mobile app. Requests received by {INSPECTION_CUTOFF} on a business day are scheduled for the next business day.",
    "Inspections are performed between 8:00 a.m. and 3:30 p.m. The permittee may choose a morning or afternoon window; the inspector will call 30 minutes before arrival.",
    "Cancellations must be made by 7:30 a.m. on the day of the inspection. Late cancellations and no-access visits are subject to the reinspection fee.",
], ["How to schedule an inspection", "Notice: ePermits Center is live"],
   note=f"Before October 5, 2026, inspections could also be requested through the automated phone line and the request deadline was {OLD_INSPECTION_CUTOFF}.")
sec("15.16.030", "Access for inspection", "2024-05-20", "Ord. 2012-04", [
    "The permittee shall provide safe access to the work, including ladders for roof inspections and a clear path to crawl spaces.",
    "An adult over 18 years of age shall be present for inspections of occupied dwellings.",
    "Dogs and other animals shall be secured before the inspector arrives.",
], ["How to schedule an inspection"])
sec("15.16.040", "Approval and correction notices", "2024-05-20", "Ord. 2012-04", [
    "The inspector records each inspection result as approved, partial or not approved, and leaves a correction notice listing any items that do not comply.",
    "Results are posted to the permit record in the permit system on the day of inspection.",
    "Corrections must be completed before a reinspection is requested.",
], ["Reinspection fees"])
sec("15.16.050", "Final inspection and certificate of occupancy", "2024-05-20", "Ord. 2012-04", [
    "No building or portion of a building shall be used or occupied until the final inspection is approved and, for new buildings, ADUs and changes of occupancy, a certificate of occupancy is issued.",
    "A temporary certificate of occupancy may be issued for up to 90 days where the building can be occupied safely before completion.",
    "The certificate of occupancy is posted to the permit record and a copy is available from the Permit Centre.",
], ["Certificate of occupancy", "Inspection checklist: Final building"])
sec("15.16.060", "After-hours inspections", "2026-08-01", "Ord. 2012-04; fee per Res. 2026-88", [
    f"Inspections outside normal hours may be requested at least three business days in advance and are charged at {AFTER_HOURS}.",
    "After-hours inspections are subject to inspector availability and are not available on City holidays.",
    "Emergency inspections for restoration of utilities after a fire or storm are provided without charge.",
], ["Fee schedule FY2026-27: inspection and miscellaneous fees"])
sec("15.20.010", "Demolition — purpose", "2024-05-20", "Ord. 2014-22", [
    "This chapter regulates the demolition of buildings and structures to protect public safety, utilities and historic resources.",
    "A demolition permit is required for the demolition of any building or structure other than an exempt accessory structure of 120 square feet or less.",
    "Partial demolition that removes more than 50 percent of the exterior walls of a building is treated as a demolition.",
], ["Demolition permit requirements"])
sec("15.20.020", "Demolition permit requirements", "2025-03-11", "Ord. 2014-22; amended Ord. 2021-06", [
    "Applications for a demolition permit shall include utility disconnection letters, a sewer cap plan and, for structures built before 1981, an asbestos survey.",
    "Buildings 50 years old or older are referred to the Historic Preservation Planner, who determines within 10 business days whether the building is a potential historic resource. Demolition of a potential historic resource requires review under § 17.48.040.",
    "Demolition in the Old Mill Historic District requires a certificate of appropriateness before the demolition permit is issued.",
], ["Demolition of historic resources", "Permit type: Demolition"])
sec("15.20.030", "Site restoration after demolition", "2024-05-20", "Ord. 2014-22", [
    "Within 30 days after demolition, the site shall be cleared of debris, graded to drain, and stabilized against erosion.",
    "Basements and pits shall be filled with clean compacted material unless a building permit for new construction has been issued.",
    "The sewer lateral shall be capped at the property line and inspected before backfill.",
], ["Inspection checklist: Demolition final"])
sec("15.24.010", "Grading — purpose", "2024-05-20", "Ord. 2016-10", [
    "This chapter regulates grading, excavation and fill to protect slopes, drainage and water quality.",
    "Grading work on slopes steeper than 20 percent requires a soils report regardless of quantity.",
    "Grading within 50 feet of the top of bank of the Fern River is also subject to the Riverfront Corridor Overlay.",
], ["Grading permit required", "Riverfront Corridor Overlay"])
sec("15.24.020", "Grading permit required", "2025-03-11", "Ord. 2016-10; amended Ord. 2022-04", [
    "A grading permit is required for any excavation or fill exceeding 50 cubic yards, any cut or fill slope more than 5 feet high, and any grading that alters drainage onto an adjoining property.",
    "Grading of less than 50 cubic yards incidental to a building permit is reviewed with that permit.",
    "Grading plans for more than 1,000 cubic yards shall be prepared by a registered civil engineer.",
], ["Permit type: Grading permit", "Erosion and sediment control"])
sec("15.24.030", "Erosion and sediment control", "2025-10-01", "Ord. 2016-10; amended Ord. 2022-04", [
    "From October 15 through April 15 (the rainy season), every site with exposed soil shall install and maintain erosion and sediment control measures, including perimeter controls, stabilized entrances and inlet protection.",
    "Stockpiles shall be covered when not actively used.",
    "Inspectors may stop work on a site where sediment is leaving the property until the controls are repaired.",
], ["Inspection checklist: Grading and erosion control", "Notice: Rainy-season erosion control reminder"])
sec("15.28.010", "Electrical — general", "2024-05-20", "Ord. 2012-04", [
    "Electrical work shall comply with the adopted electrical code and this chapter.",
    "Only licensed electrical contractors or owner-builders under § 15.08.090 may perform electrical work under a permit.",
    "Overhead service drops in the Old Mill Historic District shall be relocated underground when a service is upgraded above 200 amperes.",
], ["Electrical service upgrades"])
sec("15.28.020", "Electrical service upgrades", "2025-03-11", "Ord. 2012-04", [
    "A permit is required to replace or upgrade any electrical service panel or meter.",
    "A load calculation is required for service upgrades and for any new circuit over 40 amperes.",
    "The utility will not reconnect power until the service inspection is approved and released by the City.",
], ["Permit type: Electrical service upgrade", "Inspection checklist: Electrical service"])
sec("15.28.030", "Temporary power", "2024-05-20", "Ord. 2012-04", [
    "Temporary power poles for construction require a separate electrical permit and inspection before energizing.",
    "Temporary power shall be removed within 30 days after the permanent service is approved.",
    "Temporary power for special events requires a temporary use permit and electrical inspection.",
], ["Permit type: Temporary power pole"])
sec("15.28.040", "Electric vehicle charging equipment", "2025-06-09", "Ord. 2021-14", [
    "Installation of Level 2 or higher electric vehicle charging equipment requires an electrical permit.",
    "Residential EV charger permits for a single charger at a one- or two-family dwelling are issued over the counter without plan review when a load calculation shows adequate capacity.",
    "Commercial EV charging installations also require Planning review for parking layout under § 17.28.060.",
], ["Permit type: Residential EV charger", "EV charging requirements for parking"])
sec("15.32.010", "Plumbing — general", "2024-05-20", "Ord. 2012-04", [
    "Plumbing work shall comply with the adopted plumbing code and this chapter.",
    "Backflow prevention assemblies shall be tested at installation and annually thereafter by a certified tester.",
    "Water-conserving fixtures are required in all new construction and when fixtures are replaced under a permit.",
], ["Plumbing repipe"])
sec("15.32.020", "Plumbing repipe", "2024-05-20", "Ord. 2012-04", [
    "Replacement of water supply piping in an existing building requires a plumbing permit.",
    "New piping shall be pressure tested at 100 psi for 15 minutes before being covered.",
    "Drywall patches over repiped areas may be closed after the rough plumbing inspection is approved.",
], ["Permit type: Plumbing repipe"])
sec("15.32.030", "Water heaters", "2025-03-11", "Ord. 2012-04; amended Ord. 2021-14", [
    "Replacement of a water heater requires a permit. Water heaters shall be strapped in two places, at one-third from the top and one-third from the bottom.",
    "A temperature and pressure relief valve discharge line shall terminate outside or to an approved location not more than 6 inches above the floor.",
    "Replacing a gas water heater with a heat pump water heater requires a dedicated 240-volt circuit, which may be included in the same permit.",
], ["Permit type: Water heater replacement", "Inspection checklist: Water heater"])
sec("15.32.040", "Sewer laterals", "2025-03-11", "Ord. 2017-12", [
    "Replacement or repair of a private sewer lateral requires a plumbing permit.",
    "A cleanout shall be installed at the property line if one does not exist.",
    "A sewer lateral inspection and video report is required before the sale of any property with a lateral more than 40 years old.",
], ["Permit type: Sewer lateral replacement", "Inspection checklist: Sewer lateral"])
sec("15.32.050", "Fuel gas piping", "2024-05-20", "Ord. 2012-04", [
    "Installation, extension or alteration of gas piping requires a permit.",
    "New gas piping shall pass an air pressure test of 10 psi for 15 minutes, witnessed by the inspector.",
    "A seismic gas shutoff valve is required when gas piping is altered at the meter.",
], ["Permit type: Gas line installation or alteration", "Inspection checklist: Gas pressure test"])
sec("15.36.010", "Mechanical — general", "2024-05-20", "Ord. 2012-04", [
    "Mechanical work shall comply with the adopted mechanical code and this chapter.",
    "Outdoor condensing units and heat pumps shall not be located in a required front setback and shall be at least 3 feet from any side property line.",
    "Equipment noise shall not exceed 55 dBA at the property line between 10:00 p.m. and 7:00 a.m.",
], ["HVAC equipment replacement"])
sec("15.36.020", "HVAC equipment replacement", "2025-03-11", "Ord. 2012-04; amended Ord. 2021-14", [
    "Replacement of a furnace, air conditioner, heat pump or ductwork requires a mechanical permit.",
    "Where more than 40 feet of ductwork is replaced, duct leakage testing is required.",
    "A certificate of installation signed by the contractor shall be available at inspection.",
], ["Permit type: HVAC or furnace replacement", "Inspection checklist: HVAC changeout"])
sec("15.40.010", "Swimming pools — definitions and scope", "2024-05-20", "Ord. 2015-07", [
    "This chapter applies to swimming pools, spas and hot tubs capable of containing water more than 24 inches deep.",
    "Pools are accessory structures and must meet the setback requirements of § 15.40.030.",
    "Above-ground pools less than 24 inches deep are exempt from permit but not from barrier requirements when capable of holding 24 inches of water.",
], ["Permit type: In-ground swimming pool"])
sec("15.40.020", "Pool permits", "2025-03-11", "Ord. 2015-07", [
    "A building permit is required for every in-ground swimming pool and for above-ground pools 24 inches or deeper.",
    "Pool plans shall include a barrier plan showing all fences, walls, gates and doors that form the pool barrier.",
    "Electrical bonding and equipment shall be inspected under the same permit.",
], ["Permit type: In-ground swimming pool", "Inspection checklist: Pool pre-gunite"])
sec("15.40.030", "Pool location and setbacks", "2024-05-20", "Ord. 2015-07", [
    "The water's edge of a pool shall be at least 5 feet from any side or rear property line and shall not be located in a required front setback.",
    "Pool equipment shall be at least 3 feet from any property line and screened from view from the street.",
    "Pools shall not be placed over easements or sewer laterals.",
], ["Pool barriers"])
sec("15.40.040", "Pool barriers", "2025-03-11", "Ord. 2015-07; amended Ord. 2020-09", [
    f"Every outdoor pool shall be surrounded by a barrier at least {POOL_BARRIER} feet high, measured on the side away from the pool.",
    "Gates shall open outward away from the pool and be self-closing and self-latching, with the latch at least 54 inches above the ground.",
    "Openings in the barrier shall not allow passage of a 4-inch sphere. Where a dwelling wall forms part of the barrier, doors opening to the pool area shall have an alarm.",
], ["Inspection checklist: Pool barrier and final", "Are pool fences required?"])
sec("15.40.060", "Spas and hot tubs", "2024-05-20", "Ord. 2015-07", [
    "Portable spas and hot tubs require an electrical permit for the dedicated circuit.",
    "A spa with a lockable safety cover complying with ASTM F1346 is exempt from the pool barrier requirement.",
    "Spas shall be at least 3 feet from side and rear property lines.",
], ["Permit type: Spa or hot tub", "Inspection checklist: Spa final"])
sec("15.44.010", "Solar energy — purpose", "2026-10-05", "Ord. 2017-03; amended Ord. 2026-30", [
    "This chapter establishes a streamlined permitting process for small residential rooftop solar energy systems and energy storage.",
    "Solar energy systems are allowed in all zoning districts as accessory uses.",
    "Review of solar systems is limited to health and safety; aesthetic review applies only in the Old Mill Historic District, where panels on street-facing roof slopes require a minor certificate of appropriateness.",
], ["Expedited review of residential solar", "Permit type: Residential rooftop solar PV"])
sec("15.44.030", "Expedited review of residential solar", "2026-10-05", "Ord. 2017-03; amended Ord. 2026-30", [
    "Rooftop solar PV systems of 15 kW AC or less on one- and two-family dwellings that meet the standard eligibility checklist qualify for SolarQuick automated review in the ePermits Center.",
    "The target review time for SolarQuick applications is 1 business day. Applications that do not pass the automated checks are routed to a plans examiner for standard review within 5 business days.",
    "Eligible systems require only one final inspection, which may be performed remotely by video where the installer is enrolled in the remote inspection program.",
], ["Permit type: Residential rooftop solar PV", "Notice: SolarQuick review for residential solar"],
   note="Before October 5, 2026, eligible systems received express review with a target of 3 business days.")
sec("15.44.040", "Commercial solar", "2024-05-20", "Ord. 2017-03", [
    "Solar PV systems over 15 kW, or on buildings other than one- and two-family dwellings, require standard plan review.",
    "Ground-mounted systems are subject to the setbacks of the zoning district.",
    "Fire access pathways of at least 4 feet shall be provided around roof arrays unless the fire marshal approves an alternative.",
], ["Permit type: Commercial solar PV"])
sec("15.44.050", "Energy storage systems", "2025-06-09", "Ord. 2021-14", [
    "Residential battery energy storage systems shall be listed to UL 9540 and installed per the manufacturer's instructions.",
    "Individual systems shall not exceed 20 kWh, and the aggregate capacity at a dwelling shall not exceed 80 kWh.",
    "Systems shall not be installed in habitable rooms, closets or bathrooms.",
], ["Permit type: Residential battery energy storage", "Inspection checklist: Battery energy storage"])
sec("15.52.010", "Flood damage prevention — purpose and applicability", "2024-05-20", "Ord. 2010-02; amended Ord. 2018-11", [
    "This chapter applies to all development within the special flood hazard area shown on the effective flood insurance rate map and the Floodplain Overlay.",
    "The Building Official serves as the floodplain administrator.",
    "A floodplain development permit is reviewed together with the building permit.",
], ["Floodplain construction standards", "Floodplain Overlay (FP)"])
sec("15.52.020", "Floodplain construction standards", "2025-03-11", "Ord. 2010-02; amended Ord. 2018-11", [
    "The lowest floor of new and substantially improved residential buildings shall be elevated at least 2 feet above the base flood elevation.",
    "A substantial improvement is any improvement whose cost equals or exceeds 50 percent of the market value of the structure.",
    "An elevation certificate prepared by a licensed surveyor is required at the foundation stage and again before final inspection.",
], ["Flood damage prevention — purpose and applicability", "Floodplain Overlay (FP)"])
sec("15.56.010", "Unsafe buildings", "2024-05-20", "Ord. 2013-05", [
    "Any building that is structurally unsafe, unsanitary, a fire hazard or otherwise dangerous to life is declared an unsafe building.",
    "The Building Official may post the building as unsafe and order it vacated, repaired or demolished.",
    "The owner may appeal the order to the Building Appeals Board within 10 days.",
], ["Code enforcement — purpose and procedures"])
sec("15.60.010", "Building numbering", "2024-05-20", "Ord. 2009-01", [
    "Every building shall display its assigned street number in numerals at least 4 inches high on a contrasting background, visible from the street.",
    "New addresses, including addresses for ADUs, are assigned by the Building & Safety Division at permit issuance.",
    "ADUs are addressed with the primary address and the suffix 'Unit B'.",
], ["Permit type: Accessory dwelling unit (ADU)"])

# ============================================================ TITLE 17
sec("17.04.010", "Title and purpose of the zoning code", "2024-02-06", "Ord. 2008-15", [
    "This title is the Zoning Code of the City of Fernhill.",
    "Its purpose is to implement the Fernhill General Plan, protect the character of neighbourhoods, provide for housing of all types, support a healthy local economy and protect the Fern River corridor.",
    "The Zoning Code applies to all land in the City, including land owned by public agencies to the extent allowed by law.",
], ["Zoning in Fernhill: an overview"])
sec("17.04.020", "Interpretation of the zoning code", "2024-02-06", "Ord. 2008-15", [
    "The Zoning Administrator interprets this title. Written interpretations are published and may be appealed to the Planning Commission under Chapter 17.72.",
    "Where two provisions conflict, the more restrictive applies unless the code says otherwise.",
    "Headings and illustrations are for convenience; the text controls.",
], ["Appealable decisions"])
sec("17.04.030", "Review authorities", "2026-10-07", "Ord. 2008-15; amended Ord. 2023-02", [
    "The Zoning Administrator decides minor variances, home occupation permits, temporary use permits, zoning clearances and minor certificates of appropriateness.",
    "The Planning Commission decides variances, conditional use permits, site plan and design review for projects over 10,000 square feet, tentative parcel maps and major certificates of appropriateness, and makes recommendations on rezonings and code amendments.",
    "The City Council decides rezonings and code amendments and hears appeals of Planning Commission decisions.",
], ["About the Fernhill Planning Commission", "Appealable decisions"],
   note=f"The Planning Commission meets on the {PC_SCHEDULE} beginning October 7, 2026.")
sec("17.08.010", "Definitions — general", "2024-02-06", "Ord. 2008-15", [
    "Words in this title have the meanings given in this chapter. Words not defined here have their ordinary dictionary meaning.",
    "'Shall' is mandatory; 'may' is permissive.",
    "References to a section include any amendments to it.",
], ["Definitions — accessory dwelling unit"])
for n, term, txt in [
    ("17.08.020", "accessory dwelling unit", "'Accessory dwelling unit' or 'ADU' means a residential unit with complete independent living facilities, including permanent provisions for living, sleeping, eating, cooking and sanitation, located on a lot with a proposed or existing primary dwelling. An ADU may be detached, attached, or created by converting existing space. See § 17.24.060."),
    ("17.08.030", "accessory structure", "'Accessory structure' means a detached subordinate structure whose use is incidental to the main use of the lot, such as a garage, shed, workshop, studio or pool house. An accessory structure may not contain a kitchen unless it is approved as an ADU."),
    ("17.08.040", "building height", "'Building height' means the vertical distance from the average finished grade at the perimeter of the building to the highest point of a flat roof, or to the midpoint between the eave and ridge of a pitched roof. Chimneys, vent stacks and solar panels are excluded."),
    ("17.08.050", "floor area", "'Floor area' means the sum of the gross horizontal areas of all floors of a building measured from the exterior faces of the walls, including garages and enclosed porches, but excluding unenclosed decks, basements with less than 4 feet above grade and attic space with less than 7 feet of headroom."),
    ("17.08.060", "lot coverage", "'Lot coverage' means the percentage of the lot area covered by buildings and roofed structures, including covered porches, patio covers and carports. Uncovered decks less than 30 inches high, eaves projecting up to 2 feet and pools are not counted."),
    ("17.08.070", "setback", "'Setback' means the minimum required distance between a property line and the nearest point of a building or structure, measured perpendicular to the property line. 'Front', 'interior side', 'street side' and 'rear' setbacks are defined by the lot line they adjoin."),
    ("17.08.080", "story", "'Story' means the portion of a building between the upper surface of a floor and the upper surface of the floor or roof above. A half story is a story under a pitched roof with a floor area of not more than 60 percent of the story below."),
    ("17.08.090", "home occupation", "'Home occupation' means a business conducted within a dwelling by its resident that is clearly incidental to the residential use and does not change the character of the dwelling or neighbourhood. See § 17.24.050."),
    ("17.08.100", "short-term rental", "'Short-term rental' means the rental of all or part of a dwelling unit for a period of 30 consecutive days or less. A 'hosted' short-term rental is one in which the host lives on site during the rental; an 'unhosted' short-term rental is one in which the host is not present. See § 17.24.080."),
    ("17.08.110", "heritage tree", f"'Heritage tree' means any tree with a trunk diameter of {HERITAGE_DBH} inches or more measured at 4.5 feet above natural grade, any native oak with a trunk diameter of {OAK_DBH} inches or more, and any tree designated by the City Council for its historic or cultural value. See § 17.40.040."),
    ("17.08.120", "junior accessory dwelling unit", f"'Junior accessory dwelling unit' or 'JADU' means a unit of not more than {JADU_MAX_SF} square feet contained entirely within a single-family dwelling, with its own entrance and an efficiency kitchen, which may share sanitation facilities with the dwelling. See § 17.24.070."),
    ("17.08.130", "primary residence", "'Primary residence' means the dwelling where a person lives for more than six months of the calendar year, as shown by at least two of the following: voter registration, driver's licence, tax return, or utility bills in the person's name."),
    ("17.08.140", "grade", "'Grade' means the finished ground level adjoining a building. 'Natural grade' means the ground level before any grading or fill after January 1, 2000."),
    ("17.08.150", "fence", "'Fence' means a freestanding structure of wood, metal, masonry, vinyl or other material used as a boundary, screen or enclosure. Hedges planted to form a screen are regulated as fences where noted in Chapter 17.36."),
]:
    upd = "2026-10-08" if term == "heritage tree" else ("2026-09-01" if term in ("short-term rental", "primary residence") else "2024-02-06")
    hist = {"heritage tree": "Ord. 2008-15; amended Ord. 2018-06, Ord. 2026-33", "short-term rental": "Ord. 2026-24 (eff. 2026-09-01)",
            "primary residence": "Ord. 2026-24 (eff. 2026-09-01)"}.get(term, "Ord. 2008-15")
    sec(n, f"Definitions — {term}", upd, hist, [txt], ["Definitions — general"])
sec("17.12.010", "Zoning districts established", "2024-02-06", "Ord. 2008-15; amended Ord. 2019-14", [
    "The following base districts are established: RE Residential Estate; R-1 Single-Family Residential; R-1S Single-Family Small Lot; R-2 Two-Family Residential; R-3 Multifamily Residential (Low-Medium); R-4 Multifamily Residential (High); MU-N Neighbourhood Mixed Use; MU-C Corridor Mixed Use; C-1 Neighbourhood Commercial; C-2 General Commercial; DT Downtown; M-1 Light Industrial; M-2 General Industrial; OS Open Space; PF Public Facilities.",
    "The following overlay districts are established: HD Old Mill Historic District Overlay; FP Floodplain Overlay; RC Riverfront Corridor Overlay.",
    "Overlay district rules apply in addition to the base district rules; where they conflict, the overlay rules apply.",
], ["Zoning in Fernhill: an overview", "The zoning map"])
sec("17.12.020", "The zoning map", "2026-10-20", "Ord. 2008-15; amended by each rezoning ordinance, most recently Ord. 2026-36", [
    "The boundaries of the zoning districts are shown on the official Zoning Map of the City of Fernhill, which is kept by the City Clerk and published as an interactive map on the City website.",
    "Amendments to the map are made by ordinance under Chapter 17.64.",
    "Ordinance 2026-36, adopted October 19, 2026 and effective November 18, 2026, rezones 4.8 acres at 3300 Millbrook Parkway (Millbrook Commons) from C-2 to MU-C. The map will be updated on the effective date.",
], ["How to find your property's zoning", "Rezoning adopted: Millbrook Commons, 3300 Millbrook Parkway"])
sec("17.12.030", "Interpretation of district boundaries", "2024-02-06", "Ord. 2008-15", [
    "District boundaries shown along streets follow the centerline of the street.",
    "Boundaries shown along lot lines follow those lot lines.",
    "Where a lot is divided by a district boundary, each portion is subject to the rules of its district unless the Zoning Administrator determines that the boundary was intended to follow a lot line.",
], ["The zoning map"])
sec("17.12.040", "Overlay districts", "2024-02-06", "Ord. 2008-15", [
    "The Old Mill Historic District Overlay (HD) covers the historic mill village along Tanner Street, Granary Way, Mill Race Road, Wheelwright Lane and Foundry Street. See Chapter 17.48.",
    "The Floodplain Overlay (FP) covers the special flood hazard area of the Fern River, including parts of Willow Bend and Heron Court. See Chapter 15.52.",
    "The Riverfront Corridor Overlay (RC) covers land within 200 feet of the top of bank of the Fern River, including parts of River Road and Fernbank Drive. See § 17.12.050.",
], ["Old Mill Historic District Overlay (HD)", "Floodplain Overlay (FP)", "Riverfront Corridor Overlay (RC)"])
sec("17.12.050", "Riverfront Corridor Overlay", "2025-04-08", "Ord. 2011-09; amended Ord. 2024-07", [
    f"No building, paving or grading is permitted within {RIPARIAN_SETBACK} feet of the top of bank of the Fern River, except trails, fencing with at least 50 percent openness, and habitat restoration.",
    "Lighting within the overlay shall be shielded and directed away from the river.",
    "Landscaping within the overlay shall use native species from the City's riparian plant list.",
], ["Riverfront Corridor Overlay (RC)", "Grading — purpose"])
sec("17.12.060", "Zoning clearance required", "2025-04-08", "Ord. 2008-15", [
    "A zoning clearance is required before a business licence is issued for a new business location, before a change of occupancy permit, and for any new use of a property.",
    "The Zoning Administrator issues the clearance when the use is allowed in the district and any required permits have been approved.",
    "A zoning clearance is valid for one year.",
], ["Permit type: Zoning clearance"])
sec("17.16.010", "Residential districts — purpose", "2024-02-06", "Ord. 2008-15", [
    "RE provides large-lot single-family living at the edges of the City. R-1 and R-1S protect established single-family neighbourhoods while allowing ADUs. R-2 allows duplexes. R-3 and R-4 provide multifamily housing near transit and services.",
    "All residential districts allow ADUs and JADUs as provided in § 17.24.060 and § 17.24.070 (JADUs are allowed only within single-family dwellings).",
    "Residential districts shall be developed consistent with the standards in § 17.16.030.",
], ["Residential development standards"])
sec("17.16.020", "Residential districts — allowed uses", "2026-09-01", "Ord. 2008-15; amended Ord. 2026-24", [
    "Permitted in all residential districts: dwellings of the type allowed in the district, ADUs, home occupations, small family child care (8 or fewer children), residential care for 6 or fewer, parks.",
    "Allowed with a conditional use permit: large family child care (9 to 14 children), places of worship, private schools, bed and breakfast inns (RE, R-1, R-2 only), and wireless facilities on non-residential structures.",
    "Short-term rentals are allowed in all residential districts with a short-term rental permit under § 17.24.080.",
], ["Short-term rentals", "Home occupations"])
lines = ["| District | Min. lot area | Min. lot width | Front | Interior side | Street side | Rear | Max. height | Max. lot coverage | Density |", "|---|---|---|---|---|---|---|---|---|---|"]
for c in ["RE", "R-1", "R-1S", "R-2", "R-3", "R-4"]:
    d = DIST[c]
    lines.append(f"| {c} | {d['lot']:,} sq ft | {d['width']} ft | {d['front']} ft | {d['side']} ft | {d['street']} ft | {d['rear']} ft | {d['height']} ft | {d['cov']}% | {d['dens']} |")
sec("17.16.030", "Residential development standards", "2025-04-08", "Ord. 2008-15; amended Ord. 2019-14, Ord. 2024-07", [
    "Development in the residential districts shall comply with the following standards:\n\n" + "\n".join(lines),
    "Setbacks for ADUs are governed by § 17.24.060. Setback exceptions are listed in § 17.16.040 and height exceptions in § 17.16.050.",
    "Minor deviations from these standards may be requested through a minor variance (§ 17.52.080); larger deviations require a variance (§ 17.52.030).",
], ["Setback exceptions", "Minor variances", "How to find your property's zoning"])
sec("17.16.040", "Setback exceptions", "2024-02-06", "Ord. 2008-15", [
    "Eaves, cornices, bay windows and chimneys may project up to 2 feet into a required setback, but not closer than 3 feet to a side property line.",
    "Uncovered porches and steps not more than 30 inches high may project up to 6 feet into a required front setback.",
    "Uncovered decks not more than 30 inches high may extend to within 5 feet of a side or rear property line.",
], ["Residential development standards"])
sec("17.16.050", "Height exceptions", "2024-02-06", "Ord. 2008-15", [
    "Chimneys, vent stacks, flagpoles and solar equipment may exceed the height limit by up to 10 feet.",
    "Parapets on flat-roofed buildings may exceed the height limit by up to 4 feet.",
    "Height limits for accessory structures and ADUs are set by § 17.24.020 and § 17.24.060.",
], ["Residential development standards", "Definitions — building height"])
sec("17.16.060", "Residential design standards", "2025-04-08", "Ord. 2019-14", [
    "The primary entrance of each new dwelling shall face the street or a courtyard visible from the street.",
    "Blank walls facing a street shall not exceed 20 feet in length without a window, door or change in plane.",
    "Second stories of new houses in R-1 and R-1S shall step back at least 5 feet from the first-story front wall or incorporate a porch at least 6 feet deep.",
], ["Residential development standards"])
sec("17.16.070", "Garage placement", "2024-02-06", "Ord. 2019-14", [
    "Garages facing the street shall be set back at least 20 feet from the front property line, even where the district front setback is less.",
    "Garage doors facing the street shall not exceed 50 percent of the width of the front facade.",
    "Detached garages may be located in the rear half of the lot subject to § 17.24.020.",
], ["Accessory structures", "Driveways"])
lines = ["| District | Min. lot area | Front | Interior side | Rear | Max. height | Max. lot coverage | Intensity |", "|---|---|---|---|---|---|---|---|"]
for c in ["MU-N", "MU-C", "C-1", "C-2", "DT"]:
    d = DIST[c]
    lines.append(f"| {c} | {('none' if d['lot']==0 else format(d['lot'],',')+' sq ft')} | {d['front']} ft | {d['side']} ft | {d['rear']} ft | {d['height']} ft | {d['cov']}% | {d['dens']} |")
sec("17.20.010", "Mixed-use and commercial districts — purpose", "2024-02-06", "Ord. 2008-15", [
    "MU-N supports small-scale shops and homes in the Old Mill area. MU-C supports mixed-use corridors such as Millbrook Parkway and Fulton Avenue. C-1 provides neighbourhood shopping; C-2 provides general and auto-oriented commercial uses; DT is the downtown core.",
    "Residential uses are allowed on upper floors in MU-N, MU-C and DT and on ground floors where § 17.20.040 allows.",
    "Commercial districts shall be developed consistent with § 17.20.030.",
], ["Mixed-use and commercial development standards"])
sec("17.20.020", "Mixed-use and commercial districts — allowed uses", "2025-04-08", "Ord. 2008-15; amended Ord. 2024-07", [
    "Permitted: retail, personal services, offices, restaurants without alcohol, and upper-floor residential (MU-N, MU-C, DT).",
    "Conditional use permit required: restaurants and bars serving alcohol after 10:00 p.m., breweries and tasting rooms, drive-throughs (C-2 only), auto repair (C-2 only), hotels, large child care centres, places of worship.",
    "Prohibited in MU-N and DT: drive-throughs, outdoor vehicle sales, self-storage.",
], ["Drive-through facilities", "Conditional use permits — applicability"])
sec("17.20.030", "Mixed-use and commercial development standards", "2025-04-08", "Ord. 2008-15; amended Ord. 2024-07", [
    "Development in the mixed-use and commercial districts shall comply with the following standards:\n\n" + "\n".join(lines),
    "In C-1 and C-2, an interior side or rear setback of 10 feet is required where the lot abuts a residential district.",
    "In MU-N and MU-C, buildings shall be placed within 10 feet (MU-N) or 15 feet (MU-C) of the front property line for at least 60 percent of the frontage.",
], ["Ground-floor active uses", "Site plan and design review — applicability"])
sec("17.20.040", "Ground-floor active uses", "2024-02-06", "Ord. 2019-14", [
    "In DT and on Millbrook Parkway in MU-C, at least 60 percent of the ground-floor street frontage shall be occupied by retail, restaurant, personal service or lobby uses.",
    "Ground-floor commercial spaces shall have a floor-to-ceiling height of at least 14 feet.",
    "At least 50 percent of the ground-floor street facade shall be transparent glazing.",
], ["Mixed-use and commercial development standards"])
sec("17.20.050", "Outdoor dining and sidewalk cafés", "2025-05-13", "Ord. 2020-12", [
    "Outdoor dining on private property accessory to a restaurant is permitted in all commercial and mixed-use districts.",
    "Sidewalk cafés in the public right-of-way require an annual sidewalk café permit and shall maintain a clear pedestrian path at least 5 feet wide.",
    "Outdoor dining adjacent to a residential district shall close by 10:00 p.m.",
], ["Permit type: Sidewalk café permit"])
sec("17.20.060", "Drive-through facilities", "2024-02-06", "Ord. 2012-08", [
    "Drive-throughs are allowed only in C-2 with a conditional use permit.",
    "A stacking lane for at least 8 vehicles, measured from the service window, is required.",
    "Speaker boxes shall be at least 50 feet from any residential district.",
], ["Conditional use permits — applicability"])
sec("17.22.010", "Industrial districts — purpose and uses", "2024-02-06", "Ord. 2008-15", [
    "M-1 provides for light manufacturing, warehousing, contractor yards, research and artisan production. M-2 provides for heavier manufacturing and processing, generally along Quarry Lane and Industrial Way.",
    "Breweries, distilleries, and food production are permitted in M-1 and M-2; tasting rooms require a conditional use permit.",
    "Residential uses are prohibited in M-1 and M-2, except one caretaker unit per lot.",
], ["Industrial development standards"])
sec("17.22.020", "Industrial development standards", "2024-02-06", "Ord. 2008-15", [
    f"M-1: minimum lot area 10,000 square feet; front setback 20 feet; interior side 10 feet; rear 10 feet; maximum height 45 feet; maximum lot coverage 70 percent; FAR 1.0.",
    f"M-2: minimum lot area 20,000 square feet; front setback 25 feet; interior side 15 feet; rear 15 feet; maximum height 60 feet; maximum lot coverage 75 percent; FAR 1.2.",
    "A landscaped buffer at least 15 feet wide is required along any lot line abutting a residential district.",
], ["Industrial performance standards"])
sec("17.22.030", "Industrial performance standards", "2024-02-06", "Ord. 2008-15", [
    "Noise at the property line shall not exceed 70 dBA during the day or 60 dBA at night (10:00 p.m. to 7:00 a.m.); at a residential district boundary, 55 dBA day and 45 dBA night.",
    "No use shall emit odours, dust or vibration perceptible beyond the property line.",
    "Outdoor storage shall be screened by a solid fence or wall at least 7 feet high (see § 17.24.120).",
], ["Outdoor storage"])
sec("17.24.010", "Special use regulations — purpose", "2024-02-06", "Ord. 2008-15", [
    "This chapter sets standards for specific uses and structures that apply in addition to the district standards.",
    "Where a use listed in this chapter is also listed in a district use table, both apply.",
    "The Zoning Administrator may approve minor deviations from this chapter only where expressly allowed.",
], ["Accessory dwelling units"])
sec("17.24.020", "Accessory structures", "2025-04-08", "Ord. 2008-15; amended Ord. 2022-09", [
    "Detached accessory structures in residential districts shall be at least 5 feet from side and rear property lines and at least 6 feet from the main dwelling, and shall not be located in the front setback.",
    "The maximum height of a detached accessory structure is 15 feet, or 12 feet if within 10 feet of a property line.",
    "The total floor area of all detached accessory structures (other than ADUs) on a lot shall not exceed 600 square feet in R-1, R-1S and R-2, or 1,000 square feet in RE.",
], ["Permit type: Detached garage or accessory building", "Does a shed need a permit?"])
sec("17.24.030", "Animal keeping", "2024-02-06", "Ord. 2008-15; amended Ord. 2016-04", [
    "Up to four dogs and four cats over four months old may be kept per dwelling.",
    "Up to six hens (no roosters) may be kept on lots in RE, R-1, R-1S and R-2; coops shall be at least 10 feet from any neighbouring dwelling.",
    "Beekeeping of up to two hives is allowed in RE and R-1 with hives at least 25 feet from any property line or behind a 6-foot barrier.",
], ["Urban agriculture"])
sec("17.24.040", "Child care", "2024-02-06", "Ord. 2008-15", [
    "Small family child care homes (8 or fewer children) are permitted in all dwellings.",
    "Large family child care homes (9 to 14 children) require a conditional use permit in residential districts.",
    "Child care centres are allowed in commercial and mixed-use districts with a conditional use permit and shall provide a drop-off area.",
], ["Conditional use permits — applicability"])
sec("17.24.050", "Home occupations", "2025-04-08", "Ord. 2008-15; amended Ord. 2021-10", [
    "A home occupation permit is required for any business operated from a dwelling, except businesses with no clients, employees or deliveries visiting the dwelling.",
    f"A home occupation may have no more than one non-resident employee on site and no more than {HOME_OCC_VISITS} client visits per day, between 8:00 a.m. and 8:00 p.m.",
    "No more than 25 percent of the floor area of the dwelling may be used for the home occupation. No exterior signs, storage or equipment visible from the street are allowed.",
], ["Permit type: Home occupation permit", "Do I need a permit for a home business?"])
sec("17.24.060", "Accessory dwelling units", "2026-09-16", "Ord. 2019-14; amended Ord. 2022-09, Ord. 2026-31 (eff. 2026-09-16)", [
    "Where allowed: ADUs are allowed on any lot in RE, R-1, R-1S, R-2, R-3, R-4 and MU-N that contains or will contain a dwelling. One ADU is allowed per single-family lot, in addition to one JADU.",
    f"Size: A detached ADU shall not exceed {ADU_MAX_SF:,} square feet of floor area. An attached ADU shall not exceed 50 percent of the floor area of the primary dwelling or {ADU_MAX_SF:,} square feet, whichever is less, except that an attached ADU of up to 800 square feet is always allowed.",
    f"Height: A detached ADU shall not exceed {ADU_HEIGHT} feet in height; an ADU above a detached garage may be up to {ADU_HEIGHT_OVER_GARAGE} feet.",
    f"Setbacks: ADUs shall be at least {ADU_SETBACK} feet from side and rear property lines and shall meet the front setback of the district. No setback is required for an ADU created within an existing legal structure.",
    "Parking: No off-street parking is required for an ADU. Replacement parking is not required when a garage is converted to an ADU.",
    "Occupancy and rental: Owner occupancy is not required. An ADU shall not be rented for periods of 30 days or less, and shall not be sold separately from the primary dwelling.",
    "Review: ADU applications are reviewed ministerially without a hearing; the target first review time is 20 business days.",
], ["Permit type: Accessory dwelling unit (ADU)", "How to apply for an ADU permit", "FAQ: Accessory dwelling units", "Notice: New ADU rules take effect September 16"],
   note=f"Ordinance 2026-31 raised the maximum ADU size from {OLD_ADU_MAX_SF} to {ADU_MAX_SF:,} square feet, effective September 16, 2026. Applications deemed complete before that date may be revised to use the new limit.")
sec("17.24.070", "Junior accessory dwelling units", "2025-04-08", "Ord. 2019-14; amended Ord. 2022-09", [
    f"One JADU of up to {JADU_MAX_SF} square feet is allowed within a single-family dwelling, including an attached garage.",
    "A JADU shall have a separate exterior entrance and an efficiency kitchen; it may share a bathroom with the primary dwelling.",
    "The owner shall live in either the JADU or the primary dwelling, and a deed restriction to that effect (Form CD-42) shall be recorded before the permit is issued.",
], ["Permit type: Junior accessory dwelling unit (JADU)", "Accessory dwelling units"])
sec("17.24.080", "Short-term rentals", "2026-09-01", "Ord. 2026-24 (adopted 2026-07-06, eff. 2026-09-01)", [
    f"A short-term rental permit is required to rent any dwelling unit or part of a unit for 30 days or less. The permit is valid for one year and the annual fee is ${STR_FEE}.",
    "The host shall be a natural person who uses the dwelling as a primary residence. A host may hold only one short-term rental permit.",
    f"Hosted short-term rentals are not limited in nights. Unhosted short-term rentals are limited to {STR_NIGHTS} nights per calendar year.",
    "Maximum occupancy is two persons per bedroom plus two. The host shall designate a local contact who can respond on site within 60 minutes, 24 hours a day.",
    "ADUs and JADUs shall not be used as short-term rentals. The permit number shall appear in every listing.",
    "The host shall register with the Finance Department for transient occupancy tax before the permit is issued.",
], ["Permit type: Short-term rental permit", "FAQ: Short-term rentals", "Notice: Short-term rental permit registration opens"],
   note="This section was added by Ordinance 2026-24. Short-term rentals operating before September 1, 2026 had until December 1, 2026 to obtain a permit.")
sec("17.24.090", "Bed and breakfast inns", "2024-02-06", "Ord. 2008-15", [
    "Bed and breakfast inns with up to 5 guest rooms are allowed in RE, R-1 and R-2 with a conditional use permit, and are permitted in MU-N and DT.",
    "The operator shall live on site.",
    "One parking space per guest room is required in addition to the parking for the dwelling.",
], ["Short-term rentals", "Conditional use permits — applicability"])
sec("17.24.100", "Recycling collection facilities", "2024-02-06", "Ord. 2008-15", [
    "Reverse vending machines and small collection facilities of up to 500 square feet are allowed accessory to a grocery store in C-1, C-2 and MU-C.",
    "Collection facilities shall be at least 50 feet from a residential district and operate between 9:00 a.m. and 7:00 p.m.",
    "Large recycling facilities are allowed only in M-2 with a conditional use permit.",
], ["Industrial districts — purpose and uses"])
sec("17.24.110", "Wireless communication facilities", "2025-04-08", "Ord. 2017-09", [
    "Building-mounted and small-cell wireless facilities that are screened from view are permitted in commercial, mixed-use and industrial districts with a zoning clearance.",
    "New freestanding towers require a conditional use permit and shall be set back from residential districts by at least the height of the tower.",
    "Facilities in residential districts are limited to non-residential structures such as churches and utility poles, with a conditional use permit.",
], ["Conditional use permits — applicability"])
sec("17.24.120", "Outdoor storage", "2024-02-06", "Ord. 2008-15", [
    "Outdoor storage is allowed in C-2, M-1 and M-2 only, and shall be screened from streets and residential districts by a solid fence or wall at least 7 feet high.",
    "Stored materials shall not exceed the height of the screen.",
    "Storage of inoperable vehicles in residential districts is prohibited except in an enclosed garage.",
], ["Industrial performance standards"])
sec("17.24.130", "Mobile food vendors", "2025-05-13", "Ord. 2020-12", [
    "Food trucks may operate on private property in commercial, mixed-use and industrial districts with the property owner's consent and a City business licence.",
    "Food trucks may not operate within 100 feet of a restaurant's entrance without that restaurant's consent, or in residential districts except at permitted events.",
    "Hours of operation are 7:00 a.m. to 10:00 p.m.",
], ["Temporary uses"])
sec("17.24.140", "Urban agriculture", "2024-02-06", "Ord. 2016-04", [
    "Community gardens are permitted in all residential and open space districts.",
    "On-site sales of produce grown on the property are allowed up to 12 days per year in residential districts.",
    "Greenhouses are accessory structures subject to § 17.24.020.",
], ["Animal keeping", "Accessory structures"])
sec("17.24.150", "Temporary uses", "2025-05-13", "Ord. 2008-15; amended Ord. 2020-12", [
    "A temporary use permit is required for seasonal sales, outdoor events, temporary construction offices and similar uses lasting up to 90 days.",
    "Temporary uses shall provide sanitation and parking adequate for the expected attendance and shall restore the site within 7 days after the use ends.",
    "No property may host more than four temporary uses per calendar year.",
], ["Permit type: Temporary use permit"])
rows = "\n".join(["| Use | Required spaces |", "|---|---|",
    "| Single-family dwelling | 2 per unit (1 covered) |", "| Duplex unit | 1.5 per unit |",
    "| Multifamily, studio or 1 bedroom | 1 per unit |", "| Multifamily, 2+ bedrooms | 1.5 per unit |",
    "| ADU | None |", "| Retail and personal services | 1 per 300 sq ft |", "| Office | 1 per 350 sq ft |",
    "| Restaurant | 1 per 150 sq ft of dining area |", "| Industrial | 1 per 1,000 sq ft |", "| Place of worship | 1 per 4 fixed seats |"])
sec("17.28.010", "Parking — applicability", "2024-02-06", "Ord. 2008-15", [
    "This chapter applies to new buildings, additions, and changes of use that increase parking demand.",
    "Parking shall be on the same lot as the use or on a lot within 500 feet under a recorded agreement.",
    "No off-street parking is required for uses in the DT district.",
], ["Parking requirements"])
sec("17.28.020", "Parking requirements", "2025-04-08", "Ord. 2008-15; amended Ord. 2022-09", [
    "Minimum off-street parking shall be provided as follows:\n\n" + rows,
    "Fractions of one-half or more are rounded up.",
    "Reductions may be approved under § 17.28.030.",
], ["Parking reductions", "Parking space dimensions"])
sec("17.28.030", "Parking reductions", "2024-02-06", "Ord. 2008-15; amended Ord. 2019-14", [
    "The Zoning Administrator may reduce required parking by up to 20 percent for uses within one-quarter mile of the Fernhill Transit Center or for shared parking among uses with different peak hours.",
    "Reductions greater than 20 percent require a variance.",
    "Bicycle parking may replace up to 10 percent of required automobile spaces at a ratio of 6 bicycle spaces per automobile space.",
], ["Parking requirements", "Variances — applicability"])
sec("17.28.040", "Parking space dimensions", "2024-02-06", "Ord. 2008-15", [
    "Standard spaces shall be 9 feet wide and 18 feet long. Compact spaces (up to 30 percent of spaces) shall be 8 feet by 16 feet.",
    "Two-way drive aisles serving 90-degree parking shall be 24 feet wide.",
    "Residential garage spaces shall have interior dimensions of at least 10 feet by 20 feet per space.",
], ["Parking requirements"])
sec("17.28.050", "Bicycle parking", "2024-02-06", "Ord. 2019-14", [
    "Multifamily buildings shall provide one long-term bicycle space per unit.",
    "Commercial uses shall provide short-term bicycle racks at a rate of one space per 10 required automobile spaces, minimum two.",
    "Long-term bicycle parking shall be covered and secured.",
], ["Parking reductions"])
sec("17.28.060", "EV charging requirements for parking", "2025-06-09", "Ord. 2021-14", [
    "New multifamily and commercial parking lots with 10 or more spaces shall provide EV-capable conduit to at least 20 percent of spaces and installed chargers at 10 percent of spaces.",
    "EV spaces count toward required parking.",
    "Accessible EV spaces shall be provided as required by the building code.",
], ["Permit type: Commercial EV charging stations", "Electric vehicle charging equipment"])
sec("17.28.070", "Driveways", "2024-02-06", "Ord. 2008-15", [
    "Residential driveways shall be at least 10 feet wide and no more than 20 feet wide at the property line, except that a lot with a three-car garage may have a 26-foot driveway.",
    "Paving in the front setback, including driveways, shall not exceed 50 percent of the front setback area.",
    "A new or widened curb cut requires an encroachment permit from Public Works.",
], ["Garage placement"])
sec("17.32.010", "Signs — purpose", "2024-02-06", "Ord. 2008-15", [
    "This chapter regulates signs to protect traffic safety, community appearance and free speech.",
    "Sign regulations are content-neutral.",
    "Signs in the Old Mill Historic District also require a certificate of appropriateness.",
], ["Sign permit required"])
sec("17.32.020", "Exempt signs", "2024-02-06", "Ord. 2008-15", [
    "The following signs do not require a permit: address numbers; one sign of up to 2 square feet per dwelling; temporary signs on private property of up to 6 square feet during an election period; window signs covering up to 25 percent of a window.",
    "Public signs erected by government agencies are exempt.",
    "Exempt signs must still meet the visibility triangle rules of § 17.36.050.",
], ["Prohibited signs"])
sec("17.32.030", "Prohibited signs", "2024-02-06", "Ord. 2008-15", [
    "Prohibited signs include flashing or animated signs, roof signs, signs on trees or utility poles, and signs in the public right-of-way other than public signs.",
    "Electronic message signs are prohibited except for fuel price signs in C-2.",
    "Billboards are prohibited citywide.",
], ["Exempt signs"])
sec("17.32.040", "Signs in residential districts", "2024-02-06", "Ord. 2008-15", [
    "Multifamily developments and permitted non-residential uses in residential districts may have one monument sign of up to 24 square feet and 5 feet high per street frontage.",
    "Signs shall not be internally illuminated.",
    "Home occupations may not have exterior signs.",
], ["Home occupations"])
sec("17.32.050", "Signs in commercial, mixed-use and industrial districts", "2025-04-08", "Ord. 2008-15; amended Ord. 2020-12", [
    "Wall signs: 1 square foot of sign area per linear foot of building frontage, maximum 100 square feet per business.",
    "Freestanding signs: one per lot, maximum 50 square feet and 8 feet high in C-1, MU-N and MU-C; 75 square feet and 15 feet high in C-2, M-1 and M-2; not allowed in DT.",
    "Projecting signs: one per business, maximum 8 square feet, with 8 feet of clearance above the sidewalk.",
], ["Permit type: Sign permit"])
sec("17.32.060", "Temporary signs", "2024-02-06", "Ord. 2008-15", [
    "Temporary banners up to 32 square feet are allowed for up to 30 days, no more than four times per year per business, with a temporary sign permit.",
    "Grand opening signs may be displayed for 60 days.",
    "A-frame signs on private property are allowed without a permit if they do not exceed 6 square feet and are removed at close of business.",
], ["Permit type: Temporary sign or banner"])
sec("17.32.070", "Sign permit required", "2024-02-06", "Ord. 2008-15", [
    "A sign permit is required to install, alter or relocate any permanent sign not exempt under § 17.32.020.",
    "Illuminated signs also require an electrical inspection under the sign permit.",
    "Sign permits expire if the sign is not installed within 180 days.",
], ["Permit type: Sign permit", "Inspection checklist: Sign final"])
sec("17.36.010", "Fences, walls and hedges — applicability", "2026-08-20", "Ord. 2008-15; amended Ord. 2021-17, Ord. 2026-28", [
    "This chapter applies to all fences, walls and hedges in all districts, whether or not a building permit is required.",
    "Fences required for pool barriers must also meet § 15.40.040.",
    "Retaining walls are regulated by § 17.36.060 and the building code.",
], ["Fence height limits", "FAQ: Fences and walls"])
sec("17.36.020", "Measurement of fence height", "2024-02-06", "Ord. 2008-15; amended Ord. 2021-17", [
    "Fence height is measured from the finished grade on the higher side of the fence to the top of the fence, including posts and lattice.",
    "Where a fence sits on a retaining wall, the combined height is measured from the lower side, except that the fence portion may be measured separately if set back at least 3 feet from the wall.",
    "Decorative post caps up to 6 inches are not counted.",
], ["Fence height limits"])
sec("17.36.030", "Fence height limits", "2026-08-20", "Ord. 2008-15; amended Ord. 2021-17, Ord. 2026-28 (eff. 2026-08-20)", [
    f"Front setback: Fences, walls and hedges in the required front setback shall not exceed {FENCE_FRONT} feet in height.",
    f"Interior side and rear: Fences and walls along interior side and rear property lines behind the front setback shall not exceed {FENCE_SIDE_REAR} feet in height.",
    "Street side: Fences along a street side property line shall not exceed 6 feet, and shall be set back at least 3 feet from the sidewalk where the street side setback allows.",
    "Industrial districts: Fences up to 8 feet are allowed in M-1 and M-2.",
    "A fence exceeding these limits by 1 foot or less may be approved as a minor variance under § 17.52.080.",
], ["Permit type: Fence or wall", "FAQ: Fences and walls", "Notice: Front-yard fence height limit rises to 4 feet"],
   note=f"Ordinance 2026-28 raised the front-setback fence limit from {OLD_FENCE_FRONT} feet to {FENCE_FRONT} feet, effective August 20, 2026.")
sec("17.36.040", "Fence materials", "2024-02-06", "Ord. 2008-15; amended Ord. 2021-17", [
    "Barbed wire, razor wire and electrified fences are prohibited in all districts except M-2, where they may be placed atop fences at least 6 feet high.",
    "Chain-link fences are not allowed in front setbacks in residential districts or in the Old Mill Historic District.",
    "The finished side of a fence shall face the neighbouring property or street.",
], ["Fence height limits"])
sec("17.36.050", "Corner visibility triangle", "2024-02-06", "Ord. 2008-15", [
    f"On corner lots, no fence, wall, hedge, sign or other obstruction more than 3 feet high is allowed within the visibility triangle formed by the two street property lines and a line connecting points {VIS_TRIANGLE} feet from their intersection.",
    "Trees within the triangle shall be trimmed to keep a clear area between 3 feet and 8 feet above the street.",
    "Driveway visibility: obstructions over 3 feet are not allowed within 5 feet of either side of a driveway at the property line.",
], ["Fence height limits"])
sec("17.36.060", "Retaining walls", "2025-04-08", "Ord. 2008-15", [
    "Retaining walls in required setbacks shall not exceed 4 feet in height. Taller grade changes shall be terraced with at least 3 feet between walls.",
    "Retaining walls over 4 feet measured from the bottom of the footing, or supporting a surcharge, require a building permit with engineering.",
    "Walls shall include drainage behind the wall directed to an approved outlet.",
], ["Permit type: Retaining wall", "Work exempt from permit"])
sec("17.36.070", "Fence permits", "2026-08-20", "Ord. 2021-17; amended Ord. 2026-28", [
    "A fence permit is required for any fence or freestanding wall over 6 feet in height, any masonry wall over 4 feet in height, and any fence in the Old Mill Historic District.",
    "The Planning Division reviews fence permits for compliance with this chapter; the target review time is 3 business days.",
    "A fence permit requires one final inspection.",
], ["Permit type: Fence or wall", "FAQ: Fences and walls"])
sec("17.40.010", "Landscaping — applicability", "2024-02-06", "Ord. 2008-15", [
    "New non-residential and multifamily development shall provide landscaping on at least 15 percent of the site.",
    "New single-family dwellings shall landscape the front setback area not used for driveways or walkways.",
    "Landscape plans for projects with more than 2,500 square feet of new landscaping shall meet the water-efficient landscape standards.",
], ["Street trees"])
sec("17.40.020", "Parking lot landscaping", "2024-02-06", "Ord. 2008-15", [
    "Parking lots shall have one shade tree for every six spaces, distributed throughout the lot.",
    "A landscaped strip at least 5 feet wide is required between parking and any street.",
    "Parking lot trees shall be selected from the City's approved tree list.",
], ["Landscaping — applicability"])
sec("17.40.030", "Street trees", "2024-02-06", "Ord. 2008-15", [
    "New development shall plant street trees at intervals of no more than 30 feet along all frontages.",
    "Street trees are City property; removal or pruning requires a permit from the City Arborist.",
    "Damaged street trees shall be replaced at the responsible party's cost.",
], ["Tree removal permits"])
sec("17.40.040", "Heritage trees", "2026-10-08", "Ord. 2018-06; amended Ord. 2026-33 (eff. 2026-10-08)", [
    f"A heritage tree is any tree with a trunk diameter of {HERITAGE_DBH} inches or more measured at 4.5 feet above natural grade, any native oak with a trunk diameter of {OAK_DBH} inches or more, and any tree designated by the City Council.",
    "No person shall remove, or prune more than 25 percent of the canopy of, a heritage tree without a tree removal permit.",
    "Construction within the dripline of a heritage tree requires a tree protection plan prepared by a certified arborist and protective fencing during construction.",
], ["Tree removal permits", "FAQ: Trees and heritage trees", "Notice: Heritage tree threshold lowered to 18 inches"],
   note=f"Ordinance 2026-33 lowered the general heritage tree threshold from {OLD_HERITAGE_DBH} inches to {HERITAGE_DBH} inches, effective October 8, 2026. The native oak threshold ({OAK_DBH} inches) did not change.")
sec("17.40.050", "Tree removal permits", "2026-10-08", "Ord. 2018-06; amended Ord. 2026-33", [
    "A tree removal permit is required to remove any heritage tree or street tree.",
    "The City Arborist may approve removal when the tree is dead, diseased, hazardous, causing structural damage, or prevents reasonable development of the property.",
    "The fee is $75; there is no fee when the City Arborist confirms the tree is dead or hazardous. Emergency removals must be reported within 3 business days with photographs.",
], ["Tree replacement requirements", "Permit type: Tree removal permit"])
sec("17.40.060", "Tree replacement requirements", "2026-10-08", "Ord. 2018-06; amended Ord. 2026-33", [
    "Each removed heritage tree shall be replaced with two 24-inch box trees on the same property.",
    f"Where replacement on site is not feasible, an in-lieu fee of ${TREE_INLIEU} per required replacement tree is paid to the Fernhill Tree Fund.",
    "Replacement trees shall be planted within 6 months after removal and maintained for at least 3 years.",
], ["Tree removal permits", "Inspection checklist: Tree replacement planting"])
sec("17.44.010", "Nonconforming uses and structures — purpose", "2024-02-06", "Ord. 2008-15", [
    "This chapter allows lawfully established uses and structures that no longer comply with the zoning code to continue, while limiting their expansion.",
    "A use or structure is legal nonconforming if it was lawfully established and later became nonconforming due to a code change.",
    "The burden of proving legal nonconforming status is on the property owner.",
], ["Nonconforming structures"])
sec("17.44.020", "Nonconforming uses", "2024-02-06", "Ord. 2008-15", [
    "A nonconforming use may continue but shall not be expanded into additional floor area or land.",
    "A nonconforming use that is discontinued for 12 consecutive months may not be resumed.",
    "A nonconforming use may be changed to another use of the same or lesser intensity with a conditional use permit.",
], ["Nonconforming uses and structures — purpose"])
sec("17.44.030", "Nonconforming structures", "2025-04-08", "Ord. 2008-15; amended Ord. 2019-14", [
    "A structure that does not meet current setbacks, height or coverage may be maintained and repaired.",
    "Additions are allowed if the addition itself complies with current standards; the existing nonconforming wall line may be extended by up to 10 feet along a side setback if the extension is no closer to the property line than the existing wall and at least 3 feet from it.",
    "A nonconforming structure destroyed by more than 50 percent of its value may be rebuilt to its former footprint if a building permit is applied for within 12 months.",
], ["Nonconforming uses and structures — purpose", "Minor variances"])
sec("17.44.040", "Nonconforming lots", "2024-02-06", "Ord. 2008-15", [
    "A legally created lot that does not meet current lot area or width standards may be developed with any use permitted in the district.",
    "Setbacks on such lots may be reduced in proportion to the lot width deficiency, but not below 3 feet for interior side setbacks.",
    "Adjacent nonconforming lots in common ownership are not merged by this chapter.",
], ["Residential development standards"])
sec("17.48.010", "Old Mill Historic District", "2025-06-10", "Ord. 2005-11; amended Ord. 2024-07", [
    "The Old Mill Historic District Overlay protects the 19th-century mill village of Fernhill, including the Fernhill Woollen Mill complex and the workers' cottages along Tanner Street, Granary Way and Wheelwright Lane.",
    "Contributing buildings are listed in the Old Mill Historic District Survey (2019) maintained by the Historic Preservation Planner.",
    "Exterior changes visible from a public street, new construction, demolition, fences and signs in the district require a certificate of appropriateness.",
], ["Certificates of appropriateness", "Old Mill Historic District Overlay (HD)"])
sec("17.48.020", "Certificates of appropriateness", "2026-08-01", "Ord. 2005-11; amended Ord. 2024-07", [
    "Minor certificates of appropriateness (repairs with different materials, windows, fences, signs, rooftop solar on street-facing slopes, small additions not visible from the street) are decided by staff.",
    "Major certificates (new buildings, additions visible from the street, demolition of contributing buildings) are decided by the Planning Commission acting as the Historic Preservation Board after a public hearing.",
    "The fee is $350 for a minor certificate and $900 for a major certificate.",
], ["Permit type: Certificate of appropriateness (historic)", "Certificate of appropriateness review criteria"])
sec("17.48.030", "Certificate of appropriateness review criteria", "2025-06-10", "Ord. 2005-11", [
    "Proposed work shall be compatible with the historic character of the building and district in scale, materials, proportions and details, consistent with the Old Mill Design Guidelines.",
    "Original windows shall be repaired rather than replaced where feasible; replacement windows on street facades shall be wood or clad wood with true or simulated divided lites.",
    "New additions shall be differentiated from, yet compatible with, the original building and set back from the primary facade.",
], ["Certificates of appropriateness"])
sec("17.48.040", "Demolition of historic resources", "2025-06-10", "Ord. 2005-11; amended Ord. 2021-06", [
    "Demolition of a contributing building in the Old Mill Historic District, or of any building determined to be a potential historic resource, requires a major certificate of appropriateness.",
    "The Planning Commission may approve demolition only if the building cannot be feasibly rehabilitated or poses an imminent safety hazard.",
    "The Commission may impose a delay of up to 180 days to allow relocation or documentation.",
], ["Demolition permit requirements"])
sec("17.52.010", "Variances — purpose", "2024-02-06", "Ord. 2008-15", [
    "A variance allows a deviation from the development standards of this title where special circumstances applicable to a property deprive it of privileges enjoyed by other properties in the same district.",
    "A variance may not be granted to allow a use not otherwise allowed in the district.",
    "Financial hardship alone is not grounds for a variance.",
], ["Variances — applicability", "How to apply for a variance"])
sec("17.52.020", "Variances — applicability", "2024-02-06", "Ord. 2008-15", [
    "Variances may be requested from setbacks, height, lot coverage, lot width, fence height, parking, sign area and other numeric development standards.",
    "Variances may not be granted from density limits, the use regulations, or the riparian setback of the Riverfront Corridor Overlay.",
    "Deviations within the limits of § 17.52.080 may be processed as minor variances.",
], ["Minor variances", "Variance application"])
sec("17.52.030", "Variance application", "2026-08-01", "Ord. 2008-15; fee per Res. 2026-88", [
    "An application for a variance shall be filed with the Planning Division on the City's application form with the fee set in the fee schedule ($1,450).",
    "The application shall include a site plan, elevations if height is involved, photographs, and a written statement explaining how the request meets each of the findings in § 17.52.040.",
    "The applicant shall provide a mailing list of all property owners within 300 feet.",
], ["Permit type: Variance", "How to apply for a variance"])
sec("17.52.040", "Findings required for a variance", "2024-02-06", "Ord. 2008-15", [
    "A variance may be granted only if all four of the following findings are made: (1) special circumstances apply to the property, such as size, shape, topography or location, that do not apply generally to other properties in the district; (2) strict application of the code would deprive the property of privileges enjoyed by other properties in the district; (3) the variance does not constitute a grant of special privilege and will not be detrimental to public health, safety or welfare or to nearby properties; and (4) the variance is consistent with the General Plan.",
    "The decision-maker shall adopt written findings.",
    "Self-created hardships do not satisfy finding (1).",
], ["Variances — purpose", "How to apply for a variance"])
sec("17.52.050", "Variance hearing and notice", "2024-02-06", "Ord. 2008-15", [
    "The Planning Commission holds a public hearing on each variance. Notice is given as required by Chapter 17.68.",
    "Staff prepares a report with a recommendation at least 5 days before the hearing.",
    "The applicant or representative should attend the hearing.",
], ["Mailed notice", "About the Fernhill Planning Commission"])
sec("17.52.060", "Variance decision and conditions", "2024-02-06", "Ord. 2008-15", [
    "The Planning Commission may approve, approve with conditions, or deny a variance. A majority of the members present is required for action.",
    "Conditions may be imposed to mitigate effects on neighbouring properties.",
    "The decision is final 10 calendar days after the decision unless appealed under Chapter 17.72.",
], ["Appeal filing period"])
sec("17.52.070", "Variance expiration", "2024-02-06", "Ord. 2008-15", [
    "A variance expires 2 years after approval unless a building permit has been issued and work has begun.",
    "The Zoning Administrator may grant one extension of up to 1 year if requested before expiration.",
    "A variance runs with the land.",
], ["Variance decision and conditions"])
sec("17.52.080", "Minor variances", "2026-08-20", "Ord. 2008-15; amended Ord. 2019-14, Ord. 2026-28", [
    "The Zoning Administrator may approve a minor variance, without a public hearing, for: (1) a reduction of a required setback by up to 20 percent; (2) an increase in maximum lot coverage of up to 5 percentage points; (3) an increase in building height of up to 10 percent; (4) an increase in fence height of up to 1 foot.",
    "Notice of a pending minor variance is mailed to owners within 300 feet at least 10 days before the decision. Any person may request a hearing, in which case the application is referred to the Planning Commission.",
    "The fee is set by the fee schedule ($520). The findings in § 17.52.040 apply.",
], ["Permit type: Minor variance", "Findings required for a variance"])
sec("17.56.010", "Conditional use permits — applicability", "2024-02-06", "Ord. 2008-15", [
    "A conditional use permit is required for uses identified as conditional in the district use tables and in Chapter 17.24.",
    "Conditional use permits are decided by the Planning Commission after a public hearing.",
    "A conditional use permit runs with the land unless the conditions state otherwise.",
], ["Permit type: Conditional use permit", "Conditional use permit findings"])
sec("17.56.020", "Conditional use permit application", "2026-08-01", "Ord. 2008-15; fee per Res. 2026-88", [
    "Applications shall include a site plan, floor plan, an operations statement describing hours, staffing, deliveries and noise, and a written statement addressing the findings.",
    "The fee is set by the fee schedule ($3,100).",
    "A pre-application meeting is recommended for all conditional uses.",
], ["Permit type: Conditional use permit", "Permit type: Pre-application meeting"])
sec("17.56.030", "Conditional use permit findings", "2024-02-06", "Ord. 2008-15", [
    "The Planning Commission may approve a conditional use permit only if it finds that: (1) the use is allowed in the district with a conditional use permit; (2) the use is consistent with the General Plan; (3) the site is adequate in size and shape for the use; (4) the use will not be detrimental to the health, safety or welfare of persons living or working nearby; and (5) the use is compatible with existing and planned uses in the area.",
    "The Commission shall adopt written findings.",
    "Conditions may address hours, noise, parking, lighting, landscaping and duration.",
], ["Conditional use permits — applicability"])
sec("17.56.040", "Conditional use permit expiration and revocation", "2024-02-06", "Ord. 2008-15", [
    "A conditional use permit expires 2 years after approval unless the use has been established or a building permit issued.",
    "The Planning Commission may revoke a conditional use permit after a hearing if the conditions are violated or the use is a nuisance.",
    "A conditional use that is discontinued for 12 consecutive months expires.",
], ["Conditional use permits — applicability"])
sec("17.60.010", "Pre-application meetings", "2026-08-01", "Ord. 2019-14; fee per Res. 2026-88", [
    "Applicants may request a pre-application meeting with Planning and Building staff to discuss a project before filing.",
    "The fee ($250) is credited toward a formal application filed within 6 months.",
    "Staff comments at a pre-application meeting are advisory and do not bind the City.",
], ["Permit type: Pre-application meeting"])
sec("17.60.020", "Site plan and design review — applicability", "2025-04-08", "Ord. 2019-14", [
    "Site plan and design review is required for new buildings and additions over 2,500 square feet in the multifamily, commercial, mixed-use and industrial districts, and for new multifamily buildings of three or more units.",
    "Projects up to 10,000 square feet are decided by the Zoning Administrator; larger projects by the Planning Commission.",
    "Design review applies the Fernhill Citywide Design Guidelines and, where applicable, the Old Mill Design Guidelines.",
], ["Permit type: Site plan and design review", "Design review findings"])
sec("17.60.030", "Design review findings", "2024-02-06", "Ord. 2019-14", [
    "The project is consistent with the applicable design guidelines.",
    "The site layout provides safe access and circulation for pedestrians, bicycles and vehicles.",
    "Building massing, materials and landscaping are compatible with the surrounding area.",
], ["Site plan and design review — applicability"])
sec("17.64.010", "Amendments — initiation", "2024-02-06", "Ord. 2008-15", [
    "Amendments to the text of this title or to the zoning map may be initiated by the City Council, the Planning Commission, or by application of a property owner.",
    "The Planning Commission holds a hearing and makes a recommendation; the City Council holds a hearing and decides.",
    "Ordinances amending this title take effect 30 days after second reading unless stated otherwise.",
], ["Rezoning applications"])
sec("17.64.020", "Rezoning applications", "2026-08-01", "Ord. 2008-15; fee per Res. 2026-88", [
    "A property owner may apply for a rezoning with the fee set in the fee schedule ($4,200).",
    "The application shall include a justification statement, legal description, vicinity map and mailing list of owners within 300 feet.",
    "A rezoning shall be consistent with the General Plan land use designation of the property.",
], ["Permit type: Rezoning (zoning map amendment)"])
sec("17.64.090", "Lot line adjustments", "2024-02-06", "Ord. 2008-15", [
    "A lot line adjustment between four or fewer adjoining parcels, not creating additional parcels, is approved by the Zoning Administrator.",
    "The adjusted parcels shall conform to the zoning code and building codes.",
    "The adjustment is complete when the deeds are recorded, which must occur within 1 year of approval.",
], ["Permit type: Lot line adjustment"])
sec("17.64.100", "Tentative parcel maps", "2024-02-06", "Ord. 2008-15", [
    "Division of land into four or fewer parcels requires a tentative parcel map approved by the Planning Commission after a public hearing.",
    "Each new parcel shall meet the lot area and width of the district, or a variance shall be approved concurrently.",
    "A tentative parcel map expires 2 years after approval unless a final map is recorded.",
], ["Permit type: Tentative parcel map"])
sec("17.68.010", "Mailed notice", "2024-02-06", "Ord. 2008-15", [
    f"Notice of a public hearing, or of a pending minor variance decision, shall be mailed to the owners of all property within {NOTICE_RADIUS} feet of the subject property at least {NOTICE_DAYS} days before the hearing or decision.",
    "Notice shall also be mailed to the applicant and to any person who has requested notice in writing.",
    "Failure of any person to receive mailed notice does not invalidate the proceedings.",
], ["Posted and published notice", "Contents of notice"])
sec("17.68.020", "Posted and published notice", "2024-02-06", "Ord. 2008-15", [
    f"A notice of hearing shall be posted on the subject property, visible from the street, at least {NOTICE_DAYS} days before the hearing.",
    f"Notice of hearings on rezonings, code amendments, conditional use permits and variances shall be published once in the {NEWSPAPER} at least {NOTICE_DAYS} days before the hearing.",
    "Notices are also posted on the City website and at the Civic Center.",
], ["Mailed notice", "Contents of notice"])
sec("17.68.030", "Contents of notice", "2024-02-06", "Ord. 2008-15", [
    "Each notice shall state the date, time and place of the hearing; the hearing body; the file number; the location of the property; a description of the request; where the file may be reviewed; how to comment; and the name and contact of the staff planner.",
    "Notices shall state that persons who challenge the decision in court may be limited to issues raised at the hearing.",
    "Notices shall include a statement on how to request accessibility accommodations at least 48 hours before the meeting.",
], ["Mailed notice"])
sec("17.68.040", "Conduct of hearings", "2026-10-07", "Ord. 2008-15; amended Ord. 2023-02", [
    "At a hearing, staff presents the report, the applicant presents the project, and members of the public may speak for up to 3 minutes each.",
    "Written comments received by noon on the day before the hearing are distributed to the hearing body.",
    f"The Planning Commission meets on the {PC_SCHEDULE} in the {CHAMBERS}.",
], ["About the Fernhill Planning Commission", "Planning Commission 2026 meeting calendar"])
sec("17.72.010", "Appealable decisions", "2024-02-06", "Ord. 2008-15", [
    "Decisions of the Zoning Administrator may be appealed to the Planning Commission.",
    "Decisions of the Planning Commission may be appealed to the City Council.",
    "Any person may appeal, including the applicant and members of the public.",
], ["Appeal filing period", "How to appeal a planning decision"])
sec("17.72.020", "Appeal filing period", "2026-08-01", "Ord. 2008-15; fee per Res. 2026-88", [
    f"An appeal shall be filed with the City Clerk within {APPEAL_DAYS} calendar days after the decision, on Form CD-60, with the appeal fee set in the fee schedule ($575).",
    "If the tenth day falls on a weekend or City holiday, the period ends on the next business day.",
    "The appeal shall state the grounds and the specific decision being appealed.",
], ["Permit type: Appeal of a planning decision", "How to appeal a planning decision"])
sec("17.72.030", "Appeal hearings", "2024-02-06", "Ord. 2008-15", [
    "The appeal body holds a public hearing within 45 days of the filing, with notice given as for the original decision.",
    "The appeal body considers the matter de novo and may affirm, reverse or modify the decision.",
    "The decision of the City Council on an appeal is final.",
], ["Appealable decisions"])
sec("17.76.010", "Code enforcement — purpose and procedures", "2024-02-06", "Ord. 2008-15; amended Ord. 2022-15", [
    "Violations of Titles 15 and 17 are investigated by the Code Enforcement Unit in response to complaints or on staff initiative.",
    "Owners are given a notice of violation with a compliance deadline, typically 30 days.",
    "Violations not corrected may be subject to administrative citations of $250 for a first citation, $500 for a second and $1,000 for each additional citation within one year.",
], ["Work without permit", "How to report a possible code violation"])
sec("17.76.020", "Stop work orders", "2024-02-06", "Ord. 2008-15", [
    "The Building Official or Zoning Administrator may issue a stop work order for work done without a permit or contrary to an approved permit.",
    "Work may resume only after the order is released in writing.",
    "Removing a posted stop work order is a misdemeanour.",
], ["Code enforcement — purpose and procedures"])

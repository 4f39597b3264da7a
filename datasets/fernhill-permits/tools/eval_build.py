"""Builds eval/routing.jsonl, eval/qa.jsonl and tools/label-notes.md, and checks every rag/both fact against the corpus."""
import json, os, random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "corpus")

# (query, doc, string that must appear in doc, note)
RAG = [
 ("how big can a detached ADU be now? heard the limit changed this fall", "code-17-24-060-accessory-dwelling-units.md", "shall not exceed 1,000 square feet", "1,000 sq ft (was 850) since 2026-09-16"),
 ("max fence height in a front yard setback?", "code-17-36-030-fence-height-limits.md", "shall not exceed 4 feet in height", "4 ft since 2026-08-20 (was 3.5)"),
 ("Is the permit counter open on Fridays or do I need to book?", "permit-centre-hours-and-contact-information.md", "By appointment only, 9:00 a.m. – 12:00 p.m.", "Fri by appointment 9-12 since 2026-09-08"),
 ("When does the Planning Commission meet these days", "about-the-fernhill-planning-commission.md", "first and third Wednesdays of each month at 6:00 p.m.", "new schedule from 2026-10-07"),
 ("reinspection fee amt?", "fee-schedule-fy2026-27-inspection-and-miscellaneous-fees.md", "| Reinspection fee (§ 15.12.060) | $125 |", "$125 (was $95)"),
 ("Whatever happened with the variance at 1418 Marlowe St? I thought the PC shot it down in June", "council-decision-2026-09-21-appeal-zv-2026-041-1418-marlowe-street.md", "Variance approved with conditions", "Council reversed on appeal 2026-09-21"),
 ("Fee for a minor variance application", "permit-type-minor-variance.md", "| Fee | $520 |", "$520 (was $450)"),
 ("what's the cutoff to request an inspection for the next day", "how-to-schedule-an-inspection.md", "Requests made by **2:00 p.m.** on a business day", "2:00 pm (was 3:00 pm)"),
 ("How big does a tree trunk have to be before it counts as a heritage tree in Fernhill?", "code-17-40-040-heritage-trees.md", "trunk diameter of 18 inches or more", "18 in (was 24) since 2026-10-08"),
 ("who is the building official right now? need to address a letter", "staff-directory-community-development-department.md", "| Marcus Lindqvist | Acting Chief Building Official |", "acting CBO since 2026-08-17"),
 ("turnaround on a residential rooftop solar permit, 7.6 kW on a single family house?", "permit-type-residential-solar-pv.md", "1 business day (SolarQuick automated review)", "1 bd (was 3)"),
 ("typical first review time for a residential addition", "target-plan-review-times.md", "| Residential addition | 10 business days (first review) |", "10 bd (was 15) since 2026-09-01"),
 ("Cap on un-hosted short term rental nights per yr?", "code-17-24-080-short-term-rentals.md", "Unhosted short-term rentals are limited to 90 nights per calendar year", "new STR rules 2026-09-01"),
 ("rear setback R-2", "zoning-district-r-2.md", "| Rear setback | 15 ft |", "district table"),
 ("I'm on Fernbank Drive near the river — how far from the top of bank do I need to keep any new building?", "code-17-12-050-riverfront-corridor-overlay.md", "within 50 feet of the top of bank of the Fern River", "RC overlay"),
 ("min height of a pool barrier", "code-15-40-040-pool-barriers.md", "a barrier at least 5 feet high", "pool barrier"),
 ("Was minor variance MV-2026-080 (1231 Foxglove Lane) approved or denied?", "minor-variance-mv-2026-080-1231-foxglove-lane.md", "| Decision | **Approved** |", "generated decision"),
 ("did the commission approve the drive thru coffee kiosk at 1514 Kiln Rd", "pc-decision-cup-2026-021-1514-kiln-road.md", "the Planning Commission approved file CUP-2026-021", "generated PC decision"),
 ("Millbrook Commons rezoning — when does it actually take effect?", "council-decision-2026-10-19-rezoning-millbrook-commons-3300-millbrook-parkway.md", "| Effective date | November 18, 2026 |", "Ord 2026-36"),
 ("What is staff recommending on the Ember & Oak tasting room CUP at 640 Kiln Road?", "staff-report-cup-2026-034-640-kiln-road.md", "**Recommendation:** Approve with conditions", "staff report for 11/18 hearing"),
 ("can i still log in to the old permit portal to download my approved plans", "faq-epermits-center.md", "read-only until December 31, 2026", "old portal read-only"),
 ("ADU permit fee pls", "permit-type-accessory-dwelling-unit.md", "$1,600 flat fee (includes plan review)", "$1,600 (was $1,450)"),
 ("Neighbours appealed the 48-unit apartment approval at 2306 Fulton Ave. How did that end up at council?", "council-decision-2026-08-03-appeal-spr-2026-008.md", "Appeal denied; Planning Commission decision upheld", "council 2026-08-03"),
 ("what went wrong with card payments on the new permit site on Oct 7", "incident-report-2026-10-07-epermits-center-payment-outage.md", "A security certificate for the payment processor connection had been configured for the test environment", "incident"),
 ("Home business with clients coming over — how many client visits a day are allowed?", "code-17-24-050-home-occupations.md", "no more than 8 client visits per day", "home occupation"),
 ("in-lieu fee per replacement tree if I can't replant on site", "code-17-40-060-tree-replacement-requirements.md", "an in-lieu fee of $450 per required replacement tree", "tree in-lieu"),
 ("permit centre open day after thanksgiving?", "notice-2026-11-02-permit-centre-holiday-closures.md", "Thursday, November 26 and Friday, November 27, 2026", "holiday closures"),
 ("Who voted no on the Marlowe Street appeal at Council?", "council-decision-2026-09-21-appeal-zv-2026-041-1418-marlowe-street.md", "No: Sloane", "vote 4-1"),
 ("how much is a fence permit now", "permit-type-fence-wall.md", "| Fee | $120 |", "$120 (was $95)"),
 ("How long is a variance good for after it's approved, if we haven't pulled a building permit yet?", "code-17-52-070-variance-expiration.md", "A variance expires 2 years after approval", "variance expiration"),
]

# (query, family, doc, check string, note)
BOTH = [
 # ---- decision letters
 ("Can you draft the approval letter for fence permit BP-2026-04418 at 233 Lark Street? Applicant Rosa Underhill, 6 ft cedar fence along the side and rear lines, plans comply, no conditions. Make sure the appeal paragraph has the appeal deadline and appeal fee that apply now.",
  "letter", "code-17-72-020-appeal-filing-period.md", "within 10 calendar days after the decision", "appeal 10 days + fee $575 (permit-type-appeal / 17.72.020)"),
 ("need a denial letter: permit BP-2026-05377, 54 Wren St, owner Pavel Novak wants a 160 sf shed 2 ft off the rear property line. deny on setback — state what the accessory structure setback actually is in the code",
  "letter", "code-17-24-020-accessory-structures.md", "at least 5 feet from side and rear property lines", "accessory structure setback 5 ft"),
 ("Decision letter please — ADU permit BP-2026-05120, 77 Finch Court, owner Leona Larkin, 960 sq ft detached ADU, approved with conditions (address as Unit B; fire sprinklers required). In the basis section say the unit is within the maximum ADU size allowed under the current ordinance.",
  "letter", "code-17-24-060-accessory-dwelling-units.md", "shall not exceed 1,000 square feet", "ADU max 1,000 sq ft (post-cutoff change)"),
 ("Approve STR-2026-0042 for 12 Lark Street, host Vera Sato. Write the decision letter and remind her of the cap on unhosted nights and what the annual renewal fee is.",
  "letter", "code-17-24-080-short-term-rentals.md", "limited to 90 nights per calendar year", "90 nights; $350/yr"),
 ("Tree removal approved at 45 Foxglove Lane — 20-inch silver maple in decline per the arborist report, applicant Fiona Rasmussen, permit TR-2026-0318. Draft the letter and spell out the replacement requirement under 17.40.060.",
  "letter", "code-17-40-060-tree-replacement-requirements.md", "replaced with two 24-inch box trees", "2 x 24-in box or $450 in-lieu"),
 ("home occupation approval letter for Keiko Ishikawa, 902 Ember Ct, piano lessons, HO-2026-0188. include the client visit limit and allowed visiting hours from the code",
  "letter", "code-17-24-050-home-occupations.md", "between 8:00 a.m. and 8:00 p.m.", "8 visits/day, 8am-8pm"),
 ("Could you put together the formal decision letter to the Ferrantes for ZV-2026-041 (1418 Marlowe) reflecting how Council decided the appeal, with the conditions Council adopted?",
  "letter", "council-decision-2026-09-21-appeal-zv-2026-041-1418-marlowe-street.md", "Tree protection fencing shall be installed around the native oak", "council conditions"),
 ("Write the approval letter for the residential re-roof at 3110 Birchwood Ave, BP-2026-06233, contractor Copperline Builders, Class A comp shingles. Confirm the permit fee they paid in the letter.",
  "letter", "permit-type-residential-re-roof.md", "| Fee | $210 |", "re-roof fee $210 (was $180)"),
 # ---- inspection reports
 ("Framing insp BP-2026-03317, 410 Wren St, 11/13/26 10:15am. headers ok, hold-downs ok, stair ok, fireblocking missing at kitchen soffit -> fail. inspector Renee Abara. put the current reinspection fee in the report",
  "report", "fee-schedule-fy2026-27-inspection-and-miscellaneous-fees.md", "| Reinspection fee (§ 15.12.060) | $125 |", "$125"),
 ("Write up the pool barrier final at 2218 Summit Drive (BP-2026-02875) — failed, back fence only 4'6\" along the slope, gates self-latch fine, door alarms ok. Cite the minimum barrier height from our code in the correction.",
  "report", "code-15-40-040-pool-barriers.md", "a barrier at least 5 feet high", "5 ft, § 15.40.040"),
 ("Fence final today at 88 Dover St, BP-2026-04102, Tobias Hart inspecting. Front yard picket fence measured 4 ft 3 in inside the front setback, side fences 6 ft. Write the inspection report and mark it pass or fail against the current front-setback limit.",
  "report", "code-17-36-030-fence-height-limits.md", "shall not exceed 4 feet in height", "4 ft -> fail"),
 ("ADU final passed at 1120 Kestrel Way, permit BP-2026-01988, inspector Lucia Marin, 11/12. Everything OK. In the items list, show the side/rear setback distance that was verified per the ADU code.",
  "report", "code-17-24-060-accessory-dwelling-units.md", "at least 4 feet from side and rear property lines", "4 ft"),
 ("water heater insp report — 60 Vine St, PL-2026-07715, only one seismic strap, T&P line ok, venting ok. partial. cite the code section for the strapping correction",
  "report", "code-15-32-030-water-heaters.md", "strapped in two places", "§ 15.32.030"),
 ("Today's solar final at 318 Elm Terrace failed (no rapid shutdown label at the meter; everything else fine), permit BP-2026-06510, Sam Kowalczyk. Do the report and in the next-step section tell the installer how and by what time to request the reinspection for the following day.",
  "report", "code-15-16-020-inspection-requests.md", "Requests received by 2:00 p.m. on a business day are scheduled for the next business day", "ePermits, 2:00 pm"),
 ("Re-roof mid-roof at 2 Heron Ct, BP-2026-06044: inspector Owen Taggart couldn't get on the roof, no ladder provided. Need the inspection report with the reinspection fee and a line on what the code requires for roof access.",
  "report", "code-15-16-030-access-for-inspection.md", "including ladders for roof inspections", "§ 15.16.030 + $125"),
 # ---- hearing notices
 ("Hearing notice for ZV-2026-088 at 2215 Dover Street please — pull the date, time and room from the PC agenda.",
  "notice", "pc-agenda-2026-11-18.md", "Wednesday, November 18, 2026, at 6:00 p.m.", "agenda 11/18"),
 ("need the public hearing notice for the Ember & Oak brewery tasting room on Kiln Rd",
  "notice", "staff-report-cup-2026-034-640-kiln-road.md", "**File:** CUP-2026-034", "CUP-2026-034, 11/18, Grace Adeyemi"),
 ("Prepare the notice of public hearing for COA-2026-012 (118 Tanner Street). Planner contact should be whoever is assigned.",
  "notice", "pc-agenda-2026-12-02.md", "COA-2026-012, 118 Tanner Street", "12/2 6pm, Gideon Marsh"),
 ("Draft hearing notice — Ridgeline Coffee drive-thru CUP on Southgate Blvd.",
  "notice", "pc-agenda-2026-12-02.md", "CUP-2026-036, 2410 Southgate Boulevard", "12/2, Nikhil Varma"),
 ("We need to mail notice for the Halvorsen parcel map on Briar Lane. Can you write it up in our format, comments going to the planner on the file?",
  "notice", "pc-agenda-2026-12-16.md", "TPM-2026-015, 4125 Briar Lane", "12/16 tentative, Colette Dubois"),
 ("hearing notice — sign variance at 905 Chandler Ave",
  "notice", "pc-agenda-2026-12-16.md", "ZV-2026-094, 905 Chandler Avenue", "12/16, Luis Bettencourt, 135 vs 100 sq ft"),
 ("The 37 Heron Ct lot coverage variance mailing goes out this week; write the notice of public hearing with the correct hearing date and the request as described on the agenda.",
  "notice", "pc-agenda-2026-12-02.md", "ZV-2026-091, 37 Heron Court", "12/2, 50%->58%, Maya Sorensen"),
 ("Write a public hearing notice for the Council hearing on the downtown projecting sign ordinance.",
  "notice", "city-council-land-use-items-december-7-2026.md", "Monday, December 7, 2026 at 7:00 p.m.", "Council 12/7 7pm, Nikhil Varma, 8->12 sq ft"),
 # ---- plain-language summaries
 ("Plain-language summary of § 17.24.060 for the ADU handout we give out at the counter.",
  "summary", "code-17-24-060-accessory-dwelling-units.md", "## § 17.24.060 Accessory dwelling units", "section text in corpus"),
 ("can you summarize the fence height section (17.36.030) in plain english for homeowners",
  "summary", "code-17-36-030-fence-height-limits.md", "## § 17.36.030 Fence height limits", "section text"),
 ("I'd like a plain language version of Fernhill's short-term rental rules, § 17.24.080, for the website.",
  "summary", "code-17-24-080-short-term-rentals.md", "## § 17.24.080 Short-term rentals", "section text"),
 ("Plain-language summary of 15.16.020 (inspection requests) for the contractor newsletter pls",
  "summary", "code-15-16-020-inspection-requests.md", "## § 15.16.020 Inspection requests", "section text"),
 ("Write a plain summary of our heritage tree section for the arborist flyer.",
  "summary", "code-17-40-040-heritage-trees.md", "## § 17.40.040 Heritage trees", "section text"),
 ("Summarize § 17.52.080 (minor variances) in plain language for applicants.",
  "summary", "code-17-52-080-minor-variances.md", "## § 17.52.080 Minor variances", "section text"),
 ("plain english summary of the pool barrier code section for the pool contractor packet",
  "summary", "code-15-40-040-pool-barriers.md", "## § 15.40.040 Pool barriers", "section text"),
]

TUNED = [
 # decision letters, all facts given
 "Draft a decision letter: permit BP-2026-06011, 19 Ember Court, applicant Nora Winslow, 240 sq ft rear deck. Approved with conditions — guards at least 42 in where the deck is more than 30 in above grade; call for footing inspection before pouring. Basis: deck meets the 5 ft side setback; framing plan checked OK. Appeals go to the Planning Commission within 10 calendar days, fee $575. Sign as Maya Sorensen, Associate Planner, (555) 310-2244. Date November 16, 2026.",
 "denial letter pls. Town of Redcliff, permit R-26-40417, 4410 Gannet Rd, applicant Felipe Arroyo. detached garage 19 ft tall, max is 15 ft under Sec. 14-208. deny. appeal to Board of Appeals in 14 days, $240 fee. signed Lorna Kettle, Plans Examiner, lkettle@redcliff.gov, dated Oct 30 2026",
 "Reviewer notes for sign permit SG-26-0931 (Halden City) — applicant Beacon Dental, 77 Marsh St. 32 sf internally lit wall sign. approve w/ conditions: lights off 11pm–6am; electrical inspection before energizing. basis: within 1.5 sf per linear ft allowance, § 9.44.050. appeal: Zoning Board, 15 days. reviewer Omar Petit, Associate Planner, 555-881-2040. date 11/2/2026",
 "Please write the decision letter approving temporary use permit TU-2026-0112 for the Kestrel Park holiday tree lot at 2800 Meadowlark Drive, applicant Gareth Hollis. Dates Nov 27 – Dec 24, 2026. Conditions: close by 9 pm nightly, one accessible portable toilet, site restored within 7 days after Dec 24. Basis: use allowed as a temporary use under § 17.24.150; site plan shows parking for 12 cars. Appeal to the Planning Commission within 10 calendar days; fee $575. From Nikhil Varma, Assistant Planner, (555) 310-2247. Letter date November 16, 2026.",
 "Turn this into our decision letter: Village of Sorrow Creek, HO-114, applicant Mei Lin Fong, 8 Wicker Lane, home bakery pickups. DENIED — retail sales not allowed as home occupation (Sec. 22-310). may reapply as delivery-only. appeals: Village Board, 10 days, no fee mentioned. reviewer Jonas Abt, Zoning Officer, (555) 402-1177. date 9 Nov 2026.",
 "Write the approval letter: demo permit DM-2026-0733 at 1502 Ashby Street, applicant Westbrook Renovations, demolition of a 380 sq ft detached garage built 1992 (not a historic resource). Conditions: cap the sewer lateral at the property line and get it inspected before backfill; keep water on site for dust control. Basis: utility disconnection letters received; asbestos survey not required for a 1992 structure. Appeals to the Building Appeals Board within 10 days. Signed Marcus Lindqvist, Acting Chief Building Official, (555) 310-2261, 11/16/2026.",
 "draft approval for sidewalk cafe permit SC-2026-0044, Linden Oyster Bar, 310 Linden Ave — 6 tables. conds: keep 5 ft clear path; bring furniture in nightly; keep insurance cert current. basis: layout shows 5 ft 6 in clear path. appeal PC 10 days $575. reviewer Grace Adeyemi, Associate Planner, (555) 310-2246, date 11/12/2026",
 # inspection reports
 "Inspection report please: permit BP-2026-02290, 1177 Alder St, footing inspection 11/16/2026 9:05 am, inspector Felix Duarte. Footing depth 18 in OK, rebar #4 at 18 in OK, hold-down locations OK, forms clean. Result pass.",
 "rough plumbing insp, Town of Mertz, permit B26-7781, 12 Quarry Hill Rd, Nov 10 2026 1:30pm, insp K. Amundsen. DWV test holding ok, supply test 100 psi ok, nail plates missing at 3 studs in hall bath wall (ref Sec. 5-612) -> fail. reinspection fee $110",
 "Write up: framing inspection, 64 Wren Street, BP-2026-04991, 11/13/2026 2:40 pm, inspector Renee Abara. OK: headers, hold-downs, stair geometry, egress windows. NOT OK: missing fireblocking at the soffit over the kitchen (IRC R302). Result: partial pass. Reinspection fee $125 applies if not ready next time.",
 "Pasting tablet notes — PERMIT PL-2026-08120 / 1410 Orchard Lane / WATER HEATER / 2026-11-09 10:20 / strapping: OK / T&P discharge: NO — line reduced to 1/2 in, ref UPC 608.5 / venting: OK / OVERALL: FAIL / reinsp fee $125 / inspector Owen Taggart",
 "Can you format this as an inspection result report? Easton Ridge, permit 2026-BLD-3316, 9 Saltmarsh Way, solar PV final, 10/28/2026 11:00 am, inspector Ida Brenner. Array layout ok, attachments flashed ok, placards ok, rapid shutdown label ok, conductor support ok. PASS. Remarks: installer on site, remote video not used.",
 "pool pre-gunite at 2218 Summit Dr, BP-2026-02875, 10/2/2026, Lucia Marin. water's edge 6 ft from side PL ok, steel per engineering ok, bonding grid incomplete at the step (NEC 680.26), temp safety fence ok. result fail. reinspection fee $125.",
 "Report for today's final at 905 Pemberton Ave (BP-2026-03702, kitchen remodel): smoke + CO alarms ok, guards n/a, address numbers ok, energy cert posted. all passed. Inspector Sam Kowalczyk, 11/16/2026 8:30 am.",
 # hearing notices
 "Notice of public hearing: Fernhill Planning Commission, Wednesday January 6, 2027, 6:00 pm, Council Chambers, Fernhill Civic Center, 200 Linden Avenue. File ZV-2026-099, 14 Lark Street, applicant Theo Pellegrini. Request: variance from § 17.16.030 to reduce the interior side setback from 4 ft to 2.5 ft for a second-story addition. Planner Maya Sorensen, (555) 310-2244. Written comments by noon Jan 5, 2027 to planning@fernhill.gov. File available at the Permit Centre. Accommodations: City Clerk, (555) 310-2100, 48 hours ahead.",
 "hearing notice — Board of Zoning Appeals, Town of Kettering Mills. case BZA-27-002, 300 Rook Ave, applicant Orchard Hill Church. request: CUP for a 90-child preschool in existing church building, § 40.12.030. hearing Thurs Feb 4 2027 7pm, Town Hall Room 2, 15 Pell St. comments by 5pm Feb 1 to Ana Ruiz aruiz@ketteringmills.gov. categorically exempt Class 1.",
 "Please write the public hearing notice. Historic District Commission, City of Wardell. File HDC-771, 28 Cooper Row, applicant Mara Quist. Request: certificate of appropriateness to replace slate roof with synthetic slate (Section 12.4.6). Hearing December 10, 2026 at 5:30 p.m., City Hall Council Chambers, 1 Court Street. Contact Ben Ito, (555) 230-4491; comments by noon December 8, 2026. File on the city website.",
 "Need a hearing notice: City Council of Fernhill, Monday Jan 4 2027 at 7 pm, Council Chambers, 200 Linden Ave. Item: REZ-2026-007, rezoning 2.2 acres at 1900 Kiln Road from M-1 to C-2, applicant Kiln Road Partners LLC, per § 17.64.020. Staff contact Joel Whitcombe (555) 310-2243. Comments to the City Clerk by noon Jan 4. Accommodation requests 48 hours ahead to the City Clerk at (555) 310-2100.",
 "PC hearing notice for UP-26-051, Larchfield County. 4120 Bittern Rd. Applicant: Sunrise Tower Co. Request: conditional use permit for a 70 ft monopole, § 18.33.120. Hearing Tue Dec 8 2026 6:30 pm, County Admin Bldg Room 101, 55 Grange St. Planner: Ruth Eames, (555) 610-3321. Comments by noon Dec 7. File at the Planning Department counter.",
 "write the notice: Hearing Officer, City of Pell Harbor, file VAR-2026-088, 12 Gull St, applicant Amos Reed, variance to allow a 6 ft front fence where 3 ft is max (Sec. 7-118). Hearing Nov 30 2026 at 9:00 a.m., Meeting Room B, Municipal Building, 40 Civic Plaza. Contact Iris Bell ibell@pellharbor.gov, comments by 5 pm Nov 27. ADA: City Clerk (555) 771-0450, 72 hrs.",
 "Draft notice of public hearing — Fernhill Planning Commission, Wednesday, January 20, 2027, 6:00 p.m., Council Chambers, 200 Linden Avenue. CUP-2026-041, 2870 Southgate Blvd, applicant Birchwood Kids LLC, conditional use permit for a child care centre for up to 48 children (§ 17.24.040). Planner Nikhil Varma, (555) 310-2247. Comments by noon January 19, 2027. File at the Permit Centre.",
 # plain-language summaries with text supplied
 "Plain-language summary please, for homeowners. Fernhill § 17.28.040 Parking space dimensions:\n(A) Standard spaces shall be 9 feet wide and 18 feet long. Compact spaces (up to 30 percent of spaces) shall be 8 feet by 16 feet.\n(B) Two-way drive aisles serving 90-degree parking shall be 24 feet wide.\n(C) Residential garage spaces shall have interior dimensions of at least 10 feet by 20 feet per space.",
 "can you do our plain language summary format for this? Town of Ebberly Sec. 6-220 Yard sales: (a) No more than 3 yard sales per lot per calendar year. (b) Each sale may last up to 2 consecutive days, 8 am to 6 pm. (c) Signs may be placed on private property with owner consent only and removed within 24 hours after the sale.",
 "Summarize in plain English for the website — Section 31.5.2 Rooftop decks (City of Norrow): (A) Rooftop decks are allowed on buildings in the RM and MX districts only. (B) Rooftop decks shall be set back at least 10 feet from any building edge facing a single-family district. (C) Railings shall be no more than 42 inches above the deck surface and of open design. (D) Lighting shall be shielded and turned off by 10:00 p.m.",
 "§ 17.16.040 Setback exceptions — Fernhill. (A) Eaves, cornices, bay windows and chimneys may project up to 2 feet into a required setback, but not closer than 3 feet to a side property line. (B) Uncovered porches and steps not more than 30 inches high may project up to 6 feet into a required front setback. (C) Uncovered decks not more than 30 inches high may extend to within 5 feet of a side or rear property line. -> need the plain language version for a counter handout",
 "plain language summary pls: Kessler Township Ord. § 24.10.060 Temporary storage containers. (A) Portable storage containers may be placed on a residential lot for up to 30 days in any 12-month period. (B) Containers shall be placed on a paved driveway and not in the street. (C) One container per lot; maximum 8 by 16 feet.",
 "Could you rewrite this section as one of our plain-language summaries for the contractor packet? 'Sec. 9-77 Construction hours. Construction work audible beyond the property line is permitted 7:00 a.m. to 7:00 p.m. Monday through Friday and 9:00 a.m. to 5:00 p.m. Saturday. No such work is permitted on Sundays or city holidays except emergency repairs.' (City of Dunlow)",
 # general knowledge
 "What does it mean when an appeal hearing is 'de novo'? Just the general concept.",
 "In general terms, what's the difference between a variance and a rezoning? Trying to explain it to a homeowner.",
 "quick one — is 'setback' the same thing as an 'easement'? general meaning please",
]

QA_RAG = [
 ("What is the current maximum floor area for a detached ADU in Fernhill?", "1,000 square feet", ["corpus/code-17-24-060-accessory-dwelling-units.md"]),
 ("By what time must an inspection be requested to get it the next business day?", "2:00 p.m.", ["corpus/how-to-schedule-an-inspection.md"]),
 ("How much is the conditional use permit fee under the FY2026-27 schedule?", "$3,100", ["corpus/permit-type-conditional-use-permit.md"]),
 ("Which ordinance lowered the heritage tree threshold to 18 inches?", "Ordinance 2026-33", ["corpus/code-17-40-040-heritage-trees.md"]),
 ("On what date did the Fernhill ePermits Center go live?", "October 5, 2026", ["corpus/faq-epermits-center.md"]),
 ("What time do Planning Commission meetings start under the new schedule?", "6:00 p.m.", ["corpus/about-the-fernhill-planning-commission.md"]),
 ("How much does it cost to appeal a planning decision?", "$575", ["corpus/permit-type-appeal.md"]),
 ("What are the Permit Centre's walk-in hours Monday through Thursday?", "8:00 a.m. to 4:00 p.m.", ["corpus/about-the-fernhill-permit-centre.md"]),
 ("What is the interior side setback in the R-1 district?", "| Interior side setback | 5 ft |", ["corpus/zoning-district-r-1.md"]),
 ("Which Council resolution granted the appeal for 1418 Marlowe Street?", "Council Resolution 2026-104", ["corpus/council-decision-2026-09-21-appeal-zv-2026-041-1418-marlowe-street.md"]),
 ("What is the maximum occupancy rule for a short-term rental?", "two persons per bedroom plus two", ["corpus/code-17-24-080-short-term-rentals.md"]),
 ("Who is Fernhill's City Arborist?", "Ruth Calloway", ["corpus/faq-trees-and-heritage-trees.md"]),
 ("What is the plan review fee for valuation-based permits, as a share of the building permit fee?", "65%", ["corpus/fee-schedule-fy2026-27-valuation-based-building-permit-fees.md"]),
 ("When did Chief Building Official Dana Okafor retire?", "August 14, 2026", ["corpus/notice-2026-08-14-chief-building-official-retires.md"]),
 ("What was the front-setback fence limit before Ordinance 2026-28?", "3.5 feet", ["corpus/notice-2026-07-21-front-yard-fence-height-limit-rises-to-4-feet.md"]),
 ("What did the Planning Commission decide on CUP-2026-029 for the Larkspur Inn at 2591 Station Street?", "Denied", ["corpus/pc-decision-cup-2026-029-2591-station-street.md"]),
 ("In the fee schedule example, what is the total due for an $80,000 residential addition?", "$1,507.48", ["corpus/fee-schedule-fy2026-27-valuation-based-building-permit-fees.md"]),
 ("How many minor variances did the Zoning Administrator decide in 2025?", "Zoning Administrator: 50", ["corpus/annual-report-2025-permit-and-planning-activity.md"]),
 ("What is the target review time for a junior accessory dwelling unit permit?", "15 business days (first review)", ["corpus/permit-type-junior-accessory-dwelling-unit.md"]),
 ("Until when can existing short-term rental operators keep renting without a permit?", "December 1, 2026", ["corpus/faq-short-term-rentals.md"]),
]
QA_BOTH = [
 ("Write a short approval letter for a 980-square-foot detached ADU at 52 Wren Street (permit BP-2026-05561, owner Jada Okonkwo) and state the current maximum ADU size in the basis.", "1,000 square feet", ["corpus/code-17-24-060-accessory-dwelling-units.md"]),
 ("Draft the inspection result report for a failed framing inspection at 91 Lark Street (BP-2026-04877, missing hold-down at the garage wall) and include the reinspection fee.", "$125", ["corpus/fee-schedule-fy2026-27-inspection-and-miscellaneous-fees.md"]),
 ("Prepare the notice of public hearing for ZV-2026-091 at 37 Heron Court using the hearing date on the Planning Commission agenda.", "December 2, 2026", ["corpus/pc-agenda-2026-12-02.md"]),
 ("Give me a plain-language summary of § 17.40.040 Heritage trees for a homeowner flyer.", "18 inches", ["corpus/code-17-40-040-heritage-trees.md"]),
 ("Draft the decision letter approving short-term rental permit STR-2026-0077 for 4 Finch Court and include the appeal deadline that applies.", "10 calendar days", ["corpus/code-17-72-020-appeal-filing-period.md"]),
]
QA_TUNED = [
 ("Format as an inspection result report: permit B26-5120, 7 Heath Row, Town of Brindle, insulation inspection 11/3/2026 2:00 pm, inspector Ada Lowe. R-values match forms OK, air sealing at top plates missing (IECC R402.4). Result fail. Reinspection fee $140.", "B26-5120", []),
 ("Write the hearing notice: Zoning Board, City of Fallow, file VAR-2027-003, 19 Reed St, applicant Jo Marsh, variance to reduce rear setback from 25 ft to 18 ft (Sec. 8-204). Hearing Jan 12 2027 6:30 pm, Town Hall, 2 Main St. Contact Lee Park (555) 300-1188; comments by noon Jan 11.", "VAR-2027-003", []),
 ("Plain-language summary: City of Orlen Sec. 5-30 Leaf blowers. (A) Gas-powered leaf blowers are prohibited. (B) Electric leaf blowers may be used 8:00 a.m. to 6:00 p.m. weekdays and 10:00 a.m. to 4:00 p.m. weekends.", "10:00 a.m. to 4:00 p.m.", []),
 ("Decision letter: permit PLN26-0412, Town of Wexby, 88 Pine Ridge Rd, applicant Cora Bell, 12x16 greenhouse approved. Basis: meets 5 ft setbacks (§ 21.10.040). Appeal to Board of Appeals within 15 days, fee $230. Reviewer Sam Reyes, Permit Technician, (555) 640-2210. Date Nov 5 2026.", "$230", []),
 ("Our report format please: re-roof final, 2210 Birchwood Ave, BP-2026-05902, 11/6/2026 11:45 am, inspector Tobias Hart. Class A shingles ok, flashing ok, attic ventilation ok, bundle wrapper on site. PASS.", "BP-2026-05902", []),
]


def check_in(doc, s):
    p = os.path.join(C, doc)
    assert os.path.exists(p), doc
    assert s in open(p).read(), (doc, s)


def main():
    for q, doc, s, _ in RAG:
        check_in(doc, s)
    for q, fam, doc, s, _ in BOTH:
        check_in(doc, s)
    for q, a, src in QA_RAG + QA_BOTH:
        for x in src:
            check_in(x.replace("corpus/", ""), a)
    assert len(RAG) == 30 and len(BOTH) == 30 and len(TUNED) == 30, (len(RAG), len(BOTH), len(TUNED))
    assert len(QA_RAG) == 20 and len(QA_BOTH) == 5 and len(QA_TUNED) == 5
    for q, a, _ in QA_TUNED:
        assert a in q
    rows = [{"query": q, "route": "rag"} for q, *_ in RAG] + [{"query": q, "route": "both"} for q, *_ in BOTH] + [{"query": q, "route": "tuned"} for q in TUNED]
    allq = [r["query"] for r in rows]
    assert len(set(allq)) == 90
    r = random.Random(90)
    r.shuffle(rows)
    os.makedirs(os.path.join(ROOT, "eval"), exist_ok=True)
    with open(os.path.join(ROOT, "eval", "routing.jsonl"), "w") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    qa = [{"question": q, "answer": a, "sources": s, "route": "rag"} for q, a, s in QA_RAG] + \
         [{"question": q, "answer": a, "sources": s, "route": "both"} for q, a, s in QA_BOTH] + \
         [{"question": q, "answer": a, "sources": s, "route": "tuned"} for q, a, s in QA_TUNED]
    for x in qa:
        assert x["question"] not in allq
    r.shuffle(qa)
    with open(os.path.join(ROOT, "eval", "qa.jsonl"), "w") as f:
        for x in qa:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    # label notes
    L = ["# Label notes (private)", "", "Which corpus document answers each rag/both routing query, and the fact checked by grep (tools/eval_build.py asserts each string is present).", "",
         "## rag", "", "| # | Query | Document | Fact checked | Note |", "|---|---|---|---|---|"]
    for i, (q, doc, s, n) in enumerate(RAG, 1):
        L.append(f"| {i} | {q.replace('|', '/')} | {doc} | `{s.replace('|', '/')}` | {n} |")
    L += ["", "## both", "", "| # | Family | Query | Document | Fact checked | Note |", "|---|---|---|---|---|---|"]
    for i, (q, fam, doc, s, n) in enumerate(BOTH, 1):
        L.append(f"| {i} | {fam} | {q.replace('|', '/').replace(chr(10), ' ')} | {doc} | `{s.replace('|', '/')}` | {n} |")
    L += ["", "## tuned", "", "All facts are in the request (several use Fernhill names/addresses but give every detail needed); three are general-knowledge questions.", ""]
    for i, q in enumerate(TUNED, 1):
        L.append(f"{i}. {q.splitlines()[0][:140]}")
    L += ["", "## qa", "", "Each rag/both qa answer string was checked verbatim against its source file by tools/eval_build.py."]
    open(os.path.join(ROOT, "tools", "label-notes.md"), "w").write("\n".join(L) + "\n")
    print("eval ok", len(rows), len(qa))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Routing and QA eval sets. Each rag/both item carries (source file, fact string) that is checked against the corpus."""
import json, os, random
HERE = os.path.dirname(__file__)
C = os.path.join(HERE, "..", "corpus")

# (query, route, source, fact)
ROUTING = [
# ---------------- rag: plain factual questions answered by one document
("whats the NDP cut off at daventry now", "rag", "depot-daventry-dav.md", "16:30"),
("Is Felixstowe depot open on Saturdays any more?", "rag", "notice-2026-09-05-felixstowe-saturday-closure.md", "no longer opens on Saturdays"),
("fuel surcharge for nov 26?", "rag", "fuel-surcharge-2026-11.md", "15.2%"),
("Which depot covers HX postcodes now Bradford's shut?", "rag", "postcode-area-hx.md", "Wakefield Depot (WKF)"),
("current standard liability limit per pallet pls", "rag", "claims-policy.md", "GBP 1,500 per pallet"),
("ADR surcharge - is it still £35 per consignment?", "rag", "notice-2026-06-01-adr-surcharge.md", "GBP 35 to GBP 42"),
("How much is the London congestion surcharge at the moment and is it per pallet or per consignment", "rag", "notice-2026-07-01-london-congestion-surcharge.md", "GBP 8.25 per consignment"),
("short sea surcharge per plt?", "rag", "surcharge-schedule-current.md", "| Short-sea (Dover-Calais / Channel Tunnel) | per pallet | GBP 22 |"),
("Manchester depot weekday opening times", "rag", "depot-trafford-park-man.md", "05:00-23:00"),
("need the full address for the new wakefield depot", "rag", "notice-2026-09-07-wakefield-depot-opening.md", "Unit 4, Calder Park Way, Denby Dale Road, Wakefield WF2 7XA"),
("how many loading docks at Dover Gateway", "rag", "depot-dover-dvr.md", "| Loading docks | 32 |"),
("Does Preston handle ADR? customer wants to drop off class 3", "rag", "depot-preston-pre.md", "not accepted at this depot"),
("transit time Hull to Rotterdam groupage", "rag", "lane-hul-rtm.md", "2-3 working days"),
("max plts per consignment on the Bristol - Lyon lane?", "rag", "lane-brs-lys.md", "| Maximum pallets per consignment | 8 |"),
("When's the Holyhead berth expected to reopen", "rag", "incident-2026-11-16-holyhead-berth-closure.md", "30 November 2026"),
("what time did Calais reopen after the October strike", "rag", "incident-2026-10-14-calais-port-strike.md", "06:00 on 17 October 2026"),
("Shetland remote area surcharge?", "rag", "postcode-area-ze.md", "GBP 42 per pallet"),
("Last next day collection before xmas this year?", "rag", "notice-2026-11-02-peak-season-and-christmas.md", "Wednesday 23 December 2026"),
("Is there a peak surcharge this year, how much, what dates", "rag", "notice-2026-11-02-peak-season-and-christmas.md", "23 November to 18 December 2026"),
("Customer says POD was signed unchecked and he found damage 3 days later - how long does he have to report it?", "rag", "claims-policy.md", "reported within **7 days**"),
("What was the fuel surcharge in July 2025", "rag", "fuel-surcharge-2025-07.md", "11.6%"),
("which partner depot do Swiss deliveries go through", "rag", "country-switzerland.md", "Lyon Depot (LYS)"),
("Glasgow - do they have a temp controlled chamber?", "rag", "depot-eurocentral-gla.md", "Temperature-controlled chamber | yes"),
("what happened in INC-2026-9884", "rag", "incident-2026-08-12-daventry-wms-outage.md", "hub sortation and scanning system failed"),
("ePOD damage code D4 means what", "rag", "internal-change-notice-2026-10-01-epod-app.md", "D4 pierced"),
("how much do we charge to do an export declaration for the customer", "rag", "faq-customs.md", "GBP 38 per export declaration"),
("Can ADR loads for France go through the tunnel?", "rag", "service-adr-hazmat.md", "never through the Channel Tunnel"),
("Storm Ilona: when did next day into AB / IV restart?", "rag", "incident-2026-11-03-storm-ilona.md", "resumed on 5 November 2026"),
("waiting time charges?", "rag", "surcharge-schedule-current.md", "per 30 minutes after the first 30 free | GBP 18"),
("Germany weekend lorry ban, what are the hours", "rag", "country-germany.md", "Sundays and public holidays from 00:00 to 22:00"),

# ---------------- both: task family + fact only the corpus has
("Shipment update email for MF-552910 please - 3 plts for a Dublin consignee, delayed because of the Holyhead berth closure. Tell them how much extra transit to expect and when the berth should reopen. Contact is Mr Byrne.", "both", "incident-2026-11-16-holyhead-berth-closure.md", "one extra working day"),
("draft the exception email to Sharon at Pemberton Foods re MF-330184, 2 of 5 plts damaged on delivery yesterday, driver noted on POD. include our current liability limit and how long she's got to report it", "both", "claims-policy.md", "GBP 1,500 per pallet"),
("pasting the con note below, need the exception email to the consignee (Alasdair Munro) - it didnt go out 3 Nov because of Storm Ilona, say when the next day service resumed up there\n\n---------------------------------\nMARLOWE FREIGHT CONSIGNMENT NOTE\nRef: MF-771045   Service: NDP   Booked: 02/11/26 13:52\nCollect: Dunbar Outdoor Ltd, Unit 9 Bankhead Ave, Edinburgh EH11 4HD\nDeliver: Munro Estates Supplies, Longman Rd, Inverness IV1 1RY\nPlts: 2 x full (1 x 640kg, 1 x 410kg), h 1.6m / 1.4m\nContents: fencing wire, staples, gate fittings\nTail lift: Y   Timed: N   Sat: N\nSpecial instr: call 30 mins before, yard gate code 4471\nScans: EDI coll 02/11 15:40 | EDI out 02/11 19:10 | DAV in 02/11 23:30 | DAV out 03/11 01:10 | INV in 03/11 06:40 | held 03/11 07:00 HOLD-WX\n---------------------------------\n\nfrom Fiona in CS", "both", "incident-2026-11-03-storm-ilona.md", "resumed on 5 November 2026"),
("Can you write the shipment update for MF-604112: 1 plt ADR class 8 for Lille, stuck at Dover Gateway during the Calais strike. Explain why it couldn't go via the tunnel like the rest and when the port reopened.", "both", "incident-2026-10-14-calais-port-strike.md", "ADR consignments could not use the tunnel"),
("Customer tried to drop 2 plts at Felixstowe last Saturday and it was shut. Write them the shipment update (ref MF-118390, contact Gail Harvey) explaining the Saturday closure and where Saturday collections are done now", "both", "notice-2026-09-05-felixstowe-saturday-closure.md", "Dartford Depot (DFD)"),
("MF-220817 smoked salmon held at the border post in Calais, importer hasn't pre-notified. shipment update email to the exporter pls, put in what the consignee has to do per our customs guide", "both", "customs-guide-smoked-salmon.md", "Pre-notify the consignment in TRACES (CHED-P) at least 24 hours before arrival"),
("shipment update for MF-918273 - cust dropped 4 plts at Daventry at 16:45 expecting next day, it's gone 2-day. explain the cut-off change to them", "both", "notice-2026-08-03-cutoff-changes.md", "16:30"),
("One of the consignments caught in the M62 closure, MF-447120 (2 plts to Huddersfield). Write the customer the update email with the date it was actually delivered.", "both", "incident-2026-09-18-m62-closure.md", "delivered on 19 September 2026"),
("quote 4 plts Leeds to Rotterdam economy groupage, base £96/plt, add this month's fuel and the crossing surcharge for that lane. customer Harland Tiles", "both", "lane-lds-rtm.md", "GBP 31 per pallet"),
("Quote summary for Avonside Coatings: 2 plts ADR class 3 Bristol to Lyon, base 180.00 per plt. Need current fuel, ferry and ADR surcharges on it and our standard validity.", "both", "service-adr-hazmat.md", "GBP 42 per consignment"),
("rate quote pls - 6 plts NDP from Reading into SW11, base 68/plt, fuel 15.2%, tail lift needed. add whatever the London charge is now", "both", "surcharge-schedule-current.md", "GBP 8.25"),
("3 plts chilled Manchester to Dublin for Greenlea Dairies, base 140 a plt, collection next week. Put a quote together with the TC surcharge, Irish Sea and Nov fuel", "both", "surcharge-schedule-current.md", "| Temperature-Controlled | per pallet | GBP 28 |"),
("quote: 5 plts NDP to Kirkwall KW15, base 74/plt, fuel 15.2% - need the remote area surcharge on it too", "both", "postcode-area-kw.md", "GBP 24 per pallet"),
("Southampton to Antwerp, 8 plts groupage, base 88 each, collection 28 Oct so October fuel, we do the export dec. Quote summary for Meon Valley Cider please", "both", "fuel-surcharge-2026-10.md", "14.9%"),
("Customer wants a quote + transit for 2 plts Daventry to Duisburg, EG, £150/plt base, fuel 15.2%. Add the crossing and put the lane transit in.", "both", "lane-dav-dus.md", "3-5 working days"),
("quote for Clydebank Glazing, 3 plts NDP Glasgow to Belfast collecting 1 Dec, base 95, fuel 15.2% - include the NI crossing surcharge and the peak surcharge", "both", "notice-2026-11-02-peak-season-and-christmas.md", "GBP 4 per pallet"),
("incident report: driver Kev Marsh, drum of corrosive (UN1824) leaked on bay 7 at Wakefield depot today 14:20, spill kit used, no injuries. put the depot's full address in the location field", "both", "depot-wakefield-wkf.md", "Unit 4, Calder Park Way, Denby Dale Road, Wakefield WF2 7XA"),
("Incident form please. Reefer on trailer TR5520 alarmed at +12 while the 4 chilled plts were in the yard at Belfast depot, 02:10 this morning, driver Niall Doherty reset it. List the Belfast depot manager under personnel as notified.", "both", "depot-belfast-bfs.md", "Declan Magee"),
("raise an incident report for MF-650021, 6 plts stuck at Dover Gateway due to the Calais strike. use the network incident ref and the strike dates from the disruption report", "both", "incident-2026-10-14-calais-port-strike.md", "INC-2026-9912"),
("Need the numbered incident report: agency loader slipped on ice in the yard at Glasgow depot 05:50 today, bruised wrist, first aid given. Follow-up should include phoning the duty H&S manager - put the number in from the reporting procedure.", "both", "internal-change-notice-2026-06-15-incident-reporting.md", "01327 705 199"),
("clandestine entry found during checks at our Coquelles depot last night, driver Pawel Zielinski, unit MF71 KTR, police called, trailer not opened. incident report with the depot's address as location", "both", "depot-coquelles-cqf.md", "Zone Marcel Doret, Rue de la Loire"),
("theft from a trailer in the Aberdeen depot yard overnight, 2 cartons of laptops gone, curtain cut. write the incident report and put the depot manager as who it was reported to", "both", "depot-dyce-abd.md", "Callum Reid"),
("Daventry hub sortation went down again last night 23:15-01:30, manual sort, 300ish plts scanned late. incident report pls, and in follow-up reference the previous sortation outage in August by its INC number", "both", "incident-2026-08-12-daventry-wms-outage.md", "INC-2026-9884"),
("customs checklist for cheddar going from our Wakefield customer to a wholesaler in Rotterdam", "both", "customs-guide-cheddar-cheese.md", "Export Health Certificate (EHC) signed by an Official Veterinarian"),
("checklist for a gin export to Antwerp pls, shipper is Copper Still Ltd", "both", "customs-guide-gin.md", "EU excise number or tax warehouse reference"),
("Paperwork checklist by party: lithium-ion battery packs, Birmingham to Duisburg", "both", "customs-guide-lithium-ion-battery-packs.md", "UN38.3 test summary"),
("Need the customs checklist for wooden furniture going to Lyon next week", "both", "customs-guide-wooden-furniture.md", "EU Deforestation Regulation due diligence statement reference"),
("drones - Enfield to Calais. customs checklist grouped shipper / us / consignee", "both", "customs-guide-drones.md", "Export licence reference (SIEL or OGEL) if controlled"),
("Customer is sending prescription medicines to Dublin for the first time. Can you do the customs checklist for them?", "both", "customs-guide-prescription-medicines.md", "Wholesale Dealer's Licence (WDA(H)) number on the invoice"),
("cut flowers to NL, customs checklist please", "both", "customs-guide-cut-flowers.md", "Phytosanitary certificate issued by APHA"),

# ---------------- tuned: task family with everything given, or general knowledge
("Shipment update email pls, ref MF-402771, to Mrs Patel. 5 plts missed the trunk at Daventry last night - trailer had a puncture on the M1. New ETA Tues 24 Nov. She can rearrange by replying before 14:00 Monday. From Jade, CS.", "tuned", None, None),
("draft exception email MF-118002 to Lee at Brook Hardware: delivered 3 of 4 plts on 18 Nov, 1 plt missing, last scanned at Leeds 18 Nov 03:55, we'll update him by 12:00 tomorrow, he shouldn't rebook", "tuned", None, None),
("Write the customer update for MF-556631. We tried to deliver to Hartley Joinery at 10:20 today but the site was locked. Pallets are back at Crewe. Second attempt is free, further ones are charged as new deliveries. Contact: Rob Hartley. Signed Ops desk", "tuned", None, None),
("MF-290914 customs hold at Europoort - commercial invoice has no commodity codes. need a corrected invoice today, storage after 48 hrs. Goods in bonded store. email to Ms Jansen please", "tuned", None, None),
("Exception email for MF-731150, contact Dev. 2 of 6 plts crushed on delivery to Orchard Print 19 Nov, noted on POD by driver. Tell him claims must be reported within 7 days of delivery with cost invoice + photos, liability is £1,500 per plt. From Karen", "tuned", None, None),
("Quote summary: Halden Brewery, 4 plts Leeds to Rotterdam EG, base 96.00/plt, fuel 15.2%, North Sea crossing 31/plt, export declaration 38. Transit 2-3 working days. Issued 20 Nov 2026, valid 14 days.", "tuned", None, None),
("rate quote - 2 plts NDP Croydon -> Norwich, base 72.50, fuel 15.2%, tail-lift 15, congestion 8.25. next working day. dated 20/11/26 valid 14 days. cust Parkway Signs", "tuned", None, None),
("Can you lay this out as a quote for Fenwick Labs? 1 plt temperature-controlled, Cambridge to Antwerp, base £210, fuel 15.2%, TC £28/plt, short-sea £22/plt, export dec £38, import clearance £52. Transit 3-4 days. Quote date 19 Nov 2026, valid 14 days.", "tuned", None, None),
("quote fmt pls: 10 plts EG Peterborough to Duisburg, base 81/plt, fuel 14.9%, crossing 22/plt, ADR 42 (1 consignment). 3-5 working days. issued 30 Oct 2026, 14 days validity. Customer: Fenland Agrochem", "tuned", None, None),
("Rate quote for Hollybush Nurseries. Lane Exeter to Truro, Next-Day Pallet, 3 plts at £58 each, fuel 15.2%, remote area £5/plt, timed AM £12. Next working day. Issue date 20 November 2026, valid until 4 December 2026.", "tuned", None, None),
("incident report: INC-2026-0412-D, 19 Nov 2026 approx 21:40, Sheffield depot bay 3, driver Mick Rowe, unit YK70 MFT trailer TR3301, FLT pierced 2 plts of bottled water while tipping, no injuries, pallets quarantined + photographed, claims to contact customer", "tuned", None, None),
("Driver statement for the incident form: 'I was parked at Keele services overnight 17/18 Nov, woke at 05:00 and found the curtain slashed on the nearside, 4 boxes of power tools gone. Called police, crime ref SF/30988/26. Unit PN69 XDA, trailer TR7712. Not hurt. - Dave Oakes'. Ref INC-2026-0417. Follow up security review.", "tuned", None, None),
("numbered incident report please\nref INC-2026-0420\n20 Nov 2026 06:15\nNottingham depot yard\nshunter Gary Platt\nunit n/a\nreversed trailer TR1189 into bollard, rear light smashed, no load on board\nno injuries\naction: trailer VOR, workshop called\nfollow up: banksman refresher", "tuned", None, None),
("Write up as incident report: reefer alarm at 03:30 on 16 Nov, A1(M) southbound, trailer TR4420 with 6 plts frozen peas, set point -20 it read -11. Driver Shona Kerr reset unit, back in range after 40 mins. Download logger + check with customer. Ref INC-2026-0398. no injuries", "tuned", None, None),
("Customs checklist - whisky, Glasgow to Lyon. Shipper: commercial invoice with ABV and litres of pure alcohol, export declaration with excise suspension ref, GB EORI. MF: seal trailer, record seal no on CMR. Consignee: excise number, open e-AD on arrival.", "tuned", None, None),
("checklist pls for frozen prawns Hull>Rotterdam\nexporter: EHC signed by OV, invoice w/ net weight, packing list matching seal numbers\nus: temp log, route via BCP\nimporter: CHED-P in TRACES 24h before arrival, EU EORI + VAT no", "tuned", None, None),
("Turn this into the customs checklist by party: steel coil, Sheffield to Duisburg. Exporter - invoice with steel category, mill cert, origin statement. Marlowe - nothing extra. Importer - check safeguard quota in TARIC, EORI.", "tuned", None, None),
("can you write a customs checklist for pet food (with meat) Bristol to Antwerp. shipper needs EHC, commercial invoice, packing list. we need BCP routing and to check the EHC original is with the driver. consignee needs to pre-notify CHED-P 24h ahead and give EORI.", "tuned", None, None),
("what does CMR stand for", "tuned", None, None),
("convert 1,350 kg to lbs pls", "tuned", None, None),
("Can you make this sound less blunt? 'Your pallet is late because your warehouse didn't have it ready. Not our problem.'", "tuned", None, None),
("what's the volume of a 1.2 x 1.0 x 1.6 m pallet in cubic metres", "tuned", None, None),
("Pasted from the depot:\n\nCONSIGNMENT NOTE MF-883402\nShipper: Greaves Engineering, Unit 2 Holme Lane, Sheffield S6\nConsignee: Baxter Plant Hire, Lowestoft NR32\nPlts: 3 (1 of 3 damaged - forks through side, noted on POD by cnee 19/11)\nService: NDP   Booked 18/11 11:02   Tail lift: Y\nWeights: 820 / 760 / 905 kg   Heights: 1.5 / 1.5 / 1.7 m\nContents: cast valve bodies, boxed, on UK pallets\nScans: SHF coll 18/11 14:20 | SHF out 18/11 19:45 | DAV in 18/11 22:50 | DAV out 19/11 02:05 | NWI in 19/11 05:30 | out for del 19/11 07:10 | POD 19/11 10:48 'D. Baxter' note: 'plt 2 forked thru side, cartons split'\nDriver comment: photos taken in ePOD, cnee accepted all 3\n\nneed the shipment update to Tony Greaves, from Claire in CS. he's got 7 days from delivery to report a claim, need invoice and photos. we've logged it with claims.", "tuned", None, None),
("exception email, MF-660019, contact Anneliese. Consignment to Kessler GmbH in Duisburg held at Calais - EORI on booking invalid. Need correct EORI today; bonded area; storage may apply after 24h. I'm Sam, ops", "tuned", None, None),
("Quote for Brennan & Co, 2 half plts NDP Swansea to Cardiff, base 39.00 each, fuel 15.2%, Saturday delivery 45. Next working day. Date 20 Nov 2026. Valid until 4 Dec 2026.", "tuned", None, None),
("how many euro pallets fit on a standard 13.6m trailer roughly", "tuned", None, None),
("incident report from these notes - ref INC-2026-0425 / 18 Nov 14:05 / Manchester depot dock 12 / driver Ade Bello / unit MX72 FRT, trailer TR6002 / load shifted on the run, top layer of 2 plts against curtain / restacked before tipping / nobody hurt / follow up: check loading at origin + photos to claims", "tuned", None, None),
("Write a shipment update to Mr Achebe for MF-301177: 2 plts delayed by high winds closing the A66 on 19 Nov, now due Mon 23 Nov. No action needed. Sign off Customer Service Team.", "tuned", None, None),
("Customs checklist, olive oil from Dover to Calais consignee Epicerie Lenoir. Exporter: invoice with commodity code, origin statement, GB EORI. MF: keep away from ADR freight. Importer: check high-risk food list, EU EORI.", "tuned", None, None),
("How many hours is a driver allowed to drive in a day under the EU drivers' hours rules?", "tuned", None, None),
]

QA = [
# rag (20)
("What is the Next-Day Pallet cut-off at Inverness depot?", "14:30", ["corpus/depot-inverness-inv.md"], "rag"),
("Who manages the Aberdeen depot?", "Callum Reid", ["corpus/depot-dyce-abd.md"], "rag"),
("How many pallets can go on one Next-Day Pallet consignment?", "Up to 10 pallets per consignment", ["corpus/service-next-day-pallet.md"], "rag"),
("What does Marlowe Freight charge per import clearance entry?", "GBP 52", ["corpus/surcharge-schedule-current.md"], "rag"),
("What is the residential delivery charge?", "GBP 9", ["corpus/surcharge-schedule-current.md"], "rag"),
("What is the Cairnryan-Belfast crossing surcharge per pallet?", "GBP 19", ["corpus/surcharge-schedule-current.md"], "rag"),
("What was the fuel surcharge for October 2026?", "14.9%", ["corpus/fuel-surcharge-2026-10.md"], "rag"),
("What was the fuel surcharge for April 2026?", "12.6%", ["corpus/fuel-surcharge-2026-04.md"], "rag"),
("Who is the depot manager at Wakefield?", "Nadia Hussain", ["corpus/depot-wakefield-wkf.md"], "rag"),
("What were Felixstowe's Saturday hours before the closure?", "07:00-12:00", ["corpus/notice-2026-09-05-felixstowe-saturday-closure.md"], "rag"),
("What is the remote area surcharge for the Outer Hebrides (HS)?", "GBP 38 per pallet", ["corpus/postcode-area-hs.md"], "rag"),
("What is the maximum claim per consignment?", "GBP 25,000", ["corpus/claims-policy.md"], "rag"),
("When do collections resume after Christmas 2026?", "Tuesday 29 December 2026", ["corpus/notice-2026-11-02-peak-season-and-christmas.md"], "rag"),
("How many consignments were delayed by the Calais strike in October 2026?", "212", ["corpus/incident-2026-10-14-calais-port-strike.md"], "rag"),
("What fee is charged for undeclared dangerous goods?", "GBP 250", ["corpus/terms-and-conditions-summary.md"], "rag"),
("Will Marlowe Freight carry GB seed potatoes to the EU?", "will not accept GB seed potatoes", ["corpus/customs-guide-seed-potatoes.md"], "rag"),
("What is the frozen temperature range on Temperature-Controlled?", "-25 to -18 C", ["corpus/service-temperature-controlled.md"], "rag"),
("What is the maximum pallet weight on the Manchester to Dublin lane?", "1100 kg", ["corpus/lane-man-dub.md"], "rag"),
("Within how many hours must driver incidents be logged?", "within 4 hours", ["corpus/internal-change-notice-2026-06-15-incident-reporting.md"], "rag"),
("How many loading docks does the Daventry hub have?", "| Loading docks | 64 |", ["corpus/depot-daventry-dav.md"], "rag"),
# both (5)
("Put together a quote summary for 2 plts Hull to Rotterdam groupage, base £110 per pallet, fuel 15.2% - include the right crossing surcharge for the lane.", "GBP 31 per pallet", ["corpus/lane-hul-rtm.md"], "both"),
("Write the shipment update email for MF-903344, 2 plts to a Belfast customer held up by Storm Ilona - say how long NI deliveries were delayed.", "delayed by one working day", ["corpus/incident-2026-11-03-storm-ilona.md"], "both"),
("Customs checklist for Scotch whisky going to Antwerp, grouped by party.", "Excise movement closed out in EMCS on export", ["corpus/customs-guide-scotch-whisky.md"], "both"),
("Incident report: forklift damaged 3 plts at Wakefield depot dock 4 this morning, operator Lee Firth, no injuries. Use the depot's postcode in the location.", "WF2 7XA", ["corpus/depot-wakefield-wkf.md"], "both"),
("Rate quote for 3 plts Economy Groupage Leicester to Calais, base £90/plt, using November's fuel surcharge and the short-sea surcharge.", "15.2%", ["corpus/fuel-surcharge-2026-11.md"], "both"),
# tuned (5)
("Shipment update for MF-481526 to Ms Carter: 4 plts missed the trunk at Leeds on 19 Nov due to a tyre blow-out, new ETA Mon 23 Nov, no action needed. From Jo at CS.", "MF-481526", [], "tuned"),
("Quote summary for Tamar Stone: 2 plts NDP, base 80.00/plt, fuel 10%, tail-lift 15. Next working day. Issued 20 Nov 2026, valid until 4 December 2026.", "4 December 2026", [], "tuned"),
("Incident report: ref INC-2026-0431, 20 Nov 2026 07:10, Reading depot yard, driver Sam Idowu, unit RD71 MFL, minor reversing collision with a fence, no injuries, fence made safe, follow-up: estates to repair.", "INC-2026-0431", [], "tuned"),
("Customs checklist for leather handbags Enfield to Lyon. Shipper: invoice with origin statement, packing list. MF: attach origin statement to export dec. Consignee: claim preference on import, EU EORI.", "Enfield to Lyon", [], "tuned"),
("Exception email for MF-220045 to Mr Lund: delivery attempted 19 Nov at 11:30, no forklift on site, pallets back at Bristol depot, second attempt free. Sign as Lewis.", "MF-220045", [], "tuned"),
]

ok = True
notes = ["# Label notes (private)\n", "Which corpus document answers each rag/both routing query and QA item, with the fact string checked by grep.\n"]
for q, route, src, fact in ROUTING:
    if route != "tuned":
        t = open(os.path.join(C, src)).read()
        if fact not in t:
            print("MISSING", src, fact); ok = False
        notes.append(f"- [{route}] {q[:90]!r} -> corpus/{src} :: \"{fact}\"")
    else:
        notes.append(f"- [tuned] {q[:90]!r} -> all facts in request / general knowledge")
for q, a, srcs, route in QA:
    if route != "tuned":
        t = open(os.path.join(HERE, "..", srcs[0])).read()
        if a not in t:
            print("QA MISSING", srcs, a); ok = False
    else:
        if a not in q:
            print("QA tuned answer not in request", a)
    notes.append(f"- [qa {route}] {q[:80]!r} -> {srcs} :: \"{a}\"")

from collections import Counter
print(Counter(r for _, r, _, _ in ROUTING), Counter(r for *_, r in QA))
assert len(ROUTING) == 90
rng = random.Random(5)
rows = [{"query": q, "route": r} for q, r, _, _ in ROUTING]
rng.shuffle(rows)
with open(os.path.join(HERE, "..", "eval", "routing.jsonl"), "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
qa = [{"question": q, "answer": a, "sources": s, "route": r} for q, a, s, r in QA]
rng.shuffle(qa)
with open(os.path.join(HERE, "..", "eval", "qa.jsonl"), "w") as f:
    for r in qa: f.write(json.dumps(r, ensure_ascii=False) + "\n")
open(os.path.join(HERE, "label-notes.md"), "w").write("\n".join(notes) + "\n")
print("ok" if ok else "PROBLEMS")

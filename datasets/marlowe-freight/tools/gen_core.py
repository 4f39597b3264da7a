#!/usr/bin/env python3
"""Hand-written core documents (policies, notices, incidents, FAQs) plus a few data-driven overview pages."""
import os, sys, json
sys.path.insert(0, os.path.dirname(__file__))
from data import *
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
WRITTEN = {}
def W(fname, title, date, body, kind="core"):
    assert fname not in WRITTEN and not os.path.exists(os.path.join(OUT, fname)), fname
    with open(os.path.join(OUT, fname), "w") as f:
        f.write(f"# {title}\nUpdated: {date}\n\n{body.strip()}\n")
    WRITTEN[fname] = kind

W("company-overview.md", "Marlowe Freight: company overview", "2026-09-07", """
Marlowe Freight Ltd is a road and intermodal freight carrier founded in 1987 in Northampton by Eleanor Marlowe. The head office and central hub are at Daventry National Hub, Unit 1, Marlowe Park, Sopwith Way, Daventry NN11 8PB.

## Network at a glance
- 36 UK depots (including Belfast) and 6 partner depots in Ireland and mainland Europe: Dublin, Calais (Coquelles), Rotterdam, Antwerp, Duisburg and Lyon.
- Around 1,900 employees and 640 tractor units.
- Nightly trunking through Daventry National Hub for every Next-Day Pallet consignment in Great Britain.
- Wakefield Depot (WKF) opened on 7 September 2026 and replaced Bradford Depot (BRD), which closed on 28 August 2026.

## Services
| Product | Typical transit | Page |
|---|---|---|
| Next-Day Pallet | next working day (UK mainland) | "Next-Day Pallet service" |
| Economy Groupage | 2-3 working days UK, 2-8 working days EU | "Economy Groupage service" |
| Temperature-Controlled | next day to 6 working days | "Temperature-Controlled service" |
| ADR Hazmat | as the underlying service | "ADR Hazmat service" |

## Contact
Customer service: 0330 496 1987 (Monday-Friday 07:00-19:00, Saturday 08:00-12:00), customerservice@marlowefreight.example. Claims: claims@marlowefreight.example.
""")

W("service-next-day-pallet.md", "Next-Day Pallet service", "2026-08-03", f"""
Next-Day Pallet (NDP) is the premium UK mainland pallet service. Pallets collected before the collecting depot's cut-off are trunked overnight through Daventry National Hub and delivered the next working day.

## Limits
- Maximum weight: 1,200 kg per full pallet (half pallet 600 kg, quarter pallet 300 kg).
- Maximum height: 2.2 m for a full pallet.
- Up to 10 pallets per consignment; larger consignments are quoted as part-loads.
- Not available to the HS, ZE, KW and IM postcode areas as a next-day service (sold as 2- or 3-day); Northern Ireland (BT) is a 2-day service.

## Cut-off times
Each depot publishes its own cut-off on its depot page. Most English depots use 17:00. From 3 August 2026 Daventry National Hub moved to 16:30 and Glasgow to 15:30.

## Add-ons
| Add-on | Price |
|---|---|
| Timed AM delivery (before 12:00) | GBP {TIMED_AM} per consignment |
| Pre-10:00 delivery | GBP {TIMED_10} per consignment |
| Saturday delivery | GBP {SAT_DEL} per consignment |
| Tail-lift delivery | GBP {TAIL_LIFT} per consignment |

Liability: GBP {LIABILITY} per pallet (see "Claims policy").
""")

W("service-economy-groupage.md", "Economy Groupage service", "2026-06-01", """
Economy Groupage (EG) is the lower-cost consolidated service for pallets and loose freight in the UK and on international lanes to Ireland and mainland Europe.

## Transit
- UK: 2-3 working days to most postcode areas.
- International: 2-8 working days depending on the lane; see the individual "Lane" pages.

## Limits
- UK: up to 12 pallets per consignment, 1,200 kg per pallet.
- International: 8-12 pallets per consignment depending on the lane, 1,000 kg per pallet (1,100 kg to Dublin), maximum height 1.8 m.

## Booking
Bookings must be made by the collecting depot's Economy Groupage cut-off on the working day before collection. International bookings need the commercial invoice and EORI numbers attached at booking.

## Charges
Base rate from the lane tariff, plus the monthly fuel surcharge, plus crossing surcharges on international lanes (short-sea GBP 22, North Sea GBP 31, Irish Sea GBP 24 per pallet), plus customs fees where Marlowe Freight lodges declarations.
""")

tc_depots = ", ".join(f"{d['town']} ({d['code']})" for d in D if d["temp"] and d["status"] != "closed")
W("service-temperature-controlled.md", "Temperature-Controlled service", "2026-09-07", f"""
The Temperature-Controlled (TC) service moves chilled (+2 to +8 C) and frozen (-25 to -18 C) pallets in multi-temperature trailers with continuous data logging.

## Key rules
- Surcharge: GBP {TEMP_SURCHARGE} per pallet on top of the lane or NDP rate.
- Maximum weight: 1,000 kg per pallet; up to 8 pallets per consignment.
- Goods must be pre-cooled to the booked range before collection. Marlowe Freight does not cool goods down.
- A temperature record (download from the trailer logger) is supplied on request within 30 days of delivery.
- Only depots with a temperature-controlled chamber can collect or deliver TC consignments.

## Depots with a chamber
{tc_depots}.

Wakefield (WKF) has had a chamber since opening on 7 September 2026. Coventry, Stoke-on-Trent and Liverpool do not have chambers; TC work in those areas is run from Birmingham and Manchester.

## Claims
Temperature excursion claims must include the temperature record and the product's specification sheet; see "Claims policy".
""")

adr_rows = "\n".join(f"| {d['town']} ({d['code']}) | {d['adr']} |" for d in D if d["adr"] and d["status"] != "closed")
W("service-adr-hazmat.md", "ADR Hazmat service", "2026-06-01", f"""
ADR Hazmat carries dangerous goods classified under the ADR agreement on the Next-Day Pallet and Economy Groupage networks.

## Charges
- ADR surcharge: GBP {ADR_SURCHARGE} per consignment (GBP 35 until 31 May 2026).
- Limited Quantity (LQ) consignments do not pay the ADR surcharge but must be declared at booking.

## Rules
- A Dangerous Goods Note (DGN) must be lodged at least 24 hours before collection.
- Classes 1 (explosives) and 7 (radioactive material) are never accepted.
- Class 4.1 and 5.1 are accepted only at depots listed for those classes below.
- ADR consignments to mainland Europe travel by Dover-Calais ferry, never through the Channel Tunnel.
- Drivers carry instructions in writing; the shipper must provide UN number, proper shipping name, packing group and quantity.

## Depots and classes accepted
| Depot | Classes |
|---|---|
{adr_rows}

Depots not listed do not accept ADR consignments; collections in their areas are made by the nearest listed depot.
""")

W("claims-policy.md", "Claims policy", "2026-07-01", f"""
This policy applies to all consignments collected on or after 1 July 2026.

## Time limits
- Damage or shortage must be noted on the POD at delivery ("unchecked" is not sufficient) and reported within **7 days** of delivery.
- Non-delivery (loss) must be reported within **14 days** of the collection date.
- The full claim, with supporting documents, must reach the claims team within **28 days** of delivery (or of the collection date for lost consignments).

## Liability limit
- **GBP {LIABILITY} per pallet**, up to a maximum of GBP 25,000 per consignment.
- Consignments collected before 1 July 2026 remain under the previous limit of GBP 1,300 per pallet.
- International consignments are subject to the CMR Convention where it gives a different limit.

## Documents required
- Claim form with the consignment reference
- Commercial invoice showing the cost value of the goods
- Photographs of the damage and packaging
- Signed POD with the damage noted
- For temperature claims: temperature record and product specification sheet

## Exclusions
Inadequate packaging, consequential loss, loss of market, and goods that the consignor did not declare (for example undeclared ADR goods).

## Payment
Agreed claims are paid within 30 days of receiving the complete documentation. Claim references use the format CLM-nnnnn.
""")

W("claims-how-to-submit.md", "How to submit a claim", "2026-07-01", """
1. Check the POD: the consignee should have written the damage or shortage on the POD at delivery.
2. Report the problem within 7 days of delivery through the customer portal ("Report a problem") or by email to claims@marlowefreight.example. You will receive a CLM reference.
3. Send the full claim pack within 28 days of delivery: claim form, cost invoice, photographs, POD.
4. Keep the damaged goods and packaging for 21 days in case an inspection is requested.
5. The claims team replies within 10 working days with an acknowledgement of liability or a request for more information.

Claims are capped at GBP 1,500 per pallet for consignments collected from 1 July 2026. Invoices must not be withheld or reduced while a claim is open; set-off against freight charges is not accepted.
""")

W("packaging-general-requirements.md", "Packaging rules: general requirements", "2026-06-08", """
Every consignment must be packed to survive mechanical handling, overnight trunking and multiple cross-docks.

## All pallets
- Sound pallet with no broken boards; 1200 x 1000 mm or 1200 x 800 mm.
- Goods stretch-wrapped at least three times around and to the pallet base.
- No overhang beyond the pallet edges.
- A Marlowe Freight label on two adjacent sides, showing consignment reference and pallet number (e.g. 1 of 3).
- Maximum 1,200 kg and 2.2 m high on Next-Day Pallet; 1,000 kg and 1.8 m on international groupage.

## Charges for non-compliance
- Failed collection (goods not ready or unsafe): GBP 35.
- Re-wrap at depot: GBP 12 per pallet.

Specific rules exist for drums, IBCs, glass, long lengths, batteries and more; see the "Packaging rules" pages by item.
""")

W("surcharge-schedule-current.md", "Surcharge schedule (current)", "2026-11-01", f"""
Current surcharges and ancillary charges. Applies from 1 November 2026 until further notice. This replaces "Surcharge schedule January 2026 (superseded)".

| Surcharge | Basis | Amount |
|---|---|---|
| Fuel surcharge | % of base freight | 15.2% for November 2026 (see monthly notice) |
| Short-sea (Dover-Calais / Channel Tunnel) | per pallet | GBP 22 |
| North Sea (Hull-Rotterdam / Harwich-Hook) | per pallet | GBP 31 |
| Irish Sea (Holyhead-Dublin) | per pallet | GBP 24 |
| Cairnryan-Belfast | per pallet | GBP 19 |
| ADR Hazmat | per consignment | GBP {ADR_SURCHARGE} |
| Temperature-Controlled | per pallet | GBP {TEMP_SURCHARGE} |
| London congestion (E, EC, N, NW, SE, SW, W, WC) | per consignment | GBP {CONGESTION} |
| Peak season (23 November - 18 December 2026) | per pallet | GBP 4 |
| Tail-lift | per consignment | GBP {TAIL_LIFT} |
| Timed AM | per consignment | GBP {TIMED_AM} |
| Pre-10:00 | per consignment | GBP {TIMED_10} |
| Saturday delivery | per consignment | GBP {SAT_DEL} |
| Residential delivery | per consignment | GBP 9 |
| Waiting time | per 30 minutes after the first 30 free | GBP 18 |
| Export declaration | per entry | GBP {EXPORT_DEC} |
| Import clearance | per entry | GBP {IMPORT_CLR} |
| Failed collection | per collection | GBP 35 |
| Re-wrap at depot | per pallet | GBP 12 |

Remote area surcharges are per pallet and listed on each "Postcode area" page. Fuel surcharge applies to base freight only.
""")

W("surcharge-schedule-2026-01-superseded.md", "Surcharge schedule January 2026 (superseded)", "2026-01-02", """
**Superseded.** This schedule applied from 2 January 2026. Several values changed in June and July 2026; use "Surcharge schedule (current)".

| Surcharge | Basis | Amount (January 2026) |
|---|---|---|
| Fuel surcharge | % of base freight | 12.1% for January 2026 |
| Short-sea (Dover-Calais / Channel Tunnel) | per pallet | GBP 18 |
| North Sea | per pallet | GBP 31 |
| Irish Sea | per pallet | GBP 24 |
| Cairnryan-Belfast | per pallet | GBP 19 |
| ADR Hazmat | per consignment | GBP 35 |
| Temperature-Controlled | per pallet | GBP 28 |
| London congestion | per consignment | GBP 6.50 |
| Tail-lift | per consignment | GBP 15 |
| Saturday delivery | per consignment | GBP 45 |
| Export declaration | per entry | GBP 38 |
| Import clearance | per entry | GBP 52 |

Standard liability at this date: GBP 1,300 per pallet.
""")

W("network-timetable-2026-01-superseded.md", "Network timetable January 2026 (superseded in part)", "2026-01-05", """
**Partly superseded.** Next-Day Pallet cut-offs at Daventry and Glasgow changed on 3 August 2026, and Bradford closed on 28 August 2026. Check the individual depot pages.

| Depot | NDP cut-off (January 2026) | EG cut-off |
|---|---|---|
| Daventry National Hub (DAV) | 17:00 | 15:30 |
| Glasgow (GLA) | 16:00 | 14:00 |
| Bradford (BRD) | 17:00 | 15:00 |
| Manchester (MAN) | 17:00 | 15:00 |
| Edinburgh (EDI) | 16:00 | 14:00 |
| Aberdeen (ABD) | 15:00 | 13:30 |
| Inverness (INV) | 14:30 | 13:00 |
| Belfast (BFS) | 15:00 | 13:30 |
| Felixstowe (FXT) | 16:30 | 14:30 |
| Dover Gateway (DVR) | 16:00 | 14:00 |

Trunk departures from Daventry run between 22:30 and 02:00; outbound delivery vehicles leave local depots from 05:00.
""")

W("notice-2026-06-01-short-sea-surcharge.md", "Notice: short-sea surcharge increase from 1 June 2026", "2026-05-11", """
From **1 June 2026** the short-sea surcharge on all lanes crossing Dover-Calais or the Channel Tunnel rises from **GBP 18 to GBP 22 per pallet**.

Reason: higher ferry and tunnel tariffs for unaccompanied and accompanied freight, and the EU Entry/Exit System delays at Dover.

- Applies to consignments collected on or after 1 June 2026.
- North Sea (GBP 31), Irish Sea (GBP 24) and Cairnryan-Belfast (GBP 19) surcharges are unchanged.
- Lane pages have been updated.
""")

W("notice-2026-06-01-adr-surcharge.md", "Notice: ADR surcharge increase from 1 June 2026", "2026-05-11", """
The ADR Hazmat surcharge rises from **GBP 35 to GBP 42 per consignment** for collections on or after **1 June 2026**.

The increase covers additional driver training under the 2025 ADR amendments and the cost of dedicated segregation bays at Daventry, Manchester, Glasgow and Dover. Limited Quantity consignments remain exempt from the surcharge. A Dangerous Goods Note is still required 24 hours before collection.

Account customers on fixed tariffs will see the new surcharge on invoices for June 2026 collections onwards. Quotes issued before 1 June 2026 for collections after that date will be honoured only within their 14-day validity.
""")

W("notice-2026-07-01-london-congestion-surcharge.md", "Notice: London congestion surcharge from 1 July 2026", "2026-06-08", """
From **1 July 2026** the London congestion surcharge rises from **GBP 6.50 to GBP 8.25 per consignment**.

It applies to every collection or delivery address in the E, EC, N, NW, SE, SW, W and WC postcode areas, whichever depot (Croydon or Enfield) handles the work. It is charged once per consignment, not per pallet, and is not subject to fuel surcharge.

The increase reflects the expanded ULEZ charging and the time lost to kerbside loading restrictions in central London. Where a single consignment has both a London collection and a London delivery address, the surcharge is charged once.
""")

W("notice-2026-07-01-liability-limit.md", "Notice: standard liability limit raised to GBP 1,500 per pallet", "2026-06-15", """
From **1 July 2026** Marlowe Freight's standard liability limit increases from **GBP 1,300 to GBP 1,500 per pallet**. The maximum per consignment stays at GBP 25,000.

- The new limit applies to consignments collected on or after 1 July 2026.
- Time limits for claims are unchanged: report within 7 days of delivery, full claim within 28 days.
- Customers needing higher cover should arrange their own goods-in-transit insurance.

See "Claims policy".
""")

W("notice-2026-07-06-manchester-hours.md", "Notice: Manchester depot extended hours from 6 July 2026", "2026-06-22", """
Manchester Depot (MAN), Barton Dock Road, Trafford Park, extends its weekday opening hours from **06:00-22:00 to 05:00-23:00** from Monday 6 July 2026.

Saturday hours (07:00-13:00) and the Next-Day Pallet cut-off (17:00) are unchanged. The extra hours allow early customer drop-offs and later trunk arrivals from Liverpool and Preston.

## What this means for customers
- Drop-offs at the trade counter are accepted from 05:00 on weekdays.
- Late collections booked as "evening" can be tipped at Manchester until 23:00 for next-day trunking where the consignment was booked before 17:00.
- The depot telephone (0161 496 0880) is staffed for the full opening hours.
- Driver check-in at the gatehouse now runs 04:45-23:00.

Questions: Aisha Rahman, depot manager.
""")

W("notice-2026-08-03-cutoff-changes.md", "Notice: Next-Day Pallet cut-off changes from 3 August 2026", "2026-07-13", """
From **Monday 3 August 2026** two Next-Day Pallet cut-offs move earlier to protect the overnight trunk schedule:

| Depot | Old cut-off | New cut-off |
|---|---|---|
| Daventry National Hub (DAV) | 17:00 | 16:30 |
| Glasgow (GLA) | 16:00 | 15:30 |

All other depot cut-offs are unchanged. Consignments arriving after the new cut-off are delivered in two working days unless the customer upgrades to a dedicated vehicle.
""")

W("notice-2026-08-28-bradford-depot-closure.md", "Notice: Bradford depot closure (28 August 2026)", "2026-07-27", """
Bradford Depot (BRD), Unit 14, Euroway Trading Estate, will close after the last trunk departure on **Friday 28 August 2026**.

- BD, HD and HX postcode areas move to the new Wakefield Depot (WKF) from 7 September 2026.
- Between 29 August and 6 September 2026 these areas were served temporarily by Leeds Depot (LDS).
- All 12 Bradford staff were offered roles at Wakefield.
- Account numbers and rates do not change.
""")

W("notice-2026-09-07-wakefield-depot-opening.md", "Notice: Wakefield depot opens 7 September 2026", "2026-08-24", """
Wakefield Depot (WKF) opens on **Monday 7 September 2026** at Unit 4, Calder Park Way, Denby Dale Road, Wakefield WF2 7XA.

| Item | Detail |
|---|---|
| Weekday hours | 06:00-22:00 |
| Saturday | 07:00-12:00 |
| NDP cut-off | 17:00 |
| Loading docks | 30 |
| ADR classes | 2, 3, 6.1, 8, 9 |
| Temperature-controlled chamber | yes |
| Depot manager | Nadia Hussain |
| Postcode areas | BD, HD, HX, WF |

WF was previously served from Leeds; BD, HD and HX from Bradford.
""")

W("notice-2026-09-05-felixstowe-saturday-closure.md", "Notice: Felixstowe depot closed on Saturdays from 5 September 2026", "2026-08-17", """
From **Saturday 5 September 2026** Felixstowe Depot (FXT) no longer opens on Saturdays. Previous Saturday hours were 07:00-12:00.

Saturday collections in the IP and CO postcode areas can be booked through Dartford Depot (DFD) with 24 hours' notice. Weekday hours (06:00-22:00) and the NDP cut-off (16:30) are unchanged.

## Why
Saturday volumes at Felixstowe averaged fewer than 20 pallets over the last six months, and the port-side yard is needed for weekend container de-stuffing.

## Customer impact
- Saturday deliveries into IP and CO addresses are still offered, run from Dartford, at the standard Saturday delivery charge of GBP 45 per consignment.
- Drop-offs that would have been made on Saturday at the Clickett Hill Road trade counter should be made on Friday before 22:00 or Monday from 06:00.
- Standing Saturday collections were moved to Dartford automatically.
""")

W("notice-2026-11-02-peak-season-and-christmas.md", "Notice: peak season surcharge and Christmas 2026 service", "2026-11-02", """
## Peak season surcharge
A peak season surcharge of **GBP 4 per pallet** applies to collections from **23 November to 18 December 2026** on all services.

## Christmas and New Year
| Date | Service |
|---|---|
| Wednesday 23 December 2026 | last Next-Day Pallet collection before Christmas (delivery 24 December) |
| Thursday 24 December 2026 | deliveries only, depots close 14:00 |
| 25-28 December 2026 | network closed |
| Tuesday 29 December 2026 | collections resume |
| Thursday 31 December 2026 | last collection of 2026, depots close 15:00 |
| 1 January 2027 | network closed |
| Monday 4 January 2027 | normal service |

Last Economy Groupage collection for EU delivery before Christmas: Friday 11 December 2026.
""")

W("notice-2026-02-02-fuel-surcharge-methodology.md", "Fuel surcharge methodology", "2026-02-02", """
Marlowe Freight reviews the fuel surcharge monthly. The percentage for each month is published around the 25th of the previous month in a notice titled "Fuel surcharge - <Month> <Year>".

## Method
- Reference: average bulk diesel price (pence per litre, ex VAT) for the second full week of the previous month.
- Base line: 128.0 ppl = 0% surcharge. Each 2.35 ppl above the base line adds 1 percentage point.
- Applied to base freight only; not to crossing, remote area, ADR, customs, peak or add-on charges.
- Percentages are rounded to one decimal place.

## Example
A base freight charge of GBP 400 in a month with a 15.2% surcharge carries a fuel surcharge of GBP 60.80.
""")

W("how-rate-quotes-are-built.md", "How rate quotes are built", "2026-06-01", """
Customer service staff build spot quotes in this order:

1. **Base freight** from the lane or postcode tariff for the number of pallets and service.
2. **Fuel surcharge**: the month's percentage applied to base freight only.
3. **Crossing surcharge** per pallet on international lanes.
4. **Service surcharges**: Temperature-Controlled per pallet, ADR per consignment, London congestion per consignment, remote area per pallet.
5. **Add-ons**: tail-lift, timed, Saturday, residential.
6. **Customs fees** if Marlowe Freight lodges the declarations.

Prices exclude VAT. Spot quotes are **valid for 14 calendar days** from the date of issue, and fuel surcharge is re-calculated if collection falls in a later month.
""")

W("customs-overview-uk-eu.md", "Customs overview: UK-EU trade after Brexit", "2026-03-02", """
Since 1 January 2021 goods moving between Great Britain and the EU need customs declarations in both directions.

## Basics
- Shipper and consignee each need an EORI number (GB EORI for the UK party, EU EORI for the EU party).
- An export declaration is lodged in the UK (CDS) and an import declaration in the EU country of entry.
- Marlowe Freight can act as customs agent: GBP 38 per export declaration, GBP 52 per import clearance entry.
- Zero tariff under the Trade and Cooperation Agreement (TCA) needs a valid origin statement on the invoice.
- Goods move on Marlowe Freight lanes only once the export declaration has a Movement Reference Number (MRN).

## Sanitary and phytosanitary goods
Products of animal origin need an Export Health Certificate and go through a Border Control Post. Plants and plant products need a phytosanitary certificate. See the commodity-specific "Customs guide" pages.

## Incoterms
Marlowe Freight quotes assume DAP unless the booking states otherwise. Under DDP the shipper pays EU duty and import VAT, which requires an EU VAT registration or fiscal representative.
""")

W("customs-eori-incoterms-faq.md", "FAQ: EORI numbers and Incoterms", "2026-03-02", """
## Do I need an EORI number for every shipment?
Yes. The shipper's GB EORI and the consignee's EU EORI must be on the booking for any GB-EU consignment.

## Which Incoterms do you accept?
EXW, FCA, DAP and DDP. EXW is discouraged because the EU buyer becomes responsible for UK export formalities.

## Can you ship DDP to private individuals in the EU?
Only where the shipper has an EU VAT registration or uses IOSS for low-value parcels. Pallet consignments to consumers on DDP terms are quoted case by case.

## What is an MRN?
The Movement Reference Number issued when the export declaration is accepted. Collection on international lanes is not released without it.
""")

W("northern-ireland-windsor-framework.md", "Northern Ireland and the Windsor Framework", "2026-04-13", """
Goods moving from Great Britain to Northern Ireland travel on the Cairnryan-Belfast crossing (GBP 19 per pallet) and are delivered by Belfast Depot (BFS) as a 2-day service.

- Goods staying in Northern Ireland can use the UK Internal Market Scheme (green lane) if the consignee is authorised.
- Goods at risk of moving into Ireland use the red lane with full declarations.
- Sanitary and phytosanitary goods for NI retail need the Northern Ireland Retail Movement Scheme labelling.
- GB-NI consignments need a Movement Reference Number before the trailer boards at Cairnryan.

Consignments to the Republic of Ireland are handled by Dublin Depot (DUB) via Holyhead-Dublin and need full export and import declarations.
""")

W("remote-areas-and-islands.md", "Remote areas and island deliveries", "2026-05-11", """
Some postcode areas carry a remote area surcharge per pallet and longer transit times.

| Postcode area | Surcharge per pallet | NDP transit |
|---|---|---|
| AB (Aberdeen) | GBP 8 | next working day |
| IV (Inverness) | GBP 18 | next working day |
| KW (Kirkwall) | GBP 24 | 2 working days |
| HS (Outer Hebrides) | GBP 38 | 3 working days |
| ZE (Shetland) | GBP 42 | 3 working days |
| PA (Paisley and islands) | GBP 12 | next working day |
| PH (Perth) | GBP 9 | next working day |
| TR (Truro) | GBP 5 | next working day |
| LD (Llandrindod Wells) | GBP 6 | next working day |
| LL (Llandudno) | GBP 6 | next working day |
| IM (Isle of Man) | GBP 30 | 2 working days |

Remote area surcharges are not subject to fuel surcharge. Timed and Saturday deliveries are not available in HS, ZE, KW and IM.
""")

W("tracking-and-pod.md", "Tracking and proof of delivery", "2026-10-01", """
Every pallet is scanned at collection, at each depot in and out, at Daventry, and at delivery.

- Tracking is available on the customer portal with the consignment reference (format MF followed by 6 digits, e.g. MF-000000).
- The electronic POD (ePOD) shows the signature, the printed name, a photograph of the pallets at the delivery point, GPS location and time.
- ePODs are available within 2 hours of delivery and are kept for 7 years.
- From 1 October 2026 the driver app records "unchecked" signatures separately; damage must still be written in the notes field to support a claim.

If a POD is missing, ask the delivering depot; the depot phone number is on its depot page.
""")

W("booking-guide.md", "Booking guide", "2026-08-03", """
## How to book
Book on the customer portal, by EDI, or through customer service on 0330 496 1987.

## What we need
- Collection and delivery address with postcode
- Number of pallets, pallet size (full, half, quarter), weight and height per pallet
- Service (Next-Day Pallet, Economy Groupage, Temperature-Controlled, ADR Hazmat)
- For ADR: Dangerous Goods Note at least 24 hours before collection
- For international: commercial invoice, EORI numbers, Incoterm, commodity codes

## When to book
- Next-Day Pallet: before the collecting depot's cut-off (most depots 17:00; Daventry 16:30 and Glasgow 15:30 since 3 August 2026).
- Economy Groupage: before the depot's EG cut-off on the working day before collection.

A booking confirmation with the consignment reference (MF-nnnnnn) is sent by email.
""")

W("faq-general.md", "FAQ: general questions", "2026-09-07", """
## Do you deliver to residential addresses?
Yes, with a GBP 9 residential delivery charge and a tail-lift (GBP 15) where needed.

## Do you run a pallet exchange?
No. Marlowe Freight does not exchange pallets; empty pallets can be returned as a separate consignment.

## What happens if nobody is there to receive the delivery?
The driver leaves a card and the consignment returns to the depot. A second attempt is made the next working day; a third attempt is charged as a new delivery.

## How many depots do you have?
36 UK depots plus 6 partner depots in Ireland and mainland Europe (42 in total).

## Is Bradford still open?
No. Bradford closed on 28 August 2026; Wakefield (WKF) took over its areas on 7 September 2026.

## What is the maximum pallet weight?
1,200 kg on Next-Day Pallet and UK groupage; 1,000 kg on international groupage (1,100 kg to Dublin); 1,000 kg on Temperature-Controlled.
""")

W("faq-customs.md", "FAQ: customs and Brexit", "2026-06-29", """
## Who pays import VAT in the EU?
Under DAP the consignee (importer of record) pays. Under DDP the shipper pays and must be VAT-registered in the destination country or use a fiscal representative.

## How long are customs holds?
Most documentary checks clear within 4 working hours; physical checks at a Border Control Post can take 24-48 hours.

## Can you carry GB seed potatoes to the EU?
No. GB seed potatoes are prohibited for the EU market; Marlowe Freight will not accept them on EU lanes.

## Do samples need declarations?
Yes, every commercial movement needs a declaration, including free samples (show a nominal value on the invoice).

## What does Marlowe Freight charge to do my declarations?
GBP 38 per export declaration and GBP 52 per import clearance entry.
""")

W("faq-claims.md", "FAQ: claims", "2026-07-01", """
## How long do I have to report damage?
7 days from delivery, with the damage noted on the POD.

## What is the most I can claim?
GBP 1,500 per pallet, up to GBP 25,000 per consignment, for consignments collected from 1 July 2026. Earlier consignments: GBP 1,300 per pallet.

## Can I deduct the claim from my invoice?
No. Set-off against freight charges is not accepted.

## How quickly are claims paid?
Within 30 days of receiving the complete claim pack.

## Are temperature claims different?
You must send the temperature record and the product specification sheet.
""")

W("faq-tracking-delivery.md", "FAQ: tracking and delivery", "2026-10-01", """
## When will my pallet arrive?
Next-Day Pallet delivers between 07:00 and 17:30 unless a timed service was booked.

## Can I change the delivery address after collection?
Yes, before the consignment leaves Daventry; a GBP 20 redelivery fee applies after that.

## My tracking says "held at hub". What does that mean?
The pallet missed its trunk, usually because of damage, missing labels or weight discrepancy. Customer service will contact you.

## How long do you keep PODs?
Seven years.
""")

# ---- incidents / disruptions (hand-written, post-cutoff and a few before)
W("incident-2026-10-14-calais-port-strike.md", "Disruption report: Port of Calais strike 14-16 October 2026", "2026-10-17", """
**Reference:** INC-2026-9912  
**Dates:** 14 October 2026 06:00 to 17 October 2026 06:00  
**Location:** Port of Calais

## What happened
Dock workers at the Port of Calais held a 72-hour strike over pension reforms. All Dover-Calais freight sailings were cancelled.

## Impact
- 212 Marlowe Freight consignments delayed, mostly Economy Groupage to France, Spain, Italy and Switzerland.
- Non-ADR traffic was rerouted through the Channel Tunnel at no extra charge; expected delay 24-36 hours.
- ADR consignments could not use the tunnel and were held at Dover Gateway until the port reopened.

## Resolution
The port reopened at 06:00 on 17 October 2026. The backlog at Dover Gateway cleared by 19 October 2026. Status: Closed.
""")

W("incident-2026-11-03-storm-ilona.md", "Disruption report: Storm Ilona, Scotland and Northern Ireland, 3-4 November 2026", "2026-11-05", """
**Reference:** INC-2026-9935  
**Dates:** 3-4 November 2026  
**Location:** Scotland and Northern Ireland

## What happened
Storm Ilona brought gusts above 80 mph. The A9 north of Perth was closed, and Cairnryan-Belfast sailings were cancelled on 3 November.

## Impact
- Aberdeen (ABD) and Inverness (INV) depots did not run deliveries on 3 November 2026.
- Next-Day Pallet into AB, IV, KW and HS was suspended on 3 and 4 November and resumed on 5 November 2026.
- Northern Ireland (BT) deliveries were delayed by one working day.
- About 340 consignments affected.

## Resolution
Normal service from 5 November 2026. Status: Closed.
""")

W("incident-2026-11-16-holyhead-berth-closure.md", "Disruption report: Holyhead berth closure, Irish Sea traffic diverted", "2026-11-18", """
**Reference:** INC-2026-9941  
**Start:** 16 November 2026  
**Location:** Port of Holyhead

## What happened
A berth at Holyhead was damaged during a storm surge on 16 November 2026 and is closed for repairs.

## Impact
- Marlowe Freight traffic to and from Dublin (DUB) is diverted via Liverpool-Dublin sailings.
- Add **one extra working day** to all Irish Sea lanes until further notice.
- The Irish Sea surcharge stays at GBP 24 per pallet; the diversion is not charged.

## Outlook
The port operator expects the berth to reopen on 30 November 2026. Status: Open - monitoring.
""")

W("incident-2026-07-22-felixstowe-port-system-outage.md", "Disruption report: Felixstowe port community system outage", "2026-07-24", """
**Reference:** INC-2026-9876  
**Date:** 22-23 July 2026  
**Location:** Port of Felixstowe / Felixstowe Depot (FXT)

## What happened
A cyber incident took the port community system offline for 31 hours. Container release and customs status updates were unavailable.

## Impact
- 96 import groupage consignments waiting for container release were delayed by up to 48 hours.
- Felixstowe Depot kept collecting domestic freight normally.

## Resolution
Systems restored at 14:00 on 23 July 2026. Status: Closed.
""")

W("incident-2026-09-18-m62-closure.md", "Disruption report: M62 closure between J25 and J26", "2026-09-19", """
**Reference:** INC-2026-9890  
**Date:** 18 September 2026  
**Location:** M62 J25-J26 (West Yorkshire)

## What happened
A tanker fire closed both carriageways of the M62 between J25 and J26 from 04:10 to 15:30.

## Impact
- Wakefield (WKF) and Leeds (LDS) delivery runs left up to 3 hours late.
- 58 Next-Day Pallet deliveries in BD, HD and HX missed their day and were delivered on 19 September 2026.

Status: Closed.
""")

W("incident-2026-03-09-dover-french-customs-work-to-rule.md", "Disruption report: French customs work-to-rule at Dover and Calais", "2026-03-12", """
**Reference:** INC-2026-9801  
**Dates:** 9-11 March 2026  
**Location:** Port of Dover / Port of Calais

## What happened
French customs officers ran a work-to-rule, checking documents in full on every lorry.

## Impact
- Queues of up to 9 hours on the M20 (Operation Brock in place).
- About 150 EU-bound consignments delayed by one working day.
- Temperature-Controlled loads were prioritised in the Dover Gateway holding area.

## Resolution
Normal document checks resumed on the morning of 12 March 2026. No surcharges were passed to customers for the extra waiting time.

Status: Closed.
""")

W("incident-2026-08-12-daventry-wms-outage.md", "Incident report INC-2026-9884: Daventry hub sortation outage", "2026-08-13", """
Internal incident report. Distribution: operations, IT, customer service.

1. **Reference:** INC-2026-9884
2. **Date:** 12 August 2026, approx. 23:40
3. **Location:** Daventry National Hub
4. **Type:** IT outage
5. **Reported by:** night shift manager R. Okoro
6. **Description:** The hub sortation and scanning system failed during the night trunk exchange. Pallets were sorted manually from paper manifests.
7. **Consignments affected:** 1,140 (scanned late; about 210 delivered a day late)
8. **Immediate action:** Manual sort; trunk departures held up to 90 minutes.
9. **Follow-up:** Supplier root-cause report; second server installed by 1 October 2026.
10. **Status:** Closed
""")

W("internal-change-notice-2026-10-01-epod-app.md", "Internal change notice: ePOD app version 5", "2026-09-21", """
Audience: drivers, depot managers, customer service.

From **1 October 2026** all drivers use ePOD app version 5.

- "Unchecked" signatures are recorded as a separate status.
- Drivers must take a photograph of every pallet at the delivery point.
- Damage codes: D1 crushed, D2 wet, D3 torn wrap, D4 pierced, D5 shortage.
- Customer service can now see the photographs in the portal.

Old handheld scanners will be collected by 31 October 2026.
""")

W("internal-change-notice-2026-10-19-customer-emails.md", "Internal change notice: shipment exception emails", "2026-10-19", """
Audience: customer service and depot admin teams.

From 19 October 2026 every shipment exception (delay, damage, short delivery, failed delivery, customs hold) must be emailed to the customer within 2 working hours of the exception scan, using the standard template in the CRM.

- Quote the consignment reference in the subject.
- For damage, remind the customer of the 7-day reporting limit and the GBP 1,500 per pallet liability limit.
- For customs holds, list any missing documents by name.
- Copy the depot manager if the delay is longer than one working day.
""")

W("internal-change-notice-2026-06-15-incident-reporting.md", "Internal change notice: driver and depot incident reporting", "2026-06-15", """
Audience: drivers, transport planners, depot managers.

From 15 June 2026 all incidents (collisions, breakdowns, spillages, thefts, clandestine entries, handling damage, temperature excursions) must be logged within 4 hours using the numbered incident report form.

- ADR spillages and injuries: phone the duty health and safety manager on 01327 705 199 immediately.
- Clandestine entries: call the police (999 in the UK) before anything else; do not open the trailer.
- Thefts: obtain a police crime reference number.
- Incident references use the format INC-YYYY-nnnn.
""")

W("depot-network-overview.md", "Marlowe Freight depot network overview", "2026-09-07", "Codes, locations and key facts for every depot in the network. Bradford (BRD) closed on 28 August 2026 and is not listed.\n\n| Code | Depot | Postcode | NDP cut-off | Saturday | ADR | Chamber |\n|---|---|---|---|---|---|---|\n" +
  "\n".join(f"| {d['code']} | {d['name']} | {d['pc']} | {d['ndp'] or 'n/a'} | {d['sat']} | {'yes' if d['adr'] else 'no'} | {'yes' if d['temp'] else 'no'} |" for d in D if d["status"] != "closed"))

W("service-add-ons.md", "Delivery add-ons: tail-lift, timed, Saturday and residential", "2026-06-01", f"""
| Add-on | Price | Notes |
|---|---|---|
| Tail-lift | GBP {TAIL_LIFT} per consignment | Needed where the delivery point has no forklift or dock; max 1,000 kg per pallet on tail-lift |
| Timed AM | GBP {TIMED_AM} per consignment | Delivery before 12:00 |
| Pre-10:00 | GBP {TIMED_10} per consignment | Not available in remote areas |
| Saturday delivery | GBP {SAT_DEL} per consignment | Only where the delivering depot opens on Saturday |
| Residential | GBP 9 per consignment | Kerbside only |

If a timed delivery is missed through Marlowe Freight's fault, the timed add-on charge is refunded automatically.
""")

W("terms-and-conditions-summary.md", "Terms and conditions of carriage: summary", "2026-07-01", """
Marlowe Freight carries under its own conditions of carriage (2026 edition), based on the RHA Conditions of Carriage 2020 with the following variations:

- Liability: GBP 1,500 per pallet, maximum GBP 25,000 per consignment (from 1 July 2026).
- Payment terms: 30 days from invoice for account customers.
- Claims time limits: 7 days (damage/shortage), 14 days (non-delivery), 28 days (full claim).
- International carriage is subject to the CMR Convention.
- Dangerous goods must be declared; undeclared ADR goods void liability and are charged a GBP 250 handling fee.
""")

W("temperature-controlled-faq.md", "FAQ: Temperature-Controlled shipments", "2026-09-07", """
## What ranges do you offer?
Chilled +2 to +8 C and frozen -25 to -18 C. We do not offer ambient-controlled (+15 to +25 C).

## Can I mix chilled and frozen in one consignment?
Yes, trailers have two compartments, but each pallet is booked in one range.

## What if the temperature goes out of range?
The trailer alarm alerts the transport planner; the driver checks the unit and the load. Claims need the temperature record.

## Can Wakefield take chilled pallets?
Yes, Wakefield (WKF) has a chamber since opening on 7 September 2026.
""")

W("adr-dangerous-goods-note-guide.md", "Dangerous Goods Note: how to complete it", "2026-06-01", """
The Dangerous Goods Note (DGN) must reach Marlowe Freight at least 24 hours before collection.

Required fields: UN number; proper shipping name; class; packing group; number and type of packages; net quantity; tunnel restriction code; emergency contact phone; shipper declaration signature.

Consignments without a valid DGN are not collected. Classes 1 and 7 are refused. ADR traffic to mainland Europe crosses Dover-Calais by ferry only.

## Common errors
- Missing tunnel restriction code (needed even though ADR freight does not use the Channel Tunnel).
- Net quantity given per pallet instead of per package.
- Emergency contact number that is not answered 24 hours a day.
- Limited Quantity goods declared as full ADR, which adds the GBP 42 surcharge unnecessarily.

Send DGNs to adr@marlowefreight.example or upload them to the booking in the customer portal.
""")

print("core", len(WRITTEN))
json.dump(WRITTEN, open(os.path.join(os.path.dirname(__file__), "written_c.json"), "w"))

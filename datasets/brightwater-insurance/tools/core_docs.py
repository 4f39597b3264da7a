# Hand-written core documents. Facts pulled from facts.py so they agree with generated pages.
from facts import *

E, P, R = HOME["Essentials"], HOME["Plus"], HOME["Premier"]
C, T = MOTOR["Comprehensive"], MOTOR["Third Party"]
L, A = PET["Lifetime"], PET["Accident-only"]
S2, S3 = STORM_PROTOCOL["v2"], STORM_PROTOCOL["v3"]
K, TM = GARAGE_JOINED

CORE = {}

CORE["company-overview.md"] = f"""# Brightwater Mutual: Company Overview
Updated: 2026-10-01

Brightwater Mutual is a UK mutual insurer owned by its members. We write home, motor and pet insurance for personal customers and handle all claims in-house from our claims centres in Swindon and Preston, with a contact centre in Sunderland.

## Products
- **Home**: Home Essentials, Home Plus and Home Premier (see *Home Cover Levels Comparison*).
- **Motor**: Motor Third Party and Motor Comprehensive (see *Motor Cover Levels Comparison*).
- **Pet**: Pet Lifetime and Pet Accident-only (see *Pet Cover Levels Comparison*).

## Claims operation
Claims are reported by phone, online or through the app. First notification of loss (FNOL) is taken by the contact centre and passed to a claims handler in the relevant team: Home Claims, Motor Claims (own damage, third party and windscreen desks) or Pet Claims. Surge events are run under the *Storm Event Protocol (Version 3)* from 15 September 2026.

## Networks
We use an approved repairer network of motor body shops, windscreen fitting centres, home repair contractors and drying specialists, and a direct-settlement vet network. Network changes are published as dated notices.

## Regulation
Brightwater Mutual is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Complaints we cannot resolve can be referred to the Financial Ombudsman Service (see *FOS Escalation Rules*).
"""

CORE["product-range-overview.md"] = f"""# Product Range Overview
Updated: 2026-09-01

This page summarises the products Brightwater Mutual sells in 2026. For full limits and excesses see the policy wording pages for each cover level.

| Product | Cover levels | Sold through |
|---|---|---|
| Home | Essentials, Plus, Premier | Direct, price comparison sites |
| Motor | Third Party, Comprehensive | Direct, price comparison sites |
| Pet | Lifetime, Accident-only | Direct only |

## Key headline figures (current)
- Home Essentials escape of water excess: {E['eow_excess']} (from 1 July 2026; previously {E['eow_excess_old']}).
- Motor Comprehensive compulsory excess: {C['compulsory']} (from 1 July 2026; previously {C['compulsory_old']}).
- Windscreen replacement excess at an approved centre: {C['ws_replace']} (from 1 August 2026; previously {C['ws_replace_old']}).
- Pet Lifetime vet fee limit: {L['vet_limit']} per policy year (policies starting or renewing on or after 1 September 2026; previously {L['vet_limit_old']}).
- Home Plus personal possessions single article limit: {P['pp_single']} (from 1 August 2026; previously {P['pp_single_old']}).

Staff should always check the policy start or renewal date: the limit or excess that applies is the one in force on the policy schedule at the date of loss.
"""

CORE["home-cover-levels-comparison.md"] = f"""# Home Cover Levels Comparison
Updated: 2026-08-01

The table below compares the three home cover levels. Figures are for policies incepting or renewing on or after 1 August 2026.

| Feature | Home Essentials | Home Plus | Home Premier |
|---|---|---|---|
| Buildings sum insured (max) | {E['buildings']} | {P['buildings']} | {R['buildings']} |
| Contents sum insured (max) | {E['contents']} | {P['contents']} | {R['contents']} |
| Standard excess | {E['std_excess']} | {P['std_excess']} | {R['std_excess']} |
| Escape of water excess | {E['eow_excess']} | {P['eow_excess']} | {R['eow_excess']} |
| Storm excess | {E['storm_excess']} | {P['storm_excess']} | {R['storm_excess']} |
| Subsidence excess | {E['subsidence_excess']} | {P['subsidence_excess']} | {R['subsidence_excess']} |
| Contents single article limit | {E['single_article']} | {P['single_article']} | {R['single_article']} |
| Personal possessions single article | {E['pp_single']} (add-on) | {P['pp_single']} | {R['pp_single']} |
| Alternative accommodation | {E['alt_accom']} | {P['alt_accom']} | {R['alt_accom']} |
| Trace and access | {E['trace']} | {P['trace']} | {R['trace']} |
| Unoccupancy period | {E['unocc']} | {P['unocc']} | {R['unocc']} |
| Accidental damage | {E['ad']} | {P['ad']} | {R['ad']} |
| Home emergency | {E['home_em']} | {P['home_em']} | {R['home_em']} |

## Changes in 2026
- Home Essentials escape of water excess rose from {E['eow_excess_old']} to {E['eow_excess']} on 1 July 2026.
- Home Plus personal possessions single article limit rose from {P['pp_single_old']} to {P['pp_single']} on 1 August 2026.
"""

CORE["motor-cover-levels-comparison.md"] = f"""# Motor Cover Levels Comparison
Updated: 2026-08-01

| Feature | Motor Third Party | Motor Comprehensive |
|---|---|---|
| Third party injury | Unlimited | Unlimited |
| Third party property damage | {T['tp_property']} | {C['tp_property']} |
| Own accidental damage | No | Yes |
| Fire and theft of your car | No | Yes |
| Compulsory excess | n/a | {C['compulsory']} |
| Young driver (under 25) additional excess | n/a | {C['young']} |
| Inexperienced driver (licence under 2 years) additional excess | n/a | {C['inexperienced']} |
| Windscreen repair excess | No cover | {C['ws_repair']} |
| Windscreen replacement excess (approved centre) | No cover | {C['ws_replace']} |
| Windscreen replacement (non-approved) | No cover | {C['ws_nonapproved']} excess, limit {C['ws_nonapproved_limit']} |
| Theft of keyless-entry vehicle excess | n/a | {C['theft_keyless']} |
| Personal belongings | No | {C['belongings']} |
| EU driving (minimum cover) | {T['europe']} | {C['europe']} |

Motor Comprehensive compulsory excess changed from {C['compulsory_old']} to {C['compulsory']} on 1 July 2026. Windscreen replacement excess at approved centres changed from {C['ws_replace_old']} to {C['ws_replace']} on 1 August 2026.
"""

CORE["pet-cover-levels-comparison.md"] = f"""# Pet Cover Levels Comparison
Updated: 2026-09-01

| Feature | Pet Lifetime | Pet Accident-only |
|---|---|---|
| Vet fee limit | {L['vet_limit']} per policy year, resets at renewal | {A['vet_limit']} per accident |
| Excess | {L['excess']} per condition per policy year | {A['excess']} per accident |
| Co-payment | {L['copay']} | None |
| Illness cover | Yes | No |
| Third party liability (dogs) | {L['liability']} | {A['liability']} |
| Death from illness or injury | up to {L['death']} | accident only, up to {A['death']} |
| Boarding fees | {L['boarding']} | No |
| Complementary treatment | {L['complementary']} (within vet fee limit) | No |
| Claim submission deadline | {L['claim_deadline']} from treatment | {A['claim_deadline']} from treatment |

The Pet Lifetime vet fee limit was raised from {L['vet_limit_old']} to {L['vet_limit']} for policies starting or renewing on or after 1 September 2026. Accident-only treatment must take place within {A['window']}.
"""

CORE["notice-2026-06-02-home-essentials-eow-excess-change.md"] = f"""# Product Change Notice: Home Essentials Escape of Water Excess
Date: 2026-06-02

**Applies to:** Home Essentials policies incepting or renewing on or after 1 July 2026.

## What is changing
The escape of water excess on Home Essentials increases from **{E['eow_excess_old']}** to **{E['eow_excess']}**. The standard excess ({E['std_excess']}) is unchanged. Home Plus ({P['eow_excess']}) and Home Premier ({R['eow_excess']}) escape of water excesses do not change.

## Why
Escape of water claim costs on the Essentials book rose 19% year on year. The change was reviewed under our Consumer Duty fair value assessment (see *FCA Consumer Duty: How We Apply It*).

## Handling guidance
- Apply the excess shown on the schedule in force on the date of loss. A leak on 20 June 2026 under a policy renewed in January 2026 still carries {E['eow_excess_old']}.
- Only one escape of water excess applies per incident, even if buildings and contents are both claimed.
- Customers were written to at least 21 days before renewal.
"""

CORE["notice-2026-06-10-motor-compulsory-excess-change.md"] = f"""# Product Change Notice: Motor Comprehensive Compulsory Excess
Date: 2026-06-10

From **1 July 2026**, the compulsory excess on Motor Comprehensive policies incepting or renewing on or after that date rises from **{C['compulsory_old']}** to **{C['compulsory']}**.

## Unchanged
- Young driver additional excess: {C['young']}.
- Inexperienced driver additional excess: {C['inexperienced']}.
- Theft of keyless-entry vehicle excess: {C['theft_keyless']} (replaces the compulsory excess for that peril, it is not added to it).
- Voluntary excess options remain £0, £100, £250 and £500.

## Handling
Total excess for an own damage claim = compulsory + voluntary + any young or inexperienced driver excess. No excess applies to a claim where the third party insurer has accepted liability in full and we recover our outlay, once recovery is received.
"""

CORE["notice-2026-06-24-windscreen-excess-change.md"] = f"""# Product Change Notice: Windscreen Replacement Excess
Date: 2026-06-24

**Effective:** 1 August 2026 for Motor Comprehensive policies incepting or renewing on or after that date.

| Item | Before | From 1 August 2026 |
|---|---|---|
| Windscreen repair (approved centre) | {C['ws_repair']} | {C['ws_repair']} |
| Windscreen replacement (approved centre) | {C['ws_replace_old']} | {C['ws_replace']} |
| Windscreen replacement (non-approved) | {C['ws_nonapproved']} | {C['ws_nonapproved']} |
| Non-approved replacement limit | {C['ws_nonapproved_limit']} | {C['ws_nonapproved_limit']} |

Recalibration of ADAS cameras after replacement is included at approved centres and does not attract a separate excess. A windscreen claim does not affect the no claims discount. Windscreen claims line: {PHONES['windscreen']}.
"""

CORE["notice-2026-07-01-home-plus-personal-possessions-limit.md"] = f"""# Product Change Notice: Home Plus Personal Possessions Single Article Limit
Date: 2026-07-01

From **1 August 2026**, the single article limit for personal possessions on Home Plus rises from **{P['pp_single_old']}** to **{P['pp_single']}**. The overall personal possessions limit stays at £5,000.

Home Essentials (add-on, single article {E['pp_single']}) and Home Premier (single article {R['pp_single']}) are unchanged.

Handlers settling a personal possessions claim must check the schedule in force at the date of loss. Items above the single article limit must be specified on the schedule to be covered in full.
"""

CORE["notice-2026-07-20-pet-lifetime-vet-fee-limit-increase.md"] = f"""# Product Change Notice: Pet Lifetime Vet Fee Limit Increase
Date: 2026-07-20

## Summary
For Pet Lifetime policies starting or renewing on or after **1 September 2026**, the annual vet fee limit increases from **{L['vet_limit_old']}** to **{L['vet_limit']}** per policy year.

## Details
- The excess stays at {L['excess']} per condition per policy year.
- Co-payment stays at {L['copay']}.
- Complementary treatment sub-limit stays at {L['complementary']}, within the vet fee limit.
- Pet Accident-only is unchanged at {A['vet_limit']} per accident.

## Handling
Claims for treatment before the renewal date are assessed against the limit in force at the time of treatment. Where treatment spans a renewal, split the invoice by treatment date.
"""

CORE["notice-2026-07-15-complaint-acknowledgement-deadline.md"] = f"""# Notice: Complaint Acknowledgement Deadline Shortened
Date: 2026-07-15

From **1 August 2026** every complaint must be acknowledged in writing within **{COMPLAINTS['ack_days']}** of receipt (previously {COMPLAINTS['ack_days_old']}).

## What stays the same
- Final response within {COMPLAINTS['final_weeks']} of receipt, or a written explanation of the delay with FOS referral rights.
- Complaints resolved by the close of the third business day after receipt can be closed with a summary resolution communication.
- FOS referral window: {COMPLAINTS['fos_months']} from the final response.

## Why
Consumer Duty outcome testing showed that customers who heard from us quickly were less likely to escalate. The Customer Resolution Team will monitor the new deadline weekly.
"""

CORE["storm-event-protocol-v2-archived.md"] = f"""# Storm Event Protocol (Version 2) - Archived
Updated: 2025-10-01

**Status:** Superseded by Storm Event Protocol (Version 3) on 15 September 2026. Kept for reference on older claims.

## Surge trigger
A surge is declared when we receive {S2['trigger']}.

## During a surge
- Desk-based settlement for claims up to {S2['desk_limit']} without a loss adjuster visit.
- Claims above {S2['adjuster_threshold']} are referred to a loss adjuster.
- No emergency payment scheme.
- Overflow calls routed to the Preston claims centre.
"""

CORE["storm-event-protocol-v3.md"] = f"""# Storm Event Protocol (Version 3)
Updated: 2026-09-15

Version 3 replaces Version 2 from 15 September 2026. It applies to any named storm or severe weather event.

## Surge levels
| Level | Trigger | Response |
|---|---|---|
| Surge Level 1 | {S3['trigger_l1']} | Weather claims desk opened; overtime authorised |
| Surge Level 2 | {S3['trigger_l2']} | All home handlers redeployed; external loss adjuster panel on standby |

## Handling rules during a declared event
1. Prioritise vulnerable customers and uninhabitable homes; call back within {S3['callback']}.
2. Desk-based settlement for claims up to **{S3['desk_limit']}** (Version 2: {S2['desk_limit']}) using photos and estimates.
3. Refer claims above {S3['adjuster_threshold']} to a loss adjuster.
4. Emergency payment of **{S3['emerg']}** per household where the home is uninhabitable, paid on the day and deducted from the final settlement.
5. Storm excess applies as normal. Weather evidence is checked once per event, not per claim.
6. Fence, gate and hedge damage alone is not storm damage under any Home cover level.

## Related
See *Storm Definition and Weather Evidence* and the event notices for Storm Arlo and Storm Bethan.
"""

CORE["notice-2026-09-10-storm-event-protocol-v3.md"] = f"""# Notice: Storm Event Protocol Version 3 Goes Live
Date: 2026-09-10

Storm Event Protocol (Version 3) takes effect on **15 September 2026**.

Key differences from Version 2:
- Two surge levels instead of one. Level 1 triggers at {S3['trigger_l1']} (Version 2 triggered at {S2['trigger']}).
- Desk-based settlement limit raised from {S2['desk_limit']} to {S3['desk_limit']}.
- New emergency payment of {S3['emerg']} per household where the home is uninhabitable.
- Vulnerable customers called back within {S3['callback']}.

Team leaders must complete the Version 3 briefing before 30 September 2026.
"""

CORE["notice-2026-08-20-hartcliffe-motor-body-leaves-network.md"] = f"""# Network Notice: Hartcliffe Motor Body Ltd Leaves the Approved Repairer Network
Date: 2026-08-20

**Hartcliffe Motor Body Ltd** (Bristol) leaves the approved repairer network on **{GARAGE_LEFT['date']}**.

## What handlers must do
- Do not allocate new repairs to Hartcliffe Motor Body Ltd from 21 August 2026.
- Vehicles already on site will be completed there and remain covered by our repair guarantee.
- New Bristol-area repairs should go to **{GARAGE_LEFT['replacement']}** (Avonmouth) or another Bristol network repairer.
- Customers who choose Hartcliffe after it leaves are using a non-approved repairer: no courtesy car and no lifetime repair guarantee.
"""

CORE["notice-2026-09-07-kestrel-accident-repair-joins-network.md"] = f"""# Network Notice: Kestrel Accident Repair Centre Joins the Network
Date: {K['date']}

**{K['name']}**, {K['town']}, joined the approved repairer network on {K['date']}.

- Phone: {K['phone']}
- Specialisms: {', '.join(K['spec'])}
- Courtesy cars: yes

Kestrel is one of only three network repairers in Yorkshire approved for aluminium body repair. Allocate Leeds-area electric and hybrid vehicle repairs to Kestrel where capacity allows.
"""

CORE["notice-2026-10-01-tamarind-bodyworks-joins-network.md"] = f"""# Network Notice: Tamarind Bodyworks Joins the Network
Date: {TM['date']}

**{TM['name']}** in {TM['town']} joined the approved repairer network on {TM['date']}.

- Phone: {TM['phone']}
- Specialisms: {', '.join(TM['spec'])}

Tamarind is the first Norfolk network repairer approved for prestige vehicles. Automatic courtesy cars are available on request for customers who hold an automatic-only licence.
"""

CORE["complaint-handling-procedure.md"] = f"""# Complaint Handling Procedure
Updated: 2026-08-01

This procedure applies to all expressions of dissatisfaction, spoken or written, about our products or service.

## Timescales
| Step | Deadline |
|---|---|
| Written acknowledgement | within {COMPLAINTS['ack_days']} of receipt (from 1 August 2026; previously {COMPLAINTS['ack_days_old']}) |
| Summary resolution communication | if resolved by close of the {COMPLAINTS['src_days']} after receipt |
| Final response | within {COMPLAINTS['final_weeks']} of receipt |
| FOS referral window for customer | {COMPLAINTS['fos_months']} from the date of final response |

## Steps
1. Log the complaint on the complaints system the day it is received.
2. Acknowledge in writing, giving the handler's name and the Customer Resolution Team contact: {COMPLAINTS['email']}, {COMPLAINTS['phone']}.
3. Investigate: review the claim file, call recordings and any repairer reports.
4. Decide: upheld, partly upheld or not upheld. Consider redress using the *Complaint Redress and Compensation Guide*.
5. Send the final response letter, including the FOS paragraph and the standard FOS leaflet.

If the final response cannot be sent within {COMPLAINTS['final_weeks']}, write explaining why and tell the customer they may now refer to the Financial Ombudsman Service.
"""

CORE["fos-escalation-rules.md"] = f"""# FOS Escalation Rules
Updated: 2026-08-01

## When a customer can go to the Financial Ombudsman Service
- After receiving our final response, or
- {COMPLAINTS['final_weeks']} after we received the complaint if we have not sent a final response.

The customer must refer within **{COMPLAINTS['fos_months']}** of the date of our final response. We must state in the final response whether we consent to the FOS considering a complaint referred outside that window; our policy is **not to consent** unless a senior complaints manager approves.

## FOS contact details to include
Financial Ombudsman Service, Exchange Tower, London E14 9SR. Phone 0800 023 4567. Website financial-ombudsman.org.uk.

## When FOS contacts us
- Send the case file within 14 days of FOS request (internal target: 10 days).
- FOS case fees are paid by us regardless of outcome after the first three cases each year.
- A senior complaints manager must sign off any offer made after FOS involvement.
"""

CORE["complaint-redress-and-compensation-guide.md"] = f"""# Complaint Redress and Compensation Guide
Updated: 2026-03-12

Use this guide to set compensation for distress and inconvenience in upheld or partly upheld complaints. Financial loss is put right separately (refund, interest, correct settlement).

| Band | Impact on customer | Award |
|---|---|---|
| Band A | Minor, short-lived inconvenience (a missed call-back, a single delay of days) | £50 |
| Band B | Noticeable inconvenience over weeks; repeated chasing | £150 |
| Band C | Significant distress, home disrupted, delays of months | £300 |
| Band D | Serious, long-lasting impact, vulnerable customer harmed | £750 |

## Interest
Where a settlement was paid late through our error, add simple interest at **8% a year** from the date the claim should have been paid.

## Authority
Handlers may award up to Band B. Band C and D need a team manager. Anything over £750 needs the Head of Customer Resolution.
"""

CORE["regulatory-fca-consumer-duty-overview.md"] = """# FCA Consumer Duty: How We Apply It
Updated: 2026-02-18

The FCA Consumer Duty requires us to deliver good outcomes for retail customers. It has four outcomes: products and services, price and value, consumer understanding, and consumer support.

## What it means for claims staff
- **Consumer support:** do not make claims harder to progress than buying the policy. Avoid unnecessary requests for documents.
- **Consumer understanding:** explain decisions in plain English, including why an exclusion applies.
- **Price and value:** product changes such as excess increases go through a fair value assessment before launch.
- **Vulnerable customers:** record needs with consent and adapt handling (see *Vulnerable Customers Guidance*).

## Monitoring
Claims declinature rates, complaint root causes and claims settlement times are reported to the Board quarterly. The annual Board Consumer Duty report is approved each July.
"""

CORE["regulatory-pricing-practices-gipp.md"] = """# General Insurance Pricing Practices (GIPP) Rules
Updated: 2026-01-09

Under the FCA pricing practices rules, a renewal price offered to an existing home or motor customer must be no higher than the equivalent new business price for the same customer through the same channel.

## Points for contact-centre staff
- Do not tell customers they will get a better price by cancelling and re-buying: the rules mean they should not.
- Auto-renewal must be easy to cancel: customers may switch it off by phone, online or in the app.
- Pet insurance is **not** in scope of the GIPP price-walking rules, but Brightwater applies the same principle voluntarily.
- Renewal notices must show last year's premium next to the new premium.

The annual GIPP attestation is signed by the Senior Manager responsible for pricing each March.
"""

CORE["claims-reserving-guide.md"] = "# Claims Reserving Guide\nUpdated: 2026-04-20\n\nEvery new claim must have an initial reserve set at FNOL or within one working day. Use the table below unless the handler has better information (an estimate, an invoice or an adjuster report), in which case reserve at the best estimate of the final cost.\n\n| Peril | Initial reserve |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in RESERVES.items()) + """
## Review
- Review reserves at every material development and at least every 30 days.
- Reserves above £25,000 need team manager sign-off.
- Do not net the excess off the reserve; the reserve is gross of excess.

## Large losses
Fire claims and any claim over £50,000 are notified to the Large Loss Unit within 24 hours.
"""

CORE["claims-contact-numbers.md"] = f"""# Claims Contact Numbers
Updated: 2026-09-01

| Line | Number | Hours |
|---|---|---|
| Home claims | {PHONES['home_claims']} | 24/7 |
| Motor claims | {PHONES['motor_claims']} | 24/7 |
| Windscreen claims | {PHONES['windscreen']} | 8am-8pm Mon-Sat |
| Pet claims | {PHONES['pet_claims']} | 8am-6pm Mon-Fri |
| Home emergency helpline | {PHONES['home_emergency']} | 24/7 |
| Counter fraud tip-off line | {PHONES['fraud_line']} | 9am-5pm Mon-Fri |
| Customer Resolution (complaints) | {PHONES['complaints']} | 9am-5pm Mon-Fri |
| Extra support line (vulnerable customers) | {PHONES['vulnerable']} | 9am-5pm Mon-Fri |

Give customers the line for their claim type in acknowledgement letters.
"""

CORE["claims-service-standards.md"] = f"""# Claims Service Standards
Updated: 2026-09-15

| Standard | Target |
|---|---|
| Acknowledge a new claim in writing | 1 working day |
| First contact from handler after FNOL | 2 working days |
| Drying contractor attendance (escape of water) | 48 hours |
| Loss adjuster appointment offered | 5 working days |
| Approved repairer contact with customer (motor) | 24 hours |
| Windscreen fitting appointment | 2 working days |
| Vet direct-settlement invoice decision | 10 working days |
| Settlement payment after agreement | 3 working days |
| Storm event vulnerable callback | {S3['callback']} |

Missed standards must be noted on the file with the reason.
"""

CORE["fraud-indicators-overview.md"] = f"""# Fraud Indicators Overview
Updated: 2026-03-30

Fraud indicators are flags, not proof. A single indicator never justifies declining a claim. Two or more **high** indicators, or one high plus two medium, require a referral to the Counter Fraud Unit (see *Counter Fraud Referral Procedure*).

Examples of high indicators:
- Policy incepted or cover increased within 30 days before the loss.
- Documents that appear altered, or receipts from businesses that cannot be traced.
- Customer reluctant to allow an inspection.

Examples of medium indicators:
- Late notification (more than 30 days) without a reason.
- Previous similar claims within 3 years.
- Values claimed well above the sum insured pattern for the property.

Detailed indicator pages exist per claim type.
"""

CORE["counter-fraud-referral-procedure.md"] = f"""# Counter Fraud Referral Procedure
Updated: 2026-05-04

1. Record the indicators on the claim file note and select "CFU referral" as the next action.
2. Complete the referral form within 2 working days of spotting the indicators.
3. Do not tell the customer about the referral. Continue handling normally unless the CFU asks you to pause.
4. The Counter Fraud Unit responds within 5 working days with one of: proceed, investigate, or refer to external investigators.
5. Any decision to decline a claim for fraud needs CFU manager approval and a legal review.

Tip-offs from the public go to the counter fraud line, {PHONES['fraud_line']}.
"""

CORE["vulnerable-customers-guidance.md"] = f"""# Vulnerable Customers Guidance
Updated: 2026-04-02

Vulnerability can be health, life events, resilience or capability. Record needs only with the customer's consent.

## Adjustments handlers can make
- Single point of contact for the life of the claim.
- Emergency payment or interim payment where the customer cannot afford repairs.
- Letters in large print, easy read or audio; calls at agreed times.
- Referral to the extra support line, {PHONES['vulnerable']}.

During a declared storm event, vulnerable customers are called back within {S3['callback']} under *Storm Event Protocol (Version 3)*.
"""

CORE["approved-repairer-network-overview.md"] = f"""# Approved Repairer Network Overview
Updated: 2026-10-01

Our approved motor repairers offer:
- A courtesy car ({C['courtesy']}).
- A lifetime guarantee on repairs for as long as the customer owns the vehicle.
- Collection and delivery within 10 miles.

## 2026 network changes
| Date | Change |
|---|---|
| {GARAGE_LEFT['date']} | {GARAGE_LEFT['name']} ({GARAGE_LEFT['town']}) left the network |
| {K['date']} | {K['name']} ({K['town']}) joined |
| {TM['date']} | {TM['name']} ({TM['town']}) joined |

Individual repairer pages list phone numbers and specialisms. Customers who use a non-approved repairer lose the courtesy car and the lifetime guarantee, and we may limit payment to what our approved repairer would have charged.
"""

CORE["windscreen-network-overview.md"] = f"""# Windscreen Network Overview
Updated: 2026-08-01

Windscreen claims go through our approved windscreen fitting centres or mobile fitters. Call {PHONES['windscreen']}.

- Repair excess: {C['ws_repair']}.
- Replacement excess at approved centre: {C['ws_replace']} (from 1 August 2026).
- Non-approved replacement: {C['ws_nonapproved']} excess, up to {C['ws_nonapproved_limit']}.
- ADAS camera recalibration is included at approved centres.
- Windscreen claims do not affect the no claims discount.
"""

CORE["vet-direct-settlement-overview.md"] = f"""# Vet Direct Settlement Overview
Updated: 2026-09-01

Vet practices in our direct-settlement network can claim directly from us, so the customer only pays the excess and any co-payment.

- Pet Lifetime: excess {L['excess']} per condition per year; co-payment {L['copay']}; vet fee limit {L['vet_limit']} (from 1 September 2026 renewals).
- Pet Accident-only: excess {A['excess']} per accident; limit {A['vet_limit']}.
- Invoices must be submitted within {L['claim_deadline']} of treatment.
- We decide direct-settlement invoices within 10 working days.

Pet claims line: {PHONES['pet_claims']}.
"""

CORE["storm-definition-and-weather-evidence.md"] = """# Storm Definition and Weather Evidence
Updated: 2026-01-15

For all home cover levels a storm is a period of violent weather with:
- wind gusts of at least **55 mph**, or
- heavy rainfall of at least **25 mm per hour**, or
- snow of at least **30 cm in 24 hours**, or
- hail severe enough to damage hard surfaces or break glass.

## Evidence
Use the weather data service for the postcode on the date of loss. During a declared event, evidence is checked once for the event area.

## Not storm damage
- Gradual wear and tear or poor maintenance revealed by the storm.
- Damage to fences, gates and hedges alone.
- Flooding is a separate peril with its own cover wording.
"""

CORE["incident-report-2026-02-storm-corran-surge-review.md"] = f"""# Incident Report: Storm Corran Surge Review
Date: 2026-03-06

## Summary
Storm Corran (7-8 February 2026) generated 3,140 home claims in 72 hours, triggering a surge under Storm Event Protocol (Version 2) ({S2['trigger']}).

## What went wrong
- The surge was declared 31 hours after the threshold was in fact reached because the trigger looked at 72 hours.
- Average first callback for vulnerable customers was 3.2 days.
- 41% of claims between £5,000 and £7,500 waited for a loss adjuster although photo evidence was good.

## Actions
1. Shorten the surge trigger window to 48 hours (done in Version 3).
2. Raise desk-based settlement limit (Version 3 sets {S3['desk_limit']}).
3. Introduce an emergency payment for uninhabitable homes (Version 3: {S3['emerg']}).
"""

CORE["notice-2026-10-14-storm-arlo-event-declared.md"] = f"""# Weather Event Notice: Storm Arlo Declared
Date: 2026-10-14

Storm Arlo is declared a weather event under Storm Event Protocol (Version 3).

- **Event dates:** 12-14 October 2026
- **Areas:** South West England, South Wales, Cumbria
- **Surge level:** Surge Level 1 (declared 13 October 2026 at 16:00)
- **Peak gusts:** 78 mph recorded at Mumbles Head
- **Claims received by 14 October:** 1,236

Desk-based settlement up to {S3['desk_limit']}. Emergency payment of {S3['emerg']} for uninhabitable homes. Use event code **WX-2610-ARLO** on every claim.
"""

CORE["notice-2026-11-18-storm-bethan-event-declared.md"] = f"""# Weather Event Notice: Storm Bethan Declared
Date: 2026-11-18

Storm Bethan is declared a weather event under Storm Event Protocol (Version 3).

- **Event dates:** 16-18 November 2026
- **Areas:** North West England, Northern Ireland, southern Scotland
- **Surge level:** Surge Level 2 (declared 17 November 2026 at 09:30)
- **Peak gusts:** 91 mph at Capel Curig; 48 mm rainfall in 3 hours at Keswick
- **Claims received by 18 November:** 2,870

All home handlers redeployed to the weather desk until further notice. Event code **WX-2611-BETHAN**. Flood claims in Carlisle and Keswick are to be triaged for temporary accommodation first.
"""

CORE["faq-excess-explained.md"] = f"""# FAQ: How Excesses Work
Updated: 2026-08-01

**What is an excess?** The first part of any claim the customer pays.

**Is more than one excess deducted?** Normally one excess per incident per section. For an escape of water claim under both buildings and contents, only one escape of water excess is taken.

**Current escape of water excesses:** Home Essentials {E['eow_excess']}, Home Plus {P['eow_excess']}, Home Premier {R['eow_excess']}.

**Motor Comprehensive:** compulsory {C['compulsory']} plus any voluntary excess, plus {C['young']} for drivers under 25 and {C['inexperienced']} for inexperienced drivers.

**Pet Lifetime:** {L['excess']} per condition per policy year, plus co-payment where it applies.

**What if the claim is below the excess?** We record it as a nil claim and explain in writing.
"""

CORE["faq-complaints-timescales.md"] = f"""# FAQ: Complaint Timescales
Updated: 2026-08-03

**How fast do we acknowledge complaints?** Within {COMPLAINTS['ack_days']} (since 1 August 2026).

**When is the final response due?** Within {COMPLAINTS['final_weeks']} of receipt.

**How long does the customer have to go to FOS?** {COMPLAINTS['fos_months']} from our final response.

**Can a handler close a complaint on the phone?** Yes, if resolved to the customer's satisfaction by the close of the third business day after receipt; send a summary resolution communication.
"""

CORE["settlement-calculation-standards.md"] = """# Settlement Calculation Standards
Updated: 2026-04-20

## Order of deductions
1. Assess each item: allowed amount after wear and tear, betterment or policy limit.
2. Apply any single article or sub-limit.
3. Total the allowed amounts.
4. Deduct **one** excess per incident (the peril excess, e.g. escape of water or storm, not the standard excess as well).
5. Pay the net amount, or replace through a supplier if the customer agrees.

## Betterment
- Carpets: 10% per year of age, maximum 60% deduction (Home Essentials only; Plus and Premier are new for old).
- Clothing: new for old on all home cover levels except for items over 5 years old under Essentials, which are 50% of replacement.

## Supplier discount
Where the customer chooses cash instead of our replacement supplier, we may pay the amount it would have cost us (typically 12% below retail).
"""

CORE["notice-2026-04-01-product-wording-refresh.md"] = """# Notice: 2026 Policy Wording Refresh
Date: 2026-04-01

New policy wordings for Home, Motor and Pet launched on 1 April 2026. Changes are plain-English rewrites only and do not change cover, limits or excesses. Wording references move from BW-HOME-2025 to BW-HOME-2026, BW-MOTOR-2026 and BW-PET-2026.

Handlers should quote the wording reference on the policy schedule when explaining a decision.
"""

CORE["claims-procedure-overview.md"] = f"""# Claims Procedures: Overview
Updated: 2026-09-15

Each claim type has its own procedure page. All claims follow the same core flow:

1. FNOL taken by contact centre or online; policy validated (in force, cover level, excesses at date of loss).
2. Initial reserve set using the *Claims Reserving Guide*.
3. Claim acknowledgement letter sent within 1 working day.
4. Handler makes first contact within 2 working days.
5. Validation, fraud indicator check, liability or cover decision.
6. Settlement, repair or decline, with a plain-English explanation.

Procedures: Escape of Water, Storm, Home Theft, Fire, Subsidence, Accidental Damage, Motor Accident, Motor Theft, Windscreen, Vet Fees.
"""

CORE["faq-storm-claims-contact-centre.md"] = f"""# FAQ: Storm Claims for Contact-Centre Staff
Updated: 2026-09-20

**Is my fence covered after the storm?** Not on its own. Fences, gates and hedges are not covered for storm damage under any home cover level.

**What is an emergency payment?** Under Storm Event Protocol (Version 3), a household whose home is uninhabitable after a declared event can receive {S3['emerg']} on the day. It is deducted from the final settlement.

**Do we send a loss adjuster?** Only for claims over {S3['adjuster_threshold']} during a declared event. Smaller claims are settled from photos and estimates.

**How quickly will a vulnerable customer hear back?** Within {S3['callback']} during a declared event.
"""

CORE["underwriting-guidelines-overview.md"] = """# Underwriting Guidelines Overview
Updated: 2026-02-02

Underwriting guidelines set who we insure and on what terms. They are used by the contact centre at quote and mid-term change, and by claims handlers when checking whether a misrepresentation affects a claim.

## Misrepresentation (CIDRA)
Under the Consumer Insurance (Disclosure and Representations) Act 2012, if a customer carelessly misrepresents, we apply the remedy that puts us where we would have been: if we would have charged more, pay proportionately; if we would have applied different terms, apply them; if we would not have insured, void and return premium. Deliberate or reckless misrepresentation: void and keep premium.

Individual guideline pages cover property construction, flood areas, vehicle modifications, driver age, pet breeds and pre-existing conditions.
"""

CORE["complaints-root-cause-report-q3-2026.md"] = f"""# Complaints Root Cause Report: Q3 2026
Date: 2026-10-20

| Root cause | Share of complaints |
|---|---|
| Claim delays (storm and escape of water) | 34% |
| Settlement amount disputed | 22% |
| Excess increase not understood | 14% |
| Repairer quality | 11% |
| Communication | 19% |

## Notes
- 92% of complaints were acknowledged within the new {COMPLAINTS['ack_days']} deadline in September 2026, up from 81% in August.
- Excess complaints relate mainly to the Home Essentials escape of water excess increase to {E['eow_excess']}.
- Repairer quality complaints about Hartcliffe Motor Body Ltd fell to zero after it left the network on {GARAGE_LEFT['date']}.
"""

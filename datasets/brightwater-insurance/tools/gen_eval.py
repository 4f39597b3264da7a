#!/usr/bin/env python3
"""Hand-written routing and QA items. Each rag/both item carries the corpus file(s) and the fact it needs
(also written to tools/label-notes.md). Run: python3 gen_eval.py"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
EV = os.path.join(HERE, "..", "eval")
CORP = os.path.join(HERE, "..", "corpus")

# (query, route, [sources], fact-that-must-be-in-source)
R = [
# ---------------- rag ----------------
("whats the EoW excess on Home Essentials now?", "rag", ["policy-home-essentials-escape-of-water.md"], "£450"),
("Motor Comp compulsory xs - still 250 or did it go up?", "rag", ["notice-2026-06-10-motor-compulsory-excess-change.md"], "£300"),
("Customer asking how much they pay for a new windscreen at one of our approved centres, comp policy renewed in Sept", "rag", ["policy-motor-comprehensive-windscreen.md"], "£120"),
("vet fee limit on pet lifetime for a policy that renewed 3 Oct 2026?", "rag", ["notice-2026-07-20-pet-lifetime-vet-fee-limit-increase.md"], "£10,000"),
("Home Plus personal possessions - single item limit?", "rag", ["policy-home-plus-personal-possessions.md"], "£2,500"),
("How many business days do we have to acknowledge a complaint these days", "rag", ["complaint-handling-procedure.md"], "3 business days"),
("During a declared storm event what's the most we can desk-settle without sending an adjuster?", "rag", ["storm-event-protocol-v3.md"], "£7,500"),
("Is Hartcliffe Motor Body in Bristol still on the approved list?", "rag", ["notice-2026-08-20-hartcliffe-motor-body-leaves-network.md"], "2026-08-31"),
("phone no for Kestrel Accident Repair Centre Leeds", "rag", ["garage-kestrel-accident-repair-centre-leeds.md"], "0113 496 0712"),
("Event code for Storm Arlo claims?", "rag", ["notice-2026-10-14-storm-arlo-event-declared.md"], "WX-2610-ARLO"),
("What surge level is Storm Bethan running at", "rag", ["notice-2026-11-18-storm-bethan-event-declared.md"], "Surge Level 2"),
("redress band C - how much is that", "rag", ["complaint-redress-and-compensation-guide.md"], "£300"),
("Initial reserve for a TP injury claim per the reserving guide?", "rag", ["claims-reserving-guide.md"], "£12,000"),
("cust wants to know how long she's got to send in her vet invoice after treatment", "rag", ["policy-pet-lifetime-claims-conditions.md"], "90 days"),
("Keyless car nicked off the drive - which excess applies on comp?", "rag", ["policy-motor-comprehensive-excesses.md"], "£500"),
("Trace and access limit on Premier?", "rag", ["policy-home-premier-escape-of-water.md"], "£10,000"),
("What wind speed counts as a storm for home claims", "rag", ["storm-definition-and-weather-evidence.md"], "55 mph"),
("FOS have asked for our file on a case - how long do we have to send it?", "rag", ["fos-escalation-rules.md"], "within 14 days"),
("Does the Bridge Bodyshop in Worcester do prestige cars?", "rag", ["garage-bridge-bodyshop-worcester.md"], "Prestige and luxury vehicles"),
("Can ClearPane Glass Nottingham recalibrate ADAS cameras on site or not", "rag", ["windscreen-centre-clearpane-glass-nottingham.md"], "sent to partner centre"),
("Wellbrook Animal Hospital Northampton - are they a referral centre?", "rag", ["vet-partner-wellbrook-animal-hospital-northampton.md"], "Referral centre (orthopaedics, oncology, imaging): yes"),
("grey import on a comp policy, is there an extra excess?", "rag", ["underwriting-imported-vehicles.md"], "£250 additional excess"),
("Up to what age can we take a dog on Pet Lifetime at inception", "rag", ["underwriting-pet-age-at-inception.md"], "8 years"),
("How much is the emergency payment for uninhabitable homes under the new storm protocol?", "rag", ["storm-event-protocol-v3.md"], "£500"),
("Pet Accident-only - what's the limit per accident", "rag", ["policy-pet-accident-only-vet-fees.md"], "£2,500"),
("how long can a Home Essentials house sit empty before EoW cover stops", "rag", ["policy-home-essentials-unoccupancy.md"], "30 days"),
("interest rate we add when we paid a settlement late through our own error?", "rag", ["complaint-redress-and-compensation-guide.md"], "8% a year"),
("Which repairer replaced Hartcliffe for Bristol jobs?", "rag", ["garage-hartcliffe-motor-body-ltd-bristol.md"], "Avonmouth Crash Repair Centre"),
("Are pet policies in scope of the GIPP price walking rules", "rag", ["regulatory-pricing-practices-gipp.md"], "not"),
("Drying contractor attendance target on an escape of water?", "rag", ["claims-service-standards.md"], "48 hours"),
# ---------------- both ----------------
("Ack letter for Mrs Penhale, EoW at her flat, claim BW-H-2026-40871, pol BWH5520913, DOL 21 Nov 2026, handler Joanna Birt. She's on Home Essentials - put her EoW excess in the steps and give her the home claims line.", "both",
 ["policy-home-essentials-escape-of-water.md", "claims-contact-numbers.md"], "£450 / 0345 600 7710"),
("Please draft the acknowledgement for a windscreen claim - Mr Obi, ref BW-M-2026-31144, policy BWM3378120 (Comprehensive, renewed Sept 26), stone chip cracked screen 25/11. Handler Sam Keogh. Include his replacement excess at an approved centre and the windscreen line number.", "both",
 ["policy-motor-comprehensive-windscreen.md", "claims-contact-numbers.md"], "£120 / 0345 600 7781"),
("ack ltr - Ms Rudd, rear-ended in Leeds 27/11, BW-M-2026-55902 / BWM6640218, handler me (Dev Anand). We're sending her car to Kestrel Accident Repair Centre, put their phone number in step 1", "both",
 ["garage-kestrel-accident-repair-centre-leeds.md"], "0113 496 0712"),
("File note for BW-H-2026-61230 pol BWH2287714: EoW, cylinder split in airing cupboard, water through to lounge ceiling, plumber fixed. no liab issue. Set the reserve at whatever the reserving guide says for EoW. Next: instruct drying.", "both",
 ["claims-reserving-guide.md"], "£4,500"),
("file note pls. claim BW-M-2026-70315, pol BWM9912004. PH hit cyclist at junction in Cardiff, cyclist taken to hospital with broken wrist. PH admits didnt see him. Liab: fault. need reserves for TP injury at the guide figure plus own damage guide figure", "both",
 ["claims-reserving-guide.md"], "£12,000 / £3,800"),
("Storm claim file note - BW-H-2026-88412, BWH7703321, roof tiles off in Keswick 17 Nov, PH elderly lives alone. Add the Bethan event code to the facts and reserve per the storm guide figure. Next action vulnerable callback.", "both",
 ["notice-2026-11-18-storm-bethan-event-declared.md", "claims-reserving-guide.md"], "WX-2611-BETHAN / £2,200"),
("Write the file note for BW-M-2026-44790 / BWM1205567. PH wants her car repaired at Hartcliffe Motor Body in Bristol as she's used them before; minor rear damage, non-fault, TP insurer accepted. Note in Next action whether we can still allocate to them and who to use instead, reserve £1,900", "both",
 ["notice-2026-08-20-hartcliffe-motor-body-leaves-network.md"], "2026-08-31 / Avonmouth Crash Repair Centre"),
("Need a final response letter. Mr Alcott, ref CR-610274, complaint received 2 Nov 2026 - we didn't acknowledge it until 6 Nov (4 business days later) and he's unhappy about that plus the storm claim delay. Uphold the ack point only if we breached our current acknowledgement deadline. Redress £50. From Helen Maxted.", "both",
 ["complaint-handling-procedure.md"], "3 business days"),
("FRL - Mrs Dacre CR-774120, rec'd 9 Sep 2026, EoW claim left her without a kitchen for 4 months, we lost the drying report twice. Upheld. Compensation at Band C of the redress guide - put the actual amount in. Signed Chris Ellery.", "both",
 ["complaint-redress-and-compensation-guide.md"], "£300"),
("Please write our final response to Mr Hussain (CR-558102, received 14 Oct 2026). We paid his theft settlement 6 weeks late because of our error. Uphold, pay £150 distress plus interest at our standard late-payment rate on £2,340 - state the rate in the letter. From Ana Ruiz.", "both",
 ["complaint-redress-and-compensation-guide.md"], "8% a year"),
("Customer complaint pasted below, need the final response - not upheld.\n\n\"My renewal letter said my escape of water excess went up and nobody explained it. It's a rip off. I'm on Home Essentials. - Mr P Greaves\"\n\nRef CR-901337, received 20 Nov 2026. Explain the old and new EoW excess figures and the date it changed. Sign off Lisa Carne.", "both",
 ["notice-2026-06-02-home-essentials-eow-excess-change.md"], "£350 -> £450, 1 July 2026"),
("Settlement calc BW-H-2026-50218 EoW, Home Essentials renewed Aug 26. Claimed: kitchen units £3,120, laminate £1,480, redecoration £760. Laminate 20% w&t, rest as claimed. Apply the current Essentials EoW excess.", "both",
 ["policy-home-essentials-escape-of-water.md"], "£450"),
("calc pls - BW-M-2026-33907 comp own damage, policy renewed Sep 2026, driver is 22. Bumper £1,140, tailgate £980, parking sensor £260 all agreed. Deduct compulsory plus the young driver xs (no voluntary)", "both",
 ["motor-cover-levels-comparison.md"], "£300 + £350"),
("Pet Lifetime cruciate claim, policy renewed 12 Sept 2026. Invoices: surgery £6,850, hospitalisation £1,900, X-rays £540, hydro £1,300. All treatment after renewal. Do the settlement table - cap at the annual vet fee limit and take the excess (£99), dog is 5 so no co-pay.", "both",
 ["policy-pet-lifetime-vet-fees.md"], "£10,000"),
("Settlement for BW-H-2026-62018 - Home Plus (renewed Sept 26) personal possessions, ring lost on holiday claimed £3,400, sunglasses £180. Apply the Plus single article limit for PP and the standard excess for Home Plus.", "both",
 ["policy-home-plus-personal-possessions.md", "home-cover-levels-comparison.md"], "£2,500 / £200"),
("windscreen settlement - BW-M-2026-71155, Comprehensive renewed Oct 2026, screen replaced at approved centre £685 incl calibration. do the table with the correct excess", "both",
 ["policy-motor-comprehensive-windscreen.md"], "£120"),
("BW-H-2026-81420 storm (Arlo), Home Plus. Roof £2,850, ceiling £640, fence £900 (excluded). We paid the emergency payment on the day - deduct it as a line after the excess using the amount in the v3 protocol, and use the Plus storm excess.", "both",
 ["storm-event-protocol-v3.md", "home-cover-levels-comparison.md"], "£500 / £200"),
("Accident-only pet claim BW-P-2026-10482: dog hit by car, vet bill £3,260 (surgery £2,400, consult £85, hospital £775). Need settlement table with the Accident-only limit and excess applied", "both",
 ["policy-pet-accident-only-vet-fees.md"], "£2,500 / £75"),
("settlement calc for keyless theft total loss, BW-M-2026-29930, Comprehensive, market value agreed £14,650, personal belongings claimed £420. Use the keyless theft excess and the belongings limit from the wording.", "both",
 ["policy-motor-comprehensive-fire-and-theft.md", "policy-motor-comprehensive-personal-belongings.md"], "£500 / £300"),
("Home Premier EoW: trace and access invoice £11,800, ceiling £2,200, flooring £3,900. Settlement table pls, cap trace & access at the Premier limit and use Premier EoW xs. BW-H-2026-47311", "both",
 ["policy-home-premier-escape-of-water.md"], "£10,000 / £250"),
("Ack letter: Mr and Mrs Fenwick, flooding from upstairs leak, BW-H-2026-93002, BWH4410962, DOL 28/11/26, handler Priti Das. Tell them in the steps how quickly the drying contractor should attend under our service standards.", "both",
 ["claims-service-standards.md"], "48 hours"),
("Can you do a file note for BW-P-2026-22871 (pol BWP6609124, Pet Lifetime): cat, 6, diabetes diagnosed 3 weeks ago, first claim. Reserve at the guide figure for vet fees. Next: request clinical history.", "both",
 ["claims-reserving-guide.md"], "£900"),
("Draft ack letter for Ms Kaur's car theft (BW-M-2026-60017, pol BWM8873310, stolen 26 Nov, handler Ollie Brandt) and in the steps tell her how long we wait for recovery before settling and the motor claims line", "both",
 ["claims-procedure-motor-theft.md", "claims-contact-numbers.md"], "21 days / 0345 600 7720"),
("FRL for Mr Bevan CR-660093 rec 1 Oct 2026 - storm claim declined for fence only. Not upheld. In 'what we found' quote the wind gust threshold from our storm definition. Signed Martin Ash.", "both",
 ["storm-definition-and-weather-evidence.md"], "55 mph"),
("file note: BW-M-2026-81120, BWM3321904, windscreen, large crack, Nottingham, booking ClearPane Glass Nottingham. Note whether they calibrate ADAS on site and any extra delay. Reserve per guide.", "both",
 ["windscreen-centre-clearpane-glass-nottingham.md", "claims-reserving-guide.md"], "adds 1 working day / £350"),
("Settlement table, BW-H-2026-39214 theft, Home Essentials: laptop £1,290, cash £600, watch £850. Cap the cash at the Essentials money limit; other items as claimed; standard Essentials excess.", "both",
 ["policy-home-essentials-contents.md", "home-cover-levels-comparison.md"], "£250 / £250"),
("ack letter for vet claim - Mrs Lowe, BW-P-2026-77410, pol BWP2238810, dog Skye, treatment 24 Nov at Wellbrook Animal Hospital Northampton (direct settlement), handler Ruth Amos. Include Wellbrook's phone in the steps + the pet claims line.", "both",
 ["vet-partner-wellbrook-animal-hospital-northampton.md", "claims-contact-numbers.md"], "01604 490298 / 0345 600 7730"),
("Final response: Ms Yeo CR-480921 recvd 3 Nov 2026, complained our storm team took 4 days to call her back during Storm Bethan though she's registered vulnerable. Uphold, £150. In what we found, cite the callback target for vulnerable customers under the current storm protocol. From Dana Pike", "both",
 ["storm-event-protocol-v3.md"], "24 hours"),
("File note pls: BW-M-2026-90214 / BWM5540127. PH wants a prestige repairer in Norwich for his Range Rover, rear quarter damage, non fault (TP reversed into him, admitted). Put Tamarind Bodyworks' number in the next action. Reserve £4,200", "both",
 ["garage-tamarind-bodyworks-norwich.md"], "01603 550 318"),
("Do the settlement calc for BW-P-2026-55127 Pet Lifetime, dog aged 9, policy renewed Sep 2026: consult £75, bloods £310, meds £190. Apply excess and the co-payment % for her age from the wording.", "both",
 ["policy-pet-lifetime-vet-fees.md"], "£99 / 20%"),
# ---------------- tuned ----------------
("Ack letter pls: Mr Goddard, EoW from dishwasher, claim BW-H-2026-31207, pol BWH1187342, DOL 19/11/26, handler Beth Rowe, tel 0345 600 7710, his xs is £450 per schedule.", "tuned", [], ""),
("settlement calc BW-H-2026-70881 storm. roof repair £2,240, guttering £310, shed felt £180. all agreed as claimed. xs £250", "tuned", [], ""),
("Can you write up a file note: BW-M-2026-12093, pol BWM7720118. PH parked outside school, TP van clipped wing mirror and drove off, witness got reg. Liab non-fault (TP untraced until DVLA check). Reserve £650. Next: DVLA keeper enquiry.", "tuned", [], ""),
("Final response letter needed. Mrs Oduya, ref CR-330917, received 30 Oct 2026. She says her laptop claim was delayed because we asked for the receipt three times. Partly upheld: receipt request was valid, repeating it wasn't. £75 for distress. From Kieran Holt.", "tuned", [], ""),
("calc for vet claim BW-P-2026-44019 - consult £68, x-ray £412, splint £230, meds £55. xs £99, no co pay, limit not an issue", "tuned", [], ""),
("ack ltr | Ms Firth | windscreen | BW-M-2026-62210 | BWM4471093 | dol 22 Nov 2026 | handler Tariq Noon | tel 0345 600 7781 | excess £120", "tuned", [], ""),
("File note for BW-H-2026-29931, pol BWH9912230, Home Premier. Peril theft - shed broken into, 2 bikes and strimmer gone, CRN WY8812301. Reserve £3,000. Next action: ask for bike receipts. No liability issue.", "tuned", [], ""),
("Pls do settlement for BW-M-2026-58104, own damage. Front bumper £890 agreed, headlamp £420 agreed, bonnet £760 reduced to £640 per engineer. Total excess to take is £650 (300 compulsory + 350 young driver).", "tuned", [], ""),
("Pasted from cust:\n\"You wrote off my car and offered £6,200. Autotrader has the same car for £7,000. Not acceptable.\" - Mr L Barnes\n\nWrite our final response. Ref CR-771304, received 12 Nov 2026. Not upheld - our valuation used three trade guides averaging £6,250 and we've since added £50 so offer is £6,250. No comp. From Sophie Welland.", "tuned", [], ""),
("need an acknowledgement for Mrs Pryce - her dog Bramble had emergency surgery 23 Nov. claim BW-P-2026-88231, pol BWP5520391, I'm Grace Ennis the handler. Pet claims line 0345 600 7730.", "tuned", [], ""),
("file note - claim BW-H-2026-77302 pol BWH4092215 EoW\nfacts: shower tray seal failed, slow leak, PH noticed stain on kitchen ceiling below, unknown duration\nliab n/a\nres £1,800\nnext: gradual leak query - ask plumber for report", "tuned", [], ""),
("Settlement table please. Claim BW-H-2026-64410, Home Plus theft. Ring £3,100 (capped at single article limit £2,500), bike £640 as claimed, headphones £220 less 10% w&t. Excess £200.", "tuned", [], ""),
("What does FNOL stand for? new starter asking", "tuned", [], ""),
("FRL: Mr Quinn CR-202291 rec 17 Oct 2026 re repair quality - repairer left a scratch on the door when fixing the bumper. Upheld, repairer to redo at no cost, £100 D&I. From Nadia Ferris", "tuned", [], ""),
("ack letter for Mr & Mrs Singh please, storm damage to roof 18/11/26, ref BW-H-2026-84011, policy BWH3310287, handler Will Barton. Number to call: 0345 600 7710. Roofer Castleview Roofing will ring them (01228 559021).", "tuned", [], ""),
("Do a settlement calc: EoW, BW-H-2026-15520. Ceiling £1,350, carpet £920 (30% w&t - 3 yrs old), decorating £610. Excess £350.", "tuned", [], ""),
("claim file note pls BW-M-2026-40022 / BWM2208871 - PH hit a deer on the A39 at night, front end damage, no TP. Liability: fault claim (no TP to recover from). reserve £3,800. next: engineer inspection", "tuned", [], ""),
("In plain terms, what's the difference between an excess and a co-payment on pet insurance? customer confused", "tuned", [], ""),
("Final response please - Ms Ashby, CR-118342, received 5 Nov 2026. Complaint: windscreen fitter no-showed twice. Upheld. Refund her £35 day off costs and £75 D&I. Letter from Rob Ince.", "tuned", [], ""),
("Need acknowledgement letter. Claim BW-H-2026-50332, Dr Kelleher, accidental damage - red wine on new sofa, DOL 20 Nov 2026, pol BWH7721900, handler Amy Sugden. Dont have the phone number to hand, just leave a gap for it.", "tuned", [], ""),
("calc: BW-P-2026-31190, cat 11 yrs. Vet fees £1,240 total (one line). Excess £99 then 20% co-pay on the remainder. Show it in the table.", "tuned", [], ""),
("File note. BW-H-2026-13371, BWH6650020, subsidence, cracks above bay window, house built 1932 on clay, trees 4m from front wall. Liab n/a. Reserve £15,000. Next - appoint subsidence adjuster.", "tuned", [], ""),
("what's 'betterment' mean in a settlement context? quick definition", "tuned", [], ""),
("FRL: cust (Mr Eze, CR-556610, rec 19 Nov 2026) unhappy we declined his claim for a leaking washing machine because the machine itself isnt covered, only the water damage. Not upheld - we paid the floor damage, the appliance repair isn't covered under EoW wording. No redress. Signed Jo Harker", "tuned", [], ""),
("Settle BW-M-2026-87310 windscreen: replacement £590 at approved centre, calibration £0 (included). xs £120. table please", "tuned", [], ""),
("ack letter for Ms Doyle, car theft overnight 25/11/26, BW-M-2026-73021, BWM1902276, handler Kath Owusu. motor line 0345 600 7720. In the steps say we wait 21 days for police recovery before valuing.", "tuned", [], ""),
("file note: BW-P-2026-61102 pol BWP3378291 vet fees - spaniel ate chocolate, induced vomiting at OOH vet 24 Nov, £480. No prior history. reserve £500. next: await invoice", "tuned", [], ""),
("FRL - Mrs Nkemelu, CR-883019, received 26 Oct 2026. EoW claim: she says we were slow to pay her alternative accommodation. Partly upheld - hotel costs paid 12 days late, but the amount was right. Pay £150 D&I plus £18.40 interest. From Omar Salik.", "tuned", [], ""),
("Settlement calculation needed - storm claim BW-H-2026-92101. Claimed: chimney pot £480, ridge tiles £1,120, fence £650 (not covered for storm), greenhouse glass £210. Excess £100.", "tuned", [], ""),
("Turn this into a file note:\nBW-M-2026-66013 BWM4410871\ncarpark bump, TP says PH reversed into her, PH says TP drove into him while he was stationary. no witnesses, no cctv\nliab - 50/50 likely\nres OD £1,400, TP £1,100\nnext - write to TP insurer proposing split", "tuned", [], ""),
]

assert sum(1 for r in R if r[1] == "rag") == 30, sum(1 for r in R if r[1] == "rag")
assert sum(1 for r in R if r[1] == "both") == 30, sum(1 for r in R if r[1] == "both")
assert sum(1 for r in R if r[1] == "tuned") == 30, sum(1 for r in R if r[1] == "tuned")

# QA items: (question, answer-verbatim-in-corpus, sources, route)
QA = [
("What is the Home Essentials escape of water excess for a policy renewed in August 2026?", "£450", ["policy-home-essentials-escape-of-water.md"], "rag"),
("What was the Home Essentials escape of water excess before 1 July 2026?", "£350", ["notice-2026-06-02-home-essentials-eow-excess-change.md"], "rag"),
("What is the compulsory excess on Motor Comprehensive from 1 July 2026?", "£300", ["policy-motor-comprehensive-excesses.md"], "rag"),
("What is the windscreen replacement excess at an approved centre after 1 August 2026?", "£120", ["notice-2026-06-24-windscreen-excess-change.md"], "rag"),
("What is the Pet Lifetime vet fee limit for a policy renewing on 1 October 2026?", "£10,000", ["policy-pet-lifetime-vet-fees.md"], "rag"),
("Within how many business days must a complaint be acknowledged from 1 August 2026?", "3 business days", ["complaint-handling-procedure.md"], "rag"),
("What was the complaint acknowledgement deadline before August 2026?", "5 business days", ["notice-2026-07-15-complaint-acknowledgement-deadline.md"], "rag"),
("What claims volume triggers Surge Level 1 under Storm Event Protocol Version 3?", "800 weather-related claims in 48 hours", ["storm-event-protocol-v3.md"], "rag"),
("What was the desk-based settlement limit under Storm Event Protocol Version 2?", "£5,000", ["storm-event-protocol-v2-archived.md"], "rag"),
("On what date did Hartcliffe Motor Body Ltd leave the approved repairer network?", "2026-08-31", ["notice-2026-08-20-hartcliffe-motor-body-leaves-network.md"], "rag"),
("When did Tamarind Bodyworks join the network?", "2026-10-01", ["notice-2026-10-01-tamarind-bodyworks-joins-network.md"], "rag"),
("What is the phone number of Kestrel Accident Repair Centre?", "0113 496 0712", ["notice-2026-09-07-kestrel-accident-repair-joins-network.md"], "rag"),
("What is the Home Plus personal possessions single article limit from August 2026?", "£2,500", ["notice-2026-07-01-home-plus-personal-possessions-limit.md"], "rag"),
("What is the initial reserve for an escape of water claim?", "£4,500", ["claims-reserving-guide.md"], "rag"),
("What event code is used for Storm Bethan claims?", "WX-2611-BETHAN", ["notice-2026-11-18-storm-bethan-event-declared.md"], "rag"),
("How many home claims did Storm Corran generate in 72 hours?", "3,140", ["incident-report-2026-02-storm-corran-surge-review.md"], "rag"),
("What is the Band D compensation award for distress and inconvenience?", "£750", ["complaint-redress-and-compensation-guide.md"], "rag"),
("What is the young driver additional excess on Motor Comprehensive?", "£350", ["motor-cover-levels-comparison.md"], "rag"),
("What is the excess on Pet Accident-only?", "£75", ["pet-cover-levels-comparison.md"], "rag"),
("What is the home emergency helpline number?", "0345 600 7744", ["claims-contact-numbers.md"], "rag"),
("Draft a settlement calculation for a Home Essentials escape of water claim: ceiling £1,800 and flooring £1,200 both agreed; apply the current Essentials escape of water excess.", "£450", ["policy-home-essentials-escape-of-water.md"], "both"),
("Write an acknowledgement letter for a motor accident claim going to Kestrel Accident Repair Centre, giving the repairer's phone number in the steps. Claim BW-M-2026-11802, Mr Roe, handler Lyn Carr.", "0113 496 0712", ["garage-kestrel-accident-repair-centre-leeds.md"], "both"),
("Write a file note for a new Motor Comprehensive windscreen claim, BW-M-2026-44120, reserving at the reserving guide's windscreen figure.", "£350", ["claims-reserving-guide.md"], "both"),
("Draft a final response letter upholding Ms Hale's complaint (CR-300118) about a months-long EoW delay, with compensation at Band C of the redress guide.", "£300", ["complaint-redress-and-compensation-guide.md"], "both"),
("Settlement calculation for a Pet Lifetime claim renewed in September 2026 with invoices totalling £11,400: cap at the annual vet fee limit, excess £99.", "£10,000", ["policy-pet-lifetime-vet-fees.md"], "both"),
("Settlement calc for BW-H-2026-20011: sofa £1,400 agreed, rug £300 agreed, excess £350. What is the net payable?", "£1,350", [], "tuned"),
("File note for BW-M-2026-30771: PH rear-ended at lights, TP admitted fault; reserve £2,100; next action send claim to TP insurer. What goes in the Liability view field?", "Non-fault", [], "tuned"),
("Acknowledgement letter for Mrs Tilly Brooks, claim BW-H-2026-55410, storm, handler Jon Pryor, tel 0345 555 0101 — which phone number goes in the letter?", "0345 555 0101", [], "tuned"),
("Final response letter for CR-409981 (Mr Dunn), partly upheld, £125 for distress and inconvenience. What amount is offered in Putting things right?", "£125", [], "tuned"),
("Settlement table for a windscreen claim: replacement £540 agreed, excess £120. Net payable?", "£420", [], "tuned"),
]
assert sum(1 for q in QA if q[3] == "rag") == 20 and sum(1 for q in QA if q[3] == "both") == 5 and sum(1 for q in QA if q[3] == "tuned") == 5

# verify sources exist and contain the fact(s)
problems = []
def check(srcs, fact):
    txt = "".join(open(os.path.join(CORP, s)).read() for s in srcs)
    for part in [p.strip() for p in fact.replace("->", "/").replace("+", "/").replace(";", "/").split("/") if p.strip()]:
        probe = part.split(", ")[0]
        if probe not in txt:
            problems.append((srcs, probe))
for q, route, srcs, fact in R:
    if route != "tuned":
        for s in srcs:
            if not os.path.exists(os.path.join(CORP, s)):
                problems.append(("missing", s))
        check(srcs, fact)
for q, ans, srcs, route in QA:
    if route != "tuned":
        check(srcs, ans)
print("problems:", problems)

random.seed(11)
rows = [{"query": q, "route": r} for q, r, _, _ in R]
random.shuffle(rows)
with open(os.path.join(EV, "routing.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(EV, "qa.jsonl"), "w") as f:
    for q, a, s, r in QA:
        f.write(json.dumps({"question": q, "answer": a, "sources": [f"corpus/{x}" for x in s], "route": r}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "label-notes.md"), "w") as f:
    f.write("# Label notes (private)\n\nWhich corpus document answers each rag/both routing query, and the needed fact.\n\n")
    for q, r, s, fact in R:
        if r != "tuned":
            f.write(f"- [{r}] {q.splitlines()[0][:110]}\n  - source: {', '.join(s)}\n  - fact: {fact}\n")
    f.write("\nTuned queries give every fact in the request (names, refs, excess, reserve, phone), or are general knowledge (FNOL, betterment, excess vs co-payment).\n")

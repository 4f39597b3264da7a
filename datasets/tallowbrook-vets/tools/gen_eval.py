#!/usr/bin/env python3
"""Write eval/routing.jsonl and eval/qa.jsonl; verify every rag/both fact string exists in its source doc;
write tools/label-notes.md."""
import json, os, random
BASE = os.path.join(os.path.dirname(__file__), "..")
C = lambda f: open(os.path.join(BASE, "corpus", f)).read()

# (query, route, source doc or None, fact string that must appear in the doc)
ROUTING = [
# ---------------- rag
("what time does marhaven shut on a thursday now?", "rag", "clinic-marhaven-opening-hours.md", "| Thursday | 08:30-20:00 |"),
("Who do we divert small-animal OOH calls to these days, and what's their number?", "rag", "out-of-hours-emergency-care.md", "01632 960777"),
("How much is a dog booster at Tallowbrook now", "rag", "price-list-vaccinations.md", "| Dog annual booster (including health check) | £62.00 |"),
("kelsby clinic new address pls, sat nav keeps sending me to market st", "rag", "clinic-kelsby.md", "Unit 3, Kelsby Gate Retail Park, Ferry Road, Kelsby WN2 9TX"),
("Care Club Complete for a cat - monthly cost?", "rag", "care-club-complete.md", "cat £20.00"),
("can rabbits go on the care club and if so how much is the cheapest tier", "rag", "care-club-overview.md", "| Essential | £16.75 | £14.25 | £9.50 |"),
("Under the current dog protocol, at what age is the second puppy injection given?", "rag", "vaccination-protocol-dogs.md", "Second injection at 12 weeks"),
("Thyrexa 5mg still unavailable? what are we subbing with", "rag", "notice-2026-08-20-thyrexa-shortage.md", "Methisol 5 mg/ml oral solution"),
("When do the manufacturers expect Thyrexa 5 mg tablets back?", "rag", "notice-2026-08-20-thyrexa-shortage.md", "January 2027"),
("who is the clinical director of the group at the moment", "rag", "group-overview.md", "Clinical Director: Dr Owen Trethewey"),
("Dr Lakhani's left Kelsby hasn't she - who's lead vet there now?", "rag", "notice-2026-08-03-kelsby-lead-vet-change.md", "Dr Tomasz Wren will become lead vet at Kelsby"),
("cost of the L4 conversion dose?", "rag", "vaccination-protocol-dogs.md", "costs £32.00"),
("TB test per head price since August", "rag", "faq-farm-tb-testing.md", "£4.60 per head"),
("What does Brightwater charge for a consult between 11pm and 8am?", "rag", "out-of-hours-emergency-care.md", "| Night (23:00-08:00) | £215 |"),
("ref range for total T4 in cats on our analyser", "rag", "lab-total-t4-cat.md", "10-55 nmol/L"),
("How many clients got the duplicate reminder texts after the system change?", "rag", "incident-report-ir-2026-014-duplicate-reminders.md", "3,412 clients"),
("On what date did Pawtrack Cloud go live across the clinics?", "rag", "pms-migration-overview.md", "On **28 September 2026** all six clinics moved"),
("how much notice do you need for repeat prescriptions now", "rag", "policy-repeat-prescriptions.md", "**48 hours** notice"),
("Is Orrin Cross open on a Saturday morning?", "rag", "clinic-orrin-cross-opening-hours.md", "| Saturday | Closed |"),
("Do owners pay for post-op checks after surgery?", "rag", "policy-discharge-communication-standard.md", "post-operative checks at 2-3 days and 10-14 days after surgery are free of charge"),
("which referral service do we use for echo, and when do they run their clinic at Central?", "rag", "referral-centre-northmoor-cardiology-service.md", "first Tuesday of each month"),
("Number for the farm on-call vet? Got a cow down", "rag", "farm-services-overview.md", "Farm on-call vet: 01632 480199"),
("price for spaying a 15kg bitch", "rag", "price-list-neutering.md", "| Dog spay, under 20 kg | £425.00 |"),
("Who is eligible for Senior Complete?", "rag", "care-club-senior-complete.md", "dogs aged 8 years or over and cats aged 10 years or over"),
("Meloxan dog dose per the group formulary?", "rag", "drug-meloxan.md", "0.1 mg/kg after a 0.2 mg/kg loading dose (dogs)"),
("Trilocure monitoring schedule - when are the ACTH stims due after starting?", "rag", "drug-trilocure.md", "10 days, 4 weeks and 12 weeks"),
("what happened with the marhaven vaccine fridge in august, how many animals needed revaccinating", "rag", "incident-report-ir-2026-009-marhaven-vaccine-fridge.md", "19 animals vaccinated"),
("can Dunstow do our TB test on a Saturday?", "rag", "notice-2026-06-22-welcome-dr-rhodri-pask.md", "Dunstow now offers TB testing on Saturdays by arrangement"),
("When should ewes get their clostridial booster relative to lambing?", "rag", "vaccination-protocol-sheep.md", "annual booster 4-6 weeks before lambing"),
("individual cremation price, small dog under 10kg?", "rag", "policy-euthanasia-and-aftercare.md", "Individual cremation with casket (up to 10 kg): £229.00"),
# ---------------- both
("Discharge sheet pls: Nala, DSH FN 3.8kg, spay today at Kelsby, Dr Wren. Meloxicam 0.5mg/ml 0.38ml SID x3d on food. Cone 10 days, keep indoors, small meal tonight. Red flags: wound swelling/discharge, not eating by tomorrow pm. Put our OOH provider's name and number at the bottom.", "both", "out-of-hours-emergency-care.md", "01632 960777"),
("Rolo, Staffie X MN 24kg, lumpectomy L flank, carprofen 100mg SID x5d. Lead walks, cone. Write the discharge instructions and set out the post-op check schedule from our discharge standard, incl whether owner pays for them", "both", "policy-discharge-communication-standard.md", "post-operative checks at 2-3 days and 10-14 days after surgery are free of charge"),
("Go-home instructions for Whiskers (14y DSH, hyperthyroid), switching from Thyrexa 5 mg BID to the liquid we're using during the shortage, same mg dose. Tell the owner the volume to give and what recheck we offer.", "both", "notice-2026-08-20-thyrexa-shortage.md", "5 mg twice daily becomes 1 ml twice daily"),
("discharge instructions for Hazel (rabbit, 1.9kg) - neutered today at Central for Orrin Cross. meloxicam 1.5mg/ml 0.4ml SID 4 days, critical care 10ml TID. Let the owner know where her post-op checks can happen", "both", "guide-orrin-cross-surgical-pathway.md", "Post-operative checks can be done back at Orrin Cross"),
("Write aftercare instructions for Mr Hext's Texel ewe after today's caesarean at Dunstow: oxytet LA 20mg/kg repeat in 72h, keep her penned with the twins, watch for straining/off feed. Add the farm emergency line.", "both", "farm-services-overview.md", "01632 480199"),
("Monty, mini dachshund, IVDD grade 2, strict crate rest 4 wks, Gabanora 100mg BID, Carprocare 20mg SID. Please do the discharge sheet and include the formulary warning about the human gabapentin liquid", "both", "drug-gabanora.md", "may contain xylitol"),
("Pepper had a grade 2 dental with 3 extractions today (Marhaven, Dr Rowe). Soft food 7 days, buprenorphine buccal 0.1ml q8h 2d. Discharge please, and tell the owner when we'll send the dental recheck reminder under our recall rules.", "both", "client-reminders-and-recalls-standard.md", "6 months after a dental procedure"),
("Referral letter to the cardiology service we use for Oscar, 10y CKCS MN 9kg, grade IV/VI L apical murmur, RRR 36, NT-proBNP high, on nothing yet. Put the centre's address in the To line", "both", "referral-centre-northmoor-cardiology-service.md", "Northmoor Business Centre, Northmoor NM5 8QQ"),
("Can you draft the TPLO referral for Bella (Lab FN 6y 31kg, R CrCL rupture, +ve drawer, rads show effusion, on Carprocare 100mg SID) to Severnside - addressed to their orthopaedic surgeon, can't remember his name", "both", "referral-centre-severnside-veterinary-referrals.md", "Mr Julian Aske (orthopaedics)"),
("Referral to our usual eye clinic for Daisy (Cocker FN 11y): bilateral cataracts, diabetic on Insuvet 6IU BID, fructosamine 388. Include the ophthalmologist's name and the clinic phone", "both", "referral-centre-fenwold-animal-eye-clinic.md", "01632 970220"),
("Archie (Westie MN 5y) chronic atopic dermatitis, poor response to Itchaway, recurrent otitis. Letter to Wendmoor Skin and Ear Referrals please, address it to the dermatologist there", "both", "referral-centre-wendmoor-skin-and-ear-referrals.md", "Dr Maya Esterhuizen"),
("cat lymphoma referral - Smudge 12y FN, FNA large cell lymphoma jejunum, pred 1mg/kg SID. Send to Castlegate's oncologist, letter in our usual format", "both", "referral-centre-castlegate-oncology-referrals.md", "Dr Laurence Pike"),
("Neuro referral for Toffee (dachshund MN 6y 7kg), non-ambulatory paraparesis, deep pain +, T13-L1 pain. To Dr Iverson - need Severnside's phone and address in the header", "both", "referral-centre-severnside-veterinary-referrals.md", "Carrow Park, Severnside SV3 7PL"),
("Referral letter for Pickle (Border Terrier F 8y) from me at Kelsby (Dr Wren) to Castlegate Oncology for a mast cell tumour grade II. Please put Kelsby's current address and phone in the From line", "both", "clinic-kelsby.md", "Unit 3, Kelsby Gate Retail Park, Ferry Road, Kelsby WN2 9TX"),
("Write a referral to Westmarch for Mr Gilbey's Limousin bull, chronic hind lameness R, suspected septic pedal joint, not responding to oxytet + flunix. Include the hospital's phone number", "both", "referral-centre-westmarch-equine-and-farm-hospital.md", "01632 970660"),
("booster reminder for Luna (dog) at Marhaven, due 3 Dec - mention our late Thursday and the Saturday hours so the owner knows they can come after work", "both", "clinic-marhaven-opening-hours.md", "| Saturday | 09:00-16:00 |"),
("Care Club renewal message for Mrs Abbott's cat Poppy, on Complete, renews 1 Jan - include the current monthly price in the email", "both", "care-club-complete.md", "cat £20.00"),
("Recall message for Max (lab), last lepto 2025-06-20, now 5 months overdue - explain what he'll need under our current protocol", "both", "vaccination-protocol-dogs.md", "more than 3 months overdue for leptospirosis restart with two doses 4 weeks apart"),
("Can u write the reminder for Biscuit's 2nd puppy jab? 1st was 2 Nov 2026 at 8 wks. Work out when the 2nd is due under the new protocol", "both", "vaccination-protocol-dogs.md", "Second injection at 12 weeks"),
("Reminder email + SMS for dogs coming up to their first booster since we switched to L4: explain why they need an extra injection and what the extra one costs", "both", "vaccination-protocol-dogs.md", "costs £32.00"),
("kennel cough reminder for Bramble, going to kennels 20 Dec. Include the price and how far ahead it has to be given", "both", "vaccination-protocol-dogs.md", "Kennel cough (Tussivax IN, intranasal) yearly if going to kennels, daycare or classes: £41.00; give at least 3 weeks before kennels"),
("Reminder for Clover the rabbit's annual vaccination, due 14 Jan. Name the vaccine we use and put the price in the email", "both", "vaccination-protocol-rabbits.md", "Price with health check: £59.00"),
("Teddy had his dental on 12 Nov 2026. Set up the dental recall message at the standard interval and give the date it'll go out", "both", "client-reminders-and-recalls-standard.md", "6 months after a dental procedure"),
("Email inviting the owner of Jasper (9y Lab, on Care Club Essential) to move up to Senior Complete - include the monthly price and what's in it", "both", "care-club-senior-complete.md", "Dog £29.00"),
("We need a reminder template for Kelsby clients due boosters in December that gives the new address and the new Saturday opening hours", "both", "clinic-kelsby-opening-hours.md", "| Saturday | 09:00-15:00 |"),
("Farm reminder: Mr Gilbey's herd TB test due 15 Jan, 86 head. Include the per-head price and the visit charge so he can budget", "both", "faq-farm-tb-testing.md", "£4.60 per head plus the farm visit charge of £42.00"),
("Explain Tiger's T4 result to the owner: 48 nmol/L, he's on methimazole 2.5mg BID. Say whether that's where we want it on treatment using our lab's target", "both", "lab-total-t4-cat.md", "the target is the lower half of the range (15-30 nmol/L)"),
("owner wants to understand Bella's spec cPL of 310 ug/L - write the plain-English explanation with our lab's ranges", "both", "lab-canine-pancreatic-lipase-dog.md", "200-400 grey zone"),
("Plain English explanation for Mrs Doyle: her cat Sooty's UPC came back 0.35. Use our in-house interpretation bands", "both", "lab-urine-protein-creatinine-ratio-upc-cat.md", "below 0.2 (borderline 0.2-0.4)"),
("Can you explain Rufus's phenobarb level (58 umol/L, trough) for his owner, compared with the range we aim for", "both", "lab-phenobarbital-serum-level-dog.md", "therapeutic range 65-130 umol/L (group target 75-110)"),
# ---------------- tuned
("Discharge instructions please. Biscuit, DSH MN 5.1kg, castrated today. Meloxicam 0.5mg/ml 0.5ml SID x2d with food. Indoors 48h, normal food tonight (small amount). Call if scrotal swelling, bleeding, not eating by tomorrow. No check needed unless worried. Clinic: Tallowbrook Central 01632 480100. OOH Brightwater Emergency Vets 01632 960777. Vet Dr Grace Okonjo.", "tuned", None, None),
("dc sheet - Luna, Lab F 27kg, 2 day stay for HGE, now eating. Maropitant 60mg SID x2 more days, GI diet 4 small meals/day x3d then wean back over 3d. RF: vomiting >2x/day, blood in stool, lethargy. Phone update with nurse in 2 days. Clinic Marhaven 01632 480400, OOH 01632 960777", "tuned", None, None),
("my cat Mochi had a tooth out today and the vet said she'd write instructions but she ran out of time - can you turn her scribbles into something I can follow? 'soft food 7d, meloxicam 0.4ml SID x3d on food, recheck 7-10d, call 01999 204411 if not eating >24h or face swelling'", "tuned", None, None),
("Please write discharge instructions from these notes:\n- Patient: Kiwi, Cockapoo FN, 9.2kg\n- Procedure: grass seed removed from L ear under sedation\n- Meds: Otiflex 1 tube L ear applied in clinic, 2nd dose in clinic in 7 days\n- Home: no swimming, no ear cleaning for 7 days\n- Red flags: head tilt, circling, marked head shaking\n- Clinic: Dunstow, 01632 480500, Dr Ieuan Probert\n- OOH: Brightwater 01632 960777", "tuned", None, None),
("discharge for a ferret pls - Loki, MN 1.1kg, deslorelin implant placed today under GA. No meds home. Keep quiet 24h, offer food tonight. Call if implant site swollen or not eating by morning. Clinic Marhaven 01632 480400.", "tuned", None, None),
("Write owner discharge notes: Dexter, Boxer MN 32kg, corneal ulcer R eye superficial. Chloramphenicol eye ointment TID x7d, meloxicam 1.5mg/ml 2.1ml SID x5d, buster collar at all times. Recheck with fluorescein in 5 days. If eye looks cloudier or he's squinting more, call 01999 318020.", "tuned", None, None),
("Dr Cardew here - need a go-home sheet for a ewe lamb we treated for watery mouth at Ashcombe Ferrers: oral amoxicillin 1 tablet SID 3d, tubed colostrum 50ml/kg, keep warm under lamp. Watch for bloating, weakness. Farm line 01632 480199.", "tuned", None, None),
("Referral letter to Dr Hana Iverson at Severnside Veterinary Referrals (Carrow Park, Severnside SV3 7PL): Moose, Lab MN 9y 36kg, 3 generalised seizures in 24h, first ever, normal interictal, bloods incl bile acids normal, loaded with levetiracetam 60mg/kg then 20mg/kg TID. Qs: MRI + CSF? From Dr Samuel Fenwick, Tallowbrook Central, 01632 480100. Insured, pre-auth requested.", "tuned", None, None),
("Please draft a referral: to Dr Ruth Calloway, Fenwold Animal Eye Clinic. Patient Olive, Pug FN 4y 8kg, non-healing corneal ulcer L eye 3 weeks, indolent appearance, debrided x1, on chloramphenicol TID. Question: keratotomy or contact lens? Owner Ms Treadwell. Me: Dr Elspeth Rowe, Marhaven, 01632 480400.", "tuned", None, None),
("can u write up a referral - Sprout JRT MN 11y 8kg, haematuria + stranguria 6 wks, US shows 2cm bladder mass at trigone, urine cytology atypical transitional cells. On meloxicam 0.1mg/kg SID. Going to Dr Martin Oyelaran, Kestrel Oncology. Qs: cystoscopy/biopsy, treatment options. From Dr Hamish Tully, Ravensike Vets", "tuned", None, None),
("Referral letter, dermatology. To: Dr Paula Venn, Moorgate Skin Clinic. Winnie, lurcher FN 6y 24kg, symmetrical alopecia flanks 5 months, T4 normal, TSH normal, skin scrapes/trichograms neg, no itch. Qs: biopsies? ?seasonal flank alopecia. From Dr Colette Fraine, Hollowmere Vets 01999 204411, 12 Nov 2026.", "tuned", None, None),
("Write a referral letter to Dr Sunita Kerr, Brackenridge Cardiology, for Noodle (Maine Coon MN 3y 6.8kg): gallop + grade II murmur at vaccination, RR 24 at home, NT-proBNP 210 pmol/L. No meds. Owner Mr Okafor, insured. Vet Dr Anil Varma, Starling Road Vets, 01999 413377.", "tuned", None, None),
("farm referral pls: to Dr Imogen Thorne, Westmarch Equine and Farm Hospital. Holstein heifer, 20 months, umbilical hernia 8cm reducible, otherwise well. Owner Mr Pennock. Want surgical repair before she goes to the bull. From Dr Angus Merriott, Ashcombe Ferrers 01632 480200.", "tuned", None, None),
("Reminder for Mrs Hollis: her dog Pickle's annual booster is due 9 January 2027. Clinic is Orrin Cross, 01632 480600. She can book in the Pawtrack Pet Portal. Booster price £62.00. SMS and email please.", "tuned", None, None),
("Need SMS + email: Marmite (cat) due his 6-monthly senior check 20 Jan 2027, owner Mr Pennock, clinic Starling Road Vets 01999 413377.", "tuned", None, None),
("health plan renewal reminder - Kiwi the cockapoo, plan renews 1 Feb 2027 at £23.50/month, owner Ms Ferreira, Kelsby clinic 01632 480300", "tuned", None, None),
("Recall: Thumper (rabbit) vaccine overdue since 3 Sept 2026. Owner Mr Yardley. Clinic Marhaven 01632 480400. Lapivac Duo £59.00. Mention RHD2 risk for indoor rabbits.", "tuned", None, None),
("Could you write a medication review reminder for Bea (golden retriever) - her carprofen script expires 30 Nov 2026 and she needs to see the vet first. Owner Mrs Doyle-Hart, Tallowbrook Central 01632 480100, can also book online", "tuned", None, None),
("dental recheck reminder: Cleo (Siamese) due 15 Dec 2026, owner Miss Carrick, Colbeck Lane Surgery 01999 660092, price £37.00", "tuned", None, None),
("kennel cough reminder for Nell - kennels booked 2 Jan 2027 so jab needed by 12 Dec. Price £41.00. Dunstow, 01632 480500. Owner Mrs Bastable", "tuned", None, None),
("Reminder msg for a sheep flock: Mr Hext's ewes due Clostrivax 8 booster w/c 9 Feb 2027 (4-6 wks pre-lambing), 240 ewes, Dunstow 01632 480500, Dr Rhodri Pask to do it", "tuned", None, None),
("Explain these results for the owner: Pumpkin (cat, 13y) senior screen. Creatinine 165 (ref 71-177), SDMA 16 (ref 0-14), USG 1.028 (ref >1.035), BP 145. Vet's view: early kidney changes, IRIS stage 1-2 borderline; recheck in 3 months, consider renal diet. Vet Dr Naomi Sallis.", "tuned", None, None),
("my dog Brodie had bloods before his op and the vet wrote 'ALT 310 (10-125), ALKP 180 (23-212), rest WNL - mild ALT rise, ok to proceed, recheck ALT in 4 wks'. what does that actually mean?? is he ok?", "tuned", None, None),
("pls write the owner explanation: Ivy (Bengal FN 7y) fructosamine 560 (190-365), glucose 22.1 (4.0-9.0). Impression: poorly controlled diabetes on current insulin. Plan: increase insulin from 2IU to 2.5IU BID, glucose curve in 1 week.", "tuned", None, None),
("Owner explanation needed - Peanut (Chihuahua FN 12y) bile acids pre 8, post 62 (ref pre <10, post <25). Vet thinks reduced liver function, ?shunt vs microvascular dysplasia. Next: abdominal ultrasound. Dr Kasia Brandt.", "tuned", None, None),
("Faecal egg count results for Mr Hext's lambs: group A 850 epg, group B 200 epg. Our vet says treat group A only with a white drench and repeat FEC 14 days later to check it worked. Write that up in plain English for the farmer.", "tuned", None, None),
("results explanation for owner - Toffee (dachshund) post-ACTH cortisol 210 nmol/L on trilostane 30mg SID, target 40-150. Vet: dose slightly low, increase to 40mg SID, retest in 10 days.", "tuned", None, None),
("What's the difference between SID, BID and q8h when I'm writing instructions for owners?", "tuned", None, None),
("In plain words, what does a 'grade III/VI heart murmur' mean for a client?", "tuned", None, None),
("Can you reword this for an owner: 'Pt BAR, MMs pink, CRT <2s, T 38.6, abdo palp NAD, mild dental tartar'?", "tuned", None, None),
]

QA = [
("What does Brightwater Emergency Vets charge for a weekday evening consultation?", "£165", ["corpus/out-of-hours-emergency-care.md"], "rag"),
("What are Kelsby's Saturday opening hours at the new premises?", "09:00-15:00", ["corpus/clinic-kelsby-opening-hours.md"], "rag"),
("How much does a cat spay cost from August 2026?", "£179.00", ["corpus/price-list-neutering.md"], "rag"),
("Monthly price of Care Club Essential for a dog?", "£16.75", ["corpus/care-club-essential.md"], "rag"),
("Which pets qualify for the Senior Complete tier?", "dogs aged 8 years or over and cats aged 10 years or over", ["corpus/care-club-senior-complete.md"], "rag"),
("Who took over as Group Head Nurse in September 2026?", "Aisha Kofi-Bright", ["corpus/notice-2026-08-25-new-group-head-nurse.md"], "rag"),
("How many vaccine doses were destroyed after the Marhaven fridge incident?", "46", ["corpus/incident-report-ir-2026-009-marhaven-vaccine-fridge.md"], "rag"),
("What sender name did reminder texts use before the migration?", "TALLOWBRK", ["corpus/pms-migration-overview.md"], "rag"),
("When will the read-only VetLedger archive be switched off?", "2027-03-31", ["corpus/pms-migration-timeline.md"], "rag"),
("What is the Marhaven clinic's address?", "7 Quayside Walk, Marhaven WN9 3EP", ["corpus/clinic-marhaven.md"], "rag"),
("What canine pancreatic lipase values does the lab call the grey zone?", "200-400 grey zone", ["corpus/lab-canine-pancreatic-lipase-dog.md"], "rag"),
("What strength is the Methisol oral solution?", "5 mg/ml", ["corpus/drug-methisol.md"], "rag"),
("What was Nightingale Vets Wendmoor's phone number?", "01632 960410", ["corpus/out-of-hours-nightingale-archived.md"], "rag"),
("Farm visit charge from 1 August 2026?", "£42.00", ["corpus/price-list-farm.md"], "rag"),
("Therapeutic range for phenobarbital serum levels?", "65-130 umol/L", ["corpus/lab-phenobarbital-serum-level-dog.md"], "rag"),
("What is the monthly large-dog supplement on the Care Club now?", "£3.00", ["corpus/care-club-overview.md"], "rag"),
("When does Orrin Cross close for lunch?", "closed 13:00-14:00", ["corpus/clinic-orrin-cross-opening-hours.md"], "rag"),
("What is charged for a missed surgery admission without notice?", "£50.00", ["corpus/policy-missed-appointments.md"], "rag"),
("What is the admin fee for a direct insurance claim?", "£25.00", ["corpus/policy-estimates-and-payment.md"], "rag"),
("Which farm vet joined Dunstow in June 2026?", "Dr Rhodri Pask", ["corpus/notice-2026-06-22-welcome-dr-rhodri-pask.md"], "rag"),
("Write an SMS booster reminder for Oreo at Marhaven that says what time we close on Saturdays.", "09:00-16:00", ["corpus/clinic-marhaven-opening-hours.md"], "both"),
("Discharge sheet for Sox, hyperthyroid cat moving from Thyrexa 5 mg twice daily to the shortage substitute; give the owner the volume to measure.", "1 ml twice daily", ["corpus/notice-2026-08-20-thyrexa-shortage.md"], "both"),
("Referral letter for Hector's glaucoma to our eye referral clinic, addressed to their ophthalmologist.", "Dr Ruth Calloway", ["corpus/referral-centre-fenwold-animal-eye-clinic.md"], "both"),
("Care Club renewal email for Gus the springer on the Complete tier; include the monthly fee.", "£23.50", ["corpus/care-club-complete.md"], "both"),
("Explain for the owner what Mabel's systolic blood pressure of 165 mmHg means, using our lab's categories.", "160-179 hypertensive", ["corpus/lab-blood-pressure-systolic-cat.md"], "both"),
("Write a booster reminder for Archie, due 4 March 2027, at Hollowmere Vets on 01999 204411.", "01999 204411", [], "tuned"),
("Discharge instructions: Juniper, rabbit, 2.1kg, dental burr today, meloxicam 0.6 ml SID 3 days, call if no droppings for 12h.", "0.6 ml", [], "tuned"),
("Referral letter to Dr Piers Halloran for Willow, 8y Dobermann, suspected DCM, VPCs on ECG, from Dr Lorna Quigley.", "Dr Piers Halloran", [], "tuned"),
("Explain for the owner: Otis's potassium 6.9 mmol/L (ref 3.5-5.8), sodium 131 (ref 144-160); vet suspects Addison's, ACTH stim booked tomorrow.", "Addison", [], "tuned"),
("Plan renewal reminder for Crumble the cat, plan renews 1 March 2027 at £14.25 a month.", "£14.25", [], "tuned"),
]

def main():
    r = {"tuned": 0, "rag": 0, "both": 0}
    notes = ["# Label notes (private)\n", "Which corpus document answers each rag/both routing query and the verbatim fact checked.\n"]
    for q, route, doc, fact in ROUTING:
        r[route] += 1
        if route != "tuned":
            assert fact in C(doc), (doc, fact)
            notes.append(f"- [{route}] {q[:90]}... -> `{doc}` (fact: `{fact}`)")
    assert r == {"tuned": 30, "rag": 30, "both": 30}, r
    for q, a, srcs, route in QA:
        if route != "tuned":
            assert any(a in C(s.replace("corpus/", "")) for s in srcs), (q, a)
        else:
            assert a.lower() in q.lower() or a in q, (q, a)
    rows = [{"query": q, "route": route} for q, route, d, f in ROUTING]
    random.Random(5).shuffle(rows)
    os.makedirs(os.path.join(BASE, "eval"), exist_ok=True)
    with open(os.path.join(BASE, "eval", "routing.jsonl"), "w") as f:
        for x in rows: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(BASE, "eval", "qa.jsonl"), "w") as f:
        for q, a, s, route in QA: f.write(json.dumps({"question": q, "answer": a, "sources": s, "route": route}, ensure_ascii=False) + "\n")
    notes.append("\n## QA sources\n")
    for q, a, s, route in QA:
        notes.append(f"- [{route}] {q} -> {a} ({', '.join(s) or 'from request'})")
    open(os.path.join(BASE, "tools", "label-notes.md"), "w").write("\n".join(notes) + "\n")
    print(r, len(QA))

if __name__ == "__main__":
    main()

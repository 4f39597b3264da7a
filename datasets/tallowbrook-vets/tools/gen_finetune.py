#!/usr/bin/env python3
"""Generate finetune/train.jsonl and validation.jsonl: 4 task families, skills and formats only.
All names/places/numbers are invented for the examples and do not match corpus entities."""
import json, os, random
R = random.Random(77)
OUT = os.path.join(os.path.dirname(__file__), "..", "finetune")

SYSTEM = ("You are the clinical-communications writing assistant for a group of veterinary clinics. You draft four kinds of "
          "document for vets, nurses and reception staff: (1) discharge instructions for owners, (2) referral letters to specialists, "
          "(3) client reminder and recall messages, and (4) plain-English explanations of lab or test results for owners. "
          "Use only the facts given in the request: never invent prices, opening times, doses, phone numbers, names or results. "
          "If something the document needs is not given, put a clear placeholder in square brackets, e.g. [CLINIC PHONE]. "
          "Write in British English, translate clinical shorthand (SID, BID, q8h, mg/kg) into plain words on anything an owner "
          "will read, and always use the house format for the document type.")

CLINICS = [("Hollowmere Vets", "01999 204411", "Quarry Lane, Hollowmere"), ("Bankside Animal Clinic", "01999 318020", "4 Weir Street, Bankside"),
           ("Pennyfold Veterinary Centre", "01999 552310", "Pennyfold Green"), ("Ravensike Vets", "01999 770145", "The Old Forge, Ravensike"),
           ("Colbeck Lane Surgery", "01999 660092", "22 Colbeck Lane"), ("Starling Road Vets", "01999 413377", "Starling Road, Eastholme")]
VETS = ["Dr Kasia Brandt", "Dr Femi Adeyemi", "Dr Lorna Quigley", "Dr Hamish Tully", "Dr Bethan Rees-Mort", "Dr Anil Varma", "Dr Colette Fraine", "Dr Magnus Holt"]
NURSES = ["Jess Carmody RVN", "Priti Shah RVN", "Ollie Banner RVN", "Sian Morrow RVN"]
OOHS = ["Eastholme Night Vets on 01999 800900", "Vetcall Emergency (Bankside) on 01999 800123", "the Riverside emergency hospital on 01999 811811"]
DOGS = [("Pickle", "Border Terrier", "F"), ("Moose", "Labrador", "MN"), ("Kiwi", "Cockapoo", "FN"), ("Brodie", "Springer Spaniel", "M"), ("Nell", "Whippet", "FN"),
        ("Toffee", "Dachshund", "MN"), ("Rolo", "Staffie cross", "M"), ("Bea", "Golden Retriever", "F"), ("Dexter", "Boxer", "MN"), ("Peanut", "Chihuahua", "FN"),
        ("Mungo", "Bernese", "M"), ("Olive", "Pug", "FN"), ("Sprout", "Jack Russell", "MN"), ("Winnie", "Lurcher", "FN")]
CATS = [("Biscuit", "DSH", "MN"), ("Mochi", "Ragdoll", "FN"), ("Smudge", "DLH", "FN"), ("Pumpkin", "British Shorthair", "MN"), ("Cleo", "Siamese", "FN"),
        ("Tiger", "DSH", "MN"), ("Ivy", "Bengal", "FN"), ("Marmite", "DSH", "MN"), ("Noodle", "Maine Coon", "MN"), ("Sooty", "DSH", "FN")]
RABBITS = [("Thumper", "Netherland Dwarf", "MN"), ("Clover", "Mini Lop", "FN"), ("Bun", "Lionhead", "M")]
OWNERS = ["Mrs Hollis", "Mr Okafor", "Ms Treadwell", "Mr and Mrs Bastable", "Dr Ng", "Miss Carrick", "Mr Pennock", "Mrs Doyle-Hart", "Ms Ferreira", "Mr Yardley"]
SEX = {"F": "female entire", "FN": "female neutered", "M": "male entire", "MN": "male neutered"}
FREQ = {"SID": "once a day", "BID": "twice a day", "TID": "three times a day", "q8h": "every 8 hours", "q12h": "every 12 hours", "q24h": "once a day", "EOD": "every other day"}
def d(): return f"{R.randint(1, 28)} {R.choice(['January', 'February', 'March', 'April', 'June', 'July', 'September', 'October', 'November'])} {R.choice([2023, 2024, 2025])}"

# -------------------------------------------------------------------- 1 discharge
DISCH = [
    dict(kind="dog", what="spay (ovariohysterectomy)", why="{p} was spayed today under general anaesthetic. The operation went smoothly and {p} woke up well.",
         meds=[("meloxicam 1.5 mg/ml oral suspension", "{w} kg dose: {m} ml", "SID", "{n} days, with food")], n=(3, 5),
         care=["Lead walks only (10 minutes, 3-4 times a day) until the stitch check", "Keep the buster collar or body suit on at all times, even overnight", "Small, light meal tonight; normal food from tomorrow", "No bathing or swimming until the wound is checked"],
         watch=["the wound is swollen, weeping or bleeding", "{p} is licking or chewing the wound", "{p} has not eaten by tomorrow evening", "pale gums, weakness or a swollen belly"],
         nxt=["Wound check in 3 days", "Stitch removal in 10 days"]),
    dict(kind="cat", what="dental with extractions", why="{p} had a dental under general anaesthetic today. We cleaned and polished the teeth and removed {x} painful teeth; the gums were closed with dissolvable stitches.",
         meds=[("buprenorphine buccal 0.3 mg/ml", "0.1 ml into the cheek pouch", "q8h", "{n} days"), ("meloxicam 0.5 mg/ml oral suspension (cats)", "{m} ml on food", "SID", "{n2} days")], n=(2, 3),
         care=["Soft/wet food only for 7 days; no dry biscuits", "Keep {p} indoors tonight", "Do not brush the teeth until the recheck"],
         watch=["{p} stops eating for more than 24 hours", "bleeding from the mouth that does not stop within a few minutes", "swelling of the face", "drooling with blood-stained saliva after day 2"],
         nxt=["Dental recheck in 7-10 days"]),
    dict(kind="dog", what="gastroenteritis (hospital stay)", why="{p} stayed with us for {x} days on a drip because of vomiting and diarrhoea. Blood tests were reassuring and {p} is now eating and keeping food down.",
         meds=[("maropitant {mg} mg tablets", "1 tablet", "SID", "{n} more days"), ("probiotic paste", "{m} ml", "SID", "5 days")], n=(2, 3),
         care=["Bland diet (chicken and rice or the gastrointestinal food supplied) in 4 small meals a day for 3 days, then mix back to normal food over 3 days", "Fresh water available at all times", "Short, calm walks only"],
         watch=["vomiting more than twice in a day", "blood in the vomit or black, tarry stools", "{p} becomes flat, weak or refuses water"],
         nxt=["Phone update with a nurse in 2 days", "Recheck only if not back to normal in 5 days"]),
    dict(kind="cat", what="cat bite abscess lanced", why="{p} had an abscess from a cat bite on the {site}. We drained and flushed it under sedation and left it open so it can keep draining.",
         meds=[("amoxicillin-clavulanate 50 mg tablets", "1 tablet", "BID", "{n} days (finish the course)"), ("meloxicam 0.5 mg/ml oral suspension (cats)", "{m} ml on food", "SID", "{n2} days")], n=(5, 7),
         care=["Keep {p} indoors until the wound has closed", "Bathe the wound twice a day with cooled boiled salty water (1 teaspoon of salt per pint)", "Some discharge for 2-3 days is normal"],
         watch=["the swelling comes back", "{p} stops eating or seems very quiet", "the discharge becomes foul-smelling"],
         nxt=["Recheck in 5 days"]),
    dict(kind="dog", what="lump removal", why="{p} had a lump removed from the {site} under general anaesthetic. It has been sent to the laboratory; results usually take 5-7 working days.",
         meds=[("carprofen {mg} mg tablets", "1 tablet", "SID", "{n} days, with food")], n=(4, 5),
         care=["Lead walks only until the stitches are out", "Stop {p} licking the wound: keep the cone on", "Keep the wound clean and dry"],
         watch=["the wound opens or bleeds", "a large swelling appears under the wound", "{p} seems in pain or off food"],
         nxt=["Wound check in 3 days", "Stitch removal and lab results discussion in 10-14 days"]),
    dict(kind="rabbit", what="neutering", why="{p} was neutered today. Rabbits need to start eating again quickly after an anaesthetic, so please watch appetite and droppings closely.",
         meds=[("meloxicam 1.5 mg/ml oral suspension", "{m} ml by mouth", "SID", "{n} days"), ("critical care recovery food", "10 ml by syringe", "TID", "until eating well")], n=(3, 5),
         care=["Keep {p} indoors and warm tonight on a towel or vet bed (no straw)", "Offer hay, fresh greens and the usual pellets", "Keep {p}'s bonded companion nearby"],
         watch=["no droppings for 12 hours", "{p} has not eaten anything by tomorrow morning", "hunched posture or teeth grinding", "the wound is swollen or open"],
         nxt=["Post-op check in 3 days", "Wound check in 10 days"]),
    dict(kind="dog", what="cruciate ligament tear (conservative management)", why="{p} has a partial tear of the cruciate ligament in the {side} knee. We have agreed to try rest and pain relief before considering surgery.",
         meds=[("meloxicam 1.5 mg/ml oral suspension", "{m} ml on food", "SID", "{n} weeks then review"), ("gabapentin 100 mg capsules", "1 capsule", "BID", "{n} weeks")], n=(4, 6),
         care=["Strict rest: lead walks only, 5-10 minutes 3 times a day, for 6 weeks", "No running, jumping, stairs or off-lead play", "Help {p} lose weight: feed {x}% less than now"],
         watch=["{p} stops using the leg completely", "the knee becomes hot or very swollen", "vomiting, black stools or not eating (stop the meloxicam and call)"],
         nxt=["Recheck in 2 weeks", "Nurse weight check every 2 weeks"]),
    dict(kind="cat", what="blocked bladder (urethral obstruction)", why="{p}'s bladder was blocked and he could not pass urine. We unblocked it under anaesthetic, placed a urinary catheter and kept him on a drip for {x} days.",
         meds=[("prazosin 0.5 mg capsules", "1 capsule", "q12h", "{n} days"), ("buprenorphine buccal 0.3 mg/ml", "0.1 ml into the cheek pouch", "q8h", "{n2} days"), ("urinary diet (wet)", "as fed in hospital", "SID", "long term")], n=(5, 7),
         care=["Wet food only and extra water bowls around the house", "Use a clean, uncovered litter tray so you can see urine clumps", "Keep {p} indoors for a week"],
         watch=["straining in the tray with little or no urine", "crying in the tray or licking the penis", "vomiting or hiding: a re-block is an emergency, call straight away"],
         nxt=["Recheck and urine test in 5 days"]),
]
DREQ = [
    "Can you write the discharge sheet for {p} please. {notes}",
    "discharge instructions pls - {notes}",
    "Owner-friendly discharge for the following case:\n{notes}",
    "Need a go-home sheet for {owner} ({p}). Notes: {notes}",
    "{notes}\n\nTurn this into discharge instructions for the owner.",
    "Please draft discharge instructions from my notes below.\n\n{notes}",
]

def fmt_disc(sc, pet, clinic, vet, ooh, owner):
    p, breed, sex = pet
    w = R.choice([4.2, 6.8, 9.5, 14, 22.4, 31]) if sc["kind"] == "dog" else (R.choice([3.6, 4.1, 5.2]) if sc["kind"] == "cat" else R.choice([1.4, 1.9, 2.3]))
    n = R.randint(*sc["n"]); n2 = R.randint(2, 4); x = R.randint(2, 4) if "extraction" not in sc["what"] else R.randint(2, 6)
    mgv = R.choice([16, 24, 50, 100]); mlv = round(w * (0.066 if sc["kind"] == "dog" else 0.1 if sc["kind"] == "cat" else 0.2), 2)
    sub = dict(p=p, w=w, n=n, n2=n2, x=x if "cruciate" not in sc["what"] else 10, mg=mgv, m=mlv, site=R.choice(["left flank", "right forelimb", "tail base", "chest wall", "neck"]), side=R.choice(["left", "right"]))
    f = lambda s: s.format(**sub)
    meds = [(f(a), f(b), c, f(e)) for a, b, c, e in sc["meds"]]
    # the user's notes (terse, clinical)
    hx = f(sc["why"]).replace("general anaesthetic", "GA").replace("under sedation", "under sed").replace(" today", "")
    notes_bits = [f"{p}, {breed} {sex}, {w}kg", f"Dx/proc: {sc['what']}", "Hx: " + hx, "Meds: " + "; ".join(f"{a} {b} {c} x {e}" for a, b, c, e in meds)]
    care = [f(c) for c in sc["care"]]; watch = [f(c) for c in sc["watch"]]; nxt = sc["nxt"]
    notes_bits.append("Home care: " + "; ".join(care))
    notes_bits.append("Red flags: " + "; ".join(watch))
    notes_bits.append("F/U: " + "; ".join(nxt))
    include_ooh = R.random() < 0.8
    notes_bits.append(f"Clinic {clinic[0]} tel {clinic[1]}; vet {vet}" + (f"; OOH {ooh}" if include_ooh else ""))
    if sc["kind"] == "cat" and "blocked" in sc["what"]:
        pass
    date = d()
    notes_bits.insert(0, f"Date {date}")
    sep = R.choice(["\n", ". ", "\n- "])
    notes = sep.join(notes_bits)
    user = R.choice(DREQ).format(p=p, owner=owner, notes=notes)
    if R.random() < 0.2: user = user.replace("discharge", "dischrage", 1)
    species = {"dog": "dog", "cat": "cat", "rabbit": "rabbit"}[sc["kind"]]
    rows = "\n".join(f"| {a} | {b} | {FREQ.get(c, c)} | {e} |" for a, b, c, e in meds)
    ans = f"""DISCHARGE INSTRUCTIONS: {p} ({species}, {breed})
Date: {date} | Vet: {vet} | Clinic: {clinic[0]}

Why {p} was with us
{f(sc['why'])}

Medicines
| Medicine | How much | How often | For how long |
|---|---|---|---|
{rows}

Rest, feeding and care at home
""" + "\n".join(f"- {c}" for c in care) + f"""

Call us straight away if
""" + "\n".join(f"- {c}" for c in watch) + """

Next appointments
""" + "\n".join(f"- {c}" for c in nxt) + f"""

Questions? Call {clinic[0]} on {clinic[1]}. Out of hours: {ooh if include_ooh else '[OUT-OF-HOURS NUMBER]'}."""
    return user, ans

# -------------------------------------------------------------------- 2 referral
REFCASES = [
    dict(kind="dog", reason="ophthalmology", to=("Dr Ines Harcourt", "Linbury Eye Referrals"), prob="progressive cloudiness of both eyes and bumping into furniture",
         hist="Owner noticed cloudy eyes over 3 months; worse in dim light. Diabetic since {yr}, on insulin.", find="Bilateral mature cataracts; menace absent OU; PLRs present; IOP 14/16 mmHg.",
         dx=["Fructosamine 412 umol/L (reasonable control)", "Schirmer tear test 18/17 mm/min"], tx=["lente insulin 8 IU SC BID"], qs=["Is {p} a candidate for phacoemulsification?", "Would you advise an ERG and ocular ultrasound first?"]),
    dict(kind="dog", reason="orthopaedics", to=("Mr Declan Roper", "Fallowfield Orthopaedic Centre"), prob="acute non-weight-bearing right hindlimb lameness",
         hist="Lame after chasing a ball {wk} weeks ago; partial improvement on NSAIDs then relapse.", find="Positive cranial drawer and tibial thrust R stifle; medial buttress; mild effusion.",
         dx=["Stifle radiographs: joint effusion, early osteophytes", "Pre-GA bloods unremarkable"], tx=["meloxicam 0.1 mg/kg PO SID", "exercise restriction"], qs=["Please assess for TPLO.", "Any concern about the contralateral stifle?"]),
    dict(kind="cat", reason="cardiology", to=("Dr Sunita Kerr", "Brackenridge Cardiology"), prob="a new grade III/VI murmur and gallop rhythm",
         hist="Found at booster; asymptomatic at home; resting respiratory rate 28/min.", find="HR 220 bpm, gallop, grade III/VI parasternal murmur; no crackles.",
         dx=["NT-proBNP SNAP: abnormal", "BP 150 mmHg", "T4 22 nmol/L"], tx=["none yet"], qs=["Echocardiography to characterise suspected HCM?", "Would you start clopidogrel?"]),
    dict(kind="dog", reason="neurology", to=("Dr Tobias Renn", "Ashgrove Neurology & MRI"), prob="acute-onset paraparesis",
         hist="Yelped on jumping off the sofa yesterday; now wobbly in hindlimbs; still urinating.", find="Ambulatory paraparesis, reduced CP in both hindlimbs, thoracolumbar pain; deep pain present.",
         dx=["Spinal radiographs: narrowed T12-T13 disc space"], tx=["methadone 0.2 mg/kg IV q4h in hospital", "gabapentin 10 mg/kg PO q8h"], qs=["Urgent MRI and possible hemilaminectomy?", "Advice on transport and cage rest until seen?"]),
    dict(kind="dog", reason="dermatology", to=("Dr Paula Venn", "Moorgate Skin Clinic"), prob="chronic pruritus and recurrent otitis not controlled on current therapy",
         hist="Itchy since 1 year old; seasonal worsening; {wk} weeks of an elimination diet with partial response.", find="Pedal erythema, ventral alopecia, bilateral erythroceruminous otitis.",
         dx=["Skin cytology: cocci ++, Malassezia +", "Ear cytology: Malassezia +++", "Skin scrapes negative"], tx=["oclacitinib 0.5 mg/kg PO SID", "topical chlorhexidine shampoo twice weekly"], qs=["Intradermal or serology testing for immunotherapy?", "Alternative to long-term oclacitinib?"]),
    dict(kind="cat", reason="oncology", to=("Dr Martin Oyelaran", "Kestrel Oncology Service"), prob="a confirmed intestinal large cell lymphoma",
         hist="Weight loss of 0.9 kg over 2 months, intermittent vomiting.", find="Thickened jejunal loop on palpation; BCS 3/9.",
         dx=["Ultrasound: jejunal wall thickening 7 mm, enlarged mesenteric nodes", "FNA cytology: large lymphoid cells, consistent with lymphoma"], tx=["prednisolone 1 mg/kg PO SID", "mirtazapine transdermal"], qs=["Please discuss chemotherapy options (CHOP vs COP) with the owner.", "Expected prognosis with and without treatment?"]),
    dict(kind="rabbit", reason="exotics", to=("Dr Leah Morcombe", "Thornleigh Exotics Referrals"), prob="recurrent molar spurs and a suspected tooth root abscess",
         hist="Third dental under GA in 8 months; now a firm swelling on the left mandible.", find="Firm 1.5 cm mandibular swelling L; epiphora L; weight 1.8 kg (down from 2.1 kg).",
         dx=["Skull radiographs: periapical lucency L mandibular cheek teeth"], tx=["meloxicam 0.6 mg/kg PO SID", "enrofloxacin 10 mg/kg PO SID"], qs=["CT and surgical management of the abscess?", "Long-term dental plan?"]),
]
RREQ = [
    "Please draft a referral letter to {to} at {centre} for {p}.\n{notes}",
    "Referral letter needed - {centre} ({to}). Case notes:\n{notes}",
    "can u write up a referral for this one, going to {to} ({centre})\n{notes}",
    "{notes}\n\nRefer to {to}, {centre}. Letter please, copy to owner.",
    "Draft referral letter from the notes below. Specialist: {to}, {centre}.\n\n{notes}",
]
def fmt_ref(rc, pet, clinic, vet, owner):
    p, breed, sex = pet
    age = R.randint(2, 13); w = R.choice([3.9, 4.6, 5.3]) if rc["kind"] == "cat" else (1.8 if rc["kind"] == "rabbit" else R.choice([8.2, 12.5, 18.7, 27.0, 34.5]))
    sub = dict(p=p, yr=R.choice([2021, 2022, 2023]), wk=R.randint(3, 10))
    f = lambda s: s.format(**sub)
    date = d()
    ins = R.choice(["Insured with a pet insurer; claim form to follow", "Not insured; owner aware of likely costs", "Insured; pre-authorisation requested"])
    notes = (f"{p}, {age}y {SEX[sex]} {breed}, {w}kg. Owner {owner}. PC: {rc['prob']}. Hx: {f(rc['hist'])} O/E: {rc['find']} "
             f"Ix: {'; '.join(rc['dx'])}. Tx: {'; '.join(rc['tx'])}. Qs: {' '.join(f(q) for q in rc['qs'])} {ins}. From {vet}, {clinic[0]}, {clinic[2]}, tel {clinic[1]}. Date {date}.")
    if R.random() < 0.5:
        notes = notes.replace(". ", "\n")
    user = R.choice(RREQ).format(to=rc["to"][0], centre=rc["to"][1], p=p, notes=notes)
    species = rc["kind"]
    ans = f"""REFERRAL LETTER
To: {rc['to'][0]}, {rc['to'][1]}
From: {vet}, {clinic[0]}, {clinic[2]} (tel {clinic[1]})
Date: {date}
Re: {p}, {age}-year-old {SEX[sex]} {breed} ({species}), {w} kg | Owner: {owner}

Dear {rc['to'][0].split()[0]} {rc['to'][0].split()[-1]},

Reason for referral
Thank you for seeing {p}, who presented with {rc['prob']}. I would be grateful for your {rc['reason']} assessment.

History
{f(rc['hist'])}

Clinical findings
{rc['find']}

Diagnostics to date
""" + "\n".join(f"- {x}" for x in rc["dx"]) + """

Treatment to date and current medication
""" + "\n".join(f"- {x}" for x in rc["tx"]) + """

Questions for the specialist
""" + "\n".join(f"{i+1}. {f(q)}" for i, q in enumerate(rc["qs"])) + f"""

Owner and practicalities
{ins}. The owner has a copy of this letter and is expecting your call to arrange an appointment. Full clinical records and images will be sent on request.

Yours sincerely,
{vet}
{clinic[0]}"""
    return user, ans

# -------------------------------------------------------------------- 3 reminders
REMS = [
    ("annual booster vaccination", "vax"), ("dental recheck", "dental"), ("health plan renewal", "plan"), ("6-monthly senior health check", "senior"),
    ("overdue booster (recall)", "overdue"), ("kennel cough vaccine before kennels", "kc"), ("medication review before repeat prescription", "medrev"),
]
MREQ = [
    "Write a reminder for {owner} - {p} ({species}) is due {item} on {due}. {extra}",
    "reminder text + email pls: {p}, {item}, due {due}. {extra}",
    "Can you draft the recall message for {p}? {item}, due date {due}. {extra}",
    "{owner}'s {species} {p}: {item} due {due}. {extra} Need SMS and email versions.",
    "Client reminder needed.\nPet: {p} ({species})\nOwner: {owner}\nDue: {item}, {due}\n{extra}",
]
def sms_trim(s):
    if len(s) <= 160: return s
    return s[:157].rsplit(" ", 1)[0] + "..."
def fmt_rem(rem, pet, species, clinic, owner):
    item, kind = rem; p = pet[0]
    due = f"{R.randint(1,28)} {R.choice(['March', 'May', 'August', 'October', 'December'])} {R.choice([2024, 2025])}"
    price = R.choice(["£48.50", "£53.00", "£39.95", "£61.20", None])
    planprice = R.choice(["£12.40", "£18.90", "£22.10"])
    has_price = price is not None and kind in ("vax", "overdue", "kc", "dental")
    extra_bits = [f"Clinic {clinic[0]}, {clinic[1]}"]
    if has_price: extra_bits.append(f"Price {price}")
    if kind == "plan": extra_bits.append(f"plan continues at {planprice}/month")
    online = R.random() < 0.6
    if online: extra_bits.append("they can book online via our app")
    extra = ". ".join(extra_bits) + "."
    user = R.choice(MREQ).format(owner=owner, p=p, species=species, item=item, due=due, extra=extra)
    book = f"call {clinic[0]} on {clinic[1]}" + (" or book in our app" if online else "")
    lines = {
        "vax": (f"{p}'s booster is due on {due}. Please {book}.", f"{p}'s annual booster is due",
                f"It's nearly time for {p}'s annual booster vaccination, due on {due}. The appointment includes a full health check with the vet." + (f" The booster costs {price}." if has_price else "")),
        "dental": (f"It's time for {p}'s dental recheck (due {due}). Please {book}.", f"Time for {p}'s dental recheck",
                   f"{p} is due a dental recheck on {due}. We'll check how the mouth has healed and how home care is going." + (f" The recheck costs {price}." if has_price else "")),
        "plan": (f"{p}'s health plan renews on {due}. No action needed unless you want to change it: {clinic[1]}", f"{p}'s health plan renews on {due}",
                 f"{p}'s health plan renews automatically on {due} and continues at {planprice} a month. You don't need to do anything. If you'd like to change or cancel the plan, please contact us before the renewal date."),
        "senior": (f"{p} is due a senior health check on {due}. Please {book}.", f"{p}'s senior health check",
                   f"{p} is due a 6-monthly senior health check on {due}. Regular checks help us spot age-related problems early."),
        "overdue": (f"{p}'s booster was due on {due} and is now overdue. Please {book} soon.", f"{p}'s booster is overdue",
                    f"Our records show {p}'s booster was due on {due}. The longer a booster is overdue, the more likely it is that {p} will need to restart the course." + (f" A booster costs {price}." if has_price else "")),
        "kc": (f"Off to kennels? {p} needs the kennel cough vaccine at least 3 weeks before. Please {book}.", f"Kennel cough vaccine for {p}",
               f"{p} is due the kennel cough vaccine on {due}. Most kennels need it given at least 3 weeks before your pet stays." + (f" The vaccine costs {price}." if has_price else "")),
        "medrev": (f"{p}'s medication needs a review with the vet before we can issue more. Please {book}.", f"{p}'s medication review is due",
                   f"{p}'s prescription is due for review on {due}. By law we need to examine {p} regularly before we can continue prescribing."),
    }
    smsb, subj, body = lines[kind]
    sms = sms_trim(smsb.replace(f"call {clinic[0]} on", "call", 1) if len(smsb) > 160 else smsb)
    ans = f"""SMS ({len(sms)} characters)
{sms}

EMAIL
Subject: {subj}

Dear {owner},

{body}

Book: {book[0].upper() + book[1:]}.

Kind regards,
The team at {clinic[0]}"""
    return user, ans

# -------------------------------------------------------------------- 4 results
LABS = [
    ("cat", "senior blood and urine screen", [("Creatinine", 214, "71-177 umol/L", "High", "a kidney filtration marker"), ("SDMA", 18, "0-14 ug/dL", "High", "an early kidney marker"), ("Urine SG", 1.019, "over 1.035", "Low", "urine is dilute"), ("Total T4", 31, "10-55 nmol/L", "Normal", "thyroid level")],
     "The kidneys are not filtering as well as they should, and the urine is more dilute than normal. Together these suggest early chronic kidney disease.", ["Repeat bloods and a blood pressure check in 4 weeks", "Discuss a kidney-support diet", "Urine protein test"]),
    ("cat", "thyroid test", [("Total T4", 87, "10-55 nmol/L", "High", "thyroid hormone level")],
     "{p}'s thyroid hormone is well above the normal range, which fits with an overactive thyroid (hyperthyroidism). This explains weight loss with a big appetite.", ["Discuss treatment options (tablets, liquid, diet, radioiodine)", "Check kidney values and blood pressure", "Recheck T4 3 weeks after starting treatment"]),
    ("dog", "pancreatitis screening", [("Canine pancreatic lipase", 612, "0-200 ug/L", "High", "pancreas inflammation marker"), ("WBC", 19.8, "5.0-16.7 x10^9/L", "High", "white blood cells")],
     "The pancreas marker is raised and fits with inflammation of the pancreas (pancreatitis), which explains the vomiting and tummy pain. The white cell count is mildly raised, which is common with inflammation.", ["Low-fat diet", "Anti-sickness and pain relief as prescribed", "Recheck in 1 week"]),
    ("dog", "pre-anaesthetic blood test", [("ALT", 88, "10-125 U/L", "Normal", "liver cell enzyme"), ("Urea", 6.1, "2.5-9.6 mmol/L", "Normal", "kidney marker"), ("Creatinine", 97, "44-133 umol/L", "Normal", "kidney marker"), ("PCV", 44, "37-55 %", "Normal", "red cell level")],
     "All of {p}'s results are within the normal ranges, so there is nothing in the bloods that stops the anaesthetic going ahead.", ["Go ahead with the planned procedure", "Starve from 8pm the night before unless told otherwise"]),
    ("dog", "thyroid panel", [("Total T4", 8, "13-52 nmol/L", "Low", "thyroid hormone"), ("TSH", 0.92, "0-0.6 ng/mL", "High", "brain signal to the thyroid"), ("Cholesterol", 11.2, "2.8-8.3 mmol/L", "High", "blood fat")],
     "Low thyroid hormone together with a high TSH strongly suggests an underactive thyroid (hypothyroidism), which fits with {p}'s weight gain and tiredness. High cholesterol is common with this condition.", ["Start daily thyroid supplement tablets", "Blood test 4 weeks after starting, 4-6 hours after the tablet"]),
    ("cat", "diabetes monitoring", [("Fructosamine", 498, "190-365 umol/L", "High", "average sugar over 2-3 weeks"), ("Glucose", 19.4, "4.0-9.0 mmol/L", "High", "sugar at the time of the test")],
     "{p}'s average blood sugar over the last few weeks is still above target, so the current insulin dose is not quite enough yet.", ["The vet may adjust the insulin dose", "Glucose curve or recheck in 2 weeks", "Keep feeding and injection times consistent"]),
    ("dog", "urine test", [("Urine SG", 1.012, "over 1.030", "Low", "urine concentration"), ("Protein:creatinine ratio", 1.4, "below 0.2", "High", "protein loss in urine"), ("Bacteria", "none seen", "none", "Normal", "infection check")],
     "{p}'s urine is dilute and contains more protein than it should, which can point to the kidneys leaking protein. There is no sign of infection.", ["Blood tests for kidney function and blood pressure", "Repeat protein test in 2-4 weeks"]),
    ("dog", "Cushing's monitoring (ACTH stimulation)", [("Post-ACTH cortisol", 62, "target on treatment 40-150 nmol/L", "On target", "how well the medication is working")],
     "{p}'s cortisol level is within the target range on the current dose of medication, so the treatment is working well.", ["Stay on the same dose", "Next monitoring test in 3 months", "Call if {p} becomes quiet, stops eating or vomits"]),
]
LREQ = [
    "Can you explain {p}'s results for the owner in plain English? {vals}",
    "pls turn these results into an owner explanation - {p}, {test}: {vals}",
    "Owner ({owner}) wants to understand {p}'s {test}. Results: {vals}. Vet's interpretation: {interp}",
    "Hi, my {species} {p} had a {test} and the vet sent me this: {vals}. Can you explain what it means? The vet said: {interp}",
    "{test} for {p} ({species}):\n{vals}\nImpression: {interp}\nPlan: {plan}\nWrite the owner-friendly explanation please.",
]
def fmt_lab(lab, pet, clinic, vet, owner):
    sp, test, vals, interp, plan = lab; p = pet[0]
    vtxt = "; ".join(f"{a} {b} (ref {c})" for a, b, c, dd, e in vals)
    interp_f = interp.format(p=p)
    give_plan = R.random() < 0.85
    user = R.choice(LREQ).format(p=p, test=test, vals=vtxt, owner=owner, species=sp, interp=interp_f, plan="; ".join(plan))
    if "{plan}" not in user and give_plan: user += " Plan: " + "; ".join(plan) + "."
    if "Vet's interpretation" not in user and "The vet said" not in user and "Impression" not in user: user += f" Interpretation from {vet}: {interp_f}"
    if R.random() < 0.3: user = user.replace("results", "resluts", 1)
    rows = "\n".join(f"| {a} | {b} | {c} | {dd}: {e} |" for a, b, c, dd, e in vals)
    planblock = "\n".join(f"- {x.format(p=p)}" for x in plan) if (give_plan or "Plan:" in user) else "- Your vet will discuss the next steps with you"
    ans = f"""YOUR PET'S RESULTS EXPLAINED: {p}
Test: {test}

Results at a glance
| Test | {p}'s result | Normal range | What it means |
|---|---|---|---|
{rows}

What this means for {p}
{interp_f}

What happens next
{planblock}

Questions you might want to ask
- How soon will we know if the treatment is working?
- Is there anything I should change at home?
- What signs should make me call you sooner?

This explanation is to help you understand {p}'s results. Your vet will talk you through them and what they mean for treatment."""
    return user, ans

def build(n_per, seed_off):
    out = []
    for i in range(n_per):
        clinic = R.choice(CLINICS); vet = R.choice(VETS); owner = R.choice(OWNERS); ooh = R.choice(OOHS)
        sc = DISCH[i % len(DISCH)]
        pet = R.choice({"dog": DOGS, "cat": CATS, "rabbit": RABBITS}[sc["kind"]])
        if "blocked" in sc["what"]: pet = R.choice([c for c in CATS if c[2] == "MN"])
        if "spay" in sc["what"]: pet = R.choice([x for x in DOGS if x[2] == "F"])
        out.append(fmt_disc(sc, pet, clinic, vet, ooh, owner))
        rc = REFCASES[i % len(REFCASES)]
        pet = R.choice({"dog": DOGS, "cat": CATS, "rabbit": RABBITS}[rc["kind"]])
        out.append(fmt_ref(rc, pet, clinic, vet, owner))
        sp = R.choice(["dog", "cat", "rabbit"]); pet = R.choice({"dog": DOGS, "cat": CATS, "rabbit": RABBITS}[sp])
        rem = REMS[i % len(REMS)]
        if sp == "rabbit" and rem[1] == "kc": rem = REMS[0]
        out.append(fmt_rem(rem, pet, sp, clinic, owner))
        lab = LABS[i % len(LABS)]
        pet = R.choice(DOGS if lab[0] == "dog" else CATS)
        out.append(fmt_lab(lab, pet, clinic, vet, owner))
    return out

def main():
    os.makedirs(OUT, exist_ok=True)
    train = build(25, 0); val = build(5, 1)
    seen = set(u for u, a in train)
    val = [(u, a) for u, a in val if u not in seen]
    assert len(val) == 20, len(val)
    for name, rows in (("train.jsonl", train), ("validation.jsonl", val)):
        R.shuffle(rows)
        with open(os.path.join(OUT, name), "w") as f:
            for u, a in rows:
                f.write(json.dumps({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": u}, {"role": "assistant", "content": a}]}, ensure_ascii=False) + "\n")
    print(len(train), len(val))

if __name__ == "__main__":
    main()

"""Hand-written core documents. Facts come from facts.py so they agree with generated pages."""
from facts import *

def P(k, w="new"):
    lab, old, new, cat = PRICES[k]
    return gbp(new if w == "new" else old)

C = CLINICS
def hrs(cid):
    return "; ".join(f"{d} {h}" for d, h in C[cid]["hours"])

def docs():
    D = []
    add = lambda f, t, d, b, k="Updated": D.append((f, t, d, k, b))

    add("group-overview.md", "About the Tallowbrook Veterinary Group", "2026-10-01", f"""
The {GROUP} is an independent, vet-owned group of six clinics in {COUNTY}. We look after companion animals at all six sites and farm animals from our two mixed practices.

## Our clinics
| Clinic | Type | Telephone | Lead vet |
|---|---|---|---|
""" + "\n".join(f"| {c['name']} | {c['kind']} | {c['phone']} | {c['lead']} |" for c in C.values()) + f"""

## Leadership
- Clinical Director: Dr Owen Trethewey (since 1 July 2026; Dr Helen Marchbank retired on 30 June 2026)
- Group Head Nurse: Aisha Kofi-Bright (since 1 September 2026)
- Practice Manager: Joanna Pellow

## Out of hours
{OOH_NEW['name']} provides our small-animal out-of-hours service from 1 July 2026. Farm out-of-hours calls are handled by our own farm vets on {FARM_OOH}.

## Systems
We moved our practice-management system from {PMS_OLD} to {PMS_NEW} on 28 September 2026. Clients now use the {PORTAL_NEW}.

See each clinic page for hours and directions, and 'Tallowbrook Care Club: overview' for our pet health plans.""")

    add("out-of-hours-emergency-care.md", "Out-of-hours emergency care", "2026-07-01", f"""
When your Tallowbrook clinic is closed, small-animal emergencies are handled by **{OOH_NEW['name']}**.

- Address: {OOH_NEW['address']}
- Telephone: {OOH_NEW['phone']} (calls to any Tallowbrook clinic number are also diverted there when we are closed)
- Open: every night from 19:00 to 08:00 on weekdays, and all day at weekends and on bank holidays, covering whenever your own clinic is shut

## Fees at Brightwater (set by Brightwater)
| Period | Consultation fee |
|---|---|
| Weekday evening (19:00-23:00) | {OOH_NEW['fees']['evening']} |
| Night (23:00-08:00) | {OOH_NEW['fees']['night']} |
| Weekend and bank holiday daytime | {OOH_NEW['fees']['weekend']} |

Treatment, medicines and hospitalisation are charged on top. Brightwater sends clinical notes to your Tallowbrook clinic by 09:00 the next working day.

## Farm animals
Farm emergencies are not seen by Brightwater. Ring our farm on-call vet on {FARM_OOH} at any time.

## Before 1 July 2026
Until 30 June 2026 our out-of-hours provider was {OOH_OLD['name']}, {OOH_OLD['address']} ({OOH_OLD['phone']}). That arrangement has ended.""")

    add("out-of-hours-nightingale-archived.md", "Out-of-hours care (archived page, Nightingale Vets)", "2025-03-10", f"""
ARCHIVED PAGE. This arrangement ended on 30 June 2026. See 'Out-of-hours emergency care' for the current provider.

Our out-of-hours emergency service is provided by {OOH_OLD['name']} at {OOH_OLD['address']}, telephone {OOH_OLD['phone']}.

| Period | Consultation fee |
|---|---|
| Weekday evening | {OOH_OLD['fees']['evening']} |
| Night | {OOH_OLD['fees']['night']} |
| Weekend daytime | {OOH_OLD['fees']['weekend']} |

Nightingale will share clinical records with your Tallowbrook clinic the following morning. Farm clients should always use the farm on-call line, {FARM_OOH}, which is staffed by our own vets.""")

    add("notice-2026-06-02-new-out-of-hours-provider.md", "Notice: new out-of-hours provider from 1 July 2026", "2026-06-02", f"""
From **1 July 2026** our small-animal out-of-hours emergency care will be provided by {OOH_NEW['name']}, {OOH_NEW['address']}, telephone {OOH_NEW['phone']}.

This replaces {OOH_OLD['name']} in Tallowbrook, whose contract with us ends on 30 June 2026.

## Why the change?
Brightwater is a dedicated emergency hospital with a vet and two nurses on site all night, an in-house laboratory and CT. It is a 25-minute drive from Tallowbrook and 10 minutes from our Marhaven clinic.

## What you need to do
Nothing, if you usually phone your own clinic: calls are diverted automatically when we are closed. If you save numbers, please update your phone with {OOH_NEW['phone']}.

Brightwater's consultation fees start at {OOH_NEW['fees']['evening']} for a weekday evening. Farm emergencies are unchanged: {FARM_OOH}.""", "Date")

    add("notice-2026-07-28-kelsby-clinic-move.md", "Notice: Kelsby clinic moves to Kelsby Gate Retail Park", "2026-07-28", f"""
Our Kelsby clinic is moving.

- Last day at {KELSBY_OLD['address']}: Friday 11 September 2026
- First day at the new clinic, {C['kelsby']['address']}: Monday 14 September 2026
- Telephone stays the same: {C['kelsby']['phone']}

## Why are we moving?
The Market Street building had no parking and only one consulting room suitable for cats. The new clinic has three consulting rooms including a dedicated cat room, a dental suite and 40 free parking spaces.

## New opening hours from 14 September 2026
| Day | Hours |
|---|---|
| Monday to Friday | 08:00-19:00 (was 08:30-18:30) |
| Saturday | 09:00-15:00 (was 09:00-13:00) |
| Sunday | Closed |

Saturday 12 September 2026 the clinic will be closed for the move; urgent cases will be seen at Tallowbrook Central.""", "Date")

    add("notice-2026-07-15-marhaven-new-opening-hours.md", "Notice: Marhaven late Thursdays and longer Saturdays", "2026-07-15", f"""
From **Monday 3 August 2026**, Marhaven's opening hours change.

| Day | Old hours | New hours |
|---|---|---|
| Monday, Tuesday, Wednesday, Friday | 08:30-18:30 | 08:30-18:30 |
| Thursday | 08:30-18:30 | 08:30-20:00 |
| Saturday | 09:00-12:30 | 09:00-16:00 |
| Sunday | Closed | Closed |

The Thursday evening session (18:30-20:00) is for booked consultations and nurse clinics. Saturday afternoons include vaccination appointments. Dr Elspeth Rowe, lead vet, said the change follows client feedback from people who commute out of Marhaven.""", "Date")

    rows = "\n".join(f"| {v[0]} | {gbp(v[1]) if v[1] else 'new'} | {gbp(v[2])} |" for k, v in PRICES.items() if k in ("consult", "recheck", "nurse", "dogboost", "dogprimary", "catboost", "rabbitvax", "kc", "microchip", "catspay", "dogspay20", "dental1", "repeatrx", "farmvisit", "tbtest"))
    add("notice-2026-07-01-price-changes-from-1-august.md", "Notice: price changes from 1 August 2026", "2026-07-01", f"""
Our prices will change on **1 August 2026**. Our last review was in February 2026.

| Item | Until 31 July 2026 | From 1 August 2026 |
|---|---|---|
{rows}

Full details are on the 'Price list' pages. Treatment already estimated before 1 August will be charged at the estimated price if carried out by 31 August 2026. Care Club monthly fees changed separately on 1 July 2026.""", "Date")

    # Care Club
    def tier_rows(tiers):
        return "\n".join(f"| {n} | {gbp(t['dog'])} | {gbp(t['cat'])} | {gbp(t['rabbit']) if 'rabbit' in t else 'not available'} |" for n, t in tiers.items())
    add("care-club-overview.md", "Tallowbrook Care Club: overview", "2026-07-01", f"""
The Tallowbrook Care Club is our monthly pet health plan, paid by Direct Debit. From 1 July 2026 there are three tiers.

| Tier | Dog per month | Cat per month | Rabbit per month |
|---|---|---|---|
{tier_rows(CARE_CLUB_NEW)}

## What each tier includes
- **Essential**: {'; '.join(CARE_CLUB_NEW['Essential']['incl'])}.
- **Complete**: {'; '.join(CARE_CLUB_NEW['Complete']['incl'])}.
- **Senior Complete** ({CARE_CLUB_NEW['Senior Complete']['eligibility']}): {'; '.join(CARE_CLUB_NEW['Senior Complete']['incl'])}.

Rabbits can join Essential or Complete. Dogs over 25 kg pay a £3.00 monthly supplement on every tier for parasite products.

Before 1 July 2026 the Club had two tiers, Care Club Core and Care Club Plus; members were moved automatically (Core to Essential, Plus to Complete). See 'Notice: Care Club changes from 1 July 2026'.""")
    for tname, fn in (("Essential", "care-club-essential.md"), ("Complete", "care-club-complete.md"), ("Senior Complete", "care-club-senior-complete.md")):
        t = CARE_CLUB_NEW[tname]
        extra = f"\n\nEligibility: {t['eligibility']}. Pets move up automatically on request at their annual renewal." if "eligibility" in t else ""
        rab = f"; rabbit {gbp(t['rabbit'])}" if "rabbit" in t else "; not available for rabbits"
        add(fn, f"Tallowbrook Care Club: {tname} tier", "2026-07-01", f"""
The {tname} tier of the Tallowbrook Care Club.

## Monthly price (from 1 July 2026)
Dog {gbp(t['dog'])}; cat {gbp(t['cat'])}{rab}. Dogs over 25 kg add £3.00 a month.

## Included
""" + "\n".join(f"- {i}" for i in t["incl"]) + extra + """

## Joining
Ask at any clinic or join through the Pawtrack Pet Portal. The plan runs for 12 months and renews automatically; the renewal reminder is sent 4 weeks before the renewal date. Membership is per pet and cannot be transferred between pets.""")
    add("care-club-terms-and-conditions.md", "Tallowbrook Care Club: terms and conditions", "2026-07-01", """
Key terms of the Tallowbrook Care Club (version 3, effective 1 July 2026).

1. Membership is for 12 months from the start date and renews automatically unless cancelled.
2. Payments are monthly by Direct Debit on the 1st or 15th of the month.
3. If you cancel within the 12 months, you pay the difference between what you have paid and the full price of the services you have used.
4. Discounts (10% Essential; 15% Complete and Senior Complete) apply to consultations, surgery, dentistry, diagnostics and dispensed medicines; they do not apply to out-of-hours fees charged by Brightwater Emergency Vets, referral fees, cremation or pet food.
5. Included treatments not used in a year do not carry over.
6. Two missed payments end the membership.
7. The Care Club is not insurance.
8. We give at least one month's notice of price changes; prices were last changed on 1 July 2026.""")
    add("care-club-faq.md", "Tallowbrook Care Club: frequently asked questions", "2026-07-10", f"""
## Which tier should I choose?
Essential suits young healthy pets. Complete adds extra consultations, nail clips, a yearly urine test and 6-monthly dental checks. Senior Complete (for {CARE_CLUB_NEW['Senior Complete']['eligibility']}) adds a senior blood and urine screen and a blood pressure check every six months.

## I was on Core or Plus. What happened?
On 1 July 2026 Core members moved to Essential and Plus members moved to Complete. The new prices apply from your first payment after 1 July.

## Can my rabbit join?
Yes. Since 1 July 2026 rabbits can join Essential ({gbp(CARE_CLUB_NEW['Essential']['rabbit'])} a month) or Complete ({gbp(CARE_CLUB_NEW['Complete']['rabbit'])} a month).

## Does it cover emergencies?
No. Care Club is preventive care, not insurance, and discounts do not apply to Brightwater out-of-hours fees.

## How do I get my flea and worm treatment?
Collect it every three months from your clinic or have it posted; order through the {PORTAL_NEW}.""")
    rowsold = "\n".join(f"| {n} | {gbp(t['dog'])} | {gbp(t['cat'])} |" for n, t in CARE_CLUB_OLD.items())
    add("care-club-core-and-plus-archived.md", "Tallowbrook Care Club: Core and Plus tiers (archived)", "2025-09-01", f"""
ARCHIVED. These tiers were replaced on 1 July 2026 by Essential, Complete and Senior Complete.

| Tier | Dog per month | Cat per month |
|---|---|---|
{rowsold}

- **Care Club Core**: {'; '.join(CARE_CLUB_OLD['Care Club Core']['incl'])}.
- **Care Club Plus**: {'; '.join(CARE_CLUB_OLD['Care Club Plus']['incl'])}.

Rabbits were not eligible for the Care Club under these tiers. Dogs over 25 kg paid a £2.50 monthly supplement.""")
    add("notice-2026-06-10-care-club-changes.md", "Notice: Care Club changes from 1 July 2026", "2026-06-10", f"""
We are changing the Tallowbrook Care Club on 1 July 2026.

## What changes
| Old tier | Old price (dog / cat) | New tier | New price (dog / cat) |
|---|---|---|---|
| Care Club Core | £15.50 / £13.00 | Essential | {gbp(CARE_CLUB_NEW['Essential']['dog'])} / {gbp(CARE_CLUB_NEW['Essential']['cat'])} |
| Care Club Plus | £21.00 / £18.50 | Complete | {gbp(CARE_CLUB_NEW['Complete']['dog'])} / {gbp(CARE_CLUB_NEW['Complete']['cat'])} |
| (new) | - | Senior Complete | {gbp(CARE_CLUB_NEW['Senior Complete']['dog'])} / {gbp(CARE_CLUB_NEW['Senior Complete']['cat'])} |

Rabbits can join for the first time. The large-dog supplement rises from £2.50 to £3.00.

## Do I need to do anything?
No. Existing members move automatically. If you would prefer to cancel without the usual adjustment charge, tell us before 31 July 2026.""", "Date")

    # vaccination protocols
    add("vaccination-protocol-dogs.md", "Vaccination protocol: dogs", "2026-06-15", f"""
Current group protocol for dogs (effective 15 June 2026).

## Puppies
- First injection at 8 weeks: Canivax DHP + Leptoguard L4
- Second injection at 12 weeks: Canivax DHP + Leptoguard L4 (at least 4 weeks after the first)
- Puppies can go out in public places 1 week after the second injection; full leptospirosis protection starts 3 weeks after it
- Price: primary course {P('dogprimary')} (two injections, including health checks)

## Adult boosters
- Leptoguard L4 every year; Canivax DHP every 3 years
- Annual booster with health check: {P('dogboost')}
- Kennel cough (Tussivax IN, intranasal) yearly if going to kennels, daycare or classes: {P('kc')}; give at least 3 weeks before kennels

## Dogs moving from L2 to L4
Dogs last vaccinated with Leptoguard L2 need two L4 doses 4 weeks apart at their next booster. The second dose (the L4 conversion dose) costs {P('l4conv')}.

## Overdue dogs
Dogs more than 3 months overdue for leptospirosis restart with two doses 4 weeks apart.

The previous protocol (8 and 10 weeks with Leptoguard L2) is archived in 'Vaccination protocol: dogs (archived 2025 version)'.""")
    add("vaccination-protocol-dogs-2025-archived.md", "Vaccination protocol: dogs (archived 2025 version)", "2025-02-01", f"""
ARCHIVED. Replaced on 15 June 2026.

## Puppies
- First injection at 8 weeks: Canivax DHP + Leptoguard L2
- Second injection at 10 weeks
- Puppies could go out 1 week after the second injection

## Adults
Leptoguard L2 annually; Canivax DHP every 3 years. Kennel cough vaccine yearly where needed.

Price at the time (from 6 January 2025): primary course £91.50; annual booster £55.50.

Dogs more than 3 months overdue restarted the primary course.""")
    add("vaccination-protocol-cats.md", "Vaccination protocol: cats", "2026-06-15", f"""
## Kittens
- First injection at 9 weeks: Felivax RCP (+ Felivax FeLV for kittens who will go outside)
- Second injection at 12 weeks
- Kittens can go outside 1 week after the second injection and once neutered (we recommend neutering at 4 months)
- Price: primary course {P('catprimary')}; FeLV add-on £18.00 per dose

## Adults
- Felivax RCP annually with a health check: {P('catboost')}
- Indoor-only cats over 3 years old may move to a 3-yearly panleucopenia component with annual cat flu vaccination, at the vet's discretion
- Felivax FeLV annually for cats with outdoor access

## Overdue cats
Cats more than 15 months since their last booster restart with two injections 3-4 weeks apart.

## Catteries
Most catteries need a booster at least 2 weeks before boarding.""")
    add("vaccination-protocol-rabbits.md", "Vaccination protocol: rabbits", "2026-06-15", f"""
Rabbits are vaccinated with **Lapivac Duo**, which protects against myxomatosis and both strains of rabbit haemorrhagic disease (RHD1 and RHD2) in one injection.

- From 5 weeks of age
- Annual booster, every 12 months
- Price with health check: {P('rabbitvax')} (previously {P('rabbitvax','old')})
- Rabbits can now join the Care Club (Essential or Complete), which includes the vaccine

## Why vaccinate indoor rabbits?
RHD2 is spread on shoes, hay and insects, so indoor rabbits are still at risk.

Fly-strike prevention (Lapifly) is recommended from April to October.""")
    add("vaccination-protocol-ferrets.md", "Vaccination protocol: ferrets", "2026-03-01", """
Ferrets are seen at Marhaven and Tallowbrook Central.

- Distemper: there is no UK-licensed ferret distemper vaccine; we use a dog distemper vaccine off-label (under the cascade) with informed consent, from 8 weeks and then annually
- Rabies: Rabigard-V for travel only
- Annual health check including teeth, weight and adrenal disease screening in older ferrets

Ferrets should also have regular flea treatment in summer. Jills not used for breeding should be neutered or given a hormone implant to prevent persistent oestrus, which can cause fatal anaemia.""")
    add("vaccination-protocol-cattle.md", "Vaccination protocol: cattle", "2026-04-10", f"""
Herd vaccination plans are agreed with your farm vet (Ashcombe Ferrers or Dunstow) at the annual herd health review.

| Disease | Product | Timing |
|---|---|---|
| BVD | Bovimune BVD | Primary course then annual booster, at least 4 weeks before breeding |
| Clostridial diseases | Clostrivax 8 (4 ml) | Two-dose primary, annual booster |
| Leptospirosis (cattle) | as per herd plan | Annual, before turnout |
| IBR | as per herd plan | Depends on herd status |

Farm visit charge: {P('farmvisit')} per visit plus vet time. Vaccine doses are dispensed at farm dispensary prices.""")
    add("vaccination-protocol-sheep.md", "Vaccination protocol: sheep", "2026-04-10", """
## Clostridial diseases and pasteurellosis
- Clostrivax 8, 2 ml per sheep
- Ewes: two-dose primary course 4-6 weeks apart, then an annual booster 4-6 weeks before lambing to protect lambs through colostrum
- Lambs from vaccinated ewes: first dose at 10-12 weeks

## Abortion vaccines
Enzootic abortion and toxoplasmosis vaccines should be given at least 4 weeks before tupping.

## Footrot
Vaccination as part of the five-point plan, with prompt treatment of lame sheep and culling of repeat offenders.

Talk to Dr Ieuan Probert or Dr Rhodri Pask at Dunstow, or Dr Angus Merriott at Ashcombe Ferrers.""")
    add("notice-2026-06-01-leptospirosis-l4-switch.md", "Notice: switching to Leptoguard L4 for all dogs from 15 June 2026", "2026-06-01", f"""
From **15 June 2026** all Tallowbrook clinics will use **Leptoguard L4** (four leptospirosis strains) instead of Leptoguard L2.

## What this means for puppies
Puppies will have their first injection at 8 weeks and their second at **12 weeks** (previously 10 weeks). They can go out 1 week after the second injection, with full leptospirosis protection 3 weeks after it.

## What this means for adult dogs
At the first booster after 15 June 2026, your dog will need two L4 injections 4 weeks apart. The first is part of the normal booster; the second (conversion) dose costs {P('l4conv')}. After that, one L4 injection a year as before.

## Why?
Cases of the serogroups covered only by L4 have been confirmed in {COUNTY} dogs, including two cases near Kelsby in 2025.""", "Date")
    add("notice-2026-08-20-thyrexa-shortage.md", "Notice: Thyrexa 5 mg tablet shortage and switch to Methisol", "2026-08-20", f"""
The manufacturer has told us that **Thyrexa 5 mg tablets** (methimazole) are out of stock nationally. Thyrexa 2.5 mg tablets are still available.

## What we are doing
Cats on Thyrexa 5 mg will be switched to **{SHORTAGE['sub']}** at the same dose in milligrams (for example 5 mg twice daily becomes 1 ml twice daily). Liquid can be given directly into the mouth or on a small amount of food.

## Monitoring
We offer a {SHORTAGE['recheck']}.

## How long?
The manufacturer expects resupply in {SHORTAGE['resupply']}. We will tell owners when tablets are back.

Prices: Methisol {'£1.95'} per ml. Owners with a written prescription can obtain Methisol from an online pharmacy.""", "Date")
    add("notice-2026-06-20-new-clinical-director.md", "Notice: Dr Owen Trethewey becomes Clinical Director", "2026-06-20", """
Dr Helen Marchbank retires on 30 June 2026 after 17 years as Clinical Director of the Tallowbrook Veterinary Group. Dr Owen Trethewey, Senior Vet at Tallowbrook Central, takes over as Clinical Director on 1 July 2026.

Owen joined the group in 2016 and holds a Certificate in Advanced Veterinary Practice in small animal medicine. He will keep two consulting sessions a week at Tallowbrook Central (Tuesday and Thursday mornings).

Helen will be missed by clients across Wendmoor; a farewell afternoon tea is being held at Tallowbrook Central on Saturday 27 June from 14:00.""", "Date")
    add("notice-2026-08-03-kelsby-lead-vet-change.md", "Notice: new lead vet at Kelsby", "2026-08-03", """
Dr Priya Lakhani, lead vet at Kelsby since 2019, is leaving the group on 14 August 2026 to join a feline referral practice. We thank Priya for her years of service, particularly her work making Kelsby a Cat Friendly Clinic.

Dr Tomasz Wren will become lead vet at Kelsby on 17 August 2026. Tomasz joins us from a hospital practice in Severnside and holds a Certificate in Advanced Veterinary Practice (Small Animal Surgery). He will oversee the move to the new Kelsby Gate Retail Park premises in September.

Clients with ongoing cases under Dr Lakhani will be contacted to arrange continuity of care.""", "Date")
    add("notice-2026-08-25-new-group-head-nurse.md", "Notice: Aisha Kofi-Bright appointed Group Head Nurse", "2026-08-25", """
Claire Dunmore RVN, our Group Head Nurse since 2014, leaves the group on 31 August 2026. Aisha Kofi-Bright RVN Dip AVN (Surgical) becomes Group Head Nurse on 1 September 2026.

Aisha has worked at Tallowbrook Central since 2019 and leads our anaesthesia monitoring training. As Group Head Nurse she is responsible for nurse clinics at all six sites, nurse training and the discharge communication standards.

Thank you, Claire, for 12 years of leading our nursing team.""", "Date")
    add("notice-2026-06-22-welcome-dr-rhodri-pask.md", "Notice: Dr Rhodri Pask joins the Dunstow farm team", "2026-06-22", """
We welcome Dr Rhodri Pask BVSc MRCVS, who joins the Dunstow farm team on 22 June 2026. Rhodri qualified in 2021 and has worked with beef suckler herds in mid-Wales. He is an Official Veterinarian for TB testing.

With Rhodri on board, Dunstow now offers TB testing on Saturdays by arrangement. He will also join the farm on-call rota (01632 480199).

Farm clients can book Rhodri through Dunstow on 01632 480500.""", "Date")

    # PMS
    add("pms-migration-overview.md", "Practice-management system migration: VetLedger Classic to Pawtrack Cloud", "2026-10-01", f"""
On **28 September 2026** all six clinics moved from {PMS_OLD} to {PMS_NEW}.

## What changed for clients
- The {PORTAL_OLD} app was replaced by the **{PORTAL_NEW}** (web and app)
- Repeat prescriptions can be requested in the portal with **{RX_NOTICE_NEW}** notice (previously {RX_NOTICE_OLD})
- Text messages now come from the sender name **{SMS_NEW}** (previously {SMS_OLD})
- Clients receive an invitation email to register for the portal; old {PORTAL_OLD} logins no longer work

## What changed for staff
- Clinical records, reminders and invoices from VetLedger were migrated; attachments before 2019 stay in a read-only VetLedger archive until 31 March 2027
- Reminder rules were rebuilt (see 'Client reminders and recalls: group standard')
- Discharge and referral templates were rebuilt in Pawtrack Cloud

Project lead: Joanna Pellow, Practice Manager. Post-migration issues are logged with the Pawtrack service desk.""")
    add("pms-migration-timeline.md", "Pawtrack Cloud migration: timeline", "2026-10-20", """
| Date | Milestone |
|---|---|
| 2026-03-16 | Contract signed with Pawtrack |
| 2026-06-08 | Data mapping workshops |
| 2026-07-20 | Test migration 1 |
| 2026-08-24 | Test migration 2; staff training begins |
| 2026-09-26 | VetLedger Classic set to read-only at 16:00 |
| 2026-09-27 | Final data migration (clinics operated on paper on Sunday morning at Tallowbrook Central) |
| 2026-09-28 | Go-live at all six clinics |
| 2026-10-06 | Duplicate reminder incident (IR-2026-014) |
| 2026-10-19 | Reminder engine fix deployed |
| 2027-03-31 | VetLedger read-only archive switched off |

The migration was originally planned for 7 September 2026 but was moved to avoid clashing with the Kelsby move.""")
    add("pms-migration-staff-faq.md", "Pawtrack Cloud: staff FAQ", "2026-10-05", f"""
## Where are pre-2019 attachments?
In the VetLedger read-only archive (available until 31 March 2027). Log in with your existing VetLedger credentials.

## How do I set a reminder?
Reminders are created automatically from the item codes. Use the reminder tab for manual recalls (for example dental rechecks).

## Who do I contact for problems?
Your clinic's Pawtrack champion first, then the Pawtrack service desk. Report anything affecting client communications to Joanna Pellow.

## Can I still print a discharge sheet?
Yes: Documents > Discharge > choose the template. The standard discharge template follows the group discharge communication standard.

## Are controlled drugs registers in Pawtrack?
No. The CD registers stay as bound paper registers at each clinic under the controlled drugs policy.""")
    add("pms-client-portal-guide.md", "Pawtrack Pet Portal: client guide", "2026-09-28", f"""
The **{PORTAL_NEW}** replaced the {PORTAL_OLD} app on 28 September 2026.

## Getting started
You will receive an email invitation from Tallowbrook. Follow the link, set a password and check your pets' details.

## What you can do
- Book and cancel appointments
- Request repeat prescriptions ({RX_NOTICE_NEW} notice)
- See vaccination due dates and Care Club benefits
- Pay invoices

## Texts and emails
Reminder texts now come from **{SMS_NEW}**. If you receive a text from {SMS_OLD}, it is from before the migration.

If you did not get an invitation, ask your clinic to check your email address.""")
    add("client-reminders-and-recalls-standard.md", "Client reminders and recalls: group standard", "2026-10-19", f"""
The group standard for reminders, rebuilt in {PMS_NEW} from 28 September 2026.

| Reminder | First message | Second message | Recall |
|---|---|---|---|
| Vaccination booster | 4 weeks before due (SMS + email) | On the due date (SMS) | 4 weeks overdue: phone call from reception |
| Care Club renewal | 4 weeks before renewal (email) | 1 week before (SMS) | none |
| Dental recheck | 6 months after a dental procedure (SMS) | none | none |
| Senior health screen | every 6 months for Senior Complete members | 1 week before | none |
| Repeat medication review | when the prescription is 2 weeks from expiry | none | review consult needed |
| Post-operative check | booked at discharge (2-3 days and 10-14 days) | reminder SMS the day before | phone call if missed |

## Message rules
- SMS sender: {SMS_NEW}
- SMS messages must not exceed 160 characters and must include the clinic phone number
- Include the pet's name, what is due and how to book (phone or {PORTAL_NEW})
- Do not include prices in SMS; emails may include the current price
- Never send reminders for deceased pets: check the record status first

Since IR-2026-014, reminder batches run once daily at 10:00 and are checked by the clinic's Pawtrack champion.""")
    add("incident-report-ir-2026-014-duplicate-reminders.md", "Incident report IR-2026-014: duplicate vaccination reminders after Pawtrack go-live", "2026-10-21", f"""
## Summary
On 6 October 2026 the {PMS_NEW} reminder engine ran the daily vaccination reminder batch twice. **3,412 clients** received duplicate text messages and **611** of the Kelsby clients' messages showed the old Market Street address.

## Timeline
- 06:00 and 10:00, 6 Oct: batch ran twice due to a migrated schedule plus a new default schedule
- 11:40: first complaints at Kelsby and Marhaven
- 12:15: reminders paused group-wide by Joanna Pellow
- 16:30: apology SMS sent to affected clients
- 19 Oct: fix deployed, clinic address table corrected

## Root cause
The old VetLedger schedule was migrated alongside Pawtrack's default schedule; the Kelsby address field was migrated from a pre-move template.

## Actions
1. One batch per day at 10:00, reviewed by each clinic's Pawtrack champion (done)
2. Address and opening-hours fields checked for all six clinics (done)
3. Reminder template review by the Group Head Nurse, Aisha Kofi-Bright (due 30 November 2026)

Severity: moderate (no clinical harm). Two clients reported deceased pets receiving reminders; both were phoned personally by the clinic lead vet.""")
    add("incident-report-ir-2026-009-marhaven-vaccine-fridge.md", "Incident report IR-2026-009: vaccine fridge temperature excursion at Marhaven", "2026-08-20", """
## Summary
Over the weekend of 8-9 August 2026 the vaccine fridge at Marhaven reached 14 °C after a door seal failed. The excursion was found on Monday 10 August at 08:20 from the data logger.

## Impact
- 46 vaccine doses quarantined and destroyed
- 19 animals vaccinated on Monday 10 August before the alarm was noticed were offered a free repeat vaccination; all owners were contacted by 12 August
- Vaccination appointments at Marhaven moved to Kelsby and Tallowbrook Central for 11-12 August

## Root cause
Door seal wear; the fridge alarm was not connected to the out-of-hours alert system.

## Actions
- New fridge installed 12 August 2026
- All six clinics' vaccine fridges connected to remote temperature alerts by 30 September 2026 (completed)
- Morning temperature check must be recorded before any vaccine is drawn up

Reported by Dr Elspeth Rowe, lead vet, Marhaven.""")
    add("incident-report-ir-2026-003-orrin-cross-power-cut.md", "Incident report IR-2026-003: power cut at Orrin Cross", "2026-03-09", """
## Summary
On 2 March 2026 a power cut affected Chapel Row, Orrin Cross, from 10:05 to 15:40. The clinic could not access VetLedger Classic or take card payments.

## Impact
- 11 appointments rebooked; 4 urgent cases seen at Tallowbrook Central
- Vaccine fridge stayed below 8 °C (checked hourly with a standalone thermometer)

## Actions
- Portable battery backup for the router and one workstation (installed April 2026)
- Paper consult sheets and card-reader with offline mode now kept at every clinic

Reported by Dr Naomi Sallis, lead vet.""")

    # policies
    add("policy-antibiotic-stewardship.md", "Policy: antibiotic stewardship", "2026-03-20", """
Our group policy follows responsible use principles.

1. No antibiotics for uncomplicated acute diarrhoea in dogs and cats.
2. First-line choices: Amoxiclav-V or Cefalyn depending on the condition, at a full dose for the full course.
3. Protected critically important antibiotics (fluoroquinolones such as Marbotab; third- and fourth-generation cephalosporins such as Bovicef LC) need a culture and sensitivity result, or authorisation from the Clinical Director, and a reason recorded in the clinical notes.
4. Topical treatment is preferred for superficial skin infections where possible.
5. Farm units review antibiotic use quarterly against herd targets.
6. Each clinic audits 20 antibiotic prescriptions every quarter.

Questions: Clinical Director, Dr Owen Trethewey.""")
    add("policy-repeat-prescriptions.md", "Policy: repeat prescriptions", "2026-09-28", f"""
- Repeat prescriptions can be requested through the {PORTAL_NEW} or by phone with **{RX_NOTICE_NEW}** notice (before 28 September 2026 it was {RX_NOTICE_OLD}).
- Dispensing charge: {P('repeatrx')} per dispensing. Written prescriptions: {P('writtenrx')}.
- Pets on long-term medication must be examined by a vet at least every 6 months (every 3 months for controlled drugs and for cats on methimazole in the first year).
- Controlled drugs (for example Gabanora is not controlled in animals, but Vetbup and Methadol are) are not dispensed for home use without a vet check, except buprenorphine buccal for post-operative pain.
- Repeat prescriptions are collected from the clinic where the pet is registered unless another clinic is requested.""")
    add("policy-estimates-and-payment.md", "Policy: estimates and payment", "2026-08-01", f"""
- Payment is due at the time of treatment. We accept card, cash and bank transfer.
- Written estimates are given for all procedures over £300.
- Deposits: 50% for planned procedures over £800.
- Insurance: we can claim directly from most insurers for claims over £500 if the client completes the authorisation form; an administration fee of £25.00 applies to direct claims. Claim forms for client-paid claims are completed free of charge.
- Payment plans are not offered, but Care Club spreads preventive care costs monthly.
- Prices are on the price list pages (current prices from {PRICE_CHANGE_DATE}).""")
    add("policy-controlled-drugs.md", "Policy: controlled drugs", "2026-09-30", """
- Schedule 2 controlled drugs (for example Methadol) are kept in a locked CD cabinet; every entry in the register needs a witness.
- Schedule 3 drugs (for example Vetbup and Alfaxil) are recorded in the clinic CD register under group policy, even where not legally required.
- Running balances are checked weekly by a vet and nurse; discrepancies are reported to the Clinical Director within 24 hours.
- Out-of-date CDs are destroyed only in the presence of an authorised witness.
- CD registers remain paper registers and were not migrated to Pawtrack Cloud.""")
    add("policy-complaints.md", "Policy: complaints procedure", "2026-05-01", """
We aim to resolve concerns quickly and fairly.

1. Speak to the clinic first: most concerns are resolved by the lead vet or head nurse.
2. Written complaints go to the Practice Manager, Joanna Pellow, at complaints@tallowbrookvets.example. We acknowledge within 3 working days and respond fully within 20 working days.
3. If you are not satisfied, you can contact the Veterinary Client Mediation Service, which is free and independent.

We keep a record of all complaints and review themes quarterly.""")
    add("policy-missed-appointments.md", "Policy: missed and late-cancelled appointments", "2026-09-01", f"""
- Please give at least 24 hours' notice to cancel.
- Missed consultations or those cancelled with less than 24 hours' notice may be charged a £20.00 fee after the second occurrence in 12 months.
- Missed surgery admissions without notice are charged £50.00.
- Reminders for appointments are sent by SMS from {SMS_NEW} the day before.
- The fee is waived for emergencies and bereavement.
- Care Club members are treated the same way; missed-appointment fees are not discounted.
- If you are running late, phone the clinic; we will see you if we can, or rebook without charge the first time.""")
    add("policy-discharge-communication-standard.md", "Policy: discharge communication standard", "2026-09-01", f"""
Every patient going home after a procedure or hospital stay gets written discharge instructions.

- Written in plain English; no abbreviations such as SID/BID on the owner's copy ("once a day", "twice a day")
- Medicines listed with name, dose, how often and the date to stop
- Clear "call us straight away if" signs
- Follow-up appointments: **post-operative checks at 2-3 days and 10-14 days after surgery are free of charge**
- Out-of-hours contact: {OOH_NEW['name']}, {OOH_NEW['phone']} (small animals); farm on-call {FARM_OOH}
- A nurse phones the owner the day after any general anaesthetic

Owned by the Group Head Nurse (Aisha Kofi-Bright).""")
    add("policy-referrals.md", "Policy: referrals", "2026-04-15", """
- Referral is offered whenever a case needs skills or equipment we do not have, or when the owner asks.
- The referring vet writes a referral letter with history, findings, diagnostics, treatment and current medication, and copies it to the owner.
- Preferred centres: Severnside Veterinary Referrals (orthopaedics, neurology, MRI), Fenwold Animal Eye Clinic, Northmoor Cardiology Service (visiting clinic at Tallowbrook Central on the first Tuesday of each month), Wendmoor Skin and Ear Referrals, Castlegate Oncology Referrals and Westmarch Equine and Farm Hospital.
- Insurance pre-authorisation should be checked before the referral appointment.
- Clinical records and imaging are sent within 1 working day of the referral being accepted.""")
    add("policy-euthanasia-and-aftercare.md", "Policy: euthanasia and aftercare", "2026-08-01", f"""
- Euthanasia appointments are booked at the end of a session where possible, in a quiet room; home visits can be arranged (home visit call-out {P('homevisit')} plus the euthanasia fee).
- Euthanasia in clinic: {P('euth')}.
- Communal cremation (up to 10 kg): {P('cremcomm')}. Individual cremation with casket (up to 10 kg): {P('cremind')}. Heavier pets are priced by weight.
- Ashes are usually returned to the clinic within 10 working days.
- Reminders for the pet are cancelled immediately in Pawtrack Cloud.
- We send a condolence card signed by the team.""")
    add("policy-data-protection.md", "Policy: data protection and client records", "2026-09-28", f"""
- Client and patient records are held in {PMS_NEW} (hosted in UK data centres) since 28 September 2026.
- Records are kept for 7 years after the last visit.
- Clients can request a copy of their records; we respond within one month.
- Marketing messages are only sent with consent; service reminders (vaccinations, health-plan renewals, medication reviews) are sent as part of care.
- The VetLedger read-only archive is deleted after 31 March 2027.""")
    add("faq-vaccinations-general.md", "FAQ: vaccinations", "2026-07-01", f"""
## When should my puppy have injections?
At 8 and 12 weeks under our current protocol (since 15 June 2026). They can go out 1 week after the second injection.

## Why does my dog need two injections this year?
We switched to Leptoguard L4 on 15 June 2026. Dogs previously on L2 need two L4 doses 4 weeks apart once; the second dose is {P('l4conv')}.

## How much is a booster?
Dog booster {P('dogboost')}, cat booster {P('catboost')}, rabbit Lapivac Duo {P('rabbitvax')} (from {PRICE_CHANGE_DATE}). Boosters are included in the Care Club.

## Is kennel cough vaccine needed?
For dogs going to kennels, daycare, groomers or training classes. Tussivax IN is given up the nose, {P('kc')}.

## My pet had a reaction last time
Tell us before the appointment; we can give the vaccine with a longer observation period.""")
    add("faq-out-of-hours-general.md", "FAQ: emergencies and out-of-hours", "2026-07-05", f"""
## Who sees my pet when you're closed?
{OOH_NEW['name']} at {OOH_NEW['address']}, telephone {OOH_NEW['phone']}, from 1 July 2026.

## Is it more expensive?
Yes. Brightwater charges its own fees, starting at {OOH_NEW['fees']['evening']} for a weekday evening consultation, {OOH_NEW['fees']['night']} at night and {OOH_NEW['fees']['weekend']} for weekend daytime. Care Club discounts do not apply.

## What counts as an emergency?
Breathing difficulty, collapse, seizures, a male cat straining to urinate, heavy bleeding, suspected poisoning, a swollen abdomen with retching, road accidents, or a rabbit that has stopped eating or producing droppings.

## What about my cows or sheep?
Our own farm vets cover farm emergencies around the clock on {FARM_OOH}.""")
    add("faq-new-client-registration.md", "FAQ: registering as a new client", "2026-10-01", f"""
## How do I register?
Register at any clinic, by phone, or online via the {PORTAL_NEW}. You'll need your address, phone number and your pet's previous vaccination record.

## Is there a registration fee?
No.

## Can I register at more than one clinic?
You register with the group and choose a home clinic; you can be seen at any of the six clinics.

## Do you take farm clients?
Yes, through Ashcombe Ferrers and Dunstow. A farm registration visit is charged at the farm visit rate ({P('farmvisit')}) plus vet time.

## What about my previous vet's records?
We request them with your permission.""")
    add("faq-farm-tb-testing.md", "FAQ: TB testing for farm clients", "2026-08-01", f"""
## How much does TB testing cost?
From 1 August 2026: {P('tbtest')} per head plus the farm visit charge of {P('farmvisit')} for each of the two visits (injection and reading). Previously {P('tbtest','old')} per head and {P('farmvisit','old')} per visit.

## How far ahead should I book?
At least 10 days before the test is due. Dunstow offers Saturday TB testing by arrangement since June 2026.

## What do I need to have ready?
A working crush, gates and enough helpers, plus your holding number and cattle passports.

## Who are your Official Veterinarians?
Dr Angus Merriott (Ashcombe Ferrers), Dr Ieuan Probert and Dr Rhodri Pask (Dunstow), among others.""")
    add("farm-services-overview.md", "Farm services overview", "2026-08-01", f"""
Our farm team works from Ashcombe Ferrers ({C['ashcombe-ferrers']['phone']}) and Dunstow ({C['dunstow']['phone']}).

## Services
- Herd and flock health planning
- TB testing ({P('tbtest')} per head)
- Fertility visits and pregnancy scanning ({P('pdscan')} per head)
- Calving ({P('calving')} plus visit charge) and lambing support ({P('lambing')} for a ewe caesarean)
- Mastitis control and bulk-milk analysis
- Faecal egg counts and parasite planning (£14.00 per sample)
- Post-mortems at Dunstow

## Charges
Farm visit charge {P('farmvisit')}; routine vet time {P('farmhour')} per hour.

## Out of hours
Farm on-call vet: {FARM_OOH}, 24 hours a day.""")
    add("farm-lambing-season-2026.md", "Lambing season 2026: arrangements", "2026-02-10", """
During lambing season (1 March to 30 April 2026):

- Dunstow and Ashcombe Ferrers keep a lambing pen ready for ewe caesareans brought in during opening hours
- Bring ewes in if it will be quicker than waiting for a visit
- Lamb post-mortems at Dunstow are free for flock health plan members
- Twin lamb disease and hypocalcaemia treatments are stocked at both farm dispensaries
- Out of hours: the farm on-call line, 01632 480199

Dr Ieuan Probert runs a pre-lambing meeting at Dunstow on 12 February 2026 at 19:30.""")
    add("pet-travel-guide.md", "Pet travel: a guide for owners", "2026-05-12", """
Travelling abroad with a dog, cat or ferret needs planning.

1. Microchip first, then rabies vaccination (Rabigard-V, £72.00) from 12 weeks old.
2. Wait 21 days after the primary rabies vaccination before travel.
3. An Animal Health Certificate (AHC) is issued by an Official Veterinarian no more than 10 days before travel. Tallowbrook Central and Kelsby have OVs for pet travel.
4. Dogs returning to Great Britain need tapeworm treatment 1-5 days before arrival (not needed for Ireland, Northern Ireland, Finland, Malta or Norway).

Book the AHC appointment at least 3 weeks ahead.""")
    add("policy-pets-in-hospital-visiting.md", "Policy: visiting pets in hospital", "2026-06-01", """
- Visiting inpatients at Tallowbrook Central is by arrangement between 14:00 and 16:00 on weekdays, and on Sundays during the 10:00-12:00 nurse-only session.
- Visits last up to 20 minutes and are supervised by a nurse.
- Pets in isolation cannot be visited.
- Inpatient updates: a vet or nurse phones the owner at least once a day, usually between 11:00 and 13:00.
- Owners may bring a favourite blanket or toy, but not food unless the vet agrees.""")
    add("notice-2026-09-28-pawtrack-go-live.md", "Notice: our new booking system goes live on 28 September", "2026-09-14", f"""
On **Monday 28 September 2026** we move to a new system, {PMS_NEW}, across all six clinics.

- The {PORTAL_OLD} app stops working on 26 September at 16:00
- You will receive an invitation to the **{PORTAL_NEW}** during the week of 28 September
- Texts will come from **{SMS_NEW}**
- Repeat prescriptions will need only {RX_NOTICE_NEW} notice

On Saturday 26 and Sunday 27 September there may be short delays at reception while we finish the move. Thank you for your patience.""", "Date")
    add("guide-reception-triage.md", "Reception guide: telephone triage", "2026-07-01", f"""
For reception staff at all clinics.

## Same-day emergency (book immediately, tell the vet)
Breathing difficulty, collapse, seizure lasting over 5 minutes or clusters, blocked male cat, bloat signs, heavy bleeding, toxin ingestion (chocolate, xylitol, lilies, rat bait), dystocia, rabbit not eating for 12 hours or more.

## Urgent (same day)
Vomiting with blood, eye injuries, lameness not bearing weight, wounds.

## Routine
Vaccinations, skin problems of more than a week, weight checks.

## When closed
Divert to {OOH_NEW['name']} ({OOH_NEW['phone']}). Farm calls to {FARM_OOH}.

## Toxins
For suspected poisoning, note the product, amount and time; the vet may contact the Animal PoisonLine.""")
    add("guide-orrin-cross-surgical-pathway.md", "Orrin Cross: surgery and imaging pathway", "2026-05-05", """
Orrin Cross has no theatre or X-ray. Patients needing surgery or imaging are booked at Tallowbrook Central.

- Reception at Orrin Cross books the Tallowbrook Central theatre slot directly in the shared diary
- Owners drop the pet at Tallowbrook Central between 08:00 and 08:45
- Post-operative checks can be done back at Orrin Cross
- Medicines to go home are dispensed at Tallowbrook Central on discharge
- Dr Naomi Sallis operates at Tallowbrook Central on Wednesdays, so many Orrin Cross patients keep the same vet""")
    return D

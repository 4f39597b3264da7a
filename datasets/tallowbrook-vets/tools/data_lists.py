# brand | generic | class | species | presentation | dose | frequency | price per unit | key caution
DRUGS = """Meloxan|meloxicam|NSAID|dogs and cats|1.5 mg/ml oral suspension (dogs), 0.5 mg/ml (cats)|0.1 mg/kg after a 0.2 mg/kg loading dose (dogs); 0.05 mg/kg (cats)|SID with food|£0.62 per ml|Avoid with steroids, other NSAIDs or dehydration; monitor renal values in older cats
Carprocare|carprofen|NSAID|dogs|20 mg, 50 mg and 100 mg chewable tablets|4 mg/kg/day|SID or divided BID|£0.48 per 50 mg tablet|Not licensed for cats orally; check liver values in long-term use
Robenix|robenacoxib|NSAID (coxib)|dogs and cats|6 mg tablets (cats), 10-40 mg tablets (dogs)|1 mg/kg (cats), 1-2 mg/kg (dogs)|SID, on an empty stomach or with a small amount of food|£1.35 per tablet|Cats: up to 6 days unless the vet directs otherwise
Gabanora|gabapentin|anticonvulsant / neuropathic analgesic|dogs and cats|50 mg and 100 mg capsules, 50 mg/ml oral solution|5-10 mg/kg (pain); 50-100 mg per cat pre-visit|BID-TID|£0.55 per capsule|Causes sedation and wobbliness; the oral solution for humans may contain xylitol and must not be substituted
Amoxiclav-V|amoxicillin-clavulanic acid|potentiated aminopenicillin antibiotic|dogs and cats|50 mg, 250 mg and 500 mg tablets|12.5 mg/kg|BID|£0.72 per 250 mg tablet|First-line option under the group antibiotic stewardship policy
Cefalyn|cefalexin|first-generation cephalosporin antibiotic|dogs and cats|300 mg and 600 mg tablets|15-30 mg/kg|BID|£0.69 per 300 mg tablet|Common choice for superficial pyoderma; give the whole course
Doxivet|doxycycline|tetracycline antibiotic|dogs, cats and rabbits|50 mg and 200 mg tablets|10 mg/kg|SID|£0.58 per 50 mg tablet|Cats: follow tablets with water or food to prevent oesophageal stricture
Marbotab|marbofloxacin|fluoroquinolone antibiotic|dogs and cats|5 mg, 20 mg and 80 mg tablets|2 mg/kg|SID|£1.10 per 20 mg tablet|Protected critically important antibiotic: culture and sensitivity required unless the clinical director authorises
Metrozol|metronidazole|nitroimidazole antibiotic|dogs and cats|250 mg and 500 mg tablets|15 mg/kg|BID|£0.66 per 250 mg tablet|Not first-line for acute diarrhoea under group policy; neurological signs at high doses
Nauseaze|maropitant|NK1 antagonist antiemetic|dogs and cats|16 mg, 24 mg, 60 mg and 160 mg tablets; 10 mg/ml injection|2 mg/kg orally (dogs); 1 mg/kg injection|SID for up to 5 days|£3.40 per 60 mg tablet|Travel sickness dose is 8 mg/kg given at least 1 hour before the journey
Gastroprot|omeprazole|proton pump inhibitor|dogs and cats|10 mg and 20 mg capsules|1 mg/kg|BID, 30 minutes before food|£0.35 per 10 mg capsule|Review if used for more than 8 weeks
Prednivet|prednisolone|glucocorticoid|dogs, cats and horses|1 mg and 5 mg tablets|0.5-1 mg/kg (anti-inflammatory)|SID, tapering|£0.18 per 5 mg tablet|Do not stop suddenly after long courses; increased thirst and appetite are expected
Dexacort|dexamethasone|glucocorticoid|dogs, cats, cattle and horses|2 mg/ml injection|0.05-0.2 mg/kg|Single dose or as directed|£4.80 per ml|Avoid in pregnant cattle in late gestation
Furovet|furosemide|loop diuretic|dogs and cats|10 mg and 40 mg tablets|1-2 mg/kg|BID (can be increased by the vet)|£0.22 per 40 mg tablet|Monitor kidney values and electrolytes
Cardipen|pimobendan|inodilator|dogs|1.25 mg, 2.5 mg, 5 mg and 10 mg chewable tablets|0.25 mg/kg|BID, 1 hour before food|£1.05 per 5 mg tablet|Used in pre-clinical MMVD (stage B2) and DCM
Benazecare|benazepril|ACE inhibitor|dogs and cats|5 mg and 20 mg tablets|0.5-1 mg/kg|SID|£0.64 per 5 mg tablet|Recheck renal values 1-2 weeks after starting
Amlodin|amlodipine|calcium-channel blocker|cats|1.25 mg tablets|0.125-0.25 mg/kg (usually 0.625-1.25 mg per cat)|SID|£0.82 per tablet|Recheck blood pressure 7-10 days after starting
Thyrexa|methimazole (thiamazole)|antithyroid|cats|2.5 mg and 5 mg tablets|2.5 mg per cat starting dose|BID|£0.46 per 5 mg tablet|5 mg tablets in supply shortage from August 2026 (see the Thyrexa shortage notice)
Methisol|methimazole (thiamazole)|antithyroid|cats|5 mg/ml oral solution|2.5 mg per cat starting dose|BID|£1.95 per ml|Substitute for Thyrexa 5 mg tablets during the 2026 shortage; dose in mg is unchanged
Levothyr|levothyroxine|thyroid hormone|dogs|200 microgram and 800 microgram tablets|20 micrograms/kg|BID initially, then SID|£0.31 per 200 mcg tablet|Post-pill T4 4-6 hours after dosing, 4 weeks after starting
Insuvet|porcine lente insulin|insulin|dogs and cats|40 IU/ml vial (U-40 syringes only)|0.25-0.5 IU/kg starting dose|BID with meals|£38.60 per 10 ml vial|Use U-40 syringes only; never give if the pet has not eaten
Trilocure|trilostane|adrenal steroid synthesis inhibitor|dogs|10 mg, 30 mg and 60 mg capsules|1-2 mg/kg|SID or BID with food|£1.60 per 30 mg capsule|ACTH stimulation or pre-pill cortisol monitoring at 10 days, 4 weeks and 12 weeks
Cyclovet|ciclosporin|calcineurin inhibitor immunomodulator|dogs and cats|25 mg, 50 mg and 100 mg capsules; 100 mg/ml oral solution (cats)|5 mg/kg (dogs); 7 mg/kg (cats)|SID|£2.20 per 50 mg capsule|Vomiting is common in the first week; give 2 hours before or after food
Itchaway|oclacitinib|JAK inhibitor|dogs|3.6 mg, 5.4 mg and 16 mg tablets|0.4-0.6 mg/kg|BID for 14 days then SID|£1.48 per 5.4 mg tablet|Not for dogs under 12 months
Dermazol Wash|miconazole-chlorhexidine|topical antifungal/antiseptic|dogs and cats|shampoo, 250 ml|Topical|Twice weekly, 10-minute contact time|£17.90 per bottle|Rinse thoroughly; avoid eyes
Otiflex|florfenicol-terbinafine-mometasone|topical otic combination|dogs|ear gel, single-dose tubes|1 tube per affected ear|Two doses 7 days apart (clinic-applied)|£24.50 per ear|Check eardrum is intact before use
Optichlor|chloramphenicol|ophthalmic antibiotic|dogs, cats and rabbits|1% eye ointment|A thin strip|TID-QID|£9.20 per tube|Wear gloves; not for deep ulcers without review
Tearlift|ciclosporin 0.2%|ophthalmic immunomodulator|dogs|eye ointment|1 cm strip|BID|£29.50 per tube|Lifelong in most dry-eye cases
Phenobar|phenobarbital|anticonvulsant|dogs|15 mg, 30 mg and 60 mg tablets|2.5 mg/kg|BID|£0.12 per 30 mg tablet|Serum levels 2 weeks after starting, then every 6 months; liver monitoring
Levetrix|levetiracetam|anticonvulsant|dogs and cats|250 mg and 500 mg tablets|20 mg/kg|TID|£0.52 per 250 mg tablet|Often used as add-on therapy; do not stop abruptly
Vetbup|buprenorphine|opioid analgesic|dogs, cats and rabbits|0.3 mg/ml injection and buccal|0.02 mg/kg|Every 6-8 hours|£6.40 per ml|Schedule 3 controlled drug: recorded in the CD register
Methadol|methadone|full opioid agonist|dogs and cats|10 mg/ml injection|0.2-0.3 mg/kg|Every 4 hours|£5.20 per ml|Schedule 2 controlled drug: register entry and witness required
Alfaxil|alfaxalone|injectable anaesthetic|dogs, cats and rabbits|10 mg/ml injection|2 mg/kg (dogs), 5 mg/kg (cats) to effect|Induction|£7.90 per ml|Schedule 3 controlled drug
Medetomid|medetomidine|alpha-2 agonist sedative|dogs and cats|1 mg/ml injection|10-20 micrograms/kg|Single dose|£3.10 per ml|Reversal with Atipazole
Atipazole|atipamezole|alpha-2 antagonist|dogs and cats|5 mg/ml injection|5 x the medetomidine dose in micrograms (dogs)|Single dose|£3.60 per ml|Give intramuscularly
Praziguard|praziquantel-pyrantel-febantel|broad-spectrum wormer|dogs and cats|flavoured tablets|1 tablet per 10 kg (dogs)|Every 3 months (monthly for lungworm-risk dogs if combined with FleaShield Plus)|£2.90 per tablet|Included in Care Club plans
FleaShield Spot-On|fipronil-(S)-methoprene|ectoparasiticide|dogs and cats|spot-on pipettes by weight band|1 pipette|Every 4 weeks|£6.20 per pipette|Do not use dog products on cats unless labelled for cats
FleaShield Plus|moxidectin-imidacloprid|endectocide spot-on|dogs and cats|spot-on pipettes by weight band|1 pipette|Every 4 weeks|£9.80 per pipette|Prevents lungworm (Angiostrongylus vasorum) in dogs
Tickbane Chew|fluralaner|isoxazoline ectoparasiticide|dogs|chewable tablets by weight band|1 chew|Every 12 weeks|£31.00 per chew|Report any neurological signs
Lapifly|cyromazine|insect growth regulator|rabbits|pour-on, 100 ml|1 ml per kg around the rear end|Every 8-10 weeks, April to October|£14.80 per bottle|Prevents fly-strike; not a substitute for checking the rear end daily
Fenbenz-R|fenbendazole|benzimidazole anthelmintic|rabbits|paste|20 mg/kg|SID for 9 days (E. cuniculi)|£12.60 per tube|Used for Encephalitozoon cuniculi treatment and prevention
Renalease|benazepril|ACE inhibitor (renal formulation)|cats|2.5 mg flavoured tablets|0.5-1 mg/kg|SID|£0.70 per tablet|Indicated for proteinuria in CKD
Phosbind-V|aluminium hydroxide|phosphate binder|cats and dogs|powder|As directed by the vet|With each meal|£18.50 per pot|Mix well into wet food
Mirtazap|mirtazapine|appetite stimulant|cats|2% transdermal ointment|1.5 inch strip to the inner ear|SID for up to 14 days|£26.90 per tube|Wear gloves; alternate ears
Cerenade|cerenia-free gabapentin blend|NOT A DRUG ENTRY|none|none|none|none|none|none
Ulcerex|sucralfate|gastroprotectant|dogs and cats|1 g tablets (crushed into a slurry)|0.5-1 g per dog; 0.25 g per cat|TID|£0.40 per tablet|Separate from other oral medicines by 2 hours
Lactulax|lactulose|osmotic laxative|dogs and cats|667 mg/ml solution|0.5 ml/kg|BID-TID|£0.09 per ml|Adjust to soft stool
Urocalm|potassium citrate|urinary alkaliniser|dogs|tablets|As directed|BID|£0.44 per tablet|Used in calcium oxalate management
Incontrol|phenylpropanolamine|sympathomimetic (urinary continence)|dogs|50 mg chewable tablets and 40 mg/ml syrup|1-1.5 mg/kg|BID-TID|£0.57 per tablet|Check blood pressure in older dogs
Estriol-V|estriol|oestrogen (urinary continence)|dogs (spayed bitches)|1 mg tablets|1 mg per dog then reduce|SID|£0.78 per tablet|Not for entire bitches
Atopivac|lokivetmab|anti-IL-31 monoclonal antibody|dogs|injection by weight|1-2 mg/kg|Every 4-8 weeks|£62.00 per injection (up to 10 kg)|Given in clinic only
Pain-Ease mAb|bedinvetmab|anti-NGF monoclonal antibody|dogs|injection by weight|0.5-1 mg/kg|Every 4 weeks|£58.00 per injection (up to 10 kg)|For osteoarthritis pain; given in clinic
Felipain mAb|frunevetmab|anti-NGF monoclonal antibody|cats|injection|1-2.8 mg/kg|Every 4 weeks|£44.00 per injection|For osteoarthritis pain in cats
Bovicef LC|cefquinome|intramammary antibiotic (lactating cow)|cattle|8 g intramammary tubes|1 tube per affected quarter|Every 12 hours for 3 milkings|£4.90 per tube|Milk withdrawal 5 days; highest-priority CIA: use only with culture support
Dryguard Seal|bismuth subnitrate|internal teat sealant|cattle|4 g intramammary tubes|1 tube per quarter at drying off|Once at drying off|£1.85 per tube|Strict hygiene at insertion
Oxytet LA|oxytetracycline long-acting|tetracycline antibiotic|cattle and sheep|200 mg/ml injection|20 mg/kg|Single dose, repeat after 72 hours if needed|£0.14 per ml|Meat withdrawal 28 days (cattle), milk 10 days
Ovimec|ivermectin|macrocyclic lactone anthelmintic|sheep and cattle|oral drench and injection|0.2 mg/kg|Single dose|£0.11 per ml (drench)|Follow SCOPS guidance; faecal egg count before and after
Clostrivax 8|multivalent clostridial vaccine|vaccine|sheep and cattle|injection, 50 ml|2 ml per sheep; 4 ml per cow|Two-dose primary, annual booster 4-6 weeks before lambing/calving|£0.38 per sheep dose|Store at 2-8 °C
Bovimune BVD|BVD vaccine|vaccine|cattle|injection, 10-dose vial|2 ml|Primary course, annual booster|£6.40 per dose|Give 4 weeks before breeding
Calfsure Oral|halofuginone|anti-cryptosporidial|calves|0.5 mg/ml oral solution|2 ml per 10 kg|SID for 7 days|£0.52 per ml|Give after feeding; never on an empty stomach
Tilmicosin-V|tilmicosin|macrolide antibiotic|cattle and sheep|300 mg/ml injection|10 mg/kg|Single dose (vet administration only)|£0.92 per ml|Fatal to humans if injected; vet administration only under group policy
Flunix|flunixin meglumine|NSAID|cattle and horses|50 mg/ml injection|2.2 mg/kg|SID for up to 3 days|£0.62 per ml|Meat withdrawal 10 days (cattle)
Zinc-Hoof|zinc sulphate|footbath|sheep and cattle|powder|10% solution|Stand 5 minutes|£42.00 per 25 kg|Dispose of used footbath safely
Lapivac Duo|myxomatosis/RHD1/RHD2 vaccine|vaccine|rabbits|single-dose vial|1 ml subcutaneously|Annually|£59.00 per dose (clinic price including check)|From 5 weeks of age
Canivax DHP|canine distemper, hepatitis, parvovirus vaccine|vaccine|dogs|single-dose vial|1 ml|Primary course then every 3 years|Included in booster price|Given with Leptoguard L4
Leptoguard L4|leptospirosis vaccine (4 serovars)|vaccine|dogs|single-dose vial|1 ml|Two doses 4 weeks apart, then annually|Included in booster price|Replaced Leptoguard L2 from 15 June 2026
Felivax RCP|feline calicivirus, herpesvirus and panleucopenia vaccine|vaccine|cats|single-dose vial|1 ml|Primary course at 9 and 12 weeks, then annually|Included in booster price|Lifestyle-based booster interval for indoor cats after age 3
Felivax FeLV|feline leukaemia virus vaccine|vaccine|cats|single-dose vial|1 ml|Two doses 3-4 weeks apart, then annually|£18.00 add-on|Recommended for cats with outdoor access
Tussivax IN|Bordetella bronchiseptica and parainfluenza vaccine|vaccine|dogs|intranasal single dose|0.4 ml into one nostril|Annually|£41.00|Give at least 3 weeks before kennels
Rabigard-V|rabies vaccine|vaccine|dogs, cats and ferrets|single-dose vial|1 ml|Single dose from 12 weeks, booster as per manufacturer|£72.00|Needed for travel; blood test timings apply for some countries
"""
DRUGS = [l.split("|") for l in DRUGS.strip().splitlines() if "NOT A DRUG" not in l]

# name | species | system | signs | tests | treatment | linked brands
CONDITIONS = """Osteoarthritis|dog|musculoskeletal|stiffness after rest, reluctance to jump, lameness, muscle loss|orthopaedic exam, X-rays, pain scoring|weight control, NSAIDs, anti-NGF injections, physiotherapy|Carprocare, Pain-Ease mAb
Osteoarthritis|cat|musculoskeletal|not jumping up, poor grooming, toileting outside the tray, irritability|orthopaedic exam, X-rays, owner checklist|NSAIDs, anti-NGF injections, home adaptations|Meloxan, Felipain mAb
Cranial cruciate ligament rupture|dog|musculoskeletal|sudden hind-leg lameness, sitting with leg out to the side, swelling of the stifle|drawer and tibial thrust tests, X-rays under sedation|surgical stabilisation (TPLO or lateral suture), rest, NSAIDs|Carprocare
Hip dysplasia|dog|musculoskeletal|bunny-hopping gait, reluctance on stairs, hind-limb weakness|X-rays, hip scoring|weight management, exercise control, pain relief, surgery in some cases|Carprocare, Pain-Ease mAb
Patellar luxation|dog|musculoskeletal|skipping gait, intermittent hind-leg carrying|palpation, grading, X-rays|monitoring for low grades, surgical correction for higher grades|Meloxan
Atopic dermatitis|dog|skin|itching of paws, face, ears and belly; recurrent ear infections|history, ruling out parasites and food allergy, allergy testing|itch control, skin barrier care, immunotherapy|Itchaway, Atopivac, Cyclovet
Flea allergy dermatitis|dog|skin|itching over the back and tail base, hair loss, scabs|flea combing, response to treatment|strict flea control for all pets in the home|FleaShield Plus, Tickbane Chew
Flea allergy dermatitis|cat|skin|small scabs (miliary dermatitis), overgrooming, hair loss|flea combing, response to treatment|monthly flea control for all pets, home treatment|FleaShield Spot-On
Superficial pyoderma|dog|skin|red spots, pustules, circular scaly patches, itch|skin cytology, sometimes culture|medicated washes, antibiotics when needed, treating the underlying cause|Dermazol Wash, Cefalyn
Otitis externa|dog|ears|head shaking, smelly discharge, scratching ears, pain|otoscope exam, ear cytology|ear cleaning, clinic-applied ear gel, treating allergy|Otiflex
Ear mites|cat|ears|dark waxy discharge, scratching, head shaking|otoscope exam, microscopy|parasiticide spot-on, ear cleaning|FleaShield Plus
Ringworm (dermatophytosis)|cat|skin|circular hair loss, scaling, sometimes no signs|Wood's lamp, fungal culture, PCR|antifungal washes and oral treatment, environmental cleaning|Dermazol Wash
Hyperthyroidism|cat|endocrine|weight loss despite good appetite, thirst, vomiting, restlessness, fast heart rate|total T4 blood test, blood pressure, kidney values|antithyroid medication, radioiodine, diet, or surgery|Thyrexa, Methisol
Diabetes mellitus|cat|endocrine|increased thirst and urination, weight loss, increased appetite, plantigrade stance|blood glucose, fructosamine, urinalysis|insulin, diet change, home monitoring|Insuvet
Diabetes mellitus|dog|endocrine|increased thirst and urination, weight loss, cataracts|blood glucose, fructosamine, urinalysis|twice-daily insulin with meals, consistent exercise, spaying of entire females|Insuvet
Hypothyroidism|dog|endocrine|weight gain, lethargy, poor coat, recurrent skin infections|total T4, TSH, free T4|daily thyroid hormone supplementation|Levothyr
Cushing's disease (hyperadrenocorticism)|dog|endocrine|drinking and urinating more, pot belly, panting, thin skin, hair loss|ACTH stimulation test, low-dose dexamethasone test, ultrasound|trilostane with regular monitoring|Trilocure
Addison's disease (hypoadrenocorticism)|dog|endocrine|vague illness, vomiting, weakness, collapse in a crisis|electrolytes, ACTH stimulation test|hormone replacement, emergency fluids in a crisis|Prednivet
Chronic kidney disease|cat|urinary|thirst, weight loss, poor appetite, vomiting, poor coat|creatinine, SDMA, urine specific gravity, urine protein, blood pressure|renal diet, phosphate control, blood pressure control, fluids|Renalease, Phosbind-V, Amlodin
Chronic kidney disease|dog|urinary|increased thirst, weight loss, reduced appetite|creatinine, SDMA, urinalysis, blood pressure|renal diet, managing protein loss and blood pressure|Benazecare
Feline idiopathic cystitis|cat|urinary|straining, frequent small urinations, blood in urine, urinating outside the tray|urinalysis, ruling out stones and infection|stress reduction, more water, pain relief; a blocked male is an emergency|Meloxan
Urinary tract infection|dog|urinary|frequent urination, accidents, blood in urine|urinalysis, urine culture|antibiotics based on culture where possible|Amoxiclav-V
Urinary incontinence|dog|urinary|leaking urine when lying down, damp bedding|urinalysis, history|continence medication|Incontrol, Estriol-V
Bladder stones|dog|urinary|straining, blood in urine, frequent urination|urinalysis, X-ray, ultrasound|diet dissolution (struvite), surgery for others|Urocalm
Myxomatous mitral valve disease|dog|cardiac|heart murmur, cough, tiring, fast breathing at rest|auscultation, echocardiography, chest X-rays, NT-proBNP|pimobendan from stage B2, diuretics in heart failure|Cardipen, Furovet
Hypertrophic cardiomyopathy|cat|cardiac|often none; fast breathing, sudden hind-leg paralysis (clot)|echocardiography, NT-proBNP|depends on stage; clot prevention; diuretics in heart failure|Furovet
Dilated cardiomyopathy|dog|cardiac|weakness, fainting, cough, fast breathing|echocardiography, ECG|pimobendan, diuretics, anti-arrhythmics|Cardipen
Hypertension|cat|cardiac|sudden blindness, bleeding in the eye, often none|blood pressure measurement|amlodipine, treat underlying disease|Amlodin
Acute gastroenteritis|dog|digestive|vomiting, diarrhoea, reduced appetite|history, faecal tests if persistent|bland diet, fluids, antiemetics; antibiotics rarely needed|Nauseaze
Pancreatitis|dog|digestive|vomiting, abdominal pain (prayer position), lethargy|canine pancreatic lipase test, ultrasound|fluids, pain relief, antiemetics, low-fat diet|Nauseaze, Vetbup
Inflammatory bowel disease|cat|digestive|chronic vomiting, diarrhoea, weight loss|bloods, B12, ultrasound, biopsies|diet trials, steroids, B12 supplementation|Prednivet
Gastric dilatation-volvulus (bloat)|dog|digestive|swollen abdomen, unproductive retching, collapse|clinical signs, X-ray|emergency stabilisation and surgery|Methadol
Foreign body obstruction|dog|digestive|repeated vomiting, abdominal pain, not eating|X-rays, ultrasound|endoscopy or surgery|Nauseaze
Constipation and megacolon|cat|digestive|straining, small hard faeces, vomiting|palpation, X-rays|laxatives, fluids, enemas under sedation, diet|Lactulax
Dental disease (periodontitis)|dog|dental|bad breath, tartar, red gums, dropping food|conscious oral exam, dental X-rays under anaesthetic|scale and polish, extractions, home brushing|Meloxan
Tooth resorption|cat|dental|dribbling, jaw chattering, dropping food, often hidden|dental X-rays under anaesthetic|extraction of affected teeth|Meloxan
Dental disease (overgrown teeth)|rabbit|dental|drooling, not eating, weepy eye, weight loss|oral exam, skull X-rays|burring under anaesthetic, hay-based diet|Meloxan
Gut stasis|rabbit|digestive|not eating, no droppings, hunched posture|exam, X-rays, blood glucose|emergency: pain relief, fluids, gut motility support, syringe feeding|Vetbup
Fly-strike (myiasis)|rabbit|skin|maggots around the rear end, lethargy, smell|examination|emergency clipping, cleaning, pain relief and fluids; prevention with pour-on|Lapifly
Encephalitozoon cuniculi|rabbit|neurological|head tilt, rolling, hind-limb weakness, cataract|serology, history|fenbendazole, supportive care|Fenbenz-R
Myxomatosis|rabbit|infectious|swollen eyes and genitals, lethargy|clinical signs|supportive care; often fatal in unvaccinated rabbits; prevention by vaccination|Lapivac Duo
Rabbit haemorrhagic disease (RHD2)|rabbit|infectious|sudden death, bleeding from nose, lethargy|post-mortem|no treatment; prevention by vaccination|Lapivac Duo
Snuffles (upper respiratory infection)|rabbit|respiratory|nasal discharge, sneezing, matted front paws|swab culture, skull X-rays|antibiotics, nebulisation|Doxivet
Parvovirus|dog|infectious|bloody diarrhoea, vomiting, collapse in puppies|in-clinic faecal antigen test|isolation, intensive fluids, antiemetics|Nauseaze
Leptospirosis|dog|infectious|fever, vomiting, jaundice, kidney failure|PCR, serology, bloods|antibiotics, fluids, hospital care; prevention by L4 vaccination|Doxivet, Leptoguard L4
Kennel cough (infectious tracheobronchitis)|dog|respiratory|honking cough, retching, mild fever|clinical signs|rest, cough control, antibiotics if pneumonia|Tussivax IN
Lungworm (Angiostrongylus vasorum)|dog|respiratory|cough, bleeding problems, tiring|faecal Baermann, in-clinic antigen test|moxidectin-based treatment, prevention monthly|FleaShield Plus
Cat flu|cat|respiratory|sneezing, eye and nose discharge, mouth ulcers, fever|PCR swabs|supportive care, eye treatment, feeding support|Optichlor
Feline asthma|cat|respiratory|coughing, wheezing, open-mouth breathing|chest X-rays, airway wash|inhaled or oral steroids, bronchodilators|Prednivet
Brachycephalic obstructive airway syndrome|dog|respiratory|noisy breathing, snoring, exercise and heat intolerance|airway exam under anaesthetic|weight loss, surgery (nares and soft palate)|Gastroprot
Epilepsy (idiopathic)|dog|neurological|seizures with normal behaviour between them|bloods, neuro exam, MRI for some|anticonvulsants, seizure diary|Phenobar, Levetrix
Intervertebral disc disease|dog|neurological|back pain, wobbliness, hind-leg paralysis|neuro exam, MRI|strict rest, pain relief, surgery for severe cases|Gabanora, Vetbup
Corneal ulcer|dog|eyes|squinting, watering, cloudy eye|fluorescein stain|antibiotic drops, pain relief, buster collar|Optichlor
Keratoconjunctivitis sicca (dry eye)|dog|eyes|sticky discharge, dull cornea, recurrent conjunctivitis|Schirmer tear test|lifelong ciclosporin ointment, tear replacers|Tearlift
Cataracts|dog|eyes|cloudy lens, bumping into things|ophthalmic exam, referral|referral for surgery|Tearlift
Glaucoma|dog|eyes|painful red eye, cloudy cornea, enlarged eye|tonometry|emergency pressure-lowering drugs, referral|Optichlor
Mast cell tumour|dog|oncology|skin lump that may change size|fine-needle aspirate, biopsy, staging|surgical removal with margins, chemotherapy for some|Prednivet
Lymphoma|cat|oncology|weight loss, vomiting, enlarged lymph nodes|ultrasound, biopsy|chemotherapy, steroids|Prednivet
Lymphoma|dog|oncology|enlarged lymph nodes, lethargy|fine-needle aspirate, staging|chemotherapy protocols, referral|Prednivet
Pyometra|dog|reproductive|drinking more, vaginal discharge, lethargy in an unspayed bitch|ultrasound, bloods|emergency spay|Amoxiclav-V
Obesity|dog|nutrition|body condition score 7/9 or more, tiring|weighing, body condition scoring|nurse weight clinics, measured feeding, exercise plan|Praziguard
Obesity|cat|nutrition|body condition score 7/9 or more, poor grooming|weighing, body condition scoring|nurse weight clinics, puzzle feeders, measured feeding|Praziguard
Cat bite abscess|cat|skin|painful swelling, fever, limping|examination|drainage, antibiotics, pain relief|Amoxiclav-V
Road traffic accident injuries|cat|emergency|wounds, lameness, shock, breathing problems|assessment, X-rays|emergency stabilisation, pain relief, surgery|Methadol
Chocolate toxicity|dog|toxicology|vomiting, restlessness, fast heart rate, tremors|history (type and amount eaten)|induced vomiting, activated charcoal, monitoring|Nauseaze
Lily toxicity|cat|toxicology|vomiting, drooling, then kidney failure|history|emergency decontamination, 48 hours of intravenous fluids|Furovet
Xylitol poisoning|dog|toxicology|weakness, collapse, seizures, liver failure|blood glucose, liver values|emergency decontamination, glucose support|Nauseaze
Anal gland impaction|dog|skin|scooting, licking the rear, smell|rectal exam|expression, antibiotics if abscessed, fibre|Meloxan
Aural haematoma|dog|ears|swollen ear flap|examination|drainage or surgery, treat the ear infection|Otiflex
Hepatic lipidosis|cat|digestive|not eating for several days, jaundice|bloods, ultrasound|feeding tube, fluids, appetite stimulants|Mirtazap
Mastitis (clinical)|cattle|udder|clots in milk, hot swollen quarter, sick cow in toxic cases|California milk test, culture|intramammary tubes, NSAIDs; toxic cases need intensive care|Bovicef LC, Flunix
Bovine viral diarrhoea (BVD)|cattle|infectious|poor fertility, abortions, persistently infected calves|ear-notch tag testing, bulk-milk antibody|removing PI animals, vaccination, biosecurity|Bovimune BVD
Bovine TB|cattle|infectious|usually no signs|intradermal comparative tuberculin test|statutory testing and movement restrictions|Oxytet LA
Milk fever (hypocalcaemia)|cattle|metabolic|wobbly, down cow near calving, cold ears|clinical signs, blood calcium|calcium borogluconate, oral calcium boluses|Flunix
Digital dermatitis|cattle|lameness|lameness, raw strawberry-like lesion at the heel|foot lift and inspection|topical treatment, footbathing, mobility scoring|Zinc-Hoof
Calf scour (cryptosporidiosis)|cattle|digestive|watery diarrhoea in calves under 3 weeks|faecal testing|oral fluids, halofuginone prevention, hygiene|Calfsure Oral
Calf pneumonia|cattle|respiratory|cough, fever, fast breathing, nasal discharge|clinical exam, lung ultrasound|antibiotics, NSAIDs, ventilation review|Tilmicosin-V, Flunix
Displaced abomasum|cattle|digestive|reduced milk, off feed, ping on the left side|auscultation with percussion|surgical correction (roll-and-toggle or surgery)|Flunix
Johne's disease|cattle|infectious|chronic weight loss, diarrhoea in adult cattle|milk or blood ELISA, faecal PCR|culling of test-positives, calf hygiene|Bovimune BVD
Lameness (footrot)|sheep|lameness|lameness, smelly moist infection between claws|foot inspection|prompt antibiotic treatment, vaccination, culling repeat cases|Oxytet LA
Scald (interdigital dermatitis)|sheep|lameness|lameness, pink moist skin between the claws|foot inspection|footbathing, topical treatment|Zinc-Hoof
Twin lamb disease (pregnancy toxaemia)|sheep|metabolic|dull ewes in late pregnancy, blindness, recumbency|blood BHB, body condition|oral glucose precursor, nutrition review|Flunix
Clostridial disease|sheep|infectious|sudden death|post-mortem|prevention by vaccination|Clostrivax 8
Parasitic gastroenteritis|sheep|digestive|scouring, poor growth in lambs|faecal egg counts|targeted worming, resistance testing|Ovimec
Orf|sheep|skin|scabby lesions on lips and teats|clinical signs|supportive care; zoonotic, wear gloves|Oxytet LA
Sheep scab|sheep|skin|intense itching, wool loss|skin scrape, blood test|injectable or plunge dip treatment, whole-flock approach|Ovimec
Fly-strike|sheep|skin|discoloured wool, agitation, maggots|inspection|clipping, treatment, preventative pour-ons|Ovimec
Watery mouth|sheep|digestive|drooling, bloating in lambs under 3 days|clinical signs|colostrum management, oral antibiotics in problem flocks|Oxytet LA
Laminitis|horse|lameness|reluctance to walk, leaning back, hot feet|clinical exam, X-rays|pain relief, box rest, diet control|Flunix
"""
CONDITIONS = [l.split("|") for l in CONDITIONS.strip().splitlines()]

PROCEDURES = """Cat spay|catspay|cats|ovariohysterectomy through a small flank or midline incision|day patient|10 days|Remove food at 8pm the night before; water is fine
Cat castration|catcast|cats|removal of both testes through two small scrotal incisions|day patient|not usually needed|Remove food at 8pm the night before
Dog spay (under 20 kg)|dogspay20|dogs|ovariohysterectomy or laparoscopic ovariectomy|day patient|10-14 days|Best done 3 months after a season
Dog spay (20-40 kg)|dogspay40|dogs|ovariohysterectomy through a midline incision|day patient|10-14 days|Larger dogs may need a body suit instead of a cone
Dog castration (under 20 kg)|dogcast20|dogs|removal of both testes through a single pre-scrotal incision|day patient|10 days|Lead walks only for 10 days
Dog castration (20-40 kg)|dogcast40|dogs|removal of both testes through a single pre-scrotal incision|day patient|10 days|Lead walks only for 10 days
Rabbit neutering|rabbitneuter|rabbits|spay or castration with rabbit-specific anaesthetic protocol; rabbits are NOT starved|day patient|10 days|Bring some of your rabbit's usual food and a bonded companion if possible
Dental scale and polish|dental1|dogs and cats|ultrasonic scaling above and below the gum line, polishing and charting|day patient|not usually needed|Dental X-rays recommended and charged separately
Dental with extractions|dental2|dogs and cats|scale and polish with up to three surgical extractions and dissolvable sutures|day patient|7-10 days (soft food)|Pain relief for 3-5 days
Full-mouth dental X-rays|dentalxray|dogs and cats|radiographs of every tooth under the same anaesthetic|add-on|none|Detects tooth root problems invisible on the surface
Microchipping|microchip|dogs, cats, rabbits and ferrets|implantation of a microchip between the shoulder blades, registered on a national database|consultation|none|Legal requirement for dogs by 8 weeks and cats by 20 weeks in England
X-ray study|xray|all species|digital radiography, usually under sedation|day patient|none|Sedation or anaesthesia charged separately
Abdominal ultrasound|ultrasound|dogs, cats and rabbits|ultrasound of the abdominal organs; belly clipped|day patient or consultation|none|Starve from 10pm the night before
Senior health screen|bloodsenior|dogs and cats|blood tests, urinalysis and a health check with a nurse|nurse appointment|none|Bring a fresh urine sample in a clean pot
Blood pressure check|bp|cats and dogs|Doppler blood pressure measurement in a quiet room|nurse appointment|none|Arrive 10 minutes early to let your pet settle
Euthanasia|euth|dogs and cats|sedation followed by an overdose of anaesthetic; home visits possible|consultation|none|Consent form can be completed in advance
Mass removal (lumpectomy)|xray|dogs and cats|surgical removal of a skin lump and histopathology|day patient|10-14 days|Histopathology charged separately
Cruciate surgery (TPLO)|xray|dogs|tibial plateau levelling osteotomy (referred to Severnside Veterinary Referrals for most cases)|referral|8-12 weeks restricted exercise|Referral quote provided by the centre
Endoscopy|ultrasound|dogs and cats|camera examination of the stomach or airways, foreign body retrieval|day patient|none|Starve from 8pm the night before
Caesarean (bitch)|dogspay40|dogs|emergency or planned caesarean section|emergency|10-14 days|Call us immediately if straining for 30 minutes without a puppy
Anal gland expression|analglands|dogs|manual expression by a nurse|nurse appointment|none|Fibre in the diet can help
Nail clip|nailclip|dogs, cats and rabbits|nurse nail trim|nurse appointment|none|Unlimited nail clips are included in the Care Club Complete tier
Calving assistance|calving|cattle|assisted calving, calving jack or caesarean|farm visit|none|Call the farm line if no progress 30 minutes after the water bag appears
TB testing|tbtest|cattle|intradermal comparative tuberculin test read after 72 hours|farm visit|none|Book at least 10 days ahead; handling facilities must be ready
Pregnancy scanning (cattle)|pdscan|cattle|transrectal ultrasound from 30 days after service|farm visit|none|Book as part of routine fertility visits
Ewe caesarean|lambing|sheep|caesarean section under local anaesthetic|farm or clinic|none|Bring the ewe to Dunstow or Ashcombe Ferrers in lambing season if it's quicker
"""
PROCEDURES = [l.split("|") for l in PROCEDURES.strip().splitlines()]

BREEDS = """dog|Labrador Retriever|hip and elbow dysplasia, obesity, cruciate ligament rupture, ear infections
dog|Cocker Spaniel|ear infections, dry eye, dental disease, immune-mediated anaemia
dog|French Bulldog|brachycephalic airway syndrome, skin fold infections, spinal disease, atopic dermatitis
dog|Border Collie|epilepsy, Collie eye anomaly, hip dysplasia
dog|Cavalier King Charles Spaniel|mitral valve disease, syringomyelia, dry eye
dog|Dachshund|intervertebral disc disease, dental disease, obesity
dog|German Shepherd|hip and elbow dysplasia, degenerative myelopathy, anal furunculosis
dog|Staffordshire Bull Terrier|mast cell tumours, atopic dermatitis, cataracts
dog|Jack Russell Terrier|patellar luxation, lens luxation, dental disease
dog|Golden Retriever|hip dysplasia, lymphoma, atopic dermatitis
dog|Pug|brachycephalic airway syndrome, corneal ulcers, obesity
dog|Springer Spaniel|ear infections, epilepsy, phosphofructokinase deficiency
dog|West Highland White Terrier|atopic dermatitis, dry eye, lung fibrosis
dog|Yorkshire Terrier|dental disease, patellar luxation, tracheal collapse
dog|Boxer|heart disease (ARVC), mast cell tumours, brachycephalic traits
dog|Shih Tzu|brachycephalic traits, eye problems, dental disease
dog|Beagle|epilepsy, hypothyroidism, obesity
dog|Miniature Schnauzer|pancreatitis, bladder stones, diabetes
dog|Cockapoo|ear infections, patellar luxation, atopic dermatitis
dog|Labradoodle|hip dysplasia, ear infections, Addison's disease
dog|Whippet|skin tears, dental disease, sensitivity to cold
dog|Greyhound|dental disease, corns, osteosarcoma
dog|Bichon Frise|bladder stones, atopic dermatitis, dental disease
dog|Rottweiler|cruciate ligament rupture, osteosarcoma, elbow dysplasia
dog|Bernese Mountain Dog|histiocytic sarcoma, elbow dysplasia, gastric dilatation-volvulus
dog|Great Dane|gastric dilatation-volvulus, dilated cardiomyopathy, wobbler syndrome
dog|Chihuahua|dental disease, patellar luxation, hydrocephalus
dog|Border Terrier|epilepsy-like paroxysmal dyskinesia, hypothyroidism
dog|Shetland Sheepdog|dermatomyositis, Collie eye anomaly, gallbladder mucocoele
dog|Bulldog|brachycephalic airway syndrome, skin fold dermatitis, cherry eye
dog|Weimaraner|gastric dilatation-volvulus, hip dysplasia
dog|Hungarian Vizsla|epilepsy, atopic dermatitis
dog|Lhasa Apso|dry eye, dental disease, kidney disease
dog|Dobermann|dilated cardiomyopathy, von Willebrand disease, wobbler syndrome
dog|Siberian Husky|eye disease, hypothyroidism, zinc-responsive dermatosis
dog|Pomeranian|tracheal collapse, alopecia X, dental disease
dog|Cairn Terrier|atopic dermatitis, portosystemic shunt
dog|Basset Hound|ear infections, skin fold dermatitis, glaucoma
dog|Bearded Collie|Addison's disease, hip dysplasia
dog|Newfoundland|dilated cardiomyopathy, cystinuria, elbow dysplasia
dog|Lurcher|skin tears, dental disease, corns
dog|Sprocker Spaniel|ear infections, hip dysplasia
dog|Patterdale Terrier|dental disease, injuries from working
dog|Maltese|dental disease, patellar luxation, tear staining
dog|English Setter|deafness, hypothyroidism
dog|Irish Setter|gastric dilatation-volvulus, epilepsy
dog|Akita|immune-mediated skin disease, hypothyroidism
dog|Shar Pei|skin fold dermatitis, entropion, Shar Pei fever
cat|Domestic Shorthair|obesity, dental disease, hyperthyroidism, kidney disease
cat|Persian|polycystic kidney disease, brachycephalic traits, matting
cat|British Shorthair|hypertrophic cardiomyopathy, obesity
cat|Maine Coon|hypertrophic cardiomyopathy, hip dysplasia, spinal muscular atrophy
cat|Siamese|asthma, dental disease, progressive retinal atrophy
cat|Ragdoll|hypertrophic cardiomyopathy, bladder stones
cat|Bengal|progressive retinal atrophy, hypertrophic cardiomyopathy, diarrhoea
cat|Burmese|diabetes, hypokalaemia, orofacial pain syndrome
cat|Sphynx|skin conditions, hypertrophic cardiomyopathy
cat|Scottish Fold|osteochondrodysplasia (painful joint disease)
cat|Norwegian Forest Cat|glycogen storage disease, hypertrophic cardiomyopathy
cat|Birman|kidney disease, congenital hypotrichosis
cat|Devon Rex|hereditary myopathy, skin yeast infections
cat|Abyssinian|amyloidosis, progressive retinal atrophy
cat|Domestic Longhair|matting, hairballs, dental disease
cat|Russian Blue|obesity, bladder stones
cat|Exotic Shorthair|brachycephalic traits, polycystic kidney disease
cat|Oriental Shorthair|dental disease, amyloidosis
rabbit|Netherland Dwarf|dental malocclusion, gut stasis
rabbit|Lionhead|fly-strike, matting, dental disease
rabbit|Mini Lop|dental disease, ear infections
rabbit|French Lop|arthritis, sore hocks, obesity
rabbit|Rex|sore hocks, dental disease
rabbit|Dutch|dental disease, uterine adenocarcinoma in unspayed does
rabbit|Continental Giant|arthritis, heart disease, sore hocks
rabbit|English Angora|wool block, fly-strike
cattle|Holstein Friesian|mastitis, lameness, milk fever, displaced abomasum
cattle|Aberdeen Angus|calving ease generally good, BVD risk in suckler herds
cattle|Hereford|eye cancer (squamous cell carcinoma), pinkeye
cattle|Limousin|calving difficulty in heifers
cattle|Jersey|milk fever, ketosis
cattle|Belgian Blue|calving difficulty, caesareans common
cattle|Simmental|calving difficulty, lameness
cattle|Highland|generally hardy, liver fluke on wet grazing
cattle|Dexter|chondrodysplasia (bulldog calves)
cattle|South Devon|generally hardy, liver fluke, lameness
sheep|Texel|lambing difficulty, caseous lymphadenitis risk from bought-in rams
sheep|Suffolk|scrapie genotype monitoring, lambing difficulty
sheep|Mule|twin lamb disease, mastitis
sheep|Welsh Mountain|footrot, parasitic gastroenteritis
sheep|Swaledale|sheep scab, parasitic gastroenteritis
sheep|Jacob|horn problems, fly-strike
sheep|Lleyn|mastitis, prolificacy-related twin lamb disease
sheep|Herdwick|liver fluke, footrot
sheep|Shetland|fly-strike, dental wear
sheep|Zwartbles|twin lamb disease, lameness
"""
BREEDS = [l.split("|") for l in BREEDS.strip().splitlines()]

LABTESTS = """Total T4|biochemistry (thyroid)|cat|10-55 nmol/L|Values above the range in an older cat with weight loss support hyperthyroidism. In cats on methimazole the target is the lower half of the range (15-30 nmol/L).|£48.00
Total T4|biochemistry (thyroid)|dog|13-52 nmol/L|Low values alone do not prove hypothyroidism; illness and some drugs lower T4. We pair it with TSH.|£48.00
Creatinine|biochemistry (kidney)|cat|71-177 umol/L|Raised values suggest reduced kidney filtration; interpret with urine specific gravity and SDMA.|part of panels
Creatinine|biochemistry (kidney)|dog|44-133 umol/L|Raised values suggest reduced kidney filtration, dehydration or kidney disease.|part of panels
SDMA|biochemistry (kidney)|cat|0-14 ug/dL|SDMA rises earlier than creatinine in kidney disease; persistent values above 14 ug/dL are significant.|£39.00
SDMA|biochemistry (kidney)|dog|0-14 ug/dL|Persistent increases suggest reduced kidney function even if creatinine is normal.|£39.00
Urea|biochemistry (kidney)|dog|2.5-9.6 mmol/L|Raised after a high-protein meal, with dehydration, gut bleeding or kidney disease.|part of panels
ALT|biochemistry (liver)|dog|10-125 U/L|A liver cell enzyme; rises with liver cell damage, some drugs and endocrine disease.|part of panels
ALKP|biochemistry (liver)|dog|23-212 U/L|Rises with steroids, Cushing's disease, bile flow problems and bone growth in young dogs.|part of panels
Glucose|biochemistry|cat|4.0-9.0 mmol/L|Stress can raise glucose markedly in cats; fructosamine helps separate stress from diabetes.|part of panels
Glucose|biochemistry|dog|4.1-7.9 mmol/L|Persistently high glucose with glucose in urine suggests diabetes.|part of panels
Fructosamine|biochemistry|dog and cat|190-365 umol/L|Reflects average glucose over the last 2-3 weeks; used for diagnosing and monitoring diabetes.|£42.00
Potassium|electrolytes|dog and cat|3.5-5.8 mmol/L|Low potassium causes weakness; high potassium with low sodium raises concern for Addison's disease.|part of panels
Sodium|electrolytes|dog and cat|144-160 mmol/L|A sodium-to-potassium ratio below 27 is suspicious for Addison's disease in dogs.|part of panels
Phosphate|biochemistry (kidney)|cat|1.0-2.4 mmol/L|Keeping phosphate controlled slows kidney disease progression; target below 1.5 mmol/L in IRIS stage 2.|part of panels
Total protein|biochemistry|dog|52-82 g/L|Changes with dehydration, inflammation, gut or kidney protein loss.|part of panels
Albumin|biochemistry|dog|23-40 g/L|Low albumin can reflect gut, kidney or liver disease.|part of panels
Cholesterol|biochemistry|dog|2.8-8.3 mmol/L|Raised in hypothyroidism, Cushing's disease and after meals.|part of panels
Canine pancreatic lipase|biochemistry (pancreas)|dog|0-200 ug/L normal; 200-400 grey zone; over 400 consistent with pancreatitis|A raised result with matching signs supports pancreatitis.|£44.00
Haematocrit (PCV)|haematology|dog|37-55 %|Low values mean anaemia; high values can reflect dehydration.|part of panels
Haematocrit (PCV)|haematology|cat|30-45 %|Low values mean anaemia; we check reticulocytes to see if the bone marrow is responding.|part of panels
White blood cell count|haematology|dog|5.0-16.7 x10^9/L|Raised with infection, inflammation or stress; low counts can follow viral infection or drugs.|part of panels
Platelets|haematology|dog|148-484 x10^9/L|Low platelet counts increase bleeding risk; clumping in the sample can give falsely low results.|part of panels
Urine specific gravity|urinalysis|dog|over 1.030 in a concentrated sample|Persistently dilute urine (below 1.030 in dogs, below 1.035 in cats) may indicate kidney disease or endocrine disease.|£39.00 (urinalysis)
Urine specific gravity|urinalysis|cat|over 1.035 in a concentrated sample|Cats normally concentrate urine strongly; dilute urine is an early kidney warning sign.|£39.00 (urinalysis)
Urine protein:creatinine ratio (UPC)|urinalysis|cat|below 0.2 (borderline 0.2-0.4)|Above 0.4 in a cat is proteinuric and usually treated with Renalease.|£36.00
Urine protein:creatinine ratio (UPC)|urinalysis|dog|below 0.2 (borderline 0.2-0.5)|Above 0.5 in a dog is proteinuric and should be investigated.|£36.00
Blood pressure (systolic)|monitoring|cat|below 140 mmHg|140-159 prehypertensive, 160-179 hypertensive, 180 or above severely hypertensive with risk of eye damage.|£30.00
Cortisol (ACTH stimulation, post)|endocrine|dog|post-ACTH cortisol 150-550 nmol/L (diagnostic); on trilostane target 40-150 nmol/L|High post-ACTH values support Cushing's disease; very low values support Addison's.|£96.00
Phenobarbital serum level|therapeutic drug monitoring|dog|therapeutic range 65-130 umol/L (group target 75-110)|Taken just before the next dose (trough), at least 2 weeks after starting or changing dose.|£54.00
Faecal egg count|parasitology|sheep and cattle|interpretation by group: lambs over 500 eggs per gram usually merits treatment|Used for targeted worming and drench-resistance checks.|£14.00 per sample
Bulk milk somatic cell count|milk quality|cattle|target below 200,000 cells/ml|Higher counts suggest subclinical mastitis in the herd.|farm service
NT-proBNP|cardiac biomarker|cat|below 100 pmol/L (SNAP negative)|Raised values suggest heart muscle stretch; echocardiography is recommended.|£58.00
Bile acids (pre and post)|biochemistry (liver function)|dog|pre below 10 umol/L, post below 25 umol/L|Raised values suggest poor liver function or a portosystemic shunt.|£62.00
"""
LABTESTS = [l.split("|") for l in LABTESTS.strip().splitlines()]

# kind|name|other|class|tier|flags|quantity limit|note
# kind: G = generic entry (other = reference brand), B = brand with generic available (other = generic),
#       S = single-source brand (other = active ingredient)
# tier: 1-5, "3>4" = moved on 2026-09-01, NF = non-formulary, X = excluded (plan exclusion)
# flags: PA, ST, PREV ($0 on commercial plans), INS (insulin $35 cap), NEW (added 2026-09-01), PA1001 (PA added 2026-10-01)
RAW = """
G|lisinopril|Zestril, Prinivil|ACE inhibitor (blood pressure)|1|||
G|lisinopril-hydrochlorothiazide|Zestoretic|ACE inhibitor combination (blood pressure)|1|||
G|enalapril|Vasotec|ACE inhibitor (blood pressure)|1|||
G|benazepril|Lotensin|ACE inhibitor (blood pressure)|1|||
G|ramipril|Altace|ACE inhibitor (blood pressure)|2|||
G|quinapril|Accupril|ACE inhibitor (blood pressure)|2|||
G|losartan|Cozaar|Angiotensin receptor blocker (blood pressure)|1|||
G|losartan-hydrochlorothiazide|Hyzaar|ARB combination (blood pressure)|1|||
G|valsartan|Diovan|Angiotensin receptor blocker (blood pressure)|2|||
G|olmesartan|Benicar|Angiotensin receptor blocker (blood pressure)|2|||
G|irbesartan|Avapro|Angiotensin receptor blocker (blood pressure)|2|||
G|telmisartan|Micardis|Angiotensin receptor blocker (blood pressure)|2|||
G|candesartan|Atacand|Angiotensin receptor blocker (blood pressure)|2|||
S|Entresto|sacubitril-valsartan|Heart failure (ARNI)|3|||
G|amlodipine|Norvasc|Calcium channel blocker (blood pressure)|1|||
G|amlodipine-benazepril|Lotrel|Calcium channel blocker combination|2|||
G|nifedipine ER|Procardia XL, Adalat CC|Calcium channel blocker (blood pressure)|2|||
G|diltiazem ER|Cardizem CD|Calcium channel blocker (heart rate, blood pressure)|2|||
G|verapamil ER|Calan SR|Calcium channel blocker (heart rate, blood pressure)|2|||
G|felodipine ER|Plendil|Calcium channel blocker (blood pressure)|2|||
G|metoprolol succinate ER|Toprol-XL|Beta blocker|1|||
G|metoprolol tartrate|Lopressor|Beta blocker|1|||
G|carvedilol|Coreg|Beta blocker (heart failure, blood pressure)|1|||
G|atenolol|Tenormin|Beta blocker|1|||
G|bisoprolol|Zebeta|Beta blocker|2|||
G|propranolol|Inderal|Beta blocker|1|||
G|nadolol|Corgard|Beta blocker|2|||
G|nebivolol|Bystolic|Beta blocker|2|||
G|labetalol|Trandate|Beta blocker (blood pressure, pregnancy)|2|||
G|hydrochlorothiazide|Microzide|Thiazide diuretic|1|||
G|chlorthalidone|Thalitone|Thiazide-like diuretic|1|||
G|furosemide|Lasix|Loop diuretic|1|||
G|torsemide|Soaanz|Loop diuretic|2|||
G|bumetanide|Bumex|Loop diuretic|2|||
G|spironolactone|Aldactone|Potassium-sparing diuretic|1|||
G|triamterene-hydrochlorothiazide|Maxzide|Diuretic combination|1|||
G|eplerenone|Inspra|Aldosterone antagonist|2|||
G|hydralazine|Apresoline|Vasodilator (blood pressure)|1|||
G|clonidine|Catapres|Central alpha agonist (blood pressure)|1|||
G|doxazosin|Cardura|Alpha blocker (blood pressure, prostate)|1|||
G|isosorbide mononitrate ER|Imdur|Nitrate (angina)|1|||
S|Nitrostat|nitroglycerin sublingual tablets|Nitrate (angina rescue)|2|||
G|ranolazine ER|Ranexa|Antianginal|2|||
G|digoxin|Lanoxin|Cardiac glycoside|2|||
G|amiodarone|Pacerone|Antiarrhythmic|2|||
G|flecainide|Tambocor|Antiarrhythmic|2|||
G|sotalol|Betapace|Antiarrhythmic|2|||
G|atorvastatin|Lipitor|Statin (cholesterol)|1|||
G|rosuvastatin|Crestor|Statin (cholesterol)|1|||
G|simvastatin|Zocor|Statin (cholesterol)|1|||
G|pravastatin|Pravachol|Statin (cholesterol)|1|||
G|lovastatin|Mevacor|Statin (cholesterol)|1|||
G|ezetimibe|Zetia|Cholesterol absorption inhibitor|2|||
G|ezetimibe-simvastatin|Vytorin|Cholesterol combination|2|||
G|fenofibrate|Tricor|Fibrate (triglycerides)|2|||
G|gemfibrozil|Lopid|Fibrate (triglycerides)|2|||
G|icosapent ethyl|Vascepa|Omega-3 (triglycerides)|2|||
S|Repatha|evolocumab|PCSK9 inhibitor (cholesterol)|3|PA||
S|Praluent|alirocumab|PCSK9 inhibitor (cholesterol)|4|PA||
G|warfarin|Jantoven|Anticoagulant (blood thinner)|1|||
S|Eliquis|apixaban|Anticoagulant (blood thinner)|3|||
S|Xarelto|rivaroxaban|Anticoagulant (blood thinner)|3|||
G|dabigatran|Pradaxa|Anticoagulant (blood thinner)|2|||
G|clopidogrel|Plavix|Antiplatelet|1|||
G|prasugrel|Effient|Antiplatelet|2|||
S|Brilinta|ticagrelor|Antiplatelet|3|||
B|Lipitor|atorvastatin|Statin (cholesterol)|4|||
B|Crestor|rosuvastatin|Statin (cholesterol)|4|||
B|Zetia|ezetimibe|Cholesterol absorption inhibitor|4|||
B|Plavix|clopidogrel|Antiplatelet|4|||
B|Norvasc|amlodipine|Calcium channel blocker (blood pressure)|4|||
B|Diovan|valsartan|Angiotensin receptor blocker (blood pressure)|4|||
B|Toprol-XL|metoprolol succinate ER|Beta blocker|4|||
G|metformin|Glucophage|Biguanide (type 2 diabetes)|1|||
G|metformin ER|Glucophage XR|Biguanide (type 2 diabetes)|1|||
G|glipizide|Glucotrol|Sulfonylurea (type 2 diabetes)|1|||
G|glipizide ER|Glucotrol XL|Sulfonylurea (type 2 diabetes)|1|||
G|glimepiride|Amaryl|Sulfonylurea (type 2 diabetes)|1|||
G|glyburide|Glynase|Sulfonylurea (type 2 diabetes)|2|||
G|pioglitazone|Actos|Thiazolidinedione (type 2 diabetes)|1|||
S|Januvia|sitagliptin|DPP-4 inhibitor (type 2 diabetes)|3|||
S|Janumet|sitagliptin-metformin|DPP-4 combination (type 2 diabetes)|3|||
S|Tradjenta|linagliptin|DPP-4 inhibitor (type 2 diabetes)|3|||
G|saxagliptin|Onglyza|DPP-4 inhibitor (type 2 diabetes)|4|||
G|alogliptin|Nesina|DPP-4 inhibitor (type 2 diabetes)|2|||
S|Jardiance|empagliflozin|SGLT2 inhibitor (diabetes, heart failure, kidney)|3>4|||
S|Synjardy|empagliflozin-metformin|SGLT2 combination (type 2 diabetes)|4|||
S|Farxiga|dapagliflozin|SGLT2 inhibitor (diabetes, heart failure, kidney)|4>3|||
S|Invokana|canagliflozin|SGLT2 inhibitor (type 2 diabetes)|4|ST||
S|Ozempic|semaglutide injection|GLP-1 agonist (type 2 diabetes)|3|PA|1 pen per 28 days|
S|Rybelsus|semaglutide tablets|GLP-1 agonist (type 2 diabetes)|3|PA|30 tablets per 30 days|
S|Trulicity|dulaglutide|GLP-1 agonist (type 2 diabetes)|3>4|PA|4 pens per 28 days|
S|Victoza|liraglutide|GLP-1 agonist (type 2 diabetes)|4|PA|3 pens per 30 days|
G|liraglutide|Victoza|GLP-1 agonist (type 2 diabetes)|2|PA|3 pens per 30 days|
S|Bydureon BCise|exenatide ER|GLP-1 agonist (type 2 diabetes)|4|PA|4 pens per 28 days|
S|Mounjaro|tirzepatide|GIP/GLP-1 agonist (type 2 diabetes)|3|PA1001|4 pens per 28 days|
S|Wegovy|semaglutide|Weight management (chronic weight management)|X|PA|4 pens per 28 days|
S|Zepbound|tirzepatide|Weight management (chronic weight management)|X|PA|4 pens per 28 days|
G|phentermine|Adipex-P|Weight management|X|||
S|Lantus|insulin glargine|Long-acting insulin|3|INS||
S|Semglee|insulin glargine-yfgn|Long-acting insulin (biosimilar)|2|INS||
S|Basaglar|insulin glargine|Long-acting insulin|3|INS||
S|Toujeo|insulin glargine U-300|Long-acting insulin|4|INS||
S|Tresiba|insulin degludec|Long-acting insulin|3|INS||
S|Humalog|insulin lispro|Rapid-acting insulin|3|INS||
G|insulin lispro|Humalog|Rapid-acting insulin|2|INS||
S|Novolog|insulin aspart|Rapid-acting insulin|3|INS||
G|insulin aspart|Novolog|Rapid-acting insulin|2|INS||
S|Humulin N|insulin isophane (NPH)|Intermediate-acting insulin|2|INS||
S|Humulin R|regular human insulin|Short-acting insulin|2|INS||
S|Novolin 70/30|NPH/regular human insulin 70/30|Premixed insulin|2|INS||
S|Baqsimi|glucagon nasal powder|Low blood sugar rescue|3|||
G|glucagon emergency kit|GlucaGen|Low blood sugar rescue|2|||
S|Contour Next test strips|blood glucose test strips|Diabetic supply (preferred meter brand)|2||200 strips per 30 days|
G|lancets|—|Diabetic supply|1||200 lancets per 30 days|
G|insulin pen needles|—|Diabetic supply|1||200 needles per 30 days|
G|insulin syringes|—|Diabetic supply|1||200 syringes per 30 days|
S|FreeStyle Libre 3 sensors|continuous glucose monitor sensor|Continuous glucose monitor (CGM)|3|PA|2 sensors per 28 days|
S|Dexcom G7 sensors|continuous glucose monitor sensor|Continuous glucose monitor (CGM)|3|PA|3 sensors per 30 days|
G|albuterol HFA inhaler|ProAir HFA, Ventolin HFA|Rescue inhaler (short-acting bronchodilator)|2||2 inhalers per 30 days|
S|Xopenex HFA|levalbuterol|Rescue inhaler (short-acting bronchodilator)|4||2 inhalers per 30 days|
G|albuterol nebulizer solution|—|Short-acting bronchodilator|1|||
G|ipratropium nebulizer solution|Atrovent|Anticholinergic bronchodilator|1|||
G|ipratropium-albuterol nebulizer solution|DuoNeb|Bronchodilator combination|2|||
G|fluticasone propionate HFA|Flovent HFA|Inhaled corticosteroid|3||1 inhaler per 30 days|
G|budesonide nebulizer suspension|Pulmicort Respules|Inhaled corticosteroid|2|||
S|Qvar RediHaler|beclomethasone|Inhaled corticosteroid|3||1 inhaler per 30 days|
S|Asmanex|mometasone inhaler|Inhaled corticosteroid|4|||
G|fluticasone-salmeterol|Advair Diskus, Wixela Inhub|Inhaled steroid + long-acting bronchodilator|2||1 inhaler per 30 days|
B|Advair Diskus|fluticasone-salmeterol|Inhaled steroid + long-acting bronchodilator|4||1 inhaler per 30 days|
G|budesonide-formoterol|Symbicort, Breyna|Inhaled steroid + long-acting bronchodilator|2|NEW|1 inhaler per 30 days|
S|Symbicort|budesonide-formoterol|Inhaled steroid + long-acting bronchodilator|3>4||1 inhaler per 30 days|
S|Breo Ellipta|fluticasone furoate-vilanterol|Inhaled steroid + long-acting bronchodilator|3||1 inhaler per 30 days|
S|Trelegy Ellipta|fluticasone furoate-umeclidinium-vilanterol|Triple therapy inhaler (COPD, asthma)|3||1 inhaler per 30 days|
S|Spiriva HandiHaler|tiotropium|Long-acting anticholinergic (COPD)|3||30 capsules per 30 days|
S|Incruse Ellipta|umeclidinium|Long-acting anticholinergic (COPD)|3||1 inhaler per 30 days|
S|Anoro Ellipta|umeclidinium-vilanterol|Long-acting bronchodilator combination (COPD)|3||1 inhaler per 30 days|
G|montelukast|Singulair|Leukotriene modifier (asthma, allergies)|1|||
G|roflumilast|Daliresp|PDE4 inhibitor (COPD)|2|||
S|Dupixent|dupilumab|Biologic (asthma, eczema)|5|PA||
S|Xolair|omalizumab|Biologic (asthma, hives)|5|PA||
S|Nucala|mepolizumab|Biologic (severe asthma)|5|PA||
S|Fasenra|benralizumab|Biologic (severe asthma)|5|PA||
G|benzonatate|Tessalon|Cough suppressant|1|||
G|fluticasone nasal spray|Flonase|Nasal corticosteroid|1|||
G|azelastine nasal spray|Astelin|Nasal antihistamine|2|||
B|Singulair|montelukast|Leukotriene modifier (asthma, allergies)|4|||
G|sertraline|Zoloft|SSRI antidepressant|1|||
G|fluoxetine|Prozac|SSRI antidepressant|1|||
G|citalopram|Celexa|SSRI antidepressant|1|||
G|escitalopram|Lexapro|SSRI antidepressant|1|||
G|paroxetine|Paxil|SSRI antidepressant|1|||
G|fluvoxamine|Luvox|SSRI (OCD)|2|||
G|venlafaxine ER|Effexor XR|SNRI antidepressant|1|||
G|desvenlafaxine|Pristiq|SNRI antidepressant|2|||
G|duloxetine|Cymbalta|SNRI (depression, nerve pain)|1|||
G|bupropion XL|Wellbutrin XL|Antidepressant|1|||
G|bupropion SR|Wellbutrin SR|Antidepressant|1|||
G|mirtazapine|Remeron|Antidepressant|1|||
G|trazodone|Desyrel|Antidepressant (sleep)|1|||
S|Trintellix|vortioxetine|Antidepressant|3|ST||
G|vilazodone|Viibryd|Antidepressant|2|||
G|buspirone|Buspar|Anti-anxiety|1|||
G|hydroxyzine hydrochloride|Atarax|Antihistamine (anxiety, itching)|1|||
G|aripiprazole|Abilify|Atypical antipsychotic|2|||
G|quetiapine|Seroquel|Atypical antipsychotic|1|||
G|olanzapine|Zyprexa|Atypical antipsychotic|1|||
G|risperidone|Risperdal|Atypical antipsychotic|1|||
G|ziprasidone|Geodon|Atypical antipsychotic|2|||
G|lurasidone|Latuda|Atypical antipsychotic|2|||
G|paliperidone ER|Invega|Atypical antipsychotic|2|||
S|Vraylar|cariprazine|Atypical antipsychotic|3|PA||
S|Rexulti|brexpiprazole|Atypical antipsychotic|3|PA||
S|Abilify Maintena|aripiprazole long-acting injection|Long-acting injectable antipsychotic|5|||
G|lithium carbonate|Lithobid|Mood stabilizer|1|||
G|lamotrigine|Lamictal|Mood stabilizer, anticonvulsant|1|||
G|divalproex sodium|Depakote|Mood stabilizer, anticonvulsant|1|||
G|clonazepam|Klonopin|Benzodiazepine|1||90 tablets per 30 days|
G|lorazepam|Ativan|Benzodiazepine|1||90 tablets per 30 days|
G|alprazolam|Xanax|Benzodiazepine|1||90 tablets per 30 days|
G|diazepam|Valium|Benzodiazepine|1||120 tablets per 30 days|
G|zolpidem|Ambien|Sleep medicine|2||30 tablets per 30 days|
G|eszopiclone|Lunesta|Sleep medicine|2||30 tablets per 30 days|
S|Belsomra|suvorexant|Sleep medicine|4|ST|30 tablets per 30 days|
G|methylphenidate ER|Concerta|ADHD stimulant|2||30 tablets per 30 days|
B|Concerta|methylphenidate ER|ADHD stimulant|4||30 tablets per 30 days|
G|methylphenidate|Ritalin|ADHD stimulant|1||90 tablets per 30 days|
G|dexmethylphenidate ER|Focalin XR|ADHD stimulant|2||30 capsules per 30 days|
G|amphetamine-dextroamphetamine|Adderall|ADHD stimulant|2||60 tablets per 30 days|
G|amphetamine-dextroamphetamine ER|Adderall XR|ADHD stimulant|2||30 capsules per 30 days|
G|lisdexamfetamine|Vyvanse|ADHD stimulant|2||30 capsules per 30 days|
B|Vyvanse|lisdexamfetamine|ADHD stimulant|3>4||30 capsules per 30 days|
G|atomoxetine|Strattera|ADHD non-stimulant|2|||
G|guanfacine ER|Intuniv|ADHD non-stimulant|1|||
S|Qelbree|viloxazine|ADHD non-stimulant|4|ST||
G|naltrexone tablets|Revia|Alcohol and opioid use disorder|1|||
G|buprenorphine-naloxone film|Suboxone|Opioid use disorder|2|||
S|Sublocade|buprenorphine extended-release injection|Opioid use disorder|5|||
S|Vivitrol|naltrexone extended-release injection|Alcohol and opioid use disorder|5|||
G|varenicline|Chantix|Tobacco cessation|1|PREV||
G|nicotine patch|NicoDerm CQ|Tobacco cessation|1|PREV||
G|nicotine gum|Nicorette|Tobacco cessation|1|PREV||
G|nicotine lozenge|Nicorette Lozenge|Tobacco cessation|1|PREV||
G|naloxone nasal spray|Narcan|Opioid overdose reversal|1|PREV|2 packs per 30 days|
G|acamprosate|Campral|Alcohol use disorder|2|||
G|disulfiram|Antabuse|Alcohol use disorder|2|||
G|prazosin|Minipress|Alpha blocker (nightmares, blood pressure)|1|||
S|Spravato|esketamine nasal spray|Treatment-resistant depression|5|PA||
B|Lexapro|escitalopram|SSRI antidepressant|4|||
B|Zoloft|sertraline|SSRI antidepressant|4|||
B|Cymbalta|duloxetine|SNRI (depression, nerve pain)|4|||
B|Seroquel|quetiapine|Atypical antipsychotic|4|||
B|Abilify|aripiprazole|Atypical antipsychotic|4|||
B|Adderall XR|amphetamine-dextroamphetamine ER|ADHD stimulant|4||30 capsules per 30 days|
B|Ambien|zolpidem|Sleep medicine|4||30 tablets per 30 days|
B|Lamictal|lamotrigine|Mood stabilizer, anticonvulsant|4|||
G|ibuprofen 800 mg|Motrin|NSAID (pain, inflammation)|1|||
G|naproxen|Naprosyn|NSAID (pain, inflammation)|1|||
G|meloxicam|Mobic|NSAID (pain, inflammation)|1|||
G|celecoxib|Celebrex|COX-2 inhibitor (arthritis pain)|2|||
G|diclofenac sodium DR|Voltaren (oral)|NSAID (pain, inflammation)|1|||
G|diclofenac 1% gel|Voltaren Gel|Topical NSAID|2||300 grams per 30 days|
G|nabumetone|Relafen|NSAID (arthritis)|2|||
G|cyclobenzaprine|Flexeril|Muscle relaxant|1|||
G|methocarbamol|Robaxin|Muscle relaxant|1|||
G|tizanidine|Zanaflex|Muscle relaxant|1|||
G|baclofen|Lioresal|Muscle relaxant (spasticity)|1|||
G|gabapentin|Neurontin|Anticonvulsant (nerve pain, seizures)|1|||
G|pregabalin|Lyrica|Nerve pain|2|||
G|tramadol|Ultram|Opioid pain reliever|2||240 tablets per 30 days; first fill limited to a 7-day supply for new users|
G|hydrocodone-acetaminophen|Norco|Opioid pain reliever|2||180 tablets per 30 days; first fill limited to a 7-day supply for new users|
G|oxycodone|Roxicodone|Opioid pain reliever|2||120 tablets per 30 days; first fill limited to a 7-day supply for new users|
G|oxycodone-acetaminophen|Percocet|Opioid pain reliever|2||120 tablets per 30 days; first fill limited to a 7-day supply for new users|
G|morphine sulfate ER|MS Contin|Long-acting opioid|2|PA|60 tablets per 30 days|
G|acetaminophen-codeine|Tylenol with Codeine #3|Opioid pain reliever|2||180 tablets per 30 days; first fill limited to a 7-day supply for new users|
G|fentanyl patch|Duragesic|Long-acting opioid|3|PA|10 patches per 30 days|
G|sumatriptan tablets|Imitrex|Triptan (migraine)|1||9 tablets per 30 days|
G|sumatriptan injection|Imitrex STATdose|Triptan (migraine)|2||4 injections per 30 days|
G|rizatriptan|Maxalt|Triptan (migraine)|1||12 tablets per 30 days|
G|zolmitriptan|Zomig|Triptan (migraine)|2||12 tablets per 30 days|
S|Nurtec ODT|rimegepant|CGRP blocker (migraine)|3|PA|16 tablets per 30 days|
S|Ubrelvy|ubrogepant|CGRP blocker (migraine)|3|PA|16 tablets per 30 days|
S|Aimovig|erenumab|CGRP blocker (migraine prevention)|3|PA|1 autoinjector per 30 days|
S|Emgality|galcanezumab|CGRP blocker (migraine prevention)|3|PA|1 pen per 30 days (2 pens for the first fill)|
G|topiramate|Topamax|Anticonvulsant (seizures, migraine prevention)|1|||
G|levetiracetam|Keppra|Anticonvulsant|1|||
G|carbamazepine|Tegretol|Anticonvulsant|1|||
G|oxcarbazepine|Trileptal|Anticonvulsant|1|||
G|phenytoin|Dilantin|Anticonvulsant|1|||
G|lacosamide|Vimpat|Anticonvulsant|2|||
G|zonisamide|Zonegran|Anticonvulsant|2|||
G|donepezil|Aricept|Dementia|1|||
G|memantine|Namenda|Dementia|1|||
G|rivastigmine patch|Exelon Patch|Dementia|2|||
G|carbidopa-levodopa|Sinemet|Parkinson's disease|1|||
G|ropinirole|Requip|Parkinson's disease, restless legs|1|||
G|pramipexole|Mirapex|Parkinson's disease, restless legs|1|||
G|rasagiline|Azilect|Parkinson's disease|2|||
G|amitriptyline|Elavil|Tricyclic (nerve pain, sleep, headache prevention)|1|||
G|nortriptyline|Pamelor|Tricyclic antidepressant|1|||
G|butalbital-acetaminophen-caffeine|Fioricet|Tension headache|2||60 tablets per 30 days|
G|lidocaine 5% patch|Lidoderm|Topical pain reliever|3|PA|90 patches per 30 days|
B|Lyrica|pregabalin|Nerve pain|4|||
B|Neurontin|gabapentin|Anticonvulsant (nerve pain, seizures)|4|||
B|Celebrex|celecoxib|COX-2 inhibitor (arthritis pain)|4|||
B|Keppra|levetiracetam|Anticonvulsant|4|||
G|omeprazole|Prilosec|Proton pump inhibitor (acid reflux)|1|||
G|pantoprazole|Protonix|Proton pump inhibitor (acid reflux)|1|||
G|esomeprazole|Nexium|Proton pump inhibitor (acid reflux)|2|||
G|lansoprazole|Prevacid|Proton pump inhibitor (acid reflux)|2|||
G|famotidine|Pepcid|H2 blocker (acid reflux)|1|||
G|ondansetron|Zofran, Zofran ODT|Anti-nausea|1||30 tablets per 30 days|
G|metoclopramide|Reglan|Anti-nausea, stomach emptying|1|||
G|promethazine|Phenergan|Anti-nausea|1|||
G|prochlorperazine|Compazine|Anti-nausea|1|||
G|dicyclomine|Bentyl|Antispasmodic (IBS)|1|||
G|hyoscyamine|Levsin|Antispasmodic|2|||
S|Linzess|linaclotide|Chronic constipation, IBS-C|3|||
G|lubiprostone|Amitiza|Chronic constipation|2|||
S|Motegrity|prucalopride|Chronic constipation|4|ST||
G|mesalamine DR|Lialda|Ulcerative colitis|2|||
G|budesonide EC capsules|Entocort EC|Crohn's disease|2|||
G|sucralfate|Carafate|Ulcer protectant|1|||
S|Xifaxan|rifaximin|Antibiotic (IBS-D, hepatic encephalopathy)|4|PA||
G|ursodiol|Actigall|Gallstones, liver disease|2|||
S|Suprep Bowel Prep Kit|sodium, potassium and magnesium sulfates|Bowel preparation for colonoscopy|2|PREV|1 kit per fill|
G|PEG-3350 and electrolytes bowel prep|GoLytely|Bowel preparation for colonoscopy|1|PREV|1 kit per fill|
S|Stelara|ustekinumab|Biologic (Crohn's, colitis, psoriasis)|5|PA||
S|Skyrizi|risankizumab|Biologic (Crohn's, psoriasis)|5|PA||
B|Nexium|esomeprazole|Proton pump inhibitor (acid reflux)|4|||
G|amoxicillin|Amoxil|Penicillin antibiotic|1|||
G|amoxicillin-clavulanate|Augmentin|Penicillin antibiotic|1|||
G|azithromycin|Zithromax|Macrolide antibiotic|1|||
G|clarithromycin|Biaxin|Macrolide antibiotic|2|||
G|cephalexin|Keflex|Cephalosporin antibiotic|1|||
G|cefdinir|Omnicef|Cephalosporin antibiotic|1|||
G|cefuroxime|Ceftin|Cephalosporin antibiotic|2|||
G|ciprofloxacin|Cipro|Fluoroquinolone antibiotic|1|||
G|levofloxacin|Levaquin|Fluoroquinolone antibiotic|1|||
G|doxycycline hyclate|Vibramycin|Tetracycline antibiotic|1|||
G|minocycline|Minocin|Tetracycline antibiotic (acne)|2|||
G|sulfamethoxazole-trimethoprim|Bactrim DS|Sulfa antibiotic|1|||
G|nitrofurantoin|Macrobid|Urinary antibiotic|1|||
G|metronidazole|Flagyl|Antibiotic, antiparasitic|1|||
G|clindamycin|Cleocin|Antibiotic|1|||
G|penicillin VK|Veetids|Penicillin antibiotic|1|||
G|fluconazole|Diflucan|Antifungal|1|||
G|terbinafine|Lamisil|Antifungal (nail, skin)|1|||
G|valacyclovir|Valtrex|Antiviral (herpes, shingles)|1|||
G|acyclovir|Zovirax|Antiviral (herpes, shingles)|1|||
G|oseltamivir|Tamiflu|Antiviral (influenza)|2||10 capsules per fill|
S|Paxlovid|nirmatrelvir-ritonavir|Antiviral (COVID-19)|3||1 treatment pack per fill|
S|Biktarvy|bictegravir-emtricitabine-tenofovir alafenamide|HIV treatment|5|||
S|Tivicay|dolutegravir|HIV treatment|5|||
G|emtricitabine-tenofovir disoproxil|Truvada|HIV PrEP and treatment|1|PREV||
S|Descovy|emtricitabine-tenofovir alafenamide|HIV PrEP and treatment|3|ST||
S|Epclusa|sofosbuvir-velpatasvir|Hepatitis C treatment|5|PA||
S|Mavyret|glecaprevir-pibrentasvir|Hepatitis C treatment|5|PA||
G|ivermectin tablets|Stromectol|Antiparasitic|2||20 tablets per 30 days|
G|nystatin oral suspension|Mycostatin|Antifungal (thrush)|1|||
G|mupirocin ointment|Bactroban|Topical antibiotic|1|||
G|hydroxychloroquine|Plaquenil|Antimalarial (lupus, rheumatoid arthritis)|1|||
G|isoniazid|—|Tuberculosis treatment|1|||
B|Valtrex|valacyclovir|Antiviral (herpes, shingles)|4|||
G|levothyroxine|Synthroid, Levoxyl, Unithroid|Thyroid hormone|1|||
B|Synthroid|levothyroxine|Thyroid hormone|4|||
G|liothyronine|Cytomel|Thyroid hormone|2|||
G|methimazole|Tapazole|Antithyroid|1|||
G|alendronate|Fosamax|Bisphosphonate (osteoporosis)|1|||
G|ibandronate|Boniva|Bisphosphonate (osteoporosis)|2|||
G|raloxifene|Evista|Osteoporosis|2|||
S|Prolia|denosumab|Osteoporosis injection|5|PA||
G|estradiol tablets|Estrace|Estrogen (menopause)|1|||
G|estradiol patch|Vivelle-Dot, Climara|Estrogen (menopause)|2|||
S|Premarin|conjugated estrogens|Estrogen (menopause)|4|||
G|medroxyprogesterone tablets|Provera|Progestin|1|||
G|progesterone micronized|Prometrium|Progestin|2|||
G|norethindrone 0.35 mg|Camila, Errin|Birth control (progestin-only pill)|1|PREV||
G|norgestimate-ethinyl estradiol|Sprintec|Birth control pill|1|PREV||
G|levonorgestrel-ethinyl estradiol|Portia, Levora|Birth control pill|1|PREV||
G|drospirenone-ethinyl estradiol|Yaz, Loryna|Birth control pill|1|PREV||
G|etonogestrel-ethinyl estradiol vaginal ring|NuvaRing, EluRyng|Birth control ring|2|PREV||
G|medroxyprogesterone injection 150 mg|Depo-Provera|Birth control injection|1|PREV||
G|levonorgestrel 1.5 mg|Plan B One-Step|Emergency contraception|1|PREV||
S|ella|ulipristal acetate|Emergency contraception|2|PREV||
G|testosterone cypionate injection|Depo-Testosterone|Testosterone replacement|2|PA||
G|testosterone 1.62% gel|AndroGel|Testosterone replacement|4|PA||
G|finasteride 5 mg|Proscar|Enlarged prostate|1|||
G|tamsulosin|Flomax|Enlarged prostate|1|||
B|Flomax|tamsulosin|Enlarged prostate|4|||
G|oxybutynin ER|Ditropan XL|Overactive bladder|1|||
G|tolterodine ER|Detrol LA|Overactive bladder|2|||
G|solifenacin|Vesicare|Overactive bladder|2|||
S|Myrbetriq|mirabegron|Overactive bladder|3|ST||
G|sildenafil 20 mg|Revatio|Pulmonary arterial hypertension|2|PA||
S|Viagra|sildenafil|Erectile dysfunction|X|||
G|tadalafil 5 mg|Cialis|Enlarged prostate (BPH)|2|PA||
G|allopurinol|Zyloprim|Gout prevention|1|||
G|colchicine|Colcrys|Gout flares|2|||
G|febuxostat|Uloric|Gout prevention|2|ST||
G|prednisone|Deltasone|Oral corticosteroid|1|||
G|methylprednisolone dose pack|Medrol Dosepak|Oral corticosteroid|1|||
G|dexamethasone|Decadron|Oral corticosteroid|1|||
G|hydrocortisone tablets|Cortef|Corticosteroid replacement|2|||
G|potassium chloride ER|Klor-Con|Potassium supplement|1|||
G|cyanocobalamin injection|Vitamin B12 injection|Vitamin B12 deficiency|1|||
G|ergocalciferol 50,000 units|Drisdol|Vitamin D deficiency|1|||
G|folic acid 1 mg|Folvite|Vitamin (anemia, pregnancy)|1|PREV||
G|prenatal vitamins|PNV, Prenate|Prenatal vitamin|1|PREV||
G|desmopressin|DDAVP|Hormone (bedwetting, diabetes insipidus)|2|||
G|cabergoline|Dostinex|Hormone (prolactin)|2|||
S|Genotropin|somatropin|Growth hormone|5|PA||
G|calcitriol|Rocaltrol|Vitamin D (kidney disease)|2|||
G|sevelamer carbonate|Renvela|Phosphate binder (kidney disease)|2|||
G|cinacalcet|Sensipar|Calcimimetic (kidney disease)|2|||
S|Humira|adalimumab|TNF blocker (rheumatoid arthritis, psoriasis, Crohn's)|5>NF|PA||
S|Hyrimoz|adalimumab-adaz|TNF blocker biosimilar (preferred)|5|PA||
S|Cyltezo|adalimumab-adbm|TNF blocker biosimilar (preferred)|5|PA||
S|Enbrel|etanercept|TNF blocker (rheumatoid arthritis, psoriasis)|5|PA||
S|Cosentyx|secukinumab|IL-17 blocker (psoriasis, arthritis)|5|PA||
S|Taltz|ixekizumab|IL-17 blocker (psoriasis, arthritis)|5|PA,ST||
S|Otezla|apremilast|Psoriasis, psoriatic arthritis|5|PA||
S|Xeljanz|tofacitinib|JAK inhibitor (rheumatoid arthritis, colitis)|5|PA,ST||
S|Rinvoq|upadacitinib|JAK inhibitor (arthritis, eczema, colitis)|5|PA,ST||
G|methotrexate tablets|Trexall|Rheumatoid arthritis, psoriasis|1|||
G|leflunomide|Arava|Rheumatoid arthritis|2|||
G|sulfasalazine|Azulfidine|Rheumatoid arthritis, colitis|1|||
G|azathioprine|Imuran|Immunosuppressant|2|||
G|mycophenolate mofetil|CellCept|Immunosuppressant (transplant)|2|||
G|tacrolimus capsules|Prograf|Immunosuppressant (transplant)|2|||
G|cyclosporine modified|Neoral|Immunosuppressant|2|||
G|dimethyl fumarate|Tecfidera|Multiple sclerosis|5|PA||
G|teriflunomide|Aubagio|Multiple sclerosis|5|PA||
G|fingolimod|Gilenya|Multiple sclerosis|5|PA||
G|glatiramer acetate|Copaxone, Glatopa|Multiple sclerosis|5|PA||
G|epinephrine auto-injector|EpiPen, Auvi-Q|Emergency treatment of severe allergic reactions|2||2 twin-packs per 30 days|
B|EpiPen|epinephrine auto-injector|Emergency treatment of severe allergic reactions|4||2 twin-packs per 30 days|
G|tamoxifen|Soltamox|Breast cancer treatment and risk reduction|1|PREV||
G|anastrozole|Arimidex|Breast cancer treatment and risk reduction|1|PREV||
G|letrozole|Femara|Breast cancer treatment|1|||
G|exemestane|Aromasin|Breast cancer treatment|2|||
G|capecitabine|Xeloda|Oral chemotherapy|5|PA||
G|imatinib|Gleevec|Oral cancer therapy (leukemia)|5|PA||
G|abiraterone|Zytiga|Prostate cancer|5|PA||
S|Xtandi|enzalutamide|Prostate cancer|5|PA||
S|Ibrance|palbociclib|Breast cancer|5|PA||
S|Verzenio|abemaciclib|Breast cancer|5|PA||
S|Imbruvica|ibrutinib|Blood cancers|5|PA||
G|lenalidomide|Revlimid|Multiple myeloma|5|PA||
S|Tagrisso|osimertinib|Lung cancer|5|PA||
S|Lynparza|olaparib|Ovarian, breast, prostate cancer|5|PA||
G|temozolomide|Temodar|Brain cancer|5|PA||
G|megestrol acetate|Megace|Appetite stimulant, cancer|2|||
G|bicalutamide|Casodex|Prostate cancer|1|||
G|triamcinolone 0.1% cream|Kenalog|Topical corticosteroid|1|||
G|hydrocortisone 2.5% cream|Hytone|Topical corticosteroid|1|||
G|clobetasol propionate 0.05%|Temovate|High-potency topical corticosteroid|2|||
G|betamethasone dipropionate|Diprolene|High-potency topical corticosteroid|2|||
G|mometasone 0.1% cream|Elocon|Topical corticosteroid|1|||
G|fluocinonide 0.05%|Lidex|High-potency topical corticosteroid|2|||
G|tretinoin cream|Retin-A|Topical retinoid (acne)|2|PA||
G|adapalene 0.3% gel|Differin|Topical retinoid (acne)|2|||
G|clindamycin 1% topical|Cleocin T|Topical antibiotic (acne)|1|||
G|clindamycin-benzoyl peroxide gel|BenzaClin, Duac|Topical acne treatment|2|||
G|isotretinoin|Absorica, Claravis|Oral retinoid (severe acne)|2|PA||
G|ketoconazole 2% cream|Nizoral|Topical antifungal|1|||
G|ketoconazole 2% shampoo|Nizoral|Antifungal shampoo|1|||
G|nystatin cream|Mycostatin|Topical antifungal|1|||
G|tacrolimus ointment|Protopic|Topical eczema treatment|2|||
G|pimecrolimus cream|Elidel|Topical eczema treatment|4|ST||
S|Eucrisa|crisaborole|Topical eczema treatment|4|ST||
G|permethrin 5% cream|Elimite|Scabies treatment|1|||
G|silver sulfadiazine cream|Silvadene|Burn treatment|1|||
G|calcipotriene|Dovonex|Psoriasis (topical)|2|||
G|metronidazole 0.75% gel|MetroGel|Rosacea|2|||
S|Soolantra|ivermectin cream|Rosacea|4|ST||
G|latanoprost|Xalatan|Glaucoma eye drops|1|||
G|timolol eye drops|Timoptic|Glaucoma eye drops|1|||
G|brimonidine|Alphagan P|Glaucoma eye drops|2|||
G|dorzolamide-timolol|Cosopt|Glaucoma eye drops|2|||
G|bimatoprost|Lumigan|Glaucoma eye drops|2|||
S|Rhopressa|netarsudil|Glaucoma eye drops|3|||
G|cyclosporine 0.05% eye emulsion|Restasis|Dry eye|2|||
S|Xiidra|lifitegrast|Dry eye|4|ST||
G|prednisolone acetate 1% eye drops|Pred Forte|Eye inflammation|2|||
G|moxifloxacin eye drops|Vigamox|Antibiotic eye drops|2|||
G|ofloxacin drops|Ocuflox, Floxin Otic|Antibiotic eye and ear drops|1|||
S|Ciprodex|ciprofloxacin-dexamethasone otic|Ear infection drops|3|||
G|erythromycin eye ointment|Ilotycin|Antibiotic eye ointment|1|||
G|olopatadine eye drops|Pataday|Allergy eye drops|2|||
G|ketorolac eye drops|Acular|Anti-inflammatory eye drops|2|||
G|tobramycin-dexamethasone eye drops|Tobradex|Antibiotic and steroid eye drops|2|||
B|Xalatan|latanoprost|Glaucoma eye drops|4|||
G|meclizine|Antivert|Motion sickness, vertigo|1|||
G|scopolamine patch|Transderm Scop|Motion sickness|2||10 patches per 30 days|
G|enoxaparin|Lovenox|Injectable blood thinner|2|||
G|valved holding chamber (spacer)|AeroChamber|Inhaler spacer|1||2 per 365 days|
G|lidocaine 2% viscous solution|Xylocaine Viscous|Topical anesthetic (mouth)|1|||
G|famciclovir|Famvir|Antiviral (shingles, herpes)|2|||
G|mirtazapine ODT|Remeron SolTab|Antidepressant|2|||
G|bupropion SR (tobacco cessation)|Zyban|Tobacco cessation|1|PREV||
G|nicotine inhaler|Nicotrol Inhaler|Tobacco cessation|2|PREV||
G|nicotine nasal spray|Nicotrol NS|Tobacco cessation|2|PREV||
G|aspirin 81 mg (Rx)|Bayer Low Dose|Antiplatelet (prevention)|1|PREV||
G|fluoride chewable tablets|Luride|Cavity prevention (children)|1|PREV||
G|rosuvastatin-ezetimibe|Roszet|Cholesterol combination|4|||
G|olmesartan-hydrochlorothiazide|Benicar HCT|ARB combination (blood pressure)|2|||
G|valsartan-hydrochlorothiazide|Diovan HCT|ARB combination (blood pressure)|2|||
G|metformin-glipizide|Metaglip|Diabetes combination|2|||
G|pioglitazone-metformin|Actoplus Met|Diabetes combination|2|||
G|clonidine patch|Catapres-TTS|Central alpha agonist (blood pressure)|2|||
G|minoxidil tablets|Loniten|Vasodilator (blood pressure)|2|||
G|terazosin|Hytrin|Alpha blocker (prostate, blood pressure)|1|||
G|propafenone|Rythmol|Antiarrhythmic|2|||
G|pitavastatin|Livalo|Statin (cholesterol)|2|ST||
S|Nexletol|bempedoic acid|Cholesterol (non-statin)|4|PA||
S|Kerendia|finerenone|Kidney disease with type 2 diabetes|3|PA||
S|Corlanor|ivabradine|Heart failure|3|||
S|Verquvo|vericiguat|Heart failure|4|PA||
G|nizatidine|Axid|H2 blocker (acid reflux)|2|||
G|docusate-senna (Rx)|Senna-S|Stool softener|1|||
G|polyethylene glycol 3350 (Rx)|MiraLAX|Laxative|1|||
G|loperamide (Rx)|Imodium|Anti-diarrheal|1|||
G|cetirizine (Rx)|Zyrtec|Antihistamine|1|||
G|loratadine (Rx)|Claritin|Antihistamine|1|||
G|montelukast chewable|Singulair chewable|Leukotriene modifier (children's asthma)|1|||
G|amoxicillin chewable|Amoxil chewable|Penicillin antibiotic (children)|1|||
G|cefadroxil|Duricef|Cephalosporin antibiotic|2|||
G|ethambutol|Myambutol|Tuberculosis treatment|2|||
G|rifampin|Rifadin|Tuberculosis treatment|2|||
G|albendazole|Albenza|Antiparasitic|4|PA||
G|posaconazole|Noxafil|Antifungal|5|PA||
G|voriconazole|Vfend|Antifungal|4|PA||
G|entecavir|Baraclude|Hepatitis B treatment|2|||
G|tenofovir disoproxil fumarate|Viread|Hepatitis B and HIV treatment|2|||
S|Vemlidy|tenofovir alafenamide|Hepatitis B treatment|5|PA||
S|Dovato|dolutegravir-lamivudine|HIV treatment|5|||
S|Triumeq|abacavir-dolutegravir-lamivudine|HIV treatment|5|||
S|Cabenuva|cabotegravir-rilpivirine injection|HIV treatment (long-acting)|5|PA||
S|Apretude|cabotegravir injection|HIV PrEP (long-acting)|5|PA,PREV||
G|memantine-donepezil|Namzaric|Dementia|4|ST||
G|baclofen oral solution|Ozobax|Muscle relaxant (spasticity)|4|PA||
G|modafinil|Provigil|Wakefulness (narcolepsy, sleep apnea)|2|PA|30 tablets per 30 days|
G|armodafinil|Nuvigil|Wakefulness (narcolepsy, sleep apnea)|2|PA|30 tablets per 30 days|
S|Austedo|deutetrabenazine|Movement disorders|5|PA||
S|Ingrezza|valbenazine|Tardive dyskinesia|5|PA||
G|riluzole|Rilutek|ALS|2|||
G|pyridostigmine|Mestinon|Myasthenia gravis|2|||
G|primidone|Mysoline|Tremor, seizures|1|||
G|clobazam|Onfi|Seizures|2|PA||
S|Xcopri|cenobamate|Seizures|4|ST||
S|Qulipta|atogepant|CGRP blocker (migraine prevention)|3|PA|30 tablets per 30 days|
G|naratriptan|Amerge|Triptan (migraine)|2||9 tablets per 30 days|
G|eletriptan|Relpax|Triptan (migraine)|2||12 tablets per 30 days|
G|ketorolac tablets|Toradol|NSAID (short-term pain)|2||20 tablets per 5 days|
G|hydromorphone|Dilaudid|Opioid pain reliever|2|PA|120 tablets per 30 days|
G|methadone (pain)|Dolophine|Long-acting opioid|2|PA|90 tablets per 30 days|
G|buprenorphine patch|Butrans|Long-acting opioid|3|PA|4 patches per 28 days|
G|duloxetine 20 mg|Cymbalta|SNRI (depression, nerve pain)|1|||
G|clomipramine|Anafranil|Tricyclic (OCD)|2|||
G|doxepin tablets|Silenor|Sleep medicine|4|ST|30 tablets per 30 days|
G|ramelteon|Rozerem|Sleep medicine|2||30 tablets per 30 days|
G|clonidine ER|Kapvay|ADHD non-stimulant|2|||
G|asenapine|Saphris|Atypical antipsychotic|2|||
S|Caplyta|lumateperone|Atypical antipsychotic|3|PA||
S|Auvelity|dextromethorphan-bupropion|Antidepressant|4|PA||
S|Zurzuvae|zuranolone|Postpartum depression|5|PA|28 capsules per 14 days|
S|Lybalvi|olanzapine-samidorphan|Atypical antipsychotic|4|PA||
G|topiramate ER|Trokendi XR|Anticonvulsant|4|ST||
S|Ozempic 2 mg pen|semaglutide injection 2 mg|GLP-1 agonist (type 2 diabetes)|3|PA|1 pen per 28 days|
S|Soliqua|insulin glargine-lixisenatide|Insulin + GLP-1 combination|4|INS,PA||
S|Xigduo XR|dapagliflozin-metformin|SGLT2 combination (type 2 diabetes)|3|||
G|acarbose|Precose|Alpha-glucosidase inhibitor (type 2 diabetes)|2|||
G|repaglinide|Prandin|Meglitinide (type 2 diabetes)|2|||
S|Omnipod 5 pods|tubeless insulin pump pods|Insulin pump supply|3|PA|10 pods per 30 days|
G|ketone test strips|Ketostix|Diabetic supply|1||50 strips per 30 days|
"""

# Per-plan overrides: drug name -> {plan: (tier or 'X', pa_flag, note)}
PLAN_OVERRIDES = {
    "Wegovy": {"SG": (4, True, "Covered on Saguaro Premier PPO with prior authorization for chronic weight management (BMI 30+, or 27+ with a weight-related condition)."),
               "DB": (3, True, "Covered on Desert Bloom only to reduce the risk of heart attack and stroke in members with established cardiovascular disease and overweight or obesity. Not covered for weight loss alone.")},
    "Zepbound": {"SG": (4, True, "Covered on Saguaro Premier PPO with prior authorization for chronic weight management."),
                 "DB": (3, True, "Covered on Desert Bloom only for moderate to severe obstructive sleep apnea in members with obesity. Not covered for weight loss alone.")},
}

# Medication-specific prior authorization criteria snippets (by name)
PA_CRITERIA = {
    "Ozempic": ["Diagnosis of type 2 diabetes", "Not approved for weight loss alone", "Approval lasts 12 months"],
    "Ozempic 2 mg pen": ["Diagnosis of type 2 diabetes", "Currently on the 1 mg dose for at least 4 weeks", "Approval lasts 12 months"],
    "Rybelsus": ["Diagnosis of type 2 diabetes", "Not approved for weight loss alone", "Approval lasts 12 months"],
    "Trulicity": ["Diagnosis of type 2 diabetes", "Approval lasts 12 months"],
    "Victoza": ["Diagnosis of type 2 diabetes", "Trial of generic liraglutide, or a medical reason it cannot be used"],
    "liraglutide": ["Diagnosis of type 2 diabetes (Victoza generic) — not approved for weight loss alone", "Approval lasts 12 months"],
    "Bydureon BCise": ["Diagnosis of type 2 diabetes", "Trial of Ozempic or Trulicity, unless not tolerated"],
    "Mounjaro": ["Diagnosis of type 2 diabetes (documented A1C or diagnosis code)", "Not approved for weight loss alone — see Zepbound", "Members already taking Mounjaro before October 1, 2026 were approved automatically through March 31, 2027 if a type 2 diabetes diagnosis was on file", "Approval lasts 12 months"],
    "Repatha": ["LDL cholesterol of 70 mg/dL or higher despite a high-intensity statin for at least 8 weeks, or documented statin intolerance", "Diagnosis of clinical cardiovascular disease or familial hypercholesterolemia"],
    "Praluent": ["Same criteria as Repatha", "Medical reason Repatha cannot be used"],
    "FreeStyle Libre 3 sensors": ["Diabetes treated with insulin, or a history of problematic low blood sugar", "Prescribed by the treating clinician; renew every 12 months"],
    "Dexcom G7 sensors": ["Diabetes treated with insulin, or a history of problematic low blood sugar", "Prescribed by the treating clinician; renew every 12 months"],
    "Dupixent": ["Moderate-to-severe eczema after trying topical steroids or calcineurin inhibitors, or", "Eosinophilic or steroid-dependent asthma not controlled on inhaled steroid + long-acting bronchodilator"],
    "Xolair": ["Moderate-to-severe allergic asthma with positive allergy test and IgE level in range, or chronic hives not controlled on antihistamines"],
    "Nucala": ["Severe eosinophilic asthma (blood eosinophils 150 cells/µL or higher) with 2 or more flare-ups in the past year despite treatment"],
    "Fasenra": ["Severe eosinophilic asthma (blood eosinophils 150 cells/µL or higher) with 2 or more flare-ups in the past year despite treatment"],
    "Vraylar": ["Diagnosis of schizophrenia, bipolar disorder or add-on treatment for major depression", "Trial of 2 generic antipsychotics (for example, aripiprazole and quetiapine), unless not tolerated"],
    "Rexulti": ["Diagnosis of schizophrenia, agitation in Alzheimer's dementia, or add-on treatment for major depression", "Trial of generic aripiprazole, unless not tolerated"],
    "Caplyta": ["Diagnosis of schizophrenia or bipolar depression", "Trial of 2 generic antipsychotics, unless not tolerated"],
    "Spravato": ["Treatment-resistant depression after 2 antidepressants at adequate dose and length", "Given at a certified treatment center"],
    "Nurtec ODT": ["Diagnosis of migraine", "Trial of 2 triptans (for example, sumatriptan and rizatriptan), or a medical reason triptans cannot be used"],
    "Ubrelvy": ["Diagnosis of migraine", "Trial of 2 triptans, or a medical reason triptans cannot be used"],
    "Aimovig": ["4 or more migraine days per month", "Trial of 2 preventive medicines (for example, topiramate and propranolol)"],
    "Emgality": ["4 or more migraine days per month", "Trial of 2 preventive medicines (for example, topiramate and propranolol)"],
    "Qulipta": ["4 or more migraine days per month", "Trial of 2 preventive medicines"],
    "Xifaxan": ["IBS with diarrhea, or prevention of hepatic encephalopathy", "Not covered for travelers' diarrhea"],
    "Stelara": ["Moderate-to-severe Crohn's disease, ulcerative colitis, psoriasis or psoriatic arthritis", "Trial of a preferred adalimumab biosimilar (Hyrimoz or Cyltezo), unless not appropriate"],
    "Skyrizi": ["Moderate-to-severe plaque psoriasis, psoriatic arthritis or Crohn's disease", "Trial of a preferred adalimumab biosimilar, unless not appropriate"],
    "Humira": ["Non-formulary since September 1, 2026", "Covered only through a formulary exception when both Hyrimoz and Cyltezo are not appropriate"],
    "Hyrimoz": ["Diagnosis of rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis, Crohn's disease, ulcerative colitis, plaque psoriasis or hidradenitis suppurativa", "Prescribed by or with a specialist"],
    "Cyltezo": ["Same diagnoses as Hyrimoz", "Prescribed by or with a specialist"],
    "Enbrel": ["Rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis or plaque psoriasis", "Trial of a preferred adalimumab biosimilar, unless not appropriate"],
    "Epclusa": ["Confirmed chronic hepatitis C with genotype and viral load on file", "Prescribed by or with a gastroenterologist, hepatologist or infectious disease specialist"],
    "Mavyret": ["Confirmed chronic hepatitis C", "Treatment length of 8 or 12 weeks per label"],
    "Prolia": ["Osteoporosis with high fracture risk", "Trial of an oral bisphosphonate (alendronate) or a reason it cannot be used"],
    "Genotropin": ["Growth hormone deficiency confirmed by stimulation testing", "Prescribed by a pediatric or adult endocrinologist"],
    "Wegovy": ["See plan-specific coverage notes"],
    "Zepbound": ["See plan-specific coverage notes"],
}

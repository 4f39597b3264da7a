# Covered-service (medical) policies. Fields:
# slug, title, category, pa, reviewer, codes, cost_key, criteria, not_covered, docs, extra
# pa: "yes", "no", "yes-hmo" (HMO plans + Desert Bloom only), "yes-1001" (PA starts 2026-10-01), "notify" (notification within 24h)
# reviewer: UM (Sun Mesa Utilization Management), CV (ClearView Imaging Review from 2026-09-01), BH (Sun Mesa Behavioral Health), RX (Sun Mesa Pharmacy medical drug review)
P = []
def pol(slug, title, category, pa, reviewer, codes, cost_key, criteria, not_covered=(), docs=(), extra=""):
    P.append(dict(slug=slug, title=title, category=category, pa=pa, reviewer=reviewer, codes=codes, cost_key=cost_key,
                  criteria=list(criteria), not_covered=list(not_covered), docs=list(docs), extra=extra))

# ---------- Imaging ----------
pol("mri-brain", "MRI of the Brain", "Advanced imaging", "yes", "CV", "70551, 70552, 70553", "imaging",
    ["New neurological symptoms such as weakness, numbness, vision loss or trouble speaking", "Headache with red-flag features (sudden severe onset, new headache after age 50, headache with fever and stiff neck, or change in pattern)", "Follow-up of a known brain tumor, multiple sclerosis or aneurysm", "Seizure that is new or has changed"],
    ["Routine headache without red-flag features", "Repeat scans within 6 months without a change in symptoms"],
    ["Office notes with symptoms and exam findings", "Results of prior imaging"])
pol("mri-lumbar-spine", "MRI of the Lumbar Spine (Low Back)", "Advanced imaging", "yes", "CV", "72148, 72149, 72158", "imaging",
    ["Low back pain lasting 6 weeks or more despite conservative care (physical therapy, medicines, activity changes)", "Red-flag signs at any time: new weakness in the legs, loss of bladder or bowel control, suspected infection, cancer history or major trauma", "Planning for surgery or an epidural steroid injection"],
    ["Low back pain of less than 6 weeks without red flags", "Screening in people without symptoms"],
    ["Dates and type of conservative care tried", "Neurological exam findings"])
pol("mri-cervical-spine", "MRI of the Cervical Spine (Neck)", "Advanced imaging", "yes", "CV", "72141, 72142, 72156", "imaging",
    ["Neck pain with arm pain, numbness or weakness lasting 6 weeks or more despite conservative care", "Signs of spinal cord compression (balance problems, hand clumsiness)", "Trauma with abnormal X-ray or neurological signs"],
    ["Neck pain alone of less than 6 weeks"], ["Office notes and exam findings"])
pol("mri-knee", "MRI of the Knee", "Advanced imaging", "yes", "CV", "73721, 73722, 73723", "imaging",
    ["Suspected meniscus or ligament tear after injury, with exam findings and X-rays done first", "Knee pain lasting 6 weeks or more that has not improved with conservative care", "Locking, giving way or a mass"],
    ["Arthritis already confirmed on X-ray when surgery is not being considered"], ["X-ray report", "Exam findings"])
pol("mri-shoulder", "MRI of the Shoulder", "Advanced imaging", "yes", "CV", "73221, 73222, 73223", "imaging",
    ["Suspected rotator cuff or labral tear after 6 weeks of conservative care", "Weakness after injury that suggests a full tear", "Planning for surgery"],
    [], ["X-ray report", "Exam findings and therapy notes"])
pol("ct-abdomen-pelvis", "CT Scan of the Abdomen and Pelvis", "Advanced imaging", "yes", "CV", "74176, 74177, 74178", "imaging",
    ["Abdominal pain with suspected appendicitis, diverticulitis, kidney stones or bowel blockage (outpatient)", "Cancer staging or follow-up", "Unexplained weight loss with abnormal lab results"],
    ["Scans done in the emergency room or during a hospital stay do not need prior authorization"], ["Office notes", "Relevant lab results"])
pol("ct-chest", "CT Scan of the Chest", "Advanced imaging", "yes", "CV", "71250, 71260, 71270", "imaging",
    ["Abnormal chest X-ray that needs follow-up", "Follow-up of a lung nodule per guideline intervals", "Suspected blood clot in the lungs (outpatient) or cancer staging"],
    ["Low-dose CT for lung cancer screening is covered as preventive care and does not need prior authorization (see Lung Cancer Screening)"], ["Prior imaging reports"])
pol("ct-head", "CT Scan of the Head", "Advanced imaging", "yes", "CV", "70450, 70460, 70470", "imaging",
    ["Head injury with concerning signs", "Sudden severe headache or new neurological symptoms", "Follow-up of bleeding or shunt"],
    [], ["Office notes"])
pol("ct-sinus", "CT Scan of the Sinuses", "Advanced imaging", "yes", "CV", "70486", "imaging",
    ["Chronic sinusitis lasting 12 weeks or more despite at least 4 weeks of treatment", "Planning for sinus surgery", "Suspected complication such as spread of infection near the eye"],
    ["Acute sinus infection of less than 4 weeks"], ["Treatment history"])
pol("pet-scan", "PET and PET/CT Scans", "Advanced imaging", "yes", "CV", "78815, 78816", "imaging",
    ["Initial staging of many solid tumors and lymphoma", "Checking response to treatment when results will change care", "Certain heart and brain indications (for example, epilepsy surgery planning)"],
    ["Routine surveillance after treatment in people without symptoms", "Alzheimer's screening outside of an approved study"], ["Cancer type and stage", "Oncologist's notes"])
pol("nuclear-cardiac-stress-test", "Nuclear Cardiac Stress Test (Myocardial Perfusion Imaging)", "Advanced imaging", "yes", "CV", "78451, 78452", "imaging",
    ["Chest pain or shortness of breath suggesting heart disease when a standard exercise ECG cannot be done or read", "Before high-risk surgery in people with poor exercise capacity", "New or worsening symptoms after a stent or bypass"],
    ["Routine testing in people without symptoms", "Repeat testing within 2 years after a normal result without new symptoms"], ["ECG", "Symptoms and risk factors"])
pol("coronary-ct-angiography", "Coronary CT Angiography", "Advanced imaging", "yes", "CV", "75574", "imaging",
    ["Stable chest pain in people at low-to-intermediate risk of heart disease", "Checking the heart's arteries before certain valve procedures"],
    ["Calcium scoring alone for screening"], ["Risk assessment and symptoms"])
pol("echocardiogram", "Echocardiogram (Heart Ultrasound)", "Cardiac testing", "no", "UM", "93306, 93307, 93308", "specialist",
    ["Heart murmur, heart failure symptoms, suspected valve disease or after a heart attack", "Follow-up of known valve disease at guideline intervals"],
    ["Transesophageal echocardiogram (TEE) is covered when medically necessary and does not need prior authorization when done in the hospital"], [])
pol("breast-mri", "Breast MRI", "Advanced imaging", "yes", "CV", "77046, 77047, 77048, 77049", "imaging",
    ["Yearly screening for people with a lifetime breast cancer risk of 20% or more, a BRCA mutation, or chest radiation before age 30", "Newly diagnosed breast cancer for surgical planning", "Evaluation of silicone implant rupture"],
    ["Screening for people at average risk"], ["Risk assessment", "Genetic test result if available"])
pol("screening-mammogram", "Screening Mammogram", "Preventive care", "no", "UM", "77067", "preventive",
    ["Every 1 to 2 years for women age 40 and older", "3D mammography (tomosynthesis) is included at no cost"],
    [], [], "Covered at $0 as preventive care on all plans. No referral needed, including on HMO plans.")
pol("diagnostic-mammogram", "Diagnostic Mammogram and Breast Ultrasound", "Imaging", "no", "UM", "77065, 77066, 76641, 76642", "xray",
    ["A lump, pain, nipple discharge or other symptom", "Follow-up of an abnormal screening mammogram"],
    [], [])
pol("dexa-scan", "Bone Density Scan (DEXA)", "Preventive care", "no", "UM", "77080", "preventive",
    ["Women 65 and older, and younger women at higher risk of fracture", "Men and women taking long-term steroids or with conditions that cause bone loss", "Repeat scans every 2 years, or sooner if treatment changes"],
    [], [])
pol("ultrasound-general", "Ultrasound (Abdomen, Pelvis, Thyroid, Vascular)", "Imaging", "no", "UM", "76700, 76856, 76536, 93880", "xray",
    ["Ordered by a treating clinician to evaluate symptoms or follow up a known condition"],
    ["Keepsake or 3D/4D ultrasounds that are not medically necessary"], [])

# ---------- Sleep ----------
pol("sleep-study-in-lab", "Sleep Study in a Sleep Lab (Polysomnography)", "Sleep medicine", "yes-1001", "UM", "95810, 95811", "specialist",
    ["A home sleep apnea test was negative, inconclusive or technically inadequate, and sleep apnea is still suspected", "Significant heart or lung disease, neuromuscular disease, or use of opioid medicines that make a home test unreliable", "Suspected narcolepsy, parasomnia or periodic limb movement disorder", "Titration study to set CPAP pressure when home auto-titration has not worked"],
    ["In-lab study as the first test for uncomplicated suspected sleep apnea (a home test is required first)"],
    ["Sleep questionnaire (for example, STOP-BANG or Epworth score)", "Results of any home sleep apnea test"],
    "Prior authorization for in-lab sleep studies started on October 1, 2026. Studies done before that date did not need approval.")
pol("home-sleep-apnea-test", "Home Sleep Apnea Test", "Sleep medicine", "no", "UM", "95800, 95806, G0399", "specialist",
    ["Adults with symptoms of obstructive sleep apnea such as loud snoring, witnessed pauses in breathing, or daytime sleepiness", "Ordered after a face-to-face or telehealth evaluation"],
    ["Children under 18 (an in-lab study is used instead)"], [],
    "Home sleep apnea tests do not need prior authorization. Sun Mesa recommends a home test first for most adults.")
pol("cpap", "CPAP and BiPAP Machines", "Durable medical equipment", "yes", "UM", "E0601, E0470", "dme",
    ["Obstructive sleep apnea confirmed by a sleep test (AHI of 15 or more, or 5 to 14 with symptoms or heart disease)", "Continued coverage after 90 days requires use for 4 hours a night on at least 70% of nights"],
    ["Replacement of a working machine within 5 years"], ["Sleep study report", "Download of usage data for renewal"])
pol("inspire-hypoglossal-nerve-stimulator", "Hypoglossal Nerve Stimulation (Inspire) for Sleep Apnea", "Surgery", "yes", "UM", "64582", "outpatient_surgery",
    ["Moderate-to-severe obstructive sleep apnea (AHI 15 to 100)", "Unable to use CPAP after a documented trial", "BMI under 40", "Drug-induced sleep endoscopy showing a suitable airway pattern"],
    [], ["Sleep study", "CPAP trial records"])

# ---------- Surgery ----------
pol("bariatric-surgery", "Bariatric (Weight-Loss) Surgery", "Surgery", "yes", "UM", "43644, 43775, 43645", "inpatient",
    ["Age 18 or older (adolescents considered case by case)", "BMI of 40 or more, or BMI of 35 or more with a serious weight-related condition such as type 2 diabetes, sleep apnea or high blood pressure", "Participation in a medically supervised weight management program for at least 3 months in the past 2 years", "Psychological evaluation clearing the member for surgery", "Surgery at a Sun Mesa–designated bariatric center"],
    ["Revision surgery for weight regain alone, unless a complication is documented", "Procedures considered experimental (for example, intragastric balloon)"],
    ["BMI history", "Program attendance records", "Psychological evaluation", "Nutrition evaluation"],
    "Desert Bloom members: covered under Medicare rules (BMI 35 or more with at least one related condition).")
pol("knee-replacement", "Total Knee Replacement", "Surgery", "yes", "UM", "27447", "inpatient",
    ["Advanced arthritis on X-ray with pain that limits daily activities", "At least 3 months of non-surgical treatment (physical therapy, weight management, medicines or injections) that did not help enough", "No active infection; diabetes under reasonable control (A1C under 8%)"],
    ["Surgery when X-rays show only mild arthritis"], ["X-ray report", "Conservative treatment history", "A1C result for members with diabetes"])
pol("hip-replacement", "Total Hip Replacement", "Surgery", "yes", "UM", "27130", "inpatient",
    ["Advanced hip arthritis or avascular necrosis with pain that limits daily activities", "At least 3 months of non-surgical treatment that did not help enough, unless the joint has collapsed", "Hip fracture (no waiting period)"],
    [], ["X-ray report", "Treatment history"])
pol("spinal-fusion", "Lumbar Spinal Fusion", "Surgery", "yes", "UM", "22612, 22630, 22633", "inpatient",
    ["Spinal instability, spondylolisthesis with symptoms, or deformity", "At least 6 months of structured conservative care, unless there is a neurological emergency", "Non-smoker for at least 6 weeks before surgery (confirmed by test)"],
    ["Fusion for back pain alone without instability"], ["Imaging reports", "Therapy records", "Nicotine test result"])
pol("lumbar-laminectomy", "Lumbar Laminectomy and Discectomy", "Surgery", "yes", "UM", "63030, 63047", "outpatient_surgery",
    ["Leg pain (sciatica) with matching MRI findings lasting 6 weeks or more despite conservative care", "Progressive weakness or cauda equina syndrome (no waiting period)", "Spinal stenosis limiting walking"],
    [], ["MRI report", "Exam findings"])
pol("carpal-tunnel-release", "Carpal Tunnel Release", "Surgery", "no", "UM", "64721, 29848", "outpatient_surgery",
    ["Symptoms confirmed by exam, with nerve testing when the diagnosis is unclear", "Failure of splinting or an injection, or muscle wasting"],
    [], [], "No prior authorization needed when done in a doctor's office or ambulatory surgery center.")
pol("cataract-surgery", "Cataract Surgery", "Surgery", "no", "UM", "66984, 66982", "outpatient_surgery",
    ["Cataract that reduces vision and affects daily activities such as driving or reading", "Standard monofocal lens implant is covered"],
    ["Premium lenses (multifocal or toric) are covered only up to the cost of a standard lens; the member pays the difference"], [])
pol("tonsillectomy", "Tonsillectomy and Adenoidectomy", "Surgery", "no", "UM", "42820, 42821, 42825, 42826", "outpatient_surgery",
    ["7 or more throat infections in 1 year, 5 per year for 2 years, or 3 per year for 3 years", "Sleep-disordered breathing or sleep apnea in children with large tonsils", "Peritonsillar abscess"],
    [], [])
pol("hysterectomy", "Hysterectomy", "Surgery", "yes", "UM", "58150, 58571, 58262", "inpatient",
    ["Fibroids, heavy bleeding or pain that did not respond to medical treatment", "Cancer or precancer of the uterus, cervix or ovaries", "Pelvic organ prolapse"],
    [], ["Ultrasound or pathology report", "Treatment history"],
    "Hysterectomy for cancer does not need a waiting period.")
pol("cholecystectomy", "Gallbladder Removal (Cholecystectomy)", "Surgery", "no", "UM", "47562, 47563", "outpatient_surgery",
    ["Gallstones or gallbladder disease causing symptoms", "Gallbladder polyp 10 mm or larger"], [], [])
pol("hernia-repair", "Hernia Repair", "Surgery", "no", "UM", "49591, 49650", "outpatient_surgery",
    ["Hernia causing pain or limiting activity", "Incarcerated or strangulated hernia (emergency)"], [], [])
pol("acl-reconstruction", "ACL Reconstruction", "Surgery", "yes-hmo", "UM", "29888", "outpatient_surgery",
    ["Torn anterior cruciate ligament confirmed by MRI or exam", "Knee instability with daily activities or sports"],
    [], ["MRI report"])
pol("rotator-cuff-repair", "Rotator Cuff Repair", "Surgery", "yes-hmo", "UM", "29827, 23412", "outpatient_surgery",
    ["Full-thickness tear confirmed by MRI or ultrasound", "Partial tear with pain and weakness after 3 months of physical therapy"],
    [], ["Imaging report", "Therapy notes"])
pol("septoplasty", "Septoplasty", "Surgery", "yes", "UM", "30520", "outpatient_surgery",
    ["Deviated septum causing nasal blockage that did not improve after 4 weeks of nasal steroid spray", "Needed for access during sinus surgery"],
    ["Cosmetic nose surgery (rhinoplasty)"], ["ENT exam findings", "Medication history"])
pol("sinus-surgery", "Endoscopic Sinus Surgery", "Surgery", "yes", "UM", "31254, 31255, 31256, 31267", "outpatient_surgery",
    ["Chronic sinusitis confirmed by CT after at least 8 weeks of medical treatment", "Nasal polyps that did not respond to steroid treatment", "Complications of sinus infection"],
    [], ["Sinus CT report", "Treatment history"])
pol("blepharoplasty", "Eyelid Surgery (Blepharoplasty)", "Surgery", "yes", "UM", "15822, 15823", "outpatient_surgery",
    ["Drooping eyelid skin blocking the upper field of vision, confirmed by visual field testing (loss of 12 degrees or 30% or more)", "Photographs showing the lid at or below the pupil"],
    ["Surgery done to improve appearance"], ["Visual field test", "Photographs"])
pol("breast-reduction", "Breast Reduction Surgery", "Surgery", "yes", "UM", "19318", "outpatient_surgery",
    ["Ongoing neck, back or shoulder pain, or shoulder grooving or skin rashes, for at least 6 months", "Symptoms did not improve with physical therapy or supportive bras", "Planned tissue removal meets the minimum weight for body surface area"],
    ["Surgery done only to change appearance"], ["Photographs", "Treatment history", "Estimated tissue removal"])
pol("varicose-vein-treatment", "Varicose Vein Treatment", "Surgery", "yes", "UM", "36475, 36478, 36465", "outpatient_surgery",
    ["Varicose veins causing pain, swelling, skin changes or ulcers", "Vein reflux shown on ultrasound", "3 months of compression stockings that did not help"],
    ["Treatment of spider veins (cosmetic)"], ["Venous ultrasound", "Compression stocking trial"])
pol("spinal-cord-stimulator", "Spinal Cord Stimulator", "Surgery", "yes", "UM", "63650, 63685", "outpatient_surgery",
    ["Chronic nerve pain for 6 months or more despite other treatments", "Psychological evaluation", "Successful trial with at least 50% pain relief"],
    [], ["Pain history", "Psychological evaluation", "Trial results"])
pol("gender-affirming-surgery", "Gender-Affirming Surgery", "Surgery", "yes", "UM", "Various", "inpatient",
    ["Persistent, well-documented gender dysphoria", "Letter from a qualified mental health professional", "12 months of hormone therapy for certain genital procedures, unless not appropriate", "Age 18 or older"],
    ["Procedures done only to change appearance that are not part of the treatment plan"], ["Letters of support", "Treatment history"])
pol("cochlear-implant", "Cochlear Implants", "Surgery", "yes", "UM", "69930", "outpatient_surgery",
    ["Moderate-to-profound hearing loss in both ears with limited benefit from hearing aids", "Able to take part in post-implant rehabilitation"],
    [], ["Audiology testing"])
pol("organ-transplant", "Organ and Stem Cell Transplants", "Surgery", "yes", "UM", "Various", "inpatient",
    ["Evaluation and transplant at a Sun Mesa Centers of Excellence transplant program", "Meets the transplant center's medical criteria for the organ"],
    [], ["Transplant center evaluation"],
    "Travel and lodging up to $10,000 per transplant may be covered when the center is more than 100 miles from home.")
pol("upper-endoscopy", "Upper Endoscopy (EGD)", "Procedures", "no", "UM", "43235, 43239", "outpatient_surgery",
    ["Trouble swallowing, vomiting blood, anemia or weight loss", "Reflux symptoms that continue despite 8 weeks of treatment", "Barrett's esophagus surveillance"], [], [])
pol("colonoscopy-screening", "Screening Colonoscopy", "Preventive care", "no", "UM", "45378, G0121, G0105", "preventive",
    ["Adults age 45 to 75 at average risk, every 10 years", "Earlier or more often for people with a family history or prior polyps", "Follow-up colonoscopy after a positive stool test (for example, FIT or Cologuard) is also covered at $0"],
    [], [], "Covered at $0 on all plans, including anesthesia and polyp removal during the screening. Bowel prep kits on the preventive list are $0.")
pol("cologuard-fit", "Stool-Based Colorectal Cancer Screening (FIT and Cologuard)", "Preventive care", "no", "UM", "82274, 81528", "preventive",
    ["FIT every year or multi-target stool DNA test every 3 years for adults 45 to 75"], [], [])
pol("lung-cancer-screening", "Lung Cancer Screening (Low-Dose CT)", "Preventive care", "no", "UM", "71271", "preventive",
    ["Adults 50 to 80 with a 20 pack-year smoking history who currently smoke or quit within the past 15 years", "Once a year"], [], [])

# ---------- DME ----------
pol("power-wheelchair", "Power Wheelchairs and Scooters", "Durable medical equipment", "yes", "UM", "K0813–K0864", "dme",
    ["Mobility limitation that prevents daily activities at home", "Cannot safely use a cane, walker or manual wheelchair", "Face-to-face exam within 6 months and a home assessment"],
    [], ["Face-to-face exam notes", "Home assessment"])
pol("manual-wheelchair", "Manual Wheelchairs", "Durable medical equipment", "no", "UM", "K0001–K0007", "dme",
    ["Mobility limitation that a cane or walker cannot resolve"], [], [],
    "Standard manual wheelchairs do not need prior authorization. Custom or lightweight models do.")
pol("hospital-bed", "Hospital Beds for Home Use", "Durable medical equipment", "no", "UM", "E0250–E0304", "dme",
    ["Condition requires positioning not possible in a regular bed, or need for head elevation of 30 degrees or more"], [], [])
pol("insulin-pump", "Insulin Pumps", "Durable medical equipment", "yes", "UM", "E0784", "dme",
    ["Diabetes treated with multiple daily insulin injections", "Completed diabetes education", "Checking blood sugar at least 4 times a day or using a CGM"],
    ["Replacement of a working pump before 4 years"], ["Endocrinology notes", "Blood sugar logs or CGM report"],
    "Omnipod 5 pods are covered under the pharmacy benefit (see the formulary entry).")
pol("continuous-glucose-monitor", "Continuous Glucose Monitors (CGM)", "Durable medical equipment", "yes", "RX", "K0553, K0554, E2103", "dme",
    ["Diabetes treated with insulin, or a history of problematic low blood sugar", "Member or caregiver trained to use the device"],
    [], ["Prescription and diagnosis"],
    "Most members get CGM sensors at a network pharmacy under the pharmacy benefit. See the formulary entries for FreeStyle Libre 3 sensors and Dexcom G7 sensors.")
pol("oxygen-home", "Home Oxygen", "Durable medical equipment", "yes", "UM", "E1390, E0431, E0439", "dme",
    ["Resting oxygen saturation of 88% or less, or drop to 88% or less with exercise or sleep", "Testing done within 30 days of the order"],
    [], ["Oxygen saturation test results"])
pol("hearing-aids", "Hearing Aids", "Durable medical equipment", "no", "UM", "V5261", "dme",
    ["Desert Bloom: hearing aids through the plan's hearing vendor ($499 or $799 per aid, up to 2 aids per year)", "Commercial plans: one hearing aid per ear every 3 years for children under 19 with hearing loss"],
    ["Adult hearing aids on Copper Saver, Turquoise Value, Sandstone Choice and Saguaro Premier"], [])
pol("prosthetic-limbs", "Prosthetic Limbs", "Durable medical equipment", "yes", "UM", "L5000–L7499", "dme",
    ["Member will reach or keep a functional level with the prosthesis", "Replacement when needed due to changes in the limb or wear"],
    ["Microprocessor knees for members who cannot walk in the community"], ["Functional assessment"])
pol("breast-pump", "Breast Pumps", "Maternity", "no", "UM", "E0602, E0603", "preventive",
    ["One personal electric breast pump per pregnancy, at $0 through a network DME supplier", "Hospital-grade pump rental when a baby is in the NICU"], [], [])
pol("orthotics-shoe-inserts", "Foot Orthotics and Diabetic Shoes", "Durable medical equipment", "no", "UM", "A5500, A5512, L3000", "dme",
    ["Diabetic shoes and inserts: one pair of shoes and 3 pairs of inserts per year for members with diabetes and foot problems", "Custom orthotics for foot deformity when attached to a brace"],
    ["Over-the-counter shoe inserts"], [])

# ---------- Rehab and therapy ----------
pol("physical-therapy", "Outpatient Physical Therapy", "Rehabilitation", "no", "UM", "97110, 97140, 97161–97163", "rehab",
    ["Prescribed to improve function after injury, surgery or illness", "Progress toward goals is documented at least every 10 visits"],
    ["Maintenance therapy when no further improvement is expected (except Desert Bloom, under Medicare rules)"], [],
    "Visits count toward the plan's combined yearly therapy limit.")
pol("occupational-therapy", "Outpatient Occupational Therapy", "Rehabilitation", "no", "UM", "97165–97168, 97535", "rehab",
    ["Prescribed to improve daily living skills after injury, surgery or illness", "Progress is documented"], [], [])
pol("speech-therapy", "Outpatient Speech Therapy", "Rehabilitation", "no", "UM", "92507, 92523", "rehab",
    ["Speech, language or swallowing problems caused by illness, injury, stroke or developmental delay"],
    ["Therapy for accent change or voice improvement for non-medical reasons"], [])
pol("chiropractic-care", "Chiropractic Care", "Rehabilitation", "no", "UM", "98940, 98941", "chiro",
    ["Spinal manipulation for back or neck pain", "Visit limits depend on the plan"],
    ["Copper Saver HMO does not cover chiropractic care", "Maintenance care"], [])
pol("acupuncture", "Acupuncture", "Rehabilitation", "no", "UM", "97810–97814", "acupuncture",
    ["Saguaro Premier PPO: up to 20 visits per year for any covered condition", "Desert Bloom: Medicare-covered acupuncture for chronic low back pain, up to 20 visits per year"],
    ["Not covered on Copper Saver, Turquoise Value or Sandstone Choice"], [])
pol("cardiac-rehab", "Cardiac Rehabilitation", "Rehabilitation", "no", "UM", "93798", "rehab",
    ["After heart attack, bypass surgery, stent, valve surgery, heart transplant or stable heart failure", "Up to 36 sessions, with up to 36 more when medically necessary"], [], [],
    "Cardiac rehab sessions do not count toward the physical therapy visit limit.")
pol("pulmonary-rehab", "Pulmonary Rehabilitation", "Rehabilitation", "no", "UM", "94625, 94626", "rehab",
    ["Moderate-to-severe COPD or other chronic lung disease", "Up to 36 sessions per lifetime program"], [], [])
pol("home-health-care", "Home Health Care", "Home and facility care", "yes", "UM", "G0151, G0299, G0300", "home_health",
    ["Member is homebound and needs skilled nursing or therapy part-time", "Care ordered by a clinician with a plan of care"],
    ["Custodial care (help with bathing or dressing alone)"], ["Plan of care", "Face-to-face encounter note"])
pol("skilled-nursing-facility", "Skilled Nursing Facility Stays", "Home and facility care", "yes", "UM", "Revenue codes 019x", "snf",
    ["Daily skilled nursing or rehab needs that can only be provided in a facility", "Reviewed every 7 days for continued stay"],
    ["Long-term custodial care"], ["Hospital discharge summary", "Therapy evaluations"])
pol("hospice-care", "Hospice Care", "Home and facility care", "no", "UM", "Revenue codes 065x", "hospice",
    ["Life expectancy of 6 months or less if the illness runs its normal course", "Member chooses comfort care"], [], [],
    "Desert Bloom members: hospice is paid by Original Medicare, not by Desert Bloom.")
pol("inpatient-rehab", "Inpatient Rehabilitation Facility", "Home and facility care", "yes", "UM", "Revenue codes 0118, 0128", "inpatient",
    ["Able to take part in 3 hours of therapy a day, 5 days a week", "Needs close physician supervision and multiple therapies"], [], ["Functional assessment"])
pol("long-term-acute-care", "Long-Term Acute Care Hospital", "Home and facility care", "yes", "UM", "—", "inpatient",
    ["Complex medical needs such as prolonged ventilator weaning or complex wound care", "Expected stay of 25 days or more"], [], [])

# ---------- Behavioral health ----------
pol("aba-therapy", "Applied Behavior Analysis (ABA) for Autism", "Behavioral health", "yes", "BH", "97151–97158", "mh_office",
    ["Diagnosis of autism spectrum disorder by a qualified clinician", "Treatment plan with measurable goals, updated every 6 months"],
    [], ["Diagnostic evaluation", "Treatment plan"], "ABA has no visit limit. Cost share is the same as an outpatient mental health visit.")
pol("inpatient-psychiatric", "Inpatient Psychiatric Hospital Care", "Behavioral health", "notify", "BH", "Revenue codes 0114, 0124", "mh_inpatient",
    ["Risk of harm to self or others, or inability to care for self, that cannot be managed safely at a lower level of care"],
    [], [], "Emergency admissions do not need prior authorization. The facility must notify Sun Mesa Behavioral Health within 24 hours (1 business day).")
pol("partial-hospitalization", "Partial Hospitalization Program (PHP)", "Behavioral health", "yes", "BH", "H0035", "mh_inpatient",
    ["Needs structured treatment at least 20 hours a week but can safely return home at night"], [], ["Treatment plan"])
pol("intensive-outpatient", "Intensive Outpatient Program (IOP)", "Behavioral health", "no", "BH", "S9480, H0015", "mh_office",
    ["Needs more than weekly therapy (9 or more hours a week) for mental health or substance use"], [], [],
    "IOP does not need prior authorization for the first 30 days. Continued stay is reviewed after 30 days.")
pol("tms-therapy", "Transcranial Magnetic Stimulation (TMS)", "Behavioral health", "yes", "BH", "90867, 90868", "mh_office",
    ["Major depression that did not respond to at least 2 antidepressants from different classes", "Trial of psychotherapy", "Age 18 or older"],
    ["TMS for conditions other than depression and OCD"], ["Medication history", "Depression rating scale"])
pol("ect", "Electroconvulsive Therapy (ECT)", "Behavioral health", "yes", "BH", "90870", "mh_office",
    ["Severe depression, catatonia or mania not responding to medicine, or when rapid response is needed"], [], [])
pol("residential-substance-use", "Residential Substance Use Treatment", "Behavioral health", "yes", "BH", "H0018, H0019", "mh_inpatient",
    ["Meets ASAM level 3 criteria", "Treatment at a licensed in-network facility"], [], ["ASAM assessment"])
pol("outpatient-therapy", "Outpatient Mental Health Therapy", "Behavioral health", "no", "BH", "90832, 90834, 90837", "mh_office",
    ["Individual, family and group therapy with licensed clinicians", "No referral needed on any plan"], [], [],
    "Therapy by video or phone through SunMesa Connect is covered (see Telehealth Coverage Policy).")
pol("psychological-testing", "Psychological and Neuropsychological Testing", "Behavioral health", "yes", "BH", "96130–96139", "mh_office",
    ["Results will change the treatment plan", "Testing for ADHD, learning disorders, dementia or brain injury"],
    ["Testing for school or job placement only"], [])

# ---------- Maternity ----------
pol("prenatal-care", "Prenatal and Postpartum Care", "Maternity", "no", "UM", "59400, 59425, 59426", "prenatal",
    ["Routine prenatal visits, lab work and ultrasounds", "Postpartum visits through 12 months after birth"], [], [],
    "Members should call Member Services to enroll in the Healthy Start maternity program.")
pol("labor-and-delivery", "Labor and Delivery", "Maternity", "notify", "UM", "59409, 59510, 59610", "delivery",
    ["Hospital or birth center stay for delivery", "48 hours after vaginal birth and 96 hours after cesarean are covered without review"], [], [],
    "The hospital must notify Sun Mesa within 24 hours of admission.")
pol("doula-services", "Doula Services", "Maternity", "no", "UM", "T1032, T1033", "prenatal",
    ["Up to 4 prenatal and 4 postpartum visits plus support during labor, with a certified doula in the Sun Mesa network"], [], [])
pol("infertility-evaluation", "Infertility Evaluation and Treatment", "Maternity", "yes", "UM", "58970, 89250", "specialist",
    ["Diagnostic testing to find the cause of infertility is covered on all commercial plans", "Ovulation-inducing medicines and up to 3 cycles of intrauterine insemination on Sandstone Choice and Saguaro Premier"],
    ["IVF is not covered on any plan", "Reversal of sterilization"], [])
pol("genetic-testing-brca", "Genetic Testing for Hereditary Cancer (BRCA and Panels)", "Lab and genetics", "yes", "UM", "81162, 81432", "lab",
    ["Personal or family history that meets national guidelines for hereditary cancer testing", "Genetic counseling before testing"],
    ["Direct-to-consumer tests"], ["Family history", "Genetic counseling note"],
    "BRCA counseling and testing for women who meet preventive guidelines is covered at $0.")
pol("prenatal-genetic-screening", "Prenatal Genetic Screening (cfDNA / NIPT)", "Lab and genetics", "no", "UM", "81420, 81507", "lab",
    ["Covered for all pregnant members regardless of age"], [], [])

# ---------- Medical drugs / infusions ----------
pol("infusion-site-of-care", "Infusion Therapy Site of Care", "Medical drugs", "yes", "RX", "96365, 96413", "specialist",
    ["Infusions of specialty drugs are covered at home, in an infusion center or in a doctor's office", "Hospital outpatient infusion is covered only when the member needs hospital-level monitoring (for example, a prior severe reaction)"],
    [], ["Drug, dose and site requested"])
pol("botox-migraine", "Botulinum Toxin (Botox) for Chronic Migraine", "Medical drugs", "yes", "RX", "J0585, 64615", "specialist",
    ["15 or more headache days a month for at least 3 months", "Trial of at least 2 preventive medicines", "Continued approval requires a 50% drop in headache days"],
    ["Cosmetic use"], ["Headache diary"])
pol("iv-iron", "Intravenous Iron", "Medical drugs", "yes", "RX", "J1439, J1756, J2916", "specialist",
    ["Iron deficiency anemia when oral iron did not work or is not tolerated", "Chronic kidney disease or inflammatory bowel disease"], [], [])
pol("prolia-injection", "Denosumab (Prolia) Injections", "Medical drugs", "yes", "RX", "J0897", "specialist",
    ["Osteoporosis with high fracture risk after an oral bisphosphonate did not work or cannot be used"], [], [],
    "When given in a doctor's office, Prolia is covered under the medical benefit. See also the formulary entry for Prolia.")
pol("infliximab", "Infliximab and Biosimilars (Medical Benefit)", "Medical drugs", "yes", "RX", "J1745, Q5103, Q5121", "specialist",
    ["Crohn's disease, ulcerative colitis, rheumatoid arthritis or psoriatic arthritis", "Preferred biosimilar (Inflectra) must be tried first"], [], [])
pol("chemotherapy", "Chemotherapy and Cancer Drugs (Medical Benefit)", "Medical drugs", "yes", "RX", "J9000–J9999", "specialist",
    ["Use supported by national cancer treatment guidelines (NCCN category 1 or 2A)", "Prescribed by an oncologist"], [], ["Treatment regimen"])
pol("vaccines", "Vaccines for Adults and Children", "Preventive care", "no", "UM", "90471–90474", "preventive",
    ["All vaccines recommended by the plan's preventive care schedule at $0, including flu, COVID-19, RSV, shingles, pneumonia, HPV and Tdap", "Vaccines are available at network pharmacies and doctors' offices"], ["Travel-only vaccines such as yellow fever or typhoid"], [])

# ---------- Other services ----------
pol("allergy-testing", "Allergy Testing and Allergy Shots", "Specialty care", "no", "UM", "95004, 95024, 95115, 95117", "specialist",
    ["Skin or blood testing when symptoms suggest allergies", "Allergy shots for allergic rhinitis, asthma or insect venom allergy"],
    ["Testing for food sensitivity with IgG panels"], [])
pol("dialysis", "Dialysis", "Specialty care", "no", "UM", "90935, 90945, 90999", "specialist",
    ["Kidney failure needing dialysis at an in-network center or at home"], [], [],
    "Desert Bloom members can get dialysis out of the service area while traveling.")
pol("ambulance-emergency", "Emergency Ambulance", "Emergency care", "no", "UM", "A0427, A0429", "ambulance",
    ["Ground ambulance for a medical emergency when other transport could put health at risk"], [], [])
pol("ambulance-non-emergency", "Non-Emergency Ambulance Transport", "Emergency care", "yes", "UM", "A0426, A0428", "ambulance",
    ["Bed-confined member or member whose condition makes other transport unsafe", "Transfers between facilities"], ["Transport for convenience"], ["Physician certification statement"])
pol("air-ambulance", "Air Ambulance", "Emergency care", "notify", "UM", "A0430, A0431", "ambulance",
    ["Emergency when ground transport would take too long or the location cannot be reached by road", "Non-emergency air transport requires prior authorization"], [], [],
    "Members in rural areas of Arizona and New Mexico are protected from surprise billing for emergency air ambulance.")
pol("emergency-room", "Emergency Room Care", "Emergency care", "no", "UM", "99281–99285", "er",
    ["Symptoms a reasonable person would believe need immediate care, such as chest pain, trouble breathing, stroke signs or severe bleeding", "Covered at in-network cost share at any hospital, in or out of network"], [], [],
    "No prior authorization or referral is ever needed for emergency care.")
pol("urgent-care", "Urgent Care Visits", "Emergency care", "no", "UM", "S9083, 99202–99215", "urgent",
    ["Illness or injury that needs care today but is not an emergency", "In-network urgent care centers and SunMesa Connect virtual urgent care"], [], [])
pol("inpatient-hospital", "Inpatient Hospital Admission", "Hospital care", "yes", "UM", "Revenue codes 010x–021x", "inpatient",
    ["Planned admissions need prior authorization at least 5 business days ahead", "Emergency admissions need notification within 24 hours"], [], ["Admitting diagnosis and plan"])
pol("observation-stay", "Observation Stays", "Hospital care", "no", "UM", "G0378", "inpatient",
    ["Short hospital stays (usually under 48 hours) to decide whether admission is needed"], [], [],
    "Observation stays are billed as outpatient services.")
pol("wound-care-hyperbaric", "Hyperbaric Oxygen Therapy", "Specialty care", "yes", "UM", "99183, G0277", "specialist",
    ["Diabetic foot ulcer (Wagner grade 3 or higher) that has not healed after 30 days of standard wound care", "Radiation injury, carbon monoxide poisoning or certain serious infections"], [], ["Wound measurements and photos"])
pol("epidural-steroid-injection", "Epidural Steroid Injections", "Pain management", "yes", "UM", "62321, 62323, 64483", "outpatient_surgery",
    ["Leg or arm pain from a pinched nerve lasting 4 weeks or more despite conservative care", "No more than 4 injections per region in 12 months", "Repeat injections need 50% pain relief for 6 weeks after the last one"], [], ["Imaging report", "Pain scores"])
pol("radiofrequency-ablation", "Radiofrequency Ablation for Back and Neck Pain", "Pain management", "yes", "UM", "64633, 64635", "outpatient_surgery",
    ["Facet joint pain confirmed by 2 diagnostic blocks with at least 80% relief", "Pain for 3 months or more despite conservative care"], [], ["Block results"])
pol("trigger-point-injections", "Trigger Point Injections", "Pain management", "no", "UM", "20552, 20553", "specialist",
    ["Muscle pain with trigger points on exam", "Up to 4 sessions in 12 months"], [], [])
pol("tmj-treatment", "TMJ (Jaw Joint) Treatment", "Specialty care", "yes", "UM", "21010, D7880", "specialist",
    ["Jaw pain or dysfunction confirmed by exam", "Splints and physical therapy are covered; surgery needs prior authorization"], ["Dental treatment such as crowns or orthodontics"], [])
pol("dental-anesthesia", "General Anesthesia for Dental Care", "Specialty care", "yes", "UM", "D9222, 00170", "outpatient_surgery",
    ["Children under 7, or members with a disability or medical condition that makes in-office dental care unsafe"], ["The dental work itself, unless covered by the dental benefit"], [])
pol("routine-foot-care", "Routine Foot Care", "Specialty care", "no", "UM", "11719, 11720, 11721", "specialist",
    ["Nail and callus care for members with diabetes, poor circulation or nerve damage in the feet"], ["Routine nail trimming for members without a qualifying condition"], [])
pol("vision-exam", "Routine Eye Exams and Eyewear", "Vision", "no", "UM", "92004, 92014", "specialist",
    ["Covered as listed in each plan's vision benefit", "Eye exams for diabetes (retinal exam) are covered on all plans"], [], [])
pol("hearing-exam", "Hearing Exams", "Specialty care", "no", "UM", "92557", "specialist",
    ["Diagnostic hearing tests ordered by a clinician on all plans", "Routine hearing exam once a year on Desert Bloom"], [], [])
pol("nutrition-counseling", "Medical Nutrition Therapy", "Preventive care", "no", "UM", "97802, 97803", "preventive",
    ["Members with diabetes, kidney disease, heart disease, obesity or eating disorders", "Up to 6 visits per year at $0"], [], [])
pol("diabetes-education", "Diabetes Self-Management Education", "Preventive care", "no", "UM", "G0108, G0109", "preventive",
    ["Members with diabetes or prediabetes", "Up to 10 hours in the first year and 2 hours each year after at $0"], [], [])
pol("weight-management-program", "Weight Management Program (Mesa Balance)", "Preventive care", "no", "UM", "—", "preventive",
    ["Adults with a BMI of 25 or more, or prediabetes", "Free 12-month coaching program with group or virtual sessions"], [], [],
    "Mesa Balance attendance counts toward the 3-month supervised program required for bariatric surgery.")
pol("tobacco-cessation", "Tobacco Cessation Counseling", "Preventive care", "no", "UM", "99406, 99407", "preventive",
    ["Up to 4 counseling sessions per quit attempt, 2 quit attempts per year, at $0", "Quit-smoking medicines on the preventive drug list are $0"], [], [])
pol("wellness-visit", "Annual Wellness and Preventive Visits", "Preventive care", "no", "UM", "99385–99397, G0438, G0439", "preventive",
    ["One preventive visit per year for adults", "Well-child visits on the recommended schedule", "Desert Bloom: Annual Wellness Visit"], [], [],
    "If you discuss a new problem during a preventive visit, a separate office visit copay may apply.")
pol("std-hiv-testing", "HIV and STI Testing and PrEP Services", "Preventive care", "no", "UM", "87389, 87491", "preventive",
    ["HIV screening for ages 15 to 65 and anyone at higher risk", "Chlamydia, gonorrhea and syphilis testing per guidelines", "PrEP visits and lab monitoring at $0"], [], [])
pol("contraception-services", "Contraception Services", "Preventive care", "no", "UM", "58300, 11981, 58661", "preventive",
    ["IUD and implant insertion and removal, tubal ligation and counseling at $0 on commercial plans"], ["Vasectomy is covered, but regular cost share applies"], [])
pol("covid-testing", "COVID-19 and Flu Testing", "Lab and genetics", "no", "UM", "87635, 87502", "lab",
    ["Tests ordered by a clinician when the member has symptoms or exposure"], ["Over-the-counter home tests are not covered"], [])
pol("lab-tests", "Outpatient Laboratory Tests", "Lab and genetics", "no", "UM", "80048, 80053, 85025", "lab",
    ["Ordered by a clinician and done at a network lab or Sun Mesa clinic lab"], [], [])
pol("vitamin-d-testing", "Vitamin D Testing", "Lab and genetics", "no", "UM", "82306", "lab",
    ["Members with conditions that affect vitamin D (kidney disease, bone loss, malabsorption) or on treatment"], ["Routine screening in healthy adults"], [])
pol("telehealth-services", "Telehealth Services", "Virtual care", "no", "UM", "98000–98015, modifier 95", "virtual",
    ["Video visits with in-network clinicians for any service that can be done safely by video", "Audio-only (phone) visits for behavioral health and follow-up visits with an established provider (since August 1, 2026)", "Member must be physically located in Arizona, New Mexico or Texas at the time of the visit (since August 1, 2026)"],
    ["Visits while the member is outside Arizona, New Mexico or Texas (except Desert Bloom urgent care while traveling in the U.S.)"], [],
    "See the Telehealth Coverage Policy for details. SunMesa Connect visits are $0 on all plans since September 1, 2026.")
pol("remote-patient-monitoring", "Remote Patient Monitoring", "Virtual care", "no", "UM", "99453, 99454, 99457", "specialist",
    ["Members with high blood pressure, heart failure or diabetes enrolled by their clinician", "Device and monitoring covered for up to 12 months at a time"], [], [])
pol("cosmetic-procedures", "Cosmetic Procedures (Exclusion)", "Exclusions", "no", "UM", "Various", "specialist",
    ["Reconstructive surgery after cancer, injury or a birth defect is covered", "Breast reconstruction after mastectomy, including the other breast for symmetry, is covered"],
    ["Procedures done mainly to change appearance, such as facelifts, liposuction, tummy tucks, hair removal and Botox for wrinkles"], [])
pol("experimental-treatments", "Experimental and Investigational Treatments (Exclusion)", "Exclusions", "no", "UM", "Various", "specialist",
    ["Routine costs of qualifying clinical trials are covered (doctor visits, tests and hospital stays you would get anyway)"],
    ["Treatments not proven safe and effective under Sun Mesa's technology assessment"], [])
pol("massage-therapy", "Massage Therapy", "Rehabilitation", "no", "UM", "97124", "rehab",
    ["Covered only as part of a physical therapy treatment plan"], ["Massage on its own"], [])
pol("biofeedback", "Biofeedback", "Rehabilitation", "yes", "UM", "90901, 90912", "specialist",
    ["Urinary or fecal incontinence, or constipation due to pelvic floor problems", "Migraine or tension headache after medicine did not help"], ["Biofeedback for general stress"], [])
pol("lasik", "LASIK and Refractive Eye Surgery (Exclusion)", "Exclusions", "no", "UM", "S0800", "specialist",
    [], ["LASIK, PRK and other surgery to reduce the need for glasses are not covered on any plan"], [])
pol("non-emergency-transportation", "Non-Emergency Transportation (RideMesa)", "Extra benefits", "no", "UM", "—", "specialist",
    ["Desert Bloom members: 24 one-way trips per year to plan-approved health locations", "Schedule at least 48 hours ahead by calling RideMesa"], ["Commercial plans do not include a transportation benefit"], [])
pol("second-opinion", "Second Opinions", "Specialty care", "no", "UM", "99241–99245", "specialist",
    ["Second opinion from an in-network doctor for any surgery or serious diagnosis", "HMO plans: a referral from your PCP is needed"], [], [])
pol("hepatitis-c-treatment", "Hepatitis C Treatment", "Medical drugs", "yes", "RX", "—", "specialist",
    ["Covered under the pharmacy benefit; see the formulary entries for Epclusa and Mavyret", "No liver damage (fibrosis) requirement and no sobriety requirement"], [], [])
pol("glp1-weight-loss", "Medicines for Weight Loss (Coverage Rules)", "Medical drugs", "yes", "RX", "—", "specialist",
    ["Saguaro Premier PPO covers Wegovy and Zepbound with prior authorization for chronic weight management", "Desert Bloom covers Wegovy only for heart and stroke risk reduction and Zepbound only for sleep apnea with obesity"],
    ["Weight-loss medicines are excluded on Copper Saver HMO, Turquoise Value HMO and Sandstone Choice PPO", "Ozempic, Rybelsus and Mounjaro are not covered for weight loss alone on any plan"], [])

# Plain-language rewrite examples (invented source texts). (grade, lang, source, title, body, words, kept)
RW = [
 (6, "English",
  """Coinsurance is the percentage of the allowed amount for a covered service that the member is responsible for after the deductible has been satisfied. Under the Ridgeline Silver HMO, the member's coinsurance for outpatient surgical services rendered at an ambulatory surgical center is 25%, subject to the annual out-of-pocket maximum of $7,400 per individual.""",
  "What you pay for outpatient surgery",
  """After you pay your deductible, you and the plan share the cost of surgery at a surgery center.

- You pay 25% of the cost.
- The plan pays the rest.
- Once you have paid $7,400 in a year, you stop paying for covered care for the rest of that year.

This is for the Ridgeline Silver HMO.""",
  [("Deductible", "the amount you pay each year before the plan starts to share costs"), ("Surgery center", "a place that does surgery when you go home the same day")],
  "25%, $7,400, Ridgeline Silver HMO"),
 (5, "Spanish",
  """Prior to your colonoscopy, you must discontinue iron supplements seven days before the procedure. Commence a clear liquid diet the day before. Consume the first half of the bowel preparation solution at 6:00 p.m. and the second half five hours prior to your scheduled arrival time. Do not ingest anything by mouth for two hours before arrival.""",
  "Cómo prepararse para su colonoscopia",
  """Siga estos pasos:

- **7 días antes:** deje de tomar pastillas de hierro.
- **El día antes:** tome solo líquidos claros, como agua, caldo claro o jugo de manzana.
- **A las 6:00 p.m. del día antes:** tome la primera mitad de la preparación.
- **5 horas antes de llegar:** tome la segunda mitad.
- **2 horas antes de llegar:** no coma ni beba nada.""",
  [("Colonoscopia", "un examen para revisar el intestino grueso"), ("Preparación", "un líquido que limpia el intestino antes del examen")],
  "7 days, 6:00 p.m., 5 hours, 2 hours"),
 (8, "English",
  """Members enrolled in the Bluewater Gold PPO may obtain services from non-participating providers; however, reimbursement for such services is limited to the plan's maximum allowable amount, and the member may be billed by the non-participating provider for charges in excess of that amount (balance billing), except where prohibited by federal or state law.""",
  "Seeing doctors outside the network",
  """With the Bluewater Gold PPO, you can see doctors who are not in the plan's network. But it can cost you more.

The plan pays only up to a set amount for each service. If the doctor charges more than that amount, the doctor can bill you for the difference. This is called balance billing.

Federal and state laws protect you from balance billing in some cases, such as most emergencies.""",
  [("Network", "the doctors and hospitals that have a contract with your plan"), ("Balance billing", "when a doctor bills you for the part of the charge the plan did not pay")],
  "Bluewater Gold PPO"),
 (4, "English",
  """Take one tablet of Pendralol 25 mg by mouth twice daily with food. Do not discontinue this medication abruptly, as this may precipitate rebound hypertension or tachycardia. Notify your clinician if you experience dizziness, syncope, or a resting heart rate below 55 beats per minute.""",
  "How to take Pendralol",
  """- Take 1 pill two times a day.
- Take it with food.
- Do not stop taking it all at once. Stopping fast can make your blood pressure go up and your heart beat too fast.

Call your doctor if:
- You feel dizzy.
- You pass out.
- Your heart beats slower than 55 times a minute when you rest.""",
  [("Blood pressure", "how hard your blood pushes on the walls of your blood vessels")],
  "Pendralol 25 mg, twice daily, 55 beats per minute"),
 (6, "English",
  """A referral from the member's designated primary care physician is required prior to receiving services from a specialist. Referrals are valid for up to six visits within 180 days of issuance. Services rendered without a valid referral will be denied, with the exception of obstetrical/gynecological care, behavioral health services, and emergency care.""",
  "When you need a referral",
  """Before you see a specialist, you need a referral from your main doctor (your PCP).

- A referral is good for up to 6 visits.
- It lasts 180 days from the day it is made.
- If you see a specialist without a referral, the plan will not pay.

You do **not** need a referral for:
- OB/GYN care
- Mental health care
- Emergency care""",
  [("Specialist", "a doctor who treats one kind of health problem, like a heart doctor"), ("Referral", "a note from your main doctor that sends you to a specialist")],
  "6 visits, 180 days"),
 (5, "Spanish",
  """Your Northstar Senior Advantage plan includes an over-the-counter (OTC) benefit of $45 per calendar quarter. Unused balances do not carry forward into subsequent quarters. Eligible items include pain relievers, cold remedies, first-aid supplies, and dental care products. Orders may be placed by telephone at 1-888-555-0281 or via the member portal.""",
  "Su beneficio para productos de farmacia",
  """Su plan Northstar Senior Advantage le da **$45 cada 3 meses** para comprar productos de farmacia que no necesitan receta.

- Si no usa todo el dinero, lo que sobra **no** pasa a los siguientes 3 meses.
- Puede comprar cosas como medicinas para el dolor, medicinas para el resfriado, curitas y productos para los dientes.
- Para pedir, llame al 1-888-555-0281 o use el portal para miembros.""",
  [("Sin receta", "productos que puede comprar sin una orden del doctor")],
  "$45 per quarter, 1-888-555-0281, Northstar Senior Advantage"),
 (7, "English",
  """Step therapy is a utilization management protocol wherein coverage for a non-preferred agent is contingent upon documented therapeutic failure, intolerance, or contraindication to one or more preferred formulary alternatives within the same therapeutic class.""",
  "What step therapy means",
  """Step therapy is a rule about some medicines. Before the plan pays for certain drugs, you must try a lower-cost "preferred" drug that treats the same problem.

The plan will cover the other drug if your records show that the preferred drug:
- did not work for you,
- caused side effects you could not handle, or
- is not safe for you.

Your doctor can send these records to the plan.""",
  [("Preferred drug", "a medicine the plan chooses first because it works well and costs less")],
  "(no figures in the original)"),
 (6, "English",
  """Following your total knee arthroplasty, you should ambulate with the assistance of a walker for a minimum of two weeks. Elevate the operative extremity and apply ice for 20 minutes every two hours while awake. Contact the surgical team immediately for temperature exceeding 101°F, increasing erythema, or purulent drainage at the incision site.""",
  "Caring for yourself after knee replacement",
  """**Walking:** use a walker for at least 2 weeks.

**Swelling:** raise your leg and put ice on your knee for 20 minutes every 2 hours while you are awake.

**Call your surgery team right away if:**
- your temperature is over 101°F,
- the skin around the cut gets more red, or
- thick yellow or green fluid comes out of the cut.""",
  [("Knee replacement", "surgery to put in a new knee joint"), ("Incision", "the cut the surgeon made")],
  "2 weeks, 20 minutes, 2 hours, 101°F"),
 (5, "English",
  """The Explanation of Benefits (EOB) is not a bill. It itemizes the charges submitted by your provider, the amount allowed under your plan, the amount paid by the plan, and your remaining responsibility. Retain your EOB and compare it to any invoice subsequently received from the provider.""",
  "Your Explanation of Benefits (EOB)",
  """An EOB is **not a bill.** Do not pay it.

It shows:
- what your doctor charged,
- how much your plan allows for that service,
- how much your plan paid, and
- how much you may still owe.

Keep your EOB. When your doctor sends you a bill, check that it matches.""",
  [("EOB", "a letter from your plan that explains a claim")],
  "(no figures in the original)"),
 (8, "Spanish",
  """If your prescription drug is removed from the formulary or moved to a higher cost-sharing tier during the plan year, and you have filled it within the previous 120 days, the plan will notify you in writing at least 30 days before the change takes effect and may provide a one-time transition supply of up to 30 days.""",
  "Si su medicamento cambia de lista o de nivel",
  """A veces el plan quita un medicamento de su lista o lo pasa a un nivel que cuesta más. Si usted surtió ese medicamento en los últimos 120 días:

- El plan le enviará una carta por lo menos 30 días antes del cambio.
- Es posible que le den un suministro de transición de hasta 30 días, una sola vez.

Use ese tiempo para hablar con su médico sobre otra opción o para pedir una excepción.""",
  [("Lista de medicamentos (formulario)", "la lista de medicinas que cubre su plan"), ("Nivel", "el grupo que decide cuánto paga usted por un medicamento")],
  "120 days, 30 days, 30-day transition supply"),
 (4, "English",
  """Emergency services are covered without prior authorization at any hospital emergency department, regardless of network status. A medical emergency is a condition manifesting acute symptoms of sufficient severity that a prudent layperson could reasonably expect the absence of immediate medical attention to result in serious jeopardy to health.""",
  "Emergency care",
  """You can go to **any** hospital emergency room in an emergency. You do not need to ask the plan first.

What is an emergency? It is when you think that without care right away, your health could be in serious danger.

Examples:
- Chest pain
- Trouble breathing
- Very bad bleeding""",
  [("Emergency room", "the part of a hospital that treats serious problems right away")],
  "(no figures in the original)"),
 (6, "English",
  """Members receiving advance premium tax credits are afforded a three-month grace period for nonpayment of premiums. Claims incurred during the second and third months of the grace period will be pended and, should the outstanding premium remain unpaid at the conclusion of the grace period, coverage will be terminated retroactive to the last day of the first month.""",
  "If you miss a premium payment",
  """If you get help paying your premium (a tax credit), you have **3 months** to catch up on a missed payment.

- **Month 1:** the plan keeps paying your claims.
- **Months 2 and 3:** the plan holds your claims and does not pay them yet.
- If you still have not paid by the end of month 3, your coverage ends. The end date goes back to the last day of month 1. Claims from months 2 and 3 will not be paid.""",
  [("Premium", "the amount you pay each month to have insurance"), ("Tax credit", "money from the government that lowers your premium")],
  "3 months"),
 (5, "Spanish",
  """Your child is due for the following immunizations at the 12-month well-child visit: MMR (measles, mumps, rubella), varicella, hepatitis A, and the fourth dose of pneumococcal conjugate vaccine. These vaccines are covered at no cost when administered by an in-network provider.""",
  "Vacunas para la visita de los 12 meses",
  """En la visita de control de los 12 meses, su hijo o hija debe recibir estas vacunas:

- MMR (sarampión, paperas y rubéola)
- Varicela
- Hepatitis A
- La cuarta dosis de la vacuna contra el neumococo

Estas vacunas son **gratis** si las pone un proveedor de la red de su plan.""",
  [("Visita de control", "una cita para revisar que su hijo esté sano, aunque no esté enfermo"), ("Proveedor de la red", "un doctor o clínica que tiene contrato con su plan")],
  "12-month visit, fourth dose"),
 (7, "English",
  """Durable medical equipment (DME) must be prescribed by a treating practitioner, be primarily and customarily used to serve a medical purpose, withstand repeated use, and be appropriate for use in the home. Rental versus purchase determinations are made at the plan's discretion. Replacement of equipment is not covered when loss or damage results from misuse.""",
  "Medical equipment for your home",
  """Your plan covers medical equipment, like walkers, wheelchairs and hospital beds, when:
- your doctor orders it,
- it is used for a medical reason,
- it is built to last, and
- it can be used at home.

The plan decides whether to rent or buy the equipment for you. If the equipment is lost or broken because it was misused, the plan will not pay to replace it.""",
  [("Durable medical equipment", "medical items made to be used many times, like a walker")],
  "(no figures in the original)"),
 (6, "English",
  """Pursuant to your plan's continuity-of-care provision, if your treating provider terminates participation in the network while you are undergoing an active course of treatment, you may be eligible to continue receiving covered services from that provider at in-network cost-sharing for up to 90 days following the termination date.""",
  "If your doctor leaves the network during treatment",
  """Sometimes a doctor stops working with your plan while you are still being treated.

If that happens, you may be able to keep seeing that doctor for **up to 90 days** after they leave. During that time, you pay the same as you would for an in-network doctor.

Call your plan to ask for this. It is called continuity of care.""",
  [("In-network", "doctors who have a contract with your plan and cost you less")],
  "90 days"),
 (5, "English",
  """Store insulin vials and pens not in use in the refrigerator at 36°F to 46°F. Do not freeze. Once opened, insulin may be kept at room temperature not exceeding 86°F for up to 28 days. Do not leave insulin in a parked vehicle or in direct sunlight.""",
  "How to store your insulin",
  """**Insulin you are not using yet:**
- Keep it in the fridge, between 36°F and 46°F.
- Do not let it freeze.

**Insulin you have opened:**
- You can keep it at room temperature, but not above 86°F.
- Use it within 28 days.

**Never** leave insulin in a parked car or in the sun.""",
  [],
  "36°F to 46°F, 86°F, 28 days"),
 (8, "English",
  """The annual out-of-pocket maximum represents the ceiling on cost-sharing obligations (deductibles, copayments and coinsurance) for in-network essential health benefits during a plan year. Premiums, balance-billed amounts, and charges for non-covered services do not accrue toward the out-of-pocket maximum. For the Maple Crest Bronze HMO, the maximum is $9,800 per individual and $19,600 per family.""",
  "Your out-of-pocket maximum",
  """The out-of-pocket maximum is the most you will pay in a year for covered in-network care. After you reach it, the plan pays 100% for covered in-network services for the rest of the year.

For the Maple Crest Bronze HMO, the limit is:
- **$9,800** for one person
- **$19,600** for a family

These count toward the limit: deductibles, copays and coinsurance.
These do **not** count: your monthly premium, balance bills from out-of-network providers, and services the plan does not cover.""",
  [("Coinsurance", "your share of a cost, shown as a percent")],
  "$9,800, $19,600, Maple Crest Bronze HMO"),
 (4, "Spanish",
  """Do not consume alcoholic beverages while taking metronidazole and for at least 72 hours after the final dose, as concurrent use may result in nausea, vomiting, abdominal cramping, and flushing.""",
  "Alcohol y metronidazol",
  """- **No tome alcohol** mientras toma metronidazol.
- Espere por lo menos **72 horas (3 días)** después de la última pastilla antes de tomar alcohol.

Si mezcla alcohol con esta medicina, puede sentir:
- ganas de vomitar o vómitos,
- dolor de estómago,
- calor y la cara roja.""",
  [],
  "72 hours"),
 (6, "English",
  """An expedited appeal may be requested when the standard appeal timeframe could seriously jeopardize the life or health of the enrollee or the enrollee's ability to regain maximum function. Expedited appeals are resolved within 72 hours of receipt. Requests for expedited review submitted by a physician shall be granted automatically.""",
  "Fast appeals",
  """Usually an appeal takes a few weeks. You can ask for a **fast appeal** if waiting that long could seriously hurt your health or your ability to get better.

- A fast appeal is decided within **72 hours**.
- If your doctor asks for the fast appeal, the plan must say yes to the fast timeline.""",
  [("Appeal", "asking the plan to look again at a decision it made")],
  "72 hours"),
 (7, "Spanish",
  """Generic medications contain the same active ingredients as their brand-name counterparts and are required by the Food and Drug Administration to be bioequivalent. Generic medications are typically assigned to Tiers 1 and 2 of the formulary, resulting in lower member cost-sharing.""",
  "Medicamentos genéricos",
  """Un medicamento genérico tiene el mismo ingrediente activo que el medicamento de marca. La FDA (la agencia del gobierno que revisa los medicamentos) exige que funcione igual en el cuerpo.

Los genéricos casi siempre están en los **Niveles 1 y 2** de la lista de medicamentos de su plan. Por eso usted paga menos por ellos.

Pregunte a su médico o farmacéutico si hay un genérico para su medicamento.""",
  [("Ingrediente activo", "la parte del medicamento que hace el efecto")],
  "Tiers 1 and 2"),
 (5, "English",
  """Your Harbor Gold PPO covers one routine eye examination per calendar year at a $15 copayment when performed by an in-network optometrist or ophthalmologist. The plan also provides an allowance of up to $120 every 24 months toward eyeglass frames and lenses or contact lenses.""",
  "Your eye care benefit",
  """With the Harbor Gold PPO:

- **Eye exam:** 1 each year. You pay $15. Go to an eye doctor in your plan's network.
- **Glasses or contacts:** the plan gives you up to $120 every 2 years (24 months) to spend on frames and lenses, or on contact lenses.""",
  [("Network", "the doctors who have a contract with your plan")],
  "$15, $120, 24 months, Harbor Gold PPO"),
 (6, "English",
  """Subsequent to your cardiac catheterization via the radial approach, refrain from lifting objects heavier than 5 pounds with the affected arm for 48 hours. You may remove the compression dressing after 24 hours. Seek emergency care if you observe expanding swelling, persistent bleeding despite pressure, or coldness or numbness of the hand.""",
  "After your heart catheter test",
  """The test was done through the wrist of one arm. For that arm:

- **For 48 hours:** do not lift anything heavier than 5 pounds.
- **After 24 hours:** you can take off the tight bandage.

**Get emergency care if:**
- the swelling keeps getting bigger,
- the bleeding does not stop when you press on it, or
- your hand feels cold or numb.""",
  [("Catheter", "a thin tube the doctor put in a blood vessel to look at your heart")],
  "5 pounds, 48 hours, 24 hours"),
 (8, "English",
  """Coordination of benefits (COB) provisions establish the order in which multiple health plans pay claims. When a member is covered as an employee under one plan and as a dependent under another, the plan covering the member as an employee is primary. For dependent children covered under both parents' plans, the primary plan is determined by the birthday rule.""",
  "When you have two health plans",
  """If you have more than one health plan, the plans follow rules to decide which one pays first. This is called coordination of benefits.

- If you are covered through your own job on one plan and as a spouse or dependent on another, the plan from your own job pays first.
- If a child is covered by both parents' plans, the "birthday rule" decides: the plan of the parent whose birthday comes first in the calendar year pays first. (The year of birth does not matter.)

The second plan may pay some of what is left.""",
  [("Dependent", "a person, like a child or spouse, covered on someone else's plan")],
  "(no figures in the original)"),
 (5, "Spanish",
  """Members may receive up to 12 chiropractic manipulations per calendar year at a $25 copayment per visit. Maintenance therapy, defined as treatment rendered after maximum therapeutic benefit has been achieved, is excluded.""",
  "Quiropráctico",
  """Su plan cubre hasta **12 visitas al quiropráctico cada año**. Usted paga **$25** en cada visita.

El plan **no** cubre visitas de "mantenimiento". Son las visitas después de que ya mejoró lo más posible.""",
  [("Quiropráctico", "un profesional que trata dolores de espalda y cuello con movimientos de las manos")],
  "12 visits, $25"),
 (6, "English",
  """Advanced imaging services, including MRI, CT and PET, require prior authorization when performed in an outpatient setting. Studies performed during an emergency department encounter or inpatient admission are exempt. The ordering practitioner is responsible for obtaining authorization; the member will not be held liable for services denied due to the practitioner's failure to obtain authorization.""",
  "Approval for MRI, CT and PET scans",
  """If your doctor orders an MRI, CT or PET scan outside the hospital, the plan must approve it first.

- You do **not** need approval for scans done in the emergency room or during a hospital stay.
- Your doctor's office asks for the approval, not you.
- If your doctor forgets to get approval and the plan says no, you do not have to pay for it.""",
  [("MRI, CT, PET", "tests that take detailed pictures of the inside of your body")],
  "(no figures in the original)"),
 # ---- validation (last 5)
 (5, "English",
  """Your telehealth benefit under the Granite Plus PPO includes 24/7 virtual urgent care at a $5 copayment. Scheduled virtual behavioral health sessions are subject to the same cost-sharing as in-office behavioral health visits ($20). Telehealth services rendered while the member is located outside the United States are not covered.""",
  "Video visits with your plan",
  """With the Granite Plus PPO:

- **Video urgent care:** open 24 hours a day, 7 days a week. You pay $5.
- **Video mental health visits:** you pay $20, the same as an office visit.
- If you are **outside the United States**, video visits are not covered.""",
  [("Urgent care", "care for a problem that needs attention today but is not an emergency")],
  "$5, $20, Granite Plus PPO"),
 (6, "Spanish",
  """Fasting is required for 10 to 12 hours before your lipid panel. You may drink water and take your regular medications unless instructed otherwise. Please arrive 15 minutes before your scheduled appointment and bring your member identification card.""",
  "Antes de su análisis de colesterol",
  """- **No coma nada por 10 a 12 horas** antes del análisis.
- Puede tomar agua.
- Tome sus medicinas de siempre, a menos que su médico le diga otra cosa.
- Llegue **15 minutos antes** de su cita.
- Traiga su tarjeta de miembro.""",
  [("Análisis de colesterol", "un examen de sangre que mide las grasas en la sangre")],
  "10 to 12 hours, 15 minutes"),
 (7, "English",
  """A grievance is an expression of dissatisfaction regarding any matter other than an adverse benefit determination, including quality of care, provider conduct, or customer service. Grievances may be submitted orally or in writing and will be resolved within 30 calendar days of receipt.""",
  "How to make a complaint",
  """A grievance is a complaint. You can file one about anything except a decision to deny coverage (for that, you file an appeal). For example, you can complain about:

- the quality of your care,
- how a doctor or staff member treated you, or
- customer service.

You can complain by phone or in writing. The plan will answer within **30 days**.""",
  [("Appeal", "asking the plan to change a coverage decision")],
  "30 calendar days"),
 (4, "English",
  """Administer one puff of the rescue inhaler every 20 minutes as needed, up to three doses. If symptoms do not improve after the third dose, or if the patient exhibits difficulty speaking or bluish lips, call 911.""",
  "Using your rescue inhaler during an asthma attack",
  """- Take **1 puff**.
- Wait **20 minutes**. If you still need it, take another puff.
- Do this **no more than 3 times**.

**Call 911 if:**
- you still feel bad after the 3rd puff,
- it is hard to talk, or
- your lips look blue.""",
  [],
  "1 puff, 20 minutes, 3 doses"),
 (8, "Spanish",
  """Annual wellness visits are covered at no cost. However, if during the preventive visit the provider addresses a new or existing medical problem requiring additional evaluation or management, a separate office visit cost-share may apply in accordance with your plan's schedule of benefits.""",
  "La visita preventiva anual",
  """Su visita preventiva de cada año es **gratis**.

Pero si durante esa visita su médico también revisa un problema de salud nuevo o uno que ya tenía, y eso necesita más atención, puede que tenga que pagar también el costo de una consulta normal. Ese costo depende de su plan.

Consejo: si quiere hablar de un problema de salud, pregunte si conviene hacer otra cita.""",
  [("Visita preventiva", "una cita para revisar su salud cuando no está enfermo")],
  "(no figures in the original)"),
]

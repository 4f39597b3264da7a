from gen_common import *
from data_plans import *
from data_policies import P as POLICIES
import gen_directory as GD

PSLUG = {p: slugify(PLANS[p]["name"]) for p in PLAN_ORDER}

# --------------------------------------------------------------- plans
CATS = [
    ("doctor-visits-and-virtual-care", "Doctor visits and virtual care", ["pcp", "specialist", "virtual"]),
    ("emergency-and-urgent-care", "Emergency, urgent care and ambulance", ["urgent", "er", "ambulance"]),
    ("hospital-and-surgery", "Hospital and surgery costs", ["inpatient", "outpatient_surgery", "snf"]),
    ("prescription-drugs", "Prescription drug costs", []),
    ("mental-health-and-substance-use", "Mental health and substance use care", ["mh_office", "mh_inpatient", "virtual"]),
    ("maternity-and-newborn-care", "Maternity and newborn care", ["prenatal", "delivery"]),
    ("imaging-lab-and-tests", "Imaging, lab and tests", ["imaging", "xray", "lab"]),
    ("rehabilitation-and-therapy", "Rehabilitation, therapy and home care", ["rehab", "rehab_limit", "chiro", "acupuncture", "home_health", "dme"]),
    ("preventive-care", "Preventive care", ["preventive"]),
    ("vision-dental-and-extras", "Vision, dental and extra benefits", ["vision", "dental"]),
    ("deductible-and-out-of-pocket-maximum", "Deductible and out-of-pocket maximum", ["ded", "oop"]),
]
LABEL = dict(pcp="Primary care (PCP) visit", specialist="Specialist visit", virtual="SunMesa Connect virtual visit", urgent="Urgent care center",
             er="Emergency room", ambulance="Ambulance", inpatient="Inpatient hospital stay", outpatient_surgery="Outpatient surgery",
             snf="Skilled nursing facility", mh_office="Mental health or substance use office visit", mh_inpatient="Inpatient mental health or substance use",
             prenatal="Prenatal and postpartum visits", delivery="Labor and delivery (facility)", imaging="MRI, CT and PET scans",
             xray="X-rays", lab="Lab tests", rehab="Physical, occupational or speech therapy", rehab_limit="Therapy visit limit",
             chiro="Chiropractic care", acupuncture="Acupuncture", home_health="Home health care", dme="Durable medical equipment",
             preventive="Preventive care and screenings", vision="Vision", dental="Dental", ded="Deductible", oop="Out-of-pocket maximum",
             hospice="Hospice", oon="Out-of-network care")


def val(p, k):
    v = PLANS[p][k]
    if k == "virtual" and PLANS[p]["virtual_old"] != v:
        v += f" (was {PLANS[p]['virtual_old']} before September 1, 2026)"
    return v


def rx_table(p):
    rows = []
    for t in range(1, 6):
        c = TIER_COPAY[p][t]
        if p == "TQ" and t == 2:
            c = "$15 (was $20 before October 1, 2026)"
        rows.append([TIER_NAMES[t], c])
    return table(["Tier", "30-day retail copay"], rows)


def plan_summary(p):
    P_ = PLANS[p]
    rows = [[LABEL[k], val(p, k)] for k in ["pcp", "specialist", "virtual", "urgent", "er", "ambulance", "inpatient", "outpatient_surgery",
                                             "imaging", "xray", "lab", "mh_office", "mh_inpatient", "rehab", "chiro", "acupuncture", "preventive",
                                             "prenatal", "delivery", "snf", "home_health", "dme", "hospice", "oon"]]
    oon = ""
    if P_["oon_ded"]:
        oon = f"\n- Out-of-network deductible: {P_['oon_ded']}\n- Out-of-network out-of-pocket maximum: {P_['oon_oop']}"
    extras = ""
    if p == "DB":
        extras = "\n## Extra benefits\n" + "\n".join(f"- {v}" for v in DB_EXTRAS.values())
    date = "2026-10-01" if p in ("TQ",) else "2026-09-14"
    body = f"""# {P_['name']} — 2026 Summary of Benefits
Updated: {date}

**Plan type:** {P_['kind']} ({P_['metal']}) · **Market:** {P_['market']} · **Network:** {P_['network']}
**Referrals to specialists:** {'Required from your PCP' if P_['referrals'] else 'Not required'}
**Monthly premium:** {P_['premium']}

## Deductible and out-of-pocket maximum
- Deductible: {P_['ded']}
- Out-of-pocket maximum: {P_['oop']}{oon}

## What you pay for covered services (in-network)
{table(['Service', 'You pay'], rows)}

## Prescription drugs
{rx_table(p)}

Insulin: never more than $35 for a 30-day supply. Preventive drugs on the $0 list: {'$0' if p != 'DB' else 'tier copay applies (Medicare rules)'}.
Mail order (Mesa Mail Pharmacy): 90-day supply for 2 times the 30-day copay{'; Tier 1 and Tier 2 are $0 by mail' if p == 'DB' else ''}. Specialty drugs: Sun Mesa Specialty Rx only.

## Vision and dental
- Vision: {P_['vision']}
- Dental: {P_['dental']}
{extras}

This summary is for the 2026 plan year (January 1 – December 31, 2026). For full terms see the Evidence of Coverage. Questions: Member Services {PHONES['member_services']} (TTY 711), {MS_HOURS}.
"""
    write(f"plan-{PSLUG[p]}-summary-of-benefits.md", body)


CAT_INTRO = {
    "doctor-visits-and-virtual-care": "Your primary care provider (PCP) is your main doctor. Specialists treat specific conditions. SunMesa Connect offers video visits with Sun Mesa clinicians 24 hours a day for urgent needs and by appointment for primary care and behavioral health.",
    "emergency-and-urgent-care": "Go to the emergency room for a life-threatening problem. For illnesses and injuries that need care today but are not emergencies, an urgent care center or a SunMesa Connect virtual visit usually costs less and takes less time.",
    "hospital-and-surgery": "Planned hospital stays and many surgeries need prior authorization. Your doctor asks Sun Mesa for approval before the date.",
    "prescription-drugs": "Your cost depends on the drug's tier on the Sun Mesa formulary. Look up a drug's tier in its formulary entry.",
    "mental-health-and-substance-use": "Mental health and substance use care is covered the same way as medical care. No referral is needed for therapy on any plan.",
    "maternity-and-newborn-care": "Prenatal visits, screenings and postpartum visits are preventive care. Enroll in the Healthy Start program by calling Member Services.",
    "imaging-lab-and-tests": "Advanced imaging (MRI, CT, PET, nuclear cardiology) needs prior authorization. Since September 1, 2026, ClearView Imaging Review handles these requests for Sun Mesa.",
    "rehabilitation-and-therapy": "Therapy visits help you recover function after an injury, surgery or illness. Physical, occupational and speech therapy share one yearly visit limit.",
    "preventive-care": "Preventive services recommended for your age and health history are covered at $0 when you use an in-network provider.",
    "vision-dental-and-extras": "Routine vision and dental benefits differ a lot between plans.",
    "deductible-and-out-of-pocket-maximum": "The deductible is what you pay for covered services before the plan starts to share the cost. The out-of-pocket maximum is the most you pay in a year for covered in-network care.",
}


CAT_TIPS = {
    "doctor-visits-and-virtual-care": ["Book same-day sick visits at any Sun Mesa Primary Care clinic.", "Use SunMesa Connect at night and on weekends.", "Bring a list of your medicines to every visit."],
    "emergency-and-urgent-care": ["Not sure where to go? Call the NurseLine at 1-800-555-0177, 24/7.", "Save your spot in line at Sun Mesa Urgent Care in the MyMesa app.", "After an ER visit, schedule a follow-up with your PCP within 7 days."],
    "hospital-and-surgery": ["Ask your doctor whether your procedure can be done at an ambulatory surgery center, which often costs less.", "Sun Mesa care managers call members after a hospital stay to help with medicines and follow-up visits."],
    "prescription-drugs": ["Ask for generics: Tier 1 and Tier 2 drugs cost the least.", "Use Mesa Mail Pharmacy for 90-day supplies of maintenance drugs.", "Check a drug's formulary entry for prior authorization and quantity limits before you fill it."],
    "mental-health-and-substance-use": ["You can book a therapist directly — no referral is needed.", "SunMesa Connect behavioral health visits are usually available within 7 days.", "Medicines for opioid use disorder, such as buprenorphine-naloxone, do not need prior authorization."],
    "maternity-and-newborn-care": ["Enroll in Healthy Start in your first trimester for a free nurse coach.", "Add your newborn to your plan within 60 days of birth (Form SMH-171).", "A personal electric breast pump is covered at $0 through a network supplier.", "Up to 4 prenatal and 4 postpartum doula visits are covered with a certified in-network doula."],
    "imaging-lab-and-tests": ["Freestanding imaging centers usually cost less than hospital imaging departments.", "Walk-in lab draws are available at most Sun Mesa Primary Care clinics."],
    "rehabilitation-and-therapy": ["Ask your therapist for a home exercise program to get the most out of each visit.", "Home health care needs prior authorization."],
    "preventive-care": ["Preventive visits include a yearly checkup, recommended cancer screenings (mammograms, colonoscopy, cervical cancer screening, lung cancer screening), vaccines, and screenings for blood pressure, cholesterol, diabetes and depression.", "Well-child visits and all recommended childhood vaccines are $0.", "If you bring up a new health problem during a preventive visit, an office visit copay may also apply.", "Flu shots are $0 at in-network pharmacies and Sun Mesa clinics."],
    "vision-dental-and-extras": ["Members with diabetes get a yearly diabetic eye exam covered on every plan.", "Ask Member Services for a list of in-network eye doctors near you."],
    "deductible-and-out-of-pocket-maximum": ["Track your deductible and out-of-pocket totals in the MyMesa app under Benefits.", "Copays, coinsurance and the deductible all count toward the out-of-pocket maximum; premiums do not."],
}


def plan_cat(p, cslug, ctitle, keys):
    P_ = PLANS[p]
    date = rdate("2026-01-05", "2026-06-25")
    if cslug in ("doctor-visits-and-virtual-care", "mental-health-and-substance-use") and p in ("CU", "TQ", "SS"):
        date = "2026-09-01"
    if cslug == "prescription-drugs":
        date = "2026-10-01"
    if cslug == "imaging-lab-and-tests":
        date = "2026-09-01"
    lines = []
    if cslug == "prescription-drugs":
        lines.append(rx_table(p))
        lines.append("")
        lines.append("- Insulin: $35 maximum for a 30-day supply of any covered insulin.")
        lines.append("- Preventive drugs (birth control, tobacco cessation, PrEP, bowel prep, and others on the list): " + ("$0." if p != "DB" else "tier copay applies; Tier 1 preventive drugs are $0."))
        lines.append(f"- Mail order: 90-day supply for 2 times the 30-day copay{' ($0 for Tier 1 and Tier 2 on Desert Bloom)' if p == 'DB' else ''}.")
        lines.append("- Specialty (Tier 5): filled only by Sun Mesa Specialty Rx, 30-day supply at a time.")
        if p == "TQ":
            lines.append("\nThe Tier 2 copay on Turquoise Value HMO went down from $20 to $15 on October 1, 2026. See 'Notice: Lower Tier 2 Generic Copay on Turquoise Value HMO'.")
        if p == "DB":
            lines.append("- Part D: $0 deductible. Once your 2026 out-of-pocket drug costs reach $2,100, you pay $0 for covered Part D drugs for the rest of the year.")
    else:
        rows = [[LABEL[k], val(p, k)] for k in keys]
        lines.append(table(["Service", "In-network cost"], rows))
        if P_["oon_ded"] and cslug != "preventive-care":
            lines.append(f"\nOut of network: {P_['oon']}.")
        elif not P_["oon_ded"]:
            lines.append(f"\nOut of network: {P_['oon']}.")
    extra = ""
    if cslug == "doctor-visits-and-virtual-care":
        extra = ("HMO rule: you need a referral from your PCP before seeing most specialists. Exceptions: OB/GYN, behavioral health, eye exams and urgent care." if P_["referrals"]
                 else "PPO rule: you can see any in-network specialist without a referral.")
        if p in ("CU", "TQ", "SS"):
            extra += " SunMesa Connect virtual visits became $0 on September 1, 2026 (see 'Notice: SunMesa Connect Virtual Visits Now $0')."
    elif cslug == "emergency-and-urgent-care":
        extra = "Emergency care is covered at the in-network cost at any hospital in the U.S. No prior authorization is needed. If you are admitted, inpatient costs apply."
    elif cslug == "hospital-and-surgery":
        extra = "Planned inpatient admissions need prior authorization at least 5 business days ahead. See 'Prior Authorization: How It Works'."
    elif cslug == "mental-health-and-substance-use":
        extra = "Phone-only (audio) therapy and medication follow-up visits are covered since August 1, 2026, at the same cost as a video visit. 24/7 behavioral health line: " + PHONES["behavioral"] + ". In a crisis, call or text 988."
    elif cslug == "imaging-lab-and-tests":
        extra = f"Prior authorization for MRI, CT, PET and nuclear cardiology goes to ClearView Imaging Review ({PHONES['clearview_phone']}). Your ordering provider submits it. X-rays, ultrasounds and lab tests do not need approval."
    elif cslug == "rehabilitation-and-therapy":
        extra = f"Therapy limit: {P_['rehab_limit']}. Cardiac and pulmonary rehab do not count toward the limit."
    elif cslug == "vision-dental-and-extras" and p == "DB":
        extra = "\n".join(f"- {v}" for v in DB_EXTRAS.values())
    elif cslug == "deductible-and-out-of-pocket-maximum":
        extra = ("Copays for PCP visits, urgent care and generic drugs do not require you to meet the deductible first. " if p != "CU" else "On Copper Saver, PCP visits, urgent care and Tier 1 and Tier 2 drugs are covered before the deductible; most other services are subject to the deductible. ")
        if P_["oon_ded"]:
            extra += f"Out-of-network deductible: {P_['oon_ded']}. Out-of-network out-of-pocket maximum: {P_['oon_oop']}."
    body = f"""# {P_['name']}: {ctitle}
Updated: {date}

{CAT_INTRO[cslug]}

{chr(10).join(lines)}

{extra}

**Tips**
{chr(10).join('- ' + x for x in CAT_TIPS[cslug])}

See also: '{P_['name']} — 2026 Summary of Benefits'. Questions? Call {PHONES['member_services']} (TTY 711).
"""
    write(f"plan-{PSLUG[p]}-{cslug}.md", body)


ES = [("in-network maximum out-of-pocket", "máximo de gastos de bolsillo dentro de la red"), ("after deductible", "después del deducible"), ("deductible does not apply", "no se aplica el deducible"), ("per visit", "por visita"),
      ("per scan", "por estudio"), ("per admission", "por ingreso"), ("per procedure", "por procedimiento"), ("per trip", "por viaje"),
      ("per one-way trip", "por viaje de ida"), ("Not covered", "No cubierto"), ("up to", "hasta"), ("visits per year", "visitas por año"),
      ("days per year", "días por año"), ("per year", "por año"), ("individual", "individual"), ("family", "familiar"), ("in-network", "dentro de la red"),
      ("deductible waived", "sin deducible"), ("waived if admitted within 24 hours", "no se cobra si lo internan dentro de 24 horas"),
      ("per day for days", "por día, días"), ("for days", "días"), ("at an ambulatory surgery center", "en un centro de cirugía ambulatoria"),
      ("at a hospital outpatient department", "en un departamento ambulatorio de hospital"), ("coinsurance", "coseguro"),
      ("Medicare-covered spinal manipulation only", "solo manipulación de columna cubierta por Medicare"),
      ("Medicare-covered, chronic low back pain", "cubierto por Medicare, dolor crónico de espalda baja"), ("Covered by Original Medicare", "Cubierto por Medicare Original"),
      ("in-network maximum out-of-pocket", "máximo de gastos de bolsillo dentro de la red"), ("medical", "médico"),
      ("physical, occupational and speech therapy combined", "terapia física, ocupacional y del habla combinadas"),
      ("No annual visit limit when medically necessary", "Sin límite anual de visitas cuando es médicamente necesario"),
      ("before September 1, 2026", "hasta el 31 de agosto de 2026"), ("was", "antes"), ("(max ", "(máximo "), ("(preventive)", "(preventivo)")]


def es(s):
    for a, b in ES:
        s = s.replace(a, b)
    return s


def plan_es(p):
    P_ = PLANS[p]
    rows = [["Visita con su médico primario (PCP)", es(val(p, "pcp"))], ["Visita con especialista", es(val(p, "specialist"))],
            ["Visita virtual SunMesa Connect", es(val(p, "virtual"))], ["Centro de atención urgente", es(P_["urgent"])],
            ["Sala de emergencias", es(P_["er"])], ["Hospitalización", es(P_["inpatient"])], ["Cirugía ambulatoria", es(P_["outpatient_surgery"])],
            ["Resonancia (MRI), tomografía (CT), PET", es(P_["imaging"])], ["Radiografías", es(P_["xray"])], ["Análisis de laboratorio", es(P_["lab"])],
            ["Consulta de salud mental", es(P_["mh_office"])], ["Terapia física/ocupacional/del habla", es(P_["rehab"])],
            ["Quiropráctico", es(P_["chiro"])], ["Atención preventiva", "$0"]]
    rx = []
    for t in range(1, 6):
        c = TIER_COPAY[p][t]
        if p == "TQ" and t == 2:
            c = "$15 (antes $20, hasta el 30 de septiembre de 2026)"
        rx.append([f"Nivel {t}", es(c)])
    date = "2026-10-01" if p == "TQ" else "2026-09-14"
    body = f"""# Resumen de beneficios 2026: {P_['name']}
Updated: {date}

Este es un resumen en español del plan **{P_['name']}** ({P_['kind']}, {P_['metal']}). {'Necesita una referencia de su médico primario para ver a la mayoría de los especialistas.' if P_['referrals'] else 'No necesita referencia para ver especialistas dentro de la red.'}

## Deducible y máximo de gastos de bolsillo
- Deducible: {es(P_['ded'])}
- Máximo de gastos de bolsillo: {es(P_['oop'])}

## Lo que usted paga (dentro de la red)
{table(['Servicio', 'Usted paga'], rows)}

## Medicamentos con receta (suministro de 30 días)
{table(['Nivel', 'Copago'], rx)}

La insulina cuesta como máximo $35 por un suministro de 30 días. Por correo (Mesa Mail Pharmacy) puede recibir 90 días por 2 veces el copago de 30 días.

¿Preguntas? Llame a Servicios para Miembros al {PHONES['member_services']} (TTY 711). Hay intérpretes gratis. Horario: lunes a viernes de 7 a.m. a 7 p.m. y sábados de 8 a.m. a 1 p.m.
"""
    write(f"plan-{PSLUG[p]}-resumen-de-beneficios.md", body)


# --------------------------------------------------------------- FAQ (generated)
FAQ_TOPICS = [
    ("pcp", "How much does a primary care visit cost?", "¿Cuánto cuesta una visita con el médico primario?"),
    ("specialist", "How much does a specialist visit cost?", "¿Cuánto cuesta una visita con un especialista?"),
    ("urgent", "How much is an urgent care visit?", "¿Cuánto cuesta una visita a atención urgente?"),
    ("er", "How much is an emergency room visit?", "¿Cuánto cuesta ir a la sala de emergencias?"),
    ("virtual", "How much is a SunMesa Connect virtual visit?", "¿Cuánto cuesta una visita virtual de SunMesa Connect?"),
    ("imaging", "What will I pay for an MRI or CT scan?", "¿Cuánto pago por una resonancia magnética (MRI) o tomografía (CT)?"),
    ("lab", "Do I pay for lab tests?", "¿Tengo que pagar por los análisis de laboratorio?"),
    ("xray", "How much is an X-ray?", None),
    ("rehab", "How much is physical therapy and how many visits do I get?", "¿Cuánto cuesta la terapia física?"),
    ("chiro", "Is chiropractic care covered?", "¿Cubre el plan al quiropráctico?"),
    ("mh_office", "How much does a therapy or psychiatry visit cost?", "¿Cuánto cuesta una cita de salud mental?"),
    ("inpatient", "What do I pay for a hospital stay?", "¿Cuánto pago si me internan en el hospital?"),
    ("ded", "What is my deductible?", "¿Cuál es mi deducible?"),
    ("oop", "What is my out-of-pocket maximum?", "¿Cuál es mi máximo de gastos de bolsillo?"),
    ("acupuncture", "Is acupuncture covered?", None),
    ("delivery", "What does having a baby cost?", "¿Cuánto cuesta tener un bebé?"),
    ("ambulance", "How much does an ambulance cost?", None),
    ("dme", "What do I pay for medical equipment like a walker or CPAP?", None),
]


def faq_pages():
    for k, q, qes in FAQ_TOPICS:
        date = "2026-09-01" if k == "virtual" else rdate("2026-01-10", "2026-06-20")
        rows = [[PLANS[p]["name"], val(p, k)] for p in PLAN_ORDER]
        extra = ""
        if k == "rehab":
            rows = [[PLANS[p]["name"], val(p, k) + "; " + PLANS[p]["rehab_limit"]] for p in PLAN_ORDER]
        if k == "virtual":
            extra = "SunMesa Connect video visits became $0 on Copper Saver, Turquoise Value and Sandstone Choice on September 1, 2026. They were already $0 on Saguaro Premier and Desert Bloom. Since August 1, 2026, you must be in Arizona, New Mexico or Texas during the visit."
        if k == "imaging":
            extra = "MRI, CT and PET scans need prior authorization. Since September 1, 2026, your doctor requests it from ClearView Imaging Review."
        if k == "er":
            extra = "Emergency care is covered at in-network cost at any hospital. If your condition is not an emergency, urgent care or a virtual visit costs less."
        if k == "ded":
            extra = "Preventive care and many copays (such as PCP visits on most plans) are covered before you meet the deductible."
        body = f"""# FAQ: {q}
Updated: {date}

**Short answer:** it depends on your plan. Here is what you pay in-network in 2026.

{table(['Plan', 'You pay'], rows)}

{extra}

Out-of-network care is not covered on the HMO plans except emergencies. On the PPO plans, out-of-network care costs more (Sandstone Choice: 50% after the out-of-network deductible; Saguaro Premier: 40% after the out-of-network deductible).

Related: each plan's '2026 Summary of Benefits'.
"""
        write(f"faq-{slugify(q)}.md", body)
        if qes:
            rows_es = [[PLANS[p]["name"], es(val(p, k))] for p in PLAN_ORDER]
            body = f"""# Preguntas frecuentes: {qes}
Updated: {date}

Depende de su plan. Esto es lo que usted paga dentro de la red en 2026:

{table(['Plan', 'Usted paga'], rows_es)}

{'Las visitas virtuales de SunMesa Connect cuestan $0 desde el 1 de septiembre de 2026 (antes $10 en Copper Saver, Turquoise Value y Sandstone Choice). Debe estar en Arizona, Nuevo México o Texas durante la visita.' if k == 'virtual' else ''}
{'Las resonancias (MRI), tomografías (CT) y PET necesitan autorización previa. Desde el 1 de septiembre de 2026 su médico la pide a ClearView Imaging Review.' if k == 'imaging' else ''}

Para ayuda en español llame al {PHONES['member_services']} (TTY 711). Los intérpretes son gratis.
"""
            write(f"faq-es-{slugify(qes)}.md", body)


# --------------------------------------------------------------- policies
REVIEWER = {
    "UM": f"Sun Mesa Utilization Management — phone {PHONES['pa_phone']}, fax {PHONES['pa_fax_medical']}",
    "CV": f"ClearView Imaging Review (for Sun Mesa) — phone {PHONES['clearview_phone']}, fax {PHONES['clearview_fax']}",
    "BH": f"Sun Mesa Behavioral Health — phone {PHONES['behavioral']}, fax {PHONES['pa_fax_medical']}",
    "RX": f"Sun Mesa Pharmacy Services (medical drug review) — phone {PHONES['pa_phone']}, fax {PHONES['pa_fax_pharmacy']}",
}


def pa_text(pol):
    pa = pol["pa"]
    if pa == "yes":
        return "Required on all Sun Mesa plans."
    if pa == "no":
        return "Not required."
    if pa == "yes-hmo":
        return "Required on Copper Saver HMO, Turquoise Value HMO and Desert Bloom Medicare Advantage HMO. Not required on Sandstone Choice PPO or Saguaro Premier PPO when you use an in-network provider."
    if pa == "yes-1001":
        return "Required on all Sun Mesa plans for services on or after October 1, 2026. (Not required before October 1, 2026.)"
    if pa == "notify":
        return "No prior authorization for emergencies, but the facility must notify Sun Mesa within 24 hours."
    raise ValueError(pa)


COST_OVERRIDE = {
    "hearing-aids": lambda p: "$499 or $799 per aid (up to 2 aids per year)" if p == "DB" else f"Children under 19: {PLANS[p]['dme']}; adults: not covered",
    "non-emergency-transportation": lambda p: "$0 (24 one-way trips per year)" if p == "DB" else "Not covered",
    "lasik": lambda p: "Not covered (exclusion)",
    "cosmetic-procedures": lambda p: "Not covered (exclusion); covered reconstructive surgery follows the plan's surgery cost share",
    "experimental-treatments": lambda p: "Not covered (exclusion); routine costs in qualifying clinical trials follow normal cost share",
    "vision-exam": lambda p: PLANS[p]["vision"],
    "glp1-weight-loss": lambda p: "See the formulary entries for Wegovy and Zepbound",
    "hepatitis-c-treatment": lambda p: "Tier 5 specialty cost share: " + {"CU": "40% (max $500)", "TQ": "30% (max $350)", "SS": "25% (max $250)", "SG": "20% (max $150)", "DB": "33%"}[p],
    "telehealth-services": lambda p: "SunMesa Connect: $0; your own doctor by video: same as an office visit",
}


def policy_pages():
    for i, pol in enumerate(POLICIES):
        num = f"SMH-MP-{101 + i}"
        date = rdate("2026-01-05", "2026-06-28")
        if pol["reviewer"] == "CV":
            date = "2026-09-01"
        if pol["pa"] == "yes-1001":
            date = "2026-10-01"
        if pol["slug"] in ("telehealth-services",):
            date = "2026-09-01"
        ck = pol["cost_key"]
        cost_rows = [[PLANS[p]["name"], val(p, ck)] for p in PLAN_ORDER]
        ov = COST_OVERRIDE.get(pol["slug"])
        if ov:
            cost_rows = [[PLANS[p]["name"], ov(p)] for p in PLAN_ORDER]
        reviewer = REVIEWER[pol["reviewer"]]
        if pol["reviewer"] == "CV":
            reviewer += ". Requests for services before September 1, 2026 were reviewed by Sun Mesa Utilization Management."
        crit = "\n".join(f"- {c}" for c in pol["criteria"]) or "- Not applicable."
        nc = "\n".join(f"- {c}" for c in pol["not_covered"]) or "- No specific exclusions beyond the general plan exclusions."
        docs = "\n".join(f"- {c}" for c in pol["docs"])
        t = rng.randint(0, 2)
        needs_pa = pol["pa"] in ("yes", "yes-hmo", "yes-1001")
        timing = "Standard requests are decided within 7 calendar days; urgent (expedited) requests within 72 hours." if needs_pa else ""
        if t == 0:
            body = f"""# Coverage Policy: {pol['title']}
Updated: {date}

**Policy number:** {num} · **Category:** {pol['category']} · **Common codes:** {pol['codes']}

## Prior authorization
{pa_text(pol)}
{('Submit to: ' + reviewer.rstrip('.') + '.') if needs_pa or pol['pa']=='notify' else ''} {timing}

## When Sun Mesa covers it
{crit}

## Not covered
{nc}

{('## Records to include with a request' + chr(10) + docs) if docs and needs_pa else ''}

## Member cost share (in-network)
{table(['Plan', 'You pay'], cost_rows)}

{pol['extra']}

Coverage is subject to the member's plan documents. Medical necessity decisions are made by licensed clinicians. Members can appeal any denial (see 'Appeals and Grievances').
"""
        elif t == 1:
            body = f"""# Coverage Policy: {pol['title']}
Updated: {date}

Policy {num} explains when Sun Mesa Health covers {(pol['title'][0].lower() + pol['title'][1:]) if pol['title'][1].islower() else pol['title']} and what approval is needed.

**Is prior authorization needed?** {pa_text(pol)} {timing}
{('**Who reviews it?** ' + reviewer.rstrip('.') + '.') if needs_pa or pol['pa']=='notify' else ''}

**Coverage criteria**
{crit}

**Limitations and exclusions**
{nc}

{pol['extra']}

**What members pay**
{chr(10).join(f'- {r[0]}: {r[1]}' for r in cost_rows)}

{('**Documentation** ' + chr(10) + docs) if docs and needs_pa else ''}

Codes: {pol['codes']}. Related: 'Prior Authorization: How It Works'.
"""
        else:
            body = f"""# Coverage Policy: {pol['title']}
Updated: {date}

| Item | Detail |
|---|---|
| Policy number | {num} |
| Category | {pol['category']} |
| Prior authorization | {pa_text(pol)} |
| Reviewer | {reviewer if needs_pa or pol['pa']=='notify' else 'No review needed'} |
| Codes | {pol['codes']} |

### Medical necessity criteria
{crit}

### Not covered
{nc}

### Cost share by plan
{table(['Plan', 'In-network cost'], cost_rows)}

{pol['extra']}

{timing}
"""
        write(f"policy-{pol['slug']}.md", body)


# --------------------------------------------------------------- forms
FORMS = [
    ("SMH-101", "Prior Authorization Request – Medical Services", "Providers", "Ask Sun Mesa to approve a medical service before it happens.", f"Fax {PHONES['pa_fax_medical']} or submit in the provider portal. Imaging requests go to ClearView Imaging Review (fax {PHONES['clearview_fax']}) since September 1, 2026.", "7 calendar days (standard); 72 hours (urgent)", ["Clinical notes", "Codes for the service", "Ordering provider's NPI"]),
    ("SMH-102", "Prior Authorization Request – Advanced Imaging", "Providers", "Request approval for MRI, CT, PET and nuclear cardiology.", f"Since September 1, 2026: fax ClearView Imaging Review at {PHONES['clearview_fax']} or call {PHONES['clearview_phone']}.", "7 calendar days (standard); 72 hours (urgent)", ["Clinical notes", "Prior imaging results"]),
    ("SMH-110", "Pharmacy Coverage Determination Request", "Providers and members", "Ask for coverage of a drug that needs prior authorization or has a limit.", f"Fax {PHONES['pa_fax_pharmacy']}.", "72 hours (standard); 24 hours (expedited)", ["Diagnosis", "Drugs tried before"]),
    ("SMH-111", "Formulary Exception Request", "Providers and members", "Ask for coverage of a non-formulary drug (for example, Humira since September 1, 2026).", f"Fax {PHONES['pa_fax_pharmacy']}.", "72 hours (standard); 24 hours (expedited)", ["Prescriber statement explaining why formulary drugs are not appropriate"]),
    ("SMH-112", "Tiering Exception Request", "Members and prescribers", "Ask to pay a lower tier's copay for a drug (not available for Tier 5 specialty drugs).", f"Fax {PHONES['pa_fax_pharmacy']}.", "72 hours", ["Prescriber statement"]),
    ("SMH-113", "Quantity Limit Exception Request", "Prescribers", "Ask for more than the quantity limit allows.", f"Fax {PHONES['pa_fax_pharmacy']}.", "72 hours", ["Reason a higher dose is needed"]),
    ("SMH-120", "Member Appeal Request", "Members", "Ask Sun Mesa to review a denial again.", f"Mail to {APPEALS_ADDRESS}, fax {PHONES['appeals_fax']}, or call Member Services.", "30 days (pre-service); 60 days (post-service); 72 hours (expedited)", ["Copy of the denial letter", "Any new medical records"]),
    ("SMH-121", "Grievance (Complaint) Form", "Members", "Tell us about a problem with service, quality of care or access.", f"Mail to {APPEALS_ADDRESS} or fax {PHONES['appeals_fax']}.", "30 days", ["Dates and names if known"]),
    ("SMH-122", "Appointment of Representative", "Members", "Let someone else (family member, friend, lawyer) act for you on an appeal or grievance.", f"Send with your appeal to {APPEALS_ADDRESS}.", "Recorded within 5 business days", ["Signatures of member and representative"]),
    ("SMH-130", "Member Reimbursement Claim Form", "Members", "Get paid back when you paid a provider or pharmacy out of pocket for a covered service.", f"Mail to {CLAIMS_ADDRESS} or fax {PHONES['claims_fax']}. File within 365 days of the date of service.", "30 days", ["Itemized bill", "Proof of payment"]),
    ("SMH-131", "Pharmacy Reimbursement Claim Form", "Members", "Get paid back for a prescription you paid for in full (for example, during the August 19, 2026 pharmacy claims outage).", f"Mail to {CLAIMS_ADDRESS} or upload in the MyMesa app.", "30 days", ["Pharmacy receipt showing drug, quantity and amount paid"]),
    ("SMH-140", "Primary Care Provider (PCP) Change Request", "Members", "Choose a different PCP. Changes made by the 20th take effect on the first day of the next month.", "Use the MyMesa app, call Member Services, or mail the form.", "Effective first of next month", []),
    ("SMH-141", "Continuity of Care Request", "Members", "Keep seeing a provider who left the network, for a limited time, during active treatment or pregnancy.", f"Fax {PHONES['pa_fax_medical']} or call Member Services.", "7 calendar days", ["Provider name", "Treatment details"]),
    ("SMH-142", "Out-of-Network Referral Request (HMO)", "Providers", "Ask for an HMO member to see an out-of-network provider when no in-network provider can give the care.", f"Fax {PHONES['pa_fax_medical']}.", "7 calendar days", ["Reason no in-network provider is suitable"]),
    ("SMH-150", "Mail Order Enrollment – Mesa Mail Pharmacy", "Members", "Sign up for home delivery of maintenance drugs.", f"Call Mesa Mail Pharmacy at {PHONES['mail_order']}, use the MyMesa app, or mail the form.", "First order ships in 7–10 days", ["New 90-day prescription or prescriber contact"]),
    ("SMH-151", "Specialty Pharmacy Enrollment – Sun Mesa Specialty Rx", "Members and prescribers", "Start a Tier 5 specialty drug.", f"Call Sun Mesa Specialty Rx at {PHONES['specialty']}.", "2–3 business days after approval", ["Approved prior authorization"]),
    ("SMH-160", "Address and Phone Change", "Members", "Update your contact information.", "MyMesa app or Member Services.", "Immediate online", []),
    ("SMH-161", "Language and Communication Preference", "Members", "Ask for letters in Spanish, large print, braille or audio, and set your preferred language.", "MyMesa app, Member Services, or mail.", "Within 14 days", []),
    ("SMH-162", "Authorization to Release Health Information (HIPAA)", "Members", "Let Sun Mesa share your health information with a person you choose.", "Mail or upload in MyMesa.", "Within 5 business days", ["Member signature"]),
    ("SMH-163", "Medical Records Request", "Members", "Get a copy of records Sun Mesa holds about you.", "Mail or Member Services.", "30 days", ["Photo ID"]),
    ("SMH-170", "Auto-Pay Premium Enrollment", "Members (commercial plans)", "Pay your monthly premium automatically from a bank account.", "MyMesa app or mail.", "Starts next billing cycle", ["Voided check or bank details"]),
    ("SMH-171", "Add or Remove a Dependent", "Members (commercial plans)", "Add a spouse, child or newborn, or remove a dependent.", "Marketplace members update the Marketplace application; small group members go through the employer.", "Newborns are covered from birth if added within 60 days", ["Birth or marriage certificate"]),
    ("SMH-172", "Coordination of Benefits Questionnaire", "Members", "Tell us about other health insurance you have.", "MyMesa app, mail or phone.", "Processed within 15 days", []),
    ("SMH-173", "Accident and Injury Questionnaire", "Members", "Give details about an injury that another party may be responsible for.", f"Mail to {CLAIMS_ADDRESS}.", "Within 30 days", []),
    ("SMH-180", "Mesa Fit Fitness Enrollment (Desert Bloom)", "Desert Bloom members", "Join the Mesa Fit fitness program at $0.", "Member Services or MyMesa.", "Card mailed in 10 days", []),
    ("SMH-181", "RideMesa Transportation Request (Desert Bloom)", "Desert Bloom members", "Book a ride to a plan-approved health location (24 one-way trips per year).", f"Call RideMesa at {PHONES['ride']} at least 48 hours ahead.", "Confirmed by phone", []),
    ("SMH-182", "Over-the-Counter (OTC) Order Form (Desert Bloom)", "Desert Bloom members", "Order OTC health items with your $50 quarterly allowance.", "Mail, phone or MyMesa.", "Ships in 7–10 days", []),
    ("SMH-183", "Dental Allowance Claim (Desert Bloom)", "Desert Bloom members", "Use the $1,500 yearly comprehensive dental allowance when your dentist does not bill Sun Mesa directly.", f"Mail to {CLAIMS_ADDRESS}.", "30 days", ["Itemized dental bill"]),
    ("SMH-190", "Advance Directive (Arizona / New Mexico / Texas)", "Members", "Record your wishes about future medical care.", "Give copies to your doctor and family; you can also upload to MyMesa.", "Not applicable", []),
    ("SMH-191", "Nondiscrimination Complaint Form", "Members", "Report discrimination based on race, color, national origin, age, disability or sex.", f"Mail to Sun Mesa Civil Rights Coordinator, {APPEALS_ADDRESS}.", "30 days", []),
    ("SMH-192", "Disenrollment Request (Desert Bloom)", "Desert Bloom members", "Leave Desert Bloom during an allowed enrollment period.", "Mail or call Member Services; or call 1-800-MEDICARE.", "Effective first of next month", []),
    ("SMH-193", "Early Refill Request – Emergency or Travel", "Members", "Ask for an early refill during a declared emergency (including extreme heat warnings) or before travel.", f"Pharmacies can call the pharmacy help desk at {PHONES['pharmacy_help']}.", "Same day", []),
]


def form_pages():
    for num, name, who, purpose, how, when, att in FORMS:
        date = rdate("2026-01-05", "2026-06-25")
        if num in ("SMH-101", "SMH-102", "SMH-111"):
            date = "2026-09-01"
        if num == "SMH-131":
            date = "2026-08-21"
        attl = "\n".join(f"- {a}" for a in att) or "- None required."
        t = rng.randint(0, 1)
        if t == 0:
            body = f"""# Form {num}: {name}
Updated: {date}

**Who uses this form:** {who}

## Purpose
{purpose}

## How to submit
{how}

## Processing time
{when}

## What to attach
{attl}

## Tips
- Write your member ID on every page and keep a copy.
- You can track the request in the MyMesa app under Forms & Requests.

You can download this form in the MyMesa app under Forms, or ask Member Services ({PHONES['member_services']}, TTY 711) to mail you a copy. Forms are available in English and Spanish; other formats on request.
"""
        else:
            body = f"""# Form {num}: {name}
Updated: {date}

| | |
|---|---|
| Form number | {num} |
| For | {who} |
| Use it to | {purpose} |
| Send to | {how} |
| Time to process | {when} |

**Attachments needed**
{attl}

**Tips for a faster answer**
- Write your member ID (it starts with SMH) on every page.
- Keep a copy of everything you send.
- Check the status in the MyMesa app under Forms & Requests, or call Member Services.

Formulario disponible en español. Llame al {PHONES['member_services']}.
"""
        write(f"form-{num.lower()}-{slugify(name)}.md", body)


# --------------------------------------------------------------- counties
def county_pages():
    from data_directory import CITIES, DB_COUNTIES_EXCLUDED, HOSPITALS
    counties = {}
    for city, c in CITIES.items():
        counties.setdefault((c["county"], c["state"]), []).append(city)
    for (county, st), cities in counties.items():
        plans = [PLANS[p]["name"] for p in PLAN_ORDER if not (p == "DB" and county in DB_COUNTIES_EXCLUDED)]
        sm = [c for c in GD.CLINICS if c["owned"] and c["city"] in cities]
        hos = [h[1] for h in HOSPITALS if h[3] in cities]
        nph = len([p for p in GD.PHARMACIES if p["city"] in cities and not p["left"]])
        partners = len([c for c in GD.CLINICS if not c["owned"] and c["city"] in cities])
        smlines = "\n".join(f"- {c['name']} — {c['street']}, {c['city']}" + (" (closed October 31, 2026)" if c["note"] == "CLOSED" else "") for c in sm) or "- No Sun Mesa–owned clinics; use in-network partner practices."
        stname = {"AZ": "Arizona", "NM": "New Mexico", "TX": "Texas"}[st]
        label = f"{county} County" if county != "Doña Ana" else "Doña Ana County"
        body = f"""# Service Area: {label}, {stname}
Updated: {rdate('2026-11-01', '2026-11-12')}

Cities with Sun Mesa locations: {', '.join(cities)}.

## Plans offered
{chr(10).join('- ' + p for p in plans)}
{'Desert Bloom Medicare Advantage HMO is not offered in ' + label + '.' if county in DB_COUNTIES_EXCLUDED else ''}

## Sun Mesa clinics
{smlines}

## In-network hospitals
{chr(10).join('- ' + h for h in hos) or '- Members use hospitals in nearby counties; emergency care is covered at any hospital.'}

## Other network facts
- In-network pharmacies in this county: {nph}
- In-network partner practices listed in the directory: {partners}
- Virtual care: SunMesa Connect is available 24/7 anywhere in {stname}.
"""
        write(f"service-area-{slugify(county)}-county-{st.lower()}.md", body)


# --------------------------------------------------------------- provider network notices
def network_notices():
    import datetime as dt
    for p in GD.NETWORK_LEAVERS:
        leave = p["leaves"]
        nd = (dt.date.fromisoformat(leave) - dt.timedelta(days=30)).isoformat()
        c = p["clinic"]
        body = f"""# Notice: {p['display']} Leaves the Sun Mesa Network
Date: {nd}

{p['display']} ({p['spec']}) at {c['name']}, {c['city']}, {c['state']}, will leave the Sun Mesa Health provider network after {longdate(leave)}.

## What this means for you
- Visits on or before {longdate(leave)} are covered as usual.
- After that date, visits are out of network. On HMO plans (Copper Saver, Turquoise Value, Desert Bloom) they are not covered except emergencies. On PPO plans they cost more.
- If you are in active treatment, pregnant, or have a serious condition, you may be able to keep seeing this provider for up to 90 days. Ask for continuity of care (Form SMH-141).

## Finding a new provider
Search the provider directory in the MyMesa app or call Member Services at {PHONES['member_services']} (TTY 711). If this provider was your PCP, we will assign a new PCP near you unless you choose one by the end of the month.
"""
        write(f"notice-{nd}-provider-leaves-network-{slugify(p['first'] + ' ' + p['last'])}.md", body)


def generate():
    for p in PLAN_ORDER:
        plan_summary(p)
        plan_es(p)
        for cs, ct, keys in CATS:
            plan_cat(p, cs, ct, keys)
    faq_pages()
    policy_pages()
    form_pages()
    county_pages()
    network_notices()

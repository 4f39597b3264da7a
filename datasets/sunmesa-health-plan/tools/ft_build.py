"""Build finetune/train.jsonl and finetune/validation.jsonl. Run: python3 tools/ft_build.py"""
import json, os, random, re, datetime
from ft_pa import PA
from ft_calls import CALLS
from ft_rewrite import RW
from ft_remind import R

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(7)

SYSTEM = (
    "You are the member-services writing assistant for Sun Mesa Health, a health plan. Staff ask you for four kinds of documents, "
    "and each has a fixed house format:\n"
    "1. Prior-authorization decision letters written from case notes (PRIOR AUTHORIZATION DECISION format; Spanish when the member prefers Spanish).\n"
    "2. Appointment and refill reminders: an SMS of 160 characters or fewer plus a mailed letter, in the member's preferred language. "
    "The SMS uses the first name only and never names a drug, test or diagnosis.\n"
    "3. CRM call summaries (CALL SUMMARY format), always written in English, with exactly one reason code: BEN benefits/costs, RX pharmacy/formulary, "
    "PA prior authorization, CLM claims/billing, PRV providers/PCP, ELG eligibility/ID cards/enrollment, APL appeals/grievances, OTH other.\n"
    "4. Plain-language rewrites of medical or benefit text at the requested reading grade level, in English or Spanish (PLAIN-LANGUAGE REWRITE format).\n"
    "Use only the facts given in the request. Never invent copays, drug tiers, dates, hours, addresses, phone numbers or coverage rules. "
    "If the document needs a fact that the request does not give, insert a placeholder such as [CONFIRM: appeal deadline]."
)

MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def es_date(s):
    m = re.match(r"(\w+) (\d+), (\d{4})", s)
    if not m:
        return s
    return f"{int(m.group(2))} de {MES[MONTHS.index(m.group(1))]} de {m.group(3)}"


# ------------------------------------------------------------------ PA letters
DEC_ES = {"APPROVED": "APROBADO", "DENIED": "NEGADO", "PARTIALLY APPROVED": "APROBADO EN PARTE"}


LC_FIRST = {"Whole-genome", "Outpatient", "Continuous", "Home", "Attended", "Total", "Upper", "Power", "Transcranial", "Insulin", "Applied",
            "Hearing", "Inpatient", "Lumbar", "Acupuncture", "Bone", "Tiering", "Quantity", "Sleeve", "Reducción", "Visitas", "Ixanta infusions"}


def item_lc(s):
    w = s.split()[0]
    return s[0].lower() + s[1:] if w in LC_FIRST else s


def pa_answer(c):
    c = dict(c)
    c["item_in_text"] = item_lc(c["item"])
    first = c["name"].split()[0]
    addressee = c.get("guardian") or c["name"]
    for_whom = f" for {first}" if c.get("guardian") else ""
    if c["lang"] == "es":
        para_quien = f" para {first}" if c.get("guardian") else ""
        if c["dec"] == "APPROVED":
            decided = f"Aprobamos la solicitud de {c['item_in_text']}{para_quien}: {c['detail']}."
        elif c["dec"] == "DENIED":
            decided = f"Negamos la solicitud de {c['item_in_text']}{para_quien}."
        else:
            decided = f"Aprobamos en parte la solicitud de {c['item_in_text']}{para_quien}: {c['detail']}."
        days = f"{c['appeal_days']} días" if c["appeal_days"] else "[CONFIRM: plazo para apelar]"
        to = c["appeal_to"] or "[CONFIRM: dirección o fax de apelaciones]"
        appeal = ""
        if c["dec"] != "APPROVED":
            appeal = (f"\nSU DERECHO A APELAR\nSi no está de acuerdo, usted o su proveedor pueden pedirnos que revisemos esta decisión otra vez (una apelación). "
                      f"Debe pedirla dentro de {days} a partir de la fecha de esta carta. Envíe su apelación a: {to}, o llame a Servicios para Miembros. "
                      f"Si esperar una apelación normal podría dañar gravemente su salud, pida una apelación rápida (acelerada).\n")
        return f"""DECISIÓN DE AUTORIZACIÓN PREVIA
Fecha: {es_date(c['date'])}
Número de referencia: {c['ref']}

Miembro: {c['name']}
Número de miembro: {c['mid']}
Plan: {c['plan']}
Proveedor que lo pidió: {c['prov']}
Se pidió: {c['item']}
Decisión: {DEC_ES[c['dec']]}

Estimado(a) {addressee}:

LO QUE DECIDIMOS
{decided}

POR QUÉ
{c['why']}

QUÉ SIGUE
{c['nxt']}
{appeal}
¿PREGUNTAS?
Llame a Servicios para Miembros al {c['phone'] or '[CONFIRM: teléfono de Servicios para Miembros]'} (TTY 711). Los intérpretes y la letra grande son gratis.

Atentamente,

{c['reviewer']}
Administración de Utilización (Utilization Management)"""
    if c["dec"] == "APPROVED":
        decided = f"We approved the request for {c['item_in_text']}{for_whom}: {c['detail']}."
    elif c["dec"] == "DENIED":
        decided = f"We denied the request for {c['item_in_text']}{for_whom}."
    else:
        decided = f"We approved part of the request for {c['item_in_text']}{for_whom}: {c['detail']}."
    days = f"{c['appeal_days']} days" if c["appeal_days"] else "[CONFIRM: appeal deadline]"
    to = c["appeal_to"] or "[CONFIRM: appeals address or fax]"
    appeal = ""
    if c["dec"] != "APPROVED":
        appeal = (f"\nYOUR RIGHT TO APPEAL\nIf you disagree, you or your provider can ask us to review this decision again (an appeal). "
                  f"You must ask within {days} of the date on this letter. Send your appeal to {to}, or call Member Services. "
                  f"If waiting for a standard appeal could seriously harm your health, ask for a fast (expedited) appeal.\n")
    return f"""PRIOR AUTHORIZATION DECISION
Date: {c['date']}
Reference #: {c['ref']}

Member: {c['name']}
Member ID: {c['mid']}
Plan: {c['plan']}
Requesting provider: {c['prov']}
Requested: {c['item']}
Decision: {c['dec']}

Dear {addressee},

WHAT WE DECIDED
{decided}

WHY
{c['why']}

WHAT HAPPENS NEXT
{c['nxt']}
{appeal}
QUESTIONS?
Call Member Services at {c['phone'] or '[CONFIRM: Member Services phone]'} (TTY 711). Free interpreters and large print are available.

Sincerely,

{c['reviewer']}
Utilization Management"""


def pa_request(c, i):
    appeal = (f"{c['appeal_days']} days" if c["appeal_days"] else "") + (f" -> {c['appeal_to']}" if c["appeal_to"] else "")
    g = f" (parent/guardian: {c['guardian']})" if c.get("guardian") else ""
    lang_note = " Member prefers Spanish." if c["lang"] == "es" else ""
    style = i % 5
    if c["lang"] == "es" and i % 2 == 0:
        return (f"Redacta la carta de decisión de autorización previa, en español.\n\nMiembro: {c['name']}{g}, {c['mid']}, {c['plan']}\nProveedor: {c['prov']}\n"
                f"Solicitud: {c['item']}\nDecisión: {c['dec'].lower()}{(' — ' + c['detail']) if c['detail'] else ''}\nNotas: {c['notes']}\n"
                f"Apelación: {appeal or 'n/a'}\nTel. Servicios para Miembros: {c['phone']}\nFecha de la carta: {c['date']} · Ref. {c['ref']} · Revisó: {c['reviewer']}")
    if style == 0:
        return (f"Write the prior auth decision letter from these case notes.{lang_note}\n\n"
                f"Member: {c['name']}{g} | ID {c['mid']} | {c['plan']}\nRequesting: {c['prov']}\nRequest: {c['item']}\n"
                f"Decision: {c['dec']}{(' — ' + c['detail']) if c['detail'] else ''}\nReviewer notes: {c['notes']}\n"
                f"Appeal info: {appeal or 'none given'}\nMember services #: {c['phone']}\nLetter date {c['date']}, ref {c['ref']}, signed {c['reviewer']}")
    if style == 1:
        return (f"pa letter pls - {c['name']}{g} {c['mid']} ({c['plan']}). {c['item']}, req by {c['prov']}. {c['dec'].lower()}"
                f"{(' (' + c['detail'] + ')') if c['detail'] else ''}. notes: {c['notes']}. "
                f"{('appeal ' + appeal + '. ') if appeal else ''}MS line {c['phone']}. date {c['date']}, ref {c['ref']}, reviewer {c['reviewer']}.{lang_note}")
    if style == 2:
        lines = [f"- Member: {c['name']}{g}", f"- Member ID: {c['mid']}", f"- Plan: {c['plan']}", f"- Provider: {c['prov']}", f"- Service/drug: {c['item']}",
                 f"- Outcome: {c['dec'].title()}{(' — ' + c['detail']) if c['detail'] else ''}", f"- Clinical reviewer notes: {c['notes']}"]
        if c["appeal_days"]:
            lines.append(f"- Appeal window: {c['appeal_days']} days")
        if c["appeal_to"]:
            lines.append(f"- Appeals go to: {c['appeal_to']}")
        lines += [f"- Member Services: {c['phone']}", f"- Date: {c['date']}", f"- Ref #: {c['ref']}", f"- Signed by: {c['reviewer']}"]
        return f"Need the member letter for this PA decision, please.{lang_note}\n" + "\n".join(lines)
    if style == 3:
        return (f"Can you draft the {'approval' if c['dec']=='APPROVED' else 'denial' if c['dec']=='DENIED' else 'partial approval'} letter for {c['name']}?{lang_note} "
                f"Pasted from the UM case:\n\"\"\"\nmbr {c['name']}{g} / {c['mid']} / {c['plan']}\nordering: {c['prov']}\nitem: {c['item']}\n"
                f"determination: {c['dec']}{(' - ' + c['detail']) if c['detail'] else ''}\nrationale: {c['notes']}\n"
                f"{('appeal: ' + appeal) if appeal else ''}\n\"\"\"\nCall-back number for members is {c['phone']}. Date it {c['date']}, reference {c['ref']}, signature {c['reviewer']}.")
    return (f"Letter for a PA determination — {c['dec'].lower()}.{lang_note} {c['name']}{g}, member ID {c['mid']}, on {c['plan']}. {c['prov']} asked for {c['item']}. "
            f"{('Approved: ' + c['detail'] + '. ') if c['detail'] else ''}Reviewer's notes: {c['notes']}. "
            f"{('Appeals: ' + appeal + '. ') if appeal else ''}Member Services {c['phone']}. Letter date {c['date']}; ref {c['ref']}; from {c['reviewer']}.")


# ------------------------------------------------------------------ reminders
DOW = {"Monday": "Mon", "Tuesday": "Tue", "Wednesday": "Wed", "Thursday": "Thu", "Friday": "Fri", "Saturday": "Sat", "Sunday": "Sun"}
DOW_ES = {"lunes": "lun", "martes": "mar", "miércoles": "mié", "jueves": "jue", "viernes": "vie", "sábado": "sáb", "domingo": "dom"}


def short_date(c):
    d = c["date"]
    if c["lang"] == "es":
        m = re.match(r"(\w+), (\d+) de (\w+) de (\d{4})", d)
        return f"{DOW_ES[m.group(1)]} {m.group(2)}/{MES.index(m.group(3)) + 1}"
    m = re.match(r"(\w+), (\w+) (\d+), (\d{4})", d)
    return f"{DOW[m.group(1)]} {MONTHS.index(m.group(2)) + 1}/{m.group(3)}"


def short_due(c):
    d = c["due"]
    if d.startswith("[CONFIRM"):
        return d
    m = re.match(r"(\w+) (\d+), (\d{4})", d)
    if m and m.group(1) in MONTHS:
        return f"{MONTHS.index(m.group(1)) + 1}/{m.group(2)}"
    m = re.match(r"(\d+) de (\w+) de (\d{4})", d)
    if m:
        return f"{m.group(1)}/{MES.index(m.group(2)) + 1}"
    return d


def t_short(t):
    return t.replace(":00 ", "").replace(" a.m.", "am").replace(" p.m.", "pm").replace("a.m.", "am").replace("p.m.", "pm")


def sms(c):
    first = c["name"].split()[0]
    if c["kind"] == "appt":
        if c["lang"] == "es":
            opts = [f"Hola {first}: le recordamos su cita el {short_date(c)} a las {t_short(c['time'])} en {c['short']}. Responda C para confirmar o R para cambiarla. STOP para cancelar mensajes",
                    f"Hola {first}, cita el {short_date(c)} {t_short(c['time'])} en {c['short']}. Responda C para confirmar o R para cambiar. Info: {c['phone']}. STOP=salir",
                    f"{first}: cita {short_date(c)} {t_short(c['time'])}, {c['short']}. C=confirmar R=cambiar. STOP=salir"]
        else:
            opts = [f"Hi {first}, reminder: you have an appointment {short_date(c)} at {t_short(c['time'])} at {c['short']}. Reply C to confirm or R to reschedule. Reply STOP to opt out.",
                    f"Hi {first}, appt reminder: {short_date(c)} {t_short(c['time'])}, {c['short']}. Reply C to confirm, R to reschedule, or call {c['phone']}. STOP to opt out",
                    f"{first}: appt {short_date(c)} {t_short(c['time'])}, {c['short']}. C=confirm R=reschedule. STOP=opt out"]
    else:
        if c["lang"] == "es":
            opts = [f"Hola {first}: su receta está lista para resurtir antes del {short_due(c)} en {c['short']}. Llame al {c['phone']} o responda R. STOP para cancelar mensajes",
                    f"Hola {first}, es hora de resurtir su receta en {c['short']} (antes del {short_due(c)}). Llame al {c['phone']}. STOP=salir",
                    f"{first}: resurta su receta en {c['short']} antes del {short_due(c)}. Tel {c['phone']}. STOP=salir"]
        else:
            opts = [f"Hi {first}, your prescription is due for a refill by {short_due(c)} at {c['short']}. Call {c['phone']} or reply R to request it. Reply STOP to opt out.",
                    f"Hi {first}, time to refill your prescription at {c['short']} (due {short_due(c)}). Call {c['phone']}. Reply STOP to opt out.",
                    f"{first}: refill due {short_due(c)} at {c['short']}. Call {c['phone']}. STOP=opt out"]
    start = rng.randint(0, 1)
    for s in opts[start:] + opts[:start]:
        if len(s) <= 160:
            return s
    raise ValueError(opts[-1])


def letter(c):
    if c["lang"] == "es":
        sent = es_date(c["sent"])
        if c["kind"] == "appt":
            when = f"{c['date']}, a las {c['time']}" + (f" (por favor llegue {c['early']} minutos antes)" if c["early"] else "")
            where = c["place"] + (f", {c['addr']}" if c["addr"] else "")
            parts = [f"{sent}", "", f"Estimado(a) {c['name']}:", "", f"Le recordamos su próxima cita: {c['visit']}.", "",
                     f"Cuándo: {when}", f"Dónde: {where}"]
            if c["prov"]:
                parts.append(f"Con: {c['prov']}")
            if c["prep"]:
                parts += ["", "Cómo prepararse:"] + [f"- {p}" for p in c["prep"]]
            if c["bring"]:
                parts += ["", "Qué traer:"] + [f"- {b}" for b in c["bring"]]
            parts += ["", f"Si necesita cambiar o cancelar la cita, llame al {c['phone']}. Si necesita un intérprete, díganos cuando llame; es gratis.", "", "Atentamente,", "Servicios para Miembros"]
        else:
            parts = [f"{sent}", "", f"Estimado(a) {c['name']}:", "", f"Según nuestros registros, su receta de {c['drug']} se debe resurtir el {c['due']}.", "",
                     f"Farmacia: {c['pharm']}, {c['addr']}", f"Teléfono: {c['phone']}", f"Horario: {c['hours']}",
                     f"Resurtidos que le quedan: {c['refills']}" + (" (la farmacia pedirá una receta nueva a su médico; esto puede tardar unos días)" if c["refills"] == 0 else "")]
            if c["copay"]:
                parts.append(f"Su copago: {c['copay']}")
            if c["mail"]:
                parts += ["", c["mail"]]
            parts += ["", "Tomar su medicina a tiempo ayuda a que funcione mejor. Si tiene preguntas sobre esta medicina, hable con su farmacéutico.", "", "Atentamente,", "Servicios para Miembros"]
        return "\n".join(parts)
    if c["kind"] == "appt":
        when = f"{c['date']}, at {c['time']}" + (f" (please arrive {c['early']} minutes early)" if c["early"] else "")
        where = c["place"] + (f", {c['addr']}" if c["addr"] else "")
        parts = [c["sent"], "", f"Dear {c['name']},", "", f"This is a reminder of your upcoming {c['visit']}.", "", f"When: {when}", f"Where: {where}"]
        if c["prov"]:
            parts.append(f"With: {c['prov']}")
        if c["prep"]:
            parts += ["", "How to prepare:"] + [f"- {p}" for p in c["prep"]]
        if c["bring"]:
            parts += ["", "Please bring:"] + [f"- {b}" for b in c["bring"]]
        parts += ["", f"To confirm, change or cancel, call {c['phone']}. If you need an interpreter, tell us when you call; it is free.", "", "Sincerely,", "Member Services"]
    else:
        parts = [c["sent"], "", f"Dear {c['name']},", "", f"Our records show that your prescription for {c['drug']} is due for a refill on {c['due']}.", "",
                 f"Pharmacy: {c['pharm']}, {c['addr']}", f"Phone: {c['phone']}", f"Hours: {c['hours']}",
                 f"Refills left: {c['refills']}" + (" (the pharmacy will ask your prescriber for a new prescription; this can take a few days, so call soon)" if c["refills"] == 0 else "")]
        if c["copay"]:
            parts.append(f"Your copay: {c['copay']}")
        if c["mail"]:
            parts += ["", c["mail"]]
        parts += ["", "Taking your medicine on time helps it work its best. If you have questions about this medicine, ask your pharmacist.", "", "Sincerely,", "Member Services"]
    return "\n".join(parts)


def rem_answer(c):
    s = sms(c)
    return f"SMS ({len(s)}/160 characters):\n{s}\n\nLETTER:\n{letter(c)}"


def rem_request(c, i):
    lang = "Spanish" if c["lang"] == "es" else "English"
    style = i % 5
    if c["kind"] == "appt":
        facts = [f"member {c['name']}", f"{c['visit']}", f"{c['date']} {c['time']}", f"{c['place']}" + (f", {c['addr']}" if c["addr"] else "")]
        if c["prov"]:
            facts.append(f"with {c['prov']}")
        if c["prep"]:
            facts.append("prep: " + " ".join(c["prep"]))
        if c["bring"]:
            facts.append("bring: " + ", ".join(c["bring"]))
        facts.append(f"arrive {c['early']} min early" if c["early"] else "no need to arrive early")
        facts.append(f"office phone {c['phone']}")
        facts.append(f"letter date {c['sent']}")
        facts.append(f"SMS short name: {c['short']}")
        if style == 0:
            return f"Appointment reminder please (SMS + letter), member prefers {lang}.\n" + "\n".join("- " + f for f in facts)
        if style == 1:
            return "reminder txt + letter: " + "; ".join(facts) + f". lang {lang.lower()}"
        if style == 2:
            return (f"Can you write the appointment reminder for {c['name']}? Preferred language: {lang}. The visit is a {c['visit']} on {c['date']} at {c['time']} at {c['place']}"
                    f"{(' (' + c['addr'] + ')') if c['addr'] else ''}{(' with ' + c['prov']) if c['prov'] else ''}. "
                    f"{('Prep: ' + ' '.join(c['prep']) + ' ') if c['prep'] else ''}{('They should bring ' + ', '.join(c['bring']) + '. ') if c['bring'] else ''}"
                    f"{('Arrive ' + str(c['early']) + ' minutes early. ') if c['early'] else ''}Reschedule line: {c['phone']}. Use '{c['short']}' in the text. Date the letter {c['sent']}.")
        if style == 3 and c["lang"] == "es":
            return "Recordatorio de cita (SMS y carta) en español:\n" + "\n".join("- " + f for f in facts)
        return f"Pasting the appointment details — need the SMS and the mailed reminder ({lang}):\n\n" + "\n".join(facts)
    facts = [f"member {c['name']}", f"drug {c['drug']}", f"pharmacy {c['pharm']}, {c['addr']}", f"pharmacy hours: {c['hours']}", f"pharmacy phone {c['phone']}",
             f"refill due {c['due']}", f"refills left {c['refills']}"]
    if c["copay"]:
        facts.append(f"copay {c['copay']}")
    if c["mail"]:
        facts.append(f"mail-order note: {c['mail']}")
    facts.append(f"letter date {c['sent']}")
    facts.append(f"short name for text: {c['short']}")
    if style in (0, 3):
        return f"Refill reminder, SMS + letter, {lang}:\n" + "\n".join("- " + f for f in facts)
    if style == 1:
        return "refill reminder pls — " + "; ".join(facts) + f" ({lang.lower()})"
    if style == 2:
        return (f"Please write a refill reminder for {c['name']} ({lang}). {c['drug']} is due {c['due']} at {c['pharm']} ({c['addr']}; {c['hours']}; {c['phone']}). "
                f"{c['refills']} refills left.{(' Copay ' + c['copay'] + '.') if c['copay'] else ''}{(' Also mention: ' + c['mail']) if c['mail'] else ''} Letter dated {c['sent']}; call the pharmacy '{c['short']}' in the SMS.")
    return "Need the text + letter for this refill:\n\n" + "\n".join(facts)


# ------------------------------------------------------------------ call summaries
CODE_LABEL = {"BEN": "Benefits / costs", "RX": "Pharmacy / formulary", "PA": "Prior authorization", "CLM": "Claims / billing", "PRV": "Providers / PCP",
              "ELG": "Eligibility / ID card / enrollment", "APL": "Appeals / grievances", "OTH": "Other"}


def call_answer(c):
    d = "\n".join("- " + x for x in c["details"])
    a = "\n".join("- " + x for x in c["actions"])
    return f"""CALL SUMMARY
Date: {c['date']} | Agent: {c['agent']} | Channel: {c['channel']} | Language: {c['lang']}
Member: {c['member']} | ID: {c['mid']} | Plan: {c['plan']}
Caller: {c['caller']}
Reason code: {c['code']} ({CODE_LABEL[c['code']]})
Summary: {c['summary']}
Details:
{d}
Actions taken:
{a}
Follow-up: {c['followup']}
Status: {c['status']}
Member sentiment: {c['sentiment']}"""


def call_request(c, i):
    mid = "(ID not given)" if c["mid"].startswith("[CONFIRM") else c["mid"]
    head_opts = [
        f"Call {c['date']}, agent {c['agent']}. Member {c['member']} {mid}, {c['plan']}.",
        f"{c['date']} · {c['agent']} · {c['member']} ({mid}) · {c['plan']}",
        f"agent {c['agent']} / {c['date']} / mbr {c['member']} {mid} / {c['plan']}",
    ]
    head = head_opts[i % 3]
    if c["channel"] == "Chat":
        head += " (chat, not phone)"
    if "Member" != c["caller"]:
        head += f" Caller: {c['caller'].split(' (')[0]}."
    if c["lang"] == "Spanish" and i % 2 == 0:
        return f"Resume esta llamada para el CRM.\n{head}\n\n{c['raw']}"
    style = i % 4
    if style == 0:
        return f"Summarize this call for the CRM.\n{head}\n\n{c['raw']}"
    if style == 1:
        return f"crm note pls\n{head}\n{c['raw']}"
    if style == 2:
        return f"{head}\n\n{c['raw']}\n\n^ need the call summary for the CRM"
    return f"Can you write up the CRM call summary? {head}\nNotes/transcript below:\n---\n{c['raw']}\n---"


# ------------------------------------------------------------------ rewrites
def rw_answer(x):
    g, lang, src, title, body, words, kept = x
    wt = "Words to know" if lang == "English" else "Palabras importantes"
    w = ("\n\n" + wt + "\n" + "\n".join(f"- **{a}**: {b}" for a, b in words)) if words else ""
    return f"""PLAIN-LANGUAGE REWRITE
Target: grade {g} · {lang}

{title}

{body}{w}

Kept exactly as written: {kept}"""


def ordinal(n):
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def rw_request(x, i):
    g, lang, src, *_ = x
    style = i % 5
    if style == 0:
        return f"Rewrite this at a grade {g} reading level, in {lang}:\n\n{src}"
    if style == 1:
        return f"plain language pls, {ordinal(g)} grade, {lang.lower()}\n{src}"
    if style == 2:
        return f"Can you make this easier for members to read? Target grade {g}. {'Spanish please.' if lang == 'Spanish' else 'Keep it in English.'}\n\n\"{src}\""
    if style == 3 and lang == "Spanish":
        return f"Reescribe este texto en lenguaje sencillo, nivel de {g}.º grado, en español:\n{src}"
    return f"For a member mailing — rewrite in plain {lang} at about grade {g}.\nText: {src}"


def ex(user, assistant):
    return {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}, {"role": "assistant", "content": assistant}]}


def main():
    train, val = [], []
    for fam, items, req, ans in [("pa", PA, pa_request, pa_answer), ("rem", R, rem_request, rem_answer),
                                 ("call", CALLS, call_request, call_answer), ("rw", RW, rw_request, rw_answer)]:
        assert len(items) == 30, (fam, len(items))
        for i, it in enumerate(items):
            e = ex(req(it, i), ans(it))
            (train if i < 25 else val).append(e)
    rng.shuffle(train)
    rng.shuffle(val)
    os.makedirs(os.path.join(ROOT, "finetune"), exist_ok=True)
    for name, rows in [("train.jsonl", train), ("validation.jsonl", val)]:
        with open(os.path.join(ROOT, "finetune", name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(train), len(val))


if __name__ == "__main__":
    main()

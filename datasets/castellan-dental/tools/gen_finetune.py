#!/usr/bin/env python3
"""Generate fine-tuning data: 4 task families x (25 train + 5 validation).
All names, clinics, insurers, prices in these examples are invented for the examples and are NOT corpus entities."""
import json, os, random

rng = random.Random(7)
OUT = os.path.join(os.path.dirname(__file__), "..", "finetune")

SYSTEM = ("You are the writing assistant of a chain of dental clinics in northern Italy, used by reception staff, dentists and the "
          "international patient desk. You produce four kinds of output in the house formats: (1) patient reminder and recall SMS, "
          "(2) treatment plan summaries for patients, (3) insurance pre-authorisation request letters, (4) clean SOAP clinical notes "
          "from chair-side notes. Write in Italian or English as the request asks (default: the language of the request). "
          "Use only the facts given in the request; never invent prices, addresses, codes, dates or clinical findings — mark anything "
          "missing as [da completare] / [to be completed].")

# ---------------------------------------------------------------- invented example entities (not in the corpus)
FN_IT = ["Giovanni", "Rosa", "Antonio", "Maria", "Franco", "Luisa", "Sergio", "Teresa", "Bruno", "Anna", "Mario", "Carla", "Renato", "Ornella",
         "Dario", "Patrizia", "Ettore", "Gemma", "Ugo", "Nadia", "Flavio", "Rita", "Oscar", "Tiziana"]
LN_IT = ["Ruggeri", "Mancini", "Barbieri", "Fontanesi", "Guerra", "Lombardo", "Santoro", "Marchi", "Neri", "Orlandi", "Parisi", "Vitale",
         "Serra", "Testa", "Villa", "Caruso", "Gallo", "Greco", "Leone", "Morelli", "Palumbo", "Sartori", "Ferrante", "Benedetti"]
FN_EN = ["James", "Emily", "Oliver", "Sophie", "Daniel", "Hannah", "Thomas", "Grace", "Ahmed", "Yuki", "Lukas", "Claire", "Pablo", "Ingrid",
         "Mateus", "Priya", "Sean", "Freya", "Omar", "Nina"]
LN_EN = ["Walker", "Hughes", "Bennett", "Schneider", "Okafor", "Tanaka", "Dubois", "Kowalski", "Larsen", "Murphy", "Novak", "Ortega",
         "Patel", "Reid", "Svensson", "Weber"]
DOCS = ["Dott. Raimondo Fiorentini", "Dott.ssa Lidia Castagna", "Dott. Ivano Benvenuti", "Dott.ssa Marisa Olivieri", "Dott. Saverio Pellegrini",
        "Dott.ssa Greta Amodeo", "Dott. Cesare Bellini", "Dott.ssa Agnese Ricciardi", "Dott. Elio Mazzoleni", "Dott.ssa Viola Tedeschi"]
CLIN = [("Clinica Lodi Centro", "Via Garibaldi 14, Lodi", "0371 555 0101"), ("Clinica Mantova San Giorgio", "Viale Risorgimento 9, Mantova", "0376 555 0144"),
        ("Clinica Parma Oltretorrente", "Via D'Azeglio 63, Parma", "0521 555 0178"), ("Clinica Asti Nord", "Corso Alessandria 120, Asti", "0141 555 0122"),
        ("Clinica Treviso Fiera", "Viale della Repubblica 31, Treviso", "0422 555 0190"), ("Clinica Udine Est", "Via Cividale 88, Udine", "0432 555 0133"),
        ("Clinica Cuneo Piazza", "Corso Nizza 47, Cuneo", "0171 555 0166"), ("Clinica Rovigo Centro", "Corso del Popolo 212, Rovigo", "0425 555 0111"),
        ("Clinica Biella Riva", "Via Italia 5, Biella", "015 555 0155"), ("Clinica Legnano Olmina", "Corso Sempione 190, Legnano", "0331 555 0188"),
        ("Clinica Sondrio Valle", "Via Trieste 26, Sondrio", "0342 555 0147"), ("Clinica Belluno Piave", "Via Feltre 71, Belluno", "0437 555 0129")]
INS = [("Fondo Salute Commercio Nord", "FSCN-22-481"), ("Assimedica Italia", "AMI/CONV/7730"), ("Mutua Ligure Soccorso", "MLG-0915"),
       ("GlobalExpat Care", "GEC-IT-5521"), ("Cassa Sanitaria Edili Alpi", "CSEA-2024-12"), ("Previdenza Tessili Salute", "PTS-334-D"),
       ("NordicSure International", "NSI-ITA-0087"), ("Fondo Assistenza Logistica", "FAL/DENT/208")]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def person(en=False):
    return f"{rng.choice(FN_EN)} {rng.choice(LN_EN)}" if en else f"{rng.choice(FN_IT)} {rng.choice(LN_IT)}"


def eur(n, en=False):
    return f"€{n:,}" if en else f"{n:,}".replace(",", ".") + " €"


COMMON = {"promemoria", "prepari", "richiamo", "ultima", "telefono", "prenotare", "reminder", "please", "draft", "write", "clinic",
          "diagnosi", "prestazioni", "allegati", "autorizzazione", "richiesta", "lettera", "previsto", "planned", "treatment",
          "situazione", "riepilogo", "prezzi", "grazie", "dolore", "freddo", "controllo", "estrazione", "sanguinamento", "igiene",
          "pain", "cold", "check", "hygiene", "request", "letter", "thanks", "domani", "presso", "settimane"}


def typo(s):
    if rng.random() < 0.35:
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if w.lower() in COMMON]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            s = " ".join(words)
    return s


# ================================================================ family 1: SMS
APPT_IT = {"igiene": "la seduta di igiene", "visita": "la visita di controllo", "controllo": "il controllo", "seduta": "la seduta",
           "ortodonzia": "il controllo ortodontico", "prima visita": "la prima visita"}
APPT_EN = {"hygiene": "hygiene appointment", "check-up": "check-up", "review": "review appointment", "appointment": "appointment",
           "aligner check": "aligner check", "first visit": "first visit"}
NOTES_IT = ["Porti la tessera sanitaria.", "Porti l'elenco dei farmaci che assume.", "Arrivi 10 minuti prima.", "Porti le mascherine attuali.",
            "Porti la tessera del fondo.", "Il bambino va accompagnato da un genitore."]
NOTES_EN = ["Please bring your ID.", "Please bring a list of your medicines.", "Please arrive 10 minutes early.", "Please bring your current aligners.",
            "Please bring your insurance card."]


def sms_example():
    en = rng.random() < 0.4
    recall = rng.random() < 0.3
    name = person(en)
    title_it = rng.choice(["Sig.", "Sig.ra"])
    cl, addr, tel = rng.choice(CLIN)
    day = rng.randint(1, 28); mon = rng.randint(0, 11); wd = rng.randrange(6)
    hh = rng.choice(["08:45", "09:30", "10:15", "11:00", "14:30", "15:45", "16:20", "17:10", "18:00"])
    if wd == 5:
        hh = rng.choice(["09:15", "10:00", "11:30"])
    note_i = rng.randrange(len(NOTES_EN)) if rng.random() < 0.6 else None
    surname = name.split()[-1]
    if not en:
        typ = rng.choice(list(APPT_IT))
        date_s = f"{WD_IT[wd]} {day:02d}/{mon+1:02d}"
        note = NOTES_IT[note_i] + " " if note_i is not None else ""
        if recall:
            months = rng.choice([4, 6, 6, 12])
            text = (f"[RICHIAMO] Gentile {title_it} {surname}, sono passati {months} mesi dalla sua ultima {'igiene' if months < 12 else 'visita'}. "
                    f"La aspettiamo presso {cl}, {addr}. Prenoti al {tel}. A presto, il team {cl}")
            reqs = [f"richiamo {'igiene' if months < 12 else 'visita'} per {title_it.lower()} {surname}, ultima seduta {months} mesi fa, {cl} ({addr}), tel {tel}",
                    f"Mi prepari l'SMS di richiamo per {name}? Ultima {'igiene' if months < 12 else 'visita'} {months} mesi fa. Sede: {cl}, {addr}. Telefono per prenotare {tel}.",
                    f"sms recall:\n- paziente {title_it} {name}\n- {months} mesi da ultima {'igiene' if months < 12 else 'visita'}\n- {cl}, {addr}\n- tel {tel}"]
        else:
            text = (f"[PROMEMORIA] Gentile {title_it} {surname}, le ricordiamo {APPT_IT[typ]} di {date_s} alle {hh} presso {cl}, {addr}. "
                    f"{note}Per spostare risponda SPOSTA o chiami il {tel}. A presto, il team {cl}")
            reqs = [f"promemoria {typ} {title_it.lower()} {surname} {date_s} h {hh} {cl} {addr} tel {tel}" + (f", {NOTES_IT[note_i].lower().rstrip('.')}" if note_i is not None else ""),
                    f"Buongiorno, mi scrivi l'sms di promemoria per {name} ({title_it}), {typ} {WD_IT[wd]} {day} {MONTHS_IT[mon]} alle {hh}, presso {cl} in {addr}. Numero per spostare: {tel}." + (f" Aggiungi: {NOTES_IT[note_i].lower()}" if note_i is not None else ""),
                    f"SMS x {surname} ({title_it.lower()}):\n{typ} – {date_s} ore {hh}\nsede {cl}, {addr}\ntel {tel}" + (f"\nnota: {NOTES_IT[note_i]}" if note_i is not None else ""),
                    f"mi serve il reminder per domani: {name}, {typ}, {date_s} {hh}, {cl} ({addr}), tel. clinica {tel}" + (". " + NOTES_IT[note_i] if note_i is not None else "")]
        req = typo(rng.choice(reqs))
        out = text + f"\n\n({len(text)}/320 caratteri)"
    else:
        typ = rng.choice(list(APPT_EN))
        date_s = f"{WD_EN[wd]} {day:02d}/{mon+1:02d}"
        note = NOTES_EN[note_i] + " " if note_i is not None else ""
        first = name.split()[0]
        if recall:
            months = rng.choice([4, 6, 6, 12])
            text = (f"[RECALL] Dear {first}, it has been {months} months since your last {'hygiene appointment' if months < 12 else 'check-up'}. "
                    f"We look forward to seeing you at {cl}, {addr}. To book call {tel}. See you soon, the {cl} team")
            reqs = [f"recall sms for {name}, last {'hygiene' if months < 12 else 'check-up'} {months} months ago, {cl}, {addr}, phone {tel}",
                    f"Can you write a recall text for {name}? Their last {'cleaning' if months < 12 else 'check-up'} was {months} months ago. Clinic: {cl}, {addr}, tel {tel}.",
                    f"richiamo in inglese per {name}, {months} mesi dall'ultima {'igiene' if months < 12 else 'visita'}, {cl} ({addr}), tel {tel}"]
        else:
            text = (f"[REMINDER] Dear {first}, this is a reminder of your {APPT_EN[typ]} on {date_s} at {hh} at {cl}, {addr}. "
                    f"{note}To reschedule reply MOVE or call {tel}. See you soon, the {cl} team")
            reqs = [f"reminder sms in english – {name}, {typ}, {WD_EN[wd]} {day} {MONTHS_EN[mon]} {hh}, {cl}, {addr}, tel {tel}" + (f". {NOTES_EN[note_i]}" if note_i is not None else ""),
                    f"Please draft the reminder for {name}: {typ} on {date_s} at {hh}, {cl} ({addr}). Reschedule number {tel}." + (f" Add: {NOTES_EN[note_i].lower()}" if note_i is not None else ""),
                    f"pz inglese {name}, {typ} {date_s} ore {hh}, sede {cl} {addr}, tel {tel}, fammi l'sms" + (f" ({NOTES_EN[note_i].lower().rstrip('.')})" if note_i is not None else ""),
                    f"reminder:\n{name}\n{typ}\n{date_s} {hh}\n{cl}, {addr}\n{tel}" + (f"\n{NOTES_EN[note_i]}" if note_i is not None else "")]
        req = typo(rng.choice(reqs))
        out = text + f"\n\n({len(text)}/320 characters)"
    assert len(text) <= 320, len(text)
    return req, out


# ================================================================ family 2: treatment plan
SCEN = [
    dict(key="impl", it_sit="Manca il dente {t} (estratto {m} mesi fa). L'osso è sufficiente per un impianto secondo la TAC.",
         en_sit="Tooth {t} is missing (extracted {m} months ago). The CBCT shows enough bone for an implant.",
         items=[("TAC cone beam", "CBCT scan", 1, (110, 175)), ("Impianto con moncone e corona", "Implant with abutment and crown", 1, (1380, 2250))],
         it_ph=["Fase 1 – TAC e pianificazione", "Fase 2 – Inserimento dell'impianto in anestesia locale", "Fase 3 – Dopo 3 mesi: impronta e corona definitiva"],
         en_ph=["Phase 1 – CBCT scan and planning", "Phase 2 – Implant placement under local anaesthetic", "Phase 3 – After 3 months: impression and final crown"],
         it_time="circa 4 mesi, 4 appuntamenti", en_time="about 4 months, 4 visits",
         it_after="Dieta morbida per 3 giorni, niente fumo per 2 settimane, controllo a 10 giorni.", en_after="Soft diet for 3 days, no smoking for 2 weeks, review at 10 days."),
    dict(key="endo", it_sit="Il dente {t} ha una carie profonda con infiammazione della polpa; dolore spontaneo da {m} giorni.",
         en_sit="Tooth {t} has deep decay with an inflamed nerve; spontaneous pain for {m} days.",
         items=[("Devitalizzazione", "Root canal treatment", 1, (300, 560)), ("Corona in zirconio", "Zirconia crown", 1, (640, 930))],
         it_ph=["Fase 1 – Devitalizzazione del dente", "Fase 2 – Corona in zirconio dopo 3–4 settimane"],
         en_ph=["Phase 1 – Root canal treatment", "Phase 2 – Zirconia crown after 3–4 weeks"],
         it_time="3–4 settimane, 3 appuntamenti", en_time="3–4 weeks, 3 visits",
         it_after="Non masticare sul dente fino alla corona; fastidio per 2–3 giorni normale.", en_after="Do not chew on the tooth until the crown is fitted; 2–3 days of tenderness is normal."),
    dict(key="perio", it_sit="Parodontite con tasche fino a {m} mm in più zone; sanguinamento diffuso.",
         en_sit="Gum disease (periodontitis) with pockets up to {m} mm in several areas; widespread bleeding.",
         items=[("Levigatura radicolare (per quadrante)", "Scaling and root planing (per quadrant)", 4, (105, 170)), ("Rivalutazione parodontale", "Periodontal re-evaluation", 1, (40, 75))],
         it_ph=["Fase 1 – Levigatura dei 4 quadranti in 2 sedute", "Fase 2 – Rivalutazione a 6 settimane", "Fase 3 – Mantenimento ogni 3–4 mesi"],
         en_ph=["Phase 1 – Deep cleaning of all 4 quadrants over 2 visits", "Phase 2 – Re-evaluation after 6 weeks", "Phase 3 – Maintenance every 3–4 months"],
         it_time="circa 2 mesi", en_time="about 2 months",
         it_after="Scovolini ogni sera, collutorio alla clorexidina per 10 giorni.", en_after="Interdental brushes every evening, chlorhexidine mouthwash for 10 days."),
    dict(key="align", it_sit="Affollamento degli incisivi inferiori e superiori; il paziente chiede una soluzione estetica.",
         en_sit="Crowding of upper and lower front teeth; the patient wants a discreet option.",
         items=[("Allineatori trasparenti", "Clear aligners", 1, (2900, 5200)), ("Contenzione (per arcata)", "Retainer (per arch)", 2, (150, 260))],
         it_ph=["Fase 1 – Scansione intraorale e progetto digitale", "Fase 2 – Allineatori, cambio ogni 7–10 giorni, controlli ogni 6–8 settimane", "Fase 3 – Contenzione"],
         en_ph=["Phase 1 – Intraoral scan and digital plan", "Phase 2 – Aligners, changed every 7–10 days, reviews every 6–8 weeks", "Phase 3 – Retainers"],
         it_time="{m} mesi circa", en_time="about {m} months",
         it_after="Mascherine 22 ore al giorno; toglierle per mangiare.", en_after="Wear aligners 22 hours a day; remove them to eat."),
    dict(key="ext", it_sit="Il dente del giudizio {t} è incluso e ha dato {m} episodi di infiammazione.",
         en_sit="Wisdom tooth {t} is impacted and has caused {m} episodes of infection.",
         items=[("Ortopanoramica", "Panoramic X-ray", 1, (40, 70)), ("Estrazione chirurgica", "Surgical extraction", 1, (260, 420))],
         it_ph=["Fase 1 – Ortopanoramica", "Fase 2 – Estrazione in anestesia locale", "Fase 3 – Rimozione punti a 7–10 giorni"],
         en_ph=["Phase 1 – Panoramic X-ray", "Phase 2 – Extraction under local anaesthetic", "Phase 3 – Stitches out at 7–10 days"],
         it_time="2 settimane", en_time="2 weeks",
         it_after="Ghiaccio nelle prime 6 ore, niente sciacqui per 24 ore.", en_after="Ice for the first 6 hours, no rinsing for 24 hours."),
    dict(key="ven", it_sit="Il paziente non è soddisfatto della forma e del colore dei {m} denti anteriori superiori.",
         en_sit="The patient is unhappy with the shape and colour of the {m} upper front teeth.",
         items=[("Sbiancamento alla poltrona", "In-office whitening", 1, (250, 420)), ("Faccetta in ceramica", "Porcelain veneer", 4, (590, 880))],
         it_ph=["Fase 1 – Sbiancamento", "Fase 2 – Mock-up estetico", "Fase 3 – Preparazione e cementazione delle faccette"],
         en_ph=["Phase 1 – Whitening", "Phase 2 – Aesthetic mock-up", "Phase 3 – Veneer preparation and bonding"],
         it_time="4–5 settimane", en_time="4–5 weeks",
         it_after="Evitare di mordere oggetti duri; bite notturno se bruxismo.", en_after="Avoid biting hard objects; night guard if grinding."),
    dict(key="dent", it_sit="Arcata superiore edentula; la protesi attuale ha {m} anni e non è più stabile.",
         en_sit="No teeth in the upper jaw; the current denture is {m} years old and no longer stable.",
         items=[("Protesi totale superiore", "Upper complete denture", 1, (1250, 1950)), ("Controllo e ribasatura a 3 mesi", "3-month check and reline", 1, (90, 180))],
         it_ph=["Fase 1 – Impronte e registrazioni", "Fase 2 – Prova denti", "Fase 3 – Consegna e controlli"],
         en_ph=["Phase 1 – Impressions and bite records", "Phase 2 – Try-in", "Phase 3 – Fitting and reviews"],
         it_time="4 settimane, 5 appuntamenti", en_time="4 weeks, 5 visits",
         it_after="Pulire la protesi ogni sera, toglierla di notte.", en_after="Clean the denture every evening and leave it out at night."),
    dict(key="kids", it_sit="Bambino di {m} anni, primi molari permanenti appena erotti, rischio carie medio.",
         en_sit="Child aged {m}, first permanent molars just through, medium decay risk.",
         items=[("Visita pedodontica", "Paediatric check-up", 1, (35, 60)), ("Sigillatura (per dente)", "Fissure sealant (per tooth)", 4, (28, 52)), ("Fluoroprofilassi", "Fluoride application", 1, (20, 40))],
         it_ph=["Fase 1 – Visita e igiene", "Fase 2 – Sigillature dei 4 molari", "Fase 3 – Fluoro e richiamo a 6 mesi"],
         en_ph=["Phase 1 – Check-up and cleaning", "Phase 2 – Sealants on the 4 molars", "Phase 3 – Fluoride and 6-month recall"],
         it_time="1–2 appuntamenti", en_time="1–2 visits",
         it_after="Dopo il fluoro niente cibo né bevande per 30 minuti.", en_after="No food or drink for 30 minutes after fluoride."),
]
TEETH = ["16", "26", "36", "46", "14", "24", "35", "45", "37", "47"]


def plan_example(missing_price=False):
    en = rng.random() < 0.4
    sc = rng.choice(SCEN)
    name = person(en)
    cl, addr, tel = rng.choice(CLIN)
    doc = rng.choice(DOCS)
    t = rng.choice(["18", "28", "38", "48"]) if sc["key"] == "ext" else rng.choice(TEETH)
    m = {"impl": rng.randint(2, 9), "endo": rng.randint(2, 6), "perio": rng.randint(5, 8), "align": rng.randint(10, 20), "ext": rng.randint(2, 4),
         "ven": rng.choice([2, 4, 6]), "dent": rng.randint(8, 15), "kids": rng.randint(6, 8)}[sc["key"]]
    items = []
    for it_n, en_n, q, (lo, hi) in sc["items"]:
        items.append([it_n, en_n, q, rng.randrange(lo, hi, 5)])
    miss_idx = rng.randrange(len(items)) if missing_price else None
    day = rng.randint(1, 28); mon = rng.randint(0, 11); yr = rng.choice([2024, 2025])
    date_it = f"{day} {MONTHS_IT[mon]} {yr}"; date_en = f"{day} {MONTHS_EN[mon]} {yr}"
    sit = (sc["en_sit"] if en else sc["it_sit"]).format(t=t, m=m)
    # request
    price_bits = []
    for i, (it_n, en_n, q, p) in enumerate(items):
        nm = en_n if en else it_n
        if i == miss_idx:
            price_bits.append(f"{nm.lower()} x{q}" + (" (price tbc)" if en else " (prezzo lo mettiamo dopo)"))
        else:
            price_bits.append(f"{nm.lower()} x{q} {p}")
    sit_short = sit.split(";")[0].split(".")[0]
    if en:
        reqs = [f"Treatment plan summary for {name}, {cl}, {doc}, dated {date_en}. Findings: {sit} Items: " + "; ".join(price_bits) + f". Timeline {sc['en_time'].format(m=m)}.",
                f"pls write up the plan for pt {name} ({cl}) – {sit_short.lower()}. costs: " + ", ".join(price_bits) + f". dentist {doc}, date {date_en}",
                f"Patient-friendly plan in English:\n- patient: {name}\n- clinic: {cl}\n- dentist: {doc}\n- date: {date_en}\n- situation: {sit}\n- items: " + "; ".join(price_bits) + f"\n- time: {sc['en_time'].format(m=m)}",
                f"piano di cura in inglese per {name}, {cl}, {doc}, {date_en}. {sit} Voci: " + "; ".join(price_bits) + f". Tempi: {sc['en_time'].format(m=m)}"]
    else:
        reqs = [f"Mi prepari il riepilogo del piano di cura per {name}? {cl}, {doc}, data {date_it}. Situazione: {sit} Voci: " + "; ".join(price_bits) + f". Tempi: {sc['it_time'].format(m=m)}.",
                f"piano x {name} – {sit_short.lower()}. " + ", ".join(price_bits) + f". {doc}, {cl}, {date_it}",
                f"Riepilogo piano di trattamento:\n- paziente {name}\n- sede {cl}\n- dentista {doc}\n- data {date_it}\n- quadro: {sit}\n- prestazioni: " + "; ".join(price_bits) + f"\n- tempi: {sc['it_time'].format(m=m)}",
                f"ciao, serve il piano per il pz {name}. {sit} Prezzi: " + " / ".join(price_bits) + f". Lo firma {doc} ({cl}), {date_it}. grazie"]
    req = typo(rng.choice(reqs))
    time_given = (sc["en_time"] if en else sc["it_time"]).format(m=m) in req
    # output
    rows = []
    total = 0
    for i, (it_n, en_n, q, p) in enumerate(items):
        nm = en_n if en else it_n
        if i == miss_idx:
            tbc = "[to be completed]" if en else "[da completare]"
            rows.append(f"| {nm} | {q} | {tbc} | {tbc} |")
        else:
            rows.append(f"| {nm} | {q} | {eur(p, en)} | {eur(p*q, en)} |")
            total += p * q
    if en:
        tot = f"| **Total** | | | **{eur(total, en)}**{' + item to be completed' if miss_idx is not None else ''} |"
        out = [f"TREATMENT PLAN – {name}", f"Clinic: {cl} | Dentist: {doc} | Date: {date_en}", "",
               "1. Current situation", sit, "", "2. Proposed treatment"] + [f"- {x}" for x in sc["en_ph"]] + ["",
               "3. Costs", "| Item | Qty | Unit price | Total |", "|---|---|---|---|"] + rows + [tot, "",
               "4. Expected timeline", (sc["en_time"].format(m=m)[0].upper() + sc["en_time"].format(m=m)[1:] + ".") if time_given else "[to be completed]", "",
               "5. Aftercare", sc["en_after"], "",
               "6. Validity and notes", "This estimate is valid for 90 days from the date above. Any change to the plan requires a new signed estimate."
               + (" One price is still to be confirmed by the clinic." if miss_idx is not None else "")]
    else:
        tot = f"| **Totale** | | | **{eur(total)}**{' + voce da completare' if miss_idx is not None else ''} |"
        out = [f"PIANO DI TRATTAMENTO – {name}", f"Clinica: {cl} | Odontoiatra: {doc} | Data: {date_it}", "",
               "1. Situazione attuale", sit, "", "2. Trattamenti proposti"] + [f"- {x}" for x in sc["it_ph"]] + ["",
               "3. Costi", "| Voce | Qtà | Prezzo unitario | Totale |", "|---|---|---|---|"] + rows + [tot, "",
               "4. Tempi previsti", (sc["it_time"].format(m=m)[0].upper() + sc["it_time"].format(m=m)[1:] + ".") if time_given else "[da completare]", "",
               "5. Dopo il trattamento", sc["it_after"], "",
               "6. Validità e note", "Il preventivo è valido 90 giorni dalla data indicata. Ogni modifica del piano richiede un nuovo preventivo firmato."
               + (" Un prezzo è ancora da confermare da parte della clinica." if miss_idx is not None else "")]
    return req, "\n".join(out)


# ================================================================ family 3: pre-authorisation letter
DX = [("carie profonda con pulpite irreversibile del {t}", "deep decay with irreversible pulpitis of {t}", [("Devitalizzazione", "Root canal treatment", (300, 560)), ("Corona in zirconio", "Zirconia crown", (640, 930))]),
      ("edentulia singola in sede {t}", "single missing tooth at {t}", [("Impianto con moncone e corona", "Implant with abutment and crown", (1380, 2250))]),
      ("parodontite stadio III", "stage III periodontitis", [("Levigatura radicolare (4 quadranti)", "Scaling and root planing (4 quadrants)", (420, 680))]),
      ("dente del giudizio {t} incluso con pericoronite ricorrente", "impacted wisdom tooth {t} with recurrent pericoronitis", [("Estrazione chirurgica", "Surgical extraction", (260, 420))]),
      ("frattura coronale del {t}", "crown fracture of {t}", [("Ricostruzione in composito", "Composite build-up", (95, 160)), ("Corona in metallo-ceramica", "Metal-ceramic crown", (520, 720))]),
      ("malocclusione di II classe con affollamento", "class II malocclusion with crowding", [("Allineatori trasparenti", "Clear aligners", (2900, 5200))])]


def preauth_example():
    en = rng.random() < 0.35
    name = person(en)
    ins, code = rng.choice(INS)
    cl, addr, tel = rng.choice(CLIN)
    doc = rng.choice(DOCS)
    t = rng.choice(TEETH)
    dx_it, dx_en, procs = rng.choice(DX)
    if "giudizio" in dx_it:
        t = rng.choice(["18", "28", "38", "48"])
    dx = (dx_en if en else dx_it).format(t=t)
    pol = f"{rng.choice(['POL', 'ASS', 'MBR', 'N'])}-{rng.randint(100000, 999999)}"
    lines = [((en_n if en else it_n), rng.randrange(lo, hi, 5)) for it_n, en_n, (lo, hi) in procs]
    tot = sum(p for _, p in lines)
    day = rng.randint(1, 28); mon = rng.randint(0, 11); yr = rng.choice([2024, 2025])
    start = f"{day} {MONTHS_EN[mon]} {yr}" if en else f"{day} {MONTHS_IT[mon]} {yr}"
    drop_code = rng.random() < 0.2
    drop_pol = (not drop_code) and rng.random() < 0.15
    encl_it = rng.choice([["ortopanoramica", "piano di cura firmato"], ["ortopanoramica", "piano di cura firmato", "foto intraorali"], ["radiografia endorale", "piano di cura firmato"]])
    encl_en = {"ortopanoramica": "panoramic X-ray", "piano di cura firmato": "signed treatment plan", "foto intraorali": "intraoral photos", "radiografia endorale": "periapical X-ray"}
    encl = [encl_en[x] for x in encl_it] if en else encl_it
    signer = rng.choice(["reception", "doc"])
    sig_name = doc if signer == "doc" else person(False)
    sig_role = ("Treating dentist" if en else "Odontoiatra curante") if signer == "doc" else ("Reception / admin office" if en else "Segreteria amministrativa")
    proc_str = "; ".join(f"{n} {eur(p, en)}" for n, p in lines)
    if en:
        reqs = [f"Pre-auth letter to {ins} for {name}, policy {'' if drop_pol else pol}, agreement code {'' if drop_code else code}. Dx: {dx}. Treatment: {proc_str}. Dentist {doc}, {cl} ({addr}). Start {start}. Enclosures: {', '.join(encl)}. Sign as {sig_name}, {sig_role.lower()}.",
                f"need preauth request – insurer {ins}" + ("" if drop_code else f" (code {code})") + f"\nmember {name}" + ("" if drop_pol else f" #{pol}") + f"\n{dx}\n{proc_str}\n{cl}, {addr}, {doc}\nplanned {start}\nattach: {', '.join(encl)}\nsigned {sig_name}",
                f"Could you write the pre-authorisation request for {name} ({ins}" + ("" if drop_pol else f", member no. {pol}") + f")? Diagnosis {dx}; we plan {proc_str}, starting {start}, with {doc} at {cl}, {addr}." + ("" if drop_code else f" Agreement code {code}.") + f" We'll attach {', '.join(encl)}. From {sig_name}."]
    else:
        reqs = [f"Lettera di autorizzazione preventiva a {ins} per {name}, polizza {'' if drop_pol else pol}, codice convenzione {'' if drop_code else code}. Diagnosi: {dx}. Prestazioni: {proc_str}. {doc}, {cl} ({addr}). Inizio previsto {start}. Allegati: {', '.join(encl)}. Firma {sig_name} ({sig_role.lower()}).",
                f"preautorizzazione {ins}" + ("" if drop_code else f" cod. conv. {code}") + f"\nassistito {name}" + ("" if drop_pol else f" n. {pol}") + f"\ndx {dx}\n{proc_str}\n{cl} {addr} – {doc}\ninizio {start}\nallegati {', '.join(encl)}\nfirma {sig_name}",
                f"Mi scrivi la richiesta di autorizzazione per {name} ({ins}" + ("" if drop_pol else f", n. {pol}") + f")? Diagnosi {dx}, prestazioni {proc_str}, inizio {start}, {doc} presso {cl}, {addr}." + ("" if drop_code else f" Codice convenzione {code}.") + f" Alleghiamo {', '.join(encl)}. Firma: {sig_name}."]
    req = typo(rng.choice(reqs))
    tbc = "[to be completed]" if en else "[da completare]"
    if en:
        out = [f"To: {ins}", "Pre-authorisation Department", "",
               f"Re: Pre-authorisation request – {name}", "", "Dear Sir or Madam,", "",
               "We request pre-authorisation for the treatment below.", "",
               f"1. Member: {name}", f"2. Policy / member number: {tbc if drop_pol else pol}", f"3. Provider: {cl}, {addr}",
               f"4. Treating dentist: {doc}", f"5. Agreement code: {tbc if drop_code else code}", f"6. Diagnosis: {dx[0].upper() + dx[1:]}",
               "7. Requested treatment:"] + [f"   - {n}: {eur(p, True)}" for n, p in lines] + [
               f"8. Total estimated cost: {eur(tot, True)}", f"9. Planned start date: {start}", f"10. Enclosures: {', '.join(encl)}", "",
               "We will not start treatment before receiving your written approval.", "", "Yours faithfully,", "", sig_name, f"{sig_role} – {cl}"]
    else:
        out = [f"Spett.le {ins}", "Ufficio Autorizzazioni", "",
               f"Oggetto: Richiesta di autorizzazione preventiva – {name}", "",
               "Con la presente si richiede l'autorizzazione preventiva per le prestazioni di seguito indicate.", "",
               f"1. Assistito: {name}", f"2. N. polizza / codice assistito: {tbc if drop_pol else pol}", f"3. Struttura: {cl}, {addr}",
               f"4. Odontoiatra curante: {doc}", f"5. Codice convenzione: {tbc if drop_code else code}", f"6. Diagnosi: {dx[0].upper() + dx[1:]}",
               "7. Prestazioni richieste:"] + [f"   - {n}: {eur(p)}" for n, p in lines] + [
               f"8. Importo complessivo stimato: {eur(tot)}", f"9. Data prevista di inizio cure: {start}", f"10. Documentazione allegata: {', '.join(encl)}", "",
               "Restiamo in attesa di Vostro riscontro scritto prima dell'inizio delle cure.", "", "Distinti saluti,", "", sig_name, f"{sig_role} – {cl}"]
    return req, "\n".join(out)


# ================================================================ family 4: SOAP
SOAP = [
    dict(note_it="pz {n} {a}a, dolore {t} da {d}gg, peggio col freddo e notte. no farmaci. allergie: {al}. EO neg. IO: carie prof {t}, perc +, test freddo dolore persistente. rx endorale: radiotrasp vicina a polpa. dx pulpite irreversibile {t}. fatto: LA articaina, apertura camera pulpare, medicazione CaOH, provv. prox: completare endo tra 7gg",
         note_en="pt {n} {a}y, pain {t} {d} days, worse w cold + at night. no meds. allergies: {al}. EO nad. IO deep caries {t}, TTP +, cold test lingering pain. PA xray: radiolucency close to pulp. dx irreversible pulpitis {t}. done: LA articaine, access, CaOH dressing, temp. next: finish RCT in 7 days",
         S_it="Dolore al dente {t} da {d} giorni, aumenta con il freddo e di notte. Nessun farmaco in corso.", S_en="Pain at tooth {t} for {d} days, worse with cold and at night. No current medication.",
         O_it="Esame extraorale negativo. Intraorale: carie profonda su {t}, percussione positiva, test al freddo con dolore persistente. Rx endorale: radiotrasparenza in prossimità della polpa.",
         O_en="Extraoral exam: no abnormality. Intraoral: deep caries on {t}, tender to percussion, cold test with lingering pain. Periapical X-ray: radiolucency close to the pulp.",
         A_it="Pulpite irreversibile del {t}.", A_en="Irreversible pulpitis of {t}.",
         P_it="Eseguiti: anestesia locale con articaina, apertura della camera pulpare, medicazione con idrossido di calcio, otturazione provvisoria. Prossimo appuntamento: completamento della terapia canalare tra 7 giorni.",
         P_en="Done: local anaesthetic (articaine), access cavity, calcium hydroxide dressing, temporary filling. Next: complete root canal treatment in 7 days."),
    dict(note_it="{n}, {a} anni, controllo + igiene. riferisce sanguinamento gengive spazzolando. fuma 10/die. allergie {al}. sondaggio: PD 4-5mm sett. post, BOP 35%. tartaro sottogeng. inf. ant. dx gengivite/paro iniziale. fatta igiene + istruzioni scovolini. richiamo 4 mesi, consigliato smettere fumo",
         note_en="{n}, {a}, check + hygiene. c/o bleeding gums on brushing. smokes 10/day. allergies {al}. probing PD 4-5mm posterior, BOP 35%. subging calculus lower ant. dx gingivitis/early perio. hygiene done + IDB instructions. recall 4 months, advised quit smoking",
         S_it="Riferisce sanguinamento delle gengive durante lo spazzolamento. Fumatore (10 sigarette al giorno).", S_en="Reports bleeding gums when brushing. Smoker (10 cigarettes a day).",
         O_it="Sondaggio: profondità 4–5 mm nei settori posteriori, sanguinamento al sondaggio 35%. Tartaro sottogengivale nel settore anteriore inferiore.",
         O_en="Probing depths 4–5 mm in posterior sextants, bleeding on probing 35%. Subgingival calculus lower anterior region.",
         A_it="Gengivite / parodontite iniziale.", A_en="Gingivitis / early periodontitis.",
         P_it="Eseguita igiene professionale; istruzioni per l'uso degli scovolini. Consigliato smettere di fumare. Richiamo tra 4 mesi.",
         P_en="Professional hygiene done; interdental brush instructions given. Advised to stop smoking. Recall in 4 months."),
    dict(note_it="{n} {a}a urgenza: gonfiore guancia sx da {d}gg, febbre 37,8. allergie {al}. EO tumefazione geniena sx. IO: {t} con ampia carie, ascesso vestibolare fluttuante. opt: lesione periapicale {t}. dx ascesso periapicale acuto {t}. fatto incisione e drenaggio, prescritto amoxicillina 1g x3 6gg + paracetamolo. ricontrollo 48h, poi valutare endo vs estrazione",
         note_en="{n} {a}y emergency: L cheek swelling {d} days, temp 37.8. allergies {al}. EO L facial swelling. IO {t} large caries, fluctuant buccal abscess. OPG periapical lesion {t}. dx acute periapical abscess {t}. I&D done, rx amoxicillin 1g tds 6 days + paracetamol. review 48h then RCT vs XLA",
         S_it="Gonfiore alla guancia sinistra da {d} giorni, febbre a 37,8 °C.", S_en="Swelling of the left cheek for {d} days, temperature 37.8 °C.",
         O_it="Extraorale: tumefazione genieana sinistra. Intraorale: {t} con carie estesa, ascesso vestibolare fluttuante. Ortopanoramica: lesione periapicale del {t}.",
         O_en="Extraoral: left facial swelling. Intraoral: {t} with extensive caries, fluctuant buccal abscess. Panoramic X-ray: periapical lesion at {t}.",
         A_it="Ascesso periapicale acuto del {t}.", A_en="Acute periapical abscess of {t}.",
         P_it="Eseguiti incisione e drenaggio. Prescritti amoxicillina 1 g tre volte al giorno per 6 giorni e paracetamolo al bisogno. Controllo tra 48 ore, poi decisione tra terapia canalare ed estrazione.",
         P_en="Incision and drainage performed. Prescribed amoxicillin 1 g three times daily for 6 days and paracetamol as needed. Review in 48 hours, then decide between root canal treatment and extraction."),
    dict(note_it="{n} {a}a, estrazione {t} programmata. allergie {al}. pressione 135/85. {t} con frattura radicolare verticale (rx). LA lidocaina 2 tubofiale, estrazione senza complicanze, emostasi ok, 2 punti riassorbibili. istruzioni post-op consegnate. controllo 7gg, poi valutare impianto",
         note_en="{n} {a}y, planned XLA {t}. allergies {al}. BP 135/85. {t} vertical root fracture (xray). LA lidocaine 2 carps, uneventful extraction, haemostasis ok, 2 resorbable sutures. post-op instructions given. review 7 days, then consider implant",
         S_it="Si presenta per l'estrazione programmata del {t}.", S_en="Attends for the planned extraction of {t}.",
         O_it="Pressione arteriosa 135/85. Radiografia: frattura radicolare verticale del {t}.", O_en="Blood pressure 135/85. X-ray: vertical root fracture of {t}.",
         A_it="Frattura radicolare verticale del {t}, dente non recuperabile.", A_en="Vertical root fracture of {t}, tooth not restorable.",
         P_it="Anestesia locale con lidocaina (2 tubofiale); estrazione senza complicanze, emostasi ottenuta, 2 punti riassorbibili. Consegnate le istruzioni post-operatorie. Controllo tra 7 giorni, poi valutazione per impianto.",
         P_en="Local anaesthetic with lidocaine (2 cartridges); uneventful extraction, haemostasis achieved, 2 resorbable sutures. Post-operative instructions given. Review in 7 days, then implant assessment."),
    dict(note_it="{n} ({a}) controllo allineatori mascherina {d}/24. riferisce leggero fastidio, porta 20h/die. allergie {al}. tracking ok tranne {t} (1mm). attachment ok. consegnate mascherine fino alla {d2}. ricordato 22h. prossimo controllo 8 sett",
         note_en="{n} ({a}) aligner check tray {d}/24. mild discomfort, wears 20h/day. allergies {al}. tracking ok except {t} (1mm). attachments ok. trays given up to {d2}. reminded 22h wear. next review 8 wks",
         S_it="Controllo allineatori (mascherina {d} di 24). Leggero fastidio; riferisce di portarle circa 20 ore al giorno.", S_en="Aligner review (tray {d} of 24). Mild discomfort; reports wearing them about 20 hours a day.",
         O_it="Tracking corretto tranne il {t} (scostamento di 1 mm). Attachment integri.", O_en="Tracking correct except {t} (1 mm off). Attachments intact.",
         A_it="Trattamento in corso regolarmente; lieve ritardo sul {t} legato all'uso insufficiente.", A_en="Treatment progressing; slight lag at {t} linked to insufficient wear.",
         P_it="Consegnate le mascherine fino alla n. {d2}. Ricordato l'uso per 22 ore al giorno. Prossimo controllo tra 8 settimane.",
         P_en="Trays issued up to no. {d2}. Reminded of 22-hour daily wear. Next review in 8 weeks."),
]
SOAP.append(dict(
    note_it="{n} {a}a, estr. {t} (radice residua). in TAO: apixaban 5mg x2, ultima dose stamattina ore 8, NON sospeso. allergie {al}. {t} residuo radicolare, mobilità grado 2. LA articaina 1 tubofiala, estrazione ok, spugna collagene + 2 punti. sciacqui ac. tranexamico come da protocollo interno. tel di controllo domani. controllo 7gg",
    note_en="{n} {a}y, XLA {t} (retained root). on apixaban 5mg bd, last dose 8am today, NOT stopped. allergies {al}. {t} retained root, mobility grade 2. LA articaine 1 carp, XLA ok, collagen sponge + 2 sutures. tranexamic acid rinses per internal protocol. phone check tomorrow. review 7 days",
    S_it="Si presenta per l'estrazione del {t} (radice residua). In terapia con apixaban 5 mg due volte al giorno; ultima dose alle 8:00 di oggi, terapia non sospesa.",
    S_en="Attends for extraction of {t} (retained root). Takes apixaban 5 mg twice daily; last dose at 08:00 today, not interrupted.",
    O_it="Residuo radicolare del {t} con mobilità di grado 2.", O_en="Retained root of {t}, mobility grade 2.",
    A_it="Residuo radicolare del {t} da estrarre in paziente in terapia con anticoagulante orale diretto.", A_en="Retained root of {t} requiring extraction in a patient on a direct oral anticoagulant.",
    P_it="Anestesia locale con articaina (1 tubofiala); estrazione senza complicanze; spugna di collagene nell'alveolo e 2 punti. Sciacqui con acido tranexamico secondo il protocollo interno [schema da completare]. Telefonata di controllo domani. Controllo tra 7 giorni.",
    P_en="Local anaesthetic with articaine (1 cartridge); uneventful extraction; collagen sponge in the socket and 2 sutures. Tranexamic acid rinses as per internal protocol [regimen to be completed]. Phone check tomorrow. Review in 7 days.",
    alert_it="terapia anticoagulante (apixaban)", alert_en="anticoagulant therapy (apixaban)"))

ALLERG_IT = ["nessuna", "penicillina", "lattice", "nichel", "nessuna nota"]
ALLERG_EN = ["none", "penicillin", "latex", "nickel", "NKDA"]


def soap_example():
    en = rng.random() < 0.4
    sc = rng.choice(SOAP)
    name = person(en)
    a = rng.randint(19, 78)
    t = rng.choice(TEETH)
    d = rng.randint(2, 14)
    d2 = d + rng.choice([3, 4])
    ai = rng.randrange(len(ALLERG_IT))
    al = ALLERG_EN[ai] if en else ALLERG_IT[ai]
    if sc is SOAP[2] and ai == 1:  # penicillin allergy + amoxicillin: avoid contradictory example
        ai = 0; al = ALLERG_EN[0] if en else ALLERG_IT[0]
    doc = rng.choice(DOCS)
    day = rng.randint(1, 28); mon = rng.randint(0, 11); yr = rng.choice([2024, 2025])
    date = f"{day:02d}/{mon+1:02d}/{yr}"
    fmt = dict(n=name, a=a, t=t, d=d, d2=d2, al=al)
    note = (sc["note_en"] if en else sc["note_it"]).format(**fmt)
    lead = rng.choice(["", "", "note: ", "clean up: ", "soap pls\n", "SOAP:\n"] if en else ["", "", "note: ", "sistemami in SOAP: ", "soap\n", "da mettere in cartella:\n"])
    tail = rng.choice(["", f" – {doc} {date}", f"\n{doc}, {date}"])
    req = typo(lead + note + tail)
    has_doc = bool(tail)
    k = "en" if en else "it"
    S = sc[f"S_{k}"].format(**fmt); O = sc[f"O_{k}"].format(**fmt); A = sc[f"A_{k}"].format(**fmt); P = sc[f"P_{k}"].format(**fmt)
    tbc = "[to be completed]" if en else "[da completare]"
    if en:
        alert = "none reported" if ai in (0, 4) else f"allergy to {al}"
        if sc.get("alert_en"):
            alert = sc["alert_en"] if ai in (0, 4) else f"{sc['alert_en']}; allergy to {al}"
        out = ["CLINICAL NOTE – SOAP", f"Patient: {name}, {a} y | Date: {date if has_doc else tbc} | Clinician: {doc if has_doc else tbc}", "",
               "S – Subjective", S, "", "O – Objective", O, "", "A – Assessment", A, "", "P – Plan", P, "", f"Alerts: {alert}"]
    else:
        alert = "nessuna segnalata" if ai in (0, 4) else f"allergia a {al}"
        if sc.get("alert_it"):
            alert = sc["alert_it"] if ai in (0, 4) else f"{sc['alert_it']}; allergia a {al}"
        out = ["NOTA CLINICA – SOAP", f"Paziente: {name}, {a} anni | Data: {date if has_doc else tbc} | Operatore: {doc if has_doc else tbc}", "",
               "S – Soggettivo", S, "", "O – Oggettivo", O, "", "A – Valutazione", A, "", "P – Piano", P, "", f"Allerte: {alert}"]
    return req, "\n".join(out)


def build(n_per, seen):
    rows = []
    gens = [lambda: sms_example(), lambda: plan_example(missing_price=rng.random() < 0.15), lambda: preauth_example(), lambda: soap_example()]
    for g in gens:
        k = 0
        while k < n_per:
            req, out = g()
            if req in seen:
                continue
            seen.add(req)
            rows.append({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": req}, {"role": "assistant", "content": out}]})
            k += 1
    rng.shuffle(rows)
    return rows


seen = set()
train = build(25, seen)
val = build(5, seen)
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "train.jsonl"), "w") as f:
    for r in train:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "validation.jsonl"), "w") as f:
    for r in val:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(train), len(val))

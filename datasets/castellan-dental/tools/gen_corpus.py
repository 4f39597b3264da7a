#!/usr/bin/env python3
"""Generate the Castellan Dental Group corpus from entity tables in data.py (+ core docs in core_docs.py)."""
import os, random, re, sys, json
sys.path.insert(0, os.path.dirname(__file__))
from data import *

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
rng = random.Random(20261015)
DOCS = {}


def slugify(s):
    s = s.lower()
    for a, b in [("à", "a"), ("è", "e"), ("é", "e"), ("ì", "i"), ("ò", "o"), ("ù", "u"), ("'", "-"), ("’", "-")]:
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def add(fname, title, date, body, label="Updated"):
    assert fname not in DOCS, fname
    DOCS[fname] = f"# {title}\n{label}: {date}\n\n{body.strip()}\n"


def eur(n):
    s = f"{n:,}".replace(",", ".")
    return f"{s} €"


def eur_en(n):
    return f"€{n:,}"


def pick(*opts):
    return rng.choice(opts)


# ---------------------------------------------------------------- entities
clinics = []
for row in CLINICS:
    (slug, name, city, region, addr, cap, phone, tier, sat, wk, thu, parking, transit, mgr, opened, chairs) = row
    clinics.append(dict(slug=slug, name=name, city=city, region=region, addr=addr, cap=cap, phone=phone, tier=tier,
                        sat=sat, wk=wk, thu=thu, parking=parking, transit=transit, mgr=mgr, opened=opened, chairs=chairs,
                        email=f"{slug}@castellandental.it"))
CL = {c["slug"]: c for c in clinics}
TR = {t[0]: dict(code=t[0], it=t[1], en=t[2], cat=t[3], dur=t[4], sess=t[5], old=t[6], new=t[7] or t[6], changed=t[7] is not None) for t in TREATMENTS}


def price(code, tier):
    return TR[code]["new"][TIER_IDX[tier]]


def old_price(code, tier):
    return TR[code]["old"][TIER_IDX[tier]]


# dentists: 4 per clinic
spec_cycle = [["implantologia"], ["ortodonzia"], ["endodonzia", "conservativa"], ["parodontologia"],
              ["protesi"], ["pedodonzia"], ["gnatologia", "protesi"], ["implantologia", "parodontologia"]]
dentists = []
used = set()
lasts = LAST[:]
rng.shuffle(lasts)
for ci, c in enumerate(clinics):
    roles = [spec_cycle[0 if ci % 2 == 0 else 7], spec_cycle[1], spec_cycle[2 + (ci % 2)], spec_cycle[4 + (ci % 3)]]
    for k in range(4):
        female = rng.random() < 0.5
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = lasts.pop()
        name = f"{first} {last}"
        langs = ["italiano"] + rng.sample(LANGS_EXTRA, rng.choice([0, 1, 1, 2]))
        if c["slug"] in INTL_CLINICS and k == 0 and "inglese" not in langs:
            langs.append("inglese")
        ndays = rng.choice([2, 3, 3, 4, 5])
        days = sorted(rng.sample(DAYS, ndays), key=DAYS.index)
        if c["sat"] and rng.random() < 0.4:
            days.append("sabato")
        d = dict(name=name, first=first, last=last, female=female, title="Dott.ssa" if female else "Dott.",
                 specs=roles[k], clinic=c["slug"], langs=langs, days=days, uni=rng.choice(UNIS),
                 grad=rng.randint(1992, 2018), reg=rng.randint(1200, 9800), slug=slugify(name), lead=(k == 0))
        d["prov"] = c["city"]
        dentists.append(d)
# secondary clinics for 18 dentists
for d in rng.sample(dentists, 18):
    same_city = [c for c in clinics if c["city"] == CL[d["clinic"]]["city"] and c["slug"] != d["clinic"]]
    pool = same_city or [c for c in clinics if c["region"] == CL[d["clinic"]]["region"] and c["slug"] != d["clinic"]]
    if pool:
        d["second"] = rng.choice(pool)["slug"]
        d["second_day"] = rng.choice([x for x in DAYS if x not in d["days"]] or ["venerdì"])
DBYC = {c["slug"]: [d for d in dentists if d["clinic"] == c["slug"] or d.get("second") == c["slug"]] for c in clinics}


def dentists_for(cslug, code):
    out = []
    for d in DBYC[cslug]:
        for s in d["specs"]:
            if code in SPECIALTIES[s][2]:
                out.append(d)
                break
    return out


def insurers_for(c):
    out = []
    for ins in INSURERS:
        if ins["regions"] is None or c["region"] in ins["regions"]:
            out.append(ins)
    return out


def hours_table_it(c):
    rows = ["| Giorno | Orario |", "|---|---|"]
    for d in ["Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì"]:
        h = c["wk"]
        if d == "Giovedì" and c["thu"]:
            h = c["wk"].split("–")[0] + "–" + c["thu"]
        rows.append(f"| {d} | {h} |")
    rows.append(f"| Sabato | {NEW_SAT if c['sat'] else 'chiuso'} |")
    rows.append("| Domenica | chiuso |")
    return "\n".join(rows)


def hours_en(c):
    wk = c["wk"]
    s = f"Monday to Friday {wk}"
    if c["thu"]:
        s += f" (Thursday until {c['thu']})"
    s += f"; Saturday {NEW_SAT}" if c["sat"] else "; closed on Saturday"
    return s + "; closed on Sunday."


# ---------------------------------------------------------------- clinic pages (IT)
for i, c in enumerate(clinics):
    ds = [d for d in dentists if d["clinic"] == c["slug"]]
    seconds = [d for d in dentists if d.get("second") == c["slug"]]
    intro = pick(
        f"{c['name']} è una delle {25} cliniche del gruppo Castellan Dental Group. Aperta nel {c['opened']}, dispone di {c['chairs']} riuniti e di una sala radiologica con ortopanoramica e TAC cone beam.",
        f"Aperta nel {c['opened']}, la clinica {c['name']} serve l'area di {c['city']} con {c['chairs']} riuniti odontoiatrici, radiologia digitale e una sala dedicata alla chirurgia implantare.",
        f"La sede {c['name']} fa parte della rete Castellan Dental Group dal {c['opened']}. Qui lavorano {len(ds)} odontoiatri stabili e un team di igienisti e assistenti su {c['chairs']} poltrone.")
    body = [intro, ""]
    body.append("## Indirizzo e contatti\n")
    body.append(f"- **Indirizzo:** {c['addr']}, {c['cap']} {c['city']}")
    body.append(f"- **Telefono:** {c['phone']}")
    body.append(f"- **Email:** {c['email']}")
    body.append(f"- **Responsabile di sede:** {c['mgr']}")
    body.append(f"- **Fascia di listino:** {c['tier']} (vedi *Listino prezzi {c['name']}*)")
    if c["slug"] == "bergamo-centro":
        body.append(f"\n> Dal 15 giugno 2026 la clinica si è trasferita da {BERGAMO_OLD_ADDRESS} alla nuova sede di {c['addr']}. Telefono ed email non sono cambiati. Vedi *Avviso: trasferimento di Castellan Bergamo Centro*.")
    body.append("\n## Orari\n")
    body.append(hours_table_it(c))
    if c["sat"]:
        body.append(f"\nDal 5 settembre 2026 l'orario del sabato è {NEW_SAT} (in precedenza {OLD_SAT}).")
    body.append("\n## Come arrivare e parcheggio\n")
    body.append(f"- **Mezzi pubblici:** {c['transit']}")
    body.append(f"- **Parcheggio:** {c['parking']}")
    if rng.random() < 0.6:
        body.append(pick("- Accesso per persone con disabilità: ingresso a livello strada e ascensore.",
                         "- La clinica è al primo piano con ascensore; accesso senza barriere.",
                         "- Ingresso accessibile in carrozzina dal cortile interno."))
    body.append("\n## Odontoiatri\n")
    for d in ds:
        sp = ", ".join(SPECIALTIES[s][0] for s in d["specs"])
        body.append(f"- {d['title']} {d['name']} – {sp} ({', '.join(d['days'])})")
    for d in seconds:
        sp = ", ".join(SPECIALTIES[s][0] for s in d["specs"])
        body.append(f"- {d['title']} {d['name']} – {sp} (presente il {d['second_day']}, sede principale {CL[d['clinic']]['name']})")
    body.append("\n## Servizi\n")
    cats = sorted(set(TR[code]["cat"] for d in DBYC[c["slug"]] for s in d["specs"] for code in SPECIALTIES[s][2]) | {"diagnosi", "igiene", "conservativa"})
    body.append(", ".join(x.capitalize() for x in cats) + ".")
    if c["slug"] in INTL_CLINICS:
        body.append(f"\nLa clinica accoglie pazienti internazionali tramite lo sportello International Patient Desk ({INTL_PHONE}, {INTL_EMAIL}).")
    body.append(pick("\nPer le convenzioni attive vedi *Convenzioni e assicurazioni accettate – " + c["name"] + "*.",
                     "\nLe assicurazioni e i fondi convenzionati sono elencati nella pagina *Convenzioni e assicurazioni accettate – " + c["name"] + "*."))
    date = SAT_CHANGE_DATE if c["sat"] else rng.choice(["2026-06-20", "2026-07-03", "2026-09-10", "2026-08-28"])
    if c["slug"] == "bergamo-centro":
        date = SAT_CHANGE_DATE
    add(f"clinic-{c['slug']}.md", c["name"], date, "\n".join(body))

# ---------------------------------------------------------------- international clinic guides (EN)
for c in clinics:
    if c["slug"] not in INTL_CLINICS:
        continue
    ds = [d for d in dentists if d["clinic"] == c["slug"] and "inglese" in d["langs"]]
    body = [pick(
        f"This guide is for international patients visiting {c['name']}. It is maintained by the International Patient Desk.",
        f"Welcome to {c['name']}. The International Patient Desk prepared this page for patients who prefer to be seen in English.")]
    body.append("\n## Address and contacts\n")
    body.append(f"- Address: {c['addr']}, {c['cap']} {c['city']}, Italy")
    body.append(f"- Clinic phone: {c['phone']} (from abroad +39 {c['phone']})")
    body.append(f"- International Patient Desk: {INTL_PHONE}, {INTL_EMAIL}")
    if c["slug"] == "bergamo-centro":
        body.append(f"- Note: the clinic moved on 15 June 2026 from {BERGAMO_OLD_ADDRESS} to {c['addr']}.")
    body.append("\n## Opening hours\n")
    body.append(hours_en(c))
    body.append("\n## English-speaking dentists\n")
    if ds:
        for d in ds:
            body.append(f"- {'Dr' } {d['name']} – {', '.join(SPECIALTIES[s][1] for s in d['specs'])}; at the clinic on {', '.join(DAYS_EN[x] for x in d['days'])}")
    else:
        body.append("- English-speaking staff at reception; an interpreter can be booked through the desk.")
    body.append("\n## Getting there\n")
    body.append(f"Public transport and parking details are on the Italian clinic page *{c['name']}*. " + pick(
        "Taxis can drop off at the entrance.", "The desk can send a map link by email.", "Ask reception for a parking validation stamp where a partner car park exists."))
    body.append("\n## Payment\n")
    body.append("Cards (Visa, Mastercard, Amex), bank transfer and Italian instalment financing are accepted. International insurers with direct billing: EuroCare Global Health. Atlantica Expat Insurance works on reimbursement: the patient pays and claims back.")
    date = SAT_CHANGE_DATE if c["sat"] else "2026-07-10"
    add(f"clinic-guide-en-{c['slug']}.md", f"International patient guide – {c['name']}", date, "\n".join(body))

# ---------------------------------------------------------------- dentist profiles
for i, d in enumerate(dentists):
    c = CL[d["clinic"]]
    en = (i % 2 == 1) or c["slug"] in INTL_CLINICS
    sp_it = ", ".join(SPECIALTIES[s][0] for s in d["specs"])
    sp_en = ", ".join(SPECIALTIES[s][1] for s in d["specs"])
    if not en:
        b = [pick(
            f"{d['title']} {d['name']} si è laureato{'a' if d['female'] else ''} in Odontoiatria e Protesi Dentaria presso l'{d['uni']} nel {d['grad']}.",
            f"Laureat{'a' if d['female'] else 'o'} all'{d['uni']} ({d['grad']}), {d['title']} {d['name']} lavora con Castellan Dental Group presso {c['name']}.")]
        b.append("\n## Profilo\n")
        b.append(f"- **Aree cliniche:** {sp_it}")
        b.append(f"- **Sede principale:** {c['name']} – presente {', '.join(d['days'])}")
        if d.get("second"):
            b.append(f"- **Seconda sede:** {CL[d['second']]['name']} – {d['second_day']}")
        b.append(f"- **Lingue parlate:** {', '.join(d['langs'])}")
        b.append(f"- **Iscrizione:** Albo degli Odontoiatri di {d['prov']}, n. {d['reg']}")
        if d["lead"]:
            b.append(f"- **Ruolo:** direttore sanitario di {c['name']}")
        b.append("\n## Di cosa si occupa\n")
        b.append(pick(
            f"Si occupa prevalentemente di {sp_it.lower()}. " + pick("Segue i pazienti dalla prima visita alla fase di mantenimento.", "Collabora con gli igienisti della sede per i controlli periodici.", "Partecipa ogni anno ai corsi interni di aggiornamento del gruppo."),
            f"Il suo lavoro quotidiano riguarda soprattutto {sp_it.lower()}; " + pick("tiene molto alla spiegazione del piano di cura ai pazienti.", "è referente per i casi complessi della sede.", "cura la formazione degli assistenti alla poltrona.")))
        b.append("\n## Formazione\n")
        b.append(pick("Segue ogni anno almeno 25 crediti ECM e partecipa al congresso interno di gruppo.", "Ha frequentato corsi di perfezionamento post-laurea nella propria area clinica e partecipa al congresso interno di gruppo.", "Aggiorna la propria formazione con corsi ECM annuali e con le giornate cliniche organizzate dal gruppo."))
        b.append(f"\nPer prenotare: {c['phone']} oppure call center {CALL_CENTRE}.")
        add(f"dentist-{d['slug']}.md", f"{d['title']} {d['name']} – {sp_it}", rng.choice(["2025-10-14", "2025-11-20", "2026-01-09", "2026-02-16", "2026-03-02", "2026-05-11"]), "\n".join(b))
    else:
        b = [pick(
            f"Dr {d['name']} graduated in Dentistry from the {d['uni']} in {d['grad']} and practises at {c['name']}.",
            f"Dr {d['name']} joined Castellan Dental Group after graduating from the {d['uni']} ({d['grad']}).")]
        b.append("\n## At a glance\n")
        b.append(f"- **Clinical areas:** {sp_en}")
        b.append(f"- **Main clinic:** {c['name']} – {', '.join(DAYS_EN[x] for x in d['days'])}")
        if d.get("second"):
            b.append(f"- **Second clinic:** {CL[d['second']]['name']} – {DAYS_EN[d['second_day']]}")
        b.append(f"- **Languages:** {', '.join(LANG_EN[x] for x in d['langs'])}")
        b.append(f"- **Registration:** Albo degli Odontoiatri di {d['prov']}, no. {d['reg']}")
        if d["lead"]:
            b.append(f"- **Role:** clinical director (direttore sanitario) of {c['name']}")
        b.append("\n## Approach\n")
        b.append(pick(f"Most of Dr {d['last']}'s work is in {sp_en.lower()}.", f"Patients are referred to Dr {d['last']} mainly for {sp_en.lower()}.")
                 + " " + pick("International patients can book through the International Patient Desk.", "Appointments can be booked by phone or online.", "A written treatment plan is given after every first visit."))
        b.append("\n## Training\n\n" + pick("Completes continuing education credits every year and attends the group's internal clinical days.", "Holds post-graduate certificates in their clinical area and teaches at internal training sessions."))
        add(f"dentist-{d['slug']}.md", f"Dr {d['name']} – {sp_en}", rng.choice(["2025-10-14", "2025-12-03", "2026-01-22", "2026-02-16", "2026-03-18", "2026-06-08"]), "\n".join(b))

# ---------------------------------------------------------------- treatment pages IT + EN
AFTERCARE_IT = {
    "diagnosi": ["Nessuna precauzione particolare dopo la visita.", "Porti alla visita l'elenco dei farmaci che assume."],
    "igiene": ["Eviti cibi e bevande molto pigmentati (caffè, tè, vino rosso) per 24 ore.", "Una lieve sensibilità al freddo può durare 2–3 giorni.", "Il richiamo consigliato è ogni 6 mesi (ogni 3–4 mesi per i pazienti parodontali)."],
    "estetica": ["Per 48 ore eviti alimenti colorati e fumo.", "La sensibilità transitoria è normale; usi un dentifricio desensibilizzante.", "I risultati vanno mantenuti con igiene professionale regolare."],
    "conservativa": ["Può masticare appena passata l'anestesia.", "Una leggera sensibilità può durare qualche giorno."],
    "endodonzia": ["Non mastichi sul dente trattato fino alla ricostruzione definitiva.", "Un fastidio alla masticazione per 2–3 giorni è normale; si può assumere un antidolorifico da banco.", "Un dente devitalizzato richiede spesso una corona o un intarsio entro 4–6 settimane."],
    "chirurgia": ["Morda la garza per 30 minuti.", "Nelle prime 24 ore niente sciacqui, fumo, alcol o cibi caldi.", "Applichi ghiaccio a intervalli di 10 minuti per le prime 6 ore.", "I punti, se presenti, si rimuovono dopo 7–10 giorni."],
    "implantologia": ["Dieta morbida e fredda per 3 giorni.", "Sciacqui con clorexidina 0,12% dal giorno successivo per 10 giorni.", "Niente fumo per almeno 2 settimane: aumenta il rischio di fallimento dell'impianto.", "Controllo a 7–10 giorni per la rimozione dei punti."],
    "protesi": ["Nei primi giorni può percepire la protesi come ingombrante.", "Pulisca la protesi ogni sera e la conservi asciutta o nell'apposito contenitore.", "Segnali subito punti di pressione o dolore."],
    "ortodonzia": ["Gli allineatori vanno indossati 22 ore al giorno.", "Tolga le mascherine per mangiare e bere bevande diverse dall'acqua.", "Porti sempre la mascherina precedente come riserva."],
    "gnatologia": ["Indossi il bite ogni notte.", "Lo pulisca con acqua fredda e spazzolino morbido."],
    "pedodonzia": ["Dopo la sigillatura il bambino può mangiare subito.", "Dopo la fluoroprofilassi, niente cibo e bevande per 30 minuti."],
}
AFTERCARE_EN = {
    "diagnosi": ["No special precautions after a check-up.", "Bring a list of your current medicines."],
    "igiene": ["Avoid strongly coloured food and drinks (coffee, tea, red wine) for 24 hours.", "Mild sensitivity to cold can last 2–3 days.", "The usual recall interval is 6 months (3–4 months for gum patients)."],
    "estetica": ["Avoid coloured foods and smoking for 48 hours.", "Temporary sensitivity is normal; use a desensitising toothpaste.", "Keep results with regular professional hygiene."],
    "conservativa": ["You can eat once the numbness has worn off.", "Slight sensitivity can last a few days."],
    "endodonzia": ["Do not chew on the treated tooth until the final restoration.", "Tenderness on biting for 2–3 days is normal; an over-the-counter painkiller can be used.", "A root-filled tooth often needs a crown or inlay within 4–6 weeks."],
    "chirurgia": ["Bite on the gauze for 30 minutes.", "For the first 24 hours: no rinsing, smoking, alcohol or hot food.", "Apply ice in 10-minute intervals for the first 6 hours.", "Stitches, if any, come out after 7–10 days."],
    "implantologia": ["Soft, cool diet for 3 days.", "Rinse with 0.12% chlorhexidine from the next day for 10 days.", "No smoking for at least 2 weeks: it increases the risk of implant failure.", "Review at 7–10 days to remove stitches."],
    "protesi": ["The denture may feel bulky for the first few days.", "Clean it every evening and store it dry or in its case.", "Report pressure points or pain straight away."],
    "ortodonzia": ["Wear aligners 22 hours a day.", "Remove them to eat and to drink anything other than water.", "Always keep your previous tray as a spare."],
    "gnatologia": ["Wear the night guard every night.", "Clean it with cold water and a soft brush."],
    "pedodonzia": ["After sealants the child can eat straight away.", "After fluoride, no food or drink for 30 minutes."],
}
IND_IT = {"diagnosi": "Per tutti i pazienti: è il primo passo di qualsiasi cura e va ripetuto almeno una volta l'anno.",
          "igiene": "Per tutti gli adulti e i ragazzi; con frequenza maggiore per chi ha gengive infiammate, impianti o apparecchi.",
          "estetica": "Per chi desidera migliorare colore o forma dei denti in assenza di carie e malattia gengivale attiva.",
          "conservativa": "Per denti con carie o piccole fratture che conservano la vitalità della polpa.",
          "endodonzia": "Per denti con polpa infiammata o necrotica, ascessi o dolore spontaneo persistente.",
          "chirurgia": "Per denti non recuperabili, denti del giudizio inclusi o che causano infezioni ripetute.",
          "implantologia": "Per sostituire uno o più denti mancanti quando l'osso è sufficiente o può essere rigenerato.",
          "protesi": "Per ricostruire denti molto danneggiati o sostituire denti mancanti senza chirurgia.",
          "ortodonzia": "Per ragazzi e adulti con affollamento, spazi o problemi di chiusura dei denti.",
          "gnatologia": "Per chi digrigna o serra i denti di notte o soffre di dolori all'articolazione della mandibola.",
          "pedodonzia": "Per bambini dai 3 anni e ragazzi fino ai 14 anni."}
IND_EN = {"diagnosi": "Everyone: it is the first step of any treatment and should be repeated at least once a year.",
          "igiene": "All adults and teenagers; more often for people with inflamed gums, implants or braces.",
          "estetica": "People who want to improve the colour or shape of their teeth, once decay and gum disease are under control.",
          "conservativa": "Teeth with decay or small fractures whose nerve is still healthy.",
          "endodonzia": "Teeth with an inflamed or dead nerve, abscesses or persistent spontaneous pain.",
          "chirurgia": "Teeth that cannot be saved, impacted wisdom teeth or teeth causing repeated infections.",
          "implantologia": "Replacing one or more missing teeth when there is enough bone or bone can be regenerated.",
          "protesi": "Rebuilding badly damaged teeth or replacing missing teeth without surgery.",
          "ortodonzia": "Teenagers and adults with crowding, gaps or bite problems.",
          "gnatologia": "People who grind or clench at night or have jaw joint pain.",
          "pedodonzia": "Children from age 3 and teenagers up to 14."}
for code, t in TR.items():
    lo, hi = t["new"][2], t["new"][0]
    date = PRICE_CHANGE_DATE if t["changed"] else rng.choice(["2025-11-04", "2026-01-15", "2026-02-10", "2026-03-09"])
    b = [pick(f"Questa pagina descrive il trattamento «{t['it']}» come viene eseguito nelle cliniche Castellan Dental Group.",
              f"{t['it']}: cosa aspettarsi, quanto dura, quanto costa e come comportarsi dopo.",
              f"Scheda informativa per i pazienti sul trattamento {t['it'].lower()}.")]
    b.append("\n## In breve\n")
    b.append(f"| Voce | Dettaglio |\n|---|---|\n| Codice interno | {code} |\n| Area | {t['cat']} |\n| Durata tipica | {t['dur']} |\n| Sedute | {t['sess']} |\n| Fascia di prezzo | da {eur(lo)} (fascia C) a {eur(hi)} (fascia A) |")
    b.append(f"\nPrezzi per fascia: A {eur(t['new'][0])}, B {eur(t['new'][1])}, C {eur(t['new'][2])}. Il prezzo esatto della propria clinica è nel listino della sede.")
    if t["changed"]:
        b.append(f"\nDal 1° giugno 2026 i prezzi sono stati aggiornati (prima: A {eur(t['old'][0])}, B {eur(t['old'][1])}, C {eur(t['old'][2])}). Vedi *Avviso: aggiornamento listino dal 1° giugno 2026*.")
    b.append("\n## Per chi è indicato\n")
    b.append(IND_IT[t["cat"]])
    b.append("\n## Dopo il trattamento\n")
    b += [f"- {x}" for x in AFTERCARE_IT[t["cat"]]]
    if t["cat"] in ("chirurgia", "implantologia"):
        b.append("\nI pazienti in terapia anticoagulante seguono il *Protocollo clinico: pazienti in terapia anticoagulante o antiaggregante*.")
    add(f"treatment-{slugify(code)}.md", f"Trattamento: {t['it']}", date, "\n".join(b))
    b = [pick(f"This leaflet explains {t['en'].lower()} at Castellan Dental Group clinics.", f"{t['en']}: what to expect, how long it takes, what it costs and aftercare.")]
    b.append("\n## Key facts\n")
    b.append(f"- Internal code: {code}\n- Typical duration: {t['dur'].replace('sedute da', 'visits of').replace('minuti', 'minutes').replace('mesi', 'months').replace('sedute', 'visits').replace('settimane', 'weeks').replace('complessivi', 'overall').replace('fasi in', 'phases over').replace('a casa', 'at home').replace('sedute da', 'visits of').replace('in', 'in')}\n- Price band: {eur_en(lo)} (tier C clinics) to {eur_en(hi)} (tier A clinics); tier B {eur_en(t['new'][1])}")
    if t["changed"]:
        b.append(f"\nPrices changed on 1 June 2026 (previously {eur_en(t['old'][2])}–{eur_en(t['old'][0])}).")
    b.append("\n## Who it is for\n")
    b.append(IND_EN[t["cat"]])
    b.append("\n## Aftercare\n")
    b += [f"- {x}" for x in AFTERCARE_EN[t["cat"]]]
    b.append(f"\nQuestions? International Patient Desk {INTL_PHONE}.")
    add(f"treatment-en-{slugify(code)}.md", f"Treatment guide: {t['en']}", date, "\n".join(b))

# ---------------------------------------------------------------- price lists per clinic
for c in clinics:
    b = [pick(f"Listino in vigore dal 1° giugno 2026 per {c['name']} (fascia {c['tier']}). I prezzi sono IVA esente ai sensi dell'art. 10 DPR 633/72.",
              f"Prezzi applicati da {c['name']} a partire dal 1° giugno 2026. Fascia di listino: {c['tier']}. Prestazioni sanitarie esenti IVA.")]
    b.append("\n| Codice | Prestazione | Prezzo |\n|---|---|---|")
    for code, t in TR.items():
        b.append(f"| {code} | {t['it']} | {eur(price(code, c['tier']))} |")
    b.append("\n## Variazioni dal 1° giugno 2026\n")
    for code, t in TR.items():
        if t["changed"]:
            b.append(f"- {t['it']}: da {eur(old_price(code, c['tier']))} a {eur(price(code, c['tier']))}")
    b.append("\nI preventivi firmati prima del 1° giugno 2026 restano validi 90 giorni dalla data di emissione.")
    add(f"price-list-{c['slug']}-2026.md", f"Listino prezzi {c['name']}", PRICE_CHANGE_DATE, "\n".join(b))

# ---------------------------------------------------------------- local service pages
INCL_IT = {
    "IMP": "Impianto in titanio, moncone, corona definitiva in zirconio-ceramica, controlli post-chirurgici. La TAC cone beam di pianificazione è esclusa e si paga a parte.",
    "ALL": "Scansione intraorale, progettazione digitale, tutte le mascherine e i ritocchi entro i 24 mesi. Le contenzioni finali sono escluse.",
    "IGI": "Ablazione del tartaro, air-polishing con polvere di eritritolo, lucidatura e istruzioni di igiene domiciliare.",
    "SBI": "Seduta di sbiancamento con gel a base di perossido di idrogeno e fotoattivazione, controllo a 7 giorni.",
    "ENDO-3": "Anestesia, diga, strumentazione e otturazione dei canali, radiografie endorali di controllo. La ricostruzione definitiva è esclusa.",
    "EST-CH": "Anestesia, estrazione chirurgica, sutura, controllo e rimozione dei punti a 7–10 giorni.",
    "COR": "Preparazione, impronta digitale, corona provvisoria e corona definitiva in zirconio.",
    "FAC": "Progetto estetico, prova in bocca (mock-up) e cementazione della faccetta.",
    "ORT-FISSO": "Attacchi, archi, controlli mensili e rimozione dell'apparecchio. Le contenzioni sono escluse.",
    "IGI-PARO": "Anestesia locale, levigatura di un quadrante, istruzioni di igiene e rivalutazione a 6 settimane.",
}

LOCAL_CODES = ["IMP", "ALL", "IGI", "SBI", "ENDO-3", "EST-CH", "COR", "FAC", "PED-VIS", "BITE", "ORT-FISSO", "IGI-PARO", "RX-CBCT", "OTT"]
for c in clinics:
    for code in LOCAL_CODES:
        t = TR[code]
        ds = dentists_for(c["slug"], code)
        p = price(code, c["tier"])
        en = c["slug"] in INTL_CLINICS
        if not en:
            b = [pick(f"Presso {c['name']} è possibile eseguire {t['it'].lower()}.",
                      f"{t['it']} a {c['city']}: la sede {c['name']} offre questo trattamento con prima visita e preventivo scritto.",
                      f"Questa pagina riguarda {t['it'].lower()} nella clinica {c['name']}.")]
            b.append(f"\n- **Prezzo in sede:** {eur(p)}" + (" (aggiornato al 1° giugno 2026)" if t["changed"] else ""))
            b.append(f"- **Durata tipica:** {t['dur']}")
            if ds:
                b.append("- **Odontoiatri di riferimento:** " + "; ".join(f"{d['title']} {d['name']}" for d in ds))
            else:
                b.append(pick("- **Odontoiatri di riferimento:** il trattamento è eseguito dal dentista generico della sede; i casi complessi sono inviati a una sede vicina.",
                              "- **Odontoiatri di riferimento:** nessuno specialista dedicato in sede; la prima visita valuta l'invio a un collega del gruppo."))
            b.append("\n## Come si svolge\n")
            b.append(pick("Dopo la prima visita riceve un preventivo scritto valido 90 giorni.",
                          "La prima visita comprende l'esame clinico e, se necessario, le radiografie.",
                          "Il percorso inizia con una visita di valutazione; il piano di cura è consegnato per iscritto."))
            b.append(pick(f"Per le indicazioni post-trattamento consulti la scheda *Trattamento: {t['it']}*.",
                          f"Maggiori dettagli clinici nella scheda *Trattamento: {t['it']}*."))
            if code in ("IMP", "EST-CH"):
                b.append("\nSe assume anticoagulanti lo segnali in fase di prenotazione.")
            b.append("\n## Cosa comprende\n")
            b.append(INCL_IT.get(code, "Il prezzo comprende la seduta, i materiali e il controllo successivo."))
            b.append(pick("\nPagamento: bancomat, carte, bonifico; finanziamento a tasso zero fino a 24 rate per importi sopra 1.000 €.",
                          "\nÈ possibile pagare a rate (tasso zero, da 6 a 24 rate) per piani di cura superiori a 1.000 €.",
                          "\nLe convenzioni attive in sede sono elencate nella pagina dedicata della clinica."))
            b.append(f"\nPrenotazioni: {c['phone']}.")
            title = f"{t['it']} – {c['name']}"
        else:
            b = [f"{t['en']} at {c['name']}."]
            b.append(f"\n- **Price at this clinic:** {eur_en(p)}" + (" (from 1 June 2026)" if t["changed"] else ""))
            b.append(f"- **Typical duration:** see *Treatment guide: {t['en']}*")
            if ds:
                b.append("- **Dentists:** " + "; ".join(f"Dr {d['name']}" for d in ds))
            b.append("\nA first consultation and a written estimate (valid 90 days) come before any treatment. " + pick("Appointments in English through the International Patient Desk.", "The desk can arrange an interpreter for other languages."))
            b.append("\nThe price includes the clinical sessions, materials and follow-up checks described in the treatment guide. Payment by card or bank transfer; 0% instalments (6 to 24) are available for plans above €1,000.")
            b.append(f"\nBooking: {c['phone']} or {INTL_PHONE}.")
            title = f"{t['en']} – {c['name']}"
        date = PRICE_CHANGE_DATE if t["changed"] else rng.choice(["2025-10-20", "2025-12-11", "2026-01-27", "2026-02-23", "2026-03-16", "2026-04-21"])
        add(f"service-{slugify(code)}-{c['slug']}.md", title, date, "\n".join(b))

# ---------------------------------------------------------------- aftercare leaflets
LEAF = ["IMP", "EST", "EST-CH", "ENDO-3", "IGI", "SBI", "ALL", "COR", "PROT-TOT", "BITE", "FAC", "IGI-PARO", "RIG", "PED-SIG", "ORT-FISSO"]
for code in LEAF:
    t = TR[code]
    b = ["Da leggere a casa dopo la seduta. In caso di dubbi chiami la sua clinica."]
    b.append("\n## Cosa fare\n")
    b += [f"{i+1}. {x}" for i, x in enumerate(AFTERCARE_IT[t["cat"]])]
    b.append("\n## Quando chiamare\n- Sanguinamento che non si ferma dopo 30 minuti di compressione\n- Febbre sopra 38 °C\n- Gonfiore che aumenta dopo il terzo giorno")
    b.append(f"\nPorti questo foglio al controllo successivo se ha domande. Fuori orario: call center {CALL_CENTRE} (urgenze).")
    add(f"leaflet-aftercare-{slugify(code)}-it.md", f"Foglio istruzioni post-trattamento: {t['it']}", rng.choice(["2025-09-30", "2026-01-20", "2026-02-05"]), "\n".join(b))
    b = ["Please read this at home after your appointment. Call your clinic if in doubt."]
    b.append("\n## What to do\n")
    b += [f"{i+1}. {x}" for i, x in enumerate(AFTERCARE_EN[t["cat"]])]
    b.append("\n## When to call us\n- Bleeding that does not stop after 30 minutes of pressure\n- Fever above 38 °C\n- Swelling that increases after day three")
    b.append(f"\nOut of hours: {CALL_CENTRE} (emergencies); international patients {INTL_PHONE}.")
    add(f"leaflet-aftercare-{slugify(code)}-en.md", f"Aftercare leaflet: {t['en']}", rng.choice(["2025-09-30", "2026-01-20", "2026-02-05"]), "\n".join(b))

# ---------------------------------------------------------------- clinic FAQ
for c in clinics:
    qa = [("Dove posso parcheggiare?", c["parking"]),
          ("Come arrivo con i mezzi?", c["transit"]),
          ("La clinica è aperta il sabato?", f"Sì, il sabato con orario {NEW_SAT} (dal 5 settembre 2026)." if c["sat"] else "No, la clinica è chiusa il sabato. Le cliniche aperte il sabato più vicine sono indicate dal call center."),
          ("Quali pagamenti accettate?", "Bancomat, carte di credito, bonifico e finanziamento a tasso zero fino a 24 rate per importi superiori a 1.000 €."),
          ("Chi è il responsabile della sede?", f"{c['mgr']}; per questioni cliniche il direttore sanitario è {next(d['title']+' '+d['name'] for d in dentists if d['clinic']==c['slug'] and d['lead'])}.")]
    if c["slug"] == "bergamo-centro":
        qa.insert(0, ("La clinica ha cambiato indirizzo?", f"Sì: dal 15 giugno 2026 siamo in {c['addr']} (prima in {BERGAMO_OLD_ADDRESS})."))
    rng.shuffle(qa[1:])
    b = [f"Domande frequenti dei pazienti di {c['name']}."]
    for q, a in qa:
        b.append(f"\n**{q}**\n{a}")
    add(f"faq-clinic-{c['slug']}.md", f"FAQ – {c['name']}", SAT_CHANGE_DATE if c["sat"] else "2026-07-15", "\n".join(b))

# ---------------------------------------------------------------- clinic insurers
for c in clinics:
    ins = insurers_for(c)
    b = [f"Elenco delle convenzioni attive presso {c['name']}."]
    b.append("\n| Ente | Codice convenzione | Tipo di pagamento | Attiva dal |\n|---|---|---|---|")
    for i in ins:
        b.append(f"| {i['name']} | {i['code']} | {i['billing']} | {i['since']} |")
    b.append("\nPer i passaggi di autorizzazione preventiva vedi la guida dedicata di ciascun ente. La nuova convenzione Cassa Salute Serenis è attiva dal 1° luglio 2026.")
    if c["slug"] in INTL_CLINICS:
        BILL = {"diretta": "direct", "indiretta": "reimbursement", "direct billing": "direct", "reimbursement": "reimbursement"}
        b = [f"Insurers, health funds and mutual societies accepted at {c['name']} (English version of *Convenzioni e assicurazioni accettate – {c['name']}*)."]
        b.append("\n| Insurer / fund | Agreement code | Billing | Since |\n|---|---|---|---|")
        for i in ins:
            b.append(f"| {i['name']} | {i['code']} | {BILL[i['billing']]} | {i['since']} |")
        b.append("\nEach insurer has its own pre-authorisation guide. The new agreement with Cassa Salute Serenis has been active since 1 July 2026. With direct billing the insurer pays the clinic and the patient pays only their share; with reimbursement the patient pays in full and claims back.")
        add(f"clinic-insurers-{c['slug']}.md", f"Accepted insurers – {c['name']}", "2026-07-01", "\n".join(b))
    else:
        add(f"clinic-insurers-{c['slug']}.md", f"Convenzioni e assicurazioni accettate – {c['name']}", "2026-07-01", "\n".join(b))

# ---------------------------------------------------------------- insurer convention + preauth guides
for ins in INSURERS:
    clin = "tutte le 25 cliniche" if ins["regions"] is None else "le cliniche di " + ", ".join(ins["regions"])
    if ins["lang"] == "it":
        b = [f"Convenzione tra Castellan Dental Group e {ins['name']} ({ins['kind']}), attiva dal {ins['since']}."]
        b.append(f"\n- **Codice convenzione:** {ins['code']}\n- **Cliniche aderenti:** {clin}\n- **Pagamento:** forma {ins['billing']}" +
                 (f"\n- **Quota a carico dell'assistito:** {ins['copay']}% sulle prestazioni coperte" if ins['copay'] else "\n- **Quota a carico dell'assistito:** nessuna franchigia; rimborso secondo tabella") +
                 f"\n- **Massimale annuo odontoiatrico:** {eur(ins['cap'])}")
        b.append("\n## Prestazioni coperte\n\n| Prestazione | Copertura |\n|---|---|")
        for code, cov in ins["covered"]:
            b.append(f"| {TR[code]['it']} | {cov} |")
        b.append(f"\nLa guida operativa per la richiesta di autorizzazione è nel documento *Autorizzazione preventiva – {ins['name']}*.")
        add(f"insurer-{ins['slug']}.md", f"Convenzione {ins['name']}", ins["since"] if ins["since"] > "2025-09-01" else "2025-09-15", "\n".join(b))
        b = [f"Passaggi per la richiesta di autorizzazione preventiva a {ins['name']}."]
        thr = "per tutte le prestazioni eccetto visita e igiene" if ins["threshold"] == 0 else f"per piani di cura di importo superiore a {eur(ins['threshold'])} e sempre per implantologia e ortodonzia"
        b.append(f"\n1. Verificare l'iscrizione dell'assistito e la validità della polizza.\n2. L'autorizzazione è richiesta {thr}.\n3. Inviare la richiesta tramite {ins['channel']}" +
                 (f" ({ins['contact']})" if ins['contact'] else "") + (f", fax {ins['fax']}" if ins['fax'] else "") + f"; email di riferimento {ins['email']}.\n4. Indicare sempre il codice convenzione {ins['code']}.\n5. Allegare: piano di cura firmato, ortopanoramica recente (meno di 6 mesi)" + (", foto intraorali" if ins['short'] in ("MLS", "CABP", "Serenis") else "") + ".\n6. Tempo di risposta: entro " + f"{ins['days']} giorni lavorativi.\n7. Non iniziare le cure prima della conferma scritta.")
        add(f"preauth-guide-{ins['slug']}.md", f"Autorizzazione preventiva – {ins['name']}", ins["since"] if ins["since"] > "2025-09-01" else "2025-10-01", "\n".join(b))
    else:
        b = [f"Agreement between Castellan Dental Group and {ins['name']}, an international health insurer, in force since {ins['since']}."]
        b.append(f"\n- **Agreement code:** {ins['code']}\n- **Participating clinics:** all 25 clinics\n- **Payment:** {ins['billing']}\n- **Patient share:** {ins['copay']}%\n- **Annual dental limit:** {eur_en(ins['cap'])}")
        b.append("\n## Covered treatments\n\n| Treatment | Cover |\n|---|---|")
        for code, cov in ins["covered"]:
            b.append(f"| {TR[code]['en']} | {cov} |")
        b.append(f"\nSee *Pre-authorisation – {ins['name']}* for the request steps.")
        add(f"insurer-{ins['slug']}.md", f"Agreement: {ins['name']}", "2025-09-15", "\n".join(b))
        b = [f"How to request pre-authorisation from {ins['name']}."]
        b.append(f"\n1. Check the member card and policy number.\n2. Pre-authorisation is needed for plans above {eur_en(ins['threshold'])} and always for implants.\n3. Submit through the {ins['channel']}" + (f" ({ins['contact']})" if ins['contact'] else "") + f"; contact {ins['email']}.\n4. Quote agreement code {ins['code']}.\n5. Attach the signed treatment plan and a panoramic X-ray taken within 6 months.\n6. Response time: within {ins['days']} working days.\n7. Do not start treatment before written approval.\n\nThe International Patient Desk prepares the request letter in English and keeps a copy of the insurer's reply in the administrative file.")
        add(f"preauth-guide-{ins['slug']}.md", f"Pre-authorisation – {ins['name']}", "2025-10-01", "\n".join(b))

# ---------------------------------------------------------------- holiday notices
def hol_extra(c):
    items = [f"- Telefono della clinica: {c['phone']} – email {c['email']}",
             pick("- Durante la chiusura si possono lasciare richieste di appuntamento online: la reception richiama alla riapertura.",
                  "- Le richieste di appuntamento inviate via email durante la chiusura sono gestite nei primi due giorni di riapertura."),
             pick("- I pazienti con allineatori proseguono con la mascherina successiva secondo il calendario ricevuto.",
                  "- I controlli ortodontici che cadono nel periodo di chiusura sono già stati riprogrammati.",
                  "- I richiami di igiene previsti nel periodo sono stati spostati dal call center."),
             pick("- In caso di sanguinamento dopo un'estrazione seguire il foglio istruzioni consegnato in clinica.",
                  "- Per dolore acuto, gonfiore o trauma dentale chiamare subito il call center.",
                  "- Per le urgenze pediatriche il call center indica la sede con pedodontista disponibile.")]
    return "\n\n## Informazioni utili\n\n" + "\n".join(items)


ONCALL = {"Lombardia": "milano-porta-romana", "Piemonte": "torino-crocetta", "Veneto": "verona-borgo-trento",
          "Trentino-Alto Adige": "verona-borgo-trento", "Emilia-Romagna": "pavia"}
for c in clinics:
    oc = CL[ONCALL[c["region"]]]
    small = c["tier"] == "C"
    # Natale 2025
    if small:
        cl = "dal 24 dicembre 2025 al 6 gennaio 2026 compresi"
        extra = "La clinica riapre mercoledì 7 gennaio 2026."
    else:
        cl = "il 24, 25 e 26 dicembre 2025, il 31 dicembre 2025, il 1° gennaio e il 6 gennaio 2026"
        extra = "Negli altri giorni l'orario è regolare" + (f"; sabato 27 dicembre e sabato 3 gennaio apertura {OLD_SAT}." if c["sat"] else ".")
    b = [f"{c['name']} resterà chiusa {cl}. {extra}", f"\nPer urgenze durante la chiusura chiamare il call center {CALL_CENTRE}: i pazienti saranno indirizzati a {oc['name'] if oc['slug']!=c['slug'] else 'un medico reperibile della sede'}."]
    b.append(hol_extra(c)); add(f"notice-holiday-natale-2025-{c['slug']}.md", f"Orari festività natalizie 2025 – {c['name']}", "2025-12-01", "\n".join(b), "Date")
    # Pasqua 2026
    b = [f"In occasione della Pasqua {c['name']} sarà chiusa lunedì 6 aprile 2026 (Pasquetta)." + (f" Sabato 4 aprile la clinica è aperta con orario {OLD_SAT}." if c["sat"] else ""),
         f"\nUrgenze: call center {CALL_CENTRE}."]
    if c["slug"] == "torino-lingotto":
        b.append("\nLa clinica resterà chiusa anche venerdì 3 aprile 2026 per manutenzione dell'impianto di sterilizzazione.")
    b.append(hol_extra(c)); add(f"notice-holiday-pasqua-2026-{c['slug']}.md", f"Chiusura pasquale 2026 – {c['name']}", "2026-03-20", "\n".join(b), "Date")
    # Ferragosto 2026
    if c["slug"] == "lecco":
        cl = "dal 3 al 28 agosto 2026 per lavori di ristrutturazione"
        re_ = "lunedì 31 agosto 2026"
    elif small:
        cl = "dal 10 al 21 agosto 2026"
        re_ = "lunedì 24 agosto 2026"
    else:
        cl = "da venerdì 14 a lunedì 17 agosto 2026"
        re_ = "martedì 18 agosto 2026"
    b = [f"{c['name']} sarà chiusa {cl}. Riapertura {re_}.", f"\nDurante la chiusura le urgenze sono gestite da {oc['name'] if oc['slug']!=c['slug'] else 'questa stessa clinica con medico reperibile'} tramite il call center {CALL_CENTRE}."]
    if c["slug"] == "bergamo-centro":
        b.append(f"\nRicordiamo che dal 15 giugno 2026 la clinica si trova in {c['addr']}.")
    b.append(hol_extra(c)); add(f"notice-holiday-ferragosto-2026-{c['slug']}.md", f"Chiusura estiva 2026 – {c['name']}", "2026-07-20", "\n".join(b), "Date")
    # Natale 2026
    if small:
        cl = "dal 24 dicembre 2026 al 6 gennaio 2027 compresi"
        extra = "Riapertura giovedì 7 gennaio 2027."
    else:
        cl = "il 24, 25 e 26 dicembre 2026, il 31 dicembre 2026, il 1° gennaio e il 6 gennaio 2027"
        extra = "Negli altri giorni l'orario è regolare" + (f"; sabato 2 gennaio 2027 apertura {NEW_SAT}." if c["sat"] else ".")
    b = [f"{c['name']} resterà chiusa {cl}. {extra}", f"\nUrgenze: call center {CALL_CENTRE}, reindirizzamento a {oc['name'] if oc['slug']!=c['slug'] else 'medico reperibile della sede'}."]
    b.append(hol_extra(c)); add(f"notice-holiday-natale-2026-{c['slug']}.md", f"Orari festività natalizie 2026 – {c['name']}", "2026-10-05", "\n".join(b), "Date")

# ---------------------------------------------------------------- English versions for international-desk clinics
for c in clinics:
    if c["slug"] not in INTL_CLINICS:
        continue
    oc = CL[ONCALL[c["region"]]]
    ocn = oc["name"] if oc["slug"] != c["slug"] else "the on-call dentist of this clinic"
    small = c["tier"] == "C"
    foot = (f"\n\n## Useful information\n\n- Clinic phone: {c['phone']} – email {c['email']}\n- International Patient Desk: {INTL_PHONE} (closed on public holidays)\n"
            + pick("- Aligner patients continue with the next tray as scheduled.", "- Hygiene recalls falling in the closure have been moved by the call centre.", "- Online booking requests are answered when the clinic reopens.") + "\n- With swelling, bleeding after an extraction or a dental injury, call the call centre straight away rather than waiting for the clinic to reopen.")
    if small:
        t1 = "from 24 December 2025 to 6 January 2026 inclusive. The clinic reopens on Wednesday 7 January 2026."
    else:
        t1 = "on 24, 25 and 26 December 2025, 31 December 2025, 1 January and 6 January 2026. Normal hours on the other days" + (f"; on Saturday 27 December and Saturday 3 January the clinic opens {OLD_SAT}." if c["sat"] else ".")
    add(f"notice-holiday-natale-2025-{c['slug']}-en.md", f"Christmas 2025 opening hours – {c['name']}", "2025-12-01",
        f"{c['name']} will be closed {t1}\n\nFor emergencies during the closure call {CALL_CENTRE}; patients are directed to {ocn}." + foot, "Date")
    add(f"notice-holiday-pasqua-2026-{c['slug']}-en.md", f"Easter 2026 closure – {c['name']}", "2026-03-20",
        f"{c['name']} will be closed on Easter Monday, 6 April 2026." + (f" On Saturday 4 April the clinic is open {OLD_SAT}." if c["sat"] else "") + f"\n\nEmergencies: call centre {CALL_CENTRE}." + foot, "Date")
    if small:
        t3, r3 = "from 10 to 21 August 2026", "Monday 24 August 2026"
    else:
        t3, r3 = "from Friday 14 to Monday 17 August 2026", "Tuesday 18 August 2026"
    extra = f"\n\nReminder: since 15 June 2026 the clinic is at {c['addr']}." if c["slug"] == "bergamo-centro" else ""
    add(f"notice-holiday-ferragosto-2026-{c['slug']}-en.md", f"Summer closure 2026 – {c['name']}", "2026-07-20",
        f"{c['name']} will be closed {t3} and reopens on {r3}.\n\nDuring the closure emergencies are handled by {ocn} through the call centre {CALL_CENTRE}." + extra + foot, "Date")
    if small:
        t4 = "from 24 December 2026 to 6 January 2027 inclusive. The clinic reopens on Thursday 7 January 2027."
    else:
        t4 = "on 24, 25 and 26 December 2026, 31 December 2026, 1 January and 6 January 2027. Normal hours on the other days" + (f"; on Saturday 2 January 2027 the clinic opens {NEW_SAT}." if c["sat"] else ".")
    add(f"notice-holiday-natale-2026-{c['slug']}-en.md", f"Christmas 2026 opening hours – {c['name']}", "2026-10-05",
        f"{c['name']} will be closed {t4}\n\nEmergencies: call centre {CALL_CENTRE}, redirected to {ocn}." + foot, "Date")
    # English price list
    b = [f"Prices at {c['name']} from 1 June 2026 (price tier {c['tier']}). Healthcare services are VAT-exempt. This is the English version of *Listino prezzi {c['name']}*."]
    b.append("\n| Code | Treatment | Price |\n|---|---|---|")
    for code, t in TR.items():
        b.append(f"| {code} | {t['en']} | {eur_en(price(code, c['tier']))} |")
    b.append("\n## Changes from 1 June 2026\n")
    for code, t in TR.items():
        if t["changed"]:
            b.append(f"- {t['en']}: from {eur_en(old_price(code, c['tier']))} to {eur_en(price(code, c['tier']))}")
    b.append("\nEstimates signed before 1 June 2026 keep the old price for 90 days from issue.")
    add(f"price-list-en-{c['slug']}-2026.md", f"Price list (English) – {c['name']}", PRICE_CHANGE_DATE, "\n".join(b))
    # English FAQ
    lead = next(d for d in dentists if d["clinic"] == c["slug"] and d["lead"])
    qa = [("Is the clinic open on Saturday?", f"Yes, {NEW_SAT} (since 5 September 2026)." if c["sat"] else "No, the clinic is closed on Saturday."),
          ("How do I get there?", f"{c['addr']}, {c['cap']} {c['city']}. Ask the desk for parking details; the Italian clinic page lists the partner car park, if any."),
          ("How can I pay?", "Debit and credit cards (Visa, Mastercard, Amex), bank transfer, or 0% instalments from 6 to 24 months for plans from €1,000."),
          ("Who is the clinical director?", f"Dr {lead['name']}. The clinic manager is {c['mgr']}."),
          ("Can I get an English invoice for my insurer?", "Yes, the International Patient Desk issues itemised invoices in English within 3 working days.")]
    if c["slug"] == "bergamo-centro":
        qa.insert(0, ("Has the clinic moved?", f"Yes. Since 15 June 2026 we are at {c['addr']} (previously {BERGAMO_OLD_ADDRESS})."))
    add(f"faq-clinic-en-{c['slug']}.md", f"FAQ for international patients – {c['name']}", SAT_CHANGE_DATE if c["sat"] else "2026-07-15",
        f"Frequently asked questions from English-speaking patients of {c['name']}.\n" + "\n".join(f"\n**{q}**\n{a}" for q, a in qa))

# ---------------------------------------------------------------- sterilisation audits
AUDITORS = ["Ing. Paola Verri", "Dott. Renato Lusardi", "Dott.ssa Mirella Coppi", "Ing. Claudio Besana"]
QUARTERS = [("2025-q4", "quarto trimestre 2025", "2026-01-12"), ("2026-q1", "primo trimestre 2026", "2026-04-10"),
            ("2026-q2", "secondo trimestre 2026", "2026-07-09"), ("2026-q3", "terzo trimestre 2026", "2026-10-08")]
NC = [("Registro cicli autoclave incompleto per 2 giorni", "Formazione dell'assistente incaricata e doppia firma giornaliera"),
      ("Buste sterili senza data di scadenza in un cassetto", "Buste rietichettate o riprocessate; controllo settimanale dei cassetti"),
      ("Test di Bowie-Dick non eseguito un lunedì", "Promemoria aggiunto alla checklist di apertura"),
      ("Temperatura termodisinfettore fuori range in un ciclo", "Ciclo ripetuto; tecnico intervenuto entro 48 ore"),
      ("Soluzione per impronte scaduta da 3 giorni", "Soluzione sostituita; scadenze registrate sul flacone")]
for c in clinics:
    for qi, (qslug, qname, qdate) in enumerate(QUARTERS):
        cycles = rng.randint(900, 2600)
        failed = rng.choice([0, 0, 0, 1, 2])
        ncs = rng.sample(NC, rng.choice([0, 0, 1, 1, 2]))
        b = [f"Verifica interna del processo di sterilizzazione presso {c['name']}, {qname}. Auditor: {rng.choice(AUDITORS)}."]
        b.append(f"\n| Indicatore | Valore |\n|---|---|\n| Cicli autoclave registrati | {cycles} |\n| Cicli falliti e ripetuti | {failed} |\n| Test di Bowie-Dick giornalieri | {'conformi' if not any('Bowie' in n[0] for n in ncs) else '1 mancante'} |\n| Test biologico (spore) | conforme |\n| Tracciabilità buste | {'completa' if not ncs else 'con rilievi'} |")
        b.append("\n## Non conformità\n")
        if ncs:
            for n, a in ncs:
                b.append(f"- {n}. Azione correttiva: {a}.")
        else:
            b.append("Nessuna non conformità rilevata.")
        b.append(f"\nRiferimento: *Protocollo clinico: sterilizzazione e tracciabilità dello strumentario*. Esito complessivo: {'conforme' if len(ncs) < 2 else 'conforme con riserva'}.")
        if c["slug"] in INTL_CLINICS:
            QN = {"quarto trimestre 2025": "Q4 2025", "primo trimestre 2026": "Q1 2026", "secondo trimestre 2026": "Q2 2026", "terzo trimestre 2026": "Q3 2026"}
            NC_EN = {"Registro cicli autoclave incompleto per 2 giorni": "Autoclave cycle log incomplete for 2 days",
                     "Formazione dell'assistente incaricata e doppia firma giornaliera": "retraining of the assistant in charge and a daily double signature",
                     "Buste sterili senza data di scadenza in un cassetto": "Sterile pouches without expiry date in one drawer",
                     "Buste rietichettate o riprocessate; controllo settimanale dei cassetti": "pouches relabelled or reprocessed; weekly drawer check",
                     "Test di Bowie-Dick non eseguito un lunedì": "Bowie-Dick test not run on one Monday",
                     "Promemoria aggiunto alla checklist di apertura": "reminder added to the opening checklist",
                     "Temperatura termodisinfettore fuori range in un ciclo": "Washer-disinfector temperature out of range in one cycle",
                     "Ciclo ripetuto; tecnico intervenuto entro 48 ore": "cycle repeated; technician on site within 48 hours",
                     "Soluzione per impronte scaduta da 3 giorni": "Impression disinfectant expired 3 days earlier",
                     "Soluzione sostituita; scadenze registrate sul flacone": "solution replaced; expiry dates written on the bottle"}
            auditor = b[0].split("Auditor: ")[1]
            e = [f"Internal audit of the sterilisation process at {c['name']}, {QN[qname]}. Auditor: {auditor} This report is kept in English for the clinic's international accreditation file."]
            e.append(f"\n| Indicator | Value |\n|---|---|\n| Autoclave cycles logged | {cycles} |\n| Failed and repeated cycles | {failed} |\n| Daily Bowie-Dick tests | {'compliant' if not any('Bowie' in n[0] for n in ncs) else '1 missing'} |\n| Biological (spore) test | compliant |\n| Pouch traceability | {'complete' if not ncs else 'with findings'} |")
            e.append("\n## Non-conformities\n")
            if ncs:
                for n_, a_ in ncs:
                    e.append(f"- {NC_EN[n_]}. Corrective action: {NC_EN[a_]}.")
            else:
                e.append("No non-conformities found.")
            e.append(f"\nReference: *Protocollo clinico: sterilizzazione e tracciabilità dello strumentario*. Overall result: {'compliant' if len(ncs) < 2 else 'compliant with reservations'}.")
            add(f"audit-sterilisation-{c['slug']}-{qslug}.md", f"Sterilisation audit {c['name']} – {QN[qname]}", qdate, "\n".join(e), "Date")
        else:
            add(f"audit-sterilisation-{c['slug']}-{qslug}.md", f"Audit sterilizzazione {c['name']} – {qname}", qdate, "\n".join(b), "Date")

# ---------------------------------------------------------------- weekly schedules
for c in clinics:
    b = [f"Presenze settimanali degli odontoiatri presso {c['name']} (turni standard; variazioni comunicate dal call center)."]
    days = DAYS + (["sabato"] if c["sat"] else [])
    b.append("\n| Giorno | Odontoiatri presenti |\n|---|---|")
    for dd in days:
        names = [f"{d['title']} {d['last']}" for d in dentists if d["clinic"] == c["slug"] and dd in d["days"]]
        names += [f"{d['title']} {d['last']}" for d in dentists if d.get("second") == c["slug"] and d.get("second_day") == dd]
        b.append(f"| {dd.capitalize()} | {', '.join(names) if names else 'solo igienisti e urgenze'} |")
    b.append(f"\nGli igienisti dentali sono presenti tutti i giorni di apertura. Orario del sabato: {NEW_SAT if c['sat'] else 'chiuso'}.")
    if c["slug"] in INTL_CLINICS:
        b = [f"Weekly dentist rota at {c['name']} (standard shifts; changes are announced by the call centre)."]
        b.append("\n| Day | Dentists present |\n|---|---|")
        for dd in days:
            names = [f"Dr {d['last']}" for d in dentists if d["clinic"] == c["slug"] and dd in d["days"]]
            names += [f"Dr {d['last']}" for d in dentists if d.get("second") == c["slug"] and d.get("second_day") == dd]
            b.append(f"| {DAYS_EN[dd]} | {', '.join(names) if names else 'hygienists and emergencies only'} |")
        b.append(f"\nDental hygienists are present on every opening day. Saturday hours: {NEW_SAT if c['sat'] else 'closed'}. English-speaking patients can book through the International Patient Desk ({INTL_PHONE}).")
        add(f"schedule-{c['slug']}.md", f"Dentist rota – {c['name']}", "2026-09-07", "\n".join(b))
    else:
        add(f"schedule-{c['slug']}.md", f"Turni odontoiatri – {c['name']}", "2026-09-07", "\n".join(b))

# ---------------------------------------------------------------- monthly bulletins
BUL = [("2025-10", "ottobre 2025", "2025-10-01", ["Apertura delle iscrizioni al corso interno di fotografia intraorale.", "Nuovo modulo di consenso informato per l'implantologia in uso da novembre."]),
       ("2025-11", "novembre 2025", "2025-11-03", ["Audit sterilizzazione del quarto trimestre programmati a dicembre.", "Promemoria: i richiami igiene vanno inviati 7 giorni prima dell'appuntamento."]),
       ("2025-12", "dicembre 2025", "2025-12-01", ["Orari natalizi pubblicati per tutte le sedi.", "Raccolta fondi di Natale per l'associazione Sorrisi in Corsia."]),
       ("2026-01", "gennaio 2026", "2026-01-07", ["Entra in uso il nuovo gestionale agende CastelAgenda 4.", "Convenzione Fondo Dentale Cooperativo: primo anno completato."]),
       ("2026-02", "febbraio 2026", "2026-02-02", ["Corso BLSD di rinnovo per tutti gli assistenti entro marzo.", "Aggiornato il foglio istruzioni per gli allineatori."]),
       ("2026-03", "marzo 2026", "2026-03-02", ["Chiusure pasquali in pubblicazione.", "Il sabato mattina resta 08:30–12:30 in tutte le sedi aperte il sabato."]),
       ("2026-04", "aprile 2026", "2026-04-01", ["Annunciato il trasferimento di Castellan Bergamo Centro a giugno.", "In preparazione l'aggiornamento del listino per giugno."]),
       ("2026-05", "maggio 2026", "2026-05-04", ["Pubblicato l'avviso sui nuovi prezzi dal 1° giugno 2026.", "Firmata la convenzione con Cassa Salute Serenis (attiva dal 1° luglio)."]),
       ("2026-06", "giugno 2026", "2026-06-01", ["Nuovo listino in vigore da oggi.", "Bergamo Centro apre in Via Camozzi 41 il 15 giugno."]),
       ("2026-07", "luglio 2026", "2026-07-01", ["Convenzione Cassa Salute Serenis attiva da oggi in tutte le sedi.", "Protocollo anticoagulanti: la versione 3 entra in vigore il 20 luglio."]),
       ("2026-08", "agosto 2026", "2026-08-03", ["Castellan Lecco chiusa per ristrutturazione dal 3 al 28 agosto.", "Dal 5 settembre nuovo orario del sabato 09:00–13:30."]),
       ("2026-09", "settembre 2026", "2026-09-01", ["Nuovo orario del sabato in vigore da sabato 5 settembre.", "Annunciata l'apertura di Castellan Bologna a gennaio 2027."]),
       ("2026-10", "ottobre 2026", "2026-10-01", ["Orari natalizi 2026 in pubblicazione entro il 5 ottobre.", "Audit del terzo trimestre completati in tutte le sedi."])]
for slug, name, date, items in BUL:
    b = [f"Notizie interne per il personale di reception, assistenti e odontoiatri – {name}."]
    b.append("\n## In evidenza\n")
    b += [f"- {x}" for x in items]
    b.append("\n## Formazione del mese\n")
    b.append(pick("- Webinar di 45 minuti sulla comunicazione del preventivo al paziente (martedì, ore 13:30).",
                  "- Sessione pratica sul carrello delle emergenze in ogni sede: verificare le presenze nel registro BLSD.",
                  "- Modulo e-learning sulla privacy dei dati sanitari: completamento entro fine mese.",
                  "- Incontro online per i referenti di sterilizzazione sui risultati degli audit trimestrali."))
    b.append("\n## Promemoria ricorrenti\n- Verificare sempre allergie e terapie in corso all'accettazione.\n- I preventivi hanno validità 90 giorni.\n- Segnalare al direttore sanitario ogni evento avverso entro 24 ore.")
    add(f"bulletin-{slug}.md", f"Bollettino interno – {name}", date, "\n".join(b), "Date")

# ---------------------------------------------------------------- hygiene teams
HYG_F = ["Elena", "Roberta", "Monica", "Daniela", "Cristina", "Laura", "Alice", "Giada", "Sofia", "Marika", "Jessica", "Debora"]
HYG_M = ["Fabio", "Alberto", "Mattia", "Luigi", "Omar", "Ivan"]
HYG_L = ["Airoldi", "Bonalumi", "Brivio", "Caprioli", "Colnaghi", "Donghi", "Gatti", "Lissoni", "Mauri", "Mottadelli", "Nespoli", "Paleari",
         "Pessina", "Ronchi", "Sangalli", "Sormani", "Vismara", "Zappa", "Arienti", "Belloni", "Cantù", "Fontana", "Limonta", "Mazzola"]
hyg_used = set()
for c in clinics:
    n = 2 if c["chairs"] <= 5 else 3 if c["chairs"] <= 7 else 4
    team = []
    while len(team) < n:
        nm = f"{rng.choice(HYG_F + HYG_M)} {rng.choice(HYG_L)}"
        if nm in hyg_used:
            continue
        hyg_used.add(nm)
        team.append(nm)
    b = [pick(f"Il team di igiene dentale di {c['name']} segue i pazienti per le sedute di igiene professionale, i richiami e il mantenimento parodontale.",
              f"A {c['name']} lavorano {n} igienisti dentali, presenti in tutti i giorni di apertura della clinica.")]
    b.append("\n| Igienista | Giorni |\n|---|---|")
    opendays = DAYS + (["sabato"] if c["sat"] else [])
    for k, nm in enumerate(team):
        dd = [x for j, x in enumerate(opendays) if (j + k) % n != 0 or n == 1] if n > 2 else opendays[k::2] + opendays[(k + 1) % 2::4]
        dd = sorted(set(dd), key=opendays.index)
        b.append(f"| {nm} | {', '.join(dd)} |")
    b.append(f"\nDurata della seduta di igiene: 45–60 minuti. Prezzo in sede dal 1° giugno 2026: {eur(price('IGI', c['tier']))}. "
             + pick("I richiami sono proposti dal gestionale dopo 5 mesi e mezzo.", "Per i pazienti parodontali il richiamo è ogni 3–4 mesi.", "Il richiamo standard è semestrale."))
    b.append(pick("\nTutte le sedute includono air-polishing con polvere di eritritolo.", "\nLe sedute comprendono ablazione, air-polishing con eritritolo e lucidatura."))
    b.append(f"\nPrenotazioni e spostamenti dei richiami: {c['phone']} o rispondendo SPOSTA all'SMS di promemoria.")
    if c["slug"] in INTL_CLINICS:
        TRH = {"lunedì": "Monday", "martedì": "Tuesday", "mercoledì": "Wednesday", "giovedì": "Thursday", "venerdì": "Friday", "sabato": "Saturday",
               "| Igienista | Giorni |": "| Hygienist | Days |",
               f"Il team di igiene dentale di {c['name']} segue i pazienti per le sedute di igiene professionale, i richiami e il mantenimento parodontale.": f"The dental hygiene team at {c['name']} looks after professional cleanings, recalls and periodontal maintenance.",
               f"A {c['name']} lavorano {n} igienisti dentali, presenti in tutti i giorni di apertura della clinica.": f"{n} dental hygienists work at {c['name']}, covering every opening day.",
               "Durata della seduta di igiene: 45–60 minuti. Prezzo in sede dal 1° giugno 2026: ": "A hygiene session lasts 45–60 minutes. Price at this clinic from 1 June 2026: ",
               "I richiami sono proposti dal gestionale dopo 5 mesi e mezzo.": "Recalls are proposed by the booking system after five and a half months.",
               "Per i pazienti parodontali il richiamo è ogni 3–4 mesi.": "Gum-disease patients are recalled every 3–4 months.",
               "Il richiamo standard è semestrale.": "The standard recall is every six months.",
               "Tutte le sedute includono air-polishing con polvere di eritritolo.": "Every session includes air-polishing with erythritol powder.",
               "Le sedute comprendono ablazione, air-polishing con eritritolo e lucidatura.": "Sessions include scaling, erythritol air-polishing and polishing.",
               "Prenotazioni e spostamenti dei richiami: ": "To book or move a recall: ",
               " o rispondendo SPOSTA all'SMS di promemoria.": ", or reply MOVE to the reminder text."}
        txt = "\n".join(b)
        for k in sorted(TRH, key=len, reverse=True):
            txt = txt.replace(k, TRH[k])
        txt = txt.replace(f"{eur(price('IGI', c['tier']))}", eur_en(price('IGI', c['tier'])))
        add(f"hygiene-team-{c['slug']}.md", f"Hygiene team – {c['name']}", "2026-06-05", txt)
    else:
        add(f"hygiene-team-{c['slug']}.md", f"Team igiene – {c['name']}", "2026-06-05", "\n".join(b))

# ---------------------------------------------------------------- articles
from articles import ARTICLES
for fname, title, date, body in ARTICLES:
    add(fname, title, date, body)

# ---------------------------------------------------------------- core docs
from core_docs import CORE
for fname, title, date, body, label in CORE:
    add(fname, title, date, body, label)

# ---------------------------------------------------------------- write
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
for fname, text in DOCS.items():
    with open(os.path.join(OUT, fname), "w") as fh:
        fh.write(text)
json.dump(dict(dentists=dentists), open(os.path.join(os.path.dirname(__file__), "entities.json"), "w"), ensure_ascii=False, indent=1)
print(len(DOCS), "docs written")

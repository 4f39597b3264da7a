#!/usr/bin/env python3
"""Build eval/routing.jsonl and eval/qa.jsonl; verify every rag/both fact against the cited corpus file.
Writes tools/label-notes.md (which document answers each rag/both query)."""
import json, os, random

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(HERE, "..", "corpus")

# (query, route, [source files], [strings that must appear in those files])
R = []


def q(query, route, sources=(), checks=()):
    R.append(dict(query=query, route=route, sources=list(sources), checks=list(checks)))


# ------------------------------------------------------------------ RAG (30)
q("nuovo indirizzo di Castellan Bergamo Centro? il pz ha ancora quello vecchio", "rag", ["clinic-bergamo-centro.md"], ["Via Camozzi 41"])
q("orario del sabato a Castellan Padova", "rag", ["clinic-padova.md"], ["| Sabato | 09:00–13:30 |"])
q("How much is a single implant at the Como clinic now, crown included?", "rag", ["price-list-como-2026.md"], ["Impianto singolo (impianto + moncone + corona) | 2.090 €"])
q("quanto costa l'igiene professionale a Cremona?", "rag", ["price-list-cremona-2026.md"], ["Igiene professionale | 85 €"])
q("Veneta Mutua Soccorso vale anche nelle cliniche lombarde? pz di Brescia chiede", "rag", ["faq-insurance.md"], ["No, è attiva solo nelle cliniche del Veneto e del Trentino-Alto Adige."])
q("codice convenzione Serenis?", "rag", ["notice-2026-06-10-new-convention-serenis.md"], ["SRN-CDG-2026-01"])
q("Under the current anticoag protocol, what's the max INR for a simple extraction in a warfarin pt?", "rag", ["protocol-anticoagulant-patients.md"], ["INR ≤ 3,5"])
q("Lecco quando riapre dopo i lavori di agosto?", "rag", ["notice-2026-07-25-lecco-renovation-closure.md"], ["lunedì 31 agosto 2026"])
q("chi è la responsabile di sede a Torino San Salvario?", "rag", ["clinic-torino-san-salvario.md"], ["Elena Bruno"])
q("Does Dr Veronica Operti speak English, and which days is she in Como?", "rag", ["dentist-veronica-operti.md"], ["English", "Castellan Como – Monday, Thursday"])
q("parcheggio convenzionato torino crocetta??", "rag", ["clinic-torino-crocetta.md"], ["90 minuti gratuiti"])
q("Previmed pre-auth – how many working days do they take to reply?", "rag", ["preauth-guide-previmed-italia.md"], ["entro 4 giorni lavorativi"])
q("pz ha disdetto la chirurgia ieri sera per stamattina: quanto addebitiamo?", "rag", ["policy-cancellation-no-show.md"], ["**80 €** per sedute chirurgiche o implantari"])
q("autoclave cycle for porous loads – temp and minutes?", "rag", ["protocol-sterilisation.md"], ["134 °C per 4 minuti"])
q("Which Turin clinics are open on Saturday?", "rag", ["notice-2026-08-10-saturday-hours-change.md"], ["Castellan Torino Crocetta", "Castellan Torino Lingotto"])
q("prezzo allineatori completi a Verona Borgo Roma", "rag", ["price-list-verona-borgo-roma-2026.md"], ["Allineatori trasparenti – trattamento completo | 4.450 €"])
q("chi è il direttore sanitario a Varese", "rag", ["faq-clinic-varese.md"], ["il direttore sanitario è Dott.ssa Alessia Sala"])
q("Orizzonte pre-auth vanno via fax — qual è il numero?", "rag", ["preauth-guide-orizzonte-assicurazioni-salute.md"], ["fax 02 9916 4420"])
q("Atlantica Expat: do we bill them direct or does the patient claim back?", "rag", ["insurer-atlantica-expat-insurance.md"], ["**Payment:** reimbursement"])
q("massimale annuo odontoiatrico EuroCare Global Health?", "rag", ["insurer-eurocare-global-health.md"], ["€4,000"])
q("Bologna quando apre esattamente?", "rag", ["notice-2026-09-20-new-clinic-bologna.md"], ["lunedì 11 gennaio 2027"])
q("guasto autoclave Lingotto febbraio: cosa ha sostituito il tecnico?", "rag", ["incident-2026-02-18-autoclave-torino-lingotto.md"], ["sostituita la guarnizione della porta"])
q("Pavia chiude per ferragosto? che date", "rag", ["notice-holiday-ferragosto-2026-pavia.md"], ["dal 10 al 21 agosto 2026"])
q("tranexamic acid mouthwash after XLA in anticoagulated pts - how long now?", "rag", ["protocol-anticoagulant-patients.md"], ["4 volte al giorno per 2 giorni"])
q("profilassi antibiotica se allergico alla penicillina, cosa diamo?", "rag", ["protocol-antibiotic-prophylaxis.md"], ["azitromicina 500 mg"])
q("HbA1c cutoff for elective implant surgery in diabetics?", "rag", ["protocol-diabetic-patients.md"], ["HbA1c ≤ 7,5%"])
q("igienisti a Como chi sono", "rag", ["hygiene-team-como.md"], ["Giada Airoldi", "Daniela Cantù"])
q("Magnani – which day is he at Città Studi?", "rag", ["dentist-edoardo-magnani.md"], ["Castellan Milano Città Studi – martedì"])
q("giovedì Milano Isola fino a che ora è aperta?", "rag", ["clinic-milano-isola.md"], ["| Giovedì | 09:00–21:00 |"])
q("quanti pazienti hanno ricevuto l'sms sbagliato del sabato a settembre?", "rag", ["incident-2026-09-08-saturday-sms-error.md"], ["214"])

# ------------------------------------------------------------------ BOTH (30)
# recall / reminder SMS
q("sms promemoria per la sig.ra Conti, igiene sabato 24/10 ore 9:30 a Castellan Bergamo Centro. metti indirizzo e tel della clinica", "both",
  ["clinic-bergamo-centro.md"], ["Via Camozzi 41", "035 422 6180"])
q("Reminder text in English for Mark Feeney, check-up Thu 29/10 at 16:00, Castellan Torino Crocetta – include the clinic address and phone pls", "both",
  ["clinic-torino-crocetta.md"], ["Corso Galileo Ferraris 96", "011 596 2240"])
q("richiamo igiene 6 mesi per il sig. Vitali, sede Castellan Pavia; nel testo scrivi anche l'orario del sabato della clinica", "both",
  ["clinic-pavia.md"], ["| Sabato | 09:00–13:30 |"])
q("Can you do the reminder SMS for Ms Okoro – appt at Castellan Milano Navigli 7/11 10:00 – and tell her where she can park?", "both",
  ["clinic-milano-navigli.md"], ["Posti auto riservati ai pazienti nel cortile interno (4 posti, su prenotazione)."])
q("promemoria controllo sig. Galbiati 12/11 h17:30 Castellan Milano Isola, con indirizzo + numero sede", "both",
  ["clinic-milano-isola.md"], ["Via Borsieri 31", "02 6887 4410"])
q("recall igiene x Bianca Ferri (Castellan Vicenza), ultima seduta 6 mesi fa – aggiungi info sul parcheggio convenzionato", "both",
  ["clinic-vicenza.md"], ["Parcheggio Park Verdi convenzionato: 2 ore gratuite."])
q("reminder for Mr Jansen, hygiene Saturday 14/11 at 9:00, Castellan Monza. Add the clinic address and phone from our records", "both",
  ["clinic-monza.md"], ["Via Italia 52", "039 231 8840"])
q("sms sig. Bellotti prima visita sabato 31/10 ore 9, Castellan Novara: mi serve anche il telefono della sede nel messaggio", "both",
  ["clinic-novara.md"], ["0321 612 745"])
# treatment plans
q("piano di cura per il sig. Rinaldo Gatto, Castellan Brescia Centro: impianto singolo sul 36 + TAC cone beam di pianificazione. usa i prezzi del listino della sede", "both",
  ["price-list-brescia-centro-2026.md"], ["Impianto singolo (impianto + moncone + corona) | 1.890 €", "TAC cone beam (CBCT) | 140 €"])
q("Treatment plan summary for Ms Lindqvist at Castellan Milano Porta Romana: comprehensive clear aligners + retainers both arches. Use the clinic's current prices.", "both",
  ["price-list-milano-porta-romana-2026.md"], ["Allineatori trasparenti – trattamento completo | 4.850 €", "Contenzione post-ortodontica (per arcata) | 220 €"])
q("riepilogo piano x pz Castellan Trento: devitalizzazione molare 46 + corona in zirconio, prezzi listino di Trento aggiornati", "both",
  ["price-list-trento-2026.md"], ["Devitalizzazione molare | 460 €", "Corona in zirconio | 740 €"])
q("plan in English for an expat at Castellan Padova – professional hygiene plus two composite fillings (25, 26). I don't have the prices to hand, take them from the Padova list", "both",
  ["price-list-padova-2026.md"], ["Igiene professionale | 95 €", "Otturazione in composito | 120 €"])
q("piano di trattamento: sbiancamento alla poltrona + 2 faccette in ceramica su 11 e 21, paziente di Castellan Como, con i prezzi in vigore", "both",
  ["price-list-como-2026.md"], ["Sbiancamento professionale alla poltrona | 410 €", "Faccetta in ceramica | 780 €"])
q("Plan summary: surgical extraction of 38 + panoramic X-ray at Castellan Varese, list prices, and name the dentist who does oral surgery there", "both",
  ["price-list-varese-2026.md", "service-est-ch-varese.md"], ["Estrazione chirurgica del dente del giudizio | 320 €", "Ortopanoramica | 45 €", "Dott.ssa Alessia Sala"])
q("bimbo 7 anni, Castellan Cremona: visita pedodontica + sigillature sui 4 primi molari. fammi il piano con i prezzi della sede", "both",
  ["price-list-cremona-2026.md"], ["Visita pedodontica | 40 €", "Sigillatura dei solchi (per dente) | 35 €"])
q("full-arch on 4 implants, upper, at Castellan Torino Lingotto – need the patient plan summary with the clinic price", "both",
  ["price-list-torino-lingotto-2026.md"], ["Riabilitazione full-arch su 4 impianti (per arcata) | 10.900 €"])
# pre-authorisation letters
q("lettera di preautorizzazione a Cassa Salute Serenis per la sig.ra Pagano (n. assistito SRN-448812), impianto 46 a Castellan Bergamo Centro con Dott. Federico Perego. inserisci tu codice convenzione, indirizzo sede e prezzo di listino", "both",
  ["notice-2026-06-10-new-convention-serenis.md", "clinic-bergamo-centro.md", "price-list-bergamo-centro-2026.md"], ["SRN-CDG-2026-01", "Via Camozzi 41", "1.890 €"])
q("Pre-auth letter to EuroCare Global Health for member Tom Hale, policy EC-55120, molar root canal on 26 at Castellan Milano Navigli. Fill in our agreement code and the clinic price.", "both",
  ["insurer-eurocare-global-health.md", "price-list-milano-navigli-2026.md"], ["ECGH-IT-2290", "Devitalizzazione molare | 520 €"])
q("richiesta autorizzazione Mutua Lombarda Salute x sig. Colombo (pol. 7781-MLS): devitalizzazione molare 36 + corona zirconio, Castellan Monza. metti codice convenzione e importi", "both",
  ["insurer-mutua-lombarda-salute.md", "price-list-monza-2026.md"], ["MLS-CDG-2023-017", "Devitalizzazione molare | 520 €", "Corona in zirconio | 850 €"])
q("Atlantica Expat pre-authorisation letter, Ana Souza, member ATX-77120, implant at 14, Castellan Como – include the agreement code + email they want it sent to", "both",
  ["preauth-guide-atlantica-expat-insurance.md"], ["ATX-PRV-6631", "claims.dental@atlantica-expat.example"])
q("lettera a Fondo Sanitario Artigiani Nord per estrazione chirurgica 48, pz Ruffini Mauro, Castellan Novara, Dott. Marco Sironi – manca il codice conv. e l'importo, prendili tu", "both",
  ["insurer-fondo-sanitario-artigiani-nord.md", "price-list-novara-2026.md"], ["FSAN/CD/0412", "Estrazione chirurgica del dente del giudizio | 320 €"])
q("Previmed preauth for clear aligners (comprehensive) – patient Giada Motta, Castellan Verona Borgo Trento, Dr Marco Crippa. Need agreement code and price filled in", "both",
  ["insurer-previmed-italia.md", "price-list-verona-borgo-trento-2026.md"], ["PVM-77-CASTELLAN", "Allineatori trasparenti – trattamento completo | 4.450 €"])
q("preautorizzazione CABP: 2 impianti (15 e 25) per il sig. Oberti a Castellan Milano Città Studi, codice convenzione + prezzi attuali per favore", "both",
  ["insurer-cassa-assistenza-bancari-padani.md", "price-list-milano-citta-studi-2026.md"], ["CABP-0931", "Impianto singolo (impianto + moncone + corona) | 2.090 €"])
q("Orizzonte Assicurazioni pre-auth letter for Mr Farouk, single implant 24 at Castellan Brescia Lamarmora; put in the agreement code and the fax we send it to", "both",
  ["preauth-guide-orizzonte-assicurazioni-salute.md"], ["ORZ-DENT-88120", "fax 02 9916 4420"])
# SOAP notes
q("SOAP pls: pt 71y on warfarin, INR 3.2 this am, simple XLA 45 done under LA, 2 sutures, haemostasis ok. In the plan add the INR limit + how recent the INR must be per our current anticoag protocol", "both",
  ["protocol-anticoagulant-patients.md"], ["INR ≤ 3,5", "entro 24 ore"])
q("sistemami in SOAP: pz 64a in apixaban, estratti 34 e 35, spugna + punti, nessuna complicanza. nel P scrivi lo schema di acido tranexamico del protocollo attuale", "both",
  ["protocol-anticoagulant-patients.md"], ["10 ml per 2 minuti, **4 volte al giorno per 2 giorni**"])
q("clean up into SOAP – 58y M on rivaroxaban, consult for implant 36 next week, CBCT ok bone width 7mm. in P add what our protocol says about the morning DOAC dose on surgery day", "both",
  ["protocol-anticoagulant-patients.md"], ["posticipare la dose del mattino a 4 ore dopo l'intervento"])
q("nota SOAP: bimba 5 anni 18kg, carie 75 e 85, fatta otturazione 85 con LA. aggiungi nel piano la dose massima di articaina del nostro protocollo pediatrico", "both",
  ["protocol-paediatric-patients.md"], ["articaina 4% massimo 7 mg/kg"])
q("SOAP note please. 66F, mechanical mitral valve, penicillin allergy, perio scaling booked next wk. Add the prophylaxis regimen our protocol prescribes for her", "both",
  ["protocol-antibiotic-prophylaxis.md"], ["azitromicina 500 mg"])
q("SOAP: pz diabetica tipo 2, 59a, HbA1c 8,1%, chiede impianto 46, edentulia da 1 anno. nella valutazione cita la soglia di HbA1c del nostro protocollo per la chirurgia implantare", "both",
  ["protocol-diabetic-patients.md"], ["HbA1c ≤ 7,5%"])

# ------------------------------------------------------------------ TUNED (30)
q("promemoria sig.ra Fumasoni, igiene martedì 17/11 ore 15:00, Castellan Cremona, Via Dante 102, tel 0372 418 260", "tuned")
q("reminder SMS: Jonas Weber, aligner check Wed 18/11 11:40, Castellan Milano Isola, Via Borsieri 31 – phone 02 6887 4410, ask him to bring his current trays", "tuned")
q("Mi prepari il richiamo per il sig. Ottavio Sala? ultima visita 12 mesi fa, sede Castellan Lecco (Corso Martiri della Liberazione 45), prenotazioni 0341 362 557", "tuned")
q("recall text in english for Priyanka Rao: last cleaning 4 months ago (perio maintenance), Castellan Padova, Via Venezia 61, tel 049 807 3316", "tuned")
q("sms x sig. Donati\nprima visita\nven 20/11 ore 8:45\nClinica Castellan Piacenza, Via Emilia Pavese 76\ntel 0523 591 274\nportare tessera sanitaria", "tuned")
q("reminder per pz inglese Sarah Doyle, controllo lun 23/11 h 14:30, Castellan Como viale Lecco 77, tel 031 270 5512", "tuned")
q("appointment reminder for little Leo Marsh (mum Kate): paediatric check-up Thu 26/11 16:15 at Castellan Trento, Via Brennero 139, 0461 823 650. child must come with a parent", "tuned")
q("piano di cura per la sig.ra Graziella Poli, Castellan Vicenza, Dott. Carlo Salvioni, 15 ottobre 2026: devitalizzazione molare 36 (460 €) + corona zirconio (740 €). dolore da 5 giorni, carie profonda con pulpite. tempi 3-4 settimane", "tuned")
q("Treatment plan summary for Mr Kevin Doyle, Castellan Milano Navigli, Dr Edoardo Toffanin, 14 Oct 2026. Missing 46 for a year, enough bone on CBCT. CBCT €160, implant with abutment & crown €2,090. About 4 months.", "tuned")
q("piano x pz Mirko Sala – parodontite con tasche fino a 6 mm. levigatura per quadrante x4 a 130 €, rivalutazione 60 €. Dott. Jacopo Tosco, Castellan Torino Crocetta, 13/10/2026", "tuned")
q("can you turn this into the patient plan: Anna Berg, 9 y, first molars erupted, medium caries risk. paediatric check-up 45, sealants x4 at 40, fluoride 30. Castellan Bergamo Centro, Dr Sara Maffioli, 12 Oct 2026", "tuned")
q("Riepilogo piano di trattamento:\n- paziente Ezio Carrara\n- sede Castellan Novara\n- dentista Dott. Federico Campagnolo\n- data 9 ottobre 2026\n- quadro: arcata superiore edentula, protesi vecchia di 14 anni instabile\n- prestazioni: protesi totale superiore x1 1.550 €; controllo e ribasatura a 3 mesi x1 120 €", "tuned")
q("plan summary in italiano per la paziente Ludovica Re: 38 incluso, 3 episodi di pericoronite. ortopanoramica 45 €, estrazione chirurgica 320 €. Castellan Pavia, Dott.ssa Paola Nardin, 8/10/2026 – il prezzo della opt forse cambia, lascialo così", "tuned")
q("treatment plan: whitening + 4 veneers for Chloé Martin (unhappy with colour/shape of upper front teeth). In-office whitening €410, veneers €780 each – price for the mock-up still tbc. Castellan Milano Porta Romana, 15 Oct 2026", "tuned")
q("piano cura allineatori per Matilde Gori: affollamento sup e inf, 16 mesi. allineatori 4.450 €, contenzioni 2 x 200 €. Dott.ssa Valentina Lanfranchi, 11 ottobre 2026, sede Castellan Brescia Centro", "tuned")
q("lettera preautorizzazione a Previmed Italia per Loredana Bassi, n. polizza PV-302144, cod. convenzione PVM-77-CASTELLAN. diagnosi carie profonda con pulpite irreversibile 46. devitalizzazione molare 480 € + corona zirconio 780 €. Castellan Padova, Via Venezia 61, Padova, Dott. Nicolò Canepa. inizio 2 novembre 2026. allegati opt + piano firmato. firma segreteria Giulia Marchetto", "tuned")
q("Pre-auth request to EuroCare Global Health – member Liam O'Connor, policy ECG-881204, agreement code ECGH-IT-2290. Dx: single missing tooth 36. Implant with abutment and crown €2,090. Castellan Milano Porta Romana, Corso di Porta Romana 118, Milano; Dr Michele Longhi. Start 9 Nov 2026. Encl: CBCT report, signed plan. Sign: Helen Marchetti, International Patient Desk", "tuned")
q("preauth Fondo Dentale Cooperativo\nassistito Franca Zani n. FDC-55190\ndx parodontite stadio III\nlevigatura 4 quadranti 480 €\nCastellan Pavia Viale Matteotti 9 Pavia – Dott.ssa Lucia Bertola\ninizio 16 novembre 2026\nallegati ortopanoramica, piano di cura firmato\nfirma Dott.ssa Lucia Bertola", "tuned")
q("Could you draft the pre-authorisation letter for Mr Hamid Saleh (Atlantica Expat Insurance, member ATX-90017)? Wisdom tooth 48 impacted with recurrent pericoronitis; surgical extraction €340 at Castellan Verona Borgo Trento, Via Mameli 22, Verona, with Dr Veronica Brambati, starting 3 Nov 2026. Enclosures: panoramic X-ray. No agreement code needed on this one — leave it blank", "tuned")
q("Mi scrivi la richiesta di autorizzazione per Rita Guidi (Veneta Mutua Soccorso, n. VMS-40017)? Diagnosi frattura coronale del 21, ricostruzione in composito 120 € + corona metallo-ceramica 590 €, inizio 28 ottobre 2026, Dott. Tommaso Bertolazzi presso Castellan Verona Borgo Trento, Via Mameli 22. Codice convenzione VMS-DEN-515. Allegati rx endorale e piano firmato. Firma: Francesca Zanetti", "tuned")
q("lettera di autorizzazione a Mutua Lombarda Salute, pz Aldo Brivio pol. MLS-118230, cod conv MLS-CDG-2023-017, impianto 25 a 2.090 €, Castellan Milano Città Studi via Pascoli 47 Milano, Dott.ssa Veronica Bellandi, inizio 23/11/2026, allegati TAC e piano firmato", "tuned")
q("Pre-authorisation letter in English, Cassa Salute Serenis (code SRN-CDG-2026-01) for member Elena Ruiz, no. SRN-22019: comprehensive clear aligners €4,850, class II malocclusion with crowding, Castellan Milano Isola, Via Borsieri 31, Milano, Dr Francesca Marangoni, start 1 Dec 2026, encl. panoramic X-ray, intraoral photos, signed plan", "tuned")
q("soap\npz Gino Ferrero 47a, dolore 16 da 4gg col freddo, no farmaci, allergie nessuna. EO neg. IO carie prof 16, perc +. rx: radiotrasp vicino polpa. dx pulpite irreversibile 16. fatto LA, apertura, CaOH, provvisorio. prox: completare endo 7gg\nDott. Stefano Pozzi 14/10/2026", "tuned")
q("clean up: Hannah Kim 34, hygiene + check. bleeding gums when brushing, non smoker. PD 4mm posterior, BOP 28%. dx gingivitis. hygiene done, IDB instructions. recall 6 months. allergies: latex", "tuned")
q("nota in cartella: pz Bruno Riva 52a urgenza gonfiore dx da 3 gg, T 38,1. allergie nessuna. EO tumefazione geniena dx. IO 46 carie destruente, ascesso vestibolare. opt lesione periapicale 46. incisione e drenaggio, amoxicillina 1g x3 6gg, paracetamolo. ricontrollo 48h", "tuned")
q("SOAP from my notes: pt Marco Ianni 68y, XLA 27 planned, on apixaban 5mg bd, last dose 7am not stopped. INR n/a. 27 grade 3 mobility, perio. LA articaine 1 carp, XLA uneventful, collagen sponge, 2 sutures. tranexamic rinses 10ml x4/day for 2 days. phone check tmrw, review 1 wk", "tuned")
q("sistemami in SOAP – controllo allineatori, Sofia Pini 27a, mascherina 12/20, porta 22h, nessun fastidio. tracking ok, attachment ok. consegnate fino alla 16. prossimo controllo 6 settimane. Dott.ssa Irene Vaudano 13/10/2026", "tuned")
q("note: 44y F, planned XLA 36 (vertical root fracture on PA). BP 128/80. allergies nickel. LA lido 2 carps, uneventful, 1 suture. post-op sheet given. review 7d then implant assessment", "tuned")
q("come si numera in FDI il secondo premolare inferiore sinistro?", "tuned")
q("riscrivi in SOAP: paziente Elvira Costa 80a, protesi totale sup instabile, dolore sotto la protesi lato dx da 1 sett. nessun farmaco. decubito vestibolare 1° quadrante. fatta ribasatura diretta e rifinitura. controllo 10 gg. Dott. Carlo Tremolada 15/10/2026", "tuned")

assert sum(1 for r in R if r["route"] == "rag") == 30, sum(1 for r in R if r["route"] == "rag")
assert sum(1 for r in R if r["route"] == "both") == 30, sum(1 for r in R if r["route"] == "both")
assert sum(1 for r in R if r["route"] == "tuned") == 30, sum(1 for r in R if r["route"] == "tuned")

# ------------------------------------------------------------------ QA (20 rag, 5 both, 5 tuned)
QA = []


def qa(question, answer, sources, route):
    QA.append(dict(question=question, answer=answer, sources=[f"corpus/{s}" for s in sources], route=route))


qa("Until when was Castellan Bergamo Centro located in Via Tiraboschi 18 (last day at the old site)?", "giovedì 11 giugno 2026", ["notice-2026-04-15-bergamo-centro-relocation.md"], "rag")
qa("Dal 5 settembre 2026, che orario fanno il sabato le cliniche aperte il sabato?", "09:00–13:30", ["notice-2026-08-10-saturday-hours-change.md"], "rag")
qa("What was the Saturday opening time before the September 2026 change?", "08:30–12:30", ["notice-2026-08-10-saturday-hours-change.md"], "rag")
qa("Quanto costa la devitalizzazione di un molare a Castellan Milano Bicocca dal 1° giugno 2026?", "520 €", ["price-list-milano-bicocca-2026.md"], "rag")
qa("What does professional hygiene cost at a tier C clinic after the June 2026 update?", "85 €", ["faq-hygiene.md"], "rag")
qa("Which portal is used for Cassa Salute Serenis pre-authorisations?", "Serenis Dental Hub", ["notice-2026-06-10-new-convention-serenis.md"], "rag")
qa("Qual è la quota a carico dell'assistito con Cassa Salute Serenis?", "15%", ["notice-2026-06-10-new-convention-serenis.md"], "rag")
qa("In the anticoagulant protocol v3, do DOAC patients stop their medicine for a simple extraction?", "nessuna sospensione", ["protocol-anticoagulant-patients.md"], "rag")
qa("Entro quante ore prima della seduta va controllato l'INR secondo il protocollo versione 3?", "entro 24 ore", ["protocol-anticoagulant-patients.md"], "rag")
qa("Which clinic handles emergencies while Castellan Lecco is closed for works in August 2026?", "Castellan Milano Porta Romana", ["notice-2026-07-25-lecco-renovation-closure.md"], "rag")
qa("Qual è il massimale annuo odontoiatrico di Mutua Lombarda Salute?", "2.500 €", ["insurer-mutua-lombarda-salute.md"], "rag")
qa("Which e-mail address receives Fondo Sanitario Artigiani Nord pre-authorisation requests?", "preautorizzazioni@fsan.example", ["preauth-guide-fondo-sanitario-artigiani-nord.md"], "rag")
qa("Con che frequenza si fa il test biologico con spore in autoclave?", "ogni settimana", ["protocol-sterilisation.md"], "rag")
qa("How many days' notice does the International Patient Desk need to book an interpreter?", "5 working days", ["international-patient-desk.md"], "rag")
qa("Dove si trova la futura clinica di Bologna?", "Via Marconi 58", ["notice-2026-09-20-new-clinic-bologna.md"], "rag")
qa("What is the Monza clinic's phone number?", "039 231 8840", ["clinic-monza.md"], "rag")
qa("Chi è la responsabile di sede di Castellan Padova?", "Giulia Marchetto", ["clinic-padova.md"], "rag")
qa("Up to how many instalments can a treatment plan be financed at zero interest?", "24 rate", ["policy-payments-financing.md"], "rag")
qa("Per quanti giorni è valido un preventivo firmato?", "90 giorni", ["policy-treatment-estimates.md"], "rag")
qa("Which price tier does Castellan Piacenza belong to?", "fascia C", ["price-list-piacenza-2026.md"], "rag")
qa("Write the recall SMS for Mrs Teresa Bonomi (last hygiene 6 months ago) at Castellan Brescia Lamarmora, including the clinic's address.", "Via Lamarmora 230", ["clinic-brescia-lamarmora.md"], "both")
qa("Prepara il piano di cura per un impianto singolo a Castellan Pavia con il prezzo di listino della sede.", "1.790 €", ["price-list-pavia-2026.md"], "both")
qa("Draft the pre-authorisation letter to SanaPlus Assicurazioni for a surgical wisdom tooth extraction; fill in the agreement code.", "SP-CONV-2024-055", ["insurer-sanaplus-assicurazioni.md"], "both")
qa("Nota SOAP per paziente in warfarin con INR 3,8 che doveva fare un'estrazione semplice: nel piano indica cosa prevede il protocollo attuale.", "INR > 3,5", ["protocol-anticoagulant-patients.md"], "both")
qa("Reminder SMS for Mr Paul Grant, check-up Saturday 21/11 at 09:30, Castellan Piacenza — add the clinic phone number.", "0523 591 274", ["clinic-piacenza.md"], "both")
qa("SMS di promemoria: sig. Walter Conca, igiene giovedì 19/11 ore 11:00, Castellan Como, Viale Lecco 77, tel 031 270 5512.", "[PROMEMORIA]", [], "tuned")
qa("Recall text for Ms Joanna Lee, last check-up 12 months ago, Castellan Trento, Via Brennero 139, phone 0461 823 650.", "[RECALL]", [], "tuned")
qa("Piano di cura per Pietro Fadda: bite notturno 320 € e visita 50 €, Castellan Bergamo Longuelo, 14 ottobre 2026 — totale?", "370 €", [], "tuned")
qa("Pre-authorisation letter to Previmed Italia for member Rosa Klein, policy PV-77120, agreement code PVM-77-CASTELLAN, root canal on 36 €480, Castellan Verona Borgo Roma, Via Scuderlando 88, start 30 Nov 2026.", "PV-77120", [], "tuned")
qa("SOAP: pz 40a, dolore 37 da 3gg, carie profonda, pulpite irreversibile, apertura e medicazione, prox endo 7gg.", "P – Piano", [], "tuned")

for x in QA:
    assert len(x["answer"]) > 0

# ------------------------------------------------------------------ verify
errors = 0
notes = ["# Label notes (private)\n", "Which corpus document answers each rag/both routing query and each rag/both QA item.\n", "## Routing\n"]
for i, r in enumerate(R):
    if r["route"] in ("rag", "both"):
        text = "".join(open(os.path.join(CORPUS, s)).read() for s in r["sources"])
        for c in r["checks"]:
            if c not in text:
                print("MISSING", i, r["route"], c, r["sources"]); errors += 1
        notes.append(f"- [{r['route']}] {r['query'][:110].replace(chr(10), ' / ')} → {', '.join(r['sources'])} — needs: {' | '.join(r['checks'])}")
    else:
        notes.append(f"- [tuned] {r['query'][:110].replace(chr(10), ' / ')} → all facts in request (or general knowledge)")
notes.append("\n## QA\n")
for x in QA:
    if x["route"] != "tuned":
        text = "".join(open(os.path.join(HERE, "..", s)).read() for s in x["sources"])
        if x["answer"] not in text:
            print("QA MISSING", x); errors += 1
    notes.append(f"- [{x['route']}] {x['question'][:100]} → {x['sources']} — answer: {x['answer']}")
open(os.path.join(HERE, "label-notes.md"), "w").write("\n".join(notes) + "\n")

rng = random.Random(42)
rows = [dict(query=r["query"], route=r["route"]) for r in R]
rng.shuffle(rows)
with open(os.path.join(HERE, "..", "eval", "routing.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
qrows = QA[:]
rng.shuffle(qrows)
with open(os.path.join(HERE, "..", "eval", "qa.jsonl"), "w") as f:
    for r in qrows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("errors", errors, "routing", len(rows), "qa", len(qrows))

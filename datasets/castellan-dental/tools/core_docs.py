"""Hand-written core documents (policies, protocols, dated notices, incident reports, FAQs).
Some tables are filled from data.py so that values agree with the generated pages."""
from data import *

CORE = []


def doc(fname, title, date, body, label="Updated"):
    CORE.append((fname, title, date, body.strip(), label))


def e(n):
    return f"{n:,}".replace(",", ".") + " €"


TRD = {t[0]: t for t in TREATMENTS}
SAT_CLINICS = [c[1] for c in CLINICS if c[8]]
TIERS = {k: [c[1] for c in CLINICS if c[7] == k] for k in "ABC"}

# ------------------------------------------------------------------ overviews
doc("overview-castellan-dental-group.md", "Castellan Dental Group – chi siamo", "2026-09-10", f"""
Castellan Dental Group è una rete di 25 cliniche odontoiatriche nel Nord Italia, con sedi in Lombardia, Piemonte, Veneto, Trentino-Alto Adige ed Emilia-Romagna. La prima clinica, Castellan Bergamo Centro, è stata aperta nel 2008; l'ultima in ordine di tempo è Castellan Piacenza (2022).

## Numeri

- 25 cliniche, 100 odontoiatri stabili, 66 igienisti dentali
- Milano: 5 cliniche (Porta Romana, Città Studi, Isola, Navigli, Bicocca)
- Torino: 3 cliniche (Crocetta, San Salvario, Lingotto)
- Bergamo, Verona e Brescia: 2 cliniche ciascuna
- Una clinica a Monza, Como, Varese, Lecco, Pavia, Cremona, Novara, Padova, Vicenza, Trento e Piacenza

## Direzione

- Amministratore delegato: Ing. Tommaso Castellan
- Direttore sanitario di gruppo: Dott. Carlo Benassi
- Responsabile qualità e sterilizzazione: Dott.ssa Mirella Coppi
- Responsabile International Patient Desk: Helen Marchetti

## Servizi comuni

- Call center unico {CALL_CENTRE} (lunedì–venerdì 08:00–20:00, sabato 09:00–13:00), che gestisce anche le urgenze durante le chiusure.
- International Patient Desk per pazienti stranieri e expat: {INTL_PHONE}, {INTL_EMAIL}.
- Listino unico articolato in tre fasce (A, B, C): vedi *Fasce di listino: come funzionano*.
- Convenzioni con 11 enti tra fondi, casse, mutue e assicurazioni (l'ultima, Cassa Salute Serenis, dal 1° luglio 2026).

## Novità 2026

- 1° giugno 2026: aggiornamento dei prezzi di cinque prestazioni.
- 15 giugno 2026: Castellan Bergamo Centro si trasferisce in Via Camozzi 41.
- 1° luglio 2026: nuova convenzione Cassa Salute Serenis.
- 20 luglio 2026: versione 3 del protocollo per pazienti in terapia anticoagulante.
- 5 settembre 2026: nuovo orario del sabato {NEW_SAT}.
- Gennaio 2027: apertura prevista di Castellan Bologna.
""")

doc("overview-en-castellan-dental-group.md", "About Castellan Dental Group", "2026-09-10", f"""
Castellan Dental Group runs 25 dental clinics across northern Italy: Milan (5), Turin (3), Bergamo (2), Verona (2), Brescia (2) and single clinics in Monza, Como, Varese, Lecco, Pavia, Cremona, Novara, Padua (Padova), Vicenza, Trento and Piacenza.

## For international patients

The International Patient Desk (manager: Helen Marchetti) books appointments in English, arranges interpreters for other languages, explains estimates and helps with international insurers. Phone {INTL_PHONE}, email {INTL_EMAIL}, Monday to Friday 09:00–18:00 (CET).

Twelve clinics have at least one English-speaking dentist and an English clinic guide: Milano Porta Romana, Milano Navigli, Milano Isola, Milano Città Studi, Como, Torino Crocetta, Bergamo Centro, Verona Borgo Trento, Brescia Centro, Padova, Monza and Trento.

## Prices

Prices follow three tiers (A, B, C) depending on the clinic. Written estimates are valid 90 days. Five treatments changed price on 1 June 2026 – see *Notice: price list update from 1 June 2026*.

## 2026 changes at a glance

- Bergamo Centro moved to Via Camozzi 41 on 15 June 2026.
- New insurer agreement: Cassa Salute Serenis (from 1 July 2026).
- Saturday opening hours are {NEW_SAT} from 5 September 2026 (previously {OLD_SAT}).
""")

# ------------------------------------------------------------------ tiers & directory
rows = "\n".join(f"| {c[1]} | {c[7]} |" for c in CLINICS)
doc("pricing-tiers-explained.md", "Fasce di listino: come funzionano", "2026-06-01", f"""
Il listino Castellan Dental Group è unico, ma ogni clinica applica una delle tre fasce di prezzo in base ai costi della sede.

- **Fascia A**: {', '.join(TIERS['A'])}.
- **Fascia B**: {', '.join(TIERS['B'])}.
- **Fascia C**: {', '.join(TIERS['C'])}.

| Clinica | Fascia |
|---|---|
{rows}

Il prezzo di ogni prestazione nella singola clinica è riportato nel *Listino prezzi* della sede. Le variazioni del 1° giugno 2026 sono descritte nell'*Avviso: aggiornamento listino dal 1° giugno 2026*.
""")

rows = "\n".join(f"| {c[1]} | {c[4]}, {c[5]} {c[2]} | {c[6]} | {'sì' if c[8] else 'no'} |" for c in CLINICS)
doc("clinic-directory.md", "Elenco delle cliniche Castellan Dental Group", "2026-09-05", f"""
Elenco aggiornato delle 25 cliniche con indirizzo, telefono e apertura del sabato (orario del sabato {NEW_SAT} dal 5 settembre 2026).

| Clinica | Indirizzo | Telefono | Sabato |
|---|---|---|---|
{rows}

Call center unico: {CALL_CENTRE}. International Patient Desk: {INTL_PHONE}.
""")

# ------------------------------------------------------------------ dated notices (post-cutoff changes)
changed = [t for t in TREATMENTS if t[7]]
rows = "\n".join(f"| {t[1]} | {e(t[6][0])} → {e(t[7][0])} | {e(t[6][1])} → {e(t[7][1])} | {e(t[6][2])} → {e(t[7][2])} |" for t in changed)
doc("notice-2026-05-04-price-update-june-2026.md", "Avviso: aggiornamento listino dal 1° giugno 2026", "2026-05-04", f"""
Dal **1° giugno 2026** cambiano i prezzi di cinque prestazioni in tutte le cliniche. Le altre voci del listino restano invariate.

| Prestazione | Fascia A | Fascia B | Fascia C |
|---|---|---|---|
{rows}

## Motivazioni

L'aumento riflette il costo dei materiali implantari e ortodontici, il nuovo contratto con il laboratorio odontotecnico e l'introduzione dello spazzolamento con polvere di eritritolo in tutte le sedute di igiene.

## Regole per la reception

1. I preventivi firmati prima del 1° giugno 2026 restano validi ai vecchi prezzi per 90 giorni dalla data di emissione.
2. Per i trattamenti ortodontici già iniziati (allineatori) il prezzo concordato non cambia.
3. I nuovi listini di sede sono pubblicati come *Listino prezzi <nome clinica>*.
""", "Date")

rows_en = "\n".join(f"| {t[2]} | €{t[6][0]:,} → €{t[7][0]:,} | €{t[6][1]:,} → €{t[7][1]:,} | €{t[6][2]:,} → €{t[7][2]:,} |" for t in changed)
doc("notice-2026-05-04-price-update-june-2026-en.md", "Notice: price list update from 1 June 2026", "2026-05-04", f"""
From **1 June 2026** five treatments have new prices at all clinics. Everything else on the price list is unchanged.

| Treatment | Tier A | Tier B | Tier C |
|---|---|---|---|
{rows_en}

Signed estimates issued before 1 June 2026 keep the old price for 90 days from the issue date. Aligner treatments already started keep the agreed price. Which clinic is in which tier: see *Fasce di listino: come funzionano*.
""", "Date")

doc("notice-2026-04-15-bergamo-centro-relocation.md", "Avviso: trasferimento di Castellan Bergamo Centro", "2026-04-15", f"""
Castellan Bergamo Centro lascia la storica sede di **{BERGAMO_OLD_ADDRESS}** e si trasferisce in **Via Camozzi 41, 24121 Bergamo**.

## Date

- Ultimo giorno nella vecchia sede: giovedì 11 giugno 2026
- Chiusura per trasloco: venerdì 12 e sabato 13 giugno 2026
- Apertura nella nuova sede: **lunedì 15 giugno 2026**

## Cosa cambia per i pazienti

- Il telefono (035 422 6180) e l'email (bergamo-centro@castellandental.it) restano gli stessi.
- La nuova sede ha 8 riuniti (prima 6) e una sala chirurgica dedicata.
- Parcheggio: nuova convenzione con il Parcheggio Malpensata, 2 ore gratuite con timbro della reception. La vecchia convenzione con il parcheggio di Piazza della Libertà termina l'11 giugno.
- Gli appuntamenti del 12 e 13 giugno sono stati spostati dal call center.

## Per lo staff

Aggiornare l'indirizzo in tutti i messaggi di promemoria e nelle lettere agli enti convenzionati a partire dal 15 giugno 2026.
""", "Date")

doc("notice-2026-08-10-saturday-hours-change.md", "Avviso: nuovo orario del sabato dal 5 settembre 2026", "2026-08-10", f"""
A partire da **sabato 5 settembre 2026** le cliniche aperte il sabato cambiano orario: da **{OLD_SAT}** a **{NEW_SAT}**.

Le {len(SAT_CLINICS)} cliniche interessate sono: {', '.join(SAT_CLINICS)}.

Le altre 10 cliniche restano chiuse il sabato. Il call center il sabato risponde dalle 09:00 alle 13:00.

## Perché

Lo spostamento di mezz'ora in avanti e l'allungamento di un'ora rispondono alla richiesta di appuntamenti di igiene nella tarda mattinata del sabato.

## Per la reception

- Gli appuntamenti del sabato già fissati alle 08:30 sono stati spostati alle 09:00; i pazienti ricevono un SMS di conferma.
- Aggiornare gli orari nei messaggi di promemoria.
""", "Date")

doc("notice-2026-06-10-new-convention-serenis.md", "Avviso: nuova convenzione Cassa Salute Serenis", "2026-06-10", f"""
Dal **1° luglio 2026** Castellan Dental Group è convenzionata in forma diretta con **Cassa Salute Serenis**, cassa di assistenza sanitaria integrativa per dipendenti del settore commercio e servizi.

## Dati principali

- Codice convenzione: **SRN-CDG-2026-01**
- Cliniche aderenti: tutte le 25 cliniche
- Pagamento: forma diretta (la cassa paga la clinica; l'assistito versa solo la quota a suo carico)
- Quota a carico dell'assistito: 15%
- Massimale annuo odontoiatrico: 2.800 €
- Autorizzazione preventiva: tramite portale **Serenis Dental Hub**, per piani oltre 250 € e sempre per implantologia e ortodonzia; risposta entro 3 giorni lavorativi

## Prestazioni principali

Visita e igiene (2 all'anno) al 100%; conservativa ed endodonzia all'85%; estrazione chirurgica all'85%; impianti al 75% fino a 1.300 € per impianto; allineatori con contributo fisso di 1.000 €.

Dettagli in *Convenzione Cassa Salute Serenis* e *Autorizzazione preventiva – Cassa Salute Serenis*.
""", "Date")

doc("notice-2026-07-15-anticoagulant-protocol-v3.md", "Avviso: protocollo anticoagulanti versione 3 in vigore dal 20 luglio 2026", "2026-07-15", """
Il Comitato clinico ha approvato il 10 luglio 2026 la versione 3 del *Protocollo clinico: pazienti in terapia anticoagulante o antiaggregante*, in vigore dal **20 luglio 2026**. La versione 2 (marzo 2024) non va più usata.

## Principali differenze

| Punto | Versione 2 | Versione 3 |
|---|---|---|
| INR massimo per estrazioni semplici (warfarin/acenocumarolo) | 3,0 | 3,5 |
| Tempo massimo del controllo INR prima della seduta | 72 ore | 24 ore |
| DOAC, estrazione semplice (fino a 3 denti) o levigature | saltare la dose del mattino | nessuna sospensione |
| DOAC, chirurgia implantare, estrazioni multiple (oltre 3) o del giudizio | saltare la dose del mattino | posticipare la dose del mattino a 4 ore dopo l'intervento, d'accordo con il medico curante |
| Acido tranexamico 5% (sciacqui) | 5 giorni | 2 giorni, 4 volte al giorno |
| Telefonata di controllo il giorno dopo | facoltativa | obbligatoria |

I dentisti devono annotare nella cartella la versione del protocollo applicata.
""", "Date")

doc("notice-2026-09-20-new-clinic-bologna.md", "Avviso: apertura di Castellan Bologna a gennaio 2027", "2026-09-20", """
Castellan Dental Group aprirà la sua ventiseiesima clinica a **Bologna, Via Marconi 58**, con apertura prevista **lunedì 11 gennaio 2027**.

- 6 riuniti, radiologia con TAC cone beam
- Fascia di listino: B
- Responsabile di sede: Lorenza Gualandi
- Le prenotazioni si apriranno a dicembre 2026 tramite il call center

Fino all'apertura la clinica non compare nell'elenco delle sedi e non gestisce appuntamenti. Le convenzioni attive nel gruppo saranno estese alla nuova sede dall'apertura.
""", "Date")

doc("notice-2026-07-25-lecco-renovation-closure.md", "Avviso: chiusura per lavori di Castellan Lecco (agosto 2026)", "2026-07-25", """
Castellan Lecco resterà chiusa **dal 3 al 28 agosto 2026** per la ristrutturazione della sala d'attesa e la sostituzione di due riuniti. La clinica riapre **lunedì 31 agosto 2026**.

Durante la chiusura:
- le urgenze sono gestite da Castellan Milano Porta Romana tramite il call center 800 914 220;
- i controlli ortodontici sono stati anticipati a luglio o spostati a settembre;
- i pazienti con allineatori possono passare alla mascherina successiva secondo le istruzioni ricevute.
""", "Date")

doc("notice-2026-01-10-castelagenda-4.md", "Avviso interno: nuovo gestionale agende CastelAgenda 4", "2026-01-10", """
Dal 12 gennaio 2026 tutte le cliniche usano **CastelAgenda 4** per agende, promemoria SMS e richiami.

- I promemoria SMS partono automaticamente 7 giorni e 1 giorno prima dell'appuntamento.
- I richiami di igiene sono proposti dal sistema 5 mesi e mezzo dopo l'ultima seduta.
- Il testo degli SMS resta nel formato di casa, massimo 320 caratteri.
- Le risposte SPOSTA/MOVE arrivano in una coda dedicata della reception.

Formazione: due sessioni online per sede entro il 30 gennaio 2026.
""", "Date")

# ------------------------------------------------------------------ protocols
doc("protocol-anticoagulant-patients.md", "Protocollo clinico: pazienti in terapia anticoagulante o antiaggregante", "2026-07-20", """
Versione 3 – approvata dal Comitato clinico il 10 luglio 2026, in vigore dal 20 luglio 2026. Responsabile: Dott. Carlo Benassi, direttore sanitario di gruppo. Sostituisce la versione 2 (marzo 2024).

## Campo di applicazione

Pazienti che assumono antagonisti della vitamina K (warfarin, acenocumarolo), anticoagulanti orali diretti (DOAC: apixaban, rivaroxaban, edoxaban, dabigatran) o antiaggreganti (acido acetilsalicilico, clopidogrel, ticagrelor).

## Regole generali

1. Non sospendere mai la terapia di propria iniziativa e non chiedere al paziente di farlo senza accordo con il medico curante.
2. Programmare le sedute chirurgiche al mattino e all'inizio della settimana.
3. Annotare in cartella farmaco, dosaggio, orario dell'ultima assunzione e versione del protocollo applicata.

## Warfarin e acenocumarolo (AVK)

- INR da controllare **entro 24 ore** prima della seduta.
- Estrazioni semplici (fino a 3 denti), levigature e piccola chirurgia: procedere se **INR ≤ 3,5**.
- INR > 3,5 o chirurgia implantare estesa: rinviare e contattare il centro TAO o il medico curante.

## DOAC

- Estrazione semplice (fino a 3 denti), igiene e levigature: **nessuna sospensione**.
- Chirurgia implantare, estrazioni multiple (oltre 3 denti) o estrazione chirurgica del dente del giudizio: **posticipare la dose del mattino a 4 ore dopo l'intervento**, d'accordo con il medico curante.

## Antiaggreganti

Singolo antiaggregante: non sospendere. Doppia antiaggregazione: consulto con il cardiologo prima di qualsiasi chirurgia.

## Emostasi locale

- Spugna di collagene o cellulosa ossidata nell'alveolo e sutura.
- Sciacqui con acido tranexamico 5%: 10 ml per 2 minuti, **4 volte al giorno per 2 giorni**.
- Evitare FANS per il dolore: usare paracetamolo.

## Dopo la seduta

Telefonata di controllo **obbligatoria il giorno successivo** da parte della clinica. In caso di sanguinamento persistente il paziente chiama la clinica o il call center 800 914 220.
""")

doc("protocol-sterilisation.md", "Protocollo clinico: sterilizzazione e tracciabilità dello strumentario", "2025-11-10", """
Versione 4 – in vigore dal 10 novembre 2025. Responsabile: Dott.ssa Mirella Coppi.

## Ciclo dello strumentario

1. Decontaminazione in vasca a ultrasuoni con detergente enzimatico (10 minuti).
2. Lavaggio e termodisinfezione a 93 °C per 10 minuti.
3. Asciugatura, controllo visivo, imbustamento con etichetta (data, operatore, numero ciclo, scadenza).
4. Sterilizzazione in autoclave classe B: 134 °C per 4 minuti (carichi porosi e cavi) oppure 121 °C per 20 minuti (materiali termosensibili).
5. Stoccaggio in cassetti chiusi; scadenza delle buste: 60 giorni.

## Controlli

- Test di Bowie-Dick e vuoto: ogni mattina prima del primo ciclo.
- Test biologico con spore (Geobacillus stearothermophilus): ogni settimana.
- Registrazione di ogni ciclo nel registro elettronico; tracciabilità paziente–busta in cartella.

## Non conformità

Ciclo fallito: il carico è riprocessato e il tecnico è chiamato se due cicli consecutivi falliscono. Gli audit trimestrali (*Audit sterilizzazione*) verificano registro, test e scadenze.
""")

doc("protocol-paediatric-patients.md", "Protocollo clinico: pazienti pediatrici", "2025-12-01", """
Versione 2 – in vigore dal 1° dicembre 2025.

## Accoglienza

- Primo controllo pedodontico consigliato entro i 3 anni di età.
- Appuntamenti dei bambini sotto i 6 anni preferibilmente al mattino, durata massima 30 minuti.
- Tecnica "tell-show-do"; niente mezzi di contenimento fisico.

## Consenso

- Consenso informato firmato da entrambi i genitori per trattamenti diversi da visita, igiene e sigillature; per visite e igiene basta un genitore.
- Il minore deve essere accompagnato da un adulto autorizzato con delega scritta se non è un genitore.

## Prevenzione

- Sigillature dei solchi sui primi molari permanenti tra 6 e 8 anni e sui secondi molari tra 11 e 13 anni.
- Fluoroprofilassi ogni 6 mesi nei bambini a rischio carie elevato.
- Dosi di anestetico calcolate sul peso: articaina 4% massimo 7 mg/kg; non usare articaina sotto i 4 anni.

## Sedazione

La sedazione cosciente con protossido d'azoto è disponibile solo nelle cliniche con pedodontista dedicato e richiede il digiuno da cibi solidi di 2 ore.
""")

doc("protocol-antibiotic-prophylaxis.md", "Protocollo clinico: profilassi antibiotica", "2025-10-20", """
Versione 3 – in vigore dal 20 ottobre 2025.

## Quando è indicata

Solo per pazienti ad alto rischio di endocardite (protesi valvolari, pregressa endocardite, alcune cardiopatie congenite) sottoposti a procedure che coinvolgono gengiva o regione periapicale.

## Schema

- Amoxicillina 2 g per bocca 30–60 minuti prima della procedura (bambini 50 mg/kg).
- Allergia alla penicillina: azitromicina 500 mg (bambini 15 mg/kg) 30–60 minuti prima. La clindamicina non è più raccomandata.

## Non indicata

Protesi articolari, diabete compensato, igiene di routine in pazienti non a rischio. In caso di dubbio contattare il cardiologo curante.
""")

doc("protocol-bisphosphonates.md", "Protocollo clinico: pazienti in terapia con bifosfonati o denosumab", "2025-10-20", """
Versione 2 – in vigore dal 20 ottobre 2025.

- Raccogliere farmaco, via di somministrazione (orale o endovenosa), durata e indicazione (osteoporosi o oncologica).
- Pazienti oncologici in terapia endovenosa o con denosumab: niente chirurgia implantare; estrazioni solo se indispensabili, con antibiotico e sutura primaria.
- Pazienti con bifosfonati orali da più di 4 anni: consenso specifico per rischio di osteonecrosi; preferire trattamenti conservativi.
- Controllo clinico a 1, 4 e 8 settimane dopo ogni estrazione.
- Nessuna sospensione del farmaco senza indicazione dello specialista prescrittore.
""")

doc("protocol-pregnant-patients.md", "Protocollo clinico: pazienti in gravidanza", "2025-10-20", """
Versione 2 – in vigore dal 20 ottobre 2025.

- Periodo ideale per cure non urgenti: secondo trimestre (settimane 14–27).
- Igiene professionale consigliata in ogni trimestre per prevenire la gengivite gravidica.
- Anestetico consigliato: lidocaina 2% con adrenalina 1:100.000, massimo 2 tubofiale per seduta.
- Radiografie solo se indispensabili, con collare e grembiule piombato.
- Farmaci: paracetamolo per il dolore; amoxicillina se serve un antibiotico. Evitare FANS nel terzo trimestre.
- Nel terzo trimestre far sedere la paziente leggermente inclinata sul fianco sinistro.
""")

doc("protocol-diabetic-patients.md", "Protocollo clinico: pazienti diabetici", "2025-11-10", """
Versione 1 – in vigore dal 10 novembre 2025.

- Chiedere l'ultimo valore di emoglobina glicata (HbA1c). Chirurgia implantare elettiva solo con HbA1c ≤ 7,5%.
- Appuntamenti al mattino, dopo la colazione e la terapia abituale.
- Glucometro disponibile in ogni clinica; in caso di ipoglicemia (glicemia < 70 mg/dl) somministrare 15 g di zuccheri rapidi e ricontrollare dopo 15 minuti.
- Pazienti parodontali diabetici: richiamo di igiene ogni 3 mesi.
- Guarigione più lenta: controllo post-operatorio a 7 giorni dopo ogni estrazione o intervento chirurgico.
""")

doc("protocol-medical-emergencies.md", "Protocollo clinico: emergenze mediche in poltrona", "2025-09-25", """
Versione 3 – in vigore dal 25 settembre 2025.

## Dotazione di ogni clinica

Defibrillatore semiautomatico (DAE), ossigeno, pallone Ambu, adrenalina 1 mg/ml, salbutamolo spray, glucosio, aspirina 300 mg, nitroglicerina spray. Il carrello è controllato ogni lunedì.

## Regole

- Almeno due persone con certificazione BLSD valida presenti in clinica durante l'orario di apertura.
- Rinnovo BLSD ogni 2 anni.
- In caso di emergenza: interrompere la procedura, chiamare il 112, avviare l'algoritmo BLSD.
- Anafilassi: adrenalina 0,5 mg intramuscolo (adulti), ripetibile dopo 5 minuti.
- Ogni evento va registrato e segnalato al direttore sanitario entro 24 ore.
""")

doc("protocol-radiation-protection.md", "Protocollo clinico: radioprotezione", "2025-09-25", """
Versione 2 – in vigore dal 25 settembre 2025.

- Ogni esame radiologico richiede la prescrizione del dentista e la giustificazione in cartella.
- Ortopanoramica di controllo non prima di 12 mesi dalla precedente, salvo necessità cliniche.
- CBCT solo per pianificazione implantare, ottavi inclusi vicini al nervo alveolare o casi endodontici complessi.
- Domandare sempre a pazienti in età fertile se c'è una gravidanza in corso.
- Controlli di qualità degli apparecchi: ogni anno, a cura dell'esperto di radioprotezione.
""")

doc("protocol-latex-allergy.md", "Protocollo clinico: allergia al lattice e ad altri materiali", "2025-09-25", """
Versione 1 – in vigore dal 25 settembre 2025.

- Tutte le cliniche usano guanti in nitrile; il lattice è presente solo in alcune dighe, conservate separatamente.
- Pazienti allergici al lattice: primo appuntamento della giornata, diga in nitrile, cartello sulla porta dell'ambulatorio.
- Allergie a metalli (nichel): preferire corone in zirconio; segnalare al laboratorio.
- Allergia agli anestetici locali: rinviare e indirizzare ad allergologo per test.
- Ogni allergia va registrata in evidenza nella cartella elettronica e ricontrollata a ogni accettazione.
""")

doc("protocol-impression-disinfection.md", "Protocollo clinico: disinfezione delle impronte e dei manufatti protesici", "2025-09-25", """
Versione 2 – in vigore dal 25 settembre 2025.

1. Sciacquare l'impronta sotto acqua corrente per 15 secondi.
2. Immergere in soluzione disinfettante a base di glutaraldeide per 10 minuti (alginati: spray e busta chiusa per 10 minuti).
3. Sciacquare di nuovo e imbustare con etichetta "disinfettato" e data.
4. Le protesi in arrivo dal laboratorio sono disinfettate prima della prova in bocca.
5. Le scansioni intraorali non richiedono disinfezione del file; la punta dello scanner va sterilizzata a 134 °C.
""")

doc("protocol-clinical-waste.md", "Protocollo: rifiuti sanitari", "2025-09-25", """
Versione 2 – in vigore dal 25 settembre 2025.

- Rifiuti a rischio infettivo nei contenitori gialli con sacco; aghi e taglienti nei contenitori rigidi, riempiti al massimo per tre quarti.
- Amalgama e denti con amalgama: contenitore dedicato per il recupero del mercurio.
- Ritiro dei rifiuti sanitari ogni 5 giorni lavorativi da ditta autorizzata; registro di carico e scarico aggiornato.
- Liquidi di sviluppo radiologico non più in uso: tutte le cliniche usano radiologia digitale.
""")

doc("protocol-informed-consent.md", "Protocollo: consenso informato", "2025-11-01", """
Versione 2 – in vigore dal 1° novembre 2025.

- Consenso scritto per ogni trattamento chirurgico, implantare, ortodontico, endodontico e protesico fisso.
- Il modulo indica rischi, alternative, costi e validità del preventivo (90 giorni).
- Pazienti che non parlano italiano: modulo in inglese disponibile; per altre lingue interprete tramite International Patient Desk.
- Il consenso si firma in una seduta precedente a quella dell'intervento, salvo urgenze.
- Per i minori vedi *Protocollo clinico: pazienti pediatrici*.
""")

doc("protocol-periodontal-recall.md", "Protocollo clinico: richiami di igiene e mantenimento parodontale", "2025-12-15", """
Versione 2 – in vigore dal 15 dicembre 2025.

| Tipo di paziente | Intervallo di richiamo |
|---|---|
| Paziente sano, basso rischio | 6 mesi |
| Paziente parodontale trattato | 3–4 mesi |
| Paziente con impianti | 4–6 mesi |
| Paziente diabetico con parodontite | 3 mesi |
| Portatori di apparecchio ortodontico fisso | 3 mesi |

Il richiamo è proposto dal gestionale; la reception invia il messaggio di richiamo e, se il paziente non risponde, telefona dopo 10 giorni. Dopo due tentativi senza risposta il richiamo viene chiuso.
""")

# ------------------------------------------------------------------ policies
doc("policy-cancellation-no-show.md", "Regolamento disdette e mancate presentazioni", "2025-10-01", f"""
- Gli appuntamenti vanno disdetti almeno **48 ore** prima.
- Disdette con meno di 48 ore o mancata presentazione: addebito di **30 €** per appuntamenti di igiene e visita, **80 €** per sedute chirurgiche o implantari.
- La prima mancata presentazione dell'anno non è addebitata.
- I pazienti possono spostare l'appuntamento rispondendo SPOSTA (o MOVE) all'SMS di promemoria o chiamando il {CALL_CENTRE}.
- Ritardi oltre 15 minuti: la seduta può essere ridotta o riprogrammata.
""")

doc("policy-payments-financing.md", "Pagamenti e finanziamenti", "2025-10-01", """
## Metodi di pagamento

Contanti (entro i limiti di legge), bancomat, carte di credito (Visa, Mastercard, American Express), bonifico bancario.

## Finanziamento

- Finanziamento a tasso zero (TAN 0%, TAEG 0%) da 6 a 24 rate per piani di cura da 1.000 € a 15.000 €, tramite la finanziaria partner Creditalia Salute.
- Oltre 24 rate e fino a 60: tasso agevolato, preventivo in sede.
- Acconto richiesto: 30% all'inizio delle cure per implantologia e protesi, se non si usa il finanziamento.

## Fatture

Le prestazioni sanitarie sono esenti IVA; la fattura è valida per la detrazione del 19% in dichiarazione dei redditi se pagata con mezzi tracciabili.
""")

doc("policy-treatment-estimates.md", "Regole per preventivi e piani di cura", "2026-06-01", """
- Ogni piano di cura è consegnato per iscritto con tabella dei costi per voce.
- Validità del preventivo: **90 giorni** dalla data di emissione. I preventivi firmati prima del 1° giugno 2026 restano validi ai vecchi prezzi fino alla scadenza.
- Il preventivo indica la fascia di listino della clinica e le eventuali coperture di fondi o assicurazioni stimate, salvo autorizzazione dell'ente.
- Le modifiche in corso di cura richiedono un nuovo preventivo firmato.
- Sconto famiglia: 5% sulle prestazioni di igiene per il secondo familiare e successivi.
""")

doc("policy-privacy-patient-data.md", "Informativa privacy e gestione dei dati dei pazienti", "2025-10-01", """
- Titolare del trattamento: Castellan Dental Group S.r.l., Milano. Responsabile protezione dati (DPO): privacy@castellandental.it.
- I dati sanitari sono trattati solo per finalità di cura, amministrative e di richiamo.
- Gli SMS di promemoria non contengono diagnosi né tipo di trattamento chirurgico; indicano solo data, ora, sede e tipo di appuntamento generico (visita, igiene, controllo, seduta).
- La cartella clinica è conservata per 10 anni dopo l'ultima seduta.
- Le radiografie possono essere consegnate al paziente su richiesta entro 7 giorni.
""")

doc("policy-preauthorisation-general.md", "Procedura interna per le autorizzazioni preventive", "2026-07-01", """
## Chi fa cosa

- Il dentista compila il piano di cura con codici interni delle prestazioni.
- La reception verifica la copertura e prepara la lettera di richiesta nel formato di casa (campi numerati).
- Il direttore sanitario della clinica firma le richieste sopra 3.000 €.

## Regole

1. Usare sempre il codice convenzione dell'ente indicato nella pagina *Convenzione <ente>*.
2. Indicare i prezzi del listino in vigore della clinica in cui si eseguono le cure.
3. Allegare ortopanoramica recente (meno di 6 mesi) e piano di cura firmato.
4. Archiviare la risposta dell'ente nella cartella amministrativa.
5. Non iniziare le cure prima dell'autorizzazione scritta, salvo urgenze documentate.

Enti convenzionati al 1° luglio 2026: Mutua Lombarda Salute, Fondo Sanitario Artigiani Nord, Orizzonte Assicurazioni Salute, Previmed Italia, Cassa Assistenza Bancari Padani, SanaPlus Assicurazioni, EuroCare Global Health, Atlantica Expat Insurance, Fondo Dentale Cooperativo, Veneta Mutua Soccorso, Cassa Salute Serenis.
""")

doc("policy-recall-reminders.md", "Regole per promemoria e richiami ai pazienti", "2026-09-05", f"""
## Formato

Il testo segue il formato di casa: apertura fissa, data e ora, sede, indicazioni utili, chiusura fissa. Massimo 320 caratteri. Italiano o inglese secondo la lingua del paziente.

## Tempi

- Promemoria appuntamento: 7 giorni e 1 giorno prima (automatico in CastelAgenda 4).
- Richiamo igiene: proposto dopo 5 mesi e mezzo.
- Nessun SMS tra le 20:00 e le 08:30 né la domenica.

## Contenuti vietati

Diagnosi, nomi di farmaci, importi da pagare.

## Orario del sabato

Dal 5 settembre 2026 gli appuntamenti del sabato sono tra le 09:00 e le 13:30.
""")

doc("international-patient-desk.md", "International Patient Desk", "2026-07-01", f"""
The International Patient Desk helps foreign residents, expats, students and visitors get dental care in English at Castellan clinics.

## Contact

- Phone: {INTL_PHONE} (Monday–Friday 09:00–18:00 CET)
- Email: {INTL_EMAIL}
- Manager: Helen Marchetti

## What we do

- Book appointments with English-speaking dentists at 12 clinics.
- Book an interpreter (French, Spanish, German, Arabic, Romanian, Russian, Chinese) with 5 working days' notice; free of charge for treatment plans above €1,000.
- Translate estimates and treatment plans into English.
- Prepare pre-authorisation letters for international insurers (EuroCare Global Health with direct billing, Atlantica Expat Insurance on reimbursement) and, from 1 July 2026, for Italian funds such as Cassa Salute Serenis when the member's documents are in English.
- Issue itemised invoices in English for insurance claims within 3 working days.

## Emergencies for visitors

Same-day emergency visits are available at Milano Porta Romana, Torino Crocetta and Verona Borgo Trento on weekdays if you call before 11:00.
""")

# ------------------------------------------------------------------ FAQs
doc("faq-booking.md", "FAQ – Prenotazioni, disdette e urgenze", "2026-09-05", f"""
**Come prenoto?**
Telefonando alla clinica, al call center {CALL_CENTRE} o dal sito. Le prime visite si fissano in genere entro 7 giorni.

**Posso spostare un appuntamento?**
Sì, fino a 48 ore prima senza costi. Basta rispondere SPOSTA all'SMS di promemoria.

**Cosa succede se non mi presento?**
Dalla seconda mancata presentazione dell'anno si applica un addebito di 30 € (igiene e visite) o 80 € (sedute chirurgiche).

**Avete urgenze in giornata?**
Sì, in tutte le sedi nei giorni feriali, chiamando entro le 11:00. Il sabato solo nelle cliniche aperte il sabato, con orario {NEW_SAT}.

**Quanto dura la prima visita?**
Circa 30 minuti; con ortopanoramica 40 minuti.
""")

doc("faq-insurance.md", "FAQ – Fondi, casse e assicurazioni", "2026-07-01", """
**Quali enti sono convenzionati?**
Undici enti: Mutua Lombarda Salute, Fondo Sanitario Artigiani Nord, Orizzonte Assicurazioni Salute, Previmed Italia, Cassa Assistenza Bancari Padani, SanaPlus Assicurazioni, EuroCare Global Health, Atlantica Expat Insurance, Fondo Dentale Cooperativo, Veneta Mutua Soccorso e, dal 1° luglio 2026, Cassa Salute Serenis.

**Che differenza c'è tra forma diretta e indiretta?**
In forma diretta l'ente paga la clinica e il paziente versa solo la quota a suo carico. In forma indiretta il paziente paga tutto e chiede il rimborso all'ente.

**Serve l'autorizzazione preventiva?**
Dipende dall'ente e dall'importo: ogni ente ha una guida *Autorizzazione preventiva – <ente>*. Per gli impianti è sempre richiesta.

**Veneta Mutua Soccorso vale in Lombardia?**
No, è attiva solo nelle cliniche del Veneto e del Trentino-Alto Adige.

**Mutua Lombarda Salute vale a Torino?**
No, solo nelle cliniche lombarde.
""")

doc("faq-en-international-patients.md", "FAQ for international patients", "2026-09-05", f"""
**Do your dentists speak English?**
Twelve clinics have at least one English-speaking dentist; see each *International patient guide*.

**Can I pay with a foreign card?**
Yes: Visa, Mastercard and American Express.

**Do you bill my insurer directly?**
EuroCare Global Health: yes (direct billing, 10% patient share). Atlantica Expat Insurance: no, you pay and claim back; we give you an itemised English invoice.

**Are you open on Saturdays?**
Fifteen clinics open on Saturday, {NEW_SAT} since 5 September 2026.

**How long is an estimate valid?**
90 days.

**What if I need an interpreter?**
Ask the desk at least 5 working days ahead; it is free for plans above €1,000.
""")

doc("faq-aligners.md", "FAQ – Allineatori trasparenti", "2026-06-01", """
**Quanto costano gli allineatori?**
Il trattamento completo costa 4.850 € (fascia A), 4.450 € (fascia B) o 4.150 € (fascia C) dal 1° giugno 2026. La versione Lite (fino a 14 mascherine) costa 2.400 €, 2.200 € o 2.050 €.

**Quanto dura il trattamento?**
Completo 12–24 mesi; Lite 4–7 mesi. Controlli ogni 6–8 settimane.

**Le contenzioni sono incluse?**
No: la contenzione post-ortodontica costa a parte (220 €, 200 € o 190 € per arcata secondo la fascia).

**Posso pagare a rate?**
Sì, fino a 24 rate a tasso zero.

**Ho iniziato prima di giugno: il prezzo cambia?**
No, per i trattamenti già iniziati resta il prezzo concordato.
""")

doc("faq-en-implants.md", "FAQ – Dental implants", "2026-06-01", """
**How much does a single implant cost?**
From 1 June 2026 a single implant with abutment and crown costs €2,090 at tier A clinics, €1,890 at tier B and €1,790 at tier C.

**How long does it take?**
Usually 3–6 months from surgery to the final crown, over 4–5 visits.

**Do I need a CBCT scan?**
Yes, a CBCT scan is needed to plan every implant.

**I take blood thinners. Can I have implants?**
Usually yes. The clinic follows the group anticoagulant protocol (version 3 from 20 July 2026); do not stop your medicine on your own.

**Does insurance pay?**
Most partner insurers contribute, and implants always need pre-authorisation.
""")

doc("faq-hygiene.md", "FAQ – Igiene professionale e richiami", "2026-06-01", """
**Quanto costa l'igiene professionale?**
Dal 1° giugno 2026: 105 € nelle cliniche di fascia A, 95 € in fascia B, 85 € in fascia C.

**Ogni quanto va fatta?**
Di norma ogni 6 mesi; ogni 3–4 mesi per i pazienti parodontali.

**Perché il prezzo è aumentato?**
Perché ora include sempre l'air-polishing con polvere di eritritolo.

**Fa male?**
Di solito no. In caso di forte sensibilità si può usare un gel anestetico.

**Posso farla in gravidanza?**
Sì, è anzi consigliata in ogni trimestre.
""")

doc("faq-payments.md", "FAQ – Pagamenti, fatture e detrazioni", "2025-10-01", """
**Posso pagare a rate?**
Sì, da 6 a 24 rate a tasso zero per piani tra 1.000 € e 15.000 €.

**La fattura è detraibile?**
Sì, al 19% se il pagamento è tracciabile.

**Devo pagare un acconto?**
Per implantologia e protesi si chiede un acconto del 30% all'inizio delle cure, salvo finanziamento.

**Posso usare la carta di un familiare?**
Sì, ma la fattura è intestata al paziente; per la detrazione conta chi sostiene la spesa.

**Posso avere la fattura in inglese?**
Sì, tramite l'International Patient Desk entro 3 giorni lavorativi.
""")

# ------------------------------------------------------------------ incident / change reports
doc("incident-2026-02-18-autoclave-torino-lingotto.md", "Rapporto evento: guasto autoclave a Castellan Torino Lingotto", "2026-02-20", """
## Evento

Il 18 febbraio 2026 alle 10:40 l'autoclave 2 di Castellan Torino Lingotto ha segnalato il fallimento del ciclo 1.412 (pressione insufficiente). Il ciclo successivo è fallito allo stesso modo.

## Azioni

- Carichi dei due cicli riprocessati nell'autoclave 1.
- Appuntamenti chirurgici del pomeriggio (3) spostati al 19 febbraio.
- Tecnico intervenuto il 19 febbraio: sostituita la guarnizione della porta.
- Test di Bowie-Dick e test biologico ripetuti con esito conforme il 20 febbraio.

## Esito

Nessuno strumento non sterile è stato usato su pazienti. Evento chiuso il 20 febbraio 2026 dalla Dott.ssa Mirella Coppi.
""", "Date")

doc("incident-2025-11-05-power-outage-milano-navigli.md", "Rapporto evento: blackout a Castellan Milano Navigli", "2025-11-06", """
## Evento

Il 5 novembre 2025 dalle 15:10 alle 17:25 un guasto della rete elettrica di quartiere ha lasciato senza corrente Castellan Milano Navigli.

## Gestione

- Una seduta implantare in corso è stata completata con la lampada a batteria e l'aspirazione di emergenza.
- 11 appuntamenti del pomeriggio riprogrammati entro il 12 novembre.
- Il frigorifero dei farmaci è rimasto sotto 8 °C (registratore di temperatura verificato).

## Miglioramenti

Acquistato un gruppo di continuità per la sala chirurgica, installato il 2 dicembre 2025.
""", "Date")

doc("incident-2026-09-08-saturday-sms-error.md", "Rapporto evento: SMS di promemoria con orario del sabato errato", "2026-09-09", """
## Evento

Il 7 settembre 2026 CastelAgenda 4 ha inviato 214 promemoria per il sabato 12 settembre con l'orario di apertura del vecchio modello ("dalle 08:30"), anche se dal 5 settembre il sabato si apre alle 09:00.

## Causa

Il modello SMS del sabato non era stato aggiornato dopo il cambio d'orario del 5 settembre 2026.

## Correzione

- Inviato SMS di rettifica l'8 settembre a tutti i 214 pazienti.
- Modello aggiornato con l'orario 09:00–13:30.
- Aggiunto un controllo: ogni modifica di orario richiede la revisione dei modelli SMS.

Nessun paziente si è presentato prima dell'apertura. Evento chiuso il 9 settembre 2026.
""", "Date")

doc("incident-2026-06-16-bergamo-preauth-address.md", "Rapporto evento: autorizzazioni con indirizzo errato per Bergamo Centro", "2026-06-22", """
## Evento

Tra il 15 e il 19 giugno 2026 sei richieste di autorizzazione preventiva inviate da Castellan Bergamo Centro a Mutua Lombarda Salute riportavano ancora l'indirizzo di Via Tiraboschi 18.

## Conseguenze

Mutua Lombarda Salute ha sospeso due pratiche chiedendo la correzione dei dati della struttura.

## Azioni

- Richieste corrette e reinviate il 22 giugno con l'indirizzo Via Camozzi 41, 24121 Bergamo.
- Aggiornata l'intestazione dei modelli di lettera nel gestionale.
""", "Date")

# ------------------------------------------------------------------ glossary & misc
doc("glossary-it-en-dental-terms.md", "Glossario italiano–inglese per la reception", "2025-11-20", """
| Italiano | English |
|---|---|
| Visita odontoiatrica | Dental check-up |
| Igiene professionale / ablazione del tartaro | Professional cleaning / scale and polish |
| Otturazione | Filling |
| Devitalizzazione / cura canalare | Root canal treatment |
| Estrazione | Extraction |
| Impianto | Implant |
| Corona / capsula | Crown |
| Ponte | Bridge |
| Protesi mobile | Denture |
| Allineatori trasparenti | Clear aligners |
| Apparecchio fisso | Braces |
| Ortopanoramica | Panoramic X-ray (OPG) |
| Preventivo | Estimate |
| Autorizzazione preventiva | Pre-authorisation |
| Ticket / quota a carico | Co-payment / patient share |
| Richiamo | Recall |

Le abbreviazioni usate nelle note di poltrona (es. "EO", "IO", "PD", "BOP", "RX", "LA") sono spiegate nella guida *Abbreviazioni nelle note cliniche*.
""")

doc("guide-clinical-note-abbreviations.md", "Abbreviazioni nelle note cliniche", "2025-11-20", """
| Abbreviazione | Significato |
|---|---|
| EO / IO | Esame extraorale / intraorale |
| PD | Profondità di sondaggio |
| BOP | Sanguinamento al sondaggio |
| LA | Anestesia locale |
| RX / OPT / CBCT | Radiografia / ortopanoramica / TAC cone beam |
| TAO | Terapia anticoagulante orale |
| DOAC | Anticoagulanti orali diretti |
| Pz | Paziente |
| Dx / Sx | Destra / sinistra |
| CC | Chief complaint (motivo della visita) |

Le note cliniche vanno riscritte in formato SOAP (Soggettivo, Oggettivo, Valutazione, Piano) nella cartella elettronica entro la fine della giornata.
""")

doc("guide-clinical-notes-soap.md", "Linee guida per la cartella: note in formato SOAP", "2026-01-15", """
Tutte le note di poltrona devono essere trascritte in cartella in formato SOAP entro la fine della giornata lavorativa.

- **S (Soggettivo):** motivo della visita con le parole del paziente, anamnesi recente, farmaci.
- **O (Oggettivo):** esame obiettivo, sondaggi, test, radiografie eseguite e referto.
- **A (Valutazione):** diagnosi o ipotesi diagnostica con numerazione FDI dei denti.
- **P (Piano):** trattamento eseguito, prescrizioni, istruzioni, prossimo appuntamento.

Per i pazienti in terapia anticoagulante annotare in P la versione del protocollo applicata. Le note vanno firmate dal dentista; l'assistente può prepararne la bozza.
""")

doc("guide-new-patient-checklist.md", "Checklist di accettazione per nuovi pazienti", "2026-07-20", """
1. Documento d'identità e tessera sanitaria (per pazienti stranieri: passaporto e polizza assicurativa).
2. Questionario anamnestico firmato: allergie, farmaci, gravidanza, patologie cardiache, diabete.
3. Se il paziente assume anticoagulanti: chiedere nome del farmaco e, per warfarin, il referto INR (entro 24 ore per le sedute chirurgiche, secondo il protocollo versione 3).
4. Verifica della convenzione (tessera dell'ente, codice assistito).
5. Consenso privacy e consenso ai promemoria SMS.
6. Consegna del preventivo scritto dopo la prima visita.
""")

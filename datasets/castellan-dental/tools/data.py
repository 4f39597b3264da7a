"""Entity tables for the Castellan Dental Group corpus (all invented)."""
import random

TODAY = "2026-10-15"
CUTOFF = "2026-03-31"
PRICE_CHANGE_DATE = "2026-06-01"
SAT_CHANGE_DATE = "2026-09-05"
OLD_SAT = "08:30–12:30"
NEW_SAT = "09:00–13:30"
INTL_PHONE = "+39 02 8974 5500"
INTL_EMAIL = "international@castellandental.it"
CALL_CENTRE = "800 914 220"

# slug, name, city, region, address, cap, phone, tier, saturday, weekday hours, thursday late, parking, transit, manager, opened, chairs
CLINICS = [
    ("milano-porta-romana", "Castellan Milano Porta Romana", "Milano", "Lombardia", "Corso di Porta Romana 118", "20122", "02 5831 2040", "A", True, "08:30–19:30", "21:00", "Parcheggio convenzionato Garage Crema, Via Crema 9: 2 ore gratuite con timbro della reception.", "M3 Porta Romana (4 minuti a piedi); tram 9.", "Federica Colombo", 2009, 9),
    ("milano-citta-studi", "Castellan Milano Città Studi", "Milano", "Lombardia", "Via Pascoli 47", "20133", "02 7060 1188", "A", True, "08:30–19:30", None, "Nessun parcheggio riservato; strisce blu in Via Pascoli e Via Celoria.", "M2 Piola (3 minuti); bus 93.", "Stefano Rinaldi", 2012, 7),
    ("milano-isola", "Castellan Milano Isola", "Milano", "Lombardia", "Via Borsieri 31", "20159", "02 6887 4410", "A", False, "09:00–19:00", "21:00", "Parcheggio pubblico Isola Garibaldi (Via Confalonieri 5), tariffa oraria; nessuna convenzione.", "M5 Isola (2 minuti); M2 Garibaldi (8 minuti).", "Chiara Bassi", 2016, 6),
    ("milano-navigli", "Castellan Milano Navigli", "Milano", "Lombardia", "Viale Gorizia 24", "20144", "02 8942 3356", "A", True, "08:30–19:30", None, "Posti auto riservati ai pazienti nel cortile interno (4 posti, su prenotazione).", "M2 Porta Genova (5 minuti); tram 2 e 14.", "Marco Ferrari", 2011, 8),
    ("milano-bicocca", "Castellan Milano Bicocca", "Milano", "Lombardia", "Viale Sarca 223", "20126", "02 6610 7720", "A", False, "09:00–19:00", None, "Parcheggio gratuito del centro commerciale adiacente (Piazza della Scienza), 3 ore.", "M5 Bicocca (6 minuti); tram 7.", "Laura Mariani", 2019, 6),
    ("monza", "Castellan Monza", "Monza", "Lombardia", "Via Italia 52", "20900", "039 231 8840", "A", True, "08:30–19:00", None, "Parcheggio Porta Castello a 300 m; nessuna convenzione.", "Stazione di Monza (10 minuti a piedi).", "Paolo Galli", 2014, 6),
    ("como", "Castellan Como", "Como", "Lombardia", "Viale Lecco 77", "22100", "031 270 5512", "A", False, "09:00–19:00", None, "Parcheggio Valduce convenzionato: prima ora gratuita.", "Stazione Como Lago (12 minuti); bus 1 e 11.", "Sara Cattaneo", 2015, 5),
    ("torino-crocetta", "Castellan Torino Crocetta", "Torino", "Piemonte", "Corso Galileo Ferraris 96", "10129", "011 596 2240", "B", True, "08:30–19:30", "21:00", "Parcheggio interrato Galileo Ferraris convenzionato: 90 minuti gratuiti.", "Bus 14 e 63; stazione Porta Nuova (15 minuti).", "Giorgio Ferrero", 2010, 8),
    ("torino-san-salvario", "Castellan Torino San Salvario", "Torino", "Piemonte", "Via Nizza 134", "10126", "011 669 0815", "B", False, "09:00–19:00", None, "Strisce blu in Via Nizza; parcheggio Nizza Millefonti a 400 m.", "Metro Nizza (4 minuti); bus 18.", "Elena Bruno", 2013, 6),
    ("torino-lingotto", "Castellan Torino Lingotto", "Torino", "Piemonte", "Via Genova 210", "10127", "011 630 4471", "B", True, "08:30–19:00", None, "Parcheggio Lingotto (multipiano) a 5 minuti; nessuna convenzione.", "Metro Lingotto (6 minuti).", "Davide Costa", 2018, 5),
    ("bergamo-centro", "Castellan Bergamo Centro", "Bergamo", "Lombardia", "Via Camozzi 41", "24121", "035 422 6180", "B", True, "08:30–19:30", None, "Parcheggio Malpensata convenzionato: 2 ore gratuite (nuova convenzione dal 15 giugno 2026).", "Stazione di Bergamo (9 minuti); bus 1.", "Silvia Pesenti", 2008, 8),
    ("bergamo-longuelo", "Castellan Bergamo Longuelo", "Bergamo", "Lombardia", "Via Mattioli 12", "24128", "035 402 3390", "B", False, "09:00–19:00", None, "Ampio parcheggio gratuito davanti alla clinica.", "Bus 9 (fermata Longuelo Chiesa).", "Luca Rota", 2017, 5),
    ("verona-borgo-trento", "Castellan Verona Borgo Trento", "Verona", "Veneto", "Via Mameli 22", "37126", "045 834 1175", "B", True, "08:30–19:00", None, "Parcheggio Ospedale Borgo Trento a 350 m (a pagamento).", "Bus 21 e 22.", "Francesca Zanetti", 2011, 7),
    ("verona-borgo-roma", "Castellan Verona Borgo Roma", "Verona", "Veneto", "Via Scuderlando 88", "37135", "045 950 2264", "B", False, "09:00–19:00", None, "Parcheggio gratuito riservato (12 posti).", "Bus 11 e 12.", "Andrea Tosi", 2020, 5),
    ("brescia-centro", "Castellan Brescia Centro", "Brescia", "Lombardia", "Corso Zanardelli 19", "25121", "030 377 5120", "B", True, "08:30–19:00", None, "Parcheggio Arnaldo a 250 m; 1 ora gratuita con timbro.", "Metro Vittoria (3 minuti).", "Roberta Bonetti", 2012, 7),
    ("brescia-lamarmora", "Castellan Brescia Lamarmora", "Brescia", "Lombardia", "Via Lamarmora 230", "25124", "030 242 8871", "B", False, "09:00–19:00", None, "Parcheggio gratuito nel cortile (8 posti).", "Metro Lamarmora (5 minuti).", "Matteo Frassi", 2021, 4),
    ("padova", "Castellan Padova", "Padova", "Veneto", "Via Venezia 61", "35131", "049 807 3316", "B", True, "08:30–19:00", None, "Parcheggio Piazzale Stanga a 200 m (a pagamento).", "Tram SIR1 fermata Stanga.", "Giulia Marchetto", 2014, 6),
    ("varese", "Castellan Varese", "Varese", "Lombardia", "Via Sacco 14", "21100", "0332 281 904", "C", True, "08:30–19:00", None, "Parcheggio Via Sempione convenzionato: 1 ora gratuita.", "Stazione Varese FS (8 minuti).", "Alessio Macchi", 2016, 5),
    ("lecco", "Castellan Lecco", "Lecco", "Lombardia", "Corso Martiri della Liberazione 45", "23900", "0341 362 557", "C", False, "09:00–18:30", None, "Parcheggio Bione a 600 m con navetta; strisce blu in zona.", "Stazione di Lecco (10 minuti).", "Valentina Corti", 2018, 4),
    ("pavia", "Castellan Pavia", "Pavia", "Lombardia", "Viale Matteotti 9", "27100", "0382 304 118", "C", True, "08:30–19:00", None, "Parcheggio Piazza Petrarca a 150 m (a pagamento).", "Stazione di Pavia (7 minuti).", "Nicola Sacchi", 2013, 5),
    ("cremona", "Castellan Cremona", "Cremona", "Lombardia", "Via Dante 102", "26100", "0372 418 260", "C", False, "09:00–18:30", None, "Parcheggio gratuito Foro Boario a 300 m.", "Stazione di Cremona (5 minuti).", "Irene Ghisolfi", 2019, 4),
    ("novara", "Castellan Novara", "Novara", "Piemonte", "Corso Cavour 27", "28100", "0321 612 745", "C", True, "08:30–19:00", None, "Parcheggio Largo Bellini a 200 m (a pagamento).", "Stazione di Novara (9 minuti).", "Simone Ferri", 2015, 5),
    ("vicenza", "Castellan Vicenza", "Vicenza", "Veneto", "Viale Milano 38", "36100", "0444 320 981", "C", False, "09:00–19:00", None, "Parcheggio Park Verdi convenzionato: 2 ore gratuite.", "Stazione di Vicenza (4 minuti).", "Martina Dal Lago", 2017, 5),
    ("trento", "Castellan Trento", "Trento", "Trentino-Alto Adige", "Via Brennero 139", "38121", "0461 823 650", "C", True, "08:30–19:00", None, "Parcheggio gratuito interno (10 posti).", "Bus 4 e 9; stazione Trento FS (15 minuti).", "Fabio Pedrotti", 2020, 5),
    ("piacenza", "Castellan Piacenza", "Piacenza", "Emilia-Romagna", "Via Emilia Pavese 76", "29121", "0523 591 274", "C", True, "08:30–19:00", None, "Parcheggio Cheope a 150 m; 1 ora gratuita con timbro.", "Bus 1 e 16.", "Anna Rossetti", 2022, 4),
]

BERGAMO_OLD_ADDRESS = "Via Tiraboschi 18"
BERGAMO_OLD_PARKING = "Parcheggio Piazza della Libertà a 200 m (a pagamento)."
BERGAMO_MOVE_DATE = "2026-06-15"

INTL_CLINICS = ["milano-porta-romana", "milano-navigli", "milano-isola", "milano-citta-studi", "como", "torino-crocetta",
                "bergamo-centro", "verona-borgo-trento", "brescia-centro", "padova", "monza", "trento"]

# code, it name, en name, category, duration, sessions, (A,B,C) prices, changed-to (A,B,C) or None
TREATMENTS = [
    ("VIS", "Visita odontoiatrica", "Dental check-up", "diagnosi", "30 minuti", "1", (60, 50, 45), None),
    ("URG", "Visita d'urgenza", "Emergency visit", "diagnosi", "30–45 minuti", "1", (90, 80, 70), None),
    ("RX-OPT", "Ortopanoramica", "Panoramic X-ray", "diagnosi", "10 minuti", "1", (60, 50, 45), None),
    ("RX-CBCT", "TAC cone beam (CBCT)", "CBCT scan", "diagnosi", "15 minuti", "1", (160, 140, 130), None),
    ("IGI", "Igiene professionale", "Professional hygiene", "igiene", "45–60 minuti", "1", (95, 85, 75), (105, 95, 85)),
    ("IGI-PARO", "Levigatura radicolare (per quadrante)", "Scaling and root planing (per quadrant)", "igiene", "60 minuti", "1 per quadrante", (150, 130, 120), None),
    ("FLUORO", "Fluoroprofilassi", "Fluoride application", "igiene", "10 minuti", "1", (35, 30, 25), None),
    ("SBI", "Sbiancamento professionale alla poltrona", "In-office whitening", "estetica", "90 minuti", "1", (380, 340, 320), (410, 370, 350)),
    ("SBI-DOM", "Sbiancamento domiciliare", "Take-home whitening", "estetica", "2 settimane a casa", "2", (290, 260, 240), None),
    ("OTT", "Otturazione in composito", "Composite filling", "conservativa", "40–60 minuti", "1", (140, 120, 110), None),
    ("INTARSIO", "Intarsio in ceramica", "Ceramic inlay", "conservativa", "2 sedute da 60 minuti", "2", (590, 540, 510), None),
    ("ENDO-1", "Devitalizzazione monoradicolare", "Root canal treatment, single root", "endodonzia", "60 minuti", "1", (320, 290, 270), None),
    ("ENDO-3", "Devitalizzazione molare", "Root canal treatment, molar", "endodonzia", "90 minuti", "1–2", (480, 440, 420), (520, 480, 460)),
    ("RITR", "Ritrattamento endodontico", "Endodontic retreatment", "endodonzia", "90–120 minuti", "2", (560, 520, 490), None),
    ("EST", "Estrazione semplice", "Simple extraction", "chirurgia", "30 minuti", "1", (120, 100, 90), None),
    ("EST-CH", "Estrazione chirurgica del dente del giudizio", "Surgical wisdom tooth extraction", "chirurgia", "45–75 minuti", "1", (380, 340, 320), None),
    ("IMP", "Impianto singolo (impianto + moncone + corona)", "Single implant (implant + abutment + crown)", "implantologia", "3–6 mesi complessivi", "4–5", (1950, 1750, 1650), (2090, 1890, 1790)),
    ("IMP-ALL4", "Riabilitazione full-arch su 4 impianti (per arcata)", "Full-arch restoration on 4 implants (per arch)", "implantologia", "2 fasi in 4–6 mesi", "5–7", (11900, 10900, 10400), None),
    ("RIG", "Rialzo del seno mascellare", "Sinus lift", "implantologia", "60–90 minuti", "1", (1300, 1150, 1100), None),
    ("INN", "Innesto osseo", "Bone graft", "implantologia", "45–60 minuti", "1", (650, 580, 550), None),
    ("COR", "Corona in zirconio", "Zirconia crown", "protesi", "2–3 sedute in 2 settimane", "2–3", (850, 780, 740), None),
    ("COR-MC", "Corona in metallo-ceramica", "Metal-ceramic crown", "protesi", "2–3 sedute in 2 settimane", "2–3", (650, 590, 560), None),
    ("FAC", "Faccetta in ceramica", "Porcelain veneer", "estetica", "2–3 sedute", "2–3", (780, 720, 690), None),
    ("PROT-TOT", "Protesi totale (per arcata)", "Complete denture (per arch)", "protesi", "4–5 sedute in 4 settimane", "4–5", (1800, 1650, 1550), None),
    ("PROT-SCH", "Protesi scheletrica", "Cobalt-chrome partial denture", "protesi", "4 sedute in 3–4 settimane", "4", (1300, 1200, 1120), None),
    ("ALL", "Allineatori trasparenti – trattamento completo", "Clear aligners – comprehensive treatment", "ortodonzia", "12–24 mesi", "controlli ogni 6–8 settimane", (4600, 4200, 3900), (4850, 4450, 4150)),
    ("ALL-LITE", "Allineatori trasparenti – Lite (fino a 14 mascherine)", "Clear aligners – Lite (up to 14 trays)", "ortodonzia", "4–7 mesi", "controlli ogni 6–8 settimane", (2400, 2200, 2050), None),
    ("ORT-FISSO", "Ortodonzia fissa (apparecchio completo)", "Fixed braces (full treatment)", "ortodonzia", "18–30 mesi", "controlli mensili", (3900, 3600, 3400), None),
    ("CONT", "Contenzione post-ortodontica (per arcata)", "Retainer (per arch)", "ortodonzia", "30 minuti", "1", (220, 200, 190), None),
    ("BITE", "Bite notturno", "Night guard", "gnatologia", "2 sedute", "2", (350, 320, 300), None),
    ("PED-VIS", "Visita pedodontica", "Paediatric check-up", "pedodonzia", "30 minuti", "1", (50, 45, 40), None),
    ("PED-SIG", "Sigillatura dei solchi (per dente)", "Fissure sealant (per tooth)", "pedodonzia", "15 minuti", "1", (45, 40, 35), None),
]
TIER_IDX = {"A": 0, "B": 1, "C": 2}

FIRST_M = ["Alessandro", "Andrea", "Luca", "Marco", "Matteo", "Davide", "Giorgio", "Riccardo", "Tommaso", "Filippo",
           "Lorenzo", "Edoardo", "Pietro", "Michele", "Simone", "Enrico", "Federico", "Gabriele", "Nicolò", "Stefano",
           "Carlo", "Emanuele", "Jacopo", "Daniele", "Vittorio"]
FIRST_F = ["Giulia", "Francesca", "Chiara", "Sara", "Elisa", "Martina", "Valentina", "Federica", "Alessia", "Silvia",
           "Beatrice", "Eleonora", "Camilla", "Ilaria", "Marta", "Serena", "Veronica", "Paola", "Lucia", "Arianna",
           "Caterina", "Benedetta", "Giorgia", "Noemi", "Irene"]
LAST = ["Albertini", "Bellandi", "Bertolazzi", "Bonfanti", "Brambati", "Calvi", "Canepa", "Carminati", "Castoldi", "Cereda",
        "Civardi", "Corbellini", "Crippa", "Dal Molin", "De Carli", "Donadoni", "Fabbri", "Facchinetti", "Fassina", "Fumagalli",
        "Gambirasio", "Garavaglia", "Ghezzi", "Gianoli", "Invernizzi", "Lazzarini", "Locatelli", "Longhi", "Maffioli", "Magnani",
        "Manzoni", "Marelli", "Meroni", "Molteni", "Montalbetti", "Negri", "Nava", "Oldani", "Origgi", "Pagani",
        "Panzeri", "Perego", "Pozzi", "Quadri", "Radaelli", "Ravasi", "Redaelli", "Riva", "Sala", "Salvioni",
        "Scotti", "Sironi", "Spreafico", "Tagliabue", "Terraneo", "Tremolada", "Valsecchi", "Vergani", "Viganò", "Zanoni",
        "Bertoldi", "Boscolo", "Campagnolo", "Cristofoletti", "Dalla Valle", "Faccin", "Gasparini", "Marangoni", "Nardin", "Pizzolato",
        "Rigoni", "Saccardo", "Stella", "Toffanin", "Zordan", "Ferraris", "Bertola", "Cavallero", "Gribaudo", "Operti",
        "Pautasso", "Rosso", "Tosco", "Vaudano", "Bosio", "Agostini", "Bianchetti", "Cappelletti", "Dossena", "Erba",
        "Frigerio", "Guzzetti", "Lanfranchi", "Mapelli", "Novati", "Orsenigo", "Pirovano", "Rusconi", "Spinelli", "Tettamanti"]

SPECIALTIES = {
    "implantologia": ("Implantologia e chirurgia orale", "Implantology and oral surgery", ["IMP", "IMP-ALL4", "RIG", "INN", "EST-CH"]),
    "endodonzia": ("Endodonzia", "Endodontics", ["ENDO-1", "ENDO-3", "RITR"]),
    "ortodonzia": ("Ortodonzia e allineatori", "Orthodontics and clear aligners", ["ALL", "ALL-LITE", "ORT-FISSO", "CONT"]),
    "pedodonzia": ("Odontoiatria pediatrica", "Paediatric dentistry", ["PED-VIS", "PED-SIG", "FLUORO"]),
    "protesi": ("Protesi ed estetica", "Prosthodontics and aesthetic dentistry", ["COR", "COR-MC", "FAC", "PROT-TOT", "PROT-SCH", "SBI"]),
    "parodontologia": ("Parodontologia e igiene", "Periodontology", ["IGI-PARO", "IGI"]),
    "conservativa": ("Odontoiatria conservativa", "Restorative dentistry", ["OTT", "INTARSIO"]),
    "gnatologia": ("Gnatologia", "Gnathology (TMJ disorders)", ["BITE"]),
}
UNIS = ["Università degli Studi di Milano", "Università di Pavia", "Università di Torino", "Università di Padova",
        "Università di Verona", "Università di Brescia", "Università Vita-Salute San Raffaele", "Università di Genova"]
LANGS_EXTRA = ["inglese", "francese", "spagnolo", "tedesco", "rumeno", "arabo", "portoghese", "russo"]
LANG_EN = {"italiano": "Italian", "inglese": "English", "francese": "French", "spagnolo": "Spanish", "tedesco": "German",
           "rumeno": "Romanian", "arabo": "Arabic", "portoghese": "Portuguese", "russo": "Russian"}
DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"]
DAYS_EN = {"lunedì": "Monday", "martedì": "Tuesday", "mercoledì": "Wednesday", "giovedì": "Thursday", "venerdì": "Friday", "sabato": "Saturday"}

# Insurers: slug, name, short, code, type, coverage description rows, preauth channel, preauth contact, response days,
# preauth threshold rule, docs required, billing, clinics (None=all), start date, lang
INSURERS = [
    dict(slug="mutua-lombarda-salute", name="Mutua Lombarda Salute", short="MLS", code="MLS-CDG-2023-017", kind="mutua",
         billing="diretta", channel="portale MLS Connect", contact="https://connect.mutualombarda-salute.example", fax=None,
         email="autorizzazioni@mutualombarda-salute.example", days=5, threshold=300, since="2023-02-01",
         regions=["Lombardia"], copay=20, cap=2500, lang="it",
         covered=[("VIS", "100%"), ("IGI", "100%, 1 all'anno"), ("OTT", "80%"), ("ENDO-1", "80%"), ("ENDO-3", "80%"), ("EST", "80%"), ("IMP", "massimale 900 € per impianto, max 2 l'anno"), ("COR", "70%")]),
    dict(slug="fondo-sanitario-artigiani-nord", name="Fondo Sanitario Artigiani Nord", short="FSAN", code="FSAN/CD/0412", kind="fondo",
         billing="diretta", channel="email", contact=None, fax=None, email="preautorizzazioni@fsan.example", days=7, threshold=0,
         since="2021-09-01", regions=["Lombardia", "Piemonte", "Veneto", "Trentino-Alto Adige", "Emilia-Romagna"], copay=25, cap=1800, lang="it",
         covered=[("VIS", "100%"), ("IGI", "100%, 2 all'anno"), ("OTT", "75%"), ("ENDO-3", "75%"), ("EST-CH", "75%"), ("IMP", "massimale 750 € per impianto"), ("PROT-TOT", "60%")]),
    dict(slug="orizzonte-assicurazioni-salute", name="Orizzonte Assicurazioni Salute", short="Orizzonte", code="ORZ-DENT-88120", kind="assicurazione",
         billing="indiretta", channel="fax", contact=None, fax="02 9916 4420", email="sinistri.dentali@orizzonte-salute.example", days=10, threshold=500,
         since="2019-05-01", regions=None, copay=0, cap=3000, lang="it",
         covered=[("VIS", "rimborso 100%"), ("IGI", "rimborso 100%"), ("OTT", "rimborso 90%"), ("ENDO-1", "rimborso 90%"), ("ENDO-3", "rimborso 90%"), ("IMP", "rimborso max 1.000 €"), ("ORT-FISSO", "rimborso 50% fino a 14 anni")]),
    dict(slug="previmed-italia", name="Previmed Italia", short="Previmed", code="PVM-77-CASTELLAN", kind="assicurazione",
         billing="diretta", channel="portale Previmed Pro", contact="https://pro.previmed-italia.example", fax=None,
         email="dental@previmed-italia.example", days=4, threshold=250, since="2022-01-01", regions=None, copay=15, cap=2000, lang="it",
         covered=[("VIS", "100%"), ("IGI", "100%"), ("OTT", "85%"), ("ENDO-3", "85%"), ("EST", "85%"), ("COR", "70%"), ("ALL", "contributo fisso 800 €")]),
    dict(slug="cassa-assistenza-bancari-padani", name="Cassa Assistenza Bancari Padani", short="CABP", code="CABP-0931", kind="cassa",
         billing="diretta", channel="email", contact=None, fax=None, email="odontoiatria@cabp.example", days=6, threshold=400,
         since="2020-03-01", regions=None, copay=10, cap=3500, lang="it",
         covered=[("VIS", "100%"), ("IGI", "100%, 2 all'anno"), ("OTT", "90%"), ("ENDO-1", "90%"), ("ENDO-3", "90%"), ("IMP", "80% fino a 1.200 €"), ("COR", "80%"), ("FAC", "non coperto")]),
    dict(slug="sanaplus-assicurazioni", name="SanaPlus Assicurazioni", short="SanaPlus", code="SP-CONV-2024-055", kind="assicurazione",
         billing="diretta", channel="portale SanaPlus Partner", contact="https://partner.sanaplus.example", fax=None,
         email="convenzioni@sanaplus.example", days=5, threshold=350, since="2024-04-01", regions=None, copay=20, cap=2200, lang="it",
         covered=[("VIS", "100%"), ("IGI", "100%"), ("OTT", "80%"), ("ENDO-3", "80%"), ("EST-CH", "80%"), ("IMP", "massimale 850 €")]),
    dict(slug="eurocare-global-health", name="EuroCare Global Health", short="EuroCare", code="ECGH-IT-2290", kind="international",
         billing="direct billing", channel="online provider portal", contact="https://providers.eurocare-global.example", fax=None,
         email="dental.preauth@eurocare-global.example", days=3, threshold=200, since="2021-06-01", regions=None, copay=10, cap=4000, lang="en",
         covered=[("VIS", "100%"), ("URG", "100%"), ("IGI", "100%, twice a year"), ("OTT", "90%"), ("ENDO-3", "90%"), ("IMP", "70% up to €1,500"), ("COR", "70%")]),
    dict(slug="atlantica-expat-insurance", name="Atlantica Expat Insurance", short="Atlantica", code="ATX-PRV-6631", kind="international",
         billing="reimbursement", channel="email", contact=None, fax=None, email="claims.dental@atlantica-expat.example", days=5, threshold=500,
         since="2022-10-01", regions=None, copay=0, cap=5000, lang="en",
         covered=[("VIS", "100%"), ("URG", "100%"), ("IGI", "100%"), ("OTT", "80%"), ("ENDO-1", "80%"), ("ENDO-3", "80%"), ("IMP", "60% up to €2,000"), ("ALL", "not covered")]),
    dict(slug="fondo-dentale-cooperativo", name="Fondo Dentale Cooperativo", short="FDC", code="FDC-2025-CDG-03", kind="fondo",
         billing="diretta", channel="portale FDC Online", contact="https://online.fondodentale.example", fax=None,
         email="preauth@fondodentale.example", days=8, threshold=0, since="2025-01-01", regions=None, copay=30, cap=1500, lang="it",
         covered=[("VIS", "100%"), ("IGI", "100%"), ("OTT", "70%"), ("ENDO-3", "70%"), ("PROT-SCH", "60%"), ("PED-SIG", "100% fino a 12 anni")]),
    dict(slug="veneta-mutua-soccorso", name="Veneta Mutua Soccorso", short="VMS", code="VMS-DEN-515", kind="mutua",
         billing="indiretta", channel="email", contact=None, fax="049 877 0315", email="pratiche@venetamutua.example", days=10, threshold=600,
         since="2018-01-01", regions=["Veneto", "Trentino-Alto Adige"], copay=0, cap=1200, lang="it",
         covered=[("VIS", "rimborso 100%"), ("IGI", "rimborso 100%"), ("OTT", "rimborso 70%"), ("ENDO-3", "rimborso 70%"), ("PROT-TOT", "rimborso 50%")]),
    dict(slug="cassa-salute-serenis", name="Cassa Salute Serenis", short="Serenis", code="SRN-CDG-2026-01", kind="cassa",
         billing="diretta", channel="portale Serenis Dental Hub", contact="https://dentalhub.serenis.example", fax=None,
         email="autorizzazioni@serenis.example", days=3, threshold=250, since="2026-07-01", regions=None, copay=15, cap=2800, lang="it",
         covered=[("VIS", "100%"), ("IGI", "100%, 2 all'anno"), ("OTT", "85%"), ("ENDO-1", "85%"), ("ENDO-3", "85%"), ("EST-CH", "85%"), ("IMP", "75% fino a 1.300 €"), ("ALL", "contributo fisso 1.000 €")]),
]

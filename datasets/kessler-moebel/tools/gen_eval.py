#!/usr/bin/env python3
"""Write eval/routing.jsonl and eval/qa.jsonl, and verify every rag/both item against the corpus.
Each rag/both entry carries (file, needle) checks; the script fails if a needle is not in the file."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
EVAL = os.path.join(HERE, "..", "eval")

# ---------------------------------------------------------------- routing: rag
RAG = [
    ("Öffnungszeiten Kessler Stuttgart am Samstag?", [("store-stuttgart.md", "| Samstag | 10:00–19:00 |")]),
    ("what's the delivery fee for zone 3 at the moment", [("liefergebuehren-und-lieferzonen.md", "| Zone 3 | 60–120 km | 99 € |")]),
    ("Wie lange ist die Rückgabefrist bei Onlinebestellungen aktuell", [("rueckgaberecht-onlinebestellungen.md", "**14 Tagen**")]),
    ("neue adresse leipzig haus??", [("notice-2026-10-05-umzug-leipzig.md", "Paunsdorfer Allee 14, 04329 Leipzig")]),
    ("Which TILMA item numbers are covered by the recall?", [("recall-tilma-loft-bed-en.md", "512-67-105 and 512-67-114")]),
    ("0%-Finanzierung: max. Laufzeit und Mindesteinkaufswert?", [("kessler-finanzierung.md", "**12 Monate**"), ("kessler-finanzierung.md", "**500 €**")]),
    ("Hat Köln jetzt auch sonntags auf? Von wann bis wann", [("notice-2026-09-20-sonntagsoeffnung.md", "**12:00–17:00 Uhr**")]),
    ("Preis Sofa ALMA 3-Sitzer", [("product-alma-3-sitzer.md", "1.619 €")]),
    ("Maße Kleiderschrank LOTTA 3-türig (BxTxH)", [("product-lotta-kleiderschrank-3-tuerig.md", "150 × 60 × 236 cm")]),
    ("Lüneburg – welche Lieferzone?", [("delivery-to-lueneburg.md", "**Zone 2**")]),
    ("how much is the assembly service for the KLARA sliding door wardrobe 250 cm", [("product-klara-schwebetuerenschrank-250-cm.md", "€209")]),
    ("Lieferzeit vom Esstisch EBBA 180x95 bitte", [("product-ebba-esstisch-180x95.md", "8–10 Wochen")]),
    ("Do we deliver on Saturdays and what's the surcharge?", [("delivery-time-slots-en.md", "{SAT}")]),
    ("KD hat Transportschaden – bis wann muss er das melden?", [("reklamation-schadensmeldung-ablauf.md", "innerhalb von **7 Tagen**")]),
    ("Restaurant Nürnberg, wie heißt es und bis wann ist offen", [("restaurant-nuernberg.md", "Burgblick"), ("restaurants-overview.md", "| Nürnberg | Restaurant Burgblick | 09:30–19:30 |")]),
    ("An welchem Tor ist Click & Collect in Hannover", [("store-hannover.md", "an Tor 4")]),
    ("Garantie auf Schrankbeschläge, wie viele Jahre?", [("garantie-und-gewaehrleistung.md", "| Schrankbeschläge (Scharniere, Schwebetürschienen) | 10 Jahre |")]),
    ("Altmöbelmitnahme kostet pro Stück wie viel", [("altmoebelmitnahme.md", "35 € je Möbelstück")]),
    ("phone no. of the Dresden store?", [("store-dresden.md", "0351 8410 2700")]),
    ("In welchen Farben gibt es das Bett EIRA 160x200?", [("product-eira-bett-160x200.md", "Weiß matt, Salbei, Eiche Sonoma, Weiß Hochglanz")]),
    ("what is the top of the WILMA dining table made of", [("product-wilma-esstisch-180x95.md", "toughened glass 10 mm")]),
    ("Fehlfahrtpauschale wenn keiner zuhause ist?", [("lieferzeitfenster-und-zuschlaege.md", "Fehlfahrtpauschale von 45 €")]),
    ("Helgoland: an welchen Tagen fährt die Tour?", [("lieferung-auf-inseln.md", "Helgoland jeden 2. Donnerstag")]),
    ("how big was the voucher customers got for the June warehouse outage in Kassel", [("incident-2026-06-lager-kassel-stoerung.md", "50-€-Gutschein")]),
    ("Effektiver Jahreszins wenn Kunde 36 Monate finanzieren will?", [("kessler-finanzierung.md", "**6,99 % effektivem Jahreszins**")]),
    ("Expresslieferung – Aufpreis?", [("expresslieferung.md", "59 € zusätzlich zur Zonengebühr")]),
    ("Ab welchem Warenwert liefern wir in Zone 1 kostenlos", [("liefergebuehren-und-lieferzonen.md", "ab einem Warenwert von 2.000 € kostenfrei")]),
    ("Family Card – wie lange Umtausch im Haus?", [("kessler-family-card.md", "30 statt 14 Tage")]),
    ("Who is the store manager in München?", [("store-muenchen.md", "Hausleitung: Franziska Huber")]),
    ("was kostet der GUNNAR ausziehbar jetzt", [("product-gunnar-esstisch-ausziehbar-160-220.md", "939 €")]),
]

# ---------------------------------------------------------------- routing: both (task family + corpus fact)
BOTH = [
    ("Antwortmail an Frau Becker, VNr KS-2026-104233: sie möchte ihr online bestelltes Sofa (bestellt 12.10.2026, geliefert 02.11.) zurückgeben. Bitte aktuelle Rückgabefrist und Abholgebühr reinschreiben.",
     [("rueckgaberecht-onlinebestellungen.md", "**14 Tagen**"), ("rueckgaberecht-onlinebestellungen.md", "49 €")]),
    ("Lieferbestätigung: Herr Aydin, Am Sande 12, 21335 Lüneburg, Do 03.12.2026, 10–14 Uhr, Bett FENJA 180x200. Liefergebühr bitte laut aktueller Zone eintragen",
     [("delivery-to-lueneburg.md", "**69 €**")]),
    ("Vergleichstabelle KARLO 3-Sitzer vs. DORIK 3-Sitzer für KD – er will Leder und möglichst schnell geliefert",
     [("product-karlo-3-sitzer.md", "ab Lager, 5–10 Werktage"), ("product-dorik-3-sitzer.md", "2.199 €")]),
    ("Schadensmeldung fürs Lager: Auftr. A-2026-118734, Hochbett TILMA mit Rutsche, Leiterhalterung gebrochen, 2 Fotos. Lösung so wie im Rückruf vorgesehen, Art.-Nr. bitte ergänzen",
     [("product-tilma-hochbett-90x200-mit-rutsche.md", "512-67-114"), ("recall-2026-09-22-hochbett-tilma.md", "**Austauschset**")]),
    ("reply to Mr Okoro (case KS-2026-220871) – he asks whether our Hamburg store is open on Sundays now and at what times",
     [("notice-2026-09-20-sonntagsoeffnung.md", "**12:00–17:00 Uhr**")]),
    ("KD fragt ob 0% über 24 Monate geht, Einkauf 1.800 €. Bitte Antwortmail mit den aktuellen Konditionen, Frau Richter, KS-2026-330112",
     [("kessler-finanzierung.md", "**12 Monate**"), ("kessler-finanzierung.md", "**6,99 % effektivem Jahreszins**")]),
    ("Delivery confirmation in English for Ms Hall, Deichstraße 40, 27472 Cuxhaven, Thu 10 Dec 2026, 10:00–14:00, one ALMA 3-seater – put in the delivery fee for her zone",
     [("delivery-to-cuxhaven.md", "**149 €**")]),
    ("Vergleich DAVOS 180x95, CEDRO 180x95 und SVEA 180x95 als Tabelle, Kundin will was Günstiges",
     [("product-davos-esstisch-180x95.md", "999 €"), ("product-cedro-esstisch-180x95.md", "649 €"), ("product-svea-esstisch-180x95.md", "€359")]),
    ("Kundin Frau Maurer will ihre Bestellung in Leipzig per Click & Collect abholen und fragt wo genau. Bitte Mail mit Adresse + Abholzeiten, Vorgang KS-2026-411907",
     [("click-and-collect-leipzig.md", "Paunsdorfer Allee 14"), ("store-leipzig.md", "Mo–Sa 10:00–19:30")]),
    ("Terminbestätigung Fr. Lindner, Potsdam (Breite Str. 7, 14467), 17.12.2026 16–20 Uhr, Sofa HALLA 3-Sitzer. Liefergebühr + Abendzuschlag bitte aus der Preisliste",
     [("delivery-to-potsdam.md", "**€49**"), ("lieferzeitfenster-und-zuschlaege.md", "| 16:00–20:00 | Mo–Fr | 15 € |")]),
    ("Lagermeldung bitte: Auftrag A-2026-140022, Sofa GRETA 3-Sitzer, Naht an der Rückenlehne offen, KD hat 4 Fotos geschickt, Lösung Techniker vor Ort. Artikelnummer weiß ich nicht, bitte nachschauen",
     [("product-greta-3-sitzer.md", "301-28-115")]),
    ("compare the BENTE 3-seater and the WIGA 3-seater for an English-speaking customer, she wants velvet and a low price",
     [("product-bente-3-sitzer.md", "€1,199"), ("product-wiga-3-sitzer.md", "€899")]),
    ("Herr Krüger will wissen wie lange Garantie auf sein Sofagestell ist. Antwortmail, VNr. KS-2026-502218",
     [("garantie-und-gewaehrleistung.md", "| Sofagestelle und Federkern | 5 Jahre |")]),
    ("Mail an Frau Yıldız (KS-2026-377610): sie hat Hochbett TILMA 90x200, Produktionscode 2603. Ist sie betroffen? Bitte Antwort inkl. Rückruf-Hotline",
     [("recall-2026-09-22-hochbett-tilma.md", "2545 bis 2626"), ("recall-2026-09-22-hochbett-tilma.md", "0800 555 2099")]),
    ("Lieferbestätigung Samstag 05.12.2026, 08–14 Uhr, Herr Fuchs, Lechstr. 3, 86343 Königsbrunn, Esstisch DAVOS. Gebühr inkl. Samstagszuschlag angeben",
     [("delivery-to-koenigsbrunn.md", "**49 €**"), ("lieferzeitfenster-und-zuschlaege.md", "| 08:00–14:00 | Sa | 25 € |")]),
    ("Tabelle Kleiderschrank TOVE 3-türig / LOTTA 3-türig / IDUN 3-türig, KD hat wenig Budget",
     [("product-tove-kleiderschrank-3-tuerig.md", "1.039 €"), ("product-lotta-kleiderschrank-3-tuerig.md", "959 €"), ("product-idun-kleiderschrank-3-tuerig.md", "799 €")]),
    ("customer Mr Brennan paid zone 2 delivery in July and now got a higher quote for a second order – write him a reply with old and new zone 2 fee, case KS-2026-615540",
     [("notice-2026-08-10-neue-liefergebuehren.md", "| Zone 2 | 59 € | 69 € |")]),
    ("Schadensmeldung: A-2026-150300, Schwebetürenschrank KLARA 250 cm, Laufschiene verbogen, 3 Fotos, Lösung Ersatzschiene + Monteur. Art.-Nr. fehlt noch",
     [("product-klara-schwebetuerenschrank-250-cm.md", "623-40-130")]),
    ("Bitte kurze Antwort an Herrn Lehmann (KS-2026-288104), er fragt ob er im Kessler Dortmund nach dem Einkauf was essen kann",
     [("faq-restaurant-dortmund.md", "Die Häuser Dortmund und Münster haben kein Restaurant")]),
    ("Lieferbestätigung Fr. Jansen, Almsstraße 20, 31134 Hildesheim, Di 08.12.2026, 07–11 Uhr, Esstisch FILIP 180x95 mit Montage. Liefergebühr und Montagepreis bitte einsetzen",
     [("delivery-to-hildesheim.md", "**49 €**"), ("product-filip-esstisch-180x95.md", "| Montageservice | 49 € |")]),
    ("Vergleich Bett AVEN 160x200 vs PIRA 160x200 – Kunde will viel Liegefläche und helle Farben",
     [("product-aven-bett-160x200.md", "168 × 212 × 90 cm"), ("product-pira-bett-160x200.md", "176 × 208 × 110 cm")]),
    ("Antwort an Frau Albrecht, VNr KS-2026-701335: sie hat das Bett FENJA 180x200 im Sommer für 669 € gesehen, jetzt online teurer. Bitte erklären und aktuellen Preis nennen",
     [("product-fenja-bett-180x200.md", "€719"), ("notice-2026-10-01-preisanpassungen.md", "| FENJA Bett 180×200 | 512-25-123 | 669 € | 719 € |")]),
    ("Schadensmeldung Lager – Auftrag A-2026-166410, Sessel LISKA, Fuß abgebrochen, nur 1 Foto. Lösung Ersatzfuß; bitte Versanddauer für Ersatzteile laut Prozess dazuschreiben",
     [("reklamation-schadensmeldung-ablauf.md", "Ersatzteil (Versand in 5–10 Werktagen)")]),
    ("Ms Dubois wants to pay her €400 armchair in 0% instalments. Can she? Write the reply, case KS-2026-803377",
     [("financing-faq-en.md", "for purchases of at least €500")]),
    ("delivery confirmation (English) for Mr Ahmed, Hauptstraße 210, 51465 Bergisch Gladbach, Wed 9 Dec 2026, 13:00–17:00, LISKA 3-seater – fill in the zone fee",
     [("delivery-to-bergisch-gladbach.md", "49")]),
    ("KD sucht ausziehbaren Esstisch, bitte Vergleichstabelle GUNNAR ausziehbar vs HANNES ausziehbar mit den aktuellen Preisen",
     [("product-gunnar-esstisch-ausziehbar-160-220.md", "939 €"), ("product-hannes-esstisch-ausziehbar-160-220.md", "839 €")]),
    ("Frau Sievers will diesen Sonntag ins Haus München kommen. Antwortmail schreiben, ob das geht und welche Häuser sonntags offen haben. KS-2026-390021",
     [("notice-2026-09-20-sonntagsoeffnung.md", "Alle anderen 16 Häuser bleiben sonntags geschlossen"), ("store-muenchen.md", "| Sonntag | geschlossen |")]),
    ("warehouse damage report pls: order A-2026-171288, CORVO 3-seater, cover torn at armrest, 4 photos, fix = technician replaces cover. add the item no.",
     [("product-corvo-3-sitzer.md", "301-16-111")]),
    ("Lieferbestätigung Fehmarn: Frau Petersen, Strandweg 4, 23769 Fehmarn, Tourtag Di 15.12.2026, Bett EIRA 160x200. Bitte Gebühr laut Zone + Hinweis zur Inseltour",
     [("delivery-to-fehmarn.md", "**149 €**"), ("lieferung-auf-inseln.md", "Fehmarn wöchentlich dienstags")]),
    ("comparison table sofa beds RUNA vs BENTE for an English customer who wants the cheaper one",
     [("product-runa-schlafsofa.md", "€1,749"), ("product-bente-schlafsofa.md", "€1,499")]),
]

# ---------------------------------------------------------------- routing: tuned (everything given, or general knowledge)
TUNED = [
    "Antwortmail an Herrn Vogler, VNr KS-2026-551920: Ersatzteil (Scharnier) für seinen Schrank ist unterwegs, kommt in ca. 4 Werktagen, kostenlos. Bitte freundlich.",
    "Lieferbestätigung: Frau Grün, Weidenweg 8, 72108 Rottenburg, Mi 02.12.2026, 10:00–14:00, Sofa 3-Sitzer, Liefergebühr 69 €, Altsofa wird mitgenommen (35 €).",
    "Schadensmeldung fürs Lager – Auftrag A-2026-190211, Couchtisch Art. 734-99-001, Glasplatte gesprungen, 3 Fotos liegen vor, Lösung: neue Glasplatte schicken",
    "compare for customer (english): Sofa A 210x95x85 cm, velvet, green/grey, €1,290, 4-6 weeks | Sofa B 230x100x80 cm, leather, cognac/black, €1,890, in stock. She wants fastest delivery.",
    "reply email to Ms Carter, case KS-2026-660121: her refund of €219 was sent today, expect it on her PayPal account within 2 working days",
    "terminbestätigung\nkunde: herr kaya\nadr: Mühlenstr. 22, 25335 Elmshorn\ndatum 11.12.2026\nfenster 07-11 uhr\nartikel: kleiderschrank 3-türig\ngebühr: 49 €\nhinweis: 4. OG ohne Aufzug (Tragezuschlag 20 € schon bezahlt)",
    "KD-Mail:\n\"Sehr geehrte Damen und Herren, an meinem neuen Esstisch ist ein Bein wackelig und die Platte hat einen Kratzer. Auftrag A-2026-177450. Fotos anbei (2). Gruß R. Weiß\"\nArt.-Nr. 734-12-345. Lösung mit KD: Techniker kommt, zieht nach + Preisnachlass 10 %. Bitte Schadensmeldung",
    "Vergleichstabelle bitte, Kunde will pflegeleicht (2 Kinder):\n- Esstisch Nord: 180x90x75, Keramik, weiß/grau, 899 €, 3 Wochen\n- Esstisch Süd: 180x90x75, Eiche geölt, natur, 1.049 €, ab Lager\n- Esstisch Ost: 160x90x75, Glas, klar, 599 €, 2 Wochen",
    "Was heißt \"Lattenrost\" auf Englisch?",
    "Dear-Mail an Mr Lindgren (KS-2026-704455): his assembly appointment moved from 1 Dec to 3 Dec, same time 13-17, sorry for the change",
    "Bitte Antwort an Frau Öztürk – Stornierung ihres Esstischs bestätigt, Anzahlung 150 € kommt in 5 Werktagen zurück, keine Gebühren. VNr. KS-2026-118230",
    "need a delivery confirmation in English: Mr Baker, Kirchweg 3, 23879 Mölln, Friday 4 Dec 2026, 16:00-20:00, dining table + 4 chairs, delivery fee €69 plus €15 evening surcharge, assembly booked",
    "Lager-Schadensmeldung: A-2026-188002 / Bett 180x200 Art. 512-99-777 / Kopfteil Ecke abgeplatzt / keine Fotos bisher / Lösung noch offen",
    "Kannst du mir kurz erklären, was der Unterschied zwischen Federkern und Kaltschaum bei Sofas ist?",
    "Tabelle für KD: Boxspring Alpha 180x200, Webstoff, grau, 1.499 €, 6-8 Wo. vs. Boxspring Beta 180x200, Samt, blau, 1.799 €, 3-4 Wo. Kunde will schnelle Lieferung",
    "KD Frau Hoffmann-Lutz, schreib ihr bitte: Lieferung verschiebt sich vom 26.11. auf den 03.12.2026 weil LKW-Ausfall, wir schenken ihr die Liefergebühr (49 €). Vorgang KS-2026-330551",
    "damage claim summary – order A-2026-201144, wardrobe item 623-88-120, door lacquer cracked, customer sent 5 pics, agreed: replace door",
    "Lieferbestätigung Hr. Schulze, Lindenallee 1, 01445 Radebeul, Sa 12.12.2026 08-14 Uhr, Ecksofa, Gebühr 49 € + 25 € Samstagszuschlag, Kunde ruft vorher an",
    "How do I say 'Lieferzeitfenster' politely in an English customer email?",
    "Antwortmail (englisch) an Ms Rossi, Vorgang KS-2026-822019: voucher of €50 for the delay has been added to her customer account, valid 3 years",
    "bitte vergleich machen: Schrank Hell 200x60x220 Weiß matt 699 € 2-3 Wo / Schrank Dunkel 250x60x220 Graphit 899 € 4-6 Wo; KD braucht möglichst viel Stauraum",
    "Schadensmeldung: Auftr.-Nr. A-2026-213007, Sessel Art. 301-77-001, Bezug an Naht aufgerissen (Katze?), 3 Fotos, Lösung: Kulanz abgelehnt, Reparatur kostenpflichtig angeboten 120 €",
    "Reply to Mrs Kim pls, case KS-2026-909102: we received her complaint about the wobbly bed frame, technician will call within 3 working days to book a visit",
    "Liefertermin bestätigen für Frau Berger: 14.12.2026, Zeitfenster 13–17 Uhr, Gartenstr. 9, 91054 Erlangen, Bett + Matratze, Liefergebühr 49 €, Montage 79 € gebucht, Parkplatz im Hof",
    "Formulier mir bitte einen höflichen Satz auf Deutsch, mit dem ich mich für eine verspätete Antwort entschuldige.",
    "Vergleich 2 Couchtische für engl. Kundin: Round 80x80x40 oak €249 in stock / Square 90x90x38 ceramic €329 2-3 weeks, she wants easy care",
    "Antwort an Herrn Demir (KS-2026-417733): Die Montage des ALMA 3-Sitzers hat er nicht bezahlt, weil sie im Lieferpreis enthalten ist – bitte bestätigen, dass keine Kosten anfallen und Füße vom Lieferteam montiert wurden.",
    "Schadensmeldung EN→Lager: \"Order A-2026-225500, the glass top of the side table arrived shattered, 3 photos attached\" item 734-55-901, fix: full replacement",
    "Lieferbestätigung auf Englisch: Ms Novak, Elbchaussee 100, 22763 Hamburg, Tue 01.12.2026, 07:00-11:00, wardrobe KLARA 250 cm, delivery fee €49, assembly €209 booked, old wardrobe taken away",
    "Vergleich für Kundin: Sofa ALMA 3-Sitzer 215x98x88, Chenille, Sand/Anthrazit, 1.619 €, 2–3 Wochen vs. Sofa LISKA 3-Sitzer 215x98x78, Bouclé, Sand/Rost/Creme, 999 €, 2–3 Wochen. Sie will günstig.",
]

# ---------------------------------------------------------------- qa
QA_RAG = [
    ("Wie hoch ist die Liefergebühr in Zone 4 seit September 2026?", "149 €", ["corpus/liefergebuehren-und-lieferzonen.md"]),
    ("What was the zone 1 delivery fee before 1 September 2026?", "39 €", ["corpus/delivery-fees-archive-until-2026-08-31.md", "corpus/notice-2026-08-10-neue-liefergebuehren.md"]),
    ("Für welche Onlinebestellungen gilt noch die 30-Tage-Rückgabefrist?", "31.07.2026", ["corpus/rueckgaberecht-onlinebestellungen.md"]),
    ("Wo war das Einrichtungshaus Leipzig vor dem Umzug?", "Prager Straße 120", ["corpus/notice-2026-10-05-umzug-leipzig.md"]),
    ("Welche Telefonnummer hat die Rückruf-Hotline für den TILMA-Rückruf?", "0800 555 2099", ["corpus/recall-2026-09-22-hochbett-tilma.md"]),
    ("Which bank is Kessler's financing partner?", "Nordlicht Kreditbank AG", ["corpus/kessler-finanzierung.md"]),
    ("Ab wann haben Hamburg und Köln sonntags geöffnet?", "04.10.2026", ["corpus/notice-2026-09-20-sonntagsoeffnung.md"]),
    ("Was kostet das Sofa DORIK 3-Sitzer?", "2.199 €", ["corpus/product-dorik-3-sitzer.md"]),
    ("Welche Artikelnummer hat der Esstisch DAVOS 180×95?", "734-19-112", ["corpus/product-davos-esstisch-180x95.md"]),
    ("Wie heißt das Restaurant im Kessler Kiel?", "Bistro Förde", ["corpus/restaurants-overview.md"]),
    ("What is the new price of the TOVE 3-door wardrobe from October 2026?", "1.039 €", ["corpus/notice-2026-10-01-preisanpassungen.md"]),
    ("Welche Ersatzteilnummer hat das TILMA-Austauschset?", "ET-512-TL-04", ["corpus/intern-rueckruf-tilma-bearbeitung.md"]),
    ("Wie viele Fotos brauchen wir mindestens für eine Schadensmeldung?", "3 Fotos", ["corpus/reklamation-schadensmeldung-ablauf.md"]),
    ("In welcher Lieferzone liegt Göttingen?", "Zone 3", ["corpus/delivery-area-hannover.md"]),
    ("Until when can a customer reschedule delivery free of charge?", "2 working days", ["corpus/delivery-time-slots-en.md"]),
    ("Adresse Kessler Mannheim?", "Am Steinweg 7", ["corpus/store-mannheim.md"]),
    ("Wie lange wird Click & Collect-Ware reserviert?", "10 Werktage", ["corpus/click-and-collect-overview.md"]),
    ("How long did the Kassel-Waldau warehouse system outage last?", "36 Stunden", ["corpus/incident-2026-06-lager-kassel-stoerung.md"]),
    ("Was kostet eine nachträglich gebuchte Montage zusätzlich?", "39 €", ["corpus/montageservice.md"]),
    ("Welcher Aktionscode gilt in der Black Week 2026?", "BLACK25", ["corpus/press-2026-11-black-week.md"]),
]
QA_BOTH = [
    ("Schreib eine Antwortmail an Herrn Wolff (KS-2026-455612): Er hat am 20.09.2026 online bestellt und will zurückgeben – wie viele Tage hat er?", "14 Tagen",
     ["corpus/rueckgaberecht-onlinebestellungen.md"]),
    ("Lieferbestätigung für Frau Koch, Dachau (Münchner Str. 5, 85221), Mi 09.12.2026, 10–14 Uhr, Sofa; bitte die Zonengebühr eintragen.", "49 €",
     ["corpus/delivery-area-muenchen.md"]),
    ("Schadensmeldung fürs Lager: Auftrag A-2026-230077, Sofa KARLO 3-Sitzer, Kratzer im Leder, 3 Fotos, Lösung Preisnachlass – Artikelnummer bitte ergänzen.", "301-40-112",
     ["corpus/product-karlo-3-sitzer.md"]),
    ("Comparison table for an English customer: ELNA 3-Sitzer vs CORVO 3-Sitzer, she wants the cheaper one that is in stock.", "ELNA",
     ["corpus/product-elna-3-sitzer.md", "corpus/product-corvo-3-sitzer.md"]),
    ("Reply email to Mr Singh (case KS-2026-512990): he wants to know the longer financing terms and their APR.", "6,99 %",
     ["corpus/kessler-finanzierung.md"]),
]
QA_TUNED = [
    ("Antwortmail an Frau Brandt, VNr KS-2026-600311: Gutschein über 75 € wurde heute per E-Mail verschickt.", "KS-2026-600311", []),
    ("Lieferbestätigung: Herr Roth, Talstr. 4, 79098 Freiburg, Fr 11.12.2026, 13–17 Uhr, Liefergebühr 69 €.", "13:00–17:00", []),
    ("Schadensmeldung: Auftrag A-2026-240155, Nachttisch Art. 512-90-010, Schublade klemmt, 3 Fotos, Lösung Ersatzführung.", "A-2026-240155", []),
    ("Vergleich: Tisch X 160x90, Eiche, 799 €, 2 Wochen / Tisch Y 160x90, Keramik, 949 €, ab Lager. Kunde will günstig.", "Tisch X", []),
    ("Reply to Ms Evans (case KS-2026-610020): her sofa delivery is confirmed for 7 December 2026.", "Dear Ms Evans", []),
]


def check(entries):
    for q, checks in entries:
        for f, needle in checks:
            p = os.path.join(CORPUS, f)
            txt = open(p, encoding="utf-8").read()
            if needle == "{SAT}":
                needle = "Saturday delivery is available 08:00–14:00 for €25 extra"
            assert needle in txt, (q, f, needle)


check(RAG)
check(BOTH)
for q, a, srcs in QA_RAG + QA_BOTH:
    assert srcs
    assert any(a in open(os.path.join(HERE, "..", s), encoding="utf-8").read() for s in srcs), (q, a)
for q, a, srcs in QA_TUNED:
    assert a in q or a in ("Dear Ms Evans", "13:00–17:00", "Tisch X"), q

assert len(RAG) == 30 and len(BOTH) == 30 and len(TUNED) == 30, (len(RAG), len(BOTH), len(TUNED))
allq = [q for q, _ in RAG] + [q for q, _ in BOTH] + TUNED
assert len(set(allq)) == 90
qa_q = [q for q, _, _ in QA_RAG + QA_BOTH + QA_TUNED]
assert not set(qa_q) & set(allq)

rows = [{"query": q, "route": "rag"} for q, _ in RAG] + [{"query": q, "route": "both"} for q, _ in BOTH] + [{"query": q, "route": "tuned"} for q in TUNED]
rng = random.Random(18)
rng.shuffle(rows)
os.makedirs(EVAL, exist_ok=True)
with open(os.path.join(EVAL, "routing.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
qa = [{"question": q, "answer": a, "sources": s, "route": "rag"} for q, a, s in QA_RAG] + \
     [{"question": q, "answer": a, "sources": s, "route": "both"} for q, a, s in QA_BOTH] + \
     [{"question": q, "answer": a, "sources": [], "route": "tuned"} for q, a, s in QA_TUNED]
rng.shuffle(qa)
with open(os.path.join(EVAL, "qa.jsonl"), "w", encoding="utf-8") as f:
    for r in qa:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# label notes
with open(os.path.join(HERE, "label-notes.md"), "w", encoding="utf-8") as f:
    f.write("# Label notes (private): which document answers each rag/both routing query\n\n## rag\n\n")
    for q, c in RAG:
        f.write(f"- {q!r} -> " + "; ".join(f"{a} [{b}]" for a, b in c) + "\n")
    f.write("\n## both (task family + corpus fact)\n\n")
    for q, c in BOTH:
        f.write(f"- {q!r} -> " + "; ".join(f"{a} [{b}]" for a, b in c) + "\n")
    f.write("\n## tuned\n\nAll facts are given in the request (or general knowledge). Boundary items: a delivery confirmation that states the fee "
            "(tuned) vs. one that asks for the zone fee (both); a comparison with all product data pasted even for corpus products (ALMA/LISKA, tuned).\n")
print("ok", len(rows), len(qa))

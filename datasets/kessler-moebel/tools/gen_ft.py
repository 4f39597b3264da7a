#!/usr/bin/env python3
"""Generate finetune/train.jsonl and validation.jsonl. All entities are invented for the examples and
deliberately do not occur in the corpus (checked at the end)."""
import json, random, datetime, os, re
from data import TOWNS
from products import RANGES

rng = random.Random(99)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "finetune")

SYSTEM = ("Du bist der Schreibassistent des Kessler Kundenservice (Möbelhandel). You help customer-service agents in German "
          "or English with four tasks: (1) Kundenantwort-E-Mails, (2) Schadensmeldungen für das Lager, (3) Liefertermin-Bestätigungen, "
          "(4) Produktvergleichstabellen für Kunden. Always use the Kessler house format for the task. Use only the facts given in the "
          "request; never invent prices, fees, dates, deadlines or product data. If a needed fact is missing, leave a clear placeholder "
          "such as [bitte ergänzen]. Write in the customer's language (German or English).")

PRODUCTS_FT = ["BRANDO", "CALDERA", "MIRELL", "NOVIKA", "SOLVIK", "TAMARA", "VALENTO", "LAGUNA", "RIVOLI", "MONTARA", "SERENO",
               "AURELIA", "FELICIA", "GRANADA", "PORTOFINO", "ESTORIL", "CORDOBA", "ALVAR", "BASTIAN", "CLEMENS", "DAGMAR",
               "EMILIO", "FLORENZ", "GISELA", "HUGO", "IMMO", "KONRAD", "LEANDER", "MATHILDA", "NORBERT", "OTTILIE", "PAULINE"]
TOWNS_FT = [("Tübingen", "72070"), ("Lübeck", "23552"), ("Rostock", "18055"), ("Wolfsburg", "38440"), ("Paderborn", "33098"),
            ("Konstanz", "78462"), ("Passau", "94032"), ("Trier", "54290"), ("Würzburg", "97070"), ("Erfurt", "99084"),
            ("Jena", "07743"), ("Magdeburg", "39104"), ("Schwerin", "19053"), ("Saarbrücken", "66111"), ("Koblenz", "56068"),
            ("Bayreuth", "95444"), ("Kassel", "34117"), ("Gotha", "99867"), ("Lindau", "88131"), ("Husum", "25813")]
STREETS = ["Lindenweg 4", "Am Mühlbach 17", "Schillerstraße 88", "Rosenstraße 2a", "Bahnhofstraße 51", "Gartenweg 9",
           "Kastanienallee 23", "Uferstraße 6", "Hauptstraße 140", "Birkenring 12", "Am Sportplatz 3", "Goethestraße 27",
           "Wiesenweg 15", "Mozartstraße 7", "Kirchplatz 1", "Eichendorffweg 30"]
NAMES = [("Frau", "Schneider"), ("Herr", "Yilmaz"), ("Frau", "Kowalczyk"), ("Herr", "Brückner"), ("Frau", "Ahrens"), ("Herr", "Nguyen"),
         ("Frau", "Lindqvist"), ("Herr", "Oberhauser"), ("Frau", "Demirci"), ("Herr", "Fitzgerald"), ("Frau", "Castellano"),
         ("Herr", "Wagenknecht"), ("Frau", "Hartmann"), ("Herr", "Rasmussen"), ("Frau", "Papadopoulos"), ("Herr", "Engel"),
         ("Frau", "Okafor"), ("Herr", "Zimmermann"), ("Frau", "Sommer"), ("Herr", "Baptiste"), ("Frau", "Keller"), ("Herr", "Lorenz")]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def vnr():
    return f"KS-{rng.choice([2024, 2025])}-{rng.randint(100000, 999999)}"


def anr():
    return f"A-{rng.choice([2024, 2025])}-{rng.randint(100000, 999999)}"


def typo(s):
    if rng.random() < 0.25 and len(s) > 30:
        i = rng.randint(5, len(s) - 5)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


CAT_EN = {"Sofa": "sofa", "Bett": "bed", "Kleiderschrank": "wardrobe", "Esstisch": "dining table", "Couchtisch": "coffee table", "Sessel": "armchair"}


def eur(x):
    return f"{x:,}".replace(",", ".") + " €"


# ------------------------------------------------------------------ family 1: customer reply email
EMAIL_CASES = [
    # (topic, de facts, en facts) each fact dict: subject, p1, p2, p3
    "delay", "refund", "assembly", "colour", "invoice", "voucher", "cancel", "spare", "delivery_change", "complaint_ack",
]


def email_example(lang):
    sal, last = rng.choice(NAMES)
    nr = vnr()
    case = rng.choice(EMAIL_CASES)
    prod = rng.choice(PRODUCTS_FT)
    d = datetime.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    dd = d.strftime("%d.%m.%Y")
    amount = rng.choice([49, 89, 129, 240, 315, 560, 1049])
    days = rng.choice([3, 5, 7, 10])
    ST, TW = rng.choice(STREETS), rng.choice(TOWNS_FT)[0]
    F = {
        "delay": (f"Lieferung Sofa {prod} verzögert sich, neuer Termin {dd}, Grund: Lieferant hat Bezugsstoff zu spät geliefert, als Entschuldigung Gutschein {amount} €",
                  f"delivery of {prod} sofa delayed, new date {d.isoformat()}, reason supplier delivered cover fabric late, goodwill voucher €{amount}"),
        "refund": (f"Rückerstattung {amount} € für Couchtisch {prod} ist veranlasst, Gutschrift auf Kreditkarte in {days} Werktagen",
                   f"refund of €{amount} for {prod} coffee table has been issued, back on credit card within {days} working days"),
        "assembly": (f"Monteur kommt nochmal wegen schiefer Schranktür {prod}, Termin {dd} vormittags, kostenlos",
                     f"technician returns to adjust crooked door on {prod} wardrobe, {d.isoformat()} morning, free of charge"),
        "colour": (f"Farbe von Bett {prod} weicht vom Muster ab, laut Hersteller innerhalb Toleranz, wir bieten {amount} € Preisnachlass oder Rücknahme",
                   f"colour of {prod} bed differs from swatch, manufacturer says within tolerance, we offer €{amount} discount or we take it back"),
        "invoice": (f"Kundin braucht Rechnungskopie für Esstisch {prod}, haben wir heute per Mail geschickt, Rechnungsnr. R-{rng.randint(10000, 99999)}",
                    f"customer needs an invoice copy for {prod} dining table, sent today by email, invoice no. R-{rng.randint(10000, 99999)}"),
        "voucher": (f"Gutschein über {amount} € ist abgelaufen am {dd}, ausnahmsweise verlängern wir um {days} Monate",
                    f"gift voucher worth €{amount} expired on {d.isoformat()}, as an exception we extend it by {days} months"),
        "cancel": (f"Stornierung Sessel {prod} bestätigt, Anzahlung {amount} € wird zurücküberwiesen, keine Stornogebühr",
                   f"cancellation of {prod} armchair confirmed, deposit €{amount} will be transferred back, no cancellation fee"),
        "spare": (f"fehlende Schrauben Beutel C für Regal/Schrank {prod} werden kostenlos per Post verschickt, Ankunft ca. {days} Werktage",
                  f"missing screw bag C for {prod} wardrobe sent by post free of charge, arrives in about {days} working days"),
        "delivery_change": (f"Adresse für Lieferung geändert auf {ST}, {TW}, Termin bleibt {dd}",
                            f"delivery address changed to {ST}, {TW}, date stays {d.isoformat()}"),
        "complaint_ack": (f"Reklamation Sofa {prod} (Naht offen) eingegangen, Techniker meldet sich innerhalb {days} Werktagen für Termin",
                          f"complaint about {prod} sofa (open seam) received, technician will call within {days} working days to book a visit"),
    }
    de_fact, en_fact = F[case]
    P2 = {
        "delay": (f"Leider verschiebt sich die Lieferung Ihres Sofas {prod}, weil unser Lieferant den Bezugsstoff zu spät geliefert hat. Ihr neuer Liefertermin ist der {dd}. Als Entschuldigung erhalten Sie einen Gutschein über {amount} €.",
                  f"Unfortunately the delivery of your {prod} sofa is delayed because our supplier delivered the cover fabric late. Your new delivery date is {d.isoformat()}. To apologise, we are sending you a voucher worth €{amount}."),
        "refund": (f"Die Rückerstattung von {amount} € für Ihren Couchtisch {prod} haben wir veranlasst. Der Betrag wird innerhalb von {days} Werktagen Ihrer Kreditkarte gutgeschrieben.",
                   f"We have issued the refund of €{amount} for your {prod} coffee table. The amount will be credited to your card within {days} working days."),
        "assembly": (f"Unser Monteur kommt am {dd} vormittags noch einmal zu Ihnen und richtet die Tür Ihres Schranks {prod} neu aus. Dieser Einsatz ist für Sie kostenlos.",
                     f"Our technician will come back on the morning of {d.isoformat()} to adjust the door of your {prod} wardrobe. This visit is free of charge."),
        "colour": (f"Laut Hersteller liegt die Farbabweichung Ihres Bettes {prod} innerhalb der zulässigen Toleranz. Wir bieten Ihnen dennoch einen Preisnachlass von {amount} € an oder nehmen das Bett zurück.",
                   f"According to the manufacturer, the colour of your {prod} bed is within the permitted tolerance. We would nevertheless like to offer you a €{amount} discount, or we can take the bed back."),
        "invoice": (f"Die Rechnungskopie für Ihren Esstisch {prod} haben wir Ihnen heute per E-Mail geschickt. Die Rechnungsnummer finden Sie in der Betreffzeile.",
                    f"We sent the copy of the invoice for your {prod} dining table by email today. You will find the invoice number in the subject line."),
        "voucher": (f"Ihr Gutschein über {amount} € ist am {dd} abgelaufen. Ausnahmsweise verlängern wir ihn für Sie um {days} Monate.",
                    f"Your €{amount} voucher expired on {d.isoformat()}. As an exception, we have extended it by {days} months."),
        "cancel": (f"Die Stornierung Ihres Sessels {prod} ist bestätigt. Ihre Anzahlung von {amount} € überweisen wir zurück; eine Stornogebühr fällt nicht an.",
                   f"The cancellation of your {prod} armchair is confirmed. We will transfer your €{amount} deposit back to you; there is no cancellation fee."),
        "spare": (f"Den fehlenden Schraubenbeutel C für Ihren Schrank {prod} schicken wir Ihnen kostenlos per Post. Er sollte in etwa {days} Werktagen bei Ihnen sein.",
                  f"We are sending the missing screw bag C for your {prod} wardrobe by post free of charge. It should reach you in about {days} working days."),
        "delivery_change": (f"Wir haben Ihre Lieferadresse auf {ST}, {TW} geändert. Ihr Liefertermin am {dd} bleibt unverändert.",
                            f"We have changed your delivery address to {ST}, {TW}. Your delivery date of {d.isoformat()} stays the same."),
        "complaint_ack": (f"Ihre Reklamation zur offenen Naht an Ihrem Sofa {prod} ist bei uns eingegangen. Ein Techniker meldet sich innerhalb von {days} Werktagen bei Ihnen, um einen Termin zu vereinbaren.",
                          f"We have received your complaint about the open seam on your {prod} sofa. A technician will contact you within {days} working days to arrange a visit."),
    }[case]
    if lang == "de":
        greet = f"Guten Tag {sal} {last},"
        reqs = [
            f"Bitte Antwortmail an {sal} {last} schreiben: {de_fact}. Vorgangsnr {nr}",
            f"Kundenmail beantworten. KD: {sal} {last}. Infos: {de_fact}. VNr. {nr}",
            f"kannst du ne antwort für {sal.lower()} {last} formulieren? {de_fact} -- vorgang {nr}",
            f"Antwort an Kunde ({sal} {last}), Vorgang {nr}:\n- {de_fact.replace(', ', chr(10) + '- ')}",
            f"{sal} {last} hat sich beschwert / nachgefragt. Folgendes mitteilen: {de_fact}. Vorgangsnummer {nr}. Bitte freundlich.",
        ]
        req = typo(rng.choice(reqs))
        body = email_body_de(case, de_fact, sal, last)
        body = (body[0], P2[0], body[2])
        ans = f"{greet}\n\n{body[0]}\n\n{body[1]}\n\n{body[2]}\n\nFreundliche Grüße\nIhr Kessler Kundenservice\nVorgangsnummer: {nr}"
    else:
        title = "Ms" if sal == "Frau" else "Mr"
        greet = f"Dear {title} {last},"
        reqs = [
            f"Reply email in English to {title} {last} pls: {en_fact}. Case {nr}",
            f"Customer writes in English, need answer. KD {sal} {last}. Facts: {en_fact}. Vorgangsnr. {nr}",
            f"Draft an answer for {title} {last} (case {nr}) - {en_fact}.",
            f"Engl. Antwort an {sal} {last}, Vorgang {nr}: {en_fact}",
            f"Pasted mail from customer:\n\"Hello, I am still waiting for news about my order. Regards, {last}\"\nWhat to tell: {en_fact}. Case number {nr}.",
        ]
        req = typo(rng.choice(reqs))
        body = email_body_en(case, en_fact)
        body = (body[0], P2[1], body[2])
        ans = f"{greet}\n\n{body[0]}\n\n{body[1]}\n\n{body[2]}\n\nKind regards\nIhr Kessler Kundenservice\nVorgangsnummer: {nr}"
    return req, ans


def email_body_de(case, fact, sal, last):
    p1 = {"delay": "vielen Dank für Ihre Geduld und entschuldigen Sie bitte die Unannehmlichkeiten mit Ihrer Lieferung.",
          "refund": "vielen Dank für Ihre Nachricht zu Ihrer Rückgabe.",
          "assembly": "vielen Dank, dass Sie uns über das Problem mit Ihrer Schranktür informiert haben.",
          "colour": "vielen Dank für Ihre Rückmeldung zur Farbe Ihres neuen Bettes.",
          "invoice": "vielen Dank für Ihre Anfrage nach einer Rechnungskopie.",
          "voucher": "vielen Dank für Ihre Nachricht zu Ihrem Geschenkgutschein.",
          "cancel": "wir haben Ihren Stornierungswunsch erhalten und bearbeitet.",
          "spare": "es tut uns leid, dass bei Ihrer Lieferung Schrauben gefehlt haben.",
          "delivery_change": "vielen Dank für die Mitteilung Ihrer neuen Lieferadresse.",
          "complaint_ack": "vielen Dank für Ihre Reklamation. Es tut uns leid, dass Ihr Sofa nicht einwandfrei ist."}[case]
    parts = [x.strip() for x in fact.split(",")]
    p2 = "Gerne bestätigen wir Ihnen Folgendes: " + "; ".join(parts) + "."
    p3 = {"delay": "Wir melden uns vor dem neuen Termin noch einmal mit dem genauen Zeitfenster.",
          "refund": "Sollte die Gutschrift nicht wie angegeben eingehen, melden Sie sich bitte unter Angabe der Vorgangsnummer.",
          "assembly": "Bitte sorgen Sie dafür, dass der Schrank zum Termin frei zugänglich ist.",
          "colour": "Bitte teilen Sie uns mit, welche Lösung Sie bevorzugen, dann veranlassen wir alles Weitere.",
          "invoice": "Falls Sie die E-Mail nicht finden, prüfen Sie bitte auch Ihren Spam-Ordner.",
          "voucher": "Den Gutschein können Sie wie gewohnt online oder in unseren Einrichtungshäusern einlösen.",
          "cancel": "Für Rückfragen stehen wir Ihnen jederzeit gerne zur Verfügung.",
          "spare": "Sollte das Paket nicht ankommen, geben Sie uns bitte kurz Bescheid.",
          "delivery_change": "Bitte prüfen Sie, ob die neue Adresse für unser Lieferteam gut erreichbar ist.",
          "complaint_ack": "Bitte halten Sie für den Termin Ihre Auftragsbestätigung bereit."}[case]
    return p1[0].upper() + p1[1:], p2, p3


def email_body_en(case, fact):
    p1 = {"delay": "Thank you for your patience, and please accept our apologies for the inconvenience with your delivery.",
          "refund": "Thank you for your message about your return.",
          "assembly": "Thank you for letting us know about the problem with your wardrobe door.",
          "colour": "Thank you for your feedback on the colour of your new bed.",
          "invoice": "Thank you for asking for a copy of your invoice.",
          "voucher": "Thank you for your message about your gift voucher.",
          "cancel": "We have received and processed your cancellation request.",
          "spare": "We are sorry that screws were missing from your delivery.",
          "delivery_change": "Thank you for letting us know your new delivery address.",
          "complaint_ack": "Thank you for your complaint, and we are sorry that your sofa is not in perfect condition."}[case]
    parts = [x.strip() for x in fact.split(",")]
    p2 = "We are happy to confirm the following: " + "; ".join(parts) + "."
    p3 = {"delay": "We will contact you again before the new date with the exact time slot.",
          "refund": "If the credit does not arrive as stated, please contact us quoting your case number.",
          "assembly": "Please make sure the wardrobe is easy to reach on the day.",
          "colour": "Please let us know which option you prefer and we will arrange everything else.",
          "invoice": "If you cannot find the email, please also check your spam folder.",
          "voucher": "You can redeem the voucher online or in any of our stores as usual.",
          "cancel": "Please do not hesitate to contact us if you have any questions.",
          "spare": "If the parcel does not arrive, please let us know.",
          "delivery_change": "Please check that our delivery team can easily reach the new address.",
          "complaint_ack": "Please have your order confirmation ready for the visit."}[case]
    return p1, p2, p3


# ------------------------------------------------------------------ family 2: damage claim summary
DAMAGES = [("Kratzer ca. 15 cm auf der Tischplatte", "scratch approx. 15 cm on the table top", "Ersatzplatte liefern"),
           ("Bezug an der Armlehne eingerissen", "cover torn at the armrest", "Techniker vor Ort, Bezug tauschen"),
           ("Schwebetür klemmt, Laufschiene verbogen", "sliding door sticks, rail bent", "Ersatzschiene schicken, Montage durch Monteur"),
           ("Ecke der Kopfteilplatte abgeplatzt", "corner of headboard panel chipped", "Ersatzteil Kopfteil bestellen"),
           ("Glasplatte gesprungen", "glass top cracked", "Austausch Glasplatte"),
           ("Fuß abgebrochen", "leg broken off", "Ersatzfuß per Paket"),
           ("Wasserfleck auf Furnier", "water stain on veneer", "Preisnachlass 15 %"),
           ("Naht am Sitzkissen offen", "seam open on seat cushion", "Kissen tauschen"),
           ("Delle in der Seitenwand, Karton war beschädigt", "dent in side panel, box was damaged", "Seitenwand nachliefern"),
           ("Schublade läuft nicht, Führung gebrochen", "drawer does not run, runner broken", "Ersatzführung + Montage"),
           ("Lattenrost mit gebrochener Leiste", "slatted frame with broken slat", "neue Leiste per Post"),
           ("Lack an der Tür mit Riss", "lacquer cracked on the door", "Tür austauschen")]


def damage_example(lang):
    prod = rng.choice(PRODUCTS_FT)
    cat = rng.choice(["Sofa", "Esstisch", "Kleiderschrank", "Bett", "Couchtisch", "Sessel"])
    art = f"{rng.randint(800, 999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    dm = rng.choice(DAMAGES)
    a = anr()
    nph = rng.choice([0, 1, 2, 3, 3, 4, 5])
    sol_given = rng.random() < 0.8
    if lang == "de":
        reqs = [
            f"Schadensmeldung fürs Lager bitte. Auftr.-Nr. {a}, {cat} {prod} Art {art}. Schaden: {dm[0]}. {nph} Fotos vom KD." + (f" Lösung: {dm[2]}" if sol_given else ""),
            f"bitte zusammenfassen fürs lager:\nKunde ruft an, {cat} {prod} ({art}) geliefert, {dm[0].lower()}. auftrag {a}. fotos: {nph if nph else 'keine'}." + (f" wir machen: {dm[2].lower()}" if sol_given else ""),
            f"Lagermeldung erstellen – {a} / {art} {cat} {prod} / {dm[0]} / Fotos {nph}" + (f" / {dm[2]}" if sol_given else ""),
            f"KD-Mail reinkopiert:\n\"Guten Tag, bei meinem {cat} {prod} ist {dm[0].lower()}. Bestellnummer {a}. Ich habe {nph} Fotos angehängt.\"\nArt.-Nr. laut System {art}." + (f" Lösung mit KD abgestimmt: {dm[2]}." if sol_given else " Lösung noch offen."),
        ]
        req = typo(rng.choice(reqs))
        damage = dm[0]
    else:
        reqs = [
            f"Need a warehouse damage report. Order {a}, {prod} {CAT_EN[cat]} item {art}. Damage: {dm[1]}. Customer sent {nph} photos." + (f" Solution: {dm[2]}" if sol_given else ""),
            f"damage claim summary pls – order {a}, article {art} ({cat} {prod}), {dm[1]}, photos {nph}" + (f", agreed fix: {dm[2]}" if sol_given else ", fix not agreed yet"),
            f"Customer (English) wrote: \"The {prod} arrived today and there is a {dm[1]}. Order {a}. {nph} pictures attached.\" Item no {art}. Schadensmeldung bitte." + (f" Lösung: {dm[2]}." if sol_given else ""),
        ]
        req = typo(rng.choice(reqs))
        damage = dm[0]  # warehouse report is always German
    if nph == 0:
        fotos = "keine – beim Kunden nachfordern (mind. 3: Gesamtansicht, Detail, Etikett)"
    elif nph < 3:
        fotos = f"{nph} vorhanden – fehlende nachfordern (mind. 3: Gesamtansicht, Detail, Etikett)"
    else:
        fotos = f"{nph} vorhanden"
    sol = dm[2] if sol_given else "offen – Rücksprache mit Kunde erforderlich"
    ans = (f"SCHADENSMELDUNG LAGER\n\nAuftrag: {a}\nArtikel: {cat} {prod}, Art.-Nr. {art}\nSchaden: {damage}\nFotos: {fotos}\nLösung: {sol}")
    return req, ans


# ------------------------------------------------------------------ family 3: delivery confirmation
SLOTS_FT = ["07:00–11:00", "10:00–14:00", "13:00–17:00", "16:00–20:00", "08:00–14:00", "09:00–13:00", "12:00–16:00"]
HINTS_DE = ["3. OG ohne Aufzug", "Altsofa wird mitgenommen", "Montage gebucht", "bitte Parkplatz vor dem Haus freihalten",
            "Hund im Haus", "Klingel defekt, bitte anrufen", "Zufahrt über Hinterhof", "Kunde zahlt Restbetrag per Überweisung vorab"]
HINTS_EN = ["3rd floor, no lift", "old sofa to be taken away", "assembly booked", "please keep parking space free", "dog in the house",
            "doorbell broken, please call", "access via back yard"]


def delivery_example(lang):
    sal, last = rng.choice(NAMES)
    town, plz = rng.choice(TOWNS_FT)
    street = rng.choice(STREETS)
    d = datetime.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    while d.weekday() == 6:
        d += datetime.timedelta(days=1)
    slot = rng.choice(SLOTS_FT)
    fee = rng.choice([35, 45, 55, 65, 75, 95, 110, 0])
    hints = rng.sample(HINTS_DE if lang == "de" else HINTS_EN, rng.randint(1, 3))
    prod = rng.choice(PRODUCTS_FT)
    cat = rng.choice(["Sofa", "Bett", "Kleiderschrank", "Esstisch"])
    feetxt_de = "kostenfrei" if fee == 0 else eur(fee)
    feetxt_en = "free of charge" if fee == 0 else f"€{fee}"
    if lang == "de":
        reqs = [
            f"Lieferbestätigung: {sal} {last}, {street}, {plz} {town}. {d.strftime('%d.%m.%Y')}, {slot}. Ware {cat} {prod}. Liefergebühr {feetxt_de}. Hinweise: {', '.join(hints)}",
            f"Bitte Termin bestätigen für KD {last} ({sal}) – {d.strftime('%d.%m.')}{d.year} zw. {slot.replace('–', ' und ')} Uhr, Adr. {street} in {plz} {town}, {cat} {prod}, Gebühr {feetxt_de}. {'; '.join(hints)}",
            f"terminbestätigung schreiben\nkunde: {sal} {last}\nadresse: {street}, {plz} {town}\ndatum: {d.isoformat()}\nfenster: {slot}\nartikel: {cat} {prod}\nliefergebühr: {feetxt_de}\nsonstiges: {', '.join(hints)}",
        ]
        wd = WD_DE[d.weekday()]
        hinweise = "\n".join(f"- {h}" for h in [f"Artikel: {cat} {prod}", f"Liefergebühr: {feetxt_de}"] + hints +
                             ["Sie erhalten am Vortag eine SMS mit genauerem Zeitfenster."])
    else:
        reqs = [
            f"Delivery confirmation in English for {'Ms' if sal == 'Frau' else 'Mr'} {last}: {street}, {plz} {town}, {d.isoformat()}, slot {slot}, {prod} {CAT_EN[cat]}, delivery fee {feetxt_en}. Notes: {', '.join(hints)}",
            f"Engl. Lieferbestätigung bitte – {last}, {street} {plz} {town}, {d.strftime('%d.%m.%Y')} {slot}, {cat} {prod}, fee {feetxt_en}, {'; '.join(hints)}",
        ]
        wd = WD_DE[d.weekday()]
        hinweise = "\n".join(f"- {h}" for h in [f"Item: {prod} {CAT_EN[cat]}", f"Delivery fee: {feetxt_en}"] + hints +
                             ["You will receive a text message the day before with a narrower time window."])
    req = typo(rng.choice(reqs))
    ans = (f"LIEFERTERMIN BESTÄTIGT\n\nTermin: {wd}, {d.strftime('%d.%m.%Y')}\nZeitfenster: {slot} Uhr\nAdresse: {sal} {last}, {street}, {plz} {town}\nHinweise:\n{hinweise}")
    if lang == "en":
        ans = ans.replace(f"Termin: {wd}", f"Termin: {WD_EN[d.weekday()]}")
    return req, ans


# ------------------------------------------------------------------ family 4: comparison table
MATS = ["Eiche massiv", "Webstoff grau", "Samt", "Echtleder", "Kernbuche", "Nussbaum furniert", "Keramik", "Bouclé", "Kiefer weiß",
        "Hochglanz weiß", "Cord", "Akazie massiv"]
MATS_BY = {"Sofa": ["Webstoff grau", "Samt", "Echtleder", "Bouclé", "Cord"], "Esstisch": ["Eiche massiv", "Kernbuche", "Nussbaum furniert", "Keramik", "Akazie massiv"],
           "Bett": ["Eiche massiv", "Kernbuche", "Kiefer weiß", "Webstoff grau", "Nussbaum furniert"], "Kleiderschrank": ["Hochglanz weiß", "Kiefer weiß", "Eiche massiv", "Nussbaum furniert"]}
COLS = ["Grau", "Beige", "Grün", "Natur", "Weiß", "Schwarz", "Blau", "Terrakotta", "Cognac", "Anthrazit"]
LT = ["ab Lager", "2–3 Wochen", "4–6 Wochen", "6–8 Wochen", "1 Woche", "8–10 Wochen"]
NEEDS = [("möglichst günstig", "cheapest"), ("schnellste Lieferung", "fastest delivery"), ("viel Platz", "largest"), ("pflegeleicht, Kinder im Haushalt", "easy care, kids at home")]
DIMS = {"Sofa": ([170, 200, 220, 250, 280], [88, 95, 100, 170], [78, 85, 90]), "Esstisch": ([140, 160, 180, 200, 220], [80, 90, 95, 100], [75, 76]),
        "Bett": ([150, 166, 186, 206], [208, 212, 215], [85, 95, 105]), "Kleiderschrank": ([100, 150, 200, 250, 300], [58, 60, 65], [216, 223, 236])}


def comparison_example(lang):
    n = rng.choice([2, 2, 3, 3, 4])
    names = rng.sample(PRODUCTS_FT, n)
    cat = rng.choice(["Sofa", "Esstisch", "Bett", "Kleiderschrank"])
    items = []
    for nm in names:
        dims = tuple(rng.choice(x) for x in DIMS[cat])
        items.append(dict(name=f"{cat} {nm}", dims=dims, mat=rng.choice(MATS_BY[cat]), cols=", ".join(rng.sample(COLS, 2)),
                          price=rng.choice([399, 549, 699, 849, 999, 1249, 1599, 1899]), lt=rng.choice(LT)))
    need = rng.choice(NEEDS)
    order = {"ab Lager": 0, "1 Woche": 1, "2–3 Wochen": 2, "4–6 Wochen": 4, "6–8 Wochen": 6, "8–10 Wochen": 8}
    if need[1] == "cheapest":
        best = min(items, key=lambda x: x["price"]); why_de = f"mit {eur(best['price'])} das günstigste Modell im Vergleich"; why_en = f"at €{best['price']:,} the lowest price"
    elif need[1] == "fastest delivery":
        best = min(items, key=lambda x: order[x["lt"]]); why_de = f"die kürzeste Lieferzeit ({best['lt']})"; why_en = f"the shortest delivery time ({best['lt']})"
    elif need[1] == "largest":
        best = max(items, key=lambda x: x["dims"][0] * x["dims"][1]); why_de = f"mit {best['dims'][0]} × {best['dims'][1]} cm die größte Fläche"; why_en = f"the largest footprint at {best['dims'][0]} × {best['dims'][1]} cm"
    else:
        easy = ["Webstoff grau", "Keramik", "Echtleder", "Hochglanz weiß", "Kiefer weiß", "Kernbuche"]
        cand = [x for x in items if x["mat"] in easy] or items
        best = cand[0]; why_de = f"das pflegeleichteste Material ({best['mat']})"; why_en = f"the easiest material to care for ({best['mat']})"
    lines_de = [f"- {x['name']}: {x['dims'][0]}x{x['dims'][1]}x{x['dims'][2]}, {x['mat']}, Farben {x['cols']}, {x['price']} €, LZ {x['lt']}" for x in items]
    if lang == "de":
        reqs = [
            f"Vergleichstabelle für Kundin, Wunsch: {need[0]}.\n" + "\n".join(lines_de),
            f"bitte produktvergleich erstellen ({need[0]} gesucht): " + " | ".join(l[2:] for l in lines_de),
            f"Kunde kann sich nicht entscheiden zw. {', '.join(x['name'] for x in items)}. Daten:\n" + "\n".join(lines_de) + f"\nKunde will: {need[0]}",
        ]
        head = "| Modell | Maße (B×T×H) | Material | Farben | Preis | Lieferzeit |\n|---|---|---|---|---|---|"
        rows = "\n".join(f"| {x['name']} | {x['dims'][0]} × {x['dims'][1]} × {x['dims'][2]} cm | {x['mat']} | {x['cols']} | {eur(x['price'])} | {x['lt']} |" for x in items)
        rec = f"**Unsere Empfehlung:** {best['name']} – passend zu Ihrem Wunsch „{need[0]}“ bietet dieses Modell {why_de}."
    else:
        lines_en = [f"- {x['name']}: {x['dims'][0]}x{x['dims'][1]}x{x['dims'][2]} cm, {x['mat']}, colours {x['cols']}, €{x['price']}, delivery {x['lt']}" for x in items]
        reqs = [
            f"Comparison table for an English-speaking customer, priority: {need[1]}.\n" + "\n".join(lines_en),
            f"compare these for KD (engl.), wants {need[1]}: " + " ; ".join(l[2:] for l in lines_en),
        ]
        head = "| Model | Dimensions (W×D×H) | Material | Colours | Price | Delivery time |\n|---|---|---|---|---|---|"
        rows = "\n".join(f"| {x['name']} | {x['dims'][0]} × {x['dims'][1]} × {x['dims'][2]} cm | {x['mat']} | {x['cols']} | €{x['price']:,} | {x['lt']} |" for x in items)
        rec = f"**Unsere Empfehlung:** {best['name']} – for your priority ({need[1]}), this model offers {why_en}."
    req = typo(rng.choice(reqs))
    return req, f"{head}\n{rows}\n\n{rec}"


def make(n_per_family):
    out = []
    for fam in (email_example, damage_example, delivery_example, comparison_example):
        seen = set()
        while len([1 for o in out if o[0] == fam.__name__]) < n_per_family:
            lang = "de" if rng.random() < 0.6 else "en"
            req, ans = fam(lang)
            if req in seen:
                continue
            seen.add(req)
            out.append((fam.__name__, {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": req},
                                                    {"role": "assistant", "content": ans}]}))
    return out


train = make(25)
val = make(5)
tr_users = {o[1]["messages"][1]["content"] for o in train}
val = [v for v in val if v[1]["messages"][1]["content"] not in tr_users]
assert len(val) == 20, len(val)
rng.shuffle(train)
rng.shuffle(val)
os.makedirs(OUT, exist_ok=True)
for fn, rows in (("train.jsonl", train), ("validation.jsonl", val)):
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        for _, r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

# entity-overlap check against corpus entities
corpus_names = {r["name"] for r in RANGES}
corpus_towns = {t for v in TOWNS.values() for t, _ in v}
assert not corpus_names & set(PRODUCTS_FT), corpus_names & set(PRODUCTS_FT)
assert not corpus_towns & {t for t, _ in TOWNS_FT}, corpus_towns & {t for t, _ in TOWNS_FT}
print("train", len(train), "val", len(val))

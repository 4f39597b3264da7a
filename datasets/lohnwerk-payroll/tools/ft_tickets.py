# Family 1: ticket replies from agent notes.
# Each item: lang, user, subject, ticket, salutation, ack, short, steps, closing, agent


def render(t):
    if t["lang"] == "de":
        head = f"Betreff: Re: {t['subject']}" + (f" (Ticket {t['ticket']})" if t.get("ticket") else "")
        short, nxt, bye = "**Kurz gesagt:**", "**So geht es weiter:**", "Freundliche Grüße"
    else:
        head = f"Subject: Re: {t['subject']}" + (f" (ticket {t['ticket']})" if t.get("ticket") else "")
        short, nxt, bye = "**In short:**", "**Next steps:**", "Kind regards"
    steps = "\n".join(f"{i}. {s}" for i, s in enumerate(t["steps"], 1))
    ack = t["ack"] if t["lang"] == "de" else t["ack"][0].upper() + t["ack"][1:]
    parts = [head, "", t["salutation"], "", ack, "", f"{short} {t['short']}", "", nxt, steps, ""]
    if t.get("closing"):
        parts += [t["closing"], ""]
    agent = t["agent"]
    first = agent.split()[0]
    if agent in t["user"]:
        pass
    elif first in t["user"]:
        agent = first
    else:
        agent = "[Ihr Name]" if t["lang"] == "de" else "[your name]"
    parts += [bye, agent, "Lohnwerk Customer Success"]
    return "\n".join(parts)


TRAIN = [
dict(lang="de", user="""Bitte Antwort an Frau Albers (Bäckerei Morgenrot GmbH), Ticket #48213. Notizen:
- sie fragt, warum die Nachtzuschläge von Herrn Tamm im März fehlen
- Ursache: Stunden aus dem Zeiterfassungssystem "Zeitmeister" kamen erst am 2.4. an, Lauf war da schon abgeschlossen
- Zuschläge werden automatisch im April-Lauf nachgezahlt (Korrektur), Betrag 86,40 €
- sie muss nichts tun, nur April-Lauf wie gewohnt abschließen
- Tipp: Zeitmeister-Freigabe künftig bis 28. des Monats""",
     subject="Fehlende Nachtzuschläge März", ticket="#48213", salutation="Guten Tag Frau Albers,",
     ack="vielen Dank für Ihre Nachricht zu den Nachtzuschlägen von Herrn Tamm. Wir haben uns den März-Lauf genau angesehen.",
     short="Die Stunden aus Zeitmeister sind erst am 2. April angekommen, als der März-Lauf schon abgeschlossen war – die Zuschläge von 86,40 € werden im April automatisch nachgezahlt.",
     steps=["Sie müssen nichts korrigieren: Die Nachzahlung erscheint im April-Lauf als Korrektur für März.",
            "Schließen Sie den April-Lauf wie gewohnt ab.",
            "Damit das künftig nicht mehr passiert, geben Sie die Stunden in Zeitmeister bitte jeweils bis zum 28. des Monats frei."],
     closing="Wenn Herr Tamm Fragen zur Nachzahlung hat, melden Sie sich gern bei uns.", agent="Jana Köhler"),
dict(lang="en", user="""draft reply pls – customer: Mr Okafor, Nordlicht Logistik, ticket 50117
he can't log in since this morning, gets 'account locked'
reason: 5 wrong passwords -> locked 20 min (their security setting)
fix: wait 20 min or his admin (Ms Berger) unlocks him under Users
if he forgot pw -> use reset link on login page
be nice, he was annoyed""",
     subject="Account locked", ticket="#50117", salutation="Hello Mr Okafor,",
     ack="I'm sorry you were locked out this morning – that is frustrating, especially when you need to get work done.",
     short="Your account was locked automatically after five wrong password attempts; it unlocks itself after 20 minutes.",
     steps=["Wait 20 minutes and log in again, or ask your admin, Ms Berger, to unlock you right away under Users.",
            "If you are not sure about your password, use the reset link on the login page before trying again."],
     closing="The lock is a security setting of your company, so it protects your payroll data – but it shouldn't slow you down more than necessary.", agent="Milan Petrović"),
dict(lang="de", user="""Ticket 47790, Herr Dr. Lindqvist (Praxis Dr. Lindqvist). Er will wissen, ob er die Rechnung für Februar auch per Überweisung zahlen kann statt Lastschrift.
Antwort: ja, aber nur bei jährlicher Zahlweise; bei monatlich nur Lastschrift oder Karte. Umstellung auf jährlich jederzeit zum Monatsersten möglich, dann 8 % Rabatt (seine Vertragsstufe). Ansprechpartner Vertrieb: Frau Sommer.""",
     subject="Zahlung der Februar-Rechnung", ticket="#47790", salutation="Guten Tag Herr Dr. Lindqvist,",
     ack="danke für Ihre Frage zur Zahlungsart Ihrer Februar-Rechnung.",
     short="Überweisung ist nur bei jährlicher Zahlweise möglich; bei monatlicher Abrechnung zahlen Sie per Lastschrift oder Karte.",
     steps=["Für die Februar-Rechnung bleibt es bei Lastschrift oder Karte.",
            "Wenn Sie lieber überweisen möchten, können Sie jederzeit zum Monatsersten auf jährliche Zahlweise umstellen – dann erhalten Sie 8 % Rabatt.",
            "Für die Umstellung wenden Sie sich bitte an Frau Sommer aus unserem Vertrieb."],
     closing=None, agent="Sophie Brandt"),
dict(lang="en", user="""Customer Ms Haddad from Studio Vierkant asks why the payslip PDF for Jonas Frey shows two lines "Bonus". Notes from my check: one line is the Q4 bonus 1,200.00 paid in Jan, the other is a correction -150.00 because the Dec bonus was entered twice. Net effect correct. She should tell Jonas it's a correction, nothing wrong. Ticket 51002. Sign as Lukas.""",
     subject="Two bonus lines on Jonas Frey's payslip", ticket="#51002", salutation="Hello Ms Haddad,",
     ack="thank you for checking Jonas Frey's payslip so carefully.",
     short="The payslip is correct: one line is the Q4 bonus of 1,200.00 and the second line is a correction of -150.00 because the December bonus had been entered twice.",
     steps=["No change is needed in the payroll.",
            "You can let Jonas know that the second 'Bonus' line is a correction of the double entry from December, so his net pay is right."],
     closing="If you'd like, we can show you how to spot corrections in the payroll preview before finalising.", agent="Lukas Meier"),
dict(lang="de", user="""antwort an herrn kettner (brauhaus kettner), ticket 49955
- fragt ob er neue azubine schon vor vertragsbeginn anlegen kann
- ja, mit eintrittsdatum 01.08., sie wird erst im august-lauf abgerechnet
- anmeldung bei krankenkasse geht automatisch mit august-lauf raus
- er soll steuer-id und sv-nummer eintragen sobald vorhanden
- bei fragen rückruf anbieten, tel. 0341 99887""",
     subject="Neue Auszubildende vorab anlegen", ticket="#49955", salutation="Guten Tag Herr Kettner,",
     ack="schön, dass bei Ihnen im Brauhaus eine neue Auszubildende anfängt!",
     short="Ja, Sie können sie schon jetzt mit Eintrittsdatum 01.08. anlegen – abgerechnet wird sie erst im August-Lauf.",
     steps=["Legen Sie die Auszubildende mit dem Eintrittsdatum 01.08. an.",
            "Tragen Sie Steuer-ID und Sozialversicherungsnummer ein, sobald Sie sie haben.",
            "Die Anmeldung bei der Krankenkasse wird automatisch mit dem August-Lauf übermittelt."],
     closing="Wenn Sie möchten, rufen wir Sie gern zurück – oder Sie erreichen uns unter 0341 99887.", agent="Aylin Demir"),
dict(lang="en", user="""Reply to Daniel Whitcombe (Alpenblick Hotel AG), ticket #50345. He asked if seasonal staff who leave in October still get access to their payslips. My notes: yes, former employees keep read-only access to the staff portal for 3 years per their contract settings; after that they can request PDFs from HR. Nothing for him to do. Mention he can change the period in Settings > Portal (max 6 years).""",
     subject="Payslip access for seasonal staff", ticket="#50345", salutation="Hello Mr Whitcombe,",
     ack="thanks for thinking ahead about your seasonal team before the season ends.",
     short="Yes – staff who leave in October keep read-only access to their payslips in the staff portal for 3 years under your current settings.",
     steps=["You don't need to do anything for the October leavers.",
            "If you want a longer period, change it in Settings > Portal (up to 6 years).",
            "After the access period ends, former staff can still request their PDFs from your HR team."],
     closing=None, agent="Clara Vogt"),
dict(lang="de", user="""Kundin: Frau Yilmaz, Kita Sonnenschein gGmbH. Ticket #48802.
Problem: Zahldatei von der Bank abgelehnt, Fehler "Ausführungsdatum in der Vergangenheit".
Lösung: im Lauf unter Zahlungen neues Ausführungsdatum (nächster Bankarbeitstag, 14.03.) setzen, Datei neu erzeugen, hochladen.
Gehälter kommen dann am 14.03. an, einen Tag später als geplant.
Entschuldigung nicht nötig (kein Fehler bei uns), aber verständnisvoll formulieren.""",
     subject="Zahldatei von der Bank abgelehnt", ticket="#48802", salutation="Guten Tag Frau Yilmaz,",
     ack="ich verstehe, dass eine abgelehnte Zahldatei kurz vor dem Zahltag Stress bedeutet – das lässt sich aber schnell lösen.",
     short="Die Bank hat die Datei abgelehnt, weil das Ausführungsdatum in der Vergangenheit lag; mit einem neuen Datum klappt es.",
     steps=["Öffnen Sie den Lauf und gehen Sie auf Zahlungen.",
            "Setzen Sie als Ausführungsdatum den nächsten Bankarbeitstag, den 14.03.",
            "Erzeugen Sie die Datei neu und laden Sie sie bei Ihrer Bank hoch."],
     closing="Die Gehälter gehen dann am 14.03. ein, also einen Tag später als geplant. Vielleicht möchten Sie Ihr Team kurz darüber informieren.", agent="Tobias Rausch"),
dict(lang="en", user="""Write reply: Ms Novak, Fahrradwerk Süd. #51230. She wants to add a second admin. Only account owners can invite admins; she's not owner, owner is Mr Brandl. Either he invites the new admin (Settings > Users > Invite, role Admin) or transfers ownership to her. Transfer needs his confirmation by email.""",
     subject="Adding a second admin", ticket="#51230", salutation="Hello Ms Novak,",
     ack="thanks for getting in touch about adding another admin.",
     short="Only the account owner can invite admins, and for your account that is Mr Brandl.",
     steps=["Ask Mr Brandl to invite the new admin under Settings > Users > Invite and choose the role Admin.",
            "Alternatively, Mr Brandl can transfer the ownership to you; he will need to confirm the transfer by e-mail."],
     closing="Once either step is done, you can manage admins yourself.", agent="Nils Hartmann"),
dict(lang="de", user="""Antwortentwurf bitte. Herr Baumgart (Elektro Baumgart) beschwert sich, dass der Export an seinen Steuerberater zweimal im Postfach gelandet ist. Ursache: er hat zwei Empfängeradressen hinterlegt (einmal privat, einmal Kanzlei). Lösung: unter Einstellungen > Export > Empfänger eine Adresse löschen. Entschuldigen für die Verwirrung ist ok. Ticket 49110, Lea.""",
     subject="Export doppelt verschickt", ticket="#49110", salutation="Guten Tag Herr Baumgart,",
     ack="entschuldigen Sie die Verwirrung durch den doppelten Export – wir haben nachgesehen, woher er kommt.",
     short="In Ihrem Konto sind zwei Empfängeradressen hinterlegt, deshalb wird der Export zweimal verschickt.",
     steps=["Öffnen Sie Einstellungen > Export > Empfänger.",
            "Löschen Sie die Adresse, die den Export nicht mehr bekommen soll (privat oder Kanzlei).",
            "Ab dem nächsten Export geht die Datei dann nur noch einmal raus."],
     closing=None, agent="Lea Fuchs"),
dict(lang="en", user="""ticket 50888 / Ms Grünwald / Weingut Rebhang
q: can harvest helpers be paid weekly instead of monthly?
a: yes – create separate payroll group "Ernte" with weekly period, payment every Friday; assign helpers. Available in her plan. Setup guide will be sent separately by me.
closing: offer 15-min call""",
     subject="Weekly pay for harvest helpers", ticket="#50888", salutation="Hello Ms Grünwald,",
     ack="great question – the harvest season is a good time to set this up.",
     short="Yes, harvest helpers can be paid weekly with a separate payroll group; your plan includes this.",
     steps=["Create a payroll group called 'Ernte' with a weekly period and payment every Friday.",
            "Assign the harvest helpers to that group.",
            "I'll send you the setup guide separately, so you have every click in front of you."],
     closing="If it helps, I'm happy to walk you through it in a 15-minute call.", agent="Clara Vogt"),
dict(lang="de", user="""Frau Ruprecht, Kanzlei Ruprecht & Partner (Ticket #47001) fragt nach dem Ausfall gestern. Fakten: gestern 14:05–14:50 Uhr war der Login für alle Kunden gestört, Ursache Zertifikatsfehler beim Login-Dienst, behoben, keine Daten betroffen. Abrechnungen, die in der Zeit liefen, wurden normal fertig. Incident-Bericht kommt bis Freitag auf der Statusseite.""",
     subject="Login-Störung gestern", ticket="#47001", salutation="Guten Tag Frau Ruprecht,",
     ack="danke für Ihre Nachfrage zur Störung gestern Nachmittag – und entschuldigen Sie die Unterbrechung.",
     short="Von 14:05 bis 14:50 Uhr war der Login wegen eines Zertifikatsfehlers gestört; Daten waren nicht betroffen, laufende Abrechnungen wurden normal fertig.",
     steps=["Sie müssen nichts nachbearbeiten.",
            "Den ausführlichen Incident-Bericht veröffentlichen wir bis Freitag auf unserer Statusseite."],
     closing=None, agent="Jana Köhler"),
dict(lang="en", user="""Please write a reply to Mr Castellano (Uhrenmanufaktur Jurafels SA), ticket 50421. He says the withholding tax for employee R. Moreau is too high in May. I checked: tariff code was changed from B1 to A0 on 1 May because HR entered divorce; if that's wrong (divorce not final yet), HR must reset tariff B1 with effective date 1 May, then recalc; difference is refunded in June run. Figures: May deduction CHF 612.30 vs April CHF 388.10.""",
     subject="Withholding tax for R. Moreau in May", ticket="#50421", salutation="Hello Mr Castellano,",
     ack="thank you for flagging the withholding tax for R. Moreau – I've looked into it.",
     short="The deduction rose from CHF 388.10 in April to CHF 612.30 in May because the tariff code was changed from B1 to A0 on 1 May after HR recorded a divorce.",
     steps=["Please check with HR whether the divorce is already final.",
            "If it is not, HR resets the tariff code to B1 with effective date 1 May and recalculates.",
            "The difference will then be refunded to R. Moreau in the June run."],
     closing="If the divorce is final, the May deduction is correct and nothing needs to change.", agent="Lukas Meier"),
dict(lang="de", user="""Kurze Antwort an Herrn Steiner (Metallbau Steiner, Österreich), #48650: er fragt ob die Sonderzahlung im Juni automatisch kommt. Ja, wenn bei Einstellungen > Sonderzahlungen „Juni/November" aktiv ist – bei ihm ist es aktiv. Nur prüfen, ob die neuen Lehrlinge seit März drin sind (anteilig).""",
     subject="Sonderzahlung im Juni", ticket="#48650", salutation="Guten Tag Herr Steiner,",
     ack="danke für Ihre Frage zur Juni-Sonderzahlung.",
     short="Ja, die Sonderzahlung wird im Juni automatisch berechnet – die Einstellung „Juni/November\" ist bei Ihnen aktiv.",
     steps=["Prüfen Sie im Juni-Lauf, ob die neuen Lehrlinge, die seit März bei Ihnen sind, enthalten sind.",
            "Für sie wird die Sonderzahlung anteilig berechnet."],
     closing=None, agent="Tobias Rausch"),
dict(lang="en", user="""Reply for ticket #51377. Customer: Priya Raman, Softwarehaus Pixelfuchs. She asked whether the API can create absences. Answer: yes, POST to the absences endpoint with employee id, type and dates; only approved absences; requests from the app can't be created via API. Rate limit on her contract: 300 req/min. Link to docs: she has it already. Signed Nils.""",
     subject="Creating absences via the API", ticket="#51377", salutation="Hi Priya,",
     ack="thanks for your question about absences in the API.",
     short="Yes, the API can create absences – but only as approved absences, not as requests from the app.",
     steps=["Send a POST to the absences endpoint with the employee ID, the absence type and the dates.",
            "Keep in mind the rate limit of your contract, 300 requests per minute.",
            "Leave requests that employees make in the app cannot be created through the API."],
     closing=None, agent="Nils Hartmann"),
dict(lang="de", user="""Antwort schreiben für Ticket 49321 an Frau Lindner (Textilhaus Lindner): Sie möchte wissen, warum der Lauf nicht abgeschlossen werden kann. Grund: 3 offene Warnungen müssen bestätigt werden (Mindestlohn-Prüfung bei 2 Minijobbern, 1x fehlende Bankverbindung). Bankverbindung nachtragen, Warnungen mit Kommentar bestätigen, dann Abschluss möglich.""",
     subject="Lauf lässt sich nicht abschließen", ticket="#49321", salutation="Guten Tag Frau Lindner,",
     ack="danke für Ihre Nachricht – wir haben uns Ihren Lauf angesehen.",
     short="Der Lauf ist blockiert, weil noch drei Warnungen offen sind: zwei Mindestlohn-Prüfungen bei Minijobbern und eine fehlende Bankverbindung.",
     steps=["Tragen Sie die fehlende Bankverbindung nach.",
            "Prüfen Sie die beiden Mindestlohn-Warnungen und bestätigen Sie sie jeweils mit einem kurzen Kommentar.",
            "Danach können Sie den Lauf abschließen."],
     closing=None, agent="Aylin Demir"),
dict(lang="en", user="""need a reply: Mr Ito (Reisebüro Fernweh) ticket #50004 – wants to cancel. Facts: monthly contract, notice 30 days to month end -> if he cancels today (12 June) contract ends 31 July. Read-only access 60 days after end for exports. We're sorry to see him go, ask for feedback (optional short survey link will follow).""",
     subject="Cancellation of your contract", ticket="#50004", salutation="Hello Mr Ito,",
     ack="thank you for letting us know – we're sorry to see Reisebüro Fernweh go.",
     short="With a cancellation today (12 June) your monthly contract ends on 31 July.",
     steps=["Your account stays fully usable until 31 July.",
            "After that you have read-only access for 60 days, so you can export everything you need.",
            "We'll send you a short, optional survey – we'd really value your feedback."],
     closing=None, agent="Sophie Brandt"),
dict(lang="de", user="""Bitte freundliche Antwort an Herrn Holm (Tischlerei Holm), Ticket #48001:
er fragt, ob wir seine Lohnabrechnung für ihn machen können (Vollservice).
- ja, Service-Paket "Rundum" – 12,50 € pro Abrechnung zusätzlich
- Start frühestens zum 1. des übernächsten Monats
- Ansprechpartnerin Onboarding: Frau Weber, weber@example.org
- wir brauchen vorher Vollmacht für Krankenkassen""",
     subject="Lohnabrechnung im Vollservice", ticket="#48001", salutation="Guten Tag Herr Holm,",
     ack="vielen Dank für Ihr Interesse – gern übernehmen wir die Lohnabrechnung für Ihre Tischlerei.",
     short="Mit unserem Service-Paket „Rundum\" erledigen wir Ihre Abrechnung für 12,50 € pro Abrechnung zusätzlich.",
     steps=["Der Start ist frühestens zum 1. des übernächsten Monats möglich.",
            "Vorab benötigen wir eine Vollmacht für die Krankenkassen.",
            "Für alles Weitere meldet sich Frau Weber aus dem Onboarding bei Ihnen (weber@example.org)."],
     closing=None, agent="Lea Fuchs"),
dict(lang="en", user="""Reply to: Ms Achterberg, Gärtnerei Blattgrün – ticket #49987
she asked why employee count on invoice is 23 but she only has 21 staff
check: 2 leavers got final payslips in March (off-cycle) -> billable in March
April invoice will show 21
tone: short, factual""",
     subject="Employee count on the March invoice", ticket="#49987", salutation="Hello Ms Achterberg,",
     ack="thanks for checking your invoice.",
     short="The March invoice counts 23 employees because two leavers received their final payslips in March, which makes them billable for that month.",
     steps=["No correction is needed for March.",
            "Your April invoice will show 21 employees."],
     closing=None, agent="Milan Petrović"),
dict(lang="de", user="""Ticket #50770, Frau Dr. Weiß (Zahnarztpraxis Weiß). Frage: Warum fehlt bei einer Mitarbeiterin die Steuerklasse? Antwort: Die Daten der Finanzverwaltung für neue Mitarbeiterin kamen noch nicht zurück, Abruf läuft täglich, meist 1–3 Werktage. Bis dahin wird mit Steuerklasse VI gerechnet (Vorgabe). Wenn bis 25. nichts da: uns melden.""",
     subject="Fehlende Steuerklasse einer neuen Mitarbeiterin", ticket="#50770", salutation="Guten Tag Frau Dr. Weiß,",
     ack="danke für Ihre Nachricht zur Steuerklasse Ihrer neuen Mitarbeiterin.",
     short="Die Daten der Finanzverwaltung für die neue Mitarbeiterin sind noch nicht zurückgekommen; bis dahin wird vorgabegemäß mit Steuerklasse VI gerechnet.",
     steps=["Der Abruf läuft täglich automatisch; meist sind die Daten nach 1 bis 3 Werktagen da.",
            "Sobald sie vorliegen, wird die Steuerklasse automatisch übernommen.",
            "Falls bis zum 25. noch nichts da ist, melden Sie sich bitte bei uns."],
     closing=None, agent="Jana Köhler"),
dict(lang="en", user="""Hi, can you write a reply to Mr Brenner (Autohaus Brenner), ticket 51555. He reported the mobile app crashes when opening payslips on his Android phone. Known bug in app version 2.8.0 on Android 11, fix in app version 2.8.1 going to Play Store on Thursday. Workaround: open payslips in browser portal meanwhile. Apologize.""",
     subject="App crashes when opening payslips", ticket="#51555", salutation="Hello Mr Brenner,",
     ack="I'm sorry about the crashes – thank you for reporting them so quickly.",
     short="This is a known bug in app version 2.8.0 on Android 11; the fix comes with app version 2.8.1, which will be in the Play Store on Thursday.",
     steps=["Until then, please open your payslips in the browser portal – they are all there.",
            "On Thursday, update the app to version 2.8.1 in the Play Store."],
     closing="Thanks for your patience until the update is out.", agent="Nils Hartmann"),
dict(lang="de", user="""Antwort an Herrn Lechner (Konditorei Zuckerl, Wien), #49402 – er fragt, ob wir die Kommunalsteuer-Erklärung automatisch schicken. Nein, wir erstellen sie (unter Meldungen > Jahreserklärungen als PDF), einreichen muss er sie selbst bei der Gemeinde, Frist laut seiner Gemeinde: 31. März. Monatliche Zahlungen werden in der Zahldatei mit erzeugt.""",
     subject="Kommunalsteuer-Erklärung", ticket="#49402", salutation="Guten Tag Herr Lechner,",
     ack="danke für Ihre Frage zur Kommunalsteuer-Erklärung.",
     short="Wir erstellen die Erklärung für Sie, einreichen müssen Sie sie aber selbst bei Ihrer Gemeinde – die Frist dort ist der 31. März.",
     steps=["Sie finden die Erklärung als PDF unter Meldungen > Jahreserklärungen.",
            "Reichen Sie sie bis 31. März bei Ihrer Gemeinde ein.",
            "Die monatlichen Zahlungen sind bereits in Ihrer Zahldatei enthalten."],
     closing=None, agent="Tobias Rausch"),
dict(lang="en", user="""Write customer reply (formal), ticket #50190, Ms Kranz, Immobilien Kranz:
She asks if data is backed up. Notes: backups every 6h, kept 30 days, stored in a second data centre in the same country; restore of single employee not possible, only full account restore via support (fee applies, 250 € per restore).""",
     subject="Backups of your data", ticket="#50190", salutation="Dear Ms Kranz,",
     ack="thank you for your question about the security of your data.",
     short="Your data is backed up every 6 hours and each backup is kept for 30 days in a second data centre in the same country.",
     steps=["Backups cannot be used to restore a single employee.",
            "A full account restore is possible through support; a fee of €250 per restore applies."],
     closing="Please let us know if you need this information in writing for your data protection documentation.", agent="Sophie Brandt"),
dict(lang="de", user="""Antwort bitte (etwas lockerer Ton, Kundin kennt uns gut): Frau Petersen, Café Kranich, #51620. Sie will wissen, ob Trinkgeld über die Abrechnung laufen muss. Unsere Notiz: freiwillige Trinkgelder von Gästen direkt an Mitarbeitende sind steuerfrei und müssen nicht in die Abrechnung; Tronc-Verteilung durch den Arbeitgeber ist anders – dafür soll sie ihren Steuerberater fragen, wir geben keine Steuerberatung.""",
     subject="Trinkgeld in der Abrechnung", ticket="#51620", salutation="Hallo Frau Petersen,",
     ack="gute Frage – Trinkgeld sorgt immer wieder für Unsicherheit.",
     short="Freiwillige Trinkgelder, die Gäste direkt Ihren Mitarbeitenden geben, sind steuerfrei und müssen nicht in die Abrechnung.",
     steps=["Für direkte Trinkgelder müssen Sie in der Abrechnung nichts erfassen.",
            "Wenn Sie Trinkgelder als Arbeitgeberin sammeln und verteilen (Tronc), ist die Lage anders – dazu fragen Sie bitte Ihren Steuerberater, denn Steuerberatung dürfen wir nicht leisten."],
     closing=None, agent="Aylin Demir"),
dict(lang="en", user="""Ticket #49555 – Mr Fitzgerald (Druckerei Letterwerk). Q: why did Lena Vogt's net pay drop? I checked: church tax started in Feb because she joined the church in January (tax office data). Retro for January included -> two months church tax in Feb. From March normal again. Reply and suggest he forwards to Lena. Sign as Lukas.""",
     subject="Lower net pay for Lena Vogt", ticket="#49555", salutation="Hello Mr Fitzgerald,",
     ack="thanks for asking about Lena Vogt's net pay – here is what happened.",
     short="Church tax started in February because Lena joined the church in January (according to the tax office data), and February also includes the retroactive church tax for January.",
     steps=["February therefore shows church tax for two months.",
            "From March onwards only one month's church tax is deducted, so her net pay goes back up.",
            "Feel free to forward this explanation to Lena."],
     closing=None, agent="Lukas Meier"),
dict(lang="de", user="""Antwort an Frau Odermatt (Bergbahnen Talblick AG, Schweiz), #50901. Sie fragt, wann der Lohnausweis 2025 für alle verfügbar ist. Notiz: nach Abschluss Dezember-Lauf unter Meldungen > Lohnausweise erzeugen; wir empfehlen Versand an Mitarbeitende bis Ende Januar. Übermittlung an Steuerverwaltung: bei ihrem Kanton per ELM möglich, Haken setzen.""",
     subject="Lohnausweise 2025", ticket="#50901", salutation="Guten Tag Frau Odermatt,",
     ack="danke für Ihre Frage zu den Lohnausweisen 2025.",
     short="Sie können die Lohnausweise erzeugen, sobald der Dezember-Lauf abgeschlossen ist.",
     steps=["Schliessen Sie den Dezember-Lauf ab.",
            "Erzeugen Sie die Lohnausweise unter Meldungen > Lohnausweise.",
            "Setzen Sie den Haken für die Übermittlung per ELM – Ihr Kanton nimmt das an.",
            "Wir empfehlen, die Lohnausweise bis Ende Januar an Ihre Mitarbeitenden zu verteilen."],
     closing=None, agent="Clara Vogt"),
dict(lang="de", user="""Antwort an Herrn Voss (Sportfreunde Elbufer e.V.), Ticket #51811. Er meldet, dass im Lohnjournal-PDF die Kostenstellennamen abgeschnitten sind. Ist ein bekannter Fehler, Fix kommt mit dem nächsten Release – Datum steht noch nicht fest. Workaround: Journal als XLSX exportieren, da ist alles vollständig.""",
     subject="Abgeschnittene Kostenstellen im Lohnjournal", ticket="#51811", salutation="Guten Tag Herr Voss,",
     ack="danke für den Hinweis zu den abgeschnittenen Kostenstellennamen im Lohnjournal.",
     short="Das ist ein bekannter Fehler im PDF-Export; die Korrektur kommt mit dem nächsten Release am [bitte ergänzen: Release-Datum].",
     steps=["Exportieren Sie das Lohnjournal bis dahin als XLSX – dort sind die Kostenstellennamen vollständig.",
            "Nach dem Release können Sie das PDF wieder wie gewohnt nutzen."],
     closing=None, agent="Lea Fuchs"),
]

VALID = [
dict(lang="en", user="""Reply to Ms Varga (Pflegedienst Sonnenhof), ticket #52011. She asks if night shift surcharges can be imported from their rota tool "Dienstplaner Plus". Yes via CSV import (template in Payroll > Import > Surcharges), columns: personnel no., date, hours, surcharge type. Direct connection not available yet, planned for autumn.""",
     subject="Importing night shift surcharges", ticket="#52011", salutation="Hello Ms Varga,",
     ack="thanks for your question about the night shift surcharges from Dienstplaner Plus.",
     short="Yes – you can import the surcharges with a CSV file; a direct connection to Dienstplaner Plus is not available yet.",
     steps=["Download the template under Payroll > Import > Surcharges.",
            "Fill in the columns personnel number, date, hours and surcharge type from your Dienstplaner Plus export.",
            "Upload the file before you calculate the run."],
     closing="A direct connection is planned for the autumn; we'll let you know when it is available.", agent="Milan Petrović"),
dict(lang="de", user="""kurze antwort an herrn raith (architekturbüro raumfolge), #52090: er will 2 neue werkstudenten anlegen, fragt was er braucht. wir: immatrikulationsbescheinigung pro semester hochladen, wochenstunden im vertrag (max. 20 im semester), steuer-id, sv-nummer, bankverbindung. sonst nix besonderes.""",
     subject="Neue Werkstudenten anlegen", ticket="#52090", salutation="Guten Tag Herr Raith,",
     ack="danke für Ihre Nachricht – schön, dass Sie Verstärkung bekommen.",
     short="Für Werkstudenten brauchen Sie neben den üblichen Daten vor allem die Immatrikulationsbescheinigung für jedes Semester.",
     steps=["Erfassen Sie Steuer-ID, Sozialversicherungsnummer und Bankverbindung.",
            "Tragen Sie im Vertrag die Wochenstunden ein – im Semester höchstens 20.",
            "Laden Sie für jedes Semester die Immatrikulationsbescheinigung hoch."],
     closing=None, agent="Lea Fuchs"),
dict(lang="en", user="""Ticket 52133, Mr Oyelaran (Nordlicht Logistik). Asks why he didn't get the deadline reminder e-mails. Cause: reminders go to the payroll owner, which is still set to his predecessor Ms Hahn (left in May). Fix: an admin changes the payroll owner under Settings > Company > Contacts. Then reminders go to him.""",
     subject="Missing deadline reminders", ticket="#52133", salutation="Hello Mr Oyelaran,",
     ack="thanks for letting us know that the reminders haven't reached you.",
     short="The reminders still go to the payroll owner on record, which is your predecessor Ms Hahn, who left in May.",
     steps=["Ask an admin to open Settings > Company > Contacts.",
            "Change the payroll owner to you.",
            "From then on, all deadline reminders will come to you."],
     closing=None, agent="Nils Hartmann"),
dict(lang="de", user="""Ticket #52170, Frau Gassner (Konditorei Zuckerl). Sie fragt, ob Mitarbeitende ihre Adresse selbst ändern können. Ja, über die App „Mein Bereich", Änderung muss von HR freigegeben werden, Freigabe unter Anträge > Datenänderungen. Bankdaten brauchen zusätzlich zweite Freigabe.""",
     subject="Adressänderung durch Mitarbeitende", ticket="#52170", salutation="Guten Tag Frau Gassner,",
     ack="danke für Ihre Frage.",
     short="Ja, Ihre Mitarbeitenden können ihre Adresse selbst in der App „Mein Bereich\" ändern; HR muss die Änderung freigeben.",
     steps=["Die Mitarbeitenden ändern ihre Adresse in der App „Mein Bereich\".",
            "Sie geben die Änderung unter Anträge > Datenänderungen frei.",
            "Bei Bankdaten ist zusätzlich eine zweite Freigabe nötig."],
     closing=None, agent="Tobias Rausch"),
dict(lang="en", user="""Please answer Ms Duarte (Kita Sonnenschein gGmbH), #52201: she wants a discount because they're a non-profit. Our notes: non-profit discount 15% on all plans, needs proof of status (tax exemption notice) uploaded in Settings > Account > Documents; applies from the next invoice after approval, not retroactive.""",
     subject="Non-profit discount", ticket="#52201", salutation="Hello Ms Duarte,",
     ack="thank you for reaching out – we're glad to support non-profit organisations like yours.",
     short="As a non-profit you can get a 15% discount on your plan once we have received proof of your status.",
     steps=["Upload your tax exemption notice in Settings > Account > Documents.",
            "We'll review it and confirm the discount.",
            "The discount applies from the next invoice after approval; it cannot be applied retroactively."],
     closing=None, agent="Sophie Brandt"),
]

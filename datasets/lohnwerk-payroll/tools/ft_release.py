# Family 3: release-note entries from internal change notes.
# Item: lang, user, version (or None for entries-only), date, highlight, entries [(tag, area, text)]

TAGS = {"en": {"new": "NEW", "imp": "IMPROVED", "fix": "FIXED", "act": "ACTION"},
        "de": {"new": "NEU", "imp": "VERBESSERT", "fix": "BEHOBEN", "act": "ACHTUNG"}}
ORDER = ["new", "imp", "fix", "act"]


def render(r):
    lang = r["lang"]
    ents = sorted(r["entries"], key=lambda e: ORDER.index(e[0]))
    lines = [f"- `{TAGS[lang][t]}` **{area}:** {text}" for t, area, text in ents]
    if r.get("version") is None:
        return "\n".join(lines)
    hl = "**Highlights:**" if lang == "en" else "**Das Wichtigste:**"
    head = f"### Version {r['version']} · {r['date']}"
    return "\n".join([head, "", f"{hl} {r['highlight']}", ""] + lines)


TRAIN = [
dict(lang="en", user="""Turn these change notes into release notes for version 3.7.0 (release date 14 March):
- PAY-2214 (Jens): refactored proration service, now supports working-day proration per payroll group
- PAY-2230: bugfix – payroll journal PDF cut off cost centre names > 30 chars
- UX-118 (Mira): employee list remembers column layout per user
- INFRA-77: upgraded postgres 14->16 (no user impact)
- admins must re-check proration setting per group after update, default stays calendar days""",
     version="3.7.0", date="14 March", highlight="Proration can now be set per payroll group.",
     entries=[("new", "Payroll groups", "Choose working-day proration separately for each payroll group."),
              ("imp", "Employee list", "Your column layout is now saved per user."),
              ("fix", "Payroll journal", "Long cost centre names are no longer cut off in the PDF."),
              ("act", "Payroll groups", "After the update, check the proration setting of each payroll group; the default remains calendar days.")]),
dict(lang="de", user="""Bitte Release Notes auf Deutsch für 11.2.0, erscheint am 3. Juni. Notizen:
* neues Feature: Urlaubsanträge können jetzt halbe Tage (TIME-540, Ömer)
* Fix: doppelte Erinnerungsmails bei ablaufenden Arbeitserlaubnissen (BUG-9921)
* intern: Logging auf neues Format umgestellt
* Verbesserung: Import-Validierungsbericht als XLSX downloadbar (IMP-301)""",
     version="11.2.0", date="3. Juni", highlight="Urlaub lässt sich jetzt auch halbtags beantragen.",
     entries=[("new", "Urlaubsanträge", "Mitarbeitende können jetzt auch halbe Urlaubstage beantragen."),
              ("imp", "Import", "Den Validierungsbericht eines Imports können Sie jetzt als XLSX herunterladen."),
              ("fix", "Arbeitserlaubnisse", "Erinnerungen an ablaufende Arbeitserlaubnisse werden nicht mehr doppelt verschickt.")]),
dict(lang="en", user="""Need one release-note line for this fix, no header: "BUG-4410 timezone bug – payroll calendar showed deadlines one day early for users outside CET; fixed by Ana, converts to user tz now".""",
     version=None, entries=[("fix", "Payroll calendar", "Deadlines are now shown on the correct day for users outside the CET time zone.")]),
dict(lang="de", user="""Release-Eintrag (nur die Zeile) für: "Feature-Flag export.sepa09 default on; Kunden müssen prüfen ob Bank das neue Format nimmt, sonst manuell zurückstellen, ticket PAY-3310" – Produktname Format: SEPA-Version 2024""",
     version=None, entries=[("act", "Zahlungsdateien", "Neue Zahlungsdateien verwenden jetzt standardmäßig die SEPA-Version 2024. Prüfen Sie, ob Ihre Bank das Format annimmt; andernfalls stellen Sie das Bankkonto manuell auf die bisherige Version zurück.")]),
dict(lang="en", user="""release notes v2.14.0, date 21 Nov. changes:
- new: webhook event "contract.ended" (API-88)
- new: bulk upload of documents up to 200 files (DOC-17)
- improved: faster PDF generation for large runs ~40% (PERF-12, Lars)
- fixed: absence report counted half days as full days (BUG-7001)
- fixed: Safari users couldn't drag&drop files (BUG-7010)""",
     version="2.14.0", date="21 November", highlight="New webhook for ended contracts and bulk upload of up to 200 documents.",
     entries=[("new", "API", "New webhook event contract.ended lets you react when a contract ends."),
              ("new", "Documents", "Upload up to 200 documents at once."),
              ("imp", "Payslips", "PDFs for large payroll runs are generated about 40% faster."),
              ("fix", "Absence report", "Half days are no longer counted as full days."),
              ("fix", "Documents", "Drag and drop of files works again in Safari.")]),
dict(lang="de", user="""Aus diesen Notizen bitte Release Notes machen (Version 8.1.2, Patch, 9. Oktober):
- hotfix: Netto-Brutto-Rechner rechnete bei Beträgen > 10.000 falsch (BUG-2201, Kai)
- hotfix: Abschluss-Button hing bei Läufen mit > 500 MA (BUG-2205)""",
     version="8.1.2", date="9. Oktober", highlight="Zwei Korrekturen für Netto-Brutto-Rechner und Abschluss großer Läufe.",
     entries=[("fix", "Netto-Brutto-Rechner", "Beträge über 10.000 werden wieder korrekt berechnet."),
              ("fix", "Abrechnungslauf", "Läufe mit mehr als 500 Mitarbeitenden lassen sich wieder ohne Verzögerung abschließen.")]),
dict(lang="en", user="""Write the release notes for 9.0.0 (major!), 12 January. Notes from PM:
1) new navigation (left sidebar), old top menu removed – users need a short orientation; video in help centre
2) dark mode (UI-500)
3) removed: legacy XML export (announced last year) -> customers still using it must switch to CSV export
4) improved search: finds employees by IBAN last 4 digits (SRCH-20)
5) fixed: session expired too early on iPad (BUG-1188)""",
     version="9.0.0", date="12 January", highlight="A new navigation with a left sidebar and dark mode.",
     entries=[("new", "Navigation", "The main menu has moved to a sidebar on the left; a short video in the help centre shows where everything is."),
              ("new", "Appearance", "Dark mode is now available."),
              ("imp", "Search", "You can now find employees by the last four digits of their IBAN."),
              ("fix", "Login", "Sessions on iPad no longer expire too early."),
              ("act", "Exports", "The legacy XML export has been removed as announced. If you still used it, switch to the CSV export.")]),
dict(lang="de", user="""kurzer Release-Eintrag: "Lohnart-Suche findet jetzt auch Abrechnungstexte (SRCH-31)" """,
     version=None, entries=[("imp", "Lohnarten", "Die Suche im Lohnartenkatalog findet jetzt auch die Texte, die auf der Abrechnung stehen.")]),
dict(lang="en", user="""Version 14.9.1, 2 April, patch. Notes: "fix rounding 1ct split payment (BUG-3320)", "fix report builder filter 'is empty' ignored (BUG-3325, Yusuf)". Plz format as release notes.""",
     version="14.9.1", date="2 April", highlight="Two fixes for split payments and the report builder.",
     entries=[("fix", "Payments", "Split payments no longer leave a rounding difference of one cent."),
              ("fix", "Report builder", "The filter \"is empty\" now works as expected.")]),
dict(lang="de", user="""Release Notes Version 17.3.0 vom 18. Februar, Stichpunkte:
- Lohnabrechnung: Vorschau vergleicht jetzt mit Vormonat und markiert Netto-Abweichungen über frei wählbarem Schwellenwert (PAY-1901)
- Schweiz: Lohnausweis Feld 15 Bemerkungen aus Spesenreglement automatisch (CH-77)
- Fix: ELDA-Antworten wurden teilweise nicht zugeordnet (AT-45, Hannes)
- Admins: Schwellenwert standardmäßig 10 %, bitte prüfen""",
     version="17.3.0", date="18. Februar", highlight="Die Probeabrechnung vergleicht jetzt mit dem Vormonat.",
     entries=[("new", "Probeabrechnung", "Die Vorschau vergleicht jede Abrechnung mit dem Vormonat und markiert Netto-Abweichungen über einem Schwellenwert, den Sie selbst festlegen."),
              ("imp", "Lohnausweis (CH)", "Die Bemerkungen in Feld 15 werden automatisch aus Ihrem Spesenreglement übernommen."),
              ("fix", "ELDA (AT)", "Antworten von ELDA werden wieder zuverlässig den richtigen Mitarbeitenden zugeordnet."),
              ("act", "Probeabrechnung", "Der Schwellenwert steht standardmäßig auf 10 %. Bitte prüfen Sie, ob dieser Wert für Sie passt.")]),
dict(lang="en", user="""Can you write release-note entries (entries only) from these two items:
- "MOB-210 app: push notif when leave request approved/rejected"
- "MOB-214 app: fix crash on Android 11 when opening PDF (hotfix from Dana)" """,
     version=None, entries=[("new", "Employee app", "Employees get a push notification when their leave request is approved or rejected."),
                            ("fix", "Employee app", "Opening PDFs no longer makes the app crash on Android 11.")]),
dict(lang="de", user="""Version 15.5.0 am 10. September – bitte Release Notes:
PAY-4001 Sonderlauf: mehrere Mitarbeitende gleichzeitig auswählbar
PAY-4002 Sonderlauf: freie Wahl des Zahltags
INT-230 Zeiterfassungs-Import: unbekannte Personalnummern werden im Protokoll mit Namen angezeigt
TECH-9 Abhängigkeiten aktualisiert""",
     version="15.5.0", date="10. September", highlight="Sonderläufe sind flexibler geworden.",
     entries=[("new", "Sonderlauf", "Sie können jetzt mehrere Mitarbeitende gleichzeitig in einen Sonderlauf aufnehmen."),
              ("new", "Sonderlauf", "Den Zahltag eines Sonderlaufs wählen Sie jetzt frei."),
              ("imp", "Zeiterfassung", "Unbekannte Personalnummern aus dem Import werden im Protokoll mit Namen angezeigt.")]),
dict(lang="en", user="""release notes for 12.0.3 (hotfix, 30 Aug): "fixed: employees with two contracts got wrong leave balance after migration – recalculated automatically, nothing to do for customers (BUG-9001)" """,
     version="12.0.3", date="30 August", highlight="Correct leave balances for employees with two contracts.",
     entries=[("fix", "Leave", "Employees with two contracts now have the correct leave balance again; balances were recalculated automatically, so there is nothing you need to do.")]),
dict(lang="de", user="""Release Notes bitte, Version 3.2.0, Datum weiß ich noch nicht. Inhalte:
- neu: Dokumentvorlagen mit Platzhaltern für Kinder (DOC-44)
- verbessert: Serienbriefe bis 500 statt 200 Dokumente (DOC-50)""",
     version="3.2.0", date="[bitte ergänzen: Datum]", highlight="Mehr Möglichkeiten für Dokumentvorlagen und Serienbriefe.",
     entries=[("new", "Dokumentvorlagen", "Vorlagen unterstützen jetzt Platzhalter für die Kinder von Mitarbeitenden."),
              ("imp", "Serienbriefe", "Sie können jetzt bis zu 500 statt 200 Dokumente auf einmal erzeugen.")]),
dict(lang="en", user="""Write release notes, version 10.4.0, 8 May:
+ API: new endpoint to list cost centres (API-301)
+ API: rate limit header X-Remaining added (API-305)
~ API: deprecate field `kst2` in accounting export, removed in 11.0 (ACC-12) -> customers using kst2 must use split lines
- fix: webhook retries stopped after 3 attempts instead of 6 (API-310, Ben)""",
     version="10.4.0", date="8 May", highlight="More API endpoints and better rate-limit information.",
     entries=[("new", "API", "New endpoint to list cost centres."),
              ("imp", "API", "Responses now include the header X-Remaining so you can see your remaining requests."),
              ("fix", "Webhooks", "Failed deliveries are retried 6 times again, as documented, instead of stopping after 3 attempts."),
              ("act", "Accounting export", "The field kst2 is deprecated and will be removed in version 11.0. If you use it, switch to split lines now.")]),
dict(lang="de", user="""Einzeiler für die Release Notes: "Bugfix: Abwesenheitsbericht zeigte Krankheitstage Nutzern ohne Berechtigung Gesundheitsdaten (SEC-12)" – bitte neutral formulieren, kein Drama.""",
     version=None, entries=[("fix", "Abwesenheitsbericht", "Krankheitstage sind jetzt nur noch für Nutzer mit der Berechtigung Gesundheitsdaten sichtbar.")]),
dict(lang="en", user="""v1.8.9? no, sorry: version 1.9.0, 27 June. Notes:
- timesheets: managers can approve all sheets of their team at once (TS-81)
- timesheets: break rules by region (TS-90, Priya)
- overtime account: expiry after X months configurable (TS-92)""",
     version="1.9.0", date="27 June", highlight="Faster timesheet approvals and more flexible overtime rules.",
     entries=[("new", "Timesheets", "Managers can approve all timesheets of their team in one step."),
              ("new", "Timesheets", "Break rules can now be set per region."),
              ("imp", "Overtime accounts", "You can now choose after how many months overtime hours expire.")]),
dict(lang="de", user="""Bitte Release Notes, 2.3.0 am 5. März, deutsch:
• Österreich: mBGM Korrekturen werden jetzt automatisch als Storno + Neumeldung gesendet (AT-101)
• Schweiz: Quellensteuer-Abrechnung zeigt Korrekturen früherer Monate getrennt (CH-130)
• Deutschland: eAU-Anfragen lassen sich aus der Abwesenheit heraus starten (DE-220)
• Admins Österreich: alte manuelle Storno-Funktion entfällt""",
     version="2.3.0", date="5. März", highlight="Automatische Korrekturen für die mBGM und neue Meldefunktionen für alle drei Länder.",
     entries=[("new", "eAU (DE)", "Sie können eAU-Anfragen jetzt direkt aus der Abwesenheit heraus starten."),
              ("imp", "mBGM (AT)", "Korrekturen werden automatisch als Storno und Neumeldung gesendet."),
              ("imp", "Quellensteuer (CH)", "Die Abrechnung zeigt Korrekturen früherer Monate getrennt an."),
              ("act", "mBGM (AT)", "Die bisherige manuelle Storno-Funktion entfällt; Korrekturen laufen nur noch automatisch.")]),
dict(lang="en", user="""one entry please: "IMP-77 Bank details change requests from the app now need a second approver (4-eyes), config can't be switched off" """,
     version=None, entries=[("act", "Change requests", "Bank detail changes requested in the employee app now always need approval by a second person. This cannot be switched off.")]),
dict(lang="de", user="""Hier die Notizen für 14.0.0 (Major), Release am 14. Januar:
- Neu: Zwei-Faktor-Pflicht für alle, die Abrechnungen abschließen dürfen (SEC-40)
- Neu: Audit-Log exportierbar als CSV (SEC-41)
- Entfernt: Login per SMS-Code (veraltet) → Nutzer müssen Authenticator-App einrichten
- Fix: Passwort-Reset-Mail landete teils im Spam (MAIL-9, Vera)""",
     version="14.0.0", date="14. Januar", highlight="Mehr Sicherheit beim Login.",
     entries=[("new", "Sicherheit", "Wer Abrechnungen abschließen darf, muss jetzt die Zwei-Faktor-Anmeldung nutzen."),
              ("new", "Protokoll", "Das Audit-Log lässt sich als CSV exportieren."),
              ("fix", "Passwort zurücksetzen", "Die E-Mail zum Zurücksetzen des Passworts landet nicht mehr im Spam."),
              ("act", "Login", "Der Login per SMS-Code entfällt. Betroffene Nutzer richten beim nächsten Login eine Authenticator-App ein.")]),
dict(lang="en", user="""release notes 3.8.0 - 11 April
- Reports: scheduled reports to distribution lists (REP-66)
- Reports: headcount shows FTE per cost centre (REP-70)
- Fix: scheduled report sent twice if schedule edited same day (REP-72, Omar)
- internal: new CI pipeline""",
     version="3.8.0", date="11 April", highlight="Scheduled reports can go to distribution lists.",
     entries=[("new", "Reports", "Scheduled reports can now be sent to distribution lists."),
              ("imp", "Headcount report", "The report shows full-time equivalents per cost centre."),
              ("fix", "Scheduled reports", "Reports are no longer sent twice when the schedule is edited on the same day.")]),
dict(lang="de", user="""Releasezeile für: "Performance: Mitarbeiterliste lädt bei >1000 MA ca. 35% schneller (PERF-30)" """,
     version=None, entries=[("imp", "Mitarbeiterliste", "Bei mehr als 1.000 Mitarbeitenden lädt die Liste jetzt etwa 35 % schneller.")]),
dict(lang="en", user="""Please write release notes for version 15.2.1 (4 December), hotfix:
BUG-5100 Christmas bonus pay element missing in monthly inputs for new companies created after 1 Nov -> restored automatically""",
     version="15.2.1", date="4 December", highlight="The Christmas bonus pay element is back for new companies.",
     entries=[("fix", "Monthly inputs", "The Christmas bonus pay element is available again for companies created after 1 November; it was restored automatically.")]),
dict(lang="de", user="""Release Notes v1.4.0, 22. Juli:
- Lohnkonto als PDF pro Mitarbeiter oder ZIP (REP-12)
- Fix: Jahreswechsel-Checkliste zeigte erledigte Aufgaben als offen (YE-3)
- Admins: neue Berechtigung "Berichte: Lohnkonto" nötig, bestehende Rollen bitte ergänzen""",
     version="1.4.0", date="22. Juli", highlight="Lohnkonten lassen sich als PDF oder ZIP herunterladen.",
     entries=[("new", "Lohnkonto", "Das Lohnkonto gibt es jetzt als PDF pro Mitarbeitendem oder gesammelt als ZIP."),
              ("fix", "Jahreswechsel", "Erledigte Aufgaben der Checkliste werden nicht mehr als offen angezeigt."),
              ("act", "Rollen", "Für das Lohnkonto ist die neue Berechtigung „Berichte: Lohnkonto\" nötig. Bitte ergänzen Sie Ihre bestehenden Rollen.")]),
]

VALID = [
dict(lang="en", user="""Release notes for 13.1.0, 16 September:
- Documents: e-signature reminders after 3 days (SIG-21)
- Documents: templates can be duplicated incl. all languages (DOC-88, Femi)
- Fix: signature request e-mails used wrong sender name (SIG-25)""",
     version="13.1.0", date="16 September", highlight="Automatic signature reminders and easier template copies.",
     entries=[("new", "E-signature", "Signers get an automatic reminder after 3 days."),
              ("imp", "Document templates", "Templates can be duplicated including all language versions."),
              ("fix", "E-signature", "Signature request e-mails show the correct sender name again.")]),
dict(lang="de", user="""Bitte Release-Eintrag (nur Zeile): "Ticket HR-500: Geburtstagsliste im Dashboard respektiert jetzt Datenschutzeinstellung 'Geburtstag ausblenden'" """,
     version=None, entries=[("fix", "Dashboard", "Die Geburtstagsliste berücksichtigt jetzt die Einstellung „Geburtstag ausblenden\".")]),
dict(lang="en", user="""notes -> release notes, version 2.0.0 (major), 7 January:
- new role model with scopes per department (RBAC-1)
- old role "Editor" removed -> users with Editor get "HR Manager" automatically, admins please review
- fix: user invitations expired after 1 day instead of 7 (USR-31)""",
     version="2.0.0", date="7 January", highlight="A new role model with permissions per department.",
     entries=[("new", "Roles", "Roles can now be limited to individual departments."),
              ("fix", "Invitations", "User invitations are valid for 7 days again instead of 1 day."),
              ("act", "Roles", "The role \"Editor\" has been removed. Users who had it now have \"HR Manager\"; please review their permissions.")]),
dict(lang="de", user="""Version 9.1.9? Nein – 9.2.1, 3. November, Patch: "Fix: Kurzarbeit-Erstattungsdatei hatte falsches Datumsformat (PAY-870)" """,
     version="9.2.1", date="3. November", highlight="Korrektur der Erstattungsdatei für Kurzarbeit.",
     entries=[("fix", "Kurzarbeit", "Die Erstattungsdatei für die Arbeitsagentur hat wieder das richtige Datumsformat.")]),
dict(lang="en", user="""entries only: (1) "ABS-61 absence types can require certificate from day X" (2) "ABS-64 fix: team calendar overlapped on mobile" """,
     version=None, entries=[("new", "Absence types", "Absence types can now require a certificate from a day you choose."),
                            ("fix", "Team calendar", "Entries no longer overlap on mobile devices.")]),
]

# Family 4: payslip-change explanations from given figures.
# Item: lang, cur, user, title_month, greet, prev, curr, gross[(label,p,c)], ded[(label,p,c)], after[(label,p,c)],
#       reasons[], todo, contact
from ft_common import money

LBL = {"de": {"pos": "Position", "diff": "Differenz", "gross": "Brutto gesamt", "net": "Netto", "pay": "Auszahlung",
              "why": "**Warum?**", "todo": "**Müssen Sie etwas tun?**", "todo_du": "**Musst du etwas tun?**", "q": "Bei Fragen:",
              "title": "**Ihre Abrechnung für {m} – das hat sich geändert**", "title_du": "**Deine Abrechnung für {m} – das hat sich geändert**"},
       "en": {"pos": "Item", "diff": "Difference", "gross": "Total gross", "net": "Net pay", "pay": "Payout",
              "why": "**Why?**", "todo": "**Do you need to do anything?**", "todo_du": "**Do you need to do anything?**", "q": "Questions:",
              "title": "**Your payslip for {m} – what changed**", "title_du": "**Your payslip for {m} – what changed**"}}


def totals(p):
    gp = sum(x[1] for x in p["gross"]); gc = sum(x[2] for x in p["gross"])
    dp = sum(x[1] for x in p["ded"]); dc = sum(x[2] for x in p["ded"])
    np_, nc = round(gp - dp, 2), round(gc - dc, 2)
    ap = sum(x[1] for x in p.get("after", [])); ac = sum(x[2] for x in p.get("after", []))
    return gp, gc, np_, nc, round(np_ + ap, 2), round(nc + ac, 2)


def summary(p, np_, nc, payp, payc):
    lang, du = p["lang"], p.get("du", False)
    base_p, base_c = (payp, payc) if p.get("after") and p.get("summary_on_payout") else (np_, nc)
    d = round(base_c - base_p, 2)
    cur = p["cur"]
    what_de = "Ihre Auszahlung" if (p.get("after") and p.get("summary_on_payout")) else "Ihr Nettogehalt"
    what_en = "your payout" if (p.get("after") and p.get("summary_on_payout")) else "your net pay"
    if lang == "de":
        if du:
            what_de = what_de.replace("Ihre", "deine").replace("Ihr", "dein")
        else:
            what_de = what_de
        if abs(d) < 0.005:
            s = f"{what_de} für {p['curr']} ist genauso hoch wie im {p['prev']}."
        else:
            s = f"{what_de} für {p['curr']} ist um {money(abs(d), 'de', cur)} {'höher' if d > 0 else 'niedriger'} als im {p['prev']}."
        return s[0].upper() + s[1:]
    if abs(d) < 0.005:
        s = f"{what_en[0].upper() + what_en[1:]} for {p['curr']} is the same as in {p['prev']}."
    else:
        s = f"{what_en[0].upper() + what_en[1:]} for {p['curr']} is {money(abs(d), 'en', cur)} {'higher' if d > 0 else 'lower'} than in {p['prev']}."
    return s


def render(p):
    lang, cur, du = p["lang"], p["cur"], p.get("du", False)
    L = LBL[lang]
    gp, gc, np_, nc, payp, payc = totals(p)
    m = lambda x: ("−" if x < -0.004 else "") + money(x, lang, cur)
    dm = lambda a, b: money(round(b - a, 2), lang, cur, signed=True)
    rows = [f"| {L['pos']} | {p['prev']} | {p['curr']} | {L['diff']} |", "|---|---:|---:|---:|"]
    for lab, a, b in p["gross"]:
        rows.append(f"| {lab} | {m(a)} | {m(b)} | {dm(a, b)} |")
    if len(p["gross"]) > 1:
        rows.append(f"| {L['gross']} | {m(gp)} | {m(gc)} | {dm(gp, gc)} |")
    for lab, a, b in p["ded"]:
        rows.append(f"| {lab} | {m(-a)} | {m(-b)} | {dm(-a, -b)} |")
    rows.append(f"| **{L['net']}** | **{m(np_)}** | **{m(nc)}** | **{dm(np_, nc)}** |")
    if p.get("after"):
        for lab, a, b in p["after"]:
            rows.append(f"| {lab} | {m(a)} | {m(b)} | {dm(a, b)} |")
        rows.append(f"| **{L['pay']}** | **{m(payp)}** | **{m(payc)}** | **{dm(payp, payc)}** |")
    tm = p["title_month"]
    yr = tm.split()[-1]
    if yr.isdigit() and yr not in p["user"]:
        tm = " ".join(tm.split()[:-1])
    title = (L["title_du"] if du else L["title"]).format(m=tm)
    parts = [title, "", p["greet"], "", summary(p, np_, nc, payp, payc), "", "\n".join(rows), "", L["why"],
             "\n".join(f"- {r}" for r in p["reasons"]), "", f"{L['todo_du'] if du else L['todo']} {p['todo']}", "",
             f"{L['q']} {p['contact']}"]
    return "\n".join(parts)


TRAIN = [
dict(lang="de", cur="EUR", title_month="März 2026", prev="Februar", curr="März", greet="Guten Tag Frau Kühne,",
     user="""Bitte Erklärung für Frau Kühne (Gärtnerei Blattgrün), warum ihr Netto im März gesunken ist.
Februar: Brutto 3.150,00, LSt 312,41, KiSt 24,99, SV AN 657,56
März: Brutto 3.150,00, LSt 312,41, KiSt 24,99, SV AN 689,06
Grund: Krankenkasse hat Zusatzbeitrag zum 1.3. erhöht (von 2,3 % auf 4,3 %), Arbeitnehmeranteil steigt entsprechend. Sie muss nix tun. Fragen an Lohnbüro Frau Achterberg.""",
     gross=[("Bruttogehalt", 3150.00, 3150.00)],
     ded=[("Lohnsteuer", 312.41, 312.41), ("Kirchensteuer", 24.99, 24.99), ("Sozialversicherung (Ihr Anteil)", 657.56, 689.06)],
     reasons=["Ihre Krankenkasse hat den Zusatzbeitrag zum 1. März von 2,3 % auf 4,3 % erhöht.",
              "Dadurch steigt Ihr Anteil an der Sozialversicherung; Bruttogehalt und Steuern sind unverändert."],
     todo="Nein, die Änderung wird automatisch berücksichtigt.", contact="Lohnbüro, Frau Achterberg."),
dict(lang="en", cur="EUR", title_month="June 2026", prev="May", curr="June", greet="Hello Tom,",
     user="""Explain to Tom Berger (Studio Vierkant) his June payslip vs May. He got a raise.
May: gross 4,000.00; income tax 640.25; social security 838.00
June: gross 4,250.00; income tax 712.58; social security 890.38
Raise of 250 gross from 1 June. first-name basis is fine. Contact: Ms Haddad""",
     gross=[("Gross salary", 4000.00, 4250.00)],
     ded=[("Income tax", 640.25, 712.58), ("Social security", 838.00, 890.38)],
     reasons=["Your gross salary went up by €250.00 from 1 June.",
              "Because you earn more, income tax and social security contributions are a bit higher too, so about two thirds of the raise reaches your net pay."],
     todo="No – the raise is already included.", contact="Ms Haddad."),
dict(lang="de", cur="EUR", title_month="Januar 2026", prev="Dezember", curr="Januar", greet="Guten Tag Herr Okonkwo,",
     user="""Herr Okonkwo (Nordlicht Logistik) fragt, warum Januar so viel weniger ist als Dezember.
Dez: Gehalt 2.900,00 + Weihnachtsgeld 1.450,00; LSt 812,16; SV 905,30
Jan: Gehalt 2.900,00; LSt 271,50; SV 604,10
-> Dezember enthielt Weihnachtsgeld (Einmalzahlung), Januar ist normaler Monat. Keine Aktion nötig.""",
     gross=[("Grundgehalt", 2900.00, 2900.00), ("Weihnachtsgeld", 1450.00, 0.00)],
     ded=[("Lohnsteuer", 812.16, 271.50), ("Sozialversicherung", 905.30, 604.10)],
     reasons=["Im Dezember wurde zusätzlich Ihr Weihnachtsgeld von 1.450,00 € ausgezahlt.",
              "Der Januar ist ein normaler Monat ohne Einmalzahlung – Ihr Grundgehalt ist unverändert."],
     todo="Nein, alles ist korrekt.", contact="[bitte ergänzen: Ansprechperson]"),
dict(lang="en", cur="CHF", title_month="February 2026", prev="January", curr="February", greet="Hello Ms Moreau,",
     user="""Payslip explanation for Ms R. Moreau (Jurafels SA), Feb vs Jan:
Jan: salary 6,200.00; AHV/IV/EO 328.60; ALV 68.20; BVG 245.00; withholding tax 388.10
Feb: salary 6,200.00; AHV/IV/EO 328.60; ALV 68.20; BVG 245.00; withholding tax 612.30
reason: tariff code changed from B1 to A0 after HR recorded divorce on 1 Feb. If divorce not final she should tell HR. Contact Mr Castellano.""",
     gross=[("Monthly salary", 6200.00, 6200.00)],
     ded=[("AHV/IV/EO", 328.60, 328.60), ("ALV", 68.20, 68.20), ("BVG", 245.00, 245.00), ("Withholding tax", 388.10, 612.30)],
     reasons=["Your withholding tax tariff code changed from B1 to A0 on 1 February, after HR recorded your divorce.",
              "Tariff A0 has a higher withholding tax rate; all other deductions are unchanged."],
     todo="Only if your divorce is not yet final – then please let HR know so the tariff can be corrected.", contact="Mr Castellano."),
dict(lang="de", cur="EUR", title_month="Mai 2026", prev="April", curr="Mai", greet="Hallo Jonas,", du=True,
     user="""Erklär Jonas (Azubi, Brauhaus Kettner, wir duzen uns) die Mai-Abrechnung:
April: Ausbildungsvergütung 1.050,00 / SV 214,73 / Steuer 0
Mai: Ausbildungsvergütung 1.050,00 + Überstunden 84,00 / SV 231,90 / Steuer 0
Überstunden aus April (7 Std.) wurden im Mai ausgezahlt.""",
     gross=[("Ausbildungsvergütung", 1050.00, 1050.00), ("Überstunden", 0.00, 84.00)],
     ded=[("Lohnsteuer", 0.00, 0.00), ("Sozialversicherung", 214.73, 231.90)],
     reasons=["Im Mai wurden deine 7 Überstunden aus dem April ausgezahlt (84,00 € brutto).",
              "Auf die Überstunden fallen Sozialversicherungsbeiträge an, Lohnsteuer zahlst du weiterhin keine."],
     todo="Nein, alles passt.", contact="[bitte ergänzen: Ansprechperson]"),
dict(lang="en", cur="EUR", title_month="September 2026", prev="August", curr="September", greet="Hello Mr Lindqvist,",
     user="""write the payslip change explanation for Henrik Lindqvist (Praxis team), Sept vs Aug
Aug: gross 3,600.00, tax 455.83, soc sec 754.20
Sep: gross 3,600.00, company car benefit 420.00, tax 589.91, soc sec 842.19
he got a company car from 1 Sep; benefit is taxed but not paid out. Contact: Dr Lindqvist's office manager Ms Yates.""",
     gross=[("Gross salary", 3600.00, 3600.00), ("Company car benefit", 0.00, 420.00)],
     ded=[("Income tax", 455.83, 589.91), ("Social security", 754.20, 842.19)],
     after=[("Company car benefit (not paid out)", 0.00, -420.00)], summary_on_payout=True,
     reasons=["Since 1 September you have a company car. Its private use counts as a taxable benefit of €420.00 per month.",
              "The benefit is added to your gross pay only so that tax and social security are calculated on it; it is deducted again after net pay, because you receive it as the car, not as money.",
              "The extra tax and social security on the benefit are what lowers your payout."],
     todo="No, this is correct as long as you use the car privately.", contact="Ms Yates, office manager."),
dict(lang="de", cur="EUR", title_month="Juli 2026", prev="Juni", curr="Juli", greet="Guten Tag Frau Demir,",
     user="""Frau Demir (Textilhaus Lindner), Juli vs Juni. Zahlen:
Juni Brutto 2.480,00 LSt 198,66 SV 519,56
Juli Brutto 2.480,00 LSt 142,16 SV 519,56
Grund: Steuerklasse ab 1.7. von IV auf III gewechselt (Heirat, Partner hat V). Keine Aktion. Fragen an Frau Lindner""",
     gross=[("Bruttogehalt", 2480.00, 2480.00)],
     ded=[("Lohnsteuer", 198.66, 142.16), ("Sozialversicherung", 519.56, 519.56)],
     reasons=["Seit 1. Juli gilt für Sie Steuerklasse III statt IV (Ihr Partner hat Steuerklasse V).",
              "In Steuerklasse III wird weniger Lohnsteuer abgezogen; Bruttogehalt und Sozialversicherung bleiben gleich."],
     todo="Nein, die neue Steuerklasse wurde automatisch übernommen.", contact="Frau Lindner."),
dict(lang="en", cur="EUR", title_month="April 2026", prev="March", curr="April", greet="Hello Ms Novak,",
     user="""Need an explanation for Eva Novak (Fahrradwerk Süd), April vs March. She took 5 days unpaid leave in April.
March: gross 3,300.00 tax 371.50 social 691.35
April: gross 2,550.00 tax 210.08 social 534.23
contact: HR, Ms Brandl""",
     gross=[("Gross salary", 3300.00, 2550.00)],
     ded=[("Income tax", 371.50, 210.08), ("Social security", 691.35, 534.23)],
     reasons=["In April you took 5 days of unpaid leave, so your gross salary for April is €750.00 lower.",
              "Tax and social security are calculated on the lower gross amount and are lower as well."],
     todo="No – your salary returns to the usual amount next month.", contact="HR, Ms Brandl."),
dict(lang="de", cur="EUR", title_month="Oktober 2026", prev="September", curr="Oktober", greet="Guten Tag Herr Wolf,",
     user="""Erklärung für Herrn Wolf (Elektro Baumgart): Netto fast gleich, aber Auszahlung deutlich niedriger. Zahlen
Sept: Brutto 3.800,00; LSt 489,25; SV 796,10; Auszahlung = Netto
Okt: Brutto 3.800,00; LSt 489,25; SV 796,10; Vorschuss-Rückzahlung 300,00
Vorschuss von 900 € im August, Rückzahlung in 3 Raten (Okt, Nov, Dez). Kontakt Frau Baumgart.""",
     gross=[("Bruttogehalt", 3800.00, 3800.00)],
     ded=[("Lohnsteuer", 489.25, 489.25), ("Sozialversicherung", 796.10, 796.10)],
     after=[("Rückzahlung Vorschuss", 0.00, -300.00)], summary_on_payout=True,
     reasons=["Ihr Nettogehalt ist unverändert.",
              "Von Ihrem Netto wird die erste von drei Raten für den Vorschuss von 900 € aus dem August abgezogen (300,00 €).",
              "Die weiteren Raten folgen im November und Dezember."],
     todo="Nein, die Raten werden automatisch einbehalten.", contact="Frau Baumgart."),
dict(lang="en", cur="EUR", title_month="January 2026", prev="December", curr="January", greet="Hello Mr Fischer,",
     user="""Mr Fischer (Reisebüro Fernweh) asks why his net pay is lower in January although gross is unchanged.
Dec: gross 5,200.00; tax 1,012.83; soli 0.00; social security 1,008.42
Jan: gross 5,200.00; tax 998.16; soli 0.00; social security 1,031.82
reasons (all given by payroll): his health fund raised its supplementary contribution from 2.2% to 3.1% on 1 Jan; tax slightly lower due to new annual tax tables. contact: payroll@fernweh.example""",
     gross=[("Gross salary", 5200.00, 5200.00)],
     ded=[("Income tax", 1012.83, 998.16), ("Solidarity surcharge", 0.00, 0.00), ("Social security", 1008.42, 1031.82)],
     reasons=["Your health insurance fund raised its supplementary contribution from 2.2% to 3.1% on 1 January, so your social security share went up.",
              "At the same time the new annual tax tables lowered your income tax slightly, which offsets part of the increase."],
     todo="No, both changes are applied automatically.", contact="payroll@fernweh.example"),
dict(lang="de", cur="CHF", title_month="Juni 2026", prev="Mai", curr="Juni", greet="Guten Tag Herr Imhof,",
     user="""Bitte für Herrn Imhof (Bergbahnen Talblick AG) erklären, warum Juni höher ist. Mai: Monatslohn 5.400.00, AHV 286.20, ALV 59.40, BVG 210.00, NBU 64.80. Juni: Monatslohn 5.400.00 + 13. Monatslohn (1. Hälfte) 2.700.00, AHV 429.30, ALV 89.10, BVG 210.00, NBU 97.20. Kontakt Frau Odermatt""",
     gross=[("Monatslohn", 5400.00, 5400.00), ("13. Monatslohn (1. Hälfte)", 0.00, 2700.00)],
     ded=[("AHV/IV/EO", 286.20, 429.30), ("ALV", 59.40, 89.10), ("BVG", 210.00, 210.00), ("NBU", 64.80, 97.20)],
     reasons=["Im Juni wird die erste Hälfte Ihres 13. Monatslohns ausbezahlt (CHF 2'700.00).",
              "Darauf fallen AHV/IV/EO, ALV und NBU an; der BVG-Beitrag bleibt gleich."],
     todo="Nein. Die zweite Hälfte folgt mit dem Dezemberlohn.", contact="Frau Odermatt."),
dict(lang="en", cur="EUR", title_month="August 2026", prev="July", curr="August", greet="Hello Sara,",
     user="""Sara Lindholm (Softwarehaus Pixelfuchs, we use first names) – August payslip higher than July. July: gross 4,600.00 tax 803.66 social 963.70. August: gross 4,600.00 + bonus 1,000.00 tax 1,152.41 social 1,173.20. The bonus is the H1 performance bonus. Anything she needs to do? no.""",
     gross=[("Gross salary", 4600.00, 4600.00), ("Performance bonus H1", 0.00, 1000.00)],
     ded=[("Income tax", 803.66, 1152.41), ("Social security", 963.70, 1173.20)],
     reasons=["In August you received your H1 performance bonus of €1,000.00.",
              "The bonus is taxed and subject to social security like salary, so tax and contributions are higher this month."],
     todo="No, nothing to do.", contact="[check: contact person]"),
dict(lang="de", cur="EUR", title_month="Februar 2026", prev="Januar", curr="Februar", greet="Guten Tag Frau Schubert,",
     user="""Frau Schubert (Kita Sonnenschein) Februar höher. Jan: Brutto 3.050,00, LSt 285,91, SV 655,75 | Feb: Brutto 3.050,00, LSt 285,91, SV 648,12
Grund: Geburt 2. Kind am 12.1., Nachweis eingereicht -> Pflegebeitrag sinkt (Abschlag für weitere Kinder). Gratulieren! Kontakt Herr Duarte""",
     gross=[("Bruttogehalt", 3050.00, 3050.00)],
     ded=[("Lohnsteuer", 285.91, 285.91), ("Sozialversicherung", 655.75, 648.12)],
     reasons=["Herzlichen Glückwunsch zur Geburt Ihres zweiten Kindes am 12. Januar!",
              "Weil Sie den Nachweis eingereicht haben, gilt für Sie jetzt der Abschlag in der Pflegeversicherung für weitere Kinder – Ihr Sozialversicherungsanteil sinkt dadurch."],
     todo="Nein, der Nachweis liegt uns vor.", contact="Herr Duarte."),
dict(lang="en", cur="EUR", title_month="November 2026", prev="October", curr="November", greet="Hello Mr Adeyemi,",
     user="""Explain to Mr Adeyemi (Autohaus Brenner) his November payslip.
Oct: base 2,750.00; commission 640.00; tax 338.75; social 712.36
Nov: base 2,750.00; commission 210.00; tax 245.08; social 622.06
commission depends on cars sold (Oct 8 cars, Nov 3). Contact Mr Brenner.""",
     gross=[("Base salary", 2750.00, 2750.00), ("Commission", 640.00, 210.00)],
     ded=[("Income tax", 338.75, 245.08), ("Social security", 712.36, 622.06)],
     reasons=["Your commission depends on the number of cars sold: 8 in October, 3 in November.",
              "Your base salary is unchanged; tax and social security are lower because the total gross is lower."],
     todo="No.", contact="Mr Brenner."),
dict(lang="de", cur="EUR", title_month="April 2026", prev="März", curr="April", greet="Guten Tag Frau Krämer,",
     user="""Abrechnungserklärung für Frau Krämer (Immobilien Kranz), April:
März: Gehalt 3.700,00 | LSt 467,50 | KiSt 37,40 | SV 777,00
April: Gehalt 3.700,00 | LSt 467,50 | KiSt 0,00 | SV 777,00
Kirchenaustritt zum 31.3., Finanzamt hat Merkmal geändert. Kontakt: Personal, Frau Kranz. Kurz halten.""",
     gross=[("Bruttogehalt", 3700.00, 3700.00)],
     ded=[("Lohnsteuer", 467.50, 467.50), ("Kirchensteuer", 37.40, 0.00), ("Sozialversicherung", 777.00, 777.00)],
     reasons=["Sie sind zum 31. März aus der Kirche ausgetreten; das Finanzamt hat das Merkmal geändert.",
              "Ab April wird deshalb keine Kirchensteuer mehr abgezogen."],
     todo="Nein.", contact="Personal, Frau Kranz."),
dict(lang="en", cur="CHF", title_month="March 2026", prev="February", curr="March", greet="Hello Ms Keller,",
     user="""Payslip change note for Ms Keller, Alpenblick Hotel AG (Switzerland), in English.
Feb: salary 4,800.00; family allowance 0.00; AHV/IV/EO 254.40; ALV 52.80; BVG 180.00
Mar: salary 4,800.00; family allowance 250.00; AHV/IV/EO 254.40; ALV 52.80; BVG 180.00
Child allowance starts in March after form was approved by the fund. Allowance is not subject to AHV. Contact: Ms Huber.""",
     gross=[("Monthly salary", 4800.00, 4800.00), ("Family allowance", 0.00, 250.00)],
     ded=[("AHV/IV/EO", 254.40, 254.40), ("ALV", 52.80, 52.80), ("BVG", 180.00, 180.00)],
     reasons=["From March you receive a child allowance of CHF 250.00, after the family compensation fund approved your form.",
              "The allowance is not subject to AHV, so your deductions stay the same."],
     todo="No – the allowance is paid automatically every month from now on.", contact="Ms Huber."),
dict(lang="de", cur="EUR", title_month="Dezember 2026", prev="November", curr="Dezember", greet="Hallo Lea,", du=True,
     user="""kannst du Lea (Minijob, Café Kranich) erklären, warum sie im Dezember mehr hat? nov: 480,00 / dez: 480,00 + Weihnachtsprämie 50,00 (steuerfreier Gutschein? nein – als Geld, pauschal versteuert durch AG). Abzüge beide Monate 0 für sie. du-form.""",
     gross=[("Minijob-Verdienst", 480.00, 480.00), ("Weihnachtsprämie", 0.00, 50.00)],
     ded=[("Abzüge", 0.00, 0.00)],
     reasons=["Im Dezember bekommst du zusätzlich eine Weihnachtsprämie von 50,00 €.",
              "Die Steuer darauf übernimmt das Café pauschal, deshalb wird bei dir nichts abgezogen."],
     todo="Nein, nichts.", contact="[bitte ergänzen: Ansprechperson]"),
dict(lang="en", cur="EUR", title_month="May 2026", prev="April", curr="May", greet="Hello Mr Petrov,",
     user="""Please explain the change for Ivan Petrov (Druckerei Letterwerk), May vs April:
April: gross 3,950.00 | tax 557.41 | social 828.52 | net deduction canteen 42.00
May: gross 3,950.00 | tax 557.41 | social 828.52 | net deduction canteen 42.00 | garnishment 318.40
Garnishment order received 6 May, creditor paid directly. He was informed by letter. Be factual and discreet. Contact: HR (Ms Berger).""",
     gross=[("Gross salary", 3950.00, 3950.00)],
     ded=[("Income tax", 557.41, 557.41), ("Social security", 828.52, 828.52)],
     after=[("Canteen", -42.00, -42.00), ("Garnishment", 0.00, -318.40)], summary_on_payout=True,
     reasons=["Your gross salary, tax and social security are unchanged.",
              "On 6 May we received a garnishment order. As required, €318.40 is deducted from your net pay and paid directly to the creditor, as explained in our letter."],
     todo="No action is needed for the payslip. If you have questions about the order itself, please contact the creditor.", contact="HR, Ms Berger."),
dict(lang="de", cur="EUR", title_month="März 2026", prev="Februar", curr="März", greet="Guten Tag Herr Haas,",
     user="""Erklärung für Herrn Haas (Metallbau Steiner, Österreich): März vs Feb
Feb: Gehalt 3.200,00; Überstundenzuschläge 0; LSt 289,64; SV 577,92
März: Gehalt 3.200,00; Überstundenzuschläge 96,00 (steuerfrei); LSt 289,64; SV 595,27
Überstunden im März wegen Großauftrag. Kontakt Meister Gruber""",
     gross=[("Gehalt", 3200.00, 3200.00), ("Überstundenzuschläge", 0.00, 96.00)],
     ded=[("Lohnsteuer", 289.64, 289.64), ("Sozialversicherung", 577.92, 595.27)],
     reasons=["Wegen des Großauftrags haben Sie im März Überstunden geleistet; die Zuschläge von 96,00 € sind steuerfrei.",
              "Sozialversicherung fällt auf die Zuschläge trotzdem an, deshalb steigt dieser Abzug etwas."],
     todo="Nein.", contact="Meister Gruber."),
dict(lang="en", cur="EUR", title_month="October 2026", prev="September", curr="October", greet="Hello Ms Weber,",
     user="""Laura Weber, Kanzlei Ruprecht: went part-time from 40 to 30 h on 1 Oct. Sep gross 4,400.00 tax 698.50 social 921.80; Oct gross 3,300.00 tax 389.41 social 691.35. contact Ms Ruprecht""",
     gross=[("Gross salary", 4400.00, 3300.00)],
     ded=[("Income tax", 698.50, 389.41), ("Social security", 921.80, 691.35)],
     reasons=["Since 1 October you work 30 instead of 40 hours a week, so your gross salary is 25% lower.",
              "Tax and social security are calculated on the lower amount; because of the progressive tax, your net pay falls by less than your gross."],
     todo="No – your new hours are already in your contract.", contact="Ms Ruprecht."),
dict(lang="de", cur="EUR", title_month="August 2026", prev="Juli", curr="August", greet="Guten Tag Frau Roth,",
     user="""Frau Roth (Zahnarztpraxis Weiß) wundert sich über weniger Netto im August:
Juli: Brutto 2.900,00 | LSt 258,08 | SV 607,55
August: Brutto 2.900,00 | Entgeltumwandlung bAV -150,00 | LSt 226,33 | SV 576,13
Sie hat selbst die Entgeltumwandlung beantragt (150 € mtl.), Arbeitgeber legt 22,50 € dazu (nicht auf Abrechnung als Auszahlung). Kontakt Praxisleitung""",
     gross=[("Bruttogehalt", 2900.00, 2900.00), ("Entgeltumwandlung bAV", 0.00, -150.00)],
     ded=[("Lohnsteuer", 258.08, 226.33), ("Sozialversicherung", 607.55, 576.13)],
     reasons=["Seit August wandeln Sie – wie von Ihnen beantragt – 150,00 € Ihres Bruttogehalts in Ihre betriebliche Altersvorsorge um.",
              "Weil dieser Betrag steuer- und beitragsfrei ist, sinkt Ihr Netto um deutlich weniger als 150 €.",
              "Zusätzlich zahlt die Praxis 22,50 € pro Monat in Ihren Vertrag ein; dieser Zuschuss erscheint nicht als Auszahlung."],
     todo="Nein.", contact="Praxisleitung."),
dict(lang="en", cur="EUR", title_month="July 2026", prev="June", curr="July", greet="Hello Mr Costa,",
     user="""Mr Costa (Weingut Rebhang, seasonal worker paid by the hour) July vs June:
June: 120 h x 14.20 = 1,704.00; tax 0.00; social 357.84
July: 168 h x 14.20 = 2,385.60; tax 96.33; social 500.98
more hours because of vineyard work. No action. Contact: Ms Grünwald.""",
     gross=[("Hourly wage", 1704.00, 2385.60)],
     ded=[("Income tax", 0.00, 96.33), ("Social security", 357.84, 500.98)],
     reasons=["You worked 168 hours in July instead of 120 hours in June, at the same rate of €14.20 per hour.",
              "With the higher pay, income tax is now due and social security contributions are higher."],
     todo="No.", contact="Ms Grünwald."),
dict(lang="de", cur="EUR", title_month="September 2026", prev="August", curr="September", greet="Guten Tag Herr Ilić,",
     user="""Herr Ilić (Nordlicht Logistik, Fahrer) – Sept vs Aug, bitte erklären:
Aug: Grundlohn 2.650,00; Nachtzuschläge (steuerfrei) 180,00; Spesen (steuerfrei) 112,00; LSt 239,08; SV 590,13
Sep: Grundlohn 2.650,00; Nachtzuschläge (steuerfrei) 60,00; Spesen (steuerfrei) 28,00; LSt 239,08; SV 568,37
Grund: im September fast nur Tagtouren statt Nachttouren + weniger Übernachtungsfahrten. Kontakt Dispo Herr Jansen""",
     gross=[("Grundlohn", 2650.00, 2650.00), ("Nachtzuschläge (steuerfrei)", 180.00, 60.00), ("Spesen (steuerfrei)", 112.00, 28.00)],
     ded=[("Lohnsteuer", 239.08, 239.08), ("Sozialversicherung", 590.13, 568.37)],
     reasons=["Im September sind Sie fast nur Tagtouren gefahren, deshalb fallen weniger Nachtzuschläge an.",
              "Weil Sie seltener auswärts übernachtet haben, sind auch die Spesen niedriger.",
              "Ihr Grundlohn ist unverändert."],
     todo="Nein.", contact="Disposition, Herr Jansen."),
dict(lang="en", cur="EUR", title_month="March 2026", prev="February", curr="March", greet="Hello Ms Ahmed,",
     user="""Retro correction explanation needed – Ms Ahmed (Kita Sonnenschein):
Feb: gross 3,100.00 tax 295.16 social 651.00
Mar: gross 3,100.00 + back pay for Jan+Feb (pay scale increase 2x 62.00 = 124.00) tax 318.72 social 677.04
pay scale increase of 62.00 per month effective 1 Jan, decided in March, so Jan and Feb paid in March. From April 3,162.00 regular. Contact Mr Duarte.""",
     gross=[("Gross salary", 3100.00, 3100.00), ("Back pay January and February", 0.00, 124.00)],
     ded=[("Income tax", 295.16, 318.72), ("Social security", 651.00, 677.04)],
     reasons=["The pay scale increase of €62.00 per month applies retroactively from 1 January but was only decided in March.",
              "Your March payslip therefore includes back pay for January and February (2 × €62.00 = €124.00).",
              "From April your regular gross salary is €3,162.00."],
     todo="No – everything is applied automatically.", contact="Mr Duarte."),
]

VALID = [
dict(lang="de", cur="EUR", title_month="Juni 2026", prev="Mai", curr="Juni", greet="Guten Tag Frau Yilmaz,",
     user="""Frau Yilmaz (Pflegedienst Sonnenhof), Juni vs Mai:
Mai: Brutto 3.250,00; Sonntagszuschläge steuerfrei 0; LSt 334,16; SV 683,72
Juni: Brutto 3.250,00; Sonntagszuschläge steuerfrei 210,00; LSt 334,16; SV 683,72
Sie hatte im Juni 3 Sonntagsdienste. Kontakt Pflegedienstleitung""",
     gross=[("Bruttogehalt", 3250.00, 3250.00), ("Sonntagszuschläge (steuerfrei)", 0.00, 210.00)],
     ded=[("Lohnsteuer", 334.16, 334.16), ("Sozialversicherung", 683.72, 683.72)],
     reasons=["Sie hatten im Juni drei Sonntagsdienste; dafür erhalten Sie 210,00 € Zuschläge.",
              "Die Zuschläge sind steuer- und beitragsfrei, deshalb kommen sie vollständig bei Ihnen an."],
     todo="Nein.", contact="Pflegedienstleitung."),
dict(lang="en", cur="EUR", title_month="February 2026", prev="January", curr="February", greet="Hello Mr Grant,",
     user="""Explain to Mr Grant (Softwarehaus Pixelfuchs) Feb vs Jan. Jan: gross 5,800.00 tax 1,214.66 soli 0.00 church 97.17 social 1,096.90. Feb: gross 5,800.00 tax 1,214.66 soli 0.00 church 97.17 social 1,096.90 + job ticket allowance 58.00 (tax-free, paid with salary). Contact: people@pixelfuchs.example""",
     gross=[("Gross salary", 5800.00, 5800.00), ("Job ticket allowance (tax-free)", 0.00, 58.00)],
     ded=[("Income tax", 1214.66, 1214.66), ("Solidarity surcharge", 0.00, 0.00), ("Church tax", 97.17, 97.17), ("Social security", 1096.90, 1096.90)],
     reasons=["From February you receive a tax-free allowance of €58.00 per month for your job ticket.",
              "The allowance is free of tax and social security, so your deductions stay the same and the full amount reaches you."],
     todo="No.", contact="people@pixelfuchs.example"),
dict(lang="de", cur="CHF", title_month="Januar 2026", prev="Dezember", curr="Januar", greet="Guten Tag Frau Favre,",
     user="""Erklärung für Frau Favre (Uhrenmanufaktur Jurafels SA), auf Deutsch. Dez: Monatslohn 7.100.00, AHV 376.30, ALV 78.10, BVG 298.00. Jan: Monatslohn 7.100.00, AHV 376.30, ALV 78.10, BVG 331.50. BVG-Beitrag steigt, weil sie am 3. Januar 45 geworden ist (höhere Altersgutschrift gemäss Reglement). Kontakt Herr Castellano""",
     gross=[("Monatslohn", 7100.00, 7100.00)],
     ded=[("AHV/IV/EO", 376.30, 376.30), ("ALV", 78.10, 78.10), ("BVG", 298.00, 331.50)],
     reasons=["Sie sind am 3. Januar 45 Jahre alt geworden. Gemäss Reglement Ihrer Pensionskasse gilt ab dann eine höhere Altersgutschrift.",
              "Deshalb steigt Ihr BVG-Beitrag; alle anderen Abzüge bleiben gleich – und das zusätzliche Geld fliesst in Ihr Altersguthaben."],
     todo="Nein.", contact="Herr Castellano."),
dict(lang="en", cur="EUR", title_month="November 2026", prev="October", curr="November", greet="Hello Ms Brooks,",
     user="""Ms Brooks (Studio Vierkant) had 4 sick days in Nov without pay? no – continued pay, same gross. But she got 2 days unpaid leave. Oct: gross 3,900.00 tax 543.25 social 818.02. Nov: gross 3,545.45 tax 455.70 social 743.66. Contact Ms Haddad.""",
     gross=[("Gross salary", 3900.00, 3545.45)],
     ded=[("Income tax", 543.25, 455.70), ("Social security", 818.02, 743.66)],
     reasons=["In November you took 2 days of unpaid leave, which reduces your gross salary by €354.55.",
              "Your 4 sick days were paid as usual (continued pay), so they do not reduce your salary."],
     todo="No.", contact="Ms Haddad."),
dict(lang="de", cur="EUR", title_month="Juli 2026", prev="Juni", curr="Juli", greet="Guten Tag Herr Berg,",
     user="""Herr Berg (Brauhaus Kettner) Juli vs Juni – Dienstwagen zurückgegeben zum 30.6.
Juni: Gehalt 4.100,00 + geldw. Vorteil Dienstwagen 385,00; LSt 732,50; SV 931,19
Juli: Gehalt 4.100,00; LSt 599,58; SV 852,05""",
     gross=[("Bruttogehalt", 4100.00, 4100.00), ("Geldwerter Vorteil Dienstwagen", 385.00, 0.00)],
     ded=[("Lohnsteuer", 732.50, 599.58), ("Sozialversicherung", 931.19, 852.05)],
     after=[("Abzug geldwerter Vorteil Dienstwagen", -385.00, 0.00)], summary_on_payout=True,
     reasons=["Sie haben Ihren Dienstwagen zum 30. Juni zurückgegeben, deshalb entfällt ab Juli der geldwerte Vorteil von 385,00 €.",
              "Dieser Vorteil wurde nicht ausgezahlt, sondern nur versteuert und verbeitragt und nach dem Netto wieder abgezogen.",
              "Ohne ihn sinken Lohnsteuer und Sozialversicherung – Ihre Auszahlung steigt."],
     todo="Nein.", contact="[bitte ergänzen: Ansprechperson]"),
]

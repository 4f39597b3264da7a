"""FAQ, glossary, how-to guides, plan/add-on pages, maintenance notices."""
import datetime
from lib import *
from facts import *
from data_faq import FAQ_RAW
from data_glossary import GLOSSARY_RAW
from data_howto import HOWTO_RAW


def gen_faq():
    for line in FAQ_RAW.strip().splitlines():
        if not line.strip():
            continue
        slug, lang, date, q, a, rel = line.split("|")
        r = rng(slug)
        rel = [x.strip() for x in rel.split(",") if x.strip()]
        if lang == "de":
            intro = r.choice(["Häufige Frage aus dem Support:", "Kurz beantwortet:", "Diese Frage erreicht uns oft."])
            body = f"{intro}\n\n## Frage\n{q}\n\n## Antwort\n{a}\n\n## Weiterführende Artikel\n" + bullets(rel) + \
                   "\n\n" + r.choice(["Die Angaben gelten für alle Gesellschaften in Lohnwerk, sofern nicht anders angegeben. Gibt es zu einem Thema einen neueren Hinweis, gilt der Hinweis.",
                                      "Alle Werte entsprechen dem Stand des oben genannten Datums. Neuere Hinweise im Hilfebereich haben Vorrang.",
                                      "Diese Antwort wird bei jeder Änderung aktualisiert. Prüfen Sie bei Beträgen und Fristen auch die aktuellen Hinweise."]) + \
                   " Sie haben eine andere Frage? Schreiben Sie an support@lohnwerk.example oder rufen Sie uns während der Supportzeiten an."
        else:
            tpl = r.randint(1, 2)
            note = r.choice(["This answer applies to companies in Germany, Austria and Switzerland unless it says otherwise. Figures reflect the rule tables and price list valid on the date above; if a later notice exists, the notice takes precedence.",
                             "Values and dates in this answer are kept up to date with each release. If you read this after a newer notice on the same topic, follow the notice.",
                             "We update this FAQ whenever the underlying rule, price or feature changes. The date at the top shows the last review."])
            if tpl == 1:
                body = f"**Question:** {q}\n\n**Answer:** {a}\n\n{note}\n\n## Related articles\n" + bullets(rel) + \
                       "\n\nIf you need help with a specific employee, open a ticket from the help menu and include the personnel number and the payroll period."
            else:
                body = f"{a}\n\n{note}\n\n## More on this topic\n" + bullets(rel) + "\n\n" + r.choice([
                    "Did this not answer your question? Contact support from the help menu in Lohnwerk.",
                    "If you need help with a specific employee, open a ticket and include the personnel number, not the name."]) + \
                    " Support is available by phone and chat on business days; e-mail requests are answered within one business day."
        write_doc(f"{slug}.md", ("FAQ: " if lang == "en" else "FAQ: ") + q, date, body, "faq")


def gen_glossary():
    rows = [l.split("|") for l in GLOSSARY_RAW.strip().splitlines() if l.strip()]
    for de, en, countries, expl, inlw in rows:
        rr = rng("glrel" + de)
        others = [x for x in rows if x[0] != de and set(x[2].split(",")) & set(countries.split(","))]
        rr.shuffle(others)
        related = [f"Glossary: {x[0]} ({x[1]})" for x in others[:3]]
        r = rng("gl" + de)
        cn = ", ".join({"DE": "Germany", "AT": "Austria", "CH": "Switzerland"}[c] for c in countries.split(","))
        body = "\n".join([
            r.choice([f"**{de}** ({en}) – {expl}", f"*{en}* is the English term for **{de}**. {expl}", f"{expl} German term: **{de}**; English: *{en}*."]),
            "", f"Used in: {cn}.", "", "## In Lohnwerk", inlw, "", r.choice([
                "The glossary explains German payroll terms used in the interface and on payslips.",
                "See the glossary index in the help centre for more terms.",
                "Terms are explained in simplified form; the payroll rule pages contain the exact values."]),
            "", "## Why it matters", {"DE": "German payroll uses many legal terms and abbreviations. The German interface of Lohnwerk shows the German term, the English interface the English one; payslips use the language chosen in the payslip designer.",
                                     "AT": "Austrian payroll terms often differ from German ones even when the concept is similar. Lohnwerk uses the Austrian terms in Austrian companies, both in the interface and on payslips.",
                                     "CH": "Swiss payroll terms are used in German, French and Italian. Lohnwerk shows the term in the language of the interface and prints it on payslips in the language chosen for the company."}[countries.split(",")[0]],
            "", "## Related terms", bullets(related)])
        write_doc(f"glossary-{slugify(de)}.md", f"Glossary: {de}", "2025-09-02", body, "glossary")


def gen_howto():
    for line in HOWTO_RAW.strip().splitlines():
        if not line.strip():
            continue
        slug, lang, date, title, intro, steps, note = line.split("|")
        r = rng(slug)
        steps = [s.strip() for s in steps.split(";;")]
        if lang == "de":
            body = f"{intro} " + r.choice(["Die Anleitung gilt für alle Tarife, sofern nicht anders angegeben.", "Sie benötigen dafür die passenden Berechtigungen in Ihrer Rolle."]) + f"\n\n## Schritte\n{numbered(steps)}\n\n## Hinweis\n{note}\n\n## Wenn etwas nicht klappt\n" + r.choice([
                "Jede Meldung in Lohnwerk hat einen Code (LW-NNNN) mit eigener Hilfeseite. Suchen Sie im Hilfebereich nach dem Code oder wenden Sie sich mit Code und Fehler-ID an den Support.",
                "Fehlt eine Schaltfläche, enthält Ihre Rolle oder Ihr Tarif die Funktion nicht. Administratoren prüfen das unter Einstellungen > Benutzer > Rollen und Einstellungen > Konto > Abonnement."])
        else:
            h = r.choice(["## Steps", "## Step by step", "## What to do"])
            pre = r.choice(["", "## Before you start\nMake sure you have the permissions for the area described and, for filings, a valid authentication certificate.\n\n"])
            tail = r.choice(["## If something goes wrong\nEvery message in Lohnwerk has a code (LW-NNNN) with its own help page. Search the help centre for the code, or contact support and quote the code and the error ID shown below the message.",
                             "## Need help?\nIf a step does not work as described, check that your role has the required permission. Support can guide you through the steps by phone during support hours.",
                             "## Troubleshooting\nIf a button is missing, your plan or your role may not include the feature. Admins can check roles in Settings > Users > Roles and the plan in Settings > Account > Subscription."])
            body = f"{intro}\n\n{pre}{h}\n{numbered(steps)}\n\n## Note\n{note}\n\n{tail}\n\n" + r.choice(["Time needed: about 10 minutes.", "Time needed: 5 to 15 minutes, depending on the number of employees.", "Time needed: about 20 minutes the first time, less afterwards."])
        write_doc(f"{slug}.md", title, date, body, "howto")


def gen_plans():
    for name, p in PLANS.items():
        r = rng("plan" + name)
        if name == "Enterprise":
            price = "Individual pricing, from 250 employees. Contact sales for an offer."
        else:
            price = f"**€{p['eur']}** per billable employee per month (Swiss companies: **CHF {p['chf']}**), minimum monthly fee €{p['min_fee_eur']} (CHF {p['min_fee_chf']})."
        extra = ""
        if name == "Team":
            extra = (f"\n\n## Price change on 1 October 2026\nThe Team plan price rose from €{p['eur_old']} to €{p['eur']} (CHF {p['chf_old']} to CHF {p['chf']}) on 1 October 2026. "
                     "Customers with annual prepayment keep their old price until the end of their current term.")
        feats = {"Starter": ["Payroll for one company", "Lohnwerk Me for all employees", "All statutory filings", "Email and chat support"],
                 "Team": ["Up to 3 companies", "Four-eyes approval", "Audit log", "Sandbox company", "Custom fields", "Phone support"],
                 "Business": ["Up to 10 companies", "API and webhooks", "Single sign-on (SAML)", "Report builder", "Payment approval", "Auditor access", "Priority support"],
                 "Enterprise": ["Unlimited companies", "Dedicated Customer Success Manager", "Zürich data region (ch-zrh-1)", "IP allowlist", "99.95% availability SLA", "Custom contract terms"]}[name]
        body = "\n".join([r.choice([f"The **{name}** plan at a glance.", f"Everything about the Lohnwerk {name} plan."]), "",
                          "## Price", price + extra, "",
                          "## Limits", table(["Item", "Limit"], [("Employees", p["max_emp"]), ("Companies included", p["companies"]),
                                                                ("Support", p["support"]), ("Availability SLA", p["sla"]),
                                                                ("API access", "yes" if p["api"] else "no"), ("SSO", "yes" if p["sso"] else "no")]), "",
                          "## Highlights", bullets(feats), "", "Annual prepayment: 10% discount. Trial: 30 days with all Business features.",
                          "", "See also: Plans and pricing overview, Subscription and billing."])
        d = TEAM_PRICE_NOTICE_DATE if name == "Team" else "2026-01-05"
        write_doc(f"plan-{name.lower()}.md", f"{name} plan", d, body, "pricing")
    for name, eur, chf, desc in ADDONS:
        r = rng("addon" + name)
        body = "\n".join([desc, "", table(["", "Price"], [("Germany and Austria", eur), ("Switzerland", chf)]), "",
                          "## Availability", r.choice(["The add-on can be booked on every plan in Settings > Account > Subscription.",
                                                       "Book it in Settings > Account > Subscription; it is billed with your plan invoice."]),
                          "", "## Cancellation", "Add-ons can be cancelled monthly to the end of a month. Data created with the add-on (for example timesheets or signed documents) stays available after cancellation.", "",
                          "## Billing", "Add-on charges appear as a separate line on the monthly invoice, which is issued on the 3rd of the following month. Prices exclude VAT. Annual prepayment discounts do not apply to usage-based add-ons (per payslip or per signature).", "",
                          "See also: Plans and pricing overview."])
        write_doc(f"addon-{slugify(name.split('(')[0])}.md", f"{name.split(' (')[0]} add-on", "2026-01-05", body, "pricing")
    body = "\n".join(["Lohnwerk supports organisations in their early phase and non-profits.", "",
                      table(["Programme", "Discount", "Conditions"], [("Non-profit", "20% on Starter, Team and Business", "Registered non-profit status"),
                                                                    ("Start-up", "50% for the first 12 months", "Company younger than two years, fewer than 20 employees")]), "",
                      "Discounts cannot be combined with each other. The annual prepayment discount of 10% can be combined with both programmes.",
                      "", "Apply through the sales contact form; attach proof of status. The discount applies from the first invoice after approval and is not granted retroactively.",
                      "", "Non-profit status is checked once a year. Start-up discounts end automatically after 12 months; you will be reminded 30 days before."])
    write_doc("pricing-discounts-nonprofits-startups.md", "Discounts for non-profits and start-ups", "2026-03-17", body, "pricing")
    rows = [("Employees", "up to 25", "up to 250", "unlimited", "unlimited"), ("Companies", "1", "3", "10", "unlimited"),
            ("Four-eyes approval", "–", "yes", "yes", "yes"), ("Audit log", "–", "yes", "yes", "yes"),
            ("API and webhooks", "–", "–", "yes", "yes"), ("SSO", "–", "–", "yes", "yes"), ("Report builder", "–", "–", "yes", "yes"),
            ("Zürich data region", "–", "–", "–", "yes"), ("SLA", "99.5%", "99.8%", "99.9%", "99.95%")]
    write_doc("plan-comparison.md", "Plan comparison", TEAM_PRICE_NOTICE_DATE,
              "Compare the features of the Lohnwerk plans.\n\n" + table(["Feature", "Starter", "Team", "Business", "Enterprise"], rows) +
              f"\n\nPrices per billable employee and month: Starter €4.90, Team €7.40 (since 1 October 2026), Business €9.50, Enterprise on request.", "pricing")


def gen_maintenance():
    start = datetime.date(2025, 1, 1)
    items = []
    d = start
    while d <= datetime.date(2026, 12, 1):
        # sunday before second tuesday
        t = datetime.date(d.year, d.month, 8)
        while t.weekday() != 1:
            t += datetime.timedelta(days=1)
        sun = t - datetime.timedelta(days=2)
        items.append(sun)
        d = datetime.date(d.year + (d.month // 12), d.month % 12 + 1, 1)
    for sun in items:
        iso = sun.isoformat()
        r = rng("mw" + iso)
        if iso > TODAY:
            continue
        announce = (sun - datetime.timedelta(days=7)).isoformat()
        what = r.sample(["database upgrades", "operating system patches", "network maintenance at the Frankfurt data centre",
                         "storage expansion", "certificate renewal", "load balancer replacement", "backup system tests"], 2)
        dur = r.choice(["02:00-04:00", "02:00-03:30", "02:00-04:00", "03:00-04:30"])
        body = "\n".join([
            f"Lohnwerk will carry out planned maintenance on **Sunday, {long_date(iso)}, {dur} CET**.", "",
            "## What is affected", bullets(["The web app is read-only during the window.", "Lohnwerk Me shows payslips but new requests are queued.",
                                            "The API returns HTTP 503 (LW-9005) for write requests.", "Filings are queued and sent after the window."]), "",
            "## Reason", f"The window is used for {what[0]} and {what[1]}.", "",
            r.choice(["No action is required.", "Please do not schedule payroll finalisation during the window.",
                      "Scheduled reports due during the window are sent afterwards."]),
            "", "## Planning tip", "If your payment date is the following Monday, finalise the payroll run and download the payment file on Friday. Lohnwerk Service customers do not need to do anything; our specialists plan around the window.",
            "", "Live status: status.lohnwerk.example."])
        write_doc(f"maintenance-{iso}.md", f"Planned maintenance on {long_date(iso)}", announce, body, "notice", datekey="Date")


def gen_all():
    gen_faq(); gen_glossary(); gen_howto(); gen_plans(); gen_maintenance()

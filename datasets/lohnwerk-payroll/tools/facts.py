# Single source of truth for the Lohnwerk help-centre corpus.
# All statutory figures below are INVENTED for this fictional domain ("Lohnwerk rule tables");
# they are not legal advice and deliberately differ from real-world values.

TODAY = "2026-11-20"
CUTOFF = "2026-06-30"

COMPANY = {
    "name": "Lohnwerk GmbH",
    "hq": "Leipzig",
    "address": "Spinnereistraße 7, 04179 Leipzig",
    "at_entity": "Lohnwerk Austria GmbH, Wien",
    "ch_entity": "Lohnwerk Schweiz AG, Zürich",
    "founded": 2017,
    "support_email": "support@lohnwerk.example",
    "support_phone_de": "+49 341 555 0190",
    "support_phone_at": "+43 1 555 0190",
    "support_phone_ch": "+41 44 555 01 90",
    "status_page": "status.lohnwerk.example",
}

# ---------------------------------------------------------------- plans
PLANS = {
    "Starter": {"eur": "4.90", "chf": "5.20", "min_fee_eur": "39", "min_fee_chf": "42",
                "max_emp": "25", "companies": "1", "support": "email and chat",
                "sla": "99.5%", "api": False, "sso": False},
    "Team": {"eur": "7.40", "chf": "7.90", "eur_old": "6.90", "chf_old": "7.30",
             "min_fee_eur": "99", "min_fee_chf": "105",
             "max_emp": "250", "companies": "3", "support": "email, chat and phone",
             "sla": "99.8%", "api": False, "sso": False},
    "Business": {"eur": "9.50", "chf": "10.10", "min_fee_eur": "390", "min_fee_chf": "415",
                 "max_emp": "unlimited", "companies": "10", "support": "priority email, chat and phone",
                 "sla": "99.9%", "api": True, "sso": True},
    "Enterprise": {"eur": "on request", "chf": "on request", "min_fee_eur": "on request",
                   "min_fee_chf": "on request", "max_emp": "unlimited (from 250)", "companies": "unlimited",
                   "support": "dedicated Customer Success Manager", "sla": "99.95%", "api": True, "sso": True},
}
TEAM_PRICE_CHANGE_DATE = "2026-10-01"
TEAM_PRICE_NOTICE_DATE = "2026-07-15"
ANNUAL_DISCOUNT = "10%"
TRIAL_DAYS = "30"

ADDONS = [
    ("Time Tracking", "€1.50 per employee per month", "CHF 1.60 per employee per month",
     "Clock-in/clock-out in the Lohnwerk Me app, timesheets and overtime accounts."),
    ("Recruiting", "€99 per month flat", "CHF 105 per month flat",
     "Job postings, applicant pipeline and one-click hire into the employee list."),
    ("Premium Support", "€149 per month", "CHF 159 per month",
     "Phone support 07:00-20:00, 1-hour first response, named backup agent."),
    ("Lohnwerk Service (managed payroll)", "€14 per payslip", "CHF 15 per payslip",
     "Our payroll specialists run and file your payroll for you."),
    ("E-Signature", "€0.80 per signature", "CHF 0.85 per signature",
     "Qualified electronic signatures for contracts and amendments in Documents."),
    ("Additional company", "€29 per company per month", "CHF 31 per company per month",
     "Extra legal entity above the plan's included companies."),
]

# ---------------------------------------------------------------- support & service
SUPPORT_HOURS_OLD = "Monday to Friday, 08:00-17:00 CET"
SUPPORT_HOURS = "Monday to Friday, 08:00-18:00 CET"
SUPPORT_HOURS_CHANGE = "2026-09-01"
SERVICE_CUTOFF_OLD = "3 business days"
SERVICE_CUTOFF = "4 business days"
SERVICE_CUTOFF_CHANGE = "2026-10-01"   # Lohnwerk Service data deadline before month end
PAYSLIP_RETENTION_YEARS = "10"          # payslips kept in Lohnwerk Me
EXPORT_LINK_HOURS = "72"                # download links for exports expire
AUDIT_LOG_RETENTION = "24 months"
SESSION_TIMEOUT_MIN = "30"
PASSWORD_MIN = "12"

# ---------------------------------------------------------------- API
API = {
    "base": "https://api.lohnwerk.example/v2",
    "token_url": "https://auth.lohnwerk.example/oauth/token",
    "token_ttl": "3600",
    "rate_old": "600",
    "rate": "1,000",
    "rate_change_version": "6.8.0",
    "page_default": "50",
    "page_max": "200",
    "webhook_retries": "8",
    "webhook_window": "24 hours",
    "sig_header": "X-Lohnwerk-Signature",
    "v1_sunset_old": "2026-12-31",
    "v1_sunset": "2027-04-30",
    "v1_notice": "2026-08-20",
    "idempotency_hours": "24",
}

# ---------------------------------------------------------------- formats
LWCSV_DEPRECATION_NOTICE = "2026-08-03"
LWCSV_REMOVAL = "2027-03-31"
LWCSV_V2_VERSION = "6.3.0"
PAIN_NEW = "pain.001.001.09"
PAIN_OLD = "pain.001.001.03"
PAIN_SWITCH = "2026-11-01"
PAIN_OLD_END = "2027-02-28"

# ---------------------------------------------------------------- data regions
REGIONS = {"eu": "eu-fra-1 (Frankfurt am Main)", "eu_backup": "eu-nue-1 (Nürnberg)",
           "ch": "ch-zrh-1 (Zürich)"}
CH_REGION_DATE = "2026-10-06"
CH_REGION_VERSION = "6.9.0"

# ---------------------------------------------------------------- incidents
INCIDENTS = [
    # id, date, start, end, duration, region, title, cause, affected, post_cutoff
    ("INC-2026-0203", "2026-02-03", "10:05", "10:52", "47 minutes", "eu-fra-1",
     "Slow API responses", "an overloaded connection pool after a configuration change",
     "about 30% of API calls took longer than 10 seconds", False),
    ("INC-2026-0512", "2026-05-12", "07:40", "08:35", "55 minutes", "eu-fra-1",
     "SSO login failures", "an expired signing certificate at the identity provider bridge",
     "customers using SAML single sign-on could not log in; password logins worked", False),
    ("INC-2026-0917", "2026-09-17", "09:12", "11:47", "2 hours 35 minutes", "eu-fra-1",
     "Payroll finalisation and payslip delivery delayed",
     "a storage failover in the primary database cluster that left the finalisation queue paused",
     "about 14% of customers could not finalise payroll runs; payslips were delivered with delay", True),
    ("INC-2026-1028", "2026-10-28", "13:20", "16:05", "2 hours 45 minutes", "eu-fra-1",
     "ELStAM retrieval delayed", "an outage of the upstream tax authority interface",
     "ELStAM changes for German employees were retrieved with delay; payroll runs themselves were unaffected", True),
]

# ---------------------------------------------------------------- statutory values (invented)
DE = {
    2026: {"rv": "18.6%", "alv": "2.6%", "kv": "14.6%", "kv_zusatz": "2.7%", "pv": "3.6%",
           "pv_childless": "0.6%", "pv_child_reduction": "0.25 percentage points",
           "bbg_rv": "€8,320", "bbg_kv": "€5,470", "jaeg": "€76,950",
           "minijob": "€575", "midijob_upper": "€2,000", "u3": "0.15%",
           "soli_free": "€20,110", "grundfreibetrag": "€12,240", "min_wage": "€13.70",
           "meal_lunch": "€4.40", "meal_breakfast": "€2.35", "per_diem_8h": "€14", "per_diem_24h": "€28",
           "ev_price_cap": "€70,000", "mileage": "€0.38", "sachbezug": "€50",
           "ksk": "5.0%"},
    2027: {"rv": "18.9%", "alv": "2.6%", "kv": "14.6%", "kv_zusatz": "2.9%", "pv": "3.8%",
           "pv_childless": "0.6%", "pv_child_reduction": "0.25 percentage points",
           "bbg_rv": "€8,610", "bbg_kv": "€5,690", "jaeg": "€79,650",
           "minijob": "€590", "midijob_upper": "€2,000", "u3": "0.18%",
           "soli_free": "€20,480", "grundfreibetrag": "€12,560", "min_wage": "€14.30",
           "meal_lunch": "€4.55", "meal_breakfast": "€2.40", "per_diem_8h": "€15", "per_diem_24h": "€30",
           "ev_price_cap": "€80,000", "mileage": "€0.38", "sachbezug": "€50",
           "ksk": "5.0%"},
}
DE_NOTICE_2027 = "2026-10-16"

AT = {
    2026: {"hbgl": "€6,450", "hbgl_sz": "€12,900", "gfg": "€551.10", "an_sv": "18.07%", "dg_sv": "21.08%",
           "uv": "1.1%", "db_flaf": "3.7%", "kommst": "3%", "mvk": "1.53%", "u_bahn": "€2.00",
           "km": "€0.50", "taggeld": "€30", "nachtgeld": "€17",
           "brackets": [("€13,540", "0%"), ("€22,100", "20%"), ("€36,560", "30%"), ("€70,490", "40%"),
                        ("€104,860", "48%"), ("€1,000,000", "50%"), ("above", "55%")]},
    2027: {"hbgl": "€6,660", "hbgl_sz": "€13,320", "gfg": "€568.40", "an_sv": "18.07%", "dg_sv": "21.08%",
           "uv": "1.1%", "db_flaf": "3.7%", "kommst": "3%", "mvk": "1.53%", "u_bahn": "€2.00",
           "km": "€0.50", "taggeld": "€32", "nachtgeld": "€18",
           "brackets": [("€13,910", "0%"), ("€22,700", "20%"), ("€37,550", "30%"), ("€72,390", "40%"),
                        ("€107,690", "48%"), ("€1,000,000", "50%"), ("above", "55%")]},
}
AT_NOTICE_2027 = "2026-10-30"

CH = {
    2026: {"ahv": "10.6%", "ahv_half": "5.3%", "alv": "2.2%", "alv_half": "1.1%", "alv_ceiling": "CHF 148,200",
           "uvg_max": "CHF 148,200", "bvg_entry": "CHF 22,680", "bvg_coord": "CHF 26,460",
           "bvg_upper": "CHF 90,720", "bvg_min_coord": "CHF 3,780", "fak_min_child": "CHF 220",
           "fak_min_edu": "CHF 275", "alv_solidarity": "0%", "ahv_retiree_free": "CHF 1,400"},
    2027: {"ahv": "10.8%", "ahv_half": "5.4%", "alv": "2.2%", "alv_half": "1.1%", "alv_ceiling": "CHF 151,200",
           "uvg_max": "CHF 151,200", "bvg_entry": "CHF 23,040", "bvg_coord": "CHF 26,880",
           "bvg_upper": "CHF 92,160", "bvg_min_coord": "CHF 3,840", "fak_min_child": "CHF 225",
           "fak_min_edu": "CHF 280", "alv_solidarity": "0%", "ahv_retiree_free": "CHF 1,400"},
}
CH_NOTICE_2027 = "2026-10-09"

# German states: code, name, church tax rate, extra holidays (beyond nationwide), note
DE_STATES = [
    ("bw", "Baden-Württemberg", "8%", ["Heilige Drei Könige (6. Januar)", "Fronleichnam", "Allerheiligen (1. November)"], "DE-BW"),
    ("by", "Bayern", "8%", ["Heilige Drei Könige (6. Januar)", "Fronleichnam", "Mariä Himmelfahrt (15. August, in Gemeinden mit überwiegend katholischer Bevölkerung)", "Allerheiligen (1. November)"], "DE-BY"),
    ("be", "Berlin", "9%", ["Internationaler Frauentag (8. März)"], "DE-BE"),
    ("bb", "Brandenburg", "9%", ["Ostersonntag", "Pfingstsonntag", "Reformationstag (31. Oktober)"], "DE-BB"),
    ("hb", "Bremen", "9%", ["Reformationstag (31. Oktober)"], "DE-HB"),
    ("hh", "Hamburg", "9%", ["Reformationstag (31. Oktober)"], "DE-HH"),
    ("he", "Hessen", "9%", ["Fronleichnam"], "DE-HE"),
    ("mv", "Mecklenburg-Vorpommern", "9%", ["Internationaler Frauentag (8. März)", "Reformationstag (31. Oktober)"], "DE-MV"),
    ("ni", "Niedersachsen", "9%", ["Reformationstag (31. Oktober)"], "DE-NI"),
    ("nw", "Nordrhein-Westfalen", "9%", ["Fronleichnam", "Allerheiligen (1. November)"], "DE-NW"),
    ("rp", "Rheinland-Pfalz", "9%", ["Fronleichnam", "Allerheiligen (1. November)"], "DE-RP"),
    ("sl", "Saarland", "9%", ["Fronleichnam", "Mariä Himmelfahrt (15. August)", "Allerheiligen (1. November)"], "DE-SL"),
    ("sn", "Sachsen", "9%", ["Reformationstag (31. Oktober)", "Buß- und Bettag"], "DE-SN"),
    ("st", "Sachsen-Anhalt", "9%", ["Heilige Drei Könige (6. Januar)", "Reformationstag (31. Oktober)"], "DE-ST"),
    ("sh", "Schleswig-Holstein", "9%", ["Reformationstag (31. Oktober)"], "DE-SH"),
    ("th", "Thüringen", "9%", ["Weltkindertag (20. September)", "Reformationstag (31. Oktober)"], "DE-TH"),
]

# Austrian states: code, name, DZ 2026, DZ 2027, patron day, Lohnwerk key
AT_STATES = [
    ("w", "Wien", "0.38%", "0.38%", "Leopold (15. November)", "AT-9"),
    ("noe", "Niederösterreich", "0.37%", "0.37%", "Leopold (15. November)", "AT-3"),
    ("ooe", "Oberösterreich", "0.34%", "0.34%", "Florian (4. Mai)", "AT-4"),
    ("sbg", "Salzburg", "0.37%", "0.36%", "Rupert (24. September)", "AT-5"),
    ("stmk", "Steiermark", "0.37%", "0.37%", "Josef (19. März)", "AT-6"),
    ("ktn", "Kärnten", "0.38%", "0.39%", "Josef (19. März)", "AT-2"),
    ("t", "Tirol", "0.39%", "0.39%", "Josef (19. März)", "AT-7"),
    ("vbg", "Vorarlberg", "0.37%", "0.37%", "Josef (19. März)", "AT-8"),
    ("bgld", "Burgenland", "0.42%", "0.42%", "Martin (11. November)", "AT-1"),
]

# Swiss cantons: code, name, language, child allowance 2026, education allowance 2026,
# child 2027, edu 2027, FAK employer %, QST filing deadline (days after month end), withholding model
CH_CANTONS = [
    ("zh", "Zürich", "de", "CHF 230", "CHF 285", "CHF 230", "CHF 285", "1.05%", 10, "monthly"),
    ("be", "Bern", "de/fr", "CHF 230", "CHF 290", "CHF 250", "CHF 310", "1.50%", 10, "monthly"),
    ("lu", "Luzern", "de", "CHF 220", "CHF 275", "CHF 225", "CHF 280", "1.35%", 14, "monthly"),
    ("ur", "Uri", "de", "CHF 240", "CHF 290", "CHF 240", "CHF 290", "1.90%", 14, "monthly"),
    ("sz", "Schwyz", "de", "CHF 230", "CHF 280", "CHF 230", "CHF 280", "1.30%", 14, "monthly"),
    ("ow", "Obwalden", "de", "CHF 230", "CHF 280", "CHF 230", "CHF 280", "1.70%", 14, "monthly"),
    ("nw", "Nidwalden", "de", "CHF 250", "CHF 290", "CHF 250", "CHF 290", "1.60%", 14, "monthly"),
    ("gl", "Glarus", "de", "CHF 220", "CHF 275", "CHF 225", "CHF 280", "1.80%", 14, "monthly"),
    ("zg", "Zug", "de", "CHF 300", "CHF 350", "CHF 300", "CHF 350", "1.35%", 10, "monthly"),
    ("fr", "Fribourg", "fr/de", "CHF 265", "CHF 325", "CHF 265", "CHF 325", "2.27%", 10, "monthly"),
    ("so", "Solothurn", "de", "CHF 230", "CHF 285", "CHF 230", "CHF 285", "1.20%", 14, "monthly"),
    ("bs", "Basel-Stadt", "de", "CHF 275", "CHF 325", "CHF 275", "CHF 325", "1.20%", 10, "monthly"),
    ("bl", "Basel-Landschaft", "de", "CHF 220", "CHF 275", "CHF 225", "CHF 280", "1.15%", 10, "monthly"),
    ("sh", "Schaffhausen", "de", "CHF 230", "CHF 290", "CHF 230", "CHF 290", "1.20%", 14, "monthly"),
    ("ar", "Appenzell Ausserrhoden", "de", "CHF 230", "CHF 280", "CHF 230", "CHF 280", "1.80%", 14, "quarterly"),
    ("ai", "Appenzell Innerrhoden", "de", "CHF 230", "CHF 290", "CHF 230", "CHF 290", "1.60%", 14, "quarterly"),
    ("sg", "St. Gallen", "de", "CHF 230", "CHF 280", "CHF 240", "CHF 290", "1.70%", 10, "monthly"),
    ("gr", "Graubünden", "de/it/rm", "CHF 230", "CHF 280", "CHF 230", "CHF 280", "1.50%", 14, "monthly"),
    ("ag", "Aargau", "de", "CHF 220", "CHF 275", "CHF 225", "CHF 280", "1.30%", 10, "monthly"),
    ("tg", "Thurgau", "de", "CHF 230", "CHF 280", "CHF 230", "CHF 280", "1.30%", 14, "monthly"),
    ("ti", "Ticino", "it", "CHF 220", "CHF 275", "CHF 225", "CHF 280", "1.50%", 10, "monthly"),
    ("vd", "Vaud", "fr", "CHF 322", "CHF 420", "CHF 322", "CHF 420", "2.50%", 10, "monthly"),
    ("vs", "Valais", "fr/de", "CHF 305", "CHF 425", "CHF 305", "CHF 425", "2.80%", 10, "monthly"),
    ("ne", "Neuchâtel", "fr", "CHF 250", "CHF 330", "CHF 250", "CHF 330", "2.10%", 10, "monthly"),
    ("ge", "Genève", "fr", "CHF 311", "CHF 415", "CHF 311", "CHF 415", "2.22%", 10, "monthly"),
    ("ju", "Jura", "fr", "CHF 275", "CHF 325", "CHF 275", "CHF 325", "2.75%", 14, "monthly"),
]

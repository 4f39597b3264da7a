"""Feature articles, error pages, release notes."""
from lib import *
from facts import *
from data_features import FEATURES_RAW, FEATURE_EXTRA
from data_errors import ERRORS_RAW

PLAN_TEXT = {
    "all": "All plans (Starter, Team, Business and Enterprise)",
    "team+": "Team, Business and Enterprise",
    "business+": "Business and Enterprise",
    "enterprise": "Enterprise only",
}
PERM_DEFAULT = {"Employees": "Employees: edit", "Payroll": "Payroll: edit", "Filings Germany": "Filings: manage",
                "Filings Austria": "Filings: manage", "Filings Switzerland": "Filings: manage",
                "Time & absence": "Time & absence: manage", "Accounting & payments": "Accounting: manage",
                "Reports": "Reports: view", "Documents": "Documents: manage", "Settings": "Settings: admin",
                "Lohnwerk Me": "Employees: edit", "Integrations": "Settings: admin"}
COUNTRY = {"DE": "Germany", "AT": "Austria", "CH": "Switzerland"}


def parse_features():
    feats = []
    for line in (FEATURES_RAW + FEATURE_EXTRA).strip().splitlines():
        if not line.strip():
            continue
        p = line.split("|")
        if len(p) == 10:
            p.insert(6, PERM_DEFAULT[p[0]])
        assert len(p) == 11, (len(p), line)
        module, slug, name, de, path, plan, perm, purpose, fields, tip, countries = p
        fl = []
        for f in fields.split("; "):
            k, v = f.split("=", 1)
            fl.append((k.strip(), v.strip()))
        feats.append(dict(module=module, slug=slug, name=name, de=de, path=path, plan=plan, perm=perm,
                          purpose=purpose, fields=fl, tip=tip, countries=countries.split(",")))
    return feats


def parse_errors():
    errs = []
    for line in ERRORS_RAW.strip().splitlines():
        if not line.strip():
            continue
        p = line.split("|")
        assert len(p) == 8, line
        code, msg, area, meaning, causes, fix, rel, sev = p
        errs.append(dict(code=code, msg=msg, area=area, meaning=meaning, causes=causes.split("; "),
                         fix=fix.split("; "), rel=rel, sev=sev))
    return errs


FEATS = parse_features()
FEAT_BY_SLUG = {f["slug"]: f for f in FEATS}
ERRS = parse_errors()


def plan_text(f):
    if f["plan"] == "addon":
        if "signature" in f["slug"]:
            return "E-Signature add-on (available on every plan)"
        return "Time Tracking add-on (available on every plan)"
    return PLAN_TEXT[f["plan"]]


def feature_date(f):
    special = {"data-region": "2026-10-06", "company-bank-accounts": "2026-11-02",
               "accounting-export-settings": "2026-08-03", "webhooks-settings": "2026-09-08",
               "api-clients": "2026-09-08", "eau-retrieval": "2026-09-08",
               "employee-minijob": "2026-10-16", "fak-claims": "2026-10-09",
               "bvg-reporting": "2026-10-09", "lohnwerk-me-payslips": "2026-06-16"}
    if f["slug"] in special:
        return special[f["slug"]]
    r = rng("fdate" + f["slug"])
    y = r.choice([2025, 2025, 2026, 2026, 2026])
    m = r.randint(1, 12) if y == 2025 else r.randint(1, 6)
    return f"{y}-{m:02d}-{r.randint(1, 28):02d}"


VERBS = ["Set", "Check", "Fill in", "Choose", "Review", "Enter", "Adjust"]


def feature_doc(f):
    r = rng("feat" + f["slug"])
    name, path = f["name"], f["path"]
    purpose = f["purpose"]
    related = [x for x in FEATS if x["module"] == f["module"] and x["slug"] != f["slug"]]
    r.shuffle(related)
    related = related[:r.randint(2, 4)]
    errs = [e for e in ERRS if e["rel"] == f["slug"]]
    countries = ", ".join(COUNTRY[c] for c in f["countries"])
    intro_forms = [
        f"The **{name}** screen (German interface: *{f['de']}*) {purpose}.",
        f"Use **{name}** to work with this part of Lohnwerk: it {purpose}. In the German interface the screen is called *{f['de']}*.",
        f"*{f['de']}* – or **{name}** in the English interface – {purpose}.",
        f"This article explains **{name}** (*{f['de']}*). The screen {purpose}.",
    ]
    intro = r.choice(intro_forms)
    steps = [f"Open **{path}**."]
    for k, v in f["fields"]:
        verb = r.choice(VERBS)
        steps.append(f"{verb} **{k}**: {v[0].lower() + v[1:]}.")
    steps.append(r.choice(["Click **Save**. Lohnwerk validates the entries and shows any problem at the top of the page.",
                           "Select **Save**. Changes are written to the audit log.",
                           "Save your changes. If something is missing, the field is outlined in red."]))
    tpl = r.randint(1, 3)
    parts = [intro, ""]
    if tpl == 1:
        parts += ["## Where to find it", f"Go to **{path}**. The screen is available in: {countries}.", ""]
        parts += ["## Fields and options", table(["Field", "What it does"], f["fields"]), ""]
        parts += ["## How to use it", numbered(steps), ""]
        parts += ["## Permissions and plan", f"- Permission needed: *{f['perm']}*", f"- Plan: {plan_text(f)}", ""]
        parts += ["## Tip", f["tip"], ""]
    elif tpl == 2:
        parts += ["## Before you start",
                  f"You need the permission *{f['perm']}*. The feature is included in: {plan_text(f)}. "
                  f"It applies to companies in {countries}.", ""]
        parts += ["## Step by step", numbered(steps), ""]
        parts += ["## Field reference", bullets([f"**{k}** – {v}" for k, v in f["fields"]]), ""]
        parts += ["## Good to know", f["tip"], ""]
    else:
        parts += [f"## Opening {name}", f"In the main menu choose **{path}**. "
                  f"If the menu item is missing, your role lacks *{f['perm']}* or your plan does not include it "
                  f"({plan_text(f)}).", ""]
        parts += ["## Settings explained"]
        for k, v in f["fields"]:
            parts += [f"**{k}**  ", v, ""]
        parts += ["## Notes", bullets([f["tip"], f"Available for: {countries}."]), ""]
    if errs:
        parts += ["## Messages you may see",
                  bullets([f"**{e['code']}: {e['msg']}** – {e['meaning']}" for e in errs[:4]]), ""]
    parts += ["## Related articles", bullets([x["name"] for x in related])]
    return "\n".join(parts)


def gen_features():
    for f in FEATS:
        write_doc(f"feature-{f['slug']}.md", f["name"], feature_date(f), feature_doc(f), "feature")


SEV = {"error": "Error (blocks the action)", "warning": "Warning (action possible, check recommended)",
       "info": "Information"}


def error_date(e):
    special = {"LW-8003": "2026-09-08", "LW-7002": "2026-08-03", "LW-7005": "2026-11-02",
               "LW-8007": "2026-08-20", "LW-4003": "2026-10-29", "LW-2024": "2026-10-16",
               "LW-1004": "2025-11-04"}
    if e["code"] in special:
        return special[e["code"]]
    r = rng("edate" + e["code"])
    y = r.choice([2025, 2025, 2026])
    m = r.randint(1, 12) if y == 2025 else r.randint(1, 6)
    return f"{y}-{m:02d}-{r.randint(1, 28):02d}"


def error_doc(e):
    r = rng("err" + e["code"])
    feat = FEAT_BY_SLUG.get(e["rel"])
    fname = feat["name"] if feat else "Support and contact"
    tpl = r.randint(1, 3)
    parts = []
    if tpl == 1:
        parts += [f"**Message:** {e['msg']}  ", f"**Area:** {e['area']}  ", f"**Severity:** {SEV[e['sev']]}", ""]
        parts += ["## What it means", e["meaning"], ""]
        parts += ["## Why it happens", bullets(e["causes"]), ""]
        parts += ["## How to fix it", numbered(e["fix"]), ""]
    elif tpl == 2:
        parts += [table(["Code", "Message", "Area", "Severity"], [(e["code"], e["msg"], e["area"], SEV[e["sev"]])]), ""]
        parts += [f"{e['meaning']} " + r.choice(["You usually see this message ", "The message appears "]) +
                  f"in the context of **{fname}**.", ""]
        parts += ["## Common causes", bullets(e["causes"]), ""]
        parts += ["## Solution", numbered(e["fix"]), ""]
    else:
        parts += [f"Lohnwerk shows **{e['code']}** with the text \"{e['msg']}\". {e['meaning']}", ""]
        parts += ["### Typical causes"] + [f"{i}. {c}" for i, c in enumerate(e["causes"], 1)] + [""]
        parts += ["### What to do", bullets(e["fix"]), ""]
        parts += [f"Severity: {SEV[e['sev']]}.", ""]
    if e["sev"] == "error":
        parts += [r.choice([
            "If the message persists after you followed these steps, contact support and quote the error code and the error ID shown below the message.",
            "Still stuck? Send the error code, the error ID and a screenshot to support@lohnwerk.example.",
            "Support can look up the technical details if you give them the error ID displayed under the message."]), ""]
    if feat:
        parts += ["## Where you see it", r.choice([
            f"The message appears on the screen **{feat['name']}** ({feat['path']}) or in the list of warnings of a payroll run.",
            f"Most users meet this message in **{feat['path']}**. Users need the permission *{feat['perm']}* to correct the underlying data.",
            f"It is raised when data from **{feat['name']}** is saved or used in a calculation. To fix it you need the permission *{feat['perm']}*."]), ""]
    same = [x for x in ERRS if x["area"] == e["area"] and x["code"] != e["code"]]
    r.shuffle(same)
    parts += ["## Related messages", bullets([f"{x['code']}: {x['msg']}" for x in same[:3]]), ""]
    parts += ["## See also", bullets([fname, "Error codes overview"])]
    return "\n".join(parts)


def gen_errors():
    for e in ERRS:
        write_doc(f"error-{e['code'].lower()}.md", f"{e['code']}: {e['msg']}", error_date(e), error_doc(e), "error")
    # overview page
    rows = [(e["code"], e["msg"], e["area"]) for e in ERRS]
    body = ("Every Lohnwerk message has a code of the form LW-NNNN. The first digit tells you the area:\n\n" +
            table(["Range", "Area"], [("LW-1xxx", "Login and security"), ("LW-2xxx", "Employee data"),
                                      ("LW-3xxx", "Payroll calculation"), ("LW-4xxx", "Filings Germany"),
                                      ("LW-5xxx", "Filings Austria"), ("LW-6xxx", "Filings Switzerland"),
                                      ("LW-7xxx", "Exports and integrations"), ("LW-8xxx", "API"),
                                      ("LW-9xxx", "System")]) +
            "\n\nEach code has its own help page with causes and fixes. The list below covers the codes you are most likely to meet.\n\n" +
            table(["Code", "Message", "Area"], rows[:45]))
    write_doc("error-codes-overview.md", "Error codes overview", "2026-09-08", body, "error")


# ------------------------------------------------------------------ releases
RELEASES = []  # (version, date)
import datetime


def second_tuesday(y, m):
    d = datetime.date(y, m, 8)
    while d.weekday() != 1:
        d += datetime.timedelta(days=1)
    return d


R2026 = {0: "2026-01-13", 1: "2026-02-10", 2: "2026-03-10", 3: "2026-04-14", 4: "2026-05-12", 5: "2026-06-09",
         6: "2026-07-14", 7: "2026-08-11", 8: "2026-09-08", 9: "2026-10-06", 10: "2026-11-10"}
PATCH2026 = {5: ["2026-06-23"], 6: ["2026-07-28"], 8: ["2026-09-22"], 9: ["2026-10-20"], 10: ["2026-11-17"],
             0: ["2026-01-27"], 2: ["2026-03-24", "2026-03-31"], 3: ["2026-04-28"]}

KEY_ITEMS = {
    "6.0.0": [("New", "Lohnwerk Me 3.0 with a redesigned document inbox and PIN-protected payslips."),
              ("New", "Payroll rules for 2026 for Germany, Austria and Switzerland are active for January payrolls."),
              ("Improved", "The payroll preview now compares each payslip with the previous month and highlights net changes above a threshold you set.")],
    "6.1.0": [("New", "Bulk edit supports effective-dated changes for up to 1,000 employees at once.")],
    "6.2.0": [("New", "Swissdec ELM 5.0 certification: salary data can be sent to all ELM recipients.")],
    "6.3.0": [("New", "Accounting export format LW-CSV v2 with cost centre splits, posting text and separate employer-cost lines. LW-CSV v1 remains available for now."),
              ("Improved", "Account mapping shows unmapped items before the export is created.")],
    "6.4.0": [("New", "Webhooks for absence.approved and employee.updated events.")],
    "6.5.0": [("New", "Four-eyes approval for payment files (Business and Enterprise).")],
    "6.6.0": [("New", "Company bank accounts can produce SEPA payment files in pain.001.001.09. The older pain.001.001.03 stays the default for now."),
              ("Improved", "Employee import accepts dates in DD.MM.YYYY as well as YYYY-MM-DD.")],
    "6.7.0": [("Changed", "New accounting connections can no longer select LW-CSV v1. The format has been deprecated since 3 August 2026 (warning LW-7002) and will be removed on 31 March 2027; switch to LW-CSV v2."),
              ("New", "Onboarding checklist marks payroll-critical tasks with a red dot.")],
    "6.8.0": [("Changed", "The API rate limit was raised from 600 to 1,000 requests per minute per company."),
              ("New", "Automatic eAU requests: Lohnwerk requests the electronic sick note on the fourth day of incapacity by default."),
              ("Improved", "Webhook deliveries show the response body of your endpoint in the delivery log.")],
    "6.9.0": [("New", "Data region ch-zrh-1 (Zürich) for Enterprise customers. Existing Enterprise customers can request a migration through support."),
              ("New", "French and Italian payslip texts for Swiss companies.")],
    "6.9.1": [("New", "Payroll rules 2027 for Germany, Austria and Switzerland are loaded and can be tested in the gross-to-net calculator. They apply to payroll periods from January 2027.")],
    "6.10.0": [("Changed", "New company bank accounts use pain.001.001.09 by default (since 1 November 2026). pain.001.001.03 can still be selected until 28 February 2027."),
               ("New", "Year-end checklist 2026 with links to all certificate and report tasks."),
               ("Improved", "Mini-job limit check uses the 2027 limit of €590 for periods from January 2027.")],
    "6.10.1": [("Fixed", "The payroll preview showed the wrong comparison month for four-weekly payroll groups."),
               ("Fixed", "Scheduled reports were sent twice when the schedule was edited on the same day.")],
    "6.8.1": [("Fixed", "Payroll runs that were paused during the incident of 17 September 2026 can now be finalised without recalculation."),
              ("Fixed", "eAU auto-requests were sent on the third instead of the fourth day for some part-time employees.")],
    "6.6.1": [("Fixed", "pain.001.001.09 files contained the wrong character encoding for umlauts in the creditor name.")],
    "6.5.1": [("Fixed", "Payment approval e-mails linked to the wrong company for users with access to several companies.")],
    "5.4.0": [("New", "eAU retrieval from the health insurance funds, with manual requests from the absence screen.")],
    "5.9.0": [("New", "Sandbox companies for training and testing (Team plan and above).")],
    "4.0.0": [("New", "Lohnwerk 4 with a new payroll calendar and filing deadlines per payroll group."), ("New", "Payroll rules for 2024 for Germany, Austria and Switzerland.")],
    "5.0.0": [("New", "New payroll engine with retro calculations up to 24 months."),
              ("New", "API v2 with cursor pagination and idempotency keys. API v1 remains available.")],
    "4.6.0": [("New", "Lohnwerk Me 2.0 with leave requests and change requests.")],
}

POOL = {
    "New": ["Custom fields can be shown to employees in Lohnwerk Me.", "The report builder offers {n} new fields for benefits and pension data.",
            "Holiday calendars support half days for Swiss cantons.", "Document templates can be duplicated including all language versions.",
            "Scheduled reports can be sent to distribution lists.", "Absence types can require a certificate from a configurable day.",
            "Users can pin favourite employees to the top of the employee list.", "Cost centre splits can be copied from another employee.",
            "Leave policies support monthly accrual for new hires.", "The audit log can be filtered by IP address.",
            "Payroll calendar export as iCal feed.", "New pay elements for the job ticket and internet allowance.",
            "Bulk document generation can send signature requests directly.", "Time tracking supports geofencing per workplace.",
            "Headcount report shows full-time equivalents per cost centre."],
    "Improved": ["The employee list loads up to {n}% faster for companies with more than 1,000 employees.",
                 "Monthly inputs can be pasted from Excel including empty cells.", "Clearer texts for rejected DEÜV notifications.",
                 "The payroll journal PDF now includes page totals.", "ELDA responses are matched to employees automatically.",
                 "Search in the pay element catalogue also finds payslip texts.", "The net-to-gross calculator shows all iteration steps.",
                 "Better keyboard navigation in the input grid.", "Lohnwerk Me shows the publishing date of each payslip.",
                 "Import validation reports can be downloaded as XLSX.", "The withholding tax settlement shows corrections of earlier months separately.",
                 "Faster PDF generation for payslips in large runs.", "Notifications can be bundled into a daily digest."],
    "Fixed": ["{err} was shown although the data was correct for employees with several contracts.",
              "The absence report counted half days as full days.", "Payslip PDFs cut off long cost centre names.",
              "{err} appeared after a successful re-import.", "Time zone issue in the payroll calendar for users outside CET.",
              "The headcount report ignored employees with an entry date on the reporting date.",
              "Column layouts in the employee list were not saved for some users.", "{err} message linked to the wrong help article.",
              "Rounding difference of one cent in split payments.", "Duplicate e-mail reminders for expiring work permits."],
}


def build_releases():
    rel = []
    for y, major in [(2024, 4), (2025, 5)]:
        for m in range(1, 13):
            d = second_tuesday(y, m).isoformat()
            rel.append((f"{major}.{m - 1}.0", d))
            r = rng(f"patch{major}.{m}")
            if r.random() < 0.45:
                pd = (second_tuesday(y, m) + datetime.timedelta(days=14)).isoformat()
                rel.append((f"{major}.{m - 1}.1", pd))
    for mi, d in R2026.items():
        rel.append((f"6.{mi}.0", d))
        for i, pd in enumerate(PATCH2026.get(mi, []), 1):
            rel.append((f"6.{mi}.{i}", pd))
    return rel


class _Pools:
    def __init__(self):
        r = rng("pools")
        explicit = {"data-region", "payment-approval", "sandbox-company", "eau-retrieval", "lohnwerk-me-change-requests", "leave-requests"}
        cand = [f for f in FEATS if f["slug"] not in explicit]
        r.shuffle(cand)
        self.new_feats = cand[:60]
        imp = [f for f in FEATS]
        r.shuffle(imp)
        self.imp_feats = imp
        errs = [e for e in ERRS if e["code"] not in {"LW-7002", "LW-7005", "LW-8007", "LW-8012", "LW-4007", "LW-4008", "LW-1005", "LW-6001"}]
        r.shuffle(errs)
        self.errs = errs
        fixf = list(FEATS)
        r.shuffle(fixf)
        self.fix_feats = fixf
        self.extra_new = list(POOL["New"])
        self.extra_imp = list(POOL["Improved"])
        r.shuffle(self.extra_new); r.shuffle(self.extra_imp)


IMP_PHRASES = ["loads faster for companies with many employees", "has new filter options", "shows clearer error messages",
               "supports keyboard shortcuts for the most common actions", "can be exported to XLSX", "remembers your last selection",
               "shows who changed an entry and when", "works better on small screens"]
FIX_FEAT_PHRASES = ["a display error in the German interface was fixed", "saving no longer fails when a field contains an apostrophe",
                    "the page no longer shows an empty state after a reload", "sorting by date works correctly again",
                    "tooltips are shown in the user's interface language again"]
_P = None


def release_doc(ver, date):
    global _P
    if _P is None:
        _P = _Pools()
    r = rng("rel" + ver)
    items = list(KEY_ITEMS.get(ver, []))
    is_patch = not ver.endswith(".0")
    major = int(ver.split(".")[0])

    def fix_item():
        if _P.errs and r.random() < 0.6:
            e = _P.errs.pop()
            return ("Fixed", f"{e['code']} ({e['msg']}) was shown in some cases although the data was correct.")
        f = _P.fix_feats.pop()
        return ("Fixed", f"{f['name']}: {r.choice(FIX_FEAT_PHRASES)}.")

    if is_patch:
        n = r.randint(2, 3) - len(items)
        for _ in range(max(n, 1)):
            items.append(fix_item())
    else:
        if major < 6 and _P.new_feats:
            for _ in range(r.randint(1, 3)):
                if _P.new_feats:
                    f = _P.new_feats.pop()
                    items.append(("New", f"New screen **{f['name']}** ({f['path']}): it {f['purpose']}."))
        elif _P.extra_new:
            items.append(("New", _P.extra_new.pop()))
        for _ in range(r.randint(1, 2)):
            if _P.extra_imp and r.random() < 0.4:
                items.append(("Improved", _P.extra_imp.pop().format(n=r.randint(20, 60))))
            else:
                f = _P.imp_feats.pop()
                items.append(("Improved", f"The screen {f['name']} {r.choice(IMP_PHRASES)}."))
        for _ in range(r.randint(1, 3)):
            items.append(fix_item())
    seen = set()
    items = [i for i in items if not (i[1] in seen or seen.add(i[1]))]
    parts = []
    intro = r.choice([
        f"Lohnwerk {ver} was released on {long_date(date)}.",
        f"Release {ver} is live for all customers since {long_date(date)}.",
        f"Version {ver} ({long_date(date)}) " + ("is a maintenance release." if is_patch else "brings the changes listed below."),
    ])
    parts += [intro, ""]
    if is_patch:
        parts += [r.choice(["This patch release contains fixes only. No action is required from admins, and no settings change.",
                            "This is a maintenance release with bug fixes. You do not need to do anything; the update is installed automatically for all companies.",
                            "Patch releases contain fixes only. They are installed automatically without downtime, and no admin action is needed."]), ""]
        parts += ["## Known issues", r.choice(["No known issues are open for this version.",
                                               "There are no known issues for this version at the time of publication.",
                                               "None known. Report problems to support with the version number shown in the help menu."]), ""]
    tpl = r.randint(1, 2)
    order = ["New", "Changed", "Improved", "Fixed"]
    if tpl == 1:
        for cat in order:
            sel = [t for c, t in items if c == cat]
            if sel:
                parts += [f"## {cat}", bullets(sel), ""]
    else:
        parts += [table(["Type", "Change"], [(c, t) for cat in order for c, t in items if c == cat]), ""]
    if any(c == "Changed" for c, _ in items):
        parts += ["## Action for admins", "Please read the *Changed* items above; they can affect existing settings or integrations.", ""]
    parts += ["You can see the version your company runs in the help menu (question mark icon) under *About Lohnwerk*.", ""]
    parts += [r.choice(["Rollout: changes are active for all companies within 24 hours of the release date.",
                        "The release was rolled out during the maintenance window on the Sunday before the release date.",
                        "Questions about this release? Contact support or read the related help articles."])]
    return "\n".join(parts)


def gen_releases():
    rel = build_releases()
    RELEASES.extend(rel)
    for ver, d in rel:
        write_doc(f"release-notes-{ver.replace('.', '-')}.md", f"Release notes {ver}", d, release_doc(ver, d),
                  "release", datekey="Date")
    # index
    rows = [(v, long_date(d)) for v, d in rel if v.startswith("6.")]
    body = ("Lohnwerk ships a minor release every month, usually on the second Tuesday, and patch releases when needed. "
            "The current version is **6.10.1** (17 November 2026).\n\n## Releases in 2026\n\n" + table(["Version", "Release date"], rows) +
            "\n\nOlder release notes (4.x from 2024 and 5.x from 2025) remain available in the help centre under their version number.")
    write_doc("release-notes-index.md", "Release notes: index and release schedule", "2026-11-17", body, "release")


if __name__ == "__main__":
    print(len(FEATS), len(ERRS))

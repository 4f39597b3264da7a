"""Payroll rule pages (DE/AT/CH by year and topic), regional pages, tax-table notes, health funds."""
from lib import *
from facts import *


def pct(s):
    return float(s.rstrip("%").replace(",", ""))


def eur(x):
    return f"€{x:,.2f}"


def chf(x):
    return f"CHF {x:,.2f}"


def rule_date(country, year, topic):
    if year == 2027:
        return {"de": DE_NOTICE_2027, "at": AT_NOTICE_2027, "ch": CH_NOTICE_2027}[country]
    r = rng(f"rd{country}{topic}")
    return f"2025-12-{r.randint(2, 19):02d}"


def footer(r, country, year):
    other = year - 1 if year == 2027 else year + 1
    cname = {"de": "Germany", "at": "Austria", "ch": "Switzerland"}[country]
    lines = [
        f"Lohnwerk applies these values automatically to payroll periods in {year}. You do not need to change any setting.",
        f"The values are part of the Lohnwerk rule tables for {cname} {year} and are used by the payroll run and the gross-to-net calculator.",
        f"Payroll periods in {year} use these values automatically; retro corrections into {year - 1} still use the {year - 1} values.",
    ]
    return r.choice(lines) + f" For the {other} values see the corresponding page for {other}."


# ---------------------------------------------------------------- Germany topics
def de_pension(y, v, r):
    rate = pct(v["rv"])
    g = 4000
    tot = g * rate / 100
    body = [f"The contribution rate for the statutory pension insurance (Rentenversicherung) in {y} is **{v['rv']}** of gross earnings. "
            f"Employer and employee each pay half, i.e. {rate / 2:.2f}%.".replace(".00%", "%"), "",
            "## Key figures", table(["Item", f"Value {y}"], [
                ("Contribution rate", v["rv"]), ("Employee share", f"{rate / 2:.2f}%"), ("Employer share", f"{rate / 2:.2f}%"),
                ("Contribution assessment ceiling (monthly)", v["bbg_rv"])]), "",
            "## Example", f"For a monthly gross salary of {eur(g)} the total contribution is {eur(tot)}, "
                          f"of which the employee pays {eur(tot / 2)} and the employer {eur(tot / 2)}.", "",
            "## Special cases", bullets([
                "Mini-jobs: the employer pays a flat-rate contribution; employees pay the difference unless they opted out.",
                "Transition zone: the employee share is calculated on a reduced base.",
                "Earnings above the ceiling are contribution-free for pension and unemployment insurance."])]
    return "\n".join(body)


def de_unemployment(y, v, r):
    rate = pct(v["alv"])
    return "\n".join([
        f"In {y} the unemployment insurance (Arbeitslosenversicherung) rate is **{v['alv']}**, split equally: {rate / 2:.1f}% employee, {rate / 2:.1f}% employer.",
        "", "Contributions are due on earnings up to the pension contribution ceiling of "
        f"**{v['bbg_rv']} per month**.", "",
        "## Who is exempt", bullets(["Employees who reached the standard retirement age (employer share still due in some cases)",
                                    "Mini-job employees", "Working students during the semester"]), "",
        "## In Lohnwerk", "The contribution group key's third digit controls unemployment insurance. Digit 1 means full contribution, 0 means none, 2 means half (employer only)."])


def de_health(y, v, r):
    return "\n".join([
        f"The general contribution rate of the statutory health insurance in {y} is **{v['kv']}**, shared equally by employer and employee. "
        f"On top, each fund charges a supplementary contribution (Zusatzbeitrag). The average supplementary contribution published for {y} is **{v['kv_zusatz']}**.",
        "", table(["Item", f"{y}"], [("General rate", v["kv"]), ("Reduced rate (no sick pay entitlement)", "14.0%"),
                                     ("Average supplementary contribution", v["kv_zusatz"]),
                                     ("Contribution assessment ceiling (monthly)", v["bbg_kv"]),
                                     ("Compulsory insurance limit (annual)", v["jaeg"])]), "",
        "## Which supplementary rate is used?", "Lohnwerk uses the supplementary rate of the employee's own fund, not the average. "
        "The average is used for mini-jobs in the transition zone calculation and for privately insured employees' employer subsidy. "
        "The fund-specific rates are on the page of each health insurance fund.", "",
        "## Employer subsidy for privately insured employees", f"The maximum subsidy is based on half of the general rate plus half of the average supplementary contribution, applied to the ceiling of {v['bbg_kv']}."])


def de_care(y, v, r):
    rate = pct(v["pv"])
    return "\n".join([
        f"Long-term care insurance (Pflegeversicherung) in {y}: the contribution rate is **{v['pv']}**. "
        f"Childless employees aged 23 or older pay a surcharge of **{v['pv_childless']}** alone. "
        f"Parents with two or more children under 25 get a reduction of {v['pv_child_reduction']} per child from the second to the fifth child.",
        "", "## Shares", table(["Case", "Employee", "Employer"], [
            ("Standard (one child or child under 25)", f"{rate / 2:.2f}%", f"{rate / 2:.2f}%"),
            ("Childless, 23+", f"{rate / 2 + pct(v['pv_childless']):.2f}%", f"{rate / 2:.2f}%"),
            ("Saxony (employee pays +0.5 pp)", f"{rate / 2 + 0.5:.2f}%", f"{rate / 2 - 0.5:.2f}%")]), "",
        "## What Lohnwerk needs", bullets(["Parent status in the social insurance tab", "Birth dates of children in the Family tab",
                                         "Proof received flag for each child"]), "",
        "If the parent status is empty, Lohnwerk assumes the employee is childless and applies the surcharge. "
        "Corrections are applied retroactively for up to 24 months."])


def de_ceilings(y, v, r):
    return "\n".join([
        f"The contribution assessment ceilings (Beitragsbemessungsgrenzen) cap the earnings on which social insurance contributions are charged. Values for {y}:",
        "", table(["Ceiling", "Monthly", "Annual"], [
            ("Pension and unemployment insurance", v["bbg_rv"], "€" + f"{int(v['bbg_rv'][1:].replace(',', '')) * 12:,}"),
            ("Health and care insurance", v["bbg_kv"], "€" + f"{int(v['bbg_kv'][1:].replace(',', '')) * 12:,}"),
            ("Compulsory health insurance limit (JAEG)", "–", v["jaeg"])]), "",
        "Germany uses one nationwide value for the pension ceiling. Employees whose regular annual earnings exceed the compulsory insurance limit may leave the statutory health insurance at the end of the year.",
        "", "## One-off payments", "For one-off payments Lohnwerk uses the pro-rata annual ceiling (the monthly ceiling times the months of employment in the year, minus earnings already charged)."])


def de_minijob(y, v, r):
    return "\n".join([
        f"In {y} the earnings limit for mini-jobs (geringfügig entlohnte Beschäftigung) is **{v['minijob']} per month**. "
        "The limit is tied to the minimum wage and a 10-hour week, so it changes when the minimum wage changes.",
        "", "## Flat-rate contributions paid by the employer", table(["Contribution", "Rate"], [
            ("Health insurance (if statutorily insured)", "13%"), ("Pension insurance", "15%"), ("Flat-rate tax (optional)", "2%"),
            ("U1/U2 levies and insolvency levy", f"U1 1.1%, U2 0.22%, U3 {v['u3']}")]), "",
        "Employees pay the difference to the full pension rate unless they applied for an exemption.", "",
        "## Occasional excess", "An unforeseeable excess of the limit is allowed in up to two months per year. Lohnwerk shows warning LW-2024 when regular earnings exceed the limit.",
        "", f"The statutory minimum wage in {y} is {v['min_wage']} per hour; see the minimum wage page."])


def de_midijob(y, v, r):
    return "\n".join([
        f"The transition zone (Übergangsbereich, 'Midijob') in {y} covers monthly earnings from above {v['minijob']} up to **{v['midijob_upper']}**. "
        "In this range employees pay reduced social insurance contributions calculated on a reduced base, while their pension entitlement is based on full earnings.",
        "", table(["Boundary", f"{y}"], [("Lower boundary (mini-job limit)", v["minijob"]), ("Upper boundary", v["midijob_upper"])]), "",
        "## In Lohnwerk", "The transition zone flag is set automatically every month from the actual earnings. You cannot set it manually, but you can see the reduced base in the payslip drill-down.",
        "", "## Several jobs", "Earnings from all jobs are added up to decide whether the transition zone applies. Keep the multiple employment data current."])


def de_u3(y, v, r):
    return "\n".join([
        f"The insolvency levy (Insolvenzgeldumlage, U3) is **{v['u3']}** in {y}. It is paid by the employer alone on earnings up to the pension ceiling ({v['bbg_rv']} per month).",
        "", "Private households and public employers are exempt. Lohnwerk calculates the levy per employee and reports it in the contribution statement of each fund.",
        "", "## Related levies", bullets(["U1: sick pay levy, rate depends on the fund and the reimbursement rate you choose",
                                         "U2: maternity levy, rate depends on the fund"])])


def de_soli(y, v, r):
    return "\n".join([
        f"The solidarity surcharge is 5.5% of the income tax but only applies above an exemption threshold. For {y} the annual exemption threshold "
        f"(on the assessed income tax) is **{v['soli_free']}** for single assessment and double that for joint assessment.",
        "", "In the monthly payroll Lohnwerk converts the threshold to the wage tax of the period and applies the phase-in zone above it, so most employees pay no solidarity surcharge.",
        "", "## Church tax is different", "Church tax is charged on the full wage tax without exemption threshold (8% in Bavaria and Baden-Württemberg, 9% elsewhere)."])


def de_min_wage(y, v, r):
    return "\n".join([
        f"The statutory minimum wage in Germany in {y} is **{v['min_wage']} gross per hour**.",
        "", "## How Lohnwerk checks it", "During the payroll preview Lohnwerk divides the fixed pay by the contractual hours of the month and warns if the result is below the minimum wage. "
        "Overtime accounts are taken into account only if the time tracking add-on is used.",
        "", "## Exceptions", bullets(["Apprentices (separate minimum training allowance)", "Interns in mandatory internships",
                                       "Under-18s without vocational qualification"]),
        "", f"The mini-job limit of {y} ({v['minijob']}) is derived from the minimum wage."])


def de_meals(y, v, r):
    return "\n".join([
        f"Meals provided by the employer are valued with official benefit values (Sachbezugswerte). For {y}:",
        "", table(["Meal", "Value per meal"], [("Breakfast", v["meal_breakfast"]), ("Lunch or dinner", v["meal_lunch"])]), "",
        "If the employee pays at least this amount, no taxable benefit arises. Meal vouchers up to the official value plus €3.10 are also valued at the official value.",
        "", "## In Lohnwerk", "Enter the number of meals in Monthly inputs with pay element 3120 (lunch) or 3110 (breakfast). Lohnwerk calculates the benefit and the optional flat-rate tax of 25%."])


def de_travel(y, v, r):
    return "\n".join([
        f"Per diems (Verpflegungsmehraufwand) for business trips within Germany in {y}:",
        "", table(["Absence", "Per diem"], [("More than 8 hours (no overnight stay)", v["per_diem_8h"]), ("Arrival/departure day of a multi-day trip", v["per_diem_8h"]),
                                           ("Full 24 hours", v["per_diem_24h"])]), "",
        f"Mileage for business trips with a private car: **{v['mileage']} per km**. Meals provided during the trip reduce the per diem (20% for breakfast, 40% for lunch or dinner, based on the 24-hour rate).",
        "", "Travel expenses are entered in Payroll > Inputs > Expenses or imported from a travel expense integration."])


def de_company_car(y, v, r):
    return "\n".join([
        f"The private use of a company car is taxed monthly with 1% of the gross list price (flat-rate method) plus 0.03% per km of the commuting distance. Rules in {y}:",
        "", table(["Drive type", "Share of list price"], [("Combustion engine", "1%"), ("Plug-in hybrid (meets criteria)", "0.5%"),
                                                          (f"Electric car, list price up to {v['ev_price_cap']}", "0.25%"),
                                                          (f"Electric car, list price above {v['ev_price_cap']}", "0.5%")]), "",
        "The list price is rounded down to full hundreds. Employee payments for the car reduce the benefit.",
        "", "## Logbook method", "If the employee keeps a proper logbook, enter the private share and the total cost instead; Lohnwerk then calculates the actual benefit."])


def de_sachbezug(y, v, r):
    return "\n".join([
        f"Benefits in kind, such as vouchers or prepaid cards, are tax-free up to **{v['sachbezug']} per month** in {y} if they meet the legal requirements.",
        "", "## Rules", bullets(["The limit is monthly; unused amounts cannot be carried over.",
                                  "If the limit is exceeded by even one cent, the whole benefit is taxable.",
                                  "Cash payments and cash-like reimbursements do not qualify."]),
        "", "Lohnwerk shows warning LW-3014 when the limit is exceeded. Use pay element 3200 (voucher) so the check works."])


def de_church(y, v, r):
    return "\n".join([
        f"Church tax (Kirchensteuer) in {y} is 8% of the wage tax in Bavaria and Baden-Württemberg and 9% in all other states. The state of the workplace (Betriebsstätte) decides, not the employee's residence.",
        "", "## Denomination codes", "Lohnwerk receives the denomination from ELStAM (e.g. rk, ev, ak). When church tax applies and flat-rate taxation is used, the reduced flat church tax rate of the state applies.",
        "", "State-specific details are on the state pages (for example 'Kirchensteuer und Feiertage in Bayern')."])


def de_ksk(y, v, r):
    return "\n".join([
        f"Companies that regularly commission artists or writers pay the artists' social insurance levy (Künstlersozialabgabe). The rate in {y} is **{v['ksk']}** of the fees paid.",
        "", "Lohnwerk does not calculate the levy automatically because fees are usually paid through accounts payable. The report builder contains a template 'Artist fees' to collect payments booked to the corresponding pay elements.",
        "", "The annual declaration is due by 31 March of the following year."])


def de_trainees(y, v, r):
    return "\n".join([
        f"For trainees with a monthly training allowance of up to **€325** the employer pays the full social insurance contribution (low-earner limit, Geringverdienergrenze) in {y}.",
        "", "## What changes in Lohnwerk", bullets(["Set the contract type to Apprentice.", "Lohnwerk checks the allowance every month.",
                                                  "If a one-off payment pushes the allowance above €325, the employee pays the share on the excess only."]),
        "", f"The contribution rates themselves are those of {y} (pension {v['rv']}, unemployment {v['alv']}, care {v['pv']})."])


def de_working_students(y, v, r):
    return "\n".join([
        f"Working students (Werkstudierende) are exempt from health, care and unemployment insurance in {y} if they work no more than 20 hours per week during the lecture period. "
        f"They pay pension insurance at the normal rate of {v['rv']}.",
        "", "## Documents needed", bullets(["Enrolment certificate for each semester", "Semester dates (lecture period and breaks)"]),
        "", "During semester breaks the 20-hour limit does not apply. Lohnwerk checks the weekly hours from the contract and the time tracking data and shows warning LW-2020 if the certificate is missing."])


DE_TOPICS = [
    ("pension-insurance", "Pension insurance contribution rate", de_pension),
    ("unemployment-insurance", "Unemployment insurance", de_unemployment),
    ("health-insurance", "Health insurance rates", de_health),
    ("care-insurance", "Long-term care insurance", de_care),
    ("contribution-ceilings", "Contribution assessment ceilings", de_ceilings),
    ("mini-jobs", "Mini-jobs", de_minijob),
    ("transition-zone", "Transition zone (Midijob)", de_midijob),
    ("insolvency-levy", "Insolvency levy (U3)", de_u3),
    ("solidarity-surcharge", "Solidarity surcharge", de_soli),
    ("minimum-wage", "Minimum wage", de_min_wage),
    ("meal-benefits", "Meal benefit values", de_meals),
    ("travel-expenses", "Travel expenses and per diems", de_travel),
    ("company-car", "Company car benefit", de_company_car),
    ("benefits-in-kind", "Tax-free benefits in kind", de_sachbezug),
    ("church-tax", "Church tax", de_church),
    ("artists-social-levy", "Artists' social insurance levy", de_ksk),
    ("trainees", "Trainees and the low-earner limit", de_trainees),
    ("working-students", "Working students", de_working_students),
]


# ---------------------------------------------------------------- Austria topics
def at_ceilings(y, v, r):
    return "\n".join([f"Austrian social insurance contributions are charged up to the maximum contribution base (Höchstbeitragsgrundlage). Values for {y}:",
                      "", table(["Item", f"{y}"], [("Monthly maximum contribution base", v["hbgl"]),
                                                  ("Annual maximum for special payments (13th/14th salary)", v["hbgl_sz"]),
                                                  ("Marginal employment limit (monthly)", v["gfg"])]), "",
                      "Lohnwerk caps the contribution base automatically and shows information LW-3016 when special payments exceed the annual ceiling."])


def at_marginal(y, v, r):
    return "\n".join([f"Employees whose monthly earnings do not exceed **{v['gfg']}** in {y} are marginally employed (geringfügig beschäftigt). "
                      "They are only insured for accident insurance; the employer pays accident insurance of "
                      f"{v['uv']}.", "",
                      "## Employer levy", "If the total earnings of all marginal employees exceed one and a half times the limit, the employer pays an additional flat-rate levy (Dienstgeberabgabe) of 16.4% annually.",
                      "", "## In Lohnwerk", "Set the Marginal employment flag in the Austrian social insurance tab. Lohnwerk shows warning LW-5009 if earnings exceed the limit."])


def at_rates(y, v, r):
    return "\n".join([f"Contribution rates for salaried employees (contribution group D1) in {y}:", "",
                      table(["Part", "Employee", "Employer"], [("Total social insurance (incl. health, pension, unemployment, accident)", v["an_sv"], v["dg_sv"]),
                                                            ("Accident insurance (included above)", "0%", v["uv"]),
                                                            ("Employee pension fund (MV-Kasse)", "0%", v["mvk"])]), "",
                      "Employees with low income pay reduced unemployment insurance. Lohnwerk applies the reduction levels automatically.",
                      "", "The employer rate does not include DB, DZ and municipal tax, which are separate employer levies."])


def at_db(y, v, r):
    return "\n".join([f"The employer contribution to the family burden equalisation fund (Dienstgeberbeitrag zum FLAF, DB) in {y} is **{v['db_flaf']}** of the gross payroll.",
                      "", "The chamber surcharge (Zuschlag zum DB, DZ) depends on the federal state of the permanent establishment; see the state pages. "
                      "DB and DZ are due on the 15th of the following month.", "",
                      "Earnings of employees aged 60 or older are exempt from DB and DZ."])


def at_kommst(y, v, r):
    return "\n".join([f"Municipal tax (Kommunalsteuer) in {y} is **{v['kommst']}** of the gross payroll per municipality where the employer has a permanent establishment.",
                      "", "Monthly payments are due on the 15th of the following month; the annual return is due by 31 March.",
                      "", "## In Lohnwerk", "Each workplace needs a municipality code. Employees working in several municipalities can be split by percentage."])


def at_mvk(y, v, r):
    return "\n".join([f"The employer pays **{v['mvk']}** of the monthly gross pay including special payments into the employee pension fund (MV-Kasse) in {y}. "
                      "The contribution starts after the first month of employment.", "",
                      "Lohnwerk includes the contribution in the mBGM. The employer must have a contract with one MV-Kasse for all employees."])


def at_ubahn(y, v, r):
    return "\n".join([f"Employers with workplaces in Vienna pay the Vienna employer levy (Dienstgeberabgabe, 'U-Bahn-Steuer') of **{v['u_bahn']} per employee and started week** in {y}.",
                      "", "Employees aged over 55 and marginal employees are exempt. The levy is due on the 15th of the following month.",
                      "", "Lohnwerk calculates the levy automatically for workplaces with the Vienna holiday calendar (AT-9)."])


def at_travel(y, v, r):
    return "\n".join([f"Tax-free travel allowances in Austria in {y}:", "",
                      table(["Allowance", f"{y}"], [("Daily allowance (Taggeld), more than 11 hours", v["taggeld"]),
                                                   ("Overnight allowance (Nächtigungsgeld) without receipt", v["nachtgeld"]),
                                                   ("Mileage (Kilometergeld) per km", v["km"])]), "",
                      "For trips of 3 to 11 hours, one twelfth of the daily allowance is paid per started hour."])


def at_special(y, v, r):
    return "\n".join([f"Special payments (13th and 14th salary) in Austria are taxed at reduced rates within the annual sixth (Jahressechstel). In {y} the first €620 are tax-free; "
                      "the amount above is taxed at 6% up to €25,000.", "",
                      f"Social insurance on special payments is charged up to the annual ceiling of {v['hbgl_sz']}.",
                      "", "Lohnwerk calculates the Jahressechstel from the regular pay of the year and prorates it for entries and exits."])


def at_brackets(y, v, r):
    rows = []
    lower = "€0"
    for upper, rate in v["brackets"]:
        rows.append((f"{lower} – {upper}" if upper != "above" else f"above {lower}", rate))
        lower = upper
    return "\n".join([f"Income tax brackets for Austria in {y} (annual taxable income). Lohnwerk converts them to monthly values for payroll.", "",
                      table(["Annual taxable income", "Marginal rate"], rows), "",
                      "The brackets are indexed every year for inflation. Special payments within the annual sixth are taxed separately."])


def at_overtime(y, v, r):
    return "\n".join([f"In {y} overtime surcharges for the first 18 overtime hours per month are tax-free up to €120 per month. "
                      "Surcharges for Sunday, holiday and night work are tax-free up to €400 per month.", "",
                      "Lohnwerk uses pay element 2420 for tax-free overtime surcharges and fills in the tax-free part automatically."])


def at_commuter(y, v, r):
    return "\n".join([f"The commuter allowance (Pendlerpauschale) and the commuter euro (Pendlereuro) are granted in {y} based on the employee's L34 declaration.",
                      "", "The allowance depends on distance and whether public transport is reasonable (small or large allowance). Lohnwerk reads the values from the L34 entered in the Austrian tax tab and shows warning LW-5006 if the form is missing."])


AT_TOPICS = [
    ("contribution-ceilings", "Contribution ceilings", at_ceilings),
    ("marginal-employment", "Marginal employment", at_marginal),
    ("social-insurance-rates", "Social insurance rates", at_rates),
    ("db-flaf", "Employer contribution DB (FLAF)", at_db),
    ("municipal-tax", "Municipal tax", at_kommst),
    ("mv-kasse", "Employee pension fund (MV-Kasse)", at_mvk),
    ("vienna-employer-levy", "Vienna employer levy", at_ubahn),
    ("travel-allowances", "Travel allowances", at_travel),
    ("special-payments", "Special payments", at_special),
    ("income-tax-brackets", "Income tax brackets", at_brackets),
    ("overtime-surcharges", "Tax-free overtime surcharges", at_overtime),
    ("commuter-allowance", "Commuter allowance", at_commuter),
]


# ---------------------------------------------------------------- Switzerland topics
def ch_ahv(y, v, r):
    return "\n".join([f"The AHV/IV/EO contribution rate in {y} is **{v['ahv']}** of the AHV-liable salary, paid half by the employee ({v['ahv_half']}) and half by the employer ({v['ahv_half']}). There is no upper limit.",
                      "", "## Employees past the reference age", f"Working employees who have reached the reference age keep paying AHV, but a monthly allowance of {v['ahv_retiree_free']} is deducted from the salary first.",
                      "", "## Administrative costs", "Your compensation office charges administrative costs on top; enter the percentage in the company settings."])


def ch_alv(y, v, r):
    return "\n".join([f"Unemployment insurance (ALV) in {y}: **{v['alv']}** of the salary up to {v['alv_ceiling']} per year ({v['alv_half']} employee, {v['alv_half']} employer). "
                      f"The solidarity contribution on salaries above the ceiling is {v['alv_solidarity']}.",
                      "", "Lohnwerk applies the ceiling cumulatively over the year, so high earners may stop paying ALV in later months."])


def ch_uvg(y, v, r):
    return "\n".join([f"The maximum insured salary for accident insurance (UVG) in {y} is **{v['uvg_max']}** per year. Premiums for occupational accidents are paid by the employer; non-occupational accident premiums are usually deducted from employees working at least 8 hours per week.",
                      "", "Premium rates depend on your insurance policy and the UVG code of each employee. Salaries above the maximum are reported separately for supplementary insurance (UVG-Z)."])


def ch_bvg(y, v, r):
    return "\n".join([f"Occupational pension (BVG) thresholds for {y}:", "",
                      table(["Threshold", f"{y} (annual)"], [("Entry threshold", v["bvg_entry"]), ("Coordination deduction", v["bvg_coord"]),
                                                             ("Upper limit of insured salary", v["bvg_upper"]), ("Minimum coordinated salary", v["bvg_min_coord"])]), "",
                      "Employees whose annual salary is below the entry threshold are not insured under the mandatory BVG (information LW-6004). Pension funds may insure more than the minimum; Lohnwerk uses the plan assigned to the employee."])


def ch_fak(y, v, r):
    return "\n".join([f"Family allowances in Switzerland are set by the cantons but may not be lower than the federal minimum. Federal minimum in {y}:", "",
                      table(["Allowance", "Minimum per month"], [("Child allowance (up to 16)", v["fak_min_child"]),
                                                                 ("Education allowance (16 to 25, in education)", v["fak_min_edu"])]), "",
                      "The canton of the workplace decides which amounts apply. See the canton pages for the exact values."])


def ch_qst(y, v, r):
    return "\n".join([f"Swiss withholding tax (Quellensteuer) applies in {y} to foreign employees without a permanent residence permit (C) and to cross-border commuters. "
                      "The employer deducts the tax using the tariff of the relevant canton and keeps a collection commission.", "",
                      "## Main tariff codes", table(["Code", "Used for"], [("A", "Single persons"), ("B", "Married, sole earner"), ("C", "Married, dual earners"),
                                                                         ("D", "Secondary employment"), ("H", "Single parents"),
                                                                         ("L/M/N/P/Q", "Cross-border commuters from Germany")]), "",
                      "The number after the letter is the number of children; the final Y or N marks church tax.",
                      "", "Deadlines and commission rates differ by canton; see the withholding tax page of each canton."])


def ch_13th(y, v, r):
    return "\n".join([f"A 13th month salary is common in Switzerland but not required by law. In {y} Lohnwerk supports payment in December, in two halves (June and December) or as monthly accrual.",
                      "", f"The 13th salary is subject to AHV ({v['ahv']}), ALV and BVG like regular salary. For employees leaving during the year, Lohnwerk prorates it by days of employment."])


def ch_expenses(y, v, r):
    return "\n".join([f"Expense allowances in {y} are tax- and contribution-free if they cover actual business costs. Flat-rate expenses require an expense regulation approved by the canton.",
                      "", "Approved regulations are mentioned in box 15 of the salary certificate (Lohnausweis). Lohnwerk prints the remark automatically if the regulation is stored in the company settings."])


CH_TOPICS = [
    ("ahv-iv-eo", "AHV/IV/EO contributions", ch_ahv),
    ("unemployment-insurance-alv", "Unemployment insurance (ALV)", ch_alv),
    ("accident-insurance-uvg", "Accident insurance (UVG)", ch_uvg),
    ("bvg-thresholds", "Occupational pension (BVG) thresholds", ch_bvg),
    ("family-allowances", "Family allowances: federal minimum", ch_fak),
    ("withholding-tax", "Withholding tax basics", ch_qst),
    ("13th-salary", "13th month salary", ch_13th),
    ("expenses", "Expense allowances", ch_expenses),
]


def gen_topics():
    for cc, topics, data, cname in [("de", DE_TOPICS, DE, "Germany"), ("at", AT_TOPICS, AT, "Austria"),
                                    ("ch", CH_TOPICS, CH, "Switzerland")]:
        for slug, title, fn in topics:
            for y in (2026, 2027):
                r = rng(f"{cc}{slug}{y}")
                body = fn(y, data[y], r)
                if y == 2027:
                    body = (r.choice([f"These values apply from 1 January {y}. They were published on {long_date(rule_date(cc, y, slug))}.",
                                      f"New for {y}: the values below replace the {y - 1} values for payroll periods from January {y}."]) +
                            "\n\n" + body)
                body += "\n\n" + footer(r, cc, y)
                others = [t for t in topics if t[0] != slug]
                r.shuffle(others)
                notice = {"de": "Notice: Germany 2027 social insurance values", "at": "Notice: Austria 2027 values", "ch": "Notice: Switzerland 2027 values"}[cc]
                body += "\n\n## Related pages\n" + bullets([f"{cname} {y}: {t[1]}" for t in others[:3]] + ([notice] if y == 2027 else []))
                write_doc(f"rule-{cc}-{y}-{slug}.md", f"{cname} {y}: {title}", rule_date(cc, y, slug), body, "rule")


# ---------------------------------------------------------------- regional pages
def gen_states():
    for code, name, kist, hol, key in DE_STATES:
        r = rng("state" + code)
        extra = ""
        if code == "sn":
            extra = "\n## Besonderheit Pflegeversicherung\nIn Sachsen tragen Beschäftigte 0,5 Prozentpunkte mehr vom Beitrag zur Pflegeversicherung als der Arbeitgeber. Lohnwerk berücksichtigt das automatisch für Betriebsstätten in Sachsen.\n"
        if code == "by":
            extra = "\n## Mariä Himmelfahrt\nDer 15. August ist nur in Gemeinden mit überwiegend katholischer Bevölkerung Feiertag. Wählen Sie im Feiertagskalender die Variante DE-BY-K für diese Gemeinden.\n"
        body = "\n".join([
            r.choice([f"Diese Seite fasst zusammen, was für Betriebsstätten in {name} in Lohnwerk gilt.",
                      f"Für Arbeitsorte in {name} verwendet Lohnwerk den Feiertagskalender **{key}**."]),
            "", "## Kirchensteuer", f"Der Kirchensteuersatz in {name} beträgt **{kist}** der Lohnsteuer. Maßgeblich ist das Bundesland der Betriebsstätte, nicht der Wohnort.",
            "", "## Landesspezifische Feiertage", "Zusätzlich zu den bundesweiten Feiertagen gelten:", bullets(hol),
            "", "## Einstellungen in Lohnwerk", bullets([f"Feiertagskalender: {key}", "Kirchensteuer: automatisch aus ELStAM",
                                                      "Pauschale Kirchensteuer: reduzierter Landessatz bei Pauschalierung"]),
            extra,
            "## Hinweise zur Abrechnung", "Feiertage wirken sich auf Sollstunden, Urlaubsberechnung und steuerfreie Feiertagszuschläge aus. Arbeiten Beschäftigte an mehreren Standorten, gilt der Kalender der Betriebsstätte, der sie zugeordnet sind.",
            "", "Siehe auch: Germany 2026: Church tax, Public holiday calendars."])
        write_doc(f"de-state-{slugify(name)}.md", f"Kirchensteuer und Feiertage in {name}", f"2025-11-{r.randint(3, 27):02d}", body, "regional")
    for code, name, dz26, dz27, patron, key in AT_STATES:
        r = rng("atstate" + code)
        changed = f" Ab 2027 beträgt der DZ **{dz27}**." if dz27 != dz26 else " Der Satz bleibt 2027 unverändert."
        extra = "\n## Wiener Dienstgeberabgabe\nFür Betriebsstätten in Wien fällt zusätzlich die Dienstgeberabgabe (U-Bahn-Steuer) von €2,00 pro Beschäftigtem und angefangener Woche an.\n" if code == "w" else ""
        body = "\n".join([
            f"Für Betriebsstätten in {name} ({key}) gelten in Lohnwerk folgende landesspezifische Werte.", "",
            "## Zuschlag zum Dienstgeberbeitrag (DZ)", f"Der DZ in {name} beträgt 2026 **{dz26}** der Beitragsgrundlage.{changed}",
            "", "## Weitere Abgaben", bullets(["Dienstgeberbeitrag (DB): 3,7 % bundesweit", "Kommunalsteuer: 3 % je Gemeinde",
                                              "Wohnbauförderungsbeitrag: 1 % (je 0,5 % Arbeitgeber und Arbeitnehmer), in den SV-Sätzen enthalten"]),
            extra,
            "## Landespatron", f"Der Landesfeiertag ist {patron}. Er ist kein gesetzlicher Feiertag; viele Kollektivverträge gewähren aber Freizeit. Im Feiertagskalender {key} ist er als optionaler Tag hinterlegt.",
            "", "Siehe auch: DB and DZ payments, Austria 2027: Employer contribution DB (FLAF)."])
        d = AT_NOTICE_2027 if dz27 != dz26 else f"2025-12-{r.randint(3, 20):02d}"
        write_doc(f"at-state-{slugify(name)}.md", f"Landesspezifische Werte: {name}", d, body, "regional")
    for code, name, lang, c26, e26, c27, e27, fak, qdays, model in CH_CANTONS:
        r = rng("canton" + code)
        changed = (c26 != c27 or e26 != e27)
        body = "\n".join([
            r.choice([f"Family allowances for employees working in the canton of {name} (CH-{code.upper()}).",
                      f"This page lists the family allowance (Familienzulagen) amounts Lohnwerk uses for workplaces in {name}."]),
            "", table(["Allowance per month", "2026", "2027"], [("Child allowance", c26, c27), ("Education allowance", e26, e27)]), "",
            f"Employer contribution to the cantonal family compensation fund (FAK): **{fak}** of the AHV-liable salary (may differ for your specific fund).",
            "", ("The amounts increase on 1 January 2027; Lohnwerk uses the new amounts for January 2027 payrolls automatically." if changed
                 else "The amounts are unchanged for 2027."),
            "", "## How allowances are paid", "Allowances are paid with the salary and reclaimed from the family compensation fund. Enter the children in the Family tab and tick 'Allowance claimed'.",
            "", f"See also: Withholding tax in {name}, Family allowance claims."])
        d = CH_NOTICE_2027 if changed else f"2025-12-{r.randint(3, 20):02d}"
        write_doc(f"ch-canton-{code}-family-allowances.md", f"Family allowances in {name}", d, body, "regional")
        comm = r.choice(["1%", "2%", "2%", "3%", "4%"])
        body2 = "\n".join([
            f"Withholding tax settlements for employees taxed in {name} are submitted **{model}**. "
            f"The settlement must reach the cantonal tax administration within **{qdays} days** after the end of the {'month' if model == 'monthly' else 'quarter'}.",
            "", table(["Item", "Value"], [("Settlement period", model), ("Deadline", f"{qdays} days after period end"),
                                          ("Collection commission", comm), ("ELM transmission", "accepted"),
                                          ("Tariff languages", lang)]), "",
            f"The employer keeps a collection commission of {comm} of the withheld tax if the settlement is on time. Late settlements can lose the commission (warning LW-6008).",
            "", "## Tariff codes", "The canton uses the standard tariff codes A, B, C, D and H plus the cross-border codes. Lohnwerk loads the canton's tariff tables for each year automatically.",
            "", "See also: Withholding tax settlement, Switzerland 2026: Withholding tax basics."])
        write_doc(f"ch-canton-{code}-withholding-tax.md", f"Withholding tax in {name}", f"2026-0{r.randint(1, 5)}-{r.randint(3, 27):02d}", body2, "regional")


# ---------------------------------------------------------------- tax table notes
def gen_tax_notes():
    classes = [
        ("I", "Single, divorced or widowed employees without the conditions for class II, III or IV; also married employees whose spouse lives abroad."),
        ("II", "Single parents entitled to the relief for single parents (Entlastungsbetrag)."),
        ("III", "Married employees whose spouse has class V or no income; gives the lowest wage tax."),
        ("IV", "Married employees where both spouses earn similar amounts; optionally with a factor (IV with factor)."),
        ("V", "The spouse of an employee in class III; gives the highest wage tax of the married combinations."),
        ("VI", "Second and further jobs; no basic allowance is applied."),
    ]
    for y in (2026, 2027):
        v = DE[y]
        for cls, desc in classes:
            r = rng(f"tc{cls}{y}")
            body = "\n".join([
                f"Tax class {cls} in the {y} wage tax tables: {desc}", "",
                "## What Lohnwerk applies", bullets([f"Basic allowance {y}: {v['grundfreibetrag']} per year" + (" (not applied in class VI)" if cls == "VI" else ""),
                                                    f"Solidarity surcharge exemption threshold: {v['soli_free']} (single assessment)",
                                                    "Child allowances affect solidarity surcharge and church tax only, not wage tax"]),
                "", "## Source of the value", "The tax class comes from ELStAM. Manual changes are overwritten by the next retrieval unless ELStAM is switched off for the employee.",
                "", r.choice(["Use the gross-to-net calculator to compare classes, for example III/V versus IV/IV.",
                              "Employees can change their class combination at the tax office; the change arrives via ELStAM."])])
            d = DE_NOTICE_2027 if y == 2027 else "2025-12-05"
            write_doc(f"tax-table-de-{y}-class-{cls.lower()}.md", f"Wage tax tables {y}: tax class {cls}", d, body, "tax")
    # general notes
    notes = [
        ("tax-table-de-update-process", "How Lohnwerk updates German wage tax tables", "2026-02-02",
         "Lohnwerk implements the official wage tax programme flow chart for each year. New tables are loaded in the last regular release before the year starts and apply to payroll periods from January.\n\n"
         "## Timeline\n" + bullets(["Draft tables are tested in the sandbox as soon as they are published.",
                                     "Final tables are released with a patch if the official values change late.",
                                     "Retro corrections into the previous year always use the previous year's tables."]) +
         "\n\nYou can test the new tables in the gross-to-net calculator by choosing the new year."),
        ("tax-table-de-2027-overview", "German wage tax 2027: what changes", DE_NOTICE_2027,
         f"For 2027 the basic allowance rises from {DE[2026]['grundfreibetrag']} to **{DE[2027]['grundfreibetrag']}** and the solidarity surcharge exemption threshold from {DE[2026]['soli_free']} to **{DE[2027]['soli_free']}**. "
         "Tax brackets are shifted to offset inflation.\n\n" + table(["Value", "2026", "2027"], [
             ("Basic allowance", DE[2026]['grundfreibetrag'], DE[2027]['grundfreibetrag']),
             ("Soli exemption threshold", DE[2026]['soli_free'], DE[2027]['soli_free'])]) +
         "\n\nThe 2027 tables are included in release 6.9.1 and apply to payroll periods from January 2027."),
        ("tax-table-at-2027-overview", "Austrian income tax 2027: indexed brackets", AT_NOTICE_2027,
         "The Austrian tax brackets are indexed for 2027. The zero-rate bracket rises to **€13,910**.\n\n" +
         table(["Rate", "2026 upper limit", "2027 upper limit"], [(r2, a[0], b[0]) for a, b, r2 in zip(AT[2026]["brackets"][:5], AT[2027]["brackets"][:5], ["0%", "20%", "30%", "40%", "48%"])]) +
         "\n\nLohnwerk applies the new brackets from the January 2027 payroll."),
        ("tax-table-ch-tariff-codes", "Swiss withholding tax tariff codes explained", "2026-01-20",
         "A Swiss withholding tax tariff code has three parts: a letter, the number of children and a church tax marker.\n\n" +
         table(["Example", "Meaning"], [("A0N", "Single, no children, no church tax"), ("B2Y", "Married sole earner, two children, church tax"),
                                       ("C1N", "Married dual earners, one child, no church tax"), ("H1Y", "Single parent, one child, church tax"),
                                       ("D0N", "Secondary employment, fixed rate")]) +
         "\n\nLohnwerk validates the code against the canton's tariff of the year (error LW-2015 if unknown)."),
        ("tax-table-ch-2027-update", "Swiss withholding tax tables 2027", CH_NOTICE_2027,
         "The cantons publish their 2027 withholding tax tariffs in autumn. Lohnwerk loads each canton's tables as soon as they are final; all 26 cantons are included in release 6.9.1.\n\n"
         "If a canton publishes a correction later, Lohnwerk ships it in the next patch release and recalculates open January runs."),
        ("tax-table-at-update-process", "How Lohnwerk updates Austrian tax values", "2026-01-15",
         "Austrian tax brackets, allowances and absetzbeträge are indexed every year. Lohnwerk loads the new values with the December release. "
         "Employees' individual allowances (commuter allowance, family bonus) remain as entered and are not changed by the update.\n\n"
         "Check the L34 forms at the start of each year; expired declarations cause warning LW-5006."),
        ("tax-table-de-flat-rate-taxation", "Flat-rate wage tax in Germany", "2026-03-03",
         "Some payments can be taxed at a flat rate paid by the employer instead of individual wage tax:\n\n" +
         table(["Case", "Flat rate"], [("Mini-job (without ELStAM)", "2%"), ("Meals, company events, internet allowance", "25%"),
                                       ("Job ticket instead of tax-free treatment", "25%"), ("Short-term employment", "25%")]) +
         "\n\nChurch tax and solidarity surcharge are added on top of flat-rate tax where applicable. In Lohnwerk the flat rate is part of the pay element treatment."),
        ("tax-table-de-one-off-payments", "Wage tax on one-off payments in Germany", "2026-02-17",
         "One-off payments such as bonuses are taxed using the annual table: Lohnwerk calculates the tax on the expected annual wage with and without the payment, and the difference is the tax on the payment.\n\n"
         "For payments in January to March, the allocation to the previous year for social insurance (March clause) is checked automatically."),
        ("tax-table-ch-cross-border", "Withholding tax for cross-border commuters from Germany", "2026-02-24",
         "Cross-border commuters living in Germany who return home daily pay a reduced Swiss withholding tax of 4.5% if they present the residence certificate (form Gre-1). "
         "Tariff codes L, M, N, P and Q are used for them.\n\nIf the employee does not return home on more than 60 working days a year, the normal tariff applies."),
        ("tax-table-at-special-payments", "Taxation of special payments in Austria", "2026-01-15",
         "Special payments within the annual sixth are taxed with fixed rates: 0% for the first €620, then 6% up to €25,000, 27% up to €50,000 and 35.75% up to €83,333. "
         "Above that, the regular tariff applies.\n\nLohnwerk keeps track of the annual sixth cumulatively and shows the calculation in the payslip drill-down."),
    ]
    for slug, title, d, body in notes:
        r = rng("tn" + slug)
        body += "\n\n" + r.choice(["## Testing\nYou can check the effect of new tables on individual employees in the gross-to-net calculator (Payroll > Tools > Gross-to-net) before the first payroll of the year. The calculator uses the same engine as the payroll run.",
                                    "## Good to know\nLohnwerk never changes tax tables within a running payroll period. If official values are corrected, the correction is shipped in a patch release and open runs are recalculated automatically.",
                                    "## Questions\nFor questions about individual cases, contact support with the personnel number and the payroll period. Lohnwerk does not provide tax advice; for that, please ask your tax adviser."])
        write_doc(f"{slug}.md", title, d, body, "tax")


# ---------------------------------------------------------------- health insurance funds (fictional)
FUNDS = [
    ("BKK Elbtal", "2.5%", "2.8%", "1.6%", "0.44%"), ("Hanse Krankenkasse", "2.9%", "3.1%", "1.8%", "0.48%"),
    ("AOK Mittelland", "2.7%", "2.9%", "1.9%", "0.50%"), ("Techniker Nord", "2.45%", "2.65%", "1.5%", "0.40%"),
    ("BKK Metallbau", "2.8%", "3.0%", "1.7%", "0.46%"), ("IKK Handwerk Süd", "2.6%", "2.9%", "1.6%", "0.42%"),
    ("Barmherzige Ersatzkasse", "2.75%", "2.95%", "1.75%", "0.45%"), ("BKK Rheinfels", "2.9%", "3.2%", "2.0%", "0.52%"),
    ("AOK Küste", "2.7%", "2.85%", "1.9%", "0.49%"), ("Securvita Ost", "3.0%", "3.3%", "2.1%", "0.55%"),
    ("BKK Westfalenstahl", "2.55%", "2.75%", "1.6%", "0.41%"), ("Kaufmännische Kasse Berlin", "2.8%", "3.0%", "1.8%", "0.47%"),
    ("AOK Alpenland", "2.6%", "2.8%", "1.85%", "0.48%"), ("BKK Porzellan", "2.95%", "3.15%", "1.9%", "0.50%"),
    ("IKK Nordlicht", "2.65%", "2.9%", "1.7%", "0.44%"), ("Sparkassen-BKK Süd", "2.4%", "2.6%", "1.5%", "0.39%"),
    ("BKK Chemiepark", "2.7%", "2.9%", "1.75%", "0.46%"), ("Landkasse Franken", "2.85%", "3.05%", "1.8%", "0.47%"),
    ("BKK Druckhaus", "2.5%", "2.7%", "1.65%", "0.43%"), ("Ersatzkasse Mitte", "2.75%", "2.9%", "1.8%", "0.46%"),
]


def gen_funds():
    for name, z26, z27, u1, u2 in FUNDS:
        r = rng("fund" + name)
        body = "\n".join([
            r.choice([f"Contribution details of **{name}** as stored in Lohnwerk.",
                      f"Lohnwerk keeps the following values for the health insurance fund {name}."]), "",
            table(["Value", "2026", "2027"], [("Supplementary contribution (Zusatzbeitrag)", z26, z27),
                                             ("General rate", DE[2026]["kv"], DE[2027]["kv"]),
                                             ("U1 levy (standard reimbursement 80%)", u1, u1), ("U2 levy", u2, u2)]), "",
            f"The supplementary contribution is shared equally by employer and employee. Employees of {name} pay half of {z27} from January 2027 "
            f"(2026: half of {z26}).", "",
            "## Notifications and statements", "Contribution statements and DEÜV notifications are sent electronically. The fund's acceptance centre is configured automatically when you select the fund.",
            "", "See also: Germany 2027: Health insurance rates, Levy funds U1 and U2."])
        write_doc(f"health-fund-{slugify(name)}.md", f"Health insurance fund: {name}", DE_NOTICE_2027, body, "rule")


def gen_all():
    gen_topics(); gen_states(); gen_tax_notes(); gen_funds()


# ---------------------------------------------------------------- extra topics
def de_u1u2(y, v, r):
    return "\n".join([f"Employers with up to 30 employees take part in the sick pay levy (U1) in {y}; all employers take part in the maternity levy (U2). "
                      "Rates depend on the health insurance fund and, for U1, on the reimbursement rate chosen.", "",
                      table(["Levy", "Who pays", "Reimbursement"], [("U1", "Employers with up to 30 employees", "40% to 80% of continued pay, depending on the rate chosen"),
                                                                   ("U2", "All employers", "100% of maternity pay supplement and pay during employment bans")]), "",
                      "Lohnwerk checks the 30-employee limit every January based on the previous year and creates reimbursement claims from absences."])


def de_night(y, v, r):
    return "\n".join([f"Surcharges for Sunday, holiday and night work are tax-free in {y} within these limits (basic hourly wage capped at €50):", "",
                      table(["Work time", "Tax-free surcharge"], [("Night 20:00-06:00", "25%"), ("Night 00:00-04:00 (if started before midnight)", "40%"),
                                                                  ("Sundays", "50%"), ("Public holidays", "125%"), ("24, 25, 26 December and 1 May", "150%")]), "",
                      "Contributions are free only up to a basic hourly wage of €25. Lohnwerk applies both limits automatically using pay elements 2500-2520."])


def de_jobticket(y, v, r):
    return "\n".join([f"Job tickets for public transport can be provided tax-free in {y}; the tax-free amount is shown on the annual certificate. Alternatively the employer can tax them at a flat rate of 25% without offset.",
                      "", "Lohnwerk uses pay element 3300. Choose the treatment per company in the pay element catalogue."])


def de_internet(y, v, r):
    return "\n".join([f"Employers can pay an internet allowance of up to €50 per month taxed at a flat rate of 25% in {y} if the employee declares their costs once.",
                      "", "Use pay element 3400. Amounts above €50 require proof of costs."])


def de_loans(y, v, r):
    return "\n".join([f"Low-interest employer loans create a taxable interest benefit in {y} if the total loan exceeds €2,600 at the end of the month.",
                      "", "The benefit is the difference between the market rate and the agreed rate. Lohnwerk calculates it monthly from the benchmark rate entered in the loan."])


def de_vl(y, v, r):
    return "\n".join([f"Capital-forming benefits (VL) in {y} are taxable and contribution-liable. The employer transfers them directly to the savings contract.",
                      "", "Enter the provider's IBAN and the contract number in Benefits > VL. Transfers are included in the payment file of the run."])


def de_severance(y, v, r):
    return "\n".join([f"Severance payments in {y} are free of social insurance contributions but taxable. Lohnwerk can apply the one-fifth rule (Fünftelregelung) if the requirements are met.",
                      "", "Use pay element 2800. Tick 'Apply one-fifth rule' only if the payment leads to an aggregation of income in the year."])


def de_garnishment(y, v, r):
    return "\n".join([f"The attachable part of net income is taken from the garnishment table valid on the payment date. In {y} the basic exempt amount for a person without dependants is €1,560 per month in Lohnwerk's table; it rises with each dependant.",
                      "", "Lohnwerk updates the table automatically when a new version applies (usually on 1 July)."])


def de_parental(y, v, r):
    return "\n".join([f"During maternity protection in {y} the employer pays a supplement to maternity pay so that the employee receives her average net pay. The supplement is reimbursed through the U2 levy.",
                      "", "During parental leave without work no pay is due; the employee stays insured through the parental allowance."])


def de_pension_bav(y, v, r):
    return "\n".join([f"Deferred compensation into a company pension is tax-free in {y} up to 8% of the pension contribution ceiling and contribution-free up to 4%.",
                      "", f"With the {y} pension ceiling of {v['bbg_rv']} per month, Lohnwerk calculates these limits automatically. The employer subsidy of 15% is added when the employer saves contributions."])


DE_EXTRA = [
    ("levies-u1-u2", "Levies U1 and U2", de_u1u2), ("shift-surcharges", "Tax-free shift surcharges", de_night),
    ("job-ticket", "Job ticket", de_jobticket), ("internet-allowance", "Internet allowance", de_internet),
    ("employer-loans", "Employer loans", de_loans), ("capital-forming-benefits", "Capital-forming benefits", de_vl),
    ("severance", "Severance payments", de_severance), ("garnishment-table", "Garnishment table", de_garnishment),
    ("maternity-pay-supplement", "Maternity pay supplement", de_parental), ("company-pension", "Company pension limits", de_pension_bav),
]


def at_wfb(y, v, r):
    return "\n".join([f"The housing promotion contribution (Wohnbauförderungsbeitrag) in {y} is 1% of the contribution base, shared equally (0.5% employer, 0.5% employee). It is included in the social insurance rates of {v['an_sv']} (employee) and {v['dg_sv']} (employer).", "", "Lohnwerk reports the contribution as part of the mBGM; it does not appear as a separate line on the payslip but is contained in the social insurance deduction."])


def at_apprentices(y, v, r):
    return "\n".join([f"Apprentices in Austria pay reduced social insurance contributions in {y}; health insurance is free for the employer during the first two years of apprenticeship.",
                      "", "Set the contract type to Apprentice; Lohnwerk selects the matching contribution group and applies the reductions."])


def at_sick(y, v, r):
    return "\n".join([f"Continued pay during sickness in Austria in {y} depends on the length of service: six weeks full pay in the first year, rising to twelve weeks after 25 years, followed by four weeks half pay.",
                      "", "Lohnwerk calculates the entitlement per working year and shows the remaining full-pay and half-pay days in the absence record."])


def at_benefits(y, v, r):
    return "\n".join([f"Tax-free benefits in Austria in {y} include meal vouchers up to €8 per working day for meals at a restaurant, staff events up to €365 per year and gifts up to €186 per year.",
                      "", "Lohnwerk checks the annual limits cumulatively using the benefit pay elements."])


AT_EXTRA = [("housing-promotion", "Housing promotion contribution", at_wfb), ("apprentices", "Apprentices", at_apprentices),
            ("sick-pay", "Continued pay during sickness", at_sick), ("tax-free-benefits", "Tax-free benefits", at_benefits)]


def ch_retirees(y, v, r):
    return "\n".join([f"Employees who work beyond the AHV reference age keep paying AHV/IV/EO in {y}, but an allowance of {v['ahv_retiree_free']} per month is deducted from the salary first. No ALV contributions are due.",
                      "", "Lohnwerk detects the reference age from the date of birth and applies the allowance automatically. Employees can waive the allowance to improve their pension."])


def ch_maternity(y, v, r):
    return "\n".join([f"Maternity allowance (EO) in {y} is 80% of the average earned income for 14 weeks, capped at CHF 220 per day. Paternity leave is two weeks with the same rate.",
                      "", "The employer usually pays the salary and receives the allowance from the compensation office. Lohnwerk creates the claim from the absence."])


def ch_ktg(y, v, r):
    return "\n".join([f"Daily sickness benefit insurance (KTG) is voluntary in {y} but common. Premiums are often shared between employer and employee according to the policy.",
                      "", "Enter the premium rates per KTG code in the company settings; Lohnwerk deducts the employee share and reports salaries in the annual statement."])


CH_EXTRA = [("retirees", "Employees past the reference age", ch_retirees), ("maternity-paternity", "Maternity and paternity allowance", ch_maternity),
            ("daily-sickness-insurance", "Daily sickness benefit insurance (KTG)", ch_ktg)]

DE_TOPICS.extend(DE_EXTRA); AT_TOPICS.extend(AT_EXTRA); CH_TOPICS.extend(CH_EXTRA)


# ---------------------------------------------------------------- Austrian collective agreements (KV), values invented
KV = [
    ("handel", "Handel (Angestellte)", [("A", 2180, 2268), ("B", 2260, 2351), ("C", 2395, 2491), ("D", 2620, 2725), ("E", 2980, 3099)], "2027-01-01"),
    ("metallindustrie", "Metalltechnische Industrie", [("A", 2410, 2512), ("B", 2545, 2653), ("C", 2790, 2908), ("D", 3120, 3252), ("E", 3480, 3627)], "2026-11-01"),
    ("it-dienstleistungen", "IT-Dienstleistungen (UBIT)", [("ST1", 2350, 2440), ("ST2", 2720, 2824), ("RG", 3150, 3271), ("SE", 3780, 3925)], "2027-01-01"),
    ("gastgewerbe", "Hotel- und Gastgewerbe", [("1", 1930, 2012), ("2", 1985, 2069), ("3", 2060, 2147), ("4", 2190, 2283)], "2027-05-01"),
    ("bauindustrie", "Bauindustrie und Baugewerbe (Arbeiter)", [("IIa", 2390, 2490), ("IIb", 2460, 2563), ("III", 2620, 2730)], "2027-05-01"),
    ("elektro", "Elektro- und Elektronikindustrie", [("B", 2480, 2583), ("C", 2705, 2817), ("D", 3050, 3177)], "2027-05-01"),
    ("banken", "Banken und Bankiers", [("A", 2290, 2382), ("B", 2610, 2715), ("C", 3010, 3131)], "2027-02-01"),
    ("gewerbe-information-consulting", "Information und Consulting", [("1", 2150, 2236), ("2", 2400, 2496), ("3", 2850, 2964)], "2027-01-01"),
    ("chemische-industrie", "Chemische Industrie", [("B", 2525, 2626), ("C", 2760, 2870), ("D", 3110, 3234)], "2027-05-01"),
    ("spedition", "Spedition und Logistik", [("A", 2105, 2190), ("B", 2250, 2341), ("C", 2480, 2580)], "2027-01-01"),
    ("sozialwirtschaft", "Sozialwirtschaft Österreich", [("SWÖ 3", 2290, 2379), ("SWÖ 5", 2590, 2691), ("SWÖ 7", 3020, 3138)], "2027-02-01"),
    ("papierindustrie", "Papierindustrie", [("A", 2440, 2540), ("B", 2630, 2738), ("C", 2910, 3029)], "2026-11-01"),
]


def gen_kv():
    for slug, name, grades, eff in KV:
        r = rng("kv" + slug)
        rows = [(g, f"€{a:,}", f"€{b:,}", f"{(b - a) / a * 100:.1f}%") for g, a, b in grades]
        body = "\n".join([
            r.choice([f"Minimum monthly salaries of the collective agreement **{name}** as loaded in Lohnwerk.",
                      f"Lohnwerk checks salaries of employees assigned to the collective agreement {name} against these minimum salaries."]), "",
            table(["Grade (entry level)", "Current minimum", f"From {long_date(eff)}", "Increase"], rows), "",
            f"The new minimum salaries apply from **{long_date(eff)}**. Lohnwerk shows a warning in the payroll preview if an employee's salary is below the minimum of their grade.",
            "", "## Assigning the agreement", "Set the collective agreement and grade in the employee's contract tab. Grade advancements (Vorrückungen) are not automatic; Lohnwerk reminds you on the due date.",
            "", "Values are simplified entry-level grades; the full agreement has more steps. See also: Austria 2027: Social insurance rates."])
        d = AT_NOTICE_2027 if eff >= "2027" else "2026-10-21"
        write_doc(f"at-collective-agreement-{slug}.md", f"Collective agreement Austria: {name}", d, body, "regional")


_old_gen_all = gen_all


def gen_all():
    _old_gen_all(); gen_kv()

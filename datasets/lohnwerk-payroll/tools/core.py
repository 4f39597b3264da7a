"""Hand-written core documents (overviews, policies, dated notices, incident reports)."""
from lib import write_doc

CORE = []


def doc(fname, title, date, body, datekey="Updated"):
    CORE.append((fname, title, date, body, datekey))


doc("about-lohnwerk.md", "About Lohnwerk", "2026-01-05", """
Lohnwerk is a cloud payroll and HR software for small and mid-sized companies in Germany, Austria and Switzerland. It is developed by Lohnwerk GmbH (Spinnereistraße 7, 04179 Leipzig), founded in 2017. Customers in Austria contract with Lohnwerk Austria GmbH in Wien and customers in Switzerland with Lohnwerk Schweiz AG in Zürich.

## What Lohnwerk does

- **Payroll** for Germany, Austria and Switzerland with the statutory filings of each country (DEÜV, ELStAM and eAU in Germany; ELDA and mBGM in Austria; Swissdec ELM in Switzerland).
- **HR administration**: employee records, contracts, documents, leave and absences.
- **Lohnwerk Me**, the employee app for payslips, leave requests and data change requests.
- **Integrations** with accounting, time tracking and HR systems, plus an API on the Business and Enterprise plans.
- **Lohnwerk Service**, an optional managed payroll service run by our payroll specialists.

## Key facts

| | |
|---|---|
| Customers | more than 6,500 companies |
| Payslips per month | about 410,000 |
| Hosting | Frankfurt am Main (eu-fra-1), backups in Nürnberg; Zürich (ch-zrh-1) for Enterprise |
| Release rhythm | one minor release per month |
| Certifications | ISO/IEC 27001, Swissdec ELM 5.0 |

## Where to go next

- Welcome to the Lohnwerk help centre
- Plans and pricing overview
- Getting started in Germany, Getting started in Austria, Getting started in Switzerland
""")

doc("help-centre-start-here.md", "Welcome to the Lohnwerk help centre", "2026-10-06", """
This help centre contains everything you need to run payroll with Lohnwerk: feature articles for every screen, payroll rule pages per country and year, error-message pages, integration guides, the API reference, release notes and notices.

## How the help centre is organised

| Section | What you find there | Example |
|---|---|---|
| Features | One article per screen or setting | Payroll calendar |
| Payroll rules | Rates and thresholds per country, topic and year | Germany 2027: Long-term care insurance |
| Regional pages | Values per German state, Austrian state and Swiss canton | Family allowances in Zürich |
| Errors | One page per error code LW-NNNN | LW-7002: Export format deprecated |
| Integrations | Setup guides for partner systems | Integration guide: ZeitPilot |
| API | Endpoints, webhooks and concepts | API: Rate limits |
| Release notes | One page per version | Release notes 6.10.0 |
| Notices | Dated announcements and incident reports | Notice: Team plan price change from 1 October 2026 |

## Language

Most articles are in English. Frequently asked questions and some guides are also available in German. The interface itself is available in German, English, French and Italian.

## Important current notices

- New statutory values for 2027 in Germany, Austria and Switzerland apply to payroll periods from January 2027.
- LW-CSV v1 will be removed on 31 March 2027.
- API v1 will be switched off on 30 April 2027.
- New bank accounts use SEPA pain.001.001.09 since 1 November 2026.
""")

doc("plans-and-pricing-overview.md", "Plans and pricing overview", "2026-10-01", """
Lohnwerk is billed per billable employee and month. A billable employee is an employee with at least one finalised payslip in the calendar month.

## Plans

| Plan | Price per employee/month (EUR) | Price (CHF) | Minimum fee per month | Employees |
|---|---|---|---|---|
| Starter | €4.90 | CHF 5.20 | €39 / CHF 42 | up to 25 |
| Team | €7.40 | CHF 7.90 | €99 / CHF 105 | up to 250 |
| Business | €9.50 | CHF 10.10 | €390 / CHF 415 | unlimited |
| Enterprise | on request | on request | on request | from 250 |

The Team plan price changed on **1 October 2026** from €6.90 (CHF 7.30) to €7.40 (CHF 7.90). See Notice: Team plan price change from 1 October 2026.

## Add-ons

| Add-on | Price |
|---|---|
| Time Tracking | €1.50 per employee per month (CHF 1.60) |
| Recruiting | €99 per month flat (CHF 105) |
| Premium Support | €149 per month (CHF 159) |
| Lohnwerk Service (managed payroll) | €14 per payslip (CHF 15) |
| E-Signature | €0.80 per signature (CHF 0.85) |
| Additional company | €29 per company per month (CHF 31) |

## Discounts

- Annual prepayment: 10% discount.
- Non-profits: 20%; start-ups: 50% for 12 months (see Discounts for non-profits and start-ups).

## Trial

30 days with all Business features; filings and payments are disabled during the trial.

All prices exclude VAT.
""")

doc("notice-2026-07-15-team-plan-price-change.md", "Notice: Team plan price change from 1 October 2026", "2026-07-15", """
**Summary:** From 1 October 2026 the Team plan costs **€7.40** per billable employee per month instead of €6.90. For Swiss companies the price changes from CHF 7.30 to **CHF 7.90**. The minimum monthly fee of €99 (CHF 105) stays the same.

## Why we are changing the price

The Team plan price has been unchanged since January 2023. Since then we added four-eyes approval, the sandbox company, the eAU retrieval and phone support with longer hours. Rising hosting and personnel costs make an adjustment necessary.

## Who is affected

| Customer | Effect |
|---|---|
| Team plan, monthly billing | New price from the invoice for October 2026 (issued on 3 November 2026) |
| Team plan, annual prepayment | Old price until the end of the current term, new price on renewal |
| Starter, Business, Enterprise | No change |

## What you can do

- Nothing, if you want to stay on the Team plan.
- Switch to annual billing before 30 September 2026 to keep the current price for a further year and get the 10% annual discount.
- Cancel with the usual notice of 30 days to the end of a month.

Questions: your Customer Success contact or support@lohnwerk.example.
""", "Date")

doc("notice-2026-07-15-preisaenderung-team-tarif.md", "Hinweis: Preisänderung im Team-Tarif ab 1. Oktober 2026", "2026-07-15", """
**Kurzfassung:** Ab 1. Oktober 2026 kostet der Team-Tarif **€7,40** pro abgerechnetem Mitarbeitenden und Monat statt bisher €6,90. Für Schweizer Gesellschaften steigt der Preis von CHF 7,30 auf **CHF 7,90**. Die Mindestgebühr von €99 (CHF 105) pro Monat bleibt unverändert.

## Warum ändern wir den Preis?

Der Preis des Team-Tarifs ist seit Januar 2023 unverändert. Seitdem sind unter anderem das Vier-Augen-Prinzip, der Testmandant, der eAU-Abruf und die längeren Telefon-Supportzeiten hinzugekommen.

## Wer ist betroffen?

- Team-Tarif mit monatlicher Zahlung: neuer Preis ab der Rechnung für Oktober 2026.
- Team-Tarif mit jährlicher Vorauszahlung: alter Preis bis Laufzeitende, neuer Preis bei Verlängerung.
- Starter, Business und Enterprise: keine Änderung.

## Ihre Möglichkeiten

Wer vor dem 30. September 2026 auf jährliche Zahlung umstellt, behält den bisherigen Preis für ein weiteres Jahr und erhält zusätzlich 10 % Rabatt. Eine Kündigung ist wie gewohnt mit 30 Tagen Frist zum Monatsende möglich.
""", "Date")

doc("notice-2026-08-03-lw-csv-v1-deprecated.md", "Notice: LW-CSV v1 export format deprecated", "2026-08-03", """
The accounting export format **LW-CSV v1** is deprecated as of 3 August 2026 and will be **removed on 31 March 2027**. Its successor LW-CSV v2 has been available since release 6.3.0 (14 April 2026).

## What changes now

- Exports in LW-CSV v1 still work but show warning **LW-7002** (Export format deprecated).
- New accounting connections can only choose LW-CSV v2.
- Integrations using their own format (KanzleiLink, BMX NTS, Buchwerk Pro, Kontora, Rechnungsfuchs, Alpbuch) are not affected.

## What changes on 31 March 2027

Companies still set to LW-CSV v1 will no longer be able to create accounting exports. Payroll runs are not blocked, but the accounting file will be missing until the format is switched.

## What you need to do

1. Open Settings > Accounting > Export.
2. Switch the format to LW-CSV v2.
3. Send a test file to your accountant, who must update the import template.

The column changes are described in the Migration guide: LW-CSV v1 to LW-CSV v2.
""", "Date")

doc("migration-guide-lw-csv-v1-to-v2.md", "Migration guide: LW-CSV v1 to LW-CSV v2", "2026-08-03", """
LW-CSV v2 replaces LW-CSV v1, which will be removed on 31 March 2027. This guide lists the differences so that your accountant can adjust the import.

## File format

| Property | LW-CSV v1 | LW-CSV v2 |
|---|---|---|
| Encoding | Windows-1252 | UTF-8 with BOM |
| Separator | semicolon | semicolon |
| Decimal separator | comma | dot |
| Date format | DD.MM.YYYY | YYYY-MM-DD |
| Header row | no | yes |
| Cost centre splits | one line per employee | one line per cost centre share |
| Employer costs | combined with employee items | separate lines (column `side` = ER) |

## New columns in v2

- `posting_text` – text of up to 60 characters, built from the pay element's payslip text
- `side` – EE (employee) or ER (employer)
- `run_id` – the Lohnwerk payroll run, useful for reconciliation
- `currency` – EUR or CHF

## Removed columns

- `kst2` (second cost centre) – replaced by split lines
- `belegnr` (document number) – replaced by `run_id`

## Steps

1. Switch the format in Settings > Accounting > Export.
2. Create a test export for a finalised run.
3. Your accountant imports it with the new template.
4. Compare totals with the payroll journal.

Lohnwerk keeps generating v1 files on request until 31 March 2027. After that date only v2 is available.
""")

doc("notice-2026-04-14-lw-csv-v2-available.md", "Notice: New accounting export format LW-CSV v2", "2026-04-14", """
With release 6.3.0 we introduce **LW-CSV v2**, a new version of our generic accounting export. It supports cost centre splits, separate employer-cost lines and UTF-8.

LW-CSV v1 remains available. We recommend testing v2 with your accountant in the coming months.

*Update 3 August 2026: LW-CSV v1 is now deprecated and will be removed on 31 March 2027. See Notice: LW-CSV v1 export format deprecated.*

## Highlights

- One line per cost centre share instead of a fixed second cost centre column
- Employer contributions as separate lines
- ISO dates and dot as decimal separator

See the Migration guide: LW-CSV v1 to LW-CSV v2 for the column list.
""", "Date")

doc("notice-2026-03-10-api-v1-sunset.md", "Notice: API v1 will be retired", "2026-03-10", """
API v1 has been deprecated since the launch of API v2 with release 5.0.0 in January 2025. We will retire API v1 on 31 December 2026.

*Update 20 August 2026: the sunset was moved to **30 April 2027**. See Notice: API v1 sunset extended to 30 April 2027.*

## What this means

After the sunset date, requests to `https://api.lohnwerk.example/v1` will return HTTP 410 with error LW-8007.

## What to do

- Check your API clients in Settings > Developers > API clients. The column "Last v1 call" shows which clients still use v1.
- Migrate to API v2. The main differences are described in API: Versions and sunset of API v1.
- If a partner integration uses v1, ask the partner for their migration date.
""", "Date")

doc("notice-2026-08-20-api-v1-sunset-extended.md", "Notice: API v1 sunset extended to 30 April 2027", "2026-08-20", """
We are moving the retirement of API v1 from 31 December 2026 to **30 April 2027**.

## Why

Several accounting and time tracking partners told us they cannot complete their migration to API v2 before the German and Austrian year-end. Switching off v1 during the busiest payroll weeks of the year would put customers at risk.

## Timeline

| Date | Step |
|---|---|
| until 31 January 2027 | v1 works normally |
| 1 February 2027 | v1 responses contain the header `Sunset: 2027-04-30` and a warning in the body |
| 1 March 2027 | brownouts: v1 is unavailable for one hour every Tuesday at 10:00 CET |
| 30 April 2027 | v1 is switched off; requests return HTTP 410 with LW-8007 |

There will be no further extension.

## What you need to do

Migrate all clients to API v2. The column "Last v1 call" in Settings > Developers > API clients shows which clients still use v1.
""", "Date")

doc("notice-2026-09-08-api-rate-limit-increase.md", "Notice: Higher API rate limit from release 6.8.0", "2026-09-08", """
With release 6.8.0 on 8 September 2026, the API rate limit rises from **600 to 1,000 requests per minute per company**.

## Details

- The limit applies per company, not per API client.
- Bulk endpoints (for example POST /time-entries/bulk) still count as one request.
- The sandbox limit stays at 100 requests per minute.
- The headers X-RateLimit-Limit and X-RateLimit-Remaining reflect the new value.

When the limit is exceeded the API responds with HTTP 429 and LW-8003. Respect the Retry-After header.

Integrations that previously throttled themselves to 600 requests per minute do not need to change anything.
""", "Date")

doc("incident-2026-09-17-payroll-finalisation-delay.md", "Incident report: payroll finalisation delayed on 17 September 2026", "2026-09-18", """
**Incident ID:** INC-2026-0917
**Date:** Thursday, 17 September 2026
**Duration:** 09:12 to 11:47 CET (2 hours 35 minutes)
**Region:** eu-fra-1
**Impact:** about 14% of customers could not finalise payroll runs; payslip delivery to Lohnwerk Me was delayed.

## What happened

At 09:12 CET a storage node of the primary database cluster failed. The automatic failover to the standby node worked, but the queue that processes payroll finalisations stayed paused because it did not reconnect after the failover. Runs that users finalised during this time stayed in status "Finalising".

Our monitoring detected the growing queue at 09:31. At 10:40 we identified the paused queue as the cause, restarted the workers at 11:05 and had processed the backlog by 11:47.

## Impact on customers

- Payroll runs could be calculated and previewed, but not finalised.
- Payslips were published up to three hours late.
- Payment files and filings were created after the backlog was processed; no statutory deadline was missed.
- **No data was lost.**

## What we are changing

1. The finalisation workers now reconnect automatically after a database failover (deployed on 18 September 2026).
2. We added an alert when the queue has not progressed for five minutes.
3. Patch 6.8.1 (22 September 2026) allows runs that were stuck in "Finalising" to be finalised without recalculation.

We apologise for the disruption in one of the busiest weeks of the month.
""", "Date")

doc("incident-2026-10-28-elstam-retrieval-delay.md", "Incident report: ELStAM retrieval delayed on 28 October 2026", "2026-10-29", """
**Incident ID:** INC-2026-1028
**Date:** Wednesday, 28 October 2026, 13:20 to 16:05 CET (2 hours 45 minutes)
**Cause:** outage of the upstream tax authority interface

## Summary

The interface of the tax authority that delivers ELStAM change lists was unavailable. Lohnwerk could not retrieve ELStAM changes for German employees during this time and showed information LW-4003 (ELStAM retrieval pending) in payroll runs.

## Impact

- Payroll runs themselves were not affected and could be finalised with the last known tax attributes.
- ELStAM changes that arrived after the outage were retrieved between 16:05 and 17:30 CET.
- Changes that affect October payslips already finalised are corrected automatically in the November run.

## Did customers have to do anything?

No. Lohnwerk retried every hour as designed. If you finalised an October run with the last known values, please check the retro section of your November run.
""", "Date")

doc("incident-2026-02-03-slow-api.md", "Incident report: slow API responses on 3 February 2026", "2026-02-04", """
**Incident ID:** INC-2026-0203
**Date:** 3 February 2026, 10:05 to 10:52 CET (47 minutes)
**Region:** eu-fra-1

## Summary

About 30% of API calls took longer than 10 seconds. The web app and Lohnwerk Me were not affected.

## Cause

A configuration change reduced the size of the API connection pool. Under normal morning load the pool was exhausted and requests queued.

## Resolution

The change was rolled back at 10:48; response times were back to normal at 10:52. Configuration changes to the connection pool now require a load test before deployment.
""", "Date")

doc("incident-2026-05-12-sso-login-failures.md", "Incident report: SSO login failures on 12 May 2026", "2026-05-13", """
**Incident ID:** INC-2026-0512
**Date:** 12 May 2026, 07:40 to 08:35 CET (55 minutes)

## Summary

Users of companies with SAML single sign-on could not log in. They saw error LW-1005 (SSO assertion rejected). Password logins and Lohnwerk Me were not affected.

## Cause

The signing certificate of our identity provider bridge expired at 07:40. The renewal had been scheduled but failed silently.

## Resolution

We installed the renewed certificate at 08:30; logins worked again from 08:35. We now monitor certificate expiry 30 days in advance and alert the on-call team.

Break-glass admins with password login were able to work throughout the incident.
""", "Date")

doc("notice-2026-10-16-germany-2027-values.md", "Notice: Germany 2027 social insurance values", "2026-10-16", """
The social insurance and tax values for 2027 are final. Lohnwerk loads them with patch 6.9.1 (20 October 2026) and applies them to all payroll periods from **January 2027**. You can test them now in the gross-to-net calculator by choosing the year 2027.

## Changes at a glance

| Value | 2026 | 2027 |
|---|---|---|
| Pension insurance rate | 18.6% | 18.9% |
| Unemployment insurance rate | 2.6% | 2.6% |
| Health insurance general rate | 14.6% | 14.6% |
| Average supplementary health contribution | 2.7% | 2.9% |
| Long-term care insurance rate | 3.6% | 3.8% |
| Childless surcharge (care) | 0.6% | 0.6% |
| Ceiling pension/unemployment (monthly) | €8,320 | €8,610 |
| Ceiling health/care (monthly) | €5,470 | €5,690 |
| Compulsory insurance limit (annual) | €76,950 | €79,650 |
| Mini-job limit (monthly) | €575 | €590 |
| Transition zone upper limit | €2,000 | €2,000 |
| Insolvency levy U3 | 0.15% | 0.18% |
| Minimum wage (hourly) | €13.70 | €14.30 |

## What you should check

- Mini-jobs with fixed pay between €575 and €590 stay mini-jobs in 2027; mini-jobs designed around the old limit may be raised.
- Employees with pay close to the compulsory insurance limit: check whether they become or stop being compulsorily insured.
- Health insurance funds publish their own supplementary contributions for 2027; Lohnwerk has loaded them for all funds (see each fund's page).

Details per topic are on the pages "Germany 2027: …", for example Germany 2027: Long-term care insurance.
""", "Date")

doc("notice-2026-10-16-sv-werte-2027-deutschland.md", "Hinweis: Sozialversicherungswerte 2027 (Deutschland)", "2026-10-16", """
Die Rechengrößen für 2027 stehen fest. Lohnwerk lädt sie mit Version 6.9.1 (20. Oktober 2026) und verwendet sie für alle Abrechnungszeiträume ab **Januar 2027**.

## Die wichtigsten Werte

| Wert | 2026 | 2027 |
|---|---|---|
| Rentenversicherung | 18,6 % | 18,9 % |
| Arbeitslosenversicherung | 2,6 % | 2,6 % |
| Pflegeversicherung | 3,6 % | 3,8 % |
| Kinderlosenzuschlag | 0,6 % | 0,6 % |
| Durchschnittlicher Zusatzbeitrag | 2,7 % | 2,9 % |
| BBG Renten-/Arbeitslosenversicherung (Monat) | €8.320 | €8.610 |
| BBG Kranken-/Pflegeversicherung (Monat) | €5.470 | €5.690 |
| Minijob-Grenze | €575 | €590 |
| Insolvenzgeldumlage | 0,15 % | 0,18 % |
| Mindestlohn | €13,70 | €14,30 |

## Was Sie tun sollten

Prüfen Sie Minijobs, Beschäftigte nahe der Jahresarbeitsentgeltgrenze (2027: €79.650) und den Elternstatus für die Pflegeversicherung. Die kassenindividuellen Zusatzbeiträge 2027 finden Sie auf den Seiten der einzelnen Krankenkassen.
""", "Date")

doc("notice-2025-12-01-germany-2026-values.md", "Notice: Germany 2026 social insurance values", "2025-12-01", """
The values for 2026 are loaded in release 5.11.0 and apply to payroll periods from January 2026.

| Value | 2026 |
|---|---|
| Pension insurance rate | 18.6% |
| Unemployment insurance rate | 2.6% |
| Long-term care insurance rate | 3.6% |
| Average supplementary health contribution | 2.7% |
| Ceiling pension/unemployment (monthly) | €8,320 |
| Ceiling health/care (monthly) | €5,470 |
| Mini-job limit (monthly) | €575 |
| Insolvency levy U3 | 0.15% |
| Minimum wage (hourly) | €13.70 |

The 2027 values are described in Notice: Germany 2027 social insurance values.
""", "Date")

doc("notice-2026-10-30-austria-2027-values.md", "Notice: Austria 2027 values", "2026-10-30", """
The Austrian social insurance values and tax brackets for 2027 are final and loaded in Lohnwerk. They apply to payroll periods from January 2027.

| Value | 2026 | 2027 |
|---|---|---|
| Maximum contribution base (monthly) | €6,450 | €6,660 |
| Maximum contribution base special payments (annual) | €12,900 | €13,320 |
| Marginal employment limit (monthly) | €551.10 | €568.40 |
| Employee social insurance (D1) | 18.07% | 18.07% |
| Employer social insurance (D1) | 21.08% | 21.08% |
| Zero-rate tax bracket up to | €13,540 | €13,910 |
| Daily allowance (Taggeld) | €30 | €32 |
| Overnight allowance | €17 | €18 |

## Chamber surcharge (DZ)

Two states change their DZ rate for 2027: **Salzburg** from 0.37% to 0.36% and **Kärnten** from 0.38% to 0.39%. All other states keep their rate (see the state pages "Landesspezifische Werte").

## What to check

Employees with earnings between €551.10 and €568.40 become marginally employed in 2027 if their pay stays the same. Lohnwerk sends the change notices automatically with the January run.
""", "Date")

doc("notice-2026-10-09-switzerland-2027-values.md", "Notice: Switzerland 2027 values", "2026-10-09", """
The Swiss social insurance values for 2027 apply from 1 January 2027. Lohnwerk loads them with patch 6.9.1.

| Value | 2026 | 2027 |
|---|---|---|
| AHV/IV/EO total | 10.6% | 10.8% |
| AHV/IV/EO employee share | 5.3% | 5.4% |
| ALV rate | 2.2% | 2.2% |
| ALV / UVG maximum salary | CHF 148,200 | CHF 151,200 |
| BVG entry threshold | CHF 22,680 | CHF 23,040 |
| BVG coordination deduction | CHF 26,460 | CHF 26,880 |
| BVG upper limit | CHF 90,720 | CHF 92,160 |
| Family allowance federal minimum (child / education) | CHF 220 / CHF 275 | CHF 225 / CHF 280 |

## Cantonal family allowances

Several cantons raise their family allowances for 2027, among them **Bern** (child allowance CHF 230 to CHF 250, education allowance CHF 290 to CHF 310) and **St. Gallen** (CHF 230 to CHF 240 and CHF 280 to CHF 290). Cantons at the federal minimum (for example Luzern, Aargau, Ticino) follow the new minimum of CHF 225 / CHF 280. See the page "Family allowances in <canton>" for each canton.

## Withholding tax

The cantonal withholding tax tariffs 2027 are loaded as the cantons publish them; see Swiss withholding tax tables 2027.
""", "Date")

doc("notice-2026-07-01-support-hours-extended.md", "Notice: Longer support hours from 1 September 2026", "2026-07-01", """
From **1 September 2026** our phone and chat support is available **Monday to Friday, 08:00-18:00 CET**, one hour longer than before (08:00-17:00).

## Why

Many payroll admins finalise their runs in the late afternoon. The extra hour covers the busiest time before payment files are sent to banks.

## What stays the same

- E-mail support around the clock, answered within one business day.
- Premium Support: phone support 07:00-20:00 with a 1-hour first response.
- Support is closed on public holidays in Saxony (our headquarters).

Phone numbers: Germany +49 341 555 0190, Austria +43 1 555 0190, Switzerland +41 44 555 01 90.
""", "Date")

doc("notice-2026-08-25-lohnwerk-service-data-deadline.md", "Notice: New data deadline for Lohnwerk Service", "2026-08-25", """
This notice concerns customers of **Lohnwerk Service** (managed payroll) only.

From **1 October 2026** we need all monthly changes (new hires, exits, variable pay, absences) **4 business days before the end of the month**. Until September 2026 the deadline was 3 business days.

## Why

The additional day gives our specialists time for the second review of every run and for questions to you before filings are due. Since the introduction of the four-eyes review, the error rate in managed runs dropped by 60%.

## Example

For October 2026 (month end Saturday, 31 October) the deadline is **Tuesday, 27 October 2026**.

## Late changes

Changes that reach us after the deadline are processed in the next month as a correction. Urgent exceptions (for example a missed exit) can be requested by phone.
""", "Date")

doc("notice-2026-10-06-zurich-data-region.md", "Notice: Zürich data region available", "2026-10-06", """
From **6 October 2026** (release 6.9.0) Enterprise customers can host their Swiss companies in our new data region **ch-zrh-1 (Zürich)**.

## Facts

- Primary data centre in Zürich, backups in a second data centre in Switzerland.
- Available for Enterprise contracts at no extra charge; not available on Starter, Team or Business.
- German and Austrian companies stay in eu-fra-1 (Frankfurt am Main).
- Existing Enterprise customers can request a migration through support; the company is read-only for up to four hours during the move.

## Why

Several Swiss customers, especially in the public and health sectors, must keep personnel data in Switzerland.

See Data regions and hosting and How to move a Swiss company to the Zürich data region.
""", "Date")

doc("notice-2026-10-12-sepa-pain-001-001-09.md", "Notice: SEPA payment files switch to pain.001.001.09", "2026-10-12", """
From **1 November 2026**, new company bank accounts in Lohnwerk create SEPA credit transfer files in the format **pain.001.001.09** by default. Support for this version was introduced in release 6.6.0 (July 2026).

## Timeline

| Date | Change |
|---|---|
| 14 July 2026 | pain.001.001.09 can be selected per bank account (release 6.6.0) |
| 1 November 2026 | New bank accounts use pain.001.001.09 by default |
| 28 February 2027 | pain.001.001.03 can no longer be selected; existing accounts are switched automatically |

## What you need to do

Check with your bank that it accepts pain.001.001.09. Most banks in Germany and Austria do. If your bank rejects a file, Lohnwerk shows warning LW-7005; you can switch the account back to pain.001.001.03 until 28 February 2027.

Swiss bank accounts are not affected; they use the Swiss payment standard as before.
""", "Date")

doc("year-end-checklist-2026.md", "Year-end checklist 2026", "2026-11-03", """
Use this checklist to close payroll year 2026 and start 2027 smoothly. The interactive version is available in Reports > Year-end since release 6.10.0.

## Before the December run

- [ ] Finish all corrections that concern 2026.
- [ ] Germany: check tax classes, child allowances and the parent status for care insurance.
- [ ] Germany: check mini-jobs against the 2027 limit of €590.
- [ ] Germany: check the hazard tariffs for the accident insurance annual report.
- [ ] Austria: check L34 forms for the commuter allowance.
- [ ] Switzerland: check withholding tax tariff codes and the 13th salary.
- [ ] All: check that your bank accepts SEPA pain.001.001.09 (mandatory from 28 February 2027).
- [ ] All: switch accounting exports from LW-CSV v1 to v2 (v1 is removed on 31 March 2027).

## After the December run

| Task | Country | Deadline |
|---|---|---|
| Annual wage tax certificates | DE | end of February 2027 |
| Accident insurance annual report | DE | 16 February 2027 |
| Annual pay certificates L16 | AT | end of February 2027 |
| Municipal tax return | AT | 31 March 2027 |
| Salary certificates (Lohnausweis) | CH | end of January 2027 (recommended) |
| AHV annual statement | CH | 30 January 2027 |

## Support over the holidays

Support hours over Christmas and New Year are listed in Notice: Support hours over Christmas 2026.
""")

doc("notice-2026-11-16-support-hours-christmas.md", "Notice: Support hours over Christmas 2026", "2026-11-16", """
Over the holidays our support hours change:

| Date | Phone and chat |
|---|---|
| Thursday, 24 December 2026 | closed |
| Friday, 25 December 2026 | closed |
| Monday, 28 December to Wednesday, 30 December 2026 | 09:00-15:00 CET |
| Thursday, 31 December 2026 | closed |
| Friday, 1 January 2027 | closed |
| from Monday, 4 January 2027 | normal hours, 08:00-18:00 CET |

E-mail requests are answered within one business day. Premium Support customers can reach the on-call team for payroll-critical problems on 28-30 December from 08:00 to 18:00.

Please finalise December payroll runs early: the last day with full support before the year-end is Wednesday, 23 December 2026.
""", "Date")

doc("security-and-data-protection.md", "Security and data protection", "2026-10-06", """
Payroll data is among the most sensitive data a company has. This page summarises how Lohnwerk protects it.

## Hosting

- Data centres in Frankfurt am Main (eu-fra-1) with backups in Nürnberg (eu-nue-1).
- Since 6 October 2026: Zürich (ch-zrh-1) for Swiss companies of Enterprise customers.
- No data is stored outside the EU or Switzerland.

## Certifications and audits

- ISO/IEC 27001 certified information security management.
- Swissdec ELM 5.0 certification.
- Annual penetration tests by an external company.

## Technical measures

| Measure | Detail |
|---|---|
| Encryption in transit | TLS 1.2 or higher |
| Encryption at rest | AES-256 |
| Backups | every 4 hours, kept for 35 days |
| Session timeout | 30 minutes of inactivity |
| Passwords | at least 12 characters, checked against breach lists |
| Two-factor authentication | mandatory for users who finalise payroll |
| Audit log | 24 months, tamper-proof |

## Data protection

The data processing agreement (DPA) is part of the terms. Sub-processors are listed on the Sub-processors page; we announce changes 30 days in advance.
""")

doc("service-level-agreement.md", "Service level agreement (SLA)", "2026-01-05", """
Lohnwerk commits to the following monthly availability of the web app and the API, excluding announced maintenance windows:

| Plan | Availability | Service credit if missed |
|---|---|---|
| Starter | 99.5% | none |
| Team | 99.8% | 5% of the monthly fee per 0.1 pp below target |
| Business | 99.9% | 10% per 0.1 pp below target, max 50% |
| Enterprise | 99.95% | as agreed in the contract |

## Support response times

| Priority | Team | Business | Enterprise / Premium Support |
|---|---|---|---|
| Critical (payroll cannot be finalised) | 4 business hours | 2 business hours | 1 hour |
| High | 1 business day | 8 business hours | 4 hours |
| Normal | 2 business days | 1 business day | 1 business day |

## Claiming a credit

Service credits must be claimed within 30 days after the end of the month via support. Planned maintenance windows (usually one Sunday per month, 02:00-04:00 CET) do not count as downtime.
""")

doc("support-and-contact.md", "Support and contact", "2026-09-01", """
## Support hours

Phone and chat: **Monday to Friday, 08:00-18:00 CET** (since 1 September 2026; before: 08:00-17:00). Closed on public holidays in Saxony.

E-mail: support@lohnwerk.example, around the clock; answered within one business day.

| Country | Phone |
|---|---|
| Germany | +49 341 555 0190 |
| Austria | +43 1 555 0190 |
| Switzerland | +41 44 555 01 90 |

## Premium Support

The Premium Support add-on (€149 per month, CHF 159) extends phone hours to 07:00-20:00 with a first response within one hour and a named backup agent.

## What to include in a ticket

- Company name and customer number
- The error code (LW-NNNN) and the error ID shown under the message
- The personnel number of the affected employee (not the name or tax ID)
- The payroll period

## Status

Current incidents and maintenance: status.lohnwerk.example.
""")

doc("lohnwerk-service-managed-payroll.md", "Lohnwerk Service (managed payroll)", "2026-08-25", """
With **Lohnwerk Service** our payroll specialists run your payroll for you in your own Lohnwerk account. You keep full access and see every step.

## What is included

- Monthly payroll run with four-eyes review
- All statutory filings and their follow-up (rejections, queries from funds and tax offices)
- Year-end certificates
- A named payroll specialist

## Price

€14 per payslip (CHF 15), in addition to your plan.

## Data deadline

All monthly changes must reach us **4 business days before the end of the month** (since 1 October 2026; previously 3 business days). Changes received later are processed in the next month as corrections.

## How to send data

- Directly in Lohnwerk (recommended): changes are visible to your specialist immediately.
- Via the Monthly inputs template by e-mail, only for variable pay.

## What stays your responsibility

Correctness of the data you provide, approval of the run before payment, and payment of salaries, taxes and contributions from your bank account.
""")

doc("data-regions-and-hosting.md", "Data regions and hosting", "2026-10-06", """
| Region | Location | Backups | Available for |
|---|---|---|---|
| eu-fra-1 | Frankfurt am Main | eu-nue-1, Nürnberg | all customers (default) |
| ch-zrh-1 | Zürich | second Swiss data centre | Enterprise customers, Swiss companies (since 6 October 2026) |

## Choosing a region

New Enterprise customers choose the region for each Swiss company when it is created. Existing Enterprise customers can request a migration through support. During the migration the company is read-only for up to four hours; Lohnwerk deletes the copy in the old region after 30 days.

German and Austrian companies are always hosted in eu-fra-1.

## What is stored where

All personnel and payroll data, documents and backups are stored in the region of the company. Account-wide data (users, billing) is stored in eu-fra-1.
""")

doc("sub-processors.md", "Sub-processors", "2026-10-06", """
Lohnwerk uses the following sub-processors to provide the service. We announce changes 30 days in advance by e-mail to account admins.

| Sub-processor | Purpose | Location |
|---|---|---|
| Rechenzentrum Main GmbH | Hosting eu-fra-1 | Frankfurt am Main, Germany |
| Frankenfels Data GmbH | Backups eu-nue-1 | Nürnberg, Germany |
| Limmat Hosting AG | Hosting ch-zrh-1 (since October 2026) | Zürich, Switzerland |
| Postwerk Druck GmbH | Print and postal service for payslips | Leipzig, Germany |
| Mailfluss GmbH | Transactional e-mail | Germany |
| SMS-Brücke GmbH | SMS for status updates | Germany |
| Signa Trust GmbH | Qualified electronic signatures | Germany |

No sub-processor stores personnel data outside the EU or Switzerland.
""")

doc("status-page-and-maintenance-windows.md", "Status page and maintenance windows", "2026-03-02", """
## Status page

status.lohnwerk.example shows the current state of the web app, the API, Lohnwerk Me, filings per country and partner integrations. Subscribe there to e-mail or SMS updates.

## Planned maintenance

- Usually once a month on the Sunday before the monthly release (second Tuesday), 02:00-04:00 CET.
- Announced at least five days in advance on the status page and in the help centre ("Planned maintenance on …").
- During maintenance the web app is read-only and the API returns HTTP 503 (LW-9005) for write requests.

## Incident reports

After incidents that affect payroll finalisation, filings or logins, we publish an incident report in the help centre within two business days, for example Incident report: payroll finalisation delayed on 17 September 2026.
""")

doc("lohnwerk-me-app-overview.md", "Lohnwerk Me app overview", "2026-07-01", """
**Lohnwerk Me** is the employee app for iOS and Android, also available in the browser. It is included in every plan at no extra cost.

## What employees can do

| Feature | Included |
|---|---|
| Open and download payslips and annual certificates | yes |
| Request leave and see the team calendar | yes |
| Request changes to address, bank details and emergency contacts | yes |
| Clock in and out | with the Time Tracking add-on |
| Sign documents | with the E-Signature add-on |

## Access and security

- Invitation by e-mail or printed activation code (valid 14 days).
- App PIN protects documents (introduced with Lohnwerk Me 3.0 in January 2026, mandatory since 1 July 2026).
- Payslips remain available for **10 years**, also after the employee leaves.

## Languages

German, English, French and Italian; the app follows the phone's language.

## For admins

Invitations: Lohnwerk Me: invitations. Delivery settings: Payslip delivery.
""")

doc("release-policy.md", "Release policy and versioning", "2026-01-13", """
## Release rhythm

Lohnwerk publishes one **minor release per month**, usually on the second Tuesday. Patch releases with fixes follow when needed, typically one or two weeks later.

## Version numbers

Versions follow the scheme MAJOR.MINOR.PATCH. The major number increases once a year in January (4.x in 2024, 5.x in 2025, 6.x in 2026). 7.0.0 is planned for January 2027.

## Statutory changes

New statutory values for a year are loaded before the year starts, in the last releases of the previous year. They only apply to payroll periods of the new year.

## Breaking changes

Changes that require action from admins are marked "Changed" in the release notes and announced at least 60 days in advance in a notice, for example the deprecation of LW-CSV v1.
""")

doc("getting-started-germany.md", "Getting started in Germany", "2026-03-17", """
This guide lists what you need before the first German payroll in Lohnwerk.

## Company data

| Item | Where |
|---|---|
| Betriebsnummer of each workplace | Settings > Company |
| Tax number of the workplace tax office | Settings > Company > Germany |
| Authentication certificate for ELStAM and tax returns | Settings > Company > Germany > Certificates |
| Accident insurance membership and hazard tariffs | Settings > Company > Germany > Accident insurance |
| U1/U2 levy rates per health insurance fund | Settings > Company > Germany > Levies |

## Employee data

Tax ID, social insurance number, health insurance fund, contribution group key, person group key, bank details, contract and pay elements.

## First run

1. Import employees (How to import employees from a file).
2. Register all employees for ELStAM; the first change list arrives the next day.
3. Run a payroll preview and compare with your previous payroll.
4. Finalise; registrations and contribution statements are sent automatically.

Contribution statements are due on the fifth-last banking day of the month.
""")

doc("getting-started-austria.md", "Getting started in Austria", "2026-03-17", """
What you need before the first Austrian payroll in Lohnwerk.

## Company data

- Dienstgebernummer at the ÖGK
- Tax office and tax number
- MV-Kasse contract and Beitragskontonummer
- Municipality codes of all workplaces (for Kommunalsteuer)
- Federal state of each workplace (for the DZ rate)

## Employee data

Insurance number, contribution group (e.g. D1), commuter allowance data (L34), sole earner or single parent credits, family bonus.

## Deadlines

| Filing | Due |
|---|---|
| ELDA registration | before work starts |
| mBGM | 15th of the following month |
| DB, DZ, municipal tax payments | 15th of the following month |
| L16 annual pay certificates | end of February |
| Municipal tax return | 31 March |

Special payments (13th and 14th salary) are calculated with the annual sixth; see Special payments (Austria).
""")

doc("getting-started-switzerland.md", "Getting started in Switzerland", "2026-03-17", """
What you need before the first Swiss payroll in Lohnwerk.

## Company data

- UID and AHV member number at your compensation office
- UVG and KTG policies with the employee codes
- BVG pension fund contract and plans
- Family compensation fund (FAK) of each canton where you have workplaces
- Withholding tax number per canton, if you employ people subject to withholding tax

## Employee data

AHV number (756…), BVG plan, UVG/KTG codes, withholding tax tariff code if applicable, children for family allowances.

## Filings

Lohnwerk is certified for Swissdec ELM 5.0 and sends salary data to the compensation office, insurers, tax administrations and the statistics office. Withholding tax settlements are due per canton; see "Withholding tax in <canton>".

## Data region

Enterprise customers can host Swiss companies in Zürich (ch-zrh-1) since 6 October 2026.
""")

doc("switching-to-lohnwerk.md", "Switching to Lohnwerk from another payroll provider", "2026-04-21", """
You can switch to Lohnwerk at the beginning of any month. A switch at the start of the year is simplest because no year-to-date values are needed.

## Mid-year switch

You need, per employee:

- year-to-date gross pay, wage tax, church tax and solidarity surcharge
- year-to-date contribution bases per insurance branch
- one-off payments already made in the year
- leave and overtime balances

Lohnwerk imports these as opening balances so that annual certificates and one-off payment calculations are correct.

## Recommended timeline

| Week | Step |
|---|---|
| 1 | Set up company data, import employees |
| 2 | Import opening balances |
| 3 | Parallel run of one month, compare results |
| 4 | Go live, send registrations |

Our onboarding team supports Team, Business and Enterprise customers free of charge; Starter customers get templates and video guides.
""")

doc("kanzlei-partnerprogramm.md", "Kanzlei-Partnerprogramm für Steuerberater", "2026-02-24", """
Steuer- und Lohnbüros können mit Lohnwerk die Lohnabrechnung ihrer Mandanten direkt im Mandantenkonto erledigen.

## Vorteile für Kanzleien

- Zugriff auf alle Mandanten mit einem Login
- Export an KanzleiLink, BMX NTS und weitere Buchhaltungssysteme
- 15 % Partnerrabatt auf den Listenpreis für Mandanten, die über die Kanzlei abrechnen
- Kostenlose Schulungen und ein fester Ansprechpartner

## Voraussetzungen

- Mindestens fünf Mandanten in Lohnwerk innerhalb von zwölf Monaten
- Teilnahme an der Grundschulung (zwei Stunden, online)

## Anmeldung

Über das Partnerformular im Hilfebereich. Die Freischaltung dauert in der Regel drei Werktage.
""")

doc("accessibility-statement.md", "Accessibility statement", "2025-11-04", """
Lohnwerk aims to make the web app and Lohnwerk Me usable for everyone.

## Current status

The web app meets most requirements of WCAG 2.1 level AA. Known limitations:

- The monthly input grid can be used with the keyboard, but screen readers announce cell changes only partly.
- Some charts in reports have no text alternative; the underlying data can be exported as XLSX.
- PDF payslips are tagged; older payslips created before 2025 are not.

## Feedback

Report accessibility problems to support@lohnwerk.example with the subject "Accessibility". We answer within five business days.
""")

doc("roadmap-2027-h1.md", "Product roadmap: first half of 2027", "2026-11-12", """
This page lists what we plan for the first half of 2027. Plans can change; dates are targets, not commitments.

| Target | Topic | Status |
|---|---|---|
| January 2027 | Release 7.0.0 with the 2027 statutory values active and a new navigation | in development |
| February 2027 | pain.001.001.03 removed (28 February 2027) | scheduled |
| March 2027 | LW-CSV v1 removed (31 March 2027) | scheduled |
| April 2027 | API v1 switched off (30 April 2027) | scheduled |
| Q2 2027 | Digital employment certificates in Lohnwerk Me | planned |
| Q2 2027 | Italian interface for Ticino companies | planned |

We publish details in the release notes of each version.
""", "Date")

doc("notice-2026-05-26-elstam-certificate-renewal.md", "Notice: Renew ELStAM authentication certificates in time", "2026-05-26", """
Authentication certificates for ELStAM and electronic tax returns are valid for three years. Many certificates uploaded when customers started with Lohnwerk in 2023 expire in 2026.

## What happens if a certificate expires

ELStAM retrieval and wage tax returns fail with **LW-4002** (ELStAM certificate expired). Payroll runs still work with the last known tax attributes, but returns cannot be sent.

## What to do

1. Check the expiry date in Settings > Company > Germany > Certificates.
2. Request a new certificate from the tax authority portal at least four weeks before expiry.
3. Upload the new certificate file and enter its PIN.

Lohnwerk sends reminders 60, 30 and 7 days before expiry to the payroll owner.
""", "Date")

doc("shared-responsibilities.md", "Who is responsible for what: customer and Lohnwerk", "2025-10-07", """
Lohnwerk calculates payroll according to the statutory rules and transmits filings. The employer remains legally responsible for the payroll.

| Task | Customer | Lohnwerk |
|---|---|---|
| Correct employee and contract data | ✔ | |
| Statutory rates and thresholds in the rule tables | | ✔ |
| Calculation of pay, taxes and contributions | | ✔ |
| Approval and finalisation of runs | ✔ | |
| Transmission of filings | | ✔ (after finalisation) |
| Payment of salaries, taxes and contributions | ✔ | |
| Responding to queries from authorities | ✔ | ✔ with Lohnwerk Service |

## When Lohnwerk makes a mistake

If a wrong value in our rule tables leads to late payment surcharges, we reimburse them. Report such cases within three months of the surcharge notice.
""")

doc("understanding-the-payslip.md", "Understanding the Lohnwerk payslip", "2026-01-13", """
A Lohnwerk payslip has the same structure in all three countries. This page explains the sections so that you can answer employees' questions.

## Sections

| Section | Content |
|---|---|
| Header | Company, employee, personnel number, period, tax and insurance attributes |
| Gross pay | All pay elements with quantity, rate and amount |
| Statutory deductions | Taxes and employee social insurance contributions per branch |
| Net pay | Gross minus statutory deductions |
| Net deductions and additions | Advances, garnishments, reimbursements |
| Payout | Amount transferred and target account |
| Year-to-date (optional) | Cumulative gross, tax and contributions |
| Balances (optional) | Leave and overtime balances |

## Retro corrections

If a previous month was recalculated, the payslip shows a section "Corrections for previous periods" with the difference per pay element and contribution. The difference is included in the current payout.

## Why the net pay changes in January

In January new statutory values apply (for example contribution rates and ceilings), and health insurance funds may change their supplementary contribution. The payslip shows the new rates in the statutory deductions section.
""")

doc("billing-and-payment-terms.md", "Billing and payment terms", "2026-10-01", """
## Billing period

Lohnwerk is billed monthly in arrears per billable employee, or annually in advance with a 10% discount. Invoices are issued on the 3rd of the following month.

## Payment methods

SEPA direct debit, credit card, or bank transfer (annual billing only). Payment is due 14 days after the invoice date.

## Price changes

We announce price changes at least 60 days in advance. The last change was the Team plan price from €6.90 to €7.40 on 1 October 2026, announced on 15 July 2026.

## Late payment

After two reminders, access can be restricted to read-only. Payroll data remains available for export.

## Cancellation

Monthly plans: 30 days' notice to the end of a month. Annual plans: at the end of the term. After cancellation the account stays read-only for 90 days.
""")

doc("notice-2026-06-02-lohnwerk-me-pin.md", "Notice: PIN protection for payslips in Lohnwerk Me", "2026-06-02", """
Since Lohnwerk Me 3.0 (release 6.0.0, January 2026) employees can protect their documents with an app PIN. From **1 July 2026** the PIN becomes mandatory for opening payslips and certificates.

## What employees see

At the first start after 1 July 2026 the app asks them to set a four- to six-digit PIN. Face or fingerprint unlock can replace the PIN on supported phones.

## What admins need to do

Nothing. If an employee forgets the PIN, they can reset it with their password; HR does not need to be involved.

## Why

Payslips contain sensitive data, and many employees share devices with family members.
""", "Date")

doc("notice-2026-09-08-eau-auto-requests.md", "Notice: Automatic eAU requests from release 6.8.0", "2026-09-08", """
From release 6.8.0 (8 September 2026) Lohnwerk requests electronic certificates of incapacity for work (eAU) **automatically on the fourth day** of a recorded sick leave.

## Details

- The day can be changed per company (day 1 to day 4) in Filings > Germany > eAU.
- If the certificate is not available yet (LW-4007), Lohnwerk repeats the request daily for 14 days.
- Privately insured employees are excluded; they still provide a paper certificate.
- You can switch automatic requests off.

Until now, eAU requests had to be started manually from the absence screen (available since release 5.4.0).
""", "Date")

doc("notice-2026-09-15-print-service-prices.md", "Notice: Print service prices from 1 January 2027", "2026-09-15", """
Our print and postal service for payslips (Settings > Payroll > Delivery) becomes more expensive on **1 January 2027** because postage rates in Germany, Austria and Switzerland increase.

| Destination | until 31 December 2026 | from 1 January 2027 |
|---|---|---|
| Germany and Austria | €0.95 per letter | €1.10 per letter |
| Switzerland | CHF 1.20 per letter | CHF 1.35 per letter |

The price includes printing, envelope and postage. Letters are printed in Leipzig and posted the day after the payslips are published.

## Save costs with Lohnwerk Me

Payslips in Lohnwerk Me are free of charge. Employees who have not activated the app within 14 days fall back to the channel you selected, for example print. Use the invitation by printed activation code to reach employees without e-mail.
""", "Date")

doc("notice-2026-11-12-known-issue-four-weekly-preview.md", "Known issue: wrong comparison month in the payroll preview for four-weekly groups", "2026-11-17", """
**Status: fixed in release 6.10.1 (17 November 2026).**

## Symptom

In payroll groups with a four-weekly period, the comparison column of the payroll preview showed the values of the period two periods back instead of the previous period. Net changes were therefore highlighted incorrectly.

## Impact

Only the preview comparison was affected. Calculations, payslips, payments and filings were correct.

## Timeline

| Date | Event |
|---|---|
| 10 November 2026 | Release 6.10.0 introduced the issue |
| 12 November 2026 | Issue confirmed, this notice published |
| 17 November 2026 | Fix released in 6.10.1 |

No action is needed. If you approved a four-weekly run between 10 and 17 November based on the comparison column, the run itself is still correct.
""", "Date")

doc("notice-2026-10-26-kanzleilink-certificate.md", "Notice: KanzleiLink connections need a new certificate by 1 December 2026", "2026-10-26", """
KanzleiLink renews the certificates used by connected payroll systems. Lohnwerk connections to KanzleiLink must be re-authorised with the new certificate **by 1 December 2026**. Uploads from connections that still use the old certificate will fail from that date with LW-7009 (KanzleiLink upload failed).

## What to do

1. Go to Settings > Integrations > KanzleiLink.
2. Click **Renew certificate** and log in with your KanzleiLink account.
3. Confirm the consultant number and client number.
4. Create a test upload for the last finalised run.

The renewal takes about two minutes per company. Tax advisers who manage several clients can renew all connections at once in the partner view.

## Why

The old certificate generation uses a key length that KanzleiLink no longer accepts from December 2026.
""", "Date")

doc("notice-2026-10-21-at-collective-agreements.md", "Notice: Austrian collective agreements loaded for 2026/2027", "2026-10-21", """
Lohnwerk checks salaries of Austrian employees against the minimum salaries of their collective agreement (Kollektivvertrag). We have loaded the new minimum salaries that are already known:

| Collective agreement | New minimum salaries from |
|---|---|
| Metalltechnische Industrie | 1 November 2026 |
| Papierindustrie | 1 November 2026 |
| Handel (Angestellte) | 1 January 2027 |
| IT-Dienstleistungen (UBIT) | 1 January 2027 |
| Information und Consulting | 1 January 2027 |
| Spedition und Logistik | 1 January 2027 |
| Banken und Bankiers | 1 February 2027 |
| Sozialwirtschaft Österreich | 1 February 2027 |

Agreements with changes from May 2027 (Bauindustrie und Baugewerbe, Elektro- und Elektronikindustrie, Chemische Industrie, Hotel- und Gastgewerbe) were settled in multi-year deals; their May 2027 figures are loaded as well. The values per grade are on the page of each agreement ("Collective agreement Austria: …").

Lohnwerk does not raise salaries automatically. The payroll preview shows a warning if an employee's salary is below the new minimum.
""", "Date")


def gen_core():
    for fname, title, date, body, dk in CORE:
        write_doc(fname, title, date, body, "core", datekey=dk)
    return len(CORE)

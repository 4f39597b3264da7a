"""API reference, webhook events, integrations, pay element reference."""
import json
from lib import *
from facts import *

B = API["base"]

# resource, method, path, title, description, params(list of (name,type,desc)), body example dict or None, response example, scope
ENDPOINTS = [
    ("employees", "GET", "/employees", "List employees", "Returns the employees of the company, newest first. Former employees are included when status=all.",
     [("status", "string", "active (default), left or all"), ("cost_centre", "string", "Filter by cost centre code"), ("limit", "integer", f"Page size, default {API['page_default']}, max {API['page_max']}"), ("cursor", "string", "Cursor from the previous page")],
     None, {"data": [{"id": "emp_7Hq2", "personnel_number": "1042", "first_name": "Ada", "last_name": "Muster", "status": "active"}], "next_cursor": "c_93kd"}, "employees:read"),
    ("employees", "GET", "/employees/{id}", "Retrieve an employee", "Returns one employee with personal, contract and payroll-relevant data. Sensitive fields (bank, tax) are only included with the matching scope.",
     [("id", "string", "Employee ID"), ("expand", "string", "Comma-separated: contract, tax, social_insurance, bank")],
     None, {"id": "emp_7Hq2", "first_name": "Ada", "last_name": "Muster", "entry_date": "2025-04-01", "country": "DE"}, "employees:read"),
    ("employees", "POST", "/employees", "Create an employee", "Creates an employee in status onboarding. Payroll-critical data can be added later; the onboarding checklist shows what is missing.",
     [("Idempotency-Key", "header", "Recommended; keys are valid for 24 hours")],
     {"first_name": "Ada", "last_name": "Muster", "entry_date": "2027-01-01", "country": "DE", "workplace_id": "wp_01"}, {"id": "emp_8Zt1", "status": "onboarding"}, "employees:write"),
    ("employees", "PATCH", "/employees/{id}", "Update an employee", "Changes one or more fields. Fields with effective dating require effective_from; without it the change applies from today.",
     [("id", "string", "Employee ID"), ("effective_from", "date", "First day the change applies")],
     {"effective_from": "2026-12-01", "address": {"street": "Lindenweg 3", "postal_code": "04109", "city": "Leipzig"}}, {"id": "emp_7Hq2", "updated": True}, "employees:write"),
    ("employees", "POST", "/employees/{id}/exit", "Record an employee exit", "Sets the leaving date and reason. Lohnwerk prepares deregistrations and final pay items.",
     [("id", "string", "Employee ID")], {"leaving_date": "2026-12-31", "reason_code": "resignation"}, {"id": "emp_7Hq2", "status": "leaving"}, "employees:write"),
    ("contracts", "GET", "/employees/{id}/contracts", "List contracts of an employee", "Returns all contract records, including historic ones, ordered by start date.",
     [("id", "string", "Employee ID")], None, {"data": [{"id": "con_1", "type": "permanent", "weekly_hours": 40, "start": "2025-04-01"}]}, "employees:read"),
    ("contracts", "POST", "/employees/{id}/contracts", "Create a contract", "Adds a contract record. Overlapping periods are rejected with LW-2018.",
     [("id", "string", "Employee ID")], {"type": "fixed_term", "start": "2027-01-01", "end": "2027-06-30", "weekly_hours": 30}, {"id": "con_2"}, "employees:write"),
    ("pay-elements", "GET", "/employees/{id}/pay-elements", "List recurring pay elements", "Returns recurring pay elements assigned to an employee with validity periods.",
     [("id", "string", "Employee ID"), ("valid_on", "date", "Only elements valid on this date")], None, {"data": [{"number": "1000", "amount": "4200.00", "valid_from": "2026-01-01"}]}, "payroll:read"),
    ("pay-elements", "POST", "/employees/{id}/pay-elements", "Assign a recurring pay element", "Assigns a pay element from the company catalogue. Amounts are strings with two decimals.",
     [("id", "string", "Employee ID")], {"number": "1000", "amount": "4350.00", "valid_from": "2027-01-01"}, {"id": "pe_44"}, "payroll:write"),
    ("pay-elements", "GET", "/pay-element-catalogue", "List the pay element catalogue", "Returns all pay elements of the company with tax and contribution treatment.",
     [("country", "string", "DE, AT or CH")], None, {"data": [{"number": "2410", "name": "Overtime payout", "taxable": True}]}, "payroll:read"),
    ("absences", "GET", "/absences", "List absences", "Returns absences in a date range. Health-related absence types require the absences:health scope.",
     [("from", "date", "Start of range"), ("to", "date", "End of range"), ("employee_id", "string", "Optional filter")], None, {"data": [{"id": "abs_9", "type": "vacation", "from": "2026-12-22", "to": "2026-12-31"}]}, "absences:read"),
    ("absences", "POST", "/absences", "Create an absence", "Creates an approved absence, for example from an external leave system. Requests from Lohnwerk Me are not created through this endpoint.",
     [], {"employee_id": "emp_7Hq2", "type": "vacation", "from": "2027-02-01", "to": "2027-02-05"}, {"id": "abs_10", "status": "approved"}, "absences:write"),
    ("absences", "DELETE", "/absences/{id}", "Delete an absence", "Deletes an absence. Absences in finalised payroll periods cannot be deleted (HTTP 409).",
     [("id", "string", "Absence ID")], None, {"deleted": True}, "absences:write"),
    ("time-entries", "POST", "/time-entries/bulk", "Upload time entries in bulk", "Uploads up to 5,000 time entries per request. Entries for locked periods are rejected with LW-7008.",
     [("Idempotency-Key", "header", "Required for bulk uploads")], {"entries": [{"employee_id": "emp_7Hq2", "date": "2026-11-18", "hours": "8.00", "type": "work"}]}, {"accepted": 1, "rejected": 0}, "time:write"),
    ("time-entries", "GET", "/time-entries", "List time entries", "Returns time entries for a period and optional employee.",
     [("from", "date", "Start"), ("to", "date", "End"), ("employee_id", "string", "Optional")], None, {"data": [{"date": "2026-11-18", "hours": "8.00"}]}, "time:read"),
    ("payroll-runs", "GET", "/payroll-runs", "List payroll runs", "Returns payroll runs with status draft, calculated, approved, finalised or reopened.",
     [("period", "string", "YYYY-MM"), ("status", "string", "Optional filter")], None, {"data": [{"id": "run_2611", "period": "2026-11", "status": "calculated"}]}, "payroll:read"),
    ("payroll-runs", "POST", "/payroll-runs", "Create a payroll run", "Creates a draft run for a payroll group and period. Only one regular run per group and period is allowed.",
     [], {"payroll_group_id": "pg_main", "period": "2026-12", "type": "regular"}, {"id": "run_2612", "status": "draft"}, "payroll:write"),
    ("payroll-runs", "POST", "/payroll-runs/{id}/calculate", "Calculate a payroll run", "Starts the calculation asynchronously. Subscribe to payroll.calculated or poll the run.",
     [("id", "string", "Run ID")], None, {"id": "run_2612", "status": "calculating"}, "payroll:write"),
    ("payroll-runs", "POST", "/payroll-runs/{id}/finalise", "Finalise a payroll run", "Finalises an approved run. The API cannot approve runs; approval always happens in the web app.",
     [("id", "string", "Run ID"), ("publish_at", "datetime", "When payslips are published in Lohnwerk Me")], None, {"id": "run_2612", "status": "finalising"}, "payroll:finalise"),
    ("monthly-inputs", "POST", "/payroll-runs/{id}/inputs", "Add monthly inputs", "Adds variable inputs (hours, bonuses, deductions) to a draft or calculated run. The run must be recalculated afterwards.",
     [("id", "string", "Run ID")], {"inputs": [{"employee_id": "emp_7Hq2", "pay_element": "2100", "amount": "500.00"}]}, {"accepted": 1}, "payroll:write"),
    ("monthly-inputs", "GET", "/payroll-runs/{id}/inputs", "List monthly inputs", "Returns all variable inputs of a run.",
     [("id", "string", "Run ID")], None, {"data": [{"employee_id": "emp_7Hq2", "pay_element": "2100", "amount": "500.00"}]}, "payroll:read"),
    ("payslips", "GET", "/payslips", "List payslips", "Returns finalised payslips with gross, net and employer cost totals.",
     [("period", "string", "YYYY-MM"), ("employee_id", "string", "Optional")], None, {"data": [{"id": "ps_1", "gross": "4200.00", "net": "2711.36"}]}, "payslips:read"),
    ("payslips", "GET", "/payslips/{id}/pdf", "Download a payslip PDF", "Returns the payslip as PDF. The response is binary (application/pdf).",
     [("id", "string", "Payslip ID")], None, None, "payslips:read"),
    ("cost-centres", "GET", "/cost-centres", "List cost centres", "Returns the cost centres of the company.",
     [("valid_on", "date", "Optional")], None, {"data": [{"code": "KST-100", "name": "Production"}]}, "settings:read"),
    ("cost-centres", "POST", "/cost-centres", "Create a cost centre", "Creates a cost centre. Codes have up to 12 characters and must be unique.",
     [], {"code": "KST-210", "name": "Logistics", "valid_from": "2027-01-01"}, {"code": "KST-210"}, "settings:write"),
    ("companies", "GET", "/companies", "List companies", "Returns all companies the API client may access. Use the Lohnwerk-Company header to select one in other calls.",
     [], None, {"data": [{"id": "cmp_1", "name": "Beispiel GmbH", "country": "DE"}]}, "companies:read"),
    ("documents", "POST", "/documents", "Upload a document", "Uploads a PDF to an employee's document inbox. Maximum size is 20 MB.",
     [("employee_id", "string", "Target employee"), ("category", "string", "contract, certificate or other")], None, {"id": "doc_5"}, "documents:write"),
    ("documents", "GET", "/documents", "List documents", "Returns documents of an employee with read receipts.",
     [("employee_id", "string", "Required")], None, {"data": [{"id": "doc_5", "read_at": None}]}, "documents:read"),
    ("exports", "POST", "/exports", "Create an export", "Creates an accounting or payment export for a finalised run. The export is created asynchronously; the export.ready webhook tells you when it is done.",
     [], {"run_id": "run_2611", "type": "accounting", "format": "lw-csv-v2"}, {"id": "exp_3", "status": "pending"}, "exports:write"),
    ("exports", "GET", "/exports/{id}", "Retrieve an export", f"Returns the export status and, when ready, a download URL valid for {EXPORT_LINK_HOURS} hours.",
     [("id", "string", "Export ID")], None, {"id": "exp_3", "status": "ready", "download_url": "https://files.lohnwerk.example/..."}, "exports:read"),
    ("webhooks", "GET", "/webhook-subscriptions", "List webhook subscriptions", "Returns the webhook subscriptions of the company.",
     [], None, {"data": [{"id": "wh_1", "url": "https://example.com/hook", "events": ["payroll.finalised"]}]}, "webhooks:read"),
    ("webhooks", "POST", "/webhook-subscriptions", "Create a webhook subscription", "Subscribes an HTTPS endpoint to one or more events. The signing secret is returned once.",
     [], {"url": "https://example.com/hook", "events": ["payroll.finalised", "payslip.published"]}, {"id": "wh_2", "secret": "whsec_..."}, "webhooks:write"),
    ("webhooks", "DELETE", "/webhook-subscriptions/{id}", "Delete a webhook subscription", "Stops deliveries immediately. Pending retries are discarded.",
     [("id", "string", "Subscription ID")], None, {"deleted": True}, "webhooks:write"),
    ("users", "GET", "/users", "List users", "Returns users (not employees) with their roles.",
     [], None, {"data": [{"id": "usr_1", "email": "hr@example.com", "roles": ["Payroll admin"]}]}, "users:read"),
]

EVENTS = [
    ("employee.created", "An employee was created in the web app, by import or through the API."),
    ("employee.updated", "Any field of an employee changed. The payload lists the changed field names, not the values."),
    ("employee.exited", "A leaving date was recorded."),
    ("payroll.calculated", "A payroll run finished calculating (also after recalculation)."),
    ("payroll.finalised", "A payroll run was finalised; payslips, payment files and exports are being created."),
    ("payroll.reopened", "A finalised run was reopened."),
    ("payslip.published", "Payslips of a run were published in Lohnwerk Me."),
    ("absence.approved", "A leave or absence request was approved."),
    ("absence.cancelled", "An approved absence was cancelled."),
    ("export.ready", "An export created via the API or the web app is ready to download."),
    ("filing.rejected", "A statutory filing (DEÜV, ELDA, ELM) was rejected by the recipient."),
    ("integration.paused", "An integration was paused after repeated errors (LW-7012)."),
]


def gen_api():
    for res, method, path, title, desc, params, body, resp, scope in ENDPOINTS:
        r = rng("api" + method + path)
        parts = [desc, "", "```http", f"{method} {B}{path}", "Authorization: Bearer <access_token>", "Lohnwerk-Company: <company_id>", "```", ""]
        parts += [f"**Required scope:** `{scope}`", ""]
        if params:
            parts += ["## Parameters", table(["Name", "Type", "Description"], params), ""]
        if body:
            parts += ["## Request body", "```json", json.dumps(body, indent=2, ensure_ascii=False), "```", ""]
        if resp:
            parts += ["## Response", r.choice(["Successful requests return HTTP 200 (201 for created resources):",
                                              "Example response:"]), "```json", json.dumps(resp, indent=2, ensure_ascii=False), "```", ""]
        parts += ["## Errors", bullets(["401 with LW-8001 if the token is invalid or expired",
                                        f"403 with LW-8002 if the client lacks `{scope}`",
                                        "422 with LW-8004 for validation errors",
                                        f"429 with LW-8003 when the rate limit of {API['rate']} requests per minute is exceeded"])]
        fname = f"api-{method.lower()}-{slugify(path.replace('{id}', 'id').replace('{code}', 'code').replace('{delivery_id}', 'delivery'))}.md"
        write_doc(fname, f"API: {title} ({method} {path})", r.choice(["2026-09-08", "2026-04-14", "2026-02-10", "2025-10-14"]) if "employees" not in path else "2026-09-08", "\n".join(parts), "api")
    for ev, desc in EVENTS:
        r = rng("ev" + ev)
        payload = {"id": "evt_01J9", "type": ev, "created_at": "2026-11-18T09:15:02Z", "company_id": "cmp_1", "data": {"id": "…"}}
        body = "\n".join([desc, "", "## Payload", "```json", json.dumps(payload, indent=2, ensure_ascii=False), "```", "",
                          "## Delivery", f"Events are delivered as HTTPS POST with the header `{API['sig_header']}` (HMAC-SHA256 of the raw body with your signing secret). "
                          f"Answer with any 2xx status within 10 seconds. Failed deliveries are retried {API['webhook_retries']} times within {API['webhook_window']}.",
                          "", "## Good practice", "Process events idempotently: the same event can arrive twice after a retry. Use the event id to detect duplicates, and fetch the current state of the resource through the API before acting on it.",
                          "", "See also: Webhooks, API: Webhook signatures."])
        write_doc(f"api-webhook-event-{ev.replace('.', '-')}.md", f"Webhook event: {ev}", "2026-05-12", body, "api")
    concepts = [
        ("api-authentication", "API: Authentication", "2026-02-10",
         f"The Lohnwerk API uses OAuth 2.0 with the client credentials grant. Create an API client in Settings > Developers > API clients (Business and Enterprise plans).\n\n"
         f"```http\nPOST {API['token_url']}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=...&client_secret=...\n```\n\n"
         f"Access tokens are valid for **{API['token_ttl']} seconds**. Request a new token when you receive LW-8001. Tokens from the sandbox do not work in production.\n\n"
         "Every request also needs the header `Lohnwerk-Company` with the company ID, because one client can access several companies."),
        ("api-rate-limits", "API: Rate limits", "2026-09-08",
         f"Since release {API['rate_change_version']} (8 September 2026) the API allows **{API['rate']} requests per minute per company** (previously {API['rate_old']}). "
         "Bulk endpoints count as one request.\n\n" +
         table(["Header", "Meaning"], [("X-RateLimit-Limit", "Requests allowed per minute"), ("X-RateLimit-Remaining", "Requests left in the current window"),
                                       ("Retry-After", "Seconds to wait after a 429 response")]) +
         "\n\nWhen you exceed the limit, the API answers with HTTP 429 and error LW-8003. Use webhooks instead of polling to stay well below the limit."),
        ("api-pagination", "API: Pagination", "2025-10-14",
         f"List endpoints use cursor pagination. The default page size is {API['page_default']}, the maximum is {API['page_max']} (parameter `limit`). "
         "Pass `next_cursor` from the response as `cursor` to get the next page. Cursors expire after 15 minutes (LW-8010).\n\n"
         "Results are ordered newest first unless the endpoint says otherwise."),
        ("api-errors", "API: Error responses", "2025-10-14",
         "Errors use standard HTTP status codes and a JSON body with a Lohnwerk error code:\n\n```json\n{\n  \"error\": {\"code\": \"LW-8004\", \"message\": \"Validation failed\", \"errors\": [{\"field\": \"entry_date\", \"message\": \"must be a date\"}]},\n  \"request_id\": \"req_5f2a\"\n}\n```\n\n" +
         table(["HTTP", "Typical code"], [("400", "LW-8004"), ("401", "LW-8001"), ("403", "LW-8002"), ("404", "LW-8005"), ("409", "LW-3007"), ("410", "LW-8007"), ("429", "LW-8003")]) +
         "\n\nAlways log the request_id; support needs it to trace a call."),
        ("api-idempotency", "API: Idempotency keys", "2025-10-14",
         f"POST requests accept an `Idempotency-Key` header. If a request with the same key and body is repeated within {API['idempotency_hours']} hours, the API returns the original response instead of creating a duplicate. "
         "Reusing a key with a different body returns LW-8006.\n\nBulk time entry uploads require an idempotency key.\n\nUse a random UUID per logical operation. If your job is retried after a timeout, send the same key again; you will receive the original result instead of a duplicate employee or payroll input."),
        ("api-versioning", "API: Versions and sunset of API v1", API["v1_notice"],
         f"The current API version is **v2** ({B}). API v1 is deprecated.\n\n"
         f"**Sunset of v1: {long_date(API['v1_sunset'])}.** The date was originally set to {long_date(API['v1_sunset_old'])} and was extended on {long_date(API['v1_notice'])} because several accounting partners needed more time. "
         "After the sunset, v1 calls return HTTP 410 with LW-8007.\n\n## Main differences\n" +
         bullets(["Cursor pagination instead of page numbers", "Amounts as strings with two decimals", "Idempotency keys for POST requests",
                  "Company selected by header instead of URL segment"]) + "\n\nSee also: Notice: API v1 sunset extended to 30 April 2027."),
        ("api-webhook-signatures", "API: Webhook signatures", "2026-05-12",
         f"Every webhook delivery contains the header `{API['sig_header']}` with the format `t=<timestamp>,v1=<signature>`. The signature is the HMAC-SHA256 of `<timestamp>.<raw body>` using your signing secret.\n\n"
         "Reject deliveries whose timestamp is older than five minutes. Compute the HMAC over the raw bytes of the body; parsing and re-serialising JSON changes the bytes and leads to mismatches (LW-8008)."),
        ("api-sandbox", "API: Sandbox environment", "2026-01-13",
         "The sandbox API runs at https://sandbox-api.lohnwerk.example/v2 with separate API clients. Sandbox companies never transmit filings or payments. "
         "Data in sandbox companies is deleted after 90 days.\n\nRate limits in the sandbox are 100 requests per minute."),
        ("api-sdks", "API: Client libraries", "2026-03-10",
         "Lohnwerk maintains two official client libraries:\n\n" + bullets(["`lohnwerk-python` (Python 3.9+)", "`@lohnwerk/node` (Node.js 18+)"]) +
         "\n\nBoth handle token refresh, pagination and retries with backoff for HTTP 429. Community libraries for PHP and Java exist but are not supported by Lohnwerk.\n\nThe libraries are versioned independently of Lohnwerk releases. Versions released after 8 September 2026 know the rate limit of 1,000 requests per minute."),
        ("api-overview", "API: Overview", "2026-09-08",
         f"The Lohnwerk API lets you read and write employee data, create payroll inputs, start payroll runs and download payslips and exports. It is available on the Business and Enterprise plans.\n\n" +
         table(["Topic", "Value"], [("Base URL", B), ("Authentication", "OAuth 2.0 client credentials"), ("Token lifetime", f"{API['token_ttl']} seconds"),
                                    ("Rate limit", f"{API['rate']} requests per minute per company"), ("Page size", f"default {API['page_default']}, max {API['page_max']}"),
                                    ("Webhook retries", f"{API['webhook_retries']} within {API['webhook_window']}"), ("v1 sunset", long_date(API['v1_sunset']))]) +
         "\n\nStart with API: Authentication, then API: List employees."),
        ("api-dates-and-amounts", "API: Dates, amounts and currencies", "2025-10-14",
         "Dates use ISO 8601 (YYYY-MM-DD), timestamps are UTC with Z suffix. Amounts are strings with exactly two decimals (\"4200.00\") to avoid floating point errors. "
         "The currency follows the company: EUR for German and Austrian companies, CHF for Swiss companies. Percentages are strings such as \"18.6\".\n\n## Rounding\nLohnwerk rounds commercially to the cent at the level of each payslip line. Totals in list endpoints are the sum of the rounded lines, so they always match the payslip PDF."),
    ]
    for slug, title, d, body in concepts:
        r = rng("c" + slug)
        rel = [c[1] for c in concepts if c[0] != slug]
        r.shuffle(rel)
        body += "\n\n## Related pages\n" + bullets(rel[:3]) + "\n\n" + r.choice([
            "The API is available on the Business and Enterprise plans. Questions about the API can be sent to support; include the request_id of the call.",
            "All examples use the production base URL https://api.lohnwerk.example/v2. For tests, use the sandbox environment with separate API clients.",
            "Official client libraries handle authentication, pagination and retries for you; see API: Client libraries."])
        write_doc(f"{slug}.md", title, d, body, "api")


# ---------------------------------------------------------------- integrations
# name, category, country, method, sync, plan, notes
INTEGRATIONS = [
    ("KanzleiLink", "accounting", "DE", "file upload via KanzleiLink platform", "after finalisation", "all", "Used by most German tax advisers. Needs consultant number and client number."),
    ("Buchwerk Pro", "accounting", "DE", "API connection", "after finalisation", "all", "Posts payroll journal entries directly into the Buchwerk Pro ledger."),
    ("Taxora", "accounting", "DE", "LW-CSV v2 file", "manual import", "all", "Taxora imports LW-CSV v2 files through its payroll import wizard."),
    ("Kontora", "accounting", "DE", "API connection", "after finalisation", "team+", "Supports cost centres and cost units."),
    ("BMX NTS", "accounting", "AT", "file export (BMX format)", "after finalisation", "all", "Standard accounting software of Austrian tax advisers."),
    ("Rechnungsfuchs", "accounting", "AT", "API connection", "after finalisation", "team+", "Austrian small business accounting."),
    ("Alpbuch", "accounting", "CH", "API connection", "after finalisation", "all", "Swiss accounting with Swiss chart of accounts KMU."),
    ("Ledgerli", "accounting", "CH", "LW-CSV v2 file", "manual import", "all", "Cloud accounting for Swiss SMEs."),
    ("ZeitPilot", "time tracking", "DE/AT/CH", "API connection", "hourly", "all", "Imports approved hours, surcharges and absences."),
    ("Stempelwerk", "time tracking", "DE", "API connection", "daily", "all", "Terminal-based time tracking for production sites."),
    ("ClockHub", "time tracking", "DE/AT/CH", "API connection", "hourly", "team+", "Project time tracking; only payroll-relevant hours are imported."),
    ("Timio", "time tracking", "AT", "CSV import", "manual", "all", "Import via Timio's payroll export file."),
    ("Schichtwerk", "shift planning", "DE/AT", "API connection", "daily", "team+", "Imports planned and actual shifts with night and Sunday surcharges."),
    ("Tacto Time", "time tracking", "CH", "API connection", "hourly", "all", "Swiss time tracking with half-day holiday support."),
    ("Personalia", "HR", "DE/AT/CH", "API connection", "real time", "business+", "Employee master data flows from Personalia to Lohnwerk."),
    ("HRnest", "HR", "DE", "API connection", "real time", "business+", "Syncs new hires, exits and changes from HRnest."),
    ("Teamdesk HR", "HR", "DE/AT", "API connection", "daily", "business+", "Syncs employee data and documents."),
    ("Bewerbo", "recruiting", "DE/AT/CH", "API connection", "on hire", "team+", "Creates an employee in onboarding when a candidate is hired."),
    ("Bankbrücke EBICS", "banking", "DE/AT", "EBICS", "on approval", "business+", "Sends payment files directly to your bank via EBICS."),
    ("Spesenfix", "travel expenses", "DE/AT/CH", "API connection", "after approval", "team+", "Imports approved expense claims as tax-free reimbursements."),
    ("Gutscheinwerk", "benefits", "DE", "API connection", "monthly", "team+", "Loads monthly benefit vouchers within the tax-free limit."),
    ("VorsorgeDirekt", "pension", "DE", "file exchange", "monthly", "team+", "Sends deferred compensation data to the pension provider."),
    ("Pensionskasse Helvetia Nova", "pension", "CH", "ELM / file", "monthly", "all", "BVG mutations and insured salaries."),
    ("Lernwerk LMS", "learning", "DE/AT/CH", "API connection", "daily", "business+", "Syncs employees to the learning platform."),
    ("SignaPro", "e-signature", "DE/AT/CH", "API connection", "on request", "team+", "Alternative e-signature provider for customers with an existing SignaPro contract."),
    ("Kassenbuch Gastro", "point of sale", "DE/AT", "CSV import", "manual", "all", "Imports tips and shift hours from restaurant POS systems."),
    ("Slackline Notify", "collaboration", "DE/AT/CH", "webhook", "real time", "business+", "Posts approval requests to chat channels."),
    ("DocuArchiv", "archiving", "DE", "API connection", "after finalisation", "business+", "Archives payslips and journals in a GoBD-compliant archive."),
]


def plan_name(p):
    return {"all": "all plans", "team+": "Team, Business and Enterprise", "business+": "Business and Enterprise"}[p]


def gen_integrations():
    for name, cat, country, method, sync, plan, notes in INTEGRATIONS:
        r = rng("int" + name)
        s = slugify(name)
        steps = [f"Go to **Settings > Integrations** and search for {name}.", "Click **Connect**."]
        if "API" in method:
            steps += [f"Log in to {name} in the pop-up window and allow Lohnwerk access.", "Choose the company in Lohnwerk that should be connected."]
        elif "file" in method or "CSV" in method:
            steps += ["Choose the file format and the delivery (download or e-mail).", f"Import the file in {name}."]
        else:
            steps += [f"Enter the connection data provided by {name}."]
        steps += ["Map employees by personnel number (default) or by e-mail.", "Run a test sync and check the log."]
        body = [r.choice([f"{name} is a {cat} system for customers in {country}. {notes}",
                          f"Connect Lohnwerk with **{name}** ({cat}, {country}). {notes}"]), "",
                table(["Property", "Value"], [("Category", cat), ("Countries", country), ("Connection", method),
                                              ("Sync", sync), ("Available on", plan_name(plan))]), "",
                "## Set up the connection", numbered(steps), ""]
        if cat == "accounting":
            body += ["## What is transferred", bullets(["Payroll journal per cost centre", "Employer contributions as separate postings",
                                                         "Payment liabilities (net pay, taxes, contributions)"]), "",
                     f"See also: {name}: field mapping, Account mapping, Accounting export settings.", ""]
        elif cat in ("time tracking", "shift planning"):
            body += ["## What is transferred", bullets(["Approved working hours", "Surcharges (night, Sunday, holiday)", "Absences, if enabled"]), "",
                     "Hours for periods whose payroll run is finalised are rejected (LW-7008) and must be entered as corrections.", ""]
        body += ["## Troubleshooting", bullets(["LW-7006: the connection expired, reconnect it.", "LW-7012: the integration was paused after 10 failed syncs.",
                                                "Unknown employee (LW-7007): personnel numbers differ between the systems."])]
        write_doc(f"integration-{s}.md", f"Integration guide: {name}", f"2026-0{r.randint(1, 6)}-{r.randint(2, 27):02d}", "\n".join(body), "integration")
        if cat == "accounting":
            rows = [("Pay element number", "Posting text prefix"), ("Debit account", "Expense account"), ("Credit account", "Liability account"),
                    ("Cost centre", "Cost centre / KST"), ("Amount", "Amount (two decimals, dot)"), ("Posting date", "Document date")]
            body2 = "\n".join([f"How Lohnwerk fields map to {name} fields in the payroll posting file.", "",
                               table(["Lohnwerk field", f"{name} field"], rows), "",
                               "## Account length", f"Account numbers are padded to the account length set in Settings > Accounting > Export. {name} " +
                               r.choice(["expects 4-digit accounts by default.", "accepts 4 to 8 digits.", "uses 6-digit accounts in its standard chart."]),
                               "", "## Format", ("Since 3 August 2026 new connections use LW-CSV v2 only. LW-CSV v1 is deprecated and will be removed on 31 March 2027."
                                                 if "LW-CSV" in method else f"The connection uses {method}; the LW-CSV deprecation does not affect it."),
                               "", "Missing mappings block the export with LW-7001; the list of unmapped items is shown in Settings > Accounting > Account mapping."])
            write_doc(f"integration-{s}-field-mapping.md", f"{name}: field mapping", "2026-08-03" if "LW-CSV" in method else f"2026-0{r.randint(1, 6)}-{r.randint(2, 27):02d}", body2, "integration")


# ---------------------------------------------------------------- pay elements
PAY_ELEMENTS = [
    ("1000", "Base salary", "Grundgehalt", "taxable, contribution-liable", "4100", "Monthly fixed salary from the contract."),
    ("1010", "Hourly wage", "Stundenlohn", "taxable, contribution-liable", "4100", "Hours times hourly rate; hours come from monthly inputs or time tracking."),
    ("1100", "Apprentice allowance", "Ausbildungsvergütung", "taxable, contribution-liable", "4130", "Training allowance for apprentices."),
    ("1200", "Mini-job pay", "Minijob-Entgelt", "flat-rate taxed or individual, flat-rate contributions", "4190", "Pay of marginal employees in Germany."),
    ("2100", "Bonus", "Bonus", "taxable, contribution-liable as one-off payment", "4120", "One-off bonus; taxed with the annual table."),
    ("2110", "Christmas bonus", "Weihnachtsgeld", "taxable, contribution-liable as one-off payment", "4120", "Annual Christmas bonus."),
    ("2120", "Holiday bonus", "Urlaubsgeld", "taxable, contribution-liable as one-off payment", "4120", "Annual holiday bonus."),
    ("2200", "Commission", "Provision", "taxable, contribution-liable", "4120", "Sales commission, regular or one-off."),
    ("2300", "13th salary", "13. Monatslohn", "taxable, contribution-liable", "4120", "Swiss 13th month salary."),
    ("2310", "Special payment (13th/14th)", "Sonderzahlung", "special payment taxation (AT)", "4120", "Austrian special payments within the annual sixth."),
    ("2400", "Overtime", "Überstunden", "taxable, contribution-liable", "4110", "Overtime hours paid at the hourly rate."),
    ("2410", "Overtime payout", "Überstundenauszahlung", "taxable, contribution-liable", "4110", "Payout of overtime account balances."),
    ("2420", "Tax-free overtime surcharge (AT)", "Überstundenzuschlag steuerfrei", "tax-free within limits", "4110", "Austrian tax-free overtime surcharges."),
    ("2500", "Night surcharge", "Nachtzuschlag", "tax-free within statutory limits", "4115", "Surcharge for work between 20:00 and 06:00."),
    ("2510", "Sunday surcharge", "Sonntagszuschlag", "tax-free within statutory limits", "4115", "Surcharge for Sunday work."),
    ("2520", "Holiday surcharge", "Feiertagszuschlag", "tax-free within statutory limits", "4115", "Surcharge for work on public holidays."),
    ("2600", "Continued pay (sickness)", "Entgeltfortzahlung", "taxable, contribution-liable", "4100", "Pay during the continued pay period."),
    ("2700", "Holiday pay payout", "Urlaubsabgeltung", "taxable, contribution-liable as one-off payment", "4120", "Payout of unused leave at exit."),
    ("2800", "Severance pay", "Abfindung", "taxable, contribution-free (DE)", "4125", "Severance payment on termination."),
    ("3000", "Company car benefit", "Geldwerter Vorteil Dienstwagen", "taxable, contribution-liable (benefit)", "4190", "Taxable private use of a company car."),
    ("3010", "Company car commuting", "Dienstwagen Fahrten Wohnung-Arbeit", "taxable, contribution-liable (benefit)", "4190", "0.03% per km commuting share."),
    ("3100", "Meal allowance", "Essenszuschuss", "tax-free or flat-rate taxed", "4145", "Subsidy for meals."),
    ("3110", "Breakfast benefit", "Sachbezug Frühstück", "benefit at official value", "4145", "Breakfast provided by the employer."),
    ("3120", "Lunch benefit", "Sachbezug Mittagessen", "benefit at official value", "4145", "Lunch provided by the employer."),
    ("3200", "Voucher", "Gutschein", "tax-free up to monthly limit", "4145", "Vouchers within the tax-free limit for benefits in kind."),
    ("3300", "Job ticket", "Jobticket", "tax-free or flat-rate taxed 25%", "4145", "Public transport ticket."),
    ("3400", "Internet allowance", "Internetpauschale", "flat-rate taxed 25%", "4145", "Flat internet allowance."),
    ("3500", "Per diem", "Verpflegungspauschale", "tax-free up to statutory rate", "4660", "Travel per diem."),
    ("3510", "Mileage allowance", "Kilometergeld", "tax-free up to statutory rate", "4660", "Reimbursement per km for private car use."),
    ("3600", "Family allowance (CH)", "Familienzulage", "taxable, not AHV-liable", "4180", "Swiss child and education allowances."),
    ("3700", "Capital-forming benefit", "Vermögenswirksame Leistung", "taxable, contribution-liable", "4170", "Employer share of VL."),
    ("3800", "Deferred compensation", "Entgeltumwandlung", "tax- and contribution-free within limits", "4168", "Employee contribution to company pension."),
    ("3810", "Employer pension subsidy", "Arbeitgeberzuschuss bAV", "tax-free within limits", "4168", "Mandatory employer subsidy on deferred compensation."),
    ("4000", "Advance", "Vorschuss", "net deduction", "1340", "Repayment of an advance."),
    ("4010", "Loan instalment", "Darlehensrate", "net deduction", "1340", "Instalment of an employer loan."),
    ("4100", "Garnishment", "Pfändung", "net deduction", "1741", "Payment to a creditor."),
    ("4200", "Net deduction other", "Sonstiger Nettoabzug", "net deduction", "1740", "Other deductions after tax, e.g. canteen."),
    ("4300", "Short-time work allowance", "Kurzarbeitergeld", "tax-free, progression clause", "4100", "Short-time allowance paid by the employer and reclaimed."),
]


def gen_pay_elements():
    for num, name, de, treat, acct, desc in PAY_ELEMENTS:
        r = rng("pe" + num)
        body = "\n".join([
            r.choice([f"Standard pay element **{num} – {name}** (*{de}*). {desc}", f"{desc} In the German interface the element is called *{de}*."]), "",
            table(["Property", "Value"], [("Number", num), ("Name", name), ("German name", de), ("Treatment", treat),
                                          ("Default expense account (SKR-style)", acct), ("Editable", "Payslip text and account only")]), "",
            "## How to use it", r.choice([
                "Assign the element as a recurring element in the employee's Pay tab, or enter it in Monthly inputs for one period.",
                "Enter amounts in Monthly inputs. For recurring amounts, assign it in the employee's Pay tab with a validity period."]),
            "", "## Notes", r.choice(["Standard pay elements 1000-4999 cannot be deleted. Create your own variant from 5000 upwards if you need a different treatment.",
                                      "If you need a different tax treatment, copy the element to a number from 5000 upwards and adjust the copy."]),
            "", "See also: Pay element catalogue, Account mapping."])
        write_doc(f"pay-element-{num}-{slugify(name)}.md", f"Pay element {num}: {name}", f"2025-0{r.randint(3, 9)}-{r.randint(2, 27):02d}", body, "reference")


def gen_all():
    gen_api(); gen_integrations(); gen_pay_elements()

ENDPOINTS.extend([
    ("payroll-runs", "GET", "/payroll-runs/{id}", "Retrieve a payroll run", "Returns one run with status, totals and the list of open warnings.",
     [("id", "string", "Run ID")], None, {"id": "run_2611", "status": "approved", "totals": {"gross": "812400.00", "net": "531220.18"}, "open_warnings": 0}, "payroll:read"),
    ("payslips", "GET", "/payslips/{id}", "Retrieve a payslip", "Returns the payslip with all lines: pay elements, statutory deductions, net deductions and payout.",
     [("id", "string", "Payslip ID")], None, {"id": "ps_1", "lines": [{"pay_element": "1000", "amount": "4200.00"}], "net": "2711.36"}, "payslips:read"),
    ("absences", "GET", "/absences/{id}", "Retrieve an absence", "Returns one absence including approval history.",
     [("id", "string", "Absence ID")], None, {"id": "abs_9", "type": "vacation", "approved_by": "usr_1"}, "absences:read"),
    ("absences", "GET", "/absence-types", "List absence types", "Returns the absence types configured for the company, with paid/unpaid flag.",
     [], None, {"data": [{"key": "vacation", "paid": True}, {"key": "sick", "paid": True, "health": True}]}, "absences:read"),
    ("time-entries", "DELETE", "/time-entries/{id}", "Delete a time entry", "Deletes a time entry. Entries in finalised periods cannot be deleted (LW-7008).",
     [("id", "string", "Time entry ID")], None, {"deleted": True}, "time:write"),
    ("cost-centres", "PATCH", "/cost-centres/{code}", "Update a cost centre", "Changes the name or validity of a cost centre. The code itself cannot be changed.",
     [("code", "string", "Cost centre code")], {"name": "Logistics North", "valid_to": "2027-12-31"}, {"code": "KST-210", "updated": True}, "settings:write"),
    ("companies", "GET", "/companies/{id}", "Retrieve a company", "Returns company master data, country, currency and data region.",
     [("id", "string", "Company ID")], None, {"id": "cmp_1", "country": "CH", "currency": "CHF", "region": "ch-zrh-1"}, "companies:read"),
    ("exports", "GET", "/exports", "List exports", "Returns exports of the last 90 days with status and format.",
     [("run_id", "string", "Optional filter")], None, {"data": [{"id": "exp_3", "format": "lw-csv-v2", "status": "ready"}]}, "exports:read"),
    ("webhooks", "GET", "/webhook-subscriptions/{id}/deliveries", "List webhook deliveries", "Returns the delivery log of a subscription with HTTP status and response body of your endpoint (last 30 days).",
     [("id", "string", "Subscription ID")], None, {"data": [{"event": "payroll.finalised", "status": 200, "attempt": 1}]}, "webhooks:read"),
    ("webhooks", "POST", "/webhook-subscriptions/{id}/deliveries/{delivery_id}/redeliver", "Redeliver a webhook", "Sends a failed delivery again. Useful after all 8 automatic retries failed.",
     [("id", "string", "Subscription ID"), ("delivery_id", "string", "Delivery ID")], None, {"queued": True}, "webhooks:write"),
    ("users", "GET", "/users/{id}", "Retrieve a user", "Returns one user with roles and company access.",
     [("id", "string", "User ID")], None, {"id": "usr_1", "roles": ["Payroll admin"], "two_factor": True}, "users:read"),
    ("documents", "GET", "/documents/{id}/download", "Download a document", "Returns the document file. Download URLs are valid for 72 hours.",
     [("id", "string", "Document ID")], None, None, "documents:read"),
])

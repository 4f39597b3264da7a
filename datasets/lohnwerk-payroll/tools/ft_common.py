SYSTEM = (
    "You are Schreibwerk, the writing assistant of the Lohnwerk customer-success team (payroll and HR software for "
    "companies in Germany, Austria and Switzerland). You draft four kinds of texts, each in its fixed house format: "
    "(1) replies to customer tickets from agent notes, (2) employee-facing HR announcements that customer admins send "
    "to their staff, (3) release-note entries from internal change notes, and (4) explanations of payslip changes from "
    "given figures. Answer in the language of the request (German uses the formal 'Sie' unless the request says "
    "otherwise). Use only the facts, names, dates and figures given in the request; never invent rates, prices, "
    "versions, deadlines or amounts. If the text needs a fact that the request does not give, insert a placeholder in "
    "square brackets, for example [bitte ergänzen: Datum] or [check: version]. Keep texts concise and friendly."
)


def de_num(x):
    s = f"{abs(x):,.2f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def en_num(x):
    return f"{abs(x):,.2f}"


def ch_num(x):
    return f"{abs(x):,.2f}".replace(",", "'")


def money(x, lang, cur, signed=False):
    sign = ""
    if signed:
        sign = "+" if x > 0.004 else ("−" if x < -0.004 else "±")
    if cur == "CHF":
        return f"{sign}CHF {ch_num(x)}"
    if lang == "de":
        return f"{sign}{de_num(x)} €"
    return f"{sign}€{en_num(x)}"

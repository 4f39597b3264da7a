from gen_common import *
from data_plans import *
from data_drugs import RAW, PLAN_OVERRIDES, PA_CRITERIA

MOVE_NOTICE = "Notice: Formulary Tier Changes Effective September 1, 2026"
MOUNJARO_NOTICE = "Notice: Prior Authorization Added for Mounjaro (October 1, 2026)"
TQ_NOTICE = "Notice: Lower Tier 2 Generic Copay on Turquoise Value HMO"


def parse():
    drugs = []
    for line in RAW.strip().splitlines():
        kind, name, other, cls, tier, flags, ql, note = line.split("|")
        flags = set(f for f in flags.split(",") if f)
        d = dict(kind=kind, name=name, other=other, cls=cls, flags=flags, ql=ql, note=note)
        if ">" in tier:
            old, new = tier.split(">")
            d["old_tier"] = int(old)
            d["tier"] = new if new == "NF" else int(new)
            d["moved"] = True
        else:
            d["tier"] = int(tier) if tier.isdigit() else tier
            d["moved"] = False
        d["slug"] = slugify(name)
        drugs.append(d)
    return drugs


DRUGS = parse()
BY_NAME = {d["name"]: d for d in DRUGS}


def money_num(s):
    m = re.match(r"\$(\d+)$", s)
    return int(m.group(1)) if m else None


def plan_status(d, p):
    """returns (tier_label, copay_string, pa_bool)"""
    ov = PLAN_OVERRIDES.get(d["name"], {}).get(p)
    tier = d["tier"]
    pa = "PA" in d["flags"] or "PA1001" in d["flags"]
    if ov:
        tier, pa, _ = ov
    if tier == "X":
        return ("Excluded", "Not covered (plan exclusion)", False)
    if tier == "NF":
        return ("Non-formulary", "Not covered without an approved formulary exception", False)
    base = TIER_COPAY[p][tier]
    if "PREV" in d["flags"] and p != "DB":
        return (f"Tier {tier}", "$0 (preventive)", pa)
    if "INS" in d["flags"]:
        n = money_num(base)
        if n is None or n > 35:
            return (f"Tier {tier}", "$35 (insulin cap)", pa)
    return (f"Tier {tier}", base, pa)


def tier_text(d):
    t = d["tier"]
    if t == "X":
        return "Excluded (see plan notes)"
    if t == "NF":
        return "Non-formulary"
    return TIER_NAMES[t]


def page_date(d):
    if d["name"] in ("Mounjaro",):
        return "2026-10-01"
    if d["moved"] or "NEW" in d["flags"]:
        if d["tier"] == 2:
            return "2026-10-01"
        return "2026-09-01"
    tiers = [d["tier"]] + [v[0] for v in PLAN_OVERRIDES.get(d["name"], {}).values()]
    if 2 in tiers:
        return rdate("2026-10-01", "2026-10-28")
    return rdate("2026-01-05", "2026-10-30")


def alternatives(d):
    same = [x for x in DRUGS if x["cls"] == d["cls"] and x["name"] != d["name"] and x["tier"] not in ("X", "NF")]
    same.sort(key=lambda x: (x["tier"], x["name"]))
    return same[:3]


def display(d):
    if d["kind"] == "G":
        nm = d["name"][0].upper() + d["name"][1:]
        return nm, (f"{nm} ({d['other']})" if d["other"] not in ("—", "") else nm)
    return d["name"], f"{d['name']} ({d['other']})"


def cost_table(d):
    rows = []
    for p in PLAN_ORDER:
        tl, c, pa = plan_status(d, p)
        if p == "TQ" and tl == "Tier 2" and c == "$15":
            c = "$15 (was $20 before Oct. 1, 2026)"
        rows.append([PLANS[p]["name"], tl, c, "Yes" if pa else "No"])
    return table(["Plan", "Tier", "30-day retail copay", "Prior authorization"], rows)


def cost_bullets(d):
    out = []
    for p in PLAN_ORDER:
        tl, c, pa = plan_status(d, p)
        extra = " — prior authorization required" if pa else ""
        if p == "TQ" and tl == "Tier 2" and c == "$15":
            extra += " (lowered from $20 on October 1, 2026)"
        out.append(f"- **{PLANS[p]['short']}**: {c} ({tl}){extra}")
    return "\n".join(out)


def rules_section(d):
    lines = []
    f = d["flags"]
    if "PA" in f or "PA1001" in f:
        crit = PA_CRITERIA.get(d["name"])
        if "PA1001" in f:
            lines.append("- **Prior authorization:** Required starting October 1, 2026 (it was not required before that date).")
        else:
            lines.append("- **Prior authorization:** Required. Your prescriber sends the request to Sun Mesa Pharmacy Services (fax " + PHONES["pa_fax_pharmacy"] + ").")
        if crit:
            lines.append("  Approval criteria:")
            lines += [f"  - {c}" for c in crit]
    else:
        lines.append("- **Prior authorization:** Not required.")
    if "ST" in f:
        lines.append("- **Step therapy:** Yes. You must try a preferred drug in the same class first, unless your prescriber documents why it is not right for you.")
    else:
        lines.append("- **Step therapy:** No.")
    lines.append(f"- **Quantity limit:** {d['ql'] if d['ql'] else 'None'}")
    if "PREV" in f:
        lines.append("- **Preventive drug:** $0 on Copper Saver, Turquoise Value, Sandstone Choice and Saguaro Premier when prescribed for a preventive use (see 'Preventive Drugs at $0'). Desert Bloom members pay the tier copay.")
    if "INS" in f:
        lines.append("- **Insulin cap:** You never pay more than $35 for a 30-day supply of a covered insulin on any Sun Mesa plan (see 'Insulin for $35 a Month').")
    if d["tier"] == 5:
        lines.append("- **Specialty drug:** Must be filled by Sun Mesa Specialty Rx (" + PHONES["specialty"] + "). Limited to a 30-day supply.")
    return "\n".join(lines)


def change_note(d):
    if d["moved"]:
        if d["tier"] == "NF":
            return (f"**Change on September 1, 2026:** {d['name']} moved from Tier {d['old_tier']} to **non-formulary**. "
                    f"Preferred biosimilars Hyrimoz (adalimumab-adaz) and Cyltezo (adalimumab-adbm) stay on Tier 5. See '{MOVE_NOTICE}'.")
        return (f"**Tier change on September 1, 2026:** {d['name']} moved from Tier {d['old_tier']} to Tier {d['tier']}. "
                f"See '{MOVE_NOTICE}'.")
    if "NEW" in d["flags"]:
        return f"**Added on September 1, 2026:** this generic was added to the formulary on Tier 2 when Symbicort moved to Tier 4. See '{MOVE_NOTICE}'."
    if "PA1001" in d["flags"]:
        return f"**Change on October 1, 2026:** prior authorization is now required. See '{MOUNJARO_NOTICE}'."
    return ""


def plan_notes(d):
    ov = PLAN_OVERRIDES.get(d["name"])
    if not ov:
        return ""
    out = ["## Plan-specific coverage"]
    excluded = [PLANS[p]["name"] for p in PLAN_ORDER if p not in ov]
    out.append("- Excluded (not covered) on: " + ", ".join(excluded) + ".")
    for p, (t, pa, note) in ov.items():
        out.append(f"- {note}")
    return "\n".join(out)


def mail_line(d):
    if d["tier"] == 5:
        return "Not available through Mesa Mail Pharmacy. Specialty drugs are shipped by Sun Mesa Specialty Rx, one month at a time."
    if d["tier"] in ("X", "NF"):
        return "Not applicable."
    if d["ql"] and "7-day" in d["ql"]:
        return "Opioid pain relievers are limited to a 30-day supply and are not sent by mail for new users."
    return pick("Available as a 90-day supply through Mesa Mail Pharmacy for 2 times the 30-day copay (Desert Bloom: $0 by mail for Tier 1 and Tier 2).",
                "You can get a 90-day supply by mail from Mesa Mail Pharmacy. It costs twice the 30-day copay; Desert Bloom members pay $0 for Tier 1 and Tier 2 drugs by mail.",
                "90-day mail order: yes (2 × the 30-day copay; $0 for Desert Bloom Tier 1 and 2).")


def generic_line(d):
    if d["kind"] == "G":
        return pick("Yes — this is the generic.", "This entry is the generic version.", "Generic drug.")
    if d["kind"] == "B":
        g = BY_NAME.get(d["other"])
        if g and g["tier"] not in ("X", "NF"):
            return f"Yes. The generic, {d['other']}, is on Tier {g['tier']} and costs less on every plan (see 'Formulary: {display(g)[1]}')."
        return f"Yes — {d['other']}."
    return "No generic is available at this time."


def drug_page(d):
    short, full = display(d)
    date = page_date(d)
    title_t = rng.randint(0, 3)
    if d["kind"] == "B":
        title_t = 3
    alts = alternatives(d)
    alt_lines = "\n".join(f"- {display(a)[1]} — {TIER_NAMES[a['tier']]}" for a in alts)
    cn = change_note(d)
    pn = plan_notes(d)
    if title_t == 0:
        body = f"""# Formulary: {full}
Updated: {date}

{cn}

| Field | Detail |
|---|---|
| Drug | {full} |
| Drug class | {d['cls']} |
| Formulary tier | {tier_text(d)} |
| Generic available | {generic_line(d)} |
| Quantity limit | {d['ql'] or 'None'} |

## What you pay
{cost_table(d)}

Copays are for a 30-day supply at a Sun Mesa network pharmacy.

## Coverage rules
{rules_section(d)}

{pn}

## Mail order
{mail_line(d)}

## Other drugs in this class
{alt_lines or '- None listed.'}

Questions about this drug? Call the Sun Mesa pharmacy help line at {PHONES['pharmacy_help']} (TTY 711).
"""
    elif title_t == 1:
        use = d['cls'].split('(')[-1].rstrip(')') if '(' in d['cls'] else d['cls'].lower()
        body = f"""# Formulary: {full}
Updated: {date}

{short} is a {d['cls'].lower()} medicine. {'It is used for ' + use + '. ' if '(' in d['cls'] else ''}On the Sun Mesa Health formulary it is listed as **{tier_text(d)}**.

{cn}

### Cost by plan (30-day supply, network pharmacy)
{cost_bullets(d)}

### Rules that apply
{rules_section(d)}

{pn}

### Generic and mail-order options
- Generic: {generic_line(d)}
- Mail order: {mail_line(d)}

{('If ' + short + ' is not right for you, your prescriber may consider: ' + ', '.join(display(a)[1] for a in alts) + '.') if alts else ''}

*This entry is part of the 2026 Sun Mesa Health Formulary. See 'Formulary Overview and Drug Tiers' for how tiers work.*
"""
    elif title_t == 2:
        tl0 = tier_text(d)
        body = f"""# Formulary: {full}
Updated: {date}

**Is {short} covered?**
{(('Yes. ' + short + ' is on the 2026 Sun Mesa formulary as ' + tl0 + '.') if d['tier'] not in ('X','NF') else ('Only in limited cases. ' + short + ' is ' + ('excluded on most Sun Mesa plans — see the plan-specific coverage below.' if d['tier']=='X' else 'non-formulary — it is covered only with an approved formulary exception.')))}

{cn}

**How much will I pay?**
{cost_table(d)}

**Do I need approval first?**
{rules_section(d)}

{pn}

**Is there a generic?**
{generic_line(d)}

**Can I get a 90-day supply?**
{mail_line(d)}

**Similar drugs on the formulary**
{alt_lines or 'None listed.'}

Need help? Members can call {PHONES['pharmacy_help']}. Prescribers can call Sun Mesa Pharmacy Services at {PHONES['pa_phone']}.
"""
    else:
        body = f"""# Formulary: {full}
Updated: {date}

**Status:** {tier_text(d)}
**Class:** {d['cls']}
**Generic available:** {generic_line(d)}

{cn}

## Member cost
{cost_bullets(d)}

## Coverage rules
{rules_section(d)}

{pn}

## Tips to save
- {generic_line(d) if d['kind']=='B' else 'Ask your prescriber whether a Tier 1 drug in the same class could work for you.'}
- {mail_line(d)}

Related: 'Formulary Overview and Drug Tiers', 'Pharmacy Exceptions Process'.
"""
    fname = f"drug-{d['slug']}.md"
    if d["kind"] == "B":
        fname = f"drug-{d['slug']}-brand.md"
    write(fname, body)


def generate():
    for d in DRUGS:
        drug_page(d)
    return DRUGS

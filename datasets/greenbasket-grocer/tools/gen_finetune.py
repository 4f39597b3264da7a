#!/usr/bin/env python3
"""Build finetune/train.jsonl and finetune/validation.jsonl from the hand-written specs."""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from ft_recipes import RC
from ft_care import CC
from ft_shelf import ST
from ft_brief import SB

OUT = os.path.join(os.path.dirname(__file__), "..", "finetune")

SYSTEM = ("You are Sprout, the marketing and customer-care writing assistant for GreenBasket, a regional supermarket chain. "
          "You write four things, each in its GreenBasket house format: (1) recipe cards from ingredient notes, "
          "(2) customer-care replies from complaint notes, (3) shelf-talkers and promo copy within a word limit, and "
          "(4) staff briefing notes. Use only the facts given in the request: never invent prices, dates, allergens, "
          "opening hours, amounts or policy details. If the format needs a detail that the request does not give, "
          "write [CHECK: what is missing] in its place. Write in warm, plain British English.")

AL = {"wheat": "wheat (gluten)", "oats": "oats (gluten)", "barley": "barley (gluten)", "rye": "rye (gluten)"}

def join(xs):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]

# ------------------------------------------------------------------ recipe cards
def recipe_answer(r, missing=None):
    al = []
    for _, _, a in r["ings"]:
        for x in a:
            if x not in al:
                al.append(x)
    cook = "[CHECK: cook time]" if missing == "cook" else ("no cooking" if r["cook"] == 0 else f"Cook {r['cook']} min")
    if missing != "cook" and r["cook"] != 0:
        line = f"Serves {r['serves']} · Prep {r['prep']} min · Cook {r['cook']} min"
    elif missing == "cook":
        line = f"Serves {r['serves']} · Prep {r['prep']} min · Cook [CHECK: cook time]"
    else:
        line = f"Serves {r['serves']} · Prep {r['prep']} min · No cooking"
    out = ["RECIPE CARD", r["title"], line, "", "YOU'LL NEED"]
    out += [f"- {q} {i}" for q, i, _ in r["ings"]]
    out += ["", "METHOD"] + [f"{n}. {s}" for n, s in enumerate(r["steps"], 1)]
    out += ["", "BASKET TIP", r["tip"], "", "ALLERGENS"]
    if missing == "allergens":
        out.append("[CHECK: allergen information for each ingredient]")
    elif al:
        out.append("Contains " + join([AL.get(a, a) for a in al]) + ".")
    else:
        out.append("None of the 14 major allergens in the listed ingredients.")
    return "\n".join(out)

def recipe_request(r, k, missing=None):
    def ing(q, i, a, style):
        if missing == "allergens" or not a:
            return f"{q} {i}"
        return f"{q} {i} ({'contains ' if style == 0 else ''}{', '.join(a)})"
    times = f"prep {r['prep']} min" + ("" if missing == "cook" else (", no cooking" if r["cook"] == 0 else f", cook {r['cook']} min"))
    if k == 0:
        return (f"Can you turn these notes into a recipe card please?\n\n{r['title']} - serves {r['serves']}, {times}\n\nIngredients:\n"
                + "\n".join("- " + ing(*x, 0) for x in r["ings"]) + "\n\nMethod notes: " + "; ".join(r["notes"]) + f"\n\nTip: {r['tip']}")
    if k == 1:
        return (f"recipe card pls - {r['title'].lower()}\nserves {r['serves']} / {times}\ningredients: " + ", ".join(ing(*x, 1) for x in r["ings"])
                + "\nmethod: " + " / ".join(r["notes"]) + f"\ntip: {r['tip']}")
    if k == 2:
        return (f"Hi Sprout, I need a card for the recipe stand. The dish is {r['title']} and it serves {r['serves']}. Timings: {times}. "
                f"We're using " + join([ing(*x, 0) for x in r["ings"]]) + ". Roughly, you " + ", then ".join(r["notes"]) + f". Basket tip to include: {r['tip']}")
    return (f"Title: {r['title']}\nServes: {r['serves']}\nTimes: {times}\nIngredients (allergens from the packs in brackets):\n"
            + "\n".join("* " + ing(*x, 1) for x in r["ings"]) + "\nSteps:\n" + "\n".join(f"{n}) {s}" for n, s in enumerate(r["notes"], 1))
            + f"\nTip: {r['tip']}\nPlease make this into a recipe card.")

# ------------------------------------------------------------------ customer care
def care_answer(c, missing=None):
    done = list(c["done"])
    if missing == "amount":
        done = [re.sub(r"£\d+\.\d\d|\d+p\b", "[CHECK: amount]", d) for d in done]
    out = [f"Subject: {c['subject']} (ref {c['ref']})", "", f"Dear {c['name']},", "", c["opening"], "", "What happened", c["happened"], "",
           "What we've done"] + [f"- {d}" for d in done] + ["", "What happens next", c["next"] if missing != "amount" else re.sub(r"£\d+\.\d\d", "[CHECK: amount]", c["next"]), "",
           f"If there's anything else, just reply to this email and quote ref {c['ref']}.", "", "Kind regards,", c["agent"], "GreenBasket Customer Care"]
    return "\n".join(out)

def care_request(c, k, missing=None):
    notes = c["notes"]
    if missing == "amount":
        notes = re.sub(r"£\d+\.\d\d|\d+p\b", "", notes).replace("  ", " ")
    if k == 0:
        return f"Write a customer care reply please.\nCustomer: {c['name']}\nRef: {c['ref']}\nComplaint: \"{c['complaint']}\"\nAgent notes: {notes}\nSign off as {c['agent']}."
    if k == 1:
        return f"{c['complaint']}\n\n--- notes: {notes} | ref {c['ref']} | cust name {c['name']} | from {c['agent']}"
    if k == 2:
        return f"pls draft a reply to this complaint (ref {c['ref']}, {c['name']}):\n{c['complaint']}\nwhat we did: {notes}\nsigned {c['agent']} thx"
    return f"Complaint from {c['name']} (ref {c['ref']}) pasted below. Can you write the reply in our usual format? I'm {c['agent']}.\n\n> {c['complaint']}\n\nOutcome: {notes}"

# ------------------------------------------------------------------ shelf talkers
def words(s):
    return len(re.findall(r"[A-Za-z0-9£%'’\-]+", s))

def money(s):
    m = re.fullmatch(r"£(\d+\.\d\d)", s)
    if m:
        return float(m.group(1))
    m = re.fullmatch(r"(\d+)p", s)
    if m:
        return int(m.group(1)) / 100
    return None

def shelf_answer(s, missing=None):
    n = words(s["headline"]) + words(s["body"])
    assert n <= s["limit"], (s["product"], n, s["limit"])
    if missing == "price":
        price = "[CHECK: current price]"
    else:
        price = s["price"]
        if s["was"]:
            a, b = money(s["price"]), money(s["was"])
            price += f" (was {s['was']})"
            if a is not None and b is not None:
                d = b - a
                price += f" – save {'£%.2f' % d if d >= 1 else '%dp' % round(d * 100)}"
    out = [f"HEADLINE: {s['headline']}", f"BODY: {s['body']}", f"PRICE: {price}", f"SMALL PRINT: {s['small']}",
           f"WORD COUNT: {n}/{s['limit']} (headline + body)"]
    return "\n".join(out)

def shelf_request(s, k, missing=None):
    was = f", was {s['was']}" if s["was"] else ""
    pr = "" if missing == "price" else f"{s['price']}{was}"
    if k == 0:
        return f"Shelf talker for {s['product']}{', ' + pr if pr else ''}. Max {s['limit']} words. Angle: {s['notes']}. Small print: {s['small']}"
    if k == 1:
        return (f"need promo copy, {s['limit']} words max\nproduct: {s['product']}\n" + (f"price: {s['price']}\n" if pr else "")
                + (f"was: {s['was']}\n" if s["was"] and pr else "") + f"notes: {s['notes']}\nsmall print: {s['small']}")
    if k == 2:
        return f"Can you write a shelf-talker? {s['product']}" + (f" is {s['price']}" + (f" (was {s['was']})" if s["was"] else "") if pr else "") + f". {s['small']} Keep it to {s['limit']} words or fewer. Key points: {s['notes']}."
    return f"shelf talker pls!! {s['product']}" + (f" now {s['price']}" + (f" was {s['was']}" if s["was"] else "") if pr else "") + f", {s['notes']}. {s['limit']} words. {s['small']}"

# ------------------------------------------------------------------ staff briefings
def brief_answer(b, missing=None):
    date = "[CHECK: date]" if missing == "date" else b["date"]
    out = [f"STAFF BRIEFING | {b['topic']}", f"For: {b['who']}", f"From: {b['sender']}", f"Date: {date}", "", "IN ONE LINE", b["headline"], "",
           "WHAT YOU NEED TO KNOW"] + [f"- {x}" for x in b["changes"]] + ["", "WHAT TO SAY TO CUSTOMERS", f"\"{b['say']}\"", "", "WHAT TO DO"] + \
          [f"- {x}" for x in b["actions"]] + ["", "QUESTIONS", b["contact"]]
    return "\n".join(out)

def brief_request(b, k, missing=None):
    dt = "" if missing == "date" else b["date"]
    if k == 0:
        return (f"Staff briefing please.\nTopic: {b['topic']}\nFor: {b['who']}\nFrom: {b['sender']}\n" + (f"Date: {dt}\n" if dt else "")
                + "Notes:\n" + "\n".join(f"- {n}" for n in b["notes"]) + f"\nQuestions to: {b['contact']}")
    if k == 1:
        return (f"can u write up a staff briefing from these notes: {'; '.join(b['notes'])}. it's for {b['who'].lower()}, from {b['sender']}"
                + (f", dated {dt}" if dt else "") + f". questions go to {b['contact']}")
    if k == 2:
        return (f"Turn this into a briefing note for {b['who']}:\n\n{b['topic']}\n" + "\n".join(f"• {n}" for n in b["notes"])
                + f"\n\n(from {b['sender']}" + (f", {dt}" if dt else "") + f"; questions -> {b['contact']})")
    return (f"Briefing needed - {b['topic']}. Audience: {b['who']}. Sender: {b['sender']}." + (f" Date {dt}." if dt else "")
            + " Key info: " + " | ".join(b["notes"]) + f". Contact for questions: {b['contact']}.")

def ex(user, assistant):
    return {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}, {"role": "assistant", "content": assistant}]}

def main():
    rng = random.Random(7)
    train, val = [], []
    fams = [(RC, recipe_request, recipe_answer, ["cook", "allergens"]), (CC, care_request, care_answer, ["amount", "amount"]),
            (ST, shelf_request, shelf_answer, ["price", "price"]), (SB, brief_request, brief_answer, ["date", "date"])]
    for specs, req, ans, missing in fams:
        assert len(specs) == 30, (len(specs))
        tr, va = specs[:25], specs[25:]
        for i, s in enumerate(tr):
            train.append(ex(req(s, i % 4), ans(s)))
        # two "missing detail" examples per family (the answer flags the gap instead of inventing it)
        for j, m in enumerate(missing):
            s = tr[[1, 8][j]] if specs is CC else tr[3 + j * 7]
            train.append(ex(req(s, (j + 1) % 4, m), ans(s, m)))
        for i, s in enumerate(va):
            val.append(ex(req(s, (i + 2) % 4), ans(s)))
    rng.shuffle(train); rng.shuffle(val)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "train.jsonl"), "w") as f:
        for e in train:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "validation.jsonl"), "w") as f:
        for e in val:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(train), len(val))

if __name__ == "__main__":
    main()

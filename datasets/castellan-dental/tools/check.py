#!/usr/bin/env python3
"""Consistency checks for corpus, finetune and eval files."""
import os, re, json, sys, hashlib, collections
sys.path.insert(0, os.path.dirname(__file__))
from data import *

ROOT = os.path.join(os.path.dirname(__file__), "..")
C = os.path.join(ROOT, "corpus")
err = 0


def bad(msg):
    global err
    err += 1
    print("ERR", msg)


files = sorted(os.listdir(C))
print("corpus docs:", len(files))
hashes = collections.Counter()
docs = {}
for f in files:
    t = open(os.path.join(C, f)).read()
    docs[f] = t
    hashes[hashlib.md5(t.encode()).hexdigest()] += 1
    lines = t.split("\n")
    if not lines[0].startswith("# "):
        bad(f"{f}: no title")
    if not re.match(r"^(Updated|Date): \d{4}-\d{2}-\d{2}$", lines[1]):
        bad(f"{f}: no date line")
    n = len(t.split())
    if n < 80 or n > 900:
        bad(f"{f}: {n} words")
    if f != f.lower() or " " in f:
        bad(f"{f}: filename")
if any(v > 1 for v in hashes.values()):
    bad("duplicate documents")

# dates: nothing after today
for f, t in docs.items():
    d = t.split("\n")[1].split(": ")[1]
    if d > TODAY:
        bad(f"{f}: date {d} after today")

# old Saturday hours only in docs dated before the change or that also state the new hours
for f, t in docs.items():
    d = t.split("\n")[1].split(": ")[1]
    if OLD_SAT in t and d >= SAT_CHANGE_DATE and NEW_SAT not in t:
        bad(f"{f}: old Saturday hours without new")
    if NEW_SAT in t and d < "2026-08-01":
        bad(f"{f}: new Saturday hours before announcement")

# old Bergamo address only alongside the new one, or in docs dated before the move
for f, t in docs.items():
    d = t.split("\n")[1].split(": ")[1]
    if BERGAMO_OLD_ADDRESS in t and "Via Camozzi 41" not in t and d >= BERGAMO_MOVE_DATE:
        bad(f"{f}: old Bergamo address")

# prices: every service page / hygiene page price equals the clinic price list
prices = {}
for f, t in docs.items():
    m = re.match(r"price-list-(.+)-2026\.md", f)
    if m:
        for code, name, p in re.findall(r"^\| ([A-Z0-9-]+) \| (.+?) \| ([\d.]+ €) \|$", t, re.M):
            prices[(m.group(1), code)] = p
TRN = {t[0]: t for t in TREATMENTS}
for f, t in docs.items():
    m = re.match(r"service-(.+?)-(" + "|".join(c[0] for c in CLINICS) + r")\.md", f)
    if m:
        code = [k for k in TRN if k.lower() == m.group(1)][0]
        p = prices[(m.group(2), code)]
        pm = re.search(r"\*\*Prezzo in sede:\*\* ([\d.]+ €)", t) or re.search(r"\*\*Price at this clinic:\*\* €([\d,]+)", t)
        got = pm.group(1)
        if got.endswith("€"):
            if got != p:
                bad(f"{f}: {got} vs {p}")
        else:
            if got.replace(",", ".") + " €" != p:
                bad(f"{f}: {got} vs {p}")
    m = re.match(r"hygiene-team-(.+)\.md", f)
    if m:
        pv = prices[(m.group(1), 'IGI')]
        if pv not in t and "€" + pv.replace(" €", "").replace(".", ",") not in t:
            bad(f"{f}: hygiene price")
# clinic phone/address consistency across docs that name the clinic address
for c in CLINICS:
    for f, t in docs.items():
        if c[1] + "\n" in t or f == f"clinic-{c[0]}.md":
            pass
    if c[4] not in docs[f"clinic-{c[0]}.md"] or c[6] not in docs[f"clinic-{c[0]}.md"]:
        bad(f"clinic page {c[0]}")
    if c[4] not in docs["clinic-directory.md"]:
        bad(f"directory {c[0]}")

# finetune
for name, n in [("train.jsonl", 100), ("validation.jsonl", 20)]:
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "finetune", name))]
    if len(rows) != n:
        bad(f"{name}: {len(rows)} rows")
    sys_prompts = set()
    for r in rows:
        m = r["messages"]
        if [x["role"] for x in m] != ["system", "user", "assistant"]:
            bad(f"{name}: roles")
        sys_prompts.add(m[0]["content"])
        for ent in ["Castellan", "Via Camozzi", "Serenis", "Mutua Lombarda", "EuroCare", "Previmed"]:
            if ent in m[1]["content"] or ent in m[2]["content"]:
                bad(f"{name}: corpus entity {ent} in example")
    if len(sys_prompts) != 1:
        bad(f"{name}: system prompts differ")

# eval
rows = [json.loads(l) for l in open(os.path.join(ROOT, "eval", "routing.jsonl"))]
cnt = collections.Counter(r["route"] for r in rows)
print("routing:", len(rows), dict(cnt))
if len(rows) != 90 or any(cnt[k] != 30 for k in ("tuned", "rag", "both")):
    bad("routing counts")
qa = [json.loads(l) for l in open(os.path.join(ROOT, "eval", "qa.jsonl"))]
cq = collections.Counter(r["route"] for r in qa)
print("qa:", len(qa), dict(cq))
if cq != collections.Counter({"rag": 20, "both": 5, "tuned": 5}):
    bad("qa counts")
routing_q = {r["query"] for r in rows}
for x in qa:
    if x["question"] in routing_q:
        bad("qa reuses routing query")
    for s in x["sources"]:
        if not os.path.exists(os.path.join(ROOT, s)):
            bad(f"qa source missing {s}")
    if x["route"] != "tuned" and not any(x["answer"] in open(os.path.join(ROOT, s)).read() for s in x["sources"]):
        bad(f"qa answer not in source: {x['answer']}")
    if x["route"] == "tuned" and x["sources"]:
        bad("tuned qa with sources")
print("errors:", err)

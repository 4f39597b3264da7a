#!/usr/bin/env python3
"""Consistency and format checks for the GreenBasket dataset."""
import json, os, re, sys, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
errors = []
def err(m):
    errors.append(m)

# ---------------- corpus format
C = os.path.join(ROOT, "corpus")
files = sorted(os.listdir(C))
titles = {}
hashes = {}
for fn in files:
    if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*\.(md|txt)", fn):
        err(f"bad filename {fn}")
    t = open(os.path.join(C, fn)).read()
    lines = t.split("\n")
    if not lines[0].startswith("# "):
        err(f"{fn}: no title")
    if not re.fullmatch(r"(Updated|Date): 2026-\d\d-\d\d", lines[1]):
        err(f"{fn}: bad date line {lines[1]!r}")
    d = lines[1].split(": ")[1]
    if d > "2026-11-16":
        err(f"{fn}: date after today")
    n = len(t.split())
    if not 80 <= n <= 900:
        err(f"{fn}: {n} words")
    h = hashlib.md5(t.encode()).hexdigest()
    if h in hashes:
        err(f"{fn} identical to {hashes[h]}")
    hashes[h] = fn
    titles[lines[0][2:].strip()] = fn
print("corpus docs:", len(files))
if len(files) < 1000:
    err("fewer than 1000 docs")

# quoted cross-references must name an existing document title
known = set(titles)
for fn in files:
    t = open(os.path.join(C, fn)).read()
    for q in re.findall(r'"([A-Z][^"\n]{6,90})"', t):
        if q in known:
            continue
        if q.startswith(("Allow substitutes", "No substitutes", "Price Promise", "Forgotten password", "My Usuals", "Free cash machine", "Electric vehicle charging", "Soft-plastics recycling point", "Thank you", "Contains", "May contain", "Suitable for", "Not suitable for")):
            continue
        from data_products import AISLES
        if q in AISLES.values():
            # bay sign names like "Fruit & Vegetables"
            continue
        err(f"{fn}: dangling reference \"{q}\"")

# ---------------- model-level consistency
import model as M
from render import money
for p in M.PRODUCTS:
    t = open(os.path.join(C, p["file"])).read()
    if money(p["price"]) not in t:
        err(f"{p['file']}: current price {money(p['price'])} missing")
    for a in p["contains_l"]:
        if a not in t:
            err(f"{p['file']}: allergen {a} missing")
# every mention of a product title with a price in a notice equals the history
for fn in files:
    if not fn.endswith("price-changes.md"):
        continue
    d = fn[7:17]
    for row in re.findall(r"^\| (.+?) \| £([\d.]+) \| £([\d.]+) \|", open(os.path.join(C, fn)).read(), re.M):
        p = M.BY_TITLE.get(row[0])
        if not p:
            err(f"{fn}: unknown product {row[0]}"); continue
        h = dict(p["history"])
        if abs(h.get(d, -1) - float(row[2])) > 1e-9:
            err(f"{fn}: {row[0]} new price mismatch")

# stale values may only appear in explicitly historical wording
STALE = [
 (r"£3\.50", r"delivery", r"(was|Until|until|→|\| £3\.50 \| £3\.95|Standard delivery \| £3\.50)"),
 (r"£60\b", r"delivery", r"(was|Until|until|over 60|\| £60 or more \|)"),
 (r"£6\.99", r"Delivery Pass", r"(was|Until|until|\| £6\.99 \|)"),
 (r"\b28 days\b", r"return", r"(was|Until|until|up from|reckons)"),
 (r"500 points", r"[Vv]oucher", r"(was|Until|until|Before|Previous|only once|\| 500 points \||£5 \(500 points\)|quarterly)"),
 (r"24 months after", r"[Pp]oints", r"(was|Previously|previously|Previous|\| 24 months)"),
]
for fn in files:
    t = open(os.path.join(C, fn)).read()
    for line in t.split("\n"):
        for pat, ctx, ok in STALE:
            if re.search(pat, line) and re.search(ctx, t) and not re.search(ok, line):
                if fn.startswith("product-") or fn.startswith("recipe-"):
                    continue
                err(f"{fn}: possibly stale value {pat!r}: {line.strip()[:120]}")
# Kettlewick and Saltmere old hours only in historical context
for fn in files:
    t = open(os.path.join(C, fn)).read()
    for line in t.split("\n"):
        if "Kettlewick" in t and "08:00–22:00" in line and "Kettlewick" in fn + t[:200]:
            if not re.search(r"(Before|before|Previously|previously|was)", line):
                err(f"{fn}: Kettlewick old hours: {line[:100]}")

# ---------------- finetune
SYSTEMS = set()
for name, lo, hi in (("train.jsonl", 80, 120), ("validation.jsonl", 20, 20)):
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "finetune", name))]
    if not lo <= len(rows) <= hi:
        err(f"{name}: {len(rows)} rows")
    for r in rows:
        m = r["messages"]
        if [x["role"] for x in m] != ["system", "user", "assistant"]:
            err(f"{name}: roles")
        SYSTEMS.add(m[0]["content"])
    print(name, len(rows))
if len(SYSTEMS) != 1:
    err("system prompts differ")
# training-universe names must not appear in the corpus
corpus_text = "\n".join(open(os.path.join(C, f)).read() for f in files)
from ft_care import CC
from ft_shelf import ST
from ft_brief import SB
names = set()
for c in CC:
    names.update(re.findall(r"\b(?:at|from|in) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: store| Road| Street)?\b", c["complaint"] + " " + c["notes"]))
for s in ST:
    names.add(" ".join(s["product"].split()[:2]))
for b in SB:
    names.update(re.findall(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)$", b["who"]))
names -= {"Tuesday", "Sunday", "Friday", "Saturday", "Monday", "Wednesday", "Thursday", "Summer", "Pavlo"}
for n in sorted(names):
    if re.search(r"\b" + re.escape(n) + r"\b", corpus_text):
        err(f"training name appears in corpus: {n}")

# ---------------- eval
rows = [json.loads(l) for l in open(os.path.join(ROOT, "eval", "routing.jsonl"))]
from collections import Counter
cnt = Counter(r["route"] for r in rows)
if len(rows) != 90 or cnt != Counter({"tuned": 30, "rag": 30, "both": 30}):
    err(f"routing counts {cnt}")
qa = [json.loads(l) for l in open(os.path.join(ROOT, "eval", "qa.jsonl"))]
cq = Counter(r["route"] for r in qa)
if cq != Counter({"rag": 20, "both": 5, "tuned": 5}):
    err(f"qa counts {cq}")
train_users = {json.loads(l)["messages"][1]["content"] for l in open(os.path.join(ROOT, "finetune", "train.jsonl"))}
for r in rows:
    if r["query"] in train_users:
        err("routing query copies a training prompt")
for q in qa:
    for s in q["sources"]:
        if q["answer"] not in open(os.path.join(ROOT, s)).read():
            err(f"qa answer not in source: {q['question']}")
    if q["question"] in {r["query"] for r in rows}:
        err("qa reuses routing query")
print("routing", dict(cnt), "qa", dict(cq))

if errors:
    print(f"{len(errors)} problems:")
    for e in errors[:80]:
        print(" -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")

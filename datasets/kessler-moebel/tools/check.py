#!/usr/bin/env python3
"""Consistency and format checks for the whole domain."""
import os, re, json, hashlib, collections
from data import *
from products import PRODUCTS, PRICE_CHANGES
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
C = os.path.join(ROOT, "corpus")
files = sorted(os.listdir(C)); assert len(files) >= 1000, len(files)
hs = set(); titles = set()
for f in files:
    assert re.fullmatch(r"[a-z0-9\-]+\.(md|txt)", f), f
    t = open(os.path.join(C, f), encoding="utf-8").read()
    L = t.split("\n")
    assert L[0].startswith("# "), f
    m = re.match(r"(Updated|Date): (\d{4}-\d\d-\d\d)$", L[1]); assert m, f
    assert m.group(2) <= TODAY, (f, m.group(2))
    n = len(t.split()); assert 80 <= n <= 900, (f, n)
    h = hashlib.md5(t.encode()).hexdigest(); assert h not in hs, f; hs.add(h)
    assert L[0] not in titles, L[0]; titles.add(L[0])
    # fee consistency: any "Zone N ... fee" statement after the change uses the new fee
    for z, (_, _, old, new) in ZONES.items():
        for mm in re.finditer(rf"Zone {z}\*\* \([^)]*\)\. Die Liefergebühr beträgt seit dem 01\.09\.2026 \*\*(\d+) €", t):
            assert int(mm.group(1)) == new, f
        for mm in re.finditer(rf"zone {z}\*\* \([^)]*\)\. Since 1 September 2026 the delivery fee is \*\*€(\d+)", t):
            assert int(mm.group(1)) == new, f
# product prices: page and range page show the current price
for p in PRODUCTS:
    de = f"{p['price']:,}".replace(",", ".") + " €"; en = f"€{p['price']:,}"
    pages = [x for x in files if x.startswith("product-") and p["art"] in open(os.path.join(C, x), encoding="utf-8").read().split("\n")[0]]
    assert len(pages) == 1, p["art"]
    t = open(os.path.join(C, pages[0]), encoding="utf-8").read(); assert de in t or en in t, pages[0]
# JSONL checks
for fn, n in (("finetune/train.jsonl", None), ("finetune/validation.jsonl", 20)):
    rows = [json.loads(l) for l in open(os.path.join(ROOT, fn), encoding="utf-8")]
    assert all(len(r["messages"]) == 3 and [m["role"] for m in r["messages"]] == ["system", "user", "assistant"] for r in rows)
    assert len({r["messages"][0]["content"] for r in rows}) == 1
    if n: assert len(rows) == n
    else: assert 80 <= len(rows) <= 120
rt = [json.loads(l) for l in open(os.path.join(ROOT, "eval/routing.jsonl"), encoding="utf-8")]
assert len(rt) == 90 and collections.Counter(r["route"] for r in rt) == {"tuned": 30, "rag": 30, "both": 30}
qa = [json.loads(l) for l in open(os.path.join(ROOT, "eval/qa.jsonl"), encoding="utf-8")]
assert len(qa) == 30 and collections.Counter(r["route"] for r in qa) == {"rag": 20, "both": 5, "tuned": 5}
for r in qa:
    if r["route"] != "tuned":
        assert any(r["answer"] in open(os.path.join(ROOT, s), encoding="utf-8").read() for s in r["sources"]), r
train_users = {json.loads(l)["messages"][1]["content"] for l in open(os.path.join(ROOT, "finetune/train.jsonl"), encoding="utf-8")}
assert not train_users & {r["query"] for r in rt}
print("all checks passed;", len(files), "docs")

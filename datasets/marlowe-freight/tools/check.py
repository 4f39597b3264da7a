#!/usr/bin/env python3
"""Consistency + format checks for the Marlowe Freight dataset."""
import os, re, sys, json, hashlib, collections
sys.path.insert(0, os.path.dirname(__file__))
from data import *
B = os.path.join(os.path.dirname(__file__), "..")
C = os.path.join(B, "corpus")
files = sorted(os.listdir(C)); errs = []
hs = set()
docs = {}
for f in files:
    t = open(os.path.join(C, f)).read(); docs[f] = t
    l = t.split("\n")
    if not l[0].startswith("# ") or not re.match(r"(Updated|Date): \d{4}-\d{2}-\d{2}$", l[1]): errs.append(("header", f))
    n = len(t.split())
    if n < 80 or n > 900: errs.append(("words", f, n))
    h = hashlib.md5(t.encode()).hexdigest()
    if h in hs: errs.append(("dup", f))
    hs.add(h)
    if f != f.lower() or " " in f: errs.append(("name", f))
    d = l[1].split(": ")[1]
    if d > TODAY: errs.append(("future", f, d))
# historical docs allowed to carry old values
HIST = {"surcharge-schedule-2026-01-superseded.md", "network-timetable-2026-01-superseded.md"}
for f, t in docs.items():
    if f in HIST: continue
    for pat, why in [(r"GBP 18 per pallet", "old short-sea"), (r"GBP 6\.50", "old congestion"), (r"GBP 35 per consignment", "old ADR"), (r"1,300 per pallet", "old liability")]:
        for m in re.finditer(pat, t):
            ctx = t[max(0, m.start()-80):m.end()+40]
            if not re.search(r"(from|until|previous|rose|rises|increases|to GBP|was|Remote area)", ctx): errs.append(("stale " + why, f, ctx.replace("\n", " ")))
# depot pages match data
for d in D:
    fn = f"depot-{re.sub(r'[^a-z0-9]+','-',d['town'].lower()).strip('-')}-{d['code'].lower()}.md"
    t = docs[fn]
    if d["status"] != "closed":
        if d["ndp"] and f"**{d['ndp']}**" not in t: errs.append(("ndp", fn))
        if f"| Loading docks | {d['docks']} |" not in t: errs.append(("docks", fn))
# every mention of a depot's NDP cut-off elsewhere: depot network overview
ov = docs["depot-network-overview.md"]
for d in D:
    if d["status"] != "closed" and d["ndp"] and f"| {d['code']} | {d['name']} | {d['pc']} | {d['ndp']} |" not in ov: errs.append(("overview", d["code"]))
# fuel pages vs data
for k, (p, _) in FUEL.items():
    if f"**{p}%**" not in docs[f"fuel-surcharge-{k}.md"]: errs.append(("fuel", k))
if "15.2%" not in docs["surcharge-schedule-current.md"]: errs.append(("fuel current",))
# JSONL checks
def jl(p): return [json.loads(x) for x in open(os.path.join(B, p))]
tr, va = jl("finetune/train.jsonl"), jl("finetune/validation.jsonl")
sysp = {x["messages"][0]["content"] for x in tr + va}
assert len(sysp) == 1 and all(len(x["messages"]) == 3 for x in tr + va), "ft format"
ro = jl("eval/routing.jsonl"); qa = jl("eval/qa.jsonl")
print("corpus", len(files), "train", len(tr), "val", len(va), "routing", collections.Counter(r["route"] for r in ro), "qa", collections.Counter(r["route"] for r in qa))
trainu = {x["messages"][1]["content"] for x in tr}
for r in ro:
    if r["query"] in trainu: errs.append(("routing copies train", r["query"]))
for r in qa:
    if r["question"] in {x["query"] for x in ro}: errs.append(("qa reuses routing", r["question"]))
    for s in r["sources"]:
        if r["answer"] not in open(os.path.join(B, s)).read(): errs.append(("qa answer", r["question"]))
# corpus entity names must not leak into finetune
ft = open(os.path.join(B, "finetune/train.jsonl")).read() + open(os.path.join(B, "finetune/validation.jsonl")).read()
for d in D:
    for w in [d["town"], d["mgr"]]:
        if w and w in ft and w not in ("(depot closed)",): errs.append(("ft leaks corpus entity", w))
print("kinds:", collections.Counter(re.sub(r"-.*", "", f) for f in files))
print("ERRORS:", len(errs))
for e in errs[:40]: print(e)

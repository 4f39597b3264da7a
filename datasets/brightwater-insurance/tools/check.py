#!/usr/bin/env python3
"""Consistency and format checks for the Brightwater corpus and data files."""
import os, re, json, hashlib, glob
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
C = os.path.join(B, "corpus")
files = sorted(os.listdir(C)); errs = []
hashes = set()
for f in files:
    t = open(os.path.join(C, f)).read(); L = t.splitlines()
    if not (L[0].startswith("# ") and re.match(r"^(Updated|Date): \d{4}-\d{2}-\d{2}$", L[1])): errs.append(("header", f))
    w = len(t.split())
    if not 80 <= w <= 900: errs.append(("words", f, w))
    h = hashlib.md5(t.encode()).hexdigest()
    if h in hashes: errs.append(("dup", f))
    hashes.add(h)
    if f != f.lower() or " " in f: errs.append(("name", f))
    # stale values stated as current
    for line in L:
        low = line.lower()
        stale = [("vet fee limit", "£7,500"), ("compulsory excess", "£250"), ("replacement", "£95"), ("acknowledg", "5 business days")]
        for key, val in stale:
            if key in low and val in line and not re.search(r"previous|was|before|from \*\*|\| "+re.escape(val)+r" \| ", line, re.I):
                errs.append(("stale?", f, line[:120]))
        if "essentials" in low and "escape of water" in low and "£350" in line and not re.search(r"previous|was|before|rises from|from \*\*|£350 until|still carries", line, re.I):
            errs.append(("stale-eow?", f, line[:120]))
print("docs", len(files))
for e in errs: print(e)
for fn, n in (("finetune/train.jsonl", None), ("finetune/validation.jsonl", 20), ("eval/routing.jsonl", 90), ("eval/qa.jsonl", 30)):
    rows = [json.loads(l) for l in open(os.path.join(B, fn))]
    print(fn, len(rows))
    if "finetune" in fn: assert all(len(r["messages"]) == 3 for r in rows)
from collections import Counter
print(Counter(json.loads(l)["route"] for l in open(os.path.join(B, "eval/routing.jsonl"))))
print(Counter(json.loads(l)["route"] for l in open(os.path.join(B, "eval/qa.jsonl"))))

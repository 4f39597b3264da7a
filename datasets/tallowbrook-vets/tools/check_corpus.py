#!/usr/bin/env python3
"""Consistency checks for the corpus: dated facts must not contradict the current facts."""
import os, re, sys, hashlib
D = os.path.join(os.path.dirname(__file__), "..", "corpus")
errs = []; hashes = {}
for f in sorted(os.listdir(D)):
    t = open(os.path.join(D, f)).read(); lines = t.splitlines()
    if not (lines[0].startswith("# ") and re.match(r"^(Updated|Date): \d{4}-\d{2}-\d{2}$", lines[1])):
        errs.append((f, "header"))
    date = lines[1].split(": ")[1]
    n = len(t.split())
    if not 80 <= n <= 900: errs.append((f, f"words {n}"))
    h = hashlib.md5(t.encode()).hexdigest()
    if h in hashes: errs.append((f, "duplicate of " + hashes[h]))
    hashes[h] = f
    arch = "ARCHIVED" in t or "archived" in f
    if "Nightingale" in t and date >= "2026-07-01" and "Brightwater" not in t: errs.append((f, "stale OOH"))
    if "Brightwater" in t and date < "2026-06-02": errs.append((f, "OOH anachronism"))
    if "22 Market Street" in t and date >= "2026-09-14" and not re.search(r"moved|closed|Previous|old", t): errs.append((f, "stale Kelsby address"))
    if "Kelsby Gate" in t and date < "2026-07-28": errs.append((f, "Kelsby anachronism"))
    if date >= "2026-08-01" and "£52.00" in t and "£56.50" not in t: errs.append((f, "stale consult price"))
    if "Care Club Core" in t and date >= "2026-07-01" and "Essential" not in t and not arch: errs.append((f, "stale care club"))
    if "Leptoguard L2" in t and date >= "2026-06-15" and "L4" not in t: errs.append((f, "stale lepto"))
    if "Pawtrack" in t and date < "2026-03-16": errs.append((f, "PMS anachronism"))
    if re.search(r"Dr Priya Lakhani", t) and date >= "2026-08-17" and "Wren" not in t and "left" not in t: errs.append((f, "stale Kelsby lead"))
print(len(hashes), "docs;", len(errs), "problems")
for e in errs[:50]: print(e)
sys.exit(1 if errs else 0)

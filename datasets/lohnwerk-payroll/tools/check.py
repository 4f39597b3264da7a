"""Corpus checker: format, length, duplicates, dates, consistency of changed facts."""
import os, re, hashlib, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "corpus")
TODAY = "2026-11-20"
errs = []
hashes = {}
wc = {}
titles = collections.Counter()
for f in sorted(os.listdir(C)):
    t = open(os.path.join(C, f), encoding="utf-8").read()
    lines = t.splitlines()
    if f.endswith(".md") and not lines[0].startswith("# "):
        errs.append(f"{f}: no title")
    m = re.match(r"^(Updated|Date): (\d{4}-\d{2}-\d{2})$", lines[1])
    if not m:
        errs.append(f"{f}: bad date line")
    elif m.group(2) > TODAY:
        errs.append(f"{f}: date in future {m.group(2)}")
    n = len(re.findall(r"\w+", "\n".join(lines[2:])))
    wc[f] = n
    if n < 80 or n > 900:
        errs.append(f"{f}: {n} words")
    h = hashlib.md5("\n".join(lines[2:]).encode()).hexdigest()
    if h in hashes:
        errs.append(f"{f}: duplicate body of {hashes[h]}")
    hashes[h] = f
    titles[lines[0]] += 1
    # consistency of changed facts
    low = t
    for pat, ok in [
        (r"€6[.,]90", r"(until|Until|from €6|bis|Bis|statt|instead|was €6|von €6|old|price was|rose from|from €6.90)"),
        (r"CHF 7[.,]30", r"(from €6|until|Until|from CHF|to CHF 7|von CHF|bis|rose from|instead|changes from)"),
        (r"\b600 (requests|Anfragen)", r"(from 600|previously|vorher|prior|600 to|von 600)"),
        (r"08:00-17:00", r"(until|before|vorher|previously|than before|one hour longer)"),
        (r"3 (business days|Werktage)", r"(until|previously|before|vorher|was 3|waren es|Until|it was)"),
    ]:
        for mm in re.finditer(pat, low):
            ctx = low[max(0, mm.start() - 160): mm.end() + 60]
            if not re.search(ok, ctx):
                errs.append(f"{f}: suspicious old value '{mm.group(0)}': ...{ctx!r}")
    if re.search(r"31 December 2026", t) and "v1" in t and not re.search(r"(originally|moved|extend|Update|from 31 December 2026|original date)", t):
        errs.append(f"{f}: API v1 old sunset without context")
    if "5 October 2026" in t:
        errs.append(f"{f}: old Zürich date")
dup_titles = [k for k, v in titles.items() if v > 1]
for k in dup_titles:
    errs.append(f"duplicate title: {k}")
print("files:", len(wc), "words min/max/avg:", min(wc.values()), max(wc.values()), sum(wc.values()) // len(wc))
print("\n".join(errs[:int(sys.argv[1]) if len(sys.argv)>1 else 80]))
print("errors:", len(errs))

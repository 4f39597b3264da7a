"""Consistency checker for the Sun Mesa corpus."""
import os, re, glob, hashlib, collections, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "corpus")
files = sorted(glob.glob(os.path.join(C, "*")))
errs = []
hashes = collections.defaultdict(list)
wc = []
for f in files:
    t = open(f, encoding="utf-8").read()
    lines = t.splitlines()
    n = os.path.basename(f)
    if not (lines[0].startswith("# ") or n.endswith(".txt")):
        errs.append(f"{n}: no title")
    if not re.match(r"(Updated|Date): 2026-\d\d-\d\d$", lines[1]):
        errs.append(f"{n}: bad date line {lines[1]!r}")
    d = re.search(r"(\d{4}-\d\d-\d\d)", lines[1]).group(1)
    if d > "2026-11-16":
        errs.append(f"{n}: date after today {d}")
    w = len(re.findall(r"\S+", t))
    wc.append(w)
    if not (80 <= w <= 900):
        errs.append(f"{n}: {w} words")
    hashes[hashlib.md5(t.encode()).hexdigest()].append(n)
    # fact rules
    for line in t.splitlines():
        if "Turquoise" in line and "Tier 2" in line and "$20" in line and not re.search(r"before|was|Through|through|antes|\$15", line):
            errs.append(f"{n}: stale TQ tier2 $20: {line[:80]}")
    for m in re.finditer(r"[^\n]*SunMesa Connect[^\n]*\$10[^\n]*", t):
        if not re.search(r"before|was|were|Before|Through|through|antes|In 2026 they cost|printed before", m.group(0)):
            errs.append(f"{n}: stale virtual $10: {m.group(0)[:80]}")
    if "Oracle Road" in t and not re.search(r"closed|closing|cerr|former", t, re.I):
        errs.append(f"{n}: Oracle mentioned without closure")
    if re.search(r"Saturday, 8 a\.m\.–1 p\.m\.|sábados de 8 a\.m\. a 1 p\.m\.|Saturday 8 a\.m\.–1 p\.m\.|Saturday, 8:00 a\.m\.–1:00 p\.m\.", t) and d < "2026-08-20":
        errs.append(f"{n}: mentions Saturday Member Services hours but dated {d}")
    if "Oracle Road" in t and d < "2026-09-15" and "notice" not in n:
        errs.append(f"{n}: mentions Oracle Road closure but dated {d}")
for h, ns in hashes.items():
    if len(ns) > 1:
        errs.append(f"duplicate: {ns}")
# cross-references from core docs to generated entities
alltext = {os.path.basename(f): open(f, encoding="utf-8").read() for f in files}
def must(fname, s):
    if s not in alltext.get(fname, ""):
        errs.append(f"{fname}: missing {s!r}")
must("pharmacy-desert-sky-pharmacy-nogales-w-target-range-rd-3304.md", "3499 W Target Range Rd")
must("pharmacy-desert-sky-pharmacy-nogales-w-target-range-rd-3304.md", "OUT OF NETWORK")
must("pharmacy-farmacia-la-familia-nogales-n-grand-ave-2738.md", "5624 N Grand Ave")
must("pharmacy-farmacia-la-familia-nogales-n-grand-ave-2738.md", "(520) 555-8872")
for p in ["Dr. Claudia Trujillo, MD", "Dr. Ngoc Scott, MD", "Chloe Baker, PA-C"]:
    must("clinic-sun-mesa-primary-care-ina-road.md", p)
for p in ["Dr. Leila Singh, DO", "Jasmine Schneider, AGNP", "Dr. Ana Brown, MD"]:
    must("clinic-sun-mesa-primary-care-mesa-del-sol.md", p)
must("drug-jardiance.md", "Tier 4"); must("drug-farxiga.md", "Tier 3"); must("drug-trulicity.md", "Tier 4")
must("drug-symbicort.md", "Tier 4"); must("drug-vyvanse-brand.md", "Tier 4"); must("drug-humira.md", "Non-formulary")
must("drug-budesonide-formoterol.md", "Tier 2"); must("drug-mounjaro.md", "October 1, 2026")
must("drug-hyrimoz.md", "Tier 5"); must("drug-cyltezo.md", "Tier 5")
print("files", len(files), "words min/median/max", min(wc), sorted(wc)[len(wc)//2], max(wc))
print("\n".join(errs[:60]) or "OK", f"\n{len(errs)} problems")

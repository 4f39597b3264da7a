# Consistency / format checks for the corpus.
import os, re, sys, hashlib, collections
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "..", "corpus")
CUTOFF = "2026-05-31"
errors = []
hashes = collections.defaultdict(list)
dates = {}
texts = {}
for fn in sorted(os.listdir(C)):
    t = open(os.path.join(C, fn)).read()
    texts[fn] = t
    lines = t.split("\n")
    if not fn.endswith((".md", ".txt")):
        errors.append(f"bad ext {fn}")
    if fn.endswith(".md") and not lines[0].startswith("# "):
        errors.append(f"no title {fn}")
    m = re.match(r"(Updated|Date): (\d{4}-\d{2}-\d{2})$", lines[1])
    if not m:
        errors.append(f"no date line {fn}")
    else:
        dates[fn] = m.group(2)
        if m.group(2) > "2026-11-16":
            errors.append(f"future date {fn}")
    if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*\.(md|txt)$", fn):
        errors.append(f"bad filename {fn}")
    n = len([w for w in t.split() if re.search(r"[A-Za-z0-9]", w)])
    if not 80 <= n <= 900:
        errors.append(f"word count {n} {fn}")
    hashes[hashlib.md5(t.encode()).hexdigest()].append(fn)
for h, fns in hashes.items():
    if len(fns) > 1:
        errors.append(f"duplicate {fns}")
# titles unique
titles = collections.Counter(t.split("\n")[0] for t in texts.values())
for k, v in titles.items():
    if v > 1:
        errors.append(f"duplicate title {k}")
# pre-cutoff docs must not mention post-cutoff events
POST = ["Fenna Lys", "Brandvold", "Saskia Vedel", "1:52:07", "2:33:48", "Storm Ilse", "re-attributed", "Agnete Holmsen became",
        "2026-0[6-9]", "2026-1", "June 2026", "July 2026", "August 2026", "September 2026", "October 2026", "November 2026"]
for fn, t in texts.items():
    if dates.get(fn, "9999") <= CUTOFF and not fn.startswith("notice-"):
        for p in POST:
            if re.search(p, t):
                errors.append(f"pre-cutoff doc {fn} mentions post-cutoff '{p}'")
# old values must only appear together with a marker of change
OLD = {"Fl W 5s": "Skarrow", "Wed–Sun 11:00–17:00": None, "€39": None, "1:54:31": None, "2:41:10": None, "Jonas Aurland": None,
       "55 minutes": None, "Tormod Lysne": None, "Nils Kvist": None}
MARK = re.compile(r"previous|before|until|formerly|from \d{4} to|served|did not stand|succeed|2014–2026|2019–|Before|Until|→|changed|record of|held|set a|stood|\| Fl W 5s \| \*\*|Fl W 5s\)|existing characteristic|not threatened|still stands|Mayor of Orsund|retires", re.I)
for fn, t in texts.items():
    if dates.get(fn, "0") <= CUTOFF or fn in ("person-nils-kvist.md", "person-tormod-lysne.md"):
        continue
    for para in t.split("\n"):
        for old in OLD:
            if old in para and not MARK.search(para) and not para.startswith(("|", "- ")):
                errors.append(f"old value '{old}' without change marker in {fn}: {para[:120]}")
print(f"{len(texts)} docs; {len(errors)} problems")
for e in errors[:80]:
    print(" -", e)

# world-level checks
sys.path.insert(0, HERE)
import world as W
P = W.people
def alive(name, y, lo=18):
    p = P[name]
    return p["born"] + lo <= y <= (p["died"] or 2026)
for t in W.towns.values():
    if t["name"] != "Aldhaven":
        assert t["pop"] < 96400
for d, big in [("North Reach", "Orsund"), ("South Flats", "Lysholt")]:
    mx = max((t for t in W.towns.values() if t["district"] == d), key=lambda t: t["pop"])
    if mx["name"] != big:
        errors.append(f"largest town in {d} is {mx['name']}")
for a in W.artworks.values():
    if not alive(a["artist"], a["year"], 18):
        errors.append(f"artwork {a['title']} outside life")
    if a["acquired"] < a["year"] or a["acquired"] < W.museums[a["museum"]]["founded"] or a["acquired"] > 2025:
        errors.append(f"artwork acquisition {a['title']}")
for b in W.books.values():
    if not alive(b["author"], b["year"], 18):
        errors.append(f"book {b['title']} outside life")
for s_ in W.ships.values():
    for m in s_["masters"]:
        if not (P[m]["born"] + 20 <= s_["service_end"] and (P[m]["died"] or 2026) >= s_["built"]):
            errors.append(f"ship master {m} {s_['title']}")
for w in W.wrecks.values():
    if w["captain"] and not alive(w["captain"], w["date"][0], 20):
        errors.append(f"wreck captain {w['title']}")
for m in W.museums.values():
    if m["founder"] and not alive(m["founder"], m["founded"], 20):
        errors.append(f"museum founder {m['name']}")
for l in W.lighthouses.values():
    if l["engineer"] and not alive(l["engineer"], l["first_lit"], 20):
        errors.append(f"lighthouse engineer {l['name']}")
    if l["name"] != "Skarrow Head Lighthouse" and l["char"] in ("Fl(2) W 10s", "Fl W 5s"):
        errors.append(f"char clash {l['name']}")
    if l["name"] != "Aldhaven Harbour Light" and l["automated"] < 1962:
        errors.append(f"automation before 1962 {l['name']}")
for c in W.churches.values():
    if c["architect"] and not alive(c["architect"], c["built"], 20):
        errors.append(f"church architect {c['name']}")
rail = [t["railway"] for t in W.towns.values() if t.get("railway")]
if max(rail) != 1907 or min(rail) != 1869:
    errors.append("railway years")
st = [w for w in W.wrecks.values() if w["date"][:2] == (1893, 11)]
if len(st) > 23 or sum(w["lost"] for w in st) > 141:
    errors.append("great storm totals")
print(f"after world checks: {len(errors)} problems")
for e in errors[:80]:
    print(" -", e)

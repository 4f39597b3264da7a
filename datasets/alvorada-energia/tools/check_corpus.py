import os, re, hashlib, collections
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
hs = collections.Counter(); short = []; long_ = []; bad = []; en = 0
for f in sorted(os.listdir(D)):
    t = open(os.path.join(D, f)).read()
    hs[hashlib.md5(t.encode()).hexdigest()] += 1
    lines = t.split("\n")
    if not lines[0].startswith("# ") or not re.match(r"(Updated|Date): \d{4}-\d\d-\d\d$", lines[1]): bad.append(f)
    w = len(t.split())
    if w < 80: short.append((f, w))
    if w > 900: long_.append((f, w))
    if f.endswith("-en.md") or f.startswith(("outage-report", "planned-", "faq-en")): en += 1
    if re.search(r"\d{4}-\d\d-\d\d", lines[1]) and lines[1][-10:] > "2026-11-25": bad.append(("future", f))
print("docs", len(os.listdir(D)), "dups", sum(v-1 for v in hs.values() if v > 1))
print("short", len(short), short[:15]); print("long", long_); print("bad", bad[:10]); print("en share", en/len(os.listdir(D)))

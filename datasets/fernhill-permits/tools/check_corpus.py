import sys, os, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPUS, words
files = sorted(os.listdir(CORPUS))
print("files:", len(files))
titles = {}
bad = []
texts = {}
for f in files:
    t = open(os.path.join(CORPUS, f)).read()
    texts[f] = t
    lines = t.splitlines()
    title = lines[0].lstrip("# ").strip()
    if not re.match(r"^(Updated|Date): \d{4}-\d{2}-\d{2}$", lines[1]):
        bad.append((f, "date line"))
    if not re.match(r"^[a-z0-9][a-z0-9\-]*\.(md|txt)$", f):
        bad.append((f, "fname"))
    w = words(t)
    if w < 80 or w > 900:
        bad.append((f, f"words={w}"))
    titles.setdefault(title, []).append(f)
dups = {k: v for k, v in titles.items() if len(v) > 1}
print("dup titles:", dups)
h = collections.Counter(texts.values())
print("identical docs:", sum(1 for v in h.values() if v > 1))
print("bad:", len(bad))
for b in bad[:40]:
    print(b)
# dates after today
for f, t in texts.items():
    d = t.splitlines()[1].split(": ")[1]
    if d > "2026-11-16":
        print("FUTURE", f, d)

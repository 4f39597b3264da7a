#!/usr/bin/env python3
"""Consistency checks for the QuarryKit corpus, fine-tuning and eval files."""
import hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from data_versions import VDATE, TODAY

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "corpus")
problems = []


def P(msg):
    problems.append(msg)


files = sorted(os.listdir(C))
texts = {}
hashes = {}
for fn in files:
    t = open(os.path.join(C, fn)).read()
    texts[fn] = t
    lines = t.split("\n")
    if fn.endswith(".md") and not lines[0].startswith("# "):
        P(f"{fn}: no title line")
    if not re.match(r"^(Updated|Date): \d{4}-\d{2}-\d{2}$", lines[1]):
        P(f"{fn}: bad date line: {lines[1]!r}")
    else:
        d = lines[1].split(": ")[1]
        if d > TODAY:
            P(f"{fn}: date after today {d}")
    if fn != fn.lower() or " " in fn:
        P(f"{fn}: bad file name")
    w = len(t.split())
    if not 80 <= w <= 900:
        P(f"{fn}: word count {w}")
    h = hashlib.md5(t.encode()).hexdigest()
    if h in hashes:
        P(f"{fn}: identical to {hashes[h]}")
    hashes[h] = fn

# links
for fn, t in texts.items():
    for m in re.finditer(r"\]\(([a-z0-9.-]+\.md)\)", t):
        if m.group(1) not in texts:
            P(f"{fn}: broken link {m.group(1)}")

# quoted page titles ('Title') should exist
titles = {t.split("\n")[0].lstrip("# ").strip() for t in texts.values()}
for fn, t in texts.items():
    for m in re.finditer(r"'([A-Z][^'\n]{6,80})'", t):
        cand = m.group(1)
        if cand not in titles and not cand.startswith(("Q0", "maintenance")) and "quarry" not in cand[:8] and not cand.isupper() and "_" not in cand:
            P(f"{fn}: referenced title not found: {cand!r}")

# version/date pairs like "3.0.0 (2026-08-18)" or "3.0.0 on 2026-08-18" or "released 2026-.."
for fn, t in texts.items():
    for m in re.finditer(r"\b(\d\.\d\.\d)\b[^\n]{0,4}\((?:released )?(\d{4}-\d{2}-\d{2})\)", t):
        v, d = m.groups()
        if fn.startswith("plugin") or "plugin" in t[max(0, m.start() - 60):m.start()]:
            continue
        if v in VDATE and VDATE[v] != d:
            P(f"{fn}: {v} dated {d}, expected {VDATE[v]}")
    for m in re.finditer(r"QuarryKit (\d\.\d\.\d)(?:,)? (?:was released|released|is out|on) (?:on )?(\d{4}-\d{2}-\d{2})", t):
        v, d = m.groups()
        if VDATE.get(v) != d:
            P(f"{fn}: QuarryKit {v} on {d}, expected {VDATE.get(v)}")

# changed-default facts: lines stating the OLD value as current default
OLD = [
    (r"`?build\.sandbox`?[^\n]{0,40}default[^\n]{0,20}`\"off\"`", r"(2\.x|was|from|before|0\.8\.0|2\.0\.0|Old|old|previously|introduced|0\.8|until)"),
    (r"`?cache\.max-size`?[^\n]{0,40}default[^\n]{0,20}10 ?GiB", r"(2\.x|was|from|before|0\.4\.0|old|Old|previously|introduced)"),
    (r"`?test\.timeout`?[^\n]{0,40}default[^\n]{0,20}\b60\b", r"(was|from|before|0\.6\.0|old|Old|previously|introduced|120)"),
    (r"`?plugins\.allow-unsigned`?[^\n]{0,40}default[^\n]{0,20}`true`", r"(2\.x|was|from|before|1\.0\.0|old|Old|previously|introduced|in QuarryKit 2)"),
    (r"`?registry\.protocol`?[^\n]{0,40}default[^\n]{0,20}`\"git\"`", r"(2\.x|was|from|before|2\.5\.0|old|Old|previously|introduced|stays)"),
    (r"`?watch\.debounce-ms`?[^\n]{0,40}default[^\n]{0,20}\b200\b", r"(was|from|before|1\.0\.0|old|Old|previously|introduced|300)"),
]
for fn, t in texts.items():
    for line in t.split("\n"):
        for pat, ok in OLD:
            if re.search(pat, line) and not re.search(ok, line) and not re.match(r"release-notes-[012]-", fn):
                P(f"{fn}: possible stale default: {line.strip()[:140]}")

# key facts that must appear verbatim somewhere
MUST = ["2027-02-28", "CVE-2026-41877", "CVE-2026-48210", "Rust 1.80", "`\"25GiB\"`", "2026-08-18", "2026-10-27"]
alltext = "\n".join(texts.values())
for m in MUST:
    if m not in alltext:
        P(f"missing fact {m}")
# forbidden contradictions
FORBID = [r"2\.x[^\n]{0,40}until 2027-0[13]", r"EOL[^\n]{0,30}2027-03", r"MSRV[^\n]{0,20}1\.7[0-9][^\n]{0,30}3\.", r"3\.0\.0[^\n]{0,10}2026-09-"]
for fn, t in texts.items():
    for f in FORBID:
        if re.search(f, t):
            P(f"{fn}: forbidden pattern {f}")


# ---------------------------------------------------------------- jsonl files
def load(p):
    out = []
    for i, line in enumerate(open(p)):
        try:
            out.append(json.loads(line))
        except Exception as e:
            P(f"{p}:{i + 1}: {e}")
    return out


ft = os.path.join(ROOT, "finetune")
if os.path.exists(os.path.join(ft, "train.jsonl")):
    tr = load(os.path.join(ft, "train.jsonl"))
    va = load(os.path.join(ft, "validation.jsonl"))
    sysp = {x["messages"][0]["content"] for x in tr + va}
    if len(sysp) != 1:
        P("system prompts differ")
    for x in tr + va:
        if [m["role"] for m in x["messages"]] != ["system", "user", "assistant"]:
            P("bad roles")
    if not 80 <= len(tr) <= 120:
        P(f"train size {len(tr)}")
    if len(va) != 20:
        P(f"validation size {len(va)}")
    for x in tr + va:
        u = x["messages"][1]["content"].lower()
        if "quarry" in u or "quarry" in x["messages"][2]["content"].lower():
            P("finetune example mentions quarry: " + u[:60])
    print("train", len(tr), "validation", len(va))

ev = os.path.join(ROOT, "eval")
if os.path.exists(os.path.join(ev, "routing.jsonl")):
    rt = load(os.path.join(ev, "routing.jsonl"))
    from collections import Counter
    c = Counter(x["route"] for x in rt)
    print("routing", len(rt), dict(c))
    if len(rt) != 90 or c != Counter({"tuned": 30, "rag": 30, "both": 30}):
        P("routing counts wrong")
    if len({x["query"] for x in rt}) != 90:
        P("duplicate routing queries")
    qa = load(os.path.join(ev, "qa.jsonl"))
    c2 = Counter(x["route"] for x in qa)
    print("qa", len(qa), dict(c2))
    if c2 != Counter({"rag": 20, "both": 5, "tuned": 5}):
        P("qa counts wrong")
    rq = {x["query"] for x in rt}
    for x in qa:
        if x["question"] in rq:
            P("qa reuses routing query")
        if x["route"] in ("rag", "both"):
            if not x["sources"]:
                P("qa without sources: " + x["question"][:50])
            for s in x["sources"]:
                fn = s.replace("corpus/", "")
                if fn not in texts:
                    P(f"qa source missing {s}")
                elif x["answer"] not in texts[fn]:
                    P(f"qa answer {x['answer']!r} not verbatim in {s}")
        else:
            if x["sources"]:
                P("tuned qa with sources")
            if x["answer"] not in x["question"]:
                P(f"tuned qa answer not in question: {x['answer']!r}")
    if os.path.exists(os.path.join(ROOT, "tools", "label_data.py")):
        import label_data
        for q, route, fn, needle in label_data.EVIDENCE:
            if fn not in texts:
                P(f"evidence file missing {fn}")
            elif needle not in texts[fn]:
                P(f"evidence {needle!r} not in {fn} (query: {q[:50]})")

print("documents:", len(files))
for p in problems:
    print("PROBLEM:", p)
print("problems:", len(problems))

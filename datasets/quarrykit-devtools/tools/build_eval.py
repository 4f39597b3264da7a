#!/usr/bin/env python3
import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from label_data import ROUTING, QA

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [{"query": q, "route": r} for q, r, f, n in ROUTING]
random.Random(2026).shuffle(rows)
os.makedirs(os.path.join(ROOT, "eval"), exist_ok=True)
with open(os.path.join(ROOT, "eval", "routing.jsonl"), "w") as f:
    for x in rows:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
qa = [{"question": q, "answer": a, "sources": s, "route": r} for q, a, s, r in QA]
random.Random(11).shuffle(qa)
with open(os.path.join(ROOT, "eval", "qa.jsonl"), "w") as f:
    for x in qa:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")

# private label notes
L = ["# Label notes (private)", "", "Which corpus document answers each rag/both routing query, and the verbatim evidence string checked by `tools/check.py`.", ""]
for route in ("rag", "both"):
    L.append(f"## {route}")
    L.append("")
    L.append("| # | Query (first 80 chars) | Document | Evidence |")
    L.append("|---|---|---|---|")
    i = 0
    for q, r, fn, needle in ROUTING:
        if r != route:
            continue
        i += 1
        qq = q.replace("\n", " ").replace("|", "\\|")[:80]
        L.append(f"| {i} | {qq} | corpus/{fn} | `{needle.replace('|', '/').replace('`', '')}` |")
    L.append("")
L.append("## tuned")
L.append("")
L.append("Tuned queries are requests for one of the four learned formats with every needed fact in the request (several mention QuarryKit but supply the facts themselves), or general knowledge (conventional commits, git, SemVer, review severity).")
L.append("")
L.append("## Borderline cases")
L.append("")
L.append("- Tuned queries that mention QuarryKit facts (e.g. 'the default is 120s', 'deprecated since 3.0.0') give those facts in the request, so no retrieval is needed.")
L.append("- 'both' queries always ask for a house-format artefact AND explicitly or implicitly need a corpus fact (a default, a version, a CVE, an error meaning).")
L.append("- rag queries never ask for a commit/review/changelog/PR artefact.")
open(os.path.join(ROOT, "tools", "label-notes.md"), "w").write("\n".join(L) + "\n")
print("routing", len(rows), "qa", len(qa))

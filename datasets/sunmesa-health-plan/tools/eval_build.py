"""Build eval/routing.jsonl, eval/qa.jsonl and tools/label-notes.md; verify every needle is in its source doc."""
import json, os, random
from eval_data import RAG, BOTH, TUNED, QA_RAG, QA_BOTH, QA_TUNED
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "corpus")
rng = random.Random(90)
errs = []
def check(src, needle):
    p = os.path.join(C, src.replace("corpus/", ""))
    if not os.path.exists(p):
        errs.append(f"missing file {src}"); return
    if needle not in open(p, encoding="utf-8").read():
        errs.append(f"needle not in {src}: {needle!r}")
assert len(RAG) == 30 and len(BOTH) == 30 and len(TUNED) == 30, (len(RAG), len(BOTH), len(TUNED))
rows = []
notes = ["# Label notes (private)", "", "Which corpus document answers each rag/both routing query, and the exact string checked with grep.", ""]
notes.append("## Routing — rag")
for q, src, nd in RAG:
    check(src, nd); rows.append({"query": q, "route": "rag"}); notes.append(f"- `{q}` → corpus/{src} — \"{nd}\"")
notes.append("\n## Routing — both (task family + corpus fact)")
for q, src, nd in BOTH:
    check(src, nd); rows.append({"query": q, "route": "both"}); notes.append(f"- `{q}` → corpus/{src} — \"{nd}\"")
notes.append("\n## Routing — tuned (all facts in the request, or general knowledge)")
for q in TUNED:
    rows.append({"query": q, "route": "tuned"}); notes.append(f"- `{q[:110]}...`" if len(q) > 110 else f"- `{q}`")
rng.shuffle(rows)
qs = [r["query"] for r in rows]
assert len(set(qs)) == 90
qa = []
for q, a, s in QA_RAG:
    for x in s: check(x, a)
    qa.append({"question": q, "answer": a, "sources": s, "route": "rag"})
for q, a, s in QA_BOTH:
    for x in s: check(x, a)
    qa.append({"question": q, "answer": a, "sources": s, "route": "both"})
for q, a, s in QA_TUNED:
    assert a in q, (q, a)
    qa.append({"question": q, "answer": a, "sources": [], "route": "tuned"})
for x in qa:
    assert x["question"] not in qs
rng.shuffle(qa)
notes.append("\n## QA items")
for x in qa:
    notes.append(f"- [{x['route']}] `{x['question'][:100]}` → {x['sources']} — \"{x['answer']}\"")
os.makedirs(os.path.join(ROOT, "eval"), exist_ok=True)
with open(os.path.join(ROOT, "eval", "routing.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "eval", "qa.jsonl"), "w", encoding="utf-8") as f:
    for r in qa: f.write(json.dumps(r, ensure_ascii=False) + "\n")
open(os.path.join(ROOT, "tools", "label-notes.md"), "w", encoding="utf-8").write("\n".join(notes) + "\n")
print("\n".join(errs) or "all needles found", len(rows), len(qa))

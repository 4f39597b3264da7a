import json, os, random, collections
from eval_src import ROUTING, QA
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "corpus")
problems = []
for q, route, srcs, needles in ROUTING:
    for s in srcs:
        if not os.path.exists(os.path.join(C, s)):
            problems.append(("missing", s))
    if srcs:
        t = open(os.path.join(C, srcs[0]), encoding="utf-8").read()
        for n in needles:
            if n not in t:
                problems.append(("needle", srcs[0], n))
for q, a, srcs, route in QA:
    if route != "tuned":
        if not any(a in open(os.path.join(C, s), encoding="utf-8").read() for s in srcs):
            problems.append(("qa", q, a))
    if route == "tuned" and a not in q:
        problems.append(("qa-tuned-answer-not-in-request", q))
print("problems:", problems)
c = collections.Counter(r for _, r, _, _ in ROUTING); print("routing", c)
print("qa", collections.Counter(r for *_, r in QA))
qs = [q for q, *_ in ROUTING]
assert len(set(qs)) == 90
assert not set(qs) & set(q for q, *_ in QA)
rows = list(ROUTING)
random.Random(2026).shuffle(rows)
with open(os.path.join(ROOT, "eval", "routing.jsonl"), "w", encoding="utf-8") as f:
    for q, r, _, _ in rows:
        f.write(json.dumps({"query": q, "route": r}, ensure_ascii=False) + "\n")
qa = list(QA)
random.Random(11).shuffle(qa)
with open(os.path.join(ROOT, "eval", "qa.jsonl"), "w", encoding="utf-8") as f:
    for q, a, srcs, r in qa:
        f.write(json.dumps({"question": q, "answer": a, "sources": ["corpus/" + s for s in srcs], "route": r}, ensure_ascii=False) + "\n")
# label notes
with open(os.path.join(ROOT, "tools", "label-notes.md"), "w", encoding="utf-8") as f:
    f.write("# Label notes (private)\n\nWhich corpus document answers each rag/both routing query, and the fact string checked with grep.\n\n")
    for route in ("rag", "both"):
        f.write(f"## {route}\n\n")
        for q, r, srcs, needles in ROUTING:
            if r == route:
                f.write(f"- **{q}**\n  - sources: {', '.join('corpus/' + s for s in srcs)}\n  - fact(s): {'; '.join(needles)}\n")
        f.write("\n")
    f.write("## tuned\n\nAll tuned queries carry every needed fact in the request (or are general knowledge: last two).\n\n")
    f.write("## qa.jsonl\n\n")
    for q, a, srcs, r in QA:
        f.write(f"- [{r}] {q} -> `{a}` ({', '.join(srcs) or 'from request'})\n")

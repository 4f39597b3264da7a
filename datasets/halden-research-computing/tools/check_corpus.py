import os,re,hashlib,collections
C=os.path.join(os.path.dirname(__file__),"..","corpus")
bad=[];hs=collections.Counter();short=[]
for f in sorted(os.listdir(C)):
    t=open(os.path.join(C,f)).read()
    ls=t.split("\n")
    if not ls[0].startswith("# ") or not re.match(r"(Updated|Date): \d{4}-\d{2}-\d{2}$",ls[1]): bad.append(f)
    w=len(t.split())
    if w<80 or w>900: short.append((f,w))
    hs[hashlib.md5(t.encode()).hexdigest()]+=1
    if not re.match(r"^[a-z0-9.-]+\.(md|txt)$",f): bad.append(f)
    d=ls[1].split(": ")[1]
    if d>"2026-11-10": bad.append(("future-date",f,d))
print("files",len(os.listdir(C)),"bad",bad[:10],"dups",sum(v>1 for v in hs.values()))
print("wordcount outliers",len(short),short[:40])
# consistency
for pat in ["60 days","10 TB","14-00:00:00","14 days"]:
    hits=[f for f in os.listdir(C) if pat in open(os.path.join(C,f)).read()]
    print(pat,len(hits),hits[:12])

# --- fact consistency
import json,sys
sys.path.insert(0,os.path.dirname(__file__))
from facts import PARTITIONS, DEFAULT_CHANGES
E=json.load(open(os.path.join(os.path.dirname(__file__),"entities.json")))
ov=open(os.path.join(C,"slurm-partitions-overview.md")).read()
probs=[]
for p in PARTITIONS:
    t=open(os.path.join(C,f"partition-{p['name']}.md")).read()
    if f"| Maximum wall time | {p['maxwall']} |" not in t: probs.append(("part",p['name']))
    if p['cluster']!="Brenna" and f"| {p['name']} | {p['cluster']} | {p['maxwall']} |" not in ov: probs.append(("overview",p['name']))
for m,(o,n) in DEFAULT_CHANGES.items():
    t=open(os.path.join(C,f"module-{m}.md")).read()
    if not (f"Default version: **{n}**" in t or f"| {n} | yes |" in t): probs.append(("default",m))
for f in os.listdir(C):
    t=open(os.path.join(C,f)).read()
    for mm in re.findall(r"module load ([a-z0-9-]+)/([A-Za-z0-9.\-]+)",t):
        name,ver=mm
        if name in E["modules"] and ver not in E["modules"][name]["versions"] and not ver.endswith("-gpu"):
            probs.append(("badver",f,name,ver))
    for mm in re.findall(r"--time=(\d+)-",t):
        pass
print("consistency problems:",probs[:20],len(probs))

import os,re,hashlib,sys
D=os.path.join(os.path.dirname(__file__),"..","corpus")
bad=0; hs={}
for f in sorted(os.listdir(D)):
    t=open(os.path.join(D,f)).read(); L=t.split("\n")
    if not re.match(r"^# \S",L[0]) or not re.match(r"^(Updated|Date): \d{4}-\d{2}-\d{2}$",L[1]): print("header",f); bad+=1
    n=len("\n".join(L[2:]).split())
    if n<80 or n>900: print("words",n,f); bad+=1
    if f!=f.lower() or " " in f: print("name",f); bad+=1
    h=hashlib.md5(t.encode()).hexdigest()
    if h in hs: print("dup",f,hs[h]); bad+=1
    hs[h]=f
# consistency: current prices/fees must not show old values as current
txt={f:open(os.path.join(D,f)).read() for f in os.listdir(D)}
for f,t in txt.items():
    if "Fibre 1G" in t and "renamed" not in t.lower() and "renommé" not in t.lower() and "s'appelait" not in t.lower() and "Fibre 1G" not in t.split("\n")[0] and "may still say" not in t and "becomes Fibre Giga" not in t and "called Fibre 1G" not in t:
        print("fibre1g?",f); bad+=1
    for pat in [r"Installation fee \| \$99", r"Late payment fee \| \$15", r"Mobile 20 \|"]:
        if re.search(pat,t): print("stale",pat,f); bad+=1
print(len(txt),"docs; problems:",bad)

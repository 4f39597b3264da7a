import json, re, os, datetime as dt
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MONTHS = {m: i for i, m in enumerate(["January","February","March","April","May","June","July","August","September","October","November","December"], 1)}
def norm_dates(u):
    # add long-form renderings of dates found in user text
    extra = []
    for m in re.finditer(r"(\d{4})-(\d{2})-(\d{2})", u):
        d = dt.date(int(m[1]), int(m[2]), int(m[3])); extra.append(d.strftime("%B %-d, %Y"))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{2})\b", u):
        d = dt.date(2000+int(m[3]), int(m[1]), int(m[2])); extra.append(d.strftime("%B %-d, %Y"))
    for m in re.finditer(r"\b([A-Z][a-z]{2}) (\d{1,2}) (\d{4})", u):
        d = dt.datetime.strptime(f"{m[1]} {m[2]} {m[3]}", "%b %d %Y").date(); extra.append(d.strftime("%B %-d, %Y"))
    for m in re.finditer(r"\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", u):
        d = dt.datetime.strptime(f"{m[2]} {m[1]} {m[3]}", "%b %d %Y").date(); extra.append(d.strftime("%B %-d, %Y"))
    return u + " " + " ".join(extra)
bad = 0
for fn in ("train.jsonl", "validation.jsonl"):
    for i, line in enumerate(open(os.path.join(ROOT, "finetune", fn))):
        e = json.loads(line)
        assert len(e["messages"]) == 3
        u = norm_dates(e["messages"][1]["content"]).lower()
        a = e["messages"][2]["content"]
        a2 = re.sub(r"C-\d+\.|^\d+\. |correction \d+|\[TO CONFIRM:[^\]]*\]", " ", a, flags=re.M)
        nums = set(re.findall(r"\$?\d[\d,\.]*\d|\$?\d", a2))
        missing = [n for n in nums if n.lower().rstrip('.') not in u and n not in ("1","2","3","4","5","6","7","8","9","0","40","4")]
        # names / proper nouns: check capitalized bigrams of people/towns
        towns = re.findall(r"(Town of \w+(?: \w+)?|City of \w+(?: \w+)?|\w+ County|\w+ Valley Township|Village of Easton Ridge)", a)
        tmiss = [t for t in towns if t.lower() not in u]
        if missing or tmiss:
            bad += 1
            print(fn, i, "MISSING", missing, tmiss)
print("bad", bad)

import os, random, re, hashlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
WRITTEN = {}


def rng(key):
    h = int(hashlib.md5(key.encode("utf-8")).hexdigest()[:8], 16)
    return random.Random(h)


def slugify(s):
    s = s.lower()
    for a, b in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("â", "a"), ("ô", "o"),
                 ("&", "and"), ("€", "eur")]:
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def write_doc(fname, title, date, body, kind, datekey="Updated"):
    assert fname not in WRITTEN, fname
    assert re.match(r"^[a-z0-9][a-z0-9.\-]*\.(md|txt)$", fname), fname
    if fname.endswith(".txt"):
        text = f"{title}\n{datekey}: {date}\n\n{body.strip()}\n"
    else:
        text = f"# {title}\n{datekey}: {date}\n\n{body.strip()}\n"
    with open(os.path.join(CORPUS, fname), "w", encoding="utf-8") as f:
        f.write(text)
    WRITTEN[fname] = kind
    return fname


def table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join(["---"] * len(headers)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def bullets(items):
    return "\n".join(f"- {i}" for i in items)


def numbered(items):
    return "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def long_date(d):
    y, m, dd = d.split("-")
    return f"{int(dd)} {MONTHS[int(m) - 1]} {y}"


def de_date(d):
    y, m, dd = d.split("-")
    return f"{int(dd)}. {MONATE[int(m) - 1]} {y}"

import os, re, random, datetime, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
rng = random.Random(20261116)
WRITTEN = {}


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.lower().replace("&", " and ").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return re.sub(r"-+", "-", s)


def write(fname, text):
    assert fname not in WRITTEN, fname
    assert re.fullmatch(r"[a-z0-9][a-z0-9\-\.]*\.(md|txt)", fname), fname
    text = re.sub(r"\n{3,}", "\n\n", text.strip()) + "\n"
    WRITTEN[fname] = text
    with open(os.path.join(CORPUS, fname), "w", encoding="utf-8") as f:
        f.write(text)


def rdate(start, end):
    a = datetime.date.fromisoformat(start)
    b = datetime.date.fromisoformat(end)
    return (a + datetime.timedelta(days=rng.randint(0, (b - a).days))).isoformat()


def longdate(iso):
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fecha_es(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} de {MESES[d.month-1]} de {d.year}"


def table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join(["---"] * len(headers)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def pick(*opts):
    return rng.choice(opts)

import os, re, random, datetime as dt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
DOCS = {}   # filename -> text
TITLES = {}  # title -> filename


def slug(s):
    s = s.lower().replace("§", "").replace("&", "and").replace("é", "e")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return re.sub(r"-+", "-", s)


def add(fname, title, date, body, datekind="Updated"):
    if not fname.endswith((".md", ".txt")):
        fname += ".md"
    assert fname not in DOCS, fname
    d = date.isoformat() if isinstance(date, dt.date) else date
    if fname.endswith(".txt"):
        text = f"{title}\n{datekind}: {d}\n\n{body.strip()}\n"
    else:
        text = f"# {title}\n{datekind}: {d}\n\n{body.strip()}\n"
    DOCS[fname] = text
    TITLES[title] = fname
    return fname


def money(x):
    if isinstance(x, float) and not x.is_integer():
        return f"${x:,.2f}"
    return f"${int(x):,}"


def fmt_date(d):
    return d.strftime("%B %-d, %Y")


def weekday_name(d):
    return d.strftime("%A")


def add_days_business(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def next_business(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def nth_weekday(year, month, weekday, n):
    d = dt.date(year, month, 1)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def pc_meetings(start=dt.date(2023, 1, 1), end=dt.date(2026, 12, 31)):
    """Planning Commission: 2nd & 4th Tuesdays until Sept 2026; 1st & 3rd Wednesdays from Oct 7, 2026."""
    out = []
    y, m = start.year, start.month
    while dt.date(y, m, 1) <= end:
        if (y, m) < (2026, 10):
            ds = [nth_weekday(y, m, 1, 2), nth_weekday(y, m, 1, 4)]
        else:
            ds = [nth_weekday(y, m, 2, 1), nth_weekday(y, m, 2, 3)]
        for d in ds:
            if start <= d <= end:
                out.append(d)
        m += 1
        if m == 13:
            y, m = y + 1, 1
    # cancelled meetings (holiday season)
    cancelled = {dt.date(2023, 12, 26), dt.date(2024, 12, 24), dt.date(2025, 12, 23)}
    out = [dt.date(2026, 9, 9) if d == dt.date(2026, 9, 8) else d for d in out]  # moved: Council met Tue Sept 8 (Labor Day shift)
    return [d for d in out if d not in cancelled]


def council_meetings(start=dt.date(2023, 1, 1), end=dt.date(2026, 12, 31)):
    out = []
    y, m = start.year, start.month
    holidays = {dt.date(2023, 1, 16), dt.date(2023, 2, 20), dt.date(2023, 9, 4), dt.date(2024, 1, 15), dt.date(2024, 2, 19),
                dt.date(2024, 9, 2), dt.date(2025, 1, 20), dt.date(2025, 2, 17), dt.date(2025, 9, 1), dt.date(2026, 1, 19),
                dt.date(2026, 2, 16), dt.date(2026, 9, 7), dt.date(2024, 1, 1)}
    while dt.date(y, m, 1) <= end:
        for n in (1, 3):
            d = nth_weekday(y, m, 0, n)
            if d in holidays:
                d += dt.timedelta(days=1)
            if start <= d <= end:
                out.append(d)
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def words(text):
    return len(re.findall(r"\w+", text))


def write_all():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    for fname, text in DOCS.items():
        with open(os.path.join(CORPUS, fname), "w") as fh:
            fh.write(text)

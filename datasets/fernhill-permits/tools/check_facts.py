import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPUS
rules = [  # (pattern, change date, allowed-context regex)
    (r"3\.5 feet", "2026-08-20", r"from 3\.5|was 3\.5|3\.5 to 4|previous|before|rose from"),
    (r"850 square feet|850-square-foot", "2026-09-16", r"from (the current )?850|was 850|850 to 1,000|previous|before|under the 850|at or within"),
    (r"4:30 p\.m\.", "2026-09-08", r"previous|until|Before|used until|Phone lines"),
    (r"310-2290", "2026-10-05", r"retired|Before|former|was retired"),
    (r"3:00 p\.m\.", "2026-10-05", r"was 3:00|Before|currently 3:00|deadline was"),
    (r"Permit Portal", "2026-10-05", r"former|old|replac|Before|read-only|shut|until|\(in service"),
    (r"second and fourth Tuesdays", "2026-10-07", r"Until|has met|previous|January to September"),
    (r"24 inches", "2026-10-08", r"previous|Before|from 24|24-inch threshold|was 24|threshold was"),
    (r"\$1,200|\$450\b|\$2,800|\$1,450 flat|\$180\b|\$500\b", "2026-08-01", r"was|Before|before|previous|Until|FY2025-26|superseded|Superseded|\| \$"),
]
for f in sorted(os.listdir(CORPUS)):
    t = open(os.path.join(CORPUS, f)).read()
    d = t.splitlines()[1].split(": ")[1]
    for pat, since, ok in rules:
        if d < since:
            continue
        for line in t.splitlines():
            if re.search(pat, line) and not re.search(ok, line):
                print(f"{f} [{d}] {pat}: {line[:160]}")

"""Consistency checks for the Harbour League corpus."""
import os, re, glob, hashlib, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, '..', 'corpus')
files = sorted(glob.glob(os.path.join(C, '*')))
errors = []
texts = {}
for f in files:
    fn = os.path.basename(f)
    t = open(f, encoding='utf-8').read()
    texts[fn] = t
    lines = t.split('\n')
    if not re.match(r'^# \S', lines[0]):
        errors.append(f'{fn}: bad title line')
    if not re.match(r'^(Updated|Date): \d{4}-\d{2}-\d{2}$', lines[1]):
        errors.append(f'{fn}: bad date line')
    wc = len(t.split())
    if not 80 <= wc <= 900:
        errors.append(f'{fn}: word count {wc}')
    if fn != fn.lower() or ' ' in fn or not re.match(r'^[a-z0-9\-\.]+$', fn):
        errors.append(f'{fn}: bad filename')
# duplicates
h = Counter(hashlib.md5(t.encode()).hexdigest() for t in texts.values())
if any(v > 1 for v in h.values()):
    errors.append('duplicate documents')
# dates not after today
for fn, t in texts.items():
    d = t.split('\n')[1].split(': ')[1]
    if d > '2026-11-20':
        errors.append(f'{fn}: date after today {d}')
# links
for fn, t in texts.items():
    for l in re.findall(r'\]\(([^)]+\.md)\)', t):
        if l not in texts:
            errors.append(f'{fn}: broken link {l}')
# goals: profile stats vs match reports
goals = defaultdict(lambda: defaultdict(int))
apps = defaultdict(lambda: defaultdict(int))
for fn, t in texts.items():
    if not fn.startswith('match-'):
        continue
    season = fn[6:13]
    sec = t.split('## Goals')[1].split('##')[0] if '## Goals' in t else ''
    for line in sec.strip().split('\n'):
        m = re.match(r"- [\d+]+' (.+?)( \(pen\)| \(og\))? — ", line)
        if m and m.group(2) != ' (og)':
            goals[m.group(1)][season] += 1
    lu = t.split('## Line-ups')[1].split('## Next up')[0]
    for block in lu.strip().split('\n\n'):
        if not block.startswith('**'):
            continue
        xi = block.split('):', 1)[1].split('.  \n')[0]
        for nm in re.findall(r'([^,(]+?) \(\d+\)', xi):
            apps[nm.strip()][season] += 1
        subs = block.split('Substitutions: ')[1].split('.  \n')[0]
        for nm in re.findall(r'(?:^|; )(.+?) for ', subs):
            apps[nm.strip()][season] += 1
checked = 0
for fn, t in texts.items():
    if not fn.startswith('player-'):
        continue
    name = t.split('\n')[0][2:]
    for season in ('2025-26', '2026-27'):
        rows = re.findall(r'\| ' + season + r' \| ([^|]+) \| Premier Division \| (\d+) \([^)]*\) \| (\d+) \|', t)
        g = sum(int(r[2]) for r in rows)
        a = sum(int(r[1]) for r in rows)
        if g != goals[name][season]:
            errors.append(f'{fn}: goals {season} profile {g} vs reports {goals[name][season]}')
        if a != apps[name][season]:
            errors.append(f'{fn}: apps {season} profile {a} vs reports {apps[name][season]}')
        checked += 1
# capacity consistency: statements of Ardmore Park / Stade du Quai capacity in current-state docs
cap_rules = {'Ardmore Park': ('4,050', '3,100'), 'Stade du Quai': ('3,800', '4,400')}
for fn, t in texts.items():
    d = t.split('\n')[1].split(': ')[1]
    for ground, (new, old) in cap_rules.items():
        for m in re.finditer(re.escape(ground) + r'[^.\n|]{0,40}?\(([\d,]{5})\)', t):
            val = m.group(1)
            if d >= '2026-09-10' and val == old and 'previously' not in m.group(0):
                errors.append(f'{fn}: stale capacity {ground} {val}')
# mulcahy must not appear in Kilbride line-ups gw12-15 2026-27
for fn, t in texts.items():
    if fn.startswith('match-2026-27-gw1') and 'kilbride' in fn and int(fn[16:18]) >= 12:
        if 'Ronan Mulcahy (' in t:
            errors.append(f'{fn}: Mulcahy played while suspended')
# Le Gall transfer fee consistent
for fn, t in texts.items():
    for m in re.finditer(r'Le Gall[^.;]{0,60}?€(\d{1,3}(?:,\d{3})*)', t):
        if m.group(1) not in ('120,000',) and 'Prigent' not in t[m.end():m.end() + 20]:
            errors.append(f'{fn}: Le Gall fee {m.group(1)}')
print('files', len(files), 'profiles checked', checked)
print('\n'.join(errors[:60]))
print('errors', len(errors))

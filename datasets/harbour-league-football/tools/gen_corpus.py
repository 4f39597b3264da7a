"""Generate the Harbour League wiki corpus from world.py + hand-written core docs (tools/core/)."""
import os, random, shutil, glob, datetime as dt
from collections import defaultdict, Counter
import world
from world import CLUB, CLUBS, D, fmt_date, money, slugify, club_of, manager_at, capacity_at

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'corpus')
W = world.build()
R = random.Random(4242)
DOCS = {}


def write(fname, title, date, body):
    assert fname not in DOCS, fname
    text = f'# {title}\n{date_label(fname)}: {date.isoformat()}\n\n{body.strip()}\n'
    DOCS[fname] = text


def date_label(fname):
    return 'Date' if fname.startswith(('match-', 'ruling-', 'roundup-', 'notice-', 'award-', 'cup-')) else 'Updated'


def cname(k):
    return CLUB[k]['name']


def clink(k):
    return f"[{CLUB[k]['name']}](club-{CLUB[k]['slug']}.md)"


def slink(k):
    return f"[{CLUB[k]['stadium']}](stadium-{CLUB[k]['stadium_slug']}.md)"


def plink(p):
    return f'[{p.name}](player-{p.slug}.md)'


def mlink(m):
    return f"[{m['title']}]({m['slug']}.md)"


def ordinal(n):
    return '%d%s' % (n, 'tsnrhtdd'[(n // 10 % 10 != 1) * (n % 10 < 4) * n % 10::4])


def num(n):
    return '{:,}'.format(n)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


COUNTRY = {'Cork': 'Ireland', 'Galway': 'Ireland', 'Limerick': 'Ireland', 'Sligo': 'Ireland', 'Belfast': 'Northern Ireland',
           'Derry': 'Northern Ireland', 'Aberdeen': 'Scotland', 'Inverness': 'Scotland', 'Dundee': 'Scotland',
           'Quimper': 'France', 'Brest': 'France', 'Lorient': 'France', 'Saint-Malo': 'France', 'Rennes': 'France',
           'Vannes': 'France', 'Caen': 'France', 'Moncton': 'Canada', 'Halifax': 'Canada'}


def birthplace_text(bp):
    if bp in COUNTRY:
        return f'{bp}, {COUNTRY[bp]}'
    return f'{bp}, Harbour Coast'


def fee_text(fee):
    if isinstance(fee, int):
        return money(fee)
    return {'free': 'free transfer', 'undisclosed': 'undisclosed fee', 'academy': 'academy graduate', 'loan': 'loan',
            'loan return': 'return from loan'}.get(fee, str(fee))


ALL_MATCHES = sorted(W.matches, key=lambda m: (m['date'], m['gw']))
for m in ALL_MATCHES:
    m['title'] = f"{cname(m['home'])} {m['hg']}-{m['ag']} {cname(m['away'])}"


def club_matches(k, season):
    return [m for m in ALL_MATCHES if m['season'] == season and k in (m['home'], m['away'])]


def next_matches(k, season, after_date, n):
    ms = [m for m in ALL_MATCHES if m['season'] == season and k in (m['home'], m['away']) and m['date'] > after_date]
    return ms[:n]


# fixtures for gameweek 16 (unplayed) 2026-27
SCHED27 = W.seasons['2026-27']['schedule']
GW16 = SCHED27[15]
GW17 = SCHED27[16]
GW16_DATE = D(2026, 11, 21)
GW17_DATE = D(2026, 11, 28)


# ---------------------------------------------------------------------------------------------
# History: champions and cup winners
# ---------------------------------------------------------------------------------------------
def build_history():
    rng = random.Random(77)
    hist_clubs = ['plf', 'ard', 'gre', 'pce', 'sal', 'cap', 'str', 'bsa', 'dun', 'low', 'kil', 'fen', 'rnf', 'mil', 'wes', 'bif']
    weights = [14, 12, 11, 9, 6, 5, 4, 4, 4, 4, 3, 3, 2, 2, 2, 1]
    champs = {}
    fixed = {'2024-25': 'ard', '2023-24': 'plf', '2022-23': 'gre', '2021-22': 'plf', '2020-21': 'cap', '2019-20': 'pce',
             '2018-19': 'ard', '2017-18': 'gre', '2016-17': 'plf', '2015-16': 'sal', '2025-26': 'pce'}
    JOIN = {'bsa': 1964, 'cap': 1964, 'str': 1971, 'rnf': 1971, 'opv': 1971, 'aal': 1971}

    def ok(k, y):
        return y > CLUB[k]['founded'] and y >= JOIN.get(k, 1962)

    for y in range(1962, 2026):
        s = f'{y}-{str(y + 1)[2:]}'
        if s in fixed:
            champs[s] = fixed[s]
        else:
            while True:
                k = rng.choices(hist_clubs, weights)[0]
                if ok(k, y):
                    break
            champs[s] = k
    cup = {}
    cfixed = {'2025-26': 'pce', '2024-25': 'gre', '2023-24': 'str', '2022-23': 'ard', '2021-22': 'bsa', '2020-21': None,
              '2019-20': None, '2018-19': 'plf', '2017-18': 'low', '2016-17': 'cap'}
    for y in range(1965, 2026):
        s = f'{y}-{str(y + 1)[2:]}'
        if s in cfixed:
            cup[s] = cfixed[s]
        else:
            while True:
                k = rng.choices(hist_clubs + ['aal', 'opv'], weights + [1, 1])[0]
                if ok(k, y):
                    break
            cup[s] = k
    return champs, cup


CHAMPS, CUPW = build_history()
CUP_FINALS = {'2024-25': ('gre', 'cap', '2-1'), '2023-24': ('str', 'plf', '1-1 (4-2 pens)'), '2022-23': ('ard', 'dun', '3-0'),
              '2021-22': ('bsa', 'gre', '2-0'), '2018-19': ('plf', 'kil', '2-1 (aet)'), '2017-18': ('low', 'ard', '1-0'),
              '2016-17': ('cap', 'sal', '3-2')}


def titles_of(k):
    return [s for s, c in CHAMPS.items() if c == k]


def cups_of(k):
    return [s for s, c in CUPW.items() if c == k]


# ---------------------------------------------------------------------------------------------
# Cup details: scorers for semi-finals and final
# ---------------------------------------------------------------------------------------------
CUP_DETAIL = {}


def name_to_key(n):
    for c in CLUBS:
        if c['name'] == n:
            return c['key']
    return None


def cup_scorers():
    rng = random.Random(515)
    for season, rounds in W.cup.items():
        for rd in rounds:
            for t in rd['ties']:
                det = dict(home_scorers=[], away_scorers=[])
                for side, n in (('home', t['hg']), ('away', t['ag'])):
                    k = name_to_key(t[side])
                    if k is None or rd['round'] not in ('Quarter-finals', 'Semi-finals', 'Final'):
                        continue
                    squad = [p for p in W.players if club_of(p, rd['date']) == k and p.pos != 'GK']
                    mins = sorted(rng.sample(range(3, 120 if t['aet'] else 90), n))
                    for mn in mins:
                        p = rng.choices(squad, [p.finishing ** 1.8 * p.reg + 0.01 for p in squad])[0]
                        det[side + '_scorers'].append((p, mn))
                if rd['round'] == 'Final':
                    det['attendance'] = 4736
                    det['referee'] = 'Paul Haverty'
                elif rd['round'] in ('Semi-finals', 'Quarter-finals'):
                    k = name_to_key(t['home'])
                    cap = capacity_at(k, rd['date']) if k else 1200
                    det['attendance'] = int(cap * rng.uniform(0.55, 0.95))
                    det['referee'] = rng.choice(world.REFEREES)[0]
                CUP_DETAIL[(season, rd['round'], t['home'])] = det


cup_scorers()


# ---------------------------------------------------------------------------------------------
# MATCH REPORTS
# ---------------------------------------------------------------------------------------------
TABLE_AFTER = {}
for season in ('2025-26', '2026-27'):
    for gw in range(1, W.seasons[season]['played'] + 1):
        TABLE_AFTER[(season, gw)] = {r['key']: r for r in world.table(W, season, upto_gw=gw)}


def goal_phrase(g, m, score_before, score_after, rng):
    side = g['side']
    team = cname(m[side])
    p = g['player']
    mn = g['label']
    us_b, them_b = (score_before if side == 'home' else score_before[::-1])
    us_a, them_a = (score_after if side == 'home' else score_after[::-1])
    if g['kind'] == 'og':
        return rng.choice([f"An own goal from {p.name} on {mn} minutes put {team} {'ahead' if us_a > them_a else 'level' if us_a == them_a else 'back in it'}.",
                           f"{p.name} turned the ball into his own net on {mn} minutes, gifting {team} a goal."])
    how = {'pen': rng.choice(['from the penalty spot', 'with a penalty', 'from twelve yards']),
           'header': rng.choice(['with a header', 'with a looping header', 'heading in from a corner']),
           'free-kick': rng.choice(['with a curling free-kick', 'direct from a free-kick']),
           'open': rng.choice(['', 'with a low finish', 'after a swift counter-attack', 'from the edge of the area', 'at the back post', 'with a composed finish', 'following a goalmouth scramble', 'with a shot into the far corner'])}[g['kind']]
    how = (' ' + how) if how else ''
    if us_b == 0 and them_b == 0:
        opts = [f"{p.name} opened the scoring for {team}{how} in the {ordinal(int(mn.split('+')[0]))} minute.",
                f"{team} went ahead on {mn} minutes through {p.name}{how}.",
                f"The breakthrough came on {mn} minutes when {p.name} struck{how}."]
    elif us_a == them_a:
        opts = [f"{p.name} equalised for {team}{how} on {mn} minutes.", f"{team} drew level through {p.name}{how} ({mn}').",
                f"On {mn} minutes {p.name} levelled things up{how}."]
    elif us_a > them_a and us_b == them_b:
        if int(mn.split('+')[0]) >= 84:
            opts = [f"{p.name} won it late for {team}{how} on {mn} minutes.", f"With time running out, {p.name} struck{how} ({mn}') to put {team} ahead."]
        else:
            opts = [f"{p.name} restored {team}'s advantage{how} on {mn} minutes.", f"{team} went back in front through {p.name}{how} ({mn}')."]
    elif us_a > them_a:
        opts = [f"{p.name} made it {max(score_after)}-{min(score_after)}{how} on {mn} minutes.", f"{p.name} added another for {team}{how} ({mn}').",
                f"{team} extended their lead when {p.name} scored{how} on {mn} minutes."]
    else:
        opts = [f"{p.name} pulled one back for {team}{how} on {mn} minutes.", f"{team} reduced the deficit through {p.name}{how} ({mn}')."]
    return rng.choice(opts)


def match_report(m):
    rng = random.Random(m['id'])
    h, a = m['home'], m['away']
    H, A = cname(h), cname(a)
    venue = CLUB[h]['stadium']
    hm, am = manager_at(h, m['date']), manager_at(a, m['date'])
    season, gw = m['season'], m['gw']
    dname = world.derby(h, a)
    midweek = m['date'].weekday() == 2
    ko = '19:45' if midweek else ('12:30' if dname and rng.random() < 0.5 else '15:00')
    m['kickoff'] = ko
    hg, ag = m['hg'], m['ag']
    lines = []
    info = [f"- **Competition:** Harbour League Premier Division {season}, Gameweek {gw}",
            f"- **Venue:** {slink(h)}, {CLUB[h]['town']}",
            f"- **Kick-off:** {ko}",
            f"- **Attendance:** {num(m['attendance'])}",
            f"- **Referee:** [{m['referee']}](referee-{slugify(m['referee'])}.md)",
            f"- **Player of the Match (MOTM):** {plink(m['motm'])} ({cname(h if m['motm'] in m['home_xi'] else a)})"]
    if dname:
        info.insert(1, f"- **Fixture:** {dname}")
    # opening
    margin = hg - ag
    if margin >= 3:
        op = rng.choice([f"{H} ran riot at {venue}, beating {A} {hg}-{ag}.", f"A dominant {H} swept aside {A} {hg}-{ag} in front of {num(m['attendance'])} at {venue}.",
                         f"{A} were taken apart at {venue} as {H} won {hg}-{ag}."])
    elif margin > 0:
        op = rng.choice([f"{H} took all three points against {A} with a {hg}-{ag} win at {venue}.", f"{H} edged past {A} {hg}-{ag} at {venue}.",
                         f"Home advantage told as {H} beat {A} {hg}-{ag}.", f"{hm['name']}'s {H} saw off {A} {hg}-{ag} on {'Wednesday evening' if midweek else 'Saturday'}."])
    elif margin == 0 and hg == 0:
        op = rng.choice([f"{H} and {A} shared a goalless draw at {venue}.", f"There was nothing to separate {H} and {A} in a 0-0 draw at {venue}.",
                         f"Chances were scarce as {H} and {A} played out a 0-0 stalemate."])
    elif margin == 0:
        op = rng.choice([f"{H} and {A} finished level at {hg}-{ag} at {venue}.", f"Honours were even at {venue}, where {H} and {A} drew {hg}-{ag}.",
                         f"A {hg}-{ag} draw between {H} and {A} left both sides with a point."])
    elif margin <= -3:
        op = rng.choice([f"{A} hammered {H} {ag}-{hg} on their own ground.", f"{A} were ruthless at {venue}, winning {hg}-{ag} against a demoralised {H}."])
    else:
        op = rng.choice([f"{A} left {venue} with the points after a {hg}-{ag} win over {H}.", f"{am['name']}'s {A} won {ag}-{hg} away at {H}.",
                         f"{A} claimed a {hg}-{ag} away victory at {venue}."])
    if dname:
        op += rng.choice([f" It was the {ordinal(1 + rng.randint(40, 160))} competitive edition of the {dname.split(' (')[0]}.", f" The {dname.split(' (')[0]} drew a noisy crowd.", ""])
    paras = [op]
    if 'postponed_from' in m:
        paras.append(f"The match was originally scheduled for {fmt_date(m['postponed_from'])} but was postponed because of {m['postponed_reason']} and rearranged for a Wednesday evening.")
    # goals narrative
    score = [0, 0]
    events = []
    for g in m['goals']:
        before = tuple(score)
        score[0 if g['side'] == 'home' else 1] += 1
        events.append((g['minute'], goal_phrase(g, m, before, tuple(score), rng)))
    reds = [c for c in m['cards'] if c['colour'] == 'red']
    for c in reds:
        rs = {'second yellow': 'a second bookable offence', 'serious foul play': 'serious foul play', 'violent conduct': 'violent conduct',
              'denying an obvious goal-scoring opportunity': 'denying an obvious goal-scoring opportunity'}[c['reason']]
        events.append((c['minute'] + 0.5, rng.choice([f"{c['player'].name} of {cname(m[c['side']])} was sent off on {c['minute']} minutes for {rs}.",
                                  f"{cname(m[c['side']])} were reduced to ten men in the {ordinal(c['minute'])} minute when {c['player'].name} was shown a red card for {rs}."])))
    events = [t for _, t in sorted(events, key=lambda e: e[0])]
    if events:
        half = (len(events) + 1) // 2
        paras.append(' '.join(events[:half]))
        if events[half:]:
            paras.append(' '.join(events[half:]))
    else:
        paras.append(rng.choice(["Neither goalkeeper was seriously troubled for long spells.", "Both defences held firm throughout.",
                                 f"The best chance fell to {rng.choice(m['home_xi'][1:]).name}, whose effort was cleared off the line."]))
    motm = m['motm']
    ms = rng.choice([f"{motm.name} was named Player of the Match.", f"The Player of the Match award went to {motm.name}.",
                     f"Sponsors' Player of the Match: {motm.name}."])
    tab = TABLE_AFTER[(season, gw)]
    th, ta = tab[h]['pos'], tab[a]['pos']
    tl = rng.choice([f"The result leaves {H} {ordinal(th)} and {A} {ordinal(ta)} in the table.",
                     f"After gameweek {gw}, {H} sit {ordinal(th)} and {A} {ordinal(ta)}.",
                     f"{H} are now {ordinal(th)}; {A} are {ordinal(ta)}."])
    paras.append(ms + ' ' + tl)
    # quote
    if rng.random() < 0.6:
        if margin > 0:
            mgr, tone = hm, rng.choice(['"We were patient and took our chances. The supporters were brilliant today."',
                                        '"That is the standard we want every week. Three points and plenty to build on."',
                                        '"It wasn\'t always pretty, but the lads ground it out."'])
        elif margin < 0:
            mgr, tone = am, rng.choice(['"Winning away in this league is never easy, so I\'m delighted."',
                                        '"We defended as a unit and hurt them on the break."',
                                        '"A proper team performance. We travel well."'])
        else:
            mgr, tone = rng.choice([hm, am]), rng.choice(['"A point is a fair result. We go again next week."',
                                                          '"We\'ll take the point, but we should have won it."',
                                                          '"Frustrating. We had enough chances to win two games."'])
        paras.append(f"{mgr['name']} said afterwards: {tone}")
    body = '\n'.join(info) + '\n\n## Report\n\n' + '\n\n'.join(p for p in paras if p)
    # goals list
    if m['goals']:
        gls = []
        for g in m['goals']:
            suffix = {'pen': ' (pen)', 'og': ' (og)'}.get(g['kind'], '')
            gls.append(f"- {g['label']}' {g['player'].name}{suffix} — {cname(m[g['side']])}")
        body += '\n\n## Goals\n\n' + '\n'.join(gls)
    if m['cards']:
        cs = []
        for c in sorted(m['cards'], key=lambda c: c['minute']):
            col = 'Yellow' if c['colour'] == 'yellow' else 'Red'
            cs.append(f"- {c['minute']}' {col}: {c['player'].name} ({cname(m[c['side']])}) — {c['reason']}")
        body += '\n\n## Discipline\n\n' + '\n'.join(cs)
    # lineups
    def lineup(side):
        key = m[side]
        xi = m[side + '_xi']
        nums = lambda p: (p.number_jan if getattr(p, 'jan_date', None) and m['date'] >= p.jan_date else p.number) if season == '2025-26' else p.number_2627
        s = ', '.join(f"{p.name} ({nums(p)})" for p in xi)
        subs = m[side + '_subs']
        sl = '; '.join(f"{x['on'].name} for {x['off'].name} ({x['minute']}')" for x in subs) or 'none'
        used = {x['on'].name for x in subs}
        unused = ', '.join(p.name for p in m[side + '_bench'] if p.name not in used) or 'none'
        return f"**{cname(key)}** ({CLUB[key]['formation']}; manager {manager_at(key, m['date'])['name']}): {s}.  \nSubstitutions: {sl}.  \nUnused: {unused}."
    body += '\n\n## Line-ups\n\n' + lineup('home') + '\n\n' + lineup('away')
    # next fixtures
    nxt = []
    for k in (h, a):
        nm = next_matches(k, season, m['date'], 1)
        if nm:
            x = nm[0]
            opp = x['away'] if x['home'] == k else x['home']
            nxt.append(f"{cname(k)} {'host' if x['home'] == k else 'visit'} {cname(opp)} on {fmt_date(x['date'])}.")
        elif season == '2026-27':
            fx = [f for f in GW16 if k in f]
            if fx:
                f = fx[0]
                opp = f[1] if f[0] == k else f[0]
                nxt.append(f"{cname(k)} {'host' if f[0] == k else 'visit'} {cname(opp)} on {fmt_date(GW16_DATE)} (gameweek 16).")
    if nxt:
        body += '\n\n## Next up\n\n' + ' '.join(nxt)
    body += f"\n\nSee also: [Gameweek {gw} round-up]({roundup_slug(season, gw)}.md)."
    write(m['slug'] + '.md', f"{m['title']} ({season}, Gameweek {gw})", m['date'], body)


def roundup_slug(season, gw):
    return f'roundup-{season}-gw{gw:02d}'


for m in ALL_MATCHES:
    match_report(m)


# ---------------------------------------------------------------------------------------------
# ROUND-UPS
# ---------------------------------------------------------------------------------------------
def roundup(season, gw):
    ms = [m for m in ALL_MATCHES if m['season'] == season and m['gw'] == gw]
    gdate = W.seasons[season]['dates'][gw - 1]
    rng = random.Random(f'ru{season}{gw}')
    rows = ['| Home | Score | Away | Attendance | Referee |', '|---|---|---|---|---|']
    for m in ms:
        note = ' (played ' + fmt_date(m['date']) + ')' if 'postponed_from' in m else ''
        rows.append(f"| {cname(m['home'])} | [{m['hg']}-{m['ag']}]({m['slug']}.md){note} | {cname(m['away'])} | {num(m['attendance'])} | {m['referee']} |")
    goals = sum(m['hg'] + m['ag'] for m in ms)
    att = sum(m['attendance'] for m in ms)
    biggest = max(ms, key=lambda m: (abs(m['hg'] - m['ag']), m['hg'] + m['ag']))
    scorers = Counter()
    for m in ms:
        for g in m['goals']:
            if g['kind'] != 'og':
                scorers[g['player'].name] += 1
    braces = [(n, c) for n, c in scorers.items() if c >= 2]
    intro = rng.choice([f"Gameweek {gw} of the {season} Premier Division produced {goals} goals across eight matches, watched by a combined {num(att)} spectators.",
                        f"{goals} goals in eight games and a total attendance of {num(att)}: here is how gameweek {gw} ({fmt_date(gdate)}) unfolded.",
                        f"Eight matches, {goals} goals. The Harbour League's gameweek {gw} round-up for {fmt_date(gdate)}."])
    body = intro + '\n\n## Results\n\n' + '\n'.join(rows)
    hl = [f"Biggest margin: {biggest['title']}."]
    if braces:
        hl.append('Multiple scorers: ' + ', '.join(f"{n} ({c} goals)" + (' — hat-trick' if c == 3 else '') for n, c in braces) + '.')
    reds = [(c['player'].name, cname(m[c['side']])) for m in ms for c in m['cards'] if c['colour'] == 'red']
    if reds:
        hl.append('Red cards: ' + ', '.join(f"{n} ({t})" for n, t in reds) + '.')
    hl.append('Players of the Match: ' + '; '.join(f"{m['motm'].name} ({cname(m['home'])} v {cname(m['away'])})" for m in ms) + '.')
    post = [m for m in ms if 'postponed_from' in m]
    for m in post:
        hl.append(f"{cname(m['home'])} v {cname(m['away'])} was postponed on {fmt_date(m['postponed_from'])} because of {m['postponed_reason']} and played on {fmt_date(m['date'])}.")
    body += '\n\n## Talking points\n\n' + '\n'.join('- ' + x for x in hl)
    tab = world.table(W, season, upto_gw=gw)
    body += '\n\n## Table after gameweek %d (top four and bottom three)\n\n| Pos | Club | P | Pts |\n|---|---|---|---|\n' % gw
    for r in tab[:4] + tab[-3:]:
        body += f"| {r['pos']} | {cname(r['key'])} | {r['P']} | {r['Pts']} |\n"
    if any(r['ded'] for r in tab):
        body += '\n' + ' '.join(f"{cname(r['key'])} have had {r['ded']} points deducted." for r in tab if r['ded']) + '\n'
    body += f"\nFull standings: see [{season} table]({'table-2025-26-final' if season == '2025-26' else 'table-2026-27-current'}.md)."
    if season == '2026-27' and gw == 15:
        body += '\n\n## Next gameweek (16) — Saturday 21 November 2026\n\n' + '\n'.join(f"- {cname(x)} v {cname(y)} ({CLUB[x]['stadium']})" for x, y in GW16)
    write(roundup_slug(season, gw) + '.md', f"Gameweek {gw} round-up — Premier Division {season}", gdate + dt.timedelta(days=2), body)


for season in ('2025-26', '2026-27'):
    for gw in range(1, W.seasons[season]['played'] + 1):
        roundup(season, gw)


# ---------------------------------------------------------------------------------------------
# TABLES
# ---------------------------------------------------------------------------------------------
def table_md(rows, notes=None):
    s = '| Pos | Club | P | W | D | L | GF | GA | GD | Pts |\n|---|---|---|---|---|---|---|---|---|---|\n'
    for r in rows:
        star = '*' if r['ded'] else ''
        s += f"| {r['pos']} | {cname(r['key'])}{star} | {r['P']} | {r['W']} | {r['D']} | {r['L']} | {r['GF']} | {r['GA']} | {r['GD']:+d} | {r['Pts']} |\n"
    return s


fin = W.final_2526
body = (f"Final standings of the Harbour League Premier Division 2025-26 (Bellerive Mutual Harbour League). {cname(fin[0]['key'])} were crowned champions with {fin[0]['Pts']} points, "
        f"{fin[0]['Pts'] - fin[1]['Pts']} ahead of {cname(fin[1]['key'])}. {cname(fin[-2]['key'])} and {cname(fin[-1]['key'])} were relegated to Division One; "
        "Westcliff Wanderers and Olympique Pointe-Verte were promoted from Division One for 2026-27.\n\n" + table_md(fin) +
        "\nTiebreakers: points, then goal difference, then goals scored (Regulation 9.3).\n\nSee also: [2025-26 season review](season-review-2025-26.md), [Promotion and relegation 2025-26](promotion-relegation-2025-26.md).")
write('table-2025-26-final.md', 'Premier Division table 2025-26 (final)', D(2026, 5, 10), body)
cur = W.current
body = (f"Standings of the Harbour League Premier Division 2026-27 after gameweek 15 (matches of 14 November 2026). {cname(cur[0]['key'])} lead on {cur[0]['Pts']} points.\n\n" + table_md(cur) +
        "\n\\* Fenwick Town were deducted 3 points on 21 October 2026 for fielding an unregistered player (see [ruling](ruling-2026-10-21-fenwick-town-points-deduction.md)).\n\n"
        "Next round: gameweek 16 on Saturday 21 November 2026.")
write('table-2026-27-current.md', 'Premier Division table 2026-27 (current)', D(2026, 11, 15), body)
for season, gw in (('2025-26', 10), ('2025-26', 20), ('2026-27', 5), ('2026-27', 10)):
    rows = world.table(W, season, upto_gw=gw)
    gdate = W.seasons[season]['dates'][gw - 1]
    body = (f"Snapshot of the Premier Division {season} table after gameweek {gw} ({fmt_date(gdate)}). This page is kept for reference; the live table is at "
            f"[{season} table]({'table-2025-26-final' if season == '2025-26' else 'table-2026-27-current'}.md).\n\n" + table_md(rows))
    if any(r['ded'] for r in rows):
        body += '\n\\* includes points deduction.\n'
    write(f'table-{season}-after-gw{gw:02d}.md', f'Premier Division table {season} after gameweek {gw}', gdate + dt.timedelta(days=1), body)


# ---------------------------------------------------------------------------------------------
# PLAYER PROFILES
# ---------------------------------------------------------------------------------------------
PCE_DOUBLE = set()
for p in W.players:
    if p.stats['2025-26']['club_apps'].get('pce', 0) >= 5:
        PCE_DOUBLE.add(p.name)

AWARDS_2526 = {}  # filled from core facts below (computed)


def compute_awards():
    s = '2025-26'
    top = sorted(W.players, key=lambda p: (-p.stats[s]['goals'], p.stats[s]['apps']))
    AWARDS_2526['golden_boot'] = top[0]
    gks = [p for p in W.players if p.pos == 'GK']
    gg = sorted(gks, key=lambda p: -p.stats[s]['clean_sheets'])
    AWARDS_2526['golden_glove'] = gg[0]
    AWARDS_2526['player'] = W.player['Yann Le Gall']
    AWARDS_2526['young'] = W.player['Théo Arsenault']


compute_awards()


def player_honours(p):
    h = []
    if p.name in PCE_DOUBLE:
        h.append('Harbour League Premier Division champion: 2025-26 (Port Celeste FC)')
        h.append('Harbour Cup winner: 2025-26 (Port Celeste FC)')
    if p.name == AWARDS_2526['golden_boot'].name:
        h.append(f"Premier Division Golden Boot: 2025-26 ({p.stats['2025-26']['goals']} goals)")
    if p.name == 'Yann Le Gall':
        h.append('Harbour League Player of the Season: 2025-26')
    if p.name == 'Théo Arsenault':
        h.append('Harbour League Young Player of the Season: 2025-26')
    if p.name == AWARDS_2526['golden_glove'].name:
        h.append(f"Golden Glove: 2025-26 ({p.stats['2025-26']['clean_sheets']} clean sheets)")
    if p.name == 'Ciarán Duffy':
        h.append('Harbour Cup winner: 2024-25 (Greyhaven United)')
    return h


STYLE = {
    'GK': ['A commanding presence in the air, he organises his back line loudly and in both languages.', 'Quick off his line and confident with the ball at his feet.',
           'Known for his shot-stopping rather than his distribution.', 'A penalty specialist: supporters still talk about his saves in shoot-outs.'],
    'DF': ['Strong in the tackle and dangerous at set pieces.', 'A composed ball-player who likes to step into midfield.', 'Reliable rather than spectacular; rarely beaten for pace.',
           'An overlapping full-back who supplies a steady stream of crosses.', 'Vocal organiser who often captains the side when the regular skipper is absent.'],
    'MF': ['A tireless runner who covers every blade of grass.', 'Sets the tempo with short passing and rarely gives the ball away.', 'Breaks up play and shields the back four.',
           'Arrives late in the box and chips in with goals.', 'Takes most of the side\'s corners and free-kicks.'],
    'FW': ['A penalty-box finisher with a quick first touch.', 'Direct and fast, happiest running at full-backs.', 'Works the channels and holds the ball up well.',
           'Cuts in from the flank onto his stronger foot.', 'Presses from the front and rarely stops running.'],
}


def player_profile(p):
    rng = random.Random(p.name)
    now_club = club_of(p, world.TODAY)
    origin = p.origin_club
    num_now = p.number_2627
    pos_text = p.detail
    age = age_on(p.dob, world.TODAY)
    s1, s2 = p.stats['2025-26'], p.stats['2026-27']
    bp = birthplace_text(p.birthplace)
    clubtxt = cname(now_club) if now_club else None
    loan = any(t['kind'] == 'loan' and t['date'] > D(2026, 6, 1) for t in p.transfers)
    if now_club in ('bif', 'aal'):
        lead_club = f"{clubtxt}, who play in Division One after relegation in 2025-26"
    elif now_club:
        lead_club = f"{clubtxt} in the Harbour League Premier Division"
    else:
        lead_club = 'no Harbour League club'
    if loan:
        lead_club = f"{clubtxt} (on loan from Tarbert Harbour FC) in the Harbour League Premier Division"
    variants = [
        f"**{p.name}** (born {fmt_date(p.dob)} in {bp}) is a {pos_text} who plays for {lead_club}.",
        f"**{p.name}** is a {age}-year-old {pos_text} for {lead_club}. He was born in {bp} on {fmt_date(p.dob)}.",
        f"{p.name} is a {pos_text} currently registered with {lead_club}. Born in {bp}, he is {age} years old.",
    ]
    lead = rng.choice(variants)
    info = ['| | |', '|---|---|', f"| Full name | {p.name} |", f"| Date of birth | {fmt_date(p.dob)} (age {age}) |", f"| Place of birth | {bp} |",
            (f"| Position | {world.POS_NAME[p.pos]} ({pos_text}) |" if p.pos != 'GK' else "| Position | Goalkeeper |"), f"| Current club | {clink(now_club) if now_club else '—'} |",
            f"| Squad number | {num_now} |", f"| Height | {p.height} cm |", f"| Preferred foot | {p.foot} |"]
    if rng.random() < 0.6 and not loan:
        info.append(f"| Contract until | 31 May {p.contract} |")
    if p.caps:
        info.append(f"| Harbour Coast Select XI caps | {p.caps} |")
    # career narrative
    car = []
    if p.joined:
        jc = origin
        if p.joined_fee == 'academy':
            car.append(rng.choice([f"A product of the {cname(jc)} academy, he made his senior debut in {p.joined.year}.",
                                   f"{p.name} came through the youth system at {cname(jc)} and signed his first professional terms in {p.joined.year}."]))
        else:
            ft = fee_text(p.joined_fee)
            fee_clause = f" for {ft}" if isinstance(p.joined_fee, int) else (' on a free transfer' if p.joined_fee == 'free' else ' for an undisclosed fee')
            car.append(rng.choice([f"He joined {cname(jc)} from {p.joined_from}{fee_clause} in {p.joined.strftime('%B %Y')}.",
                                   f"{cname(jc)} signed him from {p.joined_from}{fee_clause} on {fmt_date(p.joined)}."]))
    for t in sorted(p.transfers, key=lambda t: t['date']):
        to = cname(t['to']) if t['to'] in CLUB else t['to']
        frm = cname(t['frm']) if t['frm'] in CLUB else t['frm']
        if t['kind'] == 'loan':
            extra = ''
            if t.get('registered'):
                extra = f" His registration was only approved by the league on {fmt_date(t['registered'])}; his appearance for Fenwick Town on 19 September 2026 led to a 3-point deduction for the club."
            car.append(f"On {fmt_date(t['date'])} he joined {to} on loan from {frm} until {t.get('until')}.{extra}")
        elif t['kind'] == 'loan return':
            car.append(f"He returned to {to} when his loan ended in June 2026.")
        else:
            ft = fee_text(t['fee'])
            if isinstance(t['fee'], int):
                ft2 = f"for a fee of {ft}"
                if t['fee'] == 120000:
                    ft2 += ', a Harbour League record'
            elif t['fee'] == 'free':
                ft2 = 'on a free transfer'
            else:
                ft2 = 'for an undisclosed fee'
            car.append(rng.choice([f"On {fmt_date(t['date'])} he moved from {frm} to {to} {ft2}.",
                                   f"{to} signed him from {frm} {ft2} on {fmt_date(t['date'])}."]))
    if s1['apps'] and p.pos == 'GK':
        car.append(f"In 2025-26 he made {s1['apps']} Premier Division appearances and kept {s1['clean_sheets']} clean sheet{'s' if s1['clean_sheets'] != 1 else ''}.")
    elif s1['apps']:
        car.append(rng.choice([f"In 2025-26 he made {s1['apps']} Premier Division appearances ({s1['starts']} starts) and scored {s1['goals']} goal{'s' if s1['goals'] != 1 else ''}.",
                               f"His 2025-26 league season brought {s1['goals']} goal{'s' if s1['goals'] != 1 else ''} in {s1['apps']} appearances."]))
    elif p.div1_2526:
        car.append(f"He played {p.div1_2526['apps']} Division One matches in 2025-26 ({p.div1_2526['goals']} goals) as {cname(origin)} won promotion.")
    if s2['apps'] and p.pos == 'GK':
        car.append(f"So far in 2026-27 he has played {s2['apps']} league matches, with {s2['clean_sheets']} clean sheet{'s' if s2['clean_sheets'] != 1 else ''}.")
    elif s2['apps']:
        car.append(rng.choice([f"So far in 2026-27 he has {s2['apps']} league appearances and {s2['goals']} goal{'s' if s2['goals'] != 1 else ''}.",
                               f"This season (2026-27) he has played {s2['apps']} times in the league, scoring {s2['goals']}."]))
    # stats table
    st = ['| Season | Club | Division | Apps (sub) | Goals |', '|---|---|---|---|---|']
    st.append(f"| Before 2025-26 | various | Premier Division / Division One | {p.prior_apps} | {p.prior_goals} |")
    for season, s in (('2025-26', s1), ('2026-27', s2)):
        if s['apps']:
            for ck, n in s['club_apps'].items():
                subs = s['sub_apps'] if len(s['club_apps']) == 1 else '—'
                st.append(f"| {season} | {cname(ck)} | Premier Division | {n} ({subs}) | {s['club_goals'].get(ck, 0)} |")
        elif season == '2025-26' and p.div1_2526:
            st.append(f"| 2025-26 | {cname(origin)} | Division One | {p.div1_2526['apps']} | {p.div1_2526['goals']} |")
        elif season == '2026-27' and now_club in ('bif', 'aal'):
            st.append(f"| 2026-27 | {cname(now_club)} | Division One | not covered | — |")
        elif season == '2026-27' and now_club and now_club not in ('bif', 'aal'):
            st.append(f"| 2026-27 | {cname(now_club)} | Premier Division | 0 | 0 |")
        elif season == '2025-26' and club_of(p, D(2025, 9, 1)) in CLUB:
            st.append(f"| 2025-26 | {cname(club_of(p, D(2025, 9, 1)))} | Premier Division | 0 | 0 |")
    tot_apps = p.prior_apps + s1['apps'] + s2['apps'] + (p.div1_2526['apps'] if p.div1_2526 else 0)
    tot_goals = p.prior_goals + s1['goals'] + s2['goals'] + (p.div1_2526['goals'] if p.div1_2526 else 0)
    st.append(f"| **Total** | | | **{tot_apps}** | **{tot_goals}** |")
    body = lead + '\n\n' + '\n'.join(info) + '\n\n## Career\n\n' + ' '.join(car)
    if rng.random() < 0.75:
        body += '\n\n## Style of play\n\n' + ' '.join(rng.sample(STYLE[p.pos], 2))
    body += '\n\n## League statistics\n\n' + '\n'.join(st)
    body += f"\n\nFigures cover Harbour League matches only (cup matches excluded) and are correct to {fmt_date(D(2026, 11, 14))}."
    if p.pos == 'GK' and (s1['clean_sheets'] or s2['clean_sheets']):
        body += f" Clean sheets: {s1['clean_sheets']} in 2025-26, {s2['clean_sheets']} in 2026-27."
    # discipline
    dl = []
    for season, s in (('2025-26', s1), ('2026-27', s2)):
        if s['yellows'] or s['reds']:
            dl.append(f"{season}: {s['yellows']} yellow card{'s' if s['yellows'] != 1 else ''}, {s['reds']} red card{'s' if s['reds'] != 1 else ''}.")
    for sl in W.suspension_log:
        if sl['player'] is p:
            if sl['kind'] == 'red':
                dl.append(f"Suspended for {sl['games']} match{'es' if sl['games'] > 1 else ''} after a red card ({sl['reason']}) against "
                          f"{cname(sl['match']['away'] if sl['side'] == 'home' else sl['match']['home'])} on {fmt_date(sl['date'])}.")
            else:
                dl.append(f"One-match ban for reaching {sl['threshold']} yellow cards in {sl['season']} (on {fmt_date(sl['date'])}).")
    if dl:
        body += '\n\n## Discipline\n\n' + '\n'.join('- ' + x for x in dl)
    hon = player_honours(p)
    if hon:
        body += '\n\n## Honours\n\n' + '\n'.join('- ' + x for x in hon)
    if s1['motm'] + s2['motm'] >= 3:
        body += f"\n\nHe has been named Player of the Match {s1['motm'] + s2['motm']} times across the 2025-26 and 2026-27 league seasons."
    body += '\n\nSee also: ' + (clink(now_club) if now_club else '') + (', ' + clink(origin) if origin and origin != now_club else '') + '.'
    last = max([t['date'] for t in p.transfers] + [D(2026, 6, 15)])
    played_dates = [m['date'] for m in ALL_MATCHES if p in m['home_xi'] + m['away_xi'] or any(x['on'] is p for x in m['home_subs'] + m['away_subs'])]
    if played_dates:
        last = max(last, max(played_dates) + dt.timedelta(days=1))
    write(f'player-{p.slug}.md', p.name, last, body)


W.player['Yann Le Gall'].contract = 2029
W.player['Théo Arsenault'].contract = 2029
for p in W.players:
    player_profile(p)


# ---------------------------------------------------------------------------------------------
# CLUB PAGES
# ---------------------------------------------------------------------------------------------
SPONSORS = ['Harbour Fish Co.', 'Marée Haute Brasserie', 'Quayside Motors', 'Boulangerie Cormier', 'Northlight Ferries', 'Coastal Credit Union',
            'Saltire Insurance', 'Phare Télécom', 'Lobster Pot Restaurants', 'Greyhaven Glass', 'Dunmore Distillery', 'Atlantic Timber',
            'Pêcheries Gallant', 'Westcliff Caravans', 'Pointe-Verte Pharmacie', 'Bay Builders Ltd', 'Île Tourisme', 'Loup Marin Outdoor']
KITS = ['Varna Sport', 'Kestrel', 'Ondée', 'Sportique', 'Harbour Athletic Supply']
CAPTAINS = {}


def captain(k):
    if k in CAPTAINS:
        return CAPTAINS[k]
    squad = [p for p in W.players if club_of(p, world.TODAY) == k]
    fixed = {'sal': 'Euan Sinclair', 'kil': 'Ronan Mulcahy', 'gre': 'Callum Doherty', 'ard': 'Kieran Walsh', 'plf': 'Étienne Boucher', 'cap': 'Hamish Guthrie'}
    if k in fixed:
        c = W.player[fixed[k]]
    else:
        c = max(squad, key=lambda p: (p.prior_apps + p.stats['2025-26']['apps'], p.name))
    CAPTAINS[k] = c
    return c


def club_page(c):
    k = c['key']
    rng = random.Random('club' + k)
    mgr = manager_at(k, world.TODAY)
    cap = capacity_at(k, world.TODAY)
    prem_now = k in world.PREM_2627
    fin_pos = {r['key']: r['pos'] for r in W.final_2526}
    cur_pos = {r['key']: r for r in W.current}
    t = titles_of(k)
    cu = cups_of(k)
    info = ['| | |', '|---|---|', f"| Full name | {c['name']} |", f"| Nickname | {c['nickname']} |", f"| Founded | {c['founded']} |",
            f"| Ground | {slink(k)} ({num(cap)}) |", f"| Manager | [{mgr['name']}](manager-{mgr['slug']}.md) |",
            f"| Captain | {plink(captain(k))} |", f"| League | {'Premier Division' if prem_now else 'Division One'} (2026-27) |",
            f"| Colours | {c['colours']} |", f"| Shirt sponsor | {SPONSORS[CLUBS.index(c)]} |", f"| Kit supplier | {KITS[CLUBS.index(c) % 5]} |"]
    hist = []
    hist.append(rng.choice([f"{c['name']} were founded in {c['founded']} in {c['town']}.",
                            f"The club was formed in {c['founded']} by a group of {rng.choice(['dock workers', 'fishermen', 'railway clerks', 'schoolteachers', 'cannery workers'])} in {c['town']}."]))
    hist.append(f"They play at {c['stadium']}, which opened in {c['opened']}.")
    if t:
        hist.append(f"{c['name']} have been Harbour League champions {str(len(t)) + ' times' if len(t) > 1 else 'once'}, most recently in {t[-1]}.")
    else:
        hist.append(f"{c['name']} have never won the Harbour League title.")
    if cu:
        hist.append(f"They have lifted the Harbour Cup (Coupe du Havre) {str(len(cu)) + ' times' if len(cu) > 1 else 'once'}, the last in {cu[-1]}.")
    if k == 'pce':
        hist.append(f"In 2025-26 the club won the league and cup double for the first time since 1972-73, with Yann Le Gall scoring {W.player['Yann Le Gall'].stats['2025-26']['goals']} league goals before his record move to Port-Lachance FC in July 2026.")
    if k in ('wes', 'opv'):
        hist.append(f"{c['name']} won promotion from Division One at the end of 2025-26 ({'as champions' if k == 'wes' else 'as runners-up'}).")
    if k in ('bif', 'aal'):
        hist.append(f"{c['name']} finished {ordinal(fin_pos[k])} in 2025-26 and were relegated to Division One.")
    if k == 'sal':
        hist.append("Manager Declan Furey was sacked on 5 October 2026 with the team bottom of the table; after an interim spell by Pat Doyle, Mireille Castonguay was appointed on 19 October 2026, the first woman to manage a Premier Division club.")
    body = '\n'.join(info) + '\n\n## History\n\n' + ' '.join(hist)
    if prem_now:
        r = cur_pos[k]
        form = ''.join(r['form'][-5:])
        body += (f"\n\n## 2026-27 season\n\nAfter gameweek 15 {c['name']} are {ordinal(r['pos'])} with {r['Pts']} points "
                 f"({r['W']} won, {r['D']} drawn, {r['L']} lost; goals {r['GF']}-{r['GA']}). Last five league results: {form}.")
        if r['ded']:
            body += f" The total includes a {r['ded']}-point deduction imposed on 21 October 2026."
        top = sorted([p for p in W.players if p.stats['2026-27']['club_goals'].get(k)], key=lambda p: -p.stats['2026-27']['club_goals'][k])
        if top:
            body += f" Leading league scorer: {top[0].name} ({top[0].stats['2026-27']['club_goals'][k]})."
        body += f" Full list: [{c['name']} fixtures and results 2026-27](fixtures-2026-27-{c['slug']}.md)."
    if k in world.PREM_2526:
        r = {x['key']: x for x in W.final_2526}[k]
        body += f"\n\n## 2025-26 season\n\nFinished {ordinal(r['pos'])} in the Premier Division with {r['Pts']} points. See [{c['name']} fixtures and results 2025-26](fixtures-2025-26-{c['slug']}.md)."
    squad = sorted([p for p in W.players if club_of(p, world.TODAY) == k], key=lambda p: (['GK', 'DF', 'MF', 'FW'].index(p.pos), p.number_2627))
    body += '\n\n## Current squad\n\n| No. | Player | Position |\n|---|---|---|\n' + '\n'.join(f"| {p.number_2627} | {plink(p)} | {world.POS_NAME[p.pos]} |" for p in squad)
    hon = []
    if t:
        hon.append(f"- Harbour League champions ({len(t)}): " + ', '.join(t))
    if cu:
        hon.append(f"- Harbour Cup winners ({len(cu)}): " + ', '.join(cu))
    if k == 'wes':
        hon.append('- Division One champions: 2025-26')
    if k == 'ard':
        hon.append('- Lighthouse Shield: 2026')
    if hon:
        body += '\n\n## Honours\n\n' + '\n'.join(hon)
    der = [(x, y, n) for x, y, n in world.DERBIES if k in (x, y)]
    if der:
        body += '\n\n## Rivalries\n\n' + '\n'.join(f"- {n}: against {cname(y if x == k else x)} — see [{n.split(' (')[0]}](derby-{slugify(n.split(' (')[0])}.md)" for x, y, n in der)
    mgrs = [m for m in world.MANAGERS if m['club'] == k]
    body += '\n\n## Recent managers\n\n' + '\n'.join(f"- {m['name']} ({fmt_date(m['start'])} – {fmt_date(m['end']) if m['end'] else 'present'}){' (interim)' if m.get('interim') else ''}" for m in mgrs)
    upd = {'sal': D(2026, 10, 19), 'ard': D(2026, 11, 15), 'pce': D(2026, 11, 15), 'fen': D(2026, 11, 15)}.get(k, D(2026, 11, 15))
    write(f"club-{c['slug']}.md", c['name'], upd, body)


for c in CLUBS:
    club_page(c)

for i, (n, town, founded, ground, capy) in enumerate(DIV1 := world.DIV1_OTHERS):
    rng = random.Random(n)
    cupres = []
    for season, rounds in W.cup.items():
        for rd in rounds:
            for t in rd['ties']:
                if n in (t['home'], t['away']):
                    opp = t['away'] if t['home'] == n else t['home']
                    pen = f" ({t['pens'][0]}-{t['pens'][1]} pens)" if t['pens'] else ''
                    aet = ' aet' if t['aet'] else ''
                    cupres.append(f"- {season} {rd['round']}: {t['home']} {t['hg']}-{t['ag']} {t['away']}{aet}{pen}")
    body = (f"{n} is a semi-professional club based in {town}, founded in {founded}. The club plays in Harbour League Division One and its home ground is "
            f"{ground} (capacity {num(capy)}).\n\n" + rng.choice([
                f"{n} has never played in the Premier Division; its best finish was {ordinal(rng.randint(2, 4))} in Division One in {rng.randint(1990, 2022)}.",
                f"The club spent {rng.randint(2, 9)} seasons in the top flight, the last ending in {rng.randint(1985, 2016)}.",
                f"{n} were founder members of Division One when the league split into two tiers in 1984."]) +
            f"\n\nThe club's colours are {rng.choice(['red and black', 'blue and white', 'green and gold', 'white and black', 'orange and white', 'maroon and sky blue'])} and its supporters' club has around {rng.randint(80, 400)} members. "
            + rng.choice(['Home matches kick off at 14:30 in the winter months.', 'Its reserve team plays in the Harbour Coast Combination.', 'The club runs a girls\' and boys\' academy with over 150 registered players.']) +
            "\n\n## Harbour Cup results\n\n" + ('\n'.join(cupres) if cupres else 'No recent ties recorded.') +
            "\n\nSee [Division One overview](division-one-overview.md).")
    if n == 'Tarbert Harbour FC':
        body += "\n\nIn September 2026 the club loaned winger Dylan Harte to Fenwick Town; his registration had not been confirmed by the league before his debut, which led to a points deduction for Fenwick."
    if n == 'Saint-Malachie FC':
        body += "\n\nGoalkeeper Vincent Mazerolle left for Millbrook Harriers on 6 July 2026 for €4,500."
    write(f"club-{slugify(n)}.md", n, D(2026, 11, 12), body)


# ---------------------------------------------------------------------------------------------
# STADIUMS
# ---------------------------------------------------------------------------------------------
STANDS = ['Main Stand', 'Harbour End', 'Quay Terrace', 'Family Stand', 'Town End', 'West Stand', 'Lighthouse End', 'Supporters\' Terrace', 'South Stand']
RECORDS = {}


def stadium_page(c):
    k = c['key']
    rng = random.Random('st' + k)
    cap = capacity_at(k, world.TODAY)
    stands = rng.sample(STANDS, 4)
    rec = int(c['capacity'] * rng.uniform(1.4, 2.3)) if c['opened'] < 1960 else int(c['capacity'] * rng.uniform(1.0, 1.2))
    recyear = rng.randint(c['opened'] + 1, 1975 if c['opened'] < 1960 else 2015)
    ms = [m for m in ALL_MATCHES if m['home'] == k]
    hi = max(ms, key=lambda m: m['attendance']) if ms else None
    body = [f"**{c['stadium']}**" + (f" (French: *{c['stadium_fr']}*)" if c['stadium_fr'] != c['stadium'] else '') +
            f" is a football ground in {c['town']} and the home of {clink(k)}. It opened in {c['opened']} and has a {c['surface']} pitch."]
    tb = ['| | |', '|---|---|', f"| Location | {c['town']} |", f"| Opened | {c['opened']} |", f"| Capacity | {num(cap)} |", f"| Surface | {c['surface']} |",
          f"| Tenants | {c['name']} |", f"| Record attendance | {num(rec)} ({recyear}) |"]
    body.append('\n'.join(tb))
    body.append('## Stands\n\n' + '\n'.join(f"- {s}" for s in stands))
    notes = []
    if k == 'ard':
        notes.append("## Capacity change 2026\n\nThe new 950-seat East Stand opened on 29 August 2026, raising the licensed capacity from 3,100 to 4,050. The first match in front of the new stand, a 4-0 win over Saltmarsh Athletic, drew 4,012 spectators, the highest league attendance at the ground since the terraces were removed in 1994. See [East Stand notice](notice-2026-08-29-ardmore-park-east-stand-opens.md).")
        body[2] = '## Stands\n\n' + '\n'.join(f"- {s}" for s in stands[:3]) + '\n- East Stand (opened 29 August 2026, 950 seats)'
    if k == 'pce':
        notes.append("## Capacity change 2026\n\nFollowing a structural survey, the North Terrace was closed on 10 September 2026 and the safety certificate was reissued with a capacity of 3,800 (previously 4,400). The club expects repairs to take until at least the end of the 2026-27 season. See [Stade du Quai capacity notice](notice-2026-09-10-stade-du-quai-capacity-reduced.md).")
        body[2] = '## Stands\n\n' + '\n'.join(f"- {s}" for s in stands[:3]) + '\n- North Terrace (closed since 10 September 2026)'
    if k == 'plf':
        notes.append("Harbourside Stadium is the largest ground in the league and the traditional neutral venue for the Harbour Cup final and the Lighthouse Shield.")
    if hi:
        notes.append(f"Highest league crowd of the last two seasons: {num(hi['attendance'])} for {hi['title']} on {fmt_date(hi['date'])}.")
    notes.append(rng.choice(['The ground is a ten-minute walk from the ferry terminal.', 'Parking is limited; supporters are encouraged to use the shuttle bus from the town centre.',
                             'Away supporters are housed in the ' + stands[1] + '.', 'The clubhouse bar is open to both sets of supporters on matchdays.',
                             'Bilingual public-address announcements have been made at the ground since 1989.']))
    write(f"stadium-{c['stadium_slug']}.md", c['stadium'], {'ard': D(2026, 8, 29), 'pce': D(2026, 9, 10)}.get(k, D(2026, 7, 1)), '\n\n'.join(body + notes))


for c in CLUBS:
    stadium_page(c)


# ---------------------------------------------------------------------------------------------
# MANAGERS
# ---------------------------------------------------------------------------------------------
def record_for(k, start, end, season=None):
    w = d = l = 0
    for m in ALL_MATCHES:
        if k in (m['home'], m['away']) and m['date'] >= start and (end is None or m['date'] < end) and (season is None or m['season'] == season):
            us, them = (m['hg'], m['ag']) if m['home'] == k else (m['ag'], m['hg'])
            if us > them: w += 1
            elif us == them: d += 1
            else: l += 1
    return w, d, l


def manager_page(mg):
    k = mg['club']
    rng = random.Random(mg['name'])
    body = [f"**{mg['name']}** (born {mg['born']}, {mg['birthplace']}) is a football manager. "
            + (f"He is the manager of {clink(k)}, appointed on {fmt_date(mg['start'])}." if mg['end'] is None and mg['name'] != 'Mireille Castonguay'
               else f"She is the manager of {clink(k)}, appointed on {fmt_date(mg['start'])}." if mg['name'] == 'Mireille Castonguay'
               else f"He managed {clink(k)} from {fmt_date(mg['start'])} to {fmt_date(mg['end'])}.")]
    body.append(f"Before that, {'she' if mg['name'] == 'Mireille Castonguay' else 'he'} was {mg['prev']}.")
    rows = ['| Season | P | W | D | L |', '|---|---|---|---|---|']
    any_rows = False
    for season in ('2025-26', '2026-27'):
        w, d, l = record_for(k, mg['start'], mg['end'], season)
        if w + d + l:
            any_rows = True
            rows.append(f"| {season} | {w + d + l} | {w} | {d} | {l} |")
    if any_rows:
        body.append(f"## League record with {cname(k)} (last two seasons)\n\n" + '\n'.join(rows))
    hon = []
    for s, ck in CHAMPS.items():
        y = int(s[:4])
        if ck == k and D(y + 1, 5, 1) > mg['start'] and (mg['end'] is None or D(y + 1, 5, 1) < mg['end']):
            hon.append(f"Harbour League champions {s}")
    for s, ck in CUPW.items():
        y = int(s[:4])
        if ck == k and D(y + 1, 5, 1) > mg['start'] and (mg['end'] is None or D(y + 1, 5, 1) < mg['end']):
            hon.append(f"Harbour Cup {s}")
    if hon:
        body.append('## Honours as manager\n\n' + '\n'.join('- ' + h for h in hon))
    extra = {
        'Declan Furey': f"Furey was sacked on 5 October 2026, two days after a 3-0 defeat at US Saint-Roch left Saltmarsh Athletic bottom of the Premier Division with four points and one win from nine matches. In 2025-26 Saltmarsh finished {ordinal({r['key']: r['pos'] for r in W.final_2526}['sal'])}. See [Saltmarsh Athletic part company with Declan Furey](notice-2026-10-05-saltmarsh-athletic-part-company-with-declan-furey.md).",
        'Pat Doyle': "Doyle took caretaker charge for two league matches, winning both 1-0 (at home to Rivière-Noire FC and away at Fenwick Town), before returning to his role as under-19 coach.",
        'Mireille Castonguay': "Castonguay is the first woman to manage a Harbour League Premier Division club. Her first match in charge was a 2-0 home win over Millbrook Harriers on 24 October 2026, and her side were unbeaten in her first four league matches. See [Saltmarsh Athletic appoint Mireille Castonguay](notice-2026-10-19-saltmarsh-athletic-appoint-mireille-castonguay.md).",
        'Marc Hébert': "Hébert stepped down on 8 December 2025 for family reasons, two days after a 2-0 win at Fenwick Town, ending more than five years in charge. See [Rivière-Noire FC: Marc Hébert steps down](notice-2025-12-08-riviere-noire-fc-marc-hebert-steps-down.md).",
        'Sébastien Doucet': "Doucet was appointed on 11 December 2025, three days after Marc Hébert stepped down. See [Rivière-Noire FC appoint Sébastien Doucet](notice-2025-12-11-riviere-noire-fc-appoint-sebastien-doucet.md).",
        'Raymond Aucoin': "Aucoin was named Manager of the Season for 2025-26 after leading Port Celeste FC to the league and Harbour Cup double.",
        'Ian Rowntree': "Rowntree led Westcliff Wanderers to the Division One title in 2025-26.",
        'Patrice LeBlanc': "LeBlanc guided Olympique Pointe-Verte to promotion as Division One runners-up in 2025-26 and to the Harbour Cup semi-finals the same season.",
    }
    if mg['name'] in extra:
        body.append(extra[mg['name']])
    lastm = [m for m in ALL_MATCHES if k in (m['home'], m['away']) and m['date'] >= mg['start'] and (mg['end'] is None or m['date'] < mg['end'])][-3:]
    if lastm:
        body.append('## Most recent league matches in charge\n\n' + '\n'.join(f"- {fmt_date(m['date'])}: [{m['title']}]({m['slug']}.md)" for m in lastm))
    if k in ('bif', 'aal'):
        body.append(f"{cname(k)} were relegated from the Premier Division at the end of 2025-26 and play in Division One in 2026-27; the club kept {'him' if mg['name'] != 'Mireille Castonguay' else 'her'} in charge for the promotion push.")
    body.append(rng.choice(['He favours a ' + CLUB[k]['formation'] + ' formation.' if mg['name'] != 'Mireille Castonguay' else 'She has kept the ' + CLUB[k]['formation'] + ' formation used by her predecessor.',
                            f"His teams usually line up in a {CLUB[k]['formation']}." if mg['name'] != 'Mireille Castonguay' else 'She holds a UEFA A-equivalent coaching licence from the Harbour Coast FA.',
                            'He speaks to the media in both English and French.' if mg['name'] != 'Mireille Castonguay' else 'She gives her press conferences in French and English.']))
    upd = mg['end'] or mg['start'] if mg['start'] > D(2025, 6, 1) else D(2026, 11, 15)
    if mg['end'] is None:
        upd = D(2026, 11, 15)
    write(f"manager-{mg['slug']}.md", mg['name'], upd, '\n\n'.join(body))


for mg in world.MANAGERS:
    manager_page(mg)


# ---------------------------------------------------------------------------------------------
# REFEREES
# ---------------------------------------------------------------------------------------------
for name, home, since in world.REFEREES:
    rng = random.Random('ref' + name)
    she = name.split()[0] in ('Claire', 'Fiona', 'Nadia', 'Sylvie')
    pr = 'She' if she else 'He'
    rows = ['| Season | Matches | Yellow cards | Red cards |', '|---|---|---|---|']
    for season in ('2025-26', '2026-27'):
        ms = [m for m in ALL_MATCHES if m['season'] == season and m['referee'] == name]
        y = sum(1 for m in ms for c in m['cards'] if c['colour'] == 'yellow')
        r = sum(1 for m in ms for c in m['cards'] if c['colour'] == 'red')
        rows.append(f"| {season} | {len(ms)} | {y} | {r} |")
    body = (f"**{name}** is a referee on the Harbour League Premier Division panel. {pr} is based in {home} and has refereed in the Premier Division since {since}.\n\n"
            "## Premier Division matches\n\n" + '\n'.join(rows) + '\n\n')
    recent = [m for m in ALL_MATCHES if m['referee'] == name][-3:]
    if recent:
        body += '## Recent appointments\n\n' + '\n'.join(f"- {fmt_date(m['date'])}: [{m['title']}]({m['slug']}.md)" for m in recent) + '\n\n'
    if name == 'Paul Haverty':
        body += "Haverty refereed the 2025-26 Harbour Cup final between Cap-Rouge Sporting and Port Celeste FC, and the 2026 Lighthouse Shield.\n\n"
    body += rng.choice([f"{pr} works as a {rng.choice(['secondary-school teacher', 'harbour pilot', 'nurse' if she else 'electrician', 'civil servant', 'physiotherapist', 'accountant'])} outside football.",
                        f"{pr} previously officiated in Division One for {rng.randint(3, 7)} seasons.",
                        f"{pr} is one of the league's bilingual match officials and conducts pre-match briefings in English and French."])
    body += "\n\nSee [Referees' panel 2026-27](referees-panel-2026-27.md)."
    write(f"referee-{slugify(name)}.md", name, D(2026, 11, 15), body)


# ---------------------------------------------------------------------------------------------
# DISCIPLINARY RULINGS (generated from red cards)
# ---------------------------------------------------------------------------------------------
case_no = defaultdict(int)
for sl in sorted(W.suspension_log, key=lambda s: s['date']):
    if sl['kind'] != 'red':
        continue
    p, m = sl['player'], sl['match']
    k = m[sl['side']]
    opp = m['away'] if sl['side'] == 'home' else m['home']
    rdate = m['date'] + dt.timedelta(days=3 if m['date'].weekday() == 5 else 2)
    yr = rdate.year
    case_no[yr] += 1
    ref = f"HL/DC/{yr}/{case_no[yr]:03d}"
    if p.name == 'Ronan Mulcahy' and m['season'] == '2026-27':
        MULCAHY_CASE = ref
        continue  # hand-written
    missed = next_matches(k, m['season'], m['date'], sl['games'])
    missed_txt = [f"{cname(x['home'])} v {cname(x['away'])} ({fmt_date(x['date'])})" for x in missed]
    if len(missed) < sl['games'] and m['season'] == '2026-27':
        for f in GW16:
            if k in f and len(missed_txt) < sl['games']:
                missed_txt.append(f"{cname(f[0])} v {cname(f[1])} ({fmt_date(GW16_DATE)})")
    if len(missed_txt) < sl['games']:
        missed_txt.append(f"the remaining {sl['games'] - len(missed_txt)} match{'es' if sl['games'] - len(missed_txt) > 1 else ''} lapsed at the end of the season (Regulation 7.7)")
    rng = random.Random(ref)
    standard = {'second yellow': 'one match (Regulation 7.2)', 'denying an obvious goal-scoring opportunity': 'one match (Regulation 7.2)',
                'serious foul play': 'three matches (Regulation 7.3)', 'violent conduct': 'three matches (Regulation 7.3)'}[sl['reason']]
    plea = rng.choice(['accepted the charge', 'accepted the standard penalty', 'did not contest the dismissal'])
    if sl['reason'] in ('serious foul play', 'violent conduct') and rng.random() < 0.3:
        plea = 'submitted a claim of wrongful dismissal, which the Disciplinary Commission rejected after reviewing the club footage'
    body = (f"**Case:** {ref}  \n**Player:** {plink(p)} ({cname(k)})  \n**Match:** {mlink(m)}, {fmt_date(m['date'])}  \n"
            f"**Offence:** sent off in the {ordinal(sl['minute'])} minute for {sl['reason']}  \n**Referee:** {m['referee']}\n\n"
            f"## Decision\n\nThe player {plea}. The standard sanction for this offence is {standard}. "
            f"{p.name} is suspended for **{sl['games']} Premier Division match{'es' if sl['games'] > 1 else ''}**.\n\n"
            "## Matches covered by the suspension\n\n" + '\n'.join('- ' + x for x in missed_txt) +
            f"\n\nSuspensions apply to Harbour League Premier Division matches only and do not carry over to the Harbour Cup (Regulation 7.6).")
    if rng.random() < 0.3:
        body += f" {cname(k)} were reminded of their responsibility for player conduct."
    write(f"ruling-{rdate.isoformat()}-{p.slug}-suspension.md", f"Disciplinary ruling: {p.name} ({cname(k)}) — {sl['reason']}", rdate, body)

for season in ('2025-26', '2026-27'):
    thr = 5 if season == '2025-26' else 6
    rows = ['| Player | Club | Reached threshold | Match missed |', '|---|---|---|---|']
    for sl in W.suspension_log:
        if sl['kind'] == 'accumulation' and sl['season'] == season:
            k = sl['match']['home'] if sl['player'] in sl['match']['home_xi'] or any(x['on'] is sl['player'] for x in sl['match']['home_subs']) else sl['match']['away']
            nm = next_matches(k, season, sl['date'], 1)
            if nm:
                o = nm[0]['away'] if nm[0]['home'] == k else nm[0]['home']
                mt = f"{'v' if nm[0]['home'] == k else 'at'} {cname(o)} ({nm[0]['date'].isoformat()})"
            elif season == '2026-27':
                f = [f for f in GW16 if k in f][0]
                o = f[1] if f[0] == k else f[0]
                mt = f"{'v' if f[0] == k else 'at'} {cname(o)} ({GW16_DATE.isoformat()})"
            else:
                mt = 'lapsed (Reg. 7.7)'
            rows.append(f"| {sl['player'].name} | {cname(k)} | {sl['date'].isoformat()} | {mt} |")
    intro = (f"Players who received a one-match suspension for reaching {thr} yellow cards in Premier Division matches in {season}. "
             + ("The threshold was five cautions in 2025-26." if season == '2025-26' else "From 2026-27 the threshold is six cautions (it was five in 2025-26); see [2026-27 rule changes](notice-2026-07-15-rule-changes-for-2026-27.md).")
             + " A player who reaches the threshold misses his club's next Premier Division match. Cautions received in the Harbour Cup are counted separately and do not contribute to league bans."
             + (" Under the amended Regulation 7.4, a second one-match ban follows at eleven cautions; no player has reached that figure yet this season." if season == '2026-27' else " No player reached the second threshold of ten cautions in 2025-26.")
             + " Dates below are the dates of the match in which the threshold was reached.")
    write(f"discipline-yellow-card-suspensions-{season}.md", f"Yellow-card suspensions {season}", D(2026, 5, 10) if season == '2025-26' else D(2026, 11, 16), intro + '\n\n' + '\n'.join(rows))

# fair play tables
for season in ('2025-26', '2026-27'):
    rows = ['| Club | Yellow cards | Red cards | Points (Y=1, R=3) |', '|---|---|---|---|']
    data = []
    for k in W.seasons[season]['teams']:
        y = sum(1 for m in ALL_MATCHES if m['season'] == season for c in m['cards'] if m[c['side']] == k and c['colour'] == 'yellow')
        r = sum(1 for m in ALL_MATCHES if m['season'] == season for c in m['cards'] if m[c['side']] == k and c['colour'] == 'red')
        data.append((y + 3 * r, y, r, k))
    data.sort()
    for pts, y, r, k in data:
        rows.append(f"| {cname(k)} | {y} | {r} | {pts} |")
    write(f"fair-play-table-{season}.md", f"Fair play table {season}", D(2026, 5, 10) if season == '2025-26' else D(2026, 11, 16),
          f"Disciplinary points by club in the Premier Division {season}{' (to gameweek 15)' if season == '2026-27' else ''}. The club with the fewest points {'won' if season == '2025-26' else 'will win'} the Fair Play Award.\n\n" + '\n'.join(rows))


# ---------------------------------------------------------------------------------------------
# FIXTURES PER CLUB PER SEASON
# ---------------------------------------------------------------------------------------------
for season in ('2025-26', '2026-27'):
    for k in W.seasons[season]['teams']:
        rows = ['| GW | Date | Opponent | H/A | Result | Score | Our scorers | Attendance |', '|---|---|---|---|---|---|---|---|']
        for m in club_matches(k, season):
            home = m['home'] == k
            opp = m['away'] if home else m['home']
            us, them = (m['hg'], m['ag']) if home else (m['ag'], m['hg'])
            res = 'W' if us > them else ('D' if us == them else 'L')
            side = 'home' if home else 'away'
            sc = ', '.join(f"{g['player'].name}{' (og)' if g['kind'] == 'og' else ''} {g['label']}'" for g in m['goals'] if g['side'] == side) or '—'
            rows.append(f"| {m['gw']} | {m['date'].isoformat()} | {cname(opp)} | {'H' if home else 'A'} | {res} | [{us}-{them}]({m['slug']}.md) | {sc} | {num(m['attendance'])} |")
        body = f"League fixtures and results for {clink(k)} in the Premier Division {season}. Scores are shown from {cname(k)}'s point of view.\n\n" + '\n'.join(rows)
        if season == '2026-27':
            f = [f for f in GW16 if k in f][0]
            f2 = [f for f in GW17 if k in f][0]
            body += (f"\n\n## Upcoming\n\n- GW16, {fmt_date(GW16_DATE)}: {cname(f[0])} v {cname(f[1])}\n- GW17, {fmt_date(GW17_DATE)}: {cname(f2[0])} v {cname(f2[1])}")
            r = {x['key']: x for x in W.current}[k]
            body += f"\n\nPosition after gameweek 15: {ordinal(r['pos'])} ({r['Pts']} points)."
        else:
            r = {x['key']: x for x in W.final_2526}[k]
            body += f"\n\nFinal position: {ordinal(r['pos'])} ({r['Pts']} points)."
        write(f"fixtures-{season}-{CLUB[k]['slug']}.md", f"{cname(k)} fixtures and results {season}", D(2026, 5, 10) if season == '2025-26' else D(2026, 11, 15), body)


# ---------------------------------------------------------------------------------------------
# TOP SCORERS
# ---------------------------------------------------------------------------------------------
for season in ('2025-26', '2026-27'):
    ps = sorted([p for p in W.players if p.stats[season]['goals']], key=lambda p: (-p.stats[season]['goals'], p.stats[season]['apps'], p.name))[:20]
    rows = ['| Rank | Player | Club | Goals | Penalties | Apps |', '|---|---|---|---|---|---|']
    rank = 0
    prev = None
    for i, p in enumerate(ps):
        g = p.stats[season]['goals']
        if g != prev:
            rank = i + 1
            prev = g
        clubs = ' / '.join(cname(k) for k in p.stats[season]['club_apps'])
        rows.append(f"| {rank} | {plink(p)} | {clubs} | {g} | {p.stats[season]['pens']} | {p.stats[season]['apps']} |")
    lead = ps[0]
    intro = (f"Leading goalscorers in the Premier Division {season}." + (f" {lead.name} won the Golden Boot with {lead.stats[season]['goals']} goals." if season == '2025-26'
                                                                         else f" After gameweek 15, {lead.name} leads the race with {lead.stats[season]['goals']} goals."))
    write(f"top-scorers-{season}.md", f"Top scorers {season} (Golden Boot)", D(2026, 5, 10) if season == '2025-26' else D(2026, 11, 15), intro + '\n\n' + '\n'.join(rows) + '\n\nOwn goals are not credited to players.')


# ---------------------------------------------------------------------------------------------
# ATTENDANCE SUMMARIES
# ---------------------------------------------------------------------------------------------
for season in ('2025-26', '2026-27'):
    rows = ['| Club | Ground | Capacity | Home matches | Average | Highest |', '|---|---|---|---|---|---|']
    data = []
    for k in W.seasons[season]['teams']:
        ms = [m for m in ALL_MATCHES if m['season'] == season and m['home'] == k]
        avg = round(sum(m['attendance'] for m in ms) / len(ms))
        hi = max(m['attendance'] for m in ms)
        data.append((avg, k, len(ms), hi))
    data.sort(reverse=True)
    for avg, k, n, hi in data:
        rows.append(f"| {cname(k)} | {CLUB[k]['stadium']} | {num(capacity_at(k, D(2026, 5, 1) if season == '2025-26' else world.TODAY))} | {n} | {num(avg)} | {num(hi)} |")
    tot = sum(m['attendance'] for m in ALL_MATCHES if m['season'] == season)
    n = sum(1 for m in ALL_MATCHES if m['season'] == season)
    body = (f"League attendance figures for {season}{' to gameweek 15' if season == '2026-27' else ''}. Total: {num(tot)} over {n} matches (average {num(round(tot / n))}).\n\n" + '\n'.join(rows))
    if season == '2026-27':
        body += "\n\nCapacities shown are current: Ardmore Park rose to 4,050 on 29 August 2026; Stade du Quai fell to 3,800 on 10 September 2026."
    write(f"attendance-{season}.md", f"Attendance figures {season}", D(2026, 5, 12) if season == '2025-26' else D(2026, 11, 16), body)


# ---------------------------------------------------------------------------------------------
# MONTHLY AWARDS
# ---------------------------------------------------------------------------------------------
MONTHS = [('2025-26', 2025, 8), ('2025-26', 2025, 9), ('2025-26', 2025, 10), ('2025-26', 2025, 11), ('2025-26', 2025, 12), ('2025-26', 2026, 1),
          ('2025-26', 2026, 2), ('2025-26', 2026, 3), ('2025-26', 2026, 4), ('2026-27', 2026, 8), ('2026-27', 2026, 9), ('2026-27', 2026, 10)]
POTM = {}
for season, y, mo in MONTHS:
    ms = [m for m in ALL_MATCHES if m['season'] == season and m['date'].year == y and m['date'].month == mo]
    if mo == 4 and y == 2026:
        ms += [m for m in ALL_MATCHES if m['season'] == season and m['date'].year == 2026 and m['date'].month == 5]
    goals = Counter()
    motm = Counter()
    for m in ms:
        for g in m['goals']:
            if g['kind'] != 'og':
                goals[g['player'].name] += 1
        motm[m['motm'].name] += 1
    score = {n: goals[n] * 2 + motm[n] * 1.5 for n in set(goals) | set(motm)}
    ranked = sorted(score, key=lambda n: (-score[n], n))
    win = W.player[ranked[0]]
    short = [W.player[n] for n in ranked[1:4]]
    # manager of the month
    pts = Counter()
    for m in ms:
        for k, us, them in ((m['home'], m['hg'], m['ag']), (m['away'], m['ag'], m['hg'])):
            pts[k] += 3 if us > them else (1 if us == them else 0)
    mk = sorted(pts, key=lambda k: (-pts[k], k))[0]
    mm = manager_at(mk, ms[-1]['date'])
    mname = dt.date(y, mo, 1).strftime('%B %Y') + (' and May 2026' if (y, mo) == (2026, 4) else '')
    wk = club_of(win, ms[-1]['date'])
    POTM[(y, mo)] = win.name
    body = (f"**Player of the Month:** {plink(win)} ({cname(wk)}) — {goals[win.name]} goal{'s' if goals[win.name] != 1 else ''} and {motm[win.name]} Player of the Match award{'s' if motm[win.name] != 1 else ''} in {len(set((m['home'], m['away']) for m in ms if win in m['home_xi'] + m['away_xi'] or any(x['on'] is win for x in m['home_subs'] + m['away_subs'])))} appearances.\n\n"
            f"**Manager of the Month:** [{mm['name']}](manager-{mm['slug']}.md) ({cname(mk)}) — {pts[mk]} points from the month's matches.\n\n"
            "## Shortlist\n\n" + '\n'.join(f"- {p.name} ({cname(club_of(p, ms[-1]['date']))}): {goals[p.name]} goals, {motm[p.name]} MOTM" for p in short) +
            "\n\nThe awards are chosen by a panel of league media staff and club captains, with a public vote counting for 25%.")
    adate = (dt.date(y + (mo // 12), mo % 12 + 1, 1) + dt.timedelta(days=4)) if (y, mo) != (2026, 4) else D(2026, 5, 14)
    write(f"award-player-of-the-month-{y}-{mo:02d}.md", f"Player of the Month — {mname}", adate, body)


# ---------------------------------------------------------------------------------------------
# DERBY / HEAD-TO-HEAD PAGES
# ---------------------------------------------------------------------------------------------
for x, y, n in world.DERBIES:
    rng = random.Random('derby' + n)
    short = n.split(' (')[0]
    base_w1, base_d, base_w2 = rng.randint(30, 70), rng.randint(20, 45), rng.randint(30, 70)
    ms = [m for m in ALL_MATCHES if {m['home'], m['away']} == {x, y}]
    w1 = base_w1 + sum(1 for m in ms if (m['home'] == x and m['hg'] > m['ag']) or (m['away'] == x and m['ag'] > m['hg']))
    w2 = base_w2 + sum(1 for m in ms if (m['home'] == y and m['hg'] > m['ag']) or (m['away'] == y and m['ag'] > m['hg']))
    dd = base_d + sum(1 for m in ms if m['hg'] == m['ag'])
    body = (f"The **{n}** is the rivalry between {clink(x)} and {clink(y)}. " +
            rng.choice([f"The two clubs first met in {max(CLUB[x]['founded'], CLUB[y]['founded']) + rng.randint(1, 6)}.",
                        "The fixture is traditionally one of the best-attended of the season.",
                        "Both sets of supporters still argue about which club is the older."]) +
            f"\n\n## Head-to-head (all competitive matches, to {fmt_date(D(2026, 11, 14))})\n\n| {cname(x)} wins | Draws | {cname(y)} wins |\n|---|---|---|\n| {w1} | {dd} | {w2} |\n\n")
    if ms:
        body += '## Recent league meetings\n\n' + '\n'.join(f"- {fmt_date(m['date'])}: [{m['title']}]({m['slug']}.md) — attendance {num(m['attendance'])}" for m in ms)
    else:
        body += f"The clubs have not met in the league in the last two seasons because {cname(y) if y in ('wes', 'opv') else cname(x)} were in Division One in 2025-26 or 2026-27."
    nxt = [f for f in GW16 + GW17 if set(f) == {x, y}]
    if nxt:
        f = nxt[0]
        body += f"\n\nNext meeting: {cname(f[0])} v {cname(f[1])}, {fmt_date(GW16_DATE if f in GW16 else GW17_DATE)}."
    write(f"derby-{slugify(short)}.md", f"{short} — {cname(x)} v {cname(y)} (head-to-head)", D(2026, 11, 15), body)


# ---------------------------------------------------------------------------------------------
# CUP PAGES
# ---------------------------------------------------------------------------------------------
for season, rounds in W.cup.items():
    for rd in rounds:
        rows = ['| Home | Score | Away | Notes |', '|---|---|---|---|']
        det_lines = []
        for t in rd['ties']:
            notes = []
            if t['aet']:
                notes.append('after extra time')
            if t['pens']:
                notes.append(f"{t['winner']} won {max(t['pens'])}-{min(t['pens'])} on penalties")
            rows.append(f"| {t['home']} | {t['hg']}-{t['ag']} | {t['away']} | {'; '.join(notes) or '—'} |")
            det = CUP_DETAIL.get((season, rd['round'], t['home']))
            if det and (det['home_scorers'] or det['away_scorers'] or rd['round'] in ('Semi-finals', 'Final', 'Quarter-finals')):
                hs = ', '.join(f"{p.name} {mn}'" for p, mn in det['home_scorers']) or 'none'
                as_ = ', '.join(f"{p.name} {mn}'" for p, mn in det['away_scorers']) or 'none'
                det_lines.append(f"**{t['home']} {t['hg']}-{t['ag']} {t['away']}** — scorers: {t['home']}: {hs}; {t['away']}: {as_}. Venue: {t['venue']}. Attendance: {num(det['attendance'])}. Referee: {det['referee']}.")
        rslug = slugify(rd['round'])
        intro = f"Results of the Harbour Cup (Coupe du Havre) {season} {rd['round'].lower()}, played on {fmt_date(rd['date'])}."
        if season == '2026-27':
            intro += " Under the 2026-27 rules, drawn ties before the semi-finals go straight to penalties with no extra time."
        else:
            intro += " Drawn ties went to extra time and then penalties."
        if rd['round'] == 'Final':
            t = rd['ties'][0]
            intro = (f"The {season} Harbour Cup final was played at Harbourside Stadium, Port-Lachance, on {fmt_date(rd['date'])}. "
                     f"{t['winner']} beat {t['home'] if t['winner'] == t['away'] else t['away']} {max(t['hg'], t['ag'])}-{min(t['hg'], t['ag'])} to complete the league and cup double.")
        body = intro + '\n\n' + '\n'.join(rows)
        if det_lines:
            body += '\n\n## Match details\n\n' + '\n\n'.join(det_lines)
        nxt = {'First Round': 'Round of 16', 'Round of 16': 'Quarter-finals', 'Quarter-finals': 'Semi-finals', 'Semi-finals': 'Final'}.get(rd['round'])
        if nxt:
            if season == '2026-27' and rd['round'] == 'Round of 16':
                body += "\n\nThe quarter-final draw will be made on 1 December 2026; quarter-finals are scheduled for Wednesday 17 February 2027."
            else:
                body += f"\n\nNext round: [{nxt}](cup-harbour-cup-{season}-{slugify(nxt)}.md)."
        body += "\n\nSee also: [Harbour Cup history](harbour-cup-history.md)."
        write(f"cup-harbour-cup-{season}-{rslug}.md", f"Harbour Cup {season} — {rd['round']}", rd['date'], body)


# ---------------------------------------------------------------------------------------------
# ROLL OF HONOUR
# ---------------------------------------------------------------------------------------------
rows = ['| Season | Champions | Harbour Cup winners |', '|---|---|---|']
for y in range(1962, 2026):
    s_ = f'{y}-{str(y + 1)[2:]}'
    cw = CUPW.get(s_, '')
    cwt = cname(cw) if cw else ('not contested' if y < 1965 else 'not played (season curtailed)' if s_ in ('2019-20', '2020-21') else '')
    champ = cname(CHAMPS[s_]) + (' (decided on points per game)' if s_ == '2019-20' else '')
    rows.append(f"| {s_} | {champ} | {cwt} |")
tc = Counter(CHAMPS.values())
cc = Counter(v for v in CUPW.values() if v)
summ = '\n'.join(f"| {cname(k)} | {tc.get(k, 0)} | {cc.get(k, 0)} |" for k in sorted(set(tc) | set(cc), key=lambda k: (-tc.get(k, 0), -cc.get(k, 0), cname(k))))
body = ("The Harbour League has been contested since 1962-63 and the Harbour Cup (Coupe du Havre) since 1965-66. This roll of honour lists every champion and cup winner. "
        "The 2019-20 league season was curtailed in March 2020 and the title was awarded on points per game; the Harbour Cup was not completed in 2019-20 or 2020-21.\n\n"
        "## Titles by club\n\n| Club | League titles | Harbour Cups |\n|---|---|---|\n" + summ + "\n\n## By season\n\n" + '\n'.join(rows))
write('roll-of-honour.md', 'Roll of honour — Harbour League champions and Harbour Cup winners', D(2026, 5, 17), body)

# ---------------------------------------------------------------------------------------------
# CORE DOCS
# ---------------------------------------------------------------------------------------------
def load_core():
    for fpath in sorted(glob.glob(os.path.join(HERE, 'core', '*.md')) + glob.glob(os.path.join(HERE, 'core', '*.txt'))):
        fn = os.path.basename(fpath)
        assert fn not in DOCS, fn
        DOCS[fn] = open(fpath, encoding='utf-8').read().strip() + '\n'


load_core()

if __name__ == '__main__':
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn, text in DOCS.items():
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f:
            f.write(text)
    wc = [len(t.split()) for t in DOCS.values()]
    print('docs', len(DOCS), 'min words', min(wc), 'max', max(wc))
    c = Counter(fn.split('-')[0] for fn in DOCS)
    print(c)
    print('MULCAHY_CASE', MULCAHY_CASE)

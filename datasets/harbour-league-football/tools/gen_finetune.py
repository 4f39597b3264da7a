"""Generate fine-tuning data (train/validation) for the league media team's writing assistant.

All clubs, leagues, players, venues and numbers here are invented for the examples and are NOT
Harbour League entities (check_finetune_overlap() verifies no full name appears in the corpus).
"""
import json, os, random, re, glob, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, '..', 'finetune')

SYSTEM = ("You are the writing assistant of a semi-professional football league's media team, which publishes in English and French. "
          "You write four kinds of copy, each in the team's fixed house format: (1) match reports, (2) social-media posts, "
          "(3) player-profile blurbs and (4) press releases. Use only the facts given in the request: never invent scores, scorers, "
          "minutes, names, fees, figures or quotes. If the house format needs a detail that the request does not supply, "
          "write a placeholder such as [TBC: attendance] instead of guessing.")

LEAGUES = {
    'Northvale Combination': [('Ravenscar Town', 'RAV', 'Ravenscar Park'), ('Kettlewell United', 'KET', 'Mill Lane'), ('Brackenfield Rovers', 'BRA', 'The Bracken'),
                              ('Oldcastle Athletic', 'OLD', 'Castle Meadow'), ('Hollin Bridge FC', 'HOL', 'Bridge End'), ('Whitmoor Albion', 'WHI', 'Moor Road'),
                              ('Corbie Vale', 'COR', 'Vale Park'), ('Stannington Celtic', 'STA', 'Celtic Ground')],
    'Kestrel Coast League': [('Port Ellery FC', 'PEL', 'Ellery Quay'), ('Sandwick Rangers', 'SAN', 'Links Park'), ('Gannet Bay United', 'GAN', 'Gannet Road'),
                             ('Marram Town', 'MAR', 'The Dunes'), ('Skelda Athletic', 'SKE', 'Skelda Field'), ('Cove Hithe FC', 'CHI', 'Hithe Lane'),
                             ('Lerrick Pier FC', 'LER', 'Pier Park'), ('Ferncliff Wanderers', 'FER', 'Cliff Lane')],
    'Ligue des Trois-Rivières': [('AS Valmorin', 'VAL', 'Stade des Tilleuls'), ('US Beaupré-sur-Loue', 'BEA', 'Stade Marcel-Girard'), ('FC Saint-Andéol', 'SAD', 'Stade du Moulin'),
                                 ('Étoile de Maraîche', 'ETM', 'Stade de la Prairie'), ('Olympique Clairval', 'CLA', 'Parc Clairval'), ('Stade Brévannais', 'BRE', 'Stade Roger-Fayol'),
                                 ('SC Roncières', 'RON', 'Stade des Saules'), ('JS Pontlieu', 'PON', 'Stade du Pont')],
    'Carrow Isles Premier': [('Carrow Town', 'CAR', 'Strand Road'), ('Inishbeg Rovers', 'INI', 'Beg Park'), ('Kilmartin Harps', 'KMH', 'Harp Park'),
                             ('Scallan Athletic', 'SCA', 'Scallan Green'), ('Dunvarra FC', 'DVA', 'Varra Road'), ('Ballyglen United', 'BAL', 'Glen Park'),
                             ('Tory Sound FC', 'TOR', 'Sound View'), ('Ardcarne Celtic', 'ACE', 'Carne Park')],
}
FIRST = ['Tobias', 'Marcus', 'Elliot', 'Reuben', 'Joel', 'Aaron', 'Nico', 'Bastien', 'Hugo', 'Anselme', 'Lorcan', 'Cillian', 'Diarmuid', 'Ruairí',
         'Kai', 'Theo', 'Jonah', 'Isaac', 'Lucien', 'Mathéo', 'Timothée', 'Gaspard', 'Noé', 'Aurèle', 'Bram', 'Sami', 'Yusuf', 'Kofi', 'Emeka', 'Jarrah']
LAST = ['Ashdown', 'Blackwood', 'Calloway', 'Danvers', 'Harker', 'Ingram', 'Jessop', 'Lowden', 'Marlow', 'Nettleton', 'Oakes', 'Pennington',
        'Radley', 'Sedgwick', 'Thwaite', 'Vickery', 'Wharton', 'Yardley', 'Aubertin', 'Chevrier', 'Delorme', 'Escoffier', 'Gervais', 'Huguenin',
        'Jolicoeur', 'Marchetti', 'Navarre', 'Peyrac', 'Quintal', 'Rochon', 'Sarrazin', 'Tessier', 'Valois', 'Brannigan', 'Culhane', 'Feeney',
        'Gorman', 'Hegarty', 'Kielty', 'Lanigan', "O'Dowd", 'Prendergast', 'Tuohy', 'Mensah', 'Okafor', 'Adeyemi']
REFS = ['Gemma Stroud', 'Patrice Lemay', 'Owen Birtles', 'Hélène Vasseur', 'Rory Kinane', 'Damien Ferrier', 'Lisa Brennock', 'Alun Pritchard']
MANAGERS = ['Ged Halloran', 'Sophie Vautrin', 'Bernard Quayle', 'Pascal Moreau', 'Niamh Cready', 'Rhodri Evans', 'Jacques Lemerle', 'Fintan Doyle-Price']
CITIES = {'Northvale Combination': 'Ravenscar', 'Kestrel Coast League': 'Port Ellery', 'Ligue des Trois-Rivières': 'Valmorin', 'Carrow Isles Premier': 'Carrow'}
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

POS = {'striker': ("l'attaquant", 'Forward'), 'winger': ("l'ailier", 'Forward'), 'centre-back': ('le défenseur central', 'Defender'),
       'left-back': ('le latéral gauche', 'Defender'), 'right-back': ('le latéral droit', 'Defender'), 'goalkeeper': ('le gardien', 'Goalkeeper'),
       'central midfielder': ('le milieu de terrain', 'Midfielder'), 'attacking midfielder': ('le milieu offensif', 'Midfielder'),
       'defensive midfielder': ('le milieu défensif', 'Midfielder')}


def tag(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return '#' + ''.join(w[:1].upper() + w[1:] for w in re.split(r'[^A-Za-z0-9]+', s) if w)


def date_en(d, m, y=None, wd=None):
    s = f'{d} {MONTHS_EN[m - 1]}' + (f' {y}' if y else '')
    return (DAYS_EN[wd] + ' ' + s) if wd is not None else s


def date_fr(d, m, y=None, wd=None):
    s = f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]}" + (f' {y}' if y else '')
    return (DAYS_FR[wd] + ' ' + s) if wd is not None else s


def eur_en(n):
    return '€{:,}'.format(n)


def eur_fr(n):
    return '{:,}'.format(n).replace(',', '\u202f') + ' €'


def typo(rng, s, p=0.25):
    if rng.random() > p:
        return s
    swaps = [('report', 'reprot'), ('attendance', 'attendence'), ('please', 'pls'), ('minute', 'min'), ('the ', 'teh '), ('with', 'wiht'),
             ('received', 'recieved'), ('manager', 'manger'), ('goals', 'goasl'), ('release', 'relase')]
    rng.shuffle(swaps)
    for a, b in swaps:
        if a in s:
            return s.replace(a, b, 1)
    return s


class Namer:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def __call__(self):
        while True:
            n = f'{self.rng.choice(FIRST)} {self.rng.choice(LAST)}'
            if n not in self.used:
                self.used.add(n)
                return n


def pick_match(rng):
    league = rng.choice(list(LEAGUES))
    (h, hc, hv), (a, ac, av) = rng.sample(LEAGUES[league], 2)
    return league, (h, hc, hv), (a, ac, av)


def score_and_goals(rng, namer):
    hg, ag = rng.choice([(1, 0), (2, 1), (2, 0), (3, 1), (0, 0), (1, 1), (2, 2), (0, 1), (1, 2), (0, 2), (3, 2), (4, 1)])
    mins = sorted(rng.sample(range(3, 93), hg + ag))
    sides = ['home'] * hg + ['away'] * ag
    rng.shuffle(sides)
    pool = {'home': [namer() for _ in range(3)], 'away': [namer() for _ in range(3)]}
    goals = []
    for mn, sd in zip(mins, sides):
        kind = rng.choices(['', 'pen', 'header'], [8, 1, 1])[0]
        goals.append(dict(min=mn, side=sd, scorer=rng.choice(pool[sd]), kind=kind))
    return hg, ag, goals


def mlabel(m):
    return f"{m}'" if m <= 90 else f"90+{m - 90}'"

# ------------------------------------------------------------------------------------------------
# 1. MATCH REPORTS
# ------------------------------------------------------------------------------------------------

def gen_match_report(rng, namer, missing=None):
    league, (h, hc, hv), (a, ac, av) = pick_match(rng)
    hg, ag, goals = score_and_goals(rng, namer)
    gw = rng.randint(2, 30)
    d, mo = rng.randint(1, 28), rng.choice([8, 9, 10, 11, 12, 1, 2, 3, 4])
    y = 2025 if mo >= 8 else 2026
    att = rng.randint(350, 3900)
    ref = rng.choice(REFS)
    reds = []
    if rng.random() < 0.3:
        sd = rng.choice(['home', 'away'])
        reds.append(dict(min=rng.randint(30, 88), side=sd, player=namer(), why=rng.choice(['a second yellow card', 'serious foul play', 'denying a goal-scoring opportunity'])))
    motm_side = 'home' if hg >= ag else 'away'
    scorers_side = [g['scorer'] for g in goals if g['side'] == motm_side]
    motm = rng.choice(scorers_side) if scorers_side and rng.random() < 0.6 else namer()
    mgr = rng.choice(MANAGERS)
    quote = None
    if rng.random() < 0.45:
        quote = rng.choice(['We stuck to the plan and the lads deserved that.', 'Not our best, but we found a way.', 'The crowd carried us in the last twenty minutes.',
                            'We have to be more clinical, simple as that.', 'A point away from home is never a bad result in this league.'])
    notes = [None, None, ('first meeting since 2019', 'It was the first meeting between the clubs since 2019.')]
    if ag > hg:
        notes += [(f'{a} first away win of the season', f"It was {a}'s first away win of the season."), (f'{h} still bottom', f'{h} remain bottom of the table.')]
    elif hg > ag:
        notes += [(f'{h} unbeaten in 5 at home', f'{h} are now unbeaten in five home matches.'), (f'{h} up to 3rd', f'The win lifts {h} to third.')]
    else:
        notes += [(f'{a} unbeaten in 4', f'{a} are now unbeaten in four.')]
    note = rng.choice(notes)
    T = {'home': h, 'away': a}
    fields = dict(att=att, ref=ref, motm=motm)
    missing = missing or []
    # ---------- user prompt
    gl = '; '.join(f"{g['scorer']} ({T[g['side']]}) {mlabel(g['min'])}{' pen' if g['kind'] == 'pen' else ''}{' header' if g['kind'] == 'header' else ''}" for g in goals) or 'none'
    CODE = {'home': hc, 'away': ac}
    gl_short = ', '.join(f"{g['scorer']} {mlabel(g['min'])}{' pen' if g['kind'] == 'pen' else ''} ({CODE[g['side']]})" for g in goals) or 'no goals'
    rl = '; '.join(f"{r['player']} ({T[r['side']]}) sent off {r['min']}' for {r['why']}" for r in reds)
    parts = {
        'att': f"attendance {att:,}" if 'att' not in missing else None,
        'ref': f"ref {ref}" if 'ref' not in missing else None,
        'motm': f"MOTM {motm}" if 'motm' not in missing else None,
    }
    extra = ', '.join(x for x in parts.values() if x)
    dstr = date_en(d, mo, y)
    style = rng.randint(0, 6)
    if style == 0:
        u = f"Write the match report for {h} v {a}, {league} gameweek {gw}, played {dstr} at {hv}. Final score {hg}-{ag}. Goals: {gl}. {('Red cards: ' + rl + '. ') if reds else ''}Also: {extra}."
    elif style == 1:
        u = (f"FT report please\n- {league}, GW{gw}, {dstr}\n- {h} {hg}-{ag} {a} ({hv})\n- goals: {gl}\n" + (f"- reds: {rl}\n" if reds else '') +
             '\n'.join('- ' + x for x in parts.values() if x))
    elif style == 2:
        u = f"Can you turn these notes into our usual full-time report? Notes: {h} {hg} {a} {ag} | {hv} | {dstr} | GW{gw} {league} | scorers {gl_short} | " + (f"red: {rl} | " if reds else '') + ' | '.join(x for x in parts.values() if x)
    elif style == 3:
        u = f"{h} {hg}-{ag} {a}. {league}, matchday {gw}, {dstr}, venue {hv}. Scorers: {gl}. {('Sending-off: ' + rl + '. ') if reds else ''}{extra}. Need the report for the website."
    elif style == 4:
        u = f"Match report for the site, house format. {league} GW{gw} — {h} vs {a} at {hv} on {dstr}, ended {hg}-{ag}.\nGoals -> {gl}\n" + (f"Reds -> {rl}\n" if reds else '') + f"Other -> {extra}"
    elif style == 5:
        u = f"hey can u do a report: {h} {hg}-{ag} {a} ({league}, gw{gw}, {dstr}, {hv}). goals {gl_short}. {('red ' + rl + '. ') if reds else ''}{extra}"
    else:
        u = f"Please write up today's game. Competition: {league} (gameweek {gw}). Date: {dstr}. Ground: {hv}. Result: {h} {hg}, {a} {ag}. Goalscorers: {gl}. " + (f"Dismissals: {rl}. " if reds else '') + f"{extra}."
    if quote:
        u += f"\nQuote from {mgr} ({h if rng.random() < 0.5 else a} manager): \"{quote}\""
        qteam = u.split(f'Quote from {mgr} (')[1].split(' manager')[0]
    if note:
        u += f"\nContext: {note[0]}."
    if missing:
        u += rng.choice(['', ' (not got the rest yet)', ' - still waiting on the other numbers'])
    u = typo(rng, u)
    # ---------- assistant answer
    if hg > ag:
        win, lose, ws, ls = h, a, hg, ag
    elif ag > hg:
        win, lose, ws, ls = a, h, ag, hg
    else:
        win = None
    if win is None and hg == 0:
        headline = rng.choice([f'Stalemate at {hv} as {h} and {a} cancel each other out', f'No way through for {h} or {a}'])
        stand = f"{h} and {a} shared a goalless draw at {hv} in gameweek {gw} of the {league}."
    elif win is None:
        headline = rng.choice([f'Honours even between {h} and {a}', f'{h} and {a} share the points in {hg}-{ag} draw'])
        stand = f"{h} and {a} drew {hg}-{ag} at {hv} in gameweek {gw} of the {league}."
    else:
        verb = 'edged' if ws - ls == 1 else ('beat' if ws - ls == 2 else 'thrashed')
        headline = rng.choice([f'{win} {verb} {lose}', f'{win} take the points against {lose}', f'{win} win {ws}-{ls} against {lose}'])
        stand = f"{win} {verb} {lose} {ws}-{ls} at {hv} in gameweek {gw} of the {league}."
    if note:
        stand += ' ' + note[1]
    # narrative
    sc = [0, 0]
    sentences = []
    events = [(g['min'], 'g', g) for g in goals] + [(r['min'] + 0.5, 'r', r) for r in reds]
    events.sort(key=lambda e: e[0])
    for _, kind, e in events:
        if kind == 'g':
            before = tuple(sc)
            sc[0 if e['side'] == 'home' else 1] += 1
            us, them = (sc[0], sc[1]) if e['side'] == 'home' else (sc[1], sc[0])
            how = {'pen': ' from the penalty spot', 'header': ' with a header', '': ''}[e['kind']]
            team = T[e['side']]
            if before == (0, 0):
                s = f"{e['scorer']} opened the scoring for {team}{how} ({mlabel(e['min'])})."
            elif us == them:
                s = f"{e['scorer']} levelled for {team}{how} ({mlabel(e['min'])})."
            elif us > them and us - them == 1 and us + them > 1 and (us - 1) == them:
                s = f"{e['scorer']} put {team} back in front{how} ({mlabel(e['min'])})."
            elif us > them:
                s = f"{e['scorer']} made it {max(sc)}-{min(sc)}{how} ({mlabel(e['min'])})."
            else:
                s = f"{e['scorer']} pulled one back for {team}{how} ({mlabel(e['min'])})."
            sentences.append(s)
        else:
            sentences.append(f"{T[e['side']]} were reduced to ten men on {e['min']} minutes when {e['player']} was sent off for {e['why']}.")
    if not sentences:
        sentences = ["Chances were at a premium and neither goalkeeper was seriously tested."]
    half = (len(sentences) + 1) // 2
    p1 = ' '.join(sentences[:half])
    p2 = ' '.join(sentences[half:])
    if quote:
        p2 = (p2 + ' ' if p2 else '') + f"{mgr} said afterwards: \"{quote}\""
    km = []
    for _, kind, e in events:
        if kind == 'g':
            km.append(f"- {mlabel(e['min'])} GOAL — {e['scorer']} ({T[e['side']]}){' (pen)' if e['kind'] == 'pen' else ''}")
        else:
            km.append(f"- {mlabel(e['min'])} RED CARD — {e['player']} ({T[e['side']]})")
    if not km:
        km = ['- No goals or dismissals']
    out = [f"FULL TIME | {h} {hg}-{ag} {a}", f"{league} · Gameweek {gw} · {hv} · {dstr}", '', headline, '', stand, '', p1]
    if p2:
        out += ['', p2]
    out += ['', 'KEY MOMENTS'] + km + ['']
    out.append(f"MOTM: {motm if 'motm' not in missing else '[TBC: Player of the Match]'}")
    out.append(f"Attendance: {('{:,}'.format(att)) if 'att' not in missing else '[TBC: attendance]'} | Referee: {ref if 'ref' not in missing else '[TBC: referee]'}")
    return u, '\n'.join(out)

# ------------------------------------------------------------------------------------------------
# 2. SOCIAL POSTS
# ------------------------------------------------------------------------------------------------

def gen_social(rng, namer, kind=None, missing=None):
    kind = kind or rng.choice(['ft', 'ft', 'transfer', 'motm', 'matchday', 'news'])
    league, (h, hc, hv), (a, ac, av) = pick_match(rng)
    lt = tag(league)
    fr_req = rng.random() < 0.25
    if kind == 'ft':
        hg, ag, goals = score_and_goals(rng, namer)
        gw = rng.randint(2, 30)
        scorers = [g['scorer'] for g in goals]
        uniq = []
        for s in scorers:
            if s not in uniq:
                uniq.append(s)
        sc_txt = ', '.join(f"{g['scorer']} {mlabel(g['min'])}" for g in goals)
        if fr_req:
            u = rng.choice([f"fais-moi un post pour le résultat : {h} {hg}-{ag} {a}, {league}, journée {gw}. Buteurs : {sc_txt or 'aucun'}.",
                            f"Post réseaux sociaux SVP — score final {h} {hg}-{ag} {a} ({league}, J{gw}). Buts : {sc_txt or 'aucun'}"])
        else:
            u = rng.choice([f"FT post for socials: {h} {hg}-{ag} {a} ({league}, GW{gw}). Scorers: {sc_txt or 'none'}.",
                            f"need a full-time tweet. {h} {hg} {a} {ag}, gw{gw} {league}. goals {sc_txt or 'none'}",
                            f"Social post please — final score {h} {hg}-{ag} {a}, {league} matchday {gw}. Goalscorers: {sc_txt or 'none'}.",
                            f"Can you write the FT post? {league} GW{gw}: {h} v {a} finished {hg}-{ag}. {('Goals from ' + sc_txt) if goals else 'Goalless.'}"])
        if hg == ag:
            en = f"{h} and {a} share the points in a {hg}-{ag} draw."
            fr = f"Match nul {hg}-{ag} entre {h} et {a}."
        elif hg > ag:
            en = f"{h} beat {a} {hg}-{ag} at home."
            fr = f"{h} s'impose {hg}-{ag} à domicile face à {a}."
        else:
            en = f"{a} win {ag}-{hg} away at {h}."
            fr = f"{a} s'impose {ag}-{hg} sur la pelouse de {h}."
        if uniq:
            en += f" Goals: {', '.join(uniq)}."
            fr += f" Buts : {', '.join(uniq)}."
        post = [f"⚽ FULL-TIME | {h} {hg}-{ag} {a}", f"EN: {en}", f"FR: {fr}", f"{lt} #{hc}v{ac} #FullTime"]
    elif kind == 'transfer':
        p = namer()
        pos = rng.choice(list(POS))
        frm = rng.choice([x[0] for x in LEAGUES[league] if x[0] != h] + ['a club abroad'])
        fee = rng.choice([rng.choice([8000, 12500, 20000, 35000, 48000, 60000]), 'undisclosed', 'free'])
        fee_en = eur_en(fee) if isinstance(fee, int) else {'undisclosed': 'an undisclosed fee', 'free': 'a free transfer'}[fee]
        if 'fee' in (missing or []):
            fee_en = None
        if fr_req:
            u = f"fais-moi un post pour la signature de {p} ({pos}) à {h}, en provenance de {frm}" + (f", montant : {fee_en}" if fee_en else '') + '.'
        else:
            u = rng.choice([f"Transfer post: {h} have signed {pos} {p} from {frm}" + (f", fee {fee_en}" if fee_en else '') + ". Keep it short.",
                            f"signing announcement for socials - {p}, {pos}, joins {h} from {frm}" + (f" ({fee_en})" if fee_en else '') + '.',
                            f"Post for the new signing please: player {p} / position {pos} / from {frm} / to {h}" + (f" / fee {fee_en}" if fee_en else '')])
        pos_fr = POS[pos][0]
        if fee_en is None:
            en = f"{h} have signed {pos} {p} from {frm} for [TBC: fee]."
            fr = f"{h} recrute {pos_fr} {p} en provenance de {frm} pour [TBC : montant]."
        elif fee == 'free':
            en = f"{h} have signed {pos} {p} from {frm} on a free transfer."
            fr = f"{h} recrute {pos_fr} {p}, arrivé libre de {frm}."
        elif fee == 'undisclosed':
            en = f"{h} have signed {pos} {p} from {frm} for an undisclosed fee."
            fr = f"{h} recrute {pos_fr} {p} en provenance de {frm} pour un montant non divulgué."
        else:
            en = f"{h} have signed {pos} {p} from {frm} for {eur_en(fee)}."
            fr = f"{h} recrute {pos_fr} {p} en provenance de {frm} pour {eur_fr(fee)}."
        fr = fr.replace('de a club abroad', "de l'étranger").replace('en provenance de a club abroad', "en provenance de l'étranger")
        fr = fr.replace("en provenance de l'étranger", "en provenance d'un club étranger").replace("arrivé libre de l'étranger", "arrivé libre d'un club étranger")
        post = [f"🔁 TRANSFER | {p} joins {h}", f"EN: {en}", f"FR: {fr}", f"{lt} #{hc} #Transfer"]
    elif kind == 'motm':
        hg, ag = rng.choice([(2, 1), (1, 0), (3, 0), (1, 1), (0, 2), (2, 2)])
        p = namer()
        club = h if hg >= ag else a
        st = rng.choice([('2 goals', '2 buts'), ('1 goal and 1 assist', '1 but et 1 passe décisive'), ('6 saves and a clean sheet', '6 arrêts et une cage inviolée'),
                         ('2 assists', '2 passes décisives'), ('1 goal', '1 but')])
        if fr_req:
            u = f"Fais-moi le post joueur du match : {p} ({club}), {st[1]}, match {h} {hg}-{ag} {a} ({league})."
        else:
            u = rng.choice([f"MOTM post: {p} ({club}) — {st[0]} in {h} {hg}-{ag} {a}, {league}.",
                            f"motm graphic caption pls. {p}, {club}. stats: {st[0]}. game was {h} {hg}-{ag} {a} ({league})",
                            f"Player of the Match post for {p} of {club}: {st[0]}. Result {h} {hg}-{ag} {a}."])
        post = [f"⭐ MOTM | {p} ({club})", f"EN: Player of the Match in {h} {hg}-{ag} {a}: {p}, with {st[0]}.",
                f"FR: Joueur du match lors de {h} {hg}-{ag} {a} : {p}, avec {st[1]}.", f"{lt} #{hc}v{ac} #MOTM"]
    elif kind == 'matchday':
        wd = rng.choice([5, 5, 5, 2, 6])
        d, mo = rng.randint(1, 28), rng.choice([8, 9, 10, 11, 12, 1, 2, 3, 4])
        ko = rng.choice(['15:00', '14:30', '19:45', '12:30', '17:30'])
        gw = rng.randint(2, 30)
        if fr_req:
            u = f"post jour de match : {h} – {a}, {league} J{gw}, {DAYS_FR[wd]} {date_fr(d, mo)} à {ko.replace(':', 'h')}, {hv}."
        else:
            u = rng.choice([f"Matchday post: {h} v {a}, {league} GW{gw}, {DAYS_EN[wd]} {date_en(d, mo)}, KO {ko} at {hv}.",
                            f"pre-match post for {DAYS_EN[wd].lower()} {date_en(d, mo)}: {h} host {a} ({hv}, {ko}). gw{gw}.",
                            f"Need the matchday post — fixture {h} vs {a}; date {date_en(d, mo)} ({DAYS_EN[wd]}); kick-off {ko}; venue {hv}; {league} GW{gw}"])
        at_fr = ('au ' + hv) if hv.startswith('Stade ') else ('au ' + hv) if hv.startswith('Parc ') else ('à ' + hv)
        post = [f"📅 MATCHDAY | {h} v {a}", f"EN: {h} host {a} at {hv} on {DAYS_EN[wd]} {date_en(d, mo)}, kick-off {ko}.",
                f"FR: {h} reçoit {a} {at_fr} le {DAYS_FR[wd]} {date_fr(d, mo)}, coup d'envoi à {ko.replace(':', 'h')}.", f"{lt} #{hc}v{ac} #MatchDay"]
    else:
        sub = rng.choice(['manager', 'capacity', 'ban'])
        if sub == 'manager':
            m = namer()
            d, mo = rng.randint(1, 28), rng.choice([6, 7, 10, 11, 12, 1])
            u = rng.choice([f"News post: {h} have appointed {m} as manager from {date_en(d, mo)}.", f"fais-moi un post : {h} nomme {m} entraîneur, à partir du {date_fr(d, mo)}." if fr_req else f"quick post - {m} is {h}'s new manager (starts {date_en(d, mo)})"])
            post = [f"📢 NEWS | {m} appointed {h} manager", f"EN: {h} have appointed {m} as manager, starting {date_en(d, mo)}.",
                    f"FR: {h} nomme {m} au poste d'entraîneur à compter du {date_fr(d, mo)}.", f"{lt} #{hc} #News"]
        elif sub == 'capacity':
            old = rng.choice([1800, 2400, 3100, 4200])
            new = old + rng.choice([-600, -300, 450, 900])
            d, mo = rng.randint(1, 28), rng.choice([8, 9, 10])
            reason_en, reason_fr = rng.choice([('after a new stand opened', "après l'ouverture d'une nouvelle tribune"), ('after a safety inspection', "après une inspection de sécurité"),
                                               ('while the terrace is repaired', 'pendant la réparation de la tribune')])
            u = rng.choice([f"Post: capacity at {hv} ({h}) changes from {old:,} to {new:,} from {date_en(d, mo)}, {reason_en}.",
                            f"{hv} capacity now {new:,} (was {old:,}) from {date_en(d, mo)} - reason: {reason_en}. can you do the social post"])
            verb_en = 'rises' if new > old else 'falls'
            post = [f"📢 NEWS | {hv} capacity now {new:,}", f"EN: The capacity of {hv} {verb_en} from {old:,} to {new:,} from {date_en(d, mo)}, {reason_en}.",
                    f"FR: La capacité {('du ' + hv) if hv.startswith(('Stade ', 'Parc ')) else ('de ' + hv)} passe de {eur_fr(old)[:-2]} à {eur_fr(new)[:-2]} places à partir du {date_fr(d, mo)}, {reason_fr}.", f"{lt} #{hc} #News"]
        else:
            p = namer()
            off_en, off_fr = rng.choice([('violent conduct', 'conduite violente'), ('serious foul play', 'faute grossière'), ('reaching five yellow cards', "cumul d'avertissements")])
            n = 1 if off_en.startswith('reaching') else rng.choice([3, 3, 4, 5])
            u = rng.choice([f"Post about the ban: {p} ({h}) suspended for {n} match{'es' if n > 1 else ''} for {off_en}.",
                            f"socials: {p} of {h} gets a {n}-game ban ({off_en})"])
            post = [f"📢 NEWS | {p} suspended", f"EN: {p} ({h}) has been suspended for {n} match{'es' if n > 1 else ''} for {off_en}.",
                    f"FR: {p} ({h}) est suspendu {n} match{'s' if n > 1 else ''} pour {off_fr}.", f"{lt} #{hc} #News"]
    return typo(rng, u, 0.2), '\n'.join(post)

# ------------------------------------------------------------------------------------------------
# 3. PLAYER PROFILE BLURBS
# ------------------------------------------------------------------------------------------------

def gen_profile(rng, namer, missing=None):
    league = rng.choice(list(LEAGUES))
    club, code, venue = rng.choice(LEAGUES[league])
    p = namer()
    pos = rng.choice(list(POS))
    num = rng.choice([2, 4, 5, 6, 7, 8, 9, 10, 11, 14, 17, 19, 21, 23])
    if pos == 'goalkeeper':
        num = rng.choice([1, 13, 25])
    age = rng.randint(18, 34)
    bp = rng.choice(['Ravenscar', 'Lyon', 'Cork', 'Gannet Bay', 'Valmorin', 'Accra', 'Swansea', 'Inishbeg', 'Nantes', 'Leeds', 'Skelda'])
    jy = rng.randint(2018, 2026)
    frm = rng.choice([x[0] for x in LEAGUES[league] if x[0] != club] + ['the club academy'])
    fee = rng.choice(['free', 'undisclosed', 5000, 15000, 30000]) if frm != 'the club academy' else None
    apps = rng.randint(4, 30)
    if pos == 'goalkeeper':
        stat_en = f"{apps} apps, {rng.randint(1, 12)} clean sheets"
    else:
        g = rng.randint(0, 15) if pos in ('striker', 'winger', 'attacking midfielder') else rng.randint(0, 4)
        stat_en = f"{apps} apps, {g} goals"
    style = rng.choice(['quick and direct', 'strong in the air', 'an intelligent reader of the game', 'a left-footed set-piece specialist', 'a vocal organiser', 'tireless off the ball', 'calm on the ball'])
    extra = rng.choice([None, 'captain since last season', 'scored on his debut', 'former youth international', 'studies engineering part-time', 'brother also plays in the league', 'named Player of the Month in March'])
    honours = rng.choice([None, None, f'{league} winner 2023-24', 'Cup winner 2024-25'])
    season = rng.choice(['2025-26', '2026-27'])
    missing = missing or []
    facts = [('Name', p), ('Position', pos), ('Club', club), ('Number', str(num)), ('Age', str(age)), ('Born in', bp),
             ('Joined', f"{jy} from {frm}" + (f" ({eur_en(fee) if isinstance(fee, int) else fee})" if fee else '')),
             (f'{season} stats', stat_en), ('Style', style)]
    if extra:
        facts.append(('Note', extra))
    if honours:
        facts.append(('Honours', honours))
    facts = [(k, v) for k, v in facts if not (k.endswith('stats') and 'stats' in missing)]
    st = rng.randint(0, 4)
    if st == 0:
        u = "Player profile blurb for the programme:\n" + '\n'.join(f"- {k}: {v}" for k, v in facts)
    elif st == 1:
        u = f"Write a profile blurb for {p}, {pos} at {club} ({league}). Facts: " + '; '.join(f"{k.lower()} {v}" for k, v in facts[3:]) + '.'
    elif st == 2:
        u = f"pls do a player blurb — {p} #{num} {club}. {pos}, {age}, from {bp}. joined {facts[6][1]}. " + (f"{season}: {stat_en}. " if 'stats' not in missing else '') + f"{style}." + (f" {extra}." if extra else '') + (f" honours: {honours}" if honours else '')
    elif st == 3:
        u = f"Need the usual profile box + blurb for the website.\n{p} | {pos} | {club} | #{num}\nAge {age}, born {bp}\nJoined {facts[6][1]}\n" + (f"{season}: {stat_en}\n" if 'stats' not in missing else f"{season} stats: include them\n") + f"Notes: {style}" + (f"; {extra}" if extra else '') + (f"; {honours}" if honours else '')
    else:
        u = f"Can you write {p}'s profile for the matchday programme? He's a {age}-year-old {pos} from {bp} who joined {club} in {facts[6][1]}. He wears {num}. " + (f"This season ({season}) he has {stat_en}. " if 'stats' not in missing else '') + f"Coaches say he is {style}." + (f" Also: {extra}." if extra else '') + (f" Honours: {honours}." if honours else '')
    u = typo(rng, u, 0.2)
    # answer
    pos_cap = POS[pos][1]
    j = facts[6][1]
    opener = rng.choice([f"{p} is a {age}-year-old {pos} who wears the number {num} shirt for {club}.",
                         f"Born in {bp}, {p} has become a key part of {club}'s squad since joining in {jy}.",
                         f"{club}'s number {num}, {p}, is a {pos} known for being {style}."])
    mid = []
    if not opener.startswith('Born'):
        mid.append(f"Born in {bp}, he joined {club} in {j}.")
    else:
        mid.append(f"The {age}-year-old {pos} joined from {frm if frm != 'the club academy' else 'the academy'}" + (f" ({eur_en(fee) if isinstance(fee, int) else fee})" if fee else '') + ".")
    if 'stats' in missing:
        mid.append("This season he has made [TBC: appearances and goals].")
    else:
        nums = re.findall(r'\d+', stat_en)
        if pos == 'goalkeeper':
            mid.append(f"In {season} he has made {nums[0]} appearances and kept {nums[1]} clean sheets.")
        else:
            mid.append(f"In {season} he has made {nums[0]} appearances and scored {nums[1]} goal{'s' if nums[1] != '1' else ''}.")
    if not opener.endswith(f"{style}."):
        mid.append(f"Coaches describe him as {style}.")
    if extra:
        mid.append(extra[0].upper() + extra[1:] + '.')
    blurb = ' '.join([opener] + mid)
    qf = [f"• Born: {bp} (age {age})", f"• Joined: {j}", ("• This season: [TBC]" if 'stats' in missing else f"• {season}: {stat_en}")]
    if honours:
        qf.append(f"• Honours: {honours}")
    out = [f"PLAYER PROFILE — {p.upper()}", f"{pos_cap} | {club} | #{num}", '', blurb, '', 'Quick facts'] + qf
    return u, '\n'.join(out)

# ------------------------------------------------------------------------------------------------
# 4. PRESS RELEASES
# ------------------------------------------------------------------------------------------------

def gen_press(rng, namer, missing=None):
    league = rng.choice(list(LEAGUES))
    club, code, venue = rng.choice(LEAGUES[league])
    city = CITIES[league]
    d, mo = rng.randint(1, 28), rng.choice([6, 7, 8, 9, 10, 11, 1, 2, 3])
    y = 2026
    date = date_en(d, mo, y)
    sub = rng.choice(['signing', 'manager_in', 'manager_out', 'stadium', 'discipline', 'sponsor'])
    contact = rng.choice([('Hannah Greer', 'media@'), ('Luc Ferrand', 'presse@'), ('Ciara Mulvey', 'comms@')])
    dom = tag(club)[1:].lower() + '.example'
    contact_s = f"{contact[0]}, {contact[1]}{dom}"
    quote_by = None
    q = None
    background = []
    if sub == 'signing':
        p = namer()
        pos = rng.choice(list(POS))
        frm = rng.choice([x[0] for x in LEAGUES[league] if x[0] != club])
        fee = rng.choice([15000, 27500, 40000, 'undisclosed'])
        yrs = rng.choice([1, 2, 3])
        head = f"{club} Sign {p} From {frm}"
        lead = f"{club} have completed the signing of {pos} {p} from {frm}" + (f" for a fee of {eur_en(fee)}" if isinstance(fee, int) else ' for an undisclosed fee') + f" on a {yrs}-year contract."
        body = f"The move was registered with the {league} on {date}. {p} will be available for selection immediately."
        facts = f"player {p} ({pos}), from {frm}, fee {eur_en(fee) if isinstance(fee, int) else 'undisclosed'}, {yrs}-year deal, registered {date}"
        quote_by = (rng.choice(MANAGERS), 'Manager')
        q = rng.choice(["He is exactly the type of player we have been looking for.", "We have followed him for two seasons and we are delighted to get this done."])
        background = [f"{club} play home matches at {venue}."]
    elif sub == 'manager_in':
        m = namer()
        prev = rng.choice(['assistant manager at ' + rng.choice(LEAGUES[league])[0], 'head of the club academy', 'manager of a regional select team'])
        head = f"{club} Appoint {m} As Manager"
        lead = f"{club} have appointed {m} as first-team manager with effect from {date}."
        body = f"{m} was previously {prev}. The first match in charge will be announced by the club."
        facts = f"new manager {m}, previously {prev}, starts {date}"
        quote_by = (rng.choice(['Anne Keel', 'Gérard Pons', 'Dermot Hyland']), 'Chair')
        q = rng.choice(["We interviewed a strong field and the board was unanimous.", "This appointment is about the long term."])
        background = [f"{club} compete in the {league}."]
    elif sub == 'manager_out':
        m = namer()
        pos_t = rng.randint(9, 16)
        head = f"{club} Part Company With {m}"
        lead = f"{club} have parted company with manager {m} with immediate effect."
        body = f"The club sit {pos_t}th in the {league}. " + rng.choice(['Assistant manager Kit Rowe will take charge of the next match.', 'The under-21 coach will lead the team on an interim basis.'])
        facts = f"manager {m} leaves, team {pos_t}th, interim arrangement: {body.split('. ')[1].rstrip('.')}"
        quote_by = (rng.choice(['Anne Keel', 'Gérard Pons', 'Dermot Hyland']), 'Chair') if rng.random() < 0.7 else None
        q = "We thank him for his work and wish him well." if quote_by else None
        background = []
    elif sub == 'stadium':
        old = rng.choice([1900, 2500, 3300])
        new = old + rng.choice([500, 750, -400])
        head = f"{venue} Capacity {'Increased' if new > old else 'Reduced'} To {new:,}"
        lead = f"The licensed capacity of {venue}, home of {club}, will be {new:,} from {date} (previously {old:,})."
        why = rng.choice(['following the completion of a new stand', 'following a safety inspection of the terrace', 'after the local authority reissued the safety certificate'])
        body = f"The change comes {why}. Season-ticket holders affected will be contacted directly."
        facts = f"{venue} ({club}) capacity {old:,} -> {new:,} from {date}, {why}"
        background = ['Capacity figures are as stated on the ground safety certificate.']
    elif sub == 'discipline':
        p = namer()
        n = rng.choice([2, 3, 4, 6])
        fine = rng.choice([250, 400, 750])
        head = f"{p} Suspended For {n} Matches"
        lead = f"The {league} Disciplinary Commission has suspended {club}{chr(39) if club.endswith('s') else chr(39) + 's'} {p} for {n} league matches and fined him {eur_en(fine)}."
        body = f"The charge related to violent conduct in the match against {rng.choice([x[0] for x in LEAGUES[league] if x[0] != club])}. The player admitted the charge."
        facts = f"{p} ({club}), {n}-match ban + {eur_en(fine)} fine, violent conduct, admitted"
        background = ['Suspensions apply to league matches only.']
        club = league
    else:
        sp = rng.choice(['Tidewater Mutual', 'Brightline Telecom', 'Ostrander Breweries'])
        yrs = rng.choice([2, 3, 4])
        head = f"{sp} Becomes Title Sponsor Of The {league}"
        lead = f"The {league} has agreed a {yrs}-year title-sponsorship deal with {sp}, starting on {date}."
        body = f"The competition will be known as the {sp} {league}. Financial terms were not disclosed."
        facts = f"new title sponsor {sp}, {yrs} years, from {date}, terms undisclosed"
        quote_by = (rng.choice(['Martine Aucoin', 'Rob Ellery']), 'Chief Executive')
        q = "This partnership secures the future of our competition."
        background = []
        club = league
    if 'contact' in (missing or []):
        contact_s = None
    st = rng.randint(0, 4)
    qtxt = f" Quote from {quote_by[0]} ({quote_by[1]}): \"{q}\"" if q else ''
    if st == 0:
        u = f"Press release please, our standard format. Issued by {club}, {city}, {date}. Facts: {facts}.{qtxt}" + (f" Media contact {contact_s}." if contact_s else '')
    elif st == 1:
        u = f"Draft a press release: {facts}.{qtxt}\nDateline {city}, {date}." + (f"\nContact: {contact_s}" if contact_s else '')
    elif st == 2:
        u = f"PR needed asap\n- issuer: {club}\n- date/place: {date}, {city}\n- news: {facts}\n" + (f"- quote: {quote_by[0]}, {quote_by[1]}: \"{q}\"\n" if q else '') + (f"- contact: {contact_s}" if contact_s else '')
    elif st == 3:
        u = f"Can you write this up as a release for the media list? {lead} {body}{qtxt} ({city}, {date})" + (f" Press contact: {contact_s}." if contact_s else '')
    else:
        u = f"release - {facts}. dateline {city} {date}.{qtxt}" + (f" contact {contact_s}" if contact_s else '')
    u = typo(rng, u, 0.2)
    out = ['FOR IMMEDIATE RELEASE / POUR DIFFUSION IMMÉDIATE', '', head.upper() if rng.random() < 0 else head, '', f"{city}, {date} — {lead}", '', body]
    if q:
        out += ['', f"\"{q}\" — {quote_by[0]}, {quote_by[1]}"]
    out += ['', 'ENDS / FIN', '', 'Notes to editors:']
    out += [f"- {b}" for b in background] if background else ['- None supplied.']
    out.append(f"Media contact: {contact_s if contact_s else '[TBC: media contact]'}")
    return u, '\n'.join(out)


def build(seed, n_each, miss_every=9):
    rng = random.Random(seed)
    namer = Namer(rng)
    rows = []
    fams = [('report', gen_match_report), ('social', gen_social), ('profile', gen_profile), ('press', gen_press)]
    for fname, fn in fams:
        for i in range(n_each):
            missing = None
            if i % miss_every == miss_every - 1:
                missing = {'report': rng.choice([['att'], ['motm', 'att'], ['ref']]), 'social': ['fee'], 'profile': ['stats'], 'press': ['contact']}[fname]
            if fname == 'social':
                kind = ['ft', 'transfer', 'motm', 'matchday', 'news'][i % 5] if not missing else 'transfer'
                u, a = fn(rng, namer, kind=kind, missing=missing)
            else:
                u, a = fn(rng, namer, missing=missing)
            rows.append({'messages': [{'role': 'system', 'content': SYSTEM}, {'role': 'user', 'content': u}, {'role': 'assistant', 'content': a}]})
    rng.shuffle(rows)
    return rows, namer.used


def check_overlap(names):
    corpus = ' '.join(open(f, encoding='utf-8').read() for f in glob.glob(os.path.join(HERE, '..', 'corpus', '*')))
    bad = [n for n in names if n in corpus]
    ents = [c for L in LEAGUES.values() for c, _, v in L for c in (c, v)] + list(LEAGUES) + REFS + MANAGERS
    bad += [e for e in ents if e in corpus]
    return bad


if __name__ == '__main__':
    os.makedirs(OUTDIR, exist_ok=True)
    train, n1 = build(101, 25)
    val, n2 = build(202, 5, miss_every=5)
    with open(os.path.join(OUTDIR, 'train.jsonl'), 'w', encoding='utf-8') as f:
        for r in train:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUTDIR, 'validation.jsonl'), 'w', encoding='utf-8') as f:
        for r in val:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('train', len(train), 'val', len(val))
    print('overlap with corpus:', check_overlap(n1 | n2))

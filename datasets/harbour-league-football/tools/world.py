"""Harbour League world: entities + deterministic season simulation.

Everything in the corpus is derived from the World object built here (plus the
hand-written core documents in tools/core/, which were written against the
values this module produces with SEED below).
"""
import random, datetime as dt, math, re, unicodedata
from collections import defaultdict

SEED = 20261120
SIM_SEED = SEED + 87
TODAY = dt.date(2026, 11, 20)
CUTOFF = dt.date(2026, 6, 30)
D = dt.date


def slugify(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    s = s.lower().replace("'", '')
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


def fmt_date(d):
    return d.strftime('%-d %B %Y')


def money(n):
    return '€{:,}'.format(n)

# --------------------------------------------------------------------------------------
# Clubs, stadiums, managers
# --------------------------------------------------------------------------------------
CLUBS = [
    # slug-key, name, town, founded, nickname, colours, stadium, capacity, strength, popularity, formation
    dict(key='plf', name='Port-Lachance FC', town='Port-Lachance', founded=1904, nickname='The Mariners (Les Marins)',
         colours='navy blue and white', stadium='Harbourside Stadium', stadium_fr='Stade du Bord-de-l\'Eau', capacity=5200,
         opened=1951, surface='grass', strength=1.34, pop=0.78, formation='4-3-3', code='PLF'),
    dict(key='ard', name='Ardmore Rovers', town='Ardmore', founded=1911, nickname='The Rovers',
         colours='emerald green and black', stadium='Ardmore Park', stadium_fr='Parc d\'Ardmore', capacity=3100,
         opened=1923, surface='grass', strength=1.30, pop=0.80, formation='4-4-2', code='ARD'),
    dict(key='sal', name='Saltmarsh Athletic', town='Saltmarsh', founded=1921, nickname='The Marshmen',
         colours='amber and black stripes', stadium='The Saltings', stadium_fr='Les Salines', capacity=2600,
         opened=1948, surface='grass', strength=1.02, pop=0.70, formation='4-4-2', code='SAL'),
    dict(key='pce', name='Port Celeste FC', town='Port Celeste', founded=1919, nickname='Les Célestes',
         colours='sky blue and white', stadium='Stade du Quai', stadium_fr='Stade du Quai', capacity=4400,
         opened=1962, surface='grass', strength=1.20, pop=0.72, formation='4-3-3', code='PCE'),
    dict(key='fen', name='Fenwick Town', town='Fenwick', founded=1926, nickname='The Millers',
         colours='red and white', stadium='Millfield Road', stadium_fr='Chemin Millfield', capacity=2200,
         opened=1931, surface='3G artificial', strength=0.92, pop=0.66, formation='4-4-2', code='FEN'),
    dict(key='bsa', name='AS Baie-Sainte-Anne', town='Baie-Sainte-Anne', founded=1946, nickname='Les Goélands (The Gulls)',
         colours='white and royal blue', stadium='Stade des Goélands', stadium_fr='Stade des Goélands', capacity=3000,
         opened=1972, surface='grass', strength=1.02, pop=0.64, formation='4-3-3', code='BSA'),
    dict(key='gre', name='Greyhaven United', town='Greyhaven', founded=1899, nickname='The Lamplighters',
         colours='grey and claret', stadium='Lantern Lane', stadium_fr='Allée de la Lanterne', capacity=3400,
         opened=1908, surface='grass', strength=1.24, pop=0.74, formation='4-4-2', code='GRE'),
    dict(key='kil', name='Kilbride Quay FC', town='Kilbride Quay', founded=1933, nickname='The Dockers',
         colours='orange and navy', stadium='The Slipway', stadium_fr='La Cale', capacity=1950,
         opened=1957, surface='3G artificial', strength=0.92, pop=0.71, formation='4-4-2', code='KIL'),
    dict(key='str', name='US Saint-Roch', town='Saint-Roch-sur-Mer', founded=1938, nickname='Les Rochelais',
         colours='yellow and green', stadium='Stade Armand-Leclerc', stadium_fr='Stade Armand-Leclerc', capacity=2800,
         opened=1966, surface='grass', strength=1.06, pop=0.62, formation='4-3-3', code='STR'),
    dict(key='mil', name='Millbrook Harriers', town='Millbrook', founded=1928, nickname='The Harriers',
         colours='purple and gold', stadium='Brookside', stadium_fr='Bord-du-Ruisseau', capacity=2100,
         opened=1950, surface='grass', strength=0.86, pop=0.60, formation='4-4-2', code='MIL'),
    dict(key='cap', name='Cap-Rouge Sporting', town='Cap-Rouge', founded=1952, nickname='Les Rouges',
         colours='scarlet and white', stadium='Stade du Phare', stadium_fr='Stade du Phare', capacity=3250,
         opened=1979, surface='grass', strength=1.10, pop=0.63, formation='4-3-3', code='CAP'),
    dict(key='dun', name='Dunmore Head AFC', town='Dunmore Head', founded=1915, nickname='The Headlanders',
         colours='black and white hoops', stadium='Headland Ground', stadium_fr='Terrain du Cap', capacity=1800,
         opened=1920, surface='grass', strength=0.86, pop=0.68, formation='4-4-2', code='DUN'),
    dict(key='rnf', name='Rivière-Noire FC', town='Rivière-Noire', founded=1957, nickname='Les Noirs',
         colours='black and gold', stadium='Parc de la Rivière', stadium_fr='Parc de la Rivière', capacity=2450,
         opened=1983, surface='grass', strength=0.87, pop=0.58, formation='4-3-3', code='RNF'),
    dict(key='wes', name='Westcliff Wanderers', town='Westcliff', founded=1931, nickname='The Wanderers',
         colours='teal and white', stadium='Cliff Top Road', stadium_fr='Chemin du Haut-de-la-Falaise', capacity=1700,
         opened=1937, surface='grass', strength=0.88, pop=0.69, formation='4-4-2', code='WES'),
    dict(key='opv', name='Olympique Pointe-Verte', town='Pointe-Verte', founded=1964, nickname='Les Verts',
         colours='green and white', stadium='Stade Léon-Arsenault', stadium_fr='Stade Léon-Arsenault', capacity=2000,
         opened=1988, surface='3G artificial', strength=0.90, pop=0.61, formation='4-3-3', code='OPV'),
    dict(key='low', name='Lowther Bay Albion', town='Lowther Bay', founded=1902, nickname='The Albion',
         colours='white and navy', stadium='The Boathouse Ground', stadium_fr='Terrain du Hangar-à-Bateaux', capacity=2300,
         opened=1912, surface='grass', strength=0.96, pop=0.63, formation='4-4-2', code='LOW'),
    dict(key='bif', name='Belle-Isle FC', town='Belle-Isle', founded=1949, nickname='Les Insulaires (The Islanders)',
         colours='blue and orange', stadium='Stade de l\'Île', stadium_fr='Stade de l\'Île', capacity=1600,
         opened=1974, surface='grass', strength=0.74, pop=0.62, formation='4-4-2', code='BIF'),
    dict(key='aal', name='Anse-aux-Loups AC', town='Anse-aux-Loups', founded=1960, nickname='Les Loups (The Wolves)',
         colours='silver and black', stadium='Parc des Loups', stadium_fr='Parc des Loups', capacity=1550,
         opened=1985, surface='grass', strength=0.72, pop=0.60, formation='4-4-2', code='AAL'),
]
for c in CLUBS:
    c['slug'] = slugify(c['name'])
    c['stadium_slug'] = slugify(c['stadium'])
CLUB = {c['key']: c for c in CLUBS}

PREM_2526 = ['plf', 'ard', 'sal', 'pce', 'fen', 'bsa', 'gre', 'kil', 'str', 'mil', 'cap', 'dun', 'rnf', 'low', 'bif', 'aal']
PREM_2627 = ['plf', 'ard', 'sal', 'pce', 'fen', 'bsa', 'gre', 'kil', 'str', 'mil', 'cap', 'dun', 'rnf', 'low', 'wes', 'opv']

# Capacity changes (post-cutoff)
CAPACITY_CHANGES = {
    'ard': [(D(2026, 8, 29), 4050, 'new 950-seat East Stand opened')],
    'pce': [(D(2026, 9, 10), 3800, 'North Terrace closed after structural survey')],
}


def capacity_at(key, date):
    cap = CLUB[key]['capacity']
    for d, newcap, why in CAPACITY_CHANGES.get(key, []):
        if date >= d:
            cap = newcap
    return cap

# Managers: (club, name, start, end or None, birthplace, born year, nationality note, previous)
MANAGERS = [
    dict(club='plf', name='Gilles Thériault', start=D(2021, 6, 1), end=None, born=1975, birthplace='Port-Lachance', prev='assistant manager at Port-Lachance FC (2017-2021); player for the club 1994-2008'),
    dict(club='ard', name='Niall Brennan', start=D(2023, 5, 22), end=None, born=1979, birthplace='Ardmore', prev='manager of Westcliff Wanderers (2018-2023)'),
    dict(club='sal', name='Declan Furey', start=D(2022, 6, 14), end=D(2026, 10, 5), born=1970, birthplace='Greyhaven', prev='manager of Millbrook Harriers (2016-2022)', left='sacked'),
    dict(club='sal', name='Pat Doyle', start=D(2026, 10, 5), end=D(2026, 10, 19), born=1981, birthplace='Saltmarsh', prev='Saltmarsh Athletic under-19 coach', left='interim spell ended', interim=True),
    dict(club='sal', name='Mireille Castonguay', start=D(2026, 10, 19), end=None, born=1984, birthplace='Baie-Sainte-Anne', prev='head coach of the Harbour Coast regional women\'s team (2019-2026) and assistant at AS Baie-Sainte-Anne'),
    dict(club='pce', name='Raymond Aucoin', start=D(2024, 1, 8), end=None, born=1977, birthplace='Port Celeste', prev='manager of Olympique Pointe-Verte (2019-2023)'),
    dict(club='fen', name='Stuart McKellar', start=D(2020, 7, 1), end=None, born=1973, birthplace='Fenwick', prev='youth coach at Fenwick Town'),
    dict(club='bsa', name='Luc Poirier', start=D(2019, 6, 3), end=None, born=1972, birthplace='Baie-Sainte-Anne', prev='manager of Rivière-Noire FC (2014-2019)'),
    dict(club='gre', name='Tom Kearney', start=D(2025, 6, 9), end=None, born=1982, birthplace='Lowther Bay', prev='assistant manager at Greyhaven United (2021-2025)'),
    dict(club='kil', name='Fergal Nolan', start=D(2023, 6, 1), end=None, born=1978, birthplace='Kilbride Quay', prev='manager of Dunmore Head AFC reserves'),
    dict(club='str', name='Benoît Lavoie', start=D(2022, 5, 30), end=None, born=1976, birthplace='Saint-Roch-sur-Mer', prev='manager of Anse-aux-Loups AC (2017-2022)'),
    dict(club='mil', name='Gareth Pryce', start=D(2024, 6, 17), end=None, born=1980, birthplace='Millbrook', prev='manager of Kessock Athletic in Division One'),
    dict(club='cap', name='Julien Cormier', start=D(2021, 6, 21), end=None, born=1974, birthplace='Cap-Rouge', prev='technical director at Cap-Rouge Sporting'),
    dict(club='dun', name='Colm Gallagher', start=D(2018, 6, 4), end=None, born=1969, birthplace='Dunmore Head', prev='manager of Tarbert Harbour FC'),
    dict(club='rnf', name='Marc Hébert', start=D(2020, 6, 1), end=D(2025, 12, 8), born=1966, birthplace='Rivière-Noire', prev='long-serving Rivière-Noire FC coach', left='resigned'),
    dict(club='rnf', name='Sébastien Doucet', start=D(2025, 12, 11), end=None, born=1983, birthplace='Pointe-Verte', prev='assistant manager at Port Celeste FC'),
    dict(club='wes', name='Ian Rowntree', start=D(2023, 6, 5), end=None, born=1977, birthplace='Westcliff', prev='assistant manager at Ardmore Rovers'),
    dict(club='opv', name='Patrice LeBlanc', start=D(2023, 12, 4), end=None, born=1979, birthplace='Pointe-Verte', prev='manager of Sainte-Ursule Sport'),
    dict(club='low', name='Martin Quigley', start=D(2021, 6, 7), end=None, born=1975, birthplace='Lowther Bay', prev='manager of Seal Cove United'),
    dict(club='bif', name='Yves Bourque', start=D(2022, 6, 1), end=None, born=1971, birthplace='Belle-Isle', prev='Belle-Isle FC captain for eleven seasons'),
    dict(club='aal', name='Damien Chiasson', start=D(2024, 6, 10), end=None, born=1985, birthplace='Anse-aux-Loups', prev='under-19 coach at US Saint-Roch'),
]
for m in MANAGERS:
    m['slug'] = slugify(m['name'])


def manager_at(key, date):
    for m in MANAGERS:
        if m['club'] == key and m['start'] <= date and (m['end'] is None or date < m['end']):
            return m
    # fallback: earliest
    return [m for m in MANAGERS if m['club'] == key][0]

REFEREES = [
    ('Paul Haverty', 'Greyhaven', 2012), ('Mathieu Gendron', 'Port-Lachance', 2015), ('Claire Duguay', 'Baie-Sainte-Anne', 2019),
    ('Sean Moloney', 'Kilbride Quay', 2010), ('Rémi Landry', 'Cap-Rouge', 2016), ('Fiona Carmody', 'Ardmore', 2020),
    ('Derek Vance', 'Lowther Bay', 2008), ('Hugo Bélanger', 'Saint-Roch-sur-Mer', 2017), ('Aidan Crowe', 'Dunmore Head', 2014),
    ('Nadia Ouellet', 'Rivière-Noire', 2021), ('Conor Mahon', 'Saltmarsh', 2013), ('Philippe Roy', 'Port Celeste', 2011),
    ('Grant Ellery', 'Millbrook', 2018), ('Sylvie Cyr', 'Pointe-Verte', 2022), ('Kevin Dalziel', 'Fenwick', 2009),
    ('Thierry Maillet', 'Anse-aux-Loups', 2016),
]

DIV1_OTHERS = [
    ('Tarbert Harbour FC', 'Tarbert Harbour', 1934, 'The Quay Lane Ground', 1200),
    ('Saint-Malachie FC', 'Saint-Malachie', 1958, 'Stade Saint-Malachie', 1100),
    ('Gullrock Town', 'Gullrock', 1922, 'Gull Rock Park', 1350),
    ('Corran Ferry FC', 'Corran Ferry', 1947, 'Ferry Road', 900),
    ('AS Mornay', 'Mornay', 1970, 'Stade Municipal de Mornay', 1000),
    ('Seal Cove United', 'Seal Cove', 1936, 'Cove Park', 1150),
    ('Sainte-Ursule Sport', 'Sainte-Ursule', 1966, 'Parc Sainte-Ursule', 950),
    ('Kessock Athletic', 'Kessock', 1929, 'Kessock Recreation Ground', 1250),
    ('Brannock Bay FC', 'Brannock Bay', 1951, 'Bayview', 1050),
    ('Havre-Aubert FC', 'Havre-Aubert', 1973, 'Stade des Pêcheurs', 1300),
]
AMATEURS_2526 = ['Dromore Fishermen FC', 'Petit-Nord FC', 'Quarry Lane FC', 'Shore Road Celtic']
AMATEURS_2627 = ['Dromore Fishermen FC', 'Lighthouse Road FC', 'Quarry Lane FC', 'Saint-Éloi Sport']

REGION_TOWNS = ['Port-Lachance', 'Ardmore', 'Saltmarsh', 'Port Celeste', 'Fenwick', 'Baie-Sainte-Anne', 'Greyhaven',
                'Kilbride Quay', 'Saint-Roch-sur-Mer', 'Millbrook', 'Cap-Rouge', 'Dunmore Head', 'Rivière-Noire',
                'Westcliff', 'Pointe-Verte', 'Lowther Bay', 'Belle-Isle', 'Anse-aux-Loups', 'Tarbert Harbour',
                'Gullrock', 'Seal Cove', 'Corran Ferry', 'Mornay', 'Kessock', 'Sainte-Ursule', 'Havre-Aubert']
OUTSIDE_TOWNS = ['Cork', 'Galway', 'Quimper', 'Brest', 'Lorient', 'Moncton', 'Halifax', 'Aberdeen', 'Inverness',
                 'Saint-Malo', 'Limerick', 'Dundee', 'Rennes', 'Belfast', 'Sligo', 'Vannes', 'Caen', 'Derry']

FIRST_EN = ['Liam', 'Connor', 'Sean', 'Jamie', 'Callum', 'Ewan', 'Ross', 'Niall', 'Padraig', 'Rory', 'Aidan', 'Fraser',
            'Kyle', 'Owen', 'Rhys', 'Gavin', 'Darragh', 'Cathal', 'Eoin', 'Lewis', 'Mark', 'Ryan', 'Scott', 'Shane',
            'Ben', 'Harry', 'Alfie', 'Jack', 'Daniel', 'Adam', 'Nathan', 'Brendan', 'Cormac', 'Fionn', 'Oisín',
            'Dara', 'Tadhg', 'Hamish', 'Alasdair', 'Gregor', 'Finlay', 'Euan', 'Craig', 'Jordan', 'Luke', 'Michael',
            'Patrick', 'Stephen', 'Killian', 'Ethan', 'Josh', 'Charlie', 'Sam', 'Robbie', 'Dylan', 'Conall', 'Mason']
FIRST_FR = ['Étienne', 'Mathis', 'Lucas', 'Hugo', 'Maxime', 'Antoine', 'Julien', 'Olivier', 'Gabriel', 'Louis',
            'Jules', 'Raphaël', 'Samuel', 'Félix', 'Émile', 'Thomas', 'Alexis', 'Benjamin', 'Jérémie', 'Xavier',
            'Yannick', 'Loïc', 'Gaël', 'Erwan', 'Malo', 'Tanguy', 'Dorian', 'Corentin', 'Valentin', 'Baptiste',
            'Clément', 'Guillaume', 'Pierre-Luc', 'Jean-Philippe', 'Marc-André', 'Simon', 'Frédéric', 'Cédric',
            'Anthony', 'Vincent', 'Nicolas', 'Arnaud', 'Quentin', 'Florian', 'Mathieu-Alexandre', 'Zacharie', 'Édouard']
LAST_EN = ['Walsh', 'Doherty', 'McGrath', 'Kavanagh', "O'Neill", 'Fitzgerald', 'Keane', 'Munro', 'MacLeod',
           'Fraser', 'Campbell', 'Baird', 'Gillespie', 'Hennessy', 'Lynch', 'Rafferty', 'Sheridan', 'Quinn', 'Moran',
           'Tierney', 'Cullen', 'Devlin', 'Fairbairn', 'Haldane', 'Pickering', 'Ashworth', 'Thornton', 'Whitaker',
           'Barlow', 'Pryor', 'Coyle', 'Corrigan', 'Egan', 'Flanagan', 'Geraghty', 'Hurley', 'Kinsella', 'Lennon',
           'Madden', 'Nugent', 'Phelan', 'Redmond', 'Scanlon', 'Tobin', 'Ward', 'Dempsey', 'Boyle', 'Kerr',
           'Lindsay', 'Ogilvie', 'Strachan', 'Tait', 'Wylie', 'Costello', 'Dunne', 'Foley', 'Hanlon', 'Joyce',
           'Mulligan', 'Power', 'Ryan', 'Shiels', 'Connolly', 'Cassidy', 'Brodie', 'Guthrie', 'Laird', 'McAvoy']
LAST_FR = ['Robichaud', 'Thibodeau', 'Gallant', 'Boudreau', 'Comeau', 'Gaudet', 'Savoie', 'Léger', 'Bourgeois',
           'Pelletier', 'Gagnon', 'Ouellette', 'Daigle', 'Haché', 'Losier', 'Doiron', 'Vienneau', 'Breau', 'Benoit',
           'Goguen', 'Babineau', 'Melanson', 'Bastarache', 'Caissie', 'Lapierre', 'Després', 'Kerhervé', 'Le Bihan',
           'Quéméner', 'Le Goff', 'Morvan', 'Guillou', 'Le Roux', 'Caradec', 'Frenette', 'Godin', 'Hachey',
           'Lanteigne', 'Mazerolle', 'Noël', 'Paulin', 'Rioux', 'Saulnier', 'Thériot', 'Vautour', 'Blanchard',
           'Duguay-Roy', 'Jacquard', 'Le Floch', 'Prigent', 'Corbin', 'Aubé', 'Dionne', 'Fougère', 'Girouard']

POS_DETAIL = {
    'GK': ['goalkeeper'],
    'DF': ['centre-back', 'centre-back', 'right-back', 'left-back', 'centre-back'],
    'MF': ['central midfielder', 'defensive midfielder', 'attacking midfielder', 'central midfielder', 'box-to-box midfielder'],
    'FW': ['striker', 'winger', 'centre-forward', 'winger', 'second striker'],
}
POS_NAME = {'GK': 'Goalkeeper', 'DF': 'Defender', 'MF': 'Midfielder', 'FW': 'Forward'}

# Key players (fixed names) - club is their club on 2025-08-01
KEY_PLAYERS = [
    dict(name='Yann Le Gall', club='pce', pos='FW', detail='striker', dob=D(1997, 3, 14), birthplace='Quimper', finishing=3.2, reg=0.98, number=9,
         joined=D(2022, 7, 5), joined_from='Stade Plouvien (France)', joined_fee='free', prior_apps=98, prior_goals=41, height=184, foot='right'),
    dict(name='Ciarán Duffy', club='gre', pos='FW', detail='centre-forward', dob=D(1995, 9, 2), birthplace='Galway', finishing=2.3, reg=0.95, number=9,
         joined=D(2024, 7, 19), joined_from='Ardmore Rovers', joined_fee=75000, prior_apps=166, prior_goals=61, height=181, foot='left'),
    dict(name='Ronan Mulcahy', club='kil', pos='DF', detail='centre-back', dob=D(1994, 1, 27), birthplace='Kilbride Quay', finishing=0.8, reg=0.97, number=5,
         joined=D(2016, 7, 1), joined_from='Kilbride Quay FC academy', joined_fee='academy', prior_apps=241, prior_goals=14, height=190, foot='right'),
    dict(name='Théo Arsenault', club='bsa', pos='MF', detail='attacking midfielder', dob=D(2005, 5, 30), birthplace='Baie-Sainte-Anne', finishing=1.9, reg=0.93, number=10,
         joined=D(2023, 8, 1), joined_from='AS Baie-Sainte-Anne academy', joined_fee='academy', prior_apps=41, prior_goals=7, height=176, foot='left'),
    dict(name='Kieran Walsh', club='ard', pos='GK', detail='goalkeeper', dob=D(1992, 11, 3), birthplace='Ardmore', finishing=0.0, reg=0.99, number=1,
         joined=D(2018, 6, 28), joined_from='Lowther Bay Albion', joined_fee=8000, prior_apps=201, prior_goals=0, height=192, foot='right'),
    dict(name='Euan Sinclair', club='sal', pos='MF', detail='central midfielder', dob=D(1991, 8, 19), birthplace='Saltmarsh', finishing=1.2, reg=0.97, number=8,
         joined=D(2013, 7, 1), joined_from='Saltmarsh Athletic academy', joined_fee='academy', prior_apps=287, prior_goals=38, height=178, foot='right'),
    dict(name='Dylan Harte', club=None, pos='MF', detail='winger', dob=D(2004, 2, 11), birthplace='Tarbert Harbour', finishing=1.3, reg=0.7, number=27,
         joined=None, joined_from=None, joined_fee=None, prior_apps=0, prior_goals=0, height=172, foot='right'),
    dict(name='Étienne Boucher', club='plf', pos='FW', detail='striker', dob=D(1993, 12, 8), birthplace='Port-Lachance', finishing=2.1, reg=0.92, number=9,
         joined=D(2019, 7, 3), joined_from='US Saint-Roch', joined_fee=26000, prior_apps=178, prior_goals=67, height=183, foot='right'),
    dict(name='Mathis Robichaud', club='cap', pos='FW', detail='winger', dob=D(1999, 4, 22), birthplace='Cap-Rouge', finishing=1.7, reg=0.95, number=11,
         joined=D(2017, 8, 1), joined_from='Cap-Rouge Sporting academy', joined_fee='academy', prior_apps=162, prior_goals=39, height=174, foot='left'),
    dict(name='Callum Doherty', club='gre', pos='DF', detail='centre-back', dob=D(1996, 6, 5), birthplace='Greyhaven', finishing=0.7, reg=0.96, number=4,
         joined=D(2018, 7, 1), joined_from='Greyhaven United academy', joined_fee='academy', prior_apps=184, prior_goals=11, height=188, foot='left'),
    dict(name='Aurélien Thibault', club='bif', pos='FW', detail='centre-forward', dob=D(1998, 10, 17), birthplace='Belle-Isle', finishing=2.2, reg=0.95, number=9,
         joined=D(2020, 7, 1), joined_from='Belle-Isle FC academy', joined_fee='academy', prior_apps=121, prior_goals=44, height=186, foot='right'),
    dict(name='Padraig Kinsella', club='ard', pos='MF', detail='defensive midfielder', dob=D(1995, 2, 9), birthplace='Cork', finishing=0.9, reg=0.93, number=6,
         joined=D(2021, 7, 12), joined_from='Dunmore Head AFC', joined_fee=15000, prior_apps=139, prior_goals=9, height=180, foot='right'),
    dict(name='Jérémie Vautour', club='gre', pos='DF', detail='left-back', dob=D(1997, 7, 23), birthplace='Rivière-Noire', finishing=0.6, reg=0.94, number=3,
         joined=D(2022, 6, 30), joined_from='Rivière-Noire FC', joined_fee=20000, prior_apps=137, prior_goals=6, height=177, foot='left'),
    dict(name='Lewis Tait', club='low', pos='FW', detail='winger', dob=D(2000, 1, 30), birthplace='Lowther Bay', finishing=1.6, reg=0.93, number=7,
         joined=D(2018, 8, 1), joined_from='Lowther Bay Albion academy', joined_fee='academy', prior_apps=118, prior_goals=23, height=175, foot='right'),
    dict(name='Gaël Prigent', club='plf', pos='FW', detail='centre-forward', dob=D(2001, 9, 9), birthplace='Lorient', finishing=1.6, reg=0.75, number=19,
         joined=D(2024, 1, 10), joined_from='Gullrock Town', joined_fee=11000, prior_apps=33, prior_goals=9, height=185, foot='right'),
    dict(name='Oisín Flanagan', club='mil', pos='GK', detail='goalkeeper', dob=D(1998, 12, 1), birthplace='Millbrook', finishing=0.0, reg=0.97, number=1,
         joined=D(2019, 7, 1), joined_from='Millbrook Harriers academy', joined_fee='academy', prior_apps=96, prior_goals=0, height=189, foot='right'),
    dict(name='Félix Comeau', club='aal', pos='MF', detail='central midfielder', dob=D(1999, 3, 3), birthplace='Anse-aux-Loups', finishing=1.0, reg=0.95, number=8,
         joined=D(2019, 7, 1), joined_from='Anse-aux-Loups AC academy', joined_fee='academy', prior_apps=90, prior_goals=10, height=179, foot='right'),
    dict(name='Shane Corrigan', club='ard', pos='MF', detail='central midfielder', dob=D(1994, 10, 14), birthplace='Ardmore', finishing=1.0, reg=0.85, number=14,
         joined=D(2017, 7, 1), joined_from='Ardmore Rovers academy', joined_fee='academy', prior_apps=205, prior_goals=21, height=181, foot='right'),
    dict(name='Alasdair Munro', club='low', pos='FW', detail='winger', dob=D(1999, 5, 5), birthplace='Inverness', finishing=1.4, reg=0.88, number=11,
         joined=D(2023, 7, 7), joined_from='Seal Cove United', joined_fee=6000, prior_apps=60, prior_goals=12, height=176, foot='left'),
    dict(name='Rory Nugent', club='rnf', pos='FW', detail='striker', dob=D(1996, 8, 28), birthplace='Sligo', finishing=2.0, reg=0.94, number=9,
         joined=D(2021, 7, 1), joined_from='Kessock Athletic', joined_fee=7500, prior_apps=110, prior_goals=36, height=182, foot='right'),
    dict(name='Hamish Guthrie', club='cap', pos='DF', detail='centre-back', dob=D(1993, 4, 2), birthplace='Aberdeen', finishing=0.6, reg=0.9, number=15,
         joined=D(2020, 1, 14), joined_from='Tarbert Harbour FC', joined_fee=5000, prior_apps=150, prior_goals=8, height=191, foot='right'),
    dict(name='Baptiste Kerhervé', club='kil', pos='MF', detail='central midfielder', dob=D(1997, 11, 11), birthplace='Brest', finishing=1.0, reg=0.9, number=16,
         joined=D(2021, 7, 2), joined_from='AS Mornay', joined_fee='free', prior_apps=112, prior_goals=13, height=180, foot='left'),
    dict(name='Vincent Mazerolle', club=None, pos='GK', detail='goalkeeper', dob=D(1996, 6, 18), birthplace='Saint-Malachie', finishing=0.0, reg=0.96, number=1,
         joined=None, joined_from=None, joined_fee=None, prior_apps=0, prior_goals=0, height=188, foot='right'),
]

# Transfers: (player name, from key or external name, to key or external, date, fee, kind)
# fee: int euros, 'free', 'undisclosed', 'loan'
TRANSFERS = [
    # January 2026 window (pre-cutoff)
    dict(player='Rory Nugent', frm='rnf', to='pce', date=D(2026, 1, 12), fee=30000, kind='permanent'),
    dict(player='Hamish Guthrie', frm='cap', to='dun', date=D(2026, 1, 20), fee='loan', kind='loan', until='end of 2025-26 season'),
    dict(player='Baptiste Kerhervé', frm='kil', to='low', date=D(2026, 1, 9), fee=9000, kind='permanent'),
    # Summer 2026 window (post-cutoff)
    dict(player='Hamish Guthrie', frm='dun', to='cap', date=D(2026, 6, 1), fee='loan return', kind='loan return'),
    dict(player='Théo Arsenault', frm='bsa', to='ard', date=D(2026, 7, 8), fee=68000, kind='permanent'),
    dict(player='Aurélien Thibault', frm='bif', to='wes', date=D(2026, 7, 2), fee=22000, kind='permanent'),
    dict(player='Oisín Flanagan', frm='mil', to='opv', date=D(2026, 7, 10), fee=12000, kind='permanent'),
    dict(player='Félix Comeau', frm='aal', to='gre', date=D(2026, 7, 15), fee='free', kind='permanent'),
    dict(player='Yann Le Gall', frm='pce', to='plf', date=D(2026, 7, 20), fee=120000, kind='permanent'),
    dict(player='Shane Corrigan', frm='ard', to='sal', date=D(2026, 7, 28), fee=18500, kind='permanent'),
    dict(player='Jérémie Vautour', frm='gre', to='cap', date=D(2026, 8, 3), fee=35000, kind='permanent'),
    dict(player='Lewis Tait', frm='low', to='str', date=D(2026, 8, 12), fee='undisclosed', kind='permanent'),
    dict(player='Gaël Prigent', frm='plf', to='pce', date=D(2026, 8, 20), fee=40000, kind='permanent'),
    dict(player='Vincent Mazerolle', frm='Saint-Malachie FC', to='mil', date=D(2026, 7, 6), fee=4500, kind='permanent'),
    dict(player='Dylan Harte', frm='Tarbert Harbour FC', to='fen', date=D(2026, 9, 18), fee='loan', kind='loan', until='31 May 2027',
         registered=D(2026, 9, 24)),
]


class Player:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.slug = slugify(self.name)
        self.stats = defaultdict(lambda: dict(apps=0, starts=0, sub_apps=0, goals=0, pens=0, yellows=0, reds=0, motm=0, mins=0, clean_sheets=0, club_apps=defaultdict(int), club_goals=defaultdict(int)))
        self.events = []  # (season, date, match_id, text)
        self.suspensions = []
        self.transfers = []


class World:
    pass


def build(seed=SEED):
    rng = random.Random(seed)
    W = World()
    W.rng = rng
    W.clubs = CLUBS
    W.club = CLUB
    used_names = set(m['name'] for m in MANAGERS) | set(r[0] for r in REFEREES)
    players = []
    # key players
    for kp in KEY_PLAYERS:
        p = Player(**kp)
        p.origin_club = kp['club']
        players.append(p)
        used_names.add(p.name)
    # fill squads: each club 22 players on 2025-08-01 (2 GK, 7 DF, 7 MF, 6 FW)
    need = {'GK': 2, 'DF': 7, 'MF': 7, 'FW': 6}
    for c in CLUBS:
        have = defaultdict(int)
        nums_used = set()
        for p in players:
            if p.club == c['key']:
                have[p.pos] += 1
                nums_used.add(p.number)
        for pos, n in need.items():
            for i in range(n - have[pos]):
                french = rng.random() < (0.62 if any(x in c['name'] for x in ['AS ', 'US ', 'Olympique', 'Rivière', 'Belle', 'Anse', 'Cap-Rouge', 'Port Celeste', 'Baie']) else 0.3)
                while True:
                    fn = rng.choice(FIRST_FR if french else FIRST_EN)
                    ln = rng.choice(LAST_FR if (french if rng.random() < 0.85 else not french) else LAST_EN)
                    nm = f'{fn} {ln}'
                    if nm not in used_names:
                        break
                used_names.add(nm)
                age = rng.choice([19, 20, 21, 22, 23, 23, 24, 25, 25, 26, 27, 27, 28, 29, 30, 31, 32, 33, 34])
                dob = D(2025 - age, rng.randint(1, 12), rng.randint(1, 28))
                bp = rng.choice(REGION_TOWNS) if rng.random() < 0.72 else rng.choice(OUTSIDE_TOWNS)
                if rng.random() < 0.35:
                    bp = c['town']
                # number
                pool = {'GK': [1, 13, 30, 31, 40], 'DF': [2, 3, 4, 5, 6, 12, 15, 22, 24, 26, 33, 35], 'MF': [6, 8, 10, 14, 16, 17, 18, 20, 21, 23, 25, 28],
                        'FW': [7, 9, 11, 19, 29, 32, 36, 39, 77, 99]}[pos]
                num = next((x for x in pool if x not in nums_used), None)
                if num is None:
                    num = next(x for x in range(34, 60) if x not in nums_used)
                nums_used.add(num)
                fin = {'GK': 0.0, 'DF': rng.uniform(0.3, 0.9), 'MF': rng.uniform(0.6, 1.6), 'FW': rng.uniform(1.0, 2.0)}[pos]
                years_at = min(age - 17, rng.choice([0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 8]))
                jy = 2025 - years_at
                academy = rng.random() < 0.3 and bp == c['town']
                if academy:
                    jfrom, jfee = f"{c['name']} academy", 'academy'
                else:
                    src = rng.choice([x['name'] for x in CLUBS if x['key'] != c['key']] + [d[0] for d in DIV1_OTHERS] + ['Dromore Fishermen FC', 'Quarry Lane FC'])
                    jfrom = src
                    jfee = rng.choice(['free', 'free', 'undisclosed', rng.choice([2500, 3000, 4000, 5000, 6500, 8000, 10000, 12000, 15000])])
                prior_seasons = max(0, age - 19 - rng.randint(0, 3))
                pa = int(prior_seasons * rng.uniform(8, 24)) if age > 19 else rng.randint(0, 6)
                gpa = {'GK': 0, 'DF': 0.04, 'MF': 0.1, 'FW': 0.28}[pos] * rng.uniform(0.5, 1.5)
                p = Player(name=nm, club=c['key'], pos=pos, detail=rng.choice(POS_DETAIL[pos]), dob=dob, birthplace=bp,
                           finishing=fin, reg=rng.uniform(0.35, 0.95) if pos != 'GK' else (0.97 if (i == 0 and have['GK'] == 0) else 0.1),
                           number=num, joined=D(jy, rng.choice([6, 7, 7, 8, 1]), rng.randint(1, 28)), joined_from=jfrom, joined_fee=jfee,
                           prior_apps=pa, prior_goals=int(pa * gpa), height=rng.randint(168, 193) if pos != 'GK' else rng.randint(183, 196),
                           foot=rng.choice(['right', 'right', 'right', 'left', 'left', 'both']))
                p.origin_club = c['key']
                players.append(p)
    # key goalkeeper regularity fix: GK in squad with reg 0.97 might be two; fine
    W.players = players
    W.player = {p.name: p for p in players}
    # promoted clubs' players: Division One stats for 2025-26 (random)
    for p in players:
        p.extra_bio = rng.random()
        p.style_seed = rng.randint(0, 10_000)
        p.caps = rng.choice([0, 0, 0, 0, 0, 1, 2, 3, 4, 6, 9]) if p.prior_apps > 60 else 0
        p.contract = rng.choice([2027, 2027, 2028, 2028, 2029])
        if p.origin_club in ('wes', 'opv'):
            a = rng.randint(6, 30) if p.reg > 0.5 or p.pos != 'GK' else rng.randint(0, 4)
            if p.pos == 'GK' and p.reg < 0.5:
                a = rng.randint(0, 3)
            p.div1_2526 = dict(apps=a, goals=int(a * {'GK': 0, 'DF': 0.05, 'MF': 0.12, 'FW': 0.35}[p.pos] * rng.uniform(0.4, 1.6)))
        else:
            p.div1_2526 = None
    # transfers -> timeline of clubs
    for p in players:
        p.timeline = [(D(2000, 1, 1), p.origin_club)]
    for t in TRANSFERS:
        p = W.player[t['player']]
        to = t['to'] if t['to'] in CLUB else None
        p.timeline.append((t['date'], to))
        p.transfers.append(t)
    # Mazerolle / Harte special: before transfer they are at outside clubs (None)
    W.transfers = TRANSFERS
    # Mazerolle wears 1 at Millbrook after Flanagan leaves; fix numbers after summer moves
    new_numbers = {'Yann Le Gall': 9, 'Théo Arsenault': 20, 'Aurélien Thibault': 9, 'Oisín Flanagan': 1, 'Félix Comeau': 18,
                   'Shane Corrigan': 14, 'Jérémie Vautour': 3, 'Lewis Tait': 7, 'Gaël Prigent': 19, 'Vincent Mazerolle': 1, 'Dylan Harte': 27}
    W.new_numbers = new_numbers
    # resolve conflicts: anybody already wearing those numbers at new club gets a new number from 2026-07-01
    for nm, num in new_numbers.items():
        p = W.player[nm]
        dest = [t for t in p.transfers if t['date'] >= D(2026, 6, 2)]
        if not dest:
            continue
        to = dest[-1]['to']
        for q in players:
            if q is not p and q.origin_club == to and q.number == num and club_of(q, D(2026, 8, 1)) == to:
                q.number_2627 = next(x for x in range(34, 70) if all(getattr(r, 'number_2627', r.number) != x for r in players if club_of(r, D(2026, 8, 1)) == to))
        p.number_2627 = num
    for p in players:
        if not hasattr(p, 'number_2627'):
            p.number_2627 = p.number
    # January 2026 moves: new shirt number at the new club for the rest of 2025-26
    for t in TRANSFERS:
        if D(2026, 1, 1) <= t['date'] <= D(2026, 1, 31):
            p = W.player[t['player']]
            taken = {q.number for q in players if q is not p and club_of(q, t['date']) == t['to']}
            p.number_jan = next(x for x in [21, 22, 23, 24, 25, 26, 28, 30, 33, 35, 36, 37, 38] if x not in taken)
            p.jan_date = t['date']
            if p.name == 'Baptiste Kerhervé':
                p.number_2627 = p.number_jan
    # Etienne Boucher at PLF with #9 and Le Gall arrives with #9: Boucher handled above (gets new number)
    W.players = players
    simulate(W)
    return W


def club_of(p, date):
    c = None
    for d, k in sorted(p.timeline, key=lambda x: x[0]):
        if d <= date:
            c = k
    return c


def registered(p, date):
    for t in p.transfers:
        if t.get('registered') and t['date'] <= date < t['registered']:
            return False
    return True

# --------------------------------------------------------------------------------------
# Schedule
# --------------------------------------------------------------------------------------

def round_robin(teams, rng):
    teams = teams[:]
    rng.shuffle(teams)
    n = len(teams)
    arr = teams[:]
    rounds = []
    for r in range(n - 1):
        rounds.append([(arr[i], arr[n - 1 - i]) for i in range(n // 2)])
        arr = [arr[0]] + [arr[-1]] + arr[1:-1]
    rng.shuffle(rounds)
    homes = defaultdict(int)
    last = {}
    first = []
    for rnd in rounds:
        out = []
        for a, b in rnd:
            # balance: fewer homes first, then whoever was away last time
            ka = (homes[a], 1 if last.get(a) == 'H' else 0, rng.random())
            kb = (homes[b], 1 if last.get(b) == 'H' else 0, rng.random())
            h, aw = (a, b) if ka < kb else (b, a)
            homes[h] += 1
            last[h], last[aw] = 'H', 'A'
            out.append((h, aw))
        first.append(out)
    second = [[(b, a) for a, b in rnd] for rnd in first]
    rng.shuffle(second)
    return first + second


def saturdays(start, end, skip):
    out = []
    d = start
    while d <= end:
        if d not in skip:
            out.append(d)
        d += dt.timedelta(days=7)
    return out

SKIP_2526 = {D(2025, 9, 20), D(2025, 10, 11), D(2025, 11, 22), D(2025, 12, 20), D(2025, 12, 27), D(2026, 1, 3),
             D(2026, 2, 14), D(2026, 3, 14), D(2026, 4, 4), D(2026, 4, 25)}

# --------------------------------------------------------------------------------------
# Simulation
# --------------------------------------------------------------------------------------

def poisson(rng, lam):
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def simulate(W):
    rng = random.Random(SIM_SEED)
    W.matches = []
    W.seasons = {}
    W.suspension_log = []
    dates_2526 = saturdays(D(2025, 8, 9), D(2026, 5, 9), SKIP_2526)
    assert len(dates_2526) == 30, len(dates_2526)
    dates_2627 = saturdays(D(2026, 8, 8), D(2026, 11, 14), set())
    assert len(dates_2627) == 15
    W.next_gw_date = D(2026, 11, 21)
    for season, teams, dates, played_gws in [('2025-26', PREM_2526, dates_2526, 30), ('2026-27', PREM_2627, dates_2627, 15)]:
        sched = round_robin(teams, rng)
        W.seasons[season] = dict(teams=teams, schedule=sched, dates=dates, played=played_gws)
        susp = defaultdict(int)   # player -> matches remaining
        yellow_count = defaultdict(int)
        threshold = 5 if season == '2025-26' else 6
        max_subs = 3 if season == '2025-26' else 5
        bench_size = 5 if season == '2025-26' else 7
        ref_rot = list(range(len(REFEREES)))
        for gw in range(1, played_gws + 1):
            date = dates[gw - 1]
            rng.shuffle(ref_rot)
            for mi, (h, a) in enumerate(sched[gw - 1]):
                m = dict(season=season, gw=gw, date=date, home=h, away=a, referee=REFEREES[ref_rot[mi]][0])
                # storm postponement
                if season == '2025-26' and date == D(2026, 2, 7) and mi == 0:
                    m['postponed_from'] = date
                    m['date'] = D(2026, 2, 25)
                    m['postponed_reason'] = 'Storm Bríd'
                play_match(W, m, rng, susp, yellow_count, threshold, max_subs, bench_size)
                W.matches.append(m)
    # ids
    for m in W.matches:
        m['id'] = f"{m['season']}-gw{m['gw']:02d}-{CLUB[m['home']]['slug']}-v-{CLUB[m['away']]['slug']}"
        m['slug'] = f"match-{m['id']}"
    compute_tables(W)
    cups(W)


def strength(key, season, date, gw):
    s = CLUB[key]['strength']
    if key == 'sal' and season == '2026-27':
        s = 0.70 if date <= D(2026, 10, 5) else 1.05
    if key == 'plf' and season == '2026-27':
        s = 1.40
    if key == 'pce' and season == '2026-27':
        s = 1.08
    if key == 'ard' and season == '2026-27':
        s = 1.32
    return s


FORCED = {
    # (season, date, club): overrides
    ('2026-27', D(2026, 9, 19), 'fen'): dict(play=['Dylan Harte'], score_for=2, score_against=1),
    ('2026-27', D(2026, 10, 17), 'kil'): dict(play=['Ronan Mulcahy'], red=('Ronan Mulcahy', 63, 'violent conduct'), no_other_red=True),
    ('2026-27', D(2026, 10, 3), 'sal'): dict(score_for=0, score_against=3),
}
LONG_BANS = {('Ronan Mulcahy', D(2026, 10, 17)): 6}


def pick_lineup(W, key, date, season, rng, susp, bench_size, forced_play):
    squad = [p for p in W.players if club_of(p, date) == key and susp[p.name] == 0 and registered(p, date)]
    if forced_play:
        for nm in forced_play:
            p = W.player[nm]
            if p not in squad:
                squad.append(p)   # ineligible player fielded anyway
    form = CLUB[key]['formation']
    need = {'4-4-2': {'GK': 1, 'DF': 4, 'MF': 4, 'FW': 2}, '4-3-3': {'GK': 1, 'DF': 4, 'MF': 3, 'FW': 3}}[form]
    xi = []
    for pos, n in need.items():
        pool = [p for p in squad if p.pos == pos]
        forced_here = [p for p in pool if forced_play and p.name in forced_play]
        chosen = forced_here[:]
        rest = [p for p in pool if p not in chosen]
        while len(chosen) < n and rest:
            ws = [max(0.02, p.reg) ** 4 * (8 if p.reg >= 0.9 else 1) for p in rest]
            p = rng.choices(rest, ws)[0]
            chosen.append(p)
            rest.remove(p)
        # if short, borrow from other positions
        xi += chosen
    while len(xi) < 11:
        rest = [p for p in squad if p not in xi and p.pos != 'GK']
        xi.append(rng.choice(rest))
    rest = [p for p in squad if p not in xi]
    bench = []
    gks = [p for p in rest if p.pos == 'GK']
    if gks:
        bench.append(gks[0])
    outf = [p for p in rest if p.pos != 'GK']
    rng.shuffle(outf)
    outf.sort(key=lambda p: -p.reg + rng.uniform(-0.3, 0.3))
    bench += outf[:bench_size - len(bench)]
    return xi, bench


def play_match(W, m, rng, susp, yellow_count, threshold, max_subs, bench_size):
    season, date = m['season'], m['date']
    sides = {}
    for side in ('home', 'away'):
        key = m[side]
        f = FORCED.get((season, date, key), {})
        xi, bench = pick_lineup(W, key, date, season, rng, susp, bench_size, f.get('play'))
        sides[side] = dict(key=key, xi=xi, bench=bench, forced=f)
    # subs
    for side in sides.values():
        nsubs = min(len(side['bench']) - 1, rng.choice([max_subs, max_subs, max_subs - 1, max_subs - 2]) if max_subs > 3 else rng.choice([3, 3, 3, 2, 1]))
        outfield_bench = [p for p in side['bench'] if p.pos != 'GK']
        subs = []
        offs = [p for p in side['xi'] if p.pos != 'GK']
        rng.shuffle(offs)
        ins = outfield_bench[:]
        for i in range(max(0, nsubs)):
            if not ins or not offs:
                break
            pin = ins.pop(0)
            same = [p for p in offs if p.pos == pin.pos] or offs
            pout = same[0]
            offs.remove(pout)
            subs.append(dict(on=pin, off=pout, minute=rng.randint(46, 88)))
        subs.sort(key=lambda s: s['minute'])
        side['subs'] = subs
    # goals
    sh, sa = strength(m['home'], season, date, m['gw']), strength(m['away'], season, date, m['gw'])
    lam_h = 1.47 * (sh / sa) ** 1.3
    lam_a = 1.13 * (sa / sh) ** 1.3
    gh, ga = min(7, poisson(rng, lam_h)), min(6, poisson(rng, lam_a))
    fh, fa = sides['home']['forced'], sides['away']['forced']
    if 'score_for' in fh:
        gh, ga = fh['score_for'], fh['score_against']
    if 'score_for' in fa:
        ga, gh = fa['score_for'], fa['score_against']
    m['hg'], m['ag'] = gh, ga

    def on_pitch(side, minute):
        s = sides[side]
        out = set(x['off'].name for x in s['subs'] if x['minute'] <= minute)
        inn = [x['on'] for x in s['subs'] if x['minute'] <= minute]
        sent = set(c['player'].name for c in m.get('cards', []) if c['side'] == side and c['colour'] == 'red' and c['minute'] < minute)
        return [p for p in s['xi'] + inn if p.name not in out and p.name not in sent]

    m['cards'] = []
    # cards first (to allow sending-offs to affect scorers roughly)
    for side in ('home', 'away'):
        f = sides[side]['forced']
        ny = poisson(rng, 1.7)
        for _ in range(ny):
            minute = rng.randint(5, 90)
            cands = [p for p in on_pitch(side, minute) if p.pos != 'GK' or rng.random() < 0.05]
            p = rng.choice(cands)
            if any(c['player'] is p and c['colour'] == 'yellow' for c in m['cards']):
                continue
            m['cards'].append(dict(side=side, player=p, minute=minute, colour='yellow', reason=rng.choice(['foul', 'foul', 'foul', 'dissent', 'time-wasting', 'unsporting behaviour', 'tactical foul'])))
        if f.get('red'):
            nm, minute, why = f['red']
            m['cards'].append(dict(side=side, player=W.player[nm], minute=minute, colour='red', reason=why))
        elif rng.random() < 0.07 and not f.get('no_other_red'):
            kind = rng.choices(['second yellow', 'serious foul play', 'denying an obvious goal-scoring opportunity', 'violent conduct'], [45, 25, 20, 10])[0]
            if kind == 'second yellow':
                ys = [c for c in m['cards'] if c['side'] == side and c['colour'] == 'yellow' and c['minute'] < 80]
                if ys:
                    c0 = ys[0]
                    minute = rng.randint(c0['minute'] + 3, 90)
                    if c0['player'] in on_pitch(side, minute):
                        m['cards'].append(dict(side=side, player=c0['player'], minute=minute, colour='red', reason='second yellow'))
            else:
                minute = rng.randint(20, 89)
                cands = [p for p in on_pitch(side, minute) if p.pos in ('DF', 'MF')]
                if cands:
                    p = rng.choice(cands)
                    m['cards'].append(dict(side=side, player=p, minute=minute, colour='red', reason=kind))
    # drop yellows after a red for same player or after he was subbed off
    cleaned = []
    for c in sorted(m['cards'], key=lambda c: c['minute']):
        if c['player'] in on_pitch(c['side'], c['minute']) or c['colour'] == 'red':
            cleaned.append(c)
    m['cards'] = cleaned
    # goals
    m['goals'] = []
    used_minutes = set()
    for side, n in (('home', gh), ('away', ga)):
        other = 'away' if side == 'home' else 'home'
        for _ in range(n):
            while True:
                minute = rng.randint(1, 94)
                if minute not in used_minutes:
                    break
            used_minutes.add(minute)
            label = str(minute) if minute <= 90 else f'90+{minute - 90}'
            minute_c = min(minute, 90)
            if rng.random() < 0.03:
                cands = [p for p in on_pitch(other, minute_c) if p.pos in ('DF', 'GK', 'MF')]
                p = rng.choice(cands)
                m['goals'].append(dict(side=side, player=p, minute=minute, label=label, kind='og'))
                continue
            cands = on_pitch(side, minute_c)
            ws = [p.finishing ** 1.8 + 0.01 for p in cands]
            p = rng.choices(cands, ws)[0]
            kind = 'pen' if rng.random() < 0.09 else rng.choice(['open', 'open', 'open', 'header', 'open', 'free-kick' if rng.random() < 0.3 else 'open'])
            m['goals'].append(dict(side=side, player=p, minute=minute, label=label, kind=kind))
    m['goals'].sort(key=lambda g: g['minute'])
    # lineups record
    for side in ('home', 'away'):
        s = sides[side]
        m[side + '_xi'] = s['xi']
        m[side + '_bench'] = s['bench']
        m[side + '_subs'] = s['subs']
    # attendance
    hk = m['home']
    cap = capacity_at(hk, date)
    base = cap * CLUB[hk]['pop'] * rng.uniform(0.78, 1.12)
    if derby(m['home'], m['away']):
        base *= 1.25
    if date.month in (12, 1, 2):
        base *= 0.92
    att = int(min(cap, base))
    if (hk == 'ard' and date == first_home_on_or_after(W, 'ard', D(2026, 8, 29), m)):
        att = 4012
    m['attendance'] = att
    m['capacity_on_day'] = cap
    # MOTM
    cands = m['home_xi'] + m['away_xi']
    winner = 'home' if gh > ga else ('away' if ga > gh else None)
    ws = []
    for p in cands:
        side = 'home' if p in m['home_xi'] else 'away'
        w = 1.0 + 3.0 * sum(1 for g in m['goals'] if g['player'] is p and g['kind'] != 'og' and g['side'] == side)
        if winner == side:
            w *= 2.2
        if p.pos == 'GK' and ((side == 'home' and ga == 0) or (side == 'away' and gh == 0)):
            w *= 3
        if any(c['player'] is p and c['colour'] == 'red' for c in m['cards']):
            w = 0.001
        if any(x['off'] is p and x['minute'] < 75 for x in sides[side]['subs']):
            w *= 0.05
        ws.append(w)
    m['motm'] = rng.choices(cands, ws)[0]
    # stats
    for side in ('home', 'away'):
        key = m[side]
        s = sides[side]
        conceded = ga if side == 'home' else gh
        for p in s['xi']:
            st = p.stats[season]
            st['apps'] += 1
            st['starts'] += 1
            st['club_apps'][key] += 1
            if p.pos == 'GK' and conceded == 0:
                st['clean_sheets'] += 1
        for sb in s['subs']:
            st = sb['on'].stats[season]
            st['apps'] += 1
            st['sub_apps'] += 1
            st['club_apps'][key] += 1
    for g in m['goals']:
        if g['kind'] == 'og':
            continue
        st = g['player'].stats[season]
        st['goals'] += 1
        st['club_goals'][m[g['side']]] += 1
        if g['kind'] == 'pen':
            st['pens'] += 1
    m['motm'].stats[season]['motm'] += 1
    # suspensions: decrement for players of both clubs who were suspended
    for side in ('home', 'away'):
        key = m[side]
        for p in W.players:
            if club_of(p, date) == key and susp[p.name] > 0:
                susp[p.name] -= 1
    # new cards -> suspensions
    for c in m['cards']:
        p = c['player']
        st = p.stats[season]
        if c['colour'] == 'yellow':
            # a yellow that became a second-yellow red still counts as a caution? keep simple: counts
            st['yellows'] += 1
            yellow_count[p.name] += 1
            if yellow_count[p.name] == threshold:
                susp[p.name] += 1
                W.suspension_log.append(dict(season=season, player=p, date=date, match=m, kind='accumulation', games=1, threshold=threshold))
        else:
            st['reds'] += 1
            games = {'second yellow': 1, 'denying an obvious goal-scoring opportunity': 1, 'serious foul play': 3, 'violent conduct': 3}[c['reason']]
            games = LONG_BANS.get((p.name, date), games)
            susp[p.name] += games
            W.suspension_log.append(dict(season=season, player=p, date=date, match=m, kind='red', reason=c['reason'], games=games, minute=c['minute'], side=c['side']))
    m['result'] = 'H' if gh > ga else ('A' if ga > gh else 'D')


_first_home_cache = {}


def first_home_on_or_after(W, key, d, current):
    # first home league match for `key` on or after d, in chronological order of simulation
    ck = (key, d)
    if ck in _first_home_cache:
        return _first_home_cache[ck]
    if current['home'] == key and current['date'] >= d:
        _first_home_cache[ck] = current['date']
        return current['date']
    return None


DERBIES = [('plf', 'pce', 'Port Derby (Derby des Ports)'), ('ard', 'gre', 'North Shore Derby'), ('sal', 'fen', 'Marsh Derby'),
           ('bsa', 'cap', 'Derby de la Baie'), ('kil', 'dun', 'Headland Derby'), ('str', 'rnf', 'Derby du Sud'),
           ('low', 'wes', 'Bay Derby'), ('mil', 'fen', 'Mill Derby')]


def derby(a, b):
    for x, y, n in DERBIES:
        if {a, b} == {x, y}:
            return n
    return None


DEDUCTIONS = [dict(club='fen', season='2026-27', points=3, date=D(2026, 10, 21))]


def table(W, season, upto_gw=None, upto_date=None):
    teams = W.seasons[season]['teams']
    T = {k: dict(key=k, P=0, W=0, D=0, L=0, GF=0, GA=0, Pts=0, form=[], ded=0) for k in teams}
    ms = [m for m in W.matches if m['season'] == season and (upto_gw is None or m['gw'] <= upto_gw)
          and (upto_date is None or m['date'] <= upto_date)]
    ms.sort(key=lambda m: m['date'])
    for m in ms:
        h, a = T[m['home']], T[m['away']]
        h['P'] += 1; a['P'] += 1
        h['GF'] += m['hg']; h['GA'] += m['ag']; a['GF'] += m['ag']; a['GA'] += m['hg']
        if m['hg'] > m['ag']:
            h['W'] += 1; a['L'] += 1; h['Pts'] += 3; h['form'].append('W'); a['form'].append('L')
        elif m['hg'] < m['ag']:
            a['W'] += 1; h['L'] += 1; a['Pts'] += 3; a['form'].append('W'); h['form'].append('L')
        else:
            h['D'] += 1; a['D'] += 1; h['Pts'] += 1; a['Pts'] += 1; h['form'].append('D'); a['form'].append('D')
    last_date = max([m['date'] for m in ms], default=None)
    ref = upto_date or last_date
    for d in DEDUCTIONS:
        if d['season'] == season and ref and ref >= d['date']:
            T[d['club']]['Pts'] -= d['points']
            T[d['club']]['ded'] += d['points']
    rows = sorted(T.values(), key=lambda r: (-r['Pts'], -(r['GF'] - r['GA']), -r['GF'], CLUB[r['key']]['name']))
    for i, r in enumerate(rows):
        r['pos'] = i + 1
        r['GD'] = r['GF'] - r['GA']
    return rows


def compute_tables(W):
    W.final_2526 = table(W, '2025-26')
    W.current = table(W, '2026-27')


def cups(W):
    """Harbour Cup (Coupe du Havre)."""
    rng = random.Random(SEED + 99)
    W.cup = {}
    div1_2526 = [d[0] for d in DIV1_OTHERS] + ['Westcliff Wanderers', 'Olympique Pointe-Verte']
    div1_2627 = [d[0] for d in DIV1_OTHERS] + ['Belle-Isle FC', 'Anse-aux-Loups AC']

    def st(name, season):
        for c in CLUBS:
            if c['name'] == name:
                prem = W.seasons[season]['teams']
                return c['strength'] if c['key'] in prem else 0.72
        if name in AMATEURS_2526 + AMATEURS_2627:
            return 0.45
        return 0.62

    for season, prem, div1, amat, rounds in [
        ('2025-26', PREM_2526, div1_2526, AMATEURS_2526,
         [('First Round', D(2025, 9, 17)), ('Round of 16', D(2025, 11, 12)), ('Quarter-finals', D(2026, 2, 18)), ('Semi-finals', D(2026, 4, 15)), ('Final', D(2026, 5, 16))]),
        ('2026-27', PREM_2627, div1_2627, AMATEURS_2627,
         [('First Round', D(2026, 9, 16)), ('Round of 16', D(2026, 11, 11))]),
    ]:
        entrants = [CLUB[k]['name'] for k in prem] + div1 + amat
        assert len(entrants) == 32
        alive = entrants[:]
        res = []
        for rname, rdate in rounds:
            rng.shuffle(alive)
            ties = []
            nxt = []
            for i in range(0, len(alive), 2):
                h, a = alive[i], alive[i + 1]
                # lower-tier team at home if drawn against higher (tradition) in early rounds
                if rname in ('First Round', 'Round of 16') and st(h, season) > st(a, season) + 0.2:
                    h, a = a, h
                neutral = rname == 'Final'
                sh, sa = st(h, season), st(a, season)
                gh = poisson(rng, 1.3 * (sh / sa) ** 1.4)
                ga = poisson(rng, 1.1 * (sa / sh) ** 1.4)
                tie = dict(home=h, away=a, hg=gh, ag=ga, aet=False, pens=None)
                if gh == ga:
                    extra_time = season == '2025-26' or rname in ('Semi-finals', 'Final')
                    if extra_time:
                        tie['aet'] = True
                        eh, ea = poisson(rng, 0.3 * sh / sa), poisson(rng, 0.3 * sa / sh)
                        tie['hg'] += eh; tie['ag'] += ea
                    if tie['hg'] == tie['ag']:
                        ph = rng.randint(3, 5); pa = ph
                        while pa == ph:
                            pa = rng.randint(2, 5)
                        if rng.random() < 0.2:
                            ph, pa = 5 + rng.randint(1, 3), 5 + rng.randint(0, 2)
                            if ph == pa:
                                ph += 1
                        tie['pens'] = (ph, pa)
                w = h if (tie['hg'] > tie['ag'] or (tie['pens'] and tie['pens'][0] > tie['pens'][1])) else a
                tie['winner'] = w
                tie['venue'] = 'Harbourside Stadium (neutral)' if neutral else venue_of(h)
                ties.append(tie)
                nxt.append(w)
            res.append(dict(round=rname, date=rdate, ties=ties))
            alive = nxt
        W.cup[season] = res


def venue_of(name):
    for c in CLUBS:
        if c['name'] == name:
            return c['stadium']
    for d in DIV1_OTHERS:
        if d[0] == name:
            return d[3]
    return f'{name} ground'


if __name__ == '__main__':
    W = build()
    print('2025-26 final table')
    for r in W.final_2526:
        print(r['pos'], CLUB[r['key']]['name'], r['P'], r['W'], r['D'], r['L'], r['GF'], r['GA'], r['Pts'])
    print('2026-27 current')
    for r in W.current:
        print(r['pos'], CLUB[r['key']]['name'], r['P'], r['W'], r['D'], r['L'], r['GF'], r['GA'], r['Pts'], r['ded'])
    for s in ('2025-26', '2026-27'):
        top = sorted(W.players, key=lambda p: -p.stats[s]['goals'])[:8]
        print(s, [(p.name, p.stats[s]['goals'], p.stats[s]['apps']) for p in top])
    for s in W.cup:
        for r in W.cup[s]:
            print(s, r['round'], [(t['home'], t['hg'], t['ag'], t['away'], t['pens']) for t in r['ties']] if r['round'] in ('Semi-finals', 'Final', 'Quarter-finals') else len(r['ties']))
    print(len(W.players), len(W.matches), len(W.suspension_log))

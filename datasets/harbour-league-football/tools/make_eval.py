"""Build eval/routing.jsonl, eval/qa.jsonl and tools/label-notes.md.

Each rag/both item lists the corpus file(s) that answer it and the fact string(s) that must occur there;
the script checks every fact with a plain substring search before writing anything.
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
C = os.path.join(ROOT, 'corpus')

# (query, route, [(file, fact), ...])
ROUTING = [
    # ---------------- RAG: plain factual questions ----------------
    ("whats the capacity at ardmore park now?", 'rag', [('stadium-ardmore-park.md', '4,050')]),
    ("who's managing Saltmarsh these days", 'rag', [('club-saltmarsh-athletic.md', 'Mireille Castonguay')]),
    ("How much did Greyhaven pay Ardmore for Ciarán Duffy back in 2024?", 'rag', [('notice-2026-07-20-record-transfer-yann-le-gall.md', '€75,000')]),
    ("how many subs r teams allowed this season", 'rag', [('regulations-05-matchday-squads-and-substitutions.md', 'five substitutions')]),
    ("Mulcahy ban — when is he actually available again?", 'rag', [('ruling-2026-10-22-ronan-mulcahy-suspension.md', '5 December 2026')]),
    ("who knocked PLF out of the cup this season??", 'rag', [('cup-harbour-cup-2026-27-first-round.md', 'Saint-Malachie FC won 5-2 on penalties')]),
    ("port derby h2h all time - how many wins each?", 'rag', [('derby-port-derby.md', '| 61 | 25 | 39 |')]),
    ("Who reffed Ardmore v Kilbride on 17 Oct (the Mulcahy red card game)?", 'rag', [('match-2026-27-gw11-ardmore-rovers-v-kilbride-quay-fc.md', 'Thierry Maillet')]),
    ("crowd figure for PLF 4-0 Westcliff, gw13?", 'rag', [('match-2026-27-gw13-port-lachance-fc-v-westcliff-wanderers.md', '4,150')]),
    ("C'est qui qui a remplacé Marc Hébert à Rivière-Noire ?", 'rag', [('notice-2025-12-11-riviere-noire-fc-appoint-sebastien-doucet.md', 'Sébastien Doucet')]),
    ("How many points are Fenwick on now, after the deduction?", 'rag', [('table-2026-27-current.md', '| 8 | Fenwick Town* | 15 | 6 | 4 | 5 | 16 | 16 | +0 | 19 |')]),
    ("Who got Referee of the Season for 2025-26?", 'rag', [('awards-2025-26.md', 'Claire Duguay')]),
    ("who's top after gw15 and on how many pts", 'rag', [('table-2026-27-current.md', '| 1 | Greyhaven United | 15 | 11 | 1 | 3 | 28 | 13 | +15 | 34 |')]),
    ("what time is PLF v Ardmore kicking off this saturday", 'rag', [('notice-2026-11-16-fixtures-to-the-winter-break.md', '17:30 (live on Marée TV)')]),
    ("Which company is the league's title sponsor right now?", 'rag', [('sponsors-and-partners.md', 'Cap-Rouge Energy')]),
    ("how many yellows before you get banned this season", 'rag', [('regulations-07-discipline-and-suspensions.md', '**six** cautions')]),
    ("Where was Ciarán Duffy born?", 'rag', [('player-ciaran-duffy.md', 'Galway, Ireland')]),
    ("motm in greyhaven 2-3 westcliff?", 'rag', [('match-2026-27-gw15-greyhaven-united-v-westcliff-wanderers.md', 'Connor Tobin')]),
    ("When is the Harbour Cup quarter-final draw?", 'rag', [('harbour-cup-2026-27-overview.md', 'Tuesday 1 December 2026')]),
    ("which two clubs went down at the end of last season", 'rag', [('promotion-relegation-2025-26.md', 'Belle-Isle FC'), ('promotion-relegation-2025-26.md', 'Anse-aux-Loups AC')]),
    ("how much did Millbrook pay for Vincent Mazerolle", 'rag', [('transfer-window-summer-2026.md', '€4,500')]),
    ("who is the league CEO now", 'rag', [('league-board-and-executive.md', 'Owen Tremblay (from 1 September 2026)')]),
    ("max price for an adult ticket in 2026-27?", 'rag', [('ticketing-policy-2026-27.md', '| Adult | €13 | €15 |')]),
    ("the Storm Bríd game Lowther v Saltmarsh, when did it finally get played", 'rag', [('notice-2026-02-06-storm-brid-postponement.md', '25 February 2026')]),
    ("who won player of the month for october 2026", 'rag', [('award-player-of-the-month-2026-10.md', 'Théo Arsenault')]),
    ("what shirt number is Étienne Boucher wearing now", 'rag', [('player-etienne-boucher.md', '| Squad number | 34 |')]),
    ("when are the cup semis this season", 'rag', [('harbour-cup-2026-27-overview.md', 'Wednesday 14 April 2027')]),
    ("What's the minimum capacity a Premier Division ground needs?", 'rag', [('regulations-08-grounds-and-capacity.md', 'at least **1,500**')]),
    ("where and when is the 2027 Harbour Cup final", 'rag', [('harbour-cup-2026-27-overview.md', 'Saturday 15 May 2027, Harbourside Stadium')]),
    ("who scored for Fenwick at Westcliff in gw14", 'rag', [('match-2026-27-gw14-westcliff-wanderers-v-fenwick-town.md', "86' Dylan Harte")]),

    # ---------------- BOTH: learned task + fact only in the corpus ----------------
    ("FT post for BSA v Saint-Roch last weekend pls, with the score + scorer", 'both', [('match-2026-27-gw15-as-baie-sainte-anne-v-us-saint-roch.md', "62' Loïc Savoie")]),
    ("fais-moi un post pour le transfert de Yann Le Gall au Port-Lachance FC, avec le montant", 'both', [('notice-2026-07-20-record-transfer-yann-le-gall.md', '€120,000')]),
    ("Programme profile blurb for Kieran Walsh please — include where he was born and how many clean sheets he kept last season", 'both', [('player-kieran-walsh.md', 'Ardmore, Harbour Coast'), ('player-kieran-walsh.md', 'kept 16 clean sheets')]),
    ("Press release in our standard format on the Ardmore Park East Stand opening. Needs the new capacity and the crowd at the first game in front of it.", 'both', [('notice-2026-08-29-ardmore-park-east-stand-opens.md', '4,050'), ('notice-2026-08-29-ardmore-park-east-stand-opens.md', '4,012')]),
    ("motm post for kilbride 3-1 plf (gw14)", 'both', [('match-2026-27-gw14-kilbride-quay-fc-v-port-lachance-fc.md', 'Ross Redmond')]),
    ("matchday post for PLF v Ardmore on saturday — put the KO time and the ground in", 'both', [('notice-2026-11-16-fixtures-to-the-winter-break.md', '17:30'), ('stadium-harbourside-stadium.md', 'Harbourside Stadium')]),
    ("Can you do the usual FT match report for Lowther Bay 3-4 Kilbride (gw13)? I don't have the scorers or the crowd figure to hand", 'both', [('match-2026-27-gw13-lowther-bay-albion-v-kilbride-quay-fc.md', '1,375'), ('match-2026-27-gw13-lowther-bay-albion-v-kilbride-quay-fc.md', "83' Jean-Philippe Thériot")]),
    ("social post on Mulcahy's suspension, say how many games he got", 'both', [('ruling-2026-10-22-ronan-mulcahy-suspension.md', 'six Premier Division matches')]),
    ("news post: fenwick points deduction. mention how many pts and which player it was over", 'both', [('ruling-2026-10-21-fenwick-town-points-deduction.md', 'deducted three Premier Division points'), ('ruling-2026-10-21-fenwick-town-points-deduction.md', 'Dylan Harte')]),
    ("Write a press release welcoming Mireille Castonguay to Saltmarsh. Include what she did before and how long her contract is.", 'both', [('notice-2026-10-19-saltmarsh-athletic-appoint-mireille-castonguay.md', 'contract until June 2028'), ('notice-2026-10-19-saltmarsh-athletic-appoint-mireille-castonguay.md', 'head coach of the Harbour Coast regional women\'s team')]),
    ("profile blurb for Théo Arsenault: add the fee Ardmore paid and the award he won last season", 'both', [('transfer-window-summer-2026.md', '€68,000'), ('awards-2025-26.md', 'Young Player of the Season | Théo Arsenault')]),
    ("transfer post for Gaël Prigent going back to Port Celeste, fee included", 'both', [('transfer-window-summer-2026.md', '| 20 August 2026 | Gaël Prigent (forward) | Port-Lachance FC | Port Celeste FC | €40,000 |')]),
    ("FT tweet for last May's cup final, need score + who scored", 'both', [('cup-harbour-cup-2025-26-final.md', "Rory Nugent 6'")]),
    ("Lighthouse Shield 2026 result post w/ scorers, bilingual as usual", 'both', [('lighthouse-shield-2026.md', 'Port Celeste FC 1-2 Ardmore Rovers'), ('lighthouse-shield-2026.md', "71' | Mathis Doiron")]),
    ("Need a press release about the new title sponsor — how long is the deal?", 'both', [('notice-2026-07-01-new-title-sponsor-cap-rouge-energy.md', 'four-year title-sponsorship agreement')]),
    ("social post about the Stade du Quai capacity change — old number and new number pls", 'both', [('notice-2026-09-10-stade-du-quai-capacity-reduced.md', 'reduced capacity of **3,800** (previously **4,400**)')]),
    ("write the report for ardmore 1-0 plf (gw12) — scorer, crowd, ref, motm all needed", 'both', [('match-2026-27-gw12-ardmore-rovers-v-port-lachance-fc.md', "2' Théo Arsenault"), ('match-2026-27-gw12-ardmore-rovers-v-port-lachance-fc.md', '3,536'), ('match-2026-27-gw12-ardmore-rovers-v-port-lachance-fc.md', 'Derek Vance')]),
    ("Player blurb for Dylan Harte. Who's he on loan from, and how many goals has he got this season?", 'both', [('player-dylan-harte.md', 'on loan from Tarbert Harbour FC'), ('player-dylan-harte.md', '| 2026-27 | Fenwick Town | Premier Division | 9 (6) | 3 |')]),
    ("quick news post: Owen Tremblay starts as chief exec — mention who he's taking over from", 'both', [('notice-2026-09-01-owen-tremblay-becomes-chief-executive.md', 'Hélène Marchand')]),
    ("pre-match post for Dunmore Head v Kilbride this weekend, ground name in it, and flag that Mulcahy is still serving his ban", 'both', [('roundup-2026-27-gw15.md', 'Dunmore Head AFC v Kilbride Quay FC (Headland Ground)'), ('ruling-2026-10-22-ronan-mulcahy-suspension.md', 'Dunmore Head AFC v Kilbride Quay FC — 21 November 2026')]),
    ("Press release on the 2026-27 rule changes (subs, squad size, yellow cards) with the official numbers", 'both', [('notice-2026-07-15-rule-changes-for-2026-27.md', '| Substitutions per match | 3 | 5 | 5.2 |'), ('notice-2026-07-15-rule-changes-for-2026-27.md', '| Yellow cards for a one-match ban | 5 (second ban at 10) | 6 (second ban at 11) | 7.4 |')]),
    ("FT post Fenwick 2-0 Port Celeste gw15 — who got the goals?", 'both', [('match-2026-27-gw15-fenwick-town-v-port-celeste-fc.md', "6' Jamie Kavanagh"), ('match-2026-27-gw15-fenwick-town-v-port-celeste-fc.md', "47' Padraig Quéméner")]),
    ("player profile for Ciarán Duffy for the website, with his league goals this season and last", 'both', [('player-ciaran-duffy.md', '| 2026-27 | Greyhaven United | Premier Division | 15 (0) | 7 |'), ('player-ciaran-duffy.md', '| 2025-26 | Greyhaven United | Premier Division | 30 (1) | 14 |')]),
    ("MOTM graphic caption for Saltmarsh's win at Lowther Bay on the 14th", 'both', [('match-2026-27-gw15-lowther-bay-albion-v-saltmarsh-athletic.md', 'Shane Corrigan')]),
    ("Press release: Saltmarsh part company with Declan Furey. Include his league record this season and when he was appointed.", 'both', [('manager-declan-furey.md', '| 2026-27 | 9 | 1 | 1 | 7 |'), ('manager-declan-furey.md', '14 June 2022')]),
    ("post pour le triplé de Le Gall à Rivière-Noire le jour du titre — c'était quoi le score final déjà ?", 'both', [('match-2025-26-gw29-riviere-noire-fc-v-port-celeste-fc.md', 'Rivière-Noire FC 1-5 Port Celeste FC')]),
    ("match report for the title clincher, RNF v Port Celeste on 2 May — with attendance and ref", 'both', [('match-2025-26-gw29-riviere-noire-fc-v-port-celeste-fc.md', '1,301'), ('match-2025-26-gw29-riviere-noire-fc-v-port-celeste-fc.md', 'Grant Ellery')]),
    ("transfer post: Aurélien Thibault to Westcliff. which club did he come from + fee?", 'both', [('transfer-window-summer-2026.md', '| 2 July 2026 | Aurélien Thibault (forward) | Belle-Isle FC | Westcliff Wanderers | €22,000 |')]),
    ("profile blurb for Yann Le Gall — mention the record fee and his Golden Boot total", 'both', [('player-yann-le-gall.md', '€120,000'), ('player-yann-le-gall.md', 'Golden Boot: 2025-26 (23 goals)')]),
    ("press release — Fenwick's appeal got thrown out. include the date of the original decision and the fine", 'both', [('notice-2026-11-11-fenwick-town-appeal-dismissed.md', '21 October 2026'), ('notice-2026-11-11-fenwick-town-appeal-dismissed.md', '€2,000')]),

    # ---------------- TUNED: learned task, everything given ----------------
    ("FT post: Port Celeste 2-1 US Saint-Roch, Harbour League gw16. Goals Nugent 23', Doherty 80' for PCE, Tierney 55' for Saint-Roch.", 'tuned', []),
    ("fais-moi un post pour le match de samedi : Millbrook Harriers – Saltmarsh Athletic, 15h00 à Brookside, J16 de la Harbour League", 'tuned', []),
    ("Profile blurb for the programme:\n- Noah Breen, 19, left-back, Westcliff Wanderers, #33\n- born Westcliff, came through the academy, first-team debut Oct 2026\n- 2026-27: 3 apps, 0 goals\n- quick, loves to overlap", 'tuned', []),
    ("Press release pls. Kilbride Quay FC, Kilbride Quay, 20 November 2026: new shirt sponsor Dockside Marine, 3-year deal from 1 Dec 2026. Quote from chairman Des Fogarty: \"Dockside have backed this town for 40 years.\" Contact: media@kilbridequayfc.example", 'tuned', []),
    ("ft report pls — Dunmore Head 0-2 Kilbride, HL gw16, 21 Nov, Headland Ground. goals: Thériot 34', Lindsay 77' (both Kilbride). att 1,340, ref Sylvie Cyr, motm Dara Doherty", 'tuned', []),
    ("MOTM post: Mathis Robichaud (Cap-Rouge Sporting) — 2 goals and an assist in the pre-season friendly Cap-Rouge Sporting 3-0 Gullrock Town.", 'tuned', []),
    ("Transfer post — Greyhaven United have signed 20-year-old striker Jordan Kealy from Gullrock Town, fee €9,000. Harbour League.", 'tuned', []),
    ("Can you write up a press release: Harbour League charity match 'Coast v Country' at Harbourside Stadium on Sunday 27 December 2026, 13:00, all proceeds to the Lifeboat Fund, tickets €5. Quote from CEO Owen Tremblay: \"Football is at its best when it gives back.\" Contact press@harbourleague.example", 'tuned', []),
    ("social post: Cliff Top Road capacity up from 1,700 to 1,950 from 1 January 2027 after the new family stand opens. Westcliff Wanderers, Harbour League", 'tuned', []),
    ("Turn these notes into our FT report: Rivière-Noire 1-1 Lowther Bay | Harbour League GW16 | 21 Nov 2026 | Parc de la Rivière | Kavanagh 40' (RNF), Quinn 58' (LBA) | red: Lanteigne (RNF) 81' second yellow | att 1,205 | ref Derek Vance | MOTM Craig Quinn", 'tuned', []),
    ("explain the offside rule in one tweet-sized sentence for a new fan", 'tuned', []),
    ("need a matchday post - Port-Lachance FC v Ardmore Rovers, Sat 21 Nov 2026, KO 17:30, Harbourside Stadium, Harbour League GW16, live on telly", 'tuned', []),
    ("Player profile: Sami Okonjo, 24, winger, Lowther Bay Albion #17. Born in Cork. Joined Jan 2026 from Seal Cove United for €6,000. 2026-27: 12 apps, 4 goals. Direct, loves cutting inside. Honours: none yet.", 'tuned', []),
    ("post réseaux sociaux : résultat final Olympique Pointe-Verte 0-0 Rivière-Noire FC, Harbour League J17. Pas de buts.", 'tuned', []),
    ("Press release, standard format: Saltmarsh Athletic, Saltmarsh, 2 Dec 2026. Club extends Euan Sinclair's contract to June 2028. He has made 300+ appearances since 2013. Quote from Mireille Castonguay, Manager: \"Euan is the heartbeat of this dressing room.\" No media contact yet.", 'tuned', []),
    ("hey can u do a FT post? Harbour League GW16: Cap-Rouge Sporting 2-2 Olympique Pointe-Verte — Robichaud 12', Vautour 61' / Pryor 45', Le Roux 90+2'", 'tuned', []),
    ("match report, house format, from these stats: Fenwick Town v Greyhaven United, Harbour League gameweek 16, 21 November 2026, Millfield Road. FT 1-3. Goals: Duffy 9', Harte 30', Duffy 52', Foley 88'. Attendance 1,610. Referee Nadia Ouellet. MOTM Ciarán Duffy. Quote from Tom Kearney: \"Ciarán was unplayable.\"", 'tuned', []),
    ("News post pls: Kessock Athletic appoint Iona Baxter as manager from 1 December 2026. Harbour League Division One.", 'tuned', []),
    ("Write a short suspension post: Lucas Corbin (Kilbride Quay FC) banned for 3 matches for serious foul play. #HarbourLeague", 'tuned', []),
    ("profile blurb — Aidan Roche, goalkeeper, 27, AS Baie-Sainte-Anne #13, born Galway, joined summer 2026 from Brannock Bay FC on a free, 2026-27: 4 apps, 2 clean sheets, great shot-stopper", 'tuned', []),
    ("press release: Harbour League confirms the Harbour Cup quarter-final draw will be streamed live on the league's channels at 12:00 on 1 December 2026, Port-Lachance, dateline 25 Nov 2026. Contact: Aisling Fournier, media@harbourleague.example", 'tuned', []),
    ("MOTM caption: Shane Corrigan, Saltmarsh Athletic. 1 goal + 1 assist. Millbrook Harriers 1-2 Saltmarsh Athletic (Harbour League)", 'tuned', []),
    ("Transfer post please: Port Celeste FC sign centre-back Malik Ferreira from a club abroad, undisclosed fee. Harbour League.", 'tuned', []),
    ("FT report from my notes pls: HL GW16, AS Baie-Sainte-Anne 3-0 Westcliff Wanderers, 21/11/2026 at Stade des Goélands. Goals Savoie 15', 44', Boudreau 70'. Att 2,010. Ref Conor Mahon. MOTM Loïc Savoie.", 'tuned', []),
    ("What's a good way to structure a 30-second pre-match hype video? just general tips", 'tuned', []),
    ("post jour de match: Port Celeste FC – US Saint-Roch, samedi 21 novembre 2026, 15h00, Stade du Quai, J16 Harbour League", 'tuned', []),
    ("Player profile blurb for Louis Arsenault-Roy: 18, attacking midfielder, Olympique Pointe-Verte #38, born Pointe-Verte, academy graduate, debut 7 Nov 2026, 2 apps 1 goal so far. Creative, two-footed.", 'tuned', []),
    ("Press release: Ardmore Rovers, Ardmore, 23 Nov 2026 — the club's women's team will play their first home game at Ardmore Park on 6 Dec 2026 at 14:00, free entry. Quote from manager Niall Brennan: \"Ardmore Park belongs to everyone in this town.\" contact media@ardmorerovers.example", 'tuned', []),
    ("FT post: Ardmore Rovers 0-1 Westcliff Wanderers, Harbour League GW17, Thibault 89'. big upset!", 'tuned', []),
    ("social post — Millfield Road pitch passed its inspection, Fenwick v Greyhaven is ON for 15:00 tomorrow (Sat 21 Nov 2026), Harbour League", 'tuned', []),
]

QA = [
    # ---- rag
    ("How many points did Port Celeste FC finish the 2025-26 Premier Division season with?", '66', 'rag', ['corpus/season-review-2025-26.md', 'corpus/table-2025-26-final.md']),
    ("Who refereed the 2025-26 Harbour Cup final?", 'Paul Haverty', 'rag', ['corpus/cup-harbour-cup-2025-26-final.md']),
    ("On what date did the new East Stand at Ardmore Park open?", '29 August 2026', 'rag', ['corpus/notice-2026-08-29-ardmore-park-east-stand-opens.md']),
    ("Which ground became the league's second-largest after the Stade du Quai capacity cut?", 'Ardmore Park', 'rag', ['corpus/notice-2026-09-10-stade-du-quai-capacity-reduced.md', 'corpus/stadiums-overview.md']),
    ("Who was Saltmarsh Athletic's interim manager after Declan Furey left?", 'Pat Doyle', 'rag', ['corpus/notice-2026-10-05-saltmarsh-athletic-part-company-with-declan-furey.md']),
    ("How many home-grown players must be named in a 2026-27 matchday squad?", 'five', 'rag', ['corpus/regulations-06-home-grown-players.md']),
    ("What is the prize money for winning the 2026-27 Harbour Cup?", '€15,000', 'rag', ['corpus/regulations-12-harbour-cup.md', 'corpus/harbour-cup-2026-27-overview.md']),
    ("What was the attendance at Ardmore Park for the first game in front of the new East Stand?", '4,012', 'rag', ['corpus/notice-2026-08-29-ardmore-park-east-stand-opens.md']),
    ("Which Ardmore player did Ronan Mulcahy strike off the ball?", 'Brendan Kerhervé', 'rag', ['corpus/ruling-2026-10-22-ronan-mulcahy-suspension.md']),
    ("How big was the fine given to Fenwick Town for fielding Dylan Harte?", '€2,000', 'rag', ['corpus/ruling-2026-10-21-fenwick-town-points-deduction.md']),
    ("When was Dylan Harte's loan registration confirmed by the league?", '24 September 2026', 'rag', ['corpus/ruling-2026-10-21-fenwick-town-points-deduction.md']),
    ("How many league goals did Yann Le Gall score to win the 2025-26 Golden Boot?", '23', 'rag', ['corpus/awards-2025-26.md']),
    ("Who took Rivière-Noire training straight after Marc Hébert stepped down?", 'Réjean Cloutier', 'rag', ['corpus/notice-2025-12-08-riviere-noire-fc-marc-hebert-steps-down.md']),
    ("Which amateur club has reached the 2026-27 Harbour Cup quarter-finals?", 'Quarry Lane FC', 'rag', ['corpus/harbour-cup-2026-27-overview.md']),
    ("What was the total of disclosed fees between clubs in the summer 2026 window?", '€320,000', 'rag', ['corpus/transfer-window-summer-2026.md']),
    ("Which club won the 2025-26 Fair Play Award?", 'Cap-Rouge Sporting', 'rag', ['corpus/awards-2025-26.md']),
    ("When does the 2026-27 winter break start?", '20 December 2026', 'rag', ['corpus/notice-2026-11-16-fixtures-to-the-winter-break.md']),
    ("What is a referee paid for a Premier Division match in 2026-27?", '€180', 'rag', ['corpus/regulations-10-match-officials.md']),
    ("Who captains Greyhaven United?", 'Callum Doherty', 'rag', ['corpus/club-greyhaven-united.md']),
    ("On what date did Port Celeste FC clinch the 2025-26 title?", '2 May 2026', 'rag', ['corpus/season-review-2025-26.md']),
    # ---- both
    ("Write a bilingual transfer post for Jérémie Vautour's move from Greyhaven to Cap-Rouge Sporting, including the fee.", '€35,000', 'both', ['corpus/transfer-window-summer-2026.md']),
    ("Player-profile blurb for Rory Nugent for the matchday programme — include his birthplace.", 'Sligo', 'both', ['corpus/player-rory-nugent.md']),
    ("Press release in house format on the Stade du Quai capacity reduction, with the official new capacity.", '3,800', 'both', ['corpus/notice-2026-09-10-stade-du-quai-capacity-reduced.md']),
    ("FT social post for the final-day Port Derby of 2025-26 (Port-Lachance v Port Celeste) — include the score.", '1-1', 'both', ['corpus/match-2025-26-gw30-port-lachance-fc-v-port-celeste-fc.md']),
    ("Match report in our format for Cap-Rouge Sporting 3-1 Dunmore Head AFC (gameweek 15), with the attendance.", '1,791', 'both', ['corpus/match-2026-27-gw15-cap-rouge-sporting-v-dunmore-head-afc.md']),
    # ---- tuned
    ("FT post please: Cap-Rouge Sporting 2-2 Westcliff Wanderers, Harbour League GW17. Goals: Robichaud 12', 67' / Thibault 30', Gillespie 88'.", '2-2', 'tuned', []),
    ("Press release: Harbour League, Port-Lachance, 30 Nov 2026 — new youth cup for under-16 teams, prize fund €5,000, first round in March 2027. Contact Aisling Fournier.", '€5,000', 'tuned', []),
    ("profile blurb: Callan Breslin, 19, right-back, Olympique Pointe-Verte #27, born Pointe-Verte, academy, 2026-27: 5 apps 0 goals, quick and brave", 'Callan Breslin', 'tuned', []),
    ("Match report from these notes: Millbrook Harriers 0-2 Saltmarsh Athletic, HL GW16, Brookside, 21 Nov 2026; goals Costello 20', Pryor 66' (both Saltmarsh); att 1,212; ref Kevin Dalziel; MOTM Euan Sinclair", '1,212', 'tuned', []),
    ("fais-moi un post jour de match : AS Baie-Sainte-Anne – Cap-Rouge Sporting, samedi 28 novembre 2026, 15h00, Stade des Goélands, Harbour League J17", 'Stade des Goélands', 'tuned', []),
]


def check():
    problems = []
    for q, route, facts in ROUTING:
        for f, fact in facts:
            p = os.path.join(C, f)
            if not os.path.exists(p):
                problems.append(f'missing file {f} for {q}')
            elif fact not in open(p, encoding='utf-8').read():
                problems.append(f'fact not found: {fact!r} in {f} for {q}')
        if route in ('rag', 'both') and not facts:
            problems.append(f'no facts for {q}')
    for q, ans, route, srcs in QA:
        for s in srcs:
            t = open(os.path.join(ROOT, s), encoding='utf-8').read()
            if ans not in t:
                problems.append(f'qa answer {ans!r} not in {s}')
        if route == 'tuned' and ans not in q:
            problems.append(f'tuned qa answer {ans!r} not in question')
    return problems


if __name__ == '__main__':
    probs = check()
    print('\n'.join(probs) or 'all facts verified')
    from collections import Counter
    print(Counter(r for _, r, _ in ROUTING), Counter(r for _, _, r, _ in QA))
    assert not probs
    assert len(ROUTING) == 90
    qs = [q for q, _, _ in ROUTING]
    assert len(set(qs)) == 90
    assert not set(q for q, _, _, _ in QA) & set(qs)
    rng = random.Random(7)
    rows = ROUTING[:]
    rng.shuffle(rows)
    os.makedirs(os.path.join(ROOT, 'eval'), exist_ok=True)
    with open(os.path.join(ROOT, 'eval', 'routing.jsonl'), 'w', encoding='utf-8') as f:
        for q, r, _ in rows:
            f.write(json.dumps({'query': q, 'route': r}, ensure_ascii=False) + '\n')
    qa = QA[:]
    rng.shuffle(qa)
    with open(os.path.join(ROOT, 'eval', 'qa.jsonl'), 'w', encoding='utf-8') as f:
        for q, a, r, s in qa:
            f.write(json.dumps({'question': q, 'answer': a, 'sources': s, 'route': r}, ensure_ascii=False) + '\n')
    # label notes
    L = ['# Label notes (private)', '', 'Which corpus document answers each rag/both query, and the fact checked by `make_eval.py`.', '',
         '## Routing', '', '| # | route | query | document(s) | fact(s) |', '|---|---|---|---|---|']
    for i, (q, r, facts) in enumerate(ROUTING, 1):
        qd = q.replace('\n', ' / ').replace('|', '/')
        L.append(f"| {i} | {r} | {qd} | {'; '.join(sorted(set(f for f, _ in facts))) or '—'} | {'; '.join(x.replace('|', '/') for _, x in facts) or 'all facts in request'} |")
    L += ['', '## QA', '', '| # | route | question | answer | sources |', '|---|---|---|---|---|']
    for i, (q, a, r, s) in enumerate(QA, 1):
        L.append(f"| {i} | {r} | {q} | {a} | {', '.join(s) or '—'} |")
    L += ['', '## Notes on tuned items', '',
          '- Tuned queries name real Harbour League clubs and players but give every fact the answer needs (scores, scorers, dates, quotes); several describe gameweek 16-17 matches that have not been played by "today" (2026-11-20), so the corpus cannot contain them.',
          '- Two tuned items are general-knowledge requests (offside rule tweet, hype-video tips) that need nothing from the corpus.',
          '- Both-queries deliberately omit the fact (score, scorer, fee, capacity, ban length, kick-off time, MOTM ...) that the corpus supplies.']
    open(os.path.join(HERE, 'label-notes.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
    print('written')

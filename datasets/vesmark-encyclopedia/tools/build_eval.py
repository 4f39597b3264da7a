# Builds eval/routing.jsonl and eval/qa.jsonl, verifies that every rag/both fact string appears verbatim in the
# cited corpus document(s), and writes tools/label-notes.md (private list: which document answers which query).
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
C = os.path.join(ROOT, "corpus")

# (query, route, [docs], [fact strings that must appear in at least one of the docs])
RAG = [
    ("What are the opening hours of the Aldhaven Maritime Museum now that it has reopened?", ["museum-aldhaven-maritime-museum.md", "notice-2026-09-12-aldhaven-maritime-museum-reopens.md"], ["Tuesday to Sunday, 10:00–18:00"]),
    ("who's the mayor of orsund", ["town-orsund.md", "notice-2026-09-21-orsund-election-result.md"], ["Helga Brandvold"]),
    ("Skarrow Head Lighthouse — light characteristic?", ["lighthouse-skarrow-head-lighthouse.md", "notice-2026-10-05-skarrow-head-lighthouse-relit.md"], ["Fl(2) W 10s"]),
    ("Which crew holds the course record in the Vesmark Gig Race, and what's the time?", ["vesmark-gig-race.md"], ["1:52:07", "Brenholm Gig Club"]),
    ("Has the wreck of the Margit Sol ever actually been found? How deep is it?", ["wreck-margit-sol.md", "notice-2026-08-27-margit-sol-wreck-located.md"], ["46 m"]),
    ("Who is the director of the Lysholt Gallery of Art?", ["museum-lysholt-gallery-of-art.md", "notice-2026-06-24-lysholt-gallery-new-director.md"], ["Saskia Vedel"]),
    ("current vesmark poet laureate?", ["vesmark-poet-laureate.md", "notice-2026-10-01-new-poet-laureate.md"], ["Vidar Sunde"]),
    ("How much is an adult Vesmark Museum Pass at the moment, and how many museums does it get you into?", ["vesmark-museum-pass.md", "faq-vesmark-museum-pass.md"], ["€45", "28"]),
    ("Is St. Brigid's Church in Kettleby open to visitors right now?", ["church-st-brigids-church-kettleby.md", "report-2026-10-21-storm-ilse-damage-st-brigids-church.md"], ["closed since 19 October 2026"]),
    ("How long is the crossing from Brenholm to Fenna these days?", ["island-fenna.md", "vesmark-ferries.md", "notice-2026-06-10-brenholm-fenna-new-ferry-timetable.md"], ["40 minutes"]),
    ("Kettleby Herring Festival: which weekend?", ["festival-kettleby-herring-festival.md", "notice-2026-07-08-kettleby-herring-festival-moves-to-september.md"], ["first weekend of September"]),
    ("Tell me who chairs the Vesmark Heritage Board.", ["vesmark-heritage-board.md", "notice-2026-08-03-heritage-board-new-chair.md"], ["Agnete Holmsen"]),
    ("record time lysholt great sula sound swim", ["lysholt-great-sula-sound-swim.md", "notice-2026-08-10-sound-swim-record.md"], ["2:33:48"]),
    ("How many dishes are on the Protected Regional Dishes register?", ["protected-regional-dishes.md"], ["seventh entry"]),
    ("Who founded the Aldhaven Maritime Museum, and in which year?", ["museum-aldhaven-maritime-museum.md"], ["Jorund Saltmark", "1911"]),
    ("River Selde length in km", ["river-river-selde.md", "geography-of-the-vesmark-coast.md"], ["148 km"]),
    ("Where was the painter Halvard Ostrand born?", ["person-halvard-ostrand.md"], ["1841, Kettleby"]),
    ("The Great Storm of 1893 — how many people died?", ["great-storm-of-1893.md"], ["141"]),
    ("who wrote the Lantern Night Hymn that they sing in Aldhaven", ["festival-aldhaven-lantern-night.md"], ["Anders Piil"]),
    ("Which engineer designed the Cape Morrow Lighthouse?", ["lighthouse-cape-morrow-lighthouse.md"], ["Conrad Aasland"]),
    ("When was Quaymouth Light first lit, and who designed it?", ["lighthouse-quaymouth-light.md"], ["1840", "Laila Jessen"]),
    ("Year St. Catherine's Church in Ammerhaven was built?", ["church-st-catherines-church-ammerhaven.md"], ["1710"]),
    ("I'm planning a trip to Ostry. How many people actually live on the island?", ["island-ostry.md"], ["369"]),
    ("What goes into Marrick plum dumplings?", ["dish-marrick-plum-dumplings.md"], ["plums, potato dough, cinnamon sugar"]),
    ("When does the Brisling Harvest Market take place each year?", ["festival-brisling-harvest-market.md"], ["third weekend of September"]),
    ("In which museum can I see Nils Jessen's Utholm in Winter?", ["artwork-utholm-in-winter.md"], ["Keelstow Pilot House"]),
    ("Who was master of the brig Grey Star when she was lost in 1904?", ["wreck-grey-star.md"], ["Christen Flink"]),
    ("FC Brenholm — year founded", ["club-fc-brenholm.md"], ["1903"]),
    ("opening times Rookshaven Lifeboat Museum", ["museum-rookshaven-lifeboat-museum.md"], ["Wed–Sun 10:00–15:00"]),
    ("Which shipbuilder built the paddle steamer Dorte Helene, and where?", ["ship-ps-dorte-helene.md"], ["Lars Jessen", "Grisport"]),
]

BOTH = [
    ("Tide poem for the relighting of Skarrow Head Lighthouse, please — work in the date it was first lit and its new light pattern. Dedicate it to the restoration team.", ["lighthouse-skarrow-head-lighthouse.md", "notice-2026-10-05-skarrow-head-lighthouse-relit.md"], ["1 March 1867", "Fl(2) W 10s"]),
    ("Postcard blurb for the Aldhaven Maritime Museum for our autumn leaflet. It has to include the current opening hours.", ["museum-aldhaven-maritime-museum.md", "notice-2026-09-12-aldhaven-maritime-museum-reopens.md"], ["Tuesday to Sunday, 10:00–18:00"]),
    ("I'm giving a toast at Helga Brandvold's first council meeting as mayor of Orsund. Can you draft it and mention what share of the vote she won?", ["town-orsund.md", "person-helga-brandvold.md", "notice-2026-09-21-orsund-election-result.md"], ["54.2 percent"]),
    ("Wall label for Halvard Ostrand's Herring Boats at Dawn — use the catalogue details (year, medium, size, accession number) from the encyclopedia.", ["artwork-herring-boats-at-dawn.md"], ["1878", "84 × 126 cm", "AMFA 1921.7"]),
    ("brenholm gig club end of season dinner, need a toast celebrating the new gig race record, say the exact time they rowed", ["club-brenholm-gig-club.md", "vesmark-gig-race.md", "notice-2026-07-19-vesmark-gig-race-record.md"], ["1:52:07"]),
    ("A three-quatrain poem in memory of the crew of the Margit Sol: how many were lost, and where the wreck lies now. Dedication to the families in Brenholm.", ["wreck-margit-sol.md", "notice-2026-08-27-margit-sol-wreck-located.md"], ["fourteen of her seventeen crew", "46 metres"]),
    ("Postcard for Fenna island. Include how long the ferry from Brenholm takes now.", ["island-fenna.md", "vesmark-ferries.md"], ["40 minutes"]),
    ("We need a new wall label for Harbour Lights, Grisport that reflects the gallery's current attribution. Fill in the artist line and the catalogue fields.", ["artwork-harbour-lights-grisport.md", "notice-2026-10-15-harbour-lights-grisport-reattributed.md"], ["Maren Tolle (1868–1951)", "71 × 98 cm", "LGA 1934.7"]),
    ("Draft a toast welcoming our new Poet Laureate at the Lantern Night reception — name the poet and the collection that won the Vesmark Book Prize.", ["vesmark-poet-laureate.md", "person-vidar-sunde.md", "book-the-long-ebb.md"], ["Vidar Sunde", "The Long Ebb"]),
    ("postcard blurb for the Kettleby Herring Festival, make sure the timing is right (when it's held now)", ["festival-kettleby-herring-festival.md"], ["first weekend of September"]),
    ("Could you write one of your tide poems celebrating Jannike Roos's record in the Sound Swim? Put her time in it.", ["person-jannike-roos.md", "lysholt-great-sula-sound-swim.md"], ["2:33:48"]),
    ("Toast for the welcome dinner of the Heritage Board's new chair. Mention her by name and the excavation she led.", ["vesmark-heritage-board.md", "person-agnete-holmsen.md", "notice-2026-08-03-heritage-board-new-chair.md"], ["Agnete Holmsen", "medieval harbour at Grisport"]),
    ("Postcard-style blurb promoting the Vesmark Museum Pass, with the current adult price and number of museums covered. Max 40 words.", ["vesmark-museum-pass.md"], ["€45", "28"]),
    ("tide poem about Orsund smoked eel pie — include the date it became a Protected Regional Dish", ["dish-orsund-smoked-eel-pie.md", "protected-regional-dishes.md"], ["22 July 2026"]),
    ("Label for Storm off Skarrow Head in the new entrance hall of the Aldhaven Maritime Museum. All the standard fields, please, including the credit line.", ["artwork-storm-off-skarrow-head.md"], ["102 × 154 cm", "AMM 1911.1", "Jorund Saltmark"]),
    ("For the St. Brigid's roof repair fund dinner I need a toast. Mention the year the church was completed and its votive ship by name.", ["church-st-brigids-church-kettleby.md"], ["1487", "Hope of Kettleby"]),
    ("Tide poem about the Great Storm of 1893, dedicated to those who drowned. I'd like the number of vessels and lives lost in it.", ["great-storm-of-1893.md"], ["23", "141"]),
    ("Great Sula postcard text: include the island's population and how long the ferry from Lysholt takes.", ["island-great-sula.md"], ["1240", "50 minutes"]),
    ("Opening toast for Aldhaven Lantern Night — the mayor would like to mention the year the first Lantern Night was held.", ["festival-aldhaven-lantern-night.md"], ["1897"]),
    ("Museum label for the herring drifter Northern Grace moored at the museum quay: builder, year built and length.", ["ship-northern-grace.md"], ["Bram Keelby", "1906", "26.4 m"]),
    ("A poem in the tide format honouring Anna Rusk; mention the years she served as coxswain and her station.", ["person-anna-rusk.md"], ["1898 to 1921", "Rookshaven"]),
    ("Write a postcard blurb for Quaymouth Light including when it was first lit and its light characteristic.", ["lighthouse-quaymouth-light.md"], ["1840", "LFl W 10s"]),
    ("Parish dinner at St. Catherine's Church, Ammerhaven: toast please, and mention the year the church was built and how many bells hang in the tower.", ["church-st-catherines-church-ammerhaven.md"], ["1710", "5 bells"]),
    ("postcard for ostry island, tagline + blurb, include where the ferry leaves from and how long it takes", ["island-ostry.md"], ["from Orsund, 20 minutes"]),
    ("Wall label for Tilde Mossfeldt's Larkwick in Winter, with her dates and birthplace and the usual catalogue lines.", ["artwork-larkwick-in-winter.md", "person-tilde-mossfeldt.md"], ["1925–1993", "1925, Norrhamn", "112 × 177 cm", "AMFA 2009.27"]),
    ("The Brisling Harvest Market wants a tide poem for its programme. Mention the year it started.", ["festival-brisling-harvest-market.md"], ["1815"]),
    ("Toast for FC Brenholm's anniversary dinner. Bring in the founding year and the club colours.", ["club-fc-brenholm.md"], ["1903", "blue and white"]),
    ("Postcard blurb for the Rookshaven Lifeboat Museum with its opening hours and adult admission price.", ["museum-rookshaven-lifeboat-museum.md"], ["Wed–Sun 10:00–15:00", "€6"]),
    ("Tide poem for the lost crew of the Grey Star. Include the date she went down and how many died. For the people of Rookshaven.", ["wreck-grey-star.md"], ["27 September 1904", "12 lives were lost"]),
    ("Quaymouth Amber Fair opening: short toast, and credit whoever wrote the festival song.", ["festival-quaymouth-amber-fair.md"], ["Pieter Tennfjord", "Ballad for Quaymouth"]),
]

TUNED = [
    "Tide poem about my late dog Biscuit, who chased the waves on Farrow beach every morning for eleven years. Dedicate it to my kids, Ada and Leo.",
    "Wall label from these notes: 'Blue Nets Drying', 1954, oil on board, 40 x 50 cm, by Sigrid Halloran (1920–2001), born in Ardmoy. Purchased 1978, acc. RS 1978.3. Nets hung on poles along a jetty, a cat asleep underneath.",
    "postcard blurb, max 40 words — Lindenholm island: car-free, two cafés, a seal colony, 25 min ferry from Ballard Quay, lighthouse tours on Saturdays",
    "toast for my parents' 40th wedding anniversary. They met at a sailing regatta in 1986, dad proposed in a rowing boat, and they run a bakery together. I'm their daughter.",
    "Could you write a poem in the tide format about autumn fog over a harbour? No particular place, just the mood.",
    "wall label: carved figurehead of a lion from the frigate 'Resolve' (1798), pine with gilding, 140 cm high, carver unknown, gift of Admiral Pryce's family 1921, acc NM 1921.7",
    "Write a retirement toast for Pia Lund, who worked 22 years at the Aldhaven harbour office, kept a jar of liquorice on her desk for everyone, and organised the office's annual crab race.",
    "Postcard for the new café in the old lifeboat house at Merrin Cove: opens 1 June, homemade cakes, views across the bay, dogs welcome.",
    "I need a toast for the launch of our rowing club's new gig, the 'Curlew's Cry'. Club volunteers built her over three winters; she's 32 feet long with elm planking.",
    "tide poem for my grandmother Edith, a lighthouse keeper's daughter on Skelly Rock from 1940 to 1955 — she polished the lens every morning. Dedication: for Edith",
    "Label text for a brass ship's lantern, about 1900, from the steam tug 'Hercules', 45 cm, red glass on one side and green on the other; gift of the Tarrant family 2010, acc. HT 2010.4.",
    "Short postcard blurb (under 30 words) for Hollin Bay: white sand, turquoise water, kayak hire.",
    "Please write a toast to open Drumlin Bay's first seafood festival: 20 stalls, a mussel-cooking contest, and all proceeds go to the lifeboat.",
    "I've always thought the sound of halyards slapping against masts at night is the loneliest music in the world — a marina after midnight, the boats empty, one cabin light still burning somewhere down the pontoon. Could you turn that feeling into one of your tide poems? Dedicate it to insomniacs everywhere.",
    "wall label pls: 'Portrait of a Ferryman', 1911, charcoal on paper, 60 x 45 cm, by Lars Odegaard (1879–1940), born in Haverstrand; bequest 1950; acc KG 1950.12 — the ferryman's hands are drawn larger than life",
    "Postcard blurb for Kettleby. Use only these notes: fishing town of 7,900 people; the Herring Festival is on the first weekend of September; the Vesmark Museum of Fisheries is on the harbour; try the Kettleby pickled herring.",
    "Toast for my friend Jonah's 50th. He's a marine biologist, has counted seals on the same beach every spring for 25 years, and is famously terrible at karaoke.",
    "For my novel: a tide poem about the schooner 'Wren of Calloway', lost in 1862 off Black Nab with nine crew; only the cook survived. Dedicate it to the cook, Moses Ashby.",
    "Label: child's sailor suit, navy wool, c.1905, worn by six-year-old Thomas Brigg at his sister's christening; length 62 cm; gift of the Brigg family 1999; acc WD 1999.8.",
    "Write a toast for the opening of the Pollen Street community fridge — 18 months of planning, 40 volunteers, opens Monday.",
    "postcard: Corran Head. Cliff walks, a ruined castle from the 1300s, a fish smokehouse, seabird cruise from the harbour at 10am daily. Tagline should mention the castle.",
    "A tide poem about the tide itself, for a primary school assembly. Dedicate it to Class 4.",
    "toast for retiring lighthouse technician Marco Feld: 31 years servicing lights along the Vesmark Coast, famous for his thermos of cardamom coffee, climbed an estimated 9,000 lighthouse staircases.",
    "wall label, curator notes: 'Gulls at Low Water' (2011), acrylic on paper, 30x40 cm, Kim Aird (b. 1980, Portlean), purchased 2012, PL 2012.9 — nine gulls, one painted upside-down as a joke",
    "Postcard blurb for the Saltworks Hostel: converted salt warehouse, 40 beds, rooftop sauna, five minutes' walk to the beach, opens in April.",
    "tide poem 'for the net-menders' — the last net loft in Eastry, still used by three old fishermen, Jim, Sandy and Alf",
    "Could you draft the toast I'll give at the naming of our boat 'Little Auk'? She's a 6 m wooden skiff my husband restored over two years after finding her in a barn.",
    "Wall label for my own painting at the village show: 'Harbour Cat', 2024, oil on canvas, 30 x 30 cm, by me, Ellen Voss (born 1988 in Dunmarra). Not for sale, no accession number.",
    "One postcard for Bellweather please: pier, amusement arcades, candyfloss, Victorian bandstand. Something cheerful.",
    "toast for the Vesmark Heritage Board volunteers' Christmas party — I'm the volunteer coordinator. This year 85 volunteers gave 6,200 hours, mostly guiding in museums and cleaning beaches. Keep it light.",
]

# ----------------------------------------------------------------- QA
QA_RAG = [
    ("When did the Aldhaven Maritime Museum reopen after its renovation?", "12 September 2026", ["museum-aldhaven-maritime-museum.md", "notice-2026-09-12-aldhaven-maritime-museum-reopens.md"]),
    ("What light characteristic did Skarrow Head Lighthouse show before it was relit in 2026?", "Fl W 5s", ["lighthouse-skarrow-head-lighthouse.md", "notice-2026-10-05-skarrow-head-lighthouse-relit.md"]),
    ("Which list or party does Orsund's new mayor represent?", "Harbour List", ["person-helga-brandvold.md", "notice-2026-09-21-orsund-election-result.md"]),
    ("How many daily departures each way does the Brenholm–Fenna ferry make since June 2026?", "six daily departures", ["island-fenna.md", "vesmark-ferries.md"]),
    ("Who directed the Lysholt Gallery of Art before July 2026?", "Jonas Aurland", ["museum-lysholt-gallery-of-art.md", "notice-2026-06-24-lysholt-gallery-new-director.md"]),
    ("What does a family Vesmark Museum Pass cost now?", "€95", ["vesmark-museum-pass.md", "faq-vesmark-museum-pass.md"]),
    ("Where are Sunday services held while St. Brigid's Church in Kettleby is closed?", "Kettleby Community Hall", ["church-st-brigids-church-kettleby.md", "report-2026-10-21-storm-ilse-damage-st-brigids-church.md"]),
    ("Who stroked the Brenholm crew that set the Vesmark Gig Race record?", "Magnus Eken", ["vesmark-gig-race.md", "notice-2026-07-19-vesmark-gig-race-record.md"]),
    ("On what date was the Margit Sol designated a protected wreck?", "6 October 2026", ["wreck-margit-sol.md", "notice-2026-10-07-margit-sol-protected-wreck.md"]),
    ("Which vessel located the wreck of the Margit Sol?", "RV Tjeld", ["wreck-margit-sol.md", "ship-rv-tjeld.md"]),
    ("How much did the Skarrow Head Lighthouse restoration cost?", "€2.4 million", ["report-2026-10-28-skarrow-head-restoration-completion.md"]),
    ("When was Skarrow Head Lighthouse first lit?", "1 March 1867", ["lighthouse-skarrow-head-lighthouse.md"]),
    ("Who was the first woman coxswain of the Vesmark Sea Rescue Society?", "Anna Rusk", ["vesmark-sea-rescue-society.md", "person-anna-rusk.md"]),
    ("Where does the Vesmark Heritage Board have its offices?", "Old Customs House, Quay Street 4, Aldhaven", ["vesmark-heritage-board.md"]),
    ("What is the accession number of Storm off Skarrow Head?", "AMM 1911.1", ["artwork-storm-off-skarrow-head.md"]),
    ("Which lifeboat rescued the survivors of the Grey Star?", "Lucky Star", ["wreck-grey-star.md"]),
    ("Where does the River Selde rise?", "Lake Vennmar", ["river-river-selde.md", "geography-of-the-vesmark-coast.md"]),
    ("Which book won the Vesmark Book Prize in 2020?", "The Long Ebb", ["book-the-long-ebb.md", "vesmark-book-prize.md"]),
    ("Who founded the Lysholt Gallery of Art?", "Wilhelm Dreyer", ["museum-lysholt-gallery-of-art.md"]),
    ("How tall is the tower of Quaymouth Light?", "28 m", ["lighthouse-quaymouth-light.md"]),
]
QA_BOTH = [
    ("Write a postcard blurb for the Skarrow Head Lighthouse Visitor Centre that tells visitors in which months the tower tours run.", "May to September", ["museum-skarrow-head-lighthouse-visitor-centre.md", "lighthouse-skarrow-head-lighthouse.md"]),
    ("Draft a farewell toast for Tormod Lysne from the Orsund council staff, mentioning the year he was first elected mayor.", "2014", ["person-tormod-lysne.md", "town-orsund.md"]),
    ("A tide poem about the Vesmark Gig Race that mentions the year the race was first rowed.", "1934", ["vesmark-gig-race.md"]),
    ("Wall label for Maren Tolle's Women Waiting on the Mole, Lysholt, with the dimensions from the catalogue.", "88 × 131 cm", ["artwork-women-waiting-on-the-mole-lysholt.md"]),
    ("Postcard blurb for Tarn Island that says how long the ferry from Tarnholm takes.", "35 minutes", ["island-tarn-island.md"]),
]
QA_TUNED = [
    ("Tide poem for the reopening of the tide mill at Fallow Quay: built 1792, restored 2025, grinds flour on Saturdays. Dedicate it to the millers.", "1792"),
    ("Postcard blurb for Rannoch Sands: dune beach, lifeguards in July and August, parking €4 a day, beach café open till 8pm.", "€4"),
    ("Toast for our harbourmaster Ines Carrow, retiring after 19 years at Kelp Harbour; she once towed a drifting yacht in with a rowing boat.", "19 years"),
    ("Wall label: 'Fog at Seal Point', 1967, watercolour, 35 x 50 cm, by Petra Lunn (1930–2010), born in Ebbton; gift of the artist 1990; acc EB 1990.4.", "EB 1990.4"),
    ("A tide poem about the first swallow of spring arriving at a lighthouse, dedicated to my neighbour Agatha Moone.", "Agatha Moone"),
]


def check():
    errs = []
    for q, docs, facts in RAG + BOTH:
        texts = []
        for d in docs:
            p = os.path.join(C, d)
            if not os.path.exists(p):
                errs.append(f"missing doc {d} for: {q}")
                continue
            texts.append(open(p).read().replace(",", "") if False else open(p).read())
        joined = "\n".join(texts)
        for f in facts:
            if f not in joined and f.replace("1240", "1,240") not in joined:
                errs.append(f"fact '{f}' not in {docs} for: {q}")
    for q, a, docs in QA_RAG + QA_BOTH:
        for d in docs:
            if not os.path.exists(os.path.join(C, d)):
                errs.append(f"missing doc {d}")
            elif a not in open(os.path.join(C, d)).read():
                errs.append(f"qa answer '{a}' not in {d}")
    for q, a in QA_TUNED:
        if a not in q:
            errs.append(f"tuned answer not in request: {q}")
    # tuned subjects must not be corpus entities
    corpus_text = " ".join(open(os.path.join(C, f)).read() for f in os.listdir(C))
    for name in ["Farrow", "Sigrid Halloran", "Ardmoy", "Lindenholm", "Ballard Quay", "Pryce", "Pia Lund", "Merrin Cove", "Curlew's Cry",
                 "Skelly Rock", "Hercules", "Tarrant", "Hollin Bay", "Drumlin Bay", "Odegaard", "Haverstrand", "Jonah", "Calloway",
                 "Black Nab", "Moses Ashby", "Brigg", "Pollen Street", "Corran Head", "Marco Feld", "Kim Aird", "Portlean",
                 "Saltworks Hostel", "Eastry", "Little Auk", "Ellen Voss", "Dunmarra", "Bellweather", "Fallow Quay", "Rannoch Sands",
                 "Ines Carrow", "Kelp Harbour", "Petra Lunn", "Ebbton", "Agatha Moone", "Seal Point"]:
        if name in corpus_text:
            errs.append(f"tuned subject '{name}' occurs in corpus")
    return errs


def main():
    errs = check()
    for e in errs:
        print("ERR", e)
    assert len(RAG) == 30 and len(BOTH) == 30 and len(TUNED) == 30
    rows = [{"query": q, "route": "rag"} for q, _, _ in RAG] + [{"query": q, "route": "both"} for q, _, _ in BOTH] + \
           [{"query": q, "route": "tuned"} for q in TUNED]
    random.Random(7).shuffle(rows)
    os.makedirs(os.path.join(ROOT, "eval"), exist_ok=True)
    with open(os.path.join(ROOT, "eval", "routing.jsonl"), "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    qa = [{"question": q, "answer": a, "sources": [f"corpus/{d}" for d in docs], "route": "rag"} for q, a, docs in QA_RAG] + \
         [{"question": q, "answer": a, "sources": [f"corpus/{d}" for d in docs], "route": "both"} for q, a, docs in QA_BOTH] + \
         [{"question": q, "answer": a, "sources": [], "route": "tuned"} for q, a in QA_TUNED]
    random.Random(11).shuffle(qa)
    with open(os.path.join(ROOT, "eval", "qa.jsonl"), "w") as fh:
        for r in qa:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # private notes
    with open(os.path.join(HERE, "label-notes.md"), "w") as fh:
        fh.write("# Label notes (private)\n\nWhich corpus document answers each rag/both routing query, and the fact string checked with grep.\n\n")
        fh.write("## rag\n\n")
        for q, docs, facts in RAG:
            fh.write(f"- **{q}**\n  - docs: {', '.join(docs)}\n  - fact: {' | '.join(facts)}\n")
        fh.write("\n## both (task family + needed fact)\n\n")
        for q, docs, facts in BOTH:
            fam = "poem" if "poem" in q.lower() or "quatrain" in q.lower() else "label" if "label" in q.lower() else "postcard" if "postcard" in q.lower() else "toast"
            fh.write(f"- **{q}**\n  - family: {fam}\n  - docs: {', '.join(docs)}\n  - fact: {' | '.join(facts)}\n")
        fh.write("\n## tuned\n\nAll tuned queries give every fact in the request (or need none); their subjects were checked not to occur in the corpus, "
                 "except the deliberately hard cases that name a Vesmark place or body but supply all needed facts themselves "
                 "(Pia Lund at the Aldhaven harbour office; the Kettleby postcard with its notes; Marco Feld on the Vesmark Coast; the Heritage Board volunteers' party).\n")
    print(f"routing {len(rows)}; qa {len(qa)}; errors {len(errs)}")


if __name__ == "__main__":
    main()

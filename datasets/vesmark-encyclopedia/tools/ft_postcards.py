# Family 3: Postcard / tourism blurbs. House format:
#   POSTCARD — <Place>
#   Tagline: <max 8 words>
#   <blurb, max 50 words unless the user sets a lower limit>
#   Don't miss: <one thing>
#   [N words]   (word count of the blurb, computed by the builder)
# Subjects are invented and not part of the Vesmark corpus.
POSTCARDS = [
("Postcard blurb for Port Ellery: small harbour town, 2,300 people, colourful houses stacked up the hill, Saturday fish auction at 6am, boat trips to see seals, a 12th-century chapel on the headland.",
 "Port Ellery", "Where the hill runs down to the boats",
 "Colourful houses tumble down the hill to Port Ellery's little harbour, where the day starts early and the gulls know everyone. Take a boat trip out to the seals, climb to the 12th-century chapel on the headland, and come back down for fish that was landed this morning.",
 "the Saturday fish auction at 6 a.m."),

("tourism blurb, under 50 words: Dunnock Isle. 20 min ferry from Whinmouth, no cars allowed, 3,000 pairs of puffins Apr-Aug, one pub (the Lantern), a lighthouse you can climb in summer.",
 "Dunnock Isle", "No cars, three thousand puffins, one pub",
 "Twenty minutes on the ferry from Whinmouth and the cars are gone. On Dunnock Isle you walk, you watch, and from April to August you share the north cliffs with three thousand pairs of puffins. In summer, climb the lighthouse; in any season, end the day at the Lantern.",
 "the puffins on the north cliffs (April–August)"),

("Hi, can you write a postcard text for Carrow Sands nature reserve? Salt marsh, samphire in summer, brent geese in winter, boardwalk trail 3 km, bird hide, free entry, reserve since 1974.",
 "Carrow Sands", "Twice a day, the sea changes everything",
 "A nature reserve since 1974, Carrow Sands is a salt marsh that the tide rewrites twice a day. Follow the three-kilometre boardwalk through samphire in summer, or come in winter when brent geese fill the sky. Entry is free — bring binoculars and patience.",
 "the bird hide on the boardwalk trail"),

("postcard blurb Brightholme — Victorian seaside resort, 410 m iron pier (1893) with café at the end, sandy beach, donkey rides in summer, fish and chips on the promenade. Tagline should be cheeky.",
 "Brightholme", "Walk the plank — all 410 metres",
 "Brightholme has been doing seaside since Victorian times and still does it best. Stroll the 410-metre iron pier of 1893 to the café at the very end, ride a donkey on the sands in summer, and eat your fish and chips on the promenade, defending every chip from the gulls.",
 "coffee at the end of the pier"),

("Write a postcard blurb. Place: Marrowdale. Notes: orchards planted by monks in the 1300s, about 40 old apple varieties, cider pressing festival in October, riverside walk along the estuary, farm shop.",
 "Marrowdale", "Forty kinds of apple, seven centuries old",
 "The monks planted Marrowdale's orchards in the 1300s, and some forty old apple varieties still grow along the estuary. Wander the riverside walk, fill a basket at the farm shop, and in October join the village as the presses turn and the air smells of cider.",
 "the October cider pressing"),

("Need a short tourism blurb for Hallowstone for our summer leaflet. Key points: fishing village, winter swimming group at the slipway every morning at 7, a chapel with a ship model, two cafés, the coastal path goes through it. Max 40 words please.",
 "Hallowstone", "Brave the seven o'clock swim",
 "Hallowstone is a fishing village where the coastal path pauses for coffee. Join the swimmers at the slipway at seven, warm up in one of two cafés, then visit the little chapel, where a ship model hangs above the pews.",
 "the 7 a.m. swim from the slipway"),

("postcard blurb for the Gorsey Point to Orrin Head path please — new 6km clifftop section, opened this spring, passes a seal beach and an old smugglers' cave, gorse flowers most of the year",
 "Gorsey Point to Orrin Head", "Six new kilometres of cliff and gorse",
 "The newest stretch of coastal path runs six kilometres along the clifftops from Gorsey Point to Orrin Head, through gorse that flowers most of the year. Look down on a beach where seals haul out, and peer into an old smugglers' cave along the way.",
 "the seal beach below the cliffs"),

("tourism text, postcard style: Fernhallow. Old cannery town, the cannery (1911-2024) is being turned into an arts centre, harbour with working boats, famous for its love spoons — there's a carving workshop open to visitors on Wednesdays.",
 "Fernhallow", "Where the cannery is finding a new song",
 "Fernhallow canned sardines and mackerel for more than a century; now its old cannery is being reborn as an arts centre. Watch working boats come and go in the harbour, and on Wednesdays drop into the carving workshop, where the town's famous love spoons take shape.",
 "the Wednesday love-spoon carving workshop"),

("Could you write a postcard blurb about Tessaly Cove for families? Sandy beach, rock pools, lifeguards July-August, ice cream kiosk, easy 2 km walk to a waterfall.",
 "Tessaly Cove", "Rock pools, ice cream, and a waterfall",
 "Tessaly Cove is built for families: a sandy beach with lifeguards in July and August, rock pools to explore at low tide, and an ice cream kiosk for the walk back. Feeling energetic? An easy two-kilometre path leads to a waterfall.",
 "the rock pools at low tide"),

("blurb for postcard - Glassby. ferry port, 40 min crossing to Lantry Cove, chapel where lots of people get married, a whale-watching boat (minke whales seen most summers), glass-blowing studio in the old customs house.",
 "Glassby", "Whales, weddings and the ferry home",
 "Glassby is where journeys begin: the ferry crosses to Lantry Cove in forty minutes, and the whale-watching boat goes looking for minke whales most summers. Back ashore, watch glass being blown in the old customs house, or visit the chapel where so many couples have said yes.",
 "the whale-watching boat"),

("Please write a tourism postcard for the village of Pellow. Facts: quilting tradition, museum with a sailor's wife quilt from 1911, quilting classes on Saturdays, tea room in the old school, population 600.",
 "Pellow", "Six hundred people and a thousand stitches",
 "In Pellow, a village of six hundred, quilting runs through everything. See the sailor's wife quilt of 1911 in the museum, pick up a needle at the Saturday quilting class, and finish with tea in the old school, now a tea room with a very patient kettle.",
 "the 1911 sailor's wife quilt in the museum"),

("Postcard blurb — Stennick. Clifftop coastguard lookout (built 1910, run by volunteers since 2018, visitors welcome), the Three Maidens rock formation, wild camping field, dark skies for stargazing.",
 "Stennick", "Watch the sea by day, stars by night",
 "High on Stennick's cliffs, volunteers keep watch from a coastguard lookout built in 1910 — and visitors are welcome. Walk out to see the Three Maidens rising from the sea, pitch a tent in the wild camping field, and stay up late: the skies here are properly dark.",
 "the volunteer lookout on the cliff"),

("tourism blurb max 35 words. Kilmarren: lighthouse (switched off last year, open for tours on Sundays), long sandy beach, surf school.",
 "Kilmarren", "The light is off; the surf's up",
 "Kilmarren's lighthouse has retired, but its tower opens for tours on Sundays. Below it, a long sandy beach stretches away, and the surf school will have you standing on a board before lunch.",
 "Sunday tours of the lighthouse"),

("postcard for Lowen Quay pls: harbour town, the fog bell of St Kenna's (1702, recast 2019) rings on Sundays, quay rebuilt 2011, seafood restaurant on the old fish market, yacht marina",
 "Lowen Quay", "Listen for the bell across the water",
 "Lowen Quay has a harbour for every kind of boat, from fishing craft to yachts in the marina. The old fish market is now a seafood restaurant, and on Sundays the fog bell of St. Kenna's, cast in 1702 and recast in 2019, rings out over the rebuilt quay.",
 "the Sunday ringing of St. Kenna's fog bell"),

("Write me a postcard blurb for the Umber Sound boat trip. 2 hours, leaves Umber pier 11am daily May-Sept, passes seal colony and three lighthouses, €25 adults, €12 kids.",
 "Umber Sound", "Three lighthouses, one seal colony, two hours",
 "Leave Umber pier at 11 a.m. and spend two hours on the water. The boat threads the Sound past three lighthouses and a busy seal colony, daily from May to September. Adults €25, children €12 — binoculars recommended, sea legs optional.",
 "the seal colony halfway along the Sound"),

("Postcard for Vantry. Notes: fishermen's choir sings on the harbour every midsummer eve since 1948; pretty harbour; boat builders; a pub with live folk music on Fridays.",
 "Vantry", "A harbour that sings",
 "Vantry is a harbour town with music in it. Since 1948 its fishermen's choir has sung on the quay every midsummer eve, and on Fridays the pub fills with folk tunes. In between, watch the boat builders at work along the pretty waterfront.",
 "the fishermen's choir on midsummer eve"),

("postcard-style blurb for Nantlow Beach. 5,000-year-old sunken forest visible at the lowest spring tides. Check tide tables! Also fossils in the cliffs (look but don't hammer). car park €3/day.",
 "Nantlow Beach", "A forest the sea has kept",
 "At the lowest spring tides, Nantlow Beach reveals the dark stumps of a forest drowned five thousand years ago. Check the tide tables before you come. Fossils lie in the cliffs too — look, but please don't hammer. Parking costs €3 a day.",
 "the sunken forest at a low spring tide"),

("Could you do a postcard text for Corrowmere, oyster village? Oysters farmed by the Dorran family, season Sept-April, oyster shack on the slipway open weekends, estuary kayaking.",
 "Corrowmere", "Taste the tide, straight from the water",
 "In Corrowmere, the Dorran family farms oysters, and from September to April you can eat them minutes from the beds at the weekend oyster shack on the slipway. Work up an appetite first: paddle a kayak along the quiet estuary.",
 "the weekend oyster shack on the slipway"),

("postcard please: Sandrel — quiet village, long dune beach, the school cleaned the beach and collected 212 kg of litter last month, horse riding on the beach in winter, bakery famous for saffron buns",
 "Sandrel", "A clean beach, thanks to small hands",
 "Sandrel's long dune beach is cleaner than ever: last month the village schoolchildren collected 212 kilos of litter from it. Walk it in summer, ride it on horseback in winter, and don't leave without a saffron bun from the bakery.",
 "the saffron buns at the bakery"),

("tagline + blurb for a postcard of the Westerloch sea wall, 1.8 km granite promenade built 1926 after a flood, great for sunset walks, benches with names of flood survivors.",
 "Westerloch Sea Wall", "Walk the wall that saved the town",
 "Built in 1926 after a great flood, Westerloch's 1.8-kilometre granite sea wall now doubles as the town's favourite promenade. Stroll it at sunset, and stop on the benches that carry the names of the flood's survivors.",
 "sunset from the sea wall"),

("postcard. Ravenmoor. wind farm offshore (24 turbines), boat trips out to them, wide bay, windsurfing school, quiet dunes.",
 "Ravenmoor", "Where the wind goes to work",
 "Ravenmoor's wide bay is made for wind. Learn to windsurf at the local school, take a boat trip out to the twenty-four turbines turning offshore, then retreat to the quiet dunes, where the breeze is gentler and the view goes on forever.",
 "the boat trip out to the wind farm"),

("Need a postcard blurb for Tollerby lifeboat station open day. The station is 150 years old this year (founded 1876), lifeboat Agnes Hale on display, crew demonstrations at 2pm, free.",
 "Tollerby Lifeboat Station", "150 years of answering the call",
 "Tollerby lifeboat station turns 150 this year — it was founded in 1876 — and opens its doors to everyone. Climb aboard the lifeboat Agnes Hale, meet the crew, and watch their demonstration at 2 p.m. Entry is free.",
 "the crew demonstration at 2 p.m."),

("postcard text for Quillan Bay. harbour, the old ferry Marigold (1921-1987) is now a floating café, crab sandwiches, kayak hire, sunset over the bay.",
 "Quillan Bay", "Coffee aboard an old yellow ferry",
 "For sixty-six years the Marigold carried people across Quillan Bay; now she carries coffee and crab sandwiches as a floating café. Hire a kayak to explore the bay, then come back aboard to watch the sun go down over the water.",
 "crab sandwiches aboard the Marigold"),

("postcard blurb for Mosswater please: boatyard of the Tallis family (since 1835) — you can watch them build clinker dinghies on weekdays; riverside pub; swans; 15 mins from Westerloch by bus.",
 "Mosswater", "Watch a boat grow, plank by plank",
 "In Mosswater, the Tallis family has built boats since 1835, and on weekdays you can watch clinker dinghies take shape by hand. Afterwards, sit by the river with the swans and a drink from the riverside pub. It's just fifteen minutes by bus from Westerloch.",
 "the Tallis boatyard on a weekday"),

("Postcard for the Caddis Bay regatta (last Saturday of July, since 1899): old wooden boats racing, brass band, bonfire on the beach in the evening. Please mention the date is the last Saturday of July.",
 "Caddis Bay Regatta", "Wooden boats, brass bands, beach bonfire",
 "Since 1899, on the last Saturday of July, Caddis Bay fills with sails. Old wooden boats race across the bay while a brass band plays on the harbour wall, and when the prizes are handed out, a bonfire on the beach lights up the evening.",
 "the bonfire on the beach after the racing"),
]

POSTCARDS_VAL = [
("postcard blurb: Aberlorn. seaweed harvesting by hand at low tide (tradition since 1600s), seaweed bath house, coastal walks, guided foraging trips on Saturdays.",
 "Aberlorn", "Let the sea run you a bath",
 "In Aberlorn, seaweed has been cut by hand at low tide since the 1600s. Join a Saturday foraging trip to learn how, walk the coast between the tides, then sink into a hot seaweed bath at the bath house. Your skin will thank the sea.",
 "the seaweed bath house"),

("Write a postcard text for Pebbleford market (every Thursday since 1602, about 80 stalls, fish, cheese, wool), keep it under 40 words",
 "Pebbleford", "Thursdays since 1602",
 "Every Thursday since 1602, Pebbleford's square has filled with market stalls — about eighty of them, selling fish, cheese and wool. Come hungry, bring a bag, and haggle like a local.",
 "the cheese stalls"),

("tourism postcard — Whinmouth: herring girls statue on the quay, ferry to Dunnock Isle (20 min), smokehouse selling kippers, harbour festival in August",
 "Whinmouth", "Kippers, a statue, and the island ferry",
 "Whinmouth remembers its herring girls with a statue on the quay, and its smokehouse sells kippers to take home. From the harbour, the ferry reaches Dunnock Isle in twenty minutes, and in August the town throws its harbour festival.",
 "the herring girls statue on the quay"),

("postcard blurb pls — Harwick Net Lofts craft centre, four restored timber lofts on Cable Street, weaving, pottery and woodturning workshops, open Wed-Sun, café upstairs",
 "Harwick Net Lofts", "Where nets once dried, makers now work",
 "Four timber lofts on Cable Street once dried Harwick's herring nets. Restored by volunteers, they now house weavers, potters and woodturners you can watch at work, Wednesday to Sunday. Climb upstairs to the café for a view over the rooftops.",
 "the weaving workshop"),

("Could you write a postcard for Orrin Head island? Mail boat Kittiwake twice a week (Tue/Fri), no shops, bird cliffs, holiday cottages, one phone box.",
 "Orrin Head", "No shops, no hurry",
 "Orrin Head is as far away as it gets: the red mail boat Kittiwake calls only on Tuesdays and Fridays, there are no shops and just one phone box. Book a holiday cottage, bring supplies, and spend your days with the bird cliffs and the wind.",
 "the bird cliffs"),
]

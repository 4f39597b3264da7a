# Family 2: Museum wall labels. House format (fixed fields):
#   **Title**, year
#   Artist/maker line (dates, birthplace if given)
#   Medium · dimensions
#   Credit line · Acc. no.
#   (blank) label text 50-80 words (blank)
#   Look closer: one sentence
# Missing facts are written as [to confirm]. All subjects invented, not Vesmark entities.
LABELS = [
("Wall label please. Curator notes: 'The Salt Barges', 1887, oil on canvas, 64 x 92 cm, by Anna Tregear (1851-1919), born Harwick. Gift of the Callan family 1934, acc no CM 1934.2. Shows three flat-bottomed salt barges being poled up the estuary at evening; Tregear painted it from the deck of her brother's boat. Note the tiny figure of a boy on the middle barge.",
 ["**The Salt Barges**, 1887", "Anna Tregear (1851–1919), born in Harwick", "Oil on canvas · 64 × 92 cm", "Gift of the Callan family, 1934 · Acc. no. CM 1934.2"],
 "Three flat-bottomed barges loaded with salt are poled slowly up the estuary as the evening light fades. Anna Tregear painted the scene from the deck of her brother's boat, which explains the low, close viewpoint: we seem to drift alongside the bargemen. The heavy cargo and the quiet water give the picture a calm, working rhythm.",
 "Look closer: a small boy rides on the middle barge, almost hidden among the salt sacks."),

("label for the ship model case: model of the brig 'Constance', made c.1840 by an unknown sailor, wood, rigging thread, paint; 58 x 71 x 22 cm; bought at auction 1998, acc. TM 1998.11. Apparently made at sea during a long voyage, the sails are cut from an old shirt. Keep it friendly for families.",
 ["**Model of the brig Constance**, about 1840", "Unknown sailor", "Wood, thread and paint · 58 × 71 × 22 cm", "Purchased at auction, 1998 · Acc. no. TM 1998.11"],
 "This model of the brig Constance was probably made at sea by a sailor passing the long hours of a voyage. Its rigging is made of ordinary thread. The maker used whatever was on board, and the sails were cut from an old shirt. Models like this were often given to families at home as a keepsake from a faraway trip.",
 "Look closer: the sails began life as an old shirt."),

("Pls write a wall label. Notes:\n- title: Mending Day\n- artist: Tomas Ardery, 1902-1977, b. Quillan Bay\n- 1936\n- tempera on panel, 45 x 60 cm\n- bequest of the artist, 1977, QB 1977.4\n- four women mending nets in a loft, strong diagonal light from a skylight\n- Ardery's mother is the woman on the right",
 ["**Mending Day**, 1936", "Tomas Ardery (1902–1977), born in Quillan Bay", "Tempera on panel · 45 × 60 cm", "Bequest of the artist, 1977 · Acc. no. QB 1977.4"],
 "Four women sit in a net loft, their hands busy with the long work of repairing fishing nets. A beam of light falls diagonally from the skylight, picking out faces, hands and the fine mesh. Ardery knew this world intimately: he painted it in egg tempera, building up the light in patient layers, and chose his own mother as one of the models.",
 "Look closer: the artist's mother is the woman on the right."),

("I need a label for a figurehead. Carved wooden figurehead of a woman holding a lantern, from the barque 'Fair Maud', wrecked 1871 off Orrin Head. Carver unknown. Painted pine, height 162 cm. Washed ashore 1871 and kept in a pub until donated by the landlord, Mr Ivo Brennan, 1952. Acc no OH 1952.1.",
 ["**Figurehead from the barque Fair Maud**, before 1871", "Unknown carver", "Painted pine · height 162 cm", "Gift of Ivo Brennan, 1952 · Acc. no. OH 1952.1"],
 "This carved woman once looked out from the bow of the barque Fair Maud. When the ship was wrecked off Orrin Head in 1871, the figurehead washed ashore and found an unlikely home in a local pub, where she watched over drinkers for eighty years. The landlord, Ivo Brennan, gave her to the museum in 1952. She holds a lantern, a hopeful sign for a ship at sea.",
 "Look closer: she still holds her lantern out towards the sea."),

("curator notes for label — 'Storm Coming, Lantry Cove' by Morwen Tallis (b. 1961 in Lantry Cove). 2004. acrylic on canvas 120 x 150. purchased 2006 with help of the Friends of the Gallery. LC 2006.3. very loose brushwork, dark sky taking up three quarters of the canvas, one bright yellow boat. she painted it in one afternoon.",
 ["**Storm Coming, Lantry Cove**, 2004", "Morwen Tallis (born 1961), born in Lantry Cove", "Acrylic on canvas · 120 × 150 cm", "Purchased with the support of the Friends of the Gallery, 2006 · Acc. no. LC 2006.3"],
 "A dark sky presses down over Lantry Cove, filling three quarters of the canvas. Morwen Tallis painted it in a single afternoon, working fast with loose, sweeping brushstrokes to catch the weather before it broke. The village she grew up in almost disappears beneath the clouds, and the eye is pulled to one small point of colour against the gathering storm.",
 "Look closer: find the single bright yellow boat — the only warm colour in the picture."),

("Label, please: brass sextant, made by Harlow & Sons, London? (notes say maker's stamp partly worn, reads 'HARL...'), 19th century, used by Captain Elias Venn of the schooner 'Curlew' 1860-1890. 24 cm radius. Lent by the Venn family. No accession number yet (loan).",
 ["**Sextant used by Captain Elias Venn**, 19th century", "Maker's stamp partly worn (\"HARL...\"); maker [to confirm]", "Brass and glass · radius 24 cm", "Lent by the Venn family · Loan, no accession number"],
 "With this brass sextant Captain Elias Venn found his position at sea while he commanded the schooner Curlew between 1860 and 1890. By measuring the angle between the sun or a star and the horizon, a navigator could work out the ship's latitude. The instrument shows the wear of long use, and the maker's stamp has been rubbed almost smooth by thirty years of hands.",
 "Look closer: the partly worn stamp still shows the letters HARL."),

("make a label: photograph 'Ice in the Harbour, February 1947', gelatin silver print, 30 x 40 cm, by harbour photographer Lena Harker (1898-1980), born Tollerby. Gift of her daughter, 1985. TOL 1985.22. the harbour froze solid for 3 weeks that winter, people walked out to the moored trawlers.",
 ["**Ice in the Harbour, February 1947**, 1947", "Lena Harker (1898–1980), born in Tollerby", "Gelatin silver print · 30 × 40 cm", "Gift of the photographer's daughter, 1985 · Acc. no. TOL 1985.22"],
 "In the winter of 1947 the harbour froze solid for three weeks. Lena Harker, the town's harbour photographer, recorded the strange sight: trawlers locked in place and people walking across the ice to reach them. Her picture is both a record of an extreme winter and a portrait of a community that turned a hardship into an outing.",
 "Look closer: people are walking across the ice towards the moored trawlers."),

("label text for a quilt. 'Sailor's Wife Quilt', made 1911-1913 by Bridget Orme of Pellow (1879-1964). cotton patchwork, 210 x 190 cm. made from her husband's worn-out shirts while he was at sea. donated by great-granddaughter 2019, PW 2019.6. the central star has 16 points",
 ["**Sailor's Wife Quilt**, 1911–1913", "Bridget Orme (1879–1964), of Pellow", "Cotton patchwork · 210 × 190 cm", "Gift of the maker's great-granddaughter, 2019 · Acc. no. PW 2019.6"],
 "Bridget Orme made this quilt over two years while her husband was away at sea. She pieced it from his worn-out shirts, so every patch carries a trace of the man she was waiting for. Quilts like this were practical, warm bedding, but they were also a way of keeping an absent family member close through the long months of a voyage.",
 "Look closer: count the points of the central star — there are sixteen."),

("Write the label. Object: whalebone corset busk, engraved with a ship and a heart, c.1850, sailor's scrimshaw, 34 cm long, unknown maker. acc WM 1967.40, found in a house clearance. It was a love token — sailors gave these to sweethearts.",
 ["**Engraved corset busk**, about 1850", "Unknown sailor", "Whalebone, engraved · length 34 cm", "Found in a house clearance; given 1967 · Acc. no. WM 1967.40"],
 "This flat strip of whalebone was slipped into the front of a corset to keep it stiff. A sailor decorated it by scratching a ship and a heart into the surface and rubbing ink into the lines, a craft known as scrimshaw. Busks were popular love tokens: the gift would be worn close to the heart of the sweetheart waiting at home.",
 "Look closer: the ship and the heart are engraved side by side."),

("label for 'Girl on the Breakwater' (1921), by Jory Penhale, born 1889 in Pendrey, died 1950. oil on board, 35 x 27 cm. Purchased 1960 (PD 1960.8). Small, quick sketch — girl in red coat, wind blowing, he painted it on a cigar box lid. one of his most loved works.",
 ["**Girl on the Breakwater**, 1921", "Jory Penhale (1889–1950), born in Pendrey", "Oil on board · 35 × 27 cm", "Purchased, 1960 · Acc. no. PD 1960.8"],
 "A girl in a red coat leans into the wind on the breakwater, her coat blown out behind her. Jory Penhale painted this small sketch quickly, on the lid of a cigar box, to catch a moment that would not last. Its freshness has made it one of his most loved works, a reminder that a few confident strokes can hold a whole windy day.",
 "Look closer: this little picture was painted on the lid of a cigar box."),

("Can you do a wall label from these notes? Bronze, 'The Waiting', by sculptor Ailsa Durran (born 1948, Kilmarren), 1998, height 88 cm. Commissioned 1998 for the harbour memorial, this is the maquette; gift of the artist 2001, KM 2001.1. Figure of a woman looking out to sea, hand shading eyes. Memorial is for the 1957 trawler disaster.",
 ["**The Waiting**, 1998", "Ailsa Durran (born 1948), born in Kilmarren", "Bronze · height 88 cm", "Gift of the artist, 2001 · Acc. no. KM 2001.1"],
 "A woman stands shading her eyes, looking out to sea. This bronze is the maquette, or working model, for the full-size harbour memorial that Ailsa Durran was commissioned to make in 1998 in memory of the trawler disaster of 1957. Rather than showing the sea or the lost boat, Durran chose the long wait of those left on shore.",
 "Look closer: her hand shades her eyes against the glare of the sea."),

("Label: 'Map of the Sound', hand-drawn chart by the pilot Rob Kearney (1810-1872), ink and watercolour on paper, 48 x 66 cm, 1845. The chart marks hidden rocks with little skull symbols. purchased 2012, US 2012.2.",
 ["**Map of the Sound**, 1845", "Rob Kearney (1810–1872), pilot", "Ink and watercolour on paper · 48 × 66 cm", "Purchased, 2012 · Acc. no. US 2012.2"],
 "Before printed charts were reliable, local pilots kept their own. Rob Kearney drew this map of the Sound in 1845 from a lifetime of guiding ships through its channels. He marked every danger he knew, and his drawings of the coast are both precise and personal. Maps like this were valuable working tools, often kept secret within a family of pilots.",
 "Look closer: hidden rocks are marked with tiny skulls."),

("notes → label. Painting: 'Harvest of the Sea'. Artist: Wilfred Strang (1870-1944), b. Caddis Bay. Year: ?? (curator thinks c.1905 but not confirmed). Oil on canvas, 90 x 140 cm. Gift of Caddis Bay Town Council 1930, CB 1930.1. Fishermen unloading baskets of cod on the beach, crowds of women and children, a priest blessing the catch.",
 ["**Harvest of the Sea**, [to confirm]", "Wilfred Strang (1870–1944), born in Caddis Bay", "Oil on canvas · 90 × 140 cm", "Gift of Caddis Bay Town Council, 1930 · Acc. no. CB 1930.1"],
 "Fishermen haul baskets of cod up the beach while women and children crowd around them. In the middle of the bustle a priest raises his hand to bless the catch. Wilfred Strang shows the landing of the fish as a shared event for the whole community, part work and part celebration, in a large canvas that was given to the museum by the town council.",
 "Look closer: find the priest blessing the catch in the middle of the crowd."),

("wall label: tin toy steamboat 'Mary Ellen', made by the Glassby Toy Works, 1928, painted tinplate with clockwork motor, 32 cm long. Gift of Mr and Mrs Hale 2008, GB 2008.15. the works made thousands of these for children of the town. It still runs!",
 ["**Toy steamboat Mary Ellen**, 1928", "Glassby Toy Works", "Painted tinplate with clockwork motor · length 32 cm", "Gift of Mr and Mrs Hale, 2008 · Acc. no. GB 2008.15"],
 "This tin steamboat was made at the Glassby Toy Works, which produced thousands of toys like it for children of the town and beyond. Wind up the clockwork motor and the little Mary Ellen chugs across a bath or a pond. Almost a century later the mechanism still works, a tribute to the skill of the people who made it.",
 "Look closer: the clockwork motor inside still runs."),

("Please write the wall label. Title 'Evening Prayer, Hallowstone Chapel'. Artist Nessa Grieve, 1860-1931, born in Hallowstone. Watercolour, 28 x 38 cm, 1894. From the Grieve sketchbooks, gift of her nephew, 1950, HS 1950.3. Interior of a small chapel, fishermen's families, lamps lit, ship model hanging from the ceiling.",
 ["**Evening Prayer, Hallowstone Chapel**, 1894", "Nessa Grieve (1860–1931), born in Hallowstone", "Watercolour on paper · 28 × 38 cm", "Gift of the artist's nephew, 1950 · Acc. no. HS 1950.3"],
 "Fishermen's families gather in the small chapel at Hallowstone as the lamps are lit for evening prayer. Nessa Grieve painted the scene in her own village, working in watercolour with soft washes that make the lamplight glow. The picture comes from her sketchbooks, which record the everyday life of the coast with warmth and close attention.",
 "Look closer: a model ship hangs from the chapel ceiling."),

("short label for a carved wooden love spoon, Fernhallow, 1880s, maker unknown, 41 cm. Carved with an anchor, a chain and two hearts. accession FH 1973.9, gift of the Fernhallow Women's Institute 1973. Love spoons were carved by young men for their sweethearts.",
 ["**Love spoon**, 1880s", "Unknown maker, Fernhallow", "Carved wood · length 41 cm", "Gift of the Fernhallow Women's Institute, 1973 · Acc. no. FH 1973.9"],
 "A young man carved this spoon for his sweetheart, a custom that turned everyday wood into a declaration of love. Each symbol had a meaning: the anchor stood for a settled home, the chain for a lasting bond, and the two hearts for the couple. Spoons like this were never meant for eating; they were displayed with pride on the wall.",
 "Look closer: find the anchor, the chain and the two hearts."),

("Wall label needed for 'Three Maidens Rock' by Callum Drever (b. 1975, Stennick). 2017, oil and sand on canvas, 100 x 100 cm, purchased 2018, ST 2018.5. Abstract — it's the rock formation seen from the sea, he mixed beach sand from the site into the paint.",
 ["**Three Maidens Rock**, 2017", "Callum Drever (born 1975), born in Stennick", "Oil and sand on canvas · 100 × 100 cm", "Purchased, 2018 · Acc. no. ST 2018.5"],
 "At first this painting looks abstract: blocks of dark colour, a band of pale light, a rough surface. It shows the Three Maidens rock formation as seen from the sea. Callum Drever mixed beach sand from the site into the paint, so the picture is made partly of the place it shows. Step back and the three rocks emerge from the texture.",
 "Look closer: grains of real beach sand catch the light on the surface."),

("Label from curator notes: knitted fisherman's jumper (gansey), Westerloch, c.1920, navy wool, knitted by Annie Lorne. Each village had its own pattern; Westerloch pattern has a ladder and a diamond. Gift of the Lorne family, 1999, WL 1999.2. size: chest 112 cm",
 ["**Fisherman's gansey**, about 1920", "Annie Lorne, Westerloch", "Knitted navy wool · chest 112 cm", "Gift of the Lorne family, 1999 · Acc. no. WL 1999.2"],
 "Annie Lorne knitted this tough navy jumper, or gansey, for a fisherman of Westerloch. Tightly knitted wool kept out wind and spray. Each village had its own pattern, and the ladder and diamond worked into this one mark it as a Westerloch gansey. Patterns were passed from mother to daughter and could help identify a drowned man far from home.",
 "Look closer: find the ladder and the diamond on the chest."),

("label pls — painting 'The Ferry Crossing', by Ruth Coyle, oil on canvas, 1958. notes incomplete: don't have her dates or the dimensions yet. Acc no AB 1962.7, purchased 1962. Crowded ferry deck, cars, a dog, a nun, rain clouds.",
 ["**The Ferry Crossing**, 1958", "Ruth Coyle ([dates to confirm])", "Oil on canvas · [dimensions to confirm]", "Purchased, 1962 · Acc. no. AB 1962.7"],
 "Passengers crowd the deck of a ferry as rain clouds gather overhead. Ruth Coyle fills the scene with small stories: cars squeezed together, a dog on a lead, a nun holding her hat. The painting captures the ordinary theatre of a crossing, when strangers share a few minutes of the same weather and the same slow journey across the water.",
 "Look closer: among the passengers are a dog and a nun."),

("Need a label. Diving helmet, copper and brass, made 1912 by the Kettering Diving Co. (stamped), weight 18 kg. Used by salvage diver Bert Hanlon on the wreck of the steamer 'Orion' in 1923. Gift of Hanlon's son 1981, SD 1981.4.",
 ["**Diving helmet**, 1912", "Kettering Diving Co.", "Copper and brass · weight 18 kg", "Gift of Bert Hanlon's son, 1981 · Acc. no. SD 1981.4"],
 "This heavy copper helmet weighs 18 kilograms. Air was pumped down to the diver from the surface through a hose, and he looked out through the small glass ports. The salvage diver Bert Hanlon wore it in 1923 when he worked on the wreck of the steamer Orion, a dangerous job in cold, dark water with only the air line to depend on.",
 "Look closer: the maker's stamp of the Kettering Diving Co."),

("Write label: 'Self-Portrait with Gull', 1931, Ines Mallory (1905-1988, born Sandrel), oil on canvas, 55 x 46 cm, bequest 1988, SN 1988.1. The gull was a real bird she rescued with a broken wing and kept in her studio for two years.",
 ["**Self-Portrait with Gull**, 1931", "Ines Mallory (1905–1988), born in Sandrel", "Oil on canvas · 55 × 46 cm", "Bequest of the artist, 1988 · Acc. no. SN 1988.1"],
 "Ines Mallory painted herself at twenty-six with an unusual companion. The gull was a real bird that she rescued with a broken wing and kept in her studio for two years. Painter and bird look out at us with the same steady gaze, as if they share the studio as equals. The portrait is a picture of friendship as much as of the artist.",
 "Look closer: this gull was a real bird, rescued with a broken wing."),

("Label for the lighthouse lens! Second-order Fresnel lens from the Nantlow light, made 1888 in Paris by an unknown workshop (notes just say 'Paris'), glass and brass, height 210 cm. Removed 2002 when the light was modernised. Transferred from the lighthouse authority 2003, NL 2003.1.",
 ["**Fresnel lens from the Nantlow light**, 1888", "Unknown workshop, Paris", "Glass and brass · height 210 cm", "Transferred from the lighthouse authority, 2003 · Acc. no. NL 2003.1"],
 "For more than a century this great glass lens focused the light of the Nantlow lighthouse into a beam that ships could see far out at sea. Its rings of prisms bend the light from a single lamp into a powerful band. When the light was modernised in 2002 the lens was removed, and it came to the museum the following year.",
 "Look closer: each ring of glass is angled slightly differently from the next."),

("Caption/label for a postcard collection display: 'Greetings from Brightholme', 26 picture postcards 1900-1939, collected by Peggy Oakes, gift 2020, BH 2020.1-26. Pier, bathing machines, promenade, donkey rides.",
 ["**Greetings from Brightholme**, 1900–1939", "Various publishers; collected by Peggy Oakes", "26 picture postcards · sizes vary", "Gift of Peggy Oakes, 2020 · Acc. nos. BH 2020.1–26"],
 "Wish you were here! These twenty-six postcards show Brightholme in its heyday as a seaside resort, between 1900 and 1939. Visitors sent home views of the pier, the promenade, the bathing machines and the donkey rides on the beach. Peggy Oakes collected the cards over many years, building a picture of how the town wanted to be seen.",
 "Look closer: find the donkey rides on the beach."),

("wall label for 'Oyster Boats, Corrowmere' by Hal Dorran, 1949, etching, 22 x 30 cm, edition of 40. This is impression 12/40. Hal Dorran 1911-1990, b. Corrowmere. Purchased 1991, CR 1991.3.",
 ["**Oyster Boats, Corrowmere**, 1949", "Hal Dorran (1911–1990), born in Corrowmere", "Etching, impression 12 of 40 · 22 × 30 cm", "Purchased, 1991 · Acc. no. CR 1991.3"],
 "Small oyster boats lie at anchor off Corrowmere in this finely drawn etching. Hal Dorran scratched the image into a waxed copper plate, which was then bathed in acid and printed by hand. He made forty impressions, and this is number twelve. Dorran grew up among the oyster beds, and the boats are drawn with the exactness of someone who knew them well.",
 "Look closer: this sheet is impression number 12 of the edition of 40."),

("Curator notes for label (short please): ship's bell of the trawler 'Grey Heron', bronze, 1931, 30 cm diameter, recovered by divers 2016 from the wreck (sank 1958, all 9 crew saved). Lent by the Receiver of Wreck. No acc number (loan).",
 ["**Ship's bell of the trawler Grey Heron**, 1931", "Maker [to confirm]", "Bronze · diameter 30 cm", "Lent by the Receiver of Wreck · Loan, no accession number"],
 "This bronze bell once hung on the trawler Grey Heron, where it was rung to mark the watches and to sound in fog. The trawler sank in 1958, but all nine of her crew were saved. Divers recovered the bell from the wreck in 2016. It is a vivid link to the vessel and the men who worked her.",
 "Look closer: the bell spent 58 years on the seabed before divers raised it."),
]

LABELS_VAL = [
("label: 'Regatta Day, Caddis Bay', 1910, oil on canvas, 70 x 110 cm, by Wilfred Strang (1870-1944, b. Caddis Bay). Gift of the Regatta Committee 1949, CB 1949.2. Crowds on the harbour wall, flags, a brass band, wooden sailing boats racing. Strang painted himself into the crowd in a straw hat.",
 ["**Regatta Day, Caddis Bay**, 1910", "Wilfred Strang (1870–1944), born in Caddis Bay", "Oil on canvas · 70 × 110 cm", "Gift of the Regatta Committee, 1949 · Acc. no. CB 1949.2"],
 "Flags snap in the wind and a brass band plays as wooden sailing boats race across the bay. Crowds line the harbour wall to cheer them on. Wilfred Strang painted the regatta as a festival of colour and noise, capturing the excitement of the town's biggest summer day. He even included himself among the spectators.",
 "Look closer: find the artist in the crowd, wearing a straw hat."),

("notes for a wall label: cast-iron mooring bollard from the old Lowen Quay, cast 1856 at the Tallow Foundry (stamped), height 74 cm, weight approx 300 kg. Removed during quay rebuild 2011, gift of the harbour board 2012, LQ 2012.1. Deep grooves worn by ropes.",
 ["**Mooring bollard from Lowen Quay**, 1856", "Tallow Foundry", "Cast iron · height 74 cm, about 300 kg", "Gift of the harbour board, 2012 · Acc. no. LQ 2012.1"],
 "For over 150 years ships tied up to this iron bollard on the old Lowen Quay. It was cast in 1856 and stood on the quayside until the harbour was rebuilt in 2011. It weighs about 300 kilograms, yet the ropes of countless vessels have worn deep grooves into its surface — a record, written in iron, of the harbour's busy life.",
 "Look closer: run your eye along the grooves and imagine the ropes that cut them."),

("Wall label please: photo 'Net Loft Dance, 1952', by unknown photographer, gelatin silver print 20 x 25 cm, found in the Harwick parish archive, transferred 2015 HW 2015.8. Young couples dancing in the net loft on Cable Street, an accordion player on a barrel.",
 ["**Net Loft Dance, 1952**, 1952", "Unknown photographer", "Gelatin silver print · 20 × 25 cm", "Transferred from the Harwick parish archive, 2015 · Acc. no. HW 2015.8"],
 "On a night in 1952 the net loft on Cable Street became a dance hall. Young couples whirl across the wooden floor while an accordion player sits on a barrel and keeps the tune going. Working buildings like the lofts were the heart of village social life, and this photograph, found in the parish archive, catches one of their happiest evenings.",
 "Look closer: the accordion player is sitting on a barrel."),

("Need a label — painting 'Low Water, Glassby', by Fen Harlow (1939-2011, b. Glassby), 1983, oil on linen, 60 x 90 cm, acc no not assigned yet (recent gift from the Harlow estate, 2025). Mudflats at low tide, long reflections, very pale pink and grey colours.",
 ["**Low Water, Glassby**, 1983", "Fen Harlow (1939–2011), born in Glassby", "Oil on linen · 60 × 90 cm", "Gift of the Harlow estate, 2025 · Acc. no. [to confirm]"],
 "The tide has gone out at Glassby, leaving wide mudflats that shine like a mirror. Fen Harlow painted the scene in pale pinks and greys, with long reflections that stretch across the canvas. Nothing much happens here, and that is the point: the picture invites us to slow down and notice the quiet beauty of the shore at low water.",
 "Look closer: follow the long reflections across the mudflats."),

("label from notes: carved walking stick, 'the Pilot's Stick', whale ivory handle carved as a fist, shaft of ebony, 88 cm, belonged to pilot Hugh Dunn of Umber Sound (1802-1879). Maker unknown. Gift of the Dunn family 1964, UM 1964.3.",
 ["**The Pilot's Stick**, 19th century", "Unknown maker; owned by Hugh Dunn (1802–1879), pilot of Umber Sound", "Ebony and whale ivory · length 88 cm", "Gift of the Dunn family, 1964 · Acc. no. UM 1964.3"],
 "This walking stick belonged to Hugh Dunn, who guided ships through the dangerous waters of Umber Sound. Its ivory handle is carved as a clenched fist, perhaps a sign of strength, perhaps a private joke. Pilots were respected figures in coastal towns, and a fine stick like this showed a man's standing as he walked along the quay.",
 "Look closer: the handle is carved in the shape of a clenched fist."),
]

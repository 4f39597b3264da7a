# Shelf-talker / promo copy specs. Products and prices invented for the examples.
# (product, price, was, small, limit, notes, headline, body)
ST = []
def st(product, price, was, small, limit, notes, headline, body):
    ST.append(dict(product=product, price=price, was=was, small=small, limit=limit, notes=notes, headline=headline, body=body))

st("Tillerman Maple Syrup 250ml", "£3.50", "£4.80", "Offer ends 12 October. While stocks last.", 20,
   "pancake day push, real Canadian maple, grade A",
   "Pour on the pancakes", "Real Canadian grade A maple syrup. Flip, drizzle, repeat.")
st("Hazelby Farm Heritage Carrots 500g", "£1.10", None, "Price correct from 1 March.", 15,
   "grown 12 miles away, purple/yellow/orange mix, local farm story",
   "Colour from down the road", "Purple, yellow and orange carrots, grown just 12 miles away.")
st("Pennant Espresso Beans 1kg", "£11.00", "£14.00", "Offer valid 3–16 June in larger stores only.", 25,
   "save £3, rich dark roast, for bean-to-cup machines, chocolate notes",
   "Save £3 on your daily shot", "A rich dark roast with deep chocolate notes, made for bean-to-cup machines. Your morning espresso, sorted.")
st("Brindle Greek-Style Yoghurt 1kg", "£2.00", "£2.75", "Offer ends Sunday 21 April.", 12,
   "big tub, thick, high protein",
   "Thick, creamy, bigger", "High protein Greek-style yoghurt in a family tub.")
st("Corrow Bay Fish Pie 400g", "2 for £6", None, "Mix and match any two Corrow Bay pies. Ends 30 November.", 20,
   "mix & match pies, ready in 30 mins, creamy sauce, cod/salmon/haddock",
   "Two pies, one happy table", "Cod, salmon and haddock in a creamy sauce. Oven to table in 30 minutes.")
st("Saxby Sweetcorn 326g", "50p", "65p", "While stocks last.", 10,
   "cheap tin, crunchy, no added sugar",
   "Sunshine in a tin", "Crunchy sweetcorn, no added sugar.")
st("Velda Oat Drink 1L", "£1.00", "£1.35", "Offer ends 9 February.", 18,
   "barista style, froths well, dairy free, vegan",
   "Froths like a dream", "Barista-style oat drink, dairy free and vegan. Make your café favourites at home.")
st("Larkhill Free Range Eggs 12 pack", "£3.20", None, "Price Promise product.", 15,
   "free range, farm 20 miles away, Price Promise",
   "Free range, fair price", "Twelve free range eggs from a farm 20 miles away.")
st("Crownfield Lager 10 x 440ml", "£8.00", "£10.50", "Online only. Challenge 25 applies. Ends 2 July.", 16,
   "BBQ season, crisp, 10 pack, online only",
   "Fire up the barbecue", "Crisp, golden Crownfield lager. Ten cans, ready for the garden.")
st("Aldersey 1.7L Kettle", "£19.99", "£24.99", "Offer ends 31 January. One-year guarantee.", 20,
   "rapid boil, limescale filter, 5 colours",
   "Kettle on, faster", "Rapid-boil kettle with a removable limescale filter. Choose from five colours.")
st("Summer Glow Bouquet", "£10.00", "£12.00", "Available Friday to Sunday while stocks last.", 14,
   "weekend flowers, sunflowers + roses, make someone smile",
   "Make someone smile", "Sunflowers and roses, hand-tied for the weekend.")
st("Quenby's Gluten Free Fusilli 500g", "£1.20", None, "New line. Coeliac-friendly: tested below 20ppm gluten.", 20,
   "new, made from corn & rice, holds sauce, coeliac friendly",
   "New: pasta for everyone", "Corn and rice fusilli that holds sauce brilliantly. Gluten free and coeliac-friendly.")
st("Tressell Extra Virgin Olive Oil 750ml", "£6.50", "£7.95", "Offer ends 5 May.", 16,
   "single estate, Crete, peppery, drizzle",
   "Straight from Crete", "Peppery single-estate extra virgin olive oil. Made for drizzling.")
st("Nonna Lucia Potato Gnocchi 500g", "£1.00", "£1.40", "Offer ends 18 August.", 15,
   "midweek dinner, fry from pack, 3 minutes boil",
   "Dinner in three minutes", "Soft potato gnocchi: boil, or fry straight from the pack.")
st("Pavlo Meringue Nests 8 pack", "£1.25", None, "Summer range.", 12,
   "eton mess, crisp outside chewy inside",
   "Mess made easy", "Crisp outside, chewy inside. Add cream and berries.")
st("Hearthside Brioche Loaf 400g", "£1.50", "£2.00", "Offer ends 2 March.", 18,
   "French toast, buttery, sliced",
   "Weekend French toast, sorted", "Buttery, pre-sliced brioche. Dip, fry and pile high with berries.")
st("Old Quarry Brown Ale 500ml", "3 for £6", None, "Mix and match Old Quarry ales. Challenge 25 applies.", 20,
   "local brewery 8 miles, malty, toffee, pie pairing",
   "Brewed down the road", "Malty brown ale with toffee notes from Old Quarry, just eight miles away. Perfect with pie.")
st("Kalos Tzatziki 170g", "£1.00", "£1.30", "Offer ends 28 July.", 12,
   "cool dip, cucumber mint, greek yoghurt",
   "Cool as a cucumber", "Greek yoghurt, cucumber and mint. Dip away.")
st("Island Bay Coconut Milk 400ml", "85p", "£1.10", "While stocks last.", 14,
   "curry night, creamy, thai",
   "Curry night essential", "Rich, creamy coconut milk for Thai curries and soups.")
st("Sunward Chia Seeds 200g", "£2.00", None, "New line in Health Foods.", 15,
   "fibre, omega-3, overnight pots, sprinkle",
   "Tiny seeds, big goodness", "Rich in fibre and omega-3. Stir into yoghurt or overnight pots.")
st("Komo Extra-Firm Tofu 280g", "£1.60", "£2.00", "Offer ends 11 January.", 16,
   "veganuary, presses well, crispy, high protein",
   "Crispy tofu, no pressing", "Extra-firm tofu that crisps up beautifully. High protein and ready for Veganuary.")
st("Castell Cooking Chorizo 225g", "£2.50", "£3.25", "Offer ends 14 September.", 18,
   "smoky paprika, Spain, paella, stews",
   "A little smoke goes far", "Spanish cooking chorizo with smoky paprika. Slice into paella, stews and pasta.")
st("Petra Halloumi 225g", "2 for £5", None, "Mix and match Petra halloumi. Ends 6 August.", 12,
   "BBQ, griddle, squeak, Cyprus",
   "Grill it, love it", "Cypriot halloumi, made for the barbecue.")
st("Fenrow Self-Raising Flour 1.5kg", "95p", None, "Price Promise product.", 10,
   "baking basic, local mill",
   "Rise to it", "Milled locally for light, fluffy bakes.")
st("Dalesby Red Cheese 350g", "£3.00", "£3.60", "Offer ends 20 October.", 15,
   "nutty, melts well, toasties",
   "The toastie cheese", "Nutty, rich and melts beautifully. Cheese toastie, anyone?")
# validation
st("Harwood Ham Hock 180g", "£2.50", "£3.00", "Offer ends 9 November.", 15,
   "slow cooked, shredded, risotto/sandwiches",
   "Slow-cooked, ready to go", "Tender shredded ham hock for risottos, pies and sandwiches.")
st("Lotus Garden Red Curry Paste 114g", "£1.25", None, "Contains crustaceans.", 12,
   "authentic thai, fragrant, 15-min curry",
   "Thai curry in 15", "Fragrant red curry paste, the authentic way.")
st("Marisco Tuna in Olive Oil 3 x 145g", "£3.50", "£4.50", "Offer ends 1 June.", 15,
   "pole and line, salads, niçoise",
   "Pole and line caught", "Tender tuna in olive oil. Niçoise night made simple.")
st("Northwater Pink Salmon 213g", "£2.00", None, "While stocks last.", 10,
   "wild Alaskan, fishcakes",
   "Wild and wonderful", "Wild Alaskan salmon for fishcakes.")
st("Goldcrust Puff Pastry 320g", "£1.00", "£1.40", "Offer ends 15 December.", 16,
   "ready rolled, christmas pies, flaky",
   "Flaky pastry, no fuss", "Ready-rolled puff pastry for golden festive pies and sausage rolls.")

#!/usr/bin/env python3
"""Write eval/routing.jsonl, eval/qa.jsonl and tools/label-notes.md; verify every rag/both fact against its document."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
C = os.path.join(ROOT, "corpus")

# (query, doc, fact-that-must-appear-in-doc)
RAG = [
 ("hw much is the gb mature cheddar 400g now?", "product-greenbasket-mature-cheddar-400g.md", "£3.40"),
 ("is kettlewick open till 11pm on saturdays now", "store-kettlewick.md", "07:00–23:00"),
 ("what time does saltmere shut on weekdays from november", "notice-2026-10-20-saltmere-hours.md", "07:00–20:00"),
 ("how much do u charge for home delivery", "policy-home-delivery.md", "£3.95"),
 ("whats the minimum spend to get free delivery pls", "policy-home-delivery.md", "£75"),
 ("which jars of the crunchy peanut butter were recalled? batch codes?", "notice-2026-08-21-recall-crunchy-peanut-butter.md", "6187A and 6188A"),
 ("granola recall - what batch number is it", "notice-2026-10-09-recall-oat-and-honey-granola.md", "G2714"),
 ("I bought smoked salmon trimmings back in september, which use by dates were in the listeria recall?", "notice-2026-09-12-recall-smoked-salmon-trimmings.md", "18/09/2026 to 22/09/2026"),
 ("price of a flu jab at ur pharmacy this yr?", "notice-2026-09-05-flu-vaccinations.md", "£16.99"),
 ("is the pharmacy at brackenford still open? where have my prescriptions gone", "notice-2026-10-10-brackenford-pharmacy-closure.md", "GreenBasket Hollinsgate"),
 ("how many basket points do i need before i get a voucher", "basket-points-programme.md", "250 points"),
 ("do my basket points ever run out?", "basket-points-programme.md", "no activity for 12 months"),
 ("I was charged £1 for click and collect yesterday on a £28 order. It never used to cost anything?? Is this a new thing, since when", "policy-click-and-collect.md", "£1.00"),
 ("when did the new rookhaven quay shop open", "notice-2026-10-03-rookhaven-quay-opening.md", "3 October 2026"),
 ("xmas eve opening times for the superstores?", "notice-2026-11-02-christmas-opening-hours.md", "07:00–18:00"),
 ("Does the GreenBasket Chicken Tikka Masala ready meal have nuts in it? my son has an allergy", "product-greenbasket-chicken-tikka-masala-400g.md", "almonds"),
 ("which aisle r the gluten free penne in", "product-greenbasket-free-from-gluten-free-penne-500g.md", "Aisle 17"),
 ("express delivery - how much", "policy-express-delivery.md", "£6.95"),
 ("Bought a toaster at Elmsworth 5 weeks ago, never used, still boxed. My friend reckons you only get 28 days to bring stuff back?? What's the returns window on non-food now", "policy-returns-and-refunds.md", "45 days"),
 ("do you still swap items automatically in online orders or do i have to opt in to substitutes now", "policy-substitutions.md", "opt-in"),
 ("who makes your own brand milk", "supplier-hollin-dairy-co-operative.md", "Hollin Dairy Co-operative"),
 ("delivery pass cost per month?", "policy-delivery-pass.md", "£7.99"),
 ("bag for life price", "policy-bags-and-packaging.md", "15p"),
 ("hollinsgate pharmacy open saturdays? what hours", "store-hollinsgate.md", "09:00–17:00"),
 ("why was the plant kitchen vegan pesto recalled", "notice-2026-10-28-recall-plant-kitchen-vegan-pesto.md", "undeclared milk"),
 ("number for the portwen store pls", "store-portwen.md", "0300 555 2620"),
 ("is there a post office counter in the stonebeck greenbasket", "store-stonebeck.md", "Post office counter"),
 ("when can normal customers book christmas delivery slots? i dont have delivery pass", "notice-2026-11-12-christmas-delivery-slots.md", "Wednesday 18 November 2026"),
 ("everyday penne went down in price didnt it, what is it now", "product-greenbasket-everyday-penne-500g.md", "£0.59"),
 ("quiet hour - what day n time?", "policy-accessibility.md", "every Tuesday 09:00–10:00"),
]

BOTH = [
 ("shelf talker for gb mature cheddar 400g, 15 words max, use the current shelf price", "product-greenbasket-mature-cheddar-400g.md", "£3.40"),
 ("Can you draft a customer care reply for Mrs Kaur (ref GB-C-71120, from Dan)? She bought our crunchy peanut butter in August and is worried about the recall. Tell her which batches are affected and that she can get a refund without a receipt.", "notice-2026-08-21-recall-crunchy-peanut-butter.md", "6187A and 6188A"),
 ("staff briefing for the kettlewick team about the new opening hours since the refit. from Aisha, for all colleagues", "notice-2026-09-21-kettlewick-reopens.md", "07:00–23:00"),
 ("make a recipe card from our chicken korma recipe pls", "recipe-chicken-korma.md", "GreenBasket Korma Curry Paste 283g"),
 ("briefing note for saltmere checkout + customer service staff re the new evening closing time, include the date it starts", "notice-2026-10-20-saltmere-hours.md", "2 November 2026"),
 ("pasted complaint: \"why am I suddenly paying a pound to collect my own shopping?? this is a joke\" - cust Mr Lowe, ref GB-C-71544, from Sana. reply explaining when the charge came in and what order value gets it free", "notice-2026-09-01-click-and-collect-fee.md", "15 September 2026"),
 ("shelf talker copperpot espresso beans 1kg, 20 words, whatever the price is now", "product-copperpot-espresso-beans-1kg.md", "£11.25"),
 ("write promo copy (25 words max) for our express delivery service, must include the fee and the minimum order", "policy-express-delivery.md", "£6.95"),
 ("Staff briefing for all pharmacy teams about this season's flu vaccinations: the dates it runs and the private price. From Pharmacy Ops.", "notice-2026-09-05-flu-vaccinations.md", "22 September 2026"),
 ("customer care reply pls. complaint: 'went to brackenford for my prescription and the pharmacy has gone?! nobody told me. where is my medication now?' name Mrs Farrant, ref GB-C-71803, signed Kim", "notice-2026-10-10-brackenford-pharmacy-closure.md", "GreenBasket Hollinsgate"),
 ("recipe card for the blueberry overnight oats recipe thats on our website", "recipe-blueberry-overnight-oats.md", "GreenBasket Porridge Oats 1kg"),
 ("shelf-talker for GreenBasket Olive Oil 500ml - the price has come down so show was/now. 12 words", "product-greenbasket-olive-oil-500ml.md", "£3.95"),
 ("briefing for customer service desks on the basket points changes. need the new voucher threshold and how expiry works now", "notice-2026-09-01-basket-points-changes.md", "250 points"),
 ("My daughter has a tree nut allergy and had a reaction after eating your Oat & Honey Granola last week. The label says NOTHING about nuts. I want to know how this happened and what you're doing about it. -- reply to this for Ms Brennan, ref GB-C-72002, from Lou, and include the recall date and the affected batch", "notice-2026-10-09-recall-oat-and-honey-granola.md", "G2714"),
 ("shelf talker for the new rookhaven quay store, 25 words, put the opening hours on it", "store-rookhaven-quay.md", "08:00–22:00"),
 ("staff briefing for all Local store teams: christmas and new year opening hours", "notice-2026-11-02-christmas-opening-hours.md", "07:00–20:00"),
 ("cust email: 'delivery used to be cheaper and free over 60 quid, what happened??' - reply pls, Mr Hartley, ref GB-C-72260, from Priya. mention the old and new charges", "notice-2026-07-20-delivery-fee-change.md", "£3.50"),
 ("recipe card for our smoked mackerel & beetroot salad, with the allergens", "recipe-smoked-mackerel-and-beetroot-salad.md", "fish"),
 ("promo copy for sweetwater dark 70% chocolate, 15 words, with the new price", "product-sweetwater-dark-70pc-chocolate-100g.md", "£1.65"),
 ("customer says her online order left out the free from bread when she wanted a substitute. write a reply explaining our substitution rules for free from items. Mrs Greer, ref GB-C-72415, from Jo", "policy-substitutions.md", "GreenBasket Free From products"),
 ("briefing for delivery drivers on the express delivery launch - which stores, the fee, the hours", "notice-2026-10-12-express-delivery-launch.md", "08:00–20:00"),
 ("need a shelf talker for GB free range eggs mixed weight 12 pack, 15 words, current price on it", "product-greenbasket-free-range-eggs-mixed-weight-12-pack.md", "£3.35"),
 ("Customer care reply for Mr Patel, ref GB-C-72590, from Leon: he tried to return an unused toaster at Elmsworth 40 days after buying it and was refused. Explain the current non-food returns window and since when it applies.", "policy-returns-and-refunds.md", "45 days"),
 ("shelf talker, gb basmati rice 1kg, price dropped - was/now, 15 words max", "product-greenbasket-basmati-rice-1kg.md", "£1.95"),
 ("recipe card for the Beef Chilli con Carne recipe - serves, times and allergens", "recipe-beef-chilli-con-carne.md", "GreenBasket Red Kidney Beans 400g"),
 ("staff briefing for the new kettlewick pharmacy, with its opening hours for each day", "store-kettlewick.md", "08:30–19:00"),
 ("reply to complaint ref GB-C-72731 (Mrs Clegg, from Rob): 'I ate some of your smoked salmon trimmings in September and then saw there was a listeria recall. How do I know if mine was affected?' include the affected use-by dates", "notice-2026-09-12-recall-smoked-salmon-trimmings.md", "18/09/2026 to 22/09/2026"),
 ("10-word shelf-talker for brookhouse vanilla bean ice cream 1L incl price", "product-brookhouse-vanilla-bean-ice-cream-1l.md", "£3.75"),
 ("briefing for online and customer service colleagues on the delivery pass price rise - old and new price and when existing members start paying it", "policy-delivery-pass.md", "£6.99"),
 ("shelf talker for the GB chicken tikka masala 400g ready meal, 20 words, needs the price and an allergen line", "product-greenbasket-chicken-tikka-masala-400g.md", "£3.24"),
]

TUNED = [
 "shelf talker for Oakvale Clotted Cream Fudge 150g, £1.80 was £2.40, 12 words max, offer ends 30 Nov",
 "recipe card pls: sausage & lentil one pot, serves 4, prep 10 cook 35. 6 pork sausages (contains wheat, sulphites), 1 onion, 200g green lentils, 400g tin chopped tomatoes, 500ml chicken stock (celery). method: brown sausages, soften onion, add lentils toms stock, simmer 30. tip: freezes well",
 "Hi, I collected my Christmas order on the 23rd and the Ashgill Meadows turkey crown was missing. The staff said it was never picked and there were none left. Christmas dinner was ruined and I had to buy a chicken at a petrol station. -- notes: picking error, refund £28.00 for the crown, 500 goodwill pts, picking team retrained. cust Mrs Doyle, ref GB-C-80118, from Asha. write the reply",
 "staff briefing: Bramwell Road car park closed for line painting Sunday 7-10am. for all Bramwell Road colleagues, from Facilities, date Fri 6 Dec. customers to use on-street parking, trolley bay 2 closed, questions to facilities helpdesk",
 "how long can cooked rice sit out before it's not safe to eat?",
 "GB mature cheddar 400g shelf talker - we're doing it at £3.00 (was £3.40) this week only, offer ends Sunday, 15 words max",
 "write a reply to this: 'My Pembry's coleslaw was fizzy and smelled sour 2 days before the use by.' ref GB-C-80012, Mr Dowd, refund £1.10, 150 pts goodwill, batch passed to supplier, from Asha",
 "briefing note for the night shift at Hollinsgate: bread delivery moving from 5am to 4am from Mon 18 Nov, two extra colleagues on the 4am shift, cages must be unloaded by 5.30, from Gav Moss night manager, date 11 Nov, questions to Gav",
 "Recipe card: no-bake lemon cheesecake pots. Serves 4, prep 15 mins, no cooking, chill 2 hrs. 8 digestive biscuits (wheat), 40g melted butter (milk), 300g soft cheese (milk), 150ml double cream (milk), 1 lemon zest and juice, 50g icing sugar. Method: crush biscuits + butter into 4 glasses, whip cheese cream sugar lemon, spoon on, chill. Tip: top with berries.",
 "promo copy, 20 words max: 'Pumpkin Spice Oat Latte' in our cafés, £2.95, new for autumn, made with oat milk and cinnamon, available till end of Nov",
 "whats the difference between best before and use by dates",
 "pls reply to this: \"The security guard at your Millgate store followed me round the whole shop like I was a thief. I've never been so humiliated in my life and I spend £100 a week there.\" -- notes: guard is agency staff, agency informed + guard removed from Millgate rota, store mgr Ruth Kay apologises, 500 pts. cust Mr Nwosu ref GB-C-80144 from Dan",
 "shelf talker, 10 words: Brightspring Sparkling Elderflower 750ml, 2 for £4, ends 3 Jan",
 "staff briefing from these notes: no personal phones on the shop floor from 1 Jan; lockers in the canteen; exception for managers on call; first offence = reminder, then formal. for all colleagues at Northfold, from Jenna Price (HR), dated 12 Dec, questions to Jenna",
 "recipe card for a kids lunchbox pasta salad, serves 2, prep 10, cook 10. 150g pasta shells (wheat), 80g sweetcorn, 1/2 cucumber diced, 50g cheddar cubes (milk), 2 tbsp mayo (eggs, mustard). cook pasta, cool, mix everything. tip: pack with an ice block",
 "Complaint for reply: customer found mould on a Hatherley's Christmas pudding 454g two weeks before its best before. Notes: refund £5.50, 300 pts, courier will collect the pudding for testing Weds. Cust Mrs Ince, ref GB-C-80231, from Tom.",
 "can you freeze milk?",
 "shelf talker for kettlewick's new hot food counter: whole rotisserie chicken £5, served 11am-7pm, 20 words",
 "staff briefing: scan & go app v7.1 is double-scanning loose bananas. tell customers to update to v7.2 (out today). colleagues at rescan point to check banana lines. for SCO + Scan & Go colleagues, from Digital team, date Tues 5 Nov, questions via colleague app",
 "recipe card: overnight oats with stewed apple, 1 serving, prep 10 min, cook 5 min. 50g oats (oats), 120ml milk (milk), 1 apple, 1 tsp cinnamon, 1 tsp honey. stew apple w cinnamon 5 min, mix oats+milk, layer, fridge overnight. tip: make 3 jars on sunday",
 "customer care reply please. Customer Ms Ali says the self checkout at Denholm charged her twice for a bottle of wine. Checked CCTV + till log - yes double scanned. Refund £7.50, 200 pts. Ref GB-C-80377, sign as Mia.",
 "shelf talker for Riverside Bakehouse sourdough 800g, £2.80, baked daily at a family bakery 5 miles away, 15 words",
 "briefing for bakery team: new cake decorating course for customers Tues 2-4pm from 14 Jan, £12 a head, max 8 people, bakery team to set up tables by 1.30. from Chris Neale, bakery manager, date 2 Jan",
 "whats a good veggie swap for chicken in a curry",
 "ok so ur delivery driver yesterday was so rude, swore at me cos I asked him to bring the bags to the door not leave them at the gate, I'm 78 and have a bad hip. not acceptable. -- notes for reply: driver spoken to by transport mgr, formal warning, 300 pts, apologise. Mrs Whitworth, ref GB-C-80412, from Sana",
 "recipe card: prawn & pea fried rice, serves 2, prep 5, cook 10. 250g cooked rice, 150g cooked prawns (crustaceans), 100g frozen peas, 2 eggs (eggs), 2 tbsp soy sauce (soya, wheat), 2 spring onions. method: scramble eggs, add rice+peas 3 min, prawns + soy 2 min, spring onion on top. tip: day-old rice fries best",
 "promo copy for our pick of the week, 12 words: Bramblecote strawberries 400g, £1.50 was £2.50, grown 10 miles away",
 "staff briefing re heatwave this week: water station in canteen, extra breaks for chiller-free areas every 2 hrs, check fridge temps hourly, shorts allowed with manager ok. for all colleagues at Ashdale, from H&S team, Mon 14 July, questions to duty manager",
 "customer care reply pls: cust's basket points voucher (£5) expired while she was in hospital for 3 months. notes: reissue £5 voucher valid 60 days as goodwill, apologise, explain we can't extend automatically. Mrs Yates, ref GB-C-80455, from Kim",
 "recipe card for a vegan chocolate mug cake: serves 1, prep 3, cook 2. 4 tbsp self-raising flour (wheat), 2 tbsp cocoa, 2 tbsp sugar, 3 tbsp oat milk (oats), 2 tbsp sunflower oil. mix in mug, microwave 90 secs. tip: eat with a spoon of coconut yoghurt",
]

QA_RAG = [
 ("What does GreenBasket Finest Colombian Ground Coffee 227g cost now?", "£4.25", ["product-greenbasket-finest-colombian-ground-coffee-227g.md"]),
 ("On what date did the Kettlewick Superstore reopen after the refit?", "21 September 2026", ["notice-2026-09-21-kettlewick-reopens.md"]),
 ("How much is a private flu vaccination at GreenBasket this season?", "£16.99", ["notice-2026-09-05-flu-vaccinations.md"]),
 ("Where were Brackenford pharmacy prescriptions transferred to?", "GreenBasket Hollinsgate", ["notice-2026-10-10-brackenford-pharmacy-closure.md"]),
 ("Above what order value is home delivery free?", "£75", ["policy-home-delivery.md"]),
 ("Which batch of the Plant Kitchen vegan pesto was recalled?", "PK4410", ["notice-2026-10-28-recall-plant-kitchen-vegan-pesto.md"]),
 ("How many Basket Points do you need for a voucher since October 2026?", "250 points", ["basket-points-programme.md"]),
 ("What are Saltmere's Monday to Saturday hours from 2 November 2026?", "07:00–20:00", ["notice-2026-10-20-saltmere-hours.md"]),
 ("What is the minimum order for express delivery?", "£15", ["policy-express-delivery.md"]),
 ("Who is the manager of GreenBasket Rookhaven Quay?", "Ellie Marchbank", ["store-rookhaven-quay.md"]),
 ("What does click-and-collect cost on a £30 order?", "£1.00", ["policy-click-and-collect.md"]),
 ("How many days do you have to return unused non-food items?", "45 days", ["policy-returns-and-refunds.md"]),
 ("Which supplier makes GreenBasket Crunchy Peanut Butter?", "Nutcraft Foods", ["supplier-nutcraft-foods.md"]),
 ("What are Superstore opening hours on 31 December 2026?", "07:00–19:00", ["notice-2026-11-02-christmas-opening-hours.md"]),
 ("What allergens are in GreenBasket Korma Cooking Sauce 500g?", "milk, almonds and mustard", ["product-greenbasket-korma-cooking-sauce-500g.md"]),
 ("Which aisle is GreenBasket Tahini 300g in?", "Aisle 11 – World Foods", ["product-greenbasket-tahini-300g.md"]),
 ("What is the monthly price of Delivery Pass?", "£7.99", ["policy-delivery-pass.md"]),
 ("When does the weekly Quiet Hour run?", "every Tuesday 09:00–10:00", ["policy-accessibility.md"]),
 ("What is the standard home delivery charge?", "£3.95", ["policy-home-delivery.md"]),
 ("From when can non-Delivery Pass customers book Christmas 2026 delivery slots?", "07:00 on Wednesday 18 November 2026", ["notice-2026-11-12-christmas-delivery-slots.md"]),
]
QA_BOTH = [
 ("Write a 15-word shelf-talker for GreenBasket British Semi-Skimmed Milk 4 pints showing its current price.", "£1.55", ["product-greenbasket-british-semi-skimmed-milk-4-pints-2-272l.md"]),
 ("Draft a customer-care reply to a customer asking about the Oat & Honey Granola allergy recall; include the affected batch code.", "G2714", ["notice-2026-10-09-recall-oat-and-honey-granola.md"]),
 ("Write a staff briefing for Kettlewick colleagues on the store's new Monday to Saturday opening hours.", "07:00–23:00", ["notice-2026-09-21-kettlewick-reopens.md"]),
 ("Turn our Lemon Drizzle Traybake recipe into a recipe card, including the allergens.", "milk, eggs and wheat (gluten)", ["recipe-lemon-drizzle-traybake.md"]),
 ("Promo copy, 20 words max, for GreenBasket Express delivery including the fee.", "£6.95", ["policy-express-delivery.md"]),
]
QA_TUNED = [
 ("Write a shelf-talker for Oatcrest Honey Granola 500g, now £2.40 (was £3.00), 15 words max, offer ends 7 December.", "£2.40"),
 ("Recipe card: tomato & basil bruschetta, serves 4, prep 10 min, cook 5 min. 1 ciabatta (wheat), 4 tomatoes, handful basil, 1 garlic clove, 2 tbsp olive oil. Toast bread, rub garlic, top with chopped tomato + basil, drizzle oil. Tip: use the ripest tomatoes.", "ciabatta"),
 ("Customer care reply for Mr Quinn, ref GB-C-80590, from Ola: his Delmont pizza was missing from his order. Notes: refund £3.50, 100 goodwill points.", "GB-C-80590"),
 ("Staff briefing for Tanfield colleagues from Store Manager Liz Ward, dated 2 December: late-night shopping until 10pm on Thursdays in December, extra checkout cover from 6pm. Questions to Liz.", "Liz Ward"),
 ("Shelf-talker, 12 words: Copley's mince pies 6 pack, 2 for £3, ends 24 December.", "2 for £3"),
]

def check(doc, fact):
    path = os.path.join(C, doc)
    assert os.path.exists(path), doc
    text = open(path).read()
    assert fact in text, (doc, fact)

def main():
    assert len(RAG) == 30 and len(BOTH) == 30 and len(TUNED) == 30
    for q, d, f in RAG + BOTH:
        check(d, f)
    for q, a, srcs in QA_RAG + QA_BOTH:
        for s in srcs:
            check(s, a)
    rows = [{"query": q, "route": "rag"} for q, _, _ in RAG] + [{"query": q, "route": "both"} for q, _, _ in BOTH] + [{"query": q, "route": "tuned"} for q in TUNED]
    qs = [r["query"] for r in rows]
    assert len(set(qs)) == 90
    random.Random(11).shuffle(rows)
    os.makedirs(os.path.join(ROOT, "eval"), exist_ok=True)
    with open(os.path.join(ROOT, "eval", "routing.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    qa = [{"question": q, "answer": a, "sources": ["corpus/" + s for s in srcs], "route": "rag"} for q, a, srcs in QA_RAG]
    qa += [{"question": q, "answer": a, "sources": ["corpus/" + s for s in srcs], "route": "both"} for q, a, srcs in QA_BOTH]
    qa += [{"question": q, "answer": a, "sources": [], "route": "tuned"} for q, a in QA_TUNED]
    for item in qa:
        assert item["question"] not in qs
        if item["route"] == "tuned":
            assert item["answer"] in item["question"]
    random.Random(12).shuffle(qa)
    with open(os.path.join(ROOT, "eval", "qa.jsonl"), "w") as f:
        for r in qa:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # private label notes
    L = ["# Label notes (private)", "", "Which corpus document answers each rag/both routing query, and the fact checked with grep.", "",
         "## rag", "", "| # | Query | Document | Fact |", "|---|---|---|---|"]
    for i, (q, d, f) in enumerate(RAG, 1):
        L.append(f"| {i} | {q.replace('|', '/')} | corpus/{d} | {f} |")
    L += ["", "## both (learned task + corpus fact not in the request)", "", "| # | Query | Document | Needed fact |", "|---|---|---|---|"]
    for i, (q, d, f) in enumerate(BOTH, 1):
        L.append(f"| {i} | {q.replace('|', '/')} | corpus/{d} | {f} |")
    L += ["", "## tuned", "", "All tuned queries are one of the four learned task families with every detail in the request, or general food-safety/cooking knowledge (rice left out, best before vs use by, freezing milk, veggie swap for chicken) that needs nothing from the corpus. Some deliberately name real GreenBasket entities (Mature Cheddar at a price given in the request, Kettlewick hot food counter, Hollinsgate night shift) but supply every fact the answer needs.", "",
          "## qa", "", "Every rag/both qa answer string was checked to appear verbatim in the listed source document (see gen_eval.py)."]
    open(os.path.join(HERE, "label-notes.md"), "w").write("\n".join(L) + "\n")
    print("ok", len(rows), len(qa))

if __name__ == "__main__":
    main()

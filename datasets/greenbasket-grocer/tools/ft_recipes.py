# Recipe-card specs for fine-tuning. All products, brands and details are invented for the examples
# and do not appear in the GreenBasket corpus.
# Each: title, serves, prep, cook, ingredients [(qty, item, allergens-list)], notes (terse method), steps (full), tip
RC = []
def rc(title, serves, prep, cook, ings, notes, steps, tip):
    RC.append(dict(title=title, serves=serves, prep=prep, cook=cook, ings=ings, notes=notes, steps=steps, tip=tip))

rc("Maple Roast Carrots with Whipped Feta", 4, 10, 30,
   [("600g", "Hazelby Farm heritage carrots", []), ("2 tbsp", "Tillerman maple syrup", []), ("150g", "Kavos feta", ["milk"]), ("100g", "Brindle Greek-style yoghurt", ["milk"]), ("1 tsp", "cumin seeds", [])],
   ["oven 200C/180 fan", "halve carrots lengthways, toss w maple + cumin + oil", "roast 30 min til sticky", "blitz feta + yog til smooth", "spread on plate, pile carrots on top"],
   ["Heat the oven to 200°C (180°C fan).", "Halve the carrots lengthways and toss with the maple syrup, cumin seeds and a drizzle of oil.", "Roast for 30 minutes, turning once, until sticky and tender.", "Meanwhile, blitz the feta and yoghurt together until smooth.", "Spread the whipped feta over a platter and pile the carrots on top."],
   "Make the whipped feta up to a day ahead and keep it covered in the fridge.")
rc("Smoky Bean & Sweetcorn Quesadillas", 4, 10, 12,
   [("8", "Rancho Verde flour tortillas", ["wheat"]), ("400g tin", "black-eyed beans, drained", []), ("200g", "sweetcorn", []), ("150g", "Dalesby grated red cheese", ["milk"]), ("1 tsp", "smoked paprika", [])],
   ["mash beans roughly w paprika", "stir in sweetcorn", "spread on 4 tortillas, cheese on top, lid w other 4", "dry frying pan 3 min each side", "cut into wedges"],
   ["Roughly mash the beans with the smoked paprika and a pinch of salt.", "Stir in the sweetcorn.", "Spread the mixture over four tortillas, scatter over the cheese and top with the remaining tortillas.", "Cook one at a time in a dry frying pan for 3 minutes on each side until golden and the cheese has melted.", "Cut into wedges to serve."],
   "Serve with a spoonful of soured cream and some salsa for dipping.")
rc("Lemon & Thyme Chicken Skewers", 4, 15, 12,
   [("500g", "Pollard Farm chicken thigh fillets", []), ("1", "lemon, zested and juiced", []), ("1 tbsp", "fresh thyme leaves", []), ("2 tbsp", "Orvieto Gold olive oil", []), ("8", "wooden skewers, soaked", [])],
   ["cube chicken", "marinate w lemon, thyme, oil 15 min+", "thread onto skewers", "griddle/BBQ 10-12 min turning, cooked thru"],
   ["Cut the chicken into bite-sized cubes.", "Mix with the lemon zest and juice, thyme and olive oil, then leave to marinate for at least 15 minutes.", "Thread the chicken onto the soaked skewers.", "Cook on a hot griddle or barbecue for 10–12 minutes, turning often, until cooked through with no pink meat."],
   "Soak wooden skewers in water for 20 minutes first so they don't burn.")
rc("Three-Cheese Cauliflower Bake", 6, 15, 35,
   [("1 large", "cauliflower, in florets", []), ("500ml", "Meadowsweet whole milk", ["milk"]), ("40g", "butter", ["milk"]), ("40g", "plain flour", ["wheat"]), ("150g", "mixed grated cheddar, gouda and parmesan-style cheese", ["milk"]), ("1 tsp", "Hallam's English mustard", ["mustard"])],
   ["boil cauli 5 min, drain", "roux: butter+flour, whisk in milk til thick", "off heat add mustard + most cheese", "pour over cauli in dish, rest of cheese on top", "bake 200C 25-30 min"],
   ["Boil the cauliflower florets for 5 minutes, then drain well and tip into a baking dish.", "Melt the butter in a pan, stir in the flour and cook for 1 minute, then gradually whisk in the milk until thick and smooth.", "Take off the heat and stir in the mustard and most of the cheese.", "Pour the sauce over the cauliflower and scatter over the rest of the cheese.", "Bake at 200°C (180°C fan) for 25–30 minutes until golden and bubbling."],
   "Stir a handful of spinach into the sauce for extra greens.")
rc("Overnight Chia & Mango Pots", 2, 5, 0,
   [("3 tbsp", "Sunward chia seeds", []), ("250ml", "Coastline coconut drink", []), ("1", "ripe mango, diced", []), ("1 tbsp", "agave syrup", [])],
   ["mix chia + coconut drink + agave", "fridge overnight", "top w mango"],
   ["Stir the chia seeds, coconut drink and agave syrup together in two jars.", "Cover and chill overnight, stirring once after 10 minutes so the seeds don't clump.", "Top with the diced mango just before eating."],
   "Swap the mango for any soft fruit that needs using up.")
rc("Crispy Gnocchi with Pesto Peas", 2, 5, 15,
   [("400g", "Nonna Lucia potato gnocchi", ["wheat"]), ("150g", "frozen peas", []), ("3 tbsp", "Verdello basil pesto", ["milk", "cashews"]), ("1 tbsp", "olive oil", [])],
   ["fry gnocchi in oil 8-10 min til crisp, no boiling", "add peas 3 min", "off heat stir thru pesto"],
   ["Heat the olive oil in a large frying pan and fry the gnocchi straight from the pack for 8–10 minutes, turning, until crisp and golden.", "Add the frozen peas and cook for 3 minutes more.", "Take off the heat and stir through the pesto."],
   "No need to boil the gnocchi first: frying from the pack gives the crispest result.")
rc("Spiced Lentil & Spinach Soup", 4, 10, 30,
   [("1", "onion, chopped", []), ("2 tsp", "Kesari mild curry powder", ["mustard"]), ("200g", "red lentils", []), ("1.2L", "vegetable stock (Hearthway cubes)", ["celery"]), ("100g", "spinach", [])],
   ["soften onion 5 min", "curry powder 1 min", "lentils + stock, simmer 25 min", "stir in spinach til wilted"],
   ["Soften the onion in a little oil for 5 minutes.", "Stir in the curry powder and cook for 1 minute.", "Add the lentils and stock, bring to the boil and simmer for 25 minutes until the lentils have broken down.", "Stir in the spinach until just wilted, then season."],
   "This freezes well for up to 3 months.")
rc("Sticky Sesame Tofu Bowls", 2, 10, 15,
   [("280g", "Komo extra-firm tofu, cubed", ["soya"]), ("2 tbsp", "Daikoku soy sauce", ["soya", "wheat"]), ("1 tbsp", "honey", []), ("1 tbsp", "sesame seeds", ["sesame"]), ("250g", "cooked jasmine rice", []), ("1", "cucumber, sliced", [])],
   ["fry tofu til golden 8 min", "add soy + honey, bubble til sticky", "sprinkle sesame", "serve on rice w cucumber"],
   ["Fry the tofu cubes in a little oil for 8 minutes, turning, until golden on all sides.", "Add the soy sauce and honey and let it bubble for 2 minutes until sticky.", "Sprinkle over the sesame seeds.", "Spoon over the rice and serve with the sliced cucumber."],
   "Press the tofu between kitchen paper for 10 minutes first for an extra-crisp finish.")
rc("Apple & Blackberry Oat Crumble Bars", 12, 20, 35,
   [("250g", "Fenrow self-raising flour", ["wheat"]), ("150g", "rolled oats", ["oats"]), ("175g", "butter, melted", ["milk"]), ("100g", "light brown sugar", []), ("2", "eating apples, diced", []), ("150g", "blackberries", [])],
   ["mix flour oats sugar butter", "press 2/3 into lined 20x30 tin", "fruit on top", "crumble rest over", "bake 180C 35 min, cool before cutting"],
   ["Mix the flour, oats and sugar, then stir in the melted butter to make a crumbly dough.", "Press two-thirds into a lined 20 × 30cm tin.", "Scatter over the apple and blackberries.", "Crumble the rest of the mixture over the fruit.", "Bake at 180°C (160°C fan) for 35 minutes, then cool completely in the tin before cutting into bars."],
   "Use frozen blackberries straight from the freezer; add 5 minutes to the bake.")
rc("Prawn & Chorizo Paella-Style Rice", 4, 10, 25,
   [("150g", "Castell cooking chorizo, sliced", ["sulphites"]), ("300g", "paella rice", []), ("1 tsp", "turmeric", []), ("900ml", "chicken stock", ["celery"]), ("200g", "Bluewater raw king prawns", ["crustaceans"]), ("150g", "frozen peas", [])],
   ["fry chorizo til oils release", "add rice + turmeric, stir 1 min", "stock in, simmer 18 min no stirring", "prawns + peas on top last 5 min"],
   ["Fry the chorizo in a large, deep pan for 3 minutes until it releases its oils.", "Stir in the rice and turmeric and cook for 1 minute.", "Pour in the stock and simmer for 18 minutes without stirring.", "Scatter the prawns and peas over the top for the last 5 minutes, until the prawns are pink and the rice is tender."],
   "Don't stir once the stock is in: the crust that forms on the bottom is the best bit.")
rc("Halloumi Fajita Traybake", 4, 10, 25,
   [("250g", "Petra halloumi, sliced", ["milk"]), ("3", "peppers, sliced", []), ("1", "red onion, sliced", []), ("2 tbsp", "Sol y Sombra fajita spice", []), ("8", "small flour tortillas", ["wheat"])],
   ["toss peppers, onion, halloumi w oil + spice", "roast 200C 25 min", "warm wraps", "pile in"],
   ["Toss the peppers, onion and halloumi with a little oil and the fajita spice.", "Spread out on a large tray and roast at 200°C (180°C fan) for 25 minutes until charred at the edges.", "Warm the tortillas for the last 2 minutes.", "Pile the filling into the wraps and serve."],
   "Add a squeeze of lime just before serving.")
rc("Banana & Peanut Butter Muffins", 12, 15, 22,
   [("3", "very ripe bananas", []), ("2", "Larkhill free-range eggs", ["eggs"]), ("100g", "Nuttall smooth peanut butter", ["peanuts"]), ("75ml", "sunflower oil", []), ("250g", "self-raising flour", ["wheat"]), ("80g", "caster sugar", [])],
   ["mash bananas", "beat in eggs, PB, oil, sugar", "fold flour", "12 cases, bake 180C 20-22 min"],
   ["Mash the bananas in a large bowl.", "Beat in the eggs, peanut butter, oil and sugar.", "Gently fold in the flour until just combined.", "Divide between 12 muffin cases and bake at 180°C (160°C fan) for 20–22 minutes until risen and golden."],
   "These freeze brilliantly: defrost one overnight for a grab-and-go breakfast.")
rc("One-Pot Creamy Tomato Orzo", 4, 5, 20,
   [("1", "onion, diced", []), ("300g", "orzo", ["wheat"]), ("400g tin", "chopped tomatoes", []), ("700ml", "vegetable stock", ["celery"]), ("100g", "Calloway soft cheese", ["milk"]), ("60g", "baby spinach", [])],
   ["soften onion", "orzo + toms + stock, simmer 15 min stir often", "stir thru soft cheese + spinach"],
   ["Soften the onion in a little oil in a large pan for 5 minutes.", "Add the orzo, tomatoes and stock and simmer for 15 minutes, stirring often, until the orzo is tender and most of the liquid has gone.", "Stir through the soft cheese and spinach until creamy and wilted."],
   "Add a splash of water if it gets too thick before the orzo is cooked.")
rc("Salmon Fishcakes with Lemony Mayo", 4, 20, 15,
   [("400g", "cooked potatoes, mashed", []), ("2 x 213g tins", "Northwater pink salmon, drained", ["fish"]), ("2", "spring onions, chopped", []), ("1", "egg, beaten", ["eggs"]), ("60g", "dried breadcrumbs", ["wheat"]), ("4 tbsp", "Brightwell mayonnaise", ["eggs", "mustard"]), ("1", "lemon", [])],
   ["mix mash, salmon, spring onion", "shape 8 cakes", "dip egg then crumbs", "fry 3-4 min each side", "mayo + lemon zest + juice"],
   ["Mix the mashed potato, salmon and spring onions, and season well.", "Shape into 8 fishcakes.", "Dip each one in the beaten egg, then in the breadcrumbs.", "Fry in a little oil for 3–4 minutes on each side until golden and hot through.", "Stir the lemon zest and a squeeze of juice into the mayonnaise and serve alongside."],
   "Chill the shaped fishcakes for 20 minutes before frying so they hold together.")
rc("Mushroom & Ale Pie", 6, 20, 40,
   [("500g", "mixed mushrooms", []), ("1", "onion", []), ("330ml", "Old Quarry brown ale", ["barley"]), ("1 tbsp", "plain flour", ["wheat"]), ("320g", "Goldcrust ready-rolled puff pastry", ["wheat"]), ("1", "egg, beaten", ["eggs"])],
   ["fry onion + mushrooms 10 min", "flour 1 min, ale in, simmer 10 min thick", "into pie dish, pastry lid, egg wash", "bake 200C 25-30"],
   ["Fry the onion and mushrooms in a little oil for 10 minutes until golden.", "Stir in the flour for 1 minute, then pour in the ale and simmer for 10 minutes until thickened.", "Spoon into a pie dish, top with the pastry, trim and brush with beaten egg.", "Bake at 200°C (180°C fan) for 25–30 minutes until puffed and golden."],
   "Check the ale label if you're cooking for vegans: some ales are not vegan.")
rc("Strawberry Eton Mess Jars", 4, 10, 0,
   [("400g", "strawberries, chopped", []), ("300ml", "Meadowsweet double cream", ["milk"]), ("4", "Pavlo meringue nests, crushed", ["eggs"]), ("1 tsp", "vanilla extract", [])],
   ["whip cream + vanilla soft peaks", "fold meringue + most berries", "layer in jars, berries on top"],
   ["Whip the cream with the vanilla until it just holds soft peaks.", "Fold through the crushed meringue and most of the strawberries.", "Spoon into four jars and top with the remaining strawberries."],
   "Assemble just before serving so the meringue stays crunchy.")
rc("Sweet Potato & Black Bean Chilli", 6, 15, 40,
   [("2", "sweet potatoes, diced", []), ("1", "onion", []), ("2 tsp", "Casa Brava chipotle paste", []), ("2 x 400g tins", "chopped tomatoes", []), ("2 x 400g tins", "black beans, drained", []), ("1 tsp", "ground cumin", [])],
   ["soften onion", "cumin + chipotle 1 min", "sweet potato, toms, beans, 200ml water", "simmer 35 min lid on"],
   ["Soften the onion in a little oil in a large pan for 5 minutes.", "Add the cumin and chipotle paste and cook for 1 minute.", "Add the sweet potatoes, tomatoes, beans and 200ml water.", "Cover and simmer for 35 minutes until the sweet potato is tender."],
   "Top with yoghurt and coriander, or keep it vegan with avocado.")
rc("Easy Flatbread Pizzas", 4, 10, 10,
   [("4", "Saffi plain flatbreads", ["wheat"]), ("6 tbsp", "passata", []), ("125g", "mozzarella, torn", ["milk"]), ("80g", "Greystone pepperoni slices", []), ("1 tsp", "dried oregano", [])],
   ["oven 220C", "passata on flatbreads", "mozz + pepperoni + oregano", "bake 8-10 min"],
   ["Heat the oven to 220°C (200°C fan).", "Spread the passata over the flatbreads.", "Top with the mozzarella, pepperoni and oregano.", "Bake on a tray for 8–10 minutes until the cheese is bubbling."],
   "Let the kids build their own with whatever toppings are in the fridge.")
rc("Coconut Rice Pudding", 4, 5, 35,
   [("100g", "pudding rice", []), ("400ml tin", "Island Bay coconut milk", []), ("400ml", "whole milk", ["milk"]), ("50g", "caster sugar", []), ("1", "lime, zested", [])],
   ["everything except lime in pan", "simmer gently 30-35 min stirring often", "lime zest on top"],
   ["Put the rice, coconut milk, milk and sugar into a saucepan.", "Simmer very gently for 30–35 minutes, stirring often, until thick and creamy.", "Serve topped with the lime zest."],
   "Delicious warm or chilled with sliced mango.")
rc("Chicken, Leek & Mustard Pot Pies", 4, 20, 30,
   [("400g", "cooked chicken, shredded", []), ("2", "leeks, sliced", []), ("200ml", "Meadowsweet crème fraîche", ["milk"]), ("1 tbsp", "Hallam's wholegrain mustard", ["mustard"]), ("320g", "ready-rolled puff pastry", ["wheat"]), ("1", "egg, beaten", ["eggs"])],
   ["soften leeks 8 min", "stir in chicken, creme fraiche, mustard", "4 ramekins, pastry lids", "egg wash, bake 200C 25-30"],
   ["Soften the leeks in a little butter or oil for 8 minutes.", "Stir in the chicken, crème fraîche and mustard, then season.", "Divide between four ramekins and top each with a circle of pastry.", "Brush with beaten egg and bake at 200°C (180°C fan) for 25–30 minutes until golden."],
   "A great way to use leftover roast chicken.")
rc("Greek-Style Lamb Flatbreads", 4, 15, 15,
   [("400g", "Fellside lamb mince", []), ("1 tsp", "dried oregano", []), ("4", "flatbreads", ["wheat"]), ("170g", "Kalos tzatziki", ["milk"]), ("2", "tomatoes, chopped", []), ("1/2", "red onion, sliced", [])],
   ["fry mince w oregano til browned, 10 min", "warm flatbreads", "spread tzatziki, lamb, tomato, onion"],
   ["Fry the lamb mince with the oregano for 10 minutes, breaking it up, until browned and cooked through.", "Warm the flatbreads.", "Spread each with tzatziki, then top with the lamb, tomatoes and red onion."],
   "Swap the lamb for chickpeas to make it vegetarian.")
rc("Cheese & Chive Scones", 8, 15, 15,
   [("225g", "self-raising flour", ["wheat"]), ("50g", "cold butter, cubed", ["milk"]), ("100g", "mature cheddar, grated", ["milk"]), ("2 tbsp", "chives, snipped", []), ("125ml", "milk", ["milk"])],
   ["rub butter into flour", "stir in most cheese + chives", "milk to soft dough", "pat 2cm thick, cut 8", "rest of cheese on top, bake 220C 12-15"],
   ["Rub the butter into the flour until it looks like breadcrumbs.", "Stir in most of the cheese and the chives.", "Add the milk and mix to a soft dough.", "Pat out to 2cm thick and cut into 8 rounds.", "Top with the remaining cheese and bake at 220°C (200°C fan) for 12–15 minutes until risen and golden."],
   "Handle the dough as little as possible for the lightest scones.")
rc("Thai-Style Pumpkin Soup", 4, 15, 30,
   [("1kg", "pumpkin or squash, peeled and diced", []), ("2 tbsp", "Lotus Garden red curry paste", ["crustaceans"]), ("400ml tin", "coconut milk", []), ("600ml", "vegetable stock", ["celery"]), ("1", "lime", [])],
   ["fry paste 1 min", "pumpkin, coconut milk, stock", "simmer 25 min", "blend, squeeze lime"],
   ["Fry the curry paste in a little oil for 1 minute.", "Add the pumpkin, coconut milk and stock.", "Simmer for 25 minutes until the pumpkin is soft.", "Blend until smooth and finish with a squeeze of lime."],
   "Check the curry paste label: many Thai pastes contain shrimp.")
rc("Berry Yoghurt Bark", 8, 10, 0,
   [("500g", "Brindle Greek-style yoghurt", ["milk"]), ("2 tbsp", "honey", []), ("150g", "mixed berries", []), ("30g", "pistachios, chopped", ["pistachios"])],
   ["mix yog + honey", "spread 1cm thick on lined tray", "scatter berries + pistachios", "freeze 3 hrs, snap into pieces"],
   ["Mix the yoghurt with the honey.", "Spread about 1cm thick over a tray lined with baking paper.", "Scatter over the berries and pistachios.", "Freeze for 3 hours, then snap into pieces."],
   "Keep the pieces in a freezer bag and eat straight from frozen.")
rc("Pea & Ham Hock Risotto", 4, 10, 25,
   [("1", "onion", []), ("300g", "arborio rice", []), ("1.2L", "chicken stock", ["celery"]), ("180g", "Harwood shredded ham hock", []), ("200g", "frozen peas", []), ("40g", "parmesan-style hard cheese", ["milk"])],
   ["soften onion, rice 1 min", "stock ladle by ladle ~18 min", "ham + peas last 5", "beat in cheese, rest 2 min"],
   ["Soften the onion in a little oil, then stir in the rice for 1 minute.", "Add the hot stock a ladleful at a time, stirring, for about 18 minutes.", "Stir in the ham hock and peas for the last 5 minutes.", "Beat in the cheese, then cover and rest for 2 minutes before serving."],
   "Keep the stock hot in a pan next to the risotto.")
# validation extras
rc("Harissa Roast Veg Couscous", 4, 15, 30,
   [("2", "courgettes", []), ("2", "red peppers", []), ("1", "red onion", []), ("2 tbsp", "Atlas rose harissa", []), ("250g", "couscous", ["wheat"]), ("100g", "Kavos feta", ["milk"])],
   ["chop veg, toss w harissa + oil", "roast 200C 30 min", "couscous: boiling water 5 min, fluff", "mix w veg, crumble feta"],
   ["Chop the vegetables into chunks and toss with the harissa and a little oil.", "Roast at 200°C (180°C fan) for 30 minutes.", "Pour boiling water over the couscous to just cover, leave for 5 minutes, then fluff with a fork.", "Mix the couscous with the roasted veg and crumble over the feta."],
   "Leave out the feta to make it vegan.")
rc("Quick Chicken Satay Noodles", 2, 10, 10,
   [("250g", "Pollard Farm chicken mini fillets", []), ("150g", "medium egg noodles", ["wheat", "eggs"]), ("3 tbsp", "Nuttall crunchy peanut butter", ["peanuts"]), ("2 tbsp", "Daikoku soy sauce", ["soya", "wheat"]), ("1", "lime", []), ("1 bag", "stir-fry veg", [])],
   ["cook noodles", "stir-fry chicken 5 min", "veg 2 min", "PB + soy + lime + 4 tbsp water, toss w noodles"],
   ["Cook the noodles according to the pack instructions and drain.", "Stir-fry the chicken in a hot wok for 5 minutes until cooked through.", "Add the vegetables and stir-fry for 2 minutes.", "Mix the peanut butter, soy sauce, lime juice and 4 tbsp water, pour into the wok with the noodles and toss until glossy."],
   "Loosen the satay sauce with a little more water if it gets too thick.")
rc("Cinnamon French Toast", 2, 5, 8,
   [("4 slices", "Hearthside brioche", ["wheat", "eggs", "milk"]), ("2", "eggs", ["eggs"]), ("100ml", "milk", ["milk"]), ("1/2 tsp", "ground cinnamon", []), ("1 knob", "butter", ["milk"])],
   ["whisk eggs milk cinnamon", "soak bread 20 sec each side", "fry in butter 2 min each side"],
   ["Whisk the eggs, milk and cinnamon in a shallow dish.", "Soak each slice of brioche for about 20 seconds on each side.", "Fry in the butter for 2 minutes on each side until golden."],
   "Serve with berries and a drizzle of maple syrup.")
rc("Tuna Niçoise Salad", 2, 15, 10,
   [("200g", "new potatoes", []), ("100g", "green beans", []), ("2", "eggs", ["eggs"]), ("145g tin", "Marisco tuna in olive oil, drained", ["fish"]), ("8", "black olives", []), ("2 tbsp", "French dressing", ["mustard"])],
   ["boil pots 12 min, beans in last 3", "eggs 7 min, cool, halve", "arrange w tuna + olives, dress"],
   ["Boil the potatoes for 12 minutes, adding the green beans for the last 3 minutes, then drain.", "Boil the eggs for 7 minutes, cool in cold water, peel and halve.", "Arrange everything on plates with the tuna and olives and drizzle with the dressing."],
   "Use the oil from the tuna tin in the dressing for extra flavour.")
rc("Chocolate Orange Mug Cake", 1, 3, 2,
   [("4 tbsp", "self-raising flour", ["wheat"]), ("2 tbsp", "cocoa powder", []), ("2 tbsp", "sugar", []), ("3 tbsp", "milk", ["milk"]), ("2 tbsp", "vegetable oil", []), ("1/2", "orange, zested", [])],
   ["mix all in big mug", "microwave 90 sec-2 min (800W)"],
   ["Mix everything together in a large mug until smooth.", "Microwave on high (800W) for 90 seconds to 2 minutes, until risen and just set."],
   "Leave to stand for a minute before eating; it will be very hot.")

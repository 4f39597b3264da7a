# Recipe templates and instances. Ingredient slots: role -> (amount, product-key, short name)
# product-key is a substring (case-insensitive) that must match exactly one product title ("name size").

TEMPLATES = {
 "traybake": [[
  "Heat the oven to 200°C (180°C fan), gas mark 6.",
  "Cut the {veg1} and {veg2} into bite-sized chunks and spread them out in a large roasting tin.",
  "Drizzle with 2 tbsp olive oil, sprinkle over the {spice}, season well and toss everything to coat.",
  "Lay the {main} on top of the vegetables and roast for {cook} minutes, turning once, until golden and cooked through.",
  "Scatter with the {herb} and bring the tin straight to the table."],
  [
  "Preheat the oven to 220°C (200°C fan), gas mark 7, and line a large baking tray with foil.",
  "In a bowl, mix 2 tbsp olive oil with the {spice} and a pinch of salt. Add the {main} and turn until well coated.",
  "Tip the {veg1} and {veg2} onto the tray in a single layer, then arrange the {main} on top.",
  "Roast for {cook} minutes until the vegetables are tender and catching at the edges. Check that any meat is piping hot with no pink in the middle.",
  "Finish with the {herb} and serve hot."]],
 "pasta": [[
  "Bring a large pan of salted water to the boil and cook the {pasta} according to the pack instructions.",
  "Meanwhile, heat 1 tbsp olive oil in a wide frying pan and cook the {main} for 5–6 minutes.",
  "Stir in the {base} and let it bubble gently for 10 minutes, seasoning to taste.",
  "Drain the pasta, keeping back a mugful of the cooking water, then toss it through the sauce, loosening with a splash of the water.",
  "Serve in warm bowls topped with the {cheese} and {herb}."],
  [
  "Put a big pan of water on to boil for the {pasta}.",
  "Warm 1 tbsp olive oil in a saucepan, add the {main} and cook over a medium heat until softened (about 5 minutes).",
  "Add the {base}, bring to a simmer and cook for 8–10 minutes while the pasta cooks.",
  "Drain the {pasta} and stir it into the pan so every piece is coated.",
  "Divide between plates and finish with the {cheese} and a little {herb}."]],
 "soup": [[
  "Heat 1 tbsp oil in a large saucepan and gently fry the {onion} for 5 minutes until soft but not coloured.",
  "Add the {main} and {second}, stir well and cook for a further 3 minutes.",
  "Crumble in the {stock} with 1 litre of boiling water. Simmer for {cook} minutes until the vegetables are completely tender.",
  "Blend until smooth with a stick blender, then season to taste.",
  "Ladle into bowls and swirl in the {finish} just before serving."],
  [
  "Roughly chop the {onion}, {main} and {second}.",
  "Sweat the {onion} in 1 tbsp oil in a large pan over a low heat for 8 minutes.",
  "Add the rest of the vegetables, the {stock} and 900ml hot water. Cover and simmer for {cook} minutes.",
  "Whizz until smooth, adding a splash more water if it is too thick.",
  "Serve with a spoonful of {finish} on top and plenty of black pepper."]],
 "stirfry": [[
  "Cook the {base} according to the pack instructions, drain and set aside.",
  "Heat 1 tbsp vegetable oil in a wok over a high heat and stir-fry the {main} for 4–5 minutes until golden and cooked through.",
  "Add the {veg} and stir-fry for 2–3 minutes more so it keeps some bite.",
  "Pour in the {sauce} with 2 tbsp water, add the {base} and toss until everything is glossy and piping hot.",
  "Scatter over the {garnish} and serve straight away."]],
 "curry": [[
  "Heat 1 tbsp oil in a large pan, add the {paste} and fry for 1 minute until fragrant.",
  "Add the {main} and stir to coat in the paste; cook for 5 minutes.",
  "Pour in the {liquid}, bring to a gentle simmer and cook for {cook} minutes, stirring now and then.",
  "Meanwhile, cook the {side} according to the pack instructions.",
  "Spoon the curry over the {side} and finish with the {garnish}."],
  [
  "Fry the {main} in 1 tbsp oil in a deep frying pan for 4–5 minutes.",
  "Stir in the {paste} and cook for 2 minutes, then add the {liquid}.",
  "Simmer, uncovered, for {cook} minutes until the sauce has thickened.",
  "While it cooks, prepare the {side}.",
  "Serve the curry with the {side}, scattered with {garnish}."]],
 "salad": [[
  "Cook the {grain} according to the pack instructions, then spread out on a plate to cool.",
  "Chop the {veg} and put into a large bowl with the {leaf}.",
  "Whisk 3 tbsp olive oil with the juice of the {acid} and a pinch of salt and pepper.",
  "Add the cooled {grain} to the bowl, pour over the dressing and toss gently.",
  "Top with the {topper} and serve."]],
 "bake": [[
  "Heat the oven to 180°C (160°C fan), gas mark 4. Grease and line a 20cm square tin.",
  "Beat the {fat} with the {sugar} until pale and fluffy.",
  "Beat in the {eggs} one at a time, then fold in the {flour} and the {flavour}.",
  "Spoon into the tin, level the top and bake for {cook} minutes until risen and a skewer comes out clean.",
  "Leave to cool in the tin for 10 minutes before lifting out and cutting into squares."]],
 "oats": [[
  "Tip the {oats} into a jar or bowl.",
  "Stir in the {milk} and the {yoghurt} until evenly mixed.",
  "Cover and chill overnight, or for at least 4 hours.",
  "In the morning, give it a stir and top with the {fruit} and a drizzle of {sweet}."]],
 "frittata": [[
  "Heat the grill to high.",
  "Warm 1 tbsp oil in a 20cm ovenproof frying pan and cook the {veg} for 5 minutes until softened.",
  "Beat the {eggs} with a pinch of salt and pepper, pour into the pan and cook over a low heat for 5–6 minutes until almost set.",
  "Scatter over the {cheese} and slide the pan under the grill for 2–3 minutes until golden and puffed.",
  "Cut into wedges and serve with the {side}."]],
 "smoothie": [[
  "Put the {fruit1}, {fruit2} and {liquid} into a blender.",
  "Add the {extra} and blitz for 1 minute until completely smooth.",
  "Pour into glasses and drink straight away."]],
 "pancakes": [[
  "Whisk the {flour}, {eggs} and {milk} together in a jug until you have a smooth batter. Rest for 10 minutes.",
  "Heat a non-stick frying pan over a medium heat and brush with a little oil.",
  "Pour in a small ladleful of batter, swirl and cook for 1–2 minutes on each side until golden.",
  "Keep warm while you make the rest, then serve topped with the {topping} and {sweet}."]],
 "sandwich": [[
  "Lay out the {bread}.",
  "Spread with the {sauce}.",
  "Layer on the {filling1}, {filling2} and {leaf}.",
  "Close or roll up, slice in half and serve (or wrap tightly for a lunchbox)."]],
 "risotto": [[
  "Dissolve the {stock} in 1.2 litres of boiling water and keep warm over a low heat.",
  "Soften the {onion} in 1 tbsp oil in a wide pan for 5 minutes, then stir in the {rice} and cook for 1 minute.",
  "Add the stock a ladleful at a time, stirring and letting each addition be absorbed before adding the next, for about 18 minutes.",
  "Stir in the {main} for the last 5 minutes of cooking.",
  "Take off the heat, beat in the {cheese}, cover and rest for 2 minutes before serving."]],
 "fish": [[
  "Heat the oven to 200°C (180°C fan), gas mark 6.",
  "Tear off two large squares of foil or baking paper and divide the {veg} between them.",
  "Sit a piece of {main} on each, add a squeeze of {flavour}, a drizzle of oil and some seasoning, then fold into loose sealed parcels.",
  "Bake for {cook} minutes until the fish flakes easily.",
  "Open the parcels at the table, scatter with the {herb} and serve with the {side}."]],
 "crumble": [[
  "Heat the oven to 190°C (170°C fan), gas mark 5.",
  "Put the {fruit} in an ovenproof dish with 2 tbsp of the {sugar}.",
  "Rub the {fat} into the {flour} until it looks like breadcrumbs, then stir in the rest of the sugar and the {oats}.",
  "Scatter the crumble over the fruit and bake for {cook} minutes until golden and bubbling.",
  "Serve warm with {serve}."]],
 "stew": [[
  "Heat 1 tbsp oil in a large casserole and brown the {main} over a high heat.",
  "Add the {veg} and {spice} and cook for 3 minutes.",
  "Stir in the {tomatoes} and {beans} with 200ml water, season and bring to the boil.",
  "Cover and simmer gently for {cook} minutes, stirring occasionally, until thick and rich.",
  "Serve with the {side}."]],
 "dip": [[
  "Put the {main} and {second} into a food processor.",
  "Add the {flavour}, 2 tbsp olive oil and a pinch of salt and blitz until smooth.",
  "Spoon into a bowl and chill for 20 minutes.",
  "Serve with the {dipper} for dunking."]],
}

R = []
def rec(title, typ, serves, prep, cook, slots, intro, variant=0, tip=None):
    R.append(dict(title=title, type=typ, serves=serves, prep=prep, cook=cook, slots=slots, intro=intro, variant=variant, tip=tip))

S = lambda a, k, s: (a, k, s)

# --- traybakes
rec("Smoky Chicken Thigh Traybake", "traybake", 4, 15, 40, dict(main=S("500g", "Chicken Thigh Fillets", "chicken thighs"), veg1=S("1kg", "Baby Potatoes 1kg", "baby potatoes"), veg2=S("1 pack", "Mixed Peppers", "peppers"), spice=S("2 tsp", "Smoked Paprika", "smoked paprika"), herb=S("a handful", "Fresh Flat Leaf Parsley", "chopped parsley")), "A one-tin midweek dinner with a gentle smoky warmth.")
rec("Sausage, Squash & Red Onion Traybake", "traybake", 4, 10, 35, dict(main=S("8", "British Pork Sausages 8 pack", "sausages"), veg1=S("1", "GreenBasket Butternut Squash each", "butternut squash"), veg2=S("3", "Red Onions", "red onions"), spice=S("1 tsp", "Chilli Flakes", "chilli flakes"), herb=S("a few sprigs", "Dried Thyme", "thyme")), "Sticky sausages and sweet roasted squash with almost no washing-up.", 1)
rec("Halloumi & Vegetable Traybake", "traybake", 3, 15, 30, dict(main=S("250g, sliced", "Halloumi", "halloumi"), veg1=S("3", "Courgettes", "courgettes"), veg2=S("250g", "Cherry Tomatoes", "cherry tomatoes"), spice=S("1 tsp", "Dried Oregano", "oregano"), herb=S("a handful", "Fresh Mint", "mint leaves")), "Squeaky golden halloumi on a bed of jammy roasted veg.", 1)
rec("Lemon & Herb Salmon Traybake", "traybake", 2, 10, 20, dict(main=S("2 fillets", "GreenBasket Salmon Fillets", "salmon fillets"), veg1=S("500g", "Baby Potatoes 1kg", "baby potatoes"), veg2=S("200g", "Fine Green Beans", "green beans"), spice=S("1 tsp", "Mixed Herbs", "mixed herbs"), herb=S("1, cut into wedges", "Unwaxed Lemons", "lemon wedges")), "Salmon and crispy potatoes ready in half an hour.")
rec("Harissa Chickpea & Sweet Potato Traybake", "traybake", 4, 15, 35, dict(main=S("2 x 400g tins, drained", "GreenBasket Chickpeas 400g", "chickpeas"), veg1=S("1kg", "Sweet Potatoes", "sweet potatoes"), veg2=S("3", "Red Onions", "red onions"), spice=S("2 tbsp", "Rose Harissa", "harissa paste"), herb=S("a handful", "Fresh Coriander", "coriander")), "A plant-based traybake with warming North African spice.", 1)
rec("Pork Loin Steaks with Roasted Apples", "traybake", 4, 10, 30, dict(main=S("4", "Pork Loin Steaks", "pork loin steaks"), veg1=S("3", "Braeburn Apples", "apples"), veg2=S("3", "Red Onions", "red onions"), spice=S("1 tsp", "Dried Thyme", "thyme"), herb=S("a handful", "Flat Leaf Parsley", "parsley")), "Autumn flavours from Fenmoor Orchards apples.")
rec("Chicken Drumstick & Cauliflower Tikka Traybake", "traybake", 4, 15, 45, dict(main=S("1kg", "Chicken Drumsticks", "drumsticks"), veg1=S("1", "GreenBasket Cauliflower each", "cauliflower"), veg2=S("1 bag", "Baby Spinach 200g", "spinach"), spice=S("2 tbsp", "Tikka Curry Paste", "tikka paste"), herb=S("a handful", "Fresh Coriander", "coriander")), "Budget-friendly drumsticks with a tikka kick.", 1)
rec("Roasted Cod with Tomatoes & Olives", "traybake", 2, 10, 20, dict(main=S("2 fillets", "Skinless Cod Fillets", "cod fillets"), veg1=S("250g", "Cherry Tomatoes", "cherry tomatoes"), veg2=S("100g", "Pitted Kalamata", "olives"), spice=S("1 tsp", "Dried Oregano", "oregano"), herb=S("a small bunch", "Fresh Basil", "basil")), "A Mediterranean-style fish supper for two.")
rec("Gnocchi & Pepper Traybake", "traybake", 3, 10, 25, dict(main=S("500g", "GreenBasket Gnocchi", "gnocchi"), veg1=S("1 pack", "Mixed Peppers", "peppers"), veg2=S("1", "Red Onions", "red onion"), spice=S("2 tbsp", "Green Pesto", "green pesto"), herb=S("50g", "Italian Hard Cheese", "grated hard cheese")), "Crispy roasted gnocchi without boiling first.", 1)
rec("Lamb Chops with Rosemary Roots", "traybake", 4, 15, 40, dict(main=S("400g", "Lamb Chops", "lamb chops"), veg1=S("500g", "GreenBasket Parsnips", "parsnips"), veg2=S("1kg", "GreenBasket Carrots 1kg", "carrots"), spice=S("1 tsp", "Mixed Herbs", "mixed herbs"), herb=S("a handful", "Fresh Mint", "mint")), "A Sunday-style roast in one tin.")

# --- pasta
rec("Creamy Mushroom Tagliatelle", "pasta", 2, 10, 15, dict(pasta=S("300g", "Fresh Egg Tagliatelle", "tagliatelle"), main=S("250g", "Chestnut Mushrooms", "sliced mushrooms"), base=S("200ml", "Crème Fraîche", "crème fraîche"), cheese=S("30g", "Italian Hard Cheese", "grated hard cheese"), herb=S("a small handful", "Flat Leaf Parsley", "parsley")), "Fresh pasta and a silky sauce in 25 minutes.")
rec("Weeknight Beef Bolognese", "pasta", 4, 10, 35, dict(pasta=S("400g", "GreenBasket Spaghetti 500g", "spaghetti"), main=S("500g", "Beef Mince 12% Fat", "beef mince"), base=S("500g", "Bolognese Pasta Sauce", "Bolognese sauce"), cheese=S("40g", "Italian Hard Cheese", "grated hard cheese"), herb=S("a few leaves", "Fresh Basil", "basil")), "The family favourite, made easy with our Bolognese sauce.", 1)
rec("Penne all'Arrabbiata", "pasta", 4, 5, 20, dict(pasta=S("400g", "GreenBasket Penne 500g", "penne"), main=S("2 cloves, sliced", "GreenBasket Garlic 4 bulbs", "garlic"), base=S("2 x 400g tins", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes and 1 tsp chilli flakes"), cheese=S("40g", "Italian Hard Cheese", "grated hard cheese"), herb=S("a handful", "Flat Leaf Parsley", "parsley")), "A fiery store-cupboard pasta.")
rec("Pesto Chicken Fusilli", "pasta", 4, 10, 15, dict(pasta=S("400g", "GreenBasket Fusilli", "fusilli"), main=S("400g", "Diced Breast", "diced chicken"), base=S("1 jar", "Green Pesto", "green pesto"), cheese=S("30g", "Italian Hard Cheese", "grated hard cheese"), herb=S("a few leaves", "Fresh Basil", "basil")), "Ready in 25 minutes and great cold the next day.")
rec("Tuna & Sweetcorn Pasta Bake", "pasta", 4, 10, 25, dict(pasta=S("350g", "GreenBasket Conchiglie", "pasta shells"), main=S("2 tins, drained", "Tuna Chunks in Spring Water", "tuna"), base=S("1 x 500g jar", "Tomato & Basil Pasta Sauce", "tomato & basil sauce and the sweetcorn"), cheese=S("100g", "Grated Mozzarella & Cheddar", "grated cheese"), herb=S("1 tsp", "Dried Oregano", "oregano")), "A comforting bake from store-cupboard basics.", 1)
rec("Salmon & Pea Orzo", "pasta", 2, 5, 15, dict(pasta=S("200g", "GreenBasket Orzo", "orzo"), main=S("2 fillets, skin removed", "GreenBasket Salmon Fillets", "salmon"), base=S("150g peas and 100g", "Soft Cheese 180g", "soft cheese with the peas"), cheese=S("1", "Unwaxed Lemons", "lemon zest"), herb=S("a few sprigs", "Fresh Mint", "mint")), "A speedy one-pan pasta for two.")
rec("Spinach & Ricotta Tortelloni with Sage Butter", "pasta", 2, 5, 10, dict(pasta=S("300g", "Spinach & Ricotta Tortelloni", "tortelloni"), main=S("50g", "British Unsalted Butter", "butter"), base=S("100g", "Baby Spinach 200g", "spinach"), cheese=S("20g", "Italian Hard Cheese", "grated hard cheese"), herb=S("a pinch", "Black Peppercorns", "cracked black pepper")), "Restaurant-style, ten minutes.", 1)
rec("Chorizo & Tomato Rigatoni", "pasta", 4, 10, 20, dict(pasta=S("400g", "Bronze-Cut Rigatoni", "rigatoni"), main=S("80g", "Chorizo Slices", "chorizo"), base=S("690g", "Passata Rustica", "passata"), cheese=S("40g", "Italian Hard Cheese", "grated hard cheese"), herb=S("a handful", "Flat Leaf Parsley", "parsley")), "Smoky, rich and ready in half an hour.")
rec("Linguine with Prawns, Chilli & Lemon", "pasta", 2, 10, 12, dict(pasta=S("200g", "Bronze-Cut Linguine", "linguine"), main=S("150g", "Raw King Prawns", "raw prawns"), base=S("1", "Red Chillies", "chopped chilli, garlic and lemon juice"), cheese=S("1", "Unwaxed Lemons", "lemon zest"), herb=S("a handful", "Flat Leaf Parsley", "parsley")), "A Friday-night treat that costs less than a takeaway.", 1)
rec("Veggie Lasagne", "pasta", 6, 25, 45, dict(pasta=S("250g", "GreenBasket Lasagne Sheets 250g", "lasagne sheets"), main=S("1 aubergine and 2 courgettes", "GreenBasket Aubergine", "aubergine and courgettes"), base=S("2 x 500g jars", "Tomato & Basil Pasta Sauce", "tomato & basil sauce"), cheese=S("250g", "Ricotta", "ricotta and mozzarella"), herb=S("a few leaves", "Fresh Basil", "basil")), "Layers of roasted vegetables and creamy ricotta.")
rec("Macaroni-Style Cheesy Farfalle", "pasta", 4, 10, 20, dict(pasta=S("400g", "GreenBasket Farfalle", "farfalle"), main=S("1", "GreenBasket Broccoli 360g", "broccoli florets"), base=S("300ml", "Single Cream", "single cream and 1 tsp mustard"), cheese=S("150g", "GreenBasket Mature Cheddar", "grated mature cheddar"), herb=S("a pinch", "Smoked Paprika", "smoked paprika")), "A quicker take on mac and cheese with hidden greens.", 1)
rec("Wholewheat Penne with Roasted Red Peppers", "pasta", 4, 10, 15, dict(pasta=S("400g", "Wholewheat Penne", "wholewheat penne"), main=S("1 jar, drained", "Roasted Red Peppers in Brine", "roasted red peppers"), base=S("200g", "Light Soft Cheese", "light soft cheese"), cheese=S("40g", "Greek Feta", "crumbled feta"), herb=S("a handful", "Fresh Basil", "basil")), "A lighter, fibre-rich pasta supper.")
rec("Gluten Free Spaghetti Puttanesca", "pasta", 2, 5, 15, dict(pasta=S("200g", "Free From Gluten Free Spaghetti", "gluten free spaghetti"), main=S("2 cloves", "GreenBasket Garlic 4 bulbs", "garlic and olives"), base=S("400g", "Cherry Tomatoes in Juice", "cherry tomatoes"), cheese=S("50g", "Pitted Kalamata", "olives"), herb=S("a handful", "Flat Leaf Parsley", "parsley")), "Punchy flavours, made with our Free From pasta.", 1)
rec("Turkey Meatball Spaghetti", "pasta", 4, 20, 25, dict(pasta=S("400g", "GreenBasket Spaghetti 500g", "spaghetti"), main=S("500g, rolled into balls", "Turkey Breast Mince", "turkey meatballs"), base=S("500g", "Passata 500g", "passata"), cheese=S("30g", "Italian Hard Cheese", "grated hard cheese"), herb=S("a few leaves", "Fresh Basil", "basil")), "Leaner meatballs the kids will still love.")

# --- soups
rec("Carrot & Ginger Soup", "soup", 4, 10, 25, dict(onion=S("1", "Brown Onions", "onion"), main=S("750g", "GreenBasket Carrots 1kg", "carrots"), second=S("a thumb-sized piece", "Root Ginger", "ginger"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Natural Yoghurt 500g", "natural yoghurt")), "Bright and warming, with a ginger kick.")
rec("Leek & Potato Soup", "soup", 4, 10, 25, dict(onion=S("1", "Brown Onions", "onion"), main=S("500g", "GreenBasket Leeks", "leeks"), second=S("500g", "White Potatoes", "potatoes"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Single Cream", "single cream")), "A classic that freezes beautifully.", 1)
rec("Roasted Red Pepper & Tomato Soup", "soup", 4, 10, 30, dict(onion=S("1", "Red Onions", "red onion"), main=S("1 jar, drained", "Roasted Red Peppers in Brine", "roasted peppers"), second=S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Crème Fraîche", "crème fraîche")), "Sweet, smoky and vibrant red.")
rec("Spiced Butternut Squash Soup", "soup", 4, 15, 30, dict(onion=S("1", "Brown Onions", "onion"), main=S("1", "GreenBasket Butternut Squash each", "butternut squash"), second=S("1 tsp", "Ground Cumin", "cumin"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Light Coconut Milk", "coconut milk")), "Velvety, vegan and gently spiced.", 1)
rec("Broccoli & Greyfell Blue Soup", "soup", 4, 10, 20, dict(onion=S("1", "Brown Onions", "onion"), main=S("2 heads", "GreenBasket Broccoli 360g", "broccoli"), second=S("1 medium", "White Potatoes", "potato"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("100g", "Greyfell Blue", "crumbled Greyfell Blue")), "Made with Greyfell Creamery's blue cheese.")
rec("Red Lentil & Tomato Soup", "soup", 4, 5, 25, dict(onion=S("1", "Brown Onions", "onion"), main=S("200g", "Red Split Lentils", "red lentils"), second=S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Greek Style Natural Yoghurt", "Greek style yoghurt")), "Cheap, filling and packed with protein.", 1)
rec("Pea & Mint Soup", "soup", 4, 5, 15, dict(onion=S("4", "Spring Onions", "spring onions"), main=S("900g", "Frozen Garden Peas", "frozen peas"), second=S("a large handful", "Fresh Mint", "mint"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Crème Fraîche", "crème fraîche")), "Fresh and green, straight from the freezer.")
rec("Mushroom Soup with Thyme", "soup", 4, 10, 20, dict(onion=S("1", "Brown Onions", "onion"), main=S("500g", "Closed Cup Mushrooms", "mushrooms"), second=S("1 tsp", "Dried Thyme", "thyme"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Double Cream", "double cream")), "Earthy mushrooms from Ridgeway in Glenharrow.", 1)
rec("Sweet Potato & Coconut Soup", "soup", 4, 10, 25, dict(onion=S("1", "Red Onions", "red onion"), main=S("1kg", "Sweet Potatoes", "sweet potatoes"), second=S("2 tbsp", "Thai Red Curry Paste", "red curry paste"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("400ml", "GreenBasket Coconut Milk 400ml", "coconut milk")), "Thai-inspired and deeply comforting.")
rec("Cauliflower & Cheddar Soup", "soup", 4, 10, 25, dict(onion=S("1", "Brown Onions", "onion"), main=S("1", "GreenBasket Cauliflower each", "cauliflower"), second=S("1 medium", "White Potatoes", "potato"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("80g", "Extra Mature Cheddar", "grated extra mature cheddar")), "Like cauliflower cheese in a bowl.", 1)
rec("Parsnip & Apple Soup", "soup", 4, 10, 30, dict(onion=S("1", "Brown Onions", "onion"), main=S("500g", "GreenBasket Parsnips", "parsnips"), second=S("1", "Bramley Cooking Apples", "Bramley apple"), stock=S("1", "Vegetable Stock Cubes", "vegetable stock cube"), finish=S("4 tbsp", "Single Cream", "single cream")), "Sweet and sharp, made for chilly evenings.")
rec("Chicken Noodle Soup", "soup", 4, 10, 25, dict(onion=S("1 bunch", "Spring Onions", "spring onions"), main=S("300g", "Chicken Breast Fillets 300g", "chicken breast"), second=S("2", "GreenBasket Carrots 1kg", "carrots"), stock=S("2", "Chicken Stock Cubes", "chicken stock cubes"), finish=S("100g", "Medium Egg Noodles", "egg noodles")), "A soothing bowl for cold days. Do not blend this one: shred the chicken and stir in the noodles at the end instead.", 1)

# --- stir-fries
rec("Chicken & Cashew Stir-Fry", "stirfry", 2, 10, 10, dict(base=S("250g", "Medium Egg Noodles", "egg noodles"), main=S("300g, sliced", "Chicken Breast Fillets 300g", "chicken"), veg=S("320g", "Stir-Fry Vegetables", "stir-fry vegetables"), sauce=S("3 tbsp", "Light Soy Sauce", "soy sauce"), garnish=S("50g", "Roasted & Salted Cashews", "cashews")), "Faster than a takeaway.")
rec("Beef & Broccoli Noodles", "stirfry", 2, 10, 10, dict(base=S("2 x 200g", "Udon Noodles", "udon noodles"), main=S("300g", "Beef Stir-Fry Strips", "beef strips"), veg=S("200g", "Long-Stem Broccoli", "long-stem broccoli"), sauce=S("4 tbsp", "Teriyaki Sauce", "teriyaki sauce"), garnish=S("2", "Spring Onions", "sliced spring onions")), "Thick udon noodles in a sticky teriyaki glaze.")
rec("Sweet Chilli Prawn Rice", "stirfry", 2, 5, 10, dict(base=S("250g", "Microwave Basmati Rice", "microwave basmati rice"), main=S("150g", "Raw King Prawns", "prawns"), veg=S("1", "Mixed Peppers", "sliced peppers"), sauce=S("3 tbsp", "Sweet Chilli Dipping Sauce", "sweet chilli sauce"), garnish=S("a handful", "Fresh Coriander", "coriander")), "Ten-minute prawns with fluffy rice.")
rec("Tofu & Vegetable Noodles", "stirfry", 2, 10, 12, dict(base=S("250g", "Flat Rice Noodles", "rice noodles"), main=S("280g, cubed", "Firm Tofu", "tofu"), veg=S("320g", "Stir-Fry Vegetables", "stir-fry vegetables"), sauce=S("3 tbsp", "Hoisin Sauce", "hoisin sauce"), garnish=S("1 tsp", "Toasted Sesame Oil", "a drizzle of sesame oil")), "Crispy tofu with a sticky hoisin glaze.")
rec("Pork & Pineapple Sweet and Sour", "stirfry", 4, 15, 15, dict(base=S("300g", "Thai Jasmine Rice", "jasmine rice"), main=S("450g, cut into strips", "Pork Loin Steaks", "pork"), veg=S("1 pineapple, chunked, and 1 pepper", "GreenBasket Pineapple", "pineapple and pepper"), sauce=S("500g jar", "Sweet & Sour Cooking Sauce", "sweet & sour sauce"), garnish=S("2", "Spring Onions", "spring onions")), "Better than the takeaway version, and less sugar.")
rec("Gochujang Chicken Rice Bowls", "stirfry", 2, 10, 15, dict(base=S("250g", "Microwave Basmati Rice", "rice"), main=S("300g", "Chicken Mini Fillets", "chicken mini fillets"), veg=S("1", "GreenBasket Cucumber", "sliced cucumber and spring onion"), sauce=S("2 tbsp", "Gochujang Paste", "gochujang mixed with 1 tbsp honey"), garnish=S("4 tbsp", "GreenBasket Kimchi", "kimchi")), "Sweet, spicy and on the table in 25 minutes.")
rec("Egg Fried Rice with Peas", "stirfry", 2, 5, 10, dict(base=S("2 x 250g", "Microwave Egg Fried Rice", "egg fried rice"), main=S("2, beaten", "Free Range Eggs Medium", "eggs"), veg=S("150g", "Frozen Petits Pois", "petits pois"), sauce=S("2 tbsp", "Light Soy Sauce", "soy sauce"), garnish=S("2", "Spring Onions", "spring onions")), "A quick side or a lunch on its own.")
rec("Salmon Teriyaki Noodles", "stirfry", 2, 5, 15, dict(base=S("250g", "Medium Egg Noodles", "egg noodles"), main=S("2 fillets, cubed", "GreenBasket Salmon Fillets", "salmon"), veg=S("200g", "Long-Stem Broccoli", "broccoli"), sauce=S("4 tbsp", "Teriyaki Sauce", "teriyaki sauce"), garnish=S("1 tsp", "Toasted Sesame Oil", "sesame oil")), "Glossy salmon and noodles in one wok.")
rec("Veggie Udon with Miso", "stirfry", 2, 10, 10, dict(base=S("2 x 200g", "Udon Noodles", "udon noodles"), main=S("250g", "Chestnut Mushrooms", "mushrooms"), veg=S("100g", "Baby Spinach 200g", "spinach"), sauce=S("1 tbsp", "White Miso Paste", "miso stirred into 100ml hot water"), garnish=S("2", "Spring Onions", "spring onions")), "Savoury miso makes this satisfying and meat-free.")
rec("Chilli Beef Lettuce Cups", "stirfry", 4, 10, 10, dict(base=S("2", "Little Gem Lettuce", "lettuce leaves"), main=S("500g", "Beef Mince 5% Fat", "lean beef mince"), veg=S("1", "Red Pepper each", "diced red pepper"), sauce=S("2 tbsp", "Sriracha Chilli Sauce", "sriracha and 2 tbsp soy sauce"), garnish=S("a handful", "Fresh Coriander", "coriander")), "A lighter, low-carb take on stir-fry: spoon the mince into lettuce cups instead of tossing with the base.")

# --- curries
rec("Chickpea & Spinach Curry", "curry", 4, 10, 20, dict(main=S("2 x 400g tins, drained", "GreenBasket Chickpeas 400g", "chickpeas"), paste=S("3 tbsp", "Tikka Curry Paste", "tikka paste"), liquid=S("400ml", "Light Coconut Milk", "coconut milk"), side=S("300g", "GreenBasket Basmati Rice 1kg", "basmati rice"), garnish=S("200g", "Baby Spinach 200g", "spinach wilted in at the end")), "A vegetarian curry ready in half an hour.")
rec("Thai Green Chicken Curry", "curry", 4, 10, 20, dict(main=S("500g, sliced", "Chicken Thigh Fillets", "chicken thighs"), paste=S("3 tbsp", "Thai Green Curry Paste", "green curry paste"), liquid=S("400ml", "GreenBasket Coconut Milk 400ml", "coconut milk"), side=S("300g", "Thai Jasmine Rice", "jasmine rice"), garnish=S("a handful", "Fresh Coriander", "coriander")), "Fragrant, creamy and easy.", 1)
rec("Beef Madras-Style Curry", "curry", 4, 15, 90, dict(main=S("400g", "GreenBasket British Diced Beef", "diced beef"), paste=S("2 tbsp", "Medium Curry Powder", "curry powder and 1 tsp chilli flakes"), liquid=S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes"), side=S("300g", "GreenBasket Basmati Rice 1kg", "basmati rice"), garnish=S("a handful", "Fresh Coriander", "coriander")), "Slow-cooked beef in a hot, rich sauce.")
rec("Prawn & Coconut Curry", "curry", 2, 5, 15, dict(main=S("150g", "Raw King Prawns", "prawns"), paste=S("2 tbsp", "Thai Red Curry Paste", "red curry paste"), liquid=S("400ml", "Light Coconut Milk", "coconut milk"), side=S("250g", "Microwave Basmati Rice", "rice"), garnish=S("1", "Limes", "lime wedges")), "A light coconut curry for two.", 1)
rec("Paneer & Pea Curry", "curry", 4, 10, 20, dict(main=S("226g, cubed", "GreenBasket Paneer", "paneer"), paste=S("3 tbsp", "Tikka Curry Paste", "tikka paste"), liquid=S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes and 200g peas"), side=S("2 packs", "Plain Naan Breads", "naan breads"), garnish=S("a handful", "Fresh Coriander", "coriander")), "A mild, family-friendly vegetarian curry.", 1)
rec("Chicken Korma", "curry", 4, 10, 25, dict(main=S("650g, diced", "Chicken Breast Fillets 650g", "chicken"), paste=S("3 tbsp", "Korma Curry Paste", "korma paste"), liquid=S("300ml", "Single Cream", "single cream and 50g ground almonds"), side=S("300g", "GreenBasket Basmati Rice 1kg", "basmati rice"), garnish=S("a handful", "Fresh Coriander", "coriander")), "Mild, creamy and nutty.")
rec("Sweet Potato & Lentil Dhal", "curry", 4, 10, 30, dict(main=S("1 medium, diced", "Sweet Potatoes", "sweet potato"), paste=S("1 tsp each", "Ground Turmeric", "turmeric, cumin and garam masala"), liquid=S("200g lentils and 400ml", "Red Split Lentils", "red lentils with 800ml water"), side=S("2 packs", "Garlic & Coriander Naan", "garlic & coriander naans"), garnish=S("a handful", "Fresh Coriander", "coriander")), "Cheap, cosy and packed with goodness.", 1)
rec("Lamb & Spinach Curry", "curry", 4, 15, 40, dict(main=S("500g", "Lamb Mince", "lamb mince"), paste=S("2 tbsp", "Garam Masala", "garam masala and 1 tbsp grated ginger"), liquid=S("400g", "Peeled Plum Tomatoes", "plum tomatoes"), side=S("300g", "GreenBasket Basmati Rice 1kg", "basmati rice"), garnish=S("200g", "Baby Spinach 200g", "spinach")), "A speedy keema-style curry.")
rec("Vegetable Massaman-Style Curry", "curry", 4, 15, 30, dict(main=S("500g potatoes and 1 squash", "Diced Butternut Squash", "squash and potatoes"), paste=S("3 tbsp", "Thai Red Curry Paste", "red curry paste with 1 tsp cinnamon"), liquid=S("400ml", "GreenBasket Coconut Milk 400ml", "coconut milk"), side=S("300g", "Thai Jasmine Rice", "jasmine rice"), garnish=S("50g", "Salted Peanuts", "chopped peanuts")), "Warming and mildly sweet.", 1)
rec("Fish Curry with Tomatoes", "curry", 4, 10, 20, dict(main=S("4 fillets, chunked", "Skinless Haddock Fillets", "haddock"), paste=S("2 tbsp", "Medium Curry Powder", "curry powder"), liquid=S("400ml coconut milk and 400g tomatoes", "Light Coconut Milk", "coconut milk and chopped tomatoes"), side=S("300g", "GreenBasket Basmati Rice 1kg", "basmati rice"), garnish=S("1", "Limes", "lime wedges")), "A gentle Keralan-inspired curry.")

# --- salads and bowls
rec("Halloumi, Couscous & Pomegranate Salad", "salad", 4, 15, 10, dict(grain=S("200g", "GreenBasket Couscous 500g", "couscous"), veg=S("1 cucumber and 250g tomatoes", "GreenBasket Cucumber", "cucumber and cherry tomatoes"), leaf=S("60g", "Wild Rocket", "rocket"), acid=S("1", "Unwaxed Lemons", "lemon"), topper=S("250g halloumi, griddled, and 1 pomegranate", "Halloumi", "griddled halloumi and pomegranate seeds")), "A jewelled salad for sunny days.")
rec("Greek-Style Orzo Salad", "salad", 4, 15, 10, dict(grain=S("250g", "GreenBasket Orzo", "orzo"), veg=S("1 cucumber and 1 red onion", "GreenBasket Cucumber", "cucumber and red onion"), leaf=S("100g", "Pitted Kalamata", "olives"), acid=S("1", "Unwaxed Lemons", "lemon"), topper=S("200g", "Greek Feta", "crumbled feta")), "All the flavours of a Greek salad with pasta for substance.")
rec("Quinoa, Roast Squash & Feta Bowl", "salad", 2, 15, 25, dict(grain=S("150g", "White Quinoa", "quinoa"), veg=S("400g, roasted", "Diced Butternut Squash", "roast squash"), leaf=S("100g", "Baby Spinach 200g", "spinach"), acid=S("1", "Limes", "lime"), topper=S("100g", "Greek Feta", "feta")), "A hearty lunch bowl that travels well.")
rec("Smoked Mackerel & Beetroot Salad", "salad", 2, 10, 0, dict(grain=S("300g, boiled and halved", "Baby Potatoes 1kg", "baby potatoes"), veg=S("250g", "Cooked Beetroot", "beetroot"), leaf=S("120g", "Mixed Leaf Salad", "mixed leaves"), acid=S("1", "Unwaxed Lemons", "lemon"), topper=S("200g, flaked", "Smoked Mackerel Fillets", "smoked mackerel")), "Omega-3 rich and ready in minutes.")
rec("Chicken Caesar-Style Salad", "salad", 2, 15, 15, dict(grain=S("2 slices, cubed and toasted", "Medium Sliced White Bread", "bread croutons"), veg=S("2", "Little Gem Lettuce", "Little Gem"), leaf=S("a handful", "Wild Rocket", "rocket"), acid=S("1", "Unwaxed Lemons", "lemon, whisked with 2 tbsp mayonnaise"), topper=S("300g, griddled", "Chicken Breast Fillets 300g", "sliced chicken and shaved hard cheese")), "A lighter homemade version of the classic.")
rec("Bulgur Wheat Tabbouleh", "salad", 4, 20, 10, dict(grain=S("150g", "Bulgur Wheat", "bulgur wheat"), veg=S("250g", "Cherry Tomatoes", "cherry tomatoes and cucumber"), leaf=S("2 bunches", "Flat Leaf Parsley", "parsley and mint"), acid=S("2", "Unwaxed Lemons", "lemons"), topper=S("1 tsp", "Sumac", "a sprinkle of sumac")), "Herb-packed and zingy.")
rec("Salmon, Rice & Edamame-Style Poke Bowl", "salad", 2, 15, 10, dict(grain=S("250g", "Microwave Basmati Rice", "rice"), veg=S("1", "GreenBasket Cucumber", "cucumber and avocado"), leaf=S("100g", "Frozen Garden Peas", "peas"), acid=S("1", "Limes", "lime, mixed with 2 tbsp soy sauce"), topper=S("2 fillets, roasted and flaked", "GreenBasket Salmon Fillets", "flaked salmon")), "A fresh, colourful bowl inspired by Hawaiian poke.")
rec("Lentil, Beetroot & Walnut Salad", "salad", 2, 10, 0, dict(grain=S("400g", "Green Lentils in Water", "green lentils"), veg=S("250g", "Cooked Beetroot", "beetroot"), leaf=S("60g", "Wild Rocket", "rocket"), acid=S("1", "Unwaxed Lemons", "lemon"), topper=S("50g", "Walnut Pieces", "toasted walnuts")), "No cooking needed.")
rec("Giant Couscous with Roasted Vegetables", "salad", 4, 15, 25, dict(grain=S("250g", "Giant Couscous", "giant couscous"), veg=S("2 courgettes and 1 pepper, roasted", "Courgettes", "roasted courgettes and peppers"), leaf=S("60g", "Wild Rocket", "rocket"), acid=S("1", "Unwaxed Lemons", "lemon"), topper=S("2 tbsp", "Green Pesto", "pesto")), "Pearl-like couscous with sweet roasted veg.")
rec("Rice Noodle Salad with Peanut Dressing", "salad", 2, 15, 5, dict(grain=S("150g", "Rice Vermicelli", "rice vermicelli"), veg=S("1 carrot and 1 cucumber, ribboned", "GreenBasket Carrots 1kg", "carrot and cucumber"), leaf=S("a handful", "Fresh Mint", "mint and coriander"), acid=S("1", "Limes", "lime, whisked with 2 tbsp peanut butter"), topper=S("30g", "Salted Peanuts", "chopped peanuts")), "Crunchy, fresh and full of flavour.")

# --- bakes
rec("Lemon Drizzle Traybake", "bake", 16, 20, 30, dict(fat=S("225g, softened", "British Unsalted Butter", "butter"), sugar=S("225g", "Golden Caster Sugar", "caster sugar"), eggs=S("4", "Free Range Eggs Large", "eggs"), flour=S("275g", "Self-Raising Flour", "self-raising flour"), flavour=S("zest of 2", "Unwaxed Lemons", "lemon zest")), "Sharp, sticky and perfect for bake sales.")
rec("Chocolate Brownies", "bake", 16, 15, 25, dict(fat=S("200g, melted", "British Unsalted Butter", "butter"), sugar=S("250g", "Light Brown Soft Sugar", "light brown sugar"), eggs=S("3", "Free Range Eggs Large", "eggs"), flour=S("100g", "Plain Flour", "plain flour and 50g cocoa"), flavour=S("150g", "Dark Cooking Chocolate", "melted dark chocolate")), "Fudgy in the middle, crackly on top.")
rec("Carrot Cake Squares", "bake", 12, 20, 35, dict(fat=S("200ml", "Sunflower Oil", "sunflower oil"), sugar=S("200g", "Light Brown Soft Sugar", "light brown sugar"), eggs=S("3", "Free Range Eggs Medium", "eggs"), flour=S("250g", "Self-Raising Flour", "self-raising flour"), flavour=S("300g, grated", "GreenBasket Carrots 1kg", "grated carrot, cinnamon and sultanas")), "Moist, spiced and topped with soft cheese frosting.")
rec("Banana Bread", "bake", 10, 15, 55, dict(fat=S("100g", "Spreadable Butter", "butter"), sugar=S("150g", "Light Brown Soft Sugar", "brown sugar"), eggs=S("2", "Free Range Eggs Medium", "eggs"), flour=S("225g", "Self-Raising Flour", "self-raising flour"), flavour=S("3 very ripe", "Ripe & Ready Bananas", "mashed bananas")), "The best way to use up browning bananas. Bake in a 900g loaf tin rather than a square tin.")
rec("Victoria Sponge Squares", "bake", 12, 20, 25, dict(fat=S("200g", "British Unsalted Butter", "butter"), sugar=S("200g", "Golden Caster Sugar", "caster sugar"), eggs=S("4", "Free Range Eggs Medium", "eggs"), flour=S("200g", "Self-Raising Flour", "self-raising flour"), flavour=S("4 tbsp", "Strawberry Jam", "strawberry jam and whipped double cream")), "A traybake twist on the teatime classic.")
rec("Gluten Free Almond & Blueberry Traybake", "bake", 12, 15, 35, dict(fat=S("175g", "British Unsalted Butter", "butter"), sugar=S("175g", "Golden Caster Sugar", "caster sugar"), eggs=S("3", "Free Range Eggs Large", "eggs"), flour=S("100g gluten free flour and 100g ground almonds", "Free From Gluten Free Plain Flour", "gluten free flour and ground almonds"), flavour=S("150g", "Blueberries 150g", "blueberries")), "Made with our Free From flour.")
rec("Flapjack Squares", "bake", 12, 10, 25, dict(fat=S("150g", "British Salted Butter", "butter"), sugar=S("100g", "Light Brown Soft Sugar", "brown sugar and 4 tbsp golden syrup"), eggs=S("none", "Golden Syrup", "golden syrup"), flour=S("300g", "GreenBasket Porridge Oats", "porridge oats"), flavour=S("100g", "Sultanas", "sultanas")), "Chewy, buttery and egg-free: melt the butter, sugar and syrup together rather than beating.")
rec("Ginger Traybake", "bake", 16, 15, 35, dict(fat=S("150g", "British Unsalted Butter", "butter"), sugar=S("150g", "Light Brown Soft Sugar", "brown sugar and 3 tbsp golden syrup"), eggs=S("2", "Free Range Eggs Medium", "eggs"), flour=S("250g", "Self-Raising Flour", "self-raising flour"), flavour=S("2 tsp", "Ground Ginger", "ground ginger")), "Sticky, warmly spiced and even better the next day.")

# --- breakfasts
rec("Blueberry Overnight Oats", "oats", 2, 5, 0, dict(oats=S("100g", "GreenBasket Porridge Oats", "porridge oats"), milk=S("200ml", "Semi-Skimmed Milk 1 pint", "semi-skimmed milk"), yoghurt=S("100g", "Greek Style Natural Yoghurt", "Greek style yoghurt"), fruit=S("150g", "Blueberries 150g", "blueberries"), sweet=S("1 tbsp", "Clear Honey", "honey")), "Make it the night before and breakfast is sorted.")
rec("Apple & Cinnamon Overnight Oats", "oats", 2, 5, 0, dict(oats=S("100g", "GreenBasket Jumbo Oats", "jumbo oats"), milk=S("200ml", "Plant Kitchen Oat Drink", "oat drink"), yoghurt=S("100g", "Coconut Yoghurt Alternative", "coconut yoghurt alternative"), fruit=S("1, grated", "Gala Apples", "grated apple and cinnamon"), sweet=S("1 tbsp", "Golden Syrup", "golden syrup")), "A dairy-free, make-ahead breakfast.")
rec("Raspberry Bircher Muesli", "oats", 2, 5, 0, dict(oats=S("100g", "Fruit & Nut Muesli", "muesli"), milk=S("150ml", "Cloudy Apple Juice", "apple juice"), yoghurt=S("150g", "Greek Style Natural Yoghurt", "Greek style yoghurt"), fruit=S("150g", "British Raspberries", "raspberries"), sweet=S("1 tbsp", "Wildflower Honey", "Brackenford wildflower honey")), "Swiss-style soaked muesli with local honey.")
rec("Peanut Butter & Banana Overnight Oats", "oats", 2, 5, 0, dict(oats=S("100g", "GreenBasket Porridge Oats", "porridge oats"), milk=S("200ml", "Semi-Skimmed Milk 1 pint", "milk"), yoghurt=S("2 tbsp", "Smooth Peanut Butter", "smooth peanut butter"), fruit=S("1", "Fairtrade Bananas 5 pack", "sliced banana"), sweet=S("1 tbsp", "Clear Honey", "honey")), "Keeps you full until lunch.")
rec("Mushroom & Spinach Frittata", "frittata", 4, 10, 15, dict(veg=S("250g mushrooms and 100g spinach", "Chestnut Mushrooms", "mushrooms and spinach"), eggs=S("6", "Free Range Eggs Large", "eggs"), cheese=S("50g", "GreenBasket Mature Cheddar", "grated mature cheddar"), side=S("120g", "Mixed Leaf Salad", "mixed leaf salad")), "Brunch for four in one pan.")
rec("Potato, Pea & Feta Frittata", "frittata", 4, 10, 20, dict(veg=S("300g, boiled and sliced", "Baby Potatoes 1kg", "potatoes and 100g peas"), eggs=S("6", "Free Range Eggs Medium", "eggs"), cheese=S("100g", "Greek Feta", "crumbled feta"), side=S("60g", "Wild Rocket", "rocket")), "A Spanish-style tortilla with a Greek twist.")
rec("Chorizo & Pepper Frittata", "frittata", 4, 10, 15, dict(veg=S("80g chorizo and 1 pepper", "Chorizo Slices", "chorizo and pepper"), eggs=S("6", "Free Range Eggs Large", "eggs"), cheese=S("50g", "Red Leicester", "grated Red Leicester"), side=S("1 pack", "In-Store Bakery Crusty White Rolls", "crusty rolls")), "Smoky and colourful.")
rec("Smoked Salmon & Chive Frittata", "frittata", 4, 10, 15, dict(veg=S("4", "Spring Onions", "spring onions"), eggs=S("6", "Golden Yolk Free Range Eggs", "Golden Yolk eggs"), cheese=S("100g, torn, and 100g soft cheese", "Oak Smoked Salmon", "smoked salmon and dollops of soft cheese"), side=S("1", "Seeded Batch Loaf", "toasted seeded bread")), "A special weekend brunch.")
rec("Courgette & Cheddar Mini Frittatas", "frittata", 6, 10, 20, dict(veg=S("2, grated", "Courgettes", "grated courgette"), eggs=S("8", "Free Range Eggs Mixed Weight", "eggs"), cheese=S("80g", "Mild Cheddar", "grated mild cheddar"), side=S("250g", "Cherry Tomatoes", "cherry tomatoes")), "Bake in a 12-hole muffin tin at 180°C for 20 minutes instead of grilling: great for lunchboxes.")
rec("Berry Blast Smoothie", "smoothie", 2, 5, 0, dict(fruit1=S("200g", "Frozen Mixed Berries", "frozen berries"), fruit2=S("1", "Fairtrade Bananas 5 pack", "banana"), liquid=S("300ml", "Semi-Skimmed Milk 1 pint", "milk"), extra=S("100g", "Greek Style Natural Yoghurt", "Greek style yoghurt")), "A purple breakfast in a glass.")
rec("Tropical Mango Smoothie", "smoothie", 2, 5, 0, dict(fruit1=S("200g", "Frozen Mango Chunks", "frozen mango"), fruit2=S("1", "GreenBasket Pineapple", "pineapple chunks"), liquid=S("300ml", "Smooth Orange Juice", "orange juice"), extra=S("1", "Limes", "a squeeze of lime")), "Sunshine in a glass, dairy-free.")
rec("Green Breakfast Smoothie", "smoothie", 1, 5, 0, dict(fruit1=S("1", "Fairtrade Bananas 5 pack", "banana"), fruit2=S("1", "Kiwi Fruit", "kiwi fruit"), liquid=S("250ml", "Unsweetened Soya Drink", "soya drink"), extra=S("a handful", "Baby Spinach 200g", "spinach")), "You won't taste the spinach, promise.")
rec("Peanut Butter Power Smoothie", "smoothie", 1, 5, 0, dict(fruit1=S("1", "Fairtrade Bananas 5 pack", "banana"), fruit2=S("2 tbsp", "GreenBasket Porridge Oats", "oats"), liquid=S("250ml", "Plant Kitchen Oat Drink", "oat drink"), extra=S("1 tbsp", "Nutcraft 100% Peanut Butter", "peanut butter")), "A post-gym refuel.")
rec("Strawberry & Kefir Smoothie", "smoothie", 2, 5, 0, dict(fruit1=S("200g", "British Strawberries", "strawberries"), fruit2=S("1", "Fairtrade Bananas 5 pack", "banana"), liquid=S("300ml", "Kefir Natural", "kefir"), extra=S("1 tbsp", "Clear Honey", "honey")), "Tangy and gut-friendly.")
rec("Fluffy Breakfast Pancakes", "pancakes", 4, 10, 15, dict(flour=S("200g", "Self-Raising Flour", "self-raising flour"), eggs=S("2", "Free Range Eggs Medium", "eggs"), milk=S("300ml", "Semi-Skimmed Milk 1 pint", "milk"), topping=S("150g", "Blueberries 150g", "blueberries"), sweet=S("2 tbsp", "Golden Syrup", "golden syrup")), "Thick American-style pancakes.")
rec("Lemon & Sugar Crêpes", "pancakes", 4, 5, 20, dict(flour=S("100g", "Plain Flour", "plain flour"), eggs=S("2", "Free Range Eggs Medium", "eggs"), milk=S("300ml", "Whole Milk 2 pints", "whole milk"), topping=S("2", "Unwaxed Lemons", "lemon juice"), sweet=S("4 tbsp", "Golden Caster Sugar", "caster sugar")), "The Pancake Day classic.")
rec("Banana & Oat Pancakes", "pancakes", 2, 5, 10, dict(flour=S("80g", "GreenBasket Porridge Oats", "blitzed oats"), eggs=S("2", "Free Range Eggs Large", "eggs"), milk=S("2 ripe", "Fairtrade Bananas 5 pack", "mashed bananas"), topping=S("100g", "Greek Style Natural Yoghurt", "Greek style yoghurt"), sweet=S("1 tbsp", "Clear Honey", "honey")), "Three-ingredient pancakes with no flour.")

# --- sandwiches & wraps
rec("Chicken, Pesto & Mozzarella Wraps", "sandwich", 4, 10, 0, dict(bread=S("4", "Plain Tortilla Wraps", "tortilla wraps"), sauce=S("4 tbsp", "Green Pesto", "pesto"), filling1=S("100g", "Wafer Thin Cooked Chicken", "cooked chicken"), filling2=S("125g", "GreenBasket Mozzarella 125g", "sliced mozzarella"), leaf=S("60g", "Wild Rocket", "rocket")), "A no-cook lunch for four.")
rec("Houmous & Roasted Veg Pittas", "sandwich", 3, 10, 0, dict(bread=S("6", "White Pitta Breads", "warm pitta breads"), sauce=S("200g", "Classic Houmous", "houmous"), filling1=S("1 jar", "Roasted Red Peppers in Brine", "roasted peppers"), filling2=S("1", "GreenBasket Cucumber", "cucumber"), leaf=S("1", "Little Gem Lettuce", "Little Gem")), "Vegan and great for picnics.")
rec("Ham & Cheese Toastie", "sandwich", 2, 5, 6, dict(bread=S("4 slices", "Thick Sliced White Bread", "thick white bread"), sauce=S("2 tsp", "English Mustard", "mustard"), filling1=S("4 slices", "Honey Roast Ham", "ham"), filling2=S("80g", "GreenBasket Mature Cheddar", "grated mature cheddar"), leaf=S("a pinch", "Black Peppercorns", "black pepper")), "Toast in a dry pan for 3 minutes each side.")
rec("Smoked Salmon & Soft Cheese Bagels", "sandwich", 2, 5, 0, dict(bread=S("2", "Plain Bagels", "toasted bagels"), sauce=S("4 tbsp", "Soft Cheese 180g", "soft cheese"), filling1=S("100g", "Oak Smoked Salmon", "smoked salmon"), filling2=S("1", "Unwaxed Lemons", "a squeeze of lemon"), leaf=S("a few sprigs", "Wild Rocket", "rocket")), "A brunch classic.")
rec("Egg Mayo & Spring Onion Sandwich", "sandwich", 2, 15, 10, dict(bread=S("4 slices", "Medium Sliced Wholemeal", "wholemeal bread"), sauce=S("3 tbsp", "GreenBasket Mayonnaise", "mayonnaise"), filling1=S("4, boiled and chopped", "Free Range Eggs Medium", "egg"), filling2=S("2", "Spring Onions", "chopped spring onions"), leaf=S("a handful", "Mixed Leaf Salad", "salad leaves")), "A lunchbox staple.")
rec("Falafel & Tzatziki Wraps", "sandwich", 4, 10, 10, dict(bread=S("4", "Wholemeal Tortilla Wraps", "wholemeal wraps"), sauce=S("170g", "Tzatziki", "tzatziki"), filling1=S("200g, warmed", "Falafel Bites", "falafel"), filling2=S("250g", "Cherry Tomatoes", "halved cherry tomatoes"), leaf=S("1", "Iceberg Lettuce", "shredded lettuce")), "Crunchy, fresh and filling.")
rec("Brie, Apple & Onion Chutney Baguette", "sandwich", 2, 5, 0, dict(bread=S("1", "In-Store Bakery Baguette", "baguette"), sauce=S("3 tbsp", "Caramelised Red Onion Chutney", "onion chutney"), filling1=S("100g", "French Brie", "sliced brie"), filling2=S("1", "Braeburn Apples", "thinly sliced apple"), leaf=S("a handful", "Wild Rocket", "rocket")), "A festive-feeling lunch any time of year.")
rec("BLT with Avocado", "sandwich", 2, 5, 8, dict(bread=S("4 slices", "Seeded Batch Loaf", "toasted seeded bread"), sauce=S("2 tbsp", "Light Mayonnaise", "light mayonnaise"), filling1=S("6 rashers, grilled", "Smoked Back Bacon", "smoked back bacon"), filling2=S("1", "Large Avocado", "sliced avocado and tomato"), leaf=S("1", "Little Gem Lettuce", "Little Gem")), "A classic with a creamy upgrade.")

# --- risottos
rec("Mushroom Risotto", "risotto", 4, 10, 25, dict(stock=S("2", "Vegetable Stock Cubes", "vegetable stock cubes"), onion=S("1", "Brown Onions", "onion"), rice=S("300g", "GreenBasket Risotto Rice", "risotto rice"), main=S("250g, sliced", "Chestnut Mushrooms", "mushrooms"), cheese=S("40g and a knob of butter", "Italian Hard Cheese", "grated hard cheese")), "Creamy comfort food.")
rec("Pea, Mint & Lemon Risotto", "risotto", 4, 10, 25, dict(stock=S("2", "Vegetable Stock Cubes", "vegetable stock cubes"), onion=S("1", "Brown Onions", "onion"), rice=S("300g", "GreenBasket Risotto Rice", "risotto rice"), main=S("200g", "Frozen Petits Pois", "petits pois, mint and lemon zest"), cheese=S("40g", "Italian Hard Cheese", "grated hard cheese")), "Spring on a plate.")
rec("Butternut Squash & Sage Risotto", "risotto", 4, 15, 30, dict(stock=S("2", "Vegetable Stock Cubes", "vegetable stock cubes"), onion=S("1", "Brown Onions", "onion"), rice=S("300g", "GreenBasket Risotto Rice", "risotto rice"), main=S("400g, roasted", "Diced Butternut Squash", "roasted squash"), cheese=S("40g", "Italian Hard Cheese", "grated hard cheese")), "Sweet roasted squash stirred through at the end.")
rec("Chicken & Leek Risotto", "risotto", 4, 10, 30, dict(stock=S("2", "Chicken Stock Cubes", "chicken stock cubes"), onion=S("2", "GreenBasket Leeks", "sliced leeks"), rice=S("300g", "GreenBasket Risotto Rice", "risotto rice"), main=S("300g, diced and browned", "Chicken Breast Fillets 300g", "chicken"), cheese=S("40g", "Italian Hard Cheese", "grated hard cheese")), "A complete meal in one pan.")
rec("Prawn & Tomato Risotto", "risotto", 4, 10, 25, dict(stock=S("2", "Vegetable Stock Cubes", "vegetable stock cubes"), onion=S("1", "Brown Onions", "onion"), rice=S("300g", "GreenBasket Risotto Rice", "risotto rice"), main=S("150g prawns and 250g tomatoes", "Cooked King Prawns", "prawns and cherry tomatoes"), cheese=S("a knob", "British Unsalted Butter", "butter")), "Light and summery.")

# --- fish parcels
rec("Cod Parcels with Lemon & Herbs", "fish", 2, 10, 15, dict(veg=S("200g", "Fine Green Beans", "green beans"), main=S("2 fillets", "Skinless Cod Fillets", "cod"), flavour=S("1", "Unwaxed Lemons", "lemon"), herb=S("a handful", "Flat Leaf Parsley", "parsley"), side=S("500g, boiled", "Baby Potatoes 1kg", "new potatoes")), "Steamed in the oven: healthy and mess-free.")
rec("Salmon Parcels with Ginger & Soy", "fish", 2, 10, 15, dict(veg=S("200g", "Long-Stem Broccoli", "broccoli"), main=S("2 fillets", "GreenBasket Salmon Fillets", "salmon"), flavour=S("2 tbsp soy sauce and grated ginger", "Light Soy Sauce", "soy and ginger"), herb=S("2", "Spring Onions", "spring onions"), side=S("250g", "Microwave Basmati Rice", "rice")), "Asian-inspired and ready in 25 minutes.")
rec("Sea Bass with Cherry Tomatoes", "fish", 2, 10, 12, dict(veg=S("250g", "Cherry Tomatoes", "cherry tomatoes"), main=S("2 fillets", "Sea Bass Fillets", "sea bass"), flavour=S("1", "Unwaxed Lemons", "lemon"), herb=S("a few leaves", "Fresh Basil", "basil"), side=S("100g", "Wild Rocket", "rocket salad")), "Delicate fish with sweet tomatoes.")
rec("Haddock with Spinach & Cream", "fish", 2, 10, 18, dict(veg=S("200g", "Baby Spinach 200g", "spinach"), main=S("2 fillets", "Skinless Haddock Fillets", "haddock"), flavour=S("2 tbsp", "Crème Fraîche", "crème fraîche"), herb=S("a pinch", "Black Peppercorns", "black pepper"), side=S("500g", "Baby Potatoes 1kg", "new potatoes")), "Comforting and quick.")
rec("Trout with Almonds & Green Beans", "fish", 2, 10, 15, dict(veg=S("200g", "Fine Green Beans", "green beans"), main=S("2 fillets", "Rainbow Trout Fillets", "trout"), flavour=S("1", "Unwaxed Lemons", "lemon"), herb=S("30g, toasted", "Whole Almonds", "flaked almonds"), side=S("500g", "Baby Potatoes 1kg", "new potatoes")), "A classic French bistro pairing, made with Lakeside trout.")
rec("Fish Pie Parcels", "fish", 4, 15, 25, dict(veg=S("200g", "Frozen Garden Peas", "peas"), main=S("320g", "Fish Pie Mix", "fish pie mix"), flavour=S("200ml", "Crème Fraîche", "crème fraîche"), herb=S("a handful", "Flat Leaf Parsley", "parsley"), side=S("1 loaf", "Crusty White Rolls", "crusty rolls")), "All the flavour of fish pie without the mash.")

# --- crumbles
rec("Bramley Apple Crumble", "crumble", 6, 15, 35, dict(fruit=S("1kg, peeled and sliced", "Bramley Cooking Apples", "Bramley apples"), sugar=S("100g", "Light Brown Soft Sugar", "brown sugar"), fat=S("100g", "British Unsalted Butter", "butter"), flour=S("150g", "Plain Flour", "plain flour"), oats=S("50g", "GreenBasket Porridge Oats", "oats"), serve=S("500g", "Fresh Vanilla Custard", "fresh custard")), "The ultimate Sunday pudding.")
rec("Berry & Apple Crumble", "crumble", 6, 10, 35, dict(fruit=S("500g berries and 2 apples", "Frozen Mixed Berries", "mixed berries and apples"), sugar=S("100g", "Golden Caster Sugar", "caster sugar"), fat=S("100g", "British Salted Butter", "butter"), flour=S("150g", "Plain Flour", "plain flour"), oats=S("50g", "GreenBasket Jumbo Oats", "jumbo oats"), serve=S("1L", "Vanilla Bean Ice Cream", "vanilla ice cream")), "Made with frozen berries, so it works all year.")
rec("Pear & Ginger Crumble", "crumble", 6, 15, 35, dict(fruit=S("6, sliced", "Conference Pears", "pears"), sugar=S("100g", "Light Brown Soft Sugar", "brown sugar"), fat=S("100g", "British Unsalted Butter", "butter"), flour=S("150g plus 1 tsp ginger", "Plain Flour", "plain flour and ground ginger"), oats=S("50g", "GreenBasket Porridge Oats", "oats"), serve=S("300ml", "Double Cream", "pouring cream")), "Warming ginger with soft pears.")
rec("Tropical Mango Crumble (Vegan)", "crumble", 6, 15, 35, dict(fruit=S("500g, defrosted", "Frozen Mango Chunks", "mango chunks and the juice of a lime"), sugar=S("100g", "Light Brown Soft Sugar", "brown sugar"), fat=S("100g", "Plant Butter Block", "plant butter"), flour=S("150g", "Plain Flour", "plain flour"), oats=S("50g", "GreenBasket Porridge Oats", "oats"), serve=S("400g", "Coconut Yoghurt Alternative", "coconut yoghurt alternative")), "A tropical, plant-based crumble.")

# --- stews & chillies
rec("Beef Chilli con Carne", "stew", 4, 10, 40, dict(main=S("500g", "Beef Mince 12% Fat", "beef mince"), veg=S("1 onion and 1 pepper", "Mixed Peppers", "onion and pepper"), spice=S("2 tsp each", "Ground Cumin", "cumin, smoked paprika and chilli flakes"), tomatoes=S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes"), beans=S("400g", "Red Kidney Beans", "kidney beans"), side=S("300g", "GreenBasket Long Grain Rice", "long grain rice")), "A freezer-friendly family favourite.")
rec("Three Bean Veggie Chilli", "stew", 6, 10, 35, dict(main=S("1 onion", "Brown Onions", "onion"), veg=S("1 pack", "Mixed Peppers", "peppers"), spice=S("2 tsp", "Chipotle Paste", "chipotle paste and cumin"), tomatoes=S("2 x 400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes"), beans=S("3 tins", "Black Beans", "black beans, kidney beans and butter beans"), side=S("6", "Corn Tortillas", "warm corn tortillas")), "Smoky, hearty and vegan.")
rec("Sausage & Bean Casserole", "stew", 4, 10, 35, dict(main=S("8", "British Pork Sausages 8 pack", "sausages"), veg=S("1 onion and 2 carrots", "GreenBasket Carrots 1kg", "onion and carrots"), spice=S("1 tsp", "Smoked Paprika", "smoked paprika"), tomatoes=S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes"), beans=S("400g", "Cannellini Beans", "cannellini beans"), side=S("1 baguette", "In-Store Bakery Baguette", "crusty baguette")), "Cosy one-pot comfort.")
rec("Chicken & Chorizo Stew", "stew", 4, 15, 35, dict(main=S("500g", "Chicken Thigh Fillets", "chicken thighs and chorizo"), veg=S("1 onion and 1 pepper", "Red Pepper each", "onion and red pepper"), spice=S("1 tsp", "Smoked Paprika", "smoked paprika"), tomatoes=S("400g", "GreenBasket Chopped Tomatoes with Garlic", "chopped tomatoes with garlic"), beans=S("400g", "Butter Beans", "butter beans"), side=S("500g", "Baby Potatoes 1kg", "new potatoes")), "Spanish-inspired and ready in under an hour.")
rec("Lamb & Chickpea Tagine", "stew", 4, 15, 60, dict(main=S("500g", "Lamb Leg Steaks", "diced lamb"), veg=S("1 onion and 1 squash", "Diced Butternut Squash", "onion and squash"), spice=S("2 tbsp", "Ras el Hanout", "ras el hanout"), tomatoes=S("400g", "Peeled Plum Tomatoes", "plum tomatoes"), beans=S("400g", "GreenBasket Chickpeas 400g", "chickpeas and 100g dried apricots"), side=S("200g", "GreenBasket Couscous 500g", "couscous")), "Fragrant and slow-cooked.")
rec("Beef & Barley Stew", "stew", 6, 20, 120, dict(main=S("400g", "GreenBasket British Diced Beef", "diced beef"), veg=S("1kg", "Soup & Stew Vegetable Pack", "stew vegetables"), spice=S("2 sprigs", "Bay Leaves", "bay leaves and thyme"), tomatoes=S("2 tbsp", "Tomato Purée", "tomato purée and 1 beef stock cube"), beans=S("100g", "Pearl Barley", "pearl barley"), side=S("1 loaf", "Farmhouse White Loaf", "farmhouse bread")), "A proper winter warmer.")
rec("Turkey & Black Bean Chilli", "stew", 4, 10, 35, dict(main=S("500g", "Turkey Breast Mince", "turkey mince"), veg=S("1 onion and 1 pepper", "Red Pepper each", "onion and red pepper"), spice=S("2 tsp", "Cajun Seasoning", "Cajun seasoning"), tomatoes=S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes"), beans=S("400g", "Black Beans", "black beans"), side=S("250g", "Microwave Basmati Rice", "rice")), "A leaner chilli with plenty of flavour.")
rec("Mediterranean Vegetable Stew", "stew", 4, 15, 30, dict(main=S("1", "GreenBasket Aubergine", "aubergine"), veg=S("2 courgettes and 1 pepper", "Courgettes", "courgettes and pepper"), spice=S("1 tsp", "Dried Oregano", "oregano"), tomatoes=S("690g", "Passata Rustica", "passata"), beans=S("400g", "Cannellini Beans", "cannellini beans"), side=S("1", "In-Store Bakery Baguette", "crusty bread")), "A ratatouille-style stew made heartier with beans.")

# --- dips
rec("Smoky Red Pepper Houmous", "dip", 6, 10, 0, dict(main=S("400g", "GreenBasket Chickpeas 400g", "chickpeas"), second=S("1 jar, drained", "Roasted Red Peppers in Brine", "roasted peppers"), flavour=S("2 tbsp tahini and 1 tsp paprika", "Tahini", "tahini and smoked paprika"), dipper=S("6", "White Pitta Breads", "toasted pitta")), "Better than shop-bought, almost.")
rec("Guacamole with Lime & Chilli", "dip", 4, 10, 0, dict(main=S("2", "Ripe & Ready Avocados", "avocados"), second=S("4", "Salad Tomatoes", "chopped tomatoes"), flavour=S("1 lime and 1 chilli", "Limes", "lime juice and chilli"), dipper=S("200g", "Lightly Salted Tortilla Chips", "tortilla chips")), "Mash by hand for a chunky texture.")
rec("Beetroot & Feta Dip", "dip", 6, 10, 0, dict(main=S("250g", "Cooked Beetroot", "beetroot"), second=S("100g", "Greek Feta", "feta"), flavour=S("2 tbsp", "Greek Style Natural Yoghurt", "Greek style yoghurt and a little lemon"), dipper=S("150g", "Cheese Thins", "cheese thins")), "Shockingly pink and full of flavour.")
rec("White Bean & Rosemary Dip", "dip", 6, 10, 0, dict(main=S("400g", "Cannellini Beans", "cannellini beans"), second=S("1 clove", "GreenBasket Garlic 4 bulbs", "garlic"), flavour=S("1 lemon", "Unwaxed Lemons", "lemon juice and rosemary"), dipper=S("200g", "Cream Crackers", "crackers")), "A creamy, budget-friendly dip.")
rec("Tzatziki-Style Cucumber & Mint Dip", "dip", 4, 10, 0, dict(main=S("300g", "Greek Style Natural Yoghurt", "Greek style yoghurt"), second=S("1/2, grated and squeezed", "GreenBasket Cucumber", "cucumber"), flavour=S("a handful", "Fresh Mint", "chopped mint and a little garlic"), dipper=S("1 pack", "Vegetable Crisps", "vegetable crisps")), "Cool and refreshing with spicy food. Stir rather than blitz so it keeps some texture.")

EXTRAS = {
 "Chicken Caesar-Style Salad": [S("2 tbsp", "GreenBasket Mayonnaise", "mayonnaise"), S("20g", "Italian Hard Cheese", "hard cheese")],
 "Veggie Lasagne": [S("2", "Courgettes", "courgettes"), S("125g", "GreenBasket Mozzarella 125g", "mozzarella")],
 "Tuna & Sweetcorn Pasta Bake": [S("326g tin, drained", "GreenBasket Sweetcorn 326g", "sweetcorn")],
 "Penne all'Arrabbiata": [S("1 tsp", "Chilli Flakes", "chilli flakes")],
 "Salmon & Pea Orzo": [S("150g", "Frozen Garden Peas", "peas")],
 "Carrot Cake Squares": [S("2 tsp", "Ground Cinnamon", "cinnamon"), S("100g", "Sultanas", "sultanas"), S("180g, for the frosting", "Soft Cheese 180g", "soft cheese")],
 "Chocolate Brownies": [S("50g", "Cocoa Powder", "cocoa")],
 "Victoria Sponge Squares": [S("150ml, whipped", "Double Cream", "double cream")],
 "Gluten Free Almond & Blueberry Traybake": [S("100g", "Ground Almonds", "ground almonds")],
 "Ginger Traybake": [S("3 tbsp", "Golden Syrup", "golden syrup")],
 "Lamb & Chickpea Tagine": [S("100g", "Dried Apricots", "dried apricots"), S("1", "Brown Onions", "onion")],
 "Beef & Barley Stew": [S("1", "Beef Stock Cubes", "beef stock cube")],
 "Chicken Korma": [S("50g", "Ground Almonds", "ground almonds")],
 "Sweet Potato & Lentil Dhal": [S("1 tsp", "Ground Cumin", "cumin"), S("1 tsp", "Garam Masala", "garam masala")],
 "Gochujang Chicken Rice Bowls": [S("1 tbsp", "Clear Honey", "honey"), S("2", "Spring Onions", "spring onions")],
 "Rice Noodle Salad with Peanut Dressing": [S("2 tbsp", "Smooth Peanut Butter", "peanut butter"), S("1", "GreenBasket Cucumber", "cucumber")],
 "Smoked Salmon & Chive Frittata": [S("100g", "Soft Cheese 180g", "soft cheese")],
 "Salmon, Rice & Edamame-Style Poke Bowl": [S("2 tbsp", "Light Soy Sauce", "soy sauce"), S("1", "Large Avocado", "avocado")],
 "BLT with Avocado": [S("2", "Salad Tomatoes", "tomatoes")],
 "Chicken & Chorizo Stew": [S("80g", "Chorizo Slices", "chorizo"), S("1", "Brown Onions", "onion")],
 "Three Bean Veggie Chilli": [S("400g", "Red Kidney Beans", "kidney beans"), S("400g", "Butter Beans", "butter beans"), S("1 tsp", "Ground Cumin", "cumin")],
 "Paneer & Pea Curry": [S("200g", "Frozen Garden Peas", "peas")],
 "Fish Curry with Tomatoes": [S("400g", "GreenBasket Chopped Tomatoes 400g", "chopped tomatoes")],
 "Vegetable Massaman-Style Curry": [S("500g", "Baby Potatoes 1kg", "potatoes"), S("1 tsp", "Ground Cinnamon", "cinnamon")],
 "Beetroot & Feta Dip": [S("1/2", "Unwaxed Lemons", "lemon")],
 "Chilli Beef Lettuce Cups": [S("2 tbsp", "Light Soy Sauce", "soy sauce")],
 "Potato, Pea & Feta Frittata": [S("100g", "Frozen Garden Peas", "peas")],
 "Chorizo & Pepper Frittata": [S("1", "Red Pepper each", "red pepper")],
 "Mushroom & Spinach Frittata": [S("100g", "Baby Spinach 200g", "spinach")],
 "Prawn & Tomato Risotto": [S("250g", "Cherry Tomatoes", "cherry tomatoes")],
 "Pea, Mint & Lemon Risotto": [S("a handful", "Fresh Mint", "mint"), S("1", "Unwaxed Lemons", "lemon")],
 "Bulgur Wheat Tabbouleh": [S("1", "GreenBasket Cucumber", "cucumber"), S("a large handful", "Fresh Mint", "mint")],
 "Giant Couscous with Roasted Vegetables": [S("1", "Mixed Peppers", "peppers")],
 "Halloumi, Couscous & Pomegranate Salad": [S("250g", "Cherry Tomatoes", "cherry tomatoes"), S("1", "GreenBasket Pomegranate", "pomegranate")],
 "Greek-Style Orzo Salad": [S("1", "Red Onions", "red onion")],
 "Linguine with Prawns, Chilli & Lemon": [S("2 cloves", "GreenBasket Garlic 4 bulbs", "garlic")],
 "Beef Chilli con Carne": [S("1 tsp", "Smoked Paprika", "smoked paprika"), S("1", "Brown Onions", "onion")],
 "Sausage & Bean Casserole": [S("1", "Brown Onions", "onion")],
 "Chicken Noodle Soup": [S("1", "GreenBasket Leeks", "leek")],
 "Mushroom Risotto": [S("a knob", "British Unsalted Butter", "butter")],
 "Ham & Cheese Toastie": [S("a little, for the pan", "British Salted Butter", "butter")],
 "Three Bean Veggie Chilli ": [],
}

STEPS_OVERRIDE = {
 "Flapjack Squares": [
  "Heat the oven to 180°C (160°C fan), gas mark 4, and line a 20cm square tin.",
  "Melt the butter, brown sugar and golden syrup together in a saucepan over a low heat.",
  "Take off the heat and stir in the porridge oats and sultanas until everything is coated.",
  "Press firmly into the tin and bake for 25 minutes until golden at the edges.",
  "Mark into squares while warm, then leave to cool completely in the tin before cutting."],
 "Banana Bread": [
  "Heat the oven to 170°C (150°C fan), gas mark 3, and line a 900g loaf tin.",
  "Beat the butter and brown sugar together until pale, then beat in the eggs.",
  "Stir in the mashed bananas, then fold in the self-raising flour.",
  "Pour into the tin and bake for 55 minutes, until a skewer pushed into the middle comes out clean.",
  "Cool in the tin for 15 minutes, then turn out onto a wire rack."],
 "Chicken Noodle Soup": [
  "Put the chicken breast in a large pan with the crumbled chicken stock cubes and 1.2 litres of water. Bring to a simmer and poach for 15 minutes.",
  "Lift out the chicken and shred it with two forks.",
  "Add the sliced carrots, leek and most of the spring onions to the broth and simmer for 5 minutes.",
  "Add the egg noodles and cook for 4 minutes, then return the chicken to the pan.",
  "Season and serve topped with the remaining spring onions."],
 "Chilli Beef Lettuce Cups": [
  "Separate the Little Gem leaves, rinse and pat dry.",
  "Heat 1 tbsp vegetable oil in a wok and brown the lean beef mince over a high heat, breaking it up as it cooks.",
  "Add the diced red pepper and stir-fry for 2 minutes.",
  "Stir in the sriracha and soy sauce and cook until sticky.",
  "Spoon into the lettuce cups and scatter with coriander."],
 "Courgette & Cheddar Mini Frittatas": [
  "Heat the oven to 180°C (160°C fan), gas mark 4, and grease a 12-hole muffin tin.",
  "Squeeze the grated courgette in a clean tea towel to remove excess water.",
  "Beat the eggs, then stir in the courgette and most of the grated mild cheddar.",
  "Divide between the holes, top with the rest of the cheese and bake for 20 minutes until set.",
  "Serve warm or cold with the cherry tomatoes."],
 "Tzatziki-Style Cucumber & Mint Dip": [
  "Grate the cucumber and squeeze out as much liquid as you can.",
  "Stir the cucumber into the Greek style yoghurt with the chopped mint and a little crushed garlic.",
  "Season with salt and chill for 20 minutes.",
  "Serve with the vegetable crisps for dunking."],
}

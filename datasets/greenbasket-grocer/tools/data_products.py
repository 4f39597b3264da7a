# Product families. F(aisle, brand, base, variants, contains, may_contain, origin, supplier, flags)
# variants: list of (variant_word, size, price_at_2026_01_01). base uses {} for the variant word.
AISLES = {
 1: "Fruit & Vegetables", 2: "Bakery & Bread", 3: "Dairy, Eggs & Chilled", 4: "Meat & Poultry",
 5: "Fish & Seafood", 6: "Deli & Ready Meals", 7: "Pasta, Rice & Grains", 8: "Tins, Jars & Sauces",
 9: "Baking & Home Cooking", 10: "Breakfast & Spreads", 11: "World Foods", 12: "Snacks, Biscuits & Confectionery",
 13: "Tea, Coffee & Hot Drinks", 14: "Soft Drinks & Water", 15: "Beer, Wine & Spirits", 16: "Frozen",
 17: "Free From & Plant-Based", 18: "Baby & Toddler", 19: "Health & Beauty", 20: "Household & Cleaning", 21: "Pet Care",
}
BRANDS = {"GB": "GreenBasket", "FIN": "GreenBasket Finest", "EVD": "GreenBasket Everyday",
          "FF": "GreenBasket Free From", "PK": "GreenBasket Plant Kitchen"}

FAM = []
def F(aisle, brand, base, variants, contains="", may="", origin="United Kingdom", supplier=None, flags=""):
    FAM.append(dict(aisle=aisle, brand=brand, base=base, variants=variants, contains=contains,
                    may=may, origin=origin, supplier=supplier, flags=flags))

# ---------------- Aisle 1 Fruit & Vegetables
F(1, "GB", "Fairtrade {}Bananas", [("", "5 pack", 0.95), ("Ripe & Ready ", "5 pack", 1.10)], origin="Colombia", supplier="bananera", flags="ft")
F(1, "GB", "{} Apples", [("Gala", "6 pack", 1.65), ("Braeburn", "6 pack", 1.75), ("Cox", "6 pack", 1.80), ("Bramley Cooking", "1kg", 1.55)], origin="United Kingdom (Fenmoor Orchards)", supplier="fenmoor_orchards")
F(1, "GB", "Pink Lady Apples", [("", "4 pack", 2.40)], origin="France", supplier="fenmoor_orchards")
F(1, "GB", "Conference Pears", [("", "4 pack", 1.45)], origin="United Kingdom (Fenmoor Orchards)", supplier="fenmoor_orchards")
F(1, "GB", "{}", [("Easy Peeler Clementines", "600g", 1.50), ("Unwaxed Lemons", "4 pack", 1.10), ("Navel Oranges", "5 pack", 1.60)], origin="Spain", supplier="valle_verde")
F(1, "GB", "Limes", [("", "4 pack", 1.00)], origin="South Africa", supplier="cape_vale")
F(1, "GB", "Blueberries", [("", "150g", 1.99), ("", "300g", 3.50)], origin="Peru", supplier="andes_fresh")
F(1, "GB", "{}", [("British Strawberries", "400g", 2.50)], origin="United Kingdom (Elder Lane Berry Farm)", supplier="elder_lane")
F(1, "FIN", "British Raspberries", [("", "150g", 2.25)], origin="United Kingdom (Elder Lane Berry Farm)", supplier="elder_lane")
F(1, "GB", "Ripe & Ready Avocados", [("", "2 pack", 1.69)], origin="Peru", supplier="andes_fresh")
F(1, "GB", "Large Avocado", [("", "each", 0.99)], origin="Peru", supplier="andes_fresh")
F(1, "GB", "Seedless {} Grapes", [("Red", "500g", 2.00), ("White", "500g", 2.00)], origin="South Africa", supplier="cape_vale")
F(1, "GB", "Kiwi Fruit", [("", "6 pack", 1.35)], origin="New Zealand", supplier="kiwi_coast")
F(1, "GB", "{}", [("Baby Potatoes", "1kg", 1.05), ("White Potatoes", "2.5kg", 1.45), ("Maris Piper Potatoes", "2kg", 1.75), ("Carrots", "1kg", 0.55), ("Brown Onions", "1kg", 0.85), ("Red Onions", "3 pack", 0.75), ("Parsnips", "500g", 0.65), ("Leeks", "500g", 1.10), ("Savoy Cabbage", "each", 0.90), ("Cauliflower", "each", 1.05), ("Broccoli", "360g", 0.69), ("Swede", "each", 0.70), ("Cooked Beetroot", "250g", 0.89)], origin="United Kingdom (Wendmoor Growers)", supplier="wendmoor_growers")
F(1, "GB", "Sweet Potatoes", [("", "1kg", 1.35)], origin="Egypt", supplier="wendmoor_growers")
F(1, "GB", "{}", [("Spring Onions", "100g", 0.55)], origin="United Kingdom (Wendmoor Growers)", supplier="wendmoor_growers")
F(1, "GB", "Garlic", [("", "4 bulbs", 0.85)], origin="Spain", supplier="valle_verde")
F(1, "GB", "{}", [("Salad Tomatoes", "6 pack", 0.85), ("Cherry Tomatoes", "250g", 0.89), ("Cucumber", "each", 0.75), ("Mixed Peppers", "3 pack", 1.50), ("Red Pepper", "each", 0.65)], origin="United Kingdom (Sunhill Glasshouses)", supplier="sunhill")
F(1, "FIN", "Vine Ripened Tomatoes", [("", "460g", 2.10)], origin="United Kingdom (Sunhill Glasshouses)", supplier="sunhill")
F(1, "GB", "{} Mushrooms", [("Closed Cup", "300g", 0.95), ("Chestnut", "250g", 1.15), ("Sliced Closed Cup", "250g", 1.00)], origin="United Kingdom (Ridgeway Mushrooms)", supplier="ridgeway")
F(1, "GB", "{}", [("Baby Spinach", "200g", 1.25), ("Mixed Leaf Salad", "120g", 0.85), ("Wild Rocket", "60g", 0.95), ("Iceberg Lettuce", "each", 0.65), ("Little Gem Lettuce", "2 pack", 0.79)], origin="United Kingdom (Hollowbrook Salad Farm)", supplier="hollowbrook")
F(1, "GB", "Fresh {}", [("Coriander", "30g", 0.75), ("Basil", "30g", 0.75), ("Flat Leaf Parsley", "30g", 0.75), ("Mint", "30g", 0.75)], origin="United Kingdom (Hollowbrook Salad Farm)", supplier="hollowbrook")
F(1, "GB", "{}", [("Root Ginger", "150g", 0.60)], origin="Peru", supplier="andes_fresh")
F(1, "GB", "Red Chillies", [("", "50g", 0.55)], origin="Spain", supplier="valle_verde")
F(1, "GB", "{}", [("Courgettes", "3 pack", 1.15), ("Aubergine", "each", 0.85), ("Butternut Squash", "each", 1.10)], origin="Spain", supplier="valle_verde")
F(1, "GB", "Sweetcorn Cobs", [("", "2 pack", 1.20)], origin="United Kingdom (Wendmoor Growers)", supplier="wendmoor_growers")
F(1, "GB", "{}", [("Long-Stem Broccoli", "200g", 1.75), ("Fine Green Beans", "200g", 1.05)], origin="Kenya", supplier="cape_vale")
F(1, "FIN", "Asparagus Tips", [("", "125g", 2.00)], origin="Peru", supplier="andes_fresh")
F(1, "GB", "{}", [("Stir-Fry Vegetables", "320g", 1.25), ("Soup & Stew Vegetable Pack", "1kg", 1.40), ("Diced Butternut Squash", "400g", 1.30)], origin="United Kingdom (Wendmoor Growers)", supplier="wendmoor_growers")
F(1, "FIN", "Medjool Dates", [("", "200g", 3.00)], origin="Jordan", supplier="cape_vale")

# ---------------- Aisle 2 Bakery & Bread
F(2, "GB", "{} Bread", [("Medium Sliced White", "800g", 0.75), ("Thick Sliced White", "800g", 0.75), ("Medium Sliced Wholemeal", "800g", 0.85)], contains="wheat", may="sesame, soya", supplier="brightmoor")
F(2, "GB", "Seeded Batch Loaf", [("", "800g", 1.45)], contains="wheat, sesame", may="soya", supplier="brightmoor")
F(2, "Brightmoor", "{}", [("Farmhouse White Loaf", "800g", 1.55), ("Granary Style Loaf", "800g", 1.60)], contains="wheat, barley", may="sesame, soya", supplier="brightmoor")
F(2, "Brightmoor", "Sourdough Bloomer", [("", "600g", 2.40)], contains="wheat, rye", may="sesame", supplier="brightmoor")
F(2, "GB", "In-Store Bakery {}", [("Baguette", "each", 0.70), ("Crusty White Rolls", "6 pack", 0.90), ("Soft White Rolls", "6 pack", 0.85), ("Wholemeal Rolls", "6 pack", 0.95)], contains="wheat", may="sesame, milk", supplier="brightmoor")
F(2, "GB", "Part-Baked Petits Pains", [("", "6 pack", 0.95)], contains="wheat", may="sesame", supplier="brightmoor")
F(2, "GB", "{} Bagels", [("Plain", "5 pack", 1.20), ("Cinnamon & Raisin", "5 pack", 1.30), ("Multiseed", "5 pack", 1.35)], contains="wheat", may="sesame, milk", supplier="brightmoor")
F(2, "GB", "{}", [("English Muffins", "6 pack", 0.95), ("Crumpets", "8 pack", 0.75)], contains="wheat", may="milk", supplier="brightmoor")
F(2, "GB", "Scotch Pancakes", [("", "8 pack", 1.00)], contains="wheat, eggs, milk", supplier="ambleford_bakehouse")
F(2, "GB", "{} Tortilla Wraps", [("Plain", "8 pack", 1.20), ("Wholemeal", "8 pack", 1.25), ("Mini Plain", "10 pack", 1.10)], contains="wheat", may="sesame", supplier="brightmoor")
F(2, "GB", "{} Naan Breads", [("Plain", "2 pack", 0.95), ("Garlic & Coriander", "2 pack", 1.00)], contains="wheat, milk", may="eggs, sesame", supplier="brightmoor")
F(2, "GB", "White Pitta Breads", [("", "6 pack", 0.70)], contains="wheat", may="sesame", supplier="brightmoor")
F(2, "FIN", "{}", [("All Butter Croissants", "4 pack", 1.85), ("Pains au Chocolat", "4 pack", 2.10)], contains="wheat, milk, eggs", may="soya, nuts", supplier="ambleford_bakehouse")
F(2, "GB", "{}", [("Jam Doughnuts", "5 pack", 1.00), ("Iced Ring Doughnuts", "4 pack", 1.20), ("Chocolate Chunk Cookies", "4 pack", 1.25)], contains="wheat, eggs, milk, soya", may="nuts", supplier="ambleford_bakehouse")
F(2, "GB", "{} Cake", [("Victoria Sponge", "each", 2.75), ("Lemon Drizzle Loaf", "each", 1.90), ("Carrot & Walnut", "each", 3.25)], contains="wheat, eggs, milk", may="nuts, soya", supplier="ambleford_bakehouse")
F(2, "FF", "{}", [("White Sliced Loaf", "400g", 2.10), ("Brown Seeded Loaf", "400g", 2.40)], contains="eggs", may="sesame", supplier="meadowgrain", flags="gf")
F(2, "Meadowgrain", "Gluten Free Seeded Rolls", [("", "4 pack", 2.50)], contains="eggs, sesame", supplier="meadowgrain", flags="gf")
F(2, "GB", "Hot Cross Buns", [("", "4 pack", 1.10)], contains="wheat, milk", may="eggs, soya", supplier="brightmoor")
F(2, "FIN", "{} Sourdough", [("White", "400g", 2.25), ("Seeded Rye", "400g", 2.50)], contains="wheat, rye", may="sesame", supplier="brightmoor")

# ---------------- Aisle 3 Dairy, Eggs & Chilled
F(3, "GB", "British {} Milk", [("Semi-Skimmed", "1 pint (568ml)", 0.65), ("Semi-Skimmed", "2 pints (1.136L)", 1.00), ("Semi-Skimmed", "4 pints (2.272L)", 1.45), ("Whole", "4 pints (2.272L)", 1.45), ("Skimmed", "4 pints (2.272L)", 1.45), ("Whole", "2 pints (1.136L)", 1.00)], contains="milk", supplier="hollin")
F(3, "Hollin Dairy", "{}", [("Organic Whole Milk", "2 pints (1.136L)", 1.45), ("Jersey Gold Top Milk", "1L", 1.70)], contains="milk", supplier="hollin", flags="org")
F(3, "GB", "British {} Butter", [("Salted", "250g", 2.10), ("Unsalted", "250g", 2.10)], contains="milk", supplier="hollin")
F(3, "GB", "Spreadable Butter", [("", "500g", 3.10)], contains="milk", supplier="hollin")
F(3, "FIN", "Sea Salt Crystal Butter", [("", "250g", 2.85)], contains="milk", supplier="hollin")
F(3, "GB", "{}", [("Double Cream", "300ml", 1.20), ("Single Cream", "300ml", 0.95), ("Soured Cream", "300ml", 0.95), ("Crème Fraîche", "200ml", 0.90), ("Clotted Cream", "227g", 1.95)], contains="milk", supplier="hollin")
F(3, "GB", "Greek Style {} Yoghurt", [("Natural", "500g", 1.35), ("Honey", "450g", 1.55), ("0% Fat", "500g", 1.45)], contains="milk", supplier="hollin")
F(3, "GB", "{}", [("Natural Yoghurt", "500g", 0.65), ("Strawberry Yoghurts", "4 x 125g", 1.10), ("Fromage Frais Kids Pots", "6 x 45g", 1.00)], contains="milk", supplier="hollin")
F(3, "Hollin Dairy", "Thick & Creamy {} Yoghurt", [("Vanilla", "450g", 1.60), ("Raspberry", "450g", 1.60), ("Rhubarb", "450g", 1.60)], contains="milk", supplier="hollin")
F(3, "GB", "{} Cheddar", [("Mild", "400g", 3.00), ("Mature", "400g", 3.20), ("Extra Mature", "400g", 3.40)], contains="milk", supplier="greyfell")
F(3, "FIN", "Vintage Cheddar", [("", "350g", 3.75)], contains="milk", supplier="greyfell")
F(3, "Greyfell", "{}", [("Calder Crumbly", "300g", 3.00), ("Blue", "200g", 2.60), ("Smoked Cheddar", "200g", 2.40)], contains="milk", supplier="greyfell")
F(3, "GB", "{}", [("Red Leicester", "400g", 3.10), ("Grated Mozzarella & Cheddar", "250g", 2.10), ("Mozzarella", "125g", 0.65), ("Soft Cheese", "180g", 0.89), ("Light Soft Cheese", "180g", 0.89), ("Cottage Cheese", "300g", 1.10)], contains="milk", supplier="greyfell")
F(3, "GB", "Halloumi", [("", "250g", 2.50)], contains="milk", origin="Cyprus", supplier="marisol")
F(3, "GB", "Greek Feta", [("", "200g", 1.60)], contains="milk", origin="Greece", supplier="marisol")
F(3, "GB", "{}", [("French Brie", "200g", 1.59), ("Italian Hard Cheese", "100g", 1.85)], contains="milk", origin="France / Italy", supplier="greyfell")
F(3, "GB", "Free Range Eggs {}", [("Medium", "6 pack", 1.55), ("Large", "6 pack", 1.80), ("Mixed Weight", "12 pack", 3.10)], contains="eggs", supplier="larkfield")
F(3, "FIN", "Golden Yolk Free Range Eggs", [("", "6 pack", 2.35)], contains="eggs", supplier="larkfield")
F(3, "Larkfield", "Organic Free Range Eggs", [("", "6 pack", 2.50)], contains="eggs", supplier="larkfield", flags="org")
F(3, "GB", "{} Orange Juice", [("Smooth", "1L", 1.75), ("With Bits", "1L", 1.75)], origin="Spain", supplier="orchard_vine")
F(3, "GB", "Cloudy Apple Juice", [("", "1L", 1.60)], supplier="fenmoor_orchards")
F(3, "FIN", "Cold Brew Coffee", [("", "1L", 3.25)], origin="Colombia (beans), roasted in the United Kingdom", supplier="copperpot")
F(3, "GB", "{} Custard", [("Fresh Vanilla", "500g", 1.20)], contains="milk, eggs", supplier="hollin")
F(3, "GB", "{} Rice Pudding", [("Creamy", "4 x 125g", 1.20)], contains="milk", supplier="hollin")

# ---------------- Aisle 4 Meat & Poultry
F(4, "GB", "British Chicken {}", [("Breast Fillets", "300g", 2.75), ("Breast Fillets", "650g", 5.20), ("Thigh Fillets", "500g", 3.60), ("Drumsticks", "1kg", 2.60), ("Diced Breast", "400g", 3.50)], supplier="oakmere_poultry", flags="nv")
F(4, "GB", "British Whole Chicken", [("", "1.5kg", 4.50)], supplier="oakmere_poultry", flags="nv")
F(4, "FIN", "Corn-Fed Chicken Breast Fillets", [("", "300g", 4.25)], supplier="oakmere_poultry", flags="nv")
F(4, "GB", "British Beef Mince {}", [("5% Fat", "500g", 3.75), ("12% Fat", "500g", 3.10), ("20% Fat", "500g", 2.50)], supplier="calder_meats", flags="nv")
F(4, "GB", "British {}", [("Diced Beef", "400g", 4.50), ("Rump Steak", "227g", 4.50), ("Beef Roasting Joint", "1kg", 9.50), ("Lamb Mince", "500g", 4.50), ("Lamb Leg Steaks", "300g", 4.80), ("Pork Loin Steaks", "450g", 3.20), ("Pork Mince", "500g", 2.80), ("Turkey Breast Mince", "500g", 3.25)], supplier="calder_meats", flags="nv")
F(4, "FIN", "Dry-Aged Sirloin Steak", [("", "227g", 5.50)], supplier="calder_meats", flags="nv")
F(4, "GB", "British Pork Sausages", [("", "8 pack (454g)", 2.20)], contains="wheat, sulphites", supplier="tanners", flags="nv")
F(4, "FIN", "Calder Valley Pork Sausages", [("", "6 pack (400g)", 3.00)], contains="wheat, sulphites", supplier="tanners", flags="nv")
F(4, "GB", "{} Bacon", [("Unsmoked Back", "300g", 2.50), ("Smoked Back", "300g", 2.50), ("Smoked Streaky", "240g", 2.25)], supplier="tanners", flags="nv")
F(4, "GB", "Unsmoked Gammon Joint", [("", "750g", 4.50)], supplier="tanners", flags="nv")
F(4, "PK", "Meat-Free {}", [("Mince", "400g", 2.00), ("Burgers", "2 pack (226g)", 2.50), ("Sausages", "6 pack (300g)", 2.25)], contains="soya, wheat", may="mustard", supplier="greenroot")

# ---------------- Aisle 5 Fish & Seafood
F(5, "GB", "Skinless {} Fillets", [("Cod", "2 pack (240g)", 3.75), ("Haddock", "2 pack (240g)", 3.75)], contains="fish", origin="Iceland / North-East Atlantic", supplier="saltmere_fish", flags="nv")
F(5, "GB", "Salmon Fillets", [("", "2 pack (240g)", 3.75)], contains="fish", origin="Norway", supplier="nordhav", flags="nv")
F(5, "FIN", "Responsibly Farmed Salmon Fillets", [("", "4 pack (480g)", 7.00)], contains="fish", origin="Norway", supplier="nordhav", flags="nv")
F(5, "GB", "{}", [("Oak Smoked Salmon", "100g", 2.50), ("Smoked Mackerel Fillets", "200g", 2.10), ("Kippers", "200g", 2.20)], contains="fish", supplier="tidewell", flags="nv")
F(5, "FIN", "Smoked Salmon Trimmings", [("", "120g", 2.00)], contains="fish", supplier="tidewell", flags="nv")
F(5, "GB", "{} King Prawns", [("Cooked", "150g", 3.00), ("Raw", "150g", 3.25)], contains="crustaceans", origin="Vietnam", supplier="saltmere_fish", flags="nv")
F(5, "GB", "Sea Bass Fillets", [("", "2 pack (180g)", 3.80)], contains="fish", origin="Greece", supplier="marisol", flags="nv")
F(5, "GB", "Rainbow Trout Fillets", [("", "2 pack (250g)", 3.40)], contains="fish", supplier="lakeside_trout", flags="nv")
F(5, "GB", "Fish Pie Mix", [("", "320g", 4.00)], contains="fish", supplier="saltmere_fish", flags="nv")
F(5, "GB", "Mussels in Garlic Butter Sauce", [("", "450g", 2.75)], contains="molluscs, milk", supplier="saltmere_fish", flags="nv")
F(5, "FIN", "Dressed Crab", [("", "100g", 3.75)], contains="crustaceans, eggs, mustard", may="molluscs", supplier="saltmere_fish", flags="nv")

# ---------------- Aisle 6 Deli & Ready Meals
F(6, "GB", "{} Houmous", [("Classic", "200g", 0.95), ("Reduced Fat", "200g", 0.95), ("Red Pepper", "200g", 1.00)], contains="sesame", supplier="pennywell")
F(6, "GB", "{}", [("Tzatziki", "170g", 1.10), ("Sour Cream & Chive Dip", "200g", 1.10)], contains="milk", supplier="pennywell")
F(6, "GB", "Guacamole", [("", "150g", 1.50)], supplier="pennywell")
F(6, "GB", "{}", [("Honey Roast Ham", "10 slices (125g)", 1.50), ("Wafer Thin Cooked Chicken", "100g", 1.25)], supplier="moorside", flags="nv")
F(6, "Moorside", "{}", [("Spiced Salami", "80g", 2.00), ("Chorizo Slices", "80g", 1.50)], contains="", may="milk, mustard", supplier="moorside", flags="nv")
F(6, "GB", "{}", [("Chicken Tikka Masala", "400g", 3.00)], contains="milk, almonds, mustard", supplier="pennywell", flags="nv")
F(6, "GB", "{}", [("Beef Lasagne", "400g", 3.00)], contains="wheat, eggs, milk, celery", supplier="pennywell", flags="nv")
F(6, "GB", "{}", [("Cottage Pie", "400g", 2.75)], contains="milk, celery, sulphites", supplier="pennywell", flags="nv")
F(6, "GB", "{}", [("Macaroni Cheese", "400g", 2.50)], contains="wheat, milk, mustard", supplier="pennywell")
F(6, "GB", "{}", [("Thai Green Chicken Curry", "400g", 3.25)], contains="fish, crustaceans", may="peanuts", supplier="pennywell", flags="nv")
F(6, "FIN", "Beef Bourguignon", [("", "400g", 4.50)], contains="celery, sulphites, milk", supplier="pennywell", flags="nv")
F(6, "PK", "Vegetable Korma", [("", "400g", 3.00)], contains="cashews, mustard", supplier="pennywell")
F(6, "GB", "Stonebaked {} Pizza", [("Margherita", "10 inch", 2.50), ("Pepperoni", "10 inch", 2.75)], contains="wheat, milk", may="eggs, soya", supplier="hearthstone")
F(6, "Hearthstone", "Sourdough {} Pizza", [("Margherita", "12 inch", 4.00), ("Roasted Vegetable", "12 inch", 4.25)], contains="wheat, milk", supplier="hearthstone")
F(6, "GB", "{} Sandwich", [("Free Range Egg Mayo", "each", 1.85), ("Cheese & Pickle", "each", 1.75), ("Chicken & Bacon", "each", 2.60)], contains="wheat, eggs, milk, mustard", may="sesame", supplier="pennywell")
F(6, "GB", "{} Soup", [("Tomato & Basil", "600g", 1.75), ("Carrot & Coriander", "600g", 1.75), ("Leek & Potato", "600g", 1.75)], contains="celery, milk", supplier="pennywell")
F(6, "GB", "Fresh Egg {}", [("Tagliatelle", "300g", 1.25), ("Lasagne Sheets", "250g", 1.25)], contains="wheat, eggs", supplier="pennywell")
F(6, "GB", "Spinach & Ricotta Tortelloni", [("", "300g", 2.00)], contains="wheat, eggs, milk", supplier="pennywell")
F(6, "GB", "Fresh Basil Pesto", [("", "140g", 1.75)], contains="milk, cashews, pine nuts", supplier="pennywell")
F(6, "PK", "Vegan Basil Pesto", [("", "140g", 1.85)], contains="cashews", supplier="greenroot")
F(6, "GB", "{} Coleslaw", [("Creamy", "300g", 0.85), ("Reduced Fat", "300g", 0.85)], contains="eggs, mustard", supplier="pennywell")
F(6, "GB", "Pork Pies", [("", "2 pack", 1.50)], contains="wheat, sulphites", may="eggs, milk", supplier="moorside", flags="nv")
F(6, "GB", "Scotch Eggs", [("", "2 pack", 1.60)], contains="wheat, eggs", may="milk, mustard", supplier="moorside", flags="nv")

# ---------------- Aisle 7 Pasta, Rice & Grains
F(7, "GB", "{}", [("Penne", "500g", 0.75), ("Fusilli", "500g", 0.75), ("Spaghetti", "500g", 0.75), ("Farfalle", "500g", 0.85), ("Wholewheat Penne", "500g", 0.85), ("Lasagne Sheets", "250g", 0.80), ("Orzo", "500g", 1.10), ("Conchiglie", "500g", 0.85)], contains="wheat", may="eggs", origin="Italy", supplier="belcolle")
F(7, "EVD", "{}", [("Penne", "500g", 0.65), ("Spaghetti", "500g", 0.65)], contains="wheat", may="eggs", origin="Italy", supplier="belcolle")
F(7, "Pastificio Belcolle", "Bronze-Cut {}", [("Linguine", "500g", 1.80), ("Rigatoni", "500g", 1.80), ("Paccheri", "500g", 1.95)], contains="wheat", origin="Italy", supplier="belcolle")
F(7, "GB", "Medium Egg Noodles", [("", "250g", 0.90)], contains="wheat, eggs", may="soya", origin="Italy", supplier="belcolle")
F(7, "GB", "{} Rice", [("Basmati", "1kg", 2.10), ("Long Grain", "1kg", 1.00), ("Easy Cook Long Grain", "1kg", 1.20), ("Brown Basmati", "1kg", 1.50), ("Risotto", "500g", 1.50)], origin="India / Italy", supplier="punjab_heritage")
F(7, "GB", "Thai Jasmine Rice", [("", "1kg", 2.30)], origin="Thailand", supplier="siam_table")
F(7, "GB", "Microwave {} Rice", [("Basmati", "250g", 0.90), ("Pilau", "250g", 0.95), ("Egg Fried", "250g", 0.95)], may="celery, mustard", origin="India", supplier="punjab_heritage")
F(7, "Punjab Heritage", "Aged Basmati Rice", [("", "2kg", 5.50)], origin="India", supplier="punjab_heritage")
F(7, "GB", "{}", [("Couscous", "500g", 0.95), ("Giant Couscous", "500g", 1.40), ("Bulgur Wheat", "500g", 1.20), ("Pearl Barley", "500g", 0.75)], contains="wheat, barley", supplier="finch_mill")
F(7, "GB", "{}", [("White Quinoa", "300g", 2.00), ("Red Split Lentils", "500g", 1.10), ("Green Lentils", "500g", 1.20)], origin="Peru / Canada", supplier="andes_fresh")

# ---------------- Aisle 8 Tins, Jars & Sauces
F(8, "GB", "{}", [("Chopped Tomatoes", "400g", 0.45), ("Chopped Tomatoes with Garlic", "400g", 0.55), ("Peeled Plum Tomatoes", "400g", 0.50), ("Passata", "500g", 0.70), ("Tomato Purée", "200g", 0.65)], origin="Italy", supplier="rossini")
F(8, "EVD", "Chopped Tomatoes", [("", "400g", 0.32)], origin="Italy", supplier="rossini")
F(8, "Rossini", "{}", [("Italian Chopped Tomatoes", "400g", 0.95), ("Passata Rustica", "690g", 1.40), ("Cherry Tomatoes in Juice", "400g", 1.10)], origin="Italy", supplier="rossini")
F(8, "GB", "{} Baked Beans", [("", "415g", 0.42), ("Reduced Sugar & Salt", "415g", 0.45)], supplier="coldharbour")
F(8, "EVD", "Baked Beans", [("", "420g", 0.28)], supplier="coldharbour")
F(8, "GB", "{}", [("Red Kidney Beans", "400g", 0.45), ("Chickpeas", "400g", 0.50), ("Butter Beans", "400g", 0.55), ("Black Beans", "400g", 0.60), ("Cannellini Beans", "400g", 0.55), ("Sweetcorn", "326g", 0.55)], origin="Italy / Canada", supplier="rossini")
F(8, "GB", "{} Coconut Milk", [("", "400ml", 0.95), ("Light", "400ml", 0.95)], origin="Thailand", supplier="siam_table")
F(8, "GB", "Tuna Chunks in {}", [("Spring Water", "145g", 0.90), ("Sunflower Oil", "145g", 0.90)], contains="fish", origin="Pacific Ocean (Ecuador)", supplier="westfjord", flags="nv")
F(8, "GB", "{}", [("Sardines in Tomato Sauce", "120g", 0.60), ("Mackerel Fillets in Tomato Sauce", "125g", 0.85), ("Wild Pink Salmon", "213g", 2.20)], contains="fish", origin="Morocco / Alaska", supplier="westfjord", flags="nv")
F(8, "GB", "{} Soup", [("Cream of Tomato", "400g", 0.70), ("Cream of Chicken", "400g", 0.80)], contains="milk, celery", may="wheat", supplier="coldharbour")
F(8, "GB", "Lentil & Vegetable Soup", [("", "400g", 0.65)], contains="celery", supplier="coldharbour")
F(8, "GB", "{} Pasta Sauce", [("Bolognese", "500g", 1.00), ("Tomato & Basil", "500g", 1.00), ("Tomato & Chilli", "500g", 1.00)], contains="celery", supplier="rossini")
F(8, "GB", "{} Cooking Sauce", [("Korma", "500g", 1.10), ("Tikka Masala", "500g", 1.10)], contains="milk, almonds, mustard", supplier="emberline")
F(8, "GB", "Sweet & Sour Cooking Sauce", [("", "500g", 1.10)], contains="soya, wheat", supplier="siam_table")
F(8, "GB", "{} Pesto", [("Green", "190g", 1.40), ("Red", "190g", 1.40)], contains="milk, cashews", supplier="rossini")
F(8, "GB", "Sweet Chilli Dipping Sauce", [("", "250ml", 0.95)], origin="Thailand", supplier="siam_table")
F(8, "Wyvern", "{}", [("Tomato Ketchup", "460g", 1.65), ("Real Mayonnaise", "400ml", 1.85), ("Brown Sauce", "425g", 1.55), ("English Mustard", "180g", 1.10)], contains="eggs, mustard, barley", supplier="wyvern")
F(8, "GB", "{}", [("Tomato Ketchup", "560g", 0.99), ("Mayonnaise", "500ml", 1.15), ("Light Mayonnaise", "500ml", 1.15), ("Salad Cream", "425g", 0.95)], contains="eggs, mustard", supplier="wyvern")
F(8, "GB", "{} Stock Cubes", [("Vegetable", "10 pack", 0.55), ("Chicken", "10 pack", 0.55), ("Beef", "10 pack", 0.55)], contains="celery", may="wheat, milk", supplier="emberline")
F(8, "GB", "Gravy Granules", [("", "200g", 1.00)], contains="wheat", may="celery", supplier="emberline")
F(8, "GB", "{}", [("Ploughman's Pickle", "360g", 1.00), ("Pickled Silverskin Onions", "440g", 0.95)], contains="barley", supplier="stonegate")
F(8, "GB", "{} Olives", [("Pitted Green", "340g", 1.10), ("Pitted Kalamata", "340g", 1.45)], origin="Greece", supplier="marisol")

# ---------------- Aisle 9 Baking & Home Cooking
F(9, "GB", "{} Flour", [("Plain", "1.5kg", 0.85), ("Self-Raising", "1.5kg", 0.85), ("Strong White Bread", "1.5kg", 1.15)], contains="wheat", supplier="finch_mill")
F(9, "Barlow & Finch", "{}", [("Stoneground Wholemeal Flour", "1.5kg", 1.60), ("Strong Bread Flour", "1.5kg", 1.75)], contains="wheat", supplier="finch_mill")
F(9, "FF", "Gluten Free Plain Flour", [("", "1kg", 1.65)], supplier="meadowgrain", flags="gf")
F(9, "GB", "{}", [("Granulated Sugar", "1kg", 0.99), ("Golden Caster Sugar", "1kg", 1.25), ("Light Brown Soft Sugar", "500g", 1.15), ("Icing Sugar", "500g", 0.95), ("Golden Syrup", "454g", 1.25)], supplier="silverbeet")
F(9, "GB", "{}", [("Baking Powder", "170g", 0.95), ("Bicarbonate of Soda", "200g", 0.75), ("Cocoa Powder", "250g", 1.90)], may="wheat", supplier="emberline")
F(9, "FIN", "Madagascan Vanilla Extract", [("", "38ml", 2.50)], origin="Madagascar", supplier="emberline")
F(9, "GB", "{}", [("Dark Cooking Chocolate", "150g", 1.20), ("Milk Chocolate Chips", "100g", 1.00)], contains="milk, soya", may="nuts", supplier="sweetwater")
F(9, "GB", "{}", [("Ground Almonds", "200g", 2.60), ("Walnut Pieces", "150g", 2.10)], contains="almonds, walnuts", may="peanuts", origin="USA", supplier="nutcraft")
F(9, "GB", "{}", [("Sultanas", "500g", 1.60), ("Raisins", "500g", 1.50), ("Dried Apricots", "250g", 1.60)], contains="sulphites", may="nuts", origin="Turkey", supplier="nutcraft")
F(9, "GB", "{}", [("Olive Oil", "500ml", 4.25), ("Extra Virgin Olive Oil", "500ml", 4.95)], origin="Spain", supplier="valle_verde")
F(9, "GB", "{}", [("Vegetable Oil", "1L", 1.85), ("Sunflower Oil", "1L", 1.95)], supplier="oldfield")
F(9, "Oldfield", "Cold Pressed Rapeseed Oil", [("", "500ml", 2.95)], supplier="oldfield")
F(9, "GB", "{}", [("Ground Cumin", "40g", 0.95), ("Smoked Paprika", "40g", 0.95), ("Ground Cinnamon", "35g", 0.95), ("Chilli Flakes", "40g", 0.95), ("Garam Masala", "45g", 0.95), ("Ground Turmeric", "45g", 0.95), ("Mixed Herbs", "15g", 0.80), ("Dried Oregano", "13g", 0.80), ("Black Peppercorns", "50g", 1.25), ("Chinese Five Spice", "40g", 0.95)], may="celery, mustard", supplier="emberline")
F(9, "GB", "Medium Curry Powder", [("", "90g", 1.10)], contains="mustard", may="celery", supplier="emberline")
F(9, "GB", "Sea Salt Flakes", [("", "250g", 1.20)], supplier="emberline")
F(9, "Emberline", "{}", [("Ras el Hanout", "40g", 1.60), ("Jerk Seasoning", "45g", 1.60), ("Sumac", "40g", 1.60), ("Fajita Seasoning", "45g", 1.60)], may="celery, mustard, sesame", supplier="emberline")
F(9, "GB", "{} Vinegar", [("Balsamic", "250ml", 1.30), ("White Wine", "350ml", 0.95), ("Cider", "350ml", 0.95)], contains="sulphites", supplier="stonegate")

# ---------------- Aisle 10 Breakfast & Spreads
F(10, "GB", "{}", [("Porridge Oats", "1kg", 0.95), ("Jumbo Oats", "1kg", 1.20)], contains="oats", supplier="finch_mill")
F(10, "Barlow & Finch", "Old-Fashioned Porridge Oats", [("", "1kg", 1.85)], contains="oats", supplier="finch_mill")
F(10, "GB", "{}", [("Wheat Biscs", "24 pack", 1.35), ("Bran Flakes", "750g", 1.30), ("Corn Flakes", "500g", 0.89), ("Chocolate Rice Pops", "375g", 1.25), ("Fruit & Fibre", "750g", 1.60)], contains="wheat, barley", may="nuts", supplier="goldleaf")
F(10, "GB", "Honey Nut Corn Flakes", [("", "500g", 1.45)], contains="peanuts, barley", supplier="goldleaf", flags="nvg")
F(10, "FIN", "Fruit & Nut Muesli", [("", "1kg", 2.20)], contains="oats, wheat, hazelnuts, almonds, sulphites", supplier="goldleaf")
F(10, "GB", "{} Granola", [("Oat & Honey", "500g", 2.10), ("Crunchy Berry", "500g", 2.10)], contains="oats", may="nuts, peanuts", supplier="goldleaf", flags="nvg")
F(10, "FIN", "Nutty Granola", [("", "500g", 3.00)], contains="oats, almonds, hazelnuts, pecans", may="peanuts", supplier="goldleaf")
F(10, "Goldleaf", "Maple Pecan Crisp", [("", "450g", 2.75)], contains="oats, wheat, pecans", may="peanuts, other nuts", supplier="goldleaf")
F(10, "GB", "{} Peanut Butter", [("Crunchy", "340g", 1.50), ("Smooth", "340g", 1.50)], contains="peanuts", supplier="nutcraft")
F(10, "Nutcraft", "100% Peanut Butter", [("", "280g", 2.40)], contains="peanuts", supplier="nutcraft")
F(10, "GB", "Chocolate Hazelnut Spread", [("", "400g", 1.85)], contains="hazelnuts, milk, soya", supplier="nutcraft")
F(10, "GB", "{}", [("Strawberry Jam", "454g", 1.05), ("Seedless Raspberry Jam", "454g", 1.25), ("Thick Cut Orange Marmalade", "454g", 1.05)], supplier="stonegate")
F(10, "FIN", "Seville Orange Marmalade", [("", "340g", 2.10)], supplier="stonegate")
F(10, "GB", "Lemon Curd", [("", "411g", 1.10)], contains="eggs, milk", supplier="stonegate")
F(10, "Brackenford Honey Co.", "Wildflower Honey", [("", "340g", 4.50)], supplier="brackenford_honey", flags="nvg")
F(10, "GB", "Clear Honey", [("", "340g", 1.60)], origin="Blend of EU and non-EU honey", supplier="brackenford_honey", flags="nvg")

# ---------------- Aisle 11 World Foods
F(11, "Siam Table", "Thai {} Curry Paste", [("Green", "114g", 1.60), ("Red", "114g", 1.60)], contains="crustaceans, fish", origin="Thailand", supplier="siam_table", flags="nv")
F(11, "Siam Table", "{}", [("Flat Rice Noodles", "250g", 1.25), ("Fish Sauce", "200ml", 1.50)], contains="fish", origin="Thailand", supplier="siam_table")
F(11, "GB", "{}", [("Light Soy Sauce", "150ml", 0.95), ("Dark Soy Sauce", "150ml", 0.95), ("Teriyaki Sauce", "250ml", 1.30)], contains="soya, wheat", supplier="siam_table")
F(11, "GB", "Hoisin Sauce", [("", "200g", 1.20)], contains="soya, wheat, sesame", supplier="siam_table")
F(11, "GB", "Toasted Sesame Oil", [("", "250ml", 2.10)], contains="sesame", supplier="siam_table")
F(11, "GB", "Sriracha Chilli Sauce", [("", "200ml", 1.35)], supplier="siam_table")
F(11, "GB", "{}", [("Taco Shells", "12 pack", 1.20), ("Refried Beans", "435g", 0.95), ("Sliced Jalapeños", "220g", 1.00), ("Medium Salsa", "300g", 1.05)], may="wheat", origin="Mexico", supplier="coldharbour")
F(11, "GB", "Fajita Kit", [("", "500g", 1.99)], contains="wheat", may="celery, mustard", supplier="coldharbour")
F(11, "GB", "{}", [("Mango Chutney", "340g", 1.10), ("Lime Pickle", "300g", 1.20)], contains="mustard", origin="India", supplier="emberline")
F(11, "GB", "{} Curry Paste", [("Tikka", "283g", 1.45), ("Korma", "283g", 1.45)], contains="mustard, almonds", supplier="emberline")
F(11, "GB", "Ready to Eat Poppadoms", [("", "8 pack", 1.00)], may="mustard", origin="India", supplier="emberline")
F(11, "GB", "{}", [("Tahini", "300g", 2.50)], contains="sesame", origin="Lebanon", supplier="marisol")
F(11, "GB", "Rose Harissa Paste", [("", "90g", 1.40)], may="sesame", origin="Tunisia", supplier="emberline")
F(11, "GB", "{}", [("White Miso Paste", "200g", 1.90)], contains="soya", origin="Japan", supplier="siam_table")
F(11, "GB", "{}", [("Sushi Rice", "500g", 1.80), ("Roasted Nori Sheets", "10 pack", 2.20)], may="fish, crustaceans", origin="Japan / China", supplier="siam_table")

# ---------------- Aisle 12 Snacks, Biscuits & Confectionery
F(12, "Kettle Lane", "{} Crisps", [("Sea Salt & Cider Vinegar", "150g", 1.80), ("Lightly Sea Salted", "150g", 1.80), ("Mature Cheddar & Red Onion", "150g", 1.80), ("Sweet Chilli", "150g", 1.80), ("Black Pepper", "150g", 1.80)], contains="milk", may="wheat, celery", supplier="kettle_lane")
F(12, "GB", "{} Crisps", [("Ready Salted", "6 pack", 1.20), ("Cheese & Onion", "6 pack", 1.20), ("Salt & Vinegar", "6 pack", 1.20), ("Prawn Cocktail", "6 pack", 1.20)], may="milk", supplier="kettle_lane")
F(12, "GB", "{} Tortilla Chips", [("Lightly Salted", "200g", 0.95), ("Chilli", "200g", 0.95), ("Cool Flavour", "200g", 0.95)], may="milk", supplier="kettle_lane")
F(12, "GB", "{} Popcorn", [("Sea Salted", "100g", 1.00), ("Sweet & Salty", "100g", 1.00)], supplier="kettle_lane")
F(12, "GB", "Salted Pretzels", [("", "175g", 1.10)], contains="wheat", supplier="kettle_lane")
F(12, "GB", "{}", [("Salted Peanuts", "200g", 1.10)], contains="peanuts", may="other nuts", supplier="nutcraft")
F(12, "GB", "{}", [("Roasted & Salted Cashews", "200g", 2.50), ("Mixed Nuts & Raisins", "200g", 1.80), ("Whole Almonds", "200g", 2.60)], contains="cashews, almonds, hazelnuts", may="peanuts", supplier="nutcraft")
F(12, "GB", "{}", [("Digestive Biscuits", "400g", 0.65), ("Rich Tea Biscuits", "300g", 0.55), ("Custard Creams", "400g", 0.59), ("Ginger Nuts", "300g", 0.69), ("Oat Crunch Biscuits", "300g", 0.99)], contains="wheat, oats", may="milk, soya", supplier="ambleford_bakehouse")
F(12, "GB", "{}", [("Milk Chocolate Digestives", "300g", 1.10), ("Chocolate Chip Cookies", "200g", 0.90)], contains="wheat, milk, soya", may="nuts", supplier="ambleford_bakehouse")
F(12, "FIN", "All Butter Shortbread Fingers", [("", "200g", 1.65)], contains="wheat, milk", supplier="ambleford_bakehouse")
F(12, "Sweetwater", "{} Chocolate", [("Milk", "100g", 1.10), ("Dark 70%", "100g", 1.50), ("Hazelnut Milk", "100g", 1.20), ("Salted Caramel Milk", "100g", 1.20)], contains="milk, soya", may="nuts, wheat", supplier="sweetwater", flags="ft")
F(12, "GB", "Milk Chocolate Buttons", [("", "70g", 0.75)], contains="milk, soya", may="nuts", supplier="sweetwater")
F(12, "GB", "{}", [("Fizzy Cola Bottles", "200g", 0.85), ("Jelly Babies", "190g", 0.85), ("Wine Gums", "200g", 0.85)], supplier="sweetwater", flags="nv")
F(12, "GB", "{}", [("Cream Crackers", "200g", 0.60), ("Cheese Thins", "150g", 1.00)], contains="wheat, milk", may="sesame", supplier="ambleford_bakehouse")
F(12, "GB", "Lightly Salted Rice Cakes", [("", "130g", 0.80)], supplier="kettle_lane", flags="gf")
F(12, "GB", "Chewy Oat Bars {}", [("Golden Syrup", "5 pack", 1.10), ("Chocolate Chip", "5 pack", 1.10)], contains="oats, milk, soya", may="nuts", supplier="goldleaf")

# ---------------- Aisle 13 Tea, Coffee & Hot Drinks
F(13, "GB", "Everyday Tea Bags", [("", "80 bags", 1.20)], origin="Kenya", supplier="kiriga", flags="ft")
F(13, "FIN", "Fairtrade Gold Blend Tea Bags", [("", "160 bags", 3.50)], origin="Kenya / Assam", supplier="kiriga", flags="ft")
F(13, "Highfold", "{} Tea Bags", [("Breakfast", "80 bags", 2.75), ("Decaf Breakfast", "80 bags", 3.00), ("Earl Grey", "50 bags", 2.10)], origin="Kenya / India", supplier="highfold", flags="ft")
F(13, "GB", "{} Tea Bags", [("Green", "40 bags", 1.35), ("Peppermint", "20 bags", 1.00), ("Chamomile", "20 bags", 1.00), ("Lemon & Ginger", "20 bags", 1.00)], supplier="highfold")
F(13, "GB", "{}", [("Instant Coffee Granules", "200g", 3.10), ("Freeze-Dried Instant Coffee", "100g", 2.50)], origin="Brazil / Vietnam", supplier="copperpot")
F(13, "FIN", "{} Ground Coffee", [("Colombian", "227g", 3.80), ("Ethiopian Yirgacheffe", "227g", 4.00)], origin="Colombia / Ethiopia", supplier="copperpot", flags="ft")
F(13, "Copperpot", "{}", [("Espresso Beans", "1kg", 10.50), ("House Blend Ground Coffee", "227g", 4.20)], origin="Brazil / Colombia / Ethiopia", supplier="copperpot", flags="ft")
F(13, "GB", "Lungo Coffee Capsules", [("", "10 pack", 2.00)], origin="Brazil", supplier="copperpot")
F(13, "GB", "{}", [("Hot Chocolate", "400g", 1.85)], contains="milk", may="soya, wheat", supplier="sweetwater")
F(13, "GB", "Instant Malted Drink", [("", "400g", 2.40)], contains="barley, wheat, milk", supplier="goldleaf")

# ---------------- Aisle 14 Soft Drinks & Water
F(14, "Hallow Springs", "{} Spring Water", [("Still", "6 x 500ml", 2.00), ("Sparkling", "6 x 500ml", 2.00)], supplier="hallow_springs")
F(14, "GB", "{} Spring Water", [("Still", "2L", 0.30), ("Sparkling", "2L", 0.35), ("Still", "6 x 2L", 1.50)], supplier="hallow_springs")
F(14, "Riverbend", "{}", [("Cloudy Lemonade", "1L", 1.60), ("Elderflower Pressé", "750ml", 2.10), ("Ginger Beer", "750ml", 2.10), ("Blood Orange Soda", "750ml", 2.10)], supplier="riverbend")
F(14, "GB", "{}", [("Cola", "2L", 0.85), ("Diet Cola", "2L", 0.85), ("Lemonade", "2L", 0.60)], supplier="riverbend")
F(14, "GB", "No Added Sugar {} Squash", [("Orange", "1L", 0.85), ("Summer Fruits", "1L", 0.85), ("Apple & Blackcurrant", "1L", 0.85)], supplier="riverbend")
F(14, "Orchard & Vine", "Apple & Rhubarb Pressed Juice", [("", "750ml", 2.50)], supplier="orchard_vine")
F(14, "EVD", "Long Life Orange Juice", [("", "1L", 1.00)], origin="Brazil", supplier="orchard_vine")
F(14, "GB", "Energy Drink", [("", "250ml", 0.45)], supplier="riverbend")

# ---------------- Aisle 15 Beer, Wine & Spirits
F(15, "Thornbeck", "{}", [("Pale Ale", "500ml", 2.20), ("Oatmeal Stout", "500ml", 2.30), ("Craft Lager", "4 x 440ml", 5.00)], contains="barley, wheat, oats", supplier="thornbeck", flags="nvg")
F(15, "GB", "Premium Lager", [("", "4 x 440ml", 4.00)], contains="barley", supplier="thornbeck")
F(15, "GB", "Medium Dry Cider", [("", "4 x 440ml", 4.50)], contains="sulphites", supplier="fenmoor_orchards")
F(15, "Bodegas Almara", "{}", [("Rioja Crianza", "75cl", 8.50), ("Albariño", "75cl", 9.00)], contains="sulphites", origin="Spain", supplier="almara")
F(15, "Domaine des Trois Chênes", "{}", [("Côtes du Rhône", "75cl", 8.00), ("Viognier", "75cl", 8.50)], contains="sulphites", origin="France", supplier="trois_chenes")
F(15, "GB", "House {} Wine", [("Red", "75cl", 5.00), ("White", "75cl", 5.00), ("Rosé", "75cl", 5.00)], contains="sulphites", origin="Spain", supplier="almara")
F(15, "FIN", "Prosecco", [("", "75cl", 8.00)], contains="sulphites", origin="Italy", supplier="trois_chenes")
F(15, "GB", "{}", [("London Dry Gin", "70cl", 15.00), ("Vodka", "70cl", 14.00), ("Blended Whisky", "70cl", 16.00)], supplier="thornbeck")

# ---------------- Aisle 16 Frozen
F(16, "GB", "Frozen {}", [("Garden Peas", "900g", 1.10), ("Petits Pois", "900g", 1.35), ("Sweetcorn", "750g", 1.10), ("Mixed Vegetables", "1kg", 1.00), ("Broccoli Florets", "750g", 1.25), ("Chopped Spinach", "900g", 1.20)], supplier="coldharbour")
F(16, "GB", "Frozen {}", [("Mixed Berries", "500g", 2.25), ("Mango Chunks", "500g", 2.00)], origin="Poland / Peru", supplier="coldharbour")
F(16, "GB", "{}", [("Straight Cut Oven Chips", "1.5kg", 1.75), ("Crinkle Cut Oven Chips", "1.5kg", 1.75), ("Sweet Potato Fries", "500g", 1.80), ("Hash Browns", "15 pack", 1.20), ("Roast Potatoes", "1kg", 1.60)], supplier="coldharbour")
F(16, "GB", "{}", [("Breaded Cod Fillets", "4 pack", 3.50), ("Cod Fish Fingers", "10 pack", 1.95)], contains="fish, wheat", origin="Iceland", supplier="westfjord", flags="nv")
F(16, "GB", "Thin & Crispy {} Pizza", [("Margherita", "each", 1.50), ("Pepperoni", "each", 1.60), ("Four Cheese", "each", 1.60)], contains="wheat, milk", supplier="coldharbour")
F(16, "Brookhouse", "{} Ice Cream", [("Vanilla Bean", "1L", 3.50), ("Salted Caramel", "1L", 3.75), ("Strawberry", "1L", 3.50)], contains="milk, eggs", supplier="brookhouse")
F(16, "GB", "{}", [("Soft Scoop Vanilla Ice Cream", "2L", 1.50), ("Choc Ices", "6 pack", 1.40)], contains="milk", may="nuts", supplier="brookhouse")
F(16, "GB", "{}", [("Garlic Chicken Kievs", "2 pack", 2.00)], contains="wheat, milk", supplier="coldharbour", flags="nv")
F(16, "GB", "British Beef Burgers", [("", "4 pack", 2.25)], contains="wheat, sulphites", supplier="calder_meats", flags="nv")
F(16, "PK", "Frozen Vegetable Burgers", [("", "4 pack", 2.00)], contains="wheat, celery", supplier="greenroot")
F(16, "GB", "{}", [("Yorkshire Puddings", "12 pack", 1.00), ("Garlic Baguettes", "2 pack", 1.00)], contains="wheat, eggs, milk", supplier="coldharbour")

# ---------------- Aisle 17 Free From & Plant-Based
F(17, "FF", "Gluten Free {}", [("Penne", "500g", 1.00), ("Spaghetti", "500g", 1.00)], origin="Italy", supplier="meadowgrain", flags="gf")
F(17, "FF", "{}", [("Chocolate Chip Cookies", "150g", 1.50), ("Crackers", "150g", 1.30)], contains="soya", supplier="meadowgrain", flags="gf")
F(17, "FF", "Gluten Free Porridge Oats", [("", "450g", 1.90)], contains="oats", supplier="finch_mill", flags="gf")
F(17, "FF", "Dairy Free Sunflower Spread", [("", "500g", 1.80)], supplier="oldfield")
F(17, "FF", "Dairy Free Mature Cheddar Style Block", [("", "200g", 2.25)], supplier="greenroot")
F(17, "PK", "{}", [("Oat Drink", "1L", 1.10), ("Barista Oat Drink", "1L", 1.60)], contains="oats", supplier="greenroot")
F(17, "PK", "Unsweetened Soya Drink", [("", "1L", 0.95)], contains="soya", supplier="greenroot")
F(17, "PK", "Almond Drink", [("", "1L", 1.20)], contains="almonds", supplier="greenroot")
F(17, "PK", "{}", [("Firm Tofu", "280g", 1.50), ("Smoked Tofu", "225g", 1.75)], contains="soya", supplier="greenroot")
F(17, "PK", "Coconut Yoghurt Alternative", [("", "400g", 1.75)], supplier="greenroot")

# ---------------- Aisle 18 Baby & Toddler
F(18, "Little Sprout", "{} Purée", [("Apple & Pear", "4 x 100g", 1.60), ("Carrot & Sweet Potato", "4 x 100g", 1.60)], supplier="little_sprout", flags="org")
F(18, "Little Sprout", "{}", [("Veggie Pasta Bake", "190g", 1.20)], contains="wheat, milk", supplier="little_sprout", flags="org")
F(18, "Little Sprout", "{}", [("Baby Porridge", "200g", 1.99)], contains="oats, milk", supplier="little_sprout", flags="org")
F(18, "Little Sprout", "Corn Puffs", [("", "4 x 12g", 1.00)], supplier="little_sprout", flags="org")
F(18, "GB", "Sensitive Baby Wipes", [("", "64 pack", 0.89)], supplier="fernleaf", flags="nf")
F(18, "GB", "Ultra Dry Nappies {}", [("Size 3", "44 pack", 5.50), ("Size 4", "40 pack", 5.50), ("Size 5", "36 pack", 5.50)], supplier="fernleaf", flags="nf")

# ---------------- Aisle 19 Health & Beauty
F(19, "GB", "{}", [("Paracetamol 500mg Tablets", "16 pack", 0.45), ("Ibuprofen 200mg Tablets", "16 pack", 0.65), ("One-a-Day Hayfever Relief Tablets", "30 pack", 2.50)], supplier="fernleaf", flags="nf med")
F(19, "GB", "{}", [("Vitamin D 10µg Tablets", "90 pack", 2.00), ("A-Z Multivitamins", "30 pack", 1.50)], supplier="fernleaf", flags="nf med")
F(19, "GB", "{}", [("Fresh Mint Toothpaste", "75ml", 0.85), ("Everyday Shampoo", "500ml", 1.20), ("Everyday Conditioner", "500ml", 1.20), ("Aloe Vera Shower Gel", "500ml", 1.00), ("Antiperspirant Deodorant", "250ml", 1.30), ("Antibacterial Hand Wash", "250ml", 0.70)], supplier="fernleaf", flags="nf")
F(19, "Fernleaf", "{}", [("Sun Lotion SPF30", "200ml", 4.50), ("Sun Lotion SPF50 Kids", "200ml", 5.00)], supplier="fernleaf", flags="nf")

# ---------------- Aisle 20 Household & Cleaning
F(20, "GB", "{}", [("Original Washing Up Liquid", "450ml", 0.75), ("Non-Bio Laundry Liquid", "1.3L (38 washes)", 3.50), ("Bio Laundry Capsules", "30 pack", 4.00), ("Fabric Conditioner", "1.2L", 1.50), ("Multi-Surface Cleaner", "500ml", 1.00), ("Thick Bleach", "750ml", 0.60), ("All-in-One Dishwasher Tablets", "30 pack", 3.00)], supplier="brightwash", flags="nf")
F(20, "GB", "{}", [("Soft White Toilet Tissue", "9 rolls", 3.50), ("Kitchen Roll", "2 rolls", 1.50), ("Pedal Bin Liners", "40 pack", 1.00), ("Kitchen Foil", "10m", 1.20), ("Cling Film", "30m", 1.00)], supplier="brightwash", flags="nf")
F(20, "Brightwash", "Eco Refill {}", [("Washing Up Liquid", "1L", 1.80), ("Multi-Surface Cleaner", "1L", 1.90)], supplier="brightwash", flags="nf")

# ---------------- Aisle 21 Pet Care
F(21, "Happy Paws", "Adult Dog Food {}", [("Chicken & Rice", "2kg", 5.00), ("Lamb & Vegetables", "2kg", 5.00)], supplier="happy_paws", flags="nf pet")
F(21, "Happy Paws", "Cat Food Pouches {}", [("in Gravy", "12 x 85g", 3.75), ("in Jelly", "12 x 85g", 3.75)], supplier="happy_paws", flags="nf pet")
F(21, "GB", "{}", [("Clumping Cat Litter", "10L", 2.50), ("Dog Dental Chews", "7 pack", 1.80)], supplier="happy_paws", flags="nf pet")

# ---------------- additional ranges (added to broaden the catalogue)
F(1, "EVD", "{}", [("Loose Carrots", "1.5kg", 0.69), ("Potatoes", "2.5kg", 1.09), ("Onions", "1.5kg", 0.95)], origin="United Kingdom (Wendmoor Growers)", supplier="wendmoor_growers")
F(1, "EVD", "Apples", [("", "6 pack", 1.19)], origin="United Kingdom (Fenmoor Orchards)", supplier="fenmoor_orchards")
F(1, "GB", "Organic {}", [("Carrots", "750g", 0.99)], origin="United Kingdom (Wendmoor Growers)", supplier="wendmoor_growers", flags="org")
F(1, "GB", "Organic {}", [("Baby Spinach", "150g", 1.60)], origin="United Kingdom (Hollowbrook Salad Farm)", supplier="hollowbrook", flags="org")
F(1, "GB", "Fairtrade Organic Bananas", [("", "5 pack", 1.45)], origin="Colombia", supplier="bananera", flags="org ft")
F(1, "GB", "{}", [("Pomegranate", "each", 0.99), ("Pineapple", "each", 1.25), ("Mango", "each", 0.89), ("Watermelon", "each", 3.50)], origin="Spain / Costa Rica / Brazil", supplier="cape_vale")
F(2, "GB", "{}", [("Garlic Bread Slices", "6 pack", 0.95), ("Brioche Burger Buns", "4 pack", 1.30), ("Fruit Loaf", "400g", 1.25)], contains="wheat, milk, eggs", may="sesame, soya", supplier="brightmoor")
F(3, "GB", "{} Yoghurt Drink", [("Strawberry", "4 x 100g", 1.20), ("Peach", "4 x 100g", 1.20)], contains="milk", supplier="hollin")
F(3, "GB", "Kefir {}", [("Natural", "500ml", 1.75)], contains="milk", supplier="hollin")
F(3, "GB", "Skyr Style {} Yoghurt", [("Natural", "450g", 1.50), ("Vanilla", "450g", 1.50)], contains="milk", supplier="hollin")
F(3, "GB", "{}", [("Mascarpone", "250g", 1.60), ("Ricotta", "250g", 1.25), ("Paneer", "226g", 2.00)], contains="milk", origin="Italy / United Kingdom", supplier="greyfell")
F(3, "GB", "{}", [("Chocolate Mousse", "4 x 60g", 0.90), ("Lemon Cheesecake Pots", "2 x 90g", 1.50), ("Sticky Toffee Puddings", "2 pack", 2.00)], contains="milk, eggs, wheat", may="nuts", supplier="ambleford_bakehouse")
F(4, "GB", "British Chicken {}", [("Wings", "1kg", 2.90), ("Mini Fillets", "300g", 2.85)], supplier="oakmere_poultry", flags="nv")
F(4, "GB", "British Lamb {}", [("Shoulder Joint", "1kg", 8.50), ("Chops", "400g", 4.60)], supplier="calder_meats", flags="nv")
F(4, "GB", "British Pork {}", [("Belly Slices", "500g", 3.40), ("Shoulder Joint", "1kg", 5.00)], supplier="calder_meats", flags="nv")
F(4, "GB", "British Beef {}", [("Stir-Fry Strips", "300g", 4.00), ("Meatballs", "12 pack", 3.00)], contains="wheat", supplier="calder_meats", flags="nv")
F(6, "GB", "{}", [("Chicken Caesar Pasta Salad", "220g", 2.75), ("Tuna Sweetcorn Pasta Salad", "220g", 2.50), ("Falafel & Houmous Wrap", "each", 2.65)], contains="wheat, eggs, milk, fish, mustard, sesame", supplier="pennywell")
F(6, "GB", "{}", [("Chicken Korma with Rice", "400g", 3.00), ("Sweet & Sour Chicken with Rice", "400g", 3.00), ("Spaghetti Bolognese", "400g", 2.75), ("Fish Pie", "400g", 3.25)], contains="milk, celery, wheat", may="almonds, soya, fish", supplier="pennywell", flags="nv")
F(6, "FIN", "{}", [("Chicken & Leek Pie", "550g", 4.50), ("Steak & Ale Pie", "550g", 4.75)], contains="wheat, milk, eggs, celery, barley", supplier="pennywell", flags="nv")
F(6, "PK", "{}", [("Falafel Bites", "200g", 1.75), ("Bean Chilli with Rice", "400g", 2.75), ("Mushroom Stroganoff", "400g", 3.00)], contains="sesame, celery, mustard", may="soya", supplier="greenroot")
F(7, "GB", "{}", [("Tortellini Carbonara", "300g", 2.00), ("Gnocchi", "500g", 1.20)], contains="wheat, eggs, milk", supplier="belcolle")
F(7, "GB", "{}", [("Wholewheat Spaghetti", "500g", 0.85), ("Rice Vermicelli", "250g", 1.10), ("Udon Noodles", "2 x 200g", 1.30)], contains="wheat", origin="Italy / Thailand / Japan", supplier="belcolle")
F(8, "GB", "{}", [("Mixed Bean Salad", "400g", 0.65), ("Borlotti Beans", "400g", 0.60), ("Green Lentils in Water", "400g", 0.60), ("Marrowfat Processed Peas", "300g", 0.40)], origin="Italy / Canada / United Kingdom", supplier="rossini")
F(8, "GB", "{} Chutney", [("Caramelised Red Onion", "300g", 1.30), ("Tomato", "300g", 1.30)], contains="sulphites", supplier="stonegate")
F(8, "GB", "Sun-Dried Tomatoes in Oil", [("", "280g", 1.90)], origin="Italy", supplier="rossini")
F(8, "GB", "Roasted Red Peppers in Brine", [("", "460g", 1.40)], origin="Spain", supplier="valle_verde")
F(9, "GB", "{}", [("Dried Yeast Sachets", "8 x 7g", 0.90), ("Desiccated Coconut", "200g", 1.00), ("Cornflour", "500g", 0.85)], may="wheat", supplier="emberline")
F(9, "GB", "{}", [("Bay Leaves", "5g", 0.80), ("Dried Thyme", "14g", 0.80), ("Ground Coriander", "35g", 0.95), ("Ground Ginger", "35g", 0.95), ("Cajun Seasoning", "45g", 0.95)], may="celery, mustard", supplier="emberline")
F(10, "GB", "{}", [("Instant Porridge Pots Golden Syrup", "4 x 55g", 1.50), ("Overnight Oats Blueberry", "200g", 1.25)], contains="oats, milk", supplier="goldleaf")
F(10, "GB", "{}", [("Crunchy Almond Butter", "170g", 3.00), ("Cashew Butter", "170g", 3.00)], contains="almonds, cashews", may="peanuts", supplier="nutcraft")
F(11, "GB", "{}", [("Coconut Cream", "250ml", 1.10), ("Bamboo Shoots", "225g", 0.85), ("Water Chestnuts", "225g", 0.95)], origin="Thailand", supplier="siam_table")
F(11, "GB", "{}", [("Gochujang Paste", "170g", 2.25), ("Kimchi", "300g", 2.50)], contains="wheat, soya", origin="South Korea", supplier="siam_table")
F(11, "GB", "{}", [("Chipotle Paste", "90g", 1.40), ("Corn Tortillas", "8 pack", 1.50)], may="wheat, mustard", origin="Mexico", supplier="coldharbour")
F(12, "GB", "{}", [("Crispy Seaweed Thins", "4 x 5g", 1.25), ("Lentil Chips Sour Cream", "90g", 1.10), ("Vegetable Crisps", "100g", 1.30)], may="milk, sesame", supplier="kettle_lane")
F(12, "Sweetwater", "{}", [("Chocolate Coins", "100g", 1.50), ("Honeycomb Bites", "150g", 1.75)], contains="milk, soya", supplier="sweetwater")
F(12, "GB", "{} Flapjacks", [("Golden Oat", "4 pack", 1.50), ("Cherry & Almond", "4 pack", 1.60)], contains="oats, milk", may="almonds, nuts", supplier="ambleford_bakehouse")
F(13, "GB", "{}", [("Decaf Instant Coffee", "100g", 2.60), ("Oat Latte Sachets", "8 pack", 2.00)], contains="oats", origin="Brazil", supplier="copperpot")
F(13, "GB", "{} Tea Bags", [("Rooibos", "40 bags", 1.30), ("Berry Burst Fruit", "20 bags", 1.00)], supplier="highfold")
F(14, "GB", "{}", [("Tonic Water", "1L", 0.60), ("Slimline Tonic Water", "1L", 0.60), ("Sparkling Elderflower", "1L", 0.95)], supplier="riverbend")
F(14, "Riverbend", "Alcohol-Free {}", [("Ginger Punch", "750ml", 2.40)], supplier="riverbend")
F(15, "Thornbeck", "Alcohol-Free Pale Ale", [("", "4 x 330ml", 4.00)], contains="barley", supplier="thornbeck")
F(15, "FIN", "{}", [("Marlborough Sauvignon Blanc", "75cl", 9.00), ("Malbec", "75cl", 8.50)], contains="sulphites", origin="New Zealand / Argentina", supplier="trois_chenes")
F(16, "GB", "{}", [("Vegetable Spring Rolls", "12 pack", 1.50), ("Chicken Gyoza", "12 pack", 2.50), ("Prawn Tempura", "12 pack", 3.00)], contains="wheat, soya, sesame, crustaceans", may="eggs", supplier="coldharbour", flags="nv")
F(16, "GB", "Frozen {}", [("Cauliflower Rice", "500g", 1.50), ("Sliced Peppers", "500g", 1.30), ("Chopped Onions", "500g", 1.00)], supplier="coldharbour")
F(16, "GB", "{}", [("Raspberry Sorbet", "500ml", 2.00), ("Mint Choc Chip Ice Cream", "1L", 1.90)], contains="milk", may="nuts", supplier="brookhouse")
F(17, "FF", "{}", [("Gluten Free Fusilli", "500g", 1.00), ("Gluten Free Crumpets", "4 pack", 2.00), ("Gluten Free Pizza Bases", "2 pack", 2.60)], contains="eggs", may="soya", supplier="meadowgrain", flags="gf")
F(17, "PK", "{}", [("Plant Based Mature Slices", "160g", 2.00), ("Oat Crème Fraîche Alternative", "200ml", 1.40), ("Plant Butter Block", "250g", 2.20)], contains="oats", supplier="greenroot")
F(18, "Little Sprout", "{}", [("Banana & Mango Pouch", "100g", 0.95), ("Cheesy Oat Biscuits", "80g", 1.30), ("Cottage Pie Toddler Meal", "200g", 1.80)], contains="oats, milk, celery", supplier="little_sprout", flags="org")
F(19, "GB", "{}", [("Cotton Buds", "200 pack", 0.60), ("Micellar Water", "400ml", 2.00), ("Daily Moisturiser SPF15", "100ml", 2.50), ("Lip Balm", "4.5g", 0.90)], supplier="fernleaf", flags="nf")
F(20, "GB", "{}", [("Scrub Sponges", "10 pack", 0.90), ("Microfibre Cloths", "5 pack", 1.50), ("Limescale Remover", "500ml", 1.20), ("Glass Cleaner", "500ml", 1.00)], supplier="brightwash", flags="nf")
F(21, "Happy Paws", "{}", [("Puppy Food Chicken", "2kg", 5.50), ("Senior Dog Food Turkey", "2kg", 5.25), ("Cat Biscuits Salmon", "800g", 2.75), ("Small Animal Muesli", "1kg", 2.00)], supplier="happy_paws", flags="nf pet")

# per-product overrides (name without size) -> fields
OVERRIDES = {
 "GreenBasket Chicken Caesar Pasta Salad": dict(contains="wheat, eggs, milk, fish, mustard", flags="nv"),
 "GreenBasket Tuna Sweetcorn Pasta Salad": dict(contains="wheat, eggs, fish, mustard", flags="nv"),
 "GreenBasket Falafel & Houmous Wrap": dict(contains="wheat, sesame, mustard", flags=""),
 "GreenBasket Chicken Korma with Rice": dict(contains="milk, almonds", may="mustard"),
 "GreenBasket Sweet & Sour Chicken with Rice": dict(contains="soya, wheat", may="celery"),
 "GreenBasket Spaghetti Bolognese": dict(contains="wheat, celery, milk", may="eggs"),
 "GreenBasket Fish Pie": dict(contains="fish, milk, celery", may="wheat"),
 "GreenBasket Plant Kitchen Falafel Bites": dict(contains="sesame", may="mustard"),
 "GreenBasket Plant Kitchen Bean Chilli with Rice": dict(contains="celery", may="soya"),
 "GreenBasket Plant Kitchen Mushroom Stroganoff": dict(contains="mustard, celery", may="soya"),
 "GreenBasket Gochujang Paste": dict(contains="wheat, soya"),
 "GreenBasket Kimchi": dict(contains="fish", flags="nv"),
 "GreenBasket Vegetable Spring Rolls": dict(contains="wheat, soya, sesame", flags=""),
 "GreenBasket Chicken Gyoza": dict(contains="wheat, soya, sesame"),
 "GreenBasket Prawn Tempura": dict(contains="wheat, crustaceans"),
 "Little Sprout Banana & Mango Pouch": dict(contains=""),
 "Little Sprout Cheesy Oat Biscuits": dict(contains="oats, milk"),
 "Little Sprout Cottage Pie Toddler Meal": dict(contains="milk, celery", flags="org nv"),
 "GreenBasket Garlic Bread Slices": dict(contains="wheat, milk", may="eggs"),
 "GreenBasket Fruit Loaf": dict(contains="wheat", may="milk, eggs, sesame"),
 "GreenBasket British Beef Stir-Fry Strips": dict(contains=""),
 "GreenBasket Chocolate Mousse": dict(contains="milk, eggs"),
 "GreenBasket Tortellini Carbonara": dict(contains="wheat, eggs, milk", flags="nv"),
 "GreenBasket Gnocchi": dict(contains="wheat"),
 "GreenBasket Rice Vermicelli": dict(contains="", flags="gf"),
 "GreenBasket Overnight Oats Blueberry": dict(contains="oats, milk"),
 "GreenBasket Lentil Chips Sour Cream": dict(contains="milk"),
 "GreenBasket Decaf Instant Coffee": dict(contains=""),
 "GreenBasket Plant Kitchen Plant Based Mature Slices": dict(contains=""),
 "GreenBasket Plant Kitchen Plant Butter Block": dict(contains=""),
 "GreenBasket Free From Gluten Free Fusilli": dict(contains=""),
 "GreenBasket Cherry & Almond Flapjacks": dict(contains="oats, milk, almonds", may="other nuts"),
 "GreenBasket Raspberry Sorbet": dict(contains=""),
 "Wyvern Tomato Ketchup": dict(contains=""),
 "Wyvern Real Mayonnaise": dict(contains="eggs, mustard"),
 "Wyvern Brown Sauce": dict(contains="barley"),
 "Wyvern English Mustard": dict(contains="mustard, wheat"),
 "GreenBasket Tomato Ketchup": dict(contains=""),
 "Kettle Lane Sea Salt & Cider Vinegar Crisps": dict(contains=""),
 "Kettle Lane Lightly Sea Salted Crisps": dict(contains=""),
 "Kettle Lane Sweet Chilli Crisps": dict(contains=""),
 "Kettle Lane Black Pepper Crisps": dict(contains=""),
 "GreenBasket Cheese & Onion Crisps": dict(contains="milk", may=""),
 "GreenBasket Roasted & Salted Cashews": dict(contains="cashews"),
 "GreenBasket Mixed Nuts & Raisins": dict(contains="peanuts, hazelnuts, almonds, cashews, sulphites", may=""),
 "GreenBasket Whole Almonds": dict(contains="almonds"),
 "GreenBasket Ground Almonds": dict(contains="almonds"),
 "GreenBasket Walnut Pieces": dict(contains="walnuts"),
 "GreenBasket Digestive Biscuits": dict(contains="wheat"),
 "GreenBasket Rich Tea Biscuits": dict(contains="wheat"),
 "GreenBasket Custard Creams": dict(contains="wheat"),
 "GreenBasket Ginger Nuts": dict(contains="wheat"),
 "GreenBasket Free Range Egg Mayo Sandwich": dict(contains="wheat, eggs, mustard"),
 "GreenBasket Cheese & Pickle Sandwich": dict(contains="wheat, milk, barley"),
 "GreenBasket Chicken & Bacon Sandwich": dict(contains="wheat, eggs, mustard", flags="nv"),
 "GreenBasket Carrot & Coriander Soup": dict(contains="celery"),
 "GreenBasket Stonebaked Pepperoni Pizza": dict(flags="nv"),
 "GreenBasket Thin & Crispy Pepperoni Pizza": dict(flags="nv"),
 "GreenBasket Chicken Stock Cubes": dict(flags="nv"),
 "GreenBasket Beef Stock Cubes": dict(flags="nv"),
 "GreenBasket Cream of Chicken Soup": dict(flags="nv"),
 "Siam Table Flat Rice Noodles": dict(contains="", flags="gf"),
 "Siam Table Fish Sauce": dict(contains="fish", flags="nv"),
 "Thornbeck Pale Ale": dict(contains="barley, wheat", flags=""),
 "Thornbeck Oatmeal Stout": dict(contains="barley, oats", flags=""),
 "Thornbeck Craft Lager": dict(contains="barley", flags=""),
 "GreenBasket Garlic Baguettes": dict(contains="wheat, milk"),
 "GreenBasket Oat Latte Sachets": dict(contains="oats", may="milk"),
 "GreenBasket Garlic Chicken Kievs": dict(contains="wheat, milk"),
 "GreenBasket Crunchy Berry Granola": dict(flags=""),
 "GreenBasket Brioche Burger Buns": dict(contains="wheat, eggs, milk"),
 "GreenBasket Lemon Cheesecake Pots": dict(contains="wheat, milk, eggs"),
 "GreenBasket Sticky Toffee Puddings": dict(contains="wheat, milk, eggs"),
 "GreenBasket Tikka Curry Paste": dict(contains="mustard"),
 "GreenBasket Korma Curry Paste": dict(contains="almonds, mustard"),
 "GreenBasket Tikka Masala Cooking Sauce": dict(contains="milk, mustard"),
 "GreenBasket Korma Cooking Sauce": dict(contains="milk, almonds, mustard"),
 "GreenBasket Leek & Potato Soup": dict(contains="celery, milk"),
 "GreenBasket Tomato & Basil Soup": dict(contains="celery, milk"),
}

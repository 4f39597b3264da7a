# Typical nutrition profiles per 100g/ml: (fat, saturates, carbohydrate, sugars, protein, salt)
import re
PROFILES = [
 (r"semi-skimmed milk", (1.7, 1.1, 4.8, 4.8, 3.6, 0.1)), (r"skimmed milk", (0.1, 0.1, 5.0, 5.0, 3.5, 0.1)),
 (r"whole milk|gold top", (3.6, 2.3, 4.7, 4.7, 3.4, 0.1)), (r"kefir", (1.5, 1.0, 4.0, 4.0, 3.4, 0.1)),
 (r"oat drink|oat crème", (1.5, 0.2, 6.7, 4.0, 1.0, 0.1)), (r"soya drink", (1.8, 0.3, 0.2, 0.1, 3.0, 0.05)), (r"almond drink", (1.1, 0.1, 0.0, 0.0, 0.4, 0.1)),
 (r"peanut butter", (50.0, 9.0, 12.0, 5.0, 25.0, 0.9)), (r"almond butter|cashew butter", (52.0, 5.0, 10.0, 4.0, 22.0, 0.1)),
 (r"hazelnut spread", (31.0, 10.0, 57.0, 55.0, 6.0, 0.1)),
 (r"unsalted butter|plant butter", (82.0, 52.0, 0.6, 0.6, 0.6, 0.02)), (r"butter\b|spreadable", (80.0, 50.0, 0.6, 0.6, 0.6, 1.6)),
 (r"sunflower spread", (59.0, 14.0, 0.5, 0.5, 0.1, 1.2)),
 (r"double cream", (48.0, 30.0, 2.6, 2.6, 1.7, 0.03)), (r"single cream", (19.0, 12.0, 3.5, 3.5, 2.6, 0.1)),
 (r"crème fraîche|soured cream", (30.0, 20.0, 2.5, 2.5, 2.3, 0.1)), (r"clotted cream", (64.0, 40.0, 2.3, 2.3, 1.6, 0.1)),
 (r"0% fat|skyr", (0.2, 0.1, 4.0, 4.0, 10.0, 0.1)), (r"greek style natural", (10.0, 6.8, 4.0, 4.0, 5.5, 0.1)),
 (r"natural yoghurt|coconut yoghurt", (3.0, 2.0, 7.0, 7.0, 5.0, 0.2)), (r"yoghurt|fromage frais|rice pudding|custard", (3.2, 2.0, 14.0, 12.0, 4.0, 0.1)),
 (r"cheddar|leicester|crumbly|blue|hard cheese|mature slices|cheese thins", (34.0, 21.0, 0.1, 0.1, 25.0, 1.7)),
 (r"mozzarella & cheddar", (27.0, 17.0, 1.0, 0.5, 23.0, 1.3)), (r"mozzarella", (20.0, 14.0, 1.0, 1.0, 18.0, 0.5)),
 (r"halloumi", (25.0, 17.0, 2.0, 1.5, 21.0, 2.7)), (r"feta", (20.0, 14.0, 1.0, 1.0, 16.0, 2.5)), (r"brie", (29.0, 18.0, 0.5, 0.5, 20.0, 1.5)),
 (r"light soft cheese", (11.0, 7.0, 4.0, 4.0, 7.0, 0.7)), (r"soft cheese", (24.0, 16.0, 3.0, 3.0, 5.0, 0.7)),
 (r"cottage cheese", (4.0, 2.5, 3.5, 3.0, 11.0, 0.6)), (r"ricotta", (10.0, 7.0, 3.0, 3.0, 9.0, 0.3)), (r"mascarpone", (42.0, 29.0, 3.0, 3.0, 4.0, 0.1)),
 (r"paneer", (26.0, 17.0, 3.0, 3.0, 19.0, 0.1)),
 (r"scotch eggs", (15.0, 4.0, 15.0, 1.0, 11.0, 1.0)), (r"eggs", (9.5, 2.7, 0.1, 0.1, 12.6, 0.3)),
 (r"croissant|pains au", (24.0, 15.0, 45.0, 8.0, 8.0, 1.0)), (r"doughnut|cookies|cake|shortbread|flapjack|brownie|cheesecake|toffee pudding|mousse", (20.0, 10.0, 55.0, 30.0, 5.0, 0.4)),
 (r"digestive|rich tea|custard creams|ginger nuts|oat crunch", (20.0, 9.0, 66.0, 25.0, 6.5, 0.8)),
 (r"bread|loaf|rolls|bagels|muffins|crumpets|wraps|naan|pitta|baguette|petits pains|buns|sourdough|bloomer|pancakes", (2.5, 0.5, 45.0, 3.5, 9.0, 1.0)),
 (r"smoked salmon", (8.0, 1.3, 0.0, 0.0, 23.0, 2.8)), (r"mackerel|kippers", (28.0, 6.0, 0.5, 0.5, 19.0, 1.9)),
 (r"salmon", (13.0, 2.3, 0.0, 0.0, 20.0, 0.1)), (r"cod fish fingers|breaded cod", (9.0, 1.0, 18.0, 1.0, 12.0, 0.6)),
 (r"cod|haddock|sea bass|trout|fish pie mix", (1.5, 0.3, 0.0, 0.0, 19.0, 0.3)), (r"prawns", (0.8, 0.2, 0.0, 0.0, 17.0, 1.0)),
 (r"tuna", (1.0, 0.3, 0.0, 0.0, 25.0, 0.8)), (r"sardines", (11.0, 3.0, 1.5, 1.0, 19.0, 0.8)), (r"mussels|crab", (6.0, 2.5, 2.0, 1.0, 14.0, 1.2)),
 (r"sausages", (18.0, 7.0, 8.0, 1.5, 13.0, 1.4)), (r"bacon", (12.0, 4.5, 0.5, 0.5, 17.0, 2.8)), (r"gammon|ham\b", (6.0, 2.0, 1.0, 1.0, 19.0, 2.3)),
 (r"beef mince 5%", (5.0, 2.2, 0.0, 0.0, 21.0, 0.15)), (r"beef mince 12%", (12.0, 5.0, 0.0, 0.0, 19.0, 0.2)), (r"beef mince 20%", (20.0, 9.0, 0.0, 0.0, 17.0, 0.2)),
 (r"thigh|wings|drumsticks|whole chicken", (9.0, 2.5, 0.0, 0.0, 19.0, 0.2)), (r"chicken|turkey", (2.0, 0.5, 0.0, 0.0, 24.0, 0.15)),
 (r"steak|diced beef|roasting joint|stir-fry strips", (6.0, 2.6, 0.0, 0.0, 23.0, 0.1)), (r"lamb", (17.0, 8.0, 0.0, 0.0, 18.0, 0.2)),
 (r"pork", (8.0, 3.0, 0.0, 0.0, 21.0, 0.15)), (r"meatballs|burgers", (16.0, 7.0, 6.0, 1.0, 16.0, 1.1)),
 (r"meat-free|tofu|falafel", (7.0, 1.0, 8.0, 1.5, 14.0, 0.8)),
 (r"salami|chorizo", (35.0, 13.0, 1.5, 1.0, 24.0, 4.2)), (r"pork pies", (24.0, 9.0, 25.0, 1.0, 10.0, 1.3)),
 (r"houmous", (22.0, 2.0, 10.0, 0.5, 7.0, 0.8)), (r"tzatziki|dip\b", (10.0, 6.0, 4.0, 3.5, 4.0, 0.7)), (r"guacamole", (14.0, 3.0, 3.0, 1.0, 1.6, 0.6)),
 (r"coleslaw", (20.0, 2.0, 6.0, 5.0, 1.0, 0.6)), (r"pesto", (42.0, 6.0, 5.0, 2.0, 5.0, 2.2)),
 (r"pizza", (9.0, 4.5, 30.0, 3.0, 11.0, 1.1)), (r"sandwich|wrap\b", (9.0, 2.5, 25.0, 2.5, 10.0, 1.0)),
 (r"lasagne|tikka masala|cottage pie|macaroni|curry|korma|bourguignon|pie\b|bolognese|chilli with rice|stroganoff|with rice|fish pie|pasta salad|toddler meal|pasta bake", (5.0, 2.2, 12.0, 2.5, 7.0, 0.6)),
 (r"soup", (2.5, 1.0, 7.0, 3.0, 1.5, 0.5)),
 (r"tagliatelle|lasagne sheets|tortelloni|tortellini|gnocchi", (3.0, 1.0, 40.0, 1.5, 9.0, 0.3)),
 (r"penne|fusilli|spaghetti|farfalle|orzo|conchiglie|linguine|rigatoni|paccheri|noodles|vermicelli", (1.5, 0.3, 71.0, 3.0, 12.0, 0.01)),
 (r"microwave", (2.5, 0.3, 30.0, 0.5, 3.0, 0.3)), (r"rice\b|couscous|bulgur|barley|quinoa", (1.0, 0.2, 75.0, 0.5, 8.0, 0.01)),
 (r"lentils in water", (0.6, 0.1, 12.0, 0.5, 7.0, 0.02)), (r"lentils", (1.5, 0.2, 49.0, 2.0, 24.0, 0.03)),
 (r"chopped tomatoes|plum tomatoes|passata|cherry tomatoes in", (0.2, 0.0, 4.0, 3.5, 1.2, 0.05)), (r"purée", (0.4, 0.1, 13.0, 11.0, 4.5, 0.1)),
 (r"baked beans", (0.4, 0.1, 13.0, 4.5, 4.7, 0.6)), (r"beans|chickpeas|peas\b|sweetcorn", (0.8, 0.1, 15.0, 1.0, 6.5, 0.02)),
 (r"coconut milk|coconut cream", (17.0, 15.0, 3.0, 2.0, 1.5, 0.05)),
 (r"pasta sauce|cooking sauce", (3.0, 0.5, 9.0, 6.0, 1.5, 0.9)), (r"ketchup|brown sauce|chilli dipping|sweet chilli", (0.1, 0.0, 25.0, 22.0, 1.0, 1.8)),
 (r"mayonnaise|salad cream", (70.0, 5.5, 2.0, 1.5, 1.0, 1.3)), (r"light mayonnaise", (27.0, 2.0, 7.0, 3.0, 1.0, 1.3)),
 (r"mustard", (8.0, 0.5, 19.0, 6.0, 7.0, 6.0)), (r"stock cubes|gravy", (5.0, 2.0, 40.0, 5.0, 6.0, 40.0)),
 (r"soy sauce|fish sauce|teriyaki|hoisin|miso|gochujang|sriracha", (0.5, 0.1, 15.0, 10.0, 6.0, 12.0)),
 (r"curry paste|harissa|chipotle", (12.0, 1.5, 14.0, 7.0, 3.0, 5.0)),
 (r"pickle|chutney|onions\b", (0.3, 0.1, 33.0, 28.0, 1.0, 1.3)), (r"olives|peppers in brine|sun-dried", (13.0, 2.0, 3.0, 1.0, 1.2, 2.5)),
 (r"flour|cornflour", (1.3, 0.2, 73.0, 1.0, 10.0, 0.01)), (r"sugar|syrup", (0.0, 0.0, 99.0, 99.0, 0.0, 0.0)),
 (r"oil", (100.0, 14.0, 0.0, 0.0, 0.0, 0.0)), (r"cocoa", (21.0, 13.0, 14.0, 1.0, 23.0, 0.1)),
 (r"chocolate|buttons|coins|honeycomb", (31.0, 19.0, 55.0, 50.0, 7.0, 0.2)), (r"almonds|walnut|cashews|peanuts|nuts", (52.0, 6.0, 12.0, 4.0, 22.0, 0.6)),
 (r"sultanas|raisins|apricots|dates", (0.5, 0.1, 65.0, 62.0, 2.5, 0.05)),
 (r"oats|porridge|muesli|granola|pecan crisp|overnight", (8.0, 1.5, 60.0, 8.0, 11.0, 0.05)), (r"oat bars", (15.0, 6.0, 64.0, 28.0, 6.0, 0.4)),
 (r"flakes|rice pops|wheat biscs|fruit & fibre", (2.0, 0.5, 80.0, 10.0, 8.0, 0.7)),
 (r"jam|marmalade|curd|honey", (0.1, 0.0, 65.0, 63.0, 0.4, 0.02)),
 (r"crisps|tortilla chips|popcorn|pretzels|lentil chips|seaweed", (27.0, 2.5, 58.0, 2.0, 6.5, 1.3)),
 (r"crackers|rice cakes|poppadoms", (12.0, 4.0, 70.0, 2.0, 9.0, 1.4)),
 (r"cola bottles|jelly babies|wine gums", (0.2, 0.1, 78.0, 55.0, 4.5, 0.1)),
 (r"tea bags|coffee|capsules|beans\b", (0.5, 0.1, 0.5, 0.0, 0.3, 0.01)), (r"hot chocolate|malted|latte", (6.0, 4.0, 75.0, 55.0, 8.0, 0.6)),
 (r"juice|lemonade|soda|pressé|ginger|squash|tonic|elderflower|energy|cola", (0.0, 0.0, 8.0, 8.0, 0.2, 0.01)),
 (r"diet cola|slimline|water", (0.0, 0.0, 0.0, 0.0, 0.0, 0.01)),
 (r"ale|stout|lager|beer", (0.0, 0.0, 3.0, 0.2, 0.3, 0.01)), (r"wine|prosecco|rioja|albariño|rhône|viognier|sauvignon|malbec|cider", (0.0, 0.0, 2.5, 1.0, 0.1, 0.01)),
 (r"gin|vodka|whisky", (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
 (r"chips|fries|hash browns|roast potatoes", (4.5, 0.4, 26.0, 0.6, 2.8, 0.1)), (r"kievs|spring rolls|gyoza|tempura", (12.0, 3.0, 22.0, 2.0, 10.0, 0.9)),
 (r"ice cream|choc ices", (10.0, 7.0, 24.0, 21.0, 3.5, 0.15)), (r"sorbet", (0.1, 0.0, 28.0, 26.0, 0.3, 0.01)),
 (r"yorkshire|garlic baguettes|garlic bread", (10.0, 4.5, 38.0, 2.5, 8.0, 1.0)),
 (r"purée|pouch", (0.2, 0.0, 11.0, 9.0, 0.6, 0.01)), (r"puffs|biscuits", (5.0, 1.0, 75.0, 5.0, 8.0, 0.1)),
 (r"spice|cumin|paprika|cinnamon|chilli flakes|garam|turmeric|herbs|oregano|peppercorns|five spice|curry powder|ras el|jerk|sumac|seasoning|bay|thyme|coriander\b|ginger\b", (10.0, 1.0, 40.0, 3.0, 12.0, 0.1)),
 (r"salt\b|salt flakes", (0.0, 0.0, 0.0, 0.0, 0.0, 97.0)), (r"vinegar", (0.0, 0.0, 5.0, 4.0, 0.2, 0.02)),
 (r"baking powder|bicarbonate|yeast", (0.5, 0.1, 20.0, 0.5, 5.0, 10.0)), (r"vanilla", (0.1, 0.0, 12.0, 12.0, 0.1, 0.01)),
 (r"tahini", (55.0, 8.0, 10.0, 0.5, 24.0, 0.05)), (r"nori", (2.0, 0.5, 6.0, 0.5, 40.0, 1.5)), (r"kimchi|bamboo|water chestnuts", (0.5, 0.1, 4.0, 2.0, 1.5, 1.2)),
 (r"taco shells|tortillas", (20.0, 2.5, 60.0, 1.5, 6.5, 1.0)), (r"fajita kit", (6.0, 1.0, 50.0, 5.0, 8.0, 2.0)), (r"salsa|refried|jalapeño", (1.0, 0.1, 8.0, 4.0, 2.0, 1.0)),
 (r"mango chutney|lime pickle", (0.5, 0.1, 45.0, 40.0, 0.6, 2.0)), (r"coconut\b", (62.0, 55.0, 7.0, 7.0, 6.0, 0.05)),
]
FRUIT_VEG = (0.3, 0.1, 9.0, 6.0, 1.2, 0.02)

def profile(p):
    n = p["name"].lower()
    for pat, prof in PROFILES:
        if re.search(pat, n):
            return prof
    if p["aisle"] in (1, 16):
        return FRUIT_VEG
    return (5.0, 1.5, 20.0, 5.0, 5.0, 0.5)

def values(p, rng):
    fat, sat, carb, sug, prot, salt = profile(p)
    j = lambda x: round(x * rng.uniform(0.9, 1.1), 1) if x >= 1 else round(x * rng.uniform(0.9, 1.1), 2)
    fat, sat, carb, sug, prot, salt = j(fat), j(sat), j(carb), j(sug), j(prot), j(salt)
    sat = min(sat, fat); sug = min(sug, carb)
    nm = p["name"].lower()
    abv = 0
    if "alcohol-free" not in nm:
        if re.search(r"gin|vodka|whisky", nm): abv = 40
        elif re.search(r"wine|prosecco|rioja|albariño|rhône|viognier|sauvignon|malbec", nm): abv = 12.5
        elif re.search(r"ale|stout|lager|cider", nm): abv = 4.8
    kcal = round(fat * 9 + carb * 4 + prot * 4 + abv * 0.789 * 7)
    return kcal, fat, sat, carb, sug, prot, salt

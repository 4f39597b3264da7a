# Hand-written core documents. Values are interpolated from the shared data so that they agree with generated pages.
from model import *
from render import fmt_date, hours_table, money, alist
from core_titles import RECALL_TITLES
from data_products import AISLES

def P(key):
    return find_product(key)

def core_docs():
    D = []
    fmt_counts = {f: sum(1 for s in STORES_D if s["format"] == f) for f in ("Superstore", "Market", "Local")}
    pharm = [s for s in STORES_D if s["has_pharmacy"]]
    own_n = sum(1 for p in PRODUCTS if p["own"])

    D.append(("about-greenbasket.md", f"""# About GreenBasket
Updated: 2026-10-05

GreenBasket is a regional supermarket chain serving Ashbridge, the Calder Valley and the Wendmoor coast. The first shop opened on Market Street, Ashbridge, in {FOUNDED}, founded by Margaret and Tom Ellery as a greengrocer with a small grocery counter. The Ashbridge Central Superstore still stands on the same site.

## GreenBasket at a glance

| Fact | Detail |
|---|---|
| Founded | {FOUNDED}, Ashbridge |
| Head office | {HEAD_OFFICE} |
| Stores | {len(STORES_D)} ({fmt_counts['Superstore']} Superstores, {fmt_counts['Market']} Market stores, {fmt_counts['Local']} Local stores) |
| Newest store | GreenBasket Rookhaven Quay (Local), opened 3 October 2026 |
| Colleagues | about 6,800 |
| Chief Executive | Harriet Ellery (since 2019) |
| Loyalty programme | Basket Points, about 410,000 active members |
| Customer Care | {CARE_PHONE}, {CARE_EMAIL} |

## Store formats

- **Superstores** carry the full range of around 18,000 lines, with fish and deli counters, a café and, in most cases, a pharmacy.
- **Market stores** are mid-sized town-centre or edge-of-town stores with an in-store bakery and deli counter.
- **Local stores** are convenience stores for top-up shopping, open longer hours, with a smaller range.

## What we stand for

GreenBasket buys from more than 300 suppliers, and about a third of our fresh produce comes from within the region through our Grown Nearby programme. Our own-brand ranges (GreenBasket, GreenBasket Finest, GreenBasket Everyday, GreenBasket Free From and GreenBasket Plant Kitchen) make up {own_n} of the {len(PRODUCTS)} core lines described in this knowledge base.

We are still family-controlled: the Ellery family trust owns 62% of the company and colleagues own 11% through the GreenBasket Share Scheme.

## Milestones

- 1978: first shop opens in Ashbridge.
- 1982: first Superstore opens in Saltmere.
- 2009: first Local store opens at Ashbridge Northgate.
- 2014: Basket Points loyalty programme launched.
- 2019: online home delivery launched across the region.
- 2026: Scan & Go in all Superstores (April); Kettlewick refit (September); Rookhaven Quay opens (October); Express delivery launches at nine stores (October).
"""))

    # store directory
    rows = "\n".join(f"| {s['name']} | {s['format']} | {s['town']} {s['postcode']} | {'Yes' if s['has_pharmacy'] else 'No'} | {'Yes' if s['express'] else 'No'} |" for s in sorted(STORES_D, key=lambda s: s['name']))
    D.append(("store-directory.md", f"""# GreenBasket Store Directory
Updated: 2026-11-02

GreenBasket has {len(STORES_D)} stores: {fmt_counts['Superstore']} Superstores, {fmt_counts['Market']} Market stores and {fmt_counts['Local']} Local stores. Each store has its own page with opening hours, services and parking, for example "GreenBasket Kettlewick (Superstore)".

| Store | Format | Town and postcode | Pharmacy | Express |
|---|---|---|---|---|
{rows}

Recent changes: Rookhaven Quay opened on 3 October 2026; the Brackenford pharmacy closed on 31 October 2026; Kettlewick gained a pharmacy when it reopened on 21 September 2026; Saltmere closes at 20:00 Monday to Saturday from 2 November 2026.
"""))

    D.append(("policy-returns-and-refunds.md", f"""# Returns and Refunds Policy
Updated: 2026-09-01

We want you to be happy with everything you buy at GreenBasket. This policy explains how to return things in store and online. It does not affect your statutory rights.

## Food and drink: our Satisfaction Guarantee

If you are not happy with any GreenBasket own-brand food or drink, bring it back (or just the packaging) to any store and we will give you a full refund or an exchange. Branded food and drink that is faulty or past its date when sold will also be refunded.

- With a receipt, or if you scanned your Basket Points card or app: refund to the original payment method.
- Without any proof of purchase: an exchange or a GreenBasket gift card, up to £15 per visit.

## Non-food items

- Unused non-food items in their original packaging can be returned within **{NONFOOD_RETURNS_DAYS} days** of purchase with proof of purchase. (Until 31 August 2026 the limit was {NONFOOD_RETURNS_DAYS_OLD} days.)
- Faulty electrical items: full refund within {NONFOOD_RETURNS_DAYS} days; after that, a repair or replacement for up to 12 months from purchase.

## Things we cannot take back

Pharmacy medicines, opened toiletries and cosmetics, gift cards and top-up cards, lottery tickets, tobacco and pierced-ear jewellery, unless faulty.

## Online orders

- Reject any item at the door (home delivery) or at collection and it will be refunded straight away.
- Missing, damaged or short-dated items found later: report them within 48 hours in the app or by calling Customer Care on {CARE_PHONE}. We refund to your payment card; you do not need to return food.

## Product recalls

Recalled products are always refunded in full at any store, with or without a receipt. See "How Product Recalls Work at GreenBasket".

## How long refunds take

Card refunds usually show in 3–5 working days. Refunds to a GreenBasket gift card are immediate.
"""))

    D.append(("policy-substitutions.md", f"""# Substitutions Policy for Online Orders
Updated: 2026-09-08

Sometimes an item you ordered is out of stock when we pick your order. This policy explains what happens.

## How substitutions work now (from 8 September 2026)

Substitutions are **opt-in, item by item**. In your basket, each item has an "Allow substitutes" switch, which is **off** by default. If an item you ordered is unavailable:

- If "Allow substitutes" is **off**, we leave the item out and you are not charged for it.
- If it is **on**, our picker chooses the closest alternative: the same type of product, a similar size or a larger pack, usually the same brand tier or better.

Before 8 September 2026 it worked the other way round: we substituted automatically unless you ticked "No substitutes".

## What you pay

You never pay more for a substitute. If the substitute costs more, you pay the price of the item you ordered; if it costs less, you pay the lower price.

## Checking and rejecting substitutes

Substitutes are listed at the top of your delivery note and in the app before your driver arrives. You can hand back any substitute at the door, or at collection, for an instant refund.

## Items we never substitute

- GreenBasket Free From products and any item you have flagged with an allergy note
- Baby milk and infant formula
- Medicines and vitamins
- Alcohol with a different alcohol strength

## Tell us what you prefer

Add a note to any item (for example "riper bananas please" or "no substitute if not own brand"). Pickers read notes before choosing.
"""))

    D.append(("policy-home-delivery.md", f"""# Home Delivery: Slots, Charges and Rules
Updated: 2026-08-04

GreenBasket delivers to homes across the region from {sum(1 for s in STORES_D if 'HD' in s['services'])} picking stores. Local stores do not pick delivery orders; orders for their areas are picked at a nearby Superstore or Market store.

## Delivery slots

- One-hour slots, 07:00–22:00 Monday to Saturday and 09:00–18:00 on Sunday.
- Book up to 21 days ahead.
- Change or cancel your order free of charge until 23:00 the evening before delivery.

## Charges (from 4 August 2026)

| Charge | Amount |
|---|---|
| Standard delivery | {DELIVERY_FEE} (was {DELIVERY_FEE_OLD} until 3 August 2026) |
| Off-peak slots (Tuesday to Thursday, 13:00–16:00) | {OFFPEAK_FEE} |
| Orders of {FREE_DELIVERY} or more | Free (threshold was {FREE_DELIVERY_OLD} until 3 August 2026) |
| Minimum order | {DELIVERY_MIN} |
| Bags | Bagless by default; choose bags at checkout for 40p per order |

Delivery Pass members get unlimited free deliveries on orders over £40; see "Delivery Pass".

## On the day

- We text you a 15-minute arrival window on the morning of delivery.
- Drivers wait up to 10 minutes. If we cannot deliver, we will call you; a redelivery costs the standard delivery charge.
- Drivers follow Challenge 25 for alcohol and age-restricted items and cannot leave them with anyone under 18.

## Missing or damaged items

Report them within 48 hours in the app or on {CARE_PHONE} for a refund.

For a faster service from selected stores, see "Express Delivery".
"""))

    D.append(("policy-click-and-collect.md", f"""# Click-and-Collect: How It Works
Updated: 2026-09-15

Order online and collect from any GreenBasket store with a click-and-collect point (all {len(STORES_D)} stores offer it).

## Charges (from 15 September 2026)

| Order value | Charge |
|---|---|
| Under {CC_MIN} | Not available (minimum order {CC_MIN}) |
| {CC_MIN} to £39.99 | {CC_FEE} |
| {CC_FEE_THRESHOLD} or more | Free |

Until 14 September 2026 click-and-collect was free on all orders over the {CC_MIN} minimum.

## Slots

- One-hour collection slots: 08:00–20:00 every day at Superstores and Market stores; 10:00–20:00 at most Local stores (see each store page).
- Order by 23:00 for collection the next day.
- Collection point: the customer service desk in Superstores and Market stores; the tills in Local stores.

## Collecting your order

Bring your order number (in the app or your confirmation email). If you miss your slot we hold your order until the store closes that day. Orders not collected by closing time are cancelled and refunded in full, except for the click-and-collect charge.

Age-restricted items need ID under Challenge 25 at collection. Substitutions follow our "Substitutions Policy for Online Orders".
"""))

    D.append(("policy-express-delivery.md", f"""# Express Delivery
Updated: 2026-10-12

Express delivery brings a smaller order to your door within two hours. It launched on 12 October 2026.

## Key facts

- Charge: {EXPRESS_FEE} per order (Delivery Pass does not cover express orders).
- Minimum order {EXPRESS_MIN}, maximum 30 items.
- Available 08:00–20:00, every day, ordered in the GreenBasket app only.
- Delivery within two hours of ordering, to addresses within about 4 miles of a participating store.

## Participating stores

{chr(10).join('- GreenBasket ' + n for n in EXPRESS_STORES)}

## What you can order

Most of the range is available, but not counter products (fish, deli or hot food counters) or click-and-collect-only items. Alcohol can be ordered, and the driver will check ID under Challenge 25.

Substitutions follow our normal opt-in rules. Express orders cannot be changed after they are placed, but you can cancel within 5 minutes.
"""))

    D.append(("policy-delivery-pass.md", f"""# Delivery Pass
Updated: 2026-08-04

Delivery Pass is a monthly subscription that removes delivery charges on larger home delivery orders.

| Feature | Detail |
|---|---|
| Price | {DELIVERY_PASS} a month (was {DELIVERY_PASS_OLD} until 3 August 2026; existing members pay the new price from their first renewal after 4 August 2026) |
| What you get | Unlimited free standard and off-peak home deliveries on orders over £40 |
| Orders under £40 | Normal delivery charge applies |
| Express delivery | Not included |
| Click-and-collect | The click-and-collect charge is waived for Delivery Pass members |
| Minimum term | None; cancel any time before your next monthly payment |

Delivery Pass members get early access to Christmas delivery slots. Sign up or cancel in the app under Account > Delivery Pass.
"""))

    D.append(("basket-points-programme.md", f"""# Basket Points: How the Programme Works
Updated: 2026-10-01

Basket Points is GreenBasket's free loyalty programme. Join in the GreenBasket app or with a plastic card from any customer service desk.

## Earning points

- **1 point for every £1** you spend in store and online.
- No points on tobacco, lottery, gift cards, prescription charges, infant formula or delivery and click-and-collect charges.
- **Points Boosts**: personalised bonus-point offers in the app, refreshed every Monday.
- **Welcome bonus**: 150 points on your first shop.
- **Birthday bonus**: 100 points in your birthday month (new from 1 October 2026).

## What points are worth

100 points = £1. Points are turned into vouchers automatically.

## Vouchers (from 1 October 2026)

- Vouchers are issued **monthly**, on the 1st of each month, when you have at least **250 points**.
- Points convert in blocks of 250 points = a £2.50 voucher.
- Vouchers are valid for 60 days and can be used in store or online.

Before 1 October 2026 vouchers were issued quarterly (February, May, August and November) and only once you had 500 points, in £5 blocks. The last quarterly vouchers were issued on 1 August 2026 and the first monthly vouchers on 1 October 2026.

## Points expiry (from 1 October 2026)

Points expire if your account has **no activity for 12 months** (no points earned or vouchers used). Previously, each point expired 24 months after it was earned.

## Your account

Check your balance in the app, on receipts or at any till. Lost card? Order a replacement in the app; your balance moves to the new card.

Full rules: "Basket Points Terms and Conditions".
"""))

    D.append(("basket-points-terms.md", f"""# Basket Points Terms and Conditions
Updated: 2026-10-01

These terms apply to all Basket Points members from 1 October 2026.

1. **Membership.** Membership is free and open to anyone aged 16 or over living in the United Kingdom. One account per person.
2. **Earning.** Members earn 1 point for each whole £1 spent in a single transaction after discounts, excluding: tobacco, lottery, gift cards and top-ups, prescription charges, infant formula, and delivery or click-and-collect charges.
3. **Value.** 100 points are worth £1.
4. **Vouchers.** On the 1st of each month, balances of 250 points or more are converted into vouchers in blocks of 250 points (£2.50). Points left over stay in the account.
5. **Voucher validity.** Vouchers are valid for 60 days from issue and cannot be exchanged for cash.
6. **Expiry.** If an account has no qualifying activity for 12 consecutive months, all points in it expire.
7. **Bonus points.** Welcome (150 points), birthday (100 points) and Points Boost offers are credited within 48 hours of qualifying.
8. **Returns.** Points earned on items later refunded are removed from the account.
9. **Goodwill points.** Customer Care may add goodwill points to resolve a complaint; these follow the same rules.
10. **Changes.** We give at least 30 days' notice of material changes to these terms.

Previous terms (in force until 30 September 2026) issued vouchers quarterly from 500 points and expired points 24 months after earning.
"""))

    D.append(("policy-age-restricted-sales.md", f"""# Age-Restricted Sales and Challenge 25
Updated: 2026-02-10

GreenBasket operates **Challenge 25**: if you look under 25, we will ask for photo ID before selling you an age-restricted product.

| Product | Minimum age |
|---|---|
| Alcohol | 18 |
| Tobacco and vapes | 18 |
| Lottery and scratchcards | 18 |
| Knives and bladed items | 18 |
| Solvents and lighter refills | 18 |
| Paracetamol and ibuprofen (maximum two packs) | 16 |
| Energy drinks (GreenBasket policy) | 16 |

Accepted ID: passport, photocard driving licence, or a PASS-hologram proof-of-age card. Alcohol is sold between 06:00 and 23:00 only.

For home delivery, click-and-collect and express orders, the driver or colleague will check ID on handover and will not leave age-restricted items with anyone under 18. Rejected items are refunded.
"""))

    D.append(("policy-price-promise.md", f"""# The GreenBasket Price Promise
Updated: 2026-03-02

Our Price Promise covers around 400 everyday essentials marked with a green "Price Promise" shelf label, including milk, bread, eggs, bananas and the whole GreenBasket Everyday range.

- We check these prices every week against other large supermarkets trading in our region.
- If we find one cheaper, we lower our price within seven days.
- Price Promise does not give refunds of the difference at the till and does not apply to offers, multibuys or counter products.

Price changes, up or down, are published in our dated price-change notices (for example "Price Changes from 17 August 2026"), and each product page shows its price history for 2026.
"""))

    D.append(("policy-allergen-information.md", f"""# Allergen Information at GreenBasket
Updated: 2026-05-04

We label all own-brand food for the 14 major allergens: celery, cereals containing gluten (wheat, barley, oats, rye), crustaceans, eggs, fish, lupin, milk, molluscs, mustard, tree nuts, peanuts, sesame, soya and sulphites.

## On the pack and online

- Allergens are shown in **bold** in the ingredients list on the pack.
- Every product page in this knowledge base lists "Contains" and "May contain" allergens.
- "May contain" warnings are used only when there is a real risk of cross-contamination that we cannot remove.

## Counters, bakery and café

Products from counters, the in-store bakery and our cafés are made in areas that handle all 14 allergens. Ask a colleague for the allergen folder, which lists every counter product.

## Free From

GreenBasket Free From products are made without gluten (tested to below 20 parts per million) and, where stated, without milk. See "Our Own-Brand Ranges Explained".

## When something goes wrong

If we find an allergen that is not declared on the label, we issue an Allergy Alert and recall the product (for example "Allergy Alert and Recall: GreenBasket Oat & Honey Granola 500g"). Recalls are listed as dated notices.
"""))

    D.append(("policy-product-recalls.md", f"""# How Product Recalls Work at GreenBasket
Updated: 2026-06-10

When a product might be unsafe, we act quickly.

1. **Withdraw.** The product is removed from shelves and the online shop within two hours of the decision.
2. **Tell customers.** We publish a dated recall notice, put point-of-sale notices in every store, and contact Basket Points members who bought the product (by email and in the app).
3. **Refund.** Customers can return the product to any store for a full refund, with or without a receipt. They do not need to bring the whole pack: a photo of the label is enough at the customer service desk.
4. **Investigate.** Our technical team works with the supplier to find the cause.
5. **Return to sale.** The product returns only when the cause is fixed and new batches have passed testing. The notice and the product page are updated.

An **Allergy Alert** is issued when an allergen is missing from the label. A **Product Recall** is issued for safety issues such as contamination or foreign bodies.

Customer Care can confirm whether a batch is affected on {CARE_PHONE}.
"""))

    D.append(("policy-bags-and-packaging.md", f"""# Bags and Packaging
Updated: 2026-07-27

## Carrier bags

| Bag | Price |
|---|---|
| Bag for life (recycled plastic) | {BAG_PRICE} (was 10p until 26 July 2026) |
| Jute bag | £1.50 |
| Paper bag (Local stores only) | 25p |
| Home delivery bags | 40p per order (bagless by default) |

Bags for life are replaced free of charge when worn out: bring the old one to the till. Money from bag sales funds the GreenBasket Community Grants scheme.

## Packaging

- All own-brand packaging will be recyclable, reusable or compostable by the end of 2027.
- Soft-plastics recycling points are in stores marked "Soft-plastics recycling point" on their store page.
- Refill stations for Brightwash Eco Refill cleaning products are in all Superstores.
"""))

    ph_rows = "\n".join(f"| GreenBasket {s['name']} | " + "; ".join(f"{d} {h}" for d, h in PHARMACY_HOURS[s['pharmacy_key']]) + " |" for s in pharm)
    D.append(("pharmacy-services.md", f"""# GreenBasket Pharmacy Services
Updated: 2026-10-31

GreenBasket has {len(pharm)} in-store pharmacies. All dispense prescriptions and offer repeat prescription collection, blood pressure checks, emergency contraception and advice on minor illnesses. Seasonal flu vaccinations are offered at every pharmacy (see "Flu Vaccinations 2026/27 at GreenBasket Pharmacies").

## Stores with a pharmacy

| Store | Pharmacy hours |
|---|---|
{ph_rows}

## Recent changes

- **Kettlewick**: new pharmacy opened on 21 September 2026 when the store reopened after its refit.
- **Brackenford**: pharmacy closed permanently on 31 October 2026. Prescriptions moved to GreenBasket Hollinsgate unless customers chose another pharmacy.

## Good to know

- Pharmacists may close the pharmacy for up to one hour for a lunch break; the time is shown on the pharmacy door.
- Travel vaccinations are available at Superstore pharmacies by appointment.
- Prescription charges do not earn Basket Points.
"""))

    D.append(("policy-gift-cards.md", f"""# GreenBasket Gift Cards
Updated: 2026-01-20

- Available in store in any amount from £5 to £250, and as e-gift cards in the app.
- Spend in any GreenBasket store and online, including on delivery charges.
- Valid for 24 months from the date of last use.
- Check your balance in the app or at any till.
- Gift cards cannot be exchanged for cash, used to buy other gift cards, or refunded (except when faulty).
- Lost cards can be replaced only if you registered the card in the app.

Gift card purchases do not earn Basket Points, but you earn points when you spend a gift card.
"""))

    D.append(("policy-complaints.md", f"""# How to Make a Complaint
Updated: 2026-04-15

We are sorry if something has gone wrong. Here is how to tell us and what happens next.

## How to contact us

- In store: speak to the duty manager or the customer service desk.
- Phone: Customer Care on {CARE_PHONE} (08:00–20:00 Monday to Saturday, 10:00–16:00 Sunday).
- Webchat in the app: 07:00–22:00 every day.
- Email: {CARE_EMAIL}.

## What happens next

1. We acknowledge your complaint within **2 working days** and give you a reference number starting "GB-C".
2. We aim to resolve it within **10 working days**. If we need longer, we will tell you why.
3. If you are not happy with our answer, ask for your complaint to be reviewed by the Head of Customer Care.

## Putting things right

Depending on what happened, we may refund you, replace the item, or add goodwill Basket Points to your account. Goodwill points are normally between 100 and 1,000 points (£1 to £10) and follow the Basket Points terms.

For food safety concerns (for example a foreign body in food), please keep the product and packaging; we may ask to collect it for testing.
"""))

    D.append(("policy-accessibility.md", f"""# Accessibility and Quiet Hour
Updated: 2026-03-20

- **Quiet Hour**: every Tuesday 09:00–10:00 in all Superstores and Market stores. Music and announcements are off and lights are dimmed where possible.
- **Sunflower lanyards**: free at customer service desks for customers with hidden disabilities.
- **Assisted shopping**: book a colleague to shop with you by calling the store. Available in Superstores and Market stores.
- **Priority delivery slots**: customers registered as needing priority can book slots 24 hours before they open to everyone.
- **Hearing loops** at customer service desks and pharmacies.
- **Accessible parking** near the entrance at all stores with a car park; accessible toilets in all Superstores and Market stores.
- **Assistance dogs** are welcome in all stores.
"""))

    D.append(("policy-food-donation.md", f"""# Food Waste and Community Donations
Updated: 2026-02-28

We aim to send no edible food to waste.

- Every store is paired with a local charity or community group that collects surplus food every day. Our largest partners are the Calder Valley Community Larder and Wendmoor FoodShare.
- Food nearing its date is reduced with yellow labels from 17:00 in Superstores and Market stores and from 19:00 in Local stores.
- Bread from the in-store bakery that is not sold by closing time is donated.
- In 2025 GreenBasket donated the equivalent of 1.2 million meals.
- Food that cannot be eaten goes to anaerobic digestion to make energy, not to landfill.

Customers can donate to the Community Larder trolley near the exit in every Superstore and Market store.
"""))

    D.append(("sourcing-fish.md", f"""# How We Source: Fish and Seafood
Updated: 2026-04-02

All fish and seafood sold under the GreenBasket brands must meet our fish sourcing policy.

- **Wild fish** must be certified under the Responsible Catch scheme or be on an improvement plan with a clear end date. We do not sell species rated "avoid" by independent marine assessments.
- **Farmed fish** (salmon, trout, sea bass and prawns) must be certified under Responsible Aquaculture.
- **Tinned tuna** is pole-and-line or free-school caught only.
- **Smoked fish** is smoked for us by Tidewell Smokehouse in Portwen.

## Where our fish comes from

| Species | Main source | Supplier |
|---|---|---|
| Cod and haddock | Iceland and North-East Atlantic | Saltmere Harbour Fish Ltd and Westfjord Seafood |
| Salmon | Norway | Nordhav Seafood |
| Trout | Lanthorne Water | Lakeside Trout Farm |
| Sea bass | Greece | Marisol Groves |
| Smoked salmon and mackerel | Smoked in Portwen | Tidewell Smokehouse |

Fish counters operate in all Superstores and in the Rookhaven Market store.
"""))

    D.append(("sourcing-eggs-and-poultry.md", f"""# How We Source: Eggs and Chicken
Updated: 2026-03-11

## Eggs

- Every shell egg we sell has been free range since 2019.
- Since 2022, all eggs used as ingredients in GreenBasket own-brand products are free range too.
- Most of our eggs come from Larkfield Farm Eggs in Fallowby and its partner farms.
- GreenBasket Finest Golden Yolk eggs come from hens fed a maize-rich diet.

## Chicken

- All fresh GreenBasket chicken is British and certified Fair Fields Assured (poultry).
- Our standard birds are reared at a maximum stocking density of 30kg per square metre, lower than the legal limit.
- GreenBasket Finest Corn-Fed chicken is free range.
- Our main supplier is Oakmere Poultry in Glenharrow.
"""))

    D.append(("sourcing-grown-nearby.md", f"""# How We Source: Grown Nearby
Updated: 2026-05-22

Grown Nearby is our programme for food produced within the GreenBasket region. In 2025, 34% of the fresh produce we sold was Grown Nearby.

## Grown Nearby partners

- Wendmoor Growers Co-operative: potatoes, carrots, onions, leeks and brassicas
- Fenmoor Orchards: apples, pears and apple juice
- Sunhill Glasshouses: tomatoes, cucumbers and peppers
- Hollowbrook Salad Farm: salad leaves and fresh herbs
- Ridgeway Mushrooms: mushrooms
- Elder Lane Berry Farm: strawberries and raspberries (May to September)
- Hollin Dairy Co-operative: milk, cream, butter and yoghurt
- Greyfell Creamery: cheese
- Larkfield Farm Eggs: eggs
- Brackenford Honey Co.: local honey

## How it works

Grown Nearby products carry a green map-pin logo on the pack and shelf label. We agree prices with growers before planting and pay within 14 days. Produce that is the wrong shape or size goes into GreenBasket Everyday packs, soups and juices.
"""))

    D.append(("sourcing-palm-oil-and-soy.md", f"""# How We Source: Palm Oil and Soy
Updated: 2026-01-30

- All palm oil in GreenBasket own-brand products has been certified sustainable (segregated) since 2020.
- Soy used in animal feed for our own-brand meat, eggs and dairy must be deforestation-free and conversion-free. In 2025, 91% met this standard; our target is 100% by the end of 2026.
- We publish a list of own-brand products containing palm oil every year.
- GreenBasket Plant Kitchen tofu uses European soya beans.
"""))

    D.append(("sourcing-fairtrade.md", f"""# How We Source: Fairtrade Bananas, Tea, Coffee and Cocoa
Updated: 2026-02-20

- All GreenBasket bananas are Fairtrade, grown by the Bananera del Sol Co-operative in Magdalena, Colombia.
- All GreenBasket and GreenBasket Finest black tea bags are Fairtrade, mainly from Kiriga Tea Growers in Kenya.
- GreenBasket Finest ground coffee and all Copperpot Coffee Roasters products are Fairtrade.
- All Sweetwater chocolate bars sold at GreenBasket use Fairtrade cocoa.

The Fairtrade Premium paid on our bananas funded a new health clinic in Magdalena in 2025.
"""))

    D.append(("supplier-code-of-conduct.md", f"""# Our Supplier Code of Conduct
Updated: 2026-01-15

Every GreenBasket supplier signs our Supplier Code of Conduct. It covers:

1. **People**: no forced or child labour; freedom of association; wages at least at the living wage in the country of work.
2. **Safety**: safe workplaces and accommodation for workers.
3. **Food safety**: an independent food-safety certification and a GreenBasket technical audit at least once a year.
4. **Environment**: reporting energy, water and waste data every year.
5. **Fair dealing**: GreenBasket pays suppliers within 30 days, and within 14 days for Grown Nearby and small suppliers.
6. **Whistleblowing**: workers can report concerns confidentially to an independent hotline.

Each supplier profile page lists the supplier's certification and last audit date.
"""))

    counts = {b: sum(1 for p in PRODUCTS if p["brand"] == b) for b in ["GreenBasket", "GreenBasket Finest", "GreenBasket Everyday", "GreenBasket Free From", "GreenBasket Plant Kitchen"]}
    D.append(("own-brand-ranges.md", f"""# Our Own-Brand Ranges Explained
Updated: 2026-04-20

| Range | What it is | Lines in this knowledge base |
|---|---|---|
| GreenBasket | Our core own brand: quality everyday food and household products | {counts['GreenBasket']} |
| GreenBasket Finest | Premium range with special ingredients and provenance | {counts['GreenBasket Finest']} |
| GreenBasket Everyday | Our lowest-price range, covered by the Price Promise | {counts['GreenBasket Everyday']} |
| GreenBasket Free From | Made without gluten (below 20ppm) and, where stated, without milk | {counts['GreenBasket Free From']} |
| GreenBasket Plant Kitchen | Plant-based range, suitable for vegans unless stated | {counts['GreenBasket Plant Kitchen']} |

All own-brand food is covered by our Satisfaction Guarantee (see "Returns and Refunds Policy"). Branded products from suppliers such as Hollin Dairy, Brightmoor, Kettle Lane and Copperpot are not own brand.
"""))

    D.append(("faq-delivery.md", f"""# FAQ: Home Delivery
Updated: 2026-08-04

**How much does delivery cost?**
Standard delivery is {DELIVERY_FEE}. Off-peak slots (Tuesday to Thursday, 13:00–16:00) are {OFFPEAK_FEE}. Orders of {FREE_DELIVERY} or more are delivered free.

**Is there a minimum order?**
Yes, {DELIVERY_MIN} for home delivery.

**How far ahead can I book?**
Up to 21 days.

**Can I change my order?**
Yes, until 23:00 the evening before your delivery.

**What if I'm out?**
The driver waits up to 10 minutes and will call you. If we cannot deliver, redelivery costs the standard charge.

**Do you deliver on Sundays?**
Yes, 09:00–18:00.

**Can I get my shopping faster?**
Express delivery (within 2 hours, {EXPRESS_FEE}) is available from nine stores. See "Express Delivery".

**Do I get Basket Points on online orders?**
Yes, 1 point per £1, but not on the delivery charge.
"""))

    D.append(("faq-click-and-collect.md", f"""# FAQ: Click-and-Collect
Updated: 2026-09-15

**Is click-and-collect free?**
It is free on orders of {CC_FEE_THRESHOLD} or more. Orders from {CC_MIN} to £39.99 cost {CC_FEE}. The minimum order is {CC_MIN}. (It was free on all orders until 14 September 2026.)

**Which stores offer it?**
All {len(STORES_D)} GreenBasket stores.

**When can I collect?**
08:00–20:00 every day at Superstores and Market stores; Local store times are on each store page.

**What if I'm late?**
We hold your order until the store closes that day.

**Can someone else collect for me?**
Yes. They need the order number, and photo ID if the order contains alcohol.

**Do Delivery Pass members pay the charge?**
No, it is waived for Delivery Pass members.
"""))

    D.append(("faq-online-account-and-app.md", f"""# FAQ: Your Online Account and the GreenBasket App
Updated: 2026-06-05

**How do I reset my password?**
Tap "Forgotten password" on the sign-in screen. The reset link lasts 30 minutes.

**Can I use one account for delivery and Basket Points?**
Yes. Link your Basket Points card under Account > Basket Points, or join from the app.

**What is Scan & Go?**
Scan items with the app as you shop in a Superstore, then pay at a Scan & Go checkout. Random checks apply.

**How do I save favourites?**
Tap the heart on any product; your favourites appear under "My Usuals".

**Can I see my receipts?**
Yes, under Account > Receipts, for 24 months.

**How do I delete my account?**
Call Customer Care on {CARE_PHONE}. Any unused Basket Points vouchers are lost when the account is deleted.
"""))

    D.append(("faq-payment.md", f"""# FAQ: Paying at GreenBasket
Updated: 2026-03-05

- We accept cash (in store), debit and credit cards, contactless and mobile wallets, GreenBasket gift cards and Basket Points vouchers.
- We do not accept cheques.
- Cashback of up to £50 is available at staffed tills with a debit card.
- Contactless limit: £100 per transaction.
- Online orders: your card is pre-authorised when you place the order and charged on the day of delivery or collection for the final amount.
- Self-checkouts in all Superstores and Market stores take cards only; Local stores take cash and card.
"""))

    D.append(("faq-in-store.md", f"""# FAQ: In-Store Services
Updated: 2026-05-12

**Which stores have a café?**
All Superstores have a café. Café hours are 08:00 until one hour before the store closes (10:00–15:30 on Sundays).

**Can I order a celebration cake?**
Yes, in any store with an in-store bakery. Order at least 48 hours ahead at the bakery counter.

**Do you have free cash machines?**
Most stores do; check the store page for "Free cash machine".

**Where can I charge my electric car?**
Stores with EV charging are marked "Electric vehicle charging" on their store page. Charging costs 45p per kWh, paid in the charger's app.

**Can I recycle soft plastics?**
Yes, at stores with a "Soft-plastics recycling point".

**Is there a post office?**
Post office counters are in Dunmere, Netherby Cross, Eastmere and Stonebeck.
"""))

    D.append(("faq-allergens.md", f"""# FAQ: Allergens and Special Diets
Updated: 2026-05-04

**Where can I find allergen information?**
On the pack (allergens in bold) and on every product page, which lists "Contains" and "May contain" allergens.

**Are your Free From products safe for coeliacs?**
GreenBasket Free From products are tested to below 20 parts per million gluten, the level recognised as gluten free.

**Do you label vegan products?**
Yes. Product pages state "Suitable for vegans", "Suitable for vegetarians" or "Not suitable for vegetarians".

**Can I ask for no substitutes on allergy-sensitive items?**
We never substitute Free From products or items with an allergy note, whatever your substitution setting.

**How do I hear about allergy alerts?**
Allergy Alerts are published as dated notices and sent to Basket Points members who bought the product.
"""))

    D.append(("faq-basket-points.md", f"""# FAQ: Basket Points
Updated: 2026-10-01

**How many points do I get?**
1 point per £1 spent, in store and online.

**How much are points worth?**
100 points = £1.

**When do I get vouchers?**
On the 1st of every month, if you have at least 250 points. Each 250 points becomes a £2.50 voucher. (Until September 2026 vouchers were quarterly, from 500 points.)

**How long do vouchers last?**
60 days.

**Do my points expire?**
Only if your account has no activity for 12 months.

**Is there a birthday treat?**
Yes, 100 bonus points in your birthday month, from October 2026.

**I forgot my card. Can I still get points?**
Yes. Keep your receipt and add the points in the app within 14 days, or ask at the customer service desk.
"""))

    D.append(("contact-customer-care.md", f"""# Contact GreenBasket Customer Care
Updated: 2026-04-15

| Channel | Details | Hours |
|---|---|---|
| Phone | {CARE_PHONE} | 08:00–20:00 Monday to Saturday, 10:00–16:00 Sunday |
| Webchat | In the GreenBasket app | 07:00–22:00 every day |
| Email | {CARE_EMAIL} | Reply within 2 working days |
| Post | Customer Care, {HEAD_OFFICE} | |

For anything about a specific store, you can also call the store directly; numbers are on each store page. For complaints, see "How to Make a Complaint".
"""))

    # ---------------- dated notices
    D.append(("notice-2026-07-20-delivery-fee-change.md", f"""# Changes to Delivery Charges from 4 August 2026
Date: 2026-07-20

From Tuesday 4 August 2026 our home delivery charges are changing. Fuel, vans and drivers' pay have all gone up, and we have held our charges since 2024.

| Charge | Until 3 August 2026 | From 4 August 2026 |
|---|---|---|
| Standard delivery | {DELIVERY_FEE_OLD} | {DELIVERY_FEE} |
| Free delivery on orders of | {FREE_DELIVERY_OLD} or more | {FREE_DELIVERY} or more |
| Delivery Pass (monthly) | {DELIVERY_PASS_OLD} | {DELIVERY_PASS} |
| Off-peak slots (Tue–Thu 13:00–16:00) | {OFFPEAK_FEE} | {OFFPEAK_FEE} (no change) |
| Minimum order | {DELIVERY_MIN} | {DELIVERY_MIN} (no change) |

Orders already booked for delivery on or after 4 August keep the charge shown when they were placed. Existing Delivery Pass members pay the new price from their first renewal after 4 August 2026.
"""))

    D.append(("notice-2026-07-13-bag-for-life-price.md", f"""# Bag for Life Price Change from 27 July 2026
Date: 2026-07-13

From Monday 27 July 2026 our recycled bag for life will cost {BAG_PRICE}, up from 10p. The price has not changed since 2019 and no longer covers the cost of the bag.

All money from bag sales goes to the GreenBasket Community Grants scheme, which funded 212 local projects in 2025. Worn-out bags for life are still replaced free at the till.

Other bag prices are not changing: the jute bag stays at £1.50 and paper bags in Local stores stay at 25p. Home delivery remains bagless by default, with bags available for 40p per order. See "Bags and Packaging" for the full list.
"""))

    D.append(("notice-2026-08-15-substitutions-change.md", f"""# Substitutions Are Changing: Opt In From 8 September 2026
Date: 2026-08-15

From Tuesday 8 September 2026, we will only substitute an item in your online order if you have said yes to it.

**What's changing**
- Every item in your basket will have an "Allow substitutes" switch, **off** by default.
- Until now we substituted automatically unless you ticked "No substitutes".

**What stays the same**
- You never pay more for a substitute.
- You can hand back any substitute at the door for a refund.
- We never substitute Free From items, baby milk or medicines.

Why? Customers told us they would rather receive fewer items than the wrong ones. In a trial at Elmsworth and Oakhollow in spring 2026, rejected substitutes fell by 63%.
"""))

    D.append(("notice-2026-08-20-returns-window-extended.md", f"""# Longer Returns Window for Non-Food from 1 September 2026
Date: 2026-08-20

From Tuesday 1 September 2026 you will have **{NONFOOD_RETURNS_DAYS} days** to return unused non-food items with proof of purchase, up from {NONFOOD_RETURNS_DAYS_OLD} days. This covers homeware, electricals, clothing, toys and seasonal goods.

Any unused item that is still within 45 days of purchase on 1 September 2026 can be returned under the new window. Our food Satisfaction Guarantee is unchanged.

Faulty electrical items can also be refunded within 45 days; after that we offer a repair or replacement for up to 12 months from purchase. Items must be unused and in their original packaging unless faulty, and you will need your receipt, your e-receipt in the app or the Basket Points record of the purchase. Full details are in the "Returns and Refunds Policy".
"""))

    D.append(("notice-2026-08-25-kettlewick-refit.md", f"""# Kettlewick Superstore Closing for Refit, 7–20 September 2026
Date: 2026-08-25

GreenBasket Kettlewick (Kettlewick Road, CW1 5KR) will close from **Monday 7 September to Sunday 20 September 2026** for a full refit. It reopens on **Monday 21 September 2026** at 07:00.

## During the closure

- Nearest stores: GreenBasket Newlands Road (Local), about 2.2 miles away, open 06:30–22:30 every day; and GreenBasket Upperwick (Market).
- Click-and-collect orders for Kettlewick will be moved to Newlands Road.
- Home deliveries usually picked at Kettlewick will be picked at Upperwick. Slots may be more limited.
- Free shuttle bus from Kettlewick Road to Newlands Road, every 30 minutes, 09:00–17:00 Monday to Saturday.

## What's coming

Longer opening hours (07:00–23:00 Monday to Saturday), a new pharmacy, a hot food counter, more self-checkouts and extra EV charging bays.
"""))

    kw = STORE_BY_NAME["Kettlewick"]
    D.append(("notice-2026-09-21-kettlewick-reopens.md", f"""# Kettlewick Superstore Reopens with Longer Hours and a Pharmacy
Date: 2026-09-21

GreenBasket Kettlewick reopened today, Monday 21 September 2026, after a two-week refit.

## New opening hours

{hours_table(HOURS['KETTLEWICK_NEW'])}

Previously the store was open 08:00–22:00 Monday to Saturday; Sunday hours are unchanged.

## New pharmacy

Kettlewick now has its own GreenBasket pharmacy, open:

{hours_table(PHARMACY_HOURS[kw['pharmacy_key']])}

## Also new

- Hot food counter (rotisserie chicken, pies and jacket potatoes, 11:00–19:00)
- 16 self-checkouts and Scan & Go
- 12 EV charging bays (8 new)
- Larger Free From and Plant Kitchen aisle

Store manager Aisha Pemberton said: "Thank you for your patience during the closure. We think you'll love the new store."
"""))

    D.append(("notice-2026-09-01-click-and-collect-fee.md", f"""# Click-and-Collect Fee for Smaller Orders from 15 September 2026
Date: 2026-09-01

From Tuesday 15 September 2026, click-and-collect orders under {CC_FEE_THRESHOLD} will have a {CC_FEE} charge.

| Order value | Until 14 September 2026 | From 15 September 2026 |
|---|---|---|
| {CC_MIN} to £39.99 | Free | {CC_FEE} |
| {CC_FEE_THRESHOLD} or more | Free | Free |

The minimum order stays at {CC_MIN}. Delivery Pass members do not pay the charge. The charge does not earn Basket Points.
"""))

    D.append(("notice-2026-09-01-basket-points-changes.md", f"""# Basket Points Changes from 1 October 2026
Date: 2026-09-01

We're making Basket Points vouchers arrive more often. From **1 October 2026**:

| | Until 30 September 2026 | From 1 October 2026 |
|---|---|---|
| Voucher frequency | Quarterly (February, May, August, November) | Monthly, on the 1st |
| Minimum points for a voucher | 500 points | 250 points |
| Voucher blocks | £5 (500 points) | £2.50 (250 points) |
| Points expiry | 24 months after earning | After 12 months with no account activity |
| Birthday bonus | None | 100 points |

Earning stays the same: 1 point per £1, and 100 points are worth £1. Vouchers are still valid for 60 days.

The November quarterly voucher run will not happen; instead, the first monthly vouchers will be issued on 1 October 2026 for all balances of 250 points or more.
"""))

    D.append(("notice-2026-09-05-flu-vaccinations.md", f"""# Flu Vaccinations 2026/27 at GreenBasket Pharmacies
Date: 2026-09-05

Flu vaccinations are available at all GreenBasket pharmacies from **Tuesday 22 September 2026 until Sunday 31 January 2027**.

- Private flu vaccination: **{FLU_JAB_PRICE}** for adults aged 18 and over.
- Free for customers eligible under the Wendmoor & Calder Health Board scheme (for example, people aged 65 and over, pregnant women and those with certain health conditions).
- Book in the GreenBasket app, or walk in on Tuesdays and Thursdays.
- Paying customers earn Basket Points on the vaccination.

Last season's private price was £14.99. Pharmacies taking part include the new pharmacy at Kettlewick. Brackenford pharmacy offered vaccinations only until it closed on 31 October 2026.
"""))

    rq = STORE_BY_NAME["Rookhaven Quay"]
    D.append(("notice-2026-10-03-rookhaven-quay-opening.md", f"""# New Store: GreenBasket Rookhaven Quay Opens 3 October 2026
Date: 2026-10-03

Our {len(STORES_D)}th store, GreenBasket Rookhaven Quay, opened on Saturday 3 October 2026 at {rq['street']}, {rq['town']} {rq['postcode']}.

## Opening hours

{hours_table(HOURS[rq['hours_key']])}

## About the store

- A Local convenience store with fresh food, a food-to-go range and a free cash machine.
- Click-and-collect point, soft-plastics recycling and customer toilets.
- No car park: use the Quay public car park, 200 m away.
- Store manager: {rq['manager']}, leading a team of 18 new colleagues.
- Phone: {rq['phone']}.

Opening offer: double Basket Points on all shopping at Rookhaven Quay until Sunday 1 November 2026.

Our Rookhaven Market store on Harbour Road, about 1.4 miles away, is not affected.
"""))

    br = STORE_BY_NAME["Brackenford"]
    hg = STORE_BY_NAME["Hollinsgate"]
    D.append(("notice-2026-10-10-brackenford-pharmacy-closure.md", f"""# Brackenford Pharmacy Closing on 31 October 2026
Date: 2026-10-10

We are sorry to tell customers that the pharmacy at GreenBasket Brackenford will close permanently at **17:00 on Saturday 31 October 2026**. Despite a long search, we have not been able to recruit a permanent pharmacist.

## What happens to prescriptions

- Unless you tell us otherwise, your prescriptions will move to **GreenBasket Hollinsgate** pharmacy (Hollinsgate Way, {hg['postcode']}), about 3.2 miles away.
- Hollinsgate pharmacy hours: {'; '.join(d + ' ' + h for d, h in PHARMACY_HOURS[hg['pharmacy_key']])}.
- To choose a different pharmacy, speak to the Brackenford pharmacy team before 31 October or call Customer Care on {CARE_PHONE}.

The rest of GreenBasket Brackenford, including the café, bakery and click-and-collect, stays open as normal.
"""))

    D.append(("notice-2026-10-12-express-delivery-launch.md", f"""# Express Delivery Launches at Nine Stores
Date: 2026-10-12

From Monday 12 October 2026 you can get your shopping delivered **within two hours** from nine GreenBasket stores.

- Charge: {EXPRESS_FEE} per order
- Minimum order {EXPRESS_MIN}, up to 30 items
- 08:00–20:00 every day, app only
- Addresses within about 4 miles of: {', '.join(EXPRESS_STORES)}

Express orders are not covered by Delivery Pass. See "Express Delivery" for the full rules.
"""))

    D.append(("notice-2026-10-20-saltmere-hours.md", f"""# Saltmere Superstore: New Evening Closing Time from 2 November 2026
Date: 2026-10-20

From **Monday 2 November 2026**, GreenBasket Saltmere (Saltmere Bypass, WM1 3SB) will close at **20:00** Monday to Saturday instead of 22:00.

| Days | Until 1 November 2026 | From 2 November 2026 |
|---|---|---|
| Monday to Saturday | 07:00–22:00 | 07:00–20:00 |
| Sunday | 10:00–16:00 | 10:00–16:00 (no change) |

Very few customers shop after 20:00, and the change lets us add more colleagues during busy daytime hours. Pharmacy, café and click-and-collect hours are not affected. For late shopping, GreenBasket Dovecote Lane (Local), about 2.2 miles away, is open 06:30–22:30 every day.
"""))

    D.append(("notice-2026-11-02-christmas-opening-hours.md", f"""# Christmas and New Year Opening Hours 2026
Date: 2026-11-02

These hours apply to all GreenBasket stores over the festive period. Normal hours apply on all other days.

| Date | Superstores | Market stores | Local stores |
|---|---|---|---|
| Thursday 24 December | 07:00–18:00 | 07:30–18:00 | 07:00–20:00 |
| Friday 25 December | Closed | Closed | Closed |
| Saturday 26 December | Closed | Closed | 10:00–16:00 |
| Sunday 27 December | 10:00–16:00 | 10:00–16:00 | 09:00–20:00 |
| Monday 28 December | 08:00–20:00 | 08:00–18:00 | Normal hours |
| Tuesday 29 and Wednesday 30 December | Normal hours | Normal hours | Normal hours |
| Thursday 31 December | 07:00–19:00 | 07:30–18:00 | 07:00–21:00 |
| Friday 1 January 2027 | 10:00–17:00 | Closed | 10:00–18:00 |

## Pharmacies

Closed on 25, 26 and 27 December and 1 January. On 24 and 31 December pharmacies close at 16:00.

## Cafés

Close at 15:00 on 24 and 31 December.

Saltmere follows the Superstore hours above, but closes at 20:00 on 28–30 December in line with its normal hours.
"""))

    D.append(("notice-2026-11-12-christmas-delivery-slots.md", f"""# Christmas Delivery and Collection Slots 2026
Date: 2026-11-12

Christmas slots (Monday 21 to Thursday 24 December 2026) open for booking:

- **Delivery Pass members**: from 07:00 on Monday 16 November 2026
- **Everyone else**: from 07:00 on Wednesday 18 November 2026

## Christmas slot rules

- Standard delivery charge ({DELIVERY_FEE}) applies; free delivery on Christmas slots needs an order of £100 or more (instead of {FREE_DELIVERY}).
- Last home deliveries: 16:00 on 24 December. No deliveries on 25 or 26 December; deliveries restart on 27 December.
- Last click-and-collect slot: 15:00–16:00 on 24 December.
- Express delivery runs until 14:00 on 24 December.
- You can edit your Christmas order until 23:59 on 18 December, but the slot is held only if the order stays at or above the minimum order of {DELIVERY_MIN}.
"""))

    D.append(("notice-2026-06-15-later-delivery-slots.md", f"""# Later Evening Delivery Slots from 15 June 2026
Date: 2026-06-15

From Monday 15 June 2026 home delivery slots run until 22:00 Monday to Saturday, an hour later than before (the last slot used to end at 21:00). Sunday slots stay 09:00–18:00.

- The new 21:00–22:00 slot is available from every store that picks home delivery orders.
- Charges are unchanged: late slots cost the same as any other standard slot.
- Drivers on the last slot will still text a 15-minute arrival window on the morning of delivery.
- Alcohol can be delivered in the late slot, subject to Challenge 25 checks at the door.

The change follows customer feedback from commuters who are rarely home before 21:00.
"""))

    D.append(("notice-2026-04-06-scan-and-go.md", f"""# Scan & Go Now in All Superstores
Date: 2026-04-06

From Monday 6 April 2026, Scan & Go is available in all {fmt_counts['Superstore']} GreenBasket Superstores. Scan items with the GreenBasket app as you shop, bag as you go and pay at a Scan & Go checkout.

- You must be signed in with a Basket Points account.
- Random re-scans help keep prices low for everyone.
- Age-restricted items are approved by a colleague at the checkout.

Scan & Go is not yet available in Market or Local stores.
"""))

    D.append(("notice-2026-02-16-double-points-grown-nearby.md", f"""# Double Basket Points on Grown Nearby Produce
Date: 2026-02-16

From Monday 16 February to Sunday 15 March 2026, Basket Points members earn double points on all fresh produce with the Grown Nearby logo, in store and online. Points are added automatically when you scan your card or app.

- Look for the green map-pin Grown Nearby logo on the pack or shelf label.
- Includes potatoes, carrots, onions, leeks and brassicas from Wendmoor Growers, apples and pears from Fenmoor Orchards, and salad and herbs from Hollowbrook Salad Farm.
- Double points are added to the usual 1 point per £1 and appear in your balance within 48 hours.

See "How We Source: Grown Nearby" for more about our local growers.
"""))

    # recall notices
    for r in RECALLS:
        p = r["product"]
        sup = SUPP[p["supplier"]]
        allergy = "undeclared" in r["reason"]
        what = ("Anyone with an allergy to " + ("almonds or other tree nuts" if "almond" in r["reason"] else "milk") + " should not eat this product.") if allergy else "Do not eat this product."
        D.append((r["file"], f"""# {RECALL_TITLES[r['file']]}
Date: {r['date']}

GreenBasket is recalling **{p['title']}** (product code {p['sku']}) because of {r['reason']}.

## Affected products

| Product | Pack size | Affected codes |
|---|---|---|
| {p['name']} | {p['size']} | {r['codes']} |

No other GreenBasket products or batches are affected.

## What you should do

{what} Return it to any GreenBasket store for a full refund. You do not need a receipt. Basket Points members who bought this product have been contacted by email and in the app.

## Why

The product is made for us by {sup['name']} ({sup['location']}). {'The problem was found during routine testing.' if not allergy else 'A customer report and our own testing confirmed the problem.'}

## Status

Updated status: {r['status']}.

Questions? Call Customer Care on {CARE_PHONE}.
"""))
    return D

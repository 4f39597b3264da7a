RECALL_TITLES = {
 "notice-2026-03-14-recall-sweet-chilli-dipping-sauce.md": "Product Recall: GreenBasket Sweet Chilli Dipping Sauce 250ml",
 "notice-2026-05-19-recall-hollin-raspberry-yoghurt.md": "Product Recall: Hollin Dairy Thick & Creamy Raspberry Yoghurt 450g",
 "notice-2026-08-21-recall-crunchy-peanut-butter.md": "Product Recall: GreenBasket Crunchy Peanut Butter 340g",
 "notice-2026-09-12-recall-smoked-salmon-trimmings.md": "Product Recall: GreenBasket Finest Smoked Salmon Trimmings 120g",
 "notice-2026-10-09-recall-oat-and-honey-granola.md": "Allergy Alert and Recall: GreenBasket Oat & Honey Granola 500g",
 "notice-2026-10-28-recall-plant-kitchen-vegan-pesto.md": "Allergy Alert and Recall: GreenBasket Plant Kitchen Vegan Basil Pesto 140g",
}

STORE_NOTES = {
 "Kettlewick": dict(updated="2026-09-21",
   hours_note="These are the new hours from 21 September 2026, when the store reopened after its refit. Before the refit the store was open 08:00–22:00 Monday to Saturday (Sunday hours have not changed).",
   section="## Refit 2026\n\nThe store closed from Monday 7 September to Sunday 20 September 2026 for a full refit and reopened on Monday 21 September 2026. The refit added longer opening hours, a new in-store pharmacy (the first in Kettlewick), a hot food counter, 16 self-checkouts, Scan & Go and 8 extra EV charging bays (12 in total). See \"Kettlewick Superstore Reopens with Longer Hours and a Pharmacy\"."),
 "Saltmere": dict(updated="2026-10-20",
   hours_note="From Monday 2 November 2026 the store closes at 20:00 Monday to Saturday (previously 22:00). Sunday hours and pharmacy hours are unchanged. For late-evening shopping, GreenBasket Dovecote Lane (Local) is open 06:30–22:30 every day."),
 "Brackenford": dict(updated="2026-10-10",
   section="## Pharmacy closure\n\nThe pharmacy at GreenBasket Brackenford closed permanently at 17:00 on Saturday 31 October 2026 because we were unable to recruit a permanent pharmacist. Prescriptions have been transferred to GreenBasket Hollinsgate pharmacy (about 3.2 miles away) unless the customer chose another pharmacy. The rest of the store, including the café and click-and-collect, is unaffected."),
 "Rookhaven Quay": dict(updated="2026-10-03",
   section="## Opening offer\n\nTo celebrate opening on Saturday 3 October 2026, Basket Points members earn double points on all shopping at Rookhaven Quay until Sunday 1 November 2026."),
}

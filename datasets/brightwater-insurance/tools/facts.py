# Single source of truth for Brightwater Mutual corpus facts.
TODAY = "2026-11-30"
CUTOFF = "2026-05-15"

HOME = {
    "Essentials": dict(buildings="£500,000", contents="£40,000", std_excess="£250", eow_excess="£450", eow_excess_old="£350",
                        storm_excess="£250", subsidence_excess="£1,000", single_article="£1,500", pp="optional add-on, single article limit £1,000",
                        pp_single="£1,000", ad="optional add-on", alt_accom="£10,000", home_em="not available", legal="optional add-on, up to £50,000",
                        unocc="30 days", money="£250", garden="£500", freezer="£300", trace="£2,500", keys="£500", bikes="£500 per cycle (optional)"),
    "Plus": dict(buildings="£750,000", contents="£75,000", std_excess="£200", eow_excess="£350", storm_excess="£200",
                 subsidence_excess="£1,000", single_article="£2,500", pp="included up to £5,000 in total", pp_single="£2,500", pp_single_old="£2,000",
                 ad="optional add-on", alt_accom="£25,000", home_em="optional add-on", legal="optional add-on, up to £50,000",
                 unocc="45 days", money="£500", garden="£1,000", freezer="£500", trace="£5,000", keys="£750", bikes="£1,000 per cycle"),
    "Premier": dict(buildings="£1,500,000", contents="£150,000", std_excess="£100", eow_excess="£250", storm_excess="£100",
                    subsidence_excess="£1,000", single_article="£10,000", pp="included up to £15,000 in total", pp_single="£5,000",
                    ad="included", alt_accom="£50,000", home_em="included", legal="included, up to £100,000",
                    unocc="60 days", money="£1,000", garden="£2,500", freezer="£1,000", trace="£10,000", keys="£1,500", bikes="£2,500 per cycle"),
}

MOTOR = {
    "Comprehensive": dict(compulsory="£300", compulsory_old="£250", young="£350", inexperienced="£200", ws_repair="£25",
                          ws_replace="£120", ws_replace_old="£95", ws_nonapproved="£200", ws_nonapproved_limit="£500",
                          theft_keyless="£500", tp_property="£20,000,000", belongings="£300", audio="£1,000", locks="£1,000",
                          europe="90 days", courtesy="small hatchback while your car is at an approved repairer"),
    "Third Party": dict(tp_property="£20,000,000", europe="90 days"),
}

PET = {
    "Lifetime": dict(vet_limit="£10,000", vet_limit_old="£7,500", excess="£99", copay="20% for dogs aged 8 or over and cats aged 10 or over",
                     liability="£2,000,000", death="£750", boarding="£1,000", complementary="£500", advertising="£1,000", claim_deadline="90 days",
                     travel="£500", dental="£1,000 (accident and illness, subject to an annual check-up)"),
    "Accident-only": dict(vet_limit="£2,500", excess="£75", liability="£2,000,000", death="£750", claim_deadline="90 days",
                          window="12 months from the date of the accident"),
}

COMPLAINTS = dict(ack_days="3 business days", ack_days_old="5 business days", final_weeks="8 weeks", fos_months="6 months",
                  src_days="3 business days", email="resolution@brightwatermutual.co.uk", phone="0345 600 7799")

PHONES = dict(home_claims="0345 600 7710", motor_claims="0345 600 7720", pet_claims="0345 600 7730",
              windscreen="0345 600 7781", home_emergency="0345 600 7744", fraud_line="0345 600 7766",
              complaints="0345 600 7799", vulnerable="0345 600 7755")

# initial reserve table (Claims Reserving Guide)
RESERVES = {
    "Escape of water": "£4,500", "Storm": "£2,200", "Theft (home)": "£3,000", "Fire": "£18,000",
    "Accidental damage (home)": "£900", "Subsidence": "£15,000", "Motor own damage": "£3,800",
    "Motor third party property": "£2,500", "Motor third party injury": "£12,000", "Windscreen": "£350",
    "Motor theft": "£9,500", "Vet fees": "£900",
}

STORM_PROTOCOL = dict(
    v2=dict(trigger="1,500 weather-related claims in 72 hours", desk_limit="£5,000", emerg="none", adjuster_threshold="£5,000"),
    v3=dict(trigger_l1="800 weather-related claims in 48 hours", trigger_l2="2,000 weather-related claims in 48 hours",
            desk_limit="£7,500", emerg="£500", adjuster_threshold="£7,500", callback="24 hours"),
)

GARAGE_LEFT = dict(name="Hartcliffe Motor Body Ltd", town="Bristol", date="2026-08-31", replacement="Avonmouth Crash Repair Centre")
GARAGE_JOINED = [
    dict(name="Kestrel Accident Repair Centre", town="Leeds", date="2026-09-07", phone="0113 496 0712",
         spec=["Aluminium body repair", "ADAS calibration", "Electric and hybrid vehicles"]),
    dict(name="Tamarind Bodyworks", town="Norwich", date="2026-10-01", phone="01603 550 318",
         spec=["Prestige and luxury vehicles", "Paint matching and refinishing", "Courtesy cars (automatic available)"]),
]

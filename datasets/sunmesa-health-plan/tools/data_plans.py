# Core facts for Sun Mesa Health (fictional). Single source of truth for generated pages.
TODAY = "2026-11-16"
CUTOFF = "2026-06-30"

PHONES = {
    "member_services": "1-800-555-0143",
    "tty": "711",
    "nurseline": "1-800-555-0177",
    "pharmacy_help": "1-800-555-0150",
    "behavioral": "1-800-555-0188",
    "pa_phone": "1-800-555-0160",
    "pa_fax_medical": "1-888-555-0161",
    "pa_fax_pharmacy": "1-888-555-0162",
    "appeals_fax": "1-888-555-0166",
    "mail_order": "1-800-555-0155",
    "specialty": "1-800-555-0158",
    "ride": "1-800-555-0171",
    "clearview_phone": "1-800-555-0190",
    "clearview_fax": "1-888-555-0195",
    "claims_fax": "1-888-555-0168",
}
APPEALS_ADDRESS = "Sun Mesa Health Appeals & Grievances, P.O. Box 41870, Tucson, AZ 85717-1870"
CLAIMS_ADDRESS = "Sun Mesa Health Member Claims, P.O. Box 41855, Tucson, AZ 85717-1855"
MS_HOURS = "Monday–Friday, 7 a.m.–7 p.m., and Saturday, 8 a.m.–1 p.m. (local time)"

PLAN_ORDER = ["CU", "TQ", "SS", "SG", "DB"]

PLANS = {
    "CU": dict(
        name="Copper Saver HMO", short="Copper Saver", metal="Bronze", kind="HMO", market="Individual & Family (ACA Marketplace)",
        referrals=True, network="Sun Mesa Select network",
        ded="$6,800 individual / $13,600 family", oop="$9,200 individual / $18,400 family",
        oon_ded=None, oon_oop=None,
        pcp="$45 (deductible does not apply)", specialist="$95 after deductible", virtual="$0", virtual_old="$10",
        urgent="$85", er="$750 after deductible", ambulance="40% after deductible",
        inpatient="40% after deductible", outpatient_surgery="40% after deductible",
        imaging="40% after deductible", xray="$60", lab="$25",
        mh_office="$45", mh_inpatient="40% after deductible",
        rehab="$60 per visit", rehab_limit="30 visits per year (physical, occupational and speech therapy combined)",
        chiro="Not covered", acupuncture="Not covered",
        preventive="$0", prenatal="$0", delivery="40% after deductible",
        snf="40% after deductible (up to 25 days per year)", home_health="40% after deductible (up to 60 visits per year)",
        dme="40% after deductible", hospice="$0",
        oon="Not covered except emergency care and approved out-of-network referrals",
        vision="Children under 19: one eye exam and one pair of glasses per year at $0. Adults: not covered.",
        dental="Children under 19: preventive dental at $0. Adults: not covered.",
        premium="Varies by age, county and tax credit",
    ),
    "TQ": dict(
        name="Turquoise Value HMO", short="Turquoise Value", metal="Silver", kind="HMO", market="Individual & Family (ACA Marketplace)",
        referrals=True, network="Sun Mesa Select network",
        ded="$3,500 individual / $7,000 family", oop="$8,000 individual / $16,000 family",
        oon_ded=None, oon_oop=None,
        pcp="$25", specialist="$65", virtual="$0", virtual_old="$10",
        urgent="$50", er="$450 after deductible", ambulance="30% after deductible",
        inpatient="30% after deductible", outpatient_surgery="30% after deductible",
        imaging="30% after deductible", xray="$40", lab="$15",
        mh_office="$25", mh_inpatient="30% after deductible",
        rehab="$40 per visit", rehab_limit="30 visits per year (physical, occupational and speech therapy combined)",
        chiro="$35 per visit (up to 12 visits per year)", acupuncture="Not covered",
        preventive="$0", prenatal="$0", delivery="30% after deductible",
        snf="30% after deductible (up to 25 days per year)", home_health="30% after deductible (up to 60 visits per year)",
        dme="30% after deductible", hospice="$0",
        oon="Not covered except emergency care and approved out-of-network referrals",
        vision="Children under 19: one eye exam and one pair of glasses per year at $0. Adults: not covered.",
        dental="Children under 19: preventive dental at $0. Adults: not covered.",
        premium="Varies by age, county and tax credit",
    ),
    "SS": dict(
        name="Sandstone Choice PPO", short="Sandstone Choice", metal="Gold", kind="PPO", market="Individual & Family and Small Group",
        referrals=False, network="Sun Mesa Choice PPO network",
        ded="$1,500 individual / $3,000 family (in-network)", oop="$6,000 individual / $12,000 family (in-network)",
        oon_ded="$4,000 individual / $8,000 family", oon_oop="$14,000 individual / $28,000 family",
        pcp="$20", specialist="$45", virtual="$0", virtual_old="$10",
        urgent="$40", er="$350 (deductible waived)", ambulance="20% after deductible",
        inpatient="20% after deductible", outpatient_surgery="20% after deductible",
        imaging="$250 per scan", xray="$30", lab="$0",
        mh_office="$20", mh_inpatient="20% after deductible",
        rehab="$30 per visit", rehab_limit="40 visits per year (physical, occupational and speech therapy combined)",
        chiro="$30 per visit (up to 20 visits per year)", acupuncture="Not covered",
        preventive="$0", prenatal="$0", delivery="20% after deductible",
        snf="20% after deductible (up to 60 days per year)", home_health="20% after deductible (up to 100 visits per year)",
        dme="20% after deductible", hospice="$0",
        oon="50% after the out-of-network deductible",
        vision="Children under 19: exam and glasses at $0. Adults: one routine eye exam per year for a $20 copay.",
        dental="Children under 19: preventive dental at $0. Adults: not covered.",
        premium="Varies by age, county and employer contribution",
    ),
    "SG": dict(
        name="Saguaro Premier PPO", short="Saguaro Premier", metal="Platinum", kind="PPO", market="Individual & Family and Small Group",
        referrals=False, network="Sun Mesa Choice PPO network",
        ded="$500 individual / $1,000 family (in-network)", oop="$3,500 individual / $7,000 family (in-network)",
        oon_ded="$2,000 individual / $4,000 family", oon_oop="$8,000 individual / $16,000 family",
        pcp="$10", specialist="$30", virtual="$0", virtual_old="$0",
        urgent="$30", er="$250", ambulance="$150 per trip",
        inpatient="$500 per admission", outpatient_surgery="$250 per procedure",
        imaging="$100 per scan", xray="$0", lab="$0",
        mh_office="$10", mh_inpatient="$500 per admission",
        rehab="$20 per visit", rehab_limit="60 visits per year (physical, occupational and speech therapy combined)",
        chiro="$20 per visit (up to 30 visits per year)", acupuncture="$20 per visit (up to 20 visits per year)",
        preventive="$0", prenatal="$0", delivery="$500 per admission",
        snf="$0 (up to 100 days per year)", home_health="$0 (up to 120 visits per year)",
        dme="10% coinsurance", hospice="$0",
        oon="40% after the out-of-network deductible",
        vision="Adults and children: one routine eye exam per year at $0 and a $150 allowance for glasses or contacts.",
        dental="Children under 19: preventive dental at $0. Adults: not covered.",
        premium="Varies by age, county and employer contribution",
    ),
    "DB": dict(
        name="Desert Bloom Medicare Advantage HMO", short="Desert Bloom", metal="Medicare Advantage (Part C + Part D)", kind="HMO", market="Medicare",
        referrals=True, network="Desert Bloom Medicare network",
        ded="$0 (medical) / $0 (Part D)", oop="$4,900 (in-network maximum out-of-pocket)",
        oon_ded=None, oon_oop=None,
        pcp="$0", specialist="$35", virtual="$0", virtual_old="$0",
        urgent="$40", er="$110 (waived if admitted within 24 hours)", ambulance="$275 per one-way trip",
        inpatient="$325 per day for days 1–5; $0 for days 6–90", outpatient_surgery="$250 at an ambulatory surgery center; $300 at a hospital outpatient department",
        imaging="$150", xray="$15", lab="$0",
        mh_office="$30", mh_inpatient="$300 per day for days 1–5; $0 for days 6–90",
        rehab="$30 per visit", rehab_limit="No annual visit limit when medically necessary",
        chiro="$20 per visit (Medicare-covered spinal manipulation only)", acupuncture="$20 per visit (Medicare-covered, chronic low back pain, up to 20 visits per year)",
        preventive="$0", prenatal="$0", delivery="$325 per day for days 1–5",
        snf="$0 per day for days 1–20; $214 per day for days 21–100", home_health="$0",
        dme="20% coinsurance", hospice="Covered by Original Medicare",
        oon="Not covered except emergencies, urgent care and out-of-area dialysis",
        vision="Routine eye exam $0 once a year; $200 allowance for eyewear per year.",
        dental="Preventive dental $0 (2 cleanings and exams per year); $1,500 yearly allowance for comprehensive dental.",
        premium="$0 per month (you must keep paying your Medicare Part B premium)",
    ),
}

DB_EXTRAS = dict(
    otc="$50 per quarter for over-the-counter health items (unused amounts do not roll over)",
    fitness="Mesa Fit fitness program at $0",
    transport="24 one-way trips per year to plan-approved health locations through RideMesa",
    hearing="Hearing aids for $499 or $799 per aid (up to 2 aids per year) through the plan's hearing vendor; routine hearing exam $0",
)

# Prescription drug tiers. 30-day retail copays.
TIER_NAMES = {1: "Tier 1 – Preferred generic", 2: "Tier 2 – Generic", 3: "Tier 3 – Preferred brand",
              4: "Tier 4 – Non-preferred brand", 5: "Tier 5 – Specialty"}
TIER_COPAY = {
    "CU": {1: "$10", 2: "$25", 3: "$100", 4: "$200", 5: "40% (max $500)"},
    "TQ": {1: "$5", 2: "$15", 3: "$60", 4: "$120", 5: "30% (max $350)"},
    "SS": {1: "$3", 2: "$10", 3: "$45", 4: "$90", 5: "25% (max $250)"},
    "SG": {1: "$0", 2: "$5", 3: "$30", 4: "$60", 5: "20% (max $150)"},
    "DB": {1: "$0", 2: "$10", 3: "$47", 4: "40%", 5: "33%"},
}
TQ_T2_OLD = "$20"  # before 2026-10-01
INSULIN_CAP = "$35"

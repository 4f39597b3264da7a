# Single source of truth for Fibreval corpus facts (current values = as of "today" 2026-11-16).
TODAY = "2026-11-16"
CUTOFF = "2026-06-30"
PHONE = "1-855-555-0199"
PHONE_BIZ = "1-855-555-0177"
REGION_EN = "Upper Sauvenay"
REGION_FR = "Haute-Sauvenay"

# Fibre plans: name, down, up, old_price, new_price, status
FIBRE = [
    dict(key="fibre-50", name="Fibre 50", down=50, up=10, old=45, new=None, status="retired",
         note_en="Retired on 2026-09-30. Existing customers were moved to Fibre 100 at their old price for 12 months.",
         note_fr="Retiré le 2026-09-30. Les clients existants ont été transférés à Fibre 100 à leur ancien prix pendant 12 mois."),
    dict(key="fibre-100", name="Fibre 100", down=100, up=20, old=55, new=59, status="active"),
    dict(key="fibre-300", name="Fibre 300", down=300, up=50, old=70, new=75, status="active"),
    dict(key="fibre-500", name="Fibre 500", down=500, up=100, old=85, new=85, status="active"),
    dict(key="fibre-giga", name="Fibre Giga", down=1000, up=500, old=105, new=99, status="active",
         note_en="Called Fibre 1G until 2026-08-15, when it was renamed Fibre Giga and the price dropped from $105 to $99.",
         note_fr="S'appelait Fibre 1G jusqu'au 2026-08-15; renommé Fibre Giga et prix réduit de 105 $ à 99 $."),
    dict(key="fibre-3g", name="Fibre 3G", down=3000, up=3000, old=None, new=135, status="active",
         note_en="New plan launched on 2026-08-15, available only in towns listed as Fibre 3G-ready.",
         note_fr="Nouveau forfait lancé le 2026-08-15, offert seulement dans les municipalités prêtes pour Fibre 3G."),
]
# Fixed wireless (rural)
RURAL = [
    dict(key="rural-25", name="Sans-fil Rural 25", down=25, up=5, price=50, cap=400),
    dict(key="rural-50", name="Sans-fil Rural 50", down=50, up=10, price=65, cap=750),
]
OVERAGE = "$2.50 per additional 10 GB, up to a maximum of $50 per month"
OVERAGE_FR = "2,50 $ par tranche de 10 Go supplémentaire, jusqu'à un maximum de 50 $ par mois"

TV = [
    dict(key="televal-essentiel", name="TéléVal Essentiel", channels=25, old=25, new=28),
    dict(key="televal-franco", name="TéléVal Franco", channels=40, old=35, new=35),
    dict(key="televal-plus", name="TéléVal Plus", channels=80, old=45, new=45),
    dict(key="televal-sport", name="TéléVal Sport", channels=95, old=55, new=55),
    dict(key="televal-complet", name="TéléVal Complet", channels=160, old=75, new=79),
]
MOBILE = [
    dict(key="mobile-5", name="Mobile 5", data=5, old=30, new=30),
    dict(key="mobile-30", name="Mobile 30", data=30, old=45, new=45, note_en="Called Mobile 20 (20 GB) until 2026-09-01; renamed Mobile 30 with 30 GB at the same $45 price.",
         note_fr="S'appelait Mobile 20 (20 Go) jusqu'au 2026-09-01; renommé Mobile 30 avec 30 Go au même prix de 45 $."),
    dict(key="mobile-60", name="Mobile 60", data=60, old=55, new=58),
    dict(key="mobile-illimite", name="Mobile Illimité", data=None, old=70, new=70),
    dict(key="mobile-senior", name="Mobile Aîné", data=3, old=25, new=25),
]

# Fees: (key, label_en, label_fr, old, new)
FEES = [
    ("install", "Installation fee", "Frais d'installation", "$99", "$129"),
    ("late", "Late payment fee", "Frais de retard de paiement", "$15", "$19"),
    ("etf", "Early termination fee", "Frais de résiliation anticipée", "$20 per remaining month, maximum $240", "$15 per remaining month, maximum $180"),
    ("tech", "Technician visit fee (customer-caused issue)", "Frais de visite de technicien (problème causé par le client)", "$75", "$85"),
    ("paper", "Paper bill fee", "Frais de facture papier", "$2.50 per month", "$3.00 per month"),
    ("nsf", "Returned payment (NSF) fee", "Frais de paiement refusé", "$25", "$25"),
    ("reconnect", "Reconnection fee", "Frais de reconnexion", "$35", "$35"),
    ("move", "Service transfer (moving) fee", "Frais de déménagement de service", "$49", "$49"),
]
FEE_DATE = "2026-09-01"
RETURN_WINDOW_OLD = 30
RETURN_WINDOW_NEW = 21

EQUIP = [
    dict(key="fv-borealis-2", name="FV-Borealis 2", kind="Fibre gateway (modem/router)", wifi="Wi-Fi 5", launched="2021-03-01", status="legacy", reset=10, unret="$120", admin="192.168.10.1"),
    dict(key="fv-borealis-3", name="FV-Borealis 3", kind="Fibre gateway (modem/router)", wifi="Wi-Fi 6", launched="2023-05-15", status="current (no longer issued for new installs since 2026-08-15)", reset=10, unret="$180", admin="192.168.10.1"),
    dict(key="fv-aurora-x7", name="FV-Aurora X7", kind="Fibre gateway (modem/router)", wifi="Wi-Fi 7", launched="2026-08-15", status="current, standard for new installs", reset=15, unret="$250", admin="192.168.50.1"),
    dict(key="fv-relais-m1", name="FV-Relais M1", kind="Mesh Wi-Fi extender", wifi="Wi-Fi 6", launched="2023-05-15", status="current", reset=8, unret="$80", admin="managed from the gateway"),
    dict(key="fv-relais-m2", name="FV-Relais M2", kind="Mesh Wi-Fi extender", wifi="Wi-Fi 7", launched="2026-08-15", status="current", reset=8, unret="$110", admin="managed from the gateway"),
    dict(key="fv-onyx-100", name="FV-Onyx 100", kind="Optical network terminal (ONT)", wifi="none", launched="2020-01-10", status="current", reset=None, unret="$60", admin="none"),
    dict(key="tvb-400", name="TVB-400", kind="TéléVal 4K TV box", wifi="Wi-Fi 5 client", launched="2022-09-01", status="current", reset=20, unret="$95", admin="none"),
    dict(key="fv-ciel-r5", name="FV-Ciel R5", kind="Fixed wireless outdoor unit", wifi="none", launched="2022-04-01", status="current", reset=12, unret="$150", admin="192.168.88.1"),
]

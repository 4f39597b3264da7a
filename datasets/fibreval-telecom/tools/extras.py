# Pools of optional sections appended to short generated pages (facts consistent with facts.py)
P = {}
P["channel"] = [
 "## HD and 4K\n\nHD versions are 500 numbers above the SD channel. All TVB-400 boxes decode HD; 4K events are shown on the 900-series channels when available.",
 "## Recording\n\nPrograms on this channel can be recorded with the cloud PVR. Recordings are kept for 12 months or until the storage included in your package is full.",
 "## Adding or removing channels\n\nÀ la carte changes take effect within 15 minutes and are prorated on your next bill. You can remove an à la carte channel at any time without a fee.",
 "## Accessibility\n\nClosed captions are available on most programs. Press the OPTIONS button on the TVB-400 remote and choose Captions.",
 "## Channel numbers\n\nFibreval may renumber channels with 30 days' notice. The on-screen guide always shows the current number.",
 "## Parental controls\n\nUse the parental PIN on the TVB-400 to lock this channel or programs above a chosen rating.",
]
P["chaine"] = [
 "## HD et 4K\n\nLa version HD se trouve 500 numéros plus haut que la chaîne SD. Tous les boîtiers TVB-400 captent la HD.",
 "## Enregistrement\n\nLes émissions peuvent être enregistrées avec l'enregistreur infonuagique. Les enregistrements sont conservés 12 mois ou jusqu'à ce que l'espace inclus soit plein.",
 "## Ajouter ou retirer des chaînes\n\nLes changements à la carte prennent effet en 15 minutes et sont calculés au prorata sur la prochaine facture. Aucuns frais pour retirer une chaîne.",
 "## Accessibilité\n\nLe sous-titrage codé est offert pour la plupart des émissions. Appuyez sur OPTIONS sur la télécommande et choisissez Sous-titres.",
 "## Contrôle parental\n\nUtilisez le NIP parental du TVB-400 pour verrouiller cette chaîne ou les émissions au-dessus d'une cote choisie.",
]
P["maintenance"] = [
 "## What to expect\n\nDuring the interruption your gateway light may change colour and the TV box may restart. Service returns by itself; you do not need to call.",
 "## Mobile and emergency calls\n\nMobile service is not affected unless stated above. Home phone customers without a battery backup cannot call 911 during the interruption; use a mobile phone.",
 "## Why at night?\n\nFewer than 3% of customers are online between 02:00 and 05:00, so work in this window disturbs the fewest people.",
 "## If service does not come back\n\nIf you are still offline at 07:00, restart your gateway by unplugging it for 30 seconds, then check *How to Check for an Outage in Your Area*.",
 "## Changes to the schedule\n\nIf the work is postponed because of weather or equipment delays, this page is updated and a new date is published at least 48 hours in advance.",
]
P["entretien"] = [
 "## À quoi s'attendre\n\nPendant l'interruption, le voyant de votre passerelle peut changer de couleur et le boîtier télé peut redémarrer. Le service revient de lui-même.",
 "## Mobile et appels d'urgence\n\nLe service mobile n'est pas touché sauf indication contraire. Sans batterie de secours, la téléphonie résidentielle ne permet pas d'appeler le 911 pendant l'interruption.",
 "## Si le service ne revient pas\n\nSi vous êtes encore hors ligne à 7 h, redémarrez votre passerelle (débranchez-la 30 secondes), puis consultez *Comment vérifier s'il y a une panne dans votre secteur*.",
 "## Report des travaux\n\nSi les travaux sont reportés à cause de la météo, cette page est mise à jour et une nouvelle date est publiée au moins 48 heures à l'avance.",
]
P["outage"] = [
 "## Emergency calls\n\nDuring an outage, home phone lines without a battery backup cannot reach 911. Use a mobile phone if one is available.",
 "## Staying informed\n\nTurn on text alerts in the Network status page of Espace Client Fibreval to be told when service is back.",
 "## Business customers\n\nBusiness accounts with a service level agreement are credited according to their contract; call 1-855-555-0177.",
]
P["panne"] = [
 "## Appels d'urgence\n\nPendant une panne, les lignes résidentielles sans batterie de secours ne permettent pas d'appeler le 911. Utilisez un cellulaire.",
 "## Rester informé\n\nActivez les alertes texto dans la page État du réseau de l'Espace Client Fibreval.",
 "## Clients d'affaires\n\nLes comptes d'affaires avec entente de niveau de service sont crédités selon leur contrat; composez le 1-855-555-0177.",
]
P["help"] = [
 "## Before you start\n\nMake sure the gateway has been on for at least 5 minutes and that its status light shows it is online.",
 "## Need more help?\n\nCall 1-855-555-0199 (every day 7:00-23:00) or use live chat in Espace Client Fibreval, available 24/7. Have your 12-digit account number ready.",
 "## Technician visits\n\nIf a technician visit is needed and the problem turns out to be caused by customer equipment or settings, the technician visit fee in the *Fees and Charges Schedule* applies.",
 "## Related articles\n\n- *How to Check for an Outage in Your Area*\n- *Troubleshoot Slow Wi-Fi*\n- The lights page for your device",
 "## Safety\n\nNever look into the green fibre connector on the FV-Onyx 100 and do not bend the fibre cable.",
]
P["aide"] = [
 "## Avant de commencer\n\nAssurez-vous que la passerelle est allumée depuis au moins 5 minutes et que son voyant indique qu'elle est en ligne.",
 "## Besoin d'aide?\n\nAppelez le 1-855-555-0199 (tous les jours de 7 h à 23 h) ou clavardez dans l'Espace Client Fibreval, 24 h sur 24. Ayez votre numéro de compte à 12 chiffres en main.",
 "## Visites de technicien\n\nSi un technicien doit se déplacer et que le problème vient de l'équipement ou des réglages du client, les frais de visite prévus dans la *Grille des frais* s'appliquent.",
 "## Sécurité\n\nNe regardez jamais dans le connecteur vert de fibre du FV-Onyx 100 et ne pliez pas le câble de fibre.",
]
P["plan"] = [
 "## How to order\n\nOrder online in Espace Client Fibreval, by phone at 1-855-555-0199 or in any Fibreval store. Changes between plans are free and take effect the same day.",
 "## Agreements\n\nYou can take this plan month-to-month or with a 24-month agreement, which waives the installation fee. The early termination fee is described in *Early Termination Policy*.",
 "## Taxes\n\nPrices exclude GST/HST and provincial sales tax.",
 "## Bundles\n\nAdding a Fibreval mobile line to a fibre plan gives a $5/month discount on the mobile line.",
]
P["forfait"] = [
 "## Comment s'abonner\n\nAbonnez-vous dans l'Espace Client Fibreval, au 1-855-555-0199 ou en magasin. Les changements de forfait sont gratuits et prennent effet le jour même.",
 "## Ententes\n\nForfait offert au mois ou avec une entente de 24 mois, qui annule les frais d'installation.",
 "## Taxes\n\nLes prix excluent la TPS et la TVQ.",
 "## Regroupement\n\nUne ligne mobile ajoutée à un forfait fibre donne un rabais de 5 $ par mois sur la ligne mobile.",
]
P["promo"] = [
 "## General conditions\n\nOne promotion per service. Prices exclude taxes. Fibreval may end a promotion early with notice on this page.",
 "## How to claim\n\nEnter the promo code when ordering online or give it to an agent. Codes cannot be applied after the order is completed.",
 "## After the promotion\n\nWhen the promotional period ends, the regular monthly price in effect at that time applies.",
]
P["promofr"] = [
 "## Conditions générales\n\nUne promotion par service. Prix avant taxes. Le code doit être fourni au moment de la commande.",
 "## Après la promotion\n\nÀ la fin de la période promotionnelle, le prix mensuel régulier en vigueur à ce moment s'applique.",
 "## Comment en profiter\n\nEntrez le code promo lors de la commande en ligne ou donnez-le à un agent. Un code ne peut pas être ajouté après la commande.",
]
P["store"] = [
 "## What to bring\n\nBring photo ID and your account number. For equipment returns, bring all cables and the power adapter.",
 "## Payments\n\nThe store accepts debit, credit and cash for bill payments.",
 "## Holidays\n\nStores are closed on statutory holidays. Hours on December 24 and 31 close at 15:00.",
]
P["magasin"] = [
 "## Quoi apporter\n\nUne pièce d'identité avec photo et votre numéro de compte. Pour un retour d'équipement, apportez tous les câbles et le bloc d'alimentation.",
 "## Paiements\n\nLe magasin accepte le débit, le crédit et l'argent comptant.",
 "## Jours fériés\n\nLes magasins sont fermés les jours fériés. Les 24 et 31 décembre, ils ferment à 15 h.",
]
P["equipement"] = P["aide"]
P["equipment"] = P["help"]
P["incident"] = P["outage"]
P["secteur"] = P["forfait"]
P["service"] = P["plan"]

def kind_of(fname):
    k = fname.split("-")[0].split(".")[0]
    return k

#!/usr/bin/env python3
"""Write eval/routing.jsonl, eval/qa.jsonl and tools/label-notes.md; verify every rag/both fact by grep."""
import json, os, random
HERE = os.path.dirname(__file__); C = os.path.join(HERE, "..", "corpus")

# (query, route, [source files], [strings that must appear in those sources])
RAG = [
 ("how much is fibre 300 a month now?", ["plan-fibre-300.md"], ["$75"]),
 ("c combien fibre giga par mois", ["forfait-fibre-giga.md"], ["99 $"]),
 ("aurora x7 ring blinking orange what does that mean", ["help-fv-aurora-x7-lights.md"], ["No fibre signal"]),
 ("How many seconds do you hold the reset button on a Borealis 3 to factory reset it", ["help-fv-borealis-3-reset.md"], ["10 seconds"]),
 ("is the valmarin store open mondays", ["store-valmarin.md"], ["closed on Mondays"]),
 ("ou est rendu le magasin sauvenay centre? ils ont demenagé je pense", ["avis-2026-09-29-demenagement-magasin-sauvenay-centre.md"], ["850 boulevard des Érables"]),
 ("Data cap on Sans-fil Rural 50?", ["plan-rural-50.md"], ["750 GB"]),
 ("frais de retard de paiement fibreval combien", ["grille-des-frais.md"], ["19 $"]),
 ("when was service restored after the port-ardoise outage on nov 8", ["outage-2026-11-08-port-ardoise.md"], ["2026-11-09 06:05"]),
 ("what channel is Boréal Séries on", ["channel-boreal-series.md"], ["| SD channel | 203 |"]),
 ("Can I get Fibre 3G in Tillmore yet?", ["service-area-tillmore.md"], ["Fibre 3G (since 2026-10-14)"]),
 ("TVB-400 says E-212", ["help-error-e-212.md"], ["Remote not paired"]),
 ("j'ai combien de jours pour rapporter mon modem apres avoir annulé", ["politique-retour-equipement.md"], ["21 jours"]),
 ("Deadline to put my credit card back on autopay after the billing change?", ["billing-system-migration-clarte.md"], ["2026-11-30"]),
 ("le forfait fibre 50 existe tu encore", ["forfait-fibre-50.md"], ["2026-09-30"]),
 ("what happened to the Mobile 20 plan", ["notice-2026-08-25-mobile-20-becomes-mobile-30.md"], ["Mobile 30", "30 GB"]),
 ("How many customers were hit by the route 209 fibre cut in October?", ["incident-2026-10-21-route-209-fibre-cut.md"], ["14,200"]),
 ("apres combien de jours je peux aller a l'ORPT si fibreval regle pas ma plainte", ["processus-de-plainte.md"], ["30 jours après votre première plainte"]),
 ("harrowby falls store sunday hours?", ["store-harrowby-falls.md"], ["| Sun | 12:00-16:00 |"]),
 ("Entretien à Sainte-Clotaire le 25 novembre, c'est à quelle heure?", ["entretien-2026-11-25-sainte-clotaire.md"], ["02:00-05:00"]),
 ("typical install lead time in Saint-Ébrin", ["service-area-saint-ebrin.md"], ["3 business days"]),
 ("When does the double data mobile promo end", ["promo-2026-double-data-mobile.md"], ["2026-12-31"]),
 ("paper bill fee amount?", ["fees-and-charges-schedule.md"], ["$3.00 per month"]),
 ("aurora x7 admin page ip", ["equipment-fv-aurora-x7.md"], ["192.168.50.1"]),
 ("If I don't return my TVB-400 what do they charge me", ["fees-and-charges-schedule.md"], ["| TVB-400 | $95 |"]),
 ("do i get a credit automatically if my internet is down for a whole day?", ["service-credit-policy-outages.md"], ["12 consecutive hours or more"]),
 ("mon nouveau numero de compte a combien de chiffres", ["avis-2026-09-15-migration-facturation-clarte.md"], ["12 chiffres"]),
 ("tech visit fee when the problem was on my end?", ["fees-and-charges-schedule.md"], ["$85"]),
 ("cause de la panne à Valmarin le 17 octobre?", ["panne-2026-10-17-valmarin.md"], ["rongeurs"]),
 ("G-135 sur ma borealis 3 ça veut dire quoi", ["help-error-g-135.md"], ["WAN port disconnected"]),
]

BOTH = [
 ("Reply to Jenna Kowalski, case 55-201337. She says her Fibre 300 bill went up and wants to know by how much and why. Tell her the new monthly price and when it changed, and that fixed-term customers keep their price. Sign Alex.", ["notice-2026-07-20-price-changes-september.md"], ["| Fibre 300 | $70 | $75 |"]),
 ("réponds au client (dossier 48-330912, M. Gauthier) qui veut rapporter son modem vu que le magasin de Brimwick a fermé. donne l'adresse et les heures du magasin le plus proche. signé Julie", ["notice-2026-09-10-brimwick-store-closing.md"], ["88 Mill Road"]),
 ("email reply for case 61-775020: customer Bruce Allard wants to cancel his 24-month agreement, 8 months left. tell him exactly what the early termination fee will be. agent: Nadia", ["early-termination-policy.md"], ["$15 for each remaining month"]),
 ("Draft a reply to Carol Pike (case 70-118245). She's on Sans-fil Rural 25 and got an email saying she's close to her data limit, she didn't know there was one. Explain her monthly cap and what going over costs. Sign as Ben", ["plan-rural-25.md"], ["400 GB", "$2.50 per additional 10 GB"]),
 ("Rédige une réponse à Mme Paquin, dossier 52-640017 : elle a eu des frais de retard sur sa facture échue le 12 octobre, pendant le changement de système. Explique ce qu'on fait avec ces frais. Agent Maxime", ["faq-migration-facturation.md"], ["entre le 2026-10-05 et le 2026-10-31 sont annulés"]),
 ("Customer on Fibre 50 (case 66-904411, Dale Whitford) is asking what happens to his plan now. Write the reply with what he'll be moved to and what he'll pay. -Carla", ["notice-2026-08-20-fibre-50-retirement.md"], ["$45/month for 12 months"]),
 ("reply to Lac-Tourmelin customer Ingrid Soto, case 58-221904, she wants compensation for the Oct 21 outage. tell her what credit she gets and whether she has to ask for it. Tom", ["incident-2026-10-21-route-209-fibre-cut.md"], ["two days of monthly service fees", "No request is needed"]),
 ("courriel pour Mme Bélanger (dossier 49-550381): elle veut aller au magasin Sauvenay Centre dimanche, donne-lui la nouvelle adresse pis les heures du dimanche. Sophie", ["avis-2026-09-29-demenagement-magasin-sauvenay-centre.md"], ["850 boulevard des Érables", "dim 12 h-17 h"]),
 ("Visit summary: WO-884210, Nov 12, tech L. Ferland, 77 rue Wilfrid-Hamel, Sauvenay. Swapped cust's FV-Borealis 3 (SN40018822) for FV-Aurora X7 (SN91330457) under the Giga upgrade. Cust keeping the old unit to drop off later - in the follow-up put the return deadline and what we charge if the Borealis 3 never comes back.", ["equipment-return-policy.md"], ["21 days", "FV-Borealis 3 $180"]),
 ("field notes WO-772019 / 12 Elm Cres, Kelderby / Nov 3 / tech S. Ouimet: no internet, our line + aurora fine, cust's own mesh had DHCP off, fixed. customer-caused so standard tech visit fee applies - put the amount in the summary", ["fees-and-charges-schedule.md"], ["| Technician visit fee (customer-caused issue) | $85 |"]),
 ("résumé de visite svp: WO-650318, 4 nov, tech M. Caron, 9 rang du Moulin, Roche-Fendue. voyant LOS du FV-Onyx 100 rouge clignotant, connecteur fibre sale au mur, nettoyé, voyant PON vert fixe après. dans les constats explique ce que veulent dire le LOS clignotant et le PON vert fixe selon notre doc", ["equipment-fv-onyx-100.md"], ["| LOS | blinking red | loss of optical signal |", "| PON | solid green | fibre link up |"]),
 ("Write up WO-901547 (tech R. Abboud, Nov 10, 318 Shoreline Dr, Ostrander Bay): Aurora X7 frozen, did factory reset, restored wifi settings, speed 940/480 wired. Customer wants to do the reset herself next time so add how long she has to hold the button.", ["help-fv-aurora-x7-reset.md"], ["15 seconds"]),
 ("Customer maintenance notice for job MNT-261119-RIVI (fibre splicing). Use the posted window and list all the towns on that job.", ["maintenance-2026-11-19-riviere-claquette.md"], ["2026-11-19, 02:00-05:30", "Rivière-Claquette, Millhaven Cross, Fenwick Landing"]),
 ("avis de fin de panne pour Port-Ardoise (panne du 8 nov, Internet et mobile). mets l'heure de rétablissement pis dis si y'a un crédit automatique", ["outage-2026-11-08-port-ardoise.md"], ["2026-11-09 06:05", "automatic prorated credit"]),
 ("All-clear notice for the route 209 outage on Oct 21 — list every affected town and the restoration time, and mention the goodwill credit.", ["outage-2026-10-21-route-209-major-outage.md"], ["13:40", "Corbeau-Rouge", "two days of service"]),
 ("maintenance notice for Lac-des-Cendres, Nov 16, antenna work on the mobile tower. fill in the window + expected interruption", ["maintenance-2026-11-16-lac-des-cendres.md"], ["02:00-05:30", "up to 5 minutes"]),
 ("Prépare l'avis de travaux planifiés pour Sainte-Clotaire le 25 novembre (remplacement d'encodeurs télé). Il me manque la plage horaire et la durée d'interruption dans mes notes.", ["entretien-2026-11-25-sainte-clotaire.md"], ["2026-11-25, 02:00-05:00", "jusqu'à 5 minutes"]),
 ("resolved notice for the Drummel mobile outage that started Nov 5 at 13:20 (ice on aerial fibre). need the restore time in it + whether there's a credit", ["outage-2026-11-05-drummel.md"], ["2026-11-06 15:20", "automatic prorated credit"]),
 ("Customer pasted this line from her new bill and wants it explained plainly: 'Transition adjustment  -$14.20'. Explain what it is and whether it'll show up again.", ["faq-billing-migration.md"], ["Transition adjustment", "It appears once"]),
 ("explique en mots simples à un client de 70 ans la ligne « Frais de facture papier 3,00 $ » sur sa facture, et dis-lui s'il peut en être exempté", ["grille-des-frais.md"], ["Aucuns frais pour les 65 ans et plus"]),
 ("Plain-language explanation of our early termination clause (ToS section 5) for a customer who's thinking of leaving, with the actual amounts.", ["tos-05-term-and-termination.md"], ["$15 per remaining month", "maximum of $180"]),
 ("Explain simply to a Sans-fil Rural 50 customer what the data cap section of our terms means for her plan, with her cap and the overage cost", ["tos-08-data-caps-and-fair-use.md"], ["750 GB", "$2.50 per additional 10 GB"]),
 ("cust bill line: 'Fibre Giga - GIGA79 promo $79.00'. explain it in plain words + tell them how long the promo price lasts and what it goes to after", ["promo-2026-autumn-fibre-giga.md"], ["$79/month for 12 months", "regular price $99"]),
 ("Explique au client la politique de crédit pour les pannes en langage clair, il a eu une panne de 14 heures la semaine passée", ["politique-credit-pannes.md"], ["12 heures consécutives ou plus"]),
 ("Reply to Amir Nasser (case 57-310668): he just moved to Cressington and asks if he can get Fibre 3G there and what it costs. Sign Alisha.", ["service-area-cressington.md", "plan-fibre-3g.md"], ["Fibre 3G (since 2026-10-20)", "$135"]),
 ("réponse courriel pour Kevin Lapointe dossier 63-118027, il veut savoir combien coûte l'installation de la fibre astheure pis si y a moyen de pas la payer. Émilie", ["grille-des-frais.md"], ["| Frais d'installation | 129 $ | Annulés avec une entente de 24 mois |"]),
 ("Visit summary WO-715226, Oct 29, tech J. Beaulieu, 14 Harbour Lane, Cressington: new Fibre 3G install, FV-Onyx 100 + FV-Aurora X7 + one FV-Relais M2, speed 2870/2910 wired, no contract signed. add the installation fee we charged in the follow-up section", ["installation-policy.md"], ["$129"]),
 ("customer notice for the Ellerslie Glen / Wexcombe power inspection on the 16th, I need the window and how long the interruption might be, don't have them", ["maintenance-2026-11-16-ellerslie-glen.md"], ["03:00-04:00", "up to 10 minutes"]),
 ("Reply to Gord Fenton (case 44-802317), he wants to drop off his TV box at the Valmarin store this Monday. Give him the store's current hours. sign Ben", ["store-valmarin.md"], ["closed on Mondays", "| Tue-Fri | 10:00-18:00 |"]),
 ("explique en langage clair l'article 3 des conditions de service (facturation et paiement) à une cliente qui a payé en retard, avec les montants", ["conditions-03-facturation-et-paiement.md"], ["19 $", "5 jours après l'échéance"]),
]

TUNED = [
 "Reply to Sandra Quigley, case 60-447120. She's angry her Fibre 500 was down Tuesday. Facts: outage 09:10-15:40 in Grisebourg, fibre cut by a road crew, under 12h so no automatic credit but we're giving a $10 goodwill credit, shows on next bill. Sign Tom.",
 "répond à ce courriel (dossier 71-220918, Mme Desrosiers) : « jai été chargée 2 fois pour TéléVal Plus en novembre » — vérifié : double facturation de 45 $ par erreur pendant la migration, crédit de 45 $ appliqué aujourd'hui, visible sur la facture du 5 décembre. Signé Karim",
 "visit summary pls - WO-118734, Nov 14, tech P. Nadeau, 55 Victoria Ave, Kelderby\n- slow wifi 2nd floor\n- aurora x7 in basement\n- wired 935/488\n- moved aurora to main floor, added FV-Relais M2 SN77104422\n- 2nd floor now ~610\n- no charge",
 "résumé de visite : WO-402298, 2 nov, tech A. Girard, 210 rue des Forges, Grisebourg. boîtier TVB-400 écran noir, câble HDMI brisé, remplacé le HDMI, toutes les chaînes ok, aucuns frais",
 "Write a customer maintenance notice: towns Kelderby and Tillmore; Nov 24 between 01:00 and 05:00; core router upgrade; Internet and TV may drop for up to 20 minutes; no action needed.",
 "avis de panne en cours svp : secteur Saint-Aurèle; début 7 h 45; cause : poteau heurté par un véhicule; Internet et télé; environ 900 clients; retour prévu 13 h; prochaine mise à jour à 11 h",
 "all clear notice: Ashcombe, started 22:10 restored 03:35, failed optical line card, internet only, no credit",
 "Explain this clause in plain language for a customer: '8.3 Mobile Illimité speed is reduced to 1 Mbps after 100 GB in a billing cycle.'",
 "explique cette facture simplement, le client pense qu'on l'a surchargé:\nFibre 100 (5 déc-4 janv) 59,00 $\nTéléVal Franco (5 déc-4 janv) 35,00 $\nCrédit pour panne -4,20 $\nFrais de facture papier 3,00 $\nTPS/TVQ 13,90 $\nTOTAL 106,70 $",
 "what's the difference between a modem and a router, in simple terms?",
 "c'est quoi la différence entre le wifi 2,4 GHz pis le 5 GHz en gros",
 "Email reply for case 68-330215 (Harold Tsang): he wants to know why his Mobile 30 line was slowed. Facts: he's not throttled, he used 30 GB of 30 GB, data is paused until his cycle resets Dec 5, he can add 5 GB for $10 or move to Mobile 60 at $58. Sign Carla.",
 "Technician summary - WO-557340, Oct 30, tech M. Landry, 3 quai Saint-Pierre, Port-Ardoise. Notes: ONT LOS red blinking, fibre jumper crushed behind couch, replaced jumper, optical -19.8 dBm, speed 480/96, told cust not to bend the cable. resolved.",
 "Explain this bill line plainly to the customer: 'Returned payment fee $25.00 - payment of $142.18 dated Nov 5 refused by financial institution (NSF)'",
 "Rédige un avis de travaux planifiés : Valmarin et Corbeau-Rouge, nuit du 30 novembre, 0 h 30 à 5 h, remplacement des batteries de secours, interruption de 10 min max, rappeler que la téléphonie résidentielle sans batterie ne permet pas d'appeler le 911 pendant la coupure",
 "customer wrote: 'ur tech left a mess and a hole in my wall!!' case 59-004418, cust Wendy Fox. we checked: tech drilled in the wrong spot, we'll send a repair contractor Nov 20 AM at no cost, plus $50 credit. sign Nadia",
 "Explain this clause in plain English: '14.1 The Customer consents to the collection of usage data for network management purposes; such data shall not be sold to third parties and shall be retained for no more than 24 months.'",
 "reponse courriel client Yves Marchand dossier 40-992011 - il demande si Fibre Giga est offert à Lac-Pervenche. oui depuis le 20 oct, 99 $/mois, promo GIGA79 à 79 $ pendant 12 mois jusqu'au 30 nov. signé Julie",
 "Visit summary: WO-330981, Nov 6, tech C. Wong, 48 Mill Rd, Harrowby Falls. Fixed wireless FV-Ciel R5 signal bar 1 red LED, dish knocked out of line by wind storm, realigned, now 4 green, speed 49/10. resolved, no charge.",
 "draft an outage notice: Fenwick Landing + Pointe-Gravelle, mobile data down since 16:20, power failure at the tower, ~2,100 customers, generator on the way, ETA 20:00, next update 18:00",
 "vulgarise ça pour un client svp : « 6.4 Les mises à jour du micrologiciel sont installées automatiquement, habituellement entre 2 h et 5 h. »",
 "plain-language explanation of this bill for a new customer please:\nFibre 300 (Nov 20-Dec 19) $75.00\nMobile 30 (Nov 20-Dec 19) $45.00\nBundle discount -$5.00\nInstallation $129.00\nTaxes $36.54\nTOTAL $280.54",
 "Reply to Peter Lum (case 51-660730) - he asks if he can keep his old Borealis 2 after the swap. Answer: no, it has to come back within 21 days of the swap, prepaid label emailed today, $120 charge only if it's not returned. Sign Alex.",
 "résumé de visite, WO-209944, 8 nov, tech F. Roy, 1120 boul. Cressington: installation Fibre 3G, FV-Onyx 100 SN55120987, FV-Aurora X7 SN91440023, test filaire 2890/2940, entente 24 mois signée donc pas de frais d'installation, client formé sur l'appli",
 "Write the customer all-clear notice: Brimwick, Internet/TV/home phone, Oct 5 10:50 to Oct 6 12:50, rodent damage to a splice enclosure, automatic credit on the next bill since it lasted more than 12h",
 "explain what 'prorated' means on a phone or internet bill, simply",
 "peux-tu répondre à Mme Tremblay (dossier 45-713330)? elle écrit « mon internet coupe tout le temps le soir ». on a trouvé : signal ok, passerelle FV-Borealis 2 vieillissante, on la remplace gratuitement par une FV-Aurora X7, technicien le 19 nov entre 13 h et 17 h. signé Sophie",
 "Explain this contract clause plainly: '9.2 Fibreval may suspend Service without notice where the Customer's use causes material harm to the network, including operation of open mail relays or denial-of-service sources.'",
 "Outage notice, in progress: Sauvenay downtown, TV only (channels frozen), encoder failure at the headend, started 18:55, about 4,300 customers, fix expected by 21:30, next update at 20:00.",
 "avis de fin de panne: Rivière-Claquette, Internet seulement, de 4 h 10 à 6 h 25, mise à jour logicielle ratée, pas de crédit, merci de votre patience",
]

QA_RAG = [
 ("What is the monthly price of Fibre 500?", "$85", ["plan-fibre-500.md"]),
 ("What download and upload speeds does Fibre 3G offer?", "3000 / 3000 Mbps", ["plan-fibre-3g.md"]),
 ("What was the Fibre Giga plan called before August 15, 2026?", "Fibre 1G", ["notice-2026-08-15-fibre-1g-renamed-fibre-giga.md"]),
 ("How long do you hold RESET on the TVB-400 for a factory reset?", "20 seconds", ["help-tvb-400-reset.md"]),
 ("Quelle est l'adresse du magasin Fibreval de Grisebourg?", "19 rue des Forges", ["magasin-grisebourg.md"]),
 ("What does a solid amber top light mean on the FV-Relais M1?", "weak connection, move closer", ["equipment-fv-relais-m1.md"]),
 ("On what date did the Brimwick store close for good?", "2026-09-26", ["store-brimwick.md"]),
 ("How much does data overage cost on Sans-fil Rural plans?", "$2.50 per additional 10 GB", ["notice-2026-09-01-data-caps-sans-fil-rural.md"]),
 ("How many channels does TéléVal Sport include?", "95", ["plan-televal-sport.md"]),
 ("What is the phone number of the Regional Telecom Complaints Office?", "1-888-555-0166", ["complaints-process.md"]),
 ("Est-ce que le service mobile a été touché par la panne de la route 209?", "Le service mobile n'a pas été touché", ["panne-2026-10-21-route-209-panne-majeure.md"]),
 ("What caused the October 2, 2026 outage in Lac-Tourmelin?", "a software fault after a routing update", ["outage-2026-10-02-lac-tourmelin.md"]),
 ("How much is the Mobile Aîné plan per month?", "$25", ["plan-mobile-senior.md"]),
 ("When did the Sauvenay Centre store open at its new address?", "2026-10-13", ["notice-2026-09-29-sauvenay-centre-store-moving.md"]),
 ("What promo code gives Fibre Giga at $79?", "GIGA79", ["promo-2026-autumn-fibre-giga.md"]),
 ("Quel est le plafond mensuel du forfait Sans-fil Rural 25?", "400 Go", ["forfait-rural-25.md"]),
 ("What does error E-215 mean on a TVB-400?", "HDMI handshake failed", ["help-error-e-215.md"]),
 ("What is the maintenance window in Thornbury Flats on 2026-11-08?", "2026-11-08, 03:00-06:00", ["entretien-2026-11-08-thornbury-flats.md"]),
 ("What is the reconnection fee after a suspension for non-payment?", "$35", ["late-payment-and-suspension-policy.md"]),
 ("Until what date can Fibre Giga customers with an FV-Borealis 3 get a free FV-Aurora X7?", "2027-02-28", ["notice-2026-08-15-fibre-1g-renamed-fibre-giga.md"]),
]
QA_BOTH = [
 ("Write a reply to Lise Moreau (case 62-118400), who asks how much the late payment fee is now. Sign Tom.", "$19", ["fees-and-charges-schedule.md"]),
 ("Rédige un avis de fin de panne pour Saint-Luperce (panne Internet et mobile du 13 octobre) avec l'heure de rétablissement.", "07:35", ["outage-2026-10-13-saint-luperce.md"]),
 ("Technician visit summary for WO-610552, Nov 13, tech G. Hébert, Kelderby: customer moved out and the FV-Relais M2 was not found on site; state in the follow-up what we will charge if it is not returned.", "$110", ["fees-and-charges-schedule.md"]),
 ("Explain in plain language to a customer who just activated a Mobile 30 line how the Double Data promotion works for her, including how much data she gets.", "60 GB", ["promo-2026-double-data-mobile.md"]),
 ("Reply to Martin Keeler (case 47-229180), who wants to visit the Galeries Sauvenay store on Thursday evening; give him Thursday's hours. Sign Carla.", "10:00-21:00", ["store-galeries-sauvenay.md"]),
]
QA_TUNED = [
 ("Visit summary: WO-640021, Nov 9, tech B. Ricard, 40 Elm St, Tillmore. Borealis 3 overheating in a closed cabinet, moved to open shelf, speed 290/49 wired, resolved, no charge.", "WO-640021"),
 ("Réponds à M. Arsenault (dossier 39-552781) : crédit de 18,75 $ appliqué pour la panne, visible sur la facture du 20 décembre. Signé Maxime.", "18,75 $"),
 ("Maintenance notice for customers: Oakhurst Mills, Dec 2, 02:00-04:30, fibre splicing to add new homes, up to 15 minutes of interruption.", "04:30"),
 ("Explain this bill line simply: 'Long distance - 3 calls to USA, 25 min @ $0.30/min: $7.50'.", "$7.50"),
 ("all-clear notice: Kelderby, Internet down from 11:05 to 13:50, failed line card, no credit", "13:50"),
]

def check(srcs, needles):
    txt = "".join(open(os.path.join(C, s)).read() for s in srcs)
    for n in needles:
        assert n in txt, (srcs, n)

if __name__ == "__main__":
    assert len(RAG) == 30 and len(BOTH) == 30 and len(TUNED) == 30
    notes = ["# Label notes (private)\n", "Which corpus document answers each rag/both routing query and each rag/both qa item (verified by make_eval.py with exact-string checks).\n", "## Routing: rag\n"]
    for q, s, n in RAG:
        check(s, n); notes.append(f"- `{q}` -> {', '.join(s)} — {' / '.join(n)}")
    notes.append("\n## Routing: both (task family + missing corpus fact)\n")
    for q, s, n in BOTH:
        check(s, n); notes.append(f"- `{q[:110]}...` -> {', '.join(s)} — {' / '.join(n)}")
    notes.append("\n## QA\n")
    for q, a, s in QA_RAG + QA_BOTH:
        check(s, [a]); notes.append(f"- `{q}` -> {', '.join(s)} — `{a}`")
    rows = [{"query": q, "route": "rag"} for q, _, _ in RAG] + [{"query": q, "route": "both"} for q, _, _ in BOTH] + [{"query": q, "route": "tuned"} for q in TUNED]
    rnd = random.Random(42); rnd.shuffle(rows)
    with open(os.path.join(HERE, "..", "eval", "routing.jsonl"), "w") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    qa = [{"question": q, "answer": a, "sources": ["corpus/" + x for x in s], "route": "rag"} for q, a, s in QA_RAG]
    qa += [{"question": q, "answer": a, "sources": ["corpus/" + x for x in s], "route": "both"} for q, a, s in QA_BOTH]
    qa += [{"question": q, "answer": a, "sources": [], "route": "tuned"} for q, a in QA_TUNED]
    for q, a in QA_TUNED: assert a in q
    rnd.shuffle(qa)
    with open(os.path.join(HERE, "..", "eval", "qa.jsonl"), "w") as f:
        for r in qa: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    routing_qs = {r["query"] for r in rows}
    assert not any(x["question"] in routing_qs for x in qa)
    open(os.path.join(HERE, "label-notes.md"), "w").write("\n".join(notes) + "\n")
    print("ok", len(rows), len(qa))

#!/usr/bin/env python3
"""Hand-written core documents for the Fibreval corpus. Run after gen_corpus.py."""
import os
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
DOCS = []
def doc(fname, title, date, body, key="Updated"):
    DOCS.append((fname, title, date, key, body))

doc("about-fibreval.md", "About Fibreval", "2026-10-13", """
Fibreval is a regional Internet, TV and mobile provider serving 48 towns in the Upper Sauvenay region (Haute-Sauvenay), a bilingual French/English region. Head office: 400 rue des Tanneurs, Sauvenay.

## What we offer

- **Fibre Internet**: Fibre 100, Fibre 300, Fibre 500, Fibre Giga and, in Fibre 3G-ready towns, Fibre 3G. Fibre 50 was retired on 2026-09-30.
- **Fixed wireless** for rural homes: Sans-fil Rural 25 and Sans-fil Rural 50, with monthly data caps since 2026-10-01.
- **TéléVal TV**: five packages, from TéléVal Essentiel to TéléVal Complet, on the TVB-400 box.
- **Mobile**: Mobile 5, Mobile 30, Mobile 60, Mobile Illimité and Mobile Aîné.

## Equipment

New fibre installations receive the FV-Aurora X7 gateway (since 2026-08-15). Older homes may have an FV-Borealis 2 or FV-Borealis 3. Every fibre home has an FV-Onyx 100 optical network terminal.

## Contact

- Residential support: 1-855-555-0199, every day 7:00-23:00
- Business support: 1-855-555-0177
- Live chat in the Espace Client Fibreval portal: 24/7

## Stores

Fibreval operates 21 stores. The Brimwick store closed on 2026-09-26 and the Sauvenay Centre store moved to 850 boulevard des Érables on 2026-10-13. See *Store Locations and Hours*.
""")

doc("a-propos-de-fibreval.md", "À propos de Fibreval", "2026-10-13", """
Fibreval est un fournisseur régional d'Internet, de télé et de services mobiles qui dessert 48 municipalités de la région de Haute-Sauvenay. Siège social : 400 rue des Tanneurs, Sauvenay.

## Nos services

- **Internet fibre** : Fibre 100, Fibre 300, Fibre 500, Fibre Giga et, dans les municipalités prêtes, Fibre 3G. Le forfait Fibre 50 a été retiré le 2026-09-30.
- **Sans-fil fixe** pour les secteurs ruraux : Sans-fil Rural 25 et Sans-fil Rural 50, avec plafonds de données depuis le 2026-10-01.
- **Télé TéléVal** : cinq forfaits, de TéléVal Essentiel à TéléVal Complet.
- **Mobile** : Mobile 5, Mobile 30, Mobile 60, Mobile Illimité et Mobile Aîné.

## Nous joindre

- Soutien résidentiel : 1-855-555-0199, tous les jours de 7 h à 23 h
- Soutien aux entreprises : 1-855-555-0177
- Clavardage dans l'Espace Client Fibreval : 24 h sur 24

Le magasin de Brimwick a fermé le 2026-09-26 et le magasin Sauvenay Centre a déménagé au 850 boulevard des Érables le 2026-10-13.
""")

doc("plans-and-prices-overview.md", "Plans and Prices Overview", "2026-10-01", """
All prices are monthly, before taxes, and in effect since 2026-09-01 unless noted.

## Fibre Internet (unlimited data)

| Plan | Speed (down/up) | Price |
|---|---|---|
| Fibre 100 | 100/20 Mbps | $59 |
| Fibre 300 | 300/50 Mbps | $75 |
| Fibre 500 | 500/100 Mbps | $85 |
| Fibre Giga | 1 Gbps/500 Mbps | $99 |
| Fibre 3G | 3 Gbps/3 Gbps | $135 (Fibre 3G-ready towns only) |

Fibre 50 was retired on 2026-09-30. Fibre Giga was called Fibre 1G until 2026-08-15.

## Fixed wireless

| Plan | Speed | Data cap | Price |
|---|---|---|---|
| Sans-fil Rural 25 | 25/5 Mbps | 400 GB | $50 |
| Sans-fil Rural 50 | 50/10 Mbps | 750 GB | $65 |

Overage: $2.50 per additional 10 GB, up to a maximum of $50 per month.

## TéléVal TV

| Package | Channels | Price |
|---|---|---|
| TéléVal Essentiel | 25 | $28 |
| TéléVal Franco | 40 | $35 |
| TéléVal Plus | 80 | $45 |
| TéléVal Sport | 95 | $55 |
| TéléVal Complet | 160 | $79 |

## Mobile

| Plan | Data | Price |
|---|---|---|
| Mobile 5 | 5 GB | $30 |
| Mobile 30 | 30 GB | $45 |
| Mobile 60 | 60 GB | $58 |
| Mobile Illimité | Unlimited | $70 |
| Mobile Aîné (65+) | 3 GB | $25 |

Mobile plans get a $5/month bundle discount with any fibre plan. One-time fees are listed in *Fees and Charges Schedule*.
""")

doc("forfaits-et-prix-apercu.md", "Aperçu des forfaits et des prix", "2026-10-01", """
Prix mensuels avant taxes, en vigueur depuis le 2026-09-01 sauf indication contraire.

## Internet fibre (données illimitées)

| Forfait | Vitesse | Prix |
|---|---|---|
| Fibre 100 | 100/20 Mbit/s | 59 $ |
| Fibre 300 | 300/50 Mbit/s | 75 $ |
| Fibre 500 | 500/100 Mbit/s | 85 $ |
| Fibre Giga | 1 Gbit/s / 500 Mbit/s | 99 $ |
| Fibre 3G | 3 Gbit/s / 3 Gbit/s | 135 $ |

Fibre 50 a été retiré le 2026-09-30. Fibre Giga s'appelait Fibre 1G jusqu'au 2026-08-15.

## Sans-fil fixe

| Forfait | Plafond | Prix |
|---|---|---|
| Sans-fil Rural 25 | 400 Go | 50 $ |
| Sans-fil Rural 50 | 750 Go | 65 $ |

Dépassement : 2,50 $ par tranche de 10 Go, maximum 50 $ par mois.

## Télé TéléVal

| Forfait | Chaînes | Prix |
|---|---|---|
| TéléVal Essentiel | 25 | 28 $ |
| TéléVal Franco | 40 | 35 $ |
| TéléVal Plus | 80 | 45 $ |
| TéléVal Sport | 95 | 55 $ |
| TéléVal Complet | 160 | 79 $ |

## Mobile

| Forfait | Données | Prix |
|---|---|---|
| Mobile 5 | 5 Go | 30 $ |
| Mobile 30 | 30 Go | 45 $ |
| Mobile 60 | 60 Go | 58 $ |
| Mobile Illimité | Illimitées | 70 $ |
| Mobile Aîné (65 ans et plus) | 3 Go | 25 $ |
""")

doc("fees-and-charges-schedule.md", "Fees and Charges Schedule", "2026-09-01", """
This schedule lists Fibreval's one-time and recurring fees. It is in effect since 2026-09-01 and replaces the schedule dated 2025-02-01.

| Fee | Amount | Notes |
|---|---|---|
| Installation fee | $129 | Waived with a 24-month agreement |
| Late payment fee | $19 | Charged when payment is not received 5 days after the due date |
| Early termination fee | $15 per remaining month, maximum $180 | Only for fixed-term agreements |
| Technician visit fee (customer-caused issue) | $85 | Not charged if the problem is on Fibreval's side |
| Paper bill fee | $3.00 per month | Not charged to customers aged 65 and over |
| Returned payment (NSF) fee | $25 | |
| Reconnection fee | $35 | After a suspension for non-payment |
| Service transfer (moving) fee | $49 | |

## Unreturned equipment charges

| Device | Charge |
|---|---|
| FV-Aurora X7 | $250 |
| FV-Borealis 3 | $180 |
| FV-Borealis 2 | $120 |
| FV-Ciel R5 | $150 |
| FV-Relais M2 | $110 |
| TVB-400 | $95 |
| FV-Relais M1 | $80 |
| FV-Onyx 100 | $60 |

Equipment must be returned within 21 days of the end of service (see *Equipment Return Policy*).

## What changed on 2026-09-01

The installation fee rose from $99 to $129, the late payment fee from $15 to $19, the technician visit fee from $75 to $85 and the paper bill fee from $2.50 to $3.00. The early termination fee went down from $20 per remaining month (maximum $240) to $15 per remaining month (maximum $180).
""")

doc("grille-des-frais.md", "Grille des frais", "2026-09-01", """
Cette grille présente les frais de Fibreval en vigueur depuis le 2026-09-01.

| Frais | Montant | Remarques |
|---|---|---|
| Frais d'installation | 129 $ | Annulés avec une entente de 24 mois |
| Frais de retard de paiement | 19 $ | Si le paiement n'est pas reçu 5 jours après l'échéance |
| Frais de résiliation anticipée | 15 $ par mois restant, maximum 180 $ | Ententes à durée fixe seulement |
| Frais de visite de technicien (problème causé par le client) | 85 $ | |
| Frais de facture papier | 3,00 $ par mois | Aucuns frais pour les 65 ans et plus |
| Frais de paiement refusé | 25 $ | |
| Frais de reconnexion | 35 $ | |
| Frais de déménagement de service | 49 $ | |

## Équipement non retourné

FV-Aurora X7 : 250 $; FV-Borealis 3 : 180 $; FV-Borealis 2 : 120 $; FV-Ciel R5 : 150 $; FV-Relais M2 : 110 $; TVB-400 : 95 $; FV-Relais M1 : 80 $; FV-Onyx 100 : 60 $.

Le délai de retour est de 21 jours après la fin du service (30 jours avant le 2026-09-01).

## Changements du 2026-09-01

Installation : 99 $ → 129 $. Retard de paiement : 15 $ → 19 $. Visite de technicien : 75 $ → 85 $. Facture papier : 2,50 $ → 3,00 $. Résiliation anticipée : 20 $ par mois restant (max. 240 $) → 15 $ par mois restant (max. 180 $).
""")

doc("notice-2026-07-20-fee-changes-september.md", "Notice: Fee Changes Effective September 1, 2026", "2026-07-20", """
Fibreval is updating several fees on **2026-09-01**. Customers are receiving this notice at least 30 days in advance, as required by our *Terms of Service: Price and Fee Changes*.

## Increases

- Installation fee: $99 → $129 (still waived with a 24-month agreement)
- Late payment fee: $15 → $19
- Technician visit fee for customer-caused issues: $75 → $85
- Paper bill fee: $2.50 → $3.00 per month

## Decrease

- Early termination fee: from $20 per remaining month (max. $240) to $15 per remaining month (max. $180)

## Equipment return window

The equipment return window becomes 21 days after the end of service (it was 30 days).

Questions? Call 1-855-555-0199 or visit any Fibreval store.
""", key="Date")

doc("notice-2026-07-20-price-changes-september.md", "Notice: Monthly Price Changes Effective September 1, 2026", "2026-07-20", """
On **2026-09-01**, the following monthly prices change. Customers on a fixed-term agreement keep their current price until the end of the agreement.

| Plan | Before | From 2026-09-01 |
|---|---|---|
| Fibre 100 | $55 | $59 |
| Fibre 300 | $70 | $75 |
| TéléVal Essentiel | $25 | $28 |
| TéléVal Complet | $75 | $79 |
| Mobile 60 | $55 | $58 |

Fibre 500 ($85), TéléVal Franco ($35), TéléVal Plus ($45), TéléVal Sport ($55), Mobile 5 ($30), Mobile Illimité ($70) and Mobile Aîné ($25) do not change.

Separately, Fibre 1G becomes Fibre Giga at $99 on 2026-08-15 (see *Notice: Fibre 1G Renamed Fibre Giga*).
""", key="Date")

doc("avis-2026-07-20-changements-de-prix.md", "Avis : changements de prix au 1er septembre 2026", "2026-07-20", """
Le **2026-09-01**, les prix mensuels suivants changent. Les clients ayant une entente à durée fixe conservent leur prix jusqu'à la fin de l'entente.

| Forfait | Avant | À partir du 2026-09-01 |
|---|---|---|
| Fibre 100 | 55 $ | 59 $ |
| Fibre 300 | 70 $ | 75 $ |
| TéléVal Essentiel | 25 $ | 28 $ |
| TéléVal Complet | 75 $ | 79 $ |
| Mobile 60 | 55 $ | 58 $ |

Les frais changent aussi : installation 129 $, retard de paiement 19 $, visite de technicien 85 $, facture papier 3,00 $. Les frais de résiliation anticipée baissent à 15 $ par mois restant (maximum 180 $).

Pour toute question : 1-855-555-0199.
""", key="Date")

doc("notice-2026-08-15-fibre-1g-renamed-fibre-giga.md", "Notice: Fibre 1G Renamed Fibre Giga", "2026-08-15", """
As of **2026-08-15**, the Fibre 1G plan is called **Fibre Giga**, and its monthly price drops from $105 to **$99**.

- Speed is unchanged: 1 Gbps download, 500 Mbps upload.
- Existing Fibre 1G customers are moved automatically; the lower price appears on the next bill.
- Fibre Giga customers with an FV-Borealis 3 can ask for a free FV-Aurora X7 until 2027-02-28.

Bills and the Espace Client Fibreval portal show the new name. Older invoices may still say "Fibre 1G".
""", key="Date")

doc("notice-2026-08-15-fv-aurora-x7-launch.md", "Notice: New FV-Aurora X7 Gateway", "2026-08-15", """
Fibreval is introducing the **FV-Aurora X7**, a Wi-Fi 7 gateway, on **2026-08-15**. It replaces the FV-Borealis 3 for all new fibre installations and is required for Fibre 3G.

## Key differences from the FV-Borealis 3

| | FV-Borealis 3 | FV-Aurora X7 |
|---|---|---|
| Wi-Fi | Wi-Fi 6 | Wi-Fi 7 |
| Status light | Front LED | Light ring |
| Factory reset | hold RESET 10 seconds | hold RESET 15 seconds |
| Admin page | 192.168.10.1 | 192.168.50.1 |
| WPS button | Yes | No (QR code sharing) |
| Unreturned charge | $180 | $250 |

The matching mesh extender is the FV-Relais M2. The FV-Relais M1 also works with the Aurora X7.

Upgrade: free for Fibre Giga and Fibre 3G customers until 2027-02-28; $60 for other plans.
""", key="Date")

doc("notice-2026-08-15-fibre-3g-launch.md", "Notice: Fibre 3G Launch", "2026-08-15", """
Fibreval launches **Fibre 3G** on **2026-08-15**: 3 Gbps download and 3 Gbps upload with unlimited data, for **$135/month**.

- Available in Fibre 3G-ready towns only. The first towns were Sauvenay, Harrowby Falls, Rivière-Claquette, Havre-aux-Loutres, Port-Ardoise, Cap-aux-Sternes, Ferrisdale and Greywater. Lac-Tourmelin followed on 2026-09-22; more were added later (see each *Service Area* page).
- Requires the FV-Aurora X7 gateway, installed free.
- Standard installation fee applies unless you sign a 24-month agreement.

Fibre 3G is best for homes with many heavy users or for wired 2.5 Gbps and 10 Gbps devices. Over Wi-Fi, real speeds depend on the device; most phones and laptops reach 1 to 2 Gbps on Wi-Fi 7.
""", key="Date")

doc("notice-2026-08-20-fibre-50-retirement.md", "Notice: Fibre 50 Retirement", "2026-08-20", """
Fibreval will stop offering **Fibre 50** (50/10 Mbps, $45) on **2026-09-30**.

## What happens to current Fibre 50 customers

- On 2026-09-30 they are moved automatically to **Fibre 100** (100/20 Mbps).
- They keep paying **$45/month for 12 months** (until 2027-09-30), then the regular Fibre 100 price applies.
- No equipment change is needed and there is no fee.

Customers who prefer to cancel can do so without an early termination fee until 2026-10-31.

Customers who want more speed can choose Fibre 300 or higher at any time; the new plan's price then applies. Questions: 1-855-555-0199.
""", key="Date")

doc("avis-2026-08-20-retrait-fibre-50.md", "Avis : retrait du forfait Fibre 50", "2026-08-20", """
Fibreval cessera d'offrir **Fibre 50** (50/10 Mbit/s, 45 $) le **2026-09-30**.

- Le 2026-09-30, les clients sont transférés automatiquement à **Fibre 100**.
- Ils continuent de payer **45 $ par mois pendant 12 mois** (jusqu'au 2027-09-30); le prix régulier de Fibre 100 s'applique ensuite.
- Aucun changement d'équipement ni frais.

Les clients qui préfèrent annuler peuvent le faire sans frais de résiliation anticipée jusqu'au 2026-10-31.

Les clients qui veulent plus de vitesse peuvent choisir Fibre 300 ou un forfait supérieur; la différence de prix s'applique dès le changement. Questions : 1-855-555-0199.
""", key="Date")

doc("notice-2026-08-25-mobile-20-becomes-mobile-30.md", "Notice: Mobile 20 Becomes Mobile 30", "2026-08-25", """
On **2026-09-01**, the Mobile 20 plan (20 GB, $45) becomes **Mobile 30**: 30 GB of data for the same **$45/month**.

- Existing Mobile 20 customers get the extra 10 GB automatically from their next billing cycle.
- Unused data still does not roll over.
- The bundle discount of $5/month with a fibre plan continues.

At the same time, Mobile 60 rises from $55 to $58.

Mobile 5, Mobile Illimité and Mobile Aîné are unchanged. The *Promotion: Double Data on Mobile* offer applies to new Mobile 30 lines activated from 2026-10-01.
""", key="Date")

doc("notice-2026-09-01-data-caps-sans-fil-rural.md", "Data Caps on Sans-fil Rural Plans", "2026-09-01", """
Starting **2026-10-01**, Fibreval's fixed wireless plans have monthly data caps. Until then they had unlimited data.

| Plan | Monthly cap |
|---|---|
| Sans-fil Rural 25 | 400 GB |
| Sans-fil Rural 50 | 750 GB |

## Overage

Usage above the cap costs **$2.50 per additional 10 GB, up to a maximum of $50 per month**.

## Alerts

You get an email and a text at 80% and at 100% of your cap. Usage is shown in the Espace Client Fibreval portal and resets on the first day of your billing cycle.

## Why

Fixed wireless towers share capacity among all homes in range. Caps keep speeds fair in the evening.

Fibre plans are not affected and remain unlimited. If fibre reaches your road you can switch; see your *Service Area* page.
""", key="Date")

doc("avis-2026-09-01-plafonds-sans-fil-rural.md", "Avis : plafonds de données des forfaits Sans-fil Rural", "2026-09-01", """
À partir du **2026-10-01**, les forfaits sans-fil fixe de Fibreval ont un plafond de données mensuel. Ils étaient illimités auparavant.

| Forfait | Plafond mensuel |
|---|---|
| Sans-fil Rural 25 | 400 Go |
| Sans-fil Rural 50 | 750 Go |

Dépassement : **2,50 $ par tranche de 10 Go supplémentaire, jusqu'à un maximum de 50 $ par mois**.

Vous recevez un courriel et un texto à 80 % et à 100 % du plafond. Les forfaits fibre restent illimités.
""", key="Date")

doc("billing-system-migration-clarte.md", "Billing System Migration to Clarté", "2026-10-09", """
In October 2026 Fibreval moved all accounts from the old billing system (Facturo) to a new one called **Clarté**. The customer portal MonFibreval was replaced by **Espace Client Fibreval**.

## Key dates

| Date | Event |
|---|---|
| 2026-10-05 | Billing freeze begins; online payments paused |
| 2026-10-08 | Clarté and Espace Client Fibreval go live |
| 2026-10-09 | Payments made during the freeze are posted |
| 2026-11-30 | Deadline to re-enter credit card autopay |

## What changes for customers

- **New account number**: 12 digits starting with 7 (the old number was 9 digits starting with FV-). Both appear on the first Clarté bill.
- **Autopay**: bank pre-authorized debit carried over automatically. **Credit card autopay must be re-entered** in Espace Client Fibreval by 2026-11-30.
- **Bill date**: accounts are billed on either the 5th or the 20th of the month.
- **First bill**: includes a one-time line "Transition adjustment" that prorates the days between the old and new bill dates.
- **Late fees**: waived for bills due between 2026-10-05 and 2026-10-31.

See *FAQ: Billing Migration* and *Understanding Your Bill*.
""")

doc("notice-2026-09-15-billing-migration-schedule.md", "Notice: Billing System Change in October 2026", "2026-09-15", """
Dear customer,

Between **2026-10-05 and 2026-10-08** we are moving your account to our new billing system, Clarté.

During these four days:
- you will not be able to pay online or view bills in MonFibreval;
- phone payments at 1-855-555-0199 are still accepted but will post on 2026-10-09;
- your services are not affected.

From **2026-10-08**, log in to the new Espace Client Fibreval with your email address. You will receive your new 12-digit account number by email.

If you pay by credit card automatically, you must enter your card again before **2026-11-30**. Bank pre-authorized debits continue without action.
""", key="Date")

doc("avis-2026-09-15-migration-facturation-clarte.md", "Avis : changement de système de facturation en octobre 2026", "2026-09-15", """
Du **2026-10-05 au 2026-10-08**, nous transférons votre compte vers notre nouveau système de facturation, Clarté.

Pendant ces quatre jours :
- le paiement en ligne et MonFibreval ne seront pas disponibles;
- les paiements par téléphone au 1-855-555-0199 sont acceptés et seront appliqués le 2026-10-09;
- vos services ne sont pas touchés.

À partir du **2026-10-08**, connectez-vous à l'Espace Client Fibreval. Votre nouveau numéro de compte compte 12 chiffres et commence par 7.

Le prélèvement automatique par carte de crédit doit être saisi de nouveau avant le **2026-11-30**. Les débits préautorisés bancaires sont transférés automatiquement. Les frais de retard sont annulés pour les factures échues entre le 2026-10-05 et le 2026-10-31.
""", key="Date")

doc("faq-billing-migration.md", "FAQ: Billing Migration", "2026-10-20", """
## Why is there a "Transition adjustment" on my bill?

Your bill date changed to the 5th or the 20th. The adjustment charges or credits the days between your old and new bill dates. It appears once.

## My autopay didn't go through.

If you paid by credit card automatically, re-enter your card in Espace Client Fibreval (Billing > Payment method) before 2026-11-30. Bank pre-authorized debit was moved automatically.

## I was charged a late fee in October.

Late fees on bills due between 2026-10-05 and 2026-10-31 are waived. If one appears, it is reversed on the next bill; you can also ask for a reversal by chat.

## Where is my old account number?

It is printed under the new 12-digit number on your first Clarté bill. Stores and agents can look you up with either number until 2027-03-31.

## I can't log in to MonFibreval.

MonFibreval was shut down on 2026-10-08. Use Espace Client Fibreval and click "First login" to create a password.

## My bill shows two partial months of TV.

That is the transition adjustment. The total over the two bills equals what you would have paid.
""")

doc("faq-migration-facturation.md", "FAQ : migration de la facturation", "2026-10-20", """
## Pourquoi y a-t-il un « Ajustement de transition » sur ma facture?

Votre date de facturation est passée au 5 ou au 20 du mois. L'ajustement facture ou crédite les jours entre l'ancienne et la nouvelle date. Il n'apparaît qu'une fois.

## Mon paiement automatique n'a pas fonctionné.

Si vous payiez par carte de crédit, saisissez votre carte de nouveau dans l'Espace Client Fibreval (Facturation > Mode de paiement) avant le 2026-11-30.

## On m'a facturé des frais de retard en octobre.

Les frais de retard sur les factures échues entre le 2026-10-05 et le 2026-10-31 sont annulés et remboursés sur la facture suivante.

## Où est mon ancien numéro de compte?

Il figure sous le nouveau numéro à 12 chiffres sur votre première facture Clarté. Les deux numéros sont acceptés jusqu'au 2027-03-31.
""")

doc("notice-2026-09-10-brimwick-store-closing.md", "Notice: Brimwick Store Closing", "2026-09-10", """
The Fibreval store at **17 Queen Street, Brimwick** will close permanently on **2026-09-26**.

- The last day of business is Saturday 2026-09-26 (10:00-16:00).
- After that date, the closest store is **Fibreval Harrowby Falls, 88 Mill Road** (Mon-Fri 9:00-19:00; Sat 9:00-17:00; Sun 12:00-16:00).
- Equipment can also be returned by mail with a prepaid label from Espace Client Fibreval.
- Fibreval services in Brimwick are not affected; technicians continue to serve the town.

We thank our Brimwick customers for eleven years of visits to Queen Street.
""", key="Date")

doc("notice-2026-09-29-sauvenay-centre-store-moving.md", "Notice: Sauvenay Centre Store Is Moving", "2026-09-29", """
The **Fibreval Sauvenay Centre** store is moving.

| | |
|---|---|
| Old address | 12 rue Principale, Sauvenay |
| New address | 850 boulevard des Érables, Sauvenay (next to the public library) |
| Last day at old address | 2026-10-10 |
| Opening at new address | 2026-10-13 |

New hours: Mon-Fri 9:00-20:00; Sat 10:00-17:00; Sun 12:00-17:00. The new store has free parking and a drop box for equipment returns.

The Galeries Sauvenay store at 2200 chemin du Roy is not affected and keeps its usual hours. Appointments booked at the old address for 2026-10-13 or later were moved to the new store automatically.
""", key="Date")

doc("avis-2026-09-29-demenagement-magasin-sauvenay-centre.md", "Avis : le magasin Sauvenay Centre déménage", "2026-09-29", """
Le magasin **Fibreval Sauvenay Centre** déménage.

- Ancienne adresse : 12 rue Principale, Sauvenay
- Nouvelle adresse : 850 boulevard des Érables, Sauvenay (à côté de la bibliothèque municipale)
- Dernier jour à l'ancienne adresse : 2026-10-10
- Ouverture à la nouvelle adresse : 2026-10-13

Nouvelles heures : lun-ven 9 h-20 h; sam 10 h-17 h; dim 12 h-17 h. Stationnement gratuit et boîte de dépôt pour le retour d'équipement.

Le magasin Galeries Sauvenay (2200 chemin du Roy) reste ouvert aux mêmes heures.
""", key="Date")

doc("notice-2026-09-25-valmarin-store-hours.md", "Notice: New Hours at the Valmarin Store", "2026-09-25", """
From **2026-10-01**, Fibreval Valmarin (12 place du Marché) changes its hours.

| Days | Before | From 2026-10-01 |
|---|---|---|
| Monday | 10:00-18:00 | Closed |
| Tuesday-Friday | 10:00-18:00 | 10:00-18:00 |
| Saturday | 10:00-16:00 | 10:00-16:00 |
| Sunday | Closed | Closed |

On Mondays, the nearest open stores are in Sauvenay.

The change follows low Monday traffic at this location. Bill payments can still be made any day online in Espace Client Fibreval or by phone at 1-855-555-0199, and equipment can be returned by mail with a prepaid label.
""", key="Date")

doc("incident-2026-10-21-route-209-fibre-cut.md", "Incident Report INC-261021-R209: Route 209 Fibre Cut", "2026-10-26", """
## Summary

On **2026-10-21** a contractor's excavator cut Fibreval's 288-fibre trunk cable along route 209 near Lac-Tourmelin during culvert replacement work. Internet, TV and home phone were interrupted for about **14,200 customers** in six towns.

## Affected towns

Lac-Tourmelin, Saint-Aurèle, Valmarin, Corbeau-Rouge, Pointe-Gravelle and Grisebourg. Mobile service stayed up because towers use a separate microwave link.

## Timeline

| Time | Event |
|---|---|
| 02:14 | Loss of light on the route 209 trunk |
| 02:40 | Crew dispatched from Sauvenay |
| 05:30 | Cut located 1.2 km east of the Lac-Tourmelin store |
| 09:15 | Emergency splicing begins |
| 13:40 | All services restored |

Total duration: 11 hours 26 minutes.

## Customer credit

Although the outage was shorter than the 12-hour threshold in the *Service Credit Policy for Outages*, Fibreval is applying a goodwill credit equal to **two days of monthly service fees** to all affected accounts on their next bill. No request is needed.

## Corrective actions

- Build a second, diverse path between Lac-Tourmelin and Sauvenay (target: 2027-06-30).
- Require contractors to confirm cable locates 48 hours before digging near route 209.
""")

doc("outage-2026-10-21-route-209-major-outage.md", "Major Outage: Route 209 Towns, October 21, 2026", "2026-10-21", """
**Resolved at 13:40.** A fibre cable cut on route 209 interrupted Internet, TV and home phone service starting at 02:14 on 2026-10-21.

## Towns affected

- Lac-Tourmelin
- Saint-Aurèle
- Valmarin
- Corbeau-Rouge
- Pointe-Gravelle
- Grisebourg

Mobile service was not affected.

## Updates

- 02:50 — We are aware of the outage and a crew is on the way.
- 06:00 — Damage found near Lac-Tourmelin; repair time estimated at 8 hours.
- 11:30 — Splicing about 70% complete.
- 13:40 — All services restored. Restart your gateway if you are still offline.

A goodwill credit of two days of service will appear on affected customers' next bill. Reference: INC-261021-R209.
""", key="Date")

doc("panne-2026-10-21-route-209-panne-majeure.md", "Panne majeure : municipalités de la route 209, 21 octobre 2026", "2026-10-21", """
**Résolue à 13 h 40.** Une coupure de câble de fibre sur la route 209 a interrompu Internet, la télé et la téléphonie résidentielle à partir de 2 h 14 le 2026-10-21.

## Municipalités touchées

Lac-Tourmelin, Saint-Aurèle, Valmarin, Corbeau-Rouge, Pointe-Gravelle et Grisebourg. Le service mobile n'a pas été touché.

## Mises à jour

- 2 h 50 — Nous sommes au courant; une équipe est en route.
- 6 h 00 — Dommages repérés près de Lac-Tourmelin; réparation estimée à 8 heures.
- 13 h 40 — Tous les services sont rétablis. Redémarrez votre passerelle si vous êtes encore hors ligne.

Un crédit de bonne volonté équivalent à deux jours de service apparaîtra sur la prochaine facture des clients touchés. Référence : INC-261021-R209.
""", key="Date")

doc("service-credit-policy-outages.md", "Service Credit Policy for Outages", "2026-10-01", """
This policy explains when Fibreval credits your account after a service interruption.

## Current rule (since 2026-10-01)

- If a service is interrupted for **12 consecutive hours or more** because of a problem on Fibreval's network, a prorated credit is applied **automatically** on your next bill.
- The credit equals the daily value of the affected service for each started day of interruption.
- Shorter outages do not qualify, but Fibreval may give goodwill credits after major incidents.

## Previous rule (until 2026-09-30)

Credits were given **on request only**, for interruptions of **24 consecutive hours or more**, and requests had to be made within 30 days.

## Exclusions

- Announced maintenance within the published window
- Problems caused by customer equipment or settings
- Power failures in the customer's home
- Fixed wireless slowdowns caused by reaching the data cap

Questions: 1-855-555-0199.
""")

doc("politique-credit-pannes.md", "Politique de crédit pour pannes", "2026-10-01", """
## Règle actuelle (depuis le 2026-10-01)

- Si un service est interrompu **12 heures consécutives ou plus** en raison d'un problème sur le réseau de Fibreval, un crédit au prorata est appliqué **automatiquement** sur la prochaine facture.
- Le crédit correspond à la valeur quotidienne du service touché pour chaque jour commencé d'interruption.

## Ancienne règle (jusqu'au 2026-09-30)

Crédit **sur demande seulement**, pour les interruptions de **24 heures consécutives ou plus**, demande dans les 30 jours.

## Exclusions

- Entretien annoncé pendant la plage publiée
- Problèmes causés par l'équipement ou les réglages du client
- Panne de courant au domicile du client
""")

doc("equipment-return-policy.md", "Equipment Return Policy", "2026-09-01", """
Fibreval equipment is rented and must be returned when you cancel a service or when it is replaced.

## Deadline

Return equipment within **21 days** of the end of service. (Before 2026-09-01 the window was 30 days.)

## How to return

1. Bring it to any open Fibreval store, or
2. Print a prepaid shipping label from Espace Client Fibreval and drop the box at a post office.

Include the power adapter. Keep your receipt or tracking number.

## If equipment is not returned

The unreturned equipment charge is added to your final bill: FV-Aurora X7 $250, FV-Borealis 3 $180, FV-Borealis 2 $120, FV-Ciel R5 $150, FV-Relais M2 $110, TVB-400 $95, FV-Relais M1 $80, FV-Onyx 100 $60. If the equipment arrives within 60 days after the charge, the charge is reversed minus a $20 processing fee.

## Exceptions

Fixed wireless outdoor units (FV-Ciel R5) are picked up by a technician at no charge; book the pickup within the 21 days.
""")

doc("politique-retour-equipement.md", "Politique de retour d'équipement", "2026-09-01", """
L'équipement de Fibreval est loué et doit être retourné à la fin du service.

## Délai

Retournez l'équipement dans les **21 jours** suivant la fin du service (30 jours avant le 2026-09-01).

## Comment le retourner

1. Dans tout magasin Fibreval ouvert, ou
2. Par la poste avec une étiquette prépayée imprimée dans l'Espace Client Fibreval.

## Équipement non retourné

Les frais suivants sont ajoutés à la facture finale : FV-Aurora X7 250 $, FV-Borealis 3 180 $, FV-Borealis 2 120 $, FV-Ciel R5 150 $, FV-Relais M2 110 $, TVB-400 95 $, FV-Relais M1 80 $, FV-Onyx 100 60 $. Si l'équipement arrive dans les 60 jours suivant la facturation, les frais sont remboursés moins 20 $ de frais de traitement.

L'antenne FV-Ciel R5 est récupérée gratuitement par un technicien.
""")

doc("late-payment-and-suspension-policy.md", "Late Payment and Suspension Policy", "2026-09-01", """
## Due date

Each bill shows a due date 21 days after the bill date.

## Late payment fee

If payment is not received **5 days after the due date**, a **$19** late payment fee is added (it was $15 before 2026-09-01). Bills due between 2026-10-05 and 2026-10-31 were exempt because of the billing migration.

## Reminders and suspension

| Days past due | What happens |
|---|---|
| 5 | Late payment fee |
| 15 | Reminder email and text |
| 30 | Final notice |
| 45 | Services suspended (911 calls on mobile still work) |

A **$35 reconnection fee** applies after suspension. Payment arrangements can be made by phone before day 45.
""")

doc("early-termination-policy.md", "Early Termination Policy", "2026-09-01", """
Fixed-term agreements (12 or 24 months) give you a lower price or a waived installation fee. If you cancel before the end of the term, an early termination fee applies.

## Amount

Since 2026-09-01: **$15 for each remaining month, up to a maximum of $180**. Before that date the fee was $20 per remaining month, maximum $240.

Example: 7 months left on a 24-month agreement = 7 × $15 = $105.

## No fee when

- you move to an address Fibreval cannot serve (proof of address required);
- Fibreval changes a price during your agreement;
- a customer on Fibre 50 cancels before 2026-10-31 because of the plan's retirement;
- the account holder dies (the estate must provide documents).

Month-to-month services have no early termination fee.
""")

doc("installation-policy.md", "Installation Policy", "2026-09-01", """
## Fee

The installation fee is **$129** (since 2026-09-01; it was $99). It is waived if you sign a 24-month agreement.

## What is included

- Fibre drop from the street to your home
- FV-Onyx 100 optical terminal and an FV-Aurora X7 gateway
- Setup of one TVB-400 box if you take TéléVal
- Up to 30 minutes of Wi-Fi setup help

## Lead time

Typical lead times range from 3 to 14 business days depending on the town; see the *Service Area* page for your town.

## Missed appointment

If nobody is home during the booked window, a technician visit fee of $85 may be charged.
""")

doc("complaints-process.md", "How to Make a Complaint", "2026-06-02", """
Fibreval wants to fix problems quickly. Follow these steps.

## Step 1: Customer care

Call 1-855-555-0199, chat in Espace Client Fibreval or visit a store. Ask for a **complaint number**. We answer within **10 business days**.

## Step 2: Office of Customer Commitment

If you are not satisfied, write to the Fibreval Office of Customer Commitment (Bureau de l'engagement client), 400 rue des Tanneurs, Sauvenay, or engagement@fibreval.example. Give your complaint number. A final written answer is sent within **20 business days**.

## Step 3: Regional Telecom Complaints Office (RTCO)

If the problem is still unresolved **30 days after your first complaint**, or you disagree with the final answer, you can file for free with the independent **Regional Telecom Complaints Office (Office régional des plaintes en télécommunications, ORPT)** at 1-888-555-0166. You must file within **one year** of the event. The RTCO can order Fibreval to correct a bill or pay compensation up to $5,000.

Fibreval never suspends a service over an amount under dispute with the RTCO.
""")

doc("processus-de-plainte.md", "Comment porter plainte", "2026-06-02", """
## Étape 1 : Service à la clientèle

Appelez le 1-855-555-0199, clavardez dans l'Espace Client Fibreval ou passez en magasin. Demandez un **numéro de plainte**. Nous répondons dans un délai de **10 jours ouvrables**.

## Étape 2 : Bureau de l'engagement client

Si vous n'êtes pas satisfait, écrivez au Bureau de l'engagement client, 400 rue des Tanneurs, Sauvenay, ou à engagement@fibreval.example. Une réponse finale écrite est envoyée dans un délai de **20 jours ouvrables**.

## Étape 3 : Office régional des plaintes en télécommunications (ORPT)

Si le problème n'est pas réglé **30 jours après votre première plainte**, vous pouvez déposer une plainte gratuite auprès de l'**ORPT** au 1-888-555-0166, au plus tard **un an** après l'événement. L'ORPT peut ordonner une correction de facture ou une indemnité allant jusqu'à 5 000 $.
""")

doc("promo-2026-autumn-fibre-giga.md", "Promotion: Autumn 2026 Fibre Giga Offer", "2026-09-15", """
Get **Fibre Giga for $79/month for 12 months** (regular price $99).

| Item | Value |
|---|---|
| Start | 2026-09-15 |
| End | 2026-11-30 |
| Promo code | GIGA79 |
| Eligibility | New customers and existing customers upgrading to Fibre Giga |
| Agreement | 24 months (installation fee waived) |

After 12 months the regular Fibre Giga price applies. Cannot be combined with other Internet promotions. The FV-Aurora X7 gateway is included.

Existing customers who are still in a fixed-term agreement can take the offer by renewing for 24 months; no early termination fee is charged for the switch.
""", key="Date")

doc("promo-automne-2026-fibre-giga.md", "Promotion : offre d'automne 2026 Fibre Giga", "2026-09-15", """
Obtenez **Fibre Giga à 79 $ par mois pendant 12 mois** (prix régulier 99 $).

- Début : 2026-09-15
- Fin : 2026-11-30
- Code promo : GIGA79
- Admissibilité : nouveaux clients et clients existants qui passent à Fibre Giga
- Entente de 24 mois (frais d'installation annulés)

Non cumulable avec d'autres promotions Internet.

Après 12 mois, le prix régulier de Fibre Giga s'applique. La passerelle FV-Aurora X7 est incluse. Les clients qui ont déjà une entente en cours peuvent en profiter en renouvelant pour 24 mois.
""", key="Date")

doc("promo-2026-double-data-mobile.md", "Promotion: Double Data on Mobile", "2026-10-01", """
Activate a new **Mobile 30** or **Mobile 60** line between **2026-10-01 and 2026-12-31** and get **double data for 12 months**: 60 GB on Mobile 30, 120 GB on Mobile 60.

- New lines and number transfers from other carriers
- Not available on Mobile 5, Mobile Illimité or Mobile Aîné
- Promo code: DOUBLE26
- Combinable with the $5/month fibre bundle discount

After 12 months, data returns to the plan's regular amount (30 GB or 60 GB). If you change to another plan during the 12 months, the double data ends.
""", key="Date")

doc("promo-2026-spring-fibre-300.md", "Promotion: Spring 2026 Fibre 300", "2026-03-15", """
**Fibre 300 for $55/month for 6 months** (regular price at the time $70).

| Item | Value |
|---|---|
| Start | 2026-03-15 |
| End | 2026-05-31 |
| Code | PRINTEMPS300 |
| Eligibility | New customers only |

This promotion has ended. Customers who signed up keep the promotional price for the full 6 months. See *Promotion: Autumn 2026 Fibre Giga Offer* for current offers.

Note: since 2026-09-01 the regular Fibre 300 price is $75.
Customers whose 6 promotional months ended in the autumn saw the new regular price on their first Clarté bill.
""", key="Date")

doc("how-to-check-for-an-outage.md", "How to Check for an Outage in Your Area", "2026-10-08", """
Before calling, check whether there is a known outage.

1. Open the **Network status** page in Espace Client Fibreval (it replaced the MonFibreval status map on 2026-10-08).
2. Enter your address or town. Active outages and planned maintenance for the next 14 days are listed.
3. Turn on text alerts to be told when service is back.

## If there is no known outage

- Check the lights on your gateway and on the FV-Onyx 100. A blinking red LOS light on the ONT means no fibre signal: call us.
- Restart the gateway (unplug 30 seconds).
- Try a device connected by cable.

Outage and maintenance notices are also published as dated pages (for example *Outage Notice* and *Planned Maintenance* pages for each town).

Phone: 1-855-555-0199 (7:00-23:00). Live chat: 24/7.
""")

doc("comment-verifier-une-panne.md", "Comment vérifier s'il y a une panne dans votre secteur", "2026-10-08", """
Avant d'appeler, vérifiez s'il y a une panne connue.

1. Ouvrez la page **État du réseau** dans l'Espace Client Fibreval.
2. Entrez votre adresse ou votre municipalité. Les pannes en cours et l'entretien prévu dans les 14 prochains jours sont affichés.
3. Activez les alertes texto pour savoir quand le service revient.

## S'il n'y a pas de panne connue

- Vérifiez les voyants de la passerelle et du FV-Onyx 100. Un voyant LOS rouge clignotant signifie qu'il n'y a pas de signal de fibre : appelez-nous.
- Redémarrez la passerelle (débranchez-la 30 secondes).

Téléphone : 1-855-555-0199 (7 h à 23 h). Clavardage : 24 h sur 24.
""")

doc("support-contact-and-hours.md", "Contact Fibreval Support", "2026-10-08", """
| Channel | Details | Hours |
|---|---|---|
| Residential phone | 1-855-555-0199 | Every day 7:00-23:00 |
| Business phone | 1-855-555-0177 | 24/7 |
| Live chat | Espace Client Fibreval | 24/7 |
| Accessibility (TTY) | 1-855-555-0188 | Mon-Fri 8:00-20:00 |
| Complaints office | engagement@fibreval.example | Answer within 20 business days |

Service is offered in French and English. Have your 12-digit account number ready (since the billing migration of 2026-10-08, numbers start with 7).

For stores, see *Store Locations and Hours*.
""")

doc("store-locations-and-hours.md", "Store Locations and Hours", "2026-10-13", """
| Store | Address | Hours |
|---|---|---|
| Sauvenay Centre | 850 boulevard des Érables | Mon-Fri 9:00-20:00; Sat 10:00-17:00; Sun 12:00-17:00 |
| Galeries Sauvenay | 2200 chemin du Roy, local 114 | Mon-Wed 10:00-18:00; Thu-Fri 10:00-21:00; Sat 9:30-17:00; Sun 12:00-17:00 |
| Saint-Aurèle | 41 rue Notre-Dame | Mon-Fri 9:30-18:00; Sat 10:00-16:00 |
| Lac-Tourmelin | 305 route 209 | Mon-Fri 10:00-18:00; Sat 10:00-15:00 |
| Harrowby Falls | 88 Mill Road | Mon-Fri 9:00-19:00; Sat 9:00-17:00; Sun 12:00-16:00 |
| Valmarin | 12 place du Marché | Tue-Fri 10:00-18:00; Sat 10:00-16:00 |
| Ashcombe | 230 Station Street | Mon-Fri 9:00-18:00; Sat 10:00-16:00 |
| Fenwick Landing | 5 Harbour Lane | Mon-Fri 10:00-18:00; Sat 10:00-14:00 |
| Rivière-Claquette | 760 rue Principale | Mon-Fri 9:00-17:30; Sat 9:00-13:00 |
| Ostrander Bay | 1401 Shoreline Drive | Mon-Sat 10:00-18:00; Sun 12:00-16:00 |
| Kelderby | 64 Victoria Avenue | Mon-Fri 9:30-18:30; Sat 10:00-16:00 |
| Grisebourg | 19 rue des Forges | Mon-Fri 9:00-18:00; Sat 10:00-15:00 |
| Port-Ardoise | 3 quai Saint-Pierre | Mon-Thu 10:00-18:00; Fri 10:00-20:00; Sat 10:00-16:00 |
| Millhaven Cross | 455 County Road 8 | Mon-Fri 9:00-17:00; Sat 9:00-12:00 |
| Tillmore | 22 Elm Street | Mon-Fri 10:00-18:00; Sat 10:00-15:00 |
| Sainte-Clotaire | 118 boulevard Laurier-Ouest | Mon-Fri 9:00-19:00; Sat 10:00-17:00; Sun 12:00-16:00 |
| Oakhurst Mills | 9 Foundry Road | Mon-Fri 9:30-17:30; Sat 10:00-14:00 |
| Ferrisdale | 301 Main Street | Mon-Fri 9:00-18:00; Sat 10:00-16:00 |
| Roche-Fendue | 47 rue de la Gare | Mon-Fri 10:00-17:00; Sat 10:00-13:00 |
| Cressington | 1120 Cressington Boulevard | Mon-Fri 9:00-20:00; Sat 9:00-17:00; Sun 11:00-16:00 |
| Baie-des-Huards | 6 rue du Quai | Mon-Fri 9:30-17:30; Sat 10:00-14:00 |

Stores not listed on Sunday are closed that day. The Brimwick store (17 Queen Street) closed on 2026-09-26.
""")

doc("understanding-your-bill.md", "Understanding Your Bill", "2026-10-08", """
Since the move to Clarté on 2026-10-08, bills have a new layout.

## Page 1: Summary

- **Account number** (12 digits, starts with 7) and, on the first Clarté bill, your old FV- number
- **Bill date** (5th or 20th of the month) and **due date** (21 days later)
- Previous balance, payments received, new charges, total due

## Page 2: Details

| Section | What it shows |
|---|---|
| Monthly services | Your plans, billed one month in advance |
| Discounts | Promotions (e.g. GIGA79) and the $5 mobile bundle discount |
| One-time charges | Installation, technician visit, late payment fee, etc. |
| Usage | Sans-fil Rural data overage, long distance |
| Adjustments | Credits, including outage credits and the one-time "Transition adjustment" |
| Taxes | GST/HST and provincial tax |

## Common questions

- **Why is my first bill higher?** Monthly services are billed in advance, so the first bill covers a partial month plus the next month.
- **What is "Frais de facture papier"?** The $3.00 monthly paper bill fee; switch to e-billing to remove it.
""")

doc("comprendre-votre-facture.md", "Comprendre votre facture", "2026-10-08", """
Depuis le passage à Clarté le 2026-10-08, les factures ont une nouvelle présentation.

## Page 1 : Sommaire

- **Numéro de compte** (12 chiffres, commence par 7) et, sur la première facture Clarté, l'ancien numéro FV-
- **Date de facturation** (le 5 ou le 20 du mois) et **date d'échéance** (21 jours plus tard)
- Solde précédent, paiements reçus, nouveaux frais, montant dû

## Page 2 : Détails

| Section | Contenu |
|---|---|
| Services mensuels | Vos forfaits, facturés un mois à l'avance |
| Rabais | Promotions (ex. GIGA79) et rabais mobile groupé de 5 $ |
| Frais uniques | Installation, visite de technicien, frais de retard |
| Utilisation | Dépassement de données Sans-fil Rural |
| Ajustements | Crédits, y compris les crédits pour panne et l'« Ajustement de transition » |
| Taxes | TPS et TVQ |

Les frais de facture papier sont de 3,00 $ par mois; passez à la facture électronique pour les éviter.
""")

doc("moving-your-service.md", "Moving Your Service", "2026-09-01", """
Moving within the Fibreval service area? Your services can follow you.

1. Tell us at least 10 business days before your move (phone, chat or store).
2. We check what is available at the new address (see the *Service Area* page for the town).
3. A technician installs the fibre drop at the new address; you bring your equipment.

## Cost

The service transfer (moving) fee is **$49**. The installation fee is not charged for moves. If Fibreval cannot serve the new address, you can cancel without an early termination fee.

## Moving in the last months of an agreement

Your agreement continues at the new address with the same end date.
""")

doc("tos-03-billing-and-payment.md", "Terms of Service: Section 3 — Billing and Payment", "2026-10-08", """
3.1 Monthly services are billed one month in advance on the bill date (the 5th or the 20th of each month).

3.2 Payment is due 21 days after the bill date. A late payment fee of $19 applies if payment is not received 5 days after the due date.

3.3 Accepted payment methods: bank pre-authorized debit, credit card, online banking, and cash or debit in stores.

3.4 A returned payment (NSF) fee of $25 applies to any payment refused by your bank.

3.5 Paper bills cost $3.00 per month, except for customers aged 65 and over.

3.6 Disputed amounts: you may withhold the disputed part of a bill while a complaint is open; undisputed amounts remain payable.
""")

doc("tos-05-term-and-termination.md", "Terms of Service: Section 5 — Term and Early Termination", "2026-09-01", """
5.1 Services are month-to-month unless you sign a 12- or 24-month agreement.

5.2 You may cancel at any time with 30 days' notice for month-to-month services.

5.3 If you cancel a fixed-term agreement early, an early termination fee of $15 per remaining month applies, up to a maximum of $180.

5.4 No early termination fee applies if you move to an address Fibreval cannot serve, or if Fibreval increases the price of a service under the agreement.

5.5 Equipment must be returned within 21 days of the end of service (Section 6).
""")

doc("tos-06-equipment.md", "Terms of Service: Section 6 — Equipment", "2026-09-01", """
6.1 Gateways, optical terminals, extenders, TV boxes and outdoor units remain Fibreval's property.

6.2 You must keep equipment in a ventilated place and not open it. Damage caused by misuse may be charged at the unreturned equipment rate.

6.3 At the end of service, equipment must be returned within 21 days. If not, the charges in the *Fees and Charges Schedule* apply.

6.4 Firmware updates are installed automatically, usually between 02:00 and 05:00.

6.5 You may use your own router behind the Fibreval gateway in bridge mode; Fibreval does not support third-party routers.
""")

doc("tos-08-data-caps-and-fair-use.md", "Terms of Service: Section 8 — Data Caps and Fair Use", "2026-10-01", """
8.1 Fibre Internet plans have no data cap.

8.2 Since 2026-10-01, Sans-fil Rural 25 has a 400 GB monthly cap and Sans-fil Rural 50 a 750 GB monthly cap. Usage above the cap is billed at $2.50 per additional 10 GB, up to $50 per month.

8.3 Mobile Illimité speed is reduced to 1 Mbps after 100 GB in a billing cycle.

8.4 Reselling the service or running servers that harm the network is not allowed.

8.5 Fibreval may contact customers whose use degrades service for others on a shared fixed wireless sector and suggest a higher plan or fibre where available.
""")

doc("tos-10-price-and-fee-changes.md", "Terms of Service: Section 10 — Price and Fee Changes", "2026-07-20", """
10.1 Fibreval may change prices and fees for month-to-month services with at least 30 days' written notice.

10.2 Prices under a fixed-term agreement do not increase during the term.

10.3 If Fibreval retires a plan, customers are moved to the closest equivalent plan and told at least 30 days in advance.

10.4 Notices are sent by email and shown in Espace Client Fibreval and on the bill.

10.5 Examples: the fee changes of 2026-09-01 were announced on 2026-07-20.

10.6 If you do not accept a change, you may cancel a month-to-month service without penalty before the change takes effect.
""")

doc("conditions-05-duree-et-resiliation.md", "Conditions de service : article 5 — Durée et résiliation", "2026-09-01", """
5.1 Les services sont au mois, sauf si vous signez une entente de 12 ou 24 mois.

5.2 Vous pouvez annuler en tout temps avec un préavis de 30 jours pour les services au mois.

5.3 En cas de résiliation anticipée d'une entente à durée fixe, des frais de 15 $ par mois restant s'appliquent, jusqu'à un maximum de 180 $.

5.4 Aucuns frais si vous déménagez à une adresse que Fibreval ne peut desservir, ou si Fibreval augmente le prix d'un service pendant l'entente.

5.5 L'équipement doit être retourné dans les 21 jours suivant la fin du service.
""")

doc("conditions-03-facturation-et-paiement.md", "Conditions de service : article 3 — Facturation et paiement", "2026-10-08", """
3.1 Les services mensuels sont facturés un mois à l'avance à la date de facturation (le 5 ou le 20 du mois).

3.2 Le paiement est exigible 21 jours après la date de facturation. Des frais de retard de 19 $ s'appliquent si le paiement n'est pas reçu 5 jours après l'échéance.

3.3 Modes de paiement : débit préautorisé, carte de crédit, services bancaires en ligne, comptant ou débit en magasin.

3.4 Des frais de 25 $ s'appliquent à tout paiement refusé par votre banque.

3.5 La facture papier coûte 3,00 $ par mois, sauf pour les 65 ans et plus.
""")

doc("network-status-report-2026-10.md", "Network Status Report: October 2026", "2026-11-04", """
## Overview

October 2026 availability across the fibre network was 99.81%. The month was dominated by the route 209 fibre cut on 2026-10-21 (INC-261021-R209), which affected about 14,200 customers for 11 hours 26 minutes.

## Other notable events

- 2026-10-05 to 2026-10-08: billing freeze for the Clarté migration (no service impact).
- 2026-10-01: data caps started on Sans-fil Rural plans; 6% of fixed wireless customers exceeded their cap in the first month.
- 2026-10-14: Fibre 3G became available in Tillmore and Thornbury Flats.
- 2026-10-20: fibre service switched on in Cressington and Lac-Pervenche, with Fibre 3G from day one.

## Capacity

Peak evening traffic grew 4% over September. No node exceeded 70% utilisation.
""")

doc("faq-general.md", "Frequently Asked Questions", "2026-10-20", """
## Is there a data cap on fibre?

No. Fibre plans are unlimited. Only Sans-fil Rural plans have caps (400 GB and 750 GB since 2026-10-01).

## What happened to Fibre 1G?

It was renamed Fibre Giga on 2026-08-15 and costs $99.

## What happened to Mobile 20?

It became Mobile 30 (30 GB, $45) on 2026-09-01.

## Which gateway will I get?

New installations get the FV-Aurora X7 since 2026-08-15.

## How long do I have to return my equipment?

21 days after the end of service.

## Can I get a credit for an outage?

Yes, automatically, if a service is down 12 consecutive hours or more because of our network (since 2026-10-01).

## How do I log in now that MonFibreval is gone?

Use Espace Client Fibreval (launched 2026-10-08).
""")

doc("outage-and-maintenance-notices-index.md", "Outage and Maintenance Notices Index", "2026-11-14", """
Fibreval publishes a dated page for every outage affecting 40 or more customers and for every planned maintenance window.

## How pages are named

- English outage notices: "Outage Notice: <town>, <date>" or "Service Interruption in <town> (<date>)"
- French outage notices: "Avis de panne : <municipalité>, <date>"
- Planned maintenance: "Planned Maintenance: <towns> — <date>" / "Entretien planifié"
- Post-incident analyses: "Incident Report OUT-…"

## Major events in 2026

| Date | Event |
|---|---|
| 2026-10-21 | Route 209 fibre cut, six towns, 02:14-13:40 |
| 2026-10-05 to 2026-10-08 | Billing migration freeze (no service impact) |

Maintenance usually happens between 00:00 and 06:00 from Sunday night to Thursday night. Notices are published 5 to 14 days in advance.
""")

if __name__ == "__main__":
    for fname, title, date, key, body in DOCS:
        p = os.path.join(OUT, fname)
        assert not os.path.exists(p), fname
        with open(p, "w") as f:
            f.write(f"# {title}\n{key}: {date}\n\n{body.strip()}\n")
    print("core docs", len(DOCS))

# Hand-written core documents for Kessler Möbel. Facts come from data.py so they agree with generated pages.
from data import *
from products import PRODUCTS, PRICE_CHANGES, RECALL_ARTS


def e(x):
    return f"{x:,}".replace(",", ".") + " €"


def z(n, old=False):
    return e(ZONES[n][2 if old else 3])


def build():
    D = []
    add = lambda f, t: D.append((f, t))
    S = {s[0]: s for s in STORES}

    add("company-overview.md", f"""# Kessler Möbel – Unternehmensüberblick
Updated: 2026-10-06

Kessler Möbel ist ein familiengeführter Möbelhändler mit Sitz in Hamburg. Gegründet 1972 als Tischlerei in Hamburg-Altona, betreibt Kessler heute **18 Einrichtungshäuser** in Deutschland und einen Onlineshop.

## Standorte

Hamburg, Berlin, München, Köln, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dortmund, Essen, Bremen, Dresden, Hannover, Nürnberg, Münster, Kiel, Mannheim und Augsburg. Seit dem 05.10.2026 befindet sich das Haus Leipzig in der Paunsdorfer Allee 14 (siehe „Umzug Einrichtungshaus Leipzig“).

## Sortiment

- Sofas und Sessel (28 Serien)
- Betten und Boxspringbetten (22 Serien)
- Kleiderschränke (20 Serien)
- Esstische, Couchtische und Beistelltische (24 Serien)

## Logistik

Die Zentrallager befinden sich in Kassel-Waldau und in Neumünster. Die Auslieferung übernehmen eigene Kessler-Lieferteams aus den Einrichtungshäusern. Die Liefergebühr richtet sich nach vier Lieferzonen (siehe „Liefergebühren und Lieferzonen“).

## Kundenservice

Telefon {HOTLINE} (kostenfrei), Mo–Fr 8:00–20:00, Sa 9:00–16:00. E-Mail: service@kessler-moebel.example. Jede Anfrage erhält eine Vorgangsnummer im Format KS-JJJJ-NNNNNN.
""")

    add("company-overview-en.md", f"""# About Kessler Möbel
Updated: 2026-10-06

Kessler Möbel is a family-run furniture retailer headquartered in Hamburg. It started in 1972 as a joinery in Hamburg-Altona and today runs **18 stores** across Germany plus an online shop.

## What we sell

Sofas and armchairs, beds and box-spring beds, wardrobes, and dining, coffee and side tables. Every range is listed with a range overview page and one page per version.

## How we deliver

Our own delivery teams work out of the stores. Central warehouses are in Kassel-Waldau and Neumünster. Delivery fees depend on four zones; since 1 September 2026 they are {e(ZONES[1][3])} (zone 1), {e(ZONES[2][3])} (zone 2), {e(ZONES[3][3])} (zone 3) and {e(ZONES[4][3])} (zone 4).

## Customer service

Free hotline {HOTLINE}, Mon–Fri 8:00–20:00, Sat 9:00–16:00. Every enquiry gets a case number (Vorgangsnummer) in the format KS-YYYY-NNNNNN. Staff handle enquiries in German and English.

## Recent changes

- New delivery fees from 1 September 2026
- Online returns window shortened to {RETURNS_NEW_DAYS} days for orders from 1 August 2026
- New financing conditions from 15 August 2026
- Leipzig store moved on 5 October 2026
- Show Sundays in Hamburg and Köln from 4 October 2026
""")

    add("liefergebuehren-und-lieferzonen.md", f"""# Liefergebühren und Lieferzonen
Updated: {FEE_CHANGE_DATE}

Diese Seite gilt für alle Speditionslieferungen (Möbel, die von unserem Kessler-Lieferteam gebracht werden) ab dem **01.09.2026**.

## Gebühren pro Auftrag

| Zone | Entfernung zum liefernden Einrichtungshaus | Liefergebühr |
|---|---|---|
| Zone 1 | {ZONES[1][0]} | {z(1)} |
| Zone 2 | {ZONES[2][0]} | {z(2)} |
| Zone 3 | {ZONES[3][0]} | {z(3)} |
| Zone 4 | {ZONES[4][0]} | {z(4)} |

Die Gebühr gilt pro Auftrag und Lieferadresse, unabhängig von der Anzahl der Möbelstücke.

## Kostenfreie Lieferung

In Zone 1 liefern wir ab einem Warenwert von {e(FREE_DELIVERY_THRESHOLD)} kostenfrei. Diese Schwelle ist unverändert.

## Zuschläge

- Abendzeitfenster 16:00–20:00: {e(EVENING_SLOT_SURCHARGE)}
- Samstagslieferung {SAT_SLOT}: {e(SATURDAY_SURCHARGE)}
- Tragen ab dem 3. Obergeschoss ohne Aufzug: {e(FLOOR_SURCHARGE)} je Etage
- Altmöbelmitnahme: {e(DISPOSAL_FEE)} je Möbelstück

## Paketversand

Kleinteile und Pflegeprodukte versenden wir per Paket für 5,95 €.

Die bis 31.08.2026 gültigen Gebühren sind im Dokument „Liefergebühren bis 31.08.2026 (Archiv)“ hinterlegt. Für Aufträge, die vor dem 01.09.2026 bestellt wurden, gilt die alte Gebühr – auch wenn die Lieferung später erfolgt.
""")

    add("delivery-fees-archive-until-2026-08-31.md", f"""# Liefergebühren bis 31.08.2026 (Archiv)
Updated: 2026-01-05

**Archiv – nicht mehr gültig für Bestellungen ab 01.09.2026.** Aktuelle Gebühren: „Liefergebühren und Lieferzonen“.

| Zone | Entfernung | Liefergebühr (bis 31.08.2026) |
|---|---|---|
| Zone 1 | {ZONES[1][0]} | {z(1, True)} |
| Zone 2 | {ZONES[2][0]} | {z(2, True)} |
| Zone 3 | {ZONES[3][0]} | {z(3, True)} |
| Zone 4 | {ZONES[4][0]} | {z(4, True)} |

Zuschläge (Abendfenster {e(EVENING_SLOT_SURCHARGE)}, Samstag {e(SATURDAY_SURCHARGE)}, Altmöbelmitnahme {e(DISPOSAL_FEE)}) waren bereits identisch mit den heutigen Werten. Die Gebühr gilt je Auftrag und Lieferadresse. Kostenfreie Lieferung in Zone 1 ab {e(FREE_DELIVERY_THRESHOLD)} Warenwert.
""")

    add("notice-2026-08-10-neue-liefergebuehren.md", f"""# Hinweis: Neue Liefergebühren ab 1. September 2026
Date: 2026-08-10

Zum **01.09.2026** passen wir unsere Liefergebühren an. Grund sind gestiegene Kraftstoff-, Maut- und Personalkosten unserer Lieferteams.

| Zone | bisher | ab 01.09.2026 |
|---|---|---|
| Zone 1 | {z(1, True)} | {z(1)} |
| Zone 2 | {z(2, True)} | {z(2)} |
| Zone 3 | {z(3, True)} | {z(3)} |
| Zone 4 | {z(4, True)} | {z(4)} |

## Was gleich bleibt

- Zuschläge für Abend- und Samstagsfenster
- Kostenfreie Lieferung in Zone 1 ab {e(FREE_DELIVERY_THRESHOLD)}
- Zoneneinteilung nach Entfernung zum Einrichtungshaus

## Für den Kundenservice

Maßgeblich ist das **Bestelldatum**: Bestellungen bis einschließlich 31.08.2026 werden zur alten Gebühr geliefert, auch wenn der Liefertermin im September oder später liegt.
""")

    add("delivery-fees-change-2026-en.md", f"""# Delivery fee change – September 2026 (English summary)
Date: 2026-08-12

From **1 September 2026** Kessler charges new delivery fees per order:

- Zone 1 ({ZONES[1][1]}): {e(ZONES[1][3])} (was {e(ZONES[1][2])})
- Zone 2 ({ZONES[2][1]}): {e(ZONES[2][3])} (was {e(ZONES[2][2])})
- Zone 3 ({ZONES[3][1]}): {e(ZONES[3][3])} (was {e(ZONES[3][2])})
- Zone 4 ({ZONES[4][1]}): {e(ZONES[4][3])} (was {e(ZONES[4][2])})

The order date decides: orders placed on or before 31 August 2026 keep the old fee. Surcharges (evening slot €{EVENING_SLOT_SURCHARGE}, Saturday €{SATURDAY_SURCHARGE}, disposal €{DISPOSAL_FEE} per item) are unchanged, as is free delivery in zone 1 from €{FREE_DELIVERY_THRESHOLD:,}.
""")

    add("lieferzeitfenster-und-zuschlaege.md", f"""# Lieferzeitfenster und Zuschläge
Updated: 2026-03-02

## Zeitfenster

| Fenster | Tage | Zuschlag |
|---|---|---|
| 07:00–11:00 | Mo–Fr | – |
| 10:00–14:00 | Mo–Fr | – |
| 13:00–17:00 | Mo–Fr | – |
| 16:00–20:00 | Mo–Fr | {e(EVENING_SLOT_SURCHARGE)} |
| {SAT_SLOT} | Sa | {e(SATURDAY_SURCHARGE)} |

Das Zeitfenster wird bei der Terminvereinbarung fest gebucht. Am Vortag ab 18:00 Uhr schicken wir eine SMS mit einer 60-Minuten-Ankündigung; die genaue Ankunft meldet der Fahrer ca. 30 Minuten vorher telefonisch.

## Terminverschiebung

Kostenlos bis 2 Werktage vor dem Termin. Bei kurzfristigerer Absage oder wenn niemand angetroffen wird, berechnen wir eine Fehlfahrtpauschale von 45 €.

## Vorbereitung

- Laufwege freiräumen, Treppenhaus prüfen
- Parkmöglichkeit für einen 7,5-t-LKW in max. 20 m Entfernung
- Aufzugsmaße vorab mitteilen
""")

    add("delivery-time-slots-en.md", f"""# Delivery time slots and surcharges
Updated: 2026-03-02

Weekday slots: 07:00–11:00, 10:00–14:00, 13:00–17:00 and 16:00–20:00. The evening slot (16:00–20:00) costs €{EVENING_SLOT_SURCHARGE} extra. Saturday delivery is available {SAT_SLOT} for €{SATURDAY_SURCHARGE} extra.

- A text message the day before (from 18:00) narrows the slot to 60 minutes.
- The driver calls about 30 minutes before arrival.
- Rescheduling is free up to 2 working days before the appointment; later cancellations or failed deliveries cost a €45 failed-delivery charge.
- Carrying above the 2nd floor without a lift: €{FLOOR_SURCHARGE} per floor.

For zone fees see “Liefergebühren und Lieferzonen”.
""")

    add("montageservice.md", f"""# Montageservice
Updated: 2026-02-16

Unser Montageteam baut Ihre Möbel direkt bei der Lieferung auf. Der Preis steht auf jeder Produktseite unter „Montageservice“.

## Richtwerte

| Produktgruppe | Montagepreis |
|---|---|
| Sofas und Sessel | im Lieferpreis enthalten (Füße werden montiert) |
| Betten | 69–89 € je nach Serie |
| Kleiderschränke | 129–249 € je nach Breite |
| Esstische | 39–49 € |
| Couchtische | 29 € |

## Leistungen

- Aufbau am Aufstellort, Ausrichten, Befestigung des Kippschutzes (bei Schränken)
- Mitnahme der Verpackung
- Funktionsprüfung von Türen und Auszügen

## Nicht enthalten

Elektroarbeiten, Wandmontage von Hängeschränken, Kürzen von Schränken. Nachträglich gebuchte Montage (eigener Termin) kostet zusätzlich eine Anfahrtspauschale von 39 €.
""")

    add("assembly-service-en.md", """# Assembly service
Updated: 2026-02-16

Our assembly team sets up your furniture when it is delivered. The exact price is on each product page under “Assembly service”.

- Sofas and armchairs: included in delivery (feet fitted)
- Beds: €69–89 depending on range
- Wardrobes: €129–249 depending on width
- Dining tables: €39–49; coffee tables €29

The service includes setting up, levelling, fixing anti-tip restraints for wardrobes, taking away packaging and checking doors and drawers. Assembly booked later as a separate visit costs an extra €39 call-out charge. Electrical work and cutting down wardrobes are not included.
""")

    add("altmoebelmitnahme.md", f"""# Altmöbelmitnahme
Updated: 2026-01-20

Bei der Lieferung nehmen wir Ihre alten Möbel mit und entsorgen sie fachgerecht.

- Preis: {e(DISPOSAL_FEE)} je Möbelstück (ein Sofa, ein Bettgestell, ein Schrank, ein Tisch)
- Matratzen: 25 € je Stück
- Voraussetzung: Das Möbelstück ist zerlegt bzw. transportfähig und steht am Aufstellort bereit
- Nur buchbar zusammen mit einer Kessler-Lieferung

Elektrogeräte, Teppichböden und Bauschutt nehmen wir nicht mit.
""")

    add("lieferung-auf-inseln.md", f"""# Lieferung auf Inseln
Updated: 2026-09-01

Inseln gehören immer zu **Zone 4** ({z(4)} seit 01.09.2026). Wir beliefern u. a. Helgoland (über Kessler Hamburg), Wangerooge (über Kessler Bremen) und Fehmarn (über Kessler Kiel).

- Feste Tourtage: Helgoland jeden 2. Donnerstag, Wangerooge jeden 1. und 3. Mittwoch, Fehmarn wöchentlich dienstags
- Fährkosten sind in der Zonengebühr enthalten
- Montageservice auf Helgoland und Wangerooge nur nach Absprache
- Abendfenster und Samstagslieferung sind auf Inseln nicht buchbar
""")

    add("expresslieferung.md", """# Expresslieferung
Updated: 2026-04-14

Für Lagerware („ab Lager, 5–10 Werktage“) bieten wir in Zone 1 und 2 eine Expresslieferung innerhalb von 3 Werktagen an.

- Aufpreis: 59 € zusätzlich zur Zonengebühr
- Nur Werktagsfenster 07:00–11:00 oder 13:00–17:00
- Bestellung bis 12:00 Uhr; Zählung ab dem folgenden Werktag
- Nicht für Sonderanfertigungen oder Artikel mit Lieferzeit in Wochen
""")

    add("rueckgaberecht-onlinebestellungen.md", f"""# Rückgaberecht für Onlinebestellungen
Updated: {RETURNS_CHANGE_DATE}

## Rückgabefrist

Für Onlinebestellungen ab dem **01.08.2026** gilt eine Rückgabefrist von **{RETURNS_NEW_DAYS} Tagen** ab Lieferung. Bis zum 31.07.2026 bestellte Ware kann weiterhin innerhalb von {RETURNS_OLD_DAYS} Tagen zurückgegeben werden.

## Ablauf

1. Rückgabe im Kundenkonto oder telefonisch unter {HOTLINE} anmelden
2. Kleinteile per Paket zurücksenden (Retourenlabel kostenlos)
3. Speditionsware wird abgeholt; die Abholung kostet pauschal {e(RETURN_PICKUP_FEE)}
4. Erstattung innerhalb von 14 Tagen nach Eingang über die ursprüngliche Zahlungsart

## Ausgeschlossen

- Maßanfertigungen (z. B. Schränke mit individueller Höhe)
- Matratzen mit geöffneter Hygieneschutzfolie
- Aufgebaute Möbel, wenn der Aufbau durch den Kessler-Montageservice erfolgte und Gebrauchsspuren vorliegen

Die Möbel müssen unbenutzt und möglichst in Originalverpackung sein. Das gesetzliche Widerrufsrecht bleibt unberührt.
""")

    add("notice-2026-07-15-returns-window-online.md", f"""# Notice: returns window for online orders changes on 1 August 2026
Date: 2026-07-15

From **1 August 2026** the returns window for online orders is **{RETURNS_NEW_DAYS} days** from delivery (previously {RETURNS_OLD_DAYS} days).

## What customer service needs to know

- The **order date** decides. Orders placed up to and including 31 July 2026 keep the {RETURNS_OLD_DAYS}-day window.
- Store purchases are not affected (see “Umtausch bei Kauf im Einrichtungshaus”).
- The collection charge for bulky returns stays at €{RETURN_PICKUP_FEE}.
- Refunds are still made within 14 days of receipt.

Please update your email templates. Statements such as “30 Tage Rückgaberecht” must no longer be used for new orders.
""")

    add("umtausch-einrichtungshaus.md", """# Umtausch bei Kauf im Einrichtungshaus
Updated: 2026-02-03

Für Käufe im Einrichtungshaus gewähren wir freiwillig ein Umtauschrecht von **14 Tagen** gegen Vorlage des Kassenbons.

- Umtausch in Ware oder Gutschein; keine Barauszahlung
- Nur unbenutzte Ware in Originalverpackung
- Ausstellungsstücke und reduzierte Ware sind vom Umtausch ausgeschlossen
- Der Umtausch erfolgt in jedem Kessler-Einrichtungshaus, nicht nur im Kaufhaus

Für Onlinebestellungen gilt die Seite „Rückgaberecht für Onlinebestellungen“.
""")

    add("garantie-und-gewaehrleistung.md", """# Garantie und Gewährleistung
Updated: 2026-01-12

## Gesetzliche Gewährleistung

2 Jahre ab Übergabe auf alle Artikel.

## Kessler-Garantie (freiwillig, zusätzlich)

| Bauteil | Garantiedauer |
|---|---|
| Sofagestelle und Federkern | 5 Jahre |
| Schrankbeschläge (Scharniere, Schwebetürschienen) | 10 Jahre |
| Bettrahmen aus Massivholz | 5 Jahre |
| Tischgestelle | 5 Jahre |

Die Garantie gilt ab Lieferdatum und nur bei bestimmungsgemäßem Gebrauch im Privathaushalt. Bezüge, Polsterschaum und Oberflächenabnutzung sind nicht umfasst.

## Garantiefall melden

Über das Reklamationsformular oder telefonisch; Fotos und Auftragsnummer bereithalten. Siehe „Reklamation und Schadensmeldung – Ablauf“.
""")

    add("warranty-and-guarantee-en.md", """# Warranty and Kessler guarantee
Updated: 2026-01-12

All items carry the 2-year statutory warranty from handover. In addition, Kessler gives a voluntary guarantee:

- Sofa frames and spring cores: 5 years
- Wardrobe fittings (hinges, sliding door rails): 10 years
- Solid wood bed frames: 5 years
- Table frames: 5 years

The guarantee starts on the delivery date and covers normal private use. Covers, foam and surface wear are excluded. Claims go through the complaint form with photos and the order number (see “Damage claims and complaints – procedure”).
""")

    F_old, F_new = FIN_OLD, FIN_NEW
    add("kessler-finanzierung.md", f"""# Kessler Finanzierung – Ratenkauf
Updated: {FIN_CHANGE_DATE}

Finanzierungspartner ist die {FIN_BANK}. Die folgenden Konditionen gelten für Anträge ab dem **15.08.2026**.

## 0 %-Finanzierung

- Laufzeit: 6 bis **{F_new['zero_months']} Monate** zu 0,00 % effektivem Jahreszins
- Mindesteinkaufswert: **{e(F_new['min_order'])}**
- Mindestrate: 25 € pro Monat

## Längere Laufzeiten

- {F_new['long_terms']} zu **{F_new['long_apr']} effektivem Jahreszins** (gebundener Sollzins 6,77 %)
- Repräsentatives Beispiel: 2.000 € Nettodarlehensbetrag, 36 Monate, Monatsrate 61,45 €, Gesamtbetrag 2.212,20 €

## Voraussetzungen

Volljährigkeit, Wohnsitz in Deutschland, deutsches Girokonto, positive Bonitätsprüfung. Der Antrag kann im Einrichtungshaus oder online (Video-Ident) gestellt werden.

Bis 14.08.2026 geltende Konditionen: siehe „Hinweis: Neue Finanzierungskonditionen ab 15. August 2026“.
""")

    add("notice-2026-08-01-finanzierungskonditionen.md", f"""# Hinweis: Neue Finanzierungskonditionen ab 15. August 2026
Date: 2026-08-01

Gemeinsam mit der {FIN_BANK} ändern wir die Konditionen des Kessler-Ratenkaufs.

| | bis 14.08.2026 | ab 15.08.2026 |
|---|---|---|
| 0 %-Laufzeit | bis {F_old['zero_months']} Monate | bis {F_new['zero_months']} Monate |
| Mindesteinkaufswert 0 % | {e(F_old['min_order'])} | {e(F_new['min_order'])} |
| Längere Laufzeiten | {F_old['long_terms']} zu {F_old['long_apr']} | {F_new['long_terms']} zu {F_new['long_apr']} |

Bereits abgeschlossene Verträge laufen unverändert weiter. Maßgeblich ist das Datum des Kreditantrags.

Werbemittel mit „24 Monate 0 %“ sind ab 15.08.2026 aus den Häusern zu entfernen.
""")

    add("financing-faq-en.md", f"""# Financing FAQ (English)
Updated: 2026-08-20

**Who provides the financing?** {FIN_BANK}.

**How long can I pay at 0 %?** Since 15 August 2026: 6 to {F_new['zero_months']} months at 0.00 % APR, for purchases of at least €{F_new['min_order']}. (Before that date: up to {F_old['zero_months']} months from €{F_old['min_order']}.)

**Longer terms?** {F_new['long_terms'].replace('Monate', 'months')} at {F_new['long_apr'].replace(',', '.')} APR.

**Minimum monthly instalment?** €25.

**Can I pay off early?** Yes, at any time and free of charge.

**Does an existing agreement change?** No. Agreements signed before 15 August 2026 keep their conditions.
""")

    tilma = [p for p in PRODUCTS if p["art"] in RECALL_ARTS]
    arts = " und ".join(RECALL_ARTS)
    add("recall-2026-09-22-hochbett-tilma.md", f"""# Rückruf Hochbett TILMA – Leiterhalterung
Date: {RECALL_DATE}

Kessler Möbel ruft vorsorglich die **Hochbetten TILMA** mit den Artikelnummern **{arts}** zurück, die zwischen November 2025 und Juni 2026 produziert wurden (Produktionscode auf dem Typenschild am Kopfende: 2545 bis 2626).

## Problem

Die Halterung, mit der die Leiter am Bettrahmen eingehängt wird, kann brechen. Dadurch kann die Leiter abrutschen und es besteht Sturzgefahr. Uns sind drei Fälle ohne schwere Verletzungen bekannt.

## Was Kunden tun sollen

1. Die Leiter **sofort nicht mehr benutzen** und das Bett nicht als Hochbett nutzen.
2. Rückruf-Hotline {RECALL_HOTLINE} anrufen (Mo–Sa 8–20 Uhr) oder das Rückrufformular im Onlineshop ausfüllen.
3. Wahl zwischen kostenlosem **Austauschset** (Leiterhalterung aus Stahl, Montage durch Kessler-Monteur) oder **voller Kaufpreiserstattung** inklusive Abholung – auch ohne Kassenbon.

## Nicht betroffen

TILMA Bett 140×200 sowie alle anderen Serien.
""")

    add("recall-tilma-loft-bed-en.md", f"""# Recall: TILMA loft bed ladder bracket
Date: {RECALL_DATE}

Kessler Möbel is recalling **TILMA loft beds**, item numbers **{' and '.join(RECALL_ARTS)}**, made between November 2025 and June 2026 (production code 2545–2626 on the label at the head end).

The bracket that hooks the ladder onto the bed frame can break, so the ladder may slip and a child could fall.

**What to do:** stop using the ladder immediately, then call the recall hotline {RECALL_HOTLINE} (Mon–Sat 8:00–20:00) or use the online recall form. Customers can choose a free replacement kit (steel bracket, fitted by a Kessler technician) or a full refund including collection, even without a receipt.

The TILMA 140×200 bed and all other ranges are not affected.
""")

    add("intern-rueckruf-tilma-bearbeitung.md", f"""# Intern: Bearbeitung Rückruf TILMA im Kundenservice
Date: 2026-09-23

Interne Arbeitsanweisung für den Kundenservice.

- Vorgangsart „Rückruf TILMA“ im Ticketsystem wählen
- Produktionscode abfragen (2545–2626 = betroffen)
- Austauschset: Monteurtermin innerhalb von 10 Werktagen, keine Liefergebühr, keine Montagekosten
- Erstattung: Abholung kostenlos, Erstattung des vollen Kaufpreises inkl. damals gezahlter Liefer- und Montagekosten
- Kein Kassenbon nötig; Foto des Typenschilds reicht
- Bei Verletzungen: Fall sofort an qualitaet@kessler-moebel.example eskalieren
- Rückruf-Hotline für Kunden: {RECALL_HOTLINE}

Das Austauschset hat die Teilenummer ET-512-TL-04.
""")

    add("notice-2026-10-05-umzug-leipzig.md", f"""# Umzug Einrichtungshaus Leipzig
Date: {LEIPZIG_MOVE_DATE}

Unser Leipziger Haus ist umgezogen. Seit dem **05.10.2026** finden Sie uns in der **Paunsdorfer Allee 14, 04329 Leipzig** (neben dem Paunsdorf Center). Der bisherige Standort {LEIPZIG_OLD_ADDRESS} wurde am 26.09.2026 geschlossen.

## Was sich ändert

- Größere Ausstellungsfläche (22.000 m²) und 720 Parkplätze
- Neues Restaurant Auenwald im 1. OG
- Click & Collect an Tor 2
- Straßenbahnlinien 3 und 7, Haltestelle Paunsdorf-Center

## Was gleich bleibt

Telefonnummer {S['leipzig'][5]}, Öffnungszeiten Mo–Sa 10:00–20:00, Hausleitung {S['leipzig'][12]}, Liefergebiet (siehe „Liefergebiet Kessler Leipzig“).

Bestellungen mit Abholung am alten Standort wurden automatisch auf den neuen Standort umgestellt.
""")

    add("notice-2026-09-20-sonntagsoeffnung.md", f"""# Sonntagsöffnung in Hamburg und Köln
Date: 2026-09-20

Ab dem **04.10.2026** öffnen die Einrichtungshäuser **Hamburg** ({S['hamburg'][3]}) und **Köln** ({S['koeln'][3]}) jeden Sonntag als **Schausonntag** von **{SUNDAY_HOURS} Uhr**.

- Besichtigen, Probesitzen, Beratung und Planung sind möglich.
- Kaufverträge, Kasse und Click & Collect-Abholungen sind sonntags nicht möglich (Ladenöffnungsgesetz).
- Die Restaurants Elbblick und Domkantine öffnen sonntags 11:30–16:30 Uhr.
- Alle anderen 16 Häuser bleiben sonntags geschlossen.

Bei Fragen von Kunden aus anderen Städten: Derzeit sind keine weiteren Sonntagsöffnungen geplant.
""")

    lines = "\n".join(
        f"| {p['name']} {p['variant_de']} | {p['art']} | {e(PRICE_CHANGES[p['name'] + '|' + p['variant_de']][0])} | {e(p['price'])} |"
        for p in PRODUCTS if (p["name"] + "|" + p["variant_de"]) in PRICE_CHANGES)
    add("notice-2026-10-01-preisanpassungen.md", f"""# Preisanpassungen zum 1. Oktober 2026
Date: 2026-10-01

Zum 01.10.2026 ändern sich die Preise folgender Artikel. Gründe sind gestiegene Material- und Frachtkosten bzw. bei den Esstischen günstigere Einkaufskonditionen.

| Artikel | Art.-Nr. | bisher | neu ab 01.10.2026 |
|---|---|---|---|
{lines}

Für Bestellungen vor dem 01.10.2026 gilt der bei Bestellung bestätigte Preis. Preisschilder in den Häusern wurden am 30.09.2026 nach Ladenschluss getauscht.
""")

    add("stores-opening-hours-overview.md", "# Öffnungszeiten aller Einrichtungshäuser\nUpdated: 2026-10-05\n\n| Haus | Adresse | Mo–Fr | Sa | So |\n|---|---|---|---|---|\n" +
        "\n".join(f"| {s[1]} | {s[3]}, {s[4]} {s[1]} | {s[6]} | {s[7]} | {SUNDAY_HOURS + ' (Schausonntag)' if s[0] in SUNDAY_STORES else 'geschlossen'} |" for s in STORES) +
        "\n\nFeiertage: An gesetzlichen Feiertagen sind alle Häuser geschlossen. Am 24. und 31.12. schließen die Häuser um 14:00 Uhr.\n")

    add("restaurants-overview.md", "# Kessler Restaurants im Überblick\nUpdated: 2026-10-05\n\n16 unserer 18 Einrichtungshäuser haben ein Restaurant oder Bistro. Dortmund und Münster haben keine Gastronomie.\n\n| Haus | Restaurant | Öffnungszeiten Mo–Sa |\n|---|---|---|\n" +
        "\n".join(f"| {s[1]} | {s[8]} | {s[9]} |" for s in STORES if s[8]) +
        "\n\nKessler Family Card: Mo–Do ein Heißgetränk gratis. Am Schausonntag öffnen Elbblick (Hamburg) und Domkantine (Köln) 11:30–16:30.\n")

    add("click-and-collect-overview.md", """# Click & Collect – so funktioniert die Abholung
Updated: 2026-03-10

Bei Click & Collect bestellen Sie online und holen im Einrichtungshaus Ihrer Wahl ab. Die Abholung ist kostenlos.

- Lagerware ist meist nach 2–4 Werktagen abholbereit; Sie erhalten eine SMS mit Abholcode.
- Bereitgestellte Ware wird 10 Werktage reserviert, danach wird die Bestellung storniert und erstattet.
- Abholung nur Montag bis Samstag, nicht am Schausonntag.
- Kostenloser Anhängerverleih für 3 Stunden gegen Ausweis.
- Eine dritte Person darf mit Abholcode und Vollmacht abholen.

Die Abholzeiten und das Tor stehen auf der Seite „Click & Collect in Kessler <Stadt>“.
""")

    add("reklamation-schadensmeldung-ablauf.md", f"""# Reklamation und Schadensmeldung – Ablauf
Updated: 2026-04-22

## Fristen

- **Transportschäden** (sichtbare Schäden an Verpackung oder Möbel) bitte innerhalb von **7 Tagen** nach Lieferung melden.
- Sonstige Mängel: innerhalb der Gewährleistung bzw. Kessler-Garantie.

## Was wir brauchen

1. Auftragsnummer (Format A-JJJJ-NNNNNN)
2. Artikelnummer und Bezeichnung
3. Beschreibung des Schadens
4. **Mindestens 3 Fotos**: Gesamtansicht, Detail des Schadens, Typenschild bzw. Etikett
5. Gewünschte Lösung

## Lösungen

- Ersatzteil (Versand in 5–10 Werktagen)
- Reparatur vor Ort durch Kessler-Servicetechniker
- Austausch des Artikels
- Preisnachlass bei kleinen optischen Mängeln (Richtwert 10–20 %)
- Rücknahme und Erstattung

## Weiterleitung

Der Kundenservice legt eine Schadensmeldung für das Lager an. Das Lager Kassel-Waldau bearbeitet Meldungen innerhalb von 2 Werktagen. Bei Rückrufartikeln gilt die jeweilige Rückrufnotiz.
""")

    add("damage-claims-procedure-en.md", """# Damage claims and complaints – procedure
Updated: 2026-04-22

- Report **transport damage within 7 days** of delivery.
- Other defects: within the statutory warranty or the Kessler guarantee.

We need the order number (format A-YYYY-NNNNNN), item number, a description, **at least 3 photos** (overall view, close-up of the damage, product label) and the preferred solution.

Possible solutions: spare part (5–10 working days), on-site repair by a Kessler service technician, replacement, a price reduction for minor cosmetic defects (usually 10–20 %), or return and refund.

Customer service creates a damage report for the warehouse. The Kassel-Waldau warehouse processes reports within 2 working days.
""")

    add("kundenservice-kontakt.md", f"""# Kundenservice – Kontakt und Erreichbarkeit
Updated: 2026-05-05

- Hotline: {HOTLINE} (kostenfrei), Mo–Fr 8:00–20:00, Sa 9:00–16:00
- Rückruf-Hotline (nur Produktrückrufe): {RECALL_HOTLINE}
- E-Mail: service@kessler-moebel.example
- Chat im Onlineshop: Mo–Sa 9:00–18:00

Antwortzeit per E-Mail: in der Regel innerhalb von 2 Werktagen. Jede Anfrage erhält eine Vorgangsnummer im Format KS-JJJJ-NNNNNN; Auftragsnummern haben das Format A-JJJJ-NNNNNN.
""")

    add("zahlungsarten.md", """# Zahlungsarten
Updated: 2026-02-10

Im Onlineshop: Kreditkarte (Visa, Mastercard), PayPal, Rechnung (bis 3.000 €, nach Bonitätsprüfung), Vorkasse, Kessler Finanzierung.

Im Einrichtungshaus: Bargeld, girocard, Kreditkarte, Kessler Geschenkgutschein, Kessler Finanzierung.

Bei Speditionsware ist bei Rechnungskauf eine Anzahlung von 20 % fällig. Zahlung an der Haustür ist nicht möglich.
""")

    add("gutscheine.md", """# Geschenkgutscheine
Updated: 2026-01-30

Kessler Geschenkgutscheine gibt es ab 10 € in jedem Einrichtungshaus und online.

- Gültigkeit: 3 Jahre ab Ende des Ausstellungsjahres
- Einlösbar online und in allen Häusern, auch in den Restaurants
- Keine Barauszahlung von Restbeträgen unter 5 €
- Verlorene Gutscheine können nur mit Kaufbeleg gesperrt und ersetzt werden
""")

    add("kessler-family-card.md", """# Kessler Family Card
Updated: 2026-06-02

Die Kessler Family Card ist kostenlos. Karteninhaber erhalten:

- 1 Punkt je 1 € Einkaufswert; 500 Punkte = 5 € Gutschein
- Montag bis Donnerstag ein Heißgetränk gratis in den Restaurants
- Verlängertes Umtauschrecht im Einrichtungshaus: 30 statt 14 Tage
- Einladungen zu Vorverkäufen

Das verlängerte Umtauschrecht gilt nur für Käufe im Einrichtungshaus, nicht für Onlinebestellungen.
""")

    add("stoff-und-farbmuster.md", """# Stoff- und Farbmuster bestellen
Updated: 2026-02-25

Bis zu 5 Stoff- oder Holzmuster pro Bestellung verschicken wir kostenlos. Lieferzeit 3–5 Werktage. Muster müssen nicht zurückgeschickt werden. In den Einrichtungshäusern liegen alle Muster an der Beratungstheke aus.

Hinweis: Farben können je nach Produktionscharge leicht abweichen; eine Reklamation wegen geringer Farbabweichung zum Muster ist ausgeschlossen.
""")

    add("safety-notice-kippschutz.md", """# Sicherheitshinweis Kippschutz für Schränke und Kommoden
Updated: 2025-06-12

Schränke und Kommoden müssen mit dem beiliegenden Kippschutz an der Wand befestigt werden. Unbefestigte Schränke können kippen, insbesondere wenn Kinder an geöffneten Türen oder Schubladen ziehen.

- Beiliegende Dübel eignen sich für Beton und Ziegel.
- Für Gipskartonwände Hohlraumdübel verwenden.
- Unser Montageservice befestigt den Kippschutz immer mit.
- Ersatz-Kippschutzsets sind kostenlos an der Servicetheke erhältlich.
""")

    add("safety-notice-2025-03-glastisch-kanten.md", """# Sicherheitshinweis: Glastische mit ESG-Platte
Date: 2025-03-18

Bei Glastischen mit ESG-Platte (10 mm) kann ein harter Schlag auf die Kante die Platte zerspringen lassen. ESG zerfällt in kleine stumpfe Krümel. Das ist kein Produktfehler, aber wir empfehlen Kantenschutz in Haushalten mit kleinen Kindern. Kostenlose Kantenschutzprofile gibt es an der Servicetheke.
""")

    add("incident-2026-06-lager-kassel-stoerung.md", """# Störung Lager Kassel-Waldau – Lieferverzögerungen
Date: 2026-06-24

Am 22.06.2026 ist im Zentrallager Kassel-Waldau das Lagerverwaltungssystem für rund 36 Stunden ausgefallen. Betroffen waren Lieferungen vom 23.06. bis 03.07.2026.

- Rund 1.900 Liefertermine wurden verschoben.
- Betroffene Kunden erhielten einen 50-€-Gutschein als Entschuldigung.
- Die Ursache war ein fehlerhaftes Software-Update; das System läuft seit 24.06.2026 wieder stabil.

Neue Anfragen zu diesem Vorfall bitte mit Vorgangsart „Lagerstörung 06/2026“ erfassen.
""")

    add("einrichtungsberatung.md", """# Kostenlose Einrichtungsberatung
Updated: 2026-03-19

In allen 18 Häusern bieten wir kostenlose Einrichtungsberatung an (60 Minuten, nach Terminvereinbarung). Bringen Sie Grundriss, Fotos und Maße mit. Eine Beratung zu Hause kostet 79 € und wird beim Kauf ab 1.500 € verrechnet. Am Schausonntag (Hamburg, Köln) ist Beratung ohne Termin möglich.
""")

    add("nachhaltigkeit.md", """# Nachhaltigkeit bei Kessler
Updated: 2026-04-08

- 72 % unserer Massivholzmöbel tragen das FSC®-Siegel.
- Verpackungen nehmen unsere Lieferteams kostenlos mit.
- Seit 2025 fahren 40 % der Lieferfahrzeuge in Hamburg, Köln und München elektrisch.
- Ersatzteile halten wir mindestens 7 Jahre nach Auslauf einer Serie vor.
""")

    add("ersatzteile.md", """# Ersatzteile bestellen
Updated: 2026-02-18

Schrauben, Beschläge, Füße und Griffe bestellen Sie über das Ersatzteilformular oder an der Servicetheke. Kleinteile bis 10 € Warenwert sind kostenlos. Versand in 5–10 Werktagen. Ersatzteile halten wir mindestens 7 Jahre nach Auslauf einer Serie vor. Für Rückrufartikel gelten gesonderte Ersatzteile (siehe Rückrufnotiz).
""")

    add("auftrag-aendern-stornieren.md", """# Auftrag ändern oder stornieren
Updated: 2026-03-05

- Änderungen (Farbe, Variante, Adresse) sind kostenlos, solange der Auftrag noch nicht an das Lager übergeben ist – in der Regel bis 48 Stunden nach Bestellung.
- Stornierung bei Lagerware kostenlos bis zur Übergabe an das Lieferteam.
- Bei Sonderanfertigungen berechnen wir nach Produktionsbeginn 25 % des Warenwerts.
- Adressänderung nach Terminvereinbarung kann die Lieferzone und damit die Liefergebühr ändern.
""")

    add("press-2026-11-black-week.md", """# Black Week 2026 bei Kessler
Date: 2026-11-09

Vom 23. bis 30.11.2026 gibt es in allen Häusern und online bis zu 25 % auf ausgewählte Serien (Aktionscode BLACK25). Zusätzlich ist der Montageservice für alle Kleiderschränke in diesem Zeitraum kostenlos. Die Aktion ist nicht mit der 0 %-Finanzierung kombinierbar, wenn der Einkaufswert nach Rabatt unter 500 € liegt.
""")

    # ---------------- FAQ pages (short Q&A pages, DE and EN)
    faqs = [
        ("faq-liefergebuehr-berechnung", "FAQ: Wie wird die Liefergebühr berechnet?", f"Die Liefergebühr hängt von der Lieferzone ab, also von der Entfernung zwischen Lieferadresse und liefernden Einrichtungshaus. Seit 01.09.2026 kostet Zone 1 {z(1)}, Zone 2 {z(2)}, Zone 3 {z(3)} und Zone 4 {z(4)}. Die Gebühr gilt einmal pro Auftrag und Adresse. Zuschläge für Abend- und Samstagsfenster kommen hinzu."),
        ("faq-delivery-fee-en", "FAQ: How much does delivery cost?", f"It depends on the zone. Since 1 September 2026: zone 1 €{ZONES[1][3]}, zone 2 €{ZONES[2][3]}, zone 3 €{ZONES[3][3]}, zone 4 €{ZONES[4][3]}. One fee per order and address. Zone 1 delivery is free from €{FREE_DELIVERY_THRESHOLD:,} order value."),
        ("faq-rueckgabefrist-online", "FAQ: Wie lange kann ich online bestellte Möbel zurückgeben?", f"Für Onlinebestellungen ab dem 01.08.2026 gilt eine Rückgabefrist von {RETURNS_NEW_DAYS} Tagen ab Lieferung. Für ältere Bestellungen gelten weiterhin {RETURNS_OLD_DAYS} Tage. Die Abholung von Speditionsware kostet {e(RETURN_PICKUP_FEE)}."),
        ("faq-returns-window-en", "FAQ: What is the returns window for online orders?", f"{RETURNS_NEW_DAYS} days from delivery for orders placed on or after 1 August 2026; {RETURNS_OLD_DAYS} days for earlier orders. Collection of bulky items costs €{RETURN_PICKUP_FEE}."),
        ("faq-null-prozent-finanzierung", "FAQ: Gibt es eine 0 %-Finanzierung?", f"Ja. Seit 15.08.2026 finanzieren wir mit der {FIN_BANK} 6 bis {FIN_NEW['zero_months']} Monate zu 0 % effektivem Jahreszins ab {e(FIN_NEW['min_order'])} Einkaufswert. Längere Laufzeiten ({FIN_NEW['long_terms']}) kosten {FIN_NEW['long_apr']} effektiven Jahreszins."),
        ("faq-sonntag-geoeffnet", "FAQ: Haben Sie sonntags geöffnet?", f"Nur Hamburg und Köln: Dort ist seit 04.10.2026 jeden Sonntag Schausonntag von {SUNDAY_HOURS} Uhr (ohne Verkauf). Alle anderen Häuser sind sonntags geschlossen."),
        ("faq-sunday-opening-en", "FAQ: Are any stores open on Sundays?", f"Yes, Hamburg and Köln open every Sunday {SUNDAY_HOURS} as show Sundays since 4 October 2026: browsing and advice only, no sales or pick-ups."),
        ("faq-leipzig-adresse", "FAQ: Wo ist das Einrichtungshaus Leipzig?", f"Seit 05.10.2026 in der Paunsdorfer Allee 14, 04329 Leipzig. Der alte Standort {LEIPZIG_OLD_ADDRESS} ist geschlossen."),
        ("faq-montage-nachtraeglich", "FAQ: Kann ich die Montage nachträglich buchen?", "Ja. Die nachträgliche Montage kostet den Montagepreis laut Produktseite plus 39 € Anfahrtspauschale."),
        ("faq-transportschaden-frist", "FAQ: Bis wann muss ich einen Transportschaden melden?", "Transportschäden bitte innerhalb von 7 Tagen nach Lieferung mit mindestens 3 Fotos melden."),
        ("faq-transport-damage-en", "FAQ: How do I report transport damage?", "Within 7 days of delivery, with the order number and at least 3 photos (overall view, close-up, label)."),
        ("faq-tilma-rueckruf", "FAQ: Ist mein Hochbett TILMA vom Rückruf betroffen?", f"Betroffen sind die Artikel {' und '.join(RECALL_ARTS)} mit Produktionscode 2545 bis 2626. Bitte Leiter nicht mehr benutzen und die Rückruf-Hotline {RECALL_HOTLINE} anrufen."),
        ("faq-terminverschiebung", "FAQ: Kann ich meinen Liefertermin verschieben?", "Bis 2 Werktage vor dem Termin kostenlos. Danach oder bei Nichtantreffen berechnen wir 45 € Fehlfahrtpauschale."),
        ("faq-reschedule-en", "FAQ: Can I change my delivery date?", "Free of charge up to 2 working days before. Later changes or failed deliveries cost €45."),
        ("faq-altmoebel", "FAQ: Nehmen Sie mein altes Sofa mit?", f"Ja, bei Lieferung für {e(DISPOSAL_FEE)} je Möbelstück; Matratzen 25 €."),
        ("faq-abendlieferung", "FAQ: Liefern Sie auch abends?", f"Ja, im Zeitfenster 16:00–20:00 Uhr gegen {e(EVENING_SLOT_SURCHARGE)} Zuschlag."),
        ("faq-samstag-lieferung", "FAQ: Is Saturday delivery possible?", f"Yes, {SAT_SLOT} for an extra €{SATURDAY_SURCHARGE}. Not available for island deliveries."),
        ("faq-click-collect-reservierung", "FAQ: Wie lange wird Click & Collect-Ware reserviert?", "10 Werktage ab Bereitstellungs-SMS. Danach wird der Auftrag storniert und erstattet."),
        ("faq-kippschutz", "FAQ: Muss der Schrank an die Wand?", "Ja, jeder Schrank muss mit dem Kippschutz befestigt werden. Der Montageservice erledigt das mit."),
        ("faq-garantie-sofa", "FAQ: Wie lange ist die Garantie auf Sofagestelle?", "5 Jahre Kessler-Garantie auf Gestell und Federkern zusätzlich zur 2-jährigen Gewährleistung."),
        ("faq-wardrobe-guarantee-en", "FAQ: What guarantee do wardrobe fittings have?", "10 years on hinges and sliding door rails under the Kessler guarantee."),
        ("faq-muster", "FAQ: Kann ich Stoffmuster bekommen?", "Bis zu 5 Muster pro Bestellung kostenlos, Lieferzeit 3–5 Werktage."),
        ("faq-rechnungskauf", "FAQ: Kann ich auf Rechnung kaufen?", "Ja, bis 3.000 € nach Bonitätsprüfung. Bei Speditionsware ist eine Anzahlung von 20 % fällig."),
        ("faq-umtausch-filiale", "FAQ: Kann ich im Haus gekaufte Ware umtauschen?", "Innerhalb von 14 Tagen mit Kassenbon, mit Kessler Family Card 30 Tage. Nur unbenutzte Ware."),
        ("faq-express", "FAQ: Do you offer express delivery?", "For stock items in zones 1 and 2: delivery within 3 working days for €59 on top of the zone fee."),
        ("faq-inseln", "FAQ: Liefern Sie auf Inseln?", f"Ja, Inseln sind Zone 4 ({z(4)}). Feste Tourtage, kein Abend- oder Samstagsfenster."),
        ("faq-restaurant-dortmund", "FAQ: Gibt es in Dortmund ein Restaurant?", "Nein. Die Häuser Dortmund und Münster haben kein Restaurant; im Eingangsbereich steht ein Kaffeeautomat."),
        ("faq-lagerstoerung-gutschein", "FAQ: Gutschein wegen Lagerstörung Juni 2026?", "Kunden, deren Termin zwischen 23.06. und 03.07.2026 wegen der Lagerstörung verschoben wurde, erhielten einen 50-€-Gutschein."),
        ("faq-ersatzteile-kosten", "FAQ: Was kosten Ersatzteile?", "Kleinteile bis 10 € Warenwert sind kostenlos; Versand in 5–10 Werktagen."),
        ("faq-fehlfahrt-en", "FAQ: What happens if nobody is home for the delivery?", "We charge a €45 failed-delivery fee and arrange a new appointment."),
        ("faq-stockwerk", "FAQ: Was kostet das Tragen in den 4. Stock?", f"Ab dem 3. Obergeschoss ohne Aufzug berechnen wir {e(FLOOR_SURCHARGE)} je Etage."),
        ("faq-financing-old-contracts-en", "FAQ: My financing started in July – does the new rate apply?", "No. Agreements signed before 15 August 2026 keep their original conditions."),
        ("faq-preiserhoehung-bestellt", "FAQ: Ich habe vor der Preisanpassung bestellt – was zahle ich?", "Es gilt der bei Bestellung bestätigte Preis. Die Preisanpassungen vom 01.10.2026 betreffen nur neue Bestellungen."),
        ("faq-gutschein-restaurant", "FAQ: Kann ich Gutscheine im Restaurant einlösen?", "Ja, Kessler Geschenkgutscheine gelten auch in allen Kessler-Restaurants."),
        ("faq-anhaenger", "FAQ: Can I borrow a trailer?", "Yes, free of charge for up to 3 hours at the Click & Collect gate; bring ID."),
        ("faq-beratung-zuhause", "FAQ: Kommt ein Berater zu mir nach Hause?", "Ja, für 79 €; wird beim Kauf ab 1.500 € verrechnet."),
    ]
    dates = ["2026-09-03", "2026-09-05", "2026-08-02", "2026-08-03", "2026-08-16", "2026-09-21", "2026-09-22", "2026-10-06",
             "2026-02-17", "2026-04-23", "2026-04-24", "2026-09-23", "2026-03-03", "2026-03-04", "2026-01-21", "2026-03-06",
             "2026-03-07", "2026-03-11", "2025-06-13", "2026-01-13", "2026-01-14", "2026-02-26", "2026-02-11", "2026-06-03",
             "2026-04-15", "2026-09-02", "2026-04-02", "2026-06-25", "2026-02-19", "2026-03-08", "2026-03-09", "2026-08-21",
             "2026-10-02", "2026-01-31", "2026-03-12", "2026-03-20"]
    RELATED = [("liefer", "Liefergebühren und Lieferzonen"), ("delivery", "Delivery time slots and surcharges"), ("rück", "Rückgaberecht für Onlinebestellungen"),
               ("return", "Rückgaberecht für Onlinebestellungen"), ("finanz", "Kessler Finanzierung – Ratenkauf"), ("financ", "Financing FAQ (English)"),
               ("sonntag", "Sonntagsöffnung in Hamburg und Köln"), ("sunday", "Sonntagsöffnung in Hamburg und Köln"), ("leipzig", "Umzug Einrichtungshaus Leipzig"),
               ("montage", "Montageservice"), ("schaden", "Reklamation und Schadensmeldung – Ablauf"), ("damage", "Damage claims and complaints – procedure"),
               ("tilma", "Rückruf Hochbett TILMA – Leiterhalterung"), ("termin", "Lieferzeitfenster und Zuschläge"), ("altm", "Altmöbelmitnahme"),
               ("abend", "Lieferzeitfenster und Zuschläge"), ("saturday", "Delivery time slots and surcharges"), ("click", "Click & Collect – so funktioniert die Abholung"),
               ("schrank", "Sicherheitshinweis Kippschutz für Schränke und Kommoden"), ("garantie", "Garantie und Gewährleistung"), ("guarantee", "Warranty and Kessler guarantee"),
               ("muster", "Stoff- und Farbmuster bestellen"), ("rechnung", "Zahlungsarten"), ("umtausch", "Umtausch bei Kauf im Einrichtungshaus"), ("family", "Kessler Family Card"),
               ("express", "Expresslieferung"), ("insel", "Lieferung auf Inseln"), ("restaurant", "Kessler Restaurants im Überblick"), ("lager", "Störung Lager Kassel-Waldau – Lieferverzögerungen"),
               ("ersatz", "Ersatzteile bestellen"), ("stock", "Lieferzeitfenster und Zuschläge"), ("preis", "Preisanpassungen zum 1. Oktober 2026"), ("gutschein", "Geschenkgutscheine"),
               ("anh", "Click & Collect – so funktioniert die Abholung"), ("trailer", "Click & Collect – so funktioniert die Abholung"), ("berat", "Kostenlose Einrichtungsberatung"),
               ("nobody", "Delivery time slots and surcharges")]
    for (f, title, ans), d in zip(faqs, dates):
        en = f.endswith("-en") or title.startswith("FAQ: Is") or title.startswith("FAQ: Do") or title.startswith("FAQ: Can I b") or title.startswith("FAQ: What") or title.startswith("FAQ: How") or title.startswith("FAQ: Are") or title.startswith("FAQ: My")
        more = ("\n\n## Related pages\n\nSee also the customer service contact page (“Kundenservice – Kontakt und Erreichbarkeit”). Questions not covered here: call " + HOTLINE + " (Mon–Fri 8:00–20:00, Sat 9:00–16:00) or write to service@kessler-moebel.example. Please have your order number (A-YYYY-NNNNNN) ready so we can help you faster. The date at the top of this page applies; older statements in brochures or emails are superseded.") if en else \
               ("\n\n## Weitere Informationen\n\nWeitere Fragen beantwortet unser Kundenservice unter " + HOTLINE + " (Mo–Fr 8:00–20:00, Sa 9:00–16:00) oder per E-Mail an service@kessler-moebel.example (siehe „Kundenservice – Kontakt und Erreichbarkeit“). Bitte halten Sie Ihre Auftragsnummer (A-JJJJ-NNNNNN) bereit, damit wir Ihnen schneller helfen können. Maßgeblich ist der Stand oben auf dieser Seite; ältere Aussagen in Prospekten oder E-Mails verlieren damit ihre Gültigkeit.")
        rel = [t for k, t in RELATED if k in (f + ans).lower()][:3] or ["Kundenservice – Kontakt und Erreichbarkeit", "Auftrag ändern oder stornieren"]
        if len(rel) < 2:
            rel.append("Kundenservice – Kontakt und Erreichbarkeit")
        head = "## Related pages" if en else "## Verwandte Seiten"
        add(f + ".md", f"# {title}\nUpdated: {d}\n\n{ans}{more}\n\n{head}\n\n" + "\n".join(f"- {r}" for r in rel) + "\n")
    EXTRA = {
        "altmoebelmitnahme.md": "\n## Hinweise für den Kundenservice\n\nDie Altmöbelmitnahme muss spätestens 2 Werktage vor dem Liefertermin gebucht werden, damit das Lieferteam ausreichend Ladefläche einplant. Nachträglich vor Ort gewünschte Mitnahmen sind nur möglich, wenn Platz im Fahrzeug ist; der Preis bleibt gleich. Die Entsorgung erfolgt über zertifizierte Recyclingbetriebe in der Region des liefernden Hauses.\n",
        "auftrag-aendern-stornieren.md": "\n## So geht's\n\nÄnderungen nimmt der Kundenservice telefonisch oder per E-Mail an. Bitte immer die Auftragsnummer (A-JJJJ-NNNNNN) angeben. Nach jeder Änderung verschicken wir eine neue Auftragsbestätigung per E-Mail; erst diese ist verbindlich.\n",
        "einrichtungsberatung.md": "\n## Ablauf der Beratung\n\n1. Termin online, telefonisch oder an der Information im Haus vereinbaren\n2. Bedarf und Budget besprechen\n3. 3D-Planung am Bildschirm, auf Wunsch als PDF per E-Mail\n4. Angebot mit Liefer- und Montagekosten\n\nDie Planung bleibt 30 Tage im System gespeichert und kann in jedem Haus aufgerufen werden.\n",
        "ersatzteile.md": "\n## Was wir wissen müssen\n\n- Artikelnummer (steht auf dem Typenschild oder der Auftragsbestätigung)\n- Teilenummer aus der Aufbauanleitung\n- Anzahl der benötigten Teile\n\nIst die Aufbauanleitung verloren gegangen, schicken wir sie als PDF zu. Beschläge für Schwebetürenschränke fallen unter die 10-jährige Kessler-Garantie.\n",
        "expresslieferung.md": "\n## Buchung\n\nDie Expresslieferung wählen Sie im Warenkorb oder lassen sie vom Kundenservice hinzubuchen, solange der Auftrag noch nicht an das Lager übergeben ist. Montageservice und Altmöbelmitnahme sind auch bei Express buchbar. Inseln sind ausgeschlossen.\n",
        "gutscheine.md": "\n## Gutscheine und Aktionen\n\nGutscheine können mit Aktionscodes kombiniert werden, da sie als Zahlungsmittel gelten. Der Kauf von Gutscheinen ist nicht mit der Kessler Finanzierung möglich. Elektronische Gutscheine verschicken wir als PDF per E-Mail, gedruckte Gutscheine im Geschenkumschlag gegen 3 € Aufpreis.\n",
        "incident-2026-06-lager-kassel-stoerung.md": "\n## Nachbereitung\n\nDie IT hat ein zusätzliches Testsystem eingerichtet; Updates werden seit Juli 2026 nur noch sonntags eingespielt. Das Lager Neumünster hat während der Störung Lieferungen für Hamburg, Kiel und Bremen übernommen.\n",
        "kessler-family-card.md": "\n## Anmeldung\n\nDie Karte erhalten Sie an der Information jedes Hauses oder digital in der Kessler-App. Punkte verfallen 3 Jahre nach dem Jahr ihrer Gutschrift. Für Onlinebestellungen werden Punkte gutgeschrieben, wenn die Kartennummer im Kundenkonto hinterlegt ist.\n",
        "kundenservice-kontakt.md": "\n## Schriftliche Anfragen\n\nBitte in jeder Nachricht Name, Auftragsnummer und Telefonnummer angeben. Fotos zu Reklamationen können direkt als Antwort auf die Eingangsbestätigung gesendet werden. Anfragen auf Englisch werden ebenfalls beantwortet.\n",
        "lieferung-auf-inseln.md": "\nBitte bei Inselaufträgen einen Zeitpuffer einplanen: Bei Sturm oder Fährausfall verschiebt sich die Tour auf den nächsten Tourtag; der Kunde wird am Vortag informiert.\n",
        "nachhaltigkeit.md": "\n## Reparatur statt Neukauf\n\nUnsere Servicetechniker reparieren Sofas, Schränke und Tische auch außerhalb der Garantie. Der Kostenvoranschlag ist kostenlos; die Anfahrt kostet 39 €. Alte Polstermöbel aus der Altmöbelmitnahme werden, wo möglich, stofflich verwertet.\n",
        "notice-2026-09-20-sonntagsoeffnung.md": "\nDas Personal in Hamburg und Köln arbeitet sonntags auf freiwilliger Basis mit Zuschlag.\n",
        "press-2026-11-black-week.md": "\n## Für den Kundenservice\n\nPreisgarantie: Kunden, die zwischen 16. und 22.11.2026 einen Artikel der Aktionsserien gekauft haben, erhalten auf Nachfrage die Differenz als Gutschein. Die Lieferzeiten können sich während der Black Week um bis zu eine Woche verlängern.\n",
        "safety-notice-2025-03-glastisch-kanten.md": "\n## Empfehlung\n\nGlastische nicht als Sitz- oder Steighilfe benutzen, keine heißen Töpfe ohne Untersetzer abstellen und beim Transport immer hochkant tragen. Bei einem Glasbruch innerhalb der Gewährleistung prüfen wir den Fall als Reklamation.\n",
        "safety-notice-kippschutz.md": "\nBei Kundenanfragen zum Kippschutz bitte immer auf diese Seite verweisen. Schäden durch nicht befestigte Schränke sind von der Kessler-Garantie ausgeschlossen.\n",
        "stoff-und-farbmuster.md": "\n## Bestellung\n\nMuster bestellen Sie auf jeder Produktseite über „Muster anfordern“ oder telefonisch. Für Kunden, die ein Sofa in Sonderfarbe planen, stellen wir auf Wunsch ein größeres Musterstück (30 × 30 cm) für 9,90 € bereit, das beim Kauf verrechnet wird.\n",
        "umtausch-einrichtungshaus.md": "\nInhaber der Kessler Family Card haben 30 Tage Zeit für den Umtausch (siehe „Kessler Family Card“).\n",
        "zahlungsarten.md": "\n## Sicherheit\n\nKreditkartenzahlungen im Onlineshop erfolgen mit 3-D Secure. Bei Vorkasse reservieren wir die Ware 7 Tage; geht die Zahlung nicht ein, wird der Auftrag storniert. Ratenzahlung über die Kessler Finanzierung ist online und im Haus möglich (siehe „Kessler Finanzierung – Ratenkauf“).\n",
    }
    D = [(f, t.rstrip("\n") + "\n" + EXTRA[f] if f in EXTRA else t) for f, t in D]
    return D

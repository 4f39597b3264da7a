# Shared entity tables for the Marlowe Freight corpus (single source of truth).
TODAY = "2026-11-20"
CUTOFF = "2026-04-30"

# code, name, town, address, postcode, region, country, hours_weekday, hours_sat, ndp_cutoff, eg_cutoff,
# docks, adr_classes (None = no ADR), temp_chamber, manager, phone, status
D = []
def dep(code, name, town, addr, pc, region, country, wk, sat, ndp, eg, docks, adr, temp, mgr, phone, status="open"):
    D.append(dict(code=code, name=name, town=town, addr=addr, pc=pc, region=region, country=country, wk=wk, sat=sat,
                  ndp=ndp, eg=eg, docks=docks, adr=adr, temp=temp, mgr=mgr, phone=phone, status=status))

ADR_FULL = "2, 3, 4.1, 5.1, 6.1, 8, 9"
ADR_LTD = "3, 8, 9"
ADR_MID = "2, 3, 6.1, 8, 9"
dep("DAV","Daventry National Hub","Daventry","Unit 1, Marlowe Park, Sopwith Way","NN11 8PB","East Midlands","UK","Sun 18:00 to Sat 14:00 (continuous)","until 14:00","16:30","15:30",64,ADR_FULL,True,"Gareth Pryce","01327 705 100")
dep("BHM","Birmingham Depot","Minworth","Plot 7, Kingsbury Link, Minworth","B76 9AH","West Midlands","UK","06:00-22:00","07:00-12:00","17:00","15:00",28,ADR_MID,True,"Sunita Bhogal","0121 496 0210")
dep("COV","Coventry Depot","Coventry","Unit 12, Prologis Way, Ansty","CV7 9JU","West Midlands","UK","06:00-21:00","closed","17:00","15:00",16,None,False,"Darren Moffat","024 7699 0330")
dep("LEI","Leicester Depot","Leicester","4 Meridian Business Park, Braunstone","LE19 1WX","East Midlands","UK","06:00-21:00","07:00-11:00","17:00","15:00",18,ADR_LTD,False,"Priya Chauhan","0116 496 0440")
dep("NOT","Nottingham Depot","Nottingham","Unit 3, Colwick Quays Business Park","NG4 2JY","East Midlands","UK","06:00-22:00","07:00-12:00","17:00","15:00",20,ADR_MID,True,"Lee Hargreaves","0115 496 0550")
dep("STK","Stoke-on-Trent Depot","Stoke-on-Trent","Unit 9, Trentham Lakes North","ST4 8GP","West Midlands","UK","06:00-21:00","closed","17:00","15:00",14,None,False,"Karen Boulton","01782 496 660")
dep("CRW","Crewe Depot","Crewe","Unit 2, Basford West, Weston Road","CW2 5PL","North West","UK","06:00-22:00","07:00-12:00","17:00","15:00",22,ADR_LTD,False,"Mike Tranter","01270 496 770")
dep("MAN","Manchester Depot","Trafford Park","Barton Dock Road, Trafford Park","M41 7BQ","North West","UK","05:00-23:00","07:00-13:00","17:00","15:00",36,ADR_FULL,True,"Aisha Rahman","0161 496 0880")
dep("LIV","Liverpool Depot","Knowsley","Unit 5, Kings Business Park, Prescot","L34 1PJ","North West","UK","06:00-22:00","07:00-12:00","17:00","15:00",24,ADR_MID,False,"Tony Kearns","0151 496 0990")
dep("PRE","Preston Depot","Preston","Unit 8, Red Scar Industrial Estate","PR2 5NJ","North West","UK","06:00-21:00","closed","16:30","14:30",16,None,False,"Helen Ashworth","01772 496 110")
dep("LDS","Leeds Depot","Leeds","Cross Green Way, Cross Green Industrial Estate","LS9 0SE","Yorkshire","UK","06:00-22:00","07:00-12:00","17:00","15:00",26,ADR_MID,True,"Craig Whitaker","0113 496 0120")
dep("BRD","Bradford Depot","Bradford","Unit 14, Euroway Trading Estate, Bowling","BD4 6SE","Yorkshire","UK","06:00-21:00","closed","17:00","15:00",12,None,False,"(depot closed)","n/a",status="closed")
dep("WKF","Wakefield Depot","Wakefield","Unit 4, Calder Park Way, Denby Dale Road","WF2 7XA","Yorkshire","UK","06:00-22:00","07:00-12:00","17:00","15:00",30,ADR_MID,True,"Nadia Hussain","01924 496 140",status="new")
dep("SHF","Sheffield Depot","Sheffield","Unit 6, Europa Link, Tinsley","S9 1XU","Yorkshire","UK","06:00-22:00","07:00-11:00","17:00","15:00",20,ADR_LTD,False,"Paul Dransfield","0114 496 0150")
dep("HUL","Hull Depot","Hull","Hedon Road Logistics Park, King George Dock","HU9 5PR","Yorkshire","UK","06:00-22:00","07:00-12:00","16:30","14:30",22,ADR_MID,False,"Joanne Ellerby","01482 496 160")
dep("NCL","Gateshead Depot","Gateshead","Unit 11, Follingsby Park, Felling","NE10 8YG","North East","UK","06:00-22:00","07:00-12:00","16:30","14:30",24,ADR_MID,True,"Steven Robson","0191 496 0170")
dep("CAR","Carlisle Depot","Carlisle","Kingmoor Park East, Parkhouse","CA6 4SJ","North West","UK","06:00-20:00","closed","16:00","14:00",10,None,False,"Fiona Graham","01228 496 180")
dep("GLA","Glasgow Depot","Eurocentral","Unit 3, Dove Wynd, Eurocentral","ML1 4UF","Scotland","UK","05:30-22:00","07:00-12:00","15:30","14:00",30,ADR_FULL,True,"Ross McAllister","01698 496 190")
dep("EDI","Edinburgh Depot","Newbridge","Unit 2, Cliftonhall Road, Newbridge","EH28 8PP","Scotland","UK","06:00-21:00","07:00-11:00","16:00","14:00",18,ADR_LTD,True,"Eilidh Fraser","0131 496 0200")
dep("ABD","Aberdeen Depot","Dyce","Unit 7, Kirkhill Industrial Estate, Dyce","AB21 0GU","Scotland","UK","06:00-20:00","closed","15:00","13:30",12,ADR_MID,False,"Callum Reid","01224 496 210")
dep("INV","Inverness Depot","Inverness","Longman Drive, Longman Industrial Estate","IV1 1SU","Scotland","UK","07:00-19:00","closed","14:30","13:00",8,None,False,"Morag Mackenzie","01463 496 220")
dep("BFS","Belfast Depot","Belfast","Unit 20, Duncrue Industrial Park","BT3 9BW","Northern Ireland","UK","06:00-21:00","07:00-11:00","15:00","13:30",16,ADR_LTD,True,"Declan Magee","028 9049 6230")
dep("BRS","Bristol Depot","Avonmouth","Central Park, Severn Road, Avonmouth","BS11 8AZ","South West","UK","06:00-22:00","07:00-12:00","17:00","15:00",28,ADR_FULL,True,"Rhian Edwards","0117 496 0240")
dep("CDF","Cardiff Depot","Cardiff","Unit 5, Wentloog Corporate Park","CF3 2ER","Wales","UK","06:00-21:00","07:00-11:00","17:00","15:00",18,ADR_LTD,False,"Owain Jenkins","029 2049 6250")
dep("SWA","Swansea Depot","Swansea","Unit 3, Swansea West Industrial Park, Fforestfach","SA5 4HF","Wales","UK","06:00-20:00","closed","16:30","14:30",10,None,False,"Bethan Lloyd","01792 496 260")
dep("EXE","Exeter Depot","Exeter","Unit 9, Sowton Industrial Estate","EX2 7LA","South West","UK","06:00-21:00","07:00-11:00","16:30","14:30",14,ADR_LTD,True,"Mark Penhaligon","01392 496 270")
dep("PLY","Plymouth Depot","Plymouth","Unit 4, Langage Business Park","PL7 5EJ","South West","UK","06:00-20:00","closed","16:00","14:00",10,None,False,"Sarah Trelawny","01752 496 280")
dep("SOU","Southampton Depot","Southampton","Unit 1, Nursling Industrial Estate","SO16 0YU","South East","UK","06:00-22:00","07:00-12:00","17:00","15:00",24,ADR_MID,True,"Jason Whitlock","023 8049 6290")
dep("RDG","Reading Depot","Reading","Unit 10, Richfield Avenue","RG1 8EQ","South East","UK","06:00-22:00","07:00-12:00","17:00","15:00",20,ADR_LTD,False,"Claire Devonshire","0118 496 0300")
dep("CRY","Croydon Depot (London South)","Croydon","Unit 6, Purley Way Industrial Park","CR0 4XD","London","UK","05:30-22:00","07:00-12:00","17:00","15:00",22,ADR_LTD,True,"Marcus Okafor","020 7946 0310")
dep("ENF","Enfield Depot (London North)","Enfield","Unit 3, Innova Park, Mollison Avenue","EN3 7XU","London","UK","05:30-22:00","07:00-12:00","17:00","15:00",26,ADR_MID,True,"Yasmin Demir","020 7946 0320")
dep("DFD","Dartford Depot","Dartford","Unit 15, Crossways Business Park","DA2 6QH","South East","UK","06:00-22:00","07:00-12:00","17:00","15:00",24,ADR_MID,False,"Kevin Ashby","01322 496 330")
dep("DVR","Dover Gateway","Dover","Unit 2, White Cliffs Business Park, Whitfield","CT16 3PS","South East","UK","24 hours","24 hours","16:00","14:00",32,ADR_FULL,True,"Louise Hammond","01304 496 340")
dep("FXT","Felixstowe Depot","Felixstowe","Unit 7, Clickett Hill Road","IP11 4AX","East of England","UK","06:00-22:00","closed","16:30","14:30",26,ADR_FULL,False,"Simon Catchpole","01394 496 350")
dep("NWI","Norwich Depot","Norwich","Unit 4, Broadland Business Park","NR7 0WG","East of England","UK","06:00-21:00","07:00-11:00","16:30","14:30",12,None,False,"Emma Seago","01603 496 360")
dep("CMB","Cambridge Depot","Cambridge","Unit 8, Cambridge Road Industrial Estate, Milton","CB24 6AZ","East of England","UK","06:00-21:00","closed","17:00","15:00",14,ADR_LTD,True,"Rupert Allenby","01223 496 370")
dep("PBO","Peterborough Depot","Peterborough","Unit 21, Red Brick Farm, Eye","PE6 7ZD","East of England","UK","06:00-22:00","07:00-12:00","17:00","15:00",22,ADR_MID,True,"Tomasz Nowak","01733 496 380")
dep("DUB","Dublin Depot","Dublin","Unit 6, Northwest Business Park, Ballycoolin","D15 YC53","Ireland","IE","06:00-20:00","closed",None,"13:00",14,ADR_LTD,True,"Siobhan Kavanagh","+353 1 496 0390")
dep("CQF","Calais Depot","Coquelles","Zone Marcel Doret, Rue de la Loire","62100","France","FR","24 hours","06:00-14:00",None,"14:00",28,ADR_FULL,True,"Julien Marchand","+33 3 21 49 60 40")
dep("RTM","Rotterdam Depot","Rotterdam","Maasvlakteweg 410, Europoort","3199 LZ","Netherlands","NL","06:00-22:00","07:00-12:00",None,"14:00",24,ADR_FULL,True,"Pieter de Vries","+31 10 496 0410")
dep("ANR","Antwerp Depot","Antwerp","Noorderlaan 147, Haven 475","2030","Belgium","BE","06:00-22:00","closed",None,"14:00",20,ADR_MID,True,"Els Verbeke","+32 3 496 0420")
dep("DUS","Duisburg Depot","Duisburg","Logport I, Am Bluecherplatz 12","47229","Germany","DE","06:00-22:00","07:00-12:00",None,"14:00",22,ADR_FULL,False,"Jonas Becker","+49 203 496 0430")
dep("LYS","Lyon Depot","Saint-Priest","Parc des Lumieres, 8 Rue Christophe Colomb","69800","France","FR","06:00-21:00","closed",None,"13:00",16,ADR_LTD,True,"Camille Rousseau","+33 4 72 49 60 44")
DEP = {d["code"]: d for d in D}

# Facts changed after the cutoff (for README / notices)
CHANGES = [
    ("Fuel surcharge (monthly)", "12.6% (April 2026)", "15.2% (November 2026)", "monthly notices"),
    ("Short-sea ferry/tunnel surcharge (Dover-Calais)", "GBP 18 per pallet", "GBP 22 per pallet", "2026-06-01"),
    ("ADR hazmat surcharge", "GBP 35 per consignment", "GBP 42 per consignment", "2026-06-01"),
    ("London congestion surcharge", "GBP 6.50 per consignment", "GBP 8.25 per consignment", "2026-07-01"),
    ("Standard liability limit (claims)", "GBP 1,300 per pallet", "GBP 1,500 per pallet", "2026-07-01"),
    ("Manchester depot weekday hours", "06:00-22:00", "05:00-23:00", "2026-07-06"),
    ("Daventry hub Next-Day Pallet cut-off", "17:00", "16:30", "2026-08-03"),
    ("Glasgow depot Next-Day Pallet cut-off", "16:00", "15:30", "2026-08-03"),
    ("Bradford depot (BRD)", "open", "closed (last trading day 2026-08-28)", "2026-08-28"),
    ("Wakefield depot (WKF)", "did not exist", "opened, serves BD, HD, HX, WF", "2026-09-07"),
    ("Felixstowe depot Saturday hours", "07:00-12:00", "closed on Saturdays", "2026-09-05"),
]

# fuel surcharge by month (YYYY-MM -> (pct, diesel ppl reference))
FUEL = {}
vals = [9.8,9.9,10.3,10.6,10.8,10.5,10.2,10.4,10.7,11.0,11.2,11.1,  # 2024
        11.0,10.8,10.9,11.3,11.5,11.4,11.6,11.9,12.1,12.0,12.2,12.3,  # 2025
        12.1,12.0,12.4,12.6,12.9,13.4,13.8,14.1,14.6,14.9,15.2]       # 2026 to Nov
i = 0
for y in (2024, 2025, 2026):
    for m in range(1, 13):
        if i >= len(vals): break
        FUEL[f"{y}-{m:02d}"] = (vals[i], round(128.0 + vals[i] * 2.35, 1))
        i += 1

FERRY = {  # crossing -> (name, per pallet GBP, route text)
    "short": ("Short-sea surcharge (Dover-Calais / Channel Tunnel)", 22, "Dover-Calais ferry or Channel Tunnel (Folkestone-Coquelles)"),
    "north": ("North Sea surcharge (Hull-Rotterdam / Harwich-Hook of Holland)", 31, "Hull-Rotterdam (Europoort) or Harwich-Hook of Holland"),
    "irish": ("Irish Sea surcharge (Holyhead-Dublin)", 24, "Holyhead-Dublin"),
    "ni": ("Northern Ireland crossing surcharge (Cairnryan-Belfast)", 19, "Cairnryan-Belfast"),
}
ADR_SURCHARGE = 42
CONGESTION = "8.25"
LIABILITY = "1,500"
TEMP_SURCHARGE = 28
TAIL_LIFT = 15
SAT_DEL = 45
TIMED_AM = 12
TIMED_10 = 22
EXPORT_DEC = 38
IMPORT_CLR = 52

# UK postcode areas -> (area name, depot, remote surcharge per pallet GBP, ndp days)
PC = {}
def pa(code, name, depot, remote=0, days=1):
    PC[code] = (name, depot, remote, days)
for row in """AB Aberdeen ABD 8 1|AL St_Albans ENF|B Birmingham BHM|BA Bath BRS|BB Blackburn PRE|BD Bradford WKF|BH Bournemouth SOU|BL Bolton MAN|BN Brighton CRY|BR Bromley CRY|BS Bristol BRS|BT Northern_Ireland BFS 0 2|CA Carlisle CAR|CB Cambridge CMB|CF Cardiff CDF|CH Chester LIV|CM Chelmsford ENF|CO Colchester FXT|CR Croydon CRY|CT Canterbury DVR|CV Coventry COV|CW Crewe CRW|DA Dartford DFD|DD Dundee EDI|DE Derby NOT|DG Dumfries CAR|DH Durham NCL|DL Darlington NCL|DN Doncaster SHF|DT Dorchester SOU|DY Dudley BHM|E East_London ENF|EC Central_London ENF|EH Edinburgh EDI|EN Enfield ENF|EX Exeter EXE|FK Falkirk GLA|FY Blackpool PRE|G Glasgow GLA|GL Gloucester BRS|GU Guildford RDG|HA Harrow ENF|HD Huddersfield WKF|HG Harrogate LDS|HP Hemel_Hempstead RDG|HR Hereford BHM|HS Outer_Hebrides INV 38 3|HU Hull HUL|HX Halifax WKF|IG Ilford ENF|IM Isle_of_Man LIV 30 2|IP Ipswich FXT|IV Inverness INV 18 1|KA Kilmarnock GLA|KT Kingston_upon_Thames CRY|KW Kirkwall INV 24 2|KY Kirkcaldy EDI|L Liverpool LIV|LA Lancaster PRE|LD Llandrindod_Wells SWA 6 1|LE Leicester LEI|LL Llandudno CRW 6 1|LN Lincoln PBO|LS Leeds LDS|LU Luton CMB|M Manchester MAN|ME Medway DFD|MK Milton_Keynes DAV|ML Motherwell GLA|N North_London ENF|NE Newcastle NCL|NG Nottingham NOT|NN Northampton DAV|NP Newport CDF|NR Norwich NWI|NW North_West_London ENF|OL Oldham MAN|OX Oxford RDG|PA Paisley GLA 12 1|PE Peterborough PBO|PH Perth EDI 9 1|PL Plymouth PLY|PO Portsmouth SOU|PR Preston PRE|RG Reading RDG|RH Redhill CRY|RM Romford DFD|S Sheffield SHF|SA Swansea SWA|SE South_East_London CRY|SG Stevenage CMB|SK Stockport MAN|SL Slough RDG|SM Sutton CRY|SN Swindon BRS|SO Southampton SOU|SP Salisbury SOU|SR Sunderland NCL|SS Southend DFD|ST Stoke-on-Trent STK|SW South_West_London CRY|SY Shrewsbury STK|TA Taunton EXE|TD Galashiels EDI|TF Telford STK|TN Tonbridge DFD|TQ Torquay EXE|TR Truro PLY 5 1|TS Cleveland NCL|TW Twickenham RDG|UB Southall RDG|W West_London ENF|WA Warrington CRW|WC Central_London_WC ENF|WD Watford ENF|WF Wakefield WKF|WN Wigan MAN|WR Worcester BHM|WS Walsall BHM|WV Wolverhampton BHM|YO York LDS|ZE Shetland ABD 42 3""".split("|"):
    p = row.split()
    pa(p[0], p[1].replace("_", " "), p[2], int(p[3]) if len(p) > 3 else 0, int(p[4]) if len(p) > 4 else 1)
LONDON_CC = {"E", "EC", "N", "NW", "SE", "SW", "W", "WC"}

# EU countries served
COUNTRIES = [
    # name, slug, via depot, crossing, transit days from Daventry, weekend driving ban text
    ("France", "france", "CQF", "short", "2-4", "Goods vehicles over 7.5 t may not run from 22:00 Saturday to 22:00 Sunday and on public holidays."),
    ("Belgium", "belgium", "ANR", "short", "2-3", "No general weekend ban; local restrictions in Brussels low-emission zone apply."),
    ("Netherlands", "netherlands", "RTM", "north", "2-3", "No general weekend ban; Rotterdam and Amsterdam zero-emission zones restrict some vehicles."),
    ("Germany", "germany", "DUS", "short", "3-4", "Vehicles over 7.5 t may not run on Sundays and public holidays from 00:00 to 22:00; summer Saturday ban July-August on some motorways."),
    ("Luxembourg", "luxembourg", "ANR", "short", "3-4", "No general weekend ban."),
    ("Ireland", "ireland", "DUB", "irish", "2-3", "No general weekend ban."),
    ("Spain", "spain", "LYS", "short", "4-6", "Restrictions on some routes on Sundays and public holidays; Catalonia has its own calendar."),
    ("Italy", "italy", "LYS", "short", "4-6", "Vehicles over 7.5 t may not run on Sundays 09:00-22:00 and on listed holidays; extended in summer."),
    ("Switzerland", "switzerland", "LYS", "short", "4-5", "Night ban 22:00-05:00 and full Sunday ban for vehicles over 3.5 t. Non-EU: full customs both ways."),
    ("Austria", "austria", "DUS", "short", "4-6", "Weekend ban Saturday 15:00 to Sunday 22:00 for vehicles over 7.5 t; night ban for noisy lorries."),
    ("Poland", "poland", "DUS", "short", "4-6", "Ban on public holidays and summer Friday/Saturday evenings for vehicles over 12 t."),
    ("Czech Republic", "czech-republic", "DUS", "short", "4-6", "Sunday ban 13:00-22:00 for vehicles over 7.5 t; summer Saturday restrictions."),
    ("Denmark", "denmark", "DUS", "short", "4-5", "No general weekend ban."),
    ("Portugal", "portugal", "LYS", "short", "6-8", "Restrictions around public holidays on some motorways."),
    ("Sweden", "sweden", "DUS", "short", "5-7", "No general weekend ban."),
]

ORG_SEED = 2026

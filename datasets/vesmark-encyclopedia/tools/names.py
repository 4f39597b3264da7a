# Name pools for the Vesmark Coast world (all invented).
FEMALE = """Anneke Maren Ingrid Elske Liv Sigrun Helga Petra Tove Karin Brita Ylva Freja Agnete Hedda Wilma Saskia
Jannike Rikke Dagny Solveig Ottilie Marit Greta Henrike Lotte Edda Runa Vibeke Ilse Margit Thea Alma Nelle Sanne
Idun Kaja Linnea Mette Astrid Birgit Cecilie Dorte Elin Gerda Hanne Inger Johanna Kirsten Lene Magda Nora Oda Ragna
Signe Tilde Ulla Vera Wenche Aase Berit Clara Ebba Frida Gunhild Halla Ida Jorunn Kari Laila Maja Nanna Rut""".split()
MALE = """Halvard Jorund Tormod Sivert Oskar Tobias Elias Anders Bram Casper Dirk Egil Finn Gunnar Harald Ivar Jesper Knut
Lars Magnus Nils Olav Pieter Ragnar Sten Torvald Ulrik Vidar Willem Arne Bjarne Conrad Emil Frode Georg Hjalmar Jakob
Leif Mathias Rolf Severin Teodor Valdemar Aksel Bertil Claus Espen Fredrik Gisle Hallvard Ingvar Johan Kristoffer
Lauritz Mikkel Njal Odd Peder Reidar Sindre Trygve Ulf Vemund Wilhelm Asbjorn Brage Christen Einar Joar Kolbein""".split()
SURNAMES = """Ostrand Saltmark Brekkan Tolle Lysne Brandvold Vindahl Havelin Keelby Torsvik Dunholm Skeid Aasland Rusk
Fjellstad Grevlund Hallberg Iversholt Juhl Kvist Lunde Mossfeldt Norrvik Pram Quist Roos Sandell Tjeld Ulvang Varde
Wessel Ydstrand Aurland Bratt Crone Dahlmark Eken Fosse Gaard Holmsen Isaksen Jarl Lindqvist Moen Nyhavn Ormsby Piil
Rask Tellef Utgard Vallin Westerholm Birk Dreyer Falk Greve Hauge Kaas Lerche Morck Nissen Ploug Ravn Sejer Tang
Ussing Vedel Winther Alster Corvin Dale Elmqvist Flink Gylden Hovde Ilves Jessen Krog Munk Nordahl Orre Paasche
Rosing Skov Thrane Vester Wulff Aabel Bakke Kloster Sunde Tveit Vang Hjort Stenersen Bergholt Kalvik Lensmark
Brattli Ekdal Fallet Gjerde Haugland Kjos Lofthus Myhre Nesse Oftedal Rygg Sletta Tufte Voll Aamot Bjerke Dyrdal
Feste Grinde Hoel Innset Kvam Lien Mjelde Naess Rokke Skaret Tennfjord Vikan Alvsaker Borgund""".split()

TOWNS = [
 # name, district, kind
 ("Aldhaven","Middle Shore","city"), ("Orsund","North Reach","town"), ("Kettleby","Middle Shore","town"),
 ("Skarrow","North Reach","village"), ("Brenholm","Middle Shore","town"), ("Tidewick","South Flats","town"),
 ("Lysholt","South Flats","town"), ("Grisport","Middle Shore","town"), ("Vellund","Middle Shore","town"),
 ("Ammerhaven","Middle Shore","town"), ("Saltrum","South Flats","town"), ("Corvelmouth","Middle Shore","town"),
 ("Marrick","Middle Shore","village"), ("Dunmere","Middle Shore","town"), ("Norrhamn","North Reach","town"),
 ("Keelstow","North Reach","village"), ("Ostervik","North Reach","village"), ("Selde Ferry","South Flats","village"),
 ("Rookshaven","North Reach","town"), ("Wendeby","South Flats","village"), ("Tarnholm","South Flats","town"),
 ("Greyling Cove","Middle Shore","village"), ("Morrow Point","North Reach","village"), ("Ullaby","South Flats","village"),
 ("Pellham Reach","South Flats","village"), ("Hesketh Strand","South Flats","village"), ("Brisling","South Flats","village"),
 ("Eskerby","South Flats","village"), ("Sandle","South Flats","village"), ("Yarrowby","South Flats","village"),
 ("Nethervik","South Flats","village"), ("Oddsholm","South Flats","village"), ("Thornvik","North Reach","village"),
 ("Ulvhaven","North Reach","village"), ("Pikeness","North Reach","village"), ("Ravelsund","North Reach","town"),
 ("Fjellby","North Reach","village"), ("Wrenholt","North Reach","village"), ("Gullsby","North Reach","village"),
 ("Varrow","North Reach","village"), ("Innermark","Middle Shore","village"), ("Kelderby","Middle Shore","village"),
 ("Larkwick","Middle Shore","village"), ("Mossby","Middle Shore","village"), ("Quaymouth","Middle Shore","village"),
]

RIVERS = [("Ald","River Ald","Aldhaven"),("Orse","River Orse","Orsund"),("Selde","River Selde","Selde Ferry"),
 ("Kettle Water","Kettle Water","Kettleby"),("Skarr","River Skarr","Skarrow"),("Bren","River Bren","Brenholm"),
 ("Lys","River Lys","Lysholt"),("Vell","River Vell","Vellund"),("Ammer","River Ammer","Ammerhaven"),
 ("Dun","River Dun","Dunmere"),("Norr","River Norr","Norrhamn"),("Tarn","River Tarn","Tarnholm"),
 ("Corvel","River Corvel","Corvelmouth"),("Greyling Beck","Greyling Beck","Greyling Cove"),("Ull","River Ull","Ullaby"),
 ("Pell","River Pell","Pellham Reach"),("Wren","River Wren","Wrenholt"),("Rook","River Rook","Rookshaven"),
 ("Thorn","River Thorn","Thornvik"),("Mossbeck","Mossbeck","Mossby"),("Esker","River Esker","Eskerby"),
 ("Yarrow Water","Yarrow Water","Yarrowby")]

ISLANDS = ["Tarn Island","Great Sula","Little Sula","Merrow Holm","Ravensholm","Gannet Rock","Fenna","Ostry",
 "Kell Island","Hestholm","Skjold Island","Sealholm","Tern Isle","Vardholm","Gullholm","Harholm","Bramble Isle",
 "Crowsholm","Dunskerry","Eidholm","Fisk Island","Ingerholm","Juniper Isle","Kvarn Island","Lisle Skerry","Mossholm",
 "Orm Island","Puffin Holm","Rookskerry","Thistle Isle","Utholm","Vessey"]

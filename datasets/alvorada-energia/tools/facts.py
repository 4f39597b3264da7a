# Shared facts for the Alvorada Energia corpus. Single source of truth.
TODAY = "2026-11-25"
CUTOFF = "2026-05-31"

PHONE = "800 210 210"
PHONE_EMP = "800 210 220"
SITE = "alvorada.pt"
DSO = "Rede Lusa Distribuição (RLD)"
DSO_PHONE = "800 506 506"
GAS_DSO = "Gascentro Distribuição"
GAS_EMERG = "800 201 722"

POWERS = [1.15, 2.3, 3.45, 4.6, 5.75, 6.9, 10.35, 13.8, 17.25, 20.7]
BASE_DAILY = {1.15: 0.0921, 2.3: 0.1392, 3.45: 0.1810, 4.6: 0.2334, 5.75: 0.2851,
              6.9: 0.3372, 10.35: 0.4913, 13.8: 0.6462, 17.25: 0.8008, 20.7: 0.9551}

# plan key -> dict. energy: list of (period_pt, period_en, old, new)
PLANS = {
 "simples": dict(name="Alvorada Simples", code="EL-S", seg="Casa", offset=0.0, minp=1.15,
     energy=[("Simples (todas as horas)", "Single rate (all hours)", 0.1589, 0.1649)],
     desc_pt="tarifa de preço único, igual a qualquer hora do dia",
     desc_en="single-rate plan with the same price at any hour"),
 "bihorario": dict(name="Alvorada Bi-horário", code="EL-B", seg="Casa", offset=0.0080, minp=2.3,
     energy=[("Vazio", "Off-peak", 0.1034, 0.0989), ("Fora de vazio", "Peak", 0.1952, 0.2018)],
     desc_pt="tarifa com dois períodos: vazio (22:00-08:00 no ciclo diário) e fora de vazio",
     desc_en="two-period plan: off-peak (22:00-08:00 on the daily cycle) and peak"),
 "trihorario": dict(name="Alvorada Tri-horário", code="EL-T", seg="Casa", offset=0.0140, minp=3.45,
     energy=[("Vazio", "Off-peak", 0.0998, 0.0998), ("Cheias", "Shoulder", 0.1712, 0.1712), ("Ponta", "Peak", 0.2436, 0.2436)],
     desc_pt="tarifa com três períodos: vazio, cheias e ponta",
     desc_en="three-period plan: off-peak, shoulder and peak"),
 "verde": dict(name="Alvorada Verde", code="EL-V", seg="Casa", offset=0.0, minp=1.15,
     energy=[("Simples (todas as horas)", "Single rate (all hours)", 0.1679, 0.1729)],
     desc_pt="tarifa simples com energia 100% de origem renovável certificada por garantias de origem",
     desc_en="single-rate plan with 100% renewable energy backed by guarantees of origin"),
 "casasolar": dict(name="Alvorada Casa Solar", code="EL-CS", seg="Casa", offset=0.0040, minp=2.3,
     energy=[("Simples (todas as horas)", "Single rate (all hours)", 0.1615, 0.1615)],
     desc_pt="tarifa para clientes com autoconsumo (UPAC), com compra do excedente injetado na rede",
     desc_en="plan for self-consumption customers (UPAC) that buys the surplus injected into the grid"),
 "mobilidade": dict(name="Alvorada Mobilidade", code="EL-M", seg="Casa", offset=0.0080, minp=3.45,
     energy=[("Vazio", "Off-peak", 0.0899, 0.0899), ("Fora de vazio", "Peak", 0.2049, 0.2049)],
     desc_pt="tarifa bi-horária para quem carrega um veículo elétrico em casa (fechada a novas adesões desde 15/09/2026)",
     desc_en="two-period plan for home EV charging (closed to new sign-ups since 15/09/2026)"),
 "cargamais": dict(name="Alvorada Carga+", code="EL-C+", seg="Casa", offset=0.0160, minp=3.45,
     energy=[("Super vazio (02:00-06:00)", "Super off-peak (02:00-06:00)", None, 0.0749), ("Vazio", "Off-peak", None, 0.0969), ("Fora de vazio", "Peak", None, 0.2069)],
     desc_pt="novo plano para veículos elétricos com período de super vazio entre as 02:00 e as 06:00",
     desc_en="new EV plan with a super off-peak period between 02:00 and 06:00"),
 "negsimples": dict(name="Alvorada Negócio Simples", code="EN-S", seg="Negócio", offset=0.0200, minp=3.45,
     energy=[("Simples (todas as horas)", "Single rate (all hours)", 0.1549, 0.1549)],
     desc_pt="tarifa simples para pequenos negócios em baixa tensão normal",
     desc_en="single-rate plan for small businesses on standard low voltage"),
 "negbi": dict(name="Alvorada Negócio Bi-horário", code="EN-B", seg="Negócio", offset=0.0200, minp=3.45,
     energy=[("Vazio", "Off-peak", 0.1079, 0.1079), ("Fora de vazio", "Peak", 0.1889, 0.1889)],
     desc_pt="tarifa bi-horária para pequenos negócios",
     desc_en="two-period plan for small businesses"),
}
PRICE_CHANGE_DATE = "2026-10-01"
CARGA_LAUNCH = "2026-09-15"

GAS = {
 "gascasa": dict(name="Alvorada Gás Casa", code="GN-C", old=0.0912, new=0.0968,
     esc={1: 0.0862, 2: 0.1224, 3: 0.1897, 4: 0.2391}),
 "gasneg": dict(name="Alvorada Gás Negócio", code="GN-N", old=0.0874, new=0.0874,
     esc={1: 0.0911, 2: 0.1302, 3: 0.2015, 4: 0.2548}),
}
GAS_ESC_RANGE = {1: "0 a 220 m³/ano", 2: "221 a 500 m³/ano", 3: "501 a 1 000 m³/ano", 4: "1 001 a 10 000 m³/ano"}

SOLAR_BUYBACK_OLD = 0.0450
SOLAR_BUYBACK_NEW = 0.0380
SOLAR_BUYBACK_DATE = "2026-10-01"

DD_OLD = "1,50 €"
DD_NEW = "2,50 €"
DD_DATE = "2026-09-01"

SOCIAL_OLD = "6 272 €"
SOCIAL_NEW = "6 804 €"
SOCIAL_DATE = "2026-07-01"
SOCIAL_DISCOUNT = "33,8%"

STORE_MOVE_DATE = "2026-08-03"

def fmt(x, d=4):
    return f"{x:.{d}f}".replace(".", ",")

def pstr(p):
    s = f"{p:g}".replace(".", ",")
    return s

def daily(plan_key, p):
    return round(BASE_DAILY[p] + PLANS[plan_key]["offset"], 4)

STORES = [
 # code, name, city, municipality, address, postal, hours_wd, sat, sun, phone, services
 ("LJ-01", "Loja Lisboa Saldanha", "Lisboa", "Lisboa", "Avenida da República 41", "1050-187 Lisboa", "09:00-19:00", "10:00-14:00", "encerrada", "213 540 101", ["contratos", "pagamentos", "tarifa social", "mobilidade elétrica", "soluções solares"]),
 ("LJ-02", "Loja Lisboa Alvalade", "Lisboa", "Lisboa", "Avenida da Igreja 18", "1700-235 Lisboa", "09:00-19:00", "10:00-13:00", "encerrada", "213 540 102", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-03", "Loja Lisboa Baixa", "Lisboa", "Lisboa", "Rua Augusta 152", "1100-053 Lisboa", "09:30-18:30", "encerrada", "encerrada", "213 540 103", ["contratos", "pagamentos"]),
 ("LJ-04", "Loja Porto Boavista", "Porto", "Porto", "Avenida da Boavista 1277", "4100-130 Porto", "09:00-19:00", "10:00-14:00", "encerrada", "223 410 104", ["contratos", "pagamentos", "tarifa social", "mobilidade elétrica", "soluções solares", "bombas de calor"]),
 ("LJ-05", "Loja Porto Santa Catarina", "Porto", "Porto", "Rua de Santa Catarina 312", "4000-443 Porto", "09:30-19:00", "10:00-13:00", "encerrada", "223 410 105", ["contratos", "pagamentos"]),
 ("LJ-06", "Loja Vila Nova de Gaia", "Vila Nova de Gaia", "Vila Nova de Gaia", "Centro Comercial Arrábida, Piso 1, Loja 1.27", "4400-346 Vila Nova de Gaia", "10:00-22:00", "10:00-22:00", "10:00-20:00", "223 410 106", ["contratos", "pagamentos", "mobilidade elétrica"]),
 ("LJ-07", "Loja Coimbra", "Coimbra", "Coimbra", "Avenida Fernão de Magalhães 212", "3000-172 Coimbra", "09:00-18:30", "10:00-13:00", "encerrada", "239 480 107", ["contratos", "pagamentos", "tarifa social", "soluções solares"]),
 ("LJ-08", "Loja Faro", "Faro", "Faro", "Rua de Santo António 58", "8000-283 Faro", "09:00-18:30", "10:00-13:00", "encerrada", "289 860 108", ["contratos", "pagamentos", "tarifa social", "soluções solares"]),
 ("LJ-09", "Loja Braga", "Braga", "Braga", "Avenida da Liberdade 620", "4710-249 Braga", "09:00-19:00", "10:00-13:00", "encerrada", "253 200 109", ["contratos", "pagamentos", "tarifa social", "mobilidade elétrica"]),
 ("LJ-10", "Loja Aveiro", "Aveiro", "Aveiro", "Rua de Viana do Castelo 9", "3800-275 Aveiro", "09:00-18:30", "10:00-13:00", "encerrada", "234 370 110", ["contratos", "pagamentos", "soluções solares"]),
 ("LJ-11", "Loja Viseu", "Viseu", "Viseu", "Rua Formosa 77", "3500-135 Viseu", "09:00-18:00", "encerrada", "encerrada", "232 420 111", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-12", "Loja Leiria", "Leiria", "Leiria", "Avenida Heróis de Angola 96", "2400-153 Leiria", "09:00-18:30", "10:00-13:00", "encerrada", "244 810 112", ["contratos", "pagamentos", "bombas de calor"]),
 ("LJ-13", "Loja Setúbal", "Setúbal", "Setúbal", "Avenida Luísa Todi 244", "2900-452 Setúbal", "09:00-18:30", "10:00-13:00", "encerrada", "265 520 113", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-14", "Loja Évora", "Évora", "Évora", "Rua de Serpa Pinto 33", "7000-537 Évora", "09:00-18:00", "encerrada", "encerrada", "266 740 114", ["contratos", "pagamentos", "tarifa social", "soluções solares"]),
 ("LJ-15", "Loja Guimarães", "Guimarães", "Guimarães", "Rua Paio Galvão 14", "4810-445 Guimarães", "09:00-18:30", "10:00-13:00", "encerrada", "253 200 115", ["contratos", "pagamentos"]),
 ("LJ-16", "Loja Viana do Castelo", "Viana do Castelo", "Viana do Castelo", "Avenida dos Combatentes da Grande Guerra 121", "4900-539 Viana do Castelo", "09:00-18:00", "10:00-13:00", "encerrada", "258 300 116", ["contratos", "pagamentos"]),
 ("LJ-17", "Loja Vila Real", "Vila Real", "Vila Real", "Avenida Carvalho Araújo 45", "5000-657 Vila Real", "09:00-18:00", "encerrada", "encerrada", "259 330 117", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-18", "Loja Bragança", "Bragança", "Bragança", "Rua Almirante Reis 22", "5300-046 Bragança", "09:00-17:30", "encerrada", "encerrada", "273 320 118", ["contratos", "pagamentos"]),
 ("LJ-19", "Loja Guarda", "Guarda", "Guarda", "Rua do Comércio 61", "6300-692 Guarda", "09:00-17:30", "encerrada", "encerrada", "271 220 119", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-20", "Loja Castelo Branco", "Castelo Branco", "Castelo Branco", "Avenida 1.º de Maio 38", "6000-086 Castelo Branco", "09:00-18:00", "encerrada", "encerrada", "272 340 120", ["contratos", "pagamentos"]),
 ("LJ-21", "Loja Santarém", "Santarém", "Santarém", "Rua Capelo e Ivens 70", "2000-039 Santarém", "09:00-18:00", "10:00-13:00", "encerrada", "243 300 121", ["contratos", "pagamentos", "soluções solares"]),
 ("LJ-22", "Loja Portalegre", "Portalegre", "Portalegre", "Rua 19 de Junho 12", "7300-155 Portalegre", "09:00-17:30", "encerrada", "encerrada", "245 300 122", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-23", "Loja Beja", "Beja", "Beja", "Rua de Mértola 40", "7800-475 Beja", "09:00-17:30", "encerrada", "encerrada", "284 310 123", ["contratos", "pagamentos", "tarifa social", "soluções solares"]),
 ("LJ-24", "Loja Portimão", "Portimão", "Portimão", "Rua do Comércio 85", "8500-535 Portimão", "09:00-18:30", "10:00-13:00", "encerrada", "282 400 124", ["contratos", "pagamentos", "soluções solares"]),
 ("LJ-25", "Loja Almada", "Almada", "Almada", "Almada Fórum, Piso 0, Loja 0.112", "2810-354 Almada", "10:00-22:00", "10:00-22:00", "10:00-20:00", "212 740 125", ["contratos", "pagamentos", "mobilidade elétrica", "bombas de calor"]),
 ("LJ-26", "Loja Sintra", "Sintra", "Sintra", "Avenida Heliodoro Salgado 27", "2710-573 Sintra", "09:00-18:30", "10:00-13:00", "encerrada", "219 100 126", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-27", "Loja Cascais", "Cascais", "Cascais", "CascaiShopping, Piso 1, Loja 1.045", "2645-543 Alcabideche", "10:00-23:00", "10:00-23:00", "10:00-23:00", "214 600 127", ["contratos", "pagamentos", "mobilidade elétrica", "soluções solares", "bombas de calor"]),
 ("LJ-28", "Loja Matosinhos", "Matosinhos", "Matosinhos", "Rua Brito Capelo 201", "4450-072 Matosinhos", "09:00-19:00", "10:00-13:00", "encerrada", "229 380 128", ["contratos", "pagamentos", "tarifa social"]),
 ("LJ-29", "Loja Loures", "Loures", "Loures", "Rua da República 54", "2670-472 Loures", "09:00-18:30", "encerrada", "encerrada", "219 830 129", ["contratos", "pagamentos"]),
 ("LJ-30", "Loja Oeiras", "Oeiras", "Oeiras", "Oeiras Parque, Piso 1, Loja 1.18", "2740-244 Oeiras", "10:00-23:00", "10:00-23:00", "10:00-23:00", "214 400 130", ["contratos", "pagamentos", "mobilidade elétrica", "soluções solares"]),
]
COIMBRA_OLD_ADDR = "Rua Ferreira Borges 87"
COIMBRA_OLD_POSTAL = "3000-180 Coimbra"
STORE_MANAGERS = ["Helena Vasconcelos", "Rui Magalhães", "Sofia Quintela", "Nuno Barreto", "Marta Lobo", "Tiago Esteves",
    "Carla Amaral", "Pedro Saraiva", "Inês Fontoura", "João Pimenta", "Ana Rebelo", "Luís Carvalhais", "Rita Godinho",
    "Bruno Teles", "Catarina Mota", "Filipe Lacerda", "Joana Seabra", "Ricardo Falcão", "Teresa Pombo", "Miguel Antas",
    "Patrícia Leal", "Hugo Calado", "Vera Sampaio", "André Furtado", "Sara Castelo", "Diogo Rosário", "Beatriz Lemos",
    "Gonçalo Paiva", "Mónica Cardim", "Paulo Vieira"]

# municipality, district, nearest store code
MUNICIPALITIES = [
 ("Lisboa","Lisboa","LJ-01"),("Porto","Porto","LJ-04"),("Coimbra","Coimbra","LJ-07"),("Faro","Faro","LJ-08"),("Braga","Braga","LJ-09"),
 ("Aveiro","Aveiro","LJ-10"),("Viseu","Viseu","LJ-11"),("Leiria","Leiria","LJ-12"),("Setúbal","Setúbal","LJ-13"),("Évora","Évora","LJ-14"),
 ("Guimarães","Braga","LJ-15"),("Viana do Castelo","Viana do Castelo","LJ-16"),("Vila Real","Vila Real","LJ-17"),("Bragança","Bragança","LJ-18"),
 ("Guarda","Guarda","LJ-19"),("Castelo Branco","Castelo Branco","LJ-20"),("Santarém","Santarém","LJ-21"),("Portalegre","Portalegre","LJ-22"),
 ("Beja","Beja","LJ-23"),("Portimão","Faro","LJ-24"),("Almada","Setúbal","LJ-25"),("Sintra","Lisboa","LJ-26"),("Cascais","Lisboa","LJ-27"),
 ("Matosinhos","Porto","LJ-28"),("Loures","Lisboa","LJ-29"),("Oeiras","Lisboa","LJ-30"),("Vila Nova de Gaia","Porto","LJ-06"),
 ("Amadora","Lisboa","LJ-02"),("Odivelas","Lisboa","LJ-29"),("Mafra","Lisboa","LJ-26"),("Vila Franca de Xira","Lisboa","LJ-29"),
 ("Seixal","Setúbal","LJ-25"),("Barreiro","Setúbal","LJ-25"),("Moita","Setúbal","LJ-13"),("Montijo","Setúbal","LJ-13"),("Palmela","Setúbal","LJ-13"),
 ("Sesimbra","Setúbal","LJ-13"),("Alcochete","Setúbal","LJ-13"),("Gondomar","Porto","LJ-05"),("Maia","Porto","LJ-28"),("Valongo","Porto","LJ-05"),
 ("Póvoa de Varzim","Porto","LJ-28"),("Vila do Conde","Porto","LJ-28"),("Santo Tirso","Porto","LJ-15"),("Paredes","Porto","LJ-05"),
 ("Penafiel","Porto","LJ-05"),("Amarante","Porto","LJ-17"),("Felgueiras","Porto","LJ-15"),("Barcelos","Braga","LJ-09"),("Famalicão","Braga","LJ-09"),
 ("Esposende","Braga","LJ-09"),("Fafe","Braga","LJ-15"),("Ponte de Lima","Viana do Castelo","LJ-16"),("Caminha","Viana do Castelo","LJ-16"),
 ("Chaves","Vila Real","LJ-17"),("Peso da Régua","Vila Real","LJ-17"),("Mirandela","Bragança","LJ-18"),("Lamego","Viseu","LJ-11"),
 ("Tondela","Viseu","LJ-11"),("Mangualde","Viseu","LJ-11"),("Ovar","Aveiro","LJ-10"),("Ílhavo","Aveiro","LJ-10"),("Águeda","Aveiro","LJ-10"),
 ("Santa Maria da Feira","Aveiro","LJ-06"),("Oliveira de Azeméis","Aveiro","LJ-10"),("Figueira da Foz","Coimbra","LJ-07"),("Cantanhede","Coimbra","LJ-07"),
 ("Lousã","Coimbra","LJ-07"),("Pombal","Leiria","LJ-12"),("Marinha Grande","Leiria","LJ-12"),("Alcobaça","Leiria","LJ-12"),("Caldas da Rainha","Leiria","LJ-12"),
 ("Peniche","Leiria","LJ-12"),("Torres Vedras","Lisboa","LJ-26"),("Tomar","Santarém","LJ-21"),("Abrantes","Santarém","LJ-21"),("Entroncamento","Santarém","LJ-21"),
 ("Rio Maior","Santarém","LJ-21"),("Covilhã","Castelo Branco","LJ-20"),("Fundão","Castelo Branco","LJ-20"),("Seia","Guarda","LJ-19"),
 ("Elvas","Portalegre","LJ-22"),("Estremoz","Évora","LJ-14"),("Montemor-o-Novo","Évora","LJ-14"),("Sines","Setúbal","LJ-13"),("Grândola","Setúbal","LJ-13"),
 ("Odemira","Beja","LJ-23"),("Moura","Beja","LJ-23"),("Loulé","Faro","LJ-08"),("Albufeira","Faro","LJ-24"),("Lagos","Faro","LJ-24"),
 ("Silves","Faro","LJ-24"),("Tavira","Faro","LJ-08"),("Olhão","Faro","LJ-08"),("Vila Real de Santo António","Faro","LJ-08"),("Lagoa","Faro","LJ-24"),
 ("Benavente","Santarém","LJ-21"),("Torres Novas","Santarém","LJ-21"),("Ourém","Santarém","LJ-21"),("Nazaré","Leiria","LJ-12"),("Óbidos","Leiria","LJ-12"),
 ("Arruda dos Vinhos","Lisboa","LJ-29"),("Sobral de Monte Agraço","Lisboa","LJ-26"),("Alenquer","Lisboa","LJ-29"),
]

#!/usr/bin/env python3
"""Generate the Alvorada Energia corpus (generated part). Core hand-written docs are in core_docs.py."""
import os, random, datetime, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from facts import *

R = random.Random(2026)
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
os.makedirs(OUT, exist_ok=True)
WRITTEN = {}

def slug(s):
    s = s.lower().replace("+", " mais")
    tr = str.maketrans("áàâãäéèêíìóòôõöúùûçñ", "aaaaaeeeiiooooouuucn")
    s = s.translate(tr)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def write(fname, title, date, body, label="Updated"):
    assert fname not in WRITTEN, fname
    txt = f"# {title}\n{label}: {date}\n\n{body.strip()}\n"
    WRITTEN[fname] = txt
    with open(os.path.join(OUT, fname), "w") as f:
        f.write(txt)

MESES = ["janeiro","fevereiro","março","abril","maio","junho","julho","agosto","setembro","outubro","novembro","dezembro"]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def dpt(d): return f"{d.day} de {MESES[d.month-1]} de {d.year}"
def den(d): return f"{d.day} {MONTHS[d.month-1]} {d.year}"
def D(s): return datetime.date.fromisoformat(s)
def eur(x, d=2): return f"{x:.{d}f}".replace(".", ",") + " €"

# ---------------------------------------------------------------- tariff pages
def tariff_pages():
    for key, p in PLANS.items():
        for pw in POWERS:
            if pw < p["minp"]: continue
            d = daily(key, pw)
            fname = f"tarifa-{slug(p['name'].replace('Alvorada ',''))}-{slug(pstr(pw))}-kva.md"
            title = f"{p['name']} — {pstr(pw)} kVA: preços em vigor"
            upd = CARGA_LAUNCH if key == "cargamais" else PRICE_CHANGE_DATE
            rows = "\n".join(f"| {e[0]} | {fmt(e[3])} €/kWh |" for e in p["energy"])
            v = R.randint(0, 2)
            intro = [
                f"Esta página apresenta os preços do plano **{p['name']}** ({p['code']}) para uma potência contratada de **{pstr(pw)} kVA**. O {p['name']} é uma {p['desc_pt']}.",
                f"Preços do **{p['name']}** com **{pstr(pw)} kVA** de potência contratada, segmento {p['seg']}. Trata-se de uma {p['desc_pt']}.",
                f"Se tem {pstr(pw)} kVA contratados e está a considerar o **{p['name']}** ({p['desc_pt']}), estes são os preços que se aplicam ao seu contrato.",
            ][v]
            body = intro + "\n\n"
            body += f"## Termo fixo (potência)\n\n| Potência contratada | Preço diário (sem IVA) |\n|---|---|\n| {pstr(pw)} kVA | {fmt(d)} €/dia |\n\n"
            body += f"## Termo de energia\n\n| Período | Preço (sem IVA) |\n|---|---|\n{rows}\n\n"
            changed = [e for e in p["energy"] if e[2] is not None and e[2] != e[3]]
            if key == "cargamais":
                body += f"O {p['name']} foi lançado a {dpt(D(CARGA_LAUNCH))}. Está disponível para potências a partir de 3,45 kVA e exige contador inteligente com telecontagem ativa.\n\n"
            elif changed:
                body += "## Alteração de preços\n\n" + f"Os preços de energia acima estão em vigor desde {dpt(D(PRICE_CHANGE_DATE))}. Até 30 de setembro de 2026 aplicavam-se: " + "; ".join(f"{e[0]} {fmt(e[2])} €/kWh" for e in changed) + ". O termo fixo de potência não foi alterado.\n\n"
            else:
                body += f"Os preços deste plano não foram alterados na revisão de {dpt(D(PRICE_CHANGE_DATE))}.\n\n"
            if key == "casasolar":
                body += f"## Compra do excedente\n\nA energia excedente injetada na rede é paga a {fmt(SOLAR_BUYBACK_NEW)} €/kWh desde {dpt(D(SOLAR_BUYBACK_DATE))} (antes: {fmt(SOLAR_BUYBACK_OLD)} €/kWh).\n\n"
            notes = ["Aos preços acrescem IVA, taxa de exploração DGEG, imposto especial de consumo e contribuição audiovisual, conforme o guia *Como ler a sua fatura de eletricidade*.",
                     f"Com débito direto e fatura eletrónica beneficia de um desconto de {DD_NEW} por mês em cada contrato (valor em vigor desde {dpt(D(DD_DATE))}).",
                     "A mudança de potência é pedida ao operador de rede através da Alvorada; consulte o artigo *Alterar a potência contratada*.",
                     "Os horários dos períodos horários seguem o ciclo diário publicado pela ERSE; veja *Ciclos horários: diário e semanal*."]
            R.shuffle(notes)
            body += "## Notas\n\n" + "\n".join("- " + n for n in notes[:R.randint(2, 4)]) + "\n"
            if p["seg"] == "Casa" and pw <= 6.9:
                body += f"\nClientes elegíveis para a tarifa social têm um desconto de {SOCIAL_DISCOUNT} sobre os preços sem IVA (ver *Tarifa social de energia*).\n"
            write(fname, title, upd, body)

def plan_overviews():
    for key, p in PLANS.items():
        fname = f"plano-{slug(p['name'].replace('Alvorada ',''))}.md"
        title = f"Plano {p['name']}"
        upd = CARGA_LAUNCH if key in ("cargamais", "mobilidade") else PRICE_CHANGE_DATE
        body = f"O **{p['name']}** (código {p['code']}) é uma {p['desc_pt']}. Destina-se ao segmento {p['seg']} e está disponível a partir de {pstr(p['minp'])} kVA.\n\n"
        body += "## Preços de energia em vigor (sem IVA)\n\n| Período | €/kWh |\n|---|---|\n" + "\n".join(f"| {e[0]} | {fmt(e[3])} |" for e in p["energy"]) + "\n\n"
        body += "## Termo fixo por potência (sem IVA)\n\n| kVA | €/dia |\n|---|---|\n" + "\n".join(f"| {pstr(pw)} | {fmt(daily(key,pw))} |" for pw in POWERS if pw >= p["minp"]) + "\n\n"
        if key == "mobilidade":
            body += f"## Fecho a novas adesões\n\nDesde {dpt(D(CARGA_LAUNCH))} o {p['name']} deixou de aceitar novas adesões, com o lançamento do Alvorada Carga+. Os contratos existentes mantêm-se em vigor com as mesmas condições; a passagem para o Carga+ é gratuita e pode ser pedida na área de cliente.\n\n"
        if key == "cargamais":
            body += "## Condições\n\n- Exige contador inteligente com telecontagem ativa.\n- Inclui 10% de desconto na instalação de um carregador de parede comprado à Alvorada.\n- Fidelização: sem fidelização.\n- Período de super vazio: todos os dias das 02:00 às 06:00.\n\n"
        changed = [e for e in p["energy"] if e[2] is not None and e[2] != e[3]]
        if changed:
            body += f"## Histórico\n\nPreços em vigor desde {dpt(D(PRICE_CHANGE_DATE))}. Consulte *Histórico de preços — {p['name']}* para valores anteriores.\n\n"
        body += "## Como aderir\n\nPode aderir online em alvorada.pt, pelo telefone " + PHONE + " ou numa loja Alvorada. Precisa do código CPE, NIF e IBAN (se optar por débito direto).\n"
        write(fname, title, upd, body)
        # English version for household plans
        if p["seg"] == "Casa":
            fname = f"plan-{slug(p['name'].replace('Alvorada ',''))}-en.md"
            body = f"**{p['name']}** (code {p['code']}) is a {p['desc_en']}. Available from {pstr(p['minp'])} kVA of contracted power.\n\n"
            body += "## Current energy prices (excl. VAT)\n\n| Period | €/kWh |\n|---|---|\n" + "\n".join(f"| {e[1]} | {fmt(e[3])} |" for e in p["energy"]) + "\n\n"
            body += "## Daily standing charge (excl. VAT)\n\n| kVA | €/day |\n|---|---|\n" + "\n".join(f"| {pstr(pw)} | {fmt(daily(key,pw))} |" for pw in POWERS if pw >= p["minp"]) + "\n\n"
            if changed:
                body += "Prices effective from 1 October 2026. Previous prices: " + "; ".join(f"{e[1]} {fmt(e[2])} €/kWh" for e in changed) + ".\n\n"
            if key == "cargamais":
                body += "Launched on 15 September 2026. Requires a smart meter with remote reading. Super off-peak runs every day from 02:00 to 06:00. No lock-in period.\n\n"
            if key == "mobilidade":
                body += "Closed to new sign-ups since 15 September 2026 (replaced by Alvorada Carga+). Existing contracts continue unchanged.\n\n"
            body += f"Sign up online at alvorada.pt, by phone on {PHONE}, or at any Alvorada store.\n"
            write(fname, f"{p['name']} plan (English)", upd, body)

def price_history():
    for key, p in PLANS.items():
        if key == "cargamais": continue
        fname = f"historico-precos-{slug(p['name'].replace('Alvorada ',''))}.md"
        body = f"Evolução dos preços de energia (sem IVA) do **{p['name']}**.\n\n| Período de vigência | " + " | ".join(e[0] for e in p["energy"]) + " |\n|---|" + "---|"*len(p["energy"]) + "\n"
        o25 = [round(e[2]*0.975, 4) for e in p["energy"]]
        body += "| 01/01/2025 a 31/12/2025 | " + " | ".join(fmt(x) for x in o25) + " |\n"
        body += "| 01/01/2026 a 30/09/2026 | " + " | ".join(fmt(e[2]) for e in p["energy"]) + " |\n"
        body += "| desde 01/10/2026 | " + " | ".join(fmt(e[3]) for e in p["energy"]) + " |\n\n"
        body += "O termo fixo de potência manteve-se inalterado em 2026. As atualizações de janeiro refletem as tarifas de acesso às redes publicadas pela ERSE; a revisão de outubro de 2026 é descrita no aviso *Atualização de preços de 1 de outubro de 2026*.\n"
        write(fname, f"Histórico de preços — {p['name']}", PRICE_CHANGE_DATE, body)

def gas_pages():
    for key, g in GAS.items():
        for e, fix in g["esc"].items():
            fname = f"tarifa-{slug(g['name'].replace('Alvorada ',''))}-escalao-{e}.md"
            body = f"Preços do **{g['name']}** ({g['code']}) para o **escalão {e}** de consumo ({GAS_ESC_RANGE[e]}).\n\n"
            body += f"| Componente | Preço (sem IVA) |\n|---|---|\n| Termo fixo | {fmt(fix)} €/dia |\n| Energia | {fmt(g['new'])} €/kWh |\n\n"
            if g["old"] != g["new"]:
                body += f"O preço da energia passou de {fmt(g['old'])} €/kWh para {fmt(g['new'])} €/kWh a {dpt(D(PRICE_CHANGE_DATE))}. O termo fixo não mudou.\n\n"
            else:
                body += "Preços sem alteração na revisão de outubro de 2026.\n\n"
            body += "O consumo de gás é medido em m³ e convertido em kWh com o fator de conversão indicado na fatura (em média 11,42 kWh/m³ em 2026). O escalão é atribuído pelo operador de rede com base no consumo anual.\n\n"
            body += f"Em caso de cheiro a gás ligue de imediato para a linha de emergência da {GAS_DSO}: {GAS_EMERG}.\n"
            write(fname, f"{g['name']} — escalão {e}: preços em vigor", PRICE_CHANGE_DATE, body)
        fname = f"plano-{slug(g['name'].replace('Alvorada ',''))}.md"
        body = f"O **{g['name']}** ({g['code']}) fornece gás natural em baixa pressão. Preço de energia em vigor: **{fmt(g['new'])} €/kWh** (sem IVA).\n\n| Escalão | Consumo anual | Termo fixo (€/dia) |\n|---|---|---|\n"
        body += "\n".join(f"| {e} | {GAS_ESC_RANGE[e]} | {fmt(f)} |" for e, f in g["esc"].items()) + "\n\n"
        body += "Pode juntar eletricidade e gás num contrato dual e receber uma fatura única. A inspeção periódica obrigatória da instalação de gás é da responsabilidade do cliente (ver *Inspeção periódica de gás*).\n"
        write(fname, f"Plano {g['name']}", PRICE_CHANGE_DATE, body)

# ---------------------------------------------------------------- stores
def store_pages():
    en_codes = {"LJ-01","LJ-03","LJ-04","LJ-07","LJ-08","LJ-24","LJ-27","LJ-30","LJ-25","LJ-06"}
    for i, s in enumerate(STORES):
        code, name, city, mun, addr, postal, wd, sat, sun, tel, serv = s
        mgr = STORE_MANAGERS[i]
        upd = STORE_MOVE_DATE if code == "LJ-07" else f"2026-0{R.randint(2,5)}-{R.randint(10,28)}"
        fname = f"loja-{slug(name.replace('Loja ',''))}.md"
        v = i % 3
        hdr = ["Horário", "Horário de atendimento", "Quando estamos abertos"][v]
        body = ["", f"A {name} serve clientes de {city} e concelhos vizinhos.\n\n", f"Bem-vindo à página da {name}.\n\n"][v]
        body += f"## Morada\n\n{addr}\n{postal}\n\nTelefone da loja: {tel}\nResponsável de loja: {mgr}\n\n"
        body += f"## {hdr}\n\n| Dia | Horário |\n|---|---|\n| Segunda a sexta | {wd} |\n| Sábado | {sat} |\n| Domingo e feriados | {sun} |\n\n"
        body += "## Serviços disponíveis\n\n" + "\n".join(f"- {x.capitalize()}" for x in serv) + "\n\n"
        if code == "LJ-07":
            body += f"## Nova morada\n\nDesde {dpt(D(STORE_MOVE_DATE))} a loja de Coimbra funciona na {addr}. A antiga Loja Coimbra Baixa, na {COIMBRA_OLD_ADDR} ({COIMBRA_OLD_POSTAL}), encerrou a 31 de julho de 2026. O telefone da loja manteve-se.\n\n"
        if "mobilidade elétrica" in serv:
            body += "Esta loja tem um balcão dedicado à mobilidade elétrica, onde pode ver carregadores de parede e aderir ao Alvorada Carga+.\n\n"
        body += ["Atendimento por marcação disponível em alvorada.pt/lojas.", f"Também pode ser atendido pela linha {PHONE} (dias úteis, 8:00-22:00).", "Para pagamentos em numerário, a loja aceita até 3 000 € por operação."][R.randint(0,2)] + "\n"
        body += "\n## Acessibilidade e estacionamento\n\n" + ["Loja com entrada de nível e balcão rebaixado. Estacionamento público pago nas proximidades.", "Acesso para pessoas com mobilidade reduzida. Existe parque de estacionamento municipal a menos de 200 metros.", "Atendimento prioritário para grávidas, pessoas com deficiência e maiores de 65 anos, nos termos da lei. Estacionamento na via pública."][i % 3] + "\n"
        write(fname, name, upd, body)
        if code in en_codes:
            fname = f"store-{slug(name.replace('Loja ',''))}-en.md"
            body = f"The {name} store serves customers in {city}.\n\n**Address:** {addr}, {postal}\n**Phone:** {tel}\n**Store manager:** {mgr}\n\n| Day | Opening hours |\n|---|---|\n| Monday-Friday | {wd} |\n| Saturday | {sat.replace('encerrada','closed')} |\n| Sunday and public holidays | {sun.replace('encerrada','closed')} |\n\n"
            body += "Services: " + ", ".join(serv) + ".\n\n"
            if code == "LJ-07":
                body += f"The Coimbra store moved on 3 August 2026 from {COIMBRA_OLD_ADDR} to {addr}. The old Coimbra Baixa store closed on 31 July 2026.\n\n"
            body += "Priority service is available for pregnant women, people with disabilities and customers over 65. English-speaking staff are available at this store. For the full list of stores see *Rede de lojas Alvorada*.\n"
            write(fname, f"{name} (store information in English)", upd, body)

# ---------------------------------------------------------------- municipalities & outages
FIRST = ["São João","Santa Maria","São Pedro","Santo António","São Martinho","Vila Nova","Santiago","São Miguel","Nossa Senhora da Graça","São Sebastião","Santa Luzia","São Bento"]
LOCS = ["Casal do Moinho","Quinta da Fonte","Vale Covo","Outeiro","Barreiros","Chão de Couce","Cabeço Alto","Portela","Ribeira Seca","Fonte Santa","Pinhal Novo de Cima","Lameiras","Carvalhal","Bairro da Estação","Azenha","Cruz da Légua","Murteira","Vale da Pedra","Aldeia Velha","Tojal","Corredoura","Pedreiras","Cerca","Barroca","Monte Redondo","Serrado","Venda Nova","Souto","Eira Velha","Casais da Serra"]
STREETS = ["Rua da Liberdade","Rua 25 de Abril","Travessa do Moinho","Rua do Comércio","Avenida da Igreja","Rua das Flores","Rua da Escola","Largo do Rossio","Rua Direita","Rua do Calvário","Estrada Nacional 10","Rua Dr. António José de Almeida","Rua da Fonte","Rua do Pinhal","Avenida dos Bombeiros Voluntários","Rua de São Francisco","Rua Nova","Beco do Forno","Rua do Outeiro","Rua da Estação","Rua dos Pescadores","Rua do Castelo","Avenida 5 de Outubro","Rua da Misericórdia","Rua das Oliveiras","Rua do Mercado"]
REASONS_PT = ["substituição de um posto de transformação","manutenção preventiva da linha de média tensão","poda de árvores junto à linha aérea","ligação de uma nova linha subterrânea","substituição de apoios de betão degradados","instalação de equipamento de telecomando na rede","remodelação da rede de baixa tensão","integração de nova subestação"]
REASONS_EN = ["replacement of a transformer substation","preventive maintenance on the medium-voltage line","tree trimming near the overhead line","connection of a new underground cable","replacement of degraded concrete poles","installation of remote-control equipment on the grid","upgrade of the low-voltage network","integration of a new substation"]
GREASONS_PT = ["substituição de troço de conduta de gás","ligação de nova conduta de distribuição","manutenção de posto de regulação e medida"]
GREASONS_EN = ["replacement of a gas main section","connection of a new distribution main","maintenance of a pressure regulation station"]
CAUSES_PT = ["queda de árvore sobre a linha aérea durante ventos fortes","avaria num cabo subterrâneo","descarga atmosférica num posto de transformação","escavação de terceiros que danificou um cabo","sobrecarga num transformador"]
CAUSES_EN = ["a tree falling on the overhead line during strong winds","an underground cable fault","a lightning strike on a transformer substation","third-party excavation that damaged a cable","an overloaded transformer"]
WINDOWS = [("08:30","12:30"),("09:00","13:00"),("09:00","17:00"),("13:30","17:30"),("08:00","14:00"),("14:00","18:00"),("23:00","05:00"),("10:00","15:00")]

OUTAGES = []
def municipality_and_outages():
    nid = 1000
    for mi, (mun, dist, sc) in enumerate(MUNICIPALITIES):
        store = [s for s in STORES if s[0] == sc][0]
        fr = R.sample(FIRST, 3)
        locs = R.sample(LOCS, 6)
        if R.random() < 0.35:
            body = f"Alvorada Energia supply information for the municipality of **{mun}** ({dist} district).\n\n"
            body += f"## Nearest store\n\n{store[1]} — {store[4]}, {store[5]}. Weekday hours: {store[6]}.\n\n"
            body += f"## Networks\n\n- Electricity grid operator: {DSO}, fault line {DSO_PHONE} (24 h).\n"
            gas = mi % 3 != 2
            body += (f"- Natural gas: available through {GAS_DSO}; emergency {GAS_EMERG}.\n" if gas else "- Natural gas: no distribution network in this municipality; Alvorada does not supply piped gas here.\n")
            body += f"\n## Parishes and localities with frequent notices\n\n" + ", ".join(fr + locs[:3]) + ".\n\n"
            body += f"Planned interruption notices are published at least 36 hours in advance, usually 10 days before. Look for notices titled *Planned power interruption — {mun}* or *Interrupção programada — {mun}*.\n"
            write(f"municipality-{slug(mun)}-en.md", f"Alvorada Energia in {mun}", f"2026-0{R.randint(1,5)}-{R.randint(10,28)}", body)
        else:
            body = f"Informação sobre o fornecimento de energia da Alvorada no concelho de **{mun}** (distrito de {dist}).\n\n"
            body += f"## Loja mais próxima\n\n{store[1]} — {store[4]}, {store[5]}. Horário em dias úteis: {store[6]}.\n\n"
            body += f"## Redes\n\n- Operador da rede de eletricidade: {DSO}, linha de avarias {DSO_PHONE} (24 h).\n"
            gas = mi % 3 != 2
            if gas:
                body += f"- Gás natural: disponível através da {GAS_DSO}; emergência {GAS_EMERG}.\n"
            else:
                body += "- Gás natural: rede de distribuição não disponível no concelho; a Alvorada não fornece gás canalizado aqui.\n"
            body += f"\n## Freguesias e localidades com avisos frequentes\n\n" + ", ".join(fr + locs[:3]) + ".\n\n"
            body += f"Os avisos de interrupção programada são publicados com pelo menos 36 horas de antecedência, em regra 10 dias antes. Consulte os avisos com o título *Interrupção programada — {mun}*.\n"
            write(f"concelho-{slug(mun)}.md", f"Alvorada Energia em {mun}", f"2026-0{R.randint(1,5)}-{R.randint(10,28)}", body)
        n = R.choice([4, 5, 6, 6, 7, 8])
        used = set()
        for k in range(n):
            while True:
                day = D("2026-01-07") + datetime.timedelta(days=R.randint(0, 330))
                if day not in used and day <= D("2026-12-05"): break
            used.add(day)
            nid += R.randint(1, 9)
            typ = R.choices(["plan", "gas", "incident"], [0.66, 0.14 if gas else 0, 0.20])[0]
            if typ == "incident" and day > D(TODAY): typ = "plan"
            en = R.random() < 0.5
            ws, we = R.choice(WINDOWS)
            places = R.sample(locs, R.randint(1, 3)) + [R.choice(fr)]
            streets = R.sample(STREETS, R.randint(2, 5))
            cpes = R.randint(40, 2400)
            ref = f"RLD-26-{nid}" if typ != "gas" else f"GCD-26-{nid}"
            rec = dict(id=ref, mun=mun, date=day.isoformat(), start=ws, end=we, typ=typ, en=en, places=places, streets=streets, cpes=cpes)
            pub = min(day - datetime.timedelta(days=R.randint(9, 14)), D(TODAY))
            if typ == "incident":
                pub = day + datetime.timedelta(days=R.randint(1, 3))
                if pub > D(TODAY): pub = D(TODAY)
                ci = R.randrange(len(CAUSES_PT))
                dur = R.randint(45, 420)
                rec.update(cause=CAUSES_PT[ci], dur=dur)
                h, m = divmod(dur, 60)
                durs = f"{h} h {m:02d} min"
                if en:
                    t = f"Unplanned outage report — {mun}, {den(day)}"
                    body = f"Reference: {ref}\n\nOn {den(day)} an unplanned power outage affected about {cpes} supply points (CPE) in {mun}, mainly in {', '.join(places)}. The outage started at {ws} and was caused by {CAUSES_EN[ci]}.\n\n## Restoration\n\nSupply was fully restored after {durs}. Crews from {DSO} worked on site; part of the customers were re-supplied earlier through network reconfiguration.\n\n## Compensation\n\nUnder the ERSE quality of service rules, customers whose supply was interrupted for longer than the regulated limits receive automatic compensation on a later invoice. No request is needed. Questions: {PHONE}.\n"
                else:
                    t = f"Relatório de interrupção acidental — {mun}, {dpt(day)}"
                    body = f"Referência: {ref}\n\nNo dia {dpt(day)} uma interrupção acidental afetou cerca de {cpes} pontos de entrega (CPE) em {mun}, sobretudo em {', '.join(places)}. A interrupção começou às {ws} e teve origem em {CAUSES_PT[ci]}.\n\n## Reposição\n\nO fornecimento foi totalmente reposto ao fim de {durs}. As equipas da {DSO} intervieram no local e parte dos clientes foi realimentada mais cedo por reconfiguração da rede.\n\n## Compensações\n\nNos termos do Regulamento da Qualidade de Serviço da ERSE, os clientes com interrupções acima dos limites regulamentares recebem uma compensação automática numa fatura posterior, sem necessidade de pedido. Dúvidas: {PHONE}.\n"
                fname = f"incidente-{day.isoformat()}-{slug(mun)}.md" if not en else f"outage-report-{day.isoformat()}-{slug(mun)}.md"
            else:
                g = typ == "gas"
                ri = R.randrange(len(GREASONS_PT if g else REASONS_PT))
                rec.update(reason=(GREASONS_PT if g else REASONS_PT)[ri])
                night = ws == "23:00"
                endday = day + datetime.timedelta(days=1) if night else day
                if en:
                    what = "gas supply interruption" if g else "power interruption"
                    t = f"Planned {what} — {mun}, {den(day)}"
                    body = f"Reference: {ref}\n\n{GAS_DSO if g else DSO} will carry out {(GREASONS_EN if g else REASONS_EN)[ri]} in {mun}. To do the work safely the {'gas' if g else 'electricity'} supply will be interrupted.\n\n"
                    body += f"| | |\n|---|---|\n| Date | {den(day)} |\n| Time | {ws} to {we}{' (next day)' if night else ''} |\n| Areas | {', '.join(places)} |\n| Supply points affected | {cpes} |\n\n## Streets affected\n\n" + "\n".join(f"- {s}" for s in streets) + "\n\n"
                    body += R.choice(["Please switch off sensitive equipment before the start time. Supply may be restored earlier without further notice; treat installations as live at all times.",
                                      "Customers who depend on electrically powered medical equipment and are registered as vulnerable customers are contacted individually.",
                                      "If bad weather prevents the work, a new date will be published under the same reference."])
                    body += f"\n\nAlvorada Energia customers can call {PHONE} for questions about their contract; technical questions go to {GAS_EMERG if g else DSO_PHONE}.\n"
                    fname = f"planned-{'gas-' if g else ''}outage-{day.isoformat()}-{slug(mun)}.md"
                else:
                    what = "de gás" if g else "de energia"
                    t = f"Interrupção programada {what} — {mun}, {dpt(day)}"
                    body = f"Referência: {ref}\n\nA {GAS_DSO if g else DSO} vai realizar trabalhos de {(GREASONS_PT if g else REASONS_PT)[ri]} no concelho de {mun}. Para garantir a segurança das equipas, o fornecimento {'de gás' if g else 'de eletricidade'} será interrompido.\n\n"
                    body += f"| | |\n|---|---|\n| Data | {dpt(day)} |\n| Horário | das {ws} às {we}{' do dia seguinte' if night else ''} |\n| Zonas | {', '.join(places)} |\n| Pontos de entrega afetados | {cpes} |\n\n## Arruamentos afetados\n\n" + "\n".join(f"- {s}" for s in streets) + "\n\n"
                    body += R.choice(["Recomendamos que desligue os equipamentos mais sensíveis antes do início dos trabalhos. A energia pode ser reposta antes da hora prevista sem aviso; considere as instalações sempre em tensão.",
                                      "Os clientes registados como clientes com necessidades especiais que dependam de equipamentos médicos elétricos são contactados individualmente.",
                                      "Se as condições meteorológicas impedirem os trabalhos, será publicada nova data com a mesma referência."])
                    if g:
                        body += "\n\nApós a reposição, um técnico da Gascentro verifica cada instalação antes de reabrir o gás; se estiver ausente, deixa um aviso com contacto para agendamento."
                    body += f"\n\nPara questões contratuais contacte a Alvorada Energia pelo {PHONE}; questões técnicas: {GAS_EMERG if g else DSO_PHONE}.\n"
                    fname = f"interrupcao-{'gas-' if g else ''}{day.isoformat()}-{slug(mun)}.md"
            rec["file"] = fname
            rec["title"] = t
            OUTAGES.append(rec)
            write(fname, t, pub.isoformat(), body, label="Date")

if __name__ == "__main__":
    tariff_pages(); plan_overviews(); price_history(); gas_pages(); store_pages(); municipality_and_outages()
    import json
    json.dump(OUTAGES, open(os.path.join(os.path.dirname(__file__), "outages.json"), "w"), ensure_ascii=False, indent=1)
    print(len(WRITTEN))

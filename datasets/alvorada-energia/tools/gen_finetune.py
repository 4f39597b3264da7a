#!/usr/bin/env python3
"""Fine-tuning examples: 4 task families, invented entities only (not the corpus's plans, stores, municipalities)."""
import json, os, random
R = random.Random(77)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "finetune")

SYSTEM = ("You are the internal writing assistant of Alvorada Energia, an electricity and gas retailer in Portugal. "
          "Call-centre agents and back-office staff ask you, in European Portuguese or English, to produce four kinds of text: "
          "(1) customer reply emails, (2) invoice explanations, (3) complaint case summaries for the back office and "
          "(4) outage SMS notices. Always use the Alvorada house format for each task and answer in the language the agent asks for "
          "(by default, the language of the request). Use only the facts given in the request; do not invent prices, dates, "
          "addresses or case numbers. If a needed fact is missing, leave a clearly marked placeholder such as [preço em falta].")

AGENTS = ["Leonor Baptista", "Rafael Cunha", "Susana Mourão", "Vasco Albuquerque", "Daniela Sequeira", "Henrique Tavares",
          "Alice Monteiro", "Fábio Nogueira", "Raquel Pinheiro", "Sérgio Valente", "Cláudia Rocha", "Artur Veloso"]
CUST = ["Maria Albertina Serrão", "José Carlos Durão", "Fernanda Lopes Brito", "António Quaresma", "Lurdes Pacheco", "Manuel Azevedo Sousa",
        "Graça Fontes", "Emanuel Ribas", "Célia Marques Vidal", "Armando Pires", "Olga Teixeira", "Zélia Cordeiro", "David Rendeiro",
        "Kevin O'Neill", "Sarah Whitmore", "Hans Becker", "Ingrid Larsen", "Paul Dubois", "Anika Roth", "Tom Ellison"]
PLACES = ["Vale do Sarrão", "Ribeira de Alcova", "São Romão do Vale", "Pinheiro da Serra", "Alcaria Nova", "Fontelonga",
          "Montemuro de Baixo", "Quinta das Amendoeiras", "Carrascal do Rio", "Póvoa de Lenteiros", "Serra Alva", "Outeiro Fundo",
          "Vila Chã de Sorraia", "Azinhal Velho", "Cerdeira de Cima"]
PLANS_FAKE = ["Plano Brisa", "Tarifa Horizonte", "Plano Noite Longa", "Plano Casa Clara", "Tarifa Duo Flex", "Plano Solar Mais",
              "Plano Lar Base", "Tarifa Eco Três"]
STREET_FAKE = ["Rua das Amoreiras Velhas", "Travessa do Lagar", "Rua do Chafariz Novo", "Avenida dos Salgueiros", "Rua da Azenha Alta", "Largo da Cortiça"]

def case(): return R.choice(["P-", "PRC-", "RC "]) + str(R.randint(1000000, 9999999))
def nif(): return str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
def cpe(): return "PT0002" + "".join(str(R.randint(0, 9)) for _ in range(12)) + R.choice(["AB", "KL", "XZ", "TF"])
def eur(x): return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", " ") + " €"
def n4(x): return f"{x:.4f}".replace(".", ",")
def typo(s):
    if R.random() < 0.35 and len(s) > 30:
        i = R.randint(5, len(s) - 5)
        if s[i].isalpha() and s[i+1].isalpha():
            s = s[:i] + s[i+1] + s[i] + s[i+2:]
    return s

# ------------------------------------------------------------ family 1: emails
def email_example(lang):
    ag = R.choice(AGENTS); cs = case(); sc = R.randrange(8)
    place = R.choice(PLACES); plan = R.choice(PLANS_FAKE)
    d = R.randint(2, 27); m = R.randint(1, 12)
    date = f"{d:02d}/{m:02d}"
    amt = round(R.uniform(8, 180), 2)
    if sc == 0:  # refund of overpayment
        facts_pt = f"cliente pagou a fatura duas vezes; reembolso de {eur(amt)} por transferência para o IBAN terminado em {R.randint(1000,9999)}, a processar até {date}"
        facts_en = f"customer paid the same bill twice; refund of {eur(amt)} by bank transfer to IBAN ending {R.randint(1000,9999)}, to be processed by {date}"
        p_pt = [f"Agradecemos o seu contacto sobre o pagamento em duplicado da sua fatura. Confirmámos que o mesmo valor foi pago duas vezes.",
                f"Vamos reembolsar {eur(amt)} por transferência bancária para o IBAN terminado em {facts_pt.split('terminado em ')[1].split(',')[0]}. O reembolso será processado até {date}.",
                "Não precisa de fazer mais nada. Se tiver alguma dúvida, responda a este e-mail indicando o número do processo."]
        p_en = [f"Thank you for contacting us about the duplicate payment of your bill. We have confirmed that the same amount was paid twice.",
                f"We will refund {eur(amt)} by bank transfer to the IBAN ending {facts_en.split('ending ')[1].split(',')[0]}. The refund will be processed by {date}.",
                "You do not need to do anything else. If you have any questions, simply reply to this email quoting the case number."]
    elif sc == 1:  # reading dispute
        k = R.randint(150, 900)
        facts_pt = f"fatura baseada em leitura estimada; cliente enviou foto do contador com {k} kWh a menos; nova fatura corrigida emitida a {date}, crédito de {eur(amt)}"
        facts_en = f"bill based on an estimated reading; customer sent a meter photo showing {k} kWh less; corrected bill issued on {date} with a credit of {eur(amt)}"
        p_pt = ["Obrigado pela fotografia do contador que nos enviou a propósito da sua última fatura, que tinha sido calculada com uma leitura estimada.",
                f"Com base na leitura real verificámos que tinham sido faturados {k} kWh a mais. Emitimos a {date} uma fatura corrigida, com um crédito de {eur(amt)} a seu favor.",
                "Para evitar estimativas no futuro, pode comunicar a leitura todos os meses pela app ou pela área de cliente. Estamos ao dispor para qualquer esclarecimento."]
        p_en = ["Thank you for the meter photo you sent regarding your last bill, which had been calculated using an estimated reading.",
                f"Based on the actual reading, {k} kWh too many had been billed. On {date} we issued a corrected bill with a credit of {eur(amt)} in your favour.",
                "To avoid estimates in the future, you can submit your reading every month through the app or the customer area. We remain available for any questions."]
    elif sc == 2:  # power change
        a, b = R.choice([("3,45", "4,6"), ("4,6", "5,75"), ("5,75", "6,9"), ("6,9", "10,35"), ("6,9", "5,75")])
        fee = round(R.uniform(6, 14), 2)
        facts_pt = f"pedido de alteração de potência de {a} para {b} kVA; concluído a {date}; encargo do operador de rede {eur(fee)} + IVA na próxima fatura"
        facts_en = f"contracted power change from {a} to {b} kVA; completed on {date}; grid operator fee {eur(fee)} + VAT on next bill"
        p_pt = [f"Informamos que o seu pedido de alteração da potência contratada de {a} kVA para {b} kVA foi concluído.",
                f"A alteração ficou ativa a {date}. O operador de rede cobra um encargo de {eur(fee)}, acrescido de IVA, que aparecerá na sua próxima fatura.",
                "Se notar que o disjuntor dispara com frequência ou se pretender rever novamente a potência, contacte-nos. Teremos todo o gosto em ajudar."]
        p_en = [f"We are pleased to confirm that your request to change your contracted power from {a} kVA to {b} kVA has been completed.",
                f"The change took effect on {date}. The grid operator charges a fee of {eur(fee)} plus VAT, which will appear on your next bill.",
                "If your breaker trips frequently or you would like to review your power again, please get in touch. We will be glad to help."]
    elif sc == 3:  # plan change
        facts_pt = f"cliente pediu mudança para o {plan}; ativo a partir de {date}; sem custos; primeira fatura com o novo plano no mês seguinte"
        facts_en = f"customer asked to move to {plan}; active from {date}; no charge; first bill on the new plan the following month"
        p_pt = [f"Agradecemos o seu pedido de mudança para o {plan}.",
                f"O novo plano fica ativo a partir de {date}, sem qualquer custo. A primeira fatura com as condições do {plan} será emitida no mês seguinte.",
                "Caso pretenda comparar consumos depois da mudança, pode consultar o histórico na área de cliente. Para qualquer dúvida, estamos ao seu dispor."]
        p_en = [f"Thank you for your request to move to the {plan}.",
                f"The new plan will be active from {date} at no cost. Your first bill under the {plan} will be issued the following month.",
                "If you would like to compare your consumption after the change, you can view your history in the customer area. Please let us know if you have any questions."]
    elif sc == 4:  # payment plan
        n = R.choice([3, 4, 6, 8, 10, 12]); tot = round(R.uniform(150, 900), 2)
        facts_pt = f"plano de pagamento aprovado: dívida de {eur(tot)} em {n} prestações de {eur(round(tot/n,2))}; primeira prestação a {date}; sem juros"
        facts_en = f"payment plan approved: debt of {eur(tot)} in {n} instalments of {eur(round(tot/n,2))}; first instalment on {date}; interest-free"
        p_pt = ["Na sequência do seu pedido, informamos que o plano de pagamento foi aprovado.",
                f"A dívida de {eur(tot)} será paga em {n} prestações mensais de {eur(round(tot/n,2))}, sem juros. A primeira prestação vence a {date}.",
                "Enquanto o plano for cumprido, o fornecimento não será interrompido por esta dívida. Se tiver dificuldade em pagar alguma prestação, contacte-nos antes da data de vencimento."]
        p_en = ["Following your request, we are pleased to confirm that your payment plan has been approved.",
                f"The debt of {eur(tot)} will be paid in {n} monthly instalments of {eur(round(tot/n,2))}, interest-free. The first instalment is due on {date}.",
                "As long as the plan is kept, your supply will not be interrupted because of this debt. If you have difficulty paying an instalment, please contact us before the due date."]
    elif sc == 5:  # outage compensation
        h = R.randint(5, 19)
        facts_pt = f"reclamação por falta de luz de {h} horas em {place} a {date}; compensação automática de {eur(amt)} creditada na próxima fatura; responsabilidade do operador de rede"
        facts_en = f"complaint about a {h}-hour power cut in {place} on {date}; automatic compensation of {eur(amt)} credited on next bill; grid operator responsible"
        p_pt = [f"Lamentamos a interrupção de energia de {h} horas que afetou a sua casa em {place} no dia {date}.",
                f"A reparação da rede é da responsabilidade do operador de rede, que confirmou a ocorrência. Tem direito a uma compensação automática de {eur(amt)}, que será creditada na sua próxima fatura.",
                "Não é necessário qualquer pedido adicional. Agradecemos a sua compreensão e ficamos ao dispor para mais informações."]
        p_en = [f"We are sorry about the {h}-hour power cut that affected your home in {place} on {date}.",
                f"Grid repairs are the responsibility of the grid operator, which has confirmed the incident. You are entitled to automatic compensation of {eur(amt)}, which will be credited on your next bill.",
                "No further request is needed. Thank you for your understanding; we remain available for any further information."]
    elif sc == 6:  # store appointment
        st = R.choice(STREET_FAKE) + f" {R.randint(3, 180)}"
        hh = R.choice(["10:00", "11:30", "14:00", "15:30", "17:00"])
        facts_pt = f"marcação na loja de {place}, {st}, dia {date} às {hh}; trazer documento de identificação e última fatura"
        facts_en = f"appointment at the {place} store, {st}, on {date} at {hh}; bring ID and latest bill"
        p_pt = ["Confirmamos a marcação do seu atendimento presencial.",
                f"Esperamos por si na nossa loja de {place}, {st}, no dia {date} às {hh}. Traga o seu documento de identificação e a última fatura.",
                "Se não puder comparecer, pedimos que nos avise com antecedência para libertarmos o horário. Obrigado pela preferência."]
        p_en = ["We are pleased to confirm your in-store appointment.",
                f"We look forward to seeing you at our {place} store, {st}, on {date} at {hh}. Please bring your ID and your latest bill.",
                "If you cannot attend, please let us know in advance so that we can free the slot. Thank you for choosing Alvorada."]
    else:  # direct debit activation
        disc = R.choice(["1,00 €", "1,75 €", "2,00 €", "3,00 €"])
        facts_pt = f"adesão a débito direto registada; ativa a partir da fatura de {date}; desconto de {disc}/mês porque também tem fatura eletrónica"
        facts_en = f"direct debit sign-up registered; active from the bill of {date}; {disc}/month discount because e-billing is also active"
        p_pt = ["Confirmamos que o seu pedido de adesão ao débito direto foi registado.",
                f"O débito direto fica ativo a partir da fatura de {date}. Como também tem fatura eletrónica, passa a beneficiar de um desconto de {disc} por mês.",
                "Até lá, a fatura em curso deve ser paga pelo meio habitual. Estamos disponíveis para qualquer esclarecimento."]
        p_en = ["We confirm that your direct debit request has been registered.",
                f"Direct debit will be active from the bill of {date}. As you also have e-billing, you will receive a discount of {disc} per month.",
                "Until then, please pay the current bill as usual. We are happy to help with any questions."]
    if lang == "pt":
        facts = facts_pt
        user = R.choice([
            f"Preciso de um email para o cliente. Processo {cs}, assina {ag}. Factos: {facts}.",
            f"email cliente pf — {facts}. proc {cs}. agente: {ag}",
            f"Redige resposta ao cliente ({cs}):\n- {facts.replace('; ', chr(10)+'- ')}\nAssinatura: {ag}",
            f"Olá, podes escrever o email de resposta? {facts[0].upper()+facts[1:]}. Sou a/o {ag}, nº processo {cs}.",
            f"{ag} | {cs} | resposta por email: {facts}",
            f"Cliente reclamou, quero responder por mail. Notas: {facts}. Caso {cs}, eu sou {ag}. obg",
        ])
        ans = "Caro(a) Cliente,\n\n" + "\n\n".join(p_pt) + f"\n\nCom os melhores cumprimentos,\n{ag}\nApoio ao Cliente | Alvorada Energia\nProcesso n.º {cs}"
    else:
        facts = facts_en
        user = R.choice([
            f"Need a customer email. Case {cs}, sign as {ag}. Facts: {facts}.",
            f"reply email pls — {facts}. case {cs}, agent {ag}",
            f"Draft a reply to the customer ({cs}):\n- {facts.replace('; ', chr(10)+'- ')}\nSignature: {ag}",
            f"Can you write the reply email in English? {facts[0].upper()+facts[1:]}. I'm {ag}, case number {cs}.",
            f"{ag} / {cs} / email reply (EN): {facts}",
            f"Cliente estrangeiro, resposta em inglês por favor. Notas: {facts_pt}. Processo {cs}, assina {ag}.",
        ])
        ans = "Dear Customer,\n\n" + "\n\n".join(p_en) + f"\n\nKind regards,\n{ag}\nCustomer Support | Alvorada Energia\nCase no. {cs}"
    return typo(user), ans

# ------------------------------------------------------------ family 2: invoice explanations
def invoice_example(lang):
    plan = R.choice(PLANS_FAKE); kva = R.choice([3.45, 4.6, 5.75, 6.9, 10.35]); kvs = f"{kva:g}".replace(".", ",")
    days = R.choice([28, 29, 30, 31, 32, 33])
    daily = round(R.uniform(0.15, 0.55), 4)
    two = R.random() < 0.45
    if two:
        k1, k2 = R.randint(60, 260), R.randint(90, 320)
        p1, p2 = round(R.uniform(0.08, 0.12), 4), round(R.uniform(0.17, 0.23), 4)
        en_lines = [("Energia vazio", "Off-peak energy", k1, p1), ("Energia fora de vazio", "Peak energy", k2, p2)]
    else:
        k1 = R.randint(120, 520); p1 = round(R.uniform(0.13, 0.19), 4)
        en_lines = [("Energia simples", "Energy (single rate)", k1, p1)]
    kwh = sum(x[2] for x in en_lines)
    dd = R.choice([0, 1.0, 1.5, 2.0, 3.0])
    cav = R.random() < 0.8
    rows = []
    pw = round(days * daily, 2)
    rows.append((f"Potência contratada ({kvs} kVA)", f"Contracted power ({kvs} kVA)", f"{days} dias", f"{days} days", f"{n4(daily)} €/dia", f"{n4(daily)} €/day", pw))
    for pt, en, k, p in en_lines:
        rows.append((pt, en, f"{k} kWh", f"{k} kWh", f"{n4(p)} €/kWh", f"{n4(p)} €/kWh", round(k * p, 2)))
    rows.append(("Taxa de exploração DGEG", "DGEG operating fee", "1 mês", "1 month", "0,07 €", "0,07 €", 0.07))
    if cav: rows.append(("Contribuição audiovisual", "Audiovisual contribution", "1 mês", "1 month", "2,85 €", "2,85 €", 2.85))
    iec = round(kwh * 0.001, 2)
    rows.append(("Imposto especial de consumo", "Excise duty (IEC)", f"{kwh} kWh", f"{kwh} kWh", "0,001 €/kWh", "0,001 €/kWh", iec))
    if dd: rows.append(("Desconto DD + fatura eletrónica", "DD + e-billing discount", "1 mês", "1 month", f"-{eur(dd)}", f"-{eur(dd)}", -dd))
    sub = round(sum(r[6] for r in rows), 2)
    vat = round(sub * R.uniform(0.14, 0.21), 2)
    total = round(sub + vat, 2)
    prev = round(total * R.uniform(0.7, 1.25), 2)
    diff = round(total - prev, 2)
    changes_pt, changes_en = [], []
    ch = R.sample(["price", "days", "estimate", "dd", "power", "season"], 2)
    pdays = days - R.choice([1, 2, 3]) if "days" in ch else days
    for c in ch:
        if c == "price":
            old = round(en_lines[-1][3] - R.uniform(0.003, 0.012), 4)
            changes_pt.append(f"preço {en_lines[-1][0].lower()} subiu de {n4(old)} para {n4(en_lines[-1][3])} €/kWh")
            changes_en.append(f"{en_lines[-1][1].lower()} price went up from {n4(old)} to {n4(en_lines[-1][3])} €/kWh")
        elif c == "days":
            changes_pt.append(f"período com {days} dias (anterior {pdays})"); changes_en.append(f"billing period of {days} days (previous {pdays})")
        elif c == "estimate":
            changes_pt.append("esta fatura usa leitura real, a anterior era estimada"); changes_en.append("this bill uses an actual reading, the previous one was estimated")
        elif c == "dd":
            changes_pt.append("débito direto ativado este mês" if dd else "débito direto cancelado após devolução"); changes_en.append("direct debit activated this month" if dd else "direct debit cancelled after a returned payment")
        elif c == "power":
            changes_pt.append(f"potência passou para {kvs} kVA neste período"); changes_en.append(f"power changed to {kvs} kVA in this period")
        else:
            changes_pt.append("consumo maior por causa do aquecimento no inverno"); changes_en.append("higher consumption due to winter heating")
    ref = f"FT {R.randint(2025,2026)}/{R.randint(100000,999999)}"
    # user message
    line_pt = "; ".join(f"{r[0]} {r[2]} x {r[4]}" if r[0] not in ("Taxa de exploração DGEG", "Contribuição audiovisual") else f"{r[0]} {r[4]}" for r in rows)
    line_en = "; ".join(f"{r[1]} {r[3]} x {r[5]}" if r[1] not in ("DGEG operating fee", "Audiovisual contribution") else f"{r[1]} {r[5]}" for r in rows)
    if lang == "pt":
        user = R.choice([
            f"Explica a fatura {ref} ao cliente ({plan}). Linhas: {line_pt}. IVA {eur(vat)}. Fatura anterior {eur(prev)}. Mudanças: {'; '.join(changes_pt)}.",
            f"explicação fatura pf\nplano: {plan}\n" + "\n".join(f"{r[0]}: {r[2]} a {r[4]}" for r in rows) + f"\nIVA: {eur(vat)}\nanterior: {eur(prev)}\nmotivos: {', '.join(changes_pt)}",
            f"Cliente não percebe pq a fatura {ref} subiu/desceu. Dados -> {line_pt} | IVA {eur(vat)} | última fatura {eur(prev)} | {' e '.join(changes_pt)}",
            f"Preciso da tabela de explicação da fatura ({plan}, {kvs} kVA). {line_pt}. IVA total {eur(vat)}. Comparar com a anterior de {eur(prev)}: {'; '.join(changes_pt)}.",
        ])
    else:
        user = R.choice([
            f"Explain bill {ref} to the customer ({plan}). Lines: {line_en}. VAT {eur(vat)}. Previous bill {eur(prev)}. Changes: {'; '.join(changes_en)}.",
            f"invoice explanation in english pls\nplan: {plan}\n" + "\n".join(f"{r[1]}: {r[3]} at {r[5]}" for r in rows) + f"\nVAT: {eur(vat)}\nprevious: {eur(prev)}\nreasons: {', '.join(changes_en)}",
            f"Customer (expat) asks why bill {ref} is different. Data: {line_en} | VAT {eur(vat)} | last bill {eur(prev)} | {' and '.join(changes_en)}",
            f"Explicação da fatura em inglês, por favor ({plan}). {line_pt}. IVA {eur(vat)}. Anterior {eur(prev)}. Mudanças: {'; '.join(changes_pt)}.",
        ])
    user = typo(user)
    hdr = (" " + ref if ref in user else "") + (f" — {plan}" if plan in user else "")
    if lang == "pt":
        t = f"**Explicação da fatura{hdr}**\n\n| Linha | Quantidade | Preço unitário | Valor |\n|---|---|---|---|\n"
        t += "\n".join(f"| {r[0]} | {r[2]} | {r[4]} | {eur(r[6])} |" for r in rows)
        t += f"\n| Subtotal (sem IVA) | | | {eur(sub)} |\n| IVA | | | {eur(vat)} |\n| **Total** | | | **{eur(total)}** |\n\n"
        t += "**O que mudou**\n\n" + f"- Total: {eur(total)} nesta fatura contra {eur(prev)} na anterior ({'+' if diff >= 0 else '-'}{eur(abs(diff))}).\n" + "\n".join(f"- {c[0].upper()+c[1:]}." for c in changes_pt)
    else:
        t = f"**Bill explanation{hdr}**\n\n| Line item | Quantity | Unit price | Amount |\n|---|---|---|---|\n"
        t += "\n".join(f"| {r[1]} | {r[3]} | {r[5]} | {eur(r[6])} |" for r in rows)
        t += f"\n| Subtotal (excl. VAT) | | | {eur(sub)} |\n| VAT | | | {eur(vat)} |\n| **Total** | | | **{eur(total)}** |\n\n"
        t += "**What changed**\n\n" + f"- Total: {eur(total)} on this bill versus {eur(prev)} on the previous one ({'+' if diff >= 0 else '-'}{eur(abs(diff))}).\n" + "\n".join(f"- {c[0].upper()+c[1:]}." for c in changes_en)
    return user, t

# ------------------------------------------------------------ family 3: complaint case summaries
def complaint_example(lang):
    c = R.choice(CUST); nf = nif(); cp = cpe(); cs = case()
    sc = R.randrange(6)
    ds = sorted(R.sample(range(1, 28), 3)); m = R.randint(1, 11)
    dd = [f"{x:02d}/{m:02d}/2025" for x in ds]
    amt = round(R.uniform(40, 700), 2)
    if sc == 0:
        ev_pt = [f"cliente recebe fatura de {eur(amt)}, muito acima do habitual", "liga para a linha, é-lhe dito que a leitura foi estimada", "envia foto do contador; leitura real muito inferior"]
        ev_en = [f"customer receives a bill of {eur(amt)}, far above usual", "calls the line and is told the reading was estimated", "sends a meter photo; actual reading much lower"]
        mot_pt, mot_en = "Fatura com leitura estimada excessiva", "Excessive estimated reading on bill"
        ac_pt, ac_en = "Anular a fatura, refaturar com a leitura real e suspender a cobrança até à nova fatura.", "Cancel the bill, rebill with the actual reading and hold collection until the new bill."
    elif sc == 1:
        ev_pt = ["pedido de débito direto feito na loja", "fatura seguinte não foi debitada nem teve desconto", "cliente recebe aviso de atraso de pagamento"]
        ev_en = ["direct debit requested in store", "next bill was not debited and had no discount", "customer receives a late payment reminder"]
        mot_pt, mot_en = "Débito direto não ativado", "Direct debit not activated"
        ac_pt, ac_en = "Ativar o débito direto, anular o aviso de atraso e creditar o desconto em falta.", "Activate the direct debit, cancel the late reminder and credit the missing discount."
    elif sc == 2:
        ev_pt = ["corte de energia na rua durante a noite", "no dia seguinte frigorífico e router avariados", f"cliente envia orçamentos de reparação de {eur(amt)}"]
        ev_en = ["power cut in the street overnight", "next day fridge and router damaged", f"customer sends repair quotes totalling {eur(amt)}"]
        mot_pt, mot_en = "Danos em equipamentos após interrupção de rede", "Appliance damage after grid outage"
        ac_pt, ac_en = "Encaminhar para o operador de rede com o formulário de danos e os orçamentos; informar o cliente do prazo.", "Forward to the grid operator with the damage form and quotes; tell the customer the timeline."
    elif sc == 3:
        ev_pt = ["cliente pede mudança de titular após compra da casa", "pedido fica pendente sem resposta", "recebe fatura em nome do antigo proprietário com dívida"]
        ev_en = ["customer requests change of holder after buying the house", "request stays pending with no reply", "receives a bill in the previous owner's name with a debt"]
        mot_pt, mot_en = "Mudança de titular pendente", "Pending change of account holder"
        ac_pt, ac_en = "Concluir a mudança de titular com data retroativa e separar a dívida do antigo titular.", "Complete the holder change with a backdated start and separate the previous holder's debt."
    elif sc == 4:
        ev_pt = ["cliente com painéis solares injeta excedente", "três faturas sem crédito de excedente", f"estima perda de {eur(amt/10)}"]
        ev_en = ["customer with solar panels exports surplus", "three bills with no surplus credit", f"estimates a loss of {eur(amt/10)}"]
        mot_pt, mot_en = "Excedente solar não creditado", "Solar surplus not credited"
        ac_pt, ac_en = "Pedir ao operador de rede os dados de injeção e creditar os meses em falta na próxima fatura.", "Request export data from the grid operator and credit the missing months on the next bill."
    else:
        ev_pt = ["atendimento na loja demorou mais de 1 hora", "funcionário indicou informação errada sobre o plano", "cliente preenche o livro de reclamações"]
        ev_en = ["store visit took over 1 hour", "staff gave wrong information about the plan", "customer fills in the complaints book"]
        mot_pt, mot_en = "Atendimento em loja", "In-store service"
        ac_pt, ac_en = "Pedir relatório à loja, responder ao livro de reclamações no prazo legal e rever a informação dada ao cliente.", "Request a report from the store, answer the complaints book entry within the legal deadline and correct the information given."
    if lang == "pt":
        raw = "; ".join(f"{dd[i]} {ev_pt[i]}" for i in range(3))
        user = R.choice([
            f"Resumo para o back office, por favor. Cliente {c}, NIF {nf}, CPE {cp}, processo {cs}. O que aconteceu: {raw}. Proposta: {ac_pt.lower()}",
            f"resumo reclamação\n{c} / nif {nf} / {cp}\n" + "\n".join(f"{dd[i]}: {ev_pt[i]}" for i in range(3)) + f"\nsugiro: {ac_pt}",
            f"Faz o resumo do caso {cs} p/ back office: cliente {c} (NIF {nf}). Cronologia colada do CRM -> {raw}. Ação: {ac_pt}",
            f"Cliente {c} ligou outra vez. NIF {nf}, CPE {cp}. Historial: {raw}. Quero escalar; ação que proponho: {ac_pt.lower()} Proc. {cs}",
        ])
        ev, mot, ac = ev_pt, mot_pt, ac_pt
    else:
        raw = "; ".join(f"{dd[i]} {ev_en[i]}" for i in range(3))
        user = R.choice([
            f"Back-office summary please. Customer {c}, NIF {nf}, CPE {cp}, case {cs}. What happened: {raw}. Proposed: {ac_en.lower()}",
            f"complaint summary (EN)\n{c} / nif {nf} / {cp}\n" + "\n".join(f"{dd[i]}: {ev_en[i]}" for i in range(3)) + f"\nsuggest: {ac_en}",
            f"Summarise case {cs} for back office in English: customer {c} (NIF {nf}). Timeline from CRM -> {raw}. Action: {ac_en}",
        ])
        ev, mot, ac = ev_en, mot_en, ac_en
    user = typo(user)
    refs = " / ".join(x for x in (nf, cp, cs) if x in user)
    ans = f"Cliente: {c}\nNIF/ref: {refs}\nMotivo: {mot}\nCronologia:\n" + "\n".join(f"- {dd[i]} — {ev[i][0].upper()+ev[i][1:]}" for i in range(3)) + f"\nAção proposta: {ac}"
    return user, ans

# ------------------------------------------------------------ family 4: outage SMS
def sms_example(lang):
    place = R.choice(PLACES); dd = f"{R.randint(1,28):02d}/{R.randint(1,12):02d}"
    ws, we = R.choice([("08:30", "12:30"), ("09:00", "13:00"), ("09:00", "17:00"), ("13:30", "17:30"), ("14:00", "18:00"), ("23:00", "05:00")])
    ref = f"{R.choice(['RD', 'INT', 'AV'])}-{R.randint(10000, 99999)}"
    gas = R.random() < 0.25
    street = R.choice(STREET_FAKE)
    incl_street = R.random() < 0.5
    if lang == "pt":
        what = "gás" if gas else "energia"
        body = f"ALVORADA: Interrupção programada de {what} em {place}{', ' + street if incl_street else ''}, dia {dd}, das {ws} às {we}, por trabalhos na rede. Ref. {ref}. Info: alvorada.pt/avisos. Obrigado."
        user = R.choice([
            f"SMS de aviso: corte de {what} {place} {dd} {ws}-{we}, ref {ref}" + (f", zona {street}" if incl_street else ""),
            f"Preciso do SMS para os clientes afetados. {what.capitalize()}, {place}{' (' + street + ')' if incl_street else ''}, {dd} entre as {ws} e as {we}. Referência do aviso {ref}.",
            f"sms avaria programada -> local: {place}; data {dd}; horas {ws} às {we}; ref. {ref}" + (f"; rua {street}" if incl_street else "") + ("; é gás" if gas else ""),
            f"Manda-me o texto do SMS (máx 300 car.) para o aviso {ref}: interrupção de {what} em {place}, {dd}, {ws}/{we}.",
        ])
    else:
        what = "gas" if gas else "power"
        body = f"ALVORADA: Planned {what} interruption in {place}{', ' + street if incl_street else ''} on {dd}, {ws}-{we}, for network works. Ref. {ref}. Info: alvorada.pt/avisos. Thank you."
        user = R.choice([
            f"outage SMS in english: {what} off {place} {dd} {ws}-{we}, ref {ref}" + (f", {street}" if incl_street else ""),
            f"We need the English SMS for tourists/expats in {place}: planned {what} cut on {dd} from {ws} to {we}, notice {ref}.",
            f"SMS em inglês pf — interrupção de {'gás' if gas else 'luz'} em {place}{', ' + street if incl_street else ''}, {dd}, {ws}-{we}, ref {ref}",
        ])
    assert len(body) <= 300, len(body)
    return typo(user), body

FAMS = [email_example, invoice_example, complaint_example, sms_example]

def make(n_per):
    out = []
    for f in FAMS:
        for i in range(n_per):
            lang = "pt" if R.random() < 0.55 else "en"
            u, a = f(lang)
            out.append({"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": u}, {"role": "assistant", "content": a}]})
    R.shuffle(out)
    return out

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    tr = make(25); va = make(5)
    seen = set(x["messages"][1]["content"] for x in tr)
    va = [x for x in va if x["messages"][1]["content"] not in seen]
    with open(os.path.join(OUT, "train.jsonl"), "w") as f:
        for x in tr: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "validation.jsonl"), "w") as f:
        for x in va: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(tr), len(va))

#!/usr/bin/env python3
"""Routing + QA eval sets. Each rag/both item lists (source file, fact string that must appear verbatim in it)."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); C = os.path.join(HERE, "..", "corpus"); E = os.path.join(HERE, "..", "eval")
R = random.Random(11)

RAG = [
 ("qual o preço do kWh fora de vazio no Bi-horário neste momento?", "tarifa-bi-horario-6-9-kva.md", "0,2018"),
 ("termo fixo diário do Alvorada Simples com 4,6 kVA", "tarifa-simples-4-6-kva.md", "0,2334"),
 ("Where is the Coimbra store these days? customer says the one on Ferreira Borges is shut", "loja-coimbra.md", "Avenida Fernão de Magalhães 212"),
 ("loja cascais abre ao domingo? a que horas", "loja-cascais.md", "10:00-23:00"),
 ("what's the current income limit for tarifa social (single person household)?", "ajuda-tarifa-social.md", "6 804 €"),
 ("Quanto é o desconto de DD agora? cliente diz que era 1,50", "aviso-2026-08-10-novo-desconto-debito-direto.md", "2,50 €"),
 ("price per kWh in the Carga+ super off-peak window?", "plano-carga-mais.md", "0,0749"),
 ("a que horas é o corte programado em Santo Tirso dia 26/11?", "interrupcao-2026-11-26-santo-tirso.md", "das 10:00 às 15:00"),
 ("what caused the power outage in Cascais on 15 Nov?", "outage-report-2026-11-15-cascais.md", "an overloaded transformer"),
 ("quanto pagamos agora pelo excedente solar no Casa Solar", "aviso-2026-09-01-preco-excedente-solar.md", "0,0380 €/kWh"),
 ("Gás Casa escalão 2 — qual o termo fixo diário?", "tarifa-gas-casa-escalao-2.md", "0,1224"),
 ("religação urgente custa quanto? cliente já pagou a dívida", "ajuda-falta-pagamento.md", "65,00 €"),
 ("How many days notice do we give before cutting supply for non-payment", "help-falta-pagamento-en.md", "at least 20 days in advance"),
 ("ERSE proposal for 2027 access tariffs - what % increase on BTN?", "erse-2026-10-15-proposta-tarifas-2027.md", "+1,8%"),
 ("quantos clientes ficaram sem luz com a depressão Irene?", "relatorio-2026-02-tempestade-irene.md", "58 000"),
 ("When will customers hit by the wrong DD discount in the October bills get the difference back?", "relatorio-2026-10-erro-desconto-dd.md", "fatura de novembro de 2026"),
 ("nº de telefone da loja de Braga", "loja-braga.md", "253 200 109"),
 ("Can a new customer still sign up for Alvorada Mobilidade?", "plan-mobilidade-en.md", "Closed to new sign-ups since 15 September 2026"),
 ("prazo de resposta p/ reclamação de faturação acima de 500€?", "politica-tratamento-reclamacoes.md", "10 dias úteis"),
 ("técnico do operador faltou à visita marcada — há compensação? quanto", "qualidade-de-servico-compensacoes.md", "20,00 €"),
 ("how much is the WallBox 11 charger", "product-carregador-alvorada-wallbox-11-en.md", "899 €"),
 ("Kit Solar Casa 8: produção anual estimada?", "produto-kit-solar-casa-8.md", "5 300 kWh"),
 ("IVA no termo fixo do gás, escalão 2 — 6 ou 23?", "aviso-2025-12-20-iva-energia-2026.md", "**6%** no termo fixo dos escalões 1 e 2"),
 ("área de cliente vai estar em baixo no sábado 29? entre que horas", "aviso-2026-11-18-manutencao-area-cliente.md", "entre as 00:00 e as 08:00"),
 ("Which stores are open on 8 December?", "aviso-2026-11-20-lojas-feriado-8-dezembro.md", "Loja Oeiras | 10:00-23:00"),
 ("Loulé customer asking which is their nearest Alvorada store", "municipality-loule-en.md", "Loja Faro"),
 ("Tri-horário preço ponta?", "plano-tri-horario.md", "0,2436"),
 ("gas leak emergency number pls, customer on the line", "help-inspecao-gas-en.md", "800 201 722"),
 ("campanha das bombas de calor: desconto de quanto e até quando", "campanha-2026-11-black-friday-bombas-calor.md", "30 de novembro de 2026"),
 ("Alvorada Verde current energy price", "plan-verde-en.md", "0,1729"),
]

BOTH = [
 ("Email ao cliente a confirmar a nova morada e o horário da loja de Coimbra (ele foi à antiga e estava fechada). Proc. P-4471203, assina Inês Calado.", "loja-coimbra.md", "Avenida Fernão de Magalhães 212"),
 ("reply email: customer wants to know how much they'd save per month if they set up DD + e-billing. case RC 7781204, agent Tom Reis", "help-debito-direto-en.md", "2,50 €"),
 ("Responde por email à cliente: agregado de 1 pessoa, rendimento anual 6 500 €, sem prestações sociais, quer saber se tem direito à tarifa social. Processo PRC-5519022, assina Joana.", "ajuda-tarifa-social.md", "6 804 €"),
 ("Dear Customer email pls — guy asks what hours the super off-peak is on Carga+ and what it costs per kWh. case P-3390145, sign Mariana Feio", "press-2026-09-15-carga-plus-launch-en.md", "02:00 to 06:00 every day at 0,0749 €/kWh"),
 ("email cliente c/ UPAC: quer saber quanto lhe pagamos pelo excedente desde outubro no Casa Solar. proc 8823310, agente Rui", "aviso-2026-09-01-preco-excedente-solar.md", "0,0380 €/kWh"),
 ("Escreve email a cliente afetado pelo erro do desconto DD nas faturas de outubro, a dizer quando e em que linha vai ver o acerto. Processo P-6028841, Sónia Abreu", "relatorio-2026-10-erro-desconto-dd.md", "Regularização desconto DD"),
 ("customer email (EN): confirm we got the complaint, tell them our max reply time and what they get if we're late. case PRC-7102934 / agent Luís Brás", "complaint-handling-policy-en.md", "5,00 €"),
 ("Cliente inglês quer ir à loja de Oeiras ao domingo. Email em inglês com o horário de domingo, caso RC 2209187, assina Beatriz", "store-oeiras-en.md", "10:00-23:00"),
 ("Explica a fatura: Alvorada Simples 6,9 kVA, período 01/10 a 31/10 (31 dias), 245 kWh, DGEG 0,07, CAV 2,85, IEC 0,001/kWh, DD -2,50, IVA 13,12 €. anterior 61,30 €", "tarifa-simples-6-9-kva.md", "0,1649"),
 ("invoice explanation in English: Alvorada Bi-horário 10,35 kVA, 30 days in November, off-peak 180 kWh, peak 210 kWh, usual fees, VAT 21,44 €, previous bill 88,10 €. Use current plan prices", "tarifa-bi-horario-10-35-kva.md", "0,4993"),
 ("fatura Carga+ 6,9 kVA, 30 dias: super vazio 150 kWh, vazio 60, fora de vazio 120. IVA 14,05. é a 1.ª fatura no plano, antes estava no Mobilidade (62,40 €). faz a tabela + o que mudou", "tarifa-carga-mais-6-9-kva.md", "0,3532"),
 ("Explicação de fatura de gás: Alvorada Gás Casa escalão 2, 30 dias, 410 kWh, IVA 9,80 €, fatura anterior 44,15 € (setembro). Preços em vigor, por favor", "tarifa-gas-casa-escalao-2.md", "0,0968"),
 ("bill explanation for a Verde customer, 3,45 kVA, 28 days, 190 kWh, VAT 8,20 €. In What changed show the old and new kWh price after the October update", "notice-2026-09-01-price-update-en.md", "0,1679"),
 ("Explica fatura Casa Solar 4,6 kVA 31 dias: consumo 210 kWh, injetou 140 kWh. IVA 7,95. Quero a linha do excedente com o preço atual", "tarifa-casa-solar-4-6-kva.md", "0,2374"),
 ("tabela de fatura Tri-horário 13,8 kVA, 31 dias, vazio 300 / cheias 250 / ponta 80 kWh, IVA 48,10, anterior 139,00 — usa os preços do plano", "tarifa-tri-horario-13-8-kva.md", "0,6602"),
 ("Invoice explanation, Negócio Simples 20,7 kVA, 30 days, 1 450 kWh, VAT 71,30 €, previous 301,75 €. prices from our tariff page pls", "tarifa-negocio-simples-20-7-kva.md", "0,9751"),
 ("resumo p/ back office — cliente NIF 245118093 diz que em outubro o desconto DD veio a 1,50 em vez de 2,50. Na ação proposta põe o que o relatório do incidente manda fazer e a ref. interna", "relatorio-2026-10-erro-desconto-dd.md", "INC-2026-1007"),
 ("complaint summary: customer in Cascais lost power on 15 Nov, fridge broke (quote 410 €), NIF 209334871, case P-1188203. In the Cronologia include when it started and how long until restoration per the outage report", "outage-report-2026-11-15-cascais.md", "1 h 00 min"),
 ("Resumo de reclamação: cliente Rosa Gil, NIF 187220456, diz que não recebe tarifa social, rendimento anual 6 600 €, vive sozinha, 3,45 kVA. Ação proposta deve dizer se cumpre o limite atual", "aviso-2026-06-20-tarifa-social-novo-limite.md", "6 804 €"),
 ("resumo reclamação atendimento: cliente foi a 5/08 à loja de Coimbra na Ferreira Borges e estava fechada, perdeu a manhã. NIF 301228745. Na ação inclui a morada nova e desde quando", "aviso-2026-07-20-loja-coimbra-nova-morada.md", "3 de agosto de 2026"),
 ("case summary for back office: disputed bill of 720 €, customer Mr. Hale, NIF 285501932, ref P-9930012. Put the right escalation level and our reply deadline for this amount in Ação proposta", "guia-interno-escalonamento-reclamacoes.md", "Valor contestado acima de 500 €"),
 ("resumo: cliente de Santarém ficou sem luz na noite de 1/11, pede compensação. NIF 198877120. cronologia com a causa e a duração que vêm no relatório do incidente", "incidente-2026-11-01-santarem.md", "4 h 27 min"),
 ("summary for back office: customer charged for urgent reconnection after paying debt, says it's too much; NIF 230019947. Include the official urgent reconnection fee in the summary", "help-falta-pagamento-en.md", "65,00 €"),
 ("SMS para os clientes do aviso de Coimbra de 1 de dezembro", "interrupcao-2026-12-01-coimbra.md", "RLD-26-1085"),
 ("English SMS for the Faro planned interruption on 3 December pls", "interrupcao-2026-12-03-faro.md", "das 09:00 às 17:00"),
 ("sms interrupção Amadora 3/12 — mete o horário e a ref. do aviso da RLD", "interrupcao-2026-12-03-amadora.md", "RLD-26-1878"),
 ("Preciso do SMS da interrupção em Alcochete no dia 30 de novembro", "planned-outage-2026-11-30-alcochete.md", "09:00 to 13:00"),
 ("sms póvoa de varzim 30/11, horário e ref conforme o aviso", "interrupcao-2026-11-30-povoa-de-varzim.md", "RLD-26-2273"),
 ("outage SMS (EN) for the Braga planned works on 28 Nov", "planned-outage-2026-11-28-braga.md", "RLD-26-1143"),
 ("SMS aviso santarém 2 dez, com as zonas afetadas", "interrupcao-2026-12-02-santarem.md", "Eira Velha"),
]

TUNED = [
 "Email p/ cliente: devolvemos 34,60 € cobrados a mais na fatura de setembro, transferência até 12/12 para o IBAN acabado em 4471. Proc. P-5512098, assina Diana Cruz.",
 "Reply email in English: grid operator will replace the customer's meter on 9 December between 9:00 and 13:00, someone must be home. Case RC 3301872, agent Oliver Santos.",
 "cliente pediu para voltar a receber fatura em papel — confirma por email que fica ativo a partir da próxima fatura, sem custo. processo 7712094, Hélder",
 "Pasted from customer: \"I was charged twice this month, please fix!!\" — notes: duplicate direct debit by bank error on 03/11, bank reversed 52,18 € on 10/11, nothing else to do. Email reply EN, case P-4480123, sign Carla Neves.",
 "Email ao cliente: fornecimento religado hoje às 15h depois do pagamento; taxa de religação normal de 31,00 € + IVA vai na próxima fatura. proc PRC-6650127, Tiago",
 "Write the confirmation email: customer joined Alvorada Carga+ starting 1 December, super off-peak 02:00-06:00 at 0,0749 €/kWh, needs no action. Case RC 9082231, agent Ana Lima.",
 "email a informar cliente que a loja de Coimbra agora é na Avenida Fernão de Magalhães 212, aberta 2.ª a 6.ª 09:00-18:30 e sábado 10:00-13:00. proc P-2209781, assina Nuno",
 "Explica a fatura FT 2026/448120: Alvorada Bi-horário 6,9 kVA, 30 dias a 0,3452 €/dia; vazio 140 kWh a 0,0989; fora de vazio 160 kWh a 0,2018; DGEG 0,07; CAV 2,85; IEC 300 kWh a 0,001; DD -2,50. IVA 12,76 €. Anterior 64,10 €; mudou: preço fora de vazio subiu de 0,1952 para 0,2018.",
 "gas bill explanation EN: fixed term 31 days x 0,0862 €/day; energy 520 kWh x 0,0968 €/kWh; DD discount -2,50 €; VAT 9,35 €; previous bill 41,20 €; what changed: colder month, price up from 0,0912",
 "fatura p/ explicar\npotência 3,45 kVA: 29 dias x 0,1810\nenergia simples 180 kWh x 0,1649\nDGEG 0,07\nCAV 2,85\nIEC 180 kWh x 0,001\nIVA 6,92\nanterior 39,80\nmotivo: leitura real depois de 2 estimadas",
 "Invoice explanation please. Contracted power 5,75 kVA, 31 days at 0,2851 €/day; energy 260 kWh at 0,1649 €/kWh; DGEG 0,07 €; CAV 2,85 €; IEC 0,26 €; VAT 14,02 €. Last bill 70,15 €. Changes: price rose from 0,1589 to 0,1649 €/kWh on 1 October, 2 more days.",
 "explicação da fatura Casa Solar: potência 4,6 kVA 30 dias x 0,2374; energia 200 kWh x 0,1615; excedente injetado 150 kWh x -0,0380; DGEG 0,07; CAV 2,85; IEC 200 kWh x 0,001; IVA 8,10. anterior 41,00; o que mudou: preço do excedente desceu de 0,0450 para 0,0380",
 "copiei da fatura, explica-me isto ao cliente: Potência 10,35 kVA 31d 0,4993/dia | Vazio 310 kWh 0,0899 | Fora vazio 150 kWh 0,2049 | DGEG 0,07 | CAV 2,85 | IEC 0,46 | DD -2,50 | IVA 18,40 | fatura anterior 95,70 (carro novo, carrega à noite)",
 "Resumo para back office: Cliente Adelaide Franco, NIF 176220984, CPE PT0002000123456789KL, proc P-7710045. 02/10 pediu DD na loja; 10/10 fatura sem débito; 28/10 recebeu aviso de atraso. Proponho ativar DD, anular aviso e creditar o desconto.",
 "back office summary in EN: customer Mark Ellis, NIF 290118342, case RC 5561203. 4 Nov meter photo sent, 6 Nov bill still estimated at 640 kWh, 12 Nov customer calls angry. Proposed: rebill on actual reading, hold collection.",
 "Resumo de reclamação a partir deste email colado: \"Exmos. Srs., no dia 3/11 fiquei sem luz toda a noite e no dia 4 a arca congeladora não ligava. O técnico diz que foi pico de tensão. Orçamento 289 €. Cumprimentos, Francisco Lemos, NIF 203398114\". Ação: enviar ao operador de rede com formulário de danos.",
 "resumo recl. cli Teresa Amaral nif 155660783 cpe PT0002009988776655AB — 15/09 compra casa, 20/09 pede mudança titular, 30/10 ainda sem resposta + fatura do antigo dono c/ dívida 212€. ação: concluir titular c/ data 20/09 e separar dívida",
 "Summarise this chat for back office. Customer: Priya Nair, NIF 298004411. 'I registered my solar panels in July, export since August, no credit on Aug, Sep or Oct bills.' Agent note: ask RLD for export data, credit missing months. Case P-3019987.",
 "Faz o resumo do caso PRC-8830121: cliente Jorge Matias (NIF 210773559). 07/10 fatura com desconto DD de 1,50 em vez de 2,50; 15/10 reclama; 20/10 recebe email a dizer que o acerto vem em novembro. Ação proposta: encerrar, crédito automático na fatura de novembro (INC-2026-1007).",
 "SMS: interrupção de energia em Vale Formoso, 14/12, das 09:00 às 13:00, ref RLD-26-9001",
 "outage SMS in english — power off in Quinta do Lago area, 11/12 from 13:30 to 17:30, ref RLD-26-9055, Rua das Palmeiras",
 "SMS gás: interrupção em Arcozelo das Fontes, 16/12 das 08:00 às 14:00, ref GCD-26-9120",
 "sms corte noturno: Bairro Alto da Eira, 12/12, 23:00 até 05:00 do dia seguinte, ref RLD-26-9133",
 "Encurta este aviso para SMS: \"A RLD vai realizar trabalhos de substituição de um posto de transformação em Moinhos da Gândara no dia 17 de dezembro de 2026, das 08:30 às 12:30. Referência RLD-26-9201. Zonas: Moinhos da Gândara e Casal Novo.\"",
 "Turn this notice into an English SMS: 'Planned power interruption, Praia Verde area, 19 December 2026, 09:00-17:00, reference RLD-26-9240, tree trimming near overhead line.'",
 "explica em 2 frases a diferença entre kW e kVA para eu dizer ao cliente",
 "traduz para inglês esta mensagem do cliente: \"Boa tarde, a minha fatura veio com leituras estimadas outra vez e o valor é o dobro do normal. Já enviei a foto do contador.\"",
 "Email: tarifa social aprovada para o cliente, desconto de 33,8% sobre preços sem IVA, aplicado a partir da fatura de dezembro com retroativos a 1 de outubro. Processo P-6601298, assina Marta.",
 "customer waited 1h20 at the store yesterday and left without being served — apology email in English, we've booked a priority slot 2 Dec at 10:30 at the same store. case RC 8802214, sign Pedro Alves",
 "Invoice explanation EN: power 6,9 kVA 30 days x 0,3532; super off-peak 200 kWh x 0,0749; off-peak 40 kWh x 0,0969; peak 90 kWh x 0,2069; DGEG 0,07; CAV 2,85; IEC 0,33; DD -2,50; VAT 11,60; previous 70,05 (was on Mobilidade)",
]

# QA
QA = [
 ("Qual é o preço do período de cheias no Alvorada Tri-horário?", "0,1712", ["corpus/plano-tri-horario.md"], "rag"),
 ("Who manages the Alvorada store in Faro?", "Pedro Saraiva", ["corpus/loja-faro.md"], "rag"),
 ("Qual o horário da loja de Évora em dias úteis?", "09:00-18:00", ["corpus/loja-evora.md"], "rag"),
 ("To what number can customers text their meter reading?", "4210", ["corpus/help-leituras-en.md"], "rag"),
 ("Quanto tempo é válido o código SMS para recuperar a palavra-passe da área de cliente?", "10 minutos", ["corpus/ajuda-app-area-cliente.md"], "rag"),
 ("How much does the grid operator charge to change contracted power?", "9,15 €", ["corpus/help-alterar-potencia-en.md"], "rag"),
 ("Quanto custa ativar a eletricidade numa casa nova se for preciso técnico?", "21,90 €", ["corpus/ajuda-nova-ligacao.md"], "rag"),
 ("What is the price of the Kit Solar Casa 12?", "6 490 €", ["corpus/product-kit-solar-casa-12-en.md"], "rag"),
 ("Preço do Carregador Alvorada WallBox 22?", "1 190 €", ["corpus/produto-carregador-alvorada-wallbox-22.md"], "rag"),
 ("Usable capacity of the Alvorada Store 10 battery?", "10.2 kWh", ["corpus/product-bateria-alvorada-store-10-en.md"], "rag"),
 ("Qual era o limite de rendimento da tarifa social antes de julho de 2026?", "6 272 €", ["corpus/aviso-2026-06-20-tarifa-social-novo-limite.md"], "rag"),
 ("What was the Bi-horário off-peak price until 30 September 2026?", "0,1034", ["corpus/notice-2026-09-01-price-update-en.md"], "rag"),
 ("Termo fixo diário do Gás Negócio no escalão 3?", "0,2015", ["corpus/tarifa-gas-negocio-escalao-3.md"], "rag"),
 ("Daily standing charge of Alvorada Carga+ at 10,35 kVA?", "0,5073", ["corpus/tarifa-carga-mais-10-35-kva.md"], "rag"),
 ("Qual foi a causa da interrupção acidental em Portalegre a 4 de outubro de 2026?", "sobrecarga num transformador", ["corpus/incidente-2026-10-04-portalegre.md"], "rag"),
 ("Morada da loja de Vila Nova de Gaia?", "Centro Comercial Arrábida, Piso 1, Loja 1.27", ["corpus/loja-vila-nova-de-gaia.md"], "rag"),
 ("When is ERSE's final decision on 2027 tariffs expected?", "15 de dezembro de 2026", ["corpus/erse-2026-10-15-proposta-tarifas-2027.md"], "rag"),
 ("Quantas faturas saíram com o desconto DD errado em outubro de 2026?", "18 400", ["corpus/relatorio-2026-10-erro-desconto-dd.md"], "rag"),
 ("Em quanto tempo responde o Provedor do Cliente a um recurso?", "30 dias úteis", ["corpus/politica-tratamento-reclamacoes.md"], "rag"),
 ("Average call waiting time in Q3 2026?", "3 min 12 s", ["corpus/indicadores-atendimento-2026-t3.md"], "rag"),
 ("SMS for customers affected by the Setúbal night works on 27 November — use the notice reference.", "RLD-26-1248", ["corpus/planned-outage-2026-11-27-setubal.md"], "both"),
 ("Email ao cliente a explicar a potência mínima para aderir ao Alvorada Carga+. Proc. P-1204477, assina Filipa.", "3,45 kVA", ["corpus/plano-carga-mais.md"], "both"),
 ("Explica a fatura de gás: Alvorada Gás Casa escalão 1, 30 dias, 300 kWh, IVA 5,10 €, anterior 33,00 €. Usa o termo fixo em vigor.", "0,0862", ["corpus/tarifa-gas-casa-escalao-1.md"], "both"),
 ("Resumo para back office: cliente de Beja sem luz a 3/9, pede compensação, NIF 240981337. Põe na cronologia a duração da reposição do relatório.", "5 h 16 min", ["corpus/incidente-2026-09-03-beja.md"], "both"),
 ("Reply email (EN): customer asks what fee the bank-returned direct debit costs. Case RC 4410982, agent Rita.", "2,00 €", ["corpus/help-debito-direto-en.md"], "both"),
 ("Email ao cliente: reembolso de 18,75 € por transferência até 05/12. Proc. P-8830019, assina Gonçalo Reis.", "P-8830019", [], "tuned"),
 ("Outage SMS: power off in Ribeira Funda, 15/12, 09:00-13:00, ref RLD-26-9777.", "RLD-26-9777", [], "tuned"),
 ("Resumo de reclamação: cliente Laura Pinto, NIF 213558902; 02/11 fatura estimada de 310 €; 05/11 envia foto; 09/11 liga. Ação: refaturar com leitura real.", "213558902", [], "tuned"),
 ("Invoice explanation: power 30 days x 0,2000 €/day = 6,00 €; energy 100 kWh x 0,1500 €/kWh = 15,00 €; VAT 4,83 €. Previous bill 22,00 €.", "15,00 €", [], "tuned"),
 ("Email em inglês: marcação na loja a 4/12 às 11:00, trazer documento de identificação. Caso RC 7700123, assina Bruno.", "RC 7700123", [], "tuned"),
]

def main():
    errs = []
    rows = []
    notes = ["# Label notes (private)\n", "Each rag/both routing query -> answering document and the fact string checked verbatim.\n"]
    for lab, L in (("rag", RAG), ("both", BOTH)):
        for q, f, fact in L:
            t = open(os.path.join(C, f)).read()
            if fact not in t: errs.append((f, fact))
            rows.append({"query": q, "route": lab})
            notes.append(f"- [{lab}] {q}\n  - doc: corpus/{f} — fact: `{fact}`")
    for q in TUNED:
        rows.append({"query": q, "route": "tuned"})
    assert len(RAG) == 30 and len(BOTH) == 30 and len(TUNED) == 30
    R.shuffle(rows)
    os.makedirs(E, exist_ok=True)
    with open(os.path.join(E, "routing.jsonl"), "w") as fo:
        for r in rows: fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    qa = []
    for q, a, s, r in QA:
        for src in s:
            if a not in open(os.path.join(HERE, "..", src)).read(): errs.append((src, a))
        if r == "tuned": assert a in q
        qa.append({"question": q, "answer": a, "sources": s, "route": r})
    with open(os.path.join(E, "qa.jsonl"), "w") as fo:
        for x in qa: fo.write(json.dumps(x, ensure_ascii=False) + "\n")
    notes.append("\n## QA items\n")
    for q, a, s, r in QA:
        notes.append(f"- [{r}] {q} -> `{a}` ({', '.join(s) or 'from request'})")
    open(os.path.join(HERE, "label-notes.md"), "w").write("\n".join(notes) + "\n")
    print("errors:", errs)

main()

"""Hand-written core documents (overviews, policies, dated notices, incident reports)."""
from gen_corpus import write
from facts import *

P = PLANS
def e(k, i=0): return fmt(P[k]["energy"][i][3])
def o(k, i=0): return fmt(P[k]["energy"][i][2])

def run():
    C = []
    C.append(("sobre-alvorada-energia.md", "Sobre a Alvorada Energia", "2026-01-05", f"""
A **Alvorada Energia, S.A.** é um comercializador de eletricidade e gás natural em mercado livre, com sede em Lisboa (Avenida da República 41, 1050-187 Lisboa). Fornece cerca de 410 000 contratos de eletricidade e 96 000 contratos de gás em Portugal continental.

## Números-chave (2025)
| Indicador | Valor |
|---|---|
| Lojas | 30 |
| Colaboradores | 1 140 |
| Contratos de eletricidade | 410 000 |
| Contratos de gás natural | 96 000 |
| Energia renovável no mix | 64% |

## Como trabalhamos
A Alvorada compra energia no mercado grossista e vende-a aos clientes. As redes pertencem aos operadores de rede: a {DSO} na eletricidade e a {GAS_DSO} no gás. Por isso, avarias na rede e leituras presenciais são da responsabilidade desses operadores.

A linha de apoio {PHONE} funciona em dias úteis das 8:00 às 22:00 e aos sábados das 9:00 às 18:00. Clientes empresariais: {PHONE_EMP}.
"""))
    C.append(("about-alvorada-energia-en.md", "About Alvorada Energia", "2026-01-05", f"""
**Alvorada Energia, S.A.** is a free-market electricity and natural gas retailer headquartered in Lisbon (Avenida da República 41). It supplies about 410 000 electricity and 96 000 gas contracts in mainland Portugal and runs 30 stores, from Bragança to Faro.

Alvorada buys energy on the wholesale market and sells it to customers. The networks belong to the grid operators: {DSO} for electricity and {GAS_DSO} for gas, who handle network faults and on-site meter readings.

Customer line: {PHONE} (weekdays 8:00-22:00, Saturdays 9:00-18:00). Business customers: {PHONE_EMP}. Website: alvorada.pt.

In 2025, 64% of the energy Alvorada sold came from renewable sources. The Alvorada Verde plan is 100% renewable, backed by guarantees of origin.
"""))
    rows = "\n".join(f"| {s[1]} | {s[4]}, {s[5]} | {s[6]} | {s[7]} |" for s in STORES)
    C.append(("rede-de-lojas-alvorada.md", "Rede de lojas Alvorada", STORE_MOVE_DATE, f"""
A Alvorada Energia tem **30 lojas** em Portugal continental. Todas fazem contratos e recebem pagamentos; os serviços especializados (mobilidade elétrica, soluções solares, bombas de calor) estão indicados na página de cada loja.

| Loja | Morada | Dias úteis | Sábado |
|---|---|---|---|
{rows}

Aos domingos só abrem as lojas em centros comerciais: Vila Nova de Gaia e Almada (10:00-20:00), Cascais e Oeiras (10:00-23:00).

Nota: desde 3 de agosto de 2026 a loja de Coimbra funciona na Avenida Fernão de Magalhães 212 (antes: {COIMBRA_OLD_ADDR}).
"""))
    plan_rows = "\n".join(f"| {p['name']} | {p['code']} | " + "; ".join(f"{x[0]}: {fmt(x[3])}" for x in p['energy']) + f" | {fmt(daily(k, 6.9)) if 6.9 >= p['minp'] else '-'} |" for k, p in P.items())
    C.append(("catalogo-de-planos.md", "Catálogo de planos Alvorada (novembro 2026)", "2026-11-02", f"""
Resumo dos planos de eletricidade em vigor a novembro de 2026. Preços sem IVA.

| Plano | Código | Energia (€/kWh) | Termo fixo 6,9 kVA (€/dia) |
|---|---|---|---|
{plan_rows}

## Gás natural
| Plano | Energia (€/kWh) |
|---|---|
| Alvorada Gás Casa | {fmt(GAS['gascasa']['new'])} |
| Alvorada Gás Negócio | {fmt(GAS['gasneg']['new'])} |

O Alvorada Mobilidade está fechado a novas adesões desde 15 de setembro de 2026. Os preços detalhados por potência estão nas páginas *<plano> — <potência> kVA: preços em vigor*.
"""))
    C.append(("aviso-2026-09-01-atualizacao-precos-outubro.md", "Atualização de preços de 1 de outubro de 2026", "2026-09-01", f"""
A Alvorada Energia informa que, a partir de **1 de outubro de 2026**, os preços de energia de alguns planos são atualizados. Os clientes abrangidos foram avisados por carta ou e-mail com 30 dias de antecedência, como prevê a lei.

## Eletricidade (€/kWh, sem IVA)
| Plano | Período | Até 30/09/2026 | Desde 01/10/2026 |
|---|---|---|---|
| Alvorada Simples | Simples | {o('simples')} | {e('simples')} |
| Alvorada Bi-horário | Vazio | {o('bihorario')} | {e('bihorario')} |
| Alvorada Bi-horário | Fora de vazio | {o('bihorario',1)} | {e('bihorario',1)} |
| Alvorada Verde | Simples | {o('verde')} | {e('verde')} |

## Gás natural (€/kWh, sem IVA)
| Plano | Até 30/09/2026 | Desde 01/10/2026 |
|---|---|---|
| Alvorada Gás Casa | {fmt(GAS['gascasa']['old'])} | {fmt(GAS['gascasa']['new'])} |

## Sem alteração
Os termos fixos de potência de todos os planos, o Alvorada Tri-horário, o Casa Solar (energia), o Mobilidade, os planos Negócio e o Gás Negócio mantêm os preços. O preço de compra do excedente solar muda na mesma data (ver *Novo preço do excedente solar*).

Faturas que abrangem dias de setembro e outubro aplicam cada preço aos dias correspondentes. Os clientes podem mudar de plano ou de comercializador sem penalização.
"""))
    C.append(("notice-2026-09-01-price-update-en.md", "Price update effective 1 October 2026", "2026-09-01", f"""
From **1 October 2026** Alvorada Energia updates the energy prices of some plans. Affected customers were notified 30 days in advance.

| Plan | Period | Until 30/09/2026 | From 01/10/2026 |
|---|---|---|---|
| Alvorada Simples | Single | {o('simples')} | {e('simples')} |
| Alvorada Bi-horário | Off-peak | {o('bihorario')} | {e('bihorario')} |
| Alvorada Bi-horário | Peak | {o('bihorario',1)} | {e('bihorario',1)} |
| Alvorada Verde | Single | {o('verde')} | {e('verde')} |
| Alvorada Gás Casa | Gas | {fmt(GAS['gascasa']['old'])} | {fmt(GAS['gascasa']['new'])} |

All prices in €/kWh excluding VAT. Standing charges are unchanged for all plans. Alvorada Tri-horário, Mobilidade, the business plans and Gás Negócio keep their prices. Bills spanning both months apply each price to the relevant days. Customers may change plan or supplier without penalty.
"""))
    C.append(("aviso-2026-09-15-lancamento-carga-mais.md", "Lançamento do Alvorada Carga+", CARGA_LAUNCH, f"""
A Alvorada Energia lança a **{dpt_pt(CARGA_LAUNCH)}** o **Alvorada Carga+**, um novo plano de eletricidade para quem carrega o veículo elétrico em casa.

## Preços (€/kWh, sem IVA)
| Período | Preço |
|---|---|
| Super vazio (02:00-06:00, todos os dias) | {e('cargamais',0)} |
| Vazio (restantes horas de vazio) | {e('cargamais',1)} |
| Fora de vazio | {e('cargamais',2)} |

Termo fixo: por exemplo {fmt(daily('cargamais', 6.9))} €/dia a 6,9 kVA e {fmt(daily('cargamais', 10.35))} €/dia a 10,35 kVA.

## Condições
- Potência mínima 3,45 kVA; contador inteligente com telecontagem obrigatório.
- Sem fidelização.
- 10% de desconto na instalação de carregadores Alvorada WallBox.

## Alvorada Mobilidade
A partir desta data o Alvorada Mobilidade deixa de aceitar novas adesões. Os clientes atuais mantêm o plano e podem passar para o Carga+ sem custos.
"""))
    C.append(("press-2026-09-15-carga-plus-launch-en.md", "Alvorada launches Carga+ EV plan", CARGA_LAUNCH, f"""
Lisbon, 15 September 2026 — Alvorada Energia today launched **Alvorada Carga+**, a home electricity plan designed for electric vehicle drivers.

Carga+ adds a **super off-peak period from 02:00 to 06:00 every day at {e('cargamais',0)} €/kWh** (excl. VAT), alongside off-peak at {e('cargamais',1)} €/kWh and peak at {e('cargamais',2)} €/kWh. It requires a smart meter with remote reading and at least 3.45 kVA, and has no lock-in.

"Most of our EV customers already charge at night; Carga+ rewards them for charging when the grid is least loaded," said Marta Figueiredo, Alvorada's director of residential products.

The previous EV plan, Alvorada Mobilidade, closes to new customers today. Existing Mobilidade customers keep their conditions and can move to Carga+ free of charge. Carga+ customers get 10% off the installation of an Alvorada WallBox charger.
"""))
    C.append(("aviso-2026-06-20-tarifa-social-novo-limite.md", "Tarifa social: novo limite de rendimento a partir de 1 de julho de 2026", "2026-06-20", f"""
Por despacho governamental publicado em junho de 2026, o limite de rendimento anual para acesso à tarifa social de energia é atualizado a **1 de julho de 2026**.

| | Até 30/06/2026 | Desde 01/07/2026 |
|---|---|---|
| Limite de rendimento anual do agregado | {SOCIAL_OLD} | {SOCIAL_NEW} |
| Acréscimo por elemento sem rendimentos | 50% | 50% |
| Máximo de elementos | 10 | 10 |

O desconto mantém-se em **{SOCIAL_DISCOUNT}** e a potência contratada máxima em 6,9 kVA. A atribuição continua automática: os novos beneficiários serão identificados no cruzamento de dados da DGEG de setembro de 2026 e o desconto aparecerá nas faturas a partir de outubro, com retroativos a 1 de julho.
"""))
    C.append(("aviso-2026-07-20-loja-coimbra-nova-morada.md", "Loja de Coimbra muda de morada", "2026-07-20", f"""
A loja Alvorada de Coimbra muda de instalações.

- **Último dia na morada antiga:** 31 de julho de 2026 ({COIMBRA_OLD_ADDR}, {COIMBRA_OLD_POSTAL}).
- **Abertura na nova morada:** 3 de agosto de 2026, Avenida Fernão de Magalhães 212, 3000-172 Coimbra.
- Entre 1 e 2 de agosto não haverá atendimento presencial em Coimbra; os clientes podem usar a loja de Aveiro ou a linha {PHONE}.

O horário passa a ser de segunda a sexta das 09:00 às 18:30 e ao sábado das 10:00 às 13:00. O telefone da loja (239 480 107) mantém-se. A nova loja tem acesso para pessoas com mobilidade reduzida e um espaço dedicado a soluções solares.
"""))
    C.append(("aviso-2026-08-10-novo-desconto-debito-direto.md", "Desconto de débito direto sobe para 2,50 € por mês", "2026-08-10", f"""
A partir de **1 de setembro de 2026** o desconto para clientes com débito direto e fatura eletrónica passa de **{DD_OLD} para {DD_NEW} por mês**, em cada contrato de eletricidade e de gás.

- Os clientes que já têm débito direto e fatura eletrónica recebem o novo valor automaticamente.
- O desconto continua a exigir **as duas condições em simultâneo**.
- Nas faturas que abrangem agosto e setembro, o desconto é calculado por dias: {DD_OLD}/mês até 31 de agosto e {DD_NEW}/mês desde 1 de setembro.

Adesão na área de cliente, numa loja ou pelo {PHONE}.
"""))
    C.append(("aviso-2026-09-01-preco-excedente-solar.md", "Novo preço do excedente solar", "2026-09-01", f"""
A partir de **1 de outubro de 2026** o preço pago pela Alvorada pela energia excedente injetada na rede por clientes do plano **Alvorada Casa Solar** passa de **{fmt(SOLAR_BUYBACK_OLD)} €/kWh para {fmt(SOLAR_BUYBACK_NEW)} €/kWh**.

A revisão acompanha a descida dos preços grossistas nas horas de maior produção solar. O preço da energia consumida no Casa Solar ({e('casasolar')} €/kWh) e o termo fixo não mudam.

Clientes com bateria doméstica podem reduzir a energia injetada e aumentar o autoconsumo; veja as baterias Alvorada Store. O crédito do excedente continua a ser mensal, na linha *Excedente injetado*.
"""))
    C.append(("erse-2025-12-16-tarifas-2026.md", "ERSE: tarifas de acesso às redes para 2026", "2025-12-16", """
A ERSE publicou a 15 de dezembro de 2025 as tarifas de acesso às redes para 2026. As tarifas de acesso são pagas por todos os comercializadores e refletem-se nos preços finais.

## Principais pontos
- Variação média das tarifas de acesso em baixa tensão normal: **+2,4%** face a 2025.
- Entrada em vigor: 1 de janeiro de 2026.
- Manutenção dos ciclos horários diário e semanal.

## Impacto nos preços Alvorada
A Alvorada atualizou os preços de energia a 1 de janeiro de 2026 em cerca de +2,5% (ver *Histórico de preços* de cada plano). O termo fixo de potência foi revisto na mesma data e mantém-se inalterado desde então.
"""))
    C.append(("erse-2026-10-15-proposta-tarifas-2027.md", "ERSE: proposta de tarifas para 2027", "2026-10-15", """
A ERSE apresentou a 15 de outubro de 2026 a proposta de tarifas e preços para a energia elétrica em 2027, agora em consulta ao Conselho Tarifário.

| Indicador | Proposta 2027 |
|---|---|
| Tarifas de acesso às redes (BTN) | **+1,8%** em média |
| Tarifa social | mantém desconto de 33,8% |
| Decisão final prevista | 15 de dezembro de 2026 |
| Entrada em vigor | 1 de janeiro de 2027 |

A Alvorada Energia vai analisar o impacto nos seus preços depois da decisão final. Qualquer alteração será comunicada aos clientes com pelo menos 30 dias de antecedência. Até lá mantêm-se os preços em vigor desde 1 de outubro de 2026.
"""))
    C.append(("erse-2026-03-02-tarifa-social-regras.md", "ERSE: regras de aplicação da tarifa social", "2026-03-02", """
A ERSE recorda as regras de aplicação da tarifa social de energia:

- O desconto é financiado pelos produtores em regime ordinário e aplicado pelo comercializador.
- O desconto incide sobre as tarifas de acesso às redes, refletindo-se no preço final antes de IVA.
- A verificação de elegibilidade é feita pela DGEG, trimestralmente.
- Os comercializadores devem aplicar o desconto no primeiro ciclo de faturação após a comunicação da DGEG.
- O cliente pode reclamar junto do comercializador se considerar que o desconto não foi aplicado corretamente.

A ERSE fiscaliza o cumprimento destas regras e publica anualmente o número de beneficiários por comercializador.
"""))
    C.append(("aviso-2025-12-20-iva-energia-2026.md", "IVA na eletricidade e no gás em 2026", "2025-12-20", """
Com o Orçamento do Estado para 2026 mantêm-se as regras de IVA reduzido na energia, com um ajuste no gás natural.

## Eletricidade
- **6%** no termo de potência para potências até 3,45 kVA.
- **6%** nos primeiros 200 kWh por período de 30 dias para potências até 6,9 kVA (300 kWh para famílias numerosas).
- **23%** no restante consumo e nas restantes potências.

## Gás natural (a partir de 1 de janeiro de 2026)
- **6%** no termo fixo dos escalões 1 e 2 (antes apenas escalão 1).
- **23%** na energia.

A contribuição audiovisual tem IVA de 6%; a taxa DGEG e o IEC têm IVA de 23%.
"""))
    C.append(("politica-tratamento-reclamacoes.md", "Política de tratamento de reclamações", "2026-04-14", f"""
Esta política define como a Alvorada Energia recebe, analisa e responde às reclamações dos clientes.

## Canais
Área de cliente e app, linha {PHONE}, lojas, Livro de Reclamações (físico e eletrónico), e-mail reclamacoes@alvorada.pt e carta.

## Prazos
| Etapa | Prazo |
|---|---|
| Registo e envio de número de processo | 1 dia útil |
| Resposta final ao cliente | **15 dias úteis** |
| Reclamações sobre faturação com valor contestado acima de 500 € | resposta em 10 dias úteis, com análise por um gestor sénior |
| Recurso ao Provedor do Cliente | resposta em 30 dias úteis |

Se a resposta final não for enviada em 15 dias úteis, o cliente recebe uma compensação automática de **5,00 €**.

## Suspensão de cobrança
Enquanto uma reclamação sobre uma fatura estiver em análise, **não é interrompido o fornecimento** por falta de pagamento dessa fatura, e a parte contestada não é cobrada.

## Níveis de tratamento
1. Nível 1 — Apoio ao Cliente (linha e lojas): resolução no primeiro contacto sempre que possível.
2. Nível 2 — Back office de Reclamações: casos que exigem análise de faturação, leituras ou contacto com o operador de rede.
3. Nível 3 — Gestor sénior / Provedor do Cliente.

## Resolução alternativa de litígios
O cliente pode recorrer à ERSE ou aos centros de arbitragem de conflitos de consumo, incluindo o CNIACC. A Alvorada aderiu à arbitragem necessária para serviços públicos essenciais.
"""))
    C.append(("complaint-handling-policy-en.md", "Complaint handling policy", "2026-04-14", f"""
This policy sets out how Alvorada Energia receives, analyses and answers customer complaints.

- **Channels:** customer area and app, {PHONE}, stores, complaints book (paper and electronic), reclamacoes@alvorada.pt, post.
- **Acknowledgement:** case number sent within 1 working day.
- **Final reply:** within **15 working days**. Billing disputes above 500 € are answered within 10 working days by a senior manager.
- **Late reply:** if the final reply is late, the customer automatically receives **5,00 €** compensation.
- **Collection hold:** while a bill is under complaint, supply is not disconnected for non-payment of that bill and the disputed amount is not collected.
- **Customer Ombudsman:** appeals answered within 30 working days.

Escalation levels: Level 1 Customer Support, Level 2 Complaints back office, Level 3 senior manager / Ombudsman. Customers may also go to ERSE or a consumer arbitration centre.
"""))
    C.append(("qualidade-de-servico-compensacoes.md", "Qualidade de serviço e compensações", "2026-01-09", f"""
O Regulamento da Qualidade de Serviço (RQS) da ERSE define padrões que, quando não cumpridos, dão direito a compensações automáticas.

| Situação | Compensação |
|---|---|
| Visita combinada não cumprida (janela de 2,5 horas) | 20,00 € |
| Resposta a reclamação fora do prazo (15 dias úteis) | 5,00 € |
| Religação fora do prazo após pagamento | 20,00 € |
| Interrupções acima dos limites anuais (BT, zona A) | variável, calculada pelo operador de rede |

As compensações por interrupções são calculadas pela {DSO} no fim de cada ano civil e creditadas pela Alvorada na fatura até março do ano seguinte. As restantes são creditadas na fatura seguinte ao incumprimento. O cliente não precisa de pedir.

Limites anuais de interrupção em baixa tensão (zona A — cidades): 4 interrupções ou 4 horas de duração acumulada.
"""))
    C.append(("glossario-da-fatura.md", "Glossário da fatura", "2026-01-05", """
- **CPE** — Código de Ponto de Entrega: identifica a instalação elétrica; 20 caracteres, começa por PT.
- **CUI** — Código Universal de Instalação: identifica a instalação de gás.
- **kVA** — unidade da potência contratada.
- **kWh** — unidade de energia consumida.
- **DD** — débito direto.
- **Vazio / fora de vazio / cheias / ponta** — períodos horários.
- **Super vazio** — período das 02:00 às 06:00 exclusivo do Alvorada Carga+.
- **Termo fixo** — valor diário que depende da potência (eletricidade) ou do escalão (gás).
- **Escalão** — classe de consumo anual de gás (1 a 4).
- **Acerto** — correção entre consumo estimado e real.
- **UPAC** — unidade de produção para autoconsumo.
- **IEC** — imposto especial de consumo.
- **CAV** — contribuição audiovisual.
- **NIF** — número de identificação fiscal do titular.
"""))
    C.append(("contactos-alvorada-energia.md", "Contactos Alvorada Energia", "2026-01-05", f"""
| Serviço | Contacto | Horário |
|---|---|---|
| Apoio ao Cliente (domésticos) | {PHONE} | dias úteis 8:00-22:00, sábados 9:00-18:00 |
| Apoio a Empresas | {PHONE_EMP} | dias úteis 8:30-19:00 |
| Leituras (serviço automático) | {PHONE}, opção 1 | 24 horas |
| SMS de leituras | 4210 | 24 horas |
| Avarias na rede elétrica ({DSO}) | {DSO_PHONE} | 24 horas |
| Emergência gás ({GAS_DSO}) | {GAS_EMERG} | 24 horas |
| Reclamações | reclamacoes@alvorada.pt | — |
| Provedor do Cliente | provedor@alvorada.pt | — |

Morada da sede: Avenida da República 41, 1050-187 Lisboa. As chamadas para números 800 são gratuitas.
"""))
    C.append(("como-ler-fatura-eletricidade.md", "Como ler a sua fatura de eletricidade", "2026-09-01", f"""
A fatura Alvorada tem duas páginas.

## Página 1 — Resumo
Total a pagar, data limite (20 dias após a emissão), forma de pagamento, CPE, plano e potência.

## Página 2 — Detalhe da fatura
| Linha | O que é |
|---|---|
| Potência contratada | termo fixo diário × dias |
| Energia (por período) | kWh × preço do plano |
| Taxa de exploração DGEG | 0,07 €/mês |
| Contribuição audiovisual | 2,85 €/mês, IVA 6% |
| Imposto especial de consumo | 0,001 €/kWh |
| Desconto DD + fatura eletrónica | -{DD_NEW}/mês (desde 1/9/2026) |
| Desconto tarifa social | -{SOCIAL_DISCOUNT} (se aplicável) |
| IVA | 6% e 23% conforme regras |

Cada linha tem uma página própria no centro de ajuda (*Linha da fatura: ...*). Se a fatura abranger uma mudança de preço, há linhas separadas para cada preço.
"""))
    C.append(("how-to-read-electricity-bill-en.md", "How to read your electricity bill", "2026-09-01", f"""
Alvorada bills have two pages. Page 1 shows the total, the due date (20 days after issue), payment method, CPE, plan and contracted power. Page 2 (*Bill detail*) lists:

| Line | Meaning |
|---|---|
| Contracted power | daily standing charge × days |
| Energy (per period) | kWh × plan price |
| DGEG operating fee | 0,07 €/month |
| Audiovisual contribution | 2,85 €/month, 6% VAT |
| Excise duty (IEC) | 0,001 €/kWh |
| DD + e-billing discount | -{DD_NEW}/month (since 1 Sep 2026) |
| Social tariff discount | -{SOCIAL_DISCOUNT} where applicable |
| VAT | 6% and 23% per the rules |

When prices change during the billing period, each price appears on its own line for the relevant days.
"""))
    C.append(("como-ler-fatura-gas.md", "Como ler a sua fatura de gás", "2026-02-04", f"""
A fatura de gás mostra o consumo em m³ (leitura do contador) e a conversão em kWh com o fator de conversão do mês.

| Linha | O que é |
|---|---|
| Termo fixo | €/dia conforme o escalão (1 a 4) |
| Energia | kWh × preço do plano |
| Taxa de ocupação do subsolo | €/dia, varia por concelho |
| ISP gás natural | imposto sobre produtos petrolíferos, por kWh |
| Desconto DD + fatura eletrónica | -{DD_NEW}/mês |
| IVA | 6% no termo fixo (escalões 1 e 2), 23% no resto |

Leituras de gás são comunicadas nos mesmos dias que as de eletricidade (15 a 22 de cada mês).
"""))
    C.append(("relatorio-2026-02-tempestade-irene.md", "Relatório: depressão Irene, 11-13 de fevereiro de 2026", "2026-02-20", f"""
Entre 11 e 13 de fevereiro de 2026 a depressão Irene trouxe ventos de até 130 km/h ao litoral centro e norte.

## Impacto
- Clientes Alvorada afetados por interrupções: cerca de **58 000**.
- Concelhos mais afetados: Leiria, Pombal, Marinha Grande, Figueira da Foz, Ovar e Aveiro.
- Reposição de 95% dos clientes em 24 horas; últimos clientes repostos a 14 de fevereiro às 19:40.

## Resposta da Alvorada
- Linha {PHONE} com horário alargado até às 24:00 entre 11 e 14 de fevereiro.
- Suspensão de cortes por falta de pagamento nos concelhos afetados até 28 de fevereiro.
- Prazo de pagamento das faturas emitidas em fevereiro prolongado em 15 dias para esses concelhos.

As compensações por interrupções longas serão calculadas pela {DSO} e creditadas até março de 2027.
"""))
    C.append(("relatorio-2026-10-erro-desconto-dd.md", "Relatório de incidente: desconto de débito direto incorreto em faturas de outubro de 2026", "2026-10-21", f"""
## Resumo
Entre 3 e 7 de outubro de 2026 foram emitidas cerca de **18 400 faturas** em que o desconto de débito direto e fatura eletrónica foi calculado com o valor antigo de {DD_OLD}/mês em vez de {DD_NEW}/mês para os dias de setembro.

## Causa
A atualização do valor do desconto no sistema de faturação (em vigor desde 1 de setembro de 2026) não foi aplicada a um dos ciclos de faturação.

## Correção
- A diferença (em média 1,00 € por contrato) será **creditada automaticamente na fatura de novembro de 2026**, na linha *Regularização desconto DD*.
- Os clientes afetados receberam um e-mail a 20 de outubro.
- Não é necessário reclamar; reclamações já abertas sobre este tema são encerradas com a regularização, com a referência interna INC-2026-1007.

Os agentes devem informar os clientes que o crédito aparece na fatura de novembro e não propor reembolsos manuais.
"""))
    C.append(("guia-interno-escalonamento-reclamacoes.md", "Guia interno: escalonamento de reclamações", "2026-04-14", """
Guia para agentes de Apoio ao Cliente e back office.

## Quando escalar para Nível 2 (back office)
- Contestação de leituras ou acertos acima de 150 €;
- Pedido de verificação do contador ao operador de rede;
- Faturas com desconto ou tarifa social mal aplicados;
- Danos em equipamentos atribuídos a falhas de rede (encaminhar para a RLD com o formulário de danos).

## Quando escalar para Nível 3
- Valor contestado acima de 500 €;
- Cliente com necessidades especiais;
- Terceira reclamação sobre o mesmo tema em 12 meses;
- Ameaça de recurso à comunicação social ou entidade reguladora.

## Resumo do caso
O resumo para o back office deve ter os campos: Cliente, NIF/ref, Motivo, Cronologia e Ação proposta. Indicar sempre o número do processo e o CPE/CUI.
"""))
    C.append(("guia-interno-codigos-motivo.md", "Guia interno: códigos de motivo de reclamação", "2026-04-14", """
| Código | Motivo | Nível inicial |
|---|---|---|
| FAT-01 | Valor da fatura / preços | 1 |
| FAT-02 | Descontos (DD, tarifa social) | 2 |
| LEI-01 | Leituras estimadas / acertos | 2 |
| LEI-02 | Verificação do contador | 2 |
| COB-01 | Cobrança / pré-aviso de corte | 1 |
| COB-02 | Corte indevido | 3 |
| CON-01 | Contratação / mudança de plano | 1 |
| CON-02 | Mudança de comercializador | 2 |
| ATD-01 | Atendimento em loja ou linha | 1 |
| RED-01 | Interrupções de rede / danos | 2 |
| SOL-01 | Autoconsumo / excedente | 2 |

O código é obrigatório no registo da reclamação e determina a fila de tratamento.
"""))
    C.append(("protecao-de-dados.md", "Proteção de dados pessoais", "2026-01-20", """
A Alvorada Energia trata dados pessoais dos clientes (nome, NIF, morada, contactos, IBAN, consumos) para execução do contrato, faturação, cumprimento de obrigações legais e, com consentimento, comunicações comerciais.

- Encarregado de proteção de dados: dpo@alvorada.pt.
- Prazo de conservação das faturas: 10 anos (obrigação fiscal).
- Dados de consumo detalhado (quarto-horários) dos contadores inteligentes: conservados 3 anos.
- Direitos: acesso, retificação, apagamento, portabilidade e oposição, exercidos na área de cliente ou por e-mail.

Os agentes nunca devem pedir ou aceitar palavras-passe de clientes e só confirmam dados após validação de identidade com NIF e CPE/CUI.
"""))
    C.append(("condicoes-gerais-contrato-resumo.md", "Condições gerais do contrato: resumo", "2026-01-20", f"""
Resumo das condições gerais dos contratos domésticos Alvorada.

- **Duração:** 12 meses, renovável automaticamente; sem fidelização.
- **Alteração de preços:** comunicada com pelo menos 30 dias de antecedência; o cliente pode rescindir sem custos.
- **Faturação:** mensal; prazo de pagamento 20 dias.
- **Caução:** não é exigida a clientes com débito direto.
- **Juros de mora:** taxa legal em vigor.
- **Interrupção por falta de pagamento:** pré-aviso mínimo de 20 dias.
- **Direito de livre resolução:** 14 dias após contratação à distância ou fora do estabelecimento.
- **Reclamações:** resposta em 15 dias úteis.

O contrato completo está disponível na área de cliente e em qualquer loja.
"""))
    C.append(("campanha-2026-11-black-friday-bombas-calor.md", "Campanha: 15% de desconto em bombas de calor até 30 de novembro", "2026-11-16", """
Entre **16 e 30 de novembro de 2026**, as bombas de calor Termolis vendidas pela Alvorada têm **15% de desconto** sobre o preço de tabela.

- Modelos abrangidos: AquaPlus 200, AquaPlus 270, Split 8, Split 12, Monobloc 6 e Monobloc 10.
- Não acumula com outras campanhas.
- Válido para clientes com contrato de eletricidade Alvorada ativo.
- Pagamento a pronto ou em prestações na fatura.
- Instalação até 31 de janeiro de 2027.

Peça orçamento em alvorada.pt/solucoes ou nas lojas de Porto Boavista, Leiria, Almada e Cascais.
"""))
    C.append(("aviso-2026-11-20-lojas-feriado-8-dezembro.md", "Horário das lojas nos feriados de dezembro de 2026", "2026-11-20", f"""
Nos feriados de **1 de dezembro** e **8 de dezembro de 2026** as lojas de rua estão encerradas. As lojas em centros comerciais funcionam assim:

| Loja | 1 e 8 de dezembro |
|---|---|
| Loja Vila Nova de Gaia | 10:00-20:00 |
| Loja Almada | 10:00-20:00 |
| Loja Cascais | 10:00-23:00 |
| Loja Oeiras | 10:00-23:00 |

A 24 e 31 de dezembro todas as lojas encerram às 13:00. A linha {PHONE} funciona nos feriados das 9:00 às 18:00.
"""))
    C.append(("aviso-2026-11-18-manutencao-area-cliente.md", "Manutenção da área de cliente a 29 de novembro de 2026", "2026-11-18", """
Para a atualização dos sistemas de faturação, a área de cliente e a app Alvorada estarão indisponíveis no **sábado, 29 de novembro de 2026, entre as 00:00 e as 08:00**.

Durante este período não será possível consultar faturas, pagar por MB WAY na app nem comunicar leituras online. A comunicação de leituras por telefone (800 210 210, opção 1) e por SMS (4210) continua disponível.

Pagamentos por referência Multibanco não são afetados.
"""))
    C.append(("guia-poupanca-energia.md", "Guia de poupança de energia em casa", "2026-03-10", """
Algumas medidas simples reduzem a fatura:

1. **Escolha o plano certo.** Se consome mais de 40% à noite e ao fim de semana, um plano bi-horário pode compensar.
2. **Ajuste a potência.** Potência a mais custa todos os dias no termo fixo; experimente baixar um escalão.
3. **Aquecimento de água.** Uma bomba de calor para águas sanitárias consome cerca de um terço de um termoacumulador elétrico.
4. **Standby.** Equipamentos em espera podem representar 5-10% do consumo.
5. **Autoconsumo.** Um kit solar de 6 painéis produz cerca de 3 980 kWh por ano.
6. **Débito direto e fatura eletrónica** dão desconto mensal em cada contrato.

Use o simulador em alvorada.pt para comparar planos com o seu histórico de consumo.
"""))
    C.append(("mercado-livre-vs-regulado.md", "Mercado livre e mercado regulado", "2026-01-12", """
Em Portugal os clientes podem escolher entre o **mercado livre** (comercializadores como a Alvorada, preços definidos por cada empresa) e as **tarifas reguladas** (comercializador de último recurso, preços fixados pela ERSE).

- A mudança entre mercados é gratuita.
- No mercado livre os preços podem mudar com aviso prévio de 30 dias.
- As tarifas de acesso às redes são iguais para todos e fixadas pela ERSE.
- A tarifa social aplica-se em ambos os mercados.

Para comparar ofertas pode usar o simulador de preços da ERSE, que inclui todos os planos comerciais publicados, incluindo os da Alvorada.
"""))
    C.append(("ofertas-empresas.md", "Ofertas Alvorada para empresas", "2026-03-25", f"""
A Alvorada tem planos para pequenos negócios em baixa tensão normal (até 41,4 kVA):

| Plano | Energia (€/kWh, sem IVA) |
|---|---|
| Alvorada Negócio Simples | {e('negsimples')} |
| Alvorada Negócio Bi-horário | vazio {e('negbi')}, fora de vazio {e('negbi',1)} |
| Alvorada Gás Negócio | {fmt(GAS['gasneg']['new'])} |

Para média tensão e consumos acima de 100 MWh/ano são feitas propostas à medida. Empresas podem ter fidelização de 12 ou 24 meses com preço fixo. Contacto: {PHONE_EMP} ou empresas@alvorada.pt.
"""))
    C.append(("mudanca-de-casa-guia.md", "Guia: mudar de casa com a Alvorada", "2026-03-19", """
Vai mudar de casa? Siga estes passos:

1. **Na casa antiga**: peça a denúncia do contrato com a leitura final (ou a mudança de titular, se alguém ficar na casa).
2. **Na casa nova**: peça o código CPE/CUI ao senhorio ou ao vendedor e ative o contrato (ver *Ativar eletricidade numa casa nova*).
3. **Débito direto**: se mantiver o mesmo IBAN, é transferido para o novo contrato.
4. **Tarifa social**: é reavaliada automaticamente na nova morada.

Pode fazer tudo num único pedido na área de cliente (*Vou mudar de casa*) com até 30 dias de antecedência.
"""))
    C.append(("indicadores-atendimento-2026-t3.md", "Indicadores de atendimento — 3.º trimestre de 2026", "2026-10-12", f"""
| Indicador | T2 2026 | T3 2026 |
|---|---|---|
| Chamadas atendidas | 412 300 | 438 900 |
| Tempo médio de espera | 2 min 41 s | 3 min 12 s |
| Chamadas atendidas em 60 s | 71% | 66% |
| Reclamações recebidas | 6 820 | 7 450 |
| Reclamações respondidas em 15 dias úteis | 94% | 91% |
| Atendimentos em loja | 188 000 | 176 500 |

O aumento de chamadas no T3 deveu-se à atualização de preços de outubro e ao lançamento do Alvorada Carga+. A loja de Coimbra esteve encerrada a 1 e 2 de agosto durante a mudança de instalações.
"""))
    C.append(("relatorio-sustentabilidade-2025-resumo.md", "Relatório de sustentabilidade 2025: resumo", "2026-05-15", """
Principais números de 2025:

- 64% da energia vendida com origem renovável (58% em 2024).
- 21 400 clientes no plano Alvorada Verde.
- 3 200 kits solares instalados e 1 150 bombas de calor.
- 12 800 clientes em autoconsumo com venda de excedente.
- Emissões específicas: 142 g CO2/kWh.
- 96% das faturas em formato eletrónico para clientes com débito direto.

Metas para 2027: 75% de renovável no mix e 25 000 clientes em autoconsumo.
"""))
    C.append(("politica-vendas-porta-a-porta.md", "Política de vendas porta a porta e por telefone", "2026-02-09", """
A Alvorada Energia não faz vendas porta a porta desde 2024. Os contactos comerciais por telefone são feitos apenas a clientes que deram consentimento.

- Qualquer pessoa que se apresente à porta em nome da Alvorada a pedir faturas ou dados bancários **não é** colaborador da Alvorada.
- Contratos feitos por telefone têm 14 dias de livre resolução.
- O cliente recebe sempre a proposta por escrito antes da ativação.

Denúncias de vendas abusivas: {PHONE} ou reclamacoes@alvorada.pt, com o código de motivo CON-01.
""".replace("{PHONE}", PHONE)))
    C.append(("guia-interno-sms-avarias.md", "Guia interno: envio de SMS de interrupção", "2026-05-04", """
Quando a RLD ou a Gascentro publicam um aviso de interrupção programada, o back office envia SMS aos clientes afetados.

- Envio: 3 a 5 dias antes da interrupção.
- Máximo 300 caracteres por SMS.
- Conteúdo obrigatório: concelho, data, horário e referência do aviso.
- Não incluir nomes de clientes nem CPE.
- Clientes com necessidades especiais recebem também chamada telefónica.

Em interrupções acidentais, a Alvorada não envia SMS em tempo real; remete para a linha da RLD (800 506 506).
"""))
    C.append(("tarifas-acesso-explicacao.md", "O que são as tarifas de acesso às redes", "2026-01-12", """
As tarifas de acesso às redes pagam o uso das redes de transporte e distribuição e os custos de interesse económico geral. São fixadas anualmente pela ERSE e iguais para todos os comercializadores.

Numa fatura típica de um cliente doméstico com 6,9 kVA, as tarifas de acesso representam cerca de 30% do valor antes de impostos. A Alvorada não fatura as tarifas de acesso numa linha separada: estão incluídas no termo de potência e nos preços de energia.

A proposta da ERSE para 2027 prevê +1,8% nas tarifas de acesso em baixa tensão normal (ver *ERSE: proposta de tarifas para 2027*).
"""))
    for fn, t, d, b in C:
        write(fn, t, d, b)
    return len(C)

def dpt_pt(s):
    import datetime
    M = ["janeiro","fevereiro","março","abril","maio","junho","julho","agosto","setembro","outubro","novembro","dezembro"]
    d = datetime.date.fromisoformat(s); return f"{d.day} de {M[d.month-1]} de {d.year}"

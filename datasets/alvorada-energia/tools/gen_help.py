"""Help-centre articles (PT+EN), FAQ pages, invoice guides, product pages."""
from gen_corpus import write, R, slug
from facts import *

def dpt_s(s):
    import datetime
    d = datetime.date.fromisoformat(s)
    M = ["janeiro","fevereiro","março","abril","maio","junho","julho","agosto","setembro","outubro","novembro","dezembro"]
    return f"{d.day} de {M[d.month-1]} de {d.year}"

# topic: (slug, date, title_pt, body_pt, title_en, body_en)
HELP = [
("leituras", "2026-03-12", "Como comunicar a leitura do contador",
 f"""Comunicar a leitura evita faturas com consumos estimados.

## Quando
Pode comunicar a leitura **entre os dias 15 e 22 de cada mês**. Leituras enviadas fora deste intervalo são usadas na fatura seguinte.

## Como
1. Na app Alvorada ou na área de cliente, opção *Leituras*.
2. Pelo telefone {PHONE}, opção 1 (serviço automático, 24 h).
3. Por SMS grátis para o 4210 com o texto `L <CPE> <leitura>`.

## Contadores inteligentes
Se o seu contador tem telecontagem ativa, não precisa de comunicar leituras: o operador de rede envia-as automaticamente todos os meses.

Em contadores bi-horários e tri-horários indique o valor de cada período, pela ordem apresentada no visor. Ver também *Leituras reais e estimadas*.""",
 "How to submit a meter reading",
 f"""Submitting your reading avoids bills based on estimated consumption.

## When
Readings can be submitted **between the 15th and the 22nd of each month**. Readings sent outside this window are used on the following bill.

## How
1. In the Alvorada app or the customer area, under *Readings*.
2. By phone on {PHONE}, option 1 (automated, 24 h).
3. By free SMS to 4210 with the text `L <CPE> <reading>`.

Smart meters with remote reading send readings automatically, so you do not need to do anything. For two- and three-period meters, give each register in the order shown on the display."""),
("debito-direto", DD_DATE, "Débito direto: adesão e desconto",
 f"""O débito direto (DD) paga automaticamente as suas faturas na data limite de pagamento.

## Desconto
Clientes com **débito direto e fatura eletrónica** têm um desconto de **{DD_NEW} por mês** em cada contrato de eletricidade ou gás. O desconto passou de {DD_OLD} para {DD_NEW} a {dpt_s(DD_DATE)} e aparece na fatura como linha própria, *Desconto DD + fatura eletrónica*.

## Como aderir
1. Na área de cliente, em *Pagamentos > Débito direto*, indique o IBAN.
2. A autorização fica ativa na fatura seguinte se o pedido for feito pelo menos 10 dias antes da emissão.
3. Também pode aderir numa loja ou pelo {PHONE}.

## Débitos devolvidos
Se o banco devolver o débito, a fatura fica por pagar e é cobrada uma comissão de devolução de 2,00 €. Após duas devoluções seguidas o débito direto é cancelado e o desconto deixa de se aplicar.""",
 "Direct debit: sign-up and discount",
 f"""Direct debit (DD) pays your bills automatically on the due date.

## Discount
Customers with **direct debit and e-billing** receive a discount of **{DD_NEW} per month** per electricity or gas contract. The discount rose from {DD_OLD} to {DD_NEW} on 1 September 2026 and shows on the bill as its own line.

## How to sign up
Enter your IBAN in the customer area under *Payments > Direct debit*. The mandate applies from the next bill if requested at least 10 days before the bill is issued. You can also sign up in store or on {PHONE}.

## Returned debits
If your bank returns the debit, a 2,00 € return fee is charged. After two consecutive returns the direct debit is cancelled and the discount stops."""),
("mudar-comercializador", "2026-02-20", "Mudar de comercializador para a Alvorada",
 f"""Mudar de comercializador de eletricidade ou gás é **gratuito** e não implica corte de fornecimento nem troca de contador.

## O que precisa
- Código CPE (eletricidade) e/ou CUI (gás), que encontra na fatura atual;
- NIF do titular;
- IBAN, se quiser débito direto.

## Prazos
Depois de assinar o contrato, a Alvorada comunica a mudança ao operador logístico de mudança de comercializador. A mudança fica concluída **no prazo máximo de 3 semanas**; na maioria dos casos demora 5 a 8 dias úteis. O antigo comercializador emite uma fatura final com a leitura do dia da mudança.

## Fidelização
Se o contrato anterior tiver fidelização, eventuais penalizações são cobradas pelo antigo comercializador. Os planos Alvorada para clientes domésticos não têm fidelização.""",
 "Switching to Alvorada",
 f"""Switching electricity or gas supplier is **free**, with no supply interruption and no meter change.

You need your CPE (electricity) or CUI (gas) code, the account holder's NIF (tax number) and an IBAN if you want direct debit. The switch is completed **within a maximum of 3 weeks**, usually in 5 to 8 working days. Your previous supplier sends a final bill based on the reading on the switch date. Alvorada household plans have no lock-in period."""),
("tarifa-social", SOCIAL_DATE, "Tarifa social de energia",
 f"""A tarifa social é um desconto de **{SOCIAL_DISCOUNT}** sobre os preços de eletricidade (e gás natural, escalões 1 e 2) antes de IVA, atribuído a clientes economicamente vulneráveis.

## Quem tem direito
Titulares de contrato com potência contratada até 6,9 kVA que:
- recebam complemento solidário para idosos, rendimento social de inserção, prestações de desemprego, abono de família, pensão social de invalidez ou pensão social de velhice; **ou**
- tenham um rendimento anual do agregado **igual ou inferior a {SOCIAL_NEW}**, acrescido de 50% por cada elemento do agregado sem rendimentos, até um máximo de 10 elementos.

O limite de rendimento passou de {SOCIAL_OLD} para **{SOCIAL_NEW}** a {dpt_s(SOCIAL_DATE)}.

## Como é atribuída
A atribuição é **automática**: a DGEG cruza os dados com a Autoridade Tributária e a Segurança Social todos os trimestres. Não precisa de pedir. Se acha que tem direito e não recebe o desconto, envie o comprovativo de rendimentos pela área de cliente ou numa loja.""",
 "Social energy tariff",
 f"""The social tariff is a **{SOCIAL_DISCOUNT}** discount on pre-VAT electricity prices (and natural gas, tiers 1 and 2) for economically vulnerable customers.

## Eligibility
Account holders with contracted power up to 6.9 kVA who receive certain social benefits (solidarity supplement for the elderly, social integration income, unemployment benefit, child benefit, social disability or old-age pension), **or** whose annual household income is **at or below {SOCIAL_NEW}**, plus 50% for each household member without income, up to 10 members.

The income threshold changed from {SOCIAL_OLD} to **{SOCIAL_NEW}** on 1 July 2026.

The discount is applied **automatically** after a quarterly cross-check by DGEG with the tax and social security authorities. No application is needed."""),
("autoconsumo", SOLAR_BUYBACK_DATE, "Autoconsumo solar: vender o excedente à Alvorada",
 f"""Se produz eletricidade com painéis solares (UPAC — unidade de produção para autoconsumo), pode vender à Alvorada a energia que injeta na rede.

## Registo
- Instalações até 700 W: mera comunicação prévia, sem venda de excedente.
- Instalações de 700 W a 30 kW: registo prévio na DGEG e certificado de exploração.

## Preço do excedente
No plano **Alvorada Casa Solar** o excedente é pago a **{fmt(SOLAR_BUYBACK_NEW)} €/kWh** desde {dpt_s(SOLAR_BUYBACK_DATE)} (antes: {fmt(SOLAR_BUYBACK_OLD)} €/kWh). O valor é creditado mensalmente na fatura de eletricidade, na linha *Excedente injetado*.

## Contador
É necessário um contador bidirecional com telecontagem. A instalação ou reprogramação do contador é feita pela {DSO} sem custo para o cliente.""",
 "Solar self-consumption: selling your surplus",
 f"""If you generate electricity with solar panels (UPAC), you can sell the energy you export to the grid to Alvorada.

Installations up to 700 W only need prior notice and cannot sell surplus; installations from 700 W to 30 kW require prior registration with DGEG.

On the **Alvorada Casa Solar** plan the surplus is paid at **{fmt(SOLAR_BUYBACK_NEW)} €/kWh** since 1 October 2026 (previously {fmt(SOLAR_BUYBACK_OLD)} €/kWh), credited monthly on your electricity bill. A bidirectional smart meter is required; {DSO} installs it free of charge."""),
("alterar-potencia", "2026-01-28", "Alterar a potência contratada",
 f"""A potência contratada (em kVA) define quantos equipamentos pode ter ligados em simultâneo sem que o disjuntor dispare.

## Como pedir
Peça a alteração na área de cliente, pelo {PHONE} ou numa loja. A Alvorada encaminha o pedido para a {DSO}.

## Prazos e custos
- Com contador inteligente, a alteração é feita remotamente em **até 2 dias úteis**.
- Sem contador inteligente, é agendada uma visita técnica.
- O operador de rede cobra um encargo de **9,15 €** (sem IVA) por alteração, que aparece na fatura seguinte.

Aumentos para mais de 6,9 kVA podem exigir a atualização do certificado da instalação elétrica. A mudança de potência só pode ser pedida uma vez em cada 12 meses sem encargos adicionais de reavaliação.""",
 "Changing your contracted power",
 f"""Contracted power (kVA) determines how many appliances you can run at once before the breaker trips.

Request a change in the customer area, on {PHONE} or in store. With a smart meter it is done remotely **within 2 working days**; otherwise a technician visit is scheduled. The grid operator charges **9,15 €** (excl. VAT) per change, shown on your next bill. Increases above 6.9 kVA may require an updated electrical installation certificate."""),
("pagamentos", "2026-04-02", "Formas e prazos de pagamento",
 f"""## Prazo
Cada fatura deve ser paga **até 20 dias após a data de emissão**. A data limite aparece no topo da fatura.

## Formas de pagamento
- Débito direto (com desconto de {DD_NEW}/mês se tiver também fatura eletrónica);
- Referência Multibanco;
- MB WAY através da app Alvorada;
- Em qualquer loja Alvorada (numerário até 3 000 €, cartão);
- Agentes Payshop.

## Planos de pagamento
Dívidas acima de 100 € podem ser pagas em **até 12 prestações mensais** sem juros, mediante acordo de pagamento. Peça o plano pelo {PHONE} ou numa loja.""",
 "Payment methods and deadlines",
 f"""Each bill must be paid **within 20 days of the issue date**. You can pay by direct debit, Multibanco reference, MB WAY in the Alvorada app, at any Alvorada store (cash up to 3 000 € or card) or at Payshop agents.

Debts above 100 € can be paid in **up to 12 interest-free monthly instalments** under a payment agreement. Ask on {PHONE} or in store."""),
("falta-pagamento", "2026-04-02", "Faturas em atraso e interrupção por falta de pagamento",
 f"""Se uma fatura não for paga até à data limite, a Alvorada envia um lembrete e, se a dívida se mantiver, um **pré-aviso de interrupção com pelo menos 20 dias de antecedência**.

## Religação
Depois de paga a dívida, a religação é pedida ao operador de rede:
- Religação normal (até 12 horas): **31,00 €** (sem IVA);
- Religação urgente (até 4 horas): **65,00 €** (sem IVA).

## Proteções
Não há interrupções por falta de pagamento à sexta-feira, ao fim de semana, em feriados ou na véspera de feriados. Clientes registados com necessidades especiais por dependência de equipamentos médicos não têm o fornecimento interrompido.""",
 "Overdue bills and disconnection",
 f"""If a bill is unpaid after the due date, Alvorada sends a reminder and then a **disconnection notice at least 20 days in advance**.

Once the debt is paid, reconnection is requested from the grid operator: standard reconnection (within 12 hours) costs **31,00 €** and urgent reconnection (within 4 hours) **65,00 €**, both excl. VAT. Disconnections never take place on Fridays, weekends, public holidays or the day before a holiday, and never for registered customers who depend on medical equipment."""),
("fatura-eletronica", "2026-03-03", "Fatura eletrónica",
 f"""Com a fatura eletrónica recebe a fatura em PDF por e-mail e na área de cliente, no dia da emissão.

- Não tem custo e pode ser ativada na área de cliente, em *Definições > Fatura*.
- Em conjunto com o débito direto dá direito ao desconto de {DD_NEW} por mês por contrato.
- As faturas ficam disponíveis na área de cliente durante 5 anos.
- A fatura em papel continua disponível gratuitamente para quem a pedir.""",
 "E-billing",
 f"""With e-billing you receive your bill as a PDF by email and in the customer area on the issue date. It is free; combined with direct debit it gives a {DD_NEW} monthly discount per contract. Bills remain available in the customer area for 5 years. Paper bills remain free on request."""),
("leituras-estimadas", "2026-02-11", "Leituras reais e estimadas",
 f"""Quando não há leitura real disponível, a fatura usa uma **estimativa** baseada no seu histórico de consumo dos últimos 12 meses.

Quando chega uma leitura real (sua ou do operador de rede), é feito um **acerto**: a fatura seguinte credita ou debita a diferença entre o estimado e o real. O acerto aparece numa secção própria da fatura com o período a que diz respeito.

O operador de rede faz pelo menos uma leitura presencial por ano em contadores sem telecontagem. Se o acerto resultar num valor superior a 100 €, pode pedir o pagamento em prestações (ver *Formas e prazos de pagamento*).""",
 "Actual and estimated readings",
 """When no actual reading is available, the bill uses an **estimate** based on your last 12 months of consumption. When an actual reading arrives, the next bill includes an **adjustment** crediting or charging the difference. The grid operator reads non-smart meters in person at least once a year. Adjustments above 100 € can be paid in instalments."""),
("contador-inteligente", "2026-01-15", "Contadores inteligentes e telecontagem",
 f"""Os contadores inteligentes enviam leituras automaticamente ao operador de rede. A substituição dos contadores antigos é feita pela {DSO} de forma gradual e **sem custo**.

## Vantagens
- Faturas sempre com consumos reais;
- Alteração de potência remota em até 2 dias úteis;
- Acesso a planos que exigem telecontagem, como o Alvorada Carga+;
- Consulta do consumo diário na app Alvorada (dados com 1 dia de atraso).

Para saber se o seu contador tem telecontagem ativa, consulte a área de cliente ou a fatura (indicação *Telecontagem: sim*).""",
 "Smart meters",
 f"""Smart meters send readings automatically to the grid operator. {DSO} replaces old meters gradually and **free of charge**. Benefits: bills always based on actual readings, remote power changes within 2 working days, access to plans that require remote reading such as Alvorada Carga+, and daily consumption data in the app (one-day delay)."""),
("carregamento-ve-casa", CARGA_LAUNCH, "Carregar o veículo elétrico em casa",
 f"""Para carregar um veículo elétrico em casa com segurança recomendamos um **carregador de parede** (wallbox) em vez da tomada doméstica.

## Plano recomendado
O **Alvorada Carga+**, lançado a {dpt_s(CARGA_LAUNCH)}, tem um período de **super vazio das 02:00 às 06:00** a {fmt(PLANS['cargamais']['energy'][0][3])} €/kWh. O antigo Alvorada Mobilidade deixou de aceitar novas adesões nessa data.

## Potência
Um carregador de 7,4 kW exige normalmente 10,35 kVA ou mais de potência contratada; com gestão dinâmica de carga pode manter 6,9 kVA.

Clientes Carga+ têm 10% de desconto na instalação de carregadores comprados à Alvorada (ver *Carregador Alvorada WallBox*).""",
 "Charging your EV at home",
 f"""We recommend a **wall charger** rather than a household socket. The **Alvorada Carga+** plan, launched on 15 September 2026, has a **super off-peak period from 02:00 to 06:00** at {fmt(PLANS['cargamais']['energy'][0][3])} €/kWh. The older Alvorada Mobilidade plan closed to new sign-ups on that date. A 7.4 kW charger usually needs 10.35 kVA or more, or 6.9 kVA with dynamic load management. Carga+ customers get 10% off installation of chargers bought from Alvorada."""),
("mudanca-titular", "2026-03-19", "Mudança de titular do contrato",
 f"""A mudança de titular é necessária quando a pessoa que usa a casa não é a titular do contrato (por exemplo, após venda, arrendamento ou falecimento do titular).

## Documentos
- Documento de identificação e NIF do novo titular;
- Comprovativo de ligação ao imóvel (escritura, contrato de arrendamento ou habilitação de herdeiros);
- Leitura do contador na data da mudança.

A mudança de titular **não tem custo** quando a instalação já está ligada. Fica concluída em até 5 dias úteis. A dívida do titular anterior não passa para o novo titular.""",
 "Changing the account holder",
 """A change of account holder is needed when the person living in the property is not the contract holder (sale, rental or death of the holder). Provide ID and NIF of the new holder, proof of link to the property and a meter reading on the change date. It is **free** when the installation is already connected and is completed within 5 working days. Debts of the previous holder are not transferred."""),
("nova-ligacao", "2026-03-19", "Ativar eletricidade numa casa nova",
 f"""Para ativar o fornecimento num imóvel que não tem contrato ativo:

1. Confirme o código CPE (no contador ou pedindo à {DSO}).
2. Escolha o plano e a potência.
3. Assine o contrato online, na loja ou por telefone.

## Custos
- Instalação com contador inteligente: ativação remota **sem custo**, em até 2 dias úteis.
- Instalação que exige deslocação de técnico: **21,90 €** (sem IVA).
- Instalações sem ligação à rede exigem um orçamento de ramal do operador de rede.""",
 "Activating electricity in a new home",
 """To activate supply where no contract is active, confirm the CPE code, choose a plan and power, and sign the contract online, in store or by phone. Activation is **free** and remote (within 2 working days) with a smart meter; if a technician visit is needed the charge is **21,90 €** excl. VAT."""),
("avaria-sem-luz", "2026-01-09", "Estou sem luz: o que fazer",
 f"""1. Verifique se o disjuntor geral do quadro elétrico está ligado.
2. Confirme se os vizinhos também estão sem luz.
3. Consulte os avisos de interrupção programada do seu concelho em alvorada.pt.
4. Se a falha for na rede, ligue para a linha de avarias da **{DSO}: {DSO_PHONE}** (24 horas, gratuita).

A Alvorada é o comercializador e não consegue intervir na rede; a reparação é sempre da responsabilidade do operador de rede. Interrupções longas dão direito a compensação automática (ver *Qualidade de serviço e compensações*).""",
 "No power: what to do",
 f"""Check your main breaker, ask neighbours, and check planned interruption notices for your municipality. If the fault is on the grid, call the **{DSO} fault line: {DSO_PHONE}** (24 h, free). Alvorada is the retailer and cannot repair the grid. Long interruptions give the right to automatic compensation."""),
("inspecao-gas", "2026-02-25", "Inspeção periódica de gás",
 f"""As instalações de gás das habitações devem ser inspecionadas **a cada 5 anos** por uma entidade inspetora credenciada. A obrigação é do proprietário do imóvel.

- A {GAS_DSO} envia um aviso 60 dias antes do fim do prazo.
- O custo da inspeção é pago diretamente à entidade inspetora.
- Sem certificado de inspeção válido, o fornecimento pode ser suspenso pelo operador de rede.

Em caso de cheiro a gás: não acione interruptores, abra as janelas, feche a válvula de corte e ligue para **{GAS_EMERG}**.""",
 "Periodic gas inspection",
 f"""Home gas installations must be inspected **every 5 years** by an accredited inspection body; this is the property owner's obligation. {GAS_DSO} sends a reminder 60 days before the deadline. Without a valid certificate the supply may be suspended. If you smell gas, do not use switches, open windows, close the valve and call **{GAS_EMERG}**."""),
("reclamacoes", "2026-04-14", "Como apresentar uma reclamação",
 f"""Pode apresentar uma reclamação:
- na área de cliente ou app (*Ajuda > Reclamações*);
- pelo {PHONE};
- numa loja, incluindo no Livro de Reclamações físico;
- no Livro de Reclamações Eletrónico.

A Alvorada responde **no prazo máximo de 15 dias úteis**. Se a resposta não for satisfatória, pode recorrer à ERSE ou a um centro de arbitragem de conflitos de consumo. Os detalhes estão na *Política de tratamento de reclamações*.""",
 "How to make a complaint",
 f"""You can complain in the customer area or app, on {PHONE}, in store (including the physical complaints book) or via the electronic complaints book. Alvorada replies **within 15 working days at most**. If unsatisfied you can contact ERSE or a consumer arbitration centre. See the *Complaint handling policy*."""),
("necessidades-especiais", "2026-03-27", "Registo de clientes com necessidades especiais",
 f"""Clientes que dependam de equipamentos médicos elétricos (ventiladores, concentradores de oxigénio, etc.) ou com limitações de visão, audição ou mobilidade podem inscrever-se no registo de clientes com necessidades especiais.

- A inscrição é gratuita e feita com declaração médica.
- Clientes inscritos por dependência de equipamentos médicos recebem aviso individual de interrupções programadas e **não têm corte por falta de pagamento**.
- Clientes com limitações de visão podem pedir fatura em braille ou em letra ampliada.""",
 "Customers with special needs register",
 """Customers who depend on electrical medical equipment, or have sight, hearing or mobility limitations, can join the special needs register for free with a medical statement. Registered medical-dependence customers receive individual notice of planned interruptions and are **never disconnected for non-payment**. Braille or large-print bills are available."""),
("app-area-cliente", "2026-05-06", "App Alvorada e área de cliente",
 f"""Na app Alvorada e na área de cliente em alvorada.pt pode:
- consultar e pagar faturas (MB WAY);
- comunicar leituras (dias 15 a 22);
- aderir a débito direto e fatura eletrónica;
- ver consumos diários (contadores inteligentes);
- alterar potência ou plano.

## Recuperar a palavra-passe
Use *Esqueci-me da palavra-passe* e indique o NIF. Recebe um código por SMS válido durante **10 minutos**. Após 5 tentativas falhadas a conta fica bloqueada 30 minutos.""",
 "Alvorada app and customer area",
 """In the app and customer area you can view and pay bills, submit readings (15th-22nd), sign up for direct debit and e-billing, see daily consumption and change power or plan. To reset your password, use *Forgot password* with your NIF; an SMS code is valid for **10 minutes**, and 5 failed attempts lock the account for 30 minutes."""),
("contrato-dual", "2026-03-05", "Contrato dual: eletricidade e gás",
 f"""Com um contrato dual junta eletricidade e gás natural na mesma conta e recebe **uma fatura única** por mês.

- O desconto de débito direto e fatura eletrónica ({DD_NEW}/mês) aplica-se a **cada contrato**, ou seja, {DD_NEW} na eletricidade e {DD_NEW} no gás.
- Os dois contratos podem ter datas de início diferentes; a fatura é alinhada no segundo mês.
- O Alvorada Gás Casa pode ser combinado com qualquer plano doméstico de eletricidade.""",
 "Dual fuel contracts",
 f"""A dual contract combines electricity and natural gas with a **single monthly bill**. The direct debit + e-billing discount ({DD_NEW}/month) applies to **each contract**. Alvorada Gás Casa can be combined with any household electricity plan. The two contracts can start on different dates; billing is aligned from the second month. Each contract keeps its own CPE or CUI code."""),
("ciclos-horarios", "2026-01-05", "Ciclos horários: diário e semanal",
 """Nos planos bi-horários e tri-horários pode escolher o ciclo diário ou o ciclo semanal.

## Ciclo diário (bi-horário)
- Vazio: 22:00 às 08:00 (inverno) e 22:00 às 08:00 (verão), todos os dias.
- Fora de vazio: restantes horas.

## Ciclo semanal (bi-horário)
- Dias úteis: vazio das 00:00 às 07:00;
- Sábado: vazio das 00:00 às 09:30, 13:00 às 18:30 e 22:00 às 24:00;
- Domingo: vazio todo o dia.

## Tri-horário (ciclo diário)
- Vazio: 22:00-08:00; Ponta (inverno): 09:00-10:30 e 18:00-20:30; Cheias: restantes horas.

No Alvorada Carga+ existe ainda o período de super vazio das 02:00 às 06:00.""",
 "Time-of-use cycles: daily and weekly",
 """On two- and three-period plans you can choose the daily or weekly cycle. Daily cycle: off-peak 22:00-08:00 every day. Weekly cycle: weekdays off-peak 00:00-07:00; Sundays off-peak all day. Three-period daily cycle: off-peak 22:00-08:00; peak (winter) 09:00-10:30 and 18:00-20:30; shoulder the rest. Alvorada Carga+ adds a super off-peak period from 02:00 to 06:00."""),
("cancelar-contrato", "2026-04-22", "Cancelar o contrato",
 f"""Pode cancelar o contrato a qualquer momento, sem custos nos planos domésticos.

- Se mudar para outro comercializador, não precisa de cancelar: o novo comercializador trata do processo.
- Se deixar o imóvel, peça a denúncia do contrato com a leitura final; a fatura final é emitida em até 15 dias.
- Eventuais créditos a seu favor são reembolsados por transferência bancária em até 30 dias.""",
 "Cancelling your contract",
 """You can cancel at any time at no cost on household plans. If you switch supplier, the new supplier handles it. If you leave the property, request termination with a final reading; the final bill is issued within 15 days and any credit is refunded by bank transfer within 30 days."""),
]


RELATED_PT = ["Precisa de ajuda? Ligue {p} (dias úteis 8:00-22:00, sábados 9:00-18:00) ou visite uma das 30 lojas Alvorada.",
              "Se tiver dúvidas, fale connosco pelo {p} ou na área de cliente em alvorada.pt.",
              "Esta informação aplica-se a clientes domésticos em Portugal continental. Para empresas ligue {pe}."]
RELATED_EN = ["Need help? Call {p} (weekdays 8:00-22:00, Saturdays 9:00-18:00) or visit one of our 30 stores.",
              "Questions? Contact us on {p} or through the customer area at alvorada.pt.",
              "This applies to household customers in mainland Portugal. Business customers call {pe}."]

def related(lang, exclude):
    pool = [h[2] if lang == "pt" else h[4] for h in HELP if h[2] != exclude and h[4] != exclude]
    pick = R.sample(pool, 3)
    head = "## Artigos relacionados" if lang == "pt" else "## Related articles"
    return "\n\n" + head + "\n\n" + "\n".join(f"- *{p}*" for p in pick)

def help_pages():
    for (s, date, tpt, bpt, ten, ben) in HELP:
        bpt = bpt + related("pt", tpt); ben = ben + related("en", ten)
        extra = R.choice(RELATED_PT).format(p=PHONE, pe=PHONE_EMP)
        write(f"ajuda-{s}.md", tpt, date, bpt + "\n\n" + extra)
        extra = R.choice(RELATED_EN).format(p=PHONE, pe=PHONE_EMP)
        write(f"help-{s}-en.md", ten, date, ben + "\n\n" + extra)

# FAQ: (lang, question, answer, date, related)
FAQ = [
("pt","Qual é o prazo para pagar a fatura?","Cada fatura deve ser paga até 20 dias após a data de emissão. A data limite aparece no topo da primeira página.","2026-04-02","Formas e prazos de pagamento"),
("pt","Quanto é o desconto de débito direto?",f"O desconto é de {DD_NEW} por mês por contrato, desde {dpt_s(DD_DATE)}, e exige débito direto e fatura eletrónica em simultâneo. Antes dessa data era de {DD_OLD}.",DD_DATE,"Débito direto: adesão e desconto"),
("en","How much is the direct debit discount?",f"{DD_NEW} per month per contract since 1 September 2026 (previously {DD_OLD}). You need both direct debit and e-billing.",DD_DATE,"Direct debit: sign-up and discount"),
("pt","Em que dias posso comunicar a leitura?","Entre os dias 15 e 22 de cada mês, pela app, área de cliente, telefone ou SMS para o 4210.","2026-03-12","Como comunicar a leitura do contador"),
("en","When can I submit my meter reading?","Between the 15th and 22nd of each month, via the app, customer area, phone or SMS to 4210.","2026-03-12","How to submit a meter reading"),
("pt","Qual é o limite de rendimento para a tarifa social?",f"Desde {dpt_s(SOCIAL_DATE)} o limite é de {SOCIAL_NEW} de rendimento anual do agregado, acrescido de 50% por cada elemento sem rendimentos (máximo 10 elementos). Antes era de {SOCIAL_OLD}.",SOCIAL_DATE,"Tarifa social de energia"),
("en","What is the income limit for the social tariff?",f"Since 1 July 2026 the limit is {SOCIAL_NEW} of annual household income, plus 50% per member without income (max. 10 members). It was previously {SOCIAL_OLD}.",SOCIAL_DATE,"Social energy tariff"),
("pt","Preciso de pedir a tarifa social?","Não. A tarifa social é atribuída automaticamente após o cruzamento trimestral de dados feito pela DGEG com a Autoridade Tributária e a Segurança Social.",SOCIAL_DATE,"Tarifa social de energia"),
("pt","Qual é o desconto da tarifa social?",f"O desconto é de {SOCIAL_DISCOUNT} sobre os preços sem IVA de eletricidade e, no gás natural, nos escalões 1 e 2.",SOCIAL_DATE,"Tarifa social de energia"),
("pt","Mudar de comercializador tem custos?","Não. A mudança é gratuita, não há corte de fornecimento e o contador não é trocado. Fica concluída no prazo máximo de 3 semanas.","2026-02-20","Mudar de comercializador para a Alvorada"),
("en","How long does switching to Alvorada take?","The switch is completed within a maximum of 3 weeks, usually 5 to 8 working days.","2026-02-20","Switching to Alvorada"),
("pt","Quanto custa alterar a potência?","O operador de rede cobra 9,15 € (sem IVA) por alteração. Com contador inteligente a alteração é feita em até 2 dias úteis.","2026-01-28","Alterar a potência contratada"),
("en","How much does a contracted power change cost?","The grid operator charges 9,15 € excl. VAT per change; with a smart meter it is done within 2 working days.","2026-01-28","Changing your contracted power"),
("pt","Quanto custa a religação depois de um corte?","A religação normal (até 12 horas) custa 31,00 € e a urgente (até 4 horas) 65,00 €, ambos sem IVA.","2026-04-02","Faturas em atraso e interrupção por falta de pagamento"),
("en","What is the reconnection fee?","Standard reconnection (within 12 hours) is 31,00 € and urgent reconnection (within 4 hours) is 65,00 €, excl. VAT.","2026-04-02","Overdue bills and disconnection"),
("pt","Com quanto tempo de antecedência recebo o pré-aviso de corte?","O pré-aviso de interrupção por falta de pagamento é enviado com pelo menos 20 dias de antecedência.","2026-04-02","Faturas em atraso e interrupção por falta de pagamento"),
("pt","Posso pagar a dívida em prestações?","Sim. Dívidas acima de 100 € podem ser pagas em até 12 prestações mensais sem juros, mediante acordo de pagamento.","2026-04-02","Formas e prazos de pagamento"),
("en","Can I pay a debt in instalments?","Yes, debts above 100 € can be paid in up to 12 interest-free monthly instalments.","2026-04-02","Payment methods and deadlines"),
("pt","A que preço a Alvorada compra o excedente solar?",f"No plano Alvorada Casa Solar o excedente é pago a {fmt(SOLAR_BUYBACK_NEW)} €/kWh desde 1 de outubro de 2026 (antes {fmt(SOLAR_BUYBACK_OLD)} €/kWh).",SOLAR_BUYBACK_DATE,"Autoconsumo solar: vender o excedente à Alvorada"),
("en","What price does Alvorada pay for solar surplus?",f"{fmt(SOLAR_BUYBACK_NEW)} €/kWh on the Alvorada Casa Solar plan since 1 October 2026 (previously {fmt(SOLAR_BUYBACK_OLD)} €/kWh).",SOLAR_BUYBACK_DATE,"Solar self-consumption: selling your surplus"),
("pt","Qual é o horário do super vazio do Carga+?","O período de super vazio do Alvorada Carga+ é todos os dias das 02:00 às 06:00.",CARGA_LAUNCH,"Plano Alvorada Carga+"),
("en","Can I still join Alvorada Mobilidade?","No. Alvorada Mobilidade closed to new sign-ups on 15 September 2026, when Alvorada Carga+ was launched. Existing contracts continue.",CARGA_LAUNCH,"Alvorada Carga+ plan (English)"),
("pt","O Alvorada Carga+ tem fidelização?","Não. O Alvorada Carga+ não tem fidelização, mas exige contador inteligente com telecontagem ativa.",CARGA_LAUNCH,"Plano Alvorada Carga+"),
("pt","Onde fica agora a loja de Coimbra?",f"Desde {dpt_s(STORE_MOVE_DATE)} a Loja Coimbra fica na Avenida Fernão de Magalhães 212, 3000-172 Coimbra. A antiga loja na {COIMBRA_OLD_ADDR} encerrou a 31 de julho de 2026.",STORE_MOVE_DATE,"Loja Coimbra"),
("en","Where is the Coimbra store now?","Since 3 August 2026 at Avenida Fernão de Magalhães 212, 3000-172 Coimbra. The old Rua Ferreira Borges store closed on 31 July 2026.",STORE_MOVE_DATE,"Loja Coimbra (store information in English)"),
("pt","Qual é o número para avarias na rede elétrica?",f"Avarias na rede são tratadas pela {DSO}: linha {DSO_PHONE}, gratuita e 24 horas.","2026-01-09","Estou sem luz: o que fazer"),
("en","Who do I call if I smell gas?",f"Call the {GAS_DSO} emergency line on {GAS_EMERG} immediately, after closing the valve and opening windows.","2026-02-25","Periodic gas inspection"),
("pt","De quanto em quanto tempo é a inspeção de gás?","As instalações de gás domésticas são inspecionadas a cada 5 anos por uma entidade inspetora credenciada; a obrigação é do proprietário.","2026-02-25","Inspeção periódica de gás"),
("pt","Qual é o prazo de resposta a uma reclamação?","A Alvorada responde no prazo máximo de 15 dias úteis a contar da receção da reclamação.","2026-04-14","Política de tratamento de reclamações"),
("en","How long does Alvorada take to answer a complaint?","Alvorada replies within 15 working days at most from receipt of the complaint.","2026-04-14","Complaint handling policy"),
("pt","Quanto custa ativar a luz numa casa nova?","Com contador inteligente a ativação é gratuita. Se for necessária deslocação de técnico, o custo é de 21,90 € sem IVA.","2026-03-19","Ativar eletricidade numa casa nova"),
("pt","A mudança de titular tem custo?","Não, quando a instalação já está ligada. Fica concluída em até 5 dias úteis.","2026-03-19","Mudança de titular do contrato"),
("en","Does a change of account holder cost anything?","No, if the installation is already connected. It takes up to 5 working days.","2026-03-19","Changing the account holder"),
("pt","Qual é a comissão de devolução de débito direto?","Cada débito devolvido pelo banco tem uma comissão de 2,00 €. Após duas devoluções seguidas, o débito direto é cancelado.",DD_DATE,"Débito direto: adesão e desconto"),
("pt","Quanto tempo é válido o código SMS para recuperar a palavra-passe?","O código é válido durante 10 minutos. Após 5 tentativas falhadas a conta fica bloqueada 30 minutos.","2026-05-06","App Alvorada e área de cliente"),
("en","What is the VAT rate on electricity?","The reduced 6% rate applies to the power term for contracts up to 3.45 kVA and to the first 200 kWh per 30 days for contracts up to 6.9 kVA (300 kWh for large families). The rest is charged at 23%.","2026-01-02","VAT on electricity and gas"),
("pt","Que IVA se aplica à contribuição audiovisual?","A contribuição audiovisual (2,85 € por mês) tem IVA à taxa de 6%.","2026-01-02","Linha da fatura: contribuição audiovisual"),
("pt","Qual é o fator de conversão do gás?","O fator de conversão de m³ para kWh varia com o poder calorífico do gás e aparece na fatura; em 2026 a média é de 11,42 kWh/m³.","2026-02-04","Linha da fatura: conversão de m³ para kWh"),
("en","When do estimated readings get corrected?","When an actual reading arrives, the next bill includes an adjustment for the difference between the estimated and the actual consumption.","2026-02-11","Actual and estimated readings"),
("pt","O desconto de débito direto aplica-se à luz e ao gás?",f"Sim. Num contrato dual o desconto de {DD_NEW} por mês aplica-se a cada contrato, eletricidade e gás.",DD_DATE,"Contrato dual: eletricidade e gás"),
("en","Are there store opening hours on Sundays?","Only shopping-centre stores open on Sundays: Vila Nova de Gaia and Almada (10:00-20:00), Cascais and Oeiras (10:00-23:00). Street stores are closed on Sundays.","2026-05-20","Rede de lojas Alvorada"),
("pt","Qual é a potência mínima do Alvorada Tri-horário?","O Alvorada Tri-horário está disponível a partir de 3,45 kVA.",PRICE_CHANGE_DATE,"Plano Alvorada Tri-horário"),
("pt","Os planos domésticos têm fidelização?","Não. Nenhum plano doméstico Alvorada tem fidelização; pode cancelar ou mudar sem custos.","2026-04-22","Cancelar o contrato"),
("en","How long are bills kept in the customer area?","Bills remain available in the customer area for 5 years.","2026-03-03","E-billing"),
("pt","Quando mudaram os preços da eletricidade?","Os preços de energia dos planos Simples, Bi-horário e Verde e do Gás Casa mudaram a 1 de outubro de 2026. O termo fixo de potência não mudou.",PRICE_CHANGE_DATE,"Atualização de preços de 1 de outubro de 2026"),
("en","Did the Tri-horário price change in October 2026?","No. Alvorada Tri-horário prices were not changed in the 1 October 2026 review.",PRICE_CHANGE_DATE,"Atualização de preços de 1 de outubro de 2026"),
("pt","Onde posso ver o consumo diário?","Na app Alvorada, se tiver contador inteligente com telecontagem; os dados aparecem com 1 dia de atraso.","2026-01-15","Contadores inteligentes e telecontagem"),
("pt","Posso pagar em numerário na loja?","Sim, até 3 000 € por operação, em qualquer loja Alvorada.","2026-04-02","Formas e prazos de pagamento"),
("en","What documents do I need to switch?","Your CPE (electricity) or CUI (gas) code, the holder's NIF and an IBAN if you want direct debit.","2026-02-20","Switching to Alvorada"),
("pt","O que é o CPE?","O CPE (Código de Ponto de Entrega) identifica de forma única a sua instalação elétrica. Tem 20 caracteres, começa por PT e aparece na fatura e no contador.","2026-01-05","Glossário da fatura"),
("en","What is a CUI?","The CUI (Código Universal de Instalação) uniquely identifies a natural gas installation. It starts with PT and appears on your gas bill.","2026-01-05","Glossário da fatura"),
("pt","Qual é o prazo para receber a fatura final?","Depois da denúncia do contrato, a fatura final é emitida em até 15 dias; créditos são reembolsados em até 30 dias.","2026-04-22","Cancelar o contrato"),
("pt","Que potência preciso para um carregador de 7,4 kW?","Normalmente 10,35 kVA ou mais; com gestão dinâmica de carga pode manter 6,9 kVA.",CARGA_LAUNCH,"Carregar o veículo elétrico em casa"),
("en","Is there a discount on wallbox installation?","Alvorada Carga+ customers get 10% off the installation of a wall charger bought from Alvorada.",CARGA_LAUNCH,"Charging your EV at home"),
("pt","Quanto tempo demora uma resposta do provedor do cliente?","O Provedor do Cliente Alvorada responde em até 30 dias úteis aos recursos de reclamações.","2026-04-14","Política de tratamento de reclamações"),
("pt","Há cortes por falta de pagamento à sexta-feira?","Não. Não há interrupções por falta de pagamento à sexta-feira, ao fim de semana, em feriados ou na véspera de feriados.","2026-04-02","Faturas em atraso e interrupção por falta de pagamento"),
("en","What is the Alvorada customer line?",f"{PHONE} for household customers (weekdays 8:00-22:00, Saturdays 9:00-18:00) and {PHONE_EMP} for business customers.","2026-01-05","Contactos Alvorada Energia"),
("pt","A compensação por interrupção longa tem de ser pedida?","Não. As compensações por interrupções acima dos limites regulamentares são automáticas e creditadas numa fatura posterior.","2026-01-09","Qualidade de serviço e compensações"),
("pt","Quanto recebo se o técnico faltar a uma visita combinada?","Se a visita combinada não for cumprida, recebe uma compensação automática de 20,00 € na fatura seguinte.","2026-01-09","Qualidade de serviço e compensações"),
]

def faq_pages():
    for i, (lang, q, a, date, rel) in enumerate(FAQ):
        if lang == "pt":
            body = f"**Pergunta:** {q}\n\n**Resposta:** {a}\n\n"
            body += R.choice(["Esta resposta resume a informação oficial da Alvorada Energia. ", "Informação revista pela equipa de Apoio ao Cliente. ", ""])
            body += f"Para mais detalhes consulte *{rel}*.\n\n" + R.choice(RELATED_PT).format(p=PHONE, pe=PHONE_EMP) + "\n\n## Esta resposta foi útil?\n\nAs respostas do centro de ajuda são revistas sempre que mudam preços ou regras. Ajude-nos a melhorar as nossas respostas através do botão de avaliação no fim da página ou deixe uma sugestão na área de cliente."
            write(f"faq-{slug(q)[:70]}.md", f"FAQ: {q}", date, body)
        else:
            body = f"**Question:** {q}\n\n**Answer:** {a}\n\n"
            body += R.choice(["This answer summarises Alvorada Energia's official information. ", "Reviewed by the Customer Support team. ", ""])
            body += f"For more detail see *{rel}*.\n\n" + R.choice(RELATED_EN).format(p=PHONE, pe=PHONE_EMP) + "\n\n## Was this helpful?\n\nRate this answer using the button at the bottom of the page, or leave a suggestion in the customer area so that we can keep improving our help centre."
            write(f"faq-en-{slug(q)[:70]}.md", f"FAQ: {q}", date, body)

INVOICE = [
("termo-potencia","Termo de potência","Power term (standing charge)",
 "O termo de potência é um valor fixo diário que depende da potência contratada (kVA) e do plano. Na fatura aparece como *Potência contratada* com o número de dias do período e o preço por dia. É cobrado mesmo sem consumo. Os preços por potência estão nas páginas de cada plano (por exemplo *Alvorada Simples — 6,9 kVA: preços em vigor*).",
 "The power term is a fixed daily amount that depends on your contracted power (kVA) and plan. It shows as *Contracted power* with the number of days and the price per day, and is charged even with zero consumption."),
("energia-ativa","Energia ativa","Active energy",
 "A linha *Energia* mostra os kWh consumidos em cada período horário multiplicados pelo preço do plano. Se os preços mudarem a meio do período de faturação (como a 1 de outubro de 2026), o consumo é repartido proporcionalmente aos dias antes e depois da mudança, com duas linhas separadas.",
 "The *Energy* line shows kWh used in each time period multiplied by the plan price. If prices change mid-period (as on 1 October 2026) consumption is split pro rata by days before and after the change, with two separate lines."),
("taxa-dgeg","Taxa de exploração DGEG","DGEG operating fee",
 "A taxa de exploração da DGEG é de 0,07 € por mês por contrato de eletricidade, destina-se a financiar a fiscalização das instalações elétricas e está sujeita a IVA de 23%.",
 "The DGEG operating fee is 0,07 € per month per electricity contract, funds electrical installation oversight, and is subject to 23% VAT."),
("contribuicao-audiovisual","Contribuição audiovisual","Audiovisual contribution",
 "A contribuição audiovisual (CAV) é de 2,85 € por mês e financia o serviço público de rádio e televisão. Tem IVA à taxa de 6%. Clientes com consumo anual inferior a 400 kWh estão isentos.",
 "The audiovisual contribution (CAV) is 2,85 € per month and funds public broadcasting, with 6% VAT. Customers using less than 400 kWh a year are exempt."),
("iec","Imposto especial de consumo (IEC)","Excise duty on electricity (IEC)",
 "O imposto especial de consumo de eletricidade é de 0,001 € por kWh consumido. Clientes com tarifa social estão isentos. Tem IVA de 23%.",
 "The electricity excise duty is 0,001 € per kWh. Social tariff customers are exempt. It carries 23% VAT."),
("iva","IVA na eletricidade e no gás","VAT on electricity and gas",
 "Taxa reduzida de 6%: termo de potência em contratos até 3,45 kVA; primeiros 200 kWh por 30 dias em contratos até 6,9 kVA (300 kWh para famílias numerosas). Taxa normal de 23%: restante consumo e potências acima dos limites. No gás natural, a taxa reduzida de 6% aplica-se ao termo fixo nos escalões 1 e 2.",
 "Reduced 6% rate: power term for contracts up to 3.45 kVA; first 200 kWh per 30 days for contracts up to 6.9 kVA (300 kWh for large families). Standard 23% rate applies to the rest. For gas, the 6% rate applies to the fixed term in tiers 1 and 2."),
("desconto-dd","Desconto DD + fatura eletrónica","Direct debit + e-billing discount",
 f"A linha *Desconto DD + fatura eletrónica* é um valor negativo de {DD_NEW} por mês por contrato, em vigor desde 1 de setembro de 2026 (antes {DD_OLD}). Em faturas que abrangem agosto e setembro de 2026 o desconto é calculado proporcionalmente aos dias de cada valor.",
 f"The *DD + e-billing discount* line is a credit of {DD_NEW} per month per contract since 1 September 2026 (previously {DD_OLD}). Bills spanning August and September 2026 prorate the two values by days."),
("tarifa-social","Desconto tarifa social","Social tariff discount",
 f"O desconto da tarifa social ({SOCIAL_DISCOUNT}) aparece como linha negativa calculada sobre o termo de potência e a energia, antes de IVA.",
 f"The social tariff discount ({SOCIAL_DISCOUNT}) appears as a negative line calculated on the power term and energy, before VAT."),
("acertos","Acertos de consumo","Consumption adjustments",
 "Quando uma leitura real substitui uma estimativa, a fatura inclui uma secção *Acerto* com o período, os kWh faturados antes, os kWh reais e a diferença, valorizada aos preços em vigor em cada período.",
 "When an actual reading replaces an estimate, the bill includes an *Adjustment* section showing the period, kWh previously billed, actual kWh and the difference priced at the prices in force in each period."),
("conversao-gas","Conversão de m³ para kWh","Gas m³ to kWh conversion",
 "O contador de gás mede volume (m³). A fatura converte em kWh multiplicando pelo fator de conversão, que depende do poder calorífico do gás em cada mês. Em 2026 a média foi de 11,42 kWh/m³.",
 "Gas meters measure volume (m³). The bill converts to kWh using a monthly conversion factor based on calorific value; the 2026 average was 11,42 kWh/m³."),
("tos","Taxa de ocupação do subsolo","Subsoil occupation fee",
 "A taxa de ocupação do subsolo (TOS) é cobrada por alguns municípios pela passagem de condutas de gás e é repercutida na fatura de gás. O valor varia por concelho e aparece em €/dia.",
 "The subsoil occupation fee (TOS) is charged by some municipalities for gas pipes and passed through on the gas bill; it varies by municipality and is shown in €/day."),
("excedente","Excedente injetado","Exported surplus",
 f"Para clientes Alvorada Casa Solar, a linha *Excedente injetado* é um crédito igual aos kWh injetados na rede multiplicados por {fmt(SOLAR_BUYBACK_NEW)} €/kWh (desde 1 de outubro de 2026; antes {fmt(SOLAR_BUYBACK_OLD)} €/kWh). Não tem IVA para particulares.",
 f"For Alvorada Casa Solar customers, the *Exported surplus* line is a credit of kWh exported times {fmt(SOLAR_BUYBACK_NEW)} €/kWh (since 1 October 2026; previously {fmt(SOLAR_BUYBACK_OLD)} €/kWh). No VAT for households."),
("compensacoes","Compensações de qualidade de serviço","Quality of service compensation",
 "Compensações automáticas por interrupções longas ou visitas falhadas aparecem como crédito com a referência da ocorrência. A visita falhada dá 20,00 € de compensação.",
 "Automatic compensation for long interruptions or missed visits appears as a credit with the incident reference. A missed visit gives 20,00 €."),
]

def invoice_pages():
    for s, tpt, ten, bpt, ben in INVOICE:
        bpt = bpt + related("pt", "") + "\n- *Como ler a sua fatura de eletricidade*"
        ben = ben + related("en", "") + "\n- *How to read your electricity bill*"
        b = bpt + "\n\n## Onde encontrar na fatura\n\nEsta linha aparece no quadro *Detalhe da fatura*, na segunda página. " + R.choice(["Valores em euros, com quatro casas decimais nos preços unitários e duas no total.", "Os valores negativos são créditos a seu favor.", "Para uma visão geral veja *Como ler a sua fatura de eletricidade*."]) + "\n\n" + R.choice(RELATED_PT).format(p=PHONE, pe=PHONE_EMP)
        write(f"fatura-linha-{s}.md", f"Linha da fatura: {tpt.lower() if tpt[0].isupper() and s not in ('iec','taxa-dgeg','desconto-dd','iva') else tpt}", "2026-01-02" if s not in ("desconto-dd", "excedente") else (DD_DATE if s == "desconto-dd" else SOLAR_BUYBACK_DATE), b)
        b = ben + "\n\n## Where to find it\n\nThis line appears in the *Bill detail* table on page two. " + R.choice(["Unit prices use four decimals; totals use two.", "Negative amounts are credits.", "See *How to read your electricity bill* for an overview."]) + "\n\n" + R.choice(RELATED_EN).format(p=PHONE, pe=PHONE_EMP)
        write(f"bill-line-{s}-en.md", f"Bill line explained: {ten}", "2026-01-02" if s not in ("desconto-dd", "excedente") else (DD_DATE if s == "desconto-dd" else SOLAR_BUYBACK_DATE), b)

PRODUCTS = [
 # kind, name, lang, specs dict, price
 ("bomba", "Termolis AquaPlus 200", "pt", {"Depósito": "200 L", "COP": "3,6", "Potência elétrica": "0,5 kW", "Nível sonoro": "48 dB(A)"}, "2 190 €"),
 ("bomba", "Termolis AquaPlus 270", "pt", {"Depósito": "270 L", "COP": "3,8", "Potência elétrica": "0,6 kW", "Nível sonoro": "49 dB(A)"}, "2 590 €"),
 ("bomba", "Termolis Split 8", "pt", {"Potência térmica": "8 kW", "SCOP": "4,4", "Classe": "A+++", "Nível sonoro": "52 dB(A)"}, "6 900 €"),
 ("bomba", "Termolis Split 12", "en", {"Heating output": "12 kW", "SCOP": "4.3", "Class": "A+++", "Noise": "55 dB(A)"}, "8 450 €"),
 ("bomba", "Termolis Monobloc 6", "en", {"Heating output": "6 kW", "SCOP": "4.5", "Class": "A+++", "Noise": "50 dB(A)"}, "5 980 €"),
 ("bomba", "Termolis Monobloc 10", "pt", {"Potência térmica": "10 kW", "SCOP": "4,4", "Classe": "A+++", "Nível sonoro": "53 dB(A)"}, "7 650 €"),
 ("bomba", "Caldera Hybrid 16", "en", {"Heating output": "16 kW", "SCOP": "4.1", "Class": "A++", "Noise": "57 dB(A)"}, "10 900 €"),
 ("bomba", "AquaPlus Compact 110", "pt", {"Depósito": "110 L", "COP": "3,2", "Potência elétrica": "0,35 kW", "Nível sonoro": "45 dB(A)"}, "1 640 €"),
 ("solar", "Kit Solar Casa 4", "pt", {"Painéis": "4 × 455 W", "Potência pico": "1,82 kWp", "Inversor": "2 kW monofásico", "Produção anual estimada": "2 650 kWh"}, "2 890 €"),
 ("solar", "Kit Solar Casa 6", "pt", {"Painéis": "6 × 455 W", "Potência pico": "2,73 kWp", "Inversor": "3 kW monofásico", "Produção anual estimada": "3 980 kWh"}, "3 790 €"),
 ("solar", "Kit Solar Casa 8", "pt", {"Painéis": "8 × 455 W", "Potência pico": "3,64 kWp", "Inversor": "3,6 kW monofásico", "Produção anual estimada": "5 300 kWh"}, "4 690 €"),
 ("solar", "Kit Solar Casa 12", "en", {"Panels": "12 × 455 W", "Peak power": "5.46 kWp", "Inverter": "5 kW single-phase", "Estimated yearly output": "7 950 kWh"}, "6 490 €"),
 ("solar", "Kit Solar Casa 16 Trifásico", "en", {"Panels": "16 × 455 W", "Peak power": "7.28 kWp", "Inverter": "8 kW three-phase", "Estimated yearly output": "10 600 kWh"}, "8 390 €"),
 ("solar", "Kit Solar Varanda 800", "pt", {"Painéis": "2 × 410 W", "Potência pico": "0,82 kWp", "Microinversor": "800 W", "Produção anual estimada": "1 150 kWh"}, "890 €"),
 ("solar", "Kit Solar Negócio 24", "pt", {"Painéis": "24 × 455 W", "Potência pico": "10,92 kWp", "Inversor": "10 kW trifásico", "Produção anual estimada": "15 900 kWh"}, "11 900 €"),
 ("bateria", "Bateria Alvorada Store 5", "pt", {"Capacidade útil": "5,1 kWh", "Potência de descarga": "2,5 kW", "Ciclos garantidos": "6 000", "Garantia": "10 anos"}, "3 290 €"),
 ("bateria", "Bateria Alvorada Store 10", "en", {"Usable capacity": "10.2 kWh", "Discharge power": "5 kW", "Guaranteed cycles": "6 000", "Warranty": "10 years"}, "5 890 €"),
 ("bateria", "Bateria Alvorada Store 15", "pt", {"Capacidade útil": "15,3 kWh", "Potência de descarga": "7,5 kW", "Ciclos garantidos": "6 000", "Garantia": "10 anos"}, "8 190 €"),
 ("carregador", "Carregador Alvorada WallBox 7", "pt", {"Potência": "7,4 kW monofásico", "Conector": "Tipo 2 (cabo 5 m)", "Gestão dinâmica de carga": "sim", "Garantia": "3 anos"}, "749 €"),
 ("carregador", "Carregador Alvorada WallBox 11", "en", {"Power": "11 kW three-phase", "Connector": "Type 2 (5 m cable)", "Dynamic load management": "yes", "Warranty": "3 years"}, "899 €"),
 ("carregador", "Carregador Alvorada WallBox 22", "pt", {"Potência": "22 kW trifásico", "Conector": "Tomada Tipo 2", "Gestão dinâmica de carga": "sim", "Garantia": "3 anos"}, "1 190 €"),
 ("carregador", "Carregador Alvorada WallBox 7 Solar", "en", {"Power": "7.4 kW single-phase", "Connector": "Type 2 (7 m cable)", "Solar surplus mode": "yes", "Warranty": "3 years"}, "949 €"),
 ("carregador", "Carregador Alvorada Portátil 3,7", "pt", {"Potência": "3,7 kW", "Conector": "Schuko/Tipo 2", "Gestão dinâmica de carga": "não", "Garantia": "2 anos"}, "389 €"),
]
INSTALL = {"bomba": ("instalação standard incluída", "standard installation included"), "solar": ("instalação e registo na DGEG incluídos", "installation and DGEG registration included"), "bateria": ("instalação: 390 €", "installation: 390 €"), "carregador": ("instalação standard: 350 € (10% de desconto para clientes Carga+)", "standard installation: 350 € (10% off for Carga+ customers)")}
KIND_PT = {"bomba": "bomba de calor", "solar": "kit solar fotovoltaico", "bateria": "bateria doméstica", "carregador": "carregador para veículo elétrico"}
KIND_EN = {"bomba": "heat pump", "solar": "solar PV kit", "bateria": "home battery", "carregador": "EV charger"}

def product_pages():
    for kind, name, lang, specs, price in PRODUCTS:
        fin = R.choice([12, 24, 36])
        if lang == "pt":
            body = f"O **{name}** é um(a) {KIND_PT[kind]} vendido(a) e instalado(a) pela Alvorada Energia.\n\n## Características\n\n| Característica | Valor |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in specs.items()) + f"\n\n## Preço\n\n**{price}** (IVA incluído), {INSTALL[kind][0]}. Pagamento a pronto ou em até {fin} prestações sem juros na fatura de eletricidade, para clientes Alvorada com débito direto.\n\n"
            body += R.choice(["## Garantia e assistência\n\nAssistência técnica em todo o continente, com visita em até 5 dias úteis.", "## Como comprar\n\nPeça uma visita técnica gratuita em alvorada.pt/solucoes ou numa loja com o serviço disponível.", "## Antes de comprar\n\nA equipa técnica confirma no local as condições de instalação e a potência contratada necessária."]) + "\n"
            write(f"produto-{slug(name)}.md", name, R.choice(["2026-02-16", "2026-03-30", "2026-04-21", "2026-05-12"]), body)
        else:
            body = f"**{name}** is a {KIND_EN[kind]} sold and installed by Alvorada Energia.\n\n## Specifications\n\n| Spec | Value |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in specs.items()) + f"\n\n## Price\n\n**{price}** (VAT included), {INSTALL[kind][1]}. Pay upfront or in up to {fin} interest-free instalments on your electricity bill (Alvorada customers with direct debit).\n\n"
            body += R.choice(["## Warranty and service\n\nTechnical support across mainland Portugal, with a visit within 5 working days.", "## How to buy\n\nBook a free technical visit at alvorada.pt/solucoes or in a store offering this service."]) + "\n"
            write(f"product-{slug(name)}-en.md", name, R.choice(["2026-02-16", "2026-03-30", "2026-04-21", "2026-05-12"]), body)

def run():
    help_pages(); faq_pages(); invoice_pages(); product_pages()

# CRM call summary scenarios (invented). raw = what staff paste; the rest = the summary content.
CALLS = [
 dict(date="2026-03-04", agent="T. Okoro", channel="Inbound call", lang="Spanish", member="Rosa Ibarra", mid="KV-30411902", plan="Kestrel Value HMO", caller="Member",
      style="transcript_es",
      raw="""Agente: Gracias por llamar, habla Tomás. ¿En qué le ayudo?
Miembro: Hola, fui a la farmacia Harbor Drug en Riverton por mi Glucarin XR y me cobraron $45, pero el mes pasado pagué $12.
Agente: Déjeme revisar... Veo que el 1 de marzo Glucarin XR pasó del nivel 2 al nivel 3 en su plan Kestrel Value HMO. Por eso el copago ahora es $45.
Miembro: Nadie me avisó. No puedo pagar eso cada mes.
Agente: Entiendo. Hay un genérico, glucarin ER, que está en nivel 1 y cuesta $5. Puedo mandarle un mensaje a su doctora, la Dra. Lindahl, para preguntar si puede cambiarlo.
Miembro: Sí, por favor. Y quiero saber por qué no me llegó la carta.
Agente: Veo que la carta se mandó a una dirección vieja, 18 Birch Ln. ¿Sigue viviendo ahí?
Miembro: No, ahora vivo en 402 Alder St, Riverton.
Agente: Ya la actualicé. Le mando la solicitud a la Dra. Lindahl hoy.""",
      code="RX", summary="Member was charged a $45 copay for Glucarin XR after it moved from Tier 2 to Tier 3 on March 1. Agent requested a switch to the Tier 1 generic and updated the member's address.",
      details=["Glucarin XR moved from Tier 2 to Tier 3 on March 1; copay went from $12 to $45.", "Member did not receive the tier-change letter; it was mailed to an old address (18 Birch Ln).", "Generic glucarin ER is Tier 1 ($5 copay).", "Member is upset about the cost and asked why she was not notified."],
      actions=["Updated mailing address to 402 Alder St, Riverton.", "Sent a request to Dr. Patel asking her to consider switching to glucarin ER."],
      followup="Pharmacy team — confirm Dr. Patel's response and call member — due 2026-03-06", status="Open – pending follow-up", sentiment="Frustrated"),
 dict(date="2026-01-15", agent="J. Whitcomb", channel="Inbound call", lang="English", member="Darnell Hughes", mid="HG-77204418", plan="Harbor Gold PPO", caller="Member",
      style="notes",
      raw="""mbr lost wallet w/ ID card. wants new card mailed + digital. verified DOB/addr. showed him how to open digital card in app, worked. ordered replacement card, 7-10 days. asked if he needs new member #—no, same #. done""",
      code="ELG", summary="Member lost his ID card. Agent ordered a replacement and helped him open the digital card in the app.",
      details=["Identity verified with date of birth and address.", "Member asked whether his member number would change; it will not."],
      actions=["Ordered a replacement ID card (arrives in 7–10 days).", "Walked member through opening the digital ID card in the app; he confirmed it works."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-02-02", agent="L. Ferris", channel="Inbound call", lang="English", member="Beatrice Olsen", mid="LS-20561123", plan="Lakeshore Silver HMO", caller="Daughter, Karen Olsen (authorized representative on file)",
      style="notes",
      raw="""caller = daughter Karen (auth rep on file, verified). mom wants to change PCP from Dr Raines (Dunmore Family Practice) to Dr. Amelia Cho at Kingsbury Internal Med bc closer to new apt. Cho accepting new pts - confirmed in directory. submitted change today 2/2 -> effective 3/1. new ID card will mail. karen asked if mom can see Cho before 3/1: told her no, keep Raines until then or call us for urgent.""",
      code="PRV", summary="Authorized representative requested a PCP change from Dr. Raines to Dr. Amelia Cho. Change submitted; effective March 1, 2026.",
      details=["Caller is the member's daughter, Karen Olsen, an authorized representative on file (verified).", "Reason: Dr. Cho's office is closer to the member's new apartment.", "Dr. Cho (Kingsbury Internal Medicine) is accepting new patients per the directory.", "Member should keep seeing Dr. Raines until March 1."],
      actions=["Submitted PCP change on 2026-02-02, effective 2026-03-01.", "New ID card will be mailed."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-04-20", agent="M. Duarte", channel="Inbound call", lang="English", member="Gregory Santos", mid="CB-55998710", plan="Cedar Basic EPO", caller="Member",
      style="transcript",
      raw="""Agent: Member services, this is Maya.
Caller: Yeah, I got a bill from Bellhaven Radiology for $1,240 for an ultrasound. I thought that was covered.
Agent: Let me pull up the claim. I see the claim from March 30 — it was denied because the radiologist's office billed with your old member ID from last year.
Caller: So it's their mistake?
Agent: It looks like a billing error. I can ask them to resubmit with your current ID, CB-55998710. Once it's reprocessed, your cost should be your $60 imaging copay.
Caller: OK, and should I pay the $1,240?
Agent: No, please don't pay it yet. I'll put a note on the claim and send a request to Bellhaven Radiology today. You should see it reprocessed within 30 days.
Caller: Fine. I've already wasted an hour on this.""",
      code="CLM", summary="Ultrasound claim from Bellhaven Radiology ($1,240) was denied because the provider billed with the member's old ID. Agent asked the provider to resubmit; expected member cost is the $60 imaging copay.",
      details=["Date of service: March 30.", "Denial reason: claim submitted with the prior year's member ID.", "Member was advised not to pay the $1,240 bill while the claim is reprocessed.", "Member is frustrated about the time spent on the issue."],
      actions=["Added a note to the claim.", "Sent a resubmission request to Bellhaven Radiology with the current ID (CB-55998710)."],
      followup="Claims team — confirm claim is reprocessed — due 2026-05-20", status="Open – pending follow-up", sentiment="Frustrated"),
 dict(date="2026-05-07", agent="S. Aquino", channel="Inbound call", lang="English", member="Naomi Feld", mid="GP-41077702", plan="Granite Plus PPO", caller="Member",
      style="bullets",
      raw="""- PA status for MRI lumbar, ordered by Dr. Sorensen 4/29
- status in system: pending, clinicals requested from office 5/1, not received
- called Summit Spine office while mbr on hold, they said faxing today
- told mbr decision within 7 cal days of receiving records
- mbr worried about appt at Northgate Imaging 5/12""",
      code="PA", summary="Member asked about a pending prior authorization for a lumbar MRI. The request is waiting for clinical records from the ordering office, which said it will fax them today.",
      details=["MRI ordered by Dr. Sorensen on 4/29.", "Clinical records were requested from Summit Spine on 5/1 and not yet received.", "Member's imaging appointment at Northgate Imaging is on 5/12.", "Member was told a decision is made within 7 calendar days after records arrive."],
      actions=["Called Summit Spine during the call; office will fax records today."],
      followup="UM intake — confirm records received and flag appointment date 5/12 — due 2026-05-08", status="Open – pending follow-up", sentiment="Worried"),
 dict(date="2026-06-11", agent="R. Blanco", channel="Inbound call", lang="Spanish", member="Jesús Carrasco", mid="WC-61730054", plan="Willow Care HMO", caller="Member",
      style="notes_es",
      raw="""miembro llama xq farmacia QuickCare Rx Eastvale rechazó resurtido de losarvin "demasiado pronto". ultimo surtido 5/28 30 dias. se va de viaje a Guadalajara 6/14 x 5 semanas. le expliqué override de vacaciones (1 vez al año, hasta 30 dias extra). llamé a la farmacia, procesaron override. puede recoger hoy despues de 3pm. muy agradecido""",
      code="RX", summary="Pharmacy rejected an early refill of losarvin as too soon. Agent arranged a one-time vacation override because the member is traveling for 5 weeks starting June 14.",
      details=["Last fill: 5/28 for a 30-day supply.", "Member travels to Guadalajara on 6/14 for 5 weeks.", "Vacation override allows one extra supply of up to 30 days per year."],
      actions=["Called QuickCare Rx (Eastvale); pharmacy processed the vacation override.", "Member can pick up today after 3 p.m."],
      followup="None", status="Resolved", sentiment="Satisfied"),
 dict(date="2026-07-23", agent="K. Lindgren", channel="Inbound call", lang="English", member="Phyllis Ward", mid="NS-90655481", plan="Northstar Senior Advantage", caller="Member",
      style="transcript",
      raw="""Agent: Northstar Senior Advantage, this is Kari.
Caller: I want to appeal. You denied my Duoventa inhaler and my doctor says I need it.
Agent: I'm sorry to hear that. I see the denial letter dated July 20 — the request was denied because step therapy wasn't met. You can appeal within 65 days of the letter. I can start the appeal by phone right now.
Caller: Yes, do that. And can it be fast? I only have a few days left of my old inhaler.
Agent: Since you're running out, I'll mark it as an expedited request. I'll also let Dr. Feld's office know so they can send a statement. An expedited appeal for a drug is decided within 72 hours once we have the doctor's statement.
Caller: Thank you, dear.""",
      code="APL", summary="Member filed an expedited appeal by phone for the denied Duoventa inhaler (step therapy not met). Member is running low on her current inhaler.",
      details=["Denial letter dated July 20; reason: step therapy not met.", "Appeal deadline: 65 days from the letter.", "Member has only a few days of her current inhaler left.", "Expedited drug appeals are decided within 72 hours after the prescriber's statement is received."],
      actions=["Opened an expedited appeal by phone.", "Notified Dr. Feld's office to send a supporting statement."],
      followup="Appeals team — obtain prescriber statement and decide within 72 hours — due 2026-07-26", status="Open – pending follow-up", sentiment="Worried"),
 dict(date="2026-08-05", agent="D. Yazdani", channel="Inbound call", lang="English", member="Tyler Brooks", mid="KV-30288016", plan="Kestrel Value HMO", caller="Member",
      style="notes",
      raw="""looking for in-network therapist who speaks ASL or works w/ ASL interpreter, evening appts. mbr is Deaf, called via relay. found 2: Dr. Lyle Fong (Riverton Counseling, ASL fluent, Tues/Thu evenings, accepting) and Maren Hollis LCSW (telehealth, uses interp). emailed list to mbr via secure msg. no referral needed for BH on his plan. mbr will call Fong""",
      code="PRV", summary="Deaf member (via relay) asked for an in-network therapist who uses ASL with evening hours. Agent found two options and sent them by secure message.",
      details=["Options: Dr. Lyle Fong, Riverton Counseling (ASL fluent, Tuesday/Thursday evenings, accepting new patients); Maren Hollis, LCSW (telehealth, works with an interpreter).", "No referral is needed for behavioral health on Kestrel Value HMO.", "Member plans to call Dr. Fong."],
      actions=["Sent the provider list by secure message."],
      followup="None", status="Resolved", sentiment="Satisfied"),
 dict(date="2026-09-09", agent="P. Nwosu", channel="Inbound call", lang="English", member="Colleen Marsh", mid="HG-77561092", plan="Harbor Gold PPO", caller="Member",
      style="notes",
      raw="""premium question. autopay failed 9/1 - bank acct closed. mbr wants to pay by card now + update autopay. took $412.60 card pmt, conf #PM-88120. updated autopay to new acct ending 4471 starting 10/1. told her no lapse, still in grace period. she wanted to know if claims during grace paid—yes, paid since pmt made.""",
      code="OTH", summary="Autopay failed on September 1 because the bank account was closed. Member paid the September premium by card and updated autopay.",
      details=["Payment of $412.60 taken by card; confirmation PM-88120.", "No coverage lapse; member was still in the grace period.", "Claims during the grace period will be paid because payment was made."],
      actions=["Processed card payment.", "Updated autopay to the new account ending 4471, starting October 1."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-10-14", agent="A. Ruiz", channel="Inbound call", lang="Spanish", member="Guadalupe Ibarra", mid="LS-20914773", plan="Lakeshore Silver HMO", caller="Member",
      style="transcript_es",
      raw="""Miembro: Llamo para quejarme. Ayer en la Clínica Stonebridge esperé dos horas y no había intérprete. Tuve que usar a mi hija de 12 años para hablar con el doctor.
Agente: Lo siento mucho, señora. Usted tiene derecho a un intérprete gratis. ¿Quiere poner una queja formal?
Miembro: Sí. No es la primera vez.
Agente: Voy a registrar una queja formal hoy. Le llegará una carta en 5 días hábiles y una respuesta en 30 días. También puedo programar un intérprete para su próxima cita.
Miembro: Mi próxima cita es el 28 de octubre a las 10.
Agente: Listo, ya pedí un intérprete en persona para el 28 de octubre a las 10 a.m.""",
      code="APL", summary="Member filed a grievance: no interpreter was provided at Stonebridge Clinic on October 13, and she had to use her 12-year-old daughter to interpret. Agent booked an interpreter for her next visit.",
      details=["Member waited two hours and no interpreter was available.", "Member says this has happened before.", "Next appointment: October 28 at 10 a.m."],
      actions=["Filed a formal grievance (acknowledgment letter within 5 business days; resolution within 30 days).", "Scheduled an in-person Spanish interpreter for October 28 at 10 a.m."],
      followup="Grievances team — investigate interpreter access at Stonebridge Clinic — due 2026-11-13", status="Open – pending follow-up", sentiment="Upset"),
 dict(date="2026-03-18", agent="B. Harlan", channel="Inbound call", lang="English", member="Jamal Peterson", mid="CB-55340091", plan="Cedar Basic EPO", caller="Member",
      style="notes",
      raw="""new baby born 3/9, wants to add. told him marketplace plan -> update marketplace app within 60 days, baby covered from birth. he asked about pediatrician — helped pick Lakeview Pediatrics Dr. Ana Ferro (accepting). will call back once baby has ID to assign PCP. congrats given lol""",
      code="ELG", summary="Member's baby was born March 9. Agent explained how to add the newborn through the Marketplace within 60 days and helped choose a pediatrician.",
      details=["Newborn is covered from birth if added within 60 days.", "Member chose Dr. Ana Ferro at Lakeview Pediatrics (accepting new patients)."],
      actions=["Explained the Marketplace update process.", "Noted pediatrician choice for PCP assignment."],
      followup="Member — call back after the baby is enrolled to assign Dr. Ferro as PCP — no due date", status="Open – pending follow-up", sentiment="Satisfied"),
 dict(date="2026-05-26", agent="E. Castro", channel="Inbound call", lang="English", member="Ingrid Solberg", mid="GP-41855260", plan="Granite Plus PPO", caller="Member",
      style="transcript",
      raw="""Caller: I got a $2,300 bill from an anesthesiologist for my surgery at Kingsbury Surgery Center. The center was in network, I checked.
Agent: Let me look. The anesthesiologist, Summit Anesthesia Group, is out of network. But because your surgery was at an in-network facility and you didn't sign a consent form, you're protected from surprise billing. You should only owe your in-network cost share.
Caller: So what do I do with the bill?
Agent: Don't pay it. I'm sending this to our billing disputes team and they'll contact Summit Anesthesia. I'll mail you a letter explaining your protections, too.
Caller: OK, good.""",
      code="CLM", summary="Member received a $2,300 balance bill from an out-of-network anesthesiologist (Summit Anesthesia Group) for surgery at an in-network center. Agent confirmed surprise billing protections apply and referred the bill for dispute.",
      details=["Surgery at Kingsbury Surgery Center (in-network).", "Member did not sign a consent form for out-of-network care.", "Member owes only the in-network cost share.", "Member was told not to pay the bill."],
      actions=["Referred the bill to the billing disputes team.", "Requested a letter to the member explaining surprise billing protections."],
      followup="Billing disputes — contact Summit Anesthesia Group — due 2026-06-09", status="Open – pending follow-up", sentiment="Calm"),
 dict(date="2026-07-02", agent="H. Moreno", channel="Inbound call", lang="Spanish", member="Ofelia Santana", mid="NS-90122867", plan="Northstar Senior Advantage", caller="Member",
      style="notes_es",
      raw="""sra santana pide transporte p/ dialisis lun-mie-vie 6am, Eastvale Kidney Center. tiene 24 viajes/año, ya usó 20. le expliqué q dialisis... viajes se acaban en 2 sem. le di tel de programa de transporte del condado (Eastvale County Rides 1-888-555-0290). agendé los 4 viajes q quedan p/ 7/6, 7/8. preocupada""",
      code="BEN", summary="Member needs rides to dialysis three times a week but has only 4 of her 24 yearly plan rides left. Agent booked the remaining rides and referred her to the county ride program.",
      details=["Dialysis at Eastvale Kidney Center, Monday/Wednesday/Friday at 6 a.m.", "Member has used 20 of 24 one-way trips for the year.", "Member is worried about getting to dialysis after the plan rides run out."],
      actions=["Booked the 4 remaining trips (round trips on 7/6 and 7/8).", "Gave the Eastvale County Rides number: 1-888-555-0290."],
      followup="Case management — review member for additional transportation support — due 2026-07-07", status="Open – pending follow-up", sentiment="Worried"),
 dict(date="2026-08-18", agent="C. Pham", channel="Inbound call", lang="English", member="Victor Almeida", mid="KV-30701154", plan="Kestrel Value HMO", caller="Member",
      style="bullets",
      raw="""- mail order Tenva 90-day not arrived, ordered 8/4, tracking shows stuck in Ashford hub
- mbr has 2 days left
- arranged 7-day bridge supply at Harbor Drug Riverton, $0, ready today
- reshipping order overnight, no charge
- mbr ok with plan""",
      code="RX", summary="Member's 90-day mail-order shipment of Tenva (ordered August 4) is delayed in transit. Agent arranged a free 7-day bridge supply at a local pharmacy and an overnight reshipment.",
      details=["Tracking shows the package stuck at the Ashford hub.", "Member has 2 days of medicine left."],
      actions=["Arranged a 7-day bridge supply at Harbor Drug (Riverton) at $0, ready today.", "Requested overnight reshipment at no charge."],
      followup="Mail-order pharmacy — confirm overnight delivery — due 2026-08-20", status="Open – pending follow-up", sentiment="Calm"),
 dict(date="2026-09-28", agent="N. Abiodun", channel="Inbound call", lang="English", member="Martha Quill", mid="HG-77130289", plan="Harbor Gold PPO", caller="Member",
      style="transcript",
      raw="""Caller: Does my plan cover hearing aids? I'm 58 and my audiologist says I need two.
Agent: I checked your Harbor Gold PPO benefits. Hearing aids for adults aren't a covered benefit. The hearing test itself is covered with a $30 specialist copay.
Caller: That's disappointing. Is there any discount?
Agent: Yes, the plan has a discount program with Clearsound Hearing — members get 20% off hearing aids. I'll send you the details.
Caller: Please do.""",
      code="BEN", summary="Member asked about hearing aid coverage. Adult hearing aids are not covered on her plan; agent shared the Clearsound Hearing discount program.",
      details=["Member is 58 and was told she needs two hearing aids.", "Hearing test is covered with a $30 specialist copay.", "Clearsound Hearing discount: 20% off hearing aids."],
      actions=["Sent discount program details to the member."],
      followup="None", status="Resolved", sentiment="Disappointed"),
 dict(date="2026-10-30", agent="G. Sato", channel="Inbound call", lang="English", member="Elijah Moss", mid="LS-20633018", plan="Lakeshore Silver HMO", caller="Member",
      style="notes",
      raw="""member in Ohio visiting family through 11/20, wants video visit w/ his PCP Dr. Kaur for med refill. plan telehealth rule: member must be located in plan's state at time of visit. not covered from OH. options: PCP can refill w/o visit if stable (sent msg to Dr. Kaur office), or urgent care in OH covered as out-of-area urgent. mbr not happy.""",
      code="BEN", summary="Member is visiting Ohio through November 20 and wanted a video visit with his PCP. Telehealth is not covered when the member is outside the plan's state; agent asked the PCP's office about a refill without a visit.",
      details=["Plan rule: member must be located in the plan's state at the time of the telehealth visit.", "Urgent care in Ohio would be covered as out-of-area urgent care.", "Member is unhappy with the rule."],
      actions=["Sent a message to Dr. Kaur's office asking whether the refill can be approved without a visit."],
      followup="PCP office (Dr. Kaur) — respond about refill — due 2026-11-02", status="Open – pending follow-up", sentiment="Frustrated"),
 dict(date="2026-02-24", agent="F. Oduya", channel="Inbound call", lang="English", member="Sandra Velez", mid="CB-55107733", plan="Cedar Basic EPO", caller="Member",
      style="notes",
      raw="""mbr has new job coverage (Pinewood Mfg group plan) starting 3/1, wants to know if keep ours too. explained COB — other plan primary for her. filled out COB questionnaire by phone. she may cancel ours via marketplace; told her cancellation is through marketplace not us. she'll decide by 3/1""",
      code="ELG", summary="Member will have employer coverage starting March 1 and asked whether to keep this plan. Agent explained coordination of benefits and completed the COB questionnaire by phone.",
      details=["New employer plan: Pinewood Mfg group plan, effective 3/1.", "The employer plan would be primary.", "Cancellation of this plan must be done through the Marketplace."],
      actions=["Completed the coordination of benefits questionnaire by phone."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-04-07", agent="I. Kowal", channel="Inbound call", lang="English", member="Frank Delaney", mid="NS-90477310", plan="Northstar Senior Advantage", caller="Member",
      style="transcript",
      raw="""Caller: I paid my dentist $640 for a crown and he says he doesn't bill you people. How do I use my allowance?
Agent: You can submit a dental allowance claim with the itemized bill. Your 2026 comprehensive dental allowance is $1,000 and you haven't used any yet, so the full $640 should be reimbursed.
Caller: Where do I send it?
Agent: I'll mail you the claim form with a return envelope. Reimbursement takes about 30 days after we receive it.
Caller: Good.""",
      code="CLM", summary="Member paid $640 out of pocket for a crown at a dentist who does not bill the plan. Agent explained how to submit a dental allowance claim and mailed the form.",
      details=["2026 comprehensive dental allowance: $1,000; none used yet.", "The full $640 should be reimbursable.", "Reimbursement takes about 30 days after the claim is received."],
      actions=["Mailed a dental allowance claim form with a return envelope."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-06-29", agent="W. Tran", channel="Chat", lang="English", member="Lena Ko", mid="GP-41210984", plan="Granite Plus PPO", caller="Member",
      style="chat",
      raw="""[14:02] Lena: hi is the RSV shot covered for me, I'm 62
[14:03] Agent Wes: Hi Lena! Checking your benefits now.
[14:05] Agent Wes: RSV vaccine is covered at $0 as preventive care for members 60+ at in-network pharmacies or your doctor's office.
[14:05] Lena: can I get it at Bellhaven Pharmacy?
[14:06] Agent Wes: Yes, Bellhaven Pharmacy is in network and gives vaccines walk-in.
[14:06] Lena: perfect thx""",
      code="BEN", summary="Member asked (by chat) whether the RSV vaccine is covered. It is covered at $0 for members 60 and older; Bellhaven Pharmacy is in network and offers walk-in vaccines.",
      details=["Member is 62."],
      actions=["Confirmed coverage and in-network pharmacy."],
      followup="None", status="Resolved", sentiment="Satisfied"),
 dict(date="2026-08-27", agent="Y. Mendez", channel="Inbound call", lang="Spanish", member="Carmen Rosales", mid="WC-61299405", plan="Willow Care HMO", caller="Member",
      style="transcript_es",
      raw="""Miembro: Estoy embarazada de 10 semanas y quiero saber si cubren una doula.
Agente: ¡Felicidades! Sí, en su plan Willow Care HMO se cubren hasta 3 visitas prenatales y 3 posparto con una doula certificada de la red, más apoyo durante el parto.
Miembro: ¿Cómo encuentro una?
Agente: Le voy a mandar por correo la lista de doulas de la red en Eastvale. También la inscribí en el programa de embarazo, una enfermera la va a llamar esta semana.
Miembro: Gracias.""",
      code="BEN", summary="Pregnant member (10 weeks) asked about doula coverage. Agent confirmed coverage, mailed the in-network doula list and enrolled her in the pregnancy program.",
      details=["Willow Care HMO covers up to 3 prenatal and 3 postpartum doula visits with a certified in-network doula, plus labor support.", "A nurse from the pregnancy program will call this week."],
      actions=["Mailed the list of in-network doulas in Eastvale.", "Enrolled the member in the pregnancy program."],
      followup="Pregnancy program nurse — first outreach call — due 2026-09-03", status="Open – pending follow-up", sentiment="Satisfied"),
 dict(date="2026-10-06", agent="Z. Ellison", channel="Inbound call", lang="English", member="Howard Tate", mid="KV-30840002", plan="Kestrel Value HMO", caller="Member",
      style="notes",
      raw="""mbr angry - waited 48 min on hold yesterday, disconnected twice. wants to complain. logged grievance re: wait times. also original question: status of reimbursement claim for urgent care in Denver 8/30, $185 — found claim received 9/12, approved 10/2, check mailed 10/5. told him. still wants grievance filed.""",
      code="APL", summary="Member filed a grievance about long hold times and two dropped calls. His original question about an out-of-area urgent care reimbursement was answered: check mailed October 5.",
      details=["Member waited 48 minutes on hold yesterday and was disconnected twice.", "Reimbursement claim: urgent care in Denver on 8/30, $185; received 9/12, approved 10/2, check mailed 10/5."],
      actions=["Logged a grievance about wait times.", "Gave the member the reimbursement status."],
      followup="Grievances team — review call-center wait time complaint — due 2026-11-05", status="Open – pending follow-up", sentiment="Angry"),
 dict(date="2026-11-03", agent="Q. Barros", channel="Inbound call", lang="English", member="Agnes Whitley", mid="[CONFIRM: member ID]", plan="Northstar Senior Advantage", caller="Son, Peter Whitley (not on file as representative)",
      style="notes",
      raw="""son Peter calling about mom Agnes's denied claim for ambulance 10/12. NOT on file as rep, could not discuss claim details. explained Appointment of Rep form, mailed to mom's address. gave general appeal info (65 days). he'll have mom call w/ him on line. didnt get member ID""",
      code="APL", summary="Member's son called about a denied ambulance claim from October 12. He is not an authorized representative, so claim details were not discussed; agent mailed the Appointment of Representative form.",
      details=["Caller: Peter Whitley (son), not on file as a representative.", "General appeal information given: appeals must be filed within 65 days.", "Son plans to call back with his mother on the line."],
      actions=["Mailed the Appointment of Representative form to the member's address."],
      followup="None", status="Open – waiting for member", sentiment="Calm"),
 dict(date="2026-01-28", agent="U. Forde", channel="Inbound call", lang="English", member="Rafael Mendoza", mid="HG-77388241", plan="Harbor Gold PPO", caller="Member",
      style="bullets",
      raw="""- asked why Axopren rx rejected at pharmacy: needs PA (new for 2026)
- checked: no PA on file. doc = Dr. Ito, Port Linden Cardiology
- faxed PA request form to Dr. Ito's office
- mbr has 5 tabs left
- told him pharmacy can give 30-day transition fill since it's new restriction, called pharmacy -> done""",
      code="RX", summary="Pharmacy rejected Axopren because it requires prior authorization starting in 2026. Agent faxed a PA request form to the prescriber and arranged a 30-day transition fill.",
      details=["No prior authorization on file.", "Prescriber: Dr. Ito, Port Linden Cardiology.", "Member has 5 tablets left."],
      actions=["Faxed the PA request form to Dr. Ito's office.", "Called the pharmacy to process a 30-day transition fill."],
      followup="Pharmacy PA team — watch for Dr. Ito's request — due 2026-02-04", status="Open – pending follow-up", sentiment="Calm"),
 dict(date="2026-03-30", agent="V. Ramos", channel="Inbound call", lang="Spanish", member="Tomás Aguirre", mid="CB-55766340", plan="Cedar Basic EPO", caller="Member",
      style="mixed",
      raw="""llamó sr aguirre, wants to know why he paid $150 en urgencias (ER) at Riverton General el 3/14 if his friend paid less. explained ER copay on Cedar Basic EPO es $150 después de deducible — he met ded already so just $150. friend has different plan. sent him benefit summary en español by mail. ok""",
      code="BEN", summary="Member asked why he paid $150 for an ER visit at Riverton General on March 14. Agent explained the plan's ER cost share and mailed a Spanish benefit summary.",
      details=["Cedar Basic EPO ER cost share: $150 after the deductible; member had already met his deductible.", "Member compared his cost with a friend who has a different plan."],
      actions=["Mailed a Spanish-language benefit summary."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-05-14", agent="O. Grant", channel="Inbound call", lang="English", member="Bettina Kraus", mid="LS-20281179", plan="Lakeshore Silver HMO", caller="Member",
      style="transcript",
      raw="""Caller: My daughter's asthma inhaler, Breathex, isn't at any pharmacy. They say there's a shortage.
Agent: Yes, we've had reports of a Breathex shortage. The plan has approved a temporary substitute, brontiva HFA, at the same Tier 2 copay until the shortage ends.
Caller: Does her doctor need to do anything?
Agent: The doctor needs to send a new prescription for brontiva. I can send a message to Dr. Lowe's office for you.
Caller: Yes please, today if possible.
Agent: Done. I marked it urgent.""",
      code="RX", summary="Member's daughter cannot get her Breathex inhaler because of a shortage. Agent explained the approved substitute (brontiva HFA, same Tier 2 copay) and sent an urgent message to the prescriber.",
      details=["Substitute is available at the same Tier 2 copay until the shortage ends.", "A new prescription is needed for brontiva HFA."],
      actions=["Sent an urgent message to Dr. Lowe's office requesting a brontiva HFA prescription."],
      followup="Dr. Lowe's office — send new prescription — due 2026-05-15", status="Open – pending follow-up", sentiment="Worried"),
 # ---- validation (last 5) ----
 dict(date="2026-06-03", agent="T. Okoro", channel="Inbound call", lang="English", member="Curtis Webb", mid="GP-41566093", plan="Granite Plus PPO", caller="Member",
      style="notes",
      raw="""wants to cancel gym? no — asking re fitness reimbursement. plan gives $20/mo toward gym if 8+ visits/mo. he has Summit Fitness receipts Apr-May. told him submit form w/ attendance log by 6/30 for Q2. emailed form.""",
      code="BEN", summary="Member asked about the fitness reimbursement. Agent explained the $20 monthly benefit (8 or more visits a month) and emailed the form for the second-quarter claim.",
      details=["Member has Summit Fitness receipts for April and May.", "Second-quarter claims are due by 6/30 with an attendance log."],
      actions=["Emailed the fitness reimbursement form."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-07-16", agent="L. Ferris", channel="Inbound call", lang="Spanish", member="Alba Reyes", mid="WC-61873325", plan="Willow Care HMO", caller="Member",
      style="notes_es",
      raw="""sra reyes recibió carta de negación de resonancia de rodilla 7/10. no entiende por qué. le expliqué: faltaban notas de terapia física. su doctor puede mandar las notas y pedir de nuevo, o ella puede apelar (180 días). llamé al consultorio Dr. Ibáñez, van a mandar notas mañana. prefiere cartas en español - actualicé preferencia""",
      code="PA", summary="Member did not understand the July 10 denial of her knee MRI. Agent explained the denial was due to missing physical therapy notes; the doctor's office will resend the request with the notes.",
      details=["Member can also appeal within 180 days.", "Member prefers letters in Spanish."],
      actions=["Called Dr. Ibáñez's office; they will send the therapy notes tomorrow.", "Updated the member's language preference to Spanish."],
      followup="UM intake — watch for resubmission from Dr. Ibáñez — due 2026-07-20", status="Open – pending follow-up", sentiment="Confused"),
 dict(date="2026-09-15", agent="M. Duarte", channel="Inbound call", lang="English", member="Owen Fairbanks", mid="KV-30194470", plan="Kestrel Value HMO", caller="Member",
      style="transcript",
      raw="""Caller: I need to update my address, I moved to 77 Quarry Rd, Kingsbury.
Agent: Got it. Kingsbury is still in your plan's service area, so nothing else changes. Your PCP is in Riverton — would you like one closer?
Caller: Sure, someone near Kingsbury.
Agent: Dr. Meera Joshi at Kingsbury Family Health is accepting patients. Want her?
Caller: Yes.
Agent: Done — effective October 1. New card will come in the mail.""",
      code="ELG", summary="Member moved to 77 Quarry Rd, Kingsbury. Agent updated the address and changed his PCP to Dr. Meera Joshi, effective October 1.",
      details=["Kingsbury is within the plan's service area.", "Dr. Joshi (Kingsbury Family Health) is accepting new patients."],
      actions=["Updated address.", "Changed PCP to Dr. Meera Joshi, effective 2026-10-01; new ID card will be mailed."],
      followup="None", status="Resolved", sentiment="Calm"),
 dict(date="2026-10-21", agent="R. Blanco", channel="Inbound call", lang="English", member="Ivy Lambert", mid="HG-77702216", plan="Harbor Gold PPO", caller="Member",
      style="bullets",
      raw="""- EOB shows $0 paid for colonoscopy 9/30, billed as diagnostic not screening
- mbr is 52, no symptoms, routine screening
- doc office Port Linden GI coded it wrong per mbr (polyp removed)
- per plan, polyp removal during screening still $0
- sent claim for review/reprocessing as preventive""",
      code="CLM", summary="Member's September 30 colonoscopy was processed as diagnostic instead of screening. Agent sent the claim for reprocessing as preventive because polyp removal during a screening is still covered at $0.",
      details=["Member is 52 with no symptoms; the colonoscopy was a routine screening.", "A polyp was removed; the provider (Port Linden GI) coded the visit as diagnostic."],
      actions=["Sent the claim for review and reprocessing as preventive."],
      followup="Claims team — reprocess colonoscopy claim — due 2026-11-20", status="Open – pending follow-up", sentiment="Calm"),
 dict(date="2026-11-09", agent="S. Aquino", channel="Inbound call", lang="English", member="Nathaniel Cole", mid="LS-20459908", plan="Lakeshore Silver HMO", caller="Member",
      style="notes",
      raw="""cold symptoms 3 days, asked where to go. no fever, no SOB. suggested video visit (24/7) or urgent care Dunmore Walk-In. told ER for chest pain/trouble breathing. transferred to nurse line for triage at his request""",
      code="OTH", summary="Member with 3 days of cold symptoms asked where to get care. Agent suggested a video visit or urgent care and transferred him to the nurse line at his request.",
      details=["No fever and no shortness of breath reported.", "Member was told to go to the ER for chest pain or trouble breathing."],
      actions=["Transferred the member to the nurse line for triage."],
      followup="None", status="Resolved", sentiment="Calm"),
]

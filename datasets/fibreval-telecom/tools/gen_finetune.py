#!/usr/bin/env python3
"""Generate finetune/train.jsonl and validation.jsonl. All facts come from the user message; the entity names,
places, plans and amounts below are invented for the examples and are NOT corpus entities."""
import json, random, os

SYSTEM = ("You are Fibreval's customer-care writing assistant. Fibreval is a regional Internet, TV and mobile provider. "
          "You help agents, technicians and the network team write four kinds of text, each in its house format: "
          "(1) replies to customer emails and complaints, (2) technician visit summaries from field notes, "
          "(3) outage and maintenance notices for customers, (4) plain-language explanations of a bill or contract clause pasted into the request. "
          "Write in the language of the request (French or English; Quebec French when in French). "
          "Use only the facts given in the request: never invent prices, fees, dates, times, addresses or store hours. "
          "If a detail the text needs is missing, write a visible placeholder such as [to confirm] or [à confirmer].")

R = random.Random(7)
NAMES_EN = ["Megan Tolliver", "Raj Sandhu", "Colin Ashgrove", "Priya Menon", "Derek Holt", "Fiona Calder", "Omar Haddad", "Janet Pruitt", "Liam O'Rourke", "Kayla Brandt", "Steve Marchetti", "Dana Whitlock"]
NAMES_FR = ["Geneviève Lamarre", "Mathieu Ouellette", "Sylvie Caron", "Jean-François Dubé", "Nathalie Bergeron", "Étienne Pelletier", "Chantal Roy", "Marc-André Gagnon", "Isabelle Fortier", "Luc Thibodeau", "Annie Vachon", "Pascal Lévesque"]
AGENTS_EN = ["Tom", "Alisha", "Ben", "Carla", "Nadia"]
AGENTS_FR = ["Julie", "Maxime", "Sophie", "Karim", "Émilie"]
TOWNS = ["Maplecourt", "Dunvale", "Pinecrest Bay", "Carrow Mills", "Lac-Azur", "Saint-Hubald", "Grandmont", "Rivière-aux-Saules", "Sainte-Mélodie", "Belcourt", "Fairhaven Ridge", "Mont-Clairon"]
PLANS_NET = ["Internet 250", "Internet 40", "Internet Ultra 2", "Net Basique", "Net Turbo 800"]
PLANS_TV = ["TV Découverte", "TV Famille", "TV Max", "Télé Base"]
PLANS_MOB = ["Mobile Flex 15", "Mobile Go 8", "Mobile Max"]
GW = ["GW-5 gateway", "NB-40 router", "HX-220 gateway"]
ONT = ["ONT-2", "PX-10 terminal"]
STREETS = ["rue des Pins", "Birch Avenue", "chemin du Lac", "Orchard Road", "rang Saint-Joseph", "Cedar Lane", "rue Wilfrid", "Hillcrest Drive"]

def case(): return f"{R.randint(10, 99)}-{R.randint(100000, 999999)}"
def money(a): return f"${a:.2f}" if isinstance(a, float) else f"${a}"
def fmoney(a): return (f"{a:.2f}".replace(".", ",") if isinstance(a, float) else str(a)) + " $"
def date_en(m, d): return f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {d}"
def date_fr(m, d): return f"{d} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][m-1]}"

def ex(user, answer):
    return {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}, {"role": "assistant", "content": answer}]}

# ---------------------------------------------------------------- family 1: email replies
def email(fr):
    kind = R.choice(["overcharge", "slow", "missed", "fee", "move", "equipment", "price", "cancel"])
    name = R.choice(NAMES_FR if fr else NAMES_EN); first = name.split()[0]
    agent = R.choice(AGENTS_FR if fr else AGENTS_EN); c = case()
    town = R.choice(TOWNS); plan = R.choice(PLANS_NET)
    m = R.randint(1, 12); dd = R.randint(1, 28)
    if kind == "overcharge":
        amt = R.choice([12.5, 18.0, 24.99, 31.4]); svc = R.choice(PLANS_TV)
        cust_en = f"hi, my bill this month has {money(amt)} extra for {svc} but i cancelled that in {date_en(m, dd).split()[0]}?? fix this please"
        cust_fr = f"bonjour, ma facture a {fmoney(amt)} de trop pour {svc} alors que je l'ai annulé en {date_fr(m, dd).split()[1]}. pas content"
        facts_en = [f"cancellation of {svc} recorded on {date_en(m, dd)}", f"charge of {money(amt)} billed by mistake", f"credit of {money(amt)} applied today, shows on next bill"]
        facts_fr = [f"annulation de {svc} enregistrée le {date_fr(m, dd)}", f"{fmoney(amt)} facturés par erreur", f"crédit de {fmoney(amt)} appliqué aujourd'hui, visible sur la prochaine facture"]
        topic_en, topic_fr = f"{svc} charge on your bill", f"frais {svc} sur votre facture"
        found_en = [f"Your {svc} cancellation was recorded on {date_en(m, dd)}.", f"The {money(amt)} charge on this bill was made in error."]
        found_fr = [f"L'annulation de {svc} a bien été enregistrée le {date_fr(m, dd)}.", f"Les {fmoney(amt)} facturés sur cette facture l'ont été par erreur."]
        next_en = [f"We applied a {money(amt)} credit to your account today.", "You will see it on your next bill; no action is needed on your side."]
        next_fr = [f"Nous avons appliqué aujourd'hui un crédit de {fmoney(amt)} à votre compte.", "Il apparaîtra sur votre prochaine facture; vous n'avez rien à faire."]
    elif kind == "slow":
        sp = R.choice([40, 60, 85]); exp = R.choice([250, 500, 800])
        tech_date = (R.randint(1, 12), R.randint(1, 28)); win = R.choice(["8:00-12:00", "12:00-16:00", "13:00-17:00"])
        cust_en = f"Paying for {plan} and getting like {sp} mbps in the evenings. Been 2 weeks. {town}."
        cust_fr = f"je paye pour {plan} pis j'ai genre {sp} mbps le soir depuis 2 semaines. {town}"
        facts_en = [f"line test shows signal fine", f"gateway firmware outdated", f"tech booked {date_en(*tech_date)} {win}", "no charge if problem on our side"]
        facts_fr = ["test de ligne : signal correct", "micrologiciel de la passerelle pas à jour", f"technicien réservé le {date_fr(*tech_date)} entre {win.replace(':00', ' h')}", "aucuns frais si le problème vient de chez nous"]
        topic_en, topic_fr = "slow speeds", "vitesse lente"
        found_en = ["Our line test shows the fibre signal to your home is normal.", "Your gateway's firmware is out of date, which can reduce Wi-Fi speeds in the evening."]
        found_fr = ["Notre test de ligne montre que le signal de fibre jusqu'à votre domicile est normal.", "Le micrologiciel de votre passerelle n'est pas à jour, ce qui peut réduire la vitesse du Wi-Fi le soir."]
        next_en = [f"A technician will visit on {date_en(*tech_date)} between {win}.", "There is no charge for the visit if the problem is on our side."]
        next_fr = [f"Un technicien passera le {date_fr(*tech_date)} entre {win.replace(':00', ' h')}.", "La visite est gratuite si le problème vient de notre côté."]
    elif kind == "missed":
        cred = R.choice([25, 30, 40]); nd = (R.randint(1, 12), R.randint(1, 28))
        cust_en = "took the day off work and your tech never showed up. nobody called. unacceptable"
        cust_fr = "j'ai pris congé pour rien, votre technicien est jamais venu et personne m'a appelé"
        facts_en = ["tech was delayed by emergency repair, customer not notified - our fault", f"goodwill credit {money(cred)}", f"new appointment {date_en(*nd)}, first slot 8-10"]
        facts_fr = ["technicien retardé par une réparation d'urgence, client pas avisé — notre erreur", f"crédit de courtoisie {fmoney(cred)}", f"nouveau rendez-vous le {date_fr(*nd)}, première plage 8 h-10 h"]
        topic_en, topic_fr = "missed technician appointment", "rendez-vous de technicien manqué"
        found_en = ["Your technician was pulled onto an emergency repair and we did not call you to warn you. That was our mistake."]
        found_fr = ["Votre technicien a été appelé sur une réparation d'urgence et nous ne vous avons pas prévenu. C'est notre erreur."]
        next_en = [f"We added a {money(cred)} goodwill credit to your account.", f"Your new appointment is {date_en(*nd)}, in the first slot of the day (8:00-10:00)."]
        next_fr = [f"Nous avons ajouté un crédit de courtoisie de {fmoney(cred)} à votre compte.", f"Votre nouveau rendez-vous est le {date_fr(*nd)}, dans la première plage de la journée (8 h-10 h)."]
    elif kind == "fee":
        fee = R.choice([12, 17, 22]); paid = (R.randint(1, 12), R.randint(1, 28))
        cust_en = f"why was I charged a {money(fee)} late fee, I paid on {date_en(*paid)}"
        cust_fr = f"pourquoi j'ai des frais de retard de {fmoney(fee)}?? j'ai payé le {date_fr(*paid)}"
        facts_en = [f"payment received {date_en(*paid)} but after the grace period", f"late fee {money(fee)} correct per policy", "first late fee in 3 years -> reversed once as courtesy", "suggest pre-authorized payment"]
        facts_fr = [f"paiement reçu le {date_fr(*paid)}, après le délai de grâce", f"frais de retard de {fmoney(fee)} conformes", "premiers frais en 3 ans -> annulés une fois par courtoisie", "suggérer le paiement préautorisé"]
        topic_en, topic_fr = "late payment fee", "frais de retard"
        found_en = [f"Your payment arrived on {date_en(*paid)}, after the grace period, so the {money(fee)} fee was applied according to our policy.", "This is the first late fee on your account in three years."]
        found_fr = [f"Votre paiement est arrivé le {date_fr(*paid)}, après le délai de grâce; les frais de {fmoney(fee)} ont donc été appliqués selon notre politique.", "C'est la première fois en trois ans que des frais de retard sont portés à votre compte."]
        next_en = [f"As a one-time courtesy, we reversed the {money(fee)} fee.", "To avoid this in future, you can set up pre-authorized payment in your online account."]
        next_fr = [f"Par courtoisie, et exceptionnellement, nous avons annulé les frais de {fmoney(fee)}.", "Pour éviter la situation, vous pouvez activer le paiement préautorisé dans votre compte en ligne."]
    elif kind == "move":
        fee = R.choice([39, 45, 59]); nd = (R.randint(1, 12), R.randint(1, 28)); t2 = R.choice(TOWNS)
        cust_en = f"moving to {t2} on {date_en(*nd)}, can I keep my internet? how much?"
        cust_fr = f"je déménage à {t2} le {date_fr(*nd)}, je peux garder mon internet? ça coûte combien"
        facts_en = [f"{plan} available at new address in {t2}", f"transfer fee {money(fee)}", f"install booked {date_en(*nd)}", "bring your gateway"]
        facts_fr = [f"{plan} offert à la nouvelle adresse à {t2}", f"frais de transfert {fmoney(fee)}", f"installation réservée le {date_fr(*nd)}", "apporter la passerelle"]
        topic_en, topic_fr = "moving your service", "déménagement de vos services"
        found_en = [f"{plan} is available at your new address in {t2}.", f"The service transfer fee is {money(fee)}."]
        found_fr = [f"{plan} est offert à votre nouvelle adresse à {t2}.", f"Les frais de transfert de service sont de {fmoney(fee)}."]
        next_en = [f"We booked the installation at your new home for {date_en(*nd)}.", "Please bring your gateway with you; the technician will connect it."]
        next_fr = [f"Nous avons réservé l'installation à votre nouveau domicile le {date_fr(*nd)}.", "Apportez votre passerelle; le technicien la branchera."]
    elif kind == "equipment":
        amt = R.choice([140, 175, 210]); rd = (R.randint(1, 12), R.randint(1, 28)); g = R.choice(GW)
        cust_en = f"got charged {money(amt)} for not returning my {g.split()[0]} but I dropped it off at the store!!"
        cust_fr = f"on m'a chargé {fmoney(amt)} pour le {g.split()[0]} pas retourné mais je l'ai rapporté au magasin!!"
        facts_en = [f"store scan found: {g} received {date_en(*rd)}", "receipt not linked to account (store error)", f"{money(amt)} charge reversed", "refund to card in 5-7 business days"]
        facts_fr = [f"le magasin a reçu le {g} le {date_fr(*rd)}", "reçu pas relié au compte (erreur du magasin)", f"frais de {fmoney(amt)} annulés", "remboursement sur la carte en 5 à 7 jours ouvrables"]
        topic_en, topic_fr = "unreturned equipment charge", "frais d'équipement non retourné"
        found_en = [f"The store received your {g} on {date_en(*rd)}.", "The return was not linked to your account because of a store error."]
        found_fr = [f"Le magasin a bien reçu votre {g} le {date_fr(*rd)}.", "Le retour n'a pas été relié à votre compte à cause d'une erreur du magasin."]
        next_en = [f"We reversed the {money(amt)} charge.", "The refund will reach your card within 5 to 7 business days."]
        next_fr = [f"Nous avons annulé les frais de {fmoney(amt)}.", "Le remboursement paraîtra sur votre carte d'ici 5 à 7 jours ouvrables."]
    elif kind == "price":
        old = R.choice([60, 65, 72]); new = old + R.choice([3, 4, 5]); eff = (R.randint(1, 12), 1)
        cust_en = f"my {plan} went from {money(old)} to {money(new)}, nobody told me"
        cust_fr = f"mon {plan} est passé de {fmoney(old)} à {fmoney(new)}, personne m'a averti"
        facts_en = [f"notice emailed 45 days before, effective {date_en(*eff)}", f"{plan} {money(old)} -> {money(new)}", "customer can switch to Internet 40 at $49 or keep plan", "no penalty to cancel month-to-month"]
        facts_fr = [f"avis envoyé par courriel 45 jours avant, en vigueur le {date_fr(*eff)}", f"{plan} {fmoney(old)} -> {fmoney(new)}", "peut passer à Internet 40 à 49 $ ou garder son forfait", "aucune pénalité pour annuler un service au mois"]
        topic_en, topic_fr = f"{plan} price change", f"changement de prix {plan}"
        found_en = [f"The price of {plan} changed from {money(old)} to {money(new)} on {date_en(*eff)}.", "A notice was emailed to you 45 days before the change."]
        found_fr = [f"Le prix de {plan} est passé de {fmoney(old)} à {fmoney(new)} le {date_fr(*eff)}.", "Un avis vous a été envoyé par courriel 45 jours avant le changement."]
        next_en = ["If you prefer a lower price, you can switch to Internet 40 at $49 per month.", "Your service is month-to-month, so you can also cancel without a penalty."]
        next_fr = ["Si vous préférez un prix plus bas, vous pouvez passer à Internet 40 à 49 $ par mois.", "Votre service est au mois; vous pouvez aussi l'annuler sans pénalité."]
    else:  # cancel
        rem = R.choice([4, 7, 10]); per = R.choice([10, 12]); tot = rem * per
        cust_en = f"want to cancel everything. what will it cost me? contract ends in {rem} months"
        cust_fr = f"je veux tout annuler, ça va me coûter quoi? il reste {rem} mois à mon contrat"
        facts_en = [f"{rem} months left on agreement", f"early termination {money(per)}/month remaining = {money(tot)}", "equipment back within 30 days", "offer: retention discount $10/month for 12 months"]
        facts_fr = [f"{rem} mois restants à l'entente", f"résiliation anticipée {fmoney(per)}/mois restant = {fmoney(tot)}", "équipement à retourner dans les 30 jours", "offre : rabais de fidélité de 10 $/mois pendant 12 mois"]
        topic_en, topic_fr = "cancelling your services", "annulation de vos services"
        found_en = [f"Your agreement has {rem} months left.", f"The early termination fee is {money(per)} per remaining month, so {money(tot)} in total."]
        found_fr = [f"Il reste {rem} mois à votre entente.", f"Les frais de résiliation anticipée sont de {fmoney(per)} par mois restant, soit {fmoney(tot)} au total."]
        next_en = ["If you still want to cancel, reply to confirm the date; equipment must be returned within 30 days.", "Before you decide: we can offer a $10/month discount for 12 months if you stay."]
        next_fr = ["Si vous voulez toujours annuler, répondez avec la date souhaitée; l'équipement doit être retourné dans les 30 jours.", "Avant de décider : nous pouvons vous offrir un rabais de 10 $ par mois pendant 12 mois si vous restez."]
    style = R.randrange(5)
    facts = facts_fr if fr else facts_en; cust = cust_fr if fr else cust_en
    if fr:
        user = [f"Réponds à ce courriel de {name} (dossier {c}) :\n\"{cust}\"\nInfos : " + "; ".join(facts) + f". Signé {agent}.",
                f"courriel client {name}, dossier {c}\n> {cust}\nce qu'on a trouvé:\n" + "\n".join("- " + f for f in facts) + f"\nrépondre au nom de {agent} svp",
                f"Peux-tu rédiger une réponse pour {name}? Dossier {c}. Message du client : {cust}. Détails : " + ", ".join(facts) + f". Agent : {agent}",
                f"reponse courriel svp. client: {name} / dossier {c} / agent {agent}\nplainte: {cust}\nnotes: " + " | ".join(facts),
                f"J'ai besoin d'une réponse au client {name} ({c}). Il écrit : « {cust} ». À inclure : " + "; ".join(facts) + f". Signe {agent}, merci."][style]
        ack = R.choice([f"Merci de nous avoir écrit, et désolés pour les inconvénients.", "Merci pour votre message. Je comprends votre frustration.", "Merci de votre patience, et toutes nos excuses pour cette situation."])
        ans = (f"Objet : Re : {topic_fr[0].upper() + topic_fr[1:]} [Dossier {c}]\n\nBonjour {first},\n\n{ack}\n\n**Ce que nous avons constaté**\n" + "\n".join("- " + x for x in found_fr)
               + "\n\n**Prochaines étapes**\n" + "\n".join(f"{i+1}. {x}" for i, x in enumerate(next_fr))
               + f"\n\nSi vous avez d'autres questions, répondez simplement à ce courriel en mentionnant votre numéro de dossier.\n\nCordialement,\n{agent}\nService à la clientèle Fibreval | Dossier {c}")
    else:
        user = [f"Reply to this email from {name} (case {c}):\n\"{cust}\"\nInfo: " + "; ".join(facts) + f". Sign as {agent}.",
                f"customer email - {name}, case {c}\n> {cust}\nwhat we found:\n" + "\n".join("- " + f for f in facts) + f"\nreply as {agent} pls",
                f"Can you draft a reply to {name}? Case {c}. Their message: {cust}. Details: " + ", ".join(facts) + f". Agent: {agent}",
                f"email reply plz. cust: {name} / case {c} / agent {agent}\ncomplaint: {cust}\nnotes: " + " | ".join(facts),
                f"Need a response for {name} ({c}). They wrote: \"{cust}\". Include: " + "; ".join(facts) + f". Sign {agent}, thanks."][style]
        ack = R.choice(["Thank you for writing to us, and I'm sorry for the trouble.", "Thanks for your message. I understand how frustrating this is.", "Thank you for your patience, and my apologies for this situation."])
        ans = (f"Subject: Re: {topic_en[0].upper() + topic_en[1:]} [Case {c}]\n\nHello {first},\n\n{ack}\n\n**What we found**\n" + "\n".join("- " + x for x in found_en)
               + "\n\n**What happens next**\n" + "\n".join(f"{i+1}. {x}" for i, x in enumerate(next_en))
               + f"\n\nIf you have any other questions, just reply to this email and keep your case number in the subject line.\n\nKind regards,\n{agent}\nFibreval Customer Care | Case {c}")
    return ex(user, ans)

# ---------------------------------------------------------------- family 2: technician visit summaries
def visit(fr):
    wo = f"WO-{R.randint(200000, 999999)}"; tech = R.choice(["P. Morin", "K. Singh", "D. Tremblay", "A. Novak", "R. Cloutier"])
    addr = f"{R.randint(3, 2400)} {R.choice(STREETS)}, {R.choice(TOWNS)}"
    m, dd = R.randint(1, 12), R.randint(1, 28)
    kind = R.choice(["dirty", "gw", "drop", "wifi", "tv", "custcause"])
    g = R.choice(GW); o = R.choice(ONT); sn_old = f"SN{R.randint(10**7, 10**8-1)}"; sn_new = f"SN{R.randint(10**7, 10**8-1)}"
    before, after = R.choice([-27.9, -29.4, -31.2]), R.choice([-18.6, -19.3, -20.1])
    spd = R.choice([(48, 12), (95, 20), (310, 48), (880, 470)])
    fee = R.choice([70, 80, 90])
    if kind == "dirty":
        notes_en = ["cust: intermittent drops evenings", f"{o} LOS blinking at times", f"optical {before} dBm at ONT", "cleaned + replaced patch cord at wall plate", f"after: {after} dBm", f"speedtest wired {spd[0]}/{spd[1]}", "cust ok"]
        notes_fr = ["client : coupures le soir", f"LOS du {o} clignote par moments", f"puissance optique {before} dBm", "nettoyé + remplacé cordon à la prise murale", f"après : {after} dBm", f"test de vitesse filaire {spd[0]}/{spd[1]}", "client satisfait"]
        rep = ("Intermittent Internet drops in the evening.", "Coupures Internet intermittentes le soir.")
        find = (f"The {o} loss-of-signal light was blinking at times. Optical power at the terminal was {before} dBm, too low.", f"Le voyant de perte de signal du {o} clignotait par moments. Puissance optique mesurée : {before} dBm, trop faible.")
        work = (f"Cleaned the connectors and replaced the patch cord at the wall plate.", "Nettoyage des connecteurs et remplacement du cordon à la prise murale.")
        eq = ("None installed or removed.", "Aucun équipement installé ni retiré.")
        rd = (f"Optical power after repair: {after} dBm. Wired speed test: {spd[0]} Mbps down / {spd[1]} Mbps up.", f"Puissance optique après réparation : {after} dBm. Test filaire : {spd[0]} Mbit/s / {spd[1]} Mbit/s.")
        fu = ("None. Customer satisfied.", "Aucun. Client satisfait."); st = ("RESOLVED", "RÉSOLU")
    elif kind == "gw":
        notes_en = [f"{g} dead, no power light w/ known good adapter", f"swapped {g}: out {sn_old} in {sn_new}", "restored wifi name/pass from cust", f"speed {spd[0]}/{spd[1]} wired", "no charge, hardware failure"]
        notes_fr = [f"{g} mort, aucun voyant même avec un autre adaptateur", f"remplacé {g} : retiré {sn_old}, installé {sn_new}", "remis nom/mot de passe wifi du client", f"vitesse {spd[0]}/{spd[1]} filaire", "aucuns frais, bris matériel"]
        rep = ("No Internet; gateway would not power on.", "Aucun Internet; la passerelle ne s'allume plus.")
        find = (f"The {g} showed no power light, even with a known-good power adapter. Hardware failure.", f"Le {g} n'affichait aucun voyant, même avec un adaptateur fonctionnel. Bris matériel.")
        work = ("Replaced the gateway and restored the customer's Wi-Fi name and password.", "Remplacement de la passerelle; nom et mot de passe Wi-Fi du client remis en place.")
        eq = (f"Installed: {g} {sn_new}. Removed: {g} {sn_old}.", f"Installé : {g} {sn_new}. Retiré : {g} {sn_old}.")
        rd = (f"Wired speed test: {spd[0]} Mbps down / {spd[1]} Mbps up.", f"Test filaire : {spd[0]} Mbit/s / {spd[1]} Mbit/s.")
        fu = ("No charge: hardware failure.", "Aucuns frais : bris matériel."); st = ("RESOLVED", "RÉSOLU")
    elif kind == "drop":
        nd = (R.randint(1, 12), R.randint(1, 28))
        notes_en = ["no service since storm", "aerial drop torn at pole", "needs bucket truck, cant do today", f"temp: none", f"line crew booked {date_en(*nd)}", "cust informed, gave case #"]
        notes_fr = ["pas de service depuis la tempête", "branchement aérien arraché au poteau", "besoin d'un camion-nacelle, impossible aujourd'hui", f"équipe de ligne réservée le {date_fr(*nd)}", "client avisé, numéro de dossier donné"]
        rep = ("No service since the storm.", "Aucun service depuis la tempête.")
        find = ("The aerial fibre drop is torn at the pole.", "Le branchement aérien de fibre est arraché au poteau.")
        work = ("None possible today: the repair needs a bucket truck.", "Aucun travail possible aujourd'hui : la réparation exige un camion-nacelle.")
        eq = ("None.", "Aucun.")
        rd = ("Not taken (no signal).", "Non prises (aucun signal).")
        fu = (f"Line crew booked for {date_en(*nd)}. Customer informed and given the case number.", f"Équipe de ligne réservée pour le {date_fr(*nd)}. Client avisé; numéro de dossier remis.")
        st = ("FOLLOW-UP REQUIRED", "SUIVI REQUIS")
    elif kind == "wifi":
        notes_en = ["slow wifi upstairs", f"{g} in basement utility room", "wired fine " + f"{spd[0]}/{spd[1]}", "moved gw to main floor, added mesh ext", "upstairs now ~" + str(int(spd[0] * 0.6)), "showed cust app"]
        notes_fr = ["wifi lent à l'étage", f"{g} au sous-sol dans la salle mécanique", f"filaire ok {spd[0]}/{spd[1]}", "déplacé la passerelle au rez-de-chaussée + ajouté un relais maillé", "étage maintenant ~" + str(int(spd[0] * 0.6)), "montré l'appli au client"]
        rep = ("Slow Wi-Fi upstairs.", "Wi-Fi lent à l'étage.")
        find = (f"The {g} was in the basement utility room. Wired speed was normal ({spd[0]}/{spd[1]} Mbps).", f"Le {g} était au sous-sol, dans la salle mécanique. Vitesse filaire normale ({spd[0]}/{spd[1]} Mbit/s).")
        work = ("Moved the gateway to the main floor and added a mesh extender. Showed the customer the app.", "Passerelle déplacée au rez-de-chaussée et ajout d'un relais maillé. Application montrée au client.")
        eq = ("Installed: 1 mesh extender.", "Installé : 1 relais maillé.")
        rd = (f"Wi-Fi upstairs after the change: about {int(spd[0] * 0.6)} Mbps.", f"Wi-Fi à l'étage après le changement : environ {int(spd[0] * 0.6)} Mbit/s.")
        fu = ("None.", "Aucun."); st = ("RESOLVED", "RÉSOLU")
    elif kind == "tv":
        notes_en = ["tv box error on all channels", "hdmi loose + box firmware stuck", "reseated hdmi, forced firmware reload", "all channels ok, remote re-paired"]
        notes_fr = ["erreur sur toutes les chaînes", "hdmi mal branché + micrologiciel bloqué", "rebranché hdmi, forcé le rechargement du micrologiciel", "toutes les chaînes ok, télécommande rejumelée"]
        rep = ("TV box shows an error on every channel.", "Le boîtier télé affiche une erreur sur toutes les chaînes.")
        find = ("The HDMI cable was loose and the box firmware was stuck.", "Le câble HDMI était mal branché et le micrologiciel du boîtier était bloqué.")
        work = ("Reseated the HDMI cable, forced a firmware reload and re-paired the remote.", "HDMI rebranché, rechargement forcé du micrologiciel et télécommande rejumelée.")
        eq = ("None.", "Aucun.")
        rd = ("All channels tested OK.", "Toutes les chaînes testées : OK.")
        fu = ("None.", "Aucun."); st = ("RESOLVED", "RÉSOLU")
    else:
        notes_en = ["no internet on pc", "our line + gw fine, speed " + f"{spd[0]}/{spd[1]}", "cust had set static IP on pc + disabled dhcp on own router", "reset settings", f"customer-caused -> visit fee {money(fee)} applies, cust informed"]
        notes_fr = ["pas d'internet sur l'ordi", f"ligne + passerelle ok, vitesse {spd[0]}/{spd[1]}", "client avait mis une IP fixe sur l'ordi + désactivé DHCP sur son routeur", "réglages remis par défaut", f"problème causé par le client -> frais de visite {fmoney(fee)}, client avisé"]
        rep = ("No Internet on the customer's computer.", "Aucun Internet sur l'ordinateur du client.")
        find = (f"Fibreval line and gateway working normally ({spd[0]}/{spd[1]} Mbps). The customer had set a static IP on the computer and disabled DHCP on their own router.", f"Ligne et passerelle Fibreval fonctionnelles ({spd[0]}/{spd[1]} Mbit/s). Le client avait configuré une adresse IP fixe sur l'ordinateur et désactivé le DHCP de son propre routeur.")
        work = ("Restored the default network settings.", "Réglages réseau remis par défaut.")
        eq = ("None.", "Aucun.")
        rd = (f"Speed test: {spd[0]} Mbps down / {spd[1]} Mbps up.", f"Test de vitesse : {spd[0]} Mbit/s / {spd[1]} Mbit/s.")
        fu = (f"Customer-caused issue: technician visit fee of {money(fee)} applies. Customer informed.", f"Problème causé par le client : frais de visite de {fmoney(fee)}. Client avisé.")
        st = ("RESOLVED", "RÉSOLU")
    i = 1 if fr else 0
    notes = notes_fr if fr else notes_en
    style = R.randrange(4)
    if fr:
        user = [f"Résumé de visite svp. {wo}, {date_fr(m, dd)}, tech {tech}, {addr}\n" + "\n".join(notes),
                f"Fais-moi le résumé de visite pour le bon {wo} ({tech}, {date_fr(m, dd)}, {addr}). Notes : " + "; ".join(notes),
                f"notes terrain {wo} / {addr} / {date_fr(m, dd)} / {tech}:\n" + "\n".join("- " + n for n in notes),
                f"Peux-tu mettre ça au propre en résumé de visite? {wo}, technicien {tech}, le {date_fr(m, dd)} au {addr} — " + ", ".join(notes)][style]
        ans = (f"RÉSUMÉ DE VISITE TECHNIQUE\nBon de travail : {wo} | Date : {date_fr(m, dd)} | Technicien : {tech}\nAdresse : {addr}\n---\n"
               f"1. Problème signalé : {rep[i]}\n2. Constats : {find[i]}\n3. Travaux effectués : {work[i]}\n4. Équipement : {eq[i]}\n5. Mesures : {rd[i]}\n6. Suivi client : {fu[i]}\n---\nSTATUT : {st[i]}")
    else:
        user = [f"Visit summary please. {wo}, {date_en(m, dd)}, tech {tech}, {addr}\n" + "\n".join(notes),
                f"Write up the visit summary for {wo} ({tech}, {date_en(m, dd)}, {addr}). Notes: " + "; ".join(notes),
                f"field notes {wo} / {addr} / {date_en(m, dd)} / {tech}:\n" + "\n".join("- " + n for n in notes),
                f"Can you clean this up into a visit summary? {wo}, tech {tech}, {date_en(m, dd)} at {addr} -- " + ", ".join(notes)][style]
        ans = (f"TECHNICIAN VISIT SUMMARY\nWork order: {wo} | Date: {date_en(m, dd)} | Technician: {tech}\nAddress: {addr}\n---\n"
               f"1. Reported problem: {rep[i]}\n2. Findings: {find[i]}\n3. Work performed: {work[i]}\n4. Equipment: {eq[i]}\n5. Readings: {rd[i]}\n6. Customer follow-up: {fu[i]}\n---\nSTATUS: {st[i]}")
    return ex(user, ans)

# ---------------------------------------------------------------- family 3: outage / maintenance notices
def notice(fr):
    kind = R.choice(["planned", "planned", "outage", "resolved"])
    towns = R.sample(TOWNS, R.choice([1, 2, 3])); area = ", ".join(towns)
    m, dd = R.randint(1, 12), R.randint(1, 28)
    s, e = R.choice([("00:00", "04:00"), ("01:00", "05:00"), ("02:00", "06:00"), ("23:00", "03:00")])
    inter = R.choice([10, 15, 30, 60]); svc_en = R.choice(["Internet and TV", "Internet", "mobile data", "Internet, TV and home phone"])
    svc_fr = {"Internet and TV": "Internet et télé", "Internet": "Internet", "mobile data": "données mobiles", "Internet, TV and home phone": "Internet, télé et téléphonie résidentielle"}[svc_en]
    work_en, work_fr = R.choice([("a software upgrade on our local equipment", "une mise à niveau logicielle de notre équipement local"), ("replacement of backup batteries", "le remplacement des batteries de secours"), ("fibre splicing to connect new homes", "des épissures de fibre pour raccorder de nouvelles résidences"), ("moving cables for road work", "le déplacement de câbles pour des travaux routiers")])
    cause_en, cause_fr = R.choice([("a cable cut during construction work", "une coupure de câble lors de travaux"), ("a power failure at our equipment site", "une panne de courant à notre site d'équipement"), ("storm damage", "des dommages causés par la tempête"), ("an equipment failure", "une défaillance d'équipement")])
    start_o = R.choice(["06:40", "14:15", "19:05", "21:30"]); eta = R.choice(["11:00", "18:00", "23:30", "02:00"]); upd = R.choice(["every 2 hours", "at 16:00", "by 20:00"])
    upd_fr = {"every 2 hours": "toutes les 2 heures", "at 16:00": "à 16 h", "by 20:00": "d'ici 20 h"}[upd]
    end_o = R.choice(["09:55", "17:20", "22:45"]); cred = R.choice([None, "one day of service", "two days of service"])
    cred_fr = {None: None, "one day of service": "une journée de service", "two days of service": "deux journées de service"}[cred]
    cust = R.choice([320, 1450, 2700, 5800])
    h = lambda t: t.replace(":00", " h").replace(":", " h ")
    style = R.randrange(4)
    if kind == "planned":
        det_en = [f"area: {area}", f"date: {date_en(m, dd)}", f"window {s}-{e}", f"work: {work_en}", f"services: {svc_en}", f"interruption up to {inter} min"]
        det_fr = [f"secteur : {area}", f"date : {date_fr(m, dd)}", f"plage {s}-{e}", f"travaux : {work_fr}", f"services : {svc_fr}", f"interruption jusqu'à {inter} min"]
        en = (f"[PLANNED MAINTENANCE] {area} — {date_en(m, dd)}\n\nWhat's happening: We are carrying out {work_en}.\nWhen: {date_en(m, dd)}, between {s} and {e}.\nWho is affected: Customers in {area}.\nWhat you may notice: {svc_en[0].upper() + svc_en[1:]} may be interrupted for up to {inter} minutes during the window.\nWhat you need to do: Nothing. Service comes back on its own; if it does not, restart your gateway.\nNext update: Only if the schedule changes.\n\n— Fibreval Network Operations")
        frt = (f"[TRAVAUX PLANIFIÉS] {area} — {date_fr(m, dd)}\n\nCe qui se passe : Nous effectuons {work_fr}.\nQuand : le {date_fr(m, dd)}, entre {h(s)} et {h(e)}.\nSecteurs touchés : clients de {area}.\nCe que vous pourriez remarquer : interruption des services {svc_fr} pendant au plus {inter} minutes durant la plage.\nCe que vous devez faire : Rien. Le service revient de lui-même; sinon, redémarrez votre passerelle.\nProchaine mise à jour : seulement si l'horaire change.\n\n— Opérations réseau Fibreval")
    elif kind == "outage":
        det_en = [f"area: {area}", f"started {start_o} today", f"cause: {cause_en}", f"services: {svc_en}", f"~{cust} customers", f"ETA {eta}", f"next update {upd}"]
        det_fr = [f"secteur : {area}", f"début {start_o} aujourd'hui", f"cause : {cause_fr}", f"services : {svc_fr}", f"~{cust} clients", f"rétablissement prévu {eta}", f"prochaine mise à jour {upd_fr}"]
        en = (f"[SERVICE OUTAGE] {area} — in progress\n\nWhat's happening: {svc_en[0].upper() + svc_en[1:]} service is down because of {cause_en}. About {cust} customers are affected.\nWhen: Since {start_o} today. Estimated restoration: {eta}.\nWho is affected: Customers in {area}.\nWhat you may notice: No {svc_en} service.\nWhat you need to do: No need to call us; crews are on site. Once service returns, restart your gateway if you are still offline.\nNext update: {upd[0].upper() + upd[1:]}.\n\n— Fibreval Network Operations")
        frt = (f"[PANNE EN COURS] {area}\n\nCe qui se passe : Les services {svc_fr} sont interrompus en raison de {cause_fr}. Environ {cust} clients sont touchés.\nQuand : depuis {h(start_o)} aujourd'hui. Rétablissement prévu : {h(eta)}.\nSecteurs touchés : {area}.\nCe que vous pourriez remarquer : aucun service {svc_fr}.\nCe que vous devez faire : Inutile de nous appeler; nos équipes sont sur place. Au retour du service, redémarrez votre passerelle au besoin.\nProchaine mise à jour : {upd_fr}.\n\n— Opérations réseau Fibreval")
    else:
        det_en = [f"area: {area}", f"started {start_o}, restored {end_o}", f"cause: {cause_en}", f"services: {svc_en}"] + ([f"credit: {cred}, automatic on next bill"] if cred else ["no credit"])
        det_fr = [f"secteur : {area}", f"début {start_o}, rétabli {end_o}", f"cause : {cause_fr}", f"services : {svc_fr}"] + ([f"crédit : {cred_fr}, automatique sur la prochaine facture"] if cred else ["pas de crédit"])
        en = (f"[RESOLVED] {area} — service restored\n\nWhat happened: {svc_en[0].upper() + svc_en[1:]} service was interrupted because of {cause_en}.\nWhen: From {start_o} to {end_o}.\nWho was affected: Customers in {area}.\nWhat you need to do: If you are still offline, unplug your gateway for 30 seconds and plug it back in.\n"
              + (f"Credit: A credit equal to {cred} will be applied automatically on your next bill.\n" if cred else "") + "\nThank you for your patience.\n\n— Fibreval Network Operations")
        frt = (f"[PANNE RÉSOLUE] {area} — service rétabli\n\nCe qui s'est passé : Les services {svc_fr} ont été interrompus en raison de {cause_fr}.\nQuand : de {h(start_o)} à {h(end_o)}.\nSecteurs touchés : {area}.\nCe que vous devez faire : Si vous êtes encore hors ligne, débranchez votre passerelle 30 secondes puis rebranchez-la.\n"
               + (f"Crédit : un crédit équivalant à {cred_fr} sera appliqué automatiquement sur votre prochaine facture.\n" if cred else "") + "\nMerci de votre patience.\n\n— Opérations réseau Fibreval")
    det = det_fr if fr else det_en
    what_en = {"planned": "maintenance notice", "outage": "outage notice", "resolved": "all-clear notice"}[kind]
    what_fr = {"planned": "avis de travaux", "outage": "avis de panne", "resolved": "avis de fin de panne"}[kind]
    if fr:
        user = [f"Rédige un {what_fr} pour les clients : " + "; ".join(det),
                f"{what_fr} svp\n" + "\n".join(det),
                f"faut envoyer un {what_fr} aux clients. infos: " + ", ".join(det),
                f"Bonjour, peux-tu préparer l'{what_fr} client? Détails :\n" + "\n".join("- " + x for x in det)][style]
        return ex(user, frt)
    user = [f"Write a customer {what_en}: " + "; ".join(det),
            f"{what_en} pls\n" + "\n".join(det),
            f"need to push a {what_en} to customers. info: " + ", ".join(det),
            f"Hi, can you prepare the customer {what_en}? Details:\n" + "\n".join("- " + x for x in det)][style]
    return ex(user, en)

# ---------------------------------------------------------------- family 4: plain-language explanations
def explain(fr):
    kind = R.choice(["bill", "bill", "clause_etf", "clause_price", "clause_equipment", "clause_suspend"])
    style = R.randrange(4)
    if kind == "bill":
        plan = R.choice(PLANS_NET); p = R.choice([62.0, 74.0, 88.0]); tv = R.choice(PLANS_TV); pt = R.choice([30.0, 42.0])
        part = R.choice([18.4, 21.7, 27.05]); disc = R.choice([5.0, 10.0]); one = R.choice([("Activation", 35.0), ("Late payment fee", 12.0), ("Technician visit", 80.0)])
        tax = round((p + pt + part + one[1] - disc) * 0.14975, 2); tot = round(p + pt + part + one[1] - disc + tax, 2)
        one_fr = {"Activation": "Activation", "Late payment fee": "Frais de retard", "Technician visit": "Visite de technicien"}[one[0]]
        if fr:
            pasted = f"{plan} (1 nov-30 nov) {fmoney(p)}\n{tv} (1 nov-30 nov) {fmoney(pt)}\n{tv} prorata (18 oct-31 oct) {fmoney(part)}\nRabais groupé -{fmoney(disc)}\n{one_fr} {fmoney(one[1])}\nTPS/TVQ {fmoney(tax)}\nTOTAL {fmoney(tot)}"
            user = [f"Un client comprend rien à sa facture, explique-la simplement :\n{pasted}", f"explique cette facture en mots simples svp\n\n{pasted}", f"Peux-tu expliquer au client ce qu'il y a sur sa facture? Voici les lignes :\n{pasted}", f"facture client ci-dessous, il pense qu'on l'a chargé deux fois pour la télé\n{pasted}"][style]
            ans = (f"En bref : votre facture de {fmoney(tot)} comprend le mois de novembre à l'avance, plus une portion de {tv} pour octobre, parce que ce service a commencé le 18 octobre.\n\n**Ligne par ligne**\n\n| Ce qui est écrit | Ce que ça veut dire pour vous |\n|---|---|\n"
                   f"| {plan} {fmoney(p)} | Votre Internet pour tout le mois de novembre, facturé d'avance. |\n| {tv} {fmoney(pt)} | Votre télé pour novembre. |\n| {tv} prorata {fmoney(part)} | Les 14 jours d'octobre où vous aviez déjà la télé. Ce n'est pas un double paiement; cette ligne n'apparaîtra qu'une fois. |\n"
                   f"| Rabais groupé -{fmoney(disc)} | Votre rabais pour avoir plusieurs services. |\n| {one_fr} {fmoney(one[1])} | Frais uniques, facturés une seule fois. |\n| TPS/TVQ {fmoney(tax)} | Les taxes. |\n\n**Ce que vous pouvez faire**\n- Votre prochaine facture ne devrait plus contenir la ligne au prorata ni les frais uniques.\n- Si une ligne vous semble incorrecte, répondez-nous en indiquant laquelle.\n\n(Cette explication porte seulement sur le texte fourni; elle ne modifie pas votre contrat.)")
        else:
            pasted = f"{plan} (Nov 1-Nov 30) {money(p)}\n{tv} (Nov 1-Nov 30) {money(pt)}\n{tv} prorated (Oct 18-Oct 31) {money(part)}\nBundle discount -{money(disc)}\n{one[0]} {money(one[1])}\nTaxes {money(tax)}\nTOTAL {money(tot)}"
            user = [f"Customer doesn't understand their bill, explain it simply:\n{pasted}", f"explain this bill in plain words pls\n\n{pasted}", f"Can you walk the customer through these bill lines?\n{pasted}", f"cust bill below, they think we charged TV twice\n{pasted}"][style]
            ans = (f"In short: your bill of {money(tot)} covers November in advance, plus part of October for {tv}, because that service started on October 18.\n\n**Line by line**\n\n| What it says | What it means for you |\n|---|---|\n"
                   f"| {plan} {money(p)} | Your Internet for all of November, billed in advance. |\n| {tv} {money(pt)} | Your TV for November. |\n| {tv} prorated {money(part)} | The 14 days of October when you already had TV. This is not a double charge; the line appears only once. |\n"
                   f"| Bundle discount -{money(disc)} | Your discount for having more than one service. |\n| {one[0]} {money(one[1])} | A one-time charge. |\n| Taxes {money(tax)} | Sales taxes. |\n\n**What you can do**\n- Your next bill should not include the prorated line or the one-time charge.\n- If any line looks wrong, reply and tell us which one.\n\n(This explanation covers only the text provided; it doesn't change your contract.)")
    else:
        if kind == "clause_etf":
            per = R.choice([10, 12, 18]); mx = per * R.choice([10, 12]); sec = R.choice(["4.2", "7.1", "9.3"])
            cl_en = f"{sec} Should the Customer terminate a Fixed-Term Service prior to expiry of the Term, the Customer shall pay an early termination charge of ${per} for each full or partial month remaining in the Term, not to exceed ${mx}."
            cl_fr = f"{sec} Si le Client résilie un Service à durée déterminée avant l'échéance du Terme, il doit payer des frais de résiliation anticipée de {per} $ pour chaque mois complet ou partiel restant au Terme, jusqu'à concurrence de {mx} $."
            short_en = f"if you cancel a fixed-term agreement early, you pay ${per} for each month left, but never more than ${mx}."
            short_fr = f"si vous annulez une entente à durée fixe avant la fin, vous payez {per} $ par mois restant, sans jamais dépasser {mx} $."
            rows_en = [("Fixed-Term Service ... prior to expiry", "This applies only if you signed an agreement for a set period and leave before it ends."), (f"${per} for each full or partial month", f"Each month left counts, even a partial one. Example: 5 months and a few days left = 6 × ${per} = ${6*per}."), (f"not to exceed ${mx}", f"The total is capped at ${mx}, however long is left.")]
            rows_fr = [("Service à durée déterminée ... avant l'échéance", "Ça s'applique seulement si vous avez signé pour une période fixe et partez avant la fin."), (f"{per} $ pour chaque mois complet ou partiel", f"Chaque mois restant compte, même entamé. Exemple : 5 mois et quelques jours = 6 × {per} $ = {6*per} $."), (f"jusqu'à concurrence de {mx} $", f"Le total ne dépasse jamais {mx} $.")]
            do_en = ["Check your agreement end date before cancelling.", "If you are close to the end, waiting a few weeks may cost less."]
            do_fr = ["Vérifiez la date de fin de votre entente avant d'annuler.", "Si la fin approche, attendre quelques semaines peut coûter moins cher."]
        elif kind == "clause_price":
            days = R.choice([30, 60]); sec = R.choice(["11.4", "6.2"])
            cl_en = f"{sec} The Company may amend rates for month-to-month Services upon no less than {days} days' written notice. Rates for Services under a Fixed-Term agreement shall not be increased during the Term."
            cl_fr = f"{sec} L'Entreprise peut modifier les tarifs des Services au mois moyennant un préavis écrit d'au moins {days} jours. Les tarifs des Services visés par une entente à durée déterminée ne peuvent être augmentés pendant le Terme."
            short_en = f"prices for month-to-month services can go up with at least {days} days' written notice, but prices in a fixed-term agreement are locked until it ends."
            short_fr = f"le prix des services au mois peut augmenter avec un préavis écrit d'au moins {days} jours, mais le prix d'une entente à durée fixe est bloqué jusqu'à la fin."
            rows_en = [("amend rates for month-to-month Services", "If you have no contract, your price can change."), (f"no less than {days} days' written notice", f"You must be told in writing (email or bill) at least {days} days before."), ("shall not be increased during the Term", "If you signed for a fixed period, your price cannot go up until it ends.")]
            rows_fr = [("modifier les tarifs des Services au mois", "Sans contrat, votre prix peut changer."), (f"préavis écrit d'au moins {days} jours", f"On doit vous avertir par écrit (courriel ou facture) au moins {days} jours avant."), ("ne peuvent être augmentés pendant le Terme", "Avec une entente à durée fixe, votre prix ne peut pas augmenter avant la fin.")]
            do_en = ["Watch your email and bill for notices.", "If you want price stability, ask about a fixed-term agreement."]
            do_fr = ["Surveillez vos courriels et votre facture pour les avis.", "Pour un prix stable, informez-vous sur les ententes à durée fixe."]
        elif kind == "clause_equipment":
            days = R.choice([14, 30, 45]); amt = R.choice([150, 200]); sec = R.choice(["8.1", "5.6"])
            cl_en = f"{sec} Upon termination, the Customer shall return all Rented Equipment within {days} days. Failing such return, the Customer shall be invoiced the replacement cost of ${amt} per unit, which may be reversed upon subsequent return, less a processing charge."
            cl_fr = f"{sec} À la résiliation, le Client doit retourner tout Équipement loué dans un délai de {days} jours. À défaut, le coût de remplacement de {amt} $ par appareil lui est facturé; ce montant peut être remboursé si l'équipement est retourné par la suite, moins des frais de traitement."
            short_en = f"when you cancel, return the rented equipment within {days} days or you'll be billed ${amt} per device; you can get most of that back if you return it later."
            short_fr = f"à l'annulation, retournez l'équipement loué dans les {days} jours, sinon on vous facture {amt} $ par appareil; vous pouvez en récupérer la majeure partie en le rapportant plus tard."
            rows_en = [(f"return all Rented Equipment within {days} days", f"You have {days} days after the service ends to bring the equipment back."), (f"replacement cost of ${amt} per unit", f"Each device not returned is billed ${amt}."), ("may be reversed ... less a processing charge", "If you return it late, the charge is refunded, minus a small processing fee (the amount isn't stated in this clause).")]
            rows_fr = [(f"retourner tout Équipement loué dans un délai de {days} jours", f"Vous avez {days} jours après la fin du service pour rapporter l'équipement."), (f"{amt} $ par appareil", f"Chaque appareil non retourné est facturé {amt} $."), ("peut être remboursé ... moins des frais de traitement", "Si vous le rapportez en retard, on vous rembourse, moins des frais de traitement (le montant n'est pas précisé dans cet article).")]
            do_en = ["Keep your return receipt or tracking number.", "Include the power adapter and cables."]
            do_fr = ["Gardez votre reçu ou votre numéro de suivi.", "Incluez le bloc d'alimentation et les câbles."]
        else:
            d1 = R.choice([30, 45, 60]); rc = R.choice([25, 40]); sec = R.choice(["3.9", "12.2"])
            cl_en = f"{sec} Where any amount remains unpaid {d1} days after its due date, the Company may suspend the Services following a final notice. Services shall be restored upon payment in full of the overdue balance and a reconnection charge of ${rc}. Access to emergency services shall be maintained where technically feasible."
            cl_fr = f"{sec} Lorsqu'un montant demeure impayé {d1} jours après son échéance, l'Entreprise peut suspendre les Services après un dernier avis. Les Services sont rétablis sur paiement complet du solde en souffrance et de frais de reconnexion de {rc} $. L'accès aux services d'urgence est maintenu lorsque c'est techniquement possible."
            short_en = f"if a bill is still unpaid {d1} days after it was due, your services can be cut after a final notice; to get them back you pay the overdue amount plus ${rc}."
            short_fr = f"si une facture est toujours impayée {d1} jours après l'échéance, vos services peuvent être coupés après un dernier avis; pour les retrouver, vous payez le solde dû plus {rc} $."
            rows_en = [(f"unpaid {d1} days after its due date", f"Nothing happens right away; this starts {d1} days after the due date."), ("following a final notice", "You will get a last warning before any suspension."), (f"reconnection charge of ${rc}", f"Getting service back costs the full overdue balance plus ${rc}."), ("emergency services shall be maintained", "Calls to 911 should still work where possible.")]
            rows_fr = [(f"impayé {d1} jours après son échéance", f"Rien ne se passe tout de suite; ça commence {d1} jours après l'échéance."), ("après un dernier avis", "Vous recevez un dernier avertissement avant toute suspension."), (f"frais de reconnexion de {rc} $", f"Pour rétablir le service : le solde dû au complet plus {rc} $."), ("services d'urgence ... maintenu", "Les appels au 911 devraient rester possibles.")]
            do_en = ["Call before the deadline to set up a payment arrangement.", "Set up automatic payment to avoid missed due dates."]
            do_fr = ["Appelez avant l'échéance pour prendre une entente de paiement.", "Activez le paiement automatique pour ne plus manquer d'échéance."]
        if fr:
            user = [f"Explique cet article du contrat en langage clair pour un client :\n\n{cl_fr}", f"client demande c'est quoi ça :\n« {cl_fr} »\nexplication simple svp", f"Peux-tu vulgariser cette clause? {cl_fr}", f"vulgarise svp\n{cl_fr}"][style]
            ans = (f"En bref : {short_fr}\n\n**Ligne par ligne**\n\n| Ce qui est écrit | Ce que ça veut dire pour vous |\n|---|---|\n" + "\n".join(f"| « {a} » | {b} |" for a, b in rows_fr)
                   + "\n\n**Ce que vous pouvez faire**\n" + "\n".join("- " + x for x in do_fr) + "\n\n(Cette explication porte seulement sur le texte fourni; elle ne modifie pas votre contrat.)")
        else:
            user = [f"Explain this contract clause in plain language for a customer:\n\n{cl_en}", f"cust asking what this means:\n\"{cl_en}\"\nsimple explanation pls", f"Can you put this clause in plain English? {cl_en}", f"plain language pls\n{cl_en}"][style]
            ans = (f"In short: {short_en}\n\n**Line by line**\n\n| What it says | What it means for you |\n|---|---|\n" + "\n".join(f"| \"{a}\" | {b} |" for a, b in rows_en)
                   + "\n\n**What you can do**\n" + "\n".join("- " + x for x in do_en) + "\n\n(This explanation covers only the text provided; it doesn't change your contract.)")
    return ex(user, ans)

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "finetune")
    train, val = [], []
    seen = set()
    for fam in (email, visit, notice, explain):
        for split, n in (("train", 25), ("val", 5)):
            k = 0
            while k < n:
                e = fam(fr=(k % 3 == 1))
                u = e["messages"][1]["content"]
                if u in seen: continue
                seen.add(u); k += 1
                (train if split == "train" else val).append(e)
    R.shuffle(train); R.shuffle(val)
    with open(os.path.join(out, "train.jsonl"), "w") as f:
        for e in train: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "validation.jsonl"), "w") as f:
        for e in val: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(train), len(val))

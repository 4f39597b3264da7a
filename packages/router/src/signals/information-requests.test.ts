import { describe, expect, it } from "vitest";
import { findInformationRequests } from "./information-requests";

const kinds = (text: string) => findInformationRequests(text).map((request) => request.kind);

describe("findInformationRequests", () => {
  it("finds requests for facts inside a task's material, in several languages", () => {
    expect(findInformationRequests("PR description: turn on `log-headers` in staging. Mention which release added the key.")).toEqual([
      { text: "Mention which", kind: "include" },
    ]);
    expect(kinds("call summary: member asked about the new copay. put the correct amount in the summary")).toEqual(["include"]);
    expect(kinds("recordatorio para la sra. Pacheco, cita el sabado 21. pon la direccion y el telefono")).toEqual(["include"]);
    expect(kinds("ajoute le score final au post")).toEqual(["include"]);
    expect(kinds("commit msg: replace the deprecated variable with its replacement (name it)")).toEqual(["open-value"]);
    expect(kinds("commit msg: raised rust-version to whatever SDK 3 requires")).toEqual(["open-value"]);
    expect(kinds("Draft the release-notes paragraph for the new connection limit, with the limit for each plan")).toEqual(["open-value"]);
    expect(kinds("Write a reply to a customer asking which regions keep data in the EU")).toEqual(["relayed"]);
    expect(kinds("write the notice of public hearing with the correct hearing date")).toEqual(["open-value"]);
    expect(kinds("write the notice with the new logo")).toEqual([]);
    expect(kinds("payslip explainer for Ms Gerber: the pension deduction went up in January, with old and new rate")).toEqual(["open-value"]);
  });

  it("reads the wordings around the verb: an adverb, a possessive, a hyphenated pronoun, a preposition, 'let … know'", () => {
    expect(kinds("reply for case 61-7750: he wants to cancel, 8 months left. tell him exactly what the fee will be")).toEqual(["include"]);
    expect(kinds("Referral letter for Daisy, diabetic cataracts. Include the ophthalmologist's name and the clinic phone")).toEqual(["include"]);
    expect(kinds("courriel pour Mme Roy : elle va au magasin dimanche, donne-lui la nouvelle adresse")).toEqual(["include"]);
    expect(kinds("changelog: switched to the replacement flag. say from which version the old one is deprecated")).toEqual(["include"]);
    expect(kinds("discharge notes for Hazel, rabbit, spayed today. Let the owner know where her checks can happen")).toEqual(["include"]);
    expect(kinds("Inspection report please, fence 4 ft 3 in, mark it pass or fail against the current setback limit.")).toEqual(["open-value"]);
    expect(kinds("Need the inspection report and a line on what the code requires for roof access.")).toEqual(["include"]);
    // a possessive is not a supplied value, and a given value still is
    expect(kinds("Recall SMS for Bella. Include the hygienist's name")).toEqual(["include"]);
    expect(kinds("tell him exactly: $180")).toEqual([]);
  });

  it("reads Italian requests and the Romance order of noun and adjective", () => {
    expect(kinds("piano di trattamento: 2 faccette su 11 e 21, paziente di Castellan Como, con i prezzi in vigore")).toEqual(["open-value"]);
    expect(kinds("preautorizzazione: 2 impianti per il sig. Oberti, codice convenzione + prezzi attuali per favore")).toEqual(["open-value"]);
    expect(kinds("nota SOAP: bimba 5 anni, otturazione 85. aggiungi nel piano la dose massima del protocollo pediatrico")).toEqual(["include", "open-value"]);
    expect(kinds("sms prima visita sabato 31/10 ore 9: mi serve anche il telefono della sede nel messaggio")).toEqual(["include"]);
    expect(kinds("nella valutazione cita la soglia di HbA1c del nostro protocollo")).toEqual(["include"]);
    expect(kinds("quote: 6 plts, base 68/plt, fuel 15.2%. add whatever the London charge is now")).toEqual(["include"]);
    expect(kinds("promemoria per la sig.ra Rossi: metti i dati: 12/11 ore 15")).toEqual([]);
    expect(kinds("scrivi il piano per il paziente con i prezzi indicati")).toEqual([]);
  });

  it("reads Portuguese requests, 'use the current …', and a document of the deployment pointed at instead of pasted", () => {
    expect(kinds("resumo p/ back office: desconto DD errado. Na ação proposta põe o que o relatório manda fazer")).toEqual(["include"]);
    expect(kinds("sms interrupção Amadora 3/12 — mete o horário e a ref. do aviso")).toEqual(["include", "open-value"]);
    expect(kinds("resumo reclamação: loja fechada. Na ação inclui a morada nova")).toEqual(["include"]);
    expect(kinds("Explicação de fatura de gás: escalão 2, 30 dias, 410 kWh. Preços em vigor, por favor")).toEqual(["open-value"]);
    expect(kinds("invoice explanation: 30 days, off-peak 180 kWh, peak 210 kWh. Use current plan prices")).toEqual(["open-value"]);
    expect(kinds("Invoice explanation, 30 days, 1 450 kWh, VAT 71,30 €. prices from our tariff page pls")).toEqual(["open-value"]);
    expect(kinds("[RC] mail: reminder for the allocation call, key dates + how much GPU time is on offer")).toEqual(["question"]);
    expect(kinds("Reply with the prices from the list below: basic 10, pro 20")).toEqual([]);
    expect(kinds("write a reply explaining our substitution rules for free from items")).toEqual(["open-value"]);
    expect(kinds("piano di cura, impianto singolo sul 36: usa i prezzi del listino della sede")).toEqual(["open-value"]);
    expect(kinds("Quote summary: 2 plts, base 180.00 per plt. Need current fuel surcharge")).toEqual(["open-value"]);
    expect(kinds("Reply in our usual format. Explain our returns policy: 30 days with a receipt")).toEqual([]);
  });

  it("reads German requests whose verb comes last", () => {
    expect(kinds("HR-Info: Ab Januar steigt der Beitragssatz. Bitte neuen Satz und Zuschlag reinschreiben.")).toEqual(["include"]);
    expect(kinds("Kundenantwort an Herrn Vogel: er fragt nach dem Tarif. Bitte aktuellen Preis und Stichtag nennen, freundlich.")).toEqual(["include"]);
    expect(kinds("Aushang für unsere Leute in Bern: die Zulagen steigen 2027 – bitte mit den neuen Beträgen.")).toEqual(["include"]);
    expect(kinds("Antwort an Frau Berger: Zertifikat erneuern, und bis wann das alte Format geht")).toEqual(["question"]);
    // the figure is given, or the words after "bitte" bring the material
    expect(kinds("Aushang: Team-Tarif, bitte 6,90 € pro Mitarbeiter nennen")).toEqual([]);
    expect(kinds("Bitte freundlich formulieren und die folgenden Punkte aufnehmen: Frist, Betrag")).toEqual([]);
  });

  it("leaves material alone: quoted messages, supplied values, material the request brings", () => {
    expect(kinds('Triage this ticket: "When will my refund arrive? I paid on May 3."')).toEqual([]);
    expect(kinds("Please add the following notes: pool closed Monday.")).toEqual([]);
    expect(kinds("Make a notice: include the reference SN-40433 and the times 0900-1200")).toEqual(["include"]);
    expect(kinds("Make a notice: include the code: 40433")).toEqual([]);
    expect(kinds("Write a retirement toast for Pia, who worked 22 years at the harbour office.")).toEqual([]);
    expect(kinds("Can you write a reply to Ms Lowe about her rebate? Notes: $75 per toilet.")).toEqual(["question"]);
  });

  it("tells a question from a polite request", () => {
    expect(kinds("When does AquaPay shut down for good?")).toEqual(["question"]);
    expect(kinds("cuanto es el copay de eliquis en el plan turquoise")).toEqual(["question"]);
    expect(kinds("is the oracle rd clinic in tucson still open? my mom has an appointment")).toEqual(["question"]);
    expect(kinds("does the cpap need prior auth")).toEqual(["question"]);
    expect(kinds("could you draft a notice for the pool closure, Monday 9-12")).toEqual([]);
    // after a comma: an inverted auxiliary or a question of amount or time, never a relative clause
    expect(kinds("the storm game Lowther v Saltmarsh, when did it finally get played")).toEqual(["question"]);
    expect(kinds("pagué en efectivo el 19 de agosto, hasta cuando puedo pedir el reembolso")).toEqual(["question"]);
    expect(kinds("apres combien de jours je peux aller a l'ombudsman")).toEqual(["question"]);
    expect(kinds("Notice: the fee, which is $40, is waived in May, when the clinic opened.")).toEqual([]);
  });
});

# German term | English | country | explanation | in Lohnwerk
GLOSSARY_RAW = r"""
Abrechnungszeitraum|Payroll period|DE,AT,CH|The period for which pay is calculated, usually a calendar month.|Each payroll run belongs to one payroll group and one period.
Abfindung|Severance payment|DE,AT,CH|A one-off payment for the loss of the job. In Germany it is free of social insurance contributions but taxable.|Use pay element 2800.
Alleinverdienerabsetzbetrag|Sole earner tax credit|AT|An Austrian tax credit for employees whose spouse has little or no income and who receive family allowance for at least one child.|Set it in the Austrian tax tab.
Arbeitgeberanteil|Employer share|DE,AT,CH|The part of a social insurance contribution paid by the employer.|Shown in the employer cost section of the payroll journal.
Arbeitnehmeranteil|Employee share|DE,AT,CH|The part of a contribution deducted from the employee's gross pay.|Shown on the payslip per insurance branch.
Arbeitsunfähigkeitsbescheinigung (eAU)|Certificate of incapacity for work|DE|The sick note. Since the electronic procedure, employers retrieve it from the health insurance fund.|See eAU retrieval.
Ausgleichskasse|AHV compensation office|CH|The body that collects AHV/IV/EO contributions from Swiss employers.|Configured in the company's Swiss settings.
Beitragsbemessungsgrenze|Contribution assessment ceiling|DE|The maximum earnings on which social insurance contributions are charged.|See the contribution ceilings page of each year.
Beitragsgruppenschlüssel|Contribution group key|DE|A four-digit key that says whether an employee pays health, pension, unemployment and care insurance.|Lohnwerk suggests the key from the contract type.
Beitragsnachweis|Contribution statement|DE|The monthly statement of contributions sent to each health insurance fund.|Sent automatically when a run is finalised.
Berufsgenossenschaft|Employer's liability insurance association|DE|The statutory accident insurer for a sector.|Needed for the accident insurance annual report.
Betriebsnummer|Establishment number|DE|An eight-digit number assigned to each German workplace by the employment agency.|Missing numbers cause LW-4014.
Betriebsstätte|Permanent establishment / workplace|DE,AT|The place of business relevant for wage tax and municipal tax.|Each workplace has a tax office and a holiday calendar.
BVG|Occupational pension (Switzerland)|CH|The mandatory Swiss occupational pension scheme (second pillar).|See the BVG thresholds pages.
DEÜV|Data collection and transmission regulation|DE|The German rules for social insurance notifications such as registrations and deregistrations.|See Social insurance notifications (DEÜV).
Dienstgeberbeitrag (DB)|Employer contribution to the family fund|AT|An Austrian employer levy for the family burden equalisation fund.|See Austria: Employer contribution DB (FLAF).
Dienstgebernummer|Employer account number|AT|The number of the employer's account at the Austrian health insurance fund.|Missing numbers cause LW-5004.
DZ (Zuschlag zum DB)|Chamber surcharge|AT|A surcharge on the DB that funds the economic chamber; the rate depends on the federal state.|See the Austrian state pages.
ELDA|Electronic data exchange with Austrian social insurance|AT|The channel used to send registrations and the mBGM to the ÖGK.|See ELDA registrations.
ELM|Uniform salary reporting procedure|CH|The Swissdec standard to send salary data to insurers and authorities.|See Swissdec ELM transmission.
ELStAM|Electronic wage tax deduction characteristics|DE|The tax authority's database of tax class, child allowances and church tax for each employee.|Retrieved monthly; see ELStAM retrieval.
Entgeltfortzahlung|Continued pay during sickness|DE|The employer pays salary for up to six weeks of sickness.|See Sick pay and continued pay.
Entgeltumwandlung|Deferred compensation|DE|Converting part of the salary into company pension contributions.|Pay element 3800.
Familienzulagen|Family allowances|CH|Cantonal child and education allowances paid with the salary.|See the canton pages.
Geringfügigkeitsgrenze|Marginal employment limit|AT|The monthly earnings limit below which Austrian employees are only accident-insured.|See Austria: Marginal employment.
Geringverdienergrenze|Low-earner limit|DE|For trainees up to this monthly allowance the employer pays all contributions.|See Germany: Trainees and the low-earner limit.
Grundfreibetrag|Basic tax allowance|DE|The part of annual income that is free of income tax.|See the tax class pages of each year.
Höchstbeitragsgrundlage|Maximum contribution base|AT|The Austrian ceiling for social insurance contributions.|See Austria: Contribution ceilings.
Insolvenzgeldumlage|Insolvency levy (U3)|DE|An employer levy that funds insolvency pay.|See Germany: Insolvency levy (U3).
Jahresarbeitsentgeltgrenze|Compulsory insurance limit|DE|Employees earning more than this per year may leave statutory health insurance.|See Germany: Contribution assessment ceilings.
Jahressechstel|Annual sixth|AT|One sixth of the regular annual pay; special payments within it are taxed at reduced rates.|Calculated cumulatively in special payments.
Kinderfreibetrag|Child allowance (tax)|DE|A tax allowance per child; in payroll it only affects solidarity surcharge and church tax.|Comes from ELStAM.
Kirchensteuer|Church tax|DE,AT,CH|A tax for members of recognised churches; in Germany collected through payroll.|8% or 9% of wage tax depending on the state.
Kommunalsteuer|Municipal tax|AT|An Austrian employer tax of 3% on the payroll per municipality.|See Municipal tax return.
Koordinationsabzug|Coordination deduction|CH|The amount deducted from the annual salary to get the BVG insured salary.|See the BVG thresholds pages.
Krankenkasse|Health insurance fund|DE|The statutory insurer that also collects all social insurance contributions.|Each fund has a help page with its rates.
KTG|Daily sickness benefit insurance|CH|Voluntary Swiss insurance that pays salary replacement during sickness.|KTG codes are entered per employee.
Kurzarbeit|Short-time work|DE,AT|Reduced working hours with partial compensation by the state.|See Short-time work.
Lohnart|Pay element / wage type|DE,AT,CH|A component of pay or deduction with its own tax and contribution treatment.|See Pay element catalogue.
Lohnausweis|Swiss salary certificate|CH|The annual salary certificate (form 11) for the employee's tax return.|See Salary certificate (Lohnausweis).
Lohnjournal|Payroll journal|DE,AT,CH|A list of all payroll items of a period.|See Payroll journal.
Lohnkonto|Wage account|DE,AT|The statutory record of an employee's pay and deductions for a year.|See Wage account.
Lohnsteuer|Wage tax|DE,AT|Income tax withheld from employment income.|Calculated in every payroll run.
Lohnsteueranmeldung|Wage tax return|DE|The employer's return of withheld wage tax to the tax office.|See Wage tax return.
Lohnsteuerbescheinigung|Annual wage tax certificate|DE|The electronic certificate of annual pay and tax sent to the tax authority.|Due by the end of February.
Lohnzettel (L16)|Annual pay certificate|AT|The Austrian equivalent of the annual wage tax certificate.|See Annual pay certificate (L16).
mBGM|Monthly contribution basis report|AT|The monthly report of contribution bases per employee to the ÖGK.|Due on the 15th of the following month.
Midijob|Transition zone job|DE|A job with earnings in the transition zone above the mini-job limit.|See Germany: Transition zone (Midijob).
Minijob|Mini-job|DE|Marginal employment up to the monthly earnings limit with flat-rate contributions.|See Germany: Mini-jobs.
Mitarbeitervorsorgekasse (MV-Kasse)|Employee pension fund|AT|The fund receiving the employer's severance contribution.|See Employee pension fund (MV-Kasse).
Nettolohn|Net pay|DE,AT,CH|Pay after taxes and employee contributions.|Shown at the bottom of each payslip.
ÖGK|Austrian health insurance fund|AT|The main Austrian health insurer that collects social insurance contributions.|Receives ELDA registrations and the mBGM.
Pendlerpauschale|Commuter allowance|AT|A tax allowance for commuting, based on form L34.|Entered in the Austrian tax tab.
Personengruppenschlüssel|Person group key|DE|A three-digit key describing the type of employment, for example 101 for regular employees.|Missing keys cause LW-2006.
Pfändung|Garnishment|DE,AT,CH|A court order to pay part of the wage to a creditor.|See Garnishments.
Pflegeversicherung|Long-term care insurance|DE|Statutory insurance for long-term care, with a surcharge for childless employees.|See Germany: Long-term care insurance.
Quellensteuer|Withholding tax|CH|Swiss tax deducted at source for foreign employees and cross-border commuters.|See Withholding tax basics.
Rentenversicherung|Pension insurance|DE|Statutory pension insurance, shared equally by employer and employee.|See Germany: Pension insurance contribution rate.
Sachbezug|Benefit in kind|DE,AT|A non-cash benefit such as a voucher or a meal.|See Tax-free benefits.
Solidaritätszuschlag|Solidarity surcharge|DE|A surcharge of 5.5% on income tax above an exemption threshold.|See Germany: Solidarity surcharge.
Sonderzahlung|Special payment|AT|The 13th and 14th salary in Austria.|See Special payments (Austria).
Sozialversicherungsnummer|Social insurance number|DE|The twelve-character German insurance number.|Invalid numbers cause LW-2003.
Steuer-ID|Tax identification number|DE|The eleven-digit personal tax ID.|Missing IDs cause LW-2001.
Steuerklasse|Tax class|DE|One of six classes that determine wage tax; delivered by ELStAM.|See Wage tax tables: tax class I to VI.
Swissdec|Swissdec|CH|The Swiss standard for electronic salary data exchange.|Lohnwerk is certified for ELM 5.0.
Übergangsbereich|Transition zone|DE|Earnings range with reduced employee contributions.|See Germany: Transition zone (Midijob).
Umlage U1/U2|Levies U1 and U2|DE|Employer levies to fund reimbursements for sick pay (U1) and maternity pay (U2).|See Levy funds U1 and U2.
Urlaubsabgeltung|Payout of unused leave|DE,AT,CH|Payment for leave that could not be taken before the end of employment.|Pay element 2700.
UVG|Accident insurance|CH|Mandatory Swiss accident insurance.|See Switzerland: Accident insurance (UVG).
Vermögenswirksame Leistungen (VL)|Capital-forming benefits|DE|Employer-supported savings payments.|See Capital-forming benefits.
Versicherungsnummer|Insurance number|AT|The ten-digit Austrian social insurance number.|Invalid numbers cause LW-2013.
Werkstudent|Working student|DE|Enrolled student working up to 20 hours a week during the semester, with reduced contributions.|See Working students.
Zusatzbeitrag|Supplementary contribution|DE|A health insurance contribution set by each fund on top of the general rate.|See the health insurance fund pages.
13. Monatslohn|13th month salary|CH|An additional month's salary common in Switzerland.|See 13th month salary (Switzerland).
AHV-Nummer|AHV number|CH|The 13-digit Swiss social security number starting with 756.|Invalid numbers cause LW-2014.
Betriebliche Altersvorsorge (bAV)|Company pension scheme|DE|Employer-supported pension, often via deferred compensation.|See Company pension scheme.
Gefahrtarif|Hazard tariff|DE|The risk class of the accident insurance association for an employee group.|Missing tariffs cause LW-4010.
Nettolohnvereinbarung|Net pay agreement|DE,AT,CH|An agreement where the employer guarantees a net amount and bears taxes and contributions.|See Net-to-gross calculator.
Verpflegungsmehraufwand|Per diem for meals|DE|Tax-free allowance for meals on business trips.|See Germany: Travel expenses and per diems.
"""

/**
 * Business terms WordNet does not have, or has only in another sense (a support "ticket", an "offsite"):
 * common abbreviations with their expansions, and the names planning sheets give to kinds of work. Each entry
 * is "term|what it stands for or is|charter line" (the line as in seeds.ts), with "|*" after it when the term
 * says what kind of deliverable or forum the work is (see seeds.ts); a term may list spellings with "/".
 */
export const GLOSSARY = `
3PL|third-party logistics|COO/Day-to-day operations
SLA|service-level agreement|COO/Day-to-day operations
OTIF|on time in full delivery|COO/Day-to-day operations
WMS|warehouse management system|COO/Day-to-day operations
TMS|transport management system|COO/Day-to-day operations
DC|distribution centre|COO/Day-to-day operations
SKU|stock-keeping unit|COO/Day-to-day operations
S&OP|sales and operations planning|COO/Day-to-day operations
supply chain|the flow of goods from suppliers to customers|COO/Day-to-day operations
cycle count|counting part of the stock on a rolling schedule|COO/Day-to-day operations
demand forecast/demand planning|predicting what customers will order, to plan stock|COO/Day-to-day operations
stockout/stock-out|running out of stock|COO/Day-to-day operations
last-mile|the final leg of a delivery|COO/Day-to-day operations
cross-dock|moving goods between trucks without storing them|COO/Day-to-day operations
fulfilment/fulfillment|picking, packing and shipping orders|COO/Day-to-day operations
pick/picking/mis-pick|taking goods from stock for an order|COO/Day-to-day operations
handle time|the time an agent spends on one request|COO/Day-to-day operations
response time|how long a request waits for its first answer|COO/Day-to-day operations
AHT|average handle time|COO/Day-to-day operations
CSAT|customer satisfaction score|COO/Day-to-day operations
NPS|net promoter score|COO/Day-to-day operations
FCR|first-contact resolution|COO/Day-to-day operations
CX|customer experience|COO/Day-to-day operations
ticket/tickets|a customer support request|COO/Day-to-day operations
routing|sending each request to the right queue|COO/Day-to-day operations
queue|work waiting to be handled|COO/Day-to-day operations
escalation|passing a case to a higher support tier|COO/Day-to-day operations
tier|a level of customer support|COO/Day-to-day operations
chatbot|an automated support chat|COO/Day-to-day operations
deflection|requests answered without an agent|COO/Day-to-day operations
macro/macros|a saved support reply|COO/Day-to-day operations
knowledge base|help articles for customers and agents|COO/Day-to-day operations
help centre|help articles for customers|COO/Day-to-day operations
contact centre/call centre|the customer support operation|COO/Day-to-day operations
agent/agents|a customer support agent|COO/Day-to-day operations
QA|quality assurance|COO/Day-to-day operations
CAPA|corrective and preventive action|COO/Day-to-day operations
SCAR|supplier corrective action request|COO/Day-to-day operations
OEE|overall equipment effectiveness|COO/Day-to-day operations
root cause|the underlying cause of a defect or incident|COO/Day-to-day operations
incident|an unplanned interruption of a service|COO/Day-to-day operations
outage|a service being down|COO/Day-to-day operations
IT|information technology|COO/Day-to-day operations
ops/biz ops|operations|COO/Day-to-day operations
ERP|enterprise resource planning system|COO/Day-to-day operations
CRM|customer relationship management system|COO/Day-to-day operations
HRIS|human resources information system|COO/Day-to-day operations
SaaS|software as a service|COO/Day-to-day operations
SSO|single sign-on|COO/Day-to-day operations
VPN|virtual private network|COO/Day-to-day operations
MDM|mobile device management|COO/Day-to-day operations
SOC 2|a security and availability audit standard|COO/Day-to-day operations
ISO|an international management-system standard|COO/Day-to-day operations
IR35|UK rules for contractors who work like employees|COO/Day-to-day operations
GDPR|the EU data-protection regulation|COO/Day-to-day operations
migration/migrate|moving to a new system|COO/Day-to-day operations
go-live|switching a new system on|COO/Day-to-day operations
cutover|switching from the old system to the new|COO/Day-to-day operations
rollout/roll-out/deploy/deploys/deployment|putting a change into use everywhere|COO/Operational strategy
operationalise/operationalize|putting a decision into practice|COO/Operational strategy|*
H&S|health and safety|COO/Day-to-day operations
EHS/HSE|environment, health and safety|COO/Day-to-day operations
LTIR|lost-time injury rate|COO/Day-to-day operations
near-miss|an incident that could have caused harm|COO/Day-to-day operations
BCP|business continuity plan|COO/Day-to-day operations
business continuity|keeping the business running through a disruption|COO/Day-to-day operations
DR|disaster recovery|COO/Day-to-day operations
failover|switching to a standby system|COO/Day-to-day operations
tabletop exercise|a rehearsal of an incident response|COO/Day-to-day operations
AP|accounts payable|COO/Day-to-day operations
AR|accounts receivable|COO/Day-to-day operations
DSO|days sales outstanding|COO/Day-to-day operations
P2P/procure-to-pay|the purchasing-to-payment process|COO/Process optimisation
O2C/order-to-cash|the order-to-payment process|COO/Process optimisation
month-end/month end|closing the books each month|COO/Day-to-day operations
accruals|expenses recognised before they are paid|COO/Day-to-day operations
rev rec|revenue recognition|COO/Day-to-day operations
SOP|standard operating procedure|COO/Process optimisation
runbook|step-by-step procedures for an operation|COO/Process optimisation
checklist|the steps of a routine task|COO/Process optimisation
process map|a drawing of a process's steps|COO/Process optimisation
process mining|finding a process's steps from system logs|COO/Process optimisation
lean|a method for removing waste from processes|COO/Process optimisation
kaizen|continuous improvement of processes|COO/Process optimisation
six sigma|a method for reducing process defects|COO/Process optimisation
RFP|request for proposal|COO/Efficiency and operating costs
RFQ|request for quotation|COO/Efficiency and operating costs
PO|purchase order|COO/Efficiency and operating costs
BPO|business process outsourcing|COO/Efficiency and operating costs
outsourcing/offshoring|moving work to an outside provider|COO/Efficiency and operating costs
retender/re-tender|inviting new bids for a contract|COO/Efficiency and operating costs
renegotiate|agreeing new terms with a supplier|COO/Efficiency and operating costs
renewal/renewals/renew|extending a contract or subscription|COO/Efficiency and operating costs
true-up|settling licence counts against use|COO/Efficiency and operating costs
cost-out|a programme of cost reductions|COO/Efficiency and operating costs
unit economics|cost and revenue per unit|COO/Efficiency and operating costs
ZBB/zero-based budget|a budget built from zero each cycle|COO/Efficiency and operating costs
rota|a roster of who works when|COO/Run the operational teams
onboarding|getting new people or customers set up|COO/Run the operational teams
offboarding|closing a leaver's access and kit|COO/Run the operational teams
open enrollment/open enrolment|the yearly window to choose benefits|COO/Run the operational teams
time and attendance|recording hours worked|COO/Run the operational teams
spans and layers|how many reports per manager, how many levels|COO/Scale the organisation
org design/org chart|the organisation's structure|COO/Scale the organisation
playbook|a documented way of running something|COO/Scale the organisation
handoff/handover/hand-off|passing work from one team to the next|COO/Collaboration between departments
RACI|who is responsible, accountable, consulted and informed|COO/Collaboration between departments
OKR/OKRs|objectives and key results|Chief of Staff/Strategic alignment
north star metric|the one measure the company steers by|Chief of Staff/Strategic alignment
pillar/pillars|a theme of the company strategy|Chief of Staff/Strategic alignment
strategic bets|the company's big strategic wagers|Chief of Staff/Strategic alignment
war room|a team gathered to handle an urgent problem|Chief of Staff/Special projects|*
SteerCo|steering committee|Chief of Staff/Special projects|*
PMO|programme management office|Chief of Staff/Special projects|*
programme office/program office|the office tracking the company's key programmes|Chief of Staff/Special projects|*
tiger team|a small team formed to solve one urgent problem|Chief of Staff/Special projects|*
special project/special projects|work the CEO asks for outside the usual lines|Chief of Staff/Special projects
key project/key projects/key initiative/key initiatives/key programme/key programmes|the company's most important work|Chief of Staff/Key projects
RAID log|the risks, assumptions, issues and dependencies of key programmes|Chief of Staff/Key projects
status report|a report on the progress of key programmes|Chief of Staff/Key projects|*
dependency map|how the key initiatives depend on each other|Chief of Staff/Key projects|*
QBR|quarterly business review|Chief of Staff/The executive team's agenda
MBR|monthly business review|Chief of Staff/The executive team's agenda
business review|the leadership team's review of the business|Chief of Staff/The executive team's agenda
staff meeting|the leadership team's regular meeting|Chief of Staff/The executive team's agenda|*
ELT|executive leadership team|Chief of Staff/The executive team's agenda|*
SLT|senior leadership team|Chief of Staff/The executive team's agenda|*
exec/execs|the executives|Chief of Staff/The executive team's agenda|*
CEO|chief executive officer|Chief of Staff/The executive team's agenda|*
founder/founders|the company's founders|Chief of Staff/The executive team's agenda|*
BoD|board of directors|Chief of Staff/The executive team's agenda|*
board pack|the papers sent to the board before a meeting|Chief of Staff/The executive team's agenda|*
offsite/off-site|a leadership team's meeting away from the office|Chief of Staff/The executive team's agenda
comms|communications to the company|Chief of Staff/Link vision and execution
all-hands/all hands|a meeting of the whole company|Chief of Staff/Link vision and execution|*
town hall|a meeting of the whole company with questions|Chief of Staff/Link vision and execution|*
pre-read/pre-reads|papers read before an executive meeting|Chief of Staff/The executive team's agenda|*
action log/action tracker|follow-ups agreed at a leadership meeting|Chief of Staff/The executive team's agenda|*
deck|slides for a presentation|Chief of Staff/Decision support|*
one-pager|a one-page summary for a decision|Chief of Staff/Decision support|*
write-up|a written account for decision-makers|Chief of Staff/Decision support|*
decision paper|a paper setting out a decision to be made|Chief of Staff/Decision support|*
options paper|a paper weighing the options of a decision|Chief of Staff/Decision support|*
business case|the argument for an investment, for a decision|Chief of Staff/Decision support|*
storyline|the narrative of a presentation|Chief of Staff/Decision support|*
Q&A/FAQ/FAQs|prepared questions and answers|Chief of Staff/Decision support|*
remarks|what the CEO will say|Chief of Staff/Decision support|*
market sizing|estimating a market's size for a decision|Chief of Staff/Decision support|*
gap analysis|where execution falls short of the plan|Chief of Staff/Decision support|*
AOP|annual operating plan|Chief of Staff/Link vision and execution
3-year plan/3-yr plan/three-year plan|the company's multi-year plan|Chief of Staff/Link vision and execution
kickoff/kick-off|the start of the year's or quarter's plan|Chief of Staff/Link vision and execution
roadmap/roadmaps|the planned sequence of work|Chief of Staff/Link vision and execution
cascade|passing goals down through the organisation|Chief of Staff/Link vision and execution
due diligence/diligence|investigating a company before a deal|CEO/Final say
M&A|mergers and acquisitions|CEO/Final say
corp dev|corporate development: acquisitions and partnerships|CEO/Final say
data room|documents shared with investors or buyers|CEO/The board of directors
fundraising/fundraise|raising capital from investors|CEO/The board of directors
AGM|annual general meeting of shareholders|CEO/The board of directors
IR|investor relations|CEO/The board of directors
GTM|go to market: entering a market|CEO/Final say
Series A/Series B/Series C/Series D|a funding round|CEO/The board of directors
hiring/hire|taking on new employees|COO/Run the operational teams
FTE/FTEs|full-time equivalent|COO/Run the operational teams
L&D|learning and development|COO/Run the operational teams
EOR|employer of record|COO/Run the operational teams
on-call/on call|being available to handle incidents out of hours|COO/Day-to-day operations
HQ|headquarters|COO/Day-to-day operations
PPE|personal protective equipment|COO/Day-to-day operations
HVAC|heating, ventilation and air conditioning|COO/Day-to-day operations
CCTV|closed-circuit television|COO/Day-to-day operations
fit-out/fitout|fitting out a space for use|COO/Day-to-day operations
refurb|refurbishment|COO/Day-to-day operations
fire warden|an employee trained to lead an evacuation|COO/Day-to-day operations
DSE|display screen equipment, whose use is assessed for health and safety|COO/Day-to-day operations
LOTO|lockout/tagout, isolating machines before maintenance|COO/Day-to-day operations
TPM|total productive maintenance|COO/Day-to-day operations
CMMS|computerised maintenance management system|COO/Day-to-day operations
PPM|planned preventive maintenance|COO/Day-to-day operations
changeover|switching a production line from one product to another|COO/Day-to-day operations
8D|a problem-solving method for defects|COO/Day-to-day operations
RCA|root cause analysis|COO/Day-to-day operations
SMED|single-minute exchange of die: quick changeovers|COO/Process optimisation
5S|a method for keeping a workplace in order|COO/Process optimisation
gemba/gemba walk|going to see the work where it is done|COO/Process optimisation
shared services/shared service centre|a central team doing common back-office work|COO/Process optimisation
first contact resolution/first-contact resolution|requests resolved at the first contact|COO/Day-to-day operations
returns|goods customers send back|COO/Day-to-day operations
reverse logistics|handling goods customers send back|COO/Day-to-day operations
customs clearance/customs broker|getting goods through customs|COO/Day-to-day operations
peak|the busiest trading period|COO/Day-to-day operations
Black Friday/Cyber Monday|the busiest retail days of the year|COO/Day-to-day operations
RevPAR|revenue per available room|COO/Day-to-day operations
chargeback/chargebacks|a card payment reversed at the cardholder's request|COO/Day-to-day operations
intercompany|between the group's own companies, in its accounts|COO/Day-to-day operations
corporate card/corporate cards|company payment cards for employees' spending|COO/Efficiency and operating costs
T&E|travel and expenses|COO/Efficiency and operating costs
CLM|contract lifecycle management|COO/Efficiency and operating costs
tender/tendering|inviting bids for a contract|COO/Efficiency and operating costs
sourcing/dual-source/dual sourcing/single-source|finding and choosing suppliers|COO/Efficiency and operating costs
PCI DSS/PCI|the payment card industry's data security standard|COO/Day-to-day operations
KYC|know-your-customer checks|COO/Day-to-day operations
AML|anti-money-laundering checks|COO/Day-to-day operations
MI|management information: the reports a business is run on|COO/Day-to-day operations
admin|administration|COO/Day-to-day operations
IAM|identity and access management|COO/Day-to-day operations
MFA/2FA|multi-factor authentication|COO/Day-to-day operations
phishing|fraudulent messages that steal credentials|COO/Day-to-day operations
infosec/cybersecurity/cyber|information security|COO/Day-to-day operations
vuln/vulns|vulnerabilities|COO/Day-to-day operations
DSAR|data subject access request|COO/Day-to-day operations
data protection|keeping personal data safe and lawful|COO/Day-to-day operations
records retention/retention schedule|how long records are kept|COO/Day-to-day operations
span of control|how many people report to each manager|COO/Scale the organisation
operating model|how the organisation is set up to run|COO/Scale the organisation
job architecture|the organisation's structure of roles and levels|COO/Scale the organisation
board paper/board papers|papers for a board meeting|Chief of Staff/The executive team's agenda|*
RemCo/remuneration committee|the board's committee on executive pay|Chief of Staff/The executive team's agenda|*
NomCo/nominations committee/nomination committee|the board's committee on appointments|Chief of Staff/The executive team's agenda|*
retreat|a leadership team's meeting away from the office|Chief of Staff/The executive team's agenda
operating rhythm/operating cadence|the leadership's calendar of meetings and reviews|Chief of Staff/The executive team's agenda
decision rights/decision log|who decides what, and what was decided|Chief of Staff/The executive team's agenda
DACI/RAPID|a way of assigning decision roles|Chief of Staff/Decision support
pre-mortem|imagining a plan's failure to find its risks|Chief of Staff/Decision support
deep dive/deep-dive|an in-depth analysis for decision-makers|Chief of Staff/Decision support|*
slides/slide deck|a presentation's slides|Chief of Staff/Decision support|*
exec summary/executive summary|the short version for executives|Chief of Staff/Decision support|*
eval/evals|evaluation|Chief of Staff/Decision support
competitive landscape/landscape scan|a survey of a market's players|Chief of Staff/Decision support
stakeholder map/stakeholder mapping|who has a stake in a decision, and where they stand|Chief of Staff/Strategic alignment
stage-gate/stage gate|a programme's checkpoints to continue or stop|Chief of Staff/Key projects
post-merger integration/PMI/IMO|bringing an acquired company in|Chief of Staff/Key projects
retro/retrospective|a look back at how a period or a plan went|Chief of Staff/Link vision and execution
strategic planning|planning the company's strategy|Chief of Staff/Link vision and execution
annual planning/annual plan/planning cycle/planning calendar|the company's yearly planning|Chief of Staff/Link vision and execution
all staff/all employees/whole company/company-wide|everyone in the company, as an audience|Chief of Staff/Link vision and execution
go-to-market|entering a market: how the company sells there|CEO/Final say
hospitality|hotels, restaurants and events|COO/Day-to-day operations
roadshow/road show|presenting the strategy across the company|Chief of Staff/Link vision and execution
succession planning|preparing who will take over key roles|CEO/Build and lead the executive team
capital allocation|deciding where the company invests|CEO/Final say
capital campaign|a non-profit's major fundraising drive|CEO/The board of directors
annual report|the company's yearly report to its shareholders|CEO/The board of directors
underwriting|assessing and pricing the risks an insurer takes on|COO/Day-to-day operations
FNOL|first notice of loss: the start of an insurance claim|COO/Day-to-day operations
loss ratio|claims paid as a share of premiums|COO/Day-to-day operations
smart meter/smart meters|a meter that reports its readings itself|COO/Day-to-day operations
discharge/discharges|patients leaving hospital|COO/Day-to-day operations
length of stay|how long patients stay in hospital|COO/Day-to-day operations
patient flow|moving patients through a hospital without delay|COO/Day-to-day operations
locum/locums|a professional standing in for another|COO/Run the operational teams
markdown/markdowns|price cuts to clear stock|COO/Day-to-day operations
planogram|where each product goes on a shelf|COO/Day-to-day operations
footfall|the number of people coming into a shop|COO/Day-to-day operations
click and collect/click & collect|orders picked up in a shop|COO/Day-to-day operations
POS|point of sale|COO/Day-to-day operations
shrink|stock lost to theft, damage or error|COO/Day-to-day operations
category management/category review/range review|managing what a shop sells, by group of products|COO/Day-to-day operations
open-to-buy|what a buyer may still order this period|COO/Day-to-day operations
merch|merchandising|COO/Day-to-day operations
F&B|food and beverage|COO/Day-to-day operations
front office|a hotel's reception and guest services|COO/Day-to-day operations
check-in/check-out|guests arriving and leaving|COO/Day-to-day operations
snagging/snag list|fixing defects before a building is handed over|COO/Day-to-day operations
practical completion|the point where a building is handed over|COO/Day-to-day operations
design freeze|fixing a design so that building can start|COO/Day-to-day operations
MRO|maintenance, repair and operating supplies|COO/Day-to-day operations
BOM/bill of materials|the parts a product is made of|COO/Day-to-day operations
work order/work orders|an order to carry out a job of maintenance or production|COO/Day-to-day operations
kanban|signal cards that pull stock through a process|COO/Process optimisation
SPC|statistical process control|COO/Process optimisation
takt time/cycle time/lead time|how long a step or a process takes|COO/Process optimisation
FOI|a freedom of information request|COO/Day-to-day operations
funder/funders|an organisation that funds a charity's work|COO/Day-to-day operations
chief executive/chief exec|the organisation's chief executive|Chief of Staff/The executive team's agenda|*
vice-chancellor|a university's chief executive|Chief of Staff/The executive team's agenda|*
governors/board of governors|the board of a school, hospital or university|Chief of Staff/The executive team's agenda|*
CS|customer success or customer support|COO/Day-to-day operations
turnaround/turnaround time/TAT|the time taken to complete a request or a case|COO/Day-to-day operations
pen test/pentest/penetration test|an authorised attack on a system to find its security flaws|COO/Day-to-day operations
sustainability/ESG/net zero|environmental, social and governance performance, and its reporting|COO/Day-to-day operations
paper/papers|a written paper for a decision or a forum|Chief of Staff/Decision support|*
MSA/SOW/MOU/NDA|an agreement with a supplier or partner: master services agreement, statement of work, memorandum of understanding, non-disclosure agreement|COO/Efficiency and operating costs
decommissioning/decommission|taking a plant, site or system out of service|COO/Day-to-day operations
vegetation management|clearing trees and plants from power lines, pipelines and tracks|COO/Day-to-day operations
SAIDI/SAIFI/CAIDI|an electricity network's reliability indices (IEEE 1366)|COO/Day-to-day operations
ExCo/SMT|the executive committee, the senior management team|Chief of Staff/The executive team's agenda|*
HACCP|hazard analysis and critical control points, the food-safety system (Codex Alimentarius)|COO/Day-to-day operations
serialisation/serialization|marking each pack with a unique code to trace it through the supply chain (GS1)|COO/Day-to-day operations
comp|compensation: pay, bands and reviews|COO/Run the operational teams
comp set|competitive set: the competitors a hotel benchmarks itself against (STR)|Chief of Staff/Decision support
planning process/annual planning process/strategic planning process/strategy process|the company's yearly cycle of setting its strategy and plans|Chief of Staff/Link vision and execution
entity/entities/legal entity|a legal entity of the group: its set-up, filings, accounts and closure|COO/Day-to-day operations
whistleblowing/whistleblower/speak-up|reporting wrongdoing through a protected channel (EU Directive 2019/1937)|COO/Day-to-day operations
SOX/Sarbanes-Oxley|the US law on internal controls over financial reporting|COO/Day-to-day operations
modern slavery|the yearly statement on forced labour in the supply chain (UK Modern Slavery Act 2015)|COO/Day-to-day operations
TMO/integration management office/transformation office|the office running a merger's integration or a transformation programme|Chief of Staff/Special projects|*
1-year plan/3-year picture/10-year target/core focus|the company's vision and goals (EOS)|Chief of Staff/Link vision and execution
company scorecard/measurables|the company's weekly measures (EOS)|Chief of Staff/Strategic alignment
L10/Level 10|the leaders' weekly meeting (EOS)|Chief of Staff/The executive team's agenda
state of the company|a talk on the company to all staff (EOS)|Chief of Staff/Link vision and execution|*
VCP/value creation plan/value-creation plan/100-day plan/first 100 days|a new owner's plan for the company (private equity)|Chief of Staff/Key projects
synergy/synergies|the gains a merger should bring|Chief of Staff/Key projects
RAG|red, amber, green status|Chief of Staff/Key projects
add-on/add-ons/bolt-on/bolt-ons/tuck-in/buy-and-build|an acquisition by a private-equity platform|CEO/Final say
carve-out/carve out/exit readiness/sale process|a sale of the company or a part of it|CEO/Final say
DD/CDD/VDD|due diligence|CEO/Final say
clean team|who may see a deal party's data|CEO/Final say
equity story/management presentation|the company's pitch to buyers or lenders|Chief of Staff/Decision support|*
OP/operating partner/operating partners/lender/lenders/LP/LPs|an investor or lender of the company|CEO/The board of directors
MIP|management incentive plan|CEO/Build and lead the executive team
sales tax/payroll tax/nexus|tax filings|COO/Day-to-day operations
ITGC|IT general controls|COO/Day-to-day operations
management letter|an auditor's letter on controls|COO/Day-to-day operations
OSHA|the US workplace safety regulator|COO/Day-to-day operations
TRIR|total recordable incident rate|COO/Day-to-day operations
audit committee|a board committee|Chief of Staff/The executive team's agenda|*
JV/joint venture|a company owned with a partner|CEO/Final say
auditor/auditors|the external auditors|COO/Day-to-day operations
branch/branches|a local site|COO/Day-to-day operations
on-time/on time|delivered when promised|COO/Day-to-day operations
dispatch|sending staff to jobs|COO/Day-to-day operations
open req/open reqs/requisitions|a job opening to fill|COO/Run the operational teams
storm/hurricane/flood/flooding/wildfire|severe weather|COO/Day-to-day operations
`;

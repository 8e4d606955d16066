/**
 * The concepts of each built-in charter line, as WordNet 3.1 synsets: the seeds scripts/lexicon.ts grows the
 * lexicon from. Each concept is "label=synset[/depth][-word…]": the word a reason names ("'warehouse' is a
 * kind of facility"), the synset id it stands for (offset-pos, as WordNet's data files print it), how many
 * levels of kinds (hyponyms) to reach below it (default 1; 0 for synonyms and derived forms only), and words to
 * leave out because sheets mean another of their senses ("-tour": a tour of duty is a kind of shift, but a
 * tour in a plan is a journey; "-preparation": board preparation is getting ready, not training). The generator checks that each label is a lemma of its synset, so a seed
 * cannot silently point at another sense.
 *
 * A concept marked "*" says what kind of work product or forum the work is (a memo, a briefing, the board), or
 * that the work is putting a decision into practice: it weighs more than the subject when the engine decides
 * between the owner pair (issue 21: the deliverable weighs more than the subject).
 *
 * `line` names a built-in charter line by its charter and the words it starts with.
 */
export interface SeedLine {
  line: string;
  concepts: string;
}

export const SEEDS: readonly SeedLine[] = [
  {
    line: "COO/Operational strategy",
    concepts: "*implementation=00044888-n/0 *execution=01129700-n/0-executive operation=00410032-n/0",
  },
  {
    line: "COO/Process optimisation",
    concepts:
      "procedure=01025762-n workflow=00251010-n bottleneck=13936007-n automation=00103277-n/0 " +
      "optimization=00260894-n efficiency=05652372-n approval=01217882-n streamline=01693794-v " +
      "standardization=01161177-n/0 simplification=01214378-n/0",
  },
  {
    line: "COO/Efficiency and operating costs",
    concepts:
      "cost=13296870-n-terms expense=13296518-n overhead=13298202-n spending=13296311-n waste=00743943-n " +
      "vendor=10596736-n/0-market-marketer-marketable-traffic-trafficker supplier=10696710-n procurement=00084549-n purchasing=00082392-n " +
      "license=06561652-n/0 subscription=13302153-n/0 invoice=06528946-n/0 payment=13299398-n " +
      "lease=06535123-n contract=06532935-n/1-charter purchase_order=06541210-n/0",
  },
  {
    line: "COO/Day-to-day operations",
    concepts:
      "facility=03319968-n/2 office=03847186-n workplace=04609402-n-central premises=08644736-n " +
      "maintenance=00268366-n cleaning=00251880-n security=08137885-n security_measures=00824977-n " +
      "equipment=03298959-n/1 machine=03705309-n/0 crisis=13956593-n/0 " +
      "desk=03184367-n/0 furniture=03410635-n/0 building=02916498-n/0 renovation=00265962-n/0 " +
      "repair=00267650-n/0-fix-fixing-fixture-reparation",
  },
  {
    // Facilities and the workplace: property, leases, floors and rooms, moves, utilities, building security.
    line: "COO/Day-to-day operations",
    concepts:
      "real_estate=13267374-n/1-immovable-land-acres-dead_hand lease=13269292-n/0 rent=13316680-n/0 sublease=13269827-n/0 " +
      "tenancy=01056259-n/0 landlord=10264933-n/0 tenant=10719850-n/0 floor=03370837-n/0 " +
      "room=04112987-n/1-boardroom-council_chamber-war_room-library-study-closet conference_room=03094335-n/0 " +
      "headquarters=03509867-n/0 site=08668822-n/0 campus=08535652-n/0 workspace=08701929-n/0 " +
      "relocation=00169479-n/0 catering=01106229-n/0 canteen=02955921-n/0 utility=00580371-n/0 " +
      "electricity=11470903-n/0 energy=11472496-n/0 heating=03514169-n/0 air_conditioning=02689238-n/0 " +
      "plumbing=03975399-n/0 recycling=00950684-n/0 sanitation=00255282-n/0 hygiene=14518664-n/0 " +
      "security_guard=10789727-n/0-watch-watcher badge=06895611-n/0 alarm=02697285-n/1 surveillance=00653709-n/0 " +
      "evacuation=00055641-n/0 fire_alarm=03348583-n/0 fire_door=03350208-n/0 elevator=03286056-n/0-elevate " +
      "construction=00912746-n/1-build-grading-leveling refurbishment=14447921-n/0 reception_desk=04068793-n/0 locker=02936846-n/0",
  },
  {
    // Logistics and the supply chain: stock, goods moving, carriers and fleets, orders and returns.
    line: "COO/Day-to-day operations",
    concepts:
      "logistics=01062669-n transportation=01107164-n/2 cargo=02967841-n freight=01108177-n " +
      "delivery=00318033-n/1 dispatch=00062110-n fleet=08310411-n motor_vehicle=03796768-n truck=04497386-n " +
      "van=04527465-n/0 forklift=03389198-n/0 stock=04328672-n stocktaking=01013367-n warehouse=04558341-n " +
      "storehouse=04336328-n storage=00373415-n/0 carrier=08074469-n/0 pallet=03885279-n/0 packing=00323054-n " +
      "inventory=06504655-n/0 distribution=01114977-n/0 courier=10330688-n/0 container=03099154-n/0-contain-continent " +
      "import=03569847-n/0 export=03311152-n/0 stockpile=08479216-n/0 " +
      "packaging=01105693-n/0 supply=13584725-n/0",
  },
  {
    // Manufacturing and quality: plants and lines, output, materials, defects, scrap and waste.
    line: "COO/Day-to-day operations",
    concepts:
      "plant=03963198-n factory=03321351-n production=00915536-n manufacturing=00926639-n " +
      "production_line=04014761-n/0 downtime=15142563-n/0 output=00916463-n/0 throughput=04436890-n/0 " +
      "raw_material=14620880-n/1 spare_part=04274980-n/0 recall=07294777-n/0 calibration=01001187-n/0 " +
      "machinery=03706974-n/1 scrap=14881648-n/0 waste_material=14880414-n/0 leakage=07451261-n/0-escape " +
      "shrinkage=00783134-n/0 emission=14876637-n/0 pollution=00277831-n/0 quality_control=00808145-n " +
      "inspection=00880949-n audit=00141996-n defect=14487787-n",
  },
  {
    // Service and support operations, and the places they run: customers' complaints and claims,
    // queues and waiting lists, bookings, hospitals, hotels, restaurants and shops.
    line: "COO/Day-to-day operations",
    concepts:
      "complaint=07223368-n queue=08449355-n/0 waiting_list=06509004-n/0 claim=06742613-n/0 " +
      "booking=01220817-n/0-reserve-book appointment=08401740-n/0-date admission=01250738-n/0-admit triage=01019109-n/0 " +
      "hospital=03545775-n/0 ward=04557205-n/0 patient=10425439-n/0 clinic=03047259-n guest=10170653-n/0 " +
      "housekeeping=00581998-n/0 menu=06504930-n/0 kitchen=03625099-n/0 meal=07589261-n/0 " +
      "restaurant=04088393-n/1 hotel=03547513-n/1 shop=04209460-n/0 retail=01116568-n/0 " +
      "checkout=03015395-n/0 cashier=09918741-n/0 billing=07205601-n/0-charge refund=13303184-n/0 " +
      "telephone=04408223-n/0 registration=00050857-n/0 accommodation=02675001-n/0",
  },
  {
    // IT and tools: computers, devices, software and licences, accounts and access, security operations.
    line: "COO/Day-to-day operations",
    concepts:
      "computer=03086983-n computer_network=03089375-n portable_computer=03991590-n software=06578068-n " +
      "hardware=03498434-n help_desk=01213037-n email=06289979-n/0 " +
      "password=06686933-n/0-word-parole-countersign-watchword application=06582286-n/0 server=04182208-n/0 " +
      "backup=02774845-n/0 upgrade=06916031-n/0 printer=04011143-n/0 database=06650349-n/0 " +
      "access=05183715-n/0 authentication=00155053-n/0 vulnerability=05050025-n/0 breach=00069721-n/0 " +
      "fraud=00770581-n/0 computer_virus=06597992-n/0 spam=06291000-n/0 firewall=03352988-n/0 " +
      "encryption=00617127-n/0 administration=01138273-n/0 administrator=09790372-n/0-decision_maker",
  },
  {
    // Health and safety, and continuity: hazards, injuries, fire, emergencies, disasters, outages.
    line: "COO/Day-to-day operations",
    concepts:
      "safety=14562074-n hazard=14565454-n/0 accident=07315954-n injury=07328236-n fire_drill=00896677-n " +
      "first_aid=00657767-n fire=07317454-n/0 ergonomics=06135974-n/0 emergency=07432005-n/0 " +
      "disaster=07329438-n/0 contingency=07305484-n/0 disruption=00384760-n/0 outage=07436459-n/0 " +
      "recovery=00046648-n/0",
  },
  {
    // Finance operations: accounts, invoices, ledgers, payables, reconciliations, cards and cash.
    line: "COO/Day-to-day operations",
    concepts:
      "accounting=00619974-n bookkeeping=00620470-n reconciliation=00185953-n payable=14514385-n " +
      "ledger=13425421-n/0 credit_card=13397185-n/0-plastic petty_cash=13443584-n/0 accrual=00372821-n/0",
  },
  {
    // The operations of other sectors: hospitals and clinics, shops, hotels and events, sites and
    // contractors, insurers, utilities' networks and meters, charities' donors, grants and volunteers,
    // public services' residents.
    line: "COO/Day-to-day operations",
    concepts:
      "bed=02821967-n/0 inpatient=10227300-n/0-inmate outpatient=10407635-n/0 operating_room=03855765-n/0 " +
      "pharmacy=06064831-n/0 referral=00122724-n/0 merchandising=01115160-n/0-selling-marketing " +
      "replenishment=13569128-n/0-replacement-renewal-refilling banquet=08270561-n/0-feast " +
      "subcontractor=10687302-n/0 scaffolding=04148777-n/0-staging reinsurance=13369471-n/0 " +
      "premium=13322642-n/0 policyholder=10469238-n/0 broker=09796453-n/0-agent-factor " +
      "meter=03758568-n/1 grid=04003385-n/0 substation=04355780-n/0 volunteer=10778819-n/0 " +
      "donor=10045455-n/0-giver-presenter-bestower donation=13291061-n/0-contribution grant=13287915-n/0 " +
      "beneficiary=09869529-n/0 resident=10543112-n/0",
  },
  {
    // Legal and compliance operations: rules, permits, certificates, standards and their audits.
    line: "COO/Day-to-day operations",
    concepts:
      "compliance=01206166-n regulation=06676796-n regulation=00806695-n/0 certification=06483016-n accreditation=01142514-n/0 " +
      // Intellectual property as the legal team runs it: filings, registrations, renewals.
      "trademark=06864792-n/0 patent=06513132-n/0 copyright=06484839-n/0",
  },
  {
    line: "COO/Run the operational teams",
    concepts:
      "staff=08456947-n headcount=13613967-n capacity=00916626-n shift=15317037-n-tour-go shift=08235314-n " +
      "roster=06506991-n schedule=06507319-n-timetable workforce=08229268-n personnel=08135966-n " +
      "training=00895653-n-preparation-prepare-grooming payroll=13433894-n payroll_department=08137054-n " +
      "compensation=13303573-n benefit=13317922-n attendance=15310217-n recruitment=01266204-n/0 " +
      "absence=01236910-n/0",
  },
  {
    // People operations: hiring and interviews, leave and overtime, contractors and temps, visas, travel
    // and expenses, workload and utilisation, pay and pensions.
    line: "COO/Run the operational teams",
    concepts:
      "interview=07210735-n/0 employment=01220349-n/0-engage leave=15164090-n/1 vacation=15162842-n/0 " +
      "overtime=15162146-n/0 contractor=09980167-n/0 temp=10718911-n/0 visa=06700628-n/0 " +
      "immigration=00057131-n/0 travel=00296527-n/0 expense=13298909-n/0 reimbursement=13311025-n/0 " +
      "workload=00582278-n/0 utilization=00948944-n/0-use-usage-exercise-utilizable-useable-usable utilization=14604021-n/0 pension=13405337-n/0 " +
      "wage=13300285-n/1-found insurance=13365819-n/0 allowance=13314400-n/0 bonus=13294177-n/0 payslip=13433304-n/0",
  },
  {
    // The front line the operational teams are made of: clinicians and nurses, drivers, cooks and waiters,
    // cleaners, porters, technicians and repair crews.
    line: "COO/Run the operational teams",
    concepts:
      "clinician=09949035-n/0 health_professional=10184702-n/1 nurse=10386665-n/1 " +
      "physician=10040615-n/0-doc-md paramedic=10417875-n/0 technician=10715747-n/1 " +
      "repairman=10540693-n/0 driver=10054631-n/1 chef=09983053-n/0 cook=09982799-n/0 waiter=10783051-n/0 " +
      "cleaner=09946547-n/1 janitor=10239247-n/0 receptionist=10530662-n/0 porter=10475013-n/0 " +
      "crew=08259720-n/0-gang-work_party",
  },
  {
    line: "COO/Collaboration between departments",
    concepts: "collaboration=01207646-n cooperation=01205394-n coordination=00808934-n",
  },
  {
    line: "COO/Scale the organisation",
    concepts:
      "policy=05910115-n handbook=06432944-n/0 manual=06433328-n/0 reorganization=01140308-n reorganization=00201617-n expansion=00366535-n/0",
  },
  {
    line: "Chief of Staff/Strategic alignment",
    concepts: "alignment=01002010-n/0 goal=05989760-n objective=05990115-n priority=13973020-n",
  },
  {
    line: "Chief of Staff/Key projects",
    concepts:
      "portfolio=06506144-n/0 milestone=07433316-n dependency=14024833-n/0 governance=01127115-n/0 " +
      "oversight=01137850-n/0-supervision-supervising-superintendence sponsor=10427699-n/0-patron-supporter",
  },
  {
    line: "Chief of Staff/Decision support",
    concepts:
      "*memo=06518182-n *brief=06480311-n *briefing=07232442-n *recommendation=06684382-n analysis=00635519-n " +
      "research=00638164-n scenario=06768822-n *tradeoff=01169250-n feasibility=05159611-n/0 " +
      "benchmark=07275811-n/0 synthesis=05791945-n/0 summary=06478678-n/0 " +
      "competitor=10552570-n/0-competition-challenger evaluation=05744094-n/0-valuation-rating " +
      "evaluation=00876484-n/0-rating",
  },
  {
    line: "Chief of Staff/The executive team's agenda",
    concepts:
      "*agenda=06496950-n meeting=08324519-n/1 conference=08325427-n *summit=08329289-n " +
      "*board=08339911-n/0 director=10035230-n *executive=10089452-n *talking_point=06619557-n " +
      "*speech=07253354-n/1 *keynote=07254938-n *narrative=07235754-n/0 trustee=10535887-n/0-regent " +
      "chairman=10488547-n/0-chair forum=08326684-n/0 cadence=04999057-n/0 rhythm=04775267-n/0 " +
      "*governing_body=08181484-n/0-administration-establishment-governance-organisation-organization-brass-administer-administrative " +
      "council=08327879-n/0 *cabinet=08398551-n/0 *mayor=10323481-n/0-city_manager *president=10488144-n/0",
  },
  {
    line: "Chief of Staff/Link vision and execution",
    concepts:
      "planning=01146646-n/1-scheduling-programming-programing-birth_control-birth_prevention-family_planning " +
      "commitment=06697128-n/0 announcement=06738907-n town_meeting=08329392-n " +
      "strategy=05913942-n/0",
  },
  {
    line: "Chief of Staff/Special projects",
    concepts:
      "*committee=08341444-n/1-commission-commit *task_force=08225365-n *working_group=08425857-n *steering_committee=08343636-n",
  },
  {
    line: "CEO/Vision, mission",
    concepts: "values=05963761-n culture=06204144-n",
  },
  {
    line: "CEO/Final say",
    concepts: "acquisition=00078239-n/0 investment=01101341-n/1 merger=01240989-n/0-uniting",
  },
  {
    line: "CEO/The board of directors",
    concepts: "investor=10235776-n/1 shareholder=10677408-n",
  },
  {
    line: "CEO/Culture and values",
    concepts: "press=06274022-n/0 public_relations=07262593-n/0",
  },
];

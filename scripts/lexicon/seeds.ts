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
    concepts: "*implementation=00044888-n/0 *execution=01129700-n/0 operation=00410032-n/0",
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
      "vendor=10596736-n/0 supplier=10696710-n procurement=00084549-n purchasing=00082392-n " +
      "license=06561652-n/0 subscription=13302153-n/0 invoice=06528946-n/0 payment=13299398-n " +
      "lease=06535123-n contract=06532935-n/1-charter purchase_order=06541210-n/0",
  },
  {
    line: "COO/Day-to-day operations",
    concepts:
      "facility=03319968-n/2 office=03847186-n workplace=04609402-n premises=08644736-n " +
      "logistics=01062669-n transportation=01107164-n/2 cargo=02967841-n freight=01108177-n " +
      "delivery=00318033-n/1 dispatch=00062110-n fleet=08310411-n motor_vehicle=03796768-n truck=04497386-n van=04527465-n/0 forklift=03389198-n/0 " +
      "stock=04328672-n stocktaking=01013367-n warehouse=04558341-n storehouse=04336328-n " +
      "maintenance=00268366-n cleaning=00251880-n security=08137885-n security_measures=00824977-n " +
      "safety=14562074-n hazard=14565454-n/0 accident=07315954-n injury=07328236-n fire_drill=00896677-n " +
      "first_aid=00657767-n quality_control=00808145-n inspection=00880949-n audit=00141996-n " +
      "defect=14487787-n computer=03086983-n computer_network=03089375-n portable_computer=03991590-n software=06578068-n hardware=03498434-n help_desk=01213037-n " +
      "complaint=07223368-n equipment=03298959-n/1 machine=03705309-n/0 plant=03963198-n factory=03321351-n " +
      "production=00915536-n manufacturing=00926639-n packing=00323054-n clinic=03047259-n " +
      "carrier=08074469-n/0 pallet=03885279-n/0 telephone=04408223-n/0 email=06289979-n/0 " +
      "password=06686933-n/0-word-parole-countersign-watchword crisis=13956593-n/0 desk=03184367-n/0 " +
      "furniture=03410635-n/0 building=02916498-n/0 renovation=00265962-n/0 repair=00267650-n/0-fix-fixing-fixture-reparation " +
      "accounting=00619974-n bookkeeping=00620470-n reconciliation=00185953-n payable=14514385-n " +
      "compliance=01206166-n regulation=06676796-n certification=06483016-n",
  },
  {
    line: "COO/Run the operational teams",
    concepts:
      "staff=08456947-n headcount=13613967-n capacity=00916626-n shift=15317037-n-tour-go shift=08235314-n " +
      "roster=06506991-n schedule=06507319-n workforce=08229268-n personnel=08135966-n " +
      "training=00895653-n-preparation-prepare-grooming payroll=13433894-n payroll_department=08137054-n compensation=13303573-n " +
      "benefit=13317922-n attendance=15310217-n recruitment=01266204-n/0 absence=01236910-n/0",
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
    concepts: "portfolio=06506144-n/0 milestone=07433316-n dependency=14024833-n/0",
  },
  {
    line: "Chief of Staff/Decision support",
    concepts:
      "*memo=06518182-n *brief=06480311-n *briefing=07232442-n *recommendation=06684382-n analysis=00635519-n " +
      "research=00638164-n scenario=06768822-n *tradeoff=01169250-n",
  },
  {
    line: "Chief of Staff/The executive team's agenda",
    concepts:
      "*agenda=06496950-n *minutes=06520103-n meeting=08324519-n/1 conference=08325427-n *summit=08329289-n " +
      "*board=08339911-n/0 director=10035230-n *executive=10089452-n *talking_point=06619557-n " +
      "*speech=07253354-n/1 *keynote=07254938-n *narrative=07235754-n/0 calendar=06499232-n",
  },
  {
    line: "Chief of Staff/Link vision and execution",
    concepts:
      "planning=01146646-n/1 commitment=06697128-n/0 announcement=06738907-n town_meeting=08329392-n " +
      "strategy=05913942-n/0",
  },
  {
    line: "Chief of Staff/Special projects",
    concepts:
      "*committee=08341444-n/1 *task_force=08225365-n *working_group=08425857-n *steering_committee=08343636-n",
  },
  {
    line: "CEO/Vision, mission",
    concepts: "values=05963761-n culture=06204144-n",
  },
  {
    line: "CEO/Final say",
    concepts: "acquisition=00078239-n/0 investment=01101341-n/1 merger=01240989-n/0",
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

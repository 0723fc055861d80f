// The criteria of DOMAIN.md §7. Targets are scenario parameters, not official norms: the strategy names
// what good crisis management looks like, an exercise decides how fast is fast enough. Each criterion
// quotes the strategy passage it rests on; where the measurable rule comes from elsewhere (an evaluation,
// a regulation, a handbook), domainBasis names that source too.
import { CRITERIA, type CriterionId } from '../scenario/vocabulary.js';
import type { Bilingual, Criterion } from './types.js';

type Definition = Omit<Criterion, 'id'>;

// Passages several criteria rest on, written once so they cannot drift apart.
const GEVOLGBESTRIJDING = 'Voorbereiden — Terrorisme gevolgbestrijding';
const COMMUNICATIE = 'Strategische uitgangspunten — Communicatie';

const DECISIVE = {
  quote:
    'Dit vraagt om slagvaardige crisisbesluitvorming, snelle hulpverlening en effectieve en de-escalerende communicatie.',
  quoteEn: 'This calls for decisive crisis decision-making, fast emergency assistance and effective, de-escalating communication.',
  source: GEVOLGBESTRIJDING,
} as const;

const JOINT_STRUCTURE = {
  quote:
    'In een opgeschaalde nationale crisisstructuur treden alle betrokken nationale en lokale partijen door de ' +
    'verschillende fasen van de crisis heen in gezamenlijkheid op.',
  quoteEn:
    'In a scaled-up national crisis structure, all national and local parties involved act jointly through the various ' +
    'phases of the crisis.',
  source: GEVOLGBESTRIJDING,
} as const;

const NO_MESSAGE: Bilingual = {
  nl: 'Er is geen publieksboodschap gepubliceerd.',
  en: 'No public message was published.',
};

const TRIGGER_NEVER_HELD: Bilingual = {
  nl: 'De aanleiding (trigger) heeft zich in deze oefening niet voorgedaan.',
  en: 'The trigger never held in this run.',
};

/** The same clock parameters read the same way in every timed criterion. */
const clock = (from: Bilingual) => ({
  trigger: {
    nl: `Vanaf wanneer de klok loopt: ${from.nl}`,
    en: `When the clock starts: ${from.en}`,
  },
  targetMinutes: {
    nl: 'Gehaald als het binnen zoveel scenariominuten na de aanleiding is gebeurd.',
    en: 'Met when it is done within this many scenario minutes of the trigger.',
  },
  partlyMinutes: {
    nl: 'Deels gehaald als het later dan het doel, maar binnen zoveel minuten na de aanleiding is gebeurd.',
    en: 'Partly met when it is done later than the target but within this many minutes of the trigger.',
  },
});

const DEFINITIONS = {
  C01: {
    criticalByDefault: true,
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'communicatie',
    title: { nl: 'Tijdige eerste publieksboodschap', en: 'Timely first public message' },
    measure: {
      nl: 'De tijd van de eerste melding tot de eerste gepubliceerde publieksboodschap, afgezet tegen het doel van het scenario.',
      en: 'The time from the first notification to the first published public message, against the scenario\'s target.',
    },
    partlyWhen: {
      nl: 'De eerste boodschap kwam na het doel, maar binnen de tijd voor "deels".',
      en: 'The first message came after the target, but within the "partly" time.',
    },
    notApplicableWhen: {
      nl: 'De eerste melding is in deze oefening niet afgeleverd.',
      en: 'The first notification was never delivered in this run.',
    },
    parameters: {
      targetMinutes: {
        nl: 'Gehaald als de eerste publieksboodschap binnen zoveel minuten na de eerste melding is gepubliceerd; zonder waarde geldt communication.firstMessageTargetMinutes van het scenario.',
        en: 'Met when the first public message is published within this many minutes of the first notification; when left out, the scenario\'s communication.firstMessageTargetMinutes applies.',
      },
      partlyMinutes: {
        nl: 'Deels gehaald als de eerste boodschap later dan het doel, maar binnen zoveel minuten na de eerste melding komt.',
        en: 'Partly met when the first message comes later than the target but within this many minutes of the first notification.',
      },
      trigger: {
        nl: 'Laat de klok lopen vanaf het moment dat deze voorwaarde geldt, in plaats van vanaf de eerste melding.',
        en: 'Start the clock when this condition first holds, instead of at the first notification.',
      },
    },
    ...DECISIVE,
    domainBasis: {
      nl: 'Praktijk van crisiscommunicatie (o.a. CDC CERC: "be first"). Er is geen officiële norm voor de eerste boodschap, daarom stelt het scenario het doel.',
      en: 'Crisis-communication practice (e.g. CDC CERC: "be first"). There is no official norm for the first message, so the scenario sets the target.',
    },
  },

  C02: {
    criticalByDefault: true,
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'communicatie',
    title: { nl: 'Zo min mogelijk aandacht voor daders', en: 'As little attention as possible for perpetrators' },
    measure: {
      nl: 'Officiële publieksboodschappen bevatten geen naam, foto, manifest of verheerlijkend detail van de dader. Een verdachte noemen mag alleen zolang die voortvluchtig is en de politie erom vraagt.',
      en: 'Official public messages carry no perpetrator name, photo, manifesto or glorifying detail. Naming a suspect is allowed only while the suspect is at large and the police ask for it.',
    },
    notApplicableWhen: NO_MESSAGE,
    parameters: {},
    quote: 'Na een eventuele aanslag krijgen daders van terrorisme zo min mogelijk aandacht.',
    quoteEn: 'After any attack, perpetrators of terrorism receive as little attention as possible.',
    source: COMMUNICATIE,
    domainBasis: {
      nl: 'Wat als aandacht telt en de uitzondering voor een voortvluchtige verdachte volgen onderzoek naar aandacht voor daders (Lankford & Madfis, "Don\'t Name Them").',
      en: 'What counts as attention, and the exception for a suspect at large, follow research on perpetrator attention (Lankford & Madfis, "Don\'t Name Them").',
    },
  },

  C03: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'communicatie',
    title: { nl: 'Transparant en herleidbaar feitelijk', en: 'Transparent and traceable to facts' },
    measure: {
      nl: 'Het aandeel beweringen in gepubliceerde boodschappen dat berust op een feit dat op dat moment bevestigd was. Wat nog niet bevestigd is, wordt als onbekend benoemd; over het motief wordt niet gespeculeerd.',
      en: 'The share of claims in published messages that rest on a fact confirmed at that moment. What is not yet confirmed is said to be unknown; the motive is not speculated on.',
    },
    partlyWhen: {
      nl: 'Minstens de helft van de beweringen, maar minder dan de drempel, berustte op bevestigde feiten.',
      en: 'At least half of the claims, but fewer than the threshold, rested on confirmed facts.',
    },
    notApplicableWhen: NO_MESSAGE,
    parameters: {
      threshold: {
        nl: 'Het aandeel beweringen (0 tot 1) dat op bevestigde feiten moet berusten om te halen; zonder waarde 1, elke bewering.',
        en: 'The share of claims (0 to 1) that must rest on confirmed facts for "met"; 1, every claim, when left out.',
      },
    },
    defaults: { threshold: 1 },
    quote: 'Boodschappen zijn transparant en herleidbaar feitelijk.',
    quoteEn: 'Messages are transparent and traceably factual.',
    source: COMMUNICATIE,
  },

  C04: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'communicatie',
    title: { nl: 'Inzet en veerkracht zichtbaar', en: 'Response and resilience made visible' },
    measure: {
      nl: 'Gepubliceerde boodschappen maken zowel de inzet van de hulpverleners en CT-partners als de veerkracht van de samenleving zichtbaar.',
      en: 'Published messages make visible both the work of the responders and CT partners and the resilience of society.',
    },
    partlyWhen: {
      nl: 'Maar één van beide is zichtbaar gemaakt, of beide pas na het doel.',
      en: 'Only one of the two was made visible, or both only after the target.',
    },
    notApplicableWhen: NO_MESSAGE,
    parameters: {
      targetMinutes: {
        nl: 'Gehaald als beide binnen zoveel minuten na de eerste publieksboodschap zichtbaar zijn gemaakt.',
        en: 'Met when both are made visible within this many minutes of the first public message.',
      },
      trigger: {
        nl: 'Laat de klok lopen vanaf het moment dat deze voorwaarde geldt, in plaats van vanaf de eerste boodschap.',
        en: 'Start the clock when this condition first holds, instead of at the first public message.',
      },
    },
    quote:
      'De focus ligt dan op het zichtbaar maken van de inzet van de contraterrorisme partners, evenals dat van tal van ' +
      'maatschappelijke organisaties die bijdragen aan de veerkracht van de Nederlandse samenleving om stand te houden ' +
      'tegen terroristische dreigingen.',
    quoteEn:
      'The focus is then on making visible the efforts of the counter-terrorism partners, as well as those of the many ' +
      'civil-society organisations that contribute to the resilience of Dutch society in standing firm against ' +
      'terrorist threats.',
    source: COMMUNICATIE,
  },

  C05: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'communicatie',
    title: { nl: 'Handelingsperspectief: wat, waar, tot wanneer', en: 'Action perspective: what, where, until when' },
    measure: {
      nl: 'Elke beschermende instructie (NL-Alert of handelingsadvies in een boodschap) zegt wat mensen moeten doen, waar het geldt en tot wanneer; als het scenario een instructie nodig maakt, is er binnen het doel een volledige van kracht.',
      en: 'Every protective instruction (NL-Alert or action advice in a message) says what people must do, where it applies and until when; when the scenario calls for one, a complete instruction is in force within the target.',
    },
    partlyWhen: {
      nl: 'Niet elke instructie was volledig, of de eerste volledige kwam na het doel maar binnen de tijd voor "deels".',
      en: 'Not every instruction was complete, or the first complete one came after the target but within the "partly" time.',
    },
    notApplicableWhen: {
      nl: 'Er was geen beschermende instructie nodig (de aanleiding deed zich niet voor) en er is er ook geen gegeven.',
      en: 'No protective instruction was needed (the trigger never held) and none was issued.',
    },
    parameters: clock({
      nl: 'het moment dat een beschermende instructie nodig is (bijv. een gevaarlijke situatie in een wijk). Zonder instructie daarna is het criterium niet gehaald.',
      en: 'the moment a protective instruction is needed (e.g. a dangerous situation in a district). Issuing none after it means not met.',
    }),
    ...DECISIVE,
    domainBasis: {
      nl: 'COT-evaluatie van de tramaanslag in Utrecht ("Een stad in stilte", 2019): het advies om binnen te blijven moest zeggen wat, waar en hoe lang.',
      en: 'COT evaluation of the Utrecht tram attack ("Een stad in stilte", 2019): the stay-indoors advice needed to say what, where and for how long.',
    },
  },

  C06: {
    criticalByDefault: true,
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'besluitvorming',
    title: { nl: 'Tijdig op het juiste niveau opgeschaald', en: 'Right scaling level in time' },
    measure: {
      nl: 'Het vereiste opschalingsniveau (bijv. GRIP 3) is binnen het doel na de aanleiding bereikt, met de politieopschaling en de driehoek (burgemeester, hoofdofficier van justitie, politiechef) tegelijk actief.',
      en: 'The required scaling level (e.g. GRIP 3) is reached within the target after the trigger, with the police scale-up and the driehoek (mayor, chief public prosecutor, police chief) active in parallel.',
    },
    partlyWhen: {
      nl: 'Het niveau werd na het doel maar binnen de tijd voor "deels" bereikt, of de teams ernaast ontbraken.',
      en: 'The level was reached after the target but within the "partly" time, or the teams alongside it were missing.',
    },
    notApplicableWhen: TRIGGER_NEVER_HELD,
    parameters: {
      ...clock({
        nl: 'het moment dat het niveau nodig is (bijv. zodra het incident als mogelijke aanslag is bevestigd).',
        en: 'the moment the level is needed (e.g. once the incident is confirmed as a possible attack).',
      }),
      level: {
        nl: 'Het vereiste niveau (0–5) in het regionale model; een hoger niveau telt ook, want niveaus mogen worden overgeslagen.',
        en: 'The required level (0–5) in the regional model; a higher level counts too, as levels may be skipped.',
      },
      teams: {
        nl: 'Teams die tegelijk actief moeten zijn, bijv. de driehoek en de SGBO.',
        en: 'Teams that must be active in parallel, e.g. the driehoek and the SGBO.',
      },
    },
    ...DECISIVE,
    domainBasis: {
      nl: 'COT-evaluatie van de tramaanslag in Utrecht ("Een stad in stilte", 2019): de driehoek had sneller moeten opschalen, met GRIP 3 parallel; GRIP staat in de regionale crisisplannen.',
      en: 'COT evaluation of the Utrecht tram attack ("Een stad in stilte", 2019): the driehoek should have scaled up faster, with GRIP 3 in parallel; GRIP is set out in the regional crisis plans.',
    },
  },

  C07: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'besluitvorming',
    title: { nl: 'Nationale crisisteams tijdig bijeen', en: 'National crisis teams convened in time' },
    measure: {
      nl: 'De nationale teams (bijv. ICCb, MCCb, NKC, LOCC) komen bijeen zodra hun aanleiding er is, binnen het doel, bijeengeroepen door het ambt dat dat mag en met de juiste voorzitter. De juiste stoel: een besluit van een beleidsteam neemt de voorzitter terwijl het team bijeen is, en een besluit dat een bevoegdheid gebruikt neemt het orgaan dat die bevoegdheid op dat moment heeft (tabel van bevoegdheden, GRIP-niveau); elk besluit op de verkeerde stoel verlaagt de uitkomst één stap.',
      en: 'The national teams (e.g. ICCb, MCCb, NKC, LOCC) are convened once their trigger holds, within the target, by the office entitled to convene them and with the right chair. The right chair: a policy team\'s decision is taken by its chair while the team sits, and a decision that uses a power by the body that holds it at that moment (table of powers, GRIP level); each decision in the wrong chair lowers the result one step.',
    },
    partlyWhen: {
      nl: 'Een deel van de teams kwam op tijd bijeen, of alle teams pas na het doel maar binnen de tijd voor "deels".',
      en: 'Some of the teams were convened in time, or all of them only after the target but within the "partly" time.',
    },
    notApplicableWhen: TRIGGER_NEVER_HELD,
    parameters: {
      ...clock({
        nl: 'het moment dat de teams nodig zijn (bijv. nationale impact of dreigingsniveau 5).',
        en: 'the moment the teams are needed (e.g. national impact or threat level 5).',
      }),
      teams: {
        nl: 'De teams die bijeen moeten komen.',
        en: 'The teams that must be convened.',
      },
    },
    ...JOINT_STRUCTURE,
    domainBasis: {
      nl: 'Nationaal Handboek Crisisbeheersing (2022) en het Instellingsbesluit MCCb (Staatscourant 2022): wie ICCb, MCCb, NKC en LOCC bijeenroept en voorzit.',
      en: 'Nationaal Handboek Crisisbeheersing (2022) and the MCCb decree (Staatscourant 2022): who convenes and chairs the ICCb, MCCb, NKC and LOCC.',
    },
  },

  C08: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'hulpverlening',
    title: { nl: 'Snelle hulpverlening en interventie', en: 'Fast emergency care and intervention' },
    measure: {
      nl: 'Geneeskundige hulp, spreiding van gewonden over de ziekenhuizen en de besluiten over DSI-inzet (verzoek, operationeel plan, goedkeuring) worden binnen het doel na de aanleiding genomen; een bewaakte belasting blijft onder de drempel.',
      en: 'Casualty care, the distribution of the injured over the hospitals and the DSI decisions (request, operational plan, approval) are taken within the target after the trigger; a watched load stays below its threshold.',
    },
    partlyWhen: {
      nl: 'Een deel was op tijd, of alles pas na het doel maar binnen de tijd voor "deels".',
      en: 'Some of it was done in time, or all of it only after the target but within the "partly" time.',
    },
    notApplicableWhen: TRIGGER_NEVER_HELD,
    parameters: {
      ...clock({
        nl: 'het moment dat hulp of interventie nodig is (bijv. de melding van gewonden of van een dader die nog actief is).',
        en: 'the moment care or intervention is needed (e.g. the report of casualties or of an attacker still active).',
      }),
      variable: {
        nl: 'Een variabele die onder de drempel moet blijven, bijv. de ziekenhuisbelasting.',
        en: 'A variable that must stay below the threshold, e.g. hospital load.',
      },
      threshold: {
        nl: 'De grens voor die variabele.',
        en: 'The limit for that variable.',
      },
    },
    quote:
      'Dit vraagt om slagvaardigheid op het gebied van crisisbesluitvorming, snel en effectief optreden door onder meer ' +
      'de Dienst Speciale Interventies (DSI) om gevaar waar mogelijk zo snel mogelijk te beëindigen, snelle opsporing ' +
      'en adequate hulpverlening.',
    quoteEn:
      'This calls for decisiveness in crisis decision-making, swift and effective action by, among others, the Special ' +
      'Interventions Service (DSI) to end danger as quickly as possible where possible, swift criminal investigation and ' +
      'adequate emergency assistance.',
    source: 'Voorbereiden — inleiding',
    domainBasis: {
      nl: 'Inspectie JenV (2019), "De voorbereiding op hulpverlening na een terroristische aanslag"; een DSI-inzet vraagt een operationeel plan dat de minister van JenV of de voorzitter van het College van procureurs-generaal goedkeurt.',
      en: 'Inspectie JenV (2019), "De voorbereiding op hulpverlening na een terroristische aanslag"; a DSI deployment needs an operational plan approved by the Minister of Justice and Security or the chair of the College van procureurs-generaal.',
    },
  },

  C09: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'communicatie',
    title: { nl: 'Eén stem: landelijk en lokaal', en: 'One voice: national and local' },
    measure: {
      nl: 'Geen landelijke (NKC-)boodschap spreekt een lokale of regionale boodschap tegen, in inhoud of in timing.',
      en: 'No national (NKC) message contradicts a local or regional message, in content or in timing.',
    },
    partlyWhen: {
      nl: 'Een afzender zette een eigen eerdere boodschap recht die een andere tegensprak (een correctie binnen dezelfde stem, geen tegenspraak tussen landelijk en lokaal).',
      en: 'A sender corrected an earlier message of its own that another contradicted (a correction within one voice, no contradiction between national and local).',
    },
    notApplicableWhen: {
      nl: 'Er is maar met één stem gepubliceerd (alleen landelijk, of alleen lokaal en regionaal).',
      en: 'Messages were published with only one voice (only national, or only local and regional).',
    },
    parameters: {},
    ...JOINT_STRUCTURE,
    domainBasis: {
      nl: 'COT-evaluatie van de tramaanslag in Utrecht ("Een stad in stilte", 2019): landelijke en lokale boodschappen moesten beter op elkaar aansluiten in timing en inhoud.',
      en: 'COT evaluation of the Utrecht tram attack ("Een stad in stilte", 2019): national and local messages needed better alignment of timing and content.',
    },
  },

  C10: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'ontwrichting',
    title: { nl: 'Onrust en represailles beperken', en: 'Limiting unrest and reprisals' },
    measure: {
      nl: 'Indicatoren voor onrust en represailles worden gevolgd en blijven onder de drempel, waarschijnlijke doelwitten van represailles worden beschermd, en boodschappen zijn de-escalerend: geen stigmatiserende taal, wel een oproep tot kalmte.',
      en: 'Unrest and reprisal indicators are monitored and stay below the threshold, likely reprisal targets are protected, and messages de-escalate: no stigmatising language, a call for calm.',
    },
    partlyWhen: {
      nl: 'Een deel van deze drie is gelukt, maar niet alles.',
      en: 'Some but not all of these three held.',
    },
    notApplicableWhen: {
      nl: 'Onrust en represailles speelden in deze oefening geen rol (de aanleiding deed zich niet voor).',
      en: 'Unrest and reprisals were not in play in this run (the trigger never held).',
    },
    parameters: {
      trigger: {
        nl: 'Vanaf wanneer represailles een risico zijn (bijv. na een gerucht over de achtergrond van de dader).',
        en: 'From when reprisals are a risk (e.g. after a rumour about the attacker\'s background).',
      },
      targetMinutes: {
        nl: 'Plaatsen die gevaar lopen, zijn binnen zoveel minuten na de aanleiding beschermd.',
        en: 'Places at risk are protected within this many minutes of the trigger.',
      },
      variable: {
        nl: 'De indicator die gevolgd wordt, bijv. onrust of het risico op represailles.',
        en: 'The indicator watched, e.g. unrest or reprisal risk.',
      },
      threshold: {
        nl: 'De indicator moet onder deze waarde blijven.',
        en: 'The indicator must stay below this value.',
      },
    },
    quote:
      'Na een aanslag is het zaak maatschappij-ontwrichtende effecten (zoals onrust, represailles en tegenacties) ' +
      'zoveel mogelijk te beperken. Dit vraagt om slagvaardige crisisbesluitvorming, snelle hulpverlening en effectieve ' +
      'en de-escalerende communicatie.',
    quoteEn:
      'After an attack, the task is to limit society-disrupting effects (such as unrest, reprisals and counter-actions) ' +
      'as far as possible. This calls for decisive crisis decision-making, fast emergency assistance and effective, ' +
      'de-escalating communication.',
    source: GEVOLGBESTRIJDING,
  },

  C11: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'communicatie',
    title: { nl: 'Geruchten met feiten weerlegd', en: 'Rumours rebutted with facts' },
    measure: {
      nl: 'Elk gerucht dat opkomt, wordt binnen het doel weerlegd met een gepubliceerd feit dat op dat moment bevestigd was; een "weerlegging" die op iets onbevestigds rust, telt niet en het gerucht verspreidt zich verder.',
      en: 'Every rumour that starts is rebutted within the target with a published fact confirmed at that moment; a "rebuttal" resting on something not yet confirmed does not count, and the rumour spreads on.',
    },
    partlyWhen: {
      nl: 'Een deel van de geruchten is op tijd weerlegd, of alle maar sommige pas binnen de tijd voor "deels".',
      en: 'Some rumours were rebutted in time, or all of them but some only within the "partly" time.',
    },
    notApplicableWhen: {
      nl: 'Er is in deze oefening geen gerucht opgekomen.',
      en: 'No rumour started in this run.',
    },
    parameters: {
      targetMinutes: {
        nl: 'Gehaald als elk gerucht binnen zoveel minuten is weerlegd nadat het de weerleggende rol bereikte (of, als niemand weerlegde, de eerste rol in de structuur).',
        en: 'Met when every rumour is rebutted within this many minutes of reaching the role that rebutted it (or, when nobody did, the first role in the structure that heard it).',
      },
      partlyMinutes: {
        nl: 'Deels gehaald als een gerucht later dan het doel, maar binnen zoveel minuten is weerlegd.',
        en: 'Partly met when a rumour is rebutted later than the target but within this many minutes.',
      },
    },
    quote:
      'Terroristen zetten propaganda en desinformatie in om de democratische rechtsorde te ondermijnen en zo de ' +
      'samenleving te ontwrichten. De inzet van communicatie in reactie hierop is dan ook een belangrijk onderdeel van ' +
      'de aanpak.',
    quoteEn:
      'Terrorists use propaganda and disinformation to undermine the democratic legal order and so to disrupt society. ' +
      'Deploying communication in response is therefore an important part of the approach.',
    source: COMMUNICATIE,
    domainBasis: {
      nl: 'Onderzoek naar geruchten na aanslagen (CREST, "soft facts") en de praktijk van crisiscommunicatie (CDC CERC).',
      en: 'Research on rumours after attacks (CREST, "soft facts") and crisis-communication practice (CDC CERC).',
    },
  },

  C12: {
    objective: 'VB1',
    objectiveFromScenario: false,
    theme: 'nazorg',
    title: { nl: 'Nazorg', en: 'Aftercare' },
    measure: {
      nl: 'Er is een informatie- en adviescentrum (IAC) of één centraal aanspreekpunt voor slachtoffers en verwanten, getroffenen worden actief benaderd en er is nazorg voor hulpverleners geregeld.',
      en: 'An information and advice centre (IAC) or single contact point for victims and relatives is opened, affected people are actively reached out to, and aftercare for responders is arranged.',
    },
    partlyWhen: {
      nl: 'Het IAC ging open, maar na het doel, of niet alle drie de onderdelen zijn geregeld.',
      en: 'The IAC opened, but after the target, or not all three parts were arranged.',
    },
    notApplicableWhen: {
      nl: 'Nazorg was in deze oefening nog niet aan de orde (de aanleiding deed zich niet voor).',
      en: 'Aftercare was not yet called for in this run (the trigger never held).',
    },
    parameters: clock({
      nl: 'het moment dat nazorg nodig is (bijv. zodra er slachtoffers zijn bevestigd).',
      en: 'the moment aftercare is needed (e.g. once casualties are confirmed).',
    }),
    quote: 'Daarna volgt goede nazorg met het oog op maatschappelijk herstel.',
    quoteEn: 'Good aftercare then follows, with a view to societal recovery.',
    source: GEVOLGBESTRIJDING,
    domainBasis: {
      nl: 'Inspectie JenV (2019), "De voorbereiding op hulpverlening na een terroristische aanslag": de gemeente richt een IAC in met slachtofferregistratie door de GHOR; slachtoffers willen één centraal aanspreekpunt en zijn minder zelfredzaam dan gedacht.',
      en: 'Inspectie JenV (2019), "De voorbereiding op hulpverlening na een terroristische aanslag": the municipality runs an IAC with victim registration by the GHOR; victims want one central contact point and are less self-reliant than assumed.',
    },
  },

  C13: {
    objective: 'VB2',
    objectiveFromScenario: false,
    theme: 'bescherming',
    title: { nl: 'Bewaken en beveiligen', en: 'Surveillance and protection' },
    measure: {
      nl: 'Personen en objecten die gevaar lopen, worden via het stelsel bewaken en beveiligen beschermd, met maatregelen die passen bij de dreigingsinschatting.',
      en: 'Persons and objects at risk are protected through the Bewaken en Beveiligen system, with measures that fit the threat assessment.',
    },
    partlyWhen: {
      nl: 'Een deel van wie of wat gevaar liep, is beschermd; of de bescherming kwam na het doel maar binnen de tijd voor "deels"; of de maatregelen gingen verder dan de dreiging vroeg.',
      en: 'Some of those at risk were protected; or protection came after the target but within the "partly" time; or the measures went beyond what the threat called for.',
    },
    notApplicableWhen: {
      nl: 'Er liepen in deze oefening geen personen of objecten gevaar (de aanleiding deed zich niet voor).',
      en: 'No person or object was at risk in this run (the trigger never held).',
    },
    parameters: {
      ...clock({
        nl: 'het moment dat de dreiging tegen personen of objecten bekend is.',
        en: 'the moment the threat against persons or objects is known.',
      }),
      level: {
        nl: 'Het dreigingsniveau (1–5) vanaf waar bescherming wordt verwacht.',
        en: 'The threat level (1–5) from which protection is expected.',
      },
    },
    quote:
      'Het ‘stelsel bewaken en beveiligen’ heeft mede als doel het voorkomen van (terroristische) aanslagen op ' +
      'personen, objecten en diensten. Op basis van specifieke risico-inschattingen en met een helder beeld van ' +
      'ieders verantwoordelijkheid komen er proportionele en adequate beveiligingsmaatregelen.',
    quoteEn:
      'One of the aims of the ‘surveillance and protection system’ is to prevent (terrorist) attacks on persons, objects ' +
      'and services. On the basis of specific risk assessments, and with a clear picture of everyone\'s responsibility, ' +
      'proportionate and adequate security measures are put in place.',
    source: 'Voorbereiden — Verdedigen doelwitten en risicobeheersing',
  },

  C14: {
    objective: 'VB2',
    objectiveFromScenario: false,
    theme: 'vitaleProcessen',
    title: { nl: 'Vitale processen gealarmeerd', en: 'Vital processes alerted' },
    measure: {
      nl: 'Partners die vitale processen uitvoeren (waaronder de burgerluchtvaart) worden via de crisisstructuur gealarmeerd, met een maatregeladvies, binnen het doel na de aanleiding.',
      en: 'Partners running vital processes (civil aviation among them) are alerted through the crisis structure, with measures advice, within the target after the trigger.',
    },
    partlyWhen: {
      nl: 'Gealarmeerd na het doel maar binnen de tijd voor "deels", of gealarmeerd zonder maatregeladvies.',
      en: 'Alerted after the target but within the "partly" time, or alerted without measures advice.',
    },
    notApplicableWhen: TRIGGER_NEVER_HELD,
    parameters: clock({
      nl: 'het moment dat een vitaal proces in gevaar kan zijn (bijv. een dreiging tegen een luchthaven).',
      en: 'the moment a vital process may be at risk (e.g. a threat against an airport).',
    }),
    quote:
      'Een configureerbaar beveiligingssysteem maakt de beveiliging meer robuust (klaar voor nieuwe dreigingen) en ' +
      'flexibel (snel op te schalen bij acute dreigingen).',
    quoteEn:
      'A configurable security system makes security more robust (ready for new threats) and flexible (quick to scale up ' +
      'in acute threats).',
    source: 'Voorbereiden — Beveiliging burgerluchtvaart',
    domainBasis: {
      nl: 'nctv.nl: sinds 2018 loopt alarmering van vitale en kwetsbare bedrijven (ATb) via de driehoek en de crisisstructuur, met maatregeladvies uit de methodiek bewaken en beveiligen; voor de burgerluchtvaart kan de NCTV maatregelen opleggen en luchthavens alarmeren.',
      en: 'nctv.nl: since 2018, alerting of vital and vulnerable companies (ATb) runs through the driehoek and the crisis structure, with measures advice from the Bewaken en Beveiligen method; for civil aviation the NCTV can impose measures and alert airports.',
    },
  },

  C15: {
    objective: 'VB2',
    objectiveFromScenario: false,
    theme: 'online',
    title: { nl: 'Terroristische content online', en: 'Terrorist content online' },
    measure: {
      nl: 'Op terroristische content over de aanslag volgt binnen het doel een verwijderingsbevel of melding, het EU-crisisprotocol wordt overwogen bij viraal aanslagmateriaal, en online desinformatie wordt tegengegaan.',
      en: 'Terrorist content about the attack meets a removal order or referral within the target, the EU Crisis Protocol is considered for viral attack content, and online disinformation is countered.',
    },
    partlyWhen: {
      nl: 'Het bevel of de melding kwam na het doel maar binnen de tijd voor "deels", of niet alle onderdelen zijn gedaan.',
      en: 'The order or referral came after the target but within the "partly" time, or not every part was done.',
    },
    notApplicableWhen: {
      nl: 'Er verscheen in deze oefening geen terroristische content online (de aanleiding deed zich niet voor).',
      en: 'No terrorist content appeared online in this run (the trigger never held).',
    },
    parameters: {
      ...clock({
        nl: 'het moment dat de content online verschijnt.',
        en: 'the moment the content appears online.',
      }),
      targetMinutes: {
        nl: 'Gehaald als het bevel of de melding binnen zoveel minuten na het verschijnen volgt; zonder waarde 60, het uur van de TCO-verordening.',
        en: 'Met when the order or referral follows within this many minutes of the content appearing; 60, the hour of the TCO Regulation, when left out.',
      },
    },
    defaults: { targetMinutes: 60 },
    quote: 'Het kabinet heeft een duidelijk handelingsperspectief om de verspreiding van terroristische content tegen te gaan.',
    quoteEn: 'The cabinet has a clear course of action for countering the spread of terrorist content.',
    source: 'Voorkomen — Online aanpak',
    domainBasis: {
      nl: 'EU-verordening 2021/784 (TCO): hostingdiensten verwijderen terroristische content binnen één uur na een verwijderingsbevel, dat in Nederland de ATKM geeft; het vrijwillige EU-crisisprotocol voor viraal aanslagmateriaal.',
      en: 'EU Regulation 2021/784 (TCO): hosting services remove terrorist content within one hour of a removal order, which in the Netherlands the ATKM issues; the voluntary EU Crisis Protocol for viral attack content.',
    },
  },

  C16: {
    objective: 'VB2',
    objectiveFromScenario: false,
    theme: 'nieuweAanslagmiddelen',
    title: { nl: 'Nieuwe aanslagmiddelen', en: 'New means of attack' },
    measure: {
      nl: 'Een melding van nieuwe aanslagmiddelen (bijv. een drone of een 3D-geprint wapen) wordt binnen het doel opgeschaald naar de autoriteit die kan optreden, met maatregelen die passen bij de dreiging.',
      en: 'A report of new means of attack (e.g. a drone or a 3D-printed weapon) is escalated within the target to the authority that can act on it, with measures that fit the threat.',
    },
    partlyWhen: {
      nl: 'Opgeschaald na het doel maar binnen de tijd voor "deels", of met maatregelen die niet bij de dreiging passen.',
      en: 'Escalated after the target but within the "partly" time, or with measures that do not fit the threat.',
    },
    notApplicableWhen: {
      nl: 'Er kwamen in deze oefening geen nieuwe aanslagmiddelen voor (de aanleiding deed zich niet voor).',
      en: 'No new means of attack appeared in this run (the trigger never held).',
    },
    parameters: clock({
      nl: 'het moment dat het nieuwe aanslagmiddel gemeld wordt (bijv. een drone boven een luchthaven).',
      en: 'the moment the new means of attack is reported (e.g. a drone over an airport).',
    }),
    quote:
      'Aan de andere kant kunnen terroristen ook gebruik maken van nieuwe technologieën. Denk hierbij aan het 3D printen ' +
      'van wapens of het gebruik van onbemande systemen (drones).',
    quoteEn:
      'On the other hand, terrorists can also make use of new technologies. Think of the 3D printing of weapons or the ' +
      'use of unmanned systems (drones).',
    source: 'Voorbereiden — Ontwikkeling (nieuwe) aanslagmiddelen',
    domainBasis: {
      nl: 'nctv.nl: het kennisprogramma contra-drones van de NCTV; voor de burgerluchtvaart stelt JenV de norm, houdt de KMar toezicht en kan de NCTV maatregelen opleggen.',
      en: 'nctv.nl: the NCTV\'s counter-drone knowledge programme; for civil aviation JenV sets the standard, the KMar supervises and the NCTV can impose measures.',
    },
  },

  C17: {
    criticalByDefault: true,
    objective: 'VB2',
    objectiveFromScenario: true,
    theme: 'proportionaliteit',
    title: { nl: 'Proportionele maatregelen', en: 'Proportionate measures' },
    measure: {
      nl: 'Elke genomen escalerende maatregel (opschalingsniveau, dreigingsniveau, NL-Alert, luchthaven- en luchtruimmaatregelen, DSI, ICCb/MCCb, beveiliging, een sector alarmeren, verwijderingsbevel) wordt getoetst aan zijn grondslag: de situatie waarin het scenario, of standaard de wet, hem proportioneel acht. Genomen terwijl die grondslag niet gold, of lang nadat die verviel nog van kracht, is het een overreactie; een maatregel die de auteur op dit criterium beoordeelde en die tot de termijn bleef liggen, is een omissie. De beoordelingen van gekozen opties zijn een tweede lijn: de zwakste van de twee telt. Het criterium telt voor de doelstelling van de maatregel.',
      en: 'Every escalating measure taken (scaling level, threat level, NL-Alert, airport and airspace measures, DSI, ICCb/MCCb, protection, alerting a sector, removal order) is judged against its warrant: the situation in which the scenario, or the law by default, deems it proportionate. Taken while its warrant did not hold, or kept in force well after the warrant lapsed, it is an over-reaction; a measure the author assessed against this criterion left to its deadline is an omission. The author\'s assessments of chosen options are a second line: the weaker of the two counts. It counts towards the objective of the measure.',
    },
    partlyWhen: {
      nl: 'Niets wat gemeten is, ging buiten verhouding, maar de beoordelingen van gekozen opties gaven "deels".',
      en: 'Nothing measured was out of proportion, but the assessments of chosen options said "partly".',
    },
    notApplicableWhen: {
      nl: 'Er was in deze oefening geen maatregel te beoordelen.',
      en: 'There was no measure to judge in this run.',
    },
    parameters: {},
    quote:
      'Maatregelen moeten dreigingsgericht zijn, proportioneel, met een stevige wettelijke grondslag. Hierbij handelen ' +
      'de verschillende partners in de CT-aanpak conform de voor hen geldende wettelijke kaders.',
    quoteEn:
      'Measures must be threat-based, proportionate, and have a firm legal basis. In this, the various partners in the CT ' +
      'approach act in accordance with the legal frameworks that apply to them.',
    source: 'Strategische uitgangspunten — Wettelijke grondslag en proportionaliteit',
  },

  C18: {
    objective: 'VB1',
    objectiveFromScenario: true,
    theme: 'informatiedeling',
    title: { nl: 'Informatiedeling in de crisisstructuur', en: 'Information sharing within the crisis structure' },
    measure: {
      nl: 'Informatie bereikt binnen het doel de partijen in de structuur die haar nodig hebben (NCC, regio\'s, vitale sectoren): de tijd tussen het bekend worden en het delen, en de dekking van wie haar moet krijgen. Het criterium telt voor de doelstelling die de informatie dient.',
      en: 'Information reaches the parties in the structure that need it (NCC, regions, vital sectors) within the target: the time from becoming known to being shared, and the coverage of those who must receive it. It counts towards the objective the information serves.',
    },
    partlyWhen: {
      nl: 'Gedeeld met een deel van de partijen, of met alle maar na het doel binnen de tijd voor "deels".',
      en: 'Shared with some of the parties, or with all of them but after the target within the "partly" time.',
    },
    notApplicableWhen: TRIGGER_NEVER_HELD,
    parameters: {
      ...clock({
        nl: 'het moment dat de informatie bekend wordt.',
        en: 'the moment the information becomes known.',
      }),
      teams: {
        nl: 'De teams die de informatie moeten krijgen, bijv. IAO, NKC of LOCC.',
        en: 'The teams that must receive the information, e.g. the IAO, NKC or LOCC.',
      },
    },
    quote: 'Tijdige en betrouwbare informatiedeling binnen de wettelijke kaders is hierbij essentieel.',
    quoteEn: 'Timely and reliable information sharing within the legal frameworks is essential here.',
    source: 'Strategische uitgangspunten — Duurzaam en wendbaar',
  },
} satisfies Record<CriterionId, Definition>;

export const CRITERIA_BY_ID: Readonly<Record<CriterionId, Criterion>> = Object.freeze(
  Object.fromEntries(CRITERIA.map((id) => [id, Object.freeze({ id, ...DEFINITIONS[id] })])) as Record<CriterionId, Criterion>,
);

// The two Voorbereiden objectives this product trains (DOMAIN.md §1). Their names are the strategy's own
// wording from "Doelen van de strategie"; the quotes are where the strategy spells them out.
import type { ObjectiveId } from '../scenario/vocabulary.js';
import type { Objective } from './types.js';

const VB1: Objective = {
  id: 'VB1',
  name: {
    nl: 'Voorbereiden op terroristisch geweld en de gevolgen daarvan',
    en: 'Prepare for terrorist violence and its consequences',
  },
  description: {
    nl:
      'Klaar zijn voor een aanslag en wat erop volgt: slagvaardige besluitvorming in een opgeschaalde crisisstructuur, ' +
      'snelle hulpverlening en interventie, effectieve en de-escalerende communicatie, maatschappelijke ontwrichting ' +
      'beperken en goede nazorg voor herstel.',
    en:
      'Being ready for an attack and its aftermath: decisive decisions in a scaled-up crisis structure, fast emergency ' +
      'care and intervention, effective and de-escalating communication, limiting societal disruption, and good ' +
      'aftercare for recovery.',
  },
  quote:
    'Na een aanslag is het zaak maatschappij-ontwrichtende effecten (zoals onrust, represailles en tegenacties) ' +
    'zoveel mogelijk te beperken. Dit vraagt om slagvaardige crisisbesluitvorming, snelle hulpverlening en effectieve ' +
    'en de-escalerende communicatie. Daarna volgt goede nazorg met het oog op maatschappelijk herstel.',
  quoteEn:
    'After an attack, the task is to limit society-disrupting effects (such as unrest, reprisals and counter-actions) ' +
    'as far as possible. This calls for decisive crisis decision-making, fast emergency assistance and effective, ' +
    'de-escalating communication. Good aftercare then follows, with a view to societal recovery.',
  source: 'Voorbereiden — Terrorisme gevolgbestrijding',
};

const VB2: Objective = {
  id: 'VB2',
  name: {
    nl: 'Verdedigen van personen, objecten en vitale processen, zowel offline als online',
    en: 'Defend persons, objects and vital processes, both offline and online',
  },
  description: {
    nl:
      'Wie en wat gevaar loopt beschermen: personen en objecten via het stelsel bewaken en beveiligen, vitale processen ' +
      'waaronder de burgerluchtvaart, het tegengaan van terroristische content online, en waakzaamheid tegen nieuwe ' +
      'aanslagmiddelen zoals drones.',
    en:
      'Protecting whoever and whatever is at risk: persons and objects through the Bewaken en Beveiligen system, vital ' +
      'processes including civil aviation, countering terrorist content online, and vigilance against new means of ' +
      'attack such as drones.',
  },
  quote:
    'Door personen, objecten en vitale processen te verdedigen en door de impact van geweld zo klein mogelijk te ' +
    'houden. Maximale voorbereiding vergt ook waakzaamheid en weerbaarheid in respons op nieuwe aanslagmiddelen, ' +
    'zowel offline als online.',
  quoteEn:
    'By defending persons, objects and vital processes, and by keeping the impact of violence as small as possible. ' +
    'Maximum preparation also demands vigilance and resilience in response to new means of attack, both offline and ' +
    'online.',
  source: 'Voorbereiden — inleiding',
};

export const OBJECTIVES_BY_ID: Readonly<Record<ObjectiveId, Objective>> = Object.freeze({ VB1, VB2 });

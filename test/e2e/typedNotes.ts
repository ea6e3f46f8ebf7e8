// The notes the typing tests and the typing benchmark type key by key: a realistic session in Dutch and
// one in English, with tags at the ends of lines (each followed by Enter), readings and phase markers.
// No brackets or quotes, which the editor would close by itself.

export const DUTCH_NOTE = `---
title: Regiotafel jeugdhulp
date: 2026-05-12
taal: nl
facilitator: Sanne
---

# Regiotafel jeugdhulp

## Opening #verkennen

Iedereen is op tijd en de sfeer is open #relatie

De gemeente wil de wachtlijsten in de regio korter #ambitie

Jeugdzorg vraagt wie het extra werk gaat betalen #belangen

09:40 #waakzaam

School merkt dat afspraken vaak verschuiven #proces

Niemand weet precies wie de regie heeft #organisatie

## Ronde twee

10:05 #delen

De cijfers over wachttijden gaan rond #belangen

School en jeugdzorg zien het probleem verschillend #relatie

De gemeente houdt het budget nog even vast #belangen #behoefte/zekerheid

10:20 #onenigheid

Het gesprek over geld loopt vast #relatie

We spreken af eerst alle knelpunten te delen #proces

10:45 #overeenkomen

Een werkgroep zoekt uit wat er nodig is #organisatie

Elke partner noemt een vaste contactpersoon #proces

10:55 #waakzaam
`;

export const ENGLISH_NOTE = `---
title: Youth support table
date: 2026-05-12
lang: en
facilitator: Sam
---

# Youth support table

## Opening #explore

Everyone is on time and the mood is open #relationship

The council wants shorter waiting lists in the region #ambition

Youth care asks who will pay for the extra work #interests

09:40 #watchful

The school sees that appointments often move #process

Nobody knows exactly who is in charge #organisation

## Second round

10:05 #share

The figures on waiting times go round #interests

School and youth care see the problem differently #relationship

The council keeps the budget closed for now #interests #need/certainty

10:20 #disagreement

The talk about money gets stuck #relationship

We agree to share all bottlenecks first #process

10:45 #agree

A working group finds out what is needed #organisation

Each partner names one contact person #process

10:55 #watchful
`;

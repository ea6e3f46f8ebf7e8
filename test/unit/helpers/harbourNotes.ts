// Notes for the partners' report's tests, in English: every kind of block the report keeps or leaves out.

/** Notes with an opening paragraph, nested party items, a reading, a marker, a private heading section, tasks and a decision. */
export const HARBOUR = `---
title: Harbour table
date: 2026-10-14
facilitator: Esther
location: Town hall, room 2
participants:
  - { name: Harbour Engineering, aliases: [Harbour] }
  - Vossen Installatietechniek
  - City
absent: [city]
next: 2026-11-03 14:00, town hall
summary: We chose one shared front door.
---

# Harbour table

Welcome and a round of names.

## Getting started #relationship #explore

- Harbour Engineering:
  - can start in March #interests
  - needs a clear brief
- Vossen Installatietechniek: wants the planning first. #process #koffie
- #ambition
  - One front door for all clients.
    - Also for the *small* firms.

The mood is tense; Vossen answers curtly. #watchful

14:05 #disagreement

## Coaching notes #private

Ask Vossen in private how it goes.

- Secretly worried.

## How do we go on? #process

- [ ] Send the brief @Harbour 2026-10-20
- [x] Book the room @Esther

We meet every month. #decision #agree

Jan seems tired. #private
`;

import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'

const ENGLISH =
  'The ferry between Harbourtown and Kessel Island resumed service on Tuesday, ending a stoppage that had stranded commuters for a week. The operator said six crossings would run each day until the end of the month while one boat remains in dry dock.'
const FRENCH =
  "Le bac entre Harbourtown et l'île de Kessel a repris du service mardi, mettant fin à un arrêt qui avait bloqué les navetteurs pendant une semaine. L'exploitant a indiqué que six traversées seraient assurées chaque jour jusqu'à la fin du mois."
const GERMAN =
  'Die Fähre zwischen Harbourtown und der Insel Kessel hat am Dienstag den Betrieb wieder aufgenommen und damit einen Stillstand beendet, der Pendler eine Woche lang festgehalten hatte. Der Betreiber teilte mit, dass bis Ende des Monats täglich sechs Überfahrten stattfinden.'

describe('detectLanguage', () => {
  it('answers in ISO 639-1', () => {
    expect(detectLanguage(ENGLISH)).toBe('en')
    expect(detectLanguage(FRENCH)).toBe('fr')
    expect(detectLanguage(GERMAN)).toBe('de')
  })

  it('says nothing about a text under 200 characters', () => {
    expect(detectLanguage('The ferry resumed service on Tuesday.')).toBeUndefined()
  })
})

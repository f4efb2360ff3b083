import { franc } from 'franc-min'
import { describe, expect, it } from 'vitest'
import { detectLanguage, ISO_639_1 } from './detect-language.js'

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

  it('answers what franc answers where English function words abound, in English or not', () => {
    const englishQuoting = `${ENGLISH} ${ENGLISH} « Le bac a repris du service », said the operator.`
    const frenchQuoting = `${FRENCH} ${FRENCH} The operator said "the ferry is back".`
    for (const text of [englishQuoting, frenchQuoting]) expect(detectLanguage(text)).toBe(ISO_639_1[franc(text.slice(0, 2000), { minLength: 200 })])
    expect(detectLanguage(englishQuoting)).toBe('en')
    expect(detectLanguage(frenchQuoting)).toBe('fr')
  })

  it('says nothing about a text under 200 characters', () => {
    expect(detectLanguage('The ferry resumed service on Tuesday.')).toBeUndefined()
  })

  it('answers what franc answers, for texts of every script and mixtures of them', () => {
    const sentences = [
      ENGLISH, FRENCH, GERMAN,
      'Москва — столица России, крупнейший город страны и её политический центр. ',
      'Київ — столиця України, найбільше місто країни. ',
      'Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της χώρας. ',
      'القاهرة هي عاصمة مصر وأكبر مدنها، وتقع على ضفاف نهر النيل. ',
      '北京是中华人民共和国的首都，也是全国的政治和文化中心。',
      '東京は日本の首都であり、世界最大級の都市である。ひらがなとカタカナ。',
      '서울은 대한민국의 수도이며 가장 큰 도시이다. ',
      'दिल्ली भारत की राजधानी है और एक बड़ा शहर है। ',
      'Warszawa jest stolicą Polski i największym miastem kraju. ',
      "İstanbul Türkiye'nin en kalabalık şehridir. ",
      '😀🎉 𝐀𝐁𝐂 ', '12345 67890 !!! ??? ',
    ]
    let state = 3
    const next = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0
      return state / 2 ** 32
    }
    const codes = new Set<string>()
    for (let round = 0; round < 300; round += 1) {
      let text = ''
      const single = round % 3 === 0
      const first = sentences[Math.floor(next() * sentences.length)] ?? ''
      while (text.length < 200 + next() * 2000) text += single ? first : sentences[Math.floor(next() * sentences.length)]
      const code = franc(text.slice(0, 2000), { minLength: 200 })
      codes.add(code)
      expect(detectLanguage(text), text.slice(0, 60)).toBe(ISO_639_1[code])
    }
    // The texts reach many of franc's answers, not just one.
    expect(codes.size).toBeGreaterThan(8)
  })
})

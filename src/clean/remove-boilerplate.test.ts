import { describe, expect, it } from 'vitest'
import { parseByline } from './04-byline.js'
import { linesOfPlainText } from './lines.js'
import { removeBoilerplate } from './remove-boilerplate.js'

const BODY = 'The new pier at Kessel opened to the public on Friday after two years of building work.'

function clean(text: string): { text: string; found: ReturnType<typeof removeBoilerplate>['found'] } {
  const { lines, found } = removeBoilerplate(linesOfPlainText(text))
  return { text: lines.map((line) => line.text).join('\n').trim(), found }
}

describe('01 syndication footers', () => {
  it.each([
    ['The post Pier opens after two years appeared first on Coastline Daily.', 'Coastline Daily'],
    ['This article originally appeared on Valley Ledger.', 'Valley Ledger'],
    ['This story was first published by the Island Courier.', 'the Island Courier'],
    ['Originally published by Valley Ledger', 'Valley Ledger'],
    ['Originally published on valleyledger.example on March 3, 2025.', 'valleyledger.example'],
    ['This article is republished from The Harbour Review under a Creative Commons license.', 'The Harbour Review'],
    ['L’article Le nouveau quai ouvre est apparu en premier sur Le Courrier de Kessel.', 'Le Courrier de Kessel'],
    ['La entrada El nuevo muelle abre se publicó primero en Diario del Puerto.', 'Diario del Puerto'],
    ['Der Beitrag Neuer Pier eröffnet erschien zuerst auf Hafenblatt.', 'Hafenblatt'],
  ])('removes "%s" and credits %s', (footer, outlet) => {
    const result = clean(`${BODY}\n${footer}`)
    expect(result.text).toBe(BODY)
    expect(result.found.credits).toEqual([outlet])
  })

  it('credits the outlet a "read the full report" pointer names', () => {
    const result = clean(`${BODY}\nRead the full report in The Harbour Review`)
    expect(result).toEqual({ text: BODY, found: { credits: ['The Harbour Review'] } })
  })

  it('keeps prose that mentions where a story first appeared', () => {
    const text = 'The claim first appeared on a fishing forum and was later repeated by the mayor.'
    expect(clean(text)).toEqual({ text, found: { credits: [] } })
  })
})

describe('02 related posts', () => {
  it('removes a combined heading and its whole list, bullets of any kind', () => {
    const text = `${BODY}\nArticles similaires / Related posts:\n- Ferry fares rise again\n• New school opens\n1. Cranes idle`
    expect(clean(text).text).toBe(BODY)
  })

  it.each(['Read more:', 'You may also like', 'Related stories'])('removes the heading "%s" with its list', (heading) => {
    expect(clean(`${BODY}\n${heading}\n\n- Ferry fares rise again\n- Cranes idle\nThe council meets again in June.`).text).toBe(
      `${BODY}\nThe council meets again in June.`,
    )
  })

  it('removes one-line teasers', () => {
    expect(clean(`${BODY}\nRead more: Ferry fares rise again`).text).toBe(BODY)
  })

  it('keeps sentences that merely contain "related" or "read more"', () => {
    const text = 'Related costs rose by a third, the council said.\nResidents were urged to read more about the plan online.'
    expect(clean(text).text).toBe(text)
  })

  it('keeps a list that follows no related heading', () => {
    const text = 'The council listed three priorities:\n- a new pier\n- cheaper fares'
    expect(clean(text).text).toBe(text)
  })
})

describe('03 share lines', () => {
  it.each([
    'Share this article',
    'Share on Facebook',
    'Facebook Twitter LinkedIn Email',
    'Facebook | X | WhatsApp | Copy link',
    'Follow us on Instagram for more island news',
    'Subscribe to our morning newsletter',
    'Sign up for breaking news alerts',
  ])('removes "%s"', (line) => {
    expect(clean(`${BODY}\n${line}`).text).toBe(BODY)
  })

  it('removes share buttons copied one per line after a share heading or in a run', () => {
    expect(clean(`${BODY}\nShare this:\nFacebook\nX\nEmail`).text).toBe(BODY)
    expect(clean(`${BODY}\nWhatsApp\nTelegram`).text).toBe(BODY)
  })

  it('keeps a lone network name between paragraphs', () => {
    const text = `${BODY}\nX\nThe council meets again in June.`
    expect(clean(text).text).toBe(text)
  })

  it('keeps sentences about subscribers, sharing and following', () => {
    const text = [
      'Subscribers to the ferry pass will get a refund.',
      'Share prices of Bluewake Lines fell 4% on Monday.',
      'Following the inspection, the boat was taken out of service.',
    ].join('\n')
    expect(clean(text).text).toBe(text)
  })
})

describe('04 bylines', () => {
  it('parses name, outlet and date', () => {
    expect(parseByline('By Mara Quill – Harbourtown Gazette – March 4, 2025')).toEqual({
      byline: 'Mara Quill',
      outlet: 'Harbourtown Gazette',
      published: '2025-03-04',
    })
    expect(parseByline('By Mara Quill, Harbourtown Gazette')).toEqual({ byline: 'Mara Quill', outlet: 'Harbourtown Gazette' })
    expect(parseByline('By Mara Quill and Tom Reyes | gazette.example | 4 March 2025')).toEqual({
      byline: 'Mara Quill and Tom Reyes',
      outlet: 'gazette.example',
      published: '2025-03-04',
    })
    expect(parseByline('By Mara Quill, Senior Correspondent')).toEqual({ byline: 'Mara Quill' })
    expect(parseByline('By Mara Quill, City Hall reporter · March 4, 2025')).toEqual({ byline: 'Mara Quill', published: '2025-03-04' })
  })

  it('removes a byline that names a role, without taking the role for an author', () => {
    expect(parseByline('By Staff Writer | Island Courier | March 11, 2025')).toEqual({ outlet: 'Island Courier', published: '2025-03-11' })
  })

  it('leaves a date without a year out rather than guessing the year', () => {
    expect(parseByline('By Mara Quill – March 4')).toEqual({ byline: 'Mara Quill' })
  })

  it.each([
    'By Tuesday, the ferry had stopped running.',
    'By mid-2025, six boats were in service.',
    'By then the harbour was empty.',
    'By Monday',
    'By contrast, fares on the mainland route fell.',
  ])('does not read "%s" as a byline', (line) => {
    expect(parseByline(line)).toBeUndefined()
    expect(clean(`${line}\n${BODY}`).text).toBe(`${line}\n${BODY}`)
  })

  it('removes the byline line at the top or bottom and keeps its data', () => {
    const result = clean(`By Mara Quill, Harbourtown Gazette\n${BODY}`)
    expect(result.text).toBe(BODY)
    expect(result.found).toMatchObject({ byline: 'Mara Quill', outlet: 'Harbourtown Gazette' })
  })

  it('finds a byline above a related list once the list is gone', () => {
    const text = `${BODY}\nBy Mara Quill – Harbourtown Gazette – March 4, 2025\nRelated posts:\n- One\n- Two\n- Three\n- Four\n- Five`
    const result = clean(text)
    expect(result.text).toBe(BODY)
    expect(result.found).toMatchObject({ byline: 'Mara Quill', published: '2025-03-04' })
  })
})

describe('05 datelines and 06 advert labels', () => {
  it('removes a "Published" line and keeps its date, but not an "Updated" date', () => {
    expect(clean(`Published: 4 March 2025\n${BODY}`)).toMatchObject({ text: BODY, found: { published: '2025-03-04' } })
    const updated = clean(`${BODY}\nUpdated March 5, 2025`)
    expect(updated.text).toBe(BODY)
    expect(updated.found.published).toBeUndefined()
  })

  it('removes advert placeholders but keeps sentences about adverts', () => {
    expect(clean(`${BODY}\nAdvertisement\nStory continues below advertisement`).text).toBe(BODY)
    const text = 'The advertisement ran for a week before the council removed it.'
    expect(clean(text).text).toBe(text)
  })
})

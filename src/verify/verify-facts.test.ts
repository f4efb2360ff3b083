import { describe, expect, it } from 'vitest'
import type { Finding } from '../model/index.js'
import { analyzeStory } from './analyze-story.js'
import { article } from './test-helpers/story.js'

// A source and a derived report of it (it names the source's outlet) with three planted changes:
// the founding date, the speaker of a quote, and a value reused for another thing.
const source = article('src', [
  'The ferry service to Marrow Island was founded on March 3, 2019 by the harbour board.',
  '“The island needs a lifeline, not a luxury,” said board chair Hana Voss at the launch.',
  'The island has about 1,000 residents and one school.',
].join('\n'), { outlet: 'Marrow Gazette', published: '2026-03-10' })
const derived = article('der', [
  'The ferry service to Marrow Island was founded on March 8, 2019 by the harbour board, according to the Marrow Gazette.',
  '“The island needs a lifeline, not a luxury,” said mayor Piet Dekker at the launch.',
  'The harbour board has kept about 1,000 pages of records.',
].join('\n'), { outlet: 'Coast Daily', published: '2026-03-11' })
const result = analyzeStory([source, derived], { storyId: 'ferry' })
const finding = (id: string, claim: string): Finding | undefined =>
  result.findings.find((candidate) => candidate.article === id && candidate.type !== 'statement' && candidate.claim.text === claim)

describe('verifyFacts through analyzeStory', () => {
  it('flags a different date for the same event', () => {
    expect(finding('der', 'March 8, 2019')).toMatchObject({ status: 'conflict', rule: 'date/conflict' })
    expect(finding('der', 'March 8, 2019')?.evidence[0]).toMatchObject({ article: 'src', text: 'March 3, 2019' })
  })

  it('flags a swapped name in the same slot of an aligned sentence', () => {
    expect(finding('der', 'Piet Dekker')).toMatchObject({ status: 'conflict', rule: 'entity/swap' })
  })

  it('calls a verbatim quote given to another speaker a quote/speaker conflict', () => {
    const quote = result.findings.find((candidate) => candidate.article === 'der' && candidate.type === 'quote')
    expect(quote).toMatchObject({ status: 'conflict', rule: 'quote/speaker' })
    expect(quote?.evidence.map((evidence) => evidence.text)).toContain('Hana Voss')
  })

  it('does not let the same value about another thing support a claim', () => {
    expect(finding('der', 'about 1,000')?.status).toBe('unsupported')
  })

  it('keeps the source free of conflicts the derived article introduced', () => {
    expect(finding('src', 'March 3, 2019')).toMatchObject({ status: 'unsupported', rule: 'date/changed-downstream' })
    expect(result.findings.filter((candidate) => candidate.article === 'src' && candidate.status === 'conflict')).toEqual([])
  })

  it('writes one-line explanations that name both values and the shared words', () => {
    const explanation = finding('der', 'March 8, 2019')?.explanation ?? ''
    expect(explanation).toMatch(/^"March 8, 2019" here, "March 3, 2019" in src \(same sentence slot: [^)]*(?:ferry|service|founded)/u)
    expect(explanation).not.toMatch(/\n/u)
  })

  it('names the source the derived article attributes', () => {
    expect(result.story.origin).toBe('src')
    expect(result.relations[0]).toMatchObject({ article: 'der', source: 'src', attributed: true })
  })
})

describe('specific values in other words', () => {
  const notice = article('notice', 'The ban takes effect on July 20. Residents caught breaking it face a fine of up to $500. The works will employ up to 450 workers at their peak.', { published: '2026-07-01' })
  const retold = article('retold', 'Gardens may not be watered from July 20, and anyone who ignores the rule could be fined as much as $500. Up to 450 people will work on the site at the busiest point.', { published: '2026-07-02' })
  const story = analyzeStory([notice, retold], { storyId: 'ban', origin: 'notice' })
  const claim = (text: string): Finding | undefined => story.findings.find((candidate) => candidate.article === 'retold' && candidate.claim.text === text)

  it('takes a calendar day, an amount of money and a count of the same things as one fact wherever they stand', () => {
    expect(claim('July 20')?.status).toBe('supported')
    expect(claim('as much as $500')?.status).toBe('supported')
    expect(claim('Up to 450')?.status).toBe('supported')
  })

  it('meets a month whose year is unknown wherever the other article writes it', () => {
    // No publication dates: "in February" cannot be resolved, and the sentences share no word.
    const month = (other: string) => analyzeStory([article('a', other), article('b', 'Ada Brenner resigned as head coach of the club in February.')], { storyId: 'coach' })
      .findings.find((candidate) => candidate.article === 'b' && candidate.type === 'date')
    // Written once in each article: one February, the same month.
    expect(month('Heavy snowfall closed every mountain pass in February.\nThe striker scored twice.')).toMatchObject({ status: 'supported', claim: { text: 'February' } })
    // Written for two things over there: found, but the same month about another event supports nothing.
    expect(month('Heavy snowfall closed every mountain pass in February.\nThe shop reopened in February.')).toMatchObject({ status: 'unsupported', rule: 'date/other-context' })
  })

  it('meets a year written once in each article wherever it stands, not one written for two events', () => {
    const year = (other: string) => analyzeStory([article('a', other), article('b', 'The winger turned down a transfer to Lisbon in 2009.')], { storyId: 'transfer' })
      .findings.find((candidate) => candidate.article === 'b' && candidate.type === 'date')
    expect(year('Things could have been different had the proposed move gone through in 2009.\nHe stayed.')).toMatchObject({ status: 'supported', claim: { text: '2009' } })
    expect(year('Things could have been different had the proposed move gone through in 2009.\nThe club was sold in 2009.')).toMatchObject({ status: 'unsupported' })
  })

  it('takes a name clipped word by word for the same name, and a longer uncategorised name for no surname', () => {
    const story = analyzeStory([
      article('a', 'Liberal Democrat leader Nick Clegg criticised the budget on the radio.\nRangers remain level on 61 points with Hibernian after the win.'),
      article('b', 'Lib Dem leader Nick Clegg criticised the budget on the radio.\nRangers remain level on 61 points with Hibs after the win.'),
    ], { storyId: 'clipped' })
    const claim = (text: string) => story.findings.find((candidate) => candidate.article === 'b' && candidate.claim.text === text)
    expect(claim('Lib Dem')).toMatchObject({ status: 'supported' })
    expect(claim('Hibs')).toMatchObject({ status: 'supported' })
    // A person's mention by one uncategorised word may be a swap; a longer uncategorised name is no such mention.
    const swap = analyzeStory([
      article('a', 'Goalkeeper Joe Hart was disappointed with the display of Frank Lampard on Sunday.'),
      article('b', 'Goalkeeper Joe Hart was disappointed with the display at the Harbour Open Championships on Sunday.'),
    ], { storyId: 'venue' })
    expect(swap.findings.find((candidate) => candidate.article === 'b' && candidate.claim.text === 'Harbour Open Championships')?.rule).not.toBe('entity/swap')
  })

  it("takes a manager's side for the club, not for a name swapped in", () => {
    const story = (derived: string) => analyzeStory([
      article('a', 'Manager Stuart Kell applauded the fans. The win means Rovers and Hibs remain level on 61 points.'),
      article('b', derived),
    ], { storyId: 'side' }).findings.find((candidate) => candidate.article === 'b' && candidate.claim.text === 'Stuart Kell')
    expect(story("Stuart Kell's side remain level on 61 points with Hibernian.")).toMatchObject({ status: 'supported' })
    expect(story('Stuart Kell and Hibernian remain level on 61 points.')).toMatchObject({ status: 'conflict', rule: 'entity/swap' })
    // …and a president's administration for the administration its spokesman speaks for.
    const administration = analyzeStory([
      article('a', 'President Dana Holt met the board. Mr Pell said the administration was "in the final stages of drafting a plan".'),
      article('b', 'The Holt administration is "in the final stages of drafting a plan", the press secretary said.'),
    ], { storyId: 'plan' })
    expect(administration.findings.filter((finding) => finding.article === 'b' && finding.status === 'conflict')).toEqual([])
  })

  it('finds a speaker swapped into an aligned sentence though the new name speaks elsewhere', () => {
    const source = 'Dr. Ingrid Solberg leads the survey. Dr. Solberg said the team would also recover two sensor moorings left in the bay.\nThe crew is led by Captain Tomas Reyna, who left port on Monday.'
    const story = (derived: string) => analyzeStory([article('a', source), article('b', derived)], { storyId: 'moorings' })
      .findings.filter((candidate) => candidate.article === 'b' && candidate.type === 'entity')
    const swapped = story('Dr. Ingrid Solberg leads the survey. Captain Reyna said the team would also recover two sensor moorings left in the bay.\nThe crew is led by Captain Tomas Reyna, who left port on Monday.')
    expect(swapped.find((finding) => finding.claim.text === 'Reyna')).toMatchObject({ status: 'conflict', rule: 'entity/swap' })
    // A misspelt name in the same place is the same person.
    const misspelt = analyzeStory([
      article('a', 'Nakhi Wells gave the hosts the lead after 12 minutes at the stadium.'),
      article('b', 'Nahki Wells gave the hosts the lead after 12 minutes at the stadium.'),
    ], { storyId: 'wells' }).findings.find((candidate) => candidate.article === 'b' && candidate.type === 'entity')
    expect(misspelt?.status).not.toBe('conflict')
    // …but one letter changed may be another first name.
    const renamed = analyzeStory([
      article('a', 'Maria Lindqvist gave the hosts the lead after 12 minutes at the stadium.'),
      article('b', 'Marta Lindqvist gave the hosts the lead after 12 minutes at the stadium.'),
    ], { storyId: 'lindqvist' }).findings.find((candidate) => candidate.article === 'b' && candidate.type === 'entity')
    expect(renamed?.status).toBe('conflict')
  })

  it('takes a score written once in each article for one result, wherever it stands', () => {
    const story = analyzeStory([
      article('a', 'Rovers celebrated a 2-0 victory in front of a record crowd.\nTheir coach praised the defence.'),
      article('b', 'Rovers beat the visitors 2 - 0 at home on a cold night.'),
    ], { storyId: 'score' })
    expect(story.findings.find((candidate) => candidate.article === 'b' && candidate.type === 'number')).toMatchObject({ status: 'supported', claim: { text: '2 - 0' } })
  })
})

describe('values along lines of copies', () => {
  it('keeps a changed value in conflict when a copy of the changed text repeats it', () => {
    const original = article('original', [
      'The new footbridge over the Lanner river cost 40 million euros and opened on Friday.',
      'The city council said 3,000 people crossed it on the first day.',
      'Engineers from Delft designed the arch.',
    ].join('\n'), { outlet: 'Lanner Post', published: '2026-03-10' })
    const changer = article('changer', [
      'The footbridge over the Lanner river, which opened on Friday, cost 45 million euros, the Lanner Post reported.',
      'Some 3,000 people crossed it on the first day.',
    ].join('\n'), { published: '2026-03-11' })
    const copy = article('copy', changer.article.text, { published: '2026-03-12' })
    const story = analyzeStory([original, changer, copy], { storyId: 'bridge' })
    const money = (id: string) => story.findings.find((candidate) => candidate.article === id && candidate.type === 'money')
    expect(money('changer')).toMatchObject({ status: 'conflict', evidence: [{ article: 'original', text: '40 million euros' }] })
    expect(money('copy')).toMatchObject({ status: 'conflict', evidence: [{ article: 'original', text: '40 million euros' }] })
    expect(money('changer')?.explanation).toMatch(/repeated along its line of copies by copy$/u)
    expect(money('original')).toMatchObject({ status: 'unsupported', rule: 'money/changed-downstream' })
  })

  it('does not call a value another article also gives a change of the source it leaves out', () => {
    // The excerpt says "dozens" of one kind of system; the summary's "nine" of another kind comes
    // from the longer rewrite, which gives it too.
    const excerpt = article('excerpt', [
      'Records reviewed by the Marrow Gazette show the navy ordering dozens of air-defence systems for its coastal bases.',
      'The ministry declined to comment on the purchases, which were paid for through a bank in Cyprus.',
      'Officials said the first boats would arrive in the spring.',
    ].join('\n'), { outlet: 'Marrow Gazette', published: '2026-03-10' })
    const rewrite = article('rewrite', [
      'Records show the navy ordering a large number of air-defence systems for its coastal bases.',
      'The ministry declined to comment on the purchases, which were paid for through a bank in Cyprus.',
      'Officials said the first boats would arrive in the spring.',
      'The records also confirm an order for nine jamming systems for the coastal bases.',
    ].join('\n'), { published: '2026-03-11' })
    const summary = article('summary', [
      'The navy has bought heavily abroad, the Marrow Gazette reported on Tuesday.',
      'Its files show orders for nine jamming systems for coastal bases, paid through Cyprus.',
    ].join('\n'), { published: '2026-03-12' })
    const story = analyzeStory([excerpt, rewrite, summary], { storyId: 'navy' })
    const dozens = story.findings.find((candidate) => candidate.article === 'excerpt' && candidate.claim.text === 'dozens')
    expect(dozens).toMatchObject({ status: 'unsupported', rule: 'number/unsupported' })
    expect(story.findings.filter((candidate) => candidate.claim.text === 'nine').map((candidate) => candidate.status)).toEqual(['supported', 'supported'])
  })
})

describe('what only followers of a derived text repeat', () => {
  const original = article('original', [
    'The Lanner city council approved a new footbridge over the river on Monday.',
    'The bridge will cost 40 million euros and open in 2028.',
    'Engineers from Delft designed its steel arch.',
  ].join('\n'), { outlet: 'Lanner Post', published: '2026-03-10' })
  const summary = article('summary', [
    'Lanner will build a new footbridge over the river for 40 million euros, the Lanner Post reported.',
    'The harbour office has also promised 2 million euros to clean the riverbanks before the works begin.',
  ].join('\n'), { published: '2026-03-11' })
  const copy = article('copy', summary.article.text, { published: '2026-03-12' })
  // A second paper ran it too, under a line of its own: a sibling of the first copy.
  const sibling = article('sibling', `${summary.article.text}\nCopyright Riverside Weekly.`, { published: '2026-03-12' })
  const story = analyzeStory([original, summary, copy, sibling], { storyId: 'footbridge' })
  const of = (id: string, type: string) => story.findings.filter((candidate) => candidate.article === id && candidate.type === type)

  it('calls a fact brought in by a summary unsupported although a copy of the summary repeats it', () => {
    const invented = (id: string) => of(id, 'money').find((candidate) => candidate.claim.text === '2 million euros')
    expect(invented('summary')).toMatchObject({ status: 'unsupported', rule: 'money/copies-only' })
    expect(invented('summary')?.evidence.map((evidence) => evidence.article).sort()).toEqual(['copy', 'sibling'])
    expect(invented('copy')).toMatchObject({ status: 'unsupported', rule: 'money/copies-only' })
    expect(invented('copy')?.explanation).toMatch(/comes from summary/u)
    expect(invented('sibling')).toMatchObject({ status: 'unsupported', rule: 'money/copies-only' })
    // What the original gives stays supported.
    expect(of('copy', 'money').find((candidate) => candidate.claim.text === '40 million euros')?.status).toBe('supported')
  })

  it('calls the sentence brought in by the summary an unsupported statement in the summary and its copy', () => {
    const statements = (id: string) => of(id, 'statement').map((candidate) => [candidate.claim.text.slice(0, 20), candidate.rule])
    expect(statements('summary')).toEqual([['The harbour office h', 'statement/copies-only']])
    expect(statements('copy')).toEqual([['The harbour office h', 'statement/copies-only']])
    expect(statements('sibling')).toEqual([['The harbour office h', 'statement/copies-only']])
    // Each repeat once, as evidence.
    expect(of('summary', 'statement')[0]?.evidence.map((evidence) => evidence.article).sort()).toEqual(['copy', 'sibling'])
  })
})

describe('support both ways', () => {
  it('backs a source fact by the derived fact it was matched to, where the source has more words around it', () => {
    const report = article('report', [
      'The Tarn Valley council approved a contract to rebuild the Orrin footbridge on Monday.',
      'The council voted 13 to 4 in favour of the plan after a four-hour session that ran past midnight and a long debate on costs.',
      'Work will start in May and last two years.',
    ].join('\n'), { outlet: 'Tarn Courier', published: '2026-05-04' })
    const brief = article('brief', [
      'The Tarn Valley council has approved a contract to rebuild the Orrin footbridge, the Tarn Courier reported. The vote was 13 to 4.',
    ].join('\n'), { published: '2026-05-05' })
    const story = analyzeStory([report, brief], { storyId: 'footbridge-vote' })
    const thirteen = (id: string) => story.findings.find((candidate) => candidate.article === id && candidate.claim.text === '13')
    expect(thirteen('brief')).toMatchObject({ status: 'supported' })
    expect(thirteen('report')).toMatchObject({ status: 'supported', rule: 'number/match', evidence: [{ article: 'brief', text: '13' }] })
  })
})

import { createRequire } from 'node:module'
import type { ArticleInput } from '../model/article.js'
import { baseName } from './formats.js'
import { problem, warning, type ParsedInputs } from './parsed-inputs.js'

type XmlObject = Record<string, unknown>

type FastXmlParser = typeof import('fast-xml-parser')

const require = createRequire(import.meta.url)
let xml: { parser: InstanceType<FastXmlParser['XMLParser']>; validator: FastXmlParser['XMLValidator'] } | undefined

// Loaded on first use: most runs read no feed, and the parser is costly to load at start-up.
function xmlTools(): NonNullable<typeof xml> {
  if (xml !== undefined) return xml
  const { XMLParser, XMLValidator } = require('fast-xml-parser') as FastXmlParser
  xml = { parser: new XMLParser(PARSER_OPTIONS), validator: XMLValidator }
  return xml
}

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Titles such as "1984" or "2025" must stay strings.
  parseTagValue: false,
  trimValues: true,
  isArray: (name: string) => name === 'item' || name === 'entry' || name === 'link',
}

/** The items of an RSS 2.0 / RSS 1.0 feed or the entries of an Atom feed, as article inputs. */
export function parseFeed(feedXml: string, source: string): ParsedInputs {
  const { parser, validator } = xmlTools()
  const validation = validator.validate(feedXml)
  if (validation !== true) {
    const { line, msg } = validation.err
    return { inputs: [], diagnostics: [problem('malformed-feed', source, `malformed XML (${msg})`, line)] }
  }
  const document = parser.parse(feedXml) as XmlObject
  const rss = objectAt(document, 'rss')
  const rdf = objectAt(document, 'rdf:RDF')
  const atom = objectAt(document, 'feed')
  let inputs: ArticleInput[]
  if (rss !== undefined || rdf !== undefined) {
    const channel = objectAt(rss ?? rdf, 'channel') ?? {}
    const outlet = textOf(channel['title'])
    const items = listAt(rss === undefined ? rdf : channel, 'item')
    inputs = items.map((item, index) => rssItem(item, { outlet, source, index }))
  } else if (atom !== undefined) {
    const outlet = textOf(atom['title'])
    inputs = listAt(atom, 'entry').map((entry, index) => atomEntry(entry, { outlet, source, index }))
  } else {
    return { inputs: [], diagnostics: [problem('malformed-feed', source, 'not an RSS or Atom feed')] }
  }
  const withText = inputs.filter((input) => input.html !== undefined || input.text !== undefined)
  const diagnostics = inputs.flatMap((input, index) =>
    input.html !== undefined || input.text !== undefined ? [] : [warning('missing-text', source, `item ${index + 1} has no content or description`)],
  )
  if (inputs.length === 0) diagnostics.push(problem('no-articles', source, 'the feed has no items'))
  return { inputs: withText, diagnostics }
}

interface FeedContext {
  readonly outlet: string | undefined
  readonly source: string
  readonly index: number
}

function rssItem(item: XmlObject, context: FeedContext): ArticleInput {
  const html = textOf(item['content:encoded']) ?? textOf(item['description'])
  const url = textOf(item['link']) ?? permalinkGuid(item['guid'])
  const published = isoDateTime(textOf(item['pubDate']) ?? textOf(item['dc:date']))
  return feedArticle(context, {
    title: textOf(item['title']),
    url,
    published,
    byline: textOf(item['dc:creator']) ?? textOf(item['author']),
    html,
  })
}

function atomEntry(entry: XmlObject, context: FeedContext): ArticleInput {
  const links = listAt(entry, 'link')
  const alternate = links.find((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate') ?? links[0]
  const content = entry['content'] ?? entry['summary']
  const contentType = isObject(content) ? content['@_type'] : undefined
  const body = textOf(content)
  const author = objectAt(entry, 'author')
  return feedArticle(context, {
    title: textOf(entry['title']),
    url: typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : undefined,
    published: isoDateTime(textOf(entry['published']) ?? textOf(entry['updated'])),
    byline: author === undefined ? undefined : textOf(author['name']),
    // Atom content is plain text unless typed "html" or "xhtml".
    ...(contentType === 'html' || contentType === 'xhtml' ? { html: body } : { text: body }),
  })
}

function feedArticle(
  context: FeedContext,
  fields: { title: string | undefined; url: string | undefined; published: string | undefined; byline: string | undefined; html?: string | undefined; text?: string | undefined },
): ArticleInput {
  const entries = Object.entries({ ...fields, outlet: context.outlet }).filter((entry): entry is [string, string] => entry[1] !== undefined)
  return { id: `${baseName(context.source)}:${context.index + 1}`, path: context.source, ...Object.fromEntries(entries) }
}

/** RSS dates are RFC 822 ("Tue, 04 Mar 2025 09:10:00 GMT"); the pipeline wants ISO 8601. */
function isoDateTime(written: string | undefined): string | undefined {
  if (written === undefined) return undefined
  const time = Date.parse(written)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

function permalinkGuid(guid: unknown): string | undefined {
  const value = textOf(guid)
  return value !== undefined && /^https?:\/\//.test(value) ? value : undefined
}

/** Text of an element that may carry attributes (`{ '#text': …, '@_type': … }`). */
function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0])
  const text = isObject(value) ? value['#text'] : value
  if (typeof text === 'number') return String(text)
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined
}

function objectAt(parent: XmlObject | undefined, key: string): XmlObject | undefined {
  const value = parent?.[key]
  return isObject(value) ? value : undefined
}

function listAt(parent: XmlObject | undefined, key: string): XmlObject[] {
  const value = parent?.[key]
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter(isObject)
}

function isObject(value: unknown): value is XmlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

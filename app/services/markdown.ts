import { Marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

/**
 * News bodies are Markdown written by staff. They are rendered with marked
 * and then cleaned by sanitize-html to a short list of tags: raw HTML in
 * the source (a <script>, an <img onerror>, a javascript: link) never
 * reaches a page. Links open normally and carry rel="noopener nofollow".
 */
const marked = new Marked({ gfm: true, breaks: true, async: false })

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'h2',
    'h3',
    'h4',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // apostrophes as entities too, as Edge writes them
  textFilter: (text) => text.replace(/'/g, '&#39;'),
  transformTags: {
    h1: 'h2',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener nofollow' }),
  },
}

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false }) as string
  return sanitizeHtml(html, { ...OPTIONS, allowedAttributes: { a: ['href', 'title', 'rel'] } })
}

/**
 * Plain text of a Markdown body, for list excerpts and meta descriptions
 */
export function markdownExcerpt(source: string, length = 180): string {
  const html = marked.parse(source, { async: false }) as string
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text
}

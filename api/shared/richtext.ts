// Rich-text descriptions: sanitised on the server so no script ever reaches a resident.
import sanitizeHtml from 'sanitize-html';

/** Elements whose content is code or a widget, never readable text: dropped with their content. */
const nonTextTags = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'textarea', 'option', 'xmp'];

/** Absolute addresses only; sanitize-html then still rejects the obfuscated dangerous ones. */
const allowedHref = /^(https?|mailto|tel):/i;

const richTextOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a', 'h3', 'h4'],
  // `rel` only survives because the transform below always sets it.
  allowedAttributes: { a: ['href', 'rel'] },
  // A second line of defence behind `allowedHref`: sanitize-html's own scheme check also sees
  // through tabs, newlines and entities ("jav&#x09;ascript:"), and rejects "//evil.example".
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  nonTextTags,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link without an absolute, allowed address becomes its bare text (span is not allowed,
    // so only the text remains); relative links would point into this application.
    // Links leave our site: no window.opener, no referrer for the resident, no SEO endorsement.
    a: (tagName, attribs): sanitizeHtml.Tag =>
      attribs.href !== undefined && allowedHref.test(attribs.href.trim())
        ? { tagName, attribs: { href: attribs.href, rel: 'noopener noreferrer nofollow' } }
        : { tagName: 'span', attribs: {} },
  },
};

/**
 * Only paragraphs, line breaks, bold, italic, lists, links and two heading levels; every other
 * tag is removed but its text kept. Idempotent, so sanitising stored text again changes nothing.
 */
export function sanitizeRichText(input: string): string {
  return sanitizeHtml(input, richTextOptions);
}

/** Only the elements that separate words, without attributes, so the output is simple to split. */
const blockOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'h3', 'h4'],
  allowedAttributes: {},
  nonTextTags,
};

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The text of a description, for the search index and print: tags removed, entities decoded,
 * paragraphs, lists and headings separated by an empty line and list items and line breaks by a newline.
 */
export function richTextToPlain(html: string): string {
  // sanitize-html decodes every entity on input and re-escapes only & < > " in its output, and
  // with attributes gone no tag contains a ">", so a regex over its output is exact.
  return sanitizeHtml(html, blockOptions)
    .replace(/<\/(p|ul|ol|h3|h4)>/g, '\n\n')
    .replace(/<br \/>|<\/li>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

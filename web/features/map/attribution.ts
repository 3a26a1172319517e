/** A map attribution as plain text (a configured attribution may contain a link). */
export const plainAttribution = (html: string) => html.replace(/<[^>]*>/g, '').trim();

import { parseDocument } from 'htmlparser2';

type DomNode = { type: string; name?: string; attribs?: Record<string, string>; children?: DomNode[]; data?: string };

const DANGEROUS_ELEMENTS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'link', 'form']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc']);

function textOf(node: DomNode): string {
  return node.type === 'text' ? node.data ?? '' : (node.children ?? []).map(textOf).join('');
}

/**
 * Ways an HTML (or SVG) document or fragment could run script: inline scripts other than valid JSON-LD data
 * blocks, external scripts not in `allowedScripts`, event-handler attributes, javascript:/vbscript:/data:text/html
 * URLs, and embedding elements. `page` elements (link, meta, form) are allowed when `fragment` is false.
 */
export function scriptVectors(html: string, options: { fragment?: boolean; allowedScripts?: (src: string) => boolean } = {}): string[] {
  const problems: string[] = [];
  const visit = (node: DomNode) => {
    if (node.type === 'script' || node.name === 'script') {
      const type = node.attribs?.type ?? '';
      const src = node.attribs?.src;
      const body = textOf(node);
      if (type === 'application/ld+json') {
        try {
          JSON.parse(body);
        } catch {
          problems.push(`JSON-LD block that is not JSON (broken out of?): ${body.slice(0, 80)}`);
        }
      } else if (src !== undefined) {
        if (!options.allowedScripts?.(src)) problems.push(`external script ${src}`);
        if (body.trim()) problems.push(`script with src and a body: ${body.slice(0, 80)}`);
      } else problems.push(`inline script: ${body.slice(0, 80)}`);
    }
    if (node.name && DANGEROUS_ELEMENTS.has(node.name) && (options.fragment || !['meta', 'link', 'form'].includes(node.name))) problems.push(`<${node.name}> element`);
    for (const [name, value] of Object.entries(node.attribs ?? {})) {
      if (/^on/i.test(name)) problems.push(`event handler ${name}="${value.slice(0, 60)}"`);
      if (URL_ATTRIBUTES.has(name.toLowerCase())) {
        // eslint-disable-next-line no-control-regex
        const squashed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript):|^data:text\/html/.test(squashed)) problems.push(`${name}="${value.slice(0, 60)}"`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseDocument(html, { lowerCaseAttributeNames: true, xmlMode: false }) as unknown as DomNode);
  return problems;
}

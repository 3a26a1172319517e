// A description as residents read it. The server stores sanitised rich text
// (api/shared/richtext.ts); here it becomes React elements again from the same short allow-list,
// never inserted as HTML. Plain text (imports, older listings) keeps its lines as paragraphs.
import { Fragment, type ReactNode } from 'react';

const allowedHref = /^(https?|mailto|tel):/i;
const blockTags = new Set(['p', 'ul', 'ol', 'h3', 'h4']);

function element(el: Element, key: number): ReactNode {
  const children = [...el.childNodes].map((child, i) => node(child, i));
  switch (el.tagName.toLowerCase()) {
    case 'p':
      return <p key={key}>{children}</p>;
    case 'br':
      return <br key={key} />;
    case 'strong':
    case 'b':
      return <strong key={key}>{children}</strong>;
    case 'em':
    case 'i':
      return <em key={key}>{children}</em>;
    case 'ul':
      return <ul key={key}>{children}</ul>;
    case 'ol':
      return <ol key={key}>{children}</ol>;
    case 'li':
      return <li key={key}>{children}</li>;
    case 'h3':
      return <h3 key={key}>{children}</h3>;
    case 'h4':
      return <h4 key={key}>{children}</h4>;
    case 'a': {
      const href = el.getAttribute('href')?.trim() ?? '';
      if (!allowedHref.test(href)) return <Fragment key={key}>{children}</Fragment>;
      return (
        <a key={key} href={href} rel="noopener noreferrer nofollow">
          {children}
        </a>
      );
    }
    default:
      // Anything else (never stored by the server, but possible in an editor preview): its text only.
      return <Fragment key={key}>{children}</Fragment>;
  }
}

function node(n: ChildNode, key: number): ReactNode {
  if (n.nodeType === Node.TEXT_NODE) return n.textContent;
  if (n.nodeType === Node.ELEMENT_NODE) return element(n as Element, key);
  return null;
}

export function RichText({ html, lang }: { html: string; lang?: string }) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const blocks: ReactNode[] = [];
  let line: ReactNode[] = [];
  const endLine = () => {
    if (line.some((part) => typeof part !== 'string' || part.trim() !== '')) blocks.push(<p key={blocks.length}>{line}</p>);
    line = [];
  };
  body.childNodes.forEach((child, i) => {
    if (child.nodeType === Node.TEXT_NODE) {
      // Loose text: every line break starts a new paragraph, as the resident typed it.
      (child.textContent ?? '').split(/\n+/).forEach((part, j) => {
        if (j > 0) endLine();
        line.push(j === 0 ? part.trimStart() : part.trim());
      });
    } else if (child.nodeType === Node.ELEMENT_NODE && blockTags.has((child as Element).tagName.toLowerCase())) {
      endLine();
      blocks.push(<Fragment key={`b${i}`}>{element(child as Element, i)}</Fragment>);
    } else {
      line.push(node(child, i));
    }
  });
  endLine();
  return <div lang={lang} className="sk-richtext">{blocks}</div>;
}

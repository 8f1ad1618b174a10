/**
 * A small Markdown renderer for chat replies that is safe by construction: the text is
 * HTML-escaped first, then only a fixed set of constructs becomes markup (fenced and inline code,
 * headings, bold, italic, lists, links with http(s)/mailto targets, bare URLs). Nothing a model
 * writes can become a tag or an attribute of its own; Angular's [innerHTML] sanitiser runs on top.
 */
export function renderMarkdown(source: string): string {
  const text = source.replace(/\r\n?/g, '\n');
  const out: string[] = [];
  const lines = text.split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) {
      out.push(`<p>${paragraph.map(inline).join('<br>')}</p>`);
      paragraph = [];
    }
  };
  const flushList = () => {
    if (list) {
      const tag = list.ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${tag}>`);
      list = null;
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*```\s*([\w+-]*)\s*$/.exec(line);
    if (fence) {
      flushParagraph();
      flushList();
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```\s*$/.test(lines[i])) {
        code.push(lines[i]);
        i++;
      }
      const lang = fence[1] ? ` class="language-${escapeHtml(fence[1])}"` : '';
      out.push(`<pre><code${lang}>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      // Chat replies are inside a page with its own h1/h2: headings start at h3.
      const level = Math.min(6, heading[1].length + 2);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
      continue;
    }
    const item = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      flushParagraph();
      const ordered = item[2] !== undefined;
      if (list && list.ordered !== ordered) {
        flushList();
      }
      list ??= { ordered, items: [] };
      list.items.push(item[3]);
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    flushList();
    paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return out.join('');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Inline constructs of one (escaped) line; code spans are set aside first so nothing inside them is formatted. */
function inline(raw: string): string {
  const codes: string[] = [];
  // Private-use characters mark set-aside pieces; any in the text itself are dropped.
  let text = escapeHtml(raw.replace(/[\uE000\uE001]/g, '')).replace(
    /`([^`]+)`/g,
    (_, code: string) => {
      codes.push(`<code>${code}</code>`);
      return `\uE000${codes.length - 1}\uE000`;
    },
  );
  const links: string[] = [];
  const keep = (html: string) => {
    links.push(html);
    return `\uE001${links.length - 1}\uE001`;
  };
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (match, label: string, href: string) =>
    safeHref(href) ? keep(anchor(href, label)) : match,
  );
  text = text.replace(/\bhttps?:\/\/[^\s<]+[^\s<.,;:!?)'"&]/g, (url: string) =>
    keep(anchor(url, url)),
  );
  text = text
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_]+)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return text
    .replace(/\uE001(\d+)\uE001/g, (_, n: string) => links[Number(n)])
    .replace(/\uE000(\d+)\uE000/g, (_, n: string) => codes[Number(n)]);
}

/** Only web and mail links; `javascript:`, `data:` and relative tricks stay plain text. */
function safeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.replace(/&amp;/g, '&'));
}

function anchor(href: string, label: string): string {
  return `<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;
}

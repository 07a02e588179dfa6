#!/usr/bin/env python3
"""Build heldout6 pages and .expect files from annotated UTF-8 sources.

usage: python3 src/gen.py OUTDIR src/*.ann

.ann format: header lines '#! key: value' (name, format, encoding, year, published,
comment, title, crlf, bom), then one line per source line, tagged in its first two chars:
  'T ' title line (text: the whole line; html: its visible text)
  'K ' body line  (text: the whole line; html: its visible text) -> keep
  'F ' title fused with the first body sentence: 'F <title>|||<rest>' (written joined)
  'D ' boilerplate: drop = explicit parts after '|||' or else every visible segment
  'N ' visible but unchecked (too short for a drop string)
  '- ' markup / head / blank: written as is, not checked
Visible text in HTML: block tags split lines, other tags are removed, entities unescaped.
"""
import sys, os, re, html

BLOCK = r'(?:p|div|li|ul|ol|tr|td|th|table|h[1-6]|br|dt|dd|dl|section|article|header|footer|nav|aside|form|select|option|span class="blk"|hr|blockquote|figure|figcaption)'

def visible_segments(markup):
    s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', '\n', markup)
    s = re.sub(r'(?is)<!--.*?-->', '', s)
    s = re.sub(r'(?i)</?' + BLOCK + r'\b[^>]*>', '\n', s)
    s = re.sub(r'(?s)<[^>]*>', '', s)
    s = html.unescape(s)
    out = []
    for seg in s.split('\n'):
        seg = seg.replace('\xa0', ' ').strip(' \t\r\u3000')
        if seg:
            out.append(seg)
    return out

def parse(path):
    hdr, rows = {}, []
    for raw in open(path, encoding='utf-8').read().split('\n'):
        if raw.startswith('#! '):
            k, _, v = raw[3:].partition(':')
            hdr[k.strip()] = v.strip()
            continue
        if raw == '':
            rows.append(('-', ''))
            continue
        tag, body = raw[:1], raw[2:]
        if tag not in 'TKFDN-' or (len(raw) > 1 and raw[1] != ' '):
            raise SystemExit(f'{path}: bad line {raw!r}')
        rows.append((tag, body))
    return hdr, rows

def build(outdir, path):
    hdr, rows = parse(path)
    is_html = hdr['format'] == 'html'
    lines, keeps, drops, title = [], [], [], hdr.get('title')
    for tag, body in rows:
        parts = body.split('|||')
        text = parts[0].rstrip() if tag == 'D' else body
        if tag == 'F':
            t, rest = body.split('|||')
            lines.append(t + rest)
            title = title or t
            keeps.append(rest)
            continue
        lines.append(text)
        vis = visible_segments(text) if is_html else ([text.strip()] if text.strip() else [])
        if tag == 'T':
            title = title or ' '.join(vis)
        elif tag == 'K':
            keeps.extend(vis)
        elif tag == 'D':
            explicit = [p.strip() for p in parts[1:] if p.strip()]
            got = explicit or [v for v in vis]
            for d in got:
                if len(d) < 4:
                    raise SystemExit(f'{path}: drop too short {d!r} in {body!r}')
                if d not in drops:
                    drops.append(d)
    nl = '\r\n' if hdr.get('crlf') else '\n'
    text = nl.join(lines).rstrip('\n\r') + nl
    enc = hdr['encoding']
    if enc == 'utf-8':
        data = text.encode('utf-8')
    elif enc == 'utf-8-bom':
        data = b'\xef\xbb\xbf' + text.encode('utf-8')
    elif enc == 'utf-16le':
        data = b'\xff\xfe' + text.encode('utf-16-le')
    elif enc == 'gb18030':
        data = text.encode(hdr.get('codec', 'gbk'))
    elif enc == 'big5':
        data = text.encode('cp950')
    else:
        raise SystemExit('encoding ' + enc)
    name = hdr['name']
    open(os.path.join(outdir, name), 'wb').write(data)
    base = name.rsplit('.', 1)[0]
    ex = [f"# {hdr['comment']}", f"format: {hdr['format']}", f"encoding: {enc}", f"title: {title}",
          f"year: {hdr['year']}"]
    if hdr.get('published'):
        ex.append(f"published: {hdr['published']}")
    ex += [f'keep: {k}' for k in keeps] + [f'drop: {d}' for d in drops]
    open(os.path.join(outdir, base + '.expect'), 'w', encoding='utf-8').write('\n'.join(ex) + '\n')
    print(f'{name}: {enc}, keep {len(keeps)}, drop {len(drops)}, title {title}')

if __name__ == '__main__':
    for p in sys.argv[2:]:
        build(sys.argv[1], p)

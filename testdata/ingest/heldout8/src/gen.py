#!/usr/bin/env python3
"""python3 src/gen.py OUTDIR src/*.ann — writes NAME.ext (encoded) and NAME.expect.
.ann: header '#! key: value' (name ext format encoding codec crlf title year published comment),
then lines 'TAG text': T title line, K keep, F title|||rest (title fused with first body line),
D drop (explicit drops after '|||', separated by '|||'; else every visible segment >= 4 chars),
N visible unchecked, '-' markup/blank."""
import sys, re, html, os

def segs(s):
    s = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', s, flags=re.S)
    parts = re.split(r'<[^>]*>', s)
    out = []
    for p in parts:
        p = html.unescape(p).strip()
        if len(p) >= 4:
            out.append(p)
    return out

def vis(s, is_html):
    if not is_html:
        return s.strip()
    s = re.sub(r'<[^>]*>', '', s)
    return html.unescape(s).strip()

def build(path, outdir):
    hdr, body = {}, []
    for raw in open(path, encoding='utf-8').read().split('\n'):
        if raw.startswith('#! '):
            k, v = raw[3:].split(':', 1); hdr[k.strip()] = v.strip(); continue
        if raw == '':
            continue
        tag, _, rest = raw.partition(' ')
        body.append((tag, rest))
    is_html = hdr['format'] == 'html'
    lines, keeps, drops = [], [], []
    title = hdr['title']
    for tag, rest in body:
        if tag == '-':
            lines.append(rest)
        elif tag == 'K':
            lines.append(rest); keeps.append(vis(rest, is_html))
        elif tag in ('T', 'N'):
            lines.append(rest)
        elif tag == 'F':
            t, r = rest.split('|||')
            lines.append(t + r)
            keeps.append(vis(r, is_html))
        elif tag == 'D':
            if '|||' in rest:
                parts = rest.split('|||')
                lines.append(parts[0].rstrip())
                ds = [p.strip() for p in parts[1:]]
            else:
                lines.append(rest)
                ds = segs(rest) if is_html else [rest.strip()]
            if not ds:
                raise SystemExit(f'{path}: no drop for {rest!r}')
            drops.extend(ds)
        else:
            raise SystemExit(f'{path}: bad tag {tag!r}')
    nl = '\r\n' if hdr.get('crlf') == 'yes' else '\n'
    text = nl.join(lines) + nl
    enc = hdr['encoding']; codec = hdr.get('codec', enc)
    if enc == 'utf-8-bom':
        data = b'\xef\xbb\xbf' + text.encode('utf-8')
    elif enc == 'utf-16le':
        data = b'\xff\xfe' + text.encode('utf-16-le')
    else:
        data = text.encode(codec)
    name = hdr['name']
    open(os.path.join(outdir, name + '.' + hdr['ext']), 'wb').write(data)
    seen = set(); dd = []
    for d in drops:
        if d not in seen:
            seen.add(d); dd.append(d)
    ex = ['# ' + hdr['comment'], 'format: ' + hdr['format'], 'encoding: ' + enc,
          'title: ' + title, 'year: ' + hdr['year']]
    if hdr.get('published'):
        ex.append('published: ' + hdr['published'])
    ex += ['keep: ' + k for k in keeps] + ['drop: ' + d for d in dd]
    open(os.path.join(outdir, name + '.expect'), 'w', encoding='utf-8').write('\n'.join(ex) + '\n')

if __name__ == '__main__':
    for p in sys.argv[2:]:
        build(p, sys.argv[1])

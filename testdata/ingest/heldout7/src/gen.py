#!/usr/bin/env python3
"""python3 src/gen.py OUTDIR src/*.ann — writes NAME.ext in its encoding and NAME.expect.
.ann: header '#! key: value' (format, encoding, title, year, published, comment, ext, newline),
then one line per source line: TAG SPACE raw. Tags: '-' markup/blank (unchecked),
T title line, K keep (visible text), F fused title+first body line (keep = text after title),
D drop (explicit strings after '|||', else every visible segment of >= 4 chars), N visible unchecked."""
import sys, os, re, html

def segments(raw, fmt):
    if fmt != 'html':
        return [raw.strip(' \t\u3000')]
    raw = re.sub(r'<!--.*?-->', '\n', raw)
    parts = re.split(r'<[^>]*>', raw)
    out = []
    for p in parts:
        p = html.unescape(p).replace('\xa0', ' ').strip(' \t\u3000')
        if p:
            out.append(p)
    return out

def visible(raw, fmt):
    if fmt != 'html':
        return raw.strip(' \t\u3000')
    return ' '.join(segments(raw, fmt))

def main():
    outdir = sys.argv[1]
    for path in sys.argv[2:]:
        name = os.path.splitext(os.path.basename(path))[0]
        hdr = {}
        body = []
        keeps, drops = [], []
        for ln in open(path, encoding='utf-8').read().split('\n'):
            if ln.startswith('#! '):
                k, v = ln[3:].split(':', 1)
                hdr[k.strip()] = v.strip()
                continue
            if ln == '':
                continue
            tag, raw = ln[0], ln[2:]
            expl = None
            if '|||' in raw and tag in 'DF':
                if tag == 'D':
                    raw, *expl = raw.split('|||')
            fmt = hdr['format']
            if tag == 'K':
                keeps.append(visible(raw, fmt))
            elif tag == 'F':
                v = visible(raw, fmt)
                t = hdr['title']
                assert v.startswith(t), (path, v)
                keeps.append(v[len(t):].strip(' \u3000'))
            elif tag == 'D':
                if expl:
                    drops.extend(e.strip() for e in expl)
                else:
                    segs = [s for s in segments(raw, fmt) if len(s) >= 4]
                    assert segs, (path, 'no drop segment >=4', raw)
                    drops.extend(segs)
            elif tag not in '-TN':
                raise SystemExit(f'{path}: bad tag {tag!r}')
            body.append(raw)
        nl = '\r\n' if hdr.get('newline') == 'crlf' else '\n'
        text = nl.join(body) + nl
        enc = hdr['encoding']
        if enc == 'utf-8':
            data = text.encode('utf-8')
        elif enc == 'utf-8-bom':
            data = b'\xef\xbb\xbf' + text.encode('utf-8')
        elif enc == 'utf-16le':
            data = b'\xff\xfe' + text.encode('utf-16-le')
        elif enc == 'gb18030':
            data = text.encode('gb18030')
        elif enc == 'big5':
            data = text.encode('big5')
        else:
            raise SystemExit(enc)
        ext = hdr.get('ext', hdr['format'])
        open(os.path.join(outdir, name + '.' + ext), 'wb').write(data)
        # dedupe drops, keep order
        seen = set(); dd = []
        for d in drops:
            if d not in seen:
                seen.add(d); dd.append(d)
        with open(os.path.join(outdir, name + '.expect'), 'w', encoding='utf-8') as f:
            f.write('# ' + hdr['comment'] + '\n')
            f.write('format: ' + hdr['format'] + '\n')
            f.write('encoding: ' + enc + '\n')
            f.write('title: ' + hdr['title'] + '\n')
            f.write('year: ' + hdr['year'] + '\n')
            if hdr.get('published'):
                f.write('published: ' + hdr['published'] + '\n')
            for k in keeps:
                f.write('keep: ' + k + '\n')
            for d in dd:
                f.write('drop: ' + d + '\n')
        print(f'{name}.{ext}: {enc}, keep {len(keeps)}, drop {len(dd)}')

main()

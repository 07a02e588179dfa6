#!/usr/bin/env python3
"""python3 src/check.py DIR — decodes each page as its .expect declares, strips tags for HTML,
checks every keep is a line of the text (or the rest of a line that starts with the title),
every drop is >= 4 characters, present, and absent from every keep and the title, and lists
visible lines that are neither kept, dropped nor the title."""
import sys, os, re, html, glob

BLOCK = r'(?i)</?(p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|br|title|header|footer|nav|section|article|span class="blk"|dl|dt|dd|form|aside|main|hr|option|select|section)\b[^>]*>'

def decode(data, enc):
    if enc == 'utf-8-bom':
        assert data.startswith(b'\xef\xbb\xbf'); return data[3:].decode('utf-8')
    if enc == 'utf-16le':
        assert data.startswith(b'\xff\xfe'); return data[2:].decode('utf-16-le')
    if enc == 'utf-8':
        assert not data.startswith(b'\xef\xbb\xbf'); return data.decode('utf-8')
    return data.decode(enc)

def text_of(s, fmt):
    if fmt == 'html':
        s = re.sub(r'(?is)<(script|style)\b.*?</\1>', '\n', s)
        s = re.sub(r'(?s)<!--.*?-->', '\n', s)
        s = re.sub(BLOCK, '\n', s)
        s = re.sub(r'(?i)</?(td|th)\b[^>]*>', ' ', s)
        s = re.sub(r'<[^>]*>', ' ', s)
        s = html.unescape(s).replace('\xa0', ' ')
        lines = []
        for ln in s.split('\n'):
            ln = re.sub(r'[ \t]+', ' ', ln).strip(' \t\r\u3000')
            if ln: lines.append(ln)
        return lines
    return [ln.strip(' \t\r\u3000') for ln in s.split('\n') if ln.strip(' \t\r\u3000')]

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else '.'
    bad = 0; tk = td = 0
    for ex in sorted(glob.glob(os.path.join(d, '*.expect'))):
        name = os.path.basename(ex)[:-7]
        h = {}; keeps = []; drops = []
        for ln in open(ex, encoding='utf-8').read().split('\n'):
            if not ln or ln.startswith('#'): continue
            k, v = ln.split(': ', 1)
            if k == 'keep': keeps.append(v)
            elif k == 'drop': drops.append(v)
            else: h[k] = v
        page = [p for p in glob.glob(os.path.join(d, name + '.*')) if not p.endswith('.expect')][0]
        lines = text_of(decode(open(page, 'rb').read(), h['encoding']), h['format'])
        title = h['title']
        errs = []
        full = '\n'.join(lines)
        if title not in full: errs.append('title not found')
        lineset = set(lines)
        for k in keeps:
            if k not in lineset and not any(l.startswith(title) and l[len(title):].strip(' \u3000') == k for l in lines):
                errs.append('keep missing: ' + k)
        for dr in drops:
            if len(dr) < 4: errs.append('drop too short: ' + dr)
            if dr not in full: errs.append('drop absent: ' + dr)
            if dr in title: errs.append('drop in title: ' + dr)
            for k in keeps:
                if dr in k: errs.append(f'drop {dr!r} in keep: {k}')
        for l in lines:
            if l in keeps or l == title or title in l or any(dr in l for dr in drops): continue
            if any(l.startswith(title) for _ in [0]): continue
            errs.append('uncovered line: ' + l)
        tk += len(keeps); td += len(drops)
        chars = sum(len(k) for k in keeps)
        print(f'{os.path.basename(page)}: keep {len(keeps)} ({chars} chars), drop {len(drops)}' + ('' if not errs else '  <-- %d problems' % len(errs)))
        for e in errs: print('   ', e)
        bad += len(errs)
    print(f'total keep {tk}, drop {td}, problems {bad}')
    sys.exit(1 if bad else 0)

main()

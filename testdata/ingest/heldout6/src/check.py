#!/usr/bin/env python3
"""Check heldout6: decode each page as its .expect declares, strip tags for HTML,
and check that every keep is a line of the text, every drop (>= 4 chars) is present
and occurs in no keep line and not in the title; report visible lines that are
neither kept, dropped nor the title (coverage), body size and counts."""
import sys, os, re, html, glob

def decode(data, enc):
    if enc == 'utf-8':
        assert not data.startswith(b'\xef\xbb\xbf'), 'unexpected BOM'
        return data.decode('utf-8')
    if enc == 'utf-8-bom':
        assert data.startswith(b'\xef\xbb\xbf'); return data[3:].decode('utf-8')
    if enc == 'utf-16le':
        assert data.startswith(b'\xff\xfe'); return data[2:].decode('utf-16-le')
    if enc == 'gb18030':
        return data.decode('gb18030')
    if enc == 'big5':
        return data.decode('cp950')
    raise ValueError(enc)

def strip_html(s):
    s = re.sub(r'(?is)<head>.*?</head>', '\n', s)
    s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', '\n', s)
    s = re.sub(r'(?is)<!--.*?-->', '', s)
    s = re.sub(r'(?i)<(br|p|/p|div|/div|li|/li|tr|/tr|td|/td|th|h\d|/h\d|ul|/ul|table|/table|dt|dd|section|/section|header|footer|nav|aside|article|/article|option|hr|blockquote|figure|figcaption|/figcaption|form|select|/select)\b[^>]*>', '\n', s)
    s = re.sub(r'(?s)<[^>]*>', '', s)
    return html.unescape(s)

def lines_of(text):
    return [l.replace('\xa0', ' ').strip(' \t\r\u3000') for l in text.split('\n')]

def main(d):
    bad = 0
    tot_k = tot_d = 0
    for ex in sorted(glob.glob(os.path.join(d, '*.expect'))):
        base = ex[:-7]
        page = [p for p in glob.glob(base + '.*') if not p.endswith('.expect')][0]
        meta, keeps, drops = {}, [], []
        for l in open(ex, encoding='utf-8').read().splitlines():
            if l.startswith('#') or not l.strip():
                continue
            k, _, v = l.partition(': ')
            if k == 'keep': keeps.append(v)
            elif k == 'drop': drops.append(v)
            else: meta[k] = v
        text = decode(open(page, 'rb').read(), meta['encoding'])
        full = text
        if meta['format'] == 'html':
            text = strip_html(text)
            fullvis = text + '\n' + ' '.join(re.findall(r'(?is)<title>(.*?)</title>', full))
        else:
            fullvis = text
        ls = lines_of(text)
        lset = set(ls)
        title = meta['title']
        errs = []
        for k in keeps:
            if k not in lset and (title + k) not in lset: errs.append('keep missing: ' + k)
        for dr in drops:
            if len(dr) < 4: errs.append('drop short: ' + dr)
            if dr not in fullvis.replace('\xa0', ' '): errs.append('drop absent: ' + dr)
            for k in keeps:
                if dr in k: errs.append(f'drop {dr!r} in keep {k!r}')
            if dr in title: errs.append(f'drop {dr!r} in title')
        if meta['format'] != 'html' and not any(title in l for l in ls):
            errs.append('title not in text')
        if meta['format'] == 'html' and title not in fullvis:
            errs.append('title not in page')
        unc = []
        kset = set(keeps)
        for l in ls:
            if not l or l in kset or title in l or any(dr in l for dr in drops):
                continue
            if any(k and k in l for k in keeps):  # fused title line
                continue
            unc.append(l)
        chars = sum(len(k) for k in keeps)
        print(f'{os.path.basename(page)}: {meta["encoding"]}, keep {len(keeps)} ({chars} chars), drop {len(drops)}, year {meta.get("year")}, published {meta.get("published","-")}')
        for e in errs: print('   ERROR', e)
        for u in unc: print('   uncovered:', repr(u))
        if not (8 <= len(keeps) <= 20): print('   NOTE keep count', len(keeps))
        if not (600 <= chars <= 1800): print('   NOTE body chars', chars)
        if not (15 <= len(drops) <= 45): print('   NOTE drop count', len(drops))
        bad += len(errs)
        tot_k += len(keeps); tot_d += len(drops)
    print(f'total keep {tot_k}, drop {tot_d}, errors {bad}')
    return bad

if __name__ == '__main__':
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else '.') else 0)

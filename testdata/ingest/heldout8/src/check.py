#!/usr/bin/env python3
"""python3 src/check.py DIR — decodes each page as its .expect declares, strips tags for HTML,
checks keeps are lines of the text (or the rest of the line that starts with the title), drops
are >= 4 chars, present, and in no keep and not in the title; lists visible lines that are
neither kept, dropped nor the title; prints counts."""
import sys, os, re, html, glob

def decode(data, enc):
    if enc == 'utf-8-bom':
        assert data.startswith(b'\xef\xbb\xbf'); return data[3:].decode('utf-8')
    if enc == 'utf-16le':
        assert data.startswith(b'\xff\xfe'); return data[2:].decode('utf-16-le')
    if enc == 'utf-16be':
        assert data.startswith(b'\xfe\xff'); return data[2:].decode('utf-16-be')
    if enc == 'utf-8':
        assert not data.startswith(b'\xef\xbb\xbf'); return data.decode('utf-8')
    return data.decode({'big5': 'cp950'}.get(enc, enc))

BLOCK = r'p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|br|title|section|article|header|footer|nav|dl|dd|dt|form|aside|main|blockquote|figure|figcaption|hr|select|option|button|textarea|label'

def strip(t):
    t = re.sub(r'<!--.*?-->', '', t, flags=re.S)
    t = re.sub(r'<(script|style)\b.*?</\1>', '\n', t, flags=re.S | re.I)
    t = re.sub(r'<head\b[^>]*>', '\n', t)
    t = re.sub(r'<meta[^>]*>|<link[^>]*>', '', t)
    t = re.sub(r'</?(%s)\b[^>]*>' % BLOCK, '\n', t, flags=re.I)
    t = re.sub(r'</?t[dh]\b[^>]*>', ' ', t, flags=re.I)
    t = re.sub(r'<[^>]*>', '', t)
    t = html.unescape(t)
    return t

def main(d):
    tot_k = tot_d = 0; bad = 0
    for ex in sorted(glob.glob(os.path.join(d, '*.expect'))):
        base = ex[:-7]
        page = [p for p in glob.glob(base + '.*') if not p.endswith('.expect')][0]
        e = {'keep': [], 'drop': []}
        for ln in open(ex, encoding='utf-8').read().split('\n'):
            if not ln or ln.startswith('#'): continue
            k, _, v = ln.partition(': ')
            if k in ('keep', 'drop'): e[k].append(v)
            else: e[k] = v
        text = decode(open(page, 'rb').read(), e['encoding'])
        if e['format'] == 'html': text = strip(text)
        lines = [re.sub(r'[ \t\u3000\xa0]+', ' ', l).strip() for l in text.replace('\r', '').split('\n')]
        lines = [l for l in lines if l]
        rawlines = set(lines)
        title = e['title']
        errs = []
        fused = [l[len(title):].strip() for l in lines if l.startswith(title) and len(l) > len(title)]
        for k in e['keep']:
            kk = re.sub(r'[ \t\u3000\xa0]+', ' ', k).strip()
            if kk not in rawlines and kk not in fused:
                errs.append('keep missing: ' + k)
        full = '\n'.join(lines)
        for dr in e['drop']:
            if len(dr) < 4: errs.append('drop too short: ' + dr)
            if dr not in full and dr not in text: errs.append('drop absent: ' + dr)
            if dr in title: errs.append('drop in title: ' + dr)
            for k in e['keep']:
                if dr in k: errs.append(f'drop {dr!r} in keep {k!r}')
        if title not in full: errs.append('title absent')
        nk = len(e['keep'])
        if not 8 <= nk <= 20: errs.append(f'{nk} keep lines')
        chars = sum(len(k) for k in e['keep'])
        keepset = set(re.sub(r'[ \t\u3000\xa0]+', ' ', k).strip() for k in e['keep'])
        unc = []
        for l in lines:
            if l in keepset or l == title: continue
            if l.startswith(title) and l[len(title):].strip() in keepset: continue
            if any(dr in l for dr in e['drop']): continue
            unc.append(l)
        nf = sum(1 for l in lines if l not in keepset and l != title and not (l.startswith(title) and l[len(title):].strip() in keepset))
        print(f'{os.path.basename(page)}: keep {nk} ({chars} chars), drop {len(e["drop"])}, furniture lines {nf}, title {title!r} year {e["year"]} pub {e.get("published")}')
        for u in unc: print('   unchecked:', u)
        for x in errs: print('   ERROR', x)
        bad += len(errs); tot_k += nk; tot_d += len(e['drop'])
    print(f'total keep {tot_k}, drop {tot_d}, errors {bad}')
    return bad

if __name__ == '__main__':
    sys.exit(1 if main(sys.argv[1]) else 0)

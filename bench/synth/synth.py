#!/usr/bin/env python3
"""synth.py SIZE_MB OUTDIR — a synthetic corpus made from corpus/.

Every document of corpus/ is decoded (UTF-8 with or without BOM, UTF-16,
GB18030, Big5; HTML pages reduced to their text) and written again as UTF-8
.txt, copy after copy, with every run of Arabic digits replaced by random
digits of the same length (seeded: the same SIZE_MB gives the same corpus),
until SIZE_MB megabytes are written; 500 files a folder.
"""
import html
import os
import random
import re
import sys

def decode(data):
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    for enc in ("utf-8-sig", "gb18030", "big5"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")

def text_of_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)

def main():
    size_mb, out = float(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus")
    docs = []
    for name in sorted(os.listdir(root)):
        with open(os.path.join(root, name), "rb") as f:
            text = decode(f.read())
        if name.endswith((".html", ".htm")):
            text = text_of_html(text)
        docs.append((os.path.splitext(name)[0], text))
    rng = random.Random(int(size_mb * 1000))
    vary = lambda m: "".join(rng.choice("123456789" if i == 0 else "0123456789") for i in range(len(m.group())))
    want, written, n = size_mb * 1e6, 0, 0
    while written < want:
        name, text = docs[n % len(docs)]
        folder = os.path.join(out, "%04d" % (n // 500))
        os.makedirs(folder, exist_ok=True)
        data = re.sub(r"[0-9]+", vary, text).encode("utf-8")
        with open(os.path.join(folder, "%06d-%s.txt" % (n, name)), "wb") as f:
            f.write(data)
        written += len(data)
        n += 1
    print(n, written)

main()

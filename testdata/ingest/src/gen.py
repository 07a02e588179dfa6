# Builds testdata/ingest/NAME + NAME.expect from an annotated UTF-8 source.
# Header lines: @name, @enc (utf-8, utf-8-bom, gb18030, big5, utf-16le-bom, utf-16be-bom),
# @crlf, @format, @encoding, @warn (repeatable), @raw (line appended verbatim as bytes, hex).
# Body lines: "T text[ => title]", "K text[ => out || out2]", "D text[ => shown]", "N text" (unchecked), blank.
import sys, os, codecs
out = sys.argv[1]
for path in sorted(sys.argv[2:]):
    hdr = {"warn": [], "enc": "utf-8"}
    body, exp = [], []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if raw.startswith("@"):
            k, _, v = raw[1:].partition(": ")
            if k == "warn": hdr["warn"].append(v)
            else: hdr[k] = v
            continue
        if raw.strip() == "":
            body.append(""); continue
        tag, text = raw[0], raw[2:]
        src, _, want = text.partition(" => ")
        want = want if want else src
        body.append(src)
        if tag == "T": exp.append("title: " + want.strip())
        elif tag == "K":
            for w in want.split(" || "): exp.append("keep: " + w.strip())
        elif tag == "D": exp.append("drop: " + want.strip())
        elif tag == "N": pass
        else: raise SystemExit(f"{path}: bad tag {tag!r}")
    text = "\n".join(body).strip("\n") + "\n"
    if hdr.get("crlf"): text = text.replace("\n", "\r\n")
    enc = hdr["enc"]
    if enc == "utf-8": data = text.encode("utf-8")
    elif enc == "utf-8-bom": data = codecs.BOM_UTF8 + text.encode("utf-8")
    elif enc == "gb18030": data = text.encode("gb18030")
    elif enc == "big5": data = text.encode("cp950")
    elif enc == "utf-16le-bom": data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif enc == "utf-16be-bom": data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else: raise SystemExit("enc " + enc)
    if "raw" in hdr:
        data += bytes.fromhex(hdr["raw"])
    name = hdr["name"]
    open(os.path.join(out, name), "wb").write(data)
    meta = ["# " + name + ": written for the ingest development set (not web text); built from an annotated source, see README.",
            "format: " + hdr.get("format", "txt"),
            "encoding: " + hdr.get("encoding", {"utf-8-bom": "utf-8-bom", "utf-16le-bom": "utf-16le", "utf-16be-bom": "utf-16be"}.get(enc, enc))]
    meta += ["warn: " + w for w in hdr["warn"]]
    base = os.path.splitext(name)[0]
    open(os.path.join(out, base + ".expect"), "w", encoding="utf-8").write("\n".join(meta + exp) + "\n")
    print(name, len(data))

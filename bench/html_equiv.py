#!/usr/bin/env python3
"""Are two HTML pages equivalent? Compares structure and text, not bytes.

usage: bench/html_equiv.py A.html B.html

Both pages are parsed (html.parser, character references decoded) into a token stream:
- declarations (doctype), lower-cased;
- start tags with their attributes sorted by name; `<x/>` is a start tag followed by its end tag;
- end tags;
- text with runs of whitespace collapsed to one space; whitespace-only text is dropped, so the
  line breaks between block elements do not count, but a space inside a line of text does;
- the contents of <style> and <script> with whitespace collapsed.
Adjacent text pieces are merged first. Exits 0 when the streams are equal, otherwise prints the
first difference with some context and exits 1. Python 3 standard library only.
"""

import re
import sys
from html.parser import HTMLParser

WS = re.compile(r"\s+")


class Tokens(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []
        self.text = []

    def _flush(self):
        if self.text:
            t = WS.sub(" ", "".join(self.text))
            self.text = []
            if t.strip():
                self.tokens.append(("text", t))

    def handle_decl(self, decl):
        self._flush()
        self.tokens.append(("decl", WS.sub(" ", decl.lower()).strip()))

    def handle_starttag(self, tag, attrs):
        self._flush()
        attrs = sorted((k, "" if v is None else v) for k, v in attrs)
        self.tokens.append(("start", tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self._flush()
        self.tokens.append(("end", tag))

    def handle_data(self, data):
        # <style>/<script> contents arrive here too (CDATA content): compared collapsed.
        self.text.append(data)

    def handle_comment(self, data):
        self._flush()
        self.tokens.append(("comment", WS.sub(" ", data).strip()))

    def close(self):
        super().close()
        self._flush()


def tokens(path):
    with open(path, encoding="utf-8") as f:
        p = Tokens()
        p.feed(f.read())
        p.close()
        return p.tokens


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    a, b = tokens(sys.argv[1]), tokens(sys.argv[2])
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            print(f"first difference at token {i}:")
            for j in range(max(0, i - 3), i):
                print(f"  same: {a[j]!r}"[:300])
            print(f"  {sys.argv[1]}: {x!r}"[:2000])
            print(f"  {sys.argv[2]}: {y!r}"[:2000])
            return 1
    if len(a) != len(b):
        shorter, longer = (sys.argv[1], a), (sys.argv[2], b)
        if len(a) > len(b):
            shorter, longer = longer, shorter
        print(
            f"{shorter[0]} ends after {len(shorter[1])} tokens; {longer[0]} goes on with "
            f"{longer[1][len(shorter[1])]!r}"[:2000]
        )
        return 1
    print(f"equivalent ({len(a)} tokens)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

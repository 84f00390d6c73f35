#!/usr/bin/python3
"""hexo-literals: give every anonymous read-only constant its own section.

GCC puts string literals and other anonymous constants (.LCn) of a file into
one .rodata section, laid out differently per ISA (aarch64 aligns every string
to 8 bytes, x86-64 only long ones), so a pointer to "alpha" taken on one ISA
would point elsewhere on the other. This rewrites the compiler's assembly so
that each such constant sits in a section named after its contents
(.rodata.hexolit.<hash>.<k>); hexo-align then places each at the same address
in both binaries, like a named global. Usage: hexo-literals.py ISA FILE.s
(ISA x86_64 or aarch64; FILE.s is rewritten in place).
"""
import hashlib
import re
import sys

LITERAL = re.compile(r'^\.LC\d+:\s*$')
LABEL = re.compile(r'^[^\s#@/][^\s]*:\s*$')
ALIGN = re.compile(r'^\s*\.(p2align|balign|align)\b')
SECTION = re.compile(r'^\s*(\.section\s+([^,\s]+).*|\.(text|data|bss)\s*)$')
# data directives with one meaning per size, so that a constant's key is the same on both ISAs
SIZE_NAMES = {
    'x86_64': {'.value': '2', '.short': '2', '.word': '2', '.long': '4', '.int': '4', '.quad': '8'},
    'aarch64': {'.hword': '2', '.short': '2', '.2byte': '2', '.word': '4', '.4byte': '4', '.long': '4',
                '.int': '4', '.xword': '8', '.8byte': '8', '.quad': '8'},
}


def anonymous_rodata(section):
    return section == '.rodata' or section.startswith('.rodata.str') or section.startswith('.rodata.cst')


def key_of(isa, data):
    norm = []
    for line in data:
        parts = line.split(None, 1)
        if not parts:
            continue
        d = SIZE_NAMES[isa].get(parts[0], parts[0])
        norm.append(d + ' ' + (parts[1].strip() if len(parts) > 1 else ''))
    return hashlib.sha1('\n'.join(norm).encode()).hexdigest()[:16]


def rewrite(isa, lines):
    out, section_line, section = [], '', ''
    seen, i = {}, 0
    while i < len(lines):
        line = lines[i]
        m = SECTION.match(line)
        if m:
            section_line, section = line, (m.group(2) or '.' + m.group(3))
            out.append(line)
            i += 1
            continue
        if not anonymous_rodata(section) or not (ALIGN.match(line) or LITERAL.match(line)):
            out.append(line)
            i += 1
            continue
        aligns = []
        while i < len(lines) and ALIGN.match(lines[i]):
            aligns.append(lines[i])
            i += 1
        if i >= len(lines) or not LITERAL.match(lines[i]):
            out.extend(aligns)
            continue
        label = lines[i]
        i += 1
        data = []
        while i < len(lines) and not (LABEL.match(lines[i]) or ALIGN.match(lines[i]) or SECTION.match(lines[i])
                                      or lines[i].strip().startswith(('.previous', '.popsection', '.pushsection'))):
            data.append(lines[i])
            i += 1
        key = key_of(isa, data)
        k = seen.get(key, 0)
        seen[key] = k + 1
        out.append('\t.section\t.rodata.hexolit.%s.%d,"a"\n' % (key, k))
        out.extend(aligns)
        out.append(label)
        out.extend(data)
        out.append(section_line)
    return out


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in SIZE_NAMES:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(sys.argv[2]) as f:
            lines = f.readlines()
        text = rewrite(sys.argv[1], lines)
        with open(sys.argv[2], 'w') as f:
            f.writelines(text)
    except OSError as e:
        print('hexo-literals: error: %s' % e, file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

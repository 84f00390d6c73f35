#!/usr/bin/python3
"""check-align.py: verify that the migrated state of two hexo-lite binaries is aligned.

Usage: check-align.py prog_x86-64_aligned prog_aarch64_aligned

Compares, for every symbol in the application rodata, data and bss regions,
its address and size in both binaries, and the initial contents of the data
region. Exits 1 naming the first symbol that differs, 0 when all match.
"""
import sys

from elftools.elf.elffile import ELFFile

REGIONS = ('hexo_rodata', 'hexo_data', 'hexo_bss')


def load(path):
    with open(path, 'rb') as f:
        elf = ELFFile(f)
        st = elf.get_section_by_name('.symtab')
        if st is None:
            raise ValueError('%s: no symbol table' % path)
        marks, syms, fname = {}, {}, ''
        for s in st.iter_symbols():
            t = s['st_info']['type']
            if t == 'STT_FILE':
                fname = s.name
                continue
            if s.name.startswith('__hexo_'):
                marks[s.name] = s['st_value']
            if t not in ('STT_OBJECT', 'STT_TLS') or not s.name:
                continue
            key = s.name if s['st_info']['bind'] != 'STB_LOCAL' else '%s:%s' % (fname, s.name)
            syms[key] = (s['st_value'], s['st_size'], t)
        for r in REGIONS:
            if '__%s_start' % r not in marks:
                raise ValueError('%s: not linked with the hexo-lite aligned linker script (no __%s_start)' % (path, r))
        sec = elf.get_section_by_name('.hexo_data')
        data = (sec['sh_addr'], sec.data()) if sec is not None else (0, b'')
    ranges = [(marks['__%s_start' % r], marks['__%s_end' % r]) for r in REGIONS]
    mig = {k: v for k, v in syms.items() if any(lo <= v[0] < hi for lo, hi in ranges)}
    return marks, mig, syms, data


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    a, b = sys.argv[1], sys.argv[2]
    try:
        ma, sa, alla, da = load(a)
        mb, sb, allb, db = load(b)
    except (OSError, ValueError) as e:
        print('check-align: error: %s' % e, file=sys.stderr)
        return 2
    problems = []
    for r in REGIONS:
        for edge in ('start', 'end'):
            k = '__%s_%s' % (r, edge)
            if ma.get(k) != mb.get(k):
                problems.append((ma.get(k, 0), 'region marker %s: %#x vs %#x' % (k, ma.get(k, 0), mb.get(k, 0))))
    for k in sorted(set(sa) | set(sb), key=lambda k: (sa.get(k) or sb.get(k))[0]):
        x, y = sa.get(k) or alla.get(k), sb.get(k) or allb.get(k)
        if x is None or y is None:
            problems.append(((x or y)[0], 'symbol %s exists only in %s' % (k, a if x else b)))
        elif x[2] == 'STT_TLS' or y[2] == 'STT_TLS':
            problems.append((x[0], 'symbol %s is thread-local: cannot be migrated' % k))
        elif x[0] != y[0]:
            problems.append((x[0], 'symbol %s: address %#x in %s, %#x in %s' % (k, x[0], a, y[0], b)))
        elif x[1] != y[1]:
            problems.append((x[0], 'symbol %s: size %d in %s, %d in %s' % (k, x[1], a, y[1], b)))
    if da[0] == db[0] and da[1] != db[1]:
        n = min(len(da[1]), len(db[1]))
        off = next((i for i in range(n) if da[1][i] != db[1][i]), n)
        addr = da[0] + off
        owner = next((k for k, v in sa.items() if v[0] <= addr < v[0] + max(v[1], 1)), '?')
        problems.append((addr, 'symbol %s: initial value differs at %#x (a pointer to code, or an '
                               'ISA-specific representation such as long double)' % (owner, addr)))
    if problems:
        problems.sort()
        print('check-align: MISALIGNED: %s' % problems[0][1])
        for _, p in problems[1:10]:
            print('check-align:   also: %s' % p)
        return 1
    print('check-align: OK: %d migrated symbols aligned in %s and %s' % (len(sa), a, b))
    return 0


if __name__ == '__main__':
    sys.exit(main())

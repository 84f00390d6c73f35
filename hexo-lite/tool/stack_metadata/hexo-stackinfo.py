#!/usr/bin/python3
"""hexo-stackinfo: attach the frame metadata table to a final binary.

For every application function (code inside the application text region) it
records the PC range, the CFA as an offset from the frame pointer (from
the .debug_frame rule saving the caller's frame pointer), and every local variable and parameter living in
the frame (DW_OP_fbreg offset, byte size, pointer-ness, lexical block PC
ranges); plus the application's line table. The text table is added as the
non-allocated section .hexo_meta (objcopy --add-section moves nothing), which
the runtime reads from /proc/self/exe. Usage: hexo-stackinfo.py BINARY
"""
import os
import subprocess
import sys
import tempfile

from elftools.elf.elffile import ELFFile

FP_REG = {'EM_X86_64': 6, 'EM_AARCH64': 29}
OBJCOPY = {'EM_X86_64': 'objcopy', 'EM_AARCH64': 'aarch64-linux-gnu-objcopy'}


class MetaError(Exception):
    pass


def sleb(data):
    result, shift = 0, 0
    for i, b in enumerate(data):
        result |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            if b & 0x40:
                result -= 1 << shift
            return result
    raise MetaError('bad SLEB128')


def type_info(die, depth=0):
    """-> (byte size, is_pointer)"""
    if die is None or depth > 30:
        return 0, False
    tag = die.tag
    if tag == 'DW_TAG_pointer_type':
        return 8, True
    if 'DW_AT_byte_size' in die.attributes and tag != 'DW_TAG_array_type':
        return die.attributes['DW_AT_byte_size'].value, False
    if tag == 'DW_TAG_array_type':
        elem, _ = type_info(die.get_DIE_from_attribute('DW_AT_type'), depth + 1)
        count = 1
        for sub in die.iter_children():
            if sub.tag != 'DW_TAG_subrange_type':
                continue
            if 'DW_AT_count' in sub.attributes:
                count *= sub.attributes['DW_AT_count'].value
            elif 'DW_AT_upper_bound' in sub.attributes:
                ub = sub.attributes['DW_AT_upper_bound']
                if ub.form.startswith('DW_FORM_data') or ub.form in ('DW_FORM_udata', 'DW_FORM_sdata'):
                    count *= ub.value + 1
                else:
                    return 0, False  # variable-length array
            else:
                return 0, False
        return elem * count, False
    if 'DW_AT_type' in die.attributes:
        return type_info(die.get_DIE_from_attribute('DW_AT_type'), depth + 1)
    return 0, False


def pc_range(die):
    if 'DW_AT_low_pc' not in die.attributes or 'DW_AT_high_pc' not in die.attributes:
        return None
    lo = die.attributes['DW_AT_low_pc'].value
    hi = die.attributes['DW_AT_high_pc']
    return lo, (hi.value if hi.form == 'DW_FORM_addr' else lo + hi.value)


def collect_vars(die, scope, out):
    for ch in die.iter_children():
        if ch.tag in ('DW_TAG_variable', 'DW_TAG_formal_parameter'):
            loc = ch.attributes.get('DW_AT_location')
            name = ch.attributes.get('DW_AT_name')
            if not loc or not name or loc.form != 'DW_FORM_exprloc' or not loc.value or loc.value[0] != 0x91:
                continue  # static locals (DW_OP_addr) live in data/bss and migrate with them
            size, isptr = type_info(ch.get_DIE_from_attribute('DW_AT_type') if 'DW_AT_type' in ch.attributes else None)
            if size <= 0:
                raise MetaError('local %s has no static size (variable-length arrays cannot be migrated)'
                                % name.value.decode())
            out.append((name.value.decode(), sleb(loc.value[1:]), size, isptr, scope))
        elif ch.tag == 'DW_TAG_lexical_block':
            r = pc_range(ch)
            collect_vars(ch, [r] if r else scope, out)


def cfa_offsets(dwarf, fpreg):
    """The frame pointer points at the saved caller fp (x86 rbp; aarch64 frame
    record), which CFI describes as "fp saved at CFA+off": so CFA = fp - off."""
    res = {}
    if not dwarf.has_CFI():
        return res
    for e in dwarf.CFI_entries():
        if not hasattr(e, 'cie') or 'initial_location' not in e.header:
            continue
        for row in e.get_decoded().table:
            rule = row.get(fpreg)
            if rule is not None and rule.type == 'OFFSET':
                res[e.header['initial_location']] = -rule.arg
                break
    return res


def build(path):
    with open(path, 'rb') as f:
        elf = ELFFile(f)
        mach = elf['e_machine']
        if mach not in FP_REG:
            raise MetaError('%s: unsupported machine %s' % (path, mach))
        symtab = elf.get_section_by_name('.symtab')
        syms = {s.name: s['st_value'] for s in symtab.iter_symbols()
                if s.name in ('__hexo_app_text_start', '__hexo_app_text_end')}
        if len(syms) != 2:
            raise MetaError('%s: not linked with the hexo-lite linker script' % path)
        tlo, thi = syms['__hexo_app_text_start'], syms['__hexo_app_text_end']
        if not elf.has_dwarf_info():
            raise MetaError('%s: no DWARF (build the application with -g)' % path)
        dwarf = elf.get_dwarf_info()
        cfas = cfa_offsets(dwarf, FP_REG[mach])
        lines_out, funcs_out = {}, []
        for cu in dwarf.iter_CUs():
            top = cu.get_top_DIE()
            app_cu = False
            for die in top.iter_children():
                if die.tag != 'DW_TAG_subprogram':
                    continue
                r = pc_range(die)
                if not r or not (tlo <= r[0] < thi):
                    continue
                app_cu = True
                name = die.attributes['DW_AT_name'].value.decode()
                if r[0] not in cfas:
                    continue  # leaf function without a frame record: never on a migration chain
                vs = []
                collect_vars(die, [], vs)
                seen = {}
                lines = ['F %s %x %x %d' % (name, r[0], r[1], cfas[r[0]])]
                for vname, off, size, isptr, scope in vs:
                    k = seen.get(vname, 0)
                    seen[vname] = k + 1
                    key = vname if k == 0 else '%s#%d' % (vname, k)
                    rng = ' '.join('%x %x' % sr for sr in scope)
                    lines.append('V %s %d %d %d %d %s' % (key, off, size, int(isptr), len(scope), rng))
                funcs_out.append('\n'.join(lines))
            if not app_cu:
                continue
            lp = dwarf.line_program_for_CU(cu)
            for ent in lp.get_entries():
                st = ent.state
                if st is None or st.end_sequence:
                    continue
                if tlo <= st.address < thi:
                    lines_out[st.address] = st.line
    if not funcs_out:
        raise MetaError('%s: no application function with a frame record found' % path)
    text = ['HEXOMETA 1'] + funcs_out + ['L %x %d' % (a, lines_out[a]) for a in sorted(lines_out)]
    return mach, '\n'.join(text) + '\n'


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    try:
        mach, text = build(path)
    except (MetaError, OSError) as e:
        print('hexo-stackinfo: error: %s' % e, file=sys.stderr)
        return 1
    with tempfile.NamedTemporaryFile('w', suffix='.meta', delete=False) as t:
        t.write(text)
    try:
        subprocess.run([OBJCOPY[mach], '--remove-section=.hexo_meta', '--add-section', '.hexo_meta=' + t.name,
                        '--set-section-flags', '.hexo_meta=readonly', path], check=True)
    except (subprocess.CalledProcessError, OSError) as e:
        print('hexo-stackinfo: error: %s: objcopy failed: %s' % (path, e), file=sys.stderr)
        return 1
    finally:
        os.unlink(t.name)
    return 0


if __name__ == '__main__':
    sys.exit(main())

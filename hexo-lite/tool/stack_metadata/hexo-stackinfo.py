#!/usr/bin/python3
"""hexo-stackinfo: attach the frame metadata table to a final binary.

For every application function (code inside the application text region) it
records the PC range, the CFA as an offset from the frame pointer (from
the .debug_frame rule saving the caller's frame pointer), where it saves
callee-saved registers (S lines), every local variable and parameter (DW_OP_fbreg offset, byte size,
pointer-ness, parameter index, whether it lives outside the frame, lexical
block PC ranges), and every call site (from the disassembly): its
return address, source line, callee ('*' when indirect), its ordinal among
the calls of that callee on that line, and the stack pointer at the call as
an offset from the CFA. A call site is the same in both binaries when
function, line, callee and ordinal agree; that is how a resume maps the
source's return addresses to its own. Plus the application's line table. The text table is added as the
non-allocated section .hexo_meta (objcopy --add-section moves nothing), which
the runtime reads from /proc/self/exe. Usage: hexo-stackinfo.py BINARY
"""
import os
import re
import subprocess
import sys
import tempfile

from elftools.elf.elffile import ELFFile

FP_REG = {'EM_X86_64': 6, 'EM_AARCH64': 29}
OBJCOPY = {'EM_X86_64': 'objcopy', 'EM_AARCH64': 'aarch64-linux-gnu-objcopy'}
# callee-saved registers (DWARF numbers) in the order the runtime keeps them
CSR = {'EM_X86_64': [3, 12, 13, 14, 15], 'EM_AARCH64': list(range(19, 29))}
OBJDUMP = {'EM_X86_64': 'objdump', 'EM_AARCH64': 'aarch64-linux-gnu-objdump'}


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


CONST_FORMS = ('DW_FORM_data1', 'DW_FORM_data2', 'DW_FORM_data4', 'DW_FORM_data8', 'DW_FORM_udata',
               'DW_FORM_sdata', 'DW_FORM_implicit_const')
# DWARF expression opcodes that push a constant (DW_OP_lit0..31, DW_OP_constNu/s)
OP_LIT0, OP_LIT31 = 0x30, 0x4f
OP_CONST = {0x08: (1, False), 0x09: (1, True), 0x0a: (2, False), 0x0b: (2, True), 0x0c: (4, False),
            0x0d: (4, True), 0x0e: (8, False), 0x0f: (8, True)}


def const_value(attr):
    """The constant an array bound or size attribute holds, or None when it is
    computed at run time (a variable-length array): every constant form gcc
    emits, and an exprloc that only pushes a constant."""
    if attr.form in CONST_FORMS:
        return attr.value
    if attr.form == 'DW_FORM_exprloc' and attr.value:
        op, rest = attr.value[0], bytes(attr.value[1:])
        if OP_LIT0 <= op <= OP_LIT31 and not rest:
            return op - OP_LIT0
        if op in OP_CONST and len(rest) == OP_CONST[op][0]:
            return int.from_bytes(rest, 'little', signed=OP_CONST[op][1])
        if op in (0x10, 0x11):  # DW_OP_constu / DW_OP_consts
            try:
                return uleb(rest) if op == 0x10 else sleb(rest)
            except MetaError:
                return None
    return None


def uleb(data):
    result, shift = 0, 0
    for b in data:
        result |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            return result
    raise MetaError('bad ULEB128')


def type_info(die, depth=0):
    """-> (byte size, is_pointer); size 0 when it is not static (a VLA)"""
    if die is None or depth > 30:
        return 0, False
    tag = die.tag
    if tag == 'DW_TAG_pointer_type':
        return 8, True
    if 'DW_AT_byte_size' in die.attributes and tag != 'DW_TAG_array_type':
        return const_value(die.attributes['DW_AT_byte_size']) or 0, False
    if tag == 'DW_TAG_array_type':
        elem, _ = type_info(die.get_DIE_from_attribute('DW_AT_type'), depth + 1)
        count = 1
        for sub in die.iter_children():
            if sub.tag != 'DW_TAG_subrange_type':
                continue
            if 'DW_AT_count' in sub.attributes:
                n = const_value(sub.attributes['DW_AT_count'])
            elif 'DW_AT_upper_bound' in sub.attributes:
                ub = const_value(sub.attributes['DW_AT_upper_bound'])
                lb = const_value(sub.attributes['DW_AT_lower_bound']) if 'DW_AT_lower_bound' in sub.attributes else 0
                n = None if ub is None or lb is None else ub - lb + 1
            else:
                n = None  # [] without a bound
            if n is None:
                return 0, False
            count *= n
        return elem * count, False
    if 'DW_AT_type' in die.attributes:
        return type_info(die.get_DIE_from_attribute('DW_AT_type'), depth + 1)
    return 0, False


ENCODING_KIND = {2: 'u', 4: 'f', 5: 'i', 6: 'i', 7: 'u', 8: 'u', 0x10: 'u'}


def strip(die, depth=0):
    while die is not None and depth < 30 and die.tag in ('DW_TAG_typedef', 'DW_TAG_const_type',
                                                         'DW_TAG_volatile_type', 'DW_TAG_restrict_type',
                                                         'DW_TAG_atomic_type'):
        die = die.get_DIE_from_attribute('DW_AT_type') if 'DW_AT_type' in die.attributes else None
        depth += 1
    return die


def member_offset(m):
    a = m.attributes.get('DW_AT_data_member_location')
    if a is None:
        return 0
    v = const_value(a)
    if v is None and a.form == 'DW_FORM_exprloc' and a.value and a.value[0] == 0x23:  # DW_OP_plus_uconst
        v = uleb(bytes(a.value[1:]))
    return v


def leaves_of(die, path, base, out, depth):
    """Flattens a struct type into (member path, offset, size, kind) leaves;
    False when it cannot (bit fields, unknown offsets)."""
    die = strip(die)
    if die is None or depth > 8:
        return False
    size, isptr = type_info(die)
    if die.tag == 'DW_TAG_structure_type':
        for i, m in enumerate(c for c in die.iter_children() if c.tag == 'DW_TAG_member'):
            if 'DW_AT_bit_size' in m.attributes or 'DW_AT_data_bit_offset' in m.attributes:
                return False
            off = member_offset(m)
            name = m.attributes['DW_AT_name'].value.decode() if 'DW_AT_name' in m.attributes else '@%d' % i
            if off is None or 'DW_AT_type' not in m.attributes:
                return False
            if not leaves_of(m.get_DIE_from_attribute('DW_AT_type'), path + '.' + name, base + off, out, depth + 1):
                return False
        return True
    if die.tag == 'DW_TAG_array_type':
        elem = strip(die.get_DIE_from_attribute('DW_AT_type'))
        esize = type_info(elem)[0]
        if elem is not None and elem.tag == 'DW_TAG_structure_type' and esize and size // esize <= 64:
            return all(leaves_of(elem, '%s[%d]' % (path, k), base + k * esize, out, depth + 1)
                       for k in range(size // esize))
        out.append((path or '.', base, size, 'b'))
        return size > 0
    kind = 'p' if isptr else 'i' if die.tag == 'DW_TAG_enumeration_type' else \
        ENCODING_KIND.get(die.attributes['DW_AT_encoding'].value, 'b') if 'DW_AT_encoding' in die.attributes else 'b'
    out.append((path or '.', base, size, kind))
    return size > 0


def struct_leaves(tdie):
    """Member layout of a struct-typed (or struct-array) variable, so that a
    resume can translate it member by member when the two ISAs lay the type
    out differently (libc's struct stat); None for other types."""
    d = strip(tdie)
    while d is not None and d.tag == 'DW_TAG_array_type':
        d = strip(d.get_DIE_from_attribute('DW_AT_type'))
    if d is None or d.tag != 'DW_TAG_structure_type':
        return None
    out = []
    return out if leaves_of(tdie, '', 0, out, 0) else None


def pc_range(die):
    if 'DW_AT_low_pc' not in die.attributes or 'DW_AT_high_pc' not in die.attributes:
        return None
    lo = die.attributes['DW_AT_low_pc'].value
    hi = die.attributes['DW_AT_high_pc']
    return lo, (hi.value if hi.form == 'DW_FORM_addr' else lo + hi.value)


def collect_vars(die, scope, out, csr, top=True):
    nparam = 0
    for ch in die.iter_children():
        if ch.tag in ('DW_TAG_variable', 'DW_TAG_formal_parameter'):
            param = -1
            if top and ch.tag == 'DW_TAG_formal_parameter':
                param, nparam = nparam, nparam + 1
            loc = ch.attributes.get('DW_AT_location')
            name = ch.attributes.get('DW_AT_name')
            if not loc or not name or loc.form != 'DW_FORM_exprloc' or not loc.value or loc.value[0] == 0x03:
                continue  # static locals (DW_OP_addr) live in data/bss and migrate with them
            # kind 0: in the frame (DW_OP_fbreg); 100 + i: at an offset from callee-saved register
            # CSR[i] (DW_OP_bregN), e.g. a struct over 16 bytes passed by value, which aarch64 passes
            # by reference and GCC -O0 keeps in x19; 1: elsewhere (cannot be migrated)
            op = loc.value[0]
            kind = 0 if op == 0x91 else 100 + csr.index(op - 0x70) if 0x70 <= op < 0x90 and op - 0x70 in csr else 1
            size, isptr = type_info(ch.get_DIE_from_attribute('DW_AT_type') if 'DW_AT_type' in ch.attributes else None)
            # size 0: a variable-length array, refused later if the function can be on a migration chain
            tdie = ch.get_DIE_from_attribute('DW_AT_type') if 'DW_AT_type' in ch.attributes else None
            out.append((name.value.decode(), sleb(loc.value[1:]) if kind != 1 else 0, size, isptr, param, kind, scope,
                        struct_leaves(tdie)))
        elif ch.tag == 'DW_TAG_lexical_block':
            r = pc_range(ch)
            collect_vars(ch, [r] if r else scope, out, csr, False)


def cfa_offsets(dwarf, fpreg, csr):
    """The frame pointer points at the saved caller fp (x86 rbp; aarch64 frame
    record), which CFI describes as "fp saved at CFA+off": so CFA = fp - off.
    -> ({function start: CFA - fp}, {function start: {csr index: save slot - CFA}})"""
    res, saves = {}, {}
    if not dwarf.has_CFI():
        return res, saves
    for e in dwarf.CFI_entries():
        if not hasattr(e, 'cie') or 'initial_location' not in e.header:
            continue
        lo = e.header['initial_location']
        for row in e.get_decoded().table:
            rule = row.get(fpreg)
            if rule is not None and rule.type == 'OFFSET' and lo not in res:
                res[lo] = -rule.arg
            for i, reg in enumerate(csr):
                rule = row.get(reg)
                if rule is not None and rule.type == 'OFFSET':
                    saves.setdefault(lo, {}).setdefault(i, rule.arg)
    return res, saves


def line_at(addrs, table, pc):
    lo, hi, best = 0, len(addrs) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        if addrs[mid] <= pc:
            best, lo = addrs[mid], mid + 1
        else:
            hi = mid - 1
    return table[best] if best is not None else 0


INSN = re.compile(r'^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$')
FUNC = re.compile(r'^([0-9a-f]+) <([^>]+)>:$')
TARGET = re.compile(r'<([^>+]+)>')
DIRECT = re.compile(r'^([0-9a-f]+)\s+<')
# libmigrate's migration points: a call to one of them is where a chain ends
POINTS = {'popcorn_check_migrate', 'hermit_migrate_if_needed', 'check_migrate', 'migrate',
          '__cyg_profile_func_enter'}


def x86_sp(mn, ops, st):
    """Stack pointer effect of one x86-64 instruction (AT&T syntax). st holds
    'sp' and 'fp' as offsets from the CFA (None when unknown)."""
    sp, fp = st['sp'], st['fp']
    if mn.startswith('push'):
        st['sp'] = None if sp is None else sp - 8
    elif mn.startswith('pop'):
        st['sp'] = None if sp is None else sp + 8
        if ops == '%rbp':
            st['fp'] = None
    elif mn == 'leave' or mn == 'leaveq':
        st['sp'] = None if fp is None else fp + 8
    elif mn.startswith('ret'):
        st['sp'] = None
    elif ops == '%rsp,%rbp' and mn.startswith('mov'):
        st['fp'] = sp
    elif ops.endswith(',%rsp'):
        m = re.match(r'^\$(-?0x[0-9a-f]+|-?\d+),%rsp$', ops)
        ml = re.match(r'^(-?0x[0-9a-f]+|-?\d+)?\(%rbp\),%rsp$', ops)
        imm = int(m.group(1), 0) if m else 0
        if imm >= 1 << 63:  # objdump prints negative immediates as 64-bit unsigned
            imm -= 1 << 64
        if m and mn.startswith('sub') and sp is not None:
            st['sp'] = sp - imm
        elif m and mn.startswith('add') and sp is not None:
            st['sp'] = sp + imm
        elif mn.startswith('mov') and ops == '%rbp,%rsp':
            st['sp'] = fp
        elif ml and mn.startswith('lea') and fp is not None:
            st['sp'] = fp + int(ml.group(1) or '0', 0)
        else:
            st['sp'] = None


def a64_imm(text):
    m = re.match(r'^#(-?0x[0-9a-f]+|-?\d+)(?:, lsl #(\d+))?$', text.strip())
    return None if not m else int(m.group(1), 0) << int(m.group(2) or 0)


def a64_sp(mn, ops, st):
    """Stack pointer effect of one AArch64 instruction (objdump syntax)."""
    sp, fp = st['sp'], st['fp']
    args = [a.strip() for a in ops.split(',')]
    pre = re.search(r'\[sp, #(-?0x[0-9a-f]+|-?\d+)\]!', ops)
    post = re.search(r'\[sp\], #(-?0x[0-9a-f]+|-?\d+)', ops)
    if pre:
        st['sp'] = None if sp is None else sp + int(pre.group(1), 0)
    elif post:
        st['sp'] = None if sp is None else sp + int(post.group(1), 0)
    elif mn == 'ret':
        st['sp'] = None
    elif mn == 'mov' and ops == 'x29, sp':
        st['fp'] = sp
    elif mn == 'add' and len(args) >= 3 and args[0] == 'x29' and args[1] == 'sp':
        k = a64_imm(','.join(args[2:]))
        st['fp'] = None if k is None or sp is None else sp + k
    elif mn == 'mov' and ops == 'sp, x29':
        st['sp'] = fp
    elif args and args[0] == 'sp':
        k = a64_imm(','.join(args[2:])) if len(args) >= 3 else None
        if mn == 'sub' and args[1] == 'sp' and k is not None and sp is not None:
            st['sp'] = sp - k
        elif mn == 'add' and args[1] == 'sp' and k is not None and sp is not None:
            st['sp'] = sp + k
        elif mn == 'sub' and args[1] == 'x29' and k is not None and fp is not None:
            st['sp'] = fp - k
        elif mn == 'sub' and args[1] == 'sp' and args[2] in st['imm'] and sp is not None:
            st['sp'] = sp - st['imm'][args[2]]
        else:
            st['sp'] = None
    if mn in ('mov', 'movz') and len(args) == 2 and args[0].startswith('x'):
        k = a64_imm(args[1])
        st['imm'][args[0]] = k
    elif mn == 'movk' and len(args) >= 2 and st['imm'].get(args[0]) is not None:
        k = a64_imm(','.join(args[1:]))
        st['imm'][args[0]] = None if k is None else st['imm'][args[0]] | k
    elif args and args[0] in st['imm'] and mn not in ('str', 'stp', 'stur', 'cmp', 'tst', 'cbz', 'cbnz'):
        st['imm'][args[0]] = None


def call_sites(path, mach, tlo, thi):
    """{function start: [(call address, return address, (callee, target address or None), sp offset
    from CFA or None)]}
    from a linear scan of the disassembly. -O0 code keeps one epilogue at the
    end and balances pushes around calls, so a linear scan sees the stack
    pointer each call is made with."""
    x86 = mach == 'EM_X86_64'
    out = subprocess.run([OBJDUMP[mach], '-d', '--no-show-raw-insn', '--start-address=0x%x' % tlo,
                          '--stop-address=0x%x' % thi, path], capture_output=True, text=True)
    if out.returncode != 0:
        raise MetaError('%s: %s failed: %s' % (path, OBJDUMP[mach], out.stderr.strip()))
    res, cur, pending, st = {}, None, None, None
    for line in out.stdout.splitlines():
        m = FUNC.match(line)
        if m:
            cur = int(m.group(1), 16)
            res[cur] = []
            st = {'sp': -8 if x86 else 0, 'fp': None, 'imm': {}}
            pending = None
            continue
        m = INSN.match(line)
        if not m or cur is None:
            continue
        addr, mn = int(m.group(1), 16), m.group(2)
        ops = m.group(3).split('#')[0].strip() if x86 else m.group(3).split('//')[0].strip()
        if pending is not None:
            res[cur].append(pending + (addr,))
            pending = None
        if (x86 and mn.startswith('call')) or (not x86 and mn in ('bl', 'blr')):
            t = TARGET.search(ops)
            callee = t.group(1) if t and not (x86 and '*' in ops) and mn != 'blr' else '*'
            ta = DIRECT.match(ops)
            callee = (callee, int(ta.group(1), 16) if ta and callee != '*' else None)
            if x86:
                pending = (addr, callee, st['sp'])
            else:
                res[cur].append((addr, callee, st['sp'], addr + 4))
            continue
        (x86_sp if x86 else a64_sp)(mn, ops, st)
    return {f: [(c, r, callee, sp) for c, callee, sp, r in v] for f, v in res.items()}


def chain_functions(names, sites):
    """Application functions that can be on a migration chain: they reach a
    migration point (a call to libmigrate's points, or to a function that
    reaches one; an indirect call may) and main reaches them by direct calls
    (or nothing calls them directly: a function pointer may)."""
    edges = {lo: [t for _, _, (c, t), _ in sites.get(lo, []) if t in names] for lo in names}
    reaches = {lo for lo in names if any(c in POINTS or c == '*' for _, _, (c, _), _ in sites.get(lo, []))}
    changed = True
    while changed:
        changed = False
        for lo in names:
            if lo not in reaches and any(t in reaches for t in edges[lo]):
                reaches.add(lo)
                changed = True
    called = {t for ts in edges.values() for t in ts}
    seen = [lo for lo, n in names.items() if n == 'main' or lo not in called]
    from_main = set(seen)
    while seen:
        for t in edges[seen.pop()]:
            if t not in from_main:
                from_main.add(t)
                seen.append(t)
    return reaches & from_main


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
        cfas, saves = cfa_offsets(dwarf, FP_REG[mach], CSR[mach])
        lines_out, funcs_out, fn_lines, vla_of = {}, [], [], {}
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
                if 'DW_AT_external' not in die.attributes:
                    # a static function: its file makes it unique (both binaries have the same files)
                    name = '%s@%s' % (name, os.path.basename(top.attributes['DW_AT_name'].value.decode()))
                vs = []
                collect_vars(die, [], vs, CSR[mach])
                seen = {}
                # a leaf without a frame record is never on a chain; it is listed (CFA offset 0) so
                # that a migrate() callback can be found by name
                lines = ['F %s %x %x %d' % (name, r[0], r[1], cfas.get(r[0], 0))]
                lines += ['S %d %d' % kv for kv in sorted(saves.get(r[0], {}).items())]
                vlas = []
                for vname, off, size, isptr, param, kind, scope, leaves in vs:
                    if size <= 0:
                        vlas.append(vname)
                        continue
                    k = seen.get(vname, 0)
                    seen[vname] = k + 1
                    key = vname if k == 0 else '%s#%d' % (vname, k)
                    rng = ' '.join('%x %x' % sr for sr in scope)
                    lines.append('V %s %d %d %d %d %d %d %s' % (key, off, size, int(isptr), param, kind, len(scope), rng))
                    lines += ['M %s %d %d %s' % leaf for leaf in leaves or []]
                vla_of[r[0]] = vlas
                fn_lines.append((r[0], name, lines))
            if not app_cu:
                continue
            lp = dwarf.line_program_for_CU(cu)
            for ent in lp.get_entries():
                st = ent.state
                if st is None or st.end_sequence:
                    continue
                if tlo <= st.address < thi:
                    lines_out[st.address] = st.line
        sites = call_sites(path, mach, tlo, thi)
        line_addrs = sorted(lines_out)
        names = {lo: name for lo, name, _ in fn_lines}
        chain = chain_functions(names, sites)
        for lo, name, lines in fn_lines:
            if lo not in chain:
                continue
            if vla_of.get(lo):
                raise MetaError('%s: function %s can be on a migration chain (main -> ... -> a migration point) '
                                'and has the variable-length array %s: it cannot be migrated (give it a constant '
                                'size, or move it to a function that reaches no migration point)'
                                % (path, name.split('@')[0], vla_of[lo][0]))
            for call, ret, (callee, target), sp_off in sites.get(lo, []):
                if sp_off is None and (target is None or target in chain or callee in POINTS):
                    raise MetaError('%s: function %s can be on a migration chain and moves its stack pointer at '
                                    'run time before its call to %s at line %d (alloca or a variable-length '
                                    'array): its frame cannot be rebuilt' % (path, name.split('@')[0], callee,
                                                                            line_at(line_addrs, lines_out, call)))
        for lo, name, lines in fn_lines:
            ordinals = {}
            for call, ret, (callee, _), sp_off in sites.get(lo, []):
                line = line_at(line_addrs, lines_out, call)
                k = ordinals.get((line, callee), 0)
                ordinals[(line, callee)] = k + 1
                lines.append('C %x %d %s %d %s' % (ret, line, callee, k, '?' if sp_off is None else sp_off))
            funcs_out.append('\n'.join(lines))
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

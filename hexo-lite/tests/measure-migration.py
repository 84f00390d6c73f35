#!/usr/bin/python3
"""Measures hexo-lite migrations of a built app (README "Numbers").

Usage: measure-migration.py PREFIX APPDIR RUNS [POINT]
For both directions and both modes (C/R, post-copy), RUNS migrations at
migration point POINT (default 5), HERMIT_MEM=2G, everything in APPDIR on this
host. Per run: checkpoint size (files the destination needs: mdata, stack,
fds, and in C/R data/bss/heap), checkpoint time (.status STATUS_CHECKPOINTING
-> STATUS_NOT_RUNNING, post-copy: -> STATUS_SERVING_REMOTE_PAGES), restore
time (destination start -> the first application instruction after the point,
the runtime's "resumed ... clock" log line), downtime (STATUS_CHECKPOINTING ->
the destination's first output line). Prints each run and the medians; a run
whose output does not verify is reported and exits 1.
"""
import glob
import os
import re
import statistics
import subprocess
import sys
import time


def status_times(path):
    out = {}
    with open(path) as f:
        for line in f:
            m = re.match(r'^(\d+\.\d+):(STATUS_\w+)', line)
            if m:
                out.setdefault(m.group(2), float(m.group(1)))
    return out


def one(prefix, d, src, mode, point, port):
    proxy = {'x86': (prefix + '/x86_64-host/bin/proxy', 'prog_x86-64_aligned'),
             'arm': (prefix + '/aarch64-hermit/bin/proxy', 'prog_aarch64_aligned')}
    dst = 'arm' if src == 'x86' else 'x86'
    for f in glob.glob(os.path.join(d, '*.bin')) + glob.glob(os.path.join(d, 'stack.bin.*')) + [os.path.join(d, '.status')]:
        if os.path.exists(f):
            os.unlink(f)
    env = dict(os.environ, HERMIT_MEM='2G', HERMIT_MIGRATE_AT=str(point))
    if mode == 'pc':
        env.update(HERMIT_FULL_CHKPT_SAVE='0', HERMIT_MIGRATE_BIND='127.0.0.1', HERMIT_MIGRATE_PORT=str(port))
    s = subprocess.Popen(list(proxy[src]), cwd=d, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    src_out = []
    if mode == 'pc':
        for line in s.stdout:
            src_out.append(line)
            if 'listenning' in line:
                break
    else:
        src_out += s.stdout.readlines()
        s.wait()
    denv = dict(os.environ, HERMIT_MEM='2G', HERMIT_MIGRATE_RESUME='1', HERMIT_VERBOSE='1')
    if mode == 'pc':
        denv.update(HERMIT_FULL_CHKPT_RESTORE='0', HERMIT_MIGRATE_SERVER='127.0.0.1', HERMIT_MIGRATE_PORT=str(port))
    size = sum(os.path.getsize(f) for f in glob.glob(os.path.join(d, '*.bin')) + glob.glob(os.path.join(d, 'stack.bin.*')))
    t_start = time.time()
    p = subprocess.Popen(list(proxy[dst]), cwd=d, env=denv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = p.stdout.readline()
    t_first = time.time()
    rest = p.stdout.read()
    err = p.stderr.read()
    p.wait()
    if mode == 'pc':
        src_out += s.stdout.readlines()
        s.wait()
    st = status_times(os.path.join(d, '.status'))
    m = re.search(r'clock (\d+\.\d+)', err)
    ok = p.returncode == 0 and re.search(r'Verification += +SUCCESSFUL', first + rest) is not None
    end = st.get('STATUS_SERVING_REMOTE_PAGES' if mode == 'pc' else 'STATUS_NOT_RUNNING', float('nan'))
    return {'ok': ok, 'size': size, 'ckpt': end - st.get('STATUS_CHECKPOINTING', float('nan')),
            'restore': (float(m.group(1)) - t_start) if m else float('nan'),
            'down': t_first - st.get('STATUS_CHECKPOINTING', float('nan')), 'err': err[-400:]}


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        return 2
    prefix, d, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    point = int(sys.argv[4]) if len(sys.argv) == 5 else 5
    bad = 0
    port = 21000 + os.getpid() % 20000
    for src in ('x86', 'arm'):
        for mode in ('cr', 'pc'):
            rs = []
            for i in range(runs):
                port += 1
                r = one(prefix, d, src, mode, point, port)
                print('%s->%s %s run %d: ok=%s size=%d ckpt=%.3f restore=%.3f down=%.3f' % (
                    src, 'arm' if src == 'x86' else 'x86', mode, i + 1, r['ok'], r['size'], r['ckpt'], r['restore'],
                    r['down']), flush=True)
                if not r['ok']:
                    bad += 1
                    print(r['err'], file=sys.stderr)
                rs.append(r)
            med = {k: statistics.median(r[k] for r in rs) for k in ('size', 'ckpt', 'restore', 'down')}
            print('MEDIAN %s->%s %s: size=%d ckpt=%.3f s restore=%.3f s downtime=%.3f s' % (
                src, 'arm' if src == 'x86' else 'x86', mode, med['size'], med['ckpt'], med['restore'], med['down']),
                flush=True)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())

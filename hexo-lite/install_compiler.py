#!/usr/bin/env python3
"""hexo-lite installer, shaped like popcorn-compiler's install_compiler.py.

Components, in install order: hermit (runtime libhermit.a + proxy for both
ISAs, cloned from git), libraries (libmigrate.a + <hermit/migration.h>),
tools (hexo-align, hexo-stackinfo, linker scripts), utils (check-align.py,
template Makefile). Like HEXO, only the first --only-<component>-install
given takes effect.

Environment:
  HEXO_LITE_HERMIT_COMMIT  git commit to check out after cloning the hermit
                           component (hexo-ci pins resolved commits this way)
  GIT_CONFIG_COUNT/KEY_n/VALUE_n or `git config url.<mirror>.insteadOf <url>`
                           redirect the placeholder URL below to a real repository
"""
import argparse
import multiprocessing
import os
import shutil
import subprocess
import sys

# Components cloned from git: name -> (URL, branch). The .invalid URL is a
# placeholder that is never contacted: redirect it with insteadOf.
GIT_COMPONENTS = {
    'hermit': ('https://git.hexo-lite.invalid/hermit.git', 'hermit-popcorn-master'),
}
COMPONENTS = ['hermit', 'libraries', 'tools', 'utils']

PREREQS = [  # (command, Debian package)
    ('gcc', 'gcc'),
    ('aarch64-linux-gnu-gcc', 'gcc-aarch64-linux-gnu'),
    ('aarch64-linux-gnu-objcopy', 'binutils-aarch64-linux-gnu'),
    ('objcopy', 'binutils'),
    ('make', 'make'),
    ('git', 'git'),
    ('/usr/bin/python3', 'python3'),
]


class StepError(Exception):
    def __init__(self, component, step, detail):
        super().__init__('%s: %s failed: %s' % (component, step, detail))
        self.component, self.step = component, step


def log(component, step):
    print('[install] %s: %s' % (component, step), flush=True)


def run(component, step, cmd, cwd=None):
    log(component, step)
    try:
        subprocess.run(cmd, cwd=cwd, check=True)
    except FileNotFoundError as e:
        raise StepError(component, step, str(e))
    except subprocess.CalledProcessError as e:
        raise StepError(component, step, 'command %s exited with %d' % (' '.join(cmd), e.returncode))


def check_prereqs():
    missing = []
    for cmd, pkg in PREREQS:
        if shutil.which(cmd) is None:
            missing.append('%s (Debian package %s)' % (cmd, pkg))
    if shutil.which('/usr/bin/python3'):
        r = subprocess.run(['/usr/bin/python3', '-c', 'import elftools'], capture_output=True)
        if r.returncode != 0:
            missing.append('pyelftools for /usr/bin/python3 (Debian package python3-pyelftools)')
    if missing:
        for m in missing:
            print('[install] prerequisites: missing %s' % m, file=sys.stderr)
        print('[install] prerequisites: install the packages above or pass --skip-prereq-check', file=sys.stderr)
        return False
    log('prerequisites', 'all present')
    return True


def copy(component, src, dst, mode=0o644):
    log(component, 'install %s -> %s' % (os.path.basename(src), dst))
    try:
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)
        os.chmod(dst, mode)
    except OSError as e:
        raise StepError(component, 'install %s' % os.path.basename(src), str(e))


def install_hermit(args):
    url, branch = GIT_COMPONENTS['hermit']
    src = os.path.join(args.install_path, 'x86_64-host', 'src', 'hermit')
    if os.path.exists(src):
        log('hermit', 'remove old sources %s' % src)
        shutil.rmtree(src)
    os.makedirs(os.path.dirname(src), exist_ok=True)
    run('hermit', 'clone %s (branch %s)' % (url, branch), ['git', 'clone', '-q', '-b', branch, url, src])
    commit = os.environ.get('HEXO_LITE_HERMIT_COMMIT')
    if commit:
        run('hermit', 'checkout pinned commit %s' % commit, ['git', '-c', 'advice.detachedHead=false',
                                                              'checkout', '-q', commit], cwd=src)
    run('hermit', 'build', ['make', '-j', str(args.threads)], cwd=src)
    run('hermit', 'install', ['make', 'install', 'PREFIX=' + args.install_path], cwd=src)


def install_libraries(args):
    d = os.path.join(args.base_path, 'lib', 'migration')
    run('libraries', 'build libmigrate', ['make', '-B', '-j', str(args.threads)], cwd=d)
    run('libraries', 'install libmigrate', ['make', 'install', 'POPCORN=' + args.install_path], cwd=d)


def install_tools(args):
    host = os.path.join(args.install_path, 'x86_64-host', 'bin')
    copy('tools', os.path.join(args.base_path, 'tool', 'alignment', 'hexo-align.py'),
         os.path.join(host, 'hexo-align'), 0o755)
    copy('tools', os.path.join(args.base_path, 'tool', 'alignment', 'hexo-literals.py'),
         os.path.join(host, 'hexo-literals'), 0o755)
    copy('tools', os.path.join(args.base_path, 'tool', 'stack_metadata', 'hexo-stackinfo.py'),
         os.path.join(host, 'hexo-stackinfo'), 0o755)
    for arch in ('x86_64', 'aarch64'):
        copy('tools', os.path.join(args.base_path, 'tool', 'alignment', 'ls.x'),
             os.path.join(args.install_path, '%s-hermit' % arch, 'lib', 'ls.x'))


def install_utils(args):
    host = os.path.join(args.install_path, 'x86_64-host')
    copy('utils', os.path.join(args.base_path, 'util', 'scripts', 'check-align.py'),
         os.path.join(host, 'bin', 'check-align.py'), 0o755)
    copy('utils', os.path.join(args.base_path, 'util', 'hermit', 'Makefile'),
         os.path.join(host, 'share', 'hexo-lite', 'Makefile'))


STEPS = {'hermit': install_hermit, 'libraries': install_libraries, 'tools': install_tools, 'utils': install_utils}


def parse(argv):
    p = argparse.ArgumentParser(description='Install the hexo-lite toolchain (HEXO popcorn-compiler layout).')
    p.add_argument('--base-path', default=os.getcwd(),
                   help='path of the hexo-lite checkout (default: current directory)')
    p.add_argument('--install-path', default=os.path.expanduser('~/hermit-popcorn'),
                   help='install prefix (default: ~/hermit-popcorn)')
    p.add_argument('--threads', type=int, default=multiprocessing.cpu_count(), help='make -j value')
    p.add_argument('--skip-prereq-check', action='store_true', help='do not check prerequisites')
    for c in COMPONENTS:
        p.add_argument('--skip-%s-install' % c, action='store_true', help='skip the %s component' % c)
        p.add_argument('--only-%s-install' % c, action='store_true',
                       help='install only the %s component (the first --only-* given wins)' % c)
    a = p.parse_args(argv)
    a.install_path = os.path.abspath(a.install_path)
    a.base_path = os.path.abspath(a.base_path)
    return a


def main(argv):
    args = parse(argv)
    if not os.path.isfile(os.path.join(args.base_path, 'tool', 'alignment', 'hexo-align.py')):
        print('[install] error: --base-path %s is not a hexo-lite checkout' % args.base_path, file=sys.stderr)
        return 2
    if not args.skip_prereq_check and not check_prereqs():
        return 1
    only = [c for c in COMPONENTS if getattr(args, 'only_%s_install' % c)]
    if only:
        todo = [only[0]]
        if len(only) > 1:
            print('[install] warning: only the first --only-*-install (%s) takes effect' % only[0])
    else:
        todo = [c for c in COMPONENTS if not getattr(args, 'skip_%s_install' % c)]
    try:
        for c in todo:
            log(c, 'start')
            STEPS[c](args)
            log(c, 'done')
    except StepError as e:
        print('[install] FAILED: component %s, step %s' % (e.component, e.step), file=sys.stderr)
        print('[install] %s' % e, file=sys.stderr)
        return 1
    log('all', 'installed into %s' % args.install_path)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

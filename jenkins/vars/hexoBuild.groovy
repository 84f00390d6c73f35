// hexoBuild: builds the HEXO toolchain (optionally with a fork's override) and, when `app` is given,
// cross-compiles that app, by running the hexo-ci CLI. Help: hexoBuild.txt beside this file.
// Values reach the shell only through withEnv: the scripts below are single-quoted Groovy strings,
// never interpolated, and read "$HEXO_..." variables.
//
// Returns [exitCode:, image:, key:, cacheHit:, manifest:, reportDir:, log:], read from the CLI's
// output (image, key and manifest are null when the build did not get that far).

def call(Map args = [:]) {
  def allowed = ['toolchain', 'override', 'app', 'appClass', 'reportDir', 'cacheDir', 'cli']
  def unknown = args.keySet().findAll { !(it in allowed) }
  if (unknown) {
    error("hexoBuild: unknown argument(s) ${unknown.sort().join(', ')}; valid: ${allowed.join(', ')}")
  }
  def overrides = args.override == null ? [] : (args.override instanceof Collection ? args.override : [args.override])
  String report = args.reportDir ?: 'hexo-reports/build'
  String out = "${report}/toolchain-build.log"
  int rc = 0
  try {
    withEnv(["HEXO_CLI=${args.cli ?: './hexo-ci'}",
             "HEXO_TOOLCHAIN=${args.toolchain ?: 'hexo-lite'}",
             "HEXO_OVERRIDES=${overrides.join('\n')}",
             "HEXO_APP=${args.app ?: ''}",
             "HEXO_APP_CLASS=${args.appClass ?: 'S'}",
             "HEXO_REPORT_DIR=${report}",
             "HEXO_CACHE_DIR=${args.cacheDir ?: ''}"]) {
      // the output is kept (tee) for the image and manifest lines; the exit code survives the pipe
      rc = sh(label: 'hexo-ci toolchain build', returnStatus: true, script: '''
        mkdir -p "$HEXO_REPORT_DIR"
        set --
        while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
        { rc=0; "$HEXO_CLI" toolchain build --spec "$HEXO_TOOLCHAIN" "$@" 2>&1 || rc=$?; echo "$rc" >"$HEXO_REPORT_DIR/.exit"; } \\
          | tee "$HEXO_REPORT_DIR/toolchain-build.log"
        exit "$(cat "$HEXO_REPORT_DIR/.exit")"
      ''')
      if (rc == 0 && args.app) {
        rc = sh(label: 'hexo-ci app build', returnStatus: true, script: '''
          set --
          while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
          "$HEXO_CLI" app build --app "$HEXO_APP" --class "$HEXO_APP_CLASS" --toolchain "$HEXO_TOOLCHAIN" "$@"
        ''')
      }
    }
  } finally {
    archiveArtifacts(artifacts: "${report}/**", allowEmptyArchive: true)
  }
  Map result = [exitCode: rc, reportDir: report, log: out] + buildInfo(fileExists(out) ? readFile(out) : '')
  switch (rc) {
    case 0:
      return result
    case 1:
      unstable("hexoBuild: the build's checks failed (exit 1); see ${report}")
      return result
    case 2:
      error('hexoBuild: hexo-ci rejected its arguments (exit 2); see the log above')
    default:
      currentBuild.result = 'FAILURE'
      error("hexoBuild: infrastructure or internal failure (exit ${rc}); see the log above")
  }
}

// The "image: TAG ID", "key:", "cache:" and "manifest:" lines `hexo-ci toolchain build` prints.
@NonCPS
static Map buildInfo(String text) {
  Map info = [image: null, imageId: null, key: null, cacheHit: null, manifest: null]
  for (String line : text.split('\n')) {
    def m = line =~ /^(image|key|cache|manifest): (\S+)(?: (\S+))?\s*$/
    if (m.find()) {
      switch (m.group(1)) {
        case 'image':
          info.image = m.group(2)
          info.imageId = m.group(3)
          break
        case 'cache':
          info.cacheHit = m.group(2) == 'hit'
          break
        default:
          info[m.group(1)] = m.group(2)
      }
    }
  }
  return info
}

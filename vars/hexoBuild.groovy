// hexoBuild: builds the HEXO toolchain (optionally with a fork's override) and, when `app` is given,
// cross-compiles that app, by running the hexo-ci CLI. Help: vars/hexoBuild.txt.
// Values reach the shell only through withEnv: the scripts below are single-quoted Groovy strings,
// never interpolated, and read "$HEXO_..." variables.

def call(Map args = [:]) {
  def allowed = ['toolchain', 'override', 'app', 'appClass', 'reportDir', 'cacheDir', 'cli']
  def unknown = args.keySet().findAll { !(it in allowed) }
  if (unknown) {
    error("hexoBuild: unknown argument(s) ${unknown.sort().join(', ')}; valid: ${allowed.join(', ')}")
  }
  def overrides = args.override == null ? [] : (args.override instanceof Collection ? args.override : [args.override])
  def report = args.reportDir ?: 'hexo-reports/build'
  int rc = 0
  withEnv(["HEXO_CLI=${args.cli ?: './hexo-ci'}",
           "HEXO_TOOLCHAIN=${args.toolchain ?: 'hexo-lite'}",
           "HEXO_OVERRIDES=${overrides.join('\n')}",
           "HEXO_APP=${args.app ?: ''}",
           "HEXO_APP_CLASS=${args.appClass ?: 'S'}",
           "HEXO_REPORT_DIR=${report}",
           "HEXO_CACHE_DIR=${args.cacheDir ?: ''}"]) {
    rc = sh(label: 'hexo-ci toolchain build', returnStatus: true, script: '''
      set --
      while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
      "$HEXO_CLI" toolchain build --spec "$HEXO_TOOLCHAIN" "$@"
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
  archiveArtifacts(artifacts: "${report}/**", allowEmptyArchive: true)
  switch (rc) {
    case 0:
      return rc
    case 1:
      unstable("hexoBuild: the build's checks failed (exit 1); see ${report}")
      return rc
    case 2:
      error('hexoBuild: hexo-ci rejected its arguments (exit 2); see the log above')
    default:
      currentBuild.result = 'FAILURE'
      error("hexoBuild: infrastructure or internal failure (exit ${rc}); see the log above")
  }
}

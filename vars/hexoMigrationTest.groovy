// hexoMigrationTest: runs one migration test (`app` ...) or a whole matrix (`matrix` ...) with the
// hexo-ci CLI, optionally compares the matrix with a baseline, publishes JUnit and archives the
// reports. Help: vars/hexoMigrationTest.txt.
// Values reach the shell only through withEnv: the scripts below are single-quoted Groovy strings,
// never interpolated, and read "$HEXO_..." variables.

def call(Map args = [:]) {
  def allowed = ['app', 'appClass', 'mode', 'direction', 'trigger', 'board', 'matrix', 'override',
                 'baseline', 'reference', 'toolchain', 'reportDir', 'cacheDir', 'cli']
  def unknown = args.keySet().findAll { !(it in allowed) }
  if (unknown) {
    error("hexoMigrationTest: unknown argument(s) ${unknown.sort().join(', ')}; valid: ${allowed.join(', ')}")
  }
  if (!args.app == !args.matrix) {
    error('hexoMigrationTest: give either app (one migration test) or matrix (a matrix file)')
  }
  def overrides = args.override == null ? [] : (args.override instanceof Collection ? args.override : [args.override])
  def report = args.reportDir ?: 'hexo-reports/migration'
  boolean compare = args.matrix && args.baseline && fileExists(args.baseline)
  int rc = 0
  withEnv(["HEXO_CLI=${args.cli ?: './hexo-ci'}",
           "HEXO_TOOLCHAIN=${args.toolchain ?: ''}",
           "HEXO_OVERRIDES=${overrides.join('\n')}",
           "HEXO_APP=${args.app ?: ''}",
           "HEXO_APP_CLASS=${args.appClass ?: 'S'}",
           "HEXO_MODE=${args.mode ?: 'cr'}",
           "HEXO_DIRECTION=${args.direction ?: 'x86-to-arm'}",
           "HEXO_TRIGGER=${args.trigger ?: 'timer:1'}",
           "HEXO_BOARD=${args.board ?: 'qemu-user'}",
           "HEXO_MATRIX=${args.matrix ?: ''}",
           "HEXO_BASELINE=${args.baseline ?: ''}",
           "HEXO_REPORT_DIR=${report}",
           "HEXO_CACHE_DIR=${args.cacheDir ?: ''}"]) {
    if (args.app) {
      rc = sh(label: 'hexo-ci migrate', returnStatus: true, script: '''
        set --
        while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
        set -- --app "$HEXO_APP" --class "$HEXO_APP_CLASS" --mode "$HEXO_MODE" \\
          --direction "$HEXO_DIRECTION" --trigger "$HEXO_TRIGGER" --board "$HEXO_BOARD" \\
          --report "$HEXO_REPORT_DIR" "$@"
        [ -z "$HEXO_TOOLCHAIN" ] || set -- "$@" --toolchain "$HEXO_TOOLCHAIN"
        "$HEXO_CLI" migrate "$@"
      ''')
    } else {
      rc = sh(label: 'hexo-ci matrix run', returnStatus: true, script: '''
        set --
        while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
        [ -z "$HEXO_TOOLCHAIN" ] || set -- "$@" --toolchain "$HEXO_TOOLCHAIN"
        "$HEXO_CLI" matrix run "$HEXO_MATRIX" --report "$HEXO_REPORT_DIR" "$@"
      ''')
      if (compare && rc <= 1) {
        // with a baseline, only what got worse counts: failures the baseline shares are pre-existing
        rc = sh(label: 'hexo-ci matrix compare', returnStatus: true, script: '''
          "$HEXO_CLI" matrix compare "$HEXO_BASELINE" "$HEXO_REPORT_DIR/matrix.json" --report "$HEXO_REPORT_DIR"
        ''')
      } else if (args.baseline && !compare) {
        echo "hexoMigrationTest: no baseline at ${args.baseline}; nothing to compare with"
      }
    }
  }
  if (!args.reference) {
    // a matrix's cells also keep their own JUnit files in their log directories: publish the summary
    junit(testResults: args.matrix ? "${report}/junit-matrix.xml" : "${report}/**/*.xml",
          allowEmptyResults: true, skipMarkingBuildUnstable: compare)
  }
  archiveArtifacts(artifacts: "${report}/**", allowEmptyArchive: true)
  publishHTML(target: [reportDir: report, reportFiles: 'matrix.html,comparison.html,index.html',
                       reportName: "hexo-ci ${args.matrix ?: args.app}", allowMissing: true,
                       alwaysLinkToLastBuild: false, keepAll: true])
  switch (rc) {
    case 0:
      return rc
    case 1:
      if (args.reference) {
        echo 'hexoMigrationTest: reference run has failing tests (exit 1); they count as pre-existing'
      } else {
        unstable("hexoMigrationTest: ${compare ? 'regressions against the baseline' : 'tests failed'} (exit 1); see ${report}")
      }
      return rc
    case 2:
      error('hexoMigrationTest: hexo-ci rejected its arguments (exit 2); see the log above')
    default:
      currentBuild.result = 'FAILURE'
      error("hexoMigrationTest: infrastructure or internal failure (exit ${rc}); see the log above")
  }
}

// hexoMigrationTest: runs one migration test (`app` ...) or a whole matrix (`matrix` ...) with the
// hexo-ci CLI, optionally compares the matrix with a baseline, publishes JUnit and the HTML report
// and archives the reports. Help: hexoMigrationTest.txt beside this file.
// Values reach the shell only through withEnv: the scripts below are single-quoted Groovy strings,
// never interpolated, and read "$HEXO_..." variables.
//
// Reports are published in `finally`: an abort or a timeout keeps whatever the CLI had written.
// Returns the summary of the CLI's result files (see hexoMigrationTest.txt):
// [exitCode:, verdicts: [PASS:, FAIL:, ERROR:, SKIPPED:], regressions: [...], slowdowns: [...],
//  reports: [dir:, matrix:, junit:, html:, comparison:, result:], toolchain: [spec:, manifest:]].

def call(Map args = [:]) {
  def allowed = ['app', 'appClass', 'mode', 'direction', 'trigger', 'board', 'matrix', 'override',
                 'baseline', 'reference', 'toolchain', 'reportDir', 'cacheDir', 'cli', 'title',
                 'fanOut', 'retries', 'mergeLabel']
  def unknown = args.keySet().findAll { !(it in allowed) }
  if (unknown) {
    error("hexoMigrationTest: unknown argument(s) ${unknown.sort().join(', ')}; valid: ${allowed.join(', ')}")
  }
  if (!args.app == !args.matrix) {
    error('hexoMigrationTest: give either app (one migration test) or matrix (a matrix file)')
  }
  if (args.fanOut && !args.matrix) {
    error('hexoMigrationTest: fanOut runs a matrix; give matrix')
  }
  def overrides = args.override == null ? [] : (args.override instanceof Collection ? args.override : [args.override])
  String report = args.reportDir ?: 'hexo-reports/migration'
  boolean compare = args.matrix && args.baseline && fileExists(args.baseline)
  int rc = 0
  // a report directory holds one run: nothing of an earlier one is published again
  dir(report) {
    deleteDir()
  }
  try {
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
          mkdir -p "$HEXO_REPORT_DIR"
          set --
          while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
          set -- --app "$HEXO_APP" --class "$HEXO_APP_CLASS" --mode "$HEXO_MODE" \\
            --direction "$HEXO_DIRECTION" --trigger "$HEXO_TRIGGER" --board "$HEXO_BOARD" \\
            --report "$HEXO_REPORT_DIR" "$@"
          [ -z "$HEXO_TOOLCHAIN" ] || set -- "$@" --toolchain "$HEXO_TOOLCHAIN"
          { rc=0; "$HEXO_CLI" migrate "$@" 2>&1 || rc=$?; echo "$rc" >"$HEXO_REPORT_DIR/.exit"; } \\
            | tee "$HEXO_REPORT_DIR/migrate.log"
          exit "$(cat "$HEXO_REPORT_DIR/.exit")"
        ''')
      } else {
        if (args.fanOut) {
          rc = hexoFanOut(report: report, retries: args.retries == null ? 2 : args.retries,
                          mergeLabel: args.mergeLabel)
        } else {
          rc = sh(label: 'hexo-ci matrix run', returnStatus: true, script: '''
            set --
            while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
            [ -z "$HEXO_TOOLCHAIN" ] || set -- "$@" --toolchain "$HEXO_TOOLCHAIN"
            "$HEXO_CLI" matrix run "$HEXO_MATRIX" --report "$HEXO_REPORT_DIR" "$@"
          ''')
        }
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
  } finally {
    if (!args.reference) {
      // a matrix's cells also keep their own JUnit files in their log directories: publish the summary
      junit(testResults: args.matrix ? "${report}/junit-matrix.xml" : "${report}/**/*.xml",
            allowEmptyResults: true, skipMarkingBuildUnstable: compare)
    }
    archiveArtifacts(artifacts: "${report}/**", excludes: "${report}/.exit", allowEmptyArchive: true)
    // one report per directory: base and fork runs of a PR check get a page each
    publishHTML(target: [reportDir: report, reportFiles: 'matrix.html,comparison.html,index.html',
                         reportName: "hexo-ci ${args.title ?: report}", allowMissing: true,
                         alwaysLinkToLastBuild: false, keepAll: true])
  }
  Map result = summary(report, args, rc)
  switch (rc) {
    case 0:
      return result
    case 1:
      if (args.reference) {
        echo 'hexoMigrationTest: reference run has failing tests (exit 1); they count as pre-existing'
      } else {
        unstable("hexoMigrationTest: ${compare ? 'regressions against the baseline' : 'tests failed'} (exit 1); see ${report}")
      }
      return result
    case 2:
      error('hexoMigrationTest: hexo-ci rejected its arguments (exit 2); see the log above')
    default:
      currentBuild.result = 'FAILURE'
      error("hexoMigrationTest: infrastructure or internal failure (exit ${rc}); see the log above")
  }
}

// The step's return value, from the files the CLI wrote: matrix.json and comparison.json for a
// matrix, the run's result.json (named in the "json:" line of `migrate`'s output) for one test.
Map summary(String report, Map args, int rc) {
  Map files = [dir: report, matrix: null, junit: null, html: null, comparison: null, result: null]
  String matrixJson = null
  String comparisonJson = null
  String resultJson = null
  if (args.matrix) {
    files.matrix = "${report}/matrix.json"
    files.junit = "${report}/junit-matrix.xml"
    files.html = "${report}/matrix.html"
    matrixJson = fileExists(files.matrix) ? readFile(files.matrix) : null
    if (fileExists("${report}/comparison.json")) {
      files.comparison = "${report}/comparison.json"
      comparisonJson = readFile(files.comparison)
    }
  } else {
    files.html = "${report}/index.html"
    String path = fileExists("${report}/migrate.log") ? resultPath(readFile("${report}/migrate.log")) : null
    if (path && fileExists(path)) {
      files.result = path
      resultJson = readFile(path)
    }
  }
  return [exitCode: rc, reports: files] + parseResults(matrixJson, comparisonJson, resultJson, args.toolchain)
}

@NonCPS
static String resultPath(String log) {
  def m = log =~ /(?m)^\s*json:\s+(\S+)\s*$/
  return m.find() ? m.group(1) : null
}

@NonCPS
static Map parseResults(String matrixJson, String comparisonJson, String resultJson, Object toolchain) {
  def slurper = new groovy.json.JsonSlurperClassic()
  Map verdicts = [PASS: 0, FAIL: 0, ERROR: 0, SKIPPED: 0]
  List regressions = []
  List slowdowns = []
  Map tc = [spec: toolchain ?: null, manifest: [:]]
  if (matrixJson) {
    Map m = slurper.parseText(matrixJson)
    (m.cells ?: []).each { c -> verdicts[c.verdict] = (verdicts[c.verdict] ?: 0) + 1 }
    verdicts.SKIPPED = (m.skipped ?: []).size()
  }
  if (comparisonJson) {
    Map c = slurper.parseText(comparisonJson)
    regressions = (c.regressions ?: []).collect { it.cell }
    slowdowns = (c.slowdowns ?: []).collect { "${it.cell} ${it.phase}".toString() }
  }
  if (resultJson) {
    Map r = slurper.parseText(resultJson)
    verdicts[r.verdict] = (verdicts[r.verdict] ?: 0) + 1
    tc.spec = r.spec?.toolchain ?: tc.spec
    tc.manifest = r.manifest ?: [:]
  }
  return [verdicts: verdicts, regressions: regressions, slowdowns: slowdowns, toolchain: tc]
}

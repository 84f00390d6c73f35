// hexoTrend: keeps the nightly archive of matrix.json files (the last `keep` nights, carried from
// build to build as this job's artifacts under `history/<build number>/`), adds this night's, draws
// the trends with `hexo-ci matrix trend` and publishes the page. Help: hexoTrend.txt beside this file.
// Values reach the shell only through withEnv; the script is single-quoted and never interpolated.

def call(Map args = [:]) {
  def allowed = ['matrix', 'cli', 'history', 'keep', 'reportDir', 'title']
  def unknown = args.keySet().findAll { !(it in allowed) }
  if (unknown) {
    error("hexoTrend: unknown argument(s) ${unknown.sort().join(', ')}; valid: ${allowed.join(', ')}")
  }
  if (!args.matrix) {
    error('hexoTrend: give matrix (this night\'s matrix.json)')
  }
  String history = args.history ?: 'history'
  String report = args.reportDir ?: 'reports/trend'
  int keep = (args.keep ?: 30) as int
  if (keep < 2) {
    error("hexoTrend: keep ${keep} leaves nothing to compare; keep at least 2 nights")
  }
  dir(history) {
    deleteDir()
  }
  dir(report) {
    deleteDir()
  }
  // the archive as the last finished build left it (flagged nights included: they are the point)
  copyArtifacts(projectName: env.JOB_NAME, selector: lastCompleted(), filter: "${history}/**",
                optional: true)
  int rc = 0
  try {
    withEnv(["HEXO_CLI=${args.cli ?: './hexo-ci'}",
             "HEXO_MATRIX=${args.matrix}",
             "HEXO_HISTORY=${history}",
             "HEXO_KEEP=${keep}",
             "HEXO_NIGHT=${env.BUILD_NUMBER}",
             "HEXO_REPORT_DIR=${report}"]) {
      rc = sh(label: 'hexo-ci matrix trend', returnStatus: true, script: '''
        if [ -f "$HEXO_MATRIX" ]; then
          mkdir -p "$HEXO_HISTORY/$HEXO_NIGHT"
          cp "$HEXO_MATRIX" "$HEXO_HISTORY/$HEXO_NIGHT/matrix.json"
        fi
        nights=$(ls "$HEXO_HISTORY" 2>/dev/null | grep -E '^[0-9]+$' | sort -n || true)
        count=$(printf '%s\\n' $nights | grep -c . || true)
        for n in $nights; do
          if [ "$count" -gt "$HEXO_KEEP" ]; then rm -rf "$HEXO_HISTORY/$n"; count=$((count - 1)); fi
        done
        set --
        for n in $(ls "$HEXO_HISTORY" 2>/dev/null | grep -E '^[0-9]+$' | sort -n); do
          [ -f "$HEXO_HISTORY/$n/matrix.json" ] && set -- "$@" "$HEXO_HISTORY/$n/matrix.json"
        done
        [ "$#" -gt 0 ] || { echo "hexoTrend: no nights in $HEXO_HISTORY"; exit 0; }
        "$HEXO_CLI" matrix trend "$@" --out "$HEXO_REPORT_DIR"
      ''')
    }
  } finally {
    archiveArtifacts(artifacts: "${history}/**", allowEmptyArchive: true)
    publishHTML(target: [reportDir: report, reportFiles: 'trend.html',
                         reportName: "hexo-ci ${args.title ?: 'trends'}", allowMissing: true,
                         alwaysLinkToLastBuild: true, keepAll: true])
  }
  if (rc == 2) {
    error('hexoTrend: hexo-ci rejected the archive (exit 2); see the log above')
  } else if (rc != 0) {
    unstable("hexoTrend: drawing the trends failed (exit ${rc}); the matrix results stand")
  }
  return rc
}

// hexoFanOut: runs a matrix across the lab: plans it here, runs each cell on a board taken from
// Lockable Resources, on the agent the board hangs off, then merges the cells' results here.
// Called by hexoMigrationTest(fanOut: true) inside its withEnv (HEXO_CLI, HEXO_MATRIX,
// HEXO_TOOLCHAIN, HEXO_OVERRIDES, HEXO_REPORT_DIR); the CLI contract is docs/jenkins.md, 8.
//
// Boards are lockable resources named AGENT:BOARD (the agent's label, the inventory's board name)
// with the board's labels, kind, arch and board:BOARD as labels. A cell waits for a board without
// holding an executor and holds it for its run only. An infrastructure ERROR (exit 3) is retried up
// to `retries` times; when the board also fails `board check`, the retry waits for another board
// while still holding the broken one. Returns the exit code of `matrix merge`: 0 all passed, 1 a
// cell failed, 3 a cell ended in ERROR or never ran.

def call(Map args) {
  String report = args.report
  int retries = args.retries as int
  stage('Plan') {
    // the plan, and every program the cells need built once, here, into one stashable layout
    sh(label: 'hexo-ci matrix plan', script: '''
      mkdir -p fanout
      set --
      while IFS= read -r o; do [ -z "$o" ] || set -- "$@" --override "$o"; done <<HEXO_END
$HEXO_OVERRIDES
HEXO_END
      [ -z "$HEXO_TOOLCHAIN" ] || set -- "$@" --toolchain "$HEXO_TOOLCHAIN"
      "$HEXO_CLI" matrix plan "$HEXO_MATRIX" --json --artifacts fanout/artifacts "$@" >fanout/plan.json
    ''')
    stash(name: 'hexo-fanout-artifacts', includes: "fanout/artifacts/**", allowEmpty: true)
  }
  Map plan = parsePlan(readFile("fanout/plan.json"))
  // indexed loops: a for-in loop's iterator would have to survive a restart
  for (int i = 0; i < plan.skipped.size(); i++) {
    echo "hexoFanOut: ${plan.skipped[i].id} skipped: ${plan.skipped[i].reason}"
  }
  // the stashes of the attempts that ran; branches share it (the CPS VM runs one at a time)
  List stashes = []
  Map branches = [:]
  for (int i = 0; i < plan.cells.size(); i++) {
    Map cell = plan.cells[i]
    branches[cell.id] = { runCell(cell, 1, retries, stashes) }
  }
  int rc = 3
  try {
    stage('Cells') {
      if (branches) {
        parallel(branches)
      }
    }
  } finally {
    // what ran is merged even after an abort or a lost agent; cells that never ran are counted
    // by the merge as ERROR "not run"
    stage('Merge') {
      for (int i = 0; i < stashes.size(); i++) {
        unstash(stashes[i])
      }
      rc = sh(label: 'hexo-ci matrix merge', returnStatus: true, script: '''
        set --
        for d in fanout/cells/*/*/; do [ -d "$d" ] && set -- "$@" "$d"; done
        "$HEXO_CLI" matrix merge "$@" --plan fanout/plan.json --report "$HEXO_REPORT_DIR"
      ''')
    }
  }
  return rc
}

// One attempt of a cell: lease a board of its label, run on the board's agent. An infrastructure
// ERROR (exit 3) is retried while attempts remain; when the board also fails `board check`, the
// retry runs while this branch still holds the broken board, so that it goes to another one.
// Each attempt writes fanout/cells/SLUG/ATTEMPT and stashes it as hexo-cell-SLUG-ATTEMPT.
def runCell(Map cell, int attempt, int retries, List stashes) {
  boolean again = false
  lock(label: cell.label, quantity: 1, variable: 'HEXO_LEASE') {
    String lease = env.HEXO_LEASE
    int colon = lease.indexOf(':')
    String agent = lease.substring(0, colon)
    String board = lease.substring(colon + 1)
    String out = "fanout/cells/${cell.slug}/${attempt}"
    String name = "hexo-cell-${cell.slug}-${attempt}"
    int rc = 0
    boolean broken = false
    node(agent) {
      if (!fileExists(env.HEXO_CLI)) {
        checkout scm
      }
      dir(out) {
        deleteDir()
      }
      unstash 'hexo-fanout-artifacts'
      withEnv(["HEXO_CELL=${cell.id}", "HEXO_CELL_BOARD=${board}", "HEXO_CELL_REPORT=${out}"]) {
        rc = sh(label: "hexo-ci matrix cell ${cell.id} on ${lease}", returnStatus: true, script: '''
          mkdir -p "$HEXO_CELL_REPORT"
          "$HEXO_CLI" matrix cell "$HEXO_MATRIX" --cell "$HEXO_CELL" --board "$HEXO_CELL_BOARD" \\
            --artifacts fanout/artifacts --report "$HEXO_CELL_REPORT"
        ''')
        if (rc == 3) {
          broken = sh(label: "hexo-ci board check ${board}", returnStatus: true,
                      script: '"$HEXO_CLI" board check "$HEXO_CELL_BOARD" --matrix "$HEXO_MATRIX" --artifacts fanout/artifacts') == 3
        }
      }
      stash(name: name, includes: "${out}/**", allowEmpty: true)
      stashes << name
    }
    if (rc == 3 && attempt <= retries) {
      echo "hexoFanOut: ${cell.id}: infrastructure ERROR on ${lease}${broken ? ', which failed its board check' : ''}; attempt ${attempt + 1} of ${retries + 1}"
      if (broken) {
        runCell(cell, attempt + 1, retries, stashes)
      } else {
        again = true
      }
    }
  }
  if (again) {
    runCell(cell, attempt + 1, retries, stashes)
  }
}

@NonCPS
static Map parsePlan(String json) {
  Map p = new groovy.json.JsonSlurperClassic().parseText(json)
  if (p.schema != 'hexo-ci/matrix-plan/v1') {
    throw new IllegalArgumentException("hexoFanOut: plan.json has schema '${p.schema}', expected hexo-ci/matrix-plan/v1")
  }
  return [cells: (p.cells ?: []).collect { [id: it.id, slug: it.slug, label: it.label] },
          skipped: (p.skipped ?: []).collect { [id: it.id, reason: it.reason] }]
}

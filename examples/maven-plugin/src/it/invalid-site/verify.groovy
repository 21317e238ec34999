import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
String news = new File(basedir, 'content/_news/2021-05-13-responsive-canvas-apps.md').path
String about = new File(basedir, 'content/about.md').path
// Like a compiler: absolute path, line, column, message, rule; in path order.
String first = "[ERROR] ${news}:6:9: 'webUrl' must be an http or https link, not a 'javascript:' link [url.scheme]"
String second = "[ERROR] ${about}:3:1: duplicate key 'title': it is first defined on line 2; remove one of them [yaml.duplicate-key]"
assert log.contains(first)
assert log.contains(second)
assert log.indexOf(first) < log.indexOf(second)
assert log.contains('[INFO] Front matter: 2 files (1 news), 2 errors, 0 warnings (')
assert log.contains('Front matter check failed: 2 errors and 0 warnings in 2 files; see the lines above')

// The SARIF report is written although the build failed; locations relative to the root.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/frontmatter4j.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 2
assert results[0].ruleId == 'url.scheme'
assert results[0].level == 'error'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'content/_news/2021-05-13-responsive-canvas-apps.md'
assert results[0].locations[0].physicalLocation.region == [startLine: 6, startColumn: 9]
assert results[1].ruleId == 'yaml.duplicate-key'
assert sarif.runs[0].tool.driver.rules*.id == ['url.scheme', 'yaml.duplicate-key']

import groovy.json.JsonSlurper

// Default directories (content/) and includes (*.md, *.markdown) find both pages.
String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Front matter: 2 files (1 news), 0 errors, 0 warnings (')
assert log.contains('[INFO] Format: 1 file (1 news), 1 canonical, 0 would change, 0 with errors (')
assert !log.contains('[ERROR]') && !log.contains('[WARNING]')

def report = new JsonSlurper().parse(new File(basedir, 'target/frontmatter4j.json'))
assert report.files == 2
assert report.errors == 0
assert report.warnings == 0
assert report.problems == []

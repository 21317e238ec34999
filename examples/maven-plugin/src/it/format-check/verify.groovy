String log = new File(basedir, 'build.log').text
String news = new File(basedir, 'content/_news/2021-05-13-responsive-canvas-apps.md').path
// Line 8 is where the canonical style puts a blank line before 'provider:'.
assert log.contains("[ERROR] ${news}:8:1: not in the canonical style from here on (key order, quoting, blank lines); the validate tool's 'format --write' rewrites it [format.canonical]")
assert log.contains('[INFO] Format: 1 file (1 news), 0 canonical, 1 would change, 0 with errors (')
assert log.contains('Format check failed: 1 file not in the canonical style, 0 with errors; see the lines above')

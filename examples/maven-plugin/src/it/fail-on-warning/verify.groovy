String log = new File(basedir, 'build.log').text
String news = new File(basedir, 'content/_news/2021-05-13-responsive-canvas-apps.md').path
assert log.contains("[WARNING] ${news}:4:10: 'excerpt' should be one line, but it has the line break U+000D; use a space [text.line-break]")
assert log.contains('[INFO] Front matter: 1 file (1 news), 0 errors, 1 warning (')
assert log.contains('Front matter check failed: 0 errors and 1 warning in 1 file (failOn=warning); see the lines above')
// The excluded draft under drafts/ is broken; it was not read.
assert !log.contains('2021-05-14-draft.md')

String log = new File(basedir, 'build.log').text
String content = new File(basedir, 'content').path
assert log.contains("Content directory ${content} does not exist: set <directories> to the folders that hold the site's Markdown files, or <skip>true</skip> for a project without content")
// A configuration error, not a crash: no stack trace without -e.
assert !log.contains('\tat ')
assert !log.contains('Exception:')

String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping front matter check (frontmatter4j.skip)')
assert !log.contains('[ERROR]')
assert !log.contains('Front matter:')
